"""Briefings in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright).

Each briefing is opened from disk (file://) with every request to another scheme aborted and
recorded, and must: request nothing from any host; draw as many nodes as its view holds, on
a canvas that is not blank; show the evidence of a node or edge selected through the page's
API, by a real click on the canvas, and by the name search; obey the legend's checkboxes; and,
for pages made from hostile documents, run no script (no dialog, no injected element).
A screenshot of each goes to test-artifacts/.

Chromium missing: a failure under CI (CI=true), a skip elsewhere. `make test` installs it.
Playwright never downloads a browser here (no `playwright install`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from claim_helpers import TWO_TERMS  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.graph import ego, find_node, hierarchy, select_view, to_graph
from orgnet.render.briefing import briefing_graph, write_briefing, write_index

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_BREAKOUT = "</script><script>alert(1)//"
DEMO = {  # the demo's briefings (Makefile `demo`), plus an ego view
    "mss-hierarchy": dict(view="hierarchy", focus="MSS"),
    "central-committee-hierarchy": dict(view="hierarchy", focus="Central Committee of the Chinese Communist Party"),
    "ild-hierarchy": dict(view="hierarchy", focus="ILD"),
    "fronts": dict(view="fronts"),
    "mss-ego": dict(view="ego", focus="MSS", depth=2),
}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


@pytest.fixture(scope="session")
def browser():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        message = f"{CHROMIUM} not found: install Debian's chromium (`make test` does: apt-get install -y chromium)"
        if _in_ci():
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class Opened:
    """A page opened from disk, with every non-file request recorded (and aborted), every
    dialog and page error recorded."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.foreign: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("websocket", lambda ws: self.foreign.append(ws.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:") or url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def wait_drawn(self, timeout_ms: int = 60_000) -> float:
        started = time.perf_counter()
        self.page.wait_for_selector('#network[data-drawn="true"]', state="attached", timeout=timeout_ms)
        return time.perf_counter() - started

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def attempted_elsewhere(self) -> list[str]:
        others = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        return sorted(set(self.foreign + others))

    def close(self):
        self.context.close()


@pytest.fixture
def opened(browser):
    pages: list[Opened] = []

    def open_(path: Path, **kw) -> Opened:
        o = Opened(browser, path, **kw)
        pages.append(o)
        return o

    yield open_
    for o in pages:
        o.close()


@pytest.fixture(scope="session")
def demo_pages(seeds_build, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("briefings")
    paths = {name: write_briefing(seeds_build, out / f"{name}.html", **kw) for name, kw in DEMO.items()}
    write_index(list(paths.values()), out / "index.html")
    return paths


def _blank_canvas(o: Opened, selector: str = "#network canvas") -> int:
    """How many pixels of the canvas `selector` differ from the page background (white)."""
    return o.js(
        """(selector) => {
        const c = document.querySelector(selector);
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
        }
        return n;
    }""",
        selector,
    )


def _check_page(o: Opened, expected_nodes: set[str], expected_edges: int) -> None:
    assert o.wait_drawn() >= 0
    assert o.attempted_elsewhere() == [], "the page asked another host for something"
    assert o.errors == [], o.errors
    counts = o.js("""() => ({
        dataset: window.orgnetBriefing.nodeCount(),
        visible: window.orgnetBriefing.visibleNodeIds().length,
        drawn: window.orgnetBriefing.network.body.nodeIndices.length,
        edges: window.orgnetBriefing.network.body.edgeIndices.length,
        attr: Number(document.getElementById('network').dataset.nodeCount),
        ids: window.orgnetBriefing.nodes.getIds(),
    })""")
    n = len(expected_nodes)
    assert (counts["dataset"], counts["visible"], counts["drawn"], counts["attr"]) == (n, n, n, n), counts
    assert set(counts["ids"]) == expected_nodes
    assert counts["edges"] == expected_edges
    assert _blank_canvas(o) > 500, "the canvas is blank"


def _click_node(o: Opened, node_id: str) -> None:
    """A real mouse click at the node's place on the canvas."""
    o.js("id => window.orgnetBriefing.network.focus(id, {scale: 1.0, animation: false})", node_id)
    o.page.wait_for_timeout(100)
    box = o.page.locator("#network canvas").bounding_box()
    p = o.js("id => window.orgnetBriefing.canvasPosition(id)", node_id)
    o.page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
    o.page.wait_for_function(
        "id => document.getElementById('panel').dataset.selected === id", arg=node_id, timeout=5_000
    )


def _panel_text(o: Opened) -> str:
    return o.js("() => document.getElementById('panel').textContent")


# --------------------------------------------------------------------------- the harness itself


def test_harness_sees_a_foreign_request_and_a_dialog(opened, tmp_path):
    """The checks below can fail: a page that fetches from a host or runs script is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><img src="http://example.invalid/x.png">'
        f'<p>{HOSTILE_IMG}</p><div id="network" data-drawn="true"></div>',
        encoding="utf-8",
    )
    o = opened(bad)
    o.page.wait_for_load_state("load")
    o.page.wait_for_timeout(300)
    assert "http://example.invalid/x.png" in o.attempted_elsewhere()
    assert o.dialogs == ["alert: 1"]
    assert o.js("() => document.querySelectorAll('img').length") == 2


# --------------------------------------------------------------------------- demo briefings


@pytest.mark.parametrize("name", list(DEMO))
def test_demo_briefing(name, opened, demo_pages, seeds_build, artifacts):
    kw = DEMO[name]
    G, info = briefing_graph(seeds_build, **kw)
    full = to_graph(seeds_build)
    if kw["view"] == "hierarchy":  # counted again straight from the graph API
        assert set(G) == set(hierarchy(full, kw["focus"]))
    elif kw["view"] == "ego":
        assert set(G) == set(ego(full, kw["focus"], kw["depth"]))
    o = opened(demo_pages[name])
    _check_page(o, set(G), G.number_of_edges())
    o.page.screenshot(path=str(artifacts / f"{name}.png"))

    # an edge selected through the page's API shows its evidence, documents and citations
    data = o.js("() => window.orgnetBriefing.data")
    edge = max(data["edges"], key=lambda e: (len(e["claims"]), e["id"]))
    assert o.js("id => window.orgnetBriefing.select(id)", edge["id"]) is True
    text = _panel_text(o)
    row = seeds_build.edges.set_index(["source", "relation", "target"]).loc[
        (edge["from"], edge["relation"], edge["to"])
    ]
    assert row["evidence"] in text
    for doc in row["docs"].split(";"):
        assert doc in text
    claims = seeds_build.claims.set_index("claim_id")
    for cid in row["claim_ids"].split(";"):
        assert claims.loc[cid, "evidence"] in text
        for citation in filter(None, (c.strip() for c in claims.loc[cid, "citations"].split(" | "))):
            assert citation in text

    # a real click on the focus (or any node) shows that node's entry
    target = info["focus"] or sorted(G, key=lambda n: -G.degree(n))[0]
    _click_node(o, target)
    text = _panel_text(o)
    attrs = full.nodes[target]
    assert attrs["label"] in text and attrs["description"] in text
    for doc in filter(None, attrs["docs"].split(";")):
        assert doc in text
    o.page.screenshot(path=str(artifacts / f"{name}-selected.png"))

    # the legend's checkboxes hide a kind and a relation
    kind = attrs["kind"]
    n_kind = sum(1 for _, d in G.nodes(data=True) if d["kind"] == kind)
    o.page.locator(f'input.kind-toggle[value="{kind}"]').uncheck()
    assert o.js("() => window.orgnetBriefing.visibleNodeIds().length") == G.number_of_nodes() - n_kind
    rel = edge["relation"]
    n_rel = sum(1 for *_, k in G.edges(keys=True) if k == rel)
    o.page.locator(f'input.relation-toggle[value="{rel}"]').uncheck()
    assert o.js("() => window.orgnetBriefing.visibleEdgeIds().length") == G.number_of_edges() - n_rel
    o.page.locator("#show-all").click()
    assert o.js("() => window.orgnetBriefing.visibleNodeIds().length") == G.number_of_nodes()
    assert o.attempted_elsewhere() == [] and o.dialogs == [] and o.errors == []


def test_search_box_finds_a_node_by_alias(opened, demo_pages, seeds_build):
    o = opened(demo_pages["mss-ego"])
    o.wait_drawn()
    mss = find_node(to_graph(seeds_build), "MSS")
    o.page.fill("#search", "MSS")
    o.page.press("#search", "Enter")
    o.page.wait_for_function("id => document.getElementById('panel').dataset.selected === id", arg=mss)
    assert o.js("() => window.orgnetBriefing.network.getSelectedNodes()") == [mss]
    o.page.fill("#search", "no such body anywhere")
    o.page.press("#search", "Enter")
    assert "No name here matches" in o.js("() => document.getElementById('search-status').textContent")


def _shown(o: Opened) -> tuple[set, set]:
    """The node ids and (source, target, relation) of the edges the page shows now."""
    edges = {e["id"]: (e["from"], e["to"], e["relation"]) for e in o.js("() => window.orgnetBriefing.data.edges")}
    return (
        set(o.js("() => window.orgnetBriefing.visibleNodeIds()")),
        {edges[i] for i in o.js("() => window.orgnetBriefing.visibleEdgeIds()")},
    )


def _slide_to(o: Opened, year: int) -> None:
    """Move the year slider as a hand does: focus it, Home to its first year, then arrow keys."""
    lo = int(o.page.locator("#year").get_attribute("min"))
    o.page.locator("#year").focus()
    o.page.keyboard.press("Home")
    for _ in range(year - lo):
        o.page.keyboard.press("ArrowRight")


def test_briefing_year_control_filters_as_as_of_does(opened, demo_pages, seeds_build, artifacts):
    G, _ = briefing_graph(seeds_build, **DEMO["mss-ego"])
    o = opened(demo_pages["mss-ego"])
    o.wait_drawn()
    assert o.js("() => document.getElementById('year').disabled") is True  # all years at first
    assert _shown(o) == (set(G), set(G.edges(keys=True)))
    o.page.locator("#all-years").uncheck()
    for year in (1975, 1983, 1999, 2015):
        _slide_to(o, year)
        assert o.page.locator("#year-value").text_content() == str(year)
        want = select_view(G, year=year)
        assert _shown(o) == (set(want.graph), set(want.graph.edges(keys=True))), year
        assert f"As of {year}:" in o.page.locator("#time-status").text_content()
    _slide_to(o, 1975)
    assert "ministry-of-state-security" not in _shown(o)[0]  # founded 1983: not yet there
    o.page.screenshot(path=str(artifacts / "mss-ego-1975.png"))
    _slide_to(o, 2015)
    o.page.locator("#show-undated").uncheck()
    want = select_view(G, year=2015, undated=False)
    assert _shown(o) == (set(want.graph), set(want.graph.edges(keys=True)))
    o.page.locator("#all-years").check()
    want = select_view(G, undated=False)
    assert _shown(o) == (set(want.graph), set(want.graph.edges(keys=True)))
    assert o.js("() => document.getElementById('year').disabled") is True
    o.page.locator("#show-all").click()  # everything back, the year control too
    assert _shown(o) == (set(G), set(G.edges(keys=True)))
    assert o.page.locator("#show-undated").is_checked() and o.page.locator("#all-years").is_checked()
    assert o.attempted_elsewhere() == [] and o.dialogs == [] and o.errors == []


def test_briefing_shows_a_link_with_two_terms_in_each_term(opened, tmp_path):
    import orgnet

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "harbour.txt").write_text(TWO_TERMS, encoding="utf-8")
    tables = orgnet.build(tmp_path / "docs")
    o = opened(write_briefing(tables, tmp_path / "harbour.html", view="ego", focus="Harbour Bureau"))
    o.wait_drawn()
    link = ("ilsa-marrow", "harbour-bureau", "leads")
    for year, there in ((1992, True), (1998, False), (2002, True), (2005, False), (1990, True)):
        o.js("y => window.orgnetBriefing.setYear(y)", year)
        assert (link in _shown(o)[1]) is there, year
        assert (("orin-calder", "harbour-bureau", "leads") in _shown(o)[1]) is (1995 <= year <= 2001), year
    edge = next(e["id"] for e in o.js("() => window.orgnetBriefing.data.edges") if (e["from"], e["to"]) == link[:2])
    o.js("id => window.orgnetBriefing.select(id)", edge)
    assert "1990\u20131995, 2001\u20132004" in _panel_text(o)
    assert o.errors == [] and o.attempted_elsewhere() == []
    # a briefing made as of a year starts its control there
    o = opened(write_briefing(tables, tmp_path / "harbour-1992.html", view="ego", focus="Harbour Bureau", as_of=1992))
    o.wait_drawn()
    assert o.page.locator("#year-value").text_content() == "1992" and not o.page.locator("#all-years").is_checked()
    assert link in _shown(o)[1] and o.errors == []


def test_index_links_every_briefing(opened, demo_pages):
    o = opened(next(iter(demo_pages.values())).parent / "index.html")
    o.page.wait_for_load_state("load")
    hrefs = o.js("() => [...document.querySelectorAll('#briefings a')].map(a => a.href)")
    assert sorted(Path(h.removeprefix("file://")).name for h in hrefs) == sorted(p.name for p in demo_pages.values())
    o.page.locator("#briefings a").first.click()
    o.wait_drawn()
    assert o.attempted_elsewhere() == []


# --------------------------------------------------------------------------- hostile documents


def _exercise_everything(o: Opened) -> None:
    """Select every node and edge, run a search, toggle filters: all the page's writing paths."""
    ids = o.js(
        "() => window.orgnetBriefing.data.nodes.map(n => n.id).concat(window.orgnetBriefing.data.edges.map(e => e.id))"
    )
    for i in ids:
        assert o.js("id => window.orgnetBriefing.select(id)", i) is True
    o.page.fill("#search", "alert")
    o.page.press("#search", "Enter")
    for box in o.page.locator("input.kind-toggle").all():
        box.uncheck()
    o.page.locator("#show-all").click()
    o.page.wait_for_timeout(300)


def _assert_nothing_ran(o: Opened) -> None:
    assert o.dialogs == [], f"script ran: {o.dialogs}"
    assert o.errors == [], o.errors
    assert o.js("() => document.querySelectorAll('img').length") == 0, "an <img> was injected"
    assert o.js("() => document.querySelectorAll('script').length") == 3, "a <script> was injected"
    assert (
        o.js(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some("
            "a => a.name.startsWith('on'))).length"
        )
        == 0
    ), "an on* attribute was injected"
    assert o.attempted_elsewhere() == []


def test_hostile_document_runs_no_script(opened, hostile_build, tmp_path, artifacts):
    path = write_briefing(hostile_build, tmp_path / "hostile.html", view="ego", focus="HBI", depth=2)
    G, _ = briefing_graph(hostile_build, view="ego", focus="HBI", depth=2)
    o = opened(path)
    _check_page(o, set(G), G.number_of_edges())
    _exercise_everything(o)
    _assert_nothing_ran(o)
    # the markup is shown as text in the panel, not run
    bad_edge = next(e for e in o.js("() => window.orgnetBriefing.data.edges") if HOSTILE_BREAKOUT in e["evidence"])
    o.js("id => window.orgnetBriefing.select(id)", bad_edge["id"])
    assert HOSTILE_BREAKOUT in _panel_text(o)
    bad_node = next(n for n in o.js("() => window.orgnetBriefing.data.nodes") if HOSTILE_IMG in n["label"])
    o.js("id => window.orgnetBriefing.select(id)", bad_node["id"])
    assert HOSTILE_IMG in _panel_text(o)
    assert HOSTILE_SCRIPT in o.js("() => document.getElementById('sources').textContent")
    o.page.screenshot(path=str(artifacts / "hostile.png"))
    _assert_nothing_ran(o)


def test_poisoned_tables_run_no_script(opened, poisoned_tables, tmp_path):
    for view in ("ego", "hierarchy", "fronts"):
        kw = {} if view == "fronts" else {"focus": "bureau-of-sprockets"}
        path = write_briefing(poisoned_tables, tmp_path / f"{view}.html", view=view, **kw)
        write_index([path], tmp_path / "index.html", title=f"Index {HOSTILE_SCRIPT}")
        o = opened(path)
        o.wait_drawn()
        _exercise_everything(o)
        _assert_nothing_ran(o)
        i = opened(tmp_path / "index.html")
        i.page.wait_for_load_state("load")
        assert i.dialogs == [] and i.js("() => document.querySelectorAll('img, script').length") == 0


# --------------------------------------------------------------------------- a big page


def _thousand_nodes(n: int = 1000):
    """Tables of `n` bodies: a tree (stated, 0.8) plus cross links (alleged, 0.4: hedged)."""
    import pandas as pd

    from orgnet.tables import SCHEMA, TABLE_NAMES, Tables

    rels = ["subordinate_to", "front_for", "funded_by", "part_of", "leads"]
    kinds = ["state_body", "security_service", "think_tank", "association", "person"]
    nodes = [{"id": f"b{i}", "label": f"Body {i}", "kind": kinds[i % 5], "docs": "s.txt"} for i in range(n)]
    edges = []
    for i in range(1, n):
        edges.append(
            {
                "source": f"b{i}",
                "target": f"b{(i - 1) // 3}",
                "relation": rels[i % 5],
                "confidence": 0.8,
                "hedge": "stated",
                "evidence": f"Body {i} and body {(i - 1) // 3}.",
                "docs": "s.txt",
            }
        )
    for i in range(0, n, 2):
        edges.append(
            {
                "source": f"b{i}",
                "target": f"b{(i * 7 + 3) % n}",
                "relation": "part_of",
                "confidence": 0.4,
                "hedge": "alleged",
                "evidence": "Cross link.",
                "docs": "s.txt",
            }
        )
    edges = [e for e in edges if e["source"] != e["target"]]
    edges = list({(e["source"], e["relation"], e["target"]): e for e in edges}.values())
    frames = {
        "nodes": nodes,
        "edges": edges,
        "claims": [],
        "documents": [{"doc": "s.txt", "title": "S"}],
        "conflicts": [],
    }
    t = Tables(**{k: pd.DataFrame(frames.get(k, []), columns=list(SCHEMA[k])) for k in TABLE_NAMES})
    for k, df in t:
        for col, dtype in SCHEMA[k].items():
            df[col] = (
                pd.to_numeric(df[col], errors="coerce").astype(dtype)
                if dtype != "string"
                else df[col].astype("string").fillna("")
            )
    return t


def test_a_thousand_node_page_draws_offline(opened, tmp_path, artifacts):
    n = 1000
    t = _thousand_nodes(n)
    path = write_briefing(t, tmp_path / "big.html", view="ego", focus="b0", depth=20)
    G, _ = briefing_graph(t, view="ego", focus="b0", depth=20)
    assert G.number_of_nodes() == n
    o = opened(path)
    _check_page(o, set(G), G.number_of_edges())
    o.page.screenshot(path=str(artifacts / "big-1000.png"))


def test_big_view_draws_arrows_and_dashes_only_when_zoomed_in(opened, tmp_path, artifacts):
    """Issue 13: zoomed out, no line has an arrowhead or dashes, and a hedged line is paler than
    a stated one of the same relation; zoomed in, the lines near the view get arrowheads and the
    hedged ones dashes, lines far off stay plain; back to the whole picture, all plain again."""
    path = write_briefing(_thousand_nodes(), tmp_path / "zoom.html", view="ego", focus="b0", depth=20)
    o = opened(path, width=1280, height=800)
    assert o.wait_drawn() >= 0
    style = """() => {
        const B = window.orgnetBriefing, all = B.edges.get();
        const find = (from, to) => all.find(e => e.from === from && e.to === to);
        return {scale: B.network.getScale(), detail: document.getElementById('network').dataset.detail,
                arrows: all.filter(e => e.arrows.to.enabled).length,
                dashed: all.filter(e => e.dashes !== false).length, total: all.length,
                stated: find('b3', 'b0'), hedged: find('b0', 'b3'), far: find('b999', 'b332')};
    }"""
    out = o.js(style)
    assert out["scale"] < 0.5 and out["detail"] == "none", out
    assert out["arrows"] == 0 and out["dashed"] == 0, out
    assert out["stated"]["relation"] == out["hedged"]["relation"] == "part_of"
    assert out["hedged"]["color"]["color"] != out["stated"]["color"]["color"], "a hedged line looks stated"
    o.page.screenshot(path=str(artifacts / "zoom-out-1000.png"))

    o.js("() => window.orgnetBriefing.network.focus('b0', {scale: 2.5, animation: false})")
    o.page.wait_for_function(
        "() => document.getElementById('network').dataset.detail === 'arrows, dashes'", timeout=10_000
    )
    near = o.js(style)
    assert near["stated"]["arrows"]["to"]["enabled"] and near["stated"]["dashes"] is False, near["stated"]
    assert near["hedged"]["arrows"]["to"]["enabled"] and near["hedged"]["dashes"], near["hedged"]
    assert not near["far"]["arrows"]["to"]["enabled"] and near["far"]["dashes"] is False, near["far"]
    assert 0 < near["arrows"] < near["total"] and 0 < near["dashed"] < near["arrows"], near
    o.page.screenshot(path=str(artifacts / "zoom-in-1000.png"))

    o.page.click("#fit")
    o.page.wait_for_function("() => document.getElementById('network').dataset.detail === 'none'", timeout=10_000)
    back = o.js(style)
    assert back["arrows"] == 0 and back["dashed"] == 0, back
    assert o.errors == [], o.errors


def test_line_labels_are_given_only_when_needed(opened, tmp_path):
    """Issue 13: vis-network draws every line's label on every close frame, so no line starts with
    one; a line gets its relation's name when it is selected, and a node's lines when the node is
    clicked (the name then shows on the line, as vis-network's chosen label)."""
    path = write_briefing(_thousand_nodes(40), tmp_path / "labels.html", view="ego", focus="b0", depth=20)
    o = opened(path, width=1280, height=800)
    assert o.wait_drawn() >= 0
    labelled = "() => window.orgnetBriefing.edges.get().filter(e => e.label !== undefined).map(e => [e.id, e.label])"
    assert o.js(labelled) == []
    data = o.js("() => window.orgnetBriefing.data")
    names = {r["relation"]: r["label"] for r in data["relations"]}
    edge = next(e for e in data["edges"] if e["from"] == "b3" and e["to"] == "b0")
    assert o.js("id => window.orgnetBriefing.select(id)", edge["id"])
    assert o.js(labelled) == [[edge["id"], names[edge["relation"]]]]

    box = o.js("() => document.querySelector('#network canvas').getBoundingClientRect().toJSON()")
    at = o.js("() => window.orgnetBriefing.canvasPosition('b5')")
    o.page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    o.page.wait_for_function("() => window.orgnetBriefing.network.getSelectedNodes()[0] === 'b5'", timeout=10_000)
    around = {e["id"]: names[e["relation"]] for e in data["edges"] if "b5" in (e["from"], e["to"])}
    assert len(around) >= 2
    got = dict(o.js(labelled))
    assert {k: got.get(k) for k in around} == around, got
    assert o.errors == [], o.errors


@pytest.mark.parametrize("width,height", [(1280, 800), (1920, 1080)])
def test_label_boxes_hold_the_labels_as_drawn(opened, seeds_build, tmp_path, width, height, artifacts):
    """Issue 13: the layout keeps label boxes apart, so each box must hold its label as the
    browser wraps it: as many lines (or more) and as wide. Boxes estimated with narrow character
    widths and the full widthConstraint let vis-network wrap "Chinese Communist Party" into one
    line more, which ran into the node under it (the seeds' neighbourhood of the MSS). Checked
    on the drawn page, node by node; and no two nodes' drawn boxes (shape and label) touch."""
    from orgnet.render.label_boxes import label_box
    from orgnet.render.network_data import _LABEL_INSIDE, FONT_PX, LABEL_WIDTH

    path = write_briefing(seeds_build, tmp_path / "ego4.html", view="ego", focus="MSS", depth=4)
    o = opened(path, width=width, height=height)
    assert o.wait_drawn() >= 0
    drawn = o.js("""() => { const B = window.orgnetBriefing, net = B.network;
        const shape = {}; B.data.kinds.forEach(k => { shape[k.kind] = k.shape; });
        return B.data.nodes.map(n => { const lm = net.body.nodes[n.id].labelModule;
            return {id: n.id, label: n.label, size: n.size, shape: shape[n.kind], lines: lm.lines.length,
                    width: lm.size.width, box: net.getBoundingBox(n.id)}; }); }""")
    assert len(drawn) > 40
    short = []
    for d in drawn:
        w, h, _ = label_box(
            d["label"],
            node_size=d["size"],
            font_px=FONT_PX,
            max_width=LABEL_WIDTH,
            label_inside=d["shape"] in _LABEL_INSIDE,
        )
        lines = round((h - (12.0 if d["shape"] in _LABEL_INSIDE else 2 * d["size"] + 5)) / (FONT_PX * 1.2))
        if lines < d["lines"] or w + 0.5 < d["width"]:
            short.append((d["label"], lines, d["lines"], round(w), round(d["width"])))
    assert short == [], short
    touching = [
        (p["label"], q["label"])
        for i, p in enumerate(drawn)
        for q in drawn[i + 1 :]
        if min(p["box"]["right"], q["box"]["right"]) - max(p["box"]["left"], q["box"]["left"]) > -4
        and min(p["box"]["bottom"], q["box"]["bottom"]) - max(p["box"]["top"], q["box"]["top"]) > -4
    ]
    assert touching == [], touching
    o.page.screenshot(path=str(artifacts / f"ego4-{width}.png"))
    assert o.errors == [], o.errors


_SAME_PICTURE = """() => {
    // the canvas as drawn with orgnet's batches, then with vis-network's own methods: pixels that
    // differ clearly (crossing lines may stack in another order), of the pixels drawn
    const net = window.orgnetBriefing.network, r = net.renderer, P = r.constructor.prototype;
    const c = net.canvas.frame.canvas, ctx = c.getContext('2d');
    r._redraw();
    const a = ctx.getImageData(0, 0, c.width, c.height).data, batched = net.orgnetBatched, specks = net.orgnetSpecks;
    const mine = [r._drawEdges, r._drawArrows, r._drawNodes];
    r._drawEdges = P._drawEdges; r._drawArrows = P._drawArrows; r._drawNodes = P._drawNodes;
    r._redraw();
    const b = ctx.getImageData(0, 0, c.width, c.height).data;
    [r._drawEdges, r._drawArrows, r._drawNodes] = mine;
    r._redraw();
    let differ = 0, inked = 0;
    for (let i = 0; i < a.length; i += 4) {
        if (b[i + 3] > 0) { inked += 1; }
        if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]),
                     Math.abs(a[i + 3] - b[i + 3])) > 48) { differ += 1; }
    }
    return {differ: differ, inked: inked, batched: batched, specks: specks, scale: net.getScale(),
            detail: document.getElementById('network').dataset.detail};
}"""


def test_batched_drawing_looks_like_vis_networks_own(opened, tmp_path, artifacts):
    """Issue 13: lines alike are drawn as one path (and nodes too small to see as specks of their
    colour), and the picture is vis-network's own but for the order of crossing lines (hedged ones
    beneath firm ones, which vis-network stacked in data order): zoomed out, zoomed in (arrowheads
    and dashes near the view) and very far out."""
    path = write_briefing(_thousand_nodes(), tmp_path / "batched.html", view="ego", focus="b0", depth=20)
    o = opened(path, width=1280, height=800)
    assert o.wait_drawn() >= 0
    out = o.js(_SAME_PICTURE)
    assert out["detail"] == "none" and out["batched"]["batched"] > 1000, out
    assert out["batched"]["paths"] <= 12 and out["batched"]["own"] == 0, out  # 6 relations, stated or hedged
    assert out["inked"] > 50_000 and out["differ"] < 0.04 * out["inked"], out

    o.js("() => window.orgnetBriefing.network.focus('b0', {scale: 2.5, animation: false})")
    o.page.wait_for_function(
        "() => document.getElementById('network').dataset.detail === 'arrows, dashes'", timeout=10_000
    )
    near = o.js(_SAME_PICTURE)
    assert near["batched"]["own"] > 0, near  # the lines with arrowheads, by vis-network
    assert near["differ"] < 0.08 * near["inked"], near  # 5 % here: where firm lines now cross over dashes
    o.page.screenshot(path=str(artifacts / "batched-zoom-in-1000.png"))

    o.js("() => window.orgnetBriefing.network.moveTo({position: {x: 0, y: 0}, scale: 0.04, animation: false})")
    far = o.js(_SAME_PICTURE)
    assert far["specks"] > 500, far
    assert far["differ"] < 0.05 * far["inked"], far
    # a speck is still a node under the pointer
    at = o.js("() => window.orgnetBriefing.canvasPosition('b5')")
    assert o.js("p => window.orgnetBriefing.network.getNodeAt(p)", at) == "b5"
    assert o.errors == [], o.errors


_MOVES = """async (moves) => {
    // one network.moveTo per drawn frame; what each frame was ("picture" or "full"), and the
    // canvas of the last one (read in afterDrawing: what that frame painted)
    const net = window.orgnetBriefing.network, c = net.canvas.frame.canvas, ctx = c.getContext('2d');
    const kinds = [];
    let last = null;
    for (const m of moves) {
        await new Promise((resolve) => {
            net.once('afterDrawing', () => { last = ctx.getImageData(0, 0, c.width, c.height).data; resolve(); });
            if (m.hide) { window.orgnetBriefing.edges.update([{id: m.hide, hidden: true}]); }
            net.moveTo({position: m.position, scale: m.scale, animation: false});
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
        kinds.push(net.orgnetPicture.last);
    }
    window.orgnetLastFrame = last;
    return kinds;
}"""

_SETTLED_LIKE_LAST = """async () => {
    // waits for the full drawing that follows the moves; how many inked pixels of it the last
    // moved frame (window.orgnetLastFrame) got clearly wrong
    const net = window.orgnetBriefing.network, c = net.canvas.frame.canvas, ctx = c.getContext('2d');
    const started = performance.now();
    while (net.orgnetPicture.last !== 'full' && performance.now() - started < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const a = window.orgnetLastFrame, b = ctx.getImageData(0, 0, c.width, c.height).data;
    let differ = 0, inked = 0;
    for (let i = 0; i < a.length; i += 4) {
        if (b[i + 3] > 0) { inked += 1; }
        if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]),
                     Math.abs(a[i + 3] - b[i + 3])) > 64) { differ += 1; }
    }
    return {last: net.orgnetPicture.last, differ: differ, inked: inked};
}"""


def test_a_heavy_view_moves_as_its_picture_then_draws_in_full(opened, tmp_path, artifacts):
    """Issue 13: a view with thousands of lines in sight, panned or zoomed, is drawn as the picture
    of its last full drawing moved and scaled (as maps do), and in full again once the moves
    stop; that picture shows what the full drawing shows at the same view. A frame after a change
    of the data, a zoom past twice the picture's, a direct redraw (the PNG export's) and any frame
    of a small view are drawn in full."""
    path = write_briefing(_thousand_nodes(4000), tmp_path / "heavy.html", view="ego", focus="b0", depth=30)
    o = opened(path, width=1280, height=800)
    assert o.wait_drawn() >= 0
    view = o.js("""() => { const n = window.orgnetBriefing.network, p = n.getViewPosition();
        return {x: p.x, y: p.y, scale: n.getScale(), lines: n.orgnetBatched.batched, specks: n.orgnetSpecks}; }""")
    assert view["lines"] + view["specks"] >= 5000, view  # heavy enough for a picture
    s, x, y = view["scale"], view["x"], view["y"]
    pans = [{"position": {"x": x + 15 * k / s, "y": y + 10 * k / s}, "scale": s} for k in range(1, 4)]
    assert o.js(_MOVES, pans) == ["picture"] * 3
    out = o.js(_SETTLED_LIKE_LAST)
    assert out["last"] == "full" and out["inked"] > 50_000, out
    assert out["differ"] < 0.03 * out["inked"], out  # the picture is the drawing, moved right
    o.page.screenshot(path=str(artifacts / "heavy-settled.png"))
    # a pan with the mouse, as the user makes it: the picture too (from an empty corner of the view)
    box = o.js("() => document.querySelector('#network canvas').getBoundingClientRect().toJSON()")
    before = o.js("() => window.orgnetBriefing.network.orgnetPicture.pictures")
    o.page.mouse.move(box["x"] + 8, box["y"] + 8)
    o.page.mouse.down()
    for k in range(1, 6):
        o.page.mouse.move(box["x"] + 8 + 6 * k, box["y"] + 8 + 4 * k)
        o.page.wait_for_timeout(30)
    o.page.mouse.up()
    assert o.js("() => window.orgnetBriefing.network.getSelectedNodes()") == []  # it moved the view, no node
    assert o.js("() => window.orgnetBriefing.network.orgnetPicture.pictures") - before >= 3
    assert o.js(_SETTLED_LIKE_LAST)["last"] == "full"
    # zooms: the picture, until twice its scale
    zooms = [{"position": {"x": x, "y": y}, "scale": s * z} for z in (0.8, 1.3, 1.9, 2.6)]
    assert o.js(_MOVES, zooms) == ["picture", "picture", "picture", "full"]
    o.js(_SETTLED_LIKE_LAST)
    # back out from a close view: the picture of it lacks most of the view, so in full
    assert o.js(_MOVES, [{"position": {"x": x, "y": y}, "scale": s}]) == ["full"]
    # zoomed in, part of the drawing out of view: a small pan is the picture, one that brings more
    # of the drawing into view than the picture has is drawn in full
    o.js(_MOVES, [{"position": {"x": x, "y": y}, "scale": 1.9 * s}])
    assert o.js(_SETTLED_LIKE_LAST)["last"] == "full"
    assert o.js("() => window.orgnetBriefing.network.orgnetPicture.kept") is True
    assert o.js(
        _MOVES,
        [
            {"position": {"x": x + 20 / s, "y": y}, "scale": 1.9 * s},
            {"position": {"x": x + 160 / s, "y": y + 160 / s}, "scale": 1.9 * s},
        ],
    ) == ["picture", "full"]
    # a change of the data with the move: drawn in full at once
    edge = o.js("() => window.orgnetBriefing.data.edges[0].id")
    hide = {"position": {"x": x + 150 / s, "y": y + 150 / s}, "scale": 1.9 * s, "hide": edge}
    assert o.js(_MOVES, [hide]) == ["full"]
    # a long drag of a close view: once the picture no longer holds, vis-network draws without lines
    # while dragging (hideEdgesOnDrag), and that drawing is not kept as the picture; after the drag,
    # the view is drawn in full, lines included
    o.js(_MOVES, [{"position": {"x": x, "y": y}, "scale": 1.9 * s}])
    assert o.js(_SETTLED_LIKE_LAST)["last"] == "full"
    assert o.js("() => window.orgnetBriefing.network.orgnetPicture.kept") is True
    start = o.js("""() => { const n = window.orgnetBriefing.network, c = n.canvas.frame.canvas;
        for (let i = 1; i < 40; i++) { const p = {x: 10 + 7 * i, y: 10 + 3 * i};
            if (n.getNodeAt(p) === undefined && n.getEdgeAt(p) === undefined) { return p; } }
        return null; }""")
    assert start is not None
    o.page.mouse.move(box["x"] + start["x"], box["y"] + start["y"])
    o.page.mouse.down()
    for k in range(1, 13):
        o.page.mouse.move(box["x"] + start["x"] + 30 * k, box["y"] + start["y"] + 20 * k)
        o.page.wait_for_timeout(30)
    dragging = o.js("() => window.orgnetBriefing.network.orgnetPicture")
    o.page.mouse.up()
    assert dragging["last"] == "full" and dragging["kept"] is False, dragging
    o.page.wait_for_function(
        """() => { const n = window.orgnetBriefing.network;
        return n.renderer.dragging === false && n.orgnetPicture.last === 'full' && n.orgnetBatched.batched > 0; }""",
        timeout=5_000,
    )
    assert o.js("() => window.orgnetBriefing.network.getSelectedNodes()") == []
    assert (
        o.js("""() => { const n = window.orgnetBriefing.network;
        n.moveTo({position: {x: 0, y: 0}, scale: n.getScale() * 0.8, animation: false});
        n.renderer._redraw(); return n.orgnetPicture.last; }""")
        == "full"
    )
    assert o.errors == [], o.errors

    small = opened(
        write_briefing(_thousand_nodes(), tmp_path / "small.html", view="ego", focus="b0", depth=20),
        width=1280,
        height=800,
    )
    assert small.wait_drawn() >= 0
    sv = small.js(
        "() => { const n = window.orgnetBriefing.network, p = n.getViewPosition(); "
        "return {x: p.x, y: p.y, scale: n.getScale()}; }"
    )
    moves = [{"position": {"x": sv["x"] + 30 * k / sv["scale"], "y": sv["y"]}, "scale": sv["scale"]} for k in range(3)]
    assert small.js(_MOVES, moves) == ["full"] * 3
    assert small.errors == [], small.errors


# --------------------------------------------------------------------------- conflicts and titles (issue 12)

_BODY = (
    "The Bureau of Tides is a government agency of Ruritania that measures the sea and publishes "
    "an almanac. It is headquartered in Port Ashby and reports to the Ministry of Water. "
)


def test_browser_side_panel_lists_conflicts_with_document_titles(opened, tmp_path, artifacts):
    """A node whose documents disagree lists the field, each value and the documents (by title,
    the file name beside it); hostile titles and values stay text."""
    import orgnet

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(_BODY + "The Bureau of Tides was founded in 1950.\n", "utf-8")
    (docs / "b.txt").write_text(
        "Bureau of Tides\n\nThe Bureau of Tides was founded in 1957, according to a "
        "harbour guide. Its almanac is sold in every port of the northern coast.\n",
        "utf-8",
    )
    (docs / "sources.yaml").write_text(
        'a.txt: {title: "Harbour Almanac ' + HOSTILE_IMG + '", reliability: B, '
        'reliability_reason: "invented for a test"}\nb.txt: {reliability: D}\n',
        "utf-8",
    )
    tables = orgnet.build(docs, jobs=1)
    assert len(tables.conflicts) == 1, tables.conflicts
    eid = tables.conflicts.iloc[0]["entity"]
    page = write_briefing(tables, tmp_path / "b.html", view="ego", focus=eid, depth=1)
    o = opened(page)
    o.wait_drawn()
    _click_node(o, eid)
    text = _panel_text(o)
    assert "Sources disagree" in text and "founded" in text
    assert "1950" in text and "1957" in text
    assert "Harbour Almanac " + HOSTILE_IMG in text  # the title, as text
    # each document by its title (b.txt's is the reader's own; the file name when there is none),
    # the file name beside a title as a detail
    titles = dict(zip(tables.documents["doc"], tables.documents["title"]))
    shown = o.js("() => [...document.querySelectorAll('#panel .conflicts .doc-title')].map(x => x.textContent)")
    files = o.js("() => [...document.querySelectorAll('#panel .conflicts .doc-file')].map(x => x.textContent)")
    assert shown == [titles["a.txt"], titles["b.txt"] or "b.txt"]
    assert files == [d for d in ("a.txt", "b.txt") if titles[d]]
    assert o.js("() => document.querySelectorAll('img').length") == 0
    assert o.dialogs == [] and o.errors == [] and o.attempted_elsewhere() == []


@pytest.mark.parametrize("width, height", [(1280, 800), (1920, 1080)])
def test_browser_seeds_briefing_with_a_conflict_selected(opened, seeds_build, artifacts, tmp_path, width, height):
    """Screenshots of a seeds briefing with a node that has a conflict selected."""
    conflicted = seeds_build.conflicts["entity"].iloc[0]
    page = write_briefing(seeds_build, tmp_path / "ego.html", view="ego", focus=conflicted, depth=1)
    o = opened(page, width=width, height=height)
    o.wait_drawn()
    _click_node(o, conflicted)
    text = _panel_text(o)
    titles = dict(zip(seeds_build.documents["doc"], seeds_build.documents["title"]))
    for rec in seeds_build.conflicts[seeds_build.conflicts["entity"] == conflicted].to_dict("records"):
        assert rec["field"] in text
        for v in rec["values"].split(";"):
            assert v in text
    assert all(titles[d] in text for d in seeds_build.nodes.set_index("id").loc[conflicted, "docs"].split(";"))
    o.page.screenshot(path=str(artifacts / f"conflict-selected-{width}x{height}.png"))
    assert o.dialogs == [] and o.errors == []


# --------------------------------------------------------------------------- merges (issue 12)


@pytest.mark.parametrize("width, height", [(1280, 800), (1920, 1080)])
def test_browser_side_panel_says_why_names_are_one_body(opened, seeds_build, artifacts, tmp_path, width, height):
    m = seeds_build.merges
    node = m[m["doc"] != ""]["entity"].value_counts().index[0]  # the node with most document-stated unions
    page = write_briefing(seeds_build, tmp_path / "ego.html", view="ego", focus=node, depth=1)
    o = opened(page, width=width, height=height)
    o.wait_drawn()
    _click_node(o, node)
    o.js("() => document.querySelector('#panel details.merges').open = true")
    items = o.js("() => [...document.querySelectorAll('#panel .merges li')].map(li => li.textContent)")
    mine = m[m["entity"] == node]
    assert len(items) == len(mine)
    titles = dict(zip(seeds_build.documents["doc"], seeds_build.documents["title"]))
    for text, rec in zip(items, mine.to_dict("records")):
        assert rec["name"] in text and rec["other_name"] in text
        if rec["doc"]:
            assert (titles[rec["doc"]] or rec["doc"]) in text and rec["evidence"][:40] in text
    o.page.screenshot(path=str(artifacts / f"merges-selected-{width}x{height}.png"))
    assert o.dialogs == [] and o.errors == []


# --------------------------------------------------------------------------- projector, print, pictures (issue 13)

TEXTS = (".legend-list li", "#panel .placeholder", "h1", ".subtitle")  # page text, legend, side panel


def _root_font_px(o: Opened) -> float:
    return _font_px(o, ":root")


def _font_px(o: Opened, selector: str) -> float:
    return float(o.js("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)", selector))


def test_briefing_fills_a_projector_and_grows_with_the_window(opened, demo_pages, artifacts):
    """At 1920x1080 the network takes most of the window and a small graph is drawn larger than
    1:1 after "Fit to window"; the text is larger than at 1280x800; a window that grows (a page
    moved to a projector) fits the drawing again."""
    small = demo_pages["mss-hierarchy"]
    o = opened(small, width=1280, height=800)
    o.wait_drawn()
    font_1280 = _root_font_px(o)
    text_1280 = {sel: _font_px(o, sel) for sel in TEXTS}
    scale_1280 = o.js("() => window.orgnetBriefing.network.getScale()")
    o.page.set_viewport_size({"width": 1920, "height": 1080})
    o.page.wait_for_function("s => window.orgnetBriefing.network.getScale() > s", arg=scale_1280, timeout=10_000)
    big = opened(small, width=1920, height=1080)
    big.wait_drawn()
    box = big.page.locator("#network canvas").bounding_box()
    assert box["width"] >= 0.6 * 1920 and box["height"] >= 0.8 * 1080, box
    assert _root_font_px(big) >= font_1280 + 3, (_root_font_px(big), font_1280)
    for sel in TEXTS:  # the page's text follows the root size
        assert _font_px(big, sel) > text_1280[sel], sel
    big.js("() => window.orgnetBriefing.network.moveTo({scale: 0.3})")
    big.page.locator("#fit").click()
    assert big.js("() => window.orgnetBriefing.network.getScale()") > 1
    big.page.screenshot(path=str(artifacts / "mss-hierarchy-1920x1080.png"))
    assert big.errors == [] and o.errors == [] and big.attempted_elsewhere() == []


def _visible(o: Opened, selector: str) -> bool:
    return o.page.locator(selector).first.is_visible()


def test_briefing_prints_the_network_legend_evidence_and_sources(opened, demo_pages, artifacts):
    o = opened(demo_pages["mss-ego"])
    o.wait_drawn()
    o.page.wait_for_function("() => document.querySelector('canvas.print-network') !== null", timeout=10_000)
    o.page.emulate_media(media="print")
    for sel in (
        "#fit",
        "#show-all",
        "#save-png",
        "#save-svg",
        "#search",
        "input.kind-toggle",
        "#year",
        "#panel .placeholder",
        "#network",
    ):
        assert not _visible(o, sel), f"{sel} shows in print"
    for sel in ("canvas.print-network", "#legend-kinds", "#legend-relations", "#sources table", "h1"):
        assert _visible(o, sel), f"{sel} missing in print"
    width = o.js("() => document.querySelector('canvas.print-network').getBoundingClientRect().width")
    assert width > 0.8 * o.js("() => document.body.clientWidth")
    blank = _blank_canvas(o, "canvas.print-network")
    assert blank > 500, "the printed network is blank"
    # the evidence of a selection prints whole: no scroll box cuts it
    o.page.emulate_media(media="screen")
    edge = max(o.js("() => window.orgnetBriefing.data.edges"), key=lambda e: (len(e["claims"]), e["id"]))
    o.js("id => window.orgnetBriefing.select(id)", edge["id"])
    o.page.emulate_media(media="print")
    panel = o.js("""() => { const p = document.getElementById('panel');
        return {overflow: getComputedStyle(p).overflowY, client: p.clientHeight, scroll: p.scrollHeight,
                top: p.getBoundingClientRect().top, canvas: document.querySelector('canvas.print-network')
                .getBoundingClientRect().bottom}; }""")
    assert panel["overflow"] == "visible" and panel["scroll"] <= panel["client"] + 1, panel
    assert panel["top"] >= panel["canvas"], "the evidence should follow the network"
    assert _visible(o, "#panel blockquote") and edge["evidence"] in _panel_text(o)
    o.page.pdf(path=str(artifacts / "mss-ego-print.pdf"), format="A4")
    assert o.errors == [] and o.attempted_elsewhere() == []


def _download(o: Opened, button: str):
    with o.page.expect_download() as info:
        o.page.locator(button).click()
    d = info.value
    return d.suggested_filename, Path(d.path()).read_bytes()


def _svg_labels(svg: bytes) -> tuple[list[str], int]:
    """The node labels of a saved SVG (one <text> each, lines joined), and its number of lines."""
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.w3.org/2000/svg"}
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = root.findall(".//s:g[@class='nodes']//s:text", ns)
    labels = [" ".join(t.text or "" for t in text.findall("s:tspan", ns)) for text in texts]
    return labels, len(root.findall(".//s:g[@class='edge']", ns))


def test_briefing_saves_png_and_svg_of_the_view(opened, demo_pages, artifacts):
    o = opened(demo_pages["mss-ego"])
    o.wait_drawn()
    o.page.locator('input.kind-toggle[value="person"]').uncheck()  # the view, not the whole data
    name, png = _download(o, "#save-png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and name == "ministry-of-state-security-neighbourhood.png"
    width = int.from_bytes(png[16:20], "big")  # IHDR: twice the canvas, at least
    assert width >= 2 * o.page.locator("#network canvas").bounding_box()["width"] - 1
    (artifacts / name).write_bytes(png)
    name, svg = _download(o, "#save-svg")
    assert name == "ministry-of-state-security-neighbourhood.svg"
    (artifacts / name).write_bytes(svg)
    labels, n_edges = _svg_labels(svg)
    shown = o.js("() => window.orgnetBriefing.visibleNodeIds()")
    by_id = {n["id"]: n["label"] for n in o.js("() => window.orgnetBriefing.data.nodes")}
    assert sorted(labels) == sorted(" ".join(by_id[i].split()) for i in shown)
    ends = {e["id"]: (e["from"], e["to"]) for e in o.js("() => window.orgnetBriefing.data.edges")}
    drawn = [i for i in o.js("() => window.orgnetBriefing.visibleEdgeIds()") if set(ends[i]) <= set(shown)]
    assert len(shown) < len(by_id) and n_edges == len(drawn) < len(ends)
    assert o.errors == [] and o.attempted_elsewhere() == []


def test_saved_svg_of_hostile_names_is_text(opened, hostile_build, tmp_path):
    path = write_briefing(hostile_build, tmp_path / "hostile.html", view="ego", focus="HBI", depth=2)
    o = opened(path)
    o.wait_drawn()
    _, svg = _download(o, "#save-svg")
    labels, _ = _svg_labels(svg)  # parses: the names are escaped
    assert any(HOSTILE_IMG in label for label in labels)
    assert b"<img" not in svg and b"<script" not in svg
    _assert_nothing_ran(o)


# --------------------------------------------------------------------------- evidence in its sentence (issue 13)


def test_browser_side_panel_marks_the_evidence_in_its_sentence(opened, tmp_path, artifacts):
    """Selecting a link shows each claim's context sentence with the evidence in a <mark> whose
    text is the evidence; the rest of the sentence is text around it (a hostile tag in it stays
    text); quotes keep the text's line breaks (white-space: pre-wrap)."""
    import orgnet

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tides.txt").write_text(
        "= Office of Tides =\n- Type: Government agency\n- Parent Organization: Ministry of Water\n\n"
        "The Office of Tides is a government agency of Ruritania. In 1990, the Office of Tides was placed "
        f"under the Ministry of Water, which also prints the Harbour Almanac {HOSTILE_IMG}.\n",
        "utf-8",
    )
    (docs / "club.txt").write_text(
        "Harbour Club\nParent organizationOffice of Tides\nFormation1950\n\n"
        "The Harbour Club is an association of Ruritania.\n",
        "utf-8",
    )
    tables = orgnet.build(docs, jobs=1)
    claims = tables.claims.set_index("claim_id")
    o = opened(write_briefing(tables, tmp_path / "tides.html", view="ego", focus="Office of Tides", depth=1))
    o.wait_drawn()
    edge = next(
        e
        for e in o.js("() => window.orgnetBriefing.data.edges")
        if (e["from"], e["to"], e["relation"]) == ("office-of-tides", "ministry-of-water", "subordinate_to")
    )
    o.js("id => window.orgnetBriefing.select(id)", edge["id"])
    quotes = _quotes(o)
    ids = [c["claim_id"] for c in edge["claims"]]
    assert len(quotes) == len(ids) >= 2  # the infobox field and the sentence
    for q, cid in zip(quotes, ids):
        row = claims.loc[cid]
        assert q["marks"] == [row["evidence"]] and q["text"] == row["context"]
        assert q["kids"] == ["#text", "MARK", "#text"] and q["glued"] == []
        assert q["ws"] == "pre-wrap" and q["bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
    sentence = next(q for q in quotes if "Harbour Almanac" in q["text"])
    assert sentence["text"].startswith("In 1990,") and HOSTILE_IMG in sentence["text"]
    assert sentence["marks"][0] != sentence["text"]
    assert o.js("() => document.querySelectorAll('img').length") == 0
    o.page.screenshot(path=str(artifacts / "evidence-in-context.png"))
    # a glued infobox line ("Parent organizationOffice of Tides"): the text unchanged, a gap shown
    o = opened(write_briefing(tables, tmp_path / "club.html", view="ego", focus="Harbour Club", depth=1))
    o.wait_drawn()
    edge = next(
        e
        for e in o.js("() => window.orgnetBriefing.data.edges")
        if (e["from"], e["to"]) == ("harbour-club", "office-of-tides")
    )
    o.js("id => window.orgnetBriefing.select(id)", edge["id"])
    (q,) = _quotes(o)
    assert q["marks"] == ["Parent organizationOffice of Tides"] == [q["text"]]
    assert q["glued"] == [["Parent organization", "Office of Tides"]] and q["gap"] > 0
    o.page.screenshot(path=str(artifacts / "evidence-glued-infobox.png"))
    assert o.dialogs == [] and o.errors == [] and o.attempted_elsewhere() == []


def _quotes(o: Opened) -> list[dict]:
    """Each claim's quote in the side panel: its text, its marks, its child nodes, the text
    either side of each gap shown inside it, and its styles."""
    return o.js("""() => [...document.querySelectorAll('#panel .claim blockquote.evidence')].map(q => ({
        text: q.textContent, marks: [...q.querySelectorAll('mark')].map(m => m.textContent),
        kids: [...q.childNodes].map(n => n.nodeName), ws: getComputedStyle(q).whiteSpace,
        bg: getComputedStyle(q.querySelector('mark')).backgroundColor,
        glued: [...q.querySelectorAll('.glued')].map(g => [g.previousSibling.textContent, g.nextSibling.textContent]),
        gap: Math.max(0, ...[...q.querySelectorAll('.glued')].map(g => g.getBoundingClientRect().width
            + parseFloat(getComputedStyle(g).marginLeft) + parseFloat(getComputedStyle(g).marginRight)))}))""")
