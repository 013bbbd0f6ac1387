"""One view of the network for a set of filter values (graph stage: views).

:func:`select_view` applies year, filters, focus, path and search in one call and returns a
:class:`Selection`: the view the Explorer shows and the graph every briefing starts from (the
only place these steps are chained). :func:`edge_table` gives a view's edges as a table.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
import pandas as pd

from .. import vocabulary
from ..errors import InputError, UnknownNodeError
from .build import edge_intervals
from .filters import _dated_only, _ego, _filter, as_of, check_confidence
from .hierarchy import FRONT_ROLES, fronts, hierarchy
from .lookup import _search, find_node, node_label
from .paths import Paths, paths

__all__ = ["EDGE_COLUMNS", "DEFAULT_DEPTH", "Selection", "edge_table", "select_view", "hierarchy_graph", "fronts_graph"]


#: columns of :attr:`Selection.edges`
EDGE_COLUMNS = (
    "source",
    "source_label",
    "relation",
    "target",
    "target_label",
    "start",
    "end",
    "intervals",
    "undated",
    "title",
    "confidence",
    "hedge",
    "docs",
    "evidence",
    "highlighted",
)


#: steps out from the focus of :func:`select_view` (and the Explorer) by default
DEFAULT_DEPTH = 2


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


def edge_table(G: nx.MultiDiGraph, highlight: Iterable[str] = ()) -> pd.DataFrame:
    """The edges of `G` as a table, columns :data:`EDGE_COLUMNS`.

    Rows touching a node of `highlight` come first (and have ``highlighted`` True), then the
    rest, each group by source label, relation and target label.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> t = edge_table(to_graph(example_tables()), highlight=["li-wei"])
    >>> t.loc[0, ["source_label", "relation", "target_label"]].tolist(), bool(t.loc[0, "highlighted"])
    (['Li Wei', 'leads', 'Widget Research Institute'], True)
    >>> len(t), int(t["highlighted"].sum())
    (9, 1)
    """
    marked = set(highlight)
    rows = []
    for u, v, k, a in G.edges(keys=True, data=True):
        rows.append(
            {
                "source": u,
                "source_label": node_label(G, u),
                "relation": a.get("relation", k),
                "target": v,
                "target_label": node_label(G, v),
                "start": a.get("start"),
                "end": a.get("end"),
                "intervals": ";".join(map(str, edge_intervals(a))),
                "undated": a.get("undated"),
                "title": a.get("title") or "",
                "confidence": a.get("confidence"),
                "hedge": a.get("hedge") or "",
                "docs": a.get("docs") or "",
                "evidence": a.get("evidence") or "",
                "highlighted": u in marked or v in marked,
            }
        )
    rows.sort(
        key=lambda r: (
            not r["highlighted"],
            r["source_label"].casefold(),
            r["relation"],
            r["target_label"].casefold(),
            str(r["source"]),
            str(r["target"]),
        )
    )
    df = pd.DataFrame(rows, columns=list(EDGE_COLUMNS))
    for col in ("start", "end"):
        df[col] = pd.array(df[col].tolist(), dtype="Int64")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float64")
    df["undated"] = df["undated"].astype("object")
    df["highlighted"] = df["highlighted"].astype(bool)
    return df


def select_view(
    G: nx.MultiDiGraph,
    *,
    kinds: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    docs: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    year: int | None = None,
    undated: bool = True,
    focus: str | None = None,
    depth: int = DEFAULT_DEPTH,
    search: str = "",
    path: tuple[str, str] | None = None,
) -> Selection:
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
    >>> from orgnet.graph import example_tables, to_graph
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
    notes: list[str] = []
    problems: list[str] = []
    params = dict(
        kinds=kinds,
        relations=relations,
        docs=docs,
        min_confidence=min_confidence,
        year=year,
        undated=bool(undated),
        focus=focus,
        depth=depth,
        search=search,
        path=path,
    )
    V = _filtered(G, kinds, relations, docs, min_confidence, year, undated, notes)
    V, centre = _focused(G, V, focus, depth, notes, problems)
    found = None
    if path is not None:
        V, found, path_notes, path_problems = _path_view(G, V, path)
        notes.extend(path_notes)
        problems.extend(path_problems)
    if V is G:
        V = G.copy(as_view=True)  # nothing filtered: a read-only view, not a copy of everything
    hits = _searched(G, V, search, problems)
    if found is not None:
        hits = list(dict.fromkeys([n for p in found for n in p] + hits))
    return Selection(
        graph=V,
        focus=centre,
        highlight=tuple(hits),
        notes=tuple(notes),
        problems=tuple(problems),
        params=params,
        paths=found,
    )


def _filtered(
    G: nx.MultiDiGraph,
    kinds: set[str] | None,
    relations: set[str] | None,
    docs: set[str] | None,
    min_confidence: float,
    year: int | None,
    undated: bool,
    notes: list[str],
) -> nx.MultiDiGraph:
    """`select_view`'s year and filter steps: the view (`G` itself when nothing is filtered),
    with a sentence per step added to `notes`."""
    V = G
    if year is not None:
        year = int(year)
        V = as_of(V, year)
        notes.append(
            f"As of {year}: links dated outside {year} and bodies founded later are left out; "
            + ("undated links are kept and marked." if undated else "undated links are hidden.")
        )
    if not undated:
        V = _dated_only(V)
        if year is None:
            notes.append("Undated links (no source gives them a year) are hidden.")
    if kinds is not None or relations is not None or docs is not None or min_confidence > 0:
        V = _filter(V, kinds, relations, docs, min_confidence)
    kinds_vocab, rel_vocab = vocabulary.kinds(), vocabulary.relations()
    if kinds is not None:
        notes.append(
            "Kinds: "
            + (", ".join(sorted(kinds_vocab.get(k, {}).get("label", k or "unknown kind") for k in kinds)) or "none")
            + "."
        )
    if relations is not None:
        notes.append(
            "Relations: " + (", ".join(sorted(rel_vocab.get(r, {}).get("label", r) for r in relations)) or "none") + "."
        )
    if docs is not None:
        notes.append("Documents: " + (", ".join(sorted(docs)) or "none") + ".")
    if min_confidence > 0:
        notes.append(f"Links with confidence at least {min_confidence:.2f}.")
    return V


def _focused(
    G: nx.MultiDiGraph, V: nx.MultiDiGraph, focus: str | None, depth: int, notes: list[str], problems: list[str]
) -> tuple[nx.MultiDiGraph, str | None]:
    """`select_view`'s focus step: (the view, the centre's id or None); a focus that names no
    node, or a node the filters removed, is a problem and leaves the view as it is."""
    if focus is None or not str(focus).strip():
        return V, None
    try:
        centre = find_node(G, str(focus).strip())
    except UnknownNodeError as exc:
        problems.append(str(exc))
        return V, None
    if centre not in V:
        problems.append(
            f"{node_label(G, centre)} ({centre}) is not in the network once the other "
            "filters are applied, so the focus is ignored."
        )
        return V, None
    notes.append(f"Within {depth} step{'' if depth == 1 else 's'} of {node_label(G, centre)}.")
    return _ego(V, centre, depth), centre


def _searched(G: nx.MultiDiGraph, V: nx.MultiDiGraph, search: str, problems: list[str]) -> list[str]:
    """`select_view`'s search step: the ids of the nodes of `V` that match `search`; no match is
    a problem, naming the nodes of `G` that match (outside the view) when there are some."""
    if not search or not str(search).strip():
        return []
    hits = _search(V, str(search))
    if not hits:
        elsewhere = _search(G, str(search))
        if elsewhere:
            shown = ", ".join(node_label(G, n) for n in elsewhere[:3]) + (" ..." if len(elsewhere) > 3 else "")
            problems.append(f"{str(search).strip()!r} matches {shown}, not in the current view.")
        else:
            problems.append(f"No name matches {str(search).strip()!r}.")
    return hits


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
        return (
            V,
            None,
            [],
            [
                f"{' and '.join(f'{node_label(G, n)} ({n})' for n in missing)} "
                f"{'is' if len(missing) == 1 else 'are'} not in the network once the other filters "
                "are applied, so the path is not looked for."
            ],
        )
    found = paths(V, ends[0], ends[1])
    if not found:
        return V.subgraph(ends).copy(), found, [], [found.message]
    return found.subgraph(V), found, [found.message], []


def hierarchy_graph(G: nx.MultiDiGraph, root: str) -> nx.MultiDiGraph:
    """The hierarchy view: the bodies of the tree under `root` with every edge of `G` among them.

    The nodes are those of :func:`~orgnet.graph.hierarchy` (the tree follows the
    ``hierarchy: true`` relations); the edges are all the links of `G` between them, not
    only the tree's, so a front's funder under the same ministry is drawn too.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`~orgnet.graph.to_graph` (or a view of one).
    root : str
        The root's id, label or alias (see :func:`~orgnet.graph.find_node`).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph with `G`'s graph attributes and ``root`` (the root's id).

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> V = hierarchy_graph(to_graph(example_tables()), "BOS")
    >>> sorted(V), V.graph["root"]  # doctest: +NORMALIZE_WHITESPACE
    (['bureau-of-sprockets', 'gadget-friendship-society', 'widget-research-institute'], 'bureau-of-sprockets')
    >>> sorted(k for *_, k in V.edges(keys=True))
    ['established_by', 'front_for', 'operated_by']
    """
    T = hierarchy(G, root)
    V = nx.MultiDiGraph(G.subgraph(T.nodes)).copy()
    V.graph.update(root=T.graph["root"])
    return V


def fronts_graph(G: nx.MultiDiGraph, table: pd.DataFrame | None = None) -> nx.MultiDiGraph:
    """The fronts view: every front organisation and the bodies behind it, as a graph.

    A front is a node with a ``front_for`` edge (:func:`~orgnet.graph.fronts`); the bodies
    behind it are the objects of its :data:`~orgnet.graph.hierarchy.FRONT_ROLES` edges (what it
    fronts for, who runs, funds and founded it, whom it targets), matched by node id. The view
    holds those nodes, every edge from a front to a body behind it, then every other edge
    among them (a bureau under its ministry ...).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`~orgnet.graph.to_graph` (or a view of one).
    table : pandas.DataFrame, optional
        ``fronts(G)``, when the caller has it already; its order is the order of the edges.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph, nodes in id order.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> V = fronts_graph(to_graph(example_tables()))
    >>> sorted(V)  # doctest: +NORMALIZE_WHITESPACE
    ['bureau-of-sprockets', 'ministry-of-widgets', 'ruritanian-parliament', 'widget-research-institute']
    >>> sorted(k for *_, k in V.edges(keys=True))
    ['front_for', 'funded_by', 'operated_by', 'subordinate_to', 'targets']
    """
    if table is None:
        table = fronts(G)
    keep_nodes: set = set()
    keep_edges = []
    for front in table["front"]:
        keep_nodes.add(front)
        out = list(G.out_edges(front, keys=True, data=True))
        behind = {target for _, target, key, data in out if data.get("relation", key) in FRONT_ROLES}
        for _, target, key, data in out:
            if target in behind:
                keep_nodes.add(target)
                keep_edges.append((front, target, key, data))
    V = nx.MultiDiGraph()
    V.add_nodes_from((n, G.nodes[n]) for n in sorted(keep_nodes))
    V.add_edges_from(keep_edges)
    # links among the bodies behind the fronts (e.g. a bureau under its ministry)
    for u, v, key, data in G.edges(keys=True, data=True):
        if u in keep_nodes and v in keep_nodes and not V.has_edge(u, v, key):
            V.add_edge(u, v, key=key, **data)
    return V
