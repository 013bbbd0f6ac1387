"""The Explorer timed where the user sees it: in a real JupyterLab, from a click to the new drawing.

Writes the invented tables of ``explorer_redraw.synthetic_tables`` (about 2,000 nodes) to a
folder, runs a notebook that shows ``orgnet.Explorer`` of them in this environment's JupyterLab,
opens it in headless Chromium (``/usr/bin/chromium``) and measures:

* first display, twice: in a fresh kernel with nothing stored (the whole network laid out),
  then in a second JupyterLab's fresh kernel that finds the layout and the first view the first
  one stored (``orgnet.render.live.whole_layout``, ``orgnet.explorer.firstview``: the notebook
  shows ``orgnet.Explorer(folder)``; both in a throw-away ``ORGNET_LAYOUT_CACHE``); each
  from running the cell to the end of the first frame that shows the
  network (the kernel builds the Explorer, the browser receives the whole network once,
  evaluates vis-network, makes the drawing, draws), and where that time went: the phases of
  ``jupyterlab.PHASES``, read from the marks the page and the widget set
  (``window.orgnetKernelMarks``: the first widget message and the cell's result as the page
  receives them; ``canvas.orgnet.marks``: ``render``, ``library``, ``parsed``, ``network``,
  ``applied``, ``drawn``, by live.js.j2); the kernel's own figure (Explorer construction,
  in-process) beside them;
* redraws: each of five controls changed in the page (a kind ticked off and on, a relation, a
  document, "all years", "show undated links"), `--repeats` times each; the time from the
  click to the first frame that shows the new view, by the page's clock;
* when the controls are on the page: they come after the first drawing (the kernel makes them
  when the drawing says it drew), so the figure is the first display's plus theirs;
* the bytes of one change's message, against the whole network's.

    .venv/bin/python benchmarks/explorer_browser.py [--nodes 2000] [--repeats 6] [--json FILE]
    .venv/bin/python benchmarks/explorer_browser.py --first 5    # the first display only, 5 runs

``--first N`` times the first display alone, N times, each in a new JupyterLab (a fresh
kernel), in pairs: a build's first display (its layout stored, no first view stored yet: the
kernel reads the tables and builds everything), then a later one (the first view the previous
kernel stored, shown before the tables are read).

Prints one line per control and a summary; ``--json`` writes the figures (``make bench`` reads
them into benchmarks/results.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from explorer_redraw import synthetic_tables  # noqa: E402
from jupyterlab import (  # noqa: E402
    Lab,
    click_checkbox,
    click_text_checkbox,
    launch,
    open_notebook,
    timed_change,
)


def _p90(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]


def measure(nodes: int = 2000, repeats: int = 6) -> dict:
    from playwright.sync_api import sync_playwright

    import orgnet
    from orgnet.explorer import Explorer
    from orgnet.render.live import LAYOUT_CACHE_ENV

    tables = synthetic_tables(nodes)
    saved_env = os.environ.get(LAYOUT_CACHE_ENV)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tables"
        tables.write(folder)
        os.environ[LAYOUT_CACHE_ENV] = "0"  # this process stores no layout: the kernel's first display lays out
        started = time.perf_counter()
        ex = Explorer(tables)  # the Python side of the same changes, for the figures beside
        build_ms = (time.perf_counter() - started) * 1000
        os.environ[LAYOUT_CACHE_ENV] = str(Path(tmp) / "layouts")  # the kernels' (they inherit it)
        kind = ex.kinds.options[0]["label"]
        relation = ex.relations.options[0]["label"]
        document = ex.documents.options[0]["label"]
        py_ms: list[float] = []
        for _ in range(2):
            for control, values in (
                (ex.kinds, ex.kinds.value[1:]),
                (ex.relations, ex.relations.value[1:]),
                (ex.documents, ex.documents.value[1:]),
            ):
                full = list(control.value)
                control.value = list(values)
                py_ms.append(ex.redraw_ms)
                control.value = full
                py_ms.append(ex.redraw_ms)
            for box in (ex.all_years, ex.undated):
                box.value = not box.value
                py_ms.append(ex.redraw_ms)
                box.value = not box.value
                py_ms.append(ex.redraw_ms)
        base_bytes = len(ex.network._base_json.encode("utf-8"))  # what the browser is sent
        view_bytes = len(json.dumps(ex.network.view))
        code = f"import orgnet\nexplorer = orgnet.Explorer({str(folder)!r})\nexplorer"
        controls = {
            "kinds": click_checkbox("Kinds", kind),
            "relations": click_checkbox("Relations", relation),
            "documents": click_checkbox("Documents", document),
            "all years": click_text_checkbox("all years"),
            "undated": click_text_checkbox("show undated links"),
        }
        times: dict[str, list[float]] = {k: [] for k in controls}
        with Lab(Path(tmp) / "lab", code) as lab, sync_playwright() as p:
            browser = launch(p)
            started = time.perf_counter()
            page = open_notebook(browser, lab, viewport=(1280, 800), timeout=300)
            first_ms = page.orgnet_first_ms
            phases = page.orgnet_first_phases
            controls_ms = page.orgnet_controls_ms
            page.wait_for_timeout(1000)
            loads = []
            for _ in range(repeats):
                for name, act in controls.items():
                    r = timed_change(page, act)
                    if r["ms"] is not None:
                        times[name].append(r["ms"])
                    loads.append(r["loads"])
            page.context.close()
            # a new kernel (a second JupyterLab) showing the same network: the layout and first view stored
            with Lab(Path(tmp) / "lab2", code) as lab2:
                page = open_notebook(browser, lab2, viewport=(1280, 800), timeout=300)
                stored_ms, stored_phases = page.orgnet_first_ms, page.orgnet_first_phases
                stored_controls_ms = page.orgnet_controls_ms
                page.context.close()
            browser.close()
            wall = time.perf_counter() - started
    if saved_env is None:
        os.environ.pop(LAYOUT_CACHE_ENV, None)
    else:
        os.environ[LAYOUT_CACHE_ENV] = saved_env
    every = [t for ts in times.values() for t in ts]
    return {
        "nodes": nodes,
        "edges": tables.edges.shape[0],
        "repeats": repeats,
        "first_display_ms": round(first_ms, 1),
        "first_display_phases_ms": phases,
        "first_display_later_ms": round(stored_ms, 1),
        "first_display_later_phases_ms": stored_phases,
        "controls_shown_ms": round(controls_ms, 1),
        "controls_shown_later_ms": round(stored_controls_ms, 1),
        "explorer_build_ms": round(build_ms, 1),
        "per_control": {
            k: {"median_ms": round(statistics.median(v), 1), "p90_ms": round(_p90(v), 1), "n": len(v)}
            for k, v in times.items()
            if v
        },
        "median_ms": round(statistics.median(every), 1),
        "p90_ms": round(_p90(every), 1),
        "changes": len(every),
        "python_median_ms": round(statistics.median(py_ms), 1),
        "python_p90_ms": round(_p90(py_ms), 1),
        "base_bytes": base_bytes,
        "view_bytes": view_bytes,
        "library_loads": max(loads) if loads else None,
        "orgnet": orgnet.__version__,
        "wall_s": round(wall, 1),
    }


def measure_first(nodes: int = 2000, runs: int = 5) -> dict:
    """The first display only, `runs` pairs of times, each in a new JupyterLab (a fresh kernel)
    showing ``orgnet.Explorer(folder)``: a build's first display (the layout stored by a first,
    untimed run; the stored first views removed), then a later one (the first view the kernel
    before stored). For each: the milliseconds from running the cell to the first drawing, to
    the whole network drawn and to the controls on the page, and the phases of each run."""
    from playwright.sync_api import sync_playwright

    from orgnet.render.live import LAYOUT_CACHE_ENV

    tables = synthetic_tables(nodes)
    saved_env = os.environ.get(LAYOUT_CACHE_ENV)
    kinds = ("build", "later")
    got: dict[str, dict[str, list]] = {k: {"firsts": [], "wholes": [], "controls": [], "phases": []} for k in kinds}
    stored_views: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, store = Path(tmp) / "tables", Path(tmp) / "layouts"
        tables.write(folder)
        os.environ[LAYOUT_CACHE_ENV] = str(store)
        code = f"import orgnet\nexplorer = orgnet.Explorer({str(folder)!r})\nexplorer"
        try:
            with sync_playwright() as p:
                browser = launch(p)
                # run 0 stores the layout, untimed; then each run a build's first display and a later one
                plan = [("store", 0)] + [(k, run) for run in range(1, runs + 1) for k in kinds]
                for kind, run in plan:
                    if kind != "later":
                        for view in store.glob("view-*.view"):
                            view.unlink()  # a build's first display: no first view stored yet
                    with Lab(Path(tmp) / f"lab-{kind}-{run}", code) as lab:
                        page = open_notebook(browser, lab, viewport=(1280, 800), timeout=300)
                        if kind != "store":
                            g = got[kind]
                            g["firsts"].append(page.orgnet_first_ms)
                            ph = page.orgnet_first_phases
                            g["wholes"].append(page.orgnet_first_ms + ph.get("rest", 0.0))
                            g["controls"].append(page.orgnet_controls_ms)
                            g["phases"].append(ph)
                        page.context.close()
                    if kind == "build":
                        stored_views.append(len(list(store.glob("view-*.view"))))
                browser.close()
        finally:
            if saved_env is None:
                os.environ.pop(LAYOUT_CACHE_ENV, None)
            else:
                os.environ[LAYOUT_CACHE_ENV] = saved_env

    def summary(g: dict) -> dict:
        return {
            "first_display_ms": [round(x, 1) for x in g["firsts"]],
            "first_display_median_ms": round(statistics.median(g["firsts"]), 1),
            "whole_network_drawn_median_ms": round(statistics.median(g["wholes"]), 1),
            "controls_shown_median_ms": round(statistics.median(g["controls"]), 1),
            "phases_median_ms": {
                k: round(statistics.median(ph.get(k, 0.0) for ph in g["phases"]), 1) for k in g["phases"][0]
            },
        }

    return {
        "nodes": nodes,
        "runs": runs,
        # a build's first display (layout stored, no first view stored), and a later one (first view stored)
        "build": summary(got["build"]),
        "later": summary(got["later"]),
        # how many first views were stored after each build's first display (1: the later runs could use one)
        "first_views_stored": stored_views,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=6)
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument(
        "--first",
        type=int,
        metavar="N",
        help="time only the first display, N times each without and with a stored first view (a new kernel each)",
    )
    args = ap.parse_args(argv)
    if args.first:
        res = measure_first(args.nodes, args.first)
        for kind, what in (
            ("build", "a build's first display (layout stored, no first view stored)"),
            ("later", "a later one (the first view stored)"),
        ):
            r = res[kind]
            print(
                f"{what}, at {res['nodes']} nodes, {res['runs']} runs (a new kernel each): "
                f"median {r['first_display_median_ms']:.0f} ms to the first drawing {r['first_display_ms']}, "
                f"{r['whole_network_drawn_median_ms']:.0f} ms to the whole network drawn, the controls at "
                f"{r['controls_shown_median_ms']:.0f} ms; phases (medians): "
                + ", ".join(f"{k} {v:.0f} ms" for k, v in r["phases_median_ms"].items())
            )
        print(
            f"first views stored after each build's display: {res['first_views_stored']}; "
            f"load average {res['load_average']}"
        )
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=2))
        return 0
    res = measure(args.nodes, args.repeats)
    for name, r in res["per_control"].items():
        print(f"{name:>10}: median {r['median_ms']:.0f} ms, p90 {r['p90_ms']:.0f} ms ({r['n']} changes)")
    print(
        f"click to drawn, all {res['changes']} changes at {res['nodes']} nodes: median {res['median_ms']:.0f} ms, "
        f"p90 {res['p90_ms']:.0f} ms (Python side: median {res['python_median_ms']:.0f} ms); first display "
        f"{res['first_display_ms']:.0f} ms; one change sends {res['view_bytes']:,} bytes, the network "
        f"{res['base_bytes']:,} bytes once; vis-network evaluated {res['library_loads']} time(s)"
    )
    phases = res["first_display_phases_ms"]
    print(
        "first display, phase by phase: "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in phases.items())
        + f" (Explorer built in {res['explorer_build_ms']:.0f} ms in this process); the controls shown at "
        f"{res['controls_shown_ms']:.0f} ms"
    )
    stored = res["first_display_later_phases_ms"]
    print(
        f"first display in a new kernel, layout and first view stored: {res['first_display_later_ms']:.0f} ms: "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in stored.items())
        + f"; the controls shown at {res['controls_shown_later_ms']:.0f} ms"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
