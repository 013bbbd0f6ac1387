"""Export: every format loads back with networkx or pandas with the same node ids, the same
edges and the same attributes; GraphML and GEXF hold no None and one type per attribute;
the `orgnet export` command writes each format and reports bad input in one line.

Every organisation named here is invented; the seeds' build is only compared with itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import yaml

import orgnet
from orgnet.errors import InputError
from orgnet.export import FORMATS, export, format_for, graph_tables
from orgnet.graph import as_of, example_tables, filter_graph, hierarchy, to_graph
from orgnet.tables import TABLE_NAMES, Tables

SEEDS = Path(__file__).parents[1] / "seeds"
KINDS = yaml.safe_load(resources.files("orgnet.vocab").joinpath("kinds.yaml").read_text("utf-8"))["kinds"]
RELATIONS = yaml.safe_load(resources.files("orgnet.vocab").joinpath("relations.yaml").read_text("utf-8"))["relations"]

NODE_ATTRS = ("label", "kind", "aliases", "name_zh", "founded", "description", "docs", "n_docs", "degree")
EDGE_ATTRS = ("relation", "start", "end", "title", "docs", "evidence", "confidence", "hedge", "claim_ids", "n_claims")


@pytest.fixture(scope="session")
def seeds_tables() -> Tables:
    return orgnet.build(SEEDS)


@pytest.fixture(scope="session")
def G(seeds_tables):
    return to_graph(seeds_tables)


def node_link_graph(path: Path) -> nx.Graph:
    data = json.loads(path.read_text("utf-8"), parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4
        return nx.node_link_graph(data)


READERS = {
    "graphml": lambda p: nx.read_graphml(p, force_multigraph=True),
    "gexf": nx.read_gexf,
    "json": node_link_graph,
}


def same_value(original, loaded, fmt: str) -> bool:
    if original is None:
        # JSON keeps null; GraphML/GEXF leave a missing number out and write missing text as ""
        return loaded is None if fmt == "json" else loaded in ("", "<absent>")
    if isinstance(original, float):
        return isinstance(loaded, float) and abs(loaded - original) < 1e-12
    return type(loaded) is type(original) and loaded == original


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_formats_load_back_the_same(G, seeds_tables, tmp_path, fmt):
    out = export(seeds_tables, fmt, tmp_path / "sub" / f"seeds.{fmt}")
    assert out.is_file()
    H = READERS[fmt](out)
    assert H.is_directed() and H.is_multigraph()
    assert sorted(H.nodes) == sorted(G.nodes)
    assert H.number_of_edges() == G.number_of_edges()
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))  # keys are the relations
    for n, d in G.nodes(data=True):
        for a in NODE_ATTRS:
            assert same_value(d[a], H.nodes[n].get(a, "<absent>"), fmt), (fmt, n, a, d[a], H.nodes[n].get(a))
    for u, v, k, d in G.edges(keys=True, data=True):
        loaded = H.edges[u, v, k]
        for a in EDGE_ATTRS:
            assert same_value(d[a], loaded.get(a, "<absent>"), fmt), (fmt, u, v, k, a, d[a], loaded.get(a))


def test_gexf_follows_gephi_conventions(G, seeds_tables, tmp_path):
    out = export(seeds_tables, "gexf", tmp_path / "seeds.gexf")
    root = ET.parse(out).getroot()
    assert root.get("version") == "1.2" and "1.2draft" in root.tag
    ns = {"g": root.tag.split("}")[0][1:], "viz": "http://www.gexf.net/1.2draft/viz"}
    graph = root.find("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed"
    for el in graph.findall("g:nodes/g:node", ns):
        n = el.get("id")
        assert el.get("label") == G.nodes[n]["label"]  # Gephi's label column
        colour = el.find("viz:color", ns)
        expected = KINDS[G.nodes[n]["kind"]]["colour"].lstrip("#")
        assert "%02x%02x%02x" % tuple(int(colour.get(c)) for c in "rgb") == expected
    dated = 0
    for el in graph.findall("g:edges/g:edge", ns):
        relation = next(
            a.get("value")
            for a in el.findall("g:attvalues/g:attvalue", ns)
            if attr_title(graph, ns, "edge", a.get("for")) == "relation"
        )
        assert el.get("label") == RELATIONS[relation]["label"]
        for bound in ("start", "end"):
            if el.get(bound) is not None:
                assert el.get(bound).isdigit()
                dated += 1
    assert dated and graph.get("mode") == "dynamic"  # edge years are time intervals in Gephi
    H = nx.read_gexf(out)
    assert H.nodes[next(iter(G))]["viz"]["color"]["a"] == 1.0


def attr_title(graph, ns, cls, attr_id):
    for attrs in graph.findall("g:attributes", ns):
        if attrs.get("class") == cls:
            for a in attrs.findall("g:attribute", ns):
                if a.get("id") == attr_id:
                    return a.get("title")
    return None


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_formats_hold_no_none_and_one_type_per_attribute(G, tmp_path, fmt):
    views = {"all": G, "tree": hierarchy(G, "MSS"), "year": as_of(G, 2000)}
    for name, view in views.items():
        out = export(view, fmt, tmp_path / f"{name}.{fmt}")
        text = out.read_text("utf-8")
        assert 'value="None"' not in text and ">None<" not in text, name
        root = ET.parse(out).getroot()
        declared = []
        for el in root.iter():
            tag = el.tag.split("}")[-1]
            if tag == "key":  # graphml
                declared.append((el.get("for"), el.get("attr.name")))
            elif tag == "attribute":  # gexf
                declared.append((el.get("title"), el.get("type")))
        names = [d[1] for d in declared] if fmt == "graphml" else [d[0] for d in declared]
        if fmt == "graphml":
            assert len(declared) == len(set(declared)), (name, declared)
        else:
            per_class = [
                (parent.get("class"), a.get("title"))
                for parent in root.iter()
                if parent.tag.endswith("attributes")
                for a in parent
            ]
            assert len(per_class) == len(set(per_class)), (name, per_class)
        assert names


def test_views_export_their_own_attributes(G, tmp_path):
    T = hierarchy(G, "ILD")
    H = nx.read_graphml(export(T, "graphml", tmp_path / "tree.graphml"))
    assert sorted(H.edges) == sorted(T.edges)
    for u, v, d in T.edges(data=True):
        assert H.edges[u, v]["via"] == ";".join(d["via"]) and H.edges[u, v]["relation"] == d["relation"]
    for n, d in T.nodes(data=True):
        assert H.nodes[n]["depth"] == d["depth"]
    A = as_of(G, 2000)
    B = nx.read_graphml(export(A, "graphml", tmp_path / "year.graphml"), force_multigraph=True)
    assert {(u, v, k): d["undated"] for u, v, k, d in B.edges(keys=True, data=True)} == {
        (u, v, k): d["undated"] for u, v, k, d in A.edges(keys=True, data=True)
    }
    assert all(type(d["undated"]) is bool for *_, d in B.edges(keys=True, data=True))


def test_json_is_node_link_for_d3(G, tmp_path):
    out = export(G, "json", tmp_path / "seeds.json")
    data = json.loads(out.read_text("utf-8"))
    assert set(data) >= {"nodes", "links", "directed", "multigraph", "graph"}
    assert data["directed"] is True and data["multigraph"] is True
    ids = {n["id"] for n in data["nodes"]}
    assert ids == set(G.nodes) and len(data["links"]) == G.number_of_edges()
    assert all(link["source"] in ids and link["target"] in ids for link in data["links"])
    assert data["graph"]["kind_colours"]["person"] == KINDS["person"]["colour"]
    assert data["graph"]["relation_colours"]["front_for"] == RELATIONS["front_for"]["colour"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_table_formats_write_every_table(seeds_tables, tmp_path, fmt):
    out = export(seeds_tables, fmt, tmp_path / "tables")
    # the tables, and the build's manifest and lock (see README, Build integrity)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.{fmt}" for n in TABLE_NAMES] + ["manifest.json", ".orgnet.lock"]
    )
    back = orgnet.read_tables(out)
    for name, df in seeds_tables:
        pd.testing.assert_frame_equal(getattr(back, name), df, check_dtype=True, obj=name)
    if fmt == "parquet":
        assert len(pd.read_parquet(out / "edges.parquet")) == len(seeds_tables.edges)


def test_parquet_of_a_view_holds_its_nodes_and_edges(G, tmp_path):
    F = filter_graph(G, relations=["front_for", "operated_by"])
    out = export(F, "parquet", tmp_path / "fronts")
    nodes, edges = pd.read_parquet(out / "nodes.parquet"), pd.read_parquet(out / "edges.parquet")
    assert sorted(nodes["id"]) == sorted(F.nodes)
    assert sorted(zip(edges["source"], edges["target"], edges["relation"])) == sorted(F.edges(keys=True))
    for r in edges.itertuples():
        assert r.evidence == F.edges[r.source, r.target, r.relation]["evidence"]
    assert str(edges["start"].dtype) == "Int64" and str(nodes["founded"].dtype) == "Int64"


def test_graph_tables_round_trips_to_the_same_graph():
    t = example_tables()
    nodes, edges = graph_tables(to_graph(t))
    again = to_graph(Tables(nodes=nodes, edges=edges, claims=t.claims, documents=t.documents, conflicts=t.conflicts))
    G = to_graph(t)
    assert nx.utils.graphs_equal(G, again)
    assert all(G.nodes[n] == again.nodes[n] for n in G)
    assert all(G.edges[e] == again.edges[e] for e in G.edges(keys=True))


def test_export_errors_name_the_problem(tmp_path):
    t = example_tables()
    with pytest.raises(InputError, match="'pdf'"):
        export(t, "pdf", tmp_path / "x.pdf")
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match="folder"):
        export(t, "graphml", tmp_path / "folder")
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="is a file"):
        export(t, "parquet", tmp_path / "file")
    with pytest.raises(TypeError, match="list"):
        export([], "json", tmp_path / "x.json")
    assert export(t, "GraphML", tmp_path / "ok.graphml").is_file()  # case does not matter


def test_format_for_suffixes():
    assert [format_for(f"a/b.{f}") for f in FORMATS] == ["graphml", "gexf", "json", None, None, "ftm"]
    assert format_for("a/b.jsonl") == "ftm"


# --------------------------------------------------------------------------- command line


def orgnet_cli(*args, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "orgnet", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export_cli") / "tables"
    example_tables().write(out)
    return out


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "ftm"])
def test_cli_export_writes_each_format(tables_dir, tmp_path, fmt):
    out = tmp_path / (f"net.{fmt}" if fmt not in ("parquet", "csv") else "tables")
    r = orgnet_cli("export", "--format", fmt, "--out", out, "--tables", tables_dir)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"orgnet export: {fmt} -> ")
    if fmt in READERS:
        H = READERS[fmt](out)
        assert sorted(H.nodes) == sorted(example_tables().nodes["id"]) and H.number_of_edges() == 9
    else:
        assert len(orgnet.read_tables(out).edges) == 9


def test_cli_export_takes_the_format_from_the_suffix_and_the_default_tables_folder(tables_dir, tmp_path):
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "tables").symlink_to(tables_dir, target_is_directory=True)
    r = orgnet_cli("export", "--out", "net.gexf", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert nx.read_gexf(tmp_path / "net.gexf").number_of_edges() == 9


@pytest.mark.parametrize(
    "args, fragments",
    [
        (["--format", "pdf", "--out", "x.pdf"], ["unknown export format", "'pdf'", "graphml"]),
        (["--format", "json", "--out", "x.json", "--tables", "no/such/folder"], ["no/such/folder"]),
        (["--out", "x.unknown"], ["x.unknown", "--format"]),
    ],
)
def test_cli_export_reports_bad_input_in_one_line(tables_dir, tmp_path, args, fragments):
    if "--tables" not in args:
        args = [*args, "--tables", str(tables_dir)]
    r = orgnet_cli("export", *args, cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orgnet: error:"), r.stderr
    for f in fragments:
        assert f in lines[0], (f, lines[0])
    assert not any(tmp_path.glob("x.*"))


# --------------------------------------------------------------------------- GEXF 1.2
# No GEXF 1.2 XSD is available offline, so the test checks the schema's rules that an export
# can break: the 1.2 namespace and version, a declared attribute type of GEXF 1.2's list for
# every attribute, attvalues that name a declared attribute and fit its type, and a
# timeformat of the 1.2 list that the start/end values fit.

GEXF_ATTR_TYPES = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI"}
GEXF_TIME_FORMATS = {"integer", "double", "date", "dateTime"}


@pytest.mark.parametrize("view", ["all", "year", "tree"])
def test_gexf_keeps_to_the_1_2_schema(G, tmp_path, view):
    graph_view = {"all": G, "year": as_of(G, 2000), "tree": hierarchy(G, "MSS")}[view]
    out = export(graph_view, "gexf", tmp_path / f"{view}.gexf")
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = root.find("g:graph", ns)
    declared = {}
    for attrs in graph.findall("g:attributes", ns):
        assert attrs.get("class") in ("node", "edge")
        for a in attrs.findall("g:attribute", ns):
            assert a.get("type") in GEXF_ATTR_TYPES, a.attrib
            declared[attrs.get("class"), a.get("id")] = a.get("type")
    times = []
    for cls in ("node", "edge"):
        for el in graph.iter(f"{{{ns['g']}}}{cls}"):
            for av in el.findall("g:attvalues/g:attvalue", ns):
                t = declared[cls, av.get("for")]  # every value names a declared attribute
                if t in ("integer", "long"):
                    int(av.get("value"))
                elif t in ("double", "float"):
                    float(av.get("value"))
                elif t == "boolean":
                    assert av.get("value") in ("true", "false")
            times += [el.get(b) for b in ("start", "end") if el.get(b) is not None]
    if times:
        assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "integer"
        assert all(t.lstrip("-").isdigit() for t in times)
    else:
        assert graph.get("timeformat") in (None, *GEXF_TIME_FORMATS)
    assert graph.get("timeformat") != "long"
    assert view != "all" or times


# --------------------------------------------------------------------------- FollowTheMoney

ftm = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402

from orgnet.export import ftm_edge_id, ftm_node_id, to_ftm  # noqa: E402


def read_ftm(path: Path) -> list:
    proxies = []
    for line in path.read_text("utf-8").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data)  # the package's own model reads every line
        proxy.schema.validate(data)  # and its schema's check of values passes (raises otherwise)
        assert not set(proxy.schema.required) - set(proxy.properties), (proxy.schema.name, data)
        proxies.append(proxy)
    return proxies


def expected_links(G: nx.MultiDiGraph) -> int:
    return sum(max(1, len(d["intervals"])) for *_, d in G.edges(keys=True, data=True))


@pytest.mark.parametrize("source", ["seeds", "example"])
def test_ftm_entities_pass_the_followthemoney_model_and_round_trip(seeds_build, tmp_path, source):
    t = seeds_build if source == "seeds" else example_tables()
    G = to_graph(t)
    proxies = read_ftm(to_ftm(t, tmp_path / "net.jsonl"))
    by_id = {p.id: p for p in proxies}
    assert len(by_id) == len(proxies) == G.number_of_nodes() + expected_links(G)  # ids are unique
    kinds = t.nodes.set_index("id")["kind"]
    persons = [p for p in proxies if p.schema.name == "Person"]
    orgs = [p for p in proxies if p.schema.is_a("Organization")]
    places = [p for p in proxies if p.schema.name == "Address"]
    links = [p for p in proxies if p.schema.edge]
    assert len(persons) == (kinds == "person").sum() and len(places) == (kinds == "place").sum()
    assert len(orgs) == (~kinds.isin(["person", "place"])).sum()
    assert len(links) == expected_links(G)
    for n, d in G.nodes(data=True):
        p = by_id[ftm_node_id(n)]
        assert p.first("name") == d["label"] and f"orgnet id: {n};" in p.first("notes")
        assert set(p.get("alias")) >= set(a for a in d["aliases"].split(";") if a)
        if d["founded"] is not None and p.schema.is_a("Organization"):
            assert p.get("incorporationDate") == [str(d["founded"])]
    for u, v, k, d in G.edges(keys=True, data=True):
        p = by_id[ftm_edge_id(u, k, v)]
        assert p.first("recordId") == f"{u}|{k}|{v}"
        ends = [p.first(p.schema.edge_source), p.first(p.schema.edge_target)]
        assert ends == [ftm_node_id(u), ftm_node_id(v)]  # subject -> object as in orgnet
        if k == "leads" and kinds[u] == "person" and kinds[v] != "place":
            assert p.schema.name == "Directorship" and p.get("role") == ([d["title"]] if d["title"] else [])
        elif k in ("funded_by", "operated_by", "controlled_by", "subordinate_to"):
            assert p.schema.name == "UnknownLink" and p.first("role") == RELATIONS[k]["label"]
        first = d["intervals"][0] if d["intervals"] else None
        assert p.get("startDate") == ([str(first.start)] if first and first.start is not None else [])
        assert p.get("endDate") == ([str(first.end)] if first and first.end is not None else [])
        if d["evidence"]:
            assert d["evidence"] in p.get("description")
    if source == "example":  # a director's dates and an alias, by name
        anna = next(p for p in links if p.schema.name == "Directorship" and p.first("role") == "Director")
        assert (anna.first("startDate"), anna.first("endDate")) == ("1990", "2005")
        assert by_id[anna.first("director")].first("name") == "Anna Karlsson"
        wri = next(p for p in orgs if p.first("name") == "Widget Research Institute")
        assert sorted(wri.get("alias")) == ["Institute of Widget Studies", "WRI"]
        assert sorted(p.schema.name for p in proxies if p.schema.is_a("Organization")).count("PublicBody") == 2


def test_ftm_carries_the_documents_urls(tmp_path):
    t = example_tables()
    docs = t.documents.copy()
    docs["url"] = docs["doc"].map({"widgets.txt": "https://example.org/wiki/Widgets"}).fillna("").astype("string")
    docs["retrieved"] = docs["doc"].map({"widgets.txt": "2024-05-01"}).fillna("").astype("string")
    t = Tables(nodes=t.nodes, edges=t.edges, claims=t.claims, documents=docs, conflicts=t.conflicts)
    proxies = {p.id: p for p in read_ftm(to_ftm(t, tmp_path / "net.jsonl"))}
    mow = proxies[ftm_node_id("ministry-of-widgets")]
    assert mow.get("sourceUrl") == ["https://example.org/wiki/Widgets"] and mow.get("publisher") == ["example.org"]
    assert mow.get("retrievedAt") == ["2024-05-01"]
    assert proxies[ftm_node_id("sam-okoro")].get("sourceUrl") == []  # gadgets.txt has no url


def test_ftm_ids_stay_put(tmp_path):
    a = to_ftm(example_tables(), tmp_path / "a.jsonl").read_text("utf-8")
    b = export(example_tables(), "ftm", tmp_path / "b.jsonl").read_text("utf-8")
    assert a == b


def test_an_edge_with_two_intervals_is_two_ftm_links(tmp_path):
    t = example_tables()
    edges = t.edges.copy()
    i = edges.index[(edges["source"] == "anna-karlsson")][0]
    edges.loc[i, "intervals"] = "1990-1995;2001-2005"
    t = Tables(nodes=t.nodes, edges=edges, claims=t.claims, documents=t.documents, conflicts=t.conflicts)
    spans = sorted(
        (p.first("startDate"), p.first("endDate"))
        for p in read_ftm(to_ftm(t, tmp_path / "n.jsonl"))
        if p.schema.edge and p.first("recordId") == "anna-karlsson|leads|widget-research-institute"
    )
    assert spans == [("1990", "1995"), ("2001", "2005")]


# --------------------------------------------------------------------------- views


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "ftm", "csv"])
def test_cli_exports_a_view(tables_dir, tmp_path, fmt):
    out = tmp_path / (f"view.{fmt}" if fmt != "csv" else "view")
    args = [
        "--focus",
        "WRI",
        "--depth",
        "1",
        "--year",
        "1995",
        "--relations",
        "leads,subordinate_to,front_for",
        "--kinds",
        "person",
        "think_tank",
        "security_service",
    ]
    r = orgnet_cli("export", "--format", fmt, "--out", out, "--tables", tables_dir, *args)
    assert r.returncode == 0, r.stderr
    view = orgnet.graph.select_view(
        to_graph(example_tables()),
        focus="WRI",
        depth=1,
        year=1995,
        relations=["leads", "subordinate_to", "front_for"],
        kinds=["person", "think_tank", "security_service"],
    ).graph
    assert f"(view: {view.number_of_nodes()} nodes, {view.number_of_edges()} edges)" in r.stdout
    assert 0 < view.number_of_edges() < 9
    if fmt == "ftm":
        proxies = read_ftm(out)
        assert {p.id for p in proxies if not p.schema.edge} == {ftm_node_id(n) for n in view}
        assert {p.first("recordId") for p in proxies if p.schema.edge} == {
            f"{u}|{k}|{v}" for u, v, k in view.edges(keys=True)
        }
    elif fmt == "csv":
        edges = pd.read_csv(out / "edges.csv")
        assert sorted(zip(edges["source"], edges["target"], edges["relation"])) == sorted(view.edges(keys=True))
    else:
        H = READERS[fmt](out)
        assert sorted(H.nodes) == sorted(view.nodes)
        if H.is_multigraph():
            assert sorted(H.edges(keys=True)) == sorted(view.edges(keys=True))
        else:  # networkx reads a GEXF without parallel edges as a DiGraph
            assert sorted(H.edges) == sorted(view.edges())


def test_cli_ftm_export_of_the_whole_network(tables_dir, tmp_path):
    r = orgnet_cli("export", "--out", tmp_path / "net.jsonl", "--tables", tables_dir)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("orgnet export: ftm -> ")
    assert len(read_ftm(tmp_path / "net.jsonl")) == 8 + 9


def test_python_export_of_a_selection(tmp_path):
    s = orgnet.graph.select_view(to_graph(example_tables()), relations=["leads"])
    H = nx.read_graphml(export(s, "graphml", tmp_path / "leads.graphml"), force_multigraph=True)
    assert sorted(H.edges(keys=True)) == sorted(s.graph.edges(keys=True)) and H.number_of_edges() == 3


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--focus", "Ministry of Gidgets"], "no node called 'Ministry of Gidgets'"),
        (["--relations", "leads,runs"], "--relations: unknown 'runs'"),
        (["--kinds", "robot"], "--kinds: unknown 'robot'"),
        (["--depth", "1"], "--depth needs --focus"),
    ],
)
def test_cli_export_view_errors_in_one_line(tables_dir, tmp_path, args, fragment):
    r = orgnet_cli("export", "--out", tmp_path / "x.json", "--tables", tables_dir, *args)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and fragment in r.stderr, r.stderr
    assert not (tmp_path / "x.json").exists()
