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
        relation = next(a.get("value") for a in el.findall("g:attvalues/g:attvalue", ns)
                        if attr_title(graph, ns, "edge", a.get("for")) == "relation")
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
            per_class = [(parent.get("class"), a.get("title")) for parent in root.iter()
                         if parent.tag.endswith("attributes") for a in parent]
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
    assert {(u, v, k): d["undated"] for u, v, k, d in B.edges(keys=True, data=True)} == \
           {(u, v, k): d["undated"] for u, v, k, d in A.edges(keys=True, data=True)}
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
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{fmt}" for n in TABLE_NAMES)
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
    again = to_graph(Tables(nodes=nodes, edges=edges, claims=t.claims, documents=t.documents,
                            conflicts=t.conflicts))
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
    assert [format_for(f"a/b.{f}") for f in FORMATS] == ["graphml", "gexf", "json", None, None]


# --------------------------------------------------------------------------- command line


def orgnet_cli(*args, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "orgnet", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export_cli") / "tables"
    example_tables().write(out)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
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


@pytest.mark.parametrize("args, fragments", [
    (["--format", "pdf", "--out", "x.pdf"], ["unknown export format", "'pdf'", "graphml"]),
    (["--format", "json", "--out", "x.json", "--tables", "no/such/folder"], ["no/such/folder"]),
    (["--out", "x.unknown"], ["x.unknown", "--format"]),
])
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
