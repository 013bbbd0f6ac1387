"""Tests of orgnet.evaluate against small invented gold files and builds."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
import yaml

from orgnet.errors import InputError, OrgnetError
from orgnet.evaluate import METRICS, EvalReport, evaluate, format_report, normalize_name

# ----------------------------------------------------------------------- helpers


def node(name, aliases=(), core=True, kind="state_body"):
    return {"name": name, "kind": kind, "aliases": list(aliases), "core": core}


def edge(source, relation, target, core=True):
    return {
        "source": source,
        "relation": relation,
        "target": target,
        "evidence": "invented",
        "core": core,
    }


def document(doc, nodes=(), edges=(), not_nodes=()):
    return {
        "doc": doc,
        "layout": "dash-infobox",
        "nodes": list(nodes),
        "edges": list(edges),
        "not_nodes": list(not_nodes),
        "conflicts": [],
    }


def write_gold(tmp_path: Path, *documents) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(
        yaml.safe_dump({"documents": list(documents)}, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def write_tables(tmp_path: Path, nodes, edges=()) -> Path:
    """nodes: (id, label, aliases) triples; edges: (source, relation, target)."""
    folder = tmp_path / "build"
    folder.mkdir()
    pd.DataFrame(
        [{"id": i, "label": label, "kind": "state_body", "aliases": aliases} for i, label, aliases in nodes],
        columns=["id", "label", "kind", "aliases"],
    ).to_csv(folder / "nodes.csv", index=False)
    pd.DataFrame(
        [{"source": s, "target": t, "relation": r} for s, r, t in edges],
        columns=["source", "target", "relation"],
    ).to_csv(folder / "edges.csv", index=False)
    return folder


MOW = node("Ministry of Widgets", ["MOW"])
GB = node("Gadget Bureau of the Ministry of Widgets", ["GB"])
SPROCKET = node("Sprocket Institute", [], core=False)


def widget_doc(**kw):
    return document(
        "a.txt",
        nodes=[MOW, GB, SPROCKET],
        edges=[
            edge("Gadget Bureau of the Ministry of Widgets", "subordinate_to", "Ministry of Widgets"),
            edge("Sprocket Institute", "front_for", "Gadget Bureau of the Ministry of Widgets", core=False),
        ],
        **kw,
    )


# ------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("The Ministry of Widgets", "ministry of widgets"),
        ("THE   Ministry of Widgets", "ministry of widgets"),
        ("Theory Institute", "theory institute"),  # "the" only as a whole word
        ("Ministry of Widgets, The", "ministry of widgets the"),  # only a leading one
        ("Widget\u2013Gadget Office", "widget-gadget office"),  # en dash
        ("Widget\u2014Gadget Office", "widget-gadget office"),  # em dash
        ("Widget\u2019s Office", "widgets office"),  # right single quote read as '
        # as the reference scorer: curly double quotes and the left single quote are kept
        ("\u201cWidget\u201d \u2018Office\u2019", "\u201cwidget\u201d \u2018office"),
        ("`Widget` Office", "widget office"),  # backticks
        ("\"Widget\" 'Office'", "widget office"),  # straight quotes
        ("Ministry of Widgets (MOW)", "ministry of widgets mow"),
        ("M.O.W.", "mow"),
        ("Widgets, Gadgets", "widgets gadgets"),
        ("\uff2d\uff2f\uff37", "mow"),  # fullwidth letters (NFKC)
        ("\ufb01ve Office", "five office"),  # ligature (NFKC)
        ("Widget\u00a0Office", "widget office"),  # no-break space (NFKC + squash)
        ("  Widget \n\t Office  ", "widget office"),
        ("Stra\u00dfe Bureau", "strasse bureau"),  # case folding, not lowering
        ("The (MOW)", "mow"),
        ("(The MOW)", "the mow"),  # "the" is dropped before brackets and quotes go
        ('"The MOW"', "the mow"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_normalize_name_equates_variants():
    assert normalize_name("The Ministry of Widgets (MOW)") == normalize_name("ministry of widgets MOW")
    assert normalize_name("Widget \u2013 Office") != normalize_name("Widget Office")


# ------------------------------------------------------------------------- nodes


def test_node_recall_matches_labels_and_aliases(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [
            ("n1", "M.O.W.", ""),  # gold alias "MOW", after normalisation
            ("n2", "Bureau of Gadgets", "The GB;other"),  # build alias "The GB" = gold alias
        ],
    )
    report = evaluate(gold, tables)
    row = report.per_document.iloc[0]
    assert (row["nodes_found"], row["nodes_total"]) == (2, 3)
    assert (row["core_nodes_found"], row["core_nodes_total"]) == (2, 2)
    assert row["core_node_recall"] == 1.0
    assert row["node_recall"] == pytest.approx(2 / 3)
    assert list(report.missed_nodes["name"]) == ["Sprocket Institute"]
    assert list(report.missed_nodes["core"]) == [False]


def test_unrelated_build_node_finds_nothing(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(tmp_path, [("n1", "Ministry of Gizmos", "MOG")])
    report = evaluate(gold, tables)
    assert report.overall["nodes_found"] == 0
    assert report.overall["node_recall"] == 0.0
    assert set(report.missed_nodes["name"]) == {MOW["name"], GB["name"], SPROCKET["name"]}


def test_na_like_strings_stay_strings(tmp_path):
    # pandas would read "NA" / "None" as missing without keep_default_na=False
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[node("National Archive", ["NA"]), node("None Society")]),
    )
    tables = write_tables(tmp_path, [("na", "NA", ""), ("none", "None Society", "")])
    report = evaluate(gold, tables)
    assert report.overall["nodes_found"] == 2


# ------------------------------------------------------------------------- edges


def test_typed_edge_found_through_aliases(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [("mow", "MOW", ""), ("gb", "GB", ""), ("si", "Sprocket Institute", "")],
        [("gb", "subordinate_to", "mow"), ("si", "front_for", "gb")],
    )
    report = evaluate(gold, tables)
    assert report.overall["edges_found"] == 2
    assert report.overall["edge_recall"] == 1.0
    assert report.overall["core_edge_recall"] == 1.0
    assert report.missed_edges.empty


def test_direction_matters_for_typed_edges_not_for_pairs(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [("mow", "Ministry of Widgets", ""), ("gb", "GB", ""), ("si", "Sprocket Institute", "")],
        [("mow", "subordinate_to", "gb"), ("gb", "front_for", "si")],  # both reversed
    )
    report = evaluate(gold, tables)
    o = report.overall
    assert (o["edges_found"], o["core_edges_found"]) == (0, 0)
    assert o["edge_recall"] == 0.0
    assert o["pair_recall"] == 1.0
    assert o["core_pair_recall"] == 1.0
    missed = report.missed_edges.set_index("relation")
    assert missed.loc["subordinate_to", "pair_found"]
    assert missed.loc["subordinate_to", "build_relations"] == "<-subordinate_to"


def test_relation_must_match_for_typed_edges(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [("mow", "Ministry of Widgets", ""), ("gb", "GB", "")],
        [("gb", "part_of", "mow")],
    )
    report = evaluate(gold, tables)
    row = report.per_document.iloc[0]
    assert row["core_edges_found"] == 0
    assert row["core_pair_recall"] == 1.0
    missed = report.missed_edges[report.missed_edges["core"]]
    assert list(missed["build_relations"]) == ["part_of"]


def test_edge_needs_both_endpoints(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [("mow", "Ministry of Widgets", ""), ("x", "Gizmo Office", "")],
        [("x", "subordinate_to", "mow")],
    )
    report = evaluate(gold, tables)
    assert report.overall["core_edges_found"] == 0
    assert report.overall["core_pair_recall"] == 0.0
    assert not report.missed_edges["pair_found"].any()


def test_endpoint_aliases_come_from_the_same_document(tmp_path):
    # "GB" is an alias of the bureau only in b.txt; a.txt lists the bureau without it.
    bureau_plain = node(GB["name"], [])
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW, bureau_plain], edges=[edge(GB["name"], "subordinate_to", MOW["name"])]),
        document("b.txt", nodes=[MOW, GB], edges=[edge(GB["name"], "subordinate_to", MOW["name"])]),
    )
    tables = write_tables(tmp_path, [("mow", "MOW", ""), ("gb", "GB", "")], [("gb", "subordinate_to", "mow")])
    per_doc = evaluate(gold, tables).per_document.set_index("doc")
    assert per_doc.loc["a.txt", "edges_found"] == 0
    assert per_doc.loc["b.txt", "edges_found"] == 1


def test_endpoint_missing_from_node_list_uses_its_name(tmp_path):
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW], edges=[edge("The Cog Office", "subordinate_to", "Ministry of Widgets")]),
    )
    tables = write_tables(
        tmp_path,
        [("mow", "MOW", ""), ("cog", "Cog Office", "")],
        [("cog", "subordinate_to", "mow")],
    )
    assert evaluate(gold, tables).overall["edges_found"] == 1


# ------------------------------------------------------------- core and documents


def test_core_and_all_are_counted_separately(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    tables = write_tables(
        tmp_path,
        [("gb", "GB", ""), ("si", "Sprocket Institute", "")],
        [("si", "front_for", "gb")],  # only the non-core edge
    )
    o = evaluate(gold, tables).overall
    assert (o["nodes_found"], o["nodes_total"]) == (2, 3)
    assert (o["core_nodes_found"], o["core_nodes_total"]) == (1, 2)
    assert (o["edges_found"], o["edges_total"]) == (1, 2)
    assert (o["core_edges_found"], o["core_edges_total"]) == (0, 1)
    assert o["core_edge_recall"] == 0.0
    assert o["edge_recall"] == 0.5


def test_entity_in_two_documents_counts_once_in_each(tmp_path):
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW, GB]),
        document("b.txt", nodes=[node("Ministry of Widgets", ["Widget Ministry"])]),
    )
    tables = write_tables(tmp_path, [("mow", "Widget Ministry", "")])
    report = evaluate(gold, tables)
    per_doc = report.per_document.set_index("doc")
    assert list(report.per_document["doc"]) == ["a.txt", "b.txt"]
    assert (per_doc.loc["a.txt", "nodes_found"], per_doc.loc["a.txt", "nodes_total"]) == (0, 2)
    assert (per_doc.loc["b.txt", "nodes_found"], per_doc.loc["b.txt", "nodes_total"]) == (1, 1)
    # pooled over documents, not deduplicated across them
    assert (report.overall["nodes_found"], report.overall["nodes_total"]) == (1, 3)
    assert report.overall["node_recall"] == pytest.approx(1 / 3)


def test_report_columns_and_empty_recall(tmp_path):
    gold = write_gold(tmp_path, document("a.txt", nodes=[node("Cog Office", core=False)]))
    tables = write_tables(tmp_path, [("cog", "Cog Office", "")])
    report = evaluate(gold, tables)
    assert list(report.per_document.columns) == ["doc", *METRICS]
    assert set(report.overall) == set(METRICS)
    assert math.isnan(report.overall["core_node_recall"])  # nothing core to find
    assert math.isnan(report.overall["edge_recall"])
    assert report.passes()  # nothing to find meets any bar


# ---------------------------------------------------- violations and precision


def test_not_nodes_are_violations_by_label(tmp_path):
    gold = write_gold(
        tmp_path,
        widget_doc(not_nodes=["Edit this widget page", "Related articles"]),
        document("b.txt", not_nodes=['"Widgets First" strategy', "Edit this widget page"]),
    )
    tables = write_tables(
        tmp_path,
        [
            ("mow", "Ministry of Widgets", ""),
            ("gb", "GB", ""),
            ("e1", "edit this widget page.", ""),
            ("e2", "Widgets First strategy", ""),
            ("ok", "Sprocket Institute", "Related articles"),  # an alias is not a label
        ],
        [("gb", "subordinate_to", "mow")],
    )
    report = evaluate(gold, tables)
    assert report.violations == ["edit this widget page.", "Widgets First strategy"]
    # counted per document entry, as the reference scorer counts them
    per_doc = report.per_document.set_index("doc")["not_node_violations"]
    assert per_doc.to_dict() == {"a.txt": 1, "b.txt": 2}
    assert report.overall["not_node_violations"] == 3
    assert report.overall["core_node_recall"] == 1.0
    assert report.overall["core_edge_recall"] == 1.0
    assert not report.passes()


def test_precision_proxy(tmp_path):
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW]),
        document("b.txt", nodes=[node("Cog Office", ["Office of Cogs"])]),
    )
    tables = write_tables(
        tmp_path,
        [
            ("mow", "MOW", ""),  # gold alias in a.txt
            ("cog", "Cogs Office", "Office of Cogs"),  # gold alias of b.txt, via build alias
            ("x", "Gizmo Office", ""),
            ("y", "Ministry of Gizmos", "MOG"),
        ],
    )
    assert evaluate(gold, tables).precision_proxy == 0.5


# ------------------------------------------------------------------------ passes


def test_passes_checks_both_bars(tmp_path):
    nodes = [node(f"Widget Office {i}") for i in range(20)]
    edges = [edge(f"Widget Office {i}", "part_of", f"Widget Office {i + 1}") for i in range(19)]
    gold = write_gold(tmp_path, document("a.txt", nodes=nodes, edges=edges))
    build_nodes = [(str(i), f"Widget Office {i}", "") for i in range(19)]  # 19/20 = 0.95
    build_edges = [(str(i), "part_of", str(i + 1)) for i in range(16)]  # 16/19 < 0.85
    report = evaluate(gold, write_tables(tmp_path, build_nodes, build_edges))
    assert report.overall["core_node_recall"] == 0.95
    assert not report.passes()
    assert report.passes(core_edge_recall=0.84)
    assert not report.passes(core_node_recall=0.96, core_edge_recall=0.0)


# ----------------------------------------------------------------------- inputs


def test_accepts_dict_and_dataframes_with_nan_aliases():
    gold = {"documents": [widget_doc()]}
    nodes = pd.DataFrame({"id": [1, 2], "label": ["Ministry of Widgets", "GB"], "aliases": [float("nan"), None]})
    edges = pd.DataFrame({"source": [2], "target": [1], "relation": ["subordinate_to"]})
    report = evaluate(gold, (nodes, edges))
    assert isinstance(report, EvalReport)
    assert report.overall["core_edge_recall"] == 1.0
    assert report.precision_proxy == 1.0


def test_missing_gold_file(tmp_path):
    tables = write_tables(tmp_path, [])
    with pytest.raises(InputError, match="nope.yaml"):
        evaluate(tmp_path / "nope.yaml", tables)


def test_gold_file_not_yaml(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("documents: [unclosed\n  - : :\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yaml.*YAML"):
        evaluate(path, write_tables(tmp_path, []))


def test_gold_file_without_documents(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("nodes: []\n", encoding="utf-8")
    with pytest.raises(OrgnetError, match=r"empty\.yaml.*documents"):
        evaluate(path, write_tables(tmp_path, []))


@pytest.mark.parametrize("table", ["nodes.csv", "edges.csv"])
def test_missing_table(tmp_path, table):
    gold = write_gold(tmp_path, widget_doc())
    folder = write_tables(tmp_path, [("mow", "MOW", "")])
    (folder / table).unlink()
    with pytest.raises(InputError, match=table):
        evaluate(gold, folder)


def test_missing_tables_directory(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    with pytest.raises(InputError, match="no_build"):
        evaluate(gold, tmp_path / "no_build")


def test_table_without_required_column(tmp_path):
    gold = write_gold(tmp_path, widget_doc())
    folder = write_tables(tmp_path, [("mow", "MOW", "")])
    pd.DataFrame({"id": ["mow"], "name": ["MOW"]}).to_csv(folder / "nodes.csv", index=False)
    with pytest.raises(InputError, match=r"nodes\.csv.*label"):
        evaluate(gold, folder)


# ------------------------------------------------------------------------ format


def test_format_report_ends_with_summary(tmp_path):
    gold = write_gold(tmp_path, widget_doc(not_nodes=["Show more widgets"]))
    tables = write_tables(
        tmp_path,
        [("mow", "Ministry of Widgets", ""), ("gb", "GB", ""), ("s", "Show more widgets", "")],
        [("mow", "subordinate_to", "gb")],
    )
    report = evaluate(gold, tables)
    text = format_report(report)
    lines = text.splitlines()
    last = lines[-1]
    assert last.startswith("overall")
    assert "core_node_recall=1.000" in last
    assert "core_edge_recall=0.000" in last
    assert "core_leads_recall=-" in last  # no leads edges in the gold
    assert "node_recall=0.667" in last
    assert "edge_recall=0.000" in last
    assert "violations=1" in last
    assert last.endswith("FAIL")
    summary = "\n".join(lines[lines.index("summary (counts pooled over documents)") :])
    for expected in (
        "  node recall        2/3 0.667",
        "  core node recall   2/2 1.000",
        "  edge recall        0/2 0.000",
        "  core edge recall   0/1 0.000",
        "  pair recall        1/2 0.500",
        "  core pair recall   1/1 1.000",
        "  core leads recall  -",
        "  violations         1  (not_nodes as node labels: 'Show more widgets')",
        "  node precision proxy     0.667  (2 of 3 build nodes carry a gold name or alias)",
        "  edge precision estimate  0.000  (0 of 1 build edges",
    ):
        assert expected in summary, expected
    assert "a.txt" in text
    # the missed core edge is listed with what the build has instead
    assert "<-subordinate_to" in text


# ------------------------------------------------------------------- gold inputs


def write_yaml(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


COG = node("Cog Office", ["CO"])


def cog_doc():
    return document("b.txt", nodes=[COG, MOW], edges=[edge("Cog Office", "subordinate_to", "Ministry of Widgets")])


def test_folder_of_gold_files(tmp_path):
    folder = tmp_path / "gold"
    write_yaml(folder / "02_b.yaml", cog_doc())  # a single document entry
    write_yaml(folder / "01_a.yaml", {"documents": [widget_doc(), document("c.txt", nodes=[COG])]})
    (folder / "notes.txt").write_text("not gold", encoding="utf-8")  # only *.yaml are read
    tables = write_tables(
        tmp_path,
        [("mow", "MOW", ""), ("gb", "GB", ""), ("cog", "CO", "")],
        [("gb", "subordinate_to", "mow"), ("cog", "subordinate_to", "mow")],
    )
    report = evaluate(folder, tables)
    # files in name order, documents in file order
    assert list(report.per_document["doc"]) == ["a.txt", "c.txt", "b.txt"]
    o = report.overall
    assert (o["nodes_found"], o["nodes_total"]) == (5, 6)
    assert (o["core_edges_found"], o["core_edges_total"]) == (2, 2)
    # the same documents in one file give the same figures
    combined = write_yaml(
        tmp_path / "all.yaml", {"documents": [widget_doc(), document("c.txt", nodes=[COG]), cog_doc()]}
    )
    assert evaluate(combined, tables).figures() == report.figures()


def test_single_document_entry_file(tmp_path):
    path = write_yaml(tmp_path / "b.yaml", cog_doc())
    tables = write_tables(tmp_path, [("cog", "Cog Office", ""), ("mow", "MOW", "")], [("cog", "subordinate_to", "mow")])
    report = evaluate(path, tables)
    assert list(report.per_document["doc"]) == ["b.txt"]
    assert report.overall["core_edge_recall"] == 1.0


def test_entries_without_core_count_as_core(tmp_path):
    entry = {
        "doc": "a.txt",
        "nodes": [{"name": "Cog Office"}, {"name": "Ministry of Widgets"}],
        "edges": [{"source": "Cog Office", "relation": "leads", "target": "Ministry of Widgets"}],
    }
    tables = write_tables(tmp_path, [("cog", "Cog Office", "")])
    o = evaluate(entry, tables).overall
    assert (o["core_nodes_found"], o["core_nodes_total"]) == (1, 2)
    assert (o["core_edges_total"], o["core_leads_total"]) == (1, 1)


def test_bad_yaml_in_a_folder_names_the_file_and_line(tmp_path):
    folder = tmp_path / "gold"
    write_yaml(folder / "a.yaml", widget_doc())
    (folder / "b.yaml").write_text("doc: b.txt\nnodes: [unclosed\n  - name: x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.yaml, line \d+: gold file is not valid YAML"):
        evaluate(folder, write_tables(tmp_path, []))


@pytest.mark.parametrize(
    "content, message",
    [
        ("nodes: []\n", r"neither a 'documents:' list nor a 'doc:' entry"),
        ("", r"neither a 'documents:' list nor a 'doc:' entry"),
        ("documents: {doc: a.txt}\n", r"'documents' must be a list"),
        ("documents: [a.txt]\n", r"documents\[0\] is not a mapping"),
        ("doc: a.txt\nnodes: {name: Cog Office}\n", r"a\.txt: 'nodes' must be a list"),
    ],
)
def test_malformed_gold_file_in_a_folder(tmp_path, content, message):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "odd.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"odd\.yaml: .*" + message):
        evaluate(folder, write_tables(tmp_path, []))


def test_gold_folder_without_yaml_files(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "gold.yml").write_text("doc: a.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold: gold folder holds no \*\.yaml files"):
        evaluate(folder, write_tables(tmp_path, []))


# ------------------------------------------------------------------ leads recall


def test_core_leads_recall(tmp_path):
    people = [
        node("Ada Quill", kind="person"),
        node("Bo Reed", kind="person"),
        node("Cy Moss", kind="person", core=False),
    ]
    gold = write_gold(
        tmp_path,
        document(
            "a.txt",
            nodes=[MOW, GB, *people],
            edges=[
                edge("Ada Quill", "leads", GB["name"]),
                edge("Bo Reed", "leads", GB["name"]),
                edge("Cy Moss", "leads", MOW["name"], core=False),  # not core: not counted
                edge(GB["name"], "subordinate_to", MOW["name"]),  # not leads: not counted
            ],
        ),
        document("b.txt", nodes=[COG]),  # no leads edges
    )
    tables = write_tables(
        tmp_path,
        [("mow", "MOW", ""), ("gb", "GB", ""), ("ada", "Ada Quill", ""), ("bo", "Bo Reed", ""), ("cy", "Cy Moss", "")],
        [("ada", "leads", "gb"), ("gb", "leads", "bo"), ("cy", "leads", "mow")],  # Bo's is reversed
    )
    report = evaluate(gold, tables)
    o = report.overall
    assert (o["core_leads_found"], o["core_leads_total"], o["core_leads_recall"]) == (1, 2, 0.5)
    per_doc = report.per_document.set_index("doc")
    assert per_doc.loc["a.txt", "core_leads_recall"] == 0.5
    assert per_doc.loc["b.txt", "core_leads_total"] == 0
    assert math.isnan(per_doc.loc["b.txt", "core_leads_recall"])
    assert report.passes(0.0, 0.0, core_leads_recall=0.5)
    assert not report.passes(0.0, 0.0, core_leads_recall=0.6)
    assert report.figures()["core_leads"] == 0.5


def test_per_document_lines(tmp_path):
    gold = write_gold(
        tmp_path,
        document(
            "a.txt",
            nodes=[MOW, GB, node("Ada Quill", kind="person")],
            edges=[edge("Ada Quill", "leads", GB["name"]), edge(GB["name"], "subordinate_to", MOW["name"])],
            not_nodes=["Read more"],
        ),
        document("b.txt", nodes=[COG], not_nodes=["Read more", "Share this page"]),
    )
    tables = write_tables(
        tmp_path,
        [("mow", "MOW", ""), ("gb", "GB", ""), ("ada", "Ada Quill", ""), ("r", "Read more", "")],
        [("ada", "leads", "gb")],
    )
    lines = format_report(evaluate(gold, tables)).splitlines()
    assert lines[1].split() == ["document", "core", "nodes", "core", "edges", "core", "leads", "violations"]
    assert lines[2].split() == ["a.txt", "3/3", "1.000", "1/2", "0.500", "1/1", "1.000", "1"]
    assert lines[3].split() == ["b.txt", "0/1", "0.000", "-", "-", "1"]
    assert "  violations         2  (not_nodes as node labels: 'Read more')" in lines


# ------------------------------------------------------- edge precision estimate


def precision_gold(tmp_path):
    return write_gold(
        tmp_path,
        document(
            "a.txt",
            nodes=[MOW, GB, SPROCKET, node("Ada Quill", kind="person")],
            edges=[
                edge(GB["name"], "subordinate_to", MOW["name"]),
                edge("Ada Quill", "leads", GB["name"]),
                edge(SPROCKET["name"], "front_for", GB["name"], core=False),
            ],
        ),
        document("b.txt", nodes=[COG, MOW], edges=[edge("Cog Office", "subordinate_to", MOW["name"])]),
    )


PRECISION_NODES = [
    ("mow", "MOW", ""),
    ("gb", "GB", ""),
    ("si", "Sprocket Institute", ""),
    ("ada", "Ada Quill", ""),
    ("cog", "CO", ""),
    ("x", "Gizmo Council", ""),
]


def test_edge_precision_estimate(tmp_path):
    tables = write_tables(
        tmp_path,
        PRECISION_NODES,
        [
            ("gb", "subordinate_to", "mow"),  # judged (a.txt), gold edge
            ("gb", "subordinate_to", "mow"),  # the same edge again: counted once
            ("ada", "leads", "gb"),  # judged, gold edge
            ("si", "part_of", "gb"),  # judged, wrong relation
            ("mow", "subordinate_to", "gb"),  # judged, wrong direction
            ("cog", "subordinate_to", "mow"),  # judged (b.txt), gold edge
            ("cog", "part_of", "gb"),  # not judged: no one document has both ends
            ("x", "affiliated_with", "mow"),  # not judged: an unannotated end
        ],
    )
    report = evaluate(precision_gold(tmp_path), tables)
    assert (report.edges_judged, report.edges_correct) == (5, 3)
    assert report.edge_precision_estimate == 0.6
    assert report.build_edges == 8
    figures = report.figures()
    assert (figures["edges_judged"], figures["edges_correct"]) == (5, 3)
    assert figures["edge_precision_estimate"] == 0.6


def test_edge_precision_counts_an_edge_once_over_documents(tmp_path):
    # both documents annotate both ends of cog -> mow; b.txt lists the edge, a.txt does not
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW, COG], edges=[edge("Ministry of Widgets", "part_of", "Cog Office")]),
        cog_doc(),
    )
    tables = write_tables(tmp_path, PRECISION_NODES, [("cog", "subordinate_to", "mow"), ("cog", "part_of", "mow")])
    report = evaluate(gold, tables)
    assert (report.edges_judged, report.edges_correct) == (2, 1)


def test_edge_precision_with_nothing_judged(tmp_path):
    tables = write_tables(tmp_path, PRECISION_NODES, [("x", "affiliated_with", "mow")])
    report = evaluate(precision_gold(tmp_path), tables)
    assert report.edges_judged == 0
    assert math.isnan(report.edge_precision_estimate)
    assert report.figures()["edge_precision_estimate"] is None


# --------------------------------------------------------------- command line


def test_cli_folder_json_and_leads_bar(tmp_path, orgnet_cli):
    folder = tmp_path / "gold"
    write_yaml(
        folder / "a.yaml",
        document(
            "a.txt",
            nodes=[MOW, GB, node("Ada Quill", kind="person")],
            edges=[edge("Ada Quill", "leads", GB["name"]), edge(GB["name"], "subordinate_to", MOW["name"])],
        ),
    )
    write_yaml(folder / "b.yaml", cog_doc())
    tables = write_tables(
        tmp_path, PRECISION_NODES, [("gb", "subordinate_to", "mow"), ("cog", "subordinate_to", "mow")]
    )
    r = orgnet_cli("evaluate", folder, "--tables", tables)
    assert r.returncode == 0, r.stderr
    assert "gold evaluation of 2 documents" in r.stdout
    assert r.stdout.splitlines()[-1].startswith("overall")
    j = orgnet_cli("evaluate", folder, "--tables", tables, "--json")
    assert j.returncode == 0, j.stderr
    figures = json.loads(j.stdout)
    assert figures["core_edge"] == round(2 / 3, 3)
    assert figures["core_leads"] == 0.0
    assert (figures["edges_judged"], figures["edges_correct"]) == (2, 2)
    bars = ("--min-core-nodes", "0", "--min-core-edges", "0")
    assert orgnet_cli("evaluate", folder, "--tables", tables, "--check", *bars).returncode == 0
    c = orgnet_cli("evaluate", folder, "--tables", tables, "--check", *bars, "--min-core-leads", "0.5")
    assert c.returncode == 1


def test_cli_bad_gold_file_is_a_one_line_error(tmp_path, orgnet_cli, one_line_error):
    folder = tmp_path / "gold"
    write_yaml(folder / "a.yaml", widget_doc())
    (folder / "broken.yaml").write_text("doc: b.txt\nnodes: [\n  - name: x\n", encoding="utf-8")
    r = orgnet_cli("evaluate", folder, "--tables", write_tables(tmp_path, []))
    assert r.returncode == 2
    one_line_error(r.stderr, "broken.yaml, line ", "not valid YAML")
