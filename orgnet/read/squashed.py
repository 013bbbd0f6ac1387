"""Infobox fields run together on one line.

Some mirrors flatten an infobox into one long line, each key followed by its value, or glue a
key to the value before it: ``Agency overview Formed 18 July, 1960 Preceding agency X Dissolved
31 October 2011 Superseding agency Y`` or ``Controller General of UltonHeadquarters Cra 28``.
:func:`squashed_segments` cuts such a line at its keys (the keys of ``vocab/fields.yaml``), so
that each piece reads as one field line; the reader does the rest.
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..patterns import compile_fast

__all__ = ["squashed_segments", "prose_after_value"]


@functools.lru_cache(maxsize=1)
def _key_rx() -> re.Pattern:
    """The keys of ``vocab/fields.yaml`` as printed (a capital first), longest first: one-word keys
    of six letters or more, as a shorter word is too often a word of a value."""
    keys = {
        f["key"]
        for f in vocabulary.fields()
        if " " in f["key"]
        or (len(f["key"]) >= 6 and f["role"] not in ("leader", "leader_name", "leader_title", "deputy"))
    }  # (a one-word post, "Director", ends a holder's line: "Ada Li, Director")
    alts = "|".join(re.escape(k[:1].upper() + k[1:]) for k in sorted(keys, key=len, reverse=True))
    # a key (tried only at a capital: prose is read fast) stands at the start, after a space or a mark,
    # or glued to the value before it; a
    # one-word key is not glued after a capital ("ReFormed"), and a value follows it
    return compile_fast(
        r"(?=[A-Z])(?:^|(?<=[\s\])°.,;\"”])|(?<=[a-z0-9])|(?<=[A-Z])(?=[A-Z][a-z]+ [a-z]))(?P<key>" + alts + r")"
        r"(?=\s*[-•:]?\s*[A-Z0-9(€$£¥]|\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|\s*$)"  # (a web address: "Website tide.gov")
    )


_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s$")


def _key_after_name(line: str, m: re.Match) -> bool:
    """Whether a one-word key ends a name rather than opens a field ("Old Tide Intelligence Office
    Dissolved 2011": "Office" is the name's last word): an organisation word after a capitalised word."""
    key = m.group("key")
    return (
        " " not in key
        and key in vocabulary.names()["org_words"]
        and bool(_CAPITAL_WORD_BEFORE.search(line, max(0, m.start() - 120), m.start()))
    )  # (only the words just before the key are read: the whole line before it, for each key, was quadratic)


def squashed_segments(line: str, *, min_keys: int = 3) -> list[tuple[int, int]]:
    """The pieces ``(start, end)`` of ``line`` that each open with a field key, when it holds at
    least ``min_keys`` different keys (else none); what stands before the first key is left out.

    >>> line = "Agency overview Formed 1960 Preceding agency Old Tide Office Dissolved 2011 Superseding agency HQ"
    >>> [line[a:b].strip() for a, b in squashed_segments(line)]
    ['Formed 1960', 'Preceding agency Old Tide Office', 'Dissolved 2011', 'Superseding agency HQ']
    >>> squashed_segments("The Harbour Office was formed in 1960 and dissolved in 2011.")
    []
    >>> line = "Left |sede = Ulton, |internacional = Tide International |antecessor = |cores = Red }} A Frente é"
    >>> [line[a:b].strip() for a, b in squashed_segments(line)][:2]
    ['|sede = Ulton,', '|internacional = Tide International']
    """
    hits = [m for m in _key_rx().finditer(line) if not _key_after_name(line, m)]
    if len({m.group("key").casefold() for m in hits}) < min_keys:
        hits = list(_WIKI_PARAM.finditer(line))  # "|sede = X |internacional = Y |...": a template's parameters
        if len(hits) < max(min_keys, 3):
            return []
    cuts = [m.start() for m in hits] + [len(line)]
    return [(cuts[k], cuts[k + 1]) for k in range(len(hits))]


# a template parameter in a line of them ("|sede = ...")
_WIKI_PARAM = re.compile(r"(?<!\S)\|\s*[^\W\d_][\w]{0,30}\s*=")

_PROSE_START = re.compile(
    r"(?<=\}\})\s*(?=\S)|\s(?=(?:The|A|An) [A-Z][\w'’-]+(?: [\w'’-]+){0,8} (?:\([^()]{0,200}\) )?(?:is|was|are|were)\b)"
)


def prose_after_value(segment: str) -> int:
    """Where running text begins in a field's piece (the lead sentence after the last value:
    ``Website tide.gov The Harbour Office (HO) was ...``), or -1."""
    m = _PROSE_START.search(segment)
    return m.start() + 1 if m else -1
