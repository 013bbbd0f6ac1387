"""Whose list a list of bodies is: the words over it may name another body as its whole ("The
following agencies are members of the Tide Intelligence Council:", "Tide agencies in the TIC:",
"The Tide Intelligence Council has the following members:"), and then the bodies listed, the page's
own among them, belong to that body, not to the page's; "The Tide Ministry has the following
departments:" keeps them the page's. A list numbered "1.", "2.", ... under a line ending in a colon
reads as bullets; a numbered line elsewhere ("1. Introduction") does not; a link's label after the
colon ("...: (Source)") still ends the line in one, and bodies "in the X" sit on X; "10." stands where
"9." did (its number's width is no indent under it). "It is the primary
member of the X" is a seat on X. Every document here is invented."""

from __future__ import annotations

import pytest
from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

MINISTRY = "Tide Ministry"
COUNCIL = "Tide Intelligence Council"


def page(intro: str, marks: tuple[str, str, str] = ("- ", "- ", "- ")) -> str:
    return (
        f"{MINISTRY}\n\nThe {MINISTRY} is the main agency of Veldra.\n\n{intro}\n\n"
        f"{marks[0]}{MINISTRY}\n{marks[1]}Harbour Intelligence Bureau\n{marks[2]}Sea Watch Office\n\n"
        "Moreover, the ministry is busy.\n"
    )


@pytest.mark.parametrize(
    "intro",
    [
        f"The following agencies are members of the {COUNCIL}:",
        f"The {COUNCIL} has the following members:",
        f"Tide agencies in the {COUNCIL}:",
    ],
)
def test_a_list_whose_words_name_another_body_is_that_body_s(intro):
    _, cs = run(page(intro))
    for body in (MINISTRY, "Harbour Intelligence Bureau", "Sea Watch Office"):
        ties = {c.object for c in cs if c.subject == body and c.relation in ("part_of", "subordinate_to")}
        assert ties == {COUNCIL}, (body, show(cs))


def test_a_list_of_the_page_s_own_body_stays_the_page_s():
    _, cs = run(page(f"The {MINISTRY} has the following departments:"))
    one(cs, "Harbour Intelligence Bureau", "part_of", MINISTRY)
    assert not find(cs, "Harbour Intelligence Bureau", "part_of", COUNCIL), show(cs)


def test_a_list_numbered_under_a_colon_reads_as_bullets():
    _, cs = run(page(f"The following agencies are members of the {COUNCIL}:", ("1. ", "2. ", "3. ")))
    one(cs, "Sea Watch Office", "part_of", COUNCIL)
    one(cs, MINISTRY, "part_of", COUNCIL)


def test_numbered_headings_are_no_list():
    _, cs = run(
        f"{MINISTRY}\n\n1. Introduction to the Ministry\n\nThe {MINISTRY} is the main agency of Veldra.\n\n"
        "2. History of the Ministry\n\nIt was founded in 1983.\n"
    )
    assert not [c for c in cs if "Introduction" in c.subject or "History" in c.subject], show(cs)


def test_the_primary_member_of_a_council():
    _, cs = run(
        f"{MINISTRY}\n\nThe {MINISTRY} is the main agency of Veldra. It is the primary member of the {COUNCIL}.\n"
    )
    one(cs, MINISTRY, "part_of", COUNCIL)


def test_a_link_s_label_after_the_colon_and_bodies_in_a_council():
    intro = f"Tide agencies in the {COUNCIL} (TIC): (Source)"
    _, cs = run(page(intro, ("1. ", "2. ", "3. ")))
    for body in (MINISTRY, "Harbour Intelligence Bureau", "Sea Watch Office"):
        one(cs, body, "part_of", COUNCIL)


def test_the_tenth_numbered_item_is_no_bullet_of_the_ninth():
    items = "\n".join(
        f"    {k}. Tide Office Number {name}"
        for k, name in enumerate(
            ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven"], start=1
        )
    )
    _, cs = run(
        f"{MINISTRY}\n\nThe {MINISTRY} is the main agency of Veldra.\n\n    The following agencies are members of the {COUNCIL}:\n\n{items}\n"
    )
    one(cs, "Tide Office Number Eleven", "part_of", COUNCIL)
    assert not find(cs, "Tide Office Number Ten", "part_of", "Tide Office Number Nine"), show(cs)
