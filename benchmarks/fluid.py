"""Frame cost of panning and zooming a large briefing (issue 13), beside a plain vis-network page.

    .venv/bin/python benchmarks/fluid.py [--sizes 3000,5000,10000] [--frames 40]
    .venv/bin/python benchmarks/run.py --only fluid      # the same, written into results.md

For each size, invented tables (``benchmarks/graphs.py``) become two orgnet briefings, the
network view (``view='ego'`` of everything from the root body) and the hierarchy view (the
tree under the root body), and for each of them a plain page: the same vis-network file, the
same nodes (id, label, x, y) and edges (from, to), default styling, physics off, on a canvas
of the same size, moved to the same view as the briefing's opening one.

Both pages, open side by side, are then driven through the same moves, one move per frame:
``network.moveTo`` (no animation) each time the previous frame has been drawn (vis-network's
``afterDrawing``). Two phases of ``--frames`` frames each: **overview** (pans around the
opening, fitted view, and zooms between 0.7x and 1.4x its scale) and **close** (pans at scale 1
round the same centre, where labels show). Each phase runs in four blocks, orgnet and plain
taking turns, so that a busy machine slows both alike.
Per frame, the page records how long vis-network's draw took, from its ``initRedraw`` event to
``afterDrawing`` plus a one-pixel ``getImageData`` that makes Chromium finish painting the
canvas ("draw ms"), and the time between one frame's end and the next one's ("frame ms",
which includes the browser's own frame pacing, at most 60 a second). Reported: medians, the
ratio of orgnet's draw ms to the plain page's, and frames per second (1000 / median frame ms).

A heavy orgnet view (thousands of lines in sight) draws a moved frame as the picture of its last
full drawing, moved and scaled, as maps do (``orgnetBatchDrawing`` in ``style.js.j2``), and draws
in full again 150 ms after the moves stop. The moved frames are timed as any other (they are what
the user sees while moving; each is painted, ``getImageData`` waits for it); the table says how
many of them were pictures, and times that full drawing after each block's last move apart
("full redraw after ms", the median of the blocks' figures, from its ``initRedraw`` to
``afterDrawing`` plus the one-pixel ``getImageData``), outside the frame figures. The plain page
has no pictures: each of its frames is a full drawing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import graphs  # noqa: E402  (benchmarks/graphs.py)

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 900}
VIEWS = ("network", "hierarchy")
PHASES = ("overview", "close")

PLAIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>plain vis-network</title></head>
<body style="margin:0">
<div id="network" style="width:{width}px;height:{height}px"></div>
<script>{vis}</script>
<script>
var data = {data};
var network = new vis.Network(document.getElementById("network"),
  {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}},
  {{physics: {{enabled: false}}, layout: {{improvedLayout: false}}}});
window.plainNetwork = network;
</script>
</body></html>
"""

# Runs in the page: the moves of one phase, one per drawn frame. Resolves to the per-frame
# draw ms and the ms between consecutive frames' ends.
DRIVE_JS = """async ([expr, view, phase, first, frames]) => {
  const network = eval(expr);
  const ctx = network.canvas.frame.canvas.getContext("2d");
  const width = network.canvas.frame.canvas.clientWidth;
  function move(i) {  // the i-th view of the phase
    const a = 2 * Math.PI * i / 20;
    if (phase === "overview") {
      const r = 0.2 * width / view.scale;
      return {position: {x: view.x + r * Math.cos(a), y: view.y + r * Math.sin(a)},
              scale: view.scale * Math.pow(2, 0.5 * Math.sin(a / 2)), animation: false};
    }
    const r = 0.25 * width;
    return {position: {x: view.x + r * Math.cos(a), y: view.y + r * Math.sin(a)}, scale: 1.0, animation: false};
  }
  // one frame at the block's first view, not measured; then a pause for the page's own work
  await new Promise((resolve) => { network.once("afterDrawing", resolve); network.moveTo(move(first)); });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const counts = () => network.orgnetPicture ? [network.orgnetPicture.pictures, network.orgnetPicture.full] : [0, 0];
  const before = counts();
  return await new Promise((resolve) => {
    const draw = [], between = [];
    let i = 0, start = 0, last = 0, settling = false, timer = null, moved = null;
    function finish(settle) {
      clearTimeout(timer);
      network.off("initRedraw", onInit); network.off("afterDrawing", onDrawn);
      resolve({draw: draw, between: between, settle: settle,
               pictures: moved[0] - before[0], full: moved[1] - before[1]});
    }
    function onInit() { start = performance.now(); }
    function onDrawn() {
      ctx.getImageData(0, 0, 1, 1);  // makes Chromium finish painting the canvas now
      const now = performance.now();
      if (settling) { finish(now - start); return; }
      draw.push(now - start);
      if (last) { between.push(now - last); }
      last = now;
      i += 1;
      if (i < frames) { setTimeout(() => network.moveTo(move(first + 1 + i)), 0); return; }
      setTimeout(() => {  // after the frame's own bookkeeping: was it a moved picture?
        moved = counts();
        const P = network.orgnetPicture;
        if (P && P.last === "picture") {  // the full drawing that follows once the moves stop
          settling = true;
          timer = setTimeout(() => finish(null), 3000);
          return;
        }
        finish(null);
      }, 0);
    }
    network.on("initRedraw", onInit);
    network.on("afterDrawing", onDrawn);
    network.moveTo(move(first + 1));
  });
}"""
BLOCKS = 4  # each phase: this many blocks of frames, orgnet and plain taking turns
METHOD = (
    "Invented graphs (`benchmarks/graphs.py`) as two briefings, the network view (`view='ego'` of everything "
    "from the root body) and the hierarchy view (the tree under the root body), each beside a plain "
    "vis-network page of the same nodes (id, label, x, y) and edges (from, to): the same vis-network file, "
    "default styling, physics off, a canvas of the same size, at the briefing's opening view. Both pages are "
    "open side by side in headless Chromium and driven through the same moves, one `network.moveTo` per "
    "drawn frame: *overview* = pans round the opening (fitted) view with zooms between 0.7x and 1.4x its "
    "scale; *close* = pans at scale 1 round the same centre (labels show). Each phase runs in four blocks, "
    "orgnet and plain taking turns, so that a busy machine slows both alike. *draw ms* = median time from "
    "vis-network's `initRedraw` to `afterDrawing` plus a one-pixel `getImageData` that makes Chromium "
    "finish painting; *ratio* = orgnet's / plain's; *fps* = 1000 / the median time between two frames' "
    "ends (the browser paces frames at 60 a second at most). A heavy orgnet view draws a moved frame as "
    "the picture of its last full drawing, moved and scaled (map-style), and in full 150 ms after the "
    "moves stop: *pictures* = how many of orgnet's timed frames were such pictures; *full redraw after "
    "ms* = that full drawing after each block's last move (median of the blocks), timed as a frame, "
    "outside the frame figures."
)


def log(msg: str) -> None:
    print(f"[fluid {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def page_json(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="orgnet-data">(.*?)</script>', html, re.S)
    if not m:
        raise RuntimeError("no #orgnet-data in the briefing")
    return json.loads(m.group(1))


def plain_page(briefing: Path, out: Path, width: int, height: int) -> None:
    """The briefing's nodes (id, label, x, y) and edges (from, to) on a plain vis-network page."""
    from orgnet.render.network import vis_network_js

    data = page_json(briefing.read_text("utf-8"))
    plain = {
        "nodes": [{"id": n["id"], "label": n["label"], "x": n["x"], "y": n["y"]} for n in data["nodes"]],
        "edges": [{"id": e["id"], "from": e["from"], "to": e["to"]} for e in data["edges"]],
    }
    text = json.dumps(plain).replace("<", "\\u003c")
    out.write_text(PLAIN_PAGE.format(width=width, height=height, vis=vis_network_js(), data=text), "utf-8")


def _open(browser, path: Path):
    ctx = browser.new_context(viewport=VIEWPORT)
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)[:200]))
    page.goto(path.as_uri())
    return ctx, page, errors


def _summary(r: dict) -> dict:
    draw, between = sorted(r["draw"]), r["between"]
    out = {
        "draw_ms": round(statistics.median(draw), 1),
        "draw_p90_ms": round(draw[int(0.9 * (len(draw) - 1))], 1),
        "frame_ms": round(statistics.median(between), 1),
        "frames": len(draw),
    }
    out["fps"] = round(1000 / out["frame_ms"], 1)
    out["pictures"] = r["pictures"]
    out["settle_ms"] = round(statistics.median(r["settle"]), 1) if r["settle"] else None
    return out


def measure_one(browser, briefing: Path, plain: Path, frames: int) -> dict:
    """Both pages open side by side; each phase in BLOCKS blocks, orgnet and plain taking turns."""
    ctx, page, errors = _open(browser, briefing)
    page.wait_for_selector('#network[data-drawn="true"]', state="attached", timeout=180_000)
    view = page.evaluate("""() => { const n = window.orgnetBriefing.network, p = n.getViewPosition();
        const c = n.canvas.frame.canvas;
        return {x: p.x, y: p.y, scale: n.getScale(), width: c.clientWidth, height: c.clientHeight}; }""")
    counts = page.evaluate("() => [window.orgnetBriefing.nodeCount(), window.orgnetBriefing.edgeCount()]")
    plain_page(briefing, plain, view["width"], view["height"])
    pctx, ppage, perrors = _open(browser, plain)
    ppage.wait_for_function("() => window.plainNetwork !== undefined", timeout=180_000)
    ours: dict = {}
    theirs: dict = {}
    block = max(2, frames // BLOCKS)
    for phase in PHASES:
        got: dict = {who: {"draw": [], "between": [], "settle": [], "pictures": 0} for who in ("orgnet", "plain")}
        for b in range(BLOCKS):
            for who, pg, expr in (
                ("orgnet", page, "window.orgnetBriefing.network"),
                ("plain", ppage, "window.plainNetwork"),
            ):
                r = pg.evaluate(DRIVE_JS, [expr, view, phase, b * (block + 1), block])
                got[who]["draw"] += r["draw"]
                got[who]["between"] += r["between"]
                got[who]["pictures"] += r["pictures"]
                if r["settle"] is not None:
                    got[who]["settle"].append(r["settle"])
        ours[phase], theirs[phase] = _summary(got["orgnet"]), _summary(got["plain"])
        ours[phase]["ratio"] = round(ours[phase]["draw_ms"] / theirs[phase]["draw_ms"], 2)
    detail = page.evaluate("() => document.getElementById('network').dataset.detail || ''")
    ctx.close()
    pctx.close()
    return {
        "nodes": counts[0],
        "edges": counts[1],
        "canvas": f"{view['width']}x{view['height']}",
        "fit_scale": round(view["scale"], 4),
        "detail_at_close": detail,
        "orgnet": ours,
        "plain": theirs,
        "page_errors": (errors + perrors)[:3],
    }


def measure_fluid(sizes: list[int], tmp: Path, frames: int = 40) -> dict:
    """Frame costs of the network and hierarchy briefings and their plain pages (see the module's text)."""
    from playwright.sync_api import sync_playwright

    from orgnet.render.briefing import write_briefing

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        version = browser.version
        for n in sizes:
            tables = graphs.graph_tables(n)
            for view in VIEWS:
                page = tmp / f"fluid-{view}-{n}.html"
                if view == "network":
                    write_briefing(tables, page, view="ego", focus="body-0", depth=10**6, title=f"{n} nodes")
                else:
                    write_briefing(tables, page, view="hierarchy", focus="body-0", title=f"{n} nodes")
                log(f"{view} view of the {n}-node graph: orgnet, then plain ({frames} frames per phase)")
                row = measure_one(browser, page, tmp / f"plain-{view}-{n}.html", frames)
                row.update(graph_nodes=n, view=view)
                rows.append(row)
                o, pl = row["orgnet"], row["plain"]
                log(
                    "  "
                    + "; ".join(
                        f"{ph}: orgnet {o[ph]['draw_ms']} ms ({o[ph]['fps']} fps), plain "
                        f"{pl[ph]['draw_ms']} ms ({pl[ph]['fps']} fps), x{o[ph]['ratio']}"
                        for ph in PHASES
                    )
                )
        browser.close()
    return {"chromium": version, "frames": frames, "viewport": VIEWPORT, "rows": rows}


def table(res: dict) -> list[str]:
    """Markdown rows of the measurement."""
    lines = [
        "| graph nodes | view | nodes | edges | phase | orgnet draw ms | plain draw ms | ratio | "
        "orgnet frame ms | orgnet fps | plain fps | pictures | full redraw after ms |",
        "|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in res["rows"]:
        for ph in PHASES:
            o, p = r["orgnet"][ph], r["plain"][ph]
            pictures = f"{o['pictures']} of {o['frames']}" if "pictures" in o else "–"
            settle = o.get("settle_ms")
            lines.append(
                f"| {r['graph_nodes']:,} | {r['view']} | {r['nodes']:,} | {r['edges']:,} | {ph} | "
                f"{o['draw_ms']} | {p['draw_ms']} | {o['ratio']}x | {o['frame_ms']} | {o['fps']} | "
                f"{p['fps']} | {pictures} | {settle if settle is not None else '–'} |"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="3000,5000,10000", help="graph sizes (default 3000,5000,10000)")
    ap.add_argument("--frames", type=int, default=40, help="frames per phase (default 40)")
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    ap.add_argument("--commit", default="", help="what was measured, for the JSON (e.g. a commit of orgnet)")
    args = ap.parse_args(argv)
    sizes = sorted({int(x) for x in args.sizes.split(",") if x.strip()})
    load = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="orgnet-fluid-") as tmp:
        res = measure_fluid(sizes, Path(tmp), args.frames)
    res.update(
        command="python benchmarks/fluid.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        commit=args.commit,
        load_before=load,
        load_after=[round(x, 2) for x in os.getloadavg()],
        date_utc=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    )
    print("\n".join(table(res)))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
