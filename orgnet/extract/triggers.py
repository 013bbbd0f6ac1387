"""Claims from trigger phrases in prose, and successions (extract stage)."""

from __future__ import annotations

import re

from ..countries import countries_in, country_name, is_country_name
from ..names import Mention, is_org_name, looks_like_person, same_subject
from .claim import Claim
from .member_lists import holders_posts
from .places import street_follows
from .post_bodies import is_minister, last_post, ministry_of, ministry_of_field, post_named_before
from .sentence import SentIndex
from .sentence_years import own_term, skip_lead_phrase, term_rules, years_near
from .slot_patterns import (
    _AFTER_COMMA,
    _BARE_ORGAN,
    _FINITE,
    _LEAD_APPOSITIVE,
    _LEAD_PARTICIPLE,
    _LEFT_POST,
    _LISTED_NEXT,
    _NEGATED,
    _ORGAN_OF,
    _SINGULAR_VERB,
    _UNNAMED_UNIT_OF,
    head_before_aside,
)
from .special_slots import SpecialSlotRules
from .trigger_match import TriggerMatch
from .words import (
    fits,
    kind_for,
    names_a_state,
    names_subject,
    post_in_parens,
    relative_clause_start,
    same_post,
    singular_title,
    strip_rank,
    term_years,
    title_case,
)

__all__ = ["TriggerRules"]


#: trigger roles whose slots are not simply the names before and after the phrase
_SPECIAL_SLOTS = ("poss_title", "of_in", "title_is")


# what parts a list's item from the claim before it: "director of X, editor of Y"
_LIST_COMMA = re.compile(r"\s*,\s*")
# "X is an advisory body to the Y that is subordinate to Z": a clause with no comma after the noun
# the sentence's subject is defined as, and the body it is to or of, is said of that noun: of X
_DEFINED_NOUN_CLAUSE = re.compile(
    r"\b(?:is|was|are|were) an? (?:[a-z-]+ ){1,3}(?:to|of|for|under|within) (?:the )?[A-Z][^,;()]{1,80}? that (?:is |was |are |were )?(?:[a-z]+ )?$"
)


# how far before a phrase its ruling-out words are looked for (characters)
_WORDS_WINDOW = 300


class TriggerRules(SpecialSlotRules):
    """Claims from a trigger phrase in a sentence, successions among them."""

    def _trigger(
        self,
        p: dict,
        t: re.Match,
        ix: SentIndex,
        subject: str,
        method: str,
        ctx: dict,
        lead_year: int | None,
        earlier: list[Claim],
    ) -> list[Claim]:
        """The claims of trigger phrase `p` matched at `t` in sentence `ix`: a pipeline of steps.

        A negated phrase says nothing; a succession has its own reading. Otherwise: the names in the
        phrase's slots (:meth:`_trigger_names`), the checks that they make a claim
        (:meth:`_trigger_holds`), the post (:meth:`_trigger_title`), whether the sentence's opening
        year dates it (:meth:`_trigger_lead_year`), the years (:meth:`_trigger_years`), the evidence
        (:meth:`_trigger_span`), then a claim per pair of names (:meth:`_trigger_claims`).
        """
        if _NEGATED.search(ix.s.clean, max(0, t.start() - 60), t.start()):
            return []  # "was not directly subordinate to X", "has never been funded by X": said not to hold
        if p["roles"] == "succession":
            return self._succession(p, t, ix, subject, method, ctx, earlier)
        m = TriggerMatch.of(p, t, ix)
        if p.get("continues"):
            # "... was elected president of X and chairman of Y": the person of the claim before
            # (or a person's seat before the post: "Y, member of X and head of Z")
            same = [
                c
                for c in reversed(earlier[-20:])
                if c.relation == m.rel or m.rel == "leads" and c.relation == "part_of" and c.subject_kind == "person"
            ]
            # the one whose person stands before the phrase ("headed by A, its founder, and by B")
            m.prev = next(
                (c for c in same if 0 <= self.text.find(c.subject_surface or c.subject, c.char_start, m.ts)),
                same[0] if same else None,
            )
            if m.prev is None:
                return []
            if p["continues"] == "list" and not (
                m.prev.char_start >= ix.s.start and _LIST_COMMA.fullmatch(self.clean, m.prev.char_end, m.ts)
            ):
                return []  # ("..., director of X": no item of a list unless right after the claim before)
            if p["continues"] == "object" and (
                m.prev.char_start < ix.s.start
                or (m.roles == "forward" and not re.search(r"\band\s", self.clean[m.prev.char_end : m.ts]))
            ):
                return []  # (a clause that leaves out its verb is in the same sentence; its holders after "and")
        if not self._trigger_names(m, subject):
            return []
        if not m.right and p.get("fallback") == "copy_previous":
            return self._copy_previous(m.rel, m.te, method, ctx, earlier)
        if m.roles == "pair":
            return self._pair(m.rel, ix, m.ts, m.te, subject, method, ctx, earlier)
        if not self._trigger_holds(m, subject):
            return []
        if m.rel == "leads" and self.v["serving_post_rx"].fullmatch((t.groupdict().get("title") or "").strip()):
            return []  # "she was appointed envoy", "its adviser was Y": a post that serves a body does not lead it
        m.title = self._trigger_title(m)
        m.lead_year = self._trigger_lead_year(m, lead_year)
        self._trigger_years(m)
        self._trigger_span(m)
        return self._trigger_claims(m, subject, method, ctx)

    def _trigger_names(self, m: TriggerMatch, subject: str) -> bool:
        """The names in the phrase's slots: `m.right` after it, `m.left` before it (or where its
        roles put them); False when a slot the phrase needs is empty."""
        p, t, ix, s = m.p, m.t, m.ix, m.ix.s
        if m.roles in _SPECIAL_SLOTS:
            slots = self._special_slots(p, ix, subject, m.roles, m.obj_kind, m.subj_kind, m.ts, m.te)
            if slots is None:
                return False
            m.roles, m.left, m.right, _, m.ts, m.te = slots
            right_kind = ""
        else:  # the name after the phrase
            right_kind = m.subj_kind if m.roles == "inverse" else m.obj_kind
        right_from = (
            t.start("title") + s.start if p.get("right_from") == "title" and t.groupdict().get("title") else m.te
        )
        if p.get("roles") in _SPECIAL_SLOTS:
            pass
        elif t.groupdict().get("object"):
            g0, g1 = t.start("object") + s.start, t.end("object") + s.start
            if m.rel == "part_of" and names_a_state(self.text[g0:g1]):
                return False  # "Ada Lind, a Veldran officer": whose officer, no body (but "a Veldra-based body")
            name = self.text[g0:g1]
            if p.get("object_country"):  # "a Soviet front organization": the Soviet Union's
                codes = countries_in(name)
                if len(codes) != 1:
                    return False
                name = country_name(next(iter(codes)))
            m.right = [Mention(start=g0, end=g1, surface=self.text[g0:g1], name=name, org=True)]
            m.ts = g0
        elif p.get("continues") == "object" and m.roles == "forward" and m.prev is not None:
            # "A was approved as president of X, and B and C as vice presidents": X, the clause left out
            m.right = [Mention(start=m.te, end=m.te, surface=m.prev.object, name=m.prev.object)]
        else:
            m.right = self._names_after(m, right_from, right_kind)
        # (the page's subject stands for the body only when it is one: a person page's person leads no one)
        m.body_subject = bool(subject) and not (
            m.rel == "leads"
            and looks_like_person(subject)
            and not is_org_name(subject)
            and self._person_subject(subject)
        )  # ("Prensa Tidal is a news agency": a name that reads as a person's, said to be a body)
        if not m.right and not self._default_object(m, subject):
            return False
        # the name before it
        m.left_kind = m.obj_kind if m.roles in ("inverse", "object_before") else m.subj_kind
        if p.get("roles") in _SPECIAL_SLOTS:
            pass
        elif p.get("object") == "subject":
            named = (p.get("last_post") and last_post(self.claims, m.ts, self.clean)) or (
                subject if m.body_subject else ""
            )
            m.left = [Mention(start=m.ts, end=m.ts, surface="", name=named, anaphor="org")] if named else []
        elif t.groupdict().get("post_of"):  # "The X director is Y": the body in the phrase, its holder after it
            g0, g1 = t.start("post_of") + s.start, t.end("post_of") + s.start
            named = self.text[g0:g1]
            if named[:1].islower():  # "a new minister of police, Ada Morn": the ministry of that field
                named = ministry_of(named)
            m.left = [Mention(start=g0, end=g1, surface=self.text[g0:g1], name=named, org=True)] if named else []
        elif p.get("continues") and m.prev is not None and not (p["continues"] == "object" and m.roles == "forward"):
            name = m.prev.object if p["continues"] == "object" else m.prev.subject  # ("..., from 1952 by Y": X's)
            m.left = [Mention(start=m.prev.char_start, end=m.prev.char_start, surface=name, name=name)]
        else:
            listed = self._listed_subjects(ix, m.ts, m.right) if m.roles == "forward" else []
            m.left = listed or self._left(
                ix,
                m.ts,
                m.left_kind,
                adjacent=p.get("adjacent", False),
                no_context=p.get("no_context", False),
                subject=subject,
            )
        self._narrow_left(m)
        self._trigger_participle(m)
        return True

    def _default_object(self, m: TriggerMatch, subject: str) -> bool:
        """The name after a phrase that names none: the body the sentence, a minister's field or the text
        last gave a post, else the page's subject (``object_default``, ``last_post``); False when the
        phrase makes no claim at all."""
        p, t, ix, s = m.p, m.t, m.ix, m.ix.s
        if not m.right and p.get("object_default") == "subject" and m.rel == "leads":
            # "Y, who was the deputy chief of staff of X, is appointed as chief of staff": the body the
            # sentence gave that post before, not the page's subject
            m.right = post_named_before(ix, (t.groupdict().get("title") or "").strip(), t.start() + s.start)
        if not m.right and p.get("last_post") and (named := last_post(self.claims, m.ts, self.clean)):
            m.right = [Mention(start=m.te, end=m.te, surface="", name=named, anaphor="org")]
        field = t.groupdict().get("field")  # ("appointed interior minister": only the Ministry of Interior's)
        own = bool(field) and m.body_subject and str(field).casefold() in subject.casefold()
        minister = is_minister(t.groupdict().get("title") or "")
        if not m.right and field and minister and not own and (ministry := ministry_of(field)):
            # "has been appointed mineral resources minister": the Ministry of Mineral Resources
            m.right = [
                Mention(start=t.start("field") + s.start, end=t.end("field") + s.start, surface=field, name=ministry)
            ]
        if (
            not m.right
            and p.get("object_default") == "subject"
            and m.rel == "leads"
            and (not subject or is_country_name(subject))
        ):
            m.right = self._last_post_of_state(m)
        if not m.right and p.get("object_default") == "subject" and m.body_subject:
            if field and field.casefold() not in {w.casefold() for w in subject.split()}:
                return False  # (a field that names neither the page's body nor a ministry: no claim)
            m.right = [Mention(start=m.te, end=m.te, surface="", name=subject, anaphor="org")]
        return True

    def _names_after(self, m: TriggerMatch, right_from: int, right_kind: str) -> list[Mention]:
        """The names in the slot after the phrase (a lower-case group, the names, a body after a post)."""
        p, ix = m.p, m.ix
        right = self._group_after(ix, m.te) if p.get("object_group") else []
        if not right:
            right = self._right(
                ix,
                right_from,
                right_kind,
                max_gap=p.get("max_gap", 8),
                person_anaphor=p.get("right_anaphor", False),
                described_items=p.get("described_items", False),
            )
        if not right and m.rel == "leads" and m.roles == "forward" and m.t.group()[-3:].casefold() == " of":
            right = self._body_after_post(ix, m.te)  # "the chief of the Veldran Intelligence"
            # "was appointed vice minister of science and technology": the ministry of that field
            # (not in an appositive after a comma: ", Minister of Culture" may be the next name's post)
            if not right and self.clean[m.ts - 2 : m.ts] != ", ":
                right = ministry_of_field(ix, (m.t.groupdict().get("title") or "").strip(), m.te, self.text)
        if m.roles == "forward" and m.obj_kind != "person":
            # "was elected a member of the Politburo", "head of the Secretariat", "subordinate to the
            # Politburo": the organ of the page's body (not in a person's slot: "reports to the Council")
            right = self._organ_named_after(m.te, right)
        if m.rel == "established_by" and right_kind == "agent" and right:
            right = self._holder_for_body(ix, right)
        if m.rel == "headquartered_in" and right and street_follows(self.clean, right[0].end):
            # "located at 15, Tide road, Ikoyi in Ulton": a street, then the city
            right = self._right(ix, right[0].end, right_kind, max_gap=6)
            right = [r for r in right if not street_follows(self.clean, r.end)]
        return right

    def _narrow_left(self, m: TriggerMatch) -> None:
        """The names before the phrase, narrowed to the one the phrase's verb or clause speaks of."""
        if len(m.left) > 1 and _SINGULAR_VERB.match(m.t.group(0)):
            m.left = m.left[-1:]  # "According to spokesman A, B is the new head of X": one subject, the last
        if len(m.left) == 1 and (head := head_before_aside(m.ix, m.left[0])) is not None:
            m.left = [head]  # "X is a group, registered under Y, that is a front for Z": X's clause, not Y's
        s = m.ix.s
        if len(m.left) == 1 and not m.left[0].anaphor and (r := relative_clause_start(s.clean, m.ts - s.start)):
            k = m.ix.ending_by(s.start + r)  # (the names right before the clause's comma, looked up: linear)
            head = next(
                (m.ix.ments[j] for j in range(k - 1, max(k - 4, -1), -1) if fits(m.ix.ments[j], m.left_kind)), None
            )
            m.left = [head] if head is not None and not head.anaphor else m.left  # ("X, which is under Y, is in Z")
        at = m.ts - s.start  # (the clause ends at the phrase; looked for in the 300 characters before it: linear)
        if len(m.left) == 1 and (dn := _DEFINED_NOUN_CLAUSE.search(s.clean, max(0, at - 300), at)):
            first = next((x for x in m.ix.ments if x.start < s.start + dn.start() and fits(x, m.left_kind)), None)
            m.left = [first] if first is not None else m.left
        if m.left and m.p.get("clause_subject"):
            m.left = [next((x for x in m.ix.ments if x.start < m.ts and fits(x, m.left_kind)), m.left[-1])]
        if m.left and self._left_ruled_out(m):
            m.left = []  # "A replaced B as head of X": the post is A's (the succession phrase says so), not B's
        # "The Politburo was the highest organ of the X": an organ named alone is the page's body's
        m.left = self._page_organs(m.left)

    def _last_post_of_state(self, m: TriggerMatch) -> list[Mention]:
        """On a page about a state or with no subject (a news story), the body a leadership phrase with no
        body after it speaks of: the one last said to have a post ("Y, an expert on X, was appointed
        chief"; "A was voted in as president of X. B was elected as deputy president"), not the page's
        subject."""
        named = last_post(self.claims, m.ts, self.clean)
        return [Mention(start=m.te, end=m.te, surface="", name=named, anaphor="org")] if named else []

    @staticmethod
    def _left_ruled_out(m: TriggerMatch) -> bool:
        """Whether the phrase's ``left_not_after`` words stand right before the name before it, or its
        ``left_not_before`` words between that name and the phrase's end (from the sentence's start
        when the name is the page's subject, put in for a missing one)."""
        s, p = m.ix.s, m.p
        after, before = p.get("left_not_after"), p.get("left_not_before")
        # (the words are looked for in a window before the name, not the whole sentence: a sentence of
        # many such phrases would be read once per phrase, in time quadratic in its length)
        a = max(0, m.left[0].start - s.start)
        if after and re.search(r"(?:" + after + r")\s+$", s.clean[max(0, a - _WORDS_WINDOW) : a], re.I):
            return True
        if p.get("own_post") and m.left[-1].title and not same_post(m.left[-1].title, m.t.group()) and m.right:
            # "President Ada Li, the Minister of X, Bo Wu and ...": a list, the post the next name's
            return bool(_LISTED_NEXT.match(s.clean, m.right[0].end - s.start))
        lo = m.left[-1].end - s.start if m.left[-1].end < m.ts else 0
        lo = max(lo, m.ts - s.start - _WORDS_WINDOW)
        return bool(before and re.search(before, s.clean[max(0, lo) : m.te - s.start], re.I))

    def _trigger_participle(self, m: TriggerMatch) -> None:
        """An opening participle: "Formed under the guidance of X in 1957, the Y developed ..." is
        said of the name after its comma (the left slot); its object stands before that comma."""
        fell_back = bool(m.left) and m.left[0].anaphor == "org" and m.left[0].start == m.ts  # (no name before)
        s = m.ix.s
        m.lp = (
            _LEAD_PARTICIPLE.match(s.clean)
            if (m.roles == "forward" and m.rel != "leads") or (m.roles == "inverse" and fell_back)
            else None
        )
        if m.lp and m.t.end() <= m.lp.end():
            m.right = [r for r in m.right if r.end - s.start <= m.lp.end()]
            after = [a for a in m.ix.ments[m.ix.starting_from(s.start + m.lp.end()) :][:1] if a.name and not a.person]
            if after and (fits(after[0], m.left_kind) or not m.left_kind and after[0].name[:1].isupper()):
                m.left = after

    def _trigger_holds(self, m: TriggerMatch, subject: str) -> bool:
        """Whether the names make a claim (the subject's own organ, a default object put in first)."""
        p, s, left = m.p, m.ix.s, m.left
        if p.get("organ_of_subject") and left and subject:
            om_ = _ORGAN_OF.fullmatch(left[0].name) if not left[0].anaphor else None
            if (
                left[0].anaphor
                or _BARE_ORGAN.fullmatch(left[0].name)
                or (om_ and (same_subject(om_.group("body"), subject) or om_.group("body") == self.subject_abbr))
            ):
                # "The 1st HCS Committee included ...", "The board includes ...": the subject's own organ
                m.left = [
                    Mention(start=left[0].start, end=left[0].end, surface=left[0].surface, name=subject, anaphor="org")
                ]
        if m.roles == "object_before" and m.left and not m.right:
            m.right = [Mention(start=m.te, end=m.te, surface="", name=subject, anaphor="org")]
        if not m.right or not m.left:
            return False
        dom = m.t.groupdict().get("domain")
        if dom and not re.search(r"\b" + re.escape(dom) + r"\b", subject, re.I):
            return False  # "former intelligence chief Y" heads the page's body only when its name says "intelligence"
        if p.get("continues") and self._post_of_a_later_person(m.ix, m.right[0]):
            return False  # "A, Chairman of X, and Secretary of Y, Chief Justice of Z Cy Rask": Y is Cy Rask's
        if (
            (p.get("adjacent") or p.get("continues"))
            and m.rel == "leads"
            and m.roles == "forward"  # (the body is after the phrase, the holder before it)
            and (holder := self._post_ends_in_a_person(m.ix, m.right[0]))
        ):
            # "A, head of X and the CEO of the Y network Bo Lin, C": X is Bo Lin's
            m.left = [
                Mention(start=holder.start, end=holder.end, surface=holder.surface, name=holder.name, person=True)
            ]
        if (
            m.rel in ("leads", "subordinate_to", "part_of")
            and not m.right[0].anaphor
            and _UNNAMED_UNIT_OF.search(s.clean, max(0, m.te - s.start - 1), max(m.te, m.right[0].start) - s.start)
        ):
            return False  # "head of the information office of the State Council": of an unnamed office, not of X
        if (
            m.rel == "leads"
            and not m.right[0].anaphor
            and self.v["unit_after_rx"].match(s.clean, m.right[0].end - s.start)
        ):
            return False  # "head of the TSS think-tank": of a unit of X the sentence does not name
        return True

    def _trigger_title(self, m: TriggerMatch) -> str:
        """The post a `leads` phrase gives: its own title group, else a title before a name, else the phrase's."""
        title = singular_title((m.t.groupdict().get("title") or "").strip())
        deputy = m.t.groupdict().get("deputy") or m.t.groupdict().get("deputy_after")
        if title and deputy:
            title = (
                f"{deputy.strip(' -')} {title}"  # "deputy Tide Security chief", "TSS deputy director": a deputy's post
            )
        if m.rel == "leads" and not title:
            # (a rank before the name is no post: "headed by Colonel Bo Wu")
            title = next(
                (
                    n.title
                    for n in m.right + m.left
                    if n.title and self._is_post_title(n.title)  # ("appointed Ambassador Y to ...": no post of it)
                ),
                "",
            ) or m.p.get("title", "")
        return title

    def _is_post_title(self, title: str) -> bool:
        """A mention's title that is a post, not a rank or an envoy's ("Colonel", "Ambassador")."""
        return not self.v["honorific_rx"].fullmatch(title + " ") and not self.v["serving_post_rx"].fullmatch(title)

    def _trigger_lead_year(self, m: TriggerMatch, lead_year: int | None) -> int | None:
        """The sentence's opening year ("In 1983, ...") when it dates this claim, else None."""
        s, clean, left, t = m.ix.s, m.ix.s.clean, m.left, m.t
        if lead_year is not None and left:
            lead_end = skip_lead_phrase(clean) + s.start
            k = m.ix.starting_from(lead_end)
            first_after = m.ix.ments[k] if k < len(m.ix.ments) else None
            if first_after is None or first_after.start != left[0].start and not left[0].anaphor:
                # one appositive may stand between ("After 2015, member of X, Y was appointed ...");
                # anything else may not ("In 2009, an article in X, published by Y, called Z ...")
                if (
                    first_after is None
                    or left[0].start < lead_end
                    or not _LEAD_APPOSITIVE.fullmatch(clean, lead_end - s.start, left[0].start - s.start)
                ):
                    lead_year = None
            elif left[0].anaphor and first_after is not None and not first_after.anaphor:
                lead_year = None
        if m.p.get("no_lead_year") or (
            lead_year is not None
            and left
            and not left[-1].anaphor
            and _AFTER_COMMA.fullmatch(clean, left[-1].end - s.start, t.start())
            and not _FINITE.match(t.group())
        ):
            # an appositive or a participle after a comma is not what the sentence dates
            # ("On 14 March, X, head of Y, ...", "In 2009, an article in X, published by Y, ...")
            lead_year = None
        if lead_year is not None and self.v["continuing_rx"].search(clean, skip_lead_phrase(clean), t.start()):
            # "In 1999, X was placed under Y, maintaining ties to Z": the opening year dates the main
            # clause's event; a tie said to go on (a continuing participle before the phrase) did not begin then
            lead_year = None
        return lead_year

    def _trigger_years(self, m: TriggerMatch) -> None:
        """The claim's start and end years: near the phrase, a holder's "who took office in", a year
        in the phrase itself, the claim continued."""
        s, clean, t, rel = m.ix.s, m.ix.s.clean, m.t, m.rel
        y0, y1, m.year_end = years_near(clean, t.end(), m.lead_year)
        if m.lp and t.end() <= m.lp.end() < m.year_end:
            y0, y1 = None, None  # a year past the opening participle's comma dates the main clause, not this
        if m.year_end > t.end() and re.match(r"\s+by\s", clean[m.year_end : m.year_end + 4]):
            y0, y1 = None, None  # "headed by A, from 1952 by B": the year is B's
        if rel == "leads" and y0 is None and y1 is None:
            took_office, served_until, _ = term_rules()
            for n in (*m.left, *m.right):  # "led by Y, who took office in 2020": when Y's term began
                took = None if n.anaphor else took_office.match(clean, n.end - s.start)
                left_ = None if n.anaphor or took else served_until.match(clean, n.end - s.start)
                if took is not None:
                    y0 = int(took.group("y"))
                    break
                if left_ is not None:
                    y1 = int(left_.group("y"))
                    break
        if m.p.get("continues") and y0 is None and m.prev is not None:
            y0 = m.prev.start  # "On 14 March 2013, X was elected A of B and C of D": both from then
            if (yr := re.search(r"\b(?:1[6-9]|20)\d\d\b", t.group())) or term_rules()[2].match(t.group()):
                # "based in A from 1968 to 1999, and since in B": the second from when the first ended
                y0 = int(yr.group()) if yr else m.prev.end
        if rel in ("established_by", "absorbed_into", "part_of") and (yr := re.search(r"\d{4}", t.group())):
            y0 = int(yr.group())
        elif rel == "leads" and (inner := re.search(r"\b(?:1[6-9]|20)\d\d\b.*", t.group())):
            y0, y1 = term_years(inner.group())  # "headed from 1955-1986 by X"
        if rel == "leads" and y0 is not None and y1 is None and _LEFT_POST.search(clean, 0, t.end()):
            y0, y1 = None, y0  # "Y resigned his post as head of X in 1990", "relinquished ...": the year it ended
        if m.p.get("no_years"):
            y0, y1 = None, None
        m.y0, m.y1 = y0, y1

    def _trigger_span(self, m: TriggerMatch) -> None:
        """The evidence: from the first name to the last, the years and the list it holds with it."""
        s, left, right, ts, te = m.ix.s, m.left, m.right, m.ts, m.te
        span_start = min([n.start for n in left if not n.anaphor] + [ts]) if left else ts
        span_end = max(max(n.end for n in right), te)
        if m.year_end > m.t.end() and (m.y0 is not None or m.y1 is not None) and (m.year_end + s.start) - span_end < 60:
            span_end = max(span_end, m.year_end + s.start)  # the evidence holds "from 1990 to 1993"
        if left and left[0].anaphor:
            span_start = min(span_start, left[0].start)
        if left and left[-1].start > te:
            span_end = max(span_end, left[-1].end)  # "... funded by X include A and B": the list
        if m.lead_year is not None and m.y0 == m.lead_year:
            span_start = s.start  # the evidence holds the year it is dated with ("In 1983, ...")
        m.span = (span_start, span_end)

    def _trigger_claims(self, m: TriggerMatch, subject: str, method: str, ctx: dict) -> list[Claim]:
        """A claim for each name before and after the phrase (and those of its `also` relations)."""
        p, rel, roles, title, subj_kind = m.p, m.rel, m.roles, m.title, m.subj_kind
        n0 = len(self.claims)
        person_doc = looks_like_person(subject)
        holders = m.left if roles == "forward" else m.right
        named = bool((m.t.groupdict().get("title") or "").strip())
        own_posts = holders_posts(holders, self._is_post_title) if rel == "leads" and not named else {}
        for lm in m.left:
            for rm in m.right:
                if roles == "forward":
                    sm, om = lm, rm
                elif roles == "inverse":
                    sm, om = rm, lm
                else:  # object_before
                    sm = Mention(start=m.ts, end=m.te, surface=subject, name=subject, anaphor="org")
                    om = lm
                if (
                    subj_kind == "person"
                    and sm.anaphor
                    and not (sm.anaphor == "person" and (person_doc or sm.name != subject))
                ):
                    continue  # "it" in a person's slot: not a person this document names
                if rel == "leads" and (
                    (not om.anaphor and om.name in self.v["org_words"])
                    or (om.surface.endswith(("'s", "’s")) and not names_subject(om, subject))
                ):
                    continue  # "the Ministry's director", "the centre's director": which one the text does not say
                r = "part_of" if rel == "leads" and om.title == "Member" else rel  # ("Bo Wu, Member of the X")
                # (a person's rank is no part of the name: "..., Lieutenant-General Ada-ul-Lind")
                name = strip_rank(sm.name) if subj_kind == "person" and not sm.anaphor else sm.name
                # "headed by A (1950-1961) and then by B (1961-1970)": each holder's own term
                # (only after the phrase: "A (1950-2001) was the director" gives A's life, not a term)
                own = (
                    own_term(m.ix.clean, sm.end - m.ix.s.start)
                    if r == "leads" and not sm.anaphor and sm.start >= m.te
                    else None
                )
                self.add(
                    name,
                    r,
                    obj=om.name,
                    span=m.span,
                    method=method,
                    start=own[0] if own else m.y0,
                    end=own[1] if own else m.y1,
                    title=title_case(own_posts.get(id(sm)) or title) if r == "leads" else "",
                    subject_kind=kind_for(sm, subj_kind, p.get("subject_hint", "")),
                    object_kind=om.kind or kind_for(om, m.obj_kind, p.get("object_hint", "")),
                    subject_surface=sm.name if (sm.anaphor or sm.title) else sm.surface,
                    object_surface=om.name if (om.anaphor or om.title) else om.surface,
                    **ctx,
                )
                if (
                    r == "part_of"
                    and roles == "inverse"
                    and (post := post_in_parens(m.ix.clean, sm.end - m.ix.s.start))
                ):
                    self.add(
                        name, "leads", obj=om.name, title=post, span=m.span, method=method, **ctx
                    )  # "A (Chair), B"
                if roles == "object_before":
                    break
            for extra in p.get("also", []):
                for rm in m.right:
                    sm, om = (lm, rm) if extra["roles"] == "forward" else (rm, lm)
                    r2 = extra["relation"]
                    if r2 == "leads" and not (sm.person or sm.anaphor == "person"):
                        continue  # a body among the founders leads nothing
                    self.add(
                        sm.name,
                        r2,
                        obj=om.name,
                        span=m.span,
                        method=method,
                        title=title_case(title or "Founder") if r2 == "leads" else "",
                        subject_kind="person" if r2 == "leads" else "",
                        **ctx,
                    )
        return self.claims[n0:]
