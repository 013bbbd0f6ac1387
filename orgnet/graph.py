"""The network as a networkx graph, and the views analysts ask of it (graph stage).

:func:`to_graph` turns a build's tables into a :class:`networkx.MultiDiGraph`: one node per
``nodes`` row, one edge per ``edges`` row (subject -> object, keyed by its relation), every
column kept as an attribute, so "why is this edge here?" is answered by ``evidence``,
``docs`` and ``claim_ids`` on the edge itself. The views take such a graph and return a new
graph or a DataFrame; none of them changes its input:

=================  ==========================================================================
:func:`find_node`  a node id from an id, label or alias, matched the way the tables match names
:func:`hierarchy`  the tree under a root, following the ``hierarchy: true`` relations inverted
:func:`fronts`     every front organisation: what it fronts for, who runs, funds and founded it
:func:`ego`        the neighbourhood of a node, both directions, to a depth
:func:`as_of`      the network as it stood in a year (by each edge's intervals and the nodes' founding years)
:func:`filter_graph`  nodes by kind, edges by relation, document and confidence
:func:`select_view`  year, filters, focus and search in one call: the Explorer's and the briefings' view
:func:`centrality` degree, betweenness and PageRank per node
:func:`node_measure`  one of those (or eigenvector centrality) as ``node -> value``
:func:`paths`      how one node is connected to another: the shortest paths, with the evidence of each step
:func:`communities`  a community number per node (Louvain or greedy modularity), the same on every run
=================  ==========================================================================

What it does not do: it does not check the tables against the schema (``read_tables`` does),
does not merge or split entities (``resolve`` does) and draws nothing (``orgnet.render``).
Relation names are read from ``vocab/relations.yaml``; only the roles the views are about
(``front_for``, ``operated_by`` ...) are named here.
"""

from __future__ import annotations

import difflib
import functools
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import networkx as nx
import pandas as pd

from . import vocabulary
from .errors import InputError, UnknownNodeError
from .resolve import name_key
from .tables import SCHEMA, TABLE_NAMES, Tables

__all__ = [
    "to_graph", "Interval", "parse_intervals", "edge_intervals", "find_node", "HIERARCHY_RELATIONS",
    "hierarchy", "fronts", "ego", "as_of",
    "filter_graph", "Selection", "select_view", "edge_table", "centrality", "example_tables", "FRONT_COLUMNS",
    "CENTRALITY_COLUMNS", "EDGE_COLUMNS", "UNKNOWN_KIND", "DEFAULT_DEPTH",
    "Paths", "paths", "communities", "node_measure", "PATH_COLUMNS", "MEASURES", "COMMUNITY_METHODS",
    "DEFAULT_PATHS", "DEFAULT_MAX_LENGTH",
]

#: relations whose ``hierarchy: true`` flag in ``vocab/relations.yaml`` makes the object the
#: parent of the subject in :func:`hierarchy`, in the file's order (the order breaks ties)
HIERARCHY_RELATIONS: tuple[str, ...] = tuple(
    r for r, spec in vocabulary.relations().items() if spec.get("hierarchy"))

#: columns of :func:`fronts`
FRONT_COLUMNS = ("front", "front_label", "fronts_for", "run_by", "funded_by", "established_by", "targets",
                 "evidence", "docs", "confidence", "kind", "hedge")

#: the kind a filter gives nodes without one (edge endpoints with no ``nodes`` row)
UNKNOWN_KIND = ""

#: columns of :attr:`Selection.edges`
EDGE_COLUMNS = ("source", "source_label", "relation", "target", "target_label", "start", "end", "intervals",
                "undated",
                "title", "confidence", "hedge", "docs", "evidence", "highlighted")

#: steps out from the focus of :func:`select_view` (and the Explorer) by default
DEFAULT_DEPTH = 2

#: columns of :func:`centrality`
CENTRALITY_COLUMNS = ("id", "label", "kind", "degree", "in_degree", "out_degree", "betweenness", "pagerank")

# roles the views are about (subject -> object)
_FRONT, _RUN_BY, _FUNDED, _FOUNDED_BY, _TARGETS = (
    "front_for", ("operated_by", "controlled_by"), "funded_by", "established_by", "targets")
_ABSORBED = "absorbed_into"  # the subject ceased to exist as a body of its own in `start`


# --------------------------------------------------------------------------- building


def _py(value):
    """A plain Python value: pandas/numpy missing values -> None, numpy scalars -> int/float/str."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple, set, dict)):
        try:
            if pd.isna(value):
                return None
        except (TypeError, ValueError):
            pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def check_confidence(value) -> float:
    """A minimum confidence as a float from 0 to 1, or an :class:`~orgnet.errors.InputError` naming the value."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise InputError(f"min_confidence must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= value <= 1.0:
        raise InputError(f"min_confidence must be from 0 to 1, not {value!r}")
    return value


def _check_columns(df: pd.DataFrame, table: str, needed: tuple[str, ...]) -> None:
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise InputError(f"the {table} table has no column {', '.join(repr(c) for c in missing)} "
                         f"(columns: {', '.join(map(str, df.columns))})")


class Interval(NamedTuple):
    """A time span of a link, in years; ``None`` on a side that is not known (open there).

    Written ``START-END`` as in the ``intervals`` column of ``edges`` (``str`` gives that form,
    so exports write ``1990-1995;2001-2004``).

    >>> Interval(1990, 1995).contains(1993), Interval(1990, None).contains(2020), Interval(None, 1970).contains(1971)
    (True, True, False)
    >>> str(Interval(1983, None)), Interval(1990, 1995) == (1990, 1995)
    ('1983-', True)
    """

    start: int | None
    end: int | None

    def contains(self, year: int) -> bool:
        """Whether `year` lies in the span (its ends included)."""
        return (self.start is None or self.start <= year) and (self.end is None or self.end >= year)

    def __str__(self) -> str:
        return f"{'' if self.start is None else self.start}-{'' if self.end is None else self.end}"


def parse_intervals(cell, start=None, end=None) -> list[Interval]:
    """The intervals of an ``edges.intervals`` cell (``"1990-1995;2001-"``), in order.

    A cell that is empty or missing (a build made before the column existed) falls back to
    the edge's `start` and `end`: one interval when either is known, none otherwise.

    Raises
    ------
    InputError
        When an item is not ``START-END`` with years (either side may be empty).

    Examples
    --------
    >>> parse_intervals("1990-1995;2001-2004")
    [Interval(start=1990, end=1995), Interval(start=2001, end=2004)]
    >>> parse_intervals("-1970"), parse_intervals(""), parse_intervals(None, start=1983)
    ([Interval(start=None, end=1970)], [], [Interval(start=1983, end=None)])
    """
    if isinstance(cell, (list, tuple)):
        return [Interval(_year(a), _year(b)) for a, b in cell]
    cell = _py(cell)
    text = "" if cell is None else str(cell).strip()
    if not text:
        s, e = _py(start), _py(end)
        return [] if s is None and e is None else [Interval(_year(s), _year(e))]
    out = []
    for item in text.split(";"):
        a, sep, b = item.strip().partition("-")
        try:
            if not sep:
                raise ValueError
            out.append(Interval(int(a) if a.strip() else None, int(b) if b.strip() else None))
        except ValueError:
            raise InputError(f"an interval must be START-END in years (either side may be empty), "
                             f"not {item.strip()!r} in {text!r}") from None
    return out


def _year(v) -> int | None:
    v = _py(v)
    return None if v is None else int(v)


def to_graph(tables: Tables) -> nx.MultiDiGraph:
    """The network of a build as a directed multigraph.

    Parameters
    ----------
    tables : Tables
        A build's tables (``orgnet.build(...)`` or ``orgnet.read_tables(...)``); only
        ``nodes`` and ``edges`` are read.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by ``id`` with every ``nodes`` column as an attribute; one edge per
        ``edges`` row, ``source -> target``, keyed by ``relation``, with every ``edges``
        column as an attribute; ``intervals`` is a list of :class:`Interval` (from the
        ``intervals`` column, or from ``start``/``end`` when a build has none), empty for an
        undated link. Missing values are ``None``; numbers are Python ``int`` and
        ``float``. An edge endpoint that has no ``nodes`` row still becomes a node (its
        label taken from the edge, its kind ``None``).

    Raises
    ------
    InputError
        When a table lacks ``id``, ``source``, ``target`` or ``relation``.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> G.number_of_nodes(), G.number_of_edges()
    (8, 9)
    >>> G.nodes["li-wei"]["label"], G.nodes["li-wei"]["founded"]
    ('Li Wei', None)
    >>> sorted(G["widget-research-institute"]["bureau-of-sprockets"])
    ['front_for', 'operated_by']
    >>> G.edges["anna-karlsson", "widget-research-institute", "leads"]["intervals"]
    [Interval(start=1990, end=2005)]
    """
    nodes, edges = tables.nodes, tables.edges
    _check_columns(nodes, "nodes", ("id",))
    _check_columns(edges, "edges", ("source", "target", "relation"))
    G = nx.MultiDiGraph()
    for rec in nodes.to_dict("records"):
        G.add_node(rec["id"], **{k: _py(v) for k, v in rec.items()})
    node_cols = list(nodes.columns)
    for rec in edges.to_dict("records"):
        data = {k: _py(v) for k, v in rec.items()}
        data["intervals"] = parse_intervals(data.get("intervals"), data.get("start"), data.get("end"))
        for end, label_col in (("source", "source_label"), ("target", "target_label")):
            if data[end] not in G:
                G.add_node(data[end], **_bare_node(data[end], data.get(label_col), node_cols))
        G.add_edge(data["source"], data["target"], key=data["relation"], **data)
    return G


def _bare_node(node_id: str, label: str | None, columns: list[str]) -> dict:
    schema = SCHEMA["nodes"]
    attrs = {c: ("" if schema.get(c, "string") == "string" else None) for c in columns}
    attrs.update(id=node_id, label=label or node_id, kind=None)
    return attrs


# --------------------------------------------------------------------------- names


def _names(attrs: dict) -> list[str]:
    """A node's label first, then its aliases and Chinese names."""
    out = [attrs.get("label") or ""]
    for col in ("aliases", "name_zh"):
        out.extend(x.strip() for x in (attrs.get(col) or "").split(";"))
    return [x for x in out if x]


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The id of the node called `name`: an id, a label or an alias.

    Labels and aliases are compared with :func:`orgnet.resolve.name_key` (case, a leading
    "the", dashes and quotes do not matter), so an abbreviation, a former name or the full
    name all find the node. A label match wins over an alias match.

    Parameters
    ----------
    G : networkx graph
        Nodes with ``label`` and (optionally) ``aliases`` / ``name_zh`` attributes.
    name : str
        The id, label or alias to look up.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    UnknownNodeError
        When no node has that name (the message suggests the three closest labels or
        aliases), or when an alias names several nodes.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> find_node(G, "the wri"), find_node(G, "Ministry of Widgets"), find_node(G, "li-wei")
    ('widget-research-institute', 'ministry-of-widgets', 'li-wei')
    >>> find_node(G, "Ministry of Gidgets")
    Traceback (most recent call last):
    ...
    orgnet.errors.UnknownNodeError: no node called 'Ministry of Gidgets'; closest: 'Ministry of Widgets', ...
    """
    if not isinstance(name, str):
        raise UnknownNodeError(f"a node name must be a string, not {name!r}")
    if name in G:
        return name
    key = name_key(name)
    by_label, by_alias = [], []
    for n, attrs in G.nodes(data=True):
        names = _names(attrs)
        if names and name_key(names[0]) == key and attrs.get("label"):
            by_label.append(n)
        elif any(name_key(x) == key for x in names):
            by_alias.append(n)
    for found in (by_label, by_alias):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = ", ".join(f"{G.nodes[n].get('label')!r} ({n})" for n in sorted(found))
            raise UnknownNodeError(f"{name!r} names {len(found)} nodes: {listed}; pass the id instead")
    if key and key != name and key in G:  # an id typed with other case or spacing
        return key
    raise UnknownNodeError(f"no node called {name!r}; closest: {', '.join(map(repr, _closest(G, key)))}"
                           if G.number_of_nodes() else f"no node called {name!r}: the graph is empty")


def _closest(G: nx.MultiDiGraph, key: str, n: int = 3) -> list[str]:
    """The `n` nodes whose label or alias is closest to `key` (names holding the key first)."""
    best: dict[str, tuple] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for node, attrs in G.nodes(data=True):
        names = _names(attrs) or [str(node)]
        for i, nm in enumerate(names):
            k = name_key(nm)
            matcher.set_seq1(k)
            score = (bool(key) and key in k, round(matcher.ratio(), 6), i == 0)
            shown = nm if i == 0 else f"{nm} ({names[0]})"
            if node not in best or score > best[node][0]:
                best[node] = (score, shown)
    ranked = sorted(best.items(), key=lambda kv: (tuple(-float(x) for x in kv[1][0]), kv[1][1]))
    return [shown for _, (_, shown) in ranked[:n]]


# --------------------------------------------------------------------------- views


def _check_relations(relations: Iterable[str], what: str = "relation") -> tuple[str, ...]:
    if isinstance(relations, str):
        relations = (relations,)
    relations = tuple(relations)
    known = vocabulary.relations()
    for r in relations:
        if r not in known:
            raise InputError(f"unknown {what} {r!r}; known relations: {', '.join(known)}")
    return relations


def hierarchy(G: nx.MultiDiGraph, root: str, relations: Iterable[str] = HIERARCHY_RELATIONS) -> nx.DiGraph:
    """The tree of bodies under `root`, parent -> child.

    A ``child --relation--> parent`` edge of `G` (``subordinate_to``, ``front_for`` ...) becomes
    ``parent -> child``. Nodes are taken breadth first from the root; a node reachable along
    several paths hangs under the parent that reaches it first (the fewest steps from the
    root), ties broken by the order of `relations`, then by the parent's id. So the result is
    always a tree, whatever cycles or double parents the sources report.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).
    root : str
        The root's id, label or alias (see :func:`find_node`).
    relations : iterable of str, optional
        The relations to follow; by default :data:`HIERARCHY_RELATIONS`.

    Returns
    -------
    networkx.DiGraph
        Nodes with the attributes they have in `G` plus ``depth`` (0 at the root), in breadth
        first order; edges with ``relation``, ``evidence``, ``confidence``, ``docs``,
        ``hedge``, ``start``, ``end`` of the edge followed and ``via``, that edge as
        ``(child, parent, key)``. Graph attributes ``root`` (the root's id) and ``relations``.

    Raises
    ------
    UnknownNodeError
        When `root` names no node.
    InputError
        When a relation is not in ``vocab/relations.yaml``.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> T = hierarchy(G, "MOW")
    >>> list(T.edges())  # doctest: +NORMALIZE_WHITESPACE
    [('ministry-of-widgets', 'bureau-of-sprockets'), ('bureau-of-sprockets', 'widget-research-institute'),
     ('widget-research-institute', 'gadget-friendship-society')]
    >>> T.edges["bureau-of-sprockets", "widget-research-institute"]["relation"]
    'front_for'
    >>> T.graph["root"], T.nodes["gadget-friendship-society"]["depth"]
    ('ministry-of-widgets', 3)
    """
    root_id = find_node(G, root)
    relations = _check_relations(relations)
    order = {r: i for i, r in enumerate(relations)}
    T = nx.DiGraph(root=root_id, relations=relations)
    T.add_node(root_id, **{**G.nodes[root_id], "depth": 0})
    level, depth = [root_id], 0
    while level:
        depth += 1
        best: dict[str, tuple] = {}
        for parent in level:
            for child, _, key, data in G.in_edges(parent, keys=True, data=True):
                rel = data.get("relation", key)
                if rel not in order or child in T:
                    continue
                rank = (order[rel], str(parent), str(key))
                if child not in best or rank < best[child][0]:
                    best[child] = (rank, parent, key, data)
        level = sorted(best, key=str)
        for child in level:
            _, parent, key, data = best[child]
            T.add_node(child, **{**G.nodes[child], "depth": depth})
            T.add_edge(parent, child, relation=data.get("relation", key), evidence=data.get("evidence"),
                       confidence=data.get("confidence"), docs=data.get("docs"), hedge=data.get("hedge"),
                       start=data.get("start"), end=data.get("end"), via=(child, parent, key))
    return T


def _label(G, n) -> str:
    return G.nodes[n].get("label") or str(n)


def _join(items, sep: str = ";") -> str:
    seen: list[str] = []
    for x in items:
        for part in ([] if x is None else str(x).split(sep) if sep == ";" else [str(x)]):
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return sep.join(seen)


def fronts(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Every front organisation (a node with a ``front_for`` edge) and what stands behind it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).

    Returns
    -------
    pandas.DataFrame
        One row per front, the most certain first (then by label), with the columns of
        :data:`FRONT_COLUMNS`: ``front`` (id), ``front_label``, ``fronts_for``, ``run_by``
        (``operated_by`` and ``controlled_by`` targets), ``funded_by``, ``established_by``,
        ``targets`` (labels, ``;``-joined, most confident first), ``evidence`` (the
        ``front_for`` edges' evidence, `` | ``-joined), ``docs`` (their documents),
        ``confidence`` (the highest of them), ``kind`` and ``hedge`` (of the front_for edges).

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> row = fronts(G).iloc[0]
    >>> row["front_label"], row["fronts_for"], row["run_by"]
    ('Widget Research Institute', 'Bureau of Sprockets', 'Bureau of Sprockets')
    >>> row["funded_by"], row["targets"]
    ('Ministry of Widgets', 'Ruritanian Parliament')
    >>> row["evidence"]
    'The Widget Research Institute is the public face of the Bureau of Sprockets.'
    """
    rows = []
    for n in G.nodes:
        out: dict[str, list] = {}
        for _, target, key, data in G.out_edges(n, keys=True, data=True):
            out.setdefault(data.get("relation", key), []).append((target, data))
        if _FRONT not in out:
            continue
        for rel in out:
            out[rel].sort(key=lambda td: (-(td[1].get("confidence") or 0.0), str(td[0])))

        def labels(*rels):
            return ";".join(dict.fromkeys(_label(G, t) for r in rels for t, _ in out.get(r, [])))

        ff = out[_FRONT]
        rows.append({
            "front": n, "front_label": _label(G, n), "fronts_for": labels(_FRONT), "run_by": labels(*_RUN_BY),
            "funded_by": labels(_FUNDED), "established_by": labels(_FOUNDED_BY), "targets": labels(_TARGETS),
            "evidence": _join((d.get("evidence") for _, d in ff), sep=" | "),
            "docs": _join(d.get("docs") for _, d in ff),
            "confidence": max((d.get("confidence") or 0.0) for _, d in ff),
            "kind": G.nodes[n].get("kind"), "hedge": _join(d.get("hedge") for _, d in ff),
        })
    df = pd.DataFrame(rows, columns=list(FRONT_COLUMNS))
    if len(df):
        df = df.sort_values(["confidence", "front_label", "front"], ascending=[False, True, True])
    return df.reset_index(drop=True)


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

    gone = {u for u, _, k, d in G.edges(keys=True, data=True)
            if d.get("relation", k) == _ABSORBED and d.get("start") is not None and d["start"] < year}
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


def edge_intervals(d: dict) -> list[Interval]:
    """An edge's intervals from its attributes `d`: the ``intervals`` list :func:`to_graph`
    gives, or parsed from an ``intervals`` text or ``start``/``end`` (a graph made otherwise).

    >>> edge_intervals({"intervals": "1990-1995;2001-"}), edge_intervals({"start": None, "end": None})
    ([Interval(start=1990, end=1995), Interval(start=2001, end=None)], [])
    """
    spans = d.get("intervals")
    if isinstance(spans, list) and all(isinstance(x, Interval) for x in spans):
        return spans
    return parse_intervals(spans, d.get("start"), d.get("end"))


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


def filter_graph(G: nx.MultiDiGraph, kinds=None, relations=None, docs=None,
                 min_confidence: float = 0.0) -> nx.MultiDiGraph:
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
        seen = {x for _, d in G.nodes(data=True) for x in _split(d.get("docs"))}
        seen |= {x for *_, d in G.edges(data=True) for x in _split(d.get("docs"))}
        stems = {_stem(x): x for x in seen}
        resolved = set()
        for doc in sorted(docs):
            if doc in seen:
                resolved.add(doc)
            elif doc in stems:
                resolved.add(stems[doc])
            else:
                raise InputError(f"document {doc!r} is not a source of any node or edge of this graph "
                                 f"(documents: {', '.join(sorted(seen)) or 'none'})")
        docs = resolved
    return _filter(G, kinds, relations, docs, check_confidence(min_confidence))


def _filter(G: nx.MultiDiGraph, kinds: set[str] | None, relations: set[str] | None, docs: set[str] | None,
            min_confidence: float) -> nx.MultiDiGraph:
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
        if docs is not None and not docs.intersection(_split(d.get("docs"))):
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


# --------------------------------------------------------------------------- one view for a set of filters


@dataclass(frozen=True, eq=False)
class Selection:
    """One view of the network for a set of filter values: what the Explorer shows, and the
    graph a briefing starts from.

    Attributes
    ----------
    graph : networkx.MultiDiGraph
        The nodes and edges of the view (a copy, or a read-only view of the whole graph when
        nothing is filtered out; graph attributes ``year``, ``center`` and ``depth`` when those
        were applied).
    edges : pandas.DataFrame
        One row per edge of `graph`, columns :data:`EDGE_COLUMNS`; highlighted rows first,
        then by source label, relation and target label. ``undated`` is True/False under an
        as-of year and missing otherwise. Made on first use (a briefing never needs it).
    focus : str or None
        The id of the node the view is centred on.
    highlight : tuple of str
        Ids of the nodes that matched the search, best match first.
    notes : tuple of str
        One sentence per filter applied.
    problems : tuple of str
        What could not be done (an unknown focus name, a search without a match ...).
    paths : Paths or None
        When a `path` was asked for: the shortest paths (:func:`paths`) the view is made of.
    """

    graph: nx.MultiDiGraph
    focus: str | None = None
    highlight: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    params: dict = field(default_factory=dict, compare=False)
    paths: Paths | None = None

    @functools.cached_property
    def edges(self) -> pd.DataFrame:
        return edge_table(self.graph, self.highlight)

    @property
    def n_nodes(self) -> int:
        return self.graph.number_of_nodes()

    @property
    def n_edges(self) -> int:
        return len(self.edges)  # one row per edge; counting a MultiDiGraph's edges walks them all


def _to_set(values: Iterable[str] | str | None) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return {values}
    return set(values)


def _search(G: nx.MultiDiGraph, text: str) -> list[str]:
    """Ids of the nodes of `G` whose id, label or alias matches `text`: exact matches (compared
    with :func:`orgnet.resolve.name_key`), then names starting with it, then names holding it
    (case-insensitive); by label within each group."""
    key = name_key(text)
    low = " ".join(str(text).split()).casefold()
    if not low:
        return []
    ranked = []
    for n, a in G.nodes(data=True):
        names = [str(n)] + _names(a)
        best = None
        for nm in names:
            s = " ".join(nm.split()).casefold()
            rank = 0 if name_key(nm) == key else 1 if s.startswith(low) else 2 if low in s else None
            if rank is not None and (best is None or rank < best):
                best = rank
        if best is not None:
            ranked.append((best, _label(G, n).casefold(), str(n)))
    return [n for *_, n in sorted(ranked)]


def edge_table(G: nx.MultiDiGraph, highlight: Iterable[str] = ()) -> pd.DataFrame:
    """The edges of `G` as a table, columns :data:`EDGE_COLUMNS`.

    Rows touching a node of `highlight` come first (and have ``highlighted`` True), then the
    rest, each group by source label, relation and target label.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> t = edge_table(to_graph(example_tables()), highlight=["li-wei"])
    >>> t.loc[0, ["source_label", "relation", "target_label"]].tolist(), bool(t.loc[0, "highlighted"])
    (['Li Wei', 'leads', 'Widget Research Institute'], True)
    >>> len(t), int(t["highlighted"].sum())
    (9, 1)
    """
    marked = set(highlight)
    rows = []
    for u, v, k, a in G.edges(keys=True, data=True):
        rows.append({
            "source": u, "source_label": _label(G, u), "relation": a.get("relation", k), "target": v,
            "target_label": _label(G, v), "start": a.get("start"), "end": a.get("end"),
            "intervals": ";".join(map(str, edge_intervals(a))), "undated": a.get("undated"),
            "title": a.get("title") or "", "confidence": a.get("confidence"),
            "hedge": a.get("hedge") or "", "docs": a.get("docs") or "", "evidence": a.get("evidence") or "",
            "highlighted": u in marked or v in marked,
        })
    rows.sort(key=lambda r: (not r["highlighted"], r["source_label"].casefold(), r["relation"],
                             r["target_label"].casefold(), str(r["source"]), str(r["target"])))
    df = pd.DataFrame(rows, columns=list(EDGE_COLUMNS))
    for col in ("start", "end"):
        df[col] = pd.array(df[col].tolist(), dtype="Int64")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float64")
    df["undated"] = df["undated"].astype("object")
    df["highlighted"] = df["highlighted"].astype(bool)
    return df


def select_view(G: nx.MultiDiGraph, *, kinds: Iterable[str] | None = None, relations: Iterable[str] | None = None,
                docs: Iterable[str] | None = None, min_confidence: float = 0.0, year: int | None = None,
                undated: bool = True, focus: str | None = None, depth: int = DEFAULT_DEPTH,
                search: str = "", path: tuple[str, str] | None = None) -> Selection:
    """The view of `G` for one set of Explorer control values.

    The filters apply in this order: `year` (:func:`orgnet.graph.as_of`), then `undated`,
    `kinds`, `relations`, `docs` and `min_confidence` (the rule of
    :func:`orgnet.graph.filter_graph`: with an edge filter on, nodes left without an edge go), then `focus` and `depth`
    (:func:`orgnet.graph.ego` on what is left), then `path` (the union of the shortest paths
    between two nodes, :func:`orgnet.graph.paths`, on what is left), then `search`, which
    removes nothing and marks the matching nodes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole network (:func:`orgnet.graph.to_graph`).
    kinds, relations, docs : iterable of str, optional
        Keep only these node kinds (``""``: nodes without a kind), edge relations, and edges
        supported by any of these documents. None keeps all; an empty list keeps none.
    min_confidence : float
        Keep edges with at least this confidence (0 to 1).
    year : int, optional
        The network as it stood in that year; None for all years.
    undated : bool
        False leaves out every undated link (one with no interval: no claim behind it gives a
        year), with or without a `year`; an edge filter, so nodes left without an edge go.
    focus : str, optional
        The id, label or alias of the node to centre on; None or "" for no focus.
    depth : int
        Steps out from the focus (either direction).
    search : str
        Text to find in ids, labels and aliases.
    path : (str, str), optional
        Two nodes (id, label or alias): the view becomes the union of the shortest paths
        between them (at most :data:`DEFAULT_PATHS` of at most :data:`DEFAULT_MAX_LENGTH`
        steps, either direction), the path nodes highlighted in path order, and
        ``Selection.paths`` holds the paths with the evidence of each step. With no path,
        the view is the two nodes alone and ``problems`` says so.

    Returns
    -------
    Selection

    Raises
    ------
    InputError
        When `min_confidence` is not from 0 to 1 or `depth` is negative. An unknown focus or
        a search without a match is not an error: it is reported in ``problems``.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> G = to_graph(example_tables())
    >>> s = select_view(G, kinds=["person", "think_tank"])
    >>> s.n_nodes, s.n_edges, sorted(set(s.edges["relation"]))
    (4, 3, ['leads'])
    >>> s = select_view(G, year=1995, focus="WRI", depth=1, search="anna")
    >>> s.focus, s.highlight, s.edges.loc[0, ["source", "undated"]].tolist()
    ('widget-research-institute', ('anna-karlsson',), ['anna-karlsson', False])
    >>> select_view(G, focus="Ministry of Gidgets").problems[0][:37]
    "no node called 'Ministry of Gidgets';"
    >>> s = select_view(G, year=1995, undated=False)
    >>> sorted(s.edges["relation"]), bool(s.edges["undated"].any())
    (['leads', 'subordinate_to'], False)
    >>> s = select_view(G, path=("Li Wei", "BOS"))
    >>> s.highlight  # doctest: +NORMALIZE_WHITESPACE
    ('li-wei', 'widget-research-institute', 'bureau-of-sprockets', 'ministry-of-widgets')
    >>> s.notes
    ('How Li Wei is connected to Bureau of Sprockets: 2 paths of lengths 2 to 3.',)
    """
    min_confidence = check_confidence(min_confidence)
    if not isinstance(depth, int) or isinstance(depth, bool) or depth < 0:
        raise InputError(f"depth must be a whole number >= 0, not {depth!r}")
    kinds, relations, docs = _to_set(kinds), _to_set(relations), _to_set(docs)
    notes, problems = [], []
    params = dict(kinds=kinds, relations=relations, docs=docs, min_confidence=min_confidence, year=year,
                  undated=bool(undated), focus=focus, depth=depth, search=search, path=path)

    V = G
    if year is not None:
        year = int(year)
        V = as_of(V, year)
        notes.append(f"As of {year}: links dated outside {year} and bodies founded later are left out; "
                     + ("undated links are kept and marked." if undated else "undated links are hidden."))
    if not undated:
        V = _dated_only(V)
        if year is None:
            notes.append("Undated links (no source gives them a year) are hidden.")
    if kinds is not None or relations is not None or docs is not None or min_confidence > 0:
        V = _filter(V, kinds, relations, docs, min_confidence)
    kinds_vocab, rel_vocab = vocabulary.kinds(), vocabulary.relations()
    if kinds is not None:
        notes.append("Kinds: " + (", ".join(sorted(kinds_vocab.get(k, {}).get("label", k or "unknown kind")
                                                   for k in kinds)) or "none") + ".")
    if relations is not None:
        notes.append("Relations: " + (", ".join(sorted(rel_vocab.get(r, {}).get("label", r) for r in relations))
                                      or "none") + ".")
    if docs is not None:
        notes.append("Documents: " + (", ".join(sorted(docs)) or "none") + ".")
    if min_confidence > 0:
        notes.append(f"Links with confidence at least {min_confidence:.2f}.")

    centre = None
    if focus is not None and str(focus).strip():
        try:
            centre = find_node(G, str(focus).strip())
        except UnknownNodeError as exc:
            problems.append(str(exc))
        else:
            if centre in V:
                V = _ego(V, centre, depth)
                notes.append(f"Within {depth} step{'' if depth == 1 else 's'} of {_label(G, centre)}.")
            else:
                problems.append(f"{_label(G, centre)} ({centre}) is not in the network once the other "
                                "filters are applied, so the focus is ignored.")
                centre = None
    found = None
    if path is not None:
        V, found, path_notes, path_problems = _path_view(G, V, path)
        notes.extend(path_notes)
        problems.extend(path_problems)
    if V is G:
        V = G.copy(as_view=True)  # nothing filtered: a read-only view, not a copy of everything

    hits: list[str] = []
    if search and str(search).strip():
        hits = _search(V, str(search))
        if not hits:
            elsewhere = _search(G, str(search))
            if elsewhere:
                shown = ", ".join(_label(G, n) for n in elsewhere[:3]) + (" ..." if len(elsewhere) > 3 else "")
                problems.append(f"{str(search).strip()!r} matches {shown}, not in the current view.")
            else:
                problems.append(f"No name matches {str(search).strip()!r}.")
    if found is not None:
        hits = list(dict.fromkeys([n for p in found for n in p] + hits))
    return Selection(graph=V, focus=centre, highlight=tuple(hits), notes=tuple(notes), problems=tuple(problems),
                     params=params, paths=found)


def _path_view(G: nx.MultiDiGraph, V: nx.MultiDiGraph, path) -> tuple:
    """`select_view`'s path step: (the view, the :class:`Paths` or None, notes, problems)."""
    if isinstance(path, str) or not isinstance(path, (tuple, list)) or len(path) != 2:
        raise InputError(f"path must be two node names (a, b), not {path!r}")
    ends = []
    for name in path:
        try:
            ends.append(find_node(G, str(name).strip()))
        except UnknownNodeError as exc:
            return V, None, [], [str(exc)]
    missing = [n for n in ends if n not in V]
    if missing:
        return V, None, [], [f"{' and '.join(f'{_label(G, n)} ({n})' for n in missing)} "
                             f"{'is' if len(missing) == 1 else 'are'} not in the network once the other filters "
                             "are applied, so the path is not looked for."]
    found = paths(V, ends[0], ends[1])
    if not found:
        return V.subgraph(ends).copy(), found, [], [found.message]
    return found.subgraph(V), found, [found.message], []


def _dated_only(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`G` without its undated edges (those with no interval), and without the nodes that
    had edges and are left with none."""
    edges = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if not _undated(d)]
    touched = {u for u, *_ in edges} | {v for _, v, *_ in edges}
    F = nx.MultiDiGraph(**G.graph)
    F.add_nodes_from((n, G.nodes[n]) for n in G.nodes if n in touched or G.degree(n) == 0)
    F.add_edges_from(edges)
    return F


def _split(cell) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def _stem(doc: str) -> str:
    return doc.rsplit(".", 1)[0] if "." in doc else doc


def centrality(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree, betweenness and PageRank of every node, the most central first.

    ``degree``, ``in_degree`` and ``out_degree`` count edges (each relation between two
    nodes is one edge). ``betweenness`` is computed on the undirected simple graph
    (normalised: the share of shortest paths between other nodes that pass through the
    node), so a broker between two clusters scores whichever way its ties point.
    ``pagerank`` (damping 0.85) follows the edges' direction, subject -> object, with the
    number of relations between two nodes as the weight: rank flows from a subsidiary to its
    parent, from a front to what it fronts for, from a leader to what they lead.

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`CENTRALITY_COLUMNS`, sorted by ``pagerank`` (descending),
        then ``id``; scores rounded to 10 decimals so the order is reproducible.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> c = centrality(G)
    >>> print(c.head(3)[["id", "degree", "in_degree", "betweenness", "pagerank"]].round(3).to_string(index=False))
                           id  degree  in_degree  betweenness  pagerank
    widget-research-institute       8          4        0.952     0.250
          ministry-of-widgets       2          2        0.000     0.249
          bureau-of-sprockets       3          2        0.000     0.163
    """
    nodes = list(G.nodes)
    if not nodes:
        return pd.DataFrame(columns=list(CENTRALITY_COLUMNS))
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    for u, v in G.edges():
        if D.has_edge(u, v):
            D[u][v]["weight"] += 1
        else:
            D.add_edge(u, v, weight=1)
    between = nx.betweenness_centrality(nx.Graph(D), normalized=True)
    rank = _pagerank(D, nodes)
    rows = [{
        "id": n, "label": G.nodes[n].get("label") or str(n), "kind": G.nodes[n].get("kind"),
        "degree": G.degree(n), "in_degree": G.in_degree(n) if G.is_directed() else G.degree(n),
        "out_degree": G.out_degree(n) if G.is_directed() else G.degree(n),
        "betweenness": round(float(between[n]), 10), "pagerank": round(rank[n], 10),
    } for n in nodes]
    df = pd.DataFrame(rows, columns=list(CENTRALITY_COLUMNS))
    df["_id"] = df["id"].astype(str)
    df = df.sort_values(["pagerank", "_id"], ascending=[False, True]).drop(columns="_id")
    return df.reset_index(drop=True)


def _pagerank(D: nx.DiGraph, nodes: list, alpha: float = 0.85, tol: float = 1e-12,
              max_iter: int = 1000) -> dict:
    """PageRank by power iteration on networkx's Google matrix (numpy only; no scipy needed).
    Dangling nodes spread their rank evenly, as in :func:`networkx.pagerank`."""
    M = nx.google_matrix(D, alpha=alpha, weight="weight", nodelist=nodes)
    n = len(nodes)
    x = M[0] * 0 + 1.0 / n
    for _ in range(max_iter):
        nxt = x @ M
        if float(abs(nxt - x).sum()) < n * tol:
            x = nxt
            break
        x = nxt
    total = float(x.sum())
    return {node: float(v) / total for node, v in zip(nodes, x)}


# --------------------------------------------------------------------------- paths, communities, measures

#: columns of :attr:`Paths.steps`
PATH_COLUMNS = ("path", "length", "step", "from", "from_label", "to", "to_label", "relation", "direction",
                "reads", "source", "target", "evidence", "docs", "confidence", "hedge", "claim_ids")

#: the measures :func:`node_measure` computes
MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")

#: the methods :func:`communities` knows
COMMUNITY_METHODS = ("louvain", "greedy")

#: shortest paths :func:`paths` gives by default, and the most steps a path may take
DEFAULT_PATHS, DEFAULT_MAX_LENGTH = 3, 6


@dataclass(frozen=True, eq=False)
class Paths:
    """How one node is connected to another: the result of :func:`paths`.

    A sequence of paths (``len``, iteration and indexing give each path's node ids, `source`
    first), the shortest first, with the evidence of every step in :attr:`steps`.

    Attributes
    ----------
    source, target : str
        The ids of the two ends.
    nodes : tuple of tuple of str
        Each path's node ids, from `source` to `target`; empty when there is no path.
    steps : pandas.DataFrame
        One row per link on each step, columns :data:`PATH_COLUMNS`: ``path`` (1, 2 ...),
        ``length`` (the path's steps), ``step`` (1 ... length), ``from`` / ``to`` (ids, in the
        path's order) and their labels, ``relation``, ``direction`` (``"forward"`` when the
        relation reads from -> to, ``"backward"`` when the path goes against its arrow),
        ``reads`` (the link as a sentence, subject first), ``source`` / ``target`` (the
        edge's subject and object), and the edge's ``evidence``, ``docs``, ``confidence``,
        ``hedge`` and ``claim_ids``. A step joined by several relations has one row for each.
    message : str
        One sentence saying what was found: ``"How A is connected to B: 2 paths of length 3."``
        or why nothing was.
    """

    source: str
    target: str
    nodes: tuple[tuple[str, ...], ...]
    steps: pd.DataFrame
    message: str

    def __len__(self) -> int:
        return len(self.nodes)

    def __iter__(self):
        return iter(self.nodes)

    def __getitem__(self, i: int) -> tuple[str, ...]:
        return self.nodes[i]

    @property
    def lengths(self) -> tuple[int, ...]:
        """The number of steps of each path."""
        return tuple(len(p) - 1 for p in self.nodes)

    def subgraph(self, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """The union of the paths as a new graph: their nodes, with the attributes they have
        in `G`, and the edges (every relation, either direction) between consecutive nodes
        that the paths step along. Graph attributes ``path_source`` and ``path_target``."""
        P = nx.MultiDiGraph(**G.graph)
        P.graph.update(path_source=self.source, path_target=self.target)
        nodes = list(dict.fromkeys(n for p in self.nodes for n in p))
        P.add_nodes_from((n, G.nodes[n]) for n in nodes)
        pairs = {frozenset(pair) for p in self.nodes for pair in zip(p, p[1:])}
        for u, v, k, d in G.edges(keys=True, data=True):
            if frozenset((u, v)) in pairs and u != v:
                P.add_edge(u, v, key=k, **d)
        return P


def _undirected(G: nx.MultiDiGraph, relations: set[str] | None = None) -> nx.Graph:
    """The undirected simple graph of `G` (edges of `relations` only, when given), nodes and
    edges added in sorted order so that whatever walks it does not depend on the order `G`
    was built in; ``weight`` counts the relations between two nodes."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes, key=str))
    pairs: dict[tuple, int] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v or (relations is not None and d.get("relation", k) not in relations):
            continue
        pair = (u, v) if str(u) <= str(v) else (v, u)
        pairs[pair] = pairs.get(pair, 0) + 1
    for (u, v), w in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        H.add_edge(u, v, weight=w)
    return H


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _lengths_text(lengths: Iterable[int]) -> str:
    ls = sorted(set(lengths))
    return f"length {ls[0]}" if len(ls) == 1 else f"lengths {ls[0]} to {ls[-1]}"


def paths(G: nx.MultiDiGraph, a: str, b: str, *, k: int = DEFAULT_PATHS, max_length: int = DEFAULT_MAX_LENGTH,
          relations: Iterable[str] | str | None = None) -> Paths:
    """How `a` is connected to `b`: up to `k` shortest paths, with the evidence of each step.

    The paths are simple (no node twice) and found on the undirected simple graph of `G`:
    a path may step against an edge's arrow, and each step lists every relation between
    its two nodes, saying which way each reads. Paths are ordered by length, then the best
    supported first (by the confidence of the weakest step, a step counting its most
    confident link), then by the labels along them, so the same graph always gives the same
    paths; when more than `k` paths share the length of the k-th, the first `k` in that
    order are kept.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one, e.g. ``select_view(...).graph``).
    a, b : str
        The two ends, each an id, label or alias (see :func:`find_node`).
    k : int, optional
        At most this many paths (default 3).
    max_length : int, optional
        Leave out paths of more steps than this (default 6).
    relations : str or iterable of str, optional
        Step only along these relations (``vocab/relations.yaml``); None for all.

    Returns
    -------
    Paths
        The paths (node ids, :attr:`Paths.nodes`), their steps with the evidence
        (:attr:`Paths.steps`, one row per link) and a sentence (:attr:`Paths.message`).
        No path (or `a` and `b` the same node) is not an error: the result is empty and
        the message says why.

    Raises
    ------
    UnknownNodeError
        When `a` or `b` names no node (the message names the closest labels and aliases).
    InputError
        When `k` or `max_length` is not a whole number >= 1, or a relation is unknown.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> p = paths(G, "Li Wei", "MOW")
    >>> p.message
    'How Li Wei is connected to Ministry of Widgets: 2 paths of lengths 2 to 3.'
    >>> [[G.nodes[n]["label"] for n in path] for path in p]  # doctest: +NORMALIZE_WHITESPACE
    [['Li Wei', 'Widget Research Institute', 'Ministry of Widgets'],
     ['Li Wei', 'Widget Research Institute', 'Bureau of Sprockets', 'Ministry of Widgets']]
    >>> p.steps[p.steps["path"] == 1][["step", "direction", "reads"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[1, 'forward', 'Li Wei leads Widget Research Institute'],
     [2, 'forward', 'Widget Research Institute funded by Ministry of Widgets']]

    A step joined by two relations has a row for each; a path may go against an arrow:

    >>> p.steps[p.steps["path"] == 2]["relation"].tolist()
    ['leads', 'front_for', 'operated_by', 'subordinate_to']
    >>> q = paths(G, "Sam Okoro", "Gadget Friendship Society")
    >>> q.steps[["step", "direction", "reads"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[1, 'forward', 'Sam Okoro leads Widget Research Institute'],
     [2, 'backward', 'Gadget Friendship Society established by Widget Research Institute']]
    >>> paths(G, "Li Wei", "Sam Okoro", relations=["funded_by"]).message
    'No path between Li Wei and Sam Okoro along funded by links.'
    """
    for name, value in (("k", k), ("max_length", max_length)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{name} must be a whole number >= 1, not {value!r}")
    rels = None if relations is None else set(_check_relations(relations))
    source, target = find_node(G, a), find_node(G, b)
    la, lb = _label(G, source), _label(G, target)
    along = "" if rels is None else " along " + ", ".join(
        vocabulary.relations()[r].get("label", r) for r in sorted(rels)) + " links"
    if source == target:
        return _paths(G, source, target, [], f"{la} and {lb} are the same node ({source}).")
    H = _undirected(G, rels)
    too_long = False
    try:
        gen = nx.shortest_simple_paths(H, source, target)
        found: list[list] = []
        for p in gen:
            if len(p) - 1 > max_length:
                too_long = not found
                break
            if len(found) >= k and len(p) > len(found[-1]):
                break
            found.append(p)
            if len(found) >= k + 50:  # enough ties at the k-th length to pick the first k by label
                break
    except nx.NetworkXNoPath:
        found = []
    if too_long:
        return _paths(G, source, target, [], f"No path of at most {_plural(max_length, 'step')} between "
                                               f"{la} and {lb}{along}; the shortest is longer.")
    if not found:
        return _paths(G, source, target, [], f"No path between {la} and {lb}{along}.")
    found.sort(key=lambda p: (len(p), -_weakest(G, p, rels), [_label(G, n).casefold() for n in p],
                              [str(n) for n in p]))
    found = found[:k]
    lengths = [len(p) - 1 for p in found]
    message = f"How {la} is connected to {lb}: {_plural(len(found), 'path')} of {_lengths_text(lengths)}{along}."
    return _paths(G, source, target, found, message, rels)


def _weakest(G: nx.MultiDiGraph, p: list, rels: set[str] | None) -> float:
    """The confidence of a path's weakest step, a step being as strong as its most confident link."""
    best = []
    for u, v in zip(p, p[1:]):
        best.append(max([(d.get("confidence") or 0.0) for s, t in ((u, v), (v, u)) if G.has_edge(s, t)
                         for key, d in G[s][t].items() if rels is None or d.get("relation", key) in rels],
                        default=0.0))
    return min(best, default=0.0)


def _paths(G: nx.MultiDiGraph, source: str, target: str, found: list[list], message: str,
           rels: set[str] | None = None) -> Paths:
    """The :class:`Paths` of `found` (lists of node ids), with a row per link of each step."""
    rel_vocab = vocabulary.relations()
    rows = []
    for i, p in enumerate(found, start=1):
        for j, (u, v) in enumerate(zip(p, p[1:]), start=1):
            links = [(s, t, key, d) for s, t in ((u, v), (v, u)) if G.has_edge(s, t)
                     for key, d in G[s][t].items() if rels is None or d.get("relation", key) in rels]
            links.sort(key=lambda e: (e[0] != u, str(e[3].get("relation", e[2]))))
            for s, t, key, d in links:
                rel = d.get("relation", key)
                rows.append({
                    "path": i, "length": len(p) - 1, "step": j, "from": u, "from_label": _label(G, u),
                    "to": v, "to_label": _label(G, v), "relation": rel,
                    "direction": "forward" if s == u else "backward",
                    "reads": f"{_label(G, s)} {rel_vocab.get(rel, {}).get('label', rel)} {_label(G, t)}",
                    "source": s, "target": t, "evidence": d.get("evidence") or "", "docs": d.get("docs") or "",
                    "confidence": d.get("confidence"), "hedge": d.get("hedge") or "",
                    "claim_ids": d.get("claim_ids") or "",
                })
    steps = pd.DataFrame(rows, columns=list(PATH_COLUMNS))
    steps["confidence"] = pd.to_numeric(steps["confidence"], errors="coerce").astype("float64")
    for col in ("path", "length", "step"):
        steps[col] = steps[col].astype("int64")
    return Paths(source=source, target=target, nodes=tuple(tuple(p) for p in found), steps=steps, message=message)


def communities(G: nx.MultiDiGraph, *, method: str = "louvain", seed: int = 0) -> dict[str, int]:
    """The community of every node: groups more tightly linked inside than to each other.

    Found on the undirected simple graph of `G` (edge direction ignored; two nodes joined by
    several relations weigh that many), by :func:`networkx.community.louvain_communities`
    with a fixed `seed`, or :func:`networkx.community.greedy_modularity_communities`. The
    graph is handed over in sorted order and communities are numbered 1, 2 ... by size (the
    largest is 1), ties by their smallest label, so the same graph always gives the same
    numbers, however it was built. A node without links is a community of its own.

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).
    method : {"louvain", "greedy"}
        The algorithm (default ``"louvain"``).
    seed : int
        The Louvain method's random seed (ignored by ``"greedy"``).

    Returns
    -------
    dict
        ``node id -> community number`` (from 1), for every node of `G`.

    Raises
    ------
    InputError
        When `method` is unknown.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> c = communities(G)
    >>> sorted(set(c.values())), c["li-wei"] == c["widget-research-institute"]
    ([1, 2], True)
    >>> c["bureau-of-sprockets"] == c["ministry-of-widgets"] != c["li-wei"]
    True
    """
    if method not in COMMUNITY_METHODS:
        raise InputError(f"unknown community method {method!r}; choose one of {', '.join(COMMUNITY_METHODS)}")
    H = _undirected(G)
    if H.number_of_nodes() == 0:
        return {}
    if method == "louvain":
        groups = nx.community.louvain_communities(H, weight="weight", seed=seed)
    else:
        groups = nx.community.greedy_modularity_communities(H, weight="weight")

    def order(group):
        return (-len(group), min((_label(G, n).casefold(), str(n)) for n in group))

    return {n: i for i, group in enumerate(sorted(groups, key=order), start=1) for n in sorted(group, key=str)}


def node_measure(G: nx.MultiDiGraph, measure: str = "degree") -> dict[str, float]:
    """One centrality measure of every node, ``node id -> value``.

    ``degree``, ``betweenness`` and ``pagerank`` are the columns of :func:`centrality`
    (computed the same way: degree counts edges, betweenness is on the undirected simple
    graph, PageRank follows the edges' direction). ``eigenvector`` is
    :func:`networkx.eigenvector_centrality` on the undirected simple graph, weighted by
    the number of relations between two nodes (0 for a node without links).

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).
    measure : {"degree", "betweenness", "pagerank", "eigenvector"}
        The measure (default ``"degree"``).

    Returns
    -------
    dict
        ``node id -> float``, rounded to 10 decimals, for every node of `G`.

    Raises
    ------
    InputError
        When `measure` is unknown.

    Examples
    --------
    >>> G = to_graph(example_tables())
    >>> m = node_measure(G, "betweenness")
    >>> max(m, key=m.get), m["li-wei"]
    ('widget-research-institute', 0.0)
    >>> node_measure(G, "degree")["bureau-of-sprockets"]
    3.0
    """
    if measure not in MEASURES:
        raise InputError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    nodes = list(G.nodes)
    if not nodes:
        return {}
    if measure == "degree":
        return {n: float(G.degree(n)) for n in nodes}
    if measure in ("betweenness", "pagerank"):
        table = centrality(G)
        return {n: float(v) for n, v in zip(table["id"], table[measure])}
    H = _undirected(G)
    if H.number_of_edges() == 0:
        return {n: 0.0 for n in nodes}
    try:
        ev = nx.eigenvector_centrality(H, weight="weight", max_iter=10_000, tol=1e-10)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - (A + I) power iteration converges
        raise InputError("eigenvector centrality did not converge on this graph; use another measure") from None
    return {n: round(float(ev.get(n, 0.0)) if H.degree(n) else 0.0, 10) for n in nodes}


# --------------------------------------------------------------------------- example


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    schema = SCHEMA[table]
    df = pd.DataFrame(rows, columns=list(schema))
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.array([None if _py(v) is None else int(v) for v in df[col]], dtype="Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    return df


def example_tables() -> Tables:
    """A small invented build, for examples and tests.

    A Ministry of Widgets (MOW) commands a Bureau of Sprockets, whose public face is the Widget
    Research Institute (WRI; formerly the Institute of Widget Studies), which set up a Gadget
    Friendship Society and seeks to influence the Ruritanian Parliament; Anna Karlsson (1990 -
    2005) and Li Wei (2005 - present) led the institute, Sam Okoro is its deputy (undated).
    Two documents, ``widgets.txt`` and ``gadgets.txt``. Every name is invented.

    Returns
    -------
    Tables
        8 nodes, 9 edges, 14 claims, 2 documents, no conflicts, with the schema's columns
        and dtypes.

    Examples
    --------
    >>> t = example_tables()
    >>> len(t.nodes), len(t.edges), len(t.claims), list(t.documents["doc"])
    (8, 9, 14, ['widgets.txt', 'gadgets.txt'])
    """
    W, GD = "widgets.txt", "gadgets.txt"
    people = {"anna-karlsson": "Anna Karlsson", "li-wei": "Li Wei", "sam-okoro": "Sam Okoro"}
    bodies = [
        ("ministry-of-widgets", "Ministry of Widgets", "state_body", "MOW", 1950,
         "The Ministry of Widgets (MOW) is the government ministry in charge of widgets.", W),
        ("bureau-of-sprockets", "Bureau of Sprockets", "security_service", "BOS", 1983,
         "The Bureau of Sprockets is the secret service of the Ministry of Widgets.", W),
        ("widget-research-institute", "Widget Research Institute", "think_tank",
         "WRI;Institute of Widget Studies", 1980, "The Widget Research Institute is a think tank.", f"{W};{GD}"),
        ("gadget-friendship-society", "Gadget Friendship Society", "association", "", 2001, "", GD),
        ("ruritanian-parliament", "Ruritanian Parliament", "foreign", "", None, "", GD),
    ]
    # source, target, relation, start, end, title, doc(s), evidence, confidence, hedge
    links = [
        ("bureau-of-sprockets", "ministry-of-widgets", "subordinate_to", 1983, None, "", W,
         "In 1983 the Bureau of Sprockets was placed under the Ministry of Widgets.", 0.9, "stated"),
        ("widget-research-institute", "bureau-of-sprockets", "front_for", None, None, "", f"{W};{GD}",
         "The Widget Research Institute is the public face of the Bureau of Sprockets.", 0.8, "reported"),
        ("widget-research-institute", "bureau-of-sprockets", "operated_by", None, None, "", W,
         "The Bureau of Sprockets operates the Widget Research Institute.", 0.7, "stated"),
        ("widget-research-institute", "ministry-of-widgets", "funded_by", None, None, "", W,
         "The institute is funded by the Ministry of Widgets.", 0.6, "stated"),
        ("widget-research-institute", "ruritanian-parliament", "targets", None, None, "", GD,
         "The institute allegedly seeks to influence the Ruritanian Parliament.", 0.4, "alleged"),
        ("gadget-friendship-society", "widget-research-institute", "established_by", 2001, None, "", GD,
         "In 2001 the institute set up the Gadget Friendship Society.", 0.7, "stated"),
        ("anna-karlsson", "widget-research-institute", "leads", 1990, 2005, "Director", W,
         "Anna Karlsson (1990 – 2005)", 0.9, "stated"),
        ("li-wei", "widget-research-institute", "leads", 2005, None, "President", W,
         "Li Wei (2005 – present)", 0.9, "stated"),
        ("sam-okoro", "widget-research-institute", "leads", None, None, "Deputy Director", GD,
         "Deputy Director: Sam Okoro", 0.6, "stated"),
    ]
    labels = {b[0]: b[1] for b in bodies} | people
    claims, edges, n = [], [], 0

    def claim(doc, **kw):
        nonlocal n
        n += 1
        claims.append({"claim_id": f"{_stem(doc)}-{n:04d}", "doc": doc, "section": "", "method": "curated",
                       "refs": "", "citations": "", "hedge": "stated", "confidence": 0.9, **kw})
        return claims[-1]["claim_id"]

    for s, t, rel, start, end, title, docs, ev, conf, hedge in links:
        ids = [claim(d, subject=s, relation=rel, object=t, start=start, end=end, title=title, evidence=ev,
                     hedge=hedge, confidence=conf, subject_name=labels[s], object_name=labels[t])
               for d in docs.split(";")]
        edges.append({"source": s, "target": t, "relation": rel, "start": start, "end": end,
                      "intervals": "" if start is None and end is None else str(Interval(start, end)), "title": title,
                      "n_claims": len(ids), "docs": docs, "evidence": ev, "confidence": conf, "hedge": hedge,
                      "source_label": labels[s], "target_label": labels[t], "claim_ids": ";".join(ids),
                      "refs": ""})
    for bid, label, _, _, founded, _, docs in bodies:
        if founded is not None and bid != "gadget-friendship-society":
            claim(docs.split(";")[0], subject=bid, relation="founded", value=str(founded),
                  evidence=f"The {label} was founded in {founded}.", subject_name=label)
    renamed = claim(W, subject="widget-research-institute", relation="former_name", value="Institute of Widget Studies",
                    start=1995, evidence="In 1995 the Institute of Widget Studies was renamed the Widget Research "
                    "Institute.", subject_name="Widget Research Institute")
    merges = [{"entity": "widget-research-institute", "label": "Widget Research Institute",
               "name": "Widget Research Institute", "other_name": "Institute of Widget Studies", "rule": "former_name",
               "doc": W, "claim_id": renamed, "evidence": claims[-1]["evidence"]}]
    degree = {k: sum(e["source"] == k or e["target"] == k for e in edges) for k in labels}
    mine = {k: [c for c in claims if k in (c["subject"], c.get("object"))] for k in labels}
    doc_order = [W, GD]
    docs_of = {k: [d for d in doc_order if any(c["doc"] == d for c in mine[k])] for k in labels}
    kinds = {b[0]: b[2] for b in bodies} | {p: "person" for p in people}
    extra = {b[0]: (b[3], b[4], b[5]) for b in bodies}
    nodes = [{"id": k, "label": labels[k], "kind": kinds[k], "aliases": extra.get(k, ("",))[0], "name_zh": "",
              "founded": extra.get(k, ("", None))[1], "description": extra.get(k, ("", None, ""))[2],
              "docs": ";".join(docs_of[k]), "n_docs": len(docs_of[k]), "n_claims": len(mine[k]),
              "degree": degree[k]} for k in sorted(labels)]
    documents = [{"doc": d, "title": title, "layout": "dash-infobox", "chars": 0, "status": "ok", "warnings": "",
                  "unparsed": "", "n_claims": sum(c["doc"] == d for c in claims)}
                 for d, title in ((W, "Ministry of Widgets"), (GD, "Gadget Friendship Society"))]
    frames: dict[str, list[dict]] = {"nodes": nodes, "edges": edges, "claims": claims, "documents": documents,
                                     "conflicts": [], "merges": merges}
    return Tables(**{name: _frame(name, frames[name]) for name in TABLE_NAMES})
