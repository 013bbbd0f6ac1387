"""Forms of prose, infobox values and proxies met on pages the parser had not seen: seats each
closed by their years, a founding participle after another name, fronts named by a demonym or an
acronym or "one of a dozen fronts launched by Y", a post after a body's acronym past an
appositive, a second post after "and the new", one name in two spellings, a founder and first
manager, a body whose name reads as a person's, a body set up "with A as the director", a body
and its name with its state, links glued to the small word before them, a parent "and its
Standing Committee", external brand names. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, none, one, reads_as, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

SEATS = """= Tide Bureau =

- Founded: 5 October 1947
- Headquarters: Ulton, Veldra (1947–1948), Port Arn, Eastern Republic, Arnland (1948–1956)

The Tide Bureau was a co-ordination body of parties, largely replaced by the Harbour Pact formed in 1955 and
the Tide Council formed in 1949.
"""


def test_seats_each_closed_by_their_years_are_each_a_seat_of_those_years():
    _, cs = run(SEATS)
    first = one(cs, "Tide Bureau", "headquartered_in", "Ulton")
    second = one(cs, "Tide Bureau", "headquartered_in", "Port Arn")
    assert (first.start, first.end, second.start, second.end) == (1947, 1948, 1948, 1956)


def test_a_founding_participle_after_another_name_dates_that_name_not_the_page():
    _, cs = run(SEATS)
    assert [c.value for c in find(cs, "Tide Bureau", "founded")] == ["1947"], show(cs)
    assert [c.value for c in find(cs, "Tide Council", "founded")] == ["1949"], show(cs)


FRONTS = """= Tide Press Union =

Tide Press Union was a Soviet bloc front organization.
It was one of a dozen large front organizations launched by the Arn Party in the late 1940s.
The Harbour League was a Communist front organization. The Ulton Club was a KGB front.
"""


def test_a_front_named_by_a_countrys_demonym_is_that_countrys_front():
    _, cs = run(FRONTS)
    one(cs, "Tide Press Union", "front_for", "Soviet Union")
    assert not [c for c in cs if c.relation == "front_for" and "Communist" in c.object], show(cs)


def test_one_of_a_dozen_fronts_launched_by_a_body_is_its_front_and_it_set_it_up():
    _, cs = run(FRONTS)
    one(cs, "Tide Press Union", "front_for", "Arn Party")
    one(cs, "Tide Press Union", "established_by", "Arn Party")


def test_a_front_named_by_an_acronym_is_that_bodys_front():
    _, cs = run(FRONTS)
    one(cs, "Ulton Club", "front_for", "KGB")


LAWYERS = """International Association of Tide Lawyers (IATL)
The International Association of Tide Lawyers (IATL) was founded in 1946 in Ulton.
Ada Morn, a drafter of the Harbour Charter, was the first IATL President.
Elected in 2020, the new President is Bo Lin (Arnland) and the new Secretary General is Cy Lo (Veldra), who is
the IATL Permanent Representative in Ulton.
"""


def test_a_post_after_the_acronym_of_its_body_is_a_post_of_that_body_past_an_appositive():
    _, cs = run(LAWYERS)
    assert one(cs, "Ada Morn", "leads", "IATL").title == "President", show(cs)
    none(cs, "Harbour Charter", "leads", "IATL")


def test_a_second_post_after_and_the_new_is_the_pages_bodys_post():
    _, cs = run(LAWYERS)
    one(cs, "Bo Lin", "leads", "International Association of Tide Lawyers")
    assert one(cs, "Cy Lo", "leads", "International Association of Tide Lawyers").title == "Secretary General"


def test_a_body_renamed_as_itself_with_another_apostrophe_is_no_claim():
    text = (
        "Tide People's Solidarity League TPSL\nTide People’s Solidarity League (TPSL)\n"
        "an international public organization whose aim is to unite the peoples. It was founded at the first "
        "conference (Ulton, Dec. 26, 1957) as the Solidarity Council of the Tide Countries. It was reorganized as "
        "the Tide People’s Solidarity League at the second conference in Arn in April 1960.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "absorbed_into"], show(cs)


def test_a_founder_and_first_manager_described_by_trade_leads_and_founded_the_body():
    _, cs = run(
        "Tide Press\n\nTide Press is a news agency of Veldra. The founder and first manager was Veldran journalist Ada Morn.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Press").title == "Manager", show(cs)
    one(cs, "Tide Press", "established_by", "Ada Morn")


def test_a_body_whose_name_reads_as_a_persons_is_a_body_when_its_infobox_gives_a_seat():
    text = (
        "= Prensa Tidal =\n\n- Headquarters: Ulton, Veldra\n\n"
        "Agencia Tidal S.A. (Tidal Agency), trading as Prensa Tidal, is a news agency.\n\n"
        "Prensa Tidal was founded at the initiative of Bo Lin. The founder and first manager was journalist Ada Morn.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Prensa Tidal")


SET_UP_WITH = """Harbour Commission

The Harbour Commission is a body of Veldra. It was established in 1949 with army colonel Ada Morn becoming its
first director-general. In the cabinet, a corresponding Tide Affairs Office was established, with Bo Lin as the
director and Cy Lo as deputy director. The Tide Board was set up in 1950 with Dee Park as its first chairman.
"""


def test_a_body_set_up_with_a_person_as_its_head_is_led_by_that_person():
    _, cs = run(SET_UP_WITH)
    assert one(cs, "Bo Lin", "leads", "Tide Affairs Office").title == "Director", show(cs)
    one(cs, "Cy Lo", "leads", "Tide Affairs Office")
    one(cs, "Dee Park", "leads", "Tide Board")
    none(cs, "Dee Park", "leads", "Harbour Commission")


def test_the_pages_body_set_up_with_its_first_head_is_still_led_by_that_head():
    _, cs = run(SET_UP_WITH)
    one(cs, "Ada Morn", "leads", "Harbour Commission")


def test_a_body_and_its_name_with_its_state_are_one_body_not_a_part_of_it():
    text = (
        "| Director of the Tide Commission of the Soviet Union | |\n|---|---|\n| Tide Commission | |\n"
        "| Member of | Tide Commission |\n| Seat | Ulton |\n| First holder | Ada Morn |\n"
        "The director of the Tide Commission is the head of the Tide Commission.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tide Commission of the Soviet Union")
    assert not [c for c in cs if c.relation == "part_of" and "Tide Commission" in c.subject], show(cs)


GLUED = """Director of the Tide Commission

- Reports to: Tide Congress and itsStanding Committee

The director of the Tide Commission is the head of theTide Commission, the highest agency of Veldra. The incumbent
director isAda Morn, who took office on 11 March 2023.
"""


def _read(text: str) -> tuple:
    """The document and its claims, each claim's span the file's own words (the glue parted)."""
    doc = orgnet.parse_text(text, "t.txt")
    claims = orgnet.extract_claims(doc)
    for c in claims:
        assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), c
    return doc, claims


def test_a_proxys_small_words_glued_to_its_links_are_parted_and_the_evidence_is_the_files_text():
    doc, cs = _read(GLUED)
    assert "is Ada Morn" in doc.text and "isAda" in doc.raw
    assert any("glued link words parted (3)" in w for w in doc.warnings), doc.warnings
    assert one(cs, "Ada Morn", "leads", "Tide Commission").start == 2023, show(cs)


def test_a_bodys_parent_and_its_organ_are_each_a_parent():
    _, cs = _read(GLUED)
    one(cs, "Tide Commission", "subordinate_to", "Tide Congress")
    one(cs, "Tide Commission", "subordinate_to", "Standing Committee of the Tide Congress")


EXTERNAL_NAME = """Tide Affairs Commission

SubsidiariesOffice of the Tide Affairs Commission (with the external brand name Tide Administration of Veldra)

The commission's executive arm is the Office of the Tide Affairs Commission, which has the external name of the
Harbour Administration of Veldra under the "one institution with two names" system.
"""


def test_a_subsidiary_with_its_external_brand_name_is_fronted_by_that_name():
    _, cs = run(EXTERNAL_NAME)
    one(cs, "Tide Administration of Veldra", "front_for", "Office of the Tide Affairs Commission")
    one(cs, "Office of the Tide Affairs Commission", "subordinate_to", "Tide Affairs Commission")


def test_a_body_which_has_the_external_name_of_another_is_fronted_by_it():
    _, cs = run(EXTERNAL_NAME)
    one(cs, "Harbour Administration of Veldra", "front_for", "Office of the Tide Affairs Commission")


def test_the_founding_members_named_after_the_are_members_whatever_their_names():
    text = (
        "Tide Federation\n\nThe Tide Federation is an umbrella body of clan associations. The founding members were "
        "the Ulton Hokkien Huay Kuan, Arn Kwangtung Hui Kuan, Nanyang Khek Community Guild, and Ulton Foochow "
        "Association.\n"
    )
    _, cs = run(text)
    for member in ("Ulton Hokkien Huay Kuan", "Arn Kwangtung Hui Kuan", "Ulton Foochow Association"):
        one(cs, member, "part_of", "Tide Federation")


def test_a_bodys_executive_members_listed_after_it_sit_on_it_and_a_post_in_parentheses_leads_it():
    text = (
        "News\n\nVeldra Tide Friendship Society national executive members Ada Morn (President), Bo Lin, Cy Lo and "
        "Dee Park attended the conference.\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Veldra Tide Friendship Society").title == "President", show(cs)
    for person in ("Bo Lin", "Cy Lo", "Dee Park"):
        one(cs, person, "part_of", "Veldra Tide Friendship Society")


MINISTRY = """Ministry of Tides (Veldra)

The Ministry of Tides of Veldra is one of the sixteen ministries of the Government of Veldra. Among the departments
of the Ministry are the General Division of Harbour Guard and the Division of Tidal Evidence. The Sea Office is one of
the departments of the Ministry of Tides.
"""


def test_one_of_the_ministries_of_a_government_is_part_of_it():
    _, cs = run(MINISTRY)
    one(cs, "Ministry of Tides of Veldra", "part_of", "Government of Veldra")
    one(cs, "Sea Office", "part_of", "Ministry of Tides")
    none(cs, "Sea Office", "subordinate_to", "Ministry of Tides")


def test_among_the_departments_of_the_ministry_are_its_parts():
    _, cs = run(MINISTRY)
    one(cs, "General Division of Harbour Guard", "part_of", "Ministry of Tides")
    one(cs, "Division of Tidal Evidence", "part_of", "Ministry of Tides")


def test_the_headquarters_of_a_body_is_in_a_place():
    text = "Tide Security Agency\n\nThe Tide Security Agency (TSA) is a service. The headquarters of TSA is in Ulton, at 45 Harbour Road.\n"
    _, cs = run(text)
    one(cs, "Tide Security Agency", "headquartered_in", "Ulton")


def test_a_body_the_page_has_overseen_and_one_set_up_as_one_of_its_substructures():
    text = (
        "Tide Protection Bureau\n\nThe Tide Protection Bureau (TPB) is a service of Veldra. Since 1995, the Bureau has "
        "overseen the Centre for the Documentation of Tides. In 2003, the Veldran Security Authority (VSA) was "
        "established as one of the substructures of the Bureau.\n"
    )
    _, cs = run(text)
    assert one(cs, "Centre for the Documentation of Tides", "overseen_by", "Tide Protection Bureau").start == 1995
    one(cs, "Veldran Security Authority", "part_of", "Tide Protection Bureau")


def test_a_body_after_in_is_no_place():
    text = (
        "Tide Party\n\nThe Tide Party is a party. It sits in the Tide Council (TC), a principal organization in the "
        "United Front strategy. The Sea Guild is based in the Palace of the Parliament.\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if c.relation == "headquartered_in" and "Front" in c.object], show(cs)
    one(cs, "Sea Guild", "headquartered_in", "Palace of the Parliament")


def test_a_glossed_mirrors_term_before_its_abbreviation_stays_in_the_sentence():
    doc = orgnet.parse_text(
        open_gloss_page(), "t.txt"
    )  # (its evidence checked against the glosses in test_link_glosses)
    cs = orgnet.extract_claims(doc)
    assert any("Workers Party (VWP) and represented" in s.clean for s in doc.sentences), [
        s.clean for s in doc.sentences
    ]
    one(cs, "Tide Party", "subordinate_to", "Veldran Workers Party")
    one(cs, "Tide Party", "part_of", "Tide Consultative Conference")


def open_gloss_page() -> str:
    """A hyperlinked mirror's page: each linked term followed by its article's opening, cut at "..."."""
    return (
        "Tide Party\n\nThe Tide Party is one of the eight minor parties in the\n"
        "Republic of Veldra Veldra, officially the Republic of Veldra, is a country in the south. It is the world's "
        "largest country by tides and ...\nthat are subservient to the\n"
        "Veldran Workers Party The Veldran Workers Party (VWP) is the founding and sole ruling party of Veldra. "
        "Under the leadership of Ada Morn, the VWP emerged victorious in the war ...\n"
        "(VWP) and represented in the Tide Consultative Conference (TCC), a principal organization in the\n"
        "United Front A united front is an alliance of groups against their common enemies, figuratively evoking "
        "unification of separate fronts ...\nstrategy.\n"
    )
