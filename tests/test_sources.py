"""Issue 12, sources: compatible values are no conflict, mirror copies count once,
``sources.yaml`` metadata reaches the documents table. Invented values and snippets only."""

from __future__ import annotations

import math

import pytest

import orgnet
from orgnet.extract import Claim
from orgnet.tables import make_tables
from orgnet.values import compatible, value_range

# --------------------------------------------------------------------------- values


@pytest.mark.parametrize("a, b", [
    ("approximately 400", "over 400"),
    ("about 1,000", "1,000"),
    ("around 250", "roughly 240"),
    ("some 5,000", "more than 4,800"),
    ("at least 300", "300"),
    ("up to 80", "75"),
    ("fewer than 90", "under 100"),
    ("nearly 600", "about 580"),
    ("1,200+", "over 1,500"),
    ("1.5 million", "about 1,500,000"),
    ("400 researchers", "approximately 400"),
])
def test_compatible_counts(a, b):
    assert compatible(a, b, "count") and compatible(b, a, "count")


@pytest.mark.parametrize("a, b", [
    ("400", "4,000"),
    ("approximately 400", "4,000"),
    ("over 400", "under 300"),
    ("nearly 400", "over 400"),   # just under and just over never meet
    ("400", "over 400"),          # a plain number is exact: "over" excludes it
    ("up to 80", "more than 80"),
    ("about 1,000", "1,500"),
])
def test_incompatible_counts(a, b):
    assert not compatible(a, b, "count") and not compatible(b, a, "count")


@pytest.mark.parametrize("a, b, same", [
    ("1983", "in 1983", True),
    ("1983", "1984", False),
    ("around 1983", "1984", True),
    ("the 1980s", "1987", True),
    ("the 1980s", "1991", False),
    ("since 1983", "1983", True),
])
def test_years(a, b, same):
    assert compatible(a, b, "year") is same
    assert compatible(b, a, "year") is same


def test_values_that_are_not_numbers_compare_as_text():
    assert compatible("Jan Smit", "jan  smit")
    assert not compatible("Jan Smit", "Ola Berg")
    assert value_range("400 in 2010 and 500 in 2020") is None
    assert value_range("over 400").hi == math.inf


# --------------------------------------------------------------------------- conflicts


def _claim(doc, relation, value, subject="Bureau of Tides", n=0):
    ev = f"The {subject} {relation} {value}."
    return Claim(subject=subject, relation=relation, value=value, doc=doc, char_start=n, char_end=n + len(ev),
                 evidence=ev, method="pattern", confidence=0.6)


def _tables(claims_by_doc):
    from orgnet.documents import DocumentSummary

    docs = [DocumentSummary(doc=d) for d in claims_by_doc]
    return make_tables(docs, claims_by_doc, orgnet.resolve([c for cs in claims_by_doc.values() for c in cs]))


@pytest.mark.parametrize("field, a, b, conflict", [
    ("staff", "approximately 400", "over 400", False),
    ("staff", "about 1,000", "1,000", False),
    ("founded", "1983", "in 1983", False),
    ("staff", "400", "4,000", True),
    ("founded", "1983", "1984", True),
])
def test_conflicts_table_keeps_only_values_that_cannot_both_be_true(field, a, b, conflict):
    t = _tables({"a.txt": [_claim("a.txt", field, a)], "b.txt": [_claim("b.txt", field, b)]})
    rows = t.conflicts[t.conflicts["field"] == field]
    assert len(rows) == (1 if conflict else 0), t.conflicts.to_string()
    if conflict:
        assert rows.iloc[0]["docs"] == f"{a}: a.txt; {b}: b.txt"


def test_a_third_value_that_disagrees_makes_the_conflict_and_all_values_are_listed():
    t = _tables({"a.txt": [_claim("a.txt", "staff", "approximately 400")],
                 "b.txt": [_claim("b.txt", "staff", "over 400")],
                 "c.txt": [_claim("c.txt", "staff", "4,000")]})
    assert t.conflicts["values"].tolist() == ["approximately 400;over 400;4,000"]
