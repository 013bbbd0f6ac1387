"""Issue 13: a claim's context, the sentence (or infobox or list line) around its evidence.

Every organisation, person and place here is invented. For each claim read from a document,
``text[context_start:context_start + len(context)] == context`` and the evidence sits at
``char_start - context_start`` in the context; a context longer than ``CONTEXT_MAX`` is cut
around the evidence at word boundaries and still holds the whole evidence; a curated claim
has no context. The reader keeps an HTML table's label cell apart from its value cell.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pandas as pd

import orgnet
from orgnet import cache as cache_mod
from orgnet.extract import CONTEXT_MAX, Claim, claim_context, extract_claims
from orgnet.graph import to_graph
from orgnet.render.network import page_data

PAGE = """= Office of Tides =
- Type: Government agency
- Headquarters: 12 Quay Road, Port Ashby
- Parent Organization: Ministry of Water

The Office of Tides (OT) is a government agency of Ruritania. In 1990, the Office of Tides was placed under \
the Ministry of Water, which also runs the Harbour Almanac.

== Directors ==
- Ilsa Marrow (March 1990 – April 1995)
- Orin Calder (April 1995 – May 2001)
"""


def _claims(text: str, name: str = "t.txt") -> tuple[str, list[Claim]]:
    doc = orgnet.parse_text(text, name)
    return doc.text, extract_claims(doc)


def _check(text: str, c: Claim) -> int:
    """The invariants of one claim's context; returns the evidence's offset in it."""
    assert c.context_start is not None, c
    assert text[c.context_start : c.context_start + len(c.context)] == c.context, c
    at = c.char_start - c.context_start
    assert 0 <= at and c.context[at : at + len(c.evidence)] == c.evidence, c
    assert c.context == c.context.strip() and len(c.context) <= max(CONTEXT_MAX, len(c.evidence)), c
    return at


def _one(claims: list[Claim], relation: str, method: str, **kw) -> Claim:
    hits = [
        c
        for c in claims
        if c.relation == relation and c.method == method and all(getattr(c, k) == v for k, v in kw.items())
    ]
    assert hits, [(c.relation, c.method, c.subject, c.object, c.value) for c in claims]
    return hits[0]


def test_every_claim_has_its_context_at_the_right_offset():
    text, claims = _claims(PAGE)
    assert claims
    for c in claims:
        _check(text, c)


def test_prose_context_is_the_whole_sentence():
    text, claims = _claims(PAGE)
    c = _one(claims, "subordinate_to", "pattern")
    assert c.context == (
        "In 1990, the Office of Tides was placed under the Ministry of Water, which also runs the Harbour Almanac."
    )
    assert len(c.context) > len(c.evidence)  # the whole sentence, not the raw slice
    assert _check(text, c) == c.char_start - c.context_start


def test_a_quote_that_starts_mid_sentence_gets_the_sentence_start():
    text, claims = _claims(
        "Bureau of Tests\n\nThe Harbour Club, known publicly as the Bureau of Tests "
        '(BOT; Ruritanian: Testamt) under an arrangement called "one body, two names", '
        "is overseen by the Ministry of Widgets.\n"
    )
    for c in claims:
        at = _check(text, c)
        assert c.context.startswith("The Harbour Club, known publicly") and c.context.endswith("Ministry of Widgets.")
        assert at == c.char_start - text.index("The Harbour Club")


def test_list_context_is_the_list_line():
    text, claims = _claims(PAGE)
    c = _one(claims, "leads", "list", subject="Orin Calder")
    assert c.context == "- Orin Calder (April 1995 – May 2001)"
    assert _check(text, c) == 2


def test_infobox_context_is_the_field_line():
    text, claims = _claims(PAGE)
    c = _one(claims, "subordinate_to", "infobox")
    assert c.context == "- Parent Organization: Ministry of Water"
    _check(text, c)
    # a glued infobox line ("Headquarters12 Quay Road") is its own context, as the text has it
    text, claims = _claims(
        "Office of Tides\nHeadquarters12 Quay Road, Port Ashby\nFormation1950\n\n"
        "The Office of Tides is a government agency of Ruritania.\n"
    )
    c = _one(claims, "founded", "infobox")
    assert c.context == "Formation1950"
    _check(text, c)


def test_a_very_long_sentence_is_cut_around_the_span_at_word_boundaries():
    filler = " ".join(f"word{i}" for i in range(150))  # about 1,000 characters of words
    sentence = (
        f"In an account that lists {filler}, the Office of Tides was placed under the Ministry of Water, as {filler}."
    )
    text, claims = _claims(f"Office of Tides\n\n{sentence}\n")
    c = _one(claims, "subordinate_to", "pattern")
    _check(text, c)
    assert len(sentence) > 2 * CONTEXT_MAX and CONTEXT_MAX - 20 <= len(c.context) <= CONTEXT_MAX
    a, b = c.context_start, c.context_start + len(c.context)
    assert text[a - 1].isspace() and text[b].isspace()  # whole words: cut where a space was
    before, after = c.char_start - a, b - c.char_end
    assert abs(before - after) <= 20  # about as much on either side
    # the rule, on plain text: an evidence longer than the limit is its own context
    t = "aaa bbb ccc ddd eee"
    assert claim_context(t, 4, 11, [(0, len(t))], limit=5) == (4, 11)
    assert claim_context(t, 4, 11, [(0, len(t))], limit=14) == (4, 15)
    t = "aaaa bbb ccc dddd eee"
    assert claim_context(t, 5, 12, [(0, len(t))], limit=12) == (5, 12)  # cuts inside "aaaa" and "dddd" drop them


def test_the_tables_carry_context_last_and_curated_claims_have_none(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tides.txt").write_text(PAGE, "utf-8")
    (docs / "curations.yaml").write_text(
        "- add:\n    subject: Office of Tides\n    relation: part_of\n    object: Ruritanian Sea Council\n"
        "    citation: Council report 2021, p. 4\n  author: ana\n  reason: invented for a test\n",
        "utf-8",
    )
    tables = orgnet.build(docs, jobs=1)
    claims = tables.claims
    assert list(claims.columns)[-2:] == ["context", "context_start"]
    assert list(claims.columns)[:-2] == [c for c in orgnet.tables.SCHEMA["claims"] if not c.startswith("context")]
    text = orgnet.read_document(docs / "tides.txt").text
    for r in claims[claims["doc"] == "tides.txt"].itertuples():
        assert text[r.context_start : r.context_start + len(r.context)] == r.context
        assert r.context[r.char_start - r.context_start :][: len(r.evidence)] == r.evidence
    cur = claims[claims["method"] == "curated"]
    assert len(cur) == 1 and cur.iloc[0]["context"] == "" and cur.iloc[0]["context_start"] is pd.NA
    # written and read back, CSV and Parquet, the columns survive
    tables.write(tmp_path / "out")
    back = orgnet.read_tables(tmp_path / "out").claims
    assert back["context"].tolist() == claims["context"].tolist()
    assert back["context_start"].astype("Int64").tolist() == claims["context_start"].tolist()
    csv = pd.read_csv(tmp_path / "out" / "claims.csv", dtype=str, keep_default_na=False)
    assert list(csv.columns)[-2:] == ["context", "context_start"]
    # the side panel's data: the context and where the evidence sits in it
    G = to_graph(tables)
    data = page_data(G, claims=claims)
    cites = [c for e in data["edges"] for c in e["claims"] if c.get("found")]
    assert cites
    for c in cites:
        assert c["context"][c["offset"] : c["offset"] + len(c["evidence"])] == c["evidence"]
    curated = [c for c in cites if c["method"] == "curated"]
    assert curated and curated[0]["context"] == curated[0]["evidence"] and curated[0]["offset"] == 0


def test_parse_cache_changes_version_with_the_claim_fields():
    """Cached parses hold the claims' fields: the module defining Claim is part of the parser
    version, so caches written before the context fields are not read."""
    here = Path(cache_mod.__file__).parent
    hashed = {p.resolve() for pattern in cache_mod._PARSER_MODULES for p in here.glob(pattern)}
    assert Path(inspect.getfile(Claim)).resolve() in hashed
    assert Path(inspect.getfile(claim_context)).resolve() in hashed
