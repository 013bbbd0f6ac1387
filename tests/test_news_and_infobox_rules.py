"""General rules a held-out set of real pages showed missing (news of appointments with a rank
before the name and a body named without an organisation word, a title glued to its
abbreviation, membership since a time, control by an office holder, an infobox's key people
with their posts): each test runs the reader and extractor on a short invented document and
checks one rule, and where a rule could over-reach, that it does not.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

# ----------------------------------------------------------------------------- news of appointments


def test_appointed_as_the_post_of_a_body_named_without_an_organisation_word():
    _, cs = run(
        "Tide news\n\n"
        "A source said that Maj-Gen Ada Morn has been appointed as the chief of the Veldran Intelligence, "
        "while Lt-Gen Bo Wu is appointed as the chief of the military intelligence.\n\n"
        "Maj-Gen Cy Lo is appointed as the head of the National Security, replacing Dan Roe.\n\n"
        "Maj-Gen Ed Fay is appointed as deputy National Security chief.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Veldran Intelligence").title == "Chief"
    assert one(cs, "Bo Wu", "leads", "military intelligence").title == "Chief"
    one(cs, "Cy Lo", "leads", "National Security")
    assert one(cs, "Ed Fay", "leads", "National Security").title == "Deputy Chief"
    # the rank is no part of the person's name
    assert not [c for c in cs if c.subject.startswith(("Maj", "Lt"))], show(cs)


def test_a_post_of_a_state_or_without_the_article_names_no_body():
    _, cs = run(
        "Tide news\n\n"
        "Ada Morn was appointed as the head of the Republic of Veldra. Bo Wu was appointed as the chief of "
        "Ulton Province. Cy Lo was appointed as the head of the United States.\n"
    )
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_a_demonym_and_military_intelligence_is_one_body():
    _, cs = run("Tide news\n\nBo Wu, former head of Veldran military intelligence, retired in 1990.\n")
    one(cs, "Bo Wu", "leads", "Veldran military intelligence")
    none(cs, "Bo Wu", "leads", "Veldran military")


# ----------------------------------------------------------------------------- titles and memberships


def test_a_title_line_with_its_abbreviation_glued_on_is_the_name_and_an_alias():
    d, cs = run(
        "Harbour Tide Organization HTO\n"
        "Harbour Tide Organization (HTO)\n"
        "an international body founded in Ulton in 1957. The Ulton Tide Committee has been a member of HTO "
        "since its inception.\n"
    )
    assert not [c for c in cs if "HTO" in c.subject and c.subject != "HTO"], show(cs)
    assert [c for c in cs if c.relation == "alias" and c.value == "HTO"], show(cs)
    one(cs, "Ulton Tide Committee", "part_of", "Harbour Tide Organization")


def test_a_title_ending_in_capitals_that_are_not_its_initials_is_kept_whole():
    d, cs = run("Harbour Tide Office UK\n\nThe Harbour Tide Office UK is a body in Ulton.\n")
    assert not [c for c in cs if c.relation == "alias" and c.value == "UK"], show(cs)


def test_membership_since_a_year_and_no_fallback_to_the_page_for_a_person():
    _, cs = run(
        "Harbour Tide Organization\n\n"
        "The Harbour Tide Organization is an international body. The Sea League has been a member of the "
        "Tide Union since 1960. Ada Morn is a member of the Tide Party.\n"
    )
    assert one(cs, "Sea League", "part_of", "Tide Union").start == 1960
    none(cs, "Harbour Tide Organization", "part_of", "Tide Party")


# ----------------------------------------------------------------------------- control by an office holder


def test_controlled_by_an_office_and_its_holder_in_apposition_is_the_holders():
    _, cs = run(
        "Harbour Security Service\n\n"
        "The Harbour Security Service (HSS) is an agency of Veldra. The HSS is formally controlled by the "
        "president of Veldra, Ada Morn. The Sea Guard is controlled by the Tide Office.\n"
    )
    one(cs, "Harbour Security Service", "controlled_by", "Ada Morn")
    one(cs, "Sea Guard", "controlled_by", "Tide Office")
    none(cs, "Harbour Security Service", "controlled_by", "Veldra")


def test_a_body_that_runs_front_organizations_operates_them():
    _, cs = run(
        "Tide Front Department\n\n"
        "The Tide Front Department (TFD) is a department of the Harbour Party. It manages front "
        "organizations, including the Tidewatch. The Harbour Party created front groups, such as the Sea "
        "Circle.\n"
    )
    one(cs, "Tidewatch", "front_for", "Tide Front Department")
    one(cs, "Tidewatch", "operated_by", "Tide Front Department")
    one(cs, "Sea Circle", "front_for", "Harbour Party")
    none(cs, "Sea Circle", "operated_by", "Harbour Party")  # created, not said to run


# ----------------------------------------------------------------------------- infobox keys alone on a line

_CLUB = """Harbour Club

Harbour Club
TypeNGO
Chairman
Bo Wu
Key people
Ada Lind, founder
Main organ
{organ}
Parent organisation
Tide Office

The Harbour Club is a club in Ulton.
"""


def test_key_people_with_a_post_after_the_name_and_a_governing_organ():
    _, cs = run(_CLUB.format(organ="General Assembly"))
    one(cs, "Harbour Club", "established_by", "Ada Lind")  # (a founder among key people: no post held)
    assert not [c for c in cs if c.relation == "leads" and c.subject == "Ada Lind"]
    one(cs, "Bo Wu", "leads", "Harbour Club")
    one(cs, "General Assembly", "part_of", "Harbour Club")


def test_a_main_organ_that_is_a_paper_or_a_bare_body_word_is_no_unit():
    _, cs = run(_CLUB.format(organ="Tide Herald"))
    one(cs, "Harbour Club", "publishes", "Tide Herald")
    assert not [c for c in cs if c.relation == "part_of"], show(cs)
    _, cs = run(_CLUB.format(organ="Congress"))
    assert not [c for c in cs if c.relation in ("part_of", "publishes")], show(cs)


# ----------------------------------------------------------------------------- smaller causes of the development sets


def test_an_oversight_field_may_name_offices_of_oversight_over_two_lines():
    _, cs = run(
        "Harbour Agency\n\n"
        "Agency overview Formed 1960 Preceding agency Old Tide Office Dissolved 2011 Overviewed by Inspector "
        "General of Veldra\nAuditor General of VeldraHeadquarters Ulton\n\n"
        "The Harbour Agency is an agency of Veldra.\n"
    )
    one(cs, "Harbour Agency", "overseen_by", "Inspector General of Veldra")
    one(cs, "Harbour Agency", "overseen_by", "Auditor General of Veldra")
    _, cs = run(
        "Harbour Agency\n\n- Type: Agency\n- Parent agency: President of Veldra\n\nThe Harbour Agency is an agency.\n"
    )
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)  # an office that is no body


def test_a_name_with_a_preposition_goes_on_with_in_and_a_continent():
    _, cs = run(
        "Tide news\n\nAda Morn served as the Executive Secretary of the Committee of Tide Services in Africa in "
        "Ulton. The Tide Office in Ulton was closed.\n"
    )
    one(cs, "Ada Morn", "leads", "Committee of Tide Services in Africa")
    assert not [c for c in cs if c.object == "Committee of Tide Services"], show(cs)
    assert not [c for c in cs if "Office in" in (c.subject + c.object)], show(cs)


def test_a_headline_post_named_by_its_field_makes_the_body_with_that_field_the_subject():
    _, cs = run(
        "Veldra gets new intelligence chief\n\n"
        "The king has appointed a new intelligence chief, the news agency reported. Ada Morn held top posts "
        "in the Tide Intelligence Department and the Harbour Office for years. The court found former "
        "intelligence chief Bo Wu guilty. General Cy Lo replaces Dan Roe, the agency said.\n"
    )
    one(cs, "Bo Wu", "leads", "Tide Intelligence Department")
    none(cs, "Bo Wu", "leads", "Harbour Office")
    one(cs, "Cy Lo", "leads", "Tide Intelligence Department")  # the headline's post: "A replaces B"
    one(cs, "Dan Roe", "leads", "Tide Intelligence Department")


def test_sheikh_is_an_honorific_only_before_an_arabic_patronymic():
    _, cs = run(
        "Harbour Security Directorate\n\n"
        "The Harbour Security Directorate (HSD) is an agency. The present Director General of the HSD is "
        "Major General Sheikh Ada Morn. The emir, Sheikh Hamad bin Khalid, heads the Tide Council.\n"
    )
    one(cs, "Sheikh Ada Morn", "leads", "Harbour Security Directorate")
    one(cs, "Hamad bin Khalid", "leads", "Tide Council")
    assert not [c for c in cs if c.subject in ("Ada Morn", "Sheikh Hamad bin Khalid")], show(cs)


def test_a_member_bodys_letters_glued_to_a_holder_whose_key_was_lost():
    _, cs = run(
        "Harbour Youth Union\n\nHarbour Youth Union\nFormation10 November 1950\nHeadquartersUlton, Veldra\n"
        "HTUAda Morn\nSecretary General\nTYL - Bo Wu\n\nThe Harbour Youth Union is a union of youth groups.\n"
    )
    one(cs, "Ada Morn", "leads", "Harbour Youth Union")
    assert one(cs, "Bo Wu", "leads", "Harbour Youth Union").title == "Secretary-General"
    assert not [c for c in cs if "HTU" in c.subject], show(cs)


def test_an_offices_incumbent_and_since_below_the_captions_under_the_title():
    _, cs = run(
        "First Secretary of the Harbour Youth League\n\nLast updated\n"
        "First Secretary of the Secretariat of the Harbour Youth League\nHarbour Youth League logo.svg\n"
        "Emblem of the Harbour Youth League\nAda Morn\nsince May 31, 2023\nSeat Ulton\nInaugural holder Bo Wu\n\n"
        "The first secretary of the Harbour Youth League is the leader of the Harbour Youth League (HYL).\n"
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Youth League").start == 2023
    assert one(cs, "Bo Wu", "leads", "Harbour Youth League").start is None


def test_the_body_that_elects_the_subject_oversees_it_and_a_publisher_is_a_body():
    _, cs = run(
        "Tide Discipline Commission\n\n- Type: Commission\n- Elected by: Congress of the Harbour Party\n"
        "- Responsible to: Central Committee of the Harbour Party\n\n"
        "The Tide Discipline Commission is a commission of the Harbour Party. The Harbour Foreign Language "
        "Publications is run by the commission.\n"
    )
    one(cs, "Tide Discipline Commission", "overseen_by", "Congress of the Harbour Party")
    one(cs, "Tide Discipline Commission", "subordinate_to", "Central Committee of the Harbour Party")
    one(cs, "Harbour Foreign Language Publications", "operated_by", "Tide Discipline Commission")


def test_an_organisation_templates_origins_names_its_founder_not_a_place():
    _, cs = run(
        "{{Infobox organization\n| name = Harbour Circle\n| origins = Tide Office\n}}\nThe Harbour Circle was a club.\n"
    )
    one(cs, "Harbour Circle", "established_by", "Tide Office")
    _, cs = run(
        "{{Infobox organization\n| name = Harbour Circle\n| origins = Ulton, Veldra\n}}\nThe Harbour Circle was a club.\n"
    )
    assert not [c for c in cs if c.relation == "established_by"], show(cs)


def test_more_ways_news_tells_an_appointment():
    _, cs = run(
        "Tide news\n\n"
        "Ada Morn was appointed chief of the Harbour Bureau on Tuesday. Bo Wu, the newly appointed head of the "
        "Veldran Intelligence, spoke. Cy Lo will head the Sea Office. Dan Roe replaced Ed Fay as head of the "
        "Tide Security in 2012.\n"
    )
    one(cs, "Ada Morn", "leads", "Harbour Bureau")  # the weekday is no part of the name
    assert not [c for c in cs if "Tuesday" in c.object], show(cs)
    one(cs, "Bo Wu", "leads", "Veldran Intelligence")
    one(cs, "Cy Lo", "leads", "Sea Office")
    assert one(cs, "Dan Roe", "leads", "Tide Security").start == 2012
    assert [c for c in cs if c.subject == "Ed Fay" and c.object == "Tide Security" and c.end == 2012], show(cs)


def test_more_forms_of_control_by_a_holder_membership_and_key_people():
    _, cs = run(
        "Harbour Security Service\n\n"
        "The Harbour Security Service (HSS) is an agency of Veldra. The HSS is controlled by President Ada "
        "Morn. The Sea Guard is directly controlled by the country's president, Bo Wu. The Sea League has been "
        "a full member of the Tide Union since 1960.\n"
    )
    one(cs, "Harbour Security Service", "controlled_by", "Ada Morn")
    one(cs, "Sea Guard", "controlled_by", "Bo Wu")
    assert one(cs, "Sea League", "part_of", "Tide Union").start == 1960
    _, cs = run(
        _CLUB.replace("Ada Lind, founder\n", "Ada Lind, founder\nCy Lo, general secretary\n").format(
            organ="Tide Herald"
        )
    )
    one(cs, "Harbour Club", "established_by", "Ada Lind")
    assert one(cs, "Cy Lo", "leads", "Harbour Club").title == "General Secretary"


def test_a_title_glossing_its_name_in_a_language_is_the_name_and_an_alias():
    text = (
        "Tide Watch (Vakta Tidu, in Swedish)\n\nviews updated\n\nTIDE WATCH (Vakta Tidu, in Swedish)\n\n"
        "Coastal security service. Tide Watch was created in June 1948. The directors of Tide Watch have "
        "been: Ada Morn (1948–1953), Bo Wu (1953–1963) and Cy Rask (1963–).\n"
    )
    d, cs = run(text)
    c = one(cs, "Ada Morn", "leads", "Tide Watch")
    assert (c.start, c.end) == (1948, 1953)
    assert not [x for x in cs if "(" in (x.subject + (x.object or ""))], show(cs)
    alias = [x for x in cs if x.relation == "alias" and x.value == "Vakta Tidu"]
    assert alias and d.text[alias[0].char_start : alias[0].char_end] == "Vakta Tidu", show(cs)


def test_a_parenthesis_in_a_place_after_a_title_is_no_language_gloss():
    d, cs = run("Tide Club (Harbour Branch, in Ulton)\n\nThe Tide Club is a society in Ulton.\n")
    assert not [x for x in cs if x.relation == "alias" and x.value == "Harbour Branch"], show(cs)


def test_a_name_a_succession_verb_governs_takes_no_post_from_as_head_of():
    _, cs = run("Tide Office\n\nAda Morn replaced Bo Wu as head of the Tide Office in 2012.\n")
    assert one(cs, "Ada Morn", "leads", "Tide Office").start == 2012
    bo = [c for c in cs if c.subject == "Bo Wu" and c.relation == "leads"]
    assert [(c.start, c.end) for c in bo] == [(None, 2012)], show(cs)
    _, cs = run("Tide Office\n\nThe council appointed Bo Wu as head of the Tide Office in 2012.\n")
    assert one(cs, "Bo Wu", "leads", "Tide Office").start == 2012


# ----------------------------------------------------------------------------- a key of two posts


def test_a_key_naming_two_posts_one_person_holds_is_a_leader_key():
    # pipe, dash-colon and colon layouts; an abbreviated title ("CEO") counts as a post
    _, cs = run(
        "Tide Foundation\n\nThe Tide Foundation is a nonprofit organization based in Ulton.\n\n"
        "Headquarters | Ulton |\nPresident and CEO | Ada Morn |\nWebsite | tide.example |\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Foundation").title == "President and CEO"
    _, cs = run("Harbour Trust\n\n- Type: Nonprofit\n- Chairman & Managing Director: Bo Lin\n- Headquarters: Ulton\n")
    assert one(cs, "Bo Lin", "leads", "Harbour Trust").title == "Chairman & Managing Director"
    _, cs = run("Tide Council\n\nDirector/Chief Executive: Cy Lo\nFounded: 1990\n")
    one(cs, "Cy Lo", "leads", "Tide Council")
    # a key whose parts are not all posts is no leader key
    _, cs = run("Tide Council\n\nHeadquarters and offices | Ulton |\nFounder and Editor | Dan Roe |\n")
    assert not [c for c in cs if c.relation == "leads"], show(cs)
