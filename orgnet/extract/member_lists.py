"""A body's members named in a sentence, each after words that say who or what the person is
(extract stage):

    The committee comprises Mr. Morn, government ministers Bo Lin and Cy Lo, Armed Forces
    Commander-in-Chief Dan Ruel and party senators Finn Odd and Gus Hale.
    Besides Morn, the body's members include the head of the Assembly, Ian Jost; the Foreign
    Minister, Jon Kell; and the Prime Minister, Kai Lund.

The body is the one named right before the verb ("the Tide Committee comprises", "the body
members include": an anaphor the sentence resolves), or a name in quotation marks ("the
“on-duty committee” comprises": a collective organ of the page's body, named with it). Each
person named last in an item of the list (items part at commas, semicolons and "and") sits on
it; a person inside an item is whom the item's words describe ("the head of the Assembly") and
claims nothing here. Two persons at least make a list.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from .. import vocabulary
from ..countries import countries_in
from ..lexicon import is_known_title, is_organ, singular_title
from ..names import Mention, looks_like_person
from ..read.model import Sentence
from .lists import ListRules
from .mentions import find_mentions

__all__ = ["MemberListRules", "holders_posts"]

# the verb that opens a list of a body's members
_MEMBERS_VERB = re.compile(
    r"\s(?:(?:[’']s )?members? (?:include|included|are|were)|(?:also )?(?:comprises|comprised|includes|included)"
    r"|(?:consists|consisted) of|(?:is|was|are|were)(?: [a-z]+ly)? (?:composed|made up) of)[:\s]\s*",
    re.I,
)
# a sentence that lists the people the sentence before counted ("These include A, B and C.")
_THESE_INCLUDE = re.compile(r"(?:These|They) (?:include|included|are|were):?\s+")
# a number of people elected to a plural post of a body ("15 other comrades were elected as vice-chairmen of the")
_ELECTED_AS = re.compile(
    r"\b(?:were|have been|had been) (?:re-?)?(?:elected|appointed|selected|named|chosen)(?: as)? (?:the )?(?:new )?"
    r"(?P<title>[a-zA-Z][\w -]{2,40}?) of (?:the )?(?=[A-Z0-9])"
)
# a body's name in quotation marks right before the verb ("the “on-duty committee” comprises")
_QUOTED_ORGAN = re.compile(r"[“\"](?P<n>[a-zA-Z][\w -]{2,40})[”\"]\s*$")
# a clause whose subject opens the sentence and whose verbs join with "and" before the list's verb
_SUBJECT_VERB = re.compile(r"[^;:]{0,160}? and$")
# what may stand between an item's last person and the item's end ("..., Bo Lin as full members and ...")
_ITEM_END = re.compile(
    r"(?:\s+as (?:full |candidate |alternate |ordinary |voting )?members?)?(?:\s*\([^()]{0,40}\))?\s*(?:[,;.]|\s+and\b|\s*$)"
)


def holders_posts(holders: list[Mention], is_post: Callable[[str], bool]) -> dict[int, str]:
    """Each holder's own post in a list of holders with posts of their own, by ``id`` of the mention
    ("led by Minister A, Vice Ministers B and C": B and C are Vice Ministers); a name without a post has
    the post of the name before it. Empty when the list has fewer than two posts.

    >>> ms = [Mention(0, 1, "A", "A", title="Minister"), Mention(2, 3, "B", "B", title="Vice Minister"), Mention(4, 5, "C", "C")]
    >>> sorted(holders_posts(ms, lambda t: True).values())
    ['Minister', 'Vice Minister', 'Vice Minister']
    """
    out, last = {}, ""
    for h in holders:
        last = (h.title if h.title and is_post(h.title) else "") or last
        out[id(h)] = last
    return out if len({t for t in out.values() if t}) > 1 else {}


class MemberListRules(ListRules):
    """The members of a body a sentence lists (see the module's docstring)."""

    def _member_enumeration(self, s: Sentence, ments: list[Mention], method: str, ctx: dict) -> None:
        clean = self.clean
        verbs = list(_MEMBERS_VERB.finditer(clean, s.start, s.end))
        if not verbs:
            return
        # each verb's list runs to the next verb (every mention is looked at once: linear in the sentence)
        people = [p for m in ments if m.start >= verbs[0].end() for p in _people_in(m, clean)]
        people = [m for m in people if _ITEM_END.match(clean, m.end, s.end)]
        seated: set[tuple[str, str]] | None = None  # the seats claimed so far, gathered once
        j = 0
        for k, verb in enumerate(verbs):
            until = verbs[k + 1].start() if k + 1 < len(verbs) else s.end
            listed = []
            while j < len(people) and people[j].start < until:
                if people[j].start >= verb.end():
                    listed.append(people[j])
                j += 1
            body = self._enumerated_body(s, ments, verb.start()) if len(listed) >= 2 else ""
            if not body:
                continue
            if seated is None:
                seated = {(c.subject, c.object) for c in self.claims if c.relation == "part_of"}
            for m in listed:
                if (m.name, body) not in seated:
                    seated.add((m.name, body))
                    self.add(
                        m.name, "part_of", obj=body, span=(m.start, m.end), method=method, subject_kind="person", **ctx
                    )

    def _listed_after_election(self, s: Sentence, ments: list[Mention], method: str, ctx: dict) -> None:
        """ "15 other comrades were elected as vice-chairmen of the X. These include A, B, ... and O.":
        each person the second sentence lists holds the post the first gave a number of people."""
        these = _THESE_INCLUDE.match(self.clean, s.start)
        if these is None:
            return
        k = bisect.bisect_left(self._sentence_starts(), s.start)
        if k == 0:
            return
        prev = self.d.sentences[k - 1]
        elected = _ELECTED_AS.search(prev.clean)
        title = singular_title(elected.group("title")) if elected else ""
        if elected is None or title == elected.group("title") or not is_known_title(title.replace("-", " ")):
            return  # (a post of several holders only: "vice-chairmen")
        at = prev.start + elected.end()
        body = next((m for m in find_mentions(self.text, self.clean, at, prev.end) if m.org), None)
        people = [p for m in ments if m.start >= these.end() for p in _people_in(m, self.clean)]
        if body is None or body.start - at > 4 or len(people) < 2:
            return
        title = title[:1].upper() + title[1:]
        for m in people:
            self.add(
                m.name,
                "leads",
                obj=body.name,
                title=title,
                span=(m.start, m.end),
                method=method,
                subject_kind="person",
                **ctx,
            )

    def _enumerated_body(self, s: Sentence, ments: list[Mention], at: int) -> str:
        """The body whose members the verb at ``at`` lists: a body (or an anaphor of one) named right
        before it, or a collective organ in quotation marks; "" for none."""
        before = [m for m in ments if m.end <= at and at - m.end <= 3 and (m.org or m.anaphor == "org")]
        if not before and _SUBJECT_VERB.match(self.clean, s.start, at):
            # "The Secretariat was set up in 1917 and was initially composed of": the clause's subject
            before = [m for m in ments[:1] if m.start - s.start <= 4 and (m.org or m.anaphor == "org")]
        if before and before[-1].name:
            name = before[-1].name
            return self._organ_of(name) if is_organ(name) else name  # ("the Board of Trustees includes")
        quoted = _QUOTED_ORGAN.search(self.clean, s.start, at)
        if quoted is None:
            return ""
        organ = re.sub(r"(?<![\w’'])\w", lambda w: w.group().upper(), quoted.group("n"))  # ("On-Duty Committee")
        words = organ.replace("-", " ").split()
        return self._organ_of(organ) if is_organ(" ".join(words[-1:])) else ""


def _people_in(m: Mention, clean: str) -> list[Mention]:
    """The persons a mention names: itself, or each of two joined by "and" ("Bo Lin and Cy Lo", which
    the mention finder reads as one name)."""
    if m.org or m.anaphor:
        return []
    if m.person:
        return [m] if _a_person(m.name) else []
    parts = m.name.split(" and ")
    if len(parts) != 2 or not all(_a_person(p) for p in parts):
        return []
    second = clean.rindex(parts[1], m.start, m.end)
    return [
        Mention(m.start, m.start + len(parts[0]), parts[0], parts[0], person=True),
        Mention(second, second + len(parts[1]), parts[1], parts[1], person=True),
    ]


def _a_person(name: str) -> bool:
    """A person's name, no place's ("Central Asia", "Taiwan Strait": names.yaml ``geography_words``)."""
    return looks_like_person(name) and not countries_in(name) and not any(w in _geography_words() for w in name.split())


@functools.lru_cache(maxsize=1)
def _geography_words() -> frozenset[str]:
    return frozenset(vocabulary.names()["geography_words"])
