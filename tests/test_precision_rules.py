"""Precision rules: wrong claims a sweep of unseen pages showed (issue 10), each a general rule.

Each test runs the extractor on a short invented text (fictional bodies, people and places) and
checks that a form that names no such link makes no claim, or makes the right one: an event
with its place and year in a list, a list whose "body" is a person, "X served Y as a front",
a founder that is the sentence's own unnamed subject, a person in a dash appositive, the one
who selects a chief, a founding law glued to its infobox key, an office "of" a field, an empty
template value followed by the next key; a rename's one new name ("was renamed the X to commemorate the
death of Ada Morn": she is no name of the body), "from X to Y" only with nothing but "to" between;
an office's title alone ("Reports to: The Chairman", "Deputy Commissioners", "Foreign Minister (1958-1972)")
is no node, where a body named by an office word stays one ("Office of the President"), nor is a post
of a body's word ("Cabinet Secretary"); an infobox value of names by commas ("Newspaper: A, B, C", "Affiliations:
A, B,") is one value each, a name with commas in it ("Ministry of Labour, Invalids, and Social Affairs") one name.
Styles alone ("H.E. Mme") are no one; "Mme." ends no sentence and opens a name.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show


def news(*sentences: str) -> str:
    return "Ruritania news\n\nThe Harbour Bureau is an agency of Ruritania.\n\n" + " ".join(sentences) + "\n"


# -- 1. an event with its place and year in a list is no leader


def test_event_with_place_and_year_is_no_leader():
    text = (
        "= Tide Youth League =\n\nThe Tide Youth League is a youth body of Ruritania.\n\n"
        "The league convened several meetings, including the Conference on Working Tides (Ulton, 1948), "
        "the Seminar for Harbour Rights (Veldra, 1950), the Meeting on Coastal Youth (Ulton, 1953) "
        "and the Fund of Solidarity With Colonial and Dependent Harbours (1954).\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "leads"], show(cs)


def test_inline_leader_list_still_read():
    text = (
        "= Tide Youth League =\n\nThe Tide Youth League is a youth body of Ruritania.\n\n"
        "Its presidents were Ada Morn (1948-50), Bo Lin (1950-53) and Cy Rask (1953-60).\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tide Youth League")
    one(cs, "Cy Rask", "leads", "Tide Youth League")


# -- 2. a list of heads needs a body, not a person


def test_inline_list_body_is_no_person():
    text = (
        "Lt Gen Ada Morn\n\nLt Gen Ada Morn was named head of the Tide Intelligence Office on Monday.\n\n"
        "There are few such cases: Lt Gen Bo Lin (2007-08), Gen Cy Rask (2001-04) and Lt Gen Di Vos (1990-91).\n"
    )
    _, cs = run(text)
    none(cs, "Bo Lin", "leads", "Ada Morn")
    none(cs, "Cy Rask", "leads", "Ada Morn")


def test_inline_list_body_is_no_person_by_rank_and_surname():
    text = (
        "Gen Morn\n\nGen Morn was on Monday named the new chief of the Tide Intelligence Office.\n\n"
        "There are few such cases: Lt Gen Bo Lin (2007-08), Gen Cy Rask (2001-04) and Lt Gen Di Vos (1990-91).\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "leads" and c.object == "Gen Morn"], show(cs)


# -- 3. "X served Y as a front organization": X is Y's front


def test_served_body_as_a_front():
    _, cs = run(news("The Tide League also served the Harbour Bureau as a front organization."))
    one(cs, "Tide League", "front_for", "Harbour Bureau")
    none(cs, "Harbour Bureau", "front_for", "Tide League")


def test_served_body_as_a_front_after_second_predicate():
    _, cs = run(
        news("The Tide League was funded by Veldra and also served the Harbour Bureau as a front organization.")
    )
    none(cs, "Harbour Bureau", "front_for", "Tide League")
    none(cs, "Harbour Bureau", "front_for", "Harbour Bureau")


# -- 4. a founder is the sentence's own subject


def test_unnamed_government_created_is_no_founder():
    _, cs = run(news("The government had in December last year created the Department of Tides."))
    none(cs, "Department of Tides", "established_by", "Harbour Bureau")


def test_unnamed_congress_set_up_is_no_founder():
    _, cs = run(news("A later congress in Ulton and Veldra in 1949 set up a World Committee of Tides."))
    none(cs, "World Committee of Tides", "established_by", "Harbour Bureau")


def test_body_word_subject_still_founds():
    _, cs = run(news("The bureau in 1949 set up the Tide Research Institute."))
    one(cs, "Tide Research Institute", "established_by", "Harbour Bureau")


# -- 5. a person in a dash appositive, the one who selects a chief


def test_person_in_dash_appositive_is_not_the_holder():
    _, cs = run(
        news(
            "The bureau said Ada Morn — a former envoy who advised Prime Minister Bo Lin on tides — had done "
            '"an exceptional job as Chief of the Harbour Bureau."'
        )
    )
    none(cs, "Bo Lin", "leads", "Harbour Bureau")


def test_who_selects_the_next_chief_is_not_it():
    _, cs = run(
        news(
            "Prime Minister Bo Lin on Tuesday said he has selected the deputy head of the Harbour Bureau "
            "to be the next chief of the spy agency."
        )
    )
    assert not [c for c in cs if c.relation == "leads" and "Bo Lin" in c.subject], show(cs)


# -- 6. a founding law glued to its infobox key is no holder


def test_glued_key_law_is_no_holder():
    text = (
        "Chief of the Harbour Bureau\n\nChief of the Harbour Bureau\nIncumbent\nAda Morn\nsince 1 May 2014\n"
        "Inaugural holderBo Lin\n1903\nFormationTide Services Act 1994\n\n"
        "The Chief of the Harbour Bureau is the head of the Harbour Bureau of Ruritania.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "leads" and "Act" in c.subject], show(cs)


# -- 7. an office "of" a field names no body


def test_office_of_a_field_is_no_body():
    text = (
        "Director-General of Tides\n\nDirector-General of Tides\nIncumbent\nAda Morn\n\n"
        "The Director-General of Tides is the executive officer of the Ruritanian Tide Organisation (RTO), "
        "the tide agency of Ruritania.\n\n"
        "Directors-General of Tides\n\nTenure Name\n1949–1950 Bo Lin\n1950–1970 Cy Rask\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "leads" and c.object == "Tides"], show(cs)
    one(cs, "Cy Rask", "leads", "Ruritanian Tide Organisation")


# -- 8. an empty template value followed by the next key is no value


def test_empty_template_value_is_no_former_name():
    text = (
        "Tide League: Difference between revisions\n\n{{Infobox organization\n| name = Tide League\n"
        "| formerly =\n| footnotes =\n}}{{Tide sidebar}}\n\nThe Tide League is a youth body of Ruritania.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "former_name"], show(cs)


# -- a source cited in a parenthesis names no other name of the name before it


def test_cited_source_in_parenthesis_is_no_alias():
    _, cs = run(
        news(
            "The Tide League was largely funded by Veldra (TL, Tide Courier, 1989, No. 4).",
            "Ada Morn, the TL's founding president, spoke in Ulton.",
        )
    )
    assert not [c for c in cs if c.relation == "alias" and c.value == "TL" and c.subject == "Veldra"], show(cs)
    none(cs, "Ada Morn", "leads", "Veldra")


def test_he_is_not_the_person_named_as_a_tie():
    _, cs = run(
        news(
            "If approved, Cy Rask will take over for Ada Morn, a close confidant of Bo Lin who served as the "
            "premier's adviser before he became chief of the Harbour Bureau in January 2016."
        )
    )
    none(cs, "Bo Lin", "leads", "Harbour Bureau")
    one(cs, "Ada Morn", "leads", "Harbour Bureau", evidence_has="he became chief")


def test_a_person_who_became_a_body_chief_is_no_body():
    _, cs = run(news("Ada Morn was a diplomat. In 2016 he became Harbour Bureau chief."))
    assert not [c for c in cs if c.relation == "absorbed_into"], show(cs)
    one(cs, "Ada Morn", "leads", "Harbour Bureau")


def test_served_as_an_adviser_leads_nothing():
    _, cs = run(news("Ada Morn served as the minister's adviser before she joined the Harbour Bureau in 2001."))
    none(cs, "Ada Morn", "leads", "Harbour Bureau")


def test_possessive_body_before_post_is_named_without_its_s():
    _, cs = run(news("Ada Morn was installed as TIDENEWS's president on Monday."))
    one(cs, "Ada Morn", "leads", "TIDENEWS")
    assert not [c for c in cs if c.object.endswith("'s")], show(cs)


def test_a_body_a_verb_governs_founds_nothing():
    _, cs = run(
        news(
            "On 2 May, bodies of many kinds, in Veldra, held the Ulton Peace Conference in Veldra, "
            "decided to set up the Ulton Peace Committee."
        )
    )
    none(cs, "Ulton Peace Committee", "established_by", "Ulton Peace Conference")


def test_a_note_after_a_holder_names_no_holder():
    text = (
        "= Tide League =\n- Type: Association\n- Chair:\n  • Ada Morn (1954.5-1969.5)\n"
        "  • Cy Rask (2000.10-2011.9), former Vice Minister of Tides; his father is the late Marshal and "
        "Tide Minister Bo Lin\n\nThe Tide League is an association of Ruritania.\n"
    )
    _, cs = run(text)
    one(cs, "Cy Rask", "leads", "Tide League")
    assert not [c for c in cs if c.relation == "leads" and "Bo Lin" in c.subject], show(cs)


def test_a_possessive_surface_is_no_name_of_the_body():
    # the surface a claim keeps for its body is the body's name, without "'s" (resolution labels by it)
    _, cs = run(news("Ada Morn served as TIDENEWS's news director from 2018 to 2023."))
    one(cs, "Ada Morn", "leads", "TIDENEWS")
    assert not [c for c in cs if c.object_surface.endswith("'s")], show(cs)


def test_a_person_who_succeeded_someone_absorbs_no_body():
    # "she ... succeeded as head of the service": a person took a post, no body became another
    for lead in (
        "Ada Morn was a member of the Tide Assembly from 2003 to 2007.",
        "It has two wings: the Sea Wing and the Sand Wing.",
    ):
        _, cs = run(news(lead, "She served as deputy chief for ten years and later succeeded as head of the service."))
        assert not [c for c in cs if c.relation == "absorbed_into"], show(cs)


def test_it_after_the_body_a_sentence_opens_with_is_that_body():
    # the page is about the Harbour Bureau; the sentence is about the Wave Network
    _, cs = run(news("The Wave Network was set up in 2005, and it is funded by the Sand Ministry."))
    one(cs, "Wave Network", "funded_by", "Sand Ministry")
    none(cs, "Harbour Bureau", "funded_by", "Sand Ministry")
    _, cs = run(news("Later it was funded by the Sand Ministry."))  # no body opens the sentence: the page's
    one(cs, "Harbour Bureau", "funded_by", "Sand Ministry")


def test_a_post_in_apposition_to_the_name_before_is_no_next_name_s():
    # "Ada Morn, the Minister of Tides, Bo Lin, ...": a list of people with posts, not "the Minister, Bo Lin"
    _, cs = run(
        news("Its members are Ada Morn, the Minister of Tides, Bo Lin, the Chairman of the Sand Committee, and Cy Wu.")
    )
    one(cs, "Ada Morn", "leads", "Ministry of Tides")
    one(cs, "Bo Lin", "leads", "Sand Committee")
    none(cs, "Bo Lin", "leads", "Ministry of Tides")
    _, cs = run(news("The head of the Sand Committee, Bo Lin, said so."))  # no name before the post: Bo Lin's
    one(cs, "Bo Lin", "leads", "Sand Committee")
    # a name before with a post of its own is a list's item: the post after it is the next name's
    _, cs = run(news("It followed talks between President Cy Wu, the Minister of Tides, Ms Ada Morn and Mr Lin."))
    one(cs, "Ada Morn", "leads", "Ministry of Tides")


def test_a_bullet_s_post_of_another_body_is_that_body_s():
    # "• Ada Morn, Minister of Tides;" on a council's page: she leads the ministry, not the council
    text = (
        "Tide Council\n\nThe Tide Council is the state security council of Veldra. The council consists of the"
        " following members:\n\n• Ada Morn, Minister of Tides;\n• Bo Lin, Chairman of the Sand Committee;\n"
        "• Cy Wu, Vice-Chairperson of the Tide Assembly and President of the Sand League.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Ministry of Tides")
    one(cs, "Bo Lin", "leads", "Sand Committee")
    none(cs, "Ada Morn", "leads", "Tide Council")
    none(cs, "Bo Lin", "leads", "Tide Council")
    _, cs = run(
        "Tide Federation\n\nThe Tide Federation is a federation of Veldra.\n\nLeaders\n\n• Ada Li, Vice-President of the Federation\n"
    )
    one(cs, "Ada Li", "leads", "Tide Federation")  # the page's own body by its word


def test_a_rename_gives_one_new_name_not_a_name_later_in_the_clause():
    _, cs = run(
        "Tide Youth Union\n\nThe Tide Youth Union is a league. In February 1970, the Sea Labor Youth Union was "
        "renamed the Ada Morn Revolutionary Youth Union to commemorate the death of Ada Morn. In 1980 the Harbour "
        "Club changed its name from the Harbour Circle to the Harbour Society.\n"
    )
    names = {(c.subject, c.relation, c.value) for c in cs if c.relation in ("alias", "former_name")}
    assert ("Sea Labor Youth Union", "alias", "Ada Morn Revolutionary Youth Union") in names, show(cs)
    assert not [n for n in names if n[2] == "Ada Morn"], show(cs)
    assert ("Harbour Club", "former_name", "Harbour Circle") in names, show(cs)


def test_an_offices_title_alone_is_no_node():
    text = (
        "Tide Navy\n\nReports to: The Chairman\nParent agency: Office of the President\n\n"
        "The Tide Navy is the navy of Veldra. Its staff includes four Deputy Commissioners, a Chief Administrative Officer"
        " and a Chief Financial Officer.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if {c.subject, c.object} & {"The Chairman", "Deputy Commissioners"}], show(cs)
    one(cs, "Tide Navy", "subordinate_to", "Office of the President")


def test_a_group_in_lower_case_ending_in_a_title_is_still_a_target():
    text = (
        "Tide Foundation\n\nThe Tide Foundation is a member of the Tide Network (TN), which analysts describe as a"
        " platform for influence operations targeting diaspora business leaders.\n"
    )
    _, cs = run(text)
    one(cs, "Tide Network", "targets", "diaspora business leaders")


def test_an_infobox_value_of_names_by_commas_and_a_post_among_them():
    text = (
        "Tide Party\n\n- Newspaper: Tide Right, Harbour Voice, Sea Word\n- Affiliations: Tide Government, Sea Platform,\n"
        "- Reports To: Prime Minister of Veldra, National Security Advisor, Cabinet Secretary\n\n"
        "The Tide Party (TP) is a party of Veldra.\n"
    )
    _, cs = run(text)
    for paper in ("Tide Right", "Harbour Voice", "Sea Word"):
        one(cs, "Tide Party", "publishes", paper)
    one(cs, "Tide Party", "affiliated_with", "Sea Platform")
    assert not [c for c in cs if c.object == "Cabinet Secretary"], show(cs)


def test_styles_alone_are_no_one_and_mme_opens_a_name():
    text = (
        "Tide News\n\nOn 3 November 2015, Tide Centre (TC) Secretary-General H.E. Mme. Ada Morn met with Bo Lin."
        " Mme. Cy Dunn is the director of the Harbour Centre.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if "Mme" in c.subject or c.subject.startswith("H.E")], show(cs)
    one(cs, "Cy Dunn", "leads", "Harbour Centre")
