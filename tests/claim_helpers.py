"""Helpers of the claim tests (tests/test_extract_phrases.py, tests/test_prose_rules.py):
extract the claims of an invented document and find one by the entities it names; and
invented documents more than one test module uses.

Names are compared as entities (``orgnet.resolve``), so an abbreviation and its full name
are the same subject. Every claim's evidence is checked to be the exact slice of the text, and its context a
slice holding the evidence at ``char_start - context_start``.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from pathlib import Path

import orgnet
from orgnet.extract import Claim
from orgnet.read.decode import normalize_text
from orgnet.read.model import Document

__all__ = ["run", "show", "find", "one", "none", "TWO_TERMS", "as_read", "reads_as", "write_corpus"]


def as_read(raw: str) -> str:
    """A slice of a file as decoded, cleaned the way the reader cleans a file (line ends, NFC,
    script/style blocks and tags taken out, entities unescaped), without its white space: what
    a claim's evidence is, whatever the white space between the words (the HTML reader turns
    block tags into line ends and collapses blank lines)."""
    s = normalize_text(raw)
    s = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>", "", s)
    s = html.unescape(html.unescape(re.sub(r"<[^<>]*>", "", s)))
    return "".join(s.split())


def reads_as(raw: str, evidence: str) -> bool:
    """True when the file slice ``raw`` is the evidence once cleaned (see :func:`as_read`);
    a %-escaped slice is decoded first."""
    if "".join(normalize_text(raw).split()) == "".join(evidence.split()):
        return True  # no markup: the same text, line ends and Unicode form aside
    want = as_read(evidence)  # markup the reader kept in a text it did not read as HTML stays in both
    return as_read(raw) == want or as_read(urllib.parse.unquote(raw)) == want


#: an invented page where one person led a body twice (tests/test_graph.py, tests/test_browser.py)
TWO_TERMS = """= Harbour Bureau =
- Type: Government agency
- Formed: 1950

The Harbour Bureau is a government agency of Veldra.

== Directors ==
- Ilsa Marrow (March 1990 – April 1995)
- Orin Calder (April 1995 – May 2001)
- Ilsa Marrow (May 2001 – June 2004)
"""


def run(text: str) -> tuple[Document, list[Claim]]:
    doc = orgnet.parse_text(text, "t.txt")
    claims = orgnet.extract_claims(doc)
    for c in claims:
        assert c.evidence == doc.text[c.char_start : c.char_end], c
        assert c.context_start is not None and c.context == doc.text[c.context_start : c.context_start + len(c.context)]
        assert c.context[c.char_start - c.context_start :][: len(c.evidence)] == c.evidence, c
    return doc, claims


def show(claims: list[Claim]) -> str:
    return "\n".join(
        f"  {c.subject!r} {c.relation} {c.object or c.value!r} start={c.start} end={c.end} "
        f"title={c.title!r} hedge={c.hedge} ev={c.evidence!r}"
        for c in claims
    )


def find(
    claims: list[Claim], subject: str, relation: str, obj: str | None = None, value: str | None = None
) -> list[Claim]:
    """Claims whose subject (and object) are the same entities as the names given."""
    res = orgnet.resolve(claims)
    sid = res.id_of(subject)
    oid = res.id_of(obj) if obj is not None else None
    out = []
    for c in claims:
        if c.relation != relation or sid is None or res.id_of(c.subject) != sid:
            continue
        if obj is not None and (oid is None or oid == sid or res.id_of(c.object) != oid):
            continue
        if value is not None and c.value != value:
            continue
        out.append(c)
    return out


def one(
    claims: list[Claim],
    subject: str,
    relation: str,
    obj: str | None = None,
    *,
    value: str | None = None,
    evidence_has: str | None = None,
) -> Claim:
    hits = find(claims, subject, relation, obj, value)
    want = f"({subject!r}, {relation}, {obj or value!r})"
    assert hits, f"missing {want}; claims:\n{show(claims)}"
    c = hits[0]
    if evidence_has is not None:
        assert evidence_has in c.evidence, f"{want}: evidence {c.evidence!r} lacks {evidence_has!r}"
    return c


def none(claims: list[Claim], subject: str, relation: str, obj: str) -> None:
    assert not find(claims, subject, relation, obj), (
        f"unexpected ({subject!r}, {relation}, {obj!r}); claims:\n{show(claims)}"
    )


# --------------------------------------------------------------------------- an invented corpus

ARTICLE = """\
= {org} =
- Parent organization: {parent}
- Headquarters: {city}, Ruritania
- Leader: {leader}

The {org} ({abbr}) is an agency of the {parent}.[1] It was founded in {year}.[2]
The {org} is overseen by the {council}.
The {org} operates the {institute}, which publishes the journal {org} Review.

== Directors ==
- {leader} (March {y2} – present)
- {other} (May {year} – March {y2})

== References ==
1. ^ "{org} today". Widget Times. 2001.
2. ^ "History of the {org}". Gadget Post. 1999.
"""

WORDS = [
    "Widgets",
    "Gadgets",
    "Sprockets",
    "Gizmos",
    "Levers",
    "Pulleys",
    "Cogs",
    "Springs",
    "Valves",
    "Dials",
    "Rivets",
    "Hinges",
    "Bolts",
    "Gears",
    "Pistons",
    "Ratchets",
    "Spindles",
    "Flanges",
    "Axles",
    "Latches",
    "Clamps",
    "Cranks",
    "Brackets",
    "Nozzles",
    "Gaskets",
    "Sockets",
    "Pinions",
    "Cams",
    "Shims",
    "Toggles",
]
PEOPLE = ["Ann Ode", "Bo Lind", "Cy Varn", "Di Moss", "Ed Rook", "Fay Lunt", "Gus Pell", "Hal Quade"]


def write_corpus(folder: Path, tag: str, n: int = 30) -> Path:
    """``n`` short invented articles (``<tag>_NN.txt``) for tests that build whole corpora
    (tests/test_integrity.py, tests/test_cache.py); ``tag`` makes two corpora differ."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        word = WORDS[i % len(WORDS)]
        org = f"Bureau of {tag} {word}"
        text = ARTICLE.format(
            org=org,
            abbr=f"B{tag[0]}{word[0]}{i}",
            parent=f"Ministry of {tag} {WORDS[(i + 1) % 30]}",
            city=f"Town{i}",
            leader=PEOPLE[i % 8],
            other=PEOPLE[(i + 3) % 8],
            council=f"Council of {tag} {WORDS[(i + 7) % 30]}",
            institute=f"{tag} {word} Research Institute",
            year=1950 + i,
            y2=1980 + i,
        )
        (folder / f"{tag.lower()}_{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder
