"""Successions in prose (extract stage): "Y succeeded Z as head of X in 1998", "Z was replaced
by Y", a body succeeded by another: who led what until when, and which body became which."""

from __future__ import annotations

import re

from ..names import Mention
from .claim import Claim
from .sentence import SentIndex
from .sentence_years import opening_year, skip_lead_phrase, years_near
from .slots import SlotRules
from .words import same_post, singular_title, title_case

__all__ = ["SuccessionRules"]

# "to replace its chief, Z, with Y": the new holder after "with"
_REPLACE_WITH = re.compile(r"\s*,?\s*with\s+(?:the\s+)?")
# "... its chief," right before the old holder: the post
_ITS_POST = re.compile(r"\b(?:its|their)\s+(?P<title>[a-z]+(?:[- ][a-z]+)?),?\s*$")
# "replacing Z, in office since 2014": the year is when Z began
_IN_OFFICE_SINCE = re.compile(r"\s*,?\s*(?:who had been |who was )?(?:in office|in post|in charge|at the helm) since\b")


class SuccessionRules(SlotRules):
    """The succession rules :class:`~orgnet.extract.triggers.TriggerRules` calls for its
    ``succession`` phrases."""

    def _succession(
        self, p: dict, t: re.Match, ix: SentIndex, subject: str, method: str, ctx: dict, earlier: list[Claim]
    ) -> list[Claim]:
        """ "Y succeeded Z as head of X in 1998", "Z was replaced by Y": Y leads X from then, Z until then.

        Without "as <title> [of X]" the post is the one the sentence has just given Z.
        """
        s, clean = ix.s, ix.clean
        ts, te = t.start() + s.start, t.end() + s.start
        passive = t.group().casefold().endswith((" by", " with"))
        bodies = self._body_succession(ix, ts, te, passive, subject, method, ctx)
        if bodies is not None:
            return bodies
        before = [
            m
            for m in self._left(ix, ts, "person", adjacent=False, no_context=True, subject=subject)
            if not m.anaphor or (m.anaphor == "person" and m.name)
        ][-1:]
        after = [m for m in self._right(ix, te, "person", max_gap=p.get("max_gap", 10)) if not m.anaphor][:1]
        # "to replace its chief, Z, with Y in 1969": Y the new holder, Z the old
        wm = _REPLACE_WITH.match(clean, after[0].end - s.start) if after and not passive else None
        repl = [m for m in self._right(ix, wm.end() + s.start, "person", max_gap=0) if not m.anaphor][:1] if wm else []
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
        elif t.groupdict().get("body") or t.groupdict().get("body2"):
            # "Z joined the Senate, being replaced at the HB by Y", "Z was replaced as the director of
            # X by Y": the body (and the post) the phrase names
            org = t.group("body") or t.group("body2")
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            title = t.groupdict().get("as_title") or (prev.title if prev and prev.title else "Head")
        elif t.groupdict().get("own_title") and subject:
            org, title = subject, t.group("own_title")  # "Z was replaced as director by Y": the page's body
        elif am:
            title, end = am.group("title"), am.end() + s.start
            if re.search(r"\bof(?:\s+the)?$", am.group(), re.I):
                # ("as chief of the Tide Security": a body named after the post, even with no organisation word)
                orgs = self._right(ix, end, "", max_gap=1)[:1] or self._body_after_post(ix, end)
                if not orgs:
                    return []
                org, end = orgs[0].name, orgs[0].end
            else:
                org = self._post_body_of(old.name, title, earlier) if self._person_subject(subject) else subject
        else:
            # the post the sentence, or else the document, has just given the predecessor (or, "He
            # has replaced Z", the successor)
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            posts = self.__dict__.get("_posts", {})
            new_post = posts.get(new.name)
            participle = t.group().casefold().startswith(("replacing", "succeeding", "taking over"))
            if new_post and (
                re.match(r"(?i)(?:vice|deputy|assistant)\b", new_post[0])
                or not participle
                and not new.anaphor
                and any(c.subject == new.name and c.relation == "leads" for c in earlier)
            ):
                # "Y, a vice director of X, took over from Z": Z's post is another one (but "Y is
                # appointed head of X; he replaced Z": the post the clause before has just given him)
                new_post = None
            post = (prev.title, prev.object) if prev else posts.get(old.name) or new_post
            if post is None:
                post = self._chain_post(old.surface)  # "Y replaced Tide Bureau Director Z"
            if post is None:
                # "A replaces B" in a story whose headline named the post ("Veldra gets new tide chief")
                post = self.__dict__.get("_headline_post")
            if post is None:
                return []
            title, org = post
        if not org:
            return []
        return self._succeeded(new, old, title, org, ix, ts, te, end, method, ctx, earlier)

    def _post_body_of(self, name: str, title: str, earlier: list[Claim]) -> str:
        """The body ``name`` was last said to hold the post ``title`` of ("Y succeeded Z as chairman" on a
        person's page: not the page's person, the body Z chaired), or '' (another post, or none said)."""
        prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == name), None)
        title_body = (prev.title, prev.object) if prev else self.__dict__.get("_posts", {}).get(name)
        return title_body[1] if title_body and same_post(title_body[0], title) else ""

    def _succeeded(
        self,
        new: Mention,
        old: Mention,
        title: str,
        org: str,
        ix: SentIndex,
        ts: int,
        te: int,
        end: int,
        method: str,
        ctx: dict,
        earlier: list[Claim],
    ) -> list[Claim]:
        """The two claims of a succession: ``new`` leads ``org`` from the year, ``old`` until it."""
        s, clean = ix.s, ix.clean
        title = title_case(singular_title(title))
        y0, _, year_end = years_near(clean, end - s.start, None)
        old_since = None
        if y0 is not None and _IN_OFFICE_SINCE.match(clean, end - s.start):
            old_since, y0 = y0, None  # "replacing Z, in office since 2014": when Z began, not the change
        span_end = max(end, te, year_end + s.start if (y0 is not None or old_since) else 0)
        span = (min(new.start, old.start, ts), span_end)
        lead = opening_year(clean)
        if y0 is None and lead is not None:
            # "In 1986, Z retired and was succeeded by Y": dated when Z is the first name after "In 1986,"
            k = ix.starting_from(skip_lead_phrase(clean) + s.start)
            if k < len(ix.ments) and ix.ments[k].start == min(new.start, old.start):
                y0, span = lead, (s.start, span_end)
        if y0 is not None:
            for c in reversed(earlier[-20:]):
                if c.relation == "leads" and c.subject == old.name and c.object == org and c.end is None:
                    c.end = y0  # "The first head was Z, who was replaced by Y in 2012"
        self.__dict__.setdefault("_posts", {})[new.name] = (title, org)
        n0 = len(self.claims)
        self.add(
            new.name,
            "leads",
            obj=org,
            span=span,
            method=method,
            start=y0,
            title=title,
            subject_kind="person",
            subject_surface=new.name if new.anaphor else new.surface,  # ("he" names nobody)
            **ctx,
        )
        self.add(
            old.name,
            "leads",
            obj=org,
            span=span,
            method=method,
            start=old_since,
            end=y0,
            title=title,
            subject_kind="person",
            subject_surface=old.name if old.anaphor else old.surface,
            **ctx,
        )
        return self.claims[n0:]

    def _body_succession(
        self, ix: SentIndex, ts: int, te: int, passive: bool, subject: str, method: str, ctx: dict
    ) -> list[Claim] | None:
        """ "The X was dissolved and succeeded by the Y", "the Y replaced the X": bodies, not people
        (the older absorbed into the newer). ``None`` when the names are not two bodies."""
        s = ix.s
        after = self._right(ix, te, "", max_gap=3)[:1]
        if not after or after[0].person or after[0].anaphor == "person":
            return None
        if ix.clean[ts - s.start : te - s.start].casefold().endswith("ing"):
            return []  # ", replacing the X": whose clause the participle closes the text does not mark
        before = self._left(ix, ts, "", adjacent=False, no_context=False, subject=subject)[-1:]
        if not before or before[0].person or before[0].anaphor == "person":  # ("She succeeded ...": a person)
            return None
        if not passive and before[0].start == before[0].end:
            return None  # "... and later succeeded as head of the service": who succeeded is not written
        new, old = (after[0], before[0]) if passive else (before[0], after[0])
        y0, _, _ = years_near(ix.clean, te - s.start, opening_year(ix.clean))
        n0 = len(self.claims)
        self.add(
            old.name,
            "absorbed_into",
            obj=new.name,
            span=(min(ts, before[0].start if not before[0].anaphor else ts), after[0].end),
            method=method,
            start=y0,
            **ctx,
        )
        return self.claims[n0:]
