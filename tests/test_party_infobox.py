"""A party's infobox as mirrors print it, keys and values parted by one space: a post that keys its
holder ("Regional Secretary Ada al-Morn", "Assistant Regional SecretaryBo Lin", a particle inside
the name), the party's ideas and colours ending the list of wings above them (no node "Ideology
Tidalism"); a mass organisation's pipe table with each key and its value on lines of their own, a
lone "|" between ("Chairperson" / "|" / "Ada Morn |"); a party's leaders as bullets of a qualified
post and the holder ("- First Secretary Ada Morn (dates)": the post is no part of her name); a body
value naming two bodies joined by "and" ("National Congress and Executive Committee"), not a name with
"and" inside ("Ministry of Trade and Industry"); a mirror's link to another language's wiki ("[ zh]")
is no part of a name. Every document here is invented."""

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


UNION = """Tide Women's Union

Predecessor | Tide Women's League |
---|---|
Formation | 18 November 1945 |
Chairperson
|
Ada Morn |
Vice director
|
Bo Lin |
Parent organization
|
Tide Front |
The Tide Women's Union is a mass organization.
"""


def test_a_pipe_table_s_key_and_value_on_lines_of_their_own():
    _, cs = run(UNION)
    assert one(cs, "Ada Morn", "leads", "Tide Women's Union").title == "Chairperson", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Women's Union").title == "Vice Director", show(cs)
    one(cs, "Tide Women's Union", "subordinate_to", "Tide Front")


def test_a_leader_s_bullet_opens_with_a_qualified_post():
    _, cs = run(
        "Central Committee of the Tide Party\n\nThe Central Committee of the Tide Party was its ruling body.\n\n"
        "==Leaders==\n- Secretary General Ada Morn (December 22, 1948 – March 12, 1956)\n"
        "- First Secretary Bo Lin (March 20, 1956 – October 21, 1956)\n"
    )
    assert one(cs, "Bo Lin", "leads", "Central Committee of the Tide Party").start == 1956, show(cs)
    assert not [c for c in cs if c.subject.startswith("First")], show(cs)


def test_a_body_value_naming_two_bodies_joined_by_and():
    _, cs = run(
        "Tide Women's Union\n\nTide Women's Union\nMain organNational Congress and Executive Committee\n"
        "Parent organization | Ministry of Trade and Industry |\n\nThe Tide Women's Union is a mass organization.\n"
    )
    units = {c.subject for c in cs if c.relation == "part_of"}
    assert units == {"National Congress", "Executive Committee"}, show(cs)
    one(cs, "Tide Women's Union", "subordinate_to", "Ministry of Trade and Industry")  # one name, kept whole


def test_a_link_to_another_language_s_wiki_is_no_part_of_a_name():
    # "[ zh]": the mirror's mark of an article in another language's wiki, before the value's term
    _, cs = run(
        "Tide Institute\n\nTide Institute\nFormation2004\nOwner Tide Education Foundation [ zh] (2020–present)\n"
        "Websitewww.tide.org\n\nThe Tide Institute is funded by the Tide Education Foundation [ zh], a body under "
        "the Ministry of Tides.\n"
    )
    one(cs, "Tide Institute", "controlled_by", "Tide Education Foundation")
    one(cs, "Tide Education Foundation", "subordinate_to", "Ministry of Tides")
    assert not [c for c in cs if "[" in c.subject + c.object], show(cs)
