"""Raw wikitext run together on one line (read stage).

A scrape of a wiki's edit page ("Editing Harbour Board") keeps the article's source, and its
line breaks are often lost: ``== History == The Board was ... === Directors === # 1942–1943:
[[Ada Li]] # 1943–1945: [[Bo Wu]]``. :func:`wikitext_pieces` cuts such a line where a heading
(``== X ==``) or a list item (``*``, ``#``) of wikitext opens, outside templates and links, so
that each reads as the line it was. The pieces keep their offsets in the line: nothing is
rewritten (links stay as they are; the readers of names take a name out of ``[[A|B]]``).
"""

from __future__ import annotations

import re

__all__ = ["wikitext_pieces"]

# a heading or a list item's marker after a space: "== History ==", "=== Directors ===", "* A", "# A"
_OPENING = re.compile(r"(?:(?<= )|^)(?:(?P<eq>={2,6}) [^=\n]{1,80}? (?P=eq)(?= |$)|[*#]{1,3} (?=\S))")


def _depths(line: str) -> list[int]:
    """The nesting of templates and links (``{{ }}``, ``[[ ]]``) at each position of ``line``."""
    out, depth, k = [0] * (len(line) + 1), 0, 0
    while k < len(line):
        two = line[k : k + 2]
        if two in ("{{", "[["):
            depth += 1
            out[k] = out[k + 1] = depth
            k += 2
            continue
        if two in ("}}", "]]") and depth:
            out[k] = out[k + 1] = depth
            depth -= 1
            k += 2
            continue
        out[k] = depth
        k += 1
    out[len(line)] = depth
    return out


def wikitext_pieces(pos: int, line: str) -> list[tuple[int, str]]:
    """``line`` (at offset ``pos``) as ``(offset, text)`` pieces, one per wikitext heading or list
    item run into it; the line itself when it holds no wiki link or template, or fewer than two
    such openings outside them.

    >>> line = "== Work == The Board grew. === Directors === # 1942–1943: [[Ada Li]] # 1943: [[Bo Wu|Bo]]"
    >>> [t for _, t in wikitext_pieces(0, line)]
    ['== Work ==', 'The Board grew.', '=== Directors ===', '# 1942–1943: [[Ada Li]]', '# 1943: [[Bo Wu|Bo]]']
    >>> wikitext_pieces(5, "Sales rose 5 * 3 times # of units")  # no wikitext: one piece
    [(5, 'Sales rose 5 * 3 times # of units')]
    """
    if "[[" not in line and "{{" not in line:
        return [(pos, line)]
    depth = _depths(line)
    cuts: list[int] = []
    for m in _OPENING.finditer(line):
        if depth[m.start()] == 0 and (not cuts or m.start() > cuts[-1]):
            cuts.append(m.start())
            if m.group("eq"):  # the heading is a piece of its own: what follows it is text
                cuts.append(m.end())
    if len(cuts) < 2:
        return [(pos, line)]
    bounds = [0, *cuts, len(line)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = line[a:b]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((pos + a + lead, piece.strip()))
    return out
