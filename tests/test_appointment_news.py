"""Appointments told in news stories with no title line (issue 10: extraction that holds on real pages).

Each test runs the extractor on a short invented news text (fictional bodies, people and places) and
checks one general rule.
"""

from __future__ import annotations

from claim_helpers import find, none, one, run, show

TO = "Tide Office"

# a story with no title line: its first sentence appoints a person; the body is named after it
NO_TITLE = """Ada Morn, who has just resigned from her post as governor of Veldra province, is now appointed as \
Director of the Tide Office (TO), replacing Bo Lin.

The Tide Office was set up in 1961 and reports to the Ministry of Tides. The agency has a staff of 400.

Critics say the agency was placed under the Harbour Council in 1990.
"""


def test_an_appointment_sentence_defines_no_page_subject():
    # "Ada Morn, who ..., is now appointed as Director of X" is no defining sentence: the page is about
    # the body it names most, so "the agency" is the Tide Office, never the person
    _, cs = run(NO_TITLE)
    one(cs, "Ada Morn", "leads", TO, evidence_has="is now appointed as Director")
    one(cs, TO, "subordinate_to", "Harbour Council", evidence_has="the agency was placed under")
    assert [c.value for c in find(cs, TO, "staff")] == ["400"], show(cs)
    none(cs, "Ada Morn", "subordinate_to", "Harbour Council")
    assert not find(cs, "Ada Morn", "staff"), show(cs)


def test_a_body_defined_with_a_relative_clause_still_defines_the_subject():
    # the rule keeps "The X, which ..., was set up ..." and a body "named after" someone a defining sentence
    _, cs = run(
        "The Tide Office (TO), which watches the coast, was named after Ada Morn in 1961.\n\n"
        "The agency was placed under the Harbour Council in 1990.\n"
    )
    one(cs, TO, "subordinate_to", "Harbour Council")
