"""The network cut down: by year, by neighbourhood, by kind, relation, document and confidence
(graph stage: filters).

=================  ==========================================================================
:func:`ego`        the neighbourhood of a node, both directions, to a depth
:func:`as_of`      the network as it stood in a year (by each edge's intervals and the nodes' founding years)
:func:`filter_graph`  nodes by kind, edges by relation, document and confidence
=================  ==========================================================================

Each takes a graph from :func:`~orgnet.graph.to_graph` (or a view of one) and returns a new
graph; none changes its input. :func:`~orgnet.graph.select_view` applies them all in one call.
"""

from __future__ import annotations

from collections import deque

import networkx as nx

from .. import vocabulary
from ..cells import split_cell
from ..errors import InputError
from .build import _stem, edge_intervals
from .lookup import _check_relations, find_node

__all__ = ["UNKNOWN_KIND", "ego", "as_of", "filter_graph", "check_confidence"]


#: the kind a filter gives nodes without one (edge endpoints with no ``nodes`` row)
UNKNOWN_KIND = ""


_ABSORBED = "absorbed_into"  # the subject ceased to exist as a body of its own in `start`


def check_confidence(value) -> float:
    """A minimum confidence as a float from 0 to 1, or an :class:`~orgnet.errors.InputError` naming the value."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise InputError(f"min_confidence must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= value <= 1.0:
        raise InputError(f"min_confidence must be from 0 to 1, not {value!r}")
    return value


def ego(G: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of `node`: every node within `depth` steps, edges followed either way.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).
    node : str
        The centre's id, label or alias (see :func:`find_node`).
    depth : int, optional
        How many steps out (default 1); 0 gives the centre alone.

    Returns
    -------
    networkx.MultiDiGraph
        A copy holding those nodes and every edge of `G` among them; graph attributes
        ``center`` and ``depth``.

    Raises
    ------
    UnknownNodeError
        When `node` names no node.
    InputError
        When `depth` is negative.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> sorted(ego(G, "Li Wei"))
    ['li-wei', 'widget-research-institute']
    >>> sorted(ego(G, "Bureau of Sprockets"))
    ['bureau-of-sprockets', 'ministry-of-widgets', 'widget-research-institute']
    >>> ego(G, "Li Wei", depth=2).number_of_nodes()
    8
    """
    centre = find_node(G, node)
    if not isinstance(depth, int) or depth < 0:
        raise InputError(f"depth must be a whole number >= 0, not {depth!r}")
    return _ego(G, centre, depth)


def _ego(G: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    """:func:`ego` for an id known to be in `G`, by a breadth-first walk over successors and
    predecessors (no undirected copy of the whole graph)."""
    seen = {centre: 0}
    queue = deque([centre])
    while queue:
        u = queue.popleft()
        if seen[u] >= depth:
            continue
        for w in list(G.successors(u)) + list(G.predecessors(u)):
            if w not in seen:
                seen[w] = seen[u] + 1
                queue.append(w)
    E = G.subgraph(seen).copy()
    E.graph.update(center=centre, depth=depth)
    return E


def as_of(G: nx.MultiDiGraph, year: int) -> nx.MultiDiGraph:
    """The network as it stood in `year`.

    A body existed in `year` unless it is known not to have: founded later (``founded`` >
    `year`) or ``absorbed_into`` another before `year`. An edge is kept when its endpoints
    may have existed and one of its ``intervals`` (each claim's own dates, see
    :func:`to_graph`) contains `year`, so a link with two terms is there in each term and not
    in the gap between them. An edge with no interval at all is *undated*: it is kept, marked
    ``undated=True``, only because nothing says it did not hold, and never before a body
    it joins was founded (every kept edge gets ``undated``). A node is kept when it had been
    founded (``founded`` <= `year`) or, with no founding year, when it has a kept edge (or
    had no edge at all). Edges keep only kept endpoints.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).
    year : int
        The year.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; graph attribute ``year``.

    Raises
    ------
    InputError
        When `year` is not a whole number.

    See also
    --------
    select_view : ``undated=False`` leaves the undated links out as well.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> A = as_of(G, 1995)
    >>> sorted(A)  # doctest: +NORMALIZE_WHITESPACE
    ['anna-karlsson', 'bureau-of-sprockets', 'ministry-of-widgets', 'ruritanian-parliament', 'sam-okoro',
     'widget-research-institute']
    >>> A.edges["anna-karlsson", "widget-research-institute", "leads"]["undated"]
    False
    >>> A.edges["sam-okoro", "widget-research-institute", "leads"]["undated"]
    True

    The Bureau of Sprockets was founded in 1983: in 1975 neither it nor its undated links are there.

    >>> B = as_of(G, 1975)
    >>> "bureau-of-sprockets" in B, B.has_edge("widget-research-institute", "bureau-of-sprockets")
    (False, False)
    """
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise InputError(f"year must be a whole number, not {year!r}") from None

    gone = {
        u
        for u, _, k, d in G.edges(keys=True, data=True)
        if d.get("relation", k) == _ABSORBED and d.get("start") is not None and d["start"] < year
    }
    existed = {}
    for n, d in G.nodes(data=True):
        f = d.get("founded")
        existed[n] = False if n in gone else None if f is None else f <= year
    candidates = {n for n, ok in existed.items() if ok is not False}
    kept_edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in candidates or v not in candidates:
            continue
        spans = edge_intervals(d)
        if not spans or any(iv.contains(year) for iv in spans):
            kept_edges.append((u, v, k, d, not spans))
    touched = {u for u, *_ in kept_edges} | {v for _, v, *_ in kept_edges}
    keep = [n for n in G.nodes if existed[n] is True or (existed[n] is None and (n in touched or G.degree(n) == 0))]
    keep_set = set(keep)
    A = nx.MultiDiGraph(**G.graph)
    A.graph["year"] = year
    A.add_nodes_from((n, G.nodes[n]) for n in keep)
    for u, v, k, d, undated in kept_edges:
        if u in keep_set and v in keep_set:
            A.add_edge(u, v, key=k, **{**d, "undated": undated})
    return A


def _undated(d: dict) -> bool:
    """Whether an edge has no interval at all."""
    return not edge_intervals(d)


def _as_set(values, what: str) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    values = set(values)
    if not values:
        raise InputError(f"{what}: give at least one value, or None for all")
    return values


def filter_graph(
    G: nx.MultiDiGraph, kinds=None, relations=None, docs=None, min_confidence: float = 0.0
) -> nx.MultiDiGraph:
    """The part of `G` that passes every filter given.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).
    kinds : str or iterable of str, optional
        Keep nodes of these kinds (``vocab/kinds.yaml``).
    relations : str or iterable of str, optional
        Keep edges of these relations (``vocab/relations.yaml``).
    docs : str or iterable of str, optional
        Keep edges whose ``docs`` hold any of these documents (a name with or without its
        extension, e.g. ``000_x.txt`` or ``000_x``).
    min_confidence : float, optional
        Keep edges with ``confidence`` at least this (0 to 1).

    Returns
    -------
    networkx.MultiDiGraph
        A copy holding the nodes of the given kinds and the edges among them that pass
        every edge filter. When an edge filter is given (`relations`, `docs`,
        `min_confidence` > 0), nodes left without any edge are dropped; `kinds` alone
        keeps isolated nodes.

    Raises
    ------
    InputError
        When a kind or relation is not in the vocabulary, a document is not a source of any
        node or edge of `G`, or `min_confidence` is not between 0 and 1.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> sorted(filter_graph(G, relations="leads"))
    ['anna-karlsson', 'li-wei', 'sam-okoro', 'widget-research-institute']
    >>> sorted(k for *_, k in filter_graph(G, docs="gadgets", min_confidence=0.5).edges(keys=True))
    ['established_by', 'front_for', 'leads']
    >>> sorted(filter_graph(G, kinds=["person"]))
    ['anna-karlsson', 'li-wei', 'sam-okoro']
    """
    kinds = _as_set(kinds, "kinds")
    if kinds is not None:
        known = vocabulary.kinds()
        for k in sorted(kinds):
            if k not in known:
                raise InputError(f"unknown kind {k!r}; known kinds: {', '.join(known)}")
    relations = _as_set(relations, "relations")
    if relations is not None:
        relations = set(_check_relations(sorted(relations)))
    docs = _as_set(docs, "docs")
    if docs is not None:
        seen = {x for _, d in G.nodes(data=True) for x in split_cell(d.get("docs"))}
        seen |= {x for *_, d in G.edges(data=True) for x in split_cell(d.get("docs"))}
        stems = {_stem(x): x for x in seen}
        resolved = set()
        for doc in sorted(docs):
            if doc in seen:
                resolved.add(doc)
            elif doc in stems:
                resolved.add(stems[doc])
            else:
                raise InputError(
                    f"document {doc!r} is not a source of any node or edge of this graph "
                    f"(documents: {', '.join(sorted(seen)) or 'none'})"
                )
        docs = resolved
    return _filter(G, kinds, relations, docs, check_confidence(min_confidence))


def _filter(
    G: nx.MultiDiGraph, kinds: set[str] | None, relations: set[str] | None, docs: set[str] | None, min_confidence: float
) -> nx.MultiDiGraph:
    """:func:`filter_graph`'s rule for values already checked, in one pass: nodes of `kinds`
    (:data:`UNKNOWN_KIND` for nodes without a kind), edges among them passing every edge
    filter; when an edge filter is on, nodes left without an edge go. Always a new graph."""
    edge_filter = relations is not None or docs is not None or min_confidence > 0
    nodes = [n for n, d in G.nodes(data=True) if kinds is None or (d.get("kind") or UNKNOWN_KIND) in kinds]
    node_set = set(nodes)
    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in node_set or v not in node_set:
            continue
        if relations is not None and d.get("relation", k) not in relations:
            continue
        if docs is not None and not docs.intersection(split_cell(d.get("docs"))):
            continue
        if (d.get("confidence") or 0.0) < min_confidence:
            continue
        edges.append((u, v, k, d))
    if edge_filter:
        touched = {u for u, *_ in edges} | {v for _, v, *_ in edges}
        nodes = [n for n in nodes if n in touched]
    F = nx.MultiDiGraph(**G.graph)
    F.add_nodes_from((n, G.nodes[n]) for n in nodes)
    F.add_edges_from(edges)
    return F


def _dated_only(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`G` without its undated edges (those with no interval), and without the nodes that
    had edges and are left with none."""
    edges = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if not _undated(d)]
    touched = {u for u, *_ in edges} | {v for _, v, *_ in edges}
    F = nx.MultiDiGraph(**G.graph)
    F.add_nodes_from((n, G.nodes[n]) for n in G.nodes if n in touched or G.degree(n) == 0)
    F.add_edges_from(edges)
    return F
