"""Infobox lists of bodies on a broadcaster's page, and more keys of the infobox templates mirrors print
(a party's wings, regional affiliations, operators, commanders), each on a short invented document.

A key printed before its value with a space ("Owned by State of Veldra, State of Tidia"), whose
values are states, names their governments; a list of affiliates, one a line, goes on with names of
no organisation word ("Cubavision International"), which are bodies (not people) and end at the next
key; "Launched" is the year a channel was founded. A body's value with what the body was after a comma
("Sand Unit, a civilian organization established in 1941, by the Tide Council") names the body alone.
"""

from __future__ import annotations

from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

CHANNEL = """Not to be confused with Tide TV.
Launched July 24, 2005
Owned by State of Venezuela, State of Cuba
Picture format 480i, 4:3 (SDTV)
Affiliates Harbour Televisión
Tide Network International
Ulton Radio
Kessel Vision Group
Headquarters Ulton, Veldra

Harbour Sur (HS) is a multi-state funded television network sponsored by several governments.
"""


def test_owners_named_as_states_are_their_governments():
    _, cs = run(CHANNEL)
    one(cs, "Harbour Sur", "controlled_by", "Government of Venezuela")
    one(cs, "Harbour Sur", "controlled_by", "Government of Cuba")
    none(cs, "Harbour Sur", "controlled_by", "State of Cuba")


def test_affiliates_one_a_line_are_bodies_to_the_next_key():
    _, cs = run(CHANNEL)
    for name in ("Harbour Televisión", "Tide Network International", "Ulton Radio", "Kessel Vision Group"):
        c = one(cs, "Harbour Sur", "affiliated_with", name)
        assert c.object_kind != "person"
    none(cs, "Harbour Sur", "affiliated_with", "Headquarters Ulton")
    one(cs, "Harbour Sur", "headquartered_in", "Ulton")
    assert one(cs, "Harbour Sur", "founded", value="2005").value == "2005"


PARTY = """Harbour Party
- Founded: 1950
- Youth wing: Harbour Youth League
- Armed wing: Tide Brigades
- Regional affiliation: Coastal Alliance of Parties
- Established by: Harbour Labour Union
- Headquartered: Ulton
- Operated by: Tide Broadcasting Corporation
- Current commander: Ada Morn
- Accountable to: Veldra Party Congress

The Harbour Party is a political party of Veldra.
"""


def test_more_keys_of_the_infobox_templates():
    _, cs = run(PARTY)
    one(cs, "Harbour Youth League", "part_of", "Harbour Party")
    one(cs, "Tide Brigades", "part_of", "Harbour Party")
    one(cs, "Harbour Party", "affiliated_with", "Coastal Alliance of Parties")
    one(cs, "Harbour Party", "established_by", "Harbour Labour Union")
    one(cs, "Harbour Party", "headquartered_in", "Ulton")
    one(cs, "Harbour Party", "operated_by", "Tide Broadcasting Corporation")
    assert one(cs, "Ada Morn", "leads", "Harbour Party").title == "Commander"
    one(cs, "Harbour Party", "subordinate_to", "Veldra Party Congress")


def test_a_value_describing_its_body_after_a_comma_names_the_body_alone():
    _, cs = run(
        "Tide Security Establishment\n\n- Preceding agency: Sand Unit, a civilian organization established in"
        " 1941, by the National Tide Council\n\nThe Tide Security Establishment is an agency of Veldra.\n"
    )
    one(cs, "Sand Unit", "absorbed_into", "Tide Security Establishment")
    assert not [c for c in cs if "civilian" in c.subject], [c.subject for c in cs]
