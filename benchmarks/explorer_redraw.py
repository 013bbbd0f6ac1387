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
import statistics
import sys
import time
from pathlib import Path

from orgnet.tables import Tables

sys.path.insert(0, str(Path(__file__).resolve().parent))
from graphs import graph_tables  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)


def synthetic_tables(n_nodes: int = 2000, seed: int = 7) -> Tables:
    """Invented tables of about `n_nodes` nodes (see benchmarks/graphs.py, shared with the render benchmark)."""
    return graph_tables(n_nodes, seed=seed)


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
    print(
        f"network: {len(tables.nodes)} nodes, {len(tables.edges)} edges; "
        f"Explorer built and first drawn in {built:.0f} ms"
    )

    no_persons = [o["value"] for o in ex.kinds.options if o["value"] != "person"]
    all_kinds = [o["value"] for o in ex.kinds.options]
    labels = list(tables.nodes["label"])
    focus_names = [labels[i * len(labels) // 5] for i in range(5)]  # spread over the network, any size
    cases = [
        ("min confidence", lambda v: setattr(ex.min_confidence, "value", v), [0.35, 0.5, 0.65, 0.8, 0.2, 0.0]),
        ("kinds", lambda v: setattr(ex.kinds, "value", v), [no_persons, all_kinds, ("person", "state_body")]),
        ("focus (depth 2)", lambda v: setattr(ex.focus, "value", v), focus_names + [""]),
        (
            "as of year",
            lambda v: (setattr(ex.all_years, "value", False), setattr(ex.year, "value", v)),
            [1980, 1995, 2005, 2020],
        ),
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
        print(
            f"{name:<18} {len(times):>3} {statistics.median(times):>10.1f} {_p90(times):>8.1f} "
            f"{max(times):>8.1f}  {min(sizes)}-{max(sizes)}"
        )
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
