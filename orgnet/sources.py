"""Source documents as a person reads them: by title, the file name only as a detail (render stage).

The tables name documents by file name (``doc``), which is what the data needs; people
need titles. These helpers put the title of ``documents.csv`` next to (or instead of) the
file name, falling back to the file name when a document has no title, and spell out the
``conflicts`` table one value and document per row.

>>> import pandas as pd
>>> docs = pd.DataFrame({"doc": ["a.txt", "b.txt"], "title": ["Bureau of Tides", ""]})
>>> titled(pd.DataFrame({"doc": ["b.txt", "a.txt"], "n": [1, 2]}), docs)
          document    doc  n
0            b.txt  b.txt  1
1  Bureau of Tides  a.txt  2
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["titles", "title_of", "titled", "conflict_values", "conflict_sides"]


def titles(documents: Any) -> dict[str, str]:
    """``{doc: title}`` from a ``documents`` table (or its records); empty titles kept as ``""``."""
    if documents is None:
        return {}
    recs = documents.to_dict("records") if isinstance(documents, pd.DataFrame) else list(documents)
    return {str(r.get("doc") or ""): str(r.get("title") or "").strip() for r in recs}


def title_of(doc: str, known: dict[str, str]) -> str:
    """The title of `doc`, or the file name when it has none.

    >>> title_of("a.txt", {"a.txt": "Bureau of Tides"}), title_of("b.txt", {"b.txt": ""})
    ('Bureau of Tides', 'b.txt')
    """
    return known.get(doc) or doc


def titled(df: pd.DataFrame, documents: Any, column: str = "doc", into: str = "document") -> pd.DataFrame:
    """A copy of `df` with a column `into` just before `column`: the titles of the documents it
    names (``;``-joined cells give ``; ``-joined titles), the file name where there is no title.
    (Not ``title``: the claims and edges tables have a ``title`` column, the office of a leader.)"""
    known = titles(documents)
    out = df.copy()
    names = [[title_of(d.strip(), known) for d in str(cell or "").split(";") if d.strip()] for cell in out[column]]
    out.insert(list(out.columns).index(column), into, ["; ".join(n) for n in names])
    return out


def conflict_values(row: dict) -> list[dict]:
    """The values of one ``conflicts`` row, each with the documents that give it:
    ``[{"value": ..., "docs": [...]}, ...]`` in the row's order.

    >>> conflict_values({"values": "about 1,000;4,000", "docs": "about 1,000: a.txt, b.txt; 4,000: c.txt"})
    [{'value': 'about 1,000', 'docs': ['a.txt', 'b.txt']}, {'value': '4,000', 'docs': ['c.txt']}]
    """
    values = [v for v in str(row.get("values") or "").split(";") if v]
    out: list[dict] = []
    # "v1: d1, d2; v2: d3": read with the known values, which may hold ", " or ": " themselves
    rest = str(row.get("docs") or "")
    parts = rest.split("; ")
    i = 0
    for v in values:
        docs: list[str] = []
        while i < len(parts) and not parts[i].startswith(v + ": "):
            i += 1
        if i < len(parts):
            docs = [d for d in parts[i][len(v) + 2 :].split(", ") if d]
            i += 1
        out.append({"value": v, "docs": docs})
    return out


def conflict_sides(conflicts: pd.DataFrame, documents: Any = None) -> pd.DataFrame:
    """The conflicts table with one row per entity, field, value and document, the document
    by title (``document``) and file name (``doc``).

    >>> c = pd.DataFrame([{"entity": "x", "label": "X", "field": "founded", "values": "1983;1984",
    ...                    "docs": "1983: a.txt; 1984: b.txt"}])
    >>> conflict_sides(c, pd.DataFrame({"doc": ["a.txt"], "title": ["Bureau of Tides"]}))[["value", "document", "doc"]]
      value         document    doc
    0  1983  Bureau of Tides  a.txt
    1  1984            b.txt  b.txt
    """
    known = titles(documents)
    rows = []
    for rec in conflicts.to_dict("records"):
        for side in conflict_values(rec):
            for d in side["docs"]:
                rows.append(
                    {
                        "entity": rec.get("entity", ""),
                        "label": rec.get("label", ""),
                        "field": rec.get("field", ""),
                        "value": side["value"],
                        "document": title_of(d, known),
                        "doc": d,
                    }
                )
    return pd.DataFrame(rows, columns=["entity", "label", "field", "value", "document", "doc"])
