"""Hostile inputs (issue 14): inputs shaped to make a parser slow still parse to what the rules say.

Each family of ``benchmarks/hostile.py`` (which shows that parsing them is linear in their size)
is parsed here at a few KB, small enough to be quick even at the old quadratic speed, and its
sentences, references, fields and claims are checked. The time budget of a build is checked
with a parse made slow on purpose: the document over budget gets status ``timeout`` and a
warning, the others keep their claims. No timings are asserted.

Every organisation and person here is invented.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
import threading
import time
from pathlib import Path

import pytest
from claim_helpers import find, one, reads_as, run

import orgnet
from orgnet import parsing
from orgnet.extract import slot_patterns, words
from orgnet.pipeline import parse_one
from orgnet.read import infobox

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _hostile():
    spec = importlib.util.spec_from_file_location("bench_hostile", BENCH / "hostile.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


hostile = _hostile()


# --------------------------------------------------------------------------- footnote markers


def test_text_after_a_line_of_markers_keeps_its_claims_and_references():
    text = (
        "= Bureau of Tides =\n"
        + "[1][2][3]" * 300
        + " The Bureau of Tides is led by Ada Li.[4] It was founded in 1950.[5]\n"
    )
    doc, claims = run(text)
    assert [s.refs for s in doc.sentences] == [(4,), (5,)]
    one(claims, "Ada Li", "leads", "Bureau of Tides")
    assert [c.value for c in claims if c.relation == "founded"] == ["1950"]


def test_each_sentence_keeps_exactly_the_markers_that_follow_it():
    words = ["Quay", "Dock", "Pier", "Wharf", "Jetty", "Mole", "Slip", "Berth"]
    sents = [
        f"The {w} Office of Tides is part of the Bureau of Tides.[{k + 1}][{k + 2}] " for k, w in enumerate(words * 5)
    ]
    doc, claims = run("= Bureau of Tides =\n" + "".join(sents) + "\n")
    assert [s.refs for s in doc.sentences] == [(k + 1, k + 2) for k in range(len(sents))]
    assert find(claims, "Quay Office of Tides", "subordinate_to", "Bureau of Tides") or find(
        claims, "Quay Office of Tides", "part_of", "Bureau of Tides"
    )


def test_one_line_of_sentences_and_markers_parses_like_separate_lines():
    doc, _ = run(hostile.sentence_markers_one_line(3000))
    assert len(doc.sentences) > 50
    assert all(s.text.endswith("]") for s in doc.sentences[2:])  # each sentence ends in its marker
    assert [s.refs[0] for s in doc.sentences[2:]] == [k % 99 + 1 for k in range(len(doc.sentences) - 2)]


@pytest.mark.parametrize(
    "line",
    [
        "Ada Li [8][9]: 12 ",
        "Ada Li\u2009[8]",
        "Ada Li [1] x",
        "[1][2] Ada Li [3]",
        "Ada Li [8]:12–14",
        "Ada Li [8]:12 [9]\n",
        "Ada Li",
    ],
)
def test_trailing_markers_are_found_as_the_search_found_them(line):
    m = infobox._TRAILING_MARKERS.search(line)
    assert infobox.trailing_markers_start(line) == (m.start() if m else len(line))


def test_trailing_markers_agree_with_the_search_on_random_lines():
    rnd = random.Random(14)
    tokens = [
        "[1]",
        "[12]",
        "[999]",
        "[1234]",
        " ",
        "\u2009",
        "\u200a",
        ":",
        "12",
        "–",
        "-",
        "Ada",
        "]",
        "[",
        "\n",
        "x",
    ]
    for _ in range(3000):
        line = "".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 10)))
        m = infobox._TRAILING_MARKERS.search(line)
        assert infobox.trailing_markers_start(line) == (m.start() if m else len(line)), line


def test_a_value_keeps_no_trailing_markers():
    assert infobox.strip_debris("Ada Li [8][9]", 5).text == "Ada Li"
    assert infobox.looks_like_prose("The Bureau was founded in 1950 and runs several schools." + "[1]" * 500)
    assert not infobox.looks_like_prose("Headquarters: Ulton" + "[1]" * 500)


# --------------------------------------------------------------------------- trigger phrases


def test_a_trigger_repeated_in_one_sentence_gives_its_claim_once():
    doc, claims = run(hostile.trigger_repeated(4000))
    assert len(doc.sentences) == 1
    assert len(find(claims, "Ada Li", "leads", "Bureau of Tides")) == 1


def test_a_chain_of_subsidiaries_in_one_sentence_links_each_pair():
    _, claims = run(
        "= Bureau of Tides =\nThe Quay Office is a subsidiary of the Dock Office, "
        "which is a subsidiary of the Bureau of Tides.\n"
    )
    one(claims, "Quay Office", "subordinate_to", "Dock Office")
    one(claims, "Dock Office", "subordinate_to", "Bureau of Tides")


@pytest.mark.parametrize("pair", ["prep", "kin", "contrasted"])
def test_patterns_read_backwards_find_what_the_forward_search_found(pair):
    forward, backwards = {
        "prep": (words._PREP_BEFORE, slot_patterns._PREP_BEFORE_BACKWARDS),
        "kin": (words._KIN_BEFORE, slot_patterns._KIN_BEFORE_BACKWARDS),
        "contrasted": (words._CONTRASTED, slot_patterns._CONTRASTED_BACKWARDS),
    }[pair]
    tokens = [
        "by",
        "to",
        "the",
        "The",
        " ",
        "  ",
        "\n",
        ",",
        ";",
        "In contrast to",
        "unlike",
        "compared with",
        "Compared to",
        "wife",
        "of",
        "his",
        "a",
        "x",
        "Ada",
        "-",
        "rival",
        "protégé",
        "under",
        "from",
        "into",
        ", his rival of ",
        ", the long-time wife of",
        "old ",
        " of ",
        ", the ",
        "instead of",
        "bythe",
        ", in contrast to the ",
        "Unlike ",
    ]
    rnd = random.Random(pair)
    found = 0
    for _ in range(4000):
        text = "".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 10)))
        end = rnd.randint(0, len(text))
        a, b = forward.search(text, 0, end), backwards.match(text[::-1], len(text) - end)
        assert bool(a) == bool(b), (text, end)
        if a and "p" in forward.groupindex:
            assert a.group("p") == b.group("p")[::-1]
        found += bool(a)
    assert found > 10  # the comparison saw matches, not only misses


def test_a_preposition_said_again_still_adds_the_second_funder():
    _, claims = run(
        "= Bureau of Tides =\nThe Bureau of Tides is funded by the Tide Trust, a charity, and by the "
        "Harbour Fund" + ", and is funded by the Tide Trust" * 60 + ".\n"
    )
    one(claims, "Bureau of Tides", "funded_by", "Harbour Fund")
    assert find(claims, "Bureau of Tides", "funded_by", "Tide Trust")


def test_kin_and_contrast_before_a_name_are_still_read():
    _, claims = run(
        "= Bureau of Tides =\nAda Li, the wife of Bo Wu, served as director of the Bureau of Tides. "
        "In contrast to the Quay Office, the Harbour Office is funded by the Tide Trust.\n"
    )
    assert not find(claims, "Bo Wu", "leads", "Bureau of Tides")
    assert find(claims, "Harbour Office", "funded_by", "Tide Trust")
    assert not find(claims, "Quay Office", "funded_by", "Tide Trust")


# --------------------------------------------------------------------------- other shapes


@pytest.mark.parametrize("name", sorted(hostile.FAMILIES))
def test_every_hostile_family_parses_at_a_few_kb(name, tmp_path):
    path = hostile.write(name, 3000, tmp_path)
    doc, claims = parse_one(path)
    assert doc.status in ("ok", "html-stripped"), doc.warnings
    for c in claims:  # offsets count characters of the file as decoded (issue 14)
        assert reads_as(doc.raw[c.char_start : c.char_end], c.evidence), c


def test_a_one_line_infobox_with_many_fields_keeps_its_known_fields():
    doc, claims = run(hostile.infobox_one_line(6000))
    assert {"Formation", "Leader Name"} <= {f.key for f in doc.fields}
    one(claims, "Ada Li", "leads", "Bureau of Tides")


def test_a_long_line_without_spaces_is_no_sentence_of_names():
    doc, claims = run(hostile.long_word(5000))
    assert not any(re.search(r"QmFz", c.subject + (c.object or "")) for c in claims)
    one(claims, "Ada Li", "leads", "Bureau of Tides")


def test_a_long_roster_seats_every_member():
    doc, claims = run(hostile.roster_lines(4000))
    rows = len(re.findall(r"^General Ada ", doc.text, re.M))
    members = [c for c in claims if c.relation == "part_of" and c.object == "Tide Council"]
    assert rows > 50 and len(members) == rows, (rows, len(members))


def test_a_long_template_keys_line_gives_every_chief_the_post():
    doc, claims = run(hostile.template_keys_line(4000))
    rows = len(re.findall(r"_name = Ada ", doc.text))
    chiefs = [c for c in claims if c.relation == "leads" and c.subject.startswith("Ada ")]
    assert rows > 30 and len(chiefs) == rows, (rows, len(chiefs))


def test_every_name_over_its_term_holds_the_post_and_the_paragraphs_stay_prose():
    doc, claims = run(hostile.names_over_terms(4000))
    rows = len(re.findall(r"^Ada ", doc.text, re.M))
    held = [c for c in claims if c.relation == "leads" and (c.start, c.end) == (2007, 2011)]
    assert rows > 20 and len(held) == rows and not [c for c in claims if c.start == 1974], (rows, len(held))


def test_names_in_columns_under_a_post_each_hold_it():
    doc, claims = run(hostile.names_in_columns(4000))
    rows = len(re.findall(r"^Ada ", doc.text, re.M))
    held = [c for c in claims if c.relation == "leads" and c.title == "Vice-Chairman"]
    assert rows > 30 and len(held) == 2 * rows, (rows, len(held))


def test_an_organs_key_over_many_names_seats_each_on_the_organ():
    doc, claims = run(hostile.organ_key_names(4000))
    rows = len(re.findall(r"^Ada ", doc.text, re.M))
    seated = [c for c in claims if c.relation == "part_of" and c.object.startswith("Politburo Standing Committee")]
    assert rows > 100 and len(seated) == rows + 1, (rows, len(seated))  # (and the name on the key's line)


def test_a_long_career_sentence_gives_each_post():
    doc, claims = run(hostile.career_items(4000))
    items = len(re.findall(r"president of the \w+ Bureau", doc.text))
    held = [c for c in claims if c.relation == "leads" and c.title == "President" and (c.start, c.end) == (1933, 1945)]
    assert items > 50 and len(held) == items, (items, len(held))


def test_many_units_over_bullets_each_hold_their_parts():
    doc, claims = run(hostile.units_over_bullets(4000))
    units = len(re.findall(r"^Division of ", doc.text, re.M))
    parts = [c for c in claims if c.relation == "part_of" and c.object.startswith("Division of ")]
    assert units > 30 and len(parts) == 2 * units, (units, len(parts))


def test_many_headings_each_open_their_section():
    doc, _ = run(hostile.many_headings(3000))
    titles = [t for t, _, _ in doc.sections]
    assert titles[:3] == ["Section 0", "Section 1", "Section 2"] and len(titles) > 40


# --------------------------------------------------------------------------- the time budget

GOOD = "= Harbour Office =\nThe Harbour Office is led by Ada Li.\n"
SLOW = "= Quay Office =\nThe Quay Office is led by Bo Wu.\n"


def _slow_extract(real):
    def extract_claims(doc, **kw):
        if doc.doc == "slow.txt":
            while True:  # a parse that never ends (busy: the budget is CPU time)
                pass
        return real(doc, **kw)

    return extract_claims


def test_a_document_over_its_time_budget_is_stopped_and_the_build_goes_on(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "slow.txt").write_text(SLOW)
    run(GOOD)  # the vocabulary loaded: the good document's parse is well within the budget
    monkeypatch.setattr(parsing, "extract_claims", _slow_extract(parsing.extract_claims))
    tables = orgnet.build(tmp_path, jobs=1, doc_timeout=3)
    docs = tables.documents.set_index("doc")
    assert docs.loc["slow.txt", "status"] == "timeout"
    assert docs.loc["slow.txt", "warnings"].startswith(
        "slow.txt: parse stopped after 3 s (the per-document time budget)"
    )
    assert docs.loc["slow.txt", "n_claims"] == 0
    assert docs.loc["good.txt", "status"] == "ok"
    assert set(tables.claims["doc"]) == {"good.txt"}
    assert "Ada Li" in set(tables.claims["subject_name"])


def test_parse_one_over_budget_names_the_file_and_the_budget(tmp_path, monkeypatch):
    (tmp_path / "slow.txt").write_text(SLOW)
    monkeypatch.setattr(parsing, "extract_claims", _slow_extract(parsing.extract_claims))
    doc, claims = parse_one(tmp_path / "slow.txt", timeout=0.2)
    assert (doc.status, claims) == ("timeout", [])
    assert doc.warnings == ["slow.txt: parse stopped after 0.2 s (the per-document time budget); not parsed"]


def test_a_large_file_gets_a_budget_per_mb(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2_500_000)
    monkeypatch.setattr(parsing, "read_document", lambda path: orgnet.parse_text(SLOW, "slow.txt"))
    monkeypatch.setattr(parsing, "extract_claims", _slow_extract(parsing.extract_claims))
    doc, _ = parse_one(big, timeout=0.1)
    assert doc.status == "timeout"
    assert doc.warnings == ["big.txt: parse stopped after 0.25 s (the per-document time budget); not parsed"]


def test_a_document_within_its_budget_is_parsed_as_without_one(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    a = parse_one(tmp_path / "good.txt", timeout=30)
    b = parse_one(tmp_path / "good.txt")
    assert a[0].status == "ok" and a[1] == b[1]
    import signal

    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)  # the timer is put away


def test_no_budget_outside_the_main_thread(tmp_path, monkeypatch):
    (tmp_path / "slow.txt").write_text(SLOW)
    calls = []

    def extract_claims(doc, **kw):
        t0 = time.process_time()
        while time.process_time() - t0 < 0.3:  # longer than the budget: stopped in the main thread, not here
            pass
        calls.append(doc.doc)
        return []

    monkeypatch.setattr(parsing, "extract_claims", extract_claims)
    out = []
    t = threading.Thread(target=lambda: out.append(parse_one(tmp_path / "slow.txt", timeout=0.05)))
    t.start()
    t.join()
    assert calls == ["slow.txt"] and out[0][0].status == "ok"


def test_cli_doc_timeout_option(tmp_path, monkeypatch, capsys):
    from orgnet import cli

    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "slow.txt").write_text(SLOW)
    run(GOOD)  # the vocabulary loaded
    monkeypatch.setattr(parsing, "extract_claims", _slow_extract(parsing.extract_claims))
    code = cli.main(
        [
            "build",
            str(tmp_path),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
            "--no-cache",
            "--no-progress",
            "--doc-timeout",
            "3",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "slow.txt: timeout - slow.txt: parse stopped after 3 s" in out and "good.txt" not in out
    with pytest.raises(SystemExit):
        cli.main(["build", str(tmp_path), "--doc-timeout", "-1"])
