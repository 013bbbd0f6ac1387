"""Which names fill the slot before a trigger phrase (extract stage): the nearest fitting name,
past parentheses, appositives and relative clauses, and the names coordinated with it."""

from __future__ import annotations

import bisect
import re

from .. import vocabulary
from ..names import Mention, looks_like_person
from .base import ExtractorBase
from .sentence import SentIndex
from .sentence_years import skip_lead_phrase
from .slot_patterns import (
    _ABBR_OF,
    _AND_BEFORE,
    _APPOSITIVE_BEFORE,
    _APPOSITIVE_OPEN,
    _CONTRASTED_BACKWARDS,
    _DETERMINER_NOUN,
    _DETERMINER_NOUN_ADJUNCT,
    _KIN_BEFORE_BACKWARDS,
    _LEAD_WORDS,
    _MAX_COORDINATED,
    _MAX_LOOKBACK,
    _MODIFIER_OF_UNIT,
    _PAREN_CLOSES,
    _PAREN_THEN_PREDICATE,
    _PARTICIPLE_BEFORE,
    _PERSON_NOUN_AFTER,
    before_dash_aside,
    candidates_before,
)

__all__ = ["LeftSlotRules"]


# ", which" (", which was"): a relative clause after the last of several names; with a singular
# verb it is said of that name alone
_SINGULAR_RELATIVE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\s*(?:\w+ly\s+)?(?P<verb>(?:was|is|has|were|are|have)\b.*)?"
)


# "<person> of the opposition <party> party, who ...": the relative pronoun of a person
_WHO_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*,\s*who\b")
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")


# "A and B is ...", "A, heading the X": a second predicate after the last name of a list
_SECOND_PREDICATE = re.compile(
    r"\band (?:[a-z]+ly )?(?:is|was|are|were|has|have|had|also|[a-z]+s|[a-z]+ed)\b|,\s*[a-z]+ing\b"
)


# an appositive of a capitalised word that is no mention, right before the phrase ("..., the Velk, a military
# regime led by"): what the phrase says is of that word, not of a name before it
_OTHER_NAMES_APPOSITIVE = re.compile(r"\s(?:the\s+)?[A-Z][\w'’-]+,\s+an?\s+(?:[a-z][\w-]*\s+){1,4}$")
# the longest an appositive before a phrase can be (characters): "who" and 200 parts of up to 42
_APPOSITIVE_SPAN = 10_000


class LeftSlotRules(ExtractorBase):
    """The names before a phrase (:meth:`_left`); :class:`orgnet.extract.slots.SlotRules` adds those after it."""

    def _no_name_before(self, before: str, pos: int, kind: str, strict: bool, subject: str) -> list[Mention]:
        """A slot with no name before the phrase: the page's subject, unless the phrase must have a
        name (`strict`), an organisation would "lead" as a person, or the clause opens with a noun
        that names no body (:meth:`_unnamed_subject`)."""
        if strict or not subject or (kind == "person" and not looks_like_person(subject)):
            return []  # no name before the phrase; an organisation never "leads" as a person
        if self._unnamed_subject(before, subject):
            return []  # "This gathering established the X": the clause's subject is no body
        return [Mention(start=pos, end=pos, surface=subject, name=subject, anaphor="org")]

    @staticmethod
    def _before_appositive(
        ix: SentIndex, fit: list[int], j: int, first_j: int, pos: int, appositive: re.Pattern = _APPOSITIVE_BEFORE
    ) -> int | None:
        """The candidate `j` of a person slot, or, when it stands in an appositive that ends right
        before the phrase ("Ada Li, an expert on Western Veldra and a propagandist, was appointed
        chief"), the name before the appositive (None: no one). ``appositive``: the pattern of
        such an appositive (a body's: :data:`_PARTICIPLE_BEFORE`)."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        m = ments[fit[j]]
        # (an appositive is at most a few thousand characters: the window stays short when the name is
        # far before the phrase, so a sentence of many phrases is not read once per phrase)
        lo = max(0, m.start - s.start - 160, pos - s.start - _APPOSITIVE_SPAN)
        app = appositive.search(clean, lo, pos - s.start)
        if app is None or app.start() + s.start > m.start:
            return j
        while j > first_j and ments[fit[j]].end > app.start() + s.start:
            j -= 1
        m = ments[fit[j]]
        if m.end > app.start() + s.start or not _APPOSITIVE_OPEN.fullmatch(clean, m.end - s.start, app.start() + 1):
            return None
        return j

    def _unnamed_subject(self, before: str, subject: str) -> bool:
        """Whether the clause before a phrase opens with a noun phrase that names no body ("This
        gathering", "In 1948 the congress"): then the page's subject is not the phrase's subject."""
        m = _DETERMINER_NOUN.search(before)
        if not m and (m := _DETERMINER_NOUN_ADJUNCT.match(before)):
            # "The government had in May created the X", "A congress in Ulton set up a X": a body
            # word names the page's subject only when its name holds it ("The bureau in 1949 ...")
            noun = m.group("noun").casefold()
            return (
                noun not in {w.casefold() for w in subject.split()} and noun not in vocabulary.names()["any_body_nouns"]
            )
        if not m or m.group("noun") in self.v["org_words_cf"]:
            return False
        head = before[: m.start()]
        return not head.strip() or head.rstrip().endswith(",") or bool(_LEAD_WORDS.fullmatch(head))

    def _left(
        self, ix: SentIndex, pos: int, kind: str, *, adjacent: bool, no_context: bool, subject: str
    ) -> list[Mention]:
        s, clean, ments = ix.s, ix.clean, ix.ments
        fit = ix.fitting(kind)
        semi, lo, hi, cand_idx = candidates_before(ix, pos, fit, adjacent)
        if (cand_idx is not None and not cand_idx) or (cand_idx is None and hi <= lo):
            return self._no_name_before(clean[semi + 1 : pos - s.start], pos, kind, no_context or adjacent, subject)
        j = cand_idx[-1] if cand_idx is not None else hi - 1
        j = self._before_parenthesis(ix, pos, fit, j, cand_idx, lo)
        m = ments[fit[j]]
        first_j0 = cand_idx[0] if cand_idx is not None else lo
        if not m.person and j > first_j0 and _WHO_AFTER.match(clean, m.end - s.start):
            # "Ada Lind of the Tide party, who had served as head of X": "who" says a person, the one
            # whose party or body the name after "of" is
            p = ments[fit[j - 1]]
            if p.person and not p.org and _OF_BETWEEN.fullmatch(clean, p.end - s.start, m.start - s.start):
                j, m = j - 1, p
        if cand_idx is None and kind == "person":
            if ix.in_parens(m.start - s.start) and _PAREN_CLOSES.fullmatch(clean, m.end - s.start, pos - s.start):
                return []  # "The Head of X (Veldran: Голова Служби) serves as": a gloss is no one's name
            before = self._before_appositive(ix, fit, j, first_j0, pos)
            if before is None or (before := before_dash_aside(ix, fit, before, first_j0, pos)) is None:
                return []
            j, m = before, ments[fit[before]]
        elif cand_idx is None and kind != "person" and not m.person:
            # "the X, modelled after the Y, was headed by Z": the body before a participle's appositive
            before = self._before_appositive(ix, fit, j, first_j0, pos, _PARTICIPLE_BEFORE)
            if before is None:
                return []  # (no name before the appositive: not the one inside it)
            who = self._before_appositive(ix, fit, j, first_j0, pos) if before == j and kind == "agent" else None
            if who is not None and who != j and ments[fit[who]].person:
                before = who  # "Bo Lind, a liaison officer of the X, established the Y": the person, not the X
            j, m = before, ments[fit[before]]
        elif cand_idx is not None and not m.person:
            # "named Ada Li, the country's former envoy to Ulton, as head of X": a person before an
            # appositive that names a place or body is the phrase's name, not that place or body
            before = self._before_appositive(ix, fit, j, lo, pos)
            if before is not None and before != j and ments[fit[before]].person:
                j, m = before, ments[fit[before]]
        if _OTHER_NAMES_APPOSITIVE.search(clean, max(m.end - s.start, pos - s.start - 120), pos - s.start):
            return []  # "the X fought the Velk, a regime led by Y": the appositive is of a name read as none
        if (
            m.org
            and not m.person
            and _PERSON_NOUN_AFTER.match(clean, m.end - s.start)
            and clean[m.end - s.start : pos - s.start].strip()
        ):
            return []  # "a Veldran Army officer, who later joined the X": the name only says whose officer
        if (
            cand_idx is None
            and j > first_j0
            and ix.before(_KIN_BEFORE_BACKWARDS, m.start - s.start)
            and clean[m.end - s.start : m.end - s.start + 1] == ","
        ):
            # "Ada Li, the wife of Bo Wu, served as ...": the name before the appositive
            j -= 1
            m = ments[fit[j]]
        if _MODIFIER_OF_UNIT.match(clean, m.end - s.start, pos - s.start) and kind != "person":
            # "as a Harbour Army intelligence unit headed by Y": the name qualifies an unnamed unit
            return (
                []
                if no_context or not subject
                else [Mention(start=pos, end=pos, surface=subject, name=subject, anaphor="org")]
            )
        j = self._subject_of_second_predicate(ix, pos, kind, fit, j, cand_idx, lo, hi)
        m = ments[fit[j]]
        out = self._coordinated_before(ix, pos, m, j, fit, cand_idx, lo)
        if m.anaphor and not m.name:
            m.name = subject
        return [x for x in out if x.name]

    @staticmethod
    def _before_parenthesis(
        ix: SentIndex, pos: int, fit: list[int], j: int, cand_idx: list[int] | None, lo: int
    ) -> int:
        """The name ``fit[j]`` or, when it is said in a parenthesis or qualifies an abbreviation,
        the name before it: "The Full Name (ABBR; ...) is ...", "The Harbour Commission (HC) of
        the Ruritanian Party is a body of ..." (the commission)."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        m = ments[fit[j]]
        if ix.in_parens(m.start - s.start):
            first_j = cand_idx[0] if cand_idx is not None else lo
            for jj in range(j - 1, max(first_j, j - 30) - 1, -1):
                if cand_idx is not None and jj not in cand_idx:
                    continue
                c = ments[fit[jj]]
                if c.end <= m.start and not ix.in_parens(c.start - s.start):
                    if _PAREN_THEN_PREDICATE.fullmatch(clean, c.end - s.start, pos - s.start):
                        m, j = c, jj
                    break
        prev_j = j - 1
        while prev_j >= max(lo, j - 8) and ix.in_parens(ments[fit[prev_j]].start - s.start):
            prev_j -= 1  # past "(ABBR)" (a few names at most: no walk back over a whole sentence)
        if (
            prev_j >= lo
            and (c := ments[fit[prev_j]]).org
            and not m.person
            and not ix.in_parens(c.start - s.start)
            and _ABBR_OF.fullmatch(clean, c.end - s.start, m.start - s.start)
        ):
            j = prev_j
        return j

    @staticmethod
    def _subject_of_second_predicate(
        ix: SentIndex, pos: int, kind: str, fit: list[int], j: int, cand_idx: list[int] | None, lo: int, hi: int
    ) -> int:
        """The name ``fit[j]``, or the clause's subject when the phrase begins a second predicate:
        "X is affiliated with Y and operates under Z", "X is an office of Y and an external name of
        Z" (the subject of the second predicate is X)."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        m = ments[fit[j]]
        between = clean[max(m.end - s.start, pos - s.start - _MAX_LOOKBACK) : pos - s.start]
        if not (_SECOND_PREDICATE.search(between) or _AND_BEFORE.fullmatch(between)):
            return j
        lead = skip_lead_phrase(clean)
        orgs = ix.fitting(kind, org_only=kind != "person")
        first_k = ix.starting_from(s.start + lead)
        q = bisect.bisect_left(orgs, first_k)
        lo_k = fit[cand_idx[0]] if cand_idx is not None else (fit[lo] if lo < len(fit) else len(ments))
        q = max(q, bisect.bisect_left(orgs, lo_k))
        while q + 1 < len(orgs) and ments[orgs[q]].possessive:
            q += 1  # "Bo Wu's son Cy Wu joined ... and was promoted": the son
        last_k = fit[cand_idx[-1]] if cand_idx is not None else fit[hi - 1]
        if q < len(orgs) and orgs[q] <= last_k and (cand_idx is None or bisect.bisect_left(fit, orgs[q]) in cand_idx):
            return bisect.bisect_left(fit, orgs[q])
        return j

    def _coordinated_before(
        self, ix: SentIndex, pos: int, m: Mention, j: int, fit: list[int], cand_idx: list[int] | None, lo: int
    ) -> list[Mention]:
        """The name before a phrase with the names coordinated to it ("the X and Y finance Z"), not a
        name set against it ("In contrast to A, B") or in apposition ("HCS, the Harbour Society,")."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        out = [m]
        first_j = lo  # (an adjacent phrase too: the names coordinated to the one right before it)
        rel_clause = _SINGULAR_RELATIVE.fullmatch(clean, m.end - s.start, pos - s.start)
        if rel_clause and re.match(
            r"(?:was|is|has)\b",
            clean[rel_clause.end() :] if rel_clause.group("verb") is None else rel_clause.group("verb"),
        ):
            first_j = j  # "A and the B, which was absorbed by C": the relative clause is said of B alone
        while j > first_j and len(out) < _MAX_COORDINATED:
            prev = ments[fit[j - 1]]
            between = clean[prev.end - s.start : out[0].start - s.start]
            if (
                re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", between)
                and not prev.anaphor
                and not out[0].anaphor
            ):  # "..., it is based in Y": no list ends in "it"
                out.insert(0, prev)
                j -= 1
            else:
                break
        links = [clean[a.end - s.start : b.start - s.start] for a, b in zip(out, out[1:])]
        if len(out) >= 3 and "and" not in links[-1].split() and any("and" in x.split() for x in links[:-1]):
            # "Like the A and the B, the C reports to Y": a list ends in "and"; C opens the clause
            out = out[-1:]
        if len(out) == 2 and ix.before(_CONTRASTED_BACKWARDS, out[0].start - s.start):
            out = out[1:]  # "In contrast to A, B has ...": A is set against B, not listed with it
        elif (
            len(out) == 2
            and not re.search(r"\band\b", clean[out[0].end - s.start : out[1].start - s.start])
            and re.match(r"\s*,", clean[out[1].end - s.start : pos - s.start])
        ):
            out = out[:1]  # "HCS, the Harbour Cultural Society, was ...": one body and its apposition
        return out
