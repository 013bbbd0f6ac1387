"""A ministry's page as old encyclopedia copies print it: a heading right over its bullets, no blank
line between ("Departmental Agencies" / "- Tide Bills Agency"), and its ministers as bullets of the
post, a dash and the holder with the styles of office ("- Secretary of State for Tides - The Rt Hon.
Dr. Ada Morn MP", "- ... - The Lord Cyning"). Posts the vocabulary learnt from such pages:
"Administrator-General", "Inspector General", "Superintendent", "Commandant". Every document here is
invented (Norway is a real state, the bodies and people are not)."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

MINISTRY = "Ministry of Tides"
PAGE = f"""{MINISTRY} (Norway)

The {MINISTRY} (MoT) is the Norway government department responsible for tides.
Ministers as of May 6, 2005
- Secretary of State for Tides - The Rt Hon. Dr. Ada Morn MP
- Minister of State (Armed Forces) - The Rt Hon. Bo Lin MP
- Under Secretary of State and Minister for Tide Procurement - The Lord Cyning
- Director of the Tide Survey Office - Dan Ek
Departmental Agencies
- Tide Base Repair Organisation
- Tide Bills Agency
"""


def test_a_ministers_bullet_is_a_post_a_dash_and_its_holder():
    _, cs = run(PAGE)
    assert one(cs, "Ada Morn", "leads", MINISTRY).title == "Secretary of State for Tides", show(cs)
    assert one(cs, "Bo Lin", "leads", MINISTRY).title == "Minister of State", show(cs)
    one(cs, "Lord Cyning", "leads", MINISTRY)
    assert one(cs, "Dan Ek", "leads", "Tide Survey Office").title == "Director", show(cs)  # the body its post names
    assert not find(cs, "Dan Ek", "leads", MINISTRY), show(cs)


def test_a_heading_right_over_its_bullets_heads_them():
    _, cs = run(PAGE)
    for agency in ("Tide Base Repair Organisation", "Tide Bills Agency"):
        one(cs, agency, "part_of", MINISTRY)


def test_posts_of_services_and_police():
    for post in ("Administrator-General", "Inspector General", "Superintendent", "Commandant"):
        _, cs = run(
            f"State Tide Service\n\nThe State Tide Service is a service of Norway. The current {post} is Ada Morn.\n"
        )
        assert one(cs, "Ada Morn", "leads", "State Tide Service").title == post, show(cs)
