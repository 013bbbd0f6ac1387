"""A structure section printed as a definition list whose colons were lost ("- 1st Main
Directorateforeign intelligence. Succeeded by the X."), and an infobox's native name written in a
script other than Chinese. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet
from orgnet.extract import Claim
from orgnet.read.model import Document


def run(text: str) -> tuple[Document, list[Claim]]:
    """The claims of ``text``, each one's offsets checked to count characters of the file: the
    file's slice is the evidence but for the dash the reader put between a term and its definition."""
    doc = orgnet.parse_text(text, "t.txt")
    claims = orgnet.extract_claims(doc)
    for c in claims:
        assert "".join(doc.raw[c.char_start : c.char_end].split()) == "".join(c.evidence.split(" – ")).replace(
            " ", ""
        ).replace("\n", ""), c
    return doc, claims


STRUCTURE = """= Tide Security Committee (Veldra) =

Infobox
- Agency Name: Tide Security Committee
- Nativename: Тидова сигурност (Tidova Sigurnost)
- Formed: 1925
- Headquarters: Ulton

The Tide Security Committee was the secret service of Veldra during the Cold War.

==Structure==
- 1st Main Directorateforeign intelligence. Succeeded by the Tide Intelligence Service in 1990.
- 2nd Main Directoratecounterintelligence. Succeeded by the Tide Security Service.
- 3rd Directoratemilitary counterintelligence
- 6th Directoratepolitical police. It had the following departments:
  - 1st Departmentworked among the writers
  - 2nd Departmentworked in the universities
"""


def test_a_units_name_glued_to_its_definition_is_parted_and_the_unit_is_part_of_the_body():
    _, cs = run(STRUCTURE)
    for unit in ("1st Main Directorate", "2nd Main Directorate", "3rd Directorate", "6th Directorate"):
        assert one(cs, unit, "part_of", "Tide Security Committee"), show(cs)
    assert one(cs, "1st Department", "part_of", "6th Directorate")


def test_what_succeeded_a_unit_succeeded_the_unit_not_the_body():
    _, cs = run(STRUCTURE)
    assert one(cs, "1st Main Directorate", "absorbed_into", "Tide Intelligence Service").start == 1990
    assert one(cs, "2nd Main Directorate", "absorbed_into", "Tide Security Service")
    assert not find(cs, "Tide Security Committee", "absorbed_into", "Tide Intelligence Service"), show(cs)


def test_a_parted_units_evidence_is_the_files_own_text():
    d, cs = run(STRUCTURE)
    c = one(cs, "3rd Directorate", "part_of", "Tide Security Committee")
    assert "Directoratemilitary" in d.raw and "3rd Directorate" in c.evidence


def test_a_native_name_in_cyrillic_is_an_alias_not_a_chinese_name():
    _, cs = run(STRUCTURE)
    assert one(cs, "Tide Security Committee", "alias", value="Тидова сигурност")
    assert one(cs, "Tide Security Committee", "alias", value="Tidova Sigurnost")
    assert not [c for c in cs if c.relation == "name_zh"], show(cs)


def test_a_native_name_in_chinese_characters_stays_the_chinese_name():
    _, cs = run(STRUCTURE.replace("Тидова сигурност (Tidova Sigurnost)", "潮汐安全委员会"))
    assert one(cs, "Tide Security Committee", "name_zh", value="潮汐安全委员会")


def test_words_that_begin_with_a_bodys_word_are_not_parted():
    text = "= Tide Office =\n\n- Departmental offices of the Tide Office\n- Formerly: Frontier Office\n- Officers of Ulton\n"
    d, _ = run(text)
    assert "Frontier" in d.text and "Departmental" in d.text and "Officers" in d.text
