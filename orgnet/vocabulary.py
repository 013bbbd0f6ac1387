"""The vocabulary: relations, kinds, infobox fields, phrases and name rules, read from YAML.

Everything orgnet knows about wording lives in ``orgnet/vocab/*.yaml``; code reads it from
here. Adding a relation phrase or an infobox field name is a data change (plus a test).

Each file is checked when it is loaded (:func:`check_text`): a mapping with the same key twice,
a value of the wrong type, a phrase, field or entry section naming a relation that
``relations.yaml`` lacks, a kind without its colour or shape. The error, a
:class:`~orgnet.errors.VocabularyError`, names the file, the line, the entry and the problem.
Every field's role is in the roles table of ``fields.yaml``, and every role names a relation or
attribute that exists. The checks do not cover everything the code reads (phrase roles and options
are the extractor's business); they catch the mistakes that would otherwise pass silently or
crash far from their cause.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import VocabularyError
from .vocab_checks import CHECKS, Check, what_value

__all__ = [
    "load",
    "load_yaml",
    "check_text",
    "check_file",
    "relations",
    "kinds",
    "fields",
    "field_roles",
    "phrases",
    "names",
    "hedges",
]

# libyaml's C parser when PyYAML has it (several times faster than the pure-Python one; same
# results, same errors)
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader


def load_yaml(text: str) -> Any:
    """Parse YAML text safely.

    >>> load_yaml("a: [1, 2]")
    {'a': [1, 2]}
    """
    return yaml.load(text, Loader=_SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """A safe loader that refuses a mapping with the same key twice (PyYAML would keep the
    last value without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        first: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                if key in first:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} (first at line {first[key]})", key_node.start_mark
                    )
                first[key] = line
            except TypeError:  # an unhashable key: the base class says so
                break
        return super().construct_mapping(node, deep=deep)


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """Return the parsed and checked vocabulary file ``orgnet/vocab/<name>.yaml``.

    >>> sorted(load("relations")["relations"])[:2]
    ['absorbed_into', 'affiliated_with']

    Raises
    ------
    VocabularyError
        When the file is missing or fails a check of :func:`check_text`.
    """
    try:
        text = resources.files("orgnet.vocab").joinpath(f"{name}.yaml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise VocabularyError(f"vocabulary file orgnet/vocab/{name}.yaml is missing") from exc
    return check_text(text, name, source=f"orgnet/vocab/{name}.yaml")


def check_file(
    path: str | Path, *, relations: Iterable[str] | None = None, kinds: Iterable[str] | None = None
) -> dict[str, Any]:
    """Parse and check a vocabulary file; its name without ``.yaml`` says which file it is.

    See :func:`check_text`.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{path}: cannot read the vocabulary file ({exc})") from exc
    return check_text(text, path.stem, source=str(path), relations=relations, kinds=kinds)


def check_text(
    text: str,
    name: str,
    *,
    source: str | None = None,
    relations: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[str, Any]:
    r"""Parse the text of vocabulary file `name` (``relations``, ``kinds``, ``fields``,
    ``phrases``, ``names``, ``hedges``) and check it.

    Parameters
    ----------
    text
        The YAML text.
    name
        Which vocabulary file it is; a name orgnet does not know is only parsed (a mapping,
        no key twice).
    source
        The file name errors give (default ``<name>.yaml``).
    relations, kinds
        The relation and kind names the text may refer to (default: the package's own).

    Returns
    -------
    dict
        The parsed file.

    Raises
    ------
    VocabularyError
        Naming the file, the line, the entry and the problem.

    Examples
    --------
    >>> check_text("kinds:\n  person: {colour: '#17becf', shape: dot}\n"
    ...            "default_kind: person\nname_rules: []\ndescription_rules: []\n", "kinds")["kinds"]
    {'person': {'colour': '#17becf', 'shape': 'dot'}}
    >>> check_text("phrases:\n  - {relation: funded_byy, roles: forward, pattern: 'paid by'}\n", "phrases")
    Traceback (most recent call last):
    ...
    orgnet.errors.VocabularyError: phrases.yaml, line 2: phrases[0] (pattern 'paid by'): relation 'funded_byy' ...
    """
    c = Check(source or f"{name}.yaml", text)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{c.source}, line {mark.line + 1}" if mark is not None else c.source
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise VocabularyError(f"{where}: {problem}") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"{c.source}: expected a mapping at the top, found {what_value(data)}")
    check = CHECKS.get(name)
    if check is not None:
        if name in ("fields", "phrases", "names") and relations is None:
            relations = load("relations")["relations"]
        if name == "fields":
            c.attributes = set(load("relations")["attributes"])  # what a role may give instead of a relation
        if name == "phrases" and kinds is None:
            kinds = load("kinds")["kinds"]
        check(c, data, set(relations or ()), set(kinds or ()))
    return data


def relations() -> dict[str, dict]:
    """Relations of the network, by name (see ``vocab/relations.yaml``)."""
    return load("relations")["relations"]


def kinds() -> dict[str, dict]:
    """Node kinds with their colour and shape (see ``vocab/kinds.yaml``)."""
    return load("kinds")["kinds"]


def fields() -> list[dict]:
    """Infobox field names and their roles (see ``vocab/fields.yaml``)."""
    return load("fields")["fields"]


def field_roles() -> dict[str, dict]:
    """What each infobox field role gives: its relation or attribute, its direction, whether its
    value names a body (see ``vocab/fields.yaml``)."""
    return load("fields")["roles"]


def phrases() -> dict[str, Any]:
    """Prose trigger phrases (see ``vocab/phrases.yaml``)."""
    return load("phrases")


def names() -> dict[str, Any]:
    """Name rules: organisation words, titles, aliases, debris (see ``vocab/names.yaml``)."""
    return load("names")


def hedges() -> dict[str, Any]:
    """Hedge words and confidence factors (see ``vocab/hedges.yaml``)."""
    return load("hedges")
