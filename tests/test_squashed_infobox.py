"""An infobox flattened by a mirror into long lines, keys run together with their values or
glued to the value before them (orgnet/read/squashed.py): each field is read as on a line of
its own. The page is invented."""

from __future__ import annotations

from claim_helpers import one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

import orgnet

PAGE = """- Harbour Security Department
-
Harbour Security Department Badge of the Harbour Security Department. Motto Tide, Sea Loyalty Agency overview Formed 18 July, 1960 Preceding agency Old Tide Intelligence Office Dissolved 31 October 2011 Superseding agency National Tide Directorate, NTD Employees 6,800[1] Annual budget VL$263,000
(est. 2010)[2]Legal personality Governmental: Government agency Jurisdictional structure National agency Veldra Overviewed by Tide Inspectorate of Veldra
Sea Audit Board of VeldraHeadquarters Cra 28 No. 17 (Quay)
Ulton, Veldra
4°36′54″N 74°5′14″W / 4.615°N 74.08722°WAgency executives - Ada Morn Lind, Director
- Bo Tallow Wren, Deputy Director
Child agencies - Academy of Tidal Intelligence
- Harbour Rotating Fund of the Department
Notables Programme Website hsd.gov.vl The Harbour Security Department (Veldran: Departamento de Mareas, HSD) was the security service of Veldra. It was dissolved on 31 October 2011.
"""

HSD = "Harbour Security Department"


def test_fields_run_together_are_read_one_by_one():
    d = orgnet.parse_text(PAGE, "t.txt")
    fields = {f.key: [v.text for v in f.values] for f in d.fields}
    assert fields["Formed"] == ["18 July, 1960"], fields
    assert fields["Preceding agency"] == ["Old Tide Intelligence Office"], fields
    assert fields["Dissolved"] == ["31 October 2011"], fields
    assert fields["Child agencies"] == ["Academy of Tidal Intelligence", "Harbour Rotating Fund of the Department"]
    assert any(s.text.startswith("The Harbour Security Department (Veldran") for s in d.sentences)


def test_claims_of_a_squashed_infobox():
    _, cs = run(PAGE)
    one(cs, "Old Tide Intelligence Office", "absorbed_into", HSD)
    one(cs, HSD, "absorbed_into", "National Tide Directorate")
    one(cs, HSD, "overseen_by", "Tide Inspectorate of Veldra")
    one(cs, HSD, "headquartered_in", "Ulton")
    assert one(cs, "Ada Morn Lind", "leads", HSD).title == "Director"
    assert one(cs, "Bo Tallow Wren", "leads", HSD).title == "Deputy Director"
    one(cs, "Academy of Tidal Intelligence", "subordinate_to", HSD)
    one(cs, "Harbour Rotating Fund of the Department", "subordinate_to", HSD)
    assert not [c for c in cs if c.subject == "Notables Programme"], show(cs)


def test_prose_with_few_key_words_is_not_cut():
    d = orgnet.parse_text(
        "Harbour Office\n\nThe Harbour Office was Formed 1960 by the Regent and Dissolved 2011 by the council.\n",
        "t.txt",
    )
    assert not d.fields
    assert len(d.sentences) == 1


def test_an_address_ending_in_a_comma_does_not_take_a_template_line_in_a_one_value_field():
    d = orgnet.parse_text(
        "Tide Service\n{{Infobox government agency\n|agency_name = Tide Service\n|headquarters =Quayside, Ulton,\n"
        "{{flag|Veldra}}\n|employees = Classified\n}}\n",
        "t.txt",
    )
    hq = [f for f in d.fields if f.role == "headquarters"]
    assert [v.text for v in hq[0].values] == ["Quayside, Ulton,"], hq
