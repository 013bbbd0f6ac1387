"""Issue 12, sources: compatible values are no conflict, mirror copies count once,
``sources.yaml`` metadata reaches the documents table. Invented values and snippets only."""

from __future__ import annotations

import math

import pytest

import orgnet
from orgnet.extract import Claim
from orgnet.tables import make_tables
from orgnet.values import compatible, value_range

# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    "a, b",
    [
        ("approximately 400", "over 400"),
        ("about 1,000", "1,000"),
        ("around 250", "roughly 240"),
        ("some 5,000", "more than 4,800"),
        ("at least 300", "300"),
        ("up to 80", "75"),
        ("fewer than 90", "under 100"),
        ("nearly 600", "about 580"),
        ("1,200+", "over 1,500"),
        ("1.5 million", "about 1,500,000"),
        ("400 researchers", "approximately 400"),
    ],
)
def test_compatible_counts(a, b):
    assert compatible(a, b, "count") and compatible(b, a, "count")


@pytest.mark.parametrize(
    "a, b",
    [
        ("400", "4,000"),
        ("approximately 400", "4,000"),
        ("over 400", "under 300"),
        ("nearly 400", "over 400"),  # just under and just over never meet
        ("400", "over 400"),  # a plain number is exact: "over" excludes it
        ("up to 80", "more than 80"),
        ("about 1,000", "1,500"),
    ],
)
def test_incompatible_counts(a, b):
    assert not compatible(a, b, "count") and not compatible(b, a, "count")


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("1983", "in 1983", True),
        ("1983", "1984", False),
        ("around 1983", "1984", True),
        ("the 1980s", "1987", True),
        ("the 1980s", "1991", False),
        ("since 1983", "1983", True),
    ],
)
def test_years(a, b, same):
    assert compatible(a, b, "year") is same
    assert compatible(b, a, "year") is same


def test_values_that_are_not_numbers_compare_as_text():
    assert compatible("Jan Smit", "jan  smit")
    assert not compatible("Jan Smit", "Ola Berg")
    assert value_range("400 in 2010 and 500 in 2020") is None
    assert value_range("over 400").hi == math.inf


# --------------------------------------------------------------------------- conflicts


def _claim(doc, relation, value, subject="Bureau of Tides", n=0):
    ev = f"The {subject} {relation} {value}."
    return Claim(
        subject=subject,
        relation=relation,
        value=value,
        doc=doc,
        char_start=n,
        char_end=n + len(ev),
        evidence=ev,
        method="pattern",
        confidence=0.6,
    )


def _tables(claims_by_doc):
    from orgnet.read.model import DocumentSummary

    docs = [DocumentSummary(doc=d) for d in claims_by_doc]
    return make_tables(docs, claims_by_doc, orgnet.resolve([c for cs in claims_by_doc.values() for c in cs]))


@pytest.mark.parametrize(
    "field, a, b, conflict",
    [
        ("staff", "approximately 400", "over 400", False),
        ("staff", "about 1,000", "1,000", False),
        ("founded", "1983", "in 1983", False),
        ("staff", "400", "4,000", True),
        ("founded", "1983", "1984", True),
    ],
)
def test_conflicts_table_keeps_only_values_that_cannot_both_be_true(field, a, b, conflict):
    t = _tables({"a.txt": [_claim("a.txt", field, a)], "b.txt": [_claim("b.txt", field, b)]})
    rows = t.conflicts[t.conflicts["field"] == field]
    assert len(rows) == (1 if conflict else 0), t.conflicts.to_string()
    if conflict:
        assert rows.iloc[0]["docs"] == f"{a}: a.txt; {b}: b.txt"


def test_a_third_value_that_disagrees_makes_the_conflict_and_all_values_are_listed():
    t = _tables(
        {
            "a.txt": [_claim("a.txt", "staff", "approximately 400")],
            "b.txt": [_claim("b.txt", "staff", "over 400")],
            "c.txt": [_claim("c.txt", "staff", "4,000")],
        }
    )
    assert t.conflicts["values"].tolist() == ["approximately 400;over 400;4,000"]


# --------------------------------------------------------------------------- mirrors

_ARTICLE = [
    "The Bureau of Tides is a government agency of the Republic of Ruritania that measures the sea.",
    "It was founded in 1950 by the Ministry of Water and is headquartered in Port Ashby.",
    "The bureau runs forty gauges along the northern coast and publishes a yearly almanac of the tides.",
    "In 1972 the bureau was placed under the Ministry of Coasts after a long dispute about its budget.",
    "Critics have described its almanac as the most reliable record of storm surges in the region.",
    "The Bureau of Tides is funded by the Harbour Fund and works with the Institute of Sea Studies.",
    "Its director since 2019 has been Ola Berg, a hydrographer who previously led the gauge network.",
]


def _dash_copy() -> str:
    body = " ".join(f"{s}[{i + 1}]" for i, s in enumerate(_ARTICLE))
    return (
        "= Bureau of Tides =\n\n- Type: Government agency\n- Headquarters: Port Ashby\n\n"
        f"{body}\n\n== References ==\n- 1. Smit, Jan (2001). Tides.\n"
    )


def _scrape_copy() -> str:
    # another site's copy: other header, spaced markers, lines wrapped differently, a sidebar
    lines = [f"{s} [{i + 1}]" for i, s in enumerate(_ARTICLE)]
    return (
        "Bureau of Tides\n\nLast updated\nBureau of Tides\nHeadquarters Port Ashby\n\n"
        + "\n\n".join(lines[:3])
        + "\n\n"
        + "\n\n".join(lines[3:])
        + "\n\n"
        'Related Research Articles\n\n<span class="mw-page-title-main">Harbour Fund</span> Ruritanian fund\n\n'
        "The Harbour Fund is a public fund of Ruritania that pays for the upkeep of harbours and their lights.\n"
    )


_OTHER_ARTICLE = (
    "Bureau of Tides\n\n"
    "The Bureau of Tides is a Ruritanian agency founded in 1950. Fishermen in Port Ashby say its tide "
    "tables saved many boats during the great storm of 1987, when the harbour walls broke. The agency's "
    "budget was cut twice in the 1990s, and several of its coastal stations closed for good. A new "
    "director, Ola Berg, promised in 2019 to reopen two stations and to put the gauge readings online, "
    "where sailors can read them every hour. The Institute of Sea Studies has questioned the accuracy "
    "of the older records, which were kept by hand until 1968.\n"
)


def _build(tmp_path, files: dict[str, str]) -> orgnet.Tables:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    return orgnet.build(folder, jobs=1)


def test_a_mirror_copy_in_another_layout_is_found_and_counts_once(tmp_path):
    t = _build(tmp_path, {"a.txt": _dash_copy(), "b.txt": _scrape_copy()})
    docs = t.documents.set_index("doc")
    assert docs.loc["a.txt", "mirror_of"] == ""
    assert docs.loc["b.txt", "mirror_of"] == "a.txt"
    # an edge both copies state is as confident as the better copy alone
    claims = t.claims
    both = t.edges[t.edges["docs"].str.contains("a.txt") & t.edges["docs"].str.contains("b.txt")]
    assert len(both), t.edges[["source", "relation", "target", "docs"]].to_string()
    for rec in both.to_dict("records"):
        ids = rec["claim_ids"].split(";")
        best = claims[claims["claim_id"].isin(ids)]["confidence"].max()
        assert rec["confidence"] == pytest.approx(min(best, 0.99), abs=1e-3)


def test_two_articles_about_the_same_body_are_not_mirrors(tmp_path):
    t = _build(tmp_path, {"a.txt": _dash_copy(), "b.txt": _OTHER_ARTICLE})
    assert t.documents["mirror_of"].tolist() == ["", ""]


def test_independent_documents_still_add_up(tmp_path):
    # the same edge stated by two different articles is more confident than by either alone
    t = _build(tmp_path, {"a.txt": _dash_copy(), "b.txt": _OTHER_ARTICLE})
    e = t.edges[t.edges["docs"].str.contains("a.txt") & t.edges["docs"].str.contains("b.txt")]
    for rec in e.to_dict("records"):
        ids = rec["claim_ids"].split(";")
        best = t.claims[t.claims["claim_id"].isin(ids)]["confidence"].max()
        assert rec["confidence"] > best or rec["confidence"] == 0.99


def test_mirror_detection_by_fingerprints_alone():
    from orgnet.read.document import parse_text, summarize
    from orgnet.read.mirrors import find_mirrors, similarity

    a, b, c = (
        summarize(parse_text(text, name))
        for name, text in (("a.txt", _dash_copy()), ("b.txt", _scrape_copy()), ("c.txt", _OTHER_ARTICLE))
    )
    assert similarity(a.fingerprint, b.fingerprint) >= 0.8
    assert similarity(a.fingerprint, c.fingerprint) < 0.2
    # a third copy names the first, in build order; a short text has no fingerprint
    b2 = summarize(parse_text(_scrape_copy().replace("Last updated", "Archived copy"), "d.txt"))
    short = summarize(parse_text("The Bureau of Tides measures the sea.", "e.txt"))
    assert short.fingerprint == b""
    assert find_mirrors([a, c, b, b2, short]) == {"b.txt": "a.txt", "d.txt": "a.txt"}


# --------------------------------------------------------------------------- where people read it

HOSTILE = "<script>alert(1)</script>"


def _conflicting(tmp_path) -> orgnet.Tables:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "The Bureau of Tides is an agency of Ruritania. The Bureau of Tides was founded in 1950.\n", "utf-8"
    )
    (docs / "b.txt").write_text("The Bureau of Tides was founded in 1957. It measures the sea.\n", "utf-8")
    (docs / "sources.yaml").write_text(
        f'a.txt: {{title: "Tide Almanac {HOSTILE}", reliability: B, reliability_reason: "A reason {HOSTILE}"}}\n'
        'b.txt: {title: "", reliability: D}\n',
        "utf-8",
    )
    return orgnet.build(docs, jobs=1)


def _data(page: str) -> dict:
    import json
    import re

    raw = re.search(r'<script type="application/json" id="orgnet-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


def test_documents_table_carries_the_reason_and_a_briefing_lists_conflicts_per_node(tmp_path):
    from orgnet.render.briefing import briefing_html

    t = _conflicting(tmp_path)
    docs = t.documents.set_index("doc")
    assert docs.loc["a.txt", "reliability_reason"] == f"A reason {HOSTILE}"
    assert t.conflicts["field"].tolist() == ["founded"]
    eid = t.conflicts.iloc[0]["entity"]
    page = briefing_html(t, view="ego", focus=eid, depth=1, generated="2024-01-01 00:00 UTC")
    assert HOSTILE not in page  # the title and reason are escaped in the sources list and the JSON
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    data = _data(page)
    assert data["conflicts"] == {
        eid: [
            {"field": "founded", "values": [{"value": "1950", "docs": ["a.txt"]}, {"value": "1957", "docs": ["b.txt"]}]}
        ]
    }
    assert data["documents"]["a.txt"] == f"Tide Almanac {HOSTILE}"


def test_explorer_names_documents_by_title(tmp_path):
    from orgnet.explorer import Explorer, edge_table_html

    t = _conflicting(tmp_path)
    ex = Explorer(t)
    labels = {o["value"]: o for o in ex.documents.options}
    title_a = t.documents.set_index("doc").loc["a.txt", "title"]
    assert labels["a.txt"]["label"] == title_a and labels["a.txt"]["detail"] == "a.txt"  # the file name on hover
    table = edge_table_html(ex.state.edges, titles={"a.txt": "Tide <b>Almanac</b>"})
    if "a.txt" in " ".join(ex.state.edges["docs"]):
        assert 'Tide &lt;b&gt;Almanac&lt;/b&gt; <span class="file">a.txt</span>' in table
    assert "conflicts" in _data(ex.page()) and ex.network.base["conflicts"]
