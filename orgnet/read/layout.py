"""Which layout a document's text is in (read stage): see DESIGN.md's layout table."""

from __future__ import annotations

import re

from .field_lines import match_field_line
from .infobox import looks_like_prose
from .lines import NAME_TITLE, REF_CARET, is_known_title

__all__ = ["LAYOUTS", "detect_layout"]


LAYOUTS = (
    "dash-infobox",
    "profile-page",
    "glued-infobox",
    "mirror-scrape",
    "pipe-table",
    "html",
    "prose",
    "empty",
    "binary",
)


_DASH_FIELD = re.compile(r"^\s*-\s*[A-Z][\w ]{0,40}:\s")
_PIPE_ROW = re.compile(r"^\s*\|?\s*[A-Za-z][^|]{0,40}\|[^|]*\|?\s*$")
_MIRROR_REF = re.compile(r"^\s*\d{1,3}\.\s+1 2 ")


def detect_layout(text: str) -> str:
    """Name the layout of a document's text (see DESIGN.md's layout table).

    >>> detect_layout("= X =\\n- Type: Agency\\n- Leader: Li\\n")
    'dash-infobox'
    >>> detect_layout("X\\nFormation1950; 70 years ago (1950)\\nLeaderLi Wei\\n")
    'glued-infobox'
    >>> detect_layout("Just a sentence about things.\\n")
    'prose'
    """
    lines = text.split("\n")
    head = [ln for ln in lines[:80] if ln.strip()]
    if not head:
        return "empty"
    dash = sum(1 for ln in lines if _DASH_FIELD.match(ln) and not looks_like_prose(ln))
    if re.match(r"^=[^=].*=\s*$", head[0]) or dash >= 3:
        return "dash-infobox"
    if sum(1 for ln in lines if _PIPE_ROW.match(ln) and "|" in ln) >= 2:
        return "pipe-table"
    if (
        any(ln.strip() in ("Last updated", "Related Research Articles") for ln in lines)
        or 'class="mw-page-title-main"' in text
        or any(_MIRROR_REF.match(ln) for ln in lines)
    ):
        return "mirror-scrape"
    if any((m := NAME_TITLE.match(ln.strip())) and is_known_title(m.group("title")) for ln in lines) or any(
        ln.strip().casefold() in ("leadership team", "region served") for ln in lines
    ):
        return "profile-page"
    glued = 0
    for ln in head[:40]:
        hit = match_field_line(ln, 0)
        if hit and hit[1] in ("glued", "alone"):
            glued += 1
    if glued >= 2 or "Edit this at Wikidata" in text or any(REF_CARET.match(ln) for ln in lines):
        return "glued-infobox"
    return "prose"
