"""Cabinet tables (read stage): a pipe table of a government's or a party's portfolios and who
holds each, no terms given.

    Ministry | Cabinet Secretary |
    ---|---|
    Defence | Ada Morn |
    Interior & Tides | Bo Lin |
    Office of the Tide Registrar | Cy Lo |

The header names the kind of body each row's first cell is (``Ministry``, ``Department``,
``Portfolio``; names.yaml ``cabinet_columns``) and the post its holder holds (a known title).
A cell that names a body whole ("Office of the Tide Registrar") is that body; a field alone
("Defence") is the body of its kind for that field ("Ministry of Defence", a portfolio's too).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocabulary
from ..lexicon import is_known_title, singular_title
from .holder_names import person_name
from .infobox import Span, has_org_word

__all__ = ["CabinetHeader", "cabinet_header", "cabinet_row"]


@dataclass(frozen=True)
class CabinetHeader:
    """A cabinet table's header: the column of the bodies, its kind's word, the column of the
    holders and their post."""

    body_col: int
    kind: str
    holder_col: int
    title: str


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Column name (case folded) -> the word a body of that column is named with."""
    return {k.casefold(): v for k, v in vocabulary.names()["cabinet_columns"].items()}


def cabinet_header(line: str) -> CabinetHeader | None:
    """The header of a cabinet table: a column of bodies and a column of a post's holders, two or
    three columns (a party's may follow), between pipes; ``None`` for any other line.

    >>> cabinet_header("Ministry | Cabinet Secretary |")
    CabinetHeader(body_col=0, kind='Ministry', holder_col=1, title='Cabinet Secretary')
    >>> cabinet_header("Portfolio | Ministers | Party |").title, cabinet_header("Name | Party |")
    ('Minister', None)
    """
    if line.count("|") < 1 or re.search(r"\d", line):
        return None
    cells = [c for c in _cells(line) if c]
    if not 2 <= len(cells) <= 3:
        return None
    kinds = _kinds()
    body = next((k for k, c in enumerate(cells[:2]) if c.casefold() in kinds), -1)
    post = 1 - body if body >= 0 else -1
    title = singular_title(cells[post]) if post >= 0 else ""
    if body < 0 or not (is_known_title(title) or len(title.split()) <= 3 and is_known_title(title.split()[-1])):
        return None
    return CabinetHeader(body, kinds[cells[body].casefold()], post, title)


def cabinet_row(line: str, start: int, header: CabinetHeader) -> tuple[Span, list[str]] | None:
    """A cabinet table's row: its holder (the span of the name) and the bodies held (two when the
    cell joins two whole names); ``None`` when the line is no such row (a rule "---|---|", a holder's
    cell that is no person's name alone).

    >>> h = cabinet_header("Ministry | Minister |")
    >>> who, bodies = cabinet_row("Interior & Tides | Bo Lin |", 0, h); (who.text, who.start, bodies)
    ('Bo Lin', 19, ['Ministry of Interior and Tides'])
    >>> cabinet_row("Office of the Registrar and Ministry of Sand | Cy Lo |", 0, h)[1]
    ['Office of the Registrar', 'Ministry of Sand']
    >>> cabinet_row("---|---|", 0, h)
    """
    cells = _cells(line)
    if len(cells) <= max(header.body_col, header.holder_col) or "|" not in line:
        return None
    field, who = cells[header.body_col], cells[header.holder_col]
    if not field or not who or not field[:1].isupper():
        return None
    at = line.find(who, line.find("|") if header.holder_col else 0)
    name = person_name(who, start + at) if at >= 0 else None
    if name is None or name.text != who:
        return None
    fields = _TWO_NAMES.split(field.replace(" & ", " and "))
    return name, [f if has_org_word(f.split()[0]) else f"{header.kind} of {f}" for f in fields]


# "Office of X and Ministry of Y": two whole names in one cell
_TWO_NAMES = re.compile(r" and (?=(?:Ministry|Department|Office) of )")
