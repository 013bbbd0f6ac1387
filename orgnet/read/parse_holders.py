"""The parser's rules for officeholders (read stage): leader lists and bullets, officeholder
tables (a person page's own offices and succession boxes: :mod:`orgnet.read.offices`)."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..lexicon import singular_title, title_plural, titles_pattern
from .cabinet_tables import cabinet_header, cabinet_row
from .colon_lists import NUMBERED_ITEM
from .field_lines import continues_value, match_field_line
from .holder_names import person_name
from .infobox import Field, Span, has_org_word, looks_like_prose, strip_debris
from .lines import (
    BULLET,
    DATES,
    HEADING_YEARS,
    NAME_TITLE,
    QUALIFIER_AFTER,
    first_title,
    first_year,
    is_known_title,
    name_like,
    plural_titles_rx,
    section_kind_of,
    split_words,
    term_in_parens,
    title_like,
)
from .list_items import bullet_head, is_lineage
from .model import Entry, ListItem
from .name_dates import name_dates, name_dates_term
from .officeholders import leader_heading, opens_with_number, parse_row, post_row
from .offices import OfficeRules
from .person_bullets import PersonBulletRules
from .rosters import RosterRules
from .table_headers import (
    header_post,
    is_header_only,
    is_member_terms_header,
    is_members_header,
    is_numbered_header,
    is_table_header,
    split_header,
    table_columns,
)

__all__ = ["HolderRules", "holders_listed"]


def body_heading(heading: str) -> str:
    """The body a heading is only the name of ("Tide Commission (1951–1989)"), maybe with its
    years: the body of a table of holders under it, else ``""``.

    >>> body_heading("Tide Commission (1951–1989)"), body_heading("History"), body_heading("Directors of HB")
    ('Tide Commission', '', '')
    """
    bare = re.sub(r"\s*\[\s*(?:edit)?\s*\]\s*$", "", heading)
    name = HEADING_YEARS.sub("", bare).strip()
    if (
        not title_like(name, long=name != bare.strip())
        or not has_org_word(name)
        or section_kind_of(name)
        or leader_heading(name)
    ):
        return ""
    return name


# a holder's life's years on their own line under the name: "(1920–2002)", "(1931–)"
_LIFE = re.compile(r"\(\s*(?:1[6-9]|20)\d\d\s*[–—-]\s*(?:(?:1[6-9]|20)\d\d)?\s*\)")
# a note on its own line between a holder's name and the term: "Acting", "(acting)", "Interim"
_ROW_QUALIFIER = re.compile(r"\(?(?:acting|interim|caretaker)\)?", re.I)
# a paragraph's opening post and term: "Chief from 1921 to 1934.", "Director, 1934–1947."
_TERM_OPENING = re.compile(
    r"(?P<title>[A-Z][\w -]{1,40}?),?\s+(?:from\s+)?(?P<a>(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d)\s*(?:to|until|[-–—])\s*"
    r"(?P<b>(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d|present)\s*[.;]"
)
# a person's life's years after the name: "Sir Emil Dorn (1902-1979)"
_LIFE_AFTER = re.compile(r"\s*\((?:b\.\s*|born\s+)?(?:1[6-9]|20)\d\d\s*[-–—]\s*(?:(?:1[6-9]|20)\d\d)?\)$")


#: an interlanguage link's code after a name, before its term: "Ada Li (nl) (1940–1944)"
_LANGUAGE_CODE = re.compile(r"\s\((?-i:[a-z]{2,3})\)(?=\s*\()")
#: a lower-case note after a term in parentheses: "(1940–1944) (for the government in exile)"
# a term alone ("1961 - 1966", "since 2004"): its holder is on the next line
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\. [A-Z][a-z]")
_TERM_ONLY = re.compile(r"(?:since\s+)?(?:1[6-9]|20)\d\d(?:\s*[-–—]\s*(?:(?:1[6-9]|20)\d\d|present))?")
_NOTE_AFTER_TERM = re.compile(r"(?<=\d\))\s*\((?-i:[a-z])[^()]{0,100}\)$")
# a holder of one year, maybe a lower-case note after ("Ada Li (1951) acting", "Bo Wu (1946) facente funzione")
_ONE_YEAR = re.compile(r"(?P<name>[^()\d]{3,60}?)\s*\((?P<y>(?:1[6-9]|20)\d\d)\)(?:\s+(?-i:[a-z][a-z ]{0,30}))?")
#: a holder and a note of one or two words in parentheses, no year ("Cy Lo (acting)")
_NOTED = re.compile(r"(?P<name>[^()\d]{3,60}?)\s*\((?P<note>[^\W\d_]+(?: [^\W\d_]+)?)\)")
#: a note on a holder right after the name, before ", <post>" ("Bo Wu (acting), Director-General (1978 – 80)")
QUALIFIER_BEFORE_POST = re.compile(r"\s*\((?:acting|interim|caretaker)\)(?=,)", re.I)
#: a holder and a post before a term in parentheses ("Ada Li, Director-General")
NAME_COMMA_POST = re.compile(r"^(?P<name>[^,]{3,60}?),\s*(?P<post>[^,]{2,60})$")


@functools.lru_cache(maxsize=1)
def _as_follows_rx() -> re.Pattern:
    """A sentence that announces a list of a post's holders by the post in the singular ("the
    Committee's Chair has been as follows:", "The following people have served as Director:")."""
    titles = titles_pattern()
    return re.compile(
        rf"\b(?P<t>{titles})(?:ship)? (?:has|have) been (?:held by )?(?:as follows|the following)\b"
        rf"|\bfollowing (?:[a-z]+ )?(?:have|has) (?:served|been|held office) as (?:the )?(?P<t2>{titles})\b"
    )


_POSITION_OF = re.compile(
    r"\b(?:held|hold|holding) the (?:position|post|office) of (?:the )?(?P<t>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)


def holders_listed(rf: Field, s: str) -> bool:
    """Whether ``s`` lists holders of the key ``rf`` of several, parted by commas ("Ada Li, Director Bo Wu,
    Vice Director"): a short line, no sentence, that goes on with the key's value, a name first."""
    if not (rf.role == "leader" and rf.multi and "," in s and len(s) <= 200 and not looks_like_prose(s)):
        return False
    first = s.split(",", 1)[0].strip()
    name = person_name(first, 0)  # ("General Ada Li, USA": a rank before the name, a service after it)
    return name is not None and first.endswith(name.text) and continues_value(rf, s)


# a count of holders right before their office ("fourteen Secretaries General", "12 successive directors")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?)\s+(?:(?:former|successive|consecutive)\s+)?$",
    re.I,
)


def counted_holders(sentence: str) -> str:
    """The plural office a sentence counts the holders of ("There have been fourteen Secretaries
    General of the Party since 1912."), else ''.

    >>> counted_holders("There have been fourteen Secretaries General of the Party."), counted_holders("The directors met.")
    ('Secretaries General', '')
    """
    for m in plural_titles_rx().finditer(sentence):
        if _COUNT_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):  # (the words right before)
            return m.group()
    return ""


class HolderRules(OfficeRules, RosterRules, PersonBulletRules):
    """Officeholders in lists, tables, succession boxes and fields, as list items and offices."""

    @staticmethod
    def _holders_intro(sentence: str) -> str:
        """The plural office a sentence announcing a list names ("X has had these directors:",
        "Four more Directors General have led the Bureau since then:", "There have been six Directors
        of X since 1950."), else ''."""
        if not sentence.rstrip().endswith(":"):
            return counted_holders(sentence)  # "There have been six Directors of X since 1950." over its list
        m = plural_titles_rx().search(sentence) or _POSITION_OF.search(sentence)  # ("held the position of X since")
        if m is None:  # "the Committee's Chair has been as follows:", "The following have served as Director:"
            m = _as_follows_rx().search(sentence)
        if m is None:  # "Los presidentes del X y ... son los siguientes:": the heading its first words make
            first = re.split(r",|\s(?:y|and|e|et|und)\s", sentence, maxsplit=1)[0].strip()
            lh = leader_heading(first) if len(split_words(first)) <= 8 else None
            return first if lh and lh[1] and lh[0] != "Member" else ""  # (a members' line is a roster's)
        return m.group() if m.re is plural_titles_rx() else title_plural(m.group("t") or m.group("t2"))

    def _office_plural_over_list(self, i: int, s: str) -> bool:
        """A line that is only an office in the plural ("Directors", "Vice Presidents") right over a
        bulleted or numbered list: the heading of a list of its holders, even with no blank lines."""
        lh = leader_heading(s) if len(s) <= 40 and not DATES.match(s) else None
        if lh is None or lh[1] or s.casefold().strip(" :") == lh[0].casefold():
            return False
        nxt = next((line for _, line in self.lines[i + 1 : i + 3] if line.strip()), "")
        if BULLET.match(nxt) or re.match(r"\s*\d{1,3}\.[-–]?\s+(?:[A-Z]|(?:1[6-9]|20)\d\d\b)", nxt):
            return True
        # ("Chairs" / "2010 to date - Ada Lind": a row of a holder and a term, the term maybe first)
        nd = name_dates(nxt.strip(), term_first=True)
        return nd is not None and person_name(nd.group("name").strip(), 0) is not None

    # -- officeholder tables
    def _table_line(self, i: int, start: int, raw: str, s: str) -> bool:
        """Read a line as part of an officeholder table or leader list; False when it is not."""
        if i <= self.header_until:
            return True
        if self._cabinet_line(i, start, raw, s):
            return True
        if not self.table_open and is_members_header(s):  # "Rank Name Birth Gender": each row a member
            self._end_table()
            self.table_open = self.table_members = self.table_numbered = True
            self.table_terms = False
            self.open_field = None
            return True
        if is_header_only(s) and not self.table_open and self._split_header(i, s):
            return True
        if is_table_header(s):
            self._end_table()
            self.table_open = True
            self.table_members = is_member_terms_header(s)  # ("Member | From | To |": seats and their years)
            self.table_title = header_post(s)
            self.table_columns = table_columns(raw)
            self.table_numbered = is_numbered_header(s)
            self.open_field = None
            return True
        if not (self.table_open or self.section_kind.startswith("leaders:")):
            if "|" not in s or not (self._dated_pipe_row(i) and self._dated_pipe_row(i + 1)):
                return False
            self.table_open = True  # pipe rows of a name and its term, with no header: a table
        if self.table_open and is_header_only(s):
            return True
        # ("Bo Wu..., 10 de enero de 2018 a ....": an open term's dots end the row, no sentence)
        ends = re.sub(r"\s*(?:\.{2,}|…)$", "", s) if s.endswith(("...", "…")) else s
        if (
            (looks_like_prose(ends) and s.count("|") < 4)  # (a pipe row of cells, however long: no sentence)
            or ("|" not in s and ends[-1:] in (".", "!", "?") and len(split_words(s)) >= 5)
            or ("|" not in s and not self.table_open and _SENTENCE_BREAK.search(s))  # ("X joined Y in 1974. She")
        ):
            self._end_table()
            return False
        row = parse_row(raw, start, self.table_columns)
        if self.table_life and row is not None and row.name is None and self.row is not None and not self.row.years:
            if _LIFE.fullmatch(s):
                return True  # "Ada Li" / "(1920–2002)" / "1950 1951": the holder's life, then the term
        if self.table_numbered and s.isdigit() and len(s) <= 3:
            self._flush_row()  # "3" / "(1920–2010)" / "1980 1982": a row whose holder's name is lost
            return True
        if row is None or row.name is None:
            if row is not None and self.row is not None and not (row.title or row.party or row.body):
                # dates on a line of their own (a row whose name cell is lost gives its other cells)
                self.row.years += row.years
                self.row.present = self.row.present or row.present
                self.row.end = row.end
                return True
            if self.table_open and (post := post_row(raw)):
                self.table_title, self.list_body = post  # "Minister of Personnel | ||||": the rows below lead it
                return True
            if row is None and self.table_open and re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", s):
                self._flush_row()  # ("1st Party Congress" / "6–13 December 1945": a group's heading and date, no row's)
            # a table's stray cells ("(born 1935)", "[2]"): part of the table, not a new row
            return self.table_open and len(split_words(s)) <= 8
        if (
            self.table_numbered
            and not (row.years or row.present)
            and not opens_with_number(raw)
            and self.row is not None
            and (self.row.years or self.row.present)
        ):
            return True  # "Cy Wu" under "2 Bo Lin ... 1970 - 1975 Ada Morn": the row's last cell goes on
        if not self.table_open and not (row.years or row.present):
            if self.row is not None and self._term_below(i, s):
                # "Bo Wu" / "Acting" / "May 2, 2011 – July 30, 2011": a row of the list broken over lines
                self._flush_row()
                self.row, self.row_line = row, i
                return True
            return self._name_line(i, start, raw)  # "Ada Li, Bo Wu, Cy Lo" under "Key people"
        self._flush_row()
        self.row, self.row_line = row, i
        return True

    def _split_header(self, i: int, s: str) -> bool:
        """A table's header written one column a line from line ``i`` on: the table opens."""
        found = split_header([line for _, line in self.lines[i : i + 8]])
        if found is None:
            return False
        self._end_table()
        self.table_open, self.table_numbered, self.table_life = True, is_numbered_header(s), found[1]
        self.header_until = i + found[0] - 1
        self.open_field = None
        return True

    def _term_below(self, i: int, s: str) -> bool:
        """Whether line ``i`` is only a person's name and the next line, or the one after a
        qualifier ("Acting"), only a term from one year to another: a row the page broke over lines."""
        pn = person_name(s, 0)
        if pn is None or pn.text != s or is_known_title(s):
            return False
        for k in (i + 1, i + 2):
            t = self.lines[k][1].strip() if k < len(self.lines) else ""
            row = parse_row(self.lines[k][1], self.lines[k][0]) if t else None
            if row is not None and row.name is None and len(row.years) >= 2:
                return True
            if k == i + 1 and not _ROW_QUALIFIER.fullmatch(t):
                return False
        return False

    def _name_line(self, i: int, start: int, raw: str) -> bool:
        """A line of people's names separated by commas, under a leaders heading: one entry each."""
        if "," not in raw or match_field_line(raw, start) is not None:
            return False
        pos, names = 0, []
        for piece in raw.split(","):
            name = person_name(piece.strip(), start + pos + len(piece) - len(piece.lstrip()))
            if name is None:
                return False
            names.append(name)
            pos += len(piece) + 1
        for name in names:
            self.d.lists.append(
                ListItem(
                    name=name,
                    title=self.list_title,
                    start_year=None,
                    end_year=None,
                    present=False,
                    section=self.section,
                    start=name.start,
                    end=name.end,
                    line=i + 1,
                    body=self.list_body,
                )
            )
        return True

    def _dated_pipe_row(self, i: int) -> bool:
        if i >= len(self.lines) or "|" not in self.lines[i][1]:
            return False
        row = parse_row(self.lines[i][1], self.lines[i][0])
        return row is not None and row.name is not None and " " in row.name.text and bool(row.years)

    def _flush_row(self) -> None:
        row, self.row = self.row, None
        if row is None or row.name is None:
            return
        y = row.years if self.table_terms else []  # (a members' table: a year is a birth's, no term)
        self.d.lists.append(
            ListItem(
                name=row.name,
                title="Member"
                if self.table_members
                else row.title.text
                if row.title
                else self.table_title or self.list_title,
                start_year=y[0] if y else None,
                end_year=None if row.present or len(y) < 2 else y[1],
                present=row.present,
                section=self.section,
                start=row.start,
                end=row.end,
                line=self.row_line + 1,
                body=row.body.text if row.body else self.list_body or self.heading_body,
                party=row.party.text if row.party else "",
            )
        )

    def _cabinet_line(self, i: int, start: int, raw: str, s: str) -> bool:
        """A line of a cabinet table (:mod:`orgnet.read.cabinet_tables`): its header, a rule, or a row,
        whose holder holds the header's post of the row's body; a line with no pipe ends the table."""
        if self.cabinet is None:
            self.cabinet = cabinet_header(s) if "|" in s and not self.table_open else None
            return self.cabinet is not None
        if "|" not in s:
            self.cabinet = None
            return False
        row = cabinet_row(raw, start, self.cabinet)
        if row is not None:
            holder, bodies = row
            end = start + len(raw.rstrip())
            for body in bodies:
                self.d.lists.append(
                    ListItem(holder, self.cabinet.title, None, None, False, self.section, start, end, i + 1, body)
                )
        return True

    def _end_table(self) -> None:
        self._flush_row()
        self.table_open = False
        self.table_columns = {}
        self.table_numbered = self.table_life = self.table_members = False
        self.table_terms, self.table_title = True, ""

    def _bullet(self, i: int, start: int, raw: str, b: re.Match, prev_blank: bool) -> None:
        d = self.d
        body = b.group("body")
        body_start = start + b.start("body")
        if self._post_bullet(i, body, body_start) or self._field_bullet(i, start, raw, body, body_start):
            return  # ("• Vice Chairmen" / "• Bo Lin, Premier": a post's bullet over its holders')
        self.open_field = None
        if self.section_kind == "see_also":
            txt = body.strip()
            d.see_also.append(Span(txt, body_start, body_start + len(txt)))
            return
        # (an item numbered "10." stands where "9." did: its number's width is no indent)
        indent = b.start("body") if b.re is not NUMBERED_ITEM else len(raw) - len(raw.lstrip()) + 3
        # nested bullets: a body's bullet, then its leaders' bullets indented under it
        self.bullet_bodies = [bb for bb in self.bullet_bodies if bb[0] < indent]
        parent = self.bullet_bodies[-1][1] if self.bullet_bodies else ""
        if self._list_form_bullet(i, body, body_start, indent) or self._one_year_bullet(i, body_start, body):
            return
        # "... (1949–1973)[5]", "- Ada Li (1993—1996),": a footnote or a list's comma after the term
        dated = QUALIFIER_AFTER.sub("", re.sub(r"(?:\s*\[\w{1,4}\])+$", "", body.rstrip()).rstrip(",;"))
        # "Ada Li (nl) (1940–1944) (in exile in Ulton)": a link's language code, a note after the term
        dated = _NOTE_AFTER_TERM.sub("", _LANGUAGE_CODE.sub("", dated))
        seen = dated  # the item as the page has it (its span)
        if dated.count("(") == dated.count(")") + 1 and not any(ln.strip() for _, ln in self.lines[i + 1 :]):
            # the page's copy ends inside the last item's dates ("• Bo Wu, Tide Army (September 6, 2011"):
            # read it as closed there, a term whose end the copy lost
            dated += ")" if re.search(r"[-–—]\s*[^()]*$", dated[dated.rindex("(") :]) else "–)"
        nd = name_dates(dated, term_first=True)
        if nd is None and _TERM_ONLY.fullmatch(dated) and i + 1 < len(self.lines):
            # "*1961 - 1966" / "Ada Li": a term alone on its bullet, the holder on the next line
            nstart, nraw = self.lines[i + 1]
            if not BULLET.match(nraw) and person_name(nraw.strip(), 0) is not None:
                nd = name_dates(f"{dated} {nraw.strip()}", term_first=True)
                if nd:
                    body_start, seen = nstart + len(nraw) - len(nraw.lstrip()), nraw.strip()
                    self.skip_lines.add(i + 1)
        if nd and self.section_kind.startswith("leaders:") and person_name(nd.group("name"), 0) is not None:
            # "• Ada Li, 1 March 1990 to 9 May 1995", "• Bo Wu CM, 1988-92", "• Cy Lo, 3 June 2001 -"
            y0, y1 = name_dates_term(nd)
            self._list_item(
                i,
                body_start,
                seen,
                nd.group("name").strip(),
                self.section_kind.split(":", 1)[1],
                y0,
                y1,
                bool(nd.group("open")),
            )
            return
        if self._term_bullet(i, body, body_start, dated, seen):
            return  # "• Bo Wu (acting), Director-General (1978 – 80)"
        head = bullet_head(body)
        if head:
            self.bullet_bodies.append((indent, head, ""))
        nt = NAME_TITLE.match(body.strip())
        if nt and is_known_title(nt.group("title")):
            self._list_item(i, body_start, body.strip(), nt.group("name"), nt.group("title").strip(), None, None, False)
            return
        if self._bullet_person(i, body_start, re.sub(r"(?:\s*\[\w{1,4}\])+$", "", body.strip())):
            return  # ("• Ada Li[5]": the name, a footnote's mark after it)
        if self.section_kind.startswith("leaders:") and self._name_then_post(i, body_start, body.strip()):
            return
        self._entry_bullet(i, start, raw, body, body_start, head, parent)

    def _term_bullet(self, i: int, body: str, body_start: int, dated: str, seen: str) -> bool:
        """A bullet of a holder and a term in parentheses, maybe with a note or a post between them
        ("• Bo Wu (acting), Director-General (1978 – 80)"); under a lineage heading, a body and its years."""
        dm = term_in_parens(QUALIFIER_BEFORE_POST.sub("", dated))
        if not dm or looks_like_prose(body):
            return False
        title = self.section_kind.split(":", 1)[1] if self.section_kind.startswith("leaders:") else ""
        a, bb = dm.group("a").strip(), dm.group("b").strip()
        present = bb in vocabulary.names()["present_words"]
        name = dm.group("name").strip()
        np = NAME_COMMA_POST.match(name)
        if np and first_title(np.group("post")) and person_name(np.group("name"), 0) is not None:
            # "• Ada Li, Director-General (1969 – 78)": the holder, then the post the term is in
            name, title = np.group("name"), np.group("post")
        if is_lineage(self.section) and has_org_word(name) and person_name(name, 0) is None:
            at = body_start + body.index(name)  # "Lineage" / "- State Tide Department (1922-1934)": a body
            self.d.entries.append(Entry(Span(name, at, at + len(name)), self.section, i + 1))
            return True
        y0, y1 = first_year(a), first_year(bb)
        if y1 is None and y0 and re.fullmatch(r"\d\d", bb):  # "(1969 – 78)": the century of the start
            y1 = y0 // 100 * 100 + int(bb)
            y1 += 100 if y1 < y0 else 0
        self._list_item(i, body_start, seen, name, title, y0, y1, present)
        if self.bullet_bodies and self.d.lists and self.d.lists[-1].name.text == name:
            self.d.lists[-1].body = self.bullet_bodies[-1][1]
        return True

    def _one_year_bullet(self, i: int, body_start: int, body: str) -> bool:
        """ "• Ada Li (1946)", "• Bo Wu (1951) acting" under a leaders heading: a term within one year;
        "• Cy Lo (acting)": a holder with a note and no term."""
        seen = re.sub(r"(?:\s*\[\w{1,4}\])+$", "", body.rstrip()).rstrip(",;")  # ("Ada Li (1946)[5]", "(1946),")
        leaders = self.section_kind.startswith("leaders:")
        one = (_ONE_YEAR.fullmatch(seen) or _NOTED.fullmatch(seen)) if leaders else None
        if one is None or person_name(one.group("name").strip(), 0) is None:
            return False
        y = int(one.group("y")) if one.re is _ONE_YEAR else None
        self._list_item(i, body_start, seen, one.group("name").strip(), self.section_kind.split(":", 1)[1], y, y, False)
        return True

    def _field_bullet(self, i: int, start: int, raw: str, body: str, body_start: int) -> bool:
        """A bullet that is an infobox field, or a value of the field open above it."""
        d = self.d
        f: Field | None
        hit = match_field_line(raw, start, allow_unknown_keys=(d.layout == "dash-infobox" and not d.sentences))
        if hit and not looks_like_prose(body):
            f, _ = hit
            f.line = i + 1
            d.fields.append(f)
            self.open_field = f
            return True
        f = self.open_field
        unit = (
            f is not None
            and f.role in ("subsidiary", "unit")
            and name_like(body.strip())
            and len(split_words(body)) <= 6
        )
        head = bullet_head(body) if f is not None and f.role in ("subsidiary", "unit") and not unit else ""
        if f is not None and head and has_org_word(head) and len(split_words(head)) >= 2:
            # "- Marine Division - once commanded the 3rd Regiment until 1995.": the unit, its gloss left out
            off = body_start + body.index(head)
            v = _item_text(Span(head, off, off + len(head)))
            f.values.append(v)
            f.end = v.end
            return True
        if (
            f is not None
            and (f.multi or not f.values)
            and not self._stale_key(f, i)  # ("Membership" / "- Chairman" / "- Ada Morn" / ...: a heading)
            and not looks_like_prose(body)
            and (continues_value(f, body) or unit)
        ):  # a unit's bullet needs no body word ("• Coastal Patrols")
            # "Director responsible" / "  • Ada Li": a field's values as bullets
            v = _item_text(strip_debris(body, body_start))
            if v.text:
                f.values.append(v)
                f.end = v.end
            return True
        return False

    def _term_under_name(self, i: int, start: int, raw: str, s: str, s_start: int) -> bool:
        """A paragraph that opens with a post and its term ("Chief from 1921 to 1934. He ...") under
        a line that is only a person's name (maybe with the life's years): that person held the post
        (of the page's body) then; the rest of the paragraph is prose."""
        tm = _TERM_OPENING.match(s)
        title = singular_title(tm.group("title")) if tm else ""
        if not tm or not is_known_title(title):
            return False
        j = next((k for k in range(i - 1, max(-1, i - 3), -1) if self.lines[k][1].strip()), -1)
        if j < 0:
            return False
        nstart, nraw = self.lines[j]
        line = nraw.strip()
        text = _LIFE_AFTER.sub("", line)
        name = person_name(text, nstart + len(nraw) - len(nraw.lstrip()))
        if name is None or not text.endswith(name.text):  # (a rank or honorific before it: "Sir Ada Lind")
            return False
        for f in self.d.fields[-1:]:  # ("Previous Chiefs" / blank / the name: read as the key's value)
            if f.values and f.values[-1].text == line:
                f.values.pop()
        self.d.unparsed = [u for u in self.d.unparsed if u != (j + 1, line)]
        y0, y1 = first_year(tm.group("a")), first_year(tm.group("b"))
        self.d.lists.append(ListItem(name, title, y0, y1, False, self.section, name.start, s_start + tm.end(), j + 1))
        rest = s_start + tm.end()
        if s[tm.end() :].strip():
            self._prose(rest + len(s[tm.end() :]) - len(s[tm.end() :].lstrip()), start + len(raw.rstrip()))
        return True

    def _keyless_holder(self, i: int, s: str, s_start: int) -> bool:
        """An infobox line of a member body's letters glued to a person's name, its key lost
        ("HTUAda Morn", where the other holders read "Vice President" / "HTU - Bo Wu"), right
        before a leader key: a holder of the page's body, of no known post."""
        m = _LETTERS_GLUED_TO_NAME.fullmatch(s)
        if m is None:
            return False
        nxt = next((raw for _, raw in self.lines[i + 1 : i + 3] if raw.strip()), "")
        hit = match_field_line(nxt, 0) if nxt else None
        if hit is None or not hit[0].role.startswith("leader"):
            return False
        pn = person_name(m.group("name"), 0)
        if pn is None or pn.text != m.group("name"):
            return False
        self._list_item(i, s_start, s, pn.text, "Leader", None, None, False)
        return True

    def _list_item(self, i, start, text, name, title, y0, y1, present) -> None:
        pn = person_name(name, 0)
        if pn is not None and pn.start:
            name = pn.text  # "Dr Ada Li": the person, without the honorific before the name
        off = text.find(name)
        span = Span(name, start + off, start + off + len(name))
        self.d.lists.append(
            ListItem(
                name=span,
                title=title,
                start_year=y0,
                end_year=y1,
                present=present,
                section=self.section,
                start=start,
                end=start + len(text),
                line=i + 1,
                # ("UN Secretaries-General:" / "1992-1996: Bo Wu": a body named before the post; one named
                # after it, "Directors of the X Term of Service", may run into a column's name)
                body=self.list_body if self.list_body and self.section.startswith(self.list_body + " ") else "",
            )
        )


def _item_text(v: Span) -> Span:
    """A list item's value without a dash after its bullet ("• — Sea Command") and without the
    comma, semicolon or full stop that ends the item ("Sea Command,"; "Tide Ltd." keeps its stop).

    >>> _item_text(Span("— Sea Patrol Command,", 10, 31)), _item_text(Span("Sea Guard.", 0, 10)).text
    (Span(text='Sea Patrol Command', start=12, end=30), 'Sea Guard')
    """
    lead = re.match(r"[–—-]\s+", v.text)
    a = lead.end() if lead else 0
    tail = re.search(r"\s*(?:[,;]|(?<=[a-z]{3})\.)$", v.text)
    b = tail.start() if tail else len(v.text)
    return v if (a, b) == (0, len(v.text)) or a >= b else Span(v.text[a:b], v.start + a, v.start + b)


# a member body's letters glued to a holder's name: "HTUAda Morn"
_LETTERS_GLUED_TO_NAME = re.compile(r"(?P<letters>[A-Z]{2,6})(?P<name>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})")
