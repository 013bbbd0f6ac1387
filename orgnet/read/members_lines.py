"""Lines that say whose members a roster under them lists (read stage).

A roster of names is a body's make-up only when a line over it says so: "Its members are:",
"The Tide Council is composed of:", "Other members of the Politburo are as follows:", "NEC
Members elected at the 49th Conference", "Standing Committee of the Tide Party (three members):"
(names.yaml ``roster_members``). :func:`members_of` reads such a line for the body it names;
:mod:`orgnet.read.rosters` reads the roster under it.
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..lexicon import is_organ
from .infobox import has_org_word

__all__ = ["MEMBERS_TITLE", "column_names", "members_of"]

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a title line over a roster that names its members ("NEC Members elected at the 49th Conference",
# "Members of the Tide Council"): what a line ending in a colon says
MEMBERS_TITLE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?: [\w.'’-]+){0,5} )?(?i:members|membership)\b[^.:;!?,]{0,60}|Members? of [^.:;!?,]{3,60}"
)
# "The CEC is as follows:", "The new Tide Board is as follows:": the body a roster under it makes up
_AS_FOLLOWS = re.compile(r"(?:The )?(?:new )?(?P<b>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,6}) (?:is|are) as follows:")
# a body's name that opens a line over the roster ("The Tide Council consists of:")
_NAMED_BODY = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of|for|on|and|the)(?=\s+(?:the\s+)?[A-Z])|\s+[A-Z][\w'’.-]*)*")


@functools.lru_cache(maxsize=1)
def _member_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in vocabulary.names()["roster_members"])


# a roster's header of its columns: "!Name!Title", "| Name | Position |", "Name Post"
_COLUMN_NAMES = re.compile(r"[!|\s]*Names?\s*[!|]?\s*(?:Title|Post|Position|Office|Portfolio|Role)s?[!|\s]*", re.I)


def column_names(line: str) -> bool:
    """Whether ``line`` only names a roster's columns, between its members' line and its items.

    >>> column_names("!Name!Title"), column_names("| Name | Position |"), column_names("Names of members")
    (True, True, False)
    """
    return bool(_COLUMN_NAMES.fullmatch(line.strip()))


def members_of(line: str) -> str | None:
    """The body a line over a roster seats its people on: the body it names, "" for the page's
    own ("Its members are:"); ``None`` when the line does not say the roster is a body's make-up.

    >>> members_of("The Tide Council is composed of:"), members_of("Its members are:")
    ('Tide Council', '')
    >>> members_of("Here is the composition of the new state council:"), members_of("Contacts:")
    ('', None)
    >>> members_of("The four Tide Board Members are:")
    'Tide Board'
    >>> members_of("Other members of the Politburo are as follows:")
    'Politburo'
    >>> members_of("The TEC is as follows:"), members_of("The schedule is as follows:")
    ('TEC', None)
    >>> members_of("TNC Members elected at the 9th Conference:"), members_of("Ex-officio TNC members at it:")
    ('TNC', 'TNC')
    >>> members_of("As of March 2024, the Tide Council consists of the following members:[3]")
    'Tide Council'
    >>> members_of("Standing Committee of the Political Bureau of the Tide Party (three members):")
    'Standing Committee of the Political Bureau of the Tide Party'
    """
    s = re.sub(r"(?:\s*\[\w{1,4}\])+$", "", line.strip())  # ("... the following members:[3]": a footnote's mark)
    if (follows := _AS_FOLLOWS.match(s)) and (
        has_org_word(follows.group("b")) or _ACRONYM.fullmatch(follows.group("b"))
    ):
        return follows.group("b")  # "The CEC is as follows:"
    if not s.endswith(":") or not any(w in s.casefold() for w in _member_words()):
        return None
    for m in _NAMED_BODY.finditer(s):
        body = re.sub(r"^(?:The\s+)?(?:(?:Members?|Composition|Membership)\s+of\s+(?:the\s+)?)?", "", m.group())
        body = re.sub(r"[’']?s?\s+Members?$", "", body)  # ("The four BNU Board Members are:": the board)
        body = re.sub(r"^(?:Ex-officio|Current|Full|Alternate|Candidate|Ordinary|Other|New)\s+", "", body)
        if (own := re.match(r".+?[’']s\s+(?P<organ>.+)$", body)) and is_organ(own.group("organ")):
            return own.group("organ")  # "The TPV's Politburo:": the organ, whose body the page says
        if has_org_word(body) and (len(body.split()) >= 2 or is_organ(body)) or _ACRONYM.fullmatch(body):
            return body  # ("NEC Members elected in 1997": the NEC's)
    return ""
