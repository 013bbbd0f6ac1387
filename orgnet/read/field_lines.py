"""Which lines of a scraped article are infobox fields (read stage): :func:`match_field_line`
reads one line in any of the layouts :mod:`orgnet.read.infobox` lists, :func:`continues_value`
tells a value's next line from a new field, :func:`split_values` cuts a value into its items."""

from __future__ import annotations

import functools
import re

from .. import lexicon, vocabulary
from ..lexicon import is_known_title, singular_title, titles_pattern
from ..names import capitalised_at_both_ends, looks_like_person
from .infobox import (
    Field,
    FieldDef,
    Span,
    _edit_distance_le1,
    _numbered_key,
    _ranks,
    body_roles,
    field_defs,
    has_cjk,
    has_org_word,
    is_name_list,
    looks_like_prose,
    strip_debris,
)

__all__ = [
    "FILE_NAME",
    "KEY_CELL_ROW",
    "TERM_AFTER",
    "match_field_line",
    "term_line",
    "continues_value",
    "split_values",
    "is_field_key",
]


@functools.lru_cache(maxsize=1)
def _qualified_key() -> re.Pattern:
    """A key of an office with a qualifier before it ("Executive Deputy Head", "Current Commander",
    "Notable Commanders": names.yaml ``key_qualifiers``): its ``rest``."""
    words = "|".join(map(re.escape, vocabulary.names()["key_qualifiers"]))
    return re.compile(r"^(?:" + words + r")\s+(?P<rest>.+)$", re.I)


_URL = re.compile(
    r"^(?:https?://|www\b)|^\S*\.(?:com|org|net|gov|edu|int|info|cn|ru|de|uk|fr|jp|kr|tw|hk)"
    r"(?:\.[a-z]{2})?(?:/\S*)?$|^official (?:website|site|web site)$",
    re.I,
)

_GLUED_UNKNOWN_KEY = re.compile(r"^[A-Z][a-z]{3,}(?: [a-z]+){0,2}(?=[A-Z0-9《「“\"(])")

_COLON_KEY = re.compile(r"^[A-Z][\w ()/-]{0,30}:(?:\s|$)")  # "Origin: Ruritania": the next key


@functools.lru_cache(maxsize=1)
def term_line() -> re.Pattern:
    """A holder's term alone on its line, under the holder's name: "November 21, 2011 to June 30,
    2017", "2007 – 2011", "16 July 2007 – present" (the months of names.yaml).

    >>> bool(term_line().fullmatch("Nov. 21, 2011 to June 30, 2017")), bool(term_line().fullmatch("Marcus 1990–1995"))
    (True, False)
    """
    months = "|".join(sorted(vocabulary.names()["months"], key=len, reverse=True))
    date = rf"(?:\d{{1,2}}\s+)?(?:(?:{months})\.?\s+)?(?:\d{{1,2}},?\s+)?(?:1[6-9]|20)\d\d"
    return re.compile(rf"{date}\s*(?:[-–—]|\bto\b|\buntil\b)\s*(?:{date}|present|incumbent)?", re.I)


_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"  # a capital in the Latin and Cyrillic scripts ("Си Цзиньпин": a holder's name too)
_PERSON_START = re.compile(
    rf"^(?:[A-Z][A-Z0-9&]{{1,9}}\s+[-–—]\s+)?[{_UPPER}][\w'’.-]+(?:[ -][{_UPPER}][\w'’.-]+){{1,3}}\b"
    rf"|^[{_UPPER}][\w'’.-]+(?: ?[*†])?\s*,"
)

# an image's file name in a line ("Flag of Veldra.svg", "Ada Morn 02.png")
FILE_NAME = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?|webp)\b", re.I)

_SEP_DASH = re.compile(r"^\s*[-*•]\s*(?P<key>[A-Za-z][\w ()/&-]{0,40}?)\s*:\s*(?P<val>.*)$")

_SEP_COLON = re.compile(r"^\s*(?P<key>[A-Za-z][\w ()/&-]{0,40}?)\s*:\s*(?P<val>[^|].*)$")

# "| key = value", a reference after the value ("<ref>{{cite web |title=...}}</ref>") no part of it
_SEP_WIKITEXT = re.compile(r"^\s*\|\s*(?P<key>[A-Za-z][\w -]{0,40}?)\s*=\s*(?P<val>[^=]*?)(?:<ref\b.*)?$")

# a template's parameter dumped without its pipe, in lower case: "term_start=March 4, 1954", "party=Tide Party"
_SEP_PARAM = re.compile(r"^\s*(?P<key>[a-z][a-z_]{1,30}\d?)=(?P<val>[^=\s][^=]*?)\s*$")

_SEP_PIPE = re.compile(r"^\s*\|?\s*(?P<key>[A-Za-z][^|]{0,40}?)\s*\|\s*(?P<val>[^|]*?)\s*\|?\s*$")

# a pipe row of a key and its value, empty cells after it: a field however long the value
# ("Deputy Secretary | A (X) B (Y) |", "Composition | A, B, C and D | ||||")
KEY_CELL_ROW = re.compile(r"\|?\s*[A-Z][\w ,.'’()-]{1,40}?\s*\|\s*[^|]{1,300}?\s*(?:\|\s*)*")

_MEMBERS_KEY = re.compile(
    r"(?:Other|Ordinary|Full|Regular|Additional|Alternate|Remaining)(?: [A-Z][\w-]*){0,2} Members"
)

_TRAILING_NUMBER = re.compile(r"^(?P<base>.*?)(?P<num>\d)$")

# "Tide Union (1990–1999) New Harbour (1990–2004)": a cell's values run together after their years
_AFTER_TERM = r"|(?<=\d\)),?\s+(?=[A-Z])|(?<=present\)),?\s+(?=[A-Z])"  # ("A, (1950s–1991), B": a comma too)
# ("and" also in the languages of the foreign keys of fields.yaml: "A, B і C", "A, B und C", "A, B et C")
# (and names set in columns: "Ada Morn          Bo Lin")
_SPLIT_COMMA = re.compile(
    r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|und|et|і|и|та)\s+|(?<=\w)(?: {3,}|\t+)(?=[A-Z])" + _AFTER_TERM
)

_SPLIT_SEMI = re.compile(r"\s*;\s*" + _AFTER_TERM)


# a term in parentheses after a value: "(1903–1919)", "(since 2001)"
TERM_AFTER = re.compile(r",?\s*\(([^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)\s*$")  # (group 1: the term)


# a line that is a name only: two to five capitalised words (small words inside), no digit or comma
_NAME_ONLY = re.compile(
    r"[^\W\d_a-zß-ÿ][\w'’.&-]*(?: (?:(?:of|the|for|and|de|del|la|el|do|da|du)\s)*[^\W\d_a-zß-ÿ][\w'’.&-]*){1,4}"
)


def continues_value(f: Field, line: str) -> bool:
    """Does a line go on with the value of an infobox field opened above it?

    A value ends at a URL or ``Official website``, at an unknown key glued to its value
    (``BadgeThe emblem``, ``Seats130``), and, for fields whose values are bodies or people,
    at a line that names neither.

    >>> f = Field(key="Part of", raw_key="Part of", role="part_of", multi=True)
    >>> continues_value(f, "Harbour Defence Force"), continues_value(f, "Insignia")
    (True, False)
    >>> continues_value(f, "www.example.org"), continues_value(f, "MottoTides Rise"), continues_value(f, "Origin: Ulton")
    (False, False, False)
    >>> continues_value(f, "TSDWP-Narrow Socialists (1903–1919)"), continues_value(f, "Ada Li (1903–1919)")
    (True, False)
    >>> a = Field(key="Affiliates", raw_key="Affiliates", role="affiliation", multi=True, values=[Span("Tide TV", 0, 7)])
    >>> continues_value(a, "Cubavision International"), continues_value(a, "Picture format 480i")
    (True, False)
    >>> g = Field(key="Deputy", raw_key="Deputy", role="deputy", multi=True)
    >>> continues_value(g, "Bo Wu"), continues_value(g, "Supreme LeaderAda Li")
    (True, False)
    >>> continues_value(g, "Bagatur *, Bo Wu *, Cy Lo")  # (one name first, a rank's mark after it)
    True
    >>> continues_value(g, "| extinction ="), continues_value(f, "{{Infobox Chinese")
    (False, False)
    """
    s = line.strip()
    if _URL.match(s) or _GLUED_UNKNOWN_KEY.match(s) or _COLON_KEY.match(s) or FILE_NAME.search(s):
        return False  # (an image's file name or caption ends the value too: "Harbour stamp 1998.jpeg")
    if _SEP_WIKITEXT.match(s) or s.startswith(("{{", "}}")):
        return False  # "| founder =" / "| extinction =": a template's next parameter, or its end, or the next template
    if f.role == "name_zh":
        return has_cjk(s)
    if f.multi and not f.values and re.fullmatch(r"\d{1,4}", s):
        return True  # "Units" / "15" / "• A" / "• B": how many the list under the key holds  # ("Chinese name" / blank / "Early life and education": a heading, no name)
    if f.role in body_roles():
        if f.role == "oversight" and _oversight_office_rx().match(s):
            return True  # "Overviewed by" / "Inspector General of Veldra" / "Auditor General of Veldra"
        s = TERM_AFTER.sub("", s)  # "TSDWP-Narrow Socialists (1903–1919)": a party and its years
        if has_cjk(s) or has_org_word(s) or re.match(r"[A-Z][A-Z0-9&]{1,9}(?:$|[-–\s])", s):
            return True
        if (
            f.role in ("predecessor", "successor")
            and (_NAME_ONLY.fullmatch(s) or capitalised_at_both_ends(s))
            and not is_field_key(s.split()[0])
        ):
            # "Preceding agencies" / "• Tide Savunma Kurulu (1949–1962)", "• Det gamle Tidekontor": the key
            # says they are bodies
            return True
        # a list of bodies, one a line, goes on with names of no organisation word ("Affiliates" / "Tide
        # Television" / "Cubavision International"): a name of two to five words, no key's
        return (
            f.role in ("affiliation", "owner", "unit", "subsidiary")
            and bool(f.values)
            and bool(_NAME_ONLY.fullmatch(s))
            and not any(is_field_key(" ".join(s.split()[:k])) for k in (1, 2))
        )
    if f.role.startswith("leader") or f.role == "deputy":
        s = s.rstrip(" |")  # ("Szef |" / "płk Ada Morn |": the holder in a pipe table's cell of its own)
        rank = lexicon.compiled()["honorific_rx"].match(s) if not f.values else None  # (the first holder under the key)
        who = s[rank.end() :] if rank else ""
        if who and looks_like_person(who.split(",")[0].strip()) and not _post_rx_start().match(who):
            return True  # "Incumbent" / "General Ada M. Morn, USA": a rank before the holder, no post's key
        if _post_key(s) is not None or _post_rx_start().match(s) or _glued_post_rx().match(s):
            return False  # "Advisory Council Chief", "Prime Minister Ada Li", "Supreme LeaderAda Li": the next key
        # ("since 2015", "2011 to 2017": the term of the holder above)
        return bool(_PERSON_START.match(s)) or s.casefold().startswith("since ") or bool(term_line().fullmatch(s))
    return True


@functools.lru_cache(maxsize=1)
def _oversight_office_rx() -> re.Pattern:
    """An office of oversight that is an institution (names.yaml ``oversight_offices``)."""
    offices = vocabulary.names()["oversight_offices"]
    return re.compile(r"(?:the )?(?:" + "|".join(re.escape(o) for o in offices) + r")\b", re.I)


@functools.lru_cache(maxsize=8192)
def _lookup(key_text: str, colon: bool = False) -> tuple[FieldDef, int] | None:
    """Find the field definition of a key as printed (case-insensitive, fuzzy, numbered); the keys
    read only before a colon (``colon`` in fields.yaml) when ``colon`` says one follows."""
    raw = " ".join(key_text.split())
    number = 1
    numbered = _numbered_key(raw)
    if numbered and numbered[0].group:
        return numbered
    m = _TRAILING_NUMBER.match(raw)
    if m and m.group("base").strip():
        raw, number = m.group("base").strip(), int(m.group("num"))
    low = raw.casefold()
    exact_any, exact_plain, by_length = _defs_index()
    exact = exact_any if colon else exact_plain
    if low in exact:
        return exact[low], number
    # a misspelt key ("Year stablished"), within one edit, so of a length within one of the
    # key's; the first such definition in field_defs() order. A plural is no misspelling
    # ("Department" is where an office sits, "Departments" the units under a body)
    near = sorted(i for n in (len(low) - 1, len(low), len(low) + 1) for i in by_length.get(n, ()))
    defs = field_defs()
    for i in near:
        key = defs[i].key.casefold()
        if (colon or not defs[i].colon) and _edit_distance_le1(key, low) and key.rstrip("s") != low.rstrip("s"):
            return defs[i], number
    compound = _two_posts(raw)
    return (compound, number) if compound is not None else numbered


_AND = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")


def _two_posts(raw: str) -> FieldDef | None:
    """A key that names the posts one person holds together ("President and CEO", "Chairman &
    Managing Director", "Director/Chief Executive"): each part a leader key or an abbreviated title
    (names.yaml ``title_abbreviations``); a leader key whose title is the whole key.

    >>> _two_posts("President and CEO").title, _two_posts("Headquarters and offices") is None
    ('President and CEO', True)
    """
    parts = _AND.split(raw)
    if not 2 <= len(parts) <= 3:
        return None
    abbreviations = vocabulary.names()["title_abbreviations"]
    for part in parts:
        found = None if part in abbreviations else _lookup(part)
        if part not in abbreviations and (found is None or found[0].role != "leader"):
            return None
    return FieldDef(key=raw, role="leader", multi=True, split="comma", title=raw)


@functools.lru_cache(maxsize=1)
def _defs_by_initial() -> dict[str, tuple[tuple[str, FieldDef], ...]]:
    """:func:`field_defs` as ``(casefolded key, definition)`` by the key's first character, in
    their order (a line is tried only against the keys it can start with)."""
    out: dict[str, list[tuple[str, FieldDef]]] = {}
    for d in field_defs():
        k = d.key.casefold()
        out.setdefault(k[:1], []).append((k, d))
    return {c: tuple(v) for c, v in out.items()}


@functools.lru_cache(maxsize=1)
def _defs_index() -> tuple[dict[str, FieldDef], dict[str, FieldDef], dict[int, tuple[int, ...]]]:
    """:func:`field_defs` by casefolded key (the first of equal keys; then the same without the keys
    read only before a colon), and the positions of the keys of 8 characters or more by their
    length (the candidates for a misspelt key)."""
    exact: dict[str, FieldDef] = {}
    plain: dict[str, FieldDef] = {}
    by_length: dict[int, list[int]] = {}
    for i, d in enumerate(field_defs()):
        key = d.key.casefold()
        exact.setdefault(key, d)
        if not d.colon:
            plain.setdefault(key, d)
        if len(d.key) >= 8:
            by_length.setdefault(len(key), []).append(i)
    return exact, plain, {n: tuple(v) for n, v in by_length.items()}


def match_field_line(line: str, line_start: int, *, allow_unknown_keys: bool = False) -> tuple[Field, str] | None:
    """Match one line as the start of an infobox field.

    Returns the field (with the value on this line, if any) and the separator style
    (``dash``, ``pipe``, ``glued``, ``space``, ``alone``), or ``None``.
    ``allow_unknown_keys`` accepts any ``- Key: Value`` / ``Key | Value |`` key.

    >>> f, style = match_field_line("Formation1984; 40 years ago (1984)", 0)
    >>> (f.key, f.values[0].text, style)
    ('Formation', '1984; 40 years ago (1984)', 'glued')
    >>> f, style = match_field_line("- Leader Name2: Ada Li", 100)
    >>> (f.key, f.number, f.values[0].text, f.values[0].start, style)
    ('Leader Name', 2, 'Ada Li', 116, 'dash')
    """
    hit = _separated_field(line, line_start, allow_unknown_keys)
    if hit is not None:
        return hit
    if (looks_like_prose(line) and not KEY_CELL_ROW.fullmatch(line.strip())) or not line[:1].isalpha():
        return None
    orig = line
    line = line.replace("\u00a0", " ")  # for matching only; values come from `orig`
    low = line.casefold()
    for k, d in _defs_by_initial().get(low[:1], ()):
        if not low.startswith(k):
            continue
        rest = line[len(k) :]
        number = 1
        if rest[:1].isdigit() and (len(rest) == 1 or not rest[1:2].isdigit()) and d.role.startswith("leader_"):
            number, rest = int(rest[0]), rest[1:]
        key_len = len(line) - len(rest)
        if not rest.strip():
            style = "alone"
        elif rest.startswith(":"):
            style = "colon"
        elif rest[0] in " \u00a0\t":
            style = "space"
        elif not rest[0].islower() and rest[0] not in "'’-":
            style = "glued"
        else:
            continue  # "Leadership team" is not "Leader" + "ship team"
        if d.colon and (style != "colon" or not rest[1:].strip()):
            continue  # "Members" or "Members:" over a list, "Membership (2017) 127,930": a heading, or another key
        if style == "space" and rest.split()[0].casefold() in _running_text_words() and rest.split()[0] != "The":
            continue  # "Type of ..." / "Head of the ..." read as words, not fields ("Headquarters The Kremlin": a field)
        if d.role == "name_zh" and style != "alone" and not has_cjk(rest):
            continue  # "Chinese Academy of ..." is a name, not a "Chinese" field
        if style == "space" and d.role == "leader" and re.fullmatch(r"\s*[a-z]+\s*", rest):
            continue  # "Minister responsible" is a key of its own, not Minister = "responsible"
        if style == "space" and d.role == "leader" and has_org_word(rest) and not has_org_word(d.key):
            continue  # "General Directorate of Intelligence" is a body's name, not General = "Directorate ..."
        if style == "space" and d.role in ("leader", "deputy") and _post_key(line.strip()) is not None:
            continue  # "Deputy Chairpersons" is a post's key as a whole, not Deputy = "Chairpersons"
        if style == "space" and _post_key(line.strip()) is not None and is_known_title(rest.strip()):
            continue  # "Office Director" is a post's key as a whole, not Office = "Director"
        if style == "space" and d.role in ("leader", "deputy") and _title_longer_than(line, key_len):
            continue  # "Inspector General of the X" is a title of two words, not Inspector = "General of the X"
        if style == "space" and d.role == "leader" and d.key in _ranks():
            continue  # "Brigadier General Ada Li, new head of ...": a rank before a name (a caption), no post
        f = _new_field(d, orig[:key_len], number, line_start, line_start + len(line))
        val_off = key_len + (1 if style == "colon" else 0)
        if style == "space" and (dash := re.match(r"\s*[-–•]\s+(?=\S)", orig[val_off:])):
            val_off += dash.end()  # "Child agencies - Tide Academy": a bullet before the first value
        if note := re.match(r"(?:\[\w{1,4}\])+", orig[val_off:]):
            val_off += note.end()  # "Political Commissar[3]Major General Bo Wu": the key's footnote marker
        val = orig[val_off:]
        if val.strip():
            f.values.append(strip_debris(val, line_start + val_off))
        return f, style
    # a misspelt key alone on its line ("Year stablished"), or an office with a qualifier
    # ("Executive deputy head")
    found = _lookup(line.strip()) if len(line.strip()) <= 40 else None
    if found is None and len(line.strip()) <= 40:
        q = _qualified_key().match(line.strip())
        found = _lookup(q.group("rest")) if q else None
        if found and not found[0].role.startswith("leader"):
            found = None
    if found is None and (post := _post_key(line.strip())) is not None:
        found = (post, 1)
    if found:
        d, number = found
        return _new_field(d, line.strip(), number, line_start, line_start + len(line)), "alone"
    return None


def _separated_field(line: str, line_start: int, allow_unknown_keys: bool) -> tuple[Field, str] | None:
    """A field whose key a separator ends (``- Key: V``, ``| key = V``, ``Key: V``, ``Key | V |``)."""
    seps = (("dash", _SEP_DASH), ("wikitext", _SEP_WIKITEXT), ("wikitext", _SEP_PARAM), ("colon", _SEP_COLON))
    for style, rx in (*seps, ("pipe", _SEP_PIPE)):
        m = rx.match(line)
        if not m:
            continue
        if style == "colon" and (
            len(m.group("val").split()) > 12 and not is_name_list(line) or m.group("key")[:1].islower()
        ):
            continue  # "Note: the agency moved in 1990 to ...": a sentence, not a field
        key = m.group("key").rstrip(":") if style == "pipe" else m.group("key")  # ("Incumbent: | Ada Morn |")
        found = _lookup(key.replace("_", " "), style != "pipe")  # raw wikitext: "| key_people = ..."
        if found is None and style == "colon" and _MEMBERS_KEY.fullmatch(key):
            found = _lookup("Members", True)  # "Other CMC Members: A    B": the body's other members
        q = _qualified_key().match(m.group("key").strip()) if found is None else None
        if q is not None and (found := _lookup(q.group("rest"))) is not None and not found[0].role.startswith("leader"):
            found = None  # "Executive Deputy Head | Ada Li |": a qualified office, a leader key
        if found is None and style == "pipe" and (post := _post_key(key)) is not None:
            found = (post, 1)  # "Brigade Commanders | Gen. Ada Li (4th Brigade) |": a post's key
        if found is None and style == "colon":
            continue  # "Key:Value" only with a known key ("Chief1 Name:Ada Li")
        if found is None and not allow_unknown_keys:
            continue
        d, number = found if found else (FieldDef(key=m.group("key").strip(), role="literal"), 1)
        f = _new_field(d, m.group("key").strip(), number, line_start, line_start + len(line))
        val = m.group("val")
        if val.strip():
            f.values.append(strip_debris(val, line_start + m.start("val")))
        return f, style
    return None


@functools.lru_cache(maxsize=1)
def _post_rx() -> re.Pattern:
    return re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?P<title>(?:" + titles_pattern() + r"))(?:s|es)?$", re.I)


@functools.lru_cache(maxsize=1)
def _glued_post_rx() -> re.Pattern:
    """A post glued to its holder's name, a key of its own ("Supreme LeaderAda Li")."""
    return re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:" + titles_pattern() + r")(?=[A-Z][a-z])")


@functools.lru_cache(maxsize=1)
def _title_start_rx() -> re.Pattern:
    plurals = sorted(lexicon.compiled()["singular_title"], key=len, reverse=True)  # (the titles' plurals)
    return re.compile(r"(?:" + "|".join(map(re.escape, plurals)) + "|" + titles_pattern() + r")\b", re.I)


def _title_longer_than(line: str, key_len: int) -> bool:
    """Whether an office title opens ``line`` and runs past its first ``key_len`` characters, a
    key's ("Inspector General of the X": the title "Inspector General", longer than the key
    "Inspector").

    >>> _title_longer_than("Inspector General of the Tidewatch", 9), _title_longer_than("Director Ada Li", 8)
    (True, False)
    >>> _title_longer_than("Inspectors General of the Tidewatch", 10)
    True
    """
    m = _title_start_rx().match(line)
    return m is not None and m.end() > key_len


@functools.lru_cache(maxsize=1)
def _post_rx_start() -> re.Pattern:
    return re.compile(r"^(?:Vice |Deputy |First |Executive )?(?:" + titles_pattern() + r")s?\s+[A-Z]")


_PAST_QUALIFIER = re.compile(r"^(?:Previous|Former|Past|Earlier|Current|Present)\s+(?=[A-Z])")


def _post_key(text: str) -> FieldDef | None:
    """A key that names a post ending in an office title (``Advisory Council Chief``,
    ``Executive Vice President``): the person on the next line holds it.

    >>> _post_key("Advisory Council Chief").title, _post_key("Ada Li") is None
    ('Advisory Council Chief', True)
    """
    t = " ".join(text.split())
    if len(t) > 50 or not t[:1].isupper():
        return None
    m = _post_rx().match(t)
    if not m:
        return None
    return FieldDef(key=t, role="leader", multi=True, split="comma", title=_post_of_key(t))


def is_plural_post_key(key: str) -> bool:
    """Whether a post's key names several holders ("Vice-Chairmen", "Deputy Directors").

    >>> is_plural_post_key("Vice-Chairmen"), is_plural_post_key("Vice-Chairman")
    (True, False)
    """
    return _post_of_key(key) != _PAST_QUALIFIER.sub("", key)


def _post_of_key(key: str) -> str:
    """The post a leaders key names, one holder's: "Previous Chiefs" -> "Chief".

    >>> _post_of_key("Previous Chiefs"), _post_of_key("Advisory Council Chief"), _post_of_key("Vice Chairmen")
    ('Chief', 'Advisory Council Chief', 'Vice Chairman')
    """
    t = _PAST_QUALIFIER.sub("", key)
    words = t.split()
    for k in range(len(words)):  # the longest plural title the key ends in
        tail = " ".join(words[k:])
        if (one := singular_title(tail)) != tail:
            return " ".join(words[:k] + [one])
    return t


def is_field_key(text: str) -> bool:
    """Is ``text`` an infobox key of the vocabulary (``Website``, ``Revenue`` is not)?

    >>> is_field_key("Website"), is_field_key("Bagatur")
    (True, False)
    """
    return _lookup(text) is not None


def _new_field(d: FieldDef, raw_key: str, number: int, start: int, end: int) -> Field:
    return Field(
        key=d.key,
        raw_key=raw_key,
        role=d.role,
        start=start,
        end=end,
        number=number,
        title=d.title,
        multi=d.multi,
        split=d.split,
        group=d.group,
        oversight=d.oversight,
    )


def split_values(value: Span, how: str) -> list[Span]:
    """Split one value span into several (``comma`` or ``semicolon``), keeping exact offsets.

    >>> [s.text for s in split_values(Span("Li A, Wang B and Zhou C", 0, 23), "comma")]
    ['Li A', 'Wang B', 'Zhou C']
    >>> [s.text for s in split_values(Span("Tide Party (1990–1999) Sea League (2003–present)", 0, 48), "semicolon")]
    ['Tide Party (1990–1999)', 'Sea League (2003–present)']
    >>> [s.text for s in split_values(Span("Ada Lind (since March 3, 2020), Bo Wu", 0, 37), "comma")]
    ['Ada Lind (since March 3, 2020)', 'Bo Wu']
    """
    if how not in ("comma", "semicolon"):
        return [value]
    rx = _SPLIT_COMMA if how == "comma" or _names_by_commas(value.text) else _SPLIT_SEMI
    out, pos = [], 0
    t = value.text
    # no split inside a parenthesis ("Ada Lind (since March 3, 2020)")
    seps = [m for m in rx.finditer(t) if t.count("(", 0, m.start()) <= t.count(")", 0, m.start())]
    for m in seps + [None]:
        end = m.start() if m else len(value.text)
        piece = value.text[pos:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            txt = piece.strip()
            out.append(Span(txt, value.start + pos + lead, value.start + pos + lead + len(txt)))
        if m:
            pos = m.end()
    return out


def _names_by_commas(text: str) -> bool:
    """Whether a value of whole names (split at semicolons) lists them by commas: two commas or more,
    or one closing the value, each item capitalised ("Rudé právo, Pravda, Munkás", "Tide Government,
    Sea Platform,"); not one name with commas in it ("Ministry of Labour, Invalids, and Social Affairs").

    >>> _names_by_commas("Rudé právo, Pravda, Munkás"), _names_by_commas("Ministry of Industry, Trade, and Tourism")
    (True, False)
    >>> _names_by_commas("Ministry of Agriculture, Forestry and Fisheries"), _names_by_commas("Tide Office, Sea Union,")
    (False, True)
    """
    if ";" in text or "(" in text:
        return False
    items = [t.strip() for t in text.split(",")]
    listed = len(items) >= 3 or (len(items) == 2 and not items[1] and bool(items[0]))
    return listed and all(not t or t[:1].isupper() for t in items)


@functools.cache
def _running_text_words() -> frozenset[str]:
    """Words that, after a space, make a key-like word the start of running text ("Type of the
    unit", "Head of the bureau"): names.yaml ``running_text_words``."""
    return frozenset(vocabulary.names()["running_text_words"])
