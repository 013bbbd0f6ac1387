"""Lines that give a post and its holder (read stage), for :class:`orgnet.read.parse.Parser`: a
roster's "Chairman of the Harbour League: Ada Morn", an infobox line keyed by a post ("Regional
Secretary Ada Morn"), and a holder and posts parted by a dash ("Ada Morn – Deputy Chairman of X",
"• Secretary of State for X – Ada Morn MP"). The words are read in :mod:`orgnet.read.name_posts`."""

from __future__ import annotations

from .field_lines import match_field_line
from .holder_names import person_name
from .infobox import Span
from .model import ListItem
from .name_posts import name_dash_posts, post_cell_holder, post_colon_holder, post_dash_holder, post_then_holder
from .parse_state import ParserState

__all__ = ["PostLineRules"]


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

    def _post_cell_line(self, i: int, s: str, s_start: int) -> bool:
        """An infobox's pipe row keyed by a post no field of the vocabulary names, its holder in the
        value's cell ("Minister of Tides | General Ada Morn |", "Discipline Secretary | Bo Lin |"): the
        holder leads the body the post names, else the page's."""
        found = post_cell_holder(s, s_start)
        if found is None or self.table_open:
            return False
        title, body, holder = found
        self.open_field = None
        self.d.lists.append(
            ListItem(holder, title, None, None, False, self.section, s_start, s_start + len(s), i + 1, body)
        )
        return True

    @staticmethod
    def _dash_posts(bullet: bool, text: str, t0: int) -> list[tuple[Span, str, str]]:
        """``[(holder, title, body)]`` of "Ada Morn – Deputy Chairman of X, former ...;" (a holder, a dash,
        posts) or of a bullet "• Secretary of State for X – Ada Morn MP" (a post, a dash, its holder)."""
        if posts := name_dash_posts(text, t0):
            return posts
        found = post_dash_holder(text, t0) if bullet else None
        return [(found[2], found[0], found[1])] if found else []

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
