"""Bad input degrades gracefully: every file gets a `documents` row with a status and warnings
naming it, the good documents keep all their claims, the command line reports problems in one
line (exit 2) and never with a traceback.

Every organisation here is invented.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pandas as pd
import pytest
from claim_helpers import reads_as  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet
from orgnet.read.document import MAX_BYTES_DEFAULT

GOOD_ARTICLE = """\
= Bureau of Tests =
- Parent organization: Ministry of Widgets
- Headquarters: Springfield, Ruritania
- Leader: Li Wei

The Bureau of Tests (BOT) is an agency of the Ministry of Widgets (MOW).[1] It was founded in 1950.[2]
The Bureau of Tests is overseen by the Council of Gadgets.
The Bureau of Tests operates the Widget Research Institute (WRI), which publishes the journal Widget Review.

== Directors ==
- Li Wei (March 1990 – present)
- Anna Karlsson (May 1980 – March 1990)

== References ==
1. ^ "Widgets today". Widget Times. 2001.
2. ^ "History of the bureau". Gadget Post. 1999.
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html><head><title>Office of Gizmos</title>
<script>alert(1)</script>
<style>body { color: red }</style>
</head>
<body>
<h1>Office of Gizmos</h1>
<p>The Office of Gizmos is overseen by the Ministry of Sprockets.</p>
<img src=x onerror=alert(1)>
<p>The Office of Gizmos operates the Gizmo Training Centre.<script>alert(1)</script></p>
<div>It was founded in <b>1964</b>.</div>
</body></html>
"""

# Not valid UTF-8: 0xe9 is "é" in Latin-1.
LATIN1_BYTES = (
    "Café Bureau\n\nThe Café Bureau is overseen by the Ministry of Sprockets. It was founded in 1961 in Vésale.\n"
).encode("latin-1")

CRLF_BOM_BYTES = (
    "\ufeffDepartment of Cogs\r\n\r\nThe Department of Cogs is overseen by the "
    "Ministry of Sprockets.\r\nIt was founded in 1972.\r\n"
).encode("utf-8")

BIG_PARAGRAPHS = (
    "The Board of Levers is overseen by the Ministry of Sprockets. It was founded in 1950 and has "
    "offices in Springfield.",
    "According to the Lever Times, the Office of Pulleys operates the Pulley Training Centre, which "
    "publishes the journal Pulley Review.",
    "In 1990, the Department of Cogs was placed under the State Board of Sprockets. The board meets "
    "twice a year to discuss sprocket standards.",
    "Staff of the board write reports about levers, pulleys and cogs; the reports are read by many "
    "people in many towns.",
)
BIG_SIZE = 20 * 1000 * 1000

#: file name -> status expected in documents.status (the big file is added separately)
EXPECTED_STATUS = {
    "good.txt": "ok",
    "empty.txt": "empty",
    "binary.txt": "binary",
    "latin1.txt": "fallback-encoding",
    "page.html": "html-stripped",
    "crlf_bom.txt": "ok",
    "picture.png": "skipped",
}
GOOD_FILES = {"good.txt", "crlf_bom.txt"}

#: claim columns that must not change when bad files sit next to a document
CLAIM_COLUMNS = [
    "claim_id",
    "subject_name",
    "relation",
    "object_name",
    "value",
    "start",
    "end",
    "title",
    "section",
    "char_start",
    "char_end",
    "evidence",
    "refs",
    "citations",
    "method",
    "hedge",
    "confidence",
]


def write_good(folder: Path, name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(GOOD_ARTICLE, encoding="utf-8")
    return p


def write_bad_files(folder: Path) -> None:
    write_good(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"Bureau of Tests\x00\x01\x02\x00\xff\xfe binary junk \x00" * 20)
    (folder / "latin1.txt").write_bytes(LATIN1_BYTES)
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "crlf_bom.txt").write_bytes(CRLF_BOM_BYTES)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def write_big(path: Path, size: int = BIG_SIZE) -> None:
    block = ("\n\n".join(BIG_PARAGRAPHS) + "\n\n").encode("utf-8")
    path.write_bytes(block * (size // len(block) + 1))


def claim_rows(tables: orgnet.Tables, doc: str) -> pd.DataFrame:
    c = tables.claims
    return c.loc[c["doc"] == doc, CLAIM_COLUMNS].sort_values("claim_id").reset_index(drop=True)


def warnings_of(tables: orgnet.Tables, doc: str) -> str:
    d = tables.documents.set_index("doc")
    return str(d.loc[doc, "warnings"])


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def small_bad_folder(tmp_path_factory) -> Path:
    """The good article and one file of each bad kind (no 20 MB file: used by the CLI runs)."""
    folder = tmp_path_factory.mktemp("bad") / "seeds"
    write_bad_files(folder)
    return folder


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    """The good article, one file of each bad kind and a 20 MB file of invented prose."""
    folder = tmp_path_factory.mktemp("bad_big") / "seeds"
    write_bad_files(folder)
    write_big(folder / "big.txt")
    return folder


@pytest.fixture(scope="module")
def bad_build(bad_folder):
    t0 = time.perf_counter()
    tables = orgnet.build(bad_folder)
    seconds = time.perf_counter() - t0
    print(f"\norgnet.build on the bad-input folder (with a {BIG_SIZE / 1e6:.0f} MB file): {seconds:.1f} s")
    return tables


@pytest.fixture(scope="module")
def good_alone_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good_alone") / "seeds"
    write_good(folder)
    return orgnet.build(folder)


# --------------------------------------------------------------------------- the build


def test_one_documents_row_per_file_with_its_status(bad_folder, bad_build):
    files = sorted(p.name for p in bad_folder.iterdir())
    docs = bad_build.documents
    assert sorted(docs["doc"]) == files
    assert len(docs) == len(files)
    expected = dict(EXPECTED_STATUS)
    expected["big.txt"] = "too-large" if (bad_folder / "big.txt").stat().st_size > MAX_BYTES_DEFAULT else "ok"
    assert dict(zip(docs["doc"], docs["status"])) == expected


def test_bad_files_have_warnings_naming_them(bad_build):
    docs = bad_build.documents
    bad = docs[~docs["doc"].isin(GOOD_FILES | {"big.txt"})]
    assert len(bad) == len(EXPECTED_STATUS) - len(GOOD_FILES)
    for _, row in bad.iterrows():
        assert row["warnings"].strip(), f"{row['doc']} ({row['status']}) has no warning"
        assert row["doc"] in row["warnings"], f"{row['doc']}: warnings do not name the file: {row['warnings']!r}"


def test_each_warning_is_given_once(bad_build):
    """One problem, one warning: the summary's warning count must not count a problem twice."""
    for _, row in bad_build.documents.iterrows():
        items = [w.strip() for w in row["warnings"].split("; ") if w.strip()]
        assert len(items) == len(set(items)), f"{row['doc']}: repeated warning: {row['warnings']!r}"


def test_good_article_keeps_all_its_claims(bad_build, good_alone_build):
    alone = claim_rows(good_alone_build, "good.txt")
    assert len(alone) >= 5  # the comparison means something only if the article gives claims
    pd.testing.assert_frame_equal(claim_rows(bad_build, "good.txt"), alone)


def test_no_script_text_in_claims_nodes_or_titles(bad_build):
    forbidden = ("<script", "</script", "alert(1)", "onerror", "<img")
    cells = {
        "claims.evidence": bad_build.claims["evidence"],
        "claims.value": bad_build.claims["value"],
        "claims.subject_name": bad_build.claims["subject_name"],
        "claims.object_name": bad_build.claims["object_name"],
        "nodes.label": bad_build.nodes["label"],
        "nodes.aliases": bad_build.nodes["aliases"],
        "nodes.description": bad_build.nodes["description"],
        "edges.evidence": bad_build.edges["evidence"],
        "documents.title": bad_build.documents["title"],
    }
    for where, col in cells.items():
        for cell in col.astype(str):
            for f in forbidden:
                assert f not in cell.casefold(), f"{where} holds {f!r}: {cell!r}"
    # the HTML page's text itself was read, not dropped with its markup
    html_row = bad_build.documents.set_index("doc").loc["page.html"]
    assert html_row["n_sentences"] >= 2


def test_html_page_text_is_kept_and_markup_dropped(small_bad_folder):
    d = orgnet.read_document(small_bad_folder / "page.html")
    assert d.status == "html-stripped"
    assert "The Office of Gizmos is overseen by the Ministry of Sprockets." in d.text
    for f in ("<script", "alert(", "onerror", "<p>", "<img", "color: red"):
        assert f not in d.text, f"{f!r} left in the stripped text"


def test_evidence_invariant_for_every_claim_of_the_bad_folder(bad_folder, bad_build):
    claims = bad_build.claims
    assert set(claims["doc"]) >= {"good.txt", "latin1.txt", "crlf_bom.txt", "page.html"}
    for doc, g in claims.groupby("doc"):
        d = orgnet.read_document(bad_folder / doc)
        for cid, a, b, ev in zip(g["claim_id"], g["char_start"], g["char_end"], g["evidence"]):
            # offsets count characters of the file as decoded; the evidence is that span as read
            assert reads_as(d.raw[int(a) : int(b)], ev), (doc, cid, d.raw[int(a) : int(b)], ev)
            if d.raw == d.text:
                assert d.text[int(a) : int(b)] == ev, (doc, cid)


def test_crlf_and_bom_are_normalised(small_bad_folder):
    d = orgnet.read_document(small_bad_folder / "crlf_bom.txt")
    assert d.status == "ok"
    assert "\r" not in d.text and "\ufeff" not in d.text
    assert d.text.startswith("Department of Cogs\n\nThe Department of Cogs")
    assert d.title == "Department of Cogs"


def test_latin1_file_is_read_with_a_fallback_encoding(small_bad_folder):
    d = orgnet.read_document(small_bad_folder / "latin1.txt")
    assert d.status == "fallback-encoding"
    assert d.encoding in ("cp1252", "latin-1", "iso-8859-1")
    assert "Café Bureau" in d.text and "Vésale" in d.text
    assert any("latin1.txt" in w for w in d.warnings)


def test_big_file_is_parsed_or_refused_with_a_warning(bad_folder, bad_build):
    row = bad_build.documents.set_index("doc").loc["big.txt"]
    size = (bad_folder / "big.txt").stat().st_size
    assert size >= BIG_SIZE
    if size > MAX_BYTES_DEFAULT:
        assert row["status"] == "too-large" and "big.txt" in row["warnings"]
    else:
        assert row["status"] == "ok"
        assert row["chars"] == size  # ASCII prose: one character per byte
        assert row["n_claims"] > 0


def test_over_the_size_limit_is_too_large(small_bad_folder):
    d = orgnet.read_document(small_bad_folder / "good.txt", max_bytes=100)
    assert d.status == "too-large"
    assert d.text == ""
    assert d.warnings and "good.txt" in d.warnings[0]


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    write_good(folder)
    locked = folder / "locked.txt"
    locked.write_text("The Bureau of Locks is overseen by the Ministry of Keys.\n", encoding="utf-8")
    if os.geteuid() == 0:
        # root reads any file whatever its mode: simulate the permission error instead
        real = os.open

        def os_open(path, *args, **kwargs):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        tables = orgnet.build(folder)
    else:
        locked.chmod(0)
        try:
            tables = orgnet.build(folder)
        finally:
            locked.chmod(0o644)
    docs = tables.documents.set_index("doc")
    assert docs.loc["locked.txt", "status"] == "unreadable"
    assert "locked.txt" in docs.loc["locked.txt", "warnings"]
    assert docs.loc["good.txt", "status"] == "ok"
    assert (tables.claims["doc"] == "good.txt").sum() > 0


# --------------------------------------------------------------------------- the command line


def test_cli_build_on_bad_folder_writes_all_tables(small_bad_folder, tmp_path, orgnet_cli):
    out = tmp_path / "out"
    r = orgnet_cli("build", small_bad_folder, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    for name in ("nodes", "edges", "claims", "documents", "conflicts"):
        for ext in ("csv", "parquet"):
            assert (out / f"{name}.{ext}").is_file(), f"{name}.{ext} not written"
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert sorted(docs["doc"]) == sorted(EXPECTED_STATUS)
    assert dict(zip(docs["doc"], docs["status"])) == EXPECTED_STATUS
    back = orgnet.read_tables(out)
    assert len(back.claims) == len(pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False))


def test_cli_build_strict_fails_in_one_line(small_bad_folder, tmp_path, orgnet_cli, one_line_error):
    r = orgnet_cli("build", small_bad_folder, "--out", tmp_path / "out", "--strict")
    assert r.returncode == 2
    one_line_error(r.stderr, "strict")


def test_cli_strict_passes_on_a_clean_folder(tmp_path, orgnet_cli):
    folder = tmp_path / "seeds"
    write_good(folder)
    r = orgnet_cli("build", folder, "--out", tmp_path / "out", "--strict")
    assert r.returncode == 0, r.stderr


def test_cli_missing_folder(tmp_path, orgnet_cli, one_line_error):
    missing = tmp_path / "no_such_seeds"
    r = orgnet_cli("build", missing, "--out", tmp_path / "out")
    assert r.returncode == 2
    one_line_error(r.stderr, str(missing))
    with pytest.raises(orgnet.InputError, match="no_such_seeds"):
        orgnet.build(missing)


def test_cli_path_is_a_file(tmp_path, orgnet_cli, one_line_error):
    f = write_good(tmp_path / "x")
    r = orgnet_cli("build", f, "--out", tmp_path / "out")
    assert r.returncode == 2
    one_line_error(r.stderr, str(f))
    with pytest.raises(orgnet.InputError, match="good.txt"):
        orgnet.build(f)


# --------------------------------------------------------------------------- sources.yaml


def test_malformed_sources_yaml_is_a_warning(tmp_path, good_alone_build):
    folder = tmp_path / "seeds"
    write_good(folder)
    (folder / "sources.yaml").write_text("good.txt:\n  title: [unclosed\n  url: : :\n\tbad: tab\n", encoding="utf-8")
    tables = orgnet.build(folder)
    assert list(tables.documents["doc"]) == ["good.txt"]
    assert "sources.yaml" in " ".join(tables.documents["warnings"])
    pd.testing.assert_frame_equal(claim_rows(tables, "good.txt"), claim_rows(good_alone_build, "good.txt"))


def test_sources_yaml_that_is_not_a_mapping_is_a_warning(tmp_path):
    folder = tmp_path / "seeds"
    write_good(folder)
    (folder / "sources.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    tables = orgnet.build(folder)
    assert "sources.yaml" in " ".join(tables.documents["warnings"])


def test_unknown_reliability_grade_is_a_warning(tmp_path):
    folder = tmp_path / "seeds"
    write_good(folder)
    (folder / "sources.yaml").write_text("good.txt:\n  reliability: Z\n", encoding="utf-8")
    tables = orgnet.build(folder)
    w = " ".join(tables.documents["warnings"])
    assert "sources.yaml" in w and "'Z'" in w


def test_valid_sources_yaml_shows_in_documents_csv(tmp_path):
    folder = tmp_path / "seeds"
    write_good(folder)
    (folder / "sources.yaml").write_text(
        "good.txt:\n"
        "  title: The Bureau of Tests, an overview\n"
        "  url: https://example.org/bureau-of-tests\n"
        "  retrieved: 2024-05-01\n"
        "  reliability: B\n",
        encoding="utf-8",
    )
    tables = orgnet.build(folder)
    assert tables.documents["warnings"].tolist() == [""]
    tables.write(tmp_path / "out", formats=("csv",))
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    row = docs.set_index("doc").loc["good.txt"]
    assert row["title"] == "The Bureau of Tests, an overview"
    assert row["url"] == "https://example.org/bureau-of-tests"
    assert row["retrieved"] == "2024-05-01"
    assert row["reliability"] == "B"


def _confidences(tmp_path: Path, grade: str | None) -> tuple[pd.Series, pd.Series]:
    folder = tmp_path / f"seeds_{grade or 'none'}"
    write_good(folder)
    if grade:
        (folder / "sources.yaml").write_text(f"good.txt:\n  reliability: {grade}\n", encoding="utf-8")
    t = orgnet.build(folder)
    claims = t.claims.set_index("claim_id")["confidence"]
    edges = t.edges.set_index(["source", "relation", "target"])["confidence"]
    return claims, edges


def test_reliability_grade_moves_confidence(tmp_path):
    grades = {g: _confidences(tmp_path, g) for g in ("A", "B", "E", "F")}
    claims = {g: c for g, (c, _) in grades.items()}
    edges = {g: e for g, (_, e) in grades.items()}
    ids = claims["A"].index
    assert len(ids) >= 5
    for g in grades:  # the same claims and edges whatever the grade
        assert list(claims[g].index) == list(ids)
        assert list(edges[g].index) == list(edges["A"].index)
    for cid in ids:
        a, b, e, f = (claims[g][cid] for g in ("A", "B", "E", "F"))
        assert e < a, f"{cid}: grade E {e} is not below grade A {a}"
        assert e < f < b, f"{cid}: expected E {e} < F {f} < B {b}"
    for key in edges["A"].index:
        assert edges["E"][key] < edges["A"][key], key
