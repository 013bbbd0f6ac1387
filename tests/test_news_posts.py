"""Posts as news stories and mirrors' infoboxes give them: "dismissed X from the post of Head of Y and
appointed Z to this position", "served as Deputy Director at the Y", "was appointed as deputy director
at the Office for Y", "Chaired by Y, the commission ...", and an infobox's "Agency executive" whose
holder's post follows the name. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def test_appointed_to_this_position_holds_the_post_named_before():
    text = "The President dismissed Bo Morn from the post of Head of the Tide Directorate and appointed Ada Lind "
    text += "to this position.\n"
    _, cs = run(text)
    assert one(cs, "Ada Lind", "leads", "Tide Directorate").title == "Head", show(cs)
    assert one(cs, "Bo Morn", "leads", "Tide Directorate").title == "Head"


def test_served_as_a_capitalised_post_at_a_body():
    _, cs = run("Ada Lind served as Deputy Director at the Foreign Tide Service of Veldra from 2020.\n")
    c = one(cs, "Ada Lind", "leads", "Foreign Tide Service of Veldra")
    assert (c.title, c.start) == ("Deputy Director", 2020), show(cs)


def test_appointed_as_a_post_at_the_office_for_a_body_is_that_offices_post_not_the_pages():
    text = "Tide Department\n\nThe Tide Department is a department of the Tide Party.\n"
    text += "In 2018, Ada Lind was appointed as deputy director at the Office for Central Sand Affairs Commission.\n"
    _, cs = run(text)
    assert one(cs, "Ada Lind", "leads", "Office for Central Sand Affairs Commission").title == "Deputy Director"
    assert not find(cs, "Ada Lind", "leads", "Tide Department"), show(cs)


def test_chaired_by_at_a_sentences_start_is_the_post_of_the_body_after_the_comma():
    text = "Tide Department\n\nThe Tide Department is a department of the Tide Party.\n"
    text += "The Sand Commission was set up in 2018. Chaired by President Bo Wu, the commission is a powerful group.\n"
    text += "Chaired by Ada Lind and holding 13 seats, it is the largest department.\n"
    _, cs = run(text)
    assert not find(cs, "Bo Wu", "leads", "Tide Department"), show(cs)
    assert one(cs, "Ada Lind", "leads", "Tide Department")


def test_an_agency_executives_post_after_the_name_is_the_title():
    text = "Tide Office\n\n- Agency executive:\n  • Major General Ada Lind, Director of the Tide Office\n"
    text += "The Tide Office is an agency of Veldra.\n"
    _, cs = run(text)
    assert one(cs, "Ada Lind", "leads", "Tide Office").title == "Director", show(cs)


def test_a_seat_given_as_a_street_then_a_city_is_the_city():
    text = "The Tide Service is an agency of Veldra. Its first headquarters was located at 15, Morwen road, "
    text += "Ikoyi in Ulton.\n"
    _, cs = run(text)
    assert one(cs, "Tide Service", "headquartered_in", "Ulton"), show(cs)
    assert not find(cs, "Tide Service", "headquartered_in", "Morwen")
