"""orgnet.notebook (briefings in a frame, display options, the students' handout) and orgnet.lesson
(the teaching notebook's checks: generous reading of answers, hints, no key in the notebook)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import orgnet
from orgnet import graph, lesson, notebook
from orgnet.errors import InputError
from orgnet.render.briefing import briefing_html

ROOT = Path(__file__).resolve().parents[1]
TEACHING = ROOT / "notebooks" / "06_teaching.ipynb"


# --------------------------------------------------------------------------- answers read generously


@pytest.mark.parametrize(
    "answer",
    [
        "Harbour Research Institute",
        "The Harbour Research Institute",
        "  harbour research institute. ",
        "HRI",
        "the HRI!",
        "“Harbour Research Institute”",
    ],
)
def test_names_accept_case_the_spaces_and_punctuation(answer):
    assert lesson.same_name(answer, {"Harbour Research Institute", "HRI"})


@pytest.mark.parametrize(
    "answer", ["Harbour Research Institute (wrong)", "Bureau of Quiet Affairs", "", 3, None, "Harbour Research"]
)
def test_names_reject_other_names_and_non_names(answer):
    assert not lesson.same_name(answer, {"Harbour Research Institute", "HRI"})


def test_numbers_truths_and_refs_given_as_text():
    assert [lesson.as_number(a) for a in (2, "2", " 2. ", 2.0, "2.0", True, "two", "2 (wrong)")] == [
        2,
        2,
        2,
        2,
        2,
        None,
        None,
        None,
    ]
    assert [lesson.as_truth(a) for a in (False, "False", "false", "no", "No.", "yes", True, 0, "maybe")] == [
        False,
        False,
        False,
        False,
        False,
        True,
        True,
        None,
        None,
    ]
    assert lesson.as_refs("1;2;3") == lesson.as_refs("3, 2, 1") == lesson.as_refs([1, 2, 3]) == frozenset("123")
    assert lesson.as_refs("1;2;3 (wrong)") is None and lesson.as_refs("") is None


# --------------------------------------------------------------------------- the lesson's checks


@pytest.fixture(scope="module")
def the_lesson(seeds_dir, tmp_path_factory) -> lesson.Lesson:
    nb = json.loads(TEACHING.read_text(encoding="utf-8"))
    article = next("".join(c["source"]) for c in nb["cells"] if "".join(c["source"]).startswith("ARTICLE = "))
    scope: dict = {}
    exec(article, scope)
    folder = tmp_path_factory.mktemp("lesson")
    (folder / "900_harbour_research_institute.txt").write_text(scope["ARTICLE"], encoding="utf-8")
    return lesson.Lesson(orgnet.build(seeds_dir), graph.to_graph(orgnet.build(folder)), seeds_dir)


def test_the_issue_s_rejected_answers_are_accepted(the_lesson):
    """Issue 13: 'The Harbour Research Institute', '2' as text and 'False' as text were rejected."""
    assert the_lesson.verdict(1, "The Harbour Research Institute") == "Exercise 1: ✓ correct"
    assert the_lesson.verdict(2, str(len(graph.fronts(the_lesson.G)))) == "Exercise 2: ✓ correct"
    assert the_lesson.verdict(5, "False") == "Exercise 5: ✓ correct"
    assert the_lesson.verdict(5, "no") == "Exercise 5: ✓ correct"


def test_wrong_answers_get_a_hint(the_lesson):
    for n in lesson.EXERCISES:
        wrong = {"name": "Ministry of Widgets", "number": 999, "truth": True, "refs": "99"}[lesson.EXERCISES[n].kind]
        verdict = the_lesson.verdict(n, wrong)
        assert verdict.startswith(f"Exercise {n}: ✗") and "Hint: " in verdict, verdict
        assert len(verdict.split("Hint: ")[1]) > 40, verdict
    shape = the_lesson.verdict(2, "two")
    assert "Answer with a number" in shape and "'two'" in shape, shape


def test_unanswered_and_unknown_exercises(the_lesson):
    assert the_lesson.verdict(3, None) == "Exercise 3: … not answered yet"
    with pytest.raises(InputError, match="no exercise 99"):
        the_lesson.verdict(99, 1)


def test_the_key_is_computed_from_the_tables(the_lesson):
    """Exercise 7: the founding year given by the better-graded of CICIR's conflicting documents."""
    sides = orgnet.sources.conflict_sides(the_lesson.tables.conflicts, the_lesson.tables.documents)
    sides = sides.merge(the_lesson.tables.documents[["doc", "reliability"]], on="doc").query("field == 'founded'")
    assert the_lesson.expected(7) == {sides.sort_values("reliability").iloc[0]["value"]}
    assert the_lesson.verdict(7, int(next(iter(the_lesson.expected(7))))) == "Exercise 7: ✓ correct"


def test_the_teaching_notebook_holds_no_answer_key():
    """No literal answers and no KEY in the notebook: the checks come from orgnet.lesson."""
    nb = json.loads(TEACHING.read_text(encoding="utf-8"))
    setup = "".join(
        "".join(c["source"])
        for c in nb["cells"]
        if c["cell_type"] == "code" and "solution" not in c["metadata"].get("tags", [])
    )
    assert "KEY" not in setup and "def check" not in setup
    assert "Lesson(" in setup


# --------------------------------------------------------------------------- display


def test_setup_display_shows_evidence_whole():
    sentence = "The Harbour Research Institute is the public face of the Bureau of Quiet Affairs, it says."
    with pd.option_context("display.max_colwidth", 50):
        assert sentence not in str(pd.DataFrame({"evidence": [sentence]}))
        notebook.setup_display()
        assert sentence in str(pd.DataFrame({"evidence": [sentence]}))
        assert sentence in pd.DataFrame({"evidence": [sentence]})._repr_html_()


def test_show_briefing_puts_the_network_first(seeds_dir, tmp_path):
    page = briefing_html(orgnet.build(seeds_dir), view="fronts")
    # the selectors the embed style relies on are in the page
    for selector in (
        'class="masthead"',
        'class="app"',
        'class="canvas-wrap"',
        'class="panel"',
        'class="controls"',
        "<title>",
    ):
        assert selector in page, selector
    frame = notebook.show_briefing(page, height=500)
    assert 'height="502"' in frame.data and "grid-template-areas: &quot;net panel&quot;" in frame.data
    path = tmp_path / "b.html"
    path.write_text(page, encoding="utf-8")
    assert notebook.show_briefing(path, height=500).data == frame.data
    assert notebook.show_briefing(str(path), height=500).data == frame.data
    with pytest.raises(FileNotFoundError, match="no briefing file"):
        notebook.show_briefing(tmp_path / "missing.html")


# --------------------------------------------------------------------------- the handout


def test_handout_leaves_out_the_solutions(tmp_path):
    out = tmp_path / "handout" / "06_teaching.ipynb"
    result = subprocess.run(
        [sys.executable, "-m", "orgnet.notebook", "handout", str(TEACHING), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    teacher = json.loads(TEACHING.read_text(encoding="utf-8"))
    student = json.loads(out.read_text(encoding="utf-8"))
    tags = [t for c in student["cells"] for t in c["metadata"].get("tags", [])]
    assert not set(tags) & set(notebook.HANDOUT_DROPS)
    assert tags.count("answer") == tags.count("check") == len(lesson.EXERCISES)
    dropped = [c for c in teacher["cells"] if set(c["metadata"].get("tags", [])) & set(notebook.HANDOUT_DROPS)]
    assert len(student["cells"]) == len(teacher["cells"]) - len(dropped) and dropped
    assert 'answer_1 = "' not in json.dumps(student)


def test_handout_refuses_to_overwrite_or_a_notebook_without_solutions(tmp_path):
    with pytest.raises(InputError, match="overwrite"):
        notebook.handout(TEACHING, TEACHING)
    plain = ROOT / "notebooks" / "02_hierarchy.ipynb"
    with pytest.raises(InputError, match="no cell tagged"):
        notebook.handout(plain, tmp_path / "x.ipynb")
    assert notebook.main(["handout", str(plain), str(tmp_path / "x.ipynb")]) == 1
