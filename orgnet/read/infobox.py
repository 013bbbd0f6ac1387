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

The line matcher and the value splitter are in :mod:`orgnet.read.field_lines`; this module
holds the field model, the field names and the tests on text they use. Field names come from
``vocab/fields.yaml``; a misspelt name at edit distance one
(``Year stablished``) is still recognised. Interface debris (``Edit this at
Wikidata``, ``OOjs UI icon ...``) is cut from values. This module does not decide
what a value *means*; :mod:`orgnet.extract` does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocabulary
from ..lexicon import title_plural

__all__ = [
    "Span",
    "Field",
    "FieldDef",
    "strip_debris",
    "field_defs",
    "looks_like_prose",
    "has_cjk",
    "has_org_word",
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
    oversight: bool = (
        False  # the holder answers for the body ("Minister responsible"), heads it only on a ministry's page
    )
    colon: bool = False  # a key only with a colon after it ("Members: A, B"; "Members" alone is a heading)


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
    oversight: bool = False


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
            oversight=bool(f.get("oversight", False)),
            colon=bool(f.get("colon", False)),
        )
        for f in vocabulary.fields()
    ]  # a post may have several holders, one a line
    known = {d.key.casefold() for d in defs}
    for title in vocabulary.names()["titles"]:
        for key, many in ((title, True), (title_plural(title), True)):  # "Secretary General" / "A" / "B": both hold it
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
    >>> strip_debris("[[Ada Li]] (Army General)", 0).text, strip_debris("[[Tide House]]<ref>{{cite}}</ref>", 0).text
    ('Ada Li', 'Tide House')
    >>> strip_debris("{{lang|zh-Hans-CN|潮汐委员会}}", 0)
    Span(text='潮汐委员会', start=18, end=23)
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


# raw wikitext: a value that is one link, or an interlanguage-link or language template, or a link then a
# place's tail ("[[Ulton]], Ruritania"), a note ("[[Ada Li]] (Army General)") or a reference
# ("[[Tide House]]<ref>...</ref>"); the name is the link's target
_WIKI_LINK = re.compile(
    r"^(?:\[\[(?P<a>)|\{\{ill\||\{\{lang\|[A-Za-z-]{2,12}\|)(?P<name>[^\[\]{}|]{1,120})(?:\|[^\[\]{}]{0,120})?(?:\]\]|\}\})"
    r"(?=$|,|\s*\([^()]{1,60}\)\s*$|<ref\b)"
)


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
    >>> looks_like_prose("Seat: J. Edgar Hoover Building, Washington, D.C.")
    False
    """
    s = line[: trailing_markers_start(line)].strip()
    words = s.split()
    if is_name_list(s):
        return False
    if len(s) > 160 or len(words) > 22:
        return True
    ends = s.endswith((".", "!", "?", '."', ".”", ".)", ":")) and not _ABBREVIATION_END.search(s)
    return ends and len(words) >= 7


def is_name_list(line: str) -> bool:
    """A list of three names or more after a key or alone, no verb, maybe closed by a full stop.

    A value under its key ("Deputy Chairpersons" / "Ada Morn, Bo Lin, ...") is such a
    list however long it is; alone, each name is words in capitals (name particles aside).

    >>> is_name_list("Members: Ada Morn, Bo Lin, Cy Rask (deceased)."), is_name_list("Note: Ada Morn, Bo Lin and Cy Rask met.")
    (True, False)
    >>> is_name_list("Ada Morn, Bo Lin, Cy van Rask, Di Wu"), is_name_list("Ada Morn, Bo Lin, Cy Rask met there")
    (True, False)
    """
    s = line.strip()
    return bool(_NAME_LIST.fullmatch(s) or _bare_name_list().fullmatch(s))


# a key's list of names, no verb: "Members: Ada Morn, Bo Lin, Cy Rask (deceased)."
_NAME_LIST = re.compile(
    r"[A-Z][\w ]{1,30}:\s*(?:[A-Z][^\s,;:.]*(?: [^\s,;:.]+){0,4}, ){2,}(?:and )?[A-Z][^\s,;:.]*(?: [^\s,;:.()]+){0,4}(?: \([^()]{1,30}\))?\.?"
)


@functools.cache
def _bare_name_list() -> re.Pattern:
    """Three names or more and no key: "Ada Morn, Bo Lin, Cy van Rask and Di Wu"."""
    particles = "|".join(re.escape(p) for p in sorted(vocabulary.names()["name_particles"], key=len, reverse=True))
    word = r"(?:[A-Z][^\s,;:.()]*|[A-Z]\.|(?:" + particles + r")(?=[ -]))"
    name = word + r"(?:[ -]" + word + r"){0,4}"
    return re.compile(rf"(?:{name}, ){{2,}}(?:and )?{name}(?: \([^()]{{1,30}}\))?\.?")


# a line ending on an abbreviation's full stop, not a sentence's ("Washington, D.C.", "Tide Holdings Ltd.")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.$")


_TRAILING_MARKERS = re.compile(
    r"(?:[\s\u200a\u2009]?\[(?:\d{1,3}\](?:[\s\u200a\u2009]?:[\s\u200a\u2009]?[\d–-]+)?|[a-z?][a-z ?]{0,38}\]))+\s*$"
)
# the same, read backwards from the end of the reversed text (see trailing_markers_start)
_TRAILING_MARKERS_REVERSED = re.compile(
    r"\s*(?:(?:(?:[\d–-]+[\s\u200a\u2009]?:[\s\u200a\u2009]?)?\]\d{1,3}|\][a-z?][a-z ?]{0,38})\[[\s\u200a\u2009]?)+"
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
    >>> t = "Tide Office[needs update]"  # an editor's tag
    >>> t[:trailing_markers_start(t)]
    'Tide Office'

    """
    m = _TRAILING_MARKERS_REVERSED.match(text[::-1])
    return len(text) - m.end() if m else len(text)
