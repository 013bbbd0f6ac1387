"""Common forms of leaders and links found by a broad sweep of unseen pages (issue 10).

Each test runs the extractor on a short invented text (fictional bodies, people and places) and
checks one general rule of orgnet/vocab/phrases.yaml: "headed the feared X", "was heading X",
"X leader, Y", "set up X with Y as chairman", "Y, the X's founding president", "appointed as the
Director-General, X", "forms part of X" and "controlled and largely funded by X".
"""

from __future__ import annotations

from claim_helpers import none, one, run


def news(*sentences: str) -> str:
    return "Ruritania news\n\nThe Harbour Bureau is an agency of Ruritania.\n\n" + " ".join(sentences) + "\n"


def test_headed_the_adjective_body():
    # lower-case words between "the" and the body's name
    _, cs = run(news("Ada Morn headed the feared Veldran Ministry of Tides for over thirty years."))
    c = one(cs, "Ada Morn", "leads", "Veldran Ministry of Tides", evidence_has="headed the feared")
    assert c.title == "Head"


def test_headed_the_way_is_no_body():
    # "the way", "the first" are no adjectives of a body
    _, cs = run(news("Ada Morn headed the way for the Ministry of Tides in 1990."))
    none(cs, "Ada Morn", "leads", "Ministry of Tides")


def test_was_heading_as_its_post():
    _, cs = run(news("Gen Ada Morn was previously heading the Naval Intelligence Bureau as its director general."))
    c = one(cs, "Ada Morn", "leads", "Naval Intelligence Bureau")
    assert c.title == "Director General"


def test_body_leader_comma_person():
    _, cs = run(news("The Ministry stood right behind Harbour Party leader, Bo Lin, in power."))
    c = one(cs, "Bo Lin", "leads", "Harbour Party")
    assert c.title == "Leader"


def test_set_up_with_person_as_chairman():
    _, cs = run(news("In 1949 the delegates set up the Ulton Peace Committee with Ada Morn as Chairman."))
    c = one(cs, "Ada Morn", "leads", "Ulton Peace Committee")
    assert c.title == "Chairman"


def test_appositive_possessive_post():
    _, cs = run(news("The council was praised by Ada Morn, the Ulton Peace Council's founding president."))
    c = one(cs, "Ada Morn", "leads", "Ulton Peace Council")
    assert c.title == "President"


def test_appositive_possessive_spokesman_leads_nothing():
    # a post that serves a body does not lead it
    _, cs = run(news("Bo Lin met Ada Morn, the Ministry of Tides's spokesman, in Ulton."))
    none(cs, "Ada Morn", "leads", "Ministry of Tides")


def test_appointed_as_post_comma_body():
    # "appointed as the Director-General, X (ABBR)": the body after the comma
    _, cs = run(news("Vice Adm Ada Morn has been appointed as the Director-General, Tide Intelligence Agency (TIA)."))
    c = one(cs, "Ada Morn", "leads", "Tide Intelligence Agency")
    assert c.title == "Director-General"


def test_forms_part_of():
    _, cs = run(news("The Tide Intelligence Agency also forms part of the Ulton Security Council."))
    one(cs, "Tide Intelligence Agency", "part_of", "Ulton Security Council", evidence_has="forms part of")


def test_controlled_and_funded_by():
    # both participles name the same agent
    _, cs = run(news("The Tide League was controlled and largely funded by the Ministry of Tides."))
    one(cs, "Tide League", "controlled_by", "Ministry of Tides")
    one(cs, "Tide League", "funded_by", "Ministry of Tides")
