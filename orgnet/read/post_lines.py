"""Lines that give a post and its holder (read stage), for :class:`orgnet.read.parse.Parser`: a
roster's "Chairman of the Harbour League: Ada Morn", an infobox line keyed by a post ("Regional
Secretary Ada Morn"), and a holder and posts parted by a dash ("Ada Morn – Deputy Chairman of X",
"• Secretary of State for X – Ada Morn MP"). The words are read in :mod:`orgnet.read.name_posts`."""

from __future__ import annotations

import re

from .field_lines import match_field_line, term_line
from .holder_names import person_name
from .infobox import Span
from .lines import first_title, first_year
from .model import ListItem
from .name_posts import (
    name_dash_posts,
    organ_then_names,
    post_cell_holder,
    post_colon_holder,
    post_dash_holder,
    post_then_holder,
    unit_cell_commander,
)
from .officeholders import leader_heading
from .parse_state import ParserState

__all__ = ["PostLineRules"]

# an infobox's key over the commanders of its units, one a row ("Commanders | |", "Current commanders |")
_COMMANDERS_KEY = re.compile(
    r"^\s*\|?\s*(?:Current |Notable )?(?:Commanders?|Leaders|Leadership|Command)\s*\|\s*\|?\s*$"
)


class PostLineRules(ParserState):
    """The post-and-holder lines of the parser: each a list item of the holder, the post's title and
    the body it names (none: the page's)."""

    def _post_colon_line(self, i: int, s: str, s_start: int) -> bool:
        """A roster's "Chairman of the Harbour League: Ada Morn", or its "Chairwoman of HL:" with the
        holder alone on the next line: she leads the body the post names."""
        pc = post_colon_holder(s, s_start)
        if pc is None:
            return False
        title, body, holder = pc
        end = s_start + len(s)
        if holder is None:
            j = next((k for k in range(i + 1, min(i + 3, len(self.lines))) if self.lines[k][1].strip()), -1)
            if j < 0 or j != i + 1:
                return False
            nstart, nraw = self.lines[j]
            lead = len(nraw) - len(nraw.lstrip())
            holder = person_name(nraw.strip(), nstart + lead)
            if holder is None or holder.text != nraw.strip():
                return False
            self.skip_lines.add(j)
            end = holder.end
        self.d.lists.append(ListItem(holder, title, None, None, False, self.section, s_start, end, i + 1, body))
        return True

    def _organ_key_line(self, i: int, s: str, s_start: int) -> bool:
        """An infobox key that names a collective organ and nothing else, its members after it and on
        the lines under it, one a line ("Politburo Standing Committee Ada Morn" / "Bo Lin", or
        "Standing Committee: Ada Morn, Bo Lin"): each sits on the organ (of the page's body)."""
        found = organ_then_names(s, s_start)
        if found is None:
            return False
        organ, names = found
        self.open_field = None
        end = s_start + len(s)
        for k in range(i + 1, len(self.lines)):  # the members under it, a bare name a line
            kstart, kraw = self.lines[k]
            line = kraw.strip()
            name = person_name(line, kstart + len(kraw) - len(kraw.lstrip())) if line else None
            if name is None or name.text != line:
                break
            names.append(name)
            self.skip_lines.add(k)
            end = name.end
        for name in names:
            self.d.lists.append(ListItem(name, "Member", None, None, False, self.section, s_start, end, i + 1, organ))
        return True

    def _post_cell_line(self, i: int, s: str, s_start: int) -> bool:
        """An infobox's pipe row keyed by a post no field of the vocabulary names, its holder in the
        value's cell ("Minister of Tides | General Ada Morn |", "Discipline Secretary | Bo Lin |"): the
        holder leads the body the post names, else the page's."""
        found = post_cell_holder(s, s_start)
        if found is None and not self.table_open:
            return self._unit_cell_line(i, s, s_start)
        if found is None or self.table_open:
            return False
        title, body, holder = found
        self.open_field = None
        self.d.lists.append(
            ListItem(holder, title, None, None, False, self.section, s_start, s_start + len(s), i + 1, body)
        )
        return True

    def _unit_cell_line(self, i: int, s: str, s_start: int) -> bool:
        """An infobox's pipe row keyed by a unit, its commander in the value's cell, under a key of
        commanders ("Commanders | |" / "Tide Navy | Rear Admiral Ada Morn |"): the holder commands the unit."""
        found = unit_cell_commander(s, s_start)
        if found is None:
            return False
        k = i - 1
        while k >= 0 and k >= i - 12 and "|" in self.lines[k][1] and not _COMMANDERS_KEY.match(self.lines[k][1]):
            k -= 1
        if k < 0 or not _COMMANDERS_KEY.match(self.lines[k][1]):
            return False
        unit, holder = found
        self.open_field = None
        self.d.lists.append(
            ListItem(holder, "Commander", None, None, False, self.section, s_start, s_start + len(s), i + 1, unit.text)
        )
        return True

    def _name_over_term(self, i: int, s: str, s_start: int) -> bool:
        """A term alone on its line ("November 21, 2011 to June 30, 2017") right under a line that is
        only a person's name, on a page or under a heading of a post's holders ("Former Tide Police
        Commissioners"): that person held the post then."""
        if not term_line().fullmatch(s):
            return False
        heading = self.section if self.section_kind.startswith("leaders:") else self.d.title
        lh = leader_heading(heading) if heading else None  # ("Former Tide Police Commissioners")
        if lh is None:
            return False
        title, body = lh
        j = next((k for k in (i - 1, i - 2) if k >= 0 and self.lines[k][1].strip()), -1)
        if j < 0 or any(it.line == j + 1 for it in self.d.lists[-1:]):
            return False
        nstart, nraw = self.lines[j]
        line = nraw.strip()
        name = person_name(line, nstart + len(nraw) - len(nraw.lstrip()))
        if name is None or name.text != line:
            return False
        self.d.unparsed = [u for u in self.d.unparsed if u != (j + 1, line)]
        if self.row is not None and self.row.name is not None and self.row.name.start == name.start:
            self.row = None  # (the name read as a table's row waiting for its dates: this item instead)
        y0, y1 = first_year(s), _end_year(s)
        self.d.lists.append(
            ListItem(name, title, y0, y1, False, self.section, name.start, s_start + len(s), j + 1, body)
        )
        return True

    def _over_term(self, i: int, s: str) -> bool:
        """Whether line ``i`` is only a person's name, a term alone on the next line that is not blank."""
        k = next((k for k in (i + 1, i + 2) if k < len(self.lines) and self.lines[k][1].strip()), -1)
        if k < 0 or not term_line().fullmatch(self.lines[k][1].strip()):
            return False
        bare = re.sub(r" \([A-Z][a-z]+\)(?= )", "", s)  # ("Robert (Bob) W. Morn": a nickname inside)
        name = person_name(bare, 0)
        return name is not None and name.text == bare

    @staticmethod
    def _dash_posts(bullet: bool, text: str, t0: int) -> list[tuple[Span, str, str]]:
        """``[(holder, title, body)]`` of "Ada Morn – Deputy Chairman of X, former ...;" (a holder, a dash,
        posts) or of a bullet "• Secretary of State for X – Ada Morn MP" (a post, a dash, its holder)."""
        if posts := name_dash_posts(text, t0):
            return posts
        found = post_dash_holder(text, t0) if bullet else None
        return [(found[2], found[0], found[1])] if found else []

    def _term_post_holder_line(self, i: int, s: str, s_start: int) -> bool:
        """A line of a term, a post and its holder ("1954-1962 President Mr. Ada Morn"): the holder held
        the page's body's post then."""
        m = _TERM_POST_HOLDER.fullmatch(s)
        title = first_title(m.group("rest")) if m else ""
        if not (m and title and m.group("rest").startswith(title)):
            return False
        who = m.group("rest")[len(title) :].lstrip()
        name = person_name(who, s_start + m.end() - len(who))
        if name is None or name.end != s_start + len(s):
            return False
        y1 = int(m.group("b")) if m.group("b") else None
        self.d.lists.append(
            ListItem(name, title, int(m.group("a")), y1, bool(m.group("open")), self.section, s_start, name.end, i + 1)
        )
        return True

    def _post_holder_line(self, i: int, s: str, s_start: int) -> bool:
        """An infobox line keyed by a post its holder follows ("Regional Secretary Ada Morn"), a field
        line before or after it: the holder leads the page's body."""
        ph = post_then_holder(s, s_start)
        nxt = self.lines[i + 1][1].strip() if i + 1 < len(self.lines) else ""
        fields_near = self.open_field or match_field_line(nxt, 0) or post_then_holder(nxt, 0)
        if ph is None or not fields_near:
            return False
        self.open_field = None
        self.d.lists.append(ListItem(ph[1], ph[0], None, None, False, self.section, s_start, s_start + len(s), i + 1))
        return True


# a term, a post and its holder on one line: "1954-1962 President Mr. Ada Morn", "2010–present Chairman Bo Lin"
_TERM_POST_HOLDER = re.compile(
    r"(?P<a>(?:1[6-9]|20)\d\d)\s*[-–—]\s*(?:(?P<b>(?:1[6-9]|20)\d\d)|(?P<open>present|incumbent|now))?\s+(?P<rest>[A-Z].{4,100})",
    re.I,
)


def _end_year(term: str) -> int | None:
    """The year a term line ends in, none for an open one ("2011 to 2017": 2017; "2011 – present")."""
    years = re.findall(r"\b(?:1[6-9]|20)\d\d\b", term)
    return int(years[1]) if len(years) > 1 else None
