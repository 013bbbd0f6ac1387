"""An officeholder table's header line (read stage): a name column and a date column, separated by
pipes, spaces or nothing ("No. | Name | Took office |", "NameStartEndNotesRef."), the header of a
members' table ("Rank Name Birth Gender", "Member | From | To |"), a header written one column a line,
and what a header says of its rows (their body's column, their post, their party).
:mod:`orgnet.read.officeholders` reads the rows under it.
"""

from __future__ import annotations

import re

from .holder_names import person_name
from .holder_vocab import holder_vocab as _vocab

__all__ = [
    "is_table_header",
    "body_column",
    "is_members_header",
    "is_member_terms_header",
    "table_columns",
    "is_numbered_header",
    "split_header",
    "header_post",
    "is_header_only",
]


_PARTY_COLUMN_LAST = re.compile(r"(?:Political )?[Pp]arty(?: affiliation)?\s*$")


def is_table_header(line: str) -> bool:
    """A table's header line: a name column and a date column, in any separator style.

    >>> is_table_header("NameStartEndNotesRef."), is_table_header("No. | Officeholder | Took office |")
    (True, True)
    >>> is_table_header("No. Portrait Name Term of office Director")  # the office each served under
    True
    >>> is_table_header("Ada Li took office in 1990.")
    False
    >>> is_table_header("No. | Agency | Director | Took office | Left office |")  # the post names the holders
    True
    >>> is_table_header("# Director Photo Service Term start Term end")  # numbered, the post as name column
    True
    >>> is_table_header("Director Term")
    False
    >>> is_table_header("PresidentPolitical partyMember sinceOther positions")  # the post, then three columns
    True
    >>> is_table_header("Leader Title: Director")  # a field
    False
    """
    s = line.strip()
    if not s or len(s) > 160 or re.search(r"\b1[6-9]\d\d\b|\b20\d\d\b", s):
        return False
    v = _vocab()
    holders = (
        v["name_col"].search(s) or v["member_col"].search(s) or body_column(s) is not None or v["numbered"].match(s)
    )
    # ("President | Political party | Member since": the post heads the holders' column, two columns after it
    # at least, each longer than a word like "To" that hides in "Director")
    post = v["post_first"].match(s) if not holders and ":" not in s else None
    rest = s[post.end() :] if post else s
    if post:  # (or, in cells, one column of terms: "Department Head | Tenure |")
        cols = [c for c in v["any_col"].findall(s, post.end()) if len(c) > 3]
        one = "|" in rest and cols and v["header_only"].match(rest) and v["date_col"].fullmatch(cols[0])
        holders = len(cols) >= 2 or bool(one)
    return bool(holders and v["date_col"].search(rest) and v["header_with_titles"].match(rest))


# a note in a table's header: a footnote mark ("[note 1]"), the life's years of each holder ("(birth–death)")
_HEADER_NOTE = re.compile(r"\[\s*(?:note|n)\s*\d+\s*\]|\(\s*(?P<life>born|birth)\s*[–—-]\s*(?:death|died)\s*\)", re.I)


def split_header(lines: list[str]) -> tuple[int, bool] | None:
    """A table's header written one column a line ("No." / "[note 1]" / "Name" / "(birth–death)" /
    "Took office Left office Rank"): how many of ``lines`` it takes, and whether it gives each
    holder's life (a row's years in parentheses right after the name are then no term).
    ``None`` when the lines do not open with such a header.

    >>> split_header(["No.", "[note 1]", "Name", "(birth–death)", "Took office Left office Congress", "1 Ada Li"])
    (5, True)
    >>> split_header(["No.", "Ada Li was born in 1950."]), split_header(["Name", "Ada Li"])
    (None, None)
    >>> split_header(["Name", "Took office", "Ada Li", "1990 1995"])
    (2, False)
    """
    v = _vocab()
    columns, life, n, dated = [], False, 0, False
    for line in lines[:8]:
        t = line.strip()
        note = _HEADER_NOTE.fullmatch(t)
        if note:
            life = life or bool(note.group("life"))
        elif (
            t
            and len(t.split()) <= 6
            and t[:1].isupper()
            and not re.search(r"\d|[.!?]\s|[,;:]", t.rstrip("."))
            # before the terms' columns only column names; after them any other column, no holder's name
            and (is_header_only(t) or bool(v["date_col"].search(t)) or dated and person_name(t, 0) is None)
        ):
            columns.append(t)
            dated = dated or bool(v["date_col"].search(t))
        else:
            break
        n += 1
    if (
        len(columns) < 2
        or not dated
        or not (v["name_col"].search(" ".join(columns)) or v["numbered"].match(columns[0]))
    ):
        return None
    return n, life


def is_numbered_header(header: str) -> bool:
    """A table's header whose first column numbers the rows ("#", "No.").

    >>> is_numbered_header("# Director Term"), is_numbered_header("Name | Term |")
    (True, False)
    """
    return bool(_vocab()["numbered"].match(header.strip()))


def header_post(line: str) -> str:
    """The post a table's header opens with, its holders' column ("Department Head | Tenure |"), else "".

    >>> header_post("Department Head | Tenure |"), header_post("Name | Took office |")
    ('Department Head', '')
    >>> header_post("# | Director | Term |")
    'Director'
    """
    s = line.strip()
    post = _vocab()["post_first"].match(s) if is_table_header(s) else None
    return re.sub(r"^[\W_]+", "", post.group(0)).strip(" |") if post else ""  # ("# | Director | Term |")


def is_member_terms_header(line: str) -> bool:
    """The header of a table of a body's members with the years each sat: its holders' column is
    headed "Member", no name column ("Member | From | To |", "DateMemberFromTo").

    >>> is_member_terms_header("DateMemberFromTo"), is_member_terms_header("Name | Member since |")
    (True, False)
    """
    v = _vocab()
    s = line.strip()
    return is_table_header(s) and bool(v["member_col"].search(s)) and not v["name_col"].search(s)


def is_members_header(line: str) -> bool:
    """The header of a table of a body's members: a rank or number column, then the name's, no
    column of terms ("Rank Name Birth Gender", "No. | Name | Born | Province |").

    >>> is_members_header("Rank Name Native name Birth Gender"), is_members_header("No. Name Took office Left office")
    (True, False)
    >>> is_members_header("RankNameKorean7th EXPBirthGender"), is_members_header("NoNameTook officeLeft office")
    (True, False)
    """
    s = line.strip()
    dc = _vocab()["date_col"].pattern
    dated = re.search(rf"\b(?:{dc})\b", s, re.I) or re.search(  # ("Gender" holds no "End")
        rf"(?<=[a-z])(?:{dc})(?=[A-Z\s|]|$)",
        s,  # glued, capitalised: "NoNameTook officeLeft office"
    )
    return bool(_MEMBERS_HEADER.match(s)) and not dated and len(s) <= 160


# a members' table's header: its rank or number column, then the name's
_MEMBERS_HEADER = re.compile(r"^\|?\s*(?:Rank|No\.?|#)\s*\|?\s*Name(?:\b|(?=[A-Z]))\s*\|?\s*\S")  # ("RankNameKorean")


def body_column(header: str) -> int | None:
    """The index of a pipe table's column naming the body each row's holder led, else ``None``.

    >>> body_column("No. | Organization | Director | Took office |"), body_column("Name | Start | End |")
    (1, None)
    """
    return table_columns(header).get("body")


def table_columns(header: str) -> dict[str, int]:
    """The indices of a pipe table's columns that are no holder's name nor dates: ``body`` (the
    body each row's holder led), ``title`` (the row's post), ``party`` (the holder's party).

    >>> table_columns("Office | Name | Party | Since |")
    {'title': 0, 'party': 2}

    A header without pipes says only whether each row opens with its body (``body_first``: the
    word it stands at), an abbreviation before the holder's name:

    >>> table_columns("No. Organization Director Took office Left office")
    {'body_first': 1}

    A column of the holders' pictures after their names (``photo_after_name``: the word it stands
    at) puts each picture's file name between the holder and the term:

    >>> table_columns("# Director Photo Service Term"), table_columns("No. Portrait Name Term")
    ({'photo_after_name': 2}, {})

    A party column last (``party_last``) puts each holder's party at the end of the row, after the term:

    >>> table_columns("S. NoNameFromToPolitical Party")
    {'party_last': 1}
    """
    if "|" not in header:
        v = _vocab()
        words = header.split()
        first = 1 if v["numbered"].match(header) else 0
        out = {"body_first": first} if len(words) > first + 1 and v["columns"]["body"].match(words[first]) else {}
        photo = next((k for k, w in enumerate(words) if v["photo"].match(w)), None)
        if photo is not None and photo > first:
            out["photo_after_name"] = photo
        if _PARTY_COLUMN_LAST.search(header):
            out["party_last"] = 1
        return out
    cells = header.split("|")
    return {
        kind: k
        for kind, rx in _vocab()["columns"].items()
        if (k := next((k for k, cell in enumerate(cells) if rx.match(cell)), None)) is not None
    }


def is_header_only(line: str) -> bool:
    """A line made only of column names (the second line of a two-line table header).

    >>> is_header_only("Took officeLeft office"), is_header_only("Ada Li")
    (True, False)
    """
    s = line.strip()
    return bool(s) and len(s) <= 160 and bool(_vocab()["header_only"].match(s))


# a German body's name in the genitive after "des", one word: "Bundesnachrichtendienstes", "Ministeriums"
