"""Briefing pages without a browser: self-contained, escaped, complete, and laid out right.

What a page must hold (DESIGN.md, "Briefing HTML"): vis-network inline and nothing fetched
from any host, every document text escaped, a legend of kinds and relations, a title, the
generation date, the sources, and per node and edge the evidence behind it. The layout
(orgnet/render/layout.py) must be deterministic and keep label boxes apart. The browser
side (drawing, clicking, no script running) is tests/test_browser.py.

Seed nodes are named only where the demo names them (MSS, ILD, the Central Committee).
"""

from __future__ import annotations

import html
import html.parser
import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest

from orgnet import vocabulary
from orgnet.errors import InputError, UnknownNodeError
from orgnet.graph import communities, ego, example_tables, find_node, fronts, hierarchy, node_measure, to_graph
from orgnet.render.briefing import SIZE_MEASURES, briefing_graph, briefing_html, write_briefing, write_index
from orgnet.render.layout import label_box, network_positions, overlapping_pairs, tree_positions
from orgnet.render.network import COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR, network_html, page_data

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_BREAKOUT = "</script><script>alert(1)//"
FIXED = "2024-01-02 03:04 UTC"
DEMO = {  # the demo's briefings (Makefile `demo`)
    "mss": dict(view="hierarchy", focus="MSS"),
    "central-committee": dict(view="hierarchy", focus="Central Committee of the Chinese Communist Party"),
    "ild": dict(view="hierarchy", focus="ILD"),
    "fronts": dict(view="fronts"),
    "ego": dict(view="ego", focus="MSS", depth=2),
}


# --------------------------------------------------------------------------- helpers


class Page(html.parser.HTMLParser):
    """The tags of a page: every start tag with its attributes, and each <script>'s text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self._buf: list[str] = []
        self.text_parts: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "script":
            self._script, self._buf = a, []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._buf)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._buf.append(data)
        else:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(self.text_parts)

    def data(self) -> dict:
        [(_, raw)] = [(a, t) for a, t in self.scripts if a.get("id") == "orgnet-data"]
        return json.loads(raw)

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def pyvis_vis_js() -> str:
    """vis-network.min.js as pyvis ships it, found here independently of orgnet's code."""
    lib = resources.files("pyvis").joinpath("templates", "lib")
    folders = sorted(
        (e for e in lib.iterdir() if re.fullmatch(r"vis-[\d.]+", e.name)),
        key=lambda e: [int(x) for x in e.name[4:].split(".")],
    )
    return folders[-1].joinpath("vis-network.min.js").read_text("utf-8")


@pytest.fixture(scope="module")
def seed_pages(seeds_build) -> dict[str, str]:
    return {name: briefing_html(seeds_build, generated=FIXED, **kw) for name, kw in DEMO.items()}


@pytest.fixture(scope="module")
def example_page() -> str:
    return briefing_html(example_tables(), view="ego", focus="WRI", depth=2, generated=FIXED)


# --------------------------------------------------------------------------- self-contained


def test_page_requests_nothing_from_any_host(seed_pages, example_page):
    for name, page in {**seed_pages, "example": example_page}.items():
        p = Page(page)
        for tag, a in p.tags:
            for attr in ("src", "href", "action", "data", "poster", "srcset"):
                value = a.get(attr, "").strip().lower()
                assert not value.startswith(("http:", "https:", "//", "ftp:")), (name, tag, attr, value)
        assert not [a for t, a in p.tags if t == "script" and "src" in a], f"{name}: a <script src=...>"
        assert not p.find("link"), f"{name}: a <link> element (stylesheet or font from elsewhere)"
        assert not p.find("iframe") and not p.find("img"), name
        assert "@import" not in page and not re.search(r"url\(\s*['\"]?(https?:)?//", page), name


def test_vis_network_is_inline(example_page):
    js = pyvis_vis_js()
    p = Page(example_page)
    bodies = [t for a, t in p.scripts if not a]
    assert any(js.strip() in body for body in bodies), "pyvis's vis-network.min.js is not inlined whole"
    assert "vis.Network(" in bodies[-1]  # the page's own script draws with it
    assert len(p.scripts) == 3  # data, vis-network, the page's script


def test_physics_off_and_positions_given(example_page):
    p = Page(example_page)
    own = [t for a, t in p.scripts if not a][-1]
    assert re.search(r"physics:\s*\{\s*enabled:\s*false", own)
    assert "hierarchical: {enabled: false}" in own
    for n in p.data()["nodes"]:
        assert isinstance(n["x"], float | int) and isinstance(n["y"], float | int), n["id"]


# --------------------------------------------------------------------------- escaping


def test_hostile_document_text_is_escaped(hostile_build):
    page = briefing_html(hostile_build, view="ego", focus="HBI", depth=2, generated=FIXED)
    _assert_inert(page)
    data = Page(page).data()
    labels = " ".join(n["label"] for n in data["nodes"])
    quotes = " ".join(e["evidence"] for e in data["edges"])
    # the text survives, as data, exactly as the document has it
    for bad in (HOSTILE_IMG, HOSTILE_BREAKOUT):
        assert bad in labels and bad in quotes
    # and shows as text in the sources list
    assert HOSTILE_SCRIPT in Page(page).text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_poisoned_tables_are_escaped_everywhere(poisoned_tables):
    for view in ("ego", "hierarchy", "fronts"):
        kw = {} if view == "fronts" else {"focus": "bureau-of-sprockets"}
        page = briefing_html(poisoned_tables, view=view, generated=FIXED, **kw)
        _assert_inert(page)
        data = Page(page).data()
        assert all(HOSTILE_SCRIPT in n["label"] for n in data["nodes"])
        assert all(HOSTILE_SCRIPT in c["citations"][0] for e in data["edges"] for c in e["claims"])
        assert any(HOSTILE_IMG in d for d in data["documents"])
        assert all(HOSTILE_SCRIPT in title for title in data["documents"].values())


def _assert_inert(page: str) -> None:
    p = Page(page)
    assert HOSTILE_SCRIPT not in page and HOSTILE_IMG not in page and HOSTILE_BREAKOUT not in page
    assert len(p.find("script")) == 3, [a for t, a in p.tags if t == "script"]
    assert not p.find("img")
    assert not [(t, k) for t, a in p.tags for k in a if k.lower().startswith("on")], "an on* attribute"
    raw = [t for a, t in p.scripts if a.get("id") == "orgnet-data"][0]
    assert not set("<>&") & set(raw), "the JSON holds a raw <, > or &"
    # the page's own script never writes document text as HTML
    own = [t for a, t in p.scripts if not a][-1]
    assert "innerHTML" not in own and "insertAdjacentHTML" not in own and "document.write" not in own
    assert re.search(r"\btitle:", own) is None, "vis-network tooltips (title) must not be set"


def test_json_escaping_keeps_a_closing_script_tag_inside(poisoned_tables):
    page = network_html(to_graph(poisoned_tables), title="t", claims=poisoned_tables.claims, generated=FIXED)
    raw = [t for a, t in Page(page).scripts if a.get("id") == "orgnet-data"][0]
    assert "\\u003c/script\\u003e" in raw
    assert any("</script>" in e["evidence"] for e in json.loads(raw)["edges"])


# --------------------------------------------------------------------------- contents


def test_title_date_legend_and_sources(seeds_build, seed_pages):
    page = seed_pages["mss"]
    p = Page(page)
    G = to_graph(seeds_build)
    mss = find_node(G, "MSS")
    label = G.nodes[mss]["label"]
    assert p.find("h1", id="title") and f"<title>{label}: hierarchy</title>" in page
    assert re.search(r'<time id="generated">2024-01-02 03:04 UTC</time>', page)
    data = p.data()
    kinds, relations = vocabulary.kinds(), vocabulary.relations()
    legend_kinds = {a["value"] for a in p.find("input") if a.get("class") == "kind-toggle"}
    legend_rels = {a["value"] for a in p.find("input") if a.get("class") == "relation-toggle"}
    assert legend_kinds == {n["kind"] for n in data["nodes"]}
    assert legend_rels == {e["relation"] for e in data["edges"]}
    for k in legend_kinds:
        assert kinds[k]["label"] in p.text and kinds[k]["colour"] in page
    for r in legend_rels:
        assert relations[r]["label"] in p.text and relations[r]["colour"] in page
    # sources: every document something on the page rests on, with its title and layout
    used = {d for n in data["nodes"] for d in n["docs"]} | {d for e in data["edges"] for d in e["docs"]}
    docs = seeds_build.documents.set_index("doc")
    for d in used:
        # by title, the file name as a grey detail (the file name alone when there is no title)
        title = docs.loc[d, "title"]
        assert f'<span class="doc-title">{html.escape(title or d)}</span>' in page
        if title:
            assert f'<span class="doc-file col-doc">{d}</span>' in page
        assert docs.loc[d, "layout"] in p.text
    for col in ("document", "layout", "reliability", "url", "retrieved", "mirror of"):
        assert f'<th scope="col">{col}</th>' in page


def test_sources_list_urls_as_text(hostile_build):
    page = briefing_html(hostile_build, view="fronts", generated=FIXED)
    row = hostile_build.documents.iloc[0]
    assert row["url"] and row["url"] in Page(page).text
    assert not [a for t, a in Page(page).tags if "href" in a], "a source url became a link"


@pytest.mark.parametrize("name", list(DEMO))
def test_node_count_is_the_views(seeds_build, seed_pages, name):
    G = to_graph(seeds_build)
    kw = DEMO[name]
    if kw["view"] == "hierarchy":
        expected = set(hierarchy(G, kw["focus"]).nodes)
    elif kw["view"] == "ego":
        expected = set(ego(G, kw["focus"], kw["depth"]).nodes)
    else:
        table = fronts(G)
        expected = set(table["front"])
        for row in table.to_dict("records"):
            names = {
                x
                for c in ("fronts_for", "run_by", "funded_by", "established_by", "targets")
                for x in str(row[c] or "").split(";")
                if x
            }
            expected |= {v for _, v in G.out_edges(row["front"]) if G.nodes[v]["label"] in names}
    p = Page(seed_pages[name])
    data = p.data()
    assert {n["id"] for n in data["nodes"]} == expected
    [net] = p.find("div", id="network")
    assert int(net["data-node-count"]) == len(expected) == len(data["nodes"])
    assert len(expected) >= 2


def test_every_edge_carries_its_evidence_and_citations(seeds_build, seed_pages):
    claims = seeds_build.claims.set_index("claim_id")
    edges = seeds_build.edges.set_index(["source", "relation", "target"])
    checked_citation = False
    for page in seed_pages.values():
        for e in Page(page).data()["edges"]:
            row = edges.loc[(e["from"], e["relation"], e["to"])]
            assert e["evidence"] == row["evidence"]
            assert [c["claim_id"] for c in e["claims"]] == row["claim_ids"].split(";")
            for c in e["claims"]:
                assert c["found"]
                assert c["evidence"] == claims.loc[c["claim_id"], "evidence"]
                assert c["doc"] == claims.loc[c["claim_id"], "doc"]
                cites = claims.loc[c["claim_id"], "citations"]
                assert c["citations"] == [x.strip() for x in cites.split(" | ") if x.strip()]
                checked_citation |= bool(c["citations"])
    assert checked_citation, "no edge in the demo briefings has a citation to check"


def test_node_panel_data(seeds_build, seed_pages):
    nodes = seeds_build.nodes.set_index("id")
    for n in Page(seed_pages["ego"]).data()["nodes"]:
        row = nodes.loc[n["id"]]
        assert n["label"] == row["label"] and n["kind"] == row["kind"]
        assert n["aliases"] == [x for x in row["aliases"].split(";") if x]
        assert n["description"] == row["description"]
        assert n["docs"] == [x for x in row["docs"].split(";") if x]


def test_dashed_means_hedged_or_low_confidence():
    t = example_tables()
    data = page_data(to_graph(t), claims=t.claims)
    by_rel = {(e["from"], e["relation"]): e for e in data["edges"]}
    for e in data["edges"]:
        assert e["dashed"] == (e["hedge"] != "stated" or e["confidence"] < 0.5), e
    assert by_rel[("widget-research-institute", "front_for")]["dashed"]  # reported
    assert by_rel[("widget-research-institute", "targets")]["dashed"]  # alleged, 0.4
    assert not by_rel[("bureau-of-sprockets", "subordinate_to")]["dashed"]


def test_colours_and_shapes_come_from_the_vocabulary():
    data = page_data(to_graph(example_tables()))
    kinds, relations = vocabulary.kinds(), vocabulary.relations()
    for k in data["kinds"]:
        assert (k["colour"], k["shape"], k["label"]) == (
            kinds[k["kind"]]["colour"],
            kinds[k["kind"]]["shape"],
            kinds[k["kind"]]["label"],
        )
    for r in data["relations"]:
        assert r["colour"] == relations[r["relation"]]["colour"]


def test_node_size_grows_with_degree():
    data = page_data(to_graph(example_tables()))
    by_degree = sorted((n["degree"], n["size"]) for n in data["nodes"])
    assert all(s1 <= s2 for (_, s1), (_, s2) in zip(by_degree, by_degree[1:]))
    assert by_degree[0][1] < by_degree[-1][1]


def test_same_input_same_page():
    t = example_tables()
    a = briefing_html(t, view="hierarchy", focus="MOW", generated=FIXED)
    b = briefing_html(example_tables(), view="hierarchy", focus="MOW", generated=FIXED)
    assert a == b


# --------------------------------------------------------------------------- views and errors


def test_unknown_focus_suggests_the_closest_names():
    with pytest.raises(UnknownNodeError, match=r"no node called 'Ministry of Gidgets'; closest: 'Ministry of Widgets'"):
        briefing_html(example_tables(), view="ego", focus="Ministry of Gidgets")


def test_focus_by_alias_and_filters():
    t = example_tables()
    G, info = briefing_graph(t, view="ego", focus="WRI", depth=1)
    assert info["focus"] == "widget-research-institute"
    G, info = briefing_graph(t, view="ego", focus="WRI", depth=1, relations=["leads"])
    assert {k for *_, k in G.edges(keys=True)} == {"leads"}
    G, info = briefing_graph(t, view="ego", focus="WRI", depth=1, kinds="think_tank,person")
    assert {d["kind"] for _, d in G.nodes(data=True)} == {"think_tank", "person"}
    G, _ = briefing_graph(t, view="ego", focus="WRI", depth=2, as_of=1995)
    assert "li-wei" not in G and "anna-karlsson" in G  # Li Wei led from 2005
    assert briefing_html(t, view="ego", focus="WRI", as_of=1995, generated=FIXED).count("As of 1995") == 1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(view="ego"), "needs a focus"),
        (dict(view="hierarchy"), "needs a focus"),
        (dict(view="fronts", focus="MOW"), "takes no focus"),
        (dict(view="tree", focus="MOW"), "unknown view"),
        (dict(view="ego", focus="MOW", kinds=["spaceship"]), "unknown kind 'spaceship'"),
        (dict(view="ego", focus="MOW", relations=["loves"]), "unknown relation 'loves'"),
        (dict(view="ego", focus="Li Wei", as_of=1950), "not in the network once the filters"),
        (dict(view="ego", focus="MOW", depth=-1), "depth"),
    ],
)
def test_bad_requests_are_input_errors(kwargs, message):
    with pytest.raises(InputError, match=message):
        briefing_html(example_tables(), **kwargs)


def test_fronts_view_has_the_fronts_table():
    page = briefing_html(example_tables(), view="fronts", generated=FIXED)
    p = Page(page)
    assert "Front organizations: the table" in p.text
    assert "The Widget Research Institute is the public face of the Bureau of Sprockets." in p.text
    assert {n["id"] for n in p.data()["nodes"]} >= {
        "widget-research-institute",
        "bureau-of-sprockets",
        "ministry-of-widgets",
        "ruritanian-parliament",
    }


def test_write_briefing_and_index(tmp_path):
    t = example_tables()
    a = write_briefing(t, tmp_path / "a" / "fronts.html", view="fronts", generated=FIXED)
    b = write_briefing(t, tmp_path / "b c&d.html", view="hierarchy", focus="MOW", generated=FIXED)
    idx = write_index([a, b], tmp_path / "index.html", generated=FIXED)
    p = Page(idx.read_text())
    hrefs = [x["href"] for x in p.find("a")]
    assert hrefs == ["./a/fronts.html", "./b%20c%26d.html"]
    assert (idx.parent / "a/fronts.html").is_file()
    assert "Front organizations" in p.text and "Ministry of Widgets: hierarchy" in p.text
    assert not list(tmp_path.rglob(".*.tmp"))


def test_cli_brief(tmp_path, orgnet_cli, one_line_error):
    example_tables().write(tmp_path / "tables", formats=("csv",))
    out = tmp_path / "briefings" / "mow.html"
    r = orgnet_cli("brief", "--focus", "MOW", "--tables", tmp_path / "tables", "--out", out)
    assert r.returncode == 0, r.stderr
    data = Page(out.read_text()).data()
    assert data["focus"] == "ministry-of-widgets"
    assert len(data["nodes"]) == ego(to_graph(example_tables()), "MOW", 2).number_of_nodes()
    r = orgnet_cli(
        "brief",
        "--view",
        "fronts",
        "--kinds",
        "think_tank",
        "security_service",
        "--relations",
        "front_for,operated_by",
        "--as-of",
        "2000",
        "--tables",
        tmp_path / "tables",
        "--out",
        tmp_path / "briefings" / "fronts.html",
        "--index",
    )
    assert r.returncode == 0, r.stderr
    index = (tmp_path / "briefings" / "index.html").read_text()
    assert 'href="./fronts.html"' in index and 'href="./mow.html"' in index
    r = orgnet_cli("brief", "--focus", "Ministry of Gidgets", "--tables", tmp_path / "tables", "--out", out)
    assert r.returncode == 2
    one_line_error(r.stderr, "no node called 'Ministry of Gidgets'", "closest: 'Ministry of Widgets'")


def test_cli_brief_default_tables_folder(tmp_path, orgnet_cli, one_line_error):
    r = orgnet_cli("brief", "--focus", "x", "--out", "x.html", cwd=tmp_path)
    assert r.returncode == 2
    one_line_error(r.stderr, "build/tables")


# --------------------------------------------------------------------------- paths, communities, sizes


def test_path_briefing_draws_the_paths_left_to_right_with_a_table_of_steps():
    page = briefing_html(example_tables(), path=("Sam Okoro", "Gadget Friendship Society"), generated=FIXED)
    p = Page(page)
    data = p.data()
    assert "Sam Okoro to Gadget Friendship Society: paths" in p.text
    assert "How Sam Okoro is connected to Gadget Friendship Society: 1 path of length 2" in p.text
    assert sorted(n["id"] for n in data["nodes"]) == [
        "gadget-friendship-society",
        "sam-okoro",
        "widget-research-institute",
    ]
    assert data["focus"] == "sam-okoro" and data["root"] is None
    x = {n["id"]: n["x"] for n in data["nodes"]}
    assert x["sam-okoro"] < x["widget-research-institute"] < x["gadget-friendship-society"]
    assert "The steps of each path, with their evidence" in p.text
    assert "Gadget Friendship Society established by Widget Research Institute" in p.text
    assert "against the arrow" in p.text and "along the arrow" in p.text
    assert "In 2001 the institute set up the Gadget Friendship Society." in p.text


def test_path_briefing_with_two_paths_puts_each_in_a_lane_and_lists_every_link():
    G, info = briefing_graph(example_tables(), path=("Li Wei", "MOW"))
    assert list(info["paths"]) == [
        ("li-wei", "widget-research-institute", "ministry-of-widgets"),
        ("li-wei", "widget-research-institute", "bureau-of-sprockets", "ministry-of-widgets"),
    ]
    pos = info["positions"]
    assert pos["li-wei"][0] == 0 and pos["ministry-of-widgets"][0] == max(x for x, _ in pos.values())
    assert pos["bureau-of-sprockets"][1] != pos["widget-research-institute"][1]  # the second path's own lane
    assert sorted(k for *_, k in G.edges(keys=True)) == [
        "front_for",
        "funded_by",
        "leads",
        "operated_by",
        "subordinate_to",
    ]
    page = Page(briefing_html(example_tables(), path=("Li Wei", "MOW"), generated=FIXED))
    assert "The Bureau of Sprockets operates the Widget Research Institute." in page.text


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        (dict(view="fronts", path=("MOW", "Li Wei")), InputError, "cannot be drawn as the fronts view"),
        (dict(view="path"), InputError, "needs two nodes"),
        (dict(path=("MOW", "Li Wei"), focus="MOW"), InputError, "takes no focus"),
        (dict(path=("MOW",)), InputError, "two node names"),
        (dict(path=("MOW", "Li Wei"), relations=["targets"]), InputError, "not in the network once the other filters"),
        (dict(path=("MOW", "Li Wei"), relations=["leads", "subordinate_to"]), InputError, "No path between"),
        (dict(path=("MOW", "Ministry of Gidgets")), UnknownNodeError, "closest: 'Ministry of Widgets'"),
        (dict(view="ego", focus="MOW", size_by="fame"), InputError, "unknown size_by 'fame'"),
    ],
)
def test_bad_path_and_measure_requests(kwargs, error, message):
    with pytest.raises(error, match=message):
        briefing_html(example_tables(), **kwargs)


def test_communities_ring_each_node_and_come_from_the_whole_network():
    t = example_tables()
    whole = communities(to_graph(t))
    page = briefing_html(t, view="ego", focus="Li Wei", depth=1, communities=True, generated=FIXED)
    p = Page(page)
    data = p.data()
    assert {n["id"]: n["community"] for n in data["nodes"]} == {
        n: whole[n] for n in ("li-wei", "widget-research-institute")
    }
    assert all(n["ring"] == COMMUNITY_COLOURS[n["community"] - 1] for n in data["nodes"])
    assert data["communities"] == [{"community": 1, "label": "community 1", "colour": COMMUNITY_COLOURS[0], "count": 2}]
    assert p.find("ul", id="legend-communities") and "Ring colour: community" in p.text
    plain = Page(briefing_html(t, view="ego", focus="Li Wei", depth=1, generated=FIXED)).data()
    assert plain["communities"] == [] and plain["size_by"] is None
    assert not {"community", "ring", "measure"} & set(plain["nodes"][0])
    assert not Page(briefing_html(t, view="ego", focus="Li Wei", generated=FIXED)).find("ul", id="legend-communities")


def test_more_communities_than_colours_share_a_grey_ring():
    G = nx.MultiDiGraph()
    for i in range(12):
        G.add_edge(f"a{i:02d}", f"b{i:02d}", key="partner_of", relation="partner_of")
    c = communities(G)
    assert sorted(set(c.values())) == list(range(1, 13)) and c["a00"] == 1 and c["b11"] == 12
    data = page_data(G, communities=c)
    assert [e["colour"] for e in data["communities"]] == list(COMMUNITY_COLOURS) + [OTHER_COMMUNITY_COLOUR]
    assert data["communities"][-1]["label"] == "4 smaller communities (9 to 12)"
    assert data["communities"][-1]["count"] == 8
    assert {n["ring"] for n in data["nodes"] if n["community"] > 8} == {OTHER_COMMUNITY_COLOUR}


@pytest.mark.parametrize("measure", sorted(SIZE_MEASURES))
def test_size_by_a_measure(measure):
    t = example_tables()
    page = briefing_html(t, view="ego", focus="WRI", depth=2, size_by=measure, generated=FIXED)
    p = Page(page)
    data = p.data()
    values = node_measure(to_graph(t), measure)
    assert data["size_by"] == SIZE_MEASURES[measure] and f"Node size: {SIZE_MEASURES[measure]}" in p.text
    by_value = sorted((values[n["id"]], n["size"]) for n in data["nodes"])
    assert all(n["measure"] == values[n["id"]] for n in data["nodes"])
    assert all(s1 <= s2 for (_, s1), (_, s2) in zip(by_value, by_value[1:])), by_value
    assert by_value[-1][1] == 34.0 and by_value[0][1] < by_value[-1][1]


def test_page_data_sizes_scale_to_the_degree_range():
    G = to_graph(example_tables())
    data = page_data(G, sizes={"li-wei": 4.0, "sam-okoro": 1.0}, size_by="invented")
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["li-wei"] == 34.0 and size["sam-okoro"] == 21.5 and size["anna-karlsson"] == 9.0
    measure = {n["id"]: n["measure"] for n in data["nodes"]}
    assert data["size_by"] == "invented" and measure["anna-karlsson"] is None and measure["li-wei"] == 4.0
    assert {n["size"] for n in page_data(G, sizes={})["nodes"]} == {9.0}


def test_cli_brief_path_communities_and_size(tmp_path, orgnet_cli, one_line_error):
    example_tables().write(tmp_path / "tables", formats=("csv",))
    out = tmp_path / "path.html"
    r = orgnet_cli(
        "brief",
        "--path",
        "Li Wei",
        "MOW",
        "--communities",
        "--size-by",
        "betweenness",
        "--tables",
        tmp_path / "tables",
        "--out",
        out,
    )
    assert r.returncode == 0, r.stderr
    assert "path view" in r.stdout
    data = Page(out.read_text()).data()
    assert data["focus"] == "li-wei" and data["communities"] and data["size_by"] == SIZE_MEASURES["betweenness"]
    assert len(data["nodes"]) == 4
    r = orgnet_cli(
        "brief",
        "--path",
        "Li Wei",
        "Sam Okoro",
        "--relations",
        "leads,funded_by",
        "--depth",
        "1",
        "--view",
        "path",
        "--tables",
        tmp_path / "tables",
        "--out",
        out,
    )
    assert r.returncode == 0, r.stderr
    r = orgnet_cli(
        "brief", "--path", "Li Wei", "MOW", "--relations", "leads", "--tables", tmp_path / "tables", "--out", out
    )
    assert r.returncode == 2
    one_line_error(r.stderr, "Ministry of Widgets (ministry-of-widgets) is not in the network")
    r = orgnet_cli("brief", "--focus", "MOW", "--size-by", "fame", "--tables", tmp_path / "tables", "--out", out)
    assert r.returncode == 2 and "invalid choice: 'fame'" in r.stderr


# --------------------------------------------------------------------------- layout


def _boxes(G):
    return {n: label_box(G.nodes[n].get("label") or str(n)) for n in G}


def synthetic(n: int, seed: int = 0) -> nx.DiGraph:
    """A tree of n nodes plus n/2 cross links, labelled like real bodies."""
    import random

    rng = random.Random(seed)
    G = nx.DiGraph()
    G.add_node(0, label="Body 0")
    for i in range(1, n):
        G.add_node(i, label=f"Body number {i} of the network")
        G.add_edge(rng.randrange(max(1, i // 2)), i)
    for _ in range(n // 2):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            G.add_edge(a, b)
    return G


def test_layouts_are_deterministic():
    G = synthetic(400)
    boxes = _boxes(G)
    shuffled = nx.DiGraph()
    shuffled.add_nodes_from(sorted(G.nodes(data=True), key=lambda nd: -nd[0]))
    shuffled.add_edges_from(sorted(G.edges(), reverse=True))
    assert network_positions(G, boxes=boxes) == network_positions(shuffled, boxes=boxes)
    T = nx.bfs_tree(G, 0)
    T2 = nx.DiGraph()
    T2.add_nodes_from((n, G.nodes[n]) for n in sorted(T, reverse=True))
    T2.add_edges_from(sorted(T.edges(), reverse=True))
    for n in T:
        T.nodes[n].update(G.nodes[n])
    assert tree_positions(T, 0, boxes=boxes) == tree_positions(T2, 0, boxes=boxes)


@pytest.mark.parametrize("n", [1, 2, 5, 60, 400])
def test_radial_layout_keeps_labels_apart(n):
    G = synthetic(n, seed=n)
    boxes = _boxes(G)
    pos = network_positions(G, boxes=boxes)
    assert set(pos) == set(G)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert overlapping_pairs(pos, boxes) == []


def test_radial_layout_puts_the_centre_in_the_middle_and_rings_by_distance():
    G = synthetic(80, seed=3)
    pos = network_positions(G, center=5, boxes=_boxes(G))
    assert pos[5] == (0.0, 0.0)
    dist = nx.single_source_shortest_path_length(G.to_undirected(), 5)
    radius = {n: math.hypot(*pos[n]) for n in G}
    for a in G:
        for b in G:
            if dist[a] + 1 < dist[b]:  # two rings apart: always further out
                assert radius[a] < radius[b], (a, b)


def test_radial_layout_packs_components_apart():
    G = nx.union(nx.star_graph(6), nx.relabel_nodes(nx.path_graph(4), lambda i: f"p{i}"))
    G.add_node("alone")
    pos = network_positions(G)
    assert overlapping_pairs(pos) == []
    assert len({pos[n] for n in G}) == G.number_of_nodes()


@pytest.mark.parametrize("n", [2, 30, 500])
def test_tree_layout_is_tidy(n):
    G = synthetic(n, seed=n)
    T = nx.bfs_tree(G, 0)
    boxes = _boxes(G)
    pos = tree_positions(T, 0, boxes=boxes)
    assert set(pos) == set(T)
    assert overlapping_pairs(pos, boxes) == []
    for parent in T:
        kids = list(T.successors(parent))
        for c in kids:
            assert pos[c][1] > pos[parent][1], "a child is not below its parent"
        if kids:
            xs = [pos[c][0] for c in kids]
            assert min(xs) - 1e-6 <= pos[parent][0] <= max(xs) + 1e-6, "a parent is not over its children"


def test_tree_layout_folds_a_long_run_of_leaves_into_rows():
    T = nx.star_graph(40, create_using=nx.DiGraph)
    pos = tree_positions(T, 0)
    rows = {y for n, (x, y) in pos.items() if n != 0}
    assert len(rows) > 1
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    assert (max(xs) - min(xs)) / (max(ys) - min(ys)) < 6
    assert overlapping_pairs(pos) == []


def test_hierarchy_page_is_drawn_as_a_tree(seeds_build, seed_pages):
    G = to_graph(seeds_build)
    T = hierarchy(G, "Central Committee of the Chinese Communist Party")
    data = Page(seed_pages["central-committee"]).data()
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert data["root"] == T.graph["root"] and pos[T.graph["root"]][1] == min(y for _, y in pos.values())
    for parent, child in T.edges():
        assert pos[parent][1] < pos[child][1]


def test_package_ships_the_templates():
    folder = resources.files("orgnet.render").joinpath("templates")
    names = {e.name for e in folder.iterdir()}
    assert {
        "network.html.j2",
        "index.html.j2",
        "briefing.js.j2",
        "briefing.css.j2",
        "style.js.j2",
        "panel.js.j2",
    } <= names
    assert '"render/templates/*.j2"' in (ROOT / "pyproject.toml").read_text()
