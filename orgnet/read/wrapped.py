"""Paragraphs hard-wrapped mid-sentence (read stage): which lines of a page are one sentence
broken over several ("... (DIE) was" / "the country's" / "primary service"), so that the cleaned
text joins them (the offsets stay those of the file). A mixin of :class:`orgnet.read.parse.Parser`."""

from __future__ import annotations

import re

from .field_lines import match_field_line
from .lines import open_break, split_words
from .name_posts import holder_dash_post
from .parse_state import ParserState
from .table_headers import is_table_header

# a line of one to three capitalised words with no closing punctuation (part of a name cut by the wrapping)
_FRAGMENT = re.compile(r"\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\s*")
_NAME_END = re.compile(r"\s[A-Z][\w'’.-]*\s*$")  # a line ending on a capitalised word
# a word no sentence ends on: a preposition, an article, a conjunction
_OPEN_WORD_END = re.compile(r"\s(?:at|in|of|the|by|for|to|from|on|and|or|with|a|an|its|their|under)$")


class WrappedRules(ParserState):
    """The hard-wrapped paragraphs of :class:`orgnet.read.parse.Parser`."""

    def _name_fragment(self, i: int, j: int) -> bool:
        """Line ``j`` of a wrapped paragraph opened at ``i`` is a name's word alone, the name going on
        below ("Colonel Ada" / "Lind" / "Morn, a veteran, became ...")."""
        line = self.lines[j][1]
        return (
            j > i
            and bool(_FRAGMENT.fullmatch(line))
            and bool(_NAME_END.search(self.lines[j - 1][1]))
            and bool(self.lines[j + 1][1].strip()[:1].isupper())
            and match_field_line(line, 0) is None
        )

    def _key_over_key(self, i: int) -> bool:
        """Whether line ``i`` and the line after it both open with a known key ("Casa madre Ministero X" /
        "Sito web x.example"): an infobox's run of fields, not a paragraph wrapped mid-sentence."""
        a, b = self.lines[i], self.lines[i + 1]
        return match_field_line(a[1], a[0]) is not None and match_field_line(b[1], b[0]) is not None

    def _wrapped_paragraphs(self) -> dict[int, int]:
        """Paragraphs hard-wrapped mid-sentence (``... (DIE) was`` / ``the country's`` /
        ``primary service``): first line -> last line of each. Lines join where a line ends
        without closing punctuation and the next goes on in lower case, or a line of three words
        or more ends on a lower-case word or a comma. A run of three lines or more that then
        reads as prose is one paragraph; its line breaks become spaces in the cleaned text (the
        offsets stay those of the file).
        """
        out: dict[int, int] = {}
        joins: list[tuple[int, int]] = []  # the character ranges whose line breaks become spaces
        n = len(self.lines)
        i = 0
        while i < n - 1:
            if i == self._title_line:
                i += 1  # the title line ends where it ends, though the text under it was wrapped
                continue
            if is_table_header(self.lines[i][1]):
                # the rows under a table's header are no wrapped text, though a row may end on a name
                while i + 1 < n and self.lines[i + 1][1].strip():
                    i += 1
                i += 1
                continue
            j = i
            while (
                j + 1 < n
                and not {j, j + 1} & self.squashed_pieces  # (fields cut out of one line are no wrapped text)
                and not (holder_dash_post(self.lines[j][1]) or holder_dash_post(self.lines[j + 1][1]))
                and (open_break(self.lines[j][1], self.lines[j + 1][1]) or self._name_fragment(i, j))
            ):
                j += 1
            if (j - i >= 2 or self._wrapped_pair(i)) and i != self._title_line:
                a, b = self.lines[i][0], self.lines[j][0] + len(self.lines[j][1])
                joined = " ".join(ln.strip() for _, ln in self.lines[i : j + 1])
                hit = match_field_line(self.lines[i][1], a)
                # (a run that opens with a key-like word, "General Ada Lind was appointed its first director,
                # but" / "was removed in 1958 ...", is still running text: only a key with a separator is a field)
                if (
                    len(split_words(joined)) >= 12
                    and re.search(r"[.!?]", joined)
                    and (hit is None or hit[1] == "space" and not self._key_over_key(i))
                ):
                    out[i] = j
                    joins.append((a, b))
            i = j + 1
        if joins:  # the cleaned text made again once (once per paragraph was quadratic in the text's size)
            pieces, pos = [], 0
            for a, b in joins:
                pieces += [self.clean[pos:a], self.clean[a:b].replace("\n", " ")]
                pos = b
            self.clean = "".join(pieces) + self.clean[pos:]
        self.d.clean = self.clean
        return out

    def _wrapped_pair(self, i: int) -> bool:
        """Lines ``i`` and ``i + 1`` are one sentence wrapped once: a line of six words or more, no
        field, that runs on into a line opening in lower case ("... Germany's domestic" /
        "intelligence agency.") or ends on a word that cannot end a sentence ("with its seat at" /
        "Marlow, is ...")."""
        a, b = self.lines[i][1].strip(), self.lines[i + 1][1].strip()
        return (
            len(split_words(a)) >= 6
            and (b[:1].islower() or bool(_OPEN_WORD_END.search(a)))
            and match_field_line(self.lines[i][1], 0) is None
        )
