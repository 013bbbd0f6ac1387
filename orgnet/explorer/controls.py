"""The Explorer's controls, made and arranged (ipywidgets and the checklists of :mod:`orgnet.render.live`).

:func:`make_controls` makes every control from :class:`~orgnet.explorer.options.Options`;
:func:`arrange` puts the filters in a column left of the drawing (scrolling within the
drawing's height, so that on a laptop screen the drawing and its side panel show without
scrolling the page), the counts and status over the drawing, the key under it and the export,
folded, at the bottom. The first display shows the drawing in its :func:`shell`, the controls'
column empty; :func:`fill` puts the controls in once they are made (after the first drawing,
or when the code asks for one). Nothing here selects or draws.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import vocabulary

if TYPE_CHECKING:
    from .options import Options

__all__ = [
    "Controls",
    "Shell",
    "make_controls",
    "checklists",
    "shell",
    "fill",
    "legend_html",
    "KEYS",
    "MEASURES",
    "OBSERVED",
]

#: the key to the drawing's lines and sizes, under the drawing (the checklists carry the colours)
KEYS = (
    "dashed line: hedged (reported, alleged, disputed) or confidence < 0.5 \u00b7 faded line: undated link "
    "in a year's view \u00b7 orange ring: focus \u00b7 node size: links in the whole network \u00b7 labels: the "
    "most connected nodes always, the rest as you zoom in"
)

#: the "size by" choices: (label, measure of :func:`orgnet.graph.node_measure`)
MEASURES = (("links", "degree"), ("betweenness", "betweenness"), ("PageRank", "pagerank"))

#: the controls whose change redraws the view
OBSERVED = (
    "kinds",
    "relations",
    "documents",
    "min_confidence",
    "year",
    "all_years",
    "undated",
    "focus",
    "depth",
    "search",
    "path_to",
)


@dataclass
class Controls:
    """Every control of an Explorer (see :class:`orgnet.explorer.Explorer` for each)."""

    kinds: Any
    relations: Any
    documents: Any
    min_confidence: Any
    year: Any
    all_years: Any
    undated: Any
    focus: Any
    depth: Any
    search: Any
    path_to: Any
    size_by: Any
    communities: Any
    export_path: Any
    export_button: Any
    reset_button: Any
    export_status: Any
    panels: Any


def legend_html(keys: str, rings: str = "") -> str:
    """The key under the drawing (`rings`: the community colours' key, HTML)."""
    more = f"<br>ring colour: {rings}" if rings else ""
    return f"<div style='font-size:12px;color:#5c6670;line-height:1.4'>{html.escape(keys)}{more}</div>"


def _kind_label(kind: str) -> str:
    return vocabulary.kinds().get(kind, {}).get("label", kind or "unknown kind")


def checklists(o: Options) -> tuple[Any, Any, Any]:
    """The kinds, relations and documents checklists, with counts and colours."""
    from ..render.live import CheckList

    kinds_vocab, rel_vocab = vocabulary.kinds(), vocabulary.relations()
    kinds = CheckList(
        "Kinds",
        [
            {
                "value": k,
                "label": _kind_label(k),
                "count": o.kind_count[k],
                "colour": kinds_vocab.get(k, {}).get("colour", "#c7c7c7"),
                "shape": kinds_vocab.get(k, {}).get("shape"),
            }
            for k in o.kinds
        ],
    )
    relations = CheckList(
        "Relations",
        [
            {
                "value": r,
                "label": rel_vocab.get(r, {}).get("label", r),
                "count": o.relation_count[r],
                "colour": rel_vocab.get(r, {}).get("colour", "#999999"),
                "line": True,
                "detail": rel_vocab.get(r, {}).get("meaning", ""),
            }
            for r in o.relations
        ],
    )
    documents = CheckList(
        "Documents",
        [
            {"value": d, "label": o.titles[d] or d, "count": o.document_count.get(d, 0), "detail": d}
            for d in o.documents
        ],
    )
    return kinds, relations, documents


def _sliders(o: Options, names: list[str], depth: int) -> dict[str, Any]:
    """The sliders, boxes and name fields."""
    import ipywidgets as W

    full = W.Layout(width="100%")
    narrow = {"description_width": "74px"}
    auto = W.Layout(width="auto")
    return dict(
        min_confidence=W.FloatSlider(
            value=0.0,
            min=0.0,
            max=1.0,
            step=0.05,
            description="confidence",
            continuous_update=False,
            readout_format=".2f",
            style=narrow,
            layout=full,
        ),
        year=W.IntSlider(
            value=o.last_year,
            min=o.first_year,
            max=o.last_year,
            step=1,
            description="as of",
            continuous_update=False,
            disabled=True,
            style=narrow,
            layout=full,
        ),
        all_years=W.Checkbox(value=True, description="all years", indent=False, disabled=not o.dated, layout=auto),
        undated=W.Checkbox(value=True, description="show undated links", indent=False, layout=W.Layout(width="auto")),
        focus=W.Combobox(
            value="",
            options=names,
            ensure_option=False,
            placeholder="name or alias",
            description="focus",
            continuous_update=False,
            style=narrow,
            layout=full,
        ),
        depth=W.IntSlider(
            value=depth,
            min=0,
            max=6,
            step=1,
            description="depth",
            continuous_update=False,
            disabled=True,
            style=narrow,
            layout=full,
        ),
        search=W.Text(
            value="",
            placeholder="highlight a name",
            description="find",
            continuous_update=False,
            style=narrow,
            layout=full,
        ),
        # its names come with a focus (it is disabled without one): one list of every name fewer to
        # send and render at first
        path_to=W.Combobox(
            value="",
            options=[],
            ensure_option=False,
            placeholder="a second name",
            description="path to",
            continuous_update=False,
            style=narrow,
            layout=full,
            tooltip="With a focus: how the focus is connected to this node (the shortest "
            "paths, each step with its evidence)",
            disabled=True,
        ),
        size_by=W.Dropdown(options=list(MEASURES), value="degree", description="size by", style=narrow, layout=full),
        communities=W.Checkbox(
            value=False, description="communities (ring colour)", indent=False, layout=W.Layout(width="auto")
        ),
    )


def make_controls(o: Options, names: list[str], *, depth: int, export_path: str | os.PathLike) -> Controls:
    """Every control, at its start value."""
    import ipywidgets as W

    kinds, relations, documents = checklists(o)
    export_path_w = W.Text(
        value=str(export_path),
        description="export to",
        style={"description_width": "initial"},
        layout=W.Layout(width="420px"),
    )
    export_button = W.Button(
        description="Export briefing",
        icon="download",
        tooltip="Write the current view as a self-contained briefing HTML file",
    )
    reset_button = W.Button(
        description="Reset", icon="undo", tooltip="Every control back to its start", layout=W.Layout(width="auto")
    )
    export_status = W.HTML()
    panels = W.Accordion(children=[W.VBox([W.HBox([export_path_w, export_button]), export_status])])
    panels.set_title(0, "Export the view as a briefing")
    panels.selected_index = None
    return Controls(
        kinds=kinds,
        relations=relations,
        documents=documents,
        **_sliders(o, names, depth),
        export_path=export_path_w,
        export_button=export_button,
        reset_button=reset_button,
        export_status=export_status,
        panels=panels,
    )


@dataclass
class Shell:
    """The Explorer's whole widget before its controls: the drawing with the counts and status
    over it and the key under it, and an empty column left of it for the controls."""

    widget: Any
    column: Any
    counts: Any
    status: Any
    legend: Any


_SPREAD = dict(flex_flow="row wrap", justify_content="space-between")


def shell(network: Any, height: int) -> Shell:
    """The Explorer's whole widget around the drawing `network`, the controls' column empty
    (:func:`fill` puts them in): what the first display shows."""
    import ipywidgets as W

    counts, status, legend = W.HTML(), W.HTML(), W.HTML(legend_html(KEYS))
    column = W.VBox(
        [],
        layout=W.Layout(
            width="240px", flex="0 0 240px", max_height=f"{height + 60}px", overflow="hidden auto", padding="0 6px 0 0"
        ),
    )
    main = W.VBox(
        [W.HBox([counts, status], layout=W.Layout(**_SPREAD)), network, legend],
        layout=W.Layout(flex="1 1 auto", min_width="0"),
    )
    widget = W.VBox([W.HBox([column, main], layout=W.Layout(width="100%"))], layout=W.Layout(width="100%"))
    widget.add_class("orgnet-explorer")
    return Shell(widget, column, counts, status, legend)


def fill(s: Shell, c: Controls) -> None:
    """The controls into the shell: the column left of the drawing (scrolling within the
    drawing's height), the export panel at the bottom."""
    import ipywidgets as W

    years_row = W.HBox([c.all_years, c.undated], layout=W.Layout(**_SPREAD))
    parts = [
        c.search,
        c.focus,
        c.depth,
        c.path_to,
        c.min_confidence,
        c.year,
        years_row,
        c.size_by,
        c.communities,
        c.reset_button,
        c.kinds,
        c.relations,
        c.documents,
    ]
    for w in parts:  # each keeps its height: the column scrolls instead of squeezing them
        w.layout.flex = "0 0 auto"
    s.column.children = parts
    s.widget.children = [*s.widget.children, c.panels]
