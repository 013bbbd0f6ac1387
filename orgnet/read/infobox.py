"""Infobox fields in every layout of scraped articles (read stage).

An infobox is a run of short ``key value`` lines. Scrapes print it in several ways,
all handled here by one line matcher:

======================  =============================================
dash-infobox            ``- Parent Organization: Ministry of X``
pipe table              ``| Formation | 1942 |``
glued                   ``Formation1984; 40 years ago (1984)``
one space               ``Leader Liu Wei``
key, then value lines   ``Deputy ministers`` / ``Li A, Wang B``
======================  =============================================

Field names come from ``vocab/fields.yaml``; a misspelt name at edit distance one
(``Year stablished``) is still recognised. Interface debris (``Edit this at
Wikidata``, ``OOjs UI icon ...``) is cut from values. This module does not decide
what a value *means*; :mod:`orgnet.extract` does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocabulary

__all__ = [
    "Span",
    "Field",
    "FieldDef",
    "match_field_line",
    "strip_debris",
    "split_values",
    "field_defs",
    "looks_like_prose",
    "has_cjk",
    "has_org_word",
    "continues_value",
    "is_field_key",
    "body_roles",
]


@functools.lru_cache(maxsize=1)
def body_roles() -> frozenset[str]:
    """Roles whose values are bodies (organisations): a value line must read as one (``body: true``
    in the roles of ``vocab/fields.yaml``).

    >>> "parent" in body_roles(), "headquarters" in body_roles()
    (True, False)
    """
    return frozenset(r for r, spec in vocabulary.field_roles().items() if spec.get("body"))


@dataclass(frozen=True)
class Span:
    """A piece of a document's text: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class FieldDef:
    """One infobox field name from the vocabulary."""

    key: str
    role: str
    multi: bool = False
    split: str = ""
    title: str = ""
    group: str = ""


@dataclass
class Field:
    """An infobox field found in a document.

    ``key`` is the vocabulary's spelling, ``raw_key`` what the document printed;
    ``number`` is the number of numbered keys (``Leader Name2`` -> 2, ``Minister1 Name`` -> 1)
    and ``group`` what the number counts (``minister``), so that ``Minister1 Name`` pairs with
    ``Minister1 Pfo`` and not with ``Deputyminister1 Pfo``.
    ``values`` are spans of the document text; ``start``/``end`` cover key and values.
    """

    key: str
    raw_key: str
    role: str
    values: list[Span] = field(default_factory=list)
    start: int = 0
    end: int = 0
    line: int = 0
    number: int = 1
    title: str = ""
    multi: bool = False
    split: str = ""
    group: str = ""


def plural(word: str) -> str:
    """The plural of an office title's last word (``Secretary`` -> ``Secretaries``).

    >>> plural("Vice Chairman"), plural("Deputy Secretary"), plural("Head"), plural("Director General")
    ('Vice Chairmen', 'Deputy Secretaries', 'Heads', 'Directors General')
    """
    head, _, last = word.rpartition(" ")
    if last == "General" and head and head.split()[-1] not in ("Major", "Lieutenant", "Brigadier", "Colonel"):
        return plural(head) + " General"  # "Directors General" (a rank: "Major Generals")
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch")):
        return word + "es"
    return word + "s"


@functools.lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Titles that are also ranks or honorifics written before a name ("Brigadier", "General")."""
    return frozenset(vocabulary.names()["honorifics"])


@functools.lru_cache(maxsize=1)
def field_defs() -> tuple[FieldDef, ...]:
    """Field definitions, longest key first (so ``Formerly called`` wins over ``Formerly``).

    Besides ``vocab/fields.yaml``, every office title of ``vocab/names.yaml`` (and its plural)
    is a leader key: ``SecretaryLi Wei``, ``Vice Chairpersons | Ada Li, Bo Wu |``.
    """
    defs = [
        FieldDef(
            key=f["key"],
            role=f["role"],
            multi=bool(f.get("multi", False)) or f["role"] == "leader",
            split=f.get("split", "") or ("comma" if f["role"] == "leader" else ""),
            title=f.get("title", ""),
        )
        for f in vocabulary.fields()
    ]  # a post may have several holders, one a line
    known = {d.key.casefold() for d in defs}
    for title in vocabulary.names()["titles"]:
        for key, many in ((title, True), (plural(title), True)):  # "Secretary General" / "A" / "B": both hold it
            if key.casefold() not in known:
                known.add(key.casefold())
                defs.append(FieldDef(key=key, role="leader", multi=many, split="comma", title=title))
    return tuple(sorted(defs, key=lambda d: -len(d.key)))


@functools.lru_cache(maxsize=1)
def _numbered_roles() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Words of numbered template keys (``Minister1 Name``, ``Child2 Agency``, ``Preceding1``):
    the part after the number -> role, the word before it -> role, and office titles written
    without spaces (``deputyminister``) -> their title."""
    v = vocabulary.names()["numbered_keys"]
    titles = {t.casefold().replace(" ", "").replace("-", ""): t for t in vocabulary.names()["titles"]}
    return v["parts"], v["bases"], titles


_NUMBERED = re.compile(
    r"^(?P<base>[A-Za-z][A-Za-z _-]{0,30}?)\s*(?P<num>\d{1,2})(?:\s*(?P<part>[A-Za-z][A-Za-z ]{0,20}))?$"
)


def _numbered_key(raw: str) -> tuple[FieldDef, int] | None:
    """A numbered template key (``Minister1 Name``, ``Chief2 Position``, ``Child1 Agency``).

    >>> d, n = _numbered_key("Deputyminister3 Pfo")
    >>> (d.role, d.title, d.group, n)
    ('leader_title', 'Deputy Minister', 'deputyminister', 3)
    >>> _numbered_key("Child1 Agency")[0].role
    'subsidiary'
    """
    m = _NUMBERED.match(raw)
    if not m:
        return None
    parts, bases, titles = _numbered_roles()
    base = m.group("base").strip().casefold()
    squashed = base.replace(" ", "").replace("-", "").replace("_", "")
    part = (m.group("part") or "").strip().casefold()
    number = int(m.group("num"))
    if squashed in bases and (not part or part in parts):
        return FieldDef(key=raw, role=bases[squashed], multi=True, split="semicolon"), number
    title = titles.get(squashed) or titles.get(squashed.rstrip("s"))
    if title is None and squashed.endswith(("leader", "head", "chief", "executive")):
        title = squashed.title()
    if title is None or (part and part not in parts):
        return None
    role = parts[part] if part else "leader"
    return FieldDef(key=raw, role=role, title=title, group=squashed), number


@functools.lru_cache(maxsize=1)
def _debris_re() -> re.Pattern:
    parts = vocabulary.names()["debris"]
    return re.compile(r"\s*(?:" + "|".join(parts) + r")\s*")


def strip_debris(text: str, start: int) -> Span:
    """Cut interface debris from a value and trim it; return the span of what is left.

    Debris at the end is cut; debris inside is left alone (the span must stay a slice).

    >>> strip_debris("Chinese Communist Party Edit this at Wikidata", 10)
    Span(text='Chinese Communist Party', start=10, end=33)
    >>> strip_debris("Ada Li [8]", 0)
    Span(text='Ada Li', start=0, end=6)
    >>> strip_debris("[[Tide Council|TC]]", 0), strip_debris("{{ill|Ada Li|vi}}", 0)
    (Span(text='Tide Council', start=2, end=14), Span(text='Ada Li', start=6, end=12))
    """
    cut = len(text)
    for m in _debris_re().finditer(text):
        if m.end() >= len(text.rstrip()):
            cut = min(cut, m.start())
    cut = trailing_markers_start(text[:cut])  # "Ada Li [8]": a footnote marker is no part of a value
    kept = text[:cut]
    lead = len(kept) - len(kept.lstrip(" \t\u00a0|"))
    kept = kept.strip(" \t\u00a0|")
    wiki = _WIKI_LINK.match(kept)
    if wiki:  # "[[Ada Li]]", "[[Tide Council|TC]]", "{{ill|Ada Li|vi}}": the linked name
        lead += wiki.start("name")
        kept = wiki.group("name")
    return Span(kept, start + lead, start + lead + len(kept))


# raw wikitext: a value that is one link, or an interlanguage-link template, or a link then a
# place's tail ("[[Ulton]], Ruritania"); the name is the link's target
_WIKI_LINK = re.compile(
    r"^(?:\[\[(?P<a>)|\{\{ill\|)(?P<name>[^\[\]{}|]{1,120})(?:\|[^\[\]{}]{0,120})?(?:\]\]|\}\})(?=$|,)"
)


_QUALIFIED = re.compile(
    r"^(?:executive|first|permanent|acting|senior|principal|standing|honorary)\s+(?P<rest>.+)$", re.I
)
_URL = re.compile(
    r"^(?:https?://|www\b)|^\S*\.(?:com|org|net|gov|edu|int|info|cn|ru|de|uk|fr|jp|kr|tw|hk)"
    r"(?:\.[a-z]{2})?(?:/\S*)?$|^official (?:website|site|web site)$",
    re.I,
)
_GLUED_UNKNOWN_KEY = re.compile(r"^[A-Z][a-z]{3,}(?: [a-z]+){0,2}(?=[A-Z0-9《「“\"(])")
_COLON_KEY = re.compile(r"^[A-Z][\w ()/-]{0,30}:(?:\s|$)")  # "Origin: Ruritania": the next key
_PERSON_START = re.compile(
    r"^(?:[A-Z][A-Z0-9&]{1,9}\s+[-–—]\s+)?[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){1,3}\b|^[A-Z][\w'’.-]+[*†]?\s*,"
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
    """
    s = line.strip()
    if _URL.match(s) or _GLUED_UNKNOWN_KEY.match(s) or _COLON_KEY.match(s) or _FILE_NAME.search(s):
        return False  # (an image's file name or caption ends the value too: "Harbour stamp 1998.jpeg")
    if f.role in body_roles():
        return has_cjk(s) or has_org_word(s) or bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", s))
    if f.role.startswith("leader"):
        if _post_key(s) is not None or _post_rx_start().match(s):
            return False  # "Advisory Council Chief", "Prime Minister Ada Li": the next key
        return bool(_PERSON_START.match(s)) or s.casefold().startswith("since ")  # "since 2015": the term
    return True


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?|webp)\b", re.I)


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(vocabulary.names()["org_words"])


def has_org_word(text: str) -> bool:
    """True when a text holds an organisation word of the vocabulary (``Bureau``, ``Council``).

    >>> has_org_word("Harbour Police Board"), has_org_word("Ada Li")
    (True, False)
    """
    return any(w in _org_words() for w in re.findall(r"[\w'’]+", text))


def _edit_distance_le1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diff = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diff += 1
            if diff > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diff + (len(b) - j) <= 1


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    """True when the text holds Chinese characters.

    >>> has_cjk("Zhonglianbu (中联部)"), has_cjk("Beijing")
    (True, False)
    """
    return bool(_CJK.search(text))


def looks_like_prose(line: str) -> bool:
    """True for a line that reads as running text rather than an infobox entry.

    >>> looks_like_prose("The Bureau was founded in 1950 and runs several schools.")
    True
    >>> looks_like_prose("Headquarters: Beijing, China")
    False
    """
    s = line[: trailing_markers_start(line)].strip()
    words = s.split()
    if len(s) > 160 or len(words) > 22:
        return True
    ends = s.endswith((".", "!", "?", '."', ".”", ".)", ":"))
    return ends and len(words) >= 7


_TRAILING_MARKERS = re.compile(r"(?:[\s\u200a\u2009]?\[\d{1,3}\](?:[\s\u200a\u2009]?:[\s\u200a\u2009]?[\d–-]+)?)+\s*$")
# the same, read backwards from the end of the reversed text (see trailing_markers_start)
_TRAILING_MARKERS_REVERSED = re.compile(
    r"\s*(?:(?:[\d–-]+[\s\u200a\u2009]?:[\s\u200a\u2009]?)?\]\d{1,3}\[[\s\u200a\u2009]?)+"
)


def trailing_markers_start(text: str) -> int:
    """Where the footnote markers that end ``text`` begin (``len(text)`` when there are none).

    The start of ``_TRAILING_MARKERS.search(text)``, found in time linear in the text: that
    search tries every position of a long run of markers followed by words again (quadratic),
    whereas the reversed pattern is matched once at the start of the reversed text. Its greedy
    match is the longest run of markers (with their spaces and page numbers) before the end.

    >>> t = "Ada Li [8][9]: 12 "
    >>> t[:trailing_markers_start(t)], trailing_markers_start("Ada Li")
    ('Ada Li', 6)
    """
    m = _TRAILING_MARKERS_REVERSED.match(text[::-1])
    return len(text) - m.end() if m else len(text)


_FUNCTION_WORDS = {
    "of",
    "on",
    "in",
    "the",
    "and",
    "is",
    "are",
    "was",
    "were",
    "to",
    "for",
    "a",
    "an",
    "as",
    "at",
    "by",
    "with",
    "from",
    "that",
    "this",
    "it",
    "has",
    "have",
    "had",
}
_SEP_DASH = re.compile(r"^\s*[-*•]\s*(?P<key>[A-Za-z][\w ()/-]{0,40}?)\s*:\s*(?P<val>.*)$")
_SEP_COLON = re.compile(r"^\s*(?P<key>[A-Za-z][\w ()/-]{0,40}?)\s*:\s*(?P<val>[^|].*)$")
_SEP_WIKITEXT = re.compile(r"^\s*\|\s*(?P<key>[A-Za-z][\w -]{0,40}?)\s*=\s*(?P<val>[^=]*)$")
_SEP_PIPE = re.compile(r"^\s*\|?\s*(?P<key>[A-Za-z][^|]{0,40}?)\s*\|\s*(?P<val>[^|]*?)\s*\|?\s*$")
_TRAILING_NUMBER = re.compile(r"^(?P<base>.*?)(?P<num>\d)$")


@functools.lru_cache(maxsize=8192)
def _lookup(key_text: str) -> tuple[FieldDef, int] | None:
    """Find the field definition of a key as printed (case-insensitive, fuzzy, numbered)."""
    raw = " ".join(key_text.split())
    number = 1
    numbered = _numbered_key(raw)
    if numbered and numbered[0].group:
        return numbered
    m = _TRAILING_NUMBER.match(raw)
    if m and m.group("base").strip():
        raw, number = m.group("base").strip(), int(m.group("num"))
    low = raw.casefold()
    exact, by_length = _defs_index()
    if low in exact:
        return exact[low], number
    # a misspelt key ("Year stablished"), within one edit, so of a length within one of the
    # key's; the first such definition in field_defs() order. A plural is no misspelling
    # ("Department" is where an office sits, "Departments" the units under a body)
    near = sorted(i for n in (len(low) - 1, len(low), len(low) + 1) for i in by_length.get(n, ()))
    defs = field_defs()
    for i in near:
        key = defs[i].key.casefold()
        if _edit_distance_le1(key, low) and key.rstrip("s") != low.rstrip("s"):
            return defs[i], number
    return numbered


@functools.lru_cache(maxsize=1)
def _defs_index() -> tuple[dict[str, FieldDef], dict[int, tuple[int, ...]]]:
    """:func:`field_defs` by casefolded key (the first of equal keys), and the positions of the
    keys of 8 characters or more by their length (the candidates for a misspelt key)."""
    exact: dict[str, FieldDef] = {}
    by_length: dict[int, list[int]] = {}
    for i, d in enumerate(field_defs()):
        key = d.key.casefold()
        exact.setdefault(key, d)
        if len(d.key) >= 8:
            by_length.setdefault(len(key), []).append(i)
    return exact, {n: tuple(v) for n, v in by_length.items()}


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
    if looks_like_prose(line) or not line[:1].isalpha():
        return None
    orig = line
    line = line.replace("\u00a0", " ")  # for matching only; values come from `orig`
    low = line.casefold()
    for d in field_defs():
        k = d.key.casefold()
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
        if style == "space" and rest.split()[0].casefold() in _FUNCTION_WORDS:
            continue  # "Type of ..." / "Head of the ..." read as words, not fields
        if d.role == "name_zh" and style != "alone" and not has_cjk(rest):
            continue  # "Chinese Academy of ..." is a name, not a "Chinese" field
        if style == "space" and d.role == "leader" and re.fullmatch(r"\s*[a-z]+\s*", rest):
            continue  # "Minister responsible" is a key of its own, not Minister = "responsible"
        if style == "space" and d.role == "leader" and has_org_word(rest) and not has_org_word(d.key):
            continue  # "General Directorate of Intelligence" is a body's name, not General = "Directorate ..."
        if style == "space" and d.role == "leader" and d.key in _ranks():
            continue  # "Brigadier General Ada Li, new head of ...": a rank before a name (a caption), no post
        f = _new_field(d, orig[:key_len], number, line_start, line_start + len(line))
        val_off = key_len + (1 if style == "colon" else 0)
        if style == "space" and (dash := re.match(r"\s*[-–•]\s+(?=\S)", orig[val_off:])):
            val_off += dash.end()  # "Child agencies - Tide Academy": a bullet before the first value
        val = orig[val_off:]
        if val.strip():
            f.values.append(strip_debris(val, line_start + val_off))
        return f, style
    # a misspelt key alone on its line ("Year stablished"), or an office with a qualifier
    # ("Executive deputy head")
    found = _lookup(line.strip()) if len(line.strip()) <= 40 else None
    if found is None and len(line.strip()) <= 40:
        q = _QUALIFIED.match(line.strip())
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
    for style, rx in (("dash", _SEP_DASH), ("wikitext", _SEP_WIKITEXT), ("colon", _SEP_COLON), ("pipe", _SEP_PIPE)):
        m = rx.match(line)
        if not m:
            continue
        if style == "colon" and (len(m.group("val").split()) > 12 or m.group("key")[:1].islower()):
            continue  # "Note: the agency moved in 1990 to ...": a sentence, not a field
        found = _lookup(m.group("key").replace("_", " "))  # raw wikitext: "| key_people = ..."
        q = _QUALIFIED.match(m.group("key").strip()) if found is None else None
        if q is not None and (found := _lookup(q.group("rest"))) is not None and not found[0].role.startswith("leader"):
            found = None  # "Executive Deputy Head | Ada Li |": a qualified office, a leader key
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
    titles = sorted(vocabulary.names()["titles"], key=len, reverse=True)
    return re.compile(
        r"^(?:[A-Z][\w-]*\s+){0,3}(?P<title>(?:" + "|".join(re.escape(t) for t in titles) + r"))(?:s|es)?$", re.I
    )


@functools.lru_cache(maxsize=1)
def _post_rx_start() -> re.Pattern:
    titles = sorted(vocabulary.names()["titles"], key=len, reverse=True)
    return re.compile(
        r"^(?:Vice |Deputy |First |Executive )?(?:" + "|".join(re.escape(t) for t in titles) + r")s?\s+[A-Z]"
    )


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
    return FieldDef(key=t, role="leader", multi=True, split="comma", title=t)


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
    )


# "Tide Union (1990–1999) New Harbour (1990–2004)": a cell's values run together after their years
_AFTER_TERM = r"|(?<=\d\))\s+(?=[A-Z])|(?<=present\))\s+(?=[A-Z])"
_SPLIT_COMMA = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+" + _AFTER_TERM)
_SPLIT_SEMI = re.compile(r"\s*;\s*" + _AFTER_TERM)


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
    rx = _SPLIT_COMMA if how == "comma" else _SPLIT_SEMI
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
