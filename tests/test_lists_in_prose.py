"""Rules a held-out set of real pages showed missing, each general (news of delegations that list
people with their posts, a class of bodies and its members in one sentence, a founding "at the
initiative of", a body called "an NGO", "The members of the X are A, B and C" with each item's post
or task after a dash): each test runs the reader and extractor on a short invented document and
checks one rule, and where a rule could over-reach, that it does not.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)


def test_a_delegation_list_gives_each_person_the_posts_written_with_them():
    _, cs = run(
        "Tide news\n\n"
        "The delegation includes Ada Morn, member of the Secretariat of the Tide Council and head of the "
        "Harbour Department; Bo Lin, head of the Pilots Department. Also present were the rector of the "
        "Higher School of Tides, Cy Lo; and the head of the Ulton Office, Dan Roe.\n"
    )
    one(cs, "Ada Morn", "part_of", "Secretariat of the Tide Council")
    assert one(cs, "Ada Morn", "leads", "Harbour Department").title == "Head"  # a seat, then "and head of"
    one(cs, "Bo Lin", "leads", "Pilots Department")
    assert one(cs, "Cy Lo", "leads", "Higher School of Tides").title == "Rector"
    one(cs, "Dan Roe", "leads", "Ulton Office")
    # "the head of Y, Dan Roe" is Dan Roe's post, not the person's of the post before
    none(cs, "Cy Lo", "leads", "Ulton Office")


def test_a_post_that_goes_on_after_and_is_still_the_person_of_the_claim_before():
    _, cs = run("Tide news\n\nAda Morn was elected president of the Tide Council and chairman of the Harbour Board.\n")
    one(cs, "Ada Morn", "leads", "Tide Council")
    one(cs, "Ada Morn", "leads", "Harbour Board")


def test_a_class_of_bodies_and_its_members_in_one_sentence():
    _, cs = run(
        "Tide League\n\nThe Tide League was one of several fronts of Ruritania. Other fronts launched in those "
        "years included the Harbour Peace Council, World Federation of Tide Workers, and International Union "
        "of Pilots. The ministry oversees agencies such as the Harbour Bureau and the Tide Office, and Ada Morn.\n"
    )
    types = {(c.subject, c.value) for c in cs if c.relation == "type"}
    assert {
        ("Harbour Peace Council", "front"),
        ("World Federation of Tide Workers", "front"),
        ("International Union of Pilots", "front"),
        ("Harbour Bureau", "agency"),
        ("Tide Office", "agency"),
    } <= types, show(cs)
    assert not [t for t in types if t[0] == "Ada Morn"], show(cs)  # the list ends at a person
    _, cs = run("Tide news\n\nOther members included Ada Morn and Bo Lin.\n")
    assert not [c for c in cs if c.relation == "type"], show(cs)  # "members" is no class of bodies


def test_founded_at_the_initiative_of_a_body_or_a_person():
    _, cs = run(
        "Tide Federation\n\nThe Tide Federation was founded at a conference in Veldra held in 1950 at the "
        "initiative of the Harbour Association of Ulton. The Ulton Tide League was set up in 1961 on the "
        "initiative of Ada Morn.\n"
    )
    assert one(cs, "Tide Federation", "established_by", "Harbour Association of Ulton").start == 1950
    one(cs, "Ulton Tide League", "established_by", "Ada Morn")


def test_an_ngo_is_no_body_s_name():
    _, cs = run("Tide Federation\n\nThe Tide Federation is an NGO in official partnership with the Harbour Council.\n")
    one(cs, "Tide Federation", "partner_of", "Harbour Council")
    assert not [c for c in cs if "NGO" in (c.subject, c.object)], show(cs)


def test_a_service_that_infiltrated_or_spied_on_a_body_targets_it():
    _, cs = run(
        "Tide Office\n\nThe Tide Office infiltrated the Harbour Workers Union in Ulton. The Tide Office spied on "
        "the Ulton Pilots Union. In 1990 the Tide Office penetrated the Harbour Council.\n"
    )
    one(cs, "Tide Office", "targets", "Harbour Workers Union")
    one(cs, "Tide Office", "targets", "Ulton Pilots Union")
    assert one(cs, "Tide Office", "targets", "Harbour Council").start == 1990
    _, cs = run("Tide Office\n\nThe Harbour Council was infiltrated by the Tide Office.\n")
    none(cs, "Harbour Council", "targets", "Tide Office")  # the passive says the other way round


def test_an_initiative_of_something_unnamed_names_no_founder():
    _, cs = run(
        "Tide League\n\nThe Tide League was established on the initiative of a Tide League campaign held in 1949.\n"
    )
    assert not [c for c in cs if c.relation == "established_by"], show(cs)


def test_members_of_a_named_body_are_listed_after_are():
    # "The members of the X are A, B and C"; the items may give each one's post or task after a dash
    for sentence in (
        "The members of the Sea Council are Eve Su, Fay Wu and Gus Ho.",
        "Other members of the Sea Council are: - Eve Su – Deputy Chair, Fay Wu – Treasurer, Gus Ho – work with volunteers.",
    ):
        _, cs = run(f"Tide news\n\nThe Sea Council met on Friday. {sentence}\n")
        for name in ("Eve Su", "Fay Wu", "Gus Ho"):
            one(cs, name, "part_of", "Sea Council")
    _, cs = run("Tide news\n\nThe members of the Sea Council are elected every year.\n")
    assert not [c for c in cs if c.relation == "part_of"], show(cs)
