"""Officeholder tables and leader lists in the forms scrapes print them (read stage).

A list of who held an office comes in many shapes once a page is scraped:

=========================  ===========================================================
pipe table                 ``Ada Li | June 1958 | 1960 | [7] |``
whitespace table           ``3 Ada Li 1990 1995 Premier Bo``
glued cells                ``Ada Li August 1921July 1922First head of the bureau``
row over several lines     ``4 Ada Li 1990.jpg Ada Li`` / ``(born 1935)`` / ``27 October 197830 November 1982``
bullets                    ``- Ada Li (1949-1958)``, ``• Ada Li, Minister``
=========================  ===========================================================

This module recognises the parts (a table's header line, a name column and a date column separated
by pipes, spaces or nothing: :mod:`orgnet.read.table_headers`), a heading that announces a list of officeholders
(``List of heads``, ``Directors of the Bureau of Tides``) and one row: the person's name
and the dates the row gives. :mod:`orgnet.read.parse` decides which lines are rows; nothing
here reads a whole document.

>>> r = parse_row("Ada Li August 1921July 1922First head of the bureau", 0)
>>> (r.name.text, r.years, r.present)
('Ada Li', [1921, 1922], False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import vocabulary
from ..lexicon import is_known_title
from .foreign_offices import FOREIGN_OF
from .holder_names import leading_name, without_native
from .holder_vocab import holder_vocab as _vocab
from .infobox import Span, has_org_word

__all__ = [
    "CAPTION_ROW",
    "Row",
    "post_row",
    "parse_row",
    "office_body",
    "name_before_picture",
    "opens_with_number",
    "leader_heading",
    "dates_in",
]


@dataclass
class Row:
    """One row of an officeholder table: the name (a span of the document) and its dates."""

    name: Span | None
    years: list[int] = field(default_factory=list)
    present: bool = False
    start: int = 0
    end: int = 0
    body: Span | None = None  # the row's own body (a table's body column), else the table's
    title: Span | None = None  # the row's post (a table's title column), else the table's
    party: Span | None = None  # the holder's party (a table's party column)


_IMAGE = re.compile(r"\.(?:jpe?g|png|svg|gif|webp|tiff?)\b", re.I)
_BORN = re.compile(r"\((?:born|b\.|née|nee)\b[^()]*\)", re.I)
_BORN_BARE = re.compile(r"(?:^|(?<=\s))(?:\*|b\.|born)\s*(?:1[6-9]|20)\d\d\b", re.I)  # "* 1936", "b. 1936"
# a life's years before a term given with its months ("1902–1979 1. April 1956 30. April 1968")
_DAY_MONTH_YEAR = re.compile(r"\b\d{1,2}\.?\s+[A-Z][a-zäéû]{2,9}\.?\s+(?:1[6-9]|20)\d\d\b")  # any language's
_LIFE_FIRST = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:1[6-9]|20)\d\d\s*[–—-]\s*(?:1[6-9]|20)\d\d\b")
_LONG_NUMBER = re.compile(r"\d{7,}")
_TERM_FIRST = re.compile(
    r"^(?:1[6-9]|20)\d\d\s*[–—-]\s*\[?(?:(?:1[6-9]|20)\d\d|\d{1,2}(?!\d)|(?P<open>present|incumbent))?\]?\s*", re.I
)
# a term's end written short: "1909–40", "1941–6" (1940, 1946)
_SHORT_END = re.compile(r"\b((?:1[6-9]|20)\d\d)(\s*[–—-]\s*)(\d{1,2})(?!\d)")
_TWO_YEARS = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)((?:1[6-9]|20)\d\d)(?!\d)")
# "10 Bo Wu", "1Béla Lind", "11.- Bo Wu"
# (the number glued to the holder's name or initial: "12Ada Li", "5A.K. Li")
_ROW_NUMBER = re.compile(r"^\s*(?:No\.\s*)?\d{1,3}(?:\.[-–]|\.)?(?=\s|[^\W\d_a-z][^\W\d_]|[^\W\d_a-z]\.\s?[^\W\d_a-z])")
_ONE_WORD_HOLDER = re.compile(r"([A-Z][a-z]{3,})\s+(?=(?:1[6-9]|20)\d\d\s*[–—-])")  # "Souphanouvong 1979–1986"


def opens_with_number(line: str) -> bool:
    """A row that opens with its number ("12 Ada Li", "3. Bo Wu").

    >>> opens_with_number("12 Ada Li 1990"), opens_with_number("Ada Li")
    (True, False)
    """
    return bool(_ROW_NUMBER.match(line))


def _full_end(m: re.Match) -> str:
    """ "1909–40" -> "1909–1940", "1941–6" -> "1941–1946" (the end's century and decade from the start)."""
    y0, short = m.group(1), m.group(3)
    y1 = int(y0[: 4 - len(short)] + short)
    if y1 < int(y0):
        y1 += 10 ** len(short)
    return f"{y0}{m.group(2)}{y1}"


def dates_in(text: str) -> list[int]:
    """The years of the dates in a table row, in order (glued dates are split where a year ends).

    >>> dates_in("14 December 19848 July 1985")
    [1984, 1985]
    >>> dates_in("10 May 199323 June 1998 [3]"), dates_in("19541975")
    ([1993, 1998], [1954, 1975])
    """
    text = _TWO_YEARS.sub(r"\1 \2", text)  # "19541975": two years glued together
    text = _LONG_NUMBER.sub(" ", text)  # file names, identifiers: not dates
    return [int(m.group("y")) for m in _vocab()["date"].finditer(text)]


_GERMAN_GENITIVE = re.compile(r"(?<=[a-zäöüß]{6})(?:(?<=[^aeiouy])es|(?<=[aeioumn])s)$")


# a heading over the people who sit on a body: "Members", "Current members of the Tide Council"
# (a bare "Members" is left to the fields: infobox.py, role ``member``)
_MEMBERS_HEADING = re.compile(
    r"(?:(?:[Cc]urrent|[Pp]resent|[Ff]ull) [Mm]embers|Members(?= of ))(?: of (?:the )?(?P<body>[A-Z].{2,80}))?"
)


def leader_heading(title: str) -> tuple[str, str] | None:
    """``(title, body)`` when a heading announces a list of officeholders, else ``None``.

    ``title`` is the office in the singular; ``body`` the organisation the heading names
    (empty when it names none: the list is the page subject's).

    >>> leader_heading("List of heads")
    ('Head', '')
    >>> leader_heading("Directors of the Bureau of Tides")
    ('Director', 'Bureau of Tides')
    >>> leader_heading("List of Harbour Ministers")
    ('Harbour Minister', '')
    >>> leader_heading("History of the Bureau") is None
    True
    >>> leader_heading("HB Directors-General"), leader_heading("Harbour Bureau Directors")
    (('Director-General', 'HB'), ('Director', 'Harbour Bureau'))
    >>> leader_heading("Directores del HB"), leader_heading("Présidents de la Commission des Marées")
    (('Director', 'HB'), ('President', 'Commission des Marées'))
    >>> leader_heading("Präsidenten des Gezeitendienstes")  # (a German name in the genitive)
    ('President', 'Gezeitendienst')
    >>> leader_heading("Die Generalinspekteure der Tidewehr seit 1957")  # (an article, the year it runs from)
    ('Inspector General', 'Tidewehr')
    >>> leader_heading("Members of the Tide Council"), leader_heading("Current members")  # seats on it
    (('Member', 'Tide Council'), ('Member', ''))
    """
    v = _vocab()
    t = " ".join(title.split()).strip(" :")
    t = v["list_since"].sub("", v["list_prefix"].sub("", t))
    seats = _MEMBERS_HEADING.fullmatch(t)
    if seats:
        return "Member", seats.group("body") or ""
    words = t.split()
    for k in range(1, min(len(words), 6)):
        # "UN Secretaries-General", "Harbour Bureau Directors": a body (an abbreviation, or a name ending
        # in an organisation word) before the office in the plural
        post = " ".join(words[k:])
        singular = v["title_forms"].get(post.casefold())
        body = " ".join(words[:k])
        plural = bool(singular) and post.casefold() != str(singular).casefold()  # ("Advisory Council Chief": a post)
        if plural and (re.fullmatch(r"[A-Z]{2,6}", body) or (k > 1 and words[k - 1] in v["org_words"])):
            return singular, body
    # "Foreign Ministers": up to two capitalised words may qualify the office
    for j in range(0, min(3, len(words))):
        if j and not (words[j - 1][:1].isupper() and words[j - 1][-1].isalpha() and words[j - 1] not in v["org_words"]):
            break
        for k in range(min(j + 4, len(words)), j, -1):
            singular = v["title_forms"].get(" ".join(words[j:k]).casefold())
            if singular is None:
                continue
            title = " ".join(words[:j] + [singular])
            rest = " ".join(words[k:])
            if not rest:
                return title, ""
            m = re.match(r"^(?P<prep>of|for)\s+(?P<body>(?:the\s+)?.+)$", rest) or FOREIGN_OF.match(rest)
            if m:
                named = m.group("body")
                if m.group("prep") == "des" and " " not in named:
                    named = _GERMAN_GENITIVE.sub("", named)
                return title, office_body(title, named, m.group("prep") if m.group("prep") == "for" else "of")
            return None
    return None


def office_body(office: str, named: str, prep: str = "of") -> str:
    """The body an office "<office> of <named>" heads: ``named`` when it names a body; a
    minister's ministry (``Minister of Home Affairs`` -> ``Ministry of Home Affairs``); a
    capitalised name as it is; else ''.

    >>> office_body("Minister", "Home Affairs (Ruritania)"), office_body("Director", "Tidal Police")
    ('Ministry of Home Affairs (Ruritania)', 'Tidal Police')
    >>> office_body("Director", "Public Security"), office_body("Head", "state")
    ('Public Security', '')

    Only a minister without a portfolio word heads the ministry of what follows "of"; a prime
    or foreign minister "of Ruritania" heads no "Ministry of Ruritania" (and a state is no body):

    >>> office_body("Minister", "the Interior"), office_body("Prime Minister", "Ruritania")
    ('Ministry of the Interior', 'Ruritania')
    >>> office_body("Minister", "Tidal Security", "for")
    'Ministry for Tidal Security'

    A "Minister of State" or "Secretary of State" heads no body "State":

    >>> office_body("Minister", "State"), office_body("Secretary", "State")
    ('', '')
    """
    v = _vocab()
    named = named.strip()
    bare = re.sub(r"^the\s+", "", named)
    if bare in vocabulary.names()["state_words"]:
        return ""
    head = re.split(r" (?:of|for) ", bare)[0].split()  # "Liaison Department" of "Liaison Department of X"
    if (
        office in v["ministry_titles"]
        and bare[:1].isupper()
        and not any(w in v["org_words"] and w not in v["portfolio_words"] for w in head)
    ):
        return f"Ministry {prep} {named}"  # "Minister of the Interior" -> "Ministry of the Interior"
    named = bare
    if has_org_word(named):
        return named
    words = re.sub(r"\([^()]*\)", "", named).split()
    return named if words and all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in words) else ""


def _pipe_row(line: str, line_start: int, columns: dict[str, int] | None) -> tuple[Span | None, str, dict[str, Span]]:
    """A pipe table's row cut into its holder (the first cell that is a name, maybe with a note after
    it), the rest of its text, and the cells ``columns`` names (see :func:`parse_row`)."""
    pos = 0
    name: Span | None = None
    cells: dict[str, Span] = {}
    kinds = {k: kind for kind, k in (columns or {}).items()}
    rest_parts = []
    for k, cell in enumerate(line.split("|")):
        c0 = pos
        pos += len(cell) + 1
        txt = cell.strip()
        if not txt:
            continue
        off = c0 + cell.index(txt)
        if k in kinds:
            cells[kinds[k]] = Span(txt, line_start + off, line_start + off + len(txt))
            continue
        if name is None and not _IMAGE.search(txt) and not txt.startswith("!["):
            txt = without_native(txt)[0]  # "Ada Morn 강건 (1918–1950)": the name in its own script after it
            found = leading_name(txt, line_start + off, whole=True)
            note = _NOTE_AFTER_NAME.fullmatch(txt) if found is None else None
            if note is not None:  # "Ada Li (General Secretary till death on 12 May 2024)": a note after it
                found = leading_name(note.group("name"), line_start + off, whole=True)
                txt = note.group("note") if found is not None else txt
            if found is not None:
                name = found
                if note is None:
                    continue
        rest_parts.append(txt)
    return name, " ".join(rest_parts), cells


# a name cell's note in parentheses after the name ("Ada Li (General Secretary till death on 12 May 2024)")
_NOTE_AFTER_NAME = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?P<note>[^()]{2,80})\)")


def parse_row(line: str, line_start: int, columns: dict[str, int] | None = None) -> Row | None:
    """One officeholder row (``None`` when the line is neither a name nor dates).

    A row with a name but no dates starts a row continued on the next lines; a line with
    dates but no name continues the row above. ``columns``: the pipe cells (by index) that name
    the row's body, post and party (:func:`table_columns`), never its holder.

    >>> r = parse_row("10 Bo Wu at Harbour 2011.jpg Bo Wu", 100)
    >>> (r.name.text, r.name.start, r.years)
    ('Bo Wu', 129, [])
    >>> r = parse_row("| Cy Rask | June 1958 | incumbent | [7] |", 0)
    >>> (r.name.text, r.years, r.present)
    ('Cy Rask', [1958], True)
    >>> parse_row("27 October 197830 November 1982", 0).years
    [1978, 1982]
    >>> r = parse_row("2Bo WuFebruary, 19541975", 0)
    >>> (r.name.text, r.years)
    ('Bo Wu', [1954, 1975])
    >>> r = parse_row("1968–1973Sir Cy Ogilvy [Jack] Rask (1914–1981)", 0)
    >>> (r.name.text, r.years)
    ('Cy Ogilvy [Jack] Rask', [1968, 1973])
    >>> [(r.name.text, r.years) for r in (parse_row("1909–40Sir Ada Lind (1873–1942)", 0), parse_row("1941–6Bo Wu", 0))]
    [('Ada Lind', [1909, 1940]), ('Bo Wu', [1941, 1946])]
    >>> parse_row("1965–72Sir (Ada) Bo Wu Lind (1912–1997)", 0).name.text
    'Bo Wu Lind'
    """
    v = _vocab()
    if line.lstrip().startswith("|") or " |" in line or "| " in line:
        # a pipe table's row ("Ada Li | 1990 | 1995 |"); a pipe glued between words is a wiki
        # link's residue (":hu:Tide-kormány|Tide"), not a cell
        name, rest, cells = _pipe_row(line, line_start, columns)
    else:
        cells = {}
        body_start = 0
        m = _ROW_NUMBER.match(line)
        if m:
            body_start = m.end()
        img = [x for x in _IMAGE.finditer(line, body_start)]
        photo_after = "photo_after_name" in (columns or {})
        if img and photo_after:
            # "4 Ada Morn Morn ad1.jpg RN May 1970 - June 1975": the holder, the picture's file, the term
            name = name_before_picture(line[body_start : img[0].start()], line_start + body_start)
            if name is not None:
                return _row_of(name, line[img[-1].end() :], line_start, line, {})
        if img:
            body_start = img[-1].end()
        lead_body = _LEAD_BODY.match(line, body_start) if "body_first" in (columns or {}) else None
        if lead_body:  # "03 KhAD Ada Morn 11 January 1980 ...": the row's body, then its holder
            cells["body"] = Span(
                lead_body.group("b"), line_start + lead_body.start("b"), line_start + lead_body.end("b")
            )
            body_start = lead_body.end()
        body = line[body_start:]
        lead = len(body) - len(body.lstrip())
        text = body.lstrip()
        term = _TERM_FIRST.match(text)  # "1909–1923Sir Ada Li (1859–1923)": the term first
        off = term.end() if term else 0
        name = leading_name(text[off:], line_start + body_start + lead + off, whole=False)
        if name is not None and photo_after and not img:  # "11 Bo Wu Bo W": a row cut in its picture's file name
            name = name_before_picture(name.text, name.start, file_end=False) or name
        one = _ONE_WORD_HOLDER.match(text, off) if name is None and not term else None
        if (
            one
            and one.group(1).casefold() not in v["title_forms"]
            and not ({one.group(1)} & (v["org_words"] | v["months"]))
        ):
            # "Souphanouvong 1979–1986": a holder known by one name, then the term
            a = line_start + body_start + lead + one.start(1)
            name = Span(one.group(1), a, a + len(one.group(1)))
        rest = text[name.end - (line_start + body_start + lead) :] if name else body
        party = _PARTY_LAST.search(rest) if name and "party_last" in (columns or {}) else None
        if party:  # "1Ada MornSept 04, 2017IncumbentTide Party": the holder's party after the term
            a = line_start + len(line) - len(rest) + party.start("party")
            cells["party"] = Span(party.group("party"), a, a + len(party.group("party")))
        if term:
            rest = _SHORT_END.sub(_full_end, term.group()) + (" present" if term.group("open") else "")
        elif name and (note := _POST_NOTE.match(rest)) and _is_post_word(note.group("post")):
            # "Bo Rein(DG OSB)1964 – 1969": the holder headed OSB (another body than the list's)
            a = name.end + note.start("body")
            cells["body"] = Span(note.group("body"), a, a + len(note.group("body")))
    return _row_of(name, rest, line_start, line, cells)


# a header's last column, the holders' party; and the party at a row's end, after its term
_PARTY_LAST = re.compile(
    r"(?:\d{4}|[Ii]ncumbent|[Pp]resent)\s*(?!(?:Incumbent|Present))(?P<party>[A-Z][\w'’.&-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.&-]*){0,6})\s*$"
)


def _row_of(name: Span | None, rest: str, line_start: int, line: str, cells: dict[str, Span]) -> Row | None:
    """The row of a holder's name (or none) and the rest of its line, with its dates."""
    rest = _BORN_BARE.sub(" ", _BORN.sub(" ", rest))
    if (life := _LIFE_FIRST.match(rest)) and _DAY_MONTH_YEAR.search(rest, life.end()):
        rest = rest[life.end() :]  # "Ada Li 1902–1979 1 April 1956 30 April 1968": her life, then the term
    years = dates_in(rest)
    present = bool(_vocab()["present"].search(rest))
    if name is None and not years and not present:
        return None
    return Row(
        name=name,
        years=years,
        present=present,
        start=line_start,
        end=line_start + len(line.rstrip()),
        body=cells.get("body"),
        title=cells.get("title"),
        party=cells.get("party"),
    )


def name_before_picture(text: str, start: int, file_end: bool = True) -> Span | None:
    """The holder's name at the start of ``text``, the words before the file name of the holder's
    picture: the name ends where a word of it comes again, at a rank or other honorific, and
    (``file_end``: ``text`` ends where the file's extension begins) before the file name's last word.

    >>> [name_before_picture(t, 0).text for t in ("Ada Morn Morn ad1", "Bo V. Wu Bo Vin Wu", "Cy Lo Ltg lo")]
    ['Ada Morn', 'Bo V. Wu', 'Cy Lo']
    >>> name_before_picture("Dan K. Holt Dankholt", 0).text, name_before_picture("Eve Tamm LTG Eve Tamm, Chief", 0).text
    ('Dan K. Holt', 'Eve Tamm')
    >>> name_before_picture("Gil R. Rusk Gil R. R", 0, file_end=False).text
    'Gil R. Rusk'

    """
    name = leading_name(text, start, whole=False)
    if name is None:
        return None
    words = list(re.finditer(r"\S+", name.text))
    honorific = _vocab()["honorific"]
    seen: set[str] = set()
    keep = 0
    for k, w in enumerate(words):
        word = w.group().rstrip(".,").casefold()
        last = file_end and name.start + w.end() - start >= len(text.rstrip())
        if k >= 2 and (word in seen or honorific.fullmatch(w.group()) or last or w.group().isupper() and len(word) > 1):
            break
        seen.add(word)
        keep = k + 1
    if keep < 2:
        return None
    end = words[keep - 1].end()
    return Span(name.text[:end], name.start, name.start + end)


# a row's body at its start, an abbreviation of two capitals or more ("KhAD", "KhAD-WAD"), then the holder
_LEAD_BODY = re.compile(r"\s*(?P<b>[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*)\s+(?=[A-Z])")


# a post and a body's abbreviation in a note after a holder's name: "(DG OSB)", "(Director TSB)"
_POST_NOTE = re.compile(r"\s*\((?P<post>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?P<body>[A-Z][A-Z&]{1,7})\)")


def _is_post_word(text: str) -> bool:
    return is_known_title(text) or text in vocabulary.names()["title_abbreviations"]


# a pipe table's row of one filled cell ("| Bureau of Tides | |", "Minister of Harbours | ||||")
CAPTION_ROW = re.compile(r"^\s*\|?\s*(?P<cap>[^|\s][^|]{1,120}?)\s*\|(?:\s*\|)*\s*$")


def post_row(raw: str) -> tuple[str, str] | None:
    """A table's row of one filled cell that names a post of a body ("Minister of Personnel | ||||"):
    the post and the body, which the rows below it hold and lead; else None.

    >>> post_row("Minister of Personnel | ||||"), post_row("Post abolished | ||||"), post_row("1 | Ada Li | 1950 |")
    (('Minister', 'Ministry of Personnel'), None, None)
    """
    m = CAPTION_ROW.match(raw)
    lh = leader_heading(m.group("cap")) if m else None
    return lh if lh and lh[1] and is_known_title(lh[0]) else None
