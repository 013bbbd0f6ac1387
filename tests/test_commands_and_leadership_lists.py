"""Forms met on pages the parser had not seen: a unit's service branch, commanders of sub-units named in
parentheses, "commanded", a body's leadership listed with each holder's post, posts in the plural
before several names, a name found back from its abbreviation that would cross a verb, a dash
bullet naming the office of the table under it. Every document here is invented."""

from __future__ import annotations

from claim_helpers import none, one, reads_as, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

UNIT_INFOBOX = """Tide Guard | |
---|---|
Active | 1976 — present |
Country | Ulton |
Branch | Ulton Army |
Type | Mechanized infantry |
Current commander |
Maj. Gen. Ada Morn |
Deputy Commander | Brig. Gen. Ed Holm |
Brigade Commanders | Major Gen. Bo Lind (104th Brigade) Brig. Gen. Cy Rask (105th Brigade) Brig. Gen. Dan Ruel (106th Brigade) |

The Tide Guard is an elite unit.
"""


def test_a_units_branch_is_the_service_it_is_part_of():
    _, cs = run(UNIT_INFOBOX)
    one(cs, "Tide Guard", "part_of", "Ulton Army")


def test_a_branch_of_government_is_no_body():
    _, cs = run("Tide Agency | |\n---|---|\nBranch | Executive |\nFormed | 1990 |\n\nThe Tide Agency is a body.\n")
    assert not [c for c in cs if c.relation == "part_of"], show(cs)


def test_commanders_of_sub_units_in_parentheses_lead_those_units():
    _, cs = run(UNIT_INFOBOX)
    for name, unit in (("Bo Lind", "104th Brigade"), ("Cy Rask", "105th Brigade"), ("Dan Ruel", "106th Brigade")):
        assert one(cs, name, "leads", unit).title == "Brigade Commander", show(cs)
        none(cs, name, "leads", "Tide Guard")
    assert one(cs, "Ada Morn", "leads", "Tide Guard").title == "Commander"
    assert one(cs, "Ed Holm", "leads", "Tide Guard").title == "Deputy Commander"


COMMANDED = """Tide Guard

The Tide Guard is a unit of the Ulton Army. Major-General Ada Morn commanded the Guard from 1976 till 1997.
General Bo Lind commanded the Tide Guard from 1998 to 2001. The Ulton Fleet, commanded by Admiral Cy Rask, is
based in Veldra. She commanded respect in the Tide Guard. He commanded the troops.
"""


def test_a_person_who_commanded_a_unit_leads_it_for_those_years():
    _, cs = run(COMMANDED)
    c = one(cs, "Ada Morn", "leads", "Tide Guard")
    assert (c.title, c.start, c.end) == ("Commander", 1976, 1997), show(cs)
    assert (one(cs, "Bo Lind", "leads", "Tide Guard").start, one(cs, "Bo Lind", "leads", "Tide Guard").end) == (
        1998,
        2001,
    )
    assert one(cs, "Cy Rask", "leads", "Ulton Fleet").title == "Commander"
    none(cs, "Cy Rask", "leads", "Tide Guard")
    assert len([c for c in cs if c.relation == "leads"]) == 3, show(cs)


LEADERSHIP = """Tide news

The Ministry of Tides is a ministry of Ulton.
The leadership of the Ministry of Tides includes Minister Ada Morn, Vice Ministers Bo Lind and Cy Rask, and Assistant Ministers Dan Ruel and Ed Holm.
"""


def test_a_bodys_leadership_listed_gives_each_holder_their_own_post():
    _, cs = run(LEADERSHIP)
    posts = {c.subject: c.title for c in cs if c.relation == "leads" and c.object == "Ministry of Tides"}
    assert posts == {
        "Ada Morn": "Minister",
        "Bo Lind": "Vice Minister",
        "Cy Rask": "Vice Minister",
        "Dan Ruel": "Assistant Minister",
        "Ed Holm": "Assistant Minister",
    }, show(cs)


def test_a_post_in_the_plural_is_no_part_of_the_first_name():
    _, cs = run("Tide\n\nThe Ministry of Tides is led by Minister Ada Morn, Vice Ministers Bo Lind and Cy Rask.\n")
    assert one(cs, "Bo Lind", "leads", "Ministry of Tides").title == "Vice Minister", show(cs)
    assert not [c for c in cs if "Ministers" in c.subject], show(cs)


def test_criticising_a_leadership_names_no_holder():
    _, cs = run(
        "Tide\n\nThe Tide Party is a party. He criticised the leadership of the Tide Party, including its chairman.\n"
    )
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_a_name_found_back_from_its_abbreviation_stops_at_a_verb():
    _, cs = run("Tide\n\nThe Tide Affairs Commission is a body of the Central Committee of the Tide Party (TP).\n")
    one(cs, "Tide Affairs Commission", "subordinate_to", "Central Committee of the Tide Party")


DASH_OFFICE_TABLES = """Director of the General Office of the Tide Party

The director of the General Office of the Tide Party is the leader of the General Office.
List of directors
- Director of the General Office of the Harbour Secretariat
Name | Start | End | Ref. |
---|---|---|---|
Ada Morn | 1942 | October 1945 | [3] |
- Director of the General Office of the Tide Party
Name | Start | End | Ref. |
---|---|---|---|
Bo Lind | 1948 | 1955 | [4] |
"""


def test_a_dash_bullet_naming_an_office_over_a_table_gives_the_tables_body():
    _, cs = run(DASH_OFFICE_TABLES)
    assert one(cs, "Ada Morn", "leads", "General Office of the Harbour Secretariat").start == 1942, show(cs)
    none(cs, "Ada Morn", "leads", "General Office of the Tide Party")
    one(cs, "Bo Lind", "leads", "General Office of the Tide Party")


def test_a_literal_key_over_other_lines_takes_no_later_line_as_its_value():
    doc, cs = run(
        "Tide Security Commission\n\nThe Tide Security Commission is a body.\nMembership\n- Chairman\n"
        "- Ada Morn, President of Ulton\n- Members\n- Dan Ruel, executive member\n- Ed Holm, member\n"
    )
    assert [f.values for f in doc.fields if f.key == "Membership"] == [[]], doc.fields
    one(cs, "Ada Morn", "leads", "Tide Security Commission")


def test_a_literal_key_takes_its_value_across_a_tables_rule():
    doc, _ = run(
        "Ada Morn\nAda Morn | |\n---|---|\nChief of the Tide Intelligence Organization of Ulton | |\n"
        "Assumed office 9 March 2015 | |\nPresident | Bo Lind |\n"
    )
    values = [v.text for f in doc.fields if f.key == "Ada Morn" for v in f.values]
    assert values == ["Chief of the Tide Intelligence Organization of Ulton"], doc.fields


def test_a_clause_on_the_pages_last_line_cut_mid_word_is_read_as_prose():
    _, cs = run(
        "Tide Service\n\nThe Tide Service (TS) is an agency.\nThe TS headquarters was moved to Ulton in 1990.\n"
        "Its present Director General is Ada Morn wh\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Service").title == "Director General", show(cs)


def test_a_short_line_cut_mid_word_before_the_last_is_no_prose():
    _, cs = run(
        "Tide Service\n\nThe Tide Service is an agency.\nIts present Director General is Ada Morn wh\nContact us\n"
    )
    none(cs, "Ada Morn", "leads", "Tide Service")


GLUED_COMMISSION = """Tide Commission

Tide Commission
Formation1981 (1981)
Leader
Ada Morn
Deputy Leader
Bo Lind
Office Director
Cy Rask
Parent organization
Central Committee

The Tide Commission is a commission of the Tide Party.
"""


def test_a_key_alone_that_names_a_post_is_not_a_shorter_key_and_a_title():
    doc, cs = run(GLUED_COMMISSION)
    assert one(cs, "Cy Rask", "leads", "Tide Commission").title == "Office Director", show(cs)
    assert not [f for f in doc.fields if f.role == "office"], doc.fields


def test_heads_named_after_with_and_their_posts_lead_the_clauses_body():
    _, cs = run(
        "Tide Service\n\nThe Tide Service (TS) is an agency. The TS was made responsible for domestic intelligence, "
        "with Director General Ada Morn and Deputy Director Lt. Col. B.K. Lind.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Service").title == "Director General", show(cs)
    assert one(cs, "B.K. Lind", "leads", "Tide Service").title == "Deputy Director"


def test_with_a_titled_person_after_a_persons_clause_names_no_head():
    _, cs = run(
        "Tide Service\n\nThe Tide Service is an agency. Bo Wu met the press, with Director Ada Morn at his side.\n"
    )
    none(cs, "Ada Morn", "leads", "Tide Service")


def test_a_body_included_in_another_bodys_system_is_part_of_it():
    _, cs = run(
        "Tide Police\n\nThe Tide Police Force is a force. The Tide Police Force has been included in the Central "
        "Tide Commission system. It was included in the Annual Report of the Harbour Council.\n"
    )
    one(cs, "Tide Police Force", "part_of", "Central Tide Commission")
    none(cs, "Tide Police Force", "part_of", "Harbour Council")


GLUED_EXECUTIVES = """Tide Procuratorate

Tide Procuratorate
Agency overview
Formed27 September 1954
HeadquartersUlton
Agency executives
  • Ada Morn,
    Prosecutor-General
  • Bo Lind,
    Executive Deputy Prosecutor-General
  • Cy Rask,
    Deputy Prosecutor-General
"""


def test_a_bullets_name_with_a_comma_takes_the_post_on_the_indented_line_below():
    _, cs = run(GLUED_EXECUTIVES)
    assert one(cs, "Bo Lind", "leads", "Tide Procuratorate").title == "Executive Deputy Prosecutor-General", show(cs)
    assert one(cs, "Cy Rask", "leads", "Tide Procuratorate").title == "Deputy Prosecutor-General"


def test_professors_and_past_heads_listed_after_namely():
    _, cs = run(
        "Tide Academy\n\nThe Tide Academy is an institution directly under the Harbour Council. The present "
        "president is Professor Ada Morn. It has two past presidents, namely, Professor Bo Lind and Professor Cy Rask.\n"
    )
    for name in ("Ada Morn", "Bo Lind", "Cy Rask"):
        assert one(cs, name, "leads", "Tide Academy").title == "President", show(cs)
    assert not [c for c in cs if c.subject.startswith("Professor")], show(cs)


def test_a_place_and_a_bodys_abbreviation_name_a_body_with_a_holder_as_of_a_date():
    _, cs = run(
        "Tide Public Security Bureau\n\nThe Tide Public Security Bureau (Tide PSB) is a bureau. The incumbent "
        "police chief of the Tide PSB as of July 2025 is Ada Morn.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide PSB").title == "Chief", show(cs)


TEMPLATE_KEYS = """= Tide Commando Unit =

Infobox
- Unit Name: Tide Commando Unit
- Agency: Ulton Armed Police
- Command Structure: 2nd Ulton Corps
- Governingbody: Ulton Provincial Government
- Headquarters: Veldra

The Tide Commando Unit is a tactical unit.
"""


def test_a_template_dumps_own_parameter_names_read_as_keys():
    _, cs = run(TEMPLATE_KEYS)
    one(cs, "Tide Commando Unit", "part_of", "Ulton Armed Police")
    one(cs, "Tide Commando Unit", "subordinate_to", "2nd Ulton Corps")
    one(cs, "Tide Commando Unit", "overseen_by", "Ulton Provincial Government")


def test_an_agency_key_without_a_colon_is_no_parent():
    _, cs = run("Tide Agency\n\nTide Agency\nAgency overview\nFormed1990\n\nThe Tide Agency is an agency.\n")
    assert not [c for c in cs if c.relation == "part_of"], show(cs)


def test_a_body_that_contains_a_named_bureau_has_it_as_a_part():
    _, cs = run(
        "Tide Department\n\nThe Tide Department is a department. The Tide Department contains the Immigration Bureau.\n"
    )
    one(cs, "Immigration Bureau", "part_of", "Tide Department")


ITALIAN_MIRROR = """Tidecooperazione

Vai alla navigazione Vai alla ricerca
Agenzia federale per le maree
Tipo aiuti esteri
Fondazione 6 settembre 2008
Fondatore Ada Morn
Sede centrale bandiera di ulton Ulton
Capo Bo Lind
Casa madre Ministero delle Maree di Veldra
Sito web tide.example
Casa delle Maree a Ulton , Veldra .

La Tidecooperazione è un'agenzia federale autonoma del governo di Veldra.
"""


def test_an_italian_infoboxs_keys_and_a_flags_caption_before_the_seat():
    _, cs = run(ITALIAN_MIRROR)
    assert one(cs, "Bo Lind", "leads", "Tidecooperazione").title == "Head", show(cs)
    one(cs, "Tidecooperazione", "established_by", "Ada Morn")
    one(cs, "Tidecooperazione", "headquartered_in", "Ulton")
    one(cs, "Tidecooperazione", "subordinate_to", "Ministero delle Maree di Veldra")


def test_of_glued_to_a_names_word_on_a_glued_page_is_parted():
    text = (
        "Tide League\n\nTide League\nParent organisation\nUnited Front Departmentof theHarbour Party\n\n"
        "The Tide League is linked totheHarbour Party and itsUnited Front Department, based inUlton.\n"
    )
    doc = orgnet.parse_text(text, "t.txt")
    cs = orgnet.extract_claims(doc)
    c = one(cs, "Tide League", "subordinate_to", "United Front Department of the Harbour Party")
    assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), c  # the file's span (its words glued)
    assert "thereof the" in orgnet.parse_text("It is thereof the Harbour: inUlton, toUlton, atUlton.\n", "t.txt").text


def test_an_article_before_an_abbreviation_names_no_place_and_body():
    _, cs = run("Tide Bureau\n\nThe Tide Bureau (TPSB) is a bureau. Bo Wu headed La TPSB from 2012 to 2017.\n")
    assert not [c for c in cs if c.object.startswith("La ")], show(cs)


def test_a_place_and_an_acronym_join_the_one_name_they_spell(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Ulton Municipal Public Security Bureau\n\nThe Ulton Municipal Public Security Bureau is the police of "
        "Ulton. It is a department of the Ulton Government.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Ulton news\n\nThe incumbent chief of the Ulton PSB is Ada Morn.\n", encoding="utf-8"
    )
    tables = orgnet.build(tmp_path)
    assert "Ulton PSB" not in set(tables.nodes["label"]), tables.nodes
    edges = tables.edges.merge(tables.nodes[["id", "label"]], left_on="target", right_on="id")
    assert "Ulton Municipal Public Security Bureau" in set(edges[edges["relation"] == "leads"]["label"])
    assert "place_acronym" in set(tables.merges["rule"])


def test_a_successor_as_a_post_on_a_persons_page_leads_the_predecessors_body():
    _, cs = run(
        "Cy Rask\n\nCy Rask was chairman of the Tide Society from 1940. In 1948, Bo Lind succeeded Cy Rask as "
        "chairman through 1957.\n"
    )
    assert one(cs, "Bo Lind", "leads", "Tide Society").start == 1948, show(cs)
    none(cs, "Bo Lind", "leads", "Cy Rask")


def test_a_successor_on_a_persons_page_with_no_body_known_leads_nothing():
    _, cs = run("Cy Rask\n\nCy Rask was a painter. In 1948, Bo Lind succeeded Cy Rask as chairman.\n")
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_a_key_peoples_line_with_its_comma_glued_to_the_post():
    _, cs = run(
        "Tide League\n\nTide League\nFounded1955\nKey people\nAda Morn,founder\nBo Lind, chairman\n\nThe Tide League is a league.\n"
    )
    one(cs, "Tide League", "established_by", "Ada Morn")
    assert one(cs, "Bo Lind", "leads", "Tide League").title == "Chairman"


def test_a_subsidiarys_numbered_cover_designation_is_its_alias():
    _, cs = run(
        "Tide Guard Bureau\n\nTide Guard Bureau\nFormed1990\nSubsidiariesTide Guard Unit (PLA Unit 61889)\n"
        "Parent departmentGeneral Office\n\nThe Tide Guard Bureau is a bureau.\n"
    )
    one(cs, "Tide Guard Unit", "subordinate_to", "Tide Guard Bureau")
    one(cs, "Tide Guard Unit", "alias", value="PLA Unit 61889")
    assert not [c for c in cs if "61889)" in c.subject], show(cs)
