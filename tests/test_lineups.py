"""A body's line-up as pages print it: a post's key over its holders' names, however many
("Deputy Chairpersons" / "Ada Morn, Bo Lin, ..."), a post line over names set in columns, an
organ's line that counts its members over "Name, age" lines, a roster's sub-headings, and posts
named in a row of clauses ("Deputy Secretary-General is Bo Lin and Treasurer-General is Cy Lo"), an
infobox key that names an organ over its members ("Politburo Standing Committee Ada Morn" / "Bo Lin",
"Secretariat: A, B and C"), a post's key before a holder with a note ("Bo Lin (deceased)").
Every document here is invented."""

from __future__ import annotations

from claim_helpers import one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

NAMES = [
    "Bo Lin",
    "Cy Vance",
    "Dee Park",
    "Ed Moor",
    "Flo Rida",
    "Gus Tan",
    "Hal Hope",
    "Ivo Lenz",
    "Jo Kern",
    "Kai Ruel",
    "Lu Wen",
    "Mo Sand",
    "Ned Kraus",
]

COMMITTEE_INFOBOX = f"""Tide Affairs Committee

Tide Affairs Committee
FormationJune 7, 1983
Location
Chairperson
Ada Morn
Deputy Chairpersons
{", ".join(NAMES)}
Parent organization
National Assembly of Tideland

The Tide Affairs Committee is one of nine special committees of the National Assembly of Tideland.
"""


def test_a_post_key_over_a_long_list_of_names_gives_each_name_the_post():
    _, cs = run(COMMITTEE_INFOBOX)
    assert len(", ".join(NAMES).split()) > 22  # longer than a line of prose may be
    for person in NAMES:
        assert one(cs, person, "leads", "Tide Affairs Committee").title == "Deputy Chairperson", show(cs)
    one(cs, "Ada Morn", "leads", "Tide Affairs Committee")


LEADERS_STORY = """Tide News

The Tide Party unveiled its new leaders on Sunday.
Standing Committee of the Political Bureau of the Tide Party (three members):
Ada Morn, 69
Bo Lin, 63
Cy Lo, 65
The Politburo shrank to 24 members from 25.
Politburo (24 members, including PSC members):
Dan Ruel, 69, state councilor and foreign minister
Eva Sand, 72, vice chairman of the Tide Military Commission.
"""


def test_an_organ_line_that_counts_its_members_seats_each_name_and_age_under_it():
    _, cs = run(LEADERS_STORY)
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):  # the organ's whole name, "of the" inside it
        one(cs, person, "part_of", "Standing Committee of the Political Bureau of the Tide Party")
    # the first item right under the line is on the roster though the next one has another shape;
    # the organ named alone is the party's that the story names, without the sentence's "The"
    for person in ("Dan Ruel", "Eva Sand"):
        one(cs, person, "part_of", "Politburo of the Tide Party")
    one(cs, "Eva Sand", "leads", "Tide Military Commission")


COUNCIL_PAGE = """Tide Council

The Tide Council handles the day-to-day work of the Tide Assembly.

Chairman

Ada Morn

Vice-Chairmen

Li Jianguo                                       Wang Shengjun

Dee Park                                  Ed Moor

Flo Rida

Secretary-General

Gus Tan
"""


def test_a_post_over_names_in_columns_and_blank_lines_gives_each_name_the_post():
    _, cs = run(COUNCIL_PAGE)
    for person in ("Li Jianguo", "Wang Shengjun", "Dee Park", "Ed Moor", "Flo Rida"):
        assert one(cs, person, "leads", "Tide Council").title == "Vice-Chairman", show(cs)
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Chairman", show(cs)
    assert one(cs, "Gus Tan", "leads", "Tide Council").title == "Secretary-General", show(cs)


BOARD_PAGE = """Tide Board

The Tide Board is the governing body of the Tide Party.
Current membership
- Chair: Ada Morn
- Scottish Party Convenor: Cy Lo
- Chair of TFC and Registered Treasurer: Dan Ruel
Councillor representatives
- Fay Wray
State Party representatives
- English Party: Gil Hope
- Welsh Party: Hal Moor
Directly Elected:
- Ivo Lenz
- Jo Kern
Non-voting Members
- Chief Whip: Kai Ruel MP
- Company Secretary: Lu Wen
Former chairs
- Mo Sand
- Ned Kraus
Steering Committee
- Oda Rask
- Pia Lund
"""


def test_a_rosters_sub_headings_and_labels_keep_its_members_on_the_body():
    _, cs = run(BOARD_PAGE)
    members = ("Ada Morn", "Cy Lo", "Dan Ruel", "Fay Wray", "Gil Hope", "Hal Moor", "Ivo Lenz", "Jo Kern")
    for person in (*members, "Kai Ruel", "Lu Wen"):  # ("Kai Ruel MP": the letters after the name are no part of it)
        one(cs, person, "part_of", "Tide Board")
    # a list of past holders, or of another body, ends the roster: its names are no members (past
    # chairs held the chair: names alone under a leaders heading)
    for person in ("Mo Sand", "Ned Kraus", "Oda Rask", "Pia Lund"):
        assert not [c for c in cs if c.subject == person and c.relation == "part_of"], show(cs)
    assert {c.subject for c in cs if c.relation == "leads" and c.title == "Chair"} >= {"Mo Sand", "Ned Kraus"}
    assert not [c for c in cs if c.subject in ("Oda Rask", "Pia Lund") and c.object == "Tide Board"], show(cs)


FORCES_INFOBOX = """Tide Armed Forces | |
---|---|
Founded | 1572 |
Leadership | |
Minister of Defence | Ruben Morn |
Minister of State | Ivo Lenz |
Chief of Staff | General Onno Vance |
Discipline Secretary | Bo Lin |
Website | Tide Board |

The Tide Armed Forces are the military of Tideland.
"""


def test_an_infobox_row_keyed_by_a_post_no_field_names_gives_its_holder_the_post():
    _, cs = run(FORCES_INFOBOX)
    # a minister's post names the ministry; "Minister of State" names none
    assert one(cs, "Ruben Morn", "leads", "Ministry of Defence").title == "Minister", show(cs)
    assert one(cs, "Ivo Lenz", "leads", "Tide Armed Forces").title == "Minister of State", show(cs)
    # a post of no body's name is the page's body's, the rank no part of the name
    assert one(cs, "Onno Vance", "leads", "Tide Armed Forces").title == "Chief of Staff", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Armed Forces").title == "Discipline Secretary", show(cs)
    assert not [c for c in cs if c.subject == "Tide Board" or c.object == "Tide Board"], show(cs)  # no post, no holder


def test_key_people_with_a_name_in_its_own_script_or_a_note_marker_keep_their_posts():
    _, cs = run(
        "Tide Holdings\n\nTide Holdings is a shipbuilding company.\nKey people\n"
        "Dong Qiang (董强) (Chairman)\nWen Gang (President)[1]\nRevenue 5 billion\n"
    )
    assert one(cs, "Dong Qiang", "leads", "Tide Holdings").title == "Chairman", show(cs)
    assert one(cs, "Wen Gang", "leads", "Tide Holdings").title == "President", show(cs)


def test_the_current_holder_of_a_post_no_body_names_leads_the_pages_body():
    _, cs = run("Tide Union\n\nThe Tide Union is a federation of unions. Ada Morn is the current General Secretary.\n")
    assert one(cs, "Ada Morn", "leads", "Tide Union").title == "General Secretary", show(cs)
    # a person's page: the post is of no body the page is about
    _, cs = run(
        "Ada Morn\n\nAda Morn is a trade unionist. She was born in Ulton. Bo Lin is the current General Secretary.\n"
    )
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_a_headquarters_value_that_names_a_bodys_building_then_the_place_is_in_the_place():
    _, cs = run("Tide Forces\n\nHeadquarters | Ministry of Defence, Ulton |\nFounded | 1900 |\n")
    one(cs, "Tide Forces", "headquartered_in", "Ulton")
    assert not [c for c in cs if c.object == "Ministry of Defence"], show(cs)


def test_a_term_on_the_line_under_a_holders_name_dates_the_post():
    # an infobox's key of several holders, each name over its term, blank lines or none between
    for sep in ("\n", "\n\n"):
        text = sep.join(
            [
                "Tide Police\n\nThe Tide Police is the national police force of Tideland.\n",
                "Commissioners",
                "Bo Morn",
                "November 21, 2011 to June 30, 2017",
                "Ada J. S. Lind",
                "July 16, 2007 to November 20, 2011",
            ]
        )
        _, cs = run(text + "\n")
        bo, ada = one(cs, "Bo Morn", "leads", "Tide Police"), one(cs, "Ada J. S. Lind", "leads", "Tide Police")
        assert (bo.title, bo.start, bo.end, ada.start, ada.end) == ("Commissioner", 2011, 2017, 2007, 2011), show(cs)


FORMER_CHIEFS = """Former Tide Police Commissioners

Robert (Bob) W. Morn

November 21, 2011 to June 30, 2017

Bob W. Morn served in the army between 1977 and 1984. He joined the Tide Police in 1986.

Ada J. S. Lind

July 16, 2007 to November 20, 2011

Ada J. S. Lind joined the Tide Police in 1974 as part of the first troop. She served in a variety of front-lin"""


def test_a_page_of_former_holders_gives_each_name_over_a_term_the_post_and_its_prose_stays_prose():
    _, cs = run(FORMER_CHIEFS)
    ada = [c for c in cs if c.subject == "Ada J. S. Lind" and c.relation == "leads"]
    # one post, its term from the line under the name; the paragraph's "joined ... in 1974" is no term of it
    assert [(c.object, c.title, c.start, c.end) for c in ada] == [("Tide Police", "Commissioner", 2007, 2011)], show(cs)


MINISTER_OFFICE_PAGE = """Minister of Tides of the People's Republic of Veldra

Last updated
Minister of Tides of
the People's Republic of Veldra
National Emblem of the People's Republic of Veldra (2).svg
Flag of the People's Republic of Veldra.svg
Admiral Bo Lin 02.png
Incumbent
Bo Lin
since 29 December 2023
Ministry of Tides of the People's Republic of Veldra
Seat Ulton
Chinese name
Simplified Chinese

Early life and education
"""


def test_image_file_names_are_no_wrapped_sentence_and_a_native_names_key_needs_the_script():
    _, cs = run(MINISTER_OFFICE_PAGE)
    bo = one(cs, "Bo Lin", "leads", "Ministry of Tides of the People's Republic of Veldra")
    assert (bo.title, bo.start) == ("Minister", 2023), show(cs)
    assert not [c for c in cs if c.relation == "name_zh"], show(cs)  # ("Early life and education": a heading)


def test_names_listed_before_were_elected_to_a_plural_post_each_hold_it():
    _, cs = run(
        "Tide News\n\nAda Morn, Bo Lin and Cy Lo were elected vice-chairmen of the Tide Union. In addition to "
        "Dan Ruel, 15 other comrades were elected as vice-chairmen of the Sea Union.\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):
        assert one(cs, person, "leads", "Tide Union").title == "Vice-Chairman", show(cs)
    # the name before the phrase is its subject only right before it ("In addition to Dan Ruel, 15 others")
    assert not [c for c in cs if c.subject == "Dan Ruel"], show(cs)


def test_a_headlines_verb_is_no_part_of_a_name():
    _, cs = run("Tide News\n\nLatest: Tideland Elects Ada Morn as Chairman of the Tide Federation of Trade Unions.\n")
    assert {c.subject for c in cs if c.relation == "leads"} == {"Ada Morn"}, show(cs)


def test_a_pipe_rows_names_each_with_a_note_hold_the_keys_post_however_long_the_row():
    _, cs = run(
        "Tide Committee\n\nSecretary | Ma Xingrui |\nDeputy Secretary | Erkin Morn (Government Chairman) Li Yifei "
        "(Corps Political Commissar) He Zhongyou (Party Secretary of Ulton) Zhang Zhu (Organization Department "
        "Director) |\n\nThe Tide Committee is the regional committee of the Tide Party.\n"
    )
    for person in ("Erkin Morn", "Li Yifei", "He Zhongyou", "Zhang Zhu"):  # (the notes are other posts)
        assert one(cs, person, "leads", "Tide Committee").title == "Deputy Secretary", show(cs)


TEMPLATE_DUMP = """词条 | Tide Staff Department |
释义 |
|agency_name = Tide Staff Department |type = |nativename_a = 潮汐参谋部 |formed = 11 January 2016 |preceding1 = Tide General Staff Department |headquarters = Tide Compound, Ulton |chief1_name = Ada Morn |chief1_position = Chief of Staff |chief2_name = Bo Lin |chief2_position = Deputy Chief of Staff |parent_agency = Tide Military Commission

The Tide Staff Department is the staff of the Tide Military Commission. The current deputy chiefs are Bo Lin and Cy Lo.
"""


def test_a_template_dumps_keys_run_together_on_one_line_are_read_as_fields():
    _, cs = run(TEMPLATE_DUMP)
    assert one(cs, "Ada Morn", "leads", "Tide Staff Department").title == "Chief of Staff", show(cs)
    one(cs, "Bo Lin", "leads", "Tide Staff Department")
    one(cs, "Tide General Staff Department", "absorbed_into", "Tide Staff Department")
    # a Chinese mirror's labels ("entry", "definition") are no names of the body
    assert not [c for c in cs if c.relation == "name_zh" and c.value in ("词条", "释义")], show(cs)
    # a plural post after a post's prefix is one holder's ("deputy chiefs": Deputy Chief)
    assert one(cs, "Cy Lo", "leads", "Tide Staff Department").title.casefold() == "deputy chief", show(cs)


def test_a_police_rank_before_a_name_is_no_part_of_it():
    _, cs = run(
        "Detachment 99\n\nDetachment 99 is a counter-terrorism unit of the Tide Police.\n\nLeadership\n"
        "Police Inspector General Sentot Morn, Chief of Detachment 99\n"
        "Police Brigadier General I Made Lind, Deputy Chief of Detachment 99\n"
    )
    assert one(cs, "Sentot Morn", "leads", "Detachment 99").title == "Chief", show(cs)
    assert one(cs, "I Made Lind", "leads", "Detachment 99").title == "Deputy Chief", show(cs)


MINISTERS_BULLETS = """Ministry of Tides

The Ministry of Tides is a ministry of Veldra.

Agency overview
Formed1954
Ministers responsible
  • Ada Morn, Minister
  • Bo Lin
    Cy Lo
    Dan Ruel
    Eva Sand, Vice-Ministers
  • Fay Wray, Politics Supervisor
  • Gil Hope, the Assistant to the Minister
Parent agencyState Council
"""


def test_a_bullet_of_names_one_a_line_gives_each_the_plural_post_after_the_last():
    _, cs = run(MINISTERS_BULLETS)
    assert one(cs, "Ada Morn", "leads", "Ministry of Tides").title == "Minister", show(cs)
    for person in ("Bo Lin", "Cy Lo", "Dan Ruel", "Eva Sand"):
        assert one(cs, person, "leads", "Ministry of Tides").title == "Vice-Minister", show(cs)
    # the bullets after the last name of the run are the key's values still, no heading's
    assert one(cs, "Fay Wray", "leads", "Ministry of Tides").title == "Politics Supervisor", show(cs)
    assert one(cs, "Gil Hope", "leads", "Ministry of Tides").title == "Assistant to the Minister", show(cs)


def test_a_bullet_of_a_post_a_colon_and_its_holder_gives_the_holder_the_post():
    _, cs = run(
        "Department of Tides\n\nThe Department of Tides is a department of the Government of Tideland.\n\n"
        "Departmental team\n- Minister of State for Migration: Colm Morn, TD\n- Minister of State for Law Reform: "
        "Bo Lin, TD\n- Chair of TFC and Registered Treasurer: Cy Lo\n"
    )
    # "Minister of State for X" names no body "State for X"; "TD", the letters after the name, no part of it
    c = one(cs, "Colm Morn", "leads", "Department of Tides")
    assert c.title == "Minister of State for Migration", show(cs)
    one(cs, "Bo Lin", "leads", "Department of Tides")
    assert not [c for c in cs if "Registered Treasurer" in (c.object or "")], show(cs)  # two posts, no body


def test_a_bullet_marked_twice_and_a_count_under_a_units_key_keep_the_units():
    _, cs = run(
        "Tide Police\n\nThe Tide Police is the federal police of Tideland.\n\nParent agencyMinistry of Justice\n"
        "Units\n3\n  • - Tactical Operations Command (TOC)\n  • - Bomb Disposal Unit\n  • - Maritime Police Unit (MPU)\n"
    )
    for unit in ("Tactical Operations Command", "Bomb Disposal Unit", "Maritime Police Unit"):
        one(cs, unit, "part_of", "Tide Police")
    assert not [c for c in cs if c.subject.startswith("-")], show(cs)  # ("• - X": the name is X)


def test_a_tables_cells_run_together_are_no_name():
    _, cs = run(
        "Tide Council\n\nThe Tide Council is the executive of Tideland. The current members of the Tide Council "
        "are, in order of seniority:\nMember of Council | Joined Council | Party | Canton | Function | ||\n"
        "---|---|---|---|---|---|---|\nAda Morn | 1 August 2006 | Tide Democrats | Ulton | Head of the Tide Office | ||\n"
    )
    assert not [c for c in cs if "|" in c.subject or "|" in (c.object or "")], show(cs)


def test_an_adverb_between_is_and_the_bodys_noun_keeps_the_tie():
    _, cs = run("Tide Agency\n\nSince 2009, the Tide Agency is now a division of the Sea Security Agency.\n")
    one(cs, "Tide Agency", "part_of", "Sea Security Agency")
    _, cs = run("Tide Agency\n\nThe Tide Agency is currently a department of the Ministry of Tides.\n")
    one(cs, "Tide Agency", "subordinate_to", "Ministry of Tides")


def test_a_page_with_no_title_whose_lead_defines_an_office_is_about_the_body_it_heads():
    _, cs = run(
        "Incumbent: | Drew Morn |\nInaugural: | Michael Lind |\nFormation: | February 1922 |\n"
        "The Tide Commissioner is the head of the Tide Police, the national police force of Tideland.\n"
    )
    assert one(cs, "Drew Morn", "leads", "Tide Police").title == "Tide Commissioner", show(cs)
    one(cs, "Michael Lind", "leads", "Tide Police")


def test_a_lead_with_an_aside_between_dashes_defines_its_subject():
    _, cs = run(
        "Tide Watch – officially the Tide Coastal Watch Service (TCWS) – is the coast guard of Tideland. "
        "It is headed by Ada Morn.\n"
    )
    one(cs, "Ada Morn", "leads", "Tide Watch")


def test_people_listed_after_a_sentence_that_elected_a_number_of_them_hold_its_post():
    _, cs = run(
        "Tide News\n\nIn addition to Ada Morn, 15 other comrades were elected as vice-chairmen of the 18th Executive "
        "Committee of the Tide Federation of Trade Unions. These include Bo Lin, Cy Lo, Dan Ruel, and Eva Sand.\n"
    )
    body = "18th Executive Committee of the Tide Federation of Trade Unions"
    for person in ("Bo Lin", "Cy Lo", "Dan Ruel", "Eva Sand"):
        assert one(cs, person, "leads", body).title == "Vice-Chairman", show(cs)
    # a list after a sentence that elected no one to a post says nothing of posts
    _, cs = run("Tide News\n\nThe Tide Union held its congress in Ulton. These include Bo Lin, Cy Lo and Dan Ruel.\n")
    assert not [c for c in cs if c.relation == "leads"], show(cs)


PARTY_BOX = """Tide Party
Chairman Ada Morn
Eternal General Secretary Bo Lin (deceased)
Politburo Standing Committee Ada Morn
Cy Lo
Dan Ruel
Founded 30 June 1949
Headquarters Ulton

The Tide Party is the ruling party of Veldra.
"""


def test_an_organs_key_seats_the_names_after_it_and_under_it_on_the_organ():
    _, cs = run(PARTY_BOX)
    for person in ("Ada Morn", "Cy Lo", "Dan Ruel"):
        one(cs, person, "part_of", "Politburo Standing Committee of the Tide Party")
    # the names under the organ's key are no holders of the key above it
    assert [c.title for c in cs if c.subject == "Cy Lo" and c.relation == "leads"] == [], show(cs)
    _, cs = run(
        "Tide Party\nChairman: Ada Morn\nSecretariat: Bo Lin, Cy Lo and Dan Ruel\n\nThe Tide Party is a party.\n"
    )
    for person in ("Bo Lin", "Cy Lo", "Dan Ruel"):
        one(cs, person, "part_of", "Secretariat of the Tide Party")


def test_a_post_key_before_its_holder_with_a_note_after_the_name():
    _, cs = run(PARTY_BOX)
    assert one(cs, "Bo Lin", "leads", "Tide Party").title == "Eternal General Secretary", show(cs)
