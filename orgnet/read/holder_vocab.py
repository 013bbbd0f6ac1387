"""The words officeholder tables and leader lists are read with (read stage): titles in every form
(singular, plural, other languages), honorifics, months, column names, a table's header words;
compiled once from ``vocab/names.yaml`` for :mod:`orgnet.read.officeholders` and
:mod:`orgnet.read.holder_names`."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..lexicon import patronymic_honorific, qualifiers_pattern, title_plural, titles_pattern

__all__ = ["holder_vocab"]


def _title_forms(n: dict) -> dict[str, str]:
    """Each title's forms, casefolded, to the title: singular, plural, in other languages ("directores")."""
    forms: dict[str, str] = {}
    for t in sorted(n["titles"], key=len, reverse=True):
        forms[t.casefold()] = t
        forms[title_plural(t).casefold()] = t
    for t, foreign in n["foreign_titles"].items():
        forms.update((f.casefold(), t) for f in foreign)
    return forms


@functools.lru_cache(maxsize=1)
def holder_vocab() -> dict:
    """The compiled words and patterns (see the module docstring)."""
    n = vocabulary.names()
    months = sorted(n["months"], key=len, reverse=True)
    month = "(?:" + "|".join(months) + r")\.?"
    forms = _title_forms(n)
    h = n["officeholder_tables"]
    # every column name a header may hold
    columns = "|".join(h[f"{k}_columns"] for k in ("name", "date", "other", "body", "title", "party"))
    return {
        "months": frozenset(months),
        # honorifics and posts before a name, a post maybe qualified ("First Secretary Ada Li")
        "honorific": re.compile(
            r"^(?:(?:(?:"
            + qualifiers_pattern()
            + r")\s+)*(?:"
            + "|".join(re.escape(h) for h in sorted(n["honorifics"] + n["titles"], key=len, reverse=True))
            + r")\.?(?:\s+|$)|"
            + patronymic_honorific(n)
            + r"\s+)+"
        ),
        # (a capitalised month glued to a name, "Ada LiMarch 1990"; a month in lower case is inside words: "Ismail")
        "glued_date": re.compile(r"(?:(?<=[a-z])(?:" + "|".join(m for m in months if m[0].isupper()) + r")|\d).*$"),
        # a date: "14 December 1984", "December 1984", "Dec. 14, 1984", "1984" (glued: "19848 July")
        "date": re.compile(
            r"(?:(?:\d{1,2}\s?)?" + month + r",?\s?(?:\d{1,2},?\s?)?)?"
            r"(?<![\d])(?P<y>1[6-9]\d\d|20\d\d)"
        ),
        "title_forms": forms,
        "ministry_titles": frozenset(n["ministry_titles"]),
        # what may follow a name in its cell: letters after it, a note ("Ada Li, OBE (acting)")
        "name_tail": re.compile(
            r"[\s*†‡]*(?:,?\s*(?:"
            + "|".join(re.escape(p) for p in n["post_nominals"])
            + r")+\b)*\s*(?:\([^()]{1,30}\))?[\s*†‡]*"  # (letters glued: "CBEMP")
        ),
        "portfolio_words": frozenset(n["portfolio_words"]),
        "name_col": re.compile(h["name_columns"], re.I),
        "member_col": re.compile(h["member_columns"]),
        "date_col": re.compile(h["date_columns"], re.I),
        "columns": {k: re.compile(r"^\W*(?:" + h[f"{k}_columns"] + r")\W*$", re.I) for k in ("body", "title", "party")},
        # a numbered table whose holders' column is headed by the post ("# | Director | Term start |")
        "numbered": re.compile(r"^\|?\s*(?:#|No\.?|Number)(?:\s|\|)", re.I),
        # a column of each holder's picture ("# Director Photo Service Term"): after the name, its
        # file name stands between the holder and the term
        "photo": re.compile(r"^(?:Photo|Photograph|Image|Picture|Portrait)s?$", re.I),
        "header_only": re.compile(
            r"^(?:\W*(?:" + columns + r")\W*)+$",
            re.I,
        ),
        # a table's header run into its first row on one line ("Rank Name Image In office Notes General ...")
        "header_run": re.compile(r"^(?:\W*(?:" + columns + r")(?![\w])\W*){3,}", re.I),
        # a header may also name the office of the one each holder served under ("... Term Premier")
        "header_with_titles": re.compile(
            r"^(?:\W*(?:" + columns + "|" + titles_pattern() + "|" + h["member_columns"] + r")(?:\(s\))?\W*)+$",
            re.I,
        ),
        "any_col": re.compile(columns, re.I),
        # a header whose first column is the post its holders held ("President | Political party | Member since",
        # "Department Head | Tenure |": a body's word before it)
        "post_first": re.compile(
            r"^\W*(?:(?-i:"
            + "|".join(sorted(map(re.escape, n["org_words"]), key=len, reverse=True))
            + r") )?(?:(?:"
            + qualifiers_pattern()
            + r")[ -])*(?:"
            + titles_pattern()
            + r"|Members?)(?:\(s\))?(?=\s*\|?\s*(?-i:[A-Z]))",
            re.I,
        ),
        "present": re.compile(r"\b(?:" + "|".join(re.escape(w) for w in n["present_words"]) + r")\b"),
        "unknown": frozenset(w.casefold() for w in n["unknown_words"]),
        "list_prefix": re.compile(h["list_prefix"], re.I),
        "list_since": re.compile(h["list_since"], re.I),
        "list_of": re.compile(h["list_of"], re.I),
        "org_words": frozenset(n["org_words"]),
        "particles": frozenset(n["name_particles"]),
    }
