"""Which countries a name points at: ``Ministry of Public Security of Vietnam`` -> ``{"VN"}``.

Resolution uses it so that bodies of different countries never merge on a common generic
name. Country names come from pycountry (ISO 3166) and ``vocab/countries.yaml`` (everyday
names, former states, irregular demonyms); a regular demonym is read by rule: a word ending
in -an, -ian, -ese, -ish, -i or -ean whose stem starts exactly one country's one-word name
("Vietnamese", "Chinese", "Iranian").

>>> sorted(countries_in("Vietnamese Ministry of Public Security")), sorted(countries_in("Bureau of Tests"))
(['VN'], [])
"""

from __future__ import annotations

import functools
import re

from . import vocabulary

__all__ = ["countries_in", "is_country_code", "is_country_name", "is_country_word"]

_WORD = re.compile(r"[^\W\d_][\w.'’]*")  # a dash parts words: "China–United States", "Guinea-Bissau"
_SUFFIXES = ("an", "ese", "ian", "ish", "i", "ean", "ans", "ians")
_MAX_WORDS = 7


_SETS: dict[frozenset[str], frozenset[str]] = {}


def _same(codes: frozenset[str]) -> frozenset[str]:
    """One object per set of codes: resolution keeps one per name key, and most are equal."""
    return _SETS.setdefault(codes, codes)


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, frozenset[str]], dict[str, str]]:
    """(country name as words -> codes, irregular demonym -> codes, one-word name -> code). A
    name two states share ("Korea") points at both."""
    import pycountry

    names: dict[tuple[str, ...], set[str]] = {}

    def add(name: str, code: str) -> None:
        words = tuple(w.casefold().rstrip(".") for w in _WORD.findall(name))
        if words:
            names.setdefault(words, set()).add(code)

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:  # "Korea, Republic of": the everyday names come from the YAML
                add(n, c.alpha_2)
    voc = vocabulary.load("countries")
    for code, others in voc["other_names"].items():
        for n in others:
            add(n, str(code))
    one_word = {w[0]: next(iter(cs)) for w, cs in names.items() if len(w) == 1 and len(w[0]) >= 4 and len(cs) == 1}
    for code, ds in voc["demonyms"].items():  # irregular demonyms, some of two words ("North Korean")
        for d in ds:
            add(d, str(code))
    codes = {w: _same(frozenset(cs)) for w, cs in names.items()}
    demonyms = {w[0]: cs for w, cs in codes.items() if len(w) == 1}
    return codes, demonyms, one_word


@functools.lru_cache(maxsize=1 << 16)
def _demonym(word: str) -> frozenset[str]:
    """The countries of a demonym ("vietnamese" -> ``{"VN"}``; "korean" -> both Koreas), or none."""
    _, irregular, one_word = _tables()
    if word in irregular:
        return irregular[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            room = 2 if len(stem) >= 4 else 1  # "Cuban": "Cuba"; "Roman" is not "Romania"
            hits = {code for name, code in one_word.items() if name.startswith(stem) and len(name) - len(stem) <= room}
            if len(hits) == 1:
                return _same(frozenset(hits))
    return _NONE


@functools.lru_cache(maxsize=1 << 18)
def countries_in(name: str) -> frozenset[str]:
    """The codes of the countries a name mentions (by name or demonym).

    >>> sorted(countries_in("Communist Party of Vietnam")), sorted(countries_in("China–United States Forum"))
    (['VN'], ['CN', 'US'])
    >>> sorted(countries_in("Soviet Committee for State Security")), sorted(countries_in("People's Republic of China"))
    (['SUHH'], ['CN'])
    >>> sorted(countries_in("China's Ministry of X")), sorted(countries_in("North Korean Bureau of Y"))
    (['CN'], ['KP'])
    >>> sorted(countries_in("Workers' Party of Korea"))
    ['KP', 'KR']
    """
    names, _, _ = _tables()
    words = [w.casefold().rstrip(".") for w in _WORD.findall(name or "")]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            codes = names.get(tuple(words[i : i + n]))
            if codes:
                found |= codes
                i += n
                break
        else:
            w = words[i]
            found |= _demonym(w) or (names.get((w[:-2],), _NONE) if w.endswith(("'s", "’s")) else _NONE)
            i += 1
    return _same(frozenset(found))


def is_country_word(word: str) -> bool:
    """Whether ``word`` alone names a country or is its demonym, regular or not ("Soviet", "Afghan").

    >>> is_country_word("Soviet"), is_country_word("Cuban"), is_country_word("Harbour")
    (True, True, False)
    """
    return word[:1].isupper() and " " not in word and bool(countries_in(word))


_LEADING_THE = re.compile(r"^the\s+", re.I)


def is_country_name(name: str) -> bool:
    """Whether the whole of ``name`` names a country (a state is no body anyone leads).

    >>> is_country_name("the Soviet Union"), is_country_name("Communist Party of the Soviet Union")
    (True, False)
    """
    words = [w.casefold().rstrip(".") for w in _WORD.findall(_LEADING_THE.sub("", (name or "").strip()))]
    return bool(words) and tuple(words) in _tables()[0]


@functools.lru_cache(maxsize=4096)
def is_country_code(s: str) -> bool:
    """Whether ``s`` is a country's ISO 3166 code, two or three capitals ("US", "DPRK" is not one).

    >>> is_country_code("US"), is_country_code("USA"), is_country_code("HB"), is_country_code("us")
    (True, True, False, False)
    """
    if not (2 <= len(s) <= 3 and s.isalpha() and s.isupper()):
        return False
    import pycountry

    return (pycountry.countries.get(alpha_2=s) if len(s) == 2 else pycountry.countries.get(alpha_3=s)) is not None


@functools.lru_cache(maxsize=512)
def state_name(code: str) -> str:
    """A country's everyday name as a phrase says it, with "the" where it takes one.

    >>> state_name("SUHH"), state_name("IR")
    ('the Soviet Union', 'Iran')
    """
    name = country_name(code)
    words = name.split()
    with_the = vocabulary.load("countries")["with_the"]
    return f"the {name}" if words and (words[0] in with_the or words[-1] in with_the) else name


def country_name(code: str) -> str:
    """A country's everyday name from its code (the first of ``other_names``, else ISO's common
    name or name); the code itself when none is known.

    >>> country_name("VN"), country_name("ID"), country_name("XX")
    ('Vietnam', 'Indonesia', 'XX')
    """
    import pycountry

    others = vocabulary.load("countries")["other_names"].get(code)
    if others:
        return str(others[0])
    c = pycountry.countries.get(alpha_2=code) or pycountry.historic_countries.get(alpha_3=code)
    return str(getattr(c, "common_name", None) or getattr(c, "name", code)) if c else code
