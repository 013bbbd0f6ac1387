"""Bytes to text (read stage): decoding, normalization, and HTML, scripts and styles taken out.

Every step that changes the text returns an :class:`~orgnet.read.offsets.OffsetMap` back to the
text before it, so that a document's offsets can be given in the file as decoded.
"""

from __future__ import annotations

import bisect
import html
import html.parser
import re
import unicodedata

from .offsets import CHARREF, Edits, OffsetMap, nfc_mapped, sub_mapped, unescape_mapped

__all__ = [
    "decode_bytes",
    "normalize_text",
    "STRAY_NUL_SHARE",
    "normalize_mapped",
    "remove_scripts",
    "strip_html_mapped",
]


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
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
    low = data[width - 1 :: width] if enc.endswith("be") else data[::width]
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
            text = data[len(bom) :].decode(enc, errors="replace")
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
        warnings.append(f"{name}: {n_nul} NUL byte{'s' if n_nul > 1 else ''} (first at offset {nul}) read as a space")
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


def normalize_mapped(text: str) -> tuple[str, OffsetMap]:
    """:func:`normalize_text` of a text with no leading BOM, with its offset map.

    >>> out, m = normalize_mapped("a\\r\\nCafe\\u0301")
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
    kept or not), from which :func:`strip_html_mapped` builds the offset map."""

    CELLS = {"td", "th"}

    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
        "title",
        "dt",
        "dd",
    }

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


def remove_scripts(text: str) -> tuple[str, int, OffsetMap]:
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
    out, tags, _ = strip_html_mapped(text)
    return out, tags


def strip_html_mapped(text: str) -> tuple[str, int, OffsetMap]:
    """:func:`_strip_html` with the offset map of its output (linear in the text's size).

    >>> t = "<p>A &amp; B</p><p>C</p><div>d</div><b>x</b>"
    >>> out, tags, m = strip_html_mapped(t)
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
