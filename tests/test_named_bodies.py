"""A body whose name has no organisation word ("Tidewatch"), before a post and its holder in prose:
"Tidewatch Director Ada Morn" when the document makes "Tidewatch" the subject of a sentence on
its own, never a field's word ("Finance Director Bo Lin"); and the successor named "as the
replacement for" such a holder. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

AGENCY = """The Office of Tide Tasks

Tidewatch is the tide service of Veldra. Tidewatch is headquartered in Ulton.
The identity of the director was a secret until in March 1996 the Government announced the appointment
of Major General Bo Lin as the replacement for Tidewatch Director Ada Morn, who resigned in early 1996.
Finance Director Cy Lo Rask said the budget was cut.
"""


def test_a_body_the_document_names_alone_before_a_post_and_its_holder():
    _, cs = run(AGENCY)
    assert one(cs, "Ada Morn", "leads", "Tidewatch").title == "Director", show(cs)
    none(cs, "Cy Lo Rask", "leads", "Finance")


def test_the_replacement_for_a_holder_holds_the_post_the_holder_held():
    _, cs = run(AGENCY)
    assert one(cs, "Bo Lin", "leads", "Tidewatch").title == "Director", show(cs)


def test_a_successor_of_a_holder_named_with_body_and_post_before_the_name():
    _, cs = run(
        "Tide Bureau\nThe Tide Bureau is an agency of Veldra. In 1996 Bo Lin replaced Tide Bureau Director Ada Morn.\n"
    )
    bo = one(cs, "Bo Lin", "leads", "Tide Bureau")
    assert (bo.title, bo.start) == ("Director", 1996), show(cs)
    assert [c.end for c in find(cs, "Ada Morn", "leads", "Tide Bureau") if c.end] == [1996], show(cs)
