"""orgnet benchmarks (issue 5): build, rebuild, extraction at scale, render, Explorer, import.

    make bench                                   # = .venv/bin/python benchmarks/run.py
    .venv/bin/python benchmarks/run.py [--sizes 200,2000,10000] [--render-sizes 100,1000,3000]
                                       [--fluid-sizes 3000,5000,10000] [--only fluid|hostile|scale]
                                       [--quick] [--out FILE.md] [--no-browser] [--from-json FILE]

Writes ``--out`` (Markdown: the machine, the command, every figure beside its target, met or
missed and by how much) and the same figures as JSON beside it (``results.json``).

What is measured, each in a fresh process so that nothing is warm:

* **build**: for each size, a synthetic corpus (``benchmarks/corpus.py``) is written once to
  a temporary folder, then ``python -m orgnet build DIR --out OUT --no-cache --no-progress``
  runs as a child process, timed from spawn to exit (interpreter start-up and imports
  included): wall time, documents/s, MB/s, the largest process's peak RSS (its VmHWM:
  the build or one of its parse workers) and the peak of the whole process tree
  (parent plus workers, sampled from /proc every 50 ms, as RSS and as PSS, which counts
  pages shared after fork once); the growth factor from 2,000 to 10,000 articles is the time
  ratio over the size ratio (1.0 = linear).
* **scale** (issue 15): the same build at 100,000 articles; time and the process tree's peak
  memory from 10,000 to 100,000 (targets: time <= 11x, memory <= 2x), and a straight line
  through the two points for 1,000,000 articles. **engines**: the 10,000-article build again
  with ``--engine dask`` (a local 2-worker cluster) beside the local engine, with a byte
  comparison of the two builds' tables. ``--only scale`` measures just this (the two largest
  ``--sizes``, default 10000,100000) and writes it into the existing results.
* **extraction at scale**: ``orgnet evaluate TRUTH --tables OUT`` on the 2,000-article build.
* **rebuild**: 2,000 articles built with the parse cache, then again unchanged, then after one
  article changed (whole process each time).
* **where build time goes**: the 2,000-article build under cProfile with ``--jobs 1``, and the
  rebuild after one article changed, per stage and per function.
* **render**: invented graphs (``benchmarks/graphs.py``: a tree plus cross links, 1.5 edges per
  node) as an orgnet briefing (``write_briefing``, ego view of everything) and as a plain
  pyvis page (``Network()`` defaults, physics on, ``cdn_resources='in_line'`` so it can draw
  offline), each opened from disk in headless Chromium with every non-file request aborted.
  A script in the page hashes the canvas pixels every 100 ms; "first drawn" is the first
  frame with a drawn network, "still" the first frame of a run of identical frames lasting at
  least 1 s (then watched 2 s more: any change is "moved after still"). Times are the page's
  ``performance.now()``: milliseconds since the navigation started.
* **Explorer in JupyterLab**: ``benchmarks/explorer_browser.py`` at 2,000 nodes: a real
  JupyterLab in headless Chromium, five controls clicked in the page, click to new drawing.
* **fluid** (issue 13): ``benchmarks/fluid.py``: the cost of one pan or zoom frame of the network
  and hierarchy briefings of 3,000, 5,000 and 10,000 nodes beside a plain vis-network page of the
  same nodes, edges and positions (default styling, physics off). ``--only fluid`` measures just
  this and writes it into the existing results (the rest of the file is kept as it was).
* **hostile inputs** (issue 14): ``benchmarks/hostile.py`` in a child process: invented documents
  shaped to make a parser slow (a line of footnote markers then text, sentences crowded with
  markers, an unclosed ``<script>``, a trigger phrase repeated in one sentence, a long line
  without spaces, nested brackets, a one-line infobox of thousands of fields, a table row of
  thousands of cells, thousands of headings, ...), each parsed at 25, 50, 100 and 200 KB: the
  parse's CPU time ratio per doubling of the size (2.0 = linear, 4.0 = quadratic; target <= 2.5).
  ``--only hostile`` measures just this and writes it into the existing results.
* **Explorer**: ``benchmarks/explorer_redraw.py`` at 2,000 nodes (one control change = one
  redraw: selection, page HTML, widget values).
* **import orgnet**: ``import orgnet`` timed inside 5 fresh interpreters (median), plus the
  whole ``python -c "import orgnet"`` process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/corpus.py)
import fluid  # noqa: E402  (benchmarks/fluid.py)
import graphs  # noqa: E402  (benchmarks/graphs.py)
import hostile  # noqa: E402  (benchmarks/hostile.py)

PY = sys.executable
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MB = 1024 * 1024

#: the targets of issue 5 on a 2-core machine
TARGETS = {
    "build_2000_s": 15.0,
    "build_10000_s": 60.0,
    "peak_memory_mb": 1024.0,
    "growth_factor": 1.25,  # "close to linear": time ratio / size ratio at most this
    "rebuild_s": 3.0,
    "render_still_ms": 2000.0,  # 3,000 nodes: first complete picture, and it stays still
    "render_ratio": 5.0,  # pyvis defaults' time to a still picture / orgnet's
    "explorer_ms": 300.0,
    # issue 13: in a real JupyterLab, from the click to the new drawing, at 2,000 nodes
    "explorer_click_ms": 150.0,
    "explorer_click_p90_ms": 300.0,
    "explorer_first_s": 1.5,
    "fluid_ratio": 1.3,  # issue 13: a pan/zoom frame's cost / the plain vis-network page's
    "fluid_fps": 10.0,  # issue 13: frames per second at 10,000 nodes (network and hierarchy views)
    "import_s": 1.0,
    # issue 15: 10,000 -> 100,000 articles on one machine (local engine)
    "scale_time_ratio": 11.0,  # time at 100,000 / time at 10,000 at most this
    "scale_memory_ratio": 2.0,  # peak memory (process tree) at 100,000 / at 10,000 at most this
    "hostile_ratio": hostile.TARGET_RATIO,  # issue 14: a hostile input's parse time ratio per doubling of its size
}

SECTIONS = (
    "Machine",
    "Targets",
    "Build",
    "Extraction at scale",
    "Rebuild",
    "Where build time goes",
    "Render",
    "Hostile inputs",
    "Fluid",
    "Explorer",
    "import orgnet",
    "Method",
)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --------------------------------------------------------------------------- machine


def machine() -> dict:
    info = {
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu_model"] = m.group(1).strip() if m else platform.processor() or "unknown"
    except OSError:
        info["cpu_model"] = platform.processor() or "unknown"
    try:
        m = re.search(r"^MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        info["ram_gb"] = round(int(m.group(1)) / 1024 / 1024, 1) if m else None
    except OSError:
        info["ram_gb"] = None
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "orgnet"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        info["commit"] = rev.stdout.strip() + (" (orgnet/ has uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        info["commit"] = "unknown"
    import pyvis

    import orgnet

    info["orgnet"] = orgnet.__version__
    info["pyvis"] = getattr(pyvis, "__version__", "?")
    return info


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def wait_for_quiet(max_load: float, tries: int, pause: float) -> list[dict]:
    """Wait (up to `tries` x `pause` s) until the 1-minute load average is at most `max_load`."""
    seen = []
    for i in range(tries + 1):
        load = loadavg()
        seen.append({"time": time.strftime("%H:%M:%S"), "load": load})
        if load[0] <= max_load or i == tries:
            break
        log(f"load average {load[0]} > {max_load}: waiting {pause:.0f} s ({i + 1}/{tries})")
        time.sleep(pause)
    return seen


# --------------------------------------------------------------------------- a child process, measured


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    out += [int(x) for x in fh.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB (PSS = RSS when smaps_rollup is not readable)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
        return rss, pss or rss
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return rss, rss


def _hwm_kb(pid: int) -> int:
    """A process's peak RSS so far (VmHWM), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed RSS and PSS of a process and all its descendants, and the
    largest peak RSS (VmHWM) of any one of them.

    VmHWM is a high-water mark, so a peak between two samples is still seen. (wait4's
    ru_maxrss is not used: Linux carries the pre-exec high-water mark of the forked
    benchmark process into the child, so it would report the benchmark's own memory.)
    """

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = self.peak_hwm = 0
        self.max_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids, stack = [], [self.pid]
            while stack:
                p = stack.pop()
                pids.append(p)
                stack += _children(p)
            rss = pss = 0
            for p in pids:
                r, s = _memory_kb(p)
                rss, pss = rss + r, pss + s
                self.peak_hwm = max(self.peak_hwm, _hwm_kb(p))
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.max_procs = max(self.max_procs, len(pids))
            self.stop.wait(self.interval)


def run_measured(cmd: list[str], cwd: Path = ROOT) -> dict:
    """Run `cmd`; wall time from spawn to exit, peak memory of the largest process and of the tree."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        load = loadavg()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return {
        "wall_s": round(wall, 3),
        "maxrss_mb": round(sampler.peak_hwm / 1024, 1),
        "tree_rss_mb": round(sampler.peak_rss / 1024, 1),
        "tree_pss_mb": round(sampler.peak_pss / 1024, 1),
        "processes": sampler.max_procs,
        "user_s": round(usage.ru_utime, 2),
        "sys_s": round(usage.ru_stime, 2),
        "load_before": load,
        "stdout": stdout,
        "stderr": stderr,
    }


def build_cmd(folder: Path, out: Path, *, cache: bool = False, jobs: int | None = None) -> list[str]:
    cmd = [PY, "-m", "orgnet", "build", str(folder), "--out", str(out), "--no-progress"]
    if not cache:
        cmd.append("--no-cache")
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    return cmd


def _counts(stdout: str) -> dict:
    m = re.search(r"orgnet build: (\d+) documents, (\d+) nodes, (\d+) edges, (\d+) claims, (\d+) conflicts", stdout)
    if not m:
        return {}
    return dict(zip(("documents", "nodes", "edges", "claims", "conflicts"), map(int, m.groups())))


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.txt"))


# --------------------------------------------------------------------------- sections


def measure_imports(repeats: int) -> dict:
    code = (
        "import sys, time; t = time.perf_counter(); import orgnet; t = time.perf_counter() - t; "
        "heavy = [m for m in ('pandas', 'numpy', 'pyarrow', 'networkx', 'yaml', 'jinja2', 'plotly', 'pyvis', "
        "'ipywidgets', 'tqdm') if m in sys.modules]; print(t); print(','.join(heavy))"
    )
    inside, whole, heavy = [], [], ""
    for _ in range(repeats):
        started = time.perf_counter()
        r = subprocess.run([PY, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        whole.append(time.perf_counter() - started)
        lines = r.stdout.split("\n")
        inside.append(float(lines[0]))
        heavy = lines[1].strip()
    r = subprocess.run(
        [PY, "-X", "importtime", "-c", "import orgnet"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    rows = []
    for line in r.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    top = [
        (name, round(cum / 1e6, 3))
        for cum, _depth, name in sorted(rows, reverse=True)
        if "." not in name and not name.startswith("_")
    ][:8]
    return {
        "import_s": round(statistics.median(inside), 3),
        "import_runs_s": [round(x, 3) for x in inside],
        "process_s": round(statistics.median(whole), 3),
        "loaded": heavy.split(",") if heavy else [],
        "top_cumulative": top,
    }


def measure_builds(sizes: list[int], tmp: Path, repeats_small: int, seed: int, truth: bool = True) -> tuple[dict, dict]:
    """Write a corpus of each size (with its truth file, unless not ``truth``) and build it."""
    corpora, builds = {}, {}
    for n in sizes:
        folder = tmp / f"corpus-{n}"
        log(f"writing a corpus of {n} articles")
        started = time.perf_counter()
        truth_file = corpus.truth_path_for(folder) if truth else None
        corpus.write_corpus(folder, n, seed=seed, truth_path=truth_file, truth=truth)
        gen_s = time.perf_counter() - started
        size = corpus_bytes(folder)
        corpora[n] = {"folder": folder, "truth": truth_file, "bytes": size, "generate_s": round(gen_s, 1)}
        runs = []
        repeats = repeats_small if n <= 2000 else 1
        for k in range(repeats):
            out = tmp / f"tables-{n}"
            shutil.rmtree(out, ignore_errors=True)
            log(f"build {n} articles ({k + 1}/{repeats})")
            runs.append(run_measured(build_cmd(folder, out)))
        walls = [r["wall_s"] for r in runs]
        best = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]  # the median run
        builds[n] = {
            "articles": n,
            "mb": round(size / 1e6, 2),
            "runs_s": walls,
            "wall_s": best["wall_s"],
            "docs_per_s": round(n / best["wall_s"], 1),
            "mb_per_s": round(size / 1e6 / best["wall_s"], 2),
            "maxrss_mb": max(r["maxrss_mb"] for r in runs),
            "tree_rss_mb": max(r["tree_rss_mb"] for r in runs),
            "tree_pss_mb": max(r["tree_pss_mb"] for r in runs),
            "processes": best["processes"],
            "user_s": best["user_s"],
            "sys_s": best["sys_s"],
            "load_before": runs[0]["load_before"],
            **_counts(best["stdout"]),
        }
        log(
            f"  {n}: {best['wall_s']:.2f} s, {builds[n]['docs_per_s']} docs/s, "
            f"peak {builds[n]['maxrss_mb']} MB (tree PSS {builds[n]['tree_pss_mb']} MB)"
        )
    return corpora, builds


def measure_scale(builds: dict, a: int, b: int) -> dict:
    """Issue 15: how time and the process tree's peak memory grow from ``a`` to ``b`` articles,
    and what a straight line through the two points says of 1,000,000 articles."""
    ta, tb = builds[a]["wall_s"], builds[b]["wall_s"]
    ma, mb = builds[a]["tree_pss_mb"], builds[b]["tree_pss_mb"]
    per_doc_s, per_doc_mb = (tb - ta) / (b - a), (mb - ma) / (b - a)
    return {
        "from": a,
        "to": b,
        "time_ratio": round(tb / ta, 3),
        "memory_ratio": round(mb / ma, 3),
        "memory_from_mb": ma,
        "memory_to_mb": mb,
        "million_s": round(tb + per_doc_s * (1_000_000 - b)),
        "million_mb": round(mb + per_doc_mb * (1_000_000 - b)),
    }


def measure_engines(folder: Path, n: int, tmp: Path, local: dict, workers: int = 2) -> dict:
    """Issue 15: the build of ``folder`` with ``--engine dask`` (a local cluster) beside the local
    engine's figures, and whether the two builds' tables are byte-identical."""
    out = tmp / f"tables-{n}-dask"
    shutil.rmtree(out, ignore_errors=True)
    log(f"build {n} articles with --engine dask ({workers} workers)")
    r = run_measured(build_cmd(folder, out, jobs=workers) + ["--engine", "dask"])
    ref = tmp / f"tables-{n}"
    names = sorted(p.name for p in ref.iterdir() if p.is_file() and p.suffix in (".csv", ".parquet"))
    identical = bool(names) and all((ref / x).read_bytes() == (out / x).read_bytes() for x in names)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "articles": n,
        "workers": workers,
        "identical": identical,
        "dask": {k: r[k] for k in ("wall_s", "maxrss_mb", "tree_pss_mb", "user_s")},
        "local": {k: local[k] for k in ("wall_s", "maxrss_mb", "tree_pss_mb", "user_s")},
    }


def measure_jobs1(folder: Path, n: int, tmp: Path) -> dict:
    log(f"build {n} articles with --jobs 1")
    out = tmp / f"tables-{n}-jobs1"
    shutil.rmtree(out, ignore_errors=True)
    r = run_measured(build_cmd(folder, out, jobs=1))
    return {"articles": n, "wall_s": r["wall_s"], "maxrss_mb": r["maxrss_mb"]}


def measure_recall(truth: Path, tables: Path, n: int) -> dict:
    log(f"orgnet evaluate on the {n}-article build")
    started = time.perf_counter()
    r = subprocess.run(
        [PY, "-m", "orgnet", "evaluate", str(truth), "--tables", str(tables)], cwd=ROOT, capture_output=True, text=True
    )
    took = time.perf_counter() - started
    if r.returncode != 0:
        raise RuntimeError(f"orgnet evaluate failed:\n{r.stderr[-2000:]}")
    text = r.stdout
    out = {"articles": n, "evaluate_s": round(took, 1)}
    for key, label in (
        ("core_nodes", "core node recall"),
        ("core_edges", "core edge recall"),
        ("nodes", "node recall"),
        ("edges", "edge recall"),
    ):
        m = re.search(rf"^\s+{label}\s+(\d+)/(\d+) ([\d.]+)", text, re.M)
        if m:
            out[key] = {"found": int(m.group(1)), "total": int(m.group(2)), "recall": float(m.group(3))}
    m = re.search(r"precision proxy\s+([\d.]+)", text)
    out["precision_proxy"] = float(m.group(1)) if m else None
    m = re.search(r"^\s+violations\s+(\d+)", text, re.M)
    out["violations"] = int(m.group(1)) if m else None
    missed = re.findall(r"^  \S+\.txt: (.+ -\[(\w+)\]-> .+)$", text, re.M)
    by_relation: dict[str, int] = {}
    for _, rel in missed:
        by_relation[rel] = by_relation.get(rel, 0) + 1
    out["missed_examples"] = [m[0] for m in missed[:8]]
    out["missed_listed_by_relation"] = by_relation
    m = re.search(r"missed core edges \((\d+)\)", text)
    out["missed_core_edges"] = int(m.group(1)) if m else 0
    m = re.search(r"missed core nodes \((\d+)\)", text)
    out["missed_core_nodes"] = int(m.group(1)) if m else 0
    return out


def measure_rebuild(folder: Path, n: int, tmp: Path) -> dict:
    out = tmp / f"tables-{n}-cached"
    shutil.rmtree(out, ignore_errors=True)
    log(f"rebuild: {n} articles with the cache (cold)")
    cold = run_measured(build_cmd(folder, out, cache=True))
    log("rebuild: nothing changed")
    same = run_measured(build_cmd(folder, out, cache=True))
    victim = _victim(folder)
    original = victim.read_bytes()
    runs = []
    try:
        for year in CHANGE_YEARS:  # a different change each time, so each run parses the article again
            victim.write_bytes(original + CHANGE.replace(b"YEAR", str(year).encode()))
            log(f"rebuild: one article changed ({victim.name}, run {len(runs) + 1} of {len(CHANGE_YEARS)})")
            runs.append(run_measured(build_cmd(folder, out, cache=True))["wall_s"])
    finally:
        victim.write_bytes(original)
    return {
        "articles": n,
        "out": out,
        "cold_with_cache_s": cold["wall_s"],
        "unchanged_s": same["wall_s"],
        "one_changed_s": statistics.median(runs),
        "one_changed_runs_s": runs,
        "changed_doc": victim.name,
        "counts_equal": _counts(cold["stdout"]) == _counts(same["stdout"]),
    }


def _victim(folder: Path) -> Path:
    docs = sorted(folder.glob("*.txt"))
    return docs[len(docs) // 2]


CHANGE = b"\nIn YEAR, the organisation opened a regional office in the north.\n"
CHANGE_YEARS = (2024, 2025, 2026)


def measure_profile(folder: Path, n: int, tmp: Path, cached_out: Path | None = None) -> dict:
    """cProfile of a whole build: a fresh one with --jobs 1 (so the parse runs in the profiled
    process), or, with `cached_out` (a build folder whose cache is warm), a rebuild after one
    article changed."""
    prof = tmp / ("rebuild.prof" if cached_out else "build.prof")
    if cached_out is None:
        log(f"profile: {n} articles, --jobs 1, under cProfile")
        out = tmp / f"tables-{n}-profile"
        shutil.rmtree(out, ignore_errors=True)
        args = ["--no-cache", "--jobs", "1"]
    else:
        log(f"profile: rebuild of {n} articles after one changed, under cProfile")
        out, args = cached_out, []
    cmd = [
        PY,
        "-m",
        "cProfile",
        "-o",
        str(prof),
        "-m",
        "orgnet",
        "build",
        str(folder),
        "--out",
        str(out),
        "--no-progress",
        *args,
    ]
    victim = _victim(folder)
    original = victim.read_bytes()
    try:
        if cached_out is not None:
            victim.write_bytes(original + CHANGE.replace(b"north", b"south"))
        started = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
    finally:
        victim.write_bytes(original)
    st = pstats.Stats(str(prof))
    total = st.total_tt
    stages = {
        "parse (read + extract, per document)": ("parsing.py", "parse_one"),
        "  read_document": ("read/document.py", "read_document"),
        "  extract_claims": ("extract/extractor.py", "extract_claims"),
        "parse cache: keys (hash every file)": ("cache.py", "key"),
        "parse cache: load hits (check + decode)": ("cache.py", "get"),
        "parse cache: store, prune": ("cache.py", "put|prune"),
        "resolve": ("resolve/resolver.py", "resolve"),
        "make_tables": ("tables/make.py", "make_tables"),
        "  of which conflicts": ("tables/rows.py", "_conflicts"),
        "write tables (CSV + Parquet)": ("tables/files.py", "write"),
    }
    found: dict[str, float] = {}
    for (file, _line, func), (_cc, _nc, tt, ct, _callers) in st.stats.items():
        for label, (f, fn) in stages.items():
            if re.fullmatch(fn, func) and file.endswith("orgnet/" + f):
                found[label] = found.get(label, 0.0) + ct
    rows = [
        {
            "stage": label,
            "cum_s": round(found.get(label, 0.0), 2),
            "share": round(found.get(label, 0.0) / total, 3) if total else 0.0,
        }
        for label in stages
        if label in found
    ]
    accounted = sum(v for label, v in found.items() if not label.startswith("  "))
    rows.append(
        {
            "stage": "everything else (start-up, imports, listing, pool)",
            "cum_s": round(total - accounted, 2),
            "share": round((total - accounted) / total, 3) if total else 0.0,
        }
    )

    def short(key) -> str:
        file, line, func = key
        if file == "~":
            return func
        if "site-packages/" in file:
            name = file.split("site-packages/", 1)[1]
        elif "/orgnet/" in file:
            name = "orgnet/" + file.rsplit("/orgnet/", 1)[1]
        else:
            name = re.sub(r"^.*/lib/python3[.\d]*/", "", file)
        return f"{name}:{line}({func})"

    top = sorted(st.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:15]
    hot = [
        {"function": short(k), "calls": v[1], "tottime_s": round(v[2], 2), "cumtime_s": round(v[3], 2)} for k, v in top
    ]
    return {
        "articles": n,
        "kind": "rebuild, one article changed" if cached_out else "fresh build, --jobs 1",
        "profiled_wall_s": round(wall, 1),
        "profiled_total_s": round(total, 2),
        "stages": rows,
        "hot": hot,
    }


POLL_JS = r"""
(() => {
  function sample() {
    const c = document.querySelector('canvas');
    const info = {t: performance.now(), nonblank: 0, hash: 0};
    if (c && c.width && c.height) {
      try {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let h = 2166136261 >>> 0, nb = 0;
        for (let i = 0; i < d.length; i += 12) {
          const a = d[i + 3];
          if (a > 0 && (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245)) nb++;
          h = Math.imul(h ^ (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (a << 24)), 16777619) >>> 0;
        }
        info.nonblank = nb; info.hash = h;
      } catch (e) { info.error = String(e); }
    }
    const net = document.getElementById('network');
    if (net) { info.firstDraw = net.getAttribute('data-first-draw-ms'); }
    if (window.__benchFrame) { window.__benchFrame(info); }
  }
  setInterval(sample, 100);
})();
"""
DRAWN_PIXELS = 20  # sampled non-white canvas pixels that make a frame "drawn"
STILL_MS = 1000  # identical frames for this long = still
WATCH_MS = 2000  # then watched this much longer for any movement


def open_and_watch(browser, path: Path, timeout: float) -> dict:
    """Open `path` offline; time to the first drawn frame and to a still picture (page ms)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    frames: list[dict] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)[:200]))
    page.expose_function("__benchFrame", lambda info: frames.append(info))
    page.add_init_script(POLL_JS)
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    first = still = None
    moved = False
    while time.perf_counter() - started < timeout:
        page.wait_for_timeout(100)
        drawn = [f for f in frames if f["nonblank"] > DRAWN_PIXELS]
        if not drawn:
            continue
        if first is None:
            first = drawn[0]["t"]
        if still is None:
            last, i = drawn[-1], len(drawn) - 1
            while i > 0 and drawn[i - 1]["hash"] == last["hash"]:
                i -= 1
            if last["t"] - drawn[i]["t"] >= STILL_MS and len(drawn) - i >= 3:
                still, still_hash, still_index = drawn[i]["t"], last["hash"], len(drawn)
        else:
            after = drawn[still_index:]
            if any(f["hash"] != still_hash for f in after):
                moved = True
                break
            if after and after[-1]["t"] - still >= STILL_MS + WATCH_MS:
                break
    attr = next((f.get("firstDraw") for f in reversed(frames) if f.get("firstDraw")), None)
    result = {
        "first_drawn_ms": round(first) if first is not None else None,
        "still_ms": round(still) if still is not None else None,
        "moved_after_still": moved,
        "page_first_draw_ms": int(attr) if attr else None,
        "frames": len(frames),
        "watched_s": round(time.perf_counter() - started, 1),
        "timeout_s": timeout,
        "blocked_requests": len(blocked),
        "page_errors": errors[:3],
    }
    try:
        ctx.close()
    except Exception:  # a frozen tab: the context goes with the browser
        pass
    return result


def pyvis_page(tables, path: Path, cdn_resources: str = "in_line") -> int:
    """Plain pyvis defaults on the same graph: Network() (physics on), add_node/add_edge."""
    from pyvis.network import Network

    net = Network(cdn_resources=cdn_resources)
    for r in tables.nodes.itertuples():
        net.add_node(r.id, label=r.label)
    for r in tables.edges.itertuples():
        net.add_edge(r.source, r.target)
    html = net.generate_html()  # write_html would also copy lib/ into the working folder for "local"
    path.write_text(html, encoding="utf-8")
    return len(html.encode("utf-8"))


def measure_render(sizes: list[int], tmp: Path, timeout: float, pyvis_timeout: float, default_timeout: float) -> dict:
    from playwright.sync_api import sync_playwright

    from orgnet.render.briefing import write_briefing

    rows = []
    default_check = None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        version = browser.version
        for n in sizes:
            tables = graphs.graph_tables(n)
            page = tmp / f"orgnet-{n}.html"
            started = time.perf_counter()
            write_briefing(
                tables, page, view="ego", focus="body-0", depth=10**6, title=f"Invented network of {n} nodes"
            )
            write_s = time.perf_counter() - started
            log(f"render {n} nodes: orgnet briefing ({page.stat().st_size / 1e6:.1f} MB)")
            ours = open_and_watch(browser, page, timeout)
            ppage = tmp / f"pyvis-{n}.html"
            psize = pyvis_page(tables, ppage)
            log(f"render {n} nodes: pyvis defaults, in_line (timeout {pyvis_timeout:.0f} s)")
            theirs = open_and_watch(browser, ppage, pyvis_timeout)
            if theirs["still_ms"] and ours["still_ms"]:
                ratio, bound = theirs["still_ms"] / ours["still_ms"], "="
            elif ours["still_ms"]:
                ratio, bound = pyvis_timeout * 1000 / ours["still_ms"], ">"
            else:
                ratio, bound = None, "?"
            rows.append(
                {
                    "nodes": len(tables.nodes),
                    "edges": len(tables.edges),
                    "orgnet_html_bytes": page.stat().st_size,
                    "orgnet_write_s": round(write_s, 2),
                    "orgnet": ours,
                    "pyvis_html_bytes": psize,
                    "pyvis": theirs,
                    "ratio": round(ratio, 1) if ratio else None,
                    "ratio_bound": bound,
                }
            )
        if default_timeout:
            tables = graphs.graph_tables(sizes[0])
            dpage = tmp / "pyvis-default.html"
            pyvis_page(tables, dpage, cdn_resources="local")
            log("render: pyvis true default (cdn_resources='local', vis-network from cdnjs), offline")
            default_check = {"nodes": len(tables.nodes), **open_and_watch(browser, dpage, default_timeout)}
        browser.close()
    return {"chromium": version, "rows": rows, "default_check": default_check}


def measure_explorer(nodes: int, repeats: int) -> dict:
    log(f"Explorer redraw at {nodes} nodes")
    r = subprocess.run(
        [PY, str(HERE / "explorer_redraw.py"), "--nodes", str(nodes), "--repeats", str(repeats)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        raise RuntimeError(f"explorer_redraw.py failed:\n{r.stderr[-2000:]}")
    out = {"nodes": nodes, "repeats": repeats, "controls": []}
    m = re.search(r"network: (\d+) nodes, (\d+) edges; Explorer built and first drawn in (\d+) ms", r.stdout)
    if m:
        out.update(network_nodes=int(m.group(1)), network_edges=int(m.group(2)), first_draw_ms=int(m.group(3)))
    for line in r.stdout.splitlines():
        m = re.match(r"^(.+?)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+-\d+)$", line)
        if m:
            out["controls"].append(
                {
                    "control": m.group(1).strip(),
                    "n": int(m.group(2)),
                    "median_ms": float(m.group(3)),
                    "p90_ms": float(m.group(4)),
                    "max_ms": float(m.group(5)),
                    "view_nodes": m.group(6),
                }
            )
    if not out["controls"]:
        raise RuntimeError(f"could not read explorer_redraw.py's output:\n{r.stdout}")
    out["worst_median_ms"] = max(c["median_ms"] for c in out["controls"])
    out["worst_p90_ms"] = max(c["p90_ms"] for c in out["controls"])
    return out


def measure_explorer_browser(nodes: int, repeats: int) -> dict:
    """``benchmarks/explorer_browser.py``: the Explorer in a real JupyterLab, click to drawn."""
    log(f"Explorer in JupyterLab at {nodes} nodes (click to drawn)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "explorer-browser.json"
        r = subprocess.run(
            [
                PY,
                str(HERE / "explorer_browser.py"),
                "--nodes",
                str(nodes),
                "--repeats",
                str(repeats),
                "--json",
                str(out),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if r.returncode != 0 or not out.is_file():
            raise RuntimeError(f"explorer_browser.py failed:\n{r.stdout[-1000:]}\n{r.stderr[-2000:]}")
        return json.loads(out.read_text())


# --------------------------------------------------------------------------- verdicts and the report


def verdict(value, target: float, unit: str, lower_is_better: bool = True, bound: str = "=") -> dict:
    """Met or missed, and by how much."""
    if value is None:
        return {"value": None, "threshold": target, "met": False, "margin": "not measured"}
    if lower_is_better:
        met = value < target
        diff = target - value if met else value - target
        pct = diff / target * 100
        amount = f"{diff:,.0f}" if diff >= 100 else f"{diff:.2f}"
        amount = f"{amount} {unit}".strip()
        margin = f"{amount} under ({pct:.0f}% below)" if met else f"missed by {amount} ({pct:.0f}% over)"
    else:
        met = value >= target
        margin = f"{value / target:.1f}x the target" if met else f"missed: {value:.3g} of {target:.3g}"
        if bound == ">":
            margin = "at least " + margin if met else margin + " (lower bound)"
    return {"value": value, "threshold": target, "met": bool(met), "margin": margin}


def targets(res: dict) -> list[dict]:
    b, rows = res["builds"], []

    def add(name, target_text, figure_text, v):
        rows.append({"target": name, "wanted": target_text, "figure": figure_text, **v})

    for n, key in ((2000, "build_2000_s"), (10000, "build_10000_s")):
        if n in b:
            add(
                f"build {n:,} articles (whole process)",
                f"< {TARGETS[key]:g} s",
                f"{b[n]['wall_s']:.2f} s",
                verdict(b[n]["wall_s"], TARGETS[key], "s"),
            )
    if b:
        peak = max(max(x["maxrss_mb"], x["tree_pss_mb"]) for x in b.values())
        biggest = max(b)
        add(
            f"peak memory (largest build, {biggest:,} articles)",
            "< 1 GB",
            f"{peak:.0f} MB",
            verdict(peak, TARGETS["peak_memory_mb"], "MB"),
        )
    sc = res.get("scale")
    if sc:
        add(
            f"build {sc['from']:,} -> {sc['to']:,} articles: time ratio",
            f"<= {TARGETS['scale_time_ratio']:g}",
            f"{sc['time_ratio']:.2f}",
            verdict(sc["time_ratio"], TARGETS["scale_time_ratio"] + 1e-9, ""),
        )
        add(
            f"build {sc['from']:,} -> {sc['to']:,} articles: peak memory ratio (process tree PSS)",
            f"<= {TARGETS['scale_memory_ratio']:g}",
            f"{sc['memory_ratio']:.2f}",
            verdict(sc["memory_ratio"], TARGETS["scale_memory_ratio"] + 1e-9, ""),
        )
    g = res.get("growth")
    if g:
        add(
            f"growth {g['from']:,} -> {g['to']:,} (time ratio / size ratio)",
            f"<= {TARGETS['growth_factor']} (near-linear)",
            f"{g['factor']:.2f}",
            verdict(g["factor"], TARGETS["growth_factor"] + 1e-9, ""),
        )
    rb = res.get("rebuild")
    if rb:
        add(
            f"rebuild after one article of {rb['articles']:,} changed",
            f"< {TARGETS['rebuild_s']:g} s",
            f"{rb['one_changed_s']:.2f} s",
            verdict(rb["one_changed_s"], TARGETS["rebuild_s"], "s"),
        )
    ho = res.get("hostile")
    if ho and ho.get("families"):
        fams = ho["families"]
        measured = {n: r["worst"] for n, r in fams.items() if r["worst"] is not None}
        worst = max(measured, key=measured.__getitem__) if measured else None
        over = [f"{n} {x}x" for n, x in measured.items() if x > TARGETS["hostile_ratio"]]
        v = verdict(measured[worst] if worst else 0.0, TARGETS["hostile_ratio"] + 1e-9, "x")
        if over:
            v["margin"] += f"; over: {', '.join(over)}"
        add(
            f"hostile inputs ({len(fams)} families, {ho['sizes'][0] // 1000}-{ho['sizes'][-1] // 1000} KB): "
            "parse time ratio per doubling of the size, worst",
            f"<= {TARGETS['hostile_ratio']:g}x",
            f"{measured[worst]}x ({worst})" if worst else "n/a",
            v,
        )
    rd = res.get("render")
    if rd and rd.get("rows"):
        big = max(rd["rows"], key=lambda r: r["nodes"])
        o = big["orgnet"]
        v = verdict(o["still_ms"], TARGETS["render_still_ms"], "ms")
        if o["moved_after_still"]:
            v["met"], v["margin"] = False, v["margin"] + "; but it moved after"
        add(
            f"briefing of {big['nodes']:,} nodes: first complete, still picture",
            "< 2 s, then still",
            f"{o['still_ms']} ms" if o["still_ms"] is not None else "never still",
            v,
        )
        ratio = big["ratio"]
        add(
            f"{big['nodes']:,} nodes: pyvis defaults' time to still / orgnet's",
            ">= 5x",
            (f"{'> ' if big['ratio_bound'] == '>' else ''}{ratio:.1f}x" if ratio else "n/a"),
            verdict(ratio, TARGETS["render_ratio"], "x", lower_is_better=False, bound=big["ratio_bound"]),
        )
    fl = res.get("fluid")
    if fl and fl.get("rows"):
        for r in fl["rows"]:
            o = r["orgnet"]
            worst = max(fluid.PHASES, key=lambda ph: o[ph]["ratio"])
            v = verdict(o[worst]["ratio"], TARGETS["fluid_ratio"] + 1e-9, "x")
            v["margin"] += f" (worse phase: {worst})"
            add(
                f"{r['view']} view of a {r['graph_nodes']:,}-node graph: pan/zoom frame / plain page's",
                f"<= {TARGETS['fluid_ratio']}x",
                ", ".join(f"{ph} {o[ph]['ratio']}x" for ph in fluid.PHASES),
                v,
            )
        for r in fl["rows"]:
            if r["graph_nodes"] < 10000:
                continue
            o = r["orgnet"]
            worst = min(fluid.PHASES, key=lambda ph: o[ph]["fps"])
            v = verdict(o[worst]["fps"], TARGETS["fluid_fps"], "fps", lower_is_better=False)
            v["margin"] += f" (slower phase: {worst})"
            add(
                f"{r['view']} view of a {r['graph_nodes']:,}-node graph: frames per second",
                f">= {TARGETS['fluid_fps']:g} fps",
                ", ".join(f"{ph} {o[ph]['fps']} fps" for ph in fluid.PHASES),
                v,
            )
    ex = res.get("explorer")
    if ex:
        v = verdict(ex["worst_median_ms"], TARGETS["explorer_ms"], "ms")
        if ex["worst_p90_ms"] >= TARGETS["explorer_ms"]:
            v["margin"] += f"; but the slowest control's p90 is {ex['worst_p90_ms']:.0f} ms"
        add(
            f"Explorer redraw at {ex['nodes']:,} nodes (worst control's median)",
            "< 300 ms",
            f"{ex['worst_median_ms']:.0f} ms (p90 {ex['worst_p90_ms']:.0f} ms)",
            v,
        )
    eb = res.get("explorer_browser")
    if eb:
        add(
            f"Explorer in JupyterLab at {eb['nodes']:,} nodes: click to new drawing (median)",
            "< 150 ms",
            f"{eb['median_ms']:.0f} ms",
            verdict(eb["median_ms"], TARGETS["explorer_click_ms"], "ms"),
        )
        add(
            f"Explorer in JupyterLab at {eb['nodes']:,} nodes: click to new drawing (p90)",
            "< 300 ms",
            f"{eb['p90_ms']:.0f} ms",
            verdict(eb["p90_ms"], TARGETS["explorer_click_p90_ms"], "ms"),
        )
        add(
            "Explorer in JupyterLab: first display (cell run to first drawing)",
            "< 1.5 s",
            f"{eb['first_display_ms'] / 1000:.2f} s",
            verdict(eb["first_display_ms"] / 1000, TARGETS["explorer_first_s"], "s"),
        )
    im = res.get("imports")
    if im:
        add(
            "import orgnet (median of fresh interpreters)",
            "< 1 s",
            f"{im['import_s']:.3f} s",
            verdict(im["import_s"], TARGETS["import_s"], "s"),
        )
    return rows


def _mark(met: bool) -> str:
    return "met" if met else "**missed**"


def report(res: dict) -> str:
    m, lines = res["machine"], []
    add = lines.append
    add("# orgnet benchmarks")
    add("")
    sizes = "quick, tiny sizes" if res["quick"] else "full sizes"
    add(f"Generated by `{res['command']}` on {m['date_utc']} ({sizes}).")
    add("Every figure is measured in fresh processes on the machine below; re-run `make bench` to refresh.")
    add("")
    add("## Machine")
    add("")
    add("| | |")
    add("|---|---|")
    add(f"| CPU | {m['cpu_model']}, {m['cpus']} cores ({m['cpus_usable']} usable) |")
    add(f"| RAM | {m['ram_gb']} GB |")
    add(f"| Python | {m['python']} ({m['platform']}) |")
    add(f"| orgnet | {m['orgnet']}, commit {m['commit']} |")
    add(f"| pyvis | {m['pyvis']} |")
    if res.get("render"):
        add(f"| Chromium | {res['render']['chromium']} (headless, `{' '.join(LAUNCH_ARGS)}`) |")
    q = res["quiet"]
    waited = f", after waiting {len(q) - 1} x {res['quiet_pause']:.0f} s for a quieter machine" if len(q) > 1 else ""
    add(f"| load average at start | {' / '.join(map(str, q[-1]['load']))} (1 / 5 / 15 min){waited} |")
    add(f"| load average at end | {' / '.join(map(str, res['load_end']))} |")
    add(f"| total benchmark time | {res['total_s']:.0f} s |")
    add("")
    add("## Targets")
    add("")
    add("| target | wanted | figure | verdict | margin |")
    add("|---|---|---|---|---|")
    for t in res["targets"]:
        add(f"| {t['target']} | {t['wanted']} | {t['figure']} | {_mark(t['met'])} | {t['margin']} |")
    add("")

    add("## Build")
    add("")
    add(
        "`python -m orgnet build DIR --out OUT --no-cache --no-progress` (default `--jobs`: all cores), one child "
        "process per run, timed from spawn to exit. Synthetic corpus from `benchmarks/corpus.py` (seed "
        f"{res['seed']}). Largest process = peak RSS (VmHWM) of the build or of one parse worker; "
        "tree = parent and workers together, sampled every 50 ms (PSS counts pages shared after fork once)."
    )
    add("")
    add(
        "| articles | MB | wall s | runs s | docs/s | MB/s | largest process MB | tree RSS MB | tree PSS MB | "
        "processes | nodes | edges | claims | load before* |"
    )
    add("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for n, b in sorted(res["builds"].items()):
        add(
            f"| {n:,} | {b['mb']} | {b['wall_s']:.2f} | {', '.join(f'{x:.2f}' for x in b['runs_s'])} | "
            f"{b['docs_per_s']} | {b['mb_per_s']} | {b['maxrss_mb']:.0f} | {b['tree_rss_mb']:.0f} | "
            f"{b['tree_pss_mb']:.0f} | {b['processes']} | {b.get('nodes', '')} | {b.get('edges', '')} | "
            f"{b.get('claims', '')} | {b['load_before'][0]} |"
        )
    add("")
    add("*1-minute load average just before the run; it includes the benchmark's own previous runs.")
    add("")
    g = res.get("growth")
    if g:
        add(
            f"Growth {g['from']:,} -> {g['to']:,} articles: time x{g['time_ratio']:.2f} for x{g['size_ratio']:.1f} "
            f"the articles: growth factor **{g['factor']:.2f}** (1.00 = linear; target <= {TARGETS['growth_factor']})."
        )
        add("")
    sc = res.get("scale")
    if sc:
        add(
            f"Scale {sc['from']:,} -> {sc['to']:,} articles (issue 15): time x{sc['time_ratio']:.2f}, peak memory "
            f"of the process tree x{sc['memory_ratio']:.2f} ({sc['memory_from_mb']:.0f} -> "
            f"{sc['memory_to_mb']:.0f} MB PSS). "
            f"From this slope, 1,000,000 articles on this machine: about {sc['million_s'] / 3600:.1f} h and "
            f"{sc['million_mb'] / 1024:.1f} GB."
        )
        if sc.get("command"):
            b = res["builds"][sc["from"]], res["builds"][sc["to"]]
            add(
                f"Measured by `{sc['command']}` ({sc['date_utc']}; load average before the two builds: "
                f"{' / '.join(map(str, b[0]['load_before']))} and {' / '.join(map(str, b[1]['load_before']))}, "
                f"at the end: {' / '.join(map(str, sc['load_end']))})."
            )
        add("")
    e = res.get("engines")
    if e:
        add(
            f"The same {e['articles']:,} articles with `--engine dask` (a local cluster of {e['workers']} workers): "
            f"{e['dask']['wall_s']:.2f} s, process tree {e['dask']['tree_pss_mb']:.0f} MB PSS, against "
            f"{e['local']['wall_s']:.2f} s and {e['local']['tree_pss_mb']:.0f} MB with the local engine; "
            f"tables byte-identical: {'yes' if e['identical'] else 'NO'}."
        )
        add("")
    j = res.get("jobs1")
    if j:
        n = j["articles"]
        par = res["builds"].get(n, {}).get("wall_s")
        cores = res["machine"]["cpus_usable"]
        speed = f"; all cores ({cores}) take {par:.2f} s: speed-up x{j['wall_s'] / par:.2f}" if par else ""
        add(f"The same {n:,} articles with `--jobs 1`: {j['wall_s']:.2f} s{speed}.")
        add("")
    gen = ", ".join(f"{n:,}: {c['generate_s']} s" for n, c in sorted(res["corpora"].items()))
    add(f"Writing the corpora (not timed as part of any target): {gen}.")
    add("")

    r = res.get("recall")
    add("## Extraction at scale")
    add("")
    if r:
        add(
            f"`orgnet evaluate TRUTH --tables OUT` on the {r['articles']:,}-article build "
            f"(truth written by `benchmarks/corpus.py`; evaluation took {r['evaluate_s']} s):"
        )
        add("")
        add("| measure | found / total | recall |")
        add("|---|---:|---:|")
        for key, label in (
            ("core_nodes", "core node recall"),
            ("core_edges", "core edge recall (typed)"),
            ("nodes", "node recall"),
            ("edges", "edge recall (typed)"),
        ):
            if key in r:
                add(f"| {label} | {r[key]['found']:,} / {r[key]['total']:,} | {r[key]['recall']:.3f} |")
        add(f"| precision proxy | | {r['precision_proxy']} |")
        add(f"| not_nodes violations | {r['violations']} | |")
        add("")
        if r["missed_examples"]:
            listed = r["missed_listed_by_relation"]
            rels = ", ".join(f"{k} {v}" for k, v in sorted(listed.items(), key=lambda kv: -kv[1]))
            add(
                f"Missed core edges: {r['missed_core_edges']}; of the first {sum(listed.values())} "
                f"listed, by relation: {rels}. Examples:"
            )
            add("")
            for x in r["missed_examples"]:
                add(f"- {x}")
            add("")
    rb = res.get("rebuild")
    add("## Rebuild")
    add("")
    if rb:
        add(
            f"{rb['articles']:,} articles, `orgnet build DIR --out OUT --no-progress` (cache in OUT/.cache), "
            "whole process:"
        )
        add("")
        add("| run | wall s |")
        add("|---|---:|")
        add(f"| first build, cache empty | {rb['cold_with_cache_s']:.2f} |")
        add(f"| again, nothing changed | {rb['unchanged_s']:.2f} |")
        add(
            f"| again, one article changed (`{rb['changed_doc']}`, a sentence appended), median of "
            f"{len(rb['one_changed_runs_s'])} runs ({', '.join(f'{x:.2f}' for x in rb['one_changed_runs_s'])}) "
            f"| {rb['one_changed_s']:.2f} |"
        )
        add("")
    add("## Where build time goes")
    add("")
    for pf in (res.get("profile"), res.get("profile_rebuild")):
        if not pf:
            continue
        if pf["kind"].startswith("fresh"):
            add(
                f"**Fresh build.** The {pf['articles']:,}-article build under cProfile with `--jobs 1` (so the parse "
                f"runs in the profiled process): {pf['profiled_wall_s']} s wall under the profiler, "
                f"{pf['profiled_total_s']} s profiled. Cumulative time per stage:"
            )
        else:
            add(
                f"**Rebuild.** The same {pf['articles']:,} articles rebuilt with a warm cache after one article "
                f"changed, under cProfile: {pf['profiled_wall_s']} s wall under the profiler, "
                f"{pf['profiled_total_s']} s profiled. Cumulative time per stage:"
            )
        add("")
        add("| stage | cumulative s | share |")
        add("|---|---:|---:|")
        for s in pf["stages"]:
            add(f"| {s['stage']} | {s['cum_s']} | {s['share'] * 100:.0f}% |")
        add("")
        add("Functions with the most own time:")
        add("")
        add("| function | calls | own s | cumulative s |")
        add("|---|---:|---:|---:|")
        for h in pf["hot"]:
            add(f"| `{h['function']}` | {h['calls']:,} | {h['tottime_s']} | {h['cumtime_s']} |")
        add("")
    rd = res.get("render")
    add("## Render")
    add("")
    if rd:
        add(
            "Invented graphs from `benchmarks/graphs.py` (a tree of bodies, persons leading them, cross links; "
            "1.5 edges per node, one claim per edge), opened from disk in headless Chromium with every non-file "
            "request aborted (offline). orgnet: `write_briefing(tables, path, view='ego', focus=root, depth=all)`. "
            "pyvis: `Network(cdn_resources='in_line')`, otherwise defaults (physics on), `add_node(id, label=...)`, "
            "`add_edge(source, target)`. Times in ms since navigation start; 'still' = first frame of a run of "
            f"identical canvas frames lasting >= {STILL_MS} ms, then watched {WATCH_MS} ms more."
        )
        add("")
        add(
            "| nodes | edges | orgnet HTML bytes | orgnet: first drawn ms | orgnet: still ms | "
            "page's own first draw ms | moved after still | pyvis HTML bytes | pyvis: first drawn ms | "
            "pyvis: still ms | pyvis still / orgnet still |"
        )
        add("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|")
        for row in rd["rows"]:
            o, p = row["orgnet"], row["pyvis"]

            def cell(v, timeout):
                return str(v) if v is not None else f"not in {timeout:g} s"

            ratio = f"{'> ' if row['ratio_bound'] == '>' else ''}{row['ratio']}x" if row["ratio"] else "n/a"
            cells = [
                f"{row['nodes']:,}",
                f"{row['edges']:,}",
                f"{row['orgnet_html_bytes']:,}",
                cell(o["first_drawn_ms"], o["timeout_s"]),
                cell(o["still_ms"], o["timeout_s"]),
                str(o["page_first_draw_ms"]),
                "yes" if o["moved_after_still"] else "no",
                f"{row['pyvis_html_bytes']:,}",
                cell(p["first_drawn_ms"], p["timeout_s"]),
                cell(p["still_ms"], p["timeout_s"]),
                ratio,
            ]
            add("| " + " | ".join(cells) + " |")
        add("")
        add(
            "Writing each orgnet briefing (layout, page data, HTML) took: "
            + ", ".join(f"{r['nodes']:,} nodes {r['orgnet_write_s']} s" for r in rd["rows"])
            + "."
        )
        add("")
        d = rd.get("default_check")
        if d:
            drew = "drew nothing" if d["first_drawn_ms"] is None else f"drew at {d['first_drawn_ms']} ms"
            add(
                f"pyvis's true default, `Network()` with `cdn_resources='local'`, loads vis-network.min.js from "
                f"cdnjs.cloudflare.com: offline it {drew} in {d['timeout_s']:g} s ({d['nodes']} nodes, "
                f"{d['blocked_requests']} requests blocked, page errors: {'; '.join(d['page_errors']) or 'none'}). "
                "It never draws without the network, so the comparison above uses `in_line`."
            )
            add("")
    ho = res.get("hostile")
    add("## Hostile inputs")
    add("")
    if ho:
        add(
            f"Measured by `{ho['command']}` on {ho['date_utc']} (commit {ho['commit']}; load average before: "
            f"{' / '.join(map(str, ho['load_before']))}, after: {' / '.join(map(str, ho['load_after']))}). "
            + hostile.METHOD
            + f" Target: at most {TARGETS['hostile_ratio']:g}x per doubling; a build also "
            "stops any one document's parse after `--doc-timeout` seconds (default 60)."
        )
        add("")
        lines.extend(hostile.table(ho))
        add("")
    fl = res.get("fluid")
    add("## Fluid")
    add("")
    if fl:
        load = " / ".join(map(str, fl["load_before"]))
        add(
            f"Measured by `{fl['command']}` on {fl['date_utc']} (commit {fl['commit']}; load average before: "
            f"{load}, after: {' / '.join(map(str, fl['load_after']))}). " + fluid.METHOD
        )
        add("")
        lines.extend(fluid.table(fl))
        add("")
        if fl.get("before"):
            add(fl["before"])
            add("")
    ex = res.get("explorer")
    add("## Explorer")
    add("")
    if ex:
        add(
            f"`benchmarks/explorer_redraw.py --nodes {ex['nodes']} --repeats {ex['repeats']}` "
            f"({ex.get('network_nodes', '?')} nodes, {ex.get('network_edges', '?')} edges; "
            "Explorer built and first drawn "
            f"in {ex.get('first_draw_ms', '?')} ms). One control change = one redraw:"
        )
        add("")
        add("| control | n | median ms | p90 ms | max ms | view nodes |")
        add("|---|---:|---:|---:|---:|---|")
        for c in ex["controls"]:
            add(f"| {c['control']} | {c['n']} | {c['median_ms']} | {c['p90_ms']} | {c['max_ms']} | {c['view_nodes']} |")
        add("")
    eb = res.get("explorer_browser")
    if eb:
        add(
            f"In a real JupyterLab (`benchmarks/explorer_browser.py --nodes {eb['nodes']} --repeats {eb['repeats']}`, "
            "headless Chromium): the time from a click on a control to the first frame showing the new view, by "
            "the page's clock, beside the Python side of the same changes. The whole network goes to the browser "
            f"once ({eb['base_bytes']:,} bytes); a change sends {eb['view_bytes']:,} bytes; vis-network was "
            f"evaluated {eb['library_loads']} time(s) in the page."
        )
        add("")
        add("| control | changes | median ms | p90 ms |")
        add("|---|---:|---:|---:|")
        for name, c in eb["per_control"].items():
            add(f"| {name} | {c['n']} | {c['median_ms']} | {c['p90_ms']} |")
        add(f"| **all** | {eb['changes']} | **{eb['median_ms']}** | **{eb['p90_ms']}** |")
        add("")
        add(
            f"Python side (selection and view message) of the same changes: median {eb['python_median_ms']} ms, "
            f"p90 {eb['python_p90_ms']} ms. First display (cell run to first drawing): "
            f"{eb['first_display_ms']:.0f} ms."
        )
        add("")
    im = res.get("imports")
    add("## import orgnet")
    add("")
    if im:
        add(
            f"`import orgnet` inside a fresh interpreter: median **{im['import_s']:.3f} s** of "
            f'{", ".join(f"{x:.3f}" for x in im["import_runs_s"])}; the whole `python -c "import orgnet"` process: '
            f"{im['process_s']:.3f} s. Loaded by it: {', '.join(im['loaded']) or 'none of the heavy libraries'} "
            "(plotly, pyvis and ipywidgets should not be)."
        )
        add("")
        add("Largest cumulative imports (`python -X importtime -c 'import orgnet'`, one run):")
        add("")
        add("| module | cumulative s |")
        add("|---|---:|")
        for name, s in im["top_cumulative"]:
            add(f"| {name} | {s} |")
        add("")
    add("## Method")
    add("")
    add(
        "- The corpus generator (`benchmarks/corpus.py`) writes invented articles in the seeds' four layouts "
        "(dash-infobox, profile-page, glued-infobox, mirror-scrape, in rotation, about 2-12 KB each) about one "
        "invented world of countries, parties, ministries, numbered bureaus, think tanks, societies and people that "
        "cite each other, and a truth file in the gold format; `orgnet evaluate` scores a build against it."
    )
    add(
        "- Build times are whole processes (`python -m orgnet build`), interpreter start-up included, with the corpus "
        "already on disk (and in the page cache). "
        + (
            f"Sizes up to 2,000 are built {res['repeats_small']} times and the median run is reported; larger "
            "sizes once."
            if res["repeats_small"] > 1
            else "Each size is built once."
        )
    )
    add(
        "- Render times come from a script in the page that hashes the canvas pixels every 100 ms "
        "(`performance.now()`): so they include parsing the HTML and vis-network's own start-up, but are coarse to "
        "about 100 ms, and a busy page thread delays the samples exactly as it delays painting."
    )
    add(
        "- No timing here is asserted by the test suite (`tests/test_benchmarks.py` runs `--quick` and checks "
        "the structure only)."
    )
    add("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def measure_fluid(sizes: list[int], tmp: Path, frames: int, command: str) -> dict:
    log(f"fluid: pan/zoom frames at {', '.join(f'{n:,}' for n in sizes)} nodes")
    before = loadavg()
    res = fluid.measure_fluid(sizes, tmp, frames)
    res.update(
        command=command,
        load_before=before,
        load_after=loadavg(),
        commit=machine()["commit"],
        date_utc=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )
    return res


def fluid_before(path: str) -> str:
    """The paragraph and table of earlier figures (`benchmarks/fluid.py --json`) for the report."""
    old = json.loads(Path(path).read_text())
    head = (
        f"**Before**, for comparison: `{old['command']}` on {old['commit']}, {old['date_utc']} (load average "
        f"before: {' / '.join(map(str, old['load_before']))}, after: {' / '.join(map(str, old['load_after']))}):"
    )
    return "\n".join([head, ""] + fluid.table(old))


def _earlier_results(twin: Path, part: str) -> dict | None:
    """The figures of the last whole run (``results.json``), for a run of one ``part`` to
    write into; ``None``, said on stderr, when there is none."""
    if not twin.is_file():
        print(
            f"run.py: --only {part} writes into {twin}, which is missing: run the whole benchmark first",
            file=sys.stderr,
        )
        return None
    res = json.loads(twin.read_text())
    for key in ("builds", "corpora"):
        res[key] = {int(k): v for k, v in res[key].items()}
    return res


def only_fluid(out: Path, sizes: list[int], frames: int, command: str, before_json: str | None = None) -> int:
    """Measure the fluid part alone and write it into `out` and its JSON twin, keeping the rest."""
    twin = out.with_suffix(".json")
    res = _earlier_results(twin, "fluid")
    if res is None:
        return 2
    before = fluid_before(before_json) if before_json else (res.get("fluid") or {}).get("before")
    with tempfile.TemporaryDirectory(prefix="orgnet-fluid-") as tmp:
        res["fluid"] = measure_fluid(sizes, Path(tmp), frames, command)
    if before:
        res["fluid"]["before"] = before
    res["targets"] = targets(res)
    out.write_text(report(res), encoding="utf-8")
    twin.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    log(f"wrote the fluid part into {out} and {twin}")
    for t in res["targets"]:
        if "pan/zoom" in t["target"] or "frames per second" in t["target"]:
            log(f"  {'MET   ' if t['met'] else 'MISSED'} {t['target']}: {t['figure']} ({t['wanted']}; {t['margin']})")
    return 0


def only_scale(out: Path, sizes: list[int], seed: int, command: str) -> int:
    """Issue 15 alone: build the two largest ``sizes`` (default 10,000 and 100,000 articles) once
    each, their growth and the Dask engine beside the local one at the smaller size; written into
    `out` and its JSON twin, keeping the rest (the smaller sizes' builds stay as they were)."""
    twin = out.with_suffix(".json")
    res = _earlier_results(twin, "scale")
    if res is None:
        return 2
    a, b = sizes[-2], sizes[-1]
    with tempfile.TemporaryDirectory(prefix="orgnet-scale-") as tmp:
        corpora, builds = measure_builds([a, b], Path(tmp), 1, seed, truth=False)  # no recall measured here
        res["builds"].update(builds)
        res["corpora"].update(
            {n: {**c, "folder": str(c["folder"]), "truth": str(c["truth"])} for n, c in corpora.items()}
        )
        res["scale"] = measure_scale(res["builds"], a, b)
        res["scale"].update(
            command=command,
            load_end=loadavg(),
            date_utc=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        )
        try:
            res["engines"] = measure_engines(corpora[a]["folder"], a, Path(tmp), builds[a])
        except (RuntimeError, OSError) as exc:  # e.g. the dask extra not installed
            log(f"engines: not measured ({str(exc).splitlines()[0]})")
    res["targets"] = targets(res)
    out.write_text(report(res), encoding="utf-8")
    twin.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    log(f"wrote the scale part into {out} and {twin}")
    for t in res["targets"]:
        if "articles:" in t["target"]:
            log(f"  {'MET   ' if t['met'] else 'MISSED'} {t['target']}: {t['figure']} ({t['wanted']}; {t['margin']})")
    return 0


def measure_hostile(sizes: list[int], tmp: Path, command: str) -> dict:
    """`benchmarks/hostile.py` in a child process (a fresh interpreter): its figures, with the command and load."""
    log(f"hostile: parse time per doubling of hostile inputs, {', '.join(f'{s // 1000} KB' for s in sizes)}")
    before = loadavg()
    out = tmp / "hostile.json"
    r = subprocess.run(
        [PY, str(HERE / "hostile.py"), "--sizes", ",".join(map(str, sizes)), "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if not out.is_file():
        raise RuntimeError(f"benchmarks/hostile.py failed (exit {r.returncode}): {r.stderr[-2000:]}")
    for line in r.stderr.splitlines():
        log(line)
    res = json.loads(out.read_text())
    res.update(
        command=command,
        load_before=before,
        load_after=loadavg(),
        commit=machine()["commit"],
        date_utc=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )
    return res


def only_hostile(out: Path, sizes: list[int], command: str) -> int:
    """Measure the hostile inputs alone and write them into `out` and its JSON twin, keeping the rest."""
    twin = out.with_suffix(".json")
    res = _earlier_results(twin, "hostile")
    if res is None:
        return 2
    with tempfile.TemporaryDirectory(prefix="orgnet-hostile-") as tmp:
        res["hostile"] = measure_hostile(sizes, Path(tmp), command)
    res["targets"] = targets(res)
    out.write_text(report(res), encoding="utf-8")
    twin.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    log(f"wrote the hostile part into {out} and {twin}")
    for t in res["targets"]:
        if t["target"].startswith("hostile"):
            log(f"  {'MET   ' if t['met'] else 'MISSED'} {t['target']}: {t['figure']} ({t['wanted']}; {t['margin']})")
    return 0


def _sizes(text: str) -> list[int]:
    return sorted({int(x.replace("_", "")) for x in text.split(",") if x.strip()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default=None, help="corpus sizes to build (default 200,2000,10000,100000; --quick: 20,40)"
    )
    ap.add_argument("--render-sizes", default=None, help="graph sizes to render (default 100,1000,3000; --quick: 50)")
    ap.add_argument("--quick", action="store_true", help="tiny sizes, short timeouts: checks the harness works")
    ap.add_argument(
        "--out",
        default=None,
        help="the results file (default benchmarks/results.md; with --quick "
        "build/bench-quick/results.md, so tiny figures never replace the real ones)",
    )
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--no-browser", action="store_true", help="skip the render benchmarks (no Chromium)")
    ap.add_argument(
        "--fluid-sizes", default=None, help="graph sizes for the pan/zoom frames (default 3000,5000,10000; --quick: 50)"
    )
    ap.add_argument(
        "--fluid-before",
        metavar="JSON",
        help="with --only fluid or --from-json: the figures of "
        "`benchmarks/fluid.py --json JSON` on an earlier commit, shown beside the new ones",
    )
    ap.add_argument(
        "--hostile-sizes",
        default=None,
        help="sizes in bytes of the hostile inputs, each double the "
        "last (default 25000,50000,100000,200000; --quick: 8000,16000, as smaller inputs parse under the noise floor)",
    )
    ap.add_argument(
        "--only",
        choices=["fluid", "hostile", "scale"],
        help="measure only this part and write it into the existing results (--out and its .json "
        "twin), keeping every other figure",
    )
    ap.add_argument("--pyvis-timeout", type=float, default=None, help="seconds to wait for pyvis (default 60)")
    ap.add_argument("--max-load", type=float, default=0.5, help="wait until the load average is at most this")
    ap.add_argument("--wait-tries", type=int, default=None, help="how many times to wait 60 s for a quiet machine")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (corpora, tables, pages)")
    ap.add_argument("--from-json", metavar="FILE", help="measure nothing: write --out again from a results.json")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = str(ROOT / "build" / "bench-quick" / "results.md") if args.quick else str(HERE / "results.md")
    if args.from_json:
        res = json.loads(Path(args.from_json).read_text())
        for key in ("builds", "corpora"):
            res[key] = {int(k): v for k, v in res[key].items()}
        if args.fluid_before and res.get("fluid"):
            res["fluid"]["before"] = fluid_before(args.fluid_before)
            Path(args.from_json).write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
        res["targets"] = targets(res)
        Path(args.out).write_text(report(res), encoding="utf-8")
        log(f"wrote {args.out} from {args.from_json}")
        return 0

    quick = args.quick
    sizes = _sizes(args.sizes or ("20,40" if quick else "200,2000,10000,100000"))
    render_sizes = _sizes(args.render_sizes or ("50" if quick else "100,1000,3000"))
    fluid_sizes = _sizes(args.fluid_sizes or ("50" if quick else "3000,5000,10000"))
    fluid_frames = 8 if quick else 40
    hostile_sizes = _sizes(args.hostile_sizes or ("8000,16000" if quick else ",".join(map(str, hostile.SIZES))))
    pyvis_timeout = args.pyvis_timeout or (4.0 if quick else 60.0)
    tries = args.wait_tries if args.wait_tries is not None else (0 if quick else 5)
    repeats_small = 1 if quick else 3
    focus = 2000 if 2000 in sizes else max(sizes)  # the size for recall, rebuild, profile
    command = "python benchmarks/run.py" + (
        "" if argv is None and len(sys.argv) == 1 else " " + shlex.join(argv if argv is not None else sys.argv[1:])
    )
    if args.only == "hostile":
        return only_hostile(Path(args.out), hostile_sizes, command)
    if args.only == "scale":
        return only_scale(Path(args.out), _sizes(args.sizes or "10000,100000"), args.seed, command)
    if not args.no_browser and not os.access(CHROMIUM, os.X_OK):
        print(
            f"run.py: {CHROMIUM} not found: install Debian's chromium (make chromium) or pass --no-browser",
            file=sys.stderr,
        )
        return 2
    if args.only == "fluid":
        return only_fluid(Path(args.out), fluid_sizes, fluid_frames, command, args.fluid_before)

    started = time.perf_counter()
    res: dict = {
        "command": command,
        "quick": quick,
        "seed": args.seed,
        "repeats_small": repeats_small,
        "quiet_pause": 60.0,
    }
    res["quiet"] = wait_for_quiet(args.max_load, tries, 60.0)
    res["machine"] = machine()
    log(f"{res['machine']['cpus']} cpus, load {res['quiet'][-1]['load']}")
    tmp = Path(tempfile.mkdtemp(prefix="orgnet-bench-"))
    try:
        res["imports"] = measure_imports(3 if quick else 5)
        res["corpora"], res["builds"] = measure_builds(sizes, tmp, repeats_small, args.seed)
        if len(sizes) >= 2:
            a, b = (2000, 10000) if {2000, 10000} <= set(sizes) else (sizes[-2], sizes[-1])
            tr = res["builds"][b]["wall_s"] / res["builds"][a]["wall_s"]
            res["growth"] = {
                "from": a,
                "to": b,
                "time_ratio": round(tr, 3),
                "size_ratio": b / a,
                "factor": round(tr / (b / a), 3),
            }
        if {10000, 100000} <= set(sizes):
            res["scale"] = measure_scale(res["builds"], 10000, 100000)
        big = 10000 if 10000 in sizes else max(sizes)
        try:
            res["engines"] = measure_engines(res["corpora"][big]["folder"], big, tmp, res["builds"][big])
        except (RuntimeError, OSError) as exc:  # e.g. the dask extra not installed
            log(f"engines: not measured ({str(exc).splitlines()[0]})")
        c = res["corpora"][focus]
        res["recall"] = measure_recall(c["truth"], tmp / f"tables-{focus}", focus)
        res["jobs1"] = measure_jobs1(c["folder"], focus, tmp)
        res["rebuild"] = measure_rebuild(c["folder"], focus, tmp)
        res["profile"] = measure_profile(c["folder"], focus, tmp)
        res["profile_rebuild"] = measure_profile(c["folder"], focus, tmp, cached_out=res["rebuild"].pop("out"))
        res["hostile"] = measure_hostile(hostile_sizes, tmp, command)
        if not args.no_browser:
            res["render"] = measure_render(
                render_sizes,
                tmp,
                timeout=30.0 if quick else 60.0,
                pyvis_timeout=pyvis_timeout,
                default_timeout=4.0 if quick else 15.0,
            )
            res["fluid"] = measure_fluid(fluid_sizes, tmp, fluid_frames, command)
        # a few hundred nodes keep the quick run meaningful
        res["explorer"] = measure_explorer(400 if quick else 2000, 2 if quick else 15)
        if not args.no_browser:
            res["explorer_browser"] = measure_explorer_browser(400 if quick else 2000, 2 if quick else 6)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    res["load_end"] = loadavg()
    res["total_s"] = time.perf_counter() - started
    res["targets"] = targets(res)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(res), encoding="utf-8")
    for cdict in res["corpora"].values():
        cdict["folder"], cdict["truth"] = str(cdict["folder"]), str(cdict["truth"])
    out.with_suffix(".json").write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    log(f"wrote {out} and {out.with_suffix('.json')} in {res['total_s']:.0f} s")
    for t in res["targets"]:
        log(f"  {'MET   ' if t['met'] else 'MISSED'} {t['target']}: {t['figure']} ({t['wanted']}; {t['margin']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
