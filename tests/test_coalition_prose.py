"""Prose of coalitions and the regimes they fought, met on pages the parser had not seen: the member
parties named in a sentence of their own after the one that counts them, and a phrase said of an
appositive whose name the parser does not read as a body. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

FRONT = """Tide Front

The Tide Front (TF) is the ruling coalition of Veldra.

{text}
"""


def test_the_members_named_in_a_sentence_of_their_own():
    text = (
        "The Tide Front consists of three political parties. The parties are the Sea Party (SP), "
        "the Hill Movement (HM) and the Coast League (CL)."
    )
    _, cs = run(FRONT.format(text=text))
    for member in ("Sea Party", "Hill Movement", "Coast League"):
        one(cs, member, "part_of", "Tide Front")


def test_members_elected_by_a_body_are_no_list():
    _, cs = run(FRONT.format(text="The members are elected by the Tide Congress."))
    assert not find(cs, "Tide Congress", "part_of", "Tide Front"), show(cs)


def test_a_phrase_in_the_appositive_of_a_name_read_as_none_gives_no_claim():
    text = (
        "Before 1991, the Tide Front was a rebel group battling the Velk, a military regime led by "
        "Ada Morrow that was in power from 1974 until it was ousted by the Tide Front in 1991."
    )
    _, cs = run(FRONT.format(text=text))
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_a_phrase_in_the_appositive_of_a_body_still_reads_the_body():
    _, cs = run(FRONT.format(text="The Tide Front fought the Velk Army, a military force led by Ada Morrow."))
    one(cs, "Ada Morrow", "leads", "Velk Army")
    assert not find(cs, "Ada Morrow", "leads", "Tide Front"), show(cs)


ROSTER = """Tide Party elects its secretariat

With such move, the Tide Party's Politburo Secretariat has the following members:
Ada Morrow – President of the party
Bo Wenter – Secretary General
Cy Lind – Secretary for Political and Electoral Matters
Ed Fay – Secretary for Former Combatants and Veterans of the Homeland
Gus Hale – Secretary for State Reform, Public Administration and Local Government.
The party's congress confirmed 134 new members of its Central Committee.
"""


def test_roster_rows_of_a_name_a_dash_and_a_post_are_no_wrapped_paragraph():
    _, cs = run(ROSTER)
    seated = {c.subject for c in cs if c.relation == "part_of"}
    assert {"Ada Morrow", "Bo Wenter", "Cy Lind", "Ed Fay"} <= seated, show(cs)


PARTY_MIRROR = """Tide Front

Tide Front
Leader Ada Morrow
Headquarters Ulton
International affiliation Socialist Tide International[1]
Politics of Veldra
Political parties

The Tide Front (TF) is a political party of Veldra. It became part of a governing coalition in 2007, with TF member Bo Wenter serving as Prime Minister, until withdrawing in 2008. Cy Lind served as chairman for ten years.
"""


def test_a_series_navigation_title_ends_an_infobox_value():
    _, cs = run(PARTY_MIRROR)
    assert [c.object for c in cs if c.relation == "affiliated_with"] == ["Socialist Tide International"], show(cs)


def test_a_state_office_served_on_a_partys_page_is_not_the_partys():
    _, cs = run(PARTY_MIRROR)
    assert not find(cs, "Bo Wenter", "leads", "Tide Front"), show(cs)
    assert one(cs, "Cy Lind", "leads", "Tide Front").title == "Chairman"
