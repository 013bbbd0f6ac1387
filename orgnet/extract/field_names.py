"""Names in infobox values (extract stage): several names run together in one value (names glued
without a space, names each after its rank, names each with a lower-case note), a state named as an
owner, a body named without an organisation word, a unit's armed service; read by
:mod:`orgnet.extract.fields`."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..countries import countries_in, is_country_name, state_name
from ..lexicon import is_known_title
from ..names import is_org_name, looks_like_person
from ..read.field_lines import split_values
from ..read.infobox import Field, Span, body_roles, has_org_word

__all__ = [
    "body_then_post",
    "field_values",
    "body_in_body",
    "comma_people",
    "affiliate_body",
    "and_bodies",
    "and_people",
    "armed_service",
    "glued_names",
    "government_of_state",
    "noted_names",
    "ranked_names",
]


_PLAIN_WORD = re.compile(r"[A-Z][a-z]{1,20}")


def glued_names(v: Span) -> list[Span]:
    """Names of two words each run together in one value, their line breaks lost ("Ada Morn Bo
    Lin Cy Roe"): four, six or eight plain capitalised words and nothing else, cut in pairs;
    else none (a name may have three words, so only such plain runs are cut).

    >>> [p.text for p in glued_names(Span("Ada Morn Bo Lin Cy Roe", 10, 32))]
    ['Ada Morn', 'Bo Lin', 'Cy Roe']
    >>> glued_names(Span("Ada Morn", 0, 8)), glued_names(Span("Ada G. Morn Bo Lin", 0, 18))
    ([], [])
    >>> glued_names(Span("Coronel Ada Morn Lind", 0, 21))
    []
    """
    ranked = ranked_names(v) or noted_names(v)
    if ranked:
        return ranked
    if _rank_rx().match(v.text):
        return []  # "Vicealmirante Bo Lin Vane": one holder with a rank
    words = list(re.finditer(r"\S+", v.text))
    if len(words) not in (4, 6, 8) or not all(_PLAIN_WORD.fullmatch(w.group()) for w in words):
        return []
    pairs = [
        Span(v.text[a.start() : b.end()], v.start + a.start(), v.start + b.end())
        for a, b in zip(words[::2], words[1::2])
    ]
    return pairs if all(looks_like_person(p.text) for p in pairs) else []


def ranked_names(v: Span) -> list[Span]:
    """Names each opened by a rank, run together in one value ("General Ada Morn General Bo Lin
    Lieutenant General Cy Roe[3]"): cut before each rank that follows a name; none unless every
    piece is a person's name.

    >>> [p.text for p in ranked_names(Span("General Ada Morn Lieutenant General Bo Lin[3]", 0, 46))]
    ['General Ada Morn', 'Lieutenant General Bo Lin']
    >>> ranked_names(Span("General Ada Morn", 0, 16)), ranked_names(Span("Ada Morn General Bo Lin", 0, 23))
    ([], [])
    """
    text = re.sub(r"(?:\[\w{1,4}\])+\s*$", "", v.text)
    rank = _rank_rx()
    starts: list[int] = []
    run_end = -1  # where the last run of ranks ended
    for w in re.finditer(r"(?:^|(?<=\s))\S", text):
        if w.start() < run_end:
            continue  # inside that run ("Lieutenant General")
        r = rank.match(text, w.start())
        if r:
            if starts and w.start() == run_end:
                continue
            starts.append(w.start())
            run_end = r.end()
        elif not starts:
            return []  # the value does not open with a rank
    if len(starts) < 2:
        return []
    pieces = []
    for a, b in zip(starts, [*starts[1:], len(text)]):
        piece = text[a:b].rstrip()
        pieces.append(Span(piece, v.start + a, v.start + a + len(piece)))
    return pieces if all(looks_like_person(rank.sub("", p.text, count=1)) for p in pieces) else []


_NOTED_NAME = re.compile(r"\s*(?P<n>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\s*\((?-i:[a-z][a-z ]{1,20})\)")


def noted_names(v: Span) -> list[Span]:
    """Names each with a note in parentheses, run together ("Ada Morn (first) Bo Lin (last)").

    >>> [p.text for p in noted_names(Span("Ada Morn (first) Bo Lin (last)", 0, 30))]
    ['Ada Morn', 'Bo Lin']
    """
    out, pos = [], 0
    text = v.text.rstrip()
    while pos < len(text):
        m = _NOTED_NAME.match(text, pos)
        if m is None or not looks_like_person(m.group("n")):
            return []
        out.append(Span(m.group("n"), v.start + m.start("n"), v.start + m.end("n")))
        pos = m.end()
    return out if len(out) >= 2 else []


@functools.lru_cache(maxsize=1)
def _rank_rx() -> re.Pattern:
    """A run of ranks and honorifics at a position (names.yaml ``honorifics``: "Lieutenant General ")."""
    words = sorted(vocabulary.names()["honorifics"], key=len, reverse=True)
    return re.compile(r"(?:(?:" + "|".join(map(re.escape, words)) + r")\.?\s+)+")


# two bodies' names joined by "and", the first ending in an organisation word
_AND_BODIES = re.compile(r"(?P<a>.+?\S)\s+(?:and|y|e|et|und)\s+(?P<b>[A-Z].*)")  # (in other languages too)


def and_people(v: Span) -> list[Span]:
    """A value that names two people joined by "and" ("Founder: Ada Morn and Bo Lin"): each; else the
    value whole.

    >>> [p.text for p in and_people(Span("Ada Morn and Bo Lin", 0, 19))]
    ['Ada Morn', 'Bo Lin']
    >>> [p.text for p in and_people(Span("Ministry of Trade and Industry", 0, 30))]
    ['Ministry of Trade and Industry']
    """
    m = _AND_BODIES.fullmatch(v.text)
    if m is None or not (looks_like_person(m.group("a")) and looks_like_person(m.group("b"))):
        return [v]
    return _both(v, m)


def and_bodies(v: Span, any_bodies: bool = False) -> list[Span]:
    """A body value that names two bodies joined by "and" ("National Congress and Executive
    Committee"): each, when the first name ends in an organisation word and the second holds one;
    else the value whole ("Ministry of Tides and Harbours", "Ministry of Trade and Industry").

    >>> [p.text for p in and_bodies(Span("National Congress and Executive Committee", 10, 51))]
    ['National Congress', 'Executive Committee']
    >>> [p.text for p in and_bodies(Span("Ministry of Trade and Industry", 0, 30))]
    ['Ministry of Trade and Industry']
    >>> [p.text for p in and_bodies(Span("TLU and SPP", 0, 11))]
    ['TLU', 'SPP']
    >>> [p.text for p in and_bodies(Span("Office of Tides of the North y Office of Tides of the South", 0, 59))]
    ['Office of Tides of the North', 'Office of Tides of the South']

    With ``any_bodies`` (a predecessor's or successor's value, "Merger of: X and Y"), two names that
    are each a body's:

    >>> [p.text for p in and_bodies(Span("Tide Union and Sea Party", 0, 24), any_bodies=True)]
    ['Tide Union', 'Sea Party']
    """
    m = _AND_BODIES.fullmatch(v.text)
    if m and all(_ACRONYM.fullmatch(x) or any_bodies and is_org_name(x) for x in m.group("a", "b")):
        return _both(v, m)  # "Merger: TANU and ASP": two bodies by their abbreviations
    words = vocabulary.names()["org_words"]
    if m and m.group("b").split()[0] in words and has_org_word(m.group("a")):
        return _both(v, m)  # "Committee for X of A y Committee for X of B": the second a body's name from its start
    if m is None or m.group("a").split()[-1] not in words or not has_org_word(m.group("b")):
        return [v]
    return _both(v, m)


_BODY_IN_BODY = re.compile(r"(?P<a>[^()]{3,100}?)\s*\((?P<b>[^()]{3,80}\s[^()]{1,80})\)")  # (no abbreviation)


def body_in_body(text: str) -> tuple[str, str] | None:
    """A body and, in parentheses, the body it is of ("Parliamentary Left Group (Tide Parliament)",
    "Presidency (Security Cabinet)"): both names; else None.

    >>> body_in_body("Left Group (Tide Parliament)"), body_in_body("Tide Council (TC)")
    (('Left Group', 'Tide Parliament'), None)
    """
    m = _BODY_IN_BODY.fullmatch(text)
    return (m.group("a"), m.group("b")) if m and is_org_name(m.group("a")) and is_org_name(m.group("b")) else None


def comma_people(v: Span) -> list[Span]:
    """A value that names people parted by commas ("Founders: Ada Morn, Bo Lin"): each; else the value whole.

    >>> [p.text for p in comma_people(Span("Ada Morn, Bo Lin", 0, 16))], len(comma_people(Span("Ada Morn, Chair", 0, 15)))
    (['Ada Morn', 'Bo Lin'], 1)
    """
    pieces = split_values(v, "comma")
    return pieces if len(pieces) > 1 and all(looks_like_person(p.text) for p in pieces) else [v]


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def _both(v: Span, m: re.Match) -> list[Span]:
    """The two names "and" joins in the value ``v`` (``m``: :data:`_AND_BODIES` on its text), as spans."""
    return [Span(m.group(g), v.start + m.start(g), v.start + m.end(g)) for g in ("a", "b")]


# "State of Veldra", "the State of Veldra" as an owner: the state's government
_STATE_OF = re.compile(r"(?:[Tt]he )?State of (?P<country>[A-Z].+)")


def government_of_state(text: str) -> str:
    """An owner named as a state ("State of Cuba") is the state's government ("Government of Cuba").

    >>> government_of_state("State of Cuba"), government_of_state("State of Tides Holding")
    ('Government of Cuba', 'State of Tides Holding')
    """
    m = _STATE_OF.fullmatch(text)
    codes = countries_in(m.group("country")) if m and is_country_name(m.group("country")) else frozenset()
    return f"Government of {state_name(next(iter(codes)))}" if len(codes) == 1 else text


def affiliate_body(text: str) -> bool:
    """Whether a value of a list of bodies names one though no organisation word says so
    ("Cubavision International", "Venezolana de Televisión"): two words or more, no state.

    >>> affiliate_body("Cubavision International"), affiliate_body("Ulton"), affiliate_body("Republic of Cuba")
    (True, False, False)
    """
    return len(text.split()) >= 2 and text[:1].isupper() and not is_country_name(text)


def armed_service(text: str) -> bool:
    """Whether a unit's "Branch" value names the armed service it is part of ("Tide Army"), not a
    branch of government ("Executive").

    >>> armed_service("Ulton Army"), armed_service("Executive branch"), armed_service("Infantry")
    (True, False, False)
    """
    return is_org_name(text) and not _STATE_BRANCH.match(text)


_STATE_BRANCH = re.compile(r"(?:the )?(?:executive|legislative|judicia)", re.I)


def field_values(f: Field) -> list[Span]:
    """A field's values, each one name: a leader's as written; others cut at commas or semicolons (the
    key's ``split``), a body's also where "and" joins two ("Main organ: National Congress and Executive Committee")."""
    if f.role == "leader":
        return f.values
    values = [p for v in f.values for p in split_values(v, f.split)]
    if f.role == "founder":  # ("Founder: Ada Morn and Bo Lin", "Founders: Ada Morn, Bo Lin")
        return [one for v in values for one in and_people(v) for one in comma_people(one)]
    if f.role in ("predecessor", "successor"):
        return [one for v in values for one in and_bodies(v, any_bodies=True)]
    return [one for v in values for one in and_bodies(v)] if f.role in body_roles() or f.role == "organ" else values


def body_then_post(key: str) -> tuple[str, str] | None:
    """A leader's key that names another body before the post ("Taiwan Affairs Office Chief"):
    ``(body, post)``, else ``None`` (a post alone, "Deputy Chief"; a body's own word, "Office Chief";
    an organ of the page's body named by its kind, "Advisory Council Chief").

    >>> body_then_post("Tide Affairs Office Chief"), body_then_post("Deputy Chief"), body_then_post("Office Chief")
    (('Tide Affairs Office', 'Chief'), None, None)
    >>> body_then_post("Advisory Council Chief")
    """
    words = key.split()
    for k in (1, 2):
        body, post = " ".join(words[:-k]), " ".join(words[-k:])
        if len(words) - k >= 3 and words[-k - 1] in vocabulary.names()["org_words"] and is_known_title(post):
            return body, post
    return None
