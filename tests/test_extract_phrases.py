"""Extraction tests: one per relation trigger family, qualifier, hedge, name rule and infobox role.

Each test builds a tiny invented document (fictional bodies, people and places), runs
``orgnet.extract_claims(orgnet.parse_text(text, "t.txt"))`` and asserts the claim
(subject, relation, object) -- or the literal value -- and that its evidence is the exact
slice ``doc.text[char_start:char_end]`` holding the words that state it. Names are compared
as entities (``orgnet.resolve``), so an abbreviation and its full name are the same subject.
"""

from __future__ import annotations

import pytest
from claim_helpers import find, none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

# ----------------------------------------------------------------------------- helpers


def doc(title: str, *sentences: str) -> str:
    return title + "\n\n" + " ".join(sentences) + "\n"


IHS = "Institute for Harbour Studies"
MCA = "Ministry of Coastal Affairs"
MPV = "Ministry of Public Vigilance"

# ----------------------------------------------------------------------------- subordinate_to


def test_placed_under_with_leading_year():
    _, cs = run(
        doc(IHS, "In 1983, the Institute for Harbour Studies was placed under the Ministry of Coastal Affairs.")
    )
    c = one(cs, IHS, "subordinate_to", MCA, evidence_has="placed under")
    assert c.start == 1983 and c.end is None


def test_reports_directly_to():
    _, cs = run(
        doc("Office of Port Security", "The Office of Port Security reports directly to the State Council of Amara.")
    )
    one(cs, "Office of Port Security", "subordinate_to", "State Council of Amara", evidence_has="reports directly to")


def test_under_the_management_of():
    _, cs = run(
        doc(IHS, "In 1984, the institute came under the day-to-day management of the Ministry of Public Vigilance.")
    )
    c = one(cs, IHS, "subordinate_to", MPV, evidence_has="management of")
    assert c.start == 1984


def test_is_a_department_of():
    _, cs = run(
        doc(
            "Maritime Records Department",
            "The Maritime Records Department is a department of the Ministry of Coastal Affairs.",
        )
    )
    one(cs, "Maritime Records Department", "subordinate_to", MCA, evidence_has="department of")


def test_fell_under():
    _, cs = run(
        doc(
            IHS, "At that time, the Institute for Harbour Studies fell under the National Maritime Security Commission."
        )
    )
    one(cs, IHS, "subordinate_to", "National Maritime Security Commission", evidence_has="fell under")


def test_quoted_subordinate_to():
    _, cs = run(
        doc(
            IHS,
            'Official papers called the Institute for Harbour Studies "subordinate" to the Ministry of Public Vigilance.',
        )
    )
    one(cs, IHS, "subordinate_to", MPV, evidence_has="subordinate")


def test_nth_bureau_of_a_ministry_implies_its_parent():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies is the public face of the 7th Bureau of the Ministry of Public Vigilance.",
        )
    )
    one(cs, "7th Bureau of the Ministry of Public Vigilance", "subordinate_to", MPV, evidence_has="7th Bureau")


# ----------------------------------------------------------------------------- overseen_by


def test_overseen_by():
    _, cs = run(
        doc(IHS, "The Institute for Harbour Studies is overseen by the Central Council of the Amaran Workers' Party.")
    )
    one(cs, IHS, "overseen_by", "Central Council of the Amaran Workers' Party", evidence_has="overseen by")


def test_under_the_guidance_of():
    _, cs = run(
        doc(
            "Meridian Policy Forum",
            "The Meridian Policy Forum works under the guidance of the External Relations Department.",
        )
    )
    one(cs, "Meridian Policy Forum", "overseen_by", "External Relations Department", evidence_has="guidance of")


def test_oversees_is_inverse():
    _, cs = run(
        doc(
            "External Relations Department",
            "The External Relations Department oversees the Lighthouse Foundation for Development.",
        )
    )
    one(
        cs,
        "Lighthouse Foundation for Development",
        "overseen_by",
        "External Relations Department",
        evidence_has="oversees",
    )


# ----------------------------------------------------------------------------- front_for


def test_cover_identity_of():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies (IHS) is the cover identity of the 7th Bureau of the Ministry of Public Vigilance (MPV).",
        )
    )
    one(cs, IHS, "front_for", "7th Bureau of the Ministry of Public Vigilance", evidence_has="cover identity of")


def test_known_publicly_as_is_inverse():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "The 9th Bureau of the Ministry of Public Vigilance, known publicly as the Amara Society for "
            "Cultural Exchange (ASCE), organises delegations of foreign writers.",
        )
    )
    one(
        cs,
        "Amara Society for Cultural Exchange",
        "front_for",
        "9th Bureau of the Ministry of Public Vigilance",
        evidence_has="known publicly as",
    )
    none(cs, "9th Bureau of the Ministry of Public Vigilance", "front_for", "Amara Society for Cultural Exchange")


def test_front_organization_operated_by():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "The Amara Society for Cultural Exchange is operated by the Ministry of Public Vigilance as a "
            "front organization.",
        )
    )
    one(cs, "Amara Society for Cultural Exchange", "front_for", MPV, evidence_has="front organization")
    one(cs, "Amara Society for Cultural Exchange", "operated_by", MPV, evidence_has="operated by")


def test_serves_as_a_front_for():
    _, cs = run(doc("Tidewater Trust", "The Tidewater Trust serves as a front for the Ministry of Public Vigilance."))
    one(cs, "Tidewater Trust", "front_for", MPV, evidence_has="front for")


def test_public_face_of():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies is the public face of the 7th Bureau of the Ministry of Public Vigilance.",
        )
    )
    one(cs, IHS, "front_for", "7th Bureau of the Ministry of Public Vigilance", evidence_has="public face of")


def test_one_institution_with_two_names():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "The Amara Society for Cultural Exchange and the 9th Bureau of the Ministry of Public Vigilance "
            'are "one institution with two names".',
        )
    )
    a = find(cs, "Amara Society for Cultural Exchange", "front_for", "9th Bureau of the Ministry of Public Vigilance")
    b = find(cs, "9th Bureau of the Ministry of Public Vigilance", "front_for", "Amara Society for Cultural Exchange")
    assert a or b, f"no front_for between the two names; claims:\n{show(cs)}"


# ----------------------------------------------------------------------------- established_by


def test_established_by():
    _, cs = run(
        doc("Port Culture Society", "The Port Culture Society was established by the Ministry of Coastal Affairs.")
    )
    one(cs, "Port Culture Society", "established_by", MCA, evidence_has="established by")


def test_founded_in_year_by():
    _, cs = run(
        doc(
            "Harbour Research Office",
            "The Harbour Research Office was founded in 1962 by the Ministry of Coastal Affairs (MCA).",
        )
    )
    c = one(cs, "Harbour Research Office", "established_by", MCA, evidence_has="founded in 1962 by")
    assert c.start == 1962
    one(cs, "Harbour Research Office", "founded", value="1962")


@pytest.mark.parametrize(
    "middle",
    ["established in 1958 in Vesvell by", "established in Port Vesvell in 1958 by", "founded in 1958, in Vesvell, by"],
)
def test_established_in_year_and_place_by(middle):
    _, cs = run(
        doc("Harbour Research Office", f"The Harbour Research Office was {middle} the Ministry of Coastal Affairs.")
    )
    c = one(cs, "Harbour Research Office", "established_by", MCA, evidence_has=middle)
    assert c.start == 1958


def test_set_up_by():
    _, cs = run(doc("Blue Water Network", "The Blue Water Network was set up by the Meridian Policy Forum."))
    one(cs, "Blue Water Network", "established_by", "Meridian Policy Forum", evidence_has="set up by")


def test_x_established_y_with_year():
    _, cs = run(doc(IHS, "In 2015, the IHS established the Centre for Strait Security."))
    c = one(cs, "Centre for Strait Security", "established_by", "IHS", evidence_has="established")
    assert c.start == 2015


def test_x_set_up_y_with_abbreviation():
    _, cs = run(
        doc(
            "External Relations Department",
            "In 2011, the ERD set up the Institute of World Party Studies (IWPS), a think tank.",
        )
    )
    c = one(cs, "Institute of World Party Studies", "established_by", "ERD", evidence_has="set up")
    assert c.start == 2011
    one(cs, "Institute of World Party Studies", "alias", value="IWPS")


def test_founder_of():
    _, cs = run(doc("Chen Haolan", "Chen Haolan is the founder of the Meridian Policy Forum."))
    one(cs, "Meridian Policy Forum", "established_by", "Chen Haolan", evidence_has="founder of")


# ----------------------------------------------------------------------------- operated_by


def test_operated_by():
    _, cs = run(
        doc("Port Culture Society", "The Port Culture Society is operated by the Ministry of Public Vigilance.")
    )
    one(cs, "Port Culture Society", "operated_by", MPV, evidence_has="operated by")


def test_run_by():
    _, cs = run(
        doc(
            "Public Vigilance University", "The Public Vigilance University is run by the Ministry of Public Vigilance."
        )
    )
    one(cs, "Public Vigilance University", "operated_by", MPV, evidence_has="run by")


def test_x_operates_y():
    _, cs = run(
        doc(
            "External Relations Department",
            "The External Relations Department also operates the Lighthouse Foundation for Development.",
        )
    )
    one(
        cs,
        "Lighthouse Foundation for Development",
        "operated_by",
        "External Relations Department",
        evidence_has="operates",
    )


def test_x_runs_y_with_department_anaphor():
    _, cs = run(
        doc("External Relations Department", "The department also runs the Lighthouse Foundation for Development.")
    )
    one(
        cs, "Lighthouse Foundation for Development", "operated_by", "External Relations Department", evidence_has="runs"
    )


# ----------------------------------------------------------------------------- funded_by


def test_funded_by():
    _, cs = run(doc(IHS, "The Institute for Harbour Studies is funded by the Ministry of Public Vigilance."))
    one(cs, IHS, "funded_by", MPV, evidence_has="funded by")


def test_coordinated_subjects_finance():
    _, cs = run(
        doc(
            "External Relations Department",
            "The External Relations Department and the Ministry of Public Vigilance finance the Kessel Bay "
            "Cadre Academy in Varnholm.",
        )
    )
    one(cs, "Kessel Bay Cadre Academy", "funded_by", "External Relations Department", evidence_has="finance")
    one(cs, "Kessel Bay Cadre Academy", "funded_by", MPV, evidence_has="finance")


def test_x_funds_y():
    _, cs = run(
        doc(
            "Lighthouse Foundation for Development",
            "The Lighthouse Foundation for Development funds the Coastal Think Tank Network.",
        )
    )
    one(cs, "Coastal Think Tank Network", "funded_by", "Lighthouse Foundation for Development", evidence_has="funds")


# ----------------------------------------------------------------------------- affiliated_with, part_of, partner_of


def test_affiliated_with():
    _, cs = run(doc(IHS, "The Institute for Harbour Studies is affiliated with the Ministry of Public Vigilance."))
    one(cs, IHS, "affiliated_with", MPV, evidence_has="affiliated with")


def test_affiliated_with_adverb():
    _, cs = run(
        doc(IHS, "The Institute for Harbour Studies is affiliated mainly with the Ministry of Public Vigilance.")
    )
    one(cs, IHS, "affiliated_with", MPV, evidence_has="affiliated mainly with")


def test_part_of():
    _, cs = run(doc(IHS, "The Institute for Harbour Studies is part of the Coastal Think Tank Network."))
    one(cs, IHS, "part_of", "Coastal Think Tank Network", evidence_has="part of")


def test_member_of():
    _, cs = run(doc(IHS, "The Institute for Harbour Studies is a member of the Coastal Think Tank Network."))
    one(cs, IHS, "part_of", "Coastal Think Tank Network", evidence_has="member of")


def test_serving_on_the_secretariat_of():
    _, cs = run(
        doc(
            "External Relations Department",
            "In 2011, the External Relations Department established the Institute of World Party Studies "
            "(IWPS), a think tank serving on the secretariat of the Coastal Think Tank Network.",
        )
    )
    one(cs, "Institute of World Party Studies", "part_of", "Coastal Think Tank Network", evidence_has="secretariat of")
    none(cs, "External Relations Department", "part_of", "Coastal Think Tank Network")


def test_partner_with():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "The Amara Society for Cultural Exchange has been a long-time working partner with the Amaran "
            "Federation of Writers and Artists.",
        )
    )
    one(
        cs,
        "Amara Society for Cultural Exchange",
        "partner_of",
        "Amaran Federation of Writers and Artists",
        evidence_has="partner with",
    )


# ----------------------------------------------------------------------------- serves, publishes


def test_principal_customer_is():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies studies shipping.",
            "The institute's principal customer is the National Maritime Security Commission.",
        )
    )
    one(cs, IHS, "serves", "National Maritime Security Commission", evidence_has="principal customer is")


def test_is_its_principal_customer():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies studies shipping.",
            "The National Maritime Security Commission is its principal customer.",
        )
    )
    one(cs, IHS, "serves", "National Maritime Security Commission", evidence_has="principal customer")


def test_publishes_the_journal():
    _, cs = run(doc(IHS, "The Institute for Harbour Studies publishes the journal Harbour Review in two languages."))
    one(cs, IHS, "publishes", "Harbour Review", evidence_has="publishes the journal")


def test_published_by():
    _, cs = run(
        doc(IHS, "An article in the weekly Forward, published by the Amara News Agency, praised the institute.")
    )
    one(cs, "Amara News Agency", "publishes", "Forward", evidence_has="published by")


# ----------------------------------------------------------------------------- leads


def test_led_by():
    _, cs = run(
        doc("State Council of Amara", "The State Council of Amara is led by the premier, currently Bai Shoulin.")
    )
    c = one(cs, "Bai Shoulin", "leads", "State Council of Amara", evidence_has="led by")
    assert c.title.casefold() == "premier"


def test_served_as_president_with_years():
    _, cs = run(doc(IHS, "Zhou Tingfeng served as president of the Institute for Harbour Studies from 1990 to 1993."))
    c = one(cs, "Zhou Tingfeng", "leads", IHS, evidence_has="served as")
    assert (c.start, c.end) == (1990, 1993)
    assert c.title.casefold() == "president"


def test_was_director_of_with_years():
    _, cs = run(doc(IHS, "Zhou Tingfeng was director of the Institute for Harbour Studies from 1988 to 1993."))
    c = one(cs, "Zhou Tingfeng", "leads", IHS, evidence_has="director of")
    assert (c.start, c.end) == (1988, 1993)


def test_leader_field():
    _, cs = run(
        "External Relations Department\nLeaderWang Ruoxi\nFormation1949; 75 years ago (1949)\n\n"
        "The External Relations Department is a party body.\n"
    )
    c = one(cs, "Wang Ruoxi", "leads", "External Relations Department", evidence_has="Wang Ruoxi")
    assert c.title == "Leader"
    assert c.method == "infobox"


# ----------------------------------------------------------------------------- headquartered_in, controlled_by, absorbed_into, targets


def test_headquartered_in():
    _, cs = run(doc(MPV, "The ministry is headquartered in Lantern Hill District, Port Amara."))
    c = one(cs, MPV, "headquartered_in", "Lantern Hill District", evidence_has="headquartered in")
    assert c.object_kind == "place"


def test_based_in():
    _, cs = run(doc("Meridian Policy Forum", "The Meridian Policy Forum is a think tank based in Port Amara, Amara."))
    one(cs, "Meridian Policy Forum", "headquartered_in", "Port Amara", evidence_has="based in")


def test_x_based():
    _, cs = run(doc("Tidewater Trust", "The Tidewater Trust is a Port Amara-based charity."))
    one(cs, "Tidewater Trust", "headquartered_in", "Port Amara", evidence_has="Port Amara")


def test_controlled_by():
    _, cs = run(
        doc("Coastal Trade Council", "The Coastal Trade Council is controlled by the Ministry of Coastal Affairs.")
    )
    one(cs, "Coastal Trade Council", "controlled_by", MCA, evidence_has="controlled by")


def test_x_controls_y():
    _, cs = run(doc(MPV, "The Ministry of Public Vigilance controls the Tidewater Shipping Company."))
    one(cs, "Tidewater Shipping Company", "controlled_by", MPV, evidence_has="controls")


def test_absorbed_into_with_trailing_year():
    _, cs = run(
        doc(
            "Port Culture Society",
            "The Port Culture Society was run by the Harbour Affairs Office, which was absorbed into the "
            "Ministry of Coastal Affairs in 2018.",
        )
    )
    c = one(cs, "Harbour Affairs Office", "absorbed_into", MCA, evidence_has="absorbed into")
    assert c.start == 2018
    one(cs, "Port Culture Society", "operated_by", "Harbour Affairs Office", evidence_has="run by")
    none(cs, "Port Culture Society", "absorbed_into", MCA)


def test_targeting():
    _, cs = run(
        doc(
            IHS,
            "The Coastal Think Tank Network is a platform for influence operations targeting the "
            "Norvell Port Authority.",
        )
    )
    one(cs, "Coastal Think Tank Network", "targets", "Norvell Port Authority", evidence_has="targeting")


# ----------------------------------------------------------------------------- qualifiers and hedges


def test_from_year_to_year_on_a_subordination():
    _, cs = run(doc(IHS, "The institute was placed under the National Maritime Security Commission from 1999 to 2004."))
    c = one(cs, IHS, "subordinate_to", "National Maritime Security Commission")
    assert (c.start, c.end) == (1999, 2004)


def _stated_confidence() -> float:
    _, cs = run(doc(IHS, "The Institute for Harbour Studies is funded by the Ministry of Public Vigilance."))
    c = one(cs, IHS, "funded_by", MPV)
    assert c.hedge == "stated"
    return c.confidence


@pytest.mark.parametrize(
    "sentence, level",
    [
        (
            "According to Owen Castell, the Institute for Harbour Studies is funded by the Ministry of Public Vigilance.",
            "reported",
        ),
        ("The Institute for Harbour Studies is reportedly funded by the Ministry of Public Vigilance.", "reported"),
        ("The Institute for Harbour Studies is allegedly funded by the Ministry of Public Vigilance.", "alleged"),
        (
            "Critics have accused the Institute for Harbour Studies of being funded by the Ministry of Public Vigilance.",
            "alleged",
        ),
        (
            "That the Institute for Harbour Studies is funded by the Ministry of Public Vigilance is disputed.",
            "disputed",
        ),
    ],
)
def test_hedges_lower_confidence(sentence, level):
    stated = _stated_confidence()
    _, cs = run(doc(IHS, sentence))
    c = one(cs, IHS, "funded_by", MPV, evidence_has="funded by")
    assert c.hedge == level
    assert c.hedge != "stated"
    assert c.confidence < stated


# ----------------------------------------------------------------------------- names


def test_abbreviation_definition_with_chinese():
    _, cs = run(doc(MCA, "The Ministry of Coastal Affairs (MCA; Chinese: 海岸事务部) is a ministry of Amara."))
    c = one(cs, MCA, "alias", value="MCA")
    assert "(MCA" in c.evidence
    one(cs, MCA, "name_zh", value="海岸事务部")


def test_abbreviation_of_the_tail_of_a_bureau_name():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies is the cover identity of the 7th Bureau of the Ministry "
            "of Public Vigilance (MPV). The MPV is funded by the State Council of Amara.",
        )
    )
    res = orgnet.resolve(cs)
    assert res.id_of("MPV") == res.id_of(MPV)
    assert res.id_of("MPV") != res.id_of("7th Bureau of the Ministry of Public Vigilance")
    one(cs, MPV, "funded_by", "State Council of Amara")


def test_also_known_as():
    _, cs = run(
        doc(
            "Harbour Pilots Institute",
            "The Harbour Pilots Institute, also known as the Pilots College, is a school in Port Amara.",
        )
    )
    c = one(cs, "Harbour Pilots Institute", "alias", value="Pilots College")
    assert "also known as" in c.evidence


def test_formerly_known_as():
    _, cs = run(
        doc(IHS, "The Institute for Harbour Studies, formerly known as the Harbour Research Office, is a think tank.")
    )
    one(cs, IHS, "former_name", value="Harbour Research Office", evidence_has="formerly known as")


def test_changed_its_name():
    _, cs = run(doc(IHS, "In 1984, the Harbour Research Office changed its name to the Institute for Harbour Studies."))
    res = orgnet.resolve(cs)
    assert res.id_of("Harbour Research Office") is not None
    assert res.id_of("Harbour Research Office") == res.id_of(IHS)


def test_it_refers_to_the_document_subject():
    _, cs = run(
        doc(
            "Office of Port Security",
            "The Office of Port Security is a small agency. It reports directly to the State Council of Amara.",
        )
    )
    one(cs, "Office of Port Security", "subordinate_to", "State Council of Amara", evidence_has="It reports")


def test_the_department_refers_to_the_document_subject():
    _, cs = run(doc("Maritime Records Department", "The department is overseen by the Ministry of Coastal Affairs."))
    c = one(cs, "Maritime Records Department", "overseen_by", MCA, evidence_has="overseen by")
    assert c.evidence.startswith("The department")


def test_blurb_subject_is_the_blurb_title_not_the_article():
    text = (
        "Ministry of Coastal Affairs\n\nLast updated\n\nThe Ministry of Coastal Affairs is a ministry.\n\n"
        "Related Research Articles\n\n"
        '<span class="mw-page-title-main">Harbour Pilots Institute</span> Amaran training school\n\n'
        "The Harbour Pilots Institute is a school in Port Amara. It is funded by the Lighthouse Heritage Foundation.\n"
    )
    _, cs = run(text)
    c = one(cs, "Harbour Pilots Institute", "funded_by", "Lighthouse Heritage Foundation")
    assert c.method == "related"
    none(cs, MCA, "funded_by", "Lighthouse Heritage Foundation")


# ----------------------------------------------------------------------------- infobox roles

DASH_BOX = """= Institute for Harbour Studies =

- Abbreviation: IHS
- Formerly: Harbour Research Office
- Headquarters: Port Amara, Amara
- Parent organization: Ministry of Public Vigilance
- Affiliations: Amaran Workers' Party
- Leader Title: Alternate name
- Leader Name: 7th Bureau of the Ministry of Public Vigilance
- Leader Title2: Director
- Leader Name2: Li Wenbo

The Institute for Harbour Studies is a think tank.

== Directors ==
- Deng Yuhan (1962 – 1970)
- Unknown (1970 – 1975)
- Li Wenbo (2016 – present)
"""


@pytest.fixture(scope="module")
def dash_box():
    return run(DASH_BOX)


def test_infobox_parent_organization(dash_box):
    _, cs = dash_box
    c = one(cs, IHS, "subordinate_to", MPV, evidence_has="Parent organization")
    assert c.method == "infobox"


def test_infobox_affiliations(dash_box):
    _, cs = dash_box
    one(cs, IHS, "affiliated_with", "Amaran Workers' Party", evidence_has="Affiliations")


def test_infobox_headquarters_city(dash_box):
    _, cs = dash_box
    c = one(cs, IHS, "headquartered_in", "Port Amara", evidence_has="Headquarters")
    assert c.object == "Port Amara"


def test_infobox_abbreviation_and_formerly(dash_box):
    _, cs = dash_box
    one(cs, IHS, "alias", value="IHS", evidence_has="Abbreviation")
    one(cs, IHS, "former_name", value="Harbour Research Office", evidence_has="Formerly")


def test_infobox_leader_title_name_pairs(dash_box):
    _, cs = dash_box
    c = one(cs, "Li Wenbo", "leads", IHS, evidence_has="Li Wenbo")
    assert c.title == "Director"
    # "Alternate name" is not an office: the 7th Bureau does not lead the institute
    none(cs, "7th Bureau of the Ministry of Public Vigilance", "leads", IHS)
    one(cs, IHS, "other_name", value="7th Bureau of the Ministry of Public Vigilance")


def test_directors_list(dash_box):
    _, cs = dash_box
    c = one(cs, "Deng Yuhan", "leads", IHS, evidence_has="Deng Yuhan (1962 – 1970)")
    assert (c.start, c.end, c.title, c.method) == (1962, 1970, "Director", "list")
    c = [x for x in find(cs, "Li Wenbo", "leads", IHS) if x.method == "list"]
    assert c and c[0].start == 2016 and c[0].end is None
    assert not [x for x in cs if x.subject == "Unknown"]


GLUED_BOX = """External Relations Department (Amara)
AbbreviationWaiguanbu (外关部)
Formation1949; 75\u00a0years ago\u00a0(1949)
Headquarters12 Lantern Street, Harbour District, Port Amara
Deputy ministers
Sun Peiling, Fang Leiming, Qiao Dongsheng
Parent organization
Central Council of the Amaran Workers' Party
SubsidiariesAmara Society for Friendship with Foreign Peoples
Institute of World Party Studies
Lighthouse Foundation for Development
AffiliationsMinistry of Foreign Affairs of Amara Edit this at Wikidata
Formerly called
Foreign Contact Department
Chinese name
Simplified Chinese阿玛兰对外关系部
Traditional Chinese阿瑪蘭對外關係部

The External Relations Department is a party department.[1]
"""


@pytest.fixture(scope="module")
def glued_box():
    return run(GLUED_BOX)


ERD = "External Relations Department"


def test_glued_title_disambiguator_dropped(glued_box):
    _, cs = glued_box
    subjects = {c.subject for c in cs if c.method == "infobox"}
    assert ERD in subjects, subjects
    assert "External Relations Department (Amara)" not in subjects


def test_glued_subsidiaries_each_subordinate(glued_box):
    _, cs = glued_box
    for sub in (
        "Amara Society for Friendship with Foreign Peoples",
        "Institute of World Party Studies",
        "Lighthouse Foundation for Development",
    ):
        one(cs, sub, "subordinate_to", ERD, evidence_has=sub)


def test_glued_deputy_ministers_comma_list(glued_box):
    _, cs = glued_box
    for name in ("Sun Peiling", "Fang Leiming", "Qiao Dongsheng"):
        c = one(cs, name, "leads", ERD, evidence_has=name)
        assert c.title == "Deputy Minister"
    assert not [c for c in cs if c.relation == "leads" and "," in c.subject]


@pytest.mark.parametrize("key, title", [("Vice Chairman", "Vice Chairman"), ("Deputy Chairman", "Deputy Chairman")])
def test_glued_vice_chair_key_alone_then_name(key, title):
    _, cs = run(
        f"Lantern Trading Company\nFormation2005\nLeaderTavi Chunfeng\n{key}\nGalt Junqi\n"
        "Parent organization\nMinistry of State Labour\n\nThe Lantern Trading Company is a company.\n"
    )
    c = one(cs, "Galt Junqi", "leads", "Lantern Trading Company", evidence_has="Galt Junqi")
    assert c.title == title and c.method == "infobox"


def test_glued_parent_and_affiliation(glued_box):
    _, cs = glued_box
    one(cs, ERD, "subordinate_to", "Central Council of the Amaran Workers' Party", evidence_has="Parent organization")
    c = one(cs, ERD, "affiliated_with", "Ministry of Foreign Affairs of Amara")
    assert "Wikidata" not in c.object


def test_glued_headquarters_address_is_located_in_its_city(glued_box):
    _, cs = glued_box
    c = one(cs, ERD, "headquartered_in", "Port Amara")
    assert c.object == "Port Amara"
    assert c.object_surface == "12 Lantern Street, Harbour District, Port Amara"  # kept as its alias


def test_glued_formation_year(glued_box):
    _, cs = glued_box
    c = one(cs, ERD, "founded", value="1949", evidence_has="Formation")
    assert c.method == "infobox"


def test_glued_abbreviation_with_chinese(glued_box):
    _, cs = glued_box
    one(cs, ERD, "alias", value="Waiguanbu")
    one(cs, ERD, "name_zh", value="外关部")


def test_glued_formerly_called(glued_box):
    _, cs = glued_box
    one(cs, ERD, "former_name", value="Foreign Contact Department", evidence_has="Foreign Contact Department")


def test_glued_chinese_names(glued_box):
    _, cs = glued_box
    one(cs, ERD, "name_zh", value="阿玛兰对外关系部")
    one(cs, ERD, "name_zh", value="阿瑪蘭對外關係部")
    assert not [c for c in cs if c.value.startswith(("Simplified", "Traditional"))]


# ----------------------------------------------------------------------------- names and fields of other countries' articles


def test_plural_possessive_inside_a_name():
    """``Workers' Party`` is one name: the abbreviation belongs to the whole of it."""
    _, cs = run(
        doc(
            "Amaran Workers' Party",
            "The Amaran Workers' Party (AWP) is the ruling party of Amara. It is overseen by nobody.",
        )
    )
    one(cs, "Amaran Workers' Party", "alias", value="AWP")
    assert not [c for c in cs if c.subject == "Party" or c.object == "Party"], show(cs)


def test_with_inside_a_name():
    _, cs = run(
        doc(
            "External Relations Department",
            "In 1980, the External Relations Department established the Amara Society for Friendship with "
            "Foreign Peoples.",
        )
    )
    c = one(cs, "Amara Society for Friendship with Foreign Peoples", "established_by", "External Relations Department")
    assert c.start == 1980


@pytest.mark.parametrize("between", [" and ", " and the "])
def test_coordinated_subjects_with_or_without_article(between):
    _, cs = run(
        doc(
            "External Relations Department",
            f"The External Relations Department{between}Ministry of Public Vigilance fund the Kessel Bay "
            "Cadre Academy.",
        )
    )
    one(cs, "Kessel Bay Cadre Academy", "funded_by", "External Relations Department")
    one(cs, "Kessel Bay Cadre Academy", "funded_by", MPV)


def test_the_ministry_as_object_refers_to_the_document_subject():
    _, cs = run(doc(MPV, "The Public Vigilance University trains officers and is run by the ministry."))
    one(cs, "Public Vigilance University", "operated_by", MPV, evidence_has="run by the ministry")


def test_placed_under_the_department():
    _, cs = run(
        doc("External Relations Department", "In 1994, the Harbour Printing Bureau was placed under the department.")
    )
    c = one(
        cs,
        "Harbour Printing Bureau",
        "subordinate_to",
        "External Relations Department",
        evidence_has="placed under the department",
    )
    assert c.start == 1994


def test_publishing_house_is_an_organisation():
    _, cs = run(doc(MCA, "In 1994, the New Dawn Publishing House was placed under the Ministry of Coastal Affairs."))
    one(cs, "New Dawn Publishing House", "subordinate_to", MCA)


def test_x_set_up_the_capitalised_name_appositive():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "In 2017, ASCE set up the Silver Coast Residency, a writers' retreat in Varnholm.",
        )
    )
    c = one(cs, "Silver Coast Residency", "established_by", "ASCE", evidence_has="set up")
    assert c.start == 2017


def test_demonym_before_a_ministry_is_the_same_ministry():
    _, cs = run(
        doc(
            IHS,
            "The Institute for Harbour Studies is the public face of the 7th Bureau of the Amaran "
            "Ministry of Public Vigilance (MPV). It is funded by the Ministry of Public Vigilance.",
        )
    )
    res = orgnet.resolve(cs)
    assert res.id_of("Amaran Ministry of Public Vigilance") is not None
    assert res.id_of("Amaran Ministry of Public Vigilance") == res.id_of(MPV) == res.id_of("MPV")


AGENCY_BOX = """Ministry of Public Vigilance

Last updated
Ministry of Public Vigilance
Agency overview
Formed 1 July 1984; 40 years ago
Jurisdiction Republic of Amara
Headquarters Lantern Hill District, Port Amara
Minister responsible
Xie Boyang, Minister of Public Vigilance
Agency executives
Hu Xiaodan, Deputy Minister
Liang Zhiyuan, Deputy Minister
Parent agency State Council of Amara
Child agencies
Institute for Harbour Studies
Amara Society for Cultural Exchange

The Ministry of Public Vigilance (MPV) is the civilian intelligence agency of Amara. [1]
"""


@pytest.fixture(scope="module")
def agency_box():
    return run(AGENCY_BOX)


def test_agency_infobox_minister_responsible(agency_box):
    _, cs = agency_box
    c = one(cs, "Xie Boyang", "leads", MPV, evidence_has="Xie Boyang")
    assert c.title.startswith("Minister")
    assert not [x for x in cs if x.subject == "responsible"], show(cs)


def test_agency_infobox_executives_name_comma_title(agency_box):
    _, cs = agency_box
    for name in ("Hu Xiaodan", "Liang Zhiyuan"):
        c = one(cs, name, "leads", MPV, evidence_has=name)
        assert c.title == "Deputy Minister"
    assert not [x for x in cs if x.subject == "Deputy Minister"], show(cs)


def test_agency_infobox_formed(agency_box):
    _, cs = agency_box
    one(cs, MPV, "founded", value="1984", evidence_has="Formed")


def test_agency_infobox_parent_child_and_headquarters(agency_box):
    _, cs = agency_box
    one(cs, MPV, "subordinate_to", "State Council of Amara", evidence_has="Parent agency")
    one(cs, "Institute for Harbour Studies", "subordinate_to", MPV)
    one(cs, "Amara Society for Cultural Exchange", "subordinate_to", MPV)
    c = one(cs, MPV, "headquartered_in", "Lantern Hill District")
    assert c.object == "Lantern Hill District"


# ----------------------------------------------------------------------------- precision: words that look like triggers


def test_operates_publicly_as_is_not_operated_by():
    _, cs = run(
        doc(
            "Amara Society for Cultural Exchange",
            "The 9th Bureau of the Ministry of Public Vigilance operates publicly as the Amara Society for "
            "Cultural Exchange (ASCE).",
        )
    )
    one(cs, "Amara Society for Cultural Exchange", "front_for", "9th Bureau of the Ministry of Public Vigilance")
    none(cs, "Amara Society for Cultural Exchange", "operated_by", "9th Bureau of the Ministry of Public Vigilance")


def test_runs_courses_for_officials_of_x_is_not_operating_x():
    _, cs = run(
        doc(
            "Meridian Policy Forum",
            "The Meridian Policy Forum runs short courses for junior officials of the Ministry of Foreign "
            "Affairs of Amara.",
        )
    )
    none(cs, "Ministry of Foreign Affairs of Amara", "operated_by", "Meridian Policy Forum")


def test_to_deepen_ties_with_is_not_an_affiliation():
    _, cs = run(
        doc(
            "External Relations Department",
            "To deepen ties with coastal states, the External Relations Department and the Ministry of "
            "Public Vigilance fund the Kessel Bay Cadre Academy.",
        )
    )
    assert not [c for c in cs if c.relation == "affiliated_with"], show(cs)


def test_a_member_organization_of_a_federation_and_a_journal_titled_by_its_name():
    _, cs = run(
        "Tide League\n\nThe Tide League (TYL) is a league of Veldra. The TYL is a member organization of the World"
        " Federation of Tide Youth. The organization publishes a journal titled Tide Review. It also publishes a"
        " monthly magazine called Harbour Voice.\n"
    )
    one(cs, "Tide League", "part_of", "World Federation of Tide Youth")
    one(cs, "Tide League", "publishes", "Tide Review")
    one(cs, "Tide League", "publishes", "Harbour Voice")
