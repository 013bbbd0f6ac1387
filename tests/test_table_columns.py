"""Officeholder tables seen on pages the parser had not read: a number column headed ``#`` (not
a Markdown heading), the holders' column headed by the post ("Director") rather than "Name", and a
"Service" column giving each holder's branch, not the body the holder led; a header that opens with the
post ("PresidentPolitical partyMember since...", also "First Vice President", "Member") and a members'
table under "Members of the X" (seats, not leads); a header written one cell a line under a post's heading
(no holder "Portrait Name"); an office page whose holder also holds another post; a cabinet table with no
terms ("Ministry | Cabinet Secretary |" / "Defence | Ada Morn |"); an organ's members ranked ("Rank Name ... Birth
Gender"), no term. A row of many cells (no pipe first), each holder's name followed by the same name in its own
script ("Bo Lin 강건 (1918–1950)"), is a row, however many words it holds; "the Chief of the General Staff" on
the page of the "General Staff Department of X" is the department's post; a table's header glued to its first
row ("Rank Name Image In office ... General Sir Ada Morn") is no holder. An infobox's rows keyed by units under
a key of commanders ("Commanders | |" / "Tide Navy | Rear Admiral Di Fox |") give each unit's commander. Every
document here is invented."""

from __future__ import annotations

import pytest
from claim_helpers import find, one, run, show

LEAD = "Tidal Intelligence Office\n\nThe Tidal Intelligence Office (TIO) is an agency of the Ministry of Tides.\n\nList of directors\n\n"


def _leads(claims):
    return {(c.subject, c.object, c.start, c.end) for c in claims if c.relation == "leads"}


@pytest.mark.parametrize(
    "header",
    [
        "# Director Photo Service Term start Term end",
        "No. Director Photo Service Term start Term end",
        "| # | Director | Photo | Service | Term start | Term end |",
    ],
)
def test_a_numbered_table_whose_holders_column_is_the_post(header):
    rows = (
        "1 Lt. Gen. Ada Morn French Air Force 1961 1969\n2 Vice Adm. Bo de Lin Royal Navy 1969 1972\n"
        if "|" not in header
        else "| 1 | Lt. Gen. Ada Morn | | French Air Force | 1961 | 1969 |\n| 2 | Vice Adm. Bo de Lin | | Royal Navy | 1969 | 1972 |\n"
    )
    _, claims = run(LEAD + header + "\n" + rows)
    assert _leads(claims) == {
        ("Ada Morn", "Tidal Intelligence Office", 1961, 1969),
        ("Bo de Lin", "Tidal Intelligence Office", 1969, 1972),
    }


def test_a_name_in_a_spaced_row_ends_where_a_country_s_service_begins():
    _, claims = run(LEAD + "# Director Service Term start Term end\n1 Ada V. Morn United States Army 1974 1976\n")
    assert _leads(claims) == {("Ada V. Morn", "Tidal Intelligence Office", 1974, 1976)}


def test_a_markdown_heading_is_still_a_heading():
    doc, _ = run("# Tidal Intelligence Office\n\nThe Tidal Intelligence Office is an agency of Veldra.\n")
    assert doc.title == "Tidal Intelligence Office"


FRONT = "Tide Front\n\nThe Tide Front (TF) is an umbrella group of Veldra's movements.\n\n"


def test_a_table_s_office_column_is_the_post_and_its_party_column_the_holder_s_party():
    _, claims = run(
        FRONT + "Office | Name | Party | Since |\n---|---|---|---|\n"
        "Chairman of the Central Committee | Ada Morn | Tide Labour Party | 9 January 2008 |\n"
        "Deputy Chairman of the Central Committee | Bo Lindqvist | Independent | 9 January 2008 |\n"
        "General Secretary of the Central Committee | Tide Labour Party | 9 January 2011 |\n"
    )
    assert {(c.subject, c.object, c.title, c.start, c.end) for c in claims if c.relation == "leads"} == {
        ("Ada Morn", "Tide Front", "Chairman of the Central Committee", 2008, None),
        ("Bo Lindqvist", "Tide Front", "Deputy Chairman of the Central Committee", 2008, None),
    }  # (the last row lost its name: its date is not Bo Lindqvist's)
    assert {(c.subject, c.object) for c in claims if c.relation == "part_of"} == {("Ada Morn", "Tide Labour Party")}


def test_member_organisations_of_a_named_body():
    _, claims = run(
        FRONT + "Notable member organisations of the TF include the General Confederation of Dockers, "
        "the Tide Youth Union and the Veteran Association, among others.\n"
    )
    assert {(c.subject, c.object) for c in claims if c.relation == "part_of"} == {
        ("General Confederation of Dockers", "TF"),
        ("Tide Youth Union", "TF"),
        ("Veteran Association", "TF"),
    }


def test_a_sanctions_list_of_holders_a_dash_and_their_posts():
    _, claims = run(
        "Veldra officials listed\n\nThe Council added the following persons to the list:\n\n"
        "Ada Morn – Deputy Chairman of the Harbour Office, former Chairman of the Tide Board;\n"
        "Cy Vane – Member of the Tide Council;\n  • Di Ko – Head of the Veldra Guard;\nEd Fu – a businessman;\n"
    )
    assert {(c.subject, c.relation, c.object, c.title) for c in claims if c.object} == {
        ("Ada Morn", "leads", "Harbour Office", "Deputy Chairman"),
        ("Ada Morn", "leads", "Tide Board", "Chairman"),
        ("Cy Vane", "part_of", "Tide Council", ""),
        ("Di Ko", "leads", "Veldra Guard", "Head"),
    }


def test_a_name_line_then_a_paragraph_opening_with_the_post_and_its_term():
    page = (
        "Harbour Security Service\n\nThe Harbour Security Service (HSS) is the foreign intelligence service of "
        "Veldra.\n\nPrevious Chiefs\n\nCommodore Sir Piet Varga (1881-1950)\n\nChief from 1921 to 1934. He came "
        "from the Coastal Fleet.\n\nSir Emil Dorn (1902-1979)\n\nChief from 1934 to 1947. His career began in "
        "the Home Bureau.\n"
    )
    _, claims = run(page)
    leads = {(c.subject, c.title, c.start, c.end) for c in claims if c.relation == "leads" and c.method == "list"}
    assert leads == {("Piet Varga", "Chief", 1921, 1934), ("Emil Dorn", "Chief", 1934, 1947)}
    # the life's years are no term, and the key's title is one holder's post
    assert not [c for c in claims if c.relation == "leads" and (c.start, c.end) in ((1881, 1950), (1902, 1979))]


def test_a_span_no_one_holds_a_post_for_is_a_life():
    _, claims = run(
        "Harbour Office\n\nThe Harbour Office is an agency of Veldra.\n\nDirectors\n\n- Ada Lind (1890 – 1962)\n"
        "- Bo Wu (1962 – 1975)\n"
    )
    leads = {c.subject: (c.start, c.end) for c in claims if c.relation == "leads"}
    assert leads == {"Ada Lind": (None, None), "Bo Wu": (1962, 1975)}


def test_a_row_broken_over_lines_name_qualifier_term_is_its_own_holder():
    page = (
        "Director of the Harbour Bureau\n\nThe director of the Harbour Bureau is the head of the Harbour Bureau "
        "of Veldra.\n\nList of directors\n\nNo. Director Term of office Length of term\n"
        "3 Mara Ilves January 9, 2009 – May 2, 2011\n802 days\n4\nLorin Vass\nActing\n"
        "May 2, 2011 – July 30, 2011 n/a n/a\n5 Teo Brandt July 30, 2011 – January 20, 2017\n"
    )
    _, claims = run(page)
    leads = {(c.subject, c.start, c.end) for c in claims if c.relation == "leads"}
    assert {("Mara Ilves", 2009, 2011), ("Lorin Vass", 2011, 2011), ("Teo Brandt", 2011, 2017)} <= leads


# A commission's tables flattened one cell a line under a heading each: the header opens with the post
# ("PresidentPolitical partyMember sinceOther positions", glued), a row is an image's file name and the
# holder, the name in its own script, "(born ...)", then the party and the date.
COMMISSION = """Tide Affairs Commission

Agency overview
Formed29 June 2016
Headquarters Ulton

President of the Tide Affairs Commission
PresidentPolitical partyMember sinceOther positions
Ada Morn 2019 crop.jpg Ada Morn
에이다
(born 1984)
Tide Party 29 June 2016
First Vice President of the Tide Affairs Commission
First Vice PresidentPolitical partyMember sinceOther positions
Bo Lin
보린
Tide Party 11 April 2018
Members of the Tide Affairs Commission
MemberPolitical partyMember sinceOther positions
Cy Lo.jpg Cy Lo
시로
(born 1945)
Tide Party 29 June 2016
Dan Ek
단엑
Tide Party 12 April 2020
"""


def test_a_table_headed_by_its_post_and_a_members_table_under_its_heading():
    _, cs = run(COMMISSION)
    leads = {(c.subject, c.title, c.start) for c in cs if c.relation == "leads"}
    assert leads == {("Ada Morn", "President", 2016), ("Bo Lin", "First Vice President", 2018)}, leads
    seats = {(c.subject, c.object) for c in cs if c.relation == "part_of"}
    assert seats == {("Cy Lo", "Tide Affairs Commission"), ("Dan Ek", "Tide Affairs Commission")}, seats


def test_a_header_over_lines_under_a_post_s_heading_is_no_holder():
    # "Chairman" / blank / "Portrait Name": the heading of a table whose header follows, one cell a line
    doc = (
        "Chairman of the Tide Council\n\nThe chairman of the Tide Council is the head of the Tide Council of Veldra.\n\n"
        "Chairman\n\nPortrait Name\n(birth–death)\nTerm of office Deputy(s)\nTook office Left office Time in office\n"
        "Ada Morn\n(born 1956)\n2 February 2021 Incumbent 3 years, 328 days Bo Lin\n\nVice Chairman\n"
    )
    _, cs = run(doc)
    assert {(c.subject, c.object, c.start) for c in _leads_claims(cs)} == {("Ada Morn", "Tide Council", 2021)}


def test_an_office_page_s_body_is_not_the_holder_s_other_post():
    doc = (
        "Chairman of the Tide Council\n\nChairman of the Tide Council\nSeatUlton\nFirst holderAda Morn\n\n"
        "The chairman of the Tide Council is the head of the ruling council of Veldra. Ada Morn is the current "
        "holder of the office, and also serves as the prime minister of the Tide Cabinet.\n"
    )
    _, cs = run(doc)
    seats = {c.subject for c in cs if c.relation == "headquartered_in"}
    assert seats == {"Tide Council"}, seats


def _leads_claims(cs):
    return [c for c in cs if c.relation == "leads"]


# A profile site's table glued into one line a row under "List of <post>s of <country>": the state is
# no body, the list is the page's ministry's; "S. No" numbers the rows, and a number glued to an
# initial ("5A.K. Lind") is no part of the name; the party column last gives each holder's party,
# after the term ("IncumbentTide Party"), a name of two capitalised words too ("Sea Dal").
MINISTERS = """Ministry of Tides

The Ministry of Tides is a ministry of Norway.

List of Tide Ministers of Norway

S. NoNameFromToPolitical Party
1Ada MornSept 04, 2017IncumbentTide Party
2Bo LinMarch 13, 2017Sept 4, 2017Tide Party
3A.K. LindNov 09, 2014March 13, 2017Sea Dal
4P. V. Narasimha OrrMar 05, 1993May 16, 1996Sea Party
"""


def test_a_list_of_a_state_s_ministers_is_the_page_s_ministry_s():
    _, cs = run(MINISTERS)
    got = {(c.subject, c.object, c.start, c.end) for c in _leads_claims(cs)}
    assert got == {
        ("Ada Morn", "Ministry of Tides", 2017, None),
        ("Bo Lin", "Ministry of Tides", 2017, 2017),
        ("A.K. Lind", "Ministry of Tides", 2014, 2017),
        ("P. V. Narasimha Orr", "Ministry of Tides", 1993, 1996),
    }, got


def test_a_glued_row_s_party_after_its_term():
    _, cs = run(MINISTERS)
    parties = {(c.subject, c.object) for c in cs if c.relation == "part_of"}
    assert parties == {
        ("Ada Morn", "Tide Party"),
        ("Bo Lin", "Tide Party"),
        ("A.K. Lind", "Sea Dal"),
        ("P. V. Narasimha Orr", "Sea Party"),
    }, parties


def test_a_cabinet_table_names_each_portfolio_and_its_holder():
    # "Ministry | Cabinet Secretary |": no terms, the body's kind heads the first column, the post the second
    _, cs = run(
        "Cabinet of Veldra\n\nThe Cabinet of Veldra comprises the President and the Cabinet Secretaries.\n\n"
        "Ministry | Cabinet Secretary |\n---|---|\nOffice of the Tide Registrar | Ada Morn |\n"
        "Interior & National Tides | Bo Lin |\nDefence | Cy Lo |\n\nThe list was updated in 2024.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Office of the Tide Registrar").title == "Cabinet Secretary", show(cs)
    one(cs, "Bo Lin", "leads", "Ministry of Interior and National Tides")
    one(cs, "Cy Lo", "leads", "Ministry of Defence")
    assert not find(cs, None, None, "Defence"), show(cs)


def test_a_table_of_an_organs_members_ranked_with_their_births():
    # "Rank Name Native 8th POL Birth Gender" on an organ's page: each row a member; "1936" a birth, no term
    _, cs = run(
        "9th Politburo of the Tide Party\n\nThe 9th Politburo of the Tide Party (TP) was elected in 2011.\n\n"
        "Rank Name Native 8th POL 10th POL Birth Gender\n1 Ada Morn ອາດາ Old Retired 1936 Male\n"
        "2 Bo Lin ບໂລ Old Reelected 1944 Male\n"
    )
    for person in ("Ada Morn", "Bo Lin"):
        c = one(cs, person, "part_of", "9th Politburo of the Tide Party")
        assert c.start is None and c.end is None, show(cs)
    assert not find(cs, None, "leads"), show(cs)


GENERAL_STAFF = """General Staff Department of the Tide Army
The General Staff Department (GSD) of the Tide Army (TA) is the senior military leadership of the armed forces of Veldra. The current Chief of the General Staff is Vice Marshal Ada Morn.[1]
Chiefs of the General Staff of the Tide Army
[edit]No. | Portrait | Chief of the General Staff | Took office | Left office | Time in office | Defence branch |
---|---|---|---|---|---|---|
1 | Colonel General Bo Lin 강건 (1918–1950) | February 1948 | September 1950 | 2 years, 7 months | Tide Army Ground Force | |
2 | General Cy Dunn 남일 (1915–1976) | September 1950 | August 1953 | 2 years, 11 months | Tide Army Ground Force | |
"""


def test_rows_of_many_cells_with_each_name_in_its_own_script_lead_the_page_s_department():
    _, cs = run(GENERAL_STAFF)
    gsd = "General Staff Department of the Tide Army"
    assert {k[:4] for k in _leads(cs) if k[0] in ("Bo Lin", "Cy Dunn")} == {
        ("Bo Lin", gsd, 1948, 1950),
        ("Cy Dunn", gsd, 1950, 1953),
    }, show(cs)
    # "the General Staff" in a post on the department's page: the department, its organisation word left out
    one(cs, "Ada Morn", "leads", gsd)


def test_a_table_s_header_words_glued_to_its_first_row_are_no_holder():
    from orgnet.read.officeholders import parse_row

    row = parse_row("Rank Name Image In office Notes/ref General Sir Ada Morn (1904–1908) [citation needed]", 0)
    assert row is not None and row.name is None and row.years == [1904, 1908]


def test_units_and_their_commanders_under_an_infobox_key_of_commanders():
    text = (
        "Tide Guard Corps |\n|\n---|---|\nCountry | Veldra |\nCommanders | |\nChief Commander | Maj. Gen. Ada Morn |\n"
        "Tide Force | Maj. Gen. Bo Lin |\nTide Ground Forces | Brig. Gen. Cy Dunn |\nTide Navy | Rear Admiral Di Fox |\n"
        "Insignia | |\nThe Tide Guard Corps (TGC) is a branch of Veldra's Armed Forces.\n"
    )
    _, cs = run(text)
    assert one(cs, "Bo Lin", "leads", "Tide Force").title == "Commander", show(cs)
    one(cs, "Cy Dunn", "leads", "Tide Ground Forces")
    one(cs, "Di Fox", "leads", "Tide Navy")
    _, cs = run(text.replace("Commanders | |", "Partners | |"))
    assert not find(cs, "Bo Lin", "leads", "Tide Force")  # (a unit's row under another key: no commander)
