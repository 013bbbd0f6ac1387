"""Rosters that lost their list markup (read stage): runs of lines, each a person and a post.

A page that says who runs a body or who sits on it often reaches us with its list markup gone:
each item is a line or a paragraph of its own, holding nothing but a person and a post:

    General Ada Morn, Minister of Tides of Veldra        (a comma, the post; or a colon)
    Bo Lin – Deputy Director General                     (a dash, the post)
    Ivo Lenz                                             (the name, the post on the next line)
    Head of the Legal Department
    | Cy Rask | Director General |                      (cells: pipes, dot leaders, tabs, spaces;
    2. Deputy Director - Colonel Ed Fay                   either order, numbered or not)

One such line could be anything; a run of two or more of one shape, nothing but blank lines
between them, is a roster. Each item is a holder of the post: of the body the post names
("Minister of Tides", "Director, Legal Department"), else of the page's body ("Deputy Director
General"). A line over the run that ends in a colon, or a heading, that says the roster is a
body's make-up ("Its members are:", "Members[edit]"; :mod:`orgnet.read.members_lines`) also seats
each person on that body, the one the line names or else the page's; names alone ("Bo Lin",
"Bo Lin, 63") and labelled names ("English Party: Bo Lin") are read only under such a line. A
short heading of a group of members ("Councillor representatives") between runs keeps the seat.

Two more forms: bullets that name a post alone over the bullets of its holders ("• Vice
Chairmen" / "• Bo Lin, Premier"), and a holder's line under a leaders' key ("Key people" /
"Ada Morn, TIO Director General").

A post is a known title (names.yaml ``titles``) at the start of the text, then nothing, "of"
and one body, or a comma and a body's name: "Director of Studies at the Tide Institute" is no
post this reader takes. Each line is looked at once (the items and runs found are remembered).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocabulary
from ..lexicon import compiled, singular_title
from .field_lines import is_field_key
from .holder_names import person_name
from .infobox import Span, has_org_word
from .lines import BULLET, first_title, holder_comma_post, is_known_title, name_like
from .list_items import without_trailing_markers
from .members_lines import MEMBERS_TITLE, column_names, members_of
from .model import ListItem
from .name_posts import holder_glued_post, is_portfolio, one_post_of, post_then_holder
from .parse_state import ParserState

__all__ = ["RosterRules", "post_and_names", "roster_posts", "post_parts"]

_LONGEST_LINE = 200  # characters: a longer line is a paragraph, not a roster's item
# "Name, Post" / "Name – Post": the person (maybe after a rank), a comma or a dash, the posts
_NAME_SEP_POSTS = re.compile(
    r"^(?P<who>[^,–—:;()\[\]|]{3,80}?)(?:\s+\([^()]{1,40}\)(?=\s+[–—-]))?(?:,\s*(?P<age>\d{2,3})(?=,|\s*$))?"
    r"(?:(?:\s*[,:]|\s+[–—-])\s+(?P<posts>\S.*?))?\s*[;.]?\s*$"
)
# letters of a service or a degree after a name and a comma ("Ada Morn, IAS", "Bo Lin, PhD")
_POST_NOMINAL = re.compile(r",\s*[A-Z][A-Za-z]{1,5}\.?$")
# a bullet that is only a post, in the singular or the plural ("Chairman", "Vice Chairmen", "Members")
_POST_HEADER = re.compile(r"[A-Z][\w-]*(?: [A-Za-z][\w-]*){0,3}")
# a post of one to four capitalised words, a known title last ("National Chairperson")
_QUALIFIED_OF = re.compile(
    r"(?P<t>[A-Z][\w-]*(?: [A-Z][\w-]*){1,3}) (?:of|for) (?:the )?(?P<b>[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,6})"
)
_QUALIFIED_TITLE = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){1,3}")
# an item's number: "1. Ada Morn, Chairman", "(2) Bo Lin – Director"
_NUMBER = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\s+|[-–—•*·](?=[A-Z]))(?P<body>\S.*)$")  # (or "-Ada Morn")
# what stands between a roster's cells: a pipe, dot leaders, a tab, three spaces or more
_CELL_SEP = re.compile(r"\s*(?:\||(?:[.…]\s?){3,}|…+|\t|\s{3,})\s*")
# a post, a dash or a colon, then the holder ("Chairman – General Ada Morn", "Director: Bo Lin")
_POST_FIRST = re.compile(r"^(?P<post>[^:–—|]{2,80}?)(?:\s*:|\s+[–—-])\s+(?P<who>[^,:;()|]{3,60}?)\s*[;.]?$")
# where one post ends and the next begins: a comma, a semicolon or a dash between words
_POST_SEP = re.compile(r"\s*(?:[,;]|\s[–—]\s)\s*")
# a word that ends a body's name: "Director of Studies at the Tide Institute" is no post of one body
_NOT_IN_NAME = re.compile(r"\s(?:at|in|from|with|to|by|under|since|until)\s")
# a bullet "Name – Post": the name, then a dash before any comma
_DASH_ITEM = re.compile(r"^[^,–—]*?\s[–—-]\s")
# a post's body said by its kind alone: the page's own ("President of the party")
_OF_ITS_OWN = re.compile(r"\s+of\s+the\s+(?:party|organi[sz]ation|movement|league|union|association|federation)")
# an acronym ("NEC")
# an abbreviation in parentheses after a name, the closing one maybe lost ("Tide Agency (TA", "(TA)")
_ABBR_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)?$")
# a post, a colon, then the names ("Treasurers: Ada Morn, Bo Lin")
_POST_AND_NAMES = re.compile(r"^(?P<post>[A-Z][\w'’ -]{2,60}):\s+(?P<names>[A-Z].{4,400})$")
# one name of a list parted by commas and "and"
_LISTED_NAME = re.compile(r"(?:^|,|\s+and\s+)\s*(?P<n>[^,\s][^,]*?)(?=\s+and\s+|,|\s*$)")
# a post of a state, not of the organ a roster lists ("Prime Minister", "Chief Justice", "Governor")
_STATE_POST = re.compile(r"\b(?:Minister|Premier|Governor|Mayor|Justice|Judge|Ambassador|Commander|Attorney)\b", re.I)
# a name, a comma, then words the roster reader does not read as posts, or an age ("Ada Morn, 69")
_NAME_THEN_WORDS = re.compile(r"(?P<who>[^,;:()|]{3,60}),\s+(?:\S.{2,200}|\d{2}\.?)$")
# a short heading of a group of members ("Councillor representatives", "Directly Elected:")
_SUBHEADING = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}")
# a roster's chair on the line over it: "The Rt Hon. Ada Morn MP (Chair)"
_CHAIR_LINE = re.compile(r"(?P<who>\S.{2,80}?)\s*\((?:Chair|Chairman|Chairwoman|Chairperson|Convenor)\)\s*")


def _chair_of(line: str, start: int) -> Span | None:
    """The person a line names as the chair of the roster under it, else ``None``."""
    m = _CHAIR_LINE.fullmatch(line.strip())
    return person_name(m.group("who"), start + len(line) - len(line.lstrip())) if m else None


_PAST_HOLDERS = re.compile(r"(?:Former|Past|Previous|Earlier|Historical|List)\b", re.I)


@dataclass(frozen=True)
class RosterPost:
    """One post a roster's item gives: its ``title`` and the ``body`` it names ("" for none)."""

    title: str
    body: str


def _capitalised(post: str) -> str:
    """A post with its words capitalised, its small words not ("secretary for finance")."""
    return " ".join(w if w in ("of", "for", "and", "the", "on") else w[:1].upper() + w[1:] for w in post.split())


def post_parts(text: str) -> RosterPost | None:
    """``text`` as a post: a known title, then nothing, or "of" and one body, or a comma and a
    body's name; ``None`` for anything else.

    >>> post_parts("Deputy Director General"), post_parts("the head of the State Border Service")
    (RosterPost(title='Deputy Director General', body=''), RosterPost(title='Head', body='State Border Service'))
    >>> post_parts("Director, Legal Department"), post_parts("Director of Studies at the Tide Institute")
    (RosterPost(title='Director', body='Legal Department'), None)
    >>> post_parts("he will also serve as Secretary"), post_parts("Paris")
    (None, None)
    >>> post_parts("President of the party"), post_parts("Secretary Legal Affairs")
    (RosterPost(title='President', body=''), RosterPost(title='Secretary Legal Affairs', body=''))
    >>> post_parts("Minister of State"), post_parts("Minister of Tides")
    (RosterPost(title='Minister of State', body=''), RosterPost(title='Minister', body='Tides'))
    >>> post_parts("Director-General, Tide Broadcasting Commission (TBC")
    RosterPost(title='Director-General', body='Tide Broadcasting Commission')
    >>> post_parts("Principal Chief Controller of Accounts")
    RosterPost(title='Principal Chief Controller of Accounts', body='')
    >>> post_parts("Senior Chief Inspector of the Tide Bureau"), post_parts("Chief of Defence")
    (RosterPost(title='Senior Chief Inspector', body='Tide Bureau'), RosterPost(title='Chief of Defence', body=''))
    """
    t = re.sub(r"^the\s+", "", text.strip().rstrip(";.").strip())
    t = t[:1].upper() + t[1:]
    title = first_title(t)
    if not title and _QUALIFIED_TITLE.fullmatch(t) and is_known_title(t.split()[-1]):
        return RosterPost(_capitalised(t), "")  # "National Chairperson", "Home Secretary": a qualified post
    qo = _QUALIFIED_OF.fullmatch(t) if not title else None
    if qo and any(is_known_title(w) for w in qo.group("t").split()):
        # "Principal Chief Controller of Accounts": a qualified post of a field; "... of the Tide Bureau": of a body
        body = qo.group("b")
        return RosterPost(qo.group("t"), body) if has_org_word(body) else RosterPost(_capitalised(t), "")
    if not title or not t.casefold().startswith(title.casefold()):
        return None
    rest = t[len(title) :]
    title = _capitalised(title)  # ("general secretary")
    if not rest.strip():
        return RosterPost(title, "")
    if re.match(r"\s+for\s", rest) and is_portfolio(rest):
        return RosterPost(_capitalised(t), "")  # "Secretary for Finance": a portfolio, no body
    if re.fullmatch(r"(?: [A-Z][\w'’-]*| and){1,4}", rest) and title.casefold() != t.casefold() and is_portfolio(rest):
        return RosterPost(_capitalised(t), "")  # "Secretary Legal Affairs": a portfolio, no body
    if _OF_ITS_OWN.fullmatch(rest):
        return RosterPost(title, "")  # "President of the party": the page's own body
    if re.match(r"\s+of\s+(?:the\s+)?(?:" + "|".join(vocabulary.names()["state_words"]) + r")$", rest):
        return RosterPost(_capitalised(t), "")  # "Minister of State", "Head of State": a post, no body
    if re.match(r"\s+(?:of|for)\s", rest):
        of = one_post_of(t)
        ok = of is not None and of[0].casefold() == title.casefold() and not _NOT_IN_NAME.search(of[1])
        # (one word after "of", no article: a field; "Commander of the Coast Troops", "Chief of Detachment 99": bodies)
        field = of is not None and not has_org_word(of[1]) and bool(re.fullmatch(r"[A-Z][a-z]+", of[1]))
        field = field and not re.search(r"\b(?:of|for) the\s", t)
        if of and ok and field and title not in vocabulary.names()["ministry_titles"]:
            return RosterPost(_capitalised(t), "")  # "Chief of Defence": a post of a field, no body "Defence"
        return RosterPost(title, of[1]) if of and ok else None
    body = _ABBR_AFTER.sub("", rest.lstrip(", ").strip())  # ("..., Tide Agency (TA)": the name without it)
    if rest.startswith(",") and has_org_word(body) and name_like(body) and len(body.split()) <= 8:
        return RosterPost(title, re.sub(r"^the\s+", "", body))
    return None


def _posts(pieces: list[str]) -> list[RosterPost] | None:
    """The posts of a roster's item from the pieces after the name: the first must be a post
    ("Director, Legal Department" and "state councilor and minister of tides" read whole), any
    later one counts when it is a post of a body; ``None`` when the first is no post."""
    pieces = [p for p in pieces if p.strip()]
    if len(pieces) > 1 and post_parts(pieces[1]) is None and (two := post_parts(", ".join(pieces[:2]))):
        pieces[:2] = [f"{two.title}, {two.body}"]  # "Director, Legal Department": one post and its body
    out: list[RosterPost] = []
    for k, piece in enumerate(pieces):
        both = [post_parts(x) for x in re.split(r"\s+and\s+", piece, maxsplit=1)] if " and " in piece else []
        found = [post_parts(piece)] if post_parts(piece) else both if both and all(both) else [None]
        if k == 0 and found[0] is None:
            return None
        out += [p for p in found if p is not None and (k == 0 or p.body)]
    return out


def _cells(text: str) -> list[tuple[int, str]]:
    """The cells of a line cut at pipes, dot leaders, tabs or runs of spaces, with their offsets.

    >>> _cells("Chairman ........ Bo Lin"), _cells("| Bo Lin | Director |")
    ([(0, 'Chairman'), (18, 'Bo Lin')], [(2, 'Bo Lin'), (11, 'Director')])
    """
    out, pos = [], 0
    for sep in [*_CELL_SEP.finditer(text), None]:
        end = sep.start() if sep else len(text)
        cell = text[pos:end]
        if cell.strip():
            out.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos = sep.end() if sep else end
    return out


def roster_posts(text: str, start: int) -> tuple[Span, list[RosterPost]] | None:
    """A roster's line: the person's span and the posts. The person, then a comma or a dash and
    the posts ("Ada Morn, Minister of Tides"), maybe after the person's age ("Bo Lin, 63, state
    councilor"), the first right after the name, any later one a post of a body ("..., Commander
    of the Coast Troops"); or the person and the post in cells of their own, in either order,
    between pipes, dot leaders or runs of spaces ("| Ada Morn | Director General |",
    "Chairman ........ Bo Lin"). ``None`` when the line is not so built; a person with an age and
    no post has no posts (an item of a list of members).

    >>> name, posts = roster_posts("General Ada Morn, Minister of Tides of Veldra", 0)
    >>> name, posts
    (Span(text='Ada Morn', start=8, end=16), [RosterPost(title='Minister', body='Tides of Veldra')])
    >>> [p.title for p in roster_posts("Bo Lin – Deputy Director General", 0)[1]]
    ['Deputy Director General']
    >>> [(p.title, p.body) for p in roster_posts("| Ivo Lenz | Director | Legal Department |", 0)[1]]
    [('Director', 'Legal Department')]
    >>> roster_posts("Chairman ........ Bo Lin", 0)[0].text, roster_posts("Bo Lin, 63", 0)[1]
    ('Bo Lin', [])
    >>> roster_posts("Ada Morn (vice president) – Secretary for Tides", 0)[0].text
    'Ada Morn'
    >>> roster_posts("Paris, the capital", 0), roster_posts("Ada Morn, who led the Tide Board", 0)
    (None, None)
    """
    if len(text) > _LONGEST_LINE:
        return None
    cells = _cells(text)
    if len(cells) >= 2 and not re.search(r"\b(?:1[6-9]|20)\d\d\b", text):
        for k, (off, cell) in enumerate(cells[:2]):
            name = _whole_name(cell, start + off)
            rest = [c for j, (_, c) in enumerate(cells) if j != k]
            posts = _posts(rest) if name is not None else None
            if name is not None and posts:
                return name, posts
        return None
    if pf := _POST_FIRST.match(text):  # "Chairman – General Ada Morn", "Director: Bo Lin"
        name = _whole_name(pf.group("who"), start + pf.start("who"))
        post = post_parts(pf.group("post")) if name is not None else None
        if name is not None and post is not None:
            return name, [post]
    glued = holder_glued_post(text)  # ("Bo LinPrime Minister of Veldra": the name, a comma between them)
    if (m := _NAME_SEP_POSTS.match(f"{glued[0]}, {glued[1]}" if glued else text)) is None:
        return None
    who = m.group("who").strip()
    name = person_name(who, start + m.start("who"))
    if name is None or name.end != start + m.start("who") + len(who) or _label(name.text) or _glued_key(who):
        return None
    posts = _posts(_POST_SEP.split(m.group("posts") or ""))
    if m.group("age"):
        return name, posts or []  # "Bo Lin, 63" / "Ivo Lenz, 65, state councilor": a member, maybe a post
    return (name, posts) if posts else None


def _whole_name(text: str, start: int) -> Span | None:
    """``text`` as one person's name and nothing else, maybe after a rank ("Colonel Bo Lin")."""
    text = _POST_NOMINAL.sub("", text)  # "Ada Morn, IAS": the service's letters after the name
    text = compiled()["post_nominal_rx"].sub("", text)  # "Bo Lin MP", "Cy Lo KBE": letters of names.yaml
    if len(text) > 60 or not text[:1].isupper() or "," in text:
        return None
    if _glued_key(text):
        return None  # "LeaderAda Morn": an infobox's key glued to its value
    name = person_name(text, start)
    return name if name is not None and name.end == start + len(text) and not _label(name.text) else None


def _glued_key(text: str) -> bool:
    """Whether ``text`` opens with an infobox's key glued to its value ("DeputyAda Morn") or parted
    from it by a space ("Headquarters Ulton")."""
    glued = re.match(r"[A-Z][a-z]+(?=[A-Z])", text)
    if glued is not None:
        return is_field_key(glued.group())
    spaced = re.match(r"[A-Z][a-z]+(?= [A-Z])", text)  # (not a post or rank before a name: "Colonel Bo Lin")
    word = spaced.group() if spaced else ""
    return (
        bool(word) and is_field_key(word) and not is_known_title(word) and word not in vocabulary.names()["honorifics"]
    )


def _is_members(text: str) -> bool:
    """Whether a bullet's post is a seat, no office ("Members", "Full members"; names.yaml ``member_posts``)."""
    return text.casefold() in _member_posts()


@functools.lru_cache(maxsize=1)
def _member_posts() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary.names()["member_posts"])


def _label(name: str) -> bool:
    """Whether a name is a label's ("Military Career"): its last word a word labels end on
    (names.yaml ``label_words``)."""
    return name.split()[-1] in _label_words()


@functools.lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(vocabulary.names()["label_words"])


def post_and_names(text: str, start: int) -> tuple[RosterPost | None, list[Span]] | None:
    """A post (or "Members"), a colon and its holders, two or more, parted by commas and "and"
    ("Assistant secretaries-general: Ada Morn, Bo Lin"): the post in the singular (``None`` for
    members) and each holder's span; ``None`` for any other line.

    >>> post, names = post_and_names("Assistant secretaries-general: Ada Morn, Bo Lin", 0)
    >>> post.title, [(n.text, n.start) for n in names]
    ('Assistant Secretary-General', [('Ada Morn', 31), ('Bo Lin', 41)])
    >>> post_and_names("Members: Ada Morn, Bo Lin and Cy Lo", 0)[0], post_and_names("Note: Ada Morn, Bo Lin", 0)
    (None, None)
    """
    m = _POST_AND_NAMES.match(text)
    if m is None:
        return None
    head = m.group("post").strip()
    # (each word in the singular: "Assistant secretaries-general" -> "Assistant Secretary-General")
    one = " ".join("-".join(singular_title(p[:1].upper() + p[1:]) for p in w.split("-")) for w in head.split())
    post = None if _is_members(head) else post_parts(one)
    if post is None and not _is_members(head):
        return None
    names = []
    for part in _LISTED_NAME.finditer(m.group("names")):
        who = part.group("n").strip()
        name = person_name(who, start + m.start("names") + part.start("n")) if who else None
        if name is None or name.text != who:
            return None
        names.append(name)
    return (post, names) if len(names) >= 2 else None


def _is_portfolio_post(title: str) -> bool:
    """A post of a field of work: "Secretary for Finance", "Secretary Legal Affairs" (a title, then
    the field's words, :func:`is_portfolio`), as against "Secretary General" or "National Chairperson"."""
    head = first_title(title)
    rest = re.sub(r"^ for ", " ", title[len(head) :]) if head and title.startswith(head) else ""
    return rest[:1] == " " and is_portfolio(rest.strip())


class RosterRules(ParserState):
    """The rosters of :class:`orgnet.read.parse.Parser` (see the module's docstring)."""

    def _roster_unit(self, k: int) -> tuple[Span, list[RosterPost], int, int] | None:
        """The roster item at line ``k``: the person, the posts (none for a bare name), the item's
        end offset and its last line; ``None`` when line ``k`` opens no item (found once a line)."""
        if k not in self.roster_units:
            self.roster_units[k] = self._find_roster_unit(k)
        unit: tuple[Span, list[RosterPost], int, int] | None = self.roster_units[k]
        return unit

    def _find_roster_unit(self, k: int) -> tuple[Span, list[RosterPost], int, int] | None:
        if not 0 <= k < len(self.lines):
            return None
        start, raw = self.lines[k]
        b = BULLET.match(raw)
        n = b or _NUMBER.match(raw)
        text = without_trailing_markers((n.group("body") if n else raw).strip())
        t0 = start + raw.index(text) if text else start
        one = roster_posts(text, t0) if text else None
        if one is not None and (not b or not re.match(r"[^,]*,", text) or _DASH_ITEM.match(text)):
            # (a bullet "Name, Post" is the bullet reader's)
            return one[0], one[1], t0 + len(text), k
        if not b and (many := post_and_names(text, t0)) is not None:  # "Treasurers: Ada Morn, Bo Lin"
            post, names = many
            self.roster_more[k] = names[1:]
            return names[0], [post] if post else [], t0 + len(text), k
        if (ph := post_then_holder(text.rstrip(";,. "), t0)) is not None:
            return ph[1], [RosterPost(ph[0], "")], t0 + len(text), k  # "National Chairperson Ada Morn"
        name = _whole_name(text, t0) if text else None
        labelled = _POST_FIRST.match(text) if name is None else None
        who = None
        if labelled and ":" in text[labelled.end("post") : labelled.start("who")] and "," not in labelled.group("post"):
            who = _whole_name(labelled.group("who"), t0 + labelled.start("who"))  # (a colon between: a label)
        if who is not None:
            return who, [], t0 + len(text), k  # "English Party: Ada Morn": a seat's label, no post the reader reads
        if name is None:
            described = _NAME_THEN_WORDS.match(text) if text else None  # "Ada Morn, Secretary of X and head of Y;"
            who = _whole_name(described.group("who"), t0) if described else None
            if who is None:
                return None
            self.roster_described.add(k)  # (a member under a members' line; the posts, the other readers')
            return who, [], t0 + len(text), k
        nstart, nraw = self.lines[k + 1] if k + 1 < len(self.lines) else (0, "")
        post_text = nraw.strip()
        post = post_parts(post_text) if post_text and len(post_text) <= 120 and not BULLET.match(nraw) else None
        if post is None or b:
            return name, [], t0 + len(text), k  # a name alone: a member, when the roster's line says so
        return name, [post], nstart + nraw.index(post_text) + len(post_text), k + 1

    def _leader_key_open(self) -> bool:
        """Whether the lines read now are the values of a leader key ("Agency executives" / "Ada
        Morn, Deputy Minister"): the field reader's, no roster's."""
        return self.open_field is not None and self.open_field.role == "leader"

    def _nonblank(self, k: int, step: int) -> int:
        while 0 <= k < len(self.lines) and not self.lines[k][1].strip():
            k += step
        return k

    def _post_bullet(self, i: int, body: str, body_start: int) -> bool:
        """Bullets that name a post alone, each over the bullets of its holders ("• Vice Chairmen" /
        "• Bo Lin, Premier" / "• Ivo Lenz, Chairman of the Tide Assembly"; "• Members" / ...): each
        holder holds that post of the page's body, or sits on it, and any post of another body
        the bullet gives after the name."""
        text = without_trailing_markers(body.strip())  # ("- Chair:" is a key: the field reader's)
        if _POST_HEADER.fullmatch(text) and (_is_members(text) or is_known_title(singular_title(text))):
            self.bullet_post = "Member" if _is_members(text) else _capitalised(singular_title(text))
            return True
        if not self.bullet_post:
            return False
        t0 = body_start + body.index(text[:1]) if text else body_start
        one = roster_posts(text, t0) if text else None
        name = one[0] if one else _whole_name(text, t0) if text else None
        if name is None:
            self.bullet_post = ""  # a bullet of another kind: the posts' list has ended
            return False
        others = [(p.title, p.body) for p in (one[1] if one else []) if p.body and has_org_word(p.body)]
        held = [(self.bullet_post, ""), *others]  # ("President of the People's Republic": a state, no body)
        end = body_start + len(body.rstrip())
        for title, of in held:
            self.d.lists.append(ListItem(name, title, None, None, False, self.section, body_start, end, i + 1, of))
        return True

    def _leader_comma_line(self, i: int, s: str, s_start: int) -> bool:
        """A holder's line under a leaders' key or heading, the post after a comma: "Ada Lind, founder",
        "Bo Wu, chairman", "Ada Morn, TIO Director General" (one line is enough there)."""
        if (held := holder_comma_post(s)) is not None:
            a = s_start + s.index(held[0])
            name, post = Span(held[0], a, a + len(held[0])), RosterPost(held[1], "")
        elif (
            not self._leader_key_open()
            and (one := roster_posts(s, s_start)) is not None
            and len(one[1]) == 1
            and re.match(r"[^,]+,", s)
        ):
            name, post = one[0], one[1][0]
        else:
            return False
        end = s_start + len(s)
        self.d.lists.append(ListItem(name, post.title, None, None, False, self.section, s_start, end, i + 1, post.body))
        return True

    def _unit_before(self, i: int, bare: bool) -> int:
        """The first line of the roster item right before line ``i`` (blank lines between), or -1;
        an item of the same shape (``bare``: a name alone, else a name and a post)."""
        p = self._nonblank(i - 1, -1)
        for k in (p, p - 1):
            unit = self._roster_unit(k)
            if unit is not None and unit[3] == p and (not unit[1]) == bare:
                return k
        return -1

    def _unit_after(self, last: int, bare: bool) -> bool:
        """Whether a roster item of the same shape comes right after line ``last``."""
        unit = self._roster_unit(self._nonblank(last + 1, 1))
        return unit is not None and (not unit[1]) == bare

    def _run_first(self, i: int, bare: bool) -> int:
        """The first line of the run of items of one shape that line ``i`` is in (remembered for
        every line walked over, so each is walked over once)."""
        chain, k = [], i
        while (k, bare) not in self.roster_firsts:
            chain.append(k)
            before = self._unit_before(k, bare)
            if before < 0:
                first = k
                break
            k = before
        else:
            first = self.roster_firsts[(k, bare)]
        self.roster_firsts.update(((c, bare), first) for c in chain)
        return first

    def _roster_seat(self, over: int) -> str | None:
        """What the line ``over`` a roster's run says the roster is the make-up of (see :func:`members_of`);
        a run right after another goes on the roster that one's line names ("NEC Members:" / "President
        Ada Morn" / "Treasurer Bo Lin" / "Cy Lo" / "Dan Ruel"). Walked back run by run, each line once."""
        chain: list[int] = []
        seat = None
        while over not in self.roster_seats and (seat := self._members_line(over)) is None:
            chain.append(over)
            before = -1
            for k in (over, over - 1):  # (the last item of a run before, its post maybe on a line below)
                unit = self._roster_unit(k) if k >= 0 else None
                if unit is not None and unit[3] == over:
                    before = self._nonblank(self._run_first(k, not unit[1]) - 1, -1)
                    break
            if before < 0 and (self._roster_subheading(over) or column_names(self.lines[over][1])):
                before = self._nonblank(over - 1, -1)  # "Councillor representatives" between runs; "!Name!Title"
            if before < 0 or before in chain:
                break
            over = before
        else:
            seat = self.roster_seats[over] if seat is None else seat
        self.roster_seats.update((c, seat) for c in chain)
        return seat

    def _roster_subheading(self, k: int) -> bool:
        """Whether line ``k`` is a short heading of a group of a roster's members, no body of its own,
        right after an item ("Councillor representatives", "Directly Elected:", "Ex officio")."""
        raw = self.lines[k][1].strip() if k >= 0 else ""
        text = raw.rstrip(":")
        prev = self._nonblank(k - 1, -1)
        unit = self._roster_unit(prev) if prev >= 0 else None
        return (
            bool(_SUBHEADING.fullmatch(text))
            and not has_org_word(text.split()[-1])  # ("State Party representatives"; "Steering Committee" a body)
            and (raw.endswith(":") or person_name(text, 0) is None)  # (a name alone is an item)
            and not _PAST_HOLDERS.match(text)  # ("Former chairs", "Past Presidents": other lists)
            and unit is not None
            and unit[3] == prev
        )

    def _members_line(self, over: int) -> str | None:
        """What line ``over`` says a roster under it is the make-up of, if it says so (:func:`members_of`);
        the page's body under its chair's line ("The Rt Hon. Ada Morn MP (Chair)")."""
        text = self.lines[over][1].strip() if over >= 0 else ""
        below = self._nonblank(over + 1, 1) if over >= 0 else -1
        if _chair_of(text, 0) is not None and 0 <= below < len(self.lines) and BULLET.match(self.lines[below][1]):
            return ""  # (its members bulleted under it)
        if MEMBERS_TITLE.fullmatch(text):
            text += ":"  # ("NEC Members elected at the 49th Conference")
        elif self.section and self.section in text and not text.endswith(":"):
            text = self.section + ":"  # a heading over the roster ("Members[edit]") says what a colon would
        return members_of(text) if text else None

    def _after_seated_run(self, i: int) -> bool:
        """Whether line ``i`` comes right after a roster's item that a members' line seats (a
        sub-heading of the roster's between them or not)."""
        prev = self._nonblank(i - 1, -1)
        if prev >= 0 and self._roster_subheading(prev):
            prev = self._nonblank(prev - 1, -1)
        unit = self._roster_unit(prev) if prev >= 0 else None
        return unit is not None and unit[3] == prev and self._roster_seat(prev) is not None

    def _under_members_line(self, i: int) -> bool:
        """Whether line ``i`` comes right under a line that says whose members follow."""
        return self._members_line(self._nonblank(i - 1, -1)) is not None

    def _keyed_by_post(self, i: int) -> bool:
        """Whether line ``i`` is a post, a space and its holder, no comma, dash or colon between
        ("National Chairperson Ada Morn"): a roster's item only under a line naming its members."""
        raw = self.lines[i][1]
        n = BULLET.match(raw) or _NUMBER.match(raw)
        text = without_trailing_markers((n.group("body") if n else raw).strip())
        return roster_posts(text, 0) is None and post_then_holder(text.rstrip(";,. "), 0) is not None

    def _roster_line(self, i: int) -> bool:
        """Line ``i`` as an item of a roster (a run of two or more items): its holders read."""
        unit = self._roster_unit(i)
        if unit is None:
            return False
        name, posts, end, last = unit
        bare = not posts
        alone = not self._unit_after(last, bare) and self._unit_before(i, bare) < 0
        # ("Members: A, B, C" is a run of its own; so is an item right after a run of another shape on a
        # roster, or right under the roster's line)
        if alone and not self.roster_more.get(i) and not self._after_seated_run(i) and not self._under_members_line(i):
            return False
        first = self._run_first(i, bare)
        over = self._nonblank(first - 1, -1)
        if last > i and over >= 0 and post_parts(self.lines[over][1]) is not None:
            return False  # "Chairman" / "Ada Morn" / "Deputy Chairman" / "Bo Lin": an infobox's keys and values
        seat = self._roster_seat(over)
        if not posts and seat is None:
            return False  # a name alone says nothing unless the roster's line makes it a member
        if seat is None and self._keyed_by_post(i):
            return False  # "President Bo Lind" / "Prime Minister Cy Rask": an office box's colleagues, no roster
        self.skip_lines.update(range(i + 1, last + 1))
        start = self.lines[i][0] + len(self.lines[i][1]) - len(self.lines[i][1].lstrip())
        if seat is not None:
            # under "Other members of the Politburo are:", a post of no body is the organ's ("Bo Lin –
            # Deputy Chair"); a portfolio ("Secretary for Finance – Bo Lin") or a post of the state
            # ("Prime Minister Bo Lin") says no more than the seat
            posts = [
                RosterPost(p.title, p.body or seat)
                for p in posts
                if p.body or not (_is_portfolio_post(p.title) or _STATE_POST.search(p.title))
            ]
        chair = _chair_of(self.lines[over][1], self.lines[over][0]) if seat == "" else None
        if chair is not None and over not in self.roster_seats_read:  # the chair over the roster leads the body
            self.roster_seats_read.add(over)
            self.d.lists.append(
                ListItem(chair, "Chair", None, None, False, self.section, chair.start, chair.end, over + 1)
            )
        held = [(p.title, p.body) for p in posts] + ([("Member", seat)] if seat is not None else [])
        for who in [name, *self.roster_more.get(i, [])]:
            for title, body in held:
                self.d.lists.append(ListItem(who, title, None, None, False, self.section, start, end, i + 1, body))
        # ("Ada Morn, Secretary of X and head of Y;": the seat here, the posts the other readers')
        return i not in self.roster_described
