"""`orgnet.to_pyvis`: the network as a styled pyvis Network (issue 11: pyvis stays the user's tool)."""

from __future__ import annotations

import re

import orgnet
from orgnet import vocabulary
from orgnet.graph import example_tables, to_graph
from orgnet.render.network_data import page_data


def _net(**kw):
    G = to_graph(example_tables())
    return G, orgnet.to_pyvis(G, **kw)


def test_every_node_and_link_is_drawn_where_orgnet_lays_it_out_with_physics_off():
    G, net = _net(focus="widget-research-institute")
    where = {n["id"]: (n["x"], n["y"]) for n in page_data(G, focus="widget-research-institute")["nodes"]}
    assert {n["id"]: (n["x"], n["y"]) for n in net.nodes} == where
    assert all(n["physics"] is False for n in net.nodes)
    assert net.options.physics.enabled is False
    assert len(net.edges) == G.number_of_edges()
    assert {n["id"]: n["borderWidth"] for n in net.nodes}["widget-research-institute"] == 4
    assert sum(n["borderWidth"] == 4 for n in net.nodes) == 1


def test_colours_shapes_and_dashes_follow_the_vocabulary_and_the_hedges():
    G, net = _net()
    kinds, relations = vocabulary.kinds(), vocabulary.relations()
    for n in net.nodes:
        spec = kinds[G.nodes[n["id"]]["kind"]]
        assert (n["color"], n["shape"]) == (spec["colour"], spec["shape"])
    by_pair = {(e["from"], e["to"], e["color"]): e for e in net.edges}
    front = by_pair[("widget-research-institute", "bureau-of-sprockets", relations["front_for"]["colour"])]
    assert front["dashes"] is True  # reported: hedged, so dashed
    assert "(reported)" in front["title"] and "public face" in front["title"]
    leads = by_pair[("anna-karlsson", "widget-research-institute", relations["leads"]["colour"])]
    assert leads["dashes"] is False and leads["arrows"] == "to"


def test_the_page_pyvis_writes_works_offline(tmp_path):
    _, net = _net()
    out = tmp_path / "net.html"
    net.write_html(str(out))
    html = out.read_text(encoding="utf-8")
    assert "new vis.Network" in html
    assert not re.search(r"<script[^>]+src=[\"']https?://", html)  # the library is in the page
    assert "Widget Research Institute" in html
    legend = html[html.index('class="orgnet-legend"') : html.index('id="mynetwork"')]
    assert "front for" in legend and "think tank" in legend and "hedged" in legend
