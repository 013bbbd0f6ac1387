"""The claim (extract stage): one statement as a document makes it, its id, and its context."""

from __future__ import annotations

import bisect
import hashlib
import operator
from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = ["CONTEXT_MAX", "Claim", "claim_context", "claim_id", "claim_ids", "context_span"]


@dataclass(slots=True)
class Claim:
    """One statement found in a document (names, not yet entities)."""

    subject: str
    relation: str
    object: str = ""
    value: str = ""
    start: int | None = None
    end: int | None = None
    title: str = ""
    doc: str = ""
    section: str = ""
    char_start: int = 0
    char_end: int = 0
    evidence: str = ""
    refs: tuple[int, ...] = ()
    method: str = "pattern"
    hedge: str = "stated"
    confidence: float = 0.0
    subject_kind: str = ""
    object_kind: str = ""
    subject_surface: str = ""
    object_surface: str = ""
    defining: bool = False  # an alias claim from a defining sentence / title: a label candidate
    # char_start/char_end/context_start: characters of the file as decoded (Document.raw); evidence and
    # context: the cleaned text (Document.text). The sentence(s) or line(s) around the evidence (see
    # claim_context); empty, and context_start None, for a claim not read from a document (curated)
    context: str = ""
    context_start: int | None = None

    def __reduce__(self):
        # pickled as a call with the field values (parse workers' results): loads about three
        # times faster than the generic state of a slots dataclass. The parse cache does not
        # pickle: it stores plain JSON (orgnet.cache)
        return (type(self), _FIELD_VALUES(self))


_FIELD_VALUES = operator.attrgetter(*Claim.__slots__)  # a claim's field values as a tuple, in C


def claim_id(c: Claim) -> str:
    """A claim's id, derived from its content: the document's file name (with its extension),
    the evidence span, the relation and a short digest of what the claim says. It does not
    change when other claims appear, and two documents never share one.

    >>> claim_id(Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt", char_start=10, char_end=42))
    'a.txt:10-42:leads:34e78b'
    """
    what = "\x1f".join(
        (
            c.doc,
            str(c.char_start),
            str(c.char_end),
            c.relation,
            c.subject,
            c.object,
            c.value,
            c.title,
            str(c.start),
            str(c.end),
        )
    )
    digest = hashlib.sha1(what.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    doc = c.doc.replace(";", "_").replace("|", "_").replace(" ", "_")
    return f"{doc}:{c.char_start}-{c.char_end}:{c.relation}:{digest}"


def claim_ids(claims: Iterable[Claim]) -> list[str]:
    """:func:`claim_id` of each claim of one document; a claim repeated word for word gets
    ``~2``, ``~3``... after its id, so the ids are unique.

    >>> c = Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt", char_start=10, char_end=42)
    >>> claim_ids([c, c])
    ['a.txt:10-42:leads:34e78b', 'a.txt:10-42:leads:34e78b~2']
    """
    out: list[str] = []
    seen: dict[str, int] = {}
    for c in claims:
        cid = claim_id(c)
        seen[cid] = seen.get(cid, 0) + 1
        out.append(cid if seen[cid] == 1 else f"{cid}~{seen[cid]}")
    return out


#: the longest context kept whole (characters); a longer one is cut around the evidence
CONTEXT_MAX = 600


def claim_context(
    text: str, start: int, end: int, sentences: Sequence[tuple[int, int]] = (), limit: int = CONTEXT_MAX
) -> tuple[int, int]:
    """The span ``(a, b)`` of ``text`` a reader needs around the evidence ``text[start:end]``.

    It runs from the start of the sentence the evidence starts in to the end of the sentence
    it ends in (``sentences``: the document's sentence spans, in order, not overlapping); an
    end that lies in no sentence (an infobox field, a list entry, a title) extends to its line's
    start or end instead. Spaces at either end are left out. A context longer than ``limit``
    is cut around the evidence, at word boundaries, keeping about as much before the evidence
    as after it; nothing is ever added (no ellipsis), so ``text[a:b]`` is always the context, and
    it always holds the whole evidence (a longer evidence is its own context).

    >>> t = "Intro here. The Bureau of Tests was set up by the Ministry. Next one.\\nHeadquarters4 Main Road\\n"
    >>> sents = [(0, 11), (12, 59), (60, 69)]
    >>> a, b = claim_context(t, 16, 31, sents); t[a:b]
    'The Bureau of Tests was set up by the Ministry.'
    >>> a, b = claim_context(t, 70, 82, sents); t[a:b]
    'Headquarters4 Main Road'
    >>> a, b = claim_context(t, 16, 31, sents, limit=28); t[a:b]
    'The Bureau of Tests was set'
    """
    return context_span(text, start, end, sentences, [s for s, _ in sentences], limit)


def context_span(
    text: str, start: int, end: int, sentences: Sequence[tuple[int, int]], starts: list[int], limit: int
) -> tuple[int, int]:
    """:func:`claim_context` with the sentences' starts given (computed once per document)."""
    a, b = start, max(end, start)
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
        a = sentences[i][0]
    else:
        a = text.rfind("\n", 0, start) + 1
    last = max(end - 1, start)
    j = bisect.bisect_right(starts, last) - 1
    if j >= 0 and sentences[j][0] <= last < sentences[j][1]:
        b = max(b, sentences[j][1])
    else:
        nl = text.find("\n", end)
        b = len(text) if nl < 0 else nl
    while a < start and text[a].isspace():
        a += 1
    while b > end and text[b - 1].isspace():
        b -= 1
    if b - a <= limit:
        return a, b
    room = limit - (end - start)
    if room <= 0:
        return start, end
    before, after = start - a, b - end
    keep_before = min(before, room // 2)
    keep_after = min(after, room - keep_before)
    keep_before = min(before, room - keep_after)
    na, nb = start - keep_before, end + keep_after
    if na > a and not text[na - 1].isspace():  # cut inside a word: start at the next word
        while na < start and not text[na].isspace():
            na += 1
    if nb < b and not text[nb].isspace():  # cut inside a word: end at the previous one
        while nb > end and not text[nb - 1].isspace():
            nb -= 1
    while na < start and text[na].isspace():
        na += 1
    while nb > end and text[nb - 1].isspace():
        nb -= 1
    return na, nb
