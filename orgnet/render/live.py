"""The live network of the Explorer: an anywidget that draws once and updates in place (render stage).

:class:`NetworkView` is a Jupyter widget (`anywidget <https://anywidget.dev>`_) holding three
pieces of data:

``base``
    :func:`orgnet.render.network.page_data` of the whole graph (every node with its place in
    the whole graph's layout, every edge, the legend, documents, conflicts and merges). Sent
    to the browser once, when the widget is shown, without the links' claims (their sentences
    and citations, most of the bytes): the browser asks for those (a custom message
    ``{"type": "claims", "edges": [index, ...]}``) when a link is shown in the side panel or
    the evidence table, and the widget answers from ``claim_source`` (or ``base``).
``view``
    What is shown now: the indices of the nodes and edges of ``base`` in view, fresh positions
    for a small view, the focus, the highlighted names, the as-of year and the undated links
    to fade. A control change sends only this (a few kilobytes even at 2,000 nodes).
``selected``
    The id of the node or link selected in the drawing (set by a click in the browser, by a
    row of the evidence table, or from Python).
``curating``, ``author``
    Whether the side panel offers corrections ("Not the same body" beside each merged name,
    "Reject this link" on a link), and the author last given there. The panel sends each as a
    custom message ``{"type": "curate", "action": "distinct" | "reject", ...}``; the Explorer
    writes ``curations.yaml`` and replies ``{"type": "curated", "ok", "text", ...}``, which
    the panel shows.
``marks``
    On request, node sizes by a measure and community ring colours (``{"size": {index:
    size}, "ring": {index: colour}, "community": {index: number}}``), sent when asked for.

The browser side (``templates/live.js.j2``) evaluates the vis-network library once per page
(``globalThis.orgnetLiveLoads`` counts how often), builds one drawing per widget and applies
each new ``view`` to it as a difference: nodes and links that left the view are removed, new
ones added, moved ones moved. Zoom, pan and the selection stay. It draws the same nodes,
lines and side panel as a briefing (``style.js.j2``, ``panel.js.j2``) and, under the drawing,
the evidence table of the view: whole quotes, sortable, a row selects its link and a click on a
link selects its row.

The first display is made cheap (issue 13): an Explorer shown from its stored first view
(:mod:`orgnet.explorer.firstview`) sets the base data's text (``_base_json``) and the view
straight from the store, and ``base`` only once it has built the graph (the same text: nothing is
sent again); this module imports networkx and the page data only in the functions that need
them, so that widget is made without them. Otherwise the Explorer makes this widget before it builds
the graph, so the library is evaluated when the model arrives (anywidget's ``initialize``)
while the kernel still works, and ``base`` is parsed as soon as it comes; once its first
view is drawn whole the drawing sends ``{"type": "drawn"}`` (the Explorer shows its controls
then); the drawing gets its data with redraws blocked, each item shown or hidden per the first view:
first the first view's 400 most connected nodes and the links among them, drawn at once, then,
in the task after that first frame, every other node and link, and the view applied again
(marks ``restIn`` and ``complete``; the ``drawn`` message waits for it); nothing is drawn
before the canvas has its size (in JupyterLab the output is laid out after the widget renders:
a frame before would be off centre and wasted); the vis-network
library's text is read from pyvis's folder without importing pyvis (:func:`~orgnet.render.network.vis_network_js`);
views are framed from the nodes' positions (vis-network's own fit measures every node first);
links carry only what differs between them, their labels (the relation, shown on hover or
selection) are made when first needed, and a node whose label sits beside it gets it once the
drawing is zoomed in far enough to read it; every change asks for one animation frame. The
widget records ``performance.now()`` marks of its first display on ``canvas.orgnet.marks``
(``render``, ``library``, ``parsed``, ``network``, ``applied``, ``drawn``, ``restIn``,
``complete``), which
``benchmarks/explorer_browser.py`` reports phase by phase.

:func:`view_of` turns a :class:`orgnet.graph.Selection` into a ``view``; :func:`snapshot_svg`
draws a view as a static SVG picture, which the Explorer puts beside the widget in a saved
notebook for readers without a running kernel.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

# the library's text and the templates only: networkx and pandas (the graph, the page data) are
# imported by the functions that need them, so that a stored first view is shown without them
# (orgnet.explorer.firstview)
from .assets import template_environment, vis_network_js

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "NetworkView",
    "CheckList",
    "base_data",
    "view_of",
    "snapshot_svg",
    "edge_order",
    "whole_layout",
    "layout_cache_dir",
]

#: the layouts :func:`whole_layout` keeps, newest last (graph fingerprint -> positions)
_LAYOUTS: dict[str, dict] = {}
_LAYOUTS_KEPT = 4


#: where :func:`whole_layout` stores layouts between sessions: this variable's folder ("" or
#: "0": nowhere), else ``$XDG_CACHE_HOME/orgnet/layouts`` (``~/.cache/orgnet/layouts``)
LAYOUT_CACHE_ENV = "ORGNET_LAYOUT_CACHE"


def layout_cache_dir() -> Path | None:
    """The folder :func:`whole_layout` stores layouts in (None: not stored).

    >>> from unittest import mock
    >>> with mock.patch.dict("os.environ", {"ORGNET_LAYOUT_CACHE": "0"}):
    ...     layout_cache_dir() is None
    True
    >>> with mock.patch.dict("os.environ", {"ORGNET_LAYOUT_CACHE": "/tmp/x"}):
    ...     str(layout_cache_dir())
    '/tmp/x'
    """
    given = os.environ.get(LAYOUT_CACHE_ENV)
    if given is not None:
        return Path(given).expanduser() if given.strip() not in ("", "0") else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "orgnet" / "layouts"


@functools.lru_cache(maxsize=1)
def _layout_code() -> bytes:
    """The layout's code and the kinds' shapes (a label inside its shape makes another box):
    a stored layout is used only while they are unchanged."""
    from .. import vocabulary
    from . import label_boxes, layout, network, overlaps, radial

    h = hashlib.blake2b(digest_size=20)
    for module in (label_boxes, layout, overlaps, radial, network):
        h.update(Path(str(module.__file__)).read_bytes())
    h.update(json.dumps(vocabulary.kinds(), sort_keys=True, default=str).encode("utf-8"))
    return h.digest()


def layout_positions(G: nx.MultiDiGraph, **kwargs: Any) -> dict:
    """:func:`orgnet.render.network_data.layout_positions` (imported when first called)."""
    from .network_data import layout_positions as positions

    return positions(G, **kwargs)


def _fingerprint(G: nx.MultiDiGraph) -> str:
    """What :func:`layout_positions` of the whole graph depends on, hashed: every node's id,
    label and kind (its label box) and every link's ends (the structure), and the layout's
    code."""
    h = hashlib.blake2b(digest_size=20)
    h.update(_layout_code())
    for n, a in sorted(G.nodes(data=True), key=lambda na: str(na[0])):
        h.update(repr((str(n), a.get("label"), a.get("kind"))).encode("utf-8", "surrogatepass"))
    h.update(b"\x00edges")
    for u, v in sorted((str(u), str(v)) for u, v in G.edges()):
        h.update(repr((u, v)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def whole_layout(G: nx.MultiDiGraph) -> dict:
    """:func:`layout_positions` of `G`, computed once per graph: showing the same network again
    (a notebook cell run again, a second Explorer of the same build, a new kernel) reuses it.
    Layouts are kept by a fingerprint of their nodes' ids, labels and kinds, their links' ends
    and the layout's code (everything the layout depends on): the last few in this process,
    and every one in :func:`layout_cache_dir` (a file a few hundred kilobytes at 2,000 nodes,
    safe to delete; one that cannot be read or written is laid out again). A copy is returned.

    >>> from orgnet.graph import to_graph, example_tables
    >>> G = to_graph(example_tables())
    >>> whole_layout(G) == layout_positions(G) and whole_layout(G) is not whole_layout(G)
    True
    """
    key = _fingerprint(G)
    pos = _LAYOUTS.pop(key, None)
    if pos is None:
        pos = _stored_layout(key, G)
    if pos is None:
        pos = layout_positions(G)
        _store_layout(key, pos)
    _LAYOUTS[key] = pos
    while len(_LAYOUTS) > _LAYOUTS_KEPT:
        _LAYOUTS.pop(next(iter(_LAYOUTS)))
    return dict(pos)


def _stored_layout(key: str, G: nx.MultiDiGraph) -> dict | None:
    """The layout stored under `key`, if it is there, whole and of `G`'s nodes."""
    folder = layout_cache_dir()
    if folder is None:
        return None
    try:
        rows = json.loads((folder / f"{key}.json").read_text("utf-8"))
        by_text = {str(n): n for n in G.nodes}
        pos = {by_text[str(n)]: (float(x), float(y)) for n, x, y in rows}
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return pos if len(pos) == G.number_of_nodes() else None


def _store_layout(key: str, pos: Mapping) -> None:
    """Store a layout under `key` (atomically; a failure only means it is laid out again)."""
    folder = layout_cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps([[str(n), x, y] for n, (x, y) in pos.items()], separators=(",", ":")), "utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass


def edge_order(G: nx.MultiDiGraph) -> list[tuple]:
    """The edges ``(u, v, key)`` of `G` in the order of :func:`page_data`'s ``edges`` (by the
    text of source, target and key), so ``base["edges"][i]`` is edge ``edge_order(G)[i]``.

    >>> from orgnet.graph import to_graph, example_tables
    >>> G = to_graph(example_tables())
    >>> from orgnet.render.network import page_data
    >>> [(e["from"], e["to"]) for e in page_data(G)["edges"]] == [(u, v) for u, v, _ in edge_order(G)]
    True
    """
    return sorted(G.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def base_data(G: nx.MultiDiGraph, *, positions: Mapping | None = None, **page_kwargs: Any) -> dict:
    """:func:`page_data` of the whole graph `G`, laid out once (or at `positions`).

    >>> from orgnet.graph import to_graph, example_tables
    >>> b = base_data(to_graph(example_tables()))
    >>> len(b["nodes"]), len(b["edges"]), all("x" in n for n in b["nodes"])
    (8, 9, True)
    """
    from .network_data import page_data

    if positions is None:
        positions = layout_positions(G)
    return page_data(G, positions=positions, **page_kwargs)


def view_of(
    G: nx.MultiDiGraph,
    sel: Any,
    *,
    node_index: Mapping,
    edge_index: Mapping,
    positions: Mapping | None = None,
    fit: bool = False,
    seq: int = 0,
) -> dict:
    """The ``view`` message for a selection of `G`: indices into the base data, not the data.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole graph the base data was made of.
    sel : orgnet.graph.Selection
        What to show.
    node_index, edge_index : mapping
        Node id -> index and ``(u, v, key)`` -> index in the base data.
    positions : mapping, optional
        Fresh ``node -> (x, y)`` for this view (None: every node at its place in the base).
    fit : bool
        Whether the browser frames the view anew (else zoom and pan stay).
    seq : int
        A counter: the browser reports the last view it drew by it.

    >>> from orgnet.graph import to_graph, example_tables, select_view
    >>> G = to_graph(example_tables())
    >>> nodes = {n["id"]: i for i, n in enumerate(base_data(G)["nodes"])}
    >>> edges = {e: i for i, e in enumerate(edge_order(G))}
    >>> v = view_of(G, select_view(G, kinds=("person",)), node_index=nodes, edge_index=edges)
    >>> len(v["nodes"]), v["edges"], v["focus"]
    (3, [], None)
    """
    H = sel.graph
    params = getattr(sel, "params", {}) or {}
    year = params.get("year")
    edges, faded = [], []
    for u, v, k, a in H.edges(keys=True, data=True):  # one walk over the view's edges
        i = edge_index[(u, v, k)]
        edges.append(i)
        if year is not None and a.get("undated") is True:
            faded.append(i)
    return {
        "seq": int(seq),
        "nodes": sorted(node_index[n] for n in H.nodes),
        "edges": sorted(edges),
        "positions": None
        if positions is None
        else {str(node_index[n]): [round(float(x), 1), round(float(y), 1)] for n, (x, y) in positions.items()},
        "focus": None if sel.focus is None else str(sel.focus),
        "highlight": [str(n) for n in sel.highlight],
        "year": None if year is None else int(year),
        "faded": sorted(faded),
        "fit": bool(fit),
    }


@functools.lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    """The widget's ES module and CSS, rendered once from the templates."""
    env = template_environment()
    return env.get_template("live.js.j2").render(), env.get_template("live.css.j2").render()


@functools.lru_cache(maxsize=1)
def _widget_class() -> type:
    import anywidget
    import traitlets

    esm, css = _assets()

    class NetworkView(anywidget.AnyWidget):
        """The live drawing (see :mod:`orgnet.render.live`)."""

        _esm = esm
        _css = css
        _vis = traitlets.Unicode("").tag(sync=True)
        # the base data travels as one JSON text: as a synced dict, ipywidgets would walk all of
        # it looking for binary buffers (a quarter of a second at 2,000 nodes)
        base = traitlets.Dict()
        _base_json = traitlets.Unicode("").tag(sync=True)
        view = traitlets.Dict().tag(sync=True)
        selected = traitlets.Unicode("").tag(sync=True)
        height = traitlets.Int(560).tag(sync=True)
        max_rows = traitlets.Int(200).tag(sync=True)
        marks = traitlets.Dict().tag(sync=True)
        # corrections from the side panel (with a documents folder): the panel offers them, and
        # remembers the last author given
        curating = traitlets.Bool(False).tag(sync=True)
        author = traitlets.Unicode("").tag(sync=True)

        #: ``f(indices) -> ({str(index): claims}, {document: title})``: the claims of the links at
        #: these indices of ``base["edges"]``, leaving out indices it has no link at (None: those
        #: ``base`` holds)
        claim_source: Any = None

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.on_msg(self._claims_asked)

        @traitlets.observe("base")
        def _send_base(self, change: Any) -> None:
            # without the links' claims (most of the bytes): the drawing asks for them when a
            # link is shown in the side panel or the evidence table
            base = change["new"]
            edges = base.get("edges", ())
            if any("claims" in e for e in edges):
                base = {**base, "edges": [{k: v for k, v in e.items() if k != "claims"} for e in edges]}
            self._base_json = json.dumps(base, separators=(",", ":"))

        def _claims_asked(self, widget: Any, content: Any, buffers: Any) -> None:
            """Answer the drawing's ``{"type": "claims", "edges": [index, ...]}``."""
            if not isinstance(content, dict) or content.get("type") != "claims":
                return
            asked = {i for i in content.get("edges") or () if isinstance(i, int) and i >= 0}
            if self.claim_source is not None:  # it knows its links (and may still be reading them)
                claims, documents = self.claim_source(sorted(asked))
            else:
                n = len(self.base.get("edges", ()))
                claims = {str(i): self.base["edges"][i].get("claims", []) for i in sorted(asked) if i < n}
                documents = {}
            self.send({"type": "claims", "claims": claims, "documents": documents})

    return NetworkView


def NetworkView(**kwargs: Any) -> Any:
    """A new live drawing widget; keyword arguments set its traits (``base``, ``view``,
    ``height``, ``max_rows``, ``selected``). The vis-network library rides along once.

    >>> NetworkView(height=300) is not NetworkView(height=300)
    True
    """
    return _widget_class()(_vis=vis_network_js(), **kwargs)


@functools.lru_cache(maxsize=1)
def _checklist_class() -> type:
    import anywidget
    import traitlets

    env = template_environment()

    class CheckList(anywidget.AnyWidget):
        """Checkboxes with counts (see :func:`CheckList`)."""

        _esm = env.get_template("checklist.js.j2").render()
        _css = env.get_template("checklist.css.j2").render()
        title = traitlets.Unicode("").tag(sync=True)
        options: Any = traitlets.List().tag(sync=True)
        value: Any = traitlets.List().tag(sync=True)
        max_height = traitlets.Int(170).tag(sync=True)

    return CheckList


def CheckList(title: str, options: list[dict], value: Any = None, max_height: int = 170) -> Any:
    """A titled list of checkboxes: ``options`` are dicts ``{"value", "label", "count",
    "colour", "shape", "line", "detail"}`` (only ``value`` and ``label`` needed); ``value`` is
    the list of ticked values (default all), in the options' order. "all" and "none" links
    tick or untick every box; a filter box appears with more than 12 options.

    >>> c = CheckList("Kinds", [{"value": "person", "label": "person", "count": 3}])
    >>> c.value
    ['person']
    """
    ticked = [o["value"] for o in options] if value is None else list(value)
    return _checklist_class()(title=title, options=options, value=ticked, max_height=max_height)


# --------------------------------------------------------------------------- static snapshot


def snapshot_svg(base: Mapping, view: Mapping, *, width: int = 900, height: int = 560, labels: int = 25) -> str:
    """The view drawn as a plain SVG picture: links as lines in their relation's colour, nodes
    as dots in their kind's colour, the labels of the `labels` most connected nodes. For
    readers of a saved notebook without a kernel; the live widget draws the real thing.

    >>> from orgnet.graph import to_graph, example_tables, select_view
    >>> G = to_graph(example_tables())
    >>> b = base_data(G)
    >>> v = view_of(G, select_view(G), node_index={n["id"]: i for i, n in enumerate(b["nodes"])},
    ...             edge_index={e: i for i, e in enumerate(edge_order(G))})
    >>> svg = snapshot_svg(b, v)
    >>> svg.startswith("<svg") and svg.count("<circle") == 8 and svg.count("<line") == 9
    True
    """
    from .network_data import FONT_PX

    nodes = [base["nodes"][i] for i in view.get("nodes", [])]
    edges = [base["edges"][i] for i in view.get("edges", [])]
    fresh = view.get("positions") or {}
    index = {n["id"]: i for i, n in enumerate(base["nodes"])}
    pos = {}
    for n in nodes:
        p = fresh.get(str(index[n["id"]]))
        pos[n["id"]] = (float(p[0]), float(p[1])) if p else (float(n["x"]), float(n["y"]))
    kinds = {k["kind"]: k for k in base.get("kinds", [])}
    rels = {r["relation"]: r for r in base.get("relations", [])}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px;border:1px solid #d9dee2;background:#fff" role="img" '
        f'aria-label="orgnet network: {len(nodes)} nodes, {len(edges)} links">'
    ]
    if not nodes:
        out.append(
            f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" font-size="16" '
            'fill="#5c6670">No nodes in this view.</text></svg>'
        )
        return "".join(out)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 40.0
    span = max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0)
    scale = min((width - 2 * pad) / span[0], (height - 2 * pad) / span[1], 1.5)
    ox = (width - scale * span[0]) / 2 - scale * min(xs)
    oy = (height - scale * span[1]) / 2 - scale * min(ys)

    # each node's place on the picture worked out once (a line needs two), each colour escaped once
    at = {i: (round(ox + scale * x, 1), round(oy + scale * y, 1)) for i, (x, y) in pos.items()}
    rel_colour = {r: html.escape(spec.get("colour", "#999999")) for r, spec in rels.items()}
    kind_colour = {k: html.escape(spec.get("colour", "#c7c7c7")) for k, spec in kinds.items()}

    degree: dict[str, int] = {n["id"]: 0 for n in nodes}
    for e in edges:
        degree[e["from"]] = degree.get(e["from"], 0) + 1
        degree[e["to"]] = degree.get(e["to"], 0) + 1
    for e in edges:
        (x1, y1), (x2, y2) = at[e["from"]], at[e["to"]]
        colour = rel_colour.get(e["relation"], "#999999")
        dash = ' stroke-dasharray="6 4"' if e.get("dashed") else ""
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="1.6"{dash}/>')
    for n in nodes:
        x, y = at[n["id"]]
        colour = kind_colour.get(n["kind"], "#c7c7c7")
        r = round(max(3.0, min(12.0, 3.0 + 2.0 * math.sqrt(degree[n["id"]]))), 1)
        ring = ' stroke="#f2a900" stroke-width="3"' if n["id"] == view.get("focus") else ' stroke="#ffffff"'
        out.append(
            f'<circle cx="{x}" cy="{y}" r="{r}" fill="{colour}"{ring}><title>{html.escape(n["label"])}</title></circle>'
        )
    top = sorted(nodes, key=lambda n: (-degree[n["id"]], n["label"]))[:labels]
    for n in top:
        x, y = at[n["id"]]
        text = n["label"] if len(n["label"]) <= 40 else n["label"][:39] + "\u2026"
        out.append(
            f'<text x="{x}" y="{round(y - 9, 1)}" text-anchor="middle" font-size="{FONT_PX - 2}" '
            'font-family="system-ui, sans-serif" fill="#1d2328" stroke="#ffffff" stroke-width="3" '
            f'paint-order="stroke">{html.escape(text)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
