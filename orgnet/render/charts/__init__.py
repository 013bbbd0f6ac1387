"""Plotly figures of the network: a hierarchy as a sunburst or treemap, who led what when,
institutional events on a timeline, and the most central nodes.

Every function returns a :class:`plotly.graph_objects.Figure` with a title, a legend (kinds,
organisations or event types), axis titles where there are axes, and hover text that quotes
the evidence: the source sentence, its documents and the confidence. Nodes are coloured by
kind and events by relation, with the colours of ``vocab/kinds.yaml`` and
``vocab/relations.yaml``. Text from documents is HTML-escaped before plotly sees it.

plotly is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

from .centrality import centrality_bar
from .common import contrast, kind_colour, text_colour
from .hierarchy import sunburst, treemap
from .time import leaders_gantt, timeline

__all__ = [
    "sunburst",
    "treemap",
    "leaders_gantt",
    "timeline",
    "centrality_bar",
    "kind_colour",
    "text_colour",
    "contrast",
]
