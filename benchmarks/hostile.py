"""Hostile inputs (issue 14): does parsing one file stay linear in its size?

    .venv/bin/python benchmarks/hostile.py [--sizes 50000,100000,200000,400000] [--only NAME,...]
                                           [--json FILE] [--profile NAME --size BYTES]
    .venv/bin/python benchmarks/run.py --only hostile     # the same, written into results.md

Each family below writes one invented document of about ``size`` bytes whose shape is bad for
a parser: a line of footnote markers followed by text, sentences crowded with markers, an
unclosed ``<script>``, a trigger phrase repeated in one sentence, a long line without spaces,
deeply nested brackets, a one-line infobox with thousands of fields, a table row with
thousands of cells, thousands of headings, and so on. For each family and each size, the file
is parsed the way a build parses it (:func:`orgnet.pipeline.parse_one`: read, layout, fields,
sentences, claims) in this process, best of ``repeats`` runs (CPU time, the garbage collector
paused), and the time ratio of each doubling of the size is reported: 2.0 is linear, 4.0
quadratic; the target is at most 2.5. A step over the target is measured again with three
times the repeats before it is reported, so that one disturbed run does not flag a family.

A family's sizes stop early when one parse takes longer than ``--cap`` seconds (the figures so
far are kept, and the ratio of the last doubling is still reported), so a regression to
quadratic time shows as a high ratio instead of a benchmark that never ends.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import math
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the issue's target: time ratio per doubling of the input
TARGET_RATIO = 2.5
#: the sizes `make bench` doubles through (bytes)
SIZES = (25000, 50000, 100000, 200000)
#: below this many seconds, a parse time is mostly noise; ratios are taken from larger sizes
MIN_SECONDS = 0.02

METHOD = (
    "Each family is one invented document of the given size, written to a temporary file and "
    "parsed by `orgnet.pipeline.parse_one` (read, layout, fields, sentences, claims) in one process, "
    "best of the repeats (CPU time, with the garbage collector paused during a parse; the memo caches "
    "keyed by a document's words are emptied before each parse); a step over the target is measured "
    "again with three times the repeats, each size keeping its best time; the ratio is the time at 2S "
    "over the time at S (2.0 = linear, 4.0 = quadratic). A family stops growing once one parse takes "
    "longer than the cap."
)


def _fill(unit: Callable[[int], str], size: int, head: str = "", tail: str = "", sep: str = "") -> str:
    """``head``, then ``unit(0)``, ``unit(1)``, ... joined by ``sep`` up to about ``size`` characters, then ``tail``."""
    parts, n, k = [head], len(head) + len(tail), 0
    while n < size:
        u = unit(k)
        parts.append(u + sep)
        n += len(u) + len(sep)
        k += 1
    parts.append(tail)
    return "".join(parts)


LEAD = "The Bureau of Tides is a government agency. The Bureau of Tides is led by Ada Li.\n"


def markers_then_text(size: int) -> str:
    """One line: ``[1][2][3]...`` for half the size, then sentences on the same line."""
    half = size // 2
    line = _fill(lambda k: f"[{k % 999 + 1}]", half)
    text = _fill(lambda k: f"The Bureau of Tides {k} was founded in 1950. ", size - half)
    return "= Bureau of Tides =\n" + line + " " + text + "\n"


def sentence_markers(size: int) -> str:
    """Many short sentences, each followed by footnote markers, a paragraph every 20 sentences."""

    def unit(k: int) -> str:
        end = "\n" if k % 20 == 19 else " "
        return f"The Office {k} was founded in 1950.[{k % 99 + 1}][{k % 7 + 1}]{end}"

    return _fill(unit, size, head=LEAD)


def sentence_markers_one_line(size: int) -> str:
    """Sentences with footnote markers, all on one line (a 20 MB article saved without line ends)."""
    return _fill(lambda k: f"The Office {k} was founded in 1950.[{k % 99 + 1}] ", size, head=LEAD.strip() + " ")


def unclosed_script(size: int) -> str:
    """An HTML page whose ``<script>`` is never closed, followed by paragraphs of text."""
    head = "<html><head><title>Bureau of Tides</title></head><body><p>The Bureau of Tides is led by Ada Li.</p><script>"
    return _fill(lambda k: f"<p>The Office {k} was founded in 1950.</p>\n", size, head=head, tail="</body></html>")


def many_script_openings(size: int) -> str:
    """An HTML page with thousands of ``<script`` openings and no closing tag."""
    head = "<html><body><p>The Bureau of Tides is led by Ada Li.</p>\n"
    return _fill(lambda k: f"<script src='a{k}.js'> var x{k} = 1; <p>Office {k}.</p>\n", size, head=head)


def trigger_repeated(size: int) -> str:
    """One sentence that repeats a trigger phrase (``... is led by Ada Li and is led by ...``)."""
    return _fill(
        lambda k: " and is led by Ada Li",
        size,
        head="= Bureau of Tides =\nThe Bureau of Tides is led by Ada Li",
        tail=".\n",
    )


def trigger_repeated_names(size: int) -> str:
    """One sentence: many organisations, each "a subsidiary of" the next (many names and phrases)."""
    return _fill(
        lambda k: f"the Tide Office {k} is a subsidiary of ",
        size,
        head="= Bureau of Tides =\n",
        tail="the Bureau of Tides.\n",
    )


def long_word(size: int) -> str:
    """One line without a space (a base64 blob pasted into an article)."""
    return "= Bureau of Tides =\n" + LEAD + ("QmFzZTY0" * (size // 8 + 1))[:size] + "\n"


def long_capitalised(size: int) -> str:
    """One sentence of capitalised words without a full stop (a name that never ends)."""
    return _fill(lambda k: f"Tide{k % 97} ", size, head="= Bureau of Tides =\n" + LEAD + "The ", tail="Bureau.\n")


def nested_brackets(size: int) -> str:
    """Deeply nested brackets and parentheses in one sentence, with names inside."""
    depth = size // 40
    return (
        "= Bureau of Tides =\n"
        + LEAD
        + "The Bureau of Tides ("
        + "(Office of Tides [" * depth
        + "x"
        + "])" * depth
        + ") was founded in 1950.\n"
    )


def many_parentheses(size: int) -> str:
    """One sentence with thousands of parenthesised glosses (``Office of Tides (OT) ...``)."""
    return _fill(
        lambda k: f"the Office {k} (ON{k % 50}) and ",
        size,
        head="= Bureau of Tides =\nThe Bureau of Tides (BT) oversees ",
        tail="the Port Office (PO).\n",
    )


def infobox_one_line(size: int) -> str:
    """A whole wikitext infobox on one line with thousands of ``| key = value`` fields."""
    return _fill(
        lambda k: f" | field{k} = Value {k}",
        size,
        head="{{Infobox organization | name = Bureau of Tides | leader_name = Ada Li | formation = 1954",
        tail=" }} The Bureau of Tides is an agency.\n",
    )


def key_value_line(size: int) -> str:
    """One ``key = value`` line whose value is a long run of words and ``=`` signs."""
    return (
        "= Bureau of Tides =\n"
        + LEAD
        + _fill(lambda k: f"Leader = Ada Li no. {k} = ", size, head="| parent_organization = ", tail="\n")
    )


def pipe_cells(size: int) -> str:
    """A table whose one row has thousands of ``|`` cells."""
    head = "| Field | Value |\n|---|---|\n| Leader | Ada Li |\n"
    return _fill(lambda k: f" Cell {k} |", size, head=head + "|", tail="\n")


def pipe_rows(size: int) -> str:
    """A two-column table of thousands of rows."""
    head = "Bureau of Tides\n| Field | Value |\n|---|---|\n| Leader | Ada Li |\n"
    return _fill(lambda k: f"| Field{k} | Value {k} |\n", size, head=head)


def _surname(k: int) -> str:
    """An invented surname for number ``k`` ("Baa", "Bab", ...): every roster line a person of its own."""
    letters, k = "", k + 26 * 26
    while k:
        letters, k = chr(97 + k % 26) + letters, k // 26
    return letters.capitalize()


def roster_lines(size: int) -> str:
    """A roster without list markup: thousands of "Name, Post" lines under "Its members are:"."""
    head = "Tide Council\n\nThe Tide Council is the security council of Veldra.\n\nIts members are:\n\n"
    return _fill(lambda k: f"General Ada {_surname(k)}, Head of the Sea Office\n", size, head=head)


def members_listed(size: int) -> str:
    """One sentence listing thousands of a committee's members, the verb again every hundred names."""
    head = "Tide Council\n\nThe Tide Council comprises Ada Baa"
    return _fill(
        lambda k: f", minister Ada {_surname(k)}" if k % 100 else " and the Tide Board includes Bo Baa",
        size,
        head=head,
        tail=" and Cy Lo.\n",
    )


def roster_shapes(size: int) -> str:
    """A roster under "Its members are:" whose items change shape every two lines (names alone, then a
    name and a post): each run goes on the roster the run before it is on."""
    head = "Tide Council\n\nIts members are:\n\n"
    return _fill(
        lambda k: f"Ada {_surname(k)}\n" if k // 2 % 2 else f"Bo {_surname(k)} – Director of the Sea Office\n",
        size,
        head=head,
    )


def template_keys_line(size: int) -> str:
    """A template dump's keys run together on one line, its name lost ("|chief1_name = X |type = ...")."""
    return (
        _fill(
            lambda k: f"|chief{k % 9 + 1}_name = Ada {_surname(k)} |chief{k % 9 + 1}_position = [[Director]] ",
            size,
            head="Tide Bureau\n\n",
        )
        + "\n"
    )


def names_over_terms(size: int) -> str:
    """A page of former holders: thousands of name lines, each over its term and a short paragraph."""
    return _fill(
        lambda k: f"Ada {_surname(k)}\n\nJuly 16, 2007 to November 20, 2011\n\nShe joined the Tide Police in 1974.\n\n",
        size,
        head="Former Tide Police Commissioners\n\n",
    )


def names_in_columns(size: int) -> str:
    """A post's key over thousands of lines of names set in columns, blank lines between."""
    return _fill(
        lambda k: f"Ada {_surname(k)}                 Bo {_surname(k)}\n\n",
        size,
        head="Tide Council\n\nVice-Chairmen\n\n",
    )


def organ_key_names(size: int) -> str:
    """An organ's key over thousands of bare names, one a line ("Politburo Standing Committee Ada Baa")."""
    return _fill(
        lambda k: f"Ada {_surname(k)}\n",
        size,
        head="Tide Party\nChairman Ada Morn\nPolitburo Standing Committee Bo Lin\n",
        tail="\nThe Tide Party is the ruling party of Veldra.\n",
    )


def career_items(size: int) -> str:
    """A person's career as one sentence of thousands of items parted by semicolons, each a post and its dates."""
    return _fill(
        lambda k: f"president of the {_surname(k)} Bureau (1933 - 1945); ",
        size,
        head="Ada Morn\n\nAda Morn (1897-1945) was a politician of Veldra.\n\n",
        tail="chancellor (1945).\n",
    )


def units_over_bullets(size: int) -> str:
    """A list's colon line over thousands of units, each a line with no bullet over two bullets of its parts."""
    return _fill(
        lambda k: f"Division of {_surname(k)} Tides\n- General {_surname(k)} Security\n- Tide Office {k}\n",
        size,
        head="Ministry of Tides\n\nThe Ministry of Tides is a ministry of Veldra.\n"
        "The ministry consists of the following units:\n",
    )


def relative_clauses(size: int) -> str:
    """One sentence of thousands of clauses, each a body, a relative clause set off by commas and a verb
    ("the X Bureau, which is a unit of the Y Office, was founded by Bo Baa and")."""
    return _fill(
        lambda k: (
            f"the {_surname(k)} Bureau, which is a unit of the {_surname(k + 1)} Office, was founded by "
            f"Bo {_surname(k)} and "
        ),
        size,
        head="Tide News\n\nIn 1990 ",
        tail="the Sea Office was founded.\n",
    )


def commanders_and_chaired_roster(size: int) -> str:
    """Thousands of infobox rows of units and their commanders under a commanders' key, then a chair's line
    over thousands of bulleted styled names ("The Rt Hon. Ada Baa MP (Chair)" / "  • Sir Bo Baa CBEMP")."""
    half = max(size // 2, 1)
    rows = _fill(
        lambda k: f"{_surname(k)} Force | Brig. Gen. Ada {_surname(k)} |\n",
        half,
        head="Tide Corps |\n|\nCommanders | |\n",
    )
    roster = _fill(
        lambda k: f"  • The Rt Hon. Sir Bo {_surname(k)} CBEMP\n", half, head="\nThe Rt Hon. Dr Ada Morn MP (Chair)\n\n"
    )
    return rows + roster + "\nThe Tide Corps (TC) is a corps of Veldra.\n"


def flat_table_and_glued_links(size: int) -> str:
    """A table flattened into one line of thousands of rows parted by "[citation needed]", then a
    numbered chart of thousands of posts and holders under a colon, then prose whose links are glued
    to the word before them ("theTide Office", "isAda Baa")."""
    third = max(size // 3, 1)
    table = _fill(
        lambda k: f"General Sir Ada {_surname(k)} 1908–1912 [citation needed] ",
        third,
        head="Chief of the Tide Staff (Veldra)\n\nRank Name Image Assumed office Notes Reference ",
        tail="\n\nStructure:\n\n",
    )
    chart = _fill(lambda k: f"  {k % 9 + 1}. Director General - Brigadier General Bo {_surname(k)}\n", third)
    prose = _fill(
        lambda k: f"It reports to theTide Office {k} and itsStanding Committee; its head isAda {_surname(k)}. ", third
    )
    return table + chart + "\n" + prose + "\n"


def many_headings(size: int) -> str:
    """Thousands of headings, each with one sentence under it."""
    return _fill(
        lambda k: f"== Section {k} ==\nThe Office {k} was founded in 1950.\n", size, head="= Bureau of Tides =\n"
    )


def dash_fields(size: int) -> str:
    """A dash infobox with thousands of ``- Key: Value`` fields."""
    return _fill(
        lambda k: f"- Field{k}: Value {k}\n", size, head="= Bureau of Tides =\n- Leader: Ada Li\n- Type: Agency\n"
    )


def bullets(size: int) -> str:
    """Thousands of bullets under one list heading (names with dates)."""
    return _fill(
        lambda k: f"- Ada Li{k % 10} ({1950 + k % 60}–{1951 + k % 60})\n",
        size,
        head="= Bureau of Tides =\nThe Bureau of Tides is an agency.\n== Directors ==\n",
    )


def references(size: int) -> str:
    """A reference list of thousands of numbered entries."""
    return _fill(
        lambda k: f'{k % 999 + 1}. ^ "Bureau report {k}". Tide News. 2001.\n',
        size,
        head="= Bureau of Tides =\n" + LEAD + "== References ==\n",
    )


def percent_escaped(size: int) -> str:
    """A scrape saved %-escaped (``Ministry%20of%20Tides``)."""
    return _fill(lambda k: f"The%20Office%20{k}%20was%20founded%20in%201950.%20", size, head=LEAD)


def blank_lines(size: int) -> str:
    """Sentences separated by runs of blank lines and spaces."""
    return _fill(lambda k: f"The Office {k} was founded in 1950.\n\n   \n\n", size, head=LEAD)


def glued_lines(size: int) -> str:
    """Thousands of glued infobox lines (``FormationOffice no. 3``)."""
    return _fill(
        lambda k: f"Formation{1950 + k % 60}; {k} years ago\nLeaderAda Li{k}\n", size, head="Bureau of Tides\n"
    )


def plain_prose(size: int) -> str:
    """Ordinary running prose, paragraph after paragraph of sentences with names (a long report)."""
    return _fill(
        lambda k: (
            f"In {1950 + k % 60}, the Office of Harbour Works No. {k} was placed under the Bureau of Tides. "
            f"It is led by Ada Li{k % 50} and publishes the Tide Review.\n\n"
        ),
        size,
        head=LEAD,
    )


def wrapped_prose(size: int) -> str:
    """Paragraphs hard-wrapped mid-sentence, as a plain-text report keeps them (their line breaks are joined)."""
    return _fill(
        lambda k: (
            f"The Office of Harbour Works No. {k} was placed under\nthe Bureau of Tides in {1950 + k % 60}, "
            "and its staff\nwrite reports about tides, levers and pulleys that\nare read in many towns.\n\n"
        ),
        size,
        head=LEAD,
    )


#: name -> (generator, file suffix)
FAMILIES: dict[str, tuple[Callable[[int], str], str]] = {
    "markers_then_text": (markers_then_text, ".txt"),
    "sentence_markers": (sentence_markers, ".txt"),
    "sentence_markers_one_line": (sentence_markers_one_line, ".txt"),
    "unclosed_script": (unclosed_script, ".html"),
    "many_script_openings": (many_script_openings, ".html"),
    "trigger_repeated": (trigger_repeated, ".txt"),
    "trigger_repeated_names": (trigger_repeated_names, ".txt"),
    "long_word": (long_word, ".txt"),
    "long_capitalised": (long_capitalised, ".txt"),
    "nested_brackets": (nested_brackets, ".txt"),
    "many_parentheses": (many_parentheses, ".txt"),
    "infobox_one_line": (infobox_one_line, ".txt"),
    "key_value_line": (key_value_line, ".txt"),
    "pipe_cells": (pipe_cells, ".txt"),
    "pipe_rows": (pipe_rows, ".txt"),
    "roster_lines": (roster_lines, ".txt"),
    "members_listed": (members_listed, ".txt"),
    "roster_shapes": (roster_shapes, ".txt"),
    "template_keys_line": (template_keys_line, ".txt"),
    "names_over_terms": (names_over_terms, ".txt"),
    "names_in_columns": (names_in_columns, ".txt"),
    "organ_key_names": (organ_key_names, ".txt"),
    "career_items": (career_items, ".txt"),
    "units_over_bullets": (units_over_bullets, ".txt"),
    "relative_clauses": (relative_clauses, ".txt"),
    "commanders_and_chaired_roster": (commanders_and_chaired_roster, ".txt"),
    "flat_table_and_glued_links": (flat_table_and_glued_links, ".txt"),
    "many_headings": (many_headings, ".txt"),
    "dash_fields": (dash_fields, ".txt"),
    "bullets": (bullets, ".txt"),
    "references": (references, ".txt"),
    "percent_escaped": (percent_escaped, ".txt"),
    "blank_lines": (blank_lines, ".txt"),
    "glued_lines": (glued_lines, ".txt"),
    "plain_prose": (plain_prose, ".txt"),
    "wrapped_prose": (wrapped_prose, ".txt"),
}


def write(name: str, size: int, folder: Path) -> Path:
    """Write family ``name`` at about ``size`` bytes into ``folder``; its path."""
    gen, suffix = FAMILIES[name]
    path = folder / f"{name}-{size}{suffix}"
    path.write_text(gen(size), encoding="utf-8")
    return path


#: memo caches keyed by a document's words (not by the vocabulary), cleared before each timed parse:
#: otherwise a repeat, or the next size of a family (same keys, more of them), finds the keys an
#: earlier parse looked up, and the ratios measure the cache instead of the parser
MEMOS = (
    "orgnet.read.field_lines:_lookup",
    "orgnet.read.lines:section_kind_of",
    "orgnet.countries:_demonym",
    "orgnet.countries:countries_in",
    "orgnet.lexicon:singular_title",
)


def clear_memos() -> None:
    """Empty the caches of :data:`MEMOS` (each a ``functools.lru_cache``)."""
    import importlib

    for entry in MEMOS:
        module, name = entry.split(":")
        getattr(importlib.import_module(module), name).cache_clear()


def time_parse(path: Path, repeats: int) -> float:
    """Best of ``repeats`` CPU times of :func:`orgnet.pipeline.parse_one` on ``path``, in seconds.

    CPU time of this process (the parse is single-threaded), so that other work on the machine
    disturbs the ratios less than it would wall time.
    """
    from orgnet.pipeline import parse_one

    best = float("inf")
    for _ in range(repeats):
        clear_memos()
        gc.collect()  # a collection that falls inside one parse and not another is not the parser's time
        gc.disable()
        try:
            t0 = time.process_time()
            parse_one(path)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def measure_family(name: str, sizes: list[int], folder: Path, repeats: int = 3, cap: float = 10.0) -> dict:
    """Times of one family at each size and the ratio of each doubling.

    Returns ``{"sizes": [...], "seconds": [...], "ratios": [...], "worst": float | None, "capped": bool}``;
    ``ratios[i]`` is ``seconds[i + 1] / seconds[i]`` scaled to a doubling of the size, ``None`` when
    the smaller time is under :data:`MIN_SECONDS` (noise).
    """
    time_parse(write(name, 2000, folder), 1)  # warm: the vocabulary loaded, this family's regexes compiled
    done_sizes: list[int] = []
    seconds: list[float] = []
    capped = False
    for size in sizes:
        path = write(name, size, folder)
        real = path.stat().st_size
        t = time_parse(path, repeats)
        path.unlink()
        done_sizes.append(real)
        seconds.append(t)
        if t > cap and size != sizes[-1]:
            capped = True
            break
    ratios = _ratios(done_sizes, seconds)
    for i, r in enumerate(ratios):
        if r is not None and r > TARGET_RATIO and not capped:
            # one step over the target: measure both of its sizes again, with more repeats, and keep
            # each size's best time over all runs (a step that was noise comes down; a real one stays)
            for j in (i, i + 1):
                path = write(name, sizes[j], folder)
                seconds[j] = min(seconds[j], time_parse(path, 3 * repeats))
                path.unlink()
            ratios = _ratios(done_sizes, seconds)
    real_ratios = [r for r in ratios if r is not None]
    return {
        "sizes": done_sizes,
        "seconds": [round(t, 4) for t in seconds],
        "ratios": ratios,
        "worst": max(real_ratios) if real_ratios else None,
        "capped": capped,
    }


def _ratios(sizes: list[int], seconds: list[float]) -> list[float | None]:
    """The time ratio of each step, scaled to a doubling of the size (``None`` when the smaller
    time is under :data:`MIN_SECONDS`: noise).

    >>> _ratios([1000, 2000, 4100], [0.01, 0.1, 0.2])
    [None, 1.95]
    """
    out: list[float | None] = []
    for (s0, t0), (s1, t1) in zip(zip(sizes, seconds), zip(sizes[1:], seconds[1:])):
        if t0 < MIN_SECONDS:
            out.append(None)
            continue
        # a doubling's ratio even when the sizes are not exactly 2x apart: t1/t0 = (s1/s0)^k -> 2^k
        k = math.log(t1 / t0) / math.log(s1 / s0) if s1 != s0 and t1 > 0 else 1.0
        out.append(round(2**k, 2))
    return out


def measure(
    sizes: list[int],
    names: list[str] | None = None,
    repeats: int = 3,
    cap: float = 10.0,
    log: Callable[[str], None] | None = None,
) -> dict:
    """Every family (or ``names``) at ``sizes``: ``{"families": {name: measure_family(...)}, "worst": ...}``."""
    out: dict = {"sizes": sizes, "target": TARGET_RATIO, "families": {}}
    with tempfile.TemporaryDirectory(prefix="orgnet-hostile-") as tmp:
        for name in names or list(FAMILIES):
            t0 = time.perf_counter()
            out["families"][name] = r = measure_family(name, sizes, Path(tmp), repeats, cap)
            if log:
                log(
                    f"hostile: {name}: {', '.join(f'{t:.3f}s' for t in r['seconds'])}; ratios "
                    f"{', '.join('-' if x is None else f'{x}x' for x in r['ratios'])} "
                    f"({time.perf_counter() - t0:.1f} s)"
                )
    worst = [(r["worst"], n) for n, r in out["families"].items() if r["worst"] is not None]
    out["worst"] = max(worst)[0] if worst else None
    out["worst_family"] = max(worst)[1] if worst else None
    return out


def table(res: dict) -> list[str]:
    """Markdown rows: one per family, its times per size and its ratio per doubling."""
    sizes = res["sizes"]
    head = "| family | " + " | ".join(f"{s / 1000:g} KB" for s in sizes) + " | ratio per doubling | worst | met |"
    lines = [head, "|" + "---|" * (len(sizes) + 4)]
    for name, r in res["families"].items():
        cells = [f"{t:.3f} s" for t in r["seconds"]] + ["—"] * (len(sizes) - len(r["seconds"]))
        ratios = ", ".join("–" if x is None else f"{x}x" for x in r["ratios"]) or "–"
        worst = r["worst"]
        met = "yes" if worst is None or worst <= res["target"] else "**no**"
        lines.append(
            f"| {name}{' (capped)' if r['capped'] else ''} | "
            + " | ".join(cells)
            + f" | {ratios} | {'–' if worst is None else f'{worst}x'} | {met} |"
        )
    return lines


def profile(name: str, size: int, top: int = 25) -> None:
    """Print the ``top`` functions by cumulative time of one parse of family ``name`` at ``size``."""
    from orgnet.pipeline import parse_one

    with tempfile.TemporaryDirectory(prefix="orgnet-hostile-") as tmp:
        parse_one(write(name, 2000, Path(tmp)))  # warm: vocabulary loaded, regexes compiled
        path = write(name, size, Path(tmp))
        prof = cProfile.Profile()
        prof.enable()
        parse_one(path)
        prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="sizes in bytes, each double the last")
    ap.add_argument("--only", default=None, help="comma-separated family names (default: all)")
    ap.add_argument("--repeats", type=int, default=3, help="best of this many parses at each size")
    ap.add_argument("--cap", type=float, default=10.0, help="stop a family's sizes after a parse this slow (s)")
    ap.add_argument("--json", default=None, help="write the figures here as JSON")
    ap.add_argument("--profile", default=None, help="profile one family (with --size) instead")
    ap.add_argument("--size", type=int, default=200000)
    args = ap.parse_args(argv)
    if args.profile:
        profile(args.profile, args.size)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.only.split(",") if args.only else None
    res = measure(sizes, names, args.repeats, args.cap, log=lambda m: print(m, file=sys.stderr, flush=True))
    print("\n".join(table(res)))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n")
    return 0 if res["worst"] is None or res["worst"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
