"""The notebooks in notebooks/: they run top to bottom, are committed clean, and the lesson checks.

Every ``notebooks/*.ipynb`` is executed with nbclient in a Jupyter kernel that runs this
interpreter (the project's venv), with notebooks/ as the working directory, as JupyterLab runs
it. Executed copies are saved to ``test-artifacts/notebooks/`` (open them to see the outputs),
never written back to notebooks/. The committed files must carry no outputs, no execution counts,
no execution timings and no widget state, and be valid nbformat.

The teaching notebook (06) is run three ways: as committed (every check must say "not answered
yet", and the solutions at its end must pass every check), with each answer cell replaced by its
solution (every check must say "✓ correct"), and with near-miss answers (every check must say
"✗").
"""

from __future__ import annotations

import ast
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = ROOT / "test-artifacts" / "notebooks"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))
#: the suite this file was written with; other notebooks (05_explorer) are run as they appear
SUITE = (
    "01_build_tables.ipynb",
    "02_hierarchy.ipynb",
    "03_front_organizations.ipynb",
    "04_leadership_and_history.ipynb",
    "06_teaching.ipynb",
    "07_briefing_export.ipynb",
)
TEACHING = "06_teaching.ipynb"
KERNEL = "python3"
TIMEOUT = 180  # seconds per cell
#: a whole notebook, kernel start included; they take about 3-6 s on a 2-core machine
BUDGET_SECONDS = 60
#: lines a function (or lambda) defined in a notebook may span, its def line and docstring included
MAX_FUNCTION_LINES = 6

CORRECT, WRONG, UNANSWERED = "✓ correct", "✗", "not answered yet"


# --------------------------------------------------------------------------- the kernel


def _starts_this_python(argv: list[str]) -> bool:
    """Whether a kernelspec's command runs sys.executable. jupyter_client itself replaces a bare
    ``python``, ``python3`` or ``python3.X`` with sys.executable."""
    if not argv:
        return False
    bare = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    return argv[0] in bare or Path(argv[0]).absolute() == Path(sys.executable).absolute()


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory):
    """``python3`` when that kernelspec starts this interpreter; otherwise (a system or user
    kernelspec shadows the venv's) a kernelspec for sys.executable, installed into a temporary
    folder that is put first on JUPYTER_PATH for the session."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        ours = _starts_this_python(KernelSpecManager().get_kernel_spec(KERNEL).argv)
    except NoSuchKernel:
        ours = False
    if ours:
        yield KERNEL
        return
    from ipykernel.kernelspec import install

    prefix = tmp_path_factory.mktemp("kernelspec")
    install(prefix=str(prefix), kernel_name="orgnet-tests", display_name="orgnet tests (this venv)")
    patch = pytest.MonkeyPatch()
    patch.setenv(
        "JUPYTER_PATH",
        os.pathsep.join(x for x in (str(prefix / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")) if x),
    )
    yield "orgnet-tests"
    patch.undo()


def execute(nb, kernel_name: str, cwd: Path = NOTEBOOKS) -> float:
    """Run `nb` in place, top to bottom, with `cwd` as the working directory; return seconds.
    Raises nbclient's CellExecutionError at the first cell that raises."""
    client = NotebookClient(nb, timeout=TIMEOUT, kernel_name=kernel_name, resources={"metadata": {"path": str(cwd)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def _save(nb, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(ARTIFACTS / name))


def _listing() -> dict[str, bytes | None]:
    """notebooks/ as {relative path: bytes of a notebook, None for other files}, checkpoints left out."""
    return {
        str(p.relative_to(NOTEBOOKS)): (p.read_bytes() if p.suffix == ".ipynb" else None)
        for p in sorted(NOTEBOOKS.rglob("*"))
        if p.is_file() and ".ipynb_checkpoints" not in p.parts
    }


@dataclass
class Run:
    nb: object
    seconds: float
    notebooks_before: dict
    notebooks_after: dict


@pytest.fixture(scope="session")
def run_notebook(kernel_name):
    """``run_notebook(name)``: the notebook executed once per session (cached), saved to
    test-artifacts/notebooks/."""
    cache: dict[str, Run] = {}

    def run(name: str) -> Run:
        if name not in cache:
            nb = nbformat.read(str(NOTEBOOKS / name), as_version=4)
            before = _listing()
            try:
                seconds = execute(nb, kernel_name)
            finally:
                _save(nb, name)
            cache[name] = Run(nb, seconds, before, _listing())
        return cache[name]

    return run


def test_kernel_runs_this_environment(kernel_name, tmp_path):
    """The kernel the notebooks run in is this interpreter's environment, with orgnet from this
    checkout (not a system Python that happens to be called python3)."""
    probe = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import sys, orgnet\nprint(sys.prefix)\nprint(orgnet.__file__)")]
    )
    execute(probe, kernel_name, cwd=tmp_path)
    prefix, orgnet_file = _stdout(probe.cells[0]).splitlines()[:2]
    assert Path(prefix).resolve() == Path(sys.prefix).resolve()
    assert Path(orgnet_file).resolve().is_relative_to(ROOT / "orgnet"), orgnet_file


# --------------------------------------------------------------------------- every notebook


def test_the_suite_is_there():
    missing = [name for name in SUITE if not (NOTEBOOKS / name).is_file()]
    assert not missing, f"notebooks missing from {NOTEBOOKS}: {missing}"


def _stdout(cell) -> str:
    return "".join(
        o.get("text", "") for o in cell.get("outputs", []) if o["output_type"] == "stream" and o.get("name") == "stdout"
    )


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebook_runs_top_to_bottom(path, run_notebook):
    run = run_notebook(path.name)
    print(f"{path.name}: {run.seconds:.1f} s")
    errors = [
        (i, o.get("ename"), o.get("evalue"))
        for i, cell in enumerate(run.nb.cells)
        for o in cell.get("outputs", [])
        if o["output_type"] == "error"
    ]
    assert not errors, f"cells raised: {errors}"
    code = [c for c in run.nb.cells if c.cell_type == "code" and c.source.strip()]
    assert code and all(c.execution_count is not None for c in code), "not every code cell ran"
    warned = [
        (i, o["text"][:300])
        for i, cell in enumerate(run.nb.cells)
        for o in cell.get("outputs", [])
        if o["output_type"] == "stream" and o.get("name") == "stderr" and "Warning" in o["text"]
    ]
    assert not warned, f"cells printed warnings: {warned}"
    assert run.notebooks_after == run.notebooks_before, "running the notebook wrote into notebooks/"
    assert run.seconds < BUDGET_SECONDS, f"{path.name} took {run.seconds:.0f} s"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebook_is_committed_clean(path):
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    dirty = [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)
    ]
    assert not dirty, f"cells {dirty} carry outputs or execution counts; clear them before committing"
    timed = [i for i, c in enumerate(nb.cells) if "execution" in c.get("metadata", {})]
    assert not timed, f"cells {timed} carry execution timing metadata; clear it before committing"
    assert "widgets" not in nb.metadata, "widget state is saved in the notebook's metadata; remove it"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebook_keeps_logic_in_the_library(path):
    """STYLE.md: no function longer than a few lines is defined in a notebook."""
    from IPython.core.inputtransformer2 import TransformerManager

    nb = nbformat.read(str(path), as_version=4)
    long_ones = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        tree = ast.parse(TransformerManager().transform_cell(cell.source))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES or isinstance(node, ast.ClassDef):
                    long_ones.append((i, getattr(node, "name", "lambda"), lines))
    assert not long_ones, f"(cell, function, lines) longer than {MAX_FUNCTION_LINES} lines or classes: {long_ones}"


# --------------------------------------------------------------------------- the lesson


def _tagged(nb, tag: str) -> list:
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]


def _number(source: str) -> int:
    m = re.search(r"^answer_(\d+)\s*=", source, re.M)
    assert m, f"no `answer_N = ...` in {source!r}"
    return int(m.group(1))


def _exercises(nb) -> dict[int, dict]:
    """{n: {"answer": cell, "check": cell, "solution": cell}} of the teaching notebook."""
    out: dict[int, dict] = {}
    for role in ("answer", "solution"):
        for cell in _tagged(nb, role):
            out.setdefault(_number(cell.source), {})[role] = cell
    for cell in _tagged(nb, "check"):
        m = re.fullmatch(r"check\((\d+), answer_(\d+)\)", cell.source.strip())
        assert m and m.group(1) == m.group(2), f"a check cell should read check(N, answer_N): {cell.source!r}"
        out.setdefault(int(m.group(1)), {})["check"] = cell
    return out


def test_teaching_notebook_has_exercises_answers_checks_and_solutions():
    nb = nbformat.read(str(NOTEBOOKS / TEACHING), as_version=4)
    ex = _exercises(nb)
    assert 4 <= len(ex) <= 7, f"{len(ex)} exercises"
    assert sorted(ex) == list(range(1, len(ex) + 1))
    for n, cells in ex.items():
        assert set(cells) == {"answer", "check", "solution"}, f"exercise {n} has only {sorted(cells)}"
        assert re.fullmatch(rf"answer_{n} = None\b.*", cells["answer"].source.strip()), cells["answer"].source
    order = [id(c) for c in nb.cells]
    for n, cells in ex.items():  # answer, then its check, and every solution after every check
        assert order.index(id(cells["answer"])) < order.index(id(cells["check"]))
        assert order.index(id(cells["solution"])) > max(order.index(id(c["check"])) for c in ex.values())
    assert len(_tagged(nb, "check-solutions")) == 1


def _verdicts(nb) -> dict[int, str]:
    return {n: _stdout(cells["check"]).strip() for n, cells in _exercises(nb).items()}


def test_teaching_placeholders_are_not_answers(run_notebook):
    """As committed, every check says "not answered yet", none claims a correct answer; and the
    solutions at the end, when run, pass every check."""
    run = run_notebook(TEACHING)
    verdicts = _verdicts(run.nb)
    assert all(UNANSWERED in v and CORRECT not in v for v in verdicts.values()), verdicts
    final = _stdout(_tagged(run.nb, "check-solutions")[0]).splitlines()
    assert final == [f"Exercise {n}: {CORRECT}" for n in sorted(verdicts)], final


def test_teaching_handout_runs_without_its_solutions(kernel_name, tmp_path):
    """The students' version (python -m orgnet.notebook handout): no solutions, no teacher's cells,
    and it runs top to bottom with every check saying "not answered yet"."""
    from orgnet.notebook import HANDOUT_DROPS, handout

    nb = nbformat.read(str(handout(NOTEBOOKS / TEACHING, tmp_path / TEACHING)), as_version=4)
    assert not [c for c in nb.cells if set(c.get("metadata", {}).get("tags", [])) & set(HANDOUT_DROPS)]
    try:
        execute(nb, kernel_name)
    finally:
        _save(nb, TEACHING.replace(".ipynb", ".handout.ipynb"))
    verdicts = [_stdout(c).strip() for c in _tagged(nb, "check")]
    assert verdicts and all(UNANSWERED in v for v in verdicts), verdicts


def _with_answers(make_source) -> object:
    """The teaching notebook with each answer cell's source replaced by make_source(n, solution)."""
    nb = nbformat.read(str(NOTEBOOKS / TEACHING), as_version=4)
    for n, cells in _exercises(nb).items():
        cells["answer"].source = make_source(n, cells["solution"].source)
    return nb


def test_teaching_solutions_pass_the_checks(kernel_name):
    nb = _with_answers(lambda n, solution: solution)
    try:
        execute(nb, kernel_name)
    finally:
        _save(nb, TEACHING.replace(".ipynb", ".solutions.ipynb"))
    verdicts = _verdicts(nb)
    assert verdicts == {n: f"Exercise {n}: {CORRECT}" for n in verdicts}, verdicts


def test_teaching_near_misses_fail_the_checks(kernel_name):
    """Each solution's answer nudged (a number off by one, a flipped truth, a changed name): the
    checks must say so."""

    def near_miss(n: int, solution: str) -> str:
        a = f"answer_{n}"
        return (
            f"{solution}\n{a} = (not {a}) if isinstance({a}, bool) else {a} + 1 "
            f"if isinstance({a}, int) else str({a}) + ' (wrong)'"
        )

    nb = _with_answers(near_miss)
    try:
        execute(nb, kernel_name)
    finally:
        _save(nb, TEACHING.replace(".ipynb", ".near-misses.ipynb"))
    verdicts = _verdicts(nb)
    assert all(WRONG in v and CORRECT not in v for v in verdicts.values()), verdicts
