"""An official site's page of a body's leadership: the site's menu of links as bullets over the
page, then "Chairman: A", "Vice-Chairmen: B    C" and "Other XYZ Members: D    E" in columns.
Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

ROSTER = """Home Forum Photo Gallery Features Archive   About US Help Site Map
- Newsletter
- News Archive
- Feedback
- Weather Forecast

The Tide Defence Commission

Chairman: Ada Morwen

Vice-Chairmen: Bo Lindqvist    Cy Rasker

Other TDC Members: Di Wenford    Eli Harrow    Fay Corden

The Tide Defence Commission (TDC) is the supreme organ of the armed forces of Veldra.
"""


def test_other_members_of_a_body_named_by_its_abbreviation_are_its_members():
    _, cs = run(ROSTER)
    for name in ("Di Wenford", "Eli Harrow", "Fay Corden"):
        assert one(cs, name, "part_of", "Tide Defence Commission"), show(cs)
    assert one(cs, "Ada Morwen", "leads", "Tide Defence Commission").title == "Chairman"
    assert one(cs, "Cy Rasker", "leads", "Tide Defence Commission").title == "Vice-Chairman"


def test_a_menu_link_in_the_sites_bullets_is_no_body_of_the_page():
    _, cs = run(ROSTER)
    assert not find(cs, "News Archive", "affiliated_with", "Tide Defence Commission"), show(cs)
    assert not [c for c in cs if "News Archive" in (c.subject, c.object)], show(cs)


EDIT_LINKS = """Director of the Tide Office
teh director of the Tide Office izz the leader o' the Tide Office of Veldra.
List of directors
[ tweak]- Director of the Records Bureau of the Old Secretariat
Name | Start | End | Ref. |
---|---|---|---|
Ada Morwen | 1942 | October 1945 | [3] |
Bo Lindqvist | October 1945 | May 1948 | [4] |
"""


def test_a_mirrors_edit_link_glued_before_a_bullet_heading_names_the_body_of_the_table_below():
    _, cs = run(EDIT_LINKS)
    c = one(cs, "Ada Morwen", "leads", "Records Bureau of the Old Secretariat")
    assert (c.title, c.start, c.end) == ("Director", 1942, 1945), show(cs)
    assert one(cs, "Bo Lindqvist", "leads", "Records Bureau of the Old Secretariat").start == 1945


LEADING_GROUP = """Central Leading Group for Tide Affairs

Central Leading Group for Tide Affairs
Formation 1979
Leader
Ada Morwen
Tide Affairs Office Chief
Bo Lindqvist
Parent organization
Central Committee of the Tide Party

The Central Leading Group for Tide Affairs is an internal coordination group of the Central Committee of the \
Tide Party and the State Council of Veldra, reporting to the Politburo, in charge of tides.
"""


def test_a_leaders_key_naming_another_body_before_the_post_leads_that_body():
    _, cs = run(LEADING_GROUP)
    assert one(cs, "Bo Lindqvist", "leads", "Tide Affairs Office").title == "Chief", show(cs)
    assert not find(cs, "Bo Lindqvist", "leads", "Central Leading Group for Tide Affairs")
    assert one(cs, "Ada Morwen", "leads", "Central Leading Group for Tide Affairs").title == "Leader"


def test_reporting_to_after_a_comma_is_said_of_the_clauses_subject():
    _, cs = run(LEADING_GROUP)
    assert one(cs, "Central Leading Group for Tide Affairs", "subordinate_to", "Politburo of the Tide Party"), show(cs)
