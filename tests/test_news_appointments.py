"""Appointments and leaders told in news sentences (issue 10: extraction that holds on real pages).

Each test runs the extractor on a short invented news text (fictional bodies, people and places)
and checks one general rule: a relative clause between a person and the verb, an adverb inside
"is now appointed", "he replaced Z" after a semicolon, "until her appointment as", "appointed to
head", "under the umbrella of", and a poster's label repeated above an article.
"""

from __future__ import annotations

from claim_helpers import find, none, one, run, show

HIS = "Harbour Intelligence Service"
FTC = "Federal Tide Commission"

# a reshuffle story with no title: a headline, a dateline, then the appointments
RESHUFFLE = """Ruritania: New Leadership in the Whole Security Sector

Ulton — The prime minister has announced today the replacement of the leadership of the security sector.

Ada Morn, who has just resigned from her post as governor of Veldra province, is now appointed as \
Director of the Harbour Intelligence Service (HIS), replacing Bo Lin. Morn was an adviser before.

Bo Lin, who is the outgoing Director of the Harbour Intelligence Service (HIS) who led the agency since \
June 28/2019, is now appointed as Commissioner of the Federal Tide Commission; he replaced Cy Dane.
"""


def news(*sentences: str) -> str:
    return "Ruritania news\n\nThe Harbour Bureau is an agency of Ruritania.\n\n" + " ".join(sentences) + "\n"


def test_relative_clause_then_is_now_appointed():
    # "who ..., is now appointed as Director of X, replacing Z": the person before the clause leads X, Z led it
    _, cs = run(RESHUFFLE)
    c = one(cs, "Ada Morn", "leads", HIS, evidence_has="is now appointed as Director")
    assert c.title == "Director"
    one(cs, "Bo Lin", "leads", HIS)
    none(cs, "Bo Lin", "leads", "Veldra")


def test_relative_clause_holding_an_anaphor_and_he_replaced_after_a_semicolon():
    # "the agency" inside the relative clause is not the appointee; "; he replaced Cy Dane" is said of
    # the person the clause before names (not of the page's first person), in the post just given him
    _, cs = run(RESHUFFLE)
    one(cs, "Bo Lin", "leads", FTC, evidence_has="is now appointed as Commissioner")
    outgoing = [c for c in find(cs, "Bo Lin", "leads", HIS) if "outgoing Director" in c.evidence]
    # "who led the agency since June 28/2019" right after the body: since when he led it
    assert [(c.start, c.evidence.endswith("since June 28/2019")) for c in outgoing] == [(2019, True)], show(cs)
    one(cs, "Cy Dane", "leads", FTC, evidence_has="he replaced Cy Dane")
    none(cs, "Cy Dane", "leads", HIS)
    none(cs, "Ada Morn", "leads", FTC)


def test_an_adverbial_between_the_verb_and_its_participle():
    _, cs = run(news("Ada Morn was on Monday appointed director of the Tide Intelligence Agency."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "Director"
    _, cs = run(news("Bo Lin has now been named chief of the Tide Intelligence Agency."))
    assert one(cs, "Bo Lin", "leads", "Tide Intelligence Agency").title == "Chief"


def test_next_incoming_and_future_appointments():
    _, cs = run(news("Ada Morn has been named as the next chief of the Tide Intelligence Agency (TIA)."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "Chief"
    _, cs = run(news("Bo Lin will be named director of the Coastal Watch Office."))
    one(cs, "Bo Lin", "leads", "Coastal Watch Office")


def test_taking_over_from_after_an_appointment():
    # ", taking over from Z" is said of the sentence's appointee and the post just given
    _, cs = run(
        news("Ada Morn was appointed interim director of the Tide Intelligence Agency, taking over from Bo Lin.")
    )
    one(cs, "Ada Morn", "leads", "Tide Intelligence Agency")
    assert one(cs, "Bo Lin", "leads", "Tide Intelligence Agency", evidence_has="taking over from").title == "Director"


def test_appointed_to_head():
    _, cs = run(news("Ada Morn was appointed to head the Tide Intelligence Agency in 2020."))
    c = one(cs, "Ada Morn", "leads", "Tide Intelligence Agency")
    assert (c.title, c.start) == ("Head", 2020)
    _, cs = run(news("Bo Lin has been named to lead the Coastal Watch Office."))
    one(cs, "Bo Lin", "leads", "Coastal Watch Office")


def test_until_her_appointment_as():
    _, cs = run(
        news(
            "Ada Morn, until her appointment as director of the Tide Intelligence Agency (TIA), worked at "
            "the Research Department of the Ministry of Tides."
        )
    )
    c = one(cs, "Ada Morn", "leads", "Tide Intelligence Agency", evidence_has="until her appointment as director")
    assert c.title == "Director"


def test_operates_under_the_umbrella_of():
    _, cs = run(news("The Tide Intelligence Agency operates under the umbrella of the Ministry of Tides."))
    one(cs, "Tide Intelligence Agency", "subordinate_to", "Ministry of Tides", evidence_has="umbrella of")
    _, cs = run(news("The TIA falls under the umbrella of the Ministry of Tides."))
    none(cs, "Ministry of Tides", "subordinate_to", "Tide Intelligence Agency")


LABELLED = """Federal Archive Service of Ruritania:

Federal Archive Service of Ruritania:

Federal Archive Service of Ruritania:

To mark the centenary of the Ruritanian Society for Harbour Friendship.

The Ruritanian Society for Harbour Friendship (RSHF) was established in 1925 by decision of the Tide \
Council. Ada Morn, who enjoyed prestige among the elite, became the first chairman of the board of the \
organization.
"""


def test_a_label_repeated_above_the_article_is_furniture():
    # a poster's name said three times with a colon is no title, section or node; "the board of the
    # organization" is the board of the body the article is about
    doc, cs = run(LABELLED)
    assert doc.title == ""
    assert {s.section for s in doc.sentences} == {""}
    assert not [c for c in cs if "Archive" in c.subject or "Archive" in (c.object or "")]
    c = one(cs, "Ada Morn", "leads", "Ruritanian Society for Harbour Friendship", evidence_has="chairman")
    assert c.title == "Chairman"


def test_a_label_above_a_list_stays_a_heading():
    # the rule needs a repeat in the page's opening: "Members:" above its list is the list's heading
    doc, _ = run("Members:\n- Ada Morn\n- Bo Lin\n\nMembers:\n- Cy Dane\n\nThe Harbour Bureau is a body.\n")
    assert [name for name, *_ in doc.sections] == ["Members", "Members"]
