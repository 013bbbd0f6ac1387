"""A person page's offices (read stage): the post over "In office" and its term, the offices a
succession box names ("Preceded by" / "Director of X" / "Succeeded by"), and the offices infobox
fields give. A mixin of :class:`orgnet.read.parse.Parser`, under the officeholder rules."""

from __future__ import annotations

import re

from ..lexicon import is_known_title
from .field_lines import match_field_line
from .infobox import Span, has_org_word
from .lines import OPEN_TITLE_END, PIPE_ONLY, cells_text
from .list_items import ListFormRules
from .model import Office
from .officeholders import dates_in

__all__ = ["OfficeRules"]

_PRECEDED = re.compile(r"preceded by\b", re.I)
_SUCCEEDED = re.compile(r"succeeded by\b", re.I)


class OfficeRules(ListFormRules):
    """The offices of a person page's infobox."""

    def _succession_boxes(self) -> None:
        """A person page's succession box: ``Preceded by A`` / ``Director of X 1995–1996`` /
        ``Succeeded by B`` (cells or plain lines): the middle line is an office held then."""
        rows = [(k, start, cells_text(raw)) for k, (start, raw) in enumerate(self.lines) if raw.strip()]
        for j in range(1, len(rows) - 1):
            (_, a0, before), (k, start, post), (_, b0, after) = rows[j - 1], rows[j], rows[j + 1]
            if not (_PRECEDED.match(before) and _SUCCEEDED.match(after)):
                continue
            years = dates_in(post)
            name = re.sub(r"[\s,(]*(?:1[6-9]|20)\d\d.*$", "", post).strip()
            if (
                not years
                or not re.search(r"\b(?:of|for)\b", name)
                or any(o.start <= start < o.end for o in self.d.offices)
            ):
                continue
            end = b0 + len(self.lines[rows[j + 1][0]][1].rstrip())
            for line_start, role in ((a0, "predecessor"), (b0, "successor")):
                # "Preceded by Bo Wu |" read as a cell key with no value: the key and the person
                f = next((f for f in self.d.fields if f.start == line_start and f.role == "literal"), None)
                m = re.match(
                    r"\|?\s*(?:preceded|succeeded) by\s+(?P<who>[^|\n]+?)\s*(?:\||$)",
                    self.text[line_start:end],
                    re.I | re.M,
                )  # (in cells: "| Preceded by Bo Wu |")
                if f is not None and m:
                    f.role, f.key = role, ("Preceded by" if role == "predecessor" else "Succeeded by")
                    f.values = [Span(m.group("who"), line_start + m.start("who"), line_start + m.end("who"))]
            self.d.offices.append(
                Office(
                    post=name,
                    start_year=years[0],
                    end_year=years[1] if len(years) > 1 else None,
                    present=bool(re.search(r"\b(?:present|incumbent)\b", post, re.I)),
                    start=a0,
                    end=end,
                    line=k + 1,
                )
            )
        self.d.offices.sort(key=lambda o: o.start)

    def _field_offices(self) -> None:
        """A template dump's offices: ``Office: Director of X`` (``Office2``, ...) with the
        ``Term Start`` / ``Term End`` fields of the same number, one :class:`Office` each."""
        fields = self.d.fields
        for f in fields:
            if f.role != "office" or not f.values or any(o.start <= f.start < o.end for o in self.d.offices):
                continue
            # ("Title: Director, X; Party Secretary, Y": two posts)
            posts = [_post_comma_body(p) for v in f.values for p in v.text.split(";") if p.strip()]
            posts = [
                p
                for p in posts
                if re.match(r"[A-Z]", p)
                and re.search(r"\b(?:of|for)\b", p)
                and not re.match(r"(?:(?:full|candidate|alternate) )?member of\b", p, re.I)
            ]  # ("Member of the X": a membership, read with the fields)
            if not posts:
                continue
            term = {
                g.role: g.values[0].text
                for g in fields
                if g.role in ("term_start", "term_end") and g.number == f.number and g.values
            }
            y0 = dates_in(term.get("term_start", ""))
            y1 = dates_in(term.get("term_end", ""))
            present = bool(re.search(r"\b(?:present|incumbent)\b", term.get("term_end", ""), re.I))
            for post in posts:
                self.d.offices.append(
                    Office(
                        post=post,
                        start_year=y0[0] if y0 else None,
                        end_year=y1[0] if y1 else None,
                        present=present,
                        start=f.start,
                        end=f.end,
                        line=f.line,
                    )
                )
        self.d.offices.sort(key=lambda o: o.start)

    def _office_held(self, i: int, same_line: bool = False) -> bool:
        """A person infobox's office: the post on the line(s) above "In office", the term on the
        line below ("Minister of Tides" / "of Ruritania" / "In office" / "8 May 1950 – 18 July 1953")
        or on its own line (``same_line``: "In office 2021 – 2022 | |")."""
        # ("Incumbent" between the post and "Assumed office": the term has no end)
        incumbent = [k for k in range(max(0, i - 2), i) if cells_text(self.lines[k][1]).casefold() == "incumbent"]
        above = [
            k
            for k in range(max(0, i - 4), i)
            if self.lines[k][1].strip() and not PIPE_ONLY.fullmatch(self.lines[k][1]) and k not in incumbent
        ][-2:]
        below = (
            i
            if same_line
            else next((k for k in range(i + 1, min(len(self.lines), i + 3)) if self.lines[k][1].strip()), None)
        )
        if not above or below is None:
            return False
        years: list[int | None] = list(dates_in(self.lines[below][1]))
        undated = not years and not same_line and match_field_line(self.lines[below][1], 0) is not None
        if undated:  # ("Director of X" / "In office" / "Prime Minister Y": the copy lost the term)
            below, years = i, [None]
        elif not years or len(cells_text(self.lines[below][1])) > 60:
            return False
        wrapped = len(above) == 2 and (
            cells_text(self.lines[above[1]][1])[:3] in ("of ", "for")  # "Minister of Tides" / "of Ruritania"
            or bool(OPEN_TITLE_END.search(cells_text(self.lines[above[0]][1])))  # "Chairman of the" / "Tide Party"
        )
        ks = above if wrapped else above[-1:]
        start = self.lines[ks[0]][0]
        post = " ".join(cells_text(self.lines[k][1]) for k in ks)
        post = re.sub(r"\b(the|of)(?=[A-Z])", r"\1 ", post)  # "Head of theUnited Front ...": a proxy's glue
        field_above = match_field_line(self.lines[ks[-1]][1], self.lines[ks[-1]][0]) is not None
        if self.d.offices and (field_above or dates_in(post) and not re.search(r"\b(?:of|for)\b", post)):
            # a second term of the office above (the line over "In office" is that term's dates)
            post, start = self.d.offices[-1].post, self.lines[i][0]
        term_end = self.lines[below][0] + len(self.lines[below][1].rstrip())
        present = bool(
            incumbent
            or re.search(
                r"\b(?:present|incumbent)\b|^\W*assumed office",
                self.lines[below if same_line else i][1] + " " + self.lines[below][1],
                re.I,
            )
        )
        # "Chief of the X; Secretary of the Y": two posts held over one term, one office each; the
        # first post is appended last, so "Preceded by" / "Succeeded by" below go with it
        for one in reversed([p.strip() for p in post.split("; ")]):
            if one:
                self.d.offices.append(
                    Office(
                        post=one,
                        start_year=years[0],
                        end_year=years[1] if len(years) > 1 else None,
                        present=present,
                        start=start,
                        end=term_end,
                        line=ks[0] + 1,
                    )
                )
        if not same_line and not undated:
            self.skip_lines.add(below)
        if self.section_kind.startswith("leaders:") and self.section_start >= start:
            # the post read as a heading ("Minister of Tides" over "In office") opens no leader list
            self.section_kind, self.list_title, self.list_body = "", "", ""
        return True


_POST_COMMA = re.compile(r"(?P<post>[A-Z][\w -]{2,40}?), (?P<body>[A-Z].{2,120})")


def _post_comma_body(text: str) -> str:
    """A post and its body parted by a comma ("Director, Tide Commission"), as "Director of Tide
    Commission"; any other value as it is.

    >>> _post_comma_body("Party Secretary, Tide Commission"), _post_comma_body("Ada Morn, Bo Lin")
    ('Party Secretary of Tide Commission', 'Ada Morn, Bo Lin')
    """
    m = _POST_COMMA.fullmatch(text.strip())
    if m and is_known_title(m.group("post")) and has_org_word(m.group("body")):
        return f"{m.group('post')} of {m.group('body')}"
    return text
