"""Lists of bodies: the heading's relation, lists nested under a bullet, "Country - Name (ABBR)"
items, and two phrases such pages use; a unit's line with no bullet under "... the following units:"
over the bullets of its parts. A list of holders: a monarch by name and land ("Faisal of Veldra
1959–1960"), a note glued to a name ("Ada Al Lind[who?] 1960"). A digit after a body's name in a bullet is a
note's mark ("Tide Bills Agency 2"), a unit's number ("Unit 8") no mark. Every document here is invented."""

from __future__ import annotations

import pytest
from claim_helpers import one, run, show

from orgnet.errors import VocabularyError
from orgnet.extract.words import entry_relation
from orgnet.read.list_items import country_item, intro_item, mend_spacing, without_article
from orgnet.vocabulary import check_text

PAGE = (
    "Tidewatch League\n\nFrom Wikipedia, the free encyclopedia\n\n"
    "The Tidewatch League is a maritime association based in Ulton.\n\n"
    "Subsidiaries and affiliated organizations[edit]\n\n"
    "  • Ulton Institute of Tides[6]\n"
    "  • Veldra Lawyers for Tides and Rights\n"
    "  • Coastal Pilots of Europe. Its member organizations are:[11]\n"
    "    • France - Le Syndicat des Pilotes (S.P.R.)\n\n"
    "    • Spain - L 'Associació dels Mariners ( A.D.M.)\n"
    "    • Germany - Die Vereinigung der Lotsen (VdL)\n"
    "    • Italy - Unione dei Piloti d 'Italia\n"
    "    • Ulton Pilots Guild\n"
    "    • Portugal - Vigias das Marés (MAREVIGIAS)\n"
    "  • Veldra Coastal Society[12]\n\n"
    "References[edit]\n"
)


def _ties(claims, relation):
    return {(c.subject, c.object) for c in claims if c.relation == relation}


def test_a_heading_that_names_an_affiliation_gives_affiliated_with_before_subsidiaries_or_organizations():
    assert entry_relation("Subsidiaries and affiliated organizations[edit]") == "affiliated_with"
    assert entry_relation("Associated organisations") == "affiliated_with"
    assert entry_relation("Subsidiaries") == "subordinate_to"
    assert entry_relation("Member organizations") == "part_of"
    _, claims = run(PAGE)
    assert _ties(claims, "affiliated_with") == {
        ("Ulton Institute of Tides", "Tidewatch League"),
        ("Veldra Lawyers for Tides and Rights", "Tidewatch League"),  # no body word: the heading says it is one
        ("Coastal Pilots of Europe", "Tidewatch League"),
        ("Veldra Coastal Society", "Tidewatch League"),
    }


def test_an_entry_section_word_that_an_earlier_word_holds_is_refused():
    text = "entry_sections:\n  part_of: [organization]\n  affiliated_with: [affiliated organization]\n"
    with pytest.raises(VocabularyError, match="can never match: 'organization' of part_of comes first"):
        check_text(text, "names")


def test_a_list_indented_under_a_bullet_that_opens_it_belongs_to_that_bullet():
    doc, claims = run(PAGE)
    members = _ties(claims, "part_of")
    assert members == {
        ("Syndicat des Pilotes", "Coastal Pilots of Europe"),
        ("Associació dels Mariners", "Coastal Pilots of Europe"),
        ("Vereinigung der Lotsen", "Coastal Pilots of Europe"),
        ("Unione dei Piloti d'Italia", "Coastal Pilots of Europe"),
        ("Ulton Pilots Guild", "Coastal Pilots of Europe"),
        ("Vigias das Marés", "Coastal Pilots of Europe"),
    }
    # no nested body is said to be tied to the page's subject
    assert not {s for s, o in _ties(claims, "affiliated_with")} & {s for s, _ in members}
    # each claim's evidence is the item as the page has it
    spain = next(c for c in claims if c.relation == "part_of" and c.subject == "Associació dels Mariners")
    assert spain.evidence == "Spain - L 'Associació dels Mariners ( A.D.M.)"
    assert doc.text[spain.char_start : spain.char_end] == spain.evidence


def test_a_name_without_a_body_word_is_a_body_only_under_a_heading_that_lists_bodies():
    text = "Tidewatch League\n\nThe Tidewatch League is a maritime association based in Ulton.\n\nHistory\n\n"
    text += "  • Veldra Lawyers for Tides and Rights\n"
    _, claims = run(text)
    assert not [c for c in claims if "Veldra Lawyers" in c.subject + c.object]


def test_a_run_of_country_items_right_after_an_opener_at_its_own_indentation_is_its_list():
    # a copy that lost the indentation; the first bullet of another shape ends the run
    text = (
        "Tidewatch League\n\nThe Tidewatch League is a maritime association based in Ulton.\n\n"
        "Affiliated organizations\n\n"
        "• Coastal Pilots of Europe. Its member organizations are:\n"
        "• France - Le Syndicat des Pilotes (S.P.R.)\n"
        "• Veldra Coastal Society\n"
        "• Italy - Unione dei Piloti d 'Italia\n"
    )
    _, claims = run(text)
    assert _ties(claims, "part_of") == {("Syndicat des Pilotes", "Coastal Pilots of Europe")}
    assert {s for s, _ in _ties(claims, "affiliated_with")} == {
        "Coastal Pilots of Europe",
        "Veldra Coastal Society",
        "Unione dei Piloti d'Italia",
    }


def test_the_opening_words_give_the_nested_bodies_relation():
    text = (
        "Harbour Council\n\nThe Harbour Council is a body of Veldra.\n\nStructure\n\n"
        "  • Board of Tides, whose partners are:\n    • Ulton Ferry Company\n"
        "  • Office of Ports, comprising:\n    • Dock Section\n    • Pier Section\n"
    )
    _, claims = run(text)
    assert ("Ulton Ferry Company", "Board of Tides") in _ties(claims, "partner_of")
    assert {("Dock Section", "Office of Ports"), ("Pier Section", "Office of Ports")} <= _ties(claims, "part_of")


def test_a_country_prefixed_item_is_a_body_without_its_country_and_article_with_its_abbreviation_as_alias():
    _, claims = run(PAGE)
    aliases = {(c.subject, c.value) for c in claims if c.relation == "alias"}
    assert {
        ("Syndicat des Pilotes", "Le Syndicat des Pilotes"),
        ("Syndicat des Pilotes", "S.P.R."),
        ("Associació dels Mariners", "L'Associació dels Mariners"),
        ("Associació dels Mariners", "A.D.M."),
        ("Vereinigung der Lotsen", "VdL"),
        ("Vigias das Marés", "MAREVIGIAS"),
    } <= aliases
    names = {c.subject for c in claims} | {c.object for c in claims}
    assert not any(n.startswith(("France", "Spain", "Germany", "Italy")) for n in names)


def test_list_item_helpers():
    assert intro_item("Tide Pilots. Its members include:[3]").intro == "Its members include"
    assert intro_item("Tide Pilots. It was founded in 1950.") is None
    assert intro_item("Tide Pilots. The weather was fine:") is None  # no words of a list of bodies
    ci = country_item("Spain - L 'Associació dels Mariners ( A.D.M.)")
    assert ci is not None and (ci.place, ci.name, ci.abbr) == ("Spain", "L 'Associació dels Mariners", "A.D.M.")
    assert country_item("Ruritania - Ulton branch") is None  # no country of the vocabulary
    assert country_item("France - Ligue des Marées (dissolved)") is None  # a gloss, not an abbreviation
    assert mend_spacing("Unione dei Piloti d 'Italia") == "Unione dei Piloti d'Italia"
    assert without_article("Die Vereinigung der Lotsen") == "Vereinigung der Lotsen"
    assert without_article("Delta Union") == "Delta Union"


def test_founded_as_a_front_and_under_the_umbrella_of():
    text = (
        "Tidewatch League\n\nThe Tidewatch League is a maritime association based in Ulton. "
        "It was founded as a Harbour Bureau front organization in 1946. "
        "The Coastal Society was set up as a Harbour Bureau front in 1950. "
        "The Veldra Pilots Association operates under the umbrella of the Ministry of Tides.\n"
    )
    _, claims = run(text)
    fronts = {(c.subject, c.object, c.start) for c in claims if c.relation == "front_for"}
    assert fronts == {("Tidewatch League", "Harbour Bureau", 1946), ("Coastal Society", "Harbour Bureau", 1950)}
    assert ("Veldra Pilots Association", "Ministry of Tides") in _ties(claims, "subordinate_to")


UNITS = """Ministry of Tides

The Ministry of Tides is a ministry of Veldra.
Organization
The ministry consists of the following units:
Division of Internal Tides
- General Tide Security
- General Directorate of Tide Defense
Division of Tide Residency
The Division of Tide Residency enforces tide laws.
List of Ministers
Bo bin Ada Al Lind (1951–1959)
Faisal of Norway 1959–1960
Cy bin Dan bin Eli Al Rask[who?] 1960
"""


def test_a_units_line_under_a_colon_over_bullets_is_a_unit_and_the_bullets_its_parts():
    _, cs = run(UNITS)
    one(cs, "Division of Internal Tides", "part_of", "Ministry of Tides")
    for part in ("General Tide Security", "General Directorate of Tide Defense"):
        one(cs, part, "part_of", "Division of Internal Tides")
    one(cs, "Division of Tide Residency", "part_of", "Ministry of Tides")  # right after the first unit's bullets


def test_a_monarch_and_a_name_with_a_note_glued_are_holders_in_a_list():
    _, cs = run(UNITS)
    assert one(cs, "Faisal of Norway", "leads", "Ministry of Tides").start == 1959, show(cs)
    assert one(cs, "Cy bin Dan bin Eli Al Rask", "leads", "Ministry of Tides").start == 1960, show(cs)


def test_a_digit_after_a_body_s_name_in_a_bullet_is_a_mark_not_part_of_the_name():
    text = (
        "Tide Ministry\n\nThe Tide Ministry is a ministry of Veldra.\n\nDepartmental Agencies\n"
        "- Tide Repair Organisation (TRO) 1\n- Tide Bills Agency 2\n- Tide Office Unit 8\n"
    )
    _, cs = run(text)
    one(cs, "Tide Bills Agency", "part_of", "Tide Ministry")
    one(cs, "Tide Repair Organisation", "part_of", "Tide Ministry")
    one(cs, "Tide Office Unit 8", "part_of", "Tide Ministry")  # (a unit's number stays)
    assert not [c for c in cs if c.subject.endswith(" 2")]
