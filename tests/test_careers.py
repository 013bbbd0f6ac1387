"""A person's page as biographical dictionaries print it: a title with the page's kind and the site's
name ("Biography of Morn, Ada - Tidepedia"), the name again below in both orders ("Morn, Ada" / "Ada
Morn"), and the career as one sentence of items parted by semicolons, each a post and its dates
("president of the Y (1933 - 1945); member, Z (1928 - 1945); TP propaganda head (from 1928)"); an
office box whose post is wrapped after "of the" ("Vice Chairman of the" / "Tide Party"), and whose
"Supreme Leader" or "Chairman" leads no person; a rank before the name on a person's page ("Gen. Bo
Lin") is no part of the name; a deputy or delegate "to" an assembly sits in it. A page whose name
reads like a person's is a body's when its lead gives its initials ("The Tide Workers Relief (TWR)").
Every document here is invented."""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

BIOGRAPHY = """Biography of Morn, Ada Lin - Tidepedia
HomeNationsVeldraHeads of GovernmentMorn, Ada Lin
Morn, Ada Lin

Ada Lin Morn

b. 29 Oct 1897, Ulton

Title: Chancellor
Biography:

Born in the family of a clerk; graduated from the Ulton University (1922); joined the Tide Party (9 Dec 1925); TP propaganda head (from 9 Jan 1928); member, Tidetag (20 Apr 1928 - 1 May 1945); president of the Tide Chamber of Culture (22 Sep 1933 - 1 May 1945); municipal president of Ulton (1 Apr 1943 - 1 May 1945); chancellor (30 Apr 1945 - 1 May 1945).
"""


def test_the_title_without_the_pages_kind_and_the_sites_name_is_the_person():
    doc, _ = run(BIOGRAPHY)
    assert doc.title == "Ada Lin Morn"


def test_each_post_of_a_career_sentence_is_the_persons_with_its_dates():
    _, cs = run(BIOGRAPHY)
    c = one(cs, "Ada Lin Morn", "leads", "Tide Chamber of Culture")
    assert (c.title, c.start, c.end) == ("President", 1933, 1945), show(cs)
    assert one(cs, "Ada Lin Morn", "leads", "TP").start == 1928, show(cs)
    seat = one(cs, "Ada Lin Morn", "part_of", "Tidetag")
    assert (seat.start, seat.end) == (1928, 1945), show(cs)
    none(cs, "Ada Lin Morn", "leads", "Ulton")  # a city's office
    none(cs, "Ada Lin Morn", "leads", "Ulton University")  # no post


OFFICE_BOX = """Bo Lin

Bo Lin (born 1946) is a Veldran general and politician.

Bo Lin
Vice Chairman of the
Tide Party of Veldra
Assumed office
9 May 2016
ChairmanAda Morn
Preceded byCy Lo
Supreme LeaderAda Morn
Dan Ruel
"""


def test_an_office_box_post_wrapped_after_of_the_is_one_post():
    _, cs = run(OFFICE_BOX)
    c = one(cs, "Bo Lin", "leads", "Tide Party of Veldra")
    assert (c.title, c.start) == ("Vice Chairman", 2016), show(cs)


def test_the_head_an_office_box_names_leads_no_person():
    _, cs = run(OFFICE_BOX)
    assert not [c for c in cs if c.relation == "leads" and c.object == "Bo Lin"], show(cs)


def test_a_rank_before_the_name_on_a_persons_page_is_no_part_of_it():
    _, cs = run("Gen. Bo Lin\n\nGen. Bo Lin is a general of Veldra. He was a member of the Tide Guard Command.\n")
    one(cs, "Bo Lin", "part_of", "Tide Guard Command")
    assert not [c for c in cs if c.subject.startswith("Gen")], show(cs)


def test_a_deputy_or_delegate_to_an_assembly_sits_in_it():
    _, cs = run("Bo Lin\n\nBo Lin is a general. In 1998 he was elected as a deputy to the Supreme Tide Assembly.\n")
    assert one(cs, "Bo Lin", "part_of", "Supreme Tide Assembly").start == 1998, show(cs)


def test_a_body_named_like_a_person_with_its_initials_after_it_is_a_body():
    text = (
        "Tide Workers Relief\n\nTide Workers Relief\nFounded1922\nKey people\nAda Morn\n\n"
        "The Tide Workers Relief (TWR) — also known as the Tidal Aid of the workers of all the ports of Veldra and"
        " of the islands beyond them — was an adjunct of the Tide League. Lenin regarded the ARA as rivals. The ARA fed the ports. The ARA left in 1923.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tide Workers Relief")
