"""Lead sentences, news tags and infobox keys seen on pages the parser had not met.

Each test runs the extractor on a short invented document (fictional bodies, people and places)
and checks one general rule: a pronunciation or transliteration in a wiki's lead, "abbreviated X",
the minister responsible for an agency, a jurisdiction that names a scope, a speaker tag after an
appointment, "appointed as successor to", and "As part of a re-organization of".
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

MSS = "Main Security Service"


# ----------------------------------------------------------------------------- wiki leads


def test_a_pronunciation_and_a_transliteration_in_the_lead_are_no_names():
    _, cs = run(
        f"{MSS}\n\n{MSS} (Valdorian: Главная служба, tr. Glavnaya sluzhba; IPA: [ˈglavnəjə]), "
        "abbreviated GSV (Valdorian: ГСВ; IPA: [geˈsv]), was the foreign intelligence agency of Valdoria.\n"
    )
    assert not [c for c in cs if "IPA" in (c.subject, c.object)], show(cs)
    one(cs, MSS, "alias", value="GSV")
    one(cs, MSS, "alias", value="Главная служба")
    one(cs, MSS, "alias", value="Glavnaya sluzhba")


def test_abbreviated_after_a_comma_gives_the_abbreviation():
    _, cs = run(f"{MSS}\n\nThe {MSS}, abbreviated GSV, was the foreign intelligence agency of Valdoria.\n")
    one(cs, MSS, "alias", value="GSV")


# ----------------------------------------------------------------------------- infobox keys

AGENCY = "Central Records Organisation"


def test_the_minister_responsible_for_an_agency_oversees_it_and_its_executive_leads_it():
    _, cs = run(
        f"{AGENCY}\n\nAgency overview\nFormed\n1963\nMinisters responsible\n  • Ivo Marek\n"
        "Agency executive\n  • Anna Keller, Director-General\n\n"
        f"The {AGENCY} is the national intelligence agency of Ruritania.\n"
    )
    c = one(cs, AGENCY, "overseen_by", "Ivo Marek")
    assert c.title == "Minister"
    none(cs, "Ivo Marek", "leads", AGENCY)
    one(cs, "Anna Keller", "leads", AGENCY)


def test_the_minister_responsible_on_a_ministry_s_own_page_heads_it():
    _, cs = run(
        "Ministry of Public Order\n\nAgency overview\nFormed\n1963\nMinister responsible\n  • Ivo Marek\n\n"
        "The Ministry of Public Order is the police ministry of Ruritania.\n"
    )
    one(cs, "Ivo Marek", "leads", "Ministry of Public Order")
    none(cs, "Ministry of Public Order", "overseen_by", "Ivo Marek")


def test_a_jurisdiction_that_lists_common_nouns_is_a_scope_not_a_parent():
    _, cs = run(
        "= Organisation Steering Department =\n\nInfobox\n- Formed: 1946\n- Jurisdiction: Party, state and army\n"
        "- Headquarters: Valdora\n\nThe Organisation Steering Department (OSD) is a department of the "
        "Valdoran Unity Party.\n"
    )
    assert not [c for c in cs if c.relation == "subordinate_to" and "state and army" in c.object], show(cs)
    one(cs, "Organisation Steering Department", "headquartered_in", "Valdora")


# ----------------------------------------------------------------------------- news sentences

BRX = "Bureau of Records"


def test_a_speaker_tag_after_an_appointment_is_not_the_post_s_holder():
    _, cs = run(
        "New head for records bureau\n\nRolf Dane has been appointed as successor to Dame Ines Holm as the head "
        f"of the {BRX} (BRX), Interior Secretary Carla Voss announced today.\n"
    )
    none(cs, "Carla Voss", "leads", BRX)
    one(cs, "Rolf Dane", "leads", BRX)
    one(cs, "Ines Holm", "leads", BRX)


def test_an_appositive_holder_with_a_rank_or_the_same_title_still_holds_the_post():
    _, cs = run(
        "Army chief named\n\nThe head of the Valdoran Army, General Ada Morn, said the bureau would close. "
        "The director of the Bureau of Tides, Director Ivo Lane, said so too.\n"
    )
    one(cs, "Ada Morn", "leads", "Valdoran Army")
    one(cs, "Ivo Lane", "leads", "Bureau of Tides")


def test_as_part_of_a_reorganization_of_a_body_is_no_membership():
    _, cs = run(
        f"{BRX}\n\nThe {BRX} is a Ruritanian agency. As part of a major re-organization of the Royal Guard in "
        f"1952, Anna Keller became its head. As part of the Tide League, the {BRX} votes there.\n"
    )
    none(cs, BRX, "part_of", "Royal Guard")
    one(cs, BRX, "part_of", "Tide League")
