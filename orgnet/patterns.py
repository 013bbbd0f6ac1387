"""Regular expressions made fast to search (shared by the read and extract stages).

Python's ``re`` tries a pattern that opens with a lookbehind or a word boundary in full at every
position of the text. :func:`compile_fast` compiles a pattern with a lookahead on the
characters its matches can start with, read from ``re``'s own parse tree, so that most
positions are turned down at once; the matches stay exactly those of the pattern as written.
"""

from __future__ import annotations

import re

__all__ = ["compile_fast"]


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, told first which characters a match can start with.

    A pattern that opens with lookbehinds or a word boundary is otherwise tried in full at every
    position of the text; a lookahead on its first characters turns most positions down at once.
    The matches are the same (the lookahead is zero-width and holds wherever a match starts).

    >>> rx = compile_fast(r"(?<!\\bwas )\\breports? to\\b", re.I)
    >>> rx.pattern, rx.search("It Reports to the board.").group()
    ('(?=[r])(?<!\\\\bwas )\\\\breports? to\\\\b', 'Reports to')
    """
    chars = _first_chars(pattern, flags)
    if not chars or pattern.startswith("(?") and pattern[2:3].isalpha():  # (no lookahead before global flags)
        return re.compile(pattern, flags)
    return re.compile("(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])" + pattern, flags)


def _first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters every match of ``pattern`` starts with (as the pattern writes them), or
    ``None`` when that is not known (a wide class, a wildcard, or a match that may be empty).

    >>> sorted(_first_chars(r"(?<!\\bthe )\\b(?:is|was)(?: the)? head"))
    ['i', 'w']
    >>> sorted(_first_chars(r"[.!?]+(?= [A-Z])|(?<=[a-z]{3})[.!?](?=[A-Z])"))
    ['!', '.', '?']
    >>> _first_chars(r"(?:the )?\\w+") is None
    True
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)

    def first(items: list, depth: int = 0) -> set[str] | None:
        if depth > 12:
            return None
        for i, (op, av) in enumerate(items):
            rest = items[i + 1 :]
            if op in zero_width:
                continue
            if op is c.LITERAL:
                return {chr(av)}
            if op is c.IN:
                return _class_chars(av, c)
            if op is c.SUBPATTERN:
                if av[1] & re.I and not flags & re.I:
                    return None  # ("(?i:...)" in a pattern otherwise case-sensitive)
                return first(list(av[-1]) + rest, depth + 1)
            if op is c.BRANCH:
                out: set[str] = set()
                for alt in av[1]:
                    f = first(list(alt) + rest, depth + 1)
                    if f is None:
                        return None
                    out |= f
                return out
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                once = first(list(av[2]) + rest, depth + 1)
                skip = first(rest, depth + 1) if av[0] == 0 else set()
                return None if once is None or skip is None else once | skip
            return None
        return None  # the pattern may match an empty string

    try:
        return first(list(_parser.parse(pattern, flags)))
    except Exception:  # pragma: no cover - a pattern the parser cannot walk
        return None


def _class_chars(items: list, c) -> set[str] | None:
    """The characters of a character class, or ``None`` for a negated, categorical or wide one."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 64:
            out.update(chr(k) for k in range(av[0], av[1] + 1))
        else:
            return None
    return out
