"""The formats orgnet writes, the format a file name means, and the graph of what was given."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..graph import Selection, to_graph
from ..tables import Tables

__all__ = ["FORMATS", "format_for"]


#: the formats :func:`export` writes
FORMATS = ("graphml", "gexf", "json", "parquet", "csv", "ftm")


_FOLDER_FORMATS = ("parquet", "csv")


_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".jsonl": "ftm", ".ftm": "ftm"}


def format_for(path: str | Path) -> str | None:
    """The format a file name asks for by its suffix (``None`` when it does not say).

    >>> format_for("out/network.gexf"), format_for("out/network.jsonl"), format_for("out/tables")
    ('gexf', 'ftm', None)
    """
    return _SUFFIXES.get(Path(path).suffix.lower())


def _graph(tables_or_G) -> nx.Graph:
    if isinstance(tables_or_G, Selection):
        return tables_or_G.graph
    if isinstance(tables_or_G, nx.Graph):
        return tables_or_G
    if isinstance(tables_or_G, Tables):
        return to_graph(tables_or_G)
    raise TypeError(f"expected orgnet Tables or a networkx graph, not {type(tables_or_G).__name__}")
