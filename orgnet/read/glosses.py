"""Link glosses of "hyperlinked" encyclopedia mirrors (read stage): found, and taken out of the prose.

Some mirrors print, after each linked term, the opening of the linked article, cut and ending in
``...`` or ``…``. Two forms:

* inline: the sentence is broken at every link, and the term's line carries the gloss after it
  (``secret`` / ``Cold Season The Cold Season is a term used for ... ...`` / ``intelligence
  department``); the gloss opens by repeating a word of the term (``The Cold Season is``,
  ``Harbour may refer to``, ``anti-tidal`` / ``Anti-tidalism is``);
* repeated block: a line that ends on the term, a line with the term alone, a line with the
  gloss (the clean paragraph came before).

:func:`remove_link_glosses` keeps the term, drops the gloss (and a term repeated alone) and joins
the sentence the links broke, as one more cleaning step of the reader (:func:`orgnet.read.document.parse_text`):
its :class:`~orgnet.read.offsets.OffsetMap` maps every claim's offsets back into the file.

A page needs two glosses at least before any is taken out: a news teaser or a cut excerpt ending
in ``...`` is no gloss.

Other proxies drop the spaces around each link, gluing a small word to the linked name after it
(``theNational People's Congress``, ``isAda Morn``, ``itsStanding Committee``):
:func:`part_glued_links` puts the space back, on a page that does so three times at least.
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from .offsets import Edits, OffsetMap, sub_mapped

__all__ = ["gloss_start", "link_gloss_edits", "part_glued_links", "part_glued_terms", "remove_link_glosses"]


_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_WORD = re.compile(r"\S+")
_ARTICLES = frozenset({"the", "a", "an"})
_MAX_TERM_WORDS = 8
_MIN_GLOSS_CHARS = 40
_MIN_GLOSSES = 2  # glosses a page must have before any is taken out
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_OPEN_END = re.compile(r"[^.!?:;]$")  # a line that ends inside a sentence
_GOES_ON = re.compile(r"^(?:[a-z]|[,;:.)\"”'’])")  # a line that goes on with the sentence above


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[],.;:").casefold()


def _echoes(term_words: list[str], word: str) -> bool:
    """``word`` (the gloss's first word after an article) repeats a word of the term or its stem
    (``Harbour`` / ``Harbour``, ``anti-tidal`` / ``Anti-tidalism``)."""
    w = _bare(word)
    if len(w) < 2:
        return False
    for t in term_words:
        t = _bare(t)
        if len(t) < 2 or t in _ARTICLES:
            continue
        n = min(5, len(t), len(w))
        if t[:n] == w[:n] and (t == w or n >= 4 or len(t) == len(w)):
            return True
    return False


def gloss_start(line: str) -> int | None:
    """Where the gloss of an inline link-gloss line starts: after a short term, a capitalised
    sentence that repeats a word of the term and runs on to a final ``...``; None when ``line`` is
    no such line.

    >>> s = "Cold Season The Cold Season is a term used for the long winter of Ulton, when the ..."
    >>> s[: gloss_start(s)]
    'Cold Season '
    >>> s = "Harbour Ministry Harbour may refer to: * Harbour (Ulton), a town ** Harbour Ministry, a ..."
    >>> s[gloss_start(s) :][:20]
    'Harbour may refer to'
    >>> gloss_start("The Tide Office named Ada Morn its chief on Monday, the ..."), gloss_start("Cold Season")
    (None, None)
    """
    if not _ELLIPSIS_END.search(line):
        return None
    words = [(m.start(), m.group()) for m in _WORD.finditer(line)]
    for k in range(1, min(_MAX_TERM_WORDS, len(words) - 4) + 1):
        pos, first = words[k]
        if not first[0].isupper() or words[k - 1][1][-1] in ".!?:;,":
            continue
        lead = words[k + 1][1] if first.casefold() in _ARTICLES else first
        if len(line) - pos >= _MIN_GLOSS_CHARS and _echoes([w for _, w in words[:k]], lead):
            return pos
    return None


def _open_above(prev: str) -> bool:
    """The line above a term breaks off a sentence: running text (two lower-case words at least,
    not a headline or a date) that ends without a full stop, or a line that opens on a comma."""
    p = prev.strip()
    return bool(p) and bool(_OPEN_END.search(p)) and (len(_LOWER_WORD.findall(p)) >= 2 or p[0] in ",;")


def _alone_term(prev: str, line: str, nxt: str) -> bool:
    """``line`` is a term repeated alone: the line above ends on it and a gloss follows."""
    t = line.strip()
    p = prev.rstrip()
    return (
        bool(t)
        and len(t.split()) <= _MAX_TERM_WORDS
        and (p == t or p.endswith(" " + t))
        and len(nxt.strip()) >= _MIN_GLOSS_CHARS
        and bool(_ELLIPSIS_END.search(nxt))
    )


def _newline_joiner(before: str, after: str) -> str:
    """What a line break between a term and the text around it becomes: nothing before a
    comma, a full stop or a closing quote, a space before a lower-case word or a parenthesis, else
    a line break."""
    b = after.lstrip()
    if not b:
        return "\n"
    if b[0] in ",;:.)" or b[:2] in ('" ', '"\n', "” ") or b == '"':
        return ""
    if before.rstrip().endswith((' "', "“", "(")):
        return ""  # ('and "' / 'fake tides' / '" to attack': the quote's words)
    return " " if b[0].islower() or b[0] == "(" else "\n"  # ("(VWP) and ...": the term's abbreviation)


def link_gloss_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that take a page's link glosses out: ``(start, end, replacement)``, in order and
    apart; none on a page with fewer than two glosses (a news teaser or a cut excerpt ending in
    ``...`` is no gloss).

    An inline gloss goes, its term stays, and the line breaks around the term join the sentence
    (when the line above is open, or the line below goes on with it); a term repeated alone and
    the gloss line under it go, the line above running on into the line below.
    """
    if "..." not in text and "…" not in text:
        return []
    lines, pos = [], 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    edits: dict[int, tuple[int, str]] = {}  # start -> (end, replacement)
    n, i, glosses, covered = len(lines), 0, 0, 0  # covered: the text the edits so far reach to
    while i < n:
        pos, ln = lines[i]
        prev = lines[i - 1][1] if i else ""
        nxt = lines[i + 1][1] if i + 1 < n else ""
        if (
            i and i + 1 < n and pos - 1 >= covered and _alone_term(prev, ln, nxt)
        ):  # the repeated block: the term alone, then its gloss
            end = lines[i + 1][0] + len(nxt)
            after = lines[i + 2][1] if i + 2 < n else ""
            edits[pos - 1] = (end + 1, _newline_joiner(prev, after)) if i + 2 < n else (end, "")
            glosses += 1
            covered = end + 1
            i += 2
            continue
        k = gloss_start(ln)
        open_above = _open_above(prev)
        if k is not None and (open_above or bool(_GOES_ON.match(nxt.strip()))):
            term = ln[:k].rstrip()
            if open_above and pos - 1 >= covered:
                edits[pos - 1] = (pos, "" if prev.rstrip().endswith((' "', "“", "(")) else " ")
            if i + 1 < n:
                edits[pos + len(term)] = (pos + len(ln) + 1, _newline_joiner(term, nxt))
            else:
                edits[pos + len(term)] = (pos + len(ln), "")
            glosses += 1
            covered = pos + len(ln) + 1
        i += 1
    if glosses < _MIN_GLOSSES:
        return []
    return [(a, b, s) for a, (b, s) in sorted(edits.items())]


def remove_link_glosses(text: str) -> tuple[str, OffsetMap, int]:
    """``text`` without its link glosses (see :func:`link_gloss_edits`), the map of the new text's
    positions back to ``text``, and how many pieces went. One pass.

    >>> t = "\\n".join(["The Tide Office was a secret",
    ...     "Cold Season The Cold Season is a term used for the long winter of Ulton, when ...",
    ...     "intelligence department of the Veldran",
    ...     "Harbour Ministry Harbour may refer to: * Harbour (Ulton), a town ** Harbour Ministry, a ...",
    ...     ", created to publish tide tables."])
    >>> out, m, n = remove_link_glosses(t)
    >>> print(out.replace("department ", "department\\n"))
    The Tide Office was a secret Cold Season intelligence department
    of the Veldran Harbour Ministry, created to publish tide tables.
    >>> a = out.index("Harbour Ministry"); t[m.start(a) : m.end(a + len("Harbour Ministry"))]
    'Harbour Ministry'
    """
    edits = link_gloss_edits(text)
    if not edits:
        return text, OffsetMap(), 0
    e, pos = Edits(text), 0
    for a, b, s in edits:
        if a < pos:  # (never: the edits are apart)
            continue
        e.keep(pos, a)
        e.put(a, b, s)
        pos = b
    e.keep(pos, len(text))
    out, m = e.result()
    return out, m, len(edits)


_LEAST_GLUED = 3  # glued links on a page before any is parted: "theGuardian" alone is a name


@functools.cache
def _glued_link() -> re.Pattern:
    """A small word glued to the capitalised name a link printed after it ("theNational", "isAda"):
    names.yaml ``link_glue_words``."""
    words = "|".join(re.escape(w) for w in vocabulary.names()["link_glue_words"])
    return re.compile(rf"(?<![\w'’])(?:{words})(?=[A-Z][a-z])")


def part_glued_links(text: str) -> tuple[str, OffsetMap, int]:
    """``text`` with a space put back after each small word glued to a linked name, its map back
    to ``text``, and how many; unchanged on a page with fewer than three.

    >>> out, m, n = part_glued_links("It reports to theHarbour Council and itsStanding Committee; its head isAda Morn.")
    >>> out, n, m.start(out.index("Ada"))
    ('It reports to the Harbour Council and its Standing Committee; its head is Ada Morn.', 3, 71)
    >>> part_glued_links("She reads theGuardian.")[2]
    0
    >>> part_glued_links("Founded by Ada MornandBo Lin in theHarbour, toUlton, forTides; he joinedTide Youth.")[0]
    'Founded by Ada Morn and Bo Lin in the Harbour, to Ulton, for Tides; he joined Tide Youth.'
    >>> part_glued_links("Parent: Tide Departmentof theHarbour Party, toUlton, forTides; thereof the rest.")[0]
    'Parent: Tide Department of the Harbour Party, to Ulton, for Tides; thereof the rest.'

    """
    rx = _glued_link()
    if len(rx.findall(text, 0, len(text))) < _LEAST_GLUED:
        return text, OffsetMap(), 0
    both = re.compile(rf"{rx.pattern}|{_GLUED_BETWEEN.pattern}|{_GLUED_VERB.pattern}|{_GLUED_OF.pattern}")
    out, m = sub_mapped(both, _unglued, text)
    return out, m, len(both.findall(text))


def _unglued(g: re.Match) -> str:
    """A glued small word with its space put back: after it, or on both sides, or after the word "of" is glued to."""
    if len(g.group()) == 1:  # the last letter of a word "of" is glued to ("Departmentof the X"; not "thereof the")
        word = re.search(r"[A-Za-z]*$", g.string[max(0, g.start() - 40) : g.end()])
        return g.group() + " " if word and word.group()[:1].isupper() else g.group()
    return g.group() + " " if _starts_word(g) else f" {g.group()} "


# "and" glued to the linked names on both sides of it ("Ada MornandBo Lin"): parted on a page whose
# links are glued, as the words before them are
_GLUED_BETWEEN = re.compile(r"(?<=[a-z])(?:and|or)(?=[A-Z][a-z])")


# a verb in "-ed" or "-ing" glued to the linked name after it ("he joinedKomsomol"), parted on such a page too
_GLUED_VERB = re.compile(r"(?<![\w'’])[a-z]{2,}(?:ed|ing)(?=[A-Z][a-z])")


# "of" glued to the end of a linked name's word before "the" ("United Front Departmentof theWorkers' Party")
_GLUED_OF = re.compile(r"[a-z](?=of\s+the\s?[A-Z])")


def _starts_word(g: re.Match) -> bool:
    """Whether a glued small word starts a word (glued to the name after it only)."""
    return g.start() == 0 or not g.string[g.start() - 1].isalpha()


_LEAST_GLUED_TERMS = 2  # bullets whose term is glued to its definition before any is parted


@functools.cache
def _glued_term() -> re.Pattern:
    """A bullet's term, a unit's name ending in a body's word, glued to the lower-case definition
    after it ("- 1st Main Directorateforeign intelligence": a definition list printed without its
    colon), the words before it capitalised or numbers; not a word the body's word begins
    ("Departmental", "Directorates", "Officers", "Frontier")."""
    words = "|".join(sorted((w for w in vocabulary.names()["org_words"] if w[:1].isupper() and len(w) >= 5), key=len))
    return re.compile(
        rf"^([ \t]*[-*•][ \t]+(?:[A-Z0-9][\w.'’-]*[ \t]+){{0,5}}?(?:{words}))"
        r"(?=(?!(?:s|es|al|ally|er|ers|ier|iers|ship|ships|ial|ary|ate|ates|ing|ings|ist|ists|ism|ant|ants)\b)[a-z]{3,})",
        re.M,
    )


def part_glued_terms(text: str) -> tuple[str, OffsetMap, int]:
    r"""``text`` with a dash put between each bullet's term and the definition glued to it, its map
    back to ``text``, and how many; unchanged on a page with fewer than two.

    >>> text = "- 1st Directorateforeign work\n- 2nd Main Departmentcounterintelligence. Succeeded by X.\n"
    >>> part_glued_terms(text)[0]
    '- 1st Directorate – foreign work\n- 2nd Main Department – counterintelligence. Succeeded by X.\n'
    >>> part_glued_terms("- Departmental offices\n- Officers of the Bureaus\n- Formerly: Frontier Office\n")[2]
    0
    """
    rx = _glued_term()
    if len(rx.findall(text)) < _LEAST_GLUED_TERMS:
        return text, OffsetMap(), 0
    e, pos, n = Edits(text), 0, 0
    for g in rx.finditer(text):
        e.keep(pos, g.end(1))
        e.put(g.end(1), g.end(1), " – ")  # (inserted: the term and the definition keep their own offsets)
        pos, n = g.end(1), n + 1
    e.keep(pos, len(text))
    out, m = e.result()
    return out, m, n
