"""Raw wikitext infoboxes with empty parameters and a Chinese-names template after them, and a lead
sentence that gives another name ("sometimes synonymous with") and a body the subject has
jurisdiction over. Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

RAW = """Tide Organization Commission
{{Infobox organization
| name = Tide Organization Commission
| native_name = {{lang|zh-Hans-CN|潮汐机构委员会}}
| predecessor =
| founder =
| extinction =
| formation = 1991
| location =
| coords =
| leader_title = Director
| leader_name = Ada Morwen
| parent_organization = Central Committee of the Tide Party
| formerly =
}}
{{Infobox Chinese
| s = 潮汐机构委员会
| t = 潮汐機構委員會
| p = Chaoxi Jigou Weiyuanhui
}}The Tide Organization Commission, sometimes synonymous with the State Commission for Sand Reform, is an \
agency of the Central Committee of the Tide Party with full jurisdiction also over the Council of Tides as well as \
lower bodies.
"""


def test_an_empty_template_parameter_takes_no_value_from_the_parameters_after_it():
    _, cs = run(RAW)
    assert not [c for c in cs if "=" in (c.object + c.value) or "{{" in (c.object + c.value)], show(cs)
    assert one(cs, "Ada Morwen", "leads", "Tide Organization Commission").title == "Director"
    assert one(cs, "Tide Organization Commission", "subordinate_to", "Central Committee of the Tide Party")


def test_a_language_template_and_a_chinese_templates_parameters_give_the_chinese_names():
    _, cs = run(RAW)
    names = {c.value for c in cs if c.relation == "name_zh"}
    assert names == {"潮汐机构委员会", "潮汐機構委員會"}, show(cs)


def test_sometimes_synonymous_with_gives_another_name_and_jurisdiction_over_a_body_oversees_it():
    _, cs = run(RAW)
    assert one(cs, "Tide Organization Commission", "alias", value="State Commission for Sand Reform")
    assert one(cs, "Council of Tides", "overseen_by", "Tide Organization Commission"), show(cs)
    assert not find(cs, "Tide Organization Commission", "controlled_by", "Council of Tides")


ONE_LINE = """Frente das Marés

Historicamente:
Esquerda |sede = Rua das Marés nº 10,
Bairro do Porto, Ulton, |internacional = Internacional das Marés |antecessor = |sucessor = |fusão = |website = http://www.mares.example/ |cores = Vermelho |notas = }} A Frente das Marés é um partido político de Veldra.
"""


def test_a_templates_parameters_run_together_on_one_line_are_read_one_by_one():
    d, cs = run(ONE_LINE)
    assert one(cs, "Frente das Marés", "affiliated_with", "Internacional das Marés"), show(cs)
    assert any(s.clean.startswith("A Frente das Marés é") for s in d.sentences)
