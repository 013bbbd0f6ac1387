"""A holder's name at the start of a table's cell or a list's row (read stage): two to five
capitalised words after an honorific or a rank, ending at a month, a number, a lower-case word
or a body's name; a peer by one name ("Lord Fulton"). Used by :mod:`orgnet.read.officeholders`
and wherever a line may be a person's name.

>>> person_name("Ada Li", 10)
Span(text='Ada Li', start=10, end=16)
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..countries import countries_in, is_country_name
from ..lexicon import compiled, is_known_title
from .field_lines import is_field_key
from .holder_vocab import holder_vocab as _vocab
from .infobox import Span

__all__ = ["person_name", "leading_name", "without_native"]

# any script; capitalised (checked where used), maybe after an ʿayn or an apostrophe ("ʿUmar", "'Ali")
# a letter of Chinese, Japanese or Korean script (Hangul syllables and letters, kana, CJK ideographs)
_NATIVE_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_NAME_TOKEN = re.compile(r"['’‘ʿʾ]?[^\W\d_][\w'’ʿʾ`.\-]*")  # ("S`bu": a backtick for an apostrophe)
_OPENING_MARKS = "'’‘ʿʾ"


# a name's own script after its Latin letters ("Ada Morn 강건", "Tide Office 潮汐办公室")
_NATIVE_AFTER = re.compile(r"(?<=[a-z.])(?:\s+[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)+")


def without_native(text: str) -> tuple[str, str]:
    """``text`` without the name in its own script that follows it, and that name ("" for none):
    a list or a table prints both ("• Bo Lin 博林, Vice Chairman", "Ada Morn 강건 (1918–1950)").

    >>> without_native("Bo Lin 博林, Vice Chairman"), without_native("Tide Office 潮汐 办公室")
    (('Bo Lin, Vice Chairman', '博林'), ('Tide Office', '潮汐 办公室'))
    >>> without_native("Ada Morn")
    ('Ada Morn', '')
    """
    m = _NATIVE_AFTER.search(text)
    return (_NATIVE_AFTER.sub("", text), m.group().strip()) if m else (text, "")


# a term right after a name: "April 1992", "11 January 1980", "1992"
_DATE_NEXT = re.compile(r"\s+(?:\d{1,2}\s)?(?:[A-Z][a-z]+\.?\s)?(?:1[6-9]|20)\d\d\b")


def person_name(text: str, start: int) -> Span | None:
    """``text`` as a person's name (two to four capitalised words, no organisation word),
    with its span when ``text`` starts at ``start``; else ``None``.

    >>> person_name("Ada Li", 10), person_name("Bureau of Tides", 0)
    (Span(text='Ada Li', start=10, end=16), None)
    >>> person_name("Ada G. Li", 0).text, person_name("R. Bo Wu", 0).text, person_name("Ada TCB", 0)
    ('Ada G. Li', 'R. Bo Wu', None)
    >>> person_name("The Lord Fulton", 0).text, person_name("The Rt Hon. Ada Li MP", 0).text
    ('Lord Fulton', 'Ada Li')
    >>> person_name("ʿUmar Sulaymān", 0).text, person_name("Ahmad Isma'il 'Ali", 0).text
    ('ʿUmar Sulaymān', "Ahmad Isma'il 'Ali")
    >>> person_name("Bashir al-Morn", 0).text, person_name("al-Morn Ada", 0)  # a particle inside a name only
    ('Bashir al-Morn', None)
    >>> person_name("Olav V of Norway", 0).text, person_name("Bureau of Norway", 0)
    ('Olav V of Norway', None)
    """
    if text.startswith("The ") and (peer := _peer(text[4:])):
        return Span(peer, start + 4, start + 4 + len(peer))  # "The Lord Fulton" (a roster's form)
    if (styled := _styled_peer(text, start)) is not None:
        return styled  # "The Rt Hon. the Lord Janvrin GCB", "The Rt Hon. Admiral Lord West of Spithead GCB DSC"
    found = leading_name(text, start, whole=True)
    if found is not None and " " not in found.text and (peer := _peer(text)):
        return Span(peer, start, start + len(peer))  # "Lord Fulton": a peer, by one name
    royal = _ROYAL.fullmatch(text)
    if royal and is_country_name(royal.group("land")) and royal.group("given") not in _vocab()["org_words"]:
        return Span(text, start, start + len(text))  # "Faisal of Veldra": a monarch, by name and land
    if found is not None and found.text.split()[0].casefold() in _foreign_titles():
        return None  # "Ketua Polis Negara" (Malay: the chief of the national police): an office's name, no one's
    if found is not None and found.text.split()[0] in vocabulary.names()["no_name_openers"]:
        return None  # "Of State" (a key "Head Of State" read as a post and a holder): no name opens so ("To Lam" may)
    if found is not None and " " not in found.text and _ranked_mononym(text, found.text):
        return found  # "Jenderal Polisi Sutanto": one name after a rank of two words or more
    return found if found is not None and " " in found.text else None


def _ranked_mononym(text: str, name: str) -> bool:
    """Whether ``text`` is a rank of two words or more (names.yaml ``honorifics``) and one name after it
    that is no title, organisation or unit word ("Letnan Jenderal TNI Sutiyoso"; not "Major General Staff").

    >>> _ranked_mononym("Jenderal Polisi Sutanto", "Sutanto"), _ranked_mononym("Major General Staff", "Staff")
    (True, False)
    >>> _ranked_mononym("General Sutanto", "Sutanto")  # (one word of rank: "General Assembly" reads so)
    False
    """
    rank = text[: len(text) - len(name)].strip() if text.rstrip().endswith(name) else ""
    v = compiled()
    return (
        " " in rank
        and rank.rstrip(".") in v["honorifics"]
        and len(name) >= 4
        and name not in v["org_words"]
        and name not in v["non_name_words"]
        and not is_known_title(name)
    )


@functools.lru_cache(maxsize=1)
def _foreign_titles() -> frozenset[str]:
    """The one-word office titles of other languages (names.yaml ``foreign_titles``), case-folded."""
    return frozenset(
        f.casefold() for forms in vocabulary.names()["foreign_titles"].values() for f in forms if " " not in f
    )


# a monarch named by one name and the land ("Faisal of Veldra", "Olav V of Norway")
_ROYAL = re.compile(r"(?P<given>[A-Z][a-z]{2,})(?: [IVX]{1,4})? of (?P<land>[A-Z][\w ]{2,30})")


def _peer(text: str) -> str:
    """A peer's title and one name ("Lord Fulton", "Baroness Tidewell of Ulton"), or ''.

    >>> _peer("Lord Fulton"), _peer("Lord Tide Board")
    ('Lord Fulton', '')
    """
    m = _peer_rx().fullmatch(text.strip())
    return m.group() if m else ""


def _styled_peer(text: str, start: int) -> Span | None:
    """A peer after a style and rank and before letters ("The Most Hon. the Marquess of Lothian PC QC"):
    the peer's title and name, else ``None``.

    >>> _styled_peer("The Rt Hon. the Lord Tidewell GCB GCVO", 0), _styled_peer("Lord Tide Board", 0)
    (Span(text='Lord Tidewell', start=16, end=29), None)
    >>> _styled_peer("The Most Hon. the Marquess of Ulton PC QC", 0).text
    'Marquess of Ulton'
    """
    v = _vocab()
    for m in re.finditer(r"(?:^|\s)(?:the\s+)?(?=[A-Z])", text[:80]):  # (a style is short)
        found = _peer_rx().match(text, m.end())
        before = text[: m.start()].strip()
        if (
            found
            and (not before or v["honorific"].fullmatch(before + " "))
            and v["name_tail"].fullmatch(text, found.end())
        ):
            return Span(found.group(), start + found.start(), start + found.end())
    return None


@functools.lru_cache(maxsize=1)
def _peer_rx() -> re.Pattern:
    titles = "|".join(re.escape(w) for w in vocabulary.names()["peerage_titles"])
    return re.compile(rf"(?:{titles}) (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: of [A-Z][a-z]+)?|of [A-Z][a-z]+)")


def _body_after_name(text: str, toks: list[tuple[int, int]]) -> int:
    """How many of a row's leading capitalised words are the name when the row gives no cells:
    a body's name after it is not (``1 Gen. Ada Li United States Air Force 1961 1969``: the
    holder's service, a country's or with its organisation word among its first two words)."""
    for k in range(2, len(toks)):
        words = re.split(r"\s+", re.split(r"\d", text[toks[k][0] :], maxsplit=1)[0].strip())[:4]
        org = [j for j, w in enumerate(words) if w in _vocab()["org_words"]]
        if org and (org[0] < 2 or countries_in(" ".join(words[:2]))):
            return k
    return len(toks)


def _cut_month(word: str) -> bool:
    """Whether ``word`` is the start of a month's name, cut ("Decemb", "Sept"), no month itself.

    >>> _cut_month("Decemb"), _cut_month("December"), _cut_month("Morn")
    (True, False, False)
    """
    return len(word) >= 3 and any(m.startswith(word) and m != word for m in _vocab()["months"])


def leading_name(text: str, start: int, *, whole: bool) -> Span | None:
    """The person's name a cell or row starts with: two to four capitalised words, stopping at
    a month, a number or a lower-case word (``whole``: the cell must be only the name)."""
    v = _vocab()
    toks: list[tuple[int, int]] = []
    pos = 0
    prefix = v["honorific"].match(text)  # "Sir", "Rear Adm.", "General": not part of the name
    if prefix:
        pos = prefix.end()
    last_end = pos
    for m in re.finditer(r"\S+", text[pos:]):
        m_start, m_end = m.start() + pos, m.end() + pos
        tok = m.group().rstrip(",;")
        glued_note = tok.find("(", 1)  # "Bo Rein(DG OSB)1964": a note glued to the name ends it
        if glued_note > 0:
            tok = tok[:glued_note]
        if native := _NATIVE_SCRIPT.search(tok, 1):  # "Bo Wen보원1957": the name in its own script ends it
            tok, glued_note = tok[: native.start()], max(glued_note, 1)
        if toks and text[last_end:m_start].strip(" *†‡,;"):
            break
        if not toks and re.fullmatch(r"\([A-Z][\w'’-]{1,20}\)", tok) and text[m_end : m_end + 1] == " ":
            last_end = m_end
            continue  # "Sir (Ada) Bo Wu": a first name not used, in parentheses before the name
        if toks and re.fullmatch(r"\[[^\]]{1,20}\]|[\"“][^\"”]{1,20}[\"”]", tok):
            last_end = m_end
            continue  # a nickname: "Ada [Red] Li", "Ada “Red” Li"
        core = tok.rstrip("*†‡")
        if re.search(r"[^\W\d_]{3}\.+$", core) and core.rstrip(".") not in ("Jr", "Snr", "Jnr"):
            core = tok = core.rstrip(".")  # "Ada Morn.,", "Ada Morn...": a stop after the name, no initial
            glued_note = max(glued_note, 1)  # (the name ends there)
        bare = v["glued_date"].sub("", core)  # "Li Da August 1921July", "LiFebruary,": glued dates
        if (
            toks
            and bare in v["particles"]
            and re.match(r"\s+[^\W\d_]", text[m_end:])
            and text[m_end:].lstrip()[:1].isupper()
        ):
            last_end = m_end
            continue  # "Jan van Berg", "Ada von Tiden": a particle inside the name
        particle = bool(toks) and bool(compiled()["particle_rx"].match(bare))  # "Ada al-Morn" (not "al-Morn Ada")
        if (
            not _NAME_TOKEN.fullmatch(bare or "-")
            or not (bare.lstrip(_OPENING_MARKS)[:1].isupper() or particle)
            or (bare in v["months"] and (toks or not re.match(r"\s+[^\W\d_]", text[m_end:])))
            or bare.isupper()
            and len(bare) > 1
            and not re.fullmatch(r"(?:[^\W\d_]\.){1,4}", bare)  # initials ("Ada G. Li", "O.C.Z. Morn") are no acronym
        ):
            break  # (a month ends the name, unless it is the first name: "August Lind")
        if len(toks) >= 2 and not text[m_end:].strip() and _cut_month(bare):
            break  # "Ada Li Decemb": the copy ends inside the term's first month
        toks.append((m_start, m_start + len(bare)))
        last_end = m_start + len(bare)
        if bare != core or len(toks) == 5 or glued_note > 0:
            break
    if not whole:
        toks = toks[: _body_after_name(text, toks)]
    if not 2 <= len(toks) <= 5:
        if (
            len(toks) == 1
            and whole
            and text[prefix.end() if prefix else 0 :].strip().rstrip("*†‡") == text[toks[0][0] : toks[0][1]]
        ):
            pass  # a one-word name alone in its cell ("Bagatur", "General Bagatur")
        elif len(toks) == 1 and prefix and not whole and _DATE_NEXT.match(text, toks[0][1]):
            pass  # "General Bagatur April 1992 ...": a rank, a one-word name, then the term
        else:
            return None
    a, b = toks[0][0], toks[-1][1]
    name = text[a:b]
    if whole and text[b:].strip(" *†‡") and not v["name_tail"].fullmatch(text, b):
        return None  # a cell is the name, its letters ("Ada Li, OBE") and a note ("(acting)") only
    if (
        name.casefold() in v["unknown"]
        or any(w in v["org_words"] for w in name.split())
        or name.casefold() in v["title_forms"]
        or (" " not in name and is_field_key(name))
        or sum(bool(v["header_only"].fullmatch(w)) for w in name.split()) >= 2
    ):
        return None  # "Website | www |": a key, not a one-word name; "Rank Name Image In": a table's header
    return Span(name, start + a, start + b)
