"""Ministries and police forces as their pages describe them: a minister named with the level of
government before the post ("headed by Union Minister of Tides Ada Morn"), a police rank and a
particle in a holder's name ("Police Dir. Bo dela Rosa"), a force "formed ... when the A and the B
were merged", a constabulary as a body; a table of officials with their service's letters and posts
qualified before "of" ("V.K. Rask, ICAS | Principal Chief Controller of Accounts |"). Every document here
is invented. An office's name in another language under its caption ("Ketua Polis Negara") is no holder; "was
appointed tides minister" leads the ministry whose name holds the field, and no other body. An office's page
whose lead says its holder "is the highest ranking military officer of" a force, or that it "has been the
title of the professional head of" an army, is that force's office; a pipe row of many cells is a row, not
a sentence, however many words it holds.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def test_a_minister_with_the_level_of_government_before_the_post_leads_the_ministry():
    text = (
        "Ministry of Tides\n\nThe Ministry of Tides is a ministry of the Government of Veldra."
        " The ministry is headed by Union Minister of Tides Ada Morn.\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Ministry of Tides").title == "Minister", show(cs)


def test_a_police_rank_and_a_particle_in_the_holders_name():
    text = "Tide Police\n\nThe Tide Police is the police of Veldra.\nAgency executive |\nPolice Dir. Bo dela Rosa, Director-General |\n"
    _, cs = run(text)
    one(cs, "Bo dela Rosa", "leads", "Tide Police")


def test_a_force_formed_when_two_were_merged_absorbed_them():
    text = (
        "Tide Police\n\nThe Tide Police (TP) is the police of Veldra. The TP was formed on January 29, 1991 when"
        " the Tide Constabulary and the Integrated Tide Police were merged.\n"
    )
    _, cs = run(text)
    for old in ("Tide Constabulary", "Integrated Tide Police"):
        assert one(cs, old, "absorbed_into", "Tide Police").start == 1991, show(cs)


def test_a_table_of_officials_with_their_service_letters_and_qualified_posts():
    text = (
        "Ministry of Tides\n\nThe Ministry of Tides is a ministry of Veldra.\nSenior officials\nName | Designation |\n"
        "Ada Lin Morn, IAS | Tide Secretary |\nB.R. Lind, IAS | Additional Secretary |\n"
        "V.K. Rask, ICAS | Principal Chief Controller of Accounts |\nCy Lo Wen, IES | Senior Economic Adviser |\n"
    )
    _, cs = run(text)
    assert one(cs, "V.K. Rask", "leads", "Ministry of Tides").title == "Principal Chief Controller of Accounts", show(
        cs
    )
    one(cs, "Cy Lo Wen", "leads", "Ministry of Tides")


def test_a_post_of_a_field_in_a_run_of_posts_names_no_body():
    text = (
        "Tide Armed Forces\n\nTide Armed Forces | |\n---|---|\nMinister of Defence | Ada Morn |\n"
        "State Secretary of Defence | Bo Lin |\nChief of Defence | General Cy Lo Rask |\n\n"
        "The Tide Armed Forces are the armed forces of Veldra.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.object == "Defence"], show(cs)


def test_an_offices_name_in_another_language_under_its_caption_is_no_holder():
    text = (
        "Inspector-General of Tide Police (Veldra)\n\nThe Inspector-General of Tide Police is the highest-ranking"
        " officer of the Veldra Tide Police.\n\nInspector-General of Veldra Tide Police\nKetua Polis Negara\n"
        "since 23 June 2023\nVeldra Tide Police\nFirst holderAda Morn\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.subject == "Ketua Polis Negara"], show(cs)
    assert [c for c in cs if c.subject == "Ada Morn" and c.relation == "leads"], show(cs)


def test_a_minister_of_a_field_in_lower_case_leads_the_ministry_whose_name_holds_it():
    text = "Ministry of Tides (Veldra)\n\nThe Ministry of Tides is a ministry of Veldra.\nBo Lin Rask was appointed tides minister on 18 June 2012.\n"
    _, cs = run(text)
    assert one(cs, "Bo Lin Rask", "leads", "Ministry of Tides").start == 2012, show(cs)
    text = "Tide Party\n\nThe Tide Party is a party of Veldra. Bo Lin Rask was appointed harbour minister in 2012.\n"
    _, cs = run(text)
    none(cs, "Bo Lin Rask", "leads", "Tide Party")  # a minister of another field: no post of the party


def test_an_office_page_whose_lead_names_the_force_its_officer_heads_and_its_long_pipe_rows():
    text = (
        "Chief of the Tide Staff (Veldra)\nThe Chief of Tide Staff is the highest ranking military officer of the"
        " Veldran Tide Forces.\nThe chiefs have been:[1]\n"
        "| No. | Portrait | Chief of Tide Staff | Took office | Left office | Time in office | Tide branch | Ref. |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 1 | Lieutenant General Ada Morn (born 1939)  | April 1980 | 2 October 1981 | 1 year, 6 months | – | ||\n"
        "| 2 | General Bo Lin (1939–2000)  | 2 October 1981 | 31 December 1983 | 2 years, 90 days | – | ||\n"
    )
    _, cs = run(text)
    c = one(cs, "Bo Lin", "leads", "Veldran Tide Forces")
    assert (c.start, c.end) == (1981, 1983), show(cs)
    assert one(cs, "Ada Morn", "leads", "Veldran Tide Forces").start == 1980
    none(cs, "Ada Morn", "leads", "Tide Staff")


def test_the_title_of_the_professional_head_of_a_force_names_the_office_s_body():
    text = (
        "Chief of the Tide Staff (Veldra)\n\nChief of the Tide Staff (CTS) has been the title of the professional"
        " head of the Veldran Army since 1964.\n\nChiefs\n- Ada Morn (1964–1970)\n- Bo Lin (1970–1975)\n"
    )
    _, cs = run(text)
    assert one(cs, "Bo Lin", "leads", "Veldran Army").start == 1970, show(cs)
