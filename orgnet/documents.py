"""Read source files into documents (read stage).

A :class:`Document` is what a scraped article holds, found without interpreting it:
its title, layout, infobox fields, sections, sentences with character offsets,
footnote reference numbers, the numbered reference list, leader lists, "See also"
entries and "Related Research Articles" blurbs (small documents of their own).

Every offset of a document is into ``Document.text``: the file decoded (UTF-8, or a
fallback with a warning), with a BOM removed, line ends made ``\\n``, Unicode in NFC
form, and ``<script>``/``<style>`` blocks, HTML markup and %-escapes taken out.
``Document.raw`` is the file as decoded (a BOM dropped) and ``Document.source_map``
(:class:`orgnet.read.offsets.OffsetMap`) maps positions of ``text`` back to it; claims carry
offsets into ``raw`` (:func:`orgnet.extract.extract_claims`). Lines the reader could not
place are kept in ``Document.unparsed``; nothing is dropped silently.

>>> d = parse_text("= Bureau of Tests =\\n- Parent organization: Ministry of Tests\\n\\n"
...                "The Bureau of Tests (BOT) is an agency.[1] It was founded in 1950.\\n", "t.txt")
>>> d.layout, d.title, [f.key for f in d.fields]
('dash-infobox', 'Bureau of Tests', ['Parent organization'])
>>> [(s.text, s.refs) for s in d.sentences]
[('The Bureau of Tests (BOT) is an agency.[1]', (1,)), ('It was founded in 1950.', ())]
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import html
import html.parser
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import vocabulary
from .read.folder import display_name
from .read.infobox import (
    Field,
    Span,
    continues_value,
    has_cjk,
    has_org_word,
    looks_like_prose,
    match_field_line,
    plural,
    strip_debris,
)
from .read.mirrors import fingerprint
from .read.officeholders import Row, dates_in, is_header_only, is_table_header, leader_heading, parse_row, person_name
from .read.offsets import CHARREF, Edits, OffsetMap, nfc_mapped, sub_mapped, unescape_mapped, unquote_mapped

__all__ = ["name_like", "Entry", "Office", "Document", "DocumentSummary", "summarize", "Sentence", "ListItem", "Blurb", "read_document", "document_from_bytes", "parse_text",
           "decode_bytes", "normalize_text", "detect_layout", "split_sentences", "LAYOUTS"]

LAYOUTS = ("dash-infobox", "profile-page", "glued-infobox", "mirror-scrape", "pipe-table",
           "html", "prose", "empty", "binary")

MAX_BYTES_DEFAULT = 64 * 1024 * 1024


@dataclass
class Sentence:
    """A sentence: ``text == document.text[start:end]``; ``clean`` is the same length
    with footnote markers blanked; ``refs`` are the reference numbers cited by it."""

    start: int
    end: int
    text: str
    clean: str
    section: str
    refs: tuple[int, ...] = ()
    topic: str = ""  # the unit a bullet names, when the sentence is that bullet's ("Succeeded by X.")


@dataclass
class ListItem:
    """An entry of a leader list or an officeholder table row: ``Name (Month YYYY – Month YYYY)``,
    ``Name (Title)``, ``Name | 1990 | 1995 |``. ``body`` is the organisation the list's heading
    names (``Directors of the Bureau of X``), empty when the list is about the page's subject."""

    name: Span
    title: str
    start_year: int | None
    end_year: int | None
    present: bool
    section: str
    start: int
    end: int
    line: int
    body: str = ""


@dataclass
class Office:
    """An office a person page's infobox says its subject held, with the term
    (``post`` may span two lines: "Minister of Tides of Ruritania")."""

    post: str
    start_year: int | None
    end_year: int | None
    present: bool
    start: int
    end: int
    line: int


@dataclass
class Entry:
    """A bullet that names a body (``• Institute of Tidal Studies``), with the heading above it."""

    name: Span
    section: str
    line: int
    parent: str = ""  # the body of the bullet it is indented under ("• 6th Directorate" / "    • 1st Department")


@dataclass
class Blurb:
    """A "Related Research Articles" entry: a small document about another subject."""

    title: Span | None
    description: Span | None
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    """One source file, read and split into its parts (see the module docstring)."""

    doc: str
    text: str = ""
    clean: str = ""  # text with footnote markers blanked (same length, same offsets)
    raw: str = ""  # the file as decoded (a BOM dropped): what claims' char_start/char_end count
    source_map: OffsetMap = field(default_factory=OffsetMap)  # positions of text -> positions of raw
    path: str = ""
    layout: str = "prose"
    title: str = ""
    title_span: Span | None = None
    fields: list[Field] = field(default_factory=list)
    sections: list[tuple[str, int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)
    lists: list[ListItem] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    related: list[Blurb] = field(default_factory=list)
    see_also: list[Span] = field(default_factory=list)
    native_names: list[Span] = field(default_factory=list)
    caption: Span | None = None  # a table's one-cell first row (``| Bureau of Tides | |`` over ``|---|``)
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    encoding: str = "utf-8"
    sha256: str = ""  # of the file's bytes as read (empty when the file could not be read)


@dataclass(slots=True)
class DocumentSummary:
    """What the tables need of a document once its claims are extracted: counts, status,
    warnings, unparsed lines and the reference list (for citations), without the text.

    A parse worker and the parse cache pass these instead of whole documents, which
    keeps a large build's memory to the claims.
    """

    doc: str
    path: str = ""
    layout: str = "prose"
    title: str = ""
    chars: int = 0
    n_sentences: int = 0
    n_fields: int = 0
    references: dict[int, str] = field(default_factory=dict)
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    encoding: str = "utf-8"
    fingerprint: bytes = b""  # MinHash of the prose, to find mirror copies (orgnet.read.mirrors)
    sha256: str = ""  # of the file's bytes as read


def summarize(doc: Document | DocumentSummary) -> DocumentSummary:
    """The :class:`DocumentSummary` of a document (a summary is returned as it is).

    >>> summarize(parse_text("= Bureau of Tests =\\nIt was founded in 1950.\\n", "t.txt")).n_sentences
    1
    """
    if isinstance(doc, DocumentSummary):
        return doc
    return DocumentSummary(
        doc=doc.doc, path=doc.path, layout=doc.layout, title=doc.title, chars=len(doc.text),
        n_sentences=len(doc.sentences) + sum(len(b.sentences) for b in doc.related),
        n_fields=len(doc.fields), references=doc.references, unparsed=doc.unparsed,
        warnings=doc.warnings, status=doc.status, encoding=doc.encoding, fingerprint=fingerprint(doc),
        sha256=doc.sha256)


# --------------------------------------------------------------------------- decoding


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: a file with NUL bytes is text with stray NULs when at most this share of its bytes (plus one)
#: are NULs or other control characters (a binary file has many of both)
STRAY_NUL_SHARE = 0.001
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _wide_unicode(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding (without a BOM) that ``data`` is written in, or ``None``.

    charset-normalizer decides (it weighs how plausible the decoded text is in several
    languages, so CJK text in UTF-16 is found as well as English); only these four encodings
    are considered, and its answer is kept only when the text decodes without an error.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]).best()
    if best is None:
        return None
    enc = best.encoding.replace("_", "-")
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    # text has its NUL bytes in the high bytes of its code units (every ASCII character has
    # one); a NUL in the lowest byte is a character U+xx00, which some CJK text has (一 is
    # U+4E00), but not many
    width = 4 if enc.startswith("utf-32") else 2
    low = data[width - 1::width] if enc.endswith("be") else data[::width]
    wrong, nuls = low.count(0), data.count(0)
    if wrong > 0.1 * (len(data) // width) + 1 or nuls - wrong <= wrong or _CONTROL_TEXT.search(text):
        return None  # NULs where text would not have them, or control characters: not this encoding
    return enc


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str | None, str, list[str], str]:
    """Decode a file's bytes: ``(text or None, encoding, warnings, status)``.

    Status is ``ok``, ``empty``, ``binary`` (not text: not parsed) or ``fallback-encoding``.
    UTF-8 (with or without a BOM) is read as it is; UTF-16 and UTF-32 by their BOM or, without
    one, by :func:`_wide_unicode` when the file has NUL bytes (text in them always has some:
    every ASCII character, a line end included, holds one); a few stray NUL bytes in otherwise readable text become
    spaces (a warning says where); other bytes that are not UTF-8 are read as cp1252, or
    latin-1. The text keeps one character per decoded character (no BOM), so offsets into it
    are offsets into the file as a text editor shows it.

    >>> decode_bytes("caf\u00e9".encode("latin-1"), "x.txt")[1:]
    ('cp1252', ['x.txt: not UTF-8 (byte 0xe9 at offset 3); read as cp1252'], 'fallback-encoding')
    >>> decode_bytes("Bureau of Tides".encode("utf-16-le"), "w.txt")[:2]
    ('Bureau of Tides', 'utf-16-le')
    >>> decode_bytes(b"Bureau\\x00 of Tides", "n.txt")[0::2]
    ('Bureau  of Tides', ['n.txt: 1 NUL byte (first at offset 6) read as a space'])
    """
    if not data.strip():
        return "", "utf-8", [f"{name}: empty file"], "empty"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            return text, enc, [f"{name}: read as {enc.upper()}"], "fallback-encoding"
    nul = data.find(b"\x00")
    warnings: list[str] = []
    if nul >= 0:
        n_nul = data.count(b"\x00")
        n_control = len(_CONTROL_BYTES.findall(data))  # NULs included
        stray = n_control <= STRAY_NUL_SHARE * len(data) + 1
        if not (stray and _is_utf8(data)):
            wide = _wide_unicode(data)
            if wide is not None:
                return data.decode(wide), wide, [f"{name}: read as {wide.upper()} (no BOM)"], "fallback-encoding"
            if not stray:
                return None, "", [f"{name}: binary file (NUL byte at offset {nul}); not parsed"], "binary"
        data = data.replace(b"\x00", b" ")
        warnings.append(f"{name}: {n_nul} NUL byte{'s' if n_nul > 1 else ''} (first at offset {nul}) "
                        "read as a space")
    try:
        text = data.decode("utf-8")
        return text[1:] if text.startswith("\ufeff") else text, "utf-8", warnings, "ok"
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, enc, warnings + [f"{name}: not UTF-8 ({where}); read as {enc}"], "fallback-encoding"
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def normalize_text(text: str) -> str:
    """Unicode NFC, ``\\n`` line ends, no BOM, no other control characters.

    >>> normalize_text("\\ufeffa\\r\\nb\\rc\\x07")
    'a\\nb\\nc '
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    return unicodedata.normalize("NFC", text)


_LINE_END = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _normalize_mapped(text: str) -> tuple[str, OffsetMap]:
    """:func:`normalize_text` of a text with no leading BOM, with its offset map.

    >>> out, m = _normalize_mapped("a\\r\\nCafe\\u0301")
    >>> out, m.start(2), m.end(6)
    ('a\\nCafé', 3, 8)
    """
    text, m = sub_mapped(_LINE_END, lambda _: "\n", text) if "\r" in text else (text, OffsetMap())
    text = _CONTROL.sub(" ", text)  # one character for one: offsets stay
    text, m2 = nfc_mapped(text)
    return text, m.then(m2)


class _HTMLText(html.parser.HTMLParser):
    """HTML to plain text: block elements become line breaks, script/style are dropped, and
    a table cell is set apart from the cell before it on its row by a tab (an infobox's label
    cell and value cell read ``Headquarters\t4 Quay Road``, not ``Headquarters4 Quay Road``).

    Beside each output part it keeps where it came from: ``origins`` (the input position of
    the tag or data it was made from) and ``marks`` (the input position of every construct,
    kept or not), from which :func:`_strip_html_mapped` builds the offset map."""

    CELLS = {"td", "th"}

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "section", "article", "header", "footer", "ul", "ol", "title", "dt", "dd"}

    def __init__(self, text: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.origins: list[int] = []
        self.is_data: list[bool] = []
        self.marks: list[int] = []
        self.skip = 0
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def _pos(self) -> int:
        line, col = self.getpos()
        at = self._line_starts[line - 1] + col
        self.marks.append(at)
        return at

    def _add(self, s: str, at: int, data: bool = False) -> None:
        self.parts.append(s)
        self.origins.append(at)
        self.is_data.append(data)

    def handle_starttag(self, tag, attrs):
        at = self._pos()
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self._add("\n", at)
        elif tag in self.CELLS and not self.skip:
            last = next((p for p in reversed(self.parts) if p), "\n")
            if not last[-1].isspace():  # a cell right after text on the same line: keep them apart
                self._add("\t", at)

    def handle_endtag(self, tag):
        at = self._pos()
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self._add("\n", at)

    def handle_data(self, data):
        at = self._pos()
        if not self.skip:
            self._add(data, at, True)

    def handle_comment(self, data):
        self._pos()

    def handle_decl(self, decl):
        self._pos()

    def handle_pi(self, data):
        self._pos()

    def unknown_decl(self, data):
        self._pos()


_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)  # what _script_blocks finds
_SCRIPT_OPEN = re.compile(r"<(script|style)\b", re.I)
_SCRIPT_CLOSE = re.compile(r"</(script|style)\s*>", re.I)
_HTML_TAG = re.compile(r"<(?!/?span\b)/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>")


def _script_blocks(text: str) -> list[tuple[int, int]]:
    """The ``<script>``/``<style>`` blocks of a text, ``(start, end)`` in order: what
    ``_SCRIPT_BLOCK.finditer`` finds, in linear time. An opening tag with no closing tag after
    it is not a block: it is left in the text (the HTML reader drops what follows it when
    the file is HTML; a plain text that mentions ``<script>`` keeps its words).

    >>> t = "a<script>x</script>b<STYLE type=t>y</style >c<script>z"
    >>> [t[a:b] for a, b in _script_blocks(t)]
    ['<script>x</script>', '<STYLE type=t>y</style >']
    """
    if "<" not in text:
        return []
    closes: dict[str, list[tuple[int, int]]] = {"script": [], "style": []}
    for c in _SCRIPT_CLOSE.finditer(text):
        closes[c.group(1).lower()].append((c.start(), c.end()))
    if not closes["script"] and not closes["style"]:
        return []
    starts = {k: [a for a, _ in v] for k, v in closes.items()}
    out: list[tuple[int, int]] = []
    pos, gt = 0, -1
    while True:
        m = _SCRIPT_OPEN.search(text, pos)
        if m is None:
            break
        if gt < m.end():
            gt = text.find(">", m.end())  # the end of the opening tag, shared by openings before it
            if gt < 0:
                break
        name = m.group(1).lower()
        i = bisect.bisect_left(starts[name], gt + 1)
        if i < len(starts[name]):
            out.append((m.start(), closes[name][i][1]))
            pos = closes[name][i][1]
        else:
            pos = m.start() + 1
    return out


def _remove_scripts(text: str) -> tuple[str, int, OffsetMap]:
    """The text without its ``<script>``/``<style>`` blocks, how many, and the offset map."""
    blocks = _script_blocks(text)
    if not blocks:
        return text, 0, OffsetMap()
    e = Edits(text)
    pos = 0
    for a, b in blocks:
        e.keep(pos, a)
        pos = b
    e.keep(pos, len(text))
    out, m = e.result()
    return out, len(blocks), m


def _strip_html(text: str) -> tuple[str, int]:
    """Remove HTML markup when a file is mostly markup; returns (text, tags removed)."""
    out, tags, _ = _strip_html_mapped(text)
    return out, tags


def _strip_html_mapped(text: str) -> tuple[str, int, OffsetMap]:
    """:func:`_strip_html` with the offset map of its output (linear in the text's size).

    >>> t = "<p>A &amp; B</p><p>C</p><div>d</div><b>x</b>"
    >>> out, tags, m = _strip_html_mapped(t)
    >>> out, tags, t[m.start(2):m.end(5)]
    ('A & B\\n\\nC\\n\\nd\\nx\\n', 8, '&amp; B')
    """
    tags = len(_HTML_TAG.findall(text))
    if tags < 5:
        return text, 0, OffsetMap()
    # after the last ">" no tag can end: html.parser would take each "<" there for the start
    # of a tag, look for its end to the end of the text and then read it as text, which is
    # quadratic in the number of such "<"; that tail is read as the text it is instead
    head = text.rfind(">") + 1
    p = _HTMLText(text)
    p.feed(text[:head])
    p.close()
    if head < len(text) and not p.skip and p.cdata_elem is None:
        p.marks.append(head)
        p._add(html.unescape(text[head:]), head, True)
    marks = p.marks
    e = Edits(text)
    k = 0  # the next mark after the current part
    for s, at, data in zip(p.parts, p.origins, p.is_data):
        if not data:
            e.put(at, at, s)
            continue
        while k < len(marks) and marks[k] <= at:
            k += 1
        limit = marks[k] if k < len(marks) else len(text)
        pos, made, n = at, 0, len(s)
        for m in CHARREF.finditer(text, at, limit):
            if made + m.start() - pos >= n:
                break
            e.keep(pos, m.start())
            made += m.start() - pos
            rep = html.unescape(m.group())
            e.put(m.start(), m.end(), rep)
            made += len(rep)
            pos = m.end()
            if made >= n:
                break
        if made < n:
            e.keep(pos, pos + n - made)
    out, m1 = e.result()
    if out != "".join(p.parts):  # pragma: no cover - a construct the marks did not see
        e = Edits(text)
        e.put(0, len(text), "".join(p.parts))
        out, m1 = e.result()
    out, m2 = sub_mapped(re.compile(r"[ \t]+\n"), lambda _: "\n", out)
    out, m3 = sub_mapped(re.compile(r"\n{3,}"), lambda _: "\n\n", out)
    out, m4 = unescape_mapped(out)
    e = Edits(out)
    a, b = len(out) - len(out.lstrip()), len(out.rstrip())
    e.keep(a, max(a, b))
    e.put(len(out), len(out), "\n")
    out, m5 = e.result()
    return out, tags, m1.then(m2).then(m3).then(m4).then(m5)


# --------------------------------------------------------------------------- small helpers


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
def _section_kind(title: str) -> str:
    t = title.strip().rstrip(":").strip().casefold()
    vocab = _sections_vocab()
    if t in vocab:
        return vocab[t]
    for name, kind in vocab.items():  # "Directors of the Bureau:" -> leaders
        if kind.startswith("leaders:") and t.startswith(name + " of "):
            return kind
    return ""


_MARKER = re.compile(
    r"[ \u00a0\u2009\u200a]?\[(?P<num>\d{1,3})\]"
    r"(?:[ \u00a0\u2009\u200a]?:[ \u00a0\u2009\u200a]?\d+(?:[ \u00a0\u2009\u200a]?[–-][ \u00a0\u2009\u200a]?\d+)?)?"
    r"|[ \u00a0]?\[ ?(?:[a-z]|note \d+|nb \d+|n \d+|citation needed|update|needs update|contradictory|"
    r"failed verification|page needed|clarification needed|dubious|discuss|when\?|who\?|which\?|by whom\?|"
    r"better source needed|original research\?|edit) ?\]")
_HEADING_EQ = re.compile(r"^(?P<eq>={1,6})\s*(?P<title>[^=].*?)\s*=+\s*$")
_HEADING_EDIT = re.compile(r"^(?P<title>[A-Z][^.!?:]{0,60}?) edit$")
_SPAN_TITLE = re.compile(
    r'^<span class="mw-page-title-main">(?P<title>[^<]+)</span>\s*(?P<desc>.*)$')
_REF_LINE = re.compile(r"^\s*(?P<num>\d{1,3})\.\s+(?P<body>\S.*)$")
_REF_CARET = re.compile(r"^\s*\d{1,3}\.\s+\^")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}\))\s+(?P<body>\S.*)$")
_NAME_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){1,3})[ \u00a0]\((?P<title>[^()]{2,40})\)$")
_DATES = re.compile(
    r"^(?P<name>[^()]{2,80}?)\s*\((?P<a>[^()–—-]*?)\s*[–—-]\s*(?P<b>[^()]*?)\)\s*$")
_HEADING_YEARS = re.compile(r"\s*\(\s*(?:1[6-9]|20)\d\d\s*[-–—]\s*(?:(?:1[6-9]|20)\d\d|present)?\s*\)\s*$")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_CAPTION_ROW = re.compile(r"^\s*\|?\s*(?P<cap>[^|\s][^|]{1,120}?)\s*\|(?:\s*\|)*\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_TABLE_HEADER = re.compile(r"^\|?\s*(?:Field|Key|Property|Attribute|Parameter|Name)\s*\|\s*(?:Value|Values|Data|Details?)\s*\|?$", re.I)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


@functools.lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern, re.Pattern]:
    v = vocabulary.names()
    lines = re.compile(r"^(?:" + "|".join(v["page_furniture"]) + r")$", re.I)
    suffix = re.compile(r"(?:" + "|".join(v["title_suffixes"]) + r")$", re.I)
    return lines, suffix


@functools.lru_cache(maxsize=1)
def _ui_rx() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(vocabulary.names()["ui_lines"]) + r")$", re.I)


@functools.lru_cache(maxsize=1)
def _error_rx() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(vocabulary.names()["error_lines"]) + r")", re.I)


def _error_line(s: str) -> bool:
    """A wiki's template or script error printed into the page.

    >>> _error_line("Lua error in Module:Infobox at line 12: bad argument."), _error_line("Lua is a language.")
    (True, False)
    """
    return bool(_error_rx().match(s))


def _is_furniture(s: str) -> bool:
    """A line of page chrome (``Skip to main content``, ``Home > News > X``, a caption).

    >>> _is_furniture("Skip to main content"), _is_furniture("Bureau of Tides")
    (True, False)
    """
    return bool(_furniture()[0].match(s.strip()))


def _title_text(s: str) -> str:
    """A title line without the site's suffix (``X explained``, ``X - Wikipedia``).

    >>> _title_text("Bureau of Tides explained"), _title_text("Bureau of Tides - Wikipedia")
    ('Bureau of Tides', 'Bureau of Tides')
    """
    t = _furniture()[1].sub("", s).strip()
    return t or s


# words of a headline's verb or clause, never inside a body's name ("X Names New Chief after Y")
_HEADLINE_WORDS = frozenset({"names", "named", "appoints", "appointed", "says", "said", "after", "amid", "is", "are",
                             "was", "were", "has", "have", "will", "how", "why", "what", "vs", "vs.", "sacks",
                             "fires", "fired", "replaces", "replaced", "arrested", "expels", "expelled", "quits",
                             "resigns", "dies", "warns", "accuses", "accused", "denies", "reveals", "revealed"})


def name_like(s: str) -> bool:
    """A line that reads as a name: short, most words capitalised, no sentence punctuation.

    >>> name_like("Ministry of Tides (Ruritania)"), name_like("Ruritania replaces head of news agency")
    (True, False)
    >>> name_like("Ruritania Names New Tide Chief after Purge")
    False
    """
    if len(s) > 120 or s[-1] in "!?.:;," and not s.endswith((".)", "Inc.", "Ltd.", "Co.")):
        return False
    words = re.findall(r"[^\W\d_][\w'’.\-&]*", re.sub(r"\([^()]*\)", " ", s))
    if not words or len(words) > 14:
        return False
    small = {"of", "the", "for", "and", "on", "in", "to", "a", "an", "de", "du", "des", "la", "le", "at",
             "with", "by"}
    if any(w.casefold() in _HEADLINE_WORDS for w in words[1:]):
        return False  # a headline: "Ruritania Names New Tide Chief after Purge"
    content = [w for w in words if w.casefold() not in small]
    caps = sum(1 for w in content if w[0].isupper() or not w[0].isalpha())
    return bool(content) and caps >= 0.75 * len(content) and not (len(words) > 1 and words[0] in small)


_QUALIFIER_AFTER = re.compile(r"(?<=\))\s*\((?:acting|interim|caretaker|first term|second term)\)$", re.I)


@functools.lru_cache(maxsize=1)
def _plural_titles_rx() -> re.Pattern:
    """Office titles in the plural ("directors", "Directors General", "vice chairmen")."""
    forms = sorted({plural(t) for t in vocabulary.names()["titles"]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.I)


def next_bullet(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether the first non-blank line after line ``i`` is a bullet."""
    nxt = next((ln for _, ln in lines[i + 1:i + 4] if ln.strip()), "")
    return bool(_BULLET.match(nxt))


_WIKITEXT_NAME = re.compile(r"^\s*\|\s*name\s*=\s*(?P<v>[^|{}<]+?)\s*$", re.I)
_NAME_ABBR_LINE = re.compile(r"^(?P<name>[A-Z][\w'’&.-]*(?: (?:of |for |the |and |on )*[A-Z][\w'’&.-]*){1,9}) \((?P<abbr>[A-Z][A-Za-z&]{1,9})\)$")


def _bullet_head(body: str) -> str:
    """The name a bullet starts with, before a gloss (``GPU – State Political Directorate``,
    ``Cheka (abbreviation of ...)``): capitalised words, at most six; empty for sentences.

    >>> _bullet_head("TDA – 'Tide Directorate of Ruritania'"), _bullet_head("it was renamed in 1922")
    ('TDA', '')
    """
    m = re.match(r"^(?P<head>(?P<ord>\d{1,2}(?:st|nd|rd|th) )?[A-Z][\w'’.&-]*(?: (?:of |for |the |and )*[A-Z][\w'’.&-]*){0,5})"
                 r"(?:\s*[(–—:-]|,\s+(?=[a-z])|\s*$)", body.strip())  # ("2nd Main Directorate – ...": an ordinal may open it;
    # "Directorate of Operations, responsible for ...": a lower-case gloss after a comma)
    return m.group("head") if m and not re.search(r"\d", m.group("head")[len(m.group("ord") or ""):]) else ""


def _term_in_parens(s: str) -> re.Match | None:
    """``Name (a – b)`` where ``a`` or ``b`` is a year or a word like "present" or "unknown"
    ("Hong Kong (pro-Beijing)" and "X (abbreviation of Counter-Revolution)" are no terms).

    >>> bool(_term_in_parens("Ada Li (1949-1958)")), bool(_term_in_parens("Port Ulton (pro-Harbour)"))
    (True, False)
    """
    dm = _DATES.match(s)
    if dm is None:
        return None
    known = set(vocabulary.names()["present_words"]) | set(vocabulary.names()["unknown_words"])
    a, b = dm.group("a").strip(), dm.group("b").strip()
    return dm if (_year(a) or _year(b) or a in known or b in known) else None


def _first_title(post: str) -> str:
    """The first office title a post description starts with (``Vice-President and ...``).

    >>> _first_title("Secretary of the Party Group, Vice-President of the Federation"), _first_title("lives here")
    ('Secretary', '')
    """
    words = post.replace("-", " ").split()
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:k]).strip(",;")
        if cand.casefold() in _titles():
            return " ".join(post.split()[:k]).strip(",;") if "-" not in post.split()[0] else post.split()[0]
    return ""


# a holder and a term after a comma: "Ada Li, 1 March 1990 to 9 May 1995", "Bo Wu CM, 1988-92", "Cy Lo, 3 June 2001 -"
_DATE_TEXT = r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?(?:1[6-9]|20)\d\d"
_NAME_DATES = re.compile(r"^(?P<name>[^,()\d]{3,60}),\s*(?P<a>" + _DATE_TEXT + r")\s*(?:(?:to|until|–|—|-)\s*"
                         r"(?:(?P<b>" + _DATE_TEXT + r"|\d\d)|(?P<open>present|incumbent|))?)?\s*\.?(?:\s.*)?$")


@functools.lru_cache(maxsize=1)
def _name_then_dates() -> tuple[re.Pattern, re.Pattern]:
    """:data:`_NAME_DATES` without the comma ("Ada Li 1984-1991", "Bo Wu March 1995"): only a month
    may stand between the name and the year; the name the shortest, then the longest (a month
    that is a first name: "August Lind 1998-2005")."""
    month = "|".join(vocabulary.names()["months"])
    date = r"(?:\d{1,2}\s+)?(?:(?:" + month + r")\.?\s+)?(?:\d{1,2},\s+)?(?:1[6-9]|20)\d\d"
    tail = r")\s*(?:(?:to|until|–|—|-)\s*(?:(?P<b>" + date + r"|\d\d)|(?P<open>present|incumbent|))?)?\s*\.?$"
    return (re.compile(r"^(?P<name>[^,()\d]{3,60}?)\s+(?P<a>" + date + tail),
            re.compile(r"^(?P<name>[^,()\d]{3,60})\s+(?P<a>" + date + tail))


def _name_dates(text: str) -> re.Match | None:
    """A holder and a term: "Ada Li, 1 March 1990 to 9 May 1995", "Bo Wu CM, 1988-92", "Cy Lo 1990-1995".

    >>> _name_dates("Cy Lo 1990-1995").group("name", "a", "b"), _name_dates("Cy Lo March 1995").group("name", "a")
    (('Cy Lo', '1990', '1995'), ('Cy Lo', 'March 1995'))
    >>> _name_dates("Dr August Lind 1998-2005").group("name")
    'Dr August Lind'

    """
    m = _NAME_DATES.match(text)
    if m:
        return m
    for rx in _name_then_dates():
        m = rx.match(text)
        if m and person_name(m.group("name").strip(), 0) is not None:
            return m
    return None


def _name_dates_term(nd: re.Match) -> tuple[int | None, int | None]:
    """Start and end years of a :data:`_NAME_DATES` match ("1984-87" ends in 1987).

    >>> _name_dates_term(_NAME_DATES.match("Bo Wu, 1988-92")), _name_dates_term(_NAME_DATES.match("Cy Lo, 1998-03"))
    ((1988, 1992), (1998, 2003))
    """
    y0, b = _year(nd.group("a")), (nd.group("b") or "").strip()
    y1 = _year(b)
    if y1 is None and y0 and re.fullmatch(r"\d\d", b):
        y1 = y0 // 100 * 100 + int(b)
        y1 += 100 if y1 < y0 else 0
    return y0, y1


def _is_list_heading(s: str) -> bool:
    """A line announcing a list of officeholders ("List of heads", "Directors of the Bureau
    of X"): a heading even without blank lines around it."""
    s = _HEADING_YEARS.sub("", s)  # "Directors of the Tidal Police (1948-1954)"
    if len(s) > 100 or not s or s[-1] in ".,;:!?" or "|" in s or "," in s or \
            any(ch.isdigit() for ch in re.sub(r"\([^()]*\)", "", s)):
        return False
    lh = leader_heading(s)
    return lh is not None and (bool(lh[1]) or s.casefold().startswith("list of"))


def _year(text: str) -> int | None:
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


_TRAILING_GLOSS = re.compile(r"^(.+?)\s*\([^()]{1,60}\)\s*(?:\[\d{1,3}\])?$")
_IN_OFFICE_DATES = re.compile(r"^(?:in|assumed) office:?\s+\S", re.I)
_PIPE_ONLY = re.compile(r"[\s|:-]*")


def _cells_text(line: str) -> str:
    """A line without the pipe-table cells' bars ("Head of X | |" -> "Head of X")."""
    return re.sub(r"(?:\s*\|)+\s*$", "", line).strip().strip("|").strip()


_RUN_ON_WORDS = frozenset({"the", "of", "and", "a", "an", "to", "in", "with", "for", "by", "from", "on", "its",
                           "their", "his", "her", "as", "at", "or"})
_OPEN_END = re.compile(r"(?:\b[a-z][\w'’-]*|,)$")


def _open_break(line: str, nxt: str) -> bool:
    """True when a sentence runs on from ``line`` into ``nxt`` (a hard-wrapped paragraph)."""
    a, b = line.strip(), nxt.strip()
    if not a or not b or a[-1] in ".!?:;|" or _BULLET.match(nxt) or _BULLET.match(line) or "|" in b:
        return False
    if len(a) <= 140 and (_ui_rx().match(a) or _ui_rx().match(b)):
        return False  # ("Loading AI tools" / "Summarize": a mirror's interface, no sentence)
    if b[0].islower() or (b[0] == "(" and len(_words(a)) >= 2):
        return True
    if a.endswith("-") and not a.endswith(" -"):
        return True  # "Vigilância--" / "BPV)": a word or a dash cut at the line's end
    if len(_words(a)) >= 5 and re.search(r"\s[A-Z][\w'’-]*$", a) and len(re.findall(r"\b[a-z]{3,}\b", a)) >= 2 \
            and (b[0].isupper() or b[0] == "(") and match_field_line(nxt, 0) is None \
            and b.split()[0] not in vocabulary.names()["not_name_starts"]:  # ("... of China" / "The X is ...": two sentences)
        return True  # a long line of running text that ends on a name going on below ("to the Tidal" / "Office")
    return bool(_OPEN_END.search(a)) and (len(_words(a)) >= 2 or a.casefold() in _RUN_ON_WORDS)


def _words(s: str) -> list[str]:
    return s.split()


_HOLDER_SINCE = re.compile(r"^(?:since|incumbent|assumed office)\b[^|]{0,40}?(?:(?:1[6-9]|20)\d\d|$)", re.I)
_OPEN_TITLE_END = re.compile(r"\s(?:of|for|of the|and|and the|on)$")  # a title line that goes on below


def _title_like(s: str) -> bool:
    """A short line that reads as a heading: capitalised, no final punctuation."""
    if not s or not s[0].isupper() or len(s) > 60 or s[-1] in ".,;!?)\"”":
        return False
    w = _words(s)
    return 1 <= len(w) <= 6 and not any(ch.isdigit() for ch in s)


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(vocabulary.names()["sentence_abbreviations"])


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in vocabulary.names()["titles"])


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9\u3400-\u9fff])")


def split_sentences(clean: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``clean[start:end]``, trimmed of spaces.

    Full stops after abbreviations (``U.S.``, ``Dr.``) and initials (``Peter L.``) do not
    end a sentence.

    >>> t = "Dr. Li met Peter L. Smith in the U.S. in 1990. He left. Then 2 more."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Dr. Li met Peter L. Smith in the U.S. in 1990.', 'He left.', 'Then 2 more.']
    """
    end = len(clean) if end is None else end
    out, pos = [], start
    abbrevs = _abbreviations()
    for m in _BOUNDARY.finditer(clean, start, end):
        token_start = clean.rfind(" ", pos, m.start()) + 1
        token = clean[max(token_start, pos):m.start() + 1]
        if token in abbrevs or re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", token.rstrip(".") + ".")\
                and len(token.rstrip(".")) <= 1 or re.fullmatch(r"(?:[A-Z]\.){2,}", token):
            continue
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and clean[a].isspace():
            a += 1
        while b > a and clean[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


# --------------------------------------------------------------------------- layout


def detect_layout(text: str) -> str:
    """Name the layout of a document's text (see DESIGN.md's layout table).

    >>> detect_layout("= X =\\n- Type: Agency\\n- Leader: Li\\n")
    'dash-infobox'
    >>> detect_layout("X\\nFormation1950; 70 years ago (1950)\\nLeaderLi Wei\\n")
    'glued-infobox'
    >>> detect_layout("Just a sentence about things.\\n")
    'prose'
    """
    lines = text.split("\n")
    head = [ln for ln in lines[:80] if ln.strip()]
    if not head:
        return "empty"
    dash = sum(1 for ln in lines if re.match(r"^\s*-\s*[A-Z][\w ]{0,40}:\s", ln)
               and not looks_like_prose(ln))
    if re.match(r"^=[^=].*=\s*$", head[0]) or dash >= 3:
        return "dash-infobox"
    if sum(1 for ln in lines if re.match(r"^\s*\|?\s*[A-Za-z][^|]{0,40}\|[^|]*\|?\s*$", ln)
           and "|" in ln) >= 2:
        return "pipe-table"
    if any(ln.strip() in ("Last updated", "Related Research Articles") for ln in lines) or \
            'class="mw-page-title-main"' in text or \
            any(re.match(r"^\s*\d{1,3}\.\s+1 2 ", ln) for ln in lines):
        return "mirror-scrape"
    if any((m := _NAME_TITLE.match(ln.strip())) and m.group("title").strip().casefold() in _titles()
           for ln in lines) or \
            any(ln.strip().casefold() in ("leadership team", "region served") for ln in lines):
        return "profile-page"
    glued = 0
    for ln in head[:40]:
        hit = match_field_line(ln, 0)
        if hit and hit[1] in ("glued", "alone"):
            glued += 1
    if glued >= 2 or "Edit this at Wikidata" in text or any(_REF_CARET.match(ln) for ln in lines):
        return "glued-infobox"
    return "prose"


# --------------------------------------------------------------------------- parsing


def _read_bounded(path: Path, max_bytes: int) -> bytes | str:
    """A regular file's bytes, never more than ``max_bytes + 1`` of them, or why it cannot be
    read. The file is opened without blocking and checked on the open descriptor, so a FIFO
    or a device (also behind a link) is refused rather than waited on or read forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return "not a regular file (a FIFO, socket or device); not read"
            if st.st_size > max_bytes:
                return f"{st.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; not parsed"
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            return f"cannot read ({exc.strerror or exc})"
    if len(data) > max_bytes:  # it grew while being read
        return f"over the {max_bytes / 1e6:.0f} MB limit; not parsed"
    return data


def read_document(path: str | Path, *, doc: str | None = None,
                  max_bytes: int = MAX_BYTES_DEFAULT) -> Document:
    """Read one file into a :class:`Document`; problems become warnings, never exceptions.

    Only a regular file is read, and at most ``max_bytes`` of it (checked before reading).
    An unreadable, too large, empty or binary file gives a document with ``status`` saying why.
    ``sha256`` is the digest of the file's bytes as read.
    """
    path = Path(path)
    name = doc or display_name(path.name)
    data = _read_bounded(path, max_bytes)
    if isinstance(data, str):
        status = "too-large" if "limit" in data else "unreadable"
        return Document(doc=name, path=display_name(str(path)), status=status, layout="empty",
                        warnings=[f"{name}: {data}"])
    return document_from_bytes(data, name, display_name(str(path)))


def document_from_bytes(data: bytes, doc: str, path: str = "") -> Document:
    """A file's bytes (read by :func:`read_document`, or sent to a worker that cannot see the
    file) as a :class:`Document`: decoded, parsed; problems become warnings.

    >>> d = document_from_bytes(b"= Bureau of Tests =\\nIt was founded in 1950.\\n", "t.txt")
    >>> d.title, d.status, d.sha256[:12]
    ('Bureau of Tests', 'ok', '8c38292a78c8')
    """
    sha = hashlib.sha256(data).hexdigest()
    text, enc, warnings, status = decode_bytes(data, doc)
    if text is not None and not text.strip() and status == "ok":
        status, warnings = "empty", [f"{doc}: empty file (only white space)"]
    if text is None:
        return Document(doc=doc, path=path, status=status, warnings=warnings,
                        layout="binary", encoding=enc, sha256=sha)
    d = parse_text(text, doc)
    d.path, d.encoding, d.sha256 = path, enc, sha
    d.warnings[:0] = warnings
    if status != "ok" and d.status == "ok":
        d.status = status
    return d


def parse_text(text: str, doc: str = "<text>") -> Document:
    """Parse a document's text (any layout) into a :class:`Document`. Pure: text in, data out.

    ``text`` is the file as decoded; a leading BOM is dropped and the rest is kept as
    ``Document.raw``. The parser reads the cleaned ``Document.text`` (line ends ``\\n``, NFC,
    ``<script>``/``<style>`` blocks, HTML markup and %-escapes taken out), and
    ``Document.source_map`` maps its positions back to ``raw``
    (:func:`orgnet.extract.extract_claims` gives claims offsets into ``raw``).

    >>> d = parse_text("\\ufeffBureau of Tests\\r\\n\\r\\nThe Bureau of Tests was set up in 1950.\\r\\n")
    >>> d.text.index("The"), d.source_map.start(d.text.index("The")), d.raw.index("The")
    (17, 19, 19)
    """
    raw = text.lstrip("\ufeff")
    text, source = _normalize_mapped(raw)
    d = Document(doc=doc)
    text, scripts, m = _remove_scripts(text)
    source = source.then(m)
    if scripts:
        d.warnings.append(f"{doc}: {scripts} <script>/<style> block(s) removed")
    stripped, tags, m = _strip_html_mapped(text)
    if tags:
        text = stripped
        source = source.then(m)
        d.warnings.append(f"{doc}: HTML markup removed ({tags} tags; scripts and styles dropped)")
        d.status = "html-stripped"
    escapes = len(_PERCENT_ESCAPE.findall(text))
    if escapes >= 8 and escapes * 3 * 20 >= len(text):  # at least 5 % of the text escaped
        text, m = unquote_mapped(text)  # a scrape saved %-escaped ("Ministry%20of%20Tides")
        source = source.then(m)
        d.warnings.append(f"{doc}: %-escaped text decoded ({escapes} escapes)")
    d.raw, d.source_map = raw, source
    d.text = text
    if not text.strip():
        d.layout, d.status = "empty", "empty"
        return d
    d.layout = "html" if tags else detect_layout(text)
    _Parser(d).run()
    return d


_ONE_LINE_INFOBOX = re.compile(r"\{\{\s*Infobox\b", re.I)


def _infobox_on_one_line(pos: int, ln: str) -> list[tuple[int, str]]:
    """A line as ``(offset, text)`` pieces: itself, or, when it holds a whole wikitext infobox
    (``{{Infobox organization | name = X | formation = 1954 | ... }} The X is ...``), the text
    before it, one piece per ``| key = value`` (cut only at the infobox's own pipes, not inside
    ``{{cite ...}}``), and the text after it.

    >>> [t for _, t in _infobox_on_one_line(0, "{{Infobox org | name = Tide | leader_name = Ada Li | formation = 1954 }} Tide is.")]
    ['{{Infobox org', '| name = Tide', '| leader_name = Ada Li', '| formation = 1954', '}}', ' Tide is.']
    """
    m = _ONE_LINE_INFOBOX.search(ln)
    if not m or ln.count("=", m.end()) < 3:
        return [(pos, ln)]
    cuts, depth, k, end = [m.start()], 0, m.start(), None
    while k < len(ln):
        two = ln[k:k + 2]
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
        if ln[k] == "|" and depth == 1 and ln[k - 1:k] == " ":
            cuts.append(k)
        k += 1
    if end is None or len(cuts) < 4:
        return [(pos, ln)]
    pieces = [(0, m.start())] + list(zip(cuts, cuts[1:] + [end])) + [(end, end + 2), (end + 2, len(ln))]
    return [(pos + a, ln[a:b].rstrip()) for a, b in pieces if ln[a:b].strip()]


class _Parser:
    """One pass over the lines of a document, placing each line somewhere."""

    def __init__(self, d: Document) -> None:
        self.d = d
        self.text = d.text
        self.clean, self.markers = self._mask_markers(d.text)
        # the numbered markers' starts and numbers, in order: a sentence's are found by bisection
        self.ref_starts = [ms for ms, _, num in self.markers if num is not None]
        self.ref_nums = [num for _, _, num in self.markers if num is not None]
        d.clean = self.clean
        self.lines: list[tuple[int, str]] = []
        pos = 0
        for ln in d.text.split("\n"):
            self.lines.extend(_infobox_on_one_line(pos, ln))
            pos += len(ln) + 1
        self.section = ""
        self.section_kind = ""
        self.open_field: Field | None = None
        self.blurb: Blurb | None = None
        self.section_start = 0
        # officeholder tables: a header line opens one; a heading or a sentence closes it
        self.table_open = False
        self.list_title = ""
        self.list_body = ""
        self.row: Row | None = None  # the row being read (it may go on over several lines)
        self.skip_lines: set[int] = set()
        self.resume_field: Field | None = None  # a leader field a blank line interrupted
        self.bullet_bodies: list[tuple[int, str]] = []  # (indent, name) of open body bullets
        self.row_line = 0

    @staticmethod
    def _mask_markers(text: str) -> tuple[str, list[tuple[int, int, int | None]]]:
        markers = []
        parts, pos = [], 0
        for m in _MARKER.finditer(text):
            num = int(m.group("num")) if m.group("num") else None
            markers.append((m.start(), m.end(), num))
            parts.append(text[pos:m.start()])
            parts.append(" " * (m.end() - m.start()))
            pos = m.end()
        parts.append(text[pos:])
        return "".join(parts), markers

    # -- main loop
    def run(self) -> None:
        d = self.d
        self._find_title()
        if not d.title:
            self._title_from_name_key()
        self._find_caption()
        wrapped = self._wrapped_paragraphs()
        n = len(self.lines)
        for i, (start, raw) in enumerate(self.lines):
            if i in wrapped and i not in self.skip_lines:
                # a paragraph hard-wrapped mid-sentence: its lines read as one text
                last = wrapped[i]
                a = start + len(raw) - len(raw.lstrip())
                self.open_field = None
                self._prose(a, self.lines[last][0] + len(self.lines[last][1].rstrip()))
                self.skip_lines.update(range(i + 1, last + 1))
                continue
            s = raw.strip()
            if not s:
                if self.open_field is not None and self.open_field.role == "leader":
                    self.resume_field = self.open_field  # "Commanders: A (1950 - 1953)", blank, "B (1953 - 1957)"
                self.open_field = None
                continue
            if d.title_span and start <= d.title_span.start < start + len(raw) + 1 and i == self._title_line:
                continue
            if i in self.skip_lines:  # read already, as part of the line before
                continue
            prev_blank = i == 0 or not self.lines[i - 1][1].strip()
            next_blank = i + 1 >= n or not self.lines[i + 1][1].strip()
            self._line(i, start, raw, s, prev_blank, next_blank)
        self._end_table()
        self._close_section(len(self.text))
        if self.blurb:
            self._finish_blurb()
        self._field_offices()
        self._succession_boxes()

    def _succession_boxes(self) -> None:
        """A person page's succession box: ``Preceded by A`` / ``Director of X 1995–1996`` /
        ``Succeeded by B`` (cells or plain lines): the middle line is an office held then."""
        rows = [(k, start, _cells_text(raw)) for k, (start, raw) in enumerate(self.lines) if raw.strip()]
        for j in range(1, len(rows) - 1):
            (_, a0, before), (k, start, post), (_, b0, after) = rows[j - 1], rows[j], rows[j + 1]
            if not (re.match(r"preceded by\b", before, re.I) and re.match(r"succeeded by\b", after, re.I)):
                continue
            years = dates_in(post)
            name = re.sub(r"[\s,(]*(?:1[6-9]|20)\d\d.*$", "", post).strip()
            if not years or not re.search(r"\b(?:of|for)\b", name) or any(o.start <= start < o.end for o in self.d.offices):
                continue
            end = b0 + len(self.lines[rows[j + 1][0]][1].rstrip())
            for line_start, role in ((a0, "predecessor"), (b0, "successor")):
                # "Preceded by Bo Wu |" read as a cell key with no value: the key and the person
                f = next((f for f in self.d.fields if f.start == line_start and f.role == "literal"), None)
                m = re.match(r"(?:preceded|succeeded) by\s+(?P<who>[^|]+?)\s*(?:\||$)", self.text[line_start:end], re.I)
                if f is not None and m:
                    f.role, f.key = role, ("Preceded by" if role == "predecessor" else "Succeeded by")
                    f.values = [Span(m.group("who"), line_start + m.start("who"), line_start + m.end("who"))]
            self.d.offices.append(Office(post=name, start_year=years[0], end_year=years[1] if len(years) > 1 else None,
                                         present=bool(re.search(r"\b(?:present|incumbent)\b", post, re.I)),
                                         start=a0, end=end, line=k + 1))
        self.d.offices.sort(key=lambda o: o.start)

    def _field_offices(self) -> None:
        """A template dump's offices: ``Office: Director of X`` (``Office2``, ...) with the
        ``Term Start`` / ``Term End`` fields of the same number, one :class:`Office` each."""
        fields = self.d.fields
        for f in fields:
            if f.role != "office" or not f.values or any(o.start <= f.start < o.end for o in self.d.offices):
                continue
            post = f.values[0].text
            if not re.match(r"[A-Z]", post) or not re.search(r"\b(?:of|for)\b", post) \
                    or re.match(r"(?:(?:full|candidate|alternate) )?member of\b", post, re.I):
                continue  # "Member of the X": a membership, read with the fields
            term = {g.role: g.values[0].text for g in fields
                    if g.role in ("term_start", "term_end") and g.number == f.number and g.values}
            y0 = dates_in(term.get("term_start", ""))
            y1 = dates_in(term.get("term_end", ""))
            present = bool(re.search(r"\b(?:present|incumbent)\b", term.get("term_end", ""), re.I))
            self.d.offices.append(Office(post=post, start_year=y0[0] if y0 else None,
                                         end_year=y1[0] if y1 else None, present=present,
                                         start=f.start, end=f.end, line=f.line))
        self.d.offices.sort(key=lambda o: o.start)

    @staticmethod
    def _holders_intro(sentence: str) -> str:
        """The plural office a sentence announcing a list names ("X has had these directors:",
        "Four more Directors General have led the Bureau since then:"), else ''."""
        if not sentence.rstrip().endswith(":"):
            return ""
        m = _plural_titles_rx().search(sentence)
        return m.group() if m else ""

    def _named_again(self, title: str, line: int) -> bool:
        """Whether the text below the title line names the title again (not as a repeat of the line)."""
        t = title.casefold()
        return any(t in raw.casefold() and raw.strip() != title for _, raw in self.lines[line + 1:])

    def _wrapped_paragraphs(self) -> dict[int, int]:
        """Paragraphs hard-wrapped mid-sentence (``... (DIE) was`` / ``the country's`` /
        ``primary service``): first line -> last line of each. Lines join where a line ends
        without closing punctuation and the next goes on in lower case, or a line of three words
        or more ends on a lower-case word or a comma. A run of three lines or more that then
        reads as prose is one paragraph; its line breaks become spaces in the cleaned text (the
        offsets stay those of the file).
        """
        out: dict[int, int] = {}
        n = len(self.lines)
        i = 0
        while i < n - 1:
            if i == self._title_line:
                i += 1  # the title line ends where it ends, though the text under it was wrapped
                continue
            j = i
            while j + 1 < n and _open_break(self.lines[j][1], self.lines[j + 1][1]):
                j += 1
            if j - i >= 2 and i != self._title_line:
                a, b = self.lines[i][0], self.lines[j][0] + len(self.lines[j][1])
                joined = " ".join(ln.strip() for _, ln in self.lines[i:j + 1])
                hit = match_field_line(self.lines[i][1], a)
                # (a run that opens with a key-like word, "General Ada Lind was appointed its first director,
                # but" / "was removed in 1958 ...", is still running text: only a key with a separator is a field)
                if len(_words(joined)) >= 12 and re.search(r"[.!?]", joined) and (hit is None or hit[1] == "space"):
                    out[i] = j
                    self.clean = self.clean[:a] + self.clean[a:b].replace("\n", " ") + self.clean[b:]
            i = j + 1
        self.d.clean = self.clean
        return out

    def _find_caption(self) -> None:
        """The first pipe table's caption: a row with one filled cell right above the rule."""
        for k in range(1, min(len(self.lines), 200)):
            if _TABLE_RULE.match(self.lines[k][1].strip()):
                start, raw = self.lines[k - 1]
                m = _CAPTION_ROW.match(raw)
                if m and name_like(m.group("cap")):
                    self.d.caption = Span(m.group("cap"), start + m.start("cap"), start + m.end("cap"))
                return

    def _find_title(self) -> None:
        """The title: the first line of a ``= Title =`` heading, else the first line that reads
        as a name once page furniture (menus, banners, captions, dates, bullets) is passed.
        A headline or any other first line that is not a name gives no title; extraction then
        takes the subject from the lead sentence."""
        d = self.d
        self._title_line = -1
        for i, (start, raw) in enumerate(self.lines[:60]):
            s = raw.strip()
            if not s:
                continue
            m = _HEADING_EQ.match(s)
            if m and len(m.group("eq")) == 1:
                t = m.group("title")
                off = start + raw.index(t)
                d.title, d.title_span, self._title_line = t, Span(t, off, off + len(t)), i
                return
            if _is_furniture(s) or (_BULLET.match(raw) and len(_words(s)) <= 6):
                continue
            if looks_like_prose(s) or len(s) > 150 or not re.search(r"[^\W\d_]", s) \
                    or match_field_line(raw, start, allow_unknown_keys=True) is not None or _BULLET.match(raw):
                return
            t = _title_text(s)
            if not name_like(t):
                return  # a headline, a date, a banner: no title line
            if len(_words(t)) >= 6 and not re.search(r"\b(?:of|for)\b", t) and not self._named_again(t, i):
                return  # a long title the text never names again: a headline ("X Gave Money to Y Group")
            if not has_org_word(t) and not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", t):
                named = self._named_line_below(i)
                if named is not None:  # "Reading List" / ... / "Union of Harbour Youth (UHY)": the body's line
                    i, start, raw, t = named
            off = start + raw.index(t)
            end = off + len(t)
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            if nxt is not None and _OPEN_TITLE_END.search(t) and nxt[1].strip() and len(nxt[1].strip()) <= 80 \
                    and name_like(t + " " + nxt[1].strip()) and raw.rstrip().endswith(t):
                # "Minister of Tides of" / "the Republic of Veldra": a title wrapped over two lines
                t = t + " " + nxt[1].strip()
                end = nxt[0] + len(nxt[1].rstrip())
                self.skip_lines.add(i + 1)
            d.title, d.title_span, self._title_line = t, Span(t, off, end), i
            self._holder_under_title(i)
            return

    def _holder_under_title(self, i: int) -> None:
        """An infobox's incumbent right under the title, with no key: a name line, then "since 24 June
        2022" (or "Incumbent"): the holder of the page's office, or the head of its body."""
        below = [k for k in range(i + 1, min(len(self.lines), i + 5))
                 if k not in self.skip_lines and self.lines[k][1].strip()][:2]
        if len(below) < 2:
            return
        (n0, nraw), (s0, sraw) = self.lines[below[0]], self.lines[below[1]]
        since = _HOLDER_SINCE.match(sraw.strip())
        lead = len(nraw) - len(nraw.lstrip())
        name = person_name(nraw.strip(), n0 + lead)
        if since is None or name is None or name.text == self.d.title:
            return
        y = _year(since.group())
        end = s0 + len(sraw.rstrip())
        self.d.lists.append(ListItem(name=name, title="", start_year=y, end_year=None, present=True, section="",
                                     start=name.start, end=end, line=below[0] + 1))
        self.skip_lines.update(below)

    def _title_from_name_key(self) -> None:
        """No title line, but a raw wikitext infobox: its ``| name = X`` names the page's body."""
        for start, raw in self.lines[:80]:
            m = _WIKITEXT_NAME.match(raw)
            if m and name_like(m.group("v").strip()):
                v = m.group("v").strip()
                off = start + m.start("v")
                self.d.title, self.d.title_span = v, Span(v, off, off + len(v))
                return

    def _named_line_below(self, i: int) -> tuple[int, int, str, str] | None:
        """A line below line ``i``, before any prose, that is only a body's name with its
        abbreviation (``Union of Harbour Youth (UHY)``): ``(line, start, raw, the line's text)``."""
        for k in range(i + 1, min(i + 15, len(self.lines))):
            start, raw = self.lines[k]
            s = raw.strip()
            if not s:
                continue
            if looks_like_prose(s):
                return None
            m = _NAME_ABBR_LINE.match(s)
            if m and has_org_word(m.group("name")) and name_like(m.group("name")):
                return k, start, raw, s
        return None

    def _close_section(self, pos: int) -> None:
        if self.section:
            self.d.sections.append((self.section, self.section_start, pos))

    def _heading(self, title: str, start: int) -> None:
        self._close_section(start)
        if self.blurb:
            self._finish_blurb()
        self._end_table()
        self.section, self.section_start = title, start
        self.section_kind = _section_kind(title)
        self.open_field = None
        self.list_title = self.list_body = ""
        lh = leader_heading(_HEADING_YEARS.sub("", title))
        holders = self._holders_intro(title) if lh is None else ""
        if holders:  # "HB has had these directors:": a list of the page subject's holders
            lh = leader_heading(holders)
        if self.section_kind.startswith("leaders:"):
            self.list_title = self.section_kind.split(":", 1)[1]
            self.list_body = lh[1] if lh else ""
        elif lh:
            self.list_title, self.list_body = lh
            self.section_kind = f"leaders:{self.list_title}"

    def _office_plural_over_list(self, i: int, s: str) -> bool:
        """A line that is only an office in the plural ("Directors", "Vice Presidents") right over a
        bulleted or numbered list: the heading of a list of its holders, even with no blank lines."""
        lh = leader_heading(s) if len(s) <= 40 and not _DATES.match(s) else None
        if lh is None or lh[1] or s.casefold().strip(" :") == lh[0].casefold():
            return False
        nxt = next((line for _, line in self.lines[i + 1:i + 3] if line.strip()), "")
        return bool(_BULLET.match(nxt) or re.match(r"\s*\d{1,3}\.\s+[A-Z]", nxt))

    # -- officeholder tables
    def _table_line(self, i: int, start: int, raw: str, s: str) -> bool:
        """Read a line as part of an officeholder table or leader list; False when it is not."""
        if is_table_header(s):
            self._end_table()
            self.table_open = True
            self.open_field = None
            return True
        if not (self.table_open or self.section_kind.startswith("leaders:")):
            if "|" not in s or not (self._dated_pipe_row(i) and self._dated_pipe_row(i + 1)):
                return False
            self.table_open = True  # pipe rows of a name and its term, with no header: a table
        if self.table_open and is_header_only(s):
            return True
        if looks_like_prose(s) or ("|" not in s and s[-1] in ".!?" and len(_words(s)) >= 5):
            self._end_table()
            return False
        row = parse_row(raw, start)
        if row is None or row.name is None:
            if row is not None and self.row is not None:  # dates on a line of their own
                self.row.years += row.years
                self.row.present = self.row.present or row.present
                self.row.end = row.end
                return True
            # a table's stray cells ("(born 1935)", "[2]"): part of the table, not a new row
            return self.table_open and len(_words(s)) <= 8
        if not self.table_open and not (row.years or row.present):
            return self._name_line(i, start, raw)  # "Ada Li, Bo Wu, Cy Lo" under "Key people"
        self._flush_row()
        self.row, self.row_line = row, i
        return True

    def _name_line(self, i: int, start: int, raw: str) -> bool:
        """A line of people's names separated by commas, under a leaders heading: one entry each."""
        if "," not in raw or match_field_line(raw, start) is not None:
            return False
        pos, names = 0, []
        for piece in raw.split(","):
            name = person_name(piece.strip(), start + pos + len(piece) - len(piece.lstrip()))
            if name is None:
                return False
            names.append(name)
            pos += len(piece) + 1
        for name in names:
            self.d.lists.append(ListItem(name=name, title=self.list_title, start_year=None, end_year=None,
                                         present=False, section=self.section, start=name.start, end=name.end,
                                         line=i + 1, body=self.list_body))
        return True

    def _office_held(self, i: int, same_line: bool = False) -> bool:
        """A person infobox's office: the post on the line(s) above "In office", the term on the
        line below ("Minister of Tides" / "of Ruritania" / "In office" / "8 May 1950 – 18 July 1953")
        or on its own line (``same_line``: "In office 2021 – 2022 | |")."""
        # ("Incumbent" between the post and "Assumed office": the term has no end)
        incumbent = [k for k in range(max(0, i - 2), i) if _cells_text(self.lines[k][1]).casefold() == "incumbent"]
        above = [k for k in range(max(0, i - 4), i) if self.lines[k][1].strip()
                 and not _PIPE_ONLY.fullmatch(self.lines[k][1]) and k not in incumbent][-2:]
        below = i if same_line else \
            next((k for k in range(i + 1, min(len(self.lines), i + 3)) if self.lines[k][1].strip()), None)
        if not above or below is None:
            return False
        years = dates_in(self.lines[below][1])
        if not years or len(_cells_text(self.lines[below][1])) > 60:
            return False
        ks = above if len(above) == 2 and _cells_text(self.lines[above[1]][1])[:3] in ("of ", "for") else above[-1:]
        start = self.lines[ks[0]][0]
        post = " ".join(_cells_text(self.lines[k][1]) for k in ks)
        post = re.sub(r"\b(the|of)(?=[A-Z])", r"\1 ", post)  # "Head of theUnited Front ...": a proxy's glue
        field_above = match_field_line(self.lines[ks[-1]][1], self.lines[ks[-1]][0]) is not None
        if self.d.offices and (field_above or dates_in(post) and not re.search(r"\b(?:of|for)\b", post)):
            # a second term of the office above (the line over "In office" is that term's dates)
            post, start = self.d.offices[-1].post, self.lines[i][0]
        term_end = self.lines[below][0] + len(self.lines[below][1].rstrip())
        self.d.offices.append(Office(post=post, start_year=years[0], end_year=years[1] if len(years) > 1 else None,
                                     present=bool(incumbent or re.search(r"\b(?:present|incumbent)\b|^\W*assumed office",
                                                                         self.lines[below if same_line else i][1]
                                                                         + " " + self.lines[below][1], re.I)),
                                     start=start, end=term_end, line=ks[0] + 1))
        if not same_line:
            self.skip_lines.add(below)
        if self.section_kind.startswith("leaders:") and self.section_start >= start:
            # the post read as a heading ("Minister of Tides" over "In office") opens no leader list
            self.section_kind, self.list_title, self.list_body = "", "", ""
        return True

    def _dated_pipe_row(self, i: int) -> bool:
        if i >= len(self.lines) or "|" not in self.lines[i][1]:
            return False
        row = parse_row(self.lines[i][1], self.lines[i][0])
        return row is not None and row.name is not None and " " in row.name.text and bool(row.years)

    def _flush_row(self) -> None:
        row, self.row = self.row, None
        if row is None or row.name is None:
            return
        y = row.years
        self.d.lists.append(ListItem(
            name=row.name, title=self.list_title, start_year=y[0] if y else None,
            end_year=None if row.present or len(y) < 2 else y[1], present=row.present,
            section=self.section, start=row.start, end=row.end, line=self.row_line + 1,
            body=self.list_body))

    def _end_table(self) -> None:
        self._flush_row()
        self.table_open = False

    def _line(self, i: int, start: int, raw: str, s: str, prev_blank: bool, next_blank: bool) -> None:
        d = self.d
        f: Field | None
        lead = len(raw) - len(raw.lstrip())
        if s.startswith("[edit]"):  # a proxy's edit link glued to a heading or a table row
            raw = raw[:lead] + " " * 6 + raw[lead + 6:]
            s = raw.strip()
            if not s:
                return
            lead = len(raw) - len(raw.lstrip())
        s_start = start + lead
        rf, self.resume_field = self.resume_field, None
        if rf is not None and not rf.values and person_name(s, s_start) is not None and len(s) <= 60:
            # "President" / blank / "Ada Li": a key alone, its holder after a blank line
            rf.values.append(Span(s, s_start, s_start + len(s)))
            rf.end = s_start + len(s)
            return
        if rf is not None and _DATES.match(s) and _year(s) and continues_value(rf, s):
            rf.values.append(strip_debris(raw, start))
            rf.end = start + len(raw)
            self.open_field = rf
            return
        if self.table_open and ((self.row is not None and self.row.name is not None and s == self.row.name.text)
                                or (d.lists and s == d.lists[-1].name.text)):
            return  # "Bo Wu" alone under Bo Wu's row: a portrait's caption, the table goes on
        # headings
        m = _HEADING_EQ.match(s)
        if m:
            if len(m.group("eq")) == 1 and not d.title:
                d.title = m.group("title")
            self._heading(m.group("title"), start)
            return
        m = _HEADING_EDIT.match(s)
        if m and len(_words(m.group("title"))) <= 6:
            self._heading(m.group("title"), start)
            return
        if len(s) <= 60 and _section_kind(s) and not _REF_LINE.match(s):
            self._heading(s.rstrip(":").strip(), start)
            return
        if s in ("Last updated",) or _TABLE_RULE.match(s):
            return
        if len(s) <= 140 and _ui_rx().match(s):
            return  # "Summarize", "Perspective": a mirror's buttons
        if _error_line(s):  # "Lua error in Module:X at line 5", "Cite error: ...": a wiki's own errors
            d.unparsed.append((i + 1, s))
            return
        if s.casefold().rstrip(":") in ("in office", "assumed office") and self._office_held(i):
            return
        io = _IN_OFFICE_DATES.match(s)
        if io and self._office_held(i, same_line=True):
            return  # "In office 2021 – 11 June 2022 | |": the term on the line of "In office"
        if _TABLE_HEADER.match(s):
            self.open_field = None
            return
        if _is_list_heading(s) or self._office_plural_over_list(i, s):
            self._heading(s, start)
            return
        if prev_blank and next_blank and _title_like(s) and self.section_kind != "related" \
                and not _DATES.match(s) and not _NAME_TITLE.match(s) and s != d.title \
                and match_field_line(raw, start) is None:
            self._heading(s, start)
            return
        # references
        if _REF_CARET.match(raw) or (self.section_kind == "references" and _REF_LINE.match(raw)) or \
                (lead >= 2 and _REF_LINE.match(raw) and (self.section_kind in ("references", "")
                                                         and self._refs_started())):
            self._reference(raw)
            return
        if self.section_kind == "references":
            if d.references:
                last = max(d.references)
                d.references[last] = (d.references[last] + " " + s).strip()
            else:
                d.unparsed.append((i + 1, s))
            return
        if self.section_kind == "contents" and len(_words(s)) >= 12 and looks_like_prose(s):
            self.section_kind = ""  # a mirror's empty "Contents" box, then the text goes on
        elif self.section_kind in ("external", "contents"):
            return
        # related-article blurbs
        if self.section_kind == "related":
            self._related_line(i, start, raw, s)
            return
        # title repeated, native names
        if s == d.title or (d.title and s == d.title.strip()):
            self.open_field = None
            return
        if has_cjk(s) and len(s) <= 60 and not re.search(r"[A-Za-z]{3,}", re.sub(r"\((?:Chinese|Simplified|Traditional)[^)]*\)", "", s)):
            txt = re.sub(r"\s*\((?:Chinese|Simplified|Traditional|Pinyin)[^)]*\)\s*$", "", s)
            cell = re.match(r"^\|?\s*(?P<c>[^|]+?)\s*(?:\|[\s|]*)?$", txt)  # "| 港務局 | |": the cell
            a = s_start + (cell.start("c") if cell else 0)
            txt = cell.group("c") if cell else txt
            d.native_names.append(Span(txt, a, a + len(txt)))
            self.open_field = None
            return
        # officeholder tables and leader lists
        b = _BULLET.match(raw)
        nd = _name_dates(s) if not b and self.section_kind.startswith("leaders:") else None
        holder = re.sub(r"(?<=\w)\s+[A-Z]{2,4}$", "", nd.group("name").strip()) if nd else ""  # "Bo Wu CM": letters after
        if nd and person_name(holder, 0) is not None and not self.table_open:
            # "Ada Li, 1984-87. She was a lawyer.": a holder, a term, then prose about the holder
            a0 = start + len(raw) - len(raw.lstrip())
            term_end = re.search(r"\.(?:\s|$)", s)
            item = s[:term_end.start()] if term_end else s
            y0, y1 = _name_dates_term(nd)
            self._list_item(i, a0, item, holder, self.section_kind.split(":", 1)[1], y0, y1, bool(nd.group("open")))
            if term_end and s[term_end.end():].strip():
                self._prose(a0 + term_end.end(), start + len(raw.rstrip()))
            return
        if not b and self._table_line(i, start, raw, s):
            return
        # bullets
        if b:
            self._bullet(i, start, raw, b, prev_blank)
            return
        # a leader list without bullets: "Name (1984 – 1991)" under "Ministers"
        if self.section_kind.startswith("leaders:"):
            dm = _term_in_parens(s)
            if dm and not looks_like_prose(s):
                a, bb = dm.group("a").strip(), dm.group("b").strip()
                present = bb in vocabulary.names()["present_words"]
                self._list_item(i, s_start, s, dm.group("name").strip(), self.section_kind.split(":", 1)[1],
                                _year(a), _year(bb), present)
                return
        # profile "Name (Title)"
        nt = _NAME_TITLE.match(s)
        if nt and nt.group("title").strip().casefold() in _titles():
            self._list_item(i, s_start, s, nt.group("name"), nt.group("title").strip(), None, None, False)
            self.open_field = None
            return
        # infobox fields and their continuation lines
        if not looks_like_prose(s):
            hit = match_field_line(raw, start, allow_unknown_keys=d.layout in ("dash-infobox", "pipe-table"))
            if hit:
                f, _style = hit
                f.line = i + 1
                d.fields.append(f)
                self.open_field = f
                return
            f = self.open_field
            if f is not None and (f.multi or not f.values) and continues_value(f, s):
                v = strip_debris(raw, start)
                prev_value = f.values[-1] if f.values else None
                if f.role == "headquarters" and prev_value is not None and prev_value.text.endswith(","):
                    # an address over several lines is one value
                    f.values[-1] = Span(self.text[prev_value.start:v.end], prev_value.start, v.end)
                elif v.text:
                    f.values.append(v)
                f.end = start + len(raw)
                return
            self.open_field = None
            if s.endswith(":") and len(_words(s)) <= 8:
                self._heading(self._holders_intro(s) or s.rstrip(":"), start)  # ("HB has had these directors:")
                return
            if len(_words(s)) >= 10 or (len(_words(s)) >= 5 and s[-1] in ".!?\"”'"):
                self._prose(s_start, start + len(raw.rstrip()))
                return
            d.unparsed.append((i + 1, s))
            return
        self.open_field = None
        self._prose(s_start, start + len(raw.rstrip()))
        if s.endswith(":") and d.sentences and (next_bullet(self.lines, i) or self._holders_intro(d.sentences[-1].clean)):
            # "The bureau has the following internal structure:" over a list: the list's heading;
            # "Four Directors General have led it since then:": a list of its holders
            intro = d.sentences[-1]
            holders = self._holders_intro(intro.clean)
            self._heading(holders or intro.clean.strip().rstrip(":"), intro.start)

    def _refs_started(self) -> bool:
        return bool(self.d.references)

    def _reference(self, raw: str) -> None:
        m = _REF_LINE.match(raw)
        if not m:
            return
        body = m.group("body")
        body = re.sub(r"^\^\s*(?:[a-z]{1,2}\s+)*", "", body)           # "^ a b "
        seq = re.match(r"^(1(?:\s+\d{1,2})+)\s+", body)                  # "1 2 3 "
        if seq:
            nums = [int(x) for x in seq.group(1).split()]
            if nums == list(range(1, len(nums) + 1)):
                body = body[seq.end():]
        self.d.references[int(m.group("num"))] = " ".join(body.split())

    def _bullet(self, i: int, start: int, raw: str, b: re.Match, prev_blank: bool) -> None:
        d = self.d
        f: Field | None
        body = b.group("body")
        body_start = start + b.start("body")
        hit = match_field_line(raw, start, allow_unknown_keys=(d.layout == "dash-infobox" and not d.sentences))
        if hit and not looks_like_prose(body):
            f, _ = hit
            f.line = i + 1
            d.fields.append(f)
            self.open_field = f
            return
        f = self.open_field
        unit = f is not None and f.role in ("subsidiary", "unit") and name_like(body.strip()) and len(_words(body)) <= 6
        head = _bullet_head(body) if f is not None and f.role in ("subsidiary", "unit") and not unit else ""
        if f is not None and head and has_org_word(head) and len(_words(head)) >= 2:
            # "- Marine Division - once commanded the 3rd Regiment until 1995.": the unit, its gloss left out
            off = body_start + body.index(head)
            f.values.append(Span(head, off, off + len(head)))
            f.end = off + len(head)
            return
        if f is not None and (f.multi or not f.values) and not looks_like_prose(body) and \
                (continues_value(f, body) or unit):  # a unit's bullet needs no body word ("• Coastal Patrols")
            # "Director responsible" / "  • Ada Li": a field's values as bullets
            v = strip_debris(body, body_start)
            if v.text:
                f.values.append(v)
                f.end = v.end
            return
        self.open_field = None
        if self.section_kind == "see_also":
            txt = body.strip()
            d.see_also.append(Span(txt, body_start, body_start + len(txt)))
            return
        indent = b.start("body")
        # nested bullets: a body's bullet, then its leaders' bullets indented under it
        self.bullet_bodies = [(k, nm) for k, nm in self.bullet_bodies if k < indent]
        parent = self.bullet_bodies[-1][1] if self.bullet_bodies else ""
        dated = _QUALIFIER_AFTER.sub("", re.sub(r"(?:\s*\[\w{1,4}\])+$", "", body.rstrip()))  # "... (1949–1973)[5]"
        seen = dated  # the item as the page has it (its span)
        if dated.count("(") == dated.count(")") + 1 and not any(ln.strip() for _, ln in self.lines[i + 1:]):
            # the page's copy ends inside the last item's dates ("• Bo Wu, Tide Army (September 6, 2011"):
            # read it as closed there, a term whose end the copy lost
            dated += ")" if re.search(r"[-–—]\s*[^()]*$", dated[dated.rindex("("):]) else "–)"
        nd = _name_dates(dated)
        if nd and self.section_kind.startswith("leaders:") and person_name(nd.group("name"), 0) is not None:
            # "• Ada Li, 1 March 1990 to 9 May 1995", "• Bo Wu CM, 1988-92", "• Cy Lo, 3 June 2001 -"
            y0, y1 = _name_dates_term(nd)
            self._list_item(i, body_start, seen, nd.group("name").strip(), self.section_kind.split(":", 1)[1],
                            y0, y1, bool(nd.group("open")))
            return
        dm = _term_in_parens(dated)
        if dm and not looks_like_prose(body):
            title = self.section_kind.split(":", 1)[1] if self.section_kind.startswith("leaders:") else ""
            a, bb = dm.group("a").strip(), dm.group("b").strip()
            present = bb in vocabulary.names()["present_words"]
            name = dm.group("name").strip()
            self._list_item(i, body_start, seen, name, title, _year(a), _year(bb), present)
            if self.bullet_bodies and self.d.lists and self.d.lists[-1].name.text == name:
                self.d.lists[-1].body = self.bullet_bodies[-1][1]
            return
        head = _bullet_head(body)
        if head:
            self.bullet_bodies.append((indent, head))
        nt = _NAME_TITLE.match(body.strip())
        if nt and nt.group("title").strip().casefold() in _titles():
            self._list_item(i, body_start, body.strip(), nt.group("name"), nt.group("title").strip(),
                            None, None, False)
            return
        if self._bullet_person(i, body_start, body.strip()):
            return
        if self.section_kind.startswith("leaders:") and self._name_then_post(i, body_start, body.strip()):
            return
        entry = strip_debris(body, body_start)
        if entry.text and entry.text[-1] not in ".;:" and not re.search(r"[()–—]| - ", entry.text) \
                and entry.text.split()[-1] not in ("of", "and", "for", "the", "on", "to", "&") \
                and name_like(entry.text) and has_org_word(entry.text):
            d.entries.append(Entry(name=entry, section=self.section, line=i + 1, parent=parent))  # "• Institute of Tides"
            return
        tail = _TRAILING_GLOSS.match(entry.text) if entry.text else None
        if tail and name_like(tail.group(1)) and has_org_word(tail.group(1)) and len(_words(tail.group(1))) <= 8:
            # "• Technical (Computers) Branch (Branch 211)": the body, without the gloss at its end
            t = tail.group(1)
            d.entries.append(Entry(name=Span(t, entry.start, entry.start + len(t)), section=self.section, line=i + 1,
                                   parent=parent))
            return
        if head and has_org_word(head) and len(_words(head)) >= 2 and not looks_like_prose(head):
            # "• First Main Directorate – foreign intelligence", "• Sixth Department (economy)": the body
            off = body_start + body.index(head)
            d.entries.append(Entry(name=Span(head, off, off + len(head)), section=self.section, line=i + 1,
                                   parent=parent))
            gloss_end = re.search(r"[.!?]\s+(?=[A-Z])", body[body.index(head) + len(head):])
            if gloss_end:  # "... – coastal patrol. Succeeded by the X in 1992.": said of the unit
                a = off + len(head) + gloss_end.end()
                n0 = len(d.sentences)
                self._prose(a, start + len(raw.rstrip()))
                for k in range(n0, len(d.sentences)):
                    d.sentences[k].topic = head
            return
        if looks_like_prose(body) or len(_words(body)) >= 8:
            # "- Label: running text" - the label is not part of a sentence
            lab = re.match(r"^([^.:]{3,90}):\s+", body)
            off = lab.end() if lab else 0
            self._prose(body_start + off, start + len(raw.rstrip()))
            return
        d.unparsed.append((i + 1, body.strip()))

    def _bullet_person(self, i: int, start: int, body: str) -> bool:
        """A leader bullet: ``• Ada Li, Minister`` or ``• Ada Li`` with the post on the next,
        indented line (``Vice-President of the Federation``)."""
        m = re.match(r"^(?P<name>[^,()]{3,60}),\s*(?P<title>[^,()]{2,80})$", body)
        name = person_name(m.group("name") if m else body, start)
        if name is None:
            return False
        post = m.group("title") if m else ""
        end = start + len(body)
        if not m:
            j = i + 1
            while j < len(self.lines) and not self.lines[j][1].strip():
                j += 1
            if j < len(self.lines) and j - i <= 3:
                nstart, nraw = self.lines[j]
                if nraw[:1].isspace() and not _BULLET.match(nraw) and len(nraw.strip()) <= 200:
                    post = nraw.strip()
                    end = nstart + len(nraw.rstrip())
                    self.skip_lines.add(j)
        title = _first_title(post)
        if not title:
            return False
        self.d.lists.append(ListItem(name=name, title=title, start_year=None, end_year=None, present=False,
                                     section=self.section, start=start, end=end, line=i + 1))
        return True

    def _name_then_post(self, i: int, start: int, body: str) -> bool:
        """A holder and the post, no comma between, in a list of holders: ``• Dr. Ada Li Vice President``,
        ``• Bo Wu Deputy Director for Naval Affairs`` (the post: a known title, then what it is for)."""
        words = body.split()
        for k in range(2, min(len(words), 7)):
            rest = words[k:]
            if not any(" ".join(rest[:n]).casefold() in _titles() for n in range(1, min(4, len(rest)) + 1)):
                continue
            head = " ".join(words[:k])
            name = person_name(head, start)
            if name is None or name.end - start != len(head):
                return False
            post = " ".join(rest)
            self.d.lists.append(ListItem(name=name, title=post[:1].upper() + post[1:], start_year=None, end_year=None,
                                         present=False, section=self.section, start=start, end=start + len(body),
                                         line=i + 1))
            return True
        return False

    def _list_item(self, i, start, text, name, title, y0, y1, present) -> None:
        pn = person_name(name, 0)
        if pn is not None and pn.start:
            name = pn.text  # "Dr Ada Li": the person, without the honorific before the name
        off = text.find(name)
        span = Span(name, start + off, start + off + len(name))
        self.d.lists.append(ListItem(name=span, title=title, start_year=y0, end_year=y1,
                                     present=present, section=self.section, start=start,
                                     end=start + len(text), line=i + 1))

    # -- prose
    def _prose(self, start: int, end: int, into: list[Sentence] | None = None) -> None:
        target = self.d.sentences if into is None else into
        for a, b in split_sentences(self.clean, start, end):
            # keep the markers that follow the sentence inside its span
            while True:
                m = _MARKER.match(self.text, b)
                if not m or m.end() > end:
                    break
                b = m.end()
            refs = tuple(self.ref_nums[bisect.bisect_left(self.ref_starts, a):bisect.bisect_left(self.ref_starts, b)])
            target.append(Sentence(start=a, end=b, text=self.text[a:b], clean=self.clean[a:b],
                                   section=self.section, refs=refs))

    # -- related articles
    def _related_line(self, i: int, start: int, raw: str, s: str) -> None:
        m = _SPAN_TITLE.match(s)
        lead = len(raw) - len(raw.lstrip())
        if m:
            if self.blurb:
                self._finish_blurb()
            t0 = start + lead + m.start("title")
            title = Span(m.group("title"), t0, t0 + len(m.group("title")))
            desc = None
            if m.group("desc").strip():
                d0 = start + lead + m.start("desc")
                desc = Span(m.group("desc").strip(), d0, d0 + len(m.group("desc").strip()))
            self.blurb = Blurb(title=title, description=desc, start=start, end=start + len(raw))
            return
        if not looks_like_prose(s) and len(_words(s)) < 5:
            self.d.unparsed.append((i + 1, s))
            return
        if self.blurb is None or self.blurb.sentences:
            if self.blurb:
                self._finish_blurb()
            self.blurb = Blurb(title=None, description=None, start=start, end=start + len(raw))
        self._prose(start + lead, start + len(raw.rstrip()), into=self.blurb.sentences)
        self.blurb.end = start + len(raw)

    def _finish_blurb(self) -> None:
        b = self.blurb
        self.blurb = None
        if b is not None and (b.sentences or b.title):
            for s in b.sentences:
                s.section = self.section
            self.d.related.append(b)
