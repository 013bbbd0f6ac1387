"""Title chains in prose (extract stage): a body, a post and a person in one run of
capitalised words ("Harbour Bureau Director Ada Li said", "HB Head Ada Li", "Head of the
powerful Harbour Bureau Bo Wu", "Deputy Minister of Internal Affairs Bo Wu")."""

from __future__ import annotations

import re

from ..lexicon import is_known_title
from ..names import Mention, is_org_name, looks_like_person
from .base import POSTS_GAP, ExtractorBase
from .words import office_of_chain, office_then_person, strip_rank

__all__ = ["TitleChainRules"]

_TITLE_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_ONLY_PARENTHESIS = re.compile(r"\s*\([^()]{1,60}\)\s*")
_PAREN_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?")
# a body, "Member(s)", then a person (with a rank): "Council Members General Ada Li", "TSC Member Bo Wu"
_MEMBER_CHAIN = re.compile(r"(?P<body>(?:[A-Z][\w'’&.-]*\s){0,5}?[A-Z][\w'’&.-]*) Members? (?=[A-Z])")
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


class TitleChainRules(ExtractorBase):
    """The title chains of :class:`~orgnet.extract.prose.ProseRules`."""

    def _title_chains(self, names: list[Mention], method: str, ctx: dict) -> None:
        """A body, an office and a person in one run of capitalised words: "Harbour Bureau
        Director Ada Li said", "HB Head Ada Li"."""
        for k, m in enumerate(names):
            surface = m.surface.replace("\u00a0", " ")
            if self._member_chain(names, k, m, surface, method, ctx):
                continue
            if m.title and (not m.name or (m.org and " of " in surface)):
                if self._post_body_person(names, k, m, method, ctx):
                    continue
            if self._body_abbreviation_post(names, k, m, surface, method, ctx):
                continue
            om = self.v["office_rx"].match(surface)
            if om and (
                split := office_then_person(om.group("body"))
            ):  # "Deputy Minister of Internal Affairs Bo Wu said"
                chain_body = office_of_chain(surface)
                if chain_body:
                    # (the person the chain ends on: the mention's name may have taken the body's words,
                    # "Minister for Tides Ada Morn")
                    self.add(
                        split[1] if m.name.endswith(" " + split[1]) else m.name,
                        "leads",
                        obj=chain_body,
                        title=om.group("title"),
                        span=(m.start, m.end),
                        method=method,
                        subject_kind="person",
                        **ctx,
                    )
                    self._posts_before(names, k, m, method, ctx)
                continue
            self._chain_in_name(m, surface, method, ctx)

    def _post_body_person(self, names: list[Mention], k: int, m: Mention, method: str, ctx: dict) -> bool:
        """ "Head of the powerful Harbour Bureau Bo Wu", "Secretary of the Tide Party (TP) Bo Wu":
        the post, the body (after "of the" and at most two lower-case words), then the person.
        Whether a claim was made."""
        body = m if m.name else names[k + 1] if k + 1 < len(names) else None
        if (
            body is not None
            and body is not m
            and not (body.org and _TITLE_OF_GAP.fullmatch(self.clean, m.end, body.start))
        ):
            body = None
        gap = _PAREN_GAP.match(self.clean, body.end) if body is not None else None
        person = next((n for n in names[k + 1 : k + 4] if gap and n.start >= gap.end()), None)
        if (
            gap
            and body is not None
            and person is not None
            and person.start == gap.end()
            and person.person
            and not person.title
        ):
            member = m.title == "Member"
            self.add(
                person.name,
                "part_of" if member else "leads",
                obj=body.name,
                title="" if member else m.title,
                span=(m.start, person.end),
                method=method,
                subject_kind="person",
                **ctx,
            )
            return True
        return False

    def _member_chain(self, names: list[Mention], k: int, m: Mention, surface: str, method: str, ctx: dict) -> bool:
        """ "Council Members General Ada Li, Admiral Bo Wu and Cy Rask were present": a body (the page's
        own organ when named by its kind: "Council"), "Member(s)", then the people listed after it.
        Whether a claim was made."""
        mc = _MEMBER_CHAIN.match(surface)
        first = strip_rank(surface[mc.end() :]) if mc else ""
        if not mc or not looks_like_person(first) or is_org_name(first):
            return False
        body = self._chain_body(mc.group("body"))
        if not body:
            return False
        listed, end = [(first, m.end)], m.end
        for n in names[k + 1 :]:  # the names listed after the first, parted by commas and "and"
            if not (n.person and n.name and _LISTED_AFTER.fullmatch(self.clean, end, n.start)):
                break
            listed.append((n.name, n.end))
            end = n.end
        for person, p_end in listed:
            self.add(person, "part_of", obj=body, span=(m.start, p_end), method=method, subject_kind="person", **ctx)
        return True

    def _body_abbreviation_post(
        self, names: list[Mention], k: int, m: Mention, surface: str, method: str, ctx: dict
    ) -> bool:
        """ "Harbour Bureau (HB) Director-General Ada Li resigned": the body, its abbreviation, the
        post. Whether a claim was made."""
        prev = next(
            (p for p in names[max(0, k - 2) : k][::-1] if _ONLY_PARENTHESIS.fullmatch(self.clean[p.end : m.start])),
            None,
        )
        if (
            m.title
            and m.person
            and not re.search(r"\b(?:of|for)\b", surface)
            and prev is not None
            and (prev.org or prev.acronym)
        ):
            self.add(
                m.name,
                "leads",
                obj=prev.name,
                title=m.title,
                span=(prev.start, m.end),
                method=method,
                subject_kind="person",
                **ctx,
            )
            return True
        return False

    def _chain_in_name(self, m: Mention, surface: str, method: str, ctx: dict) -> None:
        """ "Harbour Bureau Director Ada Li": a body, a post and a person in one name."""
        c = self.v["title_chain_rx"].match(surface)
        if not c:
            return
        chain_body, holder = c.group("body"), strip_rank(c.group("person"))
        words = re.sub(r"^(?:Vice|Deputy|Executive|First|Acting|Joint|Assistant) ", "", c.group("title")).split()
        if words[-1] in self.v["ranks"] and not (
            len(words) > 1 and words[0] not in self.v["ranks"] and is_known_title(words[0])
        ):
            return  # "Army Corps General Ada Li": a rank, not a post ("Vice Director General") of the body before it
        chain_body = self._chain_body(chain_body)  # ("Council Joint Secretary Bo Wu": the page's own council)
        if chain_body and looks_like_person(holder):
            self.add(
                holder,
                "leads",
                obj=chain_body,
                title=(c.group("q") or "") + c.group("title"),  # ("Deputy Tide Bureau Director Y")
                span=(m.start, m.end),
                method=method,
                subject_kind="person",
                **ctx,
            )

    def _posts_before(self, names: list[Mention], k: int, person: Mention, method: str, ctx: dict) -> None:
        """ "Member of the X, Secretary of the Y and Minister of Z Ada Lind": the posts listed before
        the one run into the person's name are hers too (a seat as a member: part_of)."""
        nxt = names[k]
        for p in reversed(names[max(0, k - 6) : k]):
            if not (p.title and p.org and p.name) or not POSTS_GAP.fullmatch(self.clean, p.end, nxt.start):
                break
            member = p.title == "Member"
            self.add(
                person.name,
                "part_of" if member else "leads",
                obj=p.name,
                title="" if member else p.title,
                span=(p.start, person.end),
                method=method,
                subject_kind="person",
                **ctx,
            )
            nxt = p
