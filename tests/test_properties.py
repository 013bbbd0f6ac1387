"""Properties of the read -> extract -> resolve stages on arbitrary text (hypothesis).

Whatever the text: reading and extracting never crash (or raise only ``orgnet.OrgnetError``),
every sentence is the document text at its offsets, every claim's evidence is the document
text at its offsets, and resolving the claims does not crash. Organisations are invented.
"""

from __future__ import annotations

from claim_helpers import reads_as  # tests/claim_helpers.py (on sys.path via conftest)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import orgnet
from orgnet import vocabulary

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- strategies

# infobox keys come from the package vocabulary, so the generated lines reach the field code
FIELD_KEYS = sorted({f["key"] for f in vocabulary.fields()})

ORG_NAMES = [
    "Ministry of Widgets",
    "Bureau of Tests",
    "Widget Research Institute",
    "Council of Gadgets",
    "Office of Gizmos (OOG)",
    "3rd Bureau of the Ministry of Widgets",
    "MOW",
    "BOT",
    "Foundation for Cogs and Sprockets",
    "Li Wei",
    "Anna Karlsson",
    "Springfield, Ruritania",
]
PHRASES = [
    "is overseen by",
    "was founded in",
    "operates",
    "is part of",
    "is a front organization for",
    "according to",
    "allegedly",
    "reports directly to",
    "was established by",
    "is funded by",
    "publishes the journal",
    "it",
    "the bureau",
    "its",
    "is affiliated with",
    "placed under",
]

word = st.one_of(
    st.sampled_from(ORG_NAMES + PHRASES),
    st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=8),
    st.sampled_from(["测试局", "小部件部", "中国", "(Chinese: 测试局)", "“", "”", "’s", "'s"]),
)
punct = st.sampled_from(
    [
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "(",
        ")",
        "[",
        "]",
        "[1]",
        " [2]",
        "[a]",
        "[citation needed]",
        "–",
        "—",
        "-",
        "|",
        '"',
        "'",
        "…",
        "\u00a0",
        "\t",
        " ",
    ]
)
number = st.one_of(st.integers(0, 3000).map(str), st.sampled_from(["1950", "2024", "1990s", "12th", "3rd"]))
token = st.one_of(word, punct, number)
phrase = st.lists(token, min_size=1, max_size=16).map(lambda ts: " ".join(ts))


@st.composite
def line(draw) -> str:
    p = draw(phrase)
    kind = draw(st.integers(0, 15))
    key = draw(st.sampled_from(FIELD_KEYS))
    if kind == 0:
        return f"- {key}: {p}"
    if kind == 1:
        return f"{key}{p}"  # glued key and value
    if kind == 2:
        return f"{key} {p}"
    if kind == 3:
        return f"| {key} | {p} |"
    if kind == 4:
        return f"{draw(st.sampled_from(['=', '==', '===']))} {p} {draw(st.sampled_from(['=', '==', '']))}"
    if kind == 5:
        return draw(
            st.sampled_from(
                [
                    "References",
                    "Related Research Articles",
                    "See also",
                    "Contents",
                    "Directors",
                    "== Directors ==",
                    "Leadership team",
                    "Last updated",
                    "References edit",
                    "External links",
                    "Edit this at Wikidata",
                ]
            )
        )
    if kind == 6:
        return f'<span class="mw-page-title-main">{p}</span> {draw(phrase)}'
    if kind == 7:
        return f"{draw(st.sampled_from(['-', '*', '•', '1)']))} {p}"
    if kind == 8:  # leader list entry with dates
        name = draw(st.sampled_from(["Li Wei", "Anna Karlsson", "Unknown", "Wang Xiaoming", p]))
        a = draw(st.sampled_from(["March 1990", "1980", "unknown", "", draw(number)]))
        b = draw(st.sampled_from(["present", "May 2001", "2010", "?", draw(number)]))
        return f"{draw(st.sampled_from(['- ', '* ', '']))}{name} ({a} {draw(st.sampled_from(['–', '-', '—']))} {b})"
    if kind == 9:
        return f"{draw(st.integers(1, 120))}. {draw(st.sampled_from(['^ a b ', '^ ', '1 2 ', '']))}{p}"
    if kind == 10:
        return f"{p} ({draw(st.sampled_from(['Director', 'President', 'ABC', 'Chinese: 测试']))})"
    if kind == 11:
        return f"<{draw(st.sampled_from(['p', 'div', 'script', 'b', 'br', 'li']))}>{p}</p>"
    return p + draw(st.sampled_from([".", "", ".[1]", ". ", "?"]))


structured_text = st.lists(st.one_of(line(), line(), st.just("")), min_size=1, max_size=30).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(lambda nl: nl.join(lines))
)

names_and_triggers = st.lists(
    st.sampled_from(ORG_NAMES + PHRASES + ["(", ")", ".", ",", "[1]", "and", "of the", "\n"]), max_size=40
).map(" ".join)


# --------------------------------------------------------------------------- the properties


def check_text(text: str) -> None:
    try:
        doc = orgnet.parse_text(text, "x.txt")
        claims = orgnet.extract_claims(doc)
    except orgnet.OrgnetError:
        return
    for s in doc.sentences + [s for b in doc.related for s in b.sentences]:
        assert doc.text[s.start : s.end] == s.text, (s.start, s.end, s.text)
        assert len(s.clean) == len(s.text)
    for c in claims:  # offsets count characters of the file as decoded (doc.raw); the evidence is that span as read
        assert 0 <= c.char_start <= c.char_end <= len(doc.raw), (c.char_start, c.char_end, len(doc.raw))
        assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), (
            c.relation,
            c.char_start,
            c.char_end,
            c.evidence,
        )
        if doc.source_map.identity:
            assert doc.text[c.char_start : c.char_end] == c.evidence, (c.relation, c.char_start, c.char_end, c.evidence)
    orgnet.resolve(claims)


def check_names_resolve(text: str) -> None:
    """Every claim's subject (and object, when it has one) is an entity of the resolution:
    claims.subject and claims.object are node ids (DESIGN.md), never empty for a found claim."""
    try:
        claims = orgnet.extract_claims(orgnet.parse_text(text, "x.txt"))
    except orgnet.OrgnetError:
        return
    res = orgnet.resolve(claims)
    for c in claims:
        assert res.id_of(c.subject) in res.entities, f"subject {c.subject!r} of {c.relation} is no entity"
        if c.object:
            assert res.id_of(c.object) in res.entities, f"object {c.object!r} of {c.relation} is no entity"
    for e in res.entities.values():  # a node is named by something with a letter or digit in it
        assert any(ch.isalnum() for ch in e.label), f"entity {e.id!r} is labelled {e.label!r}"


@SETTINGS
@given(st.text())
def test_any_text(text):
    check_text(text)


@SETTINGS
@given(structured_text)
def test_text_shaped_like_articles(text):
    check_text(text)


@SETTINGS
@given(names_and_triggers)
def test_sentences_of_names_and_triggers(text):
    check_text(text)


@SETTINGS
@given(st.one_of(structured_text, names_and_triggers))
@example(". \n is affiliated with Ministry of Widgets")  # title "." -> subject "."
@example("= Bureau of Tests =\n- Parent organization: ,\n")  # field value "," -> object ","
@example("(\n\nIt is overseen by the Council of Gadgets.\n")  # title "(" -> a node labelled "("
def test_claim_subjects_and_objects_are_entities(text):
    check_names_resolve(text)


def test_examples_that_once_were_hard():
    for text in [
        "",
        "\ufeff",
        "\r\n\r\n",
        "= =",
        "==\n==",
        "(",
        ")" * 50,
        "[1]" * 30,
        "- : ",
        "测试局",
        '<span class="mw-page-title-main"></span>',
        "It.",
        "1. ^ a b",
        "A (B – C)",
        "Bureau of Tests (BOT; Chinese: 测试局) is part of the Ministry of Widgets.[1][2]",
    ]:
        check_text(text)


# --------------------------------------------------------------------------- ids


def test_node_ids_do_not_depend_on_the_hash_seed(tmp_path, orgnet_cli):
    """An id is a stable slug of the label, the same in every process (DESIGN.md: nodes.id),
    also for a label with no ASCII letters."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "= 测试局 =\n- Parent organization: 小部件部\n\nThe Bureau of Tests is overseen by the Ministry of Widgets.\n",
        encoding="utf-8",
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        r = orgnet_cli("build", folder, "--out", out, env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.append(out)
    a = (outs[0] / "nodes.csv").read_bytes()
    b = (outs[1] / "nodes.csv").read_bytes()
    assert a.count(b"\n") >= 3  # the CJK-named nodes are there
    assert a == b, f"nodes.csv differs between processes:\n{a.decode()}\n---\n{b.decode()}"
