"""A person's posts as profile sites print them: a "Title:" line of posts and bodies parted by commas
and semicolons, two posts of one body joined by "and", and a staff member's place ("served as a cadre
at the X"), which is no post of the X's. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

PROFILE = """Tide Commission Director Ada Morrow

Chinese: 莫罗

Title: Director, Tide Commission; Party Secretary, Tide Commission Party Leadership Group

Salutation: Director Morrow

Ada Morrow is the director of the newly formed Tide Commission.

{text}
"""


def test_a_title_line_of_posts_and_bodies():
    _, cs = run(PROFILE.format(text=""))
    assert one(cs, "Ada Morrow", "leads", "Tide Commission").title == "Director"
    c = one(cs, "Ada Morrow", "leads", "Tide Commission Party Leadership Group")
    assert c.title == "Party Secretary", show(cs)
    assert not [c for c in cs if ";" in c.object], show(cs)


def test_two_posts_of_one_body_joined_by_and():
    _, cs = run(
        PROFILE.format(text="Afterward, she became director and party secretary of the Ulton Department of Tides.")
    )
    titles = {c.title for c in find(cs, "Ada Morrow", "leads", "Ulton Department of Tides")}
    assert {"Director", "Party Secretary"} <= titles, show(cs)


def test_a_staff_members_place_is_no_post():
    _, cs = run(PROFILE.format(text="She subsequently served as a cadre at the former Ministry of Harbours."))
    assert not find(cs, "Ada Morrow", "leads", "Ministry of Harbours"), show(cs)
    one(cs, "Ada Morrow", "part_of", "Ministry of Harbours")


def test_a_post_served_as_still_leads():
    _, cs = run(PROFILE.format(text="She served as director of the Ministry of Harbours."))
    assert one(cs, "Ada Morrow", "leads", "Ministry of Harbours").title == "Director"


def test_a_profiles_title_of_a_body_a_post_and_a_person_is_the_persons_page():
    _, cs = run(PROFILE.format(text=""))
    assert not [c for c in cs if c.subject == "Tide Commission Director Ada Morrow"], show(cs)
    assert [c.value for c in cs if c.relation == "name_zh"] == ["莫罗"], show(cs)
    assert [c.subject for c in cs if c.relation == "name_zh"] == ["Ada Morrow"], show(cs)


def test_the_appointment_of_a_person_to_head_a_body():
    text = (
        "However, the June 1996 appointment of former army general and presidential candidate Bo Wenter "
        "to head the Tide Council improved its standing. The appointment of Cy Lind was criticised."
    )
    _, cs = run(PROFILE.format(text=text))
    assert one(cs, "Bo Wenter", "leads", "Tide Council").title == "Head"
    assert not [c for c in cs if c.subject == "Cy Lind"], show(cs)


NEWS = """Tides to merge its services under a new group

The ministry is bringing its services together under a new Tide Intelligence Group (TIG).

The new TIG will include the Harbour Intelligence Organisation (HIO), the Coast Mapping Organisation (CMO), and parts of the Navy.

Minister for Tides Ada Morrow said the decision was a key recommendation of a review.
"""


def test_a_post_for_a_body_before_a_persons_name_and_a_future_include():
    _, cs = run(NEWS)
    assert one(cs, "Ada Morrow", "leads", "Ministry for Tides").title == "Minister"
    assert not [c for c in cs if c.subject.startswith("Minist")], show(cs)
    for part in ("Harbour Intelligence Organisation", "Coast Mapping Organisation"):
        one(cs, part, "part_of", "Tide Intelligence Group")


def test_a_holders_term_in_a_relative_clause_on_the_role():
    text = "The present Director General is Bo Wenter, who has held the role since April 2007."
    _, cs = run(f"Tide Service\n\nThe Tide Service (TS) is a body of Veldra.\n\n{text}\n")
    c = one(cs, "Bo Wenter", "leads", "Tide Service")
    assert (c.title, c.start) == ("Director General", 2007), show(cs)
