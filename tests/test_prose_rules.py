"""Prose rules: trigger phrases and clause-level qualifiers in running text.

Each test runs the extractor on a short invented document (fictional bodies, people and places,
in the helper style of ``test_extract_phrases.py``) and checks one general rule: front wordings,
``targets`` with a lower-case group as object, leadership sentences, which years date which
claim, and hedges that govern one clause only.
"""

from __future__ import annotations

import pytest
from claim_helpers import find, none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.extract import Claim

# ----------------------------------------------------------------------------- helpers


def rels(claims: list[Claim], relation: str) -> list[Claim]:
    return [c for c in claims if c.relation == relation]


def doc(title: str, *sentences: str) -> str:
    return title + "\n\n" + " ".join(sentences) + "\n"


LCS = "Lantern Cultural Society"
OOM = "Office of Outward Messaging"
MQA = "Ministry of Quiet Affairs"
B4 = "4th Bureau of the Ministry of Quiet Affairs"
VWP = "Veldran Workers' Party"

# ----------------------------------------------------------------------------- fronts


def test_an_external_name_of():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society (LCS) is a cultural body of the State Council of Veldra and "
            "an external name of the Office of Outward Messaging.",
        )
    )
    one(cs, LCS, "front_for", OOM, evidence_has="external name of")
    none(cs, "State Council of Veldra", "front_for", OOM)
    none(cs, OOM, "front_for", LCS)


def test_was_the_external_name_of():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society (LCS) is a society.",
            "Historically, the LCS was the external name of the Office of Outward Messaging (OOM).",
        )
    )
    one(cs, LCS, "front_for", OOM, evidence_has="external name of")


def test_status_field_external_name_of():
    _, cs = run(
        f"{LCS}\n\nStatus: External name of the Office of Outward Messaging\nFormation1950\n\n"
        "The Lantern Cultural Society is a society in Port Vell.\n"
    )
    one(cs, LCS, "front_for", OOM, evidence_has="External name of")


def test_serves_as_the_public_face_for():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society serves as the public face for the 4th Bureau of the "
            "Ministry of Quiet Affairs.",
        )
    )
    one(cs, LCS, "front_for", B4, evidence_has="public face for")


def test_operates_under_the_name_is_inverse():
    _, cs = run(
        doc(
            MQA,
            "Abroad, the 4th Bureau of the Ministry of Quiet Affairs operates under the name Lantern Cultural Society.",
        )
    )
    one(cs, LCS, "front_for", B4, evidence_has="operates under the name")
    none(cs, B4, "front_for", LCS)


def test_a_front_organization_of():
    _, cs = run(doc(LCS, "The Lantern Cultural Society is a front organization of the Ministry of Quiet Affairs."))
    one(cs, LCS, "front_for", MQA, evidence_has="front organization")


def test_serves_as_a_front_for():
    _, cs = run(
        doc(
            LCS,
            "Since its founding, the Lantern Cultural Society has served as a front for the Ministry of Quiet Affairs.",
        )
    )
    one(cs, LCS, "front_for", MQA, evidence_has="front for")


@pytest.mark.parametrize(
    "wording",
    [
        "are one institution with two names",
        "are two names, one institution",
        "are one organization with two signboards",
        "are the same body under two names",
        "are one office, two nameplates",
        "are two names for the same institution",
    ],
)
def test_one_institution_with_two_names_variants(wording):
    """The outward name is the subject; a party body, security body or numbered unit is the one behind."""
    _, cs = run(doc(LCS, f"The Coastal Liaison Office and the Veldran Workers' Party's Coast Work Office {wording}."))
    one(cs, "Coastal Liaison Office", "front_for", "Coast Work Office of the Veldran Workers' Party")
    none(cs, "Coast Work Office of the Veldran Workers' Party", "front_for", "Coastal Liaison Office")


def test_two_names_arrangement_then_equivalent_to():
    _, cs = run(
        doc(
            "Coastal Liaison Office",
            'The Coastal Liaison Office is an agency of the State Council of Veldra. Under the "one '
            "institution with two names\" arrangement, it is equivalent to the Veldran Workers' Party's "
            "Coast Work Office.",
        )
    )
    one(
        cs,
        "Coastal Liaison Office",
        "front_for",
        "Coast Work Office of the Veldran Workers' Party",
        evidence_has="equivalent to",
    )


def test_two_names_after_an_explicit_external_name_adds_nothing():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society was the external name of the Office of Outward Messaging (OOM) of the Veldran "
            'Workers\' Party (VWP) under an arrangement termed "one institution with two names".',
        )
    )
    one(cs, LCS, "front_for", OOM)
    assert len(rels(cs, "front_for")) == 1, show(cs)


# ----------------------------------------------------------------------------- targets


@pytest.mark.parametrize(
    "sentence, group",
    [
        (
            "The Lantern Cultural Society is used as a front to influence foreign think tanks, academics and writers.",
            "foreign think tanks",
        ),
        (
            "The Lantern Cultural Society runs programmes targeting overseas Veldrans in three countries.",
            "overseas Veldrans",
        ),
        ("The Lantern Cultural Society aims to sway journalists.", "journalists"),
        (
            "The Lantern Cultural Society seeks to cultivate the international labour movement.",
            "international labour movement",
        ),
        (
            "The Lantern Cultural Society gathers information on and influences foreign political parties.",
            "foreign political parties",
        ),
        ("The Lantern Cultural Society has sought to gain influence over overseas students.", "overseas students"),
    ],
)
def test_targets_a_lower_case_group(sentence, group):
    _, cs = run(doc(LCS, sentence))
    c = one(cs, LCS, "targets", group)
    assert c.object == group, show(cs)
    assert group in c.evidence


def test_targets_a_named_body():
    _, cs = run(doc(LCS, "The Lantern Cultural Society seeks to influence the Harbour Writers' Union."))
    one(cs, LCS, "targets", "Harbour Writers' Union", evidence_has="to influence")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lantern Cultural Society seeks to influence members of parliament.",  # the phrase goes on
        "The Lantern Cultural Society seeks to influence policy decisions abroad.",  # not a group of people
        "The Lantern Cultural Society moved from research to influence operations.",  # a noun, not a verb
        "The Lantern Cultural Society aims to influence their views.",  # a pronoun
        "The Lantern Cultural Society was targeted by the Ministry of Quiet Affairs.",  # passive: the other way
        "The Lantern Cultural Society aimed at promoting poetry.",  # a gerund
        "The Lantern Cultural Society lists its targets in an annual report.",  # a noun
    ],
)
def test_targets_no_junk_object(sentence):
    _, cs = run(doc(LCS, sentence))
    assert not rels(cs, "targets"), show(cs)


def test_a_group_of_foreigners_is_of_kind_foreign():
    _, cs = run(doc(LCS, "The Lantern Cultural Society seeks to cultivate overseas Veldran students."))
    c = one(cs, LCS, "targets", "overseas Veldran students")
    assert c.object_kind == "foreign"


# ----------------------------------------------------------------------------- leadership in prose

FAC = "Federal Agency for Coastal Heritage"
HB = "Harbour Bureau"


def test_the_current_head_of_x_is_y():
    _, cs = run(doc(FAC, "The current head of the Federal Agency for Coastal Heritage is Ilsa Marrow."))
    c = one(cs, "Ilsa Marrow", "leads", FAC, evidence_has="current head of")
    assert c.title == "Head" and c.subject_kind == "person"


def test_the_agency_in_a_document_about_the_agency_is_its_subject():
    _, cs = run(doc(FAC, "The first director of the Agency was Ilsa Marrow."))
    c = one(cs, "Ilsa Marrow", "leads", FAC, evidence_has="first director of the Agency")
    assert c.title == "Director"
    assert not [x for x in cs if x.object == "Agency"], show(cs)


def test_the_foundation_is_the_last_named_foundation():
    _, cs = run(
        doc(
            "Coastal news",
            "The Lantern Foundation for Peace was set up by the Harbour Bureau.",
            "The chairman of the Foundation is Orin Calder.",
        )
    )
    one(cs, "Orin Calder", "leads", "Lantern Foundation for Peace", evidence_has="chairman of the Foundation")


def test_its_director_is_y():
    _, cs = run(doc(FAC, "The Federal Agency for Coastal Heritage was set up in 1990. Its director is Ilsa Marrow."))
    c = one(cs, "Ilsa Marrow", "leads", FAC, evidence_has="Its director is")
    assert c.title == "Director"


def test_x_is_headed_by_y():
    _, cs = run(doc(FAC, "The Federal Agency for Coastal Heritage is currently headed by Ilsa Marrow."))
    one(cs, "Ilsa Marrow", "leads", FAC, evidence_has="headed by")


def test_y_has_been_president_since():
    _, cs = run(
        doc(
            FAC,
            "The Federal Agency for Coastal Heritage is a cultural body. Orin Calder has been president since 2015.",
        )
    )
    c = one(cs, "Orin Calder", "leads", FAC, evidence_has="president since 2015")
    assert (c.start, c.end, c.title) == (2015, None, "President")


def test_appositive_the_director_of():
    _, cs = run(doc(FAC, "Ilsa Marrow, the director of the Harbour Bureau, opened the exhibition."))
    c = one(cs, "Ilsa Marrow", "leads", HB, evidence_has="director of the Harbour Bureau")
    assert c.title == "Director"


def test_possessive_title_then_name():
    _, cs = run(doc(FAC, "The Harbour Bureau's chairman Orin Calder met the Bureau's Director Ilsa Marrow."))
    c = one(cs, "Orin Calder", "leads", HB, evidence_has="chairman Orin Calder")
    assert c.title == "Chairman"
    # "the Bureau" is the Harbour Bureau named before it in the sentence's document
    one(cs, "Ilsa Marrow", "leads", HB, evidence_has="Director Ilsa Marrow")


def test_chairman_is_vice_chairmen_are_members_are():
    _, cs = run(
        doc(
            "Coastal Defence Commission",
            "Chairman is Orin Calder. Vice Chairmen are Ilsa Marrow, Teodor Vane, and Members are "
            "Pell Anster, Rua Dorn.",
        )
    )
    c = one(cs, "Orin Calder", "leads", "Coastal Defence Commission", evidence_has="Chairman is")
    assert c.title == "Chairman"
    for name in ("Ilsa Marrow", "Teodor Vane"):
        c = one(cs, name, "leads", "Coastal Defence Commission", evidence_has="Vice Chairmen are")
        assert c.title == "Vice Chairman"
    for name in ("Pell Anster", "Rua Dorn"):
        one(cs, name, "part_of", "Coastal Defence Commission", evidence_has="Members are")
        none(cs, name, "leads", "Coastal Defence Commission")


def test_succeeded_as_head_of_in_year():
    _, cs = run(doc(FAC, "Orin Calder succeeded Ilsa Marrow as head of the Harbour Bureau in 1998."))
    new = one(cs, "Orin Calder", "leads", HB, evidence_has="succeeded Ilsa Marrow as head")
    old = one(cs, "Ilsa Marrow", "leads", HB, evidence_has="succeeded")
    assert (new.start, new.end, new.title) == (1998, None, "Head")
    assert (old.start, old.end) == (None, 1998)


def test_was_replaced_by_takes_the_post_given_before():
    _, cs = run(
        doc(
            FAC,
            "The first head of the Agency was Ilsa Marrow, who was replaced by a veteran diplomat, "
            "Orin Calder, on 5 March 2012.",
        )
    )
    old = one(cs, "Ilsa Marrow", "leads", FAC)
    new = one(cs, "Orin Calder", "leads", FAC, evidence_has="replaced by")
    assert (new.start, new.title) == (2012, "Head")
    assert old.end == 2012


def test_appointed_to_the_position_of_with_a_dated_lead_and_an_appositive():
    _, cs = run(
        doc(
            FAC,
            "After March 23, 2015, member of the Harbour Council, Ilsa Marrow, was appointed to the "
            "position of the head of the Agency.",
        )
    )
    c = one(cs, "Ilsa Marrow", "leads", FAC, evidence_has="appointed to the position of the head")
    assert c.start == 2015


def test_elected_president_of_x_and_chairman_of_y():
    _, cs = run(
        doc(
            FAC,
            "On 14 March 2013, Orin Calder was elected president of the Harbour Bureau and "
            "chairman of the Coastal Defence Commission.",
        )
    )
    a = one(cs, "Orin Calder", "leads", HB, evidence_has="elected president")
    b = one(cs, "Orin Calder", "leads", "Coastal Defence Commission", evidence_has="chairman of the Coastal")
    assert (a.start, b.start, b.title) == (2013, 2013, "Chairman")


def test_appositive_is_not_dated_by_the_sentence():
    _, cs = run(
        doc(
            FAC,
            "On 14 March 2013, Orin Calder, director of the Harbour Bureau, was elected president of "
            "the Coastal Defence Commission.",
        )
    )
    assert one(cs, "Orin Calder", "leads", HB).start is None
    assert one(cs, "Orin Calder", "leads", "Coastal Defence Commission").start == 2013


@pytest.mark.parametrize(
    "sentence",
    [
        "It was director of the Harbour Bureau from 1990 to 1993.",  # "it" is no person
        "The Ministry's director Ilsa Marrow spoke.",  # which ministry?
        "Ilsa Marrow met the director of the Harbour Bureau.",  # no apposition, no verb of office
    ],
)
def test_no_leader_without_a_person_or_a_body(sentence):
    _, cs = run(doc(FAC, sentence))
    bad = [
        c
        for c in rels(cs, "leads")
        if c.subject == FAC or c.object in ("Ministry", "") or (c.subject == "Ilsa Marrow" and c.object == HB)
    ]
    assert not bad, show(cs)


# ----------------------------------------------------------------------------- which years date a claim


def test_a_founding_year_in_another_clause_does_not_date_the_link():
    _, cs = run(doc(HB, "The Harbour Bureau, founded in 1950, reports to the Coastal Defence Commission."))
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start is None
    one(cs, HB, "founded", value="1950")


def test_a_founding_year_after_the_object_does_not_date_the_link():
    _, cs = run(doc(HB, "The Harbour Bureau reports to the Coastal Defence Commission, founded in 1950."))
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start is None


def test_a_year_of_the_next_clause_does_not_date_the_link():
    _, cs = run(doc(HB, "The Harbour Bureau reports to the Coastal Defence Commission and was renamed in 1970."))
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start is None


def test_a_year_of_another_sentence_never_dates_a_link():
    _, cs = run(
        doc(
            HB,
            "In 1983, the Harbour Bureau was reorganised.",
            "The Harbour Bureau reports to the Coastal Defence Commission.",
        )
    )
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start is None


def test_a_leading_year_dates_its_sentence():
    _, cs = run(doc(HB, "In 1983, the Harbour Bureau was placed under the Coastal Defence Commission."))
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission", evidence_has="In 1983").start == 1983


def test_a_leading_year_does_not_reach_into_reported_speech():
    _, cs = run(
        doc(
            HB,
            "In 2009, an article in the Harbour Review, published by the Lantern Press, called the "
            'Harbour Bureau "subordinate" to the Coastal Defence Commission.',
        )
    )
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start is None
    assert one(cs, "Lantern Press", "publishes", "Harbour Review").start is None


def test_a_leading_year_does_not_date_a_tie_said_to_go_on():
    # "maintaining ties to": the tie went on; the opening year dates only the main clause's event
    _, cs = run(
        doc(
            HB,
            "In 1999, the Harbour Bureau was again placed under the Coastal Defence Commission, "
            "maintaining close ties to the Lantern Cultural Society.",
        )
    )
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").start == 1999
    c = one(cs, HB, "affiliated_with", "Lantern Cultural Society")
    assert (c.start, c.end) == (None, None)


@pytest.mark.parametrize("words", ["newly created", "newly established", "newly formed"])
def test_the_newly_created_body_was_founded_in_the_opening_year(words):
    _, cs = run(doc(HB, f"In 1983, the Harbour Bureau was placed under the {words} Ministry of Quiet Affairs (MQA)."))
    c = one(cs, MQA, "founded", value="1983", evidence_has=f"In 1983, the Harbour Bureau was placed under the {words}")
    assert c.object == ""
    assert one(cs, HB, "subordinate_to", MQA).start == 1983
    assert not find(cs, HB, "founded")


def test_newly_created_without_an_opening_year_gives_no_founding_year():
    _, cs = run(
        doc(
            HB,
            "The Harbour Bureau was placed under the newly created Ministry of Quiet Affairs.",
            "In 1990, the Harbour Bureau joined the newly formed council.",
        )
    )
    assert not [c for c in cs if c.relation == "founded"], show(cs)


def test_full_dates_give_their_years():
    _, cs = run(
        doc(
            HB, "The Harbour Bureau was placed under the Coastal Defence Commission from 5 March 1990 to June 12, 1993."
        )
    )
    c = one(cs, HB, "subordinate_to", "Coastal Defence Commission")
    assert (c.start, c.end) == (1990, 1993)


# ----------------------------------------------------------------------------- hedges per clause


def test_a_hedge_governs_its_own_clause_only():
    _, cs = run(
        doc(
            HB,
            "The Harbour Bureau reports to the Coastal Defence Commission, and analysts say it also "
            "funds the Lantern Cultural Society.",
        )
    )
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").hedge == "stated"
    assert one(cs, "Lantern Cultural Society", "funded_by", HB).hedge == "reported"


def test_a_leading_according_to_governs_the_whole_sentence():
    _, cs = run(
        doc(
            HB,
            "According to Pell Anster, the Harbour Bureau reports to the Coastal Defence Commission, "
            "and it funds the Lantern Cultural Society.",
        )
    )
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").hedge == "reported"
    assert one(cs, "Lantern Cultural Society", "funded_by", HB).hedge == "reported"


def test_disputed_whether_in_a_leading_subordinate_clause():
    _, cs = run(
        doc(
            HB,
            "Although it is disputed whether the Harbour Bureau funds the Lantern Cultural Society, "
            "the Harbour Bureau reports to the Coastal Defence Commission.",
        )
    )
    assert one(cs, "Lantern Cultural Society", "funded_by", HB).hedge == "disputed"
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").hedge == "stated"


@pytest.mark.parametrize(
    "sentence, level",
    [
        ("The Harbour Bureau is believed to fund the Lantern Cultural Society.", "reported"),
        ("Experts say the Harbour Bureau funds the Lantern Cultural Society.", "reported"),
        ("The Harbour Bureau is thought to fund the Lantern Cultural Society.", "reported"),
        ("The Harbour Bureau allegedly funds the Lantern Cultural Society.", "alleged"),
        ("It is unclear whether the Harbour Bureau funds the Lantern Cultural Society.", "disputed"),
    ],
)
def test_hedge_phrases(sentence, level):
    _, cs = run(doc(HB, sentence))
    c = one(cs, "Lantern Cultural Society", "funded_by", HB)
    assert c.hedge == level


def test_reported_to_is_a_line_of_command_not_a_hedge():
    _, cs = run(doc(HB, "The Harbour Bureau reported directly to the Coastal Defence Commission."))
    assert one(cs, HB, "subordinate_to", "Coastal Defence Commission").hedge == "stated"


def test_was_reported_to_have_is_a_hedge_not_a_line_of_command():
    _, cs = run(doc(HB, "The Harbour Bureau was reported to have funded the Lantern Cultural Society."))
    assert not rels(cs, "subordinate_to"), show(cs)
    assert one(cs, "Lantern Cultural Society", "funded_by", HB).hedge == "reported"


OCV = "Office for Coastal Vigilance"


def test_y_was_the_bodys_first_director():
    _, cs = run(
        doc(
            OCV,
            "The Office for Coastal Vigilance (OCV) was founded in 1950.",
            "Tomas Zeller was the Office's first director, and Ernst Mahl his deputy.",
        )
    )
    c = one(cs, "Tomas Zeller", "leads", OCV, evidence_has="Tomas Zeller was the Office's first director")
    assert c.title == "Director"
    assert not find(cs, "Ernst Mahl", "leads", OCV), show(cs)


def test_another_bodys_post_is_not_the_subjects():
    _, cs = run(doc(OCV, "Tomas Zeller was the centre's first director."))
    assert not rels(cs, "leads"), show(cs)


def test_and_replaced_by_is_passive_and_takes_the_sentence_subject():
    _, cs = run(
        doc(
            OCV,
            "Tomas Zeller was the first director of the Office for Coastal Vigilance.",
            "Tomas Zeller was removed by Party Secretary Walter Ulm after the uprising and replaced by Ernst Wober.",
        )
    )
    one(cs, "Ernst Wober", "leads", OCV, evidence_has="replaced by Ernst Wober")
    assert not find(cs, "Walter Ulm", "leads", OCV), show(cs)


def test_succeeded_by_takes_the_post_the_document_gave_before():
    _, cs = run(
        doc(
            OCV,
            "Ernst Wober became director of the Office for Coastal Vigilance in 1953.",
            "Ernst Wober resigned in 1957 after clashes with Walter Ulm, and was succeeded by his deputy, Ernst Mahl.",
        )
    )
    c = one(cs, "Ernst Mahl", "leads", OCV, evidence_has="succeeded by")
    assert c.title == "Director"


def test_under_the_leadership_of_a_person():
    _, cs = run(doc(OCV, "Under the long-term leadership of Ernst Mahl from 1957 to 1989, the OCV grew."))
    c = one(cs, "Ernst Mahl", "leads", OCV, evidence_has="leadership of Ernst Mahl")
    assert (c.start, c.end) == (1957, 1989)
    assert not rels(cs, "subordinate_to"), show(cs)


def test_succession_dated_by_a_leading_year():
    _, cs = run(
        doc(
            OCV,
            "Also in 1957, Marko Wulf became head of the Office for Coastal Vigilance.",
            "In 1986, Marko Wulf retired and was succeeded by Werner Gross.",
        )
    )
    assert one(cs, "Marko Wulf", "leads", OCV, evidence_has="became head of").start == 1957
    assert one(cs, "Werner Gross", "leads", OCV).start == 1986


# ----------------------------------------------------------------------------- lists and titles


def test_a_phrase_said_of_a_group_takes_the_names_the_clause_lists():
    _, cs = run(
        doc(
            LCS,
            "Other think tanks named in the study, which have received funding through the Harbour "
            "Fund, include the Tide Institution, the Pacific Council (PC), and the Center for "
            "Northern Progress.",
        )
    )
    for name in ("Tide Institution", "Pacific Council", "Center for Northern Progress"):
        one(cs, name, "funded_by", "Harbour Fund", evidence_has=name)
    none(cs, LCS, "funded_by", "Harbour Fund")


def test_a_group_run_by_a_body_lists_its_fronts():
    _, cs = run(
        doc(MQA, "Fronts run by the Ministry of Quiet Affairs include the Lantern Society and the Harbour Club.")
    )
    one(cs, "Lantern Society", "operated_by", MQA)
    one(cs, "Harbour Club", "operated_by", MQA)


def test_a_named_subject_keeps_its_claim_before_an_include():
    _, cs = run(doc(LCS, "The Tide Club, which is funded by the Harbour Fund, includes the Sea Society."))
    one(cs, "Tide Club", "funded_by", "Harbour Fund")
    none(cs, "Sea Society", "funded_by", "Harbour Fund")


def test_received_funding_from():
    _, cs = run(doc(LCS, "The Tide Institution received covert funding from the Harbour Fund in 2004."))
    one(cs, "Tide Institution", "funded_by", "Harbour Fund")


def test_a_title_before_a_name_leaves_the_person():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society was founded by former Veldra Chief Executive Toma Reszak.",
            "Harbour Bureau Director Ada Lind spoke at its opening.",
        )
    )
    one(cs, LCS, "established_by", "Toma Reszak")
    assert one(cs, "Ada Lind", "leads", "Harbour Bureau").title == "Director"


def test_split_into_names_each_successor():
    _, cs = run(
        doc(
            "Harbour Guard",
            "On April 19, 2024, the Harbour Guard was dissolved and split into three "
            "independent arms: the Harbour Air Force, the Harbour Sea Force and the "
            "Harbour Land Force.",
        )
    )
    for arm in ("Harbour Air Force", "Harbour Sea Force", "Harbour Land Force"):
        assert one(cs, "Harbour Guard", "absorbed_into", arm).start == 2024


def test_formed_within_a_ministry():
    _, cs = run(doc(MQA, "In 1994 the Tide Office was formed within the Ministry of Quiet Affairs."))
    assert one(cs, "Tide Office", "subordinate_to", MQA).start == 1994


def test_a_name_whose_object_is_a_list_stays_one_name():
    _, cs = run(
        doc(
            "Tide Agency",
            "In 2008 a new structure, Federal Agency for Coastal States, Compatriots "
            "Living Abroad and International Tidal Affairs (Тидагентство), was formed "
            "within the Ministry of Quiet Affairs. The Ministry of Posts, Telegraphs and "
            "Telephones (MPTT) runs the Harbour Club. The Ministry of Tides, Ada Lind and "
            "Bo Wu met.",
        )
    )
    long = "Federal Agency for Coastal States, Compatriots Living Abroad and International Tidal Affairs"
    one(cs, long, "subordinate_to", MQA)
    one(cs, long, "alias", value="Тидагентство")  # the name in its own script
    one(cs, "Harbour Club", "operated_by", "Ministry of Posts, Telegraphs and Telephones")
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert "Ministry of Tides, Ada Lind and Bo Wu" not in names  # no parenthesis after: separate names


def test_public_face_with_an_adverb():
    _, cs = run(
        doc(
            LCS,
            "Few knew that the Lantern Cultural Society was actually the public face of a project "
            "undertaken by the Office of Outward Messaging (OOM).",
        )
    )
    one(cs, LCS, "front_for", OOM)


def test_worked_closely_with_several_bodies_one_named_in_one_word():
    _, cs = run(doc(MQA, "It worked closely with the Ministry of Tides, the Seawatch, and the Harbour Office."))
    for other in ("Ministry of Tides", "Seawatch", "Harbour Office"):
        one(cs, MQA, "partner_of", other)


def test_a_body_its_lower_case_post_and_the_person():
    _, cs = run(
        doc(
            MQA,
            "The Ministry of Quiet Affairs (MQA) is a service.",
            "The defection of the MQA deputy director, Lieutenant General Ion Vass, in 1978 revealed much.",
        )
    )
    assert one(cs, "Ion Vass", "leads", MQA).title == "Deputy Director"


def test_took_charge_of_and_which_he_headed_until():
    _, cs = run(
        doc(
            "Ada Morn",
            "Ada Morn (1898–1975) was a Veldran official.",
            "In 1935, he took charge of the so-called Tide Affairs Department, the Party's chief security service.",
            "He later spoke of the Sea Affairs Department, which he headed until 1949.",
        )
    )
    assert one(cs, "Ada Morn", "leads", "Tide Affairs Department").start == 1935
    c = one(cs, "Ada Morn", "leads", "Sea Affairs Department", evidence_has="until 1949")
    assert c.end == 1949
    assert not find(cs, "Ada Morn", "leads", "Party"), show(cs)


def test_joined_a_party():
    _, cs = run(
        doc(
            "Ada Morn",
            "Ada Morn (1898–1975) was a Veldran official.",
            "He joined the Veldran Workers' Party in 1925 in Ulton. He joined forces with Bo Lind.",
        )
    )
    assert one(cs, "Ada Morn", "part_of", VWP).start == 1925


def test_a_surname_alone_names_the_person_given_before():
    _, cs = run(
        doc(
            VWP,
            "Ulton – Veldra’s Ada Morn-hae has been appointed as head of the ruling party’s "
            "Organization and Guidance Department, the Ruritanian Ministry of Tides confirmed.",
            "Morn-hae, 68, is a vice chairman of the Veldran Workers' Party.",
            "Brig Gen Morn-hae joined the Harbour Guard Corps in 1980.",
        )
    )
    assert one(cs, "Ada Morn-hae", "leads", "Organization and Guidance Department").title == "Head"
    assert one(cs, "Ada Morn-hae", "leads", VWP).title == "Vice Chairman"
    assert one(cs, "Ada Morn-hae", "part_of", "Harbour Guard Corps").start == 1980
    none(cs, "Ada Morn-hae", "leads", "Ruritanian Ministry of Tides")  # "A, B confirmed" is no list


def test_a_demonym_is_no_surname_and_no_place():
    _, cs = run(
        doc(
            "Ada Morn",
            "Ada Morn (1907 – 2000) was a German communist official who served as head of "
            "the Tide Police from 1957. Born in the German Empire, she lived in Ulton.",
            "The Tide Police is the most influential agency in the isolated Asian country.",
        )
    )
    one(cs, "Ada Morn", "leads", "Tide Police")
    assert not find(cs, "Tide Police", "headquartered_in"), show(cs)


def test_the_force_is_the_body_with_that_word_named_before():
    _, cs = run(
        "Veldra Names New Tide Force Chief after Purge\n\nJanuary 3, 2020\n\n"
        "Veldra has named Brig Gen Ada Morn, 63, as the new commander of the elite Tide Force of the "
        "Harbour Guard Corps (HGC). The force was previously led by Gen Bo Lind.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Force of the Harbour Guard Corps").title == "Commander"
    one(cs, "Bo Lind", "leads", "Tide Force of the Harbour Guard Corps")
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not any("Names New" in n for n in names)  # a headline is no title


def test_an_aged_appositive_and_a_based_body():
    _, cs = run(
        doc("Harbour News", "Josef Morn, 80-year-old president of the Ulton-based Harbour Peace Conference, resigned.")
    )
    assert one(cs, "Josef Morn", "leads", "Harbour Peace Conference").title == "President"
    one(cs, "Harbour Peace Conference", "headquartered_in", "Ulton", evidence_has="Ulton-based")


def test_a_body_described_with_several_words_before_its_noun_is_in_the_place():
    # "the second largest state news agency in Y": four or five words between the article and the noun
    _, cs = run(
        doc(
            "Harbour News Service",
            "The Harbour News Service is the second largest state news agency in Ulton.",
            "The Tide Institute was the only international relations institute or university in Ulton.",
        )
    )
    one(cs, "Harbour News Service", "headquartered_in", "Ulton")
    one(cs, "Tide Institute", "headquartered_in", "Ulton")


def test_a_group_without_a_subject_takes_money_from_a_government_and_an_embassy():
    _, cs = run(
        "Ruritanian Government Gave Money to Ulton Student Group\n\n"
        "Founded in the early 2000s, the Ulton University Tide Students and Scholars Association hosts a "
        "gala. The group has also accepted funding from the Ruritanian government amounting to half its "
        "budget. The Tide Club received $800 each semester that school year from the Ruritanian Embassy "
        "in Ulton.\n"
    )
    uts = "Ulton University Tide Students and Scholars Association"
    one(cs, uts, "funded_by", "Ruritanian government")
    one(cs, "Tide Club", "funded_by", "Ruritanian Embassy")
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not any("Gave Money" in n for n in names)


def test_forerunner_and_successor_bodies():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office (TO) is a state office.",
            "TO's forerunner, the Committee of Tidal Affairs, was established in 1949.",
            "The Harbour Guard was dissolved in 1956 and succeeded by the Ministry of Tides III.",
        )
    )
    one(cs, "Committee of Tidal Affairs", "absorbed_into", "Tide Office")
    one(cs, "Harbour Guard", "absorbed_into", "Ministry of Tides III")


def test_a_history_of_heads_told_with_its_and_kin():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office was founded in 1978.",
            "Ada Morn, the wife of Bo Wu, served as its first head from October 1979 to April 1989, "
            "after which Cy Wu took over the position of head until the abolition of the office in "
            "June 1990.",
            "Cy Wu's son Dee Wu also joined the office as vice-director in 1993, and was "
            "promoted to director in May 1994.",
        )
    )
    c = one(cs, "Ada Morn", "leads", "Tide Office")
    assert (c.start, c.end) == (1979, 1989)
    none(cs, "Bo Wu", "leads", "Tide Office")
    assert one(cs, "Cy Wu", "leads", "Tide Office").end == 1990
    got = {(c.title, c.start) for c in find(cs, "Dee Wu", "leads", "Tide Office")}
    assert {("Vice-Director", 1993), ("Director", 1994)} <= {(t.title() if t else t, y) for t, y in got}


def test_a_capitalised_post_then_of_the_body():
    _, cs = run(
        doc(
            "Harbour Notes",
            "Kenneth Morn is the current Director-General of the Tide Office.",
            "Sir Bo Lind KCB was Director General (DG) of the Tide Office from 1972 to 1978.",
            "Cy Rask was a senior diplomat and Director General of the Sea Office.",
        )
    )
    assert one(cs, "Kenneth Morn", "leads", "Tide Office").title == "Director-General"
    assert (one(cs, "Bo Lind", "leads", "Tide Office").start, one(cs, "Bo Lind", "leads", "Tide Office").end) == (
        1972,
        1978,
    )
    one(cs, "Cy Rask", "leads", "Sea Office")


def test_she_in_a_page_about_no_one_is_the_person_named_last():
    _, cs = run(
        doc(
            "Notes on the tides",
            "Ada Lind-Morn, Baroness Lind-Morn, is a retired officer.",
            "She was Director General of the Tide Office from October 2002 until her retirement.",
        )
    )
    assert one(cs, "Ada Lind-Morn", "leads", "Tide Office").start == 2002


def test_a_news_story_of_a_new_chief_who_replaced_another():
    _, cs = run(
        "All news\n\nRuler presents new chief of tide service\n\n"
        "ULTON, October 5. Ruritanian President Bo Wu has presented Cy Lind as the newly-appointed "
        "chief of the Foreign Tide Service (FTS). He spoke at the headquarters of the Foreign Tide "
        "Service in Ulton. Cy Lind was the speaker of the Tide Duma before his appointment. He has "
        "replaced Dee Holm who now will be nominated. The FTS works under the Ministry of Tides.\n"
    )
    assert one(cs, "Cy Lind", "leads", "Foreign Tide Service").title == "Chief"
    assert one(cs, "Dee Holm", "leads", "Foreign Tide Service").title == "Chief"
    one(cs, "Foreign Tide Service", "headquartered_in", "Ulton")
    one(cs, "Foreign Tide Service", "subordinate_to", "Ministry of Tides")


def test_the_post_of_the_body_with_a_relative_clause_and_initials():
    _, cs = run(
        doc(
            "Harbour Peace Committee",
            "The Harbour Peace Committee was founded in 1949.",
            "The president of the committee, which has 360 members, is the Academician E. K. Morn (since March 1979).",
        )
    )
    assert one(cs, "E. K. Morn", "leads", "Harbour Peace Committee").title == "President"


def test_a_quoted_department_of_and_a_name_with_its_abbreviation_in_another_language():
    _, cs = run(
        doc(
            "Tide Liaison",
            "The TLD (Ruritanian: Otdel Tidov, OT), also known as the Tide Liaison "
            'Department, was "the most secret department" of the Harbour Labour League.',
        )
    )
    one(cs, "TLD", "subordinate_to", "Harbour Labour League")
    one(cs, "TLD", "alias", value="OT")
    one(cs, "TLD", "alias", value="Otdel Tidov")


def test_directors_listed_by_surname_after_their_full_names():
    _, cs = run(
        doc(
            "Tide Watch",
            "Tide Watch is the security service of Ruritania.",
            "In 1952, Isser Morn was succeeded by his deputy, Isi Dorn.",
            "The directors of Tide Watch have been Morn (1948–52), Dorn (1952–53), Amos Lind (1953–63), "
            "Holm (1964–74 and 1986–88).",
        )
    )
    got = {(c.subject, c.title, c.start, c.end) for c in rels(cs, "leads")}
    assert {
        ("Isser Morn", "Director", 1948, 1952),
        ("Isi Dorn", "Director", 1952, 1953),
        ("Amos Lind", "Director", 1953, 1963),
    } <= got
    assert not any(p == "Holm" for p, *_ in got)  # a surname the text never gave in full: no one known
    none(cs, "Tide Watch", "subordinate_to", "Ruritania")


def test_a_lower_case_body_named_by_its_abbreviation():
    _, cs = run(
        doc(
            "Harbour news",
            "Ruritanian President Bo Wu has presented Cy Lind as the newly-appointed "
            "chief of the Ruritanian foreign intelligence service (RFIS).",
        )
    )
    one(cs, "Cy Lind", "leads", "Ruritanian foreign intelligence service")
    one(cs, "Ruritanian foreign intelligence service", "alias", value="RFIS")


def test_replace_its_chief_with_and_subordinate_to_and_established_under():
    _, cs = run(
        doc(
            "Tide Directorate",
            "The Tide Directorate (TD) was established under the Ministry of Tides (MOT) in late 1961.",
            "In 1968 the Harbour Committee compelled Castor to replace its chief, Manuel Piro, with José "
            "Mendo in 1969, and to subordinate the TD to the Harbour Committee.",
        )
    )
    assert one(cs, "TD", "subordinate_to", "Ministry of Tides").start == 1961
    one(cs, "TD", "subordinate_to", "Harbour Committee")
    assert one(cs, "José Mendo", "leads", "Tide Directorate").start == 1969
    assert one(cs, "Manuel Piro", "leads", "Tide Directorate").end == 1969


def test_a_name_that_qualifies_an_unnamed_unit_is_not_its_subject():
    _, cs = run(
        doc(
            "Tide Directorate",
            "Established in November 1973 as a Harbour Army intelligence unit headed "
            "by Colonel Manuel Piro and vice-director Raul Itur, the Tide Directorate "
            "was then separated from the army.",
        )
    )
    none(cs, "Manuel Piro", "leads", "Harbour Army")
    one(cs, "Manuel Piro", "leads", "Tide Directorate")
    one(cs, "Raul Itur", "leads", "Tide Directorate")


def test_plural_ministries_of_several_fields_and_a_kind_of_body():
    _, cs = run(
        doc(
            "Tide Friendship Society",
            "The Tide Friendship Society has ties to the Ministries of State "
            "Security, Civil Affairs, and Foreign Affairs.",
            "It sends money to the Communist Parties.",
        )
    )
    for m in ("Ministry of State Security", "Ministry of Civil Affairs", "Ministry of Foreign Affairs"):
        one(cs, "Tide Friendship Society", "affiliated_with", m)
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not names & {"Ministries of State Security", "Civil Affairs", "Communist Parties"}


def test_elected_as_president_the_election_of_and_the_president_has_been():
    _, cs = run(
        doc(
            "Tide Women Federation",
            "The Tide Women Federation (TWF) is an organization.",
            "In 2002, with the election of Marta Campo as president, the office relocated.",
            "Since 2016, the president has been Lora Pena of Veldra.",
            "The TWF's magazine, Women of the Tides, was published in six languages.",
            "At its organizing conference, Eugenie Cott was elected as president.",
        )
    )
    for p in ("Marta Campo", "Lora Pena", "Eugenie Cott"):
        assert one(cs, p, "leads", "Tide Women Federation").title == "President"
    one(cs, "TWF", "publishes", "Women of the Tides")


def test_at_the_head_of_taken_over_by_and_consultative_status():
    _, cs = run(
        doc(
            "Ada Morn",
            "Ada Morn (1918 – 1994) was a Veldran official.",
            "Morn was a guerrilla leader during the war, becoming a senior official of the Tide Youth "
            "League in 1943, and at the head of the successor organization, the World Federation of Tide "
            "Youth, from 1952 to 1958.",
            "He left the TSC, which was taken over by his protégé Vladimir Semik.",
            "The World Tide Federation holds consultative status with the Economic and Social Council of "
            "the United Nations, the ILO, UNESCO, and other agencies.",
        )
    )
    c = one(cs, "Ada Morn", "leads", "World Federation of Tide Youth")
    assert (c.start, c.end) == (1952, 1958)
    one(cs, "Vladimir Semik", "leads", "TSC")
    for b in ("Economic and Social Council of the United Nations", "ILO", "UNESCO"):
        one(cs, "World Tide Federation", "affiliated_with", b)


def test_a_post_is_no_person_and_a_deputy_taking_over_keeps_no_post():
    _, cs = run(
        "Foreign Minister of Ruritania\n\nForeign Minister of Ruritania is the head of the Ministry of "
        "Foreign Affairs of Ruritania.\n\nLuo Morn, a vice director of the Propaganda Department, took "
        "over from Cai Lind.\n"
    )
    assert not any(c.subject == "Foreign Minister" for c in cs), show(cs)
    none(cs, "Cai Lind", "leads", "Propaganda Department")
    one(cs, "Luo Morn", "leads", "Propaganda Department")


def test_more_leader_forms_membership_fronts_and_reorganisations():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office (TO) is a bureau.",
            "Ruler Bo Wu appointed Ada Morn, a veteran officer, to head the Sea Office.",
            "Cy Lind was put in charge of the Sea Bureau.",
            "The post of minister was then assigned to Dee Holm.",
            "Since 1962 the Harbour League has belonged to the Union of Tide Jurists.",
            "The Harbour Fund has been the Veldran Party's front organization.",
            "The Tide Bureau is evolving into a new organization called the Deep Bureau.",
            "The ruler wants Ed Varn to succeed Flo Ness as the new chief of the Tide Office.",
        )
    )
    one(cs, "Ada Morn", "leads", "Sea Office")
    one(cs, "Cy Lind", "leads", "Sea Bureau")
    assert one(cs, "Dee Holm", "leads", "Tide Office").title == "Minister"
    assert one(cs, "Harbour League", "part_of", "Union of Tide Jurists").start == 1962
    one(cs, "Harbour Fund", "front_for", "Veldran Party")
    one(cs, "Tide Bureau", "absorbed_into", "Deep Bureau")
    one(cs, "Ed Varn", "leads", "Tide Office")
    one(cs, "Flo Ness", "leads", "Tide Office")


def test_the_intelligence_agency_is_the_subject_and_a_title_with_its_abbreviation():
    _, cs = run(
        "Tide Intelligence Service - TIS\n\nThe Tide Intelligence Service is the state security arm of "
        "Ruritania.\n\nIn 1995 the ruler dismissed his stepbrother Ada Morn who was head of the "
        "intelligence agency. Bo Lind was at the head of the successor organization, the Tide Youth "
        "League.\n"
    )
    one(cs, "Tide Intelligence Service", "alias", value="TIS")
    one(cs, "Ada Morn", "leads", "Tide Intelligence Service")
    one(cs, "Bo Lind", "leads", "Tide Youth League")


def test_the_post_of_minister_of_x_assigned_to_a_ranked_officer():
    _, cs = run(
        doc(
            "Ministry of Tides",
            "The Ministry of Tides was created in June 1961.",
            "The post of minister of tides was then assigned to the second-ranking officer in the army, "
            "Army Corps General Abel Colo, a close associate of Raul Cast.",
        )
    )
    assert one(cs, "Abel Colo", "leads", "Ministry of Tides").title == "Minister"
    none(cs, "Abel Colo", "leads", "Army Corps")


def test_who_is_a_member_of_takes_the_person_and_replacing_takes_no_side():
    _, cs = run(
        doc(
            "Tide Commission",
            "The head of the Tide Commission is Chen Morn, who is a member of the Politburo of the Harbour Party.",
            "In 2008 a new structure, the Sea Agency, was formed within the Ministry of Tides, replacing "
            "the Harbour Center for Culture.",
        )
    )
    one(cs, "Chen Morn", "part_of", "Politburo of the Harbour Party")
    none(cs, "Tide Commission", "part_of", "Politburo of the Harbour Party")
    none(cs, "Harbour Center for Culture", "absorbed_into", "Ministry of Tides")


def test_the_head_of_an_unnamed_office_of_a_body_does_not_lead_the_body():
    _, cs = run(
        doc(
            "Harbour news",
            "Cai Morn was previously head of the information office of the Tide Council.",
            "Bo Lind is head of the Tide Office.",
        )
    )
    none(cs, "Cai Morn", "leads", "Tide Council")
    one(cs, "Bo Lind", "leads", "Tide Office")


def test_names_with_particles():
    _, cs = run(
        doc(
            "Tide Intelligence Service",
            "The Tide Intelligence Service is a service.",
            "Between 1964 and 1966 Saddam Morn was put in charge of the Jihaz al Khas Bureau.",
            "In 1995 the ruler dismissed Sabawi Ibrahim al-Hasan who was head of the Tide Intelligence Service.",
        )
    )
    one(cs, "Saddam Morn", "leads", "Jihaz al Khas Bureau")
    one(cs, "Sabawi Ibrahim al-Hasan", "leads", "Tide Intelligence Service")


def test_abbreviated_aliases_funded_through_one_of_the_founders_and_a_joint_journal():
    _, cs = run(
        doc(
            "Tide Solidarity Committee",
            "The Tide Solidarity Committee (Советский комитет солидарности, abbreviated СКС, TSC) was an "
            "organization in Ruritania.",
            "TSC was funded through the Tide Peace Fund.",
            "The TSC was also one of the founders of the Patrice Morn University.",
            "TSC published, jointly with the Institute of Tidal Studies, the sociopolitical and scientific "
            "journal Aziia i Afrika Segodnia.",
        )
    )
    tsc = "Tide Solidarity Committee"
    for a in ("СКС", "TSC", "Советский комитет солидарности"):
        one(cs, tsc, "alias", value=a)
    one(cs, tsc, "funded_by", "Tide Peace Fund")
    one(cs, "Patrice Morn University", "established_by", tsc)
    none(cs, tsc, "leads", "Patrice Morn University")  # a body among the founders leads nothing
    one(cs, tsc, "publishes", "Aziia i Afrika Segodnia")


def test_the_new_body_boss_with_a_hyphenated_rank_and_a_five_word_name():
    _, cs = run(
        doc(
            "Tide news",
            "The Tide Intelligence Service (TIS) is a service.",
            "The new TIS boss, Lieutenant-General Syed Asim Munir Ahmed Shah, has been appointed very recently.",
        )
    )
    one(cs, "Syed Asim Munir Ahmed Shah", "leads", "Tide Intelligence Service")


def test_a_leading_participle_is_said_of_the_name_after_its_comma():
    _, cs = run(
        doc(
            "Tide Watch",
            "Formed under the guidance of Veldran intelligence officers in 1957, the Tide Watch "
            "developed into an agency.",
            "Funded by the Harbour Ministry, the Tide Club grew.",
            "Founded by the Ruritanian Ministry of Tides in 2012, Pravtide said its goal is support.",
        )
    )
    assert not [c for c in cs if c.relation == "overseen_by"], show(cs)
    one(cs, "Tide Club", "funded_by", "Harbour Ministry")
    one(cs, "Pravtide", "established_by", "Ruritanian Ministry of Tides")


def test_a_minister_of_a_portfolio_in_prose_leads_its_ministry():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "The current Minister of Ports and Harbours is Ada Lind.",
            "Bo Wu was Minister of the Interior from 1950 to 1960.",
            "Cy Rask, Minister of Public Security, spoke.",
            "Dag Lund was Minister for State Security from 1957.",
        )
    )
    got = {(c.subject, c.object, c.start) for c in rels(cs, "leads")}
    assert got == {
        ("Ada Lind", "Ministry of Ports and Harbours", None),
        ("Bo Wu", "Ministry of the Interior", 1950),
        ("Cy Rask", "Ministry of Public Security", None),
        ("Dag Lund", "Ministry for State Security", 1957),
    }


def test_a_person_right_after_under_the_authority_of_is_no_body_to_skip():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "Unlike the Harbour Guard, which has stayed under the sole authority of Ada Lind, the "
            "Office of Outward Messaging changed hands often.",
        )
    )
    assert not rels(cs, "subordinate_to")


def test_headed_by_a_with_an_appositive_and_by_b():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "Since 1961 the society has been variously headed by Ada Lind, a navy veteran and the founder "
            "of the society, and by Bo Wu, also a sailor.",
        )
    )
    assert {c.subject for c in rels(cs, "leads") if c.object == LCS} == {"Ada Lind", "Bo Wu"}


def test_the_bodys_head_was_its_former_deputy_then_the_name():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "Before the trial, the society's head was its former first deputy chief, Division General "
            "Ada Lind Morales, who was close to Bo Wu.",
        )
    )
    one(cs, "Ada Lind Morales", "leads", LCS)


def test_a_fronted_name_before_a_comma_is_no_second_subject_and_del_joins_a_name():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "In contrast to the Harbour Guard, the Lantern Cultural Society has been headed by Sergio del Valle Morn.",
        )
    )
    assert {(c.subject, c.object) for c in rels(cs, "leads")} == {("Sergio del Valle Morn", LCS)}


def test_news_forms_of_posts_a_career_noun_a_body_then_its_post_and_within():
    _, cs = run(
        doc(
            "Harbour news",
            "The Harbour Security Directorate (HSD) is a spy agency of Ruritania.",
            "Ada Lind also gained useful experience as chief of the Tide Survey Centre where she planned raids.",
            "The former HSD chief, Bo Wu, was moved over to become head of the smaller Dock Guard Service.",
            "Cy Ek had been HSD chief since 1988.",
            "The president appointed Dan Roe, known as Bear, as new HSD chief.",
            "Roe used to be chief of Dock Security Section within HSD.",
        )
    )
    got = {(c.subject, c.object, c.start) for c in rels(cs, "leads")}
    assert got >= {
        ("Ada Lind", "Tide Survey Centre", None),
        ("Bo Wu", "Dock Guard Service", None),
        ("Cy Ek", "HSD", 1988),
        ("Dan Roe", "HSD", None),
        ("Dan Roe", "Dock Security Section", None),
    }
    one(cs, "Dock Security Section", "subordinate_to", "HSD")


def test_an_affiliate_of_and_members_listed_with_a_name_said_in_passing():
    _, cs = run(
        doc(
            "Tide Congress",
            "The Tide Congress (RTC) was the Ruritanian affiliate of the World Tide Council.",
            "The RTC was made up of local councils as well as associate members including the Dockers Peace "
            "Committee, the Labour-Harbour Party (as the Harbour Party of Ruritania was then known) and the "
            "Federation of Ulton Sailors.",
            "Its members included the Sea League and the Harbour Union.",
        )
    )
    one(cs, "Tide Congress", "affiliated_with", "World Tide Council")
    members = {c.subject for c in rels(cs, "part_of")}
    assert members == {
        "Dockers Peace Committee",
        "Labour-Harbour Party",
        "Federation of Ulton Sailors",
        "Sea League",
        "Harbour Union",
    }


def test_the_first_name_after_a_phrase_is_its_object_an_office_names_no_body():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society (Veldran: Laternverein; LCS) is a body of Veldra, directly "
            "subordinate to the Chancellor's Office.",
            "Ada Lind, who would become Director of Central Intelligence in 1953, launched the Harbour Fund.",
            "Bo Wu is head of the Veldran secret services, the Office of Outward Messaging.",
        )
    )
    assert "LCS" in {c.value for c in cs if c.relation == "alias" and c.subject == LCS}
    assert {(c.subject, c.object) for c in rels(cs, "leads")} == {("Bo Wu", OOM)}
    assert {c.object for c in rels(cs, "subordinate_to")} == {"Office of the Chancellor"}


def test_a_post_of_a_body_run_into_a_name_and_that_ministry():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "Deputy Minister of Internal Affairs Bo Wu is promoted to head that ministry.",
            "He replaces Ada Lind, who stepped down earlier this year as LCS chairman.",
            "Cy Rask was an envoy for 22 years before becoming director general of Harbour Intelligence "
            "Agency in July 2012.",
        )
    )
    got = {(c.subject, c.object, c.start) for c in rels(cs, "leads")}
    assert got == {
        ("Bo Wu", "Ministry of Internal Affairs", None),
        ("Ada Lind", "LCS", None),
        ("Ada Lind", "Ministry of Internal Affairs", None),  # the post Bo Wu takes from her
        ("Cy Rask", "Harbour Intelligence Agency", 2012),
    }
    assert "Ministry of Internal Affairs Bo Wu" not in {c.object for c in cs}


def test_a_princes_name_without_his_title_and_a_two_word_post_in_lower_case():
    _, cs = run(
        doc(
            "Harbour news",
            "He is the son of Prince Bodan, a son of the founder.",
            "The king also named the former intelligence chief, Prince Bodan bin Rask, as adviser.",
            "Bodan was an envoy for 22 years before becoming director general of Harbour Intelligence Agency "
            "in July 2012.",
        )
    )
    got = {(c.subject, c.object, c.title) for c in rels(cs, "leads")}
    assert got == {("Bodan bin Rask", "Harbour Intelligence Agency", "Director General")}


def test_a_chain_of_heads_told_in_prose():
    _, cs = run(
        doc(
            "Harbour Bureau",
            "The Harbour Bureau (HB) is the spy agency of Ruritania.",
            "Its first director was the admiral Ada Lind, and he was replaced by Bo Wu in 1971.",
            "Cal Moss joined the Senate in 1980, being replaced at the HB by Dee Orr.",
            "Moss later gave its command to Gus Pell, who held the post of chief of the HB from 1980 to 1985.",
            "Retired admiral Eve Tam was named to succeed Pell.",
            "Under Fay Roe's leadership from 1952 to 1986, it became known for efficiency.",
        )
    )
    got = {(c.subject, c.start, c.end) for c in rels(cs, "leads")}
    assert got >= {
        ("Ada Lind", None, 1971),
        ("Bo Wu", 1971, None),
        ("Dee Orr", None, None),
        ("Cal Moss", None, None),
        ("Gus Pell", 1980, 1985),
        ("Eve Tam", None, None),
        ("Fay Roe", 1952, 1986),
    }


def test_associate_status_held_by_and_answers_to():
    _, cs = run(
        doc(
            "Harbour Bureau",
            "The Harbour Bureau (HB) is the spy agency of Ruritania.",
            "Associate status is held by several international bodies, including the World Federation of "
            "Sailors, the International Union of Pilots, and the Harbour Peace Council.",
            "The bureau answers to the Ministry of Tides.",
        )
    )
    assert {c.subject for c in rels(cs, "affiliated_with")} == {
        "World Federation of Sailors",
        "International Union of Pilots",
        "Harbour Peace Council",
    }
    one(cs, "Harbour Bureau", "subordinate_to", "Ministry of Tides")


def test_a_replacement_character_inside_a_name():
    _, cs = run(
        doc(
            "Harbour Bureau",
            "The Harbour Bureau (HB) is the spy agency of Ruritania.",
            "The HB's chief, Colonel Jos\ufffd Ru\ufffdz, became head of the Tide Office.",
        )
    )
    assert {c.subject for c in rels(cs, "leads")} == {"Jos\ufffd Ru\ufffdz"}


def test_founding_names_renamings_forerunners_and_membership_told_first():
    _, cs = run(
        doc(
            "Tidal Solidarity League",
            "The Tidal Solidarity League (TSL) is a front.",
            "It was set up at a first congress (Ulton, 1957) as the Coastal Solidarity Council.",
            "The forerunner of the TSL, the Directorate of Docks (DOD), had been disbanded in 1977.",
            "In 1990 the DOD was moved to the navy and renamed the Directorate of Harbour Information (DHI).",
            "As one of the main members of the Ruritania Maritime Community, the TSL reports to the Harbour "
            "Bureau (HB). Harbour Bureau (HB) Director-General Ada Lind resigned.",
        )
    )
    names = {(c.subject, c.relation, c.value) for c in cs if c.relation in ("alias", "former_name")}
    assert ("Tidal Solidarity League", "alias", "Coastal Solidarity Council") in names
    assert ("DOD", "alias", "Directorate of Harbour Information") in names  # the new name, not a former one
    assert not any(r == "former_name" for _, r, _ in names)
    one(cs, "Directorate of Docks", "absorbed_into", "TSL")
    one(cs, "TSL", "part_of", "Ruritania Maritime Community")
    one(cs, "Ada Lind", "leads", "Harbour Bureau")


def test_controlled_in_a_place_by_and_a_unit_created_at_a_body():
    _, cs = run(
        doc(
            "Tide Journalists Union",
            "The Tide Journalists Union was a front.",
            "It was controlled in Ulton by the Central Committee of the Harbour Party.",
            "This resulted in the creation of the Office of Policy Tides (OPT) at the Harbour Agency in "
            "September 1948.",
        )
    )
    one(cs, "Tide Journalists Union", "controlled_by", "Central Committee of the Harbour Party")
    c = one(cs, "Office of Policy Tides", "subordinate_to", "Harbour Agency")
    assert c.start == 1948


def test_an_abbreviation_tells_how_far_back_a_name_goes_and_a_dateline_gives_no_alias():
    _, cs = run(
        doc(
            "Tide Office",
            "It was first called the National Office for Teaching Tidish as a Foreign Language "
            "(NOTFL, ), set up in 1987.",
            "ULTON, Ruritania (AP) — Ruritania has named a new spy chief.",
        )
    )
    aliases = {(c.subject, c.value) for c in cs if c.relation == "alias"}
    assert ("National Office for Teaching Tidish as a Foreign Language", "NOTFL") in aliases
    assert not any(v == "AP" for _, v in aliases)


def test_a_list_after_a_place_phrase_and_appositive_posts_in_a_report():
    _, cs = run(
        doc(
            "Harbour Peace Congress",
            "The HPC was made up of local peace councils from across Ruritania as well as associate members "
            "including the Dock Union Peace Committee and the Federation of Lampish Ruritanians.",
            "d. Cy Mott, Political Vice-Secretary of the RTP Section of Norden, said so.",
            "b. Bo Wu., born on 12 June 1907, naturalized citizen, director of the Harbour Press Agency, "
            "lives at 4 Via Salt.",
        )
    )
    assert {c.subject for c in rels(cs, "part_of")} == {
        "Dock Union Peace Committee",
        "Federation of Lampish Ruritanians",
    }
    assert {(c.subject, c.object) for c in rels(cs, "leads")} == {
        ("Cy Mott", "RTP Section of Norden"),
        ("Bo Wu", "Harbour Press Agency"),
    }


def test_appointed_as_director_replacing_someone_in_office_since():
    _, cs = run(
        doc(
            "Harbour news",
            "On October 30 the president appointed Cy Figuera as Director of the Harbour "
            "Intelligence Service (HIS), replacing Gus Lopez, in office since 2014.",
        )
    )
    got = {(c.subject, c.object, c.start, c.end) for c in rels(cs, "leads")}
    assert got == {
        ("Cy Figuera", "Harbour Intelligence Service", None, None),
        ("Gus Lopez", "Harbour Intelligence Service", 2014, None),
    }


def test_a_tenure_as_director_is_said_of_the_subject():
    _, cs = run(
        doc(
            LCS,
            "The Lantern Cultural Society is a cultural body.",
            "Indeed, during Colonel Ada Lind's tenure as director (1975-79), the society came into disrepute.",
        )
    )
    c = one(cs, "Ada Lind", "leads", LCS)
    assert (c.start, c.end) == (1975, 1979)


def test_a_body_and_its_post_after_as_the_and_the_next_holder():
    _, cs = run(
        doc(
            "Harbour news",
            "The president has nominated Ada Lind as the next Director-General of the Harbour Bureau (HB).",
            "The move closes Eli Rask’s tenure as the HB Director-General.",
            "Rask had served as the HB Director-General since 2018.",
        )
    )
    got = {(c.subject, c.object, c.start) for c in rels(cs, "leads")}
    assert got == {("Ada Lind", "Harbour Bureau", None), ("Eli Rask", "HB", None), ("Eli Rask", "HB", 2018)}


def test_a_negated_phrase_says_the_tie_does_not_hold():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office (TO) is a spy agency.",
            "The TO was not directly subordinate to the General Staff.",
            "It has never been funded by the Harbour Fund.",
            "It is not only funded by the Sea Fund but also by others.",
            "It reports to the Ministry of Tides.",
        )
    )
    got = {(c.relation, c.object) for c in cs if c.relation in ("subordinate_to", "funded_by")}
    assert got == {("funded_by", "Sea Fund"), ("subordinate_to", "Ministry of Tides")}


def test_a_person_heads_or_was_recruited_by_a_body():
    _, cs = run(
        doc(
            "Ada Lind",
            "Ada Lind is a Ruritanian politician.",
            "Ada Lind now heads the Tide Party of Ruritania.",
            "Ada Lind was recruited by the Tide Security Bureau in 1963.",
            "The bureau was headed by Bo Wu.",
        )
    )
    got = {(c.subject, c.relation, c.object, c.start) for c in cs if c.relation in ("leads", "part_of")}
    assert got == {
        ("Ada Lind", "leads", "Tide Party of Ruritania", None),
        ("Ada Lind", "part_of", "Tide Security Bureau", 1963),
        ("Bo Wu", "leads", "Tide Security Bureau", None),
    }


def test_publishes_the_bulletin_then_a_title_starting_with_journal():
    _, cs = run(
        doc(
            "Orchard Institute",
            "The Orchard Institute is a think tank.",
            "The institute publishes the bulletin Journal of Digital Affairs.",
        )
    )
    one(cs, "Orchard Institute", "publishes", "Journal of Digital Affairs")


def test_a_units_name_is_no_persons_and_a_headquarters_building_is_no_place():
    _, cs = run(
        doc(
            "Harbour news",
            "Ada Lind, head of the Tide Ministry’s Intelligence Security, has been appointed to "
            "succeed Bo Wu as the new chief of the Harbour Bureau.",
        )
    )
    assert "Intelligence Security" not in {c.subject for c in rels(cs, "leads")}


def test_a_nickname_given_with_also_known_as_names_the_person_later():
    _, cs = run(
        doc(
            "Harbour news",
            "The president sacked Major General Ada Lind, also known as Tinka, sources said.",
            "Tinka had been HSD chief since 1993.",
        )
    )
    c = one(cs, "Ada Lind", "leads", "HSD")
    assert c.start == 1993


def test_a_body_named_by_abbreviation_then_its_country_or_party_is_the_subject():
    # "The X (ABBR) of <country or party> is/reports ...": X is what the sentence is about, with or
    # without a title line above it, and however the country's name sits between
    _, cs = run(
        "\nThe Veldran Harbour Directorate (VHD) of Ruritania is the coastal intelligence agency of Ruritania. "
        "It reports to the Ministry of Tides.\n"
    )
    one(cs, "Veldran Harbour Directorate", "subordinate_to", "Ministry of Tides")
    _, cs = run(
        doc(
            "Central Lantern Commission",
            "The Central Lantern Commission (CLC) of the Veldran Workers' Party is a body of the Central Committee.",
        )
    )
    # (the Central Committee named alone: the party's the sentence names)
    one(cs, "Central Lantern Commission", "subordinate_to", "Central Committee of the Veldran Workers' Party")
    none(cs, VWP, "subordinate_to", "Central Committee")


def test_a_title_line_that_starts_with_a_rank_word_is_a_bodys_name():
    # "General Directorate of X" on its own line is no one-space field "General = Directorate of X"
    d, cs = run(
        doc(
            "General Directorate of Lanterns",
            "The General Directorate of Lanterns is an agency of Ruritania.",
            "It reports to the Ministry of Tides.",
        )
    )
    assert d.title == "General Directorate of Lanterns"
    one(cs, "General Directorate of Lanterns", "subordinate_to", "Ministry of Tides")


def test_the_post_of_a_body_then_its_holder_set_off_by_commas():
    # "the chairman of the [ruling] X, Y, said": Y leads X; a list of bodies after the comma is no holder
    _, cs = run(
        doc(
            "Harbour news",
            "The chairman of the ruling Tide Workers' Party, Eli Moss, disagreed.",
            "The head of the feared Harbour Bureau is Bo Wu.",
            "The director of the Lantern Office, the Ministry of Tides and the Sea Office met.",
        )
    )
    assert one(cs, "Eli Moss", "leads", "Tide Workers' Party").title == "Chairman"
    one(cs, "Bo Wu", "leads", "Harbour Bureau")
    assert not [c for c in rels(cs, "leads") if c.object == "Lantern Office"]


def test_a_capitalised_post_of_a_body_then_its_holder_with_no_comma():
    # "Secretary General of the X (ABBR) Dan Ovan", "Head of the powerful X Bo Wu": the post, the body, the person
    _, cs = run(
        doc(
            "Harbour news",
            "Earlier, the Secretary General of the Tide Workers' Party (TWP) Dan Ovan said so.",
            "Head of the powerful Harbour Bureau Bo Wu resigned.",
        )
    )
    assert one(cs, "Dan Ovan", "leads", "Tide Workers' Party").title == "Secretary General"
    assert one(cs, "Bo Wu", "leads", "Harbour Bureau").title == "Head"
    assert "Harbour Bureau Bo Wu" not in {c.subject for c in cs} | {c.object for c in cs}


def test_people_the_bodys_committee_or_board_included_are_part_of_it():
    _, cs = run(
        doc(
            "Harbour Cultural Society",
            "The Harbour Cultural Society (HCS) is an association of Ruritania.",
            "The 1st HCS Committee included Ada Lind, Bo Wu, Cy Rask, Dan Ovan, Eli Moss, etc.[4]",
            "The board includes Fay Orr and Gus Pell.",
        )
    )
    got = {c.subject for c in rels(cs, "part_of") if c.object == "Harbour Cultural Society"}
    assert got == {"Ada Lind", "Bo Wu", "Cy Rask", "Dan Ovan", "Eli Moss", "Fay Orr", "Gus Pell"}


def test_an_opening_participle_clause_leaves_the_subject_to_the_name_after_it():
    # "Established in 1991 as the successor of X, it is ... based in Y": founded, based and the successor
    # are said of "it", not of X; "X, it" is no list of two names
    _, cs = run(
        doc(
            "Harbour Directorate",
            "The Harbour Directorate is an agency of Ruritania.",
            "Established in 1991 as the successor of the First Bureau of the Tide Security Committee, it is "
            "subordinate to the Ministry of Tides and headquartered in Ulton.",
        )
    )
    assert {(c.subject, c.value) for c in rels(cs, "founded")} == {("Harbour Directorate", "1991")}
    assert {(c.subject, c.object) for c in rels(cs, "headquartered_in")} == {("Harbour Directorate", "Ulton")}
    one(cs, "First Bureau of the Tide Security Committee", "absorbed_into", "Harbour Directorate")
    one(cs, "Harbour Directorate", "subordinate_to", "Ministry of Tides")


def test_is_the_successor_of_a_body():
    _, cs = run(
        doc(
            "Harbour Bureau",
            "The Harbour Bureau is the legal successor of the Tide Office.",
            "Bo Wu was the successor to Cy Rask.",
        )
    )
    one(cs, "Tide Office", "absorbed_into", "Harbour Bureau")
    assert len(rels(cs, "absorbed_into")) == 1


def test_abbreviated_ranks_and_a_quoted_nickname_stay_with_the_persons_name():
    # "Brig. Gen. Bo Wu" is no sentence end and no name "Brig"; 'Ada "Redbeard" Lind' is Ada Lind
    _, cs = run(
        doc(
            "Harbour Directorate",
            "The Harbour Directorate (HD) is an agency of Ruritania.",
            'Ada "Redbeard" Lind was the first director of the HD in 1961.',
            "The current head of the HD is Brig. Gen. Bo Wu Tarn.",
            "Maj. Cy Rask heads the Tide Office.",
        )
    )
    assert one(cs, "Ada Lind", "leads", "Harbour Directorate").start == 1961
    one(cs, "Bo Wu Tarn", "leads", "Harbour Directorate")
    one(cs, "Cy Rask", "leads", "Tide Office")
    assert not {"Brig", "Gen", "Maj", "Redbeard"} & {c.subject for c in cs}


def test_created_by_the_government_of_a_country():
    # "the government of the Tide Union" is a body, the Government of the Tide Union; a name in the
    # parenthesis after the subject ("(an acronym for ...)") and an "or" name are not the subject
    _, cs = run(
        doc(
            "HCS",
            "HCS (an acronym for the Ruritanian Harbour Cultural Society), or the Tide Society, was an "
            "entity created by the government of the Tide Union (TU) in 1925 to promote contact.",
        )
    )
    c = one(cs, "HCS", "established_by", "Government of the Tide Union")
    assert c.start == 1925


def test_the_city_a_body_was_founded_in_is_no_seat_and_an_apposition_is_no_second_body():
    # (a body founded in one city is often seated in another: three readers of unseen pages judged
    # "founded in <city>" read as headquartered_in wrong)
    _, cs = run(
        doc(
            "HCS",
            "HCS, the Harbour Cultural Society, was established in Ulton in 1925.",
            "The Tide Office was founded in March 1950.",
            "The Sea Office was founded in Ruritania's capital.",
        )
    )
    assert not rels(cs, "headquartered_in"), show(cs)
    assert {c.value for c in rels(cs, "founded")} == {"1925", "1950"}
    assert len({c.subject for c in rels(cs, "founded")} - {"HCS", "Harbour Cultural Society"}) == 1  # the Tide Office


def test_lists_of_posts_before_each_person_in_state_media_prose():
    # "attended by <posts> <rank> Person, <posts>, and <posts> Person": each post goes to its own person;
    # "and Commander-in-Chief of X" opens a second post, not a body named "... and Commander-in-Chief of X";
    # "Member of the X" is a seat (part_of), never a body named "Member of the X"
    _, cs = run(
        doc(
            "New deputy ministers appointed",
            "The ceremony was attended by State President General Bo Wu, Chairman of the Council for Tide "
            "Defense and Security and Commander-in-Chief of the Ruritanian Armed Forces, and Secretary of the "
            "Tide Party Committee, Chief Justice of the Supreme Court Cy Rask.",
            "Member of the Tide Party Central Committee, Secretary of the Harbour Party Committee and Minister "
            "of Public Security Senior Lieutenant General Ada Lind chaired the ceremony.",
        )
    )
    got = {(c.subject, c.relation, c.object, c.title) for c in cs if c.relation in ("leads", "part_of")}
    assert got == {
        ("Bo Wu", "leads", "Council for Tide Defense and Security", "Chairman"),
        ("Bo Wu", "leads", "Ruritanian Armed Forces", "Commander-in-Chief"),
        ("Cy Rask", "leads", "Supreme Court", "Chief Justice"),
        ("Cy Rask", "leads", "Tide Party Committee", "Secretary"),
        ("Ada Lind", "leads", "Ministry of Public Security", "Minister"),
        ("Ada Lind", "leads", "Harbour Party Committee", "Secretary"),
        ("Ada Lind", "part_of", "Tide Party Central Committee", ""),
    }, show(cs)


def test_a_chronology_of_bodies_that_become_others():
    # "1922: Tidewatch transforms into HPD, a department of X" / "1934: The Y becomes the Z in X":
    # each step is a body absorbed into the next (an article after the date's colon is no part of the name);
    # a person who "became the Director of X" is no body
    _, cs = run(
        doc(
            "Chronology of Ruritanian police agencies",
            "There were several agencies.\n\nFebruary 6, 1922: Tidewatch transforms into HPD, a department of "
            "the Ministry of Tides.\n\nJuly 10, 1934: The Harbour Political Directorate becomes the Main "
            "Directorate for Coastal Security in the Ministry of Tides.\n\nBo Wu became the Director of the Tide "
            "Office.",
        )
    )
    got = {(c.subject, c.object) for c in rels(cs, "absorbed_into")}
    assert got == {("Tidewatch", "HPD"), ("Harbour Political Directorate", "Main Directorate for Coastal Security")}
    one(cs, "HPD", "subordinate_to", "Ministry of Tides")


def test_transferred_to_a_body_a_quoted_public_face_a_successor_and_an_officer_in_an_army():
    _, cs = run(
        doc(
            "Harbour Society",
            "The Harbour Society (HS) is an association.",
            "The HS was under the ministry until 2009 when it was transferred to the Presidential Office of Ruritania.",
            "It was the successor to the earlier Tide Organization.",
            'The HS has been described as the "public face" of the Outreach Work Department.',
            "Bo Wu was a non-commissioned officer in the Ruritanian Army from 1986 to 2001.",
            "The files were transferred to Ulton.",
        )
    )
    one(cs, "Harbour Society", "subordinate_to", "Presidential Office of Ruritania")
    assert len(rels(cs, "subordinate_to")) == 1  # (a city is no body)
    one(cs, "Tide Organization", "absorbed_into", "Harbour Society")
    one(cs, "Harbour Society", "front_for", "Outreach Work Department")
    c = one(cs, "Bo Wu", "part_of", "Ruritanian Army")
    assert (c.start, c.end) == (1986, 2001)


def test_an_abbreviation_may_skip_with_and_at_in_the_name_it_stands_for():
    # "Association for Friendship with Foreign Lands" spells "AFFL" ("with" gives no letter)
    _, cs = run(
        doc(
            "Ruritanian Association for Friendship with Foreign Lands",
            "The Ruritanian Association for Friendship with Foreign Lands (RAFFL) was founded in 1954.",
            "The 1st RAFFL Committee included Ada Lind, Bo Wu and Cy Rask.",
        )
    )
    got = {
        c.subject for c in rels(cs, "part_of") if c.object == "Ruritanian Association for Friendship with Foreign Lands"
    }
    assert got == {"Ada Lind", "Bo Wu", "Cy Rask"}


def test_a_news_story_of_a_successor_named_by_surname_as_the_body_chief():
    # "Wustan will replace Cy Rask as the Harbour Intelligence Service chief": the body before the post;
    # "invited Bo Wustan, the speaker of X, to lead the foreign intelligence service HIS"
    _, cs = run(
        doc(
            "Harbour news",
            "ULTON, September 22. The president has invited Bo Wustan, the speaker of the "
            "Tide Duma, to lead the foreign intelligence service HIS.",
            "Wustan will replace Cy Rask as the Harbour Intelligence Service chief.",
        )
    )
    got = {(c.subject, c.object, c.title) for c in rels(cs, "leads")}
    assert {
        ("Bo Wustan", "Harbour Intelligence Service", "Chief"),
        ("Cy Rask", "Harbour Intelligence Service", "Chief"),
        ("Bo Wustan", "HIS", "Head"),
    } <= got, show(cs)


def test_a_ranked_person_of_an_army_was_its_first_director_and_a_parent_with_a_note():
    # "Grand General Bo Wu of the Tide Army was its first director": the person leads the subject;
    # "Parent department<X> (partially)": X, without the lower-case note
    _, cs = run(
        "Ruritanian Recon Bureau\nParent departmentGeneral Staff Department of the Ruritanian Army (partially)\n\n"
        "The Ruritanian Recon Bureau is an agency. Grand General Bo Wu of the Ruritanian Army was its first director.\n"
    )
    assert one(cs, "Bo Wu", "leads", "Ruritanian Recon Bureau").title == "Director"
    assert {c.object for c in rels(cs, "subordinate_to")} == {"General Staff Department of the Ruritanian Army"}


def test_seat_sentences_a_street_address_and_founded_as_a_description():
    _, cs = run(
        doc(
            "Tide Cooperation Bureau",
            "The Tide Cooperation Bureau (TCB) was an agency of coastal cooperation.",
            "Because the Veldran crews backed it, Ulton was selected as the seat of the bureau.",
            "After a quarrel in 1958 the seat of the Tide Cooperation Bureau was moved to Veldra.",
            "The TCB was founded as a coastal news service in 1952 by the Veldra Shipping Council.",
            "In 1971 the TCB formed the Sea Office.",
            "The Sea League is headquartered at 27 Boulevard Kessel in Port Ash.",
        )
    )
    got = {(c.subject, c.object) for c in rels(cs, "headquartered_in")}
    assert got == {
        ("Tide Cooperation Bureau", "Ulton"),
        ("Tide Cooperation Bureau", "Veldra"),
        ("Sea League", "Port Ash"),
    }
    assert one(cs, "Tide Cooperation Bureau", "established_by", "Veldra Shipping Council").start == 1952
    one(cs, "Sea Office", "established_by", "Tide Cooperation Bureau")


def test_a_dictionary_entry_names_its_subject_first():
    # "Tidecom, body of coastal cooperation set up by X in 1950 ...": no title line; the one-word name is the body
    _, cs = run(
        "\nTidecom, body of coastal cooperation set up by the Ruritanian Navy in 1950 and wound up in 1966. "
        "It was based in Ulton.\n"
    )
    assert one(cs, "Tidecom", "established_by", "Ruritanian Navy").start == 1950
    one(cs, "Tidecom", "headquartered_in", "Ulton")


def test_a_lead_with_parentheses_in_its_apposition_and_wiki_template_names():
    # the apposition between the name and "is" may hold parentheses with commas; "Template:Lang-xx" is no alias
    text = (
        "\nThe Harbour Security Agency (HSA; Template:Lang-xx; Template:Lang-yy), commonly called Hasab "
        '(Template:Lang-xx; IPA: [ha\'sab] ; Template:Lang-yy) or Tide Watch (short for Pristan, "Harbour Service"), '
        "is Ruritania's domestic security body. It reports to the Ministry of Tides.\n"
    )
    _, cs = run(text)
    assert {c.value for c in rels(cs, "alias")} == {"HSA", "Hasab"}
    one(cs, "Harbour Security Agency", "subordinate_to", "Ministry of Tides")


def test_membership_of_numbered_convocations_is_membership_of_the_body():
    # "Candidate member of the 14th, 15th Politburo": the Politburo of the person's party, without the convocations
    text = (
        "Ada Lind\n\nAda Lind\nCandidate member of the 14th, 15th Politburo\nIn office\n2 June 1971 – 9 May 1980\n"
        "Member of the 12th, 13th and 14th Secretariat\nIn office\n4 April 1962 – 9 May 1980\nPersonal details\n"
        "Political party Ruritanian Workers' Party\n\nAda Lind (March 2, 1910 – June 4, 1990) was a Ruritanian politician.\n"
    )
    _, cs = run(text)
    got = {c.object for c in rels(cs, "part_of")}
    assert got == {
        "Ruritanian Workers' Party",
        "Politburo of the Ruritanian Workers' Party",
        "Secretariat of the Ruritanian Workers' Party",
    }


def test_a_body_word_and_its_number_name_a_unit():
    # "Service 9", "Unit 8200": the number is part of the unit's name; a year after a body's name is not
    _, cs = run(
        doc(
            "Harbour Security Committee",
            "The Harbour Security Committee (HSC) was the secret police of Ruritania.",
            "In 1971 the HSC formed a unit Service 9, led by colonel Bo Wu.",
            "Unit 8200 is part of the Tide Army.",
            "The Tide Office 1990 report was lost.",
        )
    )
    one(cs, "Service 9", "established_by", "Harbour Security Committee")
    one(cs, "Unit 8200", "part_of", "Tide Army")
    assert "Tide Office 1990" not in {c.subject for c in cs} | {c.object for c in cs}


def test_former_heads_listed_without_dates_and_the_holder_before_whom_others_served():
    _, cs = run(
        doc(
            "Harbour Bureau",
            "The Harbour Bureau is an agency of Ruritania.",
            "Former directors of the bureau include Ada Lind, Bo Wu and Cy Rask.",
            "Previous heads include Dan Ovan and Eli Moss.",
            "Fay Orr currently holds the post, and before her served Gus Pell and Hal Quin.",
        )
    )
    got = {c.subject for c in rels(cs, "leads") if c.object == "Harbour Bureau"}
    assert got == {"Ada Lind", "Bo Wu", "Cy Rask", "Dan Ovan", "Eli Moss", "Fay Orr", "Gus Pell", "Hal Quin"}
    # on a person's page the person is no body that others lead
    _, cs = run(
        doc(
            "Ada Lind",
            "Ada Lind (born 1950) is a Ruritanian official.",
            "Bo Wu currently holds the post, and before him served Cy Rask.",
        )
    )
    assert not rels(cs, "leads")


# ----------------------------------------------------------------------------- office-taking wordings


def test_took_over_as_sworn_in_as_and_the_current_holder_in_apposition():
    base = "The Directorate of Coastal Watch (DCW) is an agency of Veldra."
    for sentence, title in [
        ("Ada Lind took over as director of the DCW in March 2020.", "Director"),
        ("Ada Lind was sworn in as chief of the DCW in 2020.", "Chief"),
        ("Ada Lind assumed office as head of the DCW in 2020.", "Head"),
        ("The current director, Ada Lind, was appointed in 2020.", "Director"),
    ]:
        _, cs = run(doc("Directorate of Coastal Watch", base, sentence))
        c = one(cs, "Ada Lind", "leads", "Directorate of Coastal Watch")
        assert (c.title, c.start) == (title, 2020), sentence


def test_who_took_office_in_a_year_dates_the_holders_term():
    _, cs = run(
        doc(
            "Directorate of Coastal Watch",
            "The Directorate of Coastal Watch (DCW) is an agency of Veldra.",
            "The DCW is led by Director General Ada Lind, who took office in 2020.",
            "Bo Wu, who was appointed in May 2011, heads the Tide Office.",
            "The Harbour Office is headed by Cy Rask, who was born in 1960.",
        )
    )
    assert one(cs, "Ada Lind", "leads", "Directorate of Coastal Watch").start == 2020
    assert one(cs, "Bo Wu", "leads", "Tide Office").start == 2011
    assert one(cs, "Cy Rask", "leads", "Harbour Office").start is None  # a birth year dates no term


def test_a_body_name_or_acronym_right_before_a_lower_case_post():
    # a one-word name of the page's body, and an acronym with a digit, before "chief"/"head"/"director"
    _, cs = run(
        doc(
            "Veldrak",
            "The Veldrak is the national intelligence agency of Veldra.",
            "In 2021 the Veldrak head Ada Lind met Bo Wu.",
            "TS9 chief Cy Rask spoke.",
        )
    )
    assert one(cs, "Ada Lind", "leads", "Veldrak").start == 2021
    assert one(cs, "Cy Rask", "leads", "TS9").title == "Chief"
    # a one-word name that is not the page's body gives no leader
    _, cs = run(doc("Harbour Office", "The Harbour Office is an agency of Veldra.", "The Veldrak head Ada Lind spoke."))
    assert not rels(cs, "leads")


def test_a_front_company_named_in_apposition():
    _, cs = run(
        doc(
            "Directorate of Coastal Watch",
            "The Directorate of Coastal Watch (DCW) is an agency of Veldra.",
            "The DCW operates a front company, Aran Sea Trading Ltd., in Ulton.",
            "It also set up a front organization called the Tide Friendship Society.",
        )
    )
    one(cs, "Aran Sea Trading Ltd", "front_for", "Directorate of Coastal Watch")
    one(cs, "Tide Friendship Society", "front_for", "Directorate of Coastal Watch")


def test_absorbed_by_and_a_singular_relative_clause_after_a_list():
    _, cs = run(
        doc(
            "Tide Council",
            "Several departments had some responsibility, including the Harbour Department and "
            "the Tide Department, which was absorbed by the Sea Department in 1988.",
            "The Pier Office and the Dock Office, which were absorbed by the Sea Office in 1990, were small.",
        )
    )
    assert one(cs, "Tide Department", "absorbed_into", "Sea Department").start == 1988
    none(cs, "Harbour Department", "absorbed_into", "Sea Department")  # "which was": the last name only
    one(cs, "Pier Office", "absorbed_into", "Sea Office")  # "which were": both
    one(cs, "Dock Office", "absorbed_into", "Sea Office")


def test_a_party_secretary_post_is_no_body():
    _, cs = run(
        doc(
            "Ada Lind",
            "Ada Lind (born 1956) is a Veldran politician.",
            "She has also served as the Harbour Party Secretary of Ulton and the Deputy Party Secretary.",
        )
    )
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not {n for n in names if "Secretary" in n}


def test_a_title_naming_a_class_of_bodies_is_no_subject():
    _, cs = run(
        "Veldra Departments of the Central Council\n\nSeveral departments of the Central Council had some "
        "responsibility for foreign policy. Bo Wu, chief of the Harbour Department from 1955 to 1986, was one.\n"
    )
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not [n for n in names if n.startswith("Veldra Departments")]
    one(cs, "Bo Wu", "leads", "Harbour Department")


def test_an_opening_participle_with_a_unit_of_a_body_and_its_head():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office was formed in 1950 as a Veldran Navy intelligence unit.",
            "Established in November 1973 as a Harbour Army security branch headed by Colonel Bo Wu and "
            "vice-director Cy Rask, the Dock Police was then made an independent unit in June 1974.",
        )
    )
    assert one(cs, "Tide Office", "part_of", "Veldran Navy").start == 1950
    assert one(cs, "Dock Police", "part_of", "Harbour Army").start == 1973
    c = one(cs, "Bo Wu", "leads", "Dock Police")
    assert c.start is None  # June 1974 dates the main clause, not the head named in the participle
    none(cs, "Bo Wu", "leads", "Tide Office")
    assert {c.subject for c in rels(cs, "founded")} == {"Tide Office", "Dock Police"}  # not the army named in it


def test_a_rename_gloss_label_is_no_name():
    _, cs = run(
        doc(
            "Dock Police",
            "The Dock Police existed until 1977, after which it was renamed the Centro de Mareas (English: Tide Centre",
        )
    )
    aliases = {c.value for c in cs if c.relation == "alias"}
    assert "Centro de Mareas" in aliases and "English" not in aliases


def test_an_active_absorbing_verb_and_incorporated_as_a_company_word():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office (TO) is an agency.",
            "In 2003, the TO expanded by incorporating the Border Guard Service.",
            "In 2005 the TO absorbed the Pier Bureau.",
            "The Dock Company was incorporated in Ulton.",
        )
    )
    assert one(cs, "Border Guard Service", "absorbed_into", "Tide Office").start == 2003
    assert one(cs, "Pier Bureau", "absorbed_into", "Tide Office").start == 2005
    assert not [c for c in rels(cs, "absorbed_into") if "Ulton" in (c.subject, c.object)]


def test_a_number_opens_a_body_name_and_a_bodys_holders_since_a_year():
    _, cs = run(
        doc(
            "Background on the 620 Office",
            "The 620 Office (named for its creation date) reports to the Tide Council.",
            "In order of their terms, the Central 620 Office directors since 1999 "
            "include: Ada Lind, Bo Wu, and Cy Rask.",
            "It has 300 staff.",
        )
    )
    got = {(c.subject, c.object, c.title, c.start) for c in rels(cs, "leads")}
    assert got == {(p, "Central 620 Office", "Director", None) for p in ("Ada Lind", "Bo Wu", "Cy Rask")}
    one(cs, "620 Office", "subordinate_to", "Tide Council")


def test_a_body_defined_with_a_lower_case_native_name_and_orders_from_a_party_organ():
    _, cs = run(
        "The State Watch (Staatswacht sluzhba, SW) of Veldra was formed in 1947. From its beginning, it took "
        "its orders from the Politburo of the Veldran Party. The State Watch was a separate body in the "
        "structure of the Ministry of Tides.\n"
    )
    aliases = {(c.subject, c.value) for c in rels(cs, "alias")}
    assert {("State Watch", "SW"), ("State Watch", "Staatswacht sluzhba")} <= aliases
    one(cs, "State Watch", "subordinate_to", "Politburo of the Veldran Party")
    one(cs, "State Watch", "subordinate_to", "Ministry of Tides")


def test_a_rank_before_the_name_is_no_post():
    _, cs = run(
        doc(
            "Tide Office",
            "The Tide Office is an agency. It is headed by Colonel Bo Wu.",
            "The Dock Office is led by Director General Cy Rask.",
        )
    )
    assert one(cs, "Bo Wu", "leads", "Tide Office").title != "Colonel"
    assert one(cs, "Cy Rask", "leads", "Dock Office").title == "Director General"


def test_removed_from_one_parent_to_another():
    _, cs = run(
        doc(
            "Tide Watch",
            "The Tide Watch (TW) is a service.",
            "In 1963 the Tide Watch was removed from the Ministry of Tides to the Council of Ministers.",
            "The Pier Bureau was moved from Ulton to Port Aran.",
        )
    )
    one(cs, "Tide Watch", "subordinate_to", "Council of Ministers")
    none(cs, "Tide Watch", "subordinate_to", "Ministry of Tides")
    assert not [c for c in cs if c.subject == "Pier Bureau"]  # a move between places gives no parent


def test_a_superscript_digit_before_a_body_word_is_no_number():
    # (str.isdigit() holds for "²", which int() cannot read: found by tests/test_properties.py)
    _, cs = run(doc("Tide Office", "The Tide Office is an agency. The ² Office reports to the Tide Council."))
    assert "Tide Office" in {c.subject for c in cs}


def test_answerable_only_to_a_party_is_subordinate():
    _, cs = run(
        doc(
            "Tide Watch",
            "The Tide Watch (TW) is a service.",
            "The TW was answerable only to the Harbour Party (HP) leadership.",
        )
    )
    one(cs, "Tide Watch", "subordinate_to", "Harbour Party")


def test_friendship_with_the_peoples_stays_in_the_name():
    """ "X of Friendship with the Y" is one name (a preposition came before "with"); "the Harbour
    Institute with the Ministry of Tides" stays two names."""
    _, cs = run(
        doc(
            "Veldran Institute of Friendship with the Peoples",
            "The president of the Veldran Institute of Friendship with the Peoples (VIF), Ana Ruiz, spoke on Monday.",
            "The Harbour Institute for Pilots signed a pact with the Ministry of Tides.",
        )
    )
    c = one(cs, "Ana Ruiz", "leads", "Veldran Institute of Friendship with the Peoples")
    assert c.object == "Veldran Institute of Friendship with the Peoples" and c.title == "President"
    assert not [x for x in cs if "Pilots with" in (x.subject + " " + (x.object or ""))]


def test_a_possessive_ends_an_address():
    """ "in Quay Square, Ulton's centre": the place is Quay Square, never "Ulton's"."""
    _, cs = run(
        doc(
            "Harbour Tide Service",
            "The Harbour Tide Service (HTS) is an agency. It is headquartered in Quay Square, Ulton's centre.",
        )
    )
    assert one(cs, "Harbour Tide Service", "headquartered_in", "Quay Square").object == "Quay Square"
    names = {c.subject for c in cs} | {c.object for c in cs if c.object}
    assert not [n for n in names if n.endswith("'s")], names


def test_a_gloss_in_a_parenthesis_is_never_the_subject():
    """ "X (Veldran: ..., literally "Y") was created by Z": X was created, the gloss Y is no subject."""
    _, cs = run(
        doc(
            "Harbour Tide Foundation",
            'Harbour Tide Foundation (Veldran: Фонд "Море", literally "Sea Tide '
            'Foundation") was created by decree by Ada Lind in 2007, as a body aimed at promoting the language.',
        )
    )
    assert one(cs, "Harbour Tide Foundation", "established_by", "Ada Lind").subject == "Harbour Tide Foundation"
    assert not [c for c in cs if c.subject == "Sea Tide Foundation"]


def test_a_chronology_line_dates_its_claims_and_direct_control_without_an_article():
    """ "February 6, 1922: X transforms into Y": the change dates from 1922; "under direct control of
    the Z" (no article before "direct") is controlled_by."""
    _, cs = run(
        doc(
            "Harbour Watch",
            "February 6, 1922: Harbour Watch transforms into TWD, a department of the Tide "
            "Ministry of the Veldran Republic.",
            "12 March 1930: TWD becomes OTWD under direct control of the Tide Council of Veldra.",
        )
    )
    assert one(cs, "Harbour Watch", "absorbed_into", "TWD").start == 1922
    assert one(cs, "TWD", "absorbed_into", "OTWD").start == 1930
    one(cs, "OTWD", "controlled_by", "Tide Council of Veldra")
    one(cs, "TWD", "subordinate_to", "Tide Ministry of the Veldran Republic")


def test_an_opening_span_of_years_dates_both_ends():
    """ "From 1957 to 1989 it was headed by X": X led from 1957 until 1989; "In 1996, Y became ..."
    has no end."""
    _, cs = run(
        doc(
            "Harbour Watch",
            "The Harbour Watch (HW) was founded in 1950. From 1957 to 1989 it was headed by Ada Lind.",
            "From 1990 to 1995, Bo Wu was director of the Tide Office. In 1996, Cy Rask became "
            "director of the Tide Office.",
        )
    )
    a = one(cs, "Ada Lind", "leads", "Harbour Watch")
    b = one(cs, "Bo Wu", "leads", "Tide Office")
    c = one(cs, "Cy Rask", "leads", "Tide Office")
    assert (a.start, a.end, b.start, b.end, c.start, c.end) == (1957, 1989, 1990, 1995, 1996, None)


def test_the_agency_of_a_country_names_no_parent_further_on():
    """ "X is the principal security agency of Veldra and the main successor agency to the Y": Veldra
    is no parent, and the Y further on is none either; "is a department of the Z" still is."""
    _, cs = run(
        doc(
            "Harbour Security Service",
            "The Harbour Security Service (HSS) is the principal security agency "
            "of Veldra and the main successor agency to the Old Republic's Tide Service Committee.",
            "The Dock Bureau is a department of the Central Committee of the Harbour Party.",
        )
    )
    assert not find(cs, "Harbour Security Service", "subordinate_to")
    one(cs, "Dock Bureau", "subordinate_to", "Central Committee of the Harbour Party")
    _, cs2 = run(doc("Tide Office", "The Tide Office is the legal successor agency of the Harbour Board (HB)."))
    one(cs2, "Harbour Board", "absorbed_into", "Tide Office")


# ----------------------------------------------------------------------------- unseen pages (second blind set)


def test_a_second_verb_coordinated_after_the_object_keeps_its_own_object():
    """ "created by the X and propped up by the Y": Y is the second verb's, never the creator."""
    _, cs = run(
        doc(
            "Tide Council",
            "The Tide Council (TC) is an international body created in 1949 by the "
            "Harbourform and propped up by the Veldran Union.",
        )
    )
    none(cs, "Tide Council", "established_by", "Veldran Union")
    # with no words between the phrase and "and", the name after is both verbs' object
    _, cs = run(doc("Tide Council", "The Tide Council is subordinate to and funded by the Veldran Union."))
    one(cs, "Tide Council", "subordinate_to", "Veldran Union")
    one(cs, "Tide Council", "funded_by", "Veldran Union")


def test_a_one_word_name_the_page_gives_in_parentheses_names_that_body_elsewhere():
    _, cs = run(
        doc(
            "Tide Council",
            "The Tide Council (TC) is an international body created in 1949 by the "
            "Harbourform and propped up by the Veldran Union.",
            "In 1948 the Harbour Information Bureau (Harbourform) held a congress in Ulton.",
        )
    )
    assert one(cs, "Tide Council", "established_by", "Harbourform").start == 1949
    # a country in parentheses says whose body it is; it names no body
    from orgnet.extract.extractor import Extractor
    from orgnet.read.document import parse_text

    d = parse_text(
        doc(
            "Tide Council",
            "The Ministry of Tides (France) sits in Ulton.",
            "The Harbour Information Bureau (Harbourform) met there.",
        ),
        "t.txt",
    )
    assert Extractor(d, 1.0)._short_names() == {"Harbourform"}


def test_its_first_president_was_a_described_person():
    _, cs = run(
        doc(
            "Tide Council",
            "The Tide Council is an international body.",
            "Its first president was the Veldran physicist and activist Ada Lind.",
            "Its chairman was the head of the Harbour League.",
        )
    )
    assert one(cs, "Ada Lind", "leads", "Tide Council").title == "President"
    none(cs, "Harbour League", "leads", "Tide Council")


def test_a_demonym_before_a_lower_case_noun_ends_the_name():
    """ "vice chairman of the Harbour Party for South Veldran affairs": the party, not a body
    named "... for South Veldran"."""
    _, cs = run(
        doc(
            "Bo Wu",
            "Bo Wu served as the vice chairman of the Harbour Party for South Veldran affairs from 2016 to 2021.",
        )
    )
    c = one(cs, "Bo Wu", "leads", "Harbour Party")
    assert (c.start, c.end) == (2016, 2021)
    assert not [c for c in cs if "South Veldran" in c.object]
    # a connector after the capitals: the name goes on
    _, cs = run(doc("Cy Lo", "Cy Lo heads the Institute for Veldran Studies of the Republic of Ulton."))
    one(cs, "Cy Lo", "leads", "Institute for Veldran Studies of the Republic of Ulton")


def test_a_body_word_before_a_title_is_a_body_not_an_office():
    """A page titled "Directorate General of X" is about the directorate (its "its chief" is its
    head), not about an office "Directorate General" of a body "X"."""
    text = (
        "Directorate General of Tides (DGT)\n\nThe Directorate General of Tides (DGT) was established under "
        "the Ministry of Quiet Affairs in 1961. In 1969 the Council had to replace its chief, Ada Lind, with "
        "Bo Wu.\n"
    )
    _, cs = run(text)
    assert one(cs, "Directorate General of Tides", "subordinate_to", MQA).start == 1961
    assert not [c for c in cs if c.object == "Tides"], show(cs)
    from orgnet.extract.words import office_title

    assert office_title("Directorate General of Tides") is None
    assert office_title("Director General of Tides") == ("Director General", "Tides")


def test_its_influence_over_takes_no_earlier_name_as_the_subject():
    """ "propagandizing for the X led to the decline of its influence over Y": neither X nor the page's
    body is said to seek influence over Y."""
    _, cs = run(
        doc(
            "Tide Council",
            "The Tide Council (TC) is an international body.",
            "The organization's propagandizing for the Veldran Union led to the decline of its influence "
            "over the peace movement in other countries.",
            "The Tide Council exerted influence over the Ulton Youth League.",
        )
    )
    assert not [c for c in cs if c.relation == "targets" and "peace" in c.object], show(cs)
    one(cs, "Tide Council", "targets", "Ulton Youth League")


def test_a_clause_opened_by_a_noun_that_names_no_body_does_not_fall_back_to_the_page():
    """ "This gathering established the X": a congress, not the page's body, established X; "the
    council established the Y" (a body word) and "It established the Z" still are the page's."""
    _, cs = run(
        doc(
            "Tide Council",
            "The Tide Council (TC) is an international body.",
            "In 1948 a Congress of Writers was held in Ulton.",
            "This gathering established a permanent organisation called the Harbour Liaison Committee.",
            "In 1950 the council established the Ulton Youth League. It established the Harbour Club.",
        )
    )
    none(cs, "Harbour Liaison Committee", "established_by", "Tide Council")
    one(cs, "Ulton Youth League", "established_by", "Tide Council")
    one(cs, "Harbour Club", "established_by", "Tide Council")


def test_a_caption_title_of_a_body_then_the_person_after_a_comma():
    """A news caption "Veldra's newly appointed Director-General of X (XI), Lieutenant-General Y": Y
    leads X (the rank is no part of the name; a name ending in "Intelligence" names a body)."""
    _, cs = run(
        "Agency Gets New Leader\n\nThe prime minister appointed a new general on Friday.\n\n"
        "Veldra's newly appointed Director-General of Harbour Services Intelligence (HSI), "
        "Lieutenant-General Ada-ul-Lind\n\nThe appointment was expected.\n"
    )
    c = one(cs, "Ada-ul-Lind", "leads", "Harbour Services Intelligence")
    assert c.subject == "Ada-ul-Lind" and c.title == "Director-General"


def test_the_agency_on_a_page_without_a_subject_is_the_body_it_opened_with():
    _, cs = run(
        "Agency Gets New Leader\n\nVeldra's newly appointed Director-General of Harbour Services "
        "Intelligence (HSI), Lieutenant-General Ada Lind\n\n"
        "Lt. Gen. Bo Wu will take over as the director general of the agency, known as the Harbour "
        "Services Intelligence Directorate or HSI, on March 18, said a spokesman.\n"
    )
    assert one(cs, "Bo Wu", "leads", "Harbour Services Intelligence").title == "Director General"


def test_an_appositive_before_the_verb_is_skipped_for_the_person_before_it():
    """ "Cy A. Rask, an expert on Western Veldra and a propagandist, was appointed chief": Cy A. Rask,
    not a name inside the appositive."""
    _, cs = run(
        doc(
            "Ulton Department",
            "The Ulton Department is a party body.",
            "In late 1988, Cy A. Rask, an expert on Western Veldra and a professional propagandist, was "
            "appointed chief.",
        )
    )
    one(cs, "Cy A. Rask", "leads", "Ulton Department")
    assert not [c for c in cs if c.subject == "Western Veldra"], show(cs)


def test_a_body_name_before_a_person_noun_is_no_subject():
    """ "Bo Wu, a Veldran Army officer, who had later joined the Harbour Army": the army only says
    whose officer he was; a body that joins is still read."""
    _, cs = run(
        doc(
            "Tide Agency",
            "The Tide Agency is a service.",
            "Its first chief was Bo Wu, a Veldran Army officer, who had later joined the Harbour Army.",
            "The Ulton League later joined the Harbour Front.",
        )
    )
    none(cs, "Veldran Army", "part_of", "Harbour Army")
    one(cs, "Ulton League", "part_of", "Harbour Front")


def test_speaker_is_a_post():
    """ "Tide Assembly (the lower chamber) Speaker Bo Wu": Bo Wu leads the assembly as its Speaker;
    neither "Speaker Bo Wu" nor "Tide Assembly Speaker" is a name."""
    _, cs = run(
        doc(
            "Tide Service",
            "The Tide Service is a spy agency.",
            "The president has appointed Tide Assembly (the lower chamber) Speaker Bo Wu as head of the Tide Service.",
        )
    )
    assert one(cs, "Bo Wu", "leads", "Tide Assembly").title == "Speaker"
    one(cs, "Bo Wu", "leads", "Tide Service")
    assert not [x for x in cs if "Speaker" in x.subject or "Speaker" in x.object], show(cs)


def test_replaced_as_the_post_of_a_body_by():
    """ "Z ... was abruptly replaced as the director of the X by Y": both lead X as director."""
    _, cs = run(
        doc(
            "Tide news",
            "Reports indicate that Harbour Party Vice Chairman Bo Wu, who has overseen the talks "
            "since last year, was abruptly replaced as the director of the HP Tide Front "
            "Department by Cy Rask, a member of the Ulton Peace Committee.",
        )
    )
    assert one(cs, "Cy Rask", "leads", "HP Tide Front Department").title == "Director"
    assert one(cs, "Bo Wu", "leads", "HP Tide Front Department").title == "Director"


def test_a_word_in_capitals_in_parentheses_names_the_body_written_in_title_case():
    """ "Ministry for Harbour Watch (WATCHA)" and later "the Watcha was renamed ...": the Watcha is that
    body, and the subject of the renaming (not the name in the opening phrase before it)."""
    _, cs = run(
        "Harbour Watch\n\nMinistry for Harbour Watch (WATCHA)\n\nThe Watcha was founded in 1950. In 1989, "
        "just before the dissolution of East Veldra, the Watcha was renamed to the Office for Tide Security.\n"
    )
    assert one(cs, "Watcha", "alias", value="Office for Tide Security").start == 1989
    assert not [c for c in cs if c.subject == "East Veldra"], show(cs)


# ----------------------------------------------------------------------------- third blind set (invented snippets)


def test_an_irregular_demonym_before_an_acronym_only_says_whose_it_is():
    _, cs = run(
        doc(
            "Tidal Guard",
            "The Tidal Guard was nominally part of the Veldran state, but it was firmly "
            "under the control of the Soviet HPK until 1989.",
        )
    )
    c = one(cs, "Tidal Guard", "controlled_by", "HPK")
    assert c.end == 1989


def test_renamed_with_no_new_name_after_it_gives_no_alias():
    _, cs = run(
        doc(
            "Tidal Guard",
            "After the 1979 invasion, the Bureau of Sea Order was renamed and came under "
            "the control of the Harbour Police.",
        )
    )
    assert not [c for c in cs if c.relation in ("alias", "former_name") and c.value == "Harbour Police"], show(cs)
    one(cs, "Bureau of Sea Order", "controlled_by", "Harbour Police")


def test_served_as_a_member_of_is_a_seat_not_the_lead():
    _, cs = run(
        doc(
            "Ada Linmark",
            "Ada Linmark (born 1945) is a Veldran politician.",
            "Linmark served as a member of the 3rd Assembly of Tides of Veldra.",
        )
    )
    one(cs, "Ada Linmark", "part_of", "3rd Assembly of Tides of Veldra")
    none(cs, "Ada Linmark", "leads", "3rd Assembly of Tides of Veldra")


def test_a_person_page_gives_its_subject_no_seat_from_a_school_in_a_city():
    _, cs = run(
        doc(
            "Ada Linmark",
            "Ada Linmark (born 1945) is a Veldran politician.",
            "She is a graduate of a religious school in Port Ulton. She is a graduate of Harbour school in Tidesby.",
        )
    )
    assert not rels(cs, "headquartered_in"), show(cs)


def test_aligned_with_is_an_affiliation():
    _, cs = run(
        doc(
            "Tidal Front",
            "The Tidal Front is an umbrella group of mass movements in Veldra aligned with the Veldran Workers' Party.",
        )
    )
    one(cs, "Tidal Front", "affiliated_with", VWP)


def test_has_been_picked_as_head_of_after_an_appositive():
    _, cs = run(
        "Harbour Office has new head\n\nPORT ULTON – Lieutenant General Ada Linmark, deputy minister of Tides, "
        "has been picked as head of the Harbour Committee Office.\n"
    )
    one(cs, "Ada Linmark", "leads", "Harbour Committee Office")


def test_a_body_has_n_deputies_listed_after_a_colon():
    _, cs = run(
        doc(
            "Harbour Office has new head",
            "The Ministry of Tides currently has five deputy ministers: Bo Tallow "
            "(who is in charge of the ministry), Cy Rask, Di Morn, Ed Lind, and Fa Wen.",
        )
    )
    for p in ("Bo Tallow", "Cy Rask", "Di Morn", "Ed Lind", "Fa Wen"):
        c = one(cs, p, "leads", "Ministry of Tides")
    assert c.title == "Deputy Minister"


def test_notable_abbreviated_heads_with_retired_ranks():
    _, cs = run(
        doc(
            "Tidal Bureau",
            "The Tidal Bureau (TB) is the domestic intelligence agency of Veldra.",
            "Other notable DGs include Maj (Retd) Cy Rask Morn, Colonel (Retd.) Di Wenlock, and "
            "Col. (Retd.) Ed Lindqvist.",
        )
    )
    for p in ("Cy Rask Morn", "Di Wenlock", "Ed Lindqvist"):
        c = one(cs, p, "leads", "Tidal Bureau")
        assert c.title == "Director-General"
    assert not [c for c in cs if "Retd" in c.subject or "Retd" in c.object], show(cs)


def test_romance_names_with_do_and_e_and_their_organisation_words():
    _, cs = run(
        doc(
            "Serviço Veldrano de Marés",
            "Known as the System, the SVM was the secret police of Veldra.",
            "It was established on 13 June 1964 by the Escola Superior de Marés (ESM, Higher Tide College) "
            "and designed by General Ada do Couto e Lima, who became its first chief.",
            "Its main office was in the capital, Port Ulton, but it had eight regional offices as well.",
            "Some of the agencies were created by the military: the Centro de Marés do Exército (CME, "
            "Army Tide Center) and the Centro de Marés da Marinha (CMM, Naval Tide Center).",
        )
    )
    c = one(cs, "Serviço Veldrano de Marés", "established_by", "Escola Superior de Marés")
    assert c.start == 1964
    one(cs, "Ada do Couto e Lima", "leads", "Serviço Veldrano de Marés")
    one(cs, "Serviço Veldrano de Marés", "headquartered_in", "Port Ulton")
    one(cs, "Centro de Marés do Exército", "alias", value="CME")
    assert not rels(cs, "established_by")[1:], show(cs)  # "created by the military: the X": X was not its creator
    from orgnet.names import is_org_name, looks_like_person

    assert is_org_name("Serviço Veldrano de Marés") and not looks_like_person("Serviço Veldrano de Marés")


def test_took_over_for_as_head_and_a_report_published_by():
    _, cs = run(
        "Harbour spy chief replaced\n\nThe Veldran news outlet reported Wednesday that Ada Linmark took over "
        "for Bo Tallow as the head of the Veldran Tidal Bureau, citing an annual report published by the "
        "Harbour Ministry.\n"
    )
    one(cs, "Ada Linmark", "leads", "Veldran Tidal Bureau")
    assert not rels(cs, "publishes"), show(cs)  # the ministry published the report, not the bureau


def test_appointing_a_head_and_her_deputies_leaders_of_a_body():
    d, cs = run(
        "CHAPTER 9\n\nLeaders of TIDEGUARD\n\nWhile appointing Ada Morn and her deputies Bo Wenlock, Cy Rasko, "
        "and Di Lindqvist leaders of TIDEGUARD, the Premier, obviously, had serious reasons.\n"
    )
    for p in ("Ada Morn", "Bo Wenlock", "Cy Rasko", "Di Lindqvist"):
        one(cs, p, "leads", "TIDEGUARD")
    assert "CHAPTER" not in (d.title or "")  # a book's chapter number is no title


def test_alternatively_in_a_parenthesis_gives_another_name():
    _, cs = run(
        doc(
            "Tidal Front",
            "The Tidal Front (TF, alternatively Tidal Harbour Front; Veldran: Tidefront) is an umbrella group.",
            "Alternatively, the Tidal Front may be seen as a club.",
        )
    )
    one(cs, "Tidal Front", "alias", value="Tidal Harbour Front")
    assert not [c for c in cs if c.relation == "alias" and c.value in ("Alternatively", "Tidal Front")], show(cs)


def test_a_state_is_no_body_its_head_leads():
    _, cs = run(doc("Soviet Union", "The Soviet Union was founded in 1922.", "In 1953 Ada Linmark became its head."))
    assert not rels(cs, "leads"), show(cs)


def test_an_acronyms_body_of_a_republic_is_a_body():
    _, cs = run(
        doc(
            "Harbour Police",
            "The Harbour Police is a police body.",
            "In 1923 the TDK of the Ruritanian SFSR was merged into the Harbour Police.",
            "Ada Linmark headed the People's Commissariat for Tides of the Ruritanian SSR from 1923 to 1926.",
        )
    )
    one(cs, "TDK of the Ruritanian SFSR", "absorbed_into", "Harbour Police")
    c = one(cs, "Ada Linmark", "leads", "People's Commissariat for Tides of the Ruritanian SSR")
    assert (c.start, c.end) == (1923, 1926)


def test_a_rank_before_a_name_is_no_post_and_a_post_in_an_owners_unit_is_not_the_owners():
    _, cs = run(
        "Harbour Leader Appoints New Tide Chief\n\nBrigadier General Ada Linmark, new head of the tide watch\n\n"
        "Harbour Press, the news agency of Veldra's Armed Forces, reported Monday that Brigadier General Ada "
        "Linmark, head of the Harbour Ministry’s Tide Security, has been appointed by the Premier.\n"
    )
    assert not rels(cs, "leads"), show(cs)  # not "Brigadier" of Harbour Press, not the head of the Harbour Ministry


def test_he_later_in_a_sentence_is_the_person_it_named_before_not_a_glossed_name():
    _, cs = run(
        doc(
            "Tidal Center (Veldra)",
            "The Tidal Center (Veldran: Central de Mareas, TC) was the political police.",
            "Its first director was the general Ada Linmark, an ex-militant of the TDA, and she was replaced by "
            "Bo Tallow in 1977, who was in command until 1980, the year in which he was replaced by General "
            "Cy Rasko.",
        )
    )
    assert one(cs, "Ada Linmark", "leads", "Tidal Center").end == 1977
    assert one(cs, "Bo Tallow", "leads", "Tidal Center").start == 1977
    one(cs, "Cy Rasko", "leads", "Tidal Center")
    none(cs, "Central de Mareas", "leads", "Tidal Center")


def test_a_state_at_the_end_of_a_name_is_no_subject():
    _, cs = run(
        doc(
            "TCS",
            "TCS (an acronym), or the Society of Cultural Relations with the Soviet Union, was an entity "
            "created by the government of Ruritania in 1925.",
        )
    )
    none(cs, "Soviet Union", "established_by", "Government of Ruritania")


def test_kind_words_of_assemblies_and_foreign_language_services():
    from orgnet.resolve.kinds import guess_kind

    assert guess_kind("3rd Assembly of Tides of the Islamic Republic of Veldra") == "state_body"  # not a place
    assert guess_kind("Servicio de Inteligencia Veldrano") == "security_service"
    assert guess_kind("Tidal Intelligence Bureau") == "security_service"


def test_no_title_and_a_lead_with_commonly_known_as_before_the_verb():
    _, cs = run(
        "The Ministry of Tides commonly known as TiMin (Veldran: Timinu; Old: Tmn) or the Ministry of Sea "
        "Order is the interior ministry of Veldra. The current minister is Ada Linmark.\n"
    )
    one(cs, "Ada Linmark", "leads", "Ministry of Tides")


def test_a_name_wrapped_over_lines_and_she_for_its_surname_not_the_person_before():
    d, cs = run(
        "Tidal Police\n\nThe Tidal Directorate (TD) was the secret police of Veldra. The TD's chief, Colonel Ada\n"
        "Linmark\nMorn, a militant, became head of the Harbour Office (HO). Activists called on President Bo "
        "Tallow to remove Morn from her position and to investigate violations attributed to her while she "
        "headed the TD.\n"
    )
    one(cs, "Ada Linmark Morn", "leads", "Harbour Office")
    assert not [c for c in cs if c.relation == "leads" and c.subject == "Bo Tallow"], show(cs)
    assert [c for c in cs if c.relation == "leads" and c.subject == "Ada Linmark Morn" and "she headed" in c.evidence]


def test_or_alternatively_between_two_other_names_makes_no_separate_body():
    _, cs = run(
        doc(
            "Tidal Ministry",
            "The Tidal Ministry is the secret police of Veldra. It is also known as TIMA "
            "(Tidal Ministry of Affairs) or TAJA or alternatively TMOS.",
        )
    )
    assert not [c for c in cs if c.relation == "alias" and c.subject == "TAJA"], show(cs)


def test_a_type_between_the_verb_and_led_by_a_body():
    _, cs = run(
        doc(
            "Harbour Unity Front",
            "The Harbour Unity Front is a coalition of mass groups led by the Veldran Workers' Party.",
            "The Dock League is a youth wing led by Ada Lind.",
        )
    )
    one(cs, "Harbour Unity Front", "controlled_by", VWP)
    one(cs, "Ada Lind", "leads", "Dock League")
    assert not [c for c in cs if c.relation == "controlled_by" and c.subject == "Dock League"], show(cs)


@pytest.mark.parametrize(
    "sentence, relation",
    [
        ("Its parent body is the Ministry of Quiet Affairs.", "subordinate_to"),
        ("The bureau's parent agency is the Ministry of Quiet Affairs.", "subordinate_to"),
        ("The parent organisation of the Harbour Bureau is the Ministry of Quiet Affairs.", "subordinate_to"),
        ("It is directed by the Ministry of Quiet Affairs.", "controlled_by"),
        ("It acts as a cover for the Ministry of Quiet Affairs.", "front_for"),
        ("It receives most of its funding from the Ministry of Quiet Affairs.", "funded_by"),
        ("Its budget comes mainly from the Ministry of Quiet Affairs.", "funded_by"),
    ],
)
def test_parent_direction_cover_and_funding_wordings(sentence, relation):
    _, cs = run(doc("Harbour Bureau", "The Harbour Bureau is an agency of Veldra.", sentence))
    one(cs, "Harbour Bureau", relation, MQA)


def test_directed_by_a_person_is_leadership_not_control():
    _, cs = run(doc("Harbour Bureau", "The Harbour Bureau is an agency of Veldra. It is directed by Ada Lind."))
    one(cs, "Ada Lind", "leads", "Harbour Bureau")
    assert not rels(cs, "controlled_by"), show(cs)


@pytest.mark.parametrize(
    "sentences, subjects",
    [
        (["The Harbour Bureau is the external inquiry wing of the Ministry of Quiet Affairs."], ["Harbour Bureau"]),
        (["The Harbour Bureau, an arm of the Ministry of Quiet Affairs, was founded in 1950."], ["Harbour Bureau"]),
        (
            ["The Harbour Bureau is the main agency of Veldra and a branch of the Ministry of Quiet Affairs."],
            ["Harbour Bureau"],
        ),
        (
            ["Both the Dock League and the Quay Society are formal chapters of the Ministry of Quiet Affairs."],
            ["Dock League", "Quay Society"],
        ),
    ],
)
def test_a_branch_arm_wing_or_chapter_of_a_body_is_part_of_it(sentences, subjects):
    _, cs = run(doc("Harbour Bureau", *sentences))
    for subject in subjects:
        one(cs, subject, "part_of", MQA)
        none(cs, subject, "subordinate_to", MQA)


def test_a_person_heads_the_body_the_page_is_about_when_named_by_its_noun():
    page = "The Harbour Bureau (HB) is an intelligence agency of Veldra."
    for sentence in ("Ada Lind has headed the agency since 2015.", "Ada Lind, who heads the bureau, spoke."):
        _, cs = run(doc("Harbour Bureau", page, sentence))
        one(cs, "Ada Lind", "leads", "Harbour Bureau")
    # a noun the page never gives its subject stands for some other body: no one leads the bureau
    for sentence in ("Ada Lind led the party to victory in 1990.", "Ada Lind headed the department until 1990."):
        _, cs = run(doc("Harbour Bureau", page, sentence))
        assert not rels(cs, "leads"), show(cs)


def test_a_country_s_described_body_is_the_page_s_body_only_for_its_country():
    page = "The Harbour Bureau (HB) is the foreign intelligence agency of Norway."
    _, cs = run(doc("Harbour Bureau", page, "Ada Lind has been named head of Norway's external spy agency."))
    one(cs, "Ada Lind", "leads", "Harbour Bureau")
    _, cs = run(doc("Harbour Bureau", page, "Ada Lind heads Sweden's spy agency."))
    assert not rels(cs, "leads"), show(cs)


HB_PAGE = "The Harbour Bureau (HB) is an intelligence agency of Veldra."


@pytest.mark.parametrize(
    "sentence, holder, body, title",
    [
        ("Former Harbour Bureau director Ada Lind told reporters.", "Ada Lind", "Harbour Bureau", "Director"),
        ("Outgoing HB chief Ada Lind said so.", "Ada Lind", "Harbour Bureau", "Chief"),
        ("Ada Lind served as the bureau's first director from 1950 to 1961.", "Ada Lind", "Harbour Bureau", "Director"),
        ("Ada Lind took over as director in 2015.", "Ada Lind", "Harbour Bureau", "Director"),
    ],
)
def test_leadership_wordings_of_news_and_profiles(sentence, holder, body, title):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    c = one(cs, holder, "leads", body)
    assert c.title == title, show(cs)
    assert not [n for n in cs if n.object.startswith(("Former", "Outgoing"))], show(cs)


def test_took_over_as_head_of_a_name_the_page_cannot_place_is_no_claim_on_the_subject():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Ada Lind took over as head of the Coastal Watch in 2015."))
    none(cs, "Ada Lind", "leads", "Harbour Bureau")


def test_each_holder_of_a_list_keeps_the_term_written_after_the_name():
    for sentence in (
        "The bureau was headed by Ada Lind (1950–1961) and then by Bo Wu (1961–1970).",
        "The bureau was headed by Ada Lind from 1950 to 1961 and then by Bo Wu from 1961 to 1970.",
    ):
        _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
        assert (one(cs, "Ada Lind", "leads", "Harbour Bureau").start, find(cs, "Ada Lind", "leads")[0].end) == (
            1950,
            1961,
        ), show(cs)
        c = one(cs, "Bo Wu", "leads", "Harbour Bureau")
        assert (c.start, c.end) == (1961, 1970), show(cs)
    # life dates are no term: before the verb, or a span no term lasts
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Ada Lind (1950–2001) was the director of the Harbour Bureau."))
    assert one(cs, "Ada Lind", "leads", "Harbour Bureau").start is None, show(cs)
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "The first director of the bureau was Ada Lind (1890–1962)."))
    assert one(cs, "Ada Lind", "leads", "Harbour Bureau").start is None, show(cs)


def test_a_term_completed_ends_in_its_year_and_the_successor_begins_then():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "In 1961, Ada Lind completed her term as HB Director, and was replaced by Bo Wu.",
        )
    )
    c = one(cs, "Ada Lind", "leads", "Harbour Bureau")
    assert (c.start, c.end, c.title) == (None, 1961, "Director"), show(cs)
    c = one(cs, "Bo Wu", "leads", "Harbour Bureau")
    assert (c.start, c.end) == (1961, None), show(cs)
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "In 1961 Ada Lind was replaced as director by Bo Wu."))
    assert one(cs, "Bo Wu", "leads", "Harbour Bureau").start == 1961, show(cs)
    assert one(cs, "Ada Lind", "leads", "Harbour Bureau").end == 1961, show(cs)


def test_people_a_body_s_officers_include_are_part_of_it_not_subordinate():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Other officers in the HB include Mara Olsen, Piet Varga and Jan Ruda."))
    for person in ("Mara Olsen", "Piet Varga", "Jan Ruda"):
        one(cs, person, "part_of", "Harbour Bureau")
    assert not rels(cs, "subordinate_to"), show(cs)


@pytest.mark.parametrize(
    "sentence, subject, relation",
    [
        ("Yet the Dock Club served as a cover body for HB officers.", "Dock Club", "front_for"),
        ("The Dock Society ran an intelligence-gathering mission in support of the HB.", "Dock Society", "serves"),
    ],
)
def test_a_cover_body_for_a_service_s_officers_and_work_in_support_of_it(sentence, subject, relation):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    one(cs, subject, relation, "Harbour Bureau")


def test_support_that_is_no_work_for_a_body_serves_nothing():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Thousands rallied in support of the Harbour Bureau."))
    assert not rels(cs, "serves"), show(cs)


def test_a_body_a_clause_names_before_headed_by_is_not_the_page_s_subject():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "Its mission is to guard the revolution, the creed of the government headed by President Jan Ruda.",
        )
    )
    none(cs, "Jan Ruda", "leads", "Harbour Bureau")


def test_a_state_s_code_before_a_post_is_no_body_but_a_defined_abbreviation_is():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "US Vice President Karl Ott said the bureau had grown."))
    assert not rels(cs, "leads"), show(cs)
    _, cs = run(doc("Harbour Bureau", "The Special Army (SA) is a militia of Veldra.", "SA leader Karl Ott said so."))
    one(cs, "Karl Ott", "leads", "Special Army")


def test_also_between_the_verb_and_the_post_and_a_guild_is_a_body():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Anna Keller is also Chair of the Dock Guild."))
    c = one(cs, "Anna Keller", "leads", "Dock Guild")
    assert c.title == "Chair", show(cs)


def test_a_name_it_had_until_a_year_is_a_former_name():
    _, cs = run(
        doc("Harbour Watch", "The Harbour Watch, until 1990 called the Coastal Watch Office, is a police agency.")
    )
    assert [c for c in cs if c.relation == "former_name" and c.value == "Coastal Watch Office"], show(cs)
    _, cs = run(
        doc(
            "Harbour Watch",
            "The Harbour Watch (Veldran: Havnevakt, HW), commonly known as V2 and, until 1990, named "
            "Kystvakt Direktorat (KD), is the main police agency of Veldra.",
        )
    )
    former = [c for c in cs if c.relation == "former_name" and c.value == "Kystvakt Direktorat"]
    assert former and former[0].subject in ("Harbour Watch", "V2"), show(cs)


@pytest.mark.parametrize("open_, close", [("(", ")"), ("[", "]")])
def test_a_short_name_then_also_known_as_in_an_aside_after_the_subject(open_, close):
    _, cs = run(
        doc(
            "Harbour Security Service",
            f"The Harbour Security Service {open_}Harat, also known as the Department of Quiet Affairs{close} "
            "is the intelligence agency of Veldra.",
        )
    )
    aliases = {c.value for c in cs if c.relation == "alias" and c.subject == "Harbour Security Service"}
    assert {"Harat", "Department of Quiet Affairs"} <= aliases, show(cs)
    assert [c for c in cs if c.relation == "type" and c.subject == "Harbour Security Service"], show(cs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind was one of the founders of the Institute for Civic Studies.",
        "Ada Lind, the founder of the Institute for Civic Studies, spoke.",
    ],
)
def test_a_founder_set_the_body_up_and_leads_it_only_when_a_post_says_so(sentence):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    one(cs, "Institute for Civic Studies", "established_by", "Ada Lind")
    assert not rels(cs, "leads"), show(cs)
    _, cs = run(
        doc("Harbour Bureau", HB_PAGE, "Ada Lind is the founder and president of the Institute for Civic Studies.")
    )
    one(cs, "Institute for Civic Studies", "established_by", "Ada Lind")
    assert one(cs, "Ada Lind", "leads", "Institute for Civic Studies").title == "President", show(cs)


def test_a_district_s_number_is_no_place_the_city_after_it_is():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Its head office is in the 20th district of Ulton."))
    one(cs, "Harbour Bureau", "headquartered_in", "Ulton")
    assert not [c for c in cs if c.object == "20th"], show(cs)


@pytest.mark.parametrize(
    "sentence, subject, relation, obj",
    [
        (
            "The board of the “Lumen Vox” foundation is chaired by Vera Pohl.",
            "Vera Pohl",
            "leads",
            "Lumen Vox Foundation",
        ),
        (
            "The “Lumen Vox” foundation was set up by the Ministry of Quiet Affairs.",
            "Lumen Vox Foundation",
            "established_by",
            MQA,
        ),
        (
            'The founders of the "Lumen Vox" foundation are the Ministry of Quiet Affairs and the Dock Office.',
            "Lumen Vox Foundation",
            "established_by",
            MQA,
        ),
    ],
)
def test_a_quoted_name_before_a_body_noun_is_the_body(sentence, subject, relation, obj):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    one(cs, subject, relation, obj)
    assert not [
        c for c in cs if c.relation in ("leads", "established_by") and "Harbour Bureau" in (c.subject, c.object)
    ], show(cs)


def test_names_of_an_opening_phrase_are_not_listed_with_the_clause_s_subject():
    for sentence in (
        "Like the Dock Office and the Quay Board, the Tide Service reports to the Ministry of Quiet Affairs.",
        "The Veldran equivalent to the Dock Office and the Quay Board, the Tide Service operates under the direction "
        "of the Ministry of Quiet Affairs.",
    ):
        _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
        ties = [c for c in cs if c.object == MQA]
        assert [c.subject for c in ties] == ["Tide Service"], show(cs)
    _, cs = run(
        doc("Harbour Bureau", HB_PAGE, "The Dock Office, the Quay Board and the Tide Service report to the HB.")
    )
    assert {c.subject for c in rels(cs, "subordinate_to")} == {"Dock Office", "Quay Board", "Tide Service"}, show(cs)


def test_structure_bullets_with_a_gloss_after_two_spaces_and_their_successors():
    _, cs = run(
        "Harbour Committee\n\nThe Harbour Committee (HC) was the secret police of Veldra.\n\nStructure\n\n"
        "  • 1st Main Bureau  external intelligence. Succeeded by the Veldran Foreign Service in 1991.\n"
        "  • 2nd Bureau  border surveillance\n"
    )
    one(cs, "1st Main Bureau", "part_of", "Harbour Committee")
    one(cs, "2nd Bureau", "part_of", "Harbour Committee")
    assert one(cs, "1st Main Bureau", "absorbed_into", "Veldran Foreign Service").start == 1991
    none(cs, "Harbour Committee", "absorbed_into", "Veldran Foreign Service")


@pytest.mark.parametrize(
    "sentence, subject, relation, obj",
    [
        (
            "The Dock League is another arm of the Veldran Workers Party.",
            "Dock League",
            "part_of",
            "Veldran Workers Party",
        ),
        (
            "The Dock Office (DO) is the Veldran Workers Party organ tasked with shaping opinion abroad.",
            "Dock Office",
            "part_of",
            "Veldran Workers Party",
        ),
        (
            "Instead, it uses front organizations like the Dock League to advance its aims.",
            "Dock League",
            "front_for",
            "Harbour Bureau",
        ),
        ("It publishes a quarterly journal HARBOUR in English.", "Harbour Bureau", "publishes", "HARBOUR"),
        (
            "It was founded in 1961 with the assistance of the Ministry of Quiet Affairs.",
            "Harbour Bureau",
            "established_by",
            MQA,
        ),
    ],
)
def test_organs_arms_fronts_journals_and_founding_help(sentence, subject, relation, obj):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    one(cs, subject, relation, obj)


def test_it_was_founded_with_the_help_of_a_body_dates_it_not_the_helper():
    _, cs = run(
        doc("Harbour Bureau", HB_PAGE, "It was founded in 1961 with the assistance of the Ministry of Quiet Affairs.")
    )
    founded = [(c.subject, c.value) for c in rels(cs, "founded")]
    assert founded == [("Harbour Bureau", "1961")], show(cs)


def test_a_body_controlled_or_owned_by_the_name_before_its_hyphen():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "The HB-owned Tide Broadcasting Company is based in Ulton."))
    one(cs, "Tide Broadcasting Company", "controlled_by", "Harbour Bureau")
    one(cs, "Tide Broadcasting Company", "headquartered_in", "Ulton")
    assert not [c for c in cs if c.subject.startswith("HB-owned")], show(cs)


def test_an_event_s_name_is_no_person():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "Ada Lind served in the HB from the end of the Long Marsh War, becoming head of the Fleet Section.",
        )
    )
    assert not [c for c in cs if "Long Marsh War" in (c.subject, c.object)], show(cs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind is a member of the board of the Dock Heritage Association.",
        "Ada Lind stayed an honorary director of the 2nd board of the Dock Heritage Association, a civic group.",
    ],
)
def test_a_seat_on_a_body_s_board_is_membership_not_its_lead(sentence):
    _, cs = run(doc("Harbour Bureau", HB_PAGE, sentence))
    one(cs, "Ada Lind", "part_of", "Dock Heritage Association")
    assert not rels(cs, "leads"), show(cs)


def test_a_sentence_opening_between_two_years_dates_its_claim_with_both():
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "Between 1971 and 1974 Bo Wu was put in charge of the Dock Office."))
    c = one(cs, "Bo Wu", "leads", "Dock Office")
    assert (c.start, c.end) == (1971, 1974), show(cs)


def test_observer_or_consultative_status_with_a_body_is_an_affiliation():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "It is in observer status with the Dock Council and in associative status with the Tide League.",
        )
    )
    one(cs, "Harbour Bureau", "affiliated_with", "Dock Council")
    one(cs, "Harbour Bureau", "affiliated_with", "Tide League")


def test_the_agency_that_manages_a_body_is_its_parent_and_exists_to_serve():
    _, cs = run(
        doc("Harbour Bureau", HB_PAGE, "The Ministry of Order is the agency that manages the Dock Guard, the police.")
    )
    one(cs, "Dock Guard", "subordinate_to", "Ministry of Order")
    assert not [c for c in cs if c.object == "Harbour Bureau"], show(cs)
    _, cs = run(doc("Harbour Bureau", HB_PAGE, "The Dock Office, which exists to serve the Tide Council, is in Ulton."))
    one(cs, "Dock Office", "serves", "Tide Council")


def test_a_body_named_after_an_hb_controlled_noun_and_a_dash():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "The ministry designated an HB-controlled organization - the Dock League (DL) - as a foreign mission.",
        )
    )
    one(cs, "Dock League", "controlled_by", "Harbour Bureau")


def test_taking_over_a_former_body_s_duties_makes_it_the_predecessor():
    _, cs = run(
        doc(
            "Harbour Bureau",
            HB_PAGE,
            "It was set up in 1993, after the collapse of the Old Federation, and took over the duties of the "
            "former Coastal Inquiry Office.",
        )
    )
    one(cs, "Coastal Inquiry Office", "absorbed_into", "Harbour Bureau")
    assert [(c.subject, c.value) for c in rels(cs, "founded")] == [("Harbour Bureau", "1993")], show(cs)
