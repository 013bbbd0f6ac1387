"""The code's layout holds: small modules, short functions, imports one way (issue 11).

Read from the source with ``ast``; nothing is imported. Over the whole of ``orgnet/``: no module
over 600 lines, no function over 80 lines besides its docstring, no import cycle among the imports
a module runs when it is imported. The modules and functions still over the limits are listed
below, each with its size: a list that may only shrink. The graph stage also imports no later stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orgnet"
GRAPH = PACKAGE / "graph"
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 600, 80

#: modules still over MAX_MODULE_LINES, and why they are allowed for now
LONG_MODULES: dict[str, str] = {}

#: functions still over MAX_FUNCTION_LINES (``path:qualified name`` -> lines without the docstring):
#: a list that may only shrink; a listed function must not grow
LONG_FUNCTIONS: dict[str, int] = {}

#: what the graph stage must not import: the stages after it
LATER_STAGES = ("render", "explorer", "export", "cli", "notebook", "lesson")


def modules(folder: Path) -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in sorted(folder.glob("*.py"))}


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
                return stack[stack.index(d) :] + [d]
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


def module_name(path: Path) -> str:
    """``orgnet/render/layout.py`` -> ``orgnet.render.layout``; a package's ``__init__.py`` is the package."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


ALL = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports run when the module is imported: at top level or under a top-level ``if`` / ``try``,
    not those under ``if TYPE_CHECKING:`` nor those inside functions (a late import is how a cycle is
    avoided, and is allowed)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        block = node.body if isinstance(node, (ast.If, ast.Try)) else [node]
        found += [n for n in block if isinstance(n, (ast.Import, ast.ImportFrom))]
    return found


def imports_of(name: str, tree: ast.Module, is_package: bool, known: set[str]) -> set[str]:
    """The modules of `known` that module `name` imports when it is imported: ``from .x import y``
    is module ``x.y`` when that is a module, else ``x`` (a package's ``__init__``)."""
    package = name.split(".") if is_package else name.split(".")[:-1]
    out: set[str] = set()
    for n in top_level_imports(tree):
        if isinstance(n, ast.Import):
            out |= {a.name for a in n.names if a.name in known}
            continue
        base = package[: len(package) - n.level + 1] if n.level else []
        target = ".".join(base + ([n.module] if n.module else []))
        if target in known:
            out |= {f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in n.names}
    return out - {name}


def import_graph() -> dict[str, set[str]]:
    return {
        name: imports_of(
            name, ast.parse(p.read_text(encoding="utf-8"), filename=str(p)), p.name == "__init__.py", set(ALL)
        )
        for name, p in ALL.items()
    }


def qualified_functions(tree: ast.Module):
    """(qualified name, node) of every function and method, nested ones too (``Class.method``, ``f.inner``)."""

    def walk(node: ast.AST, prefix: str):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    yield name, child
                yield from walk(child, name + ".")
            else:
                yield from walk(child, prefix)

    yield from walk(tree, "")


def long_functions() -> dict[str, int]:
    """``path:qualified name`` -> lines without the docstring, of every function over the limit in orgnet/."""
    return {
        f"{p.relative_to(ROOT).as_posix()}:{q}": code_lines(fn)
        for p in ALL.values()
        for q, fn in qualified_functions(ast.parse(p.read_text(encoding="utf-8")))
        if code_lines(fn) > MAX_FUNCTION_LINES
    }


def test_the_import_graph_is_read():
    graph = import_graph()
    assert "orgnet.resolve.merges" in graph["orgnet.resolve.resolver"]
    assert "orgnet.render.overlaps" in graph["orgnet.render.radial"]
    assert "orgnet.vocabulary" in graph["orgnet.resolve.kinds"]  # from .. import vocabulary
    assert "orgnet.graph" in graph["orgnet.export.formats"]  # from ..graph import Selection: the package
    assert "orgnet.tables" not in graph["orgnet.evaluate.build"]  # imported inside a function only


def test_qualified_functions_names_methods_and_nested_functions():
    tree = ast.parse("class A:\n    def f(self):\n        def g():\n            pass\ndef h():\n    pass\n")
    assert [q for q, _ in qualified_functions(tree)] == ["A.f", "A.f.g", "h"]


def test_no_module_is_long_but_those_allowed():
    """Every module of orgnet/ is at most MAX_MODULE_LINES long, but those on LONG_MODULES (each
    with its reason); the allow-list only shrinks (see the next test)."""
    long = {
        p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in sorted(PACKAGE.rglob("*.py"))
    }
    over = {rel: n for rel, n in long.items() if n > MAX_MODULE_LINES and rel not in LONG_MODULES}
    assert not over, f"modules over {MAX_MODULE_LINES} lines: {over}: split them at a clean cut"


def test_the_allowed_long_modules_are_still_long():
    for rel in LONG_MODULES:
        path = ROOT / rel
        assert path.exists() and len(path.read_text(encoding="utf-8").splitlines()) > MAX_MODULE_LINES, (
            f"{rel} is split or short now: take it off LONG_MODULES in tests/test_layout.py"
        )


def test_no_new_long_function_and_no_listed_one_grows():
    found = long_functions()
    new = {f: n for f, n in found.items() if f not in LONG_FUNCTIONS}
    assert not new, f"functions of more than {MAX_FUNCTION_LINES} lines besides the docstring: {new}"
    grown = {f: f"{n} lines, listed at {LONG_FUNCTIONS[f]}" for f, n in found.items() if n > LONG_FUNCTIONS.get(f, n)}
    assert not grown, f"listed long functions grew (split them instead): {grown}"
    gone = sorted(set(LONG_FUNCTIONS) - set(found))
    assert not gone, f"no longer over {MAX_FUNCTION_LINES} lines (or renamed): take them off LONG_FUNCTIONS: {gone}"


def test_orgnet_modules_import_each_other_without_a_cycle():
    graph = import_graph()
    assert cycle(graph) is None, f"import cycle in orgnet/: {' -> '.join(cycle(graph) or [])}"


def test_the_graph_stage_imports_no_later_stage():
    for name, tree in modules(GRAPH).items():
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and n.level == 2 and n.module:
                assert n.module.split(".")[0] not in LATER_STAGES, (
                    f"orgnet/graph/{name}.py:{n.lineno} imports orgnet.{n.module}, a later stage"
                )
