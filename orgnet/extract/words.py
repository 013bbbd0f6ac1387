"""Small rules of the extractor (extract stage) on titles, offices, terms, years, places and group words."""

from __future__ import annotations

import bisect
import re

from .. import vocabulary
from ..countries import is_country_name, is_country_word
from ..lexicon import compiled, is_known_title, singular_title
from ..names import Mention, initials_match, is_org_name, looks_like_person
from ..read.foreign_offices import foreign_office
from ..read.officeholders import leader_heading, office_body

__all__ = [
    "gives_abbreviation",
    "abbr_owner",
    "abbreviation_in",
    "backwards_words",
    "clean_person",
    "names_a_state",
    "post_in_parens",
    "document_name",
    "entity_like",
    "entry_relation",
    "fits",
    "is_demonym",
    "kind_for",
    "list_title",
    "names_subject",
    "NOTE_MARKS_END",
    "next_nonspace",
    "not_overlapping",
    "office_and_body",
    "office_of_chain",
    "office_then_person",
    "office_title",
    "operator_like",
    "person_in",
    "relative_clause_start",
    "single_name",
    "singular_title",
    "strip_rank",
    "term_years",
    "title_case",
]


_CONTRASTED = re.compile(
    r"(?:^|[,;]\s*)(?:[Ii]n contrast to|[Uu]nlike|[Aa]s opposed to|[Cc]ompared (?:with|to)|"
    r"[Aa]part from|[Ee]xcept for|[Rr]ather than|[Ii]nstead of)\s+(?:the\s+)?$"
)


_KIN_BEFORE = re.compile(
    r",\s*(?:the |a |an |his |her |their )?(?:[a-z][\w-]* ){0,2}?(?:wife|husband|widow|son|daughter|"
    r"father|mother|brother|sister|nephew|niece|cousin|protégé|protege|friend|ally|aide|"
    r"deputy|rival|colleague|successor|predecessor) of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}$"
)


def backwards_words(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` spelt back to front (``[Ii]n`` -> ``n[Ii]``, ``(?:with|to)`` -> ``(?:htiw|ot)``)."""

    def back(w: str) -> str:
        parts = re.findall(r"\[[^]]*\]|\(\?:[^)]*\)|.", w)
        return "".join(
            p
            if p.startswith("[")
            else "(?:" + "|".join(a[::-1] for a in p[3:-1].split("|")) + ")"
            if p.startswith("(?:")
            else p
            for p in reversed(parts)
        )

    return "|".join(back(w) for w in words)


def is_demonym(word: str) -> bool:
    """A capitalised people word that may stand in a lower-case group ("overseas Chinese")."""
    return word[:1].isupper() and (
        word in compiled()["nationality"] or bool(compiled()["demonym_rx"].match(word.casefold()))
    )


# "by A, <appositive>, and by B": an appositive without a clause in it, then the preposition again
_PREP_BEFORE = re.compile(r"\b(?P<p>by|to|with|from|under)(?:\s+the)?\s*$")


# --------------------------------------------------------------------------- small functions


def entity_like(name: str) -> bool:
    """A body, a person or an acronym (what a page can be about), not a phrase."""
    return is_org_name(name) or looks_like_person(name)


_INLINE_ITEM = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s(?:\((?:later|then|acting)[^()]{0,40}\)\s)?){1,7}"
    r"[A-Z][\w'’.-]*)\s?\((?P<dates>[^()]{0,20}?\b(?:1[6-9]|20)\d\d\b[^()]{0,30})\)"
)


def entry_relation(heading: str) -> str:
    """How a body listed under ``heading`` relates to the page's subject ('' for no claim).

    >>> entry_relation(""), entry_relation("Member organizations"), entry_relation("History")
    ('affiliated_with', 'part_of', '')
    >>> entry_relation("Departments under the Tide Council")  # (names.yaml ``entry_under``: before the nouns)
    'subordinate_to'
    """
    if not heading.strip():
        return "affiliated_with"
    h = heading.casefold()
    if any(re.search(rf"\b{re.escape(w)}\b", h) for w in vocabulary.names()["entry_under"]):
        return "subordinate_to"
    for rel, words in vocabulary.names()["entry_sections"].items():
        if any(w in h for w in words):
            return rel
    return ""


def abbreviation_in(item: str) -> str:
    """The abbreviation a parenthesis after a name gives, in the forms scrapes print it:
    ``(TDA)``, ``(TDA, )``, ``(abbreviation: TDA``, ``(TDA or Tidewatch``, ``(TDA / T2``.

    >>> [abbreviation_in(x) for x in ("TDA", "TDA, ", "abbreviation: TDA", "TDA or Tidewatch", "Tide")]
    ['TDA', 'TDA', 'TDA', 'TDA', '']
    """
    x = re.sub(r"^(?:abbreviation|abbreviated|abbr\.?|short|acronym)\s*:?\s*", "", item.strip(), flags=re.I)
    x = re.split(r"\s+or\s+|\s*[,/]\s*", x.strip(" ,"))[0]
    if re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", x) and sum(ch.isupper() for ch in x) >= 2:
        return x
    return ""


def term_years(dates: str) -> tuple[int | None, int | None]:
    """Start and end years of a term written ``1948-50``, ``May 1989– August 1990``, ``2007-``.

    >>> term_years("1948-50"), term_years("May 1989– August 1990"), term_years("2007-")
    ((1948, 1950), (1989, 1990), (2007, None))

    A single year after "until" (or "to", "till") is when the term ended:

    >>> term_years("until 1950"), term_years("to March 1956"), term_years("since 1990")
    ((None, 1950), (None, 1956), (1990, None))
    """
    until = re.match(r"\s*(?:until|till|up to|to)\b[^0-9]{0,20}\b(1[6-9]\d\d|20\d\d)\b", dates, re.I)
    if until:
        return None, int(until.group(1))
    parts = re.split(r"\s*[-–—]\s*|\s+to\s+", dates, maxsplit=1)
    y0 = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", parts[0])
    start = int(y0.group(1)) if y0 else None
    end = None
    if len(parts) > 1:
        y1 = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", parts[1])
        if y1:
            end = int(y1.group(1))
        elif start and (two := re.fullmatch(r"\s*(\d\d)\s*\)?", parts[1])):  # "1975-79", "(1975-79)"
            end = start // 100 * 100 + int(two.group(1))
            if end < start:
                end += 100
    return start, end


def same_post(title: str, words: str) -> bool:
    """Whether a name's own title (``Interior Secretary``) is the post ``words`` speak of; a
    rank (``General``) names no post.

    >>> same_post("Director", "as the director of"), same_post("Interior Secretary", "as the head of")
    (True, False)
    >>> same_post("General", "the head of")
    True
    """
    if compiled()["honorific_rx"].fullmatch(title + " "):
        return True
    return singular_title(title.split()[-1]).lower() in words.lower()


def strip_rank(name: str) -> str:
    """A name without the ranks and titles before it (``Colonel (later Major General) Ada Li``).

    >>> strip_rank("Colonel (later Major General) Ada Li"), strip_rank("Brigadier Bo Wu")
    ('Ada Li', 'Bo Wu')
    >>> strip_rank("Brig. General (Rtd)Dan Ulm")
    'Dan Ulm'
    """
    name = re.sub(
        r"\((?:later|then|acting)[^()]*\)\s*|\((?:rtd|retd|ret|retired)\.?\)\s*", "", name, flags=re.I
    ).strip()
    h = compiled()["honorific_rx"].match(name)
    if h and (looks_like_person(name[h.end() :]) or _JOINED_NAME.fullmatch(name[h.end() :])):
        name = name[h.end() :]  # ("Lieutenant-General Ada-ul-Lind": one hyphenated name after the rank)
    while True:
        m = compiled()["title_rx"].match(name)
        if not m or m.end() >= len(name) or name[m.end()] != " ":
            return name
        name = name[m.end() :].strip()


# a name written as one hyphenated word with a particle: "Ada-ul-Lind", "Bo-ud-Din"
_JOINED_NAME = re.compile(r"[A-Z][a-z]+-[a-z]{1,3}-[A-Z][a-z]+")


def list_title(title: str) -> tuple[str, str] | None:
    """``(office, body)`` of a list page's title (``List of Harbour Agency directors``,
    ``List of heads of the Bureau of Tides``).

    >>> list_title("List of Harbour Agency directors"), list_title("List of heads of the Bureau of Tides")
    (('Director', 'Harbour Agency'), ('Head', 'Bureau of Tides'))
    >>> list_title("Directors of the U.S. Tide Agency"), list_title("Director of the Tide Agency")  # an office
    (('Director', 'U.S. Tide Agency'), None)
    """
    m = re.match(r"^(?:a |chronological )?list of (?:the )?(?P<rest>.+)$", title.strip(), re.I)
    if not m:
        # "Directors of the X": the holders of an office of X, in the plural, with no "List of"
        lh = leader_heading(title)
        plural = lh is not None and title.split()[0].casefold() != lh[0].split()[-1].casefold()
        return lh if lh and lh[1] and plural and is_org_name(lh[1]) else None
    rest = m.group("rest")
    lh = leader_heading(rest)
    if lh and lh[1]:
        return lh
    words = rest.split()
    if len(words) >= 2:
        office = singular_title(words[-1].capitalize())
        body = " ".join(words[:-1])
        if office in compiled()["titles"] and is_org_name(body):
            return office, body
    return None


def office_then_person(rest: str) -> tuple[str, str] | None:
    """``(body, person)`` when what follows "<Title> of" is a body's name run into a person's
    ("Internal Affairs Bo Wu", "the Harbour Bureau Ada Li"); else ``None``.

    >>> office_then_person("Internal Affairs Bo Wu"), office_then_person("the Tide Office")
    (('Internal Affairs', 'Bo Wu'), None)
    >>> office_then_person("Crafts Bo Lind"), office_then_person("National Intelligence")
    (('Crafts', 'Bo Lind'), None)
    >>> office_then_person("Board for Coastal Safety")
    >>> office_then_person("the Republic of Valdora Marta K. Lind")
    ('Republic of Valdora', 'Marta K. Lind')
    """
    v = compiled()
    words = re.sub(r"^the\s+", "", rest.strip()).split()
    for k in range(max(1, len(words) - 8), len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if words[k - 1] not in v["org_words"] and words[k - 1] not in v["non_name_words"]:
            continue  # ("Public Security Senior Lieutenant General Ada Lind": a rank may come before the name)
        person = strip_rank(tail)  # (the ranks of names.yaml's honorifics)
        if person and looks_like_person(person) and not is_org_name(person) and len(person.split()) <= 4:
            return head, person
    # "Crafts Bo Lind" (after "Minister of"): a portfolio no body word ends, then a person's two or three
    # words, none of which a body's name would hold
    not_name = v["org_words"] | v["non_name_words"] | v["generic_words"]
    # ("Republic of Valdora Marta K. Lind": a middle initial has a given name before it)
    for n in (3, 2) if re.fullmatch(r"[A-Z]\.", words[-2] if len(words) > 2 else "") else (2, 3):
        portfolio, holder = words[:-n], " ".join(words[-n:])
        if (
            portfolio
            and portfolio[-1] not in v["connectors"]  # ("Board for Coastal Safety": a body's name goes on)
            and not set(words[-n:]) & not_name
            and looks_like_person(holder)
            and not is_org_name(holder)
        ):
            return " ".join(portfolio), holder
    return None


def office_of_chain(surface: str) -> str:
    """The body of "<Title> of <Body> <Person>" ('' when the words are no such chain).

    >>> office_of_chain("Deputy Minister of Internal Affairs Bo Wu")
    'Ministry of Internal Affairs'
    >>> office_of_chain("Director of Tide TV's Programs Department Bo Wu")
    'Programs Department of the Tide TV'
    """
    om = compiled()["office_rx"].match(surface)
    split = office_then_person(om.group("body")) if om else None
    if not (om and split):
        return ""
    owned = re.fullmatch(r"(?P<a>[^'’]+)['’]s (?P<b>.+)", split[0])
    if owned and is_org_name(owned.group("b")):  # "Director of Tide TV's Programs Department Bo Wu"
        a = owned.group("a")
        return owned.group("b") if is_country_word(a) or is_country_name(a) else f"{owned.group('b')} of the {a}"
    body = office_body(om.group("title"), (om.group("the") or "") + split[0], om.group("prep"))
    return body if is_org_name(body) else ""


def office_title(title: str) -> tuple[str, str] | None:
    """``(office, body)`` when a page title names an office, not a body.

    >>> office_title("First Secretary of the Harbour League")
    ('First Secretary', 'Harbour League')
    >>> office_title("Foreign Minister of Ruritania")
    ('Foreign Minister', 'Ruritania')
    >>> office_title("Ministry of Tides") is None, office_title("Generalinspekteur der Tidewehr")
    (True, ('Inspector General', 'Tidewehr'))
    """
    m = compiled()["office_rx"].match(title.strip())
    if not m:
        return foreign_office(title)  # ("Directeur de la X": a title of another language)
    return title[: m.end("title")].strip(), m.group("body").strip()


def office_and_body(post: str) -> tuple[str, str] | None:
    """``(office, body)`` of a post title: the body it heads as :func:`office_body` derives it.

    >>> office_and_body("Minister of the Interior"), office_and_body("Chief of the Tidal Police")
    (('Minister', 'Ministry of the Interior'), ('Chief', 'Tidal Police'))
    """
    m = compiled()["office_rx"].match(post.strip())
    if not m:
        return foreign_office(post)
    title = re.sub(r"^\d{1,2}(?:st|nd|rd|th)\s+", "", post[: m.end("title")].strip())
    return title, office_body(title, (m.group("the") or "") + m.group("body").strip(), m.group("prep"))


NOTE_MARKS_END = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+\s*$")


def clean_person(name: str) -> str:
    """A person's name as a table or infobox cell prints it, without rank or note markers
    (``Li Wei*``, ``Li Wei†``, ``Li Wei (acting)``).

    >>> clean_person("Ada Li*"), clean_person("Bo Wu (acting)"), clean_person("Cy [Jack] Lo")
    ('Ada Li', 'Bo Wu', 'Cy Lo')

    A note may hold a parenthesis of its own (a wiki link to a body "X (Ulton)"):

    >>> clean_person("Bo Wu ([[Sea League (Ulton)|SL]])")
    'Bo Wu'

    A scrape's footnote markers after the name are no part of it:

    >>> clean_person("Ada Li[1]"), clean_person("Bo Wu (acting)[a][2]")
    ('Ada Li', 'Bo Wu')
    """
    name = NOTE_MARKS_END.sub("", name.strip())  # "Ada Li[1]", "Bo Wu (acting)[a]": footnote markers
    name = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", "", name)
    name = re.sub(r"\s+(?:\[[^\]]{1,20}\]|[\"“][^\"”]{1,20}[\"”])(?=\s)", "", name)  # "Bo [Jack] Lind"
    return name.strip(" *†‡#^").strip()


def person_in(entry: str) -> str:
    """The person a list entry names, without rank, service or notes
    (``Rear Adm. Ada W. Li, Harbour Navy`` -> ``Ada W. Li``; ``Bo Wu, Jr., Navy`` -> ``Bo Wu Jr.``).

    >>> person_in("Rear Adm. Ada W. Li, Harbour Navy"), person_in("Bo Wu, Jr., Harbour Navy")
    ('Ada W. Li', 'Bo Wu Jr.')
    """
    name = clean_person(entry)
    m = re.match(r"^(?P<n>[^,]+?)(?:,\s*(?P<sfx>Jr|Sr|II|III|IV)(?P<dot>\.?)(?=,|$))?(?:,.*)?$", name)
    if m:
        person = strip_rank(m.group("n").strip())
        if looks_like_person(person):
            return person + (f" {m.group('sfx')}{m.group('dot')}" if m.group("sfx") else "")
    return strip_rank(name)


def single_name(name: str) -> bool:
    """A one-word personal name (``Bagatur``): capitalised, not an acronym or a title."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z][\w'’.-]*", name))
        and not is_org_name(name)
        and name.casefold() not in compiled()["titles_cf"]
        and name not in compiled()["months"]
        and name not in compiled()["unknown"]  # ("Vacant", "Unknown": no one holds the post)
    )


def _last_clause_semicolon(clean: str, pos: int) -> int:
    """The last ";" before ``pos`` that is not inside parentheses ("(CICIR; KICK-er; )")."""
    depth, last = 0, -1
    for i, ch in enumerate(clean[:pos]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            last = i
    return last


def operator_like(name: str) -> bool:
    """A numbered unit, a security or a party body: the side of a front pair that runs the other."""
    return bool(compiled()["implied_parent"].match(name)) or bool(
        re.search(r"\b(?:Security|Intelligence|Bureau|Party|Communist|Central Committee)\b", name)
    )


# the nouns that name a body of any kind ("the organization's director": the page's body)
_ANY_BODY = frozenset({"organization", "organisation"})


def names_subject(m: Mention, subject: str) -> bool:
    """Is this mention the subject when it is an anaphor? "its" is; "the centre's" and "this
    centre's" only in a document about a centre (its word is in the subject's name); "the
    organization's" in a document about any body; "the agency's" where the sentences before have
    already taken "the agency" for a body (the page's, as it calls itself, or one named before)."""
    if not m.anaphor or m.surface.casefold() in ("it", "its", "it's") or m.name:
        return True
    noun = re.sub(r"^(?:the|this|that)\s+|['’]s$", "", m.surface.casefold()).strip()
    return noun in _ANY_BODY or noun in {w.casefold() for w in subject.split()}


def not_overlapping(anas: list[Mention], names: list[Mention]) -> list[Mention]:
    """The anaphors that overlap no name (both lists in document order, names not overlapping)."""
    starts = [m.start for m in names]
    out = []
    for a in anas:
        k = bisect.bisect_left(starts, a.end)  # names starting before the anaphor ends
        if k and names[k - 1].end > a.start:
            continue
        out.append(a)
    return out


def next_nonspace(text: str, pos: int, limit: int) -> int:
    """The offset of the first non-space character at or after ``pos`` (``limit`` if none)."""
    m = re.compile(r"\S").search(text, pos, limit)
    return m.start() if m else limit


def _in_parens(clean: str, pos: int) -> bool:
    return clean.count("(", 0, pos) > clean.count(")", 0, pos)


def is_date_name(name: str) -> bool:
    """Whether a name is a date ("March 2001", "May 4, 2011"; names.yaml ``months``): no place, no body.

    >>> is_date_name("March 2001"), is_date_name("May 4, 2011"), is_date_name("Marchland 2001")
    (True, True, False)
    """
    return bool(compiled()["month_year_rx"].fullmatch(name))


def not_a_name(word: str) -> bool:
    """A one-word name that names no one: a day, a month, a word of discourse ("First"), a demonym."""
    v = compiled()
    return (
        word in v["weekdays"]
        or word in v["months"]
        or word in v["discourse_words"]
        or word in v["not_starts"]
        or is_demonym(word)  # ("... against some 40 Belarusian officials": whose, not who)
    )


def fits(m: Mention, kind: str) -> bool:
    """Whether mention `m` can fill a slot of `kind` ("person", "place", a body, ...)."""
    if not m.name:
        return False
    if m.anaphor:
        return True
    if kind == "person":
        return m.person
    if kind == "name" and " " not in m.name and not_a_name(m.name):
        return False  # "On Friday, the X ...", "First, the X ...": a day or a step of an argument names no one
    if kind in ("place", "publication", "name"):
        # (a number opens a name only as an ordinal or before a word: "20th District", "1600 Tide Avenue";
        # "20t" is a word the copy cut; "March 2001" is a date)
        return bool(re.match(r"[A-Z]|\d{1,4}(?:st|nd|rd|th)\b|\d[\w./-]*\s+[A-Z]", m.name)) and not is_date_name(m.name)
    if kind == "agent":
        return m.org or m.acronym or m.person
    return m.org or m.acronym


def kind_for(m: Mention, kind: str, hint: str = "") -> str:
    """The node kind a claim gives mention `m` in a slot of `kind` (`hint`: the phrase's), or ""."""
    if hint and not m.anaphor:
        return hint
    if m.anaphor or kind == "name" or (kind == "agent" and not m.person):
        return ""
    if kind == "agent":
        return "person"
    if kind:
        return kind
    return "person" if m.person and not m.org else ""


def abbr_owner(name: str, abbr: str) -> str:
    """Which part of ``name`` an abbreviation stands for: the whole, or a tail
    ("11th Bureau of the Ministry of State Security (MSS)" -> "Ministry of State Security").

    >>> abbr_owner("3rd Bureau of the Ministry of Tests", "MOT")
    'Ministry of Tests'
    >>> abbr_owner("Bureau of Tests", "BOT")
    'Bureau of Tests'
    """
    if initials_match(name, abbr):
        return name
    words = name.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if words[i] in ("of", "the", "for", "and") or not words[i][:1].isupper():
            continue
        if initials_match(tail, abbr) and is_org_name(tail):
            return tail  # (not "Committee on Justice, Policing and Safety (JPS)": the fields it is about)
    return name


def title_case(t: str) -> str:
    """A post in title case, its small words and acronyms kept ("head of the GPD" -> "Head of the GPD")."""
    small = compiled()["small_words"]
    words = t.split()
    return " ".join(w if w.isupper() or (k and w in small) else w[:1].upper() + w[1:] for k, w in enumerate(words))


# a relative clause set off by commas, right before a phrase: "X, which is a unit of Y, was founded"
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:which|who)\s[^,;()]{3,160},\s*(?:(?:is|was|are|were|has|had|have|been|being|also|later)\s+)*$"
)


def relative_clause_start(clean: str, pos: int) -> int | None:
    """Where a relative clause set off by commas opens when it closes right before ``pos``: the
    comma before "which" or "who"; the name before it is the clause's head, the subject of what
    follows. ``None`` when no such clause ends there.

    >>> t = "The Tide Agency, which is a unit of the Ministry of Tides, was founded in 1952."
    >>> relative_clause_start(t, t.index("was")), relative_clause_start(t, t.index("founded"))
    (15, 15)
    >>> relative_clause_start(t, t.index("is"))
    """
    m = _RELATIVE_BEFORE.search(clean, max(0, pos - 200), pos)
    return m.start() if m else None


_ABOUT_WORDS = frozenset({"on", "concerning", "regarding"})  # "Act on X": a law on what it rules


def document_name(name: str, words: frozenset[str]) -> bool:
    """Whether ``name`` names a law or a document, its last word its head ("Tide Foundation Act"),
    not a body whose head comes before "of" ("Ministry of Civil Order").

    >>> words = frozenset({"Act", "Order"})
    >>> document_name("Tide Foundation Act", words), document_name("Ministry of Civil Order", words)
    (True, False)
    >>> document_name("Federal Act on Tidal Safety", words), document_name("Council on Tidal Safety", words)
    (True, False)
    >>> document_name("Act of Congress", words), document_name("Order of Lenin Guards", frozenset({"Act"}))
    (True, False)
    """
    w = name.split()
    if (
        len(w) > 2
        and not _ABOUT_WORDS.isdisjoint(w)
        and any(w[k] in words and w[k + 1] in _ABOUT_WORDS for k in range(min(4, len(w) - 1)))
    ):
        return True  # "Federal Act on Measures to Safeguard Internal Security": a law on what it rules
    if len(w) > 2 and w[0] in words and w[1] == "of":
        return True  # "Act of Congress", "Decree of the Council": a law by its maker
    return len(w) > 1 and w[-1] in words and "of" not in w and "for" not in w


def names_a_state(name: str) -> bool:
    """Whether a name only says whose (a state, its demonym): "Veldran", "South Korean", "Veldra".

    >>> names_a_state("South Korean"), names_a_state("Ruritanian"), names_a_state("Harbour Bureau")
    (True, True, False)
    """
    return is_country_name(name) or all(is_demonym(w) or is_country_word(w) for w in name.split())


def post_in_parens(clean: str, pos: int) -> str:
    """The post in parentheses right after a name that ends at ``pos`` ("A (President), B"), else ``""``.

    >>> post_in_parens("Ada Morn (President), Bo Lin", 8), post_in_parens("Ada Morn (Veldra), Bo Lin", 8)
    ('President', '')
    """
    m = re.match(r"\s*\((?P<t>[A-Z][\w -]{2,40})\)", clean[pos : pos + 50])
    return m.group("t") if m and is_known_title(m.group("t")) else ""


def gives_abbreviation(inner: str, name: str) -> bool:
    """Whether a parenthesis after a defined name gives the name's abbreviation: after the native
    name (``Staatswacht, SW``), or in any later part of it once the name is no person's
    (``Государственная стража,Gosudarstvennaya strazha; abbreviated ГС, GS``).

    >>> gives_abbreviation("Staatswacht, SW", "State Watch")
    True
    >>> gives_abbreviation("Tidewacht, Tidewacht; abbreviated ТВ, HS", "Harbour Security")
    True
    >>> gives_abbreviation('BfV, "Office for the Constitution"', "Bundesamt für Verfassungsschutz")
    True
    >>> gives_abbreviation("born 1950 in Ulton; UK", "Ada Morn")
    False
    """
    if abbreviation_in(inner.split(";")[0].split(",")[-1]):
        return True
    if (a := abbreviation_in(re.split(r"[;,]", inner)[0])) and initials_match(name, a):
        return True  # "(TO, \"Office of Tides\" ...)": the abbreviation first, the words of the name spell it
    return not looks_like_person(name) and any(abbreviation_in(p) for p in re.split(r"[;,]", inner)[1:])
