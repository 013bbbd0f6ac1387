"""From the controls' values to what the Explorer shows (pure functions over the graph).

The selection itself is :func:`orgnet.graph.select_view` (the one the briefings use);
here are the steps around it: the control values as its arguments (:func:`view_arguments`), a
focus name resolved to its node once (:func:`resolve_focus`), whether a view is laid out afresh
and framed anew, and the counts and status lines over the drawing.
"""

from __future__ import annotations

import html
import json
from typing import Any, Mapping

from ..errors import UnknownNodeError
from ..graph import Selection, find_node

__all__ = [
    "view_arguments",
    "view_key",
    "resolve_focus",
    "framing",
    "lays_out_afresh",
    "counts_html",
    "status_html",
    "FRESH_LAYOUT_MAX",
]

#: views with at most this many nodes are laid out afresh; bigger ones reuse the whole graph's layout
FRESH_LAYOUT_MAX = 300


def view_arguments(values: Mapping[str, Any], full: Mapping[str, Any]) -> dict:
    """The control `values` (``kinds``, ``relations``, ``documents``, ``min_confidence``,
    ``year``, ``all_years``, ``undated``, ``focus``, ``depth``, ``search``, ``path_to``) as
    :func:`~orgnet.graph.select_view` arguments: None where a list keeps all of `full`.

    >>> full = {"kinds": ("person", "ngo"), "relations": ("funds",), "documents": ()}
    >>> a = view_arguments(dict(kinds=["person"], relations=["funds"], documents=[], min_confidence=0.5,
    ...     year=1990, all_years=True, undated=True, focus=" MSS ", depth=2, search="", path_to=""), full)
    >>> a["kinds"], a["relations"], a["year"], a["focus"], a["path"]
    (('person',), None, None, 'MSS', None)
    """
    kinds, rels, docs = tuple(values["kinds"]), tuple(values["relations"]), tuple(values["documents"])
    focus = values["focus"].strip() or None
    to = values["path_to"].strip() or None
    return dict(
        kinds=None if set(kinds) == set(full["kinds"]) else kinds,
        relations=None if set(rels) == set(full["relations"]) else rels,
        docs=None if set(docs) == set(full["documents"]) else docs,
        min_confidence=round(float(values["min_confidence"]), 6),
        year=None if values["all_years"] else int(values["year"]),
        undated=bool(values["undated"]),
        focus=None if to and focus else focus,
        depth=int(values["depth"]),
        search=values["search"].strip(),
        path=(focus, to) if to and focus else None,
    )


def view_key(arguments: Mapping[str, Any]) -> str:
    """A text that is the same for the same :func:`view_arguments` (a view already drawn is not sent again)."""
    return json.dumps(arguments, sort_keys=True, default=lambda x: sorted(x) if isinstance(x, set) else str(x))


def resolve_focus(G: Any, focus: str | None, known: dict[str, str]) -> str | None:
    """The node id of a focus name (found once, then kept in `known`); a name that matches
    nothing is returned as given, for :func:`~orgnet.graph.select_view` to report."""
    if focus is None:
        return None
    if focus not in known:
        try:
            known[focus] = find_node(G, focus)
        except UnknownNodeError:
            pass
    return known.get(focus, focus)


def framing(sel: Selection) -> tuple:
    """What the drawing is framed for: another focus, depth or path frames it anew; after any
    other change zoom, pan and the selection stay where the user left them."""
    return (sel.focus, sel.params.get("depth") if sel.focus is not None else None, sel.params.get("path"))


def lays_out_afresh(sel: Selection, mode: str, *, narrowed_only: bool = True) -> bool:
    """Whether `sel` is drawn at fresh positions under layout `mode` (``auto``: a view of at most
    :data:`FRESH_LAYOUT_MAX` nodes, and with `narrowed_only`, only a focus or path view)."""
    if mode != "auto":
        return mode == "fresh"
    narrowed = sel.focus is not None or sel.params.get("path") is not None
    return (narrowed or not narrowed_only) and sel.n_nodes <= FRESH_LAYOUT_MAX


def counts_html(sel: Selection, n_edges: int, total_nodes: int, total_edges: int) -> str:
    """The counts over the drawing."""
    found = f" \u00b7 {len(sel.highlight)} found" if sel.highlight else ""
    return (
        f'<span class="orgnet-counts"><b>{sel.n_nodes}</b> nodes \u00b7 <b>{n_edges}</b> edges shown '
        f"(of {total_nodes} nodes, {total_edges} edges){found}</span>"
    )


def status_html(sel: Selection) -> str:
    """The selection's problems (a name that matches nothing, ...) and notes, over the drawing."""
    parts = [f"<span style='color:#8a3b00;font-weight:600'>{html.escape(p)}</span>" for p in sel.problems]
    parts += [f"<span style='color:#5c6670'>{html.escape(n)}</span>" for n in sel.notes]
    return '<span class="orgnet-status">' + " \u00b7 ".join(parts) + "</span>"
