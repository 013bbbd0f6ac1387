"""The checks of the lesson in notebooks/06_teaching.ipynb.

A check computes its expected answer from the tables when it runs, so no answer key sits in the
notebook and the answers stay right when documents are added to ``seeds/``. Answers are read
generously: names ignore case, surrounding spaces and punctuation and a leading "the"; numbers
may be given as text ("2"); truths as text ("False", "no"); reference numbers in any order and
separated by ";", "," or spaces. A wrong answer gets a hint, not just a cross.

>>> same_name("  The Harbour Research Institute. ", {"Harbour Research Institute", "HRI"})
True
>>> as_number("2"), as_number(2.0), as_number("two"), as_truth("no"), as_truth("False"), sorted(as_refs("7; 2"))
(2, 2, None, False, False, ['2', '7'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .errors import InputError

if TYPE_CHECKING:
    import networkx as nx

    from .tables import Tables

__all__ = ["Lesson", "normal_name", "same_name", "as_number", "as_truth", "as_refs", "CORRECT", "WRONG", "UNANSWERED"]

CORRECT, WRONG, UNANSWERED = "✓ correct", "✗ not yet", "… not answered yet"

_EDGE = " \t\n.,;:!?'\"`“”‘’"
_TRUE, _FALSE = {"true", "yes", "y", "t"}, {"false", "no", "n", "f"}


def normal_name(text: Any) -> str:
    """A name as compared by the checks: lower case, single spaces, no surrounding punctuation,
    no leading "the".

    >>> normal_name(" The  Bureau of Quiet Affairs! ")
    'bureau of quiet affairs'
    """
    name = " ".join(str(text).split()).strip(_EDGE).casefold()
    return name[4:] if name.startswith("the ") else name


def same_name(answer: Any, accepted: Iterable[str]) -> bool:
    """Whether `answer` is one of the `accepted` names, compared by :func:`normal_name`."""
    return isinstance(answer, str) and normal_name(answer) in {normal_name(a) for a in accepted if a}


def as_number(answer: Any) -> int | float | None:
    """`answer` as a number (``7``, ``7.0``, ``"7"``); None when it is not one (a truth is not)."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, (int, float)):
        return int(answer) if float(answer).is_integer() else answer
    if isinstance(answer, str):
        text = answer.strip(_EDGE)
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if re.fullmatch(r"-?\d+\.\d*", text):
            return as_number(float(text))
    return None


def as_truth(answer: Any) -> bool | None:
    """`answer` as True or False (``True``, ``"false"``, ``"no"``); None when it is neither."""
    if isinstance(answer, bool):
        return answer
    if isinstance(answer, str):
        text = answer.strip(_EDGE).casefold()
        return True if text in _TRUE else False if text in _FALSE else None
    return None


def as_refs(answer: Any) -> frozenset[str] | None:
    """Reference numbers (``"2;7"``, ``"7, 2"``, ``[2, 7]``) as a set of strings; None when
    `answer` holds anything but numbers."""
    parts = (
        [str(p) for p in answer]
        if isinstance(answer, (list, tuple, set))
        else re.split(r"[;,\s]+", answer.strip(_EDGE))
        if isinstance(answer, str)
        else []
    )
    parts = [p.strip() for p in parts if p.strip()]
    return frozenset(parts) if parts and all(p.isdigit() for p in parts) else None


_READERS: dict[str, Callable[[Any], Any]] = {"number": as_number, "truth": as_truth, "refs": as_refs}
_SHAPES = {
    "name": 'a name in quotes, e.g. "Ministry of Widgets"',
    "number": "a number, e.g. 7",
    "truth": "True or False",
    "refs": 'reference numbers in quotes, e.g. "2;7"',
}


@dataclass(frozen=True)
class Exercise:
    """One exercise: the kind of answer (name, number, truth, refs), how to compute the accepted
    answers from a :class:`Lesson`, and a hint for a wrong answer."""

    kind: str
    expected: Callable[["Lesson"], set]
    hint: str


def _names(G: "nx.MultiDiGraph", node: str) -> set[str]:
    """Every accepted way to write a node: its id, its label and its aliases."""
    return {node, G.nodes[node]["label"], *str(G.nodes[node].get("aliases") or "").split(";")} - {""}


class Lesson:
    """The lesson's checks over the seeds' tables and the invented article's graph.

    Parameters
    ----------
    tables : the seeds' tables (``orgnet.build(ROOT / "seeds")``).
    toy : the graph of the lesson's invented article.
    seeds : the seeds folder (exercise 5 reads a document's text).
    """

    def __init__(self, tables: "Tables", toy: "nx.MultiDiGraph", seeds: str | Path) -> None:
        from . import graph

        self.tables, self.toy, self.seeds = tables, toy, Path(seeds)
        self.G = graph.to_graph(tables)
        self.cc = graph.hierarchy(self.G, "Central Committee of the Chinese Communist Party")

    def slide_quote(self) -> tuple[str, str]:
        """Exercise 5's quote and the document it is said to come from: the fullest sentence that
        makes CICIR the 11th Bureau's front, as a slide might misquote it."""
        from . import graph

        cicir = graph.find_node(self.G, "CICIR")
        bureau = graph.find_node(self.G, "11th Bureau of the Ministry of State Security")
        claims = self.tables.claims
        said = (claims["subject"] == cicir) & (claims["relation"] == "front_for") & (claims["object"] == bureau)
        cover = claims[said]
        cover = cover.loc[cover["evidence"].str.len().idxmax()]
        return str(cover["evidence"]).replace("11th", "12th"), str(cover["doc"])

    def expected(self, n: int) -> set:
        """The accepted answers of exercise `n` (for the teacher; the checks call it)."""
        return EXERCISES[self._exercise(n)].expected(self)

    def _exercise(self, n: int) -> int:
        if n not in EXERCISES:
            raise InputError(f"no exercise {n!r}; the lesson has exercises {sorted(EXERCISES)}")
        return n

    def verdict(self, n: int, answer: Any) -> str:
        """``"Exercise n: ✓ correct"``, ``"Exercise n: ✗ not yet. Hint: ..."`` or
        ``"Exercise n: … not answered yet"``."""
        ex = EXERCISES[self._exercise(n)]
        if answer is None:
            return f"Exercise {n}: {UNANSWERED}"
        expected = ex.expected(self)
        if ex.kind == "name":
            right = same_name(answer, expected)
            read = answer if isinstance(answer, str) else None
        else:
            read = _READERS[ex.kind](answer)
            right = read is not None and read in {_READERS[ex.kind](e) for e in expected}
        if right:
            return f"Exercise {n}: {CORRECT}"
        if read is None:
            return f"Exercise {n}: {WRONG}. Answer with {_SHAPES[ex.kind]} (you gave {answer!r}). Hint: {ex.hint}"
        return f"Exercise {n}: {WRONG}. Hint: {ex.hint}"

    def check(self, n: int, answer: Any) -> None:
        """Print whether `answer` is right for exercise `n`, with a hint when it is not."""
        print(self.verdict(n, answer))


def _fronts(G: "nx.MultiDiGraph") -> Any:
    from . import graph

    return graph.fronts(G)


def _parent_of_caiu(lesson: Lesson) -> set:
    from . import graph

    node = graph.find_node(lesson.G, "Chinese Association for International Understanding")
    return _names(lesson.G, next(lesson.cc.predecessors(node)))


def _quote_is_there(lesson: Lesson) -> set:
    from .read.document import read_document

    quote, doc = lesson.slide_quote()
    return {quote in read_document(lesson.seeds / doc).text}


def _founding_refs(lesson: Lesson) -> set:
    from . import graph

    cicec = graph.find_node(lesson.G, "CICEC")
    c = lesson.tables.claims
    year = str(lesson.G.nodes[cicec]["founded"])
    found = (c["subject"] == cicec) & (c["relation"] == "founded") & (c["value"] == year) & (c["refs"] != "")
    return set(c.loc[found, "refs"])


def _more_reliable_year(lesson: Lesson) -> set:
    """The founding year of CICIR that the most reliable document in the conflict gives."""
    from . import graph, vocabulary
    from .sources import conflict_sides

    conf = vocabulary.hedges()["confidence"]
    grade = dict(zip(lesson.tables.documents["doc"], lesson.tables.documents["reliability"]))
    cicir = graph.find_node(lesson.G, "CICIR")
    sides = conflict_sides(lesson.tables.conflicts, lesson.tables.documents)
    sides = sides[(sides["entity"] == cicir) & (sides["field"] == "founded")]
    factor = {
        v: max(
            conf["reliability"].get(grade.get(d) or conf["default_reliability"], 1.0)
            for d in sides.loc[sides["value"] == v, "doc"]
        )
        for v in set(sides["value"])
    }
    return {v for v, f in factor.items() if f == max(factor.values())}


#: the lesson's exercises, by number
EXERCISES: dict[int, Exercise] = {
    1: Exercise(
        "name",
        lambda s: _names(s.toy, _fronts(s.toy)["front"].iloc[0]),
        "the front is the body the article calls the public face (or cover) of another body; "
        "give that body's name or abbreviation, not the one behind it.",
    ),
    2: Exercise(
        "number",
        lambda s: {len(_fronts(s.G))},
        "graph.fronts(G) has one row per front organization; count its rows with len(...).",
    ),
    3: Exercise(
        "number",
        lambda s: {max(d for _, d in s.cc.nodes(data="depth"))},
        "the bodies directly under the Central Committee are at depth 1; look for the largest "
        'depth in the tree (cc.nodes[node]["depth"]), the outermost ring of the sunburst.',
    ),
    4: Exercise(
        "name",
        _parent_of_caiu,
        "a body's parent in the tree is list(cc.predecessors(node)), with "
        'node = graph.find_node(G, "Chinese Association for International Understanding"); '
        "answer with the parent's name, abbreviation or id.",
    ),
    5: Exercise(
        "truth",
        _quote_is_there,
        "open the document's text and test `SLIDE_QUOTE in text`; one changed character is "
        "enough for a quote not to be word for word.",
    ),
    6: Exercise(
        "refs",
        _founding_refs,
        'look for CICEC\'s claims with relation "founded" whose value is the founding year and '
        'whose refs are not empty; answer with that refs cell, e.g. "2;7".',
    ),
    7: Exercise(
        "number",
        _more_reliable_year,
        "join the conflict's documents to tables.documents and compare their reliability "
        "grades (A most reliable, E least); answer with the year the better-graded document gives.",
    ),
}
