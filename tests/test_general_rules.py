"""General rules found on real pages no earlier set covered (news of appointments, glued
infobox leader bullets, glossary lines): each test runs the reader and extractor on a short
invented document and checks one rule, and where a rule could over-reach, that it does not.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

# ----------------------------------------------------------------------------- news of appointments


def test_appointed_as_the_bodys_new_post_with_a_possessive():
    _, cs = run(
        "Harbour news\n\n"
        "The Harbour Bureau (HB) is the intelligence agency of Veldra. King Olaf dismissed the director of "
        "the HB and appointed General Cy Lo as the HB’s new director. The Regent later appointed Dan Roe, "
        "the former head of his office, as Veldra's new HB chief.\n"
    )
    assert one(cs, "Cy Lo", "leads", "Harbour Bureau").title == "Director"
    assert one(cs, "Dan Roe", "leads", "Harbour Bureau").title == "Chief"
    none(cs, "Cy Lo", "leads", "Veldra")
    none(cs, "Dan Roe", "leads", "Veldra")


def test_a_post_named_by_a_possessive_pronoun_and_the_year_it_was_given_up():
    _, cs = run(
        "Tide news\n\n"
        "On Oct.20, A.M. Tallowman relinquished his ministerial-level position as head of the Ministry of "
        "Tides (MOT). Bo Wu resigned his post as chief of the Sea Office in 1990. Ada Morn took up her "
        "position as director of the Harbour Bureau in 1995.\n"
    )
    one(cs, "A.M. Tallowman", "leads", "Ministry of Tides")
    resigned = one(cs, "Bo Wu", "leads", "Sea Office")
    assert (resigned.start, resigned.end) == (None, 1990), show(cs)
    took = one(cs, "Ada Morn", "leads", "Harbour Bureau")
    assert (took.start, took.end) == (1995, None), show(cs)


# ----------------------------------------------------------------------------- wings and glossary lines


def test_the_name_used_by_a_wing_of_a_body_and_a_glossary_line():
    _, cs = run(
        "Notes\n\n"
        "The Sea Department (SD) was the name used by the intelligence wing of the Central Committee of "
        "the Harbour Party from 1974 to 1990.\n\n"
        "Tide Directorate (TD):  The name previously used by the foreign intelligence wing of the Ministry "
        "of Tides.\n\n"
        "The Lantern Society was the name of a dining club in Ulton.\n"
    )
    sd = one(cs, "Sea Department", "subordinate_to", "Central Committee of the Harbour Party")
    assert (sd.start, sd.end) == (1974, 1990)
    one(cs, "Tide Directorate", "subordinate_to", "Ministry of Tides")
    assert not [c for c in cs if c.relation == "subordinate_to" and c.subject == "Lantern Society"], show(cs)


# ----------------------------------------------------------------------------- leader bullets


def test_leader_bullets_with_a_note_after_the_name_and_a_two_digit_end_year():
    _, cs = run(
        "Harbour Bureau\n\n"
        "The Harbour Bureau (HB) was the main Veldran intelligence agency from 1969 to 1980.\n\n"
        "Agency executives\n"
        "  • Hendrik van den Morn, Director-General (1969 – 78)\n"
        "  • Alec van Tallow (acting), Director-General (1978 – 80)\n"
    )
    first = one(cs, "Hendrik van den Morn", "leads", "Harbour Bureau")
    acting = one(cs, "Alec van Tallow", "leads", "Harbour Bureau")
    assert (first.start, first.end) == (1969, 1978), show(cs)
    assert (acting.start, acting.end, acting.title) == (1978, 1980, "Director-General"), show(cs)
    assert not [c for c in cs if "acting" in (c.subject or "")], show(cs)


# ----------------------------------------------------------------------------- news headlines


def test_a_kicker_and_headline_is_no_title_and_a_later_defining_sentence_gives_the_subject():
    d, cs = run(
        "Veldra: Behind Sacking of Harbour Chief\n\n"
        "To Read Text in PDF Format Click here.\n\n"
        "Veldra: Behind Sacking of Harbour Chief\n\n"
        "In a surprising decision, the Regent fired Ada Morn. He gave no reason. The press was silent. "
        "Analysts were puzzled. Markets did not move. The decision came before the elections.\n\n"
        "The Veldran Harbour Bureau (VHB) is an intelligence agency. To cover the agency’s expenses, the "
        "director set up Tide Trading Company, ostensibly an import-export firm, as a front organization.\n"
    )
    assert d.title == "", d.title
    one(cs, "Tide Trading Company", "front_for", "Veldran Harbour Bureau")
    assert not [c for c in cs if "Behind Sacking" in (c.subject or "") + (c.object or "")], show(cs)


def test_a_body_before_a_colon_in_the_title_is_the_title():
    d, _ = run("Harbour Bureau: Its History and Its Chiefs\n\nThe Harbour Bureau is the secret police of Veldra.\n")
    assert d.title == "Harbour Bureau", d.title


# ----------------------------------------------------------------------------- objects


def test_a_companion_after_together_with_is_no_object_and_a_presidency_is_a_body():
    _, cs = run(
        "Harbour Bureau\n\n"
        "The Harbour Bureau (HB) is a Veldran agency. The HB is part of the Veldran intelligence community, "
        "together with the Office of Tides and the Coast Service. The HB is affiliated with the Presidency "
        "of Veldra. The Tide Council is part of the Harbour Federation, together with the Sea League.\n"
    )
    assert not [c for c in cs if c.relation == "part_of" and c.subject in ("HB", "Harbour Bureau")], show(cs)
    one(cs, "Harbour Bureau", "affiliated_with", "Presidency of Veldra")
    one(cs, "Tide Council", "part_of", "Harbour Federation")
    none(cs, "Tide Council", "part_of", "Sea League")


# ----------------------------------------------------------------------------- another name, a cut page


def test_also_known_as_the_bureau_of_is_a_name_and_a_name_cut_at_the_pages_end_is_dropped():
    _, cs = run(
        "Harbour Bureau\n\n"
        "The Bureau for Harbour Security (Veldran: Buro; also known as the Bureau of Harbour Security (BOHS)) "
        "was the main Veldran intelligence agency from 1969 to 1980.\n\n"
        "Van den Morn resigned in 1978 in the wake of the Tide scandal, and BOHS was renamed the Department of Nat"
    )
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)
    assert not [c for c in cs if "Nat" in (c.value or "").split() or (c.object or "").endswith(" Nat")], show(cs)
    one(cs, "Bureau for Harbour Security", "alias", value="Bureau of Harbour Security")


# ----------------------------------------------------------------------------- what is no leader, no body


def test_an_adviser_does_not_lead_and_an_indefinite_demonym_service_is_no_body():
    _, cs = run(
        "Harbour Bureau\n\n"
        "The Harbour Bureau (HB) is a Veldran agency. The decision to set up a Veldran intelligence service "
        "was taken by the Regent in 1954. The Harbour Court’s adviser, Bo Tallow, resigned. The Bureau’s "
        "director, Cy Lo, spoke. The Veldran government funds the HB.\n"
    )
    assert not [c for c in cs if c.subject == "Bo Tallow" and c.relation == "leads"], show(cs)
    assert not [c for c in cs if "Veldran intelligence service" in (c.subject or "") + (c.object or "")], show(cs)
    one(cs, "Cy Lo", "leads", "Harbour Bureau")
    one(cs, "Harbour Bureau", "funded_by", "Veldran government")


def test_a_bodys_national_section_is_part_of_it():
    _, cs = run(
        "Harbour Youth Federation\n\n"
        "The Harbour Youth Federation (HYF) is a youth body based in Ulton. The Veldran HYF section is the "
        "Tide Youth League. The federation has a section in every port. Its press section was small.\n"
    )
    one(cs, "Tide Youth League", "part_of", "Harbour Youth Federation")
    assert len([c for c in cs if c.relation == "part_of"]) == 1, show(cs)


# ----------------------------------------------------------------------------- appointments to a post


def test_appointed_to_the_position_of_a_post_of_a_body_and_an_executive_secretary():
    _, cs = run(
        "Tide news\n\n"
        "President Bo Tallow has appointed Ambassador Ada Morn to the position of Director- General of the "
        "Harbour Intelligence Office (HIO) with immediate effect. He also named Cy Lo to the post of deputy "
        "director of the Sea Bureau. Morn has a long career, having served as the Executive Secretary of the "
        "Union Committee of Tides in Ulton.\n"
    )
    one(cs, "Ada Morn", "leads", "Harbour Intelligence Office")
    one(cs, "Cy Lo", "leads", "Sea Bureau")
    one(cs, "Ada Morn", "leads", "Union Committee of Tides")
    none(cs, "Bo Tallow", "leads", "Harbour Intelligence Office")


# ----------------------------------------------------------------------------- "the first director ... was Y"


def test_the_nth_post_with_its_abbreviation_of_the_body_was_a_retired_officer():
    _, cs = run(
        "Harbour Security Service\n\n"
        "In 1998, a new act of Parliament in Veldra established the Harbour Security Service (HSS). The first "
        "director general (DG) of the new service was retired Brigadier Ada C.B. Morn. The second director of "
        "the HSS was Brigadier Bo C.D. Tallow. The third director of the HSS was Cy E.F. Lo.\n"
    )
    for who in ("Ada C.B. Morn", "Bo C.D. Tallow", "Cy E.F. Lo"):
        one(cs, who, "leads", "Harbour Security Service")


# ----------------------------------------------------------------------------- more that is no tie


def test_moved_headquarters_a_capitalised_office_of_and_an_acting_post_give_no_false_tie():
    _, cs = run(
        "Harbour Federation\n\n"
        "The Harbour Federation (HF) is an international body. Following the dissolution of the Tide Union in "
        "1991, its headquarters were moved from Ulton to Port Tide. Its headquarters were moved to Port Sand in "
        "1995. Among the units reporting to the HF chief were the heads of the Office of Evaluation and the "
        "Rural Tide Service. Cde Ada Morn had been Acting Director-General since May. Bo Tallow had been HF "
        "chief since 1988.\n"
    )
    assert not [c for c in cs if c.relation == "headquartered_in" and c.object in ("Ulton", "Port Tide")], show(cs)
    assert one(cs, "Harbour Federation", "headquartered_in", "Port Sand").start == 1995
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)
    assert not [c for c in cs if c.object == "Acting" or (c.subject or "").startswith("Cde ")], show(cs)
    one(cs, "Bo Tallow", "leads", "Harbour Federation")


def test_a_directorate_general_is_a_body_and_a_misspelt_air_rank_before_its_first_director():
    _, cs = run(
        "- Directorate General of Tide Intelligence\n-\n"
        "The Directorate General of Tide Intelligence (DGTI) is the main intelligence agency of Veldra. Its first "
        "Director was Air Vice Marshall K.M. Ada Morn from the Veldran Air Force. The DGTI reports to the Ministry "
        "of Tides.\n"
    )
    one(cs, "Directorate General of Tide Intelligence", "alias", value="DGTI")
    one(cs, "K.M. Ada Morn", "leads", "Directorate General of Tide Intelligence")
    one(cs, "Directorate General of Tide Intelligence", "subordinate_to", "Ministry of Tides")


# ----------------------------------------------------------------------------- ranks and participles (issue 10, set U)


def test_a_rank_written_as_any_short_abbreviation_and_a_retired_mark_are_read_off_the_name():
    _, cs = run(
        "Tide news\n\n"
        "The Harbour Bureau (HB) is the intelligence agency of Veldra. Observers hope that HB chief Let. Gen. "
        "(ret.) A.B. Morrow will not abuse his power. The Sea Office (SO) is its rival. SO chief Cmdt. Gen. "
        "Ilsa Marrow agreed.\n"
    )
    assert one(cs, "A.B. Morrow", "leads", "Harbour Bureau").title == "Chief"
    one(cs, "Ilsa Marrow", "leads", "Sea Office")
    none(cs, "Let", "leads", "Harbour Bureau")
    none(cs, "Gen", "leads", "Harbour Bureau")


def test_a_rank_abbreviation_does_not_glue_two_sentences_when_no_rank_follows():
    from orgnet.read.sentences import split_sentences

    t = "Bo Wu met Cy Lo in Oska. Then he left. Ada Morn met Gen. (ret.) Cy Lo. Brig. Gen. Bo Wu came."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Bo Wu met Cy Lo in Oska.",
        "Then he left.",
        "Ada Morn met Gen. (ret.) Cy Lo.",
        "Brig. Gen. Bo Wu came.",
    ]


def test_any_past_participle_between_to_be_and_a_post_of_a_body_gives_leads():
    _, cs = run(
        "Harbour news\n\n"
        "The Harbour Bureau (HB) is an agency of Veldra. On 3 May 2011, Major-General Ada Morn was declared the "
        "current director of HB. Bo Wu was confirmed as head of the Sea Office. Cy Lo was interviewed by the "
        "director of the Tide Office.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Bureau").title == "Director"
    one(cs, "Bo Wu", "leads", "Sea Office")
    none(cs, "Cy Lo", "leads", "Tide Office")


def test_a_possessive_body_with_the_owners_abbreviation_and_a_qualifier_between():
    _, cs = run(
        "Tide news\n\n"
        "Veldra has named Ada Morn, the country's former envoy to Ulton, as head of the ruling Tide Party's (TP) "
        "influential Liaison Department, a note confirmed.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Liaison Department of the Tide Party").title == "Head"
    one(cs, "Tide Party", "alias", value="TP")
    none(cs, "Ada Morn", "leads", "Tide Party")
    none(cs, "Ada Morn", "leads", "Ulton")


def test_a_syllable_like_a_month_abbreviation_inside_a_name_keeps_it_a_person():
    _, cs = run(
        "Tide news\n\n"
        "Veldra has named Kim Hyong Jun, the country's former envoy to Ulton, as head of the Harbour Bureau.\n"
    )
    one(cs, "Kim Hyong Jun", "leads", "Harbour Bureau")


# ----------------------------------------------------------------------------- wikitext revision diffs


_DIFF = """Harbour League: Difference between revisions

From Wikipedia, the free encyclopedia
Line 50: Line 50:
| leader_title = President
| leader_title = President
| leader_name = Ada Morn ([[Tide Youth Union of Veldra|TYU]])
| leader_name = Vacant
| leader_title2 = Secretary General
| leader_title2 = Secretary General
| leader_name2 = Bo Wu ([[Sea League (Ulton)|SL]])
| leader_name2 = Bo Wu ([[Sea League (Ulton)|SL]])
}}
The '''Harbour League''' ('''HL''') is an international youth organization.
"""


def test_a_revision_diffs_repeated_leader_keys_are_further_rows_and_vacant_is_no_one():
    _, cs = run(_DIFF)
    assert one(cs, "Ada Morn", "leads", "Harbour League").title == "President"
    assert one(cs, "Bo Wu", "leads", "Harbour League").title == "Secretary General"
    none(cs, "Vacant", "leads", "Harbour League")
    assert not [c for c in cs if c.subject == "Vacant"], show(cs)


# ----------------------------------------------------------------------------- a section cut from its page


_SECTION = (
    "History\n"
    "The decision to set up a Veldran intelligence service was taken by King Olaf in 1954. However, the HB's "
    "importance rose when Bo Wu became director of the HB. Under Wu's supervision, the HB moved to its own "
    "building. To cover the agency's expenses, Wu set up Lantern Company, ostensibly an import-export firm, as a "
    "front. The HB was dissolved in 1990.\n"
    "Famous quotes containing the word history:\n"
)


def test_a_one_word_heading_the_page_never_names_again_is_no_title_and_the_most_named_body_is_the_subject():
    doc, cs = run(_SECTION)
    assert doc.title == "", doc.title
    assert not [c for c in cs if c.subject == "History" or c.object == "History"], show(cs)
    one(cs, "Lantern Company", "front_for", "HB")
    one(cs, "Bo Wu", "leads", "HB")


def test_a_one_word_title_the_page_names_again_stays_the_title():
    doc, _ = run("Tidewatch\n\nTidewatch was the secret police of Veldra. Tidewatch was dissolved in 1990.\n")
    assert doc.title == "Tidewatch"


def test_a_predecessor_key_names_a_body_whatever_its_words():
    _, cs = run(
        "= Harbour Bureau =\n\nHarbour Bureau\n- Formed: 1 May 1969\n- Preceding1: Republican Watch\n"
        "- Superseding1: Tide Service\n- Chief1 Name: Ada Morn\n\nThe Harbour Bureau (HB) was an agency of Veldra.\n"
    )
    one(cs, "Republican Watch", "absorbed_into", "Harbour Bureau")
    one(cs, "Harbour Bureau", "absorbed_into", "Tide Service")


def test_a_second_seat_coordinated_with_the_first_from_when_it_ended():
    _, cs = run(
        "The Tide Council (TC) is an organization created in 1949. It was based in Ulton, Veldra from 1968 to "
        "1999, and since in Oska, Ruritania. Its members met in Veldra and later in Ulton.\n"
    )
    first = one(cs, "Tide Council", "headquartered_in", "Ulton")
    assert (first.start, first.end) == (1968, 1999)
    second = one(cs, "Tide Council", "headquartered_in", "Oska")
    assert (second.start, second.end) == (1999, None)


def test_an_editor_in_chief_leads_the_paper_until_the_year_and_an_envoy_leads_no_one():
    _, cs = run(
        "Tide Daily\n\nThe Tide Daily is a newspaper of Veldra. The editor-in-chief of the Tide Daily was Ada Morn "
        "until December 2021. Bo Wu, a veteran officer, was appointed envoy in 2020.\n"
    )
    ed = one(cs, "Ada Morn", "leads", "Tide Daily")
    assert (ed.title, ed.end) == ("Editor-in-Chief", 2021), show(cs)
    none(cs, "Bo Wu", "leads", "Tide Daily")


# ----------------------------------------------------------------------------- news of a service's chiefs


def test_a_post_named_by_a_field_in_the_bodys_name_and_a_succession_from_a_retired_rank():
    _, cs = run(
        "General Intelligence Department\n\n"
        "The General Intelligence Department (GID) is the intelligence agency of Veldra. A military court found "
        "former intelligence chief Cy Lo guilty. The former army chief Dan Ulm retired. Bo Wu served as "
        "intelligence chief from 2000 to 2011. The first director was Ilsa Marrow. The King has appointed Ada "
        "Morn to the position of Director-General of the GID. She takes over from Retired Major-General Bo Wu.\n"
    )
    one(cs, "Cy Lo", "leads", "General Intelligence Department")
    none(cs, "Dan Ulm", "leads", "General Intelligence Department")
    wu = one(cs, "Bo Wu", "leads", "General Intelligence Department")
    assert (wu.start, wu.end) == (2000, 2011), show(cs)
    one(cs, "Ilsa Marrow", "leads", "General Intelligence Department")
    one(cs, "Ada Morn", "leads", "General Intelligence Department")
    assert not [c for c in cs if c.subject.startswith("Retired")], show(cs)


def test_a_fronted_post_of_a_body_before_its_holder():
    _, cs = run(
        "Harbour news\n\nThe Harbour Bureau (HB) is an agency of Veldra. As head of the HB, Ada Morn was feared. "
        "As head of the HB, the court acted.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Bureau").title == "Head"
    assert [c.subject for c in cs if c.relation == "leads"] == ["Ada Morn"], show(cs)


def test_a_two_word_state_is_no_person():
    from orgnet.names import looks_like_person

    assert not looks_like_person("Sri Lanka") and not looks_like_person("New Zealand")
    assert looks_like_person("Ada Morn")


def test_replaced_with_is_a_passive_succession_and_who_served_until_ends_a_term():
    _, cs = run(
        "Harbour news\n\nThe Harbour Bureau (HB) is an agency of Veldra. The first director general of the new "
        "service was retired Brigadier Ada A.B. Morn who served until 2006, when she was replaced with "
        "Major-General Bo Wu.\n"
    )
    first = [c for c in cs if c.subject == "Ada A.B. Morn" and c.relation == "leads" and c.end == 2006]
    assert first, show(cs)
    one(cs, "Bo Wu", "leads", "Harbour Bureau")
    none(cs, "Ada A.B. Morn", "leads", "Bo Wu")


def test_a_pronoun_in_a_succession_is_no_name_of_the_person(tmp_path):
    # "he was replaced by Y": the claim about "he" is Ada Morn's, and "he" is none of her names
    import orgnet

    (tmp_path / "a.txt").write_text(
        "Harbour Security Committee\n\nThe Harbour Security Committee is the secret police of Ruritania. "
        "Ada Morn was appointed chairman of the committee in 2007. In 2008 he was replaced by Bo Wu.\n",
        encoding="utf-8",
    )
    t = orgnet.build(tmp_path, jobs=1)
    morn = t.nodes[t.nodes["label"] == "Ada Morn"]
    assert len(morn) == 1 and not str(morn["aliases"].iloc[0] or "").strip(), t.nodes[["label", "aliases"]]
    ends = t.edges[(t.edges["source"] == morn["id"].iloc[0]) & (t.edges["relation"] == "leads")]
    assert len(ends) == 1


# ----------------------------------------------------------------------------- structural causes (issue 10)


def test_a_defining_sentence_whose_parenthesis_ends_in_the_abbreviation_gives_the_subject():
    # no title line (a banner, then table rows), and a two-word name with no organisation word
    _, cs = run(
        "You can help expand this article with text translated from the article in Veldran.\n"
        "|\n| Тидевахт (Tidevakht) | |\n| Agency overview | |\n|---|---|\n| Formed | 1925 |\n"
        "| Headquarters | Ulton |\n"
        "Harbour Security (Тидевахт, Tidevakht; abbreviated ТВ, HS) was the name of the Veldran secret service. "
        "In 1964, the Harbour Security formed Service 9, led by Colonel Ada Morn.\n"
    )
    one(cs, "Harbour Security", "headquartered_in", "Ulton")
    one(cs, "Service 9", "established_by", "Harbour Security")


def test_a_leaders_name_then_post_and_a_term_only_position_key():
    _, cs = run(
        "= Harbour Bureau =\n\nInfobox\n- Agency Name: Harbour Bureau\n"
        "- Chief1 Name: Ada Morn, director\n- Chief1 Position: (1948–1959, first)\n"
        "- Chief2 Name: Bo Wu, head\n- Chief2 Position: (1987–1989, last)\n\n"
        "The Harbour Bureau was the secret police of Veldra.\n"
    )
    ada = one(cs, "Ada Morn", "leads", "Harbour Bureau")
    assert (ada.title, ada.start, ada.end) == ("Director", 1948, 1959), show(cs)
    bo = one(cs, "Bo Wu", "leads", "Harbour Bureau")
    assert (bo.title, bo.start, bo.end) == ("Head", 1987, 1989), show(cs)
    assert not [c for c in cs if c.relation == "other_name"], show(cs)


def test_a_long_name_with_particles_is_a_person():
    _, cs = run(
        "Harbour League\nHarbour League logo | |\nAbbreviation | HL |\n---|---|\nFormation | August 8, 2000 |\n"
        "President | Alonso Vera de Molina de Las y Núñez |\n"
        "The Harbour League (HL) is an organization of Ruritania.\n"
    )
    assert one(cs, "Alonso Vera de Molina de Las y Núñez", "leads", "Harbour League").title == "President"


def test_and_before_a_qualified_post_and_its_holder_ends_the_body_before_it():
    _, cs = run(
        "Veldra names new harbour chief\n\n"
        "– Member of the Party Central Committee and Deputy Tide Minister Ada Morn has been appointed as head of "
        "the Party Central Committee’s Commission for Harbour Relations. The decision was announced by Bo Wu.\n"
    )
    assert (
        one(cs, "Ada Morn", "leads", "Commission for Harbour Relations of the Party Central Committee").title == "Head"
    )
    assert not [c for c in cs if "Deputy" in (c.object or "")], show(cs)


def test_a_second_predicate_of_the_defining_is_gives_membership():
    _, cs = run(
        "Ministry of Tides\n\nThe Ministry of Tides is the primary intelligence agency, and secret police force, of "
        "the Republic of Veldra and a member of the Veldra Intelligence Community. It was founded in 1984.\n"
    )
    one(cs, "Ministry of Tides", "part_of", "Veldra Intelligence Community")
    none(cs, "Ministry of Tides", "part_of", "Republic of Veldra")


def test_a_footnote_marker_after_a_leaders_name_in_an_executives_list():
    _, cs = run(
        "Harbour Bureau\n\nHarbour Bureau\nAgency overview\nFormed1946\nHeadquartersUlton\nAgency executives\n"
        "  • Ada Morn[1], Director\n  • Bo Wu, Deputy Director\nWebsiteexample.org\n\n"
        "The Harbour Bureau (HB) is the intelligence agency of Veldra.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Bureau").title == "Director"
    assert one(cs, "Bo Wu", "leads", "Harbour Bureau").title == "Deputy Director"


def test_sentences_glued_by_the_scrape_are_split_and_a_tenure_as_post_of_a_body_gives_leads():
    _, cs = run(
        "Veldra news\n\n"
        "– Deputy Tide Minister Ada Morn has been appointed as head of the Harbour Commission.The decision was "
        "announced by Party member and deputy head of the Party Central Committee's Organisation Commission Bo Wu."
        "On the occasion, Bo Wu spoke highly of the dedication of Cy Lo during his time working as head of the "
        "Harbour Commission for 12 years.\n"
    )
    one(cs, "Ada Morn", "leads", "Harbour Commission")
    assert one(cs, "Cy Lo", "leads", "Harbour Commission").title == "Head"
    none(cs, "Ada Morn", "leads", "Organisation Commission Bo Wu of the Party Central Committee")
    assert not [c for c in cs if c.subject == "Ada Morn" and "Organisation" in (c.object or "")], show(cs)


def test_a_country_in_a_parenthesis_after_a_body_named_with_it_is_no_alias_of_the_body():
    _, cs = run(
        "Harbour League\n\nThe Harbour League (HL) is an organization working with the Committee for Cultural "
        "Relations with Foreign Countries of the Democratic People's Republic of Korea (North Korea), as well as "
        "an organ of the Tide movement.\n"
    )
    assert not [c for c in cs if c.relation == "alias" and c.value == "North Korea"], show(cs)


def test_an_infobox_value_that_points_elsewhere_names_nothing():
    _, cs = run(
        "= Harbour Bureau =\n\nInfobox\n- Agency Name: Harbour Bureau\n- Child1 Agency: See list\n"
        "- Parent Agency: Ministry of Tides\n\nThe Harbour Bureau was the secret police of Veldra.\n"
    )
    one(cs, "Harbour Bureau", "subordinate_to", "Ministry of Tides")
    assert not [c for c in cs if "See list" in (c.subject, c.object)], show(cs)


def test_a_headline_of_a_persons_name_post_and_news_is_no_title():
    doc, cs = run(
        "Ada Morn, Head of Veldra’s Tide Office, Dead at 86\n\n"
        "Ada Morn, who headed the Tide Office (TO) from 1973-1977, has died at the age of 86.\n"
    )
    assert doc.title == "", doc.title
    one(cs, "Ada Morn", "leads", "Tide Office")
    assert not [c for c in cs if "Dead" in (c.object or "")], show(cs)


def test_a_parent_value_until_a_year_ends_the_tie():
    _, cs = run(
        "= Harbour Bureau =\n\nInfobox\n- Agency Name: Harbour Bureau\n- Parent Agency: Ministry of Tides (until 1950)\n\n"
        "The Harbour Bureau was the secret police of Veldra.\n"
    )
    tie = one(cs, "Harbour Bureau", "subordinate_to", "Ministry of Tides")
    assert (tie.start, tie.end) == (None, 1950), show(cs)


def test_a_person_who_created_and_led_a_body_and_the_years_of_a_later_participle_clause():
    _, cs = run(
        "Tide news\n\nIn 1961 Ada Morn created the Harbour Intelligence Agency. Bo Wu founded and led the Tide "
        "Office. The Sea Bureau was disbanded. After the coup, Cy Lo created and headed the Coast Service, "
        "before serving as prime minister from 1971 to 1975.\n"
    )
    one(cs, "Harbour Intelligence Agency", "established_by", "Ada Morn")
    none(cs, "Harbour Intelligence Agency", "established_by", "Sea Bureau")
    one(cs, "Tide Office", "established_by", "Bo Wu")
    one(cs, "Bo Wu", "leads", "Tide Office")
    head = one(cs, "Cy Lo", "leads", "Coast Service")
    assert (head.start, head.end) == (None, None), show(cs)


def test_the_presidency_alone_on_a_page_about_a_body_of_one_country_is_that_countrys():
    _, cs = run(
        "Harbour Service\n\nThe Harbour Service (HS) is the intelligence agency of Iceland. It is an independent "
        "security body affiliated to the Presidency. The HS works with the Tide Board.\n"
    )
    one(cs, "Harbour Service", "affiliated_with", "Presidency of Iceland")
    _, cs = run("Tide Board\n\nThe Tide Board (TB) is an agency. It is affiliated to the Presidency.\n")
    assert not [c for c in cs if c.relation == "affiliated_with"], show(cs)  # no country named: no body


def test_a_predecessor_of_a_body_said_in_a_predicate_or_an_appositive():
    _, cs = run(
        "Tide news\n\nAfter the coup, Cy Lo created the Harbour Agency, a predecessor of the current Tide Service, "
        "before serving as prime minister. The Sea Bureau was the predecessor of the Coast Office.\n"
    )
    one(cs, "Harbour Agency", "absorbed_into", "Tide Service")
    one(cs, "Sea Bureau", "absorbed_into", "Coast Office")
    none(cs, "Cy Lo", "absorbed_into", "Tide Service")


def test_the_second_of_two_posts_before_its_holder_gives_leads():
    _, cs = run(
        "Tide news\n\nAlso, the member of the Secretariat of the Tide Council and head of its Ideological "
        "Department, Cy Lo, commended the work.\n"
    )
    assert one(cs, "Cy Lo", "leads", "Ideological Department").title == "Head"
    none(cs, "Cy Lo", "leads", "Tide Council")
