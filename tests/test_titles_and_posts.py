"""A page's title and its holders' posts as pages the parser had not read write them: a site's
name above the page's own title line, an article's buttons, a post with a prefix the title list
has only in part ("Deputy Director-General"). Every document here is invented."""

from __future__ import annotations

import pytest
from claim_helpers import find, one, run, show

from orgnet.read.lines import is_furniture, is_known_title


def test_a_site_name_the_text_never_names_again_is_not_the_title():
    doc, claims = run(
        "Tidewater Library  \nFlag as Inappropriate\nEmail this Article\n\nHarbour Broadcasting\n\n"
        "Harbour Broadcasting\nType Radio\nOwner Government of Veldra\n\n"
        "Harbour Broadcasting, or HB, is the state broadcaster of Veldra.\n"
    )
    assert doc.title == "Harbour Broadcasting"
    assert ("Harbour Broadcasting", "Government of Veldra") in {(c.subject, c.object) for c in claims}


def test_a_first_line_the_text_names_again_stays_the_title():
    doc, _ = run("Tidewater Guild\n\nHarbour Broadcasting\n\nTidewater Guild is a union of Veldran dockers.\n")
    assert doc.title == "Tidewater Guild"


@pytest.mark.parametrize("line", ["Flag as Inappropriate", "Email this Article", "Share this story"])
def test_an_article_s_buttons_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("post", ["Deputy Director-General", "Vice Director-General"])
def test_a_post_with_a_prefix_is_a_post(post):
    assert is_known_title(post)
    _, claims = run(
        "Harbour Broadcasting\n\nHarbour Broadcasting\nType Radio\nKey people\n"
        f"Ada Morn (Chairman)\nBo Lin ({post})\nLaunch date\n1926\n\nHarbour Broadcasting, or HB, is a broadcaster.\n"
    )
    assert ("Bo Lin", "Harbour Broadcasting", post) in {
        (c.subject, c.object, c.title) for c in claims if c.relation == "leads"
    }


NEWS = "Harbour Broadcasting\n\nThe Harbour Broadcasting (HB) is the state broadcaster of Veldra. "


def _leads(claims):
    return {(c.subject, c.object, c.title) for c in claims if c.relation == "leads"}


def test_a_list_of_posts_each_run_into_its_holder_s_name():
    _, claims = run(
        NEWS + "The sanctions target HB chief Ada Morn, head of HB World Service and the CEO of "
        "English-language Tide TV television news network Bo Lindqvist, HB Vice Director General Cy Wu, "
        "Director of Tide TV’s Programs Department Di Ko, as well as others.\n"
    )
    assert _leads(claims) == {
        ("Ada Morn", "HB", "Chief"),
        ("Bo Lindqvist", "HB World Service", "Head"),
        ("Bo Lindqvist", "Tide TV", "CEO"),
        ("Cy Wu", "HB", "Vice Director General"),
        ("Di Ko", "Programs Department of the Tide TV", "Director"),
    }


def test_an_appositive_post_that_closes_its_clause_stays_the_name_s_before():
    _, claims = run(NEWS + "Ada Morn, head of HB World Service, said the station would stay open.\n")
    assert _leads(claims) == {("Ada Morn", "HB World Service", "Head")}


def test_a_rank_in_a_chain_is_no_post():
    _, claims = run(NEWS + "Tide Army Brigadier General Ada Morn said the station would stay open.\n")
    assert not _leads(claims)


PERSON = "Ada Morn\n\nAda Morn\nPersonal details\nBorn\n1882\nPolitical partyTLP\n"


@pytest.mark.parametrize("key", ["Other political affiliations", "Other political\naffiliations"])
def test_a_person_s_other_parties_with_their_years_under_a_key_maybe_wrapped(key):
    _, claims = run(
        PERSON + key + "\nTRSDP (1902–1903)\nTSDWP-Narrow Socialists (1903–1919)\nSpouse(s)Bo Lin (1906–1933)\n\n"
        "Ada Morn was a Veldran politician.\n"
    )
    assert {(c.object, c.start, c.end) for c in claims if c.relation == "part_of"} == {
        ("TLP", None, None),
        ("TRSDP", 1902, 1903),
        ("TSDWP-Narrow Socialists", 1903, 1919),
    }


def test_a_founder_among_key_people_founded_the_body_and_an_editor_s_tag_ends_a_value():
    _, claims = run(
        "Tide Union\n\nTide Union\nKey people\nHan Morn, founder\nParent organisation\n"
        "Harbour Department of the Tide Party[needs update]\n\nThe Tide Union is an association of Veldrans abroad.\n"
    )
    ties = {(c.subject, c.relation, c.object) for c in claims if c.object}
    assert ("Tide Union", "established_by", "Han Morn") in ties
    assert ("Tide Union", "subordinate_to", "Harbour Department of the Tide Party") in ties
    assert not any(r == "leads" for _, r, _ in ties)


def test_a_body_answering_to_a_person_is_overseen_by_that_person():
    _, claims = run(
        "Tide Bureau\n\nThe Tide Bureau (TB) was a covert unit of Veldra. The TB operated domestically as well "
        "as abroad, and reported directly to State President P W Lindqvist. The TB reports to the Harbour Council.\n"
    )
    ties = {(c.subject, c.relation, c.object) for c in claims if c.object}
    assert ("TB", "overseen_by", "P W Lindqvist") in ties
    assert ("TB", "subordinate_to", "Harbour Council") in ties


def test_a_succession_box_in_cells_with_ranks_before_the_names():
    _, claims = run(
        "Ada Morn\nFrom Wikipedia, the free encyclopedia\nGeneral Ada Morn was a Veldran officer.\n"
        "| Preceded by Maj. General Cy Wu |\nDirector General of the Tide Intelligence Office 1980–1987 |\n"
        "Succeeded by Lt. General Bo Lindqvist |\n"
    )
    assert {(c.subject, c.object, c.start, c.end) for c in claims if c.relation == "leads"} >= {
        ("Cy Wu", "Tide Intelligence Office", None, 1980),
        ("Ada Morn", "Tide Intelligence Office", 1980, 1987),
        ("Bo Lindqvist", "Tide Intelligence Office", 1987, None),
    }


def test_a_body_named_intelligence_services_and_a_government_headed_by_someone_unnamed():
    _, claims = run(
        "Ada Morn\n\nThe Tide Intelligence Services (TIS) is a Veldran agency. Ada Morn is the Minister of "
        "Commerce in the current government headed by Bo Lindqvist. The Harbour Office, a body headed by Cy Wu, "
        "was set up in 1990.\n"
    )
    ties = {(c.subject, c.relation, c.object or c.value) for c in claims}
    assert ("Tide Intelligence Services", "alias", "TIS") in ties
    assert ("Bo Lindqvist", "leads", "Ministry of Commerce") not in ties
    assert ("Harbour Office", "founded", "1990") in ties and ("Cy Wu", "founded", "1990") not in ties


def test_an_abbreviation_spelt_by_the_parts_of_a_hyphened_word():
    _, claims = run(
        "Ada Morn\n\nGeneral Ada Morn was the Director of Inter-Tide Watch (ITW), Veldra's powerful agency.\n"
    )
    assert ("Ada Morn", "Inter-Tide Watch") in {(c.subject, c.object) for c in claims if c.relation == "leads"}


def test_a_body_s_posts_each_with_its_holder_after_is():
    _, claims = run(
        "Tide Office\n\nThe Tide Office (TO) is an agency. TO's president is Ji Bo and its vice president is Ai "
        "Ping, former vice minister of the Tide Party's Harbour Department.\n"
    )
    assert {(c.subject, c.object) for c in claims if c.relation == "leads"} == {
        ("Ji Bo", "TO"),
        ("Ai Ping", "TO"),
        ("Ai Ping", "Harbour Department of the Tide Party"),
    }


def test_an_office_page_whose_title_names_no_body_heads_the_body_its_duties_name():
    page = (
        "Director of Veldran Intelligence\n\nIncumbent\nAnna Keller\n\nsince March 3, 2021\nSeatUlton\n\n"
        "The director of Veldran Intelligence is a cabinet-level official of Veldra.\n\nDuties\n\n"
        "  • Serving as the head of the twelve-member Veldran Security Community; and\n"
        "  • Overseeing the national intelligence program.\n\nList of directors\n\n"
        "1 Mara Ilves January 9, 2009 – May 2, 2011\n2 Teo Brandt July 30, 2011 – January 20, 2017\n"
    )
    _, cs = run(page)
    leads = {(c.subject, c.object) for c in cs if c.relation == "leads"}
    assert {("Anna Keller", "Veldran Security Community"), ("Mara Ilves", "Veldran Security Community")} <= leads
    assert not [c for c in cs if "Veldran Intelligence" in (c.subject, c.object)]


def test_in_a_list_of_people_each_with_a_post_the_post_is_the_name_s_before_it():
    _, claims = run(
        NEWS + "The board added Petra Lind, Director of the Federal Agency for Border Regions (FABR) and Ivan "
        "Mott, President of the Harbour Shipping Company. Removed were Hugo Sand, Head of the Department of "
        "Regional Relations under the Chancellor and Bishop Leon, Chairman of the Marra Church Council.\n"
    )
    leads = {(s, o) for s, o, _ in _leads(claims)}
    assert {
        ("Petra Lind", "Federal Agency for Border Regions"),
        ("Ivan Mott", "Harbour Shipping Company"),
        ("Hugo Sand", "Department of Regional Relations"),
        ("Bishop Leon", "Marra Church Council"),
    } <= leads
    assert ("Ivan Mott", "Federal Agency for Border Regions") not in leads
    assert ("Bishop Leon", "Department of Regional Relations") not in leads


def test_appointed_an_abbreviated_body_s_chief_in_a_year():
    for sentence, title in (
        ("Pavel Orlin was appointed HB chief in March 2021.", "Chief"),
        ("Pavel Orlin was named HB director in 2021.", "Director"),
    ):
        _, claims = run(NEWS + sentence + "\n")
        c = [c for c in claims if c.relation == "leads"]
        assert [(x.subject, x.object, x.title, x.start) for x in c] == [("Pavel Orlin", "HB", title, 2021)]


def test_title_with_its_native_name_in_another_script_is_the_latin_name():
    doc, cs = run(
        "Tide Information Agency Тидова информативна агенција\n\nSphere of activity\n\n"
        "The Tide Information Agency (TIA) is the security service of Veldra.\n"
    )
    assert doc.title == "Tide Information Agency"
    doc, _ = run("潮汐局 Tide Bureau of Veldra\n\nThe Tide Bureau of Veldra is an agency.\n")
    assert doc.title == "Tide Bureau of Veldra"


def test_short_lower_case_lines_over_the_title_are_a_sites_words():
    doc, _ = run(
        "unbekannter Gast\nvom 16.06.2017, aktuelle Version,\n\nTide-Nachrichtenamt\n\n"
        "Das Tide-Nachrichtenamt (HNA) ist der Nachrichtendienst.\n"
    )
    assert doc.title == "Tide-Nachrichtenamt"


def test_a_post_general_of_a_body_is_that_bodys_post_not_the_pages():
    # "secretary general of the X": the title is whole ("Secretary General", "Treasurer General"), never the
    # page's own "secretary" with "general of the X" left over
    for post, title in (("secretary general", "Secretary General"), ("treasurer general", "Treasurer General")):
        _, cs = run(
            "Tide Agency\n\nThe Tide Agency (TA) is the intelligence service of Veldra.\n\n"
            f"Gus Hale was elected as {post} of the Tide Youth League.\n"
        )
        assert one(cs, "Gus Hale", "leads", "Tide Youth League").title == title, show(cs)
        assert not find(cs, "Gus Hale", "leads", "Tide Agency"), show(cs)


def test_a_rank_general_before_a_name_after_a_post():
    # the guard of "secretary general of X" leaves "Chief of Staff General Bo Lin" alone (a rank, then the name)
    _, cs = run(
        "Tide Agency\n\nThe Tide Agency (TA) is the intelligence service of Veldra.\n\n"
        "The Tide Agency's Chief of Staff General Bo Lin spoke.\n"
    )
    assert one(cs, "Bo Lin", "leads", "Tide Agency").title == "Chief of Staff", show(cs)


def test_a_longer_title_is_never_cut_where_it_goes_on():
    # "re-elected as General Secretary of the X": no second claim with the title "General" alone
    _, cs = run("Ada Morn has been re-elected as General Secretary of the Tide Party (TP) Central Committee.\n")
    assert {c.title for c in cs if c.subject == "Ada Morn" and c.relation == "leads"} == {"General Secretary"}, show(cs)
