"""Forms of an agency's infobox met on pages the parser had not seen: a minister's portfolio given
as the ministry itself, a predecessor named in its own language with lower-case words inside, a
line of the site's language menu in Chinese characters, a German encyclopedia's caption with the
abbreviation between dashes and its keys for the founding and the predecessor. Every document
here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.names import capitalised_at_both_ends, subject_name

PORTFOLIO = """Agency Name: | Tide Watch Service |
Formed: | 1951 |
Minister1 Name: | Ada Morrow |
Minister1 Pfo: | Ministry of the Interior of Veldra |
Chief1 Name: | Bo Wenter |
Parent Agency: | Ministry of the Interior of Veldra |
The Tide Watch Service (TWS) is the security agency of Veldra.
"""


def test_a_ministers_portfolio_given_as_the_ministry_is_the_body_the_minister_heads():
    _, cs = run(PORTFOLIO)
    c = one(cs, "Ada Morrow", "leads", "Ministry of the Interior of Veldra")
    assert c.title == "Minister", show(cs)
    assert not find(cs, "Ada Morrow", "leads", "Tide Watch Service"), show(cs)
    assert one(cs, "Bo Wenter", "leads", "Tide Watch Service").title == "Chief"


def test_a_ministers_portfolio_given_as_a_post_still_names_the_ministry():
    _, cs = run(PORTFOLIO.replace("| Ministry of the Interior of Veldra |\nChief1", "| Minister of Tides |\nChief1"))
    assert one(cs, "Ada Morrow", "leads", "Ministry of Tides").title == "Minister"


PRECEDING = """Tide Watch Service

- Agency Name: Tide Watch Service
- Formed: 1951
- Preceding1: Det gamle Tidekontor
- Preceding2: Ada Morrow and others
- Chief1 Name: Bo Wenter

The Tide Watch Service is the security agency of Veldra.
"""

PRECEDING_BULLET = """Tide Watch Service
Agency overview
Formed1951
Preceding agency
  • Det gamle Tidekontor
JurisdictionGovernment of Veldra

The Tide Watch Service is the security agency of Veldra.
"""


def test_a_predecessor_named_in_its_own_language_with_lower_case_words_is_read():
    for text in (PRECEDING, PRECEDING_BULLET):
        _, cs = run(text)
        one(cs, "Det gamle Tidekontor", "absorbed_into", "Tide Watch Service")
        assert not [c for c in cs if "others" in c.subject], show(cs)


def test_a_name_capitalised_at_both_ends():
    assert capitalised_at_both_ends("Det gamle Tidekontor")
    assert capitalised_at_both_ends("Tidecom")
    assert not capitalised_at_both_ends("Ada Morrow and others")
    assert not capitalised_at_both_ends("the Old Bureau")
    assert not capitalised_at_both_ends("Bo")
    assert not capitalised_at_both_ends("A B C D E F G H I")  # (more than eight words)


MENU = """Jump to content

英文维基 | 中文维基 | 日文维基

Tide Watch Service

From Wikipedia, the free encyclopedia
Tide Watch Service
Agency overview
Formed1951
HeadquartersPort Ulton

The Tide Watch Service is the security agency of Veldra.
"""


def test_a_language_menu_in_chinese_characters_is_no_native_name():
    _, cs = run(MENU)
    assert not [c for c in cs if c.relation == "name_zh"], show(cs)
    one(cs, "Tide Watch Service", "headquartered_in", "Port Ulton")


def test_a_single_native_name_line_is_still_read():
    _, cs = run(MENU.replace("英文维基 | 中文维基 | 日文维基", "潮汐监察局"))
    assert [c.value for c in cs if c.relation == "name_zh"] == ["潮汐监察局"], show(cs)


GERMAN_CAPTION = """Tidevagten — TVA — | |
---|---|
![]() | |
Stellung der Behörde | Nachrichtendienst |
Aufsichtsbehörde(n) | Ministerium des Innern |
Bestehen | Seit 1951 |
Entstanden aus | Det gamle Tidekontor |
Hauptsitz | Port Ulton, Veldra |
Website | www.tv.example |
Tidevagten (TVA) ist der Inlandsnachrichtendienst Veldras.
"""


def test_a_german_captions_abbreviation_between_dashes_and_its_keys():
    _, cs = run(GERMAN_CAPTION)
    caption = [c for c in cs if c.relation == "alias" and c.value == "TVA" and "—" in c.evidence]
    assert [c.subject for c in caption] == ["Tidevagten"], show(cs)
    one(cs, "Tidevagten", "subordinate_to", "Ministerium des Innern")
    one(cs, "Det gamle Tidekontor", "absorbed_into", "Tidevagten")
    assert [c.value for c in cs if c.relation == "founded"] == ["1951"], show(cs)
    assert not [c for c in cs if "Nachrichtendienst" == (c.object or c.value)], show(cs)


def test_subject_name_reads_an_abbreviation_between_dashes():
    assert subject_name("Tidevagten — TV —") == ("Tidevagten", "TV")
    assert subject_name("Tidevagten - TV") == ("Tidevagten", "TV")


PARTY = """= Tide Party =

- Abbreviation: TP
- Founders: Ada Morrow, Bo Wenter
- Merger: TLU and SPP
- Think Tank: Tide Policy Institute
- Wing1 Title: Parents' wing
- Wing1: Tide Parents Union
- International: Progressive Tide Alliance

The Tide Party (TP) is a party of Veldra.
"""


def test_a_partys_founders_merger_think_tank_and_numbered_wings():
    _, cs = run(PARTY)
    for who in ("Ada Morrow", "Bo Wenter"):
        one(cs, "Tide Party", "established_by", who)
    for old in ("TLU", "SPP"):
        one(cs, old, "absorbed_into", "Tide Party")
    one(cs, "Tide Party", "affiliated_with", "Tide Policy Institute")
    one(cs, "Tide Parents Union", "part_of", "Tide Party")
    assert not [c for c in cs if "Ada Morrow, Bo Wenter" in (c.subject, c.object)], show(cs)


def test_a_founder_and_a_post_after_a_comma_stay_one_value():
    _, cs = run(PARTY.replace("Ada Morrow, Bo Wenter", "Ada Morrow, Chair"))
    assert not find(cs, "Tide Party", "established_by", "Chair"), show(cs)


def test_a_name_of_two_words_joined_by_and_is_not_cut():
    _, cs = run(PARTY.replace("Merger: TLU and SPP", "Merger: Ministry of Trade and Industry"))
    one(cs, "Ministry of Trade and Industry", "absorbed_into", "Tide Party")


PERSON_ROWS = """Ada Morrow | |
|---|---|
Morrow in 2024 | |
| Minister of Tides | |
| Assumed office 24 June 2022 | |
| Premier | Bo Wenter Cy Lind |
| Preceded by | Ed Fay |
| Chief of Ulton Harbour Police | |
| In office March 2015 – April 2020 | |
| General secretary | Gus Hale |
| Secretary | Hal Ivy Jon Kerr |
| Preceded by | Fu Lang |
| Personal details | |
| Political party | Tide Party |
Ada Morrow (born 11 July 1957) is a Veldran politician who has been serving as minister of tides since 2022.
In 1984 she became deputy director of the Ulton Customs Bureau.
"""


def test_a_person_infoboxs_rows_opened_by_a_pipe_give_the_offices():
    _, cs = run(PERSON_ROWS)
    c = one(cs, "Ada Morrow", "leads", "Ministry of Tides")
    assert (c.title, c.start) == ("Minister", 2022), show(cs)
    c = one(cs, "Ada Morrow", "leads", "Ulton Harbour Police")
    assert (c.title, c.start, c.end) == ("Chief", 2015, 2020), show(cs)
    assert one(cs, "Fu Lang", "leads", "Ulton Harbour Police").end == 2015


def test_a_post_and_holder_among_a_persons_offices_is_a_colleague_who_leads_nothing_here():
    _, cs = run(PERSON_ROWS)
    for who in ("Gus Hale", "Hal Ivy Jon Kerr", "Hal Ivy", "Bo Wenter"):
        assert not [c for c in cs if c.subject == who], show(cs)


GLUED_PARTY = """Tide Front

Tide Front
AbbreviationTF
Secretary-GeneralAda Morrow
Regional affiliationLeft Group (Tide Parliament)
Union affiliateTide Workers' Centre

The Tide Front (TF) is a political party in Veldra.
"""


def test_a_partys_union_affiliate_and_a_group_of_a_parliament():
    _, cs = run(GLUED_PARTY)
    one(cs, "Tide Workers' Centre", "affiliated_with", "Tide Front")
    one(cs, "Tide Front", "affiliated_with", "Left Group")
    one(cs, "Left Group", "part_of", "Tide Parliament")
    assert not find(cs, "Tide Front", "affiliated_with", "Tide Workers' Centre"), show(cs)


def test_a_merger_of_two_bodies_named_in_full():
    _, cs = run(PARTY.replace("Merger: TLU and SPP", "Merger of: Tide Labour Union and Sea Peoples Party"))
    one(cs, "Tide Labour Union", "absorbed_into", "Tide Party")
    one(cs, "Sea Peoples Party", "absorbed_into", "Tide Party")
