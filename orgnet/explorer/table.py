"""The evidence table of a view as HTML, and the pieces of a row as a person reads them (render stage).

Every cell is escaped with :func:`html.escape`; documents are shown by title with the file name
as a detail. The style sheet is the template ``edge-table.css.j2``.
"""

from __future__ import annotations

import functools
import html
from typing import Any

import pandas as pd

from .. import vocabulary
from ..cells import split_cell

__all__ = ["edge_table_html", "years_text", "doc_name", "record_years"]

_CELL_CLASSES = ("name", "rel", "name", "years", "title", "num", "hedge", "docs", "evidence")
_HEAD = ("from", "relation", "to", "years", "title", "confidence", "hedge", "documents", "evidence")


@functools.lru_cache(maxsize=1)
def _table_css() -> str:
    from ..render.network import template_environment

    return template_environment().get_template("edge-table.css.j2").render().rstrip("\n")


def years_text(a: dict) -> str:
    """The years of an edge for a table: each interval ``1990\u20131995``, comma-separated, or the
    ``start``/``end`` pair when there is no ``intervals`` text.

    >>> years_text({"intervals": "1990-1995;2001-"}), years_text({"start": 1990, "end": None})
    ('1990\u20131995, 2001\u2013', '1990\u2013')
    """
    spans = a.get("intervals")
    if isinstance(spans, str) and spans.strip():
        return ", ".join(x.strip().replace("-", "\u2013") for x in spans.split(";") if x.strip())
    s, e = a.get("start"), a.get("end")
    if s is None and e is None:
        return ""
    return f"{'' if s is None else s}\u2013{'' if e is None else e}"


def record_years(rec: dict) -> str:
    """:func:`years_text` of a row of an edge table (missing start or end as None)."""
    return years_text(
        {
            "start": None if pd.isna(rec["start"]) else rec["start"],
            "end": None if pd.isna(rec["end"]) else rec["end"],
            "intervals": rec.get("intervals"),
        }
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value), quote=True)


def doc_name(doc: str, titles: dict[str, str]) -> str:
    """A document as a person reads it: ``title (file name)``, or the file name alone."""
    t = titles.get(doc, "")
    return f"{t} ({doc})" if t else doc


def _doc_cell(doc: str, titles: dict[str, str]) -> str:
    """A document in an HTML cell: its title, the file name small and grey (escaped)."""
    t = titles.get(doc, "")
    if not t:
        return _cell(doc)
    return f'{_cell(t)} <span class="file">{_cell(doc)}</span>'


def _row(rec: dict, rel_vocab: dict, titles: dict[str, str]) -> str:
    """One ``<tr>`` of the table."""
    years = '<span class="tag">undated</span>' if rec.get("undated") is True else _cell(record_years(rec))
    conf = "" if pd.isna(rec["confidence"]) else f"{float(rec['confidence']):.2f}"
    rel = rel_vocab.get(rec["relation"], {}).get("label", rec["relation"])
    cells = [
        _cell(rec["source_label"]),
        _cell(rel),
        _cell(rec["target_label"]),
        years,
        _cell(rec["title"]),
        conf,
        _cell(rec["hedge"]),
        "<br>".join(_doc_cell(d, titles) for d in split_cell(rec["docs"])),
        _cell(rec["evidence"]),
    ]
    cls = ' class="hit"' if rec["highlighted"] else ""
    return f"<tr{cls}>" + "".join(f'<td class="{k}">{c}</td>' for k, c in zip(_CELL_CLASSES, cells)) + "</tr>"


def edge_table_html(edges: pd.DataFrame, max_rows: int = 200, titles: dict[str, str] | None = None) -> str:
    """The edge table as an HTML ``<table>``, every cell escaped with :func:`html.escape`;
    documents by their `titles` (``{file name: title}``), the file name as a detail.

    Highlighted rows carry ``class="hit"``; undated rows under an as-of year say so; at most
    `max_rows` rows are written (a caption says how many there are).

    >>> from orgnet.graph import edge_table, example_tables, to_graph
    >>> page = edge_table_html(edge_table(to_graph(example_tables())), max_rows=2)
    >>> page.count("<tr") - 1, "first 2 of 9" in page
    (2, True)
    """
    rel_vocab = vocabulary.relations()
    out = [_table_css(), '<div class="orgnet-edges"><table>']
    n = len(edges)
    if n > max_rows:
        out.append(
            f"<caption>Showing the first {max_rows} of {n} edges (highlighted first); "
            "the export holds them all.</caption>"
        )
    out.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in _HEAD) + "</tr></thead><tbody>")
    out += [_row(rec, rel_vocab, titles or {}) for rec in edges.head(max_rows).to_dict("records")]
    if n == 0:
        out.append(f'<tr><td colspan="{len(_HEAD)}">No edges in this view.</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)
