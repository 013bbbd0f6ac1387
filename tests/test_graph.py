"""The graph layer: to_graph, find_node and the views (hierarchy, fronts, ego, as_of,
filter_graph, centrality), on the seeds' build and on small invented tables.

Seed nodes are only ever found by name through find_node (labels or aliases the issue
names: MSS, ILD, the Central Committee, the 11th and 12th Bureaus); no other seed fact is
written here. Every other organisation in this file is invented.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import yaml
from claim_helpers import TWO_TERMS  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet
from orgnet.errors import InputError, OrgnetError, UnknownNodeError
from orgnet.graph import (
    CENTRALITY_COLUMNS,
    FRONT_COLUMNS,
    HIERARCHY_RELATIONS,
    PATH_COLUMNS,
    Interval,
    Paths,
    as_of,
    centrality,
    communities,
    ego,
    example_tables,
    filter_graph,
    find_node,
    fronts,
    fronts_graph,
    hierarchy,
    hierarchy_graph,
    node_measure,
    paths,
    select_view,
    to_graph,
)
from orgnet.tables import SCHEMA, TABLE_NAMES, Tables

SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture(scope="session")
def seeds_tables() -> Tables:
    return orgnet.build(SEEDS)


@pytest.fixture(scope="session")
def G(seeds_tables) -> nx.MultiDiGraph:
    return to_graph(seeds_tables)


@pytest.fixture
def W() -> nx.MultiDiGraph:
    return to_graph(example_tables())


def make_tables(nodes: list[dict], edges: list[dict]) -> Tables:
    """Tables with the schema's columns from a few hand-written rows (other columns empty)."""

    def frame(name, rows):
        df = pd.DataFrame(rows, columns=list(SCHEMA[name]))
        for col, dtype in SCHEMA[name].items():
            if dtype == "Int64":
                df[col] = pd.array([None if pd.isna(v) else int(v) for v in df[col]], dtype="Int64")
            elif dtype == "float64":
                df[col] = pd.to_numeric(df[col]).astype("float64")
            else:
                df[col] = df[col].astype("string").fillna("")
        return df

    edges = [
        {"confidence": 0.5, "docs": "a.txt", "evidence": f"{e['source']} {e['relation']} {e['target']}", **e}
        for e in edges
    ]
    return Tables(**{name: frame(name, {"nodes": nodes, "edges": edges}.get(name, [])) for name in TABLE_NAMES})


def node(id_, label=None, kind="state_body", aliases="", founded=None):
    return {
        "id": id_,
        "label": label or id_.replace("-", " ").title(),
        "kind": kind,
        "aliases": aliases,
        "founded": founded,
        "docs": "a.txt",
    }


def missing(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v))


# --------------------------------------------------------------------------- to_graph


def test_to_graph_keeps_every_row_and_column(seeds_tables, G):
    nodes, edges = seeds_tables.nodes, seeds_tables.edges
    assert set(G.nodes) == set(nodes["id"]) and G.number_of_nodes() == len(nodes)
    assert G.number_of_edges() == len(edges)
    for row in nodes.to_dict("records"):
        attrs = G.nodes[row["id"]]
        assert set(attrs) == set(nodes.columns)
        for col, value in row.items():
            if missing(value):
                assert attrs[col] is None, (row["id"], col)
            else:
                assert attrs[col] == value, (row["id"], col)
    for row in edges.to_dict("records"):
        data = G.edges[row["source"], row["target"], row["relation"]]  # key = relation
        assert set(data) == set(edges.columns)
        for col, value in row.items():
            if col == "intervals":  # a list of Interval, written back as the cell
                assert ";".join(map(str, data[col])) == value, (row["source"], col)
                continue
            assert (data[col] is None) if missing(value) else data[col] == value, (row["source"], col)


def test_to_graph_values_are_plain_python(G):
    allowed = (str, int, float, type(None))
    for _, d in G.nodes(data=True):
        assert all(type(v) in allowed for v in d.values()), d
    for *_, d in G.edges(keys=True, data=True):
        assert all(type(v) in allowed for k, v in d.items() if k != "intervals"), d
        assert all(type(iv) is Interval and all(type(y) in (int, type(None)) for y in iv) for iv in d["intervals"])
        assert isinstance(d["start"], (int, type(None))) and isinstance(d["confidence"], float)


def test_to_graph_adds_an_endpoint_without_a_node_row():
    t = make_tables(
        [node("ministry-of-widgets")],
        [
            {
                "source": "bureau-x",
                "target": "ministry-of-widgets",
                "relation": "subordinate_to",
                "source_label": "Bureau X",
            }
        ],
    )
    G = to_graph(t)
    assert G.nodes["bureau-x"]["label"] == "Bureau X" and G.nodes["bureau-x"]["kind"] is None
    assert find_node(G, "bureau x") == "bureau-x"


def test_to_graph_names_a_missing_column():
    t = example_tables()
    t.edges = t.edges.drop(columns=["relation"])
    with pytest.raises(InputError, match="'relation'"):
        to_graph(t)


# --------------------------------------------------------------------------- find_node


def test_find_node_by_id_label_alias_and_spelling(G):
    mss = find_node(G, "MSS")
    assert mss in G
    label = G.nodes[mss]["label"]
    assert find_node(G, label) == mss
    assert find_node(G, "the mss") == find_node(G, "  Mss ") == find_node(G, label.upper()) == mss
    assert find_node(G, mss) == mss
    for alias in [a for a in G.nodes[mss]["aliases"].split(";") if a]:
        assert find_node(G, alias) == mss, alias


def test_every_label_and_alias_finds_its_node(G):
    """Unless one alias names two nodes: then find_node says so."""
    for n, d in G.nodes(data=True):
        assert find_node(G, d["label"]) == n
        for alias in [a for a in (d.get("aliases") or "").split(";") if a]:
            try:
                found = find_node(G, alias)
            except UnknownNodeError as exc:
                assert "names 2 nodes" in str(exc) or "nodes:" in str(exc)
                assert n in str(exc)
            else:
                assert found == n or G.nodes[found]["label"].casefold() == alias.casefold().removeprefix("the ")


def test_find_node_error_suggests_close_names(G):
    mss_label = G.nodes[find_node(G, "MSS")]["label"]
    typo = mss_label[:-2] + mss_label[-1]  # one letter dropped
    with pytest.raises(UnknownNodeError) as info:
        find_node(G, typo)
    message = str(info.value)
    assert repr(typo) in message and "closest:" in message
    suggestions = message.split("closest:")[1]
    assert repr(mss_label) in suggestions
    assert suggestions.count("'") == 6  # three suggestions
    assert isinstance(info.value, OrgnetError) and isinstance(info.value, LookupError)


def test_find_node_suggests_names_that_contain_the_query(G):
    with pytest.raises(UnknownNodeError) as info:
        find_node(G, "12th Bureau")
    first = str(info.value).split("closest:")[1].split("',")[0]
    assert "12th Bureau" in first


def test_find_node_prefers_a_label_and_reports_an_ambiguous_alias():
    t = make_tables(
        [
            node("bureau-of-tests", aliases="BOT;Testing Office"),
            node("board-of-trade", aliases="BOT"),
            node("testing-office"),
        ],
        [],
    )
    G = to_graph(t)
    assert find_node(G, "Testing Office") == "testing-office"  # a label wins over another node's alias
    with pytest.raises(UnknownNodeError, match=r"'BOT' names 2 nodes: .*board-of-trade.*bureau-of-tests"):
        find_node(G, "BOT")


def test_find_node_on_the_example(W):
    assert find_node(W, "WRI") == find_node(W, "Institute of Widget Studies") == "widget-research-institute"
    with pytest.raises(UnknownNodeError, match="closest: 'Widget Research Institute'"):
        find_node(W, "Widget Research Institut")


# --------------------------------------------------------------------------- hierarchy


def test_hierarchy_relations_come_from_the_vocabulary():
    text = resources.files("orgnet.vocab").joinpath("relations.yaml").read_text("utf-8")
    flagged = tuple(r for r, spec in yaml.safe_load(text)["relations"].items() if spec.get("hierarchy"))
    assert HIERARCHY_RELATIONS == flagged
    assert set(HIERARCHY_RELATIONS) == {"subordinate_to", "front_for", "established_by", "operated_by", "controlled_by"}


def assert_is_hierarchy_of(T: nx.DiGraph, G: nx.MultiDiGraph, root: str):
    assert nx.is_arborescence(T)
    assert T.graph["root"] == root and T.in_degree(root) == 0
    assert T.nodes[root]["depth"] == 0
    for parent, child, d in T.edges(data=True):
        assert T.nodes[child]["depth"] == T.nodes[parent]["depth"] + 1
        u, v, key = d["via"]
        assert (u, v) == (child, parent)
        original = G.edges[u, v, key]
        assert d["relation"] == original["relation"] in HIERARCHY_RELATIONS
        assert d["evidence"] == original["evidence"] and d["confidence"] == original["confidence"]
        assert T.nodes[child]["label"] == G.nodes[child]["label"]
    # breadth first: nobody could have been reached in fewer steps
    reach = nx.DiGraph((v, u) for u, v, k in G.edges(keys=True) if k in HIERARCHY_RELATIONS)
    reach.add_node(root)
    dist = nx.single_source_shortest_path_length(reach, root)
    assert set(T) == set(dist)
    assert all(T.nodes[n]["depth"] == dist[n] for n in T)


def labels_containing(T: nx.DiGraph, text: str) -> list[str]:
    return [n for n, d in T.nodes(data=True) if text in (d.get("label") or "")]


def test_hierarchy_under_mss_holds_the_bureaus_and_their_fronts(G):
    mss = find_node(G, "MSS")
    T = hierarchy(G, "MSS")
    assert_is_hierarchy_of(T, G, mss)
    f = fronts(G)
    for bureau in ("11th Bureau", "12th Bureau"):
        found = labels_containing(T, bureau)
        assert len(found) == 1, (bureau, found)
        label = T.nodes[found[0]]["label"]
        its_fronts = f[f["fronts_for"].str.split(";").map(lambda xs, lab=label: lab in xs)]["front"]
        assert len(its_fronts) >= 1, f"no front of the {bureau}"
        for front in its_fronts:
            assert front in T, f"{G.nodes[front]['label']} (front of the {bureau}) not under {mss}"


def test_hierarchy_under_ild_has_three_subsidiaries(G):
    ild = find_node(G, "ILD")
    T = hierarchy(G, "ILD")
    assert_is_hierarchy_of(T, G, ild)
    children = [c for c in T.successors(ild) if T.nodes[c]["kind"] in ("association", "think_tank")]
    assert len(children) >= 3, [T.nodes[c]["label"] for c in T.successors(ild)]


def test_hierarchy_under_the_central_committee_is_a_sensible_tree(G):
    cc = find_node(G, "Central Committee of the Chinese Communist Party")
    ild = find_node(G, "ILD")
    T = hierarchy(G, cc)
    assert_is_hierarchy_of(T, G, cc)
    assert ild in T and T.nodes[ild]["depth"] >= 1
    assert set(hierarchy(G, ild)) <= set(T)  # everything under the ILD is under the Committee
    assert not [n for n, d in T.nodes(data=True) if d["kind"] in ("person", "place")]
    assert T.number_of_nodes() == T.number_of_edges() + 1


def test_hierarchy_root_by_any_name(G):
    mss = find_node(G, "MSS")
    assert nx.utils.graphs_equal(hierarchy(G, "MSS"), hierarchy(G, "the mss"))
    assert hierarchy(G, G.nodes[mss]["label"]).graph["root"] == mss


def test_hierarchy_breaks_ties_by_relation_order_then_id():
    t = make_tables(
        [node("r"), node("a"), node("b"), node("c"), node("d")],
        [
            {"source": "a", "target": "r", "relation": "subordinate_to"},
            {"source": "b", "target": "r", "relation": "subordinate_to"},
            {"source": "c", "target": "b", "relation": "front_for"},  # c: two parents at depth 1
            {"source": "c", "target": "a", "relation": "operated_by"},
            {"source": "d", "target": "b", "relation": "subordinate_to"},  # d: same relation, two parents
            {"source": "d", "target": "a", "relation": "subordinate_to"},
            {"source": "r", "target": "d", "relation": "subordinate_to"},
        ],
    )  # a cycle back to the root
    G = to_graph(t)
    T = hierarchy(G, "r")
    assert nx.is_arborescence(T) and T.graph["root"] == "r"
    assert list(T.predecessors("c")) == ["b"] and T.edges["b", "c"]["relation"] == "front_for"
    assert list(T.predecessors("d")) == ["a"]  # ids: a before b
    T2 = hierarchy(G, "r", relations=("operated_by", "front_for", "subordinate_to"))
    assert list(T2.predecessors("c")) == ["a"] and T2.edges["a", "c"]["relation"] == "operated_by"
    assert list(hierarchy(G, "r", relations=["subordinate_to"]).edges) == [("r", "a"), ("r", "b"), ("a", "d")]


def test_hierarchy_rejects_an_unknown_root_or_relation(W):
    with pytest.raises(UnknownNodeError, match="Ministry of Widgts"):
        hierarchy(W, "Ministry of Widgts")
    with pytest.raises(ValueError, match="'reports_to'"):
        hierarchy(W, "MOW", relations=("subordinate_to", "reports_to"))


def test_hierarchy_of_a_leaf_is_the_leaf(W):
    T = hierarchy(W, "Li Wei")
    assert list(T) == ["li-wei"] and T.number_of_edges() == 0


# --------------------------------------------------------------------------- fronts


def test_fronts_on_the_seeds_agree_with_the_edges(G):
    f = fronts(G)
    assert tuple(f.columns) == FRONT_COLUMNS
    expected = {u for u, _, k in G.edges(keys=True) if k == "front_for"}
    assert set(f["front"]) == expected and len(f) == len(expected)

    def labels(n, *rels):
        return {G.nodes[v]["label"] for _, v, k in G.out_edges(n, keys=True) if k in rels}

    for row in f.itertuples():
        assert row.front_label == G.nodes[row.front]["label"]
        assert set(row.fronts_for.split(";")) == labels(row.front, "front_for")
        assert set(filter(None, row.run_by.split(";"))) == labels(row.front, "operated_by", "controlled_by")
        assert set(filter(None, row.funded_by.split(";"))) == labels(row.front, "funded_by")
        assert set(filter(None, row.targets.split(";"))) == labels(row.front, "targets")
        ff = [d for _, _, k, d in G.out_edges(row.front, keys=True, data=True) if k == "front_for"]
        assert set(row.evidence.split(" | ")) == {d["evidence"] for d in ff}
        assert row.confidence == max(d["confidence"] for d in ff)
        assert set(row.docs.split(";")) == {x for d in ff for x in d["docs"].split(";")}
    assert list(f["confidence"]) == sorted(f["confidence"], reverse=True)


def test_fronts_on_the_example(W):
    f = fronts(W)
    assert list(f["front"]) == ["widget-research-institute"]
    row = f.iloc[0]
    assert row["established_by"] == "" and row["docs"] == "widgets.txt;gadgets.txt"
    assert row["confidence"] == 0.8 and row["hedge"] == "reported" and row["kind"] == "think_tank"


def test_fronts_lists_several_fronted_bodies_most_confident_first():
    t = make_tables(
        [node("f", "Front F", kind="association"), node("x", "Body X"), node("y", "Body Y"), node("z", "Founder Z")],
        [
            {"source": "f", "target": "x", "relation": "front_for", "confidence": 0.3, "evidence": "weak"},
            {"source": "f", "target": "y", "relation": "front_for", "confidence": 0.9, "evidence": "strong"},
            {"source": "f", "target": "z", "relation": "established_by"},
            {"source": "f", "target": "y", "relation": "controlled_by"},
            {"source": "f", "target": "x", "relation": "operated_by", "confidence": 0.8},
        ],
    )
    row = fronts(to_graph(t)).iloc[0]
    assert row["fronts_for"] == "Body Y;Body X" and row["evidence"] == "strong | weak"
    assert row["run_by"] == "Body X;Body Y" and row["established_by"] == "Founder Z"
    assert row["confidence"] == 0.9


def test_fronts_of_a_graph_without_fronts_is_empty_with_the_columns(W):
    f = fronts(filter_graph(W, relations="leads"))
    assert len(f) == 0 and tuple(f.columns) == FRONT_COLUMNS


def test_fronts_graph_matches_the_bodies_behind_a_front_by_id_not_by_label():
    # two bodies called "Bureau": the front is run by one and only partners the other
    t = make_tables(
        [
            node("front", label="Friendship Society"),
            node("bureau-1", label="Bureau"),
            node("bureau-2", label="Bureau"),
            node("ministry"),
            node("elsewhere"),
        ],
        [
            {"source": "front", "target": "bureau-1", "relation": "front_for"},
            {"source": "front", "target": "bureau-1", "relation": "affiliated_with"},
            {"source": "front", "target": "bureau-2", "relation": "partner_of"},
            {"source": "bureau-1", "target": "ministry", "relation": "subordinate_to"},
            {"source": "front", "target": "ministry", "relation": "funded_by"},
            {"source": "elsewhere", "target": "ministry", "relation": "subordinate_to"},
        ],
    )
    G = to_graph(t)
    V = fronts_graph(G)
    assert sorted(V) == ["bureau-1", "front", "ministry"]
    assert sorted(V.edges(keys=True)) == [
        ("bureau-1", "ministry", "subordinate_to"),
        ("front", "bureau-1", "affiliated_with"),
        ("front", "bureau-1", "front_for"),
        ("front", "ministry", "funded_by"),
    ]
    assert V.nodes["bureau-1"] == G.nodes["bureau-1"]
    assert fronts_graph(filter_graph(G, relations="partner_of")).number_of_nodes() == 0


def test_hierarchy_graph_holds_the_tree_bodies_and_every_link_among_them():
    t = make_tables(
        [node("ministry"), node("bureau"), node("office"), node("outsider")],
        [
            {"source": "bureau", "target": "ministry", "relation": "subordinate_to"},
            {"source": "office", "target": "bureau", "relation": "subordinate_to"},
            {"source": "office", "target": "ministry", "relation": "funded_by"},  # not a tree link
            {"source": "outsider", "target": "office", "relation": "partner_of"},
        ],
    )
    G = to_graph(t)
    G.graph["year"] = 1999
    V = hierarchy_graph(G, "Ministry")
    assert sorted(V) == ["bureau", "ministry", "office"]
    assert ("office", "ministry", "funded_by") in V.edges(keys=True) and V.number_of_edges() == 3
    assert V.graph == {"year": 1999, "root": "ministry"}
    V.nodes["office"]["label"] = "changed"
    assert G.nodes["office"]["label"] == "Office"  # a copy


def test_the_fronts_briefing_draws_fronts_graph(W):
    from orgnet.render.briefing import briefing_graph

    B, info = briefing_graph(example_tables(), view="fronts")
    V = fronts_graph(W)
    assert list(B.nodes) == list(V.nodes) and list(B.edges(keys=True)) == list(V.edges(keys=True))
    assert list(info["fronts"]["front"]) == list(fronts(W)["front"])


# --------------------------------------------------------------------------- ego


def test_ego_is_the_neighbourhood_both_ways(G):
    mss = find_node(G, "MSS")
    E = ego(G, "MSS")
    assert set(E) == {mss} | set(G.predecessors(mss)) | set(G.successors(mss))
    inside = [(u, v, k) for u, v, k in G.edges(keys=True) if u in E and v in E]
    assert sorted(E.edges(keys=True)) == sorted(inside)
    assert E.graph["center"] == mss and E.graph["depth"] == 1
    E2 = ego(G, "MSS", depth=2)
    assert set(E) < set(E2)
    assert set(E2) == set(nx.single_source_shortest_path_length(G.to_undirected(), mss, cutoff=2))
    assert list(ego(G, "MSS", depth=0)) == [mss]
    for n in E:
        assert E.nodes[n] == G.nodes[n]


def test_ego_rejects_a_negative_depth(W):
    with pytest.raises(ValueError, match="-1"):
        ego(W, "MOW", depth=-1)


# --------------------------------------------------------------------------- as_of


def in_force(d: dict, year: int) -> bool:
    """Undated, or one of the edge's intervals holds `year`."""
    return not d["intervals"] or any((s is None or s <= year) and (e is None or e >= year) for s, e in d["intervals"])


def test_as_of_follows_the_dates_on_the_seeds(G):
    years = sorted(
        {d[k] for *_, d in G.edges(data=True) for k in ("start", "end") if d[k] is not None}
        | {d["founded"] for _, d in G.nodes(data=True) if d["founded"] is not None}
    )
    assert len(years) >= 5
    for year in (years[0] - 1, years[len(years) // 2], years[-1] + 1):
        A = as_of(G, year)
        assert A.graph["year"] == year
        for u, v, k, d in A.edges(keys=True, data=True):
            assert in_force(d, year), (u, v, k, year)
            assert d["undated"] is (not d["intervals"])
            assert d["undated"] is (d["start"] is None and d["end"] is None)  # (a build's edges)
        for u, v, k, d in G.edges(keys=True, data=True):
            if u in A and v in A and in_force(d, year):
                assert A.has_edge(u, v, k), (u, v, k, year)
        for n, d in A.nodes(data=True):
            assert d["founded"] is None or d["founded"] <= year
            assert d["founded"] is not None or A.degree(n) > 0 or G.degree(n) == 0


def test_as_of_a_term_of_office(G):
    terms = [
        (u, v, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if k == "leads" and d["start"] is not None and d["end"] is not None
    ]
    assert terms
    for u, v, d in terms:
        assert as_of(G, d["start"]).has_edge(u, v, "leads")
        assert as_of(G, d["end"]).has_edge(u, v, "leads")
        assert not as_of(G, d["end"] + 1).has_edge(u, v, "leads")
        assert not as_of(G, d["start"] - 1).has_edge(u, v, "leads")


def test_as_of_on_the_example(W):
    assert "gadget-friendship-society" not in as_of(W, 2000) and "gadget-friendship-society" in as_of(W, 2001)
    assert "li-wei" not in as_of(W, 2004) and as_of(W, 2030).has_edge("li-wei", "widget-research-institute")
    assert "anna-karlsson" not in as_of(W, 2006)
    A = as_of(W, 1970)  # before the institute and the bureau were founded
    assert sorted(A) == ["ministry-of-widgets"]  # the parliament has no founding year and no tie yet
    assert A.number_of_edges() == 0
    assert W.number_of_edges() == 9 and "undated" not in next(iter(W.edges(data=True)))[2]  # input untouched


def test_as_of_drops_a_body_after_it_was_absorbed():
    t = make_tables(
        [node("old-office", founded=1950), node("new-department", founded=1940), node("p", kind="person")],
        [
            {"source": "old-office", "target": "new-department", "relation": "absorbed_into", "start": 2018},
            {"source": "p", "target": "old-office", "relation": "leads", "start": 2000},
        ],
    )
    G = to_graph(t)
    assert as_of(G, 2018).has_edge("old-office", "new-department", "absorbed_into")
    assert set(as_of(G, 2019)) == {"new-department"}


def test_as_of_1975_on_the_seeds_has_no_mss(G):
    # the seeds date the MSS ("the newly created Ministry of State Security", in a sentence of 1983)
    assert G.nodes["ministry-of-state-security"]["founded"] == 1983
    A = as_of(G, 1975)
    assert "ministry-of-state-security" not in A
    assert not [e for e in A.edges if "ministry-of-state-security" in e[:2]]
    assert "ministry-of-state-security" in as_of(G, 1983)


def test_no_affiliation_of_the_seeds_is_dated_by_a_year_that_dates_another_clause(G):
    # "In 1999, it was again placed under the CCP Central Committee, maintaining ... ties to the MSS"
    for u, v, k, d in G.edges(keys=True, data=True):
        if k == "affiliated_with" and v == "ministry-of-state-security":
            assert d["intervals"] == [] and d["start"] is None, (u, d)


def test_a_link_with_two_terms_keeps_both(tmp_path):
    (tmp_path / "harbour.txt").write_text(TWO_TERMS, encoding="utf-8")
    t = orgnet.build(tmp_path)
    rows = t.edges[(t.edges["source"] == "ilsa-marrow") & (t.edges["relation"] == "leads")]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["intervals"] == "1990-1995;2001-2004" and (row["start"], row["end"]) == (1990, 2004)
    G = to_graph(t)
    assert G.edges["ilsa-marrow", "harbour-bureau", "leads"]["intervals"] == [(1990, 1995), (2001, 2004)]
    for year in (1990, 1993, 2001, 2004):
        A = as_of(G, year)
        assert (
            A.has_edge("ilsa-marrow", "harbour-bureau", "leads")
            and not A.edges["ilsa-marrow", "harbour-bureau", "leads"]["undated"]
        ), year
    for year in (1989, 1996, 2000, 2005):
        assert "ilsa-marrow" not in as_of(G, year), year  # the gap between the terms, and before and after
    assert as_of(G, 1998).has_edge("orin-calder", "harbour-bureau", "leads")


def test_an_undated_link_is_not_shown_before_its_body_was_founded():
    t = make_tables(
        [node("agency", founded=1983), node("institute", founded=1980), node("council")],
        [
            {"source": "institute", "target": "agency", "relation": "affiliated_with"},
            {"source": "institute", "target": "council", "relation": "affiliated_with"},
        ],
    )
    G = to_graph(t)
    A = as_of(G, 1981)
    assert "agency" not in A and not A.has_edge("institute", "agency")
    assert A.edges["institute", "council", "affiliated_with"]["undated"] is True  # nothing bounds the council
    assert as_of(G, 1983).edges["institute", "agency", "affiliated_with"]["undated"] is True


def test_a_build_without_the_intervals_column_falls_back_to_start_and_end():
    t = make_tables(
        [node("a"), node("b")], [{"source": "a", "target": "b", "relation": "part_of", "start": 1990, "end": 1995}]
    )
    t.edges["intervals"] = ""
    G = to_graph(t)
    assert G.edges["a", "b", "part_of"]["intervals"] == [(1990, 1995)]
    assert as_of(G, 1996).number_of_edges() == 0


def test_a_bad_interval_is_an_error_naming_it():
    t = make_tables(
        [node("a"), node("b")], [{"source": "a", "target": "b", "relation": "part_of", "intervals": "1990-1995;soon"}]
    )
    with pytest.raises(InputError, match="'soon'"):
        to_graph(t)


def test_as_of_rejects_a_year_that_is_not_a_number(W):
    with pytest.raises(ValueError, match="'last year'"):
        as_of(W, "last year")


# --------------------------------------------------------------------------- filter_graph


def test_filter_by_kind_relation_document_confidence(G, seeds_tables):
    P = filter_graph(G, kinds="person")
    assert set(P) == {n for n, d in G.nodes(data=True) if d["kind"] == "person"}
    F = filter_graph(G, relations=["front_for"])
    assert F.number_of_edges() == sum(1 for *_, k in G.edges(keys=True) if k == "front_for") > 0
    assert all(F.degree(n) > 0 for n in F)
    doc = seeds_tables.documents["doc"].iloc[0]
    D = filter_graph(G, docs=[doc])
    assert D.number_of_edges() == sum(doc in d["docs"].split(";") for *_, d in G.edges(data=True)) > 0
    assert nx.utils.graphs_equal(D, filter_graph(G, docs=doc.rsplit(".", 1)[0]))  # the stem works too
    C = filter_graph(G, min_confidence=0.8)
    assert C.number_of_edges() == sum(d["confidence"] >= 0.8 for *_, d in G.edges(data=True)) > 0
    assert all(d["confidence"] >= 0.8 for *_, d in C.edges(data=True))
    both = filter_graph(
        G, kinds=["security_service", "think_tank", "association"], relations=HIERARCHY_RELATIONS, min_confidence=0.7
    )
    for u, v, k, d in both.edges(keys=True, data=True):
        assert k in HIERARCHY_RELATIONS and d["confidence"] >= 0.7
        assert {G.nodes[u]["kind"], G.nodes[v]["kind"]} <= {"security_service", "think_tank", "association"}


def test_filter_with_no_filter_is_a_copy(W):
    F = filter_graph(W)
    assert nx.utils.graphs_equal(F, W) and F is not W


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        ({"kinds": ["ministry"]}, "'ministry'"),
        ({"relations": "runs"}, "'runs'"),
        ({"docs": ["nosuch.txt"]}, "'nosuch.txt'"),
        ({"min_confidence": 1.5}, "1.5"),
        ({"kinds": []}, "kinds"),
        ({"relations": []}, "relations"),
    ],
)
def test_filter_names_a_bad_value(W, kwargs, fragment):
    with pytest.raises(ValueError) as info:
        filter_graph(W, **kwargs)
    assert fragment in str(info.value)


# --------------------------------------------------------------------------- centrality


def reference_pagerank(G: nx.MultiDiGraph, alpha=0.85, iterations=500) -> dict:
    """Textbook PageRank: parallel edges add weight, dangling nodes spread evenly."""
    nodes = list(G)
    n = len(nodes)
    w = {u: {} for u in nodes}
    for u, v in G.edges():
        w[u][v] = w[u].get(v, 0) + 1
    x = {u: 1 / n for u in nodes}
    for _ in range(iterations):
        dangling = sum(x[u] for u in nodes if not w[u])
        nxt = {u: (1 - alpha) / n + alpha * dangling / n for u in nodes}
        for u in nodes:
            total = sum(w[u].values())
            for v, c in w[u].items():
                nxt[v] += alpha * x[u] * c / total
        x = nxt
    return x


def test_centrality_on_the_seeds(G):
    c = centrality(G)
    assert tuple(c.columns) == CENTRALITY_COLUMNS and len(c) == G.number_of_nodes()
    assert list(c["pagerank"]) == sorted(c["pagerank"], reverse=True)
    assert abs(c["pagerank"].sum() - 1) < 1e-6
    ref = reference_pagerank(G)
    between = nx.betweenness_centrality(nx.Graph(nx.DiGraph(G)))
    for r in c.itertuples():
        assert abs(r.pagerank - ref[r.id]) < 1e-8, r.id
        assert abs(r.betweenness - between[r.id]) < 1e-9, r.id
        assert (r.degree, r.in_degree, r.out_degree) == (G.degree(r.id), G.in_degree(r.id), G.out_degree(r.id))
        assert r.label == G.nodes[r.id]["label"] and r.kind == G.nodes[r.id]["kind"]
    pd.testing.assert_frame_equal(c, centrality(G))


def test_centrality_ranks_the_hub_of_a_star_first():
    t = make_tables(
        [node("hub")] + [node(f"s{i}") for i in range(4)],
        [{"source": f"s{i}", "target": "hub", "relation": "subordinate_to"} for i in range(4)],
    )
    c = centrality(to_graph(t))
    assert c.iloc[0]["id"] == "hub" and c.iloc[0]["betweenness"] == 1.0
    assert list(c["id"][1:]) == ["s0", "s1", "s2", "s3"]  # equal scores: by id


def test_centrality_of_an_empty_graph():
    c = centrality(nx.MultiDiGraph())
    assert len(c) == 0 and tuple(c.columns) == CENTRALITY_COLUMNS


# --------------------------------------------------------------------------- purity


def test_views_leave_the_graph_unchanged(G):
    before = G.copy()
    hierarchy(G, "MSS"), fronts(G), ego(G, "ILD", 2), as_of(G, 2000), centrality(G)
    filter_graph(G, kinds="person", relations="leads")
    assert nx.utils.graphs_equal(G, before)
    assert all(G.nodes[n] == before.nodes[n] for n in G)
    assert all(d == before.edges[u, v, k] for u, v, k, d in G.edges(keys=True, data=True))


def test_example_tables_follow_the_schema():
    t = example_tables()
    for name, df in t:
        assert list(df.columns)[: len(SCHEMA[name])] == list(SCHEMA[name]), name
        for col, dtype in SCHEMA[name].items():
            assert str(df[col].dtype) == ("string" if dtype == "string" else dtype), (name, col)
    claim_ids = set(t.claims["claim_id"])
    assert all(set(ids.split(";")) <= claim_ids for ids in t.edges["claim_ids"])
    assert set(t.edges["source"]) | set(t.edges["target"]) <= set(t.nodes["id"])


# --------------------------------------------------------------------------- one select_view


def test_one_select_view_for_the_explorer_and_the_briefings(monkeypatch):
    import orgnet.explorer
    import orgnet.graph
    from orgnet.render.briefing import briefing_graph

    assert orgnet.explorer.select_view is orgnet.graph.select_view
    assert orgnet.explorer.Selection is orgnet.graph.Selection
    real, calls = orgnet.graph.select_view, []

    def spy(G, **kw):
        calls.append(kw)
        return real(G, **kw)

    monkeypatch.setattr(orgnet.graph, "select_view", spy)
    B, _ = briefing_graph(example_tables(), view="ego", focus="WRI", depth=1, kinds=["person", "think_tank"])
    assert [c["focus"] for c in calls] == ["widget-research-institute"]
    S = real(to_graph(example_tables()), kinds=["person", "think_tank"], focus="WRI", depth=1).graph
    assert sorted(B) == sorted(S) == ["anna-karlsson", "li-wei", "sam-okoro", "widget-research-institute"]
    assert sorted(B.edges(keys=True)) == sorted(S.edges(keys=True))


# --------------------------------------------------------------------------- paths, communities, measures
# Invented graphs only.


def chain_tables(edges: list[tuple], confidence: dict | None = None) -> Tables:
    """Tables of invented bodies a, b, c ... from (source, relation, target) triples."""
    ids = sorted({x for s, _, t in edges for x in (s, t)})
    return make_tables(
        [node(i, label=f"Body {i.upper()}", aliases=f"B{i.upper()}") for i in ids],
        [
            {
                "source": s,
                "target": t,
                "relation": r,
                "claim_ids": f"a-{n:04d}",
                "confidence": (confidence or {}).get((s, t), 0.5),
            }
            for n, (s, r, t) in enumerate(edges, start=1)
        ],
    )


def test_a_path_may_go_against_an_arrow_and_says_so():
    # a -> b <- c: b is subordinate to nothing; c points at b
    t = chain_tables([("a", "subordinate_to", "b"), ("c", "funded_by", "b")])
    p = paths(to_graph(t), "Body A", "BC")  # a label and an alias
    assert isinstance(p, Paths) and p.source == "a" and p.target == "c"
    assert list(p) == [("a", "b", "c")] and p.lengths == (2,) and len(p) == 1
    rows = p.steps.to_dict("records")
    assert [r["direction"] for r in rows] == ["forward", "backward"]
    assert [(r["from"], r["to"], r["source"], r["target"]) for r in rows] == [
        ("a", "b", "a", "b"),
        ("b", "c", "c", "b"),
    ]
    assert rows[1]["reads"] == "Body C funded by Body B"
    assert rows[1]["evidence"] == "c funded_by b" and rows[1]["docs"] == "a.txt" and rows[1]["claim_ids"] == "a-0002"
    assert tuple(p.steps.columns) == PATH_COLUMNS
    assert p.message == "How Body A is connected to Body C: 1 path of length 2."


def test_two_equal_paths_come_best_supported_first_then_by_label_and_k_cuts():
    # a - b - d and a - c - d, both of length 2; the path through c is better supported
    edges = [
        ("a", "partner_of", "b"),
        ("b", "partner_of", "d"),
        ("a", "partner_of", "c"),
        ("c", "partner_of", "d"),
        ("a", "affiliated_with", "e"),
        ("e", "affiliated_with", "f"),
        ("f", "affiliated_with", "d"),
    ]
    G = to_graph(chain_tables(edges, confidence={("a", "c"): 0.9, ("c", "d"): 0.8}))
    p = paths(G, "a", "d")
    assert list(p) == [("a", "c", "d"), ("a", "b", "d"), ("a", "e", "f", "d")]
    assert list(p.steps["path"].unique()) == [1, 2, 3] and p.message.endswith("3 paths of lengths 2 to 3.")
    assert list(paths(G, "a", "d", k=1)) == [("a", "c", "d")]
    assert list(paths(G, "a", "d", max_length=2)) == [("a", "c", "d"), ("a", "b", "d")]
    # equal support: by label along the path, whatever the order the graph was built in
    flat = chain_tables(edges[:4][::-1])
    assert list(paths(to_graph(flat), "a", "d")) == [("a", "b", "d"), ("a", "c", "d")]


def test_a_step_with_two_relations_has_a_row_each_and_relations_restrict_the_steps():
    edges = [("a", "front_for", "b"), ("a", "operated_by", "b"), ("b", "funded_by", "c"), ("a", "partner_of", "c")]
    G = to_graph(chain_tables(edges))
    p = paths(G, "a", "c", k=2)
    assert list(p) == [("a", "c"), ("a", "b", "c")]
    two = p.steps[p.steps["path"] == 2]
    assert two[["step", "relation"]].values.tolist() == [[1, "front_for"], [1, "operated_by"], [2, "funded_by"]]
    q = paths(G, "a", "c", relations=["front_for", "funded_by"])
    assert list(q) == [("a", "b", "c")] and list(q.steps["relation"]) == ["front_for", "funded_by"]
    assert "along front for, funded by links" in q.message


def test_no_path_is_an_empty_result_with_a_message():
    G = to_graph(chain_tables([("a", "partner_of", "b"), ("c", "partner_of", "d")]))
    p = paths(G, "a", "d")
    assert len(p) == 0 and not list(p) and len(p.steps) == 0 and tuple(p.steps.columns) == PATH_COLUMNS
    assert p.message == "No path between Body A and Body D."
    long = to_graph(chain_tables([("a", "partner_of", "b"), ("b", "partner_of", "c"), ("c", "partner_of", "d")]))
    assert "No path of at most 2 steps between Body A and Body D" in paths(long, "a", "d", max_length=2).message
    assert len(paths(G, "a", "Body A")) == 0 and "the same node" in paths(G, "a", "Body A").message


def test_paths_name_an_unknown_node_and_bad_arguments():
    G = to_graph(chain_tables([("a", "partner_of", "b")]))
    with pytest.raises(UnknownNodeError, match=r"no node called 'Body Q'; closest: 'Body A'"):
        paths(G, "Body Q", "a")
    for kwargs in ({"k": 0}, {"max_length": 0}, {"k": True}, {"relations": ["nonsense"]}):
        with pytest.raises(InputError):
            paths(G, "a", "b", **kwargs)


def test_path_view_in_select_view():
    edges = [("a", "partner_of", "b"), ("b", "partner_of", "c"), ("c", "partner_of", "x"), ("a", "leads", "y")]
    G = to_graph(chain_tables(edges))
    s = select_view(G, path=("BA", "Body C"))
    assert sorted(s.graph) == ["a", "b", "c"] and s.highlight == ("a", "b", "c")
    assert s.paths is not None and list(s.paths) == [("a", "b", "c")] and s.notes == (s.paths.message,)
    assert s.params["path"] == ("BA", "Body C") and sorted(s.edges["relation"]) == ["partner_of", "partner_of"]
    none = select_view(G, path=("a", "c"), relations=["leads"])  # c is filtered away
    assert none.paths is None and "not in the network once the other filters" in none.problems[0]
    cut = select_view(G, path=("y", "c"), relations=["leads", "partner_of"], focus="y", depth=1)
    assert cut.paths is None and "Body C (c) is not in the network" in cut.problems[0]
    gone = select_view(to_graph(chain_tables([("a", "partner_of", "b"), ("c", "partner_of", "d")])), path=("a", "d"))
    assert sorted(gone.graph) == ["a", "d"] and gone.problems == ("No path between Body A and Body D.",)
    assert "no node called" in select_view(G, path=("zzz", "a")).problems[0]
    with pytest.raises(InputError, match="two node names"):
        select_view(G, path="a")
    assert select_view(G).paths is None


def two_triangles(order: int = 1) -> Tables:
    edges = [
        ("a", "partner_of", "b"),
        ("b", "partner_of", "c"),
        ("c", "partner_of", "a"),
        ("d", "partner_of", "e"),
        ("e", "partner_of", "f"),
        ("f", "partner_of", "d"),
        ("d", "partner_of", "g"),
        ("c", "affiliated_with", "d"),
    ]
    t = chain_tables(edges[::order])
    return Tables(**{**{n: getattr(t, n) for n in TABLE_NAMES}, "nodes": t.nodes.iloc[::order].reset_index(drop=True)})


@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_communities_are_numbered_by_size_and_stable(method):
    c = communities(to_graph(two_triangles()), method=method)
    assert c == communities(to_graph(two_triangles()), method=method)  # two calls
    assert c == communities(to_graph(two_triangles(order=-1)), method=method)  # nodes and edges in another order
    assert c == {"d": 1, "e": 1, "f": 1, "g": 1, "a": 2, "b": 2, "c": 2}


def test_communities_ties_by_smallest_label_and_lone_nodes():
    t = chain_tables([("c", "partner_of", "d"), ("a", "partner_of", "b")])
    t = Tables(
        **{
            **{n: getattr(t, n) for n in TABLE_NAMES},
            "nodes": pd.concat([t.nodes, make_tables([node("z", label="Body Z")], []).nodes], ignore_index=True),
        }
    )
    c = communities(to_graph(t))
    assert c == {"a": 1, "b": 1, "c": 2, "d": 2, "z": 3}
    assert communities(nx.MultiDiGraph()) == {}
    with pytest.raises(InputError, match="unknown community method"):
        communities(to_graph(t), method="magic")


def test_node_measure_agrees_with_centrality():
    G = to_graph(two_triangles())
    table = centrality(G).set_index("id")
    for m in ("degree", "betweenness", "pagerank"):
        got = node_measure(G, m)
        assert set(got) == set(G) and all(got[n] == pytest.approx(float(table.loc[n, m])) for n in G)
    ev = node_measure(G, "eigenvector")
    assert max(ev, key=ev.get) in ("c", "d") and ev["g"] < ev["d"]
    assert node_measure(nx.MultiDiGraph(), "pagerank") == {}
    with pytest.raises(InputError, match="unknown measure"):
        node_measure(G, "fame")


def test_paths_communities_and_measures_leave_the_graph_unchanged(W):
    before = W.copy()
    paths(W, "Li Wei", "MOW"), communities(W), node_measure(W, "eigenvector"), select_view(W, path=("MOW", "li-wei"))
    assert nx.utils.graphs_equal(W, before)
