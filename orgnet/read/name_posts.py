"""A holder and their posts on one line (read stage): "Ada Morn – Deputy Chairman of the Harbour
Office, former Chairman of the Tide Board;" (a sanctions list's line) and "Chairman of the Harbour
League: Ada Morn" (an official page's roster)."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..lexicon import compiled, is_known_title, is_organ, singular_title, titles_pattern
from .holder_names import person_name
from .holder_vocab import holder_vocab
from .infobox import Span, _ranks, has_org_word

__all__ = [
    "holder_dash_post",
    "holder_glued_post",
    "is_portfolio",
    "name_dash_posts",
    "one_post_of",
    "organ_then_names",
    "post_cell_holder",
    "post_colon_holder",
    "post_dash_holder",
    "post_then_holder",
    "unit_cell_commander",
]


# a holder, a dash, then the posts held ("Ada Morn – Deputy Chairman of the Harbour Office, former ...;")
_NAME_DASH = re.compile(r"^(?:\d{1,3}[.)]\s+)?(?P<name>[^–—,;:()]{3,60}?)\s+[–—]\s+(?P<posts>\S.*?)\s*[;.]?\s*$")
# one post of a body: "former Chairman of the Tide Board", "Member of the Tide Council"
_POST_OF = re.compile(
    r"^(?:(?i:former|ex-|then|acting|current|currently|now|later)\s+)?(?P<title>[A-Z][\w'’ -]{1,60}?)"
    r"\s+(?P<of>of|for)\s+(?:the\s+)?(?P<body>[A-Z][^;]*?)\s*[;.]?$"
)


def holder_dash_post(line: str) -> bool:
    """A roster's row of a holder, a dash and a post of any form ("Ada Morn – Secretary for Tides"; see
    :func:`name_dash_posts` for the posts it reads): no line of a wrapped paragraph, though it ends on a
    capitalised word.

    >>> holder_dash_post("Ada Morn – Secretary for Tides"), holder_dash_post("The Tide Council – a body")
    (True, False)
    """
    m = _NAME_DASH.match(line)
    return m is not None and m.group("posts")[:1].isupper() and person_name(m.group("name").strip(), 0) is not None


def name_dash_posts(text: str, start: int) -> list[tuple[Span, str, str]]:
    """A holder, a dash and the posts held, each "<Title> of <Body>" (a sanctions list's line):
    ``(name, title, body)`` for each post, a former one too; ``[]`` when the line is not so built.

    >>> [(n.text, t, b) for n, t, b in name_dash_posts(
    ...     "Ada Morn – Deputy Chairman of the Harbour Office, former Chairman of the Tide Board;", 0)]
    [('Ada Morn', 'Deputy Chairman', 'Harbour Office'), ('Ada Morn', 'Chairman', 'Tide Board')]
    >>> [(t, b) for _, t, b in name_dash_posts("Bo Lind – Member of the Tide Council", 0)]
    [('Member', 'Tide Council')]
    >>> line = "Cy Rask – Former Chairman of the Tide Board, currently Head of X Office;"
    >>> [(t, b) for _, t, b in name_dash_posts(line, 0)]
    [('Chairman', 'Tide Board'), ('Head', 'X Office')]
    >>> name_dash_posts("Ada Morn – a businessman", 0), name_dash_posts("Harbour Office – Report of the Board", 0)
    ([], [])
    >>> name_dash_posts("Ada Morn – Press Secretary of the President of Ruritania;", 0)
    []
    >>> name_dash_posts("Ada Morn – Secretary for Tidal Relations", 0)
    []
    >>> [(n.text, t, b) for n, t, b in name_dash_posts("Mr. Bo Lind – Director-General, Tide Radio Company (TRC)", 0)]
    [('Bo Lind', 'Director-General', 'Tide Radio Company')]
    >>> [(n.text, t, b) for n, t, b in name_dash_posts("2. Mr. Cy Lo – Director-General, Voice of Veldra (VOV)", 0)]
    [('Cy Lo', 'Director-General', 'Voice of Veldra')]
    """
    m = _NAME_DASH.match(text)
    name = person_name(m.group("name").strip(), start + m.start("name")) if m else None
    if m is None or name is None or not m.group("name").strip().endswith(name.text):
        return []  # ("Mr. Ada Morn – ...": an honorific may come first)
    out = []
    pieces = re.split(r",\s+|;\s+", m.group("posts"))
    for k, piece in enumerate(pieces):
        pm = _POST_OF.match(piece.strip())
        if pm is None and (body := _body_after_post(piece, pieces[k + 1 : k + 2])):
            out.append((name, piece.strip(), body))  # "Ada Morn – Director-General, Tide Radio (TR)"
            continue
        if pm is None:
            continue  # ("a businessman"): no post of a body
        title, body = pm.group("title"), pm.group("body")
        if pm.group("of") == "for" and is_portfolio(body):
            continue  # "Secretary for International Relations": a portfolio, no body
        post = re.match(r"(?P<t>[A-Z][\w -]{1,40}?) of ", body)
        if post and is_known_title(post.group("t")):
            continue  # "Press Secretary of the President of X": an office's staff, no body
        if title.casefold() in ("member", "members"):
            title = "Member"
        elif not (is_known_title(title) or is_known_title(title.split(" ", 1)[-1])):
            continue  # (a qualified post is one: "First Deputy Chairman")
        out.append((name, title, body))
    return out


def _body_after_post(piece: str, after: list[str]) -> str:
    """The body a bare post is of when the next piece of the line names it ("Director-General", "Tide
    Radio Corporation (TRC)": the corporation, its abbreviation dropped); '' for none."""
    nxt = re.sub(r"\s*\([A-Z][A-Za-z0-9&.]{1,9}\)\s*[;.]?\s*$", "", after[0]).strip() if after else ""
    named = nxt and (has_org_word(nxt) or nxt != after[0].strip())  # ("Voice of Veldra (VOV)": abbreviated)
    if not (is_known_title(piece.strip()) and named) or person_name(nxt, 0) is not None:
        return ""
    return nxt if re.fullmatch(r"[A-Z][\w'’&.-]*(?: (?:of |for |the |and |on )*[A-Z][\w'’&.-]*)*", nxt) else ""


def is_portfolio(field: str) -> bool:
    """Whether what a post is "for" is a field of work, no body ("Finance", "International Relations";
    names.yaml ``portfolio_words``), as against "for the Tide Council".

    >>> is_portfolio("Tidal Relations"), is_portfolio("Finance"), is_portfolio("the Tide Council")
    (True, True, False)
    >>> is_portfolio("Organisation and Mobilisation"), is_portfolio("Tide Council")
    (True, False)
    """
    last = field.split()[-1] if field.split() else ""
    return not field.startswith("the ") and (not has_org_word(last) or last in holder_vocab()["portfolio_words"])


def one_post_of(post: str) -> tuple[str, str] | None:
    """``(title, body)`` of a post of one body ("Minister of Tides", "Chairman of the Sand
    Committee;"); ``None`` for anything else, two posts too ("Vice-Chairperson of X and President of Y").

    >>> one_post_of("Minister of Tides;"), one_post_of("Chair of the Tide Board and President of the Sand League")
    (('Minister', 'Tides'), None)
    """
    pm = _POST_OF.match(post.strip())
    if pm is None or re.search(r"[,:()]| and ", pm.group("body")):
        return None
    return pm.group("title"), pm.group("body")


# a post of a body, a colon, maybe its holder: "Chairman of the Harbour League: Ada Morn", "Chairwoman of HL:"
_POST_COLON = re.compile(
    r"^(?P<title>[A-Z][\w'’ -]{1,60}?)\s+(?:of|for)\s+(?:the\s+)?(?P<body>[A-Z][^:;,.()]{1,80}?)"
    r"\s*:\s*(?P<rest>.*?)\s*$"
)


def post_colon_holder(text: str, start: int) -> tuple[str, str, Span | None] | None:
    """``(title, body, holder)`` of a line "<Title> of <Body>: <Holder>" (an official page's roster);
    ``holder`` is ``None`` when the line ends at the colon (the holder on the next line);
    ``None`` when the line is not so built.

    >>> t, b, h = post_colon_holder("Chairman of the Harbour League: Ada Morn", 0); (t, b, h.text)
    ('Chairman', 'Harbour League', 'Ada Morn')
    >>> post_colon_holder("Chairwoman of the HL Central Committee:", 0)
    ('Chairwoman', 'HL Central Committee', None)
    >>> post_colon_holder("Friends of the Harbour: a history", 0), post_colon_holder("Leader of the Pack: 1990", 0)
    (None, None)
    >>> t, b, h = post_colon_holder("Minister of State for Migration: Colm Morn, TD", 0); (t, b, h.text)
    ('Minister of State for Migration', '', 'Colm Morn')
    >>> post_colon_holder("Chair of TFC and Registered Treasurer: Ada Morn", 0)
    """
    m = _POST_COLON.match(text)
    title = singular_title(m.group("title")) if m else ""  # ("Chairmen of X:": one holder's post)
    if m is None or not is_known_title(title):
        return None
    rest, body = m.group("rest"), m.group("body")
    if any(is_known_title(w) for part in body.split(" and ")[1:] for w in part.split()):
        return None  # "Chair of TFC and Registered Treasurer: Ada Morn": two posts, no body "TFC and ..."
    if body.split()[0] in vocabulary.names()["state_words"]:  # "Minister of State for Migration": a post, no body
        title, body = text[: m.start("rest")].strip().rstrip(":").strip(), ""
    if not rest:
        return title, body, None
    rest = compiled()["post_nominal_rx"].sub("", rest)  # ("Ada Morn, TD": the letters after the name)
    holder = person_name(rest, start + m.start("rest"))
    return (title, body, holder) if holder is not None and holder.text == rest else None


@functools.lru_cache(maxsize=1)
def _post_holder_rx() -> re.Pattern:
    """A post (up to three capitalised words, then an office title of names.yaml) and the rest of
    the line after a space, or glued to it: "Regional Secretary Ada Morn", "Assistant SecretaryBo Lin"."""
    return re.compile(
        r"^(?P<post>(?:[A-Z][\w'’-]* ){0,3}(?:" + titles_pattern() + r"))"
        r"(?: |(?=[A-Z][a-z]))(?P<rest>[A-Z].{2,60})$"
    )


@functools.lru_cache(maxsize=1)
def _glued_post_rx() -> re.Pattern:
    return re.compile(
        r"(?P<who>[A-Z][^,–—:;()|\d]{2,60}?[a-z])(?P<post>(?:(?:Deputy|Vice|First|Acting) )?(?:"
        + titles_pattern()
        + r")\b[^|]{0,120})"
    )


def holder_glued_post(text: str) -> tuple[str, str] | None:
    """A person's name run into the post after it, a table's two cells with nothing between
    ("Bo LinPrime Minister of Veldra"): the name and the post, else ``None``.

    >>> holder_glued_post("Bo LinPrime Minister of Veldra"), holder_glued_post("Bo Lin, Minister")
    (('Bo Lin', 'Prime Minister of Veldra'), None)
    """
    m = _glued_post_rx().fullmatch(text.strip())
    if m is None or person_name(m.group("who"), 0) is None:
        return None
    return m.group("who"), m.group("post").strip()


def post_then_holder(text: str, start: int) -> tuple[str, Span] | None:
    """``(title, holder)`` of a line made of a post and its holder's name, nothing else (an infobox
    line whose key is the post); ``None`` for anything else: a rank before a name is no post, nor
    is a body's name ("Tide Bureau Director").

    >>> t, h = post_then_holder("Regional Secretary Ada Morn", 0); (t, h.text, h.start)
    ('Regional Secretary', 'Ada Morn', 19)
    >>> post_then_holder("Assistant Regional SecretaryBo Lin", 0)[0]
    'Assistant Regional Secretary'
    >>> post_then_holder("General Ada Morn", 0), post_then_holder("Tide Bureau Director Ada Morn", 0)
    (None, None)
    >>> post_then_holder("Regional Secretary Ada Morn visits Ulton", 0)
    >>> post_then_holder("Eternal General Secretary Bo Lin (deceased)", 0)[1].text
    'Bo Lin'
    """
    text = re.sub(r"\s+\([a-z][a-z ]{2,20}\)$", "", text)  # a note after the name: "(deceased)", "(acting)"
    m = _post_holder_rx().match(text)
    if m is None or m.group("post") in _ranks() or has_org_word(m.group("post")):
        return None
    holder = person_name(m.group("rest"), start + m.start("rest"))
    return (m.group("post"), holder) if holder is not None and holder.text == m.group("rest") else None


# the names after an organ's key and a colon, parted by commas and "and"
_NAMES_SEP = re.compile(r",\s*|\s+and\s+")


def organ_then_names(text: str, start: int) -> tuple[str, list[Span]] | None:
    """``(organ, names)`` of a line made of a collective organ's name and nothing else (names.yaml
    ``organ_words``), then a person's name, or after a colon names parted by commas; ``None`` for
    anything else.

    >>> o, ns = organ_then_names("Politburo Standing Committee Ada Morn", 0); o, [n.text for n in ns]
    ('Politburo Standing Committee', ['Ada Morn'])
    >>> o, ns = organ_then_names("Secretariat: Ada Morn, Bo Lin", 0); o, [n.text for n in ns]
    ('Secretariat', ['Ada Morn', 'Bo Lin'])
    >>> organ_then_names("Tide Council Ada Morn", 0), organ_then_names("Politburo meets in Ulton", 0)
    (None, None)
    """
    words = text.split(" ")
    for k in range(min(5, len(words) - 1), 0, -1):  # the longest organ first
        key = re.escape(" ".join(words[:k]).rstrip(":"))
        m = re.match(r"^(?P<key>" + key + r")(?P<colon>:\s*|\s+)(?P<rest>[A-Z].{2,400})$", text)
        if m is None or not is_organ(m.group("key")):
            continue
        names: list[Span] = []
        pos = m.start("rest")
        parts = _NAMES_SEP.split(m.group("rest")) if ":" in m.group("colon") else [m.group("rest")]
        for part in parts:
            at = text.index(part, pos)
            name = person_name(part, start + at)
            if name is None or name.text != part.strip():
                break
            names.append(name)
            pos = at + len(part)
        else:
            return m.group("key"), names
    return None


# a post, a dash, its holder: "Secretary of State for Tides - The Rt Hon. Ada Morn MP" (a roster's bullet)
_POST_DASH = re.compile(r"^(?P<post>[A-Z][^–—]{2,90}?)\s+[-–—]\s+(?P<rest>\S.{2,80}?)\s*$")


def post_dash_holder(text: str, start: int) -> tuple[str, str, Span] | None:
    """``(title, body, holder)`` of a line "<Post> – <Holder>" (a roster of a ministry's ministers):
    ``body`` is the body the post names when its name has an organisation word, else ``""`` (the
    page's); ``None`` when the post holds no office title or the rest is not only a person's name.

    >>> t, b, h = post_dash_holder("Secretary of State for Tides - The Rt Hon. Dr. Ada Morn MP", 0)
    >>> (t, b, h.text)
    ('Secretary of State for Tides', '', 'Ada Morn')
    >>> post_dash_holder("Director of the Tide Bureau – Bo Lin", 0)[:2]
    ('Director', 'Tide Bureau')
    >>> post_dash_holder("Tide Bureau – a history of the bureau", 0), post_dash_holder("Ada Morn - Bo Lin", 0)
    (None, None)
    """
    m = _POST_DASH.match(text)
    return _post_and_holder(m, start) if m else None


# a pipe table's row of a post and its holder: "Minister of Tides | General Ada Morn |"
_POST_CELL = re.compile(r"^\|?\s*(?P<post>[A-Z][^|]{2,90}?)\s*\|\s*(?P<rest>[^|\s][^|]{2,80}?)\s*\|?\s*$")


def post_cell_holder(text: str, start: int) -> tuple[str, str, Span] | None:
    """``(title, body, holder)`` of a pipe row "<Post> | <Holder> |", as :func:`post_dash_holder`
    reads a post and its holder; a minister's post names the ministry.

    >>> t, b, h = post_cell_holder("Minister of Tides | General Ada Morn |", 0); (t, b, h.text)
    ('Minister', 'Tides', 'Ada Morn')
    >>> post_cell_holder("Discipline Secretary | Bo Lin |", 0)[:2], post_cell_holder("Founded | 1950 |", 0)
    (('Discipline Secretary', ''), None)
    """
    m = _POST_CELL.match(text)
    if m is None or re.search(r"\s(?:and|&)\s|/", m.group("post")):
        return None  # ("Founder and Editor": two posts, the field reader's to tell whether both are posts)
    return _post_and_holder(m, start)


def unit_cell_commander(text: str, start: int) -> tuple[Span, Span] | None:
    """``(unit, holder)`` of a pipe row "<Unit> | <Rank> <Holder> |" whose key names a body, no post
    ("Tide Ground Forces | Brig. Gen. Ada Morn |"): the holder commands the unit, when the rows
    stand under a key of commanders (the caller's to know).

    >>> u, h = unit_cell_commander("Tide Ground Forces | Brig. Gen. Ada Morn |", 0); (u.text, h.text)
    ('Tide Ground Forces', 'Ada Morn')
    >>> unit_cell_commander("Founded | 1950 |", 0), unit_cell_commander("Chief Commander | Ada Morn |", 0)
    (None, None)
    """
    m = _POST_CELL.match(text)
    if m is None or not has_org_word(m.group("post")) or any(is_known_title(w) for w in m.group("post").split()):
        return None
    holder = person_name(m.group("rest"), start + m.start("rest"))
    if holder is None:
        return None
    return Span(m.group("post"), start + m.start("post"), start + m.end("post")), holder


def _post_and_holder(m: re.Match, start: int) -> tuple[str, str, Span] | None:
    """The post, the body it names and the holder of a match with groups ``post`` and ``rest``."""
    post = re.sub(r"\s*\([^()]*\)", "", m.group("post")).strip()  # ("Minister of State (Armed Forces)")
    post = re.split(r"\s[—–]\s", post)[-1]  # "Deputy Director of X — Head of Y": the post a dash names last
    post = post[:1].upper() + post[1:]
    first, _, rest = post.partition(" ")
    if (whole := compiled()["title_abbreviations"].get(first)) is not None:
        post = f"{whole} {rest}".strip()  # "DDG for Operations": a Deputy Director-General's post
    words = post.split()
    if not any(is_known_title(" ".join(words[a : a + k])) for k in (1, 2) for a in range(len(words))):
        return None
    holder = person_name(m.group("rest"), start + m.start("rest"))
    if holder is None:
        return None
    one = one_post_of(post)
    if one is not None and is_known_title(one[0]) and (has_org_word(one[1]) or _ministry(one[0], one[1])):
        return one[0], one[1], holder  # ("Minister of Tides": the Ministry of Tides, the lists reader names it)
    return post, "", holder


def _ministry(title: str, field: str) -> bool:
    """Whether a minister's post names a ministry ("Minister of Tides"; "Minister of State" does not)."""
    n = vocabulary.names()
    return title in n["ministry_titles"] and field not in n["state_words"]
