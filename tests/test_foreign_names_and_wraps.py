"""Names in other languages, sentences wrapped once, and lists glued to the heading after them.

Each test runs the extractor on a short invented document (fictional bodies, people and places)
and checks one general rule met on old encyclopedia copies: a name joined by a preposition of
its own language ("Landesamt für Gezeiten"), a sentence hard-wrapped over two lines, a defining
sentence whose kind follows an owner's possessive, an abbreviation followed by the name translated
in quotes, "has its headquarters in", a list of presidents whose years are glued to the names,
infobox keys in other languages, and "holds the position" after a post whose holder is no name.
"""

from __future__ import annotations

from claim_helpers import find, none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text
from orgnet.extract.mentions import find_mentions

OFFICE = "Landesamt für Gezeiten"
TIDES = "State Tide Office"  # (an English name where the rule under test is not about names)


# ----------------------------------------------------------------------------- names


def test_a_preposition_of_another_language_joins_a_name():
    text = "The Landesamt für Gezeiten and the Agence pour la Marée met in Ulton.\n"
    names = [m.name for m in find_mentions(text, text, 0, len(text))]
    assert OFFICE in names and "Agence pour la Marée" in names, names


def test_a_title_joined_by_a_preposition_of_its_language_is_the_page_s_subject():
    d, cs = run(f"{OFFICE}\n\nThe {OFFICE} is the tide agency of Veldra. It was founded in 1950.\n")
    assert d.title == OFFICE
    one(cs, OFFICE, "founded")


def test_an_abbreviation_then_the_name_translated_in_quotes():
    # no title line: the lead defines the subject, its abbreviation spelt by the name's words
    _, cs = run(
        f'The {OFFICE} (LfG, "State Office for Tides" [ [http://lfg.example/en State Office for Tides] ] ) '
        "is the tide agency of Veldra.\nIt has its headquarters in Marlow.\n"
    )
    one(cs, OFFICE, "alias", value="LfG")
    one(cs, OFFICE, "headquartered_in", "Marlow")
    _, cs = run(f'{OFFICE}\n\nThe {OFFICE} (LfG, "State Office for Tides") is the tide agency of Veldra.\n')
    one(cs, OFFICE, "alias", value="State Office for Tides")


def test_a_quoted_phrase_that_is_no_name_is_no_alias():
    _, cs = run(f'{OFFICE}\n\nThe {OFFICE} (LfG, "we watch the sea") is the tide agency of Veldra.\n')
    assert not [c for c in cs if c.relation == "alias" and "watch" in (c.value or "")], show(cs)


def test_the_kind_after_an_owner_s_possessive():
    _, cs = run(f"{TIDES}\n\nThe {TIDES} (STO) is the Republic of Veldra's domestic tide agency.\n")
    one(cs, TIDES, "type", value="domestic tide agency")
    assert not [c for c in cs if c.relation == "type" and c.value == "Republic"], show(cs)


# ----------------------------------------------------------------------------- wrapped lines


def test_a_sentence_wrapped_once_is_read_whole():
    _, cs = run(
        f"{TIDES}\n\nThe {TIDES} is the Republic of Veldra's domestic\ntide agency. Its task is watching.\n"
        f'The "{TIDES}" with its headquarters at\nMarlow , is a state institution under the control of '
        "the Ministry of Harbours.\n"
    )
    one(cs, TIDES, "type", value="domestic tide agency")
    one(cs, TIDES, "headquartered_in", "Marlow")
    one(cs, TIDES, "controlled_by", "Ministry of Harbours")


def test_an_infobox_line_is_not_wrapped_into_the_next():
    # a key, a name ending the line, and a next line opening in capitals: two fields, no sentence
    d = parse_text(
        "Ada Morn\n\nPolitical party Tide Party of the Republic of Veldra\n"
        "Spouse(s) Bo Morn (m. 1940s–1984; her death)\nChildren Cy Morn\n",
        "x.txt",
    )
    assert "Veldra\nSpouse" in d.clean


def test_has_its_headquarters_in():
    _, cs = run(f"{TIDES}\n\nThe {TIDES} has its headquarters in Marlow. It maintains its head office at Port Selva.\n")
    one(cs, TIDES, "headquartered_in", "Marlow")
    one(cs, TIDES, "headquartered_in", "Port Selva")


# ----------------------------------------------------------------------------- glued lists


def test_presidents_with_years_glued_to_names_and_a_heading_glued_to_the_last():
    _, cs = run(
        f"{TIDES}\n\nThe {TIDES} (STO) is the tide agency of Veldra.\nPresidents\n"
        "*1950 - 1954\nOtto Brandl\n*1954 - 1972Ülo Kettner\n*1972 - 1980Hanne Vogt\n"
        "*since 1980Jens Aalto Duties and powers\nThe main task of the office is to watch the tides.\n"
    )
    for name, a, b in (("Otto Brandl", 1950, 1954), ("Ülo Kettner", 1954, 1972), ("Hanne Vogt", 1972, 1980)):
        c = one(cs, name, "leads", TIDES)
        assert (c.start, c.end, c.title) == (a, b, "President"), show(cs)
    c = one(cs, "Jens Aalto", "leads", TIDES)
    assert c.start == 1980
    assert not [c for c in cs if "Duties" in (c.subject or "")], show(cs)


# ----------------------------------------------------------------------------- infobox keys in other languages


def test_an_infobox_with_keys_in_another_language():
    _, cs = run(
        "Гідрослужба\nГідрослужба | |\n---|---|\nТип | організація |\nЗасновано | 14 грудня 1951 |\n"
        "Штаб-квартира | Марлоу |\nКерівник | Ада Лінд, Бо Морн, Cy Rask і Dan Roe |\n"
        "Материнська організація | Міністерство припливів |\n"
        "Гідрослужба — таємна служба припливів.\n"
    )
    one(cs, "Гідрослужба", "headquartered_in", "Марлоу")
    one(cs, "Гідрослужба", "subordinate_to", "Міністерство припливів")
    one(cs, "Гідрослужба", "founded", value="1951")
    for name in ("Ада Лінд", "Бо Морн", "Cy Rask", "Dan Roe"):
        one(cs, name, "leads", "Гідрослужба")
    assert not [c for c in cs if c.object == "організація" or c.subject == "організація"], show(cs)


def test_french_keys():
    _, cs = run(
        "Direction des Marées\n\nSiège\nPort Selva\nDirecteur\nAda Lind\nOrganisation mère\nMinistère de la Mer\n\n"
        "La Direction des Marées est un service de Veldra.\n"
    )
    one(cs, "Direction des Marées", "headquartered_in", "Port Selva")
    one(cs, "Ada Lind", "leads", "Direction des Marées")
    one(cs, "Direction des Marées", "subordinate_to", "Ministère de la Mer")


# ----------------------------------------------------------------------------- the post spoken of


def test_holds_the_position_refers_to_a_post_whose_holder_is_no_name():
    # "the 13th X": the ordinal counts the heads; the earlier claim on another body is farther back
    _, cs = run(
        "Harbour news\n\nThe Tide Office was chaired by Ada Lind in 1990.\n\n"
        "D. will be the head of the 13th Harbour Watch. Bo Morn currently holds the position, retiring in "
        "June 2021, and before him served Cy Rask and Dan Roe.\n"
    )
    for name in ("Bo Morn", "Cy Rask", "Dan Roe"):
        one(cs, name, "leads", "Harbour Watch")
        assert not find(cs, name, "leads", "Tide Office"), show(cs)


# ----------------------------------------------------------------------------- news of sanctions and charities


def test_a_qualified_post_before_a_body_and_a_post_holder_and_the_treasury_named_alone():
    _, cs = run(
        "Harbour news\n\nThe rules were announced by Deputy Tide Bureau Director Ada Lind on Monday. "
        "‘The charities are shams,’ said Deputy Treasury Secretary Bo Morn.\n"
    )
    c = one(cs, "Ada Lind", "leads", "Tide Bureau")
    assert c.title == "Deputy Director"
    assert not [c for c in cs if "Deputy Tide" in (c.object or "")], show(cs)
    one(cs, "Bo Morn", "leads", "Treasury")


def test_a_body_based_somewhere_and_the_funds_it_raises_or_diverts():
    _, cs = run(
        "Harbour news\n\nUlton-based Tide Vakfi actively campaigned to raise funds for the Harbour Front.\n"
        "Veldra’s Tide Association diverted funds intended for humanitarian causes to the Harbour Front.\n"
        "The Sea Society raised funds for humanitarian causes.\n"
    )
    one(cs, "Tide Vakfi", "headquartered_in", "Ulton")
    one(cs, "Harbour Front", "funded_by", "Tide Vakfi")
    one(cs, "Harbour Front", "funded_by", "Tide Association")
    assert not [c for c in cs if c.subject == "Sea Society" or c.object == "Sea Society"], show(cs)


def test_a_defined_name_before_a_parenthesis_holding_another():
    # "(ABBR; native name (NATIVE ABBR))": the name before the parenthesis is what the sentence is about
    _, cs = run(
        "Ministry of Tides\n\nThe Ministry of Tides of Veldra (MTV; Министерство приливов (МП)) was the "
        "tide ministry of the Soviet Union from 1946 to 1991.\n"
    )
    one(cs, "Ministry of Tides of Veldra", "subordinate_to", "Soviet Union")


# ----------------------------------------------------------------------------- wiki headings, posts


def test_a_heading_with_its_edit_link_on_the_next_line_heads_a_list_of_units():
    _, cs = run(
        "Tide Institute\n\nThe Tide Institute (TI) is a people's organization of Veldra.\n"
        "Internal organization\n[edit]\n"
        "- Research Department\n- Europe Department\n"
    )
    one(cs, "Research Department", "part_of", "Tide Institute")
    one(cs, "Europe Department", "part_of", "Tide Institute")


def test_who_became_the_chairman_of_a_body_was_not_merged_into_it():
    _, cs = run(
        "Harbour news\n\nBo Morn, Advisor to the President of the Tide Federation for Culture, became "
        "the Chairman of the Fund's Supervisory Board.\n"
        "In 1950 the Tide Bureau became the Sea Tide Directorate.\n"
    )
    assert not [c for c in cs if c.relation == "absorbed_into" and "Culture" in c.subject], show(cs)
    one(cs, "Tide Bureau", "absorbed_into", "Sea Tide Directorate")


def test_a_front_company_said_in_an_appositive_is_the_name_before_it():
    _, cs = run(
        "Harbour news\n\nThe State Department said it sanctioned Tide Invest, a front company for the Harbour "
        "Group, and its subsidiary Sea Gold.\n"
    )
    one(cs, "Tide Invest", "front_for", "Harbour Group")
    none(cs, "State Department", "front_for", "Harbour Group")


def test_people_listed_then_all_officers_in_a_numbered_unit_of_an_owner():
    _, cs = run(
        "Harbour news\n\nThe defendants are identified as Ada Lind, Bo Morn, Cy Rask, and Dan Roe, all officers "
        "in the Tide Army’s Unit 61398 (alleged to be a source of attacks).\n"
        "The spies are Ed Holm and Fay Dunn, both members of the Tide Bureau.\n"
    )
    for name in ("Ada Lind", "Bo Morn", "Cy Rask", "Dan Roe"):
        one(cs, name, "part_of", "Unit 61398")
    for name in ("Ed Holm", "Fay Dunn"):
        one(cs, name, "part_of", "Tide Bureau")


def test_a_sanctions_list_of_people_and_posts_of_three_words_or_of_a_ministry():
    _, cs = run(
        "Harbour news\n\nThe EU listed these people:\n\nAda Lind – Chief of Staff of the Presidential Administration;\n\n"
        "Bo Morn – Deputy Minister of Information;\n"
    )
    c = one(cs, "Ada Lind", "leads", "Presidential Administration")
    assert c.title == "Chief of Staff"
    one(cs, "Bo Morn", "leads", "Ministry of Information")
    assert not [c for c in cs if c.object in ("Information", "Staff of the Presidential Administration")], show(cs)


def test_a_state_that_is_designating_or_takes_action_against_and_no_day_that_does():
    _, cs = run(
        "Harbour news\n\nToday, the United States is designating Ada Lind, a Tide Bureau officer. "
        "The United States will continue to take action against the Tide Bureau.\n"
        "On Saturday, the Sea Council imposed sanctions on a number of institutions, including the Harbour TV.\n"
    )
    one(cs, "United States", "targets", "Ada Lind")
    one(cs, "United States", "targets", "Tide Bureau")
    assert not [c for c in cs if c.subject == "Saturday"], show(cs)


def test_an_office_named_in_full_after_an_owner_s_possessive_and_a_person_who_funds():
    _, cs = run(
        "Harbour news\n\nFirst, the Tide Ministry’s Office of Harbour Control sanctioned Ada Lind. "
        "Second, Bo Morn funded the so-called “Harbour Group”, a private military company.\n"
        "The Tide Party’s Commission for External Relations met.\n"
    )
    one(cs, "Office of Harbour Control", "targets", "Ada Lind")
    one(cs, "Harbour Group", "funded_by", "Bo Morn")
    assert not [c for c in cs if c.subject == "First"], show(cs)


def test_appointed_chief_on_a_page_about_a_state_is_of_the_body_last_said_to_have_a_chief():
    _, cs = run(
        "Soviet Union\n\nThe Soviet Union was a state. Under Bo Morn, chief of the Tide Department from 1955 to 1986, the "
        "Tide Department focused on parties. In late 1988, Ada K. Lind, an expert on Western Europe and a "
        "professional propagandist, was appointed chief.\n"
    )
    c = one(cs, "Ada K. Lind", "leads", "Tide Department")
    assert c.start == 1988


def test_a_one_word_body_known_by_its_members_or_wing_and_the_subject_of_an_absolute_clause():
    _, cs = run(
        "Harbour news\n\nTidewatch members attacked. The Sea Society is clandestinely controlled by Tidewatch "
        "and fully integrated into Tidewatch’s military wing. Samora branches held rallies. In 2020, Veldra "
        "expelled Samora head Ada Lind.\n"
        "Ulton-based Tide Vakfi campaigned to raise funds for Tidewatch, with its president Bo Morn "
        "overseeing campaigns.\nMoscow officials said that the talks went well.\n"
    )
    one(cs, "Sea Society", "controlled_by", "Tidewatch")
    one(cs, "Ada Lind", "leads", "Samora")
    one(cs, "Bo Morn", "leads", "Tide Vakfi")
    none(cs, "Bo Morn", "leads", "Tidewatch")
    assert not [c for c in cs if "Moscow" in (c.subject, c.object)], show(cs)


def test_a_state_s_government_by_its_demonym_and_the_services_a_company_provides():
    _, cs = run(
        "Harbour news\n\nThe companies — Tide Design Agency and Company Group Harbour — allegedly provided the "
        "Russian government with a variety of services that include the creation of websites.\n"
        "The Sea Agency provides consulting services to the Harbour Bureau.\n"
        "The Tide Bureau provided Ada Lind with a car.\n"
    )
    one(cs, "Tide Design Agency", "serves", "Government of Russia")
    one(cs, "Company Group Harbour", "serves", "Government of Russia")
    one(cs, "Sea Agency", "serves", "Harbour Bureau")
    assert not [c for c in cs if c.relation == "serves" and c.object == "Ada Lind"], show(cs)


def test_a_place_in_parentheses_inside_a_name_is_no_alias():
    _, cs = run(
        "Harbour news\n\nThe stations run by the Ulton County (Tide Province) Public Security Bureau call "
        "themselves stations.\n"
    )
    assert not [c for c in cs if c.relation == "alias" and c.value == "Tide Province"], show(cs)


def test_a_double_post_joined_by_a_dash_before_of_x_is_y():
    _, cs = run(
        "Tide Office\n\nThe Tide Office (TO) is an agency of Veldra.\n"
        "The Secretary of State—Director of the TO is currently General Félix Sanz Roldán.\n"
    )
    c = one(cs, "Félix Sanz Roldán", "leads", "Tide Office")
    assert c.title == "Director"


def test_a_title_in_sentence_case_under_its_infobox_caption():
    # a Cyrillic page: the name in sentence case, its infobox's caption row below, keys in its language
    _, cs = run(
        "Приливная служба\nПриливная служба Велдры | |\n---|---|\nДата создания | 1909 г. |\n"
        "Вышестоящее ведомство | Министерство приливов |\nНачальник | Ада Линд |\n"
        "Приливная служба является органом Велдры.\n"
    )
    one(cs, "Приливная служба", "founded", value="1909")
    one(cs, "Приливная служба", "subordinate_to", "Министерство приливов")
    one(cs, "Ада Линд", "leads", "Приливная служба")


def test_a_line_in_sentence_case_without_a_caption_below_is_no_title():
    d, _ = run("Harbour news from the coast\n\nThe Tide Office was founded in 1950.\n")
    assert d.title != "Harbour news from the coast"


def test_a_title_the_lead_repeats_in_its_language_s_case_with_its_abbreviation_and_french_keys():
    _, cs = run(
        "Direction générale des Marées\n\n"
        "La direction générale des Marées (DGM) est le service des marées de Veldra depuis 1982.\n\n"
        "Juridiction Gouvernement de Veldra\nSiège 14, rue du Port, Ulton, Veldra\n"
        "Ministre responsable Ada Lind (ministre de la Mer)\n"
    )
    one(cs, "Direction générale des Marées", "alias", value="DGM")
    one(cs, "Direction générale des Marées", "headquartered_in", "Ulton")
    one(cs, "Direction générale des Marées", "overseen_by", "Ada Lind")


def test_a_party_in_parentheses_after_a_person_is_no_alias_of_theirs():
    _, cs = run("Tide Office\n\nThe Tide Office was led by Ada Lind (TP) from 1979 to 1982.\n")
    assert not [c for c in cs if c.relation == "alias" and c.value == "TP"], show(cs)


def test_spanish_keys_and_a_seat_whose_street_is_in_spanish():
    _, cs = run(
        "Centro de Mareas (Veldra)\n\nCentro de Mareas\nSigla CM\nSede avda. Puerto Viejo, s/n, Ulton\n"
        "Ministro responsable Ada Lind  (Ministra de Marina)\nSecretario general Bo Morn\n"
        "Depende de Ministerio de Marina\nDependencias Oficina de Puertos,\nCentro de Faros\n"
        "Fundador(es) Cy Rask\n\nEl Centro de Mareas (CM) es el servicio de mareas de Veldra.\n"
    )
    subject = "Centro de Mareas (Veldra)"
    one(cs, subject, "alias", value="CM")
    one(cs, subject, "headquartered_in", "Ulton")
    one(cs, subject, "overseen_by", "Ada Lind")
    one(cs, "Bo Morn", "leads", subject)
    one(cs, subject, "subordinate_to", "Ministerio de Marina")
    one(cs, "Oficina de Puertos", "subordinate_to", subject)
    one(cs, "Centro de Faros", "subordinate_to", subject)
    one(cs, subject, "established_by", "Cy Rask")


# ----------------------------------------------------------------------------- an encyclopedia copy's page


def test_a_site_banner_above_metadata_and_the_page_s_own_name_its_holders_and_merged_bodies():
    d, cs = run(
        "World Archive  \nFlag as Inappropriate\nEmail this Article\n\nTide Agency (Veldra)\n\n"
        "Article Id: WHEBN0000001\nReproduction Date:\n\nTitle: Tide Agency (Veldra)  \n"
        "Author: World Archive Encyclopedia\nSubject: Sea Agency (Veldra), Department of Ports (Veldra), "
        "President of Veldra, Harbour Service\nPublisher: World Archive Encyclopedia\n\n"
        "Tide Agency (Veldra)\n\nTide Agency\nAgency overview\nFormed 2009\nHeadquarters Port Complex, Ulton\n\n"
        "The Tide Agency is the department of the Veldran government for tides. It was created in 2009 to "
        "incorporate the formerly-separate Sea Agency, Harbour Service and COMSEC (Veldra).\n\n"
        "The following people have held the position of Director-General since the restructure in 2009:\n\n"
        "  • 2009 – 2011 Ada Lind[6]\n  • 2013 – present Bo Morn[8]\n"
    )
    assert d.title == "Tide Agency (Veldra)"
    assert not [c for c in cs if c.relation == "publishes"], show(cs)
    assert one(cs, "Ada Lind", "leads", "Tide Agency").title == "Director-General"
    assert one(cs, "Bo Morn", "leads", "Tide Agency").start == 2013
    for body in ("Sea Agency", "Harbour Service", "COMSEC"):
        one(cs, body, "absorbed_into", "Tide Agency")


def test_a_quoted_name_then_its_abbreviation():
    _, cs = run("Harbour news\n\nAbove them, the “Tide Culture Organization” (TCO) trains clerics abroad.\n")
    one(cs, "Tide Culture Organization", "alias", value="TCO")


def test_units_listed_with_their_heads_in_parentheses():
    _, cs = run(
        "Tide Agency\n\nThe Tide Agency is an agency of Veldra. The Tide Agency was organised with a headquarters "
        "and three departments:\n\n  • Economic Protection (Ada Lind),\n  • General Administration (Bo Morn),\n"
        "  • International Affairs (Cy Rask).\n\nThe functions of the agency were:\n"
    )
    for unit, head in (("Economic Protection", "Ada Lind"), ("General Administration", "Bo Morn")):
        one(cs, unit, "part_of", "Tide Agency")
        assert one(cs, head, "leads", unit).title == "Head"


def test_a_bare_body_word_is_no_alias():
    _, cs = run(
        "Tide Agency\n\nThe Tide Agency (TA) is an agency of Veldra. In 2014 the TA was renamed as Direction "
        "générale des marées (General Directorate of Tides, DGM).\n"
    )
    assert not [c for c in cs if c.relation in ("alias", "former_name") and c.value == "Direction"], show(cs)


def test_sanctions_wording_of_control_and_leadership():
    _, cs = run(
        "Harbour news\n\nThe Office of Tide Assets Control (OTAC) had blacklisted Atlas Holding for being owned or "
        "controlled by the Sea Foundation. Ada Lind and Ayatollah Bo Morn were also designated for being leaders or "
        "officials of the Sea Foundation. Tide Mirath S.A.L., which is owned or controlled by Ada Lind, was also "
        "designated.\n"
    )
    one(cs, "Atlas Holding", "controlled_by", "Sea Foundation")
    none(cs, "Office of Tide Assets Control", "controlled_by", "Sea Foundation")
    one(cs, "Ada Lind", "leads", "Sea Foundation")
    one(cs, "Bo Morn", "leads", "Sea Foundation")
    one(cs, "Tide Mirath S.A.L.", "controlled_by", "Ada Lind")


def test_a_table_of_directors_with_marks_notes_and_till_date():
    _, cs = run(
        "Tide Agency (Veldra)\n\nThe Tide Agency (TA) is a government division of Veldra.\n\n"
        "Directors General of the TA[edit]\n\nDirectors General of the TA Term of Service\n"
        "Chief Ada K. Lind 1986–1990\nBrigadier-General Bo Morn (Rtd) 1990–1993\n"
        "Ambassador Cy R. Rask 2007–2009 (September, 2009)\nDan Roe Holm 2018–Till-date\n\nForeign services[edit]\n"
    )
    for name, a, b in (("Ada K. Lind", 1986, 1990), ("Bo Morn", 1990, 1993), ("Cy R. Rask", 2007, 2009)):
        c = one(cs, name, "leads", "Tide Agency")
        assert (c.start, c.end) == (a, b), show(cs)
    c = one(cs, "Dan Roe Holm", "leads", "Tide Agency")
    assert (c.start, c.end) == (2018, None)
    assert not [c for c in cs if "Term of Service" in (c.object or "")], show(cs)


def test_an_about_page_of_a_body_with_a_slashed_acronym_its_funders_and_questions_that_assert_nothing():
    d, cs = run(
        "About TWR/SL\nIsn’t TWR/SL funded by the Tide Intelligence Agency?\n"
        "TWR/SL is funded by the Veldra Congress through a grant from the Veldra Agency for Global Media (VAGM) "
        "and has had no connection to the agency for fifty years.\n"
    )
    assert d.title == "TWR/SL"
    one(cs, "TWR/SL", "funded_by", "Veldra Congress")
    one(cs, "TWR/SL", "funded_by", "Veldra Agency for Global Media")
    none(cs, "TWR/SL", "funded_by", "Tide Intelligence Agency")
    d, _ = run("About the All-Tide Women\n\nThe All-Tide Women's Federation (ATWF) is a people's organization.\n")
    assert d.title != "All-Tide Women"


def test_attacks_on_a_state_s_territory_do_not_target_the_state():
    _, cs = run(
        "Harbour news\n\nThe Tide Bureau said that Veldra had a hand in the preparation of assassinations and "
        "attacks on EU territory. The Sea Front ran operations against the Harbour League.\n"
    )
    assert not [c for c in cs if c.relation == "targets" and c.object == "EU"], show(cs)
    one(cs, "Sea Front", "targets", "Harbour League")


def test_a_person_page_s_office_whose_term_the_copy_lost_and_a_body_of_one_word():
    _, cs = run(
        "Ada Lind\nАда Линд\nDirector of the Tidewatch\nIn office\nPrime Minister Bo Morn\nCy Rask\n"
        "Preceded by Dan Roe\nSucceeded by Ed Holm\nPersonal details\nBorn Ada Huber\n\n"
        "Ada Lind (born 30 January 1945) is a former officer and former Director of the Tidewatch.\n"
    )
    one(cs, "Ada Lind", "leads", "Tidewatch")
    one(cs, "Dan Roe", "leads", "Tidewatch")
    one(cs, "Ed Holm", "leads", "Tidewatch")


def test_an_office_page_s_dump_with_its_first_holder_and_a_seat_ending_on_an_abbreviation():
    _, cs = run(
        "= Director of the Tide Bureau =\n\nInfobox\n- Post: Director\n- Body: the Tide Bureau\n"
        "- Incumbent: Ada Lind\n- Seat: J. Edgar Morn Building, Ulton, D.C.\n- First: Bo Morn\n"
        "- Formation: July 26, 1908\n\nThe director of the Tide Bureau is the head of the Tide Bureau (TB), a "
        "Veldran agency.\n"
    )
    one(cs, "Ada Lind", "leads", "Tide Bureau")
    one(cs, "Bo Morn", "leads", "Tide Bureau")
    one(cs, "Tide Bureau", "headquartered_in", "Ulton")


def test_a_commission_of_inquiry_into_a_matter_and_the_directors_of_a_list_heading():
    _, cs = run(
        "Harbour news\n\nIn 1977 judge Ada Lind was appointed to head the euphemistically-named Royal Commission "
        "of Inquiry into Certain Activities of the Tide Office.\n"
    )
    one(cs, "Ada Lind", "leads", "Royal Commission of Inquiry into Certain Activities of the Tide Office")
    _, cs = run(
        "Tide Security Service\n\nIn 1984, the Tide Security Service (TSS) was established.\n\n"
        "The directors of TSS have been:\n\nBo Morn, 1984-87. Bo Morn was a lawyer.\n\nCy Rask, 1988-92. He was a diplomat.\n"
    )
    assert one(cs, "Bo Morn", "leads", "Tide Security Service").title == "Director"


def test_headed_for_a_span_of_years_by():
    _, cs = run(
        "Tide Service\n\nThe Tide Service is an agency of Veldra.\n[edit]The service was headed for nearly thirty "
        "years by Maj. Gen. Ada Lind, who was trusted by the president.\n"
    )
    one(cs, "Ada Lind", "leads", "Tide Service")


def test_a_body_reorganized_into_another_across_a_long_appositive():
    _, cs = run(
        "Harbour news\n\nSigns have emerged that Veldra has expanded and reorganized the Tide General Bureau, an "
        "operation and espionage body under the General Staff in charge of coast- and overseas-directed missions, "
        "into the Tide Information General Bureau.\n"
    )
    one(cs, "Tide General Bureau", "absorbed_into", "Tide Information General Bureau")


def test_blacklisted_and_no_demonym_or_refusal_that_targets():
    _, cs = run(
        "Harbour news\n\nThe Sea Union has blacklisted Veldran President Ada Lind and 14 senior officials. Sea Union "
        "leaders agreed sanctions against some 40 Veldran officials but refrained from blacklisting President Bo Morn.\n"
    )
    one(cs, "Sea Union", "targets", "Ada Lind")
    assert not [c for c in cs if c.relation == "targets" and "Morn" in (c.object or "")], show(cs)
    assert not [c for c in cs if c.subject == "Veldran"], show(cs)


def test_a_country_over_the_page_s_name_is_a_category_and_a_body_owned_by_a_person():
    d, cs = run(
        "Norway\n\nTidehon\n\nTidehon is a Norwegian right-wing think tank owned by oligarch Ada Lind. Its official "
        "headquarters is in Ulton. Bo Morn believes that Tidehon is Norway.\n"
    )
    assert d.title == "Tidehon"
    one(cs, "Tidehon", "controlled_by", "Ada Lind")
    one(cs, "Tidehon", "headquartered_in", "Ulton")
    assert not [c for c in cs if c.relation == "type" and "owned" in (c.value or "")], show(cs)


def test_a_search_banner_title_a_parent_within_a_parent_and_whom_a_president_placed_at_a_head():
    d, cs = run(
        "Open Access Articles- Top Results for Tide Intelligence Agency\n\nTide Intelligence Agency\n\n"
        "Agency overview\nFormed December 7, 1999\nParent agency Presidency of the Republic of Veldra (Institutional "
        "Tide Cabinet)\n\nThe Tide Intelligence Agency (TIA) is the successor to the Sea Information Service (SIS).\n"
        "In 1995 President Ada Lind placed a civilian at the head of the SIS and created the TIA.\n"
    )
    assert d.title == "Tide Intelligence Agency"
    one(cs, "Tide Intelligence Agency", "subordinate_to", "Presidency of the Republic of Veldra")
    one(cs, "Tide Intelligence Agency", "subordinate_to", "Institutional Tide Cabinet")
    none(cs, "Ada Lind", "leads", "Sea Information Service")


def test_parties_listed_each_with_its_years_after_a_comma():
    _, cs = run(
        "= Ada Lind =\n\nAda Lind\n- Office: Director of the Tide Intelligence Service\n- Term Start: 26 December 1991\n"
        "- Term End: 9 January 1996\n- Party: Tide Party of Veldra, (1950s–1991), Independent, (1991–1998, "
        "2002–2015), Sea – All Veldra, (1998–2002)\n\nAda Lind was a Veldran politician.\n"
    )
    c = one(cs, "Ada Lind", "part_of", "Tide Party of Veldra")
    assert c.end == 1991
    one(cs, "Ada Lind", "part_of", "Sea – All Veldra")
    assert not [c for c in cs if c.relation == "part_of" and "Independent" in (c.object or "")], show(cs)
