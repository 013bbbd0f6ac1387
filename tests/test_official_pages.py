"""An official page in its print view, on a short invented document.

A row of the site's buttons ("Print this page | Close window") is page furniture; the heading the page
prints twice is its title, the department's banner above it no title (but a title above that holds the
repeated name is the whole title); a law named "Act on ..." is a document, no body; a body word alone
before an abbreviation that is not its own ("... intelligence Services (CISA)") is a name's cut end,
given no alias.
"""

from __future__ import annotations

from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text
from orgnet.read.lines import is_furniture

PRINT_VIEW = """Print this page | Close window
Federal Department of Tides
Civil Protection and Sport

The Harbour Intelligence Service HIS

The Harbour Intelligence Service HIS

Since 1 January 2010, there is a new security policy instrument in Veldra, the Harbour Intelligence Service.
The HIS is supervised by the Federal Council and the Tide Commission.
The Federal Act on Responsibilities in the Area of the Civilian intelligence Services (CISA) and the Federal Act
on Measures to Safeguard Internal Security (ISA) provide the legal basis for the activities of the HIS.
"""


def test_a_row_of_buttons_is_furniture():
    assert is_furniture("Print this page | Close window")
    assert not is_furniture("Harbour Bureau | Ulton")


def test_the_heading_printed_twice_is_the_title_not_the_banner_above():
    doc = parse_text(PRINT_VIEW, "print.txt")
    assert doc.title == "The Harbour Intelligence Service HIS"
    _, cs = run(PRINT_VIEW)
    one(cs, "Harbour Intelligence Service", "overseen_by", "Federal Council")
    none(cs, "Federal Department of Tides", "overseen_by", "Federal Council")


def test_a_whole_title_above_the_repeated_name_stays_the_title():
    doc = parse_text(
        "Tide Army Support Force\n\nMenu\nTide Army\nSupport Force\nEmblem of the Tide Army\nSupport Force\n"
        "Founded 2015\n\nThe Tide Army Support Force is a branch of the Tide Army.\n",
        "force.txt",
    )
    assert doc.title == "Tide Army Support Force"


def test_a_law_on_something_and_a_cut_name_give_no_alias():
    _, cs = run(PRINT_VIEW)
    assert not [c for c in cs if c.relation == "alias" and c.value in ("CISA", "ISA")]
