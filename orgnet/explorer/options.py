"""What the Explorer's controls offer, read from the graph and the tables (pure functions).

:func:`control_options` counts the kinds, relations and documents of the whole network, finds
its years and every name and alias a focus can be given by, and :func:`defaults` turns that
into the controls' start values (the :func:`orgnet.graph.select_view` arguments that keep all).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .. import vocabulary
from ..cells import split_cell
from ..graph import DEFAULT_DEPTH, UNKNOWN_KIND
from ..graph.lookup import node_label, node_names

__all__ = ["Options", "control_options", "defaults", "focus_names"]


@dataclass
class Options:
    """What the controls offer: values in the order shown, with their counts."""

    kinds: list[str] = field(default_factory=list)
    kind_count: dict[str, int] = field(default_factory=dict)
    relations: list[str] = field(default_factory=list)
    relation_count: dict[str, int] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    document_count: dict[str, int] = field(default_factory=dict)
    #: document file name -> title ("" when it has none)
    titles: dict[str, str] = field(default_factory=dict)
    #: the year slider's range, and whether any edge or node carries a year
    first_year: int = 0
    last_year: int = 0
    dated: bool = False


def _counted(values: Any, order: Any) -> tuple[list[str], dict[str, int]]:
    """Values counted, in the vocabulary's `order` first, the others sorted after."""
    count: dict[str, int] = {}
    for v in values:
        count[v] = count.get(v, 0) + 1
    return [v for v in order if v in count] + sorted(v for v in count if v not in order), count


def _documents(G: nx.MultiDiGraph, documents: Any) -> tuple[list[str], dict[str, int], dict[str, str]]:
    """The documents of the tables (in their order) and any other an edge cites, with counts and titles."""
    titles = {str(d): str(t or "") for d, t in zip(documents["doc"], documents["title"])} if len(documents) else {}
    docs = list(titles)
    count: dict[str, int] = {}
    for _, _, a in G.edges(data=True):
        for d in split_cell(a.get("docs")):
            count[d] = count.get(d, 0) + 1
            if d not in titles:
                titles[d] = ""
                docs.append(d)
    return docs, count, titles


def control_options(G: nx.MultiDiGraph, documents: Any) -> Options:
    """What the controls offer for the whole network `G` and the tables' `documents`.

    >>> from orgnet.graph import example_tables, to_graph
    >>> t = example_tables()
    >>> o = control_options(to_graph(t), t.documents)
    >>> o.kind_count["person"], sum(o.relation_count.values()), o.dated
    (3, 9, True)
    """
    kinds, kind_count = _counted((a.get("kind") or UNKNOWN_KIND for _, a in G.nodes(data=True)), vocabulary.kinds())
    rels, rel_count = _counted(
        (a.get("relation", k) for _, _, k, a in G.edges(keys=True, data=True)), vocabulary.relations()
    )
    docs, doc_count, titles = _documents(G, documents)
    years = [a.get(c) for *_, a in G.edges(data=True) for c in ("start", "end") if a.get(c) is not None]
    years += [a.get("founded") for _, a in G.nodes(data=True) if a.get("founded") is not None]
    this_year = _dt.date.today().year
    lo, hi = (min(years), max(max(years), this_year)) if years else (this_year, this_year)
    return Options(kinds, kind_count, rels, rel_count, docs, doc_count, titles, int(lo), int(hi), bool(years))


def focus_names(G: nx.MultiDiGraph) -> list[str]:
    """Every label and alias of `G`'s nodes (a node without one: its id), once each, by label."""
    names: list[str] = []
    seen: set[str] = set()
    for n, a in sorted(G.nodes(data=True), key=lambda na: node_label(G, na[0]).casefold()):
        for nm in node_names(a) or [str(n)]:
            if nm not in seen:
                seen.add(nm)
                names.append(nm)
    return names


def defaults(options: Options) -> dict[str, Any]:
    """The controls' start values: every kind, relation and document, all years, no focus."""
    return dict(
        kinds=tuple(options.kinds),
        relations=tuple(options.relations),
        documents=tuple(options.documents),
        min_confidence=0.0,
        year=options.last_year,
        all_years=True,
        undated=True,
        focus="",
        depth=DEFAULT_DEPTH,
        search="",
        path_to="",
    )
