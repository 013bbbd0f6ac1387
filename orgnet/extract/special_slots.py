"""Trigger phrases whose names are not simply those before and after them (extract stage): "Y was
the Agency's first director" (poss_title), "the headquarters of X in Y" (of_in), "the head of X is
Y" (title_is); a phrase that restates the claim before it (copy_previous); two names said to be one
body under two faces (pair). A mixin of :class:`orgnet.extract.triggers.TriggerRules`."""

from __future__ import annotations

import re

from ..names import Mention
from .claim import Claim
from .sentence import SentIndex
from .slot_patterns import _APPOSITIVE_END, _COPULA_BEFORE, _TITLE_COMMA, _TITLE_IS, described_person
from .succession import SuccessionRules
from .words import names_subject, operator_like, same_post

# only a comma between a name and what follows it
_COMMA_ONLY = re.compile(r"\s*,\s*")

__all__ = ["SpecialSlotRules"]


class SpecialSlotRules(SuccessionRules):
    """The special slots of :class:`~orgnet.extract.triggers.TriggerRules`."""

    def _special_slots(
        self, p: dict, ix: SentIndex, subject: str, roles: str, obj_kind: str, subj_kind: str, ts: int, te: int
    ) -> tuple[str, list[Mention], list[Mention], str, int, int] | None:
        """The names of a phrase whose slots are not simply before and after it: "Y was the Agency's
        first director" (poss_title), "the headquarters of X in Y" (of_in), "the head of X is Y"
        (title_is). ``(roles, left, right, right_kind, ts, te)``, or ``None`` when a slot is empty."""
        s, ments = ix.s, ix.ments
        clean = s.clean
        if roles == "poss_title":
            # "Y was the Agency's first director": the body right before the phrase, the person
            # before it with is/was between
            orgs = self._left(ix, ts, obj_kind, adjacent=True, no_context=True, subject=subject)[-1:]
            if not orgs or not names_subject(orgs[0], subject):
                return None
            k = ix.ending_by(orgs[0].start)
            person = ments[k - 1] if k else None
            if (
                person is None
                or person.anaphor
                or not person.person
                or not _COPULA_BEFORE.fullmatch(clean, person.end - s.start, orgs[0].start - s.start)
            ):
                return None
            return "inverse", orgs, [person], subj_kind, person.start, te
        if roles == "of_in":
            # "the headquarters of the X in Y": X right after the phrase, then "in", then the place
            orgs = self._right(ix, te, p.get("first_kind", ""), max_gap=0)
            orgs = orgs if p.get("all_first") else orgs[:1]  # (``all_first``: "appointing A and B leaders of X")
            # ("to lead the foreign intelligence service HIS": a lower-case description before an abbreviation)
            then = re.compile(
                r"\s*(?:\([^()]*\)\s*)?(?:(?:,[^,;()]{1,120}){1,3},\s*)?"  # ("Ada Morn, 61, a former chief, to head")
                + p.get("then", "in")
                # ("the armed forces (HAF)": a description, then the abbreviation that names the body)
                + r"\s+(?:the\s+)?(?:(?:[a-z][\w-]* ){1,4}\(?(?=[A-Z]{2,}\b))?"
            )
            im = then.match(clean, orgs[-1].end - s.start) if orgs else None
            second = p.get("second_kind", obj_kind)  # ("As head of X, Y": the person after the comma)
            described = p.get("described_items", False)  # ("members of X are: A – Deputy Chair, B – ...")
            places = self._right(ix, im.end() + s.start, second, max_gap=0, described_items=described) if im else []
            if not places:
                return None
            return ("inverse" if p.get("inverse") else "forward"), orgs, places, obj_kind, ts, te
        # roles == "title_is"
        # "[the] current head of [the ruling] X is Y": X right after the phrase, then "is", then the person
        orgs = self._right(ix, te, obj_kind, max_gap=2)[:1]
        if not orgs:
            return None
        o = orgs[0]
        tm = _TITLE_IS.match(clean, o.end - s.start)
        appositive = tm is None and _TITLE_COMMA.match(clean, o.end - s.start)
        if appositive and self._post_of_person_before(ix, ts):
            return None  # "Ada Morn, the Minister of Tides, Bo Lin, ...": the post is Ada Morn's, not Bo Lin's
        if appositive:  # "the head of X, Y, said": Y set off by commas, a person
            tm = appositive
        if not tm:
            return None
        te = tm.end() + s.start
        described = None if appositive else described_person(clean, tm.end())
        if described:  # "was a three-star army general Ada Morn": a description of the person, then the name
            te = described + s.start
        right = self._right(ix, te, subj_kind, max_gap=0)
        if described:
            right = right[:1] if right and right[0].person else []
        if appositive:
            right = (
                right[:1] if right and right[0].person and _APPOSITIVE_END.match(clean, right[0].end - s.start) else []
            )
            if right and right[0].title and not same_post(right[0].title, clean[ts - s.start : te - s.start]):
                # "... as the head of X, Interior Secretary Y announced": Y has a post of their own
                return None
        if not right:
            return None
        return "inverse", orgs, right, subj_kind, ts, te

    @staticmethod
    def _post_of_person_before(ix: SentIndex, ts: int) -> bool:
        """Whether a person's name with no post of its own and a comma stand right before the post at
        ``ts``: the post is that person's apposition ("Ada Morn, the Minister of Tides, Bo Lin"), not
        the next name's."""
        before = [m for m in ix.ments if m.end <= ts]
        if not before or not before[-1].person or before[-1].title:
            return False  # ("President Ada Li, the Minister of Tides, Bo Lin and ...": Ada Li has her own post)
        return bool(_COMMA_ONLY.fullmatch(ix.clean, before[-1].end - ix.s.start, ts - ix.s.start))

    def _copy_previous(self, rel: str, te: int, method: str, ctx: dict, earlier: list[Claim]) -> list[Claim]:
        """A phrase with no name after it that says the tie of the claim before again, of ``rel``."""
        prev = next(
            (
                c
                for c in reversed(earlier[-50:])
                if c.relation in ("operated_by", "funded_by", "controlled_by", "established_by", "subordinate_to")
            ),
            None,
        )
        if prev:
            c = prev
            n0 = len(self.claims)
            self.add(c.subject, rel, obj=c.object, span=(c.char_start, te), method=method, start=c.start, **ctx)
            return self.claims[n0:]
        return []

    def _pair(
        self, rel: str, ix: SentIndex, ts: int, te: int, subject: str, method: str, ctx: dict, earlier: list[Claim]
    ) -> list[Claim]:
        """Two names the phrase says are one body under two faces ("X, the external name of Y")."""
        if any(c.relation == rel for c in earlier[-20:]):
            return []  # the sentence has already said which name is the cover ("X, the external name of Y, ...")
        pair = self._left(ix, ts, "", adjacent=False, no_context=True, subject=subject)
        if len(pair) < 2:
            pair = self._equated_after(ix, te)
        if len(pair) >= 2:
            a, b = pair[-2], pair[-1]
            if operator_like(a.name) and not operator_like(b.name):
                a, b = b, a
            n0 = len(self.claims)
            self.add(a.name, rel, obj=b.name, span=(min(a.start, ts), max(te, b.end)), method=method, **ctx)
            return self.claims[n0:]
        return []
