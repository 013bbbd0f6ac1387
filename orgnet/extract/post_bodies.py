"""The body a post is of when its name has no organisation word (extract stage): "appointed as the
chief of the Veldran Intelligence", "the head of the National Security", "the chief of the
military intelligence". The slot rules ask it only when a leadership phrase ending in "of" found no
body after it (:meth:`orgnet.extract.slots.SlotRules._body_after_post`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..countries import is_country_name, is_country_word
from ..names import Mention, looks_like_person
from ..read.officeholders import office_body
from .claim import Claim
from .sentence import SentIndex

__all__ = ["body_after_post", "is_minister", "last_post", "ministry_of", "ministry_of_field", "post_named_before"]


# only "the" between a post's "of" and the name after it ("chief of the Veldran Intelligence")
_THE_ONLY = re.compile(r"\s+the\s+")
_THE_BEFORE = re.compile(r"\bthe\s*$")  # (or "the" ends the phrase: "as head of the")

# a state's body named in lower case after "the <post> of the" ("head of the military intelligence")
_LOWER_BODY_AFTER_THE = re.compile(
    r"\s+the\s+(?P<body>(?:military|naval|air force|foreign|domestic) intelligence|secret police|"
    r"(?:intelligence|security) service)\b(?![\w-])"
)

_APOSTROPHES = ("'", "’", "´", "`")


def body_after_post(ix: SentIndex, pos: int, text: str, v: dict) -> list[Mention]:
    """The body of a post named right after "the <post> of the" at document offset ``pos``, even
    with no organisation word in its name. "The" before a run of capitals that names no person,
    state, country or month says it is a body; without "the" ("President of Ruritania") it is not.

    ``text`` is the document's text, ``v`` the compiled vocabulary (:func:`orgnet.lexicon.compiled`).
    """
    s = ix.s
    low = _LOWER_BODY_AFTER_THE.match(ix.clean, pos - s.start)
    if low:  # "the chief of the military intelligence": a state's body in lower case
        a, e = low.start("body") + s.start, low.end("body") + s.start
        return [Mention(start=a, end=e, surface=text[a:e], name=low.group("body"), org=True)]
    k = ix.starting_from(pos)
    if k >= len(ix.ments):
        return []
    m = ix.ments[k]
    if (
        not m.name
        or m.anaphor
        or m.person
        or m.title
        or m.possessive
        or not m.name[:1].isupper()
        or not (
            _THE_ONLY.fullmatch(ix.clean, pos - s.start, m.start - s.start)
            or _THE_BEFORE.search(ix.clean, max(0, pos - s.start - 5), pos - s.start)
            and not ix.clean[pos - s.start : m.start - s.start].strip()
        )
        or looks_like_person(m.name)
        or is_country_name(m.name)
        or is_country_word(m.name.split()[-1])
        or m.name in v["months"]
        or m.name in v["org_words"]
        or v["state_name_rx"].match(m.name)
        or ix.clean[m.end - s.start : m.end - s.start + 1] in _APOSTROPHES  # ("the People's Republic")
    ):
        return []
    return [replace(m, org=True)]


# a minister's field after "of", in any case, to a stop ("vice minister of science and technology.", "vice
# ministers of Industry and Information Technology", "minister of justice, replacing Y")
_FIELD_AFTER = re.compile(
    r"\s+(?P<f>(?!(?:the|a|an|state|his|her|its)\b)[A-Za-z][a-z]+(?:\s+(?:and\s+)?(?!(?:as|replacing|while|who|"
    r"which|since|from|until|in|on|at|after|before|for|to|with|by|said|and)\b)[A-Za-z][a-z]+){0,5})(?=\s*(?:[,.;:()]|$|"
    r"\s+(?:as well as|replacing|while|who|which|since|from|until|in|on|at|after|before|for|with|by|said)\b))"
    r"(?!,\s+[A-Z][a-z]+(?:,|\s+and\b))"  # (not the first of a list of fields: "of Culture, Museum and ...")
)


_MINISTER = re.compile(r"(?:(?:first )?(?:vice|deputy|assistant)[- ])?ministers?", re.I)


def is_minister(title: str) -> bool:
    """Whether a post's title is a minister's, whose field names a ministry ("vice minister", "ministers"; not
    "Prime Minister").

    >>> is_minister("vice minister"), is_minister("Prime Minister")
    (True, False)
    """
    return bool(_MINISTER.fullmatch(title.strip()))


def ministry_of(field: str) -> str:
    """The ministry of a minister's field written in any case ("science and technology", "mineral
    resources", "state-security"); '' for a state, a country or a rank ("state", "Veldra", "prime").

    >>> ministry_of("science and technology"), ministry_of("state-security"), ministry_of("state"), ministry_of("prime")
    ('Ministry of Science and Technology', 'Ministry of State Security', '', '')
    >>> ministry_of("police")
    'Ministry of Police'
    """
    words = field.replace("-", " ").split()
    if not words or words[0].casefold() in _NO_FIELD:
        return ""
    name = " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in words)
    if not office_body("Minister", name) or is_country_name(name) or is_country_word(words[0]):
        return ""  # ("minister of state", "minister of Veldra": none)
    return "Ministry of " + name  # ("minister of police": the Ministry of Police, though "Police" names a body)


# words before "minister" that name no field: "prime minister", "chief minister", "foreign minister" (a
# ministry of another name)
_NO_FIELD = frozenset("prime chief first deputy vice senior junior cabinet foreign acting interim former new".split())


def ministry_of_field(ix: SentIndex, title: str, pos: int, text: str) -> list[Mention]:
    """The ministry a minister's post names by its field right after "of" at document offset ``pos``,
    in lower case or not ("was appointed vice minister of science and technology": the Ministry of
    Science and Technology); ``[]`` for any other post, or no field."""
    if not is_minister(title):
        return []  # ("Prime Minister of X": a state's head, no ministry)
    s = ix.s
    f = _FIELD_AFTER.match(ix.clean, pos - s.start)
    if f is None:
        return []
    ministry = ministry_of(f.group("f"))
    if not ministry:
        return []
    a, e = f.start("f") + s.start, f.end("f") + s.start
    return [Mention(start=a, end=e, surface=text[a:e], name=ministry, org=True)]


def post_named_before(ix: SentIndex, title: str, pos: int) -> list[Mention]:
    """The body right after "<title> of [the]" earlier in the sentence than ``pos`` (its last such
    post), as the one mention of a slot; ``[]`` when the sentence names none."""
    if not title:
        return []
    s = ix.s
    found = list(re.finditer(r"\b" + re.escape(title) + r"\s+of\s+(?:the\s+)?", s.clean[: pos - s.start], re.I))
    if not found:
        return []
    k = ix.starting_from(found[-1].end() + s.start)
    ments = ix.ments
    if k < len(ments) and ments[k].start == found[-1].end() + s.start and ments[k].org and ments[k].name:
        return [ments[k]]
    return []


def last_post(claims: list[Claim], pos: int, clean: str = "", within: int = 400) -> str:
    """The body of the last ``leads`` claim made less than ``within`` characters before ``pos``: the
    post "holds the position" and "before him served" speak of ("Ada Li will be the head of the
    Tide Office. Bo Wu currently holds the position, and before him served A and B"), or the body
    of a "head of the X" written in ``clean`` after that claim (its holder no name: "D. will be the
    head of the 13th Tidewatch"); '' when none."""
    posts = list(_POST_OF_NAME.finditer(clean, max(0, pos - within), pos))
    for c in reversed(claims[-30:]):
        if c.relation == "leads" and c.object and c.char_end is not None and 0 <= pos - c.char_end < within:
            if not posts or posts[-1].start() < c.char_end:
                return c.object
            break
    return posts[-1].group("b") if posts else ""


# a post of a body, its name capitalised: "the head of the 13th Tidewatch", "director of Tide Bureau"
_POST_OF_NAME = re.compile(
    r"\b(?i:head|chief|director|chairman|chairwoman|chair|president|commander|leader)\s+of\s+(?:the\s+)?"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?P<b>[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|for\s+)*[A-Z][\w'’-]*){0,6})"
)
