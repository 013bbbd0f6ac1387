"""Layout features of real scraped pages (issue 10), one test per feature.

Every snippet is invented (fictional bodies, people and places) in the *form* real scrapes
take: officeholder tables in pipe, whitespace and glued forms, numbered template keys, office
pages, page furniture before the title, value boundaries. Each test parses the snippet, extracts
its claims and checks the relation, direction, years and that every evidence is an exact slice of
the document text.
"""

from __future__ import annotations

import pytest
from claim_helpers import reads_as  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet
from orgnet.extract import Claim


def claims_of(text: str) -> list[Claim]:
    doc = orgnet.parse_text(text, "t.txt")
    out = orgnet.extract_claims(doc)
    for c in out:  # offsets count characters of the file (doc.raw); the evidence is the span as read
        assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), c
        if doc.source_map.identity:
            assert c.evidence == doc.text[c.char_start : c.char_end], c
    return out


def edges(text: str, relation: str | None = None) -> set[tuple[str, str, str]]:
    return {
        (c.subject, c.relation, c.object)
        for c in claims_of(text)
        if c.object and (relation is None or c.relation == relation)
    }


def leads(text: str) -> dict[tuple[str, str], list[tuple[int | None, int | None]]]:
    """(person, body) -> the (start, end) years of each term found."""
    out: dict[tuple[str, str], list[tuple[int | None, int | None]]] = {}
    for c in claims_of(text):
        if c.relation == "leads":
            out.setdefault((c.subject, c.object), []).append((c.start, c.end))
    return out


# ----------------------------------------------------------------------------- infobox keys


def test_office_title_keys_glued_with_a_value_per_line():
    text = (
        "Assembly of Coastal Provinces\n\n"
        "ChairmanAda Morn, CPP\n"
        "Vice ChairpersonsBo Lind, CPP\n"
        "Cy Rask, Nonpartisan\n"
        "Dee Holm , WPU\n"
        "Secretary-GeneralEd Varn, CPP\n"
        "Websitewww.example.org\n"
    )
    got = leads(text)
    body = "Assembly of Coastal Provinces"
    assert {p for p, b in got if b == body} == {"Ada Morn", "Bo Lind", "Cy Rask", "Dee Holm", "Ed Varn"}
    assert not any(p in ("CPP", "WPU", "Nonpartisan") for p, _ in got)


def test_numbered_template_keys_pair_name_and_post_by_word_and_number():
    text = (
        "= Bureau of Tides =\n\n"
        "- Minister1 Name: Ada Morn\n"
        "- Minister1 Pfo: Head\n"
        "- Deputyminister1 Name: Bo Lind\n"
        "- Deputyminister1 Pfo: Executive Deputy Head\n"
        "- Deputyminister2 Name: Cy Rask*\n"
        "- Deputyminister2 Pfo: Deputy Head\n"
    )
    by_person = {c.subject: c.title for c in claims_of(text) if c.relation == "leads"}
    assert by_person == {"Ada Morn": "Head", "Bo Lind": "Executive Deputy Head", "Cy Rask": "Deputy Head"}


def test_numbered_child_and_predecessor_keys_of_a_body():
    text = "= Bureau of Tides =\n\n- Child1 Agency: Office of Tidal Charts\n- Preceding1: Board of Harbour Works\n"
    got = edges(text)
    assert ("Office of Tidal Charts", "subordinate_to", "Bureau of Tides") in got
    assert ("Board of Harbour Works", "absorbed_into", "Bureau of Tides") in got


def test_predecessor_keys_of_a_person_page_are_not_bodies():
    text = "= Ada Morn =\n\n- Office: Minister of Tides\n- Predecessor1: Position established\n- Successor1: Bo Lind\n"
    assert not edges(text, "absorbed_into")


# ----------------------------------------------------------------------------- officeholder tables


def test_glued_officeholder_table_under_a_list_heading():
    text = (
        "Bureau of Tides\n\n"
        "The Bureau of Tides is an agency of the Harbour Council.\n\n"
        "List of heads\n\n"
        "NameStartEndNotesRef.\n"
        "Ada Morn August 1921July 1922First head of the bureau[ citation needed ]\n"
        "Bo Lind May 1924January 1925\n"
        "Ada Morn April 1927October 1927Acting head from 1927 to 1928\n"
        "Cy Rask November 2006[ ci\n"
    )
    got = leads(text)
    assert got[("Ada Morn", "Bureau of Tides")] == [(1921, 1922), (1927, 1927)]
    assert got[("Bo Lind", "Bureau of Tides")] == [(1924, 1925)]
    assert got[("Cy Rask", "Bureau of Tides")] == [(2006, None)]
    assert all(c.title == "Head" for c in claims_of(text) if c.relation == "leads")


def test_officeholder_rows_over_several_lines_with_numbers_and_image_names():
    text = (
        "Harbour League\n\n"
        "The Harbour League is a youth organization.\n\n"
        "List of secretaries\n\n"
        "No.OfficeholderTerm of officeRef.\n"
        "Took officeLeft office\n"
        "1 Old photo 1950 Ada Morn.jpg Ada Morn\n\n\n"
        "2 Bo Lind\n\n"
        "(born 1935)\n\n"
        "27 October 197830 November 1982\n"
        "3 Cy Rask at Harbour 2011.jpg Cy Rask\n\n"
        "(born 1942)\n\n"
        "10 May 199323 June 1998 [3]\n"
    )
    got = leads(text)
    assert got[("Ada Morn", "Harbour League")] == [(None, None)]
    assert got[("Bo Lind", "Harbour League")] == [(1978, 1982)]
    assert got[("Cy Rask", "Harbour League")] == [(1993, 1998)]
    assert not any("Old photo" in p or "jpg" in p for p, _ in got)


def test_pipe_table_of_a_predecessor_body_is_attributed_to_that_body():
    text = (
        "Tidal Affairs Commission\n"
        "The Tidal Affairs Commission is a department of the Harbour Council.\n"
        "List of secretaries\n"
        "[edit]Leaders of the Tidal Law Group\n"
        "[edit]Name | Start | End | Ref. |\n"
        "---|---|---|---|\n"
        "Ada Morn | June 1958 | 1958 | [7] |\n"
        "Bo Lind | 1958 | December 1960 | [7] |\n"
        "Secretaries of the Tidal Affairs Commission\n"
        "No. | Officeholder | Term of office | Ref. |\n"
        "Cy Rask | 1980 | incumbent | [8] |\n"
    )
    got = leads(text)
    assert got[("Ada Morn", "Tidal Law Group")] == [(1958, 1958)]
    assert got[("Bo Lind", "Tidal Law Group")] == [(1958, 1960)]
    assert got[("Cy Rask", "Tidal Affairs Commission")] == [(1980, None)]


def test_whitespace_table_row_takes_the_first_two_dates():
    text = (
        "Ministry of Tides\n\n"
        "Ministers\n\n"
        "No. Portrait Name From To Premier\n"
        "1 Ada Morn 1949 1958 Bo Lind\n"
        "2 Cy Rask 1958 1972 Bo Lind\n"
    )
    got = leads(text)
    assert got[("Ada Morn", "Ministry of Tides")] == [(1949, 1958)]
    assert got[("Cy Rask", "Ministry of Tides")] == [(1958, 1972)]
    assert ("Bo Lind", "Ministry of Tides") not in got


# ----------------------------------------------------------------------------- office pages


def test_office_page_holders_lead_the_body_named_by_the_lead_sentence():
    text = (
        "Foreign Minister of Ruritania\n"
        "From Wikipedia, the free encyclopedia\n"
        "Incumbent: Ada Morn |\n"
        "The Foreign Minister of Ruritania is the head of the Ministry of External Affairs of "
        "Ruritania and one of the country's senior cabinet posts.\n"
        "[edit] List of Foreign Ministers\n"
        "- Bo Lind (1949-1958)\n"
        "- Ada Morn (2007-)\n"
    )
    got = leads(text)
    body = "Ministry of External Affairs of Ruritania"
    assert got[("Bo Lind", body)] == [(1949, 1958)]
    assert (2007, None) in got[("Ada Morn", body)]
    labels = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert "Foreign Minister of Ruritania" not in labels


def test_office_page_title_names_the_body_and_incumbent_since():
    text = (
        "Head of the Bureau of Tides\n\n"
        "Last updated\n"
        "Incumbent\n"
        "Ada Morn\n"
        "since October 26, 2022\n"
        "Seat Port Ulton\n"
        "FormationAugust 1921\n\n"
        "The head of the Bureau of Tides is the leader of the Bureau, a department of the "
        "Harbour Council.\n"
    )
    cs = claims_of(text)
    lead = [c for c in cs if c.relation == "leads"]
    assert [(c.subject, c.object, c.start, c.title) for c in lead] == [("Ada Morn", "Bureau of Tides", 2022, "Head")]
    assert "since October 26, 2022" in lead[0].evidence
    assert ("Bureau of Tides", "headquartered_in", "Port Ulton") in {(c.subject, c.relation, c.object) for c in cs}


# ----------------------------------------------------------------------------- the page's subject


def test_page_furniture_before_the_title_is_never_a_node():
    text = (
        "Skip to main content\n"
        "Home > Agencies > Bureau of Tides\n"
        "cover image\n\n"
        "Bureau of Tides explained\n\n"
        "The Bureau of Tides is an agency under the Harbour Council.\n"
    )
    doc = orgnet.parse_text(text, "t.txt")
    assert doc.title == "Bureau of Tides"
    names = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert ("Bureau of Tides", "subordinate_to", "Harbour Council") in edges(text)
    assert not names & {"Skip to main content", "cover image", "Bureau of Tides explained"}


def test_headline_is_not_a_title_and_a_banner_is_not_the_subject():
    text = (
        "Sign up for Harbour News Updates!\n\n"
        "Ruritania replaces head of state tide agency\n\n"
        "January 2, 2015\n\n"
        "Ruritania has appointed Ada Morn as president of the Tide Agency.\n"
    )
    doc = orgnet.parse_text(text, "t.txt")
    assert doc.title == ""
    assert all("Sign up" not in c.subject for c in claims_of(text))


def test_no_title_line_the_lead_sentence_defines_the_subject():
    text = (
        "You can help expand this article with text translated from another language. (March 2023)\n"
        "|\n"
        "The Office of Tidal Affairs is an administrative agency under the Harbour Council.\n"
        "Parent agency | Board of Tides |\n"
    )
    got = edges(text)
    assert ("Office of Tidal Affairs", "subordinate_to", "Board of Tides") in got
    assert ("Office of Tidal Affairs", "subordinate_to", "Harbour Council") in got


def test_a_cut_title_that_is_no_name_gives_way_to_the_lead_sentence():
    text = (
        "About the Harbour Women\n\n"
        "The Harbour Women's Federation (HWF), founded in April 1949, is a people's organization "
        "under the leadership of the Harbour Party.\n"
    )
    got = edges(text)
    assert {
        ("Harbour Women's Federation", "subordinate_to", "Harbour Party"),
        ("HWF", "subordinate_to", "Harbour Party"),
    } & got
    assert not any("About" in s or "About" in o for s, _, o in got)


# ----------------------------------------------------------------------------- value boundaries


def test_a_multi_line_value_ends_at_a_glued_unknown_key_a_url_or_a_line_that_names_no_body():
    text = (
        "Harbour Signal Force\n\n"
        "Founded31 December 2015 (2015-12-31)\n"
        "Part of Harbour Defence Force\n"
        "MarchWe Are the Tide\n"
        "Websiteharbour.example.org\n"
        "Insignia\n"
        "BadgeThe emblem of HSFThe emblem of HSF\n"
    )
    got = edges(text)
    assert got == {("Harbour Signal Force", "part_of", "Harbour Defence Force")}


def test_keys_of_newspaper_and_unit_infoboxes():
    text = (
        "Harbour Times\n"
        "The Harbour Times is a daily newspaper.\n"
        "Owner(s) | Central Committee of the Harbour Party |\n"
        "Publisher | Harbour Daily |\n"
        "Editor | Ada Morn |\n"
        "Political alignment | Harbour Party |\n"
        "Part of a series on |\n"
        "Allegiance Harbour Party\n"
    )
    got = edges(text)
    assert ("Harbour Times", "controlled_by", "Central Committee of the Harbour Party") in got
    assert ("Harbour Daily", "publishes", "Harbour Times") in got
    assert ("Ada Morn", "leads", "Harbour Times") in got
    assert ("Harbour Times", "affiliated_with", "Harbour Party") in got
    assert not any(o.startswith("a series") for _, _, o in got)


def test_a_street_address_over_several_lines_is_located_in_its_city():
    text = (
        "Bureau of Tides\n\n"
        "The Bureau of Tides is an agency.\n\n"
        "Meeting place\n"
        "41 Anchor Street,\n"
        "Old Quay District, Port Ulton\n"
        "Headquarters | No.2 Pier Road, Dock District, Port Ulton 100733, Republic of Ruritania |\n"
    )
    hq = [c for c in claims_of(text) if c.relation == "headquartered_in"]
    assert {c.object for c in hq} == {"Port Ulton"}
    assert any("41 Anchor Street" in c.object_surface for c in hq)


def test_raw_wikitext_infobox_keys():
    text = (
        "Forum for Free Tides\n"
        "{{Infobox organization\n"
        "| name = Forum for Free Tides\n"
        "| logo =\n"
        "| location = Port Ulton, Ruritania\n"
        "| key_people = Ada Morn, Bo Lind\n"
        "| endowment = Harbour Intelligence Agency to 1966; Tide Foundation to 1979\n"
        "}}\n"
        "The Forum for Free Tides was a cultural organization.\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object, c.end) for c in cs if c.object}
    assert ("Forum for Free Tides", "headquartered_in", "Port Ulton", None) in got
    assert {("Ada Morn", "leads"), ("Bo Lind", "leads")} <= {(a, r) for a, r, _, _ in got}
    assert ("Forum for Free Tides", "funded_by", "Harbour Intelligence Agency", 1966) in got
    assert ("Forum for Free Tides", "funded_by", "Tide Foundation", 1979) in got


def test_leader_bullets_with_the_post_after_a_comma_or_on_the_next_indented_line():
    text = (
        "Harbour Women's Federation\n\n"
        "The Harbour Women's Federation is a people's organization.\n\n"
        "  • Ada Morn\n\n"
        "    Vice-Chairperson of the Harbour Assembly and President of the Harbour Women's Federation\n"
        "  • Bo Lind, Secretary-General\n"
        "  • Tide Studies Institute\n"
    )
    got = {(c.subject, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada Morn", "Vice-Chairperson"), ("Bo Lind", "Secretary-General")}


def test_a_leader_list_written_as_one_sentence():
    text = (
        "Tide Agency chiefs over the years\n\n"
        "The Tide Agency (TDA) was founded in 1948. Here follows the list of all the TDA Chiefs since 1948:\n\n"
        "Colonel (later Major General) Ada Wen Morn (1948-50), Bo Lind (1950-59), Brigadier Cy Rask "
        "(May 1989– August 1990) and Dee Holm (October 2016-October 2018).\n"
    )
    got = leads(text)
    assert got[("Ada Wen Morn", "TDA")] == [(1948, 1950)]
    assert got[("Bo Lind", "TDA")] == [(1950, 1959)]
    assert got[("Cy Rask", "TDA")] == [(1989, 1990)]
    assert got[("Dee Holm", "TDA")] == [(2016, 2018)]
    assert all(c.title == "Chief" for c in claims_of(text) if c.relation == "leads")


def test_nested_bullets_leaders_lead_the_body_of_the_bullet_above():
    text = (
        "= Chronology of harbour police agencies =\n\n"
        "- Tidewatch (abbreviation of Harbour-Watch Committee of Ulton)\n"
        "  - Ada Morn (December 20, 1917 – July 7, 1918)\n"
        "  - Bo Lind (July 7, 1918 – August 22, 1918) (acting)\n"
        "- HPB – Harbour Police Board\n"
        "  - TPD – Tidal Police Directorate\n"
        "    - Cy Rask (February 6, 1922 – November 15, 1923)\n"
    )
    got = leads(text)
    assert got == {
        ("Ada Morn", "Tidewatch"): [(1917, 1918)],
        ("Bo Lind", "Tidewatch"): [(1918, 1918)],
        ("Cy Rask", "TPD"): [(1922, 1923)],
    }
    names = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert "Chronology of harbour police agencies" not in names


def test_an_office_key_with_a_qualifier_and_starred_names():
    text = (
        "Tide Work Department\n\n"
        "Executive deputy head\n"
        "Ada Morn*\n"
        "Deputy heads\n"
        "Bagatur*, Bo Lind*, Cy Rask\n"
        "Parent organization\n"
        "Harbour Council\n"
    )
    got = {(c.subject, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert got == {
        ("Ada Morn", "Deputy Head"),
        ("Bagatur", "Deputy Head"),
        ("Bo Lind", "Deputy Head"),
        ("Cy Rask", "Deputy Head"),
    }


def test_an_appositive_unit_of_a_body():
    assert ("GPU", "subordinate_to", "Ministry of Widgets") in edges(
        "Widget Office\n\nIn 1922 the Bureau became GPU, a department of the Ministry of Widgets.\n"
    )


def test_key_colon_value_without_a_space_and_numbered_chief_keys():
    text = (
        "Harbour Liaison Department explained\n\n"
        "Nativename:港务联络部\n"
        "Headquarters:Quay Street, Old Town District, Port Ulton, Ruritania\n"
        "Chief1 Name:Ada Morn\n"
        "Chief1 Position:Director\n"
        "Rr:Hangmu ryeollakbu\n"
        "Order:st\n"
    )
    cs = claims_of(text)
    assert [(c.subject, c.title) for c in cs if c.relation == "leads"] == [("Ada Morn", "Director")]
    names = {c.subject for c in cs} | {c.object for c in cs}
    assert not names & {"Rr", "Order", "st", "Hangmu ryeollakbu"}


def test_leader_key_with_terms_goes_on_after_a_blank_line():
    text = (
        "Tidewatch\n"
        "Full Name: Ministry for Tidal Security\n"
        "Alias: Tidewatch\n"
        "Origin: Ruritania\n"
        "Commanders: Ada Morn (1950 - 1953)\n\n"
        "Bo Lind (1953 - 1957)\n"
        "Cy Rask (1957 - 1989)\n\n"
        "Goals: To watch the tides\n"
    )
    got = leads(text)
    assert got == {
        ("Ada Morn", "Tidewatch"): [(1950, 1953)],
        ("Bo Lind", "Tidewatch"): [(1953, 1957)],
        ("Cy Rask", "Tidewatch"): [(1957, 1989)],
    }
    aliases = {c.value for c in claims_of(text) if c.relation == "alias"}
    assert "Ministry for Tidal Security" in aliases and not any("Origin" in a for a in aliases)


def test_a_pipe_tables_caption_names_the_subject_when_nothing_else_does():
    text = (
        "Tidewatch ( rum. Tidewatch - “watch”), the official name is the Department of Tidal "
        "Security, combining the functions of special services.\n"
        "| Tidal Security Department | |\n"
        "|---|---|\n"
        "| Head | (the last) Ada Morn (1987-1989) |\n"
    )
    assert leads(text) == {("Ada Morn", "Tidal Security Department"): [(1987, 1989)]}


def test_a_site_menu_is_no_title():
    doc = orgnet.parse_text(
        "About  |  Contact  |  News on Social  |  Subscribe\n\nRuritania-Tidewatch\n\n"
        "Tidewatch was attached to the Office of the Harbour Master.\n",
        "t.txt",
    )
    assert doc.title == "Ruritania-Tidewatch"


def test_front_organizations_including_and_attached_to_and_appointed_its_director():
    text = (
        "Harbour Department\n\n"
        "The Harbour Department conducts propaganda and manages front organizations, including the "
        "Tidewatch and the Ulton Friendship League. It was attached to the Office of the Harbour Master. "
        "General Ada Morn was appointed its first director, only to be dismissed in 1961.\n"
    )
    got = edges(text)
    assert ("Tidewatch", "front_for", "Harbour Department") in got
    assert ("Ulton Friendship League", "front_for", "Harbour Department") in got
    assert ("Harbour Department", "subordinate_to", "Office of the Harbour Master") in got
    assert leads(text)[("Ada Morn", "Harbour Department")] == [(None, None)]


def test_glued_row_numbers_names_and_years_and_term_first_pipe_rows():
    text = (
        "Ministry of Tides\n\n"
        "Director of Tidal Police (1948-1954)\n"
        "edit\n"
        "NoNameTook officeLeft office\n"
        "1Ada MornFebruary, 1946June, 1946\n"
        "2Bo Lind19541975\n\n"
        "Heads\n\n"
        "1951-1952 | Cy Rask |\n"
        "1952-1960 | Dee Holm |\n"
    )
    got = leads(text)
    # the first table is headed by a predecessor body's office: its rows lead that body
    assert got[("Ada Morn", "Tidal Police")] == [(1946, 1946)]
    assert got[("Bo Lind", "Tidal Police")] == [(1954, 1975)]
    assert got[("Cy Rask", "Ministry of Tides")] == [(1951, 1952)]
    assert got[("Dee Holm", "Ministry of Tides")] == [(1952, 1960)]


def test_prose_forms_of_leaders_funding_control_and_abbreviations():
    text = (
        "Harbour Agency\n\n"
        "The Harbour Agency (HA, ) was headed from 1955-1986 by Ada Morn. It was funded secretly by the "
        "Tide Foundation. Operating under the joint control of the Harbour Council and the Tide League, it grew. "
        "Harbour Bureau Director Bo Lind said the plan was sound.\n"
    )
    cs = claims_of(text)
    assert {
        (c.subject, c.start, c.end) for c in cs if c.relation == "leads" and c.object in ("Harbour Agency", "HA")
    } == {("Ada Morn", 1955, 1986)}
    got = edges(text)
    assert ("Harbour Agency", "funded_by", "Tide Foundation") in got
    assert {
        ("Harbour Agency", "controlled_by", "Harbour Council"),
        ("Harbour Agency", "controlled_by", "Tide League"),
    } <= got
    assert ("Bo Lind", "leads", "Harbour Bureau") in got
    assert ("Harbour Agency", "HA") in {(c.subject, c.value) for c in cs if c.relation == "alias"}


def test_a_parent_value_with_its_years():
    text = "Tide Police\n\nParent agencyMinistry of Widgets (1948–51, 1955–89)\nMinistry of Gadgets (1951–55)\n"
    got = {(c.object, c.start, c.end) for c in claims_of(text) if c.relation == "subordinate_to"}
    assert got == {("Ministry of Widgets", 1948, 1951), ("Ministry of Gadgets", 1951, 1955)}


def test_dated_key_rows_of_an_infobox_are_not_an_officeholder_table():
    text = (
        "Tide Foundation\n\nThe Tide Foundation is a charity.\n"
        "President and CEO | Ada Morn |\n"
        "Revenue | $104,324,731[1] (2019) |\n"
        "Expenses | $104,757,151[1] (2019) |\n"
        "Website | tidefoundation |\n"
    )
    names = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert not names & {"Revenue", "Expenses", "Website"}


def test_a_bullet_list_of_bodies_relates_them_by_the_heading_above():
    text = (
        "Harbour Women's Federation\n\n"
        "The Harbour Women's Federation is a people's organization.\n\n"
        "  • Institute of Harbour Women's Studies\n"
        "  • Harbour Women's Daily\n\n"
        "Member organizations\n\n"
        "  • Association of Harbour Women Judges\n\n"
        "History\n\n"
        "  • Tide Workers' Union\n"
    )
    got = edges(text)
    assert ("Institute of Harbour Women's Studies", "affiliated_with", "Harbour Women's Federation") in got
    assert ("Harbour Women's Daily", "affiliated_with", "Harbour Women's Federation") in got
    assert ("Association of Harbour Women Judges", "part_of", "Harbour Women's Federation") in got
    assert not any("Tide Workers" in a for a, _, _ in got)


def test_a_banner_line_and_a_title_suffix_and_bullet_values_with_markers():
    text = (
        "DONATE24 - Make a donation in support of the harbour!\n\n\n"
        "Tidal Military Commission Membership\n\n"
        "Office address\n"
        "2 East Quay Street, Port Ulton [19]\n"
        "Director responsible\n"
        "  • Ada Morn Edit this at Wikidata\n"
        "Minister\n"
        "Bo Lind [8]\n"
    )
    doc = orgnet.parse_text(text, "t.txt")
    assert doc.title == "Tidal Military Commission"
    got = edges(text)
    assert ("Tidal Military Commission", "headquartered_in", "Port Ulton") in got
    assert ("Ada Morn", "leads", "Tidal Military Commission") in got
    assert ("Bo Lind", "leads", "Tidal Military Commission") in got


def test_a_post_after_a_comma_is_not_a_person_and_a_cut_entry_is_not_a_body():
    text = (
        "Ministry of Tides\n\n"
        "Deputy ministers\n"
        "Ada Morn, Politics Supervisor\n\n"
        "Organizational structure\n\n"
        "  • Department of Harbour Affairs\n"
        "  • Department of Quays and\n"
    )
    cs = claims_of(text)
    assert {(c.subject, c.title) for c in cs if c.relation == "leads"} == {("Ada Morn", "Politics Supervisor")}
    assert {c.subject for c in cs if c.relation == "part_of"} == {"Department of Harbour Affairs"}


def test_a_person_pages_parties_and_assemblies_and_funding_in_prose():
    text = (
        "= Ada Morn =\n\n- Office: Minister of Tides\n- Office5: Member of the Tidekammer , for Ulton, Quay\n"
        "- Party: Harbour Unity Party\n- Otherparty: Tide Workers Party\n\n"
        "The report says that Bo Lind, currently vice chairman of the Tide Assembly through the HTF provided "
        "funding for the Quay Institute of Studies.\n"
    )
    got = edges(text)
    assert {
        ("Ada Morn", "part_of", "Tidekammer"),
        ("Ada Morn", "part_of", "Harbour Unity Party"),
        ("Ada Morn", "part_of", "Tide Workers Party"),
        ("Quay Institute of Studies", "funded_by", "HTF"),
    } <= got
    assert not {(a, r, b) for a, r, b in got if r == "part_of" and "Minister" in b}


def test_party_keys_of_a_body_page_give_no_membership():
    assert not edges("= Bureau of Tides =\n\n- Party: Harbour Unity Party\n", "part_of")


def test_a_title_that_starts_with_a_key_word_is_still_the_title():
    doc = orgnet.parse_text("Office for Tidal Vigilance\n\nThe office watches the tides.\n", "t.txt")
    assert doc.title == "Office for Tidal Vigilance" and not doc.fields


def test_an_abbreviation_sentence_and_a_name_in_another_language():
    text = (
        'TSB\n\nTSB (transliteration of "ТСБ") is the Ruritanian abbreviation of Tidal Security Bureau '
        "(Ruritanian: Тидал), which was the official name of the service.\n"
    )
    cs = claims_of(text)
    aliases = {(c.subject, c.value) for c in cs if c.relation == "alias"}
    assert ("TSB", "Tidal Security Bureau") in aliases
    assert ("Tidal Security Bureau", "Тидал") in aliases
    assert not any(":" in v for _, v in aliases)


def test_mirror_artefacts_glued_link_words_error_lines_and_percent_escapes():
    text = (
        "Bureau of Tides\n\n"
        "Lua error in Module:Infobox at line 12: attempt to index field 'Harbour Office' (a nil value).\n"
        "The Bureau of Tides reports to theCentral Committee of theHarbour Party; currentlyAda Morn heads it.\n"
    )
    got = edges(text)
    assert ("Bureau of Tides", "subordinate_to", "Central Committee of the Harbour Party") in got
    assert not any("Module" in a or "Module" in b or "Harbour Office" in b for a, _, b in got)
    escaped = "Bureau%20of%20Tides%0A%0AThe%20Bureau%20of%20Tides%20is%20overseen%20by%20the%20Harbour%20Council.%0A"
    doc = orgnet.parse_text(escaped, "t.txt")
    assert doc.title == "Bureau of Tides" and any("%-escaped" in w for w in doc.warnings)
    assert ("Bureau of Tides", "overseen_by", "Harbour Council") in edges(escaped)


def test_a_bare_organisation_word_is_never_a_node_and_a_country_name_keeps_its_of():
    got = edges(
        "Tide Council\n\nThe Tide Council (TC) is a political organization in the People's Republic of "
        "Ruritania. The first head of the Agency was Ada Morn.\n"
    )
    # (the name before the abbreviation's parenthesis is what the sentence is about)
    assert ("Tide Council", "headquartered_in", "People's Republic of Ruritania") in got
    assert not any(b in ("Agency", "the Agency") for _, _, b in got)


def test_the_agency_in_a_page_without_a_title_is_the_agency_named_before():
    text = (
        "On May 6, 2008, a new structure, Federal Agency for Tidal States (Тид), was formed.\n\n"
        "The Agency is represented in more than 80 countries.\n\n"
        "The first head of the Agency was Ada Morn.\n"
    )
    assert ("Ada Morn", "leads", "Federal Agency for Tidal States") in edges(text)


def test_term_first_rows_with_honorifics_nicknames_and_lifespans():
    text = (
        "Reference list\n\n"
        "Chiefs of the Tidal Intelligence Service (TI6) (1909–2008)\n\n"
        "The Tidal Intelligence Service (TIS) was founded in October 1909.\n"
        "1909–1923Sir Ada George Morn (1859–1923)\n"
        "1968–1973Sir Bo Ogilvy [Jack] Lind (1914–1981)\n"
        "2004–[2009]Sir Cy McLeod Rask (b. 1948)\n"
    )
    got = leads(text)
    body = "Tidal Intelligence Service"  # the list's heading names the page's subject
    assert got[("Ada George Morn", body)] == [(1909, 1923)]
    assert got[("Bo Ogilvy Lind", body)] == [(1968, 1973)]
    assert got[("Cy McLeod Rask", body)] == [(2004, 2009)]


def test_a_ministers_office_page_and_headings_lead_their_ministries():
    text = (
        "= Minister of Tides (Ruritania) =\n\n"
        "The Minister of Tides is the member of the government in charge of tides.\n\n"
        "===Director of Harbour Watch (1946-1948)===\n"
        "| No | Name | Took office | Left office |\n"
        "| 1 | Nguyễn Dương | February, 1946 | June, 1946 |\n\n"
        "===Minister of Home Affairs (1975-1998)===\n"
        "| No | Name | Took office | Left office |\n"
        "| 1 | Trần Quốc Hoàn | 1975 | 1980 |\n\n"
        "===Minister of Tides (1998 – present)===\n"
        "| No | Name | Took office | Left office |\n"
        "| 1 | Lê Hồng Anh | January 28, 2002 | August 3, 2011 |\n"
    )
    got = leads(text)
    assert got[("Nguyễn Dương", "Harbour Watch")] == [(1946, 1946)]
    assert got[("Trần Quốc Hoàn", "Ministry of Home Affairs")] == [(1975, 1980)]
    assert got[("Lê Hồng Anh", "Ministry of Tides")] == [(2002, 2011)]  # the page's subject (office page)


def test_list_pages_site_names_offices_as_parents_and_glued_values():
    text = (
        "Harbour Wiki\n"
        "List of Harbour Intelligence Agency directors\n\n"
        "The Harbour Intelligence Agency (HIA) is the principal agency of Ruritania. It was initially "
        "headed by the naval officer Captain Ada Morn.\n\n"
        "Parent agencyPresident of Ruritania\n"
        "Affiliations: UNESCO, ECOSOC\n"
        "Headquarters:Port UltonEast Quay\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object) for c in cs if c.object}
    names = {a for a, _, _ in got} | {b for _, _, b in got}
    assert not names & {
        "Harbour Wiki",
        "List of Harbour Intelligence Agency directors",
        "President of Ruritania",
        "UNESCO, ECOSOC",
        "Port UltonEast Quay",
        "Captain Ada Morn",
    }
    subject = {a for a, r, _ in got if r == "affiliated_with"}
    assert {("UNESCO", "affiliated_with"), ("ECOSOC", "affiliated_with")} <= {(b, r) for _, r, b in got}
    assert {b for _, r, b in got if r == "headquartered_in"} == {"Port Ulton", "East Quay"}
    assert any(a == "Ada Morn" and r == "leads" for a, r, _ in got) and len(subject) == 1


def test_agency_template_values_with_abbreviations_terms_and_a_regional_address():
    text = (
        "= TCIA =\n\n"
        "- Agency Name: Tidal Commissariat of Internal Affairs (TCIA)\n"
        "- Headquarters: 11-13 ulitsa Bol. Quay,, Port Ulton, RSFR, Harbour Union\n"
        "- Chief1 Name: Ada Morn (1934–1936)\n"
        "- Child1 Agency: Main Directorate of Tidal Camps (Tidelag)\n"
        "- Child2 Agency: Main Directorate of Harbour Security (GUHB)\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object) for c in cs if c.object}
    assert ("TCIA", "headquartered_in", "Port Ulton") in got
    assert ("Main Directorate of Tidal Camps", "subordinate_to", "TCIA") in got
    assert ("Main Directorate of Harbour Security", "subordinate_to", "TCIA") in got
    assert ("Main Directorate of Harbour Security", "GUHB") in {
        (c.subject, c.value) for c in cs if c.relation == "alias"
    }
    assert leads(text)[("Ada Morn", "TCIA")] == [(1934, 1936)]


def test_leader_bullets_with_ranks_services_and_suffixes():
    text = (
        "List of Harbour Intelligence Agency directors\n\n"
        "  • Rear Adm. Ada W. Morn, Harbour Naval Reserve (January 23, 1946–June 10, 1946)\n"
        "  • Lieut. Gen. Bo S. Lind, Harbour Army (June 10, 1946–May 1, 1947)\n"
        "  • Vice Adm. Cy F. Rask, Jr., Harbour Navy (April 28, 1965–June 30, 1966)\n"
    )
    got = leads(text)
    body = "Harbour Intelligence Agency"
    assert got == {
        ("Ada W. Morn", body): [(1946, 1946)],
        ("Bo S. Lind", body): [(1946, 1947)],
        ("Cy F. Rask Jr.", body): [(1965, 1966)],
    }


def test_a_person_pages_parties_over_several_lines_with_years():
    text = (
        "Harbour Wiki\nAda Morn\n\nPolitical party Tidal Party of Ruritania (1921–1932)\n"
        "Harbour Workers Party (1932–1947)\nSpouse(s) Bo Lind\n\n"
        "Ada Morn (20 June 1893 – 3 March 1958) was a Ruritanian politician.\n"
    )
    got = {(c.object, c.start, c.end) for c in claims_of(text) if c.relation == "part_of"}
    assert got == {("Tidal Party of Ruritania", 1921, 1932), ("Harbour Workers Party", 1932, 1947)}


def test_partners_listed_after_including_with_their_abbreviations():
    text = (
        "Harbour Union\n\nThe Harbour Union (HU) develops working partnerships with national unions worldwide "
        "as well as with a number of regional organizations including the Tidal Workers Union (TWU), the Quay "
        "Federation of Dockers (QFD), the Port Confederation of Labour.\n"
    )
    got = {b for a, r, b in edges(text, "partner_of")}
    assert got == {"Tidal Workers Union", "Quay Federation of Dockers", "Port Confederation of Labour"}


def test_posts_with_several_holders_prefixed_names_and_post_keys():
    text = (
        "Harbour Union of Students\n\n"
        "Secretary General\nAda Morn\nBo Lind\n"
        "Advisory Council Chief\nCy Rask\n"
        "Vice President\nHUY - Dee Holm\nVice President\n"
        "Key people\nEd Varn, Flo Ness, Gus Tam\n"
    )
    got = {(c.subject, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert {"Ada Morn", "Bo Lind", "Cy Rask", "Dee Holm", "Ed Varn", "Flo Ness", "Gus Tam"} == {p for p, _ in got}
    assert ("Cy Rask", "Advisory Council Chief") in got


def test_a_person_pages_colleagues_are_not_its_leaders():
    text = (
        "Harbour Wiki\nAda Morn\nMinister of Tides\n\nIn office\n8 February 1950 – 18 July 1953\n"
        "President Bo Lind\nPrime Minister Cy Rask\nDeputy Dee Holm\n\n"
        "Ada Morn (20 June 1893 – 3 March 1958) was a Ruritanian politician.\n"
    )
    names = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert not names & {"Prime Minister Cy Rask", "Deputy Dee Holm", "Bo Lind", "Cy Rask"}


def test_the_first_holder_of_an_office_leads_its_body():
    text = (
        "= Secretary of the Tidal Analysis Wing =\n\n- Inaugural: R. N. Morn\n- Formation: 1968\n\n"
        "The Secretary of the Tidal Analysis Wing is the head of the Tidal Analysis Wing.\n"
    )
    assert ("R. N. Morn", "Tidal Analysis Wing") in leads(text)


def test_a_person_as_head_of_a_body():
    text = (
        "Ada Morn\n\nKhrushchev appointed Ada Morn in part because of defections during the tenure of "
        "Bo Lind as head of the Tidal Security Committee.\n"
    )
    assert ("Bo Lind", "Tidal Security Committee") in leads(text)


def test_a_parenthesis_with_a_dash_is_not_a_term():
    text = (
        "Harbour Times\n\nLeadership\n\nPort Ulton (pro-Harbour)\nAda Morn (1990 – 1995)\n"
        "- Tidewatch (abbreviation of Harbour-Watch Committee)\n"
    )
    assert leads(text) == {("Ada Morn", "Harbour Times"): [(1990, 1995)]}


def test_a_person_pages_offices_with_their_terms():
    text = (
        "Harbour Wiki\nAda Morn\nMinister of Tidal Security\nof the Harbour Republic\n\nIn office\n"
        "8 February 1950 – 18 July 1953\nPresident Bo Lind\n\nDirector of the Tide Police\nIn office\n"
        "1945 – present\n\nAda Morn (20 June 1893 – 3 March 1958) was a Ruritanian politician.\n"
    )
    assert leads(text) == {
        ("Ada Morn", "Ministry of Tidal Security of the Harbour Republic"): [(1950, 1953)],
        ("Ada Morn", "Tide Police"): [(1945, None)],
    }


def test_a_person_pages_predecessor_successor_and_deputy_hold_the_office_above():
    text = (
        "Harbour Wiki\nAda Morn\nMinister of Tides\n\nIn office\n8 February 1950 – 18 July 1953\n"
        "President Bo Lind\nDeputy Dee Holm\nPreceded by Office created\nSucceeded by Ed Varn\n\n"
        "Director of the Tide Police\nIn office\n1940 – 1945\nPreceded by Flo Ness\n\n"
        "Ada Morn (20 June 1893 – 3 March 1958) was a Ruritanian politician.\n"
    )
    got = {(c.subject, c.object, c.title, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert ("Dee Holm", "Ministry of Tides", "Deputy Minister", 1950, 1953) in got
    assert ("Ed Varn", "Ministry of Tides", "Minister", 1953, None) in got
    assert ("Flo Ness", "Tide Police", "Director", None, 1940) in got
    assert not {s for s, *_ in got} & {"Bo Lind", "Office created"}


def test_a_qualified_post_in_prose():
    assert ("Ada Morn", "Red Harbour Army") in leads(
        "Ada Morn\n\nIn 1920, Ada Morn was a military leader of the fledgling Red Harbour Army. "
        "Bo Lind was not head of the Tide Office.\n"
    )
    assert ("Bo Lind", "Tide Office") not in leads("Ada Morn\n\nBo Lind was not head of the Tide Office.\n")


def test_a_hard_wrapped_paragraph_reads_as_sentences():
    text = (
        "Harbour Office of Tides\nThe Office of Tides (OT) was\nRuritania's\nprimary tidal service\n(see\n"
        "fig. 3).\nIt worked\nclosely with the Ministry of Ports, the Seawatch, and\nthe\nHarbour Board.\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.object) for c in cs if c.relation == "partner_of"}
    assert {o for _, o in got} == {"Ministry of Ports", "Seawatch", "Harbour Board"}
    doc = orgnet.parse_text(text, "t.txt")
    assert all(c.evidence == doc.text[c.char_start : c.char_end] for c in cs)  # spans of the file, newlines kept


def test_a_site_section_label_and_a_teaser_are_no_title():
    text = (
        "News & Information\n\nA Look Back …\n\nThe Harbour Committee for Free Tides, 1949\n\n"
        "On June 1, 1949, a group of lawyers launched the Harbour Committee for Free Tides (HCFT).\n"
    )
    doc = orgnet.parse_text(text, "t.txt")
    assert doc.title == "The Harbour Committee for Free Tides, 1949"
    names = {c.subject for c in claims_of(text)} | {c.object for c in claims_of(text)}
    assert "Harbour Committee for Free Tides" in names and "News & Information" not in names


def test_a_person_pages_numbered_office_memberships_and_second_term():
    text = (
        "Ada Morn\n\nAda Morn\n4th Chairman of the Committee for Tidal Security\nIn office\n"
        "18 May 1967  26 May 1982\nPreceded by Bo Lind\n"
        "Full member of the Politburo\nIn office\n27 April 1973  9 February 1984\n"
        "Member of the Secretariat\nIn office\n24 May 1982  9 February 1984\nIn office\n"
        "23 November 1962  21 June 1967\nPersonal details\nPolitical party Harbour Workers' Party\n\n"
        "Ada Morn (1914 – 1984) was a Ruritanian politician.\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object, c.title, c.start, c.end) for c in cs if c.relation in ("leads", "part_of")}
    assert ("Ada Morn", "leads", "Committee for Tidal Security", "Chairman", 1967, 1982) in got
    assert ("Bo Lind", "leads", "Committee for Tidal Security", "Chairman", None, 1967) in got
    assert ("Ada Morn", "part_of", "Politburo of the Harbour Workers' Party", "", 1973, 1984) in got
    assert ("Ada Morn", "part_of", "Secretariat of the Harbour Workers' Party", "", 1982, 1984) in got
    assert ("Ada Morn", "part_of", "Secretariat of the Harbour Workers' Party", "", 1962, 1967) in got


def test_preceding_agencies_as_bullets_with_abbreviations_and_terms():
    text = (
        "Tide Protection Authority\n\nAgency overview\nFormed10 September 1948\nPreceding agencies\n"
        "  • Main Tide Department (MTD) (2 February 1945 – October 1946)\n"
        "  • Tide Protection Department (ÁVT) (October 1946 – September 1948)\nTypeSecret police\n\n"
        "The Tide Protection Authority was the secret police of Ruritania.\n"
    )
    got = {(c.subject, c.object) for c in claims_of(text) if c.relation == "absorbed_into"}
    assert got == {
        ("Main Tide Department", "Tide Protection Authority"),
        ("Tide Protection Department", "Tide Protection Authority"),
    }
    aliases = {c.value for c in claims_of(text) if c.relation == "alias"}
    assert {"MTD", "ÁVT"} <= aliases


def test_an_edit_link_glued_to_the_next_word():
    text = (
        "Tide Office\n\nHistory\neditTO's forerunner, the Committee of Tidal Affairs, was established in "
        "1949. The Tide Office (TO) followed.\n"
    )
    assert ("Committee of Tidal Affairs", "TO") in {
        (c.subject, c.object) for c in claims_of(text) if c.relation == "absorbed_into"
    }


def test_a_welcome_banner_a_hatnote_and_one_space_keys():
    text = (
        "*** Welcome to tidewiki ***\n\nTide Police\n\nAgency overview\nFormed 20 March 1943\n"
        "Dissolved 12 July 1991\nHeadquarters Ulton, Ruritania\nParent agency Ruritanian Tide Government\n"
        "Agency executive Bo Lind, Director and Minister\n\n"
        "The Tide Police was the secret police of Ruritania.\n"
    )
    assert orgnet.parse_text(text, "t.txt").title == "Tide Police"
    got = {(c.subject, c.relation, c.object) for c in claims_of(text)}
    assert {
        ("Tide Police", "headquartered_in", "Ulton"),
        ("Tide Police", "subordinate_to", "Ruritanian Tide Government"),
        ("Bo Lind", "leads", "Tide Police"),
    } <= got
    hat = "For the Tide Office of Veldra, see Office of Tides.\n\nThe TO was a bureau of the Harbour League.\n"
    assert orgnet.parse_text(hat, "t.txt").title == ""


def test_an_address_with_coordinates_and_a_district_number():
    text = (
        "Tide Directorate\n\nHeadquarters | 141 Boulevard Morn, Ulton XX, Ruritania 48°52′28″N 2°24′24″E / "
        "48.8744°N 2.4067°E |\n\nThe Tide Directorate is a service.\n"
    )
    assert ("Tide Directorate", "headquartered_in", "Ulton") in {
        (c.subject, c.relation, c.object) for c in claims_of(text)
    }


def test_a_pipe_office_box_with_the_term_on_the_in_office_line_and_a_second_term():
    text = (
        "Ada Morn | |\n---|---|\n![]() Morn in 2019 | |\n"
        "Head of theTide Front Department of the Harbour Party | |\nIn office 2021 – 11 June 2022 | |\n"
        "Preceded by | Bo Lind |\nSucceeded by | Cy Rask |\nIn office 4 January 2016 – 2019 | |\n"
        "Preceded by | Dee Holm |\nSucceeded by | Bo Lind |\n"
        "Director of the Tide Reconnaissance Bureau | |\nIn office 11 February 2009 – 4 January 2016 | |\n"
        "Preceded by | Office established |\n\nAda Morn (born 1946) is a Ruritanian general.\n"
    )
    got = {(c.subject, c.object, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    body = "Tide Front Department of the Harbour Party"
    assert {
        ("Ada Morn", body, 2021, 2022),
        ("Ada Morn", body, 2016, 2019),
        ("Ada Morn", "Tide Reconnaissance Bureau", 2009, 2016),
        ("Cy Rask", body, 2022, None),
        ("Dee Holm", body, None, 2016),
    } <= got


def test_units_listed_as_bullets_with_a_gloss():
    text = (
        "Committee for Tidal Security\n\nThe Committee for Tidal Security (CTS) was the secret police of "
        "Ruritania.\n\nStructure\n\n* First Main Directorate – foreign intelligence\n"
        "* Third Directorate: military counterintelligence\n* Border Guard Directorate\n\n"
        "Organization\nThe CTS consisted of the following units:\n- Sixth Department (economic security)\n"
    )
    got = {c.subject for c in claims_of(text) if c.relation == "part_of"}
    assert got == {"First Main Directorate", "Third Directorate", "Border Guard Directorate", "Sixth Department"}


def test_a_bare_ministry_named_in_another_document_is_not_the_qualified_one():
    from orgnet.extract import Claim

    claims = [
        Claim(
            "Ministry of Foreign Affairs of the Republic of Veldra",
            "alias",
            value="Ministry of Foreign Affairs",
            doc="a.txt",
        ),
        Claim("Veldran Desk", "subordinate_to", "Ministry of Foreign Affairs of the Republic of Veldra", doc="a.txt"),
        Claim("Tide Agency", "subordinate_to", "Ministry of Foreign Affairs", doc="b.txt"),
        Claim("Harbour Office", "subordinate_to", "Ministry of Tides of the Republic of Veldra", doc="c.txt"),
        Claim("Harbour Office", "partner_of", "Ministry of Tides", doc="c.txt"),
    ]
    res = orgnet.resolve(claims)
    # an alias the document gives still joins; a bare name used in the same document joins
    assert res.id_of("Ministry of Foreign Affairs") == res.id_of(
        "Ministry of Foreign Affairs of the Republic of Veldra"
    )
    assert res.id_of("Ministry of Tides") == res.id_of("Ministry of Tides of the Republic of Veldra")
    claims[0] = Claim("Veldran Desk", "partner_of", "Ministry of Tides", doc="a.txt")
    res = orgnet.resolve(claims)
    # named bare in another document (b.txt), with no alias given: another state's ministry
    assert res.id_of("Ministry of Foreign Affairs") != res.id_of(
        "Ministry of Foreign Affairs of the Republic of Veldra"
    )


def test_an_image_caption_ends_a_value_and_an_index_line_is_no_title():
    text = (
        "Site Index\n\nTide Office\n\nParent agency Ministry of Ports\nHarbour stamp 1998.jpeg\n\n"
        "The Tide Office is a bureau.\n"
    )
    assert orgnet.parse_text(text, "t.txt").title == "Tide Office"
    parents = {c.object for c in claims_of(text) if c.relation == "subordinate_to"}
    assert parents == {"Ministry of Ports"}


def test_branches_with_numbers_after_a_mirrors_buttons():
    text = (
        "Tide Directorate (Ruritania)\n\nThe Tide Directorate was the military intelligence service of "
        "Ruritania.\n\nOrganization\n\nSummarize\n\nPerspective\n\nThe directorate had the following branches:\n\n"
        "  • Technical (Computers) Branch (Branch 211)\n  • Raids and Storming Branch (Branch 215)[8]\n"
    )
    got = {c.subject for c in claims_of(text) if c.relation == "part_of"}
    assert got == {"Technical (Computers) Branch", "Raids and Storming Branch"}


def test_the_title_with_its_disambiguator_is_an_alias_of_the_subject():
    text = "Ministry of Tides (Ruritania)\n\nThe Ministry of Tides is a ministry of Ruritania.\n"
    assert "Ministry of Tides (Ruritania)" in {
        c.value for c in claims_of(text) if c.relation == "alias" and c.subject == "Ministry of Tides"
    }


def test_a_state_is_no_body_of_an_office_or_an_allegiance():
    text = (
        "Ada Morn | |\n---|---|\n1st Vice President of Ruritania | |\nIn office 1963 – 1 July 1966 |\n"
        "Vice President of the People's Assembly of the Tide Republic | |\nIn office 1944 – 1946 |\n"
        "Allegiance | Ruritania |\n\nAda Morn (1909 – 1983) was a Ruritanian politician.\n"
    )
    got = {(c.relation, c.object) for c in claims_of(text) if c.subject == "Ada Morn"}
    assert ("leads", "People's Assembly of the Tide Republic") in got
    assert not {o for _, o in got} & {"Ruritania"}


def test_a_ministers_post_names_the_ministry_of_its_portfolio_with_its_article():
    text = (
        "Ada Morn | |\n---|---|\nMinister of the Interior of Ruritania | |\nIn office 1946 – 1953 |\n"
        "Preceded by | Bo Wu |\nPrime Minister of Ruritania | |\nIn office 1960 – 1962 |\n"
        "Service/branch | Ruritanian Partisans |\n\nAda Morn (1909 – 1983) was a Ruritanian politician.\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object) for c in cs if c.relation in ("leads", "part_of")}
    assert ("Ada Morn", "leads", "Ministry of the Interior of Ruritania") in got
    assert ("Bo Wu", "leads", "Ministry of the Interior of Ruritania") in got
    assert not any(o.startswith("Ministry of Ruritania") for _, _, o in got)  # a prime minister heads no ministry
    branch = next(c for c in cs if c.object == "Ruritanian Partisans")
    assert (branch.relation, branch.object_kind) == ("part_of", "state_body")  # a service, not a person


def test_a_template_dumps_numbered_offices_with_their_terms_deputies_and_successors():
    text = (
        "= Ada Morn =\n\nAda Morn\n- Office: Director of the Tidal Security Service\n- Term Start: 12 May 2008\n"
        "- Deputy: Bo Wu, Cy Rask (2003-2020)\n- Predecessor: Dag Lund\n- Office2: Minister of the Interior\n"
        "- Term Start2: 1999\n- Term End2: 2004\n- Successor2: Eli Vann\n"
        "- Branch: Tidal Guard, Harbour Police Service\n- Allegiance: Ruritania, Veldra Union\n\n"
        "Ada Morn (born 1951) is a Ruritanian officer.\n"
    )
    got = {
        (c.subject, c.relation, c.object, c.start, c.end)
        for c in claims_of(text)
        if c.relation in ("leads", "part_of", "affiliated_with")
    }
    assert got == {
        ("Ada Morn", "leads", "Tidal Security Service", 2008, None),
        ("Bo Wu", "leads", "Tidal Security Service", 2008, None),
        ("Cy Rask", "leads", "Tidal Security Service", 2003, 2020),  # the deputy's own years
        ("Dag Lund", "leads", "Tidal Security Service", None, 2008),
        ("Ada Morn", "leads", "Ministry of the Interior", 1999, 2004),
        ("Eli Vann", "leads", "Ministry of the Interior", 2004, None),
        ("Ada Morn", "part_of", "Tidal Guard", None, None),
        ("Ada Morn", "part_of", "Harbour Police Service", None, None),
    }  # a person's allegiance is to states: no edge


def test_officeholder_cells_with_ranks_letters_after_the_name_and_notes():
    text = (
        "Director of the Tidal Service\n\nThe Director of the Tidal Service heads the Tidal Service.\n\n"
        "List of directors\n| Tenure | Name |\n|---|---|\n| 1952–1957 | Ada Morn |\n"
        "| 1957–1960 | Bo Wu, OBE |\n| 1960–1968 | Major General Sir Cy Rask, CB, CBE |\n"
        "| 1981–1983 | Dag Lund, AO (acting) |\n| 2023–present | Eli Vann |\n"
    )
    got = {(c.subject, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert got >= {
        ("Ada Morn", 1952, 1957),
        ("Bo Wu", 1957, 1960),
        ("Cy Rask", 1960, 1968),
        ("Dag Lund", 1981, 1983),
        ("Eli Vann", 2023, None),
    }


def test_a_units_key_with_bullets_of_units_named_without_a_body_word():
    text = (
        "Jump to content\n\nHarbour Bureau\nParent agencyMinistry of Tides\nDivisions\n  • Head Office\n"
        "  • Coastal Patrols\n  • Customs & Tariffs\n\nThe Harbour Bureau is a port agency of Ruritania.\n"
    )
    cs = claims_of(text)
    units = {c.subject: c.subject_kind for c in cs if c.relation == "part_of" and c.object == "Harbour Bureau"}
    assert set(units) == {"Head Office", "Coastal Patrols", "Customs & Tariffs"}
    assert units["Coastal Patrols"] == "state_body"  # a unit, though it reads like a person's name


def test_a_cell_of_parties_run_together_after_their_years():
    text = (
        "Ada Morn | |\n---|---|\nDirector of the Tidal Service | |\nIn office 1990 – 1999 |\n"
        "Political party | Tide Union (1990–1999) New Harbour (1999–2004) |\n\n"
        "Ada Morn (born 1950) is a Ruritanian politician.\n"
    )
    got = {(c.object, c.start, c.end, c.object_kind) for c in claims_of(text) if c.relation == "part_of"}
    assert got == {("Tide Union", 1990, 1999, ""), ("New Harbour", 1999, 2004, "party_body")}


def test_numbered_unit_bullets_with_a_gloss_and_a_sentence_said_of_the_unit():
    text = (
        "Harbour Bureau\n\nThe Harbour Bureau (HB) was the secret police of Ruritania.\n"
        "  • 1st Head Directorate – coastal patrol. Succeeded by the Coastal Watch Service in 1992.\n"
        "  • 2nd Head Directorate – anti-smuggling.\n"
    )
    got = {
        (c.subject, c.relation, c.object, c.start)
        for c in claims_of(text)
        if c.relation in ("part_of", "absorbed_into")
    }
    assert got == {
        ("1st Head Directorate", "part_of", "Harbour Bureau", None),
        ("2nd Head Directorate", "part_of", "Harbour Bureau", None),
        ("1st Head Directorate", "absorbed_into", "Coastal Watch Service", 1992),
    }


def test_a_sentence_ending_in_a_colon_heads_the_list_under_it():
    text = (
        "Harbour Bureau\n\nThe Harbour Bureau (HB) is the spy agency of Ruritania. The bureau has the "
        "following internal structure:\n- Research Department\n- Dock Department\n\n"
        "Directors\n- Ada Lind (1949–1973)[5]\n- Bo Wu (1977–1983)\n"
    )
    cs = claims_of(text)
    assert {c.subject for c in cs if c.relation == "part_of"} == {"Research Department", "Dock Department"}
    assert {c.subject for c in cs if c.relation == "leads"} == {"Ada Lind", "Bo Wu"}  # a marker after the years


def test_one_space_keys_for_a_one_word_predecessor_and_the_bodys_organ_and_an_abbreviated_post():
    text = (
        "Tidal League\n\nTidal League\nFounder Ada Lind\nPreceded by Tidecom\nMain organ\nTide Herald\n\n"
        "The Tidal League (TL) was a front of the Harbour Party.\n"
    )
    got = {(c.subject, c.relation, c.object) for c in claims_of(text)}
    assert {("Tidecom", "absorbed_into", "Tidal League"), ("Tidal League", "publishes", "Tide Herald")} <= got
    text = (
        "= Harbour Bureau =\n\n- Agency Name: Harbour Bureau\n- Chief1 Name: RAdm Ada Lind\n"
        "- Chief1 Position: DG\n- Minister1 Name: Bo Wu\n- Minister1 Pfo: Minister for Special Affairs\n\n"
        "The Harbour Bureau is a spy agency.\n"
    )
    got = {(c.subject, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada Lind", "Director-General"), ("Bo Wu", "Minister")}  # the template's office


def test_a_wikitext_diff_page_its_links_and_names_in_any_latin_script():
    text = (
        "Jump to content\n\nTide Front: Difference between revisions\n\nFrom Wikipedia, the free encyclopedia\n"
        "{{Infobox political party\n{{Infobox political party\n| name = Tide Front\n| name = Tide Front\n"
        "| abbreviation = TF<br/>TFR\n| chairman = {{ill|Đỗ Văn Lind|vi}}\n| chairman = [[Đỗ Văn Lind]]\n"
        "| headquarters = [[Ulton]], Ruritania\n| international affiliation = [[World Tide Council|WTC]]\n"
    )
    got = {(c.subject, c.relation, c.object or c.value) for c in claims_of(text)}
    assert {
        ("Đỗ Văn Lind", "leads", "Tide Front"),
        ("Tide Front", "headquartered_in", "Ulton"),
        ("Tide Front", "affiliated_with", "World Tide Council"),
    } <= got


def test_a_glued_holders_table_with_wiki_link_residue_and_accented_names():
    text = (
        "List of Tide Ministers of Ruritania\n\nThe Tide Minister of Ruritania heads the Ministry of Tides.\n\n"
        "Parties\n#PictureNameFromUntilPolitical PartyCabinetAssembly\n1Ádám Lind\n"
        "17 March 18482 October 1848Opposition Party:ru:Lind-kormány|LindLast Diet\n2Béla Morn\n"
        "20 February 186721 October 1869Harbour Party:ru:Morn-kormány|Morn\n"
    )
    got = {(c.subject, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ádám Lind", 1848, 1848), ("Béla Morn", 1867, 1869)}


def test_a_pipe_infobox_without_a_title_and_a_glued_lead_giving_two_names():
    text = (
        "| 港務局 | |\nSeal of the Harbour Bureau | |\n| Agency overview | |\n|---|---|\n| Headquarters | Ulton |\n"
        "| Formed | 1990 |\nTheHarbour Bureau orHarbour Directorate (HB) is the port agency of theGovernment of "
        "Ruritania.\n"
    )
    got = {(c.subject, c.relation, c.object or c.value) for c in claims_of(text)}
    assert {
        ("Harbour Bureau", "headquartered_in", "Ulton"),
        ("Harbour Bureau", "alias", "Harbour Directorate"),
        ("Harbour Bureau", "name_zh", "港務局"),
    } <= got


def test_a_person_pages_numbered_post():
    text = (
        "Ada Lind\n\nAda Lind\nSecretary 1 of the Harbour Council\nIn office\n2 March 1990 – 7 July 1996\n"
        "Preceded byPosition established\nSucceeded byBo Wu\n\nAda Lind (born 1940) is a Ruritanian politician.\n"
    )
    got = {(c.subject, c.object, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada Lind", "Harbour Council", 1990, 1996), ("Bo Wu", "Harbour Council", 1996, None)}


def test_a_pipe_office_box_with_incumbent_and_assumed_office_and_a_countrys_body():
    text = (
        "Ada Lind | |\n---|---|\nChief of the Harbour Bureau of Ruritania | |\nIncumbent | |\n"
        "Assumed office 12 May 2020 |\nPreceded by | Cy Ek |\nPersonal details | |\n\n"
        "Ada Lind (born 1960) is a retired navy officer and the Head of Ruritania's Harbour Bureau.\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.object, c.start, c.end) for c in cs if c.relation == "leads"}
    assert got == {
        ("Ada Lind", "Harbour Bureau of Ruritania", 2020, None),
        ("Cy Ek", "Harbour Bureau of Ruritania", None, 2020),
        ("Ada Lind", "Harbour Bureau", None, None),
    }  # "Ruritania's Harbour Bureau": the bureau
    assert {c.value for c in cs if c.relation == "type"} == {"retired navy officer"}


def test_prose_after_an_empty_contents_box_is_read():
    text = (
        "Harbour Bureau\n\nThe Harbour Bureau (HB) is a spy agency of Ruritania.\n\nContents\n\n"
        "Until 1968, it handled both domestic and foreign intelligence; after that the HB was assigned the role of "
        "domestic intelligence. [3] Ada Lind is the current director of the HB, since June 2022. [4]\n\nHistory\n"
    )
    got = {(c.subject, c.start) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada Lind", 2022)}


def test_a_page_wrapped_at_a_fixed_width_mid_name():
    text = (
        "Tidal Security Forces and Organization\nInternal security duties in Ruritania were\ndistributed\n"
        "among the ministries of defense and\ninterior. State security functions were assigned to the Ruritanian\n"
        "Directorate of Tidal Security (Direção de\nSegurança -- DTS) in the Ministry of Interior. Indeed,\n"
        "the agency was feared.\n"
    )
    cs = claims_of(text)
    got = {
        (c.subject.replace("Ruritanian ", ""), c.relation, c.object or c.value)
        for c in cs
        if c.relation in ("alias", "subordinate_to")
    }  # (the demonym may be dropped: it matches either way)
    assert got == {
        ("Directorate of Tidal Security", "alias", "DTS"),
        ("Directorate of Tidal Security", "subordinate_to", "Ministry of Interior"),
    }
    assert not any("\n" in c.subject for c in cs)
    cs2 = claims_of(
        "Harbour Bureau\n\nThe Harbour Bureau (HB) is a tide agency. Bo Wu was the Deputy Director of the "
        "Tide Crime Unit in the HB. The Tide Office in the United States is big.\n"
    )
    assert {(c.subject, c.object) for c in cs2 if c.relation == "subordinate_to"} == {("Tide Crime Unit", "HB")}


def test_holders_announced_by_a_sentence_then_name_and_term_after_a_comma():
    text = (
        "Harbour Bureau\n\nThe Harbour Bureau was founded in 1990. Four more Directors General have led the "
        "Bureau since then:\n\n  • Ada Lind, 1 March 1990 to 9 May 1995\n  • Cy Marsh, 3 June 2001 -\n\n"
        "Tide Office\n\nThe Tide Office (TO) was set up in 1984.\n\nTO has had these directors:\n\n"
        "Ada O’Morn, 1984-87. She was a lawyer from Ulton.\n\nBo Wu CM, 1988-92. Wu was a career diplomat.\n"
    )
    got = {(c.subject, c.start, c.end, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert {
        ("Ada Lind", 1990, 1995, "Director General"),
        ("Cy Marsh", 2001, None, "Director General"),
        ("Ada O’Morn", 1984, 1987, "Director"),
        ("Bo Wu", 1988, 1992, "Director"),
    } <= got


def test_a_byline_is_no_title_and_a_merged_key_and_an_english_name_with_its_abbreviation():
    text = (
        "Bo Wu (Editor)\n\nOficina de Mareas\n\nThe Oficina de Mareas (Tide Office, TO) was a Ruritanian agency. "
        "Even so, it continued to be a part of the Ruritanian Tide Board.\n\nLeaders\n  • Dan Ulm (1947–1952)\n"
    )
    cs = claims_of(text)
    got = {(c.subject, c.relation, c.object or c.value) for c in cs}
    assert {
        ("Oficina de Mareas", "alias", "Tide Office"),
        ("Oficina de Mareas", "alias", "TO"),
        ("Oficina de Mareas", "part_of", "Ruritanian Tide Board"),
        ("Dan Ulm", "leads", "Oficina de Mareas"),
    } <= got
    assert not any(c.subject == "Bo Wu" or c.object == "Bo Wu" for c in cs)
    text = (
        "Harbour League | |\nKey People: | General Ada Lind (Secretary General) |\nMerged: | Harbour League Party |\n"
        "The Harbour League (HL) was a mass body set up in 1993.\n"
    )
    got = {(c.subject, c.relation, c.object or c.value) for c in claims_of(text)}
    assert {
        ("Ada Lind", "leads", "Harbour League"),
        ("Harbour League", "absorbed_into", "Harbour League Party"),
        ("Harbour League", "type", "mass body"),
    } <= got


@pytest.mark.parametrize("bar", [" |", ""])
def test_a_succession_box_at_the_foot_of_a_person_page(bar):
    text = (
        "Ada Lind is a Ruritanian politician.\n"
        f"Preceded by Bo Wu{bar}\nDirector of the Harbour Bureau 1995–1996{bar}\nSucceeded by Cy Marsh{bar}\n"
    )
    got = {(c.subject, c.object, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert got == {
        ("Ada Lind", "Harbour Bureau", 1995, 1996),
        ("Bo Wu", "Harbour Bureau", None, 1995),
        ("Cy Marsh", "Harbour Bureau", 1996, None),
    }


def test_executives_with_a_rank_glued_to_the_name_and_a_post_with_its_field():
    text = (
        "Harbour Bureau\nAgency overview\nAgency executives\n  • Ada Lind, Director-General\n"
        "  • Brig. General (Rtd)Dan Ulm, Deputy Director-General (Operations)\n\nThe Harbour Bureau is a spy agency.\n"
    )
    got = {c.subject for c in claims_of(text) if c.relation == "leads"}
    assert got == {"Ada Lind", "Dan Ulm"}


def test_a_countrys_topic_title_is_no_subject():
    text = (
        "Ruritania, Intelligence and Security\n\nRuritania, Intelligence and Security\n\n"
        "Ruritania, under the leadership of Colonel Ada Lind, espouses a theory.\n"
    )
    cs = claims_of(text)
    assert not any("Intelligence and Security" in (c.subject + c.object) for c in cs)


def test_a_sentence_saying_what_a_body_is_made_of_heads_its_units():
    # "HD2 is organised into:" / "- Bureau of Finance" / "- Bureau 72" / "- Directorate of X, responsible for ...":
    # the units are part of the subject (a lower-case gloss after a comma is no part of the unit's name)
    text = (
        "Harbour Directorate (Ruritania)\n\nThe Harbour Directorate (HD2) is an intelligence agency of Ruritania.\n"
        "Organisation\nHD2 is organised into:\n- Bureau of Finance\n- Bureau 72\n"
        "- Directorate of Operations, responsible for agents abroad\n"
    )
    got = {c.subject for c in claims_of(text) if c.relation == "part_of" and c.object == "Harbour Directorate"}
    assert got == {"Bureau of Finance", "Bureau 72", "Directorate of Operations"}


def test_jurisdiction_key_names_a_parent_body_or_a_state():
    # "Jurisdiction | Ministry of the Interior (MOI) |" is the agency's parent, so is "Jurisdiction | Government
    # of X |" (the government it answers to); "Jurisdiction | Republic of X |" names a state, no body above it
    box = "Harbour Directorate\nAgency overview | |\n---|---|\nFormed | 1961 |\nJurisdiction | {} |\n\nThe Harbour Directorate is an agency.\n"
    assert ("Harbour Directorate", "subordinate_to", "Ministry of the Interior") in edges(
        box.format("Ministry of the Interior (MOI)"), "subordinate_to"
    )
    assert ("Harbour Directorate", "subordinate_to", "Government of Ruritania") in edges(
        box.format("Government of Ruritania"), "subordinate_to"
    )
    assert not edges(box.format("Republic of Ruritania"), "subordinate_to")


def test_unit_bullets_with_a_dash_gloss_stay_units_of_the_key_above():
    # "Divisions" / "- Signals Division - radio monitoring" / "- Marine Division - once commanded ... 1995.":
    # every bullet a unit, named without its gloss or its "(formerly X)"
    text = (
        "Harbour Security Directorate\n\nThe Harbour Security Directorate (HSD) is Ruritania's external agency.\n"
        "Divisions\n- Directorate of Logistics\n- Signals Division - radio monitoring and equipment\n"
        "- Boarding Division (formerly Active Patrol Division) - covert operations at sea, mostly with naval staff\n"
        "- Marine Division - once commanded the 3rd Marine Regiment until it was dissolved on May 1, 1995.\n"
    )
    got = {c.subject for c in claims_of(text) if c.relation == "part_of" and c.object == "Harbour Security Directorate"}
    assert got == {"Directorate of Logistics", "Signals Division", "Boarding Division", "Marine Division"}


def test_long_natural_keys_of_a_plain_key_value_page():
    text = (
        "Union of Harbour Youth (UHY)\n\nCategory: Youth\n\nYear of Establishment: 1951\n\n"
        "Place of Headquarters: Veldra, Ruritania\n"
    )
    cs = claims_of(text)
    assert {(c.subject, c.object) for c in cs if c.relation == "headquartered_in"} == {
        ("Union of Harbour Youth", "Veldra")
    }
    assert {c.value for c in cs if c.relation == "founded"} == {"1951"}


def test_indented_unit_bullets_are_units_of_the_unit_above():
    text = (
        "Harbour Security Committee\n\nThe Harbour Security Committee (HSC) was the secret police of Ruritania.\n\n"
        "  • 1st Main Directorate – overseas work.\n"
        "  • 6th Directorate – internal watch. It had the following departments:\n"
        "    • 1st Department – watched writers\n    • 2nd Department – watched colleges\n"
        "  • 7th Directorate – archives\n"
    )
    got = {(c.subject, c.object) for c in claims_of(text) if c.relation == "part_of"}
    assert got == {
        ("1st Main Directorate", "Harbour Security Committee"),
        ("6th Directorate", "Harbour Security Committee"),
        ("1st Department", "6th Directorate"),
        ("2nd Department", "6th Directorate"),
        ("7th Directorate", "Harbour Security Committee"),
    }


def test_a_hard_wrapped_paragraph_whose_first_line_opens_with_a_key_word_is_prose():
    # "General Ada Lind was appointed ..., but" / "was removed ..." is no one-space field "General"
    text = (
        "Harbour Bureau\nFormed with the help of Veldran naval and customs\n"
        "advisers in 1950, the Harbour Bureau grew into a feared service.\n"
        "General Ada Lind was appointed its first director, but\n"
        "was removed in 1958, reportedly for plotting a mutiny; she was\n"
        "exiled in 1962. The Harbour Bureau was attached to the Office of the\n"
        "Chief Minister, and its director sat in the cabinet.\n"
    )
    got = edges(text)
    assert ("Ada Lind", "leads", "Harbour Bureau") in got
    assert ("Harbour Bureau", "subordinate_to", "Office of the Chief Minister") in got


def test_a_leader_value_with_a_marker_and_a_sentence_under_it_and_a_parent_via_a_board():
    # "President" / "Ada Lind (since March 3, 2020)[1]." / "Bo Wu, Acting Head of X, is Chair of ..." /
    # "Parent organization" / "The Ruritanian Government via the Media Board"
    text = (
        "Harbour Radio\n\nHarbour Radio (HR) is a Ruritanian state-funded broadcaster.\n\nHarbour Radio\n"
        "AbbreviationHR\nPresident\nAda Lind (since March 3, 2020)[1].\n"
        "Bo Wu, Acting Head of the Veldra Media Board,[2] is Chair of HR's supervisory board (since May 2018)\n"
        "Parent organization\nThe Ruritanian Government via the Veldra Media Board\n"
    )
    cs = claims_of(text)
    assert {(c.subject, c.title, c.start) for c in cs if c.relation == "leads"} == {("Ada Lind", "President", 2020)}
    # (the value's article is no part of the body's name)
    assert {c.object for c in cs if c.relation == "subordinate_to"} == {"Ruritanian Government"}


def test_a_name_in_french_joined_by_et_de():
    got = edges(
        "Harbour Security Directorate\n\nThe Harbour Security Directorate (HSD) is an agency. On May 5, 1980 "
        "it replaced the Bureau de Veille Maritime et de Contre-Piraterie (BVMCP).\n"
    )
    assert ("Bureau de Veille Maritime et de Contre-Piraterie", "absorbed_into", "Harbour Security Directorate") in got


def test_the_last_leader_item_of_a_copy_cut_inside_its_dates():
    # stored copies stop mid-row: "• Gen. Bo Wu, Tide Army (September 6, 2011" at the very end still names a holder
    text = (
        "List of Harbour Bureau directors\n\nDirectors\n  • Gen. Ada Lind, Tide Air Force (May 30, 2006–February 12, 2009)\n"
        "  • Gen. Bo Wu, Tide Army (September 6, 2011"
    )
    got = leads(text)
    assert got[("Bo Wu", "Harbour Bureau")] == [(2011, None)]
    assert got[("Ada Lind", "Harbour Bureau")] == [(2006, 2009)]


def test_a_withheld_holder_is_no_person():
    # "Agency executive" / "• Classified, Colonel": the post is given, its holder is not
    text = "Harbour Bureau\nAgency executive\n  • Classified, Colonel\nEmployeesClassified\n\nThe Harbour Bureau is an agency.\n"
    assert not [c for c in claims_of(text) if c.relation == "leads"]


def test_a_plural_office_line_over_bullets_heads_a_holder_list_with_or_without_commas():
    # no blank lines around "Directors": the bullets below make it the heading of a holder list;
    # "Name 1961-1970" needs no comma, a month may be a first name, a particle may sit in the name
    text = (
        "Tidenamt\nThe Tidenamt (TDA) is the coastal intelligence service of Veldra.[1]\nPeople\nDirectors\n"
        "- Ada Lind 1961-1970\n- Dr August Wu 1970-1975\n- Cy Rask March 1975\n- Dan Ovan 1975-[3]\n"
        "Deputy directors\n- Dr. Eli von Moss Deputy Director\n- Maj. Gen. Fay Orr Deputy Director for Naval Affairs\n"
    )
    cs = [c for c in claims_of(text) if c.relation == "leads"]
    got = {(c.subject, c.title, c.start, c.end) for c in cs}
    assert got == {
        ("Ada Lind", "Director", 1961, 1970),
        ("August Wu", "Director", 1970, 1975),
        ("Cy Rask", "Director", 1975, None),
        ("Dan Ovan", "Director", 1975, None),
        ("Eli von Moss", "Deputy Director", None, None),
        ("Fay Orr", "Deputy Director for Naval Affairs", None, None),
    }
    assert {c.object for c in cs} <= {"Tidenamt", "TDA"}
    # a plural office line with prose below is no heading: its sentence is not a list
    assert not [
        c
        for c in claims_of("Tidenamt\nThe Tidenamt is an agency.\nDirectors\nAda Lind 1961-1970 was born.\n")
        if c.relation == "leads"
    ]


def test_a_whitespace_table_header_may_name_the_office_each_holder_served_under():
    text = (
        "Directorate of Coastal Watch\n\nThe Directorate of Coastal Watch is the maritime service of Veldra.\n\n"
        "Deputy directors\n\nNo. Portrait Name Term of office Director\n1 Anna Berg 1954 1960 Karl Venn\n"
        "2 Tomas Lee 1960 1972 Ilse Roan\n"
    )
    cs = claims_of(text)
    assert {(c.subject, c.start, c.end) for c in cs if c.relation == "leads"} == {
        ("Anna Berg", 1954, 1960),
        ("Tomas Lee", 1960, 1972),
    }
    assert not [c for c in cs if "Portrait" in c.subject]


def test_formed_from_or_on_the_basis_of_predecessors():
    text = (
        "Harbour Watch\n\nThe Harbour Watch (HW) is an agency of Veldra. The HW was formed in April 1951 from the "
        "Coastal Office and the Tide Bureau. The Dock Service was created on the basis of the Pier Group in 1960. "
        "The Sea Council was formed from members of the Tide Party.\n"
    )
    got = edges(text, "absorbed_into")
    assert {
        ("Coastal Office", "absorbed_into", "HW"),
        ("Tide Bureau", "absorbed_into", "HW"),
        ("Pier Group", "absorbed_into", "Dock Service"),
    } <= got
    assert not [e for e in got if e[0] == "Tide Party"]


def test_a_transliterated_name_with_hyphened_particles_and_its_translation():
    text = (
        "Ha-Tidan le-Modin ule-Yam Shomrim (Veldran: Institute for Tides and Shores , Ѳидан) is a Veldran "
        "intelligence agency, commonly referred to as Tidan. It is headquartered in Ulton.\n"
    )
    cs = claims_of(text)
    full = "Ha-Tidan le-Modin ule-Yam Shomrim"
    aliases = {c.value for c in cs if c.relation == "alias" and c.subject == full}
    assert {"Institute for Tides and Shores", "Ѳидан", "Tidan"} <= aliases
    assert (full, "headquartered_in", "Ulton") in edges(text)


def test_glued_terms_with_short_ends_and_a_first_name_in_parentheses():
    text = (
        "Reference list\n\nDirectors of the Harbour Service (1909–2008)\n\nThe Harbour Service was founded in 1909.\n"
        "1909–40Sir Ada George Lind (1873–1942)\n1940–6Bo Wu (1886–1968)\n1946–53Sir (Edward) Cy Rask (1888–1962)\n"
    )
    got = {(c.subject, c.start, c.end) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada George Lind", 1909, 1940), ("Bo Wu", 1940, 1946), ("Cy Rask", 1946, 1953)}


def test_an_office_title_wrapped_over_two_lines_and_its_incumbent_under_it():
    text = (
        "Minister of Tides of\nthe Republic of Veldra\nAda Lind\nsince 24 June 2022\n"
        "Ministry of Tides of the Republic of Veldra\n\nThe minister of tides is the head of the Ministry of Tides.\n\n"
        "List of ministers\n\nNo. Portrait Name From To Premier\n1 Bo Wu October 1949 September 1959 Cy Rask\n\n"
        "Bo Wu\n\n2 Dan Ovan March\n"
    )
    cs = [c for c in claims_of(text) if c.relation == "leads"]
    got = {(c.subject, c.object, c.title, c.start) for c in cs}
    # (the body the office heads: the one the lead sentence names)
    assert {(n, t, y) for n, _, t, y in got} == {
        ("Ada Lind", "Minister", 2022),
        ("Bo Wu", "Minister", 1949),
        ("Dan Ovan", "Minister", None),
    }  # the caption "Bo Wu" ends no table
    assert {c.object for c in cs} == {"Ministry of Tides"}
    # with no body in the lead, the title read over its two lines names it whole
    doc = orgnet.parse_text(text.replace("the Ministry of Tides.", "its ministry."), "t.txt")
    assert doc.title == "Minister of Tides of the Republic of Veldra"


def test_and_was_renamed_names_the_clauses_subject_and_a_lower_case_numbered_unit():
    text = (
        "Harbour Service\n\nThe Harbour Service was founded in 1909 as the home section of the Tide Bureau and was "
        "renamed Naval Intelligence section 7 (NI7) in 1916.\n"
    )
    cs = claims_of(text)
    aliases = {(c.subject, c.value) for c in cs if c.relation == "alias"}
    assert ("Harbour Service", "Naval Intelligence section 7") in aliases
    assert not [a for a in aliases if a[0] == "Tide Bureau"]


def test_a_mirrors_interface_lines_and_a_short_description_are_not_the_lead_sentence():
    text = (
        "Loading AI tools\nGovernment ministry in Veldra From Wikipedia, the free encyclopedia\n"
        "The Ministry of Harbours (MH, Veldran: Bo Hai (BH))[1] is a public agency of Veldra. It is headquartered "
        "in Ulton.\nBo Lind is the current head of the Veldran MH.[2]\n"
    )
    cs = claims_of(text)
    aliases = {(c.subject, c.value) for c in cs if c.relation == "alias"}
    assert {("Ministry of Harbours", a) for a in ("MH", "Bo Hai", "BH")} <= aliases  # a gloss inside the gloss
    assert not [c for c in cs if c.subject == "Bo Hai"]
    assert ("Ministry of Harbours", "headquartered_in", "Ulton") in edges(text)
    assert ("Bo Lind", "leads", "MH") in edges(text, "leads")  # "the Veldran MH": the demonym says whose


def test_a_body_led_by_a_party_its_member_organizations_and_names_joined_by_or():
    text = (
        "The Harbour Front (HF), also known as the Harbour Union Front (HUF) or the Dock Front, was a Veldran popular "
        "front formed on 5 June 1949 and led by the Tide Workers' Party (TWP). The three parties of Veldra—the TWP, "
        "the Veldran Green Party, and the Farmers' Party—all participated in the front. The Veldran Youth League "
        "was also a member organization.\n"
    )
    cs = claims_of(text)
    aliases = {c.value for c in cs if c.relation == "alias" and c.subject == "Harbour Front"}
    assert {"HF", "Harbour Union Front", "Dock Front"} <= aliases
    got = edges(text)
    assert any(r == "controlled_by" and o in ("Tide Workers' Party", "TWP") for _, r, o in got)
    members = {s for s, r, o in got if r == "part_of" and o == "Harbour Front"}
    assert {"Veldran Green Party", "Farmers' Party", "Veldran Youth League"} <= members
    # a person who led the body leads it; no body controls it
    assert ("Bo Wu", "leads", "Harbour Front") in edges(
        "Harbour Front\n\nThe Harbour Front is a front of Veldra, formed in 1949 and led by Bo Wu.\n"
    )


def test_a_numbered_ministers_post_names_the_ministry_he_heads():
    text = (
        "Directorate of Coastal Watch explained\n\nAgency Name:Directorate of Coastal Watch\n"
        "Headquarters:141 Tide Road, Ulton XX, Veldra\nMinister1 Name:Ada Lind\nMinister1 Pfo:Minister of the Navy\n"
        "Chief1 Name:Bo Wu\nChief1 Position:Director\n\nThe Directorate of Coastal Watch (French: link=no|Direction de "
        "la Garde, DCW) is Veldra's coastal agency. It is headquartered in the 20th District of Ulton. It has a "
        "branch in the 20t"
    )
    got = edges(text)
    assert ("Ada Lind", "leads", "Ministry of Navy") in got or ("Ada Lind", "leads", "Ministry of the Navy") in got
    assert ("Bo Wu", "leads", "Directorate of Coastal Watch") in got
    assert ("Directorate of Coastal Watch", "headquartered_in", "20th District of Ulton") in got
    assert not [e for e in got if e[2] == "20t"]  # a word the copy cut is no place
    aliases = {c.value for c in claims_of(text) if c.relation == "alias"}
    assert "Direction de la Garde" in aliases and not [a for a in aliases if "link=" in a]


def test_an_infobox_key_alone_and_its_holder_after_a_blank_line():
    text = (
        "Harbour Institute of Foreign Affairs\n\nFormationDecember 15, 1949\nTypePeople's organization\n\nPresident\n\n"
        "Ada Lind\n\nSecretary-general\n\nBo Wu\n\nThe Harbour Institute of Foreign Affairs (HIFA) is a people's "
        "organization of Veldra.\n"
    )
    got = {(c.subject, c.title) for c in claims_of(text) if c.relation == "leads"}
    assert got == {("Ada Lind", "President"), ("Bo Wu", "Secretary-General")}


def test_and_was_renamed_after_an_opening_phrase():
    text = (
        "Harbour Service\n\nIn 1909, the Harbour Service was founded as the home section of the Tide Bureau and "
        "was renamed Naval Intelligence section 7 (NI7) in 1916.\n"
    )
    aliases = {(c.subject, c.value) for c in claims_of(text) if c.relation == "alias"}
    assert ("Harbour Service", "Naval Intelligence section 7") in aliases
    assert not [a for a in aliases if a[0] == "Tide Bureau"]


def test_a_pipe_tables_body_column_names_the_body_each_row_led():
    # a header with a body column and a post as the name column; the body cell is never the holder
    text = (
        "Tidal Guard\n"
        "The Tidal Guard (TG) is the security service of Veldra. It succeeded the BSO and the KdM.\n"
        "Chiefs of the Tidal Guard and its predecessors\n"
        "No. | Organization | Director | Took office | Left office | Political party |\n"
        "---|---|---|---|---|---|\n"
        "01 | BSO | Ada Linmark | April 1950 | May 1952 | Veldran Workers' Party |\n"
        "02 | KdM | Boris Tallow | May 1952 | June 1960 | Veldran Workers' Party |\n"
        "03 | TG | General Cyrander | June 1960 | 1971 | Harbour Front |\n"
    )
    got = leads(text)
    assert got[("Ada Linmark", "BSO")] == [(1950, 1952)]
    assert got[("Boris Tallow", "KdM")] == [(1952, 1960)]
    assert got[("Cyrander", "Tidal Guard")] == [(1960, 1971)]  # a one-word name after a rank, alone in its cell
    assert not any(p in ("KdM", "BSO", "TG") for p, _ in got)


def test_a_numbered_post_key_holding_a_name_with_no_name_key():
    text = (
        "Tidal Bureau\n{{Infobox government agency\n| name = Tidal Bureau\n| formed = 2009\n"
        "| minister1_pfo = Ada Linmark\n| minister2_pfo =\n| deputyminister2_pfo =\n}}\n"
        "The Tidal Bureau (TB) is an intelligence agency.\n"
    )
    assert ("Ada Linmark", "leads", "Tidal Bureau") in edges(text)


def test_a_qualified_office_as_a_pipe_key():
    text = (
        "Tidal Commission\n\nThe Tidal Commission is an administrative body of the Harbour Committee.\n"
        "Tidal Commission | |\nFormation | 1930 |\n---|---|\nHead | Ada Linmark |\n"
        "Executive Deputy Head | Bo Tallow |\nDeputy Heads | Cy Rasko, Di Morn |\n"
    )
    got = edges(text, "leads")
    assert {
        ("Ada Linmark", "leads", "Tidal Commission"),
        ("Bo Tallow", "leads", "Tidal Commission"),
        ("Cy Rasko", "leads", "Tidal Commission"),
    } <= got


def test_a_glued_key_after_a_wrapped_line_stays_a_key():
    text = (
        "fbpx\nWikipedia\n\nTidal Ministry (Veldra)\n\nThe Tidal Ministry of Veldra is the secret police agency of "
        "Veldra. It is an autonomous agency reporting directly to the Supreme Leader.[2]\n\n"
        "Tidal Ministry of Veldra\nAgency overview\nFormed1973\nEmployeesClassified\nJurisdictional structure\n"
        "Operations jurisdictionVeldra\nOperational structure\nHeadquartersPort Ulton\n"
        "39°4′29″N 125°46′7″E / 39.07472°N 125.76861°E\nElected officers responsible\n"
        "  • Ada Linmark, Minister of Tides\n"
    )
    assert ("Tidal Ministry of Veldra", "headquartered_in", "Port Ulton") in edges(text) or (
        "Tidal Ministry",
        "headquartered_in",
        "Port Ulton",
    ) in edges(text)
