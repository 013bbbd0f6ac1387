"""The vocabulary: relations, kinds, infobox fields, phrases and name rules, read from YAML.

Everything orgnet knows about wording lives in ``orgnet/vocab/*.yaml``; code reads it from
here. Adding a relation phrase or an infobox field name is a data change (plus a test).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from .errors import VocabularyError

__all__ = ["load", "load_yaml", "relations", "kinds", "fields", "phrases", "names", "hedges"]


def load_yaml(text: str) -> Any:
    """Parse YAML text safely, with libyaml's C parser when PyYAML has it (several times
    faster than the pure-Python one; same results, same errors).

    >>> load_yaml("a: [1, 2]")
    {'a': [1, 2]}
    """
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """Return the parsed vocabulary file ``orgnet/vocab/<name>.yaml``.

    >>> sorted(load("relations")["relations"])[:2]
    ['absorbed_into', 'affiliated_with']
    """
    try:
        text = resources.files("orgnet.vocab").joinpath(f"{name}.yaml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise VocabularyError(f"vocabulary file orgnet/vocab/{name}.yaml is missing") from exc
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise VocabularyError(f"orgnet/vocab/{name}.yaml: {exc}") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"orgnet/vocab/{name}.yaml: expected a mapping at the top")
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


def phrases() -> dict[str, Any]:
    """Prose trigger phrases (see ``vocab/phrases.yaml``)."""
    return load("phrases")


def names() -> dict[str, Any]:
    """Name rules: organisation words, titles, aliases, debris (see ``vocab/names.yaml``)."""
    return load("names")


def hedges() -> dict[str, Any]:
    """Hedge words and confidence factors (see ``vocab/hedges.yaml``)."""
    return load("hedges")
