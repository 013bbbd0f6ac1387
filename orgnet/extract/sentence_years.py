"""The years a sentence gives its claims (extract stage): a date pattern (:data:`DATE`), the
year that opens a sentence (:func:`opening_year`), the years near a phrase (:func:`years_near`),
where a sentence-initial phrase ends (:func:`skip_lead_phrase`), and a holder's term in a relative
clause (:func:`term_rules`)."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from .words import term_years

__all__ = ["DATE", "LONGEST_TERM", "opening_year", "own_term", "years_near", "skip_lead_phrase", "term_rules"]

#: years: no one holds a post longer; a longer span written after a name is the person's life
LONGEST_TERM = 60


# a date before a year: "early 1990", "March 1990", "5 March 1990", "March 5, 1990"
DATE = r"(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"


# "In 1983, ...", "Since March 1990 ..."; or a chronology's dated line: "February 6, 1922: X becomes Y"
_LEAD_YEAR = re.compile(
    r"^(?:(?:(?:Also|Later|Then|Only|Again|Finally)\s*,?\s+)?(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Aa]s of|"
    r"[Dd]uring|[Oo]n|[Aa]fter|[Bb]etween)\s+" + DATE + r"(?P<y>1[6-9]\d\d|20\d\d)\b,?|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?(?P<y2>1[6-9]\d\d|20\d\d):(?=\s))"
)


# a sentence-initial span of years: "From 1957 to 1989", "Between March 1990 and 1993,"
_LEAD_RANGE = re.compile(
    r"(?:[Ff]rom|[Bb]etween)\s+"
    + DATE
    + r"(?P<a>1[6-9]\d\d|20\d\d)\s*(?:to|until|and|[-–—])\s*"
    + DATE
    + r"(?P<b>1[6-9]\d\d|20\d\d)\b"
)


def opening_year(clean: str) -> int | None:
    """The year a sentence opens with ("In 1983, ..."), or None."""
    m = _LEAD_YEAR.match(clean.strip())
    return int(m.group("y") or m.group("y2")) if m else None


_YEAR_WINDOW = 300


def years_near(clean: str, pos: int, lead: int | None) -> tuple[int | None, int | None, int]:
    """Start/end years for a claim whose phrase ends at ``pos``: "from 1990 to 1993",
    "in 2018", "since 1993" after the phrase (same clause), else a sentence-initial "In 1983,".
    The third value is where the year phrase ends (``pos`` when the years are not after it)."""
    tail = clean[pos : pos + _YEAR_WINDOW]  # the years of a claim stand near its phrase
    cut = _CLAUSE_END.search(tail)
    tail = tail[: cut.start()] if cut else tail
    for m in _YEAR_RANGE.finditer(tail):
        if not _OTHER_EVENT.search(tail, max(0, m.start() - 40), m.start()):
            return int(m.group(1)), int(m.group(2)), pos + m.end()
    for m in _YEAR_AT.finditer(tail):
        # "reports to Y, founded in 1950": the founding year dates the founding, not this claim
        if not _OTHER_EVENT.search(tail, max(0, m.start() - 40), m.start()):
            if re.search(r"\b(?:until|till)\b", tail[: m.start()]):
                return lead, int(m.group(2)), pos + m.end()  # "until the office was abolished in 1970"
            return int(m.group(2)), None, pos + m.end()
    until = _YEAR_UNTIL.search(tail)
    if until:  # "which he headed until 1949": the end of the tie
        return lead, int(until.group(1)), pos + until.end()
    if lead is not None and (lr := _LEAD_RANGE.match(clean.lstrip())) and int(lr.group("a")) == lead:
        return lead, int(lr.group("b")), pos  # "From 1957 to 1989 it was headed by X": both years
    return lead, None, pos


# where the clause of a phrase ends: a new clause ("; ", ", which", ", and it was", " and was")
_CLAUSE_END = re.compile(
    r"[;]|\b(?:which|who|whose)\b|[.!?](?:\s|$)|,\s*(?:and|but|while|whereas|although|though|only to"
    r"|replacing|succeeding)\b"  # ("..., replacing Z, in office since 2014": Z's years)
    r"|\band\s+(?:(?:it|he|she|they)\s+)?(?:is|was|are|were|has|had|have|became|later|then)\b"
    r"|\b(?:before|after|while|upon)\s+[a-z]{3,}ing\b"  # ("..., before serving as premier from 1971": that term's years)
)


_YEAR_RANGE = re.compile(
    r"\b(?:from|between) " + DATE + r"(1[6-9]\d\d|20\d\d) (?:to|until|till|and|–|-) " + DATE + r"(1[6-9]\d\d|20\d\d)\b"
)


_YEAR_UNTIL = re.compile(r"\b(?:until|till) " + DATE + r"(1[6-9]\d\d|20\d\d)\b(?!s)")


_YEAR_AT = re.compile(r"\b(in|since|from|on|after) " + DATE + r"(1[6-9]\d\d|20\d\d)\b(?!s)")


# a year right after these words belongs to another event than the claim's link
_OTHER_EVENT = re.compile(
    r"\b(?:founded|established|created|formed|set up|born|launched|built|opened|died|dissolved|"
    r"disbanded|renamed|dismissed|removed|replaced|retired|resigned|ousted|sacked|fired|"
    r"executed|arrested|assassinated|killed|purged|expelled)\s*(?:,\s*)?(?:\w+\s+){0,1}$",
    re.I,
)


def skip_lead_phrase(clean: str) -> int:
    """Length of a sentence-initial phrase such as "Founded in 1980, " or "According to X, "."""
    m = _LEAD_YEAR.match(clean)
    if m and m.group().endswith((",", ":")):
        return m.end() + len(clean[m.end() :]) - len(clean[m.end() :].lstrip())
    m = re.match(
        r"^\s*(?:In|On|At|By|Since|After|Before|During|Founded|Established|Located|According to|"
        r"Given|Despite|As|Under|With|Following)\b[^,]{0,200},\s*",
        clean,
    )
    return m.end() if m else 0


# "Y, who took office in 2020" / "who has served since 2020": when the holder's term began
@functools.cache
def term_rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A holder's term in a relative clause right after the name ("Y, who took office in 2020": its
    start; "Y, who served until 2006": its end), and the first word of a coordinated phrase that goes
    on from when the one before it ended ("..., and since in B"): phrases.yaml ``took_office_verbs``,
    ``served_until_verbs``, ``continues_words``."""
    ph = vocabulary.phrases()
    year = DATE + r"(?P<y>1[6-9]\d\d|20\d\d)\b(?!s)"
    return (
        re.compile(r"\s*,\s*who (?:" + ph["took_office_verbs"] + r") (?:in|on|since) " + year),
        re.compile(r"\s*,?\s*who (?:" + ph["served_until_verbs"] + r") (?:until|till|to) " + year),
        re.compile(r"(?:" + "|".join(re.escape(w) for w in ph["continues_words"]) + r")\b", re.I),
    )


# a term right after a holder's name: "A (1950-1961)", "A from 1950 to 1961", "A (until 1990)"
_OWN_TERM = re.compile(
    r"\s*(?:\((?P<p>(?!(?:born|died|b|d|c|ca|circa)\b)(?:[A-Za-z]+\.? )?(?:1[6-9]|20)\d\d[^()]{0,25})\)"
    r"|(?P<w>(?:from|between) (?:[A-Za-z]+ )?(?:1[6-9]|20)\d\d (?:to|and|until|till) (?:[A-Za-z]+ )?(?:1[6-9]|20)\d\d)\b)"
)


def own_term(clean: str, pos: int) -> tuple[int | None, int | None] | None:
    """The years written at ``pos``, right after a holder's name ("A (1950-1961)", "A from 1950
    to 1961"), or ``None``.

    >>> own_term("headed by Ada Lind (1950-1961) and Bo Wu", 18), own_term("Ada Lind (1890-1962) was", 8)
    ((1950, 1961), None)
    """
    m = _OWN_TERM.match(clean, pos)
    if m is None:
        return None
    y0, y1 = term_years(re.sub(r"^(?:from|between) ", "", m.group("p") or m.group("w")))
    if y0 is not None and y1 is not None and y1 - y0 > LONGEST_TERM:
        return None  # "the first director was Ada Lind (1890-1962)": her life, not her term
    return (y0, y1) if y0 is not None or y1 is not None else None
