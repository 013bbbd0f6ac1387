"""The vocabulary is checked when it is loaded: a broken file gives a VocabularyError that names
the file, the line, the entry and the problem.

Every broken vocabulary here is invented; the package's own files are only read.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from orgnet import vocab_checks, vocabulary
from orgnet.errors import OrgnetError, VocabularyError
from orgnet.vocabulary import check_file, check_text

NAMES = ("relations", "kinds", "fields", "phrases", "names", "hedges")
PACKAGE_VOCAB = Path(str(resources.files("orgnet.vocab")))

# the text entries phrases.yaml must have besides its phrases (each a pattern), and its word list
PHRASES_TAIL = "".join(f"{key}: 'x'\n" for key in vocab_checks._PHRASE_TEXTS) + "continues_words: [since]\n"
KINDS_HEAD = "default_kind: person\nname_rules: []\ndescription_rules: []\nkinds:\n"


def error(name: str, text: str, **kw) -> str:
    """The message of the VocabularyError that checking `text` as vocabulary file `name` raises."""
    with pytest.raises(VocabularyError) as info:
        check_text(text, name, **kw)
    assert isinstance(info.value, OrgnetError)
    return str(info.value)


@pytest.mark.parametrize("name", NAMES)
def test_the_package_vocabulary_passes_and_load_checks_it(name):
    path = PACKAGE_VOCAB / f"{name}.yaml"
    assert check_file(path) == vocabulary.load(name)


def test_a_phrase_with_an_unknown_relation_names_file_line_entry_and_relation(tmp_path):
    path = tmp_path / "phrases.yaml"
    path.write_text(
        "phrases:\n"
        "  - {relation: funded_by, roles: forward, pattern: 'paid for by'}\n"
        "  # a typo\n"
        "  - {relation: funded_byy, roles: forward, pattern: 'bankrolled by'}\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError) as info:
        check_file(path)
    assert str(info.value) == (
        f"{path}, line 4: phrases[1] (pattern 'bankrolled by'): relation 'funded_byy' "
        "is not in relations.yaml (did you mean 'funded_by'?)"
    )


def test_a_relation_of_a_phrase_is_checked_against_the_relations_given():
    text = "phrases:\n  - {relation: sponsors, roles: forward, pattern: 'sponsored by'}\n"
    assert "'sponsors' is not in relations.yaml" in error("phrases", text)
    assert error("phrases", text, relations=["pays"]).endswith("(known: pays)")
    assert check_text(text + PHRASES_TAIL, "phrases", relations=["sponsors"])["phrases"][0]["relation"] == "sponsors"
    assert error("phrases", text, relations=["sponsors"]) == "phrases.yaml: no 'alias_phrases'"


def test_the_term_words_of_phrases_are_checked():
    # "on" unquoted is read as true by YAML: a word list with it names the file, the line and the entry
    text = "phrases: []\n" + PHRASES_TAIL.replace("continues_words: [since]", "continues_words: [since, on]")
    message = error("phrases", text)
    assert message.startswith("phrases.yaml, line ") and "continues_words" in message and "found True" in message


def test_a_relation_named_by_also_an_entry_section_or_a_field_must_exist():
    also = (
        "phrases:\n  - {relation: leads, roles: forward, pattern: 'x',\n"
        "     also: [{relation: leadz, roles: forward}]}\n"
    )
    assert "phrases[0] (pattern 'x'): relation 'leadz' is not in relations.yaml" in error("phrases", also)
    assert error("names", "entry_sections:\n  part_off: [member]\n").startswith(
        "names.yaml, line 2: entry_sections.part_off: relation 'part_off' is not in relations.yaml"
    )
    assert error("fields", "fields:\n  - {key: Sponsor, role: funder, relation: paid_by}\n").startswith(
        "fields.yaml, line 2: fields[0] (key 'Sponsor'): relation 'paid_by' is not in relations.yaml"
    )


def test_a_kind_without_colour_or_shape(tmp_path):
    path = tmp_path / "kinds.yaml"
    path.write_text(
        KINDS_HEAD + "  person: {colour: '#17becf', shape: ellipse}\n"
        "  think_tank: {shape: square, label: think tank}\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError) as info:
        check_file(path)
    assert str(info.value) == (
        f"{path}, line 6: kinds.think_tank: no 'colour': every kind is drawn with a colour and a shape"
    )
    msg = error("kinds", KINDS_HEAD + "  person: {label: person}\n")
    assert "kinds.person: no 'colour' and 'shape'" in msg
    assert "shape 'dimond' is not one of" in error("kinds", KINDS_HEAD + "  person: {colour: '#000', shape: dimond}\n")
    assert "colour 'blue' is not a #rrggbb" in error("kinds", KINDS_HEAD + "  person: {colour: blue, shape: dot}\n")


def test_a_relation_without_colour():
    msg = error("relations", "relations:\n  leads: {label: leads}\nattributes: {}\ntop_titles: []\n")
    assert msg == "relations.yaml, line 2: relations.leads: no 'colour'"


def test_a_relation_flag_that_is_no_boolean_is_named():
    msg = error(
        "relations",
        "relations:\n  part_of: {colour: '#000', same_country: sometimes}\nattributes: {}\ntop_titles: []\n",
    )
    assert msg.startswith(
        "relations.yaml, line 2: relations.part_of.same_country: expected true or false, found a string"
    )


def test_followthemoney_schemata_are_checked():
    head = "relations:\n  leads: {colour: '#000', ftm: [%s]}\nattributes: {}\ntop_titles: []\n"
    assert check_text(head % "Directorship, director, organization", "relations")["relations"]["leads"]["ftm"] == [
        "Directorship",
        "director",
        "organization",
    ]
    msg = error("relations", head % "Directorship, member, organization")
    assert "relations.leads.ftm: ftm ['Directorship', 'member', 'organization'] is not [schema, subject" in msg
    assert "[Membership, member, organization]" in msg
    msg = error("kinds", KINDS_HEAD + "  person: {colour: '#17becf', shape: ellipse, ftm: Persn}\n")
    assert "kinds.person.ftm: ftm 'Persn' is not one of Organization, PublicBody" in msg


def test_a_rule_or_default_kind_naming_an_unknown_kind():
    kinds = "kinds:\n  person: {colour: '#17becf', shape: ellipse}\n"
    assert "default_kind: kind 'persn' is not in kinds.yaml (did you mean 'person'?)" in error(
        "kinds", kinds + "default_kind: persn\nname_rules: []\ndescription_rules: []\n"
    )
    msg = error(
        "kinds", kinds + "default_kind: person\ndescription_rules: []\nname_rules:\n  - {kind: people, words: [Mr]}\n"
    )
    assert msg.startswith("kinds.yaml, line 6: name_rules[0].kind: kind 'people' is not in kinds.yaml")


@pytest.mark.parametrize(
    "name, text, line, key",
    [
        (
            "kinds",
            KINDS_HEAD + "  person: {colour: '#17becf', shape: dot}\n  person: {colour: '#000000', shape: dot}\n",
            6,
            "person",
        ),
        ("relations", "relations:\n  leads: {label: leads, colour: '#ffbb78', label: heads}\n", 2, "label"),
        ("hedges", "hedges:\n  alleged: [alleged]\n  reported: [reportedly]\n  alleged: [claimed]\n", 4, "alleged"),
    ],
)
def test_a_duplicate_key_names_the_key_and_both_lines(name, text, line, key):
    msg = error(name, text)
    assert msg.startswith(f"{name}.yaml, line {line}: duplicate key {key!r} (first at line ")


def test_a_wrong_type_is_named():
    assert (
        error("kinds", "kinds:\n  - person\n  - place\n")
        == "kinds.yaml, line 2: kinds: expected a mapping, found a list"
    )
    assert error("names", "titles:\n  Director: 1\n") == "names.yaml, line 2: titles: expected a list, found a mapping"
    assert (
        error("fields", "fields:\n  key: Parent\n") == "fields.yaml, line 2: fields: expected a list, found a mapping"
    )
    # YAML 1.1 reads an unquoted no as false: the message says so
    msg = error("kinds", KINDS_HEAD + "  person: {colour: '#17becf', shape: dot, label: no}\n")
    assert msg.startswith("kinds.yaml, line 5: kinds.person.label: expected a string, found False (YAML reads")
    assert "hedges.yaml: expected a mapping at the top, found a list" == error("hedges", "- alleged\n- reported\n")


ROLES_HEAD = "roles:\n  parent: {relation: subordinate_to, body: true}\n  founded: {attribute: founded}\n"


def test_a_field_role_naming_a_misspelt_relation_or_attribute_is_rejected():
    """The roles of fields.yaml say which relation (or attribute) each field role gives: a typo there
    is named with its file, line, entry and a guess (it would otherwise yield claims that never
    become edges)."""
    ok = ROLES_HEAD + "fields:\n  - {key: Parent agency, role: parent}\n"
    assert check_text(ok, "fields")["roles"]["parent"]["relation"] == "subordinate_to"
    assert error("fields", ok.replace("subordinate_to", "subordinate_too")) == (
        "fields.yaml, line 2: roles.parent.relation: relation 'subordinate_too' is not in relations.yaml "
        "(did you mean 'subordinate_to'?)"
    )
    assert error("fields", ok.replace("attribute: founded", "attribute: foundd")) == (
        "fields.yaml, line 3: roles.founded.attribute: attribute 'foundd' is not in the attributes of "
        "relations.yaml (did you mean 'founded'?)"
    )
    assert error("fields", ok.replace("role: parent}", "role: parnet}")) == (
        "fields.yaml, line 5: fields[0] (key 'Parent agency'): role 'parnet' is not in the roles of "
        "fields.yaml (did you mean 'parent'?)"
    )
    assert "a role gives a relation or an attribute, not both" in error(
        "fields", ok.replace("{attribute: founded}", "{attribute: founded, relation: leads}")
    )
    assert "unknown option 'direction'" in error("fields", ok.replace("body: true", "direction: back"))
    assert error("fields", "fields: []\n") == "fields.yaml: no 'roles'"


def test_every_role_the_reader_gives_is_in_the_roles_table():
    """Numbered template keys (names.yaml) give roles too: each is one the extractor knows."""
    keys = vocabulary.names()["numbered_keys"]
    assert set(keys["parts"].values()) | set(keys["bases"].values()) <= set(vocabulary.field_roles())
    assert vocabulary.field_roles()["subsidiary"] == {"relation": "subordinate_to", "reverse": True, "body": True}


def test_a_field_without_role_or_with_an_unknown_split():
    assert error("fields", "fields:\n  - {key: Parent}\n") == "fields.yaml, line 2: fields[0] (key 'Parent'): no 'role'"
    assert "split 'colon' is not 'comma' or 'semicolon'" in error(
        "fields", "fields:\n  - {key: Parent, role: parent, split: colon}\n"
    )


def test_hedges_need_a_factor_for_every_level():
    text = (
        "hedges: {alleged: [alleged]}\n"
        "confidence: {method: {infobox: 0.9}, hedge: {stated: 1.0}, reliability: {F: 0.8}, "
        "default_reliability: F}\n"
    )
    assert error("hedges", text) == "hedges.yaml, line 2: confidence.hedge: no factor for the hedge 'alleged'"
    assert "expected a number from 0 to 1, found a string" in error(
        "hedges", text.replace("stated: 1.0", "stated: 1.0, alleged: high")
    )


def test_a_yaml_syntax_error_names_file_and_line():
    assert error("relations", "relations:\n  leads: {label: leads\n").startswith("relations.yaml, line 3: ")


def test_a_whole_broken_copy_of_the_vocabulary(tmp_path):
    """A copy of the package's files with one phrase's relation misspelt: only that file fails."""
    for name in NAMES:
        shutil.copy(PACKAGE_VOCAB / f"{name}.yaml", tmp_path)
    phrases = tmp_path / "phrases.yaml"
    text = phrases.read_text(encoding="utf-8")
    assert text.count("{relation: funded_by,") >= 2
    phrases.write_text(text.replace("{relation: funded_by,", "{relation: funded_byy,", 1), encoding="utf-8")
    relations = check_file(tmp_path / "relations.yaml")["relations"]
    kinds = check_file(tmp_path / "kinds.yaml")["kinds"]
    for name in ("fields", "names", "hedges"):
        check_file(tmp_path / f"{name}.yaml", relations=relations, kinds=kinds)
    with pytest.raises(VocabularyError, match=r"phrases\.yaml, line \d+: phrases\[\d+\] .*'funded_byy'"):
        check_file(phrases, relations=relations, kinds=kinds)


def test_an_unknown_file_name_is_only_parsed():
    assert check_text("anything: [1, 2]\n", "colours") == {"anything": [1, 2]}
    assert "duplicate key 'a'" in error("colours", "a: 1\na: 2\n")


def test_an_unquoted_yes_no_on_or_off_in_a_word_list_is_named():
    # YAML 1.1 reads these as booleans: the word would silently never match a text
    msg = error("names", "name_connectors: [of, on, the]\n")
    assert "name_connectors[1]" in msg and "quote the word" in msg
    assert check_text('name_connectors: [of, "on", the]\n', "names")["name_connectors"] == ["of", "on", "the"]


def test_a_phrase_with_a_misspelt_option_or_role_names_the_option():
    # an option with a typo would otherwise be read as no option at all, the phrase silently loosened
    text = "phrases:\n  - {relation: funded_by, roles: forward, adjacnet: true, pattern: 'paid for by'}\n"
    message = error("phrases", text, relations=["funded_by"])
    assert message.startswith("phrases.yaml, line 2: phrases[0] (pattern 'paid for by'): ")
    assert "option 'adjacnet' is not in the options of phrases.yaml's header (did you mean 'adjacent'?)" in message
    text = "phrases:\n  - {relation: funded_by, roles: forwards, pattern: 'paid for by'}\n"
    assert "role 'forwards' is not in the roles of phrases.yaml's header (did you mean 'forward'?)" in error(
        "phrases", text, relations=["funded_by"]
    )
