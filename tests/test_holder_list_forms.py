"""Forms of a list of officeholders met on pages the parser had not seen: a holder and a colon
before the term ("Ada Morn (罗): March 1949-May 1952"), holders numbered with the term first
("1. 1912 - 1917 Ada Morn"), a sentence counting the holders over their list, a page whose title
is a bare post, a clergyman's honorific. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.read.name_dates import name_dates
from orgnet.read.parse_holders import counted_holders

COLON_TERMS = """Ministry of Tides of Veldra

The Ministry of Tides of Veldra is a ministry of the State Council of Veldra.

List of Ministers

  • Ada Morrow (莫罗): October 1949-November 1952
  • Bo Wenter: November 1952-February 1958
  • Cy Lind (林): acting, February 1958 - October 1958
"""


def test_a_holder_then_a_colon_then_the_term():
    _, cs = run(COLON_TERMS)
    got = {(c.subject, c.start, c.end) for c in cs if c.relation == "leads"}
    assert got == {("Ada Morrow", 1949, 1952), ("Bo Wenter", 1952, 1958), ("Cy Lind", 1958, 1958)}, show(cs)
    assert all(c.title == "Minister" for c in cs if c.relation == "leads"), show(cs)


def test_name_dates_reads_the_colon_and_an_acting_note():
    assert name_dates("Cy Lind (林): acting, February 1958 - October 1958").group("name", "a", "b") == (
        "Cy Lind",
        "February 1958",
        "October 1958",
    )
    assert name_dates("Founded: 1958") is not None  # (a key is no person: the callers check the name)


NUMBERED = """Tide Party

The Tide Party (TP) is a party of Veldra.

{intro}

  1. 1912 - 1917 Ada Morrow
  2. 1917 - 1919 Rev E Wenter
  3. 1919 - 1923 Cy Lind
"""


def test_holders_numbered_with_the_term_first_under_a_heading():
    _, cs = run(NUMBERED.format(intro="Secretaries General"))
    got = {(c.subject, c.start, c.end) for c in cs if c.relation == "leads"}
    assert got == {("Ada Morrow", 1912, 1917), ("E Wenter", 1917, 1919), ("Cy Lind", 1919, 1923)}, show(cs)
    assert all(c.title == "Secretary General" for c in cs if c.relation == "leads"), show(cs)


def test_a_sentence_counting_the_holders_opens_their_list():
    _, cs = run(NUMBERED.format(intro="There have been three Secretaries General of the TP since 1912."))
    assert len(find(cs, "Ada Morrow", "leads", "Tide Party")) == 1, show(cs)
    assert one(cs, "Cy Lind", "leads", "Tide Party").title == "Secretary General"


def test_a_numbered_paragraph_list_is_no_holders_list():
    text = NUMBERED.format(intro="Secretaries General").replace("1912 - 1917 Ada Morrow", "Keep the minutes.")
    _, cs = run(text)
    assert not find(cs, "Ada Morrow", "leads", "Tide Party"), show(cs)


def test_counted_holders():
    assert counted_holders("There have been fourteen Secretaries General of the TP since 1912.") == (
        "Secretaries General"
    )
    assert counted_holders("Twelve successive directors led it.") == "directors"
    assert counted_holders("The directors of the TP met in 1912.") == ""


BARE_POST = """{top}

Secretary General

The Secretary General is the chief administrative officer of the TP. He or she will:

1. Keep the minutes of the National Conference.
2. Conduct the correspondence of the Executive.

There have been two Secretaries General of the TP since its inception in 1912.

  1. 1912 - 1917 Ada Morrow
  2. 1917 - 1919 Bo Wenter
"""


def test_a_bare_post_as_the_title_is_the_post_of_the_body_the_lead_names():
    # (a site's lines over the post: the post is the page's title; a site's banner: the post is read as a key)
    for top in ("TP Central Number\nClick to join the TP\nTide Party\n\n\n", "Click to join the TP"):
        _, cs = run(BARE_POST.format(top=top))
        c = one(cs, "Bo Wenter", "leads", "TP")
        assert (c.title, c.start, c.end) == ("Secretary General", 1917, 1919), show(cs)
        assert not [c for c in cs if "Secretary General" in (c.subject, c.object)], show(cs)


FIRST_SECRETARY = """First Secretary of the Central Committee of the Tide Party
Incumbent
Ada Morrow
since 19 April 2021
Central Committee
TypeParty leader
Member ofCentral Committee, Politburo, Secretariat
Formation3 October 1965 (1965-10-03)
First holderBo Wenter

The First Secretary of the Central Committee of the Tide Party is the highest office within the Tide Party.
"""


def test_a_secretary_of_a_partys_central_committee_leads_the_party():
    _, cs = run(FIRST_SECRETARY)
    c = one(cs, "Ada Morrow", "leads", "Tide Party")
    assert (c.title, c.start) == ("First Secretary", 2021), show(cs)
    one(cs, "Bo Wenter", "leads", "Tide Party")
    assert not find(cs, "Ada Morrow", "leads", "Central Committee of the Tide Party"), show(cs)


def test_an_office_pages_member_of_its_organs_gives_the_body_no_seat():
    _, cs = run(FIRST_SECRETARY)
    assert not [c for c in cs if c.relation == "part_of"], show(cs)


def test_a_member_of_a_named_body_on_an_office_page_is_still_read():
    text = FIRST_SECRETARY.replace("Member ofCentral Committee, Politburo, Secretariat", "Member ofTide State Council")
    _, cs = run(text)
    assert [c.object for c in cs if c.relation == "part_of"] == ["Tide State Council"], show(cs)


def test_a_chair_of_a_central_committee_still_leads_the_committee():
    _, cs = run(FIRST_SECRETARY.replace("First Secretary", "Chairman"))
    one(cs, "Ada Morrow", "leads", "Central Committee of the Tide Party")


POST_ROW = """Minister of Tides
Minister of Tides of Veldra | |
---|---|
since 30 December 2022 | |
Ministry of Tides | |
The minister of tides of the People's Republic of Veldra is the head of the Ministry of Tides of the People's Republic of Veldra.
List of ministers
No. | Name | Took office | Left office | Ref. |
---|---|---|---|---|
Minister of Harbours | ||||
1 | Ada Morrow | October 1949 | November 1954 | |
Post abolished | ||||
2 | Bo Wenter | April 1988 | March 1993 | |
"""


def test_a_one_cell_row_naming_a_post_gives_the_body_the_rows_below_lead():
    _, cs = run(POST_ROW)
    for who, years in (("Ada Morrow", (1949, 1954)), ("Bo Wenter", (1988, 1993))):
        c = one(cs, who, "leads", "Ministry of Harbours")
        assert (c.title, c.start, c.end) == ("Minister", *years), show(cs)
        assert not find(cs, who, "leads", "Ministry of Tides"), show(cs)


def test_a_states_name_cut_at_of_is_no_person():
    _, cs = run(POST_ROW)
    assert not [c for c in cs if "Republic" in c.subject and c.relation == "leads"], show(cs)


DUTCH_MIRROR = """Ministerie van Getijden - Ministry of Tides

Ministerie van Getijden van Veldra
Agentschap overzicht
gevormd mei 1978
Hoofdkwartier Ulton
ouderbureau Raad van State

Het ministerie van Getijden is een ministerie in de Staatsraad van Veldra.

Lijst van ministers

Naam aangetreden Linker kantoor
1 Ada Morrow oktober 1949 1960
post afgeschaft
2 Bo Wenter () maart 1978 mei 1982
3 Cy Lind oktober 2019 Zittend

Zie ook
"""


def test_a_list_headed_list_of_in_another_language_and_a_translated_mirrors_keys():
    _, cs = run(DUTCH_MIRROR)
    got = {(c.subject, c.start, c.end) for c in cs if c.relation == "leads"}
    assert got == {("Ada Morrow", 1949, 1960), ("Bo Wenter", 1978, 1982), ("Cy Lind", 2019, None)}, show(cs)
    assert all(c.object == "Ministerie van Getijden" and c.title == "Minister" for c in cs if c.relation == "leads")
    one(cs, "Ministerie van Getijden", "headquartered_in", "Ulton")
    one(cs, "Ministerie van Getijden", "subordinate_to", "Raad van State")


def test_a_title_of_two_names_parted_by_a_dash_is_the_name_and_its_alias():
    _, cs = run(DUTCH_MIRROR)
    assert [c.value for c in cs if c.relation == "alias" and c.subject == "Ministerie van Getijden"] == [
        "Ministry of Tides"
    ], show(cs)
    assert not [c for c in cs if " - " in c.subject], show(cs)


def test_a_title_with_an_abbreviation_after_a_dash_keeps_it():
    _, cs = run(DUTCH_MIRROR.replace("Ministerie van Getijden - Ministry of Tides", "Ministerie van Getijden - MVG", 1))
    one(cs, "Ministerie van Getijden", "alias", value="MVG")
