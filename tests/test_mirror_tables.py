"""A library mirror's page with a table of directors, on a short invented document.

A site's name over the page's buttons that the page never writes again ("World Reading Room" over "Flag
as Inappropriate") is no title, the subject then coming from the lead sentence; a table without pipes
whose header puts the body first ("No. Organization Director Took office Left office") gives each row's
holder to the body the row opens with ("03 HaB-WD Ada Morn 11 January 1980 21 November 1985"); a rank
before a one-word name ("General Bagatur April 1992") is a holder's row. Lines that each give a label, a
dash and a body with its abbreviation ("Lawyers–Harbour Lawyers League (HLL)") list bodies, each named
with its abbreviation even on a page of no body. A numbered table whose header has a "#" column and
a picture's column after the holder ("# Director Photo Service Term President(s) served under") gives
each holder without the picture's file name, and a line of one name under a row is that row's last
cell going on, no holder. A table whose header is written one column a line ("No." / "[note 1]" / "Name" /
"(birth–death)" / "Took office Left office Rank") gives each holder's term, not the life's years on the line
under the name, and a row whose name is lost ("3" / "(1920–2010)" / "1980 1982") gives no one; a heading
that is a body's name with its years ("Tide Commission (1951–1989)") gives the table under it to that body.
"""

from __future__ import annotations

from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text

MIRROR = """World Reading Room
Flag as Inappropriate
Email this Article

Harbour Agency, almost always known by its acronym HAB, is the main security agency of Veldra.

Directors of HAB and its predecessors

No. Organization Director Took office Left office Political party
01 TDS Cy Lo Brand April 1978 September 1979 TPKhalq
02 HAB Ada Morn 11 January 1980 21 November 1985 TPParcham
03 HaB-WD Ivo Lenz 6 December 1985 16 April 1992 TPParcham
04 WD General Bagatur April 1992 December 2004
"""


def test_a_site_name_the_page_never_writes_again_is_no_title():
    doc = parse_text(MIRROR, "mirror.txt")
    assert doc.title == ""
    _, cs = run(MIRROR)
    none(cs, "World Reading Room", "leads", "HAB")


def test_a_table_whose_rows_open_with_their_body_gives_each_holder_that_body():
    _, cs = run(MIRROR)
    c = one(cs, "Cy Lo Brand", "leads", "TDS")
    assert (c.start, c.end) == (1978, 1979)
    one(cs, "Ada Morn", "leads", "HAB")
    one(cs, "Ivo Lenz", "leads", "HaB-WD")
    none(cs, "HaB-WD Ivo Lenz", "leads", "HAB")
    assert one(cs, "Bagatur", "leads", "WD").start == 1992


def test_labelled_lines_of_bodies_list_each_with_its_abbreviation():
    doc, cs = run(
        "Front federations billed themselves as voluntary associations of national delegations, a tactic the"
        " fronts employed.\nTrade Unionists–World Tide Federation of Trade Unions (WTFTU)\n"
        "Lawyers–Harbour Association of Lawyers (HAL)\nYouth–World Federation of Tide Youth (WFTY)\n"
    )
    assert [e.name.text for e in doc.entries] == [
        "World Tide Federation of Trade Unions",
        "Harbour Association of Lawyers",
        "World Federation of Tide Youth",
    ]
    assert one(cs, "Harbour Association of Lawyers", "alias", value="HAL").value == "HAL"
    assert not doc.unparsed


PICTURES = """Director of the Tide Agency

The Director of the Tide Agency is the highest ranking tide officer of Veldra.

List of TA Directors

# Director Photo Service Term President(s) served under
1 Ada Morn Morn ad1.jpg RVN March 1970 - June 1975 Bo Lin
Cy Wu
2 Dan K. Holt Dan Holt.jpg RVA June 1975 - May 1980 Cy Wu
3 Eve R. Tamm LTG Eve Tamm, Director of the TA.png RVA May 1980 - April 1984 Cy Wu
4 Gil Rusk Ltg rusk.jpg RVN April 1984 - 1986 Cy Wu
5 Hal T. Lind Hal T. L
"""


def test_a_numbered_table_with_pictures_after_the_names_gives_each_holder_once():
    _, cs = run(PICTURES)
    c = one(cs, "Ada Morn", "leads", "Tide Agency")
    assert (c.title, c.start, c.end) == ("Director", 1970, 1975)
    assert one(cs, "Dan K. Holt", "leads", "Tide Agency").end == 1980
    assert one(cs, "Eve R. Tamm", "leads", "Tide Agency").start == 1980
    assert one(cs, "Gil Rusk", "leads", "Tide Agency").end == 1986
    none(cs, "Cy Wu", "leads", "Tide Agency")  # a president the holder served under
    one(cs, "Hal T. Lind", "leads", "Tide Agency")  # the row cut in its picture's file name
    assert len([c for c in cs if c.relation == "leads"]) == 5


ONE_COLUMN_A_LINE = """Head of the Tide Department of the Harbour Party

From Wikipedia, the free encyclopedia

The Head of the Tide Department of the Harbour Party is responsible for leading the tide work of the party.

Officeholders[]

Tide Department (1950–1951)[]

No.
[note 1]
Name
(birth–death)
Took office Left office Party Congress
1 Ada Morn
(1920–2002)
1950 1951
(1935–1951)

Tide Commission (1951–1989)[]

No.
[note 1]
Name
(birth–death)
Took office Left office Rank
[note 2]
Party Congress
1 Bo Lin
(1907–1988)
1951 1956 2
(1951–1960)
2 Ada Morn
(1920–2002)
1956 1959

(1951–1960)
3
(1920–2010)
1980 1982
4 Cy Wu
(1924–1998)
1982 7 January 1987
5th Party Congress
(1982–1986)
"""


def test_a_table_written_one_cell_a_line_under_a_body_s_heading():
    _, cs = run(ONE_COLUMN_A_LINE)
    leads = sorted((c.subject, c.object, c.start, c.end) for c in cs if c.relation == "leads")
    assert leads == [
        ("Ada Morn", "Tide Commission", 1956, 1959),
        ("Ada Morn", "Tide Department of the Harbour Party", 1950, 1951),  # the page's own department
        ("Bo Lin", "Tide Commission", 1951, 1956),
        ("Cy Wu", "Tide Commission", 1982, 1987),
    ]
    assert {c.title for c in cs if c.relation == "leads"} == {"Head"}
