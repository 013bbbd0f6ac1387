"""The parser's rules for a document's title and caption (read stage)."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..countries import is_country_name
from ..lexicon import compiled
from .field_lines import match_field_line
from .holder_names import person_name
from .infobox import Span, has_org_word, looks_like_prose
from .languages import capitalised_words, english_text, sentence_case_name
from .lines import (
    BULLET,
    CAPTION_ROW,
    HEADING_EQ,
    HOLDER_SINCE,
    NAME_ABBR_LINE,
    OPEN_TITLE_END,
    TABLE_RULE,
    WIKITEXT_NAME,
    edit_page_rx,
    first_year,
    is_article_button,
    is_furniture,
    latin_part,
    markdown_heading,
    name_like,
    section_kind_of,
    split_words,
    title_text,
)
from .model import ListItem
from .parse_state import ParserState

__all__ = ["TitleRules"]

# a line of a directory's contact block: a street address ("330 Harbour Avenue SW., Veldra"),
# a telephone number ("202-203-4545", "+44 20 7946 0000") or a web address
_ADDRESS_LINE = re.compile(
    r"\d{1,5}[A-Za-z]?\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+)*,\s+[A-Z]"
    r"|\+?\(?\d{2,4}\)?[ .-]\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{2,4})?$"
    r"|(?:https?://|www\.)\S+$"
)


# the line a wiki mirror prints where the article starts
_FROM_WIKI = re.compile(r"from (?:simple english )?wikipedia, the free encyclopedia\.?", re.I)


def _headline_possessive(t: str) -> bool:
    """A title line with a possessive inside it that no name holds ("Treasury Designates Tidewatch's
    Construction Arm"; not "Harbour Workers' Union", names.yaml ``name_internal_possessives``): a headline.

    >>> _headline_possessive("Treasury Designates Tidewatch's Construction Arm")
    True
    >>> _headline_possessive("Harbour Women's League"), _headline_possessive("Ulton's")
    (False, False)
    """
    inside = set(vocabulary.names()["name_internal_possessives"])
    return any(m.group() not in inside for m in re.finditer(r"\b\w+['’]s(?=\s+\w)", t))


_RESULTS_FOR = re.compile(r"^.{0,60}?\b(?:Top |Search )?[Rr]esults for\s+(?=[A-Z])")
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9&/.-]{1,15}")
_ABOUT = re.compile(
    r"^(?:About (?:the |us[:\s–-]+)?|(?:An? )?(?:(?:Brief|Short|Outline) )?History of (?:the )?)(?=[A-Z0-9])"
)  # ("About the X", "An Outline History of the X": the page of X)
_META_KEY = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?:\s")  # "Subject: ...", "Reproduction Date: ..."

# an article that opens a lead sentence, in the languages of the pages read
_LEAD_ARTICLE = re.compile(r"(?:The|La|Le|Les|L[’']|El|Los|Las|Die|Der|Das|Il|Lo|Het|De|O|A)\s*")


def _without_about(t: str) -> str:
    """A title without an about-us page's "About" ("About RFE/RL", "About the Tide Office"), when
    what follows is an acronym or has an organisation word, or without a site's search banner.

    >>> _without_about("About TWR/SL"), _without_about("About the All-Tide Women")
    ('TWR/SL', 'About the All-Tide Women')
    >>> _without_about("An Outline History of Ulton Chamber of Tides"), _without_about("History of Ulton")
    ('Ulton Chamber of Tides', 'History of Ulton')
    >>> _without_about("Open Access Articles- Top Results for Tide Agency")
    'Tide Agency'

    """
    if (found := _RESULTS_FOR.match(t)) and t[found.end() :]:
        return t[found.end() :]  # "Open Access Articles- Top Results for Tide Agency": a site's search banner
    ab = _ABOUT.match(t)
    rest = t[ab.end() :] if ab else ""
    return rest if rest and (has_org_word(rest) or _ACRONYM_ONLY.fullmatch(rest)) else t


def _original_title(t: str, text: str) -> str:
    """A translated mirror's title, "<the name in the page's language> - <the original title>", as the
    original title, when the page is not in English and the original title is a body's name in
    English; a title that gives one name twice ("Tide Office - Tide Office"), once; any other title
    as it is.

    >>> _original_title("Amt für Gezeiten von Veldra - Tide Office of Veldra", "Das Amt ist die Behörde der Gezeiten.")
    'Tide Office of Veldra'
    >>> _original_title("Tide Office - Tide Office", "The office is the tide's.")
    'Tide Office'
    >>> _original_title("Tide Office - Ulton Council", "The office is the tide's.")
    'Tide Office - Ulton Council'
    >>> _original_title("Ufficio delle maree (Veldra) -Tide Office (Veldra)", "Il ufficio è un ente della Veldra.")
    'Tide Office (Veldra)'
    """
    m = re.fullmatch(r"(?P<a>\S.*?) [-–] ?(?P<b>[A-Z].*|\S.*)", t)  # ("X (Bolivia) -Movement for ...": no space)
    if m is None:
        return t
    a, b = m.group("a"), m.group("b")
    if a == b or (not english_text(text) and has_org_word(b) and name_like(b)):
        return b
    return t


# a site's trail of links before the page's own name: "Home » News » ", "Home > "
_BREADCRUMBS = re.compile(r"^(?:[^»›>]{1,30}\s[»›>]\s+)+(?=\S)")


@functools.cache
def _headline_verb() -> re.Pattern:
    """A headline's verb of appointment in the present tense between two names (phrases.yaml
    ``headline_verbs``): "Veldra Elects Ada Morn as Chairman"."""
    return re.compile(r"(?<=[a-z] )(?:" + vocabulary.phrases()["headline_verbs"] + r") (?=[A-Z])")


def _kicker_title(t: str) -> str | None:
    """A title line with a colon, as the name it gives: "Harbour Bureau: Its History and Its Chiefs" is
    the body before the colon, "Norway: Tide Security Department" (a country study) the body after it;
    ``None`` for a news kicker and its headline ("Veldra: Behind Sacking of Harbour Chief"); a line
    with no such colon as it is."""
    kicker = re.match(r"^(?P<a>[^:]{2,60}):\s+(?P<b>\S.*)$", t)
    if not kicker or len(split_words(b := kicker.group("b"))) < 3:
        return t
    if is_country_name(a := kicker.group("a")) and has_org_word(b) and name_like(b):
        return b
    return a if has_org_word(a) and name_like(a) else None


@functools.cache
def _byline_rx() -> re.Pattern:
    """An author's credit under a byline: "(Staff writer at X", "Special correspondent", "Copyright: ..."
    (names.yaml ``byline_roles``, ``byline_qualifiers``)."""
    n = vocabulary.names()
    return re.compile(
        r"\(?\s*(?:(?:" + "|".join(n["byline_qualifiers"]) + r")\s+)?(?:" + "|".join(n["byline_roles"]) + r")\b"
        r"|copyright\b|©",
        re.I,
    )


class TitleRules(ParserState):
    """Finding the title (a heading, a name key, a line named again below) and the caption."""

    def _named_again(self, title: str, line: int) -> bool:
        """Whether the text below the title line names the title again (not as a repeat of the line; a
        wiki's disambiguation in parentheses need not be said again)."""
        t = re.sub(r"\s*\([^()]*\)$", "", title).casefold()
        return any(t in raw.casefold() and raw.strip() != title for _, raw in self.lines[line + 1 :])

    def _banner_over_buttons(self, i: int, s: str) -> bool:
        """Whether line ``i`` is a site's name right over an article's buttons, written nowhere else."""
        nxt = next((raw.strip() for _, raw in self.lines[i + 1 : i + 3] if raw.strip()), "")
        return bool(nxt) and is_article_button(nxt) and not self._named_again(s, i)

    def _said_again_capitalised(self, word: str, line: int) -> bool:
        """Whether a line below ``line`` writes ``word`` again, capitalised, as a whole word (a name
        is; a heading such as "History" is written in lower case, if at all)."""
        rx = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
        return any(raw.strip() != word and rx.search(raw) for _, raw in self.lines[line + 1 :])

    def _find_caption(self) -> None:
        """The first pipe table's caption: a row with one filled cell right above the rule."""
        for k in range(1, min(len(self.lines), 200)):
            if TABLE_RULE.match(self.lines[k][1].strip()):
                start, raw = self.lines[k - 1]
                m = CAPTION_ROW.match(raw)
                if m and name_like(m.group("cap")) and not is_furniture(m.group("cap")):  # ("Information | |")
                    self.d.caption = Span(m.group("cap"), start + m.start("cap"), start + m.end("cap"))
                return

    def _find_title(self) -> None:
        """The title: the first line of a ``= Title =`` heading, else the first line that reads
        as a name once page furniture (menus, banners, captions, dates, bullets) is passed.
        A headline or any other first line that is not a name gives no title; extraction then
        takes the subject from the lead sentence."""
        d = self.d
        self._title_line = -1
        self._headline_line = -1  # a news page's headline: no title, a sentence
        self._skip_repeated_labels()
        if self._edit_page_title():
            return
        heading = max(self._repeated_heading(), self._after_promotion())
        for i, (start, raw) in enumerate(self.lines[:60]):
            s = raw.strip()
            if not s or i in self.skip_lines or (i < heading and not HEADING_EQ.match(s)):
                continue  # (a site's banner above the page's heading, which it prints twice)
            m = HEADING_EQ.match(s)
            md = None if m else markdown_heading(self.lines, i)
            if md is not None and len(md.group("hashes")) == 1:
                m = md  # "# Harbour Board"
            if m and len(m.group(1)) == 1:
                t = m.group("title")
                off = start + raw.index(t)
                d.title, d.title_span, self._title_line = t, Span(t, off, off + len(t)), i
                return
            if is_furniture(s) or (BULLET.match(raw) and len(split_words(s)) <= 6) or self._banner_over_buttons(i, s):
                continue  # ("World Library" / "Flag as Inappropriate": a site's name over an article's buttons)
            if s[:1].islower() and len(split_words(s)) <= 6:
                continue  # ("unbekannter Gast", "vom 16.06.2017, aktuelle Version,": a site's words, no headline)
            if (
                looks_like_prose(s)
                or len(s) > 150
                or not re.search(r"[^\W\d_]", s)
                or match_field_line(raw, start, allow_unknown_keys=True) is not None
                or BULLET.match(raw)
            ):
                return
            t = latin_part(_without_about(title_text(s)))  # ("Tide Agency Тидова агенција": no native name)
            translated = (t := _original_title(t0 := _BREADCRUMBS.sub("", t), self.d.text)) != t0  # (breadcrumbs)
            if _headline_verb().search(t):
                self._headline_line = i  # "Veldra Elects Ada Morn as Chairman of X": a headline, read as a sentence
                return
            if (kicked := _kicker_title(t)) is None:
                return  # "Veldra: Behind Sacking of Harbour Chief": a news kicker, then the headline
            t = kicked
            # ("Служба разведки" over "Служба разведки X | |": a name in sentence case, its caption below)
            foreign = sentence_case_name(t) and not english_text(self.d.text)  # ("Ministero per la ...")
            if (not (name_like(t) or foreign) or _headline_possessive(t)) and not self._captioned_below(i, t):
                if len(split_words(t)) >= 4 and (re.search(r"\s[a-z]", t) or _headline_possessive(t)):
                    self._headline_line = i  # read as a sentence ("Ada Morn named new head of Tidewatch")
                return  # a headline, a date, a banner: no title line
            parts = t.split(", ")
            if len(parts) >= 3 and person_name(parts[0], 0) is not None:
                return  # "Ada Morn, Head of the Tide Office, Dead at 86": a headline about a person
            if (
                person_name(t, 0) is not None
                and self._byline_below(i)
                and not self._said_again_capitalised(t.split()[-1], i)
            ):
                return  # "Ada Morn" / "(Staff writer at": a byline; a person page names its person again
            if (
                len(split_words(t)) >= 6
                and not re.search(r"\b(?:of|for|de|del|della|dello|di|du|des|da|do|per|para|pour|für)\b", t)
                and not self._named_again(t, i)
            ):
                return  # a long title the text never names again: a headline ("X Gave Money to Y Group")
            if (
                re.fullmatch(r"[A-Z][a-z]+", t)
                and not section_kind_of(t)  # ("Notes" above the text: read as the title, and passed over)
                and not self._said_again_capitalised(t, i)
            ):
                return  # "History": a one-word line the page never writes again as a name is a section's heading
            if named := self._line_named_below(i, t) or self._title_without_site(i, t):
                i, start, raw, t = named  # "Reading List" / ... / "Union of Harbour Youth (UHY)": the body's line
            elif (
                not has_org_word(t)
                and 2 <= len(t.split()) <= 4
                and not any(self._said_again_capitalised(w, i) for w in capitalised_words(t))
            ):
                return  # "World Library" over the page's buttons: a site's name the page never writes again
            i, t, off, end = self._whole_title(i, start, raw, t, translated)
            d.title, d.title_span, self._title_line = t, Span(t, off, end), i
            self._holder_under_title(i)
            return

    def _whole_title(self, i: int, start: int, raw: str, t: str, translated: bool) -> tuple[int, str, int, int]:
        """The title line ``i`` (``t`` in it) made whole: wrapped over two lines, or cut short above
        the line that gives it whole; a translated mirror's original title is whole (the line under it,
        "Tide Office des Hafenrats", is the name half translated). ``(line, title, start, end)``."""
        off = start + raw.index(t)
        end = off + len(t)
        if translated:
            return i, t, off, end
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (
            nxt is not None
            and OPEN_TITLE_END.search(t)
            and nxt[1].strip()
            and len(nxt[1].strip()) <= 80
            and name_like(t + " " + nxt[1].strip())
            and raw.rstrip().endswith(t)
        ):
            # "Minister of Tides of" / "the Republic of Veldra": a title wrapped over two lines
            t = t + " " + nxt[1].strip()
            end = nxt[0] + len(nxt[1].rstrip())
            self.skip_lines.add(i + 1)
        elif longer := self._title_cut_above(i, t):
            # "Union of Tide Societies and Relations with" / "Union of ... with Foreign Ports": the
            # first line is the name cut short, the next one gives it whole
            i, start, raw, t = longer
            off = start + raw.index(t)
            end = off + len(t)
        return i, t, off, end

    def _title_cut_above(self, i: int, t: str) -> tuple[int, int, str, str] | None:
        """The next non-blank line (within three) when it opens with the title line ``t`` and goes on
        with more of a name: the title, whole."""
        for j in range(i + 1, min(i + 4, len(self.lines))):
            start, raw = self.lines[j]
            s = raw.strip()
            if not s:
                continue
            rest = s[len(t) :]
            if (
                s.startswith(t + " ")
                and len(s) <= 150
                and re.fullmatch(r"(?: [^\W\d_][\w'’-]*)+", rest)  # (words: no caption row's "| |")
                and not looks_like_prose(s)
                and name_like(s)
            ):
                return j, start, raw, s
            return None
        return None

    def _captioned_below(self, i: int, t: str) -> bool:
        """Whether the next line is an infobox's one-cell caption row that opens with ``t``, or a
        sentence that opens with it after an article ("La direction générale ... (DGSE) est"): a short
        line with no sentence punctuation is then the page's name, in whatever case its language
        writes it."""
        if len(split_words(t)) > 8 or re.search(r"[.!?:;]", t):
            return False
        nxt = next((raw for _, raw in self.lines[i + 1 : i + 3] if raw.strip()), "").strip()
        cap = CAPTION_ROW.fullmatch(nxt)
        if cap is not None and cap.group("cap").startswith(t):
            return True
        lead = _LEAD_ARTICLE.match(nxt)
        return lead is not None and nxt[lead.end() :].casefold().startswith(t.casefold() + " ")

    def _byline_below(self, i: int) -> bool:
        """Whether the line after line ``i`` is an author's credit ("(Staff writer at", "Copyright: ...")."""
        nxt = next((raw.strip() for _, raw in self.lines[i + 1 : i + 3] if raw.strip()), "")
        return bool(_byline_rx().match(nxt))

    def _edit_page_title(self) -> bool:
        """A wiki's edit page (names.yaml ``edit_page``: "Editing Harbour Board (section)", or
        "Editing" on a line and the title on the next): the title is the page's, whatever chrome
        stands above it."""
        rx = edit_page_rx()
        for i, (start, raw) in enumerate(self.lines[:80]):
            m = rx.match(raw.strip())
            if m is None:
                continue
            if m.group("title"):
                j, t = i, m.group("title")
            else:
                j = next((k for k in range(i + 1, min(i + 3, len(self.lines))) if self.lines[k][1].strip()), -1)
                t = self.lines[j][1].strip() if j >= 0 else ""
            if not t or not name_like(t):
                return False
            start, raw = self.lines[j]
            off = start + raw.index(t)
            self.d.title, self.d.title_span, self._title_line = t, Span(t, off, off + len(t)), j
            return True
        return False

    def _after_promotion(self) -> int:
        """The line after a mirror's "From Wikipedia, the free encyclopedia" when sentences of the
        mirror's own stand above it (an extension's advertisement, readers' praise) and no title
        right over it: the article starts there. Else -1 (a wiki's own page: the title over that line)."""
        for i, (_, raw) in enumerate(self.lines[:60]):
            if _FROM_WIKI.fullmatch(raw.strip()):
                above = [ln.strip() for _, ln in self.lines[:i] if ln.strip()]
                if above and len(split_words(above[-1])) >= 2 and name_like(above[-1]):
                    return -1  # "Ministry of Tides (Ulton)" / "From Wikipedia, ...": the title right over it
                return i + 1 if any(looks_like_prose(ln) for ln in above) else -1
        return -1

    def _repeated_heading(self) -> int:
        """The first of the page's opening lines printed twice ("Federal Department of Tides" /
        "The Harbour Intelligence Service HIS" / "The Harbour Intelligence Service HIS"): the page's
        heading, the lines above it a site's banner. -1 when no body's name is repeated (a key printed
        twice, "Vice President", is no heading)."""
        seen: dict[str, int] = {}
        for i, (_, raw) in enumerate(self.lines[:15]):
            s = raw.strip()
            if not s or is_furniture(s) or looks_like_prose(s) or re.search(r"[|=:\[]", s):
                continue  # (a field or a table's row printed twice, a revision's diff, is no heading)
            if s in seen and len(s.split()) >= 2 and name_like(title_text(s)) and has_org_word(s):
                name = re.sub(r"^The ", "", title_text(s))
                above = [ln.strip() for _, ln in self.lines[: seen[s]]]
                # (a title above that holds the name is the page's whole title: "Tide Army Support Force" over
                # "Support Force" twice)
                return -1 if any(name in ln for ln in above) else seen[s]
            seen.setdefault(s, i)
        return -1

    def _skip_repeated_labels(self) -> None:
        """The page's opening lines that repeat one short label ending in a colon ("Federal Archive
        Service of Ruritania:" twice or more, a poster's name on a social page, before anything else but
        furniture): page furniture, never the title, a section or a node."""
        seen: dict[str, list[int]] = {}
        for i, (_, raw) in enumerate(self.lines[:60]):
            s = raw.strip()
            if not s or is_furniture(s):
                continue
            if not (s.endswith(":") and len(s) <= 100):
                break  # the page begins ("Members:" above its list is a heading: the list stops the opening)
            seen.setdefault(s, []).append(i)
        for rows in seen.values():
            if len(rows) >= 2:
                self.skip_lines.update(rows)

    def _holder_under_title(self, i: int) -> None:
        """An infobox's incumbent right under the title, with no key: a name line, then "since 24 June
        2022" (or "Incumbent"): the holder of the page's office, or the head of its body."""
        below = [
            k
            for k in range(i + 1, min(len(self.lines), i + 5))
            if k not in self.skip_lines and self.lines[k][1].strip()
        ][:2]
        if len(below) == 2 and not HOLDER_SINCE.match(self.lines[below[1]][1].strip()):
            below = self._holder_below_captions(i)
        if len(below) < 2:
            return
        (n0, nraw), (s0, sraw) = self.lines[below[0]], self.lines[below[1]]
        since = HOLDER_SINCE.match(sraw.strip())
        lead = len(nraw) - len(nraw.lstrip())
        name = person_name(nraw.strip(), n0 + lead)
        if since is None or name is None or name.text == self.d.title:
            return
        y = first_year(since.group())
        end = s0 + len(sraw.rstrip())
        self.d.lists.append(
            ListItem(
                name=name,
                title="",
                start_year=y,
                end_year=None,
                present=True,
                section="",
                start=name.start,
                end=end,
                line=below[0] + 1,
            )
        )
        self.skip_lines.update(below)

    def _holder_below_captions(self, i: int) -> list[int]:
        """The lines of an incumbent's name and "since <date>" further down, past the image captions
        and repeated names an infobox opens with (before any field or prose): ``[name line, since
        line]``, or ``[]``."""
        seen: list[int] = []
        for k in range(i + 1, min(len(self.lines), i + 16)):
            raw = self.lines[k][1]
            s = raw.strip()
            if not s or k in self.skip_lines:
                continue
            if looks_like_prose(s) or match_field_line(raw, self.lines[k][0]) is not None:
                return []  # (a field's value or the text: no incumbent under the title)
            if seen and HOLDER_SINCE.match(s):
                return [seen[-1], k]
            seen.append(k)
        return []

    def _title_from_name_key(self) -> None:
        """No title line, but a raw wikitext infobox: its ``| name = X`` names the page's body."""
        for start, raw in self.lines[:80]:
            m = WIKITEXT_NAME.match(raw)
            if m and name_like(m.group("v").strip()):
                v = m.group("v").strip()
                off = start + m.start("v")
                self.d.title, self.d.title_span = v, Span(v, off, off + len(v))
                return

    def _title_over_address(self) -> None:
        """No title line, but a directory's entry: a line that is only a body's name, over its
        street address, telephone or web address ("Tide Agency" / "330 Harbour Avenue, Veldra"):
        the page's body, though a site's interface stands above it."""
        for i, (start, raw) in enumerate(self.lines[:40]):
            s = raw.strip()
            if not s or len(s) > 100 or not (has_org_word(s) and name_like(s)) or is_furniture(s):
                continue
            nxt = next((ln.strip() for _, ln in self.lines[i + 1 : i + 4] if ln.strip()), "")
            if _ADDRESS_LINE.match(nxt):
                off = start + raw.index(s)
                self.d.title, self.d.title_span, self._title_line = s, Span(s, off, off + len(s)), i
                return

    def _line_named_below(self, i: int, t: str) -> tuple[int, int, str, str] | None:
        """The line below a first line ``t`` with no body word that names the page's body instead: a
        body's name with its abbreviation, or the name the lead opens with when ``t`` is not named again
        (or is a country: "Russia" / "Katehon" / "Katehon is a ...", a category over the page's name)."""
        if has_org_word(t) or re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", t):
            return None  # (a body's name or an acronym: the title itself)
        return self._named_line_below(i) or (
            None if self._named_again(t, i) and not is_country_name(t) else self._lead_line_below(i)
        )

    def _title_without_site(self, i: int, t: str) -> tuple[int, int, str, str] | None:
        """A line right below the first line ``t`` (within five) that ``t`` holds with a site's name after
        a dash or a bar or a page's kind before it ("Biography of Morn, Ada - Tidepedia" / ... / "Morn,
        Ada"): the page's name, the rest the site's; the name in its order when a line below gives it so."""
        for k in range(i + 1, min(i + 6, len(self.lines))):
            start, raw = self.lines[k]
            s = raw.strip()
            if (
                4 <= len(s) <= 120
                and s != t
                and re.fullmatch(
                    r"(?:(?:Biography|Profile|Life|Portrait|Obituary) of\s+)?"
                    + re.escape(s)
                    + r"(?:\s+[-–—|]\s+.{2,40})?",
                    t,
                )
            ):
                family, _, given = s.partition(", ")
                for j in range(k + 1, min(k + 4, len(self.lines))):  # ("Morn, Ada" / "Ada Morn": the name in its order)
                    if given and self.lines[j][1].strip() == f"{given} {family}":
                        return j, self.lines[j][0], self.lines[j][1], self.lines[j][1].strip()
                return k, start, raw, s
        return None

    def _lead_line_below(self, i: int) -> tuple[int, int, str, str] | None:
        """A line below line ``i`` that the lead sentence opens with ("World Library" / ... /
        "Harbour Broadcasting" / fields / "Harbour Broadcasting, or HB, is ..."): the page's title
        when line ``i`` is a site's name the text never names again. ``(line, start, raw, text)``."""
        names: list[tuple[int, int, str, str]] = []
        for k in range(i + 1, min(i + 40, len(self.lines))):
            start, raw = self.lines[k]
            s = raw.strip()
            if not s or is_furniture(s) or _META_KEY.match(s):
                continue  # ("Subject: A, B, C": a page's metadata, no sentence)
            if looks_like_prose(s):
                s = re.sub(r"^The\s+", "", s)  # ("The Tide Agency is ...": the name after the article)
                return next(
                    (
                        n
                        for n in names
                        for t in {n[3], compiled()["disambiguators"].sub("", n[3])}  # ("Tide Agency (Veldra)")
                        if s.startswith(t) and s[len(t) : len(t) + 1] in " ,("
                    ),
                    None,
                )
            if len(s) <= 100 and name_like(s):
                names.append((k, start, raw, s))
        return None

    def _named_line_below(self, i: int) -> tuple[int, int, str, str] | None:
        """A line below line ``i``, before any prose, that is only a body's name with its
        abbreviation (``Union of Harbour Youth (UHY)``): ``(line, start, raw, the line's text)``."""
        for k in range(i + 1, min(i + 15, len(self.lines))):
            start, raw = self.lines[k]
            s = raw.strip()
            if not s:
                continue
            if looks_like_prose(s):
                return None
            m = NAME_ABBR_LINE.match(s)
            if m and has_org_word(m.group("name")) and name_like(m.group("name")):
                return k, start, raw, s
        return None
