"""A party's infobox as mirrors print it, keys and values parted by one space: a post that keys its
holder ("Regional Secretary Ada al-Morn", "Assistant Regional SecretaryBo Lin", a particle inside
the name), the party's ideas and colours ending the list of wings above them (no node "Ideology
Tidalism"). Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

PARTY = """Tide Party

Tide Party
حزب المد
Regional Secretary Ada al-Morn
Assistant Regional SecretaryBo Lin
Founders Cy Lo
Headquarters Ulton
Paramilitary wing Tide Army
Tide Brigades (2012–present)
Ideology Tidalism
Sea nationalism
Colours Blue

The Tide Party is a political party of Veldra.

President Dan Ek visited Ulton in 2020 and met the party's leaders there.
"""


def test_a_post_keys_its_holder_in_a_party_s_infobox():
    _, cs = run(PARTY)
    assert one(cs, "Ada al-Morn", "leads", "Tide Party").title == "Regional Secretary", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Party").title == "Assistant Regional Secretary", show(cs)
    assert not find(cs, "Dan Ek", "leads"), show(cs)  # a sentence, no infobox line


def test_ideas_and_colours_end_the_wings_above_them():
    _, cs = run(PARTY)
    units = {c.subject for c in cs if c.relation == "part_of" and c.object == "Tide Party"}
    assert units == {"Tide Army", "Tide Brigades"}, show(cs)
