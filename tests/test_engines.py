"""Issue 15: the parse on a Dask cluster gives the same tables as the local build, byte for byte.

A corpus of seeds, invented synthetic articles and hostile entries is built with the local
engine and with ``--engine dask`` on a 2-worker local cluster (``dask.distributed``, the
``dask`` extra that ``make test`` installs), and every file of the two builds is compared.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, bench_corpus) -> Path:
    folder = tmp_path_factory.mktemp("engines") / "docs"
    bench_corpus.write_corpus(folder, 40, seed=5, truth_path=folder.parent / "truth.json")
    for p in (ROOT / "seeds").iterdir():
        shutil.copy(p, folder / p.name)
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("  \n", "utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return folder


def _build(folder: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "orgnet",
            "build",
            str(folder),
            "--out",
            str(out),
            "--no-progress",
            "--no-cache",
            "--jobs",
            "2",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_dask_engine_tables_are_byte_identical_to_the_local_build(corpus, tmp_path):
    local = _build(corpus, tmp_path / "local")
    assert local.returncode == 0, local.stderr
    dask = _build(corpus, tmp_path / "dask", "--engine", "dask")
    assert dask.returncode == 0, dask.stderr
    files = sorted(
        p.name
        for p in (tmp_path / "local").iterdir()
        if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".")
    )
    assert {"nodes.csv", "edges.csv", "claims.csv", "documents.csv", "claims.parquet"} <= set(files)
    assert files == sorted(
        p.name
        for p in (tmp_path / "dask").iterdir()
        if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".")
    )
    for name in files:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    # the same summary line (documents, nodes, edges, claims, warnings), but for the output folder
    assert local.stdout.splitlines()[0].split(" -> ")[0] == dask.stdout.splitlines()[0].split(" -> ")[0]


def test_the_dask_engine_in_python_gives_equal_frames(corpus):
    import pandas as pd

    import orgnet

    here = orgnet.build(corpus, jobs=1)
    there = orgnet.build(corpus, engine="dask", jobs=2)
    for name, df in here:
        pd.testing.assert_frame_equal(df, getattr(there, name), obj=name)


def test_an_unknown_engine_or_a_stray_scheduler_is_a_clear_error(tmp_path, corpus):
    import orgnet
    from orgnet.errors import InputError

    with pytest.raises(InputError, match="unknown engine 'spark'"):
        orgnet.build(corpus, engine="spark")
    run = _build(corpus, tmp_path / "x", "--scheduler", "tcp://127.0.0.1:1")
    assert run.returncode == 2 and "--engine dask" in run.stderr and "Traceback" not in run.stderr


def test_an_unreachable_scheduler_names_its_address(tmp_path, corpus):
    run = _build(corpus, tmp_path / "x", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert run.returncode == 2, run.stderr
    assert "tcp://127.0.0.1:9" in run.stderr and "cannot reach the Dask scheduler" in run.stderr
    assert "Traceback" not in run.stderr
