"""General rules found on real pages no earlier set covered (news of appointments, glued
infobox leader bullets, glossary lines): each test runs the reader and extractor on a short
invented document and checks one rule, and where a rule could over-reach, that it does not.
"""

from __future__ import annotations

from claim_helpers import one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

# ----------------------------------------------------------------------------- leader bullets


def test_leader_bullets_with_a_note_after_the_name_and_a_two_digit_end_year():
    _, cs = run(
        "Harbour Bureau\n\n"
        "The Harbour Bureau (HB) was the main Veldran intelligence agency from 1969 to 1980.\n\n"
        "Agency executives\n"
        "  • Hendrik van den Morn, Director-General (1969 – 78)\n"
        "  • Alec van Tallow (acting), Director-General (1978 – 80)\n"
    )
    first = one(cs, "Hendrik van den Morn", "leads", "Harbour Bureau")
    acting = one(cs, "Alec van Tallow", "leads", "Harbour Bureau")
    assert (first.start, first.end) == (1969, 1978), show(cs)
    assert (acting.start, acting.end, acting.title) == (1978, 1980, "Director-General"), show(cs)
    assert not [c for c in cs if "acting" in (c.subject or "")], show(cs)
