"""Node sizes by a measure and community rings for the Explorer's drawing, on request.

Each is computed once on the whole network (kept in a cache the Explorer holds) and sent as
the drawing's ``marks`` (``{"size": {index: size}, "ring": {index: colour}, "community":
{index: number}}``); :func:`marks_of` also gives the key under the drawing that says what
size and ring mean.
"""

from __future__ import annotations

import html
from typing import Any, Mapping

from .controls import KEYS, MEASURES, legend_html

__all__ = ["marks_of"]


def marks_of(G: Any, measure: str, communities: bool, node_index: Mapping, cache: dict) -> tuple[dict, str]:
    """The drawing's marks for node size by `measure` (``degree``: none, the drawing's own) and,
    with `communities`, ring colours; and the legend HTML under the drawing."""
    from ..graph import communities as find_communities
    from ..graph import node_measure
    from ..render.network import community_rings, measure_sizes

    marks: dict[str, dict] = {}
    if measure != "degree":
        if measure not in cache:
            cache[measure] = measure_sizes(node_measure(G, measure), G.nodes)
        marks["size"] = {str(node_index[n]): v for n, v in cache[measure].items()}
    label = {value: label for label, value in MEASURES}[measure]
    keys = KEYS if measure == "degree" else KEYS.replace("links in the whole network", f"{label} in the whole network")
    if not communities:
        return marks, legend_html(keys)
    if "communities" not in cache:
        cache["communities"] = community_rings(find_communities(G), G.nodes)
    rings, legend = cache["communities"]
    marks["ring"] = {str(node_index[n]): colour for n, (_, colour) in rings.items()}
    marks["community"] = {str(node_index[n]): c for n, (c, _) in rings.items()}
    key = " \u00b7 ".join(
        f"<span style='color:{html.escape(e['colour'])}'>\u25cf</span> {html.escape(e['label'])} ({e['count']})"
        for e in legend
    )
    return marks, legend_html(keys, key)
