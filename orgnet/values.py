"""Compare literal values: are two statements of a number compatible? (tables stage)

The conflicts table (:func:`orgnet.tables.make_tables`) lists an entity's single-valued
attribute only when documents give values that cannot both be true. A number with a
qualifier is read as a range (:func:`value_range`) and two values are compatible when their
ranges overlap (:func:`compatible`): "approximately 400" (360-440) and "over 400" (more than
400) are, "400" and "4,000" are not. The words and tolerances are data, in
``vocab/values.yaml``. Values that are not numbers are compared as text, ignoring case and
spacing.

>>> compatible("approximately 400", "over 400")
True
>>> compatible("1983", "1984", kind="year")
False
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from . import vocabulary

__all__ = ["Range", "value_range", "compatible", "value_kind"]


class Range(NamedTuple):
    """A range of numbers; an end is excluded when its ``*_open`` flag is set."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def overlaps(self, other: "Range") -> bool:
        """Whether the two ranges share a number.

        >>> Range(360, 440).overlaps(Range(400, math.inf, lo_open=True))
        True
        >>> Range(400, 400).overlaps(Range(400, math.inf, lo_open=True))
        False
        """
        if self.lo != other.lo:
            lo, lo_open = max((self.lo, self.lo_open), (other.lo, other.lo_open))
        else:
            lo, lo_open = self.lo, self.lo_open or other.lo_open
        if self.hi != other.hi:
            hi, hi_open = min((self.hi, self.hi_open), (other.hi, other.hi_open))
        else:
            hi, hi_open = self.hi, self.hi_open or other.hi_open
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open


def _words_pattern(words: list[str]) -> str:
    """An alternation of `words`, longest first, spaces matching any run of spaces."""
    parts = [r"\s+".join(re.escape(w) for w in word.split()) for word in sorted(words, key=len, reverse=True)]
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def _rules() -> dict:
    v = vocabulary.load("values")
    quals = [
        (kind, re.compile(rf"(?:{_words_pattern(words)})(?=[\s\d]|$)\s*", re.I))
        for kind, words in v["qualifiers"].items()
    ]
    suffixes = [(kind, re.compile(rf"\s*(?:{_words_pattern(words)})$", re.I)) for kind, words in v["suffixes"].items()]
    filler = re.compile(rf"(?:{_words_pattern(v['filler'])})\s+", re.I)
    scales = {k.casefold(): float(x) for k, x in v["scales"].items()}
    number = re.compile(
        r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(s)?(?:\s+(" + "|".join(map(re.escape, scales)) + r"))?(?=\W|$)", re.I
    )
    return {
        "qualifiers": quals,
        "suffixes": suffixes,
        "filler": filler,
        "number": number,
        "scales": scales,
        "kinds": dict(v["value_kinds"]),
        "tolerance": dict(v["tolerance"]),
    }


def value_kind(attribute: str) -> str:
    """What kind of number an attribute holds: ``year`` or ``count`` (``vocab/values.yaml``).

    >>> value_kind("founded"), value_kind("staff"), value_kind("anything else")
    ('year', 'count', 'count')
    """
    return str(_rules()["kinds"].get(attribute, "count"))


def value_range(text: str, kind: str = "count") -> Range | None:
    """The range of numbers a value stands for, or None when it is not a number.

    Parameters
    ----------
    text : str
        The value as a document gives it: ``"approximately 400"``, ``"over 400"``, ``"1,000+"``,
        ``"in 1983"``, ``"the 1980s"``, ``"1.5 million"``.
    kind : {"count", "year"}
        How far "about N" reaches: a share of N for a count, some years for a year
        (``tolerance`` in ``vocab/values.yaml``).

    Examples
    --------
    >>> value_range("approximately 400")
    Range(lo=360.0, hi=440.0, lo_open=False, hi_open=False)
    >>> value_range("over 400").lo, value_range("over 400").lo_open, value_range("over 400").hi
    (400.0, True, inf)
    >>> value_range("up to 1,000")
    Range(lo=0.0, hi=1000.0, lo_open=False, hi_open=False)
    >>> value_range("in 1983", kind="year"), value_range("the 1980s", kind="year")[:2]
    (Range(lo=1983.0, hi=1983.0, lo_open=False, hi_open=False), (1980.0, 1989.0))
    >>> value_range("Yang Mingjie") is None
    True
    """
    r = _rules()
    s = " ".join(str(text).split()).strip(" .,;:")
    if s.casefold().startswith("the "):
        s = s[4:]
    how = "exact"
    for _ in range(2):  # "in about 1983", "about in 1983"
        m = r["filler"].match(s)
        if m:
            s = s[m.end() :]
        for q, pattern in r["qualifiers"]:
            m = pattern.match(s)
            if m:
                how, s = q, s[m.end() :]
                break
    for q, pattern in r["suffixes"]:
        m = pattern.search(s)
        if m and how == "exact":
            how, s = q, s[: m.start()]
            break
    m = r["number"].match(s)
    if not m:
        return None
    rest = s[m.end() :].strip(" .,;:")
    if rest and not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){0,3}", rest):
        return None  # more than a noun after the number ("400 in 2010 and 500 in 2020")
    digits, decade, scale = m.groups()
    n = float(digits.replace(",", "")) * (r["scales"][scale.casefold()] if scale else 1.0)
    hi_exact = n + 9 if decade and kind == "year" and n % 10 == 0 else n
    tol = float(r["tolerance"].get(kind, 0))
    tol = tol * n if kind == "count" else tol
    if how == "about":
        return Range(n - tol, hi_exact + tol)
    if how == "nearly":
        return Range(n - tol, n, hi_open=True)
    if how == "over":
        return Range(hi_exact, math.inf, lo_open=True)
    if how == "at_least":
        return Range(n, math.inf)
    if how == "under":
        return Range(0.0, n, hi_open=True)
    if how == "at_most":
        return Range(0.0, hi_exact)
    return Range(n, hi_exact)


def _text_key(text: str) -> str:
    return " ".join(str(text).casefold().split()).strip(" .,;:")


def compatible(a: str, b: str, kind: str = "count") -> bool:
    """Whether two values of one attribute can both be true.

    Numbers (with their qualifiers) are compatible when their ranges overlap; anything else
    when the texts are the same, ignoring case and spacing.

    >>> compatible("about 1,000", "1,000"), compatible("1983", "in 1983", kind="year")
    (True, True)
    >>> compatible("400", "4,000"), compatible("nearly 400", "over 400")
    (False, False)
    >>> compatible("Yang Mingjie", "yang  mingjie"), compatible("Yang Mingjie", "Yuan Peng")
    (True, False)
    """
    ra, rb = value_range(a, kind), value_range(b, kind)
    if ra is not None and rb is not None:
        return ra.overlaps(rb)
    return _text_key(a) == _text_key(b)
