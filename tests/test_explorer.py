"""The Explorer (orgnet/explorer.py), driven through its widgets' values without a browser,
and in a real JupyterLab driven by headless Chromium.

The tables of seeds/ are built once (the session fixture ``seeds_build``); every test makes
its own Explorer, sets one control's ``.value`` the way a user's click does, and checks the
selected graph, the edge table, the view sent to the drawing and the counts against what the
tables say. The browser test runs a notebook in JupyterLab (benchmarks/jupyterlab.py), clicks
the controls in the page, and checks that the drawing updates in place. Chromium missing: a
failure under CI (CI=true), a skip elsewhere.
"""

from __future__ import annotations

import base64
import contextlib
import html
import html.parser
import importlib.util
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import networkx as nx
import pytest

import orgnet
from orgnet.explorer import EDGE_COLUMNS, Explorer, select_view
from orgnet.graph import as_of, ego, filter_graph, find_node, to_graph
from orgnet.render.network import vis_network_js

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_BREAKOUT = "</script><script>alert(1)//"


@pytest.fixture(autouse=True)
def _layouts_stored_aside(tmp_path_factory, monkeypatch):
    """Layouts these tests store (and the kernels they start) go to a folder of the test run,
    not the user's cache."""
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(tmp_path_factory.getbasetemp() / "layouts"))


@pytest.fixture
def ex(seeds_build) -> Explorer:
    return Explorer(seeds_build)


@pytest.fixture(scope="session")
def G(seeds_build) -> nx.MultiDiGraph:
    return to_graph(seeds_build)


def edge_keys(graph) -> set:
    return {(u, v, k) for u, v, k in graph.edges(keys=True)}


def table_keys(ex: Explorer) -> set:
    t = ex.state.edges
    return set(zip(t["source"], t["target"], t["relation"]))


def drawn_keys(ex: Explorer) -> set:
    """(source, target, relation) of the links the drawing is told to show."""
    base = ex.network.base
    return {
        (base["edges"][i]["from"], base["edges"][i]["to"], base["edges"][i]["relation"])
        for i in ex.network.view["edges"]
    }


def drawn_nodes(ex: Explorer) -> set:
    return {ex.network.base["nodes"][i]["id"] for i in ex.network.view["nodes"]}


def counts(ex: Explorer) -> tuple[int, int]:
    import re

    m = re.search(r"<b>(\d+)</b> nodes \u00b7 <b>(\d+)</b> edges", ex.counts.value)
    assert m, ex.counts.value
    return int(m.group(1)), int(m.group(2))


# --------------------------------------------------------------------------- the package


def test_import_orgnet_does_not_import_ipywidgets_and_explorer_loads_lazily():
    code = (
        "import sys, orgnet; assert 'ipywidgets' not in sys.modules, 'import orgnet loaded ipywidgets'; "
        "assert 'orgnet.explorer' not in sys.modules; E = orgnet.Explorer; "
        "import orgnet.explorer as m; assert E is m.Explorer; assert 'Explorer' in orgnet.__all__; print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        orgnet.Nope  # noqa: B018


def test_showing_an_explorer_does_not_import_pyvis():
    """The live drawing carries pyvis's vis-network file, read without importing pyvis (its
    import is on the first display's path); the text is the one briefings inline."""
    code = (
        "import sys, orgnet; from orgnet.graph import example_tables; ex = orgnet.Explorer(example_tables()); "
        "ex._repr_mimebundle_(); assert 'pyvis' not in sys.modules, 'pyvis imported'; "
        "assert len(ex.network._vis) > 100_000 and 'vis-network' in ex.network._vis[:200]; "
        "from orgnet.render.network import vis_network_js; assert ex.network._vis == vis_network_js(); "
        "assert 'pyvis' not in sys.modules, 'pyvis imported to find its file'; print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


# --------------------------------------------------------------------------- the start


def test_starts_with_the_whole_network(ex, G):
    s = ex.state
    assert (s.n_nodes, s.n_edges) == (G.number_of_nodes(), G.number_of_edges())
    assert counts(ex) == (G.number_of_nodes(), G.number_of_edges())
    assert f"(of {G.number_of_nodes()} nodes, {G.number_of_edges()} edges)" in ex.counts.value
    assert list(s.edges.columns) == list(EDGE_COLUMNS)
    assert table_keys(ex) == edge_keys(G) == drawn_keys(ex)
    assert drawn_nodes(ex) == set(G)
    assert ex.year.disabled and ex.all_years.value and ex.depth.disabled
    # the live drawing: the whole network once (laid out), the library once, the first view framed
    net = ex.network
    assert len(net.base["nodes"]) == G.number_of_nodes() and len(net.base["edges"]) == G.number_of_edges()
    assert all(isinstance(n["x"], float) for n in net.base["nodes"])
    assert net._vis == vis_network_js() and net.view["fit"] is True and net.view["positions"] is None
    assert net.height == ex.height and "innerHTML" not in net._esm


def test_two_explorers_draw_in_two_widgets():
    """Each Explorer has its own drawing: a second one (same height) neither takes the first's
    widget nor changes what it shows."""
    from orgnet.graph import example_tables

    first, second = Explorer(example_tables()), Explorer(example_tables())
    assert first.network is not second.network and first.network.model_id != second.network.model_id
    second.kinds.value = ["person"]
    assert len(second.network.view["nodes"]) < len(first.network.view["nodes"]) == first.graph.number_of_nodes()


def test_the_controls_come_after_the_first_drawing(seeds_build):
    """The first display holds the drawing, counts and key, the controls' column empty; the
    drawing's "drawn" message (or code asking for a control) puts the controls in."""
    ex = Explorer(seeds_build)
    row = ex.widget.children[0]
    column, main = row.children
    assert column.children == () and len(ex.widget.children) == 1
    assert ex.network in main.children and "nodes" in ex.counts.value and ex.state.n_nodes > 0
    ex.network._handle_custom_msg({"type": "something else"}, [])
    assert column.children == ()
    ex.network._handle_custom_msg({"type": "drawn"}, [])
    assert ex.focus in column.children and ex.kinds in column.children and ex.widget.children[-1] is ex.panels
    ex.network._handle_custom_msg({"type": "drawn"}, [])  # a second view of the widget: nothing twice
    assert len(ex.widget.children) == 2 and list(column.children).count(ex.kinds) == 1
    later = Explorer(seeds_build)
    later.focus.value = "MSS"  # asked for by code: made and shown at once, and they work
    assert later.focus in later.widget.children[0].children[0].children and later.state.focus is not None


def test_controls_offer_what_the_data_holds(ex, seeds_build, G):
    assert set(ex.kinds.value) == {d.get("kind") for _, d in G.nodes(data=True)}
    assert set(ex.relations.value) == set(seeds_build.edges["relation"])
    assert set(ex.documents.value) == set(seeds_build.documents["doc"])
    options = set(ex.focus.options)
    for _, a in G.nodes(data=True):
        assert a["label"] in options
        for alias in (a.get("aliases") or "").split(";"):
            assert not alias.strip() or alias.strip() in options
    assert "MSS" in options and "CICIR" in options
    years = [int(y) for y in list(seeds_build.edges["start"].dropna()) + list(seeds_build.nodes["founded"].dropna())]
    assert ex.year.min == min(years) and ex.year.max >= max(years)


# --------------------------------------------------------------------------- each control


def test_kinds_filter_removes_persons(ex, G):
    before = counts(ex)
    ex.kinds.value = tuple(k for k in ex.kinds.value if k != "person")
    g = ex.state.graph
    assert g.number_of_nodes() == sum(d.get("kind") != "person" for _, d in G.nodes(data=True))
    assert all(d.get("kind") != "person" for _, d in g.nodes(data=True))
    persons = {n for n, d in G.nodes(data=True) if d.get("kind") == "person"}
    t = ex.state.edges
    assert not (set(t["source"]) | set(t["target"])) & persons
    assert "leads" not in set(t["relation"])  # every leads edge starts at a person
    assert table_keys(ex) == edge_keys(g) == edge_keys(filter_graph(G, kinds=set(ex.kinds.value)))
    assert counts(ex) == (g.number_of_nodes(), g.number_of_edges()) != before
    assert "Kinds:" in ex.status.value and drawn_nodes(ex) == set(g)
    # a filter keeps every node where it was, and the zoom: no new positions, no new framing
    assert ex.network.view["positions"] is None and ex.network.view["fit"] is False


def test_relation_filter_keeps_only_that_relation(ex, seeds_build, G):
    ex.relations.value = ("front_for",)
    t = ex.state.edges
    assert set(t["relation"]) == {"front_for"}
    assert len(t) == int((seeds_build.edges["relation"] == "front_for").sum()) > 0
    assert set(ex.state.graph) == set(t["source"]) | set(t["target"])  # nodes left without an edge go
    assert table_keys(ex) == edge_keys(filter_graph(G, relations="front_for"))
    assert drawn_keys(ex) == table_keys(ex) and len(ex.network.view["edges"]) == len(t)


def test_documents_filter_keeps_only_edges_from_that_document(ex, seeds_build, G):
    doc = sorted(seeds_build.documents["doc"])[1]
    ex.documents.value = (doc,)
    t = ex.state.edges
    assert len(t) == int(seeds_build.edges["docs"].str.split(";").map(lambda ds: doc in ds).sum()) > 0
    assert all(doc in d.split(";") for d in t["docs"])
    assert len(t) < G.number_of_edges()
    assert table_keys(ex) == edge_keys(filter_graph(G, docs=doc))


def test_confidence_slider_removes_low_confidence_edges(ex, seeds_build, G):
    ex.min_confidence.value = 0.7
    t = ex.state.edges
    assert (t["confidence"] >= 0.7).all()
    assert len(t) == int((seeds_build.edges["confidence"] >= 0.7).sum())
    assert 0 < len(t) < G.number_of_edges()
    assert table_keys(ex) == edge_keys(filter_graph(G, min_confidence=0.7))
    ex.min_confidence.value = 0.0
    assert len(ex.state.edges) == G.number_of_edges()


def test_as_of_year_keeps_edges_valid_then_and_marks_undated(ex, G):
    ex.all_years.value = False
    assert not ex.year.disabled
    ex.year.value = 1990
    t = ex.state.edges
    assert ex.state.graph.graph["year"] == 1990
    assert table_keys(ex) == edge_keys(as_of(G, 1990))
    for rec in t.to_dict("records"):
        start = None if rec["start"] is None or rec["start"] != rec["start"] else int(rec["start"])
        end = None if rec["end"] is None or rec["end"] != rec["end"] else int(rec["end"])
        assert start is None or start <= 1990, rec
        assert end is None or end >= 1990, rec
        assert rec["undated"] is (start is None and end is None), rec
    assert t["undated"].any() and not t["undated"].all()  # both kinds are there to see
    assert len(ex.network.view["faded"]) == int(t["undated"].sum()) and ex.network.view["year"] == 1990
    assert "As of 1990" in ex.status.value
    ex.all_years.value = True
    assert ex.year.disabled and len(ex.state.edges) == G.number_of_edges()
    assert ex.state.edges["undated"].isna().all()


def test_show_undated_links_box_hides_every_undated_link(ex, G):
    assert ex.undated.value is True
    ex.undated.value = False
    t = ex.state.edges
    assert len(t) and all(rec["intervals"] for rec in t.to_dict("records"))
    assert table_keys(ex) == edge_keys(select_view(G, undated=False).graph)
    assert "Undated links" in ex.status.value
    with ex.hold():
        ex.all_years.value = False
        ex.year.value = 1990
    assert not ex.state.edges["undated"].any() and table_keys(ex) == edge_keys(
        select_view(G, year=1990, undated=False).graph
    )
    ex.reset()
    assert ex.undated.value is True and len(ex.state.edges) == G.number_of_edges()


def test_select_view_undated_false_hides_undated_links(G):
    every = select_view(G, year=2010)
    dated = select_view(G, year=2010, undated=False)
    assert every.edges["undated"].any()
    assert edge_keys(dated.graph) == {
        (u, v, k) for u, v, k, d in every.graph.edges(keys=True, data=True) if not d["undated"]
    }
    assert all(G.degree(n) == 0 or dated.graph.degree(n) > 0 for n in dated.graph)
    plain = select_view(G, undated=False)  # without a year too
    assert plain.n_edges == sum(1 for *_, d in G.edges(data=True) if d["intervals"])
    assert any("hidden" in n for n in dated.notes)


def test_focus_and_depth_give_the_ego_graph(ex, G):
    mss = find_node(G, "MSS")
    ex.focus.value = "MSS"
    assert ex.state.focus == mss and not ex.depth.disabled
    assert set(ex.state.graph) == set(ego(G, mss, depth=ex.depth.value))
    ex.depth.value = 1
    one = ex.state.graph
    assert set(one) == set(ego(G, mss, depth=1)) and edge_keys(one) == edge_keys(ego(G, mss, depth=1))
    ex.depth.value = 2
    assert set(ex.state.graph) == set(ego(G, mss, depth=2)) and len(ex.state.graph) > len(one)
    assert ex.network.view["focus"] == "ministry-of-state-security" and ex.network.view["fit"] is True
    assert set(map(int, ex.network.view["positions"])) == set(ex.network.view["nodes"])  # laid out afresh
    assert "Within 2 steps of Ministry of State Security" in ex.status.value
    # a label works as well as an alias; an unknown name is reported and changes nothing
    ex.focus.value = "Ministry of State Security"
    assert ex.state.focus == mss
    ex.focus.value = "Ministry of Stat Securty"
    assert ex.state.focus is None and ex.state.n_nodes == G.number_of_nodes()
    assert "no node called" in ex.status.value and "closest" in ex.status.value
    # focus applies to what the other filters leave
    ex.focus.value = "MSS"
    ex.kinds.value = ("person",)
    assert ex.state.focus is None and "not in the network once the other filters" in ex.status.value


def test_search_highlights_the_matching_node(ex, G):
    cicir = find_node(G, "CICIR")
    ex.search.value = "CICIR"
    s = ex.state
    assert s.highlight[0] == cicir
    assert s.n_nodes == G.number_of_nodes()  # search removes nothing
    t = s.edges
    touching = (t["source"] == cicir) | (t["target"] == cicir)
    assert (t["highlighted"] == touching).all() and touching.sum() == G.degree(cicir)
    assert t["highlighted"].iloc[: int(touching.sum())].all()  # highlighted rows first
    assert ex.network.view["highlight"] == [cicir]
    assert "1 found" in ex.counts.value
    ex.search.value = "zzz-no-such-name"
    assert ex.state.highlight == () and "No name matches" in ex.status.value
    assert ex.network.view["highlight"] == []


def test_counts_label_follows_every_change(ex, G):
    seen = {counts(ex)}
    for control, value in ((ex.min_confidence, 0.8), (ex.relations, ("leads",)), (ex.focus, "CICIR")):
        control.value = value
        assert counts(ex) == (ex.state.n_nodes, ex.state.n_edges)
        seen.add(counts(ex))
    assert len(seen) == 4


def test_hold_redraws_once_and_reset_restores(ex, G):
    calls = []
    original = ex.selection
    ex.selection = lambda: calls.append(1) or original()
    with ex.hold():
        ex.kinds.value = ("person", "think_tank")
        ex.min_confidence.value = 0.6
        ex.search.value = "Director"
    assert len(calls) == 1
    assert {d["kind"] for _, d in ex.state.graph.nodes(data=True)} <= {"person", "think_tank"}
    ex.reset_button.click()
    assert len(calls) == 2
    assert ex.state.n_nodes == G.number_of_nodes() and ex.min_confidence.value == 0 and ex.search.value == ""


def test_export_button_writes_a_briefing_of_the_view(ex, tmp_path):
    ex.focus.value = "MSS"
    ex.depth.value = 1
    ex.export_path.value = str(tmp_path / "out" / "mss.html")
    ex.export_button.click()
    path = tmp_path / "out" / "mss.html"
    assert path.is_file()
    page = path.read_text("utf-8")
    n = ex.state.n_nodes
    assert f'data-node-count="{n}"' in page and f'<span id="count-nodes">{n}</span>' in page
    assert vis_network_js() in page and "<script src" not in page
    assert "Ministry of State Security: neighbourhood" in page and "Edges in this view" in page
    assert html.escape(str(path.resolve())) in ex.export_status.value and f"{n} nodes" in ex.export_status.value


def test_document_text_is_escaped_everywhere(hostile_build):
    ex = Explorer(hostile_build)
    ex.search.value = "Harbour"
    for w in (ex.status, ex.counts, ex.legend):
        assert HOSTILE_IMG not in w.value and "<script>alert" not in w.value, w
    # the drawing gets document text as data, written with textContent only; the still picture
    # for readers without a kernel escapes it
    assert "innerHTML" not in ex.network._esm and "insertAdjacentHTML" not in ex.network._esm
    still = ex._repr_mimebundle_()["text/html"]
    assert "<img src=x" not in still and HOSTILE_BREAKOUT not in still and "<script" not in still
    svg = base64.b64decode(still.split("base64,", 1)[1].split('"', 1)[0]).decode("utf-8")
    assert "Harbour" in svg and "<img src=x" not in svg and "<script" not in svg  # names escaped in the picture
    ex.search.value = HOSTILE_IMG
    assert HOSTILE_IMG not in ex.status.value


def test_select_view_is_the_graph_views_composed(G):
    s = select_view(
        G, kinds=["think_tank", "security_service", "association"], min_confidence=0.6, year=2015, focus="MSS", depth=2
    )
    base = filter_graph(as_of(G, 2015), kinds=["think_tank", "security_service", "association"], min_confidence=0.6)
    expected = ego(base, "ministry-of-state-security", depth=2)
    assert set(s.graph) == set(expected) and edge_keys(s.graph) == edge_keys(expected)
    with pytest.raises(ValueError, match="min_confidence"):
        select_view(G, min_confidence=2)
    with pytest.raises(ValueError, match="depth"):
        select_view(G, depth=-1)


def test_a_change_at_2000_nodes_sends_only_the_view_not_the_data():
    """The whole network goes to the browser once; a control change sends indices (speed is
    measured in the browser by ``make bench``, not here)."""
    import json

    spec = importlib.util.spec_from_file_location("explorer_redraw", ROOT / "benchmarks" / "explorer_redraw.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    ex = Explorer(bench.synthetic_tables(2000))
    assert ex.state.n_nodes == 2000
    base_bytes = len(json.dumps(ex.network.base))
    sent = []
    ex.network.observe(lambda change: sent.append(len(json.dumps(change["new"]))), names="view")
    ex.min_confidence.value = 0.6
    ex.kinds.value = ex.kinds.value[1:]
    assert len(sent) == 2 and ex.state.n_nodes < 2000
    assert max(sent) * 20 < base_bytes, (sent, base_bytes)
    assert ex.network.base is not None and len(ex.network.base["nodes"]) == 2000  # unchanged


def test_the_drawing_gets_the_links_claims_when_it_asks(seeds_build):
    """The first message leaves the links' claims out; asked for some links, the widget
    answers with exactly what a briefing's side panel holds for them."""
    import json

    from orgnet.render.network import page_data

    ex = Explorer(seeds_build)
    sent = json.loads(ex.network._base_json)
    assert len(sent["edges"]) == seeds_build.edges.shape[0] and not any("claims" in e for e in sent["edges"])
    full = page_data(ex.graph, claims=seeds_build.claims, sources=seeds_build.documents, positions=ex._positions)
    assert [e["id"] for e in full["edges"]] == [e["id"] for e in sent["edges"]]
    replies: list = []
    ex.network.send = lambda content, buffers=None: replies.append(content)
    wanted = [0, 5, len(sent["edges"]) - 1]
    ex.network._claims_asked(ex.network, {"type": "claims", "edges": wanted + [10**6, "x"]}, [])
    assert len(replies) == 1 and replies[0]["type"] == "claims"
    assert replies[0]["claims"] == {str(i): full["edges"][i]["claims"] for i in wanted}
    assert all(c["found"] and c["context"] for i in wanted for c in replies[0]["claims"][str(i)])
    assert set(replies[0]["documents"]) >= {c["doc"] for i in wanted for c in replies[0]["claims"][str(i)]}


def test_the_whole_layout_is_stored_and_found_again_by_a_new_session(tmp_path, monkeypatch):
    """A layout is stored under a fingerprint of the graph; a new process (its in-memory
    layouts gone) finds it instead of laying out again; another graph, a damaged file or no
    cache folder lay out again."""
    from orgnet.graph import example_tables
    from orgnet.render import live

    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(tmp_path / "layouts"))
    monkeypatch.setattr(live, "_LAYOUTS", {})
    G = to_graph(example_tables())
    first = live.whole_layout(G)
    files = list((tmp_path / "layouts").glob("*.json"))
    assert len(files) == 1 and first == live.layout_positions(G)
    calls: list = []

    def counted(graph, **kw):
        calls.append(graph.number_of_nodes())
        return {n: (1.0, 2.0) for n in graph}

    monkeypatch.setattr(live, "layout_positions", counted)
    monkeypatch.setattr(live, "_LAYOUTS", {})  # a new kernel
    assert live.whole_layout(G) == first and calls == []  # read from the file
    H = G.copy()
    H.nodes["li-wei"]["label"] = "Li Wei the Second"  # another label box: another layout
    monkeypatch.setattr(live, "_LAYOUTS", {})
    assert live.whole_layout(H) == {n: (1.0, 2.0) for n in H} and calls == [H.number_of_nodes()]
    files[0].write_text("[[1, 2", "utf-8")  # damaged: laid out again, stored again
    monkeypatch.setattr(live, "_LAYOUTS", {})
    assert live.whole_layout(G) == {n: (1.0, 2.0) for n in G} and len(calls) == 2
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", "0")  # nowhere: nothing read or written
    monkeypatch.setattr(live, "_LAYOUTS", {})
    assert live.layout_cache_dir() is None and live.whole_layout(G) == {n: (1.0, 2.0) for n in G}
    assert len(calls) == 3


# --------------------------------------------------------------------------- in Chromium


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


class ChromiumThread:
    """Headless Chromium driven by playwright's sync API in a thread of its own, so that it
    does not meet another playwright session of the test run (tests/test_browser.py keeps one
    open for the whole session on the main thread, and two cannot share a thread).
    ``run(fn)`` calls ``fn(browser)`` in that thread and returns its result or raises its error."""

    def __init__(self):
        self._jobs: queue.Queue = queue.Queue()
        self._started = queue.Queue()
        self._thread = threading.Thread(target=self._serve, name="chromium", daemon=True)
        self._thread.start()
        error = self._started.get(timeout=120)
        if error is not None:
            raise error

    def _serve(self):
        try:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                self._started.put(None)
                while (job := self._jobs.get()) is not None:
                    fn, done = job
                    try:
                        done.put((True, fn(browser)))
                    except BaseException as exc:  # handed to the test's thread, re-raised there
                        done.put((False, exc))
                browser.close()
        except BaseException as exc:
            self._started.put(exc)

    def run(self, fn, timeout: float = 600):
        done: queue.Queue = queue.Queue()
        self._jobs.put((fn, done))
        ok, value = done.get(timeout=timeout)
        if not ok:
            raise value
        return value

    def close(self):
        self._jobs.put(None)
        self._thread.join(timeout=60)


@pytest.fixture(scope="module")
def chromium():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        message = f"{CHROMIUM} not found: install Debian's chromium (`make test` does: apt-get install -y chromium)"
        if _in_ci():
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)
    c = ChromiumThread()
    yield c
    c.close()


def _lab_module():
    spec = importlib.util.spec_from_file_location("orgnet_lab", ROOT / "benchmarks" / "jupyterlab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _notebook_page(lab_mod, browser, lab, viewport=(1280, 800)):
    """The lab's notebook opened in `browser` and run (its first view drawn); after the steps of
    the `with` block, checks that the page asked no other host and logged no orgnet error. The
    server's log is printed when a step fails; the page is closed in any case."""
    page = lab_mod.open_notebook(browser, lab, viewport=viewport)
    try:
        yield page
        assert page.orgnet_elsewhere == [], page.orgnet_elsewhere
        assert not [m for m in page.orgnet_console if "orgnet" in m or "pageerror" in m], page.orgnet_console
    except Exception:
        print(lab.log.read_text()[-4000:])
        raise
    finally:
        page.context.close()


#: what the drawing shows now, read in the page
DRAWN = """() => {
    const el = document.querySelector('.orgnet-live .live-network');
    const o = el.orgnet, c = el.querySelector('canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) { painted++; }
    }
    const panel = document.querySelector('.orgnet-live .live-panel');
    return {nodes: o.network.body.nodeIndices.length, edges: o.network.body.edgeIndices.length,
            scale: o.network.getScale(),
            at: o.network.getViewPosition(), marker: el.orgnetMarker || null, loads: globalThis.orgnetLiveLoads,
            painted: painted, size: [el.clientWidth, el.clientHeight], panel: panel.innerText,
            selected: panel.getAttribute('data-selected'),
            batched: o.network.orgnetBatched || null, pictures: o.network.orgnetPicture || null,
            rows: document.querySelectorAll('.orgnet-live .live-table tbody tr[data-edge]').length,
            marked: [...document.querySelectorAll('.orgnet-live .live-table tr.selected')].map(r => r.dataset.edge)};
}"""


def test_the_live_explorer_updates_in_place_in_jupyterlab(chromium, seeds_build, tmp_path):
    """The real front end: JupyterLab runs a notebook showing an Explorer of seeds/; five
    controls clicked in the page each redraw the drawing in place (the library evaluated once,
    the same drawing, zoom and pan kept); find selects the match in the side panel and the
    evidence table; a row click selects its link. Nothing is requested from any host."""
    lab_mod = _lab_module()
    docs = list(seeds_build.documents.sort_values("doc")["title"])
    # the same five changes in Python give the counts the page must show
    ex = Explorer(seeds_build)
    expected = []
    person = ex.kinds.value.copy()
    person.remove("person")
    ex.kinds.value = person
    expected.append(ex.state.n_nodes)
    ex.relations.value = [r for r in ex.relations.value if r != "affiliated_with"]
    expected.append(ex.state.n_nodes)
    doc = seeds_build.documents.sort_values("doc")["doc"].iloc[0]
    ex.documents.value = [d for d in ex.documents.value if d != doc]
    expected.append(ex.state.n_nodes)
    ex.all_years.value = False
    expected.append(ex.state.n_nodes)
    ex.undated.value = False
    expected.append(ex.state.n_nodes)
    code = f"import orgnet\nexplorer = orgnet.Explorer(orgnet.build({str(ROOT / 'seeds')!r}))\nexplorer"
    relation_label = orgnet.vocabulary.relations()["affiliated_with"]["label"]
    acts = [
        lab_mod.click_checkbox("Kinds", "person"),
        lab_mod.click_checkbox("Relations", relation_label),
        lab_mod.click_checkbox("Documents", docs[0] or doc),
        lab_mod.click_text_checkbox("all years"),
        lab_mod.click_text_checkbox("show undated links"),
    ]

    def drive(browser):
        with lab_mod.Lab(tmp_path, code) as lab, _notebook_page(lab_mod, browser, lab) as page:
            page.wait_for_timeout(500)
            first = page.evaluate(DRAWN)
            assert first["nodes"] == seeds_build.nodes.shape[0] and first["loads"] == 1, first
            assert first["painted"] > 2000 and first["size"][1] >= 500, first
            # the briefing's drawing (style.js.j2's orgnetBatchDrawing): the lines in batches
            assert first["batched"] and first["batched"]["batched"] > 0 and first["pictures"]["full"] > 0, first
            page.evaluate("""() => { const el = document.querySelector('.orgnet-live .live-network');
                el.orgnetMarker = 'the same element';
                el.orgnet.network.moveTo({scale: 1.3, position: {x: 10, y: 20}}); }""")
            before = page.evaluate(DRAWN)
            for act, n in zip(acts, expected):
                done = lab_mod.timed_change(page, act)
                assert done["ms"] is not None, (act, done)
                now = page.evaluate(DRAWN)
                assert now["nodes"] == n, (act, now, n)
                assert now["loads"] == 1 and now["marker"] == "the same element", now  # updated in place
                assert abs(now["scale"] - before["scale"]) < 1e-9 and now["at"] == before["at"], (now, before)
            # find: the match is selected in the drawing, the side panel and the table
            lab_mod.timed_change(page, lab_mod.click_button("Reset"))
            lab_mod.timed_change(page, lab_mod.type_into("highlight a name", "CICIR"))
            page.wait_for_function("""() => document.querySelectorAll(
                '.orgnet-live .live-table tr.hit').length > 0""")  # the table follows the drawing
            now = page.evaluate(DRAWN)
            cicir = "china-institutes-of-contemporary-international-relations"
            assert now["selected"] == cicir and "China Institutes of Contemporary" in now["panel"], now
            assert now["rows"] == seeds_build.edges.shape[0] and now["loads"] == 1, now
            # a row of the evidence table selects its link, and shows its quote in the panel
            row = page.locator(".orgnet-live .live-table tbody tr[data-edge]").nth(3)
            edge = row.get_attribute("data-edge")
            row.click()
            now = page.evaluate(DRAWN)
            assert now["selected"] == edge and now["marked"] == [edge] and "evidence" in now["panel"].lower(), now
            # its claims come from the kernel when asked: the panel shows them, the table marks quotes
            page.wait_for_function(
                """() => /claims and citations \\(\\d+\\)/i.test(
                document.querySelector('.orgnet-live .live-panel').innerText)""",
                timeout=30_000,
            )
            page.wait_for_function(
                """() => document.querySelectorAll(
                '.orgnet-live .live-table td.col-evidence mark').length > 0""",
                timeout=30_000,
            )
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "explorer-jupyterlab.png"))

    chromium.run(drive)


#: the first display's stages, read in the page (live.js.j2)
STAGES = """() => {
    const el = document.querySelector('.orgnet-live .live-network'), o = el.orgnet;
    return {first: Number(el.getAttribute('data-first-nodes')), firstEdges: Number(el.getAttribute('data-first-edges')),
            complete: el.getAttribute('data-complete'), marks: o.marks,
            frame: Number(el.getAttribute('data-first-view-frame')), nodes: o.network.body.nodeIndices.length,
            edges: o.network.body.edgeIndices.length, made: Object.keys(o.network.body.nodes).length,
            loads: globalThis.orgnetLiveLoads,
            labelled: Object.values(o.network.body.nodes).filter(n => !n.options.hidden && n.options.label).map(n => n.id)};
}"""


def test_a_big_network_is_drawn_most_connected_first_then_whole(chromium, tmp_path):
    """At 1,000 nodes the first frame holds the first view's 400 most connected nodes and the
    links among them (drawn once the canvas has its size, not before); the rest goes in after
    it, the view is applied again, and only then are the controls made. Every node and link of the view is then drawn, the library evaluated
    once, and a control change redraws in place."""
    lab_mod = _lab_module()
    spec = importlib.util.spec_from_file_location("explorer_redraw", ROOT / "benchmarks" / "explorer_redraw.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    tables = bench.synthetic_tables(1000)
    folder = tmp_path / "tables"
    tables.write(folder)
    ex = Explorer(tables)
    n_nodes, n_edges = ex.state.n_nodes, ex.state.n_edges
    hubs = [n["id"] for n in sorted(ex.network.base["nodes"], key=lambda n: -n["degree"])[:5]]
    kind = ex.kinds.options[0]["label"]
    ex.kinds.value = ex.kinds.value[1:]
    after = ex.state.n_nodes
    code = f"import orgnet\nexplorer = orgnet.Explorer(orgnet.read_tables({str(folder)!r}))\nexplorer"

    def drive(browser):
        with lab_mod.Lab(tmp_path / "lab", code) as lab, _notebook_page(lab_mod, browser, lab) as page:
            s = page.evaluate(STAGES)
            assert s["first"] == 400 and 0 < s["firstEdges"] < n_edges, s
            m = s["marks"]
            assert m["drawn"] < m["restIn"] < m["complete"], m  # the first frame came before the rest
            # and it was the drawing's first frame: none drawn before the canvas had its size
            assert s["frame"] == 1, s
            assert s["complete"] == "true" and (s["nodes"], s["edges"]) == (n_nodes, n_edges), (s, n_nodes, n_edges)
            assert s["made"] == n_nodes and s["loads"] == 1 and set(hubs) <= set(s["labelled"]), (s, hubs)
            done = lab_mod.timed_change(page, lab_mod.click_checkbox("Kinds", kind))
            assert done["ms"] is not None and done["loads"] == 1, done
            assert page.evaluate(STAGES)["nodes"] == after

    chromium.run(drive)


def test_a_second_kernel_shows_the_stored_first_view_in_jupyterlab(chromium, seeds_build, tmp_path, monkeypatch):
    """A notebook showing ``orgnet.Explorer(folder)``: the first kernel makes the first display
    and stores it after the cell; a second kernel (another JupyterLab) shows the stored one
    before reading the tables, reads them once the drawing says it drew, and its controls still
    arrive and redraw the drawing in place."""
    lab_mod = _lab_module()
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(tmp_path / "cache"))  # the kernels inherit it
    folder = tmp_path / "tables"
    seeds_build.write(folder)
    ex = Explorer(seeds_build)
    ex.kinds.value = [k for k in ex.kinds.value if k != "person"]
    expected = ex.state.n_nodes
    code = (
        f"import orgnet\nexplorer = orgnet.Explorer({str(folder)!r})\n"
        "print('stored view:', explorer.stored_view)\nexplorer"
    )

    def said(page) -> str:
        return page.locator(".jp-OutputArea-output").first.inner_text()

    def drive(browser):
        with lab_mod.Lab(tmp_path / "lab1", code) as lab, _notebook_page(lab_mod, browser, lab) as page:
            assert "stored view: False" in said(page), said(page)
        assert len(list((tmp_path / "cache").glob("view-*.view"))) == 1  # stored after the cell
        with lab_mod.Lab(tmp_path / "lab2", code) as lab, _notebook_page(lab_mod, browser, lab) as page:
            assert "stored view: True" in said(page), said(page)
            first = page.evaluate(DRAWN)
            assert first["nodes"] == seeds_build.nodes.shape[0] and first["loads"] == 1, first
            # the controls came (open_notebook waits for them) and work: a kind unticked redraws in place
            page.evaluate("() => { document.querySelector('.orgnet-live .live-network').orgnetMarker = 'same'; }")
            done = lab_mod.timed_change(page, lab_mod.click_checkbox("Kinds", "person"))
            now = page.evaluate(DRAWN)
            assert done["ms"] is not None and now["nodes"] == expected, (done, now, expected)
            assert now["loads"] == 1 and now["marker"] == "same", now
            lab_mod.timed_change(page, lab_mod.click_checkbox("Kinds", "person"))
            page.wait_for_timeout(300)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "explorer-stored-first-view.png"))

    chromium.run(drive)


def test_a_saved_notebook_shows_the_view_without_running_it(chromium, tmp_path, seeds_build):
    """A notebook run and saved (nbclient, as `make demo` does), then opened in JupyterLab as a
    teacher hands it on, without running it: the output shows the still picture of the view."""
    lab_mod = _lab_module()
    same = Explorer(seeds_build)  # the view the notebook makes, here: the MSS, depth 2
    same.focus.value = "MSS"
    n_nodes, n_links = len(same.network.view["nodes"]), len(same.network.view["edges"])
    assert n_nodes > 20 and n_links > n_nodes
    code = (
        f"import orgnet\nexplorer = orgnet.Explorer(orgnet.build({str(ROOT / 'seeds')!r}))\n"
        "explorer.focus.value = 'MSS'\nexplorer"
    )

    def look(browser, lab):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        try:
            page.goto(lab.url)
            picture = page.locator("img[alt^='orgnet network']").first
            live = page.locator(".orgnet-live .live-network[data-view-seq]").first
            page.wait_for_function(
                """() => document.querySelector("img[alt^='orgnet network']")
                || document.querySelector('.orgnet-live .live-network[data-view-seq]')""",
                timeout=120_000,
            )
            shown = picture if picture.count() else live
            page.wait_for_timeout(300)
            box = shown.bounding_box()
            assert box and box["width"] > 300 and box["height"] > 200, box
            if picture.count():  # an untrusted notebook: the still picture of the view as it was run
                assert picture.get_attribute("alt") == f"orgnet network: {n_nodes} nodes, {n_links} links"
                svg = base64.b64decode(picture.get_attribute("src").split(",", 1)[1]).decode("utf-8")
                assert svg.count("<circle") == n_nodes and svg.count("<line") == n_links
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "explorer-saved-notebook.png"))
        finally:
            context.close()

    with lab_mod.Lab(tmp_path, code) as lab:
        lab_mod.run_saved(lab)
        chromium.run(lambda browser: look(browser, lab))


def _panel_says(ex: Explorer, **request) -> dict:
    """Send the Explorer what its side panel sends for a correction; return its reply."""
    sent: list = []
    ex.network.send = lambda content, buffers=None: sent.append(content)
    ex._panel_message(ex.network, {"type": "curate", "request": 7, "key": "k", **request}, [])
    assert len(sent) == 1 and sent[0]["request"] == 7 and sent[0]["key"] == "k", sent
    return sent[0]


def test_side_panel_corrections_write_curations_that_the_next_build_applies(tmp_path):
    import shutil

    import yaml

    corpus = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", corpus)
    tables = orgnet.build(corpus, jobs=1)
    ex = Explorer(tables, curations=corpus)
    assert ex.network.curating is True
    base = ex.network.base
    edge = base["edges"][ex.network.view["edges"][5]]
    # no author or reason, or a link or merge the network does not have: said, nothing written
    for bad in (
        {"action": "reject", "edge": edge["id"], "author": "tester", "reason": " "},
        {"action": "reject", "edge": "e999999", "author": "tester", "reason": "x"},
        {"action": "distinct", "node": "nope", "names": ["A", "B"], "author": "tester", "reason": "x"},
        {"action": "split", "author": "tester", "reason": "x"},
    ):
        reply = _panel_says(ex, **bad)
        assert reply["ok"] is False and reply["text"], reply
    assert not (corpus / "curations.yaml").exists()
    ild = tables.merges["entity"].value_counts().index[0]
    merge = base["merges"][ild][-1]
    said = _panel_says(
        ex,
        action="distinct",
        node=ild,
        names=[merge["name"], merge["other_name"]],
        author="tester",
        reason="two bodies",
    )
    assert said["ok"] is True and "never one entity" in said["text"] and "Rebuild" in said["text"], said
    said = _panel_says(ex, action="reject", edge=edge["id"], author="tester", reason="misread")
    assert said["ok"] is True and "left out" in said["text"] and ex.corrected[-1] == said["text"]
    entries = yaml.safe_load((corpus / "curations.yaml").read_text("utf-8"))
    assert entries == [
        {"distinct": [merge["name"], merge["other_name"]], "author": "tester", "reason": "two bodies"},
        {
            "reject": {"source": edge["from"], "relation": edge["relation"], "target": edge["to"]},
            "author": "tester",
            "reason": "misread",
        },
    ]
    after = orgnet.build(corpus, jobs=1)
    assert after.documents.set_index("doc").loc["curations.yaml", "warnings"] == ""
    assert not (
        (after.edges["source"] == edge["from"])
        & (after.edges["relation"] == edge["relation"])
        & (after.edges["target"] == edge["to"])
    ).any()
    pair = {merge["name"], merge["other_name"]}

    def together(t) -> bool:  # one node has both names
        return any(pair <= {r["label"], *str(r["aliases"] or "").split(";")} for r in t.nodes.to_dict("records"))

    assert together(tables) and not together(after)


def test_without_a_documents_folder_the_panel_offers_no_corrections(seeds_build):
    ex = Explorer(seeds_build)
    assert ex.network.curating is False
    edge = ex.network.base["edges"][0]["id"]
    reply = _panel_says(ex, action="reject", edge=edge, author="tester", reason="x")
    assert reply["ok"] is False and "curations=" in reply["text"]


def test_briefings_carry_no_correction_buttons(seeds_build):
    from orgnet.render.network import network_html

    page = network_html(to_graph(seeds_build), title="t", merges=seeds_build.merges)
    assert "Why these names are one body" in page  # the shared side panel is there
    assert "Reject this link" not in page and "Not the same body" not in page and "model.send" not in page
    esm = Explorer(seeds_build).network._esm
    assert "Reject this link" in esm and "Not the same body" in esm


def test_path_to_shows_how_two_nodes_are_connected(ex, G):
    assert ex.path_to.disabled and ex.path_to.options == ()  # needs a focus; its names come with one
    ex.focus.value = "MSS"
    assert not ex.path_to.disabled and ex.path_to.options == ex.focus.options and "ILD" in ex.path_to.options
    ex.path_to.value = "ILD"
    s = ex.state
    mss, ild = find_node(G, "MSS"), find_node(G, "ILD")
    assert s.paths is not None and len(s.paths) >= 1
    assert all(p[0] == mss and p[-1] == ild for p in s.paths.nodes)
    assert set(s.graph) == {n for p in s.paths.nodes for n in p}
    assert "is connected to" in ex.status.value and ex.network.view["fit"] is True
    ex.path_to.value = "no such body at all"
    assert "no node called" in ex.status.value


def test_size_by_and_communities_are_sent_on_request(ex, G):
    assert ex.network.marks == {}
    ex.size_by.value = "betweenness"
    sizes = ex.network.marks["size"]
    assert len(sizes) == G.number_of_nodes() and len(set(sizes.values())) > 3
    assert "betweenness in the whole network" in ex.legend.value
    ex.communities.value = True
    rings = ex.network.marks["ring"]
    assert len(rings) == G.number_of_nodes() and "ring colour: " in ex.legend.value
    assert set(ex.network.marks["community"].values()) >= {1, 2}
    ex.size_by.value, ex.communities.value = "degree", False
    assert ex.network.marks == {}


#: a link or node of the drawing clicked where it is drawn: its point on the page, found by
#: vis-network's own hit test (framed on it first when another item covers it there)
WHERE = """([id, isEdge]) => {
    const el = document.querySelector('.orgnet-live .live-network'), net = el.orgnet.network;
    const box = el.getBoundingClientRect();
    function point() {
        for (const t of (isEdge ? [0.5, 0.4, 0.6, 0.3, 0.7] : [0])) {
            let p;
            if (isEdge) {
                const e = net.body.edges[id];
                p = net.canvasToDOM({x: e.from.x + t * (e.to.x - e.from.x), y: e.from.y + t * (e.to.y - e.from.y)});
            } else {
                p = net.canvasToDOM(net.getPosition(id));
            }
            // a point of this line (or node) and of nothing else within 5 px: a click a pixel off, or a
            // curved line beside it, selects the same
            const near = [-5, 0, 5].flatMap(dx => [-5, 0, 5].map(dy => ({x: p.x + dx, y: p.y + dy})));
            const hit = isEdge ? near.every(q => net.getNodeAt(q) === undefined && [id, undefined].includes(net.getEdgeAt(q)))
                && net.getEdgeAt(p) === id
                : near.every(q => [id, undefined].includes(net.getNodeAt(q))) && net.getNodeAt(p) === id;
            // and nothing of the page (a label, a button, the legend) lies over the drawing there
            const top = document.elementFromPoint(box.left + p.x, box.top + p.y);
            if (hit && p.x > 40 && p.y > 40 && p.x < el.clientWidth && p.y < el.clientHeight && top
                && el.contains(top)) { return p; }
        }
        return null;
    }
    let p = point();
    if (!p) {
        const at = isEdge ? net.getPosition(net.body.edges[id].fromId) : net.getPosition(id);
        const to = isEdge ? net.getPosition(net.body.edges[id].toId) : at;
        net.moveTo({position: {x: (at.x + to.x) / 2, y: (at.y + to.y) / 2}, scale: 2, animation: false});
        p = point();
    }
    return p ? {x: box.left + p.x, y: box.top + p.y} : null;
}"""


def test_the_side_panel_rejects_a_link_and_keeps_two_names_apart_in_jupyterlab(chromium, tmp_path):
    """The real front end: a link clicked in the drawing offers "Reject this link" in its side
    panel, a node's merged names each "Not the same body"; each asks for author and reason,
    the kernel writes curations.yaml and the panel shows what the next build changes.
    Screenshots of the panel at 1280x800 and 1920x1080 go to test-artifacts/."""
    import shutil

    import yaml

    lab_mod = _lab_module()
    corpus = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", corpus)
    tables = orgnet.build(corpus, jobs=1)
    ex = Explorer(tables)
    edge = max(
        (e for e in ex.network.base["edges"] if e["from"] != e["to"] and not e["curve"]),
        key=lambda e: len(e["evidence"] or ""),
    )  # a straight line, easy to click
    node = tables.merges["entity"].value_counts().index[0]
    merge = ex.network.base["merges"][node][0]
    code = (
        f"import orgnet\nexplorer = orgnet.Explorer(orgnet.read_tables({str(tmp_path / 't')!r}), "
        f"curations={str(corpus)!r})\nexplorer"
    )
    tables.write(tmp_path / "t")
    file = corpus / "curations.yaml"

    def drive(browser):
        with lab_mod.Lab(tmp_path / "lab", code) as lab, _notebook_page(lab_mod, browser, lab) as page:
            panel = page.locator(".orgnet-live .live-panel")
            # a link clicked in the drawing: its panel offers the rejection
            at = page.evaluate(WHERE, [edge["id"], True])
            assert at, edge
            page.mouse.click(at["x"], at["y"])
            page.wait_for_function(f"""() => document.querySelector('.orgnet-live .live-panel')
                .getAttribute('data-selected') === {edge["id"]!r}""")
            panel.get_by_role("button", name="Reject this link").click()
            panel.locator("textarea[name=reason]").fill("")
            panel.locator("input[name=author]").fill("tester")
            panel.locator(".curate-record").click()  # no reason: said, nothing sent
            assert "author and reason" in panel.locator(".curate-status").inner_text()
            assert not file.exists()
            panel.locator("textarea[name=reason]").fill("the quote is about another body")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "explorer-panel-reject-1280.png"))
            panel.locator(".curate-record").click()
            said = panel.locator(".curate-said")
            said.wait_for(timeout=30_000)
            assert "left out" in said.inner_text() and "Rebuild" in said.inner_text()
            page.screenshot(path=str(ARTIFACTS / "explorer-panel-rejected-1280.png"))
            # a node with merged names: "Not the same body" beside each
            at = page.evaluate(WHERE, [node, False])
            assert at, node
            page.mouse.click(at["x"], at["y"])
            page.wait_for_function(f"""() => document.querySelector('.orgnet-live .live-panel')
                .getAttribute('data-selected') === {node!r}""")
            panel.locator(".merges summary").click()
            buttons = panel.get_by_role("button", name="Not the same body")
            assert buttons.count() == len(ex.network.base["merges"][node])
            buttons.first.click()
            assert panel.locator("input[name=author]").first.input_value() == "tester"  # remembered
            panel.locator("textarea[name=reason]").first.fill("two bodies share the acronym")
            page.set_viewport_size({"width": 1920, "height": 1080})
            page.locator(".orgnet-live .live-fit").click()
            page.wait_for_timeout(300)
            page.screenshot(path=str(ARTIFACTS / "explorer-panel-distinct-1920.png"))
            panel.locator(".curate-record").first.click()
            said = panel.locator(".curate-said")
            said.wait_for(timeout=30_000)
            assert "never one entity" in said.inner_text()

    chromium.run(drive)
    entries = yaml.safe_load(file.read_text("utf-8"))
    assert entries == [
        {
            "reject": {"source": edge["from"], "relation": edge["relation"], "target": edge["to"]},
            "author": "tester",
            "reason": "the quote is about another body",
        },
        {
            "distinct": [merge["name"], merge["other_name"]],
            "author": "tester",
            "reason": "two bodies share the acronym",
        },
    ]
