"""The data a network page draws: :func:`page_data` (nodes with their places, edges with the
claims behind them, the legend, the time range), shared by the briefings
(:func:`orgnet.render.network.network_html`) and the Explorer's live drawing
(:mod:`orgnet.render.live`); the page itself (HTML, vis-network) is in :mod:`orgnet.render.network`.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterable, Mapping

import networkx as nx
import pandas as pd

from .. import vocabulary
from ..cells import json_text as _text
from ..cells import json_value as _clean
from ..cells import split_cell
from .evidence_data import LOW_CONFIDENCE, _claim_rows, _node_conflicts, _node_merges, _page_edges, _records
from .layout import label_box, network_positions, tree_positions

__all__ = [
    "page_data",
    "layout_positions",
    "FONT_PX",
    "LABEL_WIDTH",
    "LOW_CONFIDENCE",
    "COMMUNITY_COLOURS",
    "OTHER_COMMUNITY_COLOUR",
    "measure_sizes",
    "community_rings",
]

#: label font size and wrap width in the page; the layout sizes label boxes with the same values
FONT_PX = 14
LABEL_WIDTH = 124
#: ring colours of communities 1, 2 ... (the largest first): Okabe and Ito's colour-blind-safe
#: palette without its orange and yellow (too close to the focus ring), and Paul Tol's wine and teal
COMMUNITY_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#882255", "#44AA99", "#000000")
#: ring colour of every smaller community
OTHER_COMMUNITY_COLOUR = "#BBBBBB"
#: the range of node sizes (vis-network px), smallest and largest
_MIN_SIZE, _MAX_SIZE = 9.0, 34.0

_FALLBACK_KIND = {"colour": "#c7c7c7", "shape": "dot", "label": "unknown kind"}
_FALLBACK_RELATION = {"colour": "#999999", "label": None, "meaning": ""}
_LABEL_INSIDE = {"box", "ellipse", "circle", "database", "text"}


def _node_size(degree: int) -> float:
    return round(min(_MAX_SIZE, _MIN_SIZE + 4.0 * math.sqrt(max(degree, 0))), 1)


def measure_sizes(values: Mapping, nodes: Iterable) -> dict:
    """Node sizes from a measure: the square root of the share of the largest value, scaled
    to the range of :func:`_node_size` (so the area grows with the value); 0 or missing is
    the smallest size."""
    clean = {n: max(float(v), 0.0) if (v := _clean(values.get(n))) is not None else 0.0 for n in nodes}
    top = max(clean.values(), default=0.0)
    return {
        n: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(v / top), 1) if top > 0 else _MIN_SIZE
        for n, v in clean.items()
    }


def community_rings(communities: Mapping, node_ids: Iterable) -> tuple[dict, list[dict]]:
    """The ring colour of each drawn node's community, and the legend entries: one per
    coloured community in view, then one for the smaller ones (grey)."""
    numbers = {n: int(communities[n]) for n in node_ids if _clean(communities.get(n)) is not None}
    colour = {
        c: COMMUNITY_COLOURS[c - 1] if 1 <= c <= len(COMMUNITY_COLOURS) else OTHER_COMMUNITY_COLOUR
        for c in set(numbers.values())
    }
    counts: dict[int, int] = {}
    for c in numbers.values():
        counts[c] = counts.get(c, 0) + 1
    legend = [
        {"community": c, "label": f"community {c}", "colour": colour[c], "count": counts[c]}
        for c in sorted(counts)
        if colour[c] != OTHER_COMMUNITY_COLOUR
    ]
    rest = sorted(c for c in counts if colour[c] == OTHER_COMMUNITY_COLOUR)
    if rest:
        legend.append(
            {
                "community": None,
                "colour": OTHER_COMMUNITY_COLOUR,
                "count": sum(counts[c] for c in rest),
                "label": (
                    f"community {rest[0]}"
                    if len(rest) == 1
                    else f"{len(rest)} smaller communities ({rest[0]} to {rest[-1]})"
                ),
            }
        )
    return {n: (c, colour[c]) for n, c in numbers.items()}, legend


def _hierarchy_tree(G: nx.MultiDiGraph, root: str) -> nx.DiGraph:
    """A spanning tree of G for the tree layout: the hierarchy under `root`, then every other
    node hung under a neighbour already placed (any relation, either direction), then the
    rest as further roots."""
    from ..graph import hierarchy

    T = hierarchy(G, root) if root in G else nx.DiGraph()
    T = nx.DiGraph(T)
    T.graph["root"] = root
    placed = set(T)
    if not placed:
        T.add_node(root)
        placed = {root}
    H = nx.Graph(G)
    frontier = sorted(placed, key=str)
    while frontier:
        nxt = []
        for u in frontier:
            for v in sorted(H.neighbors(u), key=str):
                if v not in placed:
                    placed.add(v)
                    T.add_edge(u, v)
                    nxt.append(v)
        frontier = nxt
    for v in sorted(G.nodes, key=str):
        if v not in placed:
            T.add_node(v)
    for v in T.nodes:
        if v in G:
            T.nodes[v].update(label=G.nodes[v].get("label"))
    return T


def _label_box(
    a: Mapping, n: Any, degree: int, kinds_vocab: Mapping, box: bool = True, size: float | None = None
) -> tuple:
    """The label, size and label box of node `n` (attributes `a`) as the page draws it
    (the box None when `box` is false: it is needed only to lay the graph out); the size
    from the degree unless `size` is given."""
    kind = _text(a.get("kind")) or None
    spec = kinds_vocab.get(kind, _FALLBACK_KIND) if kind else _FALLBACK_KIND
    label = _text(a.get("label")) or str(n)
    size = _node_size(degree) if size is None else size
    if not box:
        return label, size, None
    return (
        label,
        size,
        label_box(
            label,
            node_size=size,
            font_px=FONT_PX,
            max_width=LABEL_WIDTH,
            label_inside=spec.get("shape") in _LABEL_INSIDE,
        ),
    )


def layout_positions(G: nx.MultiDiGraph, *, hierarchical_root: str | None = None, focus: str | None = None) -> dict:
    """The positions :func:`page_data` would give `G`'s nodes, ``node -> (x, y)``.

    Computed once for a big graph, they can be passed back as ``positions`` to draw any of
    its subgraphs without laying it out again (each node keeps its place).

    >>> from orgnet.graph import to_graph, example_tables
    >>> G = to_graph(example_tables())
    >>> pos = layout_positions(G)
    >>> d = page_data(G.subgraph(["li-wei", "widget-research-institute"]), positions=pos)
    >>> all(abs(n["x"] - pos[n["id"]][0]) < 0.1 and abs(n["y"] - pos[n["id"]][1]) < 0.1 for n in d["nodes"])
    True
    """
    kinds_vocab = vocabulary.kinds()
    boxes = {n: _label_box(a, n, G.degree(n), kinds_vocab)[2] for n, a in G.nodes(data=True)}
    if hierarchical_root is not None and hierarchical_root in G:
        return tree_positions(_hierarchy_tree(G, hierarchical_root), hierarchical_root, boxes=boxes)
    return network_positions(G, center=focus if focus in G else None, boxes=boxes)


def page_data(
    G: nx.MultiDiGraph,
    *,
    claims: pd.DataFrame | Mapping | None = None,
    hierarchical_root: str | None = None,
    focus: str | None = None,
    sources: Any = None,
    positions: Mapping | None = None,
    year: int | None = None,
    show_undated: bool = True,
    until: int | None = None,
    conflicts: Any = None,
    merges: Any = None,
    sizes: Mapping | None = None,
    size_by: str | None = None,
    communities: Mapping | None = None,
) -> dict:
    """The JSON the page reads: nodes with positions, edges with their claims, the legend.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph to draw (nodes with the ``nodes`` columns, edges with the ``edges`` columns).
    claims : DataFrame or mapping, optional
        The ``claims`` table; each edge's ``claim_ids`` are looked up in it for the side
        panel's citations. A mapping ``claim_id -> row dict`` (e.g. made once from the
        table for many pages) works too.
    hierarchical_root : str, optional
        Lay the graph out as a tree under this node (see :func:`orgnet.graph.hierarchy`).
    focus : str, optional
        A node to mark (and, without a hierarchical root, to put in the middle).
    sources : DataFrame or list of dicts, optional
        ``documents`` rows; their titles label documents in the side panel.
    positions : mapping, optional
        ``node -> (x, y)`` to use instead of laying `G` out (e.g. :func:`layout_positions`
        of a bigger graph that `G` is part of); ignored unless it holds every node of `G`.
    year : int, optional
        The year the page's year control starts at (None: all years).
    show_undated : bool
        Whether the page's "show undated links" box starts ticked.
    until : int, optional
        The last year the control reaches at least (the page's generation year), so a
        view whose dates all lie in the past can be seen as it is now.
    conflicts : DataFrame or list of dicts, optional
        ``conflicts`` rows; those of `G`'s nodes are listed in the node's side panel.
    merges : DataFrame or list of dicts, optional
        ``merges`` rows; a node's side panel lists the names joined into it and why.
    sizes : mapping, optional
        ``node -> value`` of a measure (e.g. :func:`orgnet.graph.node_measure`): node size
        follows it (area in proportion to the value, the largest as big as the biggest
        degree-sized node) instead of the degree, and each node gets a ``measure`` field.
    size_by : str, optional
        What `sizes` measure, in words, for the legend (``"size_by"`` in the data).
    communities : mapping, optional
        ``node -> community number`` (:func:`orgnet.graph.communities`): each node gets
        ``community`` and ``ring`` (its community's colour, :data:`COMMUNITY_COLOURS` for
        the largest, :data:`OTHER_COMMUNITY_COLOUR` for the rest), drawn as its border, and
        ``communities`` in the data lists the legend entries (``community``, ``label``,
        ``colour``, ``count``).

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``kinds``, ``relations``, ``documents``, ``focus``, ``style``,
        ``time``, ``documents`` (file name -> title), ``mirror_of`` (file name -> the file it
        copies), ``conflicts`` (node id -> its conflicts, each ``{"field", "values": [{"value",
        "docs"}]}``). Nodes carry ``founded`` and ``gone`` (the year a body was absorbed into
        another, or None), edges their ``intervals`` (``[start, end]`` pairs, None for an
        open side), so the page's year control applies the rule of
        :func:`orgnet.graph.as_of`; ``time`` is the control's range and start
        (``min``, ``max``, ``year``, ``show_undated``), None when nothing has a year.
        ``size_by`` (None) and ``communities`` (empty) unless `sizes` and `communities` are
        given; only then do nodes carry ``measure`` and ``community`` / ``ring``.

    Examples
    --------
    >>> from orgnet.graph import to_graph, example_tables
    >>> d = page_data(to_graph(example_tables()), focus="widget-research-institute")
    >>> len(d["nodes"]), len(d["edges"]), d["focus"]
    (8, 9, 'widget-research-institute')
    >>> sorted(d["nodes"][0])[:5]
    ['aliases', 'degree', 'description', 'docs', 'founded']
    >>> d["time"], [e["intervals"] for e in d["edges"] if e["from"] == "anna-karlsson"]
    ({'min': 1950, 'max': 2005, 'year': None, 'show_undated': True}, [[[1990, 2005]]])
    """
    kinds_vocab = vocabulary.kinds()
    claim_rows = _claim_rows(G, claims)
    source_recs = _records(sources)
    doc_titles = {_text(r.get("doc")): _text(r.get("title")) for r in source_recs}
    doc_mirrors = {_text(r.get("doc")): _text(r.get("mirror_of")) for r in source_recs if _text(r.get("mirror_of"))}

    node_ids = sorted(G.nodes, key=str)
    use_given = positions is not None and all(n in positions for n in node_ids)
    rings, community_legend = community_rings(communities, node_ids) if communities is not None else ({}, [])
    nodes, boxes = _page_nodes(G, node_ids, kinds_vocab, use_given, sizes, rings if communities is not None else None)
    pos = positions if positions is not None and use_given else _positions(G, hierarchical_root, focus, boxes)
    for node in nodes:
        x, y = pos[_find(G, node["id"])]
        node["x"], node["y"] = round(float(x), 1), round(float(y), 1)

    edges = _page_edges(G, claim_rows)
    _set_curves(edges, {n["id"]: n for n in nodes})

    kinds, relations = _legend(nodes, edges, kinds_vocab)

    time = _time_range(nodes, edges, year, until, show_undated)
    node_conflicts = _node_conflicts(conflicts, {n["id"] for n in nodes})
    node_merges = _node_merges(merges, {n["id"] for n in nodes})
    used_docs = _used_docs(nodes, edges, node_conflicts, node_merges)
    return {
        "nodes": nodes,
        "edges": edges,
        "kinds": kinds,
        "relations": relations,
        "documents": {d: doc_titles.get(d, "") for d in used_docs},
        "mirror_of": {d: doc_mirrors[d] for d in used_docs if d in doc_mirrors},
        "conflicts": node_conflicts,
        "merges": node_merges,
        "focus": str(focus) if focus is not None and focus in G else None,
        "root": str(hierarchical_root) if hierarchical_root is not None and hierarchical_root in G else None,
        "style": {"font_px": FONT_PX, "label_width": LABEL_WIDTH, "low_confidence": LOW_CONFIDENCE},
        "time": time,
        "size_by": (size_by or "measure") if sizes is not None else None,
        "communities": community_legend,
    }


def _page_nodes(
    G: nx.MultiDiGraph,
    node_ids: list,
    kinds_vocab: Mapping,
    use_given: bool,
    sizes: Mapping | None,
    rings: Mapping | None,
) -> tuple[list[dict], dict]:
    """The page's nodes (without places) and their label boxes (none when the places are given)."""
    degrees = dict(G.degree())
    degree = {n: degrees[n] for n in node_ids}
    gone = _gone(G)
    measured = measure_sizes(sizes, node_ids) if sizes is not None else {}
    boxes, nodes = {}, []
    for n in node_ids:
        a = G.nodes[n]
        kind = _text(a.get("kind")) or None
        label, size, boxes[n] = _label_box(a, n, degree[n], kinds_vocab, box=not use_given, size=measured.get(n))
        nodes.append(
            {
                "id": str(n),
                "label": label,
                "kind": kind or "",
                "aliases": split_cell(a.get("aliases")),
                "name_zh": split_cell(a.get("name_zh")),
                "founded": _clean(a.get("founded")),
                "description": _text(a.get("description")),
                "docs": split_cell(a.get("docs")),
                "degree": degree[n],
                "size": size,
                "gone": gone.get(n),
            }
        )
        if sizes is not None:
            nodes[-1]["measure"] = _clean(sizes.get(n))
        if rings is not None:
            nodes[-1]["community"], nodes[-1]["ring"] = rings.get(n, (None, None))

    return nodes, boxes


def _positions(G: nx.MultiDiGraph, hierarchical_root: str | None, focus: str | None, boxes: dict) -> Mapping:
    """Places laid out in Python: a tree under ``hierarchical_root``, else the network around ``focus``."""
    if hierarchical_root is not None and hierarchical_root in G:
        return tree_positions(_hierarchy_tree(G, hierarchical_root), hierarchical_root, boxes=boxes)
    return network_positions(G, center=focus if focus in G else None, boxes=boxes)


def _time_range(nodes: list[dict], edges: list[dict], year, until, show_undated: bool) -> dict | None:
    """The year control's range (every year a link, founding or absorption gives) and start."""
    years = [y for e in edges for iv in e["intervals"] for y in iv if y is not None]
    years += [n["founded"] for n in nodes if n["founded"] is not None]
    years += [n["gone"] for n in nodes if n["gone"] is not None]
    if not years:
        return None
    return {
        "min": min(years),
        "max": max(years + ([until] if until is not None else [])),
        "year": None if year is None else int(year),
        "show_undated": bool(show_undated),
    }


def _used_docs(nodes: list[dict], edges: list[dict], node_conflicts: dict, node_merges: dict) -> list[str]:
    """Every document the page names (nodes, links, claims, conflicts, merges), sorted."""
    return sorted(
        {d for n in nodes for d in n["docs"]}
        | {d for e in edges for d in e["docs"]}
        | {c["doc"] for e in edges for c in e["claims"] if c.get("doc")}
        | {d for cs in node_conflicts.values() for c in cs for v in c["values"] for d in v["docs"]}
        | {m["doc"] for ms in node_merges.values() for m in ms if m["doc"]}
    )


def _gone(G: nx.MultiDiGraph) -> dict:
    """The year each body was absorbed into another (the rule of orgnet.graph.as_of)."""
    gone: dict = {}
    for u, _, k, a in G.edges(keys=True, data=True):
        start = _clean(a.get("start"))
        if (_text(a.get("relation")) or str(k)) == "absorbed_into" and start is not None:
            gone[u] = min(start, gone.get(u, start))
    return gone


def _legend(nodes: list[dict], edges: list[dict], kinds_vocab: Mapping) -> tuple[list[dict], list[dict]]:
    """The legend's kinds and relations: those drawn, in the vocabulary's order, then unknown ones."""
    kinds = _legend_entries(
        [node["kind"] for node in nodes],
        kinds_vocab,
        lambda kind, spec: {
            "kind": kind,
            "label": spec.get("label", kind),
            "colour": spec["colour"],
            "shape": spec.get("shape", "dot"),
        },
        lambda kind: {
            "kind": kind,
            "label": kind or _FALLBACK_KIND["label"],
            "colour": _FALLBACK_KIND["colour"],
            "shape": _FALLBACK_KIND["shape"],
        },
    )
    relations = _legend_entries(
        [e["relation"] for e in edges],
        vocabulary.relations(),
        lambda rel, spec: {
            "relation": rel,
            "label": spec.get("label", rel),
            "colour": spec["colour"],
            "meaning": spec.get("meaning", ""),
        },
        lambda rel: {"relation": rel, "label": rel, "colour": _FALLBACK_RELATION["colour"], "meaning": ""},
    )
    return kinds, relations


def _legend_entries(
    values: Iterable[str],
    vocab: Mapping[str, Mapping],
    known: Callable[[str, Mapping], dict],
    unknown: Callable[[str], dict],
) -> list[dict]:
    """One legend list: an entry per value drawn, with its ``count`` (last), in the vocabulary's
    order, then the values the vocabulary lacks, sorted; ``known(value, spec)`` and
    ``unknown(value)`` give an entry's other fields.

    >>> _legend_entries(["b", "x", "b"], {"a": {}, "b": {}}, lambda v, s: {"v": v}, lambda v: {"v": v, "new": 1})
    [{'v': 'b', 'count': 2}, {'v': 'x', 'new': 1, 'count': 1}]
    """
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    entries = [{**known(value, spec), "count": counts[value]} for value, spec in vocab.items() if value in counts]
    entries += [{**unknown(value), "count": counts[value]} for value in sorted(v for v in counts if v not in vocab)]
    return entries


def _set_curves(edges: list[dict], nodes: dict[str, dict]) -> None:
    """Give each edge a signed curvature ``curve`` (0 straight, > 0 clockwise, < 0 counter-
    clockwise, seen from the pair's first node id): the k-th edge between the same two nodes
    alternates sides, further out each time, and the edges of a pair whose straight line
    would run over a third node bend round it."""
    blocked = _blocked_pairs(edges, nodes)
    for e in edges:
        k = e["parallel"]
        c = 0.0 if k == 0 else (1 if k % 2 else -1) * 0.2 * math.ceil(k / 2)
        f, t = e["from"], e["to"]
        if blocked and ((f, t) if f <= t else (t, f)) in blocked:
            c += 0.35
        if f > t:  # seen from the pair's first node id
            c = -c
        e["curve"] = round(c, 3)


def _blocked_pairs(edges: list[dict], nodes: dict[str, dict], max_nodes: int = 250) -> set:
    """Node pairs whose straight segment passes within (size + 8) px of a third node's centre.
    Skipped (empty) above `max_nodes`: in a big drawing the bent lines only add to the tangle."""
    import numpy as np

    pairs = sorted({tuple(sorted((e["from"], e["to"]))) for e in edges})
    if not pairs or len(nodes) > max_nodes:
        return set()
    ids = list(nodes)
    index = {n: i for i, n in enumerate(ids)}
    P = np.array([[nodes[n]["x"], nodes[n]["y"]] for n in ids], dtype=float)
    R = np.array([nodes[n]["size"] + 8.0 for n in ids], dtype=float)
    a = np.array([index[p[0]] for p in pairs])
    b = np.array([index[p[1]] for p in pairs])
    A, B = P[a], P[b]
    AB = B - A
    L2 = np.maximum((AB**2).sum(axis=1), 1e-9)
    out = set()
    for start in range(0, len(pairs), 512):
        sl = slice(start, start + 512)
        AP = P[None, :, :] - A[sl, None, :]
        t = np.clip((AP * AB[sl, None, :]).sum(axis=2) / L2[sl, None], 0.0, 1.0)
        closest = A[sl, None, :] + t[:, :, None] * AB[sl, None, :]
        d = np.sqrt(((P[None, :, :] - closest) ** 2).sum(axis=2))
        hit = (d < R[None, :]) & (t > 0.0) & (t < 1.0)
        rows = np.arange(start, min(start + 512, len(pairs)))
        hit[np.arange(len(rows)), a[sl]] = False
        hit[np.arange(len(rows)), b[sl]] = False
        for r in rows[hit.any(axis=1)]:
            out.add(pairs[r])
    return out


def _find(G, node_id: str):
    """Node ids are written as str; map back to the graph's own key."""
    return node_id if node_id in G else next(n for n in G.nodes if str(n) == node_id)
