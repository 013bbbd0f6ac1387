"""Link glosses of hyperlinked encyclopedia mirrors (issue 10): after each linked term the mirror
prints the opening of the linked article, cut and ending in "...". The reader drops the gloss,
keeps the term, joins the sentence the links broke, and keeps every claim's offsets in the file.

All snippets are invented (fictional bodies, places and people).
"""

from __future__ import annotations

import orgnet
from orgnet.read.document import parse_text
from orgnet.read.glosses import gloss_start, link_gloss_edits
from orgnet.read.lines import open_break

# form (a): the sentence broken at every link, each term's line carrying its gloss
INLINE = "\n".join(
    [
        "Tide Office",
        "",
        "The Tide Office (TO) was a secret",
        "Cold Season The Cold Season is a term used for the long winter of Ulton, when the harbours freeze and the ...",
        "department of the Veldran",
        "Harbour Ministry Harbour may refer to: * Harbour (Ulton), a town on the coast ** Harbour Ministry, a body of ...",
        ", created to publish",
        "tide tables Tide tables are lists of the times of high and low water at the ports of Ulton and Veldra ...",
        "for the fleet. The office was headed by",
        "Ada Morn Ada Morn (born 1950) is a Veldran civil servant and writer on weather, known for the Almanac ...",
        ", its director. The Harbour Almanac Society is a front for the Tide Office, set up in 1950.",
        "",
    ]
)

# form (b): the clean paragraph, then the same again with the term alone and its gloss after each term
CLEAN = [
    "The Tide Office (TO) was a secret Cold Season",
    "department of the Veldran Harbour Ministry",
    ", created to publish tide tables for the fleet.",
]
GLOSSED = [
    "The Tide Office (TO) was a secret Cold Season",
    "Cold Season",
    "The Cold Season is a term used for the long winter of Ulton, when the harbours freeze and the ...",
    "department of the Veldran Harbour Ministry",
    "Harbour Ministry",
    "Harbour may refer to: * Harbour (Ulton), a town on the coast ** Harbour Ministry, a body of ...",
    ", created to publish tide tables for the fleet.",
]
REPEATED = "\n".join(["Tide Office", "", *CLEAN, "", *GLOSSED, ""])

GLOSS_WORDS = ("long winter", "may refer", "high and low water", "civil servant", "Ulton", "Veldra ")


def _claims(text: str) -> list[orgnet.Claim]:
    return orgnet.extract_claims(parse_text(text, "mirror.txt"))


def _edges(claims) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in claims if c.object}


def test_a_gloss_starts_where_the_linked_article_repeats_the_term():
    for line, gloss in [
        ("Cold Season The Cold Season is a term used for the long winter of Ulton, when the ...", "The Cold Season"),
        ("Harbour Ministry Harbour may refer to: * Harbour (Ulton), a town on the coast ...", "Harbour may"),
        (
            "anti-tidal Anti-tidalism is the opposition to the tide tables of Veldra and of the Ulton ...",
            "Anti-tidalism",
        ),
        ("black tides Black tides are the dark waters of the Ulton coast in the Cold Season, when …", "Black tides"),
    ]:
        k = gloss_start(line)
        assert k is not None and line[k:].startswith(gloss), (line, k)


def test_a_line_that_only_ends_in_dots_is_no_gloss():
    for line in [
        "The Tide Office named Ada Morn its chief on Monday, the ministry said in a short note ...",
        "Cold Season",
        "Harbour Ministry Harbour may refer to ships",  # no final "..."
        "Tide Office moves to Ulton Ulton ...",  # too short a gloss
    ]:
        assert gloss_start(line) is None, line


def test_inline_glosses_are_dropped_and_the_sentence_rejoined():
    d = parse_text(INLINE, "mirror.txt")
    assert not any(w in d.text for w in GLOSS_WORDS), d.text
    assert "The Tide Office (TO) was a secret Cold Season department of the Veldran Harbour Ministry, created" in d.text
    assert any("link glosses removed" in w for w in d.warnings)
    edges = _edges(orgnet.extract_claims(d))
    assert ("Tide Office", "subordinate_to", "Veldran Harbour Ministry") in edges
    assert ("Ada Morn", "leads", "Tide Office") in edges
    assert ("Harbour Almanac Society", "front_for", "Tide Office") in edges


def test_before_the_fix_the_glosses_broke_the_sentence():
    """The same page without the rule (the gloss kept inside the sentence) loses the claims: the test can fail."""
    d = parse_text("\n".join(ln.replace(" ...", ".") for ln in INLINE.split("\n")), "mirror.txt")
    assert ("Tide Office", "subordinate_to", "Veldran Harbour Ministry") not in _edges(orgnet.extract_claims(d))


def _cleaned(text: str, a: int, b: int) -> str:
    """``text[a:b]`` as the reader made it: each gloss edit inside applied."""
    out, pos = [], a
    for ea, eb, s in link_gloss_edits(text):
        if eb <= a or ea >= b:
            continue
        out += [text[pos : max(ea, a)], s]
        pos = min(eb, b)
    return "".join(out) + text[pos:b]


def test_claim_offsets_point_into_the_file():
    d = parse_text(INLINE, "mirror.txt")
    claims = orgnet.extract_claims(d)
    assert len(claims) >= 4
    for c in claims:  # the file's slice under each claim, its glosses taken out, is the evidence
        assert _cleaned(INLINE, c.char_start, c.char_end) == c.evidence, (INLINE[c.char_start : c.char_end], c)
    front = next(c for c in claims if c.relation == "front_for")
    assert INLINE[front.char_start : front.char_end] == front.evidence  # on one line of the file: the same text
    sub = next(c for c in claims if c.relation == "subordinate_to")
    span = INLINE[sub.char_start : sub.char_end]
    assert "long winter of Ulton" in span  # the file's text, gloss and all, under the evidence
    assert sub.evidence == "Tide Office (TO) was a secret Cold Season department of the Veldran Harbour Ministry"


def test_repeated_block_drops_the_term_alone_and_its_gloss():
    d = parse_text(REPEATED, "mirror.txt")
    assert not any(w in d.text for w in GLOSS_WORDS), d.text
    assert d.text.count("The Tide Office (TO) was a secret Cold Season") == 2
    claims = orgnet.extract_claims(d)
    assert ("Tide Office", "subordinate_to", "Veldran Harbour Ministry") in _edges(claims)
    for c in claims:
        assert "Cold Season is" not in c.evidence and "may refer" not in c.evidence
        assert _cleaned(REPEATED, c.char_start, c.char_end) == c.evidence, c


def test_no_gloss_word_becomes_a_node(tmp_path):
    (tmp_path / "inline.txt").write_text(INLINE, encoding="utf-8")
    (tmp_path / "repeated.txt").write_text(REPEATED, encoding="utf-8")
    nodes = orgnet.build(tmp_path, jobs=1).nodes
    labels = set(nodes["label"])
    assert {"Tide Office", "Veldran Harbour Ministry", "Ada Morn", "Harbour Almanac Society"} <= labels, labels
    assert not labels & {"Ulton", "Veldra", "Cold Season", "Harbour", "Tide tables", "Black tides"}, labels
    assert not any("may refer" in x or "Cold Season is" in x for x in labels), labels


def test_a_line_opening_on_a_comma_goes_on_with_the_sentence_above():
    assert open_break("department of the Veldran Harbour Ministry", ", created to publish tide tables")
    assert not open_break("The Tide Office publishes tide tables.", ", created to publish")


def test_pages_with_cut_teasers_are_left_alone():
    """News teasers and cut excerpts end in "..." too; one such line, or headlines over their
    teasers, are no glosses."""
    news = "\n".join(
        [
            "Latest news",
            "12 March 2031",
            "Harbour Ministry names Ada Morn chief of Tide Office The Harbour Ministry on Monday named Ada Morn ...",
            "13 March 2031",
            "Tide Office moves to Ulton The Tide Office will move its seat to Ulton next year, the ministry said ...",
            "Read more",
        ]
    )
    excerpt = (
        "The Tide Office was founded in 1950 by the Harbour Ministry and\nTide Office The Tide Office is a body ..."
    )
    for text in (news, excerpt, INLINE.split("department of the Veldran")[0]):
        assert link_gloss_edits(text) == [], text
    assert parse_text(news, "news.txt").text == news
