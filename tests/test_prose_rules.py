"""Prose rules: trigger phrases and clause-level qualifiers in running text.

Each test runs the extractor on a short invented document (fictional bodies, people and places,
in the helper style of ``test_extract_phrases.py``) and checks one general rule: front wordings,
``targets`` with a lower-case group as object, leadership sentences, which years date which
claim, and hedges that govern one clause only.
"""

from __future__ import annotations

import pytest

import orgnet
from orgnet.documents import Document
from orgnet.extract import Claim

# ----------------------------------------------------------------------------- helpers


def run(text: str) -> tuple[Document, list[Claim]]:
    doc = orgnet.parse_text(text, "t.txt")
    claims = orgnet.extract_claims(doc)
    for c in claims:
        assert c.evidence == doc.text[c.char_start:c.char_end], c
    return doc, claims


def show(claims: list[Claim]) -> str:
    return "\n".join(f"  {c.subject!r} {c.relation} {c.object or c.value!r} start={c.start} end={c.end} "
                     f"title={c.title!r} hedge={c.hedge} ev={c.evidence!r}" for c in claims)


def find(claims: list[Claim], subject: str, relation: str, obj: str | None = None,
         value: str | None = None) -> list[Claim]:
    """Claims whose subject (and object) are the same entities as the names given."""
    res = orgnet.resolve(claims)
    sid = res.id_of(subject)
    oid = res.id_of(obj) if obj is not None else None
    out = []
    for c in claims:
        if c.relation != relation or sid is None or res.id_of(c.subject) != sid:
            continue
        if obj is not None and (oid is None or oid == sid or res.id_of(c.object) != oid):
            continue
        if value is not None and c.value != value:
            continue
        out.append(c)
    return out


def one(claims: list[Claim], subject: str, relation: str, obj: str | None = None, *,
        value: str | None = None, evidence_has: str | None = None) -> Claim:
    hits = find(claims, subject, relation, obj, value)
    want = f"({subject!r}, {relation}, {obj or value!r})"
    assert hits, f"missing {want}; claims:\n{show(claims)}"
    c = hits[0]
    if evidence_has is not None:
        assert evidence_has in c.evidence, f"{want}: evidence {c.evidence!r} lacks {evidence_has!r}"
    return c


def none(claims: list[Claim], subject: str, relation: str, obj: str) -> None:
    assert not find(claims, subject, relation, obj), \
        f"unexpected ({subject!r}, {relation}, {obj!r}); claims:\n{show(claims)}"


def rels(claims: list[Claim], relation: str) -> list[Claim]:
    return [c for c in claims if c.relation == relation]


def doc(title: str, *sentences: str) -> str:
    return title + "\n\n" + " ".join(sentences) + "\n"


LCS = "Lantern Cultural Society"
OOM = "Office of Outward Messaging"
MQA = "Ministry of Quiet Affairs"
B4 = "4th Bureau of the Ministry of Quiet Affairs"
VWP = "Veldran Workers' Party"

# ----------------------------------------------------------------------------- fronts


def test_an_external_name_of():
    _, cs = run(doc(LCS, "The Lantern Cultural Society (LCS) is a cultural body of the State Council of Veldra and "
                         "an external name of the Office of Outward Messaging."))
    one(cs, LCS, "front_for", OOM, evidence_has="external name of")
    none(cs, "State Council of Veldra", "front_for", OOM)
    none(cs, OOM, "front_for", LCS)


def test_was_the_external_name_of():
    _, cs = run(doc(LCS, "The Lantern Cultural Society (LCS) is a society.",
                    "Historically, the LCS was the external name of the Office of Outward Messaging (OOM)."))
    one(cs, LCS, "front_for", OOM, evidence_has="external name of")


def test_status_field_external_name_of():
    _, cs = run(f"{LCS}\n\nStatus: External name of the Office of Outward Messaging\nFormation1950\n\n"
                "The Lantern Cultural Society is a society in Port Vell.\n")
    one(cs, LCS, "front_for", OOM, evidence_has="External name of")


def test_serves_as_the_public_face_for():
    _, cs = run(doc(LCS, "The Lantern Cultural Society serves as the public face for the 4th Bureau of the "
                         "Ministry of Quiet Affairs."))
    one(cs, LCS, "front_for", B4, evidence_has="public face for")


def test_operates_under_the_name_is_inverse():
    _, cs = run(doc(MQA, "Abroad, the 4th Bureau of the Ministry of Quiet Affairs operates under the name "
                         "Lantern Cultural Society."))
    one(cs, LCS, "front_for", B4, evidence_has="operates under the name")
    none(cs, B4, "front_for", LCS)


def test_a_front_organization_of():
    _, cs = run(doc(LCS, "The Lantern Cultural Society is a front organization of the Ministry of Quiet Affairs."))
    one(cs, LCS, "front_for", MQA, evidence_has="front organization")


def test_serves_as_a_front_for():
    _, cs = run(doc(LCS, "Since its founding, the Lantern Cultural Society has served as a front for the "
                         "Ministry of Quiet Affairs."))
    one(cs, LCS, "front_for", MQA, evidence_has="front for")


@pytest.mark.parametrize("wording", [
    "are one institution with two names",
    "are two names, one institution",
    "are one organization with two signboards",
    "are the same body under two names",
    "are one office, two nameplates",
    "are two names for the same institution",
])
def test_one_institution_with_two_names_variants(wording):
    """The outward name is the subject; a party body, security body or numbered unit is the one behind."""
    _, cs = run(doc(LCS, f"The Coastal Liaison Office and the Veldran Workers' Party's Coast Work Office {wording}."))
    one(cs, "Coastal Liaison Office", "front_for", "Coast Work Office of the Veldran Workers' Party")
    none(cs, "Coast Work Office of the Veldran Workers' Party", "front_for", "Coastal Liaison Office")


def test_two_names_arrangement_then_equivalent_to():
    _, cs = run(doc("Coastal Liaison Office",
                    "The Coastal Liaison Office is an agency of the State Council of Veldra. Under the \"one "
                    "institution with two names\" arrangement, it is equivalent to the Veldran Workers' Party's "
                    "Coast Work Office."))
    one(cs, "Coastal Liaison Office", "front_for", "Coast Work Office of the Veldran Workers' Party",
        evidence_has="equivalent to")


def test_two_names_after_an_explicit_external_name_adds_nothing():
    _, cs = run(doc(LCS, "The Lantern Cultural Society was the external name of the Office of Outward Messaging (OOM) of the Veldran "
                         "Workers' Party (VWP) under an arrangement termed \"one institution with two names\"."))
    one(cs, LCS, "front_for", OOM)
    assert len(rels(cs, "front_for")) == 1, show(cs)


# ----------------------------------------------------------------------------- targets


@pytest.mark.parametrize("sentence, group", [
    ("The Lantern Cultural Society is used as a front to influence foreign think tanks, academics and writers.",
     "foreign think tanks"),
    ("The Lantern Cultural Society runs programmes targeting overseas Veldrans in three countries.",
     "overseas Veldrans"),
    ("The Lantern Cultural Society aims to sway journalists.", "journalists"),
    ("The Lantern Cultural Society seeks to cultivate the international labour movement.",
     "international labour movement"),
    ("The Lantern Cultural Society gathers information on and influences foreign political parties.",
     "foreign political parties"),
    ("The Lantern Cultural Society has sought to gain influence over overseas students.", "overseas students"),
])
def test_targets_a_lower_case_group(sentence, group):
    _, cs = run(doc(LCS, sentence))
    c = one(cs, LCS, "targets", group)
    assert c.object == group, show(cs)
    assert group in c.evidence


def test_targets_a_named_body():
    _, cs = run(doc(LCS, "The Lantern Cultural Society seeks to influence the Harbour Writers' Union."))
    one(cs, LCS, "targets", "Harbour Writers' Union", evidence_has="to influence")


@pytest.mark.parametrize("sentence", [
    "The Lantern Cultural Society seeks to influence members of parliament.",       # the phrase goes on
    "The Lantern Cultural Society seeks to influence policy decisions abroad.",     # not a group of people
    "The Lantern Cultural Society moved from research to influence operations.",    # a noun, not a verb
    "The Lantern Cultural Society aims to influence their views.",                  # a pronoun
    "The Lantern Cultural Society was targeted by the Ministry of Quiet Affairs.",  # passive: the other way
    "The Lantern Cultural Society aimed at promoting poetry.",                      # a gerund
    "The Lantern Cultural Society lists its targets in an annual report.",          # a noun
])
def test_targets_no_junk_object(sentence):
    _, cs = run(doc(LCS, sentence))
    assert not rels(cs, "targets"), show(cs)


def test_a_group_of_foreigners_is_of_kind_foreign():
    _, cs = run(doc(LCS, "The Lantern Cultural Society seeks to cultivate overseas Veldran students."))
    c = one(cs, LCS, "targets", "overseas Veldran students")
    assert c.object_kind == "foreign"
