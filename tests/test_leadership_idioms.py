"""Common English idioms of holding, taking and leaving a post, each on a short invented document.

A post of "the agency's" (a possessive anaphor the sentences before have taken for a body): "Y became the
agency's first director-general", "The agency's current head, Y, took over", "Y, the agency's longtime chief,
died". Taking and holding: "Y took over the agency", "Y, who ran the agency from 1970 to 1975", "Y ran the
Harbour Network" (a person; a body that runs one is no leader), "Y assumed the post of director of X", "Y was
promoted to deputy director of X", "Y has been in charge of the agency since 2023", "Y was at the helm of X
until 1985". Leaving: "Y was dismissed as chief of X in 2013", "Y retired as director of X in 2014" date
the end of the term, not its start. A news story with no title line is about the body it names most,
"the 26th Tide Youth League" and "New Tide Youth League president" naming it too. Posts and holders
parted by colons in a sentence ("President: Ada Morn, Deputy President: Bo Lin").
"""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

AGENCY = "Tide Intelligence Agency"


def page(*sentences: str) -> str:
    return f"{AGENCY}\n\nThe {AGENCY} (TIA) is the intelligence agency of Veldra. " + " ".join(sentences) + "\n"


def test_a_post_of_the_agency_s_after_the_page_calls_itself_an_agency():
    for sentence, title, start in (
        ("Ada Morn became the agency's first director-general in 1990.", "Director-General", 1990),
        ("The agency's current head, Ada Morn, took over in 2024.", "Head", 2024),
        ("Ada Morn, the agency's longtime chief, died in 2022.", "Chief", None),
    ):
        _, cs = run(page(sentence))
        c = one(cs, "Ada Morn", "leads", AGENCY)
        assert (c.title, c.start) == (title, start), (sentence, show(cs))


def test_a_post_of_a_body_the_page_has_not_named_is_no_one_s():
    # "the ministry's": no ministry is named before, and the page is an agency's
    _, cs = run(page("Ada Morn became the ministry's first director in 1990."))
    assert not find(cs, "Ada Morn", "leads"), show(cs)


def test_taking_over_or_running_the_page_s_body():
    _, cs = run(page("In 2018, Ada Morn took over the agency from Bo Lin."))
    assert one(cs, "Ada Morn", "leads", AGENCY).start == 2018, show(cs)
    _, cs = run(page("Bo Lin, who ran the agency from 1970 to 1975, wrote a memoir."))
    c = one(cs, "Bo Lin", "leads", AGENCY)
    assert (c.start, c.end) == (1970, 1975), show(cs)


def test_a_person_who_runs_a_named_body_leads_it_a_body_does_not():
    _, cs = run(page("Ada Morn ran the Harbour Network until 1990."))
    assert one(cs, "Ada Morn", "leads", "Harbour Network").end == 1990, show(cs)
    _, cs = run(page("The Interior Ministry ran the Harbour Network until 1990."))
    assert not find(cs, "Interior Ministry", "leads"), show(cs)


def test_assumed_the_post_of_and_promoted_to():
    _, cs = run(page("Ada Morn assumed the post of director of the TIA in 2009."))
    c = one(cs, "Ada Morn", "leads", AGENCY)
    assert (c.title, c.start) == ("Director", 2009), show(cs)
    _, cs = run(page("Bo Lin was promoted to deputy director of the TIA in 2023."))
    c = one(cs, "Bo Lin", "leads", AGENCY)
    assert (c.title, c.start) == ("Deputy Director", 2023), show(cs)


def test_in_charge_of_and_at_the_helm_of():
    _, cs = run(page("Ada Morn has been in charge of the agency since 2023."))
    assert one(cs, "Ada Morn", "leads", AGENCY).start == 2023, show(cs)
    _, cs = run(page("Bo Lin was at the helm of the TIA until 1985."))
    c = one(cs, "Bo Lin", "leads", AGENCY)
    assert (c.start, c.end) == (None, 1985), show(cs)


def test_dismissed_or_retired_as_the_post_ends_the_term():
    for sentence in (
        "Ada Morn was dismissed as chief of the TIA in 2013.",
        "Ada Morn retired as director of the TIA in 2013.",
    ):
        _, cs = run(page(sentence))
        c = one(cs, "Ada Morn", "leads", AGENCY)
        assert (c.start, c.end) == (None, 2013), (sentence, show(cs))


def test_a_news_story_s_body_named_with_an_ordinal_or_new_is_its_subject():
    # no title line: the body the story names most is its subject, "the 26th Tide Youth League" and
    # "New Tide Youth League president" naming it too; "was elected secretary-general" is then its post
    _, cs = run(
        "Tide Youth League elects new leadership after eight years\n\n"
        "The new top six of the 26th Tide Youth League were named on Saturday.\n\n"
        "New Tide Youth League president Ada Morn was elected unopposed at the Ulton Expo Centre.\n\n"
        "Bo Lin was elected deputy president of the Tide Youth League.\n\nCy Lo was elected secretary-general.\n"
    )
    assert one(cs, "Cy Lo", "leads", "Tide Youth League").title == "Secretary-General", show(cs)


def test_posts_and_holders_parted_by_colons_in_a_sentence():
    _, cs = run(page("The new leaders of the agency: President: Ada Morn, Deputy President: Bo Lin, Secretary: Cy Lo."))
    got = {(c.subject, c.title) for c in cs if c.relation == "leads"}
    assert got == {("Ada Morn", "President"), ("Bo Lin", "Deputy President"), ("Cy Lo", "Secretary")}, show(cs)


def test_promoted_to_a_rank_is_no_post():
    # "promoted to the rank of general": a military rank, not a post of the page's body
    _, cs = run(
        "Tide Agency\n\nThe Tide Agency (TA) is the intelligence service of Veldra.\n\n"
        "Ada Morn was promoted to the rank of general in 1994. Bo Lin was promoted to director in 1984.\n"
    )
    assert not find(cs, "Ada Morn", "leads"), show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Agency").title == "Director", show(cs)
