"""Claims from trigger phrases in prose, and successions (extract stage)."""

from __future__ import annotations

import re

from ..names import Mention, is_org_name, looks_like_person, same_subject
from .claim import Claim
from .sentence import _SentIndex
from .slots import SlotRules
from .words import (
    _DATE,
    _fits,
    _kind_for,
    _lead_year,
    _names_subject,
    _operator_like,
    _singular_title,
    _skip_lead_phrase,
    _term_years,
    _title_case,
    _years_near,
)

__all__ = ["TriggerRules"]


class TriggerRules(SlotRules):
    """Claims from a trigger phrase in a sentence, successions among them."""

    def _trigger(self, p: dict, t: re.Match, ix: _SentIndex, subject: str, method: str,
                 ctx: dict, lead_year: int | None, earlier: list[Claim]) -> list[Claim]:
        s, ments = ix.s, ix.ments
        rel, roles = p["relation"], p["roles"]
        ts, te = t.start() + s.start, t.end() + s.start
        clean = s.clean
        obj_kind = p.get("object_kind", "")
        subj_kind = p.get("subject_kind", "")
        if rel == "leads":
            subj_kind, obj_kind = "person", ""
        if _NEGATED.search(clean, max(0, t.start() - 60), t.start()):
            return []  # "was not directly subordinate to X", "has never been funded by X": said not to hold
        if roles == "succession":
            return self._succession(p, t, ix, subject, method, ctx, earlier)
        if p.get("continues"):
            # "... was elected president of X and chairman of Y": the person of the claim before
            same = [c for c in reversed(earlier[-20:]) if c.relation == rel]
            # the one whose person stands before the phrase ("headed by A, its founder, and by B")
            prev = next((c for c in same if 0 <= self.text.find(c.subject_surface or c.subject, c.char_start, ts)),
                        same[0] if same else None)
            if prev is None:
                return []
        if roles in ("poss_title", "of_in", "title_is"):
            slots = self._special_slots(p, ix, subject, roles, obj_kind, subj_kind, ts, te)
            if slots is None:
                return []
            roles, left, right, right_kind, ts, te = slots
        else:  # the name after the phrase
            right_kind = subj_kind if roles == "inverse" else obj_kind
        right_from = t.start("title") + s.start if p.get("right_from") == "title" and t.groupdict().get("title") else te
        if p.get("roles") in ("title_is", "poss_title", "of_in"):
            pass
        elif t.groupdict().get("object"):
            g0, g1 = t.start("object") + s.start, t.end("object") + s.start
            right = [Mention(start=g0, end=g1, surface=self.text[g0:g1], name=self.text[g0:g1], org=True)]
            ts = g0
        else:
            right = self._group_after(ix, te) if p.get("object_group") else []
            if not right:
                right = self._right(ix, right_from, right_kind, max_gap=p.get("max_gap", 8),
                                    person_anaphor=p.get("right_anaphor", False))
        # (the page's subject stands for the body only when it is one: a person page's person leads no one)
        body_subject = bool(subject) and not (rel == "leads" and looks_like_person(subject) and not is_org_name(subject))
        if not right and p.get("object_default") == "subject" and body_subject:
            right = [Mention(start=te, end=te, surface="", name=subject, anaphor="org")]
        # the name before it
        left_kind = obj_kind if roles == "inverse" else subj_kind
        if roles == "object_before":
            left_kind = obj_kind
        if p.get("roles") in ("title_is", "poss_title", "of_in"):
            pass
        elif p.get("object") == "subject":
            left = [Mention(start=ts, end=ts, surface="", name=subject, anaphor="org")] if body_subject else []
        elif p.get("continues") and prev is not None:
            left = [Mention(start=prev.char_start, end=prev.char_start, surface=prev.subject, name=prev.subject)]
        else:
            listed = self._listed_subjects(ix, ts, right) if roles == "forward" else []
            left = listed or self._left(ix, ts, left_kind, adjacent=p.get("adjacent", False),
                                        no_context=p.get("no_context", False), subject=subject)
        fell_back = bool(left) and left[0].anaphor == "org" and left[0].start == ts  # (no name before: the subject)
        lp = _LEAD_PARTICIPLE.match(clean) if (roles == "forward" and rel != "leads") \
            or (roles == "inverse" and fell_back) else None
        if lp and t.end() <= lp.end():
            # "Formed under the guidance of X in 1957, the Y developed ...": the participle is said of
            # the name after its comma; its object stands before that comma
            right = [m for m in right if m.end - s.start <= lp.end()]
            after = [m for m in ments[ix.starting_from(s.start + lp.end()):][:1] if m.name and not m.person]
            if after and (_fits(after[0], left_kind) or not left_kind and after[0].name[:1].isupper()):
                left = after
        if not right and p.get("fallback") == "copy_previous":
            return self._copy_previous(rel, te, method, ctx, earlier)
        if roles == "pair":
            return self._pair(rel, ix, ts, te, subject, method, ctx, earlier)
        made: list[Claim] = []
        if p.get("organ_of_subject") and left and subject:
            om_ = _ORGAN_OF.fullmatch(left[0].name) if not left[0].anaphor else None
            if left[0].anaphor or (om_ and (same_subject(om_.group("body"), subject)
                                            or om_.group("body") == self.subject_abbr)):
                # "The 1st HCS Committee included ...", "The board includes ...": the subject's own organ
                left = [Mention(start=left[0].start, end=left[0].end, surface=left[0].surface, name=subject,
                                anaphor="org")]
        if roles == "object_before" and left and not right:
            right = [Mention(start=te, end=te, surface="", name=subject, anaphor="org")]
        if not right or not left:
            return made
        if p.get("continues") and self._post_of_a_later_person(ix, right[0]):
            return made  # "A, Chairman of X, and Secretary of Y, Chief Justice of Z Cy Rask": Y is Cy Rask's
        if rel in ("leads", "subordinate_to", "part_of") and not right[0].anaphor and _UNNAMED_UNIT_OF.search(
                clean, max(0, te - s.start - 1), max(te, right[0].start) - s.start):
            return made  # "head of the information office of the State Council": of an unnamed office, not of X
        title = _singular_title((t.groupdict().get("title") or "").strip())
        if rel == "leads" and not title:
            # (a rank before the name is no post: "headed by Colonel Bo Wu")
            title = next((m.title for m in right + left if m.title and not self.v["honorific_rx"].fullmatch(m.title + " ")),
                         "") or p.get("title", "")
        if lead_year is not None and left:
            lead_end = _skip_lead_phrase(clean) + s.start
            k = ix.starting_from(lead_end)
            first_after = ments[k] if k < len(ments) else None
            if first_after is None or first_after.start != left[0].start and not left[0].anaphor:
                # one appositive may stand between ("After 2015, member of X, Y was appointed ...");
                # anything else may not ("In 2009, an article in X, published by Y, called Z ...")
                if first_after is None or left[0].start < lead_end or not _LEAD_APPOSITIVE.fullmatch(
                        clean, lead_end - s.start, left[0].start - s.start):
                    lead_year = None
            elif left[0].anaphor and first_after is not None and not first_after.anaphor:
                lead_year = None
        if p.get("no_lead_year") or (lead_year is not None and left and not left[-1].anaphor and
                                     _AFTER_COMMA.fullmatch(clean, left[-1].end - s.start, t.start())
                                     and not _FINITE.match(t.group())):
            # an appositive or a participle after a comma is not what the sentence dates
            # ("On 14 March, X, head of Y, ...", "In 2009, an article in X, published by Y, ...")
            lead_year = None
        if lead_year is not None and self.v["continuing_rx"].search(clean, _skip_lead_phrase(clean), t.start()):
            # "In 1999, X was placed under Y, maintaining ties to Z": the opening year dates the main
            # clause's event; a tie said to go on (a continuing participle before the phrase) did not begin then
            lead_year = None
        y0, y1, year_end = _years_near(clean, t.end(), lead_year)
        if lp and t.end() <= lp.end() < year_end:
            y0, y1 = None, None  # a year past the opening participle's comma dates the main clause, not this
        if rel == "leads" and y0 is None and y1 is None:
            for m in (*left, *right):  # "led by Y, who took office in 2020": when Y's term began
                took = None if m.anaphor else _TOOK_OFFICE.match(clean, m.end - s.start)
                if took:
                    y0 = int(took.group("y"))
                    break
        if p.get("continues") and y0 is None and prev is not None:
            y0 = prev.start  # "On 14 March 2013, X was elected A of B and C of D": both from then
        if rel in ("established_by", "absorbed_into", "part_of") and (yr := re.search(r"\d{4}", t.group())):
            y0 = int(yr.group())
        elif rel == "leads" and (inner := re.search(r"\b(?:1[6-9]|20)\d\d\b.*", t.group())):
            y0, y1 = _term_years(inner.group())  # "headed from 1955-1986 by X"
        if p.get("no_years"):
            y0, y1 = None, None
        span_start = min([m.start for m in left if not m.anaphor] + [ts]) if left else ts
        span_end = max(max(m.end for m in right), te)
        if year_end > t.end() and (y0 is not None or y1 is not None) and (year_end + s.start) - span_end < 60:
            span_end = max(span_end, year_end + s.start)  # the evidence holds "from 1990 to 1993"
        if left and left[0].anaphor:
            span_start = min(span_start, left[0].start)
        if left and left[-1].start > te:
            span_end = max(span_end, left[-1].end)  # "... funded by X include A and B": the list
        if lead_year is not None and y0 == lead_year:
            span_start = s.start  # the evidence holds the year it is dated with ("In 1983, ...")
        n0 = len(self.claims)
        person_doc = looks_like_person(subject)
        for lm in left:
            for rm in right:
                if roles == "forward":
                    sm, om = lm, rm
                elif roles == "inverse":
                    sm, om = rm, lm
                else:  # object_before
                    sm = Mention(start=ts, end=te, surface=subject, name=subject, anaphor="org")
                    om = lm
                    if rm is right[0] and om is lm:
                        pass
                if subj_kind == "person" and sm.anaphor and not (sm.anaphor == "person" and (person_doc or sm.name != subject)):
                    continue  # "it" in a person's slot: not a person this document names
                if rel == "leads" and ((not om.anaphor and om.name in self.v["org_words"])
                                       or (om.surface.endswith(("'s", "’s")) and not _names_subject(om, subject))):
                    continue  # "the Ministry's director", "the centre's director": which one the text does not say
                r = "part_of" if rel == "leads" and om.title == "Member" else rel  # ("Bo Wu, Member of the X")
                self.add(sm.name, r, obj=om.name, span=(span_start, span_end), method=method,
                         start=y0, end=y1, title=_title_case(title) if r == "leads" else "",
                         subject_kind=_kind_for(sm, subj_kind, p.get("subject_hint", "")),
                         object_kind=om.kind or _kind_for(om, obj_kind, p.get("object_hint", "")),
                         subject_surface=sm.name if (sm.anaphor or sm.title) else sm.surface,
                         object_surface=om.name if (om.anaphor or om.title) else om.surface, **ctx)
                if roles == "object_before":
                    break
            for extra in p.get("also", []):
                for rm in right:
                    sm, om = (lm, rm) if extra["roles"] == "forward" else (rm, lm)
                    r2 = extra["relation"]
                    if r2 == "leads" and not (sm.person or sm.anaphor == "person"):
                        continue  # a body among the founders leads nothing
                    self.add(sm.name, r2, obj=om.name, span=(span_start, span_end), method=method,
                             title=_title_case(title or "Founder") if r2 == "leads" else "",
                             subject_kind="person" if r2 == "leads" else "", **ctx)
        return self.claims[n0:]

    def _special_slots(self, p: dict, ix: _SentIndex, subject: str, roles: str, obj_kind: str,
                       subj_kind: str, ts: int, te: int) -> tuple[str, list[Mention], list[Mention], str, int, int] | None:
        """The names of a phrase whose slots are not simply before and after it: "Y was the Agency's
        first director" (poss_title), "the headquarters of X in Y" (of_in), "the head of X is Y"
        (title_is). ``(roles, left, right, right_kind, ts, te)``, or ``None`` when a slot is empty."""
        s, ments = ix.s, ix.ments
        clean = s.clean
        if roles == "poss_title":
            # "Y was the Agency's first director": the body right before the phrase, the person
            # before it with is/was between
            orgs = self._left(ix, ts, obj_kind, adjacent=True, no_context=True, subject=subject)[-1:]
            if not orgs or not _names_subject(orgs[0], subject):
                return None
            k = ix.ending_by(orgs[0].start)
            person = ments[k - 1] if k else None
            if person is None or person.anaphor or not person.person or not _COPULA_BEFORE.fullmatch(
                    clean, person.end - s.start, orgs[0].start - s.start):
                return None
            return "inverse", orgs, [person], subj_kind, person.start, te
        if roles == "of_in":
            # "the headquarters of the X in Y": X right after the phrase, then "in", then the place
            orgs = self._right(ix, te, p.get("first_kind", ""), max_gap=0)[:1]
            # ("to lead the foreign intelligence service HIS": a lower-case description before an abbreviation)
            then = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,[^,;()]{1,80},\s*)?" + p.get("then", "in")
                              + r"\s+(?:the\s+)?(?:(?:[a-z][\w-]* ){1,4}(?=[A-Z]{2,}\b))?")
            im = then.match(clean, orgs[0].end - s.start) if orgs else None
            places = self._right(ix, im.end() + s.start, obj_kind, max_gap=0) if im else []
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
        if appositive:  # "the head of X, Y, said": Y set off by commas, a person
            tm = appositive
        if not tm:
            return None
        te = tm.end() + s.start
        right = self._right(ix, te, subj_kind, max_gap=0)
        if appositive:
            right = right[:1] if right and right[0].person and _APPOSITIVE_END.match(
                clean, right[0].end - s.start) else []
        if not right:
            return None
        return "inverse", orgs, right, subj_kind, ts, te

    def _copy_previous(self, rel: str, te: int, method: str, ctx: dict, earlier: list[Claim]) -> list[Claim]:
        """A phrase with no name after it that says the tie of the claim before again, of ``rel``."""
        prev = next((c for c in reversed(earlier[-50:]) if c.relation in (
            "operated_by", "funded_by", "controlled_by", "established_by", "subordinate_to")), None)
        if prev:
            c = prev
            n0 = len(self.claims)
            self.add(c.subject, rel, obj=c.object, span=(c.char_start, te), method=method,
                     start=c.start, **ctx)
            return self.claims[n0:]
        return []

    def _pair(self, rel: str, ix: _SentIndex, ts: int, te: int, subject: str, method: str, ctx: dict,
              earlier: list[Claim]) -> list[Claim]:
        """Two names the phrase says are one body under two faces ("X, the external name of Y")."""
        if any(c.relation == rel for c in earlier[-20:]):
            return []  # the sentence has already said which name is the cover ("X, the external name of Y, ...")
        pair = self._left(ix, ts, "", adjacent=False, no_context=True, subject=subject)
        if len(pair) < 2:
            pair = self._equated_after(ix, te)
        if len(pair) >= 2:
            a, b = pair[-2], pair[-1]
            if _operator_like(a.name) and not _operator_like(b.name):
                a, b = b, a
            n0 = len(self.claims)
            self.add(a.name, rel, obj=b.name, span=(min(a.start, ts), max(te, b.end)), method=method, **ctx)
            return self.claims[n0:]
        return []

    def _succession(self, p: dict, t: re.Match, ix: _SentIndex, subject: str, method: str, ctx: dict,
                    earlier: list[Claim]) -> list[Claim]:
        """ "Y succeeded Z as head of X in 1998", "Z was replaced by Y": Y leads X from then, Z until then.

        Without "as <title> [of X]" the post is the one the sentence has just given Z.
        """
        s, clean = ix.s, ix.clean
        ts, te = t.start() + s.start, t.end() + s.start
        passive = t.group().casefold().endswith(" by")
        bodies = self._body_succession(ix, ts, te, passive, subject, method, ctx)
        if bodies is not None:
            return bodies
        before = [m for m in self._left(ix, ts, "person", adjacent=False, no_context=True, subject=subject)
                  if not m.anaphor or (m.anaphor == "person" and m.name)][-1:]
        after = [m for m in self._right(ix, te, "person", max_gap=p.get("max_gap", 10)) if not m.anaphor][:1]
        # "to replace its chief, Z, with Y in 1969": Y the new holder, Z the old
        wm = _REPLACE_WITH.match(clean, after[0].end - s.start) if after and not passive else None
        repl = [m for m in self._right(ix, wm.end() + s.start, "person", max_gap=0) if not m.anaphor][:1] \
            if wm else []
        if repl:
            new, old, end = repl[0], after[0], repl[0].end
            pm = _ITS_POST.search(clean, te - s.start, after[0].start - s.start)
            if pm and self._is_title(pm.group("title")) and subject:
                return self._succeeded(new, old, pm.group("title"), subject, ix, ts, te, end, method, ctx, earlier)
        elif not before or not after:
            return []
        else:
            new, old = (after[0], before[0]) if passive else (before[0], after[0])
            end = after[0].end
        am = self.v["as_title_rx"].match(clean, end - s.start)
        bm = self.v["as_body_title_rx"].match(clean, end - s.start) if not am else None
        if bm and not self._is_title(bm.group("body")):
            org, title, end = bm.group("body"), bm.group("title"), bm.end() + s.start
        elif t.groupdict().get("body"):
            # "Z joined the Senate, being replaced at the HB by Y": the body the phrase names
            org = t.group("body")
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            title = prev.title if prev and prev.title else "Head"
        elif am:
            title, end = am.group("title"), am.end() + s.start
            if re.search(r"\bof(?:\s+the)?$", am.group(), re.I):
                orgs = self._right(ix, end, "", max_gap=1)[:1]
                if not orgs:
                    return []
                org, end = orgs[0].name, orgs[0].end
            else:
                org = subject
        else:
            # the post the sentence, or else the document, has just given the predecessor (or, "He
            # has replaced Z", the successor)
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            posts = self.__dict__.get("_posts", {})
            new_post = posts.get(new.name)
            participle = t.group().casefold().startswith(("replacing", "succeeding"))
            if new_post and (re.match(r"(?i)(?:vice|deputy|assistant)\b", new_post[0])
                             or not participle and any(c.subject == new.name and c.relation == "leads" for c in earlier)):
                new_post = None  # "Y, a vice director of X, took over from Z": Z's post is another one
            post = (prev.title, prev.object) if prev else posts.get(old.name) or new_post
            if post is None:
                return []
            title, org = post
        if not org:
            return []
        return self._succeeded(new, old, title, org, ix, ts, te, end, method, ctx, earlier)

    def _succeeded(self, new: Mention, old: Mention, title: str, org: str, ix: _SentIndex, ts: int, te: int,
                   end: int, method: str, ctx: dict, earlier: list[Claim]) -> list[Claim]:
        """The two claims of a succession: ``new`` leads ``org`` from the year, ``old`` until it."""
        s, clean = ix.s, ix.clean
        title = _title_case(_singular_title(title))
        y0, _, year_end = _years_near(clean, end - s.start, None)
        old_since = None
        if y0 is not None and _IN_OFFICE_SINCE.match(clean, end - s.start):
            old_since, y0 = y0, None  # "replacing Z, in office since 2014": when Z began, not the change
        span_end = max(end, te, year_end + s.start if (y0 is not None or old_since) else 0)
        span = (min(new.start, old.start, ts), span_end)
        lead = _lead_year(clean)
        if y0 is None and lead is not None:
            # "In 1986, Z retired and was succeeded by Y": dated when Z is the first name after "In 1986,"
            k = ix.starting_from(_skip_lead_phrase(clean) + s.start)
            if k < len(ix.ments) and ix.ments[k].start == min(new.start, old.start):
                y0, span = lead, (s.start, span_end)
        if y0 is not None:
            for c in reversed(earlier[-20:]):
                if c.relation == "leads" and c.subject == old.name and c.object == org and c.end is None:
                    c.end = y0  # "The first head was Z, who was replaced by Y in 2012"
        self.__dict__.setdefault("_posts", {})[new.name] = (title, org)
        n0 = len(self.claims)
        self.add(new.name, "leads", obj=org, span=span, method=method, start=y0, title=title,
                 subject_kind="person", subject_surface=new.surface, **ctx)
        self.add(old.name, "leads", obj=org, span=span, method=method, start=old_since, end=y0, title=title,
                 subject_kind="person", subject_surface=old.surface, **ctx)
        return self.claims[n0:]

    def _body_succession(self, ix: _SentIndex, ts: int, te: int, passive: bool, subject: str, method: str,
                         ctx: dict) -> list[Claim] | None:
        """ "The X was dissolved and succeeded by the Y", "the Y replaced the X": bodies, not people
        (the older absorbed into the newer). ``None`` when the names are not two bodies."""
        s = ix.s
        after = self._right(ix, te, "", max_gap=3)[:1]
        if not after or after[0].person:
            return None
        if ix.clean[ts - s.start:te - s.start].casefold().endswith("ing"):
            return []  # ", replacing the X": whose clause the participle closes the text does not mark
        before = self._left(ix, ts, "", adjacent=False, no_context=False, subject=subject)[-1:]
        if not before or before[0].person:
            return None
        new, old = (after[0], before[0]) if passive else (before[0], after[0])
        y0, _, _ = _years_near(ix.clean, te - s.start, _lead_year(ix.clean))
        n0 = len(self.claims)
        self.add(old.name, "absorbed_into", obj=new.name, span=(min(ts, before[0].start if not before[0].anaphor
                                                                    else ts), after[0].end),
                 method=method, start=y0, **ctx)
        return self.claims[n0:]


_UNNAMED_UNIT_OF = re.compile(r"\b(?:the\s+|its\s+|a\s+|an\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}(?-i:office|department|bureau|"
                              r"committee|agency|service|section|division|directorate|branch|unit|commission)\s+"
                              r"(?:of|in|at|under)\s+(?:the\s+)?$")


_LEAD_PARTICIPLE = re.compile(r"(?:Formed|Founded|Established|Created|Set up|Organi[sz]ed|Launched|Built|Based|"
                              r"Located|Headquartered|Modeled|Modelled|Funded|Financed|Backed|Run|Controlled|"
                              r"Placed|Reorgani[sz]ed|As (?:one of )?(?:the |a |an )?(?:[a-z]+ )?(?:members?|part|"
                              r"components?|constituents?|units?|arms?) of)\b[^,;]{3,200},")


_REPLACE_WITH = re.compile(r"\s*,?\s*with\s+(?:the\s+)?")


_ITS_POST = re.compile(r"\b(?:its|their)\s+(?P<title>[a-z]+(?:[- ][a-z]+)?),?\s*$")


_TITLE_IS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:which|who)\s[^,;]{1,60},)?,?\s*(?:is|was|has been|had been|became|remains|remained)\s+"
                       r"(?:currently\s+|now\s+|still\s+)?(?:the\s+)?", re.I)


_ORGAN_OF = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th) |[A-Z][a-z]+ )?(?P<body>.+?) (?:Committee|Board|Council|Presidium|"
                       r"Secretariat|Politburo)")


_TITLE_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*")


_APPOSITIVE_END = re.compile(r"\s*(?:,|\(|[.;:]|$)")


# a negation right before a phrase ("not", "never", "no longer", with adverbs and auxiliaries between)
_NEGATED = re.compile(r"\b(?:not|never|no longer|n[o']t|nor)(?! only\b)(?:\s+(?:directly|formally|officially|actually|"
                      r"really|ever|always|yet|necessarily|currently|any longer|been|be|being|have|has|had|"
                      r"is|was|were|are|a|an|the))*\s+$", re.I)


# "Y, who took office in 2020" / "who has served since 2020": when the holder's term began
_TOOK_OFFICE = re.compile(r"\s*,\s*who (?:took office|assumed office|took over|took up the post|was appointed|was named|"
                          r"was elected|was sworn in|has served|has been in office|has held the post) (?:in|on|since) "
                          + _DATE + r"(?P<y>1[6-9]\d\d|20\d\d)\b(?!s)")


_IN_OFFICE_SINCE = re.compile(r"\s*,?\s*(?:who had been |who was )?(?:in office|in post|in charge|at the helm) since\b")


# a noun phrase and a comma between a sentence-initial date and the subject it dates
_FINITE = re.compile(r"(?:is|was|are|were|has|had|have)\b", re.I)


_COPULA_BEFORE = re.compile(r"\s+(?:is|was|became|remains|remained|has been|had been)\s+(?:the\s+)?", re.I)


_AFTER_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*")


_LEAD_APPOSITIVE = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|for)\s+[^,;()]{1,60},\s*")
