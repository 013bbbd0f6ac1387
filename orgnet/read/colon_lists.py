"""A sentence that ends in a colon over bullets (read stage): one sentence whose list is its bullets.

"The Treasury imposed sanctions on two firms and one person:" over "• Tide Mining, a gold firm",
"• Ada Lind, a trader" says of each bullet what the sentence says; read apart, the sentence names
nobody and the bullets say nothing. When nothing else read the bullets (no officeholder row, no
field), the sentence and its bullets become one sentence, its cleaned text reading
"...: Tide Mining, a gold firm;  Ada Lind, a trader" (each bullet's marker blanked, a semicolon
between items, the same length and offsets), so the prose rules read the items as the list after
the phrase. The evidence of a claim is the file's own span, from the sentence to its item.

A run of bodies numbered "1.", "2.", ... under a line ending in a colon (a link's label after the colon
allowed: "...: (Source)") is read as bullets too (:func:`numbered_items`, :func:`ends_in_colon`).
"""

from __future__ import annotations

import bisect
import functools
import re

from ..lexicon import compiled
from .holder_names import person_name
from .infobox import has_org_word
from .lines import BULLET
from .model import Sentence
from .name_dates import name_dates
from .name_posts import post_dash_holder
from .parse_state import ParserState

__all__ = ["ColonListRules", "NUMBERED_ITEM", "ends_in_colon", "numbered_items"]

# a colon at a line's end, maybe with a link's label or a footnote after it ("... in the TIC: (Source)")
_COLON_END = re.compile(r":\s*(?:\((?:[Ss]ources?|[Ll]ink|[Ss]ee below)\)|\[\d{1,3}\])?\s*$")


def ends_in_colon(text: str) -> str:
    """``text`` without its closing colon (and a link's label after it) when it ends in one, else ``""``.

    >>> ends_in_colon("Agencies in the TIC: (Source)"), ends_in_colon("Members:"), ends_in_colon("Ada Li.")
    ('Agencies in the TIC', 'Members', '')
    """
    m = _COLON_END.search(text)
    return text[: m.start()].strip() if m else ""


# an item numbered "1." to "99." (a bullet only in a run under a line ending in a colon, or in a run of
# holders each with the term first: see numbered_items)
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\.\s+(?P<body>(?:[A-Z]|(?:1[6-9]|20)\d\d\b)\S*.*)$")

_MAX_ITEM_WORDS = 30  # a longer bullet is a paragraph of its own, not an item of the sentence's list
# a sentence ending inside a bullet ("Ada Lind, a trader. She ..."): the bullet is prose, not an item
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]?\s+(?-i:[A-Z])")


def numbered_items(lines: list[tuple[int, str]]) -> set[int]:
    """The lines of each run of bodies numbered 1., 2., 3. ... under a line that ends in a colon
    (a blank line between them allowed): a list of bodies written with numbers, read as bullets. A
    numbered line elsewhere may be a section's heading ("1. Introduction") and stays what it is, and
    a numbered run of people is a roster's (read.rosters).

    >>> sorted(numbered_items(list(enumerate(["Members:", "", "1. Tide Bureau", "2. Sea Office", "Text.", "3. Z"]))))
    [2, 3]
    >>> numbered_items(list(enumerate(["Members:", "1. Ada Morn ... Chairman", "2. Sea Office"])))
    set()
    """
    out: set[int] = set()
    for i, (_, raw) in enumerate(lines):
        if not ends_in_colon(raw):
            continue
        wants: dict[int, int] = {}  # the number each level of indent is at (a nested list starts again at 1)
        j, run = i + 1, []
        while j < len(lines):
            line = lines[j][1]
            m = NUMBERED_ITEM.match(line)
            if m is None and not line.strip() and j + 1 < len(lines) and lines[j + 1][1].strip():
                j += 1  # (one blank line between items)
                continue
            indent = len(line) - len(line.lstrip())
            if m is None or int(line.split(".", 1)[0]) != wants.get(indent, 1):
                break
            wants = {d: w for d, w in wants.items() if d < indent} | {indent: wants.get(indent, 1) + 1}
            run.append(j)
            j += 1
        # (bodies, or posts and their holders: "1. Director General - Major General Ada Morn")
        if run and all(has_org_word(lines[k][1]) or post_dash_holder(_body(lines[k][1]), 0) for k in run):
            out.update(run)
    return out | _numbered_terms(lines)


def _numbered_terms(lines: list[tuple[int, str]]) -> set[int]:
    """The lines of each run of two or more holders numbered 1., 2., 3. ..., each with the term
    first ("1. 1912 - 1917 Ada Morn"), under whatever line: a list of holders written with numbers.

    >>> sorted(_numbered_terms(list(enumerate(["Text.", "1. 1912 - 1917 Ada Morn", "2. 1917 - 1920 Bo Wu", "Z"]))))
    [1, 2]
    >>> _numbered_terms(list(enumerate(["1. 1912 - 1917 Ada Morn", "Z"])))  # (one item: no run)
    set()
    """
    out: set[int] = set()
    run: list[int] = []
    for j, (_, line) in enumerate([*lines, (0, "")]):
        m = NUMBERED_ITEM.match(line)
        nd = name_dates(m.group("body").strip(), term_first=True) if m and m.group("body")[:1].isdigit() else None
        if nd and person_name(nd.group("name").strip(), 0) is not None and int(line.split(".", 1)[0]) == len(run) + 1:
            run.append(j)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [j] if nd and int(line.split(".", 1)[0]) == 1 else []
    return out


def _body(line: str) -> str:
    """A numbered item's text after its number."""
    m = NUMBERED_ITEM.match(line)
    return m.group("body") if m else line


class ColonListRules(ParserState):
    """The colon lists of :class:`orgnet.read.parse.Parser`, joined once every line is read."""

    @functools.cached_property
    def _numbered(self) -> set[int]:
        return numbered_items(self.lines)

    def _list_bullet(self, i: int, raw: str) -> re.Match[str] | None:
        """Line ``i`` as a bullet: one with a marker, or an item of a numbered run under a colon."""
        return BULLET.match(raw) or (NUMBERED_ITEM.match(raw) if i in self._numbered else None)

    def _next_bullet(self, i: int) -> bool:
        """Whether the first non-blank line after line ``i`` is a bullet."""
        j = next((k for k in range(i + 1, min(i + 4, len(self.lines))) if self.lines[k][1].strip()), None)
        return j is not None and self._list_bullet(j, self.lines[j][1]) is not None

    def _colon_lists(self) -> None:
        """Join each sentence ending in a colon to the bullets under it that nothing else read."""
        d = self.d
        if not any(s.clean.rstrip().endswith(":") for s in d.sentences):
            return
        starts = [a for a, _ in self.lines]
        # what the bullets may be already: officeholder rows, fields, units with their heads
        taken = sorted(
            [li.start for li in d.lists]
            + [f.start for f in d.fields]
            + [e.name.start for e in d.entries if e.head or e.parent or e.parent_words]
        )
        joined: list[tuple[Sentence, int]] = []
        for s in d.sentences:
            if not s.clean.rstrip().endswith(":") or len(s.clean.split()) < 5:
                continue
            bullets = self._bullets_after(bisect.bisect_right(starts, s.end - 1) - 1)
            if not bullets:
                continue
            end = bullets[-1][1]
            k = bisect.bisect_left(taken, s.end)
            if k < len(taken) and taken[k] < end:
                continue  # a row or a field among the bullets: they are read already
            self._blank_markers(s.end, bullets)
            joined.append((s, end))
        if joined:
            self._replace_sentences(joined)

    def _bullets_after(self, i: int) -> list[tuple[int, int, int]]:
        """The bullets right under line ``i`` (a blank line between them allowed): for each, where its
        line starts, where it ends and where its text starts; empty when any is no list item (long,
        a sentence of its own, a list's heading, or opening on a word no name opens with: "From
        Ulton, Ada Lind, ...")."""
        out: list[tuple[int, int, int]] = []
        j, blanks = i + 1, 0
        while j < len(self.lines):
            start, raw = self.lines[j]
            if not raw.strip():
                blanks += 1
                if blanks > 1:
                    break
                j += 1
                continue
            m = self._list_bullet(j, raw)
            if not m:
                break
            body = m.group("body").rstrip()
            if (
                not body[:1].isupper()
                or (body.split()[0] != "The" and body.split()[0].rstrip(",") in compiled()["not_starts"])
                or len(body.split()) > _MAX_ITEM_WORDS
                or _SENTENCE_INSIDE.search(body)
                or body.endswith(":")
            ):
                return []
            out.append((start, start + m.start("body") + len(body), start + m.start("body")))
            j, blanks = j + 1, 0
        return out

    def _blank_markers(self, colon_end: int, bullets: list[tuple[int, int, int]]) -> None:
        """Blank, in the cleaned text, what lies between the sentence and each bullet's text: the
        line ends and the markers; a semicolon parts one item from the one before (an item's own
        closing stop or semicolon goes)."""
        pieces, pos = [], 0
        prev_end = colon_end
        for n, (_, end, body) in enumerate(bullets):
            a = prev_end - 1 if n and self.clean[prev_end - 1] in ".;," else prev_end
            pieces.append(self.clean[pos:a])
            pieces.append((";" + " " * (body - a - 1)) if n else " " * (body - a))
            pos, prev_end = body, end
        self.clean = "".join(pieces) + self.clean[pos:]
        self.d.clean = self.clean

    def _replace_sentences(self, joined: list[tuple[Sentence, int]]) -> None:
        """The document's sentences with each colon sentence made one with its bullets, and the
        bullets' own sentences and unread lines gone (they are read as its items)."""
        d = self.d
        spans = [(s.start, end) for s, end in joined]
        out: list[Sentence] = []
        by_start = {s.start: (s, end) for s, end in joined}
        for s in d.sentences:
            if s.start in by_start:
                first, end = by_start[s.start]
                out.append(
                    Sentence(
                        start=first.start,
                        end=end,
                        text=self.text[first.start : end],
                        clean=self.clean[first.start : end],
                        section=first.section,
                        refs=tuple(
                            self.ref_nums[
                                bisect.bisect_left(self.ref_starts, first.start) : bisect.bisect_left(
                                    self.ref_starts, end
                                )
                            ]
                        ),
                    )
                )
            elif not any(a < s.start < b for a, b in spans):
                out.append(s)
        d.sentences = out
        starts = [a for a, _ in self.lines]
        d.unparsed = [
            (line, text)
            for line, text in d.unparsed
            if line - 1 >= len(starts) or not any(a < starts[line - 1] < b for a, b in spans)
        ]
