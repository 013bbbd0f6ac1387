"""The command line: `orgnet build` (summary line, default output folder), `python -m orgnet`,
the installed `orgnet` console script, and `orgnet evaluate` (summary, --check bars)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import orgnet

TABLES = ("nodes", "edges", "claims", "documents", "conflicts", "merges")
SUMMARY = re.compile(
    r"^orgnet build: (?P<documents>\d+) documents, (?P<nodes>\d+) nodes, (?P<edges>\d+) edges, "
    r"(?P<claims>\d+) claims, (?P<conflicts>\d+) conflicts, (?P<merges>\d+) merges, "
    r"(?P<warnings>\d+) warnings\b",
    re.M,
)


@pytest.fixture(scope="module")
def default_build(seeds_dir, tmp_path_factory, orgnet_cli):
    """`orgnet build` run with no arguments in a folder holding a copy of seeds/."""
    cwd = tmp_path_factory.mktemp("cli")
    shutil.copytree(seeds_dir, cwd / "seeds")
    r = orgnet_cli("build", cwd=cwd)
    return cwd, r


def test_build_defaults_to_seeds_and_build_tables(default_build):
    cwd, r = default_build
    assert r.returncode == 0, r.stderr
    out = cwd / "build" / "tables"
    for name in TABLES:
        for ext in ("csv", "parquet"):
            assert (out / f"{name}.{ext}").is_file(), f"build/tables/{name}.{ext} missing"


def test_build_prints_a_summary_line_with_the_counts(default_build):
    cwd, r = default_build
    m = SUMMARY.search(r.stdout)
    assert m, f"no summary line in:\n{r.stdout}"
    tables = orgnet.read_tables(cwd / "build" / "tables")
    s = tables.summary()
    for key in ("documents", "nodes", "edges", "claims", "conflicts", "warnings"):
        assert int(m[key]) == s[key], (key, m[key], s[key])
    assert int(m["documents"]) == len(list((cwd / "seeds").glob("*.txt")))
    assert int(m["claims"]) > 0 and int(m["nodes"]) > 0 and int(m["edges"]) > 0


def test_summary_counts_warnings(tmp_path, orgnet_cli):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Bureau of Tests\n\nThe Bureau of Tests is overseen by the Ministry of Widgets.\n", encoding="utf-8"
    )
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.png").write_bytes(b"\x89PNG")
    r = orgnet_cli("build", folder, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    m = SUMMARY.search(r.stdout)
    assert m, r.stdout
    assert int(m["documents"]) == 3
    assert int(m["warnings"]) == 2
    assert "b.txt" in r.stdout and "c.png" in r.stdout  # the bad files are listed under the summary


def test_python_m_orgnet_help(orgnet_cli):
    r = orgnet_cli("--help")
    assert r.returncode == 0, r.stderr
    assert "build" in r.stdout and "evaluate" in r.stdout
    r = orgnet_cli("build", "--help")
    assert r.returncode == 0 and "--out" in r.stdout and "--strict" in r.stdout


def test_no_command_is_a_usage_error(orgnet_cli):
    r = orgnet_cli()
    assert r.returncode == 2
    assert "usage:" in r.stderr and "Traceback" not in r.stderr


def test_console_script_exists_and_runs(seeds_dir, tmp_path):
    script = Path(sys.executable).parent / "orgnet"
    assert script.is_file(), f"console script {script} not installed (pip install -e .)"
    r = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "build" in r.stdout
    r = subprocess.run(
        [str(script), "build", str(seeds_dir), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert SUMMARY.search(r.stdout), r.stdout
    assert (tmp_path / "out" / "edges.csv").is_file()


def test_evaluate_prints_the_summary_and_exits_0(default_build, gold_path, orgnet_cli):
    cwd, r = default_build
    assert r.returncode == 0, r.stderr
    tables = cwd / "build" / "tables"
    e = orgnet_cli("evaluate", gold_path, "--tables", tables)
    assert e.returncode == 0, e.stderr
    assert "core node recall" in e.stdout and "core edge recall" in e.stdout and "violations" in e.stdout
    # --tables defaults to build/tables
    d = orgnet_cli("evaluate", gold_path, cwd=cwd)
    assert d.returncode == 0, d.stderr
    assert d.stdout == e.stdout
    c = orgnet_cli("evaluate", gold_path, "--tables", tables, "--check")
    assert c.returncode == 0, c.stdout


def test_evaluate_check_fails_on_impossible_bars(default_build, gold_path, orgnet_cli):
    cwd, _ = default_build
    tables = cwd / "build" / "tables"
    r = orgnet_cli("evaluate", gold_path, "--tables", tables, "--check", "--min-core-nodes", "1.01")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "core node recall" in r.stdout
    r = orgnet_cli("evaluate", gold_path, "--tables", tables, "--check", "--min-core-edges", "1.01")
    assert r.returncode == 1
    # without --check the bars are not applied
    r = orgnet_cli("evaluate", gold_path, "--tables", tables, "--min-core-nodes", "1.01")
    assert r.returncode == 0


def test_evaluate_missing_tables_is_a_one_line_error(tmp_path, gold_path, orgnet_cli, one_line_error):
    r = orgnet_cli("evaluate", gold_path, "--tables", tmp_path / "nowhere")
    assert r.returncode == 2
    one_line_error(r.stderr, "nowhere")


def test_evaluate_missing_gold_is_a_one_line_error(tmp_path, orgnet_cli, one_line_error):
    r = orgnet_cli("evaluate", tmp_path / "no_gold.yaml", "--tables", tmp_path)
    assert r.returncode == 2
    one_line_error(r.stderr, "no_gold.yaml")


def test_a_reader_that_stops_early_gets_no_traceback(default_build, gold_path):
    # "orgnet evaluate ... | head -1": the reader closes the pipe before the report is written; the
    # command ends quietly instead of printing a BrokenPipeError traceback
    import subprocess
    import sys

    cwd, r = default_build
    assert r.returncode == 0, r.stderr
    p = subprocess.Popen(
        [sys.executable, "-m", "orgnet", "evaluate", str(gold_path), "--tables", str(cwd / "build" / "tables")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # the reader goes away before the command has printed anything
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
