"""Where cleaned text came from: offset maps from orgnet's cleaned text back to the file.

The reader cleans a file before parsing it (line ends, Unicode NFC, ``<script>`` blocks,
HTML markup and entities, %-escapes); every step may move characters. Each step reports
what it did as an :class:`OffsetMap` layer (built in one linear pass), the layers are
composed, and a claim's offsets are mapped back through them, so they count characters
of the file as decoded (its original line ends, a BOM dropped).

A position maps to the first file character its cleaned character came from; an *end*
offset maps to the end of the last file character the span's last cleaned character
came from, so a span never swallows markup removed right after it.

>>> out, m = sub_mapped(re.compile(r"\\r\\n?"), lambda _: "\\n", "a\\r\\nbc")
>>> out, m.start(2), m.end(2), m.end(4)
('a\\nbc', 3, 3, 5)
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
import urllib.parse
from collections.abc import Callable

__all__ = ["OffsetMap", "Edits", "sub_mapped", "nfc_mapped", "unquote_mapped", "unescape_mapped"]


class OffsetMap:
    """A map from positions of a cleaned text to positions of the text it was made from.

    One layer is a list of segments, in order: an *identity* segment copies a run of input
    characters, a *replacement* segment stands for an input run of another length (``\\r\\n``
    for ``\\n``, ``&amp;`` for ``&``); input between segments was deleted. Layers compose
    with :meth:`then`. An empty map (no layers) is the identity.

    >>> e = Edits("x<b>y</b>z")
    >>> e.keep(0, 1); e.keep(4, 5); e.keep(9, 10)
    >>> out, m = e.result()
    >>> out, [m.start(i) for i in range(3)], m.end(2), m.end(3)
    ('xyz', [0, 4, 9], 5, 10)
    """

    __slots__ = ("layers",)

    def __init__(self) -> None:
        # each layer: (out starts, in starts, in ends, identity flags, out length, in length)
        self.layers: list[tuple[list[int], list[int], list[int], list[bool], int, int]] = []

    @property
    def identity(self) -> bool:
        """True when no step moved any character."""
        return not self.layers

    def then(self, other: OffsetMap) -> OffsetMap:
        """The map of ``other``'s output back to this map's input (``other`` maps a later step)."""
        out = OffsetMap()
        out.layers = self.layers + other.layers
        return out

    @staticmethod
    def _start(layer, p: int) -> int:
        cs, rs, re_, ident, n_out, n_in = layer
        if p >= n_out:
            return OffsetMap._end(layer, n_out)
        i = bisect.bisect_right(cs, p) - 1
        if i < 0:
            return rs[0] if rs else 0
        if ident[i]:
            return rs[i] + p - cs[i]
        return rs[i]  # a character made in a replacement comes from all of it

    @staticmethod
    def _end(layer, e: int) -> int:
        cs, rs, re_, ident, n_out, n_in = layer
        if e <= 0:
            return rs[0] if cs and cs[0] == 0 else 0
        i = bisect.bisect_right(cs, e - 1) - 1
        if i < 0:
            return 0
        out_end = cs[i + 1] if i + 1 < len(cs) else n_out
        if ident[i]:
            return rs[i] + min(e, out_end) - cs[i]
        return re_[i]

    def start(self, pos: int) -> int:
        """The input position of the character at cleaned position ``pos``."""
        for layer in reversed(self.layers):
            pos = self._start(layer, pos)
        return pos

    def end(self, pos: int) -> int:
        """The input position an end offset ``pos`` (exclusive) maps to."""
        for layer in reversed(self.layers):
            pos = self._end(layer, pos)
        return pos

    def span(self, a: int, b: int) -> tuple[int, int]:
        """``(start(a), end(b))``, never reversed (an empty span stays empty)."""
        s = self.start(a)
        return s, max(s, self.end(b)) if b > a else s


class Edits:
    """Build a cleaned text and its :class:`OffsetMap` layer, piece by piece, in input order.

    ``keep(a, b)`` copies ``text[a:b]``; ``put(a, b, s)`` writes ``s`` for ``text[a:b]`` (an
    insertion when ``a == b``); input skipped between calls is deleted.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str] = []
        self.n_out = 0
        self.cs: list[int] = []
        self.rs: list[int] = []
        self.re: list[int] = []
        self.ident: list[bool] = []
        self.changed = False
        self.last = 0  # input position after the last piece

    def _seg(self, a: int, b: int, n: int, ident: bool) -> None:
        if a != self.last:
            self.changed = True
        if ident and self.ident and self.ident[-1] and self.re[-1] == a:
            self.re[-1] = b  # one identity run
        else:
            self.cs.append(self.n_out)
            self.rs.append(a)
            self.re.append(b)
            self.ident.append(ident)
        self.n_out += n
        self.last = b

    def keep(self, a: int, b: int) -> None:
        if b > a:
            self.parts.append(self.text[a:b])
            self._seg(a, b, b - a, True)

    def put(self, a: int, b: int, s: str) -> None:
        if s == self.text[a:b]:
            self.keep(a, b)
            return
        self.changed = True
        if s:
            self.parts.append(s)
            self._seg(a, b, len(s), False)
        else:
            self.last = b

    def result(self) -> tuple[str, OffsetMap]:
        """The cleaned text and its map (the identity when nothing moved)."""
        m = OffsetMap()
        if self.last != len(self.text):
            self.changed = True
        if not self.changed:
            return self.text, m
        m.layers.append((self.cs, self.rs, self.re, self.ident, self.n_out, len(self.text)))
        return "".join(self.parts), m


def sub_mapped(rx: re.Pattern, repl: Callable[[re.Match], str], text: str) -> tuple[str, OffsetMap]:
    """``rx.sub(repl, text)`` with its offset map (linear: one ``finditer``)."""
    e = Edits(text)
    pos = 0
    for m in rx.finditer(text):
        e.keep(pos, m.start())
        e.put(m.start(), m.end(), repl(m))
        pos = m.end()
    e.keep(pos, len(text))
    return e.result()


@functools.lru_cache(maxsize=1)
def _second_in_pair() -> frozenset[str]:
    """Characters of combining class 0 that compose with the character before them
    (Hangul vowels and finals, some Indic vowel signs)."""
    out = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for c in range(0xA0, 0x30000):
        d = unicodedata.decomposition(chr(c))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                out.add(chr(int(parts[1], 16)))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _nfc_boundary(ch: str) -> bool:
    """True when NFC never joins ``ch`` with what comes before it."""
    return unicodedata.combining(ch) == 0 and ch not in _second_in_pair() and unicodedata.normalize("NFC", ch) == ch


def nfc_mapped(text: str) -> tuple[str, OffsetMap]:
    """Unicode NFC with its offset map: each run NFC changes (a base letter and its combining
    marks) is one replacement; text already in NFC is returned as it is.

    >>> out, m = nfc_mapped("Cafe\\u0301 Li")
    >>> out, m.start(3), m.end(4), m.start(4)
    ('Café Li', 3, 5, 5)
    """
    if unicodedata.is_normalized("NFC", text):
        return text, OffsetMap()
    e = Edits(text)
    pos = 0
    for ln in re.finditer(r"[^\n]+", text):  # NFC never joins across a line end
        a, b = ln.span()
        if unicodedata.is_normalized("NFC", ln.group()):
            continue
        e.keep(pos, a)
        start = a
        for k in range(a + 1, b + 1):
            if k == b or (text[k] < "\x80" or _nfc_boundary(text[k])):
                run = text[start:k]
                e.put(start, k, unicodedata.normalize("NFC", run))
                start = k
        pos = b
    e.keep(pos, len(text))
    out, m = e.result()
    if out != unicodedata.normalize("NFC", text):  # pragma: no cover - a boundary rule missed a case
        e = Edits(text)
        e.put(0, len(text), unicodedata.normalize("NFC", text))
        return e.result()
    return out, m


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def unquote_mapped(text: str) -> tuple[str, OffsetMap]:
    """``urllib.parse.unquote`` with its offset map: each decoded character maps to its own
    escapes (``%C3%A9`` for ``é``).

    >>> out, m = unquote_mapped("Bureau%20of%20Tides")
    >>> out, m.start(7), m.end(9)
    ('Bureau of Tides', 9, 11)
    """
    e = Edits(text)
    pos = 0
    for m in _ESCAPES.finditer(text):
        e.keep(pos, m.start())
        run = m.group()
        data = bytes.fromhex(run.replace("%", ""))
        try:
            chars = data.decode("utf-8")
        except UnicodeDecodeError:
            e.put(m.start(), m.end(), urllib.parse.unquote(run))
        else:
            at = m.start()
            for ch in chars:
                n = 3 * len(ch.encode("utf-8"))
                e.put(at, at + n, ch)
                at += n
        pos = m.end()
    e.keep(pos, len(text))
    out, om = e.result()
    if out != urllib.parse.unquote(text):  # pragma: no cover - decoded differently in one piece
        e = Edits(text)
        e.put(0, len(text), urllib.parse.unquote(text))
        return e.result()
    return out, om


# the character references html.unescape replaces (the same expression as the standard library's)
CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape_mapped(text: str) -> tuple[str, OffsetMap]:
    """``html.unescape`` with its offset map: each reference is one replacement.

    >>> out, m = unescape_mapped("A &amp; B")
    >>> out, m.start(4), m.end(3)
    ('A & B', 8, 7)
    """
    if "&" not in text:
        return text, OffsetMap()
    return sub_mapped(CHARREF, lambda m: html.unescape(m.group()), text)
