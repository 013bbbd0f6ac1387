"""A body's history told in prose and a party's infobox: "X was elected Director of the Chamber"
(the body by its noun), "approved ... by the Y under the name of Z" (a name, no parent), "The
counterpart in the capital is the W", and a party's "Local affiliation". Every document here is
invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

HISTORY = """An Outline History of the Ulton Tide Chamber

In 1911 Mr. Ada Morwen, a merchant, proposed to organize a chamber of tides. The Ulton Tide Chamber was \
approved for registration by the Department of Tides under the name of "Ulton General Tide Chamber".

In 1930, Mr. Bo Lindqvist was elected Director of the Chamber, and Mr. Cy Rasker as Vice-Director.

In 1941, Mr. Di Wenford was elected Chairman of the Chamber.

The counterpart in mainland Veldra is the Tide Chamber Office (TCO).
"""


def test_a_post_of_the_body_named_by_its_noun_is_a_post_of_the_pages_body():
    _, cs = run(HISTORY)
    c = one(cs, "Bo Lindqvist", "leads", "Ulton Tide Chamber")
    assert (c.title, c.start) == ("Director", 1930), show(cs)
    assert one(cs, "Di Wenford", "leads", "Ulton Tide Chamber").title == "Chairman"


def test_under_the_name_of_gives_a_name_not_a_parent():
    _, cs = run(HISTORY)
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)


def test_the_counterpart_of_a_body_is_its_partner():
    _, cs = run(HISTORY)
    assert one(cs, "Ulton Tide Chamber", "partner_of", "Tide Chamber Office")


PARTY = """Tide Alliance | |
---|---|
Abbreviation | TA |
Chairperson | Ada Morwen |
Local affiliation | Pro-Ulton camp |
Website | |
The Tide Alliance (TA) is a political party in Ulton.
"""


def test_a_partys_local_affiliation_is_a_camp_it_is_affiliated_with():
    _, cs = run(PARTY)
    assert one(cs, "Tide Alliance", "affiliated_with", "Pro-Ulton camp"), show(cs)
    assert not find(cs, "Tide Alliance", "part_of", "Pro-Ulton camp")
