"""Lines of pages of unseen layouts, each on a short invented document.

A country study's title "Norway: Tide Security Department" names the body after the country (a news
kicker "Veldra: Behind the Sacking of ..." still gives no title), under a banner of short sentences
that calls to the reader ("Have an idea? Let us know!"); a site's "More info on X" line is titled X.
Bullets of numbered units ("• 3rd Directorate – counter-reconnaissance") right under the lead, with no
heading or under one that names the page's body, are the body's units. A key "Membership:" or
"Members:" with names after its colon seats each on the page's body, a note in parentheses dropped,
the line read as a key even when a full stop closes it; a count, a state or a heading "Members" over a
list is no member.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def test_a_country_study_title_under_a_banner_that_calls_to_the_reader():
    doc, cs = run(
        "We're always looking for ways to make this better. Have an idea? See something that needs fixing? Let us "
        "know!\n\nNorway: Tide Security Department\nCountry Study > Chapter 5 > National Security > Law Enforcement\n\n"
        "Another key organization is the Tide Security Department (TSD). It was founded in 1960.\n"
    )
    assert doc.title == "Tide Security Department"
    doc, _ = run("Norway: Behind the Sacking of the Harbour Chief\n\nAda Morn was sacked on Monday.\n")
    assert doc.title == ""


def test_numbered_unit_bullets_right_under_the_lead():
    doc, cs = run(
        "The Full Wiki\n\nMore info on Tide Security Committee\n\nTide Security Committee: Wikis\n\n"
        "The Tide Security Committee (TSC) was the secret service of Veldra.\n\n"
        "  • 1st Head Directorate – internal intelligence work. Succeeded by the Tide Intelligence Service in 1990.\n"
        "  • 2nd Head Directorate – counter-intelligence.\n  • 3rd Directorate – counter-reconnaissance\n\n"
        "The TSC played a part in many events.\n"
    )
    assert doc.title == "Tide Security Committee"
    for unit in ("1st Head Directorate", "2nd Head Directorate", "3rd Directorate"):
        one(cs, unit, "part_of", "Tide Security Committee")


def test_a_membership_key_with_names_after_its_colon():
    _, cs = run(
        "Founded: July 1995\n\nChairman: Ada Morn\n\nMembership: Bo Lin, Ivo Lenz, Cy Rask, Eda Holt, Tor Vane, "
        "Una Reik, Lev Dorn, Ola Fenn, Pia Sund, Rut Malm, Sam Ekel, Tea Lund (deceased).\n\n"
        "History and Functions:\n\nThe Tide Council was founded at the end of the Tide Party's fourth conclave.\n"
    )
    for person in ("Bo Lin", "Ivo Lenz", "Cy Rask", "Tea Lund"):
        one(cs, person, "part_of", "Tide Council")
    one(cs, "Ada Morn", "leads", "Tide Council")


def test_a_count_a_state_or_a_heading_is_no_member():
    _, cs = run(
        "Tide League\n\nTide League\nFounded: 1990\nMembership (2020) 90,000\nMembers: Veldra, Ulton, Kessel\n\n"
        "The Tide League is a league of states.\n\nMembers\n\n  1. Ada Morn[1]\n  2. Bo Lin[1]\n"
    )
    assert {c.subject for c in cs if c.relation == "part_of"} == {"Ada Morn", "Bo Lin"}, show(cs)
    none(cs, "Veldra", "part_of", "Tide League")
