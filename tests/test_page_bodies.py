"""Which body a page is about and which its holders lead, when the page's first line does not
say it: an office's page whose lead makes the office a member of one body and the head of
another, with the holder's other posts further on; a site's name over a page whose lead defines
the body; a body's key people as a key and names set apart by runs of spaces; an office's box with no
title over it, its lead saying the office "functions as the head of" the body, its seat an address
that ends in a city and a country; an organ the lead defines by its name alone ("The Politburo is the
highest body of the Tide Party"), its infobox under a header that is no caption ("Information | |"),
its members' table with a note after a name ("Ada Morn (General Secretary till death on ...)").
Every document here is invented."""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

OFFICE_PAGE = """Minister of Tides of Veldra
Ada Morn
since 2 May 2020
First holderBo Lin

The minister of tides is a member of the Veldra Council and the head of the Ministry of Tides (MT). The minister is tasked with the tides.

The minister concurrently serves as the director of the Tide Duty Bureau.
"""


def test_an_office_that_is_a_member_of_one_body_and_the_head_of_another_heads_the_second():
    _, cs = run(OFFICE_PAGE)
    one(cs, "Ada Morn", "leads", "Ministry of Tides")
    one(cs, "Bo Lin", "leads", "Ministry of Tides")
    # the post the holder also holds ("concurrently serves as") is not what the office heads
    none(cs, "Ada Morn", "leads", "Tide Duty Bureau")
    none(cs, "Ada Morn", "leads", "Veldra Council")


SITE_NAME_OVER_BODY = """Morning Letter
Home Forum Photo Gallery Features Archive   About Us Help Site Map
- Letter
- Archive
- Feedback

The Tide Council

Premier:   Ada Morn

Vice-Premiers:   Bo Lin   Cy Lo

State Councillors:   Dan Ruel   Eva Sand   Flo Rida

The Tide Council of Veldra, namely the Central Government, is the highest executive organ of Veldra.
"""


def test_a_sites_name_over_the_page_gives_way_to_the_body_the_lead_defines():
    _, cs = run(SITE_NAME_OVER_BODY)
    one(cs, "Ada Morn", "leads", "Tide Council of Veldra")
    for person in ("Bo Lin", "Cy Lo"):
        assert one(cs, person, "leads", "Tide Council of Veldra").title == "Vice Premier", show(cs)
    none(cs, "Ada Morn", "leads", "Morning Letter")


def test_a_key_of_state_councillors_over_names_set_apart_by_spaces_gives_each_the_post():
    _, cs = run(SITE_NAME_OVER_BODY)
    for person in ("Dan Ruel", "Eva Sand", "Flo Rida"):
        assert one(cs, person, "leads", "Tide Council of Veldra").title == "State Councillor", show(cs)


OFFICE_CAPTION = """The minister of tides is a government position within the Veldra Council which functions as the head of the Ministry of Tides. The position reports to the Tide Commission.
Minister of Tides of Veldra | |
---|---|
Ministry of Tides | |
Member of | Veldra Council |
Seat | Tide Compound, Xiyuan, Harbour District, Ulton, China |
Formation | 1 July 1983 |
First holder | Ada Morn |
"""


def test_an_office_box_with_no_title_over_it_is_the_office_of_the_body_the_lead_names():
    _, cs = run(OFFICE_CAPTION)
    one(cs, "Ada Morn", "leads", "Ministry of Tides")
    one(cs, "Ministry of Tides", "part_of", "Veldra Council")


def test_a_seat_whose_address_ends_in_a_city_and_its_country_is_in_that_city():
    _, cs = run(OFFICE_CAPTION)
    one(cs, "Ministry of Tides", "headquartered_in", "Ulton")


def test_the_body_an_offices_title_names_heads_its_page_when_the_lead_says_so_without_an_org_word():
    text = (
        "The chairman of the Tidewatch is the leader of the Tidewatch in Veldra. The post was titled Chairman of"
        " the Central Tide Committee (1925–1938).\nChairman of the Tidewatch | |\n---|---|\n"
        "Inaugural holder | Ada Morn |\nFormation | 25 August 1912 |\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tidewatch")
    none(cs, "Ada Morn", "leads", "Central Tide Committee")


ORGAN_PAGE = """![]() | |
Information | |
---|---|
General Secretary | Ada Morn |
Elected by | Central Committee |
The Politburo or Polit Bureau is the highest body of the Tide Party of Veldra. Its members are elected by the Central Committee.
No. | Name | State |
---|---|---|
1 | Ada Morn (General Secretary till death on 12 September 2024) | North Tide |
2 | Bo Lin | Delhi |
3 | Cy Lo (from 31st October 2022) | Kerala |
"""


def test_an_organ_a_lead_defines_by_its_name_alone_is_the_organ_of_the_body_it_names():
    _, cs = run(ORGAN_PAGE)
    one(cs, "Ada Morn", "leads", "Politburo of the Tide Party of Veldra")
    none(cs, "Ada Morn", "leads", "Information")  # an infobox's header is no caption


def test_a_members_table_row_with_a_note_after_the_name_seats_the_person():
    _, cs = run(ORGAN_PAGE)
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):
        one(cs, person, "part_of", "Politburo of the Tide Party of Veldra")
    none(cs, "North Tide", "part_of", "Politburo of the Tide Party of Veldra")
