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
The first display waits for as little as it can: the drawing's widget is made before the graph
is built (the page evaluates vis-network meanwhile), and the controls are made after the
drawing says it has drawn the first view. Given a build's folder (``Explorer("build/tables")``),
the first display is stored (:mod:`.firstview`) and the next Explorer of the same build shows it
before reading the tables (importing neither pandas nor networkx); it reads them and builds the
graph once the drawing says it has drawn, or when code first asks for something that needs them. Importing
this package imports none of that either: its names load on first use.

What it does not do: it does not edit the tables (corrections go to ``curations.yaml`` and
the next build).

The package, module by module: :mod:`.widget` (the :class:`Explorer`: the controls, the
drawing and their wiring), :mod:`.options` (what the controls offer, read from the graph),
:mod:`.controls` (the controls made and arranged), :mod:`.state` (control values to
:func:`~orgnet.graph.select_view` arguments, framing, counts and status), :mod:`.table` (the
evidence table as HTML), :mod:`.marks` (node sizes and community rings), :mod:`.curation`
(the side panel's corrections), :mod:`.briefing` (the view as a briefing file),
:mod:`.firstview` (the stored first display).
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from ..graph import EDGE_COLUMNS, UNKNOWN_KIND, Selection, edge_table, select_view
    from .controls import KEYS
    from .state import FRESH_LAYOUT_MAX
    from .table import edge_table_html
    from .widget import Explorer

__all__ = [
    "Explorer",
    "Selection",
    "select_view",
    "edge_table",
    "edge_table_html",
    "EDGE_COLUMNS",
    "FRESH_LAYOUT_MAX",
    "UNKNOWN_KIND",
    "KEYS",
]

# every name imported on first use: showing an Explorer from its stored first view imports neither
# networkx nor pandas (the graph and the tables follow later); (module, name there)
_LAZY = {
    "Explorer": (".widget", "Explorer"),
    "Selection": ("..graph", "Selection"),
    "select_view": ("..graph", "select_view"),
    "edge_table": ("..graph", "edge_table"),
    "edge_table_html": (".table", "edge_table_html"),
    "EDGE_COLUMNS": ("..graph", "EDGE_COLUMNS"),
    "FRESH_LAYOUT_MAX": (".state", "FRESH_LAYOUT_MAX"),
    "UNKNOWN_KIND": ("..graph", "UNKNOWN_KIND"),
    "KEYS": (".controls", "KEYS"),
    # the one name helpers the Explorer uses, under their old names here
    "_split": ("..cells", "split_cell"),
    "_label": ("..graph.lookup", "node_label"),
    "_names": ("..graph.lookup", "node_names"),
}


def __getattr__(name: str) -> typing.Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module, __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
