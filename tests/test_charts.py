"""The plotly charts: structure, not pixels. Every figure has a title, a legend, axis titles
where it has axes, colours from the vocabulary and hover text that quotes the evidence.

Seed nodes are found by name only (MSS); every other organisation here is invented.
"""

from __future__ import annotations

import html
import subprocess
import sys
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest
import yaml

import orgnet
from orgnet.graph import centrality, example_tables, hierarchy, to_graph
from orgnet.render.charts import (
    centrality_bar,
    contrast,
    kind_colour,
    leaders_gantt,
    sunburst,
    text_colour,
    timeline,
    treemap,
)

SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture(scope="session")
def seeds_tables():
    return orgnet.build(SEEDS)


@pytest.fixture(scope="session")
def G(seeds_tables):
    return to_graph(seeds_tables)


def vocab(name: str) -> dict:
    return yaml.safe_load(resources.files("orgnet.vocab").joinpath(f"{name}.yaml").read_text("utf-8"))


KINDS = vocab("kinds")["kinds"]
RELATIONS = vocab("relations")["relations"]


def hover_has(hover: str, text: str) -> bool:
    """The first 40 characters of `text` appear in `hover` (escaped, line breaks aside)."""
    flat = hover.replace("<br>", " ")
    return html.escape(" ".join(text.split())[:40], quote=False) in flat


def assert_titled(fig):
    assert fig.layout.title.text, "no title"
    assert fig.layout.showlegend is not False
    assert fig.layout.legend.title.text, "no legend title"


# --------------------------------------------------------------------------- sunburst / treemap


@pytest.mark.parametrize("draw, trace_type", [(sunburst, "sunburst"), (treemap, "treemap")])
def test_hierarchy_chart_of_the_mss(G, draw, trace_type):
    T = hierarchy(G, "MSS")
    fig = draw(T)
    assert_titled(fig)
    main = fig.data[0]
    assert main.type == trace_type
    assert list(main.ids) == [str(n) for n in [T.graph["root"], *(v for _, v in nx.bfs_edges(T, T.graph["root"]))]]
    assert set(main.ids) == set(T)
    for node_id, parent, colour, hover in zip(main.ids, main.parents, main.marker.colors, main.hovertext):
        preds = list(T.predecessors(node_id))
        assert parent == (preds[0] if preds else "")
        kind = T.nodes[node_id]["kind"]
        assert colour == KINDS[kind]["colour"]
        assert html.escape(T.nodes[node_id]["label"], quote=False) in hover
        if preds:
            d = T.edges[preds[0], node_id]
            assert hover_has(hover, d["evidence"]), (node_id, hover)
            assert RELATIONS[d["relation"]]["label"] in hover
    legend = [t for t in fig.data[1:] if t.showlegend]
    kinds_in_tree = {T.nodes[n]["kind"] for n in T}
    assert {t.name for t in legend} == {KINDS[k]["label"] for k in kinds_in_tree}
    assert {t.marker.color for t in legend} == {KINDS[k]["colour"] for k in kinds_in_tree}


@pytest.mark.parametrize("draw", [sunburst, treemap])
@pytest.mark.parametrize("root", ["MSS", "ILD", "Central Committee of the Chinese Communist Party"])
def test_hierarchy_chart_labels_contrast_with_every_colour(G, draw, root):
    # the sunburst's centre label was dark on the black of a security service
    main = draw(hierarchy(G, root)).data[0]
    colours, texts = list(main.marker.colors), list(main.insidetextfont.color)
    assert len(texts) == len(colours) and list(main.textfont.color) == texts  # the centre label too
    for background, text in zip(colours, texts):
        assert contrast(background, text) >= 4.5, (background, text)
    for kind, spec in KINDS.items():  # every kind's colour, not only those in these trees
        assert contrast(spec["colour"], text_colour(spec["colour"])) >= 4.5, kind


def test_hierarchy_chart_escapes_document_text():
    T = nx.DiGraph(root="a")
    T.add_node("a", label="Office <A>", kind="state_body")
    T.add_node("b", label="Bureau & Co", kind="nonsense_kind")
    T.add_edge(
        "a",
        "b",
        relation="subordinate_to",
        evidence="<script>alert(1)</script> placed under",
        docs="x.txt",
        confidence=0.5,
    )
    fig = sunburst(T)
    hover = " ".join(fig.data[0].hovertext)
    assert "<script>" not in hover and "&lt;script&gt;alert(1)&lt;/script&gt;" in hover
    assert "Office &lt;A&gt;" in hover and "Bureau &amp; Co" in hover
    assert list(fig.data[0].marker.colors) == [KINDS["state_body"]["colour"], kind_colour(None)]


def test_hierarchy_chart_takes_missing_attributes_from_the_graph(G):
    T = hierarchy(G, "MSS")
    bare = nx.DiGraph(T.edges(data=True), root=T.graph["root"])
    fig = treemap(bare, G)
    assert list(fig.data[0].marker.colors)[0] == KINDS[G.nodes[T.graph["root"]]["kind"]]["colour"]


def test_hierarchy_chart_rejects_what_is_not_a_tree():
    D = nx.DiGraph([("a", "c"), ("b", "c")])
    with pytest.raises(ValueError, match="not a tree"):
        sunburst(D)
    with pytest.raises(TypeError):
        treemap(nx.MultiDiGraph([("a", "b")]))


# --------------------------------------------------------------------------- leaders


def test_leaders_gantt_on_the_seeds(G):
    fig = leaders_gantt(G, now=2030)
    assert_titled(fig)
    assert fig.layout.xaxis.title.text == "Year" and fig.layout.yaxis.title.text
    leads = [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == "leads"]
    dated = [x for x in leads if x[2]["start"] is not None]
    undated = [x for x in leads if x[2]["start"] is None]
    assert dated and undated
    bars = [
        (t.name, y, base, width, text, hover)
        for t in fig.data
        for y, base, width, text, hover in zip(t.y, t.base, t.x, t.text, t.hovertext)
    ]
    assert len(bars) == len(dated)
    assert {t.name for t in fig.data} == {G.nodes[v]["label"] for _, v, _ in dated}
    for u, v, d in dated:
        person = G.nodes[u]["label"]
        match = [b for b in bars if b[0] == G.nodes[v]["label"] and b[1].startswith(person) and b[2] == d["start"]]
        assert len(match) == 1, (person, d["start"])
        _, _, base, width, text, hover = match[0]
        end = d["end"] if d["end"] is not None else 2030
        assert width == (end - d["start"] if end > d["start"] else 0.4)
        assert text == ("present" if d["end"] is None else "")
        assert hover_has(hover, d["evidence"]) and (("present" in hover) == (d["end"] is None))
    listed = fig.layout.meta["undated"]
    assert sorted(x["person"] for x in listed) == sorted(G.nodes[u]["label"] for u, _, _ in undated)
    note = " ".join(a.text for a in fig.layout.annotations)
    drawn_people = {G.nodes[u]["label"] for u, _, _ in dated}
    for u, _, _ in undated:
        label = G.nodes[u]["label"]
        assert html.escape(label) in note
        if label not in drawn_people:  # no bar invented for an undated term
            assert not [b for b in bars if b[1] == label or b[1].startswith(label + " (")]


def test_leaders_gantt_from_tables_and_graph_agree():
    t = example_tables()
    a, b = leaders_gantt(t, now=2024), leaders_gantt(to_graph(t), now=2024)

    def bars(fig):
        return [(list(x.y), list(x.base), list(x.x)) for x in fig.data]

    assert bars(a) == bars(b)
    assert a.data[0].x[1] == 2024 - 2005  # an open term runs to `now`
    assert "Sam Okoro" in a.layout.annotations[0].text and "Not drawn" in a.layout.annotations[0].text


def test_leaders_gantt_without_any_leader():
    t = example_tables()
    t.edges = t.edges[t.edges["relation"] != "leads"].reset_index(drop=True)
    fig = leaders_gantt(t, now=2024)
    assert len(fig.data) == 0 and "no dated terms" in fig.layout.title.text
    assert fig.layout.meta["undated"] == []


# --------------------------------------------------------------------------- timeline


def test_timeline_on_the_seeds(seeds_tables, G):
    fig = timeline(seeds_tables)
    assert_titled(fig)
    assert fig.layout.xaxis.title.text == "Year" and fig.layout.yaxis.title.text
    points = [(t.name, x, y, h) for t in fig.data for x, y, h in zip(t.x, t.y, t.hovertext)]
    names = {t.name for t in fig.data}
    assert "founded" in names and len(names) >= 2
    claims = seeds_tables.claims
    dated = claims[
        claims["relation"].isin(["established_by", "subordinate_to", "absorbed_into"])
        & claims["start"].notna()
        & (claims["object"] != "")
    ]
    assert len(dated)
    verbs = {"established_by": "established by", "subordinate_to": "placed under", "absorbed_into": "absorbed into"}
    for c in dated.itertuples():
        target = G.nodes[c.object]["label"]
        hits = [
            p
            for p in points
            if p[0] == verbs[c.relation]
            and p[1] == c.start
            and html.escape(target) in p[3]
            and html.escape(G.nodes[c.subject]["label"]) in p[3]
        ]
        assert len(hits) == 1, (c.subject, c.relation, c.start)
        assert any(
            hover_has(h[3], ev)
            for h in hits
            for ev in dated[
                (dated.subject == c.subject)
                & (dated.relation == c.relation)
                & (dated.object == c.object)
                & (dated.start == c.start)
            ]["evidence"]
        )
    established = {(c.subject, int(c.start)) for c in dated.itertuples() if c.relation == "established_by"}
    founded = {(n, d["founded"]) for n, d in G.nodes(data=True) if d["founded"] is not None} - established
    fpoints = [p for p in points if p[0] == "founded"]
    assert len(fpoints) == len(founded)
    for n, year in founded:
        assert any(p[1] == year and html.escape(G.nodes[n]["label"]) in p[3] for p in fpoints), n
    colours = {t.name: t.marker.color for t in fig.data}
    for rel, verb in verbs.items():
        if verb in colours:
            assert colours[verb] == RELATIONS[rel]["colour"]


def test_timeline_renamings_come_from_claims_only():
    t = example_tables()
    from_tables = {tr.name: list(tr.x) for tr in timeline(t).data}
    from_graph = {tr.name: list(tr.x) for tr in timeline(to_graph(t)).data}
    assert from_tables["renamed"] == [1995] and "renamed" not in from_graph
    assert from_tables["founded"] == from_graph["founded"] == [1950, 1980, 1983]
    hover = [h for tr in timeline(t).data if tr.name == "renamed" for h in tr.hovertext][0]
    assert "formerly Institute of Widget Studies" in hover and "In 1995 the Institute" in hover


# --------------------------------------------------------------------------- centrality


@pytest.mark.parametrize("leave_out", [None, ()])
def test_centrality_bar_on_the_seeds(G, leave_out):
    fig = centrality_bar(G, top=10) if leave_out is None else centrality_bar(G, top=10, leave_out=leave_out)
    assert_titled(fig)
    assert fig.layout.xaxis.title.text == "PageRank" and fig.layout.yaxis.title.text == "Node"
    if leave_out is None:  # by default places are left out before ranking
        c = centrality(G.subgraph([n for n, d in G.nodes(data=True) if d["kind"] != "place"])).head(10)
        assert "place" not in set(c["kind"]) and "places left out" in fig.layout.title.text
    else:
        c = centrality(G).head(10)
    bars = {y: (t.name, t.marker.color, x, h) for t in fig.data for y, x, h in zip(t.y, t.x, t.hovertext)}
    assert len(bars) == 10
    assert len(fig.layout.yaxis.categoryarray) == 10
    for r, shown in zip(c.itertuples(), fig.layout.yaxis.categoryarray):
        name, colour, x, hover = bars[shown]
        assert x == r.pagerank and name == KINDS[r.kind]["label"] and colour == KINDS[r.kind]["colour"]
        assert html.escape(r.label) in hover
        description = G.nodes[r.id]["description"]
        if description:
            assert hover_has(hover, description)
    assert any(G.nodes[r.id]["description"] for r in c.itertuples())


def test_centrality_bar_rejects_a_bad_top(G):
    with pytest.raises(ValueError, match="0"):
        centrality_bar(G, top=0)


# --------------------------------------------------------------------------- import cost


def test_importing_orgnet_and_the_chart_module_does_not_load_plotly():
    code = (
        "import sys, orgnet, orgnet.graph, orgnet.export, orgnet.render, orgnet.render.charts; "
        "print('plotly' in sys.modules, 'pyvis' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_chart_functions_are_reachable_from_orgnet_render():
    import orgnet.render as render

    assert render.sunburst is sunburst and render.timeline is timeline
    with pytest.raises(AttributeError):
        render.no_such_chart  # noqa: B018
