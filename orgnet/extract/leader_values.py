"""How a leader key's value splits into its holders and posts (extract stage), where the scrape lost
the separators between them: a post glued to the next name ("Ada Morn, ChairmanBo Lin, Secretary"),
names each with a note in parentheses ("Ada Morn (Tide Chairman) Bo Lin (Party Secretary of Ulton)"),
a note that names the unit the holder leads ("Gen. Ada Morn (104th Brigade)"),
a bullet of names one a line with the plural post after the last ("• Bo Lin" / "Cy Lo, Vice-Ministers"),
and pairs of a name and its post run together on one line ("Ada Morn, Director Bo Lin, Vice Director").
Used by :mod:`orgnet.extract.fields`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import compiled, is_known_title, singular_title
from ..names import is_org_name, looks_like_person
from ..read.infobox import Span

__all__ = ["after_notes", "bullet_posts", "paired_posts", "unglued_post", "unit_note"]


def unglued_post(piece: Span) -> list[Span]:
    """A leader value's piece that is the post of the name before glued to the next name
    ("Ada Morn, ChairmanBo Lin, Secretary": the line break between them lost), as two pieces.

    >>> [p.text for p in unglued_post(Span("ChairmanBo Lin", 10, 24))]
    ['Chairman', 'Bo Lin']
    """
    m = _GLUED_POST.match(piece.text)
    if not m or not is_known_title(m.group("post")) or not looks_like_person(m.group("name")):
        return [piece]
    cut = piece.start + m.end("post")
    return [Span(m.group("post"), piece.start, cut), Span(m.group("name"), cut, piece.end)]


def paired_posts(pieces: list[Span], is_post: Callable[[str], bool]) -> list[Span]:
    """A leader value's pieces that are pairs of a name and its post run together, the line breaks
    between pairs lost ("Ada Morn, Director Bo Lin, Vice Director Cy Lo, Vice Director": a name first,
    a post last, a post and a name in each piece between), as a name and a post each; any others as
    they are. ``is_post`` says whether a text is a post.

    >>> v = "Ada Morn, Director Bo Lin, Vice Director Cy Lo, Vice Director"
    >>> ps, at = [], 0
    >>> for part in v.split(", "):
    ...     ps.append(Span(part, at, at + len(part)))
    ...     at += len(part) + 2
    >>> [p.text for p in paired_posts(ps, lambda t: t in ("Director", "Vice Director"))]
    ['Ada Morn', 'Director', 'Bo Lin', 'Vice Director', 'Cy Lo', 'Vice Director']
    """
    if len(pieces) < 3 or not is_post(pieces[-1].text) or is_post(pieces[0].text):
        return pieces
    out = [pieces[0]]
    for p in pieces[1:-1]:
        words = p.text.split()
        k = next((k for k in range(min(4, len(words) - 2), 0, -1) if is_post(" ".join(words[:k]))), 0)
        post = " ".join(words[:k])
        name = p.text[len(post) :].strip()
        if not k or not looks_like_person(name):
            return pieces
        at = p.start + p.text.index(name, len(post))
        out += [Span(post, p.start, p.start + len(post)), Span(name, at, at + len(name))]
    return [*out, pieces[-1]]


def after_notes(piece: Span) -> list[Span]:
    """A leader value's piece of names each with a note in parentheses, the separators lost ("Ada Morn
    (Tide Chairman) Bo Lin (Party Secretary of Ulton)"), as one piece a name.

    >>> [p.text for p in after_notes(Span("Ada Morn (Tide Chairman) Bo Lin (Party Secretary of Ulton)", 0, 56))]
    ['Ada Morn (Tide Chairman)', 'Bo Lin (Party Secretary of Ulton)']
    """
    out, pos = [], 0
    for m in _NOTE_THEN_NAME.finditer(piece.text):
        out.append(Span(piece.text[pos : m.start() + 1], piece.start + pos, piece.start + m.start() + 1))
        pos = m.end()
    return [*out, Span(piece.text[pos:], piece.start + pos, piece.end)] if out else [piece]


def unit_note(text: str) -> bool:
    """A holder's note that names a unit of its own ("104th Brigade", "Tide Fleet"), not a post or a note.

    >>> unit_note("104th Brigade"), unit_note("Tide Fleet"), unit_note("acting"), unit_note("formerly")
    (True, True, False, False)
    >>> unit_note("Ulton Organization Department Director"), unit_note("Government Chairman")  # posts
    (False, False)
    """
    return bool(_UNIT_NOTE.fullmatch(text)) and is_org_name(text) and text.split()[-1] in compiled()["org_words"]


_UNIT_NOTE = re.compile(r"(?:\d{1,3}(?:st|nd|rd|th) )?[A-Z][\w'’-]*(?: [A-Z][\w'’()-]*){0,5}")
# a note's closing parenthesis, then the next name, perhaps ranked ("... (Tide Chairman) Bo Lin (...)",
# "... (104th Brigade) Brig. Gen. Bo Lin (105th Brigade)")
_NOTE_THEN_NAME = re.compile(r"\)\s+(?=[A-Z][\w'’-]+\.?(?: [A-Z][\w'’-]+\.?){0,4} \()")
_GLUED_POST = re.compile(
    r"(?P<post>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,3})$"
)


def bullet_posts(text: str, values: list[Span]) -> dict[int, str]:
    """The post a leader key's bullet of several names gives each of them, by value index: "• Bo Lin" /
    "Cy Lo" / "Dan Ruel, Vice-Ministers" (one name a line, the plural post after the last).

    >>> text = "  • Ada Morn, Minister|  • Bo Lin|    Cy Lo, Vice-Ministers|".replace("|", chr(10))
    >>> vals = [Span(t, text.index(t), text.index(t) + len(t)) for t in ("Ada Morn, Minister", "Bo Lin", "Cy Lo, Vice-Ministers")]
    >>> bullet_posts(text, vals)
    {1: 'Vice-Minister', 2: 'Vice-Minister'}
    """
    out: dict[int, str] = {}
    group: list[int] = []
    for k, v in enumerate([*values, None]):
        bulleted = v is None or _BULLET_BEFORE.search(text, text.rfind("\n", 0, v.start) + 1, v.start) is not None
        if bulleted and len(group) > 1:
            last = values[group[-1]].text
            post = last.rsplit(",", 1)[1].strip() if "," in last else ""
            one = singular_title(post)
            if post and one != post and (is_known_title(one) or is_known_title(one.replace("-", " "))):
                out.update((j, one) for j in group)
        if bulleted:
            group = []
        if v is not None:
            group.append(k)
    return out


_BULLET_BEFORE = re.compile(r"[•*·-]\s*$")
