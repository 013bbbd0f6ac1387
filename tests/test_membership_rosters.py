"""A party's organ and its members as a news story prints them: a line that says whose members
follow ("Other members of the Politburo are as follows:", "the party's Politburo Secretariat has
the following members:"), then one line each, the post and the holder either way round ("Secretary
for Finance – Cde Bo Lin", "Bo Lin – Secretary General"), blank lines or none between. The organ
is named alone; the story says whose it is ("the Politburo of the ruling Tide Party", "the new Tide
Party politburo"). A post "for" a field is a portfolio, no body. A roster of names under its chair's line ("The
Rt Hon. Dr Ada Morn MP (Chair)") is the page's body's, the chair its head; its names come with styles, ranks and
letters, glued or not ("The Rt Hon. Sir Cy Dunn CBEMP") and peers by title ("The Rt Hon. the Lord Tidewell GCB",
"The Most Hon. the Marquess of Harbour PC QC"). Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

POLITBURO = "Politburo of the Tide Party"

POST_FIRST = """Tide News

New Tide Party politburo announced

Tide Party President Cde Ada Morn has announced the full line-up of the Politburo.

Other members of the Politburo are as follows:

Secretary for Administration – Cde Bo Lin
Secretary for Finance – Dr Cy Lo
Secretary for Lands – Advocate Dan Ruel
"""

NAME_FIRST = """Ulton, June 18 - The Politburo of the ruling Tide Party elected Eva Sand as its secretary.

With such move, the party's Politburo Secretariat has the following members:

Ada Morn – President of the party

Bo Lin – Secretary General

Cy Lo – Secretary for International Relations

Dan Ruel (vice president) – Secretary for Organisation and Mobilisation

Eva Sand – Secretary for Economic Policy
"""


def test_a_members_line_seats_each_post_and_holder_on_the_organ_of_the_body_the_story_names():
    _, cs = run(POST_FIRST)
    for person in ("Bo Lin", "Cy Lo", "Dan Ruel"):  # ("Advocate" is a style, no name)
        one(cs, person, "part_of", POLITBURO)
    # a portfolio is a seat, not a lead of the page's "Tide News" nor of the organ
    assert not [c for c in cs if c.relation == "leads" and c.subject in ("Bo Lin", "Cy Lo")], show(cs)


def test_a_post_and_its_holder_is_no_heading():
    doc, _ = run(POST_FIRST)
    assert not [s for s, _, _ in doc.sections if "Cde Bo Lin" in s], doc.sections


def test_an_organ_named_by_its_own_words_is_the_organ_of_the_party_the_story_gives_it_to():
    _, cs = run(NAME_FIRST)
    organ = "Politburo Secretariat of the Tide Party"
    for person in ("Ada Morn", "Bo Lin", "Cy Lo", "Dan Ruel", "Eva Sand"):
        one(cs, person, "part_of", organ)
    assert one(cs, "Bo Lin", "leads", organ).title == "Secretary General", show(cs)


def test_a_portfolio_is_no_body():
    _, cs = run(NAME_FIRST)
    for field in ("International Relations", "Organisation and Mobilisation", "Economic Policy"):
        assert not find(cs, None, "leads", field), show(cs)


NEC_REPORT = """Tide Movement

Report of the Secretary General

The National Working Committee, the highest structure of the organisation between conferences, met
monthly. The NWC provided direction to the organisation.

NWC Members elected at 12th National Conference
National Chairperson Ada Morn
President Bo Lin
Deputy Secretary General Cy Lo
Dan Ruel
Eva Sand
"""


def test_a_title_line_naming_members_heads_posts_and_holders_then_names_alone():
    _, cs = run(NEC_REPORT)
    assert one(cs, "Ada Morn", "leads", "NWC").title == "National Chairperson", show(cs)
    assert one(cs, "Cy Lo", "leads", "NWC").title == "Deputy Secretary General", show(cs)  # no key "Deputy Secretary"
    for person in ("Dan Ruel", "Eva Sand"):  # the names alone go on the same roster
        one(cs, person, "part_of", "NWC")
    assert not find(cs, "Dan Ruel", "leads"), show(cs)


def test_a_lower_case_members_line_with_a_qualifier_and_a_name_with_a_backtick():
    _, cs = run(
        "The National Working Committee (NWC) met monthly.\n\n"
        "Ex-officio NWC members at the time of the 12th National Conference\nS`bu Lind\nBo Lin\nCy Lo\n"
    )
    for person in ("S`bu Lind", "Bo Lin", "Cy Lo"):
        one(cs, person, "part_of", "NWC")
    assert not find(cs, None, "part_of", "National Conference"), show(cs)


def test_a_membership_heading_glued_to_its_first_bullet():
    _, cs = run(
        "Tide Committee\n\nThe Tide Committee was a body set up in 1949.\n\nMembership• Ada Morn\n• Bo Lin\n• Cy Lo\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):
        one(cs, person, "part_of", "Tide Committee")


ON_DUTY = """Ulton, May 3 - The Tide Party elected a new leadership on Saturday.

Mr. Ada Morn will head the party's new on-duty committee, and the “on-duty committee” comprises Mr. Morn, government ministers Bo Lin and Cy Lo, Royal Veldra Armed Forces Commander-in-Chief Dan Ruel, Supreme Court President Eva Sand and party senators Finn Odd and Gus Hale.
"""


def test_a_sentence_listing_a_bodys_members_each_after_the_words_that_say_who_they_are():
    _, cs = run(ON_DUTY)
    for person in ("Ada Morn", "Bo Lin", "Cy Lo", "Dan Ruel", "Eva Sand", "Finn Odd", "Gus Hale"):
        one(cs, person, "part_of", "On-Duty Committee")
    one(cs, "Dan Ruel", "leads", "Royal Veldra Armed Forces")  # (the words before a name keep their own claim)


def test_a_listed_organ_is_its_bodys_and_places_are_no_members():
    _, cs = run(
        "Tide Foundation\n\nThe Tide Foundation is a charity of Veldra.\n\n"
        "The Board of Trustees includes the rector of the Tide Institute Ada Morn, Minister Bo Lin and Cy Lo.\n\n"
        "Its research comprises Central Asia and Korean Peninsula, the Sand Sea and Taiwan Strait.\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):
        one(cs, person, "part_of", "Board of Trustees of the Tide Foundation")
    for place in ("Central Asia", "Korean Peninsula", "Taiwan Strait"):
        assert not find(cs, place, "part_of"), show(cs)


def test_an_organ_of_an_acronym_takes_the_article_the_story_gives_it_and_a_portfolio_needs_no_for():
    story = (
        "Ulton, June 18 - The Politburo of the ruling TPV elected Eva Sand as its secretary.\n\n"
        "{party} Politburo Secretariat has the following members:\n\n"
        "Secretary Legal Affairs – Advocate Ada Morn\n\nSecretary for Lands – Cde Bo Lin\n"
    )
    _, cs = run(story.format(party="The party's"))
    for person in ("Ada Morn", "Bo Lin"):  # "the ruling TPV": the acronym with its article
        one(cs, person, "part_of", "Politburo Secretariat of the TPV")
    _, cs = run(story.replace("the ruling TPV", "TPV").format(party="TPV's"))
    for person in ("Ada Morn", "Bo Lin"):  # "TPV" alone: without it
        one(cs, person, "part_of", "Politburo Secretariat of TPV")


CEC = """ULTON: The Tide Party (TP) announced on Wednesday its new central executive committee (CEC), electing Ada Morn as the party's secretary-general.

The CEC is as follows:

Chairman: Bo Lin

Secretary-general: Ada Morn

Assistant secretaries-general: Dan Ruel, Eva Sand

Treasurer: Finn Odd

Members: Gus Hale, Hal Ives and Ian Jost
"""


def test_a_body_as_follows_its_posts_a_colon_and_holders_then_its_members():
    _, cs = run(CEC)
    assert one(cs, "Bo Lin", "leads", "CEC").title == "Chairman", show(cs)
    for person in ("Dan Ruel", "Eva Sand"):  # a post in the plural, two holders
        assert one(cs, person, "leads", "CEC").title == "Assistant Secretary-General", show(cs)
    for person in ("Gus Hale", "Hal Ives", "Ian Jost"):
        one(cs, person, "part_of", "CEC")
        assert not find(cs, person, "leads"), show(cs)


POLITBURO_ITEMS = """Ada Morn, re-elected as Party General Secretary, is General Secretary of the Tide Party Central Committee.

The first plenum also elected an 18-member Politburo in Ulton on January 31.

The Politburo members comprise of:

-Prime Minister Bo Lin;

-Cy Lo, head of the Party Central Committee’s Organisation Commission;

- Eva Sand, Deputy Prime Minister and Foreign Minister;
"""


def test_a_partys_organ_on_a_page_about_no_body_and_a_post_of_the_state_is_a_seat_only():
    _, cs = run(POLITBURO_ITEMS)
    for person in ("Bo Lin", "Cy Lo", "Eva Sand"):  # the party the page names: the Politburo's
        one(cs, person, "part_of", POLITBURO)
    assert not find(cs, "Bo Lin", "leads", POLITBURO), show(cs)  # "Prime Minister": the state's post


def test_a_member_whose_posts_are_not_read_still_sits_and_keeps_the_posts_other_readers_find():
    _, cs = run(
        "The Politburo of the Tide Party was elected. Ada Morn heads the Secretariat of Central Party Agencies.\n\n"
        "The Politburo members comprise of:\n\n"
        "-Ivo Lenz, Secretary of the Ulton Party Committee and head of the delegation of deputies (14th tenure);\n\n"
        "-Jon Kell, Minister of Industry and Trade and deputy head of the Economic Commission;\n\n"
        "-Kai Lund, Chief Justice of the Supreme Court;\n"
    )
    for person in ("Ivo Lenz", "Jon Kell", "Kai Lund"):  # the party, not "Central Party" (Agencies)
        one(cs, person, "part_of", POLITBURO)
    one(cs, "Kai Lund", "leads", "Supreme Court")


def test_a_sentence_whose_subject_the_list_makes_up_later_in_the_clause():
    _, cs = run(
        "Secretariat of the Tide Party\nThe Secretariat of the Tide Party was a key body within the Tide Party.\n\n"
        "The Secretariat was established by the Central Committee on August 6, 1917 and was initially composed of "
        "Ada Morn, Lind and Bo Lin as full members and Ivo and Cy Lo as candidate members (or alternates).\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Cy Lo"):
        one(cs, person, "part_of", "Secretariat of the Tide Party")
    assert not find(cs, None, "part_of", "Central Committee"), show(cs)


COMMITTEE = """This page has been validated.

THE TIDE AND HARBOUR
COMMITTEE OF THE ASSEMBLY


The Rt Hon. Dr Ada Morn MP (Chair)

  • The Rt Hon. Bo Lin MP
  • The Rt Hon. Sir Cy Dunn CBEMP
  • Dame Di Fox DBEMP
  • The Rt Hon. Admiral Lord Vale of Ulton GCB DSC
  • The Rt Hon. the Lord Tidewell GCB GCVO QSO
  • The Most Hon. the Marquess of Harbour PC QC

The Tide and Harbour Committee of the Assembly (THC) is a statutory committee of the Assembly of Veldra.
"""


def test_a_chair_over_a_roster_of_styled_names_leads_the_page_s_committee_and_the_rest_sit_on_it():
    _, cs = run(COMMITTEE)
    thc = "Tide and Harbour Committee of the Assembly"
    assert one(cs, "Ada Morn", "leads", thc).title == "Chair", show(cs)
    for member in ("Bo Lin", "Cy Dunn", "Di Fox", "Lord Vale of Ulton", "Lord Tidewell", "Marquess of Harbour"):
        one(cs, member, "part_of", thc)
    assert not find(cs, "Ada Morn", "part_of", thc)


def test_a_chair_s_line_over_the_body_s_seat_is_no_roster():
    text = (
        "Tide Association (TA)\n\nThe Tide Association (TA) is an association based in Port Ulton.\nLeadership team\n\n"
        "Ada Morn (Chairman)\n\nPort Ulton, Veldra\nRegion served\n"
    )
    _, cs = run(text)
    assert not find(cs, "Port Ulton", "part_of"), show(cs)
