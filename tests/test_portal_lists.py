"""Lists as portal and encyclopedia pages print a body's make-up: a line-up of bullets "Name 中文,
Post" (the name in its own script after it, no space after the comma, a plural post for one
person, a seat as "Committee Member"), a long heading of bodies over bullets ("Departments and
Institutes under the X", bodies subordinate to X) whose names carry their own script, and a run of
bodies' names without bullets under a heading of parts ("Components"). Every document here is
invented."""

from __future__ import annotations

from claim_helpers import find, none, one, reads_as, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

LINE_UP = """Veldra Defence Council

The Veldra Defence Council (VDC) directs the armed forces of Veldra. It has nine sections.




  • Ada Morn 阿达莫,Vice Chairmen
  • Bo Lin 博林, Council Member
  • Cy Lo 赛罗,Member
  • Dee Park, Member of the Tide Assembly
  • Eli Fox, Standing Committee Member

Departments and Institutes under Veldra Defence Council

  • General Office 总办公厅
  • Joint Staff Department 联合参谋部
  • Audit Office 审计署
"""


def test_a_name_in_its_own_script_and_a_comma_without_space_before_the_post():
    _, cs = run(LINE_UP)
    assert one(cs, "Ada Morn", "leads", "Veldra Defence Council").title == "Vice Chairman", show(cs)


def test_a_seat_named_with_a_bodys_word_or_alone_is_a_seat_on_the_pages_body():
    _, cs = run(LINE_UP)
    one(cs, "Bo Lin", "part_of", "Veldra Defence Council")
    one(cs, "Cy Lo", "part_of", "Veldra Defence Council")
    one(cs, "Dee Park", "part_of", "Tide Assembly")
    none(cs, "Dee Park", "part_of", "Veldra Defence Council")


def test_a_person_and_a_post_the_reader_does_not_know_is_no_body():
    _, cs = run(LINE_UP)
    assert not [c for c in cs if "Eli Fox" in c.subject and c.relation != "alias"], show(cs)


def test_a_long_heading_of_bodies_under_a_body_makes_them_subordinate_to_it():
    _, cs = run(LINE_UP)
    for unit in ("General Office", "Joint Staff Department", "Audit Office"):
        one(cs, unit, "subordinate_to", "Veldra Defence Council")


def test_a_listed_bodys_name_in_its_own_script_is_an_alias_not_part_of_the_name():
    _, cs = run(LINE_UP)
    aliases = {c.value for c in find(cs, "Joint Staff Department", "alias")}
    assert "联合参谋部" in aliases, show(cs)
    assert not [c for c in cs if "联合参谋部" in c.subject], show(cs)


COMPONENTS = """Ministry of Tides of Veldra

Ministry of Tides (MOT) of Veldra is a ministry of the Veldran government which is responsible for tides.

Organizational structure

Components
Tide Research Center of the Ministry of Tides
Institute of Coastal Science
Veldra Harbour Pilots' Association

Agencies

The MOT Bureau of Lighthouses operates lighthouses.
"""


def test_bodies_named_alone_on_lines_under_a_heading_of_parts_are_parts():
    _, cs = run(COMPONENTS)
    for unit in ("Tide Research Center of the Ministry of Tides", "Institute of Coastal Science"):
        one(cs, unit, "part_of", "Ministry of Tides of Veldra")
    one(cs, "Veldra Harbour Pilots' Association", "part_of", "Ministry of Tides of Veldra")


def test_bodies_named_alone_on_lines_under_another_heading_are_not_read_as_a_list():
    _, cs = run(COMPONENTS.replace("Organizational structure", "History"))
    none(cs, "Institute of Coastal Science", "part_of", "Ministry of Tides of Veldra")


NO_TITLE = """• The Tide Council (TC) oversees the tides of Veldra. It has nine sections including four departments.

  • Ada Morn 阿达,Chairman
  • Bo Lin 博林,Committee Member

Departments under the Tide Council

  • General Office 总办公厅
"""


def test_a_bulleted_lead_sentence_naming_a_body_and_its_abbreviation_is_read_as_a_sentence():
    doc, _ = run(NO_TITLE)
    assert doc.sentences[0].clean.startswith("The Tide Council (TC) oversees"), [s.clean for s in doc.sentences]


def test_with_no_title_the_body_a_lead_sentence_opens_with_and_abbreviates_is_the_pages_subject():
    _, cs = run(NO_TITLE)
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Chairman", show(cs)
    one(cs, "Bo Lin", "part_of", "Tide Council")
    one(cs, "General Office", "subordinate_to", "Tide Council")


def test_with_no_title_a_body_and_its_abbreviation_before_a_post_are_no_subject():
    text = (
        "Tide Party (TP) President Ada Morn urged the league to help the party.\n\n"
        "  • Bo Lin, Vice Chairman\n  • Cy Lo, Committee Member\n"
    )
    _, cs = run(text)
    none(cs, "Bo Lin", "leads", "Tide Party")
    none(cs, "Cy Lo", "part_of", "Tide Party")


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


BUREAUS = """Tide Staff Department

The Tide Staff Department (TSD) is the command organ of the Tide Army.

Organization

Prior to the 2016 transition, the General Staff Department comprised the following bureaus:
- Combat Operations Command
- Combat Communications
- Intelligence
- Mobilization
- Electronic Warfare
- Foreign Relations
- Management
- France

Within the TSD there are units.
"""


def test_a_list_under_a_sentence_naming_another_body_by_like_words_is_that_bodys():
    _, cs = run(BUREAUS)
    one(cs, "Combat Operations Command", "part_of", "General Staff Department")
    none(cs, "Combat Operations Command", "part_of", "Tide Staff Department")


def test_a_one_word_unit_named_by_its_field_in_a_list_of_bureaus_is_a_unit():
    _, cs = run(BUREAUS)
    one(cs, "Intelligence", "part_of", "General Staff Department")
    one(cs, "Mobilization", "part_of", "General Staff Department")
    assert not [c for c in cs if c.subject == "France" and c.relation == "part_of"], show(cs)


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
