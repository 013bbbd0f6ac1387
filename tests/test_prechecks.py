"""The parser's word pre-checks never skip a pattern that would match.

Before a trigger phrase, a hedge or a literal pattern is tried on a sentence, the parser looks
for the words every match of it must contain (``orgnet.lexicon``: needles and the other word
sets a phrase needs). These tests run every pattern on every sentence of the seeds and of an
invented page and check that wherever a pattern matches, its words were found.
"""

from __future__ import annotations

from conftest import SEEDS

from orgnet.lexicon import compiled
from orgnet.patterns import required_sets
from orgnet.read.document import parse_text, read_document

INVENTED = """Harbour Bureau

The Harbour Bureau (HB) is a department of the Ministry of Tides, and is believed to fund the Ulton Forum.
It fell under the Ministry of Tides in 1990 and was absorbed into the Coastal Directorate in 2001.
Ada Morn is the Minister for Tides; according to analysts, she also serves as the public face of the Tide Society.
The bureau publishes the quarterly Tide Review and was formerly known as the Tide Office.
"""


def _sentences():
    docs = [read_document(p) for p in sorted(SEEDS.glob("*.txt"))] + [parse_text(INVENTED, "invented.txt")]
    return [s.clean for d in docs for s in d.sentences]


def test_every_phrase_match_holds_the_words_its_pre_check_needs():
    v = compiled()
    matched = 0
    for clean in _sentences():
        present = v["needles_of"](clean)
        for p in v["phrases"]:
            if p["rx"].search(clean):
                matched += 1
                assert not present.isdisjoint(p["needles"]), (p["pattern"], clean)
                for words in p["needs"]:
                    assert not present.isdisjoint(words), (p["pattern"], sorted(words), clean)
    assert matched > 100  # the check ran on real matches


def test_every_hedge_and_literal_match_holds_its_needles():
    v = compiled()
    extra_rx = {
        "alias_phrases": v["alias_rx"],
        "former_name_phrases": v["former_rx"],
        "rename_pattern": v["rename_rx"],
        "founded_pattern": v["founded_rx"],
        "founded_lead_pattern": v["founded_lead_rx"],
        "newly_founded_pattern": v["newly_founded_rx"],
        "staff_pattern": v["staff_rx"],
    }
    seen = set()
    for clean in _sentences():
        present = v["needles_of"](clean)
        for level, rx in v["hedge_rx"].items():
            if rx.search(clean):
                seen.add(level)
                assert not present.isdisjoint(v["hedge_needles"][level]), (level, clean)
        for key, rx in extra_rx.items():
            if rx.search(clean):
                seen.add(key)
                assert not present.isdisjoint(v["extra_needles"][key]), (key, clean)
    assert {"reported", "alias_phrases", "founded_pattern"} <= seen


def test_required_sets_read_lookaheads_and_skip_optional_parts():
    assert required_sets(r"\bfell (?:directly )?under\b(?! the)") == [("fell",), ("under",)]
    assert required_sets(r"\bis (?=the (?-i:Minister|Chief) of)") == [("the",), ("minister", "chief")]
    assert required_sets(r"\b(?:ab|cd) x") == []  # no word of three letters is certain


def test_patterns_told_their_first_characters_match_as_written():
    import re

    from orgnet.lexicon import compile_fast

    v = compiled()
    rxs = [p["rx"] for p in v["phrases"]] + list(v["hedge_rx"].values()) + [v["anaphora_rx"], v["alias_rx"]]
    told = [rx for rx in rxs if rx.pattern.startswith("(?=[")]
    assert len(told) > 100
    text = "\n".join(_sentences())
    for rx in told:
        plain = re.compile(rx.pattern[rx.pattern.index("])") + 2 :], rx.flags)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], rx.pattern
    # a scoped case-insensitive group in a case-sensitive pattern: its first letters are not known
    assert compile_fast(r"(?i:ada) li").pattern == "(?i:ada) li"
    assert compile_fast(r"\bAda", 0).search("Mada Ada").start() == 5
