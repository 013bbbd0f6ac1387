"""Forms met on pages the parser had not seen: a translated mirror's title and infobox keys, a rank's
mark after a one-word name, a body's bullet with its article and a gloss, an appositive that opens
with a post of no body, a seat moved, a year after "present", "includes", a post after a body's
abbreviation, two founders joined by "and", "and" glued to the names on both sides of it. Every
document here is invented."""

from __future__ import annotations

from claim_helpers import none, one, reads_as, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

TRANSLATED = """Amt für Gezeiten von Veldra - Tide Office of Veldra

Die Gezeitenabteilung oder TO ist eine Behörde von Veldra, die die Gezeiten misst und wurde am 26. März 1990 gegründet.

Direktoren

  • Ada Morn (26. März 1990 - 19. März 1991)
  • Bo Lind (27. September 1991 - heute)
"""


def test_a_translated_mirrors_title_is_the_original_name_after_the_dash():
    doc, cs = run(TRANSLATED)
    assert doc.title == "Tide Office of Veldra"
    assert one(cs, "Ada Morn", "leads", "Tide Office of Veldra").start == 1990, show(cs)
    one(cs, "Bo Lind", "leads", "Tide Office of Veldra")


def test_an_english_page_keeps_a_title_with_a_dash_whole():
    doc, _ = run("Tide Office - Ulton Council\n\nThe Tide Office - Ulton Council is a joint body of the port.\n")
    assert doc.title == "Tide Office - Ulton Council"


TRANSLATED_KEYS = """Gezeitenamt - Tide Office

Tide Office des Hafenrats
Formation1942
Hauptquartier12 Harbour Street, Ulton
Kopf
Ada Morn
Stellvertretende Leiter
Bagatur *, Bo Lind *, Cy Rask
Disziplinarsekretär
Di Wu
Übergeordnete Organisation
Harbour Council of Veldra
Webseitewww.tide.example

Das Tide Office des Hafenrats ist eine Abteilung, die direkt an den Hafenrat berichtet.
"""


def test_a_translated_mirrors_infobox_keys_read_as_the_english_keys():
    _, cs = run(TRANSLATED_KEYS)
    assert one(cs, "Ada Morn", "leads", "Tide Office").title == "Head"
    for name in ("Bagatur", "Bo Lind", "Cy Rask"):
        assert one(cs, name, "leads", "Tide Office").title == "Deputy Head", show(cs)
    assert one(cs, "Di Wu", "leads", "Tide Office").title == "Discipline Inspection Secretary"
    one(cs, "Tide Office", "subordinate_to", "Harbour Council of Veldra")


SERVICES = """Tide Security Service

Structure
Most units of the service are called services.
- The Counterintelligence Service (First Service)
- The Service to Guard the Harbour System and Combat Smuggling (Second Service)
"""


def test_a_bullets_body_before_a_gloss_loses_its_article_and_may_be_long():
    _, cs = run(SERVICES)
    units = {c.subject for c in cs if c.object == "Tide Security Service" and c.relation != "alias"}
    assert units == {"Counterintelligence Service", "Service to Guard the Harbour System and Combat Smuggling"}, show(
        cs
    )


NEWS = """Tide Conference Held

The conference was held in Ulton. Ada Morn, Vice Premier and Chair of the Council of the Harbour Institute,
attended the ceremony. The president has dismissed longtime Harbour Security Service (HSS) chief Cy Rask,
removing a rival.
"""


def test_an_appositive_may_open_with_a_post_of_no_body():
    _, cs = run(NEWS)
    assert one(cs, "Ada Morn", "leads", "Council of the Harbour Institute").title == "Chair"


def test_a_post_after_a_bodys_abbreviation_is_that_bodys():
    _, cs = run(NEWS)
    assert one(cs, "Cy Rask", "leads", "Harbour Security Service").title == "Chief"


SERVICE = """Tide Security Service

The Tide Security Service is a service of Veldra. In 1996, it moved its headquarters to Port Arn.
The present (2020) head of the Tide Security Service is Bo Lind.
The Tide Security Service includes the Veldran Presidential Guard Service.
The service includes an estimated 5,000 troops and the Minister of Tides.
"""


def test_a_body_that_moved_its_headquarters_is_seated_there_from_that_year():
    _, cs = run(SERVICE)
    assert one(cs, "Tide Security Service", "headquartered_in", "Port Arn").start == 1996


def test_a_year_in_parentheses_after_present_keeps_the_head():
    _, cs = run(SERVICE)
    c = one(cs, "Bo Lind", "leads", "Tide Security Service")
    assert (c.title, c.start) == ("Head", 2020)


def test_a_body_that_includes_a_named_body_is_its_whole():
    _, cs = run(SERVICE)
    one(cs, "Veldran Presidential Guard Service", "part_of", "Tide Security Service")
    assert len([c for c in cs if c.relation == "part_of"]) == 1, show(cs)


GLUED_FOUNDERS = """TheTide Party is one of theminor parties inVeldra under the direction of theArn Party. It moved
toUlton in 1930.
Tide Party | |
---|---|
Chairperson | Di Wu |
Founder | Ada MornandBo Lind |
Headquarters | Ulton |
"""


def test_two_founders_glued_to_their_and_are_each_a_founder():
    doc = orgnet.parse_text(GLUED_FOUNDERS, "t.txt")
    cs = orgnet.extract_claims(doc)
    for c in cs:
        assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), c
    one(cs, "Tide Party", "established_by", "Ada Morn")
    one(cs, "Tide Party", "established_by", "Bo Lind")
    none(cs, "Tide Party", "established_by", "Ada MornandBo Lind")


KIN_AND_OVERSIGHT = """Tide Security Agency

The Tide Security Agency (TSA) is an agency of Veldra. Ada Morn, son of the Party's Marshal Bo Lin, is director
of the Harbour Department. Parliamentary oversight of the TSA is exercised by the Sejm.
"""


def test_a_kin_appositive_with_a_title_before_the_name_leaves_the_post_to_the_first_name():
    _, cs = run(KIN_AND_OVERSIGHT)
    one(cs, "Ada Morn", "leads", "Harbour Department")
    none(cs, "Bo Lin", "leads", "Harbour Department")


def test_oversight_exercised_by_a_legislature_of_one_word_is_oversight():
    _, cs = run(KIN_AND_OVERSIGHT)
    one(cs, "Tide Security Agency", "overseen_by", "Sejm")


NOTED_AND_DEMONYMS = """Tide Office

The Tide Office is an office. It was founded in 1990 by Chinese Malaysian businessman Ada Morn.

Directors

  • Ada Morn (1990 - 1991)
  • Bo Lind (acting)
  • Cy Rask (1992 - present)
"""


def test_a_holder_with_a_note_and_no_term_in_a_leaders_list_is_a_holder():
    _, cs = run(NOTED_AND_DEMONYMS)
    c = one(cs, "Bo Lind", "leads", "Tide Office")
    assert (c.title, c.start, c.end) == ("Director", None, None)


def test_demonyms_before_an_occupation_are_no_name():
    _, cs = run(NOTED_AND_DEMONYMS)
    one(cs, "Tide Office", "established_by", "Ada Morn")
    assert not [c for c in cs if "Malaysian" in c.object], show(cs)


SPACED_AGENCY = """Tide Agency

Tide Agency
Agency overview
Formed 1977
Jurisdiction President of Veldra
Headquarters Ulton Cantonment, Veldra
Motto Watch and listen
Notable Directors:
  • Major General Ada Morn
  • Major General Bo Lind Rask

The Tide Agency is the military intelligence agency of Veldra.
"""


def test_a_keys_line_under_a_line_that_names_a_post_is_no_holder():
    _, cs = run(SPACED_AGENCY)
    one(cs, "Tide Agency", "headquartered_in", "Ulton Cantonment")
    assert not [c for c in cs if c.relation == "leads" and "Headquarters" in c.subject], show(cs)


def test_names_alone_under_a_leaders_heading_hold_its_post():
    _, cs = run(SPACED_AGENCY)
    for name in ("Ada Morn", "Bo Lind Rask"):
        assert one(cs, name, "leads", "Tide Agency").title == "Director", show(cs)


FOREIGN_RANKS = """Tide Agency

The Tide Agency is an agency.

Ministers
- Maarschalk Ada Morn (1959 -?)
- Generaal Bo Lind (1981-1982)

Directors:
- Letnan Jenderal TNI Cy Rask (1999 s.d. 2001)
- Jenderal Polisi Sutanto (22 Oktober 2009 s.d. 19 Oktober 2011)
- Jenderal Polisi Dan Ovan (9 September 2016 s.d. sekarang)
- Eda Lund (2001 to 2004)
"""


def test_foreign_ranks_before_a_listed_holder_are_no_part_of_the_name():
    _, cs = run(FOREIGN_RANKS)
    assert one(cs, "Ada Morn", "leads", "Tide Agency").start == 1959
    assert (one(cs, "Bo Lind", "leads", "Tide Agency").end) == 1982


def test_a_term_parted_by_a_word_gives_both_years_and_present_in_other_languages():
    _, cs = run(FOREIGN_RANKS)
    c = one(cs, "Cy Rask", "leads", "Tide Agency")
    assert (c.title, c.start, c.end) == ("Director", 1999, 2001)
    assert (one(cs, "Eda Lund", "leads", "Tide Agency").start, one(cs, "Eda Lund", "leads", "Tide Agency").end) == (
        2001,
        2004,
    )
    assert one(cs, "Dan Ovan", "leads", "Tide Agency").start == 2016


def test_one_name_after_a_rank_of_two_words_is_a_person():
    _, cs = run(FOREIGN_RANKS)
    c = one(cs, "Sutanto", "leads", "Tide Agency")
    assert (c.start, c.end) == (2009, 2011)


# (the lines between a key and its value hold two spaces, as the site prints them)
PAIRED_POSTS = (
    "Tide Office\n\nFormed\n  \n18 January 2000\n\nAgency executives\n  \n"
    "Ada Morn, Director Bo Lind, Vice Director Cy Rask, Vice Director\n\nThe Tide Office is an office.\n"
)


def test_pairs_of_a_name_and_its_post_run_together_after_a_blank_line_give_each_its_post():
    _, cs = run(PAIRED_POSTS)
    got = {(c.subject, c.title) for c in cs if c.relation == "leads"}
    assert got == {("Ada Morn", "Director"), ("Bo Lind", "Vice Director"), ("Cy Rask", "Vice Director")}, show(cs)


def test_a_body_directly_responsible_to_another_is_subordinate_to_it():
    text = (
        "Tide Bureau\n\nThe Tide Bureau, which was directly responsible to the Tide Council (TC), oversaw the ports.\n"
    )
    _, cs = run(text)
    one(cs, "Tide Bureau", "subordinate_to", "Tide Council")
    _, cs = run("Tide Bureau\n\nThe Tide Bureau is responsible to ensure that the Tide Council meets.\n")
    none(cs, "Tide Bureau", "subordinate_to", "Tide Council")


def test_a_garrison_named_with_its_place_is_one_name():
    text = (
        "Tide News\n\nThe council met. The Tide Council has appointed Major General Ada Morn as political commissar "
        "of the Tide Army Ulton Garrison.\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Army Ulton Garrison").title == "Political Commissar"
    assert not [c for c in cs if "Ulton Garrison" == c.subject], show(cs)


def test_a_description_and_one_of_the_ministries_of_a_government():
    text = (
        "Ministry of Tides\n\nThe Ministry of Tides (MT) is a public agency and one of the biggest ministry of the "
        "Government of Veldra, performing the function of management.\n"
    )
    _, cs = run(text)
    one(cs, "Ministry of Tides", "part_of", "Government of Veldra")
    assert [c.value for c in cs if c.relation == "type"] == ["public agency"], show(cs)


GARRISON = """Tide Army Ulton Garrison

Commanders
CommanderMajor General Ada Morn
Political Commissar[3]Major General Bo Lind[2]

The Tide Army Ulton Garrison is a garrison of the Tide Army (TA) responsible for defence.
"""


def test_a_footnote_marker_between_a_glued_key_and_its_value_is_no_part_of_the_value():
    _, cs = run(GARRISON)
    assert one(cs, "Bo Lind", "leads", "Tide Army Ulton Garrison").title == "Political Commissar"


def test_a_garrison_of_an_army_is_part_of_it():
    _, cs = run(GARRISON)
    one(cs, "Tide Army Ulton Garrison", "part_of", "Tide Army")


def test_a_name_goes_on_past_in_the_to_a_special_administrative_region():
    text = (
        "Ulton Liaison Office\n\nThe Liaison Office of the Tide Government in the Ulton Special Administrative Region "
        "is the office of the Tide Government in Ulton. It reports to the Tide Council.\n"
    )
    _, cs = run(text)
    one(
        cs,
        "Liaison Office of the Tide Government in the Ulton Special Administrative Region",
        "subordinate_to",
        "Tide Council",
    )


def test_a_founding_value_that_names_its_founder_gives_the_founder():
    text = "Tide Agency\n\nTide Agency\nAgency overview\nFormed 1977 (Official Formation) by President Ada Morn\n\nThe Tide Agency is an agency.\n"
    _, cs = run(text)
    assert one(cs, "Tide Agency", "established_by", "Ada Morn").start == 1977


CHIEF_EXECUTIVES = """Heads of Tide Agencies

The new chief executives are:

- Mr. Ada Morn – Director-General, Tide Radio Corporation of Veldra (TRCV)
2. Mr. Bo Lind – Director-General, Veldra Television Authority (VTA)
3. Mr. Cy Rask – Director-General, Voice of Veldra (VOV)
"""


def test_a_holder_a_dash_a_post_and_its_body_after_a_comma_head_that_body():
    _, cs = run(CHIEF_EXECUTIVES)
    got = {(c.subject, c.object) for c in cs if c.relation == "leads"}
    assert got == {
        ("Ada Morn", "Tide Radio Corporation of Veldra"),
        ("Bo Lind", "Veldra Television Authority"),
        ("Cy Rask", "Voice of Veldra"),
    }, show(cs)
    assert not [c for c in cs if "Mr." in c.subject], show(cs)


COMMA_BULLETS = """Tide Council

Tide Council
Agency overview
Headquarters The Citadel, Ulton
Superseding agency The National Tide Agency (NTA, in Spanish)
Head Of State

The Tide Council is a council.

Secretaries
- Ada Morn (1993),
- Bo Lind (1993—1996),
- Cy Rask (1996-1998);
"""


def test_a_leaders_bullet_may_end_in_a_lists_comma_after_its_term():
    _, cs = run(COMMA_BULLETS)
    assert {(c.subject, c.start, c.end) for c in cs if c.relation == "leads"} == {
        ("Ada Morn", 1993, 1993),
        ("Bo Lind", 1993, 1996),
        ("Cy Rask", 1996, 1998),
    }, show(cs)


def test_a_spaced_key_may_take_a_value_that_opens_with_the_and_a_bodys_value_loses_it():
    _, cs = run(COMMA_BULLETS)
    one(cs, "Tide Council", "headquartered_in", "The Citadel")
    c = one(cs, "Tide Council", "absorbed_into", "National Tide Agency")
    assert c.object == "National Tide Agency", show(cs)
    assert not [c for c in cs if c.relation == "leads" and c.subject.startswith("Of")], show(cs)


def test_an_office_pages_caption_that_names_the_office_of_its_title_makes_that_office_the_subject():
    text = (
        "Director of Tide Intelligence\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "Office of the Director of Tide Intelligence\nAgency overview\nFormedApril 22, 2005\n"
        "Agency executivesAda Morn, Director\nBo Lind, Principal Deputy Director\n"
        "Child agenciesTide Counterterrorism Center\nWebsitewww.dti.gov\n"
    )
    _, cs = run(text)
    office = "Office of the Director of Tide Intelligence"
    assert one(cs, "Ada Morn", "leads", office).title == "Director"
    one(cs, "Tide Counterterrorism Center", "subordinate_to", office)
    assert not [c for c in cs if c.object == "Tide Intelligence"], show(cs)


def test_a_ranked_holder_with_a_service_after_the_name_right_under_a_leader_key():
    text = (
        "Director of the Tide Agency\n\nThe Director of the Tide Agency (DTA) is the highest official of the Tide Agency.\n"
        "\nDirector of the Tide Agency\nIncumbent\nGeneral Ada M. Morn, USA\n\nsince May 4, 2018\nTide Agency\n"
        "Formation1952\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada M. Morn", "leads", "Tide Agency").title == "Director"
    assert not [c for c in cs if c.subject == "USA" or c.object == "USA"], show(cs)


def test_a_unit_allegedly_of_a_service_is_its_part():
    text = "Tide News\n\nThe Tide Security Service (TSS) is a service. The Sand Group is allegedly a cyber unit of the TSS.\n"
    _, cs = run(text)
    assert one(cs, "Sand Group", "part_of", "Tide Security Service").hedge == "alleged"


def test_a_verb_glued_to_a_link_is_parted_on_a_glued_page():
    doc = orgnet.parse_text("It reports to theTide Council, isAda Morn's, inUlton; he joinedTide Youth.\n", "t.txt")
    assert "joined Tide Youth" in doc.text and "joinedTide" in doc.raw
