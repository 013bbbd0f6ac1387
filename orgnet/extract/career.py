"""A person's career as one sentence of items parted by semicolons, each a post and its dates (extract
stage): "joined the X (1925); president of the Y (1933 - 1945); member, Z (1928 - 1945); X propaganda
head (from 1928)", as biographical dictionaries print a career. Each item is the page's person's post."""

from __future__ import annotations

import re

from ..lexicon import is_known_title
from ..names import is_org_name
from ..read.model import Sentence
from .base import ExtractorBase
from .words import singular_title, title_case

__all__ = ["CareerRules"]

# an item's dates in parentheses at its end: "(22 Sep 1933 - 1 May 1945)", "(from 9 Jan 1928)", "(1922)"
_DATES = re.compile(r"\s*\((?P<dates>[^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)\s*\.?$")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# the post and its body: "president of the Y", "member, Y", "Y propaganda head"
_POST_OF = re.compile(r"^(?P<title>[a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:of|for) (?:the )?(?P<body>[A-Z].+)$")
_POST_COMMA = re.compile(r"^(?P<title>[a-z][\w-]*(?: [a-z][\w-]*){0,2}), (?:the )?(?P<body>[A-Z].+)$")
_BODY_POST = re.compile(
    r"^(?P<body>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}) (?P<title>[a-z][\w-]*(?: [a-z][\w-]*){0,2})$"
)
_MEMBER = re.compile(r"(?:full |candidate |alternate |standing )?members?")
_LEAST_ITEMS = 3  # fewer items parted by semicolons make no career


class CareerRules(ExtractorBase):
    """The career sentences of :class:`~orgnet.extract.prose.ProseRules`."""

    def _career(self, s: Sentence, person: str) -> None:
        """The posts of a sentence of a person's career (see the module's docstring), for ``person``."""
        pos = 0
        items = []
        for part in s.clean.split(";"):
            items.append((pos, part))
            pos += len(part) + 1
        if len(items) < _LEAST_ITEMS:
            return
        for at, part in items:
            d = _DATES.search(part)
            text = part[: d.start()].strip() if d else ""
            post = _post_of(text) if text else None
            if post is None or d is None:
                continue
            title, body = post
            seat = bool(_MEMBER.fullmatch(title))
            if not (is_org_name(body) or body.isupper() or seat and " " not in body):
                continue  # ("municipal president of Ulton": a city's office; "member, Tidetag": a seat)
            years = [int(y) for y in _YEAR.findall(d.group("dates"))]
            start = years[0] if years else None
            end = years[1] if len(years) > 1 else None
            lead = len(part) - len(part.lstrip())
            span = (s.start + at + lead, s.start + at + d.end())
            if seat:
                self.add(person, "part_of", obj=body, start=start, end=end, span=span, method="pattern")
            else:
                self.add(person, "leads", obj=body, title=title, start=start, end=end, span=span, method="pattern")


def _post_of(text: str) -> tuple[str, str] | None:
    """``(title, body)`` of an item of a career: a post of the vocabulary's titles (or a member's seat)
    and the body it is of, else ``None``.

    >>> _post_of("president of the Tide Chamber"), _post_of("member, Tide Council"), _post_of("TP propaganda head")
    (('President', 'Tide Chamber'), ('member', 'Tide Council'), ('Head', 'TP'))
    >>> _post_of("graduated from the Ulton University"), _post_of("chancellor")
    (None, None)
    """
    for rx in (_POST_OF, _POST_COMMA, _BODY_POST):
        m = rx.match(text)
        if m is None:
            continue
        title, body = m.group("title"), m.group("body")
        if _MEMBER.fullmatch(title):
            return title, body
        words = title.split()
        head = title_case(singular_title(words[-1]))  # ("propaganda head": the post's noun last)
        if is_known_title(title_case(title)):
            return title_case(title), body
        if is_known_title(head):
            return head, body
    return None
