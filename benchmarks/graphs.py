"""Invented networks of a chosen size in the orgnet tables schema, for the render benchmark.

``graph_tables(n)`` gives :class:`orgnet.tables.Tables` of about `n` nodes: a tree of bodies
(each under an earlier one, ``subordinate_to``), persons leading bodies (``leads``), and cross
links between bodies (``funded_by``, ``front_for``, ``partner_of``, ...) so that there are
about 1.5 edges per node; every edge has one claim with an evidence sentence and a document,
as a build would give. Every name is invented; the same n and seed give the same tables.
"""

from __future__ import annotations

import random

import pandas as pd

from orgnet.tables import SCHEMA, TABLE_NAMES, Tables

__all__ = ["graph_tables"]

_KINDS = ("state_body", "security_service", "party_body", "think_tank", "association", "education", "media")
_NOUN = {
    "state_body": "Bureau",
    "security_service": "Directorate",
    "party_body": "Committee",
    "think_tank": "Institute",
    "association": "Society",
    "education": "Academy",
    "media": "Press",
}
_WORDS = (
    "Harbour",
    "Meridian",
    "Lantern",
    "Cobalt",
    "Juniper",
    "Granite",
    "Saffron",
    "Tidewater",
    "Northgate",
    "Amber",
    "Willow",
    "Falcon",
    "Orchard",
    "Beacon",
    "Cedar",
    "Quarry",
    "Summit",
    "Hollow",
    "Ember",
    "Heron",
)
_TOPICS = (
    "Maritime",
    "Frontier",
    "Energy",
    "Trade",
    "Cultural",
    "Strategic",
    "Regional",
    "Island",
    "Border",
    "Coastal",
    "Civic",
    "Naval",
    "Polar",
    "Delta",
)
_FAMILY = ("Arden", "Bao", "Castor", "Dorn", "Fang", "Galt", "Hao", "Kell", "Lan", "Marek", "Ning", "Pell", "Rask")
_GIVEN = ("Wenbo", "Mingjie", "Ruixi", "Lanying", "Kaifeng", "Taowei", "Xiuhan", "Haolin", "Jiaran", "Shuqi")
_CROSS = ("funded_by", "front_for", "partner_of", "affiliated_with", "operated_by", "overseen_by", "targets")


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    schema = SCHEMA[table]
    df = pd.DataFrame(rows, columns=list(schema))
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.array([None if v is None or v != v else int(v) for v in df[col]], dtype="Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    return df


def graph_tables(n_nodes: int, seed: int = 0, edges_per_node: float = 1.5, n_docs: int = 20) -> Tables:
    """Tables of `n_nodes` nodes (four bodies to one person) and about `edges_per_node` edges per node."""
    rng = random.Random(f"orgnet-graph-{seed}-{n_nodes}")
    docs = [f"{i:03d}_invented_article.txt" for i in range(n_docs)]
    n_persons = max(1, n_nodes // 5)
    n_bodies = n_nodes - n_persons
    nodes, edges, claims = [], [], []
    labels: dict[str, str] = {}
    seen: set[tuple[str, str, str]] = set()
    for i in range(n_bodies):
        kind = "state_body" if i == 0 else rng.choice(_KINDS)
        label = (
            "Ministry of Public Vigilance"
            if i == 0
            else f"{rng.choice(_WORDS)} {rng.choice(_TOPICS)} {_NOUN[kind]} {i}"
        )
        nid = f"body-{i}"
        labels[nid] = label
        nodes.append(
            {
                "id": nid,
                "label": label,
                "kind": kind,
                "aliases": f"B{i}",
                "name_zh": "",
                "founded": rng.randint(1950, 2015),
                "description": f"The {label} is an invented body.",
                "docs": rng.choice(docs),
                "n_docs": 1,
                "n_claims": 1,
                "degree": 0,
            }
        )
    for i in range(n_persons):
        nid = f"person-{i}"
        labels[nid] = f"{rng.choice(_FAMILY)} {rng.choice(_GIVEN)} {i}"
        nodes.append(
            {
                "id": nid,
                "label": labels[nid],
                "kind": "person",
                "aliases": "",
                "name_zh": "",
                "founded": None,
                "description": "",
                "docs": rng.choice(docs),
                "n_docs": 1,
                "n_claims": 1,
                "degree": 0,
            }
        )

    def edge(s: str, t: str, rel: str, start=None, end=None, title: str = "") -> None:
        if (s, rel, t) in seen or s == t:
            return
        seen.add((s, rel, t))
        doc = rng.choice(docs)
        cid = f"{doc[:-4]}-{len(claims) + 1:05d}"
        conf = round(rng.uniform(0.3, 0.95), 3)
        hedge = rng.choices(("stated", "reported", "alleged"), (6, 2, 1))[0]
        ev = f"{labels[s]} {rel.replace('_', ' ')} the {labels[t]}"
        claims.append(
            {
                "claim_id": cid,
                "subject": s,
                "relation": rel,
                "object": t,
                "value": "",
                "start": start,
                "end": end,
                "title": title,
                "doc": doc,
                "section": "History",
                "char_start": 0,
                "char_end": len(ev),
                "evidence": ev,
                "refs": "1",
                "citations": "[1] An invented source.",
                "method": "pattern",
                "hedge": hedge,
                "confidence": conf,
                "subject_name": labels[s],
                "object_name": labels[t],
            }
        )
        edges.append(
            {
                "source": s,
                "target": t,
                "relation": rel,
                "start": start,
                "end": end,
                "title": title,
                "n_claims": 1,
                "docs": doc,
                "evidence": ev,
                "confidence": conf,
                "hedge": hedge,
                "source_label": labels[s],
                "target_label": labels[t],
                "claim_ids": cid,
                "refs": "1",
            }
        )

    for i in range(1, n_bodies):  # the tree: each body under an earlier one
        parent = rng.randrange(max(0, i - 40), i)
        edge(f"body-{i}", f"body-{parent}", "subordinate_to", start=rng.choice([None, rng.randint(1960, 2020)]))
    for i in range(n_persons):  # leaders
        start = rng.randint(1960, 2020)
        edge(
            f"person-{i}",
            f"body-{rng.randrange(n_bodies)}",
            "leads",
            start=start,
            end=rng.choice([None, start + rng.randint(1, 15)]),
            title=rng.choice(("Director", "President")),
        )
    target = round(edges_per_node * n_nodes)
    tries = 0
    while len(edges) < target and tries < 20 * target and n_bodies > 1:  # cross links
        tries += 1
        a, b = rng.sample(range(n_bodies), 2)
        edge(f"body-{a}", f"body-{b}", rng.choice(_CROSS), start=rng.choice([None, rng.randint(1970, 2020)]))
    degree: dict[str, int] = {}
    for e in edges:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    for n in nodes:
        n["degree"] = degree.get(n["id"], 0)
    documents = [
        {
            "doc": d,
            "title": f"Invented article {i}",
            "layout": "prose",
            "chars": 5000,
            "n_claims": 0,
            "status": "ok",
            "warnings": "",
            "unparsed": "",
            "n_sentences": 40,
            "n_fields": 0,
            "n_references": 3,
            "encoding": "utf-8",
            "url": "",
            "retrieved": "",
            "reliability": "",
        }
        for i, d in enumerate(docs)
    ]
    frames = {"nodes": nodes, "edges": edges, "claims": claims, "documents": documents, "conflicts": []}
    return Tables(**{name: _frame(name, frames.get(name, [])) for name in TABLE_NAMES})
