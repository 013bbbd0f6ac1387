"""The Explorer's view as a briefing page, and the file the export button writes.

:func:`view_page` draws a :class:`~orgnet.graph.Selection` as a briefing
(:func:`orgnet.render.network.network_html`) with every edge of the view and its quote in a
table under the drawing; :func:`write_page` writes it atomically.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from ..cells import split_cell
from ..graph import Selection
from ..graph.lookup import node_label
from .table import doc_name, record_years

__all__ = ["view_page", "write_page", "view_title", "view_subtitle"]

_COLUMNS = ["from", "relation", "to", "years", "confidence", "hedge", "documents", "evidence"]


def view_title(G: Any, sel: Selection) -> str:
    if sel.focus is not None:
        return f"{node_label(G, sel.focus)}: neighbourhood"
    return "Explorer view"


def view_subtitle(G: Any, sel: Selection, total_edges: int) -> str:
    return (
        f"{sel.n_nodes} of {G.number_of_nodes()} nodes and {sel.n_edges} of "
        f"{total_edges} edges, chosen in the orgnet Explorer."
    )


def view_page(
    G: Any,
    sel: Selection,
    *,
    tables: Any,
    claims: Mapping,
    titles: Mapping[str, str],
    positions: Mapping | None,
    generated: Any = None,
) -> str:
    """The briefing page of `sel` (a view of the whole network `G` built from `tables`), at
    `positions` (None: laid out afresh)."""
    from ..render.network import network_html

    rows = [
        [
            r["source_label"],
            r["relation"],
            r["target_label"],
            record_years(r),
            "" if pd.isna(r["confidence"]) else f"{r['confidence']:.2f}",
            r["hedge"],
            "; ".join(doc_name(d, dict(titles)) for d in split_cell(r["docs"])),
            r["evidence"],
        ]
        for r in sel.edges.to_dict("records")
    ]
    extra = (
        {
            "title": "Edges in this view",
            "columns": _COLUMNS,
            "rows": rows,
            "caption": "Every edge of the view, with the quote it rests on.",
        },
    )
    return network_html(
        sel.graph,
        title=view_title(G, sel),
        subtitle=view_subtitle(G, sel, G.number_of_edges()),
        sources=tables.documents,
        claims=claims,
        focus=sel.focus,
        generated=generated,
        notes=sel.notes,
        tables=extra,
        positions=positions,
        year=sel.params.get("year"),
        show_undated=sel.params.get("undated", True),
        conflicts=tables.conflicts,
        merges=tables.merges,
    )


def write_page(page: str, path: str | os.PathLike) -> Path:
    """Write `page` to `path` (``.html`` added when it has another ending), atomically; return
    the absolute path."""
    out = Path(path).expanduser()
    if out.suffix.lower() not in (".html", ".htm"):
        out = out.with_suffix(out.suffix + ".html") if out.suffix else out.with_suffix(".html")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return out.resolve()
