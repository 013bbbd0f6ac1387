"""Rules found by reading a wide sample of unseen pages, each on a short invented document.

Each test runs the extractor on fictional bodies and people and checks one general rule:
a state's government named by its demonym ("the North Korean government", "the Peruvian
central government", "the Uzbek regime") is the Government of that state, named as the state
names it; a one-word name after the post of its head ("the head of the Tidewatch") is a
body's, also after a post prefix ("Deputy Tidewatch director"); "who" after "<person> of the <party>
party" is the person; people and, in apposition, the body whose officers or members they are
("A and B, both HSB officers", "A, a former officer of the HSB"), not a state's ("a Veldran
officer"); a list announced by its post in the singular ("the Bureau's Chair has been as
follows:", "The following people have served as Director:"), on a page of one section of an
article ("Harbour Bureau - History"); "the Agency" capitalised as the page body's anaphor, and a
capitalised post after a body's abbreviation ("The X (HSA) Chief, Ada Lind"); the post of a body
and its holder in Spanish and Portuguese ("el jefe del Servicio X (SX), Ada Lind"); a body's page
of its people ("Influential People", then "Chairs" over "2010 to date - Sir Bo Wu" rows, peers by one
name, a nickname in parentheses); a title naming a body by an aspect ("Pillars and Structures of
HB") and holders with "; From May 1990 to August 1999" after their names; a name in its language's
case before its abbreviation ("la Direction générale des marées (DGM)").
"""

from __future__ import annotations

import pytest
from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.extract.mentions import find_mentions

SERVICE = "Harbour Security Service"


@pytest.mark.parametrize(
    "words, state",
    [
        ("the South Korean government", "Government of South Korea"),
        ("the Peruvian central government", "Government of Peru"),
        ("the Uzbek regime", "Government of Uzbekistan"),
        ("the Soviet government", "Government of the Soviet Union"),
    ],
)
def test_a_demonym_government_is_the_government_of_its_state(words, state):
    _, cs = run(f"{SERVICE}\n\nThe {SERVICE} (HSS) is an intelligence agency. It reports to {words}.\n")
    c = one(cs, SERVICE, "subordinate_to", state)
    assert c.object == state


def test_an_unknown_demonym_keeps_its_words():
    _, cs = run(
        f"{SERVICE}\n\nThe {SERVICE} (HSS) is an intelligence agency. It reports to the Veldran federal government.\n"
    )
    assert one(cs, SERVICE, "subordinate_to", "Veldran federal government").object == "Veldran federal government"


# ----------------------------------------------------------------------------- one-word bodies and posts


def test_a_one_word_name_after_the_post_of_its_head_is_a_body():
    _, cs = run(
        "Tide news\n\nHe is close to the current head of the Tidewatch, Ada Lind. Outgoing Tidewatch chief Bo Wu left.\n"
    )
    one(cs, "Ada Lind", "leads", "Tidewatch")
    one(cs, "Bo Wu", "leads", "Tidewatch")


def test_a_post_prefix_before_a_one_word_name_and_a_post_is_no_person():
    text = "Tide news\n\nDeputy Tidewatch director, named only as D, was promoted. The head of the Tidewatch, Ada Lind, left.\n"
    doc, cs = run(text)
    assert not any("Deputy Tidewatch" in (c.subject, c.object) for c in cs), cs
    one(cs, "Ada Lind", "leads", "Tidewatch")


def test_who_after_a_person_of_a_party_is_the_person():
    _, cs = run(
        "Tide news\n\nThe lawmaker Ada Lind of the opposition Tide Atid party, who had served as deputy head of the "
        "Harbour Bureau, said so.\n"
    )
    one(cs, "Ada Lind", "leads", "Harbour Bureau")
    none(cs, "Tide Atid", "leads", "Harbour Bureau")


# ----------------------------------------------------------------------------- members in apposition


@pytest.mark.parametrize(
    "sentence",
    [
        "The court said that Ada Lind and Bo Wu, both HSB officers, paid the hackers.",
        "The court said that Ada Lind and Bo Wu, officers in the Harbour Security Bureau, paid the hackers.",
    ],
)
def test_people_then_the_body_whose_officers_they_are_in_apposition(sentence):
    _, cs = run(f"Tide news\n\nThe Harbour Security Bureau (HSB) is a service of Veldra. {sentence}\n")
    one(cs, "Ada Lind", "part_of", "Harbour Security Bureau")
    one(cs, "Bo Wu", "part_of", "Harbour Security Bureau")


def test_an_officer_of_a_state_is_no_member_and_a_body_s_officer_before_the_name_is():
    _, cs = run(
        "Tide news\n\nAda Lind, a Veldran officer, paid them. Under Bo Wu's authority, HSB operative Cy Ray left.\n"
    )
    assert [(c.subject, c.object) for c in cs if c.relation == "part_of"] == [("Cy Ray", "HSB")], cs


def test_a_one_word_name_in_apposition_to_a_noun_of_a_body_is_a_body():
    _, cs = run(
        "Tide news\n\nThe post went to the head of the spy agency, the Tidewatch. Tidewatch chief Bo Wu left.\n"
    )
    one(cs, "Bo Wu", "leads", "Tidewatch")


# ----------------------------------------------------------------------------- lists announced in a sentence


@pytest.mark.parametrize(
    "intro, title",
    [
        ("Since its founding, the Bureau's Chair has been as follows:", "Chair"),
        ("The following people have served as Director:", "Director"),
    ],
)
def test_a_sentence_with_a_post_in_the_singular_announces_its_holders(intro, title):
    text = (
        "Harbour Bureau (Veldra) - History\n\nHistory\n\nThe Harbour Bureau was founded in 1936.\n\n"
        f"{intro}\n\n  • Sir Ada Lind, 1936–39\n  • Bo Wu, 1939–45 (subsequently The Lord Wu)\n"
    )
    doc, cs = run(text)
    assert doc.title == "Harbour Bureau (Veldra)"
    assert one(cs, "Ada Lind", "leads", "Harbour Bureau").title == title
    c = one(cs, "Bo Wu", "leads", "Harbour Bureau")
    assert (c.start, c.end) == (1939, 1945)


# ----------------------------------------------------------------------------- posts of a named body


def test_a_capitalised_body_noun_after_the_stands_for_the_page_s_body():
    _, cs = run(
        "Harbour Security Agency\n\nThe Harbour Security Agency (HSA) announced plans. Ada Lind, the then Director "
        "General of the Agency, told journalists that a bill was done.\n"
    )
    assert one(cs, "Ada Lind", "leads", "Harbour Security Agency").title == "Director General"


def test_a_capitalised_post_after_a_body_s_abbreviation_in_parentheses():
    _, cs = run("Tide news\n\nThe Harbour Security Agency (HSA) Chief, Ada Lind has been under arrest since May.\n")
    assert one(cs, "Ada Lind", "leads", "Harbour Security Agency").title == "Chief"


@pytest.mark.parametrize(
    "sentence, person, body, title",
    [
        (
            "Los sancionados son el jefe del Servicio Bolivariano de Mareas (SEBIM), Ada Lind, y el comandante de "
            "la Dirección General de Mareas de Veldra, Bo Wu.",
            "Bo Wu",
            "Dirección General de Mareas de Veldra",
            "Comandante",
        ),
        (
            "O diretor-geral da Agência Brasileira de Marés, Ada Lind, disse.",
            "Ada Lind",
            "Agência Brasileira de Marés",
            "Diretor-geral",
        ),
        ("El director del Servicio de Mareas es Ada Lind.", "Ada Lind", "Servicio de Mareas", "Director"),
    ],
)
def test_the_post_of_a_body_then_its_holder_in_spanish_and_portuguese(sentence, person, body, title):
    _, cs = run(f"Noticias\n\n{sentence}\n")
    assert one(cs, person, "leads", body).title == title


@pytest.mark.parametrize("rows", ["1990–1995: Ada Lind\n1995–2001: Bo Wu\n", "1990 Ada Lind\n1995 Bo Wu\n"])
def test_unbulleted_lines_under_a_leaders_heading_may_give_the_term_first(rows):
    _, cs = run(f"Harbour Council\n\nThe Harbour Council is a body of Veldra.\n\nChairmen\n\n{rows}")
    assert one(cs, "Ada Lind", "leads", "Harbour Council").start == 1990
    assert one(cs, "Bo Wu", "leads", "Harbour Council").start == 1995


def test_oversees_a_lower_case_noun_under_a_body_oversees_no_body():
    _, cs = run(
        "Harbour Bureau\n\nThe Harbour Bureau is an agency. The director is appointed by the president and "
        "oversees operations under the Ministry of Tides. The Tide Council oversees the Wave Office.\n"
    )
    assert not [c for c in cs if c.relation == "overseen_by" and c.object == "Harbour Bureau"], cs
    one(cs, "Wave Office", "overseen_by", "Tide Council")


def test_the_page_s_country_is_no_language_before_a_gloss_and_goes_by_its_everyday_name():
    _, cs = run(
        "Tide Office\n\nTide Office (Spanish: Oficina de Mareas, OM) was the tide agency of the Republic of Peru. "
        "Under the law, the Office was subordinated to the Presidency.\n"
    )
    assert one(cs, "Tide Office", "subordinate_to", "Presidency of Peru").object == "Presidency of Peru"


def test_a_title_line_cut_short_is_the_next_line_that_gives_the_name_whole():
    doc, cs = run(
        "Union of Tide Societies and Relations with\n\nUnion of Tide Societies and Relations with Foreign Ports\n\n\n"
        "a large union of tide societies. The union was founded in 1958.\n"
    )
    assert doc.title == "Union of Tide Societies and Relations with Foreign Ports"
    one(cs, "Union of Tide Societies and Relations with Foreign Ports", "founded")


# ----------------------------------------------------------------------------- a body's page of its people

PEOPLE_PAGE = """Influential People
Find out who has chaired the Harbour Council, and read about people in the Harbour Council's history.
Our founder, Sir Ada Lind
Sir Ada ('Rex') Lind is recognised as the founder of the Harbour Council.
Lind continued to promote the Harbour Council until 1938. She later advised the Harbour Council.
Chairs
2010 to date - Sir Bo Wu
1972 to 1976 - Lord Fulton
1968 to 1971 - Baroness Cy Ray
Directors General
1999 to 2007 - Sir Di Fox
"""


def test_a_body_s_page_of_its_people_lists_its_chairs_under_plural_posts():
    doc, cs = run(PEOPLE_PAGE)
    assert doc.title == ""  # "Influential People": the site's page of people, no body
    c = one(cs, "Bo Wu", "leads", "Harbour Council")
    assert (c.title, c.start, c.end) == ("Chair", 2010, None)
    assert one(cs, "Lord Fulton", "leads", "Harbour Council").start == 1972
    assert one(cs, "Cy Ray", "leads", "Harbour Council").end == 1971
    assert one(cs, "Di Fox", "leads", "Harbour Council").title == "Director General"
    one(cs, "Harbour Council", "established_by", "Ada Lind")


def test_a_title_naming_a_body_by_an_aspect_and_holders_with_from_to_after_a_semicolon():
    doc, cs = run(
        "Pillars and Structures of HB\n\nA) General Assembly\n\nThe General Assembly is an institution of thinkers.\n\n"
        "C) The Secretary General\n\nSo far, three secretaries-general have been elected:\n\n"
        "* Ayatollah Ada Lind; From May 1990 to August 1999,\n\n* Dr. Bo Wu (RA); From August 1999 to October 2002.\n\n"
        "* Cy Ray; From September 2019 until now.\n"
    )
    c = one(cs, "Ada Lind", "leads", "HB")
    assert (c.start, c.end) == (1990, 1999)
    assert one(cs, "Bo Wu", "leads", "HB").end == 2002
    assert one(cs, "Cy Ray", "leads", "HB").start == 2019


def test_bodies_named_as_a_body_s_branches_are_part_of_it():
    _, cs = run(
        "Tide Society\n\nThe Tide Society was a body with parallel national branches around the world, such as the "
        "Veldran Society for Tide Relations (established 1926) and the Society for Ulton Tide Friendship.\n"
    )
    one(cs, "Veldran Society for Tide Relations", "part_of", "Tide Society")
    one(cs, "Society for Ulton Tide Friendship", "part_of", "Tide Society")


def test_at_the_initiative_of_a_described_founder():
    _, cs = run(
        "Tide Institute\n\nThe Tide Institute was created in 1959 at the initiative of the historical leader of the "
        "revolution, Ada Lind.\n"
    )
    assert one(cs, "Tide Institute", "established_by", "Ada Lind").start == 1959


@pytest.mark.parametrize(
    "text, names",
    [
        ("It reports to the National Radio and Tide Administration.", ["National Radio and Tide Administration"]),
        ("It owns Veldra Radio and Tide Television.", ["Veldra Radio", "Tide Television"]),
    ],
)
def test_a_field_s_word_before_and_goes_on_with_the_same_name(text, names):
    assert [m.name for m in find_mentions(text, text, 0, len(text))] == names


def test_accused_of_being_an_officer_in_a_body_is_an_alleged_membership():
    _, cs = run("News\n\nThe Treasury accused Ambassador Ada Lind of being a secret officer in the Tide Force.\n")
    assert one(cs, "Ada Lind", "part_of", "Tide Force").hedge == "alleged"


def test_a_law_is_no_body_and_a_founder_described_with_a_capitalised_event():
    _, cs = run(
        "Tide Institute\n\nThe Tide Institute was created in 1959 at the initiative of the historical leader of the "
        "Tide Revolution, Ada Lind. The Congress passed the Tide Institute Act, which provides funding for the "
        "Institute.\n"
    )
    one(cs, "Tide Institute", "established_by", "Ada Lind")
    assert not [c for c in cs if "Act" in (c.object or "")], cs


def test_labels_royal_styles_and_a_noun_before_a_participle_make_no_false_names():
    _, cs = run(
        "News ID: 109131\nPublish Date : 18 November 2022 - 22:24\n\nTide War on Speech: Veldran Media Sanctioned\n\n"
        "ULTON -- The Veldran government has imposed sanctions on top officials of the state broadcaster, including "
        "the organization chief. His Royal Highness Prince Ada Lind is the head of the Harbour Bureau. She urged "
        "people to support the emulation movements launched by the Tide Front.\n"
    )
    assert not [c for c in cs if ":" in c.subject or ":" in (c.object or "")], cs
    one(cs, "Ada Lind", "leads", "Harbour Bureau")
    assert not [c for c in cs if c.relation == "established_by"], cs
    assert not [c for c in cs if "Highness" in c.subject], cs


def test_a_body_named_before_its_post_in_the_plural_heads_a_list():
    _, cs = run(
        "The Secretary-General is the chief officer of the body.\n\nHB Directors-General:\n\n"
        "1997-: Ada Lind (Veldra)\n1992-1996: Bo Wu (Ulton)\n"
    )
    assert one(cs, "Ada Lind", "leads", "HB").start == 1997
    assert one(cs, "Bo Wu", "leads", "HB").title == "Director-General"


@pytest.mark.parametrize(
    "sentence",
    [
        "The successive chairpersons of the HL in the past were Ada Lind, Bo Wu and Cy Ray.",
        "The successive chairpersons in the past were Ada Lind, Bo Wu and Cy Ray.",
    ],
)
def test_a_body_s_successive_holders_in_one_sentence(sentence):
    _, cs = run(f"Harbour League\n\nThe Harbour League (HL) is a party. {sentence}\n")
    for person in ("Ada Lind", "Bo Wu", "Cy Ray"):
        assert one(cs, person, "leads", "Harbour League").title == "Chairperson"


def test_a_newspaper_with_its_name_translated_in_parentheses():
    _, cs = run(
        "Harbour League\n\nNewspaperTide yu Bao(Solidarity & Tides)[1]\nIdeologySocialism\n\nThe Harbour League is a party.\n"
    )
    c = one(cs, "Harbour League", "publishes", "Tide yu Bao")
    assert c.object == "Tide yu Bao"
    assert one(cs, "Tide yu Bao", "alias", value="Solidarity & Tides")


def test_a_unit_directly_under_a_body_is_subordinate_to_it():
    _, cs = run("Tide Institute\n\nTII is a unit directly under the Second Department of the Harbour Army.\n")
    one(cs, "TII", "subordinate_to", "Second Department of the Harbour Army")


def test_organizations_affiliated_with_a_person_such_as_a_and_b():
    _, cs = run(
        "News\n\nThe report names organizations affiliated with Ada Lind, such as the Tide Forum and Wave Pink.\n"
    )
    one(cs, "Tide Forum", "affiliated_with", "Ada Lind")
    one(cs, "Wave Pink", "affiliated_with", "Ada Lind")


def test_a_name_in_its_language_s_case_before_its_abbreviation():
    _, cs = run(
        "Nouvelles\n\nLe directeur de la Direction générale des marées (DGM), Ada Lind, a été nommé mercredi.\n"
    )
    assert one(cs, "Ada Lind", "leads", "Direction générale des marées").title == "Directeur"
    one(cs, "Direction générale des marées", "alias", value="DGM")
