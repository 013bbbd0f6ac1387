"""Rules found by reading a wide sample of unseen pages, each on a short invented document.

Each test runs the extractor on fictional bodies and people and checks one general rule:
a state's government named by its demonym ("the North Korean government", "the Peruvian
central government", "the Uzbek regime") is the Government of that state, named as the state
names it.
"""

from __future__ import annotations

import pytest
from claim_helpers import one, run  # tests/claim_helpers.py (on sys.path via conftest)

SERVICE = "Harbour Security Service"


@pytest.mark.parametrize(
    "words, state",
    [
        ("the South Korean government", "Government of South Korea"),
        ("the Peruvian central government", "Government of Peru"),
        ("the Uzbek regime", "Government of Uzbekistan"),
        ("the Soviet government", "Government of the Soviet Union"),
    ],
)
def test_a_demonym_government_is_the_government_of_its_state(words, state):
    _, cs = run(f"{SERVICE}\n\nThe {SERVICE} (HSS) is an intelligence agency. It reports to {words}.\n")
    c = one(cs, SERVICE, "subordinate_to", state)
    assert c.object == state


def test_an_unknown_demonym_keeps_its_words():
    _, cs = run(
        f"{SERVICE}\n\nThe {SERVICE} (HSS) is an intelligence agency. It reports to the Veldran federal government.\n"
    )
    assert one(cs, SERVICE, "subordinate_to", "Veldran federal government").object == "Veldran federal government"
