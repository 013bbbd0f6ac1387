"""How long an Explorer redraw takes on a network of about 2,000 nodes.

Builds invented tables in the orgnet schema (``orgnet.tables.SCHEMA``): a tree of bodies under
one ministry, cross links between them, persons leading them, every edge with a confidence and
most with years, one claim per edge. Constructs ``orgnet.Explorer`` on them, then changes one
control at a time, N times each, and times the whole handler (selection, page HTML, widget
values): the minimum-confidence slider, the kinds multi-select, the focus combobox (with depth)
and the as-of year. Prints the median and 90th percentile in milliseconds.

    .venv/bin/python benchmarks/explorer_redraw.py [--nodes 2000] [--repeats 15] [--profile]

Every name is invented.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time

import pandas as pd

from orgnet.tables import SCHEMA, TABLE_NAMES, Tables

KINDS = ("state_body", "security_service", "party_body", "think_tank", "association", "education", "media",
         "business")
WORDS = ("Harbour", "Meridian", "Lantern", "Cobalt", "Juniper", "Granite", "Saffron", "Tidewater", "Northgate",
         "Amber", "Willow", "Falcon", "Silver", "Orchard", "Beacon", "Cedar", "Quarry", "Summit", "Hollow", "Ember")
NOUNS = {"state_body": "Bureau", "security_service": "Directorate", "party_body": "Committee",
         "think_tank": "Institute", "association": "Society", "education": "Academy", "media": "Press",
         "business": "Trading Company"}
GIVEN = ("Ada", "Bram", "Cato", "Dara", "Eli", "Fen", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lena", "Milo", "Nia")
FAMILY = ("Arden", "Brook", "Corrin", "Dale", "Ellery", "Frost", "Garrow", "Hale", "Ives", "Keane", "Lowry")
CROSS = ("affiliated_with", "funded_by", "front_for", "partner_of", "operated_by", "targets")


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


def synthetic_tables(n_nodes: int = 2000, seed: int = 7, n_docs: int = 12) -> Tables:
    """Invented tables of about `n_nodes` nodes (three bodies to one person), 1.4 edges per node."""
    rng = random.Random(seed)
    docs = [f"{i:03d}_synthetic.txt" for i in range(n_docs)]
    n_bodies = n_nodes * 3 // 4
    nodes, edges, claims = [], [], []
    labels: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for i in range(n_bodies):
        kind = "state_body" if i == 0 else rng.choice(KINDS)
        label = f"{'Ministry of' if i == 0 else rng.choice(WORDS)} {rng.choice(WORDS)} {NOUNS[kind]} {i}"
        nid = f"body-{i}"
        labels[nid], kind_of[nid] = label, kind
        nodes.append({"id": nid, "label": label, "kind": kind, "aliases": f"B{i}", "name_zh": "",
                      "founded": rng.randint(1950, 2015), "description": f"The {label} is an invented body.",
                      "docs": rng.choice(docs), "n_docs": 1, "n_claims": 1, "degree": 0})
    for i in range(n_nodes - n_bodies):
        label = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {i}"
        nid = f"person-{i}"
        labels[nid], kind_of[nid] = label, "person"
        nodes.append({"id": nid, "label": label, "kind": "person", "aliases": "", "name_zh": "", "founded": None,
                      "description": "", "docs": rng.choice(docs), "n_docs": 1, "n_claims": 1, "degree": 0})

    def edge(s: str, t: str, rel: str, start=None, end=None, title: str = "") -> None:
        doc = rng.choice(docs)
        cid = f"{doc[:-4]}-{len(claims):05d}"
        conf = round(rng.uniform(0.3, 0.95), 3)
        hedge = rng.choices(("stated", "reported", "alleged"), (6, 2, 1))[0]
        ev = f"{labels[s]} {rel.replace('_', ' ')} {labels[t]}."
        claims.append({"claim_id": cid, "subject": s, "relation": rel, "object": t, "value": "", "start": start,
                       "end": end, "title": title, "doc": doc, "section": "History", "char_start": 0,
                       "char_end": len(ev), "evidence": ev, "refs": "1", "citations": "[1] An invented source.",
                       "method": "pattern", "hedge": hedge, "confidence": conf, "subject_name": labels[s],
                       "object_name": labels[t]})
        edges.append({"source": s, "target": t, "relation": rel, "start": start, "end": end, "title": title,
                      "n_claims": 1, "docs": doc, "evidence": ev, "confidence": conf, "hedge": hedge,
                      "source_label": labels[s], "target_label": labels[t], "claim_ids": cid, "refs": "1"})

    for i in range(1, n_bodies):  # the tree: each body under an earlier one
        parent = rng.randrange(max(0, i - 40), i) if i > 40 else rng.randrange(0, i)
        edge(f"body-{i}", f"body-{parent}", "subordinate_to", start=rng.choice([None, rng.randint(1960, 2020)]))
    for _ in range(n_bodies // 3):  # cross links
        a, b = rng.sample(range(n_bodies), 2)
        edge(f"body-{a}", f"body-{b}", rng.choice(CROSS), start=rng.choice([None, rng.randint(1970, 2020)]))
    for i in range(n_nodes - n_bodies):  # leaders
        start = rng.randint(1960, 2020)
        end = rng.choice([None, start + rng.randint(1, 15)])
        edge(f"person-{i}", f"body-{rng.randrange(n_bodies)}", "leads", start=start, end=end,
             title=rng.choice(("Director", "President", "Chair")))
    documents = [{"doc": d, "title": f"Invented document {i}", "layout": "prose", "chars": 1000, "n_claims": 0,
                  "status": "ok", "warnings": "", "unparsed": ""} for i, d in enumerate(docs)]
    frames = {"nodes": nodes, "edges": edges, "claims": claims, "documents": documents, "conflicts": []}
    return Tables(**{name: _frame(name, frames[name]) for name in TABLE_NAMES})


def _p90(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=15)
    ap.add_argument("--profile", action="store_true", help="cProfile the confidence-slider redraws")
    args = ap.parse_args(argv)

    from orgnet.explorer import Explorer

    tables = synthetic_tables(args.nodes)
    started = time.perf_counter()
    ex = Explorer(tables)
    built = (time.perf_counter() - started) * 1000
    print(f"network: {len(tables.nodes)} nodes, {len(tables.edges)} edges; "
          f"Explorer built and first drawn in {built:.0f} ms")

    no_persons = tuple(v for _, v in ex.kinds.options if v != "person")
    all_kinds = tuple(v for _, v in ex.kinds.options)
    focus_names = [tables.nodes["label"][i] for i in (0, 5, 17, 60, 230)]
    cases = [
        ("min confidence", lambda v: setattr(ex.min_confidence, "value", v), [0.35, 0.5, 0.65, 0.8, 0.2, 0.0]),
        ("kinds", lambda v: setattr(ex.kinds, "value", v), [no_persons, all_kinds, ("person", "state_body")]),
        ("focus (depth 2)", lambda v: setattr(ex.focus, "value", v), focus_names + [""]),
        ("as of year", lambda v: (setattr(ex.all_years, "value", False), setattr(ex.year, "value", v)),
         [1980, 1995, 2005, 2020]),
    ]
    profiler = cProfile.Profile() if args.profile else None
    print(f"{'control':<18} {'n':>3} {'median ms':>10} {'p90 ms':>8} {'max ms':>8}  view nodes")
    for name, setter, values in cases:
        ex.reset()
        if profiler is not None and name == "min confidence":
            profiler.enable()
        times, sizes = [], []
        for i in range(args.repeats):
            setter(values[i % len(values)])
            times.append(ex.redraw_ms)
            sizes.append(ex.state.n_nodes)
        if profiler is not None and name == "min confidence":
            profiler.disable()
        print(f"{name:<18} {len(times):>3} {statistics.median(times):>10.1f} {_p90(times):>8.1f} "
              f"{max(times):>8.1f}  {min(sizes)}-{max(sizes)}")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
