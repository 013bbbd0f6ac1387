"""environment.yml (conda) must mirror pyproject.toml (the source of truth).

Every runtime dependency and every ``dev`` extra in ``pyproject.toml`` must
appear in ``environment.yml`` with the same version specifier, and
``environment.yml`` must list nothing else besides ``python``, ``pip`` and the
``pip:`` section that installs orgnet itself (``-e .``).

Names are compared normalised (lower case, runs of ``-``, ``_`` and ``.`` read
as ``-``); specifiers are compared with whitespace removed and comma-separated
parts sorted, so ``pandas >=2.0`` and ``pandas>=2.0`` agree but ``pandas>=2.1``
does not. Environment markers (``; python_version < "3.11"``) are ignored:
the package must still be listed on the conda side.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
ENVIRONMENT = ROOT / "environment.yml"

#: Conda entries that are not mirrored from pyproject.toml.
CONDA_ONLY = {"python", "pip"}

_REQUIREMENT = re.compile(
    r"""^\s*
    (?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)   # distribution name
    \s*(?:\[[^\]]*\])?                      # extras, ignored
    \s*(?P<spec>[^;]*?)                     # version specifier (may be empty)
    \s*(?:;.*)?$                            # environment marker, ignored
    """,
    re.VERBOSE,
)


def normalise_name(name: str) -> str:
    """Lower case, with runs of ``-``, ``_`` and ``.`` read as one ``-``.

    >>> normalise_name("PyYAML"), normalise_name("typing_extensions")
    ('pyyaml', 'typing-extensions')
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def normalise_spec(spec: str) -> str:
    """Whitespace removed, comma-separated parts sorted.

    >>> normalise_spec("<3, >= 2.0")
    '<3,>=2.0'
    """
    parts = [re.sub(r"\s+", "", part) for part in spec.split(",")]
    return ",".join(sorted(part for part in parts if part))


def parse_requirement(text: str, where: str) -> tuple[str, str]:
    """Split ``"pandas>=2.0"`` into ``("pandas", ">=2.0")``, both normalised."""
    match = _REQUIREMENT.match(text)
    if match is None:
        raise ValueError(f"{where}: cannot read dependency {text!r}")
    return normalise_name(match["name"]), normalise_spec(match["spec"])


def to_mapping(entries: list[tuple[str, str]], where: str) -> dict[str, str]:
    """``{name: spec}``; a name listed twice is an error that names it."""
    mapping: dict[str, str] = {}
    for name, spec in entries:
        if name in mapping:
            raise ValueError(f"{where}: {name!r} is listed more than once")
        mapping[name] = spec
    return mapping


def pyproject_dependencies(data: dict) -> dict[str, str]:
    """Runtime dependencies plus the ``dev`` extra of a parsed pyproject.toml."""
    project = data["project"]
    requirements = list(project.get("dependencies", []))
    requirements += project.get("optional-dependencies", {}).get("dev", [])
    where = PYPROJECT.name
    return to_mapping([parse_requirement(r, where) for r in requirements], where)


def conda_dependencies(data: dict) -> dict[str, str]:
    """Conda dependencies of a parsed environment.yml, minus python, pip and ``pip:``."""
    where = ENVIRONMENT.name
    entries = []
    for entry in data.get("dependencies") or []:
        if isinstance(entry, dict):  # the `pip:` section
            continue
        name, spec = parse_requirement(str(entry), where)
        if name not in CONDA_ONLY:
            entries.append((name, spec))
    return to_mapping(entries, where)


def differences(pyproject: dict[str, str], conda: dict[str, str]) -> list[str]:
    """One line per disagreement, saying which file lacks what; empty when in step."""
    problems = []
    for name in sorted(pyproject.keys() - conda.keys()):
        problems.append(f"missing from {ENVIRONMENT.name} (in {PYPROJECT.name} only): {name}{pyproject[name]}")
    for name in sorted(conda.keys() - pyproject.keys()):
        problems.append(f"missing from {PYPROJECT.name} (in {ENVIRONMENT.name} only): {name}{conda[name]}")
    for name in sorted(pyproject.keys() & conda.keys()):
        if pyproject[name] != conda[name]:
            problems.append(
                f"specifier differs for {name}: {PYPROJECT.name} {pyproject[name] or '(none)'}"
                f" != {ENVIRONMENT.name} {conda[name] or '(none)'}"
            )
    return problems


def report(problems: list[str]) -> str:
    return (
        f"{ENVIRONMENT.name} does not mirror {PYPROJECT.name} "
        f"(runtime + dev dependencies; {PYPROJECT.name} is the source of truth):\n  " + "\n  ".join(problems)
    )


@pytest.fixture(scope="module")
def pyproject_data() -> dict:
    with PYPROJECT.open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def environment_data() -> dict:
    with ENVIRONMENT.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_environment_yml_mirrors_pyproject(pyproject_data, environment_data):
    problems = differences(pyproject_dependencies(pyproject_data), conda_dependencies(environment_data))
    assert not problems, report(problems)


def test_environment_yml_python_matches_requires_python(pyproject_data, environment_data):
    pythons = [
        parse_requirement(str(entry), ENVIRONMENT.name)[1]
        for entry in environment_data["dependencies"]
        if isinstance(entry, str) and parse_requirement(entry, ENVIRONMENT.name)[0] == "python"
    ]
    expected = normalise_spec(pyproject_data["project"]["requires-python"])
    assert pythons == [expected], (
        f"{ENVIRONMENT.name} should list python{expected} once (requires-python in {PYPROJECT.name}), found {pythons}"
    )


def test_environment_yml_installs_orgnet_itself(environment_data):
    assert environment_data.get("name") == "orgnet"
    assert "conda-forge" in environment_data.get("channels", [])
    pip_sections = [e["pip"] for e in environment_data["dependencies"] if isinstance(e, dict)]
    assert pip_sections == [["-e ."]], (
        f"{ENVIRONMENT.name} should have one `pip:` section holding only '-e .', found {pip_sections}"
    )


# The comparison itself: a dependency added to one file only must be caught,
# and the message must say which file lacks it. Each case edits a copy of the
# real files and looks only at what the edit adds, so these cases keep passing
# (and the first test alone fails) when the real files drift apart.


def new_problems(pyproject: dict, environment: dict, baseline: tuple[dict, dict]) -> list[str]:
    before = differences(pyproject_dependencies(baseline[0]), conda_dependencies(baseline[1]))
    after = differences(pyproject_dependencies(pyproject), conda_dependencies(environment))
    return [problem for problem in after if problem not in before]


def test_dependency_added_to_pyproject_only_is_reported(pyproject_data, environment_data):
    data = {"project": dict(pyproject_data["project"])}
    data["project"]["dependencies"] = [
        *data["project"]["dependencies"],
        "sync-probe-runtime>=13",
    ]
    problems = new_problems(data, environment_data, (pyproject_data, environment_data))
    assert problems == [f"missing from {ENVIRONMENT.name} (in {PYPROJECT.name} only): sync-probe-runtime>=13"]


def test_dev_dependency_added_to_pyproject_only_is_reported(pyproject_data, environment_data):
    project = dict(pyproject_data["project"])
    extras = dict(project.get("optional-dependencies", {}))
    extras["dev"] = [*extras.get("dev", []), "sync_probe_dev>=1.5"]
    project["optional-dependencies"] = extras
    problems = new_problems({"project": project}, environment_data, (pyproject_data, environment_data))
    assert problems == [f"missing from {ENVIRONMENT.name} (in {PYPROJECT.name} only): sync-probe-dev>=1.5"]


def test_dependency_added_to_environment_only_is_reported(pyproject_data, environment_data):
    data = dict(environment_data)
    data["dependencies"] = [*environment_data["dependencies"], "Sync_Probe.Conda >=1.3"]
    problems = new_problems(pyproject_data, data, (pyproject_data, environment_data))
    assert problems == [f"missing from {PYPROJECT.name} (in {ENVIRONMENT.name} only): sync-probe-conda>=1.3"]


def test_specifier_mismatch_is_reported(pyproject_data, environment_data):
    project = dict(pyproject_data["project"])
    project["dependencies"] = [
        "pandas>=2.1" if parse_requirement(r, "test")[0] == "pandas" else r for r in project["dependencies"]
    ]
    assert project["dependencies"] != pyproject_data["project"]["dependencies"]
    conda_pandas = conda_dependencies(environment_data).get("pandas", "(none)")
    problems = new_problems({"project": project}, environment_data, (pyproject_data, environment_data))
    assert problems == [f"specifier differs for pandas: {PYPROJECT.name} >=2.1 != {ENVIRONMENT.name} {conda_pandas}"]


def test_report_names_both_sides():
    problems = differences({"a": ">=1", "b": ""}, {"b": "", "c": "<2"})
    message = report(problems)
    assert f"missing from {ENVIRONMENT.name} (in {PYPROJECT.name} only): a>=1" in message
    assert f"missing from {PYPROJECT.name} (in {ENVIRONMENT.name} only): c<2" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pandas>=2.0", ("pandas", ">=2.0")),
        ("pandas >= 2.0", ("pandas", ">=2.0")),
        ("PyYAML>=6.0", ("pyyaml", ">=6.0")),
        ("typing_extensions", ("typing-extensions", "")),
        ("tomli; python_version < '3.11'", ("tomli", "")),
        ("pyarrow[pandas]>=14.0,<20", ("pyarrow", "<20,>=14.0")),
    ],
)
def test_parse_requirement(text, expected):
    assert parse_requirement(text, "test") == expected


def test_name_listed_twice_is_an_error():
    with pytest.raises(ValueError, match="'pandas' is listed more than once"):
        conda_dependencies({"dependencies": ["pandas>=2.0", "Pandas>=2.0"]})
