"""Shared helpers of the test suite: project paths, running the command line, the gold file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
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


def run_orgnet(*args: str, cwd: str | Path | None = None, env: dict | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m orgnet ARGS`` with this interpreter; capture text output."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "orgnet", *map(str, args)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


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
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_seeds_dir() -> Path:
    return SHARED_SEEDS
