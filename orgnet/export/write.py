"""One export: the network or a view written in the format asked for (:func:`export`)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import networkx as nx
import pandas as pd

from ..errors import InputError
from .folders import _write_tables
from .formats import _FOLDER_FORMATS, FORMATS, _graph
from .ftm import to_ftm
from .graph_files import XMLCharacterWarning, _gexf_ready, _node_link, _write_gexf, _xml_safe

__all__ = ["export"]


def export(tables_or_G, fmt: str, path: str | Path, documents: pd.DataFrame | None = None) -> Path:
    """Write a build's tables or a graph in one of :data:`FORMATS`.

    Parameters
    ----------
    tables_or_G : Tables, networkx graph or Selection
        A build's tables, or a graph from :func:`orgnet.graph.to_graph` or one of its views
        (a :func:`~orgnet.graph.select_view` selection, a hierarchy tree, an ego graph ...).
    fmt : str
        ``graphml``, ``gexf``, ``json``, ``parquet``, ``csv`` or ``ftm``.
    path : str or Path
        The file to write (graphml, gexf, json, ftm) or the folder (parquet, csv); missing parent
        folders are made.
    documents : pandas.DataFrame, optional
        The ``documents`` table, for ``ftm`` from a graph (source urls); Tables bring their own.

    Returns
    -------
    Path
        `path`.

    Raises
    ------
    InputError
        When `fmt` is not a known format, or `path` is a folder where a file is wanted (or
        the other way round).

    Warns
    -----
    XMLCharacterWarning
        When GraphML or GEXF replaced characters XML cannot hold by U+FFFD (it says how many).

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> from orgnet.graph import example_tables
    >>> out = export(example_tables(), "graphml", tempfile.mkdtemp() + "/widgets.graphml")
    >>> H = nx.read_graphml(out, force_multigraph=True)
    >>> H.number_of_edges(), H.nodes["widget-research-institute"]["founded"]
    (9, 1980)
    """
    name = str(fmt or "").strip().lower()
    if name not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if name in _FOLDER_FORMATS:
        if path.exists() and not path.is_dir():
            raise InputError(f"{path}: is a file; {name} export writes a folder of tables")
        return _write_tables(tables_or_G, name, path)
    if path.is_dir():
        example = path / f"network.{name}"
        raise InputError(f"{path}: is a folder; give a file name for the {name} export (e.g. {example})")
    path.parent.mkdir(parents=True, exist_ok=True)
    if name == "ftm":
        return to_ftm(tables_or_G, path, documents=documents)
    G = _graph(tables_or_G)
    if name in ("graphml", "gexf"):
        replaced = [0]
        if name == "graphml":
            nx.write_graphml(_xml_safe(G, replaced), path)
        else:
            _write_gexf(_gexf_ready(G, replaced), path)
        if replaced[0]:
            warnings.warn(
                f"{path}: replaced {replaced[0]} character{'s' if replaced[0] != 1 else ''} that XML "
                "cannot hold (control characters, U+FFFE, U+FFFF, lone surrogates) by U+FFFD",
                XMLCharacterWarning,
                stacklevel=2,
            )
    else:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(_node_link(G), fh, ensure_ascii=False, allow_nan=False, indent=1)
            fh.write("\n")
    return path
