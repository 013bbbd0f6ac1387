"""News forms of an appointment and infobox values seen on pages of services the parser had not
read: a nomination "for" a post, an appositive whose closing comma is missing, "appointed to act
as", holders' names run together in one value, "Jurisdiction: Government of X", "formerly part
of". Every document here is invented."""

from __future__ import annotations

import pytest
from claim_helpers import run

from orgnet.lexicon import compiled

LEAD = "Harbour chief named\n\nThe Harbour Office (HO) is a domestic agency of Veldra. "


def _ties(claims, relation):
    return {(c.subject, c.object) for c in claims if c.relation == relation}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Bo Lin proposed Ada Morn, 51, for a new chief of the Harbour Office on Thursday.",
        "Prime Minister Bo Lin proposed Ada Morn for the post of chief of the Harbour Office.",
        "The king appointed Ada Morn, 61, as the new director of the Harbour Office.",
        "It was decided to transfer the Director-General of the Harbour Office, Mr Ada Morn to the Coast Office.",
        "The head of the Harbour Office, Ada Morn said on Monday that the port was closed.",
        "Ms Ada Morn has been appointed to act as the Director-General of the Harbour Office until May.",
        "Ada Morn was asked to serve as the chairman of the Harbour Office.",
    ],
)
def test_a_news_sentence_puts_the_person_at_the_head_of_the_body(sentence):
    _, claims = run(LEAD + sentence + "\n")
    assert ("Ada Morn", "Harbour Office") in _ties(claims, "leads")
    assert ("Bo Lin", "Harbour Office") not in _ties(claims, "leads")


def test_an_appositive_of_bodies_is_no_holder():
    _, claims = run(LEAD + "The head of the Harbour Office, the Coast Bureau and the Tide Board met.\n")
    assert not _ties(claims, "leads")


def test_holders_run_together_in_one_value_are_read_one_by_one_and_a_three_word_name_is_not_cut():
    page = (
        "Tide League | |\nFounded | July 3, 1921 |\nKey people | Ada Morn Bo Lin Cy Roe |\n"
        "The Tide League (TL) was an international body established by the Harbour International.\n"
    )
    _, claims = run(page)
    assert {("Ada Morn", "Tide League"), ("Bo Lin", "Tide League"), ("Cy Roe", "Tide League")} <= _ties(claims, "leads")
    _, claims = run(page.replace("Ada Morn Bo Lin Cy Roe", "Ada G. Morn Bo Lin"))
    assert ("G. Morn", "Tide League") not in _ties(claims, "leads") and ("Ada G.", "Tide League") not in _ties(
        claims, "leads"
    )


def test_a_jurisdiction_that_is_a_government_is_what_the_body_answers_to_a_state_is_not():
    page = (
        "Harbour Office\n\nHarbour Office\nAgency overview\nFormed 17 February 1966\nJurisdiction Government of Veldra\n"
        "Parent agency Ministry of Tides\n\nThe Harbour Office (HO) is a domestic agency of Veldra.\n"
    )
    _, claims = run(page)
    assert {("Harbour Office", "Government of Veldra"), ("Harbour Office", "Ministry of Tides")} <= _ties(
        claims, "subordinate_to"
    )
    _, claims = run(page.replace("Government of Veldra", "Republic of Veldra"))
    assert ("Harbour Office", "Republic of Veldra") not in _ties(claims, "subordinate_to")


def test_formerly_part_of_until_a_split():
    _, claims = run(LEAD + "It was formerly part of the Ministry of Coasts until it was split on 11 August 1970.\n")
    got = [(c.subject, c.object, c.end) for c in claims if c.relation == "part_of"]
    assert ("Harbour Office", "Ministry of Coasts", 1970) in got


def test_a_headline_is_read_as_a_sentence_and_a_one_word_body_named_as_a_group_is_a_body():
    page = (
        "Ada Morn elected new head of Tidewatch\n\n"
        "Ada Morn spoke at a rally of the Tidewatch militant group in Ulton.\n\n"
        "Bo Lin became the leader of Tidewatch in 2004. He met the Veldran coastal group in May.\n"
    )
    doc, claims = run(page)
    assert doc.title == ""  # a headline is no title
    got = {(c.subject, c.object, c.start) for c in claims if c.relation == "leads"}
    assert ("Ada Morn", "Tidewatch", None) in got and ("Bo Lin", "Tidewatch", 2004) in got
    assert not [c for c in claims if "Veldran" in (c.subject + str(c.object))]  # a demonym names no body


def test_a_one_word_title_the_lead_sentence_defines_stays_the_page_subject():
    _, claims = run("Tidewatch\n\nTidewatch is a coastal group in Veldra. Ada Morn is the head of Tidewatch.\n")
    assert ("Ada Morn", "Tidewatch") in _ties(claims, "leads")
    assert ("Tidewatch", "coastal group") in {(c.subject, c.value) for c in claims if c.relation == "type"}


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Bo Lin elected new head of the Harbour Office.", "Bo Lin"),
        ("Bo Lin appointed as the new chief of the Harbour Office.", "Bo Lin"),
        ("Lin named the chief of the Harbour Office under the law.", None),  # Lin appointed someone
    ],
)
def test_a_participle_without_its_auxiliary_as_headlines_write_it(sentence, holder):
    _, claims = run("Harbour news\n\n" + sentence + "\n")
    got = {s for s, o in _ties(claims, "leads") if o == "Harbour Office"}
    assert got == ({holder} if holder else set())


def test_whose_post_names_the_holder_of_the_body_before_it():
    _, claims = run(LEAD + "Ada Morn moves to take over the HO, whose director, Bo Lin, resigned in December.\n")
    assert ("Bo Lin", "HO") in _ties(claims, "leads") or ("Bo Lin", "Harbour Office") in _ties(claims, "leads")
    _, claims = run(LEAD + "Bo Lin met the minister, whose deputy, Cy Roe, stayed.\n")
    assert not {s for s, _ in _ties(claims, "leads")} & {"Cy Roe"}


def test_a_body_named_inside_a_participle_appositive_is_not_the_one_headed():
    _, claims = run(
        "Harbour Office\n\nThe Harbour Office (HO), modeled after the Tide Board, was headed by Major Ada Morn.\n"
    )
    assert ("Ada Morn", "Tide Board") not in _ties(claims, "leads")
    assert {("Ada Morn", "HO"), ("Ada Morn", "Harbour Office")} & _ties(claims, "leads")


def test_a_site_logo_and_a_numeric_dateline_are_page_furniture():
    doc, _ = run("Tidewire Logo\n01.05.2019 General News\nHarbour Office\nThe Harbour Office (HO) is an agency.\n")
    assert doc.title == "Harbour Office"


def test_executives_with_ranks_and_qualified_posts_and_keys():
    page = (
        "Harbour Command | |\nFounded | 1950 |\nCurrent Commander: | Lt. Gen. Ada Morn |\n"
        "Notable Commanders: | General Bo Lin General Cy Roe Lieutenant General Dan Vale[3] |\n"
        "- Chief1 Name: MG Ed Moe Farid\nAgency executives\n  • General Fay Lund, Acting Director\n\n"
        "The Harbour Command (HC) is a military agency of Veldra.\n"
    )
    _, claims = run(page)
    got = {s for s, o in _ties(claims, "leads") if o == "Harbour Command"}
    assert got == {"Ada Morn", "Bo Lin", "Cy Roe", "Dan Vale", "Ed Moe Farid", "Fay Lund"}
    titles = {c.subject: c.title for c in claims if c.relation == "leads"}
    assert titles["Fay Lund"] == "Acting Director" and titles["Ada Morn"] == "Commander"


def test_a_governing_body_key_and_the_targets_a_history_names():
    page = (
        "= Harbour Office =\n\nInfobox\n- Agencyname: Harbour Office\n- Governingbody: Government of Veldra\n"
        "- Parentagency: Ministry of Tides\n\nThe Harbour Office (HO) is the central security agency of Veldra. "
        "During this period, the HO focused on countering smuggling. Among its main targets were the Coast Party "
        "of Veldra, which had been declared illegal.\n"
    )
    _, claims = run(page)
    assert ("Harbour Office", "Government of Veldra") in _ties(claims, "overseen_by")
    assert ("Harbour Office", "Coast Party of Veldra") in _ties(claims, "targets")


def test_a_hyphenated_group_name_a_listed_leader_financing_and_taking_over():
    text = (
        "Tidewatch named a front\n\nThe Council listed Tide-ud-Dawa as an alias of the proscribed Lashkar-e-Veld "
        "terror group. Ada Morn has been listed as the leader of the Lashkar-e-Veld. The Coast Aid Trust has been "
        "identified as financing the Tidewatch League. In 2010 Bo Lin took over the Harbour Office.\n"
    )
    _, claims = run(text)
    assert {("Ada Morn", "Lashkar-e-Veld"), ("Bo Lin", "Harbour Office")} <= _ties(claims, "leads")
    assert ("Tidewatch League", "Coast Aid Trust") in _ties(claims, "funded_by")
    _, claims = run("Harbour news\n\nThe Harbour Office took over the Tide Board.\n")
    assert not _ties(claims, "leads")  # a body taking over a body heads nothing


def test_a_post_glued_to_its_holder_by_a_hyphen_is_no_name():
    page = (
        "Tide Council\n\nThe Tide Council is the supreme body of the league.\n\n"
        "Deputy Secretary-General-Ada Morn. Born in 1953. She is in charge of the Harbour Oversight Council.\n"
    )
    _, claims = run(page)
    names = {c.subject for c in claims} | {c.object for c in claims}
    assert "Deputy Secretary-General-Ada Morn" not in names
    assert ("Ada Morn", "Harbour Oversight Council") in _ties(claims, "leads")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tide Council is the supreme body of the league, headed by the organization's leader, Ada Morn.",
        "The Tide Council is headed by its chairman, Ada Morn.",
    ],
)
def test_headed_by_a_post_then_the_holder(sentence):
    _, claims = run("Tide Council\n\n" + sentence + "\n")
    assert ("Ada Morn", "Tide Council") in _ties(claims, "leads")


def test_a_person_page_appointed_by_someone_to_head_a_body_a_description_names():
    page = (
        "Ada Morn\n\nAda Morn (born 1954) is a Veldran journalist. In December 2013 she was appointed by "
        "President Bo Lin to head the new official Veldran state news agency Tide Segodnya. She also serves as "
        "deputy director of state TV holding company VGTR.\n"
    )
    _, claims = run(page)
    assert {("Ada Morn", "Tide Segodnya"), ("Ada Morn", "VGTR")} <= _ties(claims, "leads")
    assert not {o for _, o in _ties(claims, "leads")} & {"TV", "Bo Lin"}


def test_a_native_gloss_in_parentheses_is_no_holder():
    page = (
        "Head of the Harbour Office\n\nThe Head of the Harbour Office (Veldran: Голова Служби Гавані) serves as "
        "the director of the Harbour Office (HO), the agency of Veldra.\n"
    )
    _, claims = run(page)
    assert not [c for c in claims if c.relation == "leads" and "Голова" in c.subject]


def test_a_page_titled_with_the_holders_of_an_office_lists_them():
    page = (
        "Directors of the U.S. Tide Agency\n\nThe U.S. Tide Agency (UTA) was set up in 1953.\n\n"
        "  • Ada Morn (1953–1956)\n  • Bo Lin (1956–1957)\n"
    )
    _, claims = run(page)
    assert {("Ada Morn", "U.S. Tide Agency"), ("Bo Lin", "U.S. Tide Agency")} <= _ties(claims, "leads")
    assert not {o for _, o in _ties(claims, "leads")} & {"Directors of the U.S. Tide Agency"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On August 5, President Bo Lin dismissed Ada Morn from the post of Head of the Harbour Office.",
        "Ada Morn was relieved of the post of chairman of the Harbour Office.",
    ],
)
def test_a_dismissal_from_a_post_says_who_held_it(sentence):
    _, claims = run("Harbour news\n\n" + sentence + "\n")
    assert ("Ada Morn", "Harbour Office") in _ties(claims, "leads")
    assert ("Bo Lin", "Harbour Office") not in _ties(claims, "leads")


def test_seats_keys_and_holders_with_notes():
    page = (
        "Harbour Agency\n\n- Hq Location City: Ulton\n- Headquarters: Ulton, Veldra City and Port Tide\n"
        "- Leader: Ada Morn (first) Bo Lin (last)\n\nThe Harbour Agency (HA) is an agency of Veldra.\n\n"
        "Directors\n  • Cy Lepage (nl) (1940–1944) (for the government in exile in Ulton)\n"
    )
    _, claims = run(page)
    assert {o for _, o in _ties(claims, "headquartered_in")} == {"Ulton", "Veldra City", "Port Tide"}
    got = {(c.subject, c.start) for c in claims if c.relation == "leads"}
    assert {("Ada Morn", None), ("Bo Lin", None), ("Cy Lepage", 1940)} <= got
    _, claims = run("Harbour Agency\n\n- Headquarters: Ulton, Veldra\n\nThe Harbour Agency (HA) is an agency.\n")
    assert {o for _, o in _ties(claims, "headquartered_in")} == {"Ulton"}  # one address


def test_a_body_named_by_its_appositive_is_a_body_all_through_the_page():
    page = (
        "Press Releases\n\nThe Treasury today designated Tide al-Bina, a Veldra-based construction company formed "
        "by the Coast Front. Tide al-Bina receives direct funding from the Harbour Fund, and is overseen by the "
        "Tidewatch Shura Council.\n"
    )
    doc, claims = run(page)
    assert doc.title != "Press Releases"  # a site's section label
    assert ("Tide al-Bina", "Tidewatch Shura Council") in _ties(claims, "overseen_by")
    _, claims = run("Harbour news\n\nAda Morn, a journalist at the news agency, met Bo Lin, a former agency chief.\n")
    assert not [c for c in claims if c.relation in ("leads", "part_of") and c.object in ("Ada Morn", "Bo Lin")]


def test_a_noun_of_a_body_names_the_name_after_it_only_after_a_lower_case_word():
    # "Jurisdictional structure National agency Veldra Constituting instrument": a glued infobox's key and
    # value, no body "Veldra Constituting"; "the state news agency Tide Segodnya": the agency's name
    rx = compiled()["body_noun_before_rx"]
    assert rx.search("the state news agency ") and rx.search("TV holding company ")
    assert not rx.search("Jurisdictional structure National agency ")


def test_holders_of_a_unit_named_after_the_page_body_and_one_word_holders():
    page = (
        "Tide Front\n\nThe Tide Front (TF) is a popular front of Veldra.\n\n"
        "Presidents of the Standing Committee of the Tide Front[edit]\n\nName Period\n"
        "Souphan 1979–1986\nBo Lin 1986–1991\nJune 1991–1995\n"
    )
    _, claims = run(page)
    got = {(c.subject, c.object, c.start) for c in claims if c.relation == "leads"}
    assert got == {
        ("Souphan", "Standing Committee of the Tide Front", 1979),
        ("Bo Lin", "Standing Committee of the Tide Front", 1986),
    }


def test_a_body_whose_name_reads_as_a_person_s_keeps_its_leaders():
    page = (
        "= Tide Youth =\n\nTide Youth\n- National Council Chair: | national council vice-chair =\n"
        "- Chairman: Ada Morn\n- Headquarters: Ulton\n\nThe Tide Youth is a youth movement.\n"
    )
    _, claims = run(page)
    assert ("Ada Morn", "Tide Youth") in _ties(claims, "leads")
    _, claims = run("Ada Morn\n\nAda Morn (born 1954) is a Veldran journalist.\n- Party: Tide Party\n")
    assert ("Ada Morn", "Tide Party") in _ties(claims, "part_of")  # a person's page stays one


def test_appointed_a_person_then_the_post_without_as():
    _, claims = run(
        "Harbour news\n\nBo Lin, CEO of the Tide Media Agency (TMA), today appointed Ada Scott Morn Director of "
        "the Office of Harbour Broadcasting (OHB), which oversees Radio Tide.\n"
    )
    assert ("Ada Scott Morn", "Office of Harbour Broadcasting") in _ties(claims, "leads")


@pytest.mark.parametrize(
    "sentence",
    [
        "Brig. Gen. Ada Morn will be appointed as the head of the Harbour Office (HO).",
        "Prime Minister Bo Lin has signed a decree relieving Ada Morn of his post as director general of the "
        "Harbour Office.",
    ],
)
def test_a_future_appointment_and_a_decree_relieving_someone_of_a_post(sentence):
    _, claims = run("Harbour news\n\n" + sentence + "\n")
    assert {s for s, o in _ties(claims, "leads") if o == "Harbour Office"} == {"Ada Morn"}


@pytest.mark.parametrize(
    ("sentence", "relation", "tie"),
    [
        ("It is funded and supervised by the Tide Media Agency.", "funded_by", ("Harbour Office", "Tide Media Agency")),
        (
            "Tide-ud-Dawa has long been known to be a front for the Tide Bureau.",
            "front_for",
            ("Tide-ud-Dawa", "Tide Bureau"),
        ),
        ("HO operates from its Agency Headquarters in Ulton.", "headquartered_in", ("HO", "Ulton")),
    ],
)
def test_funding_beside_supervision_a_front_with_any_name_a_seat_operated_from(sentence, relation, tie):
    _, claims = run("Harbour Office\n\nThe Harbour Office (HO) is an agency of Veldra. " + sentence + "\n")
    assert tie in _ties(claims, relation)


def test_a_title_case_headline_with_a_possessive_is_no_title_and_a_country_s_acronym_body():
    doc, claims = run(
        "Treasury Designates Tidewatch's Construction Arm\n\nAda Morn, Head of Veldra’s HIS, died at 86.\n"
    )
    assert doc.title == ""
    assert ("Ada Morn", "HIS") in _ties(claims, "leads")  # not "HIS of the Veldra"
    doc, _ = run("Harbour Women's League\n\nThe Harbour Women's League (HWL) is a front.\n")
    assert doc.title == "Harbour Women's League"


def test_a_kind_of_body_said_with_a_is_no_body():
    _, claims = run(
        "Harbour Ministry\n\nThe Harbour Ministry (HM) was a ministry of Veldra. In 1953 it was demoted to a State "
        "Secretariat under the Ministry of the Interior before being reinstated as a Ministry in 1955.\n"
    )
    assert not [c for c in claims if "State Secretariat" in (c.subject, c.object)]
    _, claims = run("Harbour news\n\nA Harbour Office was set up under a Tide Board in Ulton.\n")
    assert ("Harbour Office", "Tide Board") in _ties(claims, "subordinate_to")  # names, though said with "a"


def test_one_subject_for_a_verb_in_the_singular_and_a_post_one_resigned_from():
    _, claims = run(
        LEAD + "According to a statement by presidential spokesman Bo Lin, Ambassador Ada Morn is the new "
        "director-general of the Harbour Office. Cy Wu stepped down as head of the Harbour Office in 1999.\n"
    )
    assert {(c.subject, c.object, c.start, c.end) for c in claims if c.relation == "leads"} == {
        ("Ada Morn", "Harbour Office", None, None),
        ("Cy Wu", "Harbour Office", None, 1999),
    }


def test_a_list_of_posts_is_no_parent_and_a_date_no_publisher():
    _, claims = run(
        "= Director of the Tide Wing =\n\nInfobox\n- Post: Director, Tide Wing\n"
        "- Member Of: Harbour Policy Group, Tide Security Council\n"
        "- Reports To: Prime Minister of Veldra, National Security Advisor, Cabinet Secretary\n"
        "- Publisher: May 13, 2020 - 15:53\n\nThe Director of the Tide Wing heads the Tide Wing.\n"
    )
    objects = {c.object for c in claims if c.object}
    assert {"Harbour Policy Group", "Tide Security Council"} <= objects
    assert not objects & {"National Security Advisor", "Cabinet Secretary", "May 13, 2020 - 15:53"}
    assert not any("Prime Minister" in o for o in objects)


def test_a_newspaper_with_a_language_adjective_and_a_daily():
    _, claims = run(
        "Tide Broadcasting\n\nTide Broadcasting (TB) is a broadcaster. The TB also publishes the Persian-language "
        "newspaper Jaam-e Jam. It also publishes the daily Tide Herald.\n"
    )
    assert {o for _, o in _ties(claims, "publishes")} == {"Jaam-e Jam", "Tide Herald"}


SERVICE = "Tide Security Service\n\nThe Tide Security Service (TSS) is an agency. "


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Ditto for Ada Morn who this past summer replaced Bo Lin as head of the Tide Security Department.",
            {("Ada Morn", "Tide Security Department", "Head"), ("Bo Lin", "Tide Security Department", "Head")},
        ),
        (
            "Cy Wu and Di Ko remain TSS deputy directors.",
            {("Cy Wu", "TSS", "Deputy Director"), ("Di Ko", "TSS", "Deputy Director")},
        ),
        ("The TSS first deputy director is still Ed Fu.", {("Ed Fu", "TSS", "First Deputy Director")}),
        ("Fay Go stays on as head of the Tide Planning Service.", {("Fay Go", "Tide Planning Service", "Head")}),
        ("Fay Go stays on as head of the TSS think-tank - the planning service.", set()),
    ],
)
def test_who_stays_remains_or_is_still_at_the_head(sentence, want):
    _, claims = run(SERVICE + sentence + "\n")
    assert {(c.subject, c.object, c.title) for c in claims if c.relation == "leads"} == want


def test_a_byline_is_no_title():
    doc, _ = run("Ada Morn\n(Staff writer at\n\nCopyright: (the Tide News)\n\nThe TSS director is Ed Fu.\n")
    assert doc.title == ""


def test_as_a_covert_head_of_a_body():
    _, claims = run(LEAD + "As a covert head of the Harbour Office, Ada Morn has played a key role in propaganda.\n")
    assert ("Ada Morn", "Harbour Office") in _ties(claims, "leads")


def test_established_and_fully_funded_by_and_registered_in():
    _, claims = run(
        "Tide Fund\n\n1. Tide Fund, registered in Hong Kong, is a non-governmental and non-profit organization "
        "established and fully funded by Harbour Energy Company in accordance with the relevant laws.\n"
    )
    assert ("Tide Fund", "Harbour Energy Company") in _ties(claims, "established_by") & _ties(claims, "funded_by")
    assert ("Tide Fund", "Hong Kong") in _ties(claims, "headquartered_in")


def test_a_list_of_members_each_with_the_post_before_the_name():
    _, claims = run(
        "Tide Council\n\nThe Tide Council (TC) is a council of Veldra. The council includes Trade Minister Ada "
        "Morn, Minister of Crafts Bo Lind and Head of the Harbour Office Cy Vane.\n"
    )
    assert _ties(claims, "leads") == {("Bo Lind", "Ministry of Crafts"), ("Cy Vane", "Harbour Office")}
    assert ("Ada Morn", "TC") not in _ties(claims, "leads")


def test_a_law_or_a_list_with_its_abbreviation_is_no_body_and_a_post_keeps_no_article():
    _, claims = run(
        "Tide Office\n\nThe Tide Office (TO) is an agency. It enforces the Tide Transactions Regulations (TTR) "
        "and keeps the Watch List (WL). The Ministry of Civil Order (MCO) oversees it. Zhou Ada served as a "
        "director of the organization.\n"
    )
    aliased = {c.subject for c in claims if c.relation == "alias"}
    assert "Ministry of Civil Order" in aliased and not aliased & {"Tide Transactions Regulations", "Watch List"}
    assert {c.title for c in claims if c.relation == "leads" and c.subject == "Zhou Ada"} == {"Director"}


def test_members_a_body_consists_of_and_no_overseer_past_a_lower_case_one():
    _, claims = run(
        "Tide Fund\n\nThe Tide Fund (TF) is a fund. The Harbour Community consists of the Tide Agency, the Pilot "
        "Bureau and the Dock Office. Pilot Clubs run campaigns, under the direction of Veldran embassies and "
        "consulates, the Watch Group said.\n"
    )
    assert {s for s, _ in _ties(claims, "part_of")} == {"Tide Agency", "Pilot Bureau", "Dock Office"}
    assert not _ties(claims, "overseen_by")


def test_a_body_registered_under_a_ministry():
    _, claims = run(
        "Tide Association\n\nThe Tide Association (TA) is an organization, registered under the Ministry of Civil "
        "Affairs, that hosts visits. The Harbour Club is registered with the Ministry of Civil Affairs.\n"
    )
    assert _ties(claims, "overseen_by") == {
        ("TA", "Ministry of Civil Affairs"),
        ("Harbour Club", "Ministry of Civil Affairs"),
    }


@pytest.mark.parametrize(
    ("text", "relation", "tie"),
    [
        (  # a budget provided by a state
            "Tide Council\n\nThe Tide Council (TC) is a front. In the 1980s, the TC was estimated to have an annual "
            "budget of more than $40 million, almost all provided by the Soviet Union.\n",
            "funded_by",
            ("TC", "Soviet Union"),
        ),
        (  # links to a body
            "Tide Association\n\nThe Tide Association (TA) is an organization. The TA is reported to have links "
            "to the Political Work Department of the Tide Commission.\n",
            "affiliated_with",
            ("TA", "Political Work Department of the Tide Commission"),
        ),
        (  # linked to a body
            "Tide Association\n\nThe Tide Association (TA) is an organization. The Harbour Network was "
            "previously linked to the Structura Group and the Social Design Agency.\n",
            "affiliated_with",
            ("Harbour Network", "Social Design Agency"),
        ),
        (  # a relative clause after an aside is the sentence subject's
            "Tide Association\n\nThe Tide Association for Understanding (TAU) is a Ulton-based organization, "
            "registered under the Ministry of Civil Affairs, that is reported to be a front organization for the "
            "Harbour Department of the Tide Party.\n",
            "front_for",
            ("Tide Association for Understanding", "Harbour Department of the Tide Party"),
        ),
        (  # integrated into a body
            "Tide Office\n\nThe Tide Office (TO) is an agency. In 1990 the Tide Office was integrated into the "
            "Harbour Council.\n",
            "part_of",
            ("Tide Office", "Harbour Council"),
        ),
        (  # a fiscally sponsored project
            "Tide Office\n\nThe Tide Office (TO) is an agency. The Tide Office is a fiscally sponsored project of "
            "the Harbour Foundation.\n",
            "affiliated_with",
            ("Tide Office", "Harbour Foundation"),
        ),
        (  # funds raised for a body
            "Tide Office\n\nThe Tide Office (TO) is an agency. The Pell Aid Society raised funds for the Harbour "
            "Front.\n",
            "funded_by",
            ("Harbour Front", "Pell Aid Society"),
        ),
        (  # a body it worked with, named before a relative clause
            "Tide Security\n\nThe Tide Security (TS) is a service. It was modeled on the Soviet KGB, with whom it "
            "closely worked together.\n",
            "partner_of",
            ("Tide Security", "KGB"),
        ),
    ],
)
def test_a_prose_form_gives_its_tie(text, relation, tie):
    _, claims = run(text)
    assert tie in _ties(claims, relation)


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasury designated the Pell Aid Society, along with its president Tor Besk, on Monday.",
        "The Pell Aid Society and its president, Tor Besk, were listed.",
    ],
)
def test_a_body_and_its_holder_named_after_its(sentence):
    _, claims = run(LEAD + sentence + "\n")
    assert ("Tor Besk", "Pell Aid Society") in _ties(claims, "leads")


def test_a_body_named_with_for_is_not_cut_into_a_holder():
    _, claims = run(LEAD + "Ada Morn is Chairman of the Board for Coastal Safety.\n")
    assert _ties(claims, "leads") == {("Ada Morn", "Board for Coastal Safety")}


def test_a_key_alone_then_a_blank_line_then_its_value():
    page = (
        "Harbour Security Office\n\nAgency overview\n\nJurisdiction\n  \nGovernment of Veldra\n\n"
        "Headquarters\n\nUlton, Veldra\n\nThe Harbour Security Office (HSO) is an agency of Veldra.\n\n"
        "History\n\nThe office was founded in 1950.\n"
    )
    doc, claims = run(page)
    assert ("Harbour Security Office", "Government of Veldra") in _ties(claims, "subordinate_to")
    assert ("Harbour Security Office", "Ulton") in _ties(claims, "headquartered_in")
    assert "Government of Veldra" not in [title for title, *_ in doc.sections]
    # a heading alone over a sentence is no key with a value
    assert not [c for c in claims if c.relation == "type" and "founded" in c.value]


def test_a_month_and_year_alone_on_the_first_line_is_no_title():
    doc, claims = run("June 2007\n\nType\n\nSummary\n\nThe Harbour Office sent a report to the Coast Board.\n")
    assert doc.title != "June 2007"
    assert not [c for c in claims if c.subject == "June 2007"]


def test_a_heading_with_its_edit_link_s_empty_brackets_opens_its_list():
    page = (
        "Civic Party of Veldra\n\nThe Civic Party of Veldra (CPV) is a political party in Veldra.\n\n"
        "Chairpersons[]\n\n  1. Ada Orel (扬奥) (1949–1958)\n  2. Bo Marr (伊玛) (1979–1984)\n"
    )
    _, claims = run(page)
    leads = {(c.subject, c.object, c.title, c.start, c.end) for c in claims if c.relation == "leads"}
    assert ("Ada Orel", "Civic Party of Veldra", "Chairperson", 1949, 1958) in leads
    assert ("Bo Marr", "Civic Party of Veldra", "Chairperson", 1979, 1984) in leads


def test_a_value_s_name_in_its_own_script_is_its_alias_and_a_national_affiliation_a_membership():
    page = (
        "Civic Party of Veldra\n\nNewspaperCivic Voice (公民)[1]\nNational affiliationPatriotic Bloc\n\n"
        "The Civic Party of Veldra (CPV) is a political party in Veldra.\n"
    )
    _, claims = run(page)
    assert ("Civic Party of Veldra", "Civic Voice") in _ties(claims, "publishes")
    assert [c for c in claims if c.relation == "name_zh" and c.subject == "Civic Voice" and c.value == "公民"]
    assert ("Civic Party of Veldra", "Patriotic Bloc") in _ties(claims, "part_of")


@pytest.mark.parametrize(
    "sentence, relation, ends",
    [
        (
            "The Civic Party is one of five licensed parties that follow the direction of the Veldran Workers Party.",
            "overseen_by",
            ("Civic Party", "Veldran Workers Party"),
        ),
        (
            "The HO works alongside its inland twin, the VIS (Veldran Internal Service), in border matters.",
            "partner_of",
            ("HO", "VIS"),
        ),
    ],
)
def test_guided_by_a_party_and_working_alongside_a_twin(sentence, relation, ends):
    _, claims = run(LEAD + sentence + "\n")
    assert ends in _ties(claims, relation)


def test_a_person_working_with_a_body_is_no_partnership_of_the_page_s_body():
    _, claims = run(LEAD + "Ada Lind works closely with the Coast Board.\n")
    assert not _ties(claims, "partner_of")


ROSTER = (
    "Patriotic Front of Veldra\n\nThe Patriotic Front of Veldra is the alliance of the parties allied with the "
    "ruling party.\n\nLeaders of allied parties\n\nChairman of the Harbour League: Tomas Verin\n"
    "Chairwoman of the Dock Alliance:\nMira Holt\n\nMember parties\n\n"
    "The Harbour League (HL)\nThe Dock Alliance (DA)\nThe Party of Quay Unity (PQU)\n"
)


def test_a_roster_of_posts_with_their_holders_on_the_line_or_the_next():
    _, claims = run(ROSTER)
    leads = {(c.subject, c.object, c.title) for c in claims if c.relation == "leads"}
    assert ("Tomas Verin", "Harbour League", "Chairman") in leads
    assert ("Mira Holt", "Dock Alliance", "Chairwoman") in leads


def test_lines_of_a_body_s_name_and_abbreviation_list_its_members():
    _, claims = run(ROSTER)
    members = _ties(claims, "part_of")
    for body in ("Harbour League", "Dock Alliance", "Party of Quay Unity"):
        assert (body, "Patriotic Front of Veldra") in members
    aliases = {(c.subject, c.value) for c in claims if c.relation == "alias"}
    assert {("Harbour League", "HL"), ("Party of Quay Unity", "PQU")} <= aliases
    # one such line alone is no list
    _, claims = run(LEAD + "\n\nSee\n\nThe Harbour League (HL)\n\nThe office is in Ulton.\n")
    assert not [c for c in claims if c.subject == "Harbour League" and c.relation == "part_of"]


def test_a_bullet_of_a_body_with_its_article_and_abbreviation():
    _, claims = run(
        "Patriotic Front of Veldra\n\nThe Patriotic Front of Veldra is an alliance of parties.\n\nMember parties\n\n"
        "• The Harbour League (HL)\n• The Dock Alliance (DA)\n"
    )
    assert ("Harbour League", "Patriotic Front of Veldra") in _ties(claims, "part_of")
    assert not [c for c in claims if c.subject.startswith("The ")]


@pytest.mark.parametrize("line", ["DeputyJonas Reiter, Principal Deputy Director", "- Deputy: Jonas Reiter"])
def test_a_body_s_deputy_key_names_one_of_its_leaders(line):
    _, claims = run(f"Harbour Office\n\n{line}\n\nThe Harbour Office (HO) is a domestic agency of Veldra.\n")
    assert ("Jonas Reiter", "Harbour Office") in _ties(claims, "leads")
