"""The graph stage's layout holds: small modules, short functions, imports one way (issue 11).

Read from the source with ``ast``; nothing is imported. The rules are checked on
``orgnet/graph/`` only, the first stage made a package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "orgnet" / "graph"
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 600, 80
#: what the graph stage must not import: the stages after it
LATER_STAGES = ("render", "explorer", "export", "cli", "notebook", "lesson")


def modules(folder: Path) -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in sorted(folder.glob("*.py"))}


def sibling_imports(tree: ast.Module) -> set[str]:
    """The modules of the same package that `tree` imports (``from .x import``), anywhere in it."""
    return {n.module.split(".")[0] for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module}


def code_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """A function's lines from ``def`` to its end, its docstring left out."""
    total = fn.end_lineno - fn.lineno + 1  # type: ignore[operator]
    first = fn.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        total -= first.end_lineno - first.lineno + 1  # type: ignore[operator]
    return total


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of `graph` (module -> modules it imports), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        state[m] = 2
        stack.pop()
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_cycle_finds_a_cycle_and_only_a_cycle():
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


@pytest.mark.parametrize("path", sorted(GRAPH.glob("*.py")), ids=lambda p: p.name)
def test_no_graph_module_is_long(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{path.relative_to(ROOT)} has {n} lines (at most {MAX_MODULE_LINES})"


def test_no_graph_function_is_long():
    long_ones = [f"orgnet/graph/{name}.py:{fn.lineno} {fn.name} ({code_lines(fn)} lines)"
                 for name, tree in modules(GRAPH).items() for fn in ast.walk(tree)
                 if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and code_lines(fn) > MAX_FUNCTION_LINES]
    assert not long_ones, f"functions of more than {MAX_FUNCTION_LINES} lines besides the docstring: {long_ones}"


def test_the_graph_modules_import_each_other_without_a_cycle():
    trees = modules(GRAPH)
    graph = {name: sibling_imports(tree) - {name} for name, tree in trees.items() if name != "__init__"}
    assert "__init__" not in set().union(*graph.values()), "a graph module imports the package's __init__"
    assert cycle(graph) is None, f"import cycle in orgnet/graph: {' -> '.join(cycle(graph) or [])}"


def test_the_graph_stage_imports_no_later_stage():
    for name, tree in modules(GRAPH).items():
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and n.level == 2 and n.module:
                assert n.module.split(".")[0] not in LATER_STAGES, (
                    f"orgnet/graph/{name}.py:{n.lineno} imports orgnet.{n.module}, a later stage")
