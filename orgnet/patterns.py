"""Regular expressions made fast to search (shared by the read and extract stages).

Python's ``re`` tries a pattern that opens with a lookbehind or a word boundary in full at every
position of the text. :func:`compile_fast` compiles a pattern with a lookahead on the
characters its matches can start with, read from ``re``'s own parse tree, so that most
positions are turned down at once; the matches stay exactly those of the pattern as written.
"""

from __future__ import annotations

import re

__all__ = ["compile_fast", "literal_words", "most_selective", "required_sets", "required_words"]


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


# --------------------------------------------------------------------------- pre-checks
# The words a phrase's every match holds: a sentence without one of them is not searched
# (the vocabulary's phrases are compiled with them in :mod:`orgnet.lexicon`).


def literal_words(pattern: str) -> tuple[str, ...]:
    """Literal words of a pattern; a match always contains one of them (a fast pre-check).

    Every run of 3+ letters counts (a superset is safe); a letter made optional by ``?``
    is dropped from the end of its run.

    >>> literal_words(r"\\b(?:funded|financed) by|\\bfinances?\\b")
    ('funded', 'financed', 'finance')
    """
    src = _drop_lookarounds(pattern)
    src = re.sub(r"\\[a-zA-Z]", " ", src)  # \b, \d, \w ...
    src = re.sub(r"\(\?P<\w+>", "(", src)  # group names
    src = re.sub(r"\(\?-?i:", "(", src)
    src = re.sub(r"\[[^\]]*\]", " ", src)  # character classes
    out = []
    for m in re.finditer(r"[A-Za-z]{3,}(\?)?", src):
        w = m.group().rstrip("?")
        if m.group(1):
            w = w[:-1]
        if len(w) >= 3 and w.lower() not in out:
            out.append(w.lower())
    return tuple(out)


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words of which every match of ``pattern`` contains at least one (lower case): the most
    selective of :func:`required_sets`. ``None`` when no such set exists (then
    :func:`literal_words` is the fall-back).

    >>> required_words(r"\\b(?:is|was) (?:the )?public face of\\b")
    ('public',)
    >>> required_words(r"\\b(?:overseen|guided) by\\b|\\bsupervises\\b")
    ('supervises', 'overseen', 'guided')
    >>> required_words(r"\\b(?:is|was) (?=(?-i:Minister) of)(?!Deputy)")
    ('minister',)
    """
    return most_selective(required_sets(pattern))


def most_selective(sets: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The set whose shortest word is longest (then the one of fewest words; then the first)."""
    best: tuple[str, ...] | None = None
    for cand in sets:
        if cand and (
            best is None
            or min(map(len, cand)) > min(map(len, best))
            or (min(map(len, cand)) == min(map(len, best)) and len(cand) < len(best))
        ):
            best = cand
    return best


def required_sets(pattern: str) -> list[tuple[str, ...]]:
    """Sets of words (lower case) such that every match of ``pattern`` contains a word of each
    set, from its parse tree: optional parts and negative lookarounds are left out; a positive
    lookaround's words count, since the text searched holds them.

    >>> required_sets(r"\\b(?:is|was) (?:the )?public face of\\b")
    [('public',), ('face',)]
    >>> required_sets(r"\\b(?:funded|paid) by (?=the (?:Ministry|Bureau))")
    [('funded', 'paid'), ('the',), ('ministry', 'bureau')]

    Alternatives with a common start are factored by the regex parser ("customer|client"
    gives "ustomer", "lient"); words are looked for as substrings, so that is still exact.
    """
    # (re's own parser, 3.11+; typeshed does not describe these private modules)
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def words(run: list[str]) -> list[tuple[str, ...]]:
        return [(w,) for w in "".join(run).split() if len(w) >= 3]

    def req(items) -> list[tuple[str, ...]]:
        sets: list[tuple[str, ...]] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                ch = chr(av).lower()
                run.append(ch if ch.isalpha() else " ")
                continue
            sets += words(run)
            run = []
            if op is c.SUBPATTERN:
                sets += req(av[-1])
            elif op is c.BRANCH:
                alts = [most_selective(req(b)) for b in av[1]]
                if all(alts):
                    sets.append(tuple(sorted({w for a in alts if a for w in a}, key=lambda w: (-len(w), w))))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                sets += req(av[2])
            elif op is c.ASSERT:  # a lookahead or lookbehind that must hold
                sets += req(av[1])
        return sets + words(run)

    try:
        found = req(_parser.parse(pattern, re.I))
    except Exception:  # pragma: no cover - a pattern the parser cannot walk
        return []
    return [tuple(dict.fromkeys(s)) for s in found]


def _drop_lookarounds(pattern: str) -> str:
    """Remove ``(?=...)``, ``(?!...)``, ``(?<=...)``, ``(?<!...)`` groups (they match no text)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i) and (i == 0 or pattern[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += pattern[j] == "("
                depth -= pattern[j] == ")"
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)
