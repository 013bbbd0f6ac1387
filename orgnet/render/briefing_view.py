"""Which graph a briefing draws, and what its page says about it: :func:`briefing_graph`
(the view, its focus or path, the filters' notes, communities and node sizes), and the tables a
path or fronts briefing shows beside the drawing."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

import networkx as nx

from .. import graph as _graph
from .. import vocabulary
from ..errors import InputError
from ..graph.lookup import node_label
from ..tables import Tables

__all__ = ["VIEWS", "SIZE_MEASURES", "briefing_graph"]

VIEWS = ("ego", "hierarchy", "fronts", "path")

#: the measures a briefing can size nodes by (``size_by``), with the legend's words for each
SIZE_MEASURES = {
    "degree": "number of links in the whole network",
    "betweenness": "betweenness in the whole network (how often a node lies on the shortest paths between others)",
    "pagerank": "PageRank in the whole network (links point the way rank flows: subject to object)",
    "eigenvector": "eigenvector centrality in the whole network (links to well-linked nodes count more)",
}

# path briefings: horizontal px per step of the shortest path, vertical px between paths
_PATH_DX, _PATH_DY = 240.0, 150.0


def _as_list(values: Any, what: str, known: dict) -> list[str] | None:
    """``None`` or a list of names, each checked against the vocabulary (``a,b`` allowed)."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in str(v).split(",") if x.strip())
    if not out:
        raise InputError(f"{what}: give at least one name (known: {', '.join(known)})")
    for v in out:
        if v not in known:
            raise InputError(f"unknown {what[:-1]} {v!r}; known {what}: {', '.join(known)}")
    return out


def briefing_graph(
    tables: Tables,
    *,
    view: str = "ego",
    focus: str | None = None,
    depth: int = 2,
    as_of: int | None = None,
    relations: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    path: Sequence[str] | None = None,
    communities: bool = False,
    size_by: str | None = None,
) -> tuple[nx.MultiDiGraph, dict]:
    """The graph a briefing draws, and what the page says about it.

    Parameters are those of :func:`briefing_html`.

    Returns
    -------
    (networkx.MultiDiGraph, dict)
        The view's graph, and ``title``, ``subtitle``, ``notes``, ``focus`` (a node id or
        None), ``root`` (for hierarchy views), ``fronts`` (the fronts table, for the
        fronts view), ``paths`` (:class:`orgnet.graph.Paths`, for the path view) and
        ``positions`` (node -> (x, y), for the path view; None otherwise), ``communities``
        (node -> community number, or None) and ``sizes`` / ``size_by`` (node -> value of
        the measure and its words for the legend, or None).

    Raises
    ------
    UnknownNodeError
        When `focus` or an end of `path` names no node (the message suggests the closest names).
    InputError
        When the view is unknown, a focus is missing (ego, hierarchy) or given to the fronts
        or path view, a kind or relation is not in the vocabulary, the filters drop the
        focus or an end of the path, no path joins its ends, or `size_by` is unknown.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> G, info = briefing_graph(example_tables(), view="hierarchy", focus="MOW")
    >>> sorted(G), info["root"]  # doctest: +NORMALIZE_WHITESPACE
    (['bureau-of-sprockets', 'gadget-friendship-society', 'ministry-of-widgets', 'widget-research-institute'],
     'ministry-of-widgets')
    >>> G, info = briefing_graph(example_tables(), view="ego", focus="Li Wei", depth=1)
    >>> info["title"]
    'Li Wei: neighbourhood'
    >>> G, info = briefing_graph(example_tables(), path=("Li Wei", "MOW"), communities=True)
    >>> info["subtitle"][:73]
    'How Li Wei is connected to Ministry of Widgets: 2 paths of lengths 2 to 3'
    >>> info["communities"]["li-wei"], sorted(G)[:2]
    (1, ['bureau-of-sprockets', 'li-wei'])
    """
    view, ends = _check_view(view, focus, depth, path, size_by)
    relations = _as_list(relations, "relations", vocabulary.relations())
    kinds = _as_list(kinds, "kinds", vocabulary.kinds())
    full = _graph.to_graph(tables)
    node, ends = _focus_node(full, view, focus, ends)
    year = _year(as_of)
    # the Explorer's view: as of the year, then the filters, then (ego view) the neighbourhood
    sel = _graph.select_view(
        full, kinds=kinds, relations=relations, year=year, focus=node if view == "ego" else None, depth=depth, path=ends
    )
    G = sel.graph
    notes = _filter_notes(year, kinds, relations)
    _check_selection(full, sel, view, node, ends, notes)

    info: dict[str, Any] = {
        "focus": node,
        "root": None,
        "fronts": None,
        "notes": notes,
        "paths": None,
        "positions": None,
        "communities": None,
        "sizes": None,
        "size_by": None,
    }
    V = _view_graph(view, full, sel, node, ends, depth, info)
    if as_of is not None:
        info["title"] += f", as of {int(as_of)}"
    if communities or size_by is not None:
        # on the network as filtered, before the cut to a focus or a path
        whole = (
            G
            if view in ("fronts", "hierarchy")
            else _graph.select_view(full, kinds=kinds, relations=relations, year=year).graph
        )
        _marks(whole, info, communities, size_by)
    return V, info


def _focus_node(full: nx.MultiDiGraph, view: str, focus: str | None, ends: tuple | None) -> tuple:
    """The node a view is about (None for the fronts and path views) and the path's ends as
    node ids; an error when the view needs a focus and has none, or takes none and has one."""
    node = None
    if view == "fronts":
        if focus is not None:
            raise InputError("the fronts view shows every front; it takes no focus (use --view ego --focus NAME)")
    elif ends is not None:
        ends = (_graph.find_node(full, ends[0]), _graph.find_node(full, ends[1]))
    elif focus is None or not str(focus).strip():
        raise InputError(f"the {view} view needs a focus: the name, alias or id of a node (--focus NAME)")
    else:
        node = _graph.find_node(full, str(focus))
    return node, ends


def _year(as_of) -> int | None:
    if as_of is None:
        return None
    try:
        return int(as_of)
    except (TypeError, ValueError):
        raise InputError(f"as_of must be a year, not {as_of!r}") from None


def _check_selection(full: nx.MultiDiGraph, sel, view: str, node: str | None, ends: tuple | None, notes: list) -> None:
    """An error when the filters dropped the focus, or no path joins the path's ends."""
    if node is not None and (sel.focus is None if view == "ego" else node not in sel.graph):
        raise InputError(
            f"{node_label(full, node)!r} ({node}) is not in the network once the filters are applied "
            f"({'; '.join(notes)}); loosen --as-of/--kinds/--relations"
        )
    if ends is not None and not sel.paths:
        why = sel.paths.message if sel.paths is not None else " ".join(sel.problems)
        raise InputError(
            f"{why} (links are followed either way, at most {_graph.DEFAULT_MAX_LENGTH} steps"
            f"{'; ' + '; '.join(notes) if notes else ''})"
        )


def _marks(whole: nx.MultiDiGraph, info: dict, communities: bool, size_by: str | None) -> None:
    """Communities (ring colours, with a note) and node sizes by a measure, into ``info``."""
    notes = info["notes"]
    if communities:
        info["communities"] = _graph.communities(whole)
        n = len(set(info["communities"].values()))
        notes.append(
            f"Ring colour: community, found in the whole network{' as filtered' if notes else ''} "
            f"(Louvain method, seed 0): {n} communit{'y' if n == 1 else 'ies'}, numbered by size."
        )
    if size_by is not None:
        info["sizes"], info["size_by"] = _graph.node_measure(whole, size_by), SIZE_MEASURES[size_by]


def _check_view(
    view: str, focus: str | None, depth: int, path: Sequence[str] | None, size_by: str | None
) -> tuple[str, tuple[str, str] | None]:
    """:func:`briefing_graph`'s checks of the view's arguments: (the view, the path's two
    names or None); ``path`` alone makes a path view."""
    if path is not None and view == "ego":
        view = "path"  # path=(a, b) alone asks for the path view
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if size_by is not None and size_by not in SIZE_MEASURES:
        raise InputError(f"unknown size_by {size_by!r}; choose one of {', '.join(SIZE_MEASURES)}")
    ends: tuple[str, str] | None = None
    if view == "path":
        if path is None:
            raise InputError("the path view needs two nodes: path=(A, B) (--path A B)")
        if isinstance(path, str) or len(path) != 2:
            raise InputError(f"path must be two node names (A, B), not {path!r}")
        if focus is not None:
            raise InputError("the path view takes no focus: its ends are the two nodes of path=(A, B)")
        ends = (str(path[0]), str(path[1]))
    elif path is not None:
        raise InputError(f"path=(A, B) makes a path view; it cannot be drawn as the {view} view")
    if not isinstance(depth, int) or isinstance(depth, bool) or depth < 0:
        raise InputError(f"depth must be a whole number >= 0, not {depth!r}")
    return view, ends


def _filter_notes(year: int | None, kinds: list[str] | None, relations: list[str] | None) -> list[str]:
    """The page's sentences about the year and the filters of a briefing."""
    notes = []
    if year is not None:
        notes.append(
            f"As of {year}: links dated outside {year} and bodies founded later are left out; undated links are kept."
        )
    if relations is not None or kinds is not None:
        shown = []
        if kinds is not None:
            shown.append("kinds " + ", ".join(vocabulary.kinds()[k].get("label", k) for k in kinds))
        if relations is not None:
            shown.append("relations " + ", ".join(vocabulary.relations()[r].get("label", r) for r in relations))
        notes.append("Only " + "; ".join(shown) + ".")
    return notes


def _view_graph(
    view: str,
    full: nx.MultiDiGraph,
    sel: _graph.Selection,
    node: str | None,
    ends: tuple[str, str] | None,
    depth: int,
    info: dict[str, Any],
) -> nx.MultiDiGraph:
    """The graph each view draws from the selection `sel`, its title and subtitle set in `info`
    (and the view's own entries: paths and positions, root, the fronts table)."""
    G = sel.graph
    if view == "path":
        assert ends is not None and sel.paths is not None
        info["focus"], info["paths"] = ends[0], sel.paths
        info["positions"] = _path_positions(sel.paths)
        info["title"] = f"{node_label(full, ends[0])} to {node_label(full, ends[1])}: paths"
        info["subtitle"] = (
            f"{sel.paths.message[:-1]}, following links in either direction; "
            "the table under the drawing gives the evidence of each step."
        )
        return G
    if view == "ego":
        assert node is not None  # the ego and hierarchy views have a focus (checked above)
        label = node_label(full, node)
        info["title"] = f"{label}: neighbourhood"
        info["subtitle"] = (
            f"Everything within {depth} step{'s' if depth != 1 else ''} of {label}, "
            "following links in either direction."
        )
        return G
    if view == "hierarchy":
        assert node is not None
        V = _graph.hierarchy_graph(G, node)
        label = node_label(full, node)
        rels = ", ".join(vocabulary.relations()[r].get("label", r) for r in _graph.HIERARCHY_RELATIONS)
        info["root"] = node
        info["title"] = f"{label}: hierarchy"
        info["subtitle"] = (
            f"The bodies under {label}, found by following {rels} links upwards; "
            "every other link among them is drawn too."
        )
        return V
    table = _graph.fronts(G)
    info["fronts"] = table
    info["title"] = "Front organizations"
    info["subtitle"] = (
        f"{len(table)} bodies the sources call a front for another, with what they front "
        "for, who runs, funds and founded them, and whom they target."
    )
    return _graph.fronts_graph(G, table)


def _path_positions(found: _graph.Paths) -> dict:
    """Path briefing layout: the first end on the left, the other on the right, each path in
    a lane of its own (the shortest in the middle, the next above, then below ...), each
    node placed by how far along its first path it lies."""
    width = _PATH_DX * max(1, min(found.lengths))
    pos: dict[str, tuple[float, float]] = {}
    for i, p in enumerate(found.nodes):
        lane = 0 if i == 0 else (-1 if i % 2 else 1) * ((i + 1) // 2)
        for j, n in enumerate(p):
            if n not in pos:
                pos[n] = (round(width * j / (len(p) - 1), 1), lane * _PATH_DY)
    return pos


def _path_table(found: _graph.Paths) -> dict:
    """The steps of a path briefing's paths, one row per link; the path and the step are
    written on the first row of each (the rows under it belong to the same one)."""
    rows, last = [], (None, None)
    for rec in found.steps.to_dict("records"):
        conf = rec.get("confidence")
        new_path, new_step = rec["path"] != last[0], (rec["path"], rec["step"]) != last
        last = (rec["path"], rec["step"])
        rows.append(
            [
                str(rec["path"]) if new_path else "",
                f"{rec['step']} of {rec['length']}" if new_step else "",
                f"{rec['from_label']} \u2192 {rec['to_label']}" if new_step else "",
                rec["reads"],
                "along the arrow" if rec["direction"] == "forward" else "against the arrow",
                rec["evidence"] or "",
                "" if conf is None or conf != conf else f"{float(conf):.2f}",
                rec["hedge"] or "",
                "; ".join(x for x in str(rec["docs"] or "").split(";") if x),
            ]
        )
    return {
        "title": "The steps of each path, with their evidence",  # one table, however many paths
        "columns": [
            "path",
            "step",
            "step from \u2192 to",
            "link (subject, relation, object)",
            "direction",
            "evidence",
            "confidence",
            "hedge",
            "documents",
        ],
        "rows": rows,
        "caption": "One row per link on each step (a step joined by several relations has a row for each), "
        "the shortest and best-supported path first. 'Against the arrow': the path goes from the "
        "object of the relation to its subject.",
    }


def _fronts_table(table) -> dict:
    cols = [
        ("front_label", "front"),
        ("fronts_for", "fronts for"),
        ("run_by", "run by"),
        ("funded_by", "funded by"),
        ("established_by", "established by"),
        ("targets", "targets"),
        ("evidence", "evidence"),
        ("confidence", "confidence"),
        ("hedge", "hedge"),
        ("docs", "documents"),
    ]
    rows = []
    for rec in table.to_dict("records"):
        row = []
        for c, _ in cols:
            v = rec.get(c)
            if c == "confidence" and v is not None:
                v = f"{float(v):.2f}"
            elif c in ("fronts_for", "run_by", "funded_by", "established_by", "targets", "docs", "hedge"):
                v = "; ".join(x for x in str(v or "").split(";") if x)
            row.append("" if v is None else str(v))
        rows.append(row)
    return {
        "title": "Front organizations: the table",
        "columns": [h for _, h in cols],
        "rows": rows,
        "caption": "One row per front; the evidence is the quote behind each 'front for' link.",
    }
