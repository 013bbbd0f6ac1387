"""Phrasings of leadership, control, place and rank in prose, each on a short invented document.

Posts: "The incumbent secretary is Y"; "held the honorary position of"; a time set off by commas between a
post and its holder ("The Director-General of X, since April 2016, is Y"); "was appointed as the agency's
director" and "this organization's Chief" (a capitalised post after an anaphor is no name); "appointing
Lieutenant General Y as its new president"; "established with army colonel Y becoming its first
director-general"; "The national president of the group is Y"; "Y was the TIA founding director"; "Su
primer director fue el general Y" and its French and German forms; "Y, Chairman of the Tide Icebreakers"
(the page's body, though its name has no body word); "Y, co-chairman of the committee"; "Council Joint
Secretary Y" (the page's council; none on another body's page); clerical
honorifics are no part of a name; "headed first by A, from January 1952 by B" and "headed by A and from 1960
by B": B heads it from that year, the year no part of A's term. After a relative clause set off by commas
("X, which is a unit of Y, was founded by Z") the main verb is the name's before it. "Founded by former Veldran
military aviator A and diplomat B": A and B, each after a trade in lower case, not the service before it. "The
first X was formed in 1963, consisting of ten members, including A, B and C" seats A, B and C on X; "A was approved
as executive vice president of X, and B and C as vice presidents" makes B and C vice presidents of X (a clause
that leaves out its verb and body, after "and"), as does "A was its first president and B the first general
secretary"; "... Deputy Secretary-General is A and Treasurer-General is B"; "headed from this day by Y".
Control: a body "run by" a person is led by them (run by a body: operated by it); "controlled directly by
prime minister Y" (a post in lower case); "reporting directly to"; "founded according to a decision of Y",
"on the initiative of the late Premier Y";
"the militia" is the page's body; "TB senior correspondents A and B" are TB's staff; "Council Members
General A, Admiral B and C" sit on the page's council. Seats: "a public service department with its head office in Y"; "in
Ulton's Sea Gate area" is Ulton ("in Ruritania's capital" names no seat); a site in a city ("housed at
Kastel Fort in Ulton", "headquarters remained at the Sea Hill in Ulton") is the city.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def page(*sentences: str) -> str:
    return (
        "Tide Intelligence Agency\n\nThe Tide Intelligence Agency (TIA) is the intelligence agency of Veldra. "
        + " ".join(sentences)
        + "\n"
    )


def test_the_incumbent_post_is_its_holder():
    _, cs = run(page("The incumbent secretary is Ada Morn."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "Secretary", show(cs)


def test_a_time_set_off_by_commas_between_the_post_and_its_holder():
    _, cs = run(page("The Director-General of the TIA, since April 2016, is Ada Morn."))
    c = one(cs, "Ada Morn", "leads", "Tide Intelligence Agency")
    assert (c.title, c.start) == ("Director-General", 2016), show(cs)


def test_held_the_honorary_position_of_a_post_of_the_body():
    _, cs = run(page("Ada Morn held the honorary position of Vice President of the TIA."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "Vice President", show(cs)


def test_appointed_as_the_body_s_post_after_an_anaphor():
    for sentence in (
        "Ada Morn was appointed as the agency's director in 2001.",
        "Ada Morn was appointed as this organization's Chief on 3 December 2001.",
        "Hojat-Al-Islam Ada Morn was appointed as the agency's Director-General in 2001.",
    ):
        _, cs = run(page(sentence))
        assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").start == 2001, show(cs)


def test_run_by_a_person_leads_run_by_a_body_operates():
    _, cs = run(page("The TIA was run by Ada Morn until his death in 1983."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").end == 1983, show(cs)
    _, cs = run(page("The TIA was run by the Ministry of Tides."))
    one(cs, "Tide Intelligence Agency", "operated_by", "Ministry of Tides")
    none(cs, "Ministry of Tides", "leads", "Tide Intelligence Agency")


def test_controlled_directly_by_a_post_in_lower_case_and_its_holder():
    _, cs = run(page("The TIA is a secret police force controlled directly by prime minister Ada Morn."))
    one(cs, "Tide Intelligence Agency", "controlled_by", "Ada Morn")


def test_reporting_directly_to_a_body():
    _, cs = run(page("In 2017 the king created the TIA, a new entity reporting directly to the Ministry of Tides."))
    one(cs, "Tide Intelligence Agency", "subordinate_to", "Ministry of Tides")
    _, cs = run(page("The TIA is reporting directly to the Ministry of Tides."))
    one(cs, "Tide Intelligence Agency", "subordinate_to", "Ministry of Tides")


def test_a_described_body_with_its_head_office_in_a_place():
    _, cs = run(page("The TIA is a public service department with its head office in Ulton."))
    one(cs, "Tide Intelligence Agency", "headquartered_in", "Ulton")


def test_appointing_a_ranked_person_as_its_new_post():
    _, cs = run(
        page(
            "The king issued a decree reorganising the Tide Intelligence Agency and appointing Lieutenant General "
            "Ada Morn as its new president."
        )
    )
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "President", show(cs)


def test_established_with_a_person_becoming_its_first_post():
    _, cs = run(page("The TIA was established in 1949 with army colonel Ada Morn becoming its first director-general."))
    assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == "Director-General", show(cs)


def test_a_seat_in_a_named_part_of_a_city_is_the_city():
    for sentence in (
        "The TIA is headquartered in Ulton's Sea Gate area.",
        "Headquartered in Ulton's harbour district, the TIA reports to the Prime Minister.",
    ):
        _, cs = run(page(sentence))
        one(cs, "Tide Intelligence Agency", "headquartered_in", "Ulton")
    _, cs = run(page("The TIA is headquartered in Ruritania's capital."))
    assert not [c for c in cs if c.relation == "headquartered_in"], show(cs)  # (the capital is not named)


def test_a_site_in_a_city_is_the_city():
    for sentence in (
        "It is housed at Kastel Fort in Ulton.",
        "Its headquarters remained at the Sea Hill in Ulton.",
        "The TIA's headquarters are at Sea Hill in Ulton.",
    ):
        _, cs = run(page(sentence))
        one(cs, "Tide Intelligence Agency", "headquartered_in", "Ulton")


def test_a_qualified_post_of_an_anaphor_and_a_founding_post_after_the_body():
    _, cs = run(
        "Tide Militia\n\nThe Tide Militia is an armed group of Veldra. The militia operates under the leadership of "
        "the Tide Front. The national president of the group is Ada Morn.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Militia").title == "President", show(cs)
    one(cs, "Tide Militia", "subordinate_to", "Tide Front")  # ("the militia": the page's body)
    _, cs = run(page("Maj Bo Lin from Ulton, Sea region, was the TIA founding director in 1971."))
    assert one(cs, "Bo Lin", "leads", "Tide Intelligence Agency").start == 1971, show(cs)


def test_founded_according_to_a_decision_of_a_person():
    _, cs = run(page("The TIA was founded on 13 May 1944 according to a decision of Ada Morn."))
    one(cs, "Tide Intelligence Agency", "established_by", "Ada Morn")


def test_its_first_head_in_other_languages():
    for sentence, title in (
        ("Su primer director fue el general Ada Morn, quien estuvo al mando hasta 1977.", "Director"),
        ("Son premier directeur fut Ada Morn.", "Directeur"),
        ("Sein erster Leiter war Ada Morn.", "Leiter"),
    ):
        _, cs = run(page(sentence))
        assert one(cs, "Ada Morn", "leads", "Tide Intelligence Agency").title == title, show(cs)


def test_the_post_of_the_page_s_body_named_with_no_body_word():
    _, cs = run(
        "Tide Icebreakers\n\nThe Tide Icebreakers is a network of Veldra. Ada Morn, Chairman of the Tide Icebreakers, "
        "opened the event.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Icebreakers").title == "Chairman", show(cs)


def test_a_body_s_staff_in_the_plural_before_their_names():
    _, cs = run(
        "Tide Broadcasting\n\nTide Broadcasting (TB) is the state broadcaster of Veldra. The sanctions also named TB "
        "senior correspondents Ada Morn and Bo Lin, and Ulton arrested TB officers Cy Rask, Ivo Lenz and Eda Holt.\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Cy Rask", "Ivo Lenz", "Eda Holt"):
        one(cs, person, "part_of", "Tide Broadcasting")
    _, cs = run(page("Veldran officials Ada Morn and Bo Lin said so."))
    assert not [c for c in cs if c.relation == "part_of"], show(cs)  # (a demonym, no body)


def test_co_chairs_and_a_founder_described_as_late():
    _, cs = run(
        "Tide Committee\n\nThe Tide Committee (TC) is a committee of Veldra. Ada Morn, co-chairman of the committee, "
        "said so. The TC was founded in December 1949 on the initiative of the late Premier Bo Lin.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Committee").title == "Co-Chairman", show(cs)
    one(cs, "Tide Committee", "established_by", "Bo Lin")


def test_members_listed_after_their_body_and_the_word_members():
    _, cs = run(
        "Tide Council\n\nThe Tide Council (TC) is the ruling junta of Veldra. Council Members General Ada Morn, "
        "Admiral Bo Lin, General Ivo Lenz and Cy Rask were also present. Sand Board Members Eda Holt and Tor Vane "
        "resigned.\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz", "Cy Rask"):
        one(cs, person, "part_of", "Tide Council")  # ("Council": the page's own, named by its kind)
    one(cs, "Eda Holt", "part_of", "Sand Board")
    one(cs, "Tor Vane", "part_of", "Sand Board")


def test_a_post_run_into_a_name_after_an_organ_named_by_its_kind():
    _, cs = run(page("Council Joint Secretary Lieutenant-General Ada Morn said so."))
    assert not [c for c in cs if c.relation == "leads"], show(cs)  # (no council of the page's: no body)
    _, cs = run(
        "Tide Council\n\nThe Tide Council (TC) is the ruling junta of Veldra. Council Joint Secretary "
        "Lieutenant-General Ada Morn said so. Tide Bureau Assistant Director Bo Lin agreed.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Joint Secretary", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Bureau").title == "Assistant Director", show(cs)


def test_a_body_headed_first_by_one_and_from_a_year_by_another():
    _, cs = run(
        "Ministry of Tides\n\nThe Ministry of Tides (headed first by Ada Morn, from January 1952 by Bo Lin) was set up"
        " in 1950. The Tide Office was headed by Cy Dunn and from 1960 by Di Fox.\n"
    )
    a = one(cs, "Ada Morn", "leads", "Ministry of Tides")
    b = one(cs, "Bo Lin", "leads", "Ministry of Tides")
    assert (a.start, b.start) == (None, 1952), show(cs)
    assert one(cs, "Di Fox", "leads", "Tide Office").start == 1960
    assert one(cs, "Cy Dunn", "leads", "Tide Office").start is None


def test_a_relative_clause_set_off_by_commas_leaves_the_main_verb_to_the_name_before_it():
    text = (
        "Tide News\n\nThe Tide Agency, which is a unit of the Veldran Ministry of Tides, was founded by Ada Morn."
        " The Harbour Office, which is a Defense Agency within the Veldran Department of Defense, was founded in"
        " 1952. Bo Lin, who replaced Cy Dunn, became director of the Tide Office.\n"
    )
    _, cs = run(text)
    one(cs, "Tide Agency", "established_by", "Ada Morn")
    none(cs, "Veldran Ministry of Tides", "established_by", "Ada Morn")
    assert [c.subject for c in cs if c.relation == "founded"] == ["Harbour Office"], show(cs)
    one(cs, "Bo Lin", "leads", "Tide Office")
    none(cs, "Cy Dunn", "leads", "Tide Office")


def test_founders_named_after_their_trades_are_the_people_not_the_service_before_the_trade():
    _, cs = run(
        "Tide Air\n\nTide Air is an airline. It was founded by former Veldran military aviator Ada Lee Morn and"
        " diplomat Bo Lin in 1946.\n"
    )
    one(cs, "Tide Air", "established_by", "Ada Lee Morn")
    one(cs, "Tide Air", "established_by", "Bo Lin")
    none(cs, "Tide Air", "established_by", "Veldran military")


def test_members_after_consisting_of_and_holders_of_a_clause_that_leaves_out_its_verb():
    text = (
        "Tide Committee\n\nThe Tide Committee (TC) is a committee of Veldra. The first Tide Committee was formed in"
        " February 1963, consisting of ten members, including Ada Morn, Bo Lin Rask, Cy Dunn, and Di Fox. Ed Vale"
        " was approved as executive vice president of the TC, and Fay Orr and Gus Hale as vice presidents. Its"
        " congress closed, headed from this day by Hal Sun.\n"
    )
    _, cs = run(text)
    for member in ("Ada Morn", "Bo Lin Rask", "Cy Dunn", "Di Fox"):
        one(cs, member, "part_of", "Tide Committee")
    assert one(cs, "Fay Orr", "leads", "Tide Committee").title == "Vice President", show(cs)
    one(cs, "Gus Hale", "leads", "Tide Committee")
    one(cs, "Hal Sun", "leads", "Tide Committee")
    _, cs = run(
        "Tide Council\n\nThe council is presided by Ed Vale, with Tide head Fay Orr as its executive vice president.\n"
    )
    none(cs, "Fay Orr", "leads", "Tide")  # ("as its ...": the sentence's body, no clause left out)


def test_a_second_holder_with_the_verb_left_out_and_a_chain_of_posts_closed_by_and():
    _, cs = run(
        "Tide League\n\nThe Tide League (TL) is a league of Veldra. Ada Morn was the organisation's first president"
        " and Bo Lin the first general secretary. The new Secretary-General of the League is Cy Dunn, Deputy"
        " Secretary-General is Di Fox and Treasurer-General is Ed Vale.\n"
    )
    assert one(cs, "Bo Lin", "leads", "Tide League").title == "General Secretary", show(cs)
    assert one(cs, "Ed Vale", "leads", "Tide League").title == "Treasurer-General"
    _, cs = run("Tide League\n\nThe Tide League (TL) is a league of Veldra. Ada Morn met Bo Lin and the president.\n")
    none(cs, "Bo Lin", "leads", "Tide League")
