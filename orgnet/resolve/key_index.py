"""Name keys indexed for the rules that join an acronym to a name (:mod:`orgnet.resolve.merges`): by the
letter an acronym of them could start with, and by their first word.

>>> by_first_word(["ulton public security bureau", "ulton psb"])["ulton"]
['ulton public security bureau']
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import compiled

__all__ = ["by_first_letter", "by_first_word"]

_WORD_SPLIT = re.compile(r"[\s\-–]+")


def by_first_word(keys: list[str]) -> dict[str, list[str]]:
    """Keys of three words or more by their first word."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if len(k.split()) >= 3:
            out[k.split()[0]].append(k)
    return out


def by_first_letter(keys: list[str]) -> dict[str, list[tuple[str, int, int]]]:
    """Keys of two or more words by each letter an acronym of them could start with,
    with their word and content-word counts (an acronym has between the two letters)."""
    out: dict[str, list] = defaultdict(list)
    small = compiled()["acronym_small_words"]  # the words initials_match lets an acronym skip
    for k in keys:
        words = [w for w in _WORD_SPLIT.split(k) if w]
        if len(words) < 2 or len(k.split()) < 2:
            continue
        n_content = sum(w not in small for w in words)
        firsts = set()
        for w in words:  # leading function words may be skipped
            firsts.add(w[0].upper())
            if w not in small:
                break
        for f in firsts:
            out[f].append((k, len(words), n_content))
    return out
