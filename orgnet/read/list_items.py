"""Bullets of lists of bodies that say more than a name (read stage).

Two forms, both common in encyclopedia pages that list the members of a body:

* a bullet that names a body and opens the list indented under it
  (``• Tide League. Its member organizations are:``, ``• Tide League, whose members include:``):
  the words after the name say how the bodies of the nested list relate to it, as a heading
  says how the bodies under it relate to the page's subject;
* a bullet ``Country - Name (ABBR)``: a body listed under its country, maybe with its article
  (``France - La Ligue des Marées (L.D.M.)``); the country is a place, not part of the name.

The functions here only cut a bullet into its parts, with offsets into the bullet's text; what
the parts mean (which relation, which label) is the extract stage's business. They do not check
that a name is a body: the caller does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocabulary
from ..countries import is_country_name, is_country_word
from .field_lines import is_field_key
from .holder_names import person_name, without_native
from .infobox import Span, has_org_word, looks_like_prose, strip_debris
from .lines import BULLET, TRAILING_GLOSS, is_known_title, name_like, split_words
from .model import Entry
from .parse_state import ParserState

__all__ = [
    "ListFormRules",
    "IntroItem",
    "CountryItem",
    "intro_item",
    "country_item",
    "mend_spacing",
    "without_article",
    "names_bodies",
    "unit_word",
    "is_lineage",
    "TRAILING_MARKERS",
    "without_trailing_markers",
]

#: footnote markers at the end of a bullet ("... are:[11]", "Tide League [6] [7]")
TRAILING_MARKERS = re.compile(r"(?:\s*\[\s*\w{1,4}\s*\])+\s*$")
_MARKER_INSIDE = re.compile(r"\s*\w{1,4}\s*")


# a digit after a body's name in a bullet, a note's mark ("Tide Bills Agency 2"), not a unit's number
# ("Tide Office Unit 8", "Directorate 2")
_DIGIT_MARK = re.compile(r"(?<=[A-Za-z)])\s+[1-9]$")
_NUMBERED_UNIT = re.compile(
    r"\b(?:Unit|Bureau|Office|Department|Division|Directorate|Regiment|Brigade|Group|Section|Room|Base|Line|"
    r"Branch|Battalion|Squadron|Team|Corps|Army|Fleet|Zone|District|Region|Sector|Camp|Station|No\.?)$"
)


# a short label and a dash before a listed body ("Trade Unionists–World Tide Federation (WTF)")
_LABELLED = re.compile(r"(?P<label>[A-Z][\w'’ -]{1,30}?)\s?[–—]\s?(?P<rest>[A-Z].+)")
# a body's name and its abbreviation, alone on a line ("The Tide League (TL)")
_NAME_ABBR_LINE = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w'’ &-]{3,100}?)\s+\([A-Z][A-Za-z&]{1,9}\)")


def without_trailing_markers(text: str) -> str:
    """``text`` without the footnote markers that end it (``TRAILING_MARKERS.sub("", text)``), in time
    linear in the text: the markers are taken off from the end, where ``sub`` would try every
    position of a long line of markers followed by words (quadratic).

    >>> without_trailing_markers("Ada Li[1] [a]  "), without_trailing_markers("Ada [1] Li")
    ('Ada Li', 'Ada [1] Li')
    """
    k, found = len(text.rstrip()), False
    while k and text[k - 1] == "]":
        o = text.rfind("[", 0, k - 1)
        if o < 0 or not _MARKER_INSIDE.fullmatch(text, o + 1, k - 1):
            break
        found, k = True, o
        while k and text[k - 1].isspace():
            k -= 1
    return text[:k] if found else text


#: "Name. Intro words:" / "Name, intro words:" / "Name – intro words:"
_INTRO = re.compile(
    r"^(?P<name>[A-Z][^:;()\[\]]{2,120}?)(?:\.\s+(?=[A-Z])|,\s+(?=[a-z])|\s+[–—-]\s+)(?P<intro>[^:;.()]{3,80}?)\s*:$"
)

#: "Country - Name (ABBR)": a country of one to four words, a dash, a name, maybe an abbreviation
_COUNTRY_ITEM = re.compile(
    r"^(?P<place>[A-Z][\w'’.]*(?: [\w'’.]+){0,3})\s*[-–—:]\s+(?P<name>[A-Z][^()\[\]:;]{2,120}?)"
    r"(?:\s*\(\s*(?P<abbr>[^()]{1,24}?)\s*\))?$"
)

#: a name's article before it ("• The Tide League (TL)")
_ARTICLE = re.compile(r"The\s+(?=[A-Z])")

#: an abbreviation as such lists print it: letters with or without dots ("S.D.M.", "L.T.I.", "S.A D.", "VdL")
_ABBR = re.compile(r"(?:[A-Z][a-z]{0,2}\.? ?){2,12}")

#: a one-letter elision a scrape printed with a space before its apostrophe ("L 'Union", "d 'Ulton")
_SPACED_ELISION = re.compile(r"\b([A-Za-z]) ([’'])(?=\w)")


@dataclass(frozen=True)
class IntroItem:
    """A bullet that names a body and opens a list: ``name`` at ``name_start`` (in the bullet's
    text), then the ``intro`` words that say what the list under it holds."""

    name: str
    name_start: int
    intro: str


@dataclass(frozen=True)
class CountryItem:
    """A bullet ``place - name (abbr)``; ``name_start``/``end`` are offsets in the bullet's text,
    ``end`` that of the whole item (after the abbreviation's parenthesis)."""

    place: str
    name: str
    name_start: int
    abbr: str
    end: int


@functools.lru_cache(maxsize=1)
def _intro_words() -> tuple[str, ...]:
    n = vocabulary.names()
    return tuple(w.casefold() for words in (*n["entry_sections"].values(), n["entry_under"]) for w in words)


@functools.lru_cache(maxsize=1)
def _body_plurals() -> frozenset[str]:
    n = vocabulary.names()
    return frozenset(w.casefold() for w in (*n["topic_plurals"], *n["org_words"]))


# a unit, then its head in parentheses: "Economic Protection (Ada Lind),"
_UNIT_HEAD = re.compile(r"(?P<u>[A-Z][^()]{2,60}?)\s*\((?P<p>[A-Z][^()]{3,40})\)\s*[,;.]?")


@functools.lru_cache(maxsize=256)
def names_bodies(words: str) -> bool:
    """Whether the words over a list (a heading, or a bullet's "Its member organizations are")
    say it lists bodies: a word of a list of bodies (names.yaml ``entry_sections``) and a body
    word (``org_words``, ``topic_plurals``); a list of "members" may hold persons.

    >>> names_bodies("Affiliated organizations[edit]"), names_bodies("Its members are"), names_bodies("History")
    (True, False, False)
    """
    low = words.casefold()
    if not any(w in low for w in _intro_words()):
        return False
    return any(w in _body_plurals() for w in re.findall(r"[^\W\d_]+", low))


def is_lineage(heading: str) -> bool:
    """Whether a heading lists a body's earlier forms in order ("Lineage", "Predecessors"; names.yaml
    ``lineage_headings``).

    >>> is_lineage("Lineage"), is_lineage("Predecessor agencies[edit]"), is_lineage("History")
    (True, True, False)
    """
    low = heading.casefold()
    return any(w in low for w in vocabulary.names()["lineage_headings"])


def heads_list_of_bodies(line: str) -> bool:
    """Whether a line opens with a plural of bodies and says it lists them ("Departments and
    Institutes under the Tide Council", "Agencies of the Ministry"): a list's heading, however long.

    >>> heads_list_of_bodies("Departments and Institutes under the Tide Council")
    True
    >>> heads_list_of_bodies("Department of Tides"), heads_list_of_bodies("Departments were merged in 1990.")
    (False, False)
    """
    words = split_words(line)
    return (
        2 <= len(words) <= 12
        and words[0][:1].isupper()
        and words[0].casefold().endswith("s")
        and words[0].casefold() in _body_plurals()
        and line.rstrip()[-1:] not in ".;,!?"
        and names_bodies(line)
    )


def intro_item(body: str) -> IntroItem | None:
    """The body a bullet names and the words by which it opens the list indented under it.

    The words must be words of a heading that lists bodies (names.yaml ``entry_sections``).

    >>> intro_item("Tide League. Its member organizations are:[11]")
    IntroItem(name='Tide League', name_start=0, intro='Its member organizations are')
    >>> intro_item("Tide League, comprising:").intro, intro_item("Tide League. It was founded in 1950.")
    ('comprising', None)
    """
    text = without_trailing_markers(body.rstrip())
    m = _INTRO.match(text)
    if m is None or not name_like(m.group("name").strip()):
        return None
    intro = m.group("intro").strip()
    if not any(w in intro.casefold() for w in _intro_words()):
        return None
    return IntroItem(m.group("name").strip(), m.start("name"), intro)


def country_item(body: str) -> CountryItem | None:
    """A bullet ``Country - Name (ABBR)``: a body listed under the country it is in.

    >>> country_item("France - La Ligue des Marées ( L.D.M.)[4]")
    CountryItem(place='France', name='La Ligue des Marées', name_start=9, abbr='L.D.M.', end=38)
    >>> country_item("Ulton - the port town"), country_item("Tide League - Ulton branch")
    (None, None)
    """
    text = without_trailing_markers(body.rstrip())
    m = _COUNTRY_ITEM.match(text)
    if m is None or not is_country_name(m.group("place")):
        return None
    name = m.group("name").rstrip(" ,")
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    caps = sum(1 for w in words if w[0].isupper())
    if not words or len(words) > 14 or caps * 2 < len(words) or name[-1] in ".!?":
        return None  # a gloss, not a name ("France - founded in Ulton in 1950.")
    abbr = m.group("abbr") or ""
    if abbr and not _ABBR.fullmatch(abbr.strip() + " "):
        return None  # a gloss in parentheses ("France - Ligue des Marées (dissolved)")
    return CountryItem(m.group("place"), name, m.start("name"), abbr.strip(), len(text))


def bullet_head(body: str) -> str:
    """The name a bullet starts with, before a gloss (``GPU – State Political Directorate``,
    ``Cheka (abbreviation of ...)``): capitalised words, at most six; empty for sentences.

    >>> bullet_head("TDA – 'Tide Directorate of Ruritania'"), bullet_head("it was renamed in 1922")
    ('TDA', '')
    >>> bullet_head("1st Main Bureau  external intelligence. Succeeded by the X.")
    '1st Main Bureau'
    >>> bullet_head("The Tide Council (TC) oversees the tides.")  # a sentence: its verb after the parentheses
    ''
    """
    if re.match(r"[^()]{3,80}\([^()]{1,60}\)\s+(?-i:[a-z]{3,})\b", body.strip()):
        return ""
    m = re.match(
        r"^(?P<head>(?P<ord>\d{1,2}(?:st|nd|rd|th) )?[A-Z][\w'’.&-]*(?: (?:of |for |the |and )*[A-Z][\w'’.&-]*){0,5})"
        r"(?:\s*[(–—:-]|,\s+(?=[a-z])|\s{2,}(?=[a-z])|\s*$)",
        body.strip(),
    )  # ("2nd Main Directorate – ...": an ordinal may open it;
    # "Directorate of Operations, responsible for ...": a lower-case gloss after a comma;
    # "1st Bureau  external intelligence": or after two spaces)
    return m.group("head") if m and not re.search(r"\d", m.group("head")[len(m.group("ord") or "") :]) else ""


def unit_word(text: str) -> bool:
    """Whether a one-word item of a list of bodies names a unit by its field ("• Intelligence",
    "• Mobilization"): a capitalised word of six letters or more, no country, demonym or title.

    >>> unit_word("Intelligence"), unit_word("France"), unit_word("Director"), unit_word("UN")
    (True, False, False, False)
    """
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{5,}", text))
        and not is_country_name(text)
        and not is_country_word(text)
        and not is_known_title(text)
    )


def _latin_name(entry: Span) -> tuple[Span, str]:
    """An item's name without its name in its own script after it, and that name ("" for none)."""
    latin, native = without_native(entry.text)
    if native and entry.text.startswith(latin):
        return Span(latin, entry.start, entry.start + len(latin)), native
    return entry, ""


def _person_then_post(text: str) -> bool:
    """Whether an item is a person's name, a comma and more ("Bo Lin, Standing Committee Member"):
    a roster's item, no body.

    >>> _person_then_post("Bo Lin, Standing Committee Member"), _person_then_post("Ministry of Trade, Industry")
    (True, False)
    """
    who, comma, _ = text.partition(",")
    found = person_name(who.strip(), 0) if comma else None
    return found is not None and found.text == who.strip()


def _body_name_alone(line: str) -> bool:
    """Whether a line is a body's name and nothing else ("Institute of Coastal Science").

    >>> _body_name_alone("Institute of Coastal Science"), _body_name_alone("The institute was founded.")
    (True, False)
    """
    return (
        bool(line)
        and line[-1] not in ".;:,!?"
        and has_org_word(line)
        and name_like(line)
        and len(split_words(line)) <= 12
        and not looks_like_prose(line)
        and not re.search(r"\d|https?:|www\.|:", line)
        and is_field_key(line.split()[0]) is False
    )


def mend_spacing(name: str) -> str:
    """A name with the space a scrape put before an elided article's apostrophe taken out.

    >>> mend_spacing("L 'Union des Marées d 'Ulton")
    "L'Union des Marées d'Ulton"
    """
    return _SPACED_ELISION.sub(r"\1\2", name)


@functools.lru_cache(maxsize=1)
def _articles() -> re.Pattern:
    words = sorted(vocabulary.names()["name_articles"], key=len, reverse=True)
    alts = "|".join(re.escape(w) + ("" if w[-1] in "'’" else r"\s+") for w in words)
    return re.compile(rf"^(?:{alts})(?=[A-Z])")


def without_article(name: str) -> str:
    """A foreign name without the article it opens with (names.yaml ``name_articles``).

    >>> without_article("La Ligue des Marées"), without_article("L'Union des Ports"), without_article("Lado Union")
    ('Ligue des Marées', 'Union des Ports', 'Lado Union')
    """
    m = _articles().match(name)
    return name[m.end() :] if m and len(name) > m.end() + 2 else name


class ListFormRules(ParserState):
    """The parser's rules for the bullets above (see the module's docstring)."""

    def _list_form_bullet(self, i: int, body: str, body_start: int, indent: int) -> bool:
        """A bullet that opens the list under it ("• Tide League. Its members are:"), or a body
        listed under its country ("• France - La Ligue des Marées (LDM)")."""
        parent, words = self.bullet_bodies[-1][1:] if self.bullet_bodies else ("", "")
        intro = intro_item(body)
        if intro is not None:
            a = body_start + intro.name_start
            self.bullet_bodies.append((indent, intro.name, intro.intro))
            self.flat_opener = (indent, self.section, intro.name, intro.intro)
            self.d.entries.append(
                Entry(Span(intro.name, a, a + len(intro.name)), self.section, i + 1, parent, parent_words=words)
            )
            return True
        ci = country_item(body)
        op = self.flat_opener
        if op is not None and (op[1] != self.section or indent < op[0] or (ci is None and indent == op[0])):
            op = self.flat_opener = None  # another section, or a bullet of the opener's own list
        if ci is None:
            return False
        if op is not None and indent == op[0]:
            # a copy that lost the indentation: the run of country items right after the opener is its list
            parent, words = op[2], op[3]
        a = body_start + ci.name_start
        self.d.entries.append(
            Entry(
                Span(ci.name, a, a + len(ci.name)),
                self.section,
                i + 1,
                parent,
                parent_words=words,
                place=ci.place,
                abbr=ci.abbr,
                item=Span(body[: ci.end], body_start, body_start + ci.end),
            )
        )
        return True

    def _unit_over_bullets(self, i: int, s: str, s_start: int) -> bool:
        """A line that is only a body's name, between a line ending in a colon (or the bullets of the
        same list) and bullets of bodies ("The ministry consists of the following units:" / "Division of
        Internal Tides" / "- General Tide Security"): a unit of the list, whose parts the bullets are."""
        if BULLET.match(self.lines[i][1]) or heads_list_of_bodies(s):
            return False  # (a bullet of its own: the nested lists' rules; "Departments under X": a heading)
        above, below = self._nonblank_from(i - 1, -1), self._nonblank_from(i + 1, 1)
        sibling = above >= 0 and above + 1 == self.unit_run_end  # ("Division of Y" right after X's bullets)
        if below < 0 or above < 0 or not (sibling or BULLET.match(self.lines[below][1])):
            return False
        up = self.lines[above][1].strip()
        if not (up.endswith(":") or BULLET.match(self.lines[above][1]) and self.d.entries):
            return False
        if not (has_org_word(s) and name_like(s) and len(split_words(s)) <= 10) or looks_like_prose(s) or ":" in s:
            return False
        if is_field_key(s) or i in self.squashed_pieces:
            return False  # ("Child agencies" / "- Academy of X": an infobox's key over its values)
        words = (
            up.rstrip(":")
            if up.endswith(":")
            else next((e.parent_words for e in self.d.entries[::-1] if not e.parent), "")
        )
        self.d.entries.append(Entry(Span(s, s_start, s_start + len(s)), self.section, i + 1, parent_words=words))
        kept, self.bullet_bodies = self.bullet_bodies, [(-1, s, words)]  # (what the unit's own list holds)
        k = below
        while k < len(self.lines) and (b := BULLET.match(self.lines[k][1])):
            kstart, kraw = self.lines[k]
            self._entry_bullet(k, kstart, kraw, b.group("body"), kstart + b.start("body"), "", s)
            self.skip_lines.add(k)
            k += 1
        self.bullet_bodies = kept
        self.unit_run_end = k
        return True

    def _listed_body_line(self, i: int, start: int, raw: str, s: str, s_start: int) -> bool:
        """A line that is only a body's name and abbreviation ("The Tide League (TL)"), maybe after a
        label and a dash ("Lawyers–Harbour Lawyers League (HLL)"), in a run of such lines: a list of
        bodies without bullets, read as its items."""

        # (a heading of parts, not a body's name: "Components", "Organizational structure", "Departments")
        sec = self.section
        parts = any(w in sec.casefold() for w in _intro_words()) and (
            heads_list_of_bodies(sec) or not has_org_word(sec)
        )

        def listed(k: int) -> bool:
            t = self.lines[k][1].strip() if 0 <= k < len(self.lines) else ""
            lab = _LABELLED.match(t)
            m = _NAME_ABBR_LINE.fullmatch(t) or (_NAME_ABBR_LINE.fullmatch(lab.group("rest")) if lab else None)
            # (under a heading of parts, "Components" / "Tide Research Centre" / "Institute of Tides": a name alone)
            alone = parts and not BULLET.match(self.lines[k][1]) and _body_name_alone(t)
            return (m is not None and has_org_word(m.group("name"))) or alone

        if not (listed(i) and (listed(i - 1) or listed(i + 1))):
            return False
        lab = None if _NAME_ABBR_LINE.fullmatch(s) else _LABELLED.match(s)
        off = lab.start("rest") if lab else 0  # ("Lawyers–Harbour Lawyers League (HLL)": the body after its label)
        self._entry_bullet(i, start, raw, s[off:], s_start + off, "", "")
        return True

    def _bodies_heading(self, i: int, s: str) -> bool:
        """Line ``i`` opens a list of bodies over its bullets ("Departments and Institutes under X")."""
        k = self._nonblank_from(i + 1, 1)
        return heads_list_of_bodies(s) and k >= 0 and bool(BULLET.match(self.lines[k][1]))

    def _nonblank_from(self, k: int, step: int) -> int:
        """The first line from ``k`` on (``step`` 1) or back (-1) that is not blank, -1 when none."""
        while 0 <= k < len(self.lines) and not self.lines[k][1].strip():
            k += step
        return k if 0 <= k < len(self.lines) else -1

    def _entry_bullet(self, i: int, start: int, raw: str, body: str, body_start: int, head: str, parent: str) -> None:
        """A bullet that names a body (an entry, maybe with a gloss), else prose, else a line not placed."""
        d = self.d
        entry = strip_debris(body, body_start)
        if re.match(r"[IVXL]+\s*[-–]\s*[IVXL]+\b", entry.text):  # "I-IV. Independent Departments": four, unnamed
            d.unparsed.append((i + 1, body.strip()))
            return
        whole, (entry, native) = entry, _latin_name(entry)  # "• Joint Staff Department 联合参谋部"
        mark = _DIGIT_MARK.search(entry.text)
        if mark and has_org_word(entry.text[: mark.start()]) and not _NUMBERED_UNIT.search(entry.text[: mark.start()]):
            entry = Span(entry.text[: mark.start()], entry.start, entry.start + mark.start())  # ("X Agency 1": a mark)
        # under a bullet that said what its list holds ("• Tide League. Its members are:") a name is a body
        words = next((w for _, nm, w in self.bullet_bodies if nm == parent and w), "") if parent else ""
        if (
            entry.text
            and entry.text[-1] not in ".;:"
            and not re.search(r"[()–—]| - ", entry.text)
            and entry.text.split()[-1] not in ("of", "and", "for", "the", "on", "to", "&")
            and name_like(entry.text)
            and not _person_then_post(entry.text)
            and (
                has_org_word(entry.text)
                or (
                    (words or names_bodies(self.section))
                    and (len(split_words(entry.text)) >= 2 or unit_word(entry.text))
                )
            )
        ):
            # "• Institute of Tides" (its name in its own script an alias)
            item = whole if whole != entry else None
            d.entries.append(Entry(entry, self.section, i + 1, parent, words, native=native, item=item))
            return
        headed = _UNIT_HEAD.fullmatch(entry.text) if entry.text and (words or names_bodies(self.section)) else None
        if headed and person_name(headed.group("p"), 0) is not None and name_like(headed.group("u")):
            # "• Terrorism (Ada Lind)," under "eight departments:": a unit of the list's body, and its head
            u, p = headed.group("u"), headed.group("p")
            a, b = entry.start + headed.start("u"), entry.start + headed.start("p")
            d.entries.append(
                Entry(Span(u, a, a + len(u)), self.section, i + 1, parent, words, head=Span(p, b, b + len(p)))
            )
            return
        tail = TRAILING_GLOSS.match(entry.text) if entry.text else None
        if (
            tail
            and name_like(tail.group(1))
            and (has_org_word(tail.group(1)) or words)
            and len(split_words(tail.group(1))) <= (8 if "(" in tail.group(1) else 12)
        ):
            # "• Technical (Computers) Branch (Branch 211)": the body, without the gloss at its end;
            # "• The Tide League (TL)", "• The Service to Guard the Coast and Combat Smuggling (Second
            # Service)": without its article, an abbreviation kept
            t = tail.group(1)
            gloss = entry.text[len(t) :].strip()[1:-1].strip()
            abbr = gloss if " " not in gloss and _ABBR.fullmatch(gloss + " ") else ""
            art = _ARTICLE.match(t)
            a = entry.start + (art.end() if art else 0)
            t = t[art.end() :] if art else t
            item = Span(entry.text, entry.start, entry.end) if abbr else None
            d.entries.append(Entry(Span(t, a, a + len(t)), self.section, i + 1, parent, words, abbr=abbr, item=item))
            return
        if head and has_org_word(head) and len(split_words(head)) >= 2 and not looks_like_prose(head):
            # "• First Main Directorate – foreign intelligence", "• Sixth Department (economy)": the body
            off = body_start + body.index(head)
            d.entries.append(
                Entry(name=Span(head, off, off + len(head)), section=self.section, line=i + 1, parent=parent)
            )
            gloss_end = re.search(r"[.!?]\s+(?=[A-Z])", body[body.index(head) + len(head) :])
            if gloss_end:  # "... – coastal patrol. Succeeded by the X in 1992.": said of the unit
                a = off + len(head) + gloss_end.end()
                n0 = len(d.sentences)
                self._prose(a, start + len(raw.rstrip()))
                for k in range(n0, len(d.sentences)):
                    d.sentences[k].topic = head
            return
        if looks_like_prose(body) or len(split_words(body)) >= 8:
            # "- Label: running text" - the label is not part of a sentence
            lab = re.match(r"^([^.:]{3,90}):\s+", body)
            off = lab.end() if lab else 0
            self._prose(body_start + off, start + len(raw.rstrip()))
            return
        d.unparsed.append((i + 1, body.strip()))
