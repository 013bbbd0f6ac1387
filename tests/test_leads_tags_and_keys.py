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


# ----------------------------------------------------------------------------- lists and keys of mirrors


def test_an_edit_link_glued_before_a_list_s_first_row_is_no_part_of_it():
    _, cs = run(
        "Bureau of Tides\n\nThe Bureau of Tides is an agency of Valdora.\n\nHeads\n"
        "[edit | edit source]- Tomas Varga (1950–1954)\n- Lea Brun (1954–1960)\n"
    )
    c = one(cs, "Tomas Varga", "leads", "Bureau of Tides")
    assert (c.start, c.end) == (1950, 1954)


def test_a_note_glued_to_a_holder_names_the_body_he_headed_and_honorifics_are_no_name():
    _, cs = run(
        "State Security Service\n\nThe State Security Service (SSS) is the domestic intelligence agency of "
        "Valdora. It succeeded the Office of State Bureau (OSB).\n\nDirectors General\n\n"
        "1. Colonel Anna Keller(DG OSB)1961–1964 (March)\n2. Alhaji Boris Rein(DG OSB)1964 (March) – 1969 (May)\n"
        "3. Ivo Marek1969 (June) – 1975 (April)\n4. Ambassador Lena Ostra1975 (May) – 1980\n"
    )
    for name, start in (("Anna Keller", 1961), ("Boris Rein", 1964)):
        assert one(cs, name, "leads", "Office of State Bureau").start == start
        none(cs, name, "leads", "State Security Service")
    one(cs, "Ivo Marek", "leads", "State Security Service")
    one(cs, "Lena Ostra", "leads", "State Security Service")
    assert not [c for c in cs if c.subject.startswith(("Alhaji", "Ambassador"))], show(cs)


def test_a_post_glued_to_a_name_under_a_deputy_key_is_a_key_of_its_own():
    _, cs = run(
        "Front Department\n\nAgency overview\nFormed\n1960\nDeputyLena Ostra\nSupreme LeaderAnna Keller\n"
        "ChairmanBoris Rein\n\nThe Front Department is a department of the Valdoran Workers Party.\n"
    )
    one(cs, "Lena Ostra", "leads", "Front Department")
    one(cs, "Boris Rein", "leads", "Front Department")
    assert not [c for c in cs if "LeaderAnna" in c.subject], show(cs)


# ----------------------------------------------------------------------------- news and prose

NSB = "National Security Bureau"


def test_an_appointment_as_the_substantive_head_for_a_body():
    _, cs = run(
        "President names NSB head\n\nThe Bureau of Inquiry (BOI) is an agency. President Tomas Brenn on Friday "
        f"approved the appointment of Karel Mbeki as the substantive Director-General for the {NSB} (NSB).\n"
    )
    assert one(cs, "Karel Mbeki", "leads", NSB).title == "Director-General"
    none(cs, "Karel Mbeki", "leads", "Bureau of Inquiry")  # (no post of the page's body: "Director" of "-General")


def test_nominated_to_be_the_next_abbreviated_body_s_chief():
    _, cs = run(
        "News\n\nPresident Lina Roe has nominated Aldo Fenn to be the next National Watch Service (NWS) chief.\n"
    )
    one(cs, "Aldo Fenn", "leads", "National Watch Service")


def test_the_first_head_described_by_a_post_set_off_by_a_comma():
    _, cs = run(
        "Rural Bureau of Inquiry\n\nThe Rural Bureau of Inquiry (RBI) is an agency. The first head of the RBI "
        "was police Deputy Commissioner, Anna Keller, who served until 1960. The first director of the Tide "
        "Office was Ivo Marek, Bo Wu's deputy.\n"
    )
    one(cs, "Anna Keller", "leads", "Rural Bureau of Inquiry")
    none(cs, "Bo Wu", "leads", "Tide Office")


def test_founding_on_instructions_or_by_decree_names_the_founder():
    _, cs = run(
        "Rural Bureau of Inquiry\n\nThe Rural Bureau of Inquiry (RBI) is an agency. The RBI was formed in "
        "Valdora on the instructions of Prime Minister Boris Rein in 1951. The Henrik Olsen Civic Dialogue "
        "Foundation was established in accordance with a decree of the President of the Republic of Valdora "
        "Marta K. Lind on March 4, 2011.\n"
    )
    one(cs, "Rural Bureau of Inquiry", "established_by", "Boris Rein")
    one(cs, "Henrik Olsen Civic Dialogue Foundation", "established_by", "Marta K. Lind")


def test_with_headquarters_in_a_city_is_the_seat_and_a_subdivision_is_a_unit():
    _, cs = run(
        "Ivo Marek named\n\nIvo Marek was earlier a senior adviser at the Joint Border Task Force with "
        "headquarters in Port Selva, Valdora, until 2019. The Tide Training Institute is a subdivision of the "
        "Ministry of Order.\n"
    )
    c = one(cs, "Joint Border Task Force", "headquartered_in", "Port Selva")
    assert c.end is None  # ("until 2019" is the adviser's)
    one(cs, "Tide Training Institute", "subordinate_to", "Ministry of Order")


def test_a_name_listing_fields_before_its_abbreviation_is_one_name():
    _, cs = run(
        "News\n\nIvo Marek chairs the Standing Committee on Justice, Policing and Safety (JPS) in parliament.\n"
    )
    one(cs, "Ivo Marek", "leads", "Standing Committee on Justice, Policing and Safety")
    one(cs, "Standing Committee on Justice, Policing and Safety", "alias", value="JPS")
    none(cs, "Ivo Marek", "leads", "Policing")


def test_sanctions_target_whom_they_name_a_legal_form_stays_in_the_name_and_a_place_keeps_no_abbreviation():
    _, cs = run(
        "Treasury acts\n\nThe Ministry of Revenue is imposing sanctions on three Valdora-based entities, the "
        "Training Institute of Order (TIO); Compañía Minera Norte, Sociedad Anónima (COMINOR); and the Valdora "
        "Timber Board. The Office of Asset Blocking sanctioned Piotr Valenko in 2018. The Tide Fund is a member "
        "of the previously sanctioned Union of Good. The Tide Office runs the Harbour Academy in Port Selva (THA).\n"
    )
    for target in ("Training Institute of Order", "Compañía Minera Norte, Sociedad Anónima", "Valdora Timber Board"):
        one(cs, "Ministry of Revenue", "targets", target)
    one(cs, "Office of Asset Blocking", "targets", "Piotr Valenko")
    none(cs, "Tide Fund", "targets", "Union of Good")
    assert not [c for c in cs if c.relation == "alias" and c.subject == "Port Selva"], show(cs)


def test_an_office_block_s_body_keeps_its_abbreviation_as_an_alias_not_in_its_label():
    _, cs = run(
        "Anna Keller\n\n5th Chairman of the Bureau for Public Safety (BPS)\nIn office\n10 May 1967 – 26 May 1982\n"
        "Preceded by Ivo Lane\n\nAnna Keller (1914 – 1984) was a Valdoran politician.\n"
    )
    c = one(cs, "Anna Keller", "leads", "Bureau for Public Safety")
    assert c.object == "Bureau for Public Safety" and (c.start, c.end) == (1967, 1982)
    one(cs, "Ivo Lane", "leads", "Bureau for Public Safety")
    one(cs, "Bureau for Public Safety", "alias", value="BPS")


def test_a_short_name_made_of_the_name_s_leading_letters_is_an_alias():
    _, cs = run("News\n\nThe Bureau of Inquiry works with the National Endurance Institute (Natendur) in Ulton.\n")
    one(cs, "National Endurance Institute", "alias", value="Natendur")


def test_a_titled_name_before_another_post_s_appositive_is_a_list_not_the_holder():
    _, cs = run(
        "News\n\nThe talks between President Lina Roe, the Minister of Order, Ms Vera Kask and Mr Tomas Brenn "
        "ended. General Ada Morn, the chief of the Valdoran Army, spoke.\n"
    )
    none(cs, "Lina Roe", "leads", "Ministry of Order")
    one(cs, "Vera Kask", "leads", "Ministry of Order")
    one(cs, "Ada Morn", "leads", "Valdoran Army")


# ----------------------------------------------------------------------------- serves, targets, members


def test_whom_a_body_is_there_for_is_whom_it_serves():
    _, cs = run(
        "Valdoran Inquiry Service\n\nThe Valdoran Inquiry Service (VIS) exists to serve Norway. Its mission was to "
        "protect the King, Otmar Brel of Valdora, and suppress dissent. The VIS also serves as the staff for the "
        "Central Board and the Defence Board. The Ostland Student Union is responsible for supporting the ruling "
        "Valdoran Labour Party.\n"
    )
    # (an organ named alone is that of the party the page names: "the Central Board" of the Valdoran Labour Party)
    for whom in ("Norway", "Otmar Brel", "Central Board of the Valdoran Labour Party", "Defence Board"):
        one(cs, "Valdoran Inquiry Service", "serves", whom)
    one(cs, "Ostland Student Union", "serves", "Valdoran Labour Party")
    assert not [c for c in cs if c.relation == "serves" and c.object == "King"], show(cs)


def test_a_designation_for_sanctions_and_a_persecution_say_whom_a_body_targets():
    _, cs = run(
        "Tide Office\n\nThe Tide Office is an agency. The Office of Asset Restrictions (OAR) designated the "
        "Valdoran Police Directorate for sanctions on Tuesday. The Tide Office was set up for the purpose of "
        "carrying out the persecution of Lumen Path. It ran operations against the Harbour Workers Union. The "
        "Tide Office was designated pursuant to a decree.\n"
    )
    one(cs, "Office of Asset Restrictions", "targets", "Valdoran Police Directorate")
    one(cs, "Tide Office", "targets", "Lumen Path")
    one(cs, "Tide Office", "targets", "Harbour Workers Union")


def test_a_board_that_also_includes_people_and_a_community_of_bodies_parted_by_semicolons():
    _, cs = run(
        "Tide Fund\n\nThe Tide Fund is a foundation. The Board of Trustees also includes Valdoran Foreign Minister "
        "Anna Keller, Minister of Culture Piet Roon and Head of the Ministry of Science Ilse Marr. Under the Office "
        "of the Director, the Intelligence Community consists of the Central Tide Agency; the Signals Office; and "
        "the Mapping Office.\n"
    )
    for person in ("Anna Keller", "Piet Roon", "Ilse Marr"):
        one(cs, person, "part_of", "Board of Trustees of the Tide Fund")  # the page's body's own board
    one(cs, "Piet Roon", "leads", "Ministry of Culture")
    for unit in ("Central Tide Agency", "Signals Office", "Mapping Office"):
        one(cs, unit, "part_of", "Intelligence Community")
        none(cs, unit, "part_of", "Office of the Director")  # ("consists": one subject)


def test_a_unit_section_or_division_of_a_body_is_part_of_it_a_department_is_under_it():
    _, cs = run(
        "Tide\n\nThe Quiet Works Bureau (QWB) was a covert unit of the Valdoran Defence Force (VDF) whose agents "
        "spied. The Coastal Section is the foreign intelligence section of the Ruritanian Armed Forces. The Tide "
        "Office is a department of the Ministry of Order.\n"
    )
    one(cs, "Quiet Works Bureau", "part_of", "Valdoran Defence Force")
    one(cs, "Coastal Section", "part_of", "Ruritanian Armed Forces")
    one(cs, "Tide Office", "subordinate_to", "Ministry of Order")


def test_holds_the_position_and_before_him_served_speak_of_the_post_named_last():
    _, cs = run(
        "News\n\nThe appointment is now before the Harlow Committee. Tomas Brell will be the head of the Kestrel. "
        "Ivo Sand currently holds the position, retiring in May 2026, and before him served Ada Roon, Piet Vale "
        "and Lev Moor.\n"
    )
    for name in ("Tomas Brell", "Ivo Sand", "Ada Roon", "Piet Vale", "Lev Moor"):
        one(cs, name, "leads", "Kestrel")
        none(cs, name, "leads", "Harlow Committee")
    assert one(cs, "Ivo Sand", "leads", "Kestrel").start is None  # ("retiring in May 2026": no start)


def test_leader_blocks_under_a_holder_s_name_as_the_first_line_lead_the_body_the_page_names_most():
    _, cs = run(
        "Sir Ewan Holt (1871-1930)\n\nChief from 1912 to 1930. Holt founded the Secret Tide Service in 1912.\n\n"
        "Sir Hugh Rask (1880-1939)\n\nChief from 1930 to 1939. Rask led the Secret Tide Service through the "
        "crisis. The Secret Tide Service then moved to Ulton.\n\nSir Ivo Marek (1890-1950)\n\nChief from 1939 to "
        "1950. The Secret Tide Service grew under him.\n"
    )
    assert one(cs, "Ewan Holt", "leads", "Secret Tide Service").start == 1912
    one(cs, "Hugh Rask", "leads", "Secret Tide Service")
    assert not [c for c in cs if c.relation == "leads" and "Holt" in (c.object or "")], show(cs)


def test_a_participle_after_the_holder_and_qualified_posts_in_a_dash_list():
    _, cs = run(
        "Tide Service\n\nThe Tide Service is an agency. The focus shifted under Anatol Brisk, appointed chief in "
        "1979, to signals. Ivo Lane, appointed chief of the Sea Office in 1980, retired.\n"
    )
    assert one(cs, "Anatol Brisk", "leads", "Tide Service").start == 1979
    assert one(cs, "Ivo Lane", "leads", "Sea Office").start == 1980
    _, cs = run(
        "Tide Council\n\nThe Tide Council is a body.\n\nMembers\n\nOla Brin – Former First Deputy Chairman of the "
        "Audit Committee, currently Chairman of the State Committee for Land Survey;\nNia Eis – Press Secretary of "
        "the President of Valdora;\n"
    )
    assert one(cs, "Ola Brin", "leads", "Audit Committee").title == "First Deputy Chairman"
    one(cs, "Ola Brin", "leads", "State Committee for Land Survey")
    assert not [c for c in cs if c.subject == "Nia Eis" and c.relation == "leads"], show(cs)


# ----------------------------------------------------------------------------- more from a blind set's report


def test_taking_control_a_proscription_and_target_areas():
    _, cs = run(
        "Bureau of Inquiry\n\nThe Bureau of Inquiry is an agency. Its main target areas are the Eastern Marches "
        "and Lower Ostland. Yusuf Karal, Chancellor of Ruritania, has took control of the State Security Service. "
        "The Ruritanian Foreign Ministry designated the Crimson Front as a proscribed organization in March 2001.\n"
    )
    one(cs, "State Security Service", "controlled_by", "Yusuf Karal")
    none(cs, "Yusuf Karal", "leads", "State Security Service")
    assert one(cs, "Ruritanian Foreign Ministry", "targets", "Crimson Front").start == 2001
    assert not [c for c in cs if c.relation == "headquartered_in" and "2001" in (c.object or "")], show(cs)
    one(cs, "Bureau of Inquiry", "targets", "Eastern Marches")
    one(cs, "Bureau of Inquiry", "targets", "Lower Ostland")


def test_formerly_before_a_post_is_no_former_name_and_independent_is_no_parent():
    _, cs = run(
        "Bureau of Inquiry\n\nThe Bureau of Inquiry is an agency. In 2011 the Regent appointed Anna Keller, formerly "
        "VSB deputy chief of analysis (1995-2003), to head the bureau. The Tide Office, formerly the Harbour Office, "
        "was renamed in 1990.\n"
    )
    assert not [c for c in cs if c.relation == "former_name" and c.subject == "Anna Keller"], show(cs)
    one(cs, "Tide Office", "former_name", value="Harbour Office")
    _, cs = run(
        "Tide Office\n\nAgency overview\nParent agencyIndependent\nFormed\n1960\n\nThe Tide Office is an agency.\n"
    )
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)


def test_directors_as_glued_bullets_term_first_the_name_glued_or_on_the_next_line():
    _, cs = run(
        "Federal Tide Office\n\nThe Federal Tide Office (FTO) is the domestic agency of Valdora.\n\nDirectors\n"
        "*1961 - 1966\nAnna Keller\n*1966 - 1979Tomas Brandt\n*1979 - 1983 Lena Voss\n*1983 - 1988Piotr Halder he "
        "resigned in 1990; in 1995 he was charged with fraud.\n*since 2004Mara Linde\n"
    )
    got = {(c.subject, c.start, c.end) for c in cs if c.relation == "leads" and c.object == "Federal Tide Office"}
    assert got == {
        ("Anna Keller", 1961, 1966),
        ("Tomas Brandt", 1966, 1979),
        ("Lena Voss", 1979, 1983),
        ("Piotr Halder", 1983, 1988),
        ("Mara Linde", 2004, None),
    }


def test_an_office_page_whose_title_is_a_pipe_row_with_one_filled_cell():
    _, cs = run(
        "| Director of the Ruritanian Bureau of Inquiry | |\n|---|---|\n| Ruritanian Bureau of Inquiry | |\n"
        "| Seat | Valdora |\n| First holder | Anna Keller |\n\nThe Director of the Ruritanian Bureau of Inquiry is the "
        "head of the Ruritanian Bureau of Inquiry.\n"
    )
    one(cs, "Anna Keller", "leads", "Ruritanian Bureau of Inquiry")
    one(cs, "Ruritanian Bureau of Inquiry", "headquartered_in", "Valdora")
    assert not [c for c in cs if "|" in c.subject or "|" in (c.object or "")], show(cs)
    assert not [c for c in cs if c.relation == "type" and c.value == "head"], show(cs)  # a post is no kind


def test_a_lower_case_head_noun_inside_a_name_its_abbreviation_spells():
    _, cs = run(
        "News\n\nHalvorsen ended his career as chief of the Ruritanian Armed Forces Intelligence body (RAFIB). He "
        "is connected to the Valdoran Unity party (VUP). Ada Morn told reporters (TR) so.\n"
    )
    one(cs, "Ruritanian Armed Forces Intelligence Body", "alias", value="RAFIB")
    one(cs, "Valdoran Unity Party", "alias", value="VUP")
    assert not [c for c in cs if c.relation == "alias" and c.value == "TR"], show(cs)


def test_sanctions_on_people_listed_with_their_posts_and_parted_by_semicolons():
    _, cs = run(
        "News\n\nThe Ministry of Finance sanctioned Anna Keller, the commander of Valdora's Palace Guard; Piet Roon, "
        "director general of the Valdoran Inquiry Service (VIS); and Ilse Marr, president of the Tide Bank. The "
        "Ministry of Finance sanctioned Ivo Lane, the head of the Sea Office; Bo Wu said it was unfair.\n"
    )
    for person in ("Anna Keller", "Piet Roon", "Ilse Marr", "Ivo Lane"):
        one(cs, "Ministry of Finance", "targets", person)
    one(cs, "Piet Roon", "leads", "Valdoran Inquiry Service")
    none(cs, "Ministry of Finance", "targets", "Bo Wu")  # (a new clause after the semicolon: no list)
    none(cs, "Ministry of Finance", "targets", "Palace Guard")  # (a body inside an item's post)
