"""Rules of the prose of profile and "about us" pages, each on a short invented document.

A body that "is the parent body of" (or "for two agencies:") others has them under it, not it under
them; a person who "was a member of" a body is part of it (a person right before the phrase, not one
named inside an aside: "X, founded by Y is a member of Z"); a body that "performs the oversight of" (or
"exercises judicial oversight over") another oversees it, and one "under supervision of" another is
overseen by it, with or without "the"; a body "housed at" or "administered under" a ministry is placed
under it, and one "moved out of" a ministry "to" another is placed under the second; a ministry of
several portfolios ("Ministry of Tides, Ports and Sand") is one name; a body "founded by Sand Guard
commander Bo Lin" was founded by the person, who heads the Sand Guard; a wiki's namespace glued to a
page's title ("Organization:Tide Security Establishment") is no part of the body's name. A person who
"served as deputy chief" with no body after the post leads the page's body (not "chief of staff to", not
"the president's adviser"). "The head of the X (XC) in Veldra, Ivo Lenz, said": a place after the body
does not keep the person from the post. A line that is a sentence without its full stop, saying who
someone is ("The Director of the League is Ada Morn"), is read as a sentence. A "System" (Sistema,
Système) names a body ("the Tide System of Veldra", a state's intelligence system), so its executive leads it.
A paper that "is the official newspaper of" a body is published by it; a body that "was one of dozens of
front organizations launched by" another is its front; a body that "holds a wide portfolio of brands,
including" others controls them (a site's name with its domain, "Tidenet.vd", one name), and one that "is the
owner of" another controls it (a state not named, "The Veldran state is the owner", gives no owner).
Bodies "transferred from" a ministry "to the newly-established" body are under it, and the hyphenated
"newly-established" founds nothing; a body "designed by" a general was founded by him.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text


def page(*sentences: str) -> str:
    return "Tide League\n\nThe Tide League is an association of Veldra.\n\n" + " ".join(sentences) + "\n"


def test_a_parent_body_has_the_bodies_it_names_under_it():
    _, cs = run(page("The League is the parent body of the Harbour Tide Service and the Coastal Tide Service."))
    one(cs, "Harbour Tide Service", "subordinate_to", "Tide League")
    one(cs, "Coastal Tide Service", "subordinate_to", "Tide League")
    none(cs, "Tide League", "subordinate_to", "Harbour Tide Service")
    _, cs = run(
        page("It is the parent body for two agencies: the Sea Tide Service (STS) and the Sand Tide Service (SaTS).")
    )
    one(cs, "Sea Tide Service", "subordinate_to", "Tide League")
    one(cs, "Sand Tide Service", "subordinate_to", "Tide League")


def test_a_person_who_was_a_member_of_a_body_is_part_of_it():
    _, cs = run(page("Ada Morn was a member of the State Assembly of Veldra from 2003 to 2007."))
    c = one(cs, "Ada Morn", "part_of", "State Assembly of Veldra")
    assert (c.start, c.end) == (2003, 2007)
    _, cs = run(page("The Wave Fund, founded by Bo Lin is a member of the Sand Front."))
    one(cs, "Wave Fund", "part_of", "Sand Front")
    none(cs, "Bo Lin", "part_of", "Sand Front")  # the founder, named inside the aside


def test_oversight_performed_or_under_supervision():
    _, cs = run(page("The Prosecutor's Office performs the oversight of the League's conduct of operations."))
    one(cs, "Tide League", "overseen_by", "Prosecutor's Office")
    _, cs = run(page("The Sand Court exercises judicial oversight over the Wave Service."))
    one(cs, "Wave Service", "overseen_by", "Sand Court")
    _, cs = run(page("The League shall be the state institution under supervision of the Cabinet of Ministers."))
    one(cs, "Tide League", "overseen_by", "Cabinet of Ministers")


def test_a_body_housed_at_or_moved_between_ministries():
    _, cs = run(page("It was initially housed at the Ministry of Tides, Ports and Sand."))
    one(cs, "Tide League", "subordinate_to", "Ministry of Tides, Ports and Sand")
    none(cs, "Tide League", "subordinate_to", "Ports")
    _, cs = run(page("The League is housed in the Old Sand Building."))
    assert not [c for c in cs if c.relation == "subordinate_to"]
    _, cs = run(
        page(
            "It was subsequently moved out of the Ministry of Tides, Ports and Sand together with the Directorate"
            " of Sand Crime and Economic Fraud of Veldra to the Ministry of State Affairs."
        )
    )
    one(cs, "Tide League", "subordinate_to", "Ministry of State Affairs")
    _, cs = run(
        page("Formally administered under the Department of Coastal Defence (DCD), the League is now separate.")
    )
    one(cs, "Tide League", "subordinate_to", "Department of Coastal Defence")


def test_a_body_founded_by_another_body_s_head_was_founded_by_the_person():
    _, cs = run(page("The League was founded on 30 June 2012 by Sand Guard commander Bo Lin."))
    one(cs, "Tide League", "established_by", "Bo Lin")
    none(cs, "Tide League", "established_by", "Sand Guard")
    one(cs, "Bo Lin", "leads", "Sand Guard")
    _, cs = run(page("The League was founded on 30 June 2012 by Sand Guard (SG) commander Bo Lin."))
    one(cs, "Tide League", "established_by", "Bo Lin")
    _, cs = run(page("The League was founded in 2012 by the Sand Guard."))
    one(cs, "Tide League", "established_by", "Sand Guard")


def test_a_wiki_namespace_before_the_title_is_no_part_of_the_name():
    doc = parse_text(
        "Organization:Tide Security Establishment\n\nThe Tide Security Establishment is an agency.\n", "t.txt"
    )
    assert doc.title == "Tide Security Establishment"


def test_a_head_s_post_served_with_no_body_after_it_is_the_page_s():
    _, cs = run(page("Bo Lin served as deputy chief for nearly ten years."))
    assert one(cs, "Bo Lin", "leads", "Tide League").title == "Deputy Chief"
    for other in ("Bo Lin served as chief of staff to the president.", "Bo Lin served as the president's adviser."):
        _, cs = run(page(other))
        none(cs, "Bo Lin", "leads", "Tide League")


def test_the_head_of_a_body_in_a_place_then_the_person():
    _, cs = run(page("The head of the Presidential Sea Council (PSC) in Veldra, Ivo Lenz, issued a resolution."))
    one(cs, "Ivo Lenz", "leads", "Presidential Sea Council")
    _, cs = run(page("The head of the Sea Council in Ulton, Veldra, said so."))  # a place, no person
    assert not [c for c in cs if c.relation == "leads"]


def test_a_sentence_without_its_full_stop_saying_who_someone_is():
    text = (
        page("The Director of the League is appointed by the President.")
        + "\nThe Director of the League is Ada Morn\n\nIt has ten centres.\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tide League")


def test_a_system_is_a_body():
    # "the Tide System of Veldra" coordinates services: a body, whose executive leads it
    _, cs = run(
        "Tide System\n\n- Agency executive: Ada Morn, Director\n\nThe Tide System of Veldra (TSV) coordinates the tide services.\n"
    )
    one(cs, "Ada Morn", "leads", "Tide System")


def test_a_paper_a_front_and_a_media_group_s_brands():
    _, cs = run("Tidepress\n\nTidepress is the official newspaper of the Central Committee of the Harbour Party.\n")
    one(cs, "Central Committee of the Harbour Party", "publishes", "Tidepress")
    _, cs = run(page("It was one of dozens of front organizations launched by the Harbour Union."))
    one(cs, "Tide League", "front_for", "Harbour Union")
    _, cs = run(page("Tide Segodnya holds a wide portfolio of brands, including Wave News, Sand Radio and Tidenet.vd."))
    for brand in ("Wave News", "Sand Radio", "Tidenet.vd"):
        one(cs, brand, "controlled_by", "Tide Segodnya")
    _, cs = run(page("The Sand Bank is the owner of the Wave Group."))
    one(cs, "Wave Group", "controlled_by", "Sand Bank")
    _, cs = run(page("The Veldran state is the owner of the Wave Group."))
    none(cs, "Wave Group", "controlled_by", "Tide League")


def test_bodies_transferred_to_a_newly_established_body_are_under_it():
    _, cs = run(
        page(
            "In 2017 the king transferred from the Ministry of Tides the Sand Directorate, the Wave Forces and the"
            " Tide Centre to the newly-established the Presidency for Tide Security."
        )
    )
    for unit in ("Sand Directorate", "Wave Forces", "Tide Centre"):
        one(cs, unit, "subordinate_to", "Presidency for Tide Security")
    # "newly-established the Presidency" founds nothing: the units did not establish it
    assert not [c for c in cs if c.relation == "established_by"], [(c.subject, c.object) for c in cs]
    _, cs = run(page("The Harbour Service was designed by General Ada Morn, who became its first chief."))
    one(cs, "Harbour Service", "established_by", "Ada Morn")


def test_placed_at_the_head_of_and_a_brainchild():
    _, cs = run(
        "Veldra news\n\nAda Morn was placed at the head of the Tide Directorate in 2005. "
        "The Sand Office was the brainchild of Ivo Lenz.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Directorate").start == 2005, show(cs)
    one(cs, "Sand Office", "established_by", "Ivo Lenz")
    assert not [c for c in cs if c.relation == "type" and c.value == "brainchild"], show(cs)
    _, cs = run("Nouvelles\n\nLe Roi a nommé Ada Morn à la tête de la Tide Directorate, en remplacement de Bo Lin.\n")
    one(cs, "Ada Morn", "leads", "Tide Directorate")


def test_monitored_by_an_oversight_committee_not_by_the_police():
    _, cs = run(
        "Tide Security Service\n\nThe Tide Security Service is a police service of Veldra. The agency is monitored "
        "by the Veldran Parliamentary Intelligence Oversight Committee, after the debate of 1996.\n"
    )
    one(cs, "Tide Security Service", "overseen_by", "Veldran Parliamentary Intelligence Oversight Committee")
    _, cs = run("Sand League\n\nThe Sand League is a society of Veldra. The league is monitored by the Tide Police.\n")
    assert not [c for c in cs if c.relation == "overseen_by"], show(cs)


def test_created_by_an_act_of_a_legislature():
    _, cs = run("Tide Fund\n\nThe Tide Fund was established by an act of the Veldran Parliament in 1983.\n")
    one(cs, "Tide Fund", "established_by", "Veldran Parliament")
    _, cs = run("Tide Fund\n\nThe Tide Fund is a corporation created by an Act of Congress in 1983.\n")
    assert not [c for c in cs if c.object == "Act of Congress"], show(cs)
