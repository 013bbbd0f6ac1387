"""Whom an anaphor stands for (extract stage): "he" and "she", "the agency", "Norway's spy agency"."""

from __future__ import annotations

import re

from ..countries import countries_in
from ..names import Mention
from ..read.model import Sentence
from .base import ExtractorBase

__all__ = ["AnaphorRules"]


_COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+)['’]s $")
_GENERIC_BODY_NOUNS = frozenset(
    {"group", "organization", "organisation", "body", "institution", "network", "agency", "service"}
)
# a noun of a tie between people right before a person's name: "a close confidant of ", "an adviser to "
_RELATION_OF = re.compile(
    r"\b(?:confidant|confidante|adviser|advisor|aide|ally|friend|protégé|protege|son|daughter|wife|husband|"
    r"brother|sister|nephew|niece|cousin|relative) (?:of|to) (?:the )?$"
)
_AFTER_SEMICOLON = re.compile(r";\s*$")


# what may stand before the body a sentence opens with: "The", "In 2005, the"
_OPENS = re.compile(r"\s*(?:(?:In|By|From) (?:\w+ )?(?:1[6-9]|20)\d\d,? )?(?:[Tt]he )?")


class AnaphorRules(ExtractorBase):
    """Names for the anaphors of a sentence: the person a "he" or "she" stands for, the body a
    "the <noun>" stands for (a body of that noun named before, else the page's subject when the
    page calls it so)."""

    def _resolve_anaphors(
        self,
        anas: list[Mention],
        names: list[Mention],
        aliases: frozenset[str],
        subject: str,
        s: Sentence,
        person_doc: bool,
        first_org: str,
    ) -> None:
        """Set each anaphor's name (``""``: it stands for no name the page gives)."""
        recent = self.__dict__.get("_recent_org", {})
        subject_words = {w.casefold() for w in subject.split()}
        for a in anas:
            if a.anaphor == "person" and not person_doc:
                a.name = self._person_before(a, names, aliases)
                continue
            if a.anaphor == "person" and _AFTER_SEMICOLON.search(self.clean, s.start, a.start):
                # "Ada Morn, who ..., is appointed head of X; she replaced Bo Lin": the clause before names her
                a.name = self._person_before(a, names, aliases, subject)
                continue
            # "the force" after "the Quds Force of X" (not the document's subject): that body
            noun = re.sub(r"['’]s$", "", a.surface.split()[-1]).capitalize() if " " in a.surface else ""
            opener = self._sentence_opener(a, names, s) if not noun and a.anaphor == "org" else ""
            if opener and opener != subject:
                a.name = opener  # "The Tide Network was founded in 2005 and Ada Li was appointed its CEO"
            elif noun in recent and noun.casefold() not in subject_words:
                a.name = recent[noun]
            else:  # "the ministry" is the page's bureau only if the page calls it one
                fits = not noun or self._names_the_subject(noun.casefold(), subject_words, subject)
                a.name = subject if fits and self._country_fits(a, subject, s) else ""
            if not a.name and not subject and noun.casefold() in _GENERIC_BODY_NOUNS:
                a.name = first_org  # a page without a subject: "the group" is the body it opened with

    def _sentence_opener(self, a: Mention, names: list[Mention], s: Sentence) -> str:
        """The body a sentence opens with ("The Tide Network ..."), when "it"/"its" comes after it
        in the sentence: what "its" stands for there, not the page's subject; else ``""``."""
        first = next((m for m in names if m.start >= s.start), None)
        if first is None or not first.org or first.person or first.end > a.start or first.anaphor:
            return ""
        return first.name if _OPENS.fullmatch(self.clean, s.start, first.start) else ""

    def _person_before(self, a: Mention, names: list[Mention], aliases: frozenset[str], default: str = "") -> str:
        """Whom "he"/"she" stands for: the person the sentence named before it ("..., the general Ada Li,
        ..., and she was replaced"), else `default`, else whom the text named last ("She was ..." in a page
        about a body)."""
        people = [m for m in names if m.end <= a.start and m.person and not m.org and m.name not in aliases]
        if len(people) > 1 and _RELATION_OF.search(self.clean, max(0, people[-1].start - 40), people[-1].start):
            people.pop()  # "Ada Morn, a close confidant of Bo Lin who ..., before he became ...": Ada Morn
        return people[-1].name if people else default or self.__dict__.get("_last_person", "")

    def _subject_alias_values(self) -> frozenset[str]:
        """The other names the claims so far give a body ("X (Spanish: Central de Mareas, CDM)"): names
        of that body, never a person a "he" or "she" stands for."""
        seen, found = self.__dict__.get("_alias_values", (0, frozenset()))
        if seen < len(self.claims):  # (read once each: the claims only grow)
            found = found | {c.value for c in self.claims[seen:] if c.relation in ("alias", "former_name") and c.value}
            self.__dict__["_alias_values"] = (len(self.claims), found)
        return found

    def _names_the_subject(self, noun: str, subject_words: set[str], subject: str) -> bool:
        """Whether "the <noun>" can be the page's subject: a generic noun ("the agency"), a word
        of its name ("the bureau" for the Harbour Bureau) or of what the page says it is ("X is a
        think tank": "the think tank"; not "the party" on a bureau's page)."""
        if noun in _GENERIC_BODY_NOUNS or noun in subject_words:
            return True
        seen, words = self.__dict__.get("_type_words", (0, set()))
        for c in self.claims[seen:]:
            if c.relation == "type" and c.subject == subject:
                words |= {w.casefold() for w in c.value.split()}
        self.__dict__["_type_words"] = (len(self.claims), words)
        return noun in words

    def _country_fits(self, a: Mention, subject: str, s: Sentence) -> bool:
        """Whether the country of a described body ("Norway's spy agency") is one the subject's
        name or the page before this sentence names (any other anaphor fits)."""
        m = _COUNTRY_POSSESSIVE.search(self.clean, max(0, a.start - 40), a.start)
        if m is None:
            return True
        return bool(countries_in(m.group(1)) & (countries_in(subject) | countries_in(self.clean[: min(s.start, 1500)])))
