"""``sources.yaml``: what the analyst knows about each document, read so that no entry can
break a build.

The file maps a document's file name to ``title``, ``url``, ``retrieved``, ``reliability``
(an Admiralty grade A-F) and ``reliability_reason`` (why that grade, one sentence)::

    article.txt:
      title: Bureau of Tides
      retrieved: 2024-05-01
      reliability: B
      reliability_reason: A government gazette.

Every problem is a warning naming the file and the line, and only the bad part is left out:
a value that is not a date where YAML reads a date (``retrieved: 2024-13-45``), a grade that
is not A-F, a value that is a list or a mapping instead of text, an over-long value, an entry
that is not a mapping. A file that does not parse as YAML, or whose aliases would expand it
past :data:`MAX_VALUES` values (an "alias bomb": a few hundred bytes that stand for billions
of values), is ignored as a whole with one warning. ``sources.yml`` is read when there is no
``sources.yaml``.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "sources.yaml").write_text("a.txt:\\n  title: Tides\\n  retrieved: 2024-13-45\\n")
>>> meta, warnings = load_sources(d)
>>> meta
{'a.txt': {'title': 'Tides', 'reliability': ''}}
>>> warnings
["sources.yaml, line 3: a.txt: retrieved '2024-13-45' is not a valid date (month must be in 1..12); left out"]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from . import vocabulary

__all__ = ["SOURCES_FILE", "MAX_VALUES", "MAX_CHARS", "load_sources", "expanded_size"]

SOURCES_FILE = "sources.yaml"
#: a YAML file whose aliases expand it past this many values is not read
MAX_VALUES = 1_000_000
#: a metadata value longer than this is left out (a title or a reason is a line, not a book)
MAX_CHARS = 5_000


def expanded_size(node: yaml.Node, limit: int) -> int:
    """How many values a composed YAML node stands for once its aliases are expanded, counted
    without expanding them (a node reached twice counts twice); stops counting past ``limit``.

    >>> loader = yaml.SafeLoader("a: &x [1, 2, 3]\\nb: [*x, *x, *x]\\n")
    >>> expanded_size(loader.get_single_node(), 10**6)  # 1 + (1 + 4) + (1 + 1 + 3 * 4)
    20
    """
    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(n: yaml.Node) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in busy:  # a recursive anchor: it stands for an endless value
            return limit + 1
        busy.add(key)
        total = 1
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                total += size(k) + size(v)
                if total > limit:
                    break
        elif isinstance(n, yaml.SequenceNode):
            for v in n.value:
                total += size(v)
                if total > limit:
                    break
        busy.discard(key)
        sizes[key] = min(total, limit + 1)
        return sizes[key]

    return size(node)


def _compose(text: str, where: str, limit: int) -> tuple[yaml.Node | None, yaml.SafeLoader | None, str]:
    """Compose YAML text to a node tree (no values built yet), refusing alias bombs; returns
    ``(node, loader, problem)``. The caller disposes of the loader."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        loader.dispose()
        mark = getattr(exc, "problem_mark", None)
        at = f", line {mark.line + 1}" if mark is not None else ""
        return None, None, f"{where}{at}: not readable as YAML ({str(exc).splitlines()[0]})"
    if node is not None and expanded_size(node, limit) > limit:
        loader.dispose()
        return None, None, (f"{where}: its aliases expand to more than {limit:,} values (an alias bomb?); not read")
    return node, loader, ""


def _value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    return loader.construct_object(node, deep=True)


def _text(value: Any) -> str | None:
    """A metadata value as text, or ``None`` when it is not a scalar."""
    if isinstance(value, (list, dict, set, tuple, bytes)):
        return None
    return value if isinstance(value, str) else str(value) if value is not None else ""


def load_sources(folder: str | Path) -> tuple[dict[str, dict], list[str]]:
    """Per-document metadata from ``<folder>/sources.yaml`` (optional) and the warnings, each
    naming the file and the line (see the module docstring). Never raises for its content."""
    folder = Path(folder)
    path = folder / SOURCES_FILE
    warnings: list[str] = []
    alt = folder / "sources.yml"
    if not path.exists() and alt.exists():
        path = alt
    elif path.exists() and alt.exists():
        warnings.append(f"{alt.name}: not read, because {SOURCES_FILE} is there too")
    if not path.exists():
        return {}, warnings
    where = path.name
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, warnings + [f"{where}: not readable ({exc}); metadata ignored"]
    node, loader, problem = _compose(text, where, MAX_VALUES)
    if problem:
        return {}, warnings + [f"{problem}; metadata ignored"]
    if node is None:
        return {}, warnings
    assert loader is not None
    try:
        if not isinstance(node, yaml.MappingNode):
            return {}, warnings + [f"{where}: expected a mapping of file name -> metadata; metadata ignored"]
        grades = vocabulary.hedges()["confidence"]["reliability"]
        out: dict[str, dict] = {}
        try:
            loader.flatten_mapping(node)
        except yaml.YAMLError as exc:
            return {}, warnings + [f"{where}: {str(exc).splitlines()[0]}; metadata ignored"]
        for line, name, value_node in _pairs(
            loader, node, where, warnings, "an entry whose key is not a file name; ignored"
        ):
            if name in out:
                warnings.append(f"{line}: {name} is given twice; the later entry is used")
            if not isinstance(value_node, yaml.MappingNode):
                warnings.append(f"{line}: entry {name!r} is not a mapping; ignored")
                continue
            out[name] = _entry(loader, name, value_node, where, grades, warnings)
        return out, warnings
    finally:
        loader.dispose()


class _Bad:
    """A value YAML could not build, with the reason."""

    def __init__(self, why: str) -> None:
        self.why = why


def _safe(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return _value(loader, node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        return _Bad(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _pairs(
    loader: yaml.SafeLoader, node: yaml.MappingNode, where: str, warnings: list[str], bad_key: str
) -> Iterator[tuple[str, str, yaml.Node]]:
    """A mapping's ``("<where>, line N", key as text, value node)``; a key that is not text is the
    warning ``bad_key`` and is skipped."""
    for key_node, value_node in node.value:
        line = f"{where}, line {key_node.start_mark.line + 1}"
        key = _text(_safe(loader, key_node))
        if not key:
            warnings.append(f"{line}: {bad_key}")
            continue
        yield line, key, value_node


def _entry(
    loader: yaml.SafeLoader, name: str, node: yaml.MappingNode, where: str, grades: dict, warnings: list[str]
) -> dict:
    """One document's metadata; a bad field is a warning and is left out."""
    try:
        loader.flatten_mapping(node)
    except yaml.YAMLError as exc:
        warnings.append(f"{where}, line {node.start_mark.line + 1}: {name}: {str(exc).splitlines()[0]}; entry ignored")
        return {"reliability": ""}
    m: dict[str, Any] = {}
    for line, key, v_node in _pairs(loader, node, where, warnings, f"{name}: a field whose name is not text; left out"):
        value = _safe(loader, v_node)
        if isinstance(value, _Bad):
            shown = v_node.value if isinstance(v_node, yaml.ScalarNode) else "?"
            what = "date" if v_node.tag.endswith(":timestamp") else "value"
            warnings.append(f"{line}: {name}: {key} {shown!r} is not a valid {what} ({value.why}); left out")
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = str(value)
        text = _text(value)
        if text is None:
            warnings.append(f"{line}: {name}: {key} is a {type(value).__name__}, not text; left out")
            continue
        if len(text) > MAX_CHARS:
            warnings.append(
                f"{line}: {name}: {key} is {len(text):,} characters long (more than {MAX_CHARS:,}); left out"
            )
            continue
        m[key] = value
    g = str(m.get("reliability", "") or "").strip().upper()
    if g and g[:1] not in grades:
        warnings.append(
            f"{where}, line {node.start_mark.line + 1}: {name}: reliability "
            f"{m['reliability']!r} is not an Admiralty grade A-F"
        )
        g = ""
    m["reliability"] = g[:1]
    return m
