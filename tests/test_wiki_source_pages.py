"""Pages scraped as a wiki's source or as Markdown: an edit page's title, wikitext run together on
one line, lists of holders written term first, Markdown headings, an infobox the copy cuts off,
references after a value. Every document here is invented."""

from __future__ import annotations

from claim_helpers import run

from orgnet.read.holder_names import person_name
from orgnet.read.lines import markdown_heading
from orgnet.read.name_dates import name_dates
from orgnet.read.wikitext import wikitext_pieces


def _leads(claims):
    return {(c.subject, c.object, c.start, c.end) for c in claims if c.relation == "leads"}


EDIT_PAGE = (
    "Main menu\nSearch\nCreate account\nLog in\nTalk\nEditing\nHarbour Board\n(section)\nRead\nEdit\n"
    "Warning:\nYou are not logged in. Your IP address will be publicly visible if you make any edits.\n"
    "== Operations == [[File:Tide House.jpg|thumb|The Board's house in Ulton]] === List of directors === "
    "* 1941–1942 [[Ada Morn]] (Tide Service) {{div col|colwidth=20em}} # 1942–1943: [[Bo Lin]] "
    "# 1943–1945: Cy G. Roe # 1945–1946: [[Dan Vale (sailor)|Dan Vale]] # 1950: R. Eli Moss # 1951–1953\n"
)


def test_an_edit_page_of_wikitext_on_one_line_gives_the_list_of_its_directors():
    doc, claims = run(EDIT_PAGE)
    assert doc.title == "Harbour Board"  # the line after "Editing", whatever chrome is above
    got = _leads(claims)
    assert ("Bo Lin", "Harbour Board", 1942, 1943) in got
    assert ("Cy G. Roe", "Harbour Board", 1943, 1945) in got  # a middle initial
    assert ("Dan Vale", "Harbour Board", 1945, 1946) in got  # the link's text, not its target
    assert any(s == "R. Eli Moss" and y0 == 1950 for s, _, y0, _ in got)
    assert {s for s, *_ in got} <= {"Bo Lin", "Cy G. Roe", "Dan Vale", "R. Eli Moss", "Ada Morn"}


def test_wikitext_on_one_line_is_cut_at_its_headings_and_items_outside_links_and_templates():
    line = "== Work == See [[A * B]] and {{x|# y}}. === Heads === * [[Ada Li]] # 1990: Bo Wu"
    assert [t for _, t in wikitext_pieces(0, line)] == [
        "== Work ==",
        "See [[A * B]] and {{x|# y}}.",
        "=== Heads ===",
        "* [[Ada Li]]",
        "# 1990: Bo Wu",
    ]
    pieces = wikitext_pieces(100, line)
    assert all(line[p - 100 :].startswith(t) for p, t in pieces)  # offsets into the line
    assert wikitext_pieces(0, "Rates: 5 * 3 # 2 == 4 == 1") == [(0, "Rates: 5 * 3 # 2 == 4 == 1")]  # no wikitext


def test_an_edit_page_title_on_the_same_line_and_one_that_is_no_name():
    doc, _ = run("Log in\nEditing Tide Council (section)\n{{Infobox org | name = Tide Council | formed = 1950 }}\n")
    assert doc.title == "Tide Council"
    doc, _ = run("Editing\nthe page you asked for was not found, sorry about that\nTide Council is a body.\n")
    assert doc.title != "the page you asked for was not found, sorry about that"


def test_a_list_of_holders_written_term_first():
    page = (
        "Tide Office\n\nThe Tide Office is a broadcaster of Veldra.\n\nList of directors\n"
        "* 1942–1943: Bo Lin\n* 1943 – 1945 — Cy Roe\n* 1946–present: Ed Moe\n"
    )
    _, claims = run(page)
    got = _leads(claims)
    assert ("Bo Lin", "Tide Office", 1942, 1943) in got and ("Cy Roe", "Tide Office", 1943, 1945) in got
    assert any(s == "Ed Moe" and y0 == 1946 for s, _, y0, _ in got)
    assert name_dates("1990–1995: [[Cy Lo (sailor)|Cy Lo]]", True).group("name") == "Cy Lo"
    assert (
        name_dates("1990: the Board moved to Ulton") is None
        or person_name(name_dates("1990: the Board moved to Ulton").group("name"), 0) is None
    )  # a dated line of prose is no holder


def test_initials_belong_to_a_name_and_acronyms_do_not():
    assert person_name("Ada G. F. Li", 0).text == "Ada G. F. Li"
    assert person_name("R. Bo Wu", 0).text == "R. Bo Wu"
    assert person_name("Ada TCB", 0) is None


def test_markdown_headings_title_the_page_and_open_sections_a_run_of_hashes_is_a_list():
    page = "# Harbour Board\n\nThe Harbour Board is a broadcaster of Veldra.\n\n## Directors\n\n- Bo Lin (1942–1943)\n"
    doc, claims = run(page)
    assert doc.title == "Harbour Board"
    assert ("Bo Lin", "Harbour Board", 1942, 1943) in _leads(claims)
    lines = list(enumerate(["# 1990: Ada Li", "# 1995: Bo Wu", "## Notes"]))
    assert [markdown_heading(lines, k) is None for k in range(3)] == [True, True, False]


def test_a_one_line_infobox_the_copy_cuts_off_and_values_with_a_note_or_a_reference():
    page = (
        "Editing\nHarbour Board\n"
        "{{Infobox government agency | agency_name = Harbour Board | chief1_name = [[Ada Morn]] (Army General) "
        "| chief1_position = Director | formed = 1995 | headquarters = [[Tide House]]<ref>{{Cite web |title=Tide "
        "|url=http://tide.example/ |website=tide.example}}</ref> | website = {{Official URL}} {{Infobox build"
    )
    _, claims = run(page)
    assert ("Ada Morn", "Harbour Board") in {(c.subject, c.object) for c in claims if c.relation == "leads"}
    assert ("Harbour Board", "Tide House") in {
        (c.subject, c.object) for c in claims if c.relation == "headquartered_in"
    }
    assert not [c for c in claims if c.relation == "other_name" and "Ada Morn" in str(c.value)]
