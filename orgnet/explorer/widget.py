"""The Explorer widget: the controls, the live drawing and their wiring (see :mod:`orgnet.explorer`).

What it shows is decided elsewhere: the selection by :func:`orgnet.graph.select_view`, the
steps around it in :mod:`.state`, the controls in :mod:`.controls`, the corrections in
:mod:`.curation`, the exported page in :mod:`.briefing`. The class holds the state of one
widget and passes values between them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import firstview
from .controls import OBSERVED, Controls, fill, make_controls, shell

if TYPE_CHECKING:
    from ..graph import Selection
    from ..tables import Tables

__all__ = ["Explorer"]

#: what the Explorer holds once it has read the tables and built the graph: asking for one of
#: these (or a control) before then, on a first display shown from a stored first view, does it
_LOADED = frozenset(
    {
        "tables",
        "graph",
        "state",
        "_options",
        "_titles",
        "_defaults",
        "_positions",
        "_base",
        "_node_index",
        "_edge_index",
        "_edge_by_id",
        "_edge_at",
        "_n_edges_total",
    }
)


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

    The first display shows the drawing first (of a big view, its 400 most connected nodes
    first, then the rest): the controls below are shown when the drawing says it has drawn its
    first view whole (a custom message from the browser), or as soon as the code asks for one
    of them (``explorer.focus``), whichever comes first.

    Given a build's folder, the Explorer stores its first display (the drawing's data, the
    first view, counts, status and still picture; :mod:`orgnet.explorer.firstview`), and the
    next Explorer of the same build, code and arguments, in any session, shows it at once: it
    reads the tables, builds the graph and makes the controls when the drawing says it has drawn
    (so that the kernel leaves the processor to the browser meanwhile), or as soon as code asks
    for anything that needs them (``explorer.graph``, ``explorer.state``, a control,
    :meth:`selection`, ...), and that work gives the same first view, so nothing is sent or drawn
    again.

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
    stored_view : bool
        Whether the first display was shown from a stored first view (the tables read and the
        graph built once the drawing has drawn, or when asked for); ``network.base`` is filled
        then.
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

    def __init__(
        self,
        tables: Tables | str | os.PathLike,
        *,
        height: int = 560,
        export_path: str | os.PathLike = "orgnet-view.html",
        max_table_rows: int = 200,
        layout: str = "auto",
        curations: str | os.PathLike | None = None,
    ) -> None:
        if layout not in ("auto", "fresh", "fixed"):
            raise InputError(f"layout must be 'auto', 'fresh' or 'fixed', not {layout!r}")
        self.height = int(height)
        self.max_table_rows = int(max_table_rows)
        self.layout_mode = layout
        self.curations = Path(curations) if curations is not None else None
        self._export_path = export_path
        self._controls: Controls | None = None  # made after the cell, or when asked for
        self._filled = False  # the controls shown: after the first drawing, or when asked for
        self.corrected: list[str] = []
        self._claim_rows: dict[str, dict] | None = None  # claim rows by id, made when first needed
        self._hold = 0
        self._dirty = False
        self._drawn_key: Any = None
        self._focus_ids: dict[str, str] = {}
        self._seq = 0
        self._framed_as: Any = None
        self._marks_cache: dict[str, Any] = {}
        self.redraw_ms = 0.0
        self.last_export: Path | None = None
        self._pending: Any = None  # the tables (their folder) still to read: shown from a stored first view
        # the drawing's widget first, before the graph is built: the page loads its code and
        # evaluates vis-network meanwhile
        self._new_network()
        self._store_key: str | None = None  # where this build's first display is stored (a folder given)
        self._first: firstview.FirstView | None = None
        if isinstance(tables, (str, os.PathLike)):
            self._store_key = firstview.store_key(
                tables, height=self.height, max_table_rows=self.max_table_rows, layout=layout
            )
            self._first = firstview.read(self._store_key)
        self.stored_view = self._first is not None
        if self._first is not None:
            self._show_stored(self._first)
            self._pending = tables
        else:
            self._load(tables)
            if self._store_key is not None:  # what to store (after the cell): this first display
                self._first = firstview.FirstView(
                    self.network._base_json, self.network.view, self.counts.value, self.status.value, still=""
                )
        self._after_the_cell()

    def _load(self, tables: Tables | str | os.PathLike) -> None:
        """Read the tables (given a folder), build the graph, give the drawing the whole network
        and draw the first view."""
        from ..graph import to_graph
        from ..tables import Tables, read_tables
        from .options import control_options, defaults

        if not isinstance(tables, Tables):
            tables = read_tables(tables)
        self.tables = tables
        self.state: Selection | None = None
        self.graph = to_graph(tables)
        self._n_edges_total = self.graph.number_of_edges()
        self._give_base()
        self._options = control_options(self.graph, tables.documents)
        self._titles = self._options.titles
        self._defaults = defaults(self._options)
        self.redraw()

    def _loaded(self) -> None:
        """A first display shown from a stored first view: the tables read and the graph built
        now (:meth:`_load`; it gives the same first view, so nothing is sent again)."""
        pending = self.__dict__.get("_pending")
        if pending is None:
            return
        self._pending = None
        try:
            self._load(pending)
        except BaseException:
            self._pending = pending
            raise
        self._first = None  # the stored display, no longer needed (the still picture is made now)

    def _show_stored(self, first: firstview.FirstView) -> None:
        """The stored first display, at once: the whole network, the first view, counts and status."""
        self.network._base_json = first.base_json
        self.network.view = first.view
        self.counts.value = first.counts
        self.status.value = first.status

    def _store(self) -> None:
        """This build's first display (as :meth:`__init__` made it), stored for the next Explorer
        of its folder: once, and not when it was shown from the store."""
        if self.stored_view or self._first is None:
            return
        first, self._first = self._first, None
        firstview.write(self._store_key, dataclasses.replace(first, still=firstview.still_html(self._base, first.view)))

    def _new_network(self) -> None:
        """The live drawing (its data comes with :meth:`_give_base`) in the Explorer's widget,
        whose controls come later (:meth:`_controls_now`)."""
        from ..render.live import NetworkView

        self.network = NetworkView(height=self.height, max_rows=self.max_table_rows)
        self.network.claim_source = self._claims_of
        self.network.curating = self.curations is not None
        self.network.on_msg(self._panel_message)
        self.network.on_msg(self._drawn)
        sh = shell(self.network, self.height)
        self._shell, self.widget, self.counts, self.status, self.legend = sh, sh.widget, sh.counts, sh.status, sh.legend

    def _give_base(self) -> None:
        """The whole network, laid out once (once per process for the same graph), to the live
        drawing: sent to the browser once."""
        from ..render.live import base_data, edge_order, whole_layout

        G, tables = self.graph, self.tables
        self._positions = whole_layout(G)
        # the links' claims are made when the drawing asks for them (_claims_of), not up front
        base = base_data(
            G,
            positions=self._positions,
            claims={},
            sources=tables.documents,
            conflicts=tables.conflicts,
            merges=tables.merges,
        )
        for e in base["edges"]:  # stand-ins ({claim_id, found: False}): the drawing asks for the claims
            del e["claims"]
        self._node_index = {n["id"]: i for i, n in enumerate(base["nodes"])}
        self._edge_index = {e: i for i, e in enumerate(edge_order(G))}
        self._edge_by_id = {f"e{i}": e for e, i in self._edge_index.items()}
        self._edge_at = list(self._edge_index)
        self._base = base
        self.network.base = base

    def _after_the_cell(self) -> None:
        """In IPython, once the cell has run (its result, the drawing, on its way to the browser):
        the first display stored (one made here) and the controls made; they reach the browser
        while it draws. Elsewhere the first display is stored now. A first display shown from
        the store waits for the drawing's "drawn" (or code asking): reading the tables and
        building the graph meanwhile would take the processor from the browser's first frame."""
        ipython = sys.modules.get("IPython")
        ip = ipython.get_ipython() if ipython is not None else None
        if ip is None:
            self._store()
            return
        if self._pending is not None:
            return

        def after(*_: Any) -> None:
            ip.events.unregister("post_run_cell", after)
            self._store()
            self._made_controls()

        ip.events.register("post_run_cell", after)

    def _controls_now(self) -> Controls:
        """The controls, made if need be, and shown in the widget: when the drawing says it has
        drawn its first view whole (so that the first display waits for none of them), or when
        the code asks for one."""
        controls = self._made_controls()
        if not self._filled:
            self._filled = True
            fill(self._shell, controls)
        return controls

    def _made_controls(self) -> Controls:
        """The controls, made once and wired (a change redraws, size by and communities mark,
        the buttons export and reset), not yet shown."""
        if self._controls is not None:
            return self._controls
        from .options import focus_names

        controls = make_controls(
            self._options, focus_names(self.graph), depth=self._defaults["depth"], export_path=self._export_path
        )
        self._controls = controls
        for name in OBSERVED:
            getattr(controls, name).observe(self._changed, names="value")
        for w in (controls.size_by, controls.communities):
            w.observe(lambda _: self._mark(), names="value")
        controls.export_button.on_click(lambda _: self._export_clicked())
        controls.reset_button.on_click(lambda _: self.reset())
        return controls

    def _drawn(self, widget: Any, content: Any, buffers: Any) -> None:
        """The drawing's ``{"type": "drawn"}`` after its first view: the controls are made now."""
        if isinstance(content, dict) and content.get("type") == "drawn":
            self._controls_now()

    def __getattr__(self, name: str) -> Any:
        """The controls, as attributes (``explorer.kinds``, ``explorer.focus``, ...); shown from a
        stored first view, the tables, graph and state too, read and built when first asked for."""
        d = self.__dict__
        if d.get("_pending") is not None and (name in _LOADED or name in Controls.__dataclass_fields__):
            self._loaded()
            return getattr(self, name)
        if name in Controls.__dataclass_fields__ and "_options" in d:
            return getattr(self._controls_now(), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # ---- display
    def _repr_mimebundle_(self, **kwargs):
        """The widget, and a still picture of the view for readers of the saved notebook
        without a kernel (front ends that run widgets show the widget)."""
        bundle = self.widget._repr_mimebundle_(**kwargs)
        if isinstance(bundle, tuple):  # (data, metadata)
            data = dict(bundle[0])
            rest: tuple = bundle[1:]
        else:
            data, rest = dict(bundle), ()
        if self._pending is not None and self._first is not None:  # shown from the store, nothing asked yet
            data["text/html"] = self._first.still
        else:
            self._current()
            data["text/html"] = firstview.still_html(self._base, self.network.view)
        return (data, *rest) if rest else data

    # ---- values and selection
    def values(self) -> dict:
        """The control values as :func:`select_view` arguments (None where a control keeps all)."""
        from . import state

        c = self._controls
        now = {n: getattr(c, n).value for n in OBSERVED} if c is not None else {n: self._defaults[n] for n in OBSERVED}
        return state.view_arguments(now, self._defaults)

    def selection(self) -> Selection:
        """The :class:`Selection` for the current control values (computed, not drawn)."""
        from ..graph import select_view
        from . import state

        v = self.values()
        return select_view(self.graph, **{**v, "focus": state.resolve_focus(self.graph, v["focus"], self._focus_ids)})

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
        if not self.path_to.disabled and not self.path_to.options:
            self.path_to.options = self.focus.options
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
        from . import state

        if not state.lays_out_afresh(sel, self.layout_mode):
            return None
        from ..render.network import layout_positions

        return layout_positions(sel.graph, focus=sel.focus)

    def _positions_for(self, sel: Selection) -> dict | None:
        """The positions a briefing of `sel` is drawn at: None (laid out afresh) for a small view,
        the whole graph's for a big one."""
        from . import state

        return None if state.lays_out_afresh(sel, self.layout_mode, narrowed_only=False) else self._positions

    def page(self, sel: Selection | None = None, *, generated=None) -> str:
        """The briefing page of a selection (default: the current one), with every edge of the
        view and its quote in a table under the drawing."""
        from . import briefing

        sel = sel or self._current()
        return briefing.view_page(
            self.graph,
            sel,
            tables=self.tables,
            claims=self._claims(),
            titles=self._titles,
            positions=self._positions_for(sel),
            generated=generated,
        )

    def _current(self) -> Selection:
        """The selection on show (drawn first if there is none yet)."""
        return self.state if self.state is not None else self.redraw()

    def redraw(self, force: bool = False) -> Selection:
        """Recompute the selection and send the drawing what changed (the view: indices, fresh
        positions for a small view); update counts and status."""
        from ..render.live import view_of
        from . import state

        started = time.perf_counter()
        self._dirty = False
        key = state.view_key(self.values())
        if not force and key == self._drawn_key and self.state is not None:
            return self.state
        sel = self.selection()
        positions = self._fresh_positions(sel)
        framing = state.framing(sel)
        fit = framing != self._framed_as
        self._framed_as = framing
        self._seq += 1
        self.network.view = view_of(
            self.graph,
            sel,
            node_index=self._node_index,
            edge_index=self._edge_index,
            positions=positions,
            fit=fit,
            seq=self._seq,
        )
        self.counts.value = state.counts_html(
            sel, len(self.network.view["edges"]), self.graph.number_of_nodes(), self._n_edges_total
        )
        self.status.value = state.status_html(sel)
        self.state = sel
        self._drawn_key = key
        self.redraw_ms = (time.perf_counter() - started) * 1000
        return sel

    def _mark(self) -> None:
        """Node sizes by the chosen measure and community rings, computed once each on the whole
        network and sent to the drawing (links: the sizes it starts with)."""
        from .marks import marks_of

        marks, self.legend.value = marks_of(
            self.graph, self.size_by.value, self.communities.value, self._node_index, self._marks_cache
        )
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
        from ..render.live import edge_order
        from ..render.network import page_data

        edges = [self._edge_at[i] for i in indices if 0 <= i < len(self._edge_at)]
        if not edges:
            return {}, {}
        sub = self.graph.edge_subgraph(edges)
        data = page_data(sub, claims=self._claims(), sources=self.tables.documents, positions=self._positions)
        return (
            {str(self._edge_index[e]): d["claims"] for e, d in zip(edge_order(sub), data["edges"])},
            data["documents"],
        )

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
        from . import curation

        said = curation.correct(
            request, G=self.graph, folder=self.curations, merges=self.tables.merges, edge_by_id=self._edge_by_id
        )
        self.corrected.append(said)
        return said

    def _panel_message(self, widget: Any, content: Any, buffers: Any) -> None:
        """A correction sent by the side panel: written, and the panel told what it changes
        (or what is wrong)."""
        from . import curation

        answer = curation.reply(content, self.correct)
        if answer is not None:
            self.network.send(answer)

    # ---- export
    def export(self, path: str | os.PathLike | None = None) -> Path:
        """Write the current view as a briefing HTML file (the edge table included); return
        its absolute path."""
        from . import briefing

        return briefing.write_page(self.page(self.state), path if path is not None else self.export_path.value)

    def _export_clicked(self) -> None:
        import html

        try:
            path = self.export()
        except Exception as exc:  # shown in the widget: a button's errors would otherwise go to a log
            self.export_status.value = f"<span style='color:#b00020'>Export failed: {html.escape(str(exc))}</span>"
            return
        self.last_export = path
        sel = self._current()
        self.export_status.value = (
            f"Wrote <code>{html.escape(str(path))}</code> ({sel.n_nodes} nodes, {sel.n_edges} edges)."
        )
