"""Where a scraped text's sentences end (read stage): at a full stop, a question or exclamation mark,
not after an abbreviation ("Gen.", "Lt. Gen. (ret.)"), a person's initials ("Ada G. Li") or a
title's qualifier; :mod:`orgnet.read.parse_state` cuts each paragraph with :func:`split_sentences`.
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..patterns import compile_fast

__all__ = ["split_sentences"]


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(vocabulary.names()["sentence_abbreviations"])


# after a short capitalised abbreviation, another one or a retirement mark goes on with a rank
# ("Lt. Gen. Bo Wu", "Let. Gen. (ret.) Bo Wu"): no sentence ends between them
_SHORT_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]")
_TWO_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


@functools.cache
def _retired_rules() -> tuple[re.Pattern, re.Pattern]:
    """A retirement mark as a token ("ret.") and a rank or mark that goes on after an abbreviation
    ("Let. Gen.", "Gen. (Retd.)"): names.yaml ``retired_marks``."""
    marks = "|".join(re.escape(w) for w in vocabulary.names()["retired_marks"])
    return (
        re.compile(r"(?i:" + marks + r")\."),
        re.compile(r"\s+(?:[A-Z][a-z]{0,4}\.\s|\((?i:" + marks + r")\.?\)\s)"),
    )


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def _rank_before_rank(clean: str, token_start: int, after: int, token: str) -> bool:
    """A short capitalised abbreviation that a rank or a retired mark follows ("Let. Gen.") and
    that ends no name ("Cy Lo. Brig. Gen. Bo Wu came" ends a sentence after "Lo.")."""
    return (
        bool(_SHORT_ABBREVIATION.fullmatch(token))
        and bool(_retired_rules()[1].match(clean, after))
        and not _NAME_WORD_BEFORE.search(clean, max(0, token_start - 30), token_start)
    )


# (or a full stop the scrape glued to the next sentence: "... for External Relations.The Politburo")
_BOUNDARY = compile_fast(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9\u3400-\u9fff])|(?<=[a-z]{3})[.!?](?:\[\d{1,3}\])*(?=[A-Z][a-z]{2})"
)


def split_sentences(clean: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``clean[start:end]``, trimmed of spaces.

    Full stops after abbreviations (``U.S.``, ``Dr.``) and initials (``Peter L.``) do not
    end a sentence.

    >>> t = "Dr. Li met Peter L. Smith in the U.S. in 1990. He left. Then 2 more."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Dr. Li met Peter L. Smith in the U.S. in 1990.', 'He left.', 'Then 2 more.']
    >>> len(split_sentences("Heads include Col. (Retd.) Bo Wu and Maj. (Retd.) Cy Lo."))
    1

    A scrape that dropped the space after a full stop still ends the sentence there:

    >>> t = "Ada Morn heads the Tide Office.The decision was announced by the board.[2]Then she left."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Ada Morn heads the Tide Office.', 'The decision was announced by the board.[2]', 'Then she left.']
    """
    end = len(clean) if end is None else end
    out, pos = [], start
    abbrevs = _abbreviations()
    for m in _BOUNDARY.finditer(clean, start, end):
        token_start = clean.rfind(" ", pos, m.start()) + 1
        token = clean[max(token_start, pos) : m.start() + 1].lstrip("(")  # ("Col. (Retd.) Ada Li")
        if (
            token in abbrevs
            or _INITIALS.fullmatch(token.rstrip(".") + ".")
            and len(token.rstrip(".")) <= 1
            or _TWO_INITIALS.fullmatch(token)
            or _rank_before_rank(clean, max(token_start, pos), m.end(), token)
            or _retired_rules()[0].fullmatch(token)  # "Gen. (ret.) Bo Wu"
        ):
            continue
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and clean[a].isspace():
            a += 1
        while b > a and clean[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


# a holder, a comma and the post in lower case: "Ada Lind, founder", "Bo Wu, general secretary"
