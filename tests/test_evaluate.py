"""Tests of orgnet.evaluate against small invented gold files and builds."""

from __future__ import annotations

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
        [{"id": i, "label": label, "kind": "state_body", "aliases": aliases}
         for i, label, aliases in nodes],
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
            edge("Gadget Bureau of the Ministry of Widgets", "subordinate_to",
                 "Ministry of Widgets"),
            edge("Sprocket Institute", "front_for", "Gadget Bureau of the Ministry of Widgets",
                 core=False),
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
        ("\u201cWidget\u201d \u2018Office\u2019", "widget office"),  # curly quotes
        ("\"Widget\" 'Office'", "widget office"),  # straight quotes
        ("Ministry of Widgets (MOW)", "ministry of widgets mow"),
        ("M.O.W.", "mow"),
        ("Widgets, Gadgets", "widgets gadgets"),
        ("\uff2d\uff2f\uff37", "mow"),  # fullwidth letters (NFKC)
        ("\ufb01ve Office", "five office"),  # ligature (NFKC)
        ("Widget\u00a0Office", "widget office"),  # no-break space (NFKC + squash)
        ("  Widget \n\t Office  ", "widget office"),
        ("Stra\u00dfe Bureau", "strasse bureau"),  # case folding, not lowering
        ("The \u201cMOW\u201d", "mow"),  # quotes removed before "the" is dropped
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_normalize_name_equates_variants():
    assert normalize_name("The Ministry of Widgets (MOW)") == normalize_name(
        "ministry of widgets MOW"
    )
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
        document("a.txt", nodes=[MOW, bureau_plain],
                 edges=[edge(GB["name"], "subordinate_to", MOW["name"])]),
        document("b.txt", nodes=[MOW, GB],
                 edges=[edge(GB["name"], "subordinate_to", MOW["name"])]),
    )
    tables = write_tables(
        tmp_path, [("mow", "MOW", ""), ("gb", "GB", "")], [("gb", "subordinate_to", "mow")]
    )
    per_doc = evaluate(gold, tables).per_document.set_index("doc")
    assert per_doc.loc["a.txt", "edges_found"] == 0
    assert per_doc.loc["b.txt", "edges_found"] == 1


def test_endpoint_missing_from_node_list_uses_its_name(tmp_path):
    gold = write_gold(
        tmp_path,
        document("a.txt", nodes=[MOW],
                 edges=[edge("The Cog Office", "subordinate_to", "Ministry of Widgets")]),
    )
    tables = write_tables(
        tmp_path, [("mow", "MOW", ""), ("cog", "Cog Office", "")],
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
        document("b.txt", not_nodes=["\u201cWidgets First\u201d strategy"]),
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
    nodes = pd.DataFrame(
        {"id": [1, 2], "label": ["Ministry of Widgets", "GB"], "aliases": [float("nan"), None]}
    )
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
    assert "node_recall=0.667" in last
    assert "edge_recall=0.000" in last
    assert "violations=1" in last
    assert last.endswith("FAIL")
    tail = "\n".join(lines[-8:])
    assert "core node recall  2/2 1.000" in tail
    assert "'Show more widgets'" in tail
    assert "a.txt" in text
    # the missed core edge is listed with what the build has instead
    assert "<-subordinate_to" in text
