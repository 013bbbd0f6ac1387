"""Bullets that name a person and the post they hold (read stage): ``• Ada Li, Minister``,
``• Bo Lin 博林,Vice Chairmen`` (the name in its own script after it, a plural post for one
person), ``• Cy Lo, Committee Member`` (a seat), ``• Ada Li`` with the post on the next, indented
line, and ``• Dr. Ada Li Vice President`` (no comma between). Each gives a :class:`ListItem` of the
page's body, or of the body the post names."""

from __future__ import annotations

import re

from .. import vocabulary
from ..lexicon import singular_title
from .holder_names import person_name, without_native
from .infobox import has_org_word
from .lines import BULLET, first_title, is_known_title
from .model import ListItem
from .name_posts import one_post_of
from .parse_state import ParserState

__all__ = ["PersonBulletRules"]

# a seat, no office: "Member", a body's word and "Member" ("Committee Member", "Council Member"),
# "Member of the Tide Council"
_SEAT = re.compile(r"(?:(?P<w>[A-Z][a-z]+) )?Members?(?: of (?:the )?(?P<b>[A-Z].{2,80}))?", re.I)


class PersonBulletRules(ParserState):
    """Bullets of a person and a post (mixed into the parser)."""

    def _bullet_person(self, i: int, start: int, body: str) -> bool:
        """A leader bullet: ``• Ada Li, Minister`` or ``• Ada Li`` with the post on the next,
        indented line (``Vice-President of the Federation``)."""
        m = re.match(r"^(?P<name>[^,()]{3,60}),\s*(?P<title>[^,()]{2,80})$", without_native(body)[0])
        # ("• Bo Lin 博林,Vice Chairmen": the Latin name; "• Bo Lin," / "    Vice Chairman": the post below)
        name = person_name(m.group("name") if m else re.sub(r",\s*$", "", body), start)
        if name is None:
            return False
        post = m.group("title") if m else ""
        end = start + len(body)
        if not m:
            j = i + 1
            while j < len(self.lines) and not self.lines[j][1].strip():
                j += 1
            if j < len(self.lines) and j - i <= 3:
                nstart, nraw = self.lines[j]
                if nraw[:1].isspace() and not BULLET.match(nraw) and len(nraw.strip()) <= 200:
                    post = nraw.strip()
                    end = nstart + len(nraw.rstrip())
                    self.skip_lines.add(j)
        title = first_title(post) or first_title(singular_title(post.strip()))  # ("Vice Chairmen" for one)
        seat = _SEAT.fullmatch(post.strip())
        seat = seat if seat and (not seat.group("w") or has_org_word(seat.group("w"))) else None
        if seat:
            title = "Member"  # "• Bo Lin, Member", "• Cy Lo, Committee Member": a seat on the page's body
        # the name alone, a note in parentheses after it ("Ada Li (from 2004)"; not "Ada Li Director")
        bare = re.sub(r"\s*\([^()]*\)$", "", body.rstrip())
        alone = bare.endswith(name.text) and not any(map(is_known_title, name.text.split()))
        if not title and not post and self.section_kind.startswith("leaders:") and alone:
            # "Notable Directors:" / "• Major General Ada Li": the heading's post, without its qualifier
            # (names.yaml key_qualifiers)
            first, _, rest = (heading := self.section_kind.split(":", 1)[1]).partition(" ")
            qualified = first.casefold() in vocabulary.names()["key_qualifiers"]
            title = first_title(heading) or (first_title(rest) if qualified else "") or heading
        if not title:
            return False
        # ("• Ada Li, Minister of Tides;": the post of the body it names, not of the page's)
        of = one_post_of(post)
        self.d.lists.append(
            ListItem(
                name=name,
                title=title,
                start_year=None,
                end_year=None,
                present=False,
                section=self.section,
                start=start,
                end=end,
                line=i + 1,
                body=seat.group("b") or "" if seat else of[1] if of and of[0] == title else "",
            )
        )
        return True

    def _name_then_post(self, i: int, start: int, body: str) -> bool:
        """A holder and the post, no comma between, in a list of holders: ``• Dr. Ada Li Vice President``,
        ``• Bo Wu Deputy Director for Naval Affairs`` (the post: a known title, then what it is for)."""
        words = body.split()
        for k in range(2, min(len(words), 7)):
            rest = words[k:]
            if not any(is_known_title(" ".join(rest[:n])) for n in range(1, min(4, len(rest)) + 1)):
                continue
            head = " ".join(words[:k])
            name = person_name(head, start)
            if name is None or name.end - start != len(head):
                return False
            post = " ".join(rest)
            self.d.lists.append(
                ListItem(
                    name=name,
                    title=post[:1].upper() + post[1:],
                    start_year=None,
                    end_year=None,
                    present=False,
                    section=self.section,
                    start=start,
                    end=start + len(body),
                    line=i + 1,
                )
            )
            return True
        return False
