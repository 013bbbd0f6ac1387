"""Lists as portal and encyclopedia pages print a body's make-up: a line-up of bullets "Name 中文,
Post" (the name in its own script after it, no space after the comma, a plural post for one
person, a seat as "Committee Member"), a long heading of bodies over bullets ("Departments and
Institutes under the X", bodies subordinate to X) whose names carry their own script, a run of
bodies' names without bullets under a heading of parts ("Components"), a bulleted lead sentence on
a page with no title, and a list whose owner the sentence over it names ("the X comprised the
following bureaus:", one-word units). Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

LINE_UP = """Veldra Defence Council

The Veldra Defence Council (VDC) directs the armed forces of Veldra. It has nine sections.




  • Ada Morn 阿达莫,Vice Chairmen
  • Bo Lin 博林, Council Member
  • Cy Lo 赛罗,Member
  • Dee Park, Member of the Tide Assembly
  • Eli Fox, Standing Committee Member

Departments and Institutes under Veldra Defence Council

  • General Office 总办公厅
  • Joint Staff Department 联合参谋部
  • Audit Office 审计署
"""


def test_a_name_in_its_own_script_and_a_comma_without_space_before_the_post():
    _, cs = run(LINE_UP)
    assert one(cs, "Ada Morn", "leads", "Veldra Defence Council").title == "Vice Chairman", show(cs)


def test_a_seat_named_with_a_bodys_word_or_alone_is_a_seat_on_the_pages_body():
    _, cs = run(LINE_UP)
    one(cs, "Bo Lin", "part_of", "Veldra Defence Council")
    one(cs, "Cy Lo", "part_of", "Veldra Defence Council")
    one(cs, "Dee Park", "part_of", "Tide Assembly")
    none(cs, "Dee Park", "part_of", "Veldra Defence Council")


def test_a_person_and_a_post_the_reader_does_not_know_is_no_body():
    _, cs = run(LINE_UP)
    assert not [c for c in cs if "Eli Fox" in c.subject and c.relation != "alias"], show(cs)


def test_a_long_heading_of_bodies_under_a_body_makes_them_subordinate_to_it():
    _, cs = run(LINE_UP)
    for unit in ("General Office", "Joint Staff Department", "Audit Office"):
        one(cs, unit, "subordinate_to", "Veldra Defence Council")


def test_a_listed_bodys_name_in_its_own_script_is_an_alias_not_part_of_the_name():
    _, cs = run(LINE_UP)
    aliases = {c.value for c in find(cs, "Joint Staff Department", "alias")}
    assert "联合参谋部" in aliases, show(cs)
    assert not [c for c in cs if "联合参谋部" in c.subject], show(cs)


COMPONENTS = """Ministry of Tides of Veldra

Ministry of Tides (MOT) of Veldra is a ministry of the Veldran government which is responsible for tides.

Organizational structure

Components
Tide Research Center of the Ministry of Tides
Institute of Coastal Science
Veldra Harbour Pilots' Association

Agencies

The MOT Bureau of Lighthouses operates lighthouses.
"""


def test_bodies_named_alone_on_lines_under_a_heading_of_parts_are_parts():
    _, cs = run(COMPONENTS)
    for unit in ("Tide Research Center of the Ministry of Tides", "Institute of Coastal Science"):
        one(cs, unit, "part_of", "Ministry of Tides of Veldra")
    one(cs, "Veldra Harbour Pilots' Association", "part_of", "Ministry of Tides of Veldra")


def test_bodies_named_alone_on_lines_under_another_heading_are_not_read_as_a_list():
    _, cs = run(COMPONENTS.replace("Organizational structure", "History"))
    none(cs, "Institute of Coastal Science", "part_of", "Ministry of Tides of Veldra")


NO_TITLE = """• The Tide Council (TC) oversees the tides of Veldra. It has nine sections including four departments.

  • Ada Morn 阿达,Chairman
  • Bo Lin 博林,Committee Member

Departments under the Tide Council

  • General Office 总办公厅
"""


def test_a_bulleted_lead_sentence_naming_a_body_and_its_abbreviation_is_read_as_a_sentence():
    doc, _ = run(NO_TITLE)
    assert doc.sentences[0].clean.startswith("The Tide Council (TC) oversees"), [s.clean for s in doc.sentences]


def test_with_no_title_the_body_a_lead_sentence_opens_with_and_abbreviates_is_the_pages_subject():
    _, cs = run(NO_TITLE)
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Chairman", show(cs)
    one(cs, "Bo Lin", "part_of", "Tide Council")
    one(cs, "General Office", "subordinate_to", "Tide Council")


def test_with_no_title_a_body_and_its_abbreviation_before_a_post_are_no_subject():
    text = (
        "Tide Party (TP) President Ada Morn urged the league to help the party.\n\n"
        "  • Bo Lin, Vice Chairman\n  • Cy Lo, Committee Member\n"
    )
    _, cs = run(text)
    none(cs, "Bo Lin", "leads", "Tide Party")
    none(cs, "Cy Lo", "part_of", "Tide Party")


BUREAUS = """Tide Staff Department

The Tide Staff Department (TSD) is the command organ of the Tide Army.

Organization

Prior to the 2016 transition, the General Staff Department comprised the following bureaus:
- Combat Operations Command
- Combat Communications
- Intelligence
- Mobilization
- Electronic Warfare
- Foreign Relations
- Management
- France

Within the TSD there are units.
"""


def test_a_list_under_a_sentence_naming_another_body_by_like_words_is_that_bodys():
    _, cs = run(BUREAUS)
    one(cs, "Combat Operations Command", "part_of", "General Staff Department")
    none(cs, "Combat Operations Command", "part_of", "Tide Staff Department")


def test_a_one_word_unit_named_by_its_field_in_a_list_of_bureaus_is_a_unit():
    _, cs = run(BUREAUS)
    one(cs, "Intelligence", "part_of", "General Staff Department")
    one(cs, "Mobilization", "part_of", "General Staff Department")
    assert not [c for c in cs if c.subject == "France" and c.relation == "part_of"], show(cs)


FLAT_TABLE = """Chief of the Tide Staff (Veldra)

Chief of the Tide Staff (CTS) has been the title of the professional head of the Tide Army since 1964.

Chief of the Imperial Tide Staff, 1909–1964
Rank Name Image Assumed office Notes Reference Field Marshal Sir Ada Morn 1908–1912 [citation needed] Field Marshal Sir Bo Lin 1912 – April 1914 [citation needed] General Sir Cy Lo 6 April 1914– 25 October 1914 [citation needed]
"""


def test_a_table_flattened_into_one_line_is_read_row_by_row_at_its_notes():
    _, cs = run(FLAT_TABLE)
    for person, start in (("Ada Morn", 1908), ("Bo Lin", 1912), ("Cy Lo", 1914)):
        assert one(cs, person, "leads", "Tide Army").start == start, show(cs)
    assert not [c for c in cs if "Rank" in c.subject or "Image" in c.subject], show(cs)
    none(cs, "Ada Morn", "leads", "Imperial Tide Staff")  # (the line over the table is no heading of another body)


def test_a_term_a_post_and_its_holder_on_one_line_are_a_row_of_the_pages_holders():
    text = (
        "Tide Federation\n\nThe Tide Federation is a body of traders.\n\nThe Federation Leadership\n"
        "1954-1962 President Mr. Ada Morn\n1962-1966 President Mr. Bo Lin Haw Ko\n2010-present Chairman Dr. Cy Lo\n"
    )
    _, cs = run(text)
    first = one(cs, "Ada Morn", "leads", "Tide Federation")
    assert (first.title, first.start, first.end) == ("President", 1954, 1962), show(cs)
    one(cs, "Bo Lin Haw Ko", "leads", "Tide Federation")
    assert one(cs, "Cy Lo", "leads", "Tide Federation").end is None


NUMBERED_CHART = """Tide Office

The Tide Office (TO) is a service of Veldra.

Organizational structure diagram description:

  1. Director General - Major General Ada Morn
    1. DDG for Analysis and Co-operation - Brigadier General Bo Lin
      1. I-IV. Independent Departments
    2. Deputy Director General for Operations - Brigadier General Cy Lo
      1. Administrative Directorate
      2. IT and Technical Directorate
"""


def test_a_numbered_chart_of_posts_and_holders_nested_under_a_colon_is_read_as_bullets():
    _, cs = run(NUMBERED_CHART)
    assert one(cs, "Ada Morn", "leads", "Tide Office").title == "Director General", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Office").title.startswith("Deputy Director-General for"), show(cs)
    one(cs, "Cy Lo", "leads", "Tide Office")
    one(cs, "Administrative Directorate", "part_of", "Tide Office")
    assert not [c for c in cs if c.subject.startswith("I-IV")], show(cs)


def test_a_lineage_of_bodies_with_their_years_is_a_chain_each_absorbed_into_the_next():
    text = (
        "Tide Service\n\nThe Tide Service (TS) is a service of Veldra.\n\nLineage\n"
        "- Organization to Fight against Tide Crime (1918-1920)\n- Extraordinary Commissions of the Tide (1920-1921)\n"
        "- State Tide Department (1922-1934)\n"
    )
    _, cs = run(text)
    one(cs, "Organization to Fight against Tide Crime", "absorbed_into", "Extraordinary Commissions of the Tide")
    one(cs, "Extraordinary Commissions of the Tide", "absorbed_into", "State Tide Department")
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_with_no_title_a_bodys_name_under_its_name_in_its_own_script_is_the_pages_subject():
    text = (
        "The birth of the Federation in March 1954 was inspired by the President, who met the leaders of the local "
        "traders.\n\n潮  汐  商  會\nFederation of Tide Chambers of Commerce & Industry, Inc.\n\nThe Federation Leadership\n"
        "1954-1962 President Mr. Ada Morn\n1962-1966 President Mr. Bo Lin\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Federation of Tide Chambers of Commerce & Industry").start == 1954, show(cs)
