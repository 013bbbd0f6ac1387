"""How sure a sentence is of what it says (extract stage): the hedge of each clause ("analysts say",
"is believed to", "according to"), the words of vocab/hedges.yaml. A mixin of
:class:`orgnet.extract.prose.ProseRules`."""

from __future__ import annotations

import bisect
import re

from .. import vocabulary
from ..read.model import Sentence
from .base import ExtractorBase
from .sentence_years import skip_lead_phrase

__all__ = ["HedgeRules"]


# a hedge word that is no hedge here
_NOT_A_HEDGE = re.compile(r"report(?:ed|s)?\s+(?:directly\s+)?to\b(?!\s+(?:have|be)\b)", re.I)


_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|been)\s+$", re.I)


# where a clause ends and the next begins, for hedges
_CLAUSE_SPLIT = re.compile(r";|,\s*(?:and|but|while|whereas|although|though|yet)\b|\s(?:but|whereas)\s")


# a sentence-initial subordinate clause ("Although it is disputed whether X funds Y, ..."): to its comma
_LEAD_SUBORDINATE = re.compile(r"\s*(?:Although|Though|While|Whereas|Even though|Even if|Whether)\b[^,;]{0,200},")


class HedgeRules(ExtractorBase):
    """The hedges of a sentence's clauses."""

    def _clause_hedges(self, s: Sentence, present: set):
        """``rel -> level``: the hedge of the clause holding sentence offset ``rel``.

        A hedge governs the clause it stands in ("X reports to Y, and analysts say it funds Z":
        only the second clause is reported); one in a sentence-initial phrase ("According to X,",
        "Reportedly,") governs the whole sentence.
        """
        v = self.v
        clean = s.clean
        found = []  # (position, level)
        factor = vocabulary.hedges()["confidence"]["hedge"]  # (the weaker the claim, the stronger its hedge)
        order = {level: k for k, level in enumerate(sorted(factor, key=lambda level: -factor[level]))}
        for level in vocabulary.hedges()["hedges"]:
            if present.isdisjoint(v["hedge_needles"][level]):
                continue
            for m in v["hedge_rx"][level].finditer(clean):
                if _NOT_A_HEDGE.match(clean, m.start()) and not _PASSIVE_BEFORE.search(
                    clean, max(0, m.start() - 6), m.start()
                ):
                    continue  # "reported directly to": a line of command ("was reported to have": a hedge)
                found.append((m.start(), level))
        if not found:
            return lambda rel: "stated"

        def rank(level: str) -> int:
            return order[level]

        bounds = [0]
        lead = skip_lead_phrase(clean)
        sub = _LEAD_SUBORDINATE.match(clean)
        if sub:
            bounds.append(sub.end())
        bounds.extend(m.start() for m in _CLAUSE_SPLIT.finditer(clean) if m.start() > bounds[-1])
        bounds = sorted(set(bounds))
        whole = "stated"
        per = ["stated"] * len(bounds)
        for pos, level in found:
            if pos < lead and not sub:
                whole = max(whole, level, key=rank)
                continue
            k = bisect.bisect_right(bounds, pos) - 1
            per[k] = max(per[k], level, key=rank)

        def at(rel: int) -> str:
            return max(whole, per[bisect.bisect_right(bounds, rel) - 1], key=rank)

        return at

    def _hedge(self, s: Sentence, present: set) -> str:
        for level in ("disputed", "alleged", "reported"):
            if not present.isdisjoint(self.v["hedge_needles"][level]) and self.v["hedge_rx"][level].search(s.clean):
                return level
        return "stated"
