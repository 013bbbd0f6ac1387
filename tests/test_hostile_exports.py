"""Exports and the command line on hostile, invented data (issue 14): characters XML cannot hold,
spreadsheet formulas in CSV cells, reproducible GEXF dates, number options out of range,
escape sequences in file names, and unreadable table files."""

from __future__ import annotations

import csv
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from orgnet.cli import make_parser, shown
from orgnet.errors import InputError
from orgnet.export import XMLCharacterWarning, export
from orgnet.graph import example_tables, to_graph
from orgnet.tables import SCHEMA, TABLE_NAMES, Tables, read_tables

# every character XML 1.0 cannot hold that a table can (Arrow text cannot hold lone surrogates)
XML_BAD = "\x00\x01\x08\x0b\x0c\x1b\x7f\ufffe\uffff"  # \x7f (DEL) is allowed in XML 1.0
XML_BAD_COUNT = 8
XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FORMULAS = [
    '=HYPERLINK("http://x","y")',
    "+1+2",
    "-2-3",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    "'=quoted",
    "''@twice",
    "'plain quote",
    "a=b",
    "- list item",
]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
#: how each of FORMULAS is written in a CSV cell: one more quote where a spreadsheet would see a formula
SAFE = {f: ("'" + f if re.match(r"'*[=+\-@\t\r]", f) else f) for f in FORMULAS}
assert SAFE["'=quoted"] == "''=quoted" and SAFE["''@twice"] == "'''@twice"
assert SAFE["'plain quote"] == "'plain quote" and SAFE["a=b"] == "a=b"


def _hostile_tables() -> Tables:
    """The example tables with XML-invalid characters in labels, evidence and a document name."""
    t = example_tables()
    t.nodes["label"] = t.nodes["label"] + f" {XML_BAD} end"
    t.edges["evidence"] = t.edges["evidence"] + XML_BAD
    for _, df in t:
        for col in ("docs", "doc"):
            if col in df.columns:
                df[col] = df[col].str.replace("widgets.txt", "wid\x1bgets\x07.txt", regex=False)
    return t


def _formula_tables() -> Tables:
    """The example tables with spreadsheet formulas at the start of text cells, and a negative year."""
    t = example_tables()
    n = len(t.nodes)
    t.nodes["description"] = pd.array([FORMULAS[i % len(FORMULAS)] for i in range(n)], dtype="string")
    t.nodes["label"] = pd.array([FORMULAS[(i + 3) % len(FORMULAS)] + " label" for i in range(n)], dtype="string")
    t.nodes["founded"] = pd.array([-500] + [None] * (n - 1), dtype="Int64")
    t.edges["evidence"] = pd.array([FORMULAS[i % len(FORMULAS)] for i in range(len(t.edges))], dtype="string")
    t.documents["title"] = pd.array(["=cmd|' /C calc'!A0"] * len(t.documents), dtype="string")
    return t


# --------------------------------------------------------------------------- XML characters


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_replace_characters_xml_cannot_hold(tmp_path, fmt):
    t = _hostile_tables()
    G = to_graph(t)
    lone = "li-wei"
    G.nodes[lone]["description"] = "lone \ud800 surrogate \udfff"  # only a graph can hold these
    with pytest.warns(XMLCharacterWarning, match=r"replaced \d+ characters"):
        out = export(G, fmt, tmp_path / f"net.{fmt}")
    text = out.read_text("utf-8")
    assert not XML_INVALID.search(text)
    ET.parse(out)  # well-formed
    H = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    labels = [d["label"] for _, d in H.nodes(data=True)]
    assert all(label.endswith("\x7f\ufffd\ufffd end") for label in labels), labels[:2]
    assert all(label.count("\ufffd") == XML_BAD_COUNT for label in labels), labels[:2]
    assert H.nodes[lone]["description"] == "lone \ufffd surrogate \ufffd"
    docs = " ".join(d["docs"] for _, d in H.nodes(data=True))
    assert "wid\ufffdgets\ufffd.txt" in docs and "\x1b" not in docs


def test_the_warning_counts_the_replaced_characters(tmp_path):
    t = example_tables()
    t.nodes.loc[0, "label"] = "a\x00b\uffffc"
    with pytest.warns(XMLCharacterWarning, match="replaced 2 characters"):
        export(t, "graphml", tmp_path / "n.graphml")
    with pytest.warns(XMLCharacterWarning, match="replaced 2 characters"):
        export(t, "gexf", tmp_path / "n.gexf")


def test_clean_text_gives_no_warning(tmp_path, recwarn):
    export(example_tables(), "graphml", tmp_path / "n.graphml")
    export(example_tables(), "gexf", tmp_path / "n.gexf")
    assert not [w for w in recwarn if issubclass(w.category, XMLCharacterWarning)]


def test_hostile_gexf_keeps_to_the_1_2_schema_rules(tmp_path):
    """The rules tests/test_export.py checks (no XSD offline): namespace, version, declared
    attribute types, attvalues that fit them."""
    with pytest.warns(XMLCharacterWarning):
        out = export(_hostile_tables(), "gexf", tmp_path / "n.gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    graph = root.find("g:graph", ns)
    declared = {
        (a.get("class"), x.get("id")): x.get("type")
        for a in graph.findall("g:attributes", ns)
        for x in a.findall("g:attribute", ns)
    }
    assert set(declared.values()) <= {"integer", "long", "double", "float", "boolean", "string"}
    for cls in ("node", "edge"):
        for el in graph.iter(f"{{{ns['g']}}}{cls}"):
            for av in el.findall("g:attvalues/g:attvalue", ns):
                t = declared[cls, av.get("for")]
                if t in ("integer", "long"):
                    int(av.get("value"))
                elif t in ("double", "float"):
                    float(av.get("value"))


def test_cli_export_prints_the_xml_warning(tmp_path, orgnet_cli):
    folder = tmp_path / "tables"
    _hostile_tables().write(folder)
    r = orgnet_cli("export", "--tables", folder, "--out", tmp_path / "n.graphml")
    assert r.returncode == 0, r.stderr
    assert re.search(r"^orgnet export: warning: .*n\.graphml: replaced \d+ characters", r.stderr, re.M), r.stderr
    nx.read_graphml(tmp_path / "n.graphml", force_multigraph=True)


# --------------------------------------------------------------------------- reproducible GEXF


def test_gexf_date_comes_from_source_date_epoch(tmp_path, monkeypatch):
    import networkx.readwrite.gexf as nx_gexf

    days = iter(["2031-01-01", "2032-02-02", "2033-03-03"])

    class Clock:  # networkx writes time.strftime("%Y-%m-%d"): a different day on each export
        @staticmethod
        def strftime(fmt, *args):
            return next(days)

    monkeypatch.setattr(nx_gexf, "time", Clock)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(86400 * 365))  # 1971-01-01
    a = export(example_tables(), "gexf", tmp_path / "a.gexf").read_bytes()
    b = export(example_tables(), "gexf", tmp_path / "b.gexf").read_bytes()
    assert a == b
    assert b'lastmodifieddate="1971-01-01"' in a
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    c = export(example_tables(), "gexf", tmp_path / "c.gexf").read_bytes()
    assert b'lastmodifieddate="2033-03-03"' in c  # without it: the day of the export, as before


# --------------------------------------------------------------------------- CSV formulas


def _csv_cells(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _text_cells(path: Path, table: str) -> list[str]:
    rows = _csv_cells(path)
    header, body = rows[0], rows[1:]
    text = [i for i, c in enumerate(header) if SCHEMA[table].get(c, "string") == "string"]
    return [r[i] for r in body for i in text]


def test_csv_export_never_starts_a_text_cell_with_a_formula(tmp_path):
    t = _formula_tables()
    out = export(t, "csv", tmp_path / "csv")
    for name in TABLE_NAMES:
        for cell in _text_cells(out / f"{name}.csv", name):
            assert not cell.startswith(DANGEROUS), (name, cell)
    nodes = _csv_cells(out / "nodes.csv")
    founded = nodes[0].index("founded")
    assert nodes[1][founded] == "-500"  # a number stays a number
    descriptions = [r[nodes[0].index("description")] for r in nodes[1:]]
    assert descriptions == [SAFE[FORMULAS[i % len(FORMULAS)]] for i in range(len(descriptions))]
    edges = _csv_cells(out / "edges.csv")
    evidence = [r[edges[0].index("evidence")] for r in edges[1:]]
    assert evidence == [SAFE[FORMULAS[i % len(FORMULAS)]] for i in range(len(evidence))]


def test_csv_read_back_is_exact(tmp_path):
    t = _formula_tables()
    csv_only = export(t, "csv", tmp_path / "csv")
    both = tmp_path / "both"
    t.write(both)
    for folder in (csv_only, both):
        back = read_tables(folder)
        for name, df in t:
            pd.testing.assert_frame_equal(
                getattr(back, name), df.reset_index(drop=True), check_dtype=False, obj=f"{folder.name}/{name}"
            )
    assert read_tables(csv_only).nodes["founded"].iloc[0] == -500


def test_csv_of_a_view_is_spreadsheet_safe(tmp_path):
    G = to_graph(_formula_tables())
    out = export(G, "csv", tmp_path / "view")
    cells = _csv_cells(out / "edges.csv")
    evidence = [r[cells[0].index("evidence")] for r in cells[1:]]
    assert evidence and not any(c.startswith(DANGEROUS) for c in evidence)
    assert "'-2-3" in evidence or "'+1+2" in evidence


def test_parquet_keeps_exact_values(tmp_path):
    t = _formula_tables()
    out = export(t, "parquet", tmp_path / "pq")
    assert pd.read_parquet(out / "nodes.parquet")["description"].tolist() == t.nodes["description"].tolist()


# --------------------------------------------------------------------------- number options


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["build", "--jobs", "0"], "--jobs must be 1 or more, not 0"),
        (["build", "--jobs", "-3"], "--jobs must be 1 or more, not -3"),
        (["build", "--jobs", "two"], "--jobs must be a whole number"),
        (["export", "--out", "x.gexf", "--depth", "-1"], "--depth must be 0 or more, not -1"),
        (["export", "--out", "x.gexf", "--year", "0"], "a year must be from 1 to 9999, not 0"),
        (["export", "--out", "x.gexf", "--year", "20000"], "a year must be from 1 to 9999"),
        (["brief", "--out", "x.html", "--depth", "-2"], "--depth must be 0 or more, not -2"),
        (["brief", "--out", "x.html", "--as-of", "-5"], "a year must be from 1 to 9999, not -5"),
        (["evaluate", "gold.yaml", "--min-core-nodes", "nan"], "a bar must be a number of 0 or more"),
        (["evaluate", "gold.yaml", "--min-core-edges", "-0.5"], "a bar must be a number of 0 or more"),
        (["evaluate", "gold.yaml", "--min-core-leads", "inf"], "a bar must be a number of 0 or more"),
    ],
)
def test_number_options_out_of_range_are_usage_errors(argv, fragment, capsys):
    with pytest.raises(SystemExit) as exc:
        make_parser().parse_args(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert fragment in err, err


def test_number_options_in_range_are_taken(capsys):
    p = make_parser()
    assert p.parse_args(["build", "--jobs", "1"]).jobs == 1
    assert p.parse_args(["export", "--out", "x", "--depth", "0", "--year", "1990"]).year == 1990
    assert p.parse_args(["brief", "--out", "x", "--as-of", "2000"]).depth == 2
    assert p.parse_args(["evaluate", "g", "--min-core-nodes", "1.01"]).min_core_nodes == 1.01


def test_cli_rejects_jobs_zero(orgnet_cli, tmp_path):
    r = orgnet_cli("build", tmp_path, "--out", tmp_path / "out", "--jobs", "0")
    assert r.returncode == 2
    assert "--jobs must be 1 or more, not 0" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- terminal output


def test_shown_escapes_control_characters():
    assert shown("a\x1b[31mb\x9bc\x07d\u202ee") == "a\\x1b[31mb\\x9bc\\x07d\\u202ee"
    assert shown("line\nnext\ttab") == "line\\nnext\\ttab"
    assert shown("Zürich 北京 — ok") == "Zürich 北京 — ok"


def test_cli_build_shows_escape_codes_in_file_names_escaped(hostile_seeds, tmp_path, orgnet_cli):
    seeds = tmp_path / "seeds"
    shutil.copytree(hostile_seeds, seeds)
    (seeds / "empty\x1b[31mred.txt").write_text("", encoding="utf-8")
    (seeds / "bin\x1b]0;title\x07.txt").write_bytes(b"hello\x00\x01 binary")
    out = tmp_path / "out\x1b[2J"
    r = orgnet_cli("build", seeds, "--out", out, "--no-progress", "--no-cache", "-v")
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout + r.stderr and "\x07" not in r.stdout + r.stderr
    assert "empty\\x1b[31mred.txt: empty" in r.stdout
    assert "bin\\x1b]0;title\\x07.txt: binary" in r.stdout
    assert "out\\x1b[2J/" in r.stdout and "wrote " in r.stdout
    # the --strict error names the files escaped too
    s = orgnet_cli("build", seeds, "--out", tmp_path / "strict", "--no-progress", "--strict")
    assert s.returncode == 2 and "\x1b" not in s.stderr, s.stderr
    # an error naming a missing folder, and the export line
    e = orgnet_cli("export", "--tables", tmp_path / "no\x1b[5msuch", "--out", tmp_path / "x.gexf")
    assert e.returncode == 2 and "\x1b" not in e.stderr and "no\\x1b[5msuch" in e.stderr, e.stderr
    x = orgnet_cli("export", "--tables", out, "--out", tmp_path / "x\x1b[1m.gexf")
    assert x.returncode == 0, x.stderr
    assert "\x1b" not in x.stdout and "x\\x1b[1m.gexf" in x.stdout


# --------------------------------------------------------------------------- unreadable files


def test_an_empty_csv_is_an_input_error_naming_the_file(tmp_path):
    example_tables().write(tmp_path, formats=("csv",))
    (tmp_path / "edges.csv").write_bytes(b"")
    with pytest.raises(InputError, match=r"edges\.csv: 0 bytes, but manifest\.json"):  # a verified build
        read_tables(tmp_path)
    (tmp_path / "manifest.json").unlink()  # a folder of an older orgnet: read unchecked
    with (
        pytest.warns(UserWarning, match="no manifest"),
        pytest.raises(InputError, match=r"edges\.csv: cannot be read as a table \(empty file\)"),
    ):
        read_tables(tmp_path)


def test_a_corrupt_parquet_is_an_input_error_naming_the_file(tmp_path, orgnet_cli):
    example_tables().write(tmp_path)
    (tmp_path / "claims.parquet").write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(InputError, match=r"claims\.parquet: 24 bytes, but manifest\.json"):
        read_tables(tmp_path)
    (tmp_path / "manifest.json").rename(tmp_path / "manifest.saved")  # an older orgnet's folder
    with (
        pytest.warns(UserWarning, match="no manifest"),
        pytest.raises(InputError, match=r"claims\.parquet: cannot be read as a table"),
    ):
        read_tables(tmp_path)
    (tmp_path / "manifest.saved").rename(tmp_path / "manifest.json")
    r = orgnet_cli("export", "--tables", tmp_path, "--out", tmp_path / "n.gexf")
    assert r.returncode == 2 and "claims.parquet" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_evaluate_reads_the_build_csv_values_exactly(tmp_path):
    from orgnet.evaluate import _load_tables

    t = _formula_tables()
    t.write(tmp_path, formats=("csv",))
    nodes, edges, _, _ = _load_tables(tmp_path)
    assert nodes["label"].tolist() == t.nodes["label"].tolist()
    assert edges["evidence"].tolist() == t.edges["evidence"].tolist()
