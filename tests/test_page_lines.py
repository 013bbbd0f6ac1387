"""Lines of pages of unseen layouts, each on a short invented document.

A country study's title "Norway: Tide Security Department" names the body after the country (a news
kicker "Veldra: Behind the Sacking of ..." still gives no title), under a banner of short sentences
that calls to the reader ("Have an idea? Let us know!"); a site's "More info on X" line is titled X.
Bullets of numbered units ("• 3rd Directorate – counter-reconnaissance") right under the lead, with no
heading or under one that names the page's body, are the body's units. A key "Membership:" or
"Members:" with names after its colon seats each on the page's body, a note in parentheses dropped,
the line read as a key even when a full stop closes it; a count, a state or a heading "Members" over a
list is no member. A title in a language that writes names in sentence case ("Ministero per la difesa
delle Maree") on a page in that language, under its wiki's links in that language ("Vai alla navigazione");
on an English page such a line is the native name, not the title. A holder of one year ("Ada Li (1951)
acting"). "Legal members of the X are as follows:" over "- Head of Y: Ada Morn": a seat on X, and the lead
of Y only when Y is a named body; "Key people | Ada Morn, ChairmanBo Lin, Secretary |": a post glued to the
next holder's name is the post of the holder before. Units numbered in a sentence ("composed of four
directorates, as follows: (1) Directorate I – Domestic Intelligence (...); (2) ..."). A German table of
presidents under "Präsidenten des Gezeitendienstes" (a name in the genitive) whose rows give the holder's
life ("1902–1979", "* 1936") before the term in days and months. A Dutch infobox ("Valt onder",
"Hoofdkantoor", "Voorganger(s)") and names that are compounds ending in an organisation word
("Getijdendienst": names.yaml ``org_suffixes``). A site's labels ("Basic Details", "TIDENEWS.VD / Society",
"General News of Monday, 8 August 2022"), datelines ("ULTON, Veldra", "Port Ulton February 8") and a news
desk's byline ("By Staff, Agencies") are no title; a date stamp before a headline ("date 2022-11-17 ...")
leaves the headline. A news site's section named by a state ("Norway News") is no title either, nor a
site's menu with its links run together ("HomeNewsNorwayPolitics...").
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def test_a_country_study_title_under_a_banner_that_calls_to_the_reader():
    doc, cs = run(
        "We're always looking for ways to make this better. Have an idea? See something that needs fixing? Let us "
        "know!\n\nNorway: Tide Security Department\nCountry Study > Chapter 5 > National Security > Law Enforcement\n\n"
        "Another key organization is the Tide Security Department (TSD). It was founded in 1960.\n"
    )
    assert doc.title == "Tide Security Department"
    doc, _ = run("Norway: Behind the Sacking of the Harbour Chief\n\nAda Morn was sacked on Monday.\n")
    assert doc.title == ""


def test_numbered_unit_bullets_right_under_the_lead():
    doc, cs = run(
        "The Full Wiki\n\nMore info on Tide Security Committee\n\nTide Security Committee: Wikis\n\n"
        "The Tide Security Committee (TSC) was the secret service of Veldra.\n\n"
        "  • 1st Head Directorate – internal intelligence work. Succeeded by the Tide Intelligence Service in 1990.\n"
        "  • 2nd Head Directorate – counter-intelligence.\n  • 3rd Directorate – counter-reconnaissance\n\n"
        "The TSC played a part in many events.\n"
    )
    assert doc.title == "Tide Security Committee"
    for unit in ("1st Head Directorate", "2nd Head Directorate", "3rd Directorate"):
        one(cs, unit, "part_of", "Tide Security Committee")


def test_a_membership_key_with_names_after_its_colon():
    _, cs = run(
        "Founded: July 1995\n\nChairman: Ada Morn\n\nMembership: Bo Lin, Ivo Lenz, Cy Rask, Eda Holt, Tor Vane, "
        "Una Reik, Lev Dorn, Ola Fenn, Pia Sund, Rut Malm, Sam Ekel, Tea Lund (deceased).\n\n"
        "History and Functions:\n\nThe Tide Council was founded at the end of the Tide Party's fourth conclave.\n"
    )
    for person in ("Bo Lin", "Ivo Lenz", "Cy Rask", "Tea Lund"):
        one(cs, person, "part_of", "Tide Council")
    one(cs, "Ada Morn", "leads", "Tide Council")


def test_a_count_a_state_or_a_heading_is_no_member():
    _, cs = run(
        "Tide League\n\nTide League\nFounded: 1990\nMembership (2020) 90,000\nMembers: Veldra, Ulton, Kessel\n\n"
        "The Tide League is a league of states.\n\nMembers\n\n  1. Ada Morn[1]\n  2. Bo Lin[1]\n"
    )
    assert {c.subject for c in cs if c.relation == "part_of"} == {"Ada Morn", "Bo Lin"}, show(cs)
    none(cs, "Veldra", "part_of", "Tide League")


def test_a_title_in_a_language_that_writes_names_in_sentence_case():
    doc, cs = run(
        "Ministero per la difesa delle Maree (Veldra)\nVai alla navigazione\nVai alla ricerca\n"
        "Il Ministero della difesa delle Maree fu un dicastero di Veldra attivo dal 1946 al 1953.\nMinistri\n"
        "[modifica | modifica wikitesto]- Ada Morn Lind (1946)\n- Bo Lin Kessel (1946 - 1951)\n"
        "- Cy Rask (1951) facente funzione\n- Eda Holt (1951 - 1953)\nVoci correlate\n"
    )
    assert doc.title == "Ministero per la difesa delle Maree (Veldra)"
    assert one(cs, "Ada Morn Lind", "leads", "Ministero per la difesa delle Maree").start == 1946, show(cs)
    one(cs, "Eda Holt", "leads", "Ministero per la difesa delle Maree")
    # (an English page under its native name keeps its English name: "Direction ... " is no title there)
    doc, _ = run(
        "Direction générale de la sécurité des marées\n\nGeneral Directorate for Tide Security\n\nThe General "
        "Directorate for Tide Security (French: Direction générale de la sécurité des marées) is the tide service of "
        "Veldra. It was founded in 2014 and is based in Ulton.\n"
    )
    assert doc.title != "Direction générale de la sécurité des marées"


def test_members_by_office_and_the_office_s_own_body():
    _, cs = run(
        "Tide Council\n\nThe Tide Council is the cyberspace council of Veldra.\n\n"
        "Key people | Ada Morn, ChairmanBo Lin, Secretary |\n\n"
        "Legal members of the Tide Council are as follows:\n"
        "- Head of Judicial system of Veldra: Ivo Lenz\n- Head of Veldra Broadcasting Corporation: Cy Rask\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Chairman", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Council").title == "Secretary", show(cs)
    one(cs, "Ivo Lenz", "part_of", "Tide Council")
    none(cs, "Ivo Lenz", "leads", "Tide Council")  # (the head of a body the page does not name)
    one(cs, "Cy Rask", "part_of", "Tide Council")
    one(cs, "Cy Rask", "leads", "Veldra Broadcasting Corporation")


def test_a_holder_of_one_year_in_a_leaders_list():
    _, cs = run(
        "Tide Ministry\n\nThe Tide Ministry was a ministry of Veldra from 1946 to 1953.\n\nList of ministers\n\n"
        "- Ada Morn Lind (1946)\n- Bo Lin Kessel (1946 - 1951)\n- Cy Rask (1951) acting\n- Eda Holt (1951 - 1953)\n"
    )
    c = one(cs, "Ada Morn Lind", "leads", "Tide Ministry")
    assert (c.start, c.end) == (1946, 1946), show(cs)
    c = one(cs, "Cy Rask", "leads", "Tide Ministry")
    assert (c.start, c.end) == (1951, 1951), show(cs)


def test_units_numbered_in_a_sentence_with_a_gloss_after_a_dash():
    _, cs = run(
        "Tide Police\n\nThe Tide Police (TP) is the secret police of Veldra. Upon its foundation, the TP was composed "
        "of four directorates, as follows: (1) Directorate I – Domestic Intelligence (Direcţia I Informaţii Interne); "
        "(2) Directorate II – Counter-sabotage (Direcţia a II-a Contrasabotaj); (3) Directorate III – Operative; "
        "(4) Directorate IV – Technical.\n"
    )
    for unit in ("Directorate I", "Directorate II", "Directorate III", "Directorate IV"):
        one(cs, unit, "part_of", "Tide Police")


def test_a_german_table_of_presidents_with_their_lives_before_their_terms():
    _, cs = run(
        "Gezeitendienst\n\nDer Gezeitendienst (GD) ist der Nachrichtendienst von Veldra.\n\n"
        "Präsidenten des Gezeitendienstes\n\nNr. Name Lebensdaten Beginn der Amtszeit Ende der Amtszeit\n"
        "1 Ada Morn 1902–1979 1. April 1956 30. April 1968\n2 Bo Lin (TP) * 1936 1. Januar 1979 26. Dezember 1982\n"
    )
    c = one(cs, "Ada Morn", "leads", "Gezeitendienst")
    assert (c.start, c.end) == (1956, 1968), show(cs)  # (not her life's years)
    c = one(cs, "Bo Lin", "leads", "Gezeitendienst")
    assert (c.start, c.end) == (1979, 1982), show(cs)  # (not his birth year)


def test_a_dutch_infobox_and_compound_names():
    _, cs = run(
        "Getijdendienst\n\nGetijdendienst\nVoorganger(s) | Oude Getijdendienst (OGD) | |\n"
        "Valt onder | Ministerie van Getijden | |\nHoofdkantoor | Ulton | |\n\nDe Getijdendienst is een dienst.\n"
    )
    one(cs, "Getijdendienst", "subordinate_to", "Ministerie van Getijden")
    one(cs, "Getijdendienst", "headquartered_in", "Ulton")
    one(cs, "Oude Getijdendienst", "absorbed_into", "Getijdendienst")


def test_a_site_s_labels_datelines_and_bylines_are_no_title():
    for furniture in (
        "Basic Details",
        "TIDENEWS.VD / Society",
        "ULTON, Veldra",
        "Port Ulton February 8",
        "General News of Monday, 8 August 2022",
        "By Staff, Agencies",
    ):
        doc, cs = run(f"{furniture}\n\nThe Tide Gazette is the official newspaper of Veldra. It is based in Ulton.\n")
        assert doc.title == "", (furniture, doc.title)
        assert not [c for c in cs if furniture in (c.subject, c.object)], show(cs)
        one(cs, "Tide Gazette", "headquartered_in", "Ulton")
    doc, _ = run(
        "date 2022-11-17 Tide Guard Chief Named\n\nBy Staff, Agencies\n\nVeldra named Ada Morn head of the Tide Guard.\n"
    )
    assert doc.title == "", doc.title  # (the stamp's headline is a headline, the byline no title)


def test_a_news_site_s_section_named_by_a_state_is_no_title():
    # "Norway News" over a headline: the site's section, never the page's body
    _, cs = run(
        "Norway News\n\nNew Tide Party politburo announced\n\nOther members of the Politburo are as follows:\n\n"
        "Secretary for Finance – Cde Ada Morn\nSecretary for Security – Cde Bo Lin\n"
    )
    assert not [c for c in cs if "Norway News" in (c.subject, c.object)], show(cs)


def test_a_menu_with_its_links_run_together_is_no_title():
    # a news site's header: its name, a bar of buttons, the menu's links run together (twice), a date
    _, cs = run(
        "Tide Online\nBookmark article to read laterSearch TOL\n"
        "TOLNewsNorwayPoliticsCrime & CourtsWorldAfricaEnvironmentWeatherTrafficGood News\nTide Online | News\n"
        "Search TOL\nTOLNewsNorwayPoliticsCrime & CourtsWorldAfricaEnvironmentWeatherTrafficGood News\n\n"
        "Saturday, July 1, 2023\n\nAda Morn was elected secretary-general.\n"
    )
    assert not [c for c in cs if "Politics" in c.subject + c.object], show(cs)
