"""The gold files: reading and checking them, and the names gold entries are compared by."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from orgnet import vocabulary
from orgnet.cells import is_missing
from orgnet.errors import InputError

__all__ = ["normalize_name"]


_LEADING_THE = re.compile(r"^the\s+")


_REMOVED = re.compile(r"[\"'`.,()]")


_SPACES = re.compile(r"\s+")


_TRANSLATION = str.maketrans({"\u2019": "'", "\u2013": "-", "\u2014": "-"})


def normalize_name(name: str) -> str:
    """Return the form of `name` under which names are compared.

    The normalisation of the reference scorer ``shared/tools/score.py``, step
    by step: NFKC normalisation and case folding; the right single quote read
    as ``'`` and en/em dashes as ``-``; one leading ``"the "`` dropped (after
    stripping); straight quotes, backticks and ``. , ( )`` removed; whitespace
    squashed and stripped. Curly double quotes are kept, as the reference
    scorer keeps them.

    Parameters
    ----------
    name : str
        Any name; ``None`` and NaN give ``""``, other non-strings are
        converted with ``str``.

    Returns
    -------
    str
        The normalised name (``""`` when nothing is left).

    Examples
    --------
    >>> normalize_name("  The  Ministry of Widgets (MOW) ")
    'ministry of widgets mow'
    >>> normalize_name("Widget\u2013Gadget Bureau\u2019s Office")
    'widget-gadget bureaus office'
    """
    if is_missing(name):
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold().translate(_TRANSLATION)
    text = _LEADING_THE.sub("", text.strip())
    text = _REMOVED.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _load_gold(gold: str | Path | Mapping) -> list[dict[str, Any]]:
    """Read and check the gold annotation; return its documents."""
    if isinstance(gold, Mapping):
        return _documents_of(gold, "gold annotation")
    path = Path(gold)
    if path.is_dir():
        files = sorted(path.glob("*.yaml"))
        if not files:
            raise InputError(f"{path}: gold folder holds no *.yaml files")
        documents: list[dict[str, Any]] = []
        for file in files:
            documents += _documents_of(_read_yaml(file), str(file))
        return documents
    if not path.is_file():
        raise InputError(f"{path}: gold file not found")
    return _documents_of(_read_yaml(path), str(path))


def _read_yaml(path: Path) -> Any:
    """The parsed content of the YAML file `path`; errors name the file and line."""
    try:
        return vocabulary.load_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}{line}: gold file is not valid YAML ({reason})") from exc


def _documents_of(data: Any, where: str) -> list[dict[str, Any]]:
    """The checked document entries of one gold file: a ``documents:`` list or one entry."""
    if isinstance(data, Mapping) and "documents" in data:
        if not isinstance(data["documents"], list):
            raise InputError(f"{where}: 'documents' must be a list")
        entries = data["documents"]
    elif isinstance(data, Mapping) and "doc" in data:
        return [_check_document(data, where, "document entry")]
    else:
        raise InputError(f"{where}: gold file has neither a 'documents:' list nor a 'doc:' entry")
    documents = []
    for index, document in enumerate(entries):
        if not isinstance(document, Mapping):
            raise InputError(f"{where}: documents[{index}] is not a mapping")
        documents.append(_check_document(document, where, f"documents[{index}]"))
    return documents


def _check_document(document: Mapping, where: str, entry: str) -> dict[str, Any]:
    if not document.get("doc"):
        raise InputError(f"{where}: {entry} has no 'doc'")
    doc = str(document["doc"])
    nodes = _entries(document, "nodes", where, doc)
    edges = _entries(document, "edges", where, doc)
    for position, node in enumerate(nodes):
        if not isinstance(node, Mapping) or not node.get("name"):
            raise InputError(f"{where}: {doc}: nodes[{position}] has no 'name'")
    for position, edge in enumerate(edges):
        missing = [
            key for key in ("source", "relation", "target") if not isinstance(edge, Mapping) or not edge.get(key)
        ]
        if missing:
            raise InputError(f"{where}: {doc}: edges[{position}] lacks {', '.join(missing)}")
    return {
        "doc": doc,
        "nodes": nodes,
        "edges": edges,
        "not_nodes": _entries(document, "not_nodes", where, doc),
    }


def _entries(document: Mapping, key: str, where: str, doc: str) -> list:
    value = document.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{where}: {doc}: '{key}' must be a list")
    return value


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1"}
    return bool(value)


def _is_core(entry: Mapping) -> bool:
    """An entry's ``core`` flag; an entry without one is core."""
    return _as_bool(entry.get("core", True))


def _names(values: Iterable[Any]) -> frozenset[str]:
    """Normalised, non-empty names of `values`."""
    return frozenset(n for n in map(normalize_name, values) if n)


def _gold_node_names(node: Mapping) -> frozenset[str]:
    return _names([node["name"], *_as_list(node.get("aliases"))])


def _names_by_node(document: Mapping[str, Any]) -> dict[str, set[str]]:
    """Normalised node name -> the node's normalised names and aliases."""
    names_of: dict[str, set[str]] = defaultdict(set)
    for node in document["nodes"]:
        names_of[normalize_name(node["name"])] |= _gold_node_names(node)
    return names_of


def _endpoint_names(name: Any, names_of: Mapping[str, set[str]]) -> set[str]:
    """The names under which a gold edge endpoint is matched."""
    key = normalize_name(name)
    return set(names_of.get(key) or {key})
