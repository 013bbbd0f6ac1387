"""Lists of officeholders in other languages and in a blog's hand, each on a short invented document.

A heading naming the office in Spanish, French, Portuguese or German, in the plural or the singular,
and the body after the language's "of" ("Directores del HB:", "Présidents de la Commission X") is a
list of that body's holders (names.yaml ``foreign_titles``); rows numbered "11.-" are rows like "11.";
a stop or dots after a holder's name ("Ada Morn.,", "Ada Morn...,") are no part of the name; a row
whose open term ends in dots ("10 de enero de 2018 a ....") is a row, not a sentence.
"""

from __future__ import annotations

import pytest
from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.read.officeholders import leader_heading

BLOG_LIST = """Harbour Bureau

The Harbour Bureau (HB) is an agency of Veldra.
Directores del HB:
1. Ada Morn, febrero de 1989;
2. Ivo Lenz., diciembre de 2012 a enero de 2018., y;
11.- Cy Lo Brand, marzo de 2018;

12.- Bo Wu Sacal...,  10 de enero de 2019 a ....

Otra cosa aqui.
"""


def test_a_spanish_heading_over_numbered_rows_lists_the_body_s_holders():
    _, cs = run(BLOG_LIST)
    assert one(cs, "Ada Morn", "leads", "Harbour Bureau").start == 1989
    c = one(cs, "Ivo Lenz", "leads", "Harbour Bureau")
    assert (c.subject, c.start, c.end, c.title) == ("Ivo Lenz", 2012, 2018, "Director")
    assert one(cs, "Cy Lo Brand", "leads", "Harbour Bureau").start == 2018
    assert one(cs, "Bo Wu Sacal", "leads", "Harbour Bureau").start == 2019
    none(cs, "Otra", "leads", "Harbour Bureau")


@pytest.mark.parametrize(
    "heading, want",
    [
        ("Directores del HB", ("Director", "HB")),
        ("Présidents de la Commission des Marées", ("President", "Commission des Marées")),
        ("Diretores da Agência Harbour", ("Director", "Agência Harbour")),
        ("Direktoren des Harbour Amtes", ("Director", "Harbour Amtes")),
        ("Jefes de la Harbour Guard", ("Chief", "Harbour Guard")),
    ],
)
def test_a_foreign_title_and_its_of_name_the_list_s_body(heading, want):
    assert leader_heading(heading) == want
