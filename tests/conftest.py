"""Shared helpers of the test suite: project paths, running the command line, the gold file."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# test modules share helpers kept beside them (claim_helpers.py); pytest's importlib mode does not
# put this folder on the path by itself
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEEDS = ROOT / "seeds"
# the Explorer stores whole-network layouts between sessions (orgnet.render.live.layout_cache_dir);
# the tests, and the kernels and servers they start, keep theirs out of the user's home, in a
# folder removed when the run ends
if "ORGNET_LAYOUT_CACHE" not in os.environ:
    os.environ["ORGNET_LAYOUT_CACHE"] = tempfile.mkdtemp(prefix="orgnet-test-layouts-")
    atexit.register(shutil.rmtree, os.environ["ORGNET_LAYOUT_CACHE"], ignore_errors=True)


def _shared_folder() -> Path:
    """The steering repo's shared/ folder: $ORGNET_SHARED, else ../shared beside the checkout,
    else the machine's /work/shared (a CI clone may live elsewhere on the same machine)."""
    for candidate in (os.environ.get("ORGNET_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "gold" / "seeds.yaml").is_file():
            return Path(candidate)
    return ROOT.parent / "shared"


SHARED = _shared_folder()
SHARED_SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.yaml"
TABLES = ("nodes", "edges", "claims", "documents", "conflicts")


def run_orgnet(
    *args: str, cwd: str | Path | None = None, env: dict | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run ``python -m orgnet ARGS`` with this interpreter; capture text output."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "orgnet", *map(str, args)],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def gold_file() -> Path:
    """The shared gold file. Absent: skip, except under CI (``CI=true``), where it is a failure."""
    if GOLD.is_file():
        return GOLD
    message = f"gold file {GOLD} not found"
    if in_ci():
        pytest.fail(f"{message}; CI must run the gold evaluation")
    pytest.skip(message)


def assert_one_line_error(stderr: str, *must_contain: str) -> str:
    """stderr is exactly one ``orgnet: error: ...`` line holding each of ``must_contain``."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{stderr}"
    line = lines[0]
    assert line.startswith("orgnet: error:"), line
    for s in must_contain:
        assert s in line, f"{s!r} not in {line!r}"
    return line


# Fixtures giving the helpers to test modules (pytest runs with --import-mode=importlib, so test
# modules cannot `import conftest`).


@pytest.fixture(scope="session")
def orgnet_cli():
    """``orgnet_cli(*args, cwd=..., env=...)`` runs ``python -m orgnet``."""
    return run_orgnet


@pytest.fixture(scope="session")
def one_line_error():
    """``one_line_error(stderr, *fragments)`` asserts a single ``orgnet: error:`` line."""
    return assert_one_line_error


@pytest.fixture
def gold_path() -> Path:
    """The shared gold file (skipped when absent outside CI; a failure when absent under CI)."""
    return gold_file()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder, :data:`SHARED` (parts of it may be absent; tests check what they use)."""
    return SHARED


@pytest.fixture(scope="session")
def ci() -> bool:
    """:func:`in_ci`: true under CI (``CI=true``), where missing shared data is a failure, not a skip."""
    return in_ci()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_seeds_dir() -> Path:
    return SHARED_SEEDS


# --------------------------------------------------------------------------- briefings
# (tests/test_briefing.py and tests/test_browser.py)

#: text that runs script if a page ever inserts it as HTML
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
#: ends a <script> element and opens another (the reader removes whole script blocks, not this)
HOSTILE_BREAKOUT = "</script><script>alert(1)//"

#: an invented article whose names and sentences carry markup. Few tags, so the reader keeps
#: them as text (more would make it strip the file as HTML); it drops the whole
#: <script>...</script> block, and keeps the <img> and the break-out in names and evidence.
HOSTILE_ARTICLE = """= Harbour Institute =

Harbour Institute
- Abbreviation: HBI
- Type: Think tank <script>alert(1)</script>
- Parent Organization: Ministry of Quiet <img src=x onerror=alert(1)> Affairs
- Affiliations: Society of </script><script>alert(1)// Friends

The Harbour Institute (HBI) is a think tank. It is a front organization for the Ministry of Quiet Affairs. HBI is funded by the Ministry of Quiet <img src=x onerror=alert(1)> Affairs.

==History==

HBI was established in 1990 by the Ministry of Quiet Affairs.
"""

HOSTILE_SOURCES = """900_harbour_institute.txt:
  title: "Harbour <script>alert(1)</script> <img src=x onerror=alert(1)>"
  url: "https://example.org/<script>alert(1)</script>"
  retrieved: "2024-05-01 <img src=x onerror=alert(1)>"
  reliability: C
"""


@pytest.fixture(scope="session")
def bench_corpus():
    """``benchmarks/corpus.py`` as a module: ``bench_corpus.write_corpus(folder, n, seed=...)``
    writes invented articles (benchmarks/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("orgnet_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The tables of seeds/, built once per session."""
    import orgnet

    return orgnet.build(SEEDS)


@pytest.fixture(scope="session")
def hostile_seeds(tmp_path_factory) -> Path:
    """A seeds folder holding one invented article with markup in names and sentences."""
    folder = tmp_path_factory.mktemp("hostile") / "seeds"
    folder.mkdir()
    (folder / "900_harbour_institute.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "sources.yaml").write_text(HOSTILE_SOURCES, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def hostile_build(hostile_seeds):
    """The tables built from :func:`hostile_seeds`; the markup must have reached them (the
    tests that use them are about escaping it, so a build that drops it is a failure here)."""
    import orgnet

    tables = orgnet.build(hostile_seeds)
    labels, quotes = " ".join(tables.nodes["label"]), " ".join(tables.edges["evidence"])
    titles = " ".join(tables.documents["title"])
    for bad, where, text in (
        (HOSTILE_IMG, "node labels", labels),
        (HOSTILE_IMG, "edge evidence", quotes),
        (HOSTILE_BREAKOUT, "node labels", labels),
        (HOSTILE_BREAKOUT, "edge evidence", quotes),
        (HOSTILE_SCRIPT, "document titles", titles),
    ):
        assert bad in text, f"the hostile article's {bad!r} did not reach the {where}; the escaping tests need it"
    return tables


@pytest.fixture
def poisoned_tables():
    """``orgnet.graph.example_tables()`` with markup in every text a document can supply:
    labels, aliases, descriptions, evidence, citations, sections, titles, urls, dates,
    document names and one node id."""
    from orgnet.graph import example_tables

    t = example_tables()
    bad = f" {HOSTILE_SCRIPT} {HOSTILE_IMG} {HOSTILE_BREAKOUT} \"'&"
    keep = {
        "id",
        "source",
        "target",
        "subject",
        "object",
        "claim_id",
        "claim_ids",
        "doc",
        "docs",
        "kind",
        "relation",
        "hedge",
        "method",
        "refs",
        "intervals",
    }  # (intervals: years the build computes)
    for _, df in t:
        for col in df.columns:
            if col not in keep and str(df[col].dtype) == "string":
                df[col] = df[col] + bad
    old_doc, new_doc = "widgets.txt", f"widgets{HOSTILE_IMG}.txt"
    old_id, new_id = "li-wei", 'li-wei"><img src=x onerror=alert(2)>'
    for _, df in t:
        for col in ("doc", "docs"):
            if col in df.columns:
                df[col] = df[col].str.replace(old_doc, new_doc, regex=False)
        for col in ("claim_ids",):
            if col in df.columns:
                df[col] = df[col].str.replace("widgets-", f"widgets{HOSTILE_IMG}-", regex=False)
        if "claim_id" in df.columns:
            df["claim_id"] = df["claim_id"].str.replace("widgets-", f"widgets{HOSTILE_IMG}-", regex=False)
        for col in ("id", "source", "target", "subject", "object"):
            if col in df.columns:
                df[col] = df[col].where(df[col] != old_id, new_id)
    return t
