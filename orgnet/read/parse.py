"""The parser (read stage): one pass over the lines of a document, placing each line somewhere.

The pass (:class:`Parser`) reads headings, references, prose and "Related" blurbs itself; the
title rules come from :mod:`orgnet.read.parse_title`, the officeholder rules from
:mod:`orgnet.read.parse_holders`, and the state they share from :mod:`orgnet.read.parse_state`.
"""

from __future__ import annotations

import re

from .. import vocabulary
from .colon_lists import ColonListRules, ends_in_colon
from .field_lines import KEY_CELL_ROW, continues_value, is_plural_post_key, match_field_line, term_line
from .foreign_offices import is_office_of
from .holder_names import person_name
from .infobox import Field, Span, has_cjk, has_org_word, looks_like_prose, strip_debris
from .lines import (
    BULLET,
    DATES,
    EDIT_LINK,
    HEADING_EDIT,
    HEADING_EQ,
    HEADING_YEARS,
    IN_OFFICE_DATES,
    NAME_TITLE,
    REF_CARET,
    REF_LINE,
    SPAN_TITLE,
    TABLE_HEADER,
    TABLE_RULE,
    error_line,
    first_year,
    is_known_title,
    is_list_heading,
    markdown_heading,
    reference_entry,
    section_kind_of,
    split_words,
    term_in_parens,
    title_like,
    ui_rx,
)
from .model import Blurb, ListItem
from .name_dates import name_dates, name_dates_term
from .officeholders import leader_heading
from .parse_holders import HolderRules, body_heading, counted_holders, holders_listed
from .parse_title import TitleRules
from .post_lines import PostLineRules
from .table_headers import is_header_only, is_table_header
from .wrapped import WrappedRules

__all__ = ["Parser"]


# a pipe table's row of a short key and one value cell ("Deputy Secretary | Ada Morn (X) Bo Lin (Y) |")
_LONGEST_VALUE_AFTER_BLANK = 100  # characters: a longer line after a key alone is text, not its value
# an address line that is a street and its number, the city on the next line ("Cra 28 No. 17 (Paloquemao)")
_STREET_LINE = re.compile(r"^[A-Za-z.]{1,12}\s+\d{1,5}\b[^,]{0,40}$")


_EDIT_LINK = re.compile(r"\s*\[\s*edit\s*\]\s*")  # a wiki heading's edit link on a line of its own


# a sentence without its full stop, saying who someone is: "The Director of HSA is Ada Morn"
_CLAUSE_NO_STOP = re.compile(
    r"(?:The|Its|His|Her) [^:|()]{3,60}? (?:is|was|are|were|has been|had been) (?:now |still |currently )?"
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
)


class Parser(HolderRules, TitleRules, WrappedRules, ColonListRules, PostLineRules):
    """One pass over the lines of a document, placing each line somewhere."""

    # -- main loop
    def run(self) -> None:
        d = self.d
        self._find_title()
        if not d.title:
            self._title_from_name_key()
        if not d.title:
            self._title_over_address()
        self._find_caption()
        wrapped = self._wrapped_paragraphs()
        n = len(self.lines)
        for i, (start, raw) in enumerate(self.lines):
            if i in wrapped and i not in self.skip_lines:
                # a paragraph hard-wrapped mid-sentence: its lines read as one text
                last = wrapped[i]
                a = start + len(raw) - len(raw.lstrip())
                self.open_field = None
                self._prose(a, self.lines[last][0] + len(self.lines[last][1].rstrip()))
                self.skip_lines.update(range(i + 1, last + 1))
                continue
            s = raw.strip()
            if not s:
                if self.open_field is not None and (self.open_field.role == "leader" or not self.open_field.values):
                    # "Commanders: A (1950 - 1953)", blank, "B (1953 - 1957)"; "Jurisdiction", blank, "X": a key alone
                    self.resume_field = self.open_field
                self.open_field = None
                continue
            if d.title_span and start <= d.title_span.start < start + len(raw) + 1 and i == self._title_line:
                continue
            if i in self.skip_lines:  # read already, as part of the line before
                continue
            prev_blank = i == 0 or not self.lines[i - 1][1].strip()
            next_blank = i + 1 >= n or not self.lines[i + 1][1].strip()
            self._line(i, start, raw, s, prev_blank, next_blank)
        self._end_table()
        self._close_section(len(self.text))
        if self.blurb:
            self._finish_blurb()
        self._field_offices()
        self._succession_boxes()
        self._colon_lists()

    def _close_section(self, pos: int) -> None:
        if self.section:
            self.d.sections.append((self.section, self.section_start, pos))

    def _heading(self, title: str, start: int) -> None:
        self._close_section(start)
        if self.blurb:
            self._finish_blurb()
        self._end_table()
        self.section, self.section_start = title, start
        self.section_kind = section_kind_of(title)
        self.open_field = None
        self.list_title = self.list_body = self.bullet_post = ""
        self.heading_body = body_heading(title)
        lh = leader_heading(HEADING_YEARS.sub("", re.sub(r"\s*\[\s*edit\s*\]\s*$", "", title)))  # ("...[edit]")
        if lh and lh[1] and not has_org_word(lh[1]) and is_office_of(self.d.title, lh[1]):
            lh = (lh[0], "")  # "Directors-General of Tides" on the page of that office: the page's own holders
        own = leader_heading(re.sub(r"\s*\([^()]*\)$", "", self.d.title)) if lh and lh[1] else None
        if lh and own and own[0] == lh[0] and own[1] and set(own[1].split()) < set(lh[1].split()):
            lh = (lh[0], "")  # "Chief of the Imperial Tide Staff" on the page of the "Chief of the Tide Staff"
        holders = self._holders_intro(title) if lh is None else ""
        if holders:  # "HB has had these directors:": a list of the page subject's holders
            lh = leader_heading(holders)
        if self.section_kind.startswith("leaders:"):
            self.list_title = self.section_kind.split(":", 1)[1]
            self.list_body = lh[1] if lh else ""
        elif lh:
            self.list_title, self.list_body = lh
            self.section_kind = f"leaders:{self.list_title}"

    def _line(self, i: int, start: int, raw: str, s: str, prev_blank: bool, next_blank: bool) -> None:
        d = self.d
        lead = len(raw) - len(raw.lstrip())
        if edit := EDIT_LINK.match(s):  # a proxy's edit link glued to a heading or a table row
            raw = raw[:lead] + " " * edit.end() + raw[lead + edit.end() :]
            s = raw.strip()
            if not s:
                return
            lead = len(raw) - len(raw.lstrip())
        if s.endswith("[]") and len(s) > 2:  # "Chairpersons[]": a heading with its edit link's empty brackets
            cut = raw.rindex("[]")
            raw = raw[:cut] + "  " + raw[cut + 2 :]
            s = raw.strip()
        s_start = start + lead
        if s == "|" or self._cell_under_lone_pipe(i, s, s_start):
            return
        rf, self.resume_field = self.resume_field, None
        if (
            rf is not None
            and not rf.values
            and (person_name(s, s_start) is not None and len(s) <= 60 or holders_listed(rf, s))
            and not is_header_only(s)  # ("Chairman" / blank / "Portrait Name": a table's header under its heading)
        ):
            # "President" / blank / "Ada Li": a key alone, its holder after a blank line (the term may follow);
            # "Agency executives" / blank / "Ada Li, Director Bo Wu, Vice Director": its holders
            rf.values.append(Span(s, s_start, s_start + len(s)))
            rf.end = s_start + len(s)
            self.open_field = rf
            return
        if rf is not None and self._holders_after_blank(rf, s):
            # "Vice-Chairmen" / blank / "Ada Morn      Bo Lin" / blank / "Cy Lo": a post's holders, blank lines between
            rf.values.append(Span(s, s_start, s_start + len(s)))
            rf.end = s_start + len(s)
            self.open_field = rf
            return
        if rf is not None and not rf.values and rf.role != "leader" and self._value_after_blank(rf, raw, s, start):
            rf.values.append(strip_debris(raw, start))  # "Headquarters", blank, "Ostberg, Ulton": its value
            rf.end = start + len(raw)
            self.open_field = rf
            return
        if (
            rf is not None
            and (DATES.match(s) and first_year(s) or rf.values and term_line().fullmatch(s))
            and continues_value(rf, s)
        ):
            rf.values.append(strip_debris(raw, start))
            rf.end = start + len(raw)
            self.open_field = rf
            return
        if self.table_open and (
            (self.row is not None and self.row.name is not None and s == self.row.name.text)
            or (d.lists and s == d.lists[-1].name.text)
        ):
            return  # "Bo Wu" alone under Bo Wu's row: a portrait's caption, the table goes on
        if self._heading_line(i, start, raw, s, prev_blank, next_blank):
            return
        if self._reference_line(i, start, raw, s, lead):
            return
        if self._title_or_native_name(s, s_start):
            return
        if not self._over_dated_bullets(i, raw) and self._holder_line(i, start, raw, s, s_start, prev_blank):
            return
        self._field_or_prose(i, start, raw, s, s_start)

    def _holders_after_blank(self, rf: Field, s: str) -> bool:
        """Whether line ``s``, after a blank line, names more holders of the post of the key ``rf``:
        names in columns ("Ada Morn      Bo Lin"), or one name under a key of several holders
        ("Vice-Chairmen")."""
        if rf.role != "leader" or not rf.multi or len(s) > 200 or is_header_only(s):
            return False
        names = re.split(r"(?: {3,}|\t+)", s)
        if len(names) == 1 and not (rf.values and is_plural_post_key(rf.raw_key)):
            return False
        return all((pn := person_name(n, 0)) is not None and pn.text == n for n in names)

    def _cell_under_lone_pipe(self, i: int, s: str, s_start: int) -> bool:
        """A pipe table's key and value on lines of their own, a lone "|" between them ("Chairperson" /
        "|" / "Ada Morn |"): the cell is the value of the key alone above it."""
        of = self.open_field
        if of is None or of.values or not s.endswith("|") or s.count("|") != 1 or self.lines[i - 1][1].strip() != "|":
            return False
        cell = s[:-1].rstrip()
        of.values.append(Span(cell, s_start, s_start + len(cell)))
        of.end = s_start + len(cell)
        return True

    @staticmethod
    def _value_after_blank(f: Field, raw: str, s: str, start: int) -> bool:
        """Whether a line after a blank one is the value of the key alone above the blank: short, no
        key of its own, no sentence ("Headquarters", blank, "The agency's headquarters are ...")."""
        return (
            len(s) <= _LONGEST_VALUE_AFTER_BLANK
            and not (s.endswith(".") and len(s.split()) > 6)
            and match_field_line(raw, start) is None
            and continues_value(f, s)
        )

    def _heading_line(self, i: int, start: int, raw: str, s: str, prev_blank: bool, next_blank: bool) -> bool:
        """A heading, or a line of page chrome, a wiki error or a table's header (read here)."""
        d = self.d
        # headings
        m = HEADING_EQ.match(s)
        if m:
            if len(m.group("eq")) == 1 and not d.title:
                d.title = m.group("title")
            self._heading(m.group("title"), start)
            return True
        m = markdown_heading(self.lines, i)
        if m:  # "# Harbour Board", "## Directors"
            if len(m.group("hashes")) == 1 and not d.title:
                d.title = m.group("title")
            self._heading(m.group("title"), start)
            return True
        m = HEADING_EDIT.match(s)
        if m and len(split_words(m.group("title"))) <= 6:
            self._heading(m.group("title"), start)
            return True
        if i + 1 < len(self.lines) and _EDIT_LINK.fullmatch(self.lines[i + 1][1]) and title_like(s):
            self._heading(s, start)  # "Internal organization" / "[edit]": a wiki heading, its edit link below
            return True
        if len(s) <= 60 and section_kind_of(s) and not REF_LINE.match(s):
            self._heading(s.rstrip(":").strip(), start)
            return True
        if s in ("Last updated",) or TABLE_RULE.match(s):
            return True
        if len(s) <= 140 and ui_rx().match(s):
            return True  # "Summarize", "Perspective": a mirror's buttons
        if error_line(s):  # "Lua error in Module:X at line 5", "Cite error: ...": a wiki's own errors
            d.unparsed.append((i + 1, s))
            return True
        if s.casefold().rstrip(":") in ("in office", "assumed office") and self._office_held(i):
            return True
        io = IN_OFFICE_DATES.match(s)
        if io and self._office_held(i, same_line=True):
            return True  # "In office 2021 – 11 June 2022 | |": the term on the line of "In office"
        if TABLE_HEADER.match(s):
            self.open_field = None
            return True
        if (of := self.open_field) is not None and of.role in ("oversight", "leader") and continues_value(of, s):
            return False  # "Overseen by" X / "Auditor General of Y", "• A" / "B, Vice-Ministers": the value goes on
        if is_list_heading(s) or self._office_plural_over_list(i, s) or self._bodies_heading(i, s):
            self._heading(s, start)
            return True
        if (b := BULLET.match(raw)) and is_list_heading(b.group("body")) and self._over_table_header(i):
            self._heading(b.group("body").strip(), start)  # "- Director of the X" right over a table of them
            return True
        bare = HEADING_YEARS.sub("", s)
        body_years = bare != s and has_org_word(bare)  # "Tide Commission (1951–1989)": a body's heading, its years
        over_bullets = (
            not s.endswith(":")
            and i + 1 < len(self.lines)
            and self._list_bullet(i + 1, self.lines[i + 1][1]) is not None
        )
        if (over_bullets or self.unit_run_end >= 0) and self._unit_over_bullets(i, s, start + raw.index(s)):
            return True  # "... the following units:" / "Division of Tides" / "- Tide Security": a unit and its parts
        if (
            (prev_blank and next_blank or over_bullets)  # ("Departmental Agencies" right over its bullets)
            and title_like(bare, long=body_years)
            and self.section_kind != "related"
            and (body_years or not (DATES.match(s) or NAME_TITLE.match(s)))
            and s != d.title
            and match_field_line(raw, start) is None
            # ("Bo Lin – Secretary General", "-Ada Morn, Chief Justice of X;"): a roster's item
            and not ((unit := self._roster_unit(i)) and (unit[1] or BULLET.match(raw)))
            and not self._over_term(i, s)  # "Ada Morn" / blank / "2011 to 2017": a holder and her term
        ):
            self._heading(s, start)
            return True
        return False

    def _reference_line(self, i: int, start: int, raw: str, s: str, lead: int) -> bool:
        """A line of the references, of "Contents" or "External links", or of a related-article blurb."""
        d = self.d
        # references
        if (
            REF_CARET.match(raw)
            or (self.section_kind == "references" and REF_LINE.match(raw))
            or (lead >= 2 and REF_LINE.match(raw) and (self.section_kind in ("references", "") and bool(d.references)))
        ):
            if ref := reference_entry(raw):
                d.references[ref[0]] = ref[1]
            return True
        if self.section_kind == "references":
            if d.references:
                last = max(d.references)
                d.references[last] = (d.references[last] + " " + s).strip()
            else:
                d.unparsed.append((i + 1, s))
            return True
        if self.section_kind == "contents" and len(split_words(s)) >= 12 and looks_like_prose(s):
            self.section_kind = ""  # a mirror's empty "Contents" box, then the text goes on
        elif self.section_kind in ("external", "contents"):
            return True
        # related-article blurbs
        if self.section_kind == "related":
            self._related_line(i, start, raw, s)
            return True
        return False

    def _title_or_native_name(self, s: str, s_start: int) -> bool:
        """The title repeated, or a line of the name in Chinese characters."""
        d = self.d
        # title repeated, native names
        if s == d.title or (d.title and s == d.title.strip()):
            self.open_field = None
            return True
        if (
            has_cjk(s)
            and len(s) <= 60
            and not re.search(r"[A-Za-z]{3,}", re.sub(r"\((?:Chinese|Simplified|Traditional)[^)]*\)", "", s))
        ):
            if len([c for c in s.split("|") if c.strip()]) > 1 or s.endswith((":", "：")):
                return True  # "英文维基 | 中文维基": a menu of the site's languages; "请输入...:": a search box's label
            txt = re.sub(r"\s*\((?:Chinese|Simplified|Traditional|Pinyin)[^)]*\)\s*$", "", s)
            # "| 港務局 | |": the cell; "| s = 港務局": a template's parameter, its value
            cell = re.match(r"^\|?\s*(?:[a-z]\w{0,10}\s*=\s*)?(?P<c>[^|]+?)\s*(?:\|[\s|]*)?$", txt)
            a = s_start + (cell.start("c") if cell else 0)
            txt = cell.group("c") if cell else txt
            d.native_names.append(Span(txt, a, a + len(txt)))
            self.open_field = None
            return True
        return False

    def _over_dated_bullets(self, i: int, raw: str) -> bool:
        """Whether line ``i``, no bullet, stands over two bullets of a holder and a term (blank lines aside):
        "Ada Morn (2012-2018)." over "- Bo Lind. 2012 to 2015." ...: the group's heading, no holder."""
        if BULLET.match(raw):
            return False
        nxt = [raw for _, raw in self.lines[i + 1 : i + 5] if raw.strip()][:2]
        return len(nxt) == 2 and all((b := BULLET.match(x)) and name_dates(b.group("body").strip()) for x in nxt)

    def _holder_line(self, i: int, start: int, raw: str, s: str, s_start: int, prev_blank: bool) -> bool:
        """A line of an officeholder table or a leader list, a bullet, or a profile's "Name (Title)"."""
        # officeholder tables and leader lists
        # ("# Director Photo Term": a table's header whose number column is headed "#", no bullet)
        b = self._list_bullet(i, raw) if not is_table_header(s) else None
        if not b and (self._term_under_name(i, start, raw, s, s_start) or self._name_over_term(i, s, s_start)):
            return True
        if not b and self._term_post_holder_line(i, s, s_start):  # "1954-1962 President Mr. Ada Morn"
            return True
        # (under a leaders' heading a line may give the term first: "1990–1995: Ada Li", "From 1990 to 1995: Bo Wu")
        nd = name_dates(s, term_first=True) if not b and self.section_kind.startswith("leaders:") else None
        holder = (
            re.sub(r"(?<=\w)\s+[A-Z]{2,4}$", "", nd.group("name").strip()) if nd else ""
        )  # "Bo Wu CM": letters after
        if nd and person_name(holder, 0) is not None and not self.table_open:
            # "Ada Li, 1984-87. She was a lawyer.": a holder, a term, then prose about the holder
            a0 = start + len(raw) - len(raw.lstrip())
            term_end = re.search(r"\.(?:\s|$)", s)
            item = s[: term_end.start()] if term_end else s
            y0, y1 = name_dates_term(nd)
            self._list_item(i, a0, item, holder, self.section_kind.split(":", 1)[1], y0, y1, bool(nd.group("open")))
            if term_end and s[term_end.end() :].strip():
                self._prose(a0 + term_end.end(), start + len(raw.rstrip()))
            return True
        text, t0 = (b.group("body"), start + b.start("body")) if b else (s, s_start)
        # ("- Minister of State for Migration: Ada Morn, TD": a roster's bullet, a post and its holder)
        if (not b and self._table_line(i, start, raw, s)) or self._post_colon_line(i, text.rstrip(), t0):
            return True
        if posts := self._dash_posts(b is not None, text, t0):  # (before a list's bodies: "Ada Li – Head, X (XO)")
            end = t0 + len(text.rstrip())
            for name, title, body in posts:
                self.d.lists.append(ListItem(name, title, None, None, False, self.section, t0, end, i + 1, body))
            return True
        if not b and self._listed_body_line(i, start, raw, s, s_start):
            return True
        # "Ada Morn, Minister of Tides" / "Bo Lin – Director" in a run of such lines (not a leader key's values)
        if not self._leader_key_open() and self._roster_line(i):
            return True
        # bullets
        if b:
            self._bullet(i, start, raw, b, prev_blank)
            return True
        # a leader list without bullets: "Name (1984 – 1991)" under "Ministers"
        if self.section_kind.startswith("leaders:"):
            dm = term_in_parens(s)
            if dm and not looks_like_prose(s):
                a, bb = dm.group("a").strip(), dm.group("b").strip()
                present = bb in vocabulary.names()["present_words"]
                self._list_item(
                    i,
                    s_start,
                    s,
                    dm.group("name").strip(),
                    self.section_kind.split(":", 1)[1],
                    first_year(a),
                    first_year(bb),
                    present,
                )
                return True
        # "Key people" / "Ada Lind": a leaders key alone on its line, its one holder on the next
        if (
            self.section_kind.startswith("leaders:")
            and self.section_start == start - len(self.section) - 1
            and len(s) <= 60
            and not looks_like_prose(s)
        ):
            pn = person_name(s, s_start)
            if pn is not None and pn.text == s and match_field_line(raw, start) is None:
                # ("Jurisdiction President of X" / "Headquarters Ulton Cantonment, X": a key's line, no holder)
                self._list_item(i, s_start, s, s, self.section_kind.split(":", 1)[1], None, None, False)
                return True
        # "Key people" / "Ada Lind, founder" / "Bo Wu, chairman": holders with their posts after a comma
        if self.section_kind.startswith("leaders:") and self._leader_comma_line(i, s, s_start):
            return True
        # profile "Name (Title)"
        nt = NAME_TITLE.match(s)
        if nt and is_known_title(nt.group("title")):
            self._list_item(i, s_start, s, nt.group("name"), nt.group("title").strip(), None, None, False)
            self.open_field = None
            return True
        return False

    def _cell_under_key(self, hit: tuple[Field, str], s: str) -> bool:
        """Whether a pipe row of one filled cell, read as a key no vocabulary knows, is the value of
        the key alone on the row above (the infobox put the value on a row of its own)."""
        f, style = hit
        of = self.open_field
        return (
            of is not None
            and of.role == "leader"
            and not of.values
            and style == "pipe"
            and not re.search(r"\d", s)
            and f.role == "literal"
            and not f.values
            and continues_value(of, s.rstrip(" |"))
        )

    def _key_wrapped(self, i: int, raw: str, start: int) -> tuple[Field, str] | None:
        """A key wrapped over two lines, its values below ("Other political" / "affiliations"): the
        field (the key's second line is then read)."""
        nxt = self.lines[i + 1][1].strip() if i + 1 < len(self.lines) else ""
        if not nxt[:1].islower() or len(nxt.split()) > 2 or len(raw.split()) > 3:
            return None
        hit = match_field_line(raw.rstrip() + " " + nxt, start)
        if hit is None or hit[0].values:
            return None
        self.skip_lines.add(i + 1)
        return hit

    def _field_or_prose(self, i: int, start: int, raw: str, s: str, s_start: int) -> None:
        """An infobox field or its continuation, else prose (a list's heading when it ends in a colon)."""
        d = self.d
        f: Field | None
        # infobox fields and their continuation lines ("| key = value<ref>{{cite ...}}</ref>": the value)
        if not looks_like_prose(re.sub(r"<ref\b.*$", "", s) if s.startswith("|") else s) or KEY_CELL_ROW.fullmatch(s):
            hit = match_field_line(raw, start, allow_unknown_keys=d.layout in ("dash-infobox", "pipe-table"))
            hit = hit or self._key_wrapped(i, raw, start)
            if hit and self._cell_under_key(hit, s):
                hit = None  # "diretor |" / "Ada Morn, Ivo Lenz |": the value of the key above, in a cell alone
            if (hit is None or hit[0].role == "literal") and self._post_cell_line(i, s, s_start):
                return  # "Minister of Tides | Ada Morn |": a post no field names, and its holder
            if hit:
                f, _style = hit
                f.line = i + 1
                d.fields.append(f)
                self.open_field = f
                return
            if self._post_holder_line(i, s, s_start) or self._organ_key_line(i, s, s_start):
                return
            f = self.open_field
            if f is not None and f.multi and i in self.squashed_pieces and i and BULLET.match(self.lines[i - 1][1]):
                f = None  # "- Tide Fund" / "Notables Programme Website ...": the bullets of the field above have ended
            if f is not None and self._stale_key(f, i):
                f = None  # "Membership" / "- Chairman" / "- Ada Morn" ...: a heading; other lines read since
            address_on = f is not None and f.role == "headquarters" and bool(f.values)
            address_on = address_on and bool(_STREET_LINE.search(f.values[-1].text))  # type: ignore[union-attr]
            if f is not None and (f.multi or not f.values or address_on) and continues_value(f, s):
                v = strip_debris(raw, start)
                prev_value = f.values[-1] if f.values else None
                if (
                    f.role == "headquarters"
                    and prev_value is not None
                    and (prev_value.text.endswith(",") or _STREET_LINE.search(prev_value.text))
                ):
                    # an address over several lines is one value ("Cra 28 No. 17" / "Ulton, Veldra")
                    f.values[-1] = Span(self.text[prev_value.start : v.end], prev_value.start, v.end)
                elif v.text:
                    f.values.append(v)
                f.end = start + len(raw)
                return
            self.open_field = None
            if (words := ends_in_colon(s)) and (len(split_words(s)) <= 8 or self._next_bullet(i)):
                lh = leader_heading(words)  # ("UN Secretaries-General:": the heading names the body)
                named = words if lh and lh[1] else ""
                self._heading(named or self._holders_intro(s) or words, start)  # ("HB has had these directors:")
                return
            if (
                len(split_words(s)) >= 10
                or (
                    len(split_words(s)) >= 5
                    and (s[-1] in ".!?\"”'" or _CLAUSE_NO_STOP.fullmatch(self._cut_short(i, s)))
                )
                or i == self._headline_line
            ):
                self._prose(s_start, start + len(raw.rstrip()))
                return
            if self._keyless_holder(i, s, s_start):  # "HTUAda Morn" above "Vice President": a holder, key lost
                return
            d.unparsed.append((i + 1, s))
            return
        self.open_field = None
        self._prose(s_start, start + len(raw.rstrip()))
        if (
            d.sentences
            and (ends_in_colon(s) or self._next_bullet(i) and counted_holders(d.sentences[-1].clean))
            and (self._next_bullet(i) or self._holders_intro(d.sentences[-1].clean))
        ):
            # "The bureau has the following internal structure:" over a list: the list's heading;
            # "Four Directors General have led it since then:", "There have been six Directors of X.": its holders
            intro = d.sentences[-1]
            holders = self._holders_intro(intro.clean)
            self._heading(holders or ends_in_colon(intro.clean) or intro.clean.strip().rstrip(":"), intro.start)

    # -- related articles
    def _related_line(self, i: int, start: int, raw: str, s: str) -> None:
        m = SPAN_TITLE.match(s)
        lead = len(raw) - len(raw.lstrip())
        if m:
            if self.blurb:
                self._finish_blurb()
            t0 = start + lead + m.start("title")
            title = Span(m.group("title"), t0, t0 + len(m.group("title")))
            desc = None
            if m.group("desc").strip():
                d0 = start + lead + m.start("desc")
                desc = Span(m.group("desc").strip(), d0, d0 + len(m.group("desc").strip()))
            self.blurb = Blurb(title=title, description=desc, start=start, end=start + len(raw))
            return
        if not looks_like_prose(s) and len(split_words(s)) < 5:
            self.d.unparsed.append((i + 1, s))
            return
        if self.blurb is None or self.blurb.sentences:
            if self.blurb:
                self._finish_blurb()
            self.blurb = Blurb(title=None, description=None, start=start, end=start + len(raw))
        self._prose(start + lead, start + len(raw.rstrip()), into=self.blurb.sentences)
        self.blurb.end = start + len(raw)

    def _finish_blurb(self) -> None:
        b = self.blurb
        self.blurb = None
        if b is not None and (b.sentences or b.title):
            for s in b.sentences:
                s.section = self.section
            self.d.related.append(b)
