"""What kind a body is, guessed from its label, its descriptions and the words around it (``vocab/kinds.yaml``)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable, Sequence

from .. import vocabulary
from ..names import looks_like_person

__all__ = ["guess_kind"]


#: a kind rule: the kind, and the patterns whose match gives it
_Rule = tuple[str, list[re.Pattern]]


@functools.lru_cache(maxsize=1)
def _kind_rules() -> tuple[list[_Rule], list[_Rule], list[_Rule], str]:
    """The name rules, description rules and weak description rules of ``vocab/kinds.yaml``
    as (kind, patterns), and the default kind."""
    k = vocabulary.load("kinds")

    def words_rx(words: list[str], flags: int = 0) -> list[re.Pattern]:
        # one alternation per rule: "any word of the rule, as a whole word"
        return [re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", flags)]

    name_rules = [(r["kind"], words_rx(r["words"])) for r in k["name_rules"]]

    def desc(rules: list[dict]) -> list[_Rule]:
        return [(r["kind"], words_rx(r["words"], re.I)) for r in rules]

    return name_rules, desc(k["description_rules"]), desc(k.get("weak_description_rules", [])), k["default_kind"]


def guess_kind(label: str, descriptions: Sequence[str] = (), context: Iterable[str] = ()) -> str:
    """A node's kind from the contexts it was named in, what the documents say it is, then its name.

    >>> guess_kind("Bureau of Tests"), guess_kind("Widget Centre", ["a Ruritanian think tank"])
    ('state_body', 'think_tank')
    >>> guess_kind("Li Wei", context=["person"]), guess_kind("Springfield", context=["place", "place"])
    ('person', 'place')
    """
    name_rules, desc_rules, weak_rules, default = _kind_rules()
    ctx = Counter(c for c in context if c)
    for k in ("person", "place"):
        if ctx.get(k, 0) and ctx[k] >= sum(ctx.values()) / 2:
            return k
    for d in descriptions:
        for kind, rxs in desc_rules:
            if any(rx.search(d) for rx in rxs):
                return kind
    if ctx:
        return ctx.most_common(1)[0][0]
    for kind, rxs in name_rules[:-1]:  # the last rule ("Center", "Group") is a weak guess
        if any(rx.search(label) for rx in rxs):
            return kind
    for d in descriptions:
        for kind, rxs in weak_rules:
            if any(rx.search(d) for rx in rxs):
                return kind
    for kind, rxs in name_rules[-1:]:
        if any(rx.search(label) for rx in rxs):
            return kind
    if looks_like_person(label):
        return "person"
    return default
