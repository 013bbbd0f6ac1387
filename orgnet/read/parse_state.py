"""The state of the parser's one pass over a document (read stage), and prose into sentences.

:class:`ParserState` is the base of the parser's rules (:mod:`orgnet.read.parse_title`,
:mod:`orgnet.read.parse_holders`) and of the pass itself (:mod:`orgnet.read.parse`).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .cabinet_tables import CabinetHeader
from .field_lines import is_field_key
from .holder_vocab import holder_vocab
from .infobox import Field, Span
from .lines import DATELINE, MARKER, TABLE_RULE
from .model import Blurb, Document, Sentence
from .officeholders import Row
from .sentences import split_sentences
from .squashed import prose_after_value, squashed_segments
from .table_headers import is_table_header
from .wikitext import wikitext_pieces

__all__ = ["ParserState"]


_ONE_LINE_INFOBOX = re.compile(r"\{\{\s*Infobox\b", re.I)


def _infobox_on_one_line(pos: int, ln: str) -> list[tuple[int, str]]:
    """A line as ``(offset, text)`` pieces: itself, or, when it holds a whole wikitext infobox
    (``{{Infobox organization | name = X | formation = 1954 | ... }} The X is ...``), the text
    before it, one piece per ``| key = value`` (cut only at the infobox's own pipes, not inside
    ``{{cite ...}}``), and the text after it.

    >>> [t for _, t in _infobox_on_one_line(0, "{{Infobox org | name = Tide | leader_name = Ada Li | formation = 1954 }} Tide is.")]
    ['{{Infobox org', '| name = Tide', '| leader_name = Ada Li', '| formation = 1954', '}}', ' Tide is.']
    >>> [t for _, t in _infobox_on_one_line(0, "{{Infobox org | name = Tide | leader_name = Ada Li | formed = 19")]
    ['{{Infobox org', '| name = Tide', '| leader_name = Ada Li', '| formed = 19']
    """
    m = _ONE_LINE_INFOBOX.search(ln)
    if not m and ln.startswith("|"):
        return _template_keys(pos, ln)
    if not m or ln.count("=", m.end()) < 3:
        return [(pos, ln)]
    cuts, depth, k, end = [m.start()], 0, m.start(), None
    while k < len(ln):
        two = ln[k : k + 2]
        if two == "{{":
            depth += 1
            k += 2
            continue
        if two == "}}":
            depth -= 1
            if depth == 0:
                end = k
                break
            k += 2
            continue
        if ln[k] == "|" and depth == 1 and ln[k - 1 : k] == " ":
            cuts.append(k)
        k += 1
    if len(cuts) < 4:
        return [(pos, ln)]
    if end is None:  # the copy ends inside the infobox: its fields up to there
        pieces = [(0, m.start())] + list(zip(cuts, cuts[1:] + [len(ln)]))
        return [(pos + a, ln[a:b].rstrip()) for a, b in pieces if ln[a:b].strip()]
    pieces = [(0, m.start())] + list(zip(cuts, cuts[1:] + [end])) + [(end, end + 2), (end + 2, len(ln))]
    return [(pos + a, ln[a:b].rstrip()) for a, b in pieces if ln[a:b].strip()]


def _template_keys(pos: int, ln: str) -> list[tuple[int, str]]:
    """A template dump's keys run together on one line, its name lost ("|agency_name = X |type =
    |chief1_name = Ada Li |chief1_position = Director"): one piece per ``|key = value`` (not inside
    a ``{{...}}`` or ``[[...]]``), when the line holds three keys or more.

    >>> [t for _, t in _template_keys(0, "|agency_name = Tide |type = |chief1_name = Ada Li |chief1_position = Director")]
    ['|agency_name = Tide', '|type =', '|chief1_name = Ada Li', '|chief1_position = Director']
    """
    depth, cuts = 0, []  # (one pass: the nesting where each key opens)
    for m in _TEMPLATE_KEY_OR_BRACKET.finditer(ln):
        if m.group("open") or m.group("close"):
            depth += 1 if m.group("open") else -1
        elif depth <= 0:
            cuts.append(m.start())
    if len(cuts) < 3 or cuts[0] != 0:
        return [(pos, ln)]
    return [(pos + a, ln[a:b].rstrip()) for a, b in zip(cuts, [*cuts[1:], len(ln)])]


# a template's key after a pipe ("|chief1_name =": lower case, digits and underscores), or a bracket
_TEMPLATE_KEY_OR_BRACKET = re.compile(r"(?P<open>\{\{|\[\[)|(?P<close>\}\}|\]\])|\|\s*[a-z][a-z0-9_ ]{0,30}?\s*=")


# a note in brackets closing each row of a table flattened into one line ("[citation needed]")
_ROW_NOTE = re.compile(r"\[(?:citation needed|clarification needed|when\?|who\?|dubious)\]")


def _rows_on_one_line(pos: int, ln: str) -> list[tuple[int, str]] | None:
    """A table flattened into one line, its rows parted only by the note closing each: its header
    (when it opens the line), each row, and what follows the last note (a heading run on), each a
    piece with its offset; ``None`` for any other line (three notes, or a header and one).

    >>> [t for _, t in _rows_on_one_line(0, "Rank Name Image In office Bo Lin 1904–1908 [citation needed] Later chiefs")]
    ['Rank Name Image In office ', 'Bo Lin 1904–1908 [citation needed]', ' Later chiefs']
    >>> _rows_on_one_line(0, "Bo Lin was chief.[citation needed] He retired.")
    """
    notes = list(_ROW_NOTE.finditer(ln)) if "[" in ln else []
    head = holder_vocab()["header_run"].match(ln) if notes else None
    if not notes or (len(notes) < 3 and head is None):
        return None
    cuts = ([head.end()] if head else []) + [m.end() for m in notes]
    out, a = [], 0
    for b in [*cuts, len(ln)]:
        if ln[a:b].strip():
            out.append((pos + a, ln[a:b]))
        a = b
    return out


def _squashed_line(pos: int, ln: str, after_squashed: bool) -> list[tuple[int, str]] | None:
    """A line of infobox fields run together, as ``(offset, text)`` pieces: what stands before
    the first key, one piece per field, and running text after the last value (see
    :mod:`orgnet.read.squashed`); a line right after such a line needs one key only. None: no such line.

    >>> [t for _, t in _squashed_line(0, "Agency overview Formed 1960 Dissolved 2011 Superseding agency Tide Office", False)]
    ['Agency overview', 'Formed 1960', 'Dissolved 2011', 'Superseding agency Tide Office']
    >>> [t for _, t in _squashed_line(0, "Bo Wu, DirectorHeadquarters Ulton", True)]
    ['Bo Wu, Director', 'Headquarters Ulton']
    """
    segs = squashed_segments(ln, min_keys=1 if after_squashed and ln.lstrip()[:1] not in "-•*" else 3)
    if not segs and len(two := squashed_segments(ln, min_keys=2)) == 2 and _key_glued_last(ln, two[1][0]):
        segs = two  # "Overseen byTide CommitteeAgency executive": a key glued last, its values below
    if not segs:
        return None
    out = [(pos, ln[: segs[0][0]].rstrip())] if ln[: segs[0][0]].strip() else []
    for k, (a, b) in enumerate(segs):
        seg = ln[a:b]
        cut = prose_after_value(seg) if k == len(segs) - 1 else -1
        if cut > 0:  # "Website tide.gov The Harbour Office was ...": the lead sentence after the last value
            out += [(pos + a, seg[:cut].rstrip()), (pos + a + cut, seg[cut:])]
        else:
            out.append((pos + a, seg.rstrip()))
    return out


def _key_glued_last(ln: str, at: int) -> bool:
    """Whether the key at ``at`` closes ``ln`` glued to the value before it ("...CommitteeAgency executive")."""
    return at > 0 and ln[at - 1].islower() and is_field_key(ln[at:].strip())


# an aside in square brackets that names or glosses ("[Harat, also known as the Y]"), not a marker
_BRACKET_ASIDE = re.compile(r"\[([A-Z][^\[\]\n]{0,150}?(?:,| or | also | known as | formerly )[^\[\]\n]{1,150}?)\]")

# a wiki's edit links glued before a line's text, in any language ("[edit | edit source]", "[sửa | sửa mã nguồn]")
_EDIT_LINKS = re.compile(r"\[[^\[\]\n|]{2,25}\|[^\[\]\n|]{2,30}\]\s*")

# a pronunciation in a wiki's lead ("; IPA: [ˈiks]", "pronounced [iks]")
_PRONUNCIATION = re.compile(r"(?:[;,]\s*)?\b(?:IPA:|pronounced)\s*\[[^\[\]\n]{1,80}\]")


# a short heading glued to the bullet after it ("Membership• Ada Morn")
_GLUED_BULLET = re.compile(r"(?P<h>[A-Z][\w'’-]*(?: [\w'’-]+){0,3})(?=•\s*\S)")


class ParserState:
    """The state of one pass over a document's lines (:class:`orgnet.read.parse.Parser`): the
    document, its lines, the open section, field, table and list; and prose made sentences."""

    def __init__(self, d: Document) -> None:
        self.d = d
        self.text = d.text
        self.clean, self.markers = self._mask_markers(d.text)
        if "**" in self.clean:  # markdown's bold ("* **Sea Guard (SG):** Guards ..."): blanked, the offsets kept
            self.clean = self.clean.replace("**", "  ")
        # the numbered markers' starts and numbers, in order: a sentence's are found by bisection
        self.ref_starts = [ms for ms, _, num in self.markers if num is not None]
        self.ref_nums = [num for _, _, num in self.markers if num is not None]
        d.clean = self.clean
        self.lines: list[tuple[int, str]] = []
        self.squashed_pieces: set[int] = set()  # lines cut out of a line of fields run together
        pos, after_squashed = 0, False
        source = d.text.split("\n")
        for k, ln in enumerate(source):
            pieces = [w for p, t in _infobox_on_one_line(pos, ln) for w in wikitext_pieces(p, t)]
            glued = _GLUED_BULLET.match(ln) if len(pieces) == 1 and "•" in ln else None
            if glued and k + 1 < len(source) and source[k + 1].lstrip().startswith("•"):
                # "Membership• Ada Morn" / "• Bo Lin": a heading glued to its first bullet
                pieces = [(pos, glued.group("h")), (pos + glued.end("h"), ln[glued.end("h") :])]
            if len(pieces) == 1 and (rows := _rows_on_one_line(pos, ln)):
                pieces = rows  # "Rank Name Image In office ... A 1908–1912 [citation needed] B 1912–1914 [...]"
            if len(pieces) == 1 and (edit := _EDIT_LINKS.match(ln)) and ln[edit.end() :].strip():
                pieces = [(pos + edit.end(), ln[edit.end() :])]  # "[edit | edit source]- Ada Li (1950-54)": the row
            squashed = _squashed_line(pos, ln, after_squashed) if len(pieces) == 1 else None
            after_squashed = squashed is not None or (after_squashed and bool(ln.strip()))  # until a blank line
            if squashed:
                self.squashed_pieces.update(range(len(self.lines), len(self.lines) + len(squashed)))
            self.lines.extend((p, t.replace("**", "  ")) for p, t in (squashed or pieces))
            pos += len(ln) + 1
        self._title_line = -1  # the title's line and a news page's headline (:mod:`orgnet.read.parse_title`)
        self._headline_line = -1
        self.section = ""
        self.section_kind = ""
        self.open_field: Field | None = None
        self.blurb: Blurb | None = None
        self.section_start = 0
        # officeholder tables: a header line opens one; a heading or a sentence closes it
        self.table_open = False
        self.table_columns: dict[str, int] = {}  # a pipe table's columns of each row's body, post, party
        self.table_numbered = False  # its header opens with a number column ("#", "No.")
        self.table_life = False  # its header says a holder's life's years follow the name ("(birth–death)")
        self.table_members = False  # its rows are members, no holders of a post ("Rank Name Birth Gender")
        self.table_terms = True  # its rows' years are terms (a members' table's: births, unless dated seats)
        self.table_title = ""  # the post its header opens with ("Department Head | Tenure |")
        self.header_until = -1  # the last line of a header written one column a line
        self.cabinet: CabinetHeader | None = None  # an open cabinet table's header ("Ministry | Minister |")
        self.list_title = ""
        self.heading_body = ""  # the body a heading is only the name of: a table of holders under it leads it
        self.list_body = ""
        self.row: Row | None = None  # the row being read (it may go on over several lines)
        self.skip_lines: set[int] = set()
        self.resume_field: Field | None = None  # a leader field a blank line interrupted
        # (indent, name, words) of open body bullets: the words say what the list under one holds ("Its members are")
        self.bullet_bodies: list[tuple[int, str, str]] = []
        self.unit_run_end = -1  # the line after the bullets of a unit's line (read.list_items._unit_over_bullets)
        # (indent, section, name, words) of the last bullet that opened a list ("• X. Its members are:")
        self.flat_opener: tuple[int, str, str, str] | None = None
        self.row_line = 0
        self.bullet_post = ""  # a post a bullet named alone, over the bullets of its holders ("• Vice Chairmen")
        # the roster items found at each line, and the first line of the run each item is in (read.rosters):
        # each line is looked at once, so a roster of a thousand lines is read in linear time
        self.roster_units: dict[int, Any] = {}
        self.roster_firsts: dict[tuple[int, bool], int] = {}
        self.roster_seats: dict[int, str | None] = {}  # what the line over a roster's run seats its people on
        self.roster_seats_read: set[int] = set()  # the lines over rosters whose chair is read
        self.roster_described: set[int] = set()  # a name, a comma and words read as no posts
        self.roster_more: dict[int, list[Span]] = {}  # the other holders of a roster's "Post: A, B" line

    @staticmethod
    def _mask_markers(text: str) -> tuple[str, list[tuple[int, int, int | None]]]:
        if "[" not in text:  # every marker is in brackets
            return text, []
        markers = []
        parts, pos = [], 0
        for m in MARKER.finditer(text):
            num = int(m.group("num")) if m.group("num") else None
            markers.append((m.start(), m.end(), num))
            parts.append(text[pos : m.start()])
            parts.append(" " * (m.end() - m.start()))
            pos = m.end()
        parts.append(text[pos:])
        # "X (Lang: Y; IPA: [ˈiks]) is": a pronunciation is blanked out like a marker (no name in it)
        clean = "".join(parts)
        if "IPA:" in clean or "pronounced" in clean:
            clean = _PRONUNCIATION.sub(lambda p: " " * len(p.group()), clean)
        # "The X [Y, also known as Z] is": an aside in brackets reads as one in parentheses
        return _BRACKET_ASIDE.sub(lambda a: f"({a.group(1)})", clean), markers

    # -- prose
    def _stale_key(self, f: Field, i: int) -> bool:
        """Whether line ``i`` comes too late to be the value of the key ``f`` alone on its line, with no value
        yet: a literal key ("Membership") over other lines is a heading, not a key."""
        return f.role == "literal" and not f.values and self._lines_read_since(f.line, i)

    def _lines_read_since(self, k: int, i: int) -> bool:
        """Whether lines ``k`` to ``i`` (excluded) hold more than a table's rule ("---|---|")."""
        return any(not TABLE_RULE.match(self.lines[j][1].strip()) for j in range(k, i))

    def _cut_short(self, i: int, s: str) -> str:
        """Line ``i`` without the start of a word the page's last line was cut in ("... is Ada Morn wh")."""
        if "_last_line" not in self.__dict__:  # (the last line with text, found once)
            self._last_line = next((k for k in range(len(self.lines) - 1, -1, -1) if self.lines[k][1].strip()), -1)
        return re.sub(r" [a-z]{1,12}$", "", s) if i == self._last_line else s

    def _over_table_header(self, i: int) -> bool:
        """Whether the line after line ``i`` is an officeholder table's header ("Name | Start | End |")."""
        return i + 1 < len(self.lines) and is_table_header(self.lines[i + 1][1].strip())

    def _prose(self, start: int, end: int, into: list[Sentence] | None = None) -> None:
        target = self.d.sentences if into is None else into
        if (dl := DATELINE.match(self.clean, start, end)) and dl.group().strip(" –—-") not in self.d.title:
            start = dl.end()  # "February 15, 2018 (ULTON) – The ...": the news item's place and date, no sentence's
        for a, b in split_sentences(self.clean, start, end):
            # keep the markers that follow the sentence inside its span
            while True:
                m = MARKER.match(self.text, b)
                if not m or m.end() > end:
                    break
                b = m.end()
            refs = tuple(self.ref_nums[bisect.bisect_left(self.ref_starts, a) : bisect.bisect_left(self.ref_starts, b)])
            target.append(
                Sentence(start=a, end=b, text=self.text[a:b], clean=self.clean[a:b], section=self.section, refs=refs)
            )
