"""Forms met on pages of party organs and officials the parser had not seen: an organ named alone
as the subject of a sentence, the highest organ of a body, an advisory body, a relative clause
said of the noun a body is defined as, a members' table with each seat's years under a heading
naming another body, a template's parameters dumped without pipes, a table headed by a post
and its tenure, "controlled" in the past. Every document here is invented."""

from __future__ import annotations

from claim_helpers import one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.read.lines import HEADING_YEARS, title_like
from orgnet.read.table_headers import header_post, is_member_terms_header, is_table_header

POLITBURO = """Politburo of the Veldra United Workers Party

The Politburo was the highest political organ of the Central Committee of the Veldra United Workers Party between 1948 and 1989.

The predecessor of the VUWP was the Veldra Workers Party.

Politburo of the Veldra Workers Party, 1944–1948

DateMemberFromTo
Initial Committee

August 1944 – December 1945

Ada Morrow Lind August 1944
Bo Wenter August 1944
1st Party Congress

6–13 December 1945

Ada Morrow Lind 12 December 19453 September 1948
Cy Rask Tamm (A)3 September 1948

Politburo of the Veldra United Workers Party, 1948-1990

DateMemberfromto
1st Party Congress

15–22 December 1948

Bo Wenter 21 December 1948
Ed Fayling 21 December 194813 November 1949
"""


def test_an_organ_named_alone_before_a_phrase_is_the_pages_and_its_highest_organ_is_part_of_its_body():
    _, cs = run(POLITBURO)
    c = one(
        cs,
        "Politburo of the Veldra United Workers Party",
        "part_of",
        "Central Committee of the Veldra United Workers Party",
    )
    assert (c.start, c.end) == (1948, 1989), show(cs)
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)


def test_a_members_table_gives_each_seat_with_its_years_on_the_body_its_heading_names():
    _, cs = run(POLITBURO)
    seats = {(c.subject, c.object, c.start, c.end) for c in cs if c.relation == "part_of" and c.method == "list"}
    older, newer = "Politburo of the Veldra Workers Party", "Politburo of the Veldra United Workers Party"
    assert seats == {
        ("Ada Morrow Lind", older, 1944, None),
        ("Bo Wenter", older, 1944, None),
        ("Ada Morrow Lind", older, 1945, 1948),
        ("Cy Rask Tamm", older, 1948, None),
        ("Bo Wenter", newer, 1948, None),
        ("Ed Fayling", newer, 1948, 1949),
    }, show(cs)
    assert not [c for c in cs if c.relation == "leads"], show(cs)  # members, no holders of a post


def test_a_members_header_and_a_heading_with_its_years_after_a_comma():
    assert is_member_terms_header("DateMemberFromTo") and is_member_terms_header("Member | From | To |")
    assert not is_member_terms_header("Name | Member since |") and not is_member_terms_header("Name | From | To |")
    assert HEADING_YEARS.sub("", "Tide Council, 1944–1948") == "Tide Council"
    assert HEADING_YEARS.sub("", "Tide Council (1951–)") == "Tide Council"
    name = "Politburo of the Veldra United Workers Party"  # seven words: a heading only over its years
    assert title_like(name, long=True) and not title_like(name)


ADVISORY = """Tide Commission of the Veldra Party

The Tide Commission of the Central Committee of the Veldra Party is an advisory body to the Central Committee that is directly subordinate to the Politburo. The Sand Council serves as a consultative organ for the Ulton Cabinet.
"""


def test_an_advisory_body_serves_the_organ_it_advises_and_a_clause_after_it_is_said_of_the_body():
    _, cs = run(ADVISORY)
    one(
        cs,
        "Tide Commission of the Central Committee of the Veldra Party",
        "serves",
        "Central Committee of the Veldra Party",
    )
    one(
        cs,
        "Tide Commission of the Central Committee of the Veldra Party",
        "subordinate_to",
        "Politburo of the Veldra Party",
    )
    assert not [c for c in cs if c.subject.startswith("Central Committee")], show(cs)
    one(cs, "Sand Council", "serves", "Ulton Cabinet")


TEMPLATE_DUMP = """Ada Morrow Lind

Infobox_President | name=Ada Morrow Lind

order=First Secretary of the Central Committee of the Veldra Workers Party
term_start=March 4, 1954
term_end=November 10, 1989
predecessor=Bo Wenter
party=Veldra Workers Party
order2=Chairman of the Tide Council of Veldra
term_start2=7 July, 1971
term_end2=17 November, 1989

Ada Morrow Lind (1911–1998) was a politician of Veldra.
"""


def test_a_templates_parameters_dumped_without_pipes_are_fields():
    _, cs = run(TEMPLATE_DUMP)
    c = one(cs, "Ada Morrow Lind", "leads", "Central Committee of the Veldra Workers Party")
    assert (c.title, c.start, c.end) == ("First Secretary", 1954, 1989), show(cs)
    c = one(cs, "Ada Morrow Lind", "leads", "Tide Council of Veldra")
    assert (c.title, c.start, c.end) == ("Chairman", 1971, 1989), show(cs)
    one(cs, "Ada Morrow Lind", "part_of", "Veldra Workers Party")


def test_an_ordinal_order_is_no_office():
    _, cs = run("Bo Wenter\n\norder=3rd\nterm_start=1990\nparty=Veldra Workers Party\n\nBo Wenter was a politician.\n")
    assert not [c for c in cs if c.relation == "leads"], show(cs)


TENURE_TABLE = """Tide Office

The Tide Office sets policy.

Department Head | Tenure |
---|---|
Rudolf Rainer | 1945–1949 |
Ernst Hald | 1950 |
"""


def test_a_table_headed_by_a_post_and_its_tenure_gives_each_holder_that_post():
    _, cs = run(TENURE_TABLE)
    leads = {(c.subject, c.title, c.start, c.end) for c in cs if c.relation == "leads"}
    assert leads == {("Rudolf Rainer", "Department Head", 1945, 1949), ("Ernst Hald", "Department Head", 1950, None)}
    assert (
        is_table_header("Department Head | Tenure |") and header_post("Department Head | Tenure |") == "Department Head"
    )
    assert not is_table_header("Director | Ada Lind |")  # a key and its value


def test_controlled_in_the_past_tense_is_control_of_what_follows():
    _, cs = run("Tide Office\n\nThe Tide Office sets policy. It controlled the Ministry for Sand, Salt and Food.\n")
    one(cs, "Ministry for Sand, Salt and Food", "controlled_by", "Tide Office")
    _, cs = run("Tide Office\n\nThe Tide Office sets policy. It was controlled Bo Lind.\n")
    assert not [c for c in cs if c.relation == "controlled_by"], show(cs)


SECRETARIAT = """8th Secretariat of the Tide Workers Party

The 8th Secretariat of the Tide Workers Party was elected by the 1st Plenary Session.

Members elected at the 1st Plenary Session

RankNameKorean7th EXPBirthGender
1Ada Morn-lin에이다bgcolor = Salmon 1982Male
2Bo Wen-tak보원bgcolor = LightGreen 1957Male
3Cy Rask-do시라bgcolor = LightGreen ?Male
"""


def test_a_members_table_glued_with_each_name_in_its_own_script():
    _, cs = run(SECRETARIAT)
    seats = {
        c.subject for c in cs if c.relation == "part_of" and c.object == "8th Secretariat of the Tide Workers Party"
    }
    assert seats == {"Ada Morn-lin", "Bo Wen-tak", "Cy Rask-do"}, show(cs)


def test_a_bloc_preceding_a_body_is_a_body():
    _, cs = run("Tide Front\n\nFounded30 March 1950\nPreceded byDemocratic Bloc\n\nThe Tide Front was an alliance.\n")
    one(cs, "Democratic Bloc", "absorbed_into", "Tide Front")


def test_each_organ_named_alone_in_a_list_after_a_phrase_is_the_pages():
    _, cs = run(
        "Tide Department\n\nThe Tide Department is a department of the Veldra Workers Party. The department"
        " serves as the staff for the Central Committee and the Politburo.\n"
    )
    one(cs, "Tide Department", "serves", "Central Committee of the Veldra Workers Party")
    one(cs, "Tide Department", "serves", "Politburo of the Veldra Workers Party")


def test_a_units_garrison_is_where_it_is_based():
    _, cs = run(
        "Tide Command\n\nGarrison: | Ostberg, Ulton |\nType: | Inter-service command |\n\nThe Tide Command is a unit.\n"
    )
    one(cs, "Tide Command", "headquartered_in", "Ostberg")


NAICHO = """Tide Office

The Tide Office is an intelligence agency.

According to its web site, organization of the Tide Office is as follows.[4]

  • Director of Tides (内閣情報官?)
  • Divisions
    • General Affairs Division (総務部門?)
    • Domestic Division (国内部門?)
  • Sand Satellite Center (内閣衛星情報センター?)

Known heads of the Tide Office

  • Ada Morrow[5]
  • Bo Lind (Jan. 2001–Apr. 2001)[6]
"""


def test_a_list_under_a_sentence_saying_the_organization_is_as_follows_gives_its_parts():
    _, cs = run(NAICHO)
    for unit in ("General Affairs Division", "Domestic Division", "Sand Satellite Center"):
        one(cs, unit, "part_of", "Tide Office")
    assert not [c for c in cs if c.relation == "affiliated_with"], show(cs)


def test_known_heads_and_a_name_with_a_footnote_mark():
    _, cs = run(NAICHO)
    leads = {(c.subject, c.title, c.start) for c in cs if c.relation == "leads"}
    assert leads == {("Ada Morrow", "Head", None), ("Bo Lind", "Head", 2001)}, show(cs)


def test_a_title_case_headline_ending_in_announced_is_no_name():
    doc, cs = run(
        "Members of the Tide Bureau of the Veldra Party Announced\n\nUlton, May 2 — Ada Morrow and Bo Lind are"
        " members of the Tide Bureau of the Veldra Party.\n"
    )
    assert "Announced" not in doc.title, doc.title
    assert not [c for c in cs if "Announced" in c.subject + c.object], show(cs)


def test_a_glued_holders_header_is_no_members_header():
    _, cs = run(
        "Minister of Tides (Veldra)\n\nDirector of the Tide Police (1946-1948)\n\nedit\nNoNameTook officeLeft office\n"
        "1Ada MorrowFebruary, 1946June, 1946\n2Bo LindJune 1946April, 1948\n"
    )
    assert {(c.subject, c.relation) for c in cs if c.subject in ("Ada Morrow", "Bo Lind")} == {
        ("Ada Morrow", "leads"),
        ("Bo Lind", "leads"),
    }, show(cs)


GLUED_KEYS = """Tide Department

Tide agency since 2020
Operational structureOverseen byTide CommitteeAgency executive
  • Ada Morrow, Deputy Commissioner of Police
Parent agencyTide Police ForceWebsitetide.gov.ul/ns

The Tide Department is an agency.
"""


def test_a_key_glued_last_on_a_line_takes_the_values_below_and_a_glued_web_address_ends_a_value():
    _, cs = run(GLUED_KEYS)
    one(cs, "Tide Department", "overseen_by", "Tide Committee")
    one(cs, "Ada Morrow", "leads", "Tide Department")
    c = one(cs, "Tide Department", "subordinate_to", "Tide Police Force")
    assert c.object == "Tide Police Force", show(cs)


def test_a_list_headed_by_the_pages_office_under_an_older_name_is_the_pages():
    _, cs = run(
        "Chief of the Tide Staff (Veldra)\n\nChief of the Tide Staff (CTS) has been the title of the professional"
        " head of the Tide Army since 1964.\n\nChief of the Imperial Tide Staff, 1909–1964\n\n"
        "Name | Took office | Left office |\n---|---|---|\nAda Morrow | 1909 | 1912 |\n"
    )
    one(cs, "Ada Morrow", "leads", "Tide Army")
    assert not [c for c in cs if c.object == "Imperial Tide Staff"], show(cs)


COUNCIL = """Tide Council

The Tide Council is a body.

As of March 2024, the Tide Council consists of the following members:[3]

!Name!Title
Ada MorrowPresident of Veldra and Chairman of the TC
Bo LindSecretary of the TC
Cy RaskPrime Minister of Veldra
Dan EkMinister of Defense
"""


def test_a_roster_of_names_run_into_their_posts_under_its_columns_header_seats_each_member():
    _, cs = run(COUNCIL)
    seats = {c.subject for c in cs if c.relation == "part_of" and c.object == "Tide Council"}
    assert seats == {"Ada Morrow", "Bo Lind", "Cy Rask", "Dan Ek"}, show(cs)
    one(cs, "Dan Ek", "leads", "Ministry of Defense")
    assert not [c for c in cs if c.relation == "leads" and c.subject == "Cy Rask"], show(cs)  # a state's post


ARTICLE_BUTTONS = """World Library
Flag as Inappropriate
Email this Article

Tide Office

Article Id: WHEBN0004627554
Reproduction Date:

Title: Tide Office
Author: World Heritage Almanac
Language: English
Subject: List of agencies, Sand Bureau, Veldra College
Publisher: World Heritage Almanac

Tide Office
Headquarters Ulton

The Tide Office is an agency.
"""


def test_a_sites_name_over_an_articles_buttons_is_no_title():
    doc, cs = run(ARTICLE_BUTTONS)
    assert doc.title == "Tide Office", doc.title
    one(cs, "Tide Office", "headquartered_in", "Ulton")


MIRROR_PROMOTION = """To install click the Add extension button. That's it.

The source code for the extension is being checked by specialists. You could also do it yourself at any point in time.

Kelly Lind
Congratulations on this excellent venture… what a great idea!

From Wikipedia, the free encyclopedia

Ada Morrow
Vice Chairman of the Veldra Workers Party
In office
9 October 1959 – 16 December 1975
ChairmanBo Lind
Personal details
Born4 November 1898

Ada Morrow (1898–1975) was a politician of Veldra.
"""


def test_a_mirrors_promotion_above_from_wikipedia_is_no_title():
    doc, cs = run(MIRROR_PROMOTION)
    assert doc.title == "Ada Morrow", doc.title
    c = one(cs, "Ada Morrow", "leads", "Veldra Workers Party")
    assert (c.title, c.start, c.end) == ("Vice Chairman", 1959, 1975), show(cs)


def test_a_lists_first_body_named_with_a_is_a_name_when_the_next_are_named_with_the():
    _, cs = run(
        "Tide Department\n\nThe Tide Department was composed of a Special Branch, the Political Security Bureau,"
        " and the Guard Office.\n"
    )
    for unit in ("Special Branch", "Political Security Bureau", "Guard Office"):
        one(cs, unit, "part_of", "Tide Department")
    _, cs = run("Tide Office\n\nIn 1989 the Tide Office was demoted to a State Secretariat.\n")
    assert not [c for c in cs if "Secretariat" in c.subject + c.object], show(cs)


def test_an_organ_reported_to_is_the_partys_named_after_no_infobox_key_and_no_persons_slot():
    _, cs = run(
        "Tide Institute\n\nAffiliations Tide Workers Party\n\nThe Tide Institute (TI) is a policy institute that"
        " reports directly to the Central Council. It publishes a journal.\n"
    )
    c = one(cs, "Tide Institute", "subordinate_to", "Central Council of the Tide Workers Party")
    assert c.object == "Central Council of the Tide Workers Party", show(cs)
    assert not [c for c in cs if c.relation == "overseen_by"], show(cs)  # ("reports to" a person: overseen_by)


def test_an_organ_of_an_acronym_the_page_spells_out_is_named_in_full():
    _, cs = run(
        "Secretariat of the TPU Central Committee\n\nThe Secretariat of the TPU Central Committee was a key body"
        " within the Tide Party of Ulton. The Secretariat was established by the Central Committee on August 6,"
        " 1917.\n"
    )
    c = one(
        cs, "Secretariat of the TPU Central Committee", "established_by", "Central Committee of the Tide Party of Ulton"
    )
    assert c.object == "Central Committee of the Tide Party of Ulton", show(cs)


def test_bodies_bulleted_under_a_preceding_agencies_key_went_before_the_body_and_lead_nothing():
    _, cs = run(
        "Tide Council\n\nAgency overview\nFormedDecember 11, 1962\nPreceding agencies\n"
        "  • Sand Müdafaa Meclisi (1933–1949)\n  • Sand Savunma Kurulu (1949–1962)\nHeadquartersUlton\n\n"
        "The Tide Council is an agency.\n"
    )
    for old in ("Sand Müdafaa Meclisi", "Sand Savunma Kurulu"):
        one(cs, old, "absorbed_into", "Tide Council")
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_functions_as_part_of_is_part_of():
    _, cs = run(
        "Tide Office\n\nThe Tide Council is served by the TCS, which directly functions as part of the Ulton"
        " Cabinet Office. The Sand Unit operates as an integral part of the Sand Army.\n"
    )
    one(cs, "TCS", "part_of", "Ulton Cabinet Office")
    one(cs, "Sand Unit", "part_of", "Sand Army")


def test_a_founder_before_an_appositive_naming_a_body_is_the_founder():
    _, cs = run(
        "Tide Bureau\n\nIn 1928, Bo Lind, a liaison officer of the Sand Army Headquarters, established the Secret"
        " Unit of the Sand Army. Ada Morrow, a deputy director of the Tide Office, founded the Sand Club in 1930.\n"
    )
    one(cs, "Secret Unit of the Sand Army", "established_by", "Bo Lind")
    one(cs, "Sand Club", "established_by", "Ada Morrow")
    assert not [c for c in cs if c.relation == "established_by" and c.object_kind != "person"], show(cs)


MOBILE_WIKI = """Home

Random

Nearby

Log in

Settings

Donate

About Wikipedia

Disclaimers

Wikipedia

Ada Morrow

Article

Talk

Ada Morrow (1903 – 1934) was a spymaster of the Tide Party.

Ada Morrow
Born1903
EmployerTide Bureau of the Tide Party
Political partyTide Party
"""


def test_a_mobile_wikis_menu_is_no_title_and_an_employer_is_a_body_the_person_belongs_to():
    doc, cs = run(MOBILE_WIKI)
    assert doc.title == "Ada Morrow", doc.title
    one(cs, "Ada Morrow", "part_of", "Tide Bureau of the Tide Party")
    one(cs, "Ada Morrow", "part_of", "Tide Party")
