"""Name rules (extract and resolve stages): mentions, organisation and person names, initials, keys, slugs.

The tests a name is put to wherever names are compared: :func:`looks_like_person`,
:func:`is_org_name`, :func:`strip_disambiguator`, :func:`same_subject`, and a name's initials
against an abbreviation; :func:`name_key`, the one key names are matched on, and
:func:`slugify`, the id made from a label.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from . import vocabulary
from .countries import countries_in, is_country_name
from .lexicon import compiled

__all__ = [
    "Mention",
    "is_org_name",
    "looks_like_person",
    "name_key",
    "same_subject",
    "slugify",
    "strip_disambiguator",
    "subject_name",
    "initials_match",
    "capitalised_at_both_ends",
    "COUNTRY_PAREN",
]


@dataclass
class Mention:
    """A name in a sentence: ``start``/``end`` are offsets into the document text."""

    start: int
    end: int
    surface: str
    name: str
    title: str = ""
    anaphor: str = ""  # "org" / "person" when the mention is "it", "the department", "she"
    org: bool = False
    person: bool = False
    acronym: bool = False
    possessive: bool = False
    kind: str = ""  # a kind the context gives (a lower-case group of foreigners: "foreign")
    based_in: str = ""  # "the Ulton-based Harbour Club": the place the name says it is based in
    held_by: str = ""  # "the HB-controlled Tide Club": the body the name says controls it
    part_of: str = ""  # "the Tide Ministry's Office of Harbour Control": the body whose part it is


def strip_disambiguator(name: str) -> str:
    """Drop a trailing ``(China)``-style disambiguator from an article title.

    >>> strip_disambiguator("Ministry of Public Works (Ruritania)")
    'Ministry of Public Works'
    """
    return compiled()["disambiguators"].sub("", name).strip()


_NAME_WORD = re.compile(r"[\w’']+")
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?: (?:of|for|in) (?:the )?[A-Z].*)?")
_ALL_CAPITALS = re.compile(r"[A-Z]{2,}")


@functools.lru_cache(maxsize=1 << 16)
def is_org_name(name: str) -> bool:
    """True when a name holds an organisation word or is an acronym.

    >>> is_org_name("Bureau of Tests"), is_org_name("BOT"), is_org_name("Li Wei")
    (True, True, False)
    >>> is_org_name("BOT of the Ruritanian SFSR")  # an acronym's body of a republic
    True
    """
    words = _NAME_WORD.findall(name)
    v = compiled()
    if any(w in v["org_words"] or _org_compound(w, v["org_suffixes"]) for w in words):
        return True  # ("Bundesnachrichtendienst": a compound that ends in an organisation word)
    return bool(_ACRONYM_NAME.fullmatch(name.strip()))


_NAME_WORD = re.compile(r"[\w'’.\ufffd-]+")


def _org_compound(w: str, suffixes: tuple[str, ...]) -> bool:
    """A capitalised compound that ends in an organisation word ("Bundesnachrichtendienst")."""
    # (str.endswith of the tuple first: this runs on every word of every name)
    return w.endswith(suffixes) and w[:1].isupper() and any(w.endswith(s) and len(w) >= len(s) + 3 for s in suffixes)


def _cap_word(w: str) -> bool:
    """A capitalised word of a name in any Latin script ("Li", "Đỗ", "Ólafur"), not all capitals."""
    return w[:1].isupper() and bool(_NAME_WORD.fullmatch(w)) and not (w.isalpha() and len(w) > 1 and w.isupper())


def _not_name_word(w: str) -> bool:
    return w in compiled()["non_name_words"]


_WORDS_OF_A_NAME = re.compile(r"[\w'’.&-]+(?: [\w'’.&-]+){0,7}")


def capitalised_at_both_ends(text: str) -> bool:
    """Up to eight words, the first (of three letters at least when alone) and the last capitalised:
    a name where a key says a body stands, in any language ("Det gamle Tidekontor").

    >>> [capitalised_at_both_ends(t) for t in ("Tidecom", "Det gamle Tidekontor", "Ada Li and others", "Bo")]
    [True, True, False, False]
    """
    words = text.split(" ")
    return (
        bool(_WORDS_OF_A_NAME.fullmatch(text))
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and (len(words) > 1 or len(text) >= 3)
    )


@functools.lru_cache(maxsize=1 << 16)
def looks_like_person(name: str) -> bool:
    """Two to five capitalised words, no organisation word, not a title.

    >>> looks_like_person("Li Wei"), looks_like_person("Ministry of Widgets"), looks_like_person("President")
    (True, False, False)

    A month opens no name (but for a given name that is also a month's abbreviation), and is in one
    only as a given name's syllable ("Bo Jun", not "Bo June"):

    >>> looks_like_person("Ada Hyong Jun"), looks_like_person("Mar Ada"), looks_like_person("Ada June")
    (True, False, False)
    >>> looks_like_person("Jan Ruda"), looks_like_person("Jun Wei")  # (names.yaml month_given_names)
    (True, True)
    >>> looks_like_person("North Korea")
    False

    Particles inside a name do not count towards its five words:

    >>> looks_like_person("Alonso Vera de Molina de Las y Núñez")
    True
    """
    words = name.split()
    v = compiled()
    # the particles inside a long Iberian or Dutch name ("Alonso Vera de Molina de Las y Núñez") do
    # not count towards its five words
    named = [w for k, w in enumerate(words) if not (w in v["particles"] and 0 < k < len(words) - 1)]
    if not 2 <= len(named) <= 5 or len(words) > 9 or is_org_name(name) or any(_not_name_word(w) for w in words):
        return False  # ("Intelligence Security": a unit, not a person)
    if words[0] in vocabulary.names()["no_name_openers"]:
        return False  # ("Of State", "The Harbour": names.yaml no_name_openers)
    if is_country_name(name):
        return False  # ("North Korea", "Sri Lanka": a state, not a person)
    if (
        name.casefold() in compiled()["titles_cf"]
        or name.casefold() in compiled()["singular_title"]
        or any(
            w in compiled()["months"] and (len(w) > 3 or k == 0 and w not in compiled()["month_given_names"])
            for k, w in enumerate(words)
        )
        or words[-1].casefold() in compiled()["one_word_titles"]
    ):
        return False  # ("Foreign Minister", "Deputy Director": a post, not a person)
    return all(
        (_cap_word(w) or v["particle_rx"].match(w) or (w in v["particles"] and 0 < k < len(words) - 1))
        and not _ALL_CAPITALS.fullmatch(w)
        for k, w in enumerate(words)
    )


# --------------------------------------------------------------------------- the extractor


def subject_name(title: str) -> tuple[str, str]:
    """The subject's name and abbreviation from a title like ``Full Name (ABBR)``.

    >>> subject_name("Bureau of Tests (BOT)")
    ('Bureau of Tests', 'BOT')
    >>> subject_name("Ministry of Tests (Ruritania)")
    ('Ministry of Tests', '')
    >>> subject_name("Bureau of Tests - BOT"), subject_name("Bureau of Tests BOT")
    (('Bureau of Tests', 'BOT'), ('Bureau of Tests', 'BOT'))
    >>> subject_name("Bureau of Tests — BOT —")  # (a German encyclopedia's caption: the abbreviation between dashes)
    ('Bureau of Tests', 'BOT')
    >>> subject_name("Bureau of Tests UK")
    ('Bureau of Tests UK', '')
    >>> subject_name("The Bureau of Tests, 1949"), subject_name("Bureau of Tests: 1950–1960")
    (('Bureau of Tests', ''), ('Bureau of Tests', ''))
    >>> subject_name("Tide Watch (Vakta Tidu, in Swedish)")
    ('Tide Watch', '')
    >>> subject_name("Pillars and Structures of HB"), subject_name("History of the Bureau of Tests (BOT)")
    (('HB', ''), ('Bureau of Tests', 'BOT'))
    """
    # a heading's year ("The Bureau of Tests, 1949") and leading article are not the name
    title = re.sub(
        r"(?:,|:|\s[-–—])\s*(?:c\.\s*)?(?:1[6-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[6-9]|20)\d\d|\d\d))?\s*$",
        "",
        title.strip(),
    )
    title = re.sub(r"^The\s+(?=[A-Z])", "", title)
    if aspect := compiled()["aspect_title_rx"].match(title.strip()):
        title = aspect.group("name")  # "Pillars and Structures of HB", "History of the Harbour Bureau": the body
    gloss = compiled()["language_gloss"].match(title.strip())
    if gloss:
        return gloss.group("name"), ""  # "Tide Watch (Vakta Tidu, in Swedish)": the name in another language after it
    m = re.match(
        r"^(?P<name>.+?)\s*(?:\((?P<abbr>[A-Z][A-Z0-9&]{1,9})\)|\s[-–—]\s(?P<abbr2>[A-Z][A-Z0-9&]{1,9})(?:\s[-–—])?)\s*$",
        title.strip(),
    )
    if m and m.group("abbr2"):
        return m.group("name").strip(), m.group("abbr2")  # "Tide Service - TS"
    if m:
        return m.group("name").strip(), m.group("abbr")
    g = _GLUED_ABBR.match(title.strip())
    if g and initials_match(g.group("name"), g.group("abbr")):
        return g.group("name"), g.group("abbr")  # "Bureau of Tests BOT": the abbreviation glued on with a space
    return strip_disambiguator(title.strip()), ""


# a name of two or more words, then its abbreviation after one space ("Harbour Tide Office HTO")
_GLUED_ABBR = re.compile(r"^(?P<name>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+)+?)\s+(?P<abbr>[A-Z][A-Z0-9&]{1,9})$")


def same_subject(a: str, b: str) -> bool:
    """Do two names plausibly name the same body (shared words, or one the acronym of the other)?

    >>> same_subject("Bureau of Tests of the Ministry", "Bureau of Tests"), same_subject("3rd Bureau", "Widget Centre")
    (True, False)
    """
    fn = compiled()["small_words"]
    wa = {w.casefold() for w in re.findall(r"[\w’']+", a)} - fn
    wb = {w.casefold() for w in re.findall(r"[\w’']+", b)} - fn
    if not wa or not wb:
        return False
    if initials_match(a, b) or initials_match(b, a):
        return True
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def initials_match(name: str, abbr: str) -> bool:
    """Can ``abbr`` be spelt by the words of ``name`` (first letters; function words optional)?"""
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    a = abbr.upper().replace("&", "")
    fn = compiled()["acronym_small_words"]

    @functools.lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if i == len(a):
            return all(w.casefold() in fn for w in words[j:])
        if j == len(words):
            return False
        w = words[j]
        if w.casefold() in fn and go(i, j + 1):
            return True
        if w[:1].upper() == a[i]:
            # a word may give one letter, or several of its own leading letters ("Int" -> "I")
            if go(i + 1, j + 1):
                return True
        if w.isupper() and len(w) > 1 and a[i : i + len(w)] == w:
            return go(i + len(w), j + 1)
        return False

    return go(0, 0)


#: a country (or other qualifier) in parentheses at the end of a name: "Ministry of Tides (Ruritania)"
COUNTRY_PAREN = re.compile(r"\s*\(([^()]+)\)$")


@functools.lru_cache(maxsize=1 << 18)
def name_key(name: str) -> str:
    """The key names are matched on: NFKC, case-folded, no leading "the", one kind of dash
    and quote, no disambiguator, squashed spaces.

    >>> name_key("The  Bureau–of “Tests” (Ruritania).")
    'bureau-of "tests"'
    >>> name_key("Ministry of Public Security (Vietnam)")
    'ministry of public security (vietnam)'
    """
    s = unicodedata.normalize("NFKC", name or "").replace("\u00a0", " ").strip(" .,;:")
    m = COUNTRY_PAREN.search(s)
    country = m.group(1) if m and countries_in(m.group(1)) else ""  # "(Vietnam)" tells two bodies apart: kept
    s = strip_disambiguator(s)
    if country and not s.endswith(")"):
        s = f"{s} ({country})"
    s = s.replace("–", "-").replace("—", "-").replace("’", "'").replace("“", '"').replace("”", '"')
    s = " ".join(s.split()).strip(" .,;:")
    s = s.casefold()
    s = re.sub(r"^the ", "", s)
    return s


def slugify(label: str) -> str:
    """A URL- and file-safe id from a label.

    Apostrophes are dropped; any other run of characters that are not letters or digits (a
    dash of any kind, a space, a quote) is one ``-``, so words stay apart; accents are
    dropped from Latin letters and letters of other scripts are kept.

    >>> slugify("Ministry of Foreign Affairs (China)"), slugify("Ruritania–Elbonia Forum")
    ('ministry-of-foreign-affairs-china', 'ruritania-elbonia-forum')
    >>> slugify("People’s Société d'Études"), slugify("研究 中心")
    ('peoples-societe-detudes', '研究-中心')
    """
    s = "".join(ch for ch in unicodedata.normalize("NFKD", label) if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFKC", s).replace("'", "").replace("’", "")
    s = _NOT_WORD.sub("-", s).strip("-").casefold()
    return s or "x" + hashlib.sha1(label.encode("utf-8", "surrogatepass")).hexdigest()[:10]


_NOT_WORD = re.compile(r"[\W_]+")
