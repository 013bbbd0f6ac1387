"""Atomic, verified builds (issue 14): the manifest, verification on read, the build lock,
and a build killed at random points never leaving a folder that reads as a mix."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from claim_helpers import write_corpus  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet
from orgnet.errors import InputError
from orgnet.tables import TABLE_NAMES

ROOT = Path(orgnet.__file__).resolve().parent.parent


def cli(*args, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "orgnet", *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def build(corpus: Path, out: Path) -> subprocess.CompletedProcess:
    p = cli("build", corpus, "--out", out, "--no-progress", "--jobs", "1")
    stdout, stderr = p.communicate(timeout=300)
    assert p.returncode == 0, stderr
    return subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr)


def same(a: orgnet.Tables, b: orgnet.Tables) -> bool:
    return all(getattr(a, n).equals(getattr(b, n)) for n in TABLE_NAMES)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("integrity")
    return write_corpus(root / "A", "Alpha"), write_corpus(root / "B", "Beta")


@pytest.fixture(scope="module")
def built(corpora, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("integrity_built") / "out"
    build(corpora[0], out)
    return out


@pytest.fixture(scope="module")
def built_other(corpora, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("integrity_other") / "out"
    build(corpora[1], out)
    return out


def fresh_copy(built: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    return out


def test_two_builds_into_one_folder_leave_a_verified_manifest(corpora, tmp_path):
    out = tmp_path / "out"
    build(corpora[0], out)
    first = json.loads((out / "manifest.json").read_text())
    build(corpora[1], out)
    m = json.loads((out / "manifest.json").read_text())
    assert m["state"] == "complete" and m["build_id"] != first["build_id"]
    assert m["orgnet_version"] == orgnet.__version__ and m["parser_version"]
    names = {f["name"] for f in m["files"]}
    assert names == {f"{t}.{x}" for t in TABLE_NAMES for x in ("csv", "parquet")} | {"entity_ids.csv"}
    for f in m["files"]:
        data = (out / f["name"]).read_bytes()
        assert len(data) == f["bytes"] and hashlib.sha256(data).hexdigest() == f["sha256"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tables = orgnet.read_tables(out)
    assert {f["name"]: f["rows"] for f in m["files"]}["claims.csv"] == len(tables.claims) > 0
    assert all(d.startswith("beta_") for d in tables.documents["doc"])
    assert not list(out.glob(".orgnet-build-*"))
    r = subprocess.run(
        [sys.executable, "-m", "orgnet", "verify", out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 0 and "OK" in r.stdout and m["build_id"] in r.stdout


def test_source_date_epoch_sets_the_created_time(corpora, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    orgnet.build(corpora[0]).write(tmp_path / "out", formats=("csv",))
    m = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert m["created"] == "2023-11-14T22:13:20Z"
    assert {f["name"] for f in m["files"]} == {f"{t}.csv" for t in TABLE_NAMES}


def _truncate(out: Path, _: Path) -> str:
    p = out / "claims.csv"
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    return "claims.csv"


def _delete_parquet(out: Path, _: Path) -> str:
    (out / "edges.parquet").unlink()
    return "edges.parquet"


def _append_byte(out: Path, _: Path) -> str:
    with (out / "nodes.parquet").open("ab") as fh:
        fh.write(b"\0")
    return "nodes.parquet"


def _append_to_csv(out: Path, _: Path) -> str:
    with (out / "documents.csv").open("ab") as fh:
        fh.write(b"x")
    return "documents.csv"


def _swap_from_other_build(out: Path, other: Path) -> str:
    shutil.copy(other / "claims.parquet", out / "claims.parquet")
    return "claims.parquet"


def _swap_csv_from_other_build(out: Path, other: Path) -> str:
    shutil.copy(other / "merges.csv", out / "merges.csv")
    return "merges.csv"


@pytest.mark.parametrize(
    "damage",
    [_truncate, _delete_parquet, _append_byte, _append_to_csv, _swap_from_other_build, _swap_csv_from_other_build],
)
def test_a_damaged_build_is_refused_naming_the_file(built, built_other, tmp_path, damage):
    out = fresh_copy(built, tmp_path)
    name = damage(out, built_other)
    with pytest.raises(InputError, match=name.replace(".", r"\.")):
        orgnet.read_tables(out)
    r = subprocess.run(
        [sys.executable, "-m", "orgnet", "verify", out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 2 and name in r.stderr and "Traceback" not in r.stderr
    if damage is not _truncate:
        return
    # the commands that read tables inherit the check
    r = subprocess.run(
        [sys.executable, "-m", "orgnet", "export", "--tables", out, "--out", tmp_path / "x.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 2 and name in r.stderr


def test_explorer_and_brief_of_a_folder_check_the_manifest(built, tmp_path):
    out = fresh_copy(built, tmp_path)
    (out / "edges.csv").write_bytes((out / "edges.csv").read_bytes()[:-10])
    with pytest.raises(InputError, match=r"edges\.csv"):
        orgnet.Explorer(str(out))
    r = subprocess.run(
        [sys.executable, "-m", "orgnet", "brief", "--view", "fronts", "--tables", out, "--out", tmp_path / "b.html"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 2 and "edges.csv" in r.stderr and not (tmp_path / "b.html").exists()


def test_a_folder_without_manifest_is_read_with_a_warning(built, tmp_path):
    out = fresh_copy(built, tmp_path)
    (out / "manifest.json").unlink()
    with pytest.warns(UserWarning, match="no manifest.json"):
        tables = orgnet.read_tables(out)
    assert len(tables.claims) > 0


def test_a_manifest_left_mid_replace_is_refused(built, tmp_path):
    out = fresh_copy(built, tmp_path)
    (out / "manifest.json").write_text(json.dumps({"format": 1, "build_id": "b-1", "state": "replacing"}))
    with pytest.raises(InputError, match="b-1 was stopped while replacing"):
        orgnet.read_tables(out)


def test_leftovers_of_a_killed_build_are_removed_by_the_next(corpora, built, tmp_path):
    out = fresh_copy(built, tmp_path)
    left = out / ".orgnet-build-20000101T000000-dead"
    left.mkdir()
    (left / "claims.csv").write_text("half")
    stale_tmp = next((out / ".cache").iterdir()) / "deadbeef.tmp"
    stale_tmp.write_bytes(b"half")
    orgnet.read_tables(out)  # never read
    build(corpora[0], out)
    assert not left.exists() and not stale_tmp.exists()
    orgnet.read_tables(out)


def test_the_resolution_database_of_a_killed_build_is_removed_by_the_next(corpora, tmp_path, monkeypatch):
    """A build killed outright leaves its resolution database in the temporary folder (nothing
    runs at a SIGKILL); the next build removes it, and keeps one whose process still runs."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp / f"orgnet-resolution-{int(ended.stdout)}-abcd1234.db"
    alive = tmp / f"orgnet-resolution-{os.getpid()}-abcd1234.db"
    for path in (dead, alive):
        path.write_bytes(b"SQLite format 3\0")
    build(corpora[0], tmp_path / "out")
    assert not dead.exists() and alive.exists()
    assert sorted(p.name for p in tmp.iterdir()) == [alive.name]  # and its own is gone too


def test_a_second_build_into_a_locked_folder_stops_at_once(corpora, built, tmp_path):
    out = fresh_copy(built, tmp_path)
    # a stale lock file of a dead process does not block
    (out / ".orgnet.lock").write_text("999999\n")
    first = cli("build", corpora[1], "--out", out, "--no-progress", "--jobs", "1")
    deadline = time.monotonic() + 60
    while (out / ".orgnet.lock").read_text().strip() != str(first.pid):  # the first build holds the lock
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.005)
    os.kill(first.pid, signal.SIGSTOP)  # the first build holds the lock for as long as the second takes
    try:
        second = cli("build", corpora[0], "--out", out, "--no-progress", "--jobs", "1")
        _, err2 = second.communicate(timeout=120)
    finally:
        os.kill(first.pid, signal.SIGCONT)
    _, err1 = first.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert second.returncode == 2
    assert str(out / ".orgnet.lock") in err2 and f"PID {first.pid}" in err2 and "Traceback" not in err2
    tables = orgnet.read_tables(out)
    assert all(d.startswith("beta_") for d in tables.documents["doc"])


def test_two_builds_started_together_one_stops_one_verifies(corpora, built, tmp_path):
    out = fresh_copy(built, tmp_path)
    procs = [cli("build", c, "--out", out, "--no-progress", "--jobs", "1") for c in corpora]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    results = [(p.returncode, "", err) for p, err in zip(procs, errs)]
    assert all(code in (0, 2) for code, _, _ in results) and any(code == 0 for code, _, _ in results)
    for code, _, err in results:
        if code == 2:
            assert ".orgnet.lock" in err and "PID" in err
    orgnet.read_tables(out)


def test_a_build_killed_at_random_points_reads_as_old_new_or_a_clear_error(corpora, built, tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"  # the builds' temporary files
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    ref_new = tmp_path / "ref_new"
    shutil.copytree(built, ref_new)
    t0 = time.monotonic()
    build(corpora[1], ref_new)  # B built over A, as the killed builds are
    duration = time.monotonic() - t0
    old, new = orgnet.read_tables(built), orgnet.read_tables(ref_new)
    assert not same(old, new)
    rng = random.Random(14)
    seen = {"old": 0, "new": 0, "error": 0}
    budget = time.monotonic() + 50
    for i in range(20):
        if time.monotonic() > budget:
            break
        out = tmp_path / f"out{i}"
        shutil.copytree(built, out)
        p = cli("build", corpora[1], "--out", out, "--no-progress", "--jobs", "1", start_new_session=True)
        time.sleep(rng.uniform(0, duration * 1.1))
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        try:
            got = orgnet.read_tables(out)
        except InputError as exc:
            assert str(out) in str(exc) and "orgnet build" in str(exc)
            seen["error"] += 1
        else:
            if same(got, old):
                seen["old"] += 1
            else:
                assert same(got, new), f"kill {i}: tables are neither the old build nor the new one"
                seen["new"] += 1
        if i % 5 == 0:  # the next build cleans up after the killed one, in the temporary folder too
            build(corpora[1], out)
            assert not list(out.glob(".orgnet-build-*")) and same(orgnet.read_tables(out), new)
            assert not list(tmp.glob("orgnet-resolution-*"))
        shutil.rmtree(out)
    print(f"kills: {seen}")
    assert sum(seen.values()) >= 5 and seen["old"] > 0, seen


def test_evaluate_checks_the_edges_of_a_build_with_a_manifest(built, tmp_path):
    from orgnet.evaluate import _load_tables

    out = fresh_copy(built, tmp_path)
    assert len(_load_tables(out)[1]) > 0
    (out / "edges.csv").write_bytes((out / "edges.csv").read_bytes() + b"\n")
    with pytest.raises(InputError, match=r"edges\.csv"):
        _load_tables(out)


@pytest.mark.parametrize("stop_after", [0, 1, 2, 7, 14])
def test_a_build_stopped_between_two_renames_is_refused_not_mixed(corpora, built, tmp_path, monkeypatch, stop_after):
    """What a kill during the swap leaves: some files of the new build moved in, the marker
    in place of the manifest (the random kills rarely land in those few milliseconds)."""
    import orgnet.integrity as integrity

    out = fresh_copy(built, tmp_path)
    new = orgnet.build(corpora[1])
    real, moved = os.replace, []

    def replace(src, dst):
        if Path(dst).parent == out:  # the marker, 13 files, the manifest
            if len(moved) == stop_after:
                raise KeyboardInterrupt  # the process dies here
            moved.append(Path(dst).name)
        real(src, dst)

    monkeypatch.setattr(integrity.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        new.write(out, ids=True)
    monkeypatch.setattr(integrity.os, "replace", real)
    if stop_after == 0:  # before the marker: the old build is whole
        assert same(orgnet.read_tables(out), orgnet.read_tables(built))
    else:
        with pytest.raises(InputError, match="was stopped while replacing its files"):
            orgnet.read_tables(out)
    new.write(out, ids=True)  # the next build cleans up and commits
    assert not list(out.glob(".orgnet-build-*"))
    new.write(tmp_path / "ref", ids=True)
    assert same(orgnet.read_tables(out), orgnet.read_tables(tmp_path / "ref"))
