"""The Explorer: filter, focus and search a build's network in a notebook (render stage).

``orgnet.Explorer(tables)`` shows, in JupyterLab, VS Code or any front end that runs
ipywidgets, the live network of the current selection with its side panel and, under it, the
evidence table of the view; the filters sit in a column on the left, the other controls in a
bar over the drawing:

==================  ========================================================================
kinds, relations    checkboxes with counts and colours: keep nodes of the ticked kinds, edges
                    of the ticked relations ("all" / "none" tick or untick every box)
documents           checkboxes, by title: keep edges that the ticked documents support
minimum confidence  slider: keep edges at least this confident
as of               year slider plus an "all years" box: the network as it stood in a year
                    (:func:`orgnet.graph.as_of`; undated links are kept and faded)
show undated links  box: untick to hide every link no source gives a year (in any year)
focus, depth        combobox of every label and alias, and a slider: only the neighbourhood
                    of that node, `depth` steps out (:func:`orgnet.graph.ego`); a name that
                    matches nothing says so
find                text: highlights the nodes whose name or alias matches, and selects the
                    best match in the drawing
export              writes the current view as a briefing HTML file and reports its path
==================  ========================================================================

The selection itself is pure Python: :func:`orgnet.graph.select_view` (also used by the
briefings, and importable from here) maps control values to a :class:`~orgnet.graph.Selection`
(the subgraph, its edge table, the highlighted nodes), so it can be used and tested without a
browser; :meth:`Explorer.selection` calls it with the widgets' values.
Everything is computed on the graph built once from the tables (never by rebuilding tables).

The drawing is :class:`orgnet.render.live.NetworkView`, an anywidget: the whole network (laid
out once) goes to the browser once; a control change sends only the view (which nodes and
edges, fresh positions for a view of up to :data:`FRESH_LAYOUT_MAX` nodes), and the browser
updates the drawing in place, keeping zoom, pan and selection. A click in the drawing shows
the node or link in the side panel and its row in the evidence table (and the other way
round). Given the documents folder (``curations=``), the side panel offers corrections: "Not the
same body" beside each name merged into a node (under "Why these names are one body") and
"Reject this link" on a link; each asks for an author and a reason and writes a
``curations.yaml`` entry through :mod:`orgnet.curate`, then shows what the next build changes.
A saved notebook shows, where no kernel runs the widget, a still SVG picture of the view.

What it does not do: it does not edit the tables (corrections go to ``curations.yaml`` and
the next build).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import html
import json
import os
import time
from pathlib import Path
from typing import Any

import pandas as pd

from . import vocabulary
from .cells import split_cell as _split
from .errors import InputError, UnknownNodeError
from .graph import DEFAULT_DEPTH, EDGE_COLUMNS, UNKNOWN_KIND, Selection, edge_table, find_node, select_view, to_graph
from .graph.lookup import node_label as _label
from .graph.lookup import node_names as _names
from .tables import Tables, read_tables

__all__ = ["Explorer", "Selection", "select_view", "edge_table", "edge_table_html", "EDGE_COLUMNS",
           "FRESH_LAYOUT_MAX", "UNKNOWN_KIND", "KEYS"]

#: views with at most this many nodes are laid out afresh; bigger ones reuse the whole graph's layout
FRESH_LAYOUT_MAX = 300


# --------------------------------------------------------------------------- the selection


def _years(a: dict) -> str:
    """The years of an edge for a table: each interval ``1990\u20131995``, comma-separated, or the
    ``start``/``end`` pair when there is no ``intervals`` text."""
    spans = a.get("intervals")
    if isinstance(spans, str) and spans.strip():
        return ", ".join(x.strip().replace("-", "\u2013") for x in spans.split(";") if x.strip())
    s, e = a.get("start"), a.get("end")
    if s is None and e is None:
        return ""
    return f"{'' if s is None else s}\u2013{'' if e is None else e}"


# --------------------------------------------------------------------------- HTML pieces


def _cell(value: Any) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value), quote=True)


_TABLE_CSS = """<style>
.orgnet-edges { max-height: 360px; overflow: auto; border: 1px solid #d9dee2; }
.orgnet-edges table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
.orgnet-edges th { position: sticky; top: 0; background: #f6f8f9; text-align: left; padding: 3px 6px; }
.orgnet-edges td { text-align: left; vertical-align: top; padding: 3px 6px; border-top: 1px solid #e3e7ea; }
.orgnet-edges tr.hit td { background: #fff3c4; }
.orgnet-edges td { overflow-wrap: break-word; }
.orgnet-edges td.name { min-width: 8em; max-width: 16em; }
.orgnet-edges td.rel, .orgnet-edges td.years, .orgnet-edges td.num { white-space: nowrap; }
.orgnet-edges td.docs { min-width: 10em; max-width: 18em; font-size: 11px; color: #3b444c; }
.orgnet-edges td.docs .file { color: #7b858e; font-size: 10px; }
.orgnet-edges td.evidence { min-width: 16em; max-width: 40em; }
.orgnet-edges .tag { font-size: 11px; padding: 0 4px; border-radius: 3px; background: #fff1d6; color: #7a4b00; }
.orgnet-edges caption { caption-side: top; text-align: left; padding: 3px 6px; color: #5c6670; }
</style>"""


_CELL_CLASSES = ("name", "rel", "name", "years", "title", "num", "hedge", "docs", "evidence")


def _doc_name(doc: str, titles: dict[str, str]) -> str:
    """A document as a person reads it: ``title (file name)``, or the file name alone."""
    t = titles.get(doc, "")
    return f"{t} ({doc})" if t else doc


def _doc_cell(doc: str, titles: dict[str, str]) -> str:
    """A document in an HTML cell: its title, the file name small and grey (escaped)."""
    t = titles.get(doc, "")
    if not t:
        return _cell(doc)
    return f'{_cell(t)} <span class="file">{_cell(doc)}</span>'


def edge_table_html(edges: pd.DataFrame, max_rows: int = 200, titles: dict[str, str] | None = None) -> str:
    """The edge table as an HTML ``<table>``, every cell escaped with :func:`html.escape`;
    documents by their `titles` (``{file name: title}``), the file name as a detail.

    Highlighted rows carry ``class="hit"``; undated rows under an as-of year say so; at most
    `max_rows` rows are written (a caption says how many there are).

    >>> from orgnet.graph import example_tables
    >>> page = edge_table_html(edge_table(to_graph(example_tables())), max_rows=2)
    >>> page.count("<tr") - 1, "first 2 of 9" in page
    (2, True)
    """
    rel_vocab = vocabulary.relations()
    head = ("from", "relation", "to", "years", "title", "confidence", "hedge", "documents", "evidence")
    out = [_TABLE_CSS, '<div class="orgnet-edges"><table>']
    n = len(edges)
    if n > max_rows:
        out.append(f"<caption>Showing the first {max_rows} of {n} edges (highlighted first); "
                   "the export holds them all.</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>")
    for rec in edges.head(max_rows).to_dict("records"):
        years = _years({"start": None if pd.isna(rec["start"]) else rec["start"],
                        "end": None if pd.isna(rec["end"]) else rec["end"], "intervals": rec.get("intervals")})
        if rec.get("undated") is True:
            years = '<span class="tag">undated</span>'
        else:
            years = _cell(years)
        conf = "" if pd.isna(rec["confidence"]) else f"{float(rec['confidence']):.2f}"
        rel = rel_vocab.get(rec["relation"], {}).get("label", rec["relation"])
        cells = [_cell(rec["source_label"]), _cell(rel), _cell(rec["target_label"]), years, _cell(rec["title"]),
                 conf, _cell(rec["hedge"]), "<br>".join(_doc_cell(d, titles or {}) for d in _split(rec["docs"])),
                 _cell(rec["evidence"])]
        cls = ' class="hit"' if rec["highlighted"] else ""
        out.append(f"<tr{cls}>" + "".join(f'<td class="{k}">{c}</td>' for k, c in zip(_CELL_CLASSES, cells))
                   + "</tr>")
    if n == 0:
        out.append(f'<tr><td colspan="{len(head)}">No edges in this view.</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


# --------------------------------------------------------------------------- the widget


def _kind_label(kind: str) -> str:
    return vocabulary.kinds().get(kind, {}).get("label", kind or "unknown kind")


def _short(text: str, n: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


#: the key to the drawing's lines and sizes, under the drawing (the checklists carry the colours)
KEYS = ("dashed line: hedged (reported, alleged, disputed) or confidence < 0.5 \u00b7 faded line: undated link "
        "in a year's view \u00b7 orange ring: focus \u00b7 node size: links in the whole network \u00b7 labels: the "
        "most connected nodes always, the rest as you zoom in")


class Explorer:
    """Controls over a build's network and, beside them, the live network, its side panel and
    the evidence table of the view.

    Parameters
    ----------
    tables : Tables or path
        A build's tables (``orgnet.build(...)``), or the folder ``orgnet build`` wrote them to.
    height : int
        Height of the drawing and its side panel, in pixels.
    export_path : str or path
        Where the export button writes (editable in the widget); relative to the working
        directory.
    max_table_rows : int
        Rows of the evidence table shown at first (a button shows more; the export and
        ``explorer.state.edges`` hold every edge).
    layout : {"auto", "fresh", "fixed"}
        ``fresh`` lays every view out anew, ``fixed`` draws every view at the positions of
        the whole graph (computed once), ``auto`` (default) lays out views of up to
        :data:`FRESH_LAYOUT_MAX` nodes anew and draws bigger ones at the fixed positions.
    curations : str or path, optional
        The documents folder: the side panel's *Not the same body* (beside a merged name) and
        *Reject this link* buttons write ``curations.yaml`` there (see :mod:`orgnet.curate`);
        without it the panel offers no corrections. The next build applies them.

    Attributes
    ----------
    kinds, relations, documents : orgnet.render.live.CheckList
        Checkboxes with counts; ``.value`` is the list of ticked kinds, relations, documents.
    min_confidence : ipywidgets.FloatSlider
    year : ipywidgets.IntSlider
    all_years : ipywidgets.Checkbox
    undated : ipywidgets.Checkbox
        "show undated links": untick to hide the links no source gives a year.
    focus : ipywidgets.Combobox
    depth : ipywidgets.IntSlider
    search : ipywidgets.Text
    export_path : ipywidgets.Text
    export_button, reset_button : ipywidgets.Button
    network : orgnet.render.live.NetworkView
        The live drawing; ``network.view`` is what it shows, ``network.selected`` the id of
        the node or link selected in it, ``network.author`` the author last given in its
        side panel.
    counts, status, legend, export_status : ipywidgets.HTML
    panels : ipywidgets.Accordion
        Folded under the drawing: the export.
    curations : pathlib.Path or None
        The documents folder corrections are written to.
    corrected : list of str
        What each correction made from the side panel said it changes, in order.
    widget : ipywidgets.VBox
        Everything; displaying the Explorer displays it.
    graph : networkx.MultiDiGraph
        The whole network, built once.
    state : Selection
        What is shown now.
    redraw_ms : float
        How long the last redraw took in Python (selection and the view message).
    last_export : pathlib.Path or None
        The file the export button wrote last.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> ex = Explorer(example_tables())
    >>> ex.kinds.value = ["person", "think_tank"]
    >>> ex.state.n_nodes, ex.state.n_edges
    (4, 3)
    >>> "<b>4</b> nodes" in ex.counts.value, len(ex.network.view["nodes"])
    (True, 4)
    """

    def __init__(self, tables: Tables | str | os.PathLike, *, height: int = 560,
                 export_path: str | os.PathLike = "orgnet-view.html", max_table_rows: int = 200,
                 layout: str = "auto", curations: str | os.PathLike | None = None) -> None:
        import ipywidgets as W

        from .render.live import CheckList, NetworkView, base_data, edge_order, whole_layout

        if not isinstance(tables, Tables):
            tables = read_tables(tables)
        if layout not in ("auto", "fresh", "fixed"):
            raise InputError(f"layout must be 'auto', 'fresh' or 'fixed', not {layout!r}")
        self.tables = tables
        self.graph = to_graph(tables)
        self._n_edges_total = self.graph.number_of_edges()
        self.height = int(height)
        self.max_table_rows = int(max_table_rows)
        self.layout_mode = layout
        self._claim_rows: dict[str, dict] | None = None  # claim rows by id, made when first needed
        self._hold = 0
        self._dirty = False
        self._drawn_key: Any = None
        self._focus_ids: dict[str, str] = {}
        self._seq = 0
        self._framed_as: Any = None
        self.state: Selection | None = None
        self.redraw_ms = 0.0
        self.last_export: Path | None = None

        G = self.graph
        # ---- the whole network, laid out once (once per process for the same graph): sent to
        # the browser once
        self._positions = whole_layout(G)
        # the links' claims are made when the drawing asks for them (_claims_of), not up front
        base = base_data(G, positions=self._positions, claims={}, sources=tables.documents,
                         conflicts=tables.conflicts, merges=tables.merges)
        for e in base["edges"]:  # stand-ins ({claim_id, found: False}): the drawing asks for the claims
            del e["claims"]
        self._node_index = {n["id"]: i for i, n in enumerate(base["nodes"])}
        self._edge_index = {e: i for i, e in enumerate(edge_order(G))}
        self._edge_by_id = {f"e{i}": e for e, i in self._edge_index.items()}
        self._edge_at = list(self._edge_index)
        self._base = base
        # the drawing's widget first: its data (the most to send) leaves the kernel while the
        # other widgets are made, and the page gets ready to draw meanwhile
        self.network = NetworkView(base=base, height=self.height, max_rows=self.max_table_rows)
        self.network.claim_source = self._claims_of

        # ---- options, from the data
        kind_count: dict[str, int] = {}
        for _, a in G.nodes(data=True):
            k = a.get("kind") or UNKNOWN_KIND
            kind_count[k] = kind_count.get(k, 0) + 1
        kinds = [k for k in vocabulary.kinds() if k in kind_count] + \
            sorted(k for k in kind_count if k not in vocabulary.kinds())
        rel_count: dict[str, int] = {}
        for u, v, k, a in G.edges(keys=True, data=True):
            r = a.get("relation", k)
            rel_count[r] = rel_count.get(r, 0) + 1
        rels = [r for r in vocabulary.relations() if r in rel_count] + \
            sorted(r for r in rel_count if r not in vocabulary.relations())
        titles = {str(d): str(t or "") for d, t in zip(tables.documents["doc"], tables.documents["title"])} \
            if len(tables.documents) else {}
        docs = list(titles)
        doc_count: dict[str, int] = {}
        for _, _, a in G.edges(data=True):
            for d in _split(a.get("docs")):
                doc_count[d] = doc_count.get(d, 0) + 1
                if d not in titles:
                    titles[d] = ""
                    docs.append(d)
        self._titles = titles
        years = [a.get(c) for *_, a in G.edges(data=True) for c in ("start", "end") if a.get(c) is not None]
        years += [a.get("founded") for _, a in G.nodes(data=True) if a.get("founded") is not None]
        this_year = _dt.date.today().year
        lo, hi = (min(years), max(max(years), this_year)) if years else (this_year, this_year)
        names: list[str] = []
        seen: set[str] = set()
        for n, a in sorted(G.nodes(data=True), key=lambda na: _label(G, na[0]).casefold()):
            for nm in _names(a) or [str(n)]:
                if nm not in seen:
                    seen.add(nm)
                    names.append(nm)
        self._defaults: dict[str, Any] = dict(kinds=tuple(kinds), relations=tuple(rels), documents=tuple(docs),
                                              min_confidence=0.0, year=hi, all_years=True, undated=True, focus="",
                                              depth=DEFAULT_DEPTH, search="", path_to="")

        # ---- controls: filters in a side column, the rest in a bar over the drawing
        kinds_vocab, rel_vocab = vocabulary.kinds(), vocabulary.relations()
        self.kinds = CheckList("Kinds", [
            {"value": k, "label": _kind_label(k), "count": kind_count[k],
             "colour": kinds_vocab.get(k, {}).get("colour", "#c7c7c7"), "shape": kinds_vocab.get(k, {}).get("shape")}
            for k in kinds])
        self.relations = CheckList("Relations", [
            {"value": r, "label": rel_vocab.get(r, {}).get("label", r), "count": rel_count[r],
             "colour": rel_vocab.get(r, {}).get("colour", "#999999"), "line": True,
             "detail": rel_vocab.get(r, {}).get("meaning", "")} for r in rels])
        self.documents = CheckList("Documents", [
            {"value": d, "label": titles[d] or d, "count": doc_count.get(d, 0), "detail": d} for d in docs])
        lab = {"description_width": "initial"}
        full = W.Layout(width="100%")
        narrow = {"description_width": "74px"}
        self.min_confidence = W.FloatSlider(value=0.0, min=0.0, max=1.0, step=0.05, description="confidence",
                                            continuous_update=False, readout_format=".2f", style=narrow, layout=full)
        self.year = W.IntSlider(value=hi, min=lo, max=hi, step=1, description="as of", continuous_update=False,
                                disabled=True, style=narrow, layout=full)
        self.all_years = W.Checkbox(value=True, description="all years", indent=False,
                                    disabled=not years, layout=W.Layout(width="auto"))
        self.undated = W.Checkbox(value=True, description="show undated links", indent=False,
                                  layout=W.Layout(width="auto"))
        self.focus = W.Combobox(value="", options=names, ensure_option=False, placeholder="name or alias",
                                description="focus", continuous_update=False, style=narrow, layout=full)
        self.depth = W.IntSlider(value=DEFAULT_DEPTH, min=0, max=6, step=1, description="depth",
                                 continuous_update=False, disabled=True, style=narrow, layout=full)
        self.search = W.Text(value="", placeholder="highlight a name", description="find",
                             continuous_update=False, style=narrow, layout=full)
        self.path_to = W.Combobox(value="", options=names, ensure_option=False, placeholder="a second name",
                                  description="path to", continuous_update=False, style=narrow, layout=full,
                                  tooltip="With a focus: how the focus is connected to this node (the shortest "
                                          "paths, each step with its evidence)", disabled=True)
        self.size_by = W.Dropdown(options=[("links", "degree"), ("betweenness", "betweenness"),
                                           ("PageRank", "pagerank")], value="degree", description="size by",
                                  style=narrow, layout=full)
        self.communities = W.Checkbox(value=False, description="communities (ring colour)", indent=False,
                                      layout=W.Layout(width="auto"))
        self.export_path = W.Text(value=str(export_path), description="export to", style=lab,
                                  layout=W.Layout(width="420px"))
        self.export_button = W.Button(description="Export briefing", icon="download",
                                      tooltip="Write the current view as a self-contained briefing HTML file")
        self.reset_button = W.Button(description="Reset", icon="undo", tooltip="Every control back to its start",
                                     layout=W.Layout(width="auto"))
        # ---- corrections (curations.yaml): offered in the drawing's side panel
        self.curations = Path(curations) if curations is not None else None
        self.corrected: list[str] = []
        self.network.curating = self.curations is not None
        self.network.on_msg(self._panel_message)
        self.export_status = W.HTML()
        more = W.Accordion(children=[W.VBox([W.HBox([self.export_path, self.export_button]), self.export_status])])
        more.set_title(0, "Export the view as a briefing")
        more.selected_index = None
        self.panels = more
        # ---- outputs
        self.counts = W.HTML()
        self.status = W.HTML()
        self.legend = W.HTML(f"<div style='font-size:12px;color:#5c6670;line-height:1.4'>{html.escape(KEYS)}</div>")

        # the controls in a column left of the drawing, scrolling within the drawing's height, so
        # that on a laptop screen the drawing and its side panel show without scrolling the page
        spread = dict(flex_flow="row wrap", justify_content="space-between")
        years_row = W.HBox([self.all_years, self.undated], layout=W.Layout(**spread))
        parts = [self.search, self.focus, self.depth, self.path_to, self.min_confidence, self.year, years_row,
                 self.size_by, self.communities, self.reset_button, self.kinds, self.relations, self.documents]
        for w in parts:  # each keeps its height: the column scrolls instead of squeezing them
            w.layout.flex = "0 0 auto"
        column = W.VBox(parts,
                        layout=W.Layout(width="240px", flex="0 0 240px", max_height=f"{self.height + 60}px",
                                        overflow="hidden auto", padding="0 6px 0 0"))
        main = W.VBox([W.HBox([self.counts, self.status], layout=W.Layout(**spread)),
                       self.network, self.legend], layout=W.Layout(flex="1 1 auto", min_width="0"))
        self.widget = W.VBox([W.HBox([column, main], layout=W.Layout(width="100%")), more],
                             layout=W.Layout(width="100%"))
        self.widget.add_class("orgnet-explorer")

        for w in (self.kinds, self.relations, self.documents, self.min_confidence, self.year, self.all_years,
                  self.undated, self.focus, self.depth, self.search, self.path_to):
            w.observe(self._changed, names="value")
        self._marks_cache: dict[str, Any] = {}
        for w in (self.size_by, self.communities):
            w.observe(lambda _: self._mark(), names="value")
        self.export_button.on_click(lambda _: self._export_clicked())
        self.reset_button.on_click(lambda _: self.reset())
        self.redraw()

    # ---- display
    def _repr_mimebundle_(self, **kwargs):
        """The widget, and a still picture of the view for readers of the saved notebook
        without a kernel (front ends that run widgets show the widget)."""
        from .render.live import snapshot_svg

        bundle = self.widget._repr_mimebundle_(**kwargs)
        if isinstance(bundle, tuple):  # (data, metadata)
            data = dict(bundle[0])
            rest: tuple = bundle[1:]
        else:
            data, rest = dict(bundle), ()
        sel = self._current()
        # an <img> of the SVG, not the SVG inline: JupyterLab's sanitizer (an untrusted notebook,
        # as one handed on is) removes inline SVG but keeps images
        svg = snapshot_svg(self._base, self.network.view)
        n_edges = len(self.network.view["edges"])
        alt = f"orgnet network: {sel.n_nodes} nodes, {n_edges} links"
        src = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
        data["text/html"] = (f"<div><p style='color:#5c6670'>orgnet Explorer: {sel.n_nodes} nodes, {n_edges} "
                             "edges when the notebook was run (a still picture; run the notebook to explore).</p>"
                             f'<img alt="{html.escape(alt)}" style="max-width:100%" src="{src}"></div>')
        return (data, *rest) if rest else data

    # ---- values and selection
    def values(self) -> dict:
        """The control values as :func:`select_view` arguments (None where a control keeps all)."""
        full = self._defaults
        kinds = tuple(self.kinds.value)
        rels = tuple(self.relations.value)
        docs = tuple(self.documents.value)
        focus = self.focus.value.strip() or None
        to = self.path_to.value.strip() or None
        return dict(
            kinds=None if set(kinds) == set(full["kinds"]) else kinds,
            relations=None if set(rels) == set(full["relations"]) else rels,
            docs=None if set(docs) == set(full["documents"]) else docs,
            min_confidence=round(float(self.min_confidence.value), 6),
            year=None if self.all_years.value else int(self.year.value),
            undated=bool(self.undated.value),
            focus=None if to and focus else focus,
            depth=int(self.depth.value),
            search=self.search.value.strip(),
            path=(focus, to) if to and focus else None,
        )

    def selection(self) -> Selection:
        """The :class:`Selection` for the current control values (computed, not drawn)."""
        v = self.values()
        focus = v["focus"]
        if focus is not None:
            if focus not in self._focus_ids:
                try:
                    self._focus_ids[focus] = find_node(self.graph, focus)
                except UnknownNodeError:
                    pass  # select_view reports it
            focus = self._focus_ids.get(focus, focus)
        return select_view(self.graph, **{**v, "focus": focus})

    @contextlib.contextmanager
    def hold(self):
        """Change several controls with one redraw at the end::

            with explorer.hold():
                explorer.kinds.value = ["person"]
                explorer.min_confidence.value = 0.7
        """
        self._hold += 1
        try:
            yield self
        finally:
            self._hold -= 1
            if self._hold == 0 and self._dirty:
                self.redraw()

    def _changed(self, change=None) -> None:
        self.year.disabled = self.all_years.value or self.all_years.disabled
        self.depth.disabled = not self.focus.value.strip()
        self.path_to.disabled = not self.focus.value.strip()
        if self._hold:
            self._dirty = True
            return
        self.redraw()

    def reset(self) -> None:
        """Every control back to its start (one redraw, framed anew)."""
        d = self._defaults
        with self.hold():
            self.kinds.value, self.relations.value = list(d["kinds"]), list(d["relations"])
            self.documents.value = list(d["documents"])
            self.min_confidence.value, self.year.value, self.all_years.value = d["min_confidence"], d["year"], True
            self.undated.value = d["undated"]
            self.focus.value, self.depth.value, self.search.value = "", d["depth"], ""
            self.path_to.value = ""
            self._framed_as = None
            self._dirty = True

    # ---- drawing
    def _fresh_positions(self, sel: Selection) -> dict | None:
        """New positions for a small neighbourhood (laid out around its focus); None: every node
        at its place in the whole graph, so that filters take nodes away and put them back
        without moving the others."""
        narrowed = sel.focus is not None or sel.params.get("path") is not None
        fresh = self.layout_mode == "fresh" or (self.layout_mode == "auto" and narrowed
                                                and sel.n_nodes <= FRESH_LAYOUT_MAX)
        if not fresh:
            return None
        from .render.network import layout_positions

        return layout_positions(sel.graph, focus=sel.focus)

    def _positions_for(self, sel: Selection) -> dict | None:
        """The positions a briefing of `sel` is drawn at: None (laid out afresh) for a small view,
        the whole graph's for a big one."""
        if self.layout_mode == "fresh" or (self.layout_mode == "auto" and sel.n_nodes <= FRESH_LAYOUT_MAX):
            return None
        return self._positions

    def page(self, sel: Selection | None = None, *, generated=None) -> str:
        """The briefing page of a selection (default: the current one), with every edge of the
        view and its quote in a table under the drawing."""
        from .render.network import network_html

        sel = sel or self._current()
        rows = [[r["source_label"], r["relation"], r["target_label"], _years(
            {"start": None if pd.isna(r["start"]) else r["start"], "end": None if pd.isna(r["end"]) else r["end"],
             "intervals": r.get("intervals")}),
            "" if pd.isna(r["confidence"]) else f"{r['confidence']:.2f}", r["hedge"],
            "; ".join(_doc_name(d, self._titles) for d in _split(r["docs"])), r["evidence"]]
            for r in sel.edges.to_dict("records")]
        extra = ({"title": "Edges in this view", "columns": ["from", "relation", "to", "years", "confidence",
                                                             "hedge", "documents", "evidence"], "rows": rows,
                  "caption": "Every edge of the view, with the quote it rests on."},)
        return network_html(sel.graph, title=self._title(sel), subtitle=self._subtitle(sel),
                            sources=self.tables.documents, claims=self._claims(), focus=sel.focus,
                            generated=generated, notes=sel.notes, tables=extra, positions=self._positions_for(sel),
                            year=sel.params.get("year"), show_undated=sel.params.get("undated", True),
                            conflicts=self.tables.conflicts, merges=self.tables.merges)

    def _title(self, sel: Selection) -> str:
        if sel.focus is not None:
            return f"{_label(self.graph, sel.focus)}: neighbourhood"
        return "Explorer view"

    def _subtitle(self, sel: Selection) -> str:
        return (f"{sel.n_nodes} of {self.graph.number_of_nodes()} nodes and {sel.n_edges} of "
                f"{self._n_edges_total} edges, chosen in the orgnet Explorer.")

    def _current(self) -> Selection:
        """The selection on show (drawn first if there is none yet)."""
        return self.state if self.state is not None else self.redraw()

    def redraw(self, force: bool = False) -> Selection:
        """Recompute the selection and send the drawing what changed (the view: indices, fresh
        positions for a small view); update counts and status."""
        from .render.live import view_of

        started = time.perf_counter()
        self._dirty = False
        key = json.dumps(self.values(), sort_keys=True, default=lambda x: sorted(x) if isinstance(x, set) else str(x))
        if not force and key == self._drawn_key and self.state is not None:
            return self.state
        sel = self.selection()
        positions = self._fresh_positions(sel)
        # frame anew for another focus or depth (a new neighbourhood); after any other change
        # zoom, pan and the selection stay where the user left them
        framing = (sel.focus, sel.params.get("depth") if sel.focus is not None else None, sel.params.get("path"))
        fit = framing != self._framed_as
        self._framed_as = framing
        self._seq += 1
        self.network.view = view_of(self.graph, sel, node_index=self._node_index, edge_index=self._edge_index,
                                    positions=positions, fit=fit, seq=self._seq)
        total_n, total_e = self.graph.number_of_nodes(), self._n_edges_total
        n_edges = len(self.network.view["edges"])
        self.counts.value = (f'<span class="orgnet-counts"><b>{sel.n_nodes}</b> nodes \u00b7 '
                             f'<b>{n_edges}</b> edges shown (of {total_n} nodes, {total_e} edges)'
                             + (f" \u00b7 {len(sel.highlight)} found" if sel.highlight else "") + "</span>")
        parts = [f"<span style='color:#8a3b00;font-weight:600'>{html.escape(p)}</span>" for p in sel.problems]
        parts += [f"<span style='color:#5c6670'>{html.escape(n)}</span>" for n in sel.notes]
        self.status.value = '<span class="orgnet-status">' + " \u00b7 ".join(parts) + "</span>"
        self.state = sel
        self._drawn_key = key
        self.redraw_ms = (time.perf_counter() - started) * 1000
        return sel

    def _mark(self) -> None:
        """Node sizes by the chosen measure and community rings, computed once each on the whole
        network and sent to the drawing (links: the sizes it starts with)."""
        from .graph import communities, node_measure
        from .render.network import community_rings, measure_sizes

        marks: dict[str, dict] = {}
        index = self._node_index
        measure = self.size_by.value
        if measure != "degree":
            if measure not in self._marks_cache:
                self._marks_cache[measure] = measure_sizes(node_measure(self.graph, measure), self.graph.nodes)
            marks["size"] = {str(index[n]): v for n, v in self._marks_cache[measure].items()}
        measure_label = {value: label for label, value in self.size_by.options}[measure]
        keys = KEYS if measure == "degree" else KEYS.replace("links in the whole network",
                                                             f"{measure_label} in the whole network")
        if self.communities.value:
            if "communities" not in self._marks_cache:
                self._marks_cache["communities"] = community_rings(communities(self.graph), self.graph.nodes)
            rings, legend = self._marks_cache["communities"]
            marks["ring"] = {str(index[n]): colour for n, (_, colour) in rings.items()}
            marks["community"] = {str(index[n]): c for n, (c, _) in rings.items()}
            key = " \u00b7 ".join(f"<span style='color:{html.escape(e['colour'])}'>\u25cf</span> "
                                   f"{html.escape(e['label'])} ({e['count']})" for e in legend)
            self.legend.value = (f"<div style='font-size:12px;color:#5c6670;line-height:1.4'>{html.escape(keys)}"
                                 f"<br>ring colour: {key}</div>")
        else:
            self.legend.value = f"<div style='font-size:12px;color:#5c6670;line-height:1.4'>{html.escape(keys)}</div>"
        self.network.marks = marks

    # ---- claims, when the drawing asks
    def _claims(self) -> dict[str, dict]:
        """The claim rows by id (made once, on first use)."""
        if self._claim_rows is None:
            claims = self.tables.claims
            self._claim_rows = {str(r["claim_id"]): r for r in claims.to_dict("records")} if len(claims) else {}
        return self._claim_rows

    def _claims_of(self, indices: list[int]) -> tuple[dict[str, list], dict[str, str]]:
        """The claims of the links at these indices of the drawing's base data, as a briefing's
        side panel shows them (:func:`orgnet.render.network.page_data`), and the titles of their
        documents."""
        from .render.live import edge_order
        from .render.network import page_data

        edges = [self._edge_at[i] for i in indices]
        if not edges:
            return {}, {}
        sub = self.graph.edge_subgraph(edges)
        data = page_data(sub, claims=self._claims(), sources=self.tables.documents, positions=self._positions)
        return ({str(self._edge_index[e]): d["claims"] for e, d in zip(edge_order(sub), data["edges"])},
                data["documents"])

    # ---- corrections
    def correct(self, request: dict) -> str:
        """Write the ``curations.yaml`` entry a side-panel request asks for; return what the
        next build changes.

        Parameters
        ----------
        request : dict
            ``{"action": "distinct", "node": id, "names": [name, other name]}`` (one of the
            node's merges: the two names are kept apart) or ``{"action": "reject", "edge":
            id}`` (a link of the drawing, by its id in the base data: the link and its claims
            are left out), each with ``author`` and ``reason``.

        Raises
        ------
        orgnet.errors.InputError
            Without a documents folder, without author or reason, or for a node, merge or
            link the network does not have.
        """
        from . import curate

        if self.curations is None:
            raise InputError("no documents folder: give Explorer(..., curations=FOLDER) to record corrections")
        who, why = str(request.get("author") or "").strip(), str(request.get("reason") or "").strip()
        if not who or not why:
            raise InputError("fill in author and reason: both are kept with the entry")
        action = request.get("action")
        if action == "distinct":
            node, names = str(request.get("node") or ""), request.get("names")
            if not (isinstance(names, list) and len(names) == 2
                    and (str(names[0]), str(names[1])) in self._merge_pairs(node)):
                raise InputError(f"{names!r} is not a merge of node {node!r} in merges.csv")
            said = curate.distinct(self.curations, str(names[0]), str(names[1]), reason=why, author=who)
        elif action == "reject":
            edge = self._edge_by_id.get(str(request.get("edge") or ""))
            if edge is None:
                raise InputError(f"no link {request.get('edge')!r} in the network")
            u, v, k = edge
            rel = self.graph.edges[u, v, k].get("relation", k)
            where = curate.reject(self.curations, link=(u, rel, v), reason=why, author=who).split(":", 1)[0]
            said = (f"{where}: on the next build the link {_label(self.graph, u)} \u2192 "
                    f"{vocabulary.relations().get(rel, {}).get('label', rel)} \u2192 {_label(self.graph, v)} "
                    "and its claims are left out")
        else:
            raise InputError(f"unknown correction {action!r}: 'distinct' or 'reject'")
        said = f"{said}. Rebuild to see it."
        self.corrected.append(said)
        return said

    def _merge_pairs(self, node: str) -> set[tuple[str, str]]:
        """The (name, other name) pairs ``merges.csv`` joined into `node`."""
        m = self.tables.merges
        if not len(m):
            return set()
        m = m[m["entity"] == node]
        return {(str(a), str(b)) for a, b in zip(m["name"], m["other_name"])}

    def _panel_message(self, widget: Any, content: Any, buffers: Any) -> None:
        """A correction sent by the side panel: written, and the panel told what it changes
        (or what is wrong)."""
        if not isinstance(content, dict) or content.get("type") != "curate":
            return
        reply = {"type": "curated", "request": content.get("request"), "key": content.get("key")}
        try:
            reply.update(ok=True, text=self.correct(content))
        except Exception as exc:  # shown in the panel: a message handler's errors would otherwise go to a log
            reply.update(ok=False, text=str(exc))
        self.network.send(reply)

    # ---- export
    def export(self, path: str | os.PathLike | None = None) -> Path:
        """Write the current view as a briefing HTML file (the edge table included); return
        its absolute path."""
        out = Path(path if path is not None else self.export_path.value).expanduser()
        if out.suffix.lower() not in (".html", ".htm"):
            out = out.with_suffix(out.suffix + ".html") if out.suffix else out.with_suffix(".html")
        page = self.page(self.state)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, out)
        return out.resolve()

    def _export_clicked(self) -> None:
        try:
            path = self.export()
        except Exception as exc:  # shown in the widget: a button's errors would otherwise go to a log
            self.export_status.value = f"<span style='color:#b00020'>Export failed: {html.escape(str(exc))}</span>"
            return
        self.last_export = path
        sel = self._current()
        self.export_status.value = (f"Wrote <code>{html.escape(str(path))}</code> ({sel.n_nodes} nodes, "
                                    f"{sel.n_edges} edges).")
