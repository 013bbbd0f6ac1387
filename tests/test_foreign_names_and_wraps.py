"""Names in other languages, sentences wrapped once, and lists glued to the heading after them.

Each test runs the extractor on a short invented document (fictional bodies, people and places)
and checks one general rule met on old encyclopedia copies: a name joined by a preposition of
its own language ("Landesamt für Gezeiten"), a sentence hard-wrapped over two lines, a defining
sentence whose kind follows an owner's possessive, an abbreviation followed by the name translated
in quotes, "has its headquarters in", and a list of presidents whose years are glued to the names.
"""

from __future__ import annotations

from claim_helpers import one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet import parse_text
from orgnet.extract.mentions import find_mentions

OFFICE = "Landesamt für Gezeiten"
TIDES = "State Tide Office"  # (an English name where the rule under test is not about names)


# ----------------------------------------------------------------------------- names


def test_a_preposition_of_another_language_joins_a_name():
    text = "The Landesamt für Gezeiten and the Agence pour la Marée met in Ulton.\n"
    names = [m.name for m in find_mentions(text, text, 0, len(text))]
    assert OFFICE in names and "Agence pour la Marée" in names, names


def test_a_title_joined_by_a_preposition_of_its_language_is_the_page_s_subject():
    d, cs = run(f"{OFFICE}\n\nThe {OFFICE} is the tide agency of Veldra. It was founded in 1950.\n")
    assert d.title == OFFICE
    one(cs, OFFICE, "founded")


def test_an_abbreviation_then_the_name_translated_in_quotes():
    # no title line: the lead defines the subject, its abbreviation spelt by the name's words
    _, cs = run(
        f'The {OFFICE} (LfG, "State Office for Tides" [ [http://lfg.example/en State Office for Tides] ] ) '
        "is the tide agency of Veldra.\nIt has its headquarters in Marlow.\n"
    )
    one(cs, OFFICE, "alias", value="LfG")
    one(cs, OFFICE, "headquartered_in", "Marlow")
    _, cs = run(f'{OFFICE}\n\nThe {OFFICE} (LfG, "State Office for Tides") is the tide agency of Veldra.\n')
    one(cs, OFFICE, "alias", value="State Office for Tides")


def test_a_quoted_phrase_that_is_no_name_is_no_alias():
    _, cs = run(f'{OFFICE}\n\nThe {OFFICE} (LfG, "we watch the sea") is the tide agency of Veldra.\n')
    assert not [c for c in cs if c.relation == "alias" and "watch" in (c.value or "")], show(cs)


def test_the_kind_after_an_owner_s_possessive():
    _, cs = run(f"{TIDES}\n\nThe {TIDES} (STO) is the Republic of Veldra's domestic tide agency.\n")
    one(cs, TIDES, "type", value="domestic tide agency")
    assert not [c for c in cs if c.relation == "type" and c.value == "Republic"], show(cs)


# ----------------------------------------------------------------------------- wrapped lines


def test_a_sentence_wrapped_once_is_read_whole():
    _, cs = run(
        f"{TIDES}\n\nThe {TIDES} is the Republic of Veldra's domestic\ntide agency. Its task is watching.\n"
        f'The "{TIDES}" with its headquarters at\nMarlow , is a state institution under the control of '
        "the Ministry of Harbours.\n"
    )
    one(cs, TIDES, "type", value="domestic tide agency")
    one(cs, TIDES, "headquartered_in", "Marlow")
    one(cs, TIDES, "controlled_by", "Ministry of Harbours")


def test_an_infobox_line_is_not_wrapped_into_the_next():
    # a key, a name ending the line, and a next line opening in capitals: two fields, no sentence
    d = parse_text(
        "Ada Morn\n\nPolitical party Tide Party of the Republic of Veldra\n"
        "Spouse(s) Bo Morn (m. 1940s–1984; her death)\nChildren Cy Morn\n",
        "x.txt",
    )
    assert "Veldra\nSpouse" in d.clean


def test_has_its_headquarters_in():
    _, cs = run(f"{TIDES}\n\nThe {TIDES} has its headquarters in Marlow. It maintains its head office at Port Selva.\n")
    one(cs, TIDES, "headquartered_in", "Marlow")
    one(cs, TIDES, "headquartered_in", "Port Selva")


# ----------------------------------------------------------------------------- glued lists


def test_presidents_with_years_glued_to_names_and_a_heading_glued_to_the_last():
    _, cs = run(
        f"{TIDES}\n\nThe {TIDES} (STO) is the tide agency of Veldra.\nPresidents\n"
        "*1950 - 1954\nOtto Brandl\n*1954 - 1972Ülo Kettner\n*1972 - 1980Hanne Vogt\n"
        "*since 1980Jens Aalto Duties and powers\nThe main task of the office is to watch the tides.\n"
    )
    for name, a, b in (("Otto Brandl", 1950, 1954), ("Ülo Kettner", 1954, 1972), ("Hanne Vogt", 1972, 1980)):
        c = one(cs, name, "leads", TIDES)
        assert (c.start, c.end, c.title) == (a, b, "President"), show(cs)
    c = one(cs, "Jens Aalto", "leads", TIDES)
    assert c.start == 1980
    assert not [c for c in cs if "Duties" in (c.subject or "")], show(cs)
