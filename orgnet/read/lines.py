"""What one line of a page is (read stage): section kinds, reference markers, headings, page
furniture, names with terms of office, list headings, hard-wrapped lines (sentence boundaries:
:mod:`orgnet.read.sentences`; a table's header: :mod:`orgnet.read.table_headers`).

Small tests the parser (:mod:`orgnet.read.parse`) asks of a line; none of them changes a document.
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..countries import is_country_name
from ..lexicon import is_known_title, known_titles, title_plural
from .field_lines import FILE_NAME, match_field_line
from .holder_names import person_name
from .holder_vocab import holder_vocab
from .name_posts import holder_glued_post
from .officeholders import CAPTION_ROW, leader_heading
from .table_headers import is_table_header

__all__ = [
    "name_like",
    "BULLET",
    "holder_comma_post",
    "CAPTION_ROW",
    "DATES",
    "HEADING_EDIT",
    "HEADING_EQ",
    "markdown_heading",
    "HEADING_YEARS",
    "HOLDER_SINCE",
    "IN_OFFICE_DATES",
    "MARKER",
    "NAME_ABBR_LINE",
    "NAME_TITLE",
    "OPEN_TITLE_END",
    "PERCENT_ESCAPE",
    "PIPE_ONLY",
    "QUALIFIER_AFTER",
    "REF_CARET",
    "REF_LINE",
    "SPAN_TITLE",
    "TABLE_HEADER",
    "TABLE_RULE",
    "TRAILING_GLOSS",
    "WIKITEXT_NAME",
    "cells_text",
    "error_line",
    "first_title",
    "first_year",
    "is_furniture",
    "is_article_button",
    "edit_page_rx",
    "is_list_heading",
    "is_known_title",
    "known_titles",
    "open_break",
    "plural_titles_rx",
    "section_kind_of",
    "split_words",
    "term_in_parens",
    "title_like",
    "title_qualifiers",
    "title_text",
    "reference_entry",
    "ui_rx",
]


@functools.lru_cache(maxsize=1)
def _sections_vocab() -> dict[str, str]:
    """Section title (casefolded) -> kind (references, see_also, ..., leaders:<Title>)."""
    out = {}
    for kind, titles in vocabulary.names()["sections"].items():
        if isinstance(titles, dict):
            for t, singular in titles.items():
                out[t.casefold()] = f"leaders:{singular}"
        else:
            for t in titles:
                out[t.casefold()] = kind
    return out


@functools.lru_cache(maxsize=4096)
def section_kind_of(title: str) -> str:
    """What a section heading holds ("leaders:...", "units", ...; see ``sections`` in ``vocab/names.yaml``), or ""."""
    t = title.strip().rstrip(":").strip().casefold()
    vocab = _sections_vocab()
    if t in vocab:
        return vocab[t]
    for name, kind in vocab.items():  # "Directors of the Bureau:" -> leaders
        if kind.startswith("leaders:") and t.startswith(name + " of "):
            return kind
    return ""


MARKER = re.compile(
    r"[ \u00a0\u2009\u200a]?\[(?P<num>\d{1,3})\]"
    r"(?:[ \u00a0\u2009\u200a]?:[ \u00a0\u2009\u200a]?\d+(?:[ \u00a0\u2009\u200a]?[–-][ \u00a0\u2009\u200a]?\d+)?)?"
    r"|[ \u00a0]?\[ ?(?:[a-z]|[a-z]{2,3}(?:-[a-z]{2,4})?(?= ?\])|note \d+|nb \d+|n \d+|citation needed|update|needs update|contradictory|"
    r"failed verification|page needed|clarification needed|dubious|discuss|when\?|who\?|which\?|by whom\?|"
    r"better source needed|original research\?|edit) ?\]"
)
# a wiki's edit link in its language, glued before a heading or a row by a proxy: "[edit]", "[modifica]"
# (a mirror that swaps words for look-alikes prints "[ tweak]")
EDIT_LINK = re.compile(
    r"\[ ?(?:edit|tweak|modifica(?: wikitesto)?|modifier(?: le code)?|editar(?: código-fonte)?|(?:Quelltext )?bearbeiten|"
    r"bewerken|redigera|rediger) ?\]"
)
HEADING_EQ = re.compile(r"^(?P<eq>={1,6})\s*(?P<title>[^=].*?)\s*=+\s*$")
HEADING_EDIT = re.compile(r"^(?P<title>[A-Z][^.!?:]{0,60}?) edit$")
SPAN_TITLE = re.compile(r'^<span class="mw-page-title-main">(?P<title>[^<]+)</span>\s*(?P<desc>.*)$')
REF_LINE = re.compile(r"^\s*(?P<num>\d{1,3})\.\s+(?P<body>\S.*)$")
REF_CARET = re.compile(r"^\s*\d{1,3}\.\s+\^")
# "- A", "• A", "1) A"; and "# A", wikitext's numbered item (a "# A" that is a Markdown heading is
# read as one first: :func:`markdown_heading`)
BULLET = re.compile(r"^\s*(?:(?:(?:[-*•·#]|\d{1,2}\))\s+)+|[*•·](?=(?:1[6-9]|20)\d\d|since ))(?P<body>\S.*)$")
# a news item's dateline before its first sentence: "February 15, 2018 (ULTON) – ", "ULTON, Feb 15 (Reuters) - ",
# "WASHINGTON — " (a place in capitals: with a date or an agency, or six letters or more alone)
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
_PLACE = r"[A-Z][A-Z.'’ -]{1,30}[A-Z.]"
DATELINE = re.compile(
    rf"(?:(?:{_DATE})\s*\(\s*{_PLACE}\s*\)"
    rf"|{_PLACE}(?:,\s*{_DATE})?\s*\([A-Z][\w .]{{1,25}}\)"
    rf"|{_PLACE},\s*{_DATE}"
    rf"|[A-Z][A-Z.'’ -]{{5,30}}[A-Z.])"
    r"\s*(?:--|[–—-])\s+(?=[A-Z“\"])"
)
_HEADING_MD = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>[^#\s].*?)(?:\s+#+)?\s*$")
# "Ada Morn (Chairman)", the name maybe in its own script too ("Bo Lin (波林) (CEO)"), note markers after
NAME_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){1,3})(?:[ \u00a0]\([^()A-Za-z\d]{1,30}\))?"
    r"[ \u00a0]\((?P<title>[^()]{2,40})\)(?:\[\w{1,3}\])*$"
)
DATES = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<a>[^()–—-]*?)\s*[–—-]\s*(?P<b>[^()]*?)\)\s*$")
# a heading's years after the name: "Tide Commission (1951–1989)", "Tide Council, 1944–1948"
_FROM, _TO = r"(?:1[6-9]|20)\d\d\s*[-–—]\s*", r"(?:(?:1[6-9]|20)\d\d|present)"
HEADING_YEARS = re.compile(rf"\s*(?:\(\s*{_FROM}{_TO}?\s*\)|,\s*{_FROM}{_TO})\s*$")
PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
TABLE_HEADER = re.compile(
    r"^\|?\s*(?:Field|Key|Property|Attribute|Parameter|Name)\s*\|\s*(?:Value|Values|Data|Details?)\s*\|?$", re.I
)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


@functools.lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern, re.Pattern]:
    v = vocabulary.names()
    lines = re.compile(r"^(?:" + "|".join(v["page_furniture"] + v["article_buttons"]) + r")$", re.I)
    suffix = re.compile(r"(?:" + "|".join(v["title_suffixes"]) + r")$", re.I)
    return lines, suffix


@functools.lru_cache(maxsize=1)
def _buttons() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(vocabulary.names()["article_buttons"]) + r")", re.I)


def is_article_button(s: str) -> bool:
    """An article's button ("Email this Article"; names.yaml ``article_buttons``).

    >>> is_article_button("Email this Article"), is_article_button("Last updated")
    (True, False)
    """
    return bool(_buttons().fullmatch(s.strip()))


@functools.lru_cache(maxsize=1)
def _title_prefix_rx() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(vocabulary.names().get("title_prefixes", [])) + r")", re.I)


@functools.lru_cache(maxsize=1)
def ui_rx() -> re.Pattern:
    """A line of page furniture: a user-interface line of ``vocab/names.yaml`` (``ui_lines``)."""
    return re.compile(r"^(?:" + "|".join(vocabulary.names()["ui_lines"]) + r")$", re.I)


@functools.lru_cache(maxsize=1)
def _error_rx() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(vocabulary.names()["error_lines"]) + r")", re.I)


def error_line(s: str) -> bool:
    """A wiki's template or script error printed into the page.

    >>> error_line("Lua error in Module:Infobox at line 12: bad argument."), error_line("Lua is a language.")
    (True, False)
    """
    return bool(_error_rx().match(s))


@functools.lru_cache(maxsize=1)
def edit_page_rx() -> re.Pattern:
    """A wiki's edit-page line (names.yaml ``edit_page``): "Editing Harbour Board (section)", "Editing".

    >>> edit_page_rx().match("Editing Harbour Board (section)").group("title"), edit_page_rx().match("Editing").group("title")
    ('Harbour Board', None)
    """
    return re.compile(vocabulary.names()["edit_page"] + r"$", re.I)


_GLUED_WORDS = re.compile(r"[a-z][A-Z]")  # a lower-case letter right before a capital: words run together
_STATE_SECTION = re.compile(r"(?P<state>[A-Z][\w'’ -]{2,40}?) (?:News|Politics)")


def is_furniture(s: str) -> bool:
    """A line of page chrome (``Skip to main content``, ``Home > News > X``, a caption).

    >>> is_furniture("Skip to main content"), is_furniture("Bureau of Tides")
    (True, False)
    >>> is_furniture("Print this page | Close window"), is_furniture("Bureau of Tides | Ulton")
    (True, False)
    >>> is_furniture("Norway News"), is_furniture("Tide News")
    (True, False)
    >>> is_furniture("HomeNewsWorldPoliticsSportWeather"), is_furniture("McDonald House of DeVito Studies")
    (True, False)
    """
    rx = _furniture()[0]
    if rx.match(s.strip()):
        return True
    if (m := _STATE_SECTION.fullmatch(s.strip())) and is_country_name(m.group("state")):
        return True  # "Zimbabwe News": a news site's section, not the page's title
    if len(_GLUED_WORDS.findall(s)) >= 4:
        return True  # "NewsSouth AfricaPoliticsCrime & CourtsWorld": a site's menu, its links run together
    parts = [p.strip() for p in s.split("|")] if "|" in s else []  # buttons in a row: "Print this page | Close window"
    return bool(parts) and all(parts) and all(rx.match(p) for p in parts)


def title_text(s: str) -> str:
    """A title line without the site's suffix (``X explained``, ``X - Wikipedia``).

    A site's section word before the title goes too (``Introduction - X``).

    >>> title_text("Bureau of Tides explained"), title_text("Bureau of Tides - Wikipedia")
    ('Bureau of Tides', 'Bureau of Tides')
    >>> title_text("Introduction - Bureau of Tides"), title_text("Organization:Bureau of Tides")
    ('Bureau of Tides', 'Bureau of Tides')

    A pipe table's row whose one filled cell is the title gives that cell:

    >>> title_text("| Director of the Tide Bureau | |")
    'Director of the Tide Bureau'
    """
    one_cell = CAPTION_ROW.fullmatch(s)
    t = _furniture()[1].sub("", one_cell.group("cap") if one_cell else s).strip()
    t = _title_prefix_rx().sub("", t, count=1).strip()
    return t or s


def _script(word: str) -> str:
    """ "latin" for a word in Latin letters, "other" for one in another script, "" for neither."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return ""
    return "latin" if all(ord(c) < 0x250 for c in letters) else "other"


def latin_part(title: str) -> str:
    """A title that gives the name in Latin letters and in another script side by side, the one
    in Latin letters (the other is the native name); any other title as it is.

    >>> latin_part("Tide Information Agency Тидова агенција"), latin_part("潮汐局 Tide Bureau")
    ('Tide Information Agency', 'Tide Bureau')
    >>> latin_part("Tide Bureau"), latin_part("Agence des Marées")
    ('Tide Bureau', 'Agence des Marées')
    """
    words = list(re.finditer(r"\S+", title))
    kinds = [_script(w.group()) for w in words]
    runs = [k for n, k in enumerate(kinds) if k and k != next((x for x in reversed(kinds[:n]) if x), "")]
    if runs not in (["latin", "other"], ["other", "latin"]):
        return title
    latin = [w for w, k in zip(words, kinds, strict=True) if k == "latin"]
    if len(latin) < 2:
        return title
    return title[latin[0].start() : latin[-1].end()]


@functools.cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a title writes in lower case, and a headline's words no name holds (names.yaml
    ``title_small_words`` and ``name_prepositions``, ``headline_words``)."""
    n = vocabulary.names()
    return frozenset(n["title_small_words"]) | frozenset(n["name_prepositions"]), frozenset(n["headline_words"])


def name_like(s: str) -> bool:
    """A line that reads as a name: short, most words capitalised, no sentence punctuation.

    >>> name_like("Ministry of Tides (Ruritania)"), name_like("Ruritania replaces head of news agency")
    (True, False)
    >>> name_like("Ruritania Names New Tide Chief after Purge")
    False
    >>> name_like("Ministerio del Interior"), name_like("Ministério da Defesa")  # "of" in other languages
    (True, True)
    """
    if len(s) > 120 or s[-1] in "!?.:;," and not s.endswith((".)", "Inc.", "Ltd.", "Co.")):
        return False
    words = re.findall(r"[^\W\d_][\w'’.\-&]*", re.sub(r"\([^()]*\)", " ", s))
    if not words or len(words) > 14:
        return False
    small, headline = _title_words()
    if any(w.casefold() in headline for w in words[1:]):
        return False  # a headline: "Ruritania Names New Tide Chief after Purge"
    content = [w for w in words if w.casefold() not in small]
    caps = sum(1 for w in content if w[0].isupper() or not w[0].isalpha())
    return bool(content) and caps >= 0.75 * len(content) and not (len(words) > 1 and words[0] in small)


QUALIFIER_AFTER = re.compile(r"(?<=\))\s*\((?:acting|interim|caretaker|first term|second term)\)$", re.I)


@functools.lru_cache(maxsize=1)
def plural_titles_rx() -> re.Pattern:
    """Office titles in the plural ("directors", "Directors General", "vice chairmen")."""
    forms = sorted({title_plural(t) for t in vocabulary.names()["titles"]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.I)


WIKITEXT_NAME = re.compile(r"^\s*\|\s*name\s*=\s*(?P<v>[^|{}<]+?)\s*$", re.I)
NAME_ABBR_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'’&.-]*(?: (?:of |for |the |and |on )*[A-Z][\w'’&.-]*){1,9}) \((?P<abbr>[A-Z][A-Za-z&]{1,9})\)$"
)


def term_in_parens(s: str) -> re.Match | None:
    """``Name (a – b)`` where ``a`` or ``b`` is a year or a word like "present" or "unknown"
    ("Hong Kong (pro-Beijing)" and "X (abbreviation of Counter-Revolution)" are no terms).

    >>> bool(term_in_parens("Ada Li (1949-1958)")), bool(term_in_parens("Port Ulton (pro-Harbour)"))
    (True, False)

    A word may part the years (names.yaml ``range_words``), a year before it and a year or a word like
    "present" after it:

    >>> term_in_parens("Bo Wu (2001 s.d. 2004)").group("b"), term_in_parens("Cy Lo (4 May 2009 to present)").group("a")
    ('2004', '4 May 2009')
    >>> term_in_parens("Di Wu (born 1949 to a family of tailors)") is None
    True
    """
    known = set(vocabulary.names()["present_words"]) | set(vocabulary.names()["unknown_words"])
    dm = DATES.match(s)
    if dm is None:
        wm = _word_range().match(s)
        return wm if wm and (first_year(b := wm.group("b").strip()) or b in known) else None
    a, b = dm.group("a").strip(), dm.group("b").strip()
    return dm if (first_year(a) or first_year(b) or a in known or b in known) else None


@functools.lru_cache(maxsize=1)
def _word_range() -> re.Pattern:
    """``Name (<..year> <range word> <b>)``: a term parted by a word (names.yaml ``range_words``)."""
    words = "|".join(re.escape(w) for w in vocabulary.names()["range_words"])
    return re.compile(
        rf"^(?P<name>[^()]{{2,80}}?)\s*\((?P<a>[^()]*?\b(?:1[6-9]|20)\d\d)\s+(?:{words})\s+(?P<b>[^()]*?)\)\s*$"
    )


def first_title(post: str) -> str:
    """The first office title a post starts with (``Vice-President and ...``), a qualifier or prefix before it.

    >>> first_title("Secretary of the Party Group, Vice-President of the Federation"), first_title("lives here")
    ('Secretary', '')
    >>> first_title("Acting Director"), first_title("acting"), first_title("Executive Deputy Prosecutor-General")
    ('Acting Director', '', 'Executive Deputy Prosecutor-General')
    """
    first, _, rest = post.partition(" ")
    if rest and first.casefold() in title_qualifiers():
        title = first_title(rest)
        return f"{first} {title}" if title else ""
    words = post.replace("-", " ").split()
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:k]).strip(",;")
        if is_known_title(cand):
            return (
                " ".join(post.split()[:k]).strip(",;") if "-" not in post.split()[0] else post.split()[0].rstrip(",;")
            )
    if rest and first.casefold() in vocabulary.names()["post_prefixes"] and (title := first_title(rest)):
        return f"{first} {title}"  # "Executive Deputy Prosecutor-General": a deputy's post, "Executive" before it
    return ""


# a holder and a term after a comma: "Ada Li, 1 March 1990 to 9 May 1995", "Bo Wu CM, 1988-92", "Cy Lo, 3 June 2001 -"
def markdown_heading(lines: list[tuple[int, str]], i: int) -> re.Match | None:
    """Line ``i`` as a Markdown heading (``# Harbour Board``, ``## Directors``): its ``hashes`` and
    ``title``; ``None`` when it is none, or when the line next to it opens with the same marker:
    a run of ``# A`` lines is wikitext's numbered list (:data:`BULLET`), not headings; nor is a
    table's header whose number column is headed ``#`` (``# Director Term start Term end``).

    >>> lines = list(enumerate(["# Harbour Board", "Text.", "## Directors", "# 1990: Ada Li", "# 1995: Bo Wu"]))
    >>> [m and m.group("title") for m in (markdown_heading(lines, k) for k in range(5))]
    ['Harbour Board', None, 'Directors', None, None]
    """
    m = _HEADING_MD.match(lines[i][1].strip())
    if m is None or len(m.group("title")) > 120 or is_table_header(lines[i][1]):
        return None
    marker = m.group("hashes") + " "
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and lines[j][1].lstrip().startswith(marker):
            return None
    return m


_PARENTHESIS = re.compile(r"\([^()]*\)")


def is_list_heading(s: str) -> bool:
    """A line announcing a list of officeholders ("List of heads", "Directors of the Bureau
    of X"): a heading even without blank lines around it.

    >>> is_list_heading("Directors of the Tide League"), is_list_heading("The Director of the Tide League is Ada Li")
    (True, False)
    >>> is_list_heading("Secretary for Tides – Cde Ada Morn")
    False
    >>> is_list_heading("The Inspectors General of the Tide League since 1957")
    True
    """
    s = HEADING_YEARS.sub("", s)  # "Directors of the Tidal Police (1948-1954)"
    s = holder_vocab()["list_since"].sub("", s)  # "Directors of the Tidal Police since 1948"
    if (
        len(s) > 100
        or not s
        or s[-1] in ".,;:!?"
        or "|" in s
        or "," in s
        or re.search(r":\s+\S", s)  # "Chairman of the X: Ada Morn": a post and its holder
        or re.search(r" (?:is|was|are|were|has been|had been) ", s)  # "The Director of X is Ada Morn": a sentence
        or any(ch.isdigit() for ch in _PARENTHESIS.sub("", s))
    ):
        return False
    held = _DASH_REST.search(s)
    if held and (who := person_name(held.group("rest"), 0)) is not None and held.group("rest").endswith(who.text):
        return False  # "Secretary for Finance – Cde Ada Morn": a post and its holder
    if holder_glued_post(s):
        return False  # "Ada MornPrime Minister of Veldra": a holder run into the post, a roster's row
    lh = leader_heading(s)
    return lh is not None and (bool(lh[1]) or bool(holder_vocab()["list_of"].match(s)))  # ("Lijst van ministers")


_DASH_REST = re.compile(r"\s[–—-]\s+(?P<rest>\S.*)$")  # what follows a spaced dash


def first_year(text: str) -> int | None:
    """The first year in `text`, or None."""
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


TRAILING_GLOSS = re.compile(r"^(.+?)\s*\([^()]{1,60}\)\s*(?:\[\d{1,3}\])?$")
IN_OFFICE_DATES = re.compile(r"^(?:\|\s*)?(?:in|assumed) office:?\s+\S", re.I)  # ("| In office 2015 – 2020 | |": a row)
PIPE_ONLY = re.compile(r"[\s|:-]*")


_TRAILING_BARS = re.compile(r"(?:\s*\|)+\s*$")


def cells_text(line: str) -> str:
    """A line without the pipe-table cells' bars ("Head of X | |" -> "Head of X")."""
    if "|" not in line:
        return line.strip()
    return _TRAILING_BARS.sub("", line).strip().strip("|").strip()


_OPEN_END = re.compile(r"(?:\b[a-z][\w'’-]*|,)$")


def open_break(line: str, nxt: str) -> bool:
    """True when a sentence runs on from ``line`` into ``nxt`` (a hard-wrapped paragraph)."""
    a, b = line.strip(), nxt.strip()
    if not a or not b or a[-1] in ".!?:;|" or BULLET.match(nxt) or BULLET.match(line) or "|" in b:
        return False
    if FILE_NAME.search(a) or FILE_NAME.search(b):
        return False  # ("Flag of Veldra.svg": an image's file name, no sentence)
    if len(a) <= 140 and (ui_rx().match(a) or ui_rx().match(b)):
        return False  # ("Loading AI tools" / "Summarize": a mirror's interface, no sentence)
    if b[0].islower() or (b[0] == "(" and len(split_words(a)) >= 2) or b[0] in ",;)":
        return True  # (", created in 1950": a line that opens on a comma goes on with the sentence above)
    if a.endswith("-") and not a.endswith(" -"):
        return True  # "Vigilância--" / "BPV)": a word or a dash cut at the line's end
    if (
        len(split_words(a)) >= 5
        and re.search(r"\s[A-Z][\w'’-]*$", a)
        and len(re.findall(r"\b[a-z]{3,}\b", a)) >= 2
        and (b[0].isupper() or b[0] == "(")
        and match_field_line(nxt, 0) is None
        and b.split()[0] not in vocabulary.names()["not_name_starts"]
    ):  # ("... of China" / "The X is ...": two sentences)
        return True  # a long line of running text that ends on a name going on below ("to the Tidal" / "Office")
    return bool(_OPEN_END.search(a)) and (
        len(split_words(a)) >= 2 or a.casefold() in vocabulary.names()["run_on_words"]
    )


def split_words(s: str) -> list[str]:
    """The words of `s`, split at white space."""
    return s.split()


HOLDER_SINCE = re.compile(r"^(?:since|incumbent|assumed office)\b[^|]{0,40}?(?:(?:1[6-9]|20)\d\d|$)", re.I)
OPEN_TITLE_END = re.compile(r"\s(?:of|for|of the|and|and the|on)$")  # a title line that goes on below


def title_like(s: str, long: bool = False) -> bool:
    """A short line that reads as a heading: capitalised, no final punctuation (``long``: a body's
    name over its years, "Politburo of the Tide United Workers Party, 1948-1990", up to ten words)."""
    max_words = 10 if long else 6
    if not s or not s[0].isupper() or len(s) > 10 * max_words or s[-1] in '.,;!?)"”':
        return False
    w = split_words(s)
    return 1 <= len(w) <= max_words and not any(ch.isdigit() for ch in s)


@functools.lru_cache(maxsize=1)
def title_qualifiers() -> frozenset[str]:
    """The words that may qualify a title before it ("acting", "former": names.yaml ``title_qualifiers``)."""
    return frozenset(w.casefold() for w in vocabulary.names()["title_qualifiers"])


_NAME_THEN_POST = re.compile(r"(?P<name>[^,()]{3,60}?),\s*(?P<post>[a-z][a-z -]{2,40}?)\s*")


def holder_comma_post(s: str) -> tuple[str, str] | None:
    """A holder's line with the post after a comma ("Ada Lind, founder" under "Key people"):
    ``(name, post)``, or None when the line is not one person and a known post."""
    m = _NAME_THEN_POST.fullmatch(s)
    if m is None or not is_known_title(m.group("post")):
        return None
    pn = person_name(m.group("name"), 0)
    if pn is None or pn.text != m.group("name"):
        return None
    return pn.text, " ".join(w[:1].upper() + w[1:] for w in m.group("post").split())  # "General Secretary"


def reference_entry(raw: str) -> tuple[int, str] | None:
    """A line of a references list as its number and its text (a mirror's "^ a b " and a run of
    back-link numbers "1 2 3 " dropped).

    >>> reference_entry("3. ^ a b Ada Morn, Tides (1990).")
    (3, 'Ada Morn, Tides (1990).')
    """
    m = REF_LINE.match(raw)
    if not m:
        return None
    body = re.sub(r"^\^\s*(?:[a-z]{1,2}\s+)*", "", m.group("body"))  # "^ a b "
    seq = re.match(r"^(1(?:\s+\d{1,2})+)\s+", body)  # "1 2 3 "
    if seq:
        nums = [int(x) for x in seq.group(1).split()]
        if nums == list(range(1, len(nums) + 1)):
            body = body[seq.end() :]
    return int(m.group("num")), " ".join(body.split())
