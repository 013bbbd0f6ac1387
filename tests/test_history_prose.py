"""A body's history told in prose and a party's infobox: "X was elected Director of the Chamber"
(the body by its noun), "approved ... by the Y under the name of Z" (a name, no parent), "The
counterpart in the capital is the W", and a party's "Local affiliation". Every document here is
invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

HISTORY = """An Outline History of the Ulton Tide Chamber

In 1911 Mr. Ada Morwen, a merchant, proposed to organize a chamber of tides. The Ulton Tide Chamber was \
approved for registration by the Department of Tides under the name of "Ulton General Tide Chamber".

In 1930, Mr. Bo Lindqvist was elected Director of the Chamber, and Mr. Cy Rasker as Vice-Director.

In 1941, Mr. Di Wenford was elected Chairman of the Chamber.

The counterpart in mainland Veldra is the Tide Chamber Office (TCO).
"""


def test_a_post_of_the_body_named_by_its_noun_is_a_post_of_the_pages_body():
    _, cs = run(HISTORY)
    c = one(cs, "Bo Lindqvist", "leads", "Ulton Tide Chamber")
    assert (c.title, c.start) == ("Director", 1930), show(cs)
    assert one(cs, "Di Wenford", "leads", "Ulton Tide Chamber").title == "Chairman"


def test_under_the_name_of_gives_a_name_not_a_parent():
    _, cs = run(HISTORY)
    assert not [c for c in cs if c.relation == "subordinate_to"], show(cs)


def test_the_counterpart_of_a_body_is_its_partner():
    _, cs = run(HISTORY)
    assert one(cs, "Ulton Tide Chamber", "partner_of", "Tide Chamber Office")


PARTY = """Tide Alliance | |
---|---|
Abbreviation | TA |
Chairperson | Ada Morwen |
Local affiliation | Pro-Ulton camp |
Website | |
The Tide Alliance (TA) is a political party in Ulton.
"""


def test_a_partys_local_affiliation_is_a_camp_it_is_affiliated_with():
    _, cs = run(PARTY)
    assert one(cs, "Tide Alliance", "affiliated_with", "Pro-Ulton camp"), show(cs)
    assert not find(cs, "Tide Alliance", "part_of", "Pro-Ulton camp")


NEWS_LIST = """¿Qué tienen en común los presidentes?

Con su renuncia al frente del Partido de las Mareas, Ada Morwen es una de las presidentas más breves del PER.
Los presidentes del PER y el tiempo de sus gestiones, son los siguientes:
Bo Lindqvist Harrow (1994-2000).
- Cy Rasker Corden. 13 de mayo de 1994 al 3 de diciembre de 1994.
- Di Wenford Alba. 3 de diciembre de 1994 al 19 de agosto de 1995.

Eli Harrow Sand (2012-2018).
- Fay Corden Lind. 30 de noviembre de 2012 al 11 de diciembre de 2012.
- Gus Alba Morwen. 11 de diciembre de 2012 al 20 de agosto de 2015.
"""


def test_a_news_storys_list_under_a_sentence_naming_the_holders_of_a_body():
    _, cs = run(NEWS_LIST)
    c = one(cs, "Cy Rasker Corden", "leads", "PER")
    assert (c.title, c.start, c.end) == ("President", 1994, 1994), show(cs)
    assert (one(cs, "Gus Alba Morwen", "leads", "PER").start, one(cs, "Gus Alba Morwen", "leads", "PER").end) == (
        2012,
        2015,
    )


def test_a_holder_and_term_over_a_run_of_dated_bullets_is_their_groups_heading():
    _, cs = run(NEWS_LIST)
    assert not find(cs, "Eli Harrow Sand", "leads", "PER"), show(cs)
    assert not find(cs, "Bo Lindqvist Harrow", "leads", "PER"), show(cs)


def test_a_name_then_a_full_stop_then_its_term_is_a_holders_line():
    text = "The Tide Party (TP) is a party.\nThe presidents of the TP are the following:\n"
    text += "- Ada Morwen. 13 May 1994 to 3 December 1994.\n- Bo Lindqvist. 3 December 1994 to 19 August 1995.\n"
    _, cs = run(text)
    assert (one(cs, "Ada Morwen", "leads", "Tide Party").start, one(cs, "Bo Lindqvist", "leads", "Tide Party").end) == (
        1994,
        1995,
    ), show(cs)


def test_having_joined_a_body_says_nothing_of_the_pages_body():
    text = "Tide Directorate\n\nThe Tide Directorate (TD) is a unit of Veldra.\n\n"
    text += "In 1956, Ada Morwen became head of the TD. Having joined the Harbour Police in 1939, he made his name.\n"
    _, cs = run(text)
    assert not find(cs, "Tide Directorate", "part_of", "Harbour Police"), show(cs)
    assert one(cs, "Ada Morwen", "leads", "Tide Directorate").start == 1956


def test_the_division_of_a_states_ministry_in_apposition_is_part_of_the_ministry():
    text = "Ada Morwen (1923 – 2006) was head of the Tide Directorate (Gezeitenverwaltung), the foreign "
    text += "intelligence division of East Germany's Ministry for Tidal Security (MTS). She led it for years.\n"
    _, cs = run(text)
    assert one(cs, "Tide Directorate", "part_of", "Ministry for Tidal Security"), show(cs)
    assert not [c for c in cs if "of the East Germany" in c.object], show(cs)
