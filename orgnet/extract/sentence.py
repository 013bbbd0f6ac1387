"""A sentence with its names, indexed for the extractor's look-ups (extract stage)."""

from __future__ import annotations

import bisect
import re

from ..names import Mention
from ..read.model import Sentence
from .words import fits

__all__ = ["SentIndex"]


class SentIndex:
    """One sentence's mentions and punctuation, looked up by bisection.

    Every trigger of a sentence asks "which name ends before this point", "is this point inside
    parentheses", "where does this clause start": answered here in logarithmic time, so a
    sentence with a trigger repeated many times costs linear time, not quadratic.
    """

    __slots__ = ("s", "clean", "base", "ments", "starts", "ends", "_opens", "_closes", "_semis", "_fit", "_backwards")

    def __init__(self, s: Sentence, ments: list[Mention]) -> None:
        self.s, self.clean, self.base = s, s.clean, s.start
        self.ments = ments
        self.starts = [m.start for m in ments]
        self.ends = [m.end for m in ments]  # mentions never overlap, so these are sorted too
        opens, closes, semis = [], [], []
        depth = 0
        for m in _PUNCT.finditer(self.clean):
            ch = m.group()
            if ch == "(":
                opens.append(m.start())
                depth += 1
            elif ch == ")":
                closes.append(m.start())
                depth = max(0, depth - 1)
            elif depth == 0:
                semis.append(m.start())
        self._opens, self._closes, self._semis = opens, closes, semis
        self._fit: dict[tuple[str, bool], list[int]] = {}
        self._backwards = ""

    def before(self, backwards: re.Pattern, rel: int) -> re.Match | None:
        """``backwards`` (a pattern written back to front) matched on the sentence read back from
        sentence offset ``rel``: what ``_X.search(clean, 0, rel)`` of a pattern ``_X`` anchored by
        ``$`` finds, in the time of the match instead of the time of reading the whole sentence
        before ``rel`` (once per trigger: quadratic in a sentence that repeats its trigger).

        The match is on the reversed sentence: its groups are reversed too.
        """
        if not self._backwards:
            self._backwards = self.clean[::-1]
        return backwards.match(self._backwards, max(0, len(self.clean) - rel))

    def in_parens(self, rel: int) -> bool:
        """``_in_parens(clean, rel)``: more "(" than ")" before ``rel`` (sentence offset)."""
        return bisect.bisect_left(self._opens, rel) > bisect.bisect_left(self._closes, rel)

    def last_semicolon(self, rel: int) -> int:
        """The last ";" outside parentheses before ``rel``, or -1."""
        k = bisect.bisect_left(self._semis, rel)
        return self._semis[k - 1] if k else -1

    def fitting(self, kind: str, org_only: bool = False) -> list[int]:
        """Indices of the mentions that can fill a slot of ``kind`` (anaphors always can);
        with ``org_only``, only those that are also an organisation or an anaphor."""
        key = (kind, org_only)
        if key not in self._fit:
            self._fit[key] = [
                k
                for k, m in enumerate(self.ments)
                if (m.anaphor or fits(m, kind)) and (not org_only or m.anaphor or m.org)
            ]
        return self._fit[key]

    def ending_by(self, pos: int) -> int:
        """How many mentions end at or before document offset ``pos``."""
        return bisect.bisect_right(self.ends, pos)

    def starting_from(self, pos: int) -> int:
        """Index of the first mention starting at or after document offset ``pos``."""
        return bisect.bisect_left(self.starts, pos)


_PUNCT = re.compile(r"[();]")
