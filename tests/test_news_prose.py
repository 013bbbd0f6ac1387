"""Rules of news and sanctions prose, each on a short invented document.

Each test runs the extractor on fictional bodies and people and checks one general rule:
two posts each before its holder, joined by "and" ("Tide Service Chairman Ada Morn and Kessel
Committee Chairman Ivo Lenz"), are two holders of two bodies, not one body's name running from
the first body to the second; an item of a list after a phrase, its post told after a comma, closed
by ", and" ("sanctioned A, the head of X, and B"), is followed by the next item; a sentence ending in a
colon over bullets says of each bullet's name what it says of a list after its phrase, unless the
bullets are read already (officeholder rows) or open on a word no name opens with. A body's office
named in the possessive ("the Harbour Ministry's Office of Tide Control") is a part of it; a body with
its abbreviation "of the" ministry ("the Tide Police (TP) of the Veldran Ministry of the Interior") is
part of the ministry; a person with a post in parentheses ("Ada Morn (Director of the TP)") leads
that body; a state's demonym before a post and its holder ("the Cuban Minister of Defense Ada Li") is
no part of the holder's name; "directed the X to provide ..." is an order given, no post held. A news
item's dateline ("February 15, 2018 (ULTON) – ", "WASHINGTON — ") is no part of its first sentence; a
post "recently re-appointed" before its holder is still the post ("The recently re-appointed Director
General of the National Tide Services (NTS), Gen Ada Morn (Gosh), called ..."). A body that "approved
the founding of" another founded it; a body that works "to fight" a group targets it (the clause's
subject, not a partner named on the way); "al Qaeda" is a group's name ("et al" opens none). A
"subordinate branch of" a ministry is placed under it, not one of its parts. A body's formation "part
of an effort by" a government makes it no part of that government; a body "conceived by" people was
founded by them; a body that "helped establish" another founded it; a body that "appointed" someone "as
its" editor-in-chief is the one she leads. "Founder and first director was Y" says Y founded and led the
page's body, also when its name reads like a person's but the page calls it a body ("Prensa Tidal is a
news agency"); "The main office is situated in Ulton" is the body's seat. "X controls / owns the Y"
gives Y controlled_by X; a paper's name ends in "Herald", "Tribune", "Chronicle" or "Courier", so "which is
co-owned by" after it speaks of the paper ("Harbour Media and Entertainment" a whole name); a span of time
between a post's body and "was" ("The editor of X until February 2015 was Y") dates the post. One word
with a capital inside ("TideRos") is a brand's name, a body's (not "McAdam"); "registered under the X name"
is no oversight; a person "who also controls X" controls it. A person before an appositive that names
another ("Bo Lin, a Politburo newcomer and a close ally of President Ada Morn, has been confirmed as
head of X") is the one who heads X, the auxiliaries before the phrase ("has been") aside. A holder
"voted in as" a post of a body leads it (any verb in -ed before "as" and the post); in a news story with
no subject, "B was elected as deputy president" is a post of the body the story named last with a post,
but on a person's page a post with no body names no body ("promoted to Major General"). The person after a
preposition before "as" ("took the oath before President B as the new Director of X") holds no post. A
headline whose verb of appointment stands between two names ("Veldra Elects Ada Morn as Chairman of X"), after a
site's breadcrumbs ("Home »"), is no page's name; a sentence's opening "But" is no first name. A party's organ
named alone after a phrase ("was elected a member of the Politburo", "were elected members of the Politburo",
"head of the Secretariat") is the page's party's; so is its seat of "a current member of the Politburo". A
style with a full stop may stand between a post's body and its holder ("... Association Mr. Bo Lin").
"""

from __future__ import annotations

import pytest
from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text


def test_two_titled_holders_joined_by_and_are_two_holders():
    _, cs = run(
        "Sanctions\n\nThe Union imposed sanctions on three people, including Tide Service Chairman Ada Morn"
        " and Kessel Committee Chairman Ivo Lenz.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Service").title == "Chairman"
    assert one(cs, "Ivo Lenz", "leads", "Kessel Committee").title == "Chairman"
    none(cs, "Ivo Lenz", "leads", "Tide Service Chairman Ada Morn and Kessel Committee")


def test_an_item_whose_post_a_comma_closes_is_followed_by_the_next():
    _, cs = run(
        "Sanctions\n\nThe Harbour Office (HO) is an agency. The Treasury sanctioned Ada Morn, the director of the HO,"
        " and Ivo Lenz (Lenz), Secretary of the Kessel City Council.\n"
    )
    one(cs, "Treasury", "targets", "Ada Morn")
    one(cs, "Treasury", "targets", "Ivo Lenz")
    one(cs, "Ada Morn", "leads", "Harbour Office")
    none(cs, "Treasury", "targets", "Harbour Office")


SANCTIONS_LIST = """Sanctions on Veldran firms

The Treasury is imposing sanctions on two Veldra-based entities and one person:
• Kessel Mining Company, a gold mining firm
• Orra Logistics, a shipping company owned by the Harbour Office
• Ivo Lenz, a Veldran businessman
"""


def test_a_sentence_ending_in_a_colon_reads_its_bullets_as_its_list():
    doc, cs = run(SANCTIONS_LIST)
    for name in ("Kessel Mining Company", "Orra Logistics", "Ivo Lenz"):
        c = one(cs, "Treasury", "targets", name, evidence_has=name)
        assert c.evidence.startswith("Treasury is imposing sanctions")
    one(cs, "Orra Logistics", "controlled_by", "Harbour Office")
    joined = [s for s in doc.sentences if s.text.startswith("The Treasury")]
    assert len(joined) == 1 and joined[0].text.rstrip().endswith("businessman")
    assert not doc.unparsed


def test_bullets_read_as_officeholder_rows_stay_rows():
    doc, cs = run(
        "Harbour Office\n\nThe Harbour Office (HO) is an agency of Veldra. Four directors have led it since then:\n"
        "• Ada Morn (1990–1995)\n• Ivo Lenz (1995–2001)\n"
    )
    assert one(cs, "Ada Morn", "leads", "Harbour Office").start == 1990
    assert not any(s.text.rstrip().endswith(")") for s in doc.sentences)


def test_bullets_opening_on_a_word_no_name_opens_with_stay_apart():
    _, cs = run(
        "Praise\n\nThe chapters of the Harbour League (HL) were lined up to praise the speech and its author:\n\n"
        "  • From Ulton, Ada Morn, chairman of the HL \n"
    )
    one(cs, "Ada Morn", "leads", "Harbour League")
    none(cs, "From Ulton", "leads", "Harbour League")


def test_a_body_s_office_named_in_the_possessive_is_part_of_it():
    _, cs = run("News\n\nToday, the Harbour Ministry’s Office of Tide Control (OTC) sanctioned Ada Morn.\n")
    one(cs, "Office of Tide Control", "part_of", "Harbour Ministry")
    one(cs, "Office of Tide Control", "targets", "Ada Morn")


def test_a_country_s_office_in_the_possessive_is_no_part_of_the_country():
    _, cs = run("News\n\nVeldra’s Office of Tide Control (OTC) sanctioned Ada Morn.\n")
    none(cs, "Office of Tide Control", "part_of", "Veldra")


def test_a_body_of_a_ministry_and_holders_with_their_posts_in_parentheses():
    _, cs = run(
        "News\n\nThe sanctions targeted the Tide Police (TP) of the Veldran Ministry of the Interior, and Ada Morn"
        " (Director of the TP) and Ivo Lenz (Deputy Director of the TP).\n"
    )
    one(cs, "Tide Police", "part_of", "Veldran Ministry of the Interior")
    assert one(cs, "Ada Morn", "leads", "Tide Police").title == "Director"
    assert one(cs, "Ivo Lenz", "leads", "Tide Police").title == "Deputy Director"
    none(cs, "Tide Police", "part_of", "Veldran Ministry of the Interior, and Ada Morn")


def test_a_post_in_parentheses_of_a_board_no_name_tells_apart_leads_nothing():
    _, cs = run(
        "News\n\nThe board includes Bo Wu Lenz (Chairman of the Board of Directors) and Ivo Lenz (Director of the HB).\n"
    )
    none(cs, "Bo Wu Lenz", "leads", "Board of Directors")
    one(cs, "Ivo Lenz", "leads", "HB")


def test_a_demonym_before_a_post_and_its_holder_is_no_part_of_the_name():
    _, cs = run(
        "News\n\nThe sanctions targeted the Veldran Minister of Defense Ada Lind Morn. The 2nd Section was set"
        " up by the Veldran General Staff.\n"
    )
    assert one(cs, "Ada Lind Morn", "leads", "Ministry of Defense").subject == "Ada Lind Morn"
    one(cs, "2nd Section", "established_by", "Veldran General Staff")


def test_directing_a_body_to_do_something_is_no_post():
    _, cs = run(
        "News\n\nPresident Ada Morn spoke. The president also announced that she has directed the State Department"
        " and the Tide Department to provide recommendations. Bo Wu directed the Harbour Bureau from 1990 to 1995.\n"
    )
    none(cs, "Ada Morn", "leads", "State Department")
    none(cs, "Ada Morn", "leads", "Tide Department")
    one(cs, "Bo Wu", "leads", "Harbour Bureau")


@pytest.mark.parametrize(
    "dateline",
    ["February 15, 2018 (ULTON) – ", "ULTON, Feb 15 (Reuters) - ", "WASHINGTON — ", "LONDON, 5 March 2020 – "],
)
def test_a_dateline_is_no_part_of_the_first_sentence(dateline):
    text = (
        f"Harbour news\n{dateline}The Director General of the National Tide Service (NTS), Ada Morn, called for calm.\n"
    )
    doc = parse_text(text, "news.txt")
    assert doc.sentences[0].text.startswith("The Director General")
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "National Tide Service")


def test_an_acronym_and_a_dash_open_no_dateline():
    doc = parse_text("Harbour news\n\nNATO - The alliance met in Ulton on Monday with the Harbour Office.\n", "n.txt")
    assert doc.sentences[0].text.startswith("NATO")


def test_a_post_recently_re_appointed_before_its_holder_and_a_plural_service():
    _, cs = run(
        "Harbour news\nFebruary 15, 2018 (ULTON) – The recently re-appointed Director General of the National"
        " Tide Services (NTS), Gen Ada Morn (Gosh), called for the cooperation of the regular forces.\n"
    )
    assert one(cs, "Ada Morn", "leads", "National Tide Services").title == "Director General"


def test_approving_the_founding_of_a_body_founds_it():
    _, cs = run(
        "News\n\nIn 1949 the Tide Military Administration approved the founding of the Society for Tide Friendship"
        " (STF), an organization mandated to foster culture.\n"
    )
    one(cs, "Society for Tide Friendship", "established_by", "Tide Military Administration")


def test_working_to_fight_a_group_targets_it():
    _, cs = run(
        "News\n\nVeldra’s Harbour Intelligence Service cooperates closely with the Tide Office and other spying"
        " bodies to fight the Kessel Brigades. The Harbour Guard was set up to fight al Qaeda, Smith et al Harbour said.\n"
    )
    one(cs, "Harbour Intelligence Service", "targets", "Kessel Brigades")
    none(cs, "Tide Office", "targets", "Kessel Brigades")
    one(cs, "Harbour Guard", "targets", "al Qaeda")
    none(cs, "Harbour Guard", "targets", "al Harbour")


def test_a_subordinate_branch_is_under_its_ministry_not_its_part():
    _, cs = run(
        "Harbour Service\n\nThe Harbour Service is an agency of Veldra. The newly established independent agency is"
        " a former subordinate branch of the Ministry of Internal Affairs of Veldra. The Tide Guard is a branch of"
        " the Harbour Service.\n"
    )
    one(cs, "Harbour Service", "subordinate_to", "Ministry of Internal Affairs of Veldra")
    none(cs, "Harbour Service", "part_of", "Ministry of Internal Affairs of Veldra")
    one(cs, "Tide Guard", "part_of", "Harbour Service")


PROFILE = """Tide TV

Tide TV is a television network of Veldra. Tide TV's formation was part of a public relations effort by the
Veldran Government in 2005 to improve its image. Tide TV was conceived by former media minister Ada Morn and
Bo Wu Lenz. In 2005, the Tide Agency helped establish the Harbour Network Office to serve as its parent
organization. Tide TV appointed Cy Lo Brand as its editor-in-chief; she recruited journalists.
"""


def test_a_network_s_founders_and_editor_in_a_profile():
    _, cs = run(PROFILE)
    none(cs, "Tide TV", "part_of", "Government of Veldra")
    one(cs, "Tide TV", "established_by", "Ada Morn")
    one(cs, "Tide TV", "established_by", "Bo Wu Lenz")
    one(cs, "Harbour Network Office", "established_by", "Tide Agency")
    assert one(cs, "Cy Lo Brand", "leads", "Tide TV").title == "Editor-in-Chief"


def test_founder_and_first_director_of_a_body_named_like_a_person_and_its_main_office():
    _, cs = run(
        "Prensa Tidal\n\nPrensa Tidal is a Veldran news agency. Founder and first director was Ada Morn Lenz, the"
        " Veldran journalist. The main office is situated in Ulton, Veldra.\n"
    )
    assert one(cs, "Ada Morn Lenz", "leads", "Prensa Tidal").title == "Director"
    one(cs, "Prensa Tidal", "established_by", "Ada Morn Lenz")
    one(cs, "Prensa Tidal", "headquartered_in", "Ulton")


def test_a_person_page_s_person_still_leads_no_one_by_default():
    _, cs = run("Ada Morn\n\nAda Morn is a Veldran journalist. Founder and first director was Bo Wu Lenz.\n")
    none(cs, "Bo Wu Lenz", "leads", "Ada Morn")


def test_a_body_controls_a_paper_co_owned_by_another_and_an_editor_until_a_date():
    _, cs = run(
        "Tide Agency\n\nThe Tide Agency is a news agency of Veldra. The Tide Agency also controls the Veldran"
        " Harbour Herald, which is co-owned by Harbour Media and Entertainment. The editor-in-chief of the Tide"
        " Agency until February 2015 was Ada Morn Lenz, who was later charged.\n"
    )
    one(cs, "Veldran Harbour Herald", "controlled_by", "Tide Agency")
    one(cs, "Veldran Harbour Herald", "controlled_by", "Harbour Media and Entertainment")
    none(cs, "Tide Agency", "controlled_by", "Harbour Media")
    c = one(cs, "Ada Morn Lenz", "leads", "Tide Agency")
    assert (c.title, c.end) == ("Editor-in-Chief", 2015)


def test_a_brand_named_in_one_word_is_a_front_under_its_institute_and_its_owner():
    _, cs = run(
        "News\n\nThe GRU is a service. However, the TideRos information agency is acting as a front for the GRU."
        " Two businesses are registered under the TideRos name. TideRos falls under one of these organizations:"
        " The Institute of the Veldran Diaspora. The Institute was founded by a man called Ada Morn Lenz, who also"
        " controls TideRos. Bo McAdam spoke.\n"
    )
    one(cs, "TideRos", "front_for", "GRU")
    one(cs, "TideRos", "subordinate_to", "Institute of the Veldran Diaspora")
    one(cs, "TideRos", "controlled_by", "Ada Morn Lenz")
    none(cs, "GRU", "overseen_by", "TideRos")
    none(cs, "GRU", "subordinate_to", "Institute of the Veldran Diaspora")


def test_the_person_before_an_appositive_naming_another_heads_the_body():
    text = (
        "Tide News\n\nBo Lin, a Politburo newcomer and a close ally of Veldran President Ada Morn, has been"
        " confirmed as head of the Tide Party's Tide Work Department, a signal.\n"
    )
    _, cs = run(text)
    one(cs, "Bo Lin", "leads", "Tide Work Department of the Tide Party")
    none(cs, "Ada Morn", "leads", "Tide Work Department of the Tide Party")


def test_a_holder_voted_in_as_a_post_and_the_next_holders_of_that_body_in_a_news_story():
    text = (
        " date 2031-07-24 By Cy Dunn\n\nTide Party President Al Bran has urged the Tide League to help the party"
        " win the election.\n\nNew leadership\n\nAda Morn, the deputy minister in the Presidency for Women, Youth, and"
        " Tides, was voted in as the new president of the Tide League beating Bo Lin, who was seeking re-election.\n\nEd Vale was elected as deputy president while Di Fox got the nod for secretary-general.\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide League").title == "President"
    assert one(cs, "Ed Vale", "leads", "Tide League").title == "Deputy President"
    none(cs, "Bo Lin", "leads", "Tide League")


def test_a_post_with_no_body_on_a_person_s_page_is_not_the_last_body_named():
    text = (
        "Ada Morn\n\nAda Morn, former director of the Tide Office, was appointed as president and Party chief of"
        " the Tide Agency on 3 May 2014. In 1990 she was promoted to Major General.\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Agency").title == "President"
    assert one(cs, "Ada Morn", "leads", "Tide Office").title == "Director"


def test_the_person_after_a_preposition_before_as_holds_no_post():
    text = (
        "Tide News\n\nMajor General Ada Morn took the constitutional oath before President Bo Lin as the new"
        " Director of the Tide Intelligence Directorate.\n"
    )
    _, cs = run(text)
    none(cs, "Bo Lin", "leads", "Tide Intelligence Directorate")


def test_a_headline_with_a_verb_of_appointment_under_breadcrumbs_is_no_page_s_name():
    text = (
        " date 2031-10-13 Home » Veldra Elects Ada Morn as Chairman of the Tide Federation of Unions\n"
        "Veldra Elects Ada Morn as Chairman of the Tide Federation of Unions\n\nUlton, October 12th – The 9th"
        " Executive Committee of the Tide Federation of Unions held its first plenary meeting. Ada Morn was elected"
        " chairman of the Tide Federation of Unions. Bo Lin, Cy Dunn and Di Fox were selected as secretaries of the"
        " Secretariat. But Ed Vale is viewed as an ally of Ada Morn.\n"
    )
    doc, cs = run(text)
    assert "Elects" not in doc.title, doc.title
    assert not [c for c in cs if "Elects" in c.subject + c.object], show(cs)
    one(cs, "Bo Lin", "leads", "Secretariat of the Tide Federation of Unions")
    assert not [c for c in cs if c.subject.startswith("But ")]


def test_a_party_s_organ_named_alone_after_a_phrase_is_the_party_s():
    text = (
        "Tide Party\n\nThe Tide Party (TP) is a party of Veldra. Ada Morn was elected a member of the Politburo."
        " Bo Lin, Cy Dunn and Di Fox were elected members of the Politburo. Ed Vale was elected head of the"
        " Secretariat.\n"
    )
    _, cs = run(text)
    for who in ("Ada Morn", "Bo Lin", "Cy Dunn", "Di Fox"):
        one(cs, who, "part_of", "Politburo of the Tide Party")
    one(cs, "Ed Vale", "leads", "Secretariat of the Tide Party")


def test_a_current_or_former_member_of_an_organ_sits_on_it():
    text = (
        "Tide Party\n\nThe Tide Party is a party of Veldra. Ada Morn is a current member of the Politburo Standing"
        " Committee, the top body of Veldra. Bo Lin is a former member of the Tide Council.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "part_of", "Politburo Standing Committee of the Tide Party")
    one(cs, "Bo Lin", "part_of", "Tide Council")


def test_a_style_with_a_full_stop_between_a_post_s_body_and_its_holder():
    text = "Tide News\n\nAda Morn met with Vice President of Veldra Public Diplomacy Association Mr. Bo Lin.\n"
    _, cs = run(text)
    assert one(cs, "Bo Lin", "leads", "Veldra Public Diplomacy Association").title == "Vice President", show(cs)
