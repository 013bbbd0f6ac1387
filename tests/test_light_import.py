"""``import orgnet`` and reading a build's tables load no parser: the read, extract and resolve
stages (and the making of tables from claims) are imported only when a build needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import orgnet

ROOT = Path(__file__).resolve().parents[1]
BUILDING = (
    "orgnet.read",
    "orgnet.extract",
    "orgnet.resolve",
    "orgnet.pipeline",
    "orgnet.parse_folder",
    "orgnet.tables.make",
)


def _modules_after(code: str) -> list[str]:
    """The orgnet modules a fresh interpreter holds after running ``code``."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('orgnet'))))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.splitlines()[-1])


def _building(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(BUILDING)]


def test_reading_tables_imports_no_building_stage(seeds_build, tmp_path):
    seeds_build.write(tmp_path / "tables")
    modules = _modules_after(
        f"import orgnet\nt = orgnet.read_tables({str(tmp_path / 'tables')!r})\nassert len(t.edges) > 0"
    )
    assert "orgnet.tables.files" in modules  # the tables were read (not an empty test)
    assert _building(modules) == [], _building(modules)


def test_the_building_names_load_on_first_use():
    """``orgnet.build``, ``orgnet.resolve`` (the function, even after ``import orgnet.resolve``),
    ``orgnet.tables.make_tables`` load their stages when asked for, and only then."""
    modules = _modules_after(
        "import orgnet\nimport orgnet.tables\nassert callable(orgnet.build)\n"
        "import orgnet.resolve\nassert callable(orgnet.resolve), orgnet.resolve\n"
        "from orgnet.tables import make_tables, TableMaker\n"
        "assert make_tables.__module__ == 'orgnet.tables.make'"
    )
    assert {"orgnet.pipeline", "orgnet.resolve", "orgnet.tables.make"} <= set(modules)
    assert callable(orgnet.resolve) and orgnet.Claim.__module__.startswith("orgnet.extract")
    assert set(orgnet.__all__) <= set(dir(orgnet))


def test_an_explorer_over_a_build_loads_no_parser(seeds_build, tmp_path):
    """The notebook's first cell (read the tables, show the Explorer) reads no document: the
    extract stage, the parser and the pipeline stay out (the side panel's merge rules come from
    the resolve package, which loads without the extractor)."""
    seeds_build.write(tmp_path / "tables")
    modules = _modules_after(
        f"import orgnet\nt = orgnet.read_tables({str(tmp_path / 'tables')!r})\n"
        "e = orgnet.Explorer(t)\nassert e.state is not None"
    )
    assert "orgnet.explorer" in modules and "orgnet.render.live" in modules  # an Explorer was made
    parsing = [
        m
        for m in modules
        if m.startswith(("orgnet.extract", "orgnet.read.parse", "orgnet.pipeline", "orgnet.tables.make"))
    ]
    assert parsing == [], parsing
