"""Officeholder tables seen on pages the parser had not read: a number column headed ``#`` (not
a Markdown heading), the holders' column headed by the post ("Director") rather than "Name", and a
"Service" column giving each holder's branch, not the body the holder led. Every document here is
invented."""

from __future__ import annotations

import pytest
from claim_helpers import run

LEAD = "Tidal Intelligence Office\n\nThe Tidal Intelligence Office (TIO) is an agency of the Ministry of Tides.\n\nList of directors\n\n"


def _leads(claims):
    return {(c.subject, c.object, c.start, c.end) for c in claims if c.relation == "leads"}


@pytest.mark.parametrize(
    "header",
    [
        "# Director Photo Service Term start Term end",
        "No. Director Photo Service Term start Term end",
        "| # | Director | Photo | Service | Term start | Term end |",
    ],
)
def test_a_numbered_table_whose_holders_column_is_the_post(header):
    rows = (
        "1 Lt. Gen. Ada Morn French Air Force 1961 1969\n2 Vice Adm. Bo de Lin Royal Navy 1969 1972\n"
        if "|" not in header
        else "| 1 | Lt. Gen. Ada Morn | | French Air Force | 1961 | 1969 |\n| 2 | Vice Adm. Bo de Lin | | Royal Navy | 1969 | 1972 |\n"
    )
    _, claims = run(LEAD + header + "\n" + rows)
    assert _leads(claims) == {
        ("Ada Morn", "Tidal Intelligence Office", 1961, 1969),
        ("Bo de Lin", "Tidal Intelligence Office", 1969, 1972),
    }


def test_a_name_in_a_spaced_row_ends_where_a_country_s_service_begins():
    _, claims = run(LEAD + "# Director Service Term start Term end\n1 Ada V. Morn United States Army 1974 1976\n")
    assert _leads(claims) == {("Ada V. Morn", "Tidal Intelligence Office", 1974, 1976)}


def test_a_markdown_heading_is_still_a_heading():
    doc, _ = run("# Tidal Intelligence Office\n\nThe Tidal Intelligence Office is an agency of Veldra.\n")
    assert doc.title == "Tidal Intelligence Office"
