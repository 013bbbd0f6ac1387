"""What pyproject.toml declares about the package is true of the code."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

# `re._parser`, `re._constants`, `re._compiler`: new in Python 3.11 (3.10 has sre_parse, ...)
PRIVATE_RE = re.compile(
    r"\bre\._(?:parser|constants|compiler)\b"
    r"|\bfrom re import [^\n]*\b_(?:parser|constants|compiler)\b"
)


def floor() -> tuple[int, int]:
    m = re.fullmatch(r">=\s*(\d+)\.(\d+)", PROJECT["requires-python"].strip())
    assert m, f"requires-python should be a plain floor (>=X.Y), not {PROJECT['requires-python']!r}"
    return int(m[1]), int(m[2])


def test_requires_python_is_no_lower_than_what_the_code_imports():
    for path in sorted((ROOT / "orgnet").rglob("*.py")):
        if PRIVATE_RE.search(path.read_text(encoding="utf-8")):
            assert floor() >= (3, 11), (
                f"{path.relative_to(ROOT)} imports a module of `re` that Python 3.11 "
                f"introduced; requires-python says >={floor()[0]}.{floor()[1]}"
            )


def test_the_tests_run_on_a_declared_python():
    assert sys.version_info[:2] >= floor()


def test_the_package_says_it_is_typed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert (ROOT / "orgnet" / "py.typed").is_file()
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["orgnet"]
    assert config["tool"]["mypy"]["packages"] == ["orgnet"]


def test_the_version_has_one_home_that_every_module_reads():
    import orgnet
    from orgnet import _version

    assert orgnet.__version__ == _version.__version__ == PROJECT["version"]
    # `from . import __version__` would import the package's __init__, hence the pipeline: a cycle
    for path in sorted((ROOT / "orgnet").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            assert not re.match(r"\s*from \.+ import [^#]*\b__version__\b", line), (
                f"{path.relative_to(ROOT)}:{n} reads __version__ from the package; import it from orgnet._version"
            )
