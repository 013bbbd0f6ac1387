"""Appointments told in news stories with no title line (issue 10: extraction that holds on real pages).

Each test runs the extractor on a short invented news text (fictional bodies, people and places) and
checks one general rule. A minister's field after "of", in lower case or not, names the ministry ("was appointed
vice minister of science and technology": the Ministry of Science and Technology), not a state ("Prime Minister
of Veldra") nor a rank ("minister of state"); a second post after "as well as"; "was removed from the post of",
"will no longer serve as": a post held. A minister of a field written before the post ("was appointed mineral
resources minister") leads that field's ministry, not "prime" nor "deputy prime" ones; so does one before the
holder ("a new minister of police, Ada Morn"), not a minister "under" a president.
"""

from __future__ import annotations

from claim_helpers import find, none, one, run, show

TO = "Tide Office"

# a story with no title line: its first sentence appoints a person; the body is named after it
NO_TITLE = """Ada Morn, who has just resigned from her post as governor of Veldra province, is now appointed as \
Director of the Tide Office (TO), replacing Bo Lin.

The Tide Office was set up in 1961 and reports to the Ministry of Tides. The agency has a staff of 400.

Critics say the agency was placed under the Harbour Council in 1990.
"""


def test_an_appointment_sentence_defines_no_page_subject():
    # "Ada Morn, who ..., is now appointed as Director of X" is no defining sentence: the page is about
    # the body it names most, so "the agency" is the Tide Office, never the person
    _, cs = run(NO_TITLE)
    one(cs, "Ada Morn", "leads", TO, evidence_has="is now appointed as Director")
    one(cs, TO, "subordinate_to", "Harbour Council", evidence_has="the agency was placed under")
    assert [c.value for c in find(cs, TO, "staff")] == ["400"], show(cs)
    none(cs, "Ada Morn", "subordinate_to", "Harbour Council")
    assert not find(cs, "Ada Morn", "staff"), show(cs)


def test_a_body_defined_with_a_relative_clause_still_defines_the_subject():
    # the rule keeps "The X, which ..., was set up ..." and a body "named after" someone a defining sentence
    _, cs = run(
        "The Tide Office (TO), which watches the coast, was named after Ada Morn in 1961.\n\n"
        "The agency was placed under the Harbour Council in 1990.\n"
    )
    one(cs, TO, "subordinate_to", "Harbour Council")


def news(*sentences: str) -> str:
    return "Ruritania news\n\n" + " ".join(sentences) + "\n"


def test_named_with_appositives_to_head_of():
    # "named Y, 61, a former ..., to head [of] X": more than one appositive, and "to head of"
    _, cs = run(
        news(
            "President Bo Wu on Saturday named Ada Morn, 61, a former navy chief of staff, to head of the Tide "
            "Intelligence Service (TIS), the state intelligence agency."
        )
    )
    c = one(cs, "Ada Morn", "leads", "Tide Intelligence Service")
    assert c.title == "Head"


def test_appointed_the_new_post_of_a_body():
    # "appointed Y the new chief of staff of X (ABBR), replacing Z": Y leads X, and so did Z
    _, cs = run(
        news("Bo Wu also appointed Ada Morn the new chief of staff of the Harbour Guard (HG), replacing Cy Lo.")
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Guard").title == "Chief of Staff"
    one(cs, "Cy Lo", "leads", "Harbour Guard")
    # "named Y as the acting Inspector of X"
    _, cs = run(news("The president on Monday named Cy Lo as the acting Inspector of the Harbour Police (HP)."))
    assert one(cs, "Cy Lo", "leads", "Harbour Police").title == "Inspector"


def test_a_body_named_only_by_a_description_and_its_abbreviation():
    # "the new chief of staff of the armed forces (HAF)": the abbreviation names the body
    _, cs = run(news("Bo Wu appointed Ada Morn the new chief of staff of the armed forces (HAF)."))
    one(cs, "Ada Morn", "leads", "HAF")


def test_the_appointment_of_a_person_with_a_former_post_as_the_new_post_of_a_body():
    _, cs = run(
        news(
            "Bo Wu was referring to the appointment of Ada Morn, formerly head of the Ulton City Police Command as "
            "the new General Commander of the Harbour Guard, and of Cy Lo as his deputy."
        )
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Guard").title == "General Commander"
    none(cs, "Cy Lo", "leads", "Ulton City Police Command")


def test_moved_sideways_to_become_the_general_director():
    # "General Director" is a post (a translation of "director general"), not the rank "General" and a word
    _, cs = run(
        news(
            "In this reshuffle, the former general commander of the harbour police, Ada Morn, was moved sideways "
            "to become the general director of the Tide Intelligence Service (TIS)."
        )
    )
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Service").title == "General Director"


def test_a_second_post_in_a_coordinated_predicate_is_the_first_subjects():
    # "Y served as aide to Z ... and between 2017-2018 acted as Deputy Director of X": Y's post, not Z's
    _, cs = run(
        news(
            "Among other posts, Ada Morn served as aide to President Bo Wu for twelve years and between 2017-2018 "
            "acted as Deputy Director of the Tide Counterintelligence Directorate (TCD)."
        )
    )
    c = one(cs, "Ada Morn", "leads", "Tide Counterintelligence Directorate")
    assert (c.title, c.start, c.end) == ("Deputy Director", 2017, 2018)
    none(cs, "Bo Wu", "leads", "Tide Counterintelligence Directorate")
    _, cs = run(news("Bo Wu acted as Chairman of the Tide Council in 1990."))
    assert one(cs, "Bo Wu", "leads", "Tide Council").title == "Chairman"


def test_the_first_holder_described_before_the_name():
    # "The first Director-General of X was a three-star army general Y": the description is no part of the name
    _, cs = run(
        news(
            "The first Director-General of the Tide Security Bureau was a three-star army general Ada Morn, with a "
            "background in military intelligence."
        )
    )
    assert one(cs, "Ada Morn", "leads", "Tide Security Bureau").title == "Director-General"
    # a description followed by a body's name is no holder
    _, cs = run(news("The first head of the Tide Security Bureau was a Harbour Party veteran."))
    assert not find(cs, "Harbour Party", "leads"), show(cs)


def test_appointed_as_a_post_the_sentence_gave_a_body_before():
    # "Y, who was the deputy chief of staff of X, is appointed as chief of staff, replacing Z": the post is X's
    # (the body the sentence named with it), not the page's subject
    _, cs = run(
        "Harbour news\n\nThe Harbour Bureau (HB) is an agency of Ruritania. The HB was set up in 1950. The HB "
        "reports to the Ministry of Tides.\n\nGeneral Ada Morn, who was the deputy chief of staff of the Ruritanian "
        "Defence Forces (RDF), is appointed as chief of staff, replacing General Bo Wu.\n"
    )
    assert {c.title for c in find(cs, "Ada Morn", "leads", "Ruritanian Defence Forces")} == {
        "Deputy Chief of Staff",
        "Chief of Staff",
    }, show(cs)
    one(cs, "Bo Wu", "leads", "Ruritanian Defence Forces")
    none(cs, "Ada Morn", "leads", "Harbour Bureau")
    none(cs, "Bo Wu", "leads", "Harbour Bureau")


CABINET_NEWS = (
    "Veldra's State Council appoints, removes officials\n\nULTON, Sept. 13 -- The State Council, Veldra's cabinet,"
    " announced the appointment and removal of several officials on Wednesday.\nAda Morn was appointed vice"
    " minister of science and technology. Lu Mo and Max Ng were appointed vice ministers of Industry and Information"
    " Technology. Ned Ox was appointed vice minister of human resources as well as director of the State"
    " Administration of Tides, replacing Oli Py. Cy Dunn was removed from the post of vice minister of public"
    " security. Di Fox will no longer serve as deputy director of the State Council Research Office. Pat Qi was"
    " appointed minister of state for tides. Ivo Lenz was named Prime Minister of Veldra.\n"
)


def test_a_minister_s_field_after_of_names_the_ministry_and_posts_held_until_the_news():
    _, cs = run(CABINET_NEWS)
    assert one(cs, "Ada Morn", "leads", "Ministry of Science and Technology").title == "Vice Minister", show(cs)
    one(cs, "Max Ng", "leads", "Ministry of Industry and Information Technology")
    one(cs, "Ned Ox", "leads", "Ministry of Human Resources")
    one(cs, "Ned Ox", "leads", "State Administration of Tides")  # (the second post, after "as well as")
    one(cs, "Cy Dunn", "leads", "Ministry of Public Security")
    one(cs, "Di Fox", "leads", "State Council Research Office")
    assert not [c for c in cs if c.object in ("Ministry of State", "Ministry of Veldra")], show(cs)


def test_a_minister_of_a_field_written_before_the_post_names_the_ministry():
    text = (
        "Veldra News\n\nULTON -- The president announced changes.\nGwede Vale has been appointed mineral resources"
        " minister. Blade Orr has been appointed as transport minister while Derek Hale was appointed prime minister."
        " Kay Lo, 56, was named deputy prime minister in December 2014.\n"
    )
    _, cs = run(text)
    one(cs, "Gwede Vale", "leads", "Ministry of Mineral Resources")
    one(cs, "Blade Orr", "leads", "Ministry of Transport")
    assert not [c for c in cs if c.object.startswith("Ministry of Prime") or "Deputy" in c.object], show(cs)


def test_a_minister_of_a_field_in_lower_case_before_the_holder():
    text = (
        "Veldra News\n\nULTON -- The president announced changes.\nThe cluster has a new minister of police, Ada Morn,"
        " and a new minister of state-security Bo Lin. A minister of energy under former President Cy Dunn, Fay Orr"
        " spoke. The new minister of state Di Fox spoke.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Ministry of Police")
    one(cs, "Bo Lin", "leads", "Ministry of State Security")
    assert not [c for c in cs if c.subject in ("Cy Dunn", "Di Fox") and c.relation == "leads"], show(cs)
