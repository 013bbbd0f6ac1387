"""Issue 14: no entry of the documents folder is lost and none can stall or abort a build.

Every case is a reproducer of the issue, on invented snippets: the build finishes, every
entry of the folder has its row in ``documents.csv`` (read, or ``skipped`` with the reason),
and the good article keeps all its claims.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import orgnet
from orgnet.metadata import load_sources
from orgnet.read.decode import decode_bytes
from orgnet.read.document import read_document
from orgnet.read.folder import scan_folder

GOOD = "The Bureau of Tides is led by Ada Li. The Bureau of Tides was founded in 1950.\n"
OTHER = "The Office of Winds is led by Bo Ma.\n"

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and byte file names are POSIX")


def good_claims(tables) -> pd.DataFrame:
    c = tables.claims[tables.claims["doc"] == "good.txt"]
    return c[["subject", "relation", "object", "value", "evidence"]].reset_index(drop=True)


@pytest.fixture()
def good_alone(tmp_path) -> pd.DataFrame:
    folder = tmp_path / "alone"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    return good_claims(orgnet.build(folder))


@posix_only
def test_every_entry_of_a_hostile_folder_is_accounted_for(tmp_path, good_alone):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "outside.txt").write_text(OTHER, "utf-8")
    os.mkfifo(folder / "fifo.txt")  # would block a read forever
    os.symlink("/dev/zero", folder / "zero.txt")  # would read until memory runs out
    os.symlink(tmp_path / "outside.txt", folder / "away.txt")
    os.symlink(tmp_path / "missing.txt", folder / "broken.txt")
    os.symlink(tmp_path, folder / "up.txt")  # a link to a folder
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text(OTHER, "utf-8")
    (folder / ".hidden.txt").write_text(OTHER, "utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    os.symlink("good.txt", folder / "alias.txt")  # a link inside the folder is read
    bad_name = os.fsdecode(b"caf\xe9.txt")  # a name that is not UTF-8
    (folder / bad_name).write_text(OTHER, "utf-8")

    tables = orgnet.build(folder)
    docs = tables.documents.set_index("doc")
    listed = {os.fsencode(p.name) for p in folder.iterdir()}
    assert len(docs) == len(listed)  # one row per entry, whatever it is
    for name in ("fifo.txt", "zero.txt", "away.txt", "broken.txt", "up.txt", "sub", ".hidden.txt", "notes.pdf"):
        assert docs.loc[name, "status"] == "skipped", name
        assert docs.loc[name, "warnings"].startswith(name), name
    assert "FIFO" in docs.loc["fifo.txt", "warnings"]
    assert "leaving the folder" in docs.loc["zero.txt", "warnings"]
    assert "leaving the folder" in docs.loc["away.txt", "warnings"]
    assert "broken link" in docs.loc["broken.txt", "warnings"]
    assert "subfolders" in docs.loc["sub", "warnings"]
    assert "hidden" in docs.loc[".hidden.txt", "warnings"]
    assert docs.loc["alias.txt", "status"] == "ok"
    assert docs.loc["caf\\xe9.txt", "status"] == "ok"
    assert "not valid UTF-8" in docs.loc["caf\\xe9.txt", "warnings"]
    assert (tables.claims["doc"] == "caf\\xe9.txt").sum() > 0
    pd.testing.assert_frame_equal(good_claims(tables), good_alone)
    out = tmp_path / "out"
    assert tables.write(out)  # a name that is not UTF-8 still writes every table
    assert "caf\\xe9.txt" in (out / "documents.csv").read_text("utf-8")


@posix_only
def test_the_command_line_build_survives_the_hostile_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    os.mkfifo(folder / "fifo.txt")
    (folder / os.fsdecode(b"\xff.txt")).write_text(OTHER, "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "orgnet", "build", str(folder), "--out", str(tmp_path / "out"), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "fifo.txt: skipped" in run.stdout
    assert "\\xff.txt" in run.stdout


def test_scan_folder_groups_metadata_documents_and_the_rest(tmp_path):
    (tmp_path / "a.md").write_text(GOOD, "utf-8")
    (tmp_path / "sources.yaml").write_text("a.md: {title: A}\n", "utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK")
    scan = scan_folder(tmp_path)
    assert [e.name for e in scan.documents] == ["a.md"]
    assert [e.name for e in scan.metadata] == ["sources.yaml"]
    assert [(e.name, e.reason.split(" (")[0]) for e in scan.skipped] == [("b.docx", "not a text document")]


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse file: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024**3)
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd, n):
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    d = read_document(big)
    assert d.status == "too-large" and "limit" in d.warnings[0]
    assert not reads  # refused by its size, not by reading it


@posix_only
def test_a_fifo_passed_directly_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    d = read_document(fifo)  # opened without blocking, checked on the descriptor
    assert d.status == "unreadable" and "not a regular file" in d.warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_utf16_and_utf32_with_or_without_a_bom(tmp_path, encoding, bom):
    text = "The Harbour Board (海港局) was founded in 1950.\nIt is led by Ann Wu.\n"
    data = ("\ufeff" + text if bom else text).encode(encoding)
    decoded, enc, warnings, status = decode_bytes(data, "x.txt")
    assert decoded == text
    assert enc == encoding and status == "fallback-encoding"
    assert warnings and encoding.upper() in warnings[0]
    (tmp_path / "x.txt").write_bytes(data)
    claims = orgnet.build(tmp_path).claims
    assert {"founded", "leads"} <= set(claims["relation"])


def test_cjk_text_in_utf16_without_a_bom():
    text = "海港局成立于1950年，一直由吴安领导。\n"
    assert decode_bytes(text.encode("utf-16-le"), "z.txt")[:2] == (text, "utf-16-le")


def test_a_stray_nul_is_read_as_a_space_with_a_warning(tmp_path, good_alone):
    (tmp_path / "good.txt").write_bytes(GOOD.replace(". The", ".\x00 The").encode())
    tables = orgnet.build(tmp_path)
    row = tables.documents.iloc[0]
    assert row["status"] == "ok" and "1 NUL byte" in row["warnings"]
    pd.testing.assert_frame_equal(
        good_claims(tables)[["subject", "relation", "object", "value"]],
        good_alone[["subject", "relation", "object", "value"]],
    )


def test_binary_files_stay_binary():
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "p.png")[3] == "binary"
    assert decode_bytes(b"PK\x03\x04" + bytes(range(256)) * 8, "z.txt")[3] == "binary"


def test_latin_text_is_not_taken_for_utf16():
    for text in ("caf\u00e9 Z\u00fcrich board", "the Z\u00fcrich Stra\u00dfe board d\u00e9j\u00e0"):
        assert decode_bytes(text.encode("cp1252"), "l.txt")[1] == "cp1252"


# --------------------------------------------------------------------------- sources.yaml


def write(folder: Path, sources: str, name: str = "sources.yaml") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / name).write_text(sources, "utf-8")
    return folder


def test_a_bad_date_loses_only_that_field_and_names_the_line(tmp_path):
    folder = write(tmp_path / "in", "good.txt:\n  title: Tides\n  retrieved: 2024-13-45\n  reliability: B\n")
    meta, warnings = load_sources(folder)
    assert meta["good.txt"] == {"title": "Tides", "reliability": "B"}
    assert warnings == [
        "sources.yaml, line 3: good.txt: retrieved '2024-13-45' is not a valid date (month must be in 1..12); left out"
    ]
    docs = orgnet.build(folder).documents
    assert docs.loc[0, "title"] == "Tides" and docs.loc[0, "reliability"] == "B"
    assert "2024-13-45" in docs.loc[0, "warnings"]


def test_an_alias_bomb_is_refused_at_once(tmp_path):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    lines.append("good.txt: {title: *i}")
    folder = write(tmp_path / "in", "\n".join(lines) + "\n")
    assert len((folder / "sources.yaml").read_bytes()) < 700  # 9**9 = 387 million values on paper
    meta, warnings = load_sources(folder)
    assert meta == {} and len(warnings) == 1 and "alias bomb" in warnings[0]
    tables = orgnet.build(folder)
    assert len(tables.documents) == 1 and len(tables.documents.loc[0, "warnings"]) < 300


def test_shared_defaults_through_aliases_still_work(tmp_path):
    folder = write(
        tmp_path / "in",
        "base: &base {reliability: C, url: https://example.org}\ngood.txt:\n  <<: *base\n  title: Tides\n",
    )
    meta, warnings = load_sources(folder)
    assert meta["good.txt"] == {"reliability": "C", "url": "https://example.org", "title": "Tides"}
    assert warnings == []


def test_a_list_where_text_belongs_and_an_over_long_value_are_left_out(tmp_path):
    folder = write(tmp_path / "in", f"good.txt:\n  title: [a, b]\n  url: {'x' * 6000}\n  reliability: A\n")
    meta, warnings = load_sources(folder)
    assert meta["good.txt"] == {"reliability": "A"}
    assert [w.split(": ", 2)[0] for w in warnings] == ["sources.yaml, line 2", "sources.yaml, line 3"]


def test_sources_yml_is_read_too(tmp_path):
    folder = write(tmp_path / "in", "good.txt: {title: Tides}\n", name="sources.yml")
    assert load_sources(folder)[0]["good.txt"]["title"] == "Tides"
    docs = orgnet.build(folder).documents
    assert list(docs["doc"]) == ["good.txt"] and docs.loc[0, "title"] == "Tides"


# --------------------------------------------------------------------------- the output folder


def test_an_output_folder_that_cannot_be_made_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    folder = write(tmp_path / "in", "")
    run = subprocess.run(
        [sys.executable, "-m", "orgnet", "build", str(folder), "--out", str(blocker / "out"), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert str(blocker / "out") in run.stderr and "cannot create the output folder" in run.stderr


def test_a_failed_write_leaves_the_old_build_as_it_was(tmp_path, monkeypatch):
    folder = write(tmp_path / "in", "")
    out = tmp_path / "out"
    orgnet.build(folder).write(out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    from orgnet import tables as tables_mod

    def full_disk(self, folder, formats, ids):
        raise OSError(28, "No space left on device", str(folder / "claims.csv"))

    monkeypatch.setattr(tables_mod.Tables, "_write_files", full_disk)
    with pytest.raises(orgnet.errors.InputError, match="No space left on device.*left as it was"):
        orgnet.build(folder).write(out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.is_dir()]  # no half-written folder left behind


def test_documents_csv_records_each_files_sha256_and_the_parser_version(tmp_path):
    import hashlib

    from orgnet.cache import parser_version

    folder = write(tmp_path / "in", "")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    docs = orgnet.build(folder).documents.set_index("doc")
    assert docs.loc["good.txt", "sha256"] == hashlib.sha256(GOOD.encode()).hexdigest()
    assert docs.loc["good.txt", "parser_version"] == parser_version()
    assert docs.loc["notes.pdf", "sha256"] == "" and docs.loc["notes.pdf", "parser_version"] == ""


def test_an_alias_bomb_in_curations_yaml_is_refused_at_once(tmp_path):
    from orgnet.curate import load_curations

    lines = ["- &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"- &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    folder = write(tmp_path / "in", "")
    (folder / "curations.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    curations, warnings, exists = load_curations(folder)
    assert exists and len(warnings) == 1 and "alias bomb" in warnings[0]
    assert not curations.merges and not curations.adds
    docs = orgnet.build(folder).documents.set_index("doc")
    assert "alias bomb" in docs.loc["curations.yaml", "warnings"]


def test_orgnet_verify_sources_names_each_changed_gone_or_new_document(tmp_path):
    folder = write(tmp_path / "in", "")
    (folder / "other.txt").write_text(OTHER, "utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "orgnet"]
    assert (
        subprocess.run(
            cmd + ["build", str(folder), "--out", str(out), "--no-progress"], capture_output=True, timeout=120
        ).returncode
        == 0
    )
    same = subprocess.run(
        cmd + ["verify", str(out), "--sources", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert same.returncode == 0 and "as the build read it" in same.stdout
    (folder / "good.txt").write_text(GOOD + "It has 40 staff.\n", "utf-8")
    (folder / "other.txt").unlink()
    (folder / "late.md").write_text(OTHER, "utf-8")
    changed = subprocess.run(
        cmd + ["verify", str(out), "--sources", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert changed.returncode == 1
    lines = [ln.strip() for ln in changed.stdout.splitlines()[1:]]
    assert lines == [
        "good.txt: changed since the build (SHA-256 differs from documents.csv)",
        f"other.txt: gone from {folder} since the build",
        f"late.md: new in {folder} since the build",
    ]
