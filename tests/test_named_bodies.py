"""A body whose name has no organisation word ("Tidewatch"), before a post and its holder in prose:
"Tidewatch Director Ada Morn" when the document makes "Tidewatch" the subject of a sentence on
its own, never a field's word ("Finance Director Bo Lin"); and the successor named "as the
replacement for" such a holder. A profile's posts: two posts of one body after "was appointed as"
("president and Party chief of X": the first), and each post of a list of posts ("director of X,
editor-in-chief of the Y, and deputy head of Z"), the middle ones too. A body "for" several fields
("Commission for Information, Education and Mass Mobilisation") is one name, after its owner's name
too. Every document here is invented."""

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


PROFILE = """Ada Morn

Ada Morn, born in 1955, was appointed as president and Party chief of Tide News Agency on December 31, 2014.
Since then, she had been director of the Tide Publishing Administration, editor-in-chief of the Veldra Daily,
and deputy head of the Publicity Department of the Tide Party. She met the new board in 2015. Bo Lin, director
of the Tide Bureau, was there.
"""


def test_two_posts_of_one_body_after_appointed_as_give_the_first():
    _, cs = run(PROFILE)
    assert one(cs, "Ada Morn", "leads", "Tide News Agency").title == "President", show(cs)


def test_each_post_of_a_list_of_posts_is_held_the_middle_ones_too():
    _, cs = run(PROFILE)
    one(cs, "Ada Morn", "leads", "Tide Publishing Administration")
    assert one(cs, "Ada Morn", "leads", "Veldra Daily").title == "Editor-in-Chief", show(cs)
    one(cs, "Ada Morn", "leads", "Publicity Department of the Tide Party")
    # a post after a comma with no claim right before it is another person's appositive
    one(cs, "Bo Lin", "leads", "Tide Bureau")
    none(cs, "Ada Morn", "leads", "Tide Bureau")


def test_a_body_for_several_fields_is_one_name_also_after_its_owner():
    text = "Tide Party\n\nBo Lin is chairman of the Tide Party's Commission for Information, Education and Mass Mobilisation.\n"
    _, cs = run(text)
    one(cs, "Bo Lin", "leads", "Commission for Information, Education and Mass Mobilisation of the Tide Party")
    none(cs, "Bo Lin", "leads", "Education")
