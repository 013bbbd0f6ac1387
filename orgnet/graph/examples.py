"""A small invented build for examples and tests (graph stage: examples).

:func:`example_tables` gives tables with the schema's columns and dtypes: a ministry, its
bureau, the bureau's front and the people who lead it. Every name is invented.
"""

from __future__ import annotations

import pandas as pd

from ..cells import plain
from ..tables import SCHEMA, TABLE_NAMES, Tables
from .build import Interval, _stem

__all__ = ["example_tables"]


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    schema = SCHEMA[table]
    df = pd.DataFrame(rows, columns=list(schema))
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.array([None if plain(v) is None else int(v) for v in df[col]], dtype="Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    return df


#: the two documents of the example build
_W, _GD = "widgets.txt", "gadgets.txt"
#: people: id -> name
_PEOPLE = {"anna-karlsson": "Anna Karlsson", "li-wei": "Li Wei", "sam-okoro": "Sam Okoro"}
#: bodies: id, label, kind, aliases, founded, description, document(s)
_BODIES = [
    (
        "ministry-of-widgets",
        "Ministry of Widgets",
        "state_body",
        "MOW",
        1950,
        "The Ministry of Widgets (MOW) is the government ministry in charge of widgets.",
        _W,
    ),
    (
        "bureau-of-sprockets",
        "Bureau of Sprockets",
        "security_service",
        "BOS",
        1983,
        "The Bureau of Sprockets is the secret service of the Ministry of Widgets.",
        _W,
    ),
    (
        "widget-research-institute",
        "Widget Research Institute",
        "think_tank",
        "WRI;Institute of Widget Studies",
        1980,
        "The Widget Research Institute is a think tank.",
        f"{_W};{_GD}",
    ),
    ("gadget-friendship-society", "Gadget Friendship Society", "association", "", 2001, "", _GD),
    ("ruritanian-parliament", "Ruritanian Parliament", "foreign", "", None, "", _GD),
]
#: links: source, target, relation, start, end, title, doc(s), evidence, confidence, hedge
_LINKS = [
    (
        "bureau-of-sprockets",
        "ministry-of-widgets",
        "subordinate_to",
        1983,
        None,
        "",
        _W,
        "In 1983 the Bureau of Sprockets was placed under the Ministry of Widgets.",
        0.9,
        "stated",
    ),
    (
        "widget-research-institute",
        "bureau-of-sprockets",
        "front_for",
        None,
        None,
        "",
        f"{_W};{_GD}",
        "The Widget Research Institute is the public face of the Bureau of Sprockets.",
        0.8,
        "reported",
    ),
    (
        "widget-research-institute",
        "bureau-of-sprockets",
        "operated_by",
        None,
        None,
        "",
        _W,
        "The Bureau of Sprockets operates the Widget Research Institute.",
        0.7,
        "stated",
    ),
    (
        "widget-research-institute",
        "ministry-of-widgets",
        "funded_by",
        None,
        None,
        "",
        _W,
        "The institute is funded by the Ministry of Widgets.",
        0.6,
        "stated",
    ),
    (
        "widget-research-institute",
        "ruritanian-parliament",
        "targets",
        None,
        None,
        "",
        _GD,
        "The institute allegedly seeks to influence the Ruritanian Parliament.",
        0.4,
        "alleged",
    ),
    (
        "gadget-friendship-society",
        "widget-research-institute",
        "established_by",
        2001,
        None,
        "",
        _GD,
        "In 2001 the institute set up the Gadget Friendship Society.",
        0.7,
        "stated",
    ),
    (
        "anna-karlsson",
        "widget-research-institute",
        "leads",
        1990,
        2005,
        "Director",
        _W,
        "Anna Karlsson (1990 – 2005)",
        0.9,
        "stated",
    ),
    (
        "li-wei",
        "widget-research-institute",
        "leads",
        2005,
        None,
        "President",
        _W,
        "Li Wei (2005 – present)",
        0.9,
        "stated",
    ),
    (
        "sam-okoro",
        "widget-research-institute",
        "leads",
        None,
        None,
        "Deputy Director",
        _GD,
        "Deputy Director: Sam Okoro",
        0.6,
        "stated",
    ),
]


def example_tables() -> Tables:
    """A small invented build, for examples and tests.

    A Ministry of Widgets (MOW) commands a Bureau of Sprockets, whose public face is the Widget
    Research Institute (WRI; formerly the Institute of Widget Studies), which set up a Gadget
    Friendship Society and seeks to influence the Ruritanian Parliament; Anna Karlsson (1990 -
    2005) and Li Wei (2005 - present) led the institute, Sam Okoro is its deputy (undated).
    Two documents, ``widgets.txt`` and ``gadgets.txt``. Every name is invented.

    Returns
    -------
    Tables
        8 nodes, 9 edges, 14 claims, 2 documents, no conflicts, with the schema's columns
        and dtypes.

    Examples
    --------
    >>> t = example_tables()
    >>> len(t.nodes), len(t.edges), len(t.claims), list(t.documents["doc"])
    (8, 9, 14, ['widgets.txt', 'gadgets.txt'])
    """
    log = _ClaimLog()
    labels = {b[0]: b[1] for b in _BODIES} | _PEOPLE
    edges = [_link_row(log, labels, *link) for link in _LINKS]
    merges = _own_claims(log)
    frames: dict[str, list[dict]] = {
        "nodes": _node_rows(labels, log.rows, edges),
        "edges": edges,
        "claims": log.rows,
        "documents": _document_rows(log.rows),
        "conflicts": [],
        "merges": merges,
    }
    return Tables(**{name: _frame(name, frames[name]) for name in TABLE_NAMES})


class _ClaimLog:
    """The example's claims, numbered in the order they are added."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, doc: str, **kw) -> str:
        self.rows.append(
            {
                "claim_id": f"{_stem(doc)}-{len(self.rows) + 1:04d}",
                "doc": doc,
                "section": "",
                "method": "curated",
                "refs": "",
                "citations": "",
                "hedge": "stated",
                "confidence": 0.9,
                **kw,
            }
        )
        return self.rows[-1]["claim_id"]


def _link_row(log: _ClaimLog, labels: dict, s, t, rel, start, end, title, docs, ev, conf, hedge) -> dict:
    """A link's claims (one per document) into ``log``, and its row of the edges table."""
    ids = [
        log.add(
            d,
            subject=s,
            relation=rel,
            object=t,
            start=start,
            end=end,
            title=title,
            evidence=ev,
            hedge=hedge,
            confidence=conf,
            subject_name=labels[s],
            object_name=labels[t],
        )
        for d in docs.split(";")
    ]
    return {
        "source": s,
        "target": t,
        "relation": rel,
        "start": start,
        "end": end,
        "intervals": "" if start is None and end is None else str(Interval(start, end)),
        "title": title,
        "n_claims": len(ids),
        "docs": docs,
        "evidence": ev,
        "confidence": conf,
        "hedge": hedge,
        "source_label": labels[s],
        "target_label": labels[t],
        "claim_ids": ";".join(ids),
        "refs": "",
    }


def _own_claims(log: _ClaimLog) -> list[dict]:
    """The bodies' founding years and the institute's former name into ``log``; the merge row
    the former name makes."""
    for bid, label, _, _, founded, _, docs in _BODIES:
        if founded is not None and bid != "gadget-friendship-society":
            log.add(
                docs.split(";")[0],
                subject=bid,
                relation="founded",
                value=str(founded),
                evidence=f"The {label} was founded in {founded}.",
                subject_name=label,
            )
    renamed = log.add(
        _W,
        subject="widget-research-institute",
        relation="former_name",
        value="Institute of Widget Studies",
        start=1995,
        evidence="In 1995 the Institute of Widget Studies was renamed the Widget Research Institute.",
        subject_name="Widget Research Institute",
    )
    return [
        {
            "entity": "widget-research-institute",
            "label": "Widget Research Institute",
            "name": "Widget Research Institute",
            "other_name": "Institute of Widget Studies",
            "rule": "former_name",
            "doc": _W,
            "claim_id": renamed,
            "evidence": log.rows[-1]["evidence"],
        }
    ]


def _node_rows(labels: dict, claims: list[dict], edges: list[dict]) -> list[dict]:
    degree = {k: sum(e["source"] == k or e["target"] == k for e in edges) for k in labels}
    mine = {k: [c for c in claims if k in (c["subject"], c.get("object"))] for k in labels}
    doc_order = [_W, _GD]
    docs_of = {k: [d for d in doc_order if any(c["doc"] == d for c in mine[k])] for k in labels}
    kinds = {b[0]: b[2] for b in _BODIES} | {p: "person" for p in _PEOPLE}
    extra = {b[0]: (b[3], b[4], b[5]) for b in _BODIES}
    return [
        {
            "id": k,
            "label": labels[k],
            "kind": kinds[k],
            "aliases": extra.get(k, ("",))[0],
            "name_zh": "",
            "founded": extra.get(k, ("", None))[1],
            "description": extra.get(k, ("", None, ""))[2],
            "docs": ";".join(docs_of[k]),
            "n_docs": len(docs_of[k]),
            "n_claims": len(mine[k]),
            "degree": degree[k],
        }
        for k in sorted(labels)
    ]


def _document_rows(claims: list[dict]) -> list[dict]:
    return [
        {
            "doc": d,
            "title": title,
            "layout": "dash-infobox",
            "chars": 0,
            "status": "ok",
            "warnings": "",
            "unparsed": "",
            "n_claims": sum(c["doc"] == d for c in claims),
        }
        for d, title in ((_W, "Ministry of Widgets"), (_GD, "Gadget Friendship Society"))
    ]
