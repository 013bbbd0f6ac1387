"""One trigger phrase matched in a sentence (extract stage): the phrase, its place, and the names,
post, years and evidence the steps of :meth:`orgnet.extract.triggers.TriggerRules._trigger` fill in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..names import Mention
from .claim import Claim
from .sentence import SentIndex

__all__ = ["TriggerMatch", "read_by_longer_phrase"]


@dataclass
class TriggerMatch:
    """One trigger phrase matched in a sentence, filled in by the steps of ``TriggerRules._trigger``."""

    p: dict  # the phrase (vocab/phrases.yaml)
    t: re.Match  # its match in the sentence's clean text
    ix: SentIndex  # the sentence and its mentions
    rel: str
    roles: str  # the phrase's roles, or those its special slots read as
    ts: int  # where the phrase starts and ends in the document
    te: int
    subj_kind: str
    obj_kind: str
    prev: Claim | None = None  # a continued phrase: the claim it continues
    left: list[Mention] = field(default_factory=list)
    right: list[Mention] = field(default_factory=list)
    left_kind: str = ""
    body_subject: bool = False  # whether the page's subject is a body that may fill a slot
    lp: re.Match | None = None  # an opening participle the phrase is in
    title: str = ""
    lead_year: int | None = None
    y0: int | None = None
    y1: int | None = None
    year_end: int = 0
    span: tuple[int, int] = (0, 0)

    @classmethod
    def of(cls, p: dict, t: re.Match, ix: SentIndex) -> TriggerMatch:
        """The match of phrase `p` at `t`: its place and the kinds of names its slots take."""
        rel = p["relation"]
        subj_kind, obj_kind = (
            ("person", "") if rel == "leads" else (p.get("subject_kind", ""), p.get("object_kind", ""))
        )
        return cls(
            p=p,
            t=t,
            ix=ix,
            rel=rel,
            roles=p["roles"],
            ts=t.start() + ix.s.start,
            te=t.end() + ix.s.start,
            subj_kind=subj_kind,
            obj_kind=obj_kind,
        )


def read_by_longer_phrase(c: Claim, t: re.Match, read: list[tuple[int, int, Claim]]) -> bool:
    """Whether a phrase inside a longer one of the sentence gave ``c``'s relation and object from
    another subject ("X is an agency in the portfolio of the Ministry of Y, ..., based in Z": the
    longer phrase seats X, the nearer name is not seated there)."""
    return any(
        a <= t.start() and t.end() <= b and (o.relation, o.object) == (c.relation, c.object) and o.subject != c.subject
        for a, b, o in read
    )
