"""Claims from a document: infobox fields, lists, related-article blurbs and prose (extract stage).

A :class:`Claim` is one statement as the document makes it: a subject *name*, a relation,
an object *name* or a literal value, qualifiers (start, end, title), and the exact span of
text it rests on (``document.text[char_start:char_end] == evidence``), and the sentence (or
infobox or list line) around that span, for a reader (``context``, from ``context_start``: see
:func:`claim_context`). Names are not yet entities; :mod:`orgnet.resolve` decides which names
are the same body.

Prose is read with trigger phrases from ``vocab/phrases.yaml``: for each phrase found, the
nearest name before it and the first name after it fill the subject and object slots
(swapped for ``inverse`` phrases), "it" / "the department" stand for what the document is
about, and years, hedges ("according to", "alleged") and footnote numbers come from the
same sentence.

>>> from orgnet.read.document import parse_text
>>> d = parse_text("Bureau of Tests\\n\\nThe Bureau of Tests (BOT) is overseen by the "
...                "Ministry of Widgets. In 1990, it was placed under the State Council.\\n", "t.txt")
>>> [(c.subject, c.relation, c.object, c.start) for c in extract_claims(d) if c.object]
[('BOT', 'overseen_by', 'Ministry of Widgets', None), ('Bureau of Tests', 'subordinate_to', 'State Council', 1990)]
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from . import vocabulary
from .read.infobox import BODY_ROLES, Field, Span, has_cjk, plural, split_values
from .read.lines import name_like
from .read.model import Blurb, Document, Office, Sentence
from .read.officeholders import leader_heading, office_body, person_name

__all__ = ["Claim", "claim_id", "claim_ids", "claim_context", "CONTEXT_MAX", "Mention", "extract_claims", "find_mentions", "subject_name", "strip_disambiguator",
           "is_org_name", "looks_like_person", "same_subject"]


@dataclass(slots=True)
class Claim:
    """One statement found in a document (names, not yet entities)."""

    subject: str
    relation: str
    object: str = ""
    value: str = ""
    start: int | None = None
    end: int | None = None
    title: str = ""
    doc: str = ""
    section: str = ""
    char_start: int = 0
    char_end: int = 0
    evidence: str = ""
    refs: tuple[int, ...] = ()
    method: str = "pattern"
    hedge: str = "stated"
    confidence: float = 0.0
    subject_kind: str = ""
    object_kind: str = ""
    subject_surface: str = ""
    object_surface: str = ""
    defining: bool = False  # an alias claim from a defining sentence / title: a label candidate
    # char_start/char_end/context_start: characters of the file as decoded (Document.raw); evidence and
    # context: the cleaned text (Document.text). The sentence(s) or line(s) around the evidence (see
    # claim_context); empty, and context_start None, for a claim not read from a document (curated)
    context: str = ""
    context_start: int | None = None

    def __reduce__(self):
        # pickled as a call with the field values (parse workers' results): loads about three
        # times faster than the generic state of a slots dataclass. The parse cache does not
        # pickle: it stores plain JSON (orgnet.cache)
        return (type(self), tuple(getattr(self, name) for name in self.__slots__))


def claim_id(c: Claim) -> str:
    """A claim's id, derived from its content: the document's file name (with its extension),
    the evidence span, the relation and a short digest of what the claim says. It does not
    change when other claims appear, and two documents never share one.

    >>> claim_id(Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt", char_start=10, char_end=42))
    'a.txt:10-42:leads:34e78b'
    """
    what = "\x1f".join((c.doc, str(c.char_start), str(c.char_end), c.relation, c.subject, c.object, c.value,
                        c.title, str(c.start), str(c.end)))
    digest = hashlib.sha1(what.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    doc = c.doc.replace(";", "_").replace("|", "_").replace(" ", "_")
    return f"{doc}:{c.char_start}-{c.char_end}:{c.relation}:{digest}"


def claim_ids(claims: Iterable[Claim]) -> list[str]:
    """:func:`claim_id` of each claim of one document; a claim repeated word for word gets
    ``~2``, ``~3``... after its id, so the ids are unique.

    >>> c = Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt", char_start=10, char_end=42)
    >>> claim_ids([c, c])
    ['a.txt:10-42:leads:34e78b', 'a.txt:10-42:leads:34e78b~2']
    """
    out: list[str] = []
    seen: dict[str, int] = {}
    for c in claims:
        cid = claim_id(c)
        seen[cid] = seen.get(cid, 0) + 1
        out.append(cid if seen[cid] == 1 else f"{cid}~{seen[cid]}")
    return out


@dataclass
class Mention:
    """A name in a sentence: ``start``/``end`` are offsets into the document text."""

    start: int
    end: int
    surface: str
    name: str
    title: str = ""
    anaphor: str = ""  # "org" / "person" when the mention is "it", "the department", "she"
    org: bool = False
    person: bool = False
    acronym: bool = False
    possessive: bool = False
    kind: str = ""  # a kind the context gives (a lower-case group of foreigners: "foreign")
    based_in: str = ""  # "the Ulton-based Harbour Club": the place the name says it is based in


# --------------------------------------------------------------------------- vocabulary


@functools.lru_cache(maxsize=1)
def _v() -> dict:
    n = vocabulary.names()
    ph = vocabulary.phrases()
    hed = vocabulary.hedges()
    plurals = _title_plurals(n["titles"])
    title_alt = _alternation(n["titles"])
    titles_alt = _alternation(plurals.values())
    rank_alt = _alternation(n["honorifics"])
    phrases = []
    for p in ph["phrases"]:
        pattern = p["pattern"].replace("{titles}", titles_alt).replace("{title}", title_alt).replace("{rank}", rank_alt)
        phrases.append(dict(p, pattern=pattern, rx=re.compile(pattern, re.I),
                            needles=_required_words(pattern) or _needles(pattern)))
    extra = {key: _needles(ph[key]) for key in ("alias_phrases", "former_name_phrases", "rename_pattern",
                                                "founded_pattern", "founded_lead_pattern", "newly_founded_pattern",
                                                "staff_pattern")}
    hedge_needles = {level: _needles("|".join(re.escape(w) for w in words))
                     for level, words in hed["hedges"].items()}
    all_needles = sorted({n for p in phrases for n in p["needles"]} | {n for v in extra.values() for n in v}
                         | {n for v in hedge_needles.values() for n in v}, key=lambda n: (-len(n), n))
    # every needle is letters only, so it lies inside one run of letters: look each distinct
    # run up once (memoised) instead of trying every needle at every position
    assert all(n.isalpha() for n in all_needles), "needles are letters only"

    @functools.lru_cache(maxsize=1 << 16)
    def needles_in(word: str) -> frozenset:
        return frozenset(n for n in all_needles if n in word)

    # which phrases a needle can make possible
    phrases_of: dict[str, list[int]] = {}
    for k, p in enumerate(phrases):
        for nd in p["needles"]:
            phrases_of.setdefault(nd, []).append(k)
    hedge_rx = {level: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
                for level, words in hed["hedges"].items()}
    titles = sorted(n["titles"], key=len, reverse=True)
    anaphora = []
    for kind, words in n["anaphora"].items():
        for w in words:
            anaphora.append((kind, w))
    return {
        "org_words": frozenset(n["org_words"]),
        "titles": titles,
        # ("Political Vice-Secretary of X": a post the title list has only in part)
        "title_rx": re.compile(r"^(?:(?:" + "|".join(re.escape(q) for q in n["title_qualifiers"])
                               + r")[- ])?(?:Political |Organi[sz]ing |Assistant )?(?:Vice-(?=[A-Z]))?"
                               r"(?P<title>" + "|".join(re.escape(t) for t in titles) + r")\b"),
        "titles_cf": frozenset(t.casefold() for t in titles),
        # "Head of the powerful ", "chairman of the ": a post, then the body it is of
        "title_of_before_rx": re.compile(r"\b(?i:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
                                         + r") of (?:the )?(?:[a-z][\w-]* ){0,2}$"),
        "one_word_titles": frozenset(t.casefold() for t in titles if " " not in t and "-" not in t),
        "office_body_rx": re.compile(r"\b(?:is|was) (?:the )?(?:(?:head|leader|chief|highest official|top official|"
                                     r"chief executive)|(?:" + "|".join(re.escape(t.casefold()) for t in titles)
                                     + r")) of(?: the)?\b", re.I),
        "office_rx": re.compile(r"^(?:(?:" + "|".join(re.escape(q.title()) for q in n["title_qualifiers"]) + r"|[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)) ){0,2}?"
                                r"(?P<title>" + "|".join(re.escape(t) for t in titles) + r")(?: \d{1,2})? (?P<prep>of|for) (?P<the>the )?(?P<body>.+)$"),
        "title_chain_rx": re.compile(r"^(?P<body>.+?) (?P<title>(?:(?:Vice|Deputy|Executive|First|Acting) )?(?:"
                                     + "|".join(re.escape(t) for t in titles) + r")) (?P<person>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,4})$"),
        "ministry_titles": frozenset(n["ministry_titles"]),
        "ordinal_unit": re.compile(n["ordinal_unit"]),
        "title_abbreviations": dict(n["title_abbreviations"]),
        "non_name_words": frozenset(n["non_name_words"]),
        "publication_words": frozenset(n["publication_words"]),
        # "Departments of the Central Committee", "Ministries of Veldra": a title naming a class of bodies
        "topic_plural_rx": re.compile(r"\b(?:" + "|".join(n["topic_plurals"]) + r") (?:of|in)\b"),
        "bare_org_word": re.compile(r"(?:the )?(?:" + "|".join(re.escape(w) for w in n["org_words"]) + r")", re.I),
        # a name's particle glued to it by a hyphen: "al-Hasan", "ibn-Saud" (names.yaml name_particles)
        "particles": frozenset(n["name_particles"]) & frozenset(n["name_connectors"]),  # joining words
        # military ranks: the titles that are also honorifics ("Army Corps General Y": no post of the corps)
        "ranks": frozenset(t.split()[-1] for t in titles if t in set(n["honorifics"])),
        "particle_rx": re.compile(r"^(?:" + "|".join(n["name_particles"]) + r")-[A-Z]"),
        "post_nominal_rx": re.compile(r"(?:,? (?:" + "|".join(re.escape(p) for p in n["post_nominals"]) + r"))+$"),
        "honorifics": frozenset(h.rstrip(".") for h in n["honorifics"]),
        "honorific_rx": re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in sorted(n["honorifics"], key=len, reverse=True))
                                   + r")\.?\s+)+"),
        "plural_title_rx": re.compile(r"(?P<body>(?-i:[A-Z][\w'’&.-]*(?: (?:of |for |the )*[A-Z][\w'’&.-]*){0,6}))? "
                                      r"(?P<title>" + "|".join(re.escape(plural(t)) for t in titles) + r")\b"),
        "title_end_rx": re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")s?$", re.I),
        "connectors": frozenset(n["name_connectors"]),
        "internal_poss": frozenset(n["name_internal_possessives"]),
        "not_starts": frozenset(n["not_name_starts"]),
        # "the agency", also with one lower-case word between ("the intelligence agency")
        "anaphora_rx": re.compile(
            r"\b(?P<w>" + "|".join(re.escape(w) for _, w in sorted(anaphora, key=lambda a: -len(a[1]))
                                   if not w.startswith("the "))
            + r"|(?:the|that|this) (?:(?-i:(?!and |or |of |the )[a-z][\w-]+) )?(?:" + "|".join(
                re.escape(w[4:]) for _, w in sorted(anaphora, key=lambda a: -len(a[1])) if w.startswith("the "))
            + r"))(?P<pos>['’]s)?\b", re.I),
        "anaphora_kind": {w.casefold(): k for k, w in anaphora},
        "nationality": [w for w in n["nationality_words"]],
        "phrases": phrases,
        "needles_in": needles_in,
        "phrases_of": phrases_of,
        "extra_needles": extra,
        "hedge_needles": hedge_needles,
        "alias_rx": re.compile(ph["alias_phrases"], re.I),
        "former_rx": re.compile(ph["former_name_phrases"], re.I),
        "rename_rx": re.compile(ph["rename_pattern"], re.I),
        "founded_rx": re.compile(ph["founded_pattern"], re.I),
        "founded_lead_rx": re.compile(ph["founded_lead_pattern"], re.I),
        "staff_rx": re.compile(ph["staff_pattern"], re.I),
        "newly_founded_rx": re.compile(ph["newly_founded_pattern"], re.I),
        # ", maintaining ties to Z": a clause of a tie that went on (names.yaml continuing_participles)
        "continuing_rx": re.compile(r",\s*(?:while\s+|thereby\s+|and\s+)?(?:still\s+)?(?:"
                                    + "|".join(re.escape(w) for w in n["continuing_participles"]) + r")\b", re.I),
        "hedge_rx": hedge_rx,
        "conf": hed["confidence"],
        "implied_parent": re.compile(n["implied_parent"]),
        "disambiguators": re.compile(n["disambiguators"]),
        "unknown": frozenset(n["unknown_words"]),
        "months": frozenset(n["months"]),
        "demonym_rx": re.compile(n["demonym"]),
        "singular_title": {pl.casefold(): t for t, pl in plurals.items()},
        "as_title_rx": re.compile(r",?\s+as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|acting\s+)?(?P<title>(?:vice[- ]|deputy |executive )?(?:"
                                  + title_alt + r"))\b(?:\s+of\b(?:\s+the\b)?)?", re.I),
        # "... as the Harbour Intelligence Service chief": the body, then the post
        "as_body_title_rx": re.compile(r",?\s+as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|acting\s+)?(?P<body>(?-i:[A-Z][\w&.’'-]*"
                                       r"(?: (?:of |for |the )*[A-Z][\w&.’'-]*){0,6}?))\s+(?P<title>(?:vice[- ]|deputy |executive )?(?:"
                                       + title_alt + r"))\b(?!\s+of\b)", re.I),
    }


def _title_plurals(titles: list[str]) -> dict[str, str]:
    """Each title's plural ("Vice Chairman" -> "Vice Chairmen", "Secretary-General" -> "Secretaries-General").

    >>> _title_plurals(["Vice Chairman", "Secretary-General", "Deputy"])
    {'Vice Chairman': 'Vice Chairmen', 'Secretary-General': 'Secretaries-General', 'Deputy': 'Deputies'}
    """
    def plural(w: str) -> str:
        if w.endswith("man"):
            return w[:-3] + "men"
        if w.endswith("y") and w[-2:-1] not in ("a", "e", "o", "u"):
            return w[:-1] + "ies"
        return w + ("es" if w.endswith(("s", "sh", "ch", "x")) else "s")

    out = {}
    for t in titles:
        parts = re.split(r"([- ])", t)
        words = parts[0::2]
        k = len(words) - 2 if len(words) > 1 and words[-1] in ("General", "Emeritus") else len(words) - 1
        parts[2 * k] = plural(parts[2 * k])
        out[t] = "".join(parts)
    return out


def _alternation(words) -> str:
    """A regex alternative of the given phrases, longest first, space or hyphen between words."""
    return "|".join(re.sub(r"\\[- ]", "[- ]", re.escape(w)) for w in sorted(set(words), key=len, reverse=True))


def _needles(pattern: str) -> tuple[str, ...]:
    """Literal words of a pattern; a match always contains one of them (a fast pre-check).

    Every run of 3+ letters counts (a superset is safe); a letter made optional by ``?``
    is dropped from the end of its run.

    >>> _needles(r"\\b(?:funded|financed) by|\\bfinances?\\b")
    ('funded', 'financed', 'finance')
    """
    src = _drop_lookarounds(pattern)
    src = re.sub(r"\\[a-zA-Z]", " ", src)              # \b, \d, \w ...
    src = re.sub(r"\(\?P<\w+>", "(", src)               # group names
    src = re.sub(r"\(\?-?i:", "(", src)
    src = re.sub(r"\[[^\]]*\]", " ", src)              # character classes
    out = []
    for m in re.finditer(r"[A-Za-z]{3,}(\?)?", src):
        w = m.group().rstrip("?")
        if m.group(1):
            w = w[:-1]
        if len(w) >= 3 and w.lower() not in out:
            out.append(w.lower())
    return tuple(out)


def _required_words(pattern: str) -> tuple[str, ...] | None:
    """Words of which every match of ``pattern`` contains at least one (lower case), from
    its parse tree: optional parts and lookarounds are left out. ``None`` when no such set
    exists (then :func:`_needles` is the fall-back).

    >>> _required_words(r"\\b(?:is|was) (?:the )?public face of\\b")
    ('public',)
    >>> _required_words(r"\\b(?:overseen|guided) by\\b|\\bsupervises\\b")
    ('supervises', 'overseen', 'guided')

    Alternatives with a common start are factored by the regex parser ("customer|client"
    gives "ustomer", "lient"); needles are found as substrings, so that is still exact.
    """
    # (re's own parser, 3.11+; typeshed does not describe these private modules)
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def words(run: list[str]) -> list[str]:
        return [w for w in "".join(run).split() if len(w) >= 3]

    def req(items) -> list[str] | None:
        best: list[str] | None = None
        run: list[str] = []

        def consider(cand):
            nonlocal best
            if cand and (best is None or min(map(len, cand)) > min(map(len, best)) or
                         (min(map(len, cand)) == min(map(len, best)) and len(cand) < len(best))):
                best = cand

        for op, av in items:
            if op is c.LITERAL:
                ch = chr(av).lower()
                run.append(ch if ch.isalpha() else " ")
                continue
            for w in words(run):
                consider([w])
            run = []
            if op is c.SUBPATTERN:
                consider(req(av[-1]))
            elif op is c.BRANCH:
                alts = [req(b) for b in av[1]]
                if all(alts):
                    consider(sorted({w for a in alts if a for w in a}, key=lambda w: (-len(w), w)))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                consider(req(av[2]))
        for w in words(run):
            consider([w])
        return best

    try:
        found = req(_parser.parse(pattern, re.I))
    except Exception:  # pragma: no cover - a pattern the parser cannot walk
        return None
    if not found:
        return None
    return tuple(dict.fromkeys(found))


def _drop_lookarounds(pattern: str) -> str:
    """Remove ``(?=...)``, ``(?!...)``, ``(?<=...)``, ``(?<!...)`` groups (they match no text)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i) and (i == 0 or pattern[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += pattern[j] == "("
                depth -= pattern[j] == ")"
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def strip_disambiguator(name: str) -> str:
    """Drop a trailing ``(China)``-style disambiguator from an article title.

    >>> strip_disambiguator("Ministry of Public Works (Ruritania)")
    'Ministry of Public Works'
    """
    return _v()["disambiguators"].sub("", name).strip()


def is_org_name(name: str) -> bool:
    """True when a name holds an organisation word or is an acronym.

    >>> is_org_name("Bureau of Tests"), is_org_name("BOT"), is_org_name("Li Wei")
    (True, True, False)
    """
    words = re.findall(r"[\w’']+", name)
    if any(w in _v()["org_words"] for w in words):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", name.strip()))


_NAME_WORD = re.compile(r"[\w'’.\ufffd-]+")


def _cap_word(w: str) -> bool:
    """A capitalised word of a name in any Latin script ("Li", "Đỗ", "Ólafur"), not all capitals."""
    return w[:1].isupper() and bool(_NAME_WORD.fullmatch(w)) and not (w.isalpha() and len(w) > 1 and w.isupper())


def _not_name_word(w: str) -> bool:
    return w in _v()["non_name_words"]


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words, no organisation word, not a title.

    >>> looks_like_person("Li Wei"), looks_like_person("Ministry of Widgets"), looks_like_person("President")
    (True, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 5 or is_org_name(name) or any(_not_name_word(w) for w in words):
        return False  # ("Intelligence Security": a unit, not a person)
    if name.casefold() in _v()["titles_cf"] or name.casefold() in _v()["singular_title"] \
            or any(w in _v()["months"] for w in words) or words[-1].casefold() in _v()["one_word_titles"]:
        return False  # ("Foreign Minister", "Deputy Director": a post, not a person)
    v = _v()
    return all((_cap_word(w) or v["particle_rx"].match(w)
                or (w in v["particles"] and 0 < k < len(words) - 1))
               and not re.fullmatch(r"[A-Z]{2,}", w) for k, w in enumerate(words))


# --------------------------------------------------------------------------- mentions

# ", which" (", which was"): a relative clause after the last of several names; with a singular
# verb it is said of that name alone
_SINGULAR_RELATIVE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\s*(?:\w+ly\s+)?(?P<verb>(?:was|is|has|were|are|have)\b.*)?")
_OR_NAME = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*or\s+(?:the\s+)?")  # between two names: "(XA) or the"
_PAREN_AFTER = re.compile(r"\s?\((?P<inner>(?:[^()]|\([^()]{0,60}\)){1,300})\)")  # ("(MPS, Ulterian: Bo Ca (BC))")
_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-])\s")
_NAMEISH = re.compile(r"[^\W_]")
_LETTERS = re.compile(r"[^\W\d_]+")
# (a scrape's U+FFFD stands for a letter it could not decode: "Jos\ufffd Ru\ufffdz" is one name)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z])|[^\W_](?:[\w&'’\-–\ufffd]*(?:[^\W_]|\ufffd))?"
                    r"(?:['’]s\b|(?<=s)['’](?=[\s,.;:)]|$))?")
_GLUED_LINK = re.compile(r"^(?P<w>The|the|of|and|or|for|to|in|on|by|at|as|with|from|under|currently|formerly|named|called|edit|"
                         r"including|former|new)(?P<rest>[A-Z][\w&'’\-–]*)$")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def _cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or bool(_ORDINAL.match(tok))
                          or ("-" in tok and bool(_v()["particle_rx"].match(tok))))


def find_mentions(text: str, clean: str, start: int, end: int, *, sentence_start: bool = True) -> list[Mention]:
    """Names in ``clean[start:end]`` (offsets are document offsets).

    A name is a run of capitalised words joined by connectors (``of``, ``for the``, ...);
    ``and`` joins only inside a prepositional name ("Foundation for Peace and Development")
    or before an organisation word ("Green Belt and Road Initiative Center"). A possessive
    "A's B" becomes "B of the A".

    >>> t = "The ILD and Central Party School of the Party finance the Lee Leadership School."
    >>> [m.name for m in find_mentions(t, t, 0, len(t))]
    ['ILD', 'Central Party School of the Party', 'Lee Leadership School']

    A proxy that drops the spaces around links glues words: ``theCentral Committee``,
    ``Ministry ofTidal Affairs``, ``currentlyAda Li`` read as if spaced.

    >>> t = "It reports to theCentral Committee of theHarbour Party; currentlyAda Li leads it."
    >>> [m.name for m in find_mentions(t, t, 0, len(t))]
    ['Central Committee of the Harbour Party', 'Ada Li']
    """
    v = _v()
    toks = []
    glued = set()  # where a mirror dropped the space before a linked name ("theCentral Committee")
    for m in _TOKEN.finditer(clean, start, end):
        g = _GLUED_LINK.match(m.group())
        if g:
            cut = m.start() + g.end("w")
            toks.append((m.start(), cut, g.group("w")))
            toks.append((cut, m.end(), g.group("rest")))
            glued.add(cut)
        else:
            toks.append((m.start(), m.end(), m.group()))

    glued_at = sorted(glued)

    def gap_at(a: int, b: int) -> str:
        return " " if a == b and b in glued else clean[a:b]

    mentions: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        s0, e0, tok = toks[i]
        numbered = bool(_ASCII_NUMBER.fullmatch(tok)) and not 1600 <= int(tok) <= 2099 and i + 1 < n \
            and toks[i + 1][2] in v["org_words"] and clean[e0:toks[i + 1][0]] == " "  # "the 610 Office"
        if not (_cap(tok) or numbered) or (i == 0 and sentence_start and tok in v["not_starts"]) or \
                (tok in v["not_starts"] and i + 1 < n and not _cap(toks[i + 1][2])) or \
                (tok in ("The", "A", "An") and _CLAUSE_OPENS.search(clean, max(0, s0 - 3), s0)):
            # ("July 1934: The Harbour Directorate ...": an article after a dateline's colon opens the clause)
            if tok in v["not_starts"] and _STATE_NOUN.match(clean, e0) and _is_demonym(tok):
                mentions.append(_make_mention(s0, e0, text[s0:e0], v))  # "Chinese government" (below)
            i += 1
            continue
        j = i
        last_good = i
        has_prep = False
        while j + 1 < n:
            gap = gap_at(toks[j][1], toks[j + 1][0])
            if gap not in (" ", "-", "–", "\u00a0"):
                break
            if toks[j][2].endswith(("'s", "’s", "s'", "s’")) and toks[j][2] not in v["internal_poss"]:
                break
            nxt = toks[j + 1][2]
            if _cap(nxt) or (_ASCII_NUMBER.fullmatch(nxt) and j + 2 < n and toks[j + 2][2] in v["org_words"]):
                j += 1
                last_good = j
                continue
            if nxt in v["connectors"]:
                # look past connector words for a capitalised word
                k = j + 1
                conns = []
                while k < n and toks[k][2] in v["connectors"] and gap_at(toks[k - 1][1], toks[k][0]) == " ":
                    conns.append(toks[k][2])
                    k += 1
                if k >= n or gap_at(toks[k - 1][1], toks[k][0]) != " " or not _cap(toks[k][2]):
                    break
                if not _connector_ok(conns, toks, i, j, k, has_prep, v):
                    break
                if conns[0] in ("of", "for", "on", "to"):
                    has_prep = True
                j = k
                last_good = k
                continue
            break
        s_, e_ = toks[i][0], toks[last_good][1]
        surface = text[s_:e_]
        lo = bisect.bisect_right(glued_at, s_)
        cuts = [c - s_ for c in glued_at[lo:bisect.bisect_left(glued_at, e_)]]
        for c in reversed(cuts):  # "Committee of theHarbour Party" is named with its space
            surface = surface[:c] + " " + surface[c:]
        mentions.append(_make_mention(s_, e_, surface, v))
        i = last_good + 1
    mentions = _merge_possessives(mentions, clean, v)
    mentions = _lower_case_bodies(mentions, text, clean, start, v)
    mentions = _plural_bodies(mentions, clean)
    for k, mn in enumerate(mentions):
        g = _STATE_NOUN.match(clean, mn.end) if " " not in mn.name and not mn.possessive else None
        if g and _is_demonym(mn.name):
            # "the Veldran government": the state body a demonym and a lower-case noun name
            e_ = g.end()
            mentions[k] = Mention(start=mn.start, end=e_, surface=text[mn.start:e_],
                                  name=f"{mn.name} {g.group(1)}", org=True)
    for k, mn in enumerate(mentions):
        w = mn.name.split()
        if len(w) == 2 and not mn.possessive and re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", w[1]) and _is_demonym(w[0]):
            # "the Veldran MPS": the body the acronym names, the demonym only says whose it is
            a = mn.start + mn.surface.rindex(w[1])
            mentions[k] = Mention(start=a, end=mn.end, surface=text[a:mn.end], name=w[1], org=True, acronym=True)
    mentions = _merge_enumerated(mentions, text, clean, v)
    mentions = _split_titled_person(mentions, text, clean, v)
    mentions = _merge_rank_abbreviations(mentions, text, clean, v)
    mentions = _merge_nicknames(mentions, text, clean)
    mentions = _governments_of(mentions, text, clean)
    mentions = _numbered_units(mentions, text, clean, v)
    return _extend_to_abbreviation(mentions, text, clean, start)


_ASCII_NUMBER = re.compile(r"[0-9]{1,4}")  # a number that names a body ("620 Office"; not "²")
_CLAUSE_OPENS = re.compile(r"(?:^|[:;]\s*|\n\s*)$")
_POSTS_GAP = re.compile(r"\s*(?:,|and)\s+")  # (", and" joins two people's lists of posts)
_MEMBER_OF = re.compile(r"^(?:(?:Alternate|Candidate|Full|Standing|Permanent) )?Members? of (?:the )?(?P<body>[A-Z].+)$")
_UNIT_NUMBER = re.compile(r" (?P<n>\d{1,4})\b(?![.,:/-]?\d)(?! (?:years?|months?|days?|times|percent|per|members|staff|people|officers)\b)")


_LOWER_UNIT = re.compile(r" (?P<w>[a-z]{3,15}) \d{1,3}\b(?![.,:/-]?\d)")  # a lower-case body word, a number


def _numbered_units(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Service 9", "Unit 8200", "Bureau 72": a body word and the number that names the unit (a year
    after it names no unit)."""
    out: list[Mention] = []
    for m in ms:
        words = m.name.split()
        nm = _UNIT_NUMBER.match(clean, m.end) if words and words[-1] in v["org_words"] and not m.title \
            and not m.possessive else None
        if nm and not (len(nm.group("n")) == 4 and 1800 <= int(nm.group("n")) <= 2099):
            e = nm.end()
            name = f"{m.name} {nm.group('n')}"
            out.append(Mention(start=m.start, end=e, surface=text[m.start:e], name=name, org=True))
            continue
        low = _LOWER_UNIT.match(clean, m.end) if len(words) >= 2 and not m.title and not m.possessive \
            and not m.person else None
        if low and low.group("w").capitalize() in v["org_words"]:  # "Military Intelligence section 5", "Tide Police department 2": the unit's name, in lower case
            e = low.end()
            out.append(Mention(start=m.start, end=e, surface=text[m.start:e], name=text[m.start:e], org=True))
            continue
        out.append(m)
    return out


_GOVERNMENT_OF = re.compile(r"\b(?:the|a|its|their) (?:(?:[a-z]+|[A-Z][a-z]+) )?(?P<g>government) of (?P<the>the )?$")


def _governments_of(ms: list[Mention], text: str, clean: str) -> list[Mention]:
    """ "created by the government of the Soviet Union": the Government of the Soviet Union, a body
    (the country is named inside its name)."""
    out: list[Mention] = []
    for m in ms:
        gm = _GOVERNMENT_OF.search(clean, max(0, m.start - 40), m.start) if not (m.title or m.person or m.anaphor) \
            and m.name[:1].isupper() and not m.possessive else None
        if gm:
            a = gm.start("g")
            name = "Government of " + (gm.group("the") or "") + m.name
            out.append(Mention(start=a, end=m.end, surface=text[a:m.end], name=name, org=True))
            continue
        out.append(m)
    return out


_NICKNAME = re.compile(r"\s+[\"“][A-Z][^\"“”]{0,24}[\"”]\s+")


def _merge_nicknames(ms: list[Mention], text: str, clean: str) -> list[Mention]:
    """ 'Ada "Redbeard" Lind': a nickname in quotes between a first and a last name is one person,
    named without the nickname."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        nm = _NICKNAME.match(clean, a.end) if " " not in a.name and not a.org and a.name[:1].isupper() else None
        if nm:
            j = next((x for x in range(k + 1, min(k + 4, len(ms))) if ms[x].start >= nm.end()), None)
            b = ms[j] if j is not None else None
            if j is not None and b is not None and b.start == nm.end() and not b.org and b.name[:1].isupper() and len(b.name.split()) <= 2:
                name = f"{a.name} {b.name}"
                if looks_like_person(name):
                    out.append(Mention(start=a.start, end=b.end, surface=text[a.start:b.end], name=name,
                                       person=True, possessive=b.possessive))
                    k = j + 1
                    continue
        out.append(a)
        k += 1
    return out


def _merge_rank_abbreviations(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Brig. Gen. Bo Wu", "Maj. Cy Rask": ranks abbreviated with a period before a person's
    name are one mention with it, named by the person."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        j = k
        while j < len(ms) and ms[j].name in v["honorifics"] and clean[ms[j].end:ms[j].end + 1] == "." \
                and j + 1 < len(ms) and re.fullmatch(r"\.\s{1,2}", clean[ms[j].end:ms[j + 1].start]):
            j += 1
        if j > k and ms[j].person:
            p = ms[j]
            out.append(Mention(start=ms[k].start, end=p.end, surface=text[ms[k].start:p.end], name=p.name,
                               title=p.title, org=p.org, person=p.person, acronym=p.acronym, possessive=p.possessive))
            k = j + 1
            continue
        out.append(ms[k])
        k += 1
    return out


def _split_titled_person(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Head of the powerful Harbour Bureau Bo Wu resigned": after "<title> of the [adjective]",
    a run of capitals that ends in a person's name after the body's last organisation word is
    two names, the body and the person."""
    out = []
    for m in ms:
        words = m.name.split()
        last = max((i for i, w in enumerate(words) if w in v["org_words"]), default=-1)
        after = words[last + 1:] if last >= 0 else []
        if m.org and not m.title and 2 <= len(after) <= 3 and m.name == m.surface \
                and all(w[:1].isupper() and w not in v["connectors"] for w in after) \
                and looks_like_person(" ".join(after)) and not is_org_name(" ".join(after)) \
                and v["title_of_before_rx"].search(clean, max(0, m.start - 80), m.start):
            cut = m.start + m.surface.rindex(" " + after[0]) + 1
            body = " ".join(words[:last + 1])
            out.append(Mention(start=m.start, end=m.start + len(body), surface=text[m.start:m.start + len(body)],
                               name=body, org=True))
            out.append(_make_mention(cut, m.end, text[cut:m.end], v))
            continue
        out.append(m)
    return out


_ABBR_OPEN = re.compile(r"\s?\((?P<a>[A-Z][A-Za-z]{1,9})\s*[,;)]")
_SPAN_WORD = re.compile(r"[\w'’&-]+")


def _initials_hold(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` is spelt, in order, by the first letters of the capitalised ``words``,
    starting with the first word and ending with the last ("NOTCFL" ⊇ "NOCFL")."""
    caps = [w[0] for w in words if w[:1].isupper()]
    if not caps or caps[0] != abbr[0] or caps[-1] != abbr[-1].upper():
        return False
    it = iter(caps)
    return all(ch in it for ch in abbr.upper())


def _extend_to_abbreviation(ms: list[Mention], text: str, clean: str, start: int) -> list[Mention]:
    """ "the Office for Teaching Tides as a Second Language (OTTSL)": one name, its extent told by
    the abbreviation after it, though lower-case words other than "of"/"for" stand inside it."""
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        am = _ABBR_OPEN.match(clean, m.end)
        if not am:
            continue
        abbr = am.group("a")
        if sum(ch.isupper() for ch in abbr) < 2 or _initials_hold(abbr, m.name.split()):
            continue
        # walk back over words (no punctuation between) for a start the abbreviation spells
        words = list(_SPAN_WORD.finditer(clean, max(start, m.start - 160), m.end))
        best = None
        for j in range(len(words) - 1, -1, -1):
            gap = clean[words[j].end():words[j + 1].start()] if j + 1 < len(words) else ""
            if j + 1 < len(words) and gap.strip():
                break  # a comma, a parenthesis: the name does not go back past it
            if words[j].start() >= m.start:
                continue
            span_words = [w.group() for w in words[j:] if w.end() <= m.end]
            if words[j].group()[:1].isupper() and _initials_hold(abbr, span_words):
                best = words[j].start()
        if best is None:
            continue
        a = best
        name = clean[a:m.end]
        inside = [x for x in ms if a <= x.start and x.end <= m.end]
        first = ms.index(inside[0]) if inside else k
        ms[first:k + 1] = [Mention(start=a, end=m.end, surface=text[a:m.end], name=name,
                                   org=is_org_name(name), person=False)]
    return ms


def _connector_ok(conns: list[str], toks, i: int, j: int, k: int, has_prep: bool, v: dict) -> bool:
    first = conns[0]
    if first == "and" or first == "&":
        if len(conns) > 1:
            return False  # "X and the Y": two names
        left = [t[2] for t in toks[i:j + 1]]
        if any(w.isupper() and len(w) > 1 for w in left):
            return False  # "ILD and Central ...": an acronym is a whole name
        if _post_follows(toks, k, v):
            return False  # "Chairman of the Tide Council and Commander-in-Chief of the X": a second post
        if has_prep:
            return True   # "Foundation for Peace and Development"
        if left[-1] in v["org_words"] and len(left) > 1:
            return False  # "Foreign Ministry and ..." - the left part is complete ("Organization and
            # Guidance Department", "Ulton University Students and Scholars Association" are one name)
        # join only when the right side goes on to an organisation word
        rest = []
        m = k
        while m < len(toks) and (_cap(toks[m][2]) or toks[m][2] in v["connectors"]):
            rest.append(toks[m][2])
            m += 1
            if len(rest) > 6:
                break
        return any(w in v["org_words"] for w in rest)
    if first in ("a", "an", "the"):
        prev = toks[j][2]
        return False if first != "the" else prev in ("of", "for", "on")
    if first == "to":
        return len(conns) == 1
    if first == "with":
        return has_prep and len(conns) == 1
    if first in ("et", "y", "e", "und") and len(conns) >= 2 and conns[1] in ("de", "du", "des", "la", "le", "del", "della", "der"):
        return True  # "Bureau de Veille Maritime et de Contre-Piraterie": one name in its own language
    if first in ("of", "for", "on", "de", "du", "des", "la", "le"):
        return all(c in ("the", "a", "an", "la", "le") for c in conns[1:])
    if first in v["particles"]:
        return all(c in v["particles"] for c in conns)  # "Jihaz al Khas", "Jan van der Berg"
    return False


def _post_follows(toks, k: int, v: dict) -> bool:
    """Whether the words from token ``k`` open a post of a body ("Commander-in-Chief of",
    "Secretary of", "Member of")."""
    words: list[str] = []
    for m in range(k, min(k + 4, len(toks))):
        w = toks[m][2]
        if w in ("of", "for"):
            return bool(words) and (" ".join(words).casefold() in v["titles_cf"] or words in (["Member"], ["Members"]))
        if not _cap(w):
            return False
        words.append(w)
    return False


def _make_mention(s: int, e: int, surface: str, v: dict) -> Mention:
    based = _BASED.match(surface)
    if based and based.group("rest"):
        # "Ulton-based Harbour Club": the body, and where it is based
        m = _make_mention(s + based.start("rest"), e, based.group("rest"), v)
        m.based_in = based.group("place")
        return m
    name = surface
    last = name.split()[-1] if name.split() else ""
    possessive = name.endswith(("'s", "’s", "s'", "s’")) and last not in v["internal_poss"]
    if possessive:
        name = name[:-2] if name.endswith(("'s", "’s")) else name[:-1]
    name = name.replace("\u00a0", " ")
    if "\n" in name:
        name = " ".join(name.split())  # a name a hard-wrapped page broke over two lines
    title = ""
    tm = v["title_rx"].match(name)
    mm = _MEMBER_OF.match(name) if not tm else None
    if mm and is_org_name(mm.group("body")):
        title, name = "Member", mm.group("body")  # "Member of the Politburo": a seat on the body, not a body
    elif tm:
        rest = name[tm.end():]
        if rest.startswith(" of "):
            title = tm.group("title")
            rest_name = re.sub(r"^of (?:the )?", "", rest.strip())
            name = rest_name if is_org_name(rest_name) else ""
            if title in v["ministry_titles"]:  # "Minister of the Interior": the Ministry of the Interior
                name = office_body(title, rest.strip()[3:]) or name
            split = _office_then_person(rest.strip()[3:])
            if split:  # "Deputy Minister of Internal Affairs Bo Wu": the person (the post: _title_chains)
                name = split[1]
        elif rest.startswith(" for ") and tm.group("title") in v["ministry_titles"]:
            title = tm.group("title")  # "Minister for State Security": the Ministry for State Security
            name = office_body(title, rest.strip()[4:], "for")
        elif rest.startswith(" ") and looks_like_person(rest.strip()):
            title = tm.group("title")
            name = rest.strip()
        elif not rest.strip():
            title, name = tm.group("title"), ""
    elif not possessive:
        # "Harbour Bureau Director Ada Li", "Ruritania Chief Executive Bo Wu": the person, titled
        c = v["title_chain_rx"].match(name)
        if c and looks_like_person(c.group("person")) and not is_org_name(c.group("person")):
            title, name = c.group("title"), c.group("person")
    h = v["honorific_rx"].match(name)
    if h and looks_like_person(name[h.end():]):
        name = name[h.end():]  # "Captain Ada Li", "Sir Bo Wu": the person
    if " of " in name and not title:
        left = name.split(" of ")[0]
        h = v["honorific_rx"].match(left)
        person = left[h.end():] if h else left
        if looks_like_person(person) and not is_org_name(person) and (h or not is_org_name(name)):
            # "Lora Pena of Veldra", "Grand General Bo Wu of the Tide Army": the person (and where she
            # comes from or serves)
            name = person
    if name and not title:
        head = name.split(" of ")[0].split()
        if len(head) >= 2 and head[-1].casefold() in v["titles_cf"] and head[-1][:1].isupper() \
                and any(w in v["org_words"] for w in head[:-1]):
            # "Communist Party Secretary of Ulton", "Deputy Party Secretary": a post, not a body
            title, name = " ".join(head), ""
    pn = v["post_nominal_rx"].search(name)
    if pn and looks_like_person(name[:pn.start()]):
        name = name[:pn.start()]  # "Bo Wu KCB": the person without the letters after the name
    h = v["honorific_rx"].match(name)
    if h and looks_like_person(name[h.end():]):
        name = name[h.end():]  # "Sir Bo Wu KCB"
    acronym = bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", name))
    return Mention(start=s, end=e, surface=surface, name=name, title=title,
                   org=bool(name) and is_org_name(name), person=looks_like_person(name),
                   acronym=acronym, possessive=possessive)


def _merge_possessives(ms: list[Mention], clean: str, v: dict) -> list[Mention]:
    """ "A's B" -> one mention named "B of the A" (or just "B" when A is a country word)."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if m.possessive and i + 1 < len(ms) and clean[m.end:ms[i + 1].start].strip() == "" \
                and ms[i + 1].org:
            b = ms[i + 1]
            owner = re.sub(r"^The\s+", "", m.name)
            if m.title and not owner:  # "the Head of Ruritania's Harbour Bureau": the post, then the owner
                owner = re.sub(r"^.*?\bof\s+(?:the\s+)?|['’]s?$", "", m.surface).strip()
            one_word_place = " " not in owner and owner[:1].isupper() and owner not in v["org_words"] \
                and owner.casefold() not in v["titles_cf"] and " " in b.name
            if m.surface in v["nationality"] or m.name in ("China", "Beijing", "PRC") or one_word_place:
                name = b.name  # "Ruritania's Harbour Bureau": the bureau (its country tells it apart)
            else:
                name = f"{b.name} of the {owner}"
            out.append(Mention(start=m.start, end=b.end, surface=clean[m.start:b.end], name=name,
                               title=m.title or b.title, org=True, person=False))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_ABBREVIATED = re.compile(r"(?:^|[,;]\s*)(?:abbreviated|abbr\.|abbreviation|short|acronym)(?: as)?:?\s+(?P<a>[^,;()]{2,12}?)"
                          r"(?:,\s*(?P<b>[A-Z][A-Za-z0-9&]{1,9}))?\s*$")
_NATIVE_NAME = re.compile(r"[^\W\da-zA-Z_][^\W\da-zA-Z_\s-]*(?:[\s-][^\W\da-zA-Z_][^\W\da-zA-Z_\s-]*){0,5}")
# after the last name of a list: the clause ends, or "and"/"or" goes on with a name not read
_LIST_ENDS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[.;:]|$)")
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and|or|as well as)\s")
# between a name and a phrase that must follow it: a parenthesis, an age ("Ada Li, 63, as ...")
# ... or a birth clause and a short lower-case appositive ("Bo Wu, born on 2 May 1907, naturalised
# citizen, director of X"), and a stray full stop of a scan ("Bo Wu., director of X")
_ADJACENT_GAP = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:aged\s+)?\d{1,3}\s*)?(?:,\s*born\b[^,;()]{1,40})?"
                           r"(?:,\s*(?!(?:which|who|whom|whose|that|where|when|while|and|or|but|as|has|had|is|was)\b)"
                           r"(?-i:[a-z][a-z -]{2,30})(?=,))?,?\s*")
_BASED = re.compile(r"^(?P<place>[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,2})-based\s+(?P<rest>[A-Z].*)$")
_STATE_NOUN = re.compile(r" (government|authorities|regime|embassy|military|army|navy|secret police|intelligence service|security services?)\b(?!-)")
_GENERIC_BODY_NOUNS = frozenset({"group", "organization", "organisation", "body", "institution", "network"})
_MEMBER_POST = re.compile(r"^(?:(?:full|candidate|alternate|ordinary|permanent|standing|voting|elected) )?member "
                          r"of (?:the )?(?:\d{1,2}(?:st|nd|rd|th)(?:,| and|,? and)? )*(?P<body>[A-Z].+)$", re.I)
# ("Member of the 12th, 13th, 14th Secretariat": the convocations are no part of the body's name)
_SINGULAR_BODY = {"Ministries": "Ministry", "Agencies": "Agency", "Departments": "Department", "Committees": "Committee",
                  "Bureaus": "Bureau", "Offices": "Office", "Commissions": "Commission", "Councils": "Council",
                  "Directorates": "Directorate", "Parties": "Party", "Services": "Service"}
_PLURAL_BODY = re.compile(r"^(?P<w>" + "|".join(_SINGULAR_BODY) + r") of (?P<rest>.+)$")
_BODY_HEAD = re.compile(r"\b(?:Ministr\w*|Department\w*|Committee\w*|Bureau\w*|Office\w*|Agenc\w*|Council\w*|"
                        r"Commission\w*|Part(?:y|ies)|Service\w*|Institute\w*|Association\w*|University|Academy|"
                        r"Society|Foundation|Cent(?:er|re)\w*|Directorate\w*|Group\w*|League|Union|Front)\b")
_LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_LOWER_BODY = re.compile(r"(?<![\w-])(?P<body>(?:(?-i:[a-z][\w-]*) ){0,4}(?-i:service|agency|ministry|committee|department|"
                         r"bureau|directorate|office|council|commission|police|guard|front|league|union|association|"
                         r"society|federation|institute|administration|secretariat|corps|force|organi[sz]ation))\s*")
_ENUM_GAP = re.compile(r",\s+|,?\s+and\s+")


def _plural_bodies(ms: list[Mention], clean: str) -> list[Mention]:
    """ "the Ministries of Tides, Ports, and Fishing": one body each ("Ministry of Tides", ...);
    a plural body word with no "of" ("the Communist Parties") names a kind of body, not one."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        m = ms[k]
        pm = _PLURAL_BODY.match(m.name)
        if pm:
            word = _SINGULAR_BODY.get(pm.group("w"), pm.group("w")[:-1])
            out.append(Mention(start=m.start, end=m.end, surface=m.surface, name=f"{word} of {pm.group('rest')}",
                               org=True))
            while k + 1 < len(ms) and _LISTED_NEXT.fullmatch(clean, ms[k].end, ms[k + 1].start) \
                    and not _BODY_HEAD.search(ms[k + 1].name) and not ms[k + 1].person and not ms[k + 1].acronym:
                k += 1
                n = ms[k]
                out.append(Mention(start=n.start, end=n.end, surface=n.surface, name=f"{word} of {n.name}", org=True))
            k += 1
            continue
        words = m.name.split()
        if m.org and len(words) <= 3 and words[-1] in _SINGULAR_BODY and " of " not in m.name:
            k += 1
            continue  # "Communist Parties", "Foreign Ministries": no one body
        out.append(m)
        k += 1
    return out


def _lower_case_bodies(ms: list[Mention], text: str, clean: str, start: int, v: dict) -> list[Mention]:
    """ "the Ruritanian foreign intelligence service (RFIS)": a body written in lower case, named
    by the abbreviation in parentheses after it (a demonym may open it)."""
    out: list[Mention] = []
    for m in ms:
        if m.acronym and clean[m.start - 1:m.start] == "(" and clean[m.end:m.end + 1] == ")":
            lb = _LOWER_BODY.search(clean, max(start, m.start - 120), m.start - 1)
            if lb and lb.end() == m.start - 1 and not (out and out[-1].end > lb.start("body")):
                a = lb.start("body")
                if out and out[-1].end == lb.start("body") - 1 and _is_demonym(out[-1].name):
                    a = out.pop().start  # "Ruritanian foreign intelligence service"
                e = lb.end("body")
                out.append(Mention(start=a, end=e, surface=text[a:e], name=clean[a:e], org=True))
        out.append(m)
    return out


def _merge_enumerated(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Agency for Tides, Coastal Affairs and Fisheries (ATCAF)": one name whose object is a list.

    A name with an organisation word and "of"/"for", then ", B" parts and a last "and C" part,
    each without an organisation word or acronym, and a parenthesis (its abbreviation or another
    name) right after: a body named for several fields, not several names.
    """
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if m.org and not m.acronym and re.search(r"\b(?:of|for)\b", m.name) and " " in m.name:
            j, ended = i, False
            while j + 1 < len(ms):
                gap = clean[ms[j].end:ms[j + 1].start]
                g = _ENUM_GAP.fullmatch(gap)
                nxt = ms[j + 1]
                inner_and = " and " in nxt.name and not is_org_name(nxt.name.split(" and ")[0])
                if not g or (nxt.org and not inner_and) or nxt.acronym or nxt.title or nxt.possessive:
                    break
                j += 1
                if "and" in gap or inner_and:
                    ended = True
                    break
            if ended and _PAREN_AFTER.match(clean, ms[j].end):
                e = ms[j].end
                out.append(Mention(start=m.start, end=e, surface=text[m.start:e], name=clean[m.start:e].replace("\u00a0", " "),
                                   title=m.title, org=True))
                i = j + 1
                continue
        out.append(m)
        i += 1
    return out


def _anaphors(clean: str, start: int, end: int) -> list[Mention]:
    v = _v()
    out = []
    for m in v["anaphora_rx"].finditer(clean, start, end):
        w = m.group("w")
        # "it" only as a subject-like word, not "its"/"it." inside other words
        kind = v["anaphora_kind"].get(w.casefold()) or v["anaphora_kind"].get("the " + w.casefold().split()[-1])
        if kind is None:
            continue
        if w.casefold() == "it" and m.group("pos"):
            continue
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(), name="", anaphor=kind))
    return out


class _SentIndex:
    """One sentence's mentions and punctuation, looked up by bisection.

    Every trigger of a sentence asks "which name ends before this point", "is this point inside
    parentheses", "where does this clause start": answered here in logarithmic time, so a
    sentence with a trigger repeated many times costs linear time, not quadratic.
    """

    __slots__ = ("s", "clean", "base", "ments", "starts", "ends", "_opens", "_closes", "_semis", "_fit", "_backwards")

    def __init__(self, s: Sentence, ments: list[Mention]) -> None:
        self.s, self.clean, self.base = s, s.clean, s.start
        self.ments = ments
        self.starts = [m.start for m in ments]
        self.ends = [m.end for m in ments]  # mentions never overlap, so these are sorted too
        opens, closes, semis = [], [], []
        depth = 0
        for m in _PUNCT.finditer(self.clean):
            ch = m.group()
            if ch == "(":
                opens.append(m.start())
                depth += 1
            elif ch == ")":
                closes.append(m.start())
                depth = max(0, depth - 1)
            elif depth == 0:
                semis.append(m.start())
        self._opens, self._closes, self._semis = opens, closes, semis
        self._fit: dict[tuple[str, bool], list[int]] = {}
        self._backwards = ""

    def before(self, backwards: re.Pattern, rel: int) -> re.Match | None:
        """``backwards`` (a pattern written back to front) matched on the sentence read back from
        sentence offset ``rel``: what ``_X.search(clean, 0, rel)`` of a pattern ``_X`` anchored by
        ``$`` finds, in the time of the match instead of the time of reading the whole sentence
        before ``rel`` (once per trigger: quadratic in a sentence that repeats its trigger).

        The match is on the reversed sentence: its groups are reversed too.
        """
        if not self._backwards:
            self._backwards = self.clean[::-1]
        return backwards.match(self._backwards, max(0, len(self.clean) - rel))

    def in_parens(self, rel: int) -> bool:
        """``_in_parens(clean, rel)``: more "(" than ")" before ``rel`` (sentence offset)."""
        return bisect.bisect_left(self._opens, rel) > bisect.bisect_left(self._closes, rel)

    def last_semicolon(self, rel: int) -> int:
        """The last ";" outside parentheses before ``rel``, or -1."""
        k = bisect.bisect_left(self._semis, rel)
        return self._semis[k - 1] if k else -1

    def fitting(self, kind: str, org_only: bool = False) -> list[int]:
        """Indices of the mentions that can fill a slot of ``kind`` (anaphors always can);
        with ``org_only``, only those that are also an organisation or an anaphor."""
        key = (kind, org_only)
        if key not in self._fit:
            self._fit[key] = [k for k, m in enumerate(self.ments)
                              if (m.anaphor or _fits(m, kind)) and (not org_only or m.anaphor or m.org)]
        return self._fit[key]

    def ending_by(self, pos: int) -> int:
        """How many mentions end at or before document offset ``pos``."""
        return bisect.bisect_right(self.ends, pos)

    def starting_from(self, pos: int) -> int:
        """Index of the first mention starting at or after document offset ``pos``."""
        return bisect.bisect_left(self.starts, pos)


_PUNCT = re.compile(r"[();]")


# --------------------------------------------------------------------------- the extractor


def subject_name(title: str) -> tuple[str, str]:
    """The subject's name and abbreviation from a title like ``Full Name (ABBR)``.

    >>> subject_name("Bureau of Tests (BOT)")
    ('Bureau of Tests', 'BOT')
    >>> subject_name("Ministry of Tests (Ruritania)")
    ('Ministry of Tests', '')
    >>> subject_name("Bureau of Tests - BOT")
    ('Bureau of Tests', 'BOT')
    >>> subject_name("The Bureau of Tests, 1949"), subject_name("Bureau of Tests: 1950–1960")
    (('Bureau of Tests', ''), ('Bureau of Tests', ''))
    """
    # a heading's year ("The Bureau of Tests, 1949") and leading article are not the name
    title = re.sub(r"(?:,|:|\s[-–—])\s*(?:c\.\s*)?(?:1[6-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[6-9]|20)\d\d|\d\d))?\s*$", "", title.strip())
    title = re.sub(r"^The\s+(?=[A-Z])", "", title)
    m = re.match(r"^(?P<name>.+?)\s*(?:\((?P<abbr>[A-Z][A-Z0-9&]{1,9})\)|\s[-–—]\s(?P<abbr2>[A-Z][A-Z0-9&]{1,9}))\s*$",
                 title.strip())
    if m and m.group("abbr2"):
        return m.group("name").strip(), m.group("abbr2")  # "Tide Service - TS"
    if m:
        return m.group("name").strip(), m.group("abbr")
    return strip_disambiguator(title.strip()), ""


def extract_claims(doc: Document, *, reliability_factor: float = 1.0) -> list[Claim]:
    """All claims of a document, in document order, each with its context. Pure: the document
    in, claims out.

    ``char_start``, ``char_end`` and ``context_start`` count characters of the file as
    decoded (``doc.raw``, through ``doc.source_map``); ``evidence`` and ``context`` are the
    cleaned text the parser read (``doc.text``), identical to the file's slice when the reader
    cleaned nothing (plain UTF-8, ``\\n`` line ends, NFC, no markup)."""
    claims = _Extractor(doc, reliability_factor).run()
    _add_context(doc, claims)
    _to_file_offsets(doc, claims)
    return claims


def _to_file_offsets(doc: Document, claims: list[Claim]) -> None:
    """Move each claim's ``char_start``, ``char_end`` and ``context_start`` from the cleaned
    text (``doc.text``) to the file as decoded (``doc.raw``), through ``doc.source_map``; the
    ``evidence`` and ``context`` stay the cleaned text. A file cleaning did not change keeps
    its offsets."""
    m = doc.source_map
    if m.identity:
        return
    for c in claims:
        c.char_start, c.char_end = m.span(c.char_start, c.char_end)
        if c.context_start is not None:
            c.context_start = m.start(c.context_start)


#: the longest context kept whole (characters); a longer one is cut around the evidence
CONTEXT_MAX = 600


def claim_context(text: str, start: int, end: int, sentences: Sequence[tuple[int, int]] = (),
                  limit: int = CONTEXT_MAX) -> tuple[int, int]:
    """The span ``(a, b)`` of ``text`` a reader needs around the evidence ``text[start:end]``.

    It runs from the start of the sentence the evidence starts in to the end of the sentence
    it ends in (``sentences``: the document's sentence spans, in order, not overlapping); an
    end that lies in no sentence (an infobox field, a list entry, a title) extends to its line's
    start or end instead. Spaces at either end are left out. A context longer than ``limit``
    is cut around the evidence, at word boundaries, keeping about as much before the evidence
    as after it; nothing is ever added (no ellipsis), so ``text[a:b]`` is always the context, and
    it always holds the whole evidence (a longer evidence is its own context).

    >>> t = "Intro here. The Bureau of Tests was set up by the Ministry. Next one.\\nHeadquarters4 Main Road\\n"
    >>> sents = [(0, 11), (12, 59), (60, 69)]
    >>> a, b = claim_context(t, 16, 31, sents); t[a:b]
    'The Bureau of Tests was set up by the Ministry.'
    >>> a, b = claim_context(t, 70, 82, sents); t[a:b]
    'Headquarters4 Main Road'
    >>> a, b = claim_context(t, 16, 31, sents, limit=28); t[a:b]
    'The Bureau of Tests was set'
    """
    return _context_span(text, start, end, sentences, [s for s, _ in sentences], limit)


def _context_span(text: str, start: int, end: int, sentences: Sequence[tuple[int, int]], starts: list[int],
                  limit: int) -> tuple[int, int]:
    """:func:`claim_context` with the sentences' starts given (computed once per document)."""
    a, b = start, max(end, start)
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
        a = sentences[i][0]
    else:
        a = text.rfind("\n", 0, start) + 1
    last = max(end - 1, start)
    j = bisect.bisect_right(starts, last) - 1
    if j >= 0 and sentences[j][0] <= last < sentences[j][1]:
        b = max(b, sentences[j][1])
    else:
        nl = text.find("\n", end)
        b = len(text) if nl < 0 else nl
    while a < start and text[a].isspace():
        a += 1
    while b > end and text[b - 1].isspace():
        b -= 1
    if b - a <= limit:
        return a, b
    room = limit - (end - start)
    if room <= 0:
        return start, end
    before, after = start - a, b - end
    keep_before = min(before, room // 2)
    keep_after = min(after, room - keep_before)
    keep_before = min(before, room - keep_after)
    na, nb = start - keep_before, end + keep_after
    if na > a and not text[na - 1].isspace():  # cut inside a word: start at the next word
        while na < start and not text[na].isspace():
            na += 1
    if nb < b and not text[nb].isspace():  # cut inside a word: end at the previous one
        while nb > end and not text[nb - 1].isspace():
            nb -= 1
    while na < start and text[na].isspace():
        na += 1
    while nb > end and text[nb - 1].isspace():
        nb -= 1
    return na, nb


def _add_context(doc: Document, claims: list[Claim]) -> None:
    """Set each claim's ``context`` and ``context_start`` (see :func:`claim_context`). Claims on
    the same sentence share one string."""
    if not claims:
        return
    spans = sorted((s.start, s.end) for s in doc.sentences)
    spans += [(s.start, s.end) for b in doc.related for s in b.sentences]
    spans.sort()
    starts = [s for s, _ in spans]
    text = doc.text
    seen: dict[tuple[int, int], str] = {}
    for c in claims:
        a, b = _context_span(text, c.char_start, c.char_end, spans, starts, CONTEXT_MAX)
        ctx = seen.get((a, b))
        if ctx is None:
            ctx = seen[(a, b)] = text[a:b]
        c.context, c.context_start = ctx, a


class _Extractor:
    def __init__(self, doc: Document, reliability: float) -> None:
        self.d = doc
        self.text = doc.text
        self.clean = doc.clean or doc.text
        self.rel = reliability
        self.claims: list[Claim] = []
        self.subject, abbr = subject_name(doc.title) if doc.title else ("", "")
        self.subject_abbr = abbr
        self.office = ""  # the office an office page is about ("Head"), the title of its holders
        self._bodies_defined: set[str] = set()  # one-word names a dictionary entry says are bodies
        self.v = _v()

    # -- helpers
    def _conf(self, method: str, hedge: str) -> float:
        c = self.v["conf"]
        return round(c["method"][method] * c["hedge"][hedge] * self.rel, 3)

    def add(self, subject: str, relation: str, *, obj: str = "", value: str = "", span: tuple[int, int],
            method: str, section: str = "", refs: tuple[int, ...] = (), hedge: str = "stated",
            start: int | None = None, end: int | None = None, title: str = "",
            subject_kind: str = "", object_kind: str = "", subject_surface: str = "",
            object_surface: str = "", defining: bool = False) -> None:
        subject, obj = subject.strip(), obj.strip()
        if not subject or (not obj and not value) or subject == obj:
            return
        if self.v["bare_org_word"].fullmatch(subject) or (obj and self.v["bare_org_word"].fullmatch(obj)):
            return  # "Agency", "the Ministry": a word that names no body by itself
        if not _NAMEISH.search(subject) or (obj and not _NAMEISH.search(obj)):
            return  # "." or "," is not a name
        a, b = span
        for c in self.claims[-12:]:
            if (c.subject, c.relation, c.object, c.value) == (subject, relation, obj, value.strip()) \
                    and c.char_start < b and a < c.char_end and title in ("", c.title) \
                    and start in (None, c.start) and end in (None, c.end):
                return  # the same fact read twice (a second reading that adds a title or years is kept)
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        self.claims.append(Claim(
            subject=subject, relation=relation, object=obj, value=value.strip(), start=start, end=end,
            title=title, doc=self.d.doc, section=section, char_start=a, char_end=b,
            evidence=self.text[a:b], refs=refs, method=method, hedge=hedge,
            confidence=self._conf(method, hedge), subject_kind=subject_kind, object_kind=object_kind,
            subject_surface=subject_surface or subject, object_surface=object_surface or obj,
            defining=defining))

    def run(self) -> list[Claim]:
        d = self.d
        listed = _list_title(self.subject) if self.subject else None
        if listed:  # "List of Harbour Agency directors": the page lists the holders of a body's office
            self.office, self.subject = listed
            self.subject_abbr = ""
        office = _office_title(self.subject) if self.subject and not listed else None
        if office:
            # an office page ("Head of the Bureau of X"): the subject is the body the office
            # heads, named in the title or by the lead sentence ("... is the head of the Y")
            self.office, body = office
            derived = (_office_and_body(self.subject) or ("", ""))[1]
            lead = self._office_body(d.sentences[:3])
            self.subject = body if is_org_name(body) and (not lead or same_subject(lead, body)) else lead
            if not self.subject:  # "Minister of Home Affairs (Ruritania)": its ministry
                self.subject = derived
            self.subject_abbr = ""
        topic = bool(self.subject) and bool(self.v["topic_plural_rx"].search(self.subject))
        if not self.subject or not _entity_like(self.subject) or topic:
            # no title, or a title that is no name ("About the Harbour", a cut headline): the
            # subject is what the lead sentence defines ("The X (ABBR) is a ...")
            lead = next((x for x in map(self._defined_subject, d.sentences[:5])
                         if x and (_entity_like(x) or x in self._bodies_defined)
                         and not self.v["bare_org_word"].fullmatch(x)), "")
            if lead or topic or not self.subject or not name_like(self.subject) or _TOPIC_TITLE.match(self.subject):
                # "Chronology of secret police agencies", "Ruritania, Intelligence and Security": a title
                # that names nothing (a topic of an encyclopedia of countries)
                self.subject, self.subject_abbr = lead, ""
        if not self.subject and d.caption is not None:
            self.subject = d.caption.text  # no title and no defining sentence: the table's caption
        if self.subject and self.subject_abbr and d.title_span:
            self.add(self.subject, "alias", value=self.subject_abbr, span=(d.title_span.start, d.title_span.end),
                     method="infobox", defining=True)
        if self.subject and d.title_span and d.title and d.title.strip() != self.subject \
                and strip_disambiguator(d.title.strip()) == self.subject:
            # "Ministry of Tides (Ruritania)": the title as the page writes it tells this body apart
            self.add(self.subject, "alias", value=d.title.strip(), span=(d.title_span.start, d.title_span.end),
                     method="infobox")
        self._infobox()
        for s in d.native_names:
            self.add(self.subject, "name_zh", value=s.text, span=(s.start, s.end), method="infobox")
        self._lists()
        self._entries()
        self._offices()
        self._prose(d.sentences, self.subject, "pattern", first_defines=True)
        for b in d.related:
            self._blurb(b)
        return self.claims

    def _office_body(self, sentences: list[Sentence]) -> str:
        """The body a lead sentence says an office heads ("The X is the leader of the Y")."""
        for s in sentences:
            m = self.v["office_body_rx"].search(s.clean)
            if not m:
                continue
            after = [x for x in find_mentions(self.text, self.clean, s.start + m.end(), s.end,
                                              sentence_start=False) if x.org]
            if after and after[0].start - s.start - m.end() <= 1:
                return after[0].name
        return ""

    # -- infobox
    def _infobox(self) -> None:
        d, subj = self.d, self.subject
        if not subj:
            return
        pairs: dict[tuple[str, int], dict[str, Field]] = {}
        for f in d.fields:
            if f.role in ("leader_title", "leader_name"):
                pairs.setdefault((f.group, f.number), {})[f.role] = f
                continue
            values = f.values if f.role == "leader" else [p for v in f.values for p in split_values(v, f.split)]
            for v in values:
                span = (f.start, v.end)
                if span[1] - span[0] > 240:
                    span = (v.start, v.end)
                self._field_value(f.role, f.title, v, span, f.section if hasattr(f, "section") else "")
        for num in sorted(pairs):
            p = pairs[num]
            name_f, title_f = p.get("leader_name"), p.get("leader_title")
            if not name_f or not name_f.values:
                continue
            title = title_f.values[0].text if title_f and title_f.values else (name_f.title or "Leader")
            title = self.v["title_abbreviations"].get(title, title)  # "DG": Director-General
            v = name_f.values[0]
            a = min(name_f.start, title_f.start) if title_f else name_f.start
            person = looks_like_person(_strip_rank(_clean_person(v.text)))
            body = subj
            ob = _office_and_body(title) if title_f and person else None
            if ob and ob[0] in self.v["ministry_titles"] and not ob[1].startswith("Ministry"):
                ob = (ob[0], f"Ministry of {ob[1]}")  # "Minister of the Armed Forces": the Ministry of the Armed Forces
            if ob and is_org_name(ob[1]) and not same_subject(ob[1], subj) and ob[1] != self.subject_abbr:
                # "Minister1 Name: Bo Wu" / "Minister1 Pfo: Minister of Tides": the minister responsible, who
                # heads the ministry, not the agency
                title, body = ob
            if not (self._is_title(title) or self.v["title_end_rx"].search(title)) and person and name_f.title:
                # "Minister1 Name: Bo Wu" / "Minister1 Pfo: Minister for Special Affairs": the template's
                # office ("Minister") is the post
                title = name_f.title
            if self._is_title(title) or self.v["title_end_rx"].search(title) \
                    or any(self._is_title(t) for t in re.split(r"\s+(?:and|&)\s+|\s*/\s*", title)):
                # ("President and CEO": a post of two titles)
                for one in split_values(v, "comma"):
                    name = _strip_rank(_clean_person(one.text))
                    paren = re.search(r"\(([^()]*)\)\s*$", one.text)  # "Ada Li (1934–1936)": the term
                    y0, y1 = _term_years(paren.group(1)) if paren and _YEARISH.search(paren.group(1)) else (None, None)
                    if looks_like_person(name) or _single_name(name):
                        self.add(name, "leads", obj=body, title=title, span=(name_f.start, one.end),
                                 method="infobox", subject_kind="person", subject_surface=one.text,
                                 start=y0, end=y1)
            else:
                self.add(subj, "other_name", value=v.text, span=(a, v.end), method="infobox")

    def _is_post(self, text: str) -> bool:
        """An office, also one the vocabulary does not list whole ("Politics Supervisor"), also with
        its field in parentheses ("Deputy Director-General (Operations)")."""
        t = re.sub(r"\s*\([^()]{1,40}\)$", "", text.strip())
        return self._is_title(t) or (len(t.split()) <= 5 and bool(self.v["title_end_rx"].search(t)))

    def _is_title(self, text: str) -> bool:
        t = text.strip()
        return t.casefold() in self.v["titles_cf"] or bool(self.v["title_rx"].fullmatch(t))

    def _field_value(self, role: str, title: str, v: Span, span: tuple[int, int], section: str) -> None:
        subj = self.subject
        text = v.text
        if role in BODY_ROLES and not (text[:1].isupper() or text[:1].isdigit() or has_cjk(text[:1])):
            return  # "Part of a series on ...": a body's name starts with a capital
        if role in BODY_ROLES and (ot := _office_title(text)) and not is_org_name(ot[1]):
            return  # "Parent agency: President of Ruritania": an office, not a body
        if role in BODY_ROLES and "," in text and not role.startswith("leader"):
            pieces = split_values(v, "comma")
            if len(pieces) > 1 and all(is_org_name(p.text) for p in pieces):
                for p in pieces:  # "UNESCO, ECOSOC": several bodies in one value
                    self._field_value(role, title, p, span, section)
                return
        if role == "headquarters" and (g := _GLUED_PLACES.search(text)):
            # "ParisEast Berlin": two seats glued together
            cut = v.start + g.end()
            for p in (Span(text[:g.end()], v.start, cut), Span(text[g.end():], cut, v.end)):
                self._field_value(role, title, p, span, section)
            return
        y0 = y1 = None
        when = _WHEN_AFTER.search(text) if role in BODY_ROLES else None
        if when:  # "Ministry of Tides (1948–51, 1955–89)": the body, and when the tie held
            text = text[:when.start()]
            y0, y1 = _term_years(when.group(1).split(",")[0])
        if role in BODY_ROLES:  # "General Staff Department (partially)": a note in lower case is no part of the name
            text = re.sub(r"\s*\([a-z][^()]*\)$", "", text)
        if role in ("parent", "owner") and " via " in text:
            text = text.split(" via ")[0]  # "The Government via the Media Board": the parent, through a board
        if role in ("unit", "subsidiary"):
            # "Signals Division - radio monitoring", "Boarding Division (formerly Patrol Division) - raids": the unit
            text = re.sub(r"\s*\((?:formerly|previously|earlier|once)\b[^()]*\)", "", re.split(r"\s+[-–—]\s+", text)[0])
        abbr = _ABBR_AFTER.search(text) if role in BODY_ROLES else None
        if abbr and (sum(ch.isupper() for ch in abbr.group(1)) >= 2 or is_org_name(text[:abbr.start()])):
            # "Main Directorate of Camps (MDC) (1945 – 1946)": the body, and its abbreviation
            text = text[:abbr.start()]
            self.add(text, "alias", value=abbr.group(1), span=span, method="infobox")
        if role == "parent" or role == "jurisdiction" and is_org_name(text) and not _GOVERNMENT.match(text):
            # ("Jurisdiction: Ministry of the Interior": its parent; "Jurisdiction: Government of Ruritania": a state)
            self.add(subj, "subordinate_to", obj=text, span=span, method="infobox", start=y0, end=y1)
        elif role in ("subsidiary", "unit"):  # a unit named without a body word ("Coastal Patrols") is no person
            self.add(text, "subordinate_to" if role == "subsidiary" else "part_of", obj=subj, span=span, method="infobox", start=y0, end=y1,
                     subject_kind="state_body" if looks_like_person(text) else "")
        elif role == "affiliation" or role == "allegiance" and not looks_like_person(subj):
            if is_org_name(text):  # ("Allegiance: Ruritania": a state, not a body)
                self.add(subj, "affiliated_with", obj=text, span=span, method="infobox", start=y0, end=y1)
        elif role == "part_of":
            self.add(subj, "part_of", obj=text, span=span, method="infobox", start=y0, end=y1)
        elif role == "organ" and text[:1].isupper():  # "Main organ: Tide Herald": the subject publishes it
            words = set(re.findall(r"[\w'’]+", text))
            if (not words & self.v["org_words"] or words & self.v["publication_words"]) \
                    and not re.search(r"\b[A-Z]{2,}\b", text):  # ("Main organ: Congress", "Plenum of the HPC")
                self.add(subj, "publishes", obj=text, span=span, method="infobox", object_kind="publication")
        elif role == "publisher":
            self.add(text, "publishes", obj=subj, span=span, method="infobox")
        elif role in ("founder", "funder"):
            m = re.match(r"^(?P<who>.+?)\s+(?:to|until|till)\s+(?P<y>1[6-9]\d\d|20\d\d)$", text)
            who, end = (m.group("who"), int(m.group("y"))) if m else (text, None)
            if who[:1].isupper() and (is_org_name(who) or looks_like_person(who)):
                self.add(subj, "established_by" if role == "founder" else "funded_by", obj=who, end=end,
                         span=span, method="infobox")
        elif role in ("party", "office", "branch") and looks_like_person(subj):
            # a person page: the parties, assemblies and armed services the person belongs to
            m = re.match(r"^(?:Member of (?:the )?)(?P<b>[^,]+?)\s*(?:,.*)?$", text) if role == "office" else None
            body = m.group("b") if m else (text if role != "office" else "")
            if body[:1].isupper():
                kind = {"branch": "state_body", "party": "party_body"}.get(role, "") if looks_like_person(body) else ""
                self.add(subj, "part_of", obj=body, span=span, method="infobox", start=y0, end=y1,
                         object_kind=kind)
        elif role == "owner":
            self.add(subj, "controlled_by", obj=text, span=span, method="infobox")
        elif role == "leader":
            trail = re.search(r"(?:\s*\[\w{1,4}\])*\s*\.?\s*$", text)
            if trail and trail.start() < len(text):  # "Ada Lind (since March 3, 2020)[1].": markers and a full stop
                text = text[:trail.start()]
                v = Span(text, v.start, v.start + len(text))
            vb = _VERB_IN_VALUE.search(text)
            if vb and not re.search(r"[(;]", text[:vb.start()]):
                return  # "Bo Wu, Acting Head of X, is Chair of the board": a sentence under the key, no holder
                # ("Cy Rask (2000-2011), former minister; his father is ...": a holder and a note)
            since = _SINCE.match(text)
            if since:  # "since 12 May 2015" under the holder's name: when the term began
                last = self.claims[-1] if self.claims else None
                if last is not None and last.relation == "leads" and last.method == "infobox" \
                        and last.start is None and 0 <= v.start - last.char_end <= 2:
                    last.start = int(since.group("y"))
                    last.char_end, last.evidence = v.end, self.text[last.char_start:v.end]
                return
            if looks_like_person(subj) and not self.office:
                return  # a person page's "President Ada Li": whom the person served with, not a leader
            title = title or self.office or "Leader"
            lead_paren = re.match(r"^\([^()]{0,30}\)\s*|^[A-Z][A-Z0-9&]{1,9}\s+[-–—]\s+", text)
            # "(the last) Ada Li (1987-1989)", "UJC - Ada Li": the person after
            if lead_paren:
                v = Span(text[lead_paren.end():], v.start + lead_paren.end(), v.end)
            pieces = split_values(v, "comma")
            for k, one in enumerate(pieces):
                if self._is_post(one.text):
                    continue  # "Hu Wei, Deputy Minister": the title of the name before
                name = re.sub(r"\s*\([^)]*\)\s*$", "", one.text)
                paren = re.search(r"\(([^)]*)\)\s*$", one.text)
                t = title
                if k + 1 < len(pieces) and self._is_post(pieces[k + 1].text):
                    t, end = pieces[k + 1].text, pieces[k + 1].end
                elif paren and self._is_title(paren.group(1)):
                    t, end = paren.group(1), one.end
                else:
                    end = one.end
                name = _strip_rank(_clean_person(name))  # ("General Ada Li (Secretary General)": the person)
                if name in self.v["unknown"] or not looks_like_person(name) and not _single_name(name):
                    continue  # ("Classified, Colonel": the holder is not given)
                if k and " " not in name and looks_like_person(_clean_person(pieces[k - 1].text)) and \
                        self.text.count("\n", pieces[k - 1].end, one.start) == 0:
                    continue  # "Ada Li, Nonpartisan": a party or affiliation after the name
                y0, y1 = _term_years(paren.group(1)) if paren and _YEARISH.search(paren.group(1)) else (None, None)
                self.add(name, "leads", obj=subj, title=t, span=(span[0], end), method="infobox",
                         subject_kind="person", start=y0, end=y1)
        elif role in ("predecessor", "successor", "deputy") and looks_like_person(subj):
            # a person page: who held the office above before or after the person, or was deputy
            held = self._office_above(span[0])
            name = _clean_person(text)
            if held is None or not looks_like_person(name):
                return  # "Office created", "Position abolished": no one
            title, body, o = held
            if role == "deputy":
                own = re.search(r"\(([^()]*)\)\s*$", text)  # "Bo Wu (2003-2020)": the deputy's own term
                y0, y1 = _term_years(own.group(1)) if own and _YEARISH.search(own.group(1)) else \
                    (o.start_year, None if o.present else o.end_year)
                self.add(name, "leads", obj=body, title=f"Deputy {title}", span=span, method="infobox",
                         subject_kind="person", start=y0, end=y1)
            else:
                self.add(name, "leads", obj=body, title=title, span=span, method="infobox", subject_kind="person",
                         start=o.end_year if role == "successor" else None,
                         end=o.start_year if role == "predecessor" else None)
        elif role in ("predecessor", "successor"):
            # a body's predecessor or successor body (a one-word name too: "Preceded by Tidecom")
            if (is_org_name(text) or re.fullmatch(r"[A-Z][\w'’.&-]{2,}", text)) and not looks_like_person(text) \
                    and text not in self.v["unknown"]:
                a, b = (text, subj) if role == "predecessor" else (subj, text)
                self.add(a, "absorbed_into", obj=b, span=span, method="infobox")
        elif role == "headquarters":
            place, surface = _place_name(text)
            self.add(subj, "headquartered_in", obj=place, span=span, method="infobox", object_kind="place",
                     object_surface=surface)
        elif role == "founded":
            m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text)
            if m:
                self.add(subj, "founded", value=m.group(1), span=span, method="infobox")
        elif role in ("abbreviation", "alias", "former_name"):
            rel = "former_name" if role == "former_name" else "alias"
            m = re.match(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", text)
            parts = [m.group("a"), m.group("b")] if m else [text]
            for part in parts:
                self.add(subj, "name_zh" if has_cjk(part) and not re.search("[A-Za-z]", part) else rel,
                         value=part, span=span, method="infobox")
        elif role == "name_zh":
            self.add(subj, "name_zh", value=text, span=span, method="infobox")
        elif role == "other_name":
            self.add(subj, "other_name", value=text, span=span, method="infobox")
        elif role == "literal" and re.match(r"^Type\b", self.text[span[0]:span[1]], re.I):
            self.add(subj, "type", value=text, span=span, method="infobox")

    # -- lists
    def _lists(self) -> None:
        for it in self.d.lists:
            name = _person_in(it.name.text)
            if name in self.v["unknown"] or not (looks_like_person(name) or _single_name(name)
                                                 or person_name(name, 0) is not None):
                continue  # (the list reader's own test: a month may be a first name, "August Lind")
            # a list headed "Directors of the X" is about X, unless X is the subject by another name
            body = it.body if it.body and not (self.subject and same_subject(it.body, self.subject)) \
                else self.subject
            if not body:
                continue
            self.add(name, "leads", obj=body, title=it.title or self.office or "Leader", start=it.start_year,
                     end=None if it.present else it.end_year, span=(it.start, it.end), method="list",
                     section=it.section, subject_kind="person")

    @staticmethod
    def _held_post(o: Office) -> tuple[str, str] | None:
        """``(title, body)`` of a person page's office ("Minister of Tides" -> the Ministry;
        "4th Chairman of X" -> Chairman; "Full member of the X" -> Member, X)."""
        mm = _MEMBER_POST.match(o.post)
        if mm:
            return "Member", mm.group("body")
        office = _office_title(o.post)
        if not office:
            return None
        named = office[1]
        title, body = _office_and_body(o.post) or ("", "")
        body = body or (named if is_org_name(named) else "")
        # "Vice President of Ruritania": a state, not a body of the network
        return (title, body) if body and is_org_name(body) else None

    def _office_above(self, pos: int) -> tuple[str, str, Office] | None:
        """The office block a person page's field at ``pos`` belongs to: the last one above it."""
        above = [o for o in self.d.offices if o.start <= pos]  # (a succession box starts at its "Preceded by")
        tb = self._held_post(above[-1]) if above else None
        return (tb[0], tb[1], above[-1]) if tb else None

    def _offices(self) -> None:
        """A person page's offices: the person leads the body each office heads."""
        subj = self.subject
        if not subj or not looks_like_person(subj):
            return
        party = next((f.values[0].text for f in self.d.fields if f.role == "party" and f.values), "")
        party = re.sub(r"\s*\([^()]*\)\s*$", "", party)
        for o in self.d.offices:
            tb = self._held_post(o)
            if not tb:
                continue
            title, body = tb
            if self.v["bare_org_word"].fullmatch(body) and party:
                body = f"{body} of the {party}"  # "Member of the Politburo": the person's party's
            if title == "Member":
                self.add(subj, "part_of", obj=body, start=o.start_year, end=None if o.present else o.end_year,
                         span=(o.start, o.end), method="infobox")
                continue
            self.add(subj, "leads", obj=body, title=title, start=o.start_year,
                     end=None if o.present else o.end_year, span=(o.start, o.end), method="infobox",
                     subject_kind="person")

    def _entries(self) -> None:
        """Bodies listed as bullets: related to the subject as the heading above them says."""
        subj = self.subject
        if not subj or looks_like_person(subj):
            return
        for e in self.d.entries:
            rel = _entry_relation(e.section)
            name = e.name.text
            if e.parent and e.parent != name and is_org_name(e.parent) and is_org_name(name):
                # "• 6th Directorate – ... It had the following departments:" / "    • 1st Department": a unit's unit
                self.add(name, "part_of", obj=e.parent, span=(e.name.start, e.name.end), method="list", section=e.section)
                continue
            if not rel or not is_org_name(name) or name == subj:
                continue
            if rel == "affiliated_with" and self.v["ordinal_unit"].match(name):
                rel = "part_of"  # "• 2nd Main Directorate – ...": a numbered unit of the subject
            a, b = (subj, name) if rel == "funded_by" else (name, subj)
            self.add(a, rel, obj=b, span=(e.name.start, e.name.end), method="list", section=e.section)

    # -- blurbs
    def _blurb(self, b: Blurb) -> None:
        subj = strip_disambiguator(b.title.text) if b.title else ""
        first = b.sentences[0] if b.sentences else None
        defined = self._defined_subject(first) if first else ""
        if not subj:
            subj = defined
        if not subj:
            return
        if b.title and b.title.text != subj:
            self.add(subj, "alias", value=b.title.text, span=(b.title.start, b.title.end), method="related")
        if b.description:
            self.add(subj, "type", value=b.description.text, span=(b.description.start, b.description.end),
                     method="related")
        self._prose(b.sentences, subj, "related", first_defines=True)

    # -- prose
    def _defined_subject(self, s: Sentence) -> str:
        """The name a defining first sentence is about ("The X (ABBR) is a ...")."""
        return self._defined_names(s)[0]

    def _defined_names(self, s: Sentence) -> tuple[str, str]:
        """The name a defining first sentence is about, and the other name it gives with "or"
        ("The X or Y (ABBR) is a ..."): ``(X, Y)``, ``(X, "")`` or ``("", "")``."""
        ms = find_mentions(self.text, self.clean, s.start, s.end)
        if not ms:
            return "", ""
        m = ms[0]
        before = s.clean[:m.start - s.start].strip(" '\"“”")  # ("'''The X''' is": wiki bold marks)
        if before not in ("", "The", "the"):
            return "", ""
        other = ""
        om = re.match(r"\s*,?\s*or\s*(?:the\s+)?", self.clean[m.end:s.end])
        if om and len(ms) > 1 and ms[1].start == m.end + om.end() and ms[1].org:
            other, end = ms[1].name, ms[1].end  # "The Harbour Bureau or Harbour Directorate (HB) is"
        else:
            end = m.end
        after = self.clean[end:s.end]
        if _DICTIONARY_ENTRY.match(after):
            # "Tidecom, body of coastal cooperation set up by ...": a dictionary's entry, the name then the
            # kind of body it is (a one-word name is a body's then)
            self._bodies_defined.add(m.name)
            return m.name, other
        pa = _PAREN_AFTER.match(self.clean, m.end, s.end)
        if pa and " " in m.name and _abbreviation_in(pa.group("inner").split(";")[0].split(",")[-1]):
            self._bodies_defined.add(m.name)  # "The State Watch (Staatswacht, SW) of Veldra was ...": a body
        if re.match(r"^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*){0,3}(?:of (?:the )?[A-Z][\w'’-]*(?: (?:of |the |and )*[A-Z][\w'’-]*){0,6}\s*)?"
                    r"(?:,(?:[^,()]|\([^()]*\)){0,300},\s*)?(?:is|was|are|were|has been)\b", after):
            # "The X (ABBR) of Ruritania is ...": the name before the country or the parent it belongs to
            return m.name, other
        return "", ""

    def _prose(self, sentences: list[Sentence], subject: str, method: str, first_defines: bool) -> None:
        if sentences is self.d.sentences:
            self._field_phrases(subject)
        for k, s in enumerate(sentences):
            # a bullet's sentence ("• 2nd Directorate – ... Succeeded by X.") is said of its unit
            self._sentence(s, s.topic or subject, method, defining=(first_defines and k == 0))
            if s.clean.count("(") >= 3:
                self._inline_leaders(s, sentences[k - 1] if k else None, subject)

    def _title_chains(self, names: list[Mention], method: str, ctx: dict) -> None:
        """A body, an office and a person in one run of capitalised words: "Harbour Bureau
        Director Ada Li said", "HB Head Ada Li"."""
        for k, m in enumerate(names):
            surface = m.surface.replace("\u00a0", " ")
            if m.title and (not m.name or (m.org and " of " in surface)):
                # "Head of the powerful Harbour Bureau Bo Wu", "Secretary of the Tide Party (TP) Bo Wu":
                # the post, the body (after "of the" and at most two lower-case words), then the person
                body = m if m.name else names[k + 1] if k + 1 < len(names) else None
                if body is not None and body is not m and not (body.org and _TITLE_OF_GAP.fullmatch(
                        self.clean, m.end, body.start)):
                    body = None
                gap = _PAREN_GAP.match(self.clean, body.end) if body is not None else None
                person = next((n for n in names[k + 1:k + 4] if gap and n.start >= gap.end()), None)
                if gap and body is not None and person is not None and person.start == gap.end() and person.person \
                        and not person.title:
                    member = m.title == "Member"
                    self.add(person.name, "part_of" if member else "leads", obj=body.name, title="" if member else m.title,
                             span=(m.start, person.end), method=method, subject_kind="person", **ctx)
                    continue
            prev = next((p for p in names[max(0, k - 2):k][::-1]
                         if re.fullmatch(r"\s*\([^()]{1,60}\)\s*", self.clean[p.end:m.start])), None)
            if m.title and m.person and not re.search(r"\b(?:of|for)\b", surface) and prev is not None \
                    and (prev.org or prev.acronym):
                # "Harbour Bureau (HB) Director-General Ada Li resigned": the body, its abbreviation, the post
                self.add(m.name, "leads", obj=prev.name, title=m.title, span=(prev.start, m.end), method=method,
                         subject_kind="person", **ctx)
                continue
            om = self.v["office_rx"].match(surface)
            if om and _office_then_person(om.group("body")):  # "Deputy Minister of Internal Affairs Bo Wu said"
                chain_body = _office_of_chain(surface)
                if chain_body:
                    self.add(m.name, "leads", obj=chain_body, title=om.group("title"), span=(m.start, m.end),
                             method=method, subject_kind="person", **ctx)
                    self._posts_before(names, k, m, method, ctx)
                continue
            c = self.v["title_chain_rx"].match(surface)
            if not c:
                continue
            chain_body, holder = c.group("body"), _strip_rank(c.group("person"))
            if c.group("title").split()[-1] in self.v["ranks"]:
                continue  # "Army Corps General Ada Li": a rank, not a post of the body before it
            if (is_org_name(chain_body) or re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", chain_body)) and looks_like_person(holder):
                self.add(holder, "leads", obj=chain_body, title=c.group("title"), span=(m.start, m.end), method=method,
                         subject_kind="person", **ctx)

    def _post_of_a_later_person(self, ix: _SentIndex, body: Mention) -> bool:
        """Whether the post ending in ``body`` opens a list of posts run into a later person's name
        ("Secretary of Y, Chief Justice of Z Cy Rask")."""
        ments = ix.ments
        k = ix.starting_from(body.start)
        if k >= len(ments) or ments[k].start != body.start:
            return False
        prev = body
        for m in ments[k + 1:k + 6]:
            if not _POSTS_GAP.fullmatch(self.clean, prev.end, m.start):
                return False
            if m.title and m.person:
                return True
            if not (m.title and m.org):
                return False
            prev = m
        return False

    def _posts_before(self, names: list[Mention], k: int, person: Mention, method: str, ctx: dict) -> None:
        """ "Member of the X, Secretary of the Y and Minister of Z Ada Lind": the posts listed before
        the one run into the person's name are hers too (a seat as a member: part_of)."""
        nxt = names[k]
        for p in reversed(names[max(0, k - 6):k]):
            if not (p.title and p.org and p.name) or not _POSTS_GAP.fullmatch(self.clean, p.end, nxt.start):
                break
            member = p.title == "Member"
            self.add(person.name, "part_of" if member else "leads", obj=p.name, title="" if member else p.title,
                     span=(p.start, person.end), method=method, subject_kind="person", **ctx)
            nxt = p

    def _inline_leaders(self, s: Sentence, before: Sentence | None, subject: str) -> None:
        """A leader list written as one sentence: ``Ada Li (1948-50), Bo Wu (1950–1959) and
        Brigadier Cy Rask (May 1989– August 1990)``. Three or more such items make a list;
        its body is the subject, or what the sentence before names with a plural office
        ("the list of all the 22 XYZ Chiefs")."""
        items = [m for m in _INLINE_ITEM_ONE.finditer(s.clean)]
        if len(items) < 3:
            return
        body, title = subject, ""
        head = s.clean[:items[0].start()]
        for ctx_text in ((head,) if before is None else (head, before.clean)):
            m = self.v["plural_title_rx"].search(ctx_text) or _PLURAL_TITLE_LOWER.search(ctx_text)
            if m:
                title = _singular_title(m.group("title"))
                named = m.group("body") or _PLURAL_OF.match(ctx_text, m.end())
                if isinstance(named, re.Match):
                    named = named.group("body")  # "The directors of the Tide Office have been ..."
                if named and (not subject or not same_subject(named, subject)):
                    body = named
                break
        if not body:
            return
        known = self.__dict__.get("_people", {})
        for m in items:
            name = _strip_rank(m.group("name"))
            if " " not in name and name in known:
                name = known[name]  # "Harel (1948–52)": the person named in full before
            if not (looks_like_person(name) or 2 <= len(name.split()) <= 5 and
                    all(w[:1].isupper() for w in name.split()) and not is_org_name(name)):
                continue
            y0, y1 = _term_years(m.group("dates"))
            a = s.start + m.start("name") + (m.group("name").rindex(name) if name in m.group("name") else 0)
            self.add(name, "leads", obj=body, title=title or self.office or "Leader", start=y0, end=y1,
                     span=(a, s.start + m.end()), method="list", section=s.section, refs=s.refs,
                     subject_kind="person")

    def _field_phrases(self, subject: str) -> None:
        """An infobox value that is a phrase about the subject: "Status: External name of X"."""
        if not subject:
            return
        for f in self.d.fields:
            if f.role not in ("literal", "other_name"):
                continue
            for v in f.values:
                m = _FIELD_FRONT.match(v.text)
                if not m:
                    continue
                names = [x for x in find_mentions(self.text, self.clean, v.start + m.end(), v.end, sentence_start=False)
                         if x.name and (x.org or x.acronym)]
                if names:
                    self.add(subject, "front_for", obj=names[0].name, span=(f.start, names[0].end), method="infobox",
                             object_surface=names[0].surface)

    def _clause_hedges(self, s: Sentence, present: set):
        """``rel -> level``: the hedge of the clause holding sentence offset ``rel``.

        A hedge governs the clause it stands in ("X reports to Y, and analysts say it funds Z":
        only the second clause is reported); one in a sentence-initial phrase ("According to X,",
        "Reportedly,") governs the whole sentence.
        """
        v = self.v
        clean = s.clean
        found = []  # (position, level)
        for level in ("disputed", "alleged", "reported"):
            if present.isdisjoint(v["hedge_needles"][level]):
                continue
            for m in v["hedge_rx"][level].finditer(clean):
                if _NOT_A_HEDGE.match(clean, m.start()) and not _PASSIVE_BEFORE.search(clean, max(0, m.start() - 6),
                                                                                         m.start()):
                    continue  # "reported directly to": a line of command ("was reported to have": a hedge)
                found.append((m.start(), level))
        if not found:
            return lambda rel: "stated"
        order = {"stated": 0, "reported": 1, "alleged": 2, "disputed": 3}

        def rank(level: str) -> int:
            return order[level]
        bounds = [0]
        lead = _skip_lead_phrase(clean)
        sub = _LEAD_SUBORDINATE.match(clean)
        if sub:
            bounds.append(sub.end())
        bounds.extend(m.start() for m in _CLAUSE_SPLIT.finditer(clean) if m.start() > bounds[-1])
        bounds = sorted(set(bounds))
        whole = "stated"
        per = ["stated"] * len(bounds)
        for pos, level in found:
            if pos < lead and not sub:
                whole = max(whole, level, key=rank)
                continue
            k = bisect.bisect_right(bounds, pos) - 1
            per[k] = max(per[k], level, key=rank)

        def at(rel: int) -> str:
            return max(whole, per[bisect.bisect_right(bounds, rel) - 1], key=rank)
        return at

    def _hedge(self, s: Sentence, present: set) -> str:
        for level in ("disputed", "alleged", "reported"):
            if not present.isdisjoint(self.v["hedge_needles"][level]) and self.v["hedge_rx"][level].search(s.clean):
                return level
        return "stated"

    def _sentence(self, s: Sentence, subject: str, method: str, defining: bool) -> None:
        v = self.v
        names = [m for m in find_mentions(self.text, self.clean, s.start, s.end)
                 if m.surface.casefold() not in v["anaphora_kind"]]
        anas = _anaphors(self.clean, s.start, s.end)
        names = self._generic_names(names, anas, subject, s)
        self._surnames(names, subject)
        anas = _not_overlapping(anas, names)
        # "the party's Organisation Department": the anaphor only qualifies the name after it
        name_starts = {m.start for m in names}
        anas = [a for a in anas if not (a.surface.endswith(("'s", "’s"))
                                        and _next_nonspace(self.clean, a.end, s.end) in name_starts)]
        recent = self.__dict__.get("_recent_org", {})
        subject_words = {w.casefold() for w in subject.split()}
        first_org = self.__dict__.get("_first_org") or next((m.name for m in names if m.org and " " in m.name), "")
        self.__dict__["_first_org"] = first_org
        person_doc = looks_like_person(subject)
        if subject and not person_doc:
            for m in names:  # "the Mossad chief": a one-word name of the page's body is that body
                if not m.org and not m.person and m.name in (subject, self.subject_abbr):
                    m.org = True
        last_person = self.__dict__.get("_last_person", "")
        for a in anas:
            if a.anaphor == "person" and not person_doc:
                a.name = last_person  # "She was ..." in a page about a body or about no one: whom it named last
                continue
            # "the force" after "the Quds Force of X" (not the document's subject): that body
            noun = a.surface.split()[-1].capitalize() if " " in a.surface else ""
            a.name = recent[noun] if noun in recent and noun.casefold() not in subject_words else subject
            if not a.name and noun.casefold() in _GENERIC_BODY_NOUNS:
                a.name = first_org  # a page without a subject: "the group" is the body it opened with
        anas = [a for a in anas if a.name]  # no subject and no body named before: nothing to stand for
        ments = sorted(names + anas, key=lambda m: m.start)
        first_person = next((m.name for m in names if m.person and not m.org), "")
        if first_person:
            self.__dict__["_last_person"] = first_person
        # literal words of every pattern found in this sentence: patterns without one cannot match
        present: set[str] = set()
        for word in set(_LETTERS.findall(s.clean.lower())):
            present |= v["needles_in"](word)
        hedge_at = self._clause_hedges(s, present)
        self._hedge_at = hedge_at
        ctx = dict(section=s.section, refs=s.refs, hedge=hedge_at(0))
        lead_year = _lead_year(s.clean)

        # defining sentence: the subject named in full, and what kind of thing it is
        if defining and subject:
            ds, other = self._defined_names(s)
            if ds and not same_subject(ds, subject):
                ds = ""
            if ds and other:
                mo = [m for m in names if m.name == other][:1]
                if mo:
                    self.add(subject, "alias", value=other, span=(mo[0].start, mo[0].end), method=method,
                             defining=True, **ctx)
            if ds and ds != subject:
                ms = [m for m in names if m.name == ds][:1]
                if ms:
                    self.add(subject, "alias", value=ds, span=(ms[0].start, ms[0].end), method=method,
                             defining=True, **ctx)
            td = re.search(r"\b(?:is|was|are|were) (?:an?|the) (?P<t>[^,;()]{3,80}?)(?= (?:of|in|for|that|which|who|based|responsible|whose|with|from|under|used|tasked|operated|set up|established|founded|created|formed)\b| and (?:the |an? )?[A-Z]|[,;.]|$)",
                           s.clean)
            if td and ds:
                self.add(subject, "type", value=td.group("t"), span=(s.start, s.end), method=method, **ctx)

        self._aliases(s, names, subject, method, ctx, present)
        self._title_chains(names, method, ctx)
        for m in names:
            if m.based_in and m.org:
                self.add(m.name, "headquartered_in", obj=m.based_in, span=(m.start - len(m.based_in) - 7, m.end),
                         method=method, object_kind="place", subject_surface=m.surface, **ctx)
            pm = v["implied_parent"].match(m.name)
            if pm and is_org_name(pm.group("parent")):
                self.add(m.name, "subordinate_to", obj=pm.group("parent"), span=(m.start, m.end),
                         method=method, subject_surface=m.surface, **ctx)
        self._literals(s, ments, subject, method, ctx, present)

        sent_claims: list[Claim] = []
        ix = _SentIndex(s, ments)
        candidates = sorted({k for nd in present for k in v["phrases_of"].get(nd, ())})
        hits = sorted(((t.start(), k, v["phrases"][k], t) for k in candidates
                       for t in v["phrases"][k]["rx"].finditer(s.clean)),
                      key=lambda h: (h[0], h[1]))
        for _, _, p, t in hits:
            made = self._trigger(p, t, ix, subject, method, dict(ctx, hedge=hedge_at(t.start())), lead_year,
                                 sent_claims)
            sent_claims.extend(made)
            for c in made:
                if c.relation == "leads" and c.title:
                    self.__dict__.setdefault("_posts", {})[c.subject] = (c.title, c.object)

    def _surnames(self, names: list[Mention], subject: str) -> None:
        """One word that is part of a person's name given before ("Ada Morn ... Morn, 68, is") names
        that person: the most recent one whose first or last word it is."""
        known = self.__dict__.setdefault("_people", {})
        if not known and looks_like_person(subject):
            for w in (subject.split()[0], subject.split()[-1]):
                known[w] = subject
        v = self.v
        for m in names:
            if m.org or m.acronym or m.title or not m.name:
                continue
            h = v["honorific_rx"].match(m.name)  # "Brig Gen Morn"
            w = m.name[h.end():] if h else m.name
            if " " not in w and w in known:
                m.name, m.person = known[w], True
            elif m.person and not h and m.name.split()[-1] not in _PLACE_TAIL:
                # ("Veldran Empire" reads as two capitalised words, but names no one)
                for w in (m.name.split()[0], m.name.split()[-1]):
                    if w not in v["org_words"] and w.casefold() not in v["titles_cf"] and len(w) > 2:
                        known[w] = m.name

    def _generic_names(self, names: list[Mention], anas: list[Mention], subject: str, s: Sentence) -> list[Mention]:
        """ "the Agency": a body word alone, capitalised, after "the" names a body named before.

        In a document about the Federal Agency for X it is the subject (the name gives way to
        the anaphor "the agency"); else it is the last name of the document that holds that word
        ("the Foundation" after "the Lantern Foundation for Peace"). Names of two words or more
        are remembered here for that.
        """
        v = self.v
        recent = self.__dict__.setdefault("_recent_org", {})
        subject_words = {w.casefold() for w in subject.split()}
        ana_at = {a.start: a for a in anas}
        out = []
        for m in names:
            if " " not in m.name and m.name in v["org_words"] \
                    and self.clean[max(s.start, m.start - 4):m.start].casefold() == "the ":
                if m.name.casefold() in subject_words and (m.start - 4) in ana_at:
                    continue  # the anaphor "the agency" stands for the subject
                if m.name.casefold() not in subject_words and m.name in recent:
                    m.name = recent[m.name]
                    m.org = True
            else:
                body = m.name if m.org and " " in m.name else _office_of_chain(m.surface) if m.title else ""
                for w in body.split():  # ("Deputy Minister of Tides Bo Wu": the Ministry of Tides)
                    if w in v["org_words"]:
                        recent[w] = body
            out.append(m)
        return out

    def _aliases(self, s: Sentence, names: list[Mention], subject: str, method: str, ctx: dict,
                 present: set) -> None:
        v = self.v
        clean = s.clean
        # Full Name (ABBR; Chinese: X; pinyin: Y)  /  Name (Other Name)
        inside = -1  # where the parenthesis after the last name read ends: the names in it are its glosses
        for m in names:
            if m.start < inside:
                continue
            pm = _PAREN_AFTER.match(self.text, m.end, s.end)
            if not pm or not m.name:
                continue
            inside = pm.end()
            if _DATELINE_DASH.match(self.text, pm.end(), s.end):
                continue  # "ULTON, Ruritania (AP) — ...": a dateline names the wire service, no alias
            inner = pm.group("inner")
            span = (m.start, pm.end())
            inner = " ".join(inner.split())  # (a wrapped page's line breaks)
            dd = re.match(r"^(?P<n>[^;]+?)\s*--\s*(?P<a>[A-Z][A-Za-z]{1,9})$", inner)
            if dd:  # "(Direção de Informação -- DISA)": a name in the language, then the abbreviation
                inner = f"{dd.group('a')}; {dd.group('n')}"
            items = [x.strip() for x in inner.split(";")]
            first = items[0] if items else ""
            abbr = _abbreviation_in(first)
            ab_rest = re.match(r"^[A-Z][A-Za-z0-9&-]{1,9},\s*(?=[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*:)", first) if abbr else None
            if ab_rest:  # "(MH, Ulterian: Bo Hai)": the abbreviation, then the name in another language
                items.insert(1, first[ab_rest.end():])
            if abbr:
                owner = _abbr_owner(m.name, abbr)
                self.add(owner, "alias", value=abbr, span=span, method=method, **ctx)
            elif first and len(first.split()) >= 2 and ":" not in first and all(w[:1].isupper() or w in v["connectors"]
                                                                                for w in first.split()) \
                    and first.casefold() not in v["titles_cf"] and not v["title_rx"].match(first):
                na = re.fullmatch(r"(?P<n>[^,]+?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})", first)
                for val in ((na.group("n"), na.group("a")) if na else (first,)):
                    # "(Federal Tide Office, FTO)": a name in another language and its abbreviation
                    self.add(m.name, "alias", value=val, span=span, method=method, **ctx)
            elif (nb := re.fullmatch(r"(?P<n>[^,;:()]{3,60}?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})", first)) \
                    and sum(ch.isupper() for ch in nb.group("a")) >= 2 and (m.org or m.name in self._bodies_defined):
                # "(Staatswacht sluzhba, SS)": the name in its language, lower case and all, then the abbreviation
                for val in (nb.group("n"), nb.group("a")):
                    self.add(m.name, "alias", value=val, span=span, method=method, **ctx)
            elif m.org and _NATIVE_NAME.fullmatch(first):
                # "Tide Agency (Тидагентство)": the name in its own script
                self.add(m.name, "name_zh" if has_cjk(first) else "alias", value=first, span=span,
                         method=method, **ctx)
            if not abbr and m.org:
                for it in items[1:]:  # "(Ruritanian: Tidendienst; TS)": the abbreviation after the names
                    if re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", it) and sum(ch.isupper() for ch in it) >= 2:
                        self.add(_abbr_owner(m.name, it), "alias", value=it, span=span, method=method, **ctx)
            ab = _ABBREVIATED.search(inner)
            if ab and m.org:
                # "(Советский комитет, abbreviated СК, SK)": the abbreviations, and the native name before
                for a in (ab.group("a"), ab.group("b")):
                    if a:
                        self.add(m.name, "alias", value=a.strip(), span=span, method=method, **ctx)
                native = inner[:ab.start()].rstrip(" ,;")
                if native and _NATIVE_NAME.fullmatch(native):
                    self.add(m.name, "alias", value=native, span=span, method=method, **ctx)
            for it in items:
                # "(Chinese: X)", "(Russian: X; Ruritanian: Y)": the name in another language
                # ("Template:Lang-xx", "IPA: [..]", "File:x.jpg": a wiki's namespaces and markup, no language)
                km = re.match(r"^(?!(?:Template|IPA|File|Image|Category|Help|Wikipedia|Special|Portal|Module)\s*:)"
                              r"(lit\.|pinyin|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*:\s*(?P<val>[^:]+)$", it)
                if km and km.group("val").strip():
                    rel = "name_zh" if has_cjk(km.group("val")) else "alias"
                    if km.group(1).startswith("lit"):
                        continue
                    val = re.sub(r"^(?:[a-z_]{2,12}=[^|=]{0,20}\|)+", "", km.group("val").strip())  # ("link=no|X")
                    ab = re.match(r"^(?P<n>.+?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})$", val)
                    if ab and rel == "alias":  # "(French: Direction des Marées, DM)": a name and its abbreviation
                        self.add(m.name, "alias", value=ab.group("a"), span=span, method=method, **ctx)
                        val = ab.group("n")
                    na = re.fullmatch(r"(?P<n>.+?)\s*\((?P<a>[A-Z][A-Za-z0-9&]{1,9})\)", val)
                    if na:  # "(Ulterian: Bo Hai (BH))": the name in the language and its abbreviation
                        self.add(m.name, "alias", value=na.group("a"), span=span, method=method, **ctx)
                        val = na.group("n")
                    if rel == "name_zh" and "," in val and has_cjk(val.split(",")[0]):
                        val = val.split(",")[0].strip()  # ("(Chinese: 人民, Speaker.png listen (help))": the name)
                    tr = re.fullmatch(r"(?P<t>[^,]*[A-Za-z][^,]*?)\s*,\s*(?P<n>[^,]+)", val)
                    if tr and _NATIVE_NAME.fullmatch(tr.group("n")):
                        # "(Ulterian: Tide Office, Тидофис)": the name translated, then in its own script
                        native = tr.group("n")
                        self.add(m.name, "name_zh" if has_cjk(native) else "alias", value=native, span=span,
                                 method=method, **ctx)
                        val, rel = tr.group("t"), "alias"
                    self.add(m.name, rel, value=val, span=span, method=method, **ctx)
        # X, also known as Y
        for rx, rel, key in ((v["alias_rx"], "alias", "alias_phrases"),
                             (v["former_rx"], "former_name", "former_name_phrases")):
            if present.isdisjoint(v["extra_needles"][key]):
                continue
            nix = _SentIndex(s, names)
            for t in rx.finditer(clean):
                a = next((m for m in (names[k] for k in range(nix.ending_by(s.start + t.start()) - 1, -1, -1))
                          if m.name and not nix.in_parens(m.start - s.start)), None)
                b = next((m for m in (names[k] for k in range(nix.starting_from(s.start + t.end()), len(names)))
                          if m.name), None)
                if a is None or b is None:
                    continue
                gap_l = clean[a.end - s.start:t.start()]
                gap_r = clean[t.end():b.start - s.start]
                if " " not in a.name and not a.org and _is_demonym(a.name):
                    # "X is an Ulterian agency, commonly referred to as Y": the demonym only qualifies
                    # the kind of body; the other name is the sentence's subject's, when it opens it
                    opener = next((m for m in names if m.name), None)
                    if opener is None or opener.name != subject:
                        continue
                    a, gap_l = opener, ""
                if len(gap_l.strip(" ,()")) > 40 or gap_r.strip() not in ("", "the", "as", "as the"):
                    continue
                owner = a.name
                self.add(owner, rel, value=b.name, span=(a.start, b.end), method=method,
                         **dict(ctx, hedge=self._hedge_at(t.start())))
                k = names.index(b) + 1
                paren = _PAREN_AFTER.match(self.text, b.end, s.end)
                while paren and k < len(names) and names[k].start < paren.end():
                    k += 1  # ("the X (XA) or the Y": the abbreviation in between is no other name)
                while k < len(names) and _OR_NAME.fullmatch(clean, b.end - s.start, names[k].start - s.start) \
                        and names[k].name and names[k].org == b.org:
                    # "also known as the X (XA) or the Y": Y is another name too
                    b, k = names[k], k + 1
                    self.add(owner, rel, value=b.name, span=(a.start, b.end), method=method,
                             **dict(ctx, hedge=self._hedge_at(t.start())))
                if a.person and " " not in b.name and b.name[:1].isupper():
                    # "Ada Lind, also known as Tinka, ... Tinka had been chief": the nickname names her
                    self.__dict__.setdefault("_people", {})[b.name] = owner
        # changed its name from X to Y
        renames = list(v["rename_rx"].finditer(clean)) \
            if not present.isdisjoint(v["extra_needles"]["rename_pattern"]) else []
        if renames:
            # an anaphor before the phrase wins over a name ("it changed its name"), else the last name
            by_anaphor = self._left_subjects(_named_anaphors(self.clean, s, subject), s, "")
            by_name = self._left_subjects(names, s, subject)
            name_starts = [m.start for m in names]
        for t in renames:
            k0 = bisect.bisect_left(name_starts, s.start + t.end())
            right = [m for m in names[k0:k0 + 4] if m.name and not re.match(r"\s*:", self.clean[m.end:m.end + 3])][:2]
            # ("renamed the X (English: Y": "English" labels the gloss, it is no name)
            if re.search(r"\bas(?: the)?$", t.group()):
                # "was set up in 1957 as the X": the name right after "as" only ("as a body of Y": none)
                right = [m for m in right[:1] if m.org and m.start - (s.start + t.end()) <= 1]
            who = by_anaphor(t.start()) or by_name(t.start())
            if re.search(r"\band\s+$", clean[:t.start()]) and t.group().startswith(("was ", "were ")):
                # "X was founded in 1909 as a section of Y and was renamed Z": the clause's subject, X
                lead = _skip_lead_phrase(clean)
                k = bisect.bisect_left(name_starts, s.start + lead)
                opener = names[k] if k < len(names) and names[k].name and names[k].org else None
                if opener is not None and opener.end - s.start < t.start() \
                        and re.fullmatch(r"[\s'\"“”]*(?:the\s+)?", clean[lead:opener.start - s.start], re.I):
                    who = opener.name  # (only an article between the opening phrase and the name)
            year = _lead_year(clean)
            from_to = len(right) > 1 and re.search(r"\bto\b", self.clean[right[0].end:right[1].start])
            for k, m in enumerate(right):
                # "from X to Y": X was used until then, Y from then on ("renamed X (ABBR)": both new)
                former = bool(k == 0 and from_to)
                self.add(who, "former_name" if former else "alias", value=m.name, span=(s.start, m.end),
                         method=method, start=None if former else year, end=year if former else None, **ctx)

    def _literals(self, s: Sentence, ments: list[Mention], subject: str, method: str, ctx: dict,
                  present: set) -> None:
        v = self.v
        if not present.isdisjoint(v["extra_needles"]["newly_founded_pattern"]):
            self._newly_founded(s, ments, method, ctx)
        if present.isdisjoint(v["extra_needles"]["founded_pattern"]) and \
                present.isdisjoint(v["extra_needles"]["staff_pattern"]):
            return
        m = v["founded_lead_rx"].search(s.clean)
        left_subject = self._left_subjects(ments, s, subject)
        if m:
            # "Established in 1991 as the successor of X, it is ...": the name after the opening phrase
            lead = max(m.end(), _skip_lead_phrase(s.clean))
            after = [x for x in ments if x.start - s.start >= lead and x.name]
            who = after[0].name if after and (after[0].org or after[0].anaphor) else subject
            self.add(who, "founded", value=m.group("year"), span=(s.start, s.end), method=method,
                     **dict(ctx, hedge=self._hedge_at(m.start())))
        else:
            for m in v["founded_rx"].finditer(s.clean):
                who = left_subject(m.start())
                self.add(who, "founded", value=m.group("year"), span=(s.start, s.end), method=method,
                         **dict(ctx, hedge=self._hedge_at(m.start())))
        for m in v["staff_rx"].finditer(s.clean):
            who = left_subject(m.start())
            self.add(who, "staff", value=m.group("value").rstrip(","), span=(s.start, s.end), method=method,
                     **ctx)

    def _newly_founded(self, s: Sentence, ments: list[Mention], method: str, ctx: dict) -> None:
        """"In 1983, X was placed under the newly created Y": Y was founded in the year that opens
        the sentence (phrases.yaml ``newly_founded_pattern``; the body named right after the phrase)."""
        year = _lead_year(s.clean)
        if year is None:
            return
        for m in self.v["newly_founded_rx"].finditer(s.clean):
            k = bisect.bisect_left([x.start - s.start for x in ments], m.end())
            body = ments[k] if k < len(ments) else None
            if body is None or body.start - s.start != m.end() or not body.org or body.anaphor or not body.name:
                continue
            self.add(body.name, "founded", value=str(year), span=(s.start, s.end), method=method,
                     subject_surface=body.surface, **dict(ctx, hedge=self._hedge_at(m.start())))

    def _left_subject(self, ments: list[Mention], s: Sentence, pos: int, subject: str) -> str:
        """The last name (organisation, person or anaphor) of ``ments`` that ends before ``pos``."""
        return self._left_subjects(ments, s, subject)(pos)

    @staticmethod
    def _left_subjects(ments: list[Mention], s: Sentence, subject: str):
        """``pos -> name``: :meth:`_left_subject` for many positions of one sentence (``ments``
        in document order), each answered by bisection."""
        cands = [m for m in ments if m.name and (m.org or m.anaphor or m.person)]
        ends = [m.end - s.start for m in cands]

        def at(pos: int) -> str:
            k = bisect.bisect_right(ends, pos)
            return cands[k - 1].name if k else subject
        return at

    def _trigger(self, p: dict, t: re.Match, ix: _SentIndex, subject: str, method: str,
                 ctx: dict, lead_year: int | None, earlier: list[Claim]) -> list[Claim]:
        s, ments = ix.s, ix.ments
        rel, roles = p["relation"], p["roles"]
        ts, te = t.start() + s.start, t.end() + s.start
        clean = s.clean
        obj_kind = p.get("object_kind", "")
        subj_kind = p.get("subject_kind", "")
        if rel == "leads":
            subj_kind, obj_kind = "person", ""
        if _NEGATED.search(clean, max(0, t.start() - 60), t.start()):
            return []  # "was not directly subordinate to X", "has never been funded by X": said not to hold
        if roles == "succession":
            return self._succession(p, t, ix, subject, method, ctx, earlier)
        if p.get("continues"):
            # "... was elected president of X and chairman of Y": the person of the claim before
            same = [c for c in reversed(earlier[-20:]) if c.relation == rel]
            # the one whose person stands before the phrase ("headed by A, its founder, and by B")
            prev = next((c for c in same if 0 <= self.text.find(c.subject_surface or c.subject, c.char_start, ts)),
                        same[0] if same else None)
            if prev is None:
                return []
        if roles == "poss_title":
            # "Y was the Agency's first director": the body right before the phrase, the person
            # before it with is/was between
            orgs = self._left(ix, ts, obj_kind, adjacent=True, no_context=True, subject=subject)[-1:]
            if not orgs or not _names_subject(orgs[0], subject):
                return []
            k = ix.ending_by(orgs[0].start)
            person = ments[k - 1] if k else None
            if person is None or person.anaphor or not person.person or not _COPULA_BEFORE.fullmatch(
                    clean, person.end - s.start, orgs[0].start - s.start):
                return []
            roles, left, right = "inverse", orgs, [person]
            right_kind = subj_kind
            ts = person.start
        elif roles == "of_in":
            # "the headquarters of the X in Y": X right after the phrase, then "in", then the place
            orgs = self._right(ix, te, p.get("first_kind", ""), max_gap=0)[:1]
            # ("to lead the foreign intelligence service HIS": a lower-case description before an abbreviation)
            then = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,[^,;()]{1,80},\s*)?" + p.get("then", "in")
                              + r"\s+(?:the\s+)?(?:(?:[a-z][\w-]* ){1,4}(?=[A-Z]{2,}\b))?")
            im = then.match(clean, orgs[0].end - s.start) if orgs else None
            places = self._right(ix, im.end() + s.start, obj_kind, max_gap=0) if im else []
            if not places:
                return []
            roles, left, right = ("inverse" if p.get("inverse") else "forward"), orgs, places
            right_kind = obj_kind
        elif roles == "title_is":
            # "[the] current head of [the ruling] X is Y": X right after the phrase, then "is", then the person
            orgs = self._right(ix, te, obj_kind, max_gap=2)[:1]
            if not orgs:
                return []
            o = orgs[0]
            tm = _TITLE_IS.match(clean, o.end - s.start)
            appositive = tm is None and _TITLE_COMMA.match(clean, o.end - s.start)
            if appositive:  # "the head of X, Y, said": Y set off by commas, a person
                tm = appositive
            if not tm:
                return []
            te = tm.end() + s.start
            roles, left, right = "inverse", orgs, self._right(ix, te, subj_kind, max_gap=0)
            if appositive:
                right = right[:1] if right and right[0].person and _APPOSITIVE_END.match(
                    clean, right[0].end - s.start) else []
            if not right:
                return []
            right_kind = subj_kind
        # the name after the phrase
        else:
            right_kind = subj_kind if roles == "inverse" else obj_kind
        right_from = t.start("title") + s.start if p.get("right_from") == "title" and t.groupdict().get("title") else te
        if p.get("roles") in ("title_is", "poss_title", "of_in"):
            pass
        elif t.groupdict().get("object"):
            g0, g1 = t.start("object") + s.start, t.end("object") + s.start
            right = [Mention(start=g0, end=g1, surface=self.text[g0:g1], name=self.text[g0:g1], org=True)]
            ts = g0
        else:
            right = self._group_after(ix, te) if p.get("object_group") else []
            if not right:
                right = self._right(ix, right_from, right_kind, max_gap=p.get("max_gap", 8),
                                    person_anaphor=p.get("right_anaphor", False))
        # (the page's subject stands for the body only when it is one: a person page's person leads no one)
        body_subject = bool(subject) and not (rel == "leads" and looks_like_person(subject) and not is_org_name(subject))
        if not right and p.get("object_default") == "subject" and body_subject:
            right = [Mention(start=te, end=te, surface="", name=subject, anaphor="org")]
        # the name before it
        left_kind = obj_kind if roles == "inverse" else subj_kind
        if roles == "object_before":
            left_kind = obj_kind
        if p.get("roles") in ("title_is", "poss_title", "of_in"):
            pass
        elif p.get("object") == "subject":
            left = [Mention(start=ts, end=ts, surface="", name=subject, anaphor="org")] if body_subject else []
        elif p.get("continues") and prev is not None:
            left = [Mention(start=prev.char_start, end=prev.char_start, surface=prev.subject, name=prev.subject)]
        else:
            listed = self._listed_subjects(ix, ts, right) if roles == "forward" else []
            left = listed or self._left(ix, ts, left_kind, adjacent=p.get("adjacent", False),
                                        no_context=p.get("no_context", False), subject=subject)
        fell_back = bool(left) and left[0].anaphor == "org" and left[0].start == ts  # (no name before: the subject)
        lp = _LEAD_PARTICIPLE.match(clean) if (roles == "forward" and rel != "leads") \
            or (roles == "inverse" and fell_back) else None
        if lp and t.end() <= lp.end():
            # "Formed under the guidance of X in 1957, the Y developed ...": the participle is said of
            # the name after its comma; its object stands before that comma
            right = [m for m in right if m.end - s.start <= lp.end()]
            after = [m for m in ments[ix.starting_from(s.start + lp.end()):][:1] if m.name and not m.person]
            if after and (_fits(after[0], left_kind) or not left_kind and after[0].name[:1].isupper()):
                left = after
        made: list[Claim] = []
        if not right and p.get("fallback") == "copy_previous":
            prev = next((c for c in reversed(earlier[-50:]) if c.relation in (
                "operated_by", "funded_by", "controlled_by", "established_by", "subordinate_to")), None)
            if prev:
                c = prev
                n0 = len(self.claims)
                self.add(c.subject, rel, obj=c.object, span=(c.char_start, te), method=method,
                         start=c.start, **ctx)
                return self.claims[n0:]
            return made
        if roles == "pair":
            if any(c.relation == rel for c in earlier[-20:]):
                return made  # the sentence has already said which name is the cover ("X, the external name of Y, ...")
            pair = self._left(ix, ts, "", adjacent=False, no_context=True, subject=subject)
            if len(pair) < 2:
                pair = self._equated_after(ix, te)
            if len(pair) >= 2:
                a, b = pair[-2], pair[-1]
                if _operator_like(a.name) and not _operator_like(b.name):
                    a, b = b, a
                n0 = len(self.claims)
                self.add(a.name, rel, obj=b.name, span=(min(a.start, ts), max(te, b.end)), method=method, **ctx)
                return self.claims[n0:]
            return made
        if p.get("organ_of_subject") and left and subject:
            om_ = _ORGAN_OF.fullmatch(left[0].name) if not left[0].anaphor else None
            if left[0].anaphor or (om_ and (same_subject(om_.group("body"), subject)
                                            or om_.group("body") == self.subject_abbr)):
                # "The 1st HCS Committee included ...", "The board includes ...": the subject's own organ
                left = [Mention(start=left[0].start, end=left[0].end, surface=left[0].surface, name=subject,
                                anaphor="org")]
        if roles == "object_before" and left and not right:
            right = [Mention(start=te, end=te, surface="", name=subject, anaphor="org")]
        if not right or not left:
            return made
        if p.get("continues") and self._post_of_a_later_person(ix, right[0]):
            return made  # "A, Chairman of X, and Secretary of Y, Chief Justice of Z Cy Rask": Y is Cy Rask's
        if rel in ("leads", "subordinate_to", "part_of") and not right[0].anaphor and _UNNAMED_UNIT_OF.search(
                clean, max(0, te - s.start - 1), max(te, right[0].start) - s.start):
            return made  # "head of the information office of the State Council": of an unnamed office, not of X
        title = _singular_title((t.groupdict().get("title") or "").strip())
        if rel == "leads" and not title:
            # (a rank before the name is no post: "headed by Colonel Bo Wu")
            title = next((m.title for m in right + left if m.title and not self.v["honorific_rx"].fullmatch(m.title + " ")),
                         "") or p.get("title", "")
        if lead_year is not None and left:
            lead_end = _skip_lead_phrase(clean) + s.start
            k = ix.starting_from(lead_end)
            first_after = ments[k] if k < len(ments) else None
            if first_after is None or first_after.start != left[0].start and not left[0].anaphor:
                # one appositive may stand between ("After 2015, member of X, Y was appointed ...");
                # anything else may not ("In 2009, an article in X, published by Y, called Z ...")
                if first_after is None or left[0].start < lead_end or not _LEAD_APPOSITIVE.fullmatch(
                        clean, lead_end - s.start, left[0].start - s.start):
                    lead_year = None
            elif left[0].anaphor and first_after is not None and not first_after.anaphor:
                lead_year = None
        if p.get("no_lead_year") or (lead_year is not None and left and not left[-1].anaphor and
                                     _AFTER_COMMA.fullmatch(clean, left[-1].end - s.start, t.start())
                                     and not _FINITE.match(t.group())):
            # an appositive or a participle after a comma is not what the sentence dates
            # ("On 14 March, X, head of Y, ...", "In 2009, an article in X, published by Y, ...")
            lead_year = None
        if lead_year is not None and self.v["continuing_rx"].search(clean, _skip_lead_phrase(clean), t.start()):
            # "In 1999, X was placed under Y, maintaining ties to Z": the opening year dates the main
            # clause's event; a tie said to go on (a continuing participle before the phrase) did not begin then
            lead_year = None
        y0, y1, year_end = _years_near(clean, t.end(), lead_year)
        if lp and t.end() <= lp.end() < year_end:
            y0, y1 = None, None  # a year past the opening participle's comma dates the main clause, not this
        if rel == "leads" and y0 is None and y1 is None:
            for m in (*left, *right):  # "led by Y, who took office in 2020": when Y's term began
                took = None if m.anaphor else _TOOK_OFFICE.match(clean, m.end - s.start)
                if took:
                    y0 = int(took.group("y"))
                    break
        if p.get("continues") and y0 is None and prev is not None:
            y0 = prev.start  # "On 14 March 2013, X was elected A of B and C of D": both from then
        if rel in ("established_by", "absorbed_into", "part_of") and (yr := re.search(r"\d{4}", t.group())):
            y0 = int(yr.group())
        elif rel == "leads" and (inner := re.search(r"\b(?:1[6-9]|20)\d\d\b.*", t.group())):
            y0, y1 = _term_years(inner.group())  # "headed from 1955-1986 by X"
        if p.get("no_years"):
            y0, y1 = None, None
        span_start = min([m.start for m in left if not m.anaphor] + [ts]) if left else ts
        span_end = max(max(m.end for m in right), te)
        if year_end > t.end() and (y0 is not None or y1 is not None) and (year_end + s.start) - span_end < 60:
            span_end = max(span_end, year_end + s.start)  # the evidence holds "from 1990 to 1993"
        if left and left[0].anaphor:
            span_start = min(span_start, left[0].start)
        if left and left[-1].start > te:
            span_end = max(span_end, left[-1].end)  # "... funded by X include A and B": the list
        if lead_year is not None and y0 == lead_year:
            span_start = s.start  # the evidence holds the year it is dated with ("In 1983, ...")
        n0 = len(self.claims)
        person_doc = looks_like_person(subject)
        for lm in left:
            for rm in right:
                if roles == "forward":
                    sm, om = lm, rm
                elif roles == "inverse":
                    sm, om = rm, lm
                else:  # object_before
                    sm = Mention(start=ts, end=te, surface=subject, name=subject, anaphor="org")
                    om = lm
                    if rm is right[0] and om is lm:
                        pass
                if subj_kind == "person" and sm.anaphor and not (sm.anaphor == "person" and (person_doc or sm.name != subject)):
                    continue  # "it" in a person's slot: not a person this document names
                if rel == "leads" and ((not om.anaphor and om.name in self.v["org_words"])
                                       or (om.surface.endswith(("'s", "’s")) and not _names_subject(om, subject))):
                    continue  # "the Ministry's director", "the centre's director": which one the text does not say
                r = "part_of" if rel == "leads" and om.title == "Member" else rel  # ("Bo Wu, Member of the X")
                self.add(sm.name, r, obj=om.name, span=(span_start, span_end), method=method,
                         start=y0, end=y1, title=_title_case(title) if r == "leads" else "",
                         subject_kind=_kind_for(sm, subj_kind, p.get("subject_hint", "")),
                         object_kind=om.kind or _kind_for(om, obj_kind, p.get("object_hint", "")),
                         subject_surface=sm.name if (sm.anaphor or sm.title) else sm.surface,
                         object_surface=om.name if (om.anaphor or om.title) else om.surface, **ctx)
                if roles == "object_before":
                    break
            for extra in p.get("also", []):
                for rm in right:
                    sm, om = (lm, rm) if extra["roles"] == "forward" else (rm, lm)
                    r2 = extra["relation"]
                    if r2 == "leads" and not (sm.person or sm.anaphor == "person"):
                        continue  # a body among the founders leads nothing
                    self.add(sm.name, r2, obj=om.name, span=(span_start, span_end), method=method,
                             title=_title_case(title or "Founder") if r2 == "leads" else "",
                             subject_kind="person" if r2 == "leads" else "", **ctx)
        return self.claims[n0:]

    def _succession(self, p: dict, t: re.Match, ix: _SentIndex, subject: str, method: str, ctx: dict,
                    earlier: list[Claim]) -> list[Claim]:
        """ "Y succeeded Z as head of X in 1998", "Z was replaced by Y": Y leads X from then, Z until then.

        Without "as <title> [of X]" the post is the one the sentence has just given Z.
        """
        s, clean = ix.s, ix.clean
        ts, te = t.start() + s.start, t.end() + s.start
        passive = t.group().casefold().endswith(" by")
        bodies = self._body_succession(ix, ts, te, passive, subject, method, ctx)
        if bodies is not None:
            return bodies
        before = [m for m in self._left(ix, ts, "person", adjacent=False, no_context=True, subject=subject)
                  if not m.anaphor or (m.anaphor == "person" and m.name)][-1:]
        after = [m for m in self._right(ix, te, "person", max_gap=p.get("max_gap", 10)) if not m.anaphor][:1]
        # "to replace its chief, Z, with Y in 1969": Y the new holder, Z the old
        wm = _REPLACE_WITH.match(clean, after[0].end - s.start) if after and not passive else None
        repl = [m for m in self._right(ix, wm.end() + s.start, "person", max_gap=0) if not m.anaphor][:1] \
            if wm else []
        if repl:
            new, old, end = repl[0], after[0], repl[0].end
            pm = _ITS_POST.search(clean, te - s.start, after[0].start - s.start)
            if pm and self._is_title(pm.group("title")) and subject:
                return self._succeeded(new, old, pm.group("title"), subject, ix, ts, te, end, method, ctx, earlier)
        elif not before or not after:
            return []
        else:
            new, old = (after[0], before[0]) if passive else (before[0], after[0])
            end = after[0].end
        am = self.v["as_title_rx"].match(clean, end - s.start)
        bm = self.v["as_body_title_rx"].match(clean, end - s.start) if not am else None
        if bm and not self._is_title(bm.group("body")):
            org, title, end = bm.group("body"), bm.group("title"), bm.end() + s.start
        elif t.groupdict().get("body"):
            # "Z joined the Senate, being replaced at the HB by Y": the body the phrase names
            org = t.group("body")
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            title = prev.title if prev and prev.title else "Head"
        elif am:
            title, end = am.group("title"), am.end() + s.start
            if re.search(r"\bof(?:\s+the)?$", am.group(), re.I):
                orgs = self._right(ix, end, "", max_gap=1)[:1]
                if not orgs:
                    return []
                org, end = orgs[0].name, orgs[0].end
            else:
                org = subject
        else:
            # the post the sentence, or else the document, has just given the predecessor (or, "He
            # has replaced Z", the successor)
            prev = next((c for c in reversed(earlier[-20:]) if c.relation == "leads" and c.subject == old.name), None)
            posts = self.__dict__.get("_posts", {})
            new_post = posts.get(new.name)
            participle = t.group().casefold().startswith(("replacing", "succeeding"))
            if new_post and (re.match(r"(?i)(?:vice|deputy|assistant)\b", new_post[0])
                             or not participle and any(c.subject == new.name and c.relation == "leads" for c in earlier)):
                new_post = None  # "Y, a vice director of X, took over from Z": Z's post is another one
            post = (prev.title, prev.object) if prev else posts.get(old.name) or new_post
            if post is None:
                return []
            title, org = post
        if not org:
            return []
        return self._succeeded(new, old, title, org, ix, ts, te, end, method, ctx, earlier)

    def _succeeded(self, new: Mention, old: Mention, title: str, org: str, ix: _SentIndex, ts: int, te: int,
                   end: int, method: str, ctx: dict, earlier: list[Claim]) -> list[Claim]:
        """The two claims of a succession: ``new`` leads ``org`` from the year, ``old`` until it."""
        s, clean = ix.s, ix.clean
        title = _title_case(_singular_title(title))
        y0, _, year_end = _years_near(clean, end - s.start, None)
        old_since = None
        if y0 is not None and _IN_OFFICE_SINCE.match(clean, end - s.start):
            old_since, y0 = y0, None  # "replacing Z, in office since 2014": when Z began, not the change
        span_end = max(end, te, year_end + s.start if (y0 is not None or old_since) else 0)
        span = (min(new.start, old.start, ts), span_end)
        lead = _lead_year(clean)
        if y0 is None and lead is not None:
            # "In 1986, Z retired and was succeeded by Y": dated when Z is the first name after "In 1986,"
            k = ix.starting_from(_skip_lead_phrase(clean) + s.start)
            if k < len(ix.ments) and ix.ments[k].start == min(new.start, old.start):
                y0, span = lead, (s.start, span_end)
        if y0 is not None:
            for c in reversed(earlier[-20:]):
                if c.relation == "leads" and c.subject == old.name and c.object == org and c.end is None:
                    c.end = y0  # "The first head was Z, who was replaced by Y in 2012"
        self.__dict__.setdefault("_posts", {})[new.name] = (title, org)
        n0 = len(self.claims)
        self.add(new.name, "leads", obj=org, span=span, method=method, start=y0, title=title,
                 subject_kind="person", subject_surface=new.surface, **ctx)
        self.add(old.name, "leads", obj=org, span=span, method=method, start=old_since, end=y0, title=title,
                 subject_kind="person", subject_surface=old.surface, **ctx)
        return self.claims[n0:]

    def _listed_subjects(self, ix: _SentIndex, ts: int, right: list[Mention]) -> list[Mention]:
        """The names a clause lists as the subjects of a phrase said of a lower-case group:
        "Think tanks which have received funding from X include A, B and C" (A, B and C are
        funded by X), "Groups run by the X are the A and the B".

        The clause before the phrase names no one and holds a plural noun; after the phrase's
        object (and at most three lower-case words) comes "include"/"are"/"such as" and a list.
        """
        s, clean = ix.s, ix.clean
        if not right:
            return []
        k0 = ix.ending_by(ts)
        lo = ix.last_semicolon(ts - s.start) + 1
        if any(m.name and not m.anaphor and m.start - s.start >= lo and not _PLURAL_GROUP.fullmatch(m.name)
               for m in ix.ments[:k0]):
            return []  # a name before the phrase is its subject ("Fronts run by": a group, no name)
        if not _PLURAL_GROUP.search(clean, lo, ts - s.start):
            return []
        verb = _LIST_VERB.match(clean, right[-1].end - s.start)
        if not verb:
            return []
        out: list[Mention] = []
        pos = verb.end()
        for m in ix.ments[ix.starting_from(s.start + pos):]:
            if m.start - s.start < pos:
                continue  # the abbreviation in the parenthesis skipped below
            if not m.name or m.anaphor or not _LIST_GAP.fullmatch(clean, pos, m.start - s.start):
                break
            out.append(m)
            pos = m.end - s.start
            pm = re.match(r"\s*\([^()]{1,40}\)", clean[pos:])
            if pm:
                pos += pm.end()  # "the A (AA), the B"
        return out

    def _body_succession(self, ix: _SentIndex, ts: int, te: int, passive: bool, subject: str, method: str,
                         ctx: dict) -> list[Claim] | None:
        """ "The X was dissolved and succeeded by the Y", "the Y replaced the X": bodies, not people
        (the older absorbed into the newer). ``None`` when the names are not two bodies."""
        s = ix.s
        after = self._right(ix, te, "", max_gap=3)[:1]
        if not after or after[0].person:
            return None
        if ix.clean[ts - s.start:te - s.start].casefold().endswith("ing"):
            return []  # ", replacing the X": whose clause the participle closes the text does not mark
        before = self._left(ix, ts, "", adjacent=False, no_context=False, subject=subject)[-1:]
        if not before or before[0].person:
            return None
        new, old = (after[0], before[0]) if passive else (before[0], after[0])
        y0, _, _ = _years_near(ix.clean, te - s.start, _lead_year(ix.clean))
        n0 = len(self.claims)
        self.add(old.name, "absorbed_into", obj=new.name, span=(min(ts, before[0].start if not before[0].anaphor
                                                                    else ts), after[0].end),
                 method=method, start=y0, **ctx)
        return self.claims[n0:]

    def _group_after(self, ix: _SentIndex, pos: int) -> list[Mention]:
        """A group named in lower case right after ``pos``: "(to influence) foreign think tanks".

        A noun phrase of at most four words (after an optional "the"), ended by punctuation, a
        conjunction, a preposition, a verb or a capitalised name; demonyms may stand in it
        ("overseas Chinese", "Veldran journalists"). Its last word must be a plural or a group
        noun ("students", "diaspora"). Anything else (a pronoun, a gerund, "members of ...") is no
        group: the caller then looks for a name.
        """
        s = ix.s
        rel = pos - s.start
        window = ix.clean[rel:rel + 160]
        words: list[re.Match] = []
        the = False
        for m in _GROUP_TOKEN.finditer(window):
            w = m.group()
            if not w[0].isalpha():
                break  # punctuation ends the phrase
            lw = w.casefold()
            if not words and not the and lw == "the":
                the = True
                continue
            if w[0].isupper() and not _is_demonym(w):
                return []  # a name: the caller takes it
            if lw in _GROUP_STOP or (words and (lw.endswith("ing") or lw.endswith("ed") or lw in _GROUP_AFTER)):
                break  # "students abroad", "tanks funded by": the group is the words before
            if not words and (lw in _GROUP_NOT_FIRST or lw.endswith("ing")):
                return []
            words.append(m)
            if len(words) > 4:
                return []
        if not words:
            return []
        nxt = window[words[-1].end():].lstrip()
        if nxt.startswith(("of ", "'s ", "’s ")):
            return []  # "members of parliament": the phrase goes on
        head = words[-1].group().casefold()
        if head in _GROUP_ABSTRACT or not (
                head in _GROUP_NOUNS or (len(words) > 1 and _is_demonym(words[-1].group()))
                or (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is")))):
            return []
        a, b = s.start + rel + words[0].start(), s.start + rel + words[-1].end()
        surface = self.text[a:b]
        foreign = any(w.group().casefold() in _GROUP_FOREIGN or _is_demonym(w.group()) for w in words)
        return [Mention(start=a, end=b, surface=surface, name=" ".join(surface.split()),
                        kind="foreign" if foreign else "")]

    def _equated_after(self, ix: _SentIndex, pos: int) -> list[Mention]:
        """Two names after ``pos`` that the clause equates: "..., it is equivalent to the Y"."""
        s, ments = ix.s, ix.ments
        k = ix.starting_from(pos)
        cands = [m for m in ments[k:k + 6] if m.name and (m.org or m.acronym or m.anaphor == "org")]
        if len(cands) < 2 or cands[1].anaphor:
            return []
        a, b = cands[0], cands[1]
        if re.search(r"[;.]", ix.clean[pos - s.start:a.start - s.start]):
            return []
        if not _EQUATED.fullmatch(ix.clean[a.end - s.start:b.start - s.start]):
            return []
        return [a, b]

    def _right(self, ix: _SentIndex, pos: int, kind: str, max_gap: int = 8,
               person_anaphor: bool = False) -> list[Mention]:
        """The first fitting name after ``pos`` in the same clause, with names coordinated to it
        (``person_anaphor``: "he"/"she" may be that name)."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        out: list[Mention] = []
        joints: list[bool] = []  # whether "and" joins each further name to the one before
        k0 = ix.starting_from(pos)
        if k0 and ments[k0 - 1].end > pos and ments[k0 - 1].title and ments[k0 - 1].name \
                and not ments[k0 - 1].person:
            k0 -= 1  # "is the Director of the Tide Office": one run of capitals, the body after the title
        elif k0 and ments[k0 - 1].end > pos and ments[k0 - 1].title and not ments[k0 - 1].name \
                and kind not in ("person", "agent", "place"):
            return out  # "would become Director of Central Intelligence in 1953": an office, no body named
        for k in range(k0, len(ments)):
            m = ments[k]
            if m.anaphor and not (person_anaphor and m.anaphor == "person" and not out) \
                    and (m.anaphor != "org" or m.surface.casefold() in ("it", "its")):
                continue
            if m.anaphor == "org" and not out and k + 1 < len(ments) and not ments[k + 1].anaphor \
                    and re.fullmatch(r",\s*(?:the\s+)?", clean[m.end - s.start:ments[k + 1].start - s.start]):
                continue  # "the successor organization, the World Tide Federation": the name
            if not out:
                gap = clean[pos - s.start:max(pos, m.start) - s.start]
                if re.search(r"[;]|[.!?]\s|\b(?:which|who|whose|that|while|but|because|when|where)\b", gap):
                    break
                blocks = False
                if not _fits(m, kind) and not (kind == "place" and m.name and not m.name[:1].isdigit()):
                    # "under the authority of Bo Wu, the X", "Director of Central Intelligence in 1953 -
                    # launched the X": the first name after the phrase is its object, not X; a word
                    # that only qualifies what follows ("from across Ruritania as well as") is passed
                    blocks = m.name[:1].isupper() and not m.org and kind not in ("person", "agent", "name", "publication") \
                        and not m.title and not m.possessive and not _PAREN_AFTER.match(clean, m.end - s.start) \
                        and m.name not in self.v["months"] and not (
                            " " not in m.name and re.match(r"\s+[a-z]", clean[m.end - s.start:]))
                    if not blocks:
                        continue
                if len(gap.split()) > max_gap and not (len(gap.split()) <= 30 and _INCLUDING_END.search(gap)):
                    break  # "... with a number of organizations including the X": X, however far
                if blocks:
                    break
                if kind == "place" and _is_demonym(m.name) and re.match(r"\s+[a-z]", clean[m.end - s.start:]):
                    continue  # "in the isolated Asian country": no place's name
                if kind == "place" and m.possessive:
                    break  # "founded in Ruritania's capital": the place is the noun after it, unnamed
                if kind == "place" and re.search(r"\b\d{1,5}[a-z]?\s+$", gap) \
                        and re.match(r"\s*,?\s*in\s+(?-i:[A-Z])", clean[m.end - s.start:]):
                    continue  # "at 27 Boulevard Kessel in Ulton": a street address; the city after "in"
                if kind == "place":
                    place, surface = _place_name(_place_surface(self.text, m, s.end))
                    out.append(Mention(start=m.start, end=m.start + len(surface), surface=surface, name=place))
                    return out
                out.append(m)
                continue
            if m.title and not m.person:
                break  # "Chairman of A and Commander-in-Chief of B": B is of the second post, not listed with A
            last = out[-1]
            between = clean[last.end - s.start:m.start - s.start]
            if re.fullmatch(r"\s*\(", between) and clean[m.end - s.start:m.end - s.start + 1] == ")":
                continue  # "the Widget Union (WU), the ...": the abbreviation of the name before
            if ix.in_parens(m.start - s.start) and not ix.in_parens(last.start - s.start) \
                    and re.match(r"\s*\(", between):
                continue  # "A (as B was then known), C and D": a name said in passing about A
            between = re.sub(r"^\s*\([^()]*\)", "", between)
            # a one-word name listed with bodies is a body too ("the Ministry of X, the Securitate, and")
            listed_body = not kind and out[0].org and " " not in m.name and m.name[:1].isupper() \
                and not m.person and m.name not in self.v["months"]
            if len(out) < _MAX_COORDINATED and (_fits(m, kind) or listed_body) and not m.anaphor \
                    and not m.possessive and \
                    _COORDINATED.fullmatch(between):
                out.append(m)
                joints.append(bool(re.search(r"\b(?:and|as well as)\b", between)))
            else:
                break
        prep = ix.before(_PREP_BEFORE_BACKWARDS, pos - s.start) if out else None
        again = re.compile(_APPOSITIVE_THEN + prep.group("p")[::-1] + r"\s+(?:the\s+)?") if prep else None
        am = again.match(clean, out[-1].end - s.start) if again else None
        if am:  # "headed by A, a veteran and its founder, and by B": the preposition says it again
            k = ix.starting_from(am.end() + s.start)
            if k < len(ments) and ments[k].start == am.end() + s.start and _fits(ments[k], kind) \
                    and not ments[k].anaphor:
                out.append(ments[k])
                joints.append(True)
        if len(out) == 2 and not joints[-1] and not _LIST_GOES_ON.match(clean, out[-1].end - s.start) \
                and not _LIST_ENDS.match(clean, out[-1].end - s.start):
            # "A, B" with no "and" closing it, going on with a verb, is no list ("X, the Ministry of
            # Y confirmed"): the first name
            last_and = max((k for k, j in enumerate(joints) if j), default=-1)
            out = out[:last_and + 2]
        return out

    def _left(self, ix: _SentIndex, pos: int, kind: str, *, adjacent: bool,
              no_context: bool, subject: str) -> list[Mention]:
        s, clean, ments = ix.s, ix.clean, ix.ments
        fit = ix.fitting(kind)
        # the candidates: fitting names that end before ``pos``, not back over a semicolon
        hi = bisect.bisect_left(fit, ix.ending_by(pos))
        semi = ix.last_semicolon(pos - s.start)
        lo = bisect.bisect_left(fit, ix.starting_from(s.start + semi + 1)) if semi >= 0 else 0
        if adjacent:
            # only a name right before the phrase (names in a parenthesis before it may lie between)
            keep = []
            for j in range(hi - 1, max(lo, hi - 8) - 1, -1):
                m = ments[fit[j]]
                if _ADJACENT_GAP.fullmatch(clean[m.end - s.start:pos - s.start]):
                    keep.append(j)
                elif pos - m.end > 400:
                    break
            cand_idx = keep[::-1]
        else:
            cand_idx = None
        if (cand_idx is not None and not cand_idx) or (cand_idx is None and hi <= lo):
            if no_context or adjacent or not subject or (kind == "person" and not looks_like_person(subject)):
                return []  # no name before the phrase; an organisation never "leads" as a person
            return [Mention(start=pos, end=pos, surface=subject, name=subject, anaphor="org")]
        j = cand_idx[-1] if cand_idx is not None else hi - 1
        m = ments[fit[j]]
        if ix.in_parens(m.start - s.start):
            # "The Full Name (ABBR; ...) is ...": the name before the parenthesis is the subject
            first_j = cand_idx[0] if cand_idx is not None else lo
            for jj in range(j - 1, max(first_j, j - 30) - 1, -1):
                if cand_idx is not None and jj not in cand_idx:
                    continue
                c = ments[fit[jj]]
                if c.end <= m.start and not ix.in_parens(c.start - s.start):
                    if _PAREN_THEN_PREDICATE.fullmatch(clean, c.end - s.start, pos - s.start):
                        m, j = c, jj
                    break
        first_j0 = cand_idx[0] if cand_idx is not None else lo
        prev_j = j - 1
        while prev_j >= max(lo, j - 8) and ix.in_parens(ments[fit[prev_j]].start - s.start):
            prev_j -= 1  # past "(ABBR)" (a few names at most: no walk back over a whole sentence)
        if prev_j >= lo and (c := ments[fit[prev_j]]).org and not m.person \
                and not ix.in_parens(c.start - s.start) \
                and _ABBR_OF.fullmatch(clean, c.end - s.start, m.start - s.start):
            # "The Harbour Commission (HC) of the Ruritanian Party is a body of ...": the commission
            m, j = c, prev_j
        if cand_idx is None and j > first_j0 and ix.before(_KIN_BEFORE_BACKWARDS, m.start - s.start) \
                and clean[m.end - s.start:m.end - s.start + 1] == ",":
            # "Ada Li, the wife of Bo Wu, served as ...": the name before the appositive
            j -= 1
            m = ments[fit[j]]
        if _MODIFIER_OF_UNIT.match(clean, m.end - s.start, pos - s.start) and kind != "person":
            # "as a Harbour Army intelligence unit headed by Y": the name qualifies an unnamed unit
            return [] if no_context or not subject else [Mention(start=pos, end=pos, surface=subject, name=subject,
                                                                 anaphor="org")]
        between = clean[max(m.end - s.start, pos - s.start - _MAX_LOOKBACK):pos - s.start]
        # "X is affiliated with Y and operates under Z", "X is an office of Y and an external name of
        # Z": the subject of the second predicate is X
        if re.search(r"\band (?:[a-z]+ly )?(?:is|was|are|were|has|have|had|also|[a-z]+s|[a-z]+ed)\b|,\s*[a-z]+ing\b", between) \
                or _AND_BEFORE.fullmatch(between):
            lead = _skip_lead_phrase(clean)
            orgs = ix.fitting(kind, org_only=kind != "person")
            first_k = ix.starting_from(s.start + lead)
            q = bisect.bisect_left(orgs, first_k)
            lo_k = fit[cand_idx[0]] if cand_idx is not None else (fit[lo] if lo < len(fit) else len(ments))
            q = max(q, bisect.bisect_left(orgs, lo_k))
            while q + 1 < len(orgs) and ments[orgs[q]].possessive:
                q += 1  # "Bo Wu's son Cy Wu joined ... and was promoted": the son
            last_k = fit[cand_idx[-1]] if cand_idx is not None else fit[hi - 1]
            if q < len(orgs) and orgs[q] <= last_k and (cand_idx is None or bisect.bisect_left(fit, orgs[q]) in cand_idx):
                j = bisect.bisect_left(fit, orgs[q])
                m = ments[fit[j]]
        out = [m]
        # coordinated subjects: "the X and Y finance Z"
        first_j = cand_idx[0] if cand_idx is not None else lo
        rel_clause = _SINGULAR_RELATIVE.fullmatch(clean, m.end - s.start, pos - s.start)
        if rel_clause and re.match(r"(?:was|is|has)\b", clean[rel_clause.end():] if rel_clause.group("verb") is None
                                   else rel_clause.group("verb")):
            first_j = j  # "A and the B, which was absorbed by C": the relative clause is said of B alone
        while j > first_j and len(out) < _MAX_COORDINATED:
            if cand_idx is not None and (j - 1) not in cand_idx:
                break
            prev = ments[fit[j - 1]]
            between = clean[prev.end - s.start:out[0].start - s.start]
            if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", between) and not prev.anaphor \
                    and not out[0].anaphor:  # "..., it is based in Y": no list ends in "it"
                out.insert(0, prev)
                j -= 1
            else:
                break
        if len(out) == 2 and ix.before(_CONTRASTED_BACKWARDS, out[0].start - s.start):
            out = out[1:]  # "In contrast to A, B has ...": A is set against B, not listed with it
        elif len(out) == 2 and not re.search(r"\band\b", clean[out[0].end - s.start:out[1].start - s.start]) \
                and re.match(r"\s*,", clean[out[1].end - s.start:pos - s.start]):
            out = out[:1]  # "HCS, the Harbour Cultural Society, was ...": one body and its apposition
        if m.anaphor and not m.name:
            m.name = subject
        return [x for x in out if x.name]


# "X (ABBR) ", "X (ABBR) of Ruritania, ", "X (an acronym for ...), or Y, was an entity ": from the name
# before a parenthesis to a predicate said of it
_PAREN_THEN_PREDICATE = re.compile(r"\s*\([^()]*\)\s*(?:of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\s*)?,?\s*"
                                   r"(?:(?:or [^,()]{1,80},\s*)?(?:is|was|are|were) (?:an?|the) (?:[a-z-]+ ){0,4})?")
_VERB_IN_VALUE = re.compile(r",?\s(?:is|was|are|were|has been|had been|will be)\s")
_DICTIONARY_ENTRY = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:body|organi[sz]ation|"
                               r"agency|service|group|bureau|council|union|association|society|committee|department|"
                               r"institute|foundation|party|front|league|byname|abbreviation|in full)\b")
_ABBR_OF = re.compile(r"\s*\([A-Z][\w&.-]{1,9}\)\s*of\s+(?:the\s+)?|\s*\([^()]*\)\s*,\s*or\s+(?:the\s+)?")
_CONTRASTED = re.compile(r"(?:^|[,;]\s*)(?:[Ii]n contrast to|[Uu]nlike|[Aa]s opposed to|[Cc]ompared (?:with|to)|"
                         r"[Aa]part from|[Ee]xcept for|[Rr]ather than|[Ii]nstead of)\s+(?:the\s+)?$")
_KIN_BEFORE = re.compile(r",\s*(?:the |a |an |his |her |their )?(?:[a-z][\w-]* ){0,2}?(?:wife|husband|widow|son|daughter|"
                         r"father|mother|brother|sister|nephew|niece|cousin|protégé|protege|friend|ally|aide|"
                         r"deputy|rival|colleague|successor|predecessor) of\s+(?:the\s+)?$")
# The two patterns above (and _PREP_BEFORE below), which end in "$", written back to front to be
# matched on the reversed sentence (_SentIndex.before): "In contrast to the " read backwards starts
# "eht ot tsartnoc nI". The forward ones stay as their readable form; tests/test_hostile.py checks
# that both find the same on random text, so change them together.
_CONTRAST_WORDS = ("[Ii]n contrast to", "[Uu]nlike", "[Aa]s opposed to", "[Cc]ompared (?:with|to)", "[Aa]part from",
                   "[Ee]xcept for", "[Rr]ather than", "[Ii]nstead of")
_KIN_WORDS = ("wife", "husband", "widow", "son", "daughter", "father", "mother", "brother", "sister", "nephew", "niece",
              "cousin", "protégé", "protege", "friend", "ally", "aide", "deputy", "rival", "colleague", "successor",
              "predecessor")


def _backwards_words(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` spelt back to front (``[Ii]n`` -> ``n[Ii]``, ``(?:with|to)`` -> ``(?:htiw|ot)``)."""
    def back(w: str) -> str:
        parts = re.findall(r"\[[^]]*\]|\(\?:[^)]*\)|.", w)
        return "".join(p if p.startswith("[") else "(?:" + "|".join(a[::-1] for a in p[3:-1].split("|")) + ")"
                       if p.startswith("(?:") else p for p in reversed(parts))
    return "|".join(back(w) for w in words)


_CONTRASTED_BACKWARDS = re.compile(r"(?:\s+eht)?\s+(?:" + _backwards_words(_CONTRAST_WORDS) + r")(?:\s*[,;]|\Z)")
_KIN_BEFORE_BACKWARDS = re.compile(r"(?:\s+eht)?\s+fo (?:" + _backwards_words(_KIN_WORDS) + r")(?: [\w-]*[a-z]){0,2}"
                                   r"(?: eht| a| na| sih| reh| rieht)?\s*,")
_FIELD_FRONT = re.compile(r"(?:an? |the )?(?:external|public|cover|outward[- ]facing) "
                          r"(?:name|face|identity|nameplate|signboard) (?:of|for) ", re.I)
_GROUP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\s]")
_GROUP_STOP = frozenset(
    "of and or but nor as in on at to for from with by through into onto across within without including "
    "such like that which who whom whose where when while whether than via against about under over "
    "between among amongst around during after before since until is are was were be been being has "
    "have had will would can could may might should must do does did also both either include includes "
    "included remain remains become became".split())
_GROUP_NOT_FIRST = frozenset(
    "a an its their his her this these those some such other others them it him us you me our your "
    "any each every all many more most several certain same own one two three what how whom".split())
_GROUP_NOUNS = frozenset(
    "community diaspora movement public elite media establishment academia society youth "
    "leadership government parliament population sector industry intelligentsia clergy electorate "
    "press audience people".split())
_GROUP_AFTER = frozenset("abroad overseas worldwide internationally".split())
_GROUP_FOREIGN = frozenset("foreign overseas international abroad western global".split())
# plural heads that name no group of people: "to influence policy decisions", "to influence operations"
_GROUP_ABSTRACT = frozenset(
    "operations activities campaigns efforts decisions policies elections debates narratives perceptions "
    "views outcomes affairs relations interests events discussions agendas matters issues results processes "
    "developments trends politics economics measures means methods tactics goals aims ways things markets "
    "sales profits funds resources".split())


def _is_demonym(word: str) -> bool:
    """A capitalised people word that may stand in a lower-case group ("overseas Chinese")."""
    return word[:1].isupper() and (word in _v()["nationality"] or bool(_v()["demonym_rx"].match(word.casefold())))


_UNNAMED_UNIT_OF = re.compile(r"\b(?:the\s+|its\s+|a\s+|an\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}(?-i:office|department|bureau|"
                              r"committee|agency|service|section|division|directorate|branch|unit|commission)\s+"
                              r"(?:of|in|at|under)\s+(?:the\s+)?$")
_MODIFIER_OF_UNIT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:unit|agency|service|department|body|organ|office|"
                               r"division|branch|section|group|arm|organi[sz]ation|network|operation|programme|"
                               r"program|project)\s+$")
# between two coordinated names: "A, B and C", "A and vice-director B" (a lower-case post may stand)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?"
                          r"(?:(?:vice|deputy|first|assistant)?-?(?:director|chief|head|chairman|secretary|minister|"
                          r"president|commander|deputy)\s+)?")
_LEAD_PARTICIPLE = re.compile(r"(?:Formed|Founded|Established|Created|Set up|Organi[sz]ed|Launched|Built|Based|"
                              r"Located|Headquartered|Modeled|Modelled|Funded|Financed|Backed|Run|Controlled|"
                              r"Placed|Reorgani[sz]ed|As (?:one of )?(?:the |a |an )?(?:[a-z]+ )?(?:members?|part|"
                              r"components?|constituents?|units?|arms?) of)\b[^,;]{3,200},")
_REPLACE_WITH = re.compile(r"\s*,?\s*with\s+(?:the\s+)?")
_ITS_POST = re.compile(r"\b(?:its|their)\s+(?P<title>[a-z]+(?:[- ][a-z]+)?),?\s*$")
_TITLE_IS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:which|who)\s[^,;]{1,60},)?,?\s*(?:is|was|has been|had been|became|remains|remained)\s+"
                       r"(?:currently\s+|now\s+|still\s+)?(?:the\s+)?", re.I)
_ORGAN_OF = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th) |[A-Z][a-z]+ )?(?P<body>.+?) (?:Committee|Board|Council|Presidium|"
                       r"Secretariat|Politburo)")
_GOVERNMENT = re.compile(r"(?:the )?(?:[\w'’-]+ ){0,3}?(?:[Gg]overnment|[Ss]tate|[Rr]epublic|[Kk]ingdom|[Ff]ederation|"
                         r"[Uu]nion|[Ee]mpire|[Cc]ountry|[Nn]ation)\b(?! (?:Security|Intelligence|Council|Committee|Commission|"
                         r"Department|Ministry|Bureau|Office|Agency|Directorate|Administration)\b)")
_TITLE_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_PAREN_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?")
_TITLE_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*")
_APPOSITIVE_END = re.compile(r"\s*(?:,|\(|[.;:]|$)")
_AND_BEFORE = re.compile(r"(?:.*\s)?and\s+", re.S)
_EQUATED = re.compile(r"\s+(?:is|are|was|were)\s+(?:also\s+|thus\s+|effectively\s+)?(?:equivalent\s+to|identical\s+(?:to|with)|"
                      r"the\s+same\s+(?:body\s+)?as|one\s+and\s+the\s+same\s+as)\s+(?:the\s+)?", re.I)
# "by A, <appositive>, and by B": an appositive without a clause in it, then the preposition again
_PREP_BEFORE = re.compile(r"\b(?P<p>by|to|with|from|under)(?:\s+the)?\s*$")
_PREP_BEFORE_BACKWARDS = re.compile(r"\s*(?:eht\s+)?(?P<p>yb|ot|htiw|morf|rednu)\b")  # (_SentIndex.before)
_APPOSITIVE_THEN = r",\s*(?!(?:which|who|whose|that|while|but)\b)[^,;()]{1,100}?,?\s+(?:and|or)\s+"
_MAX_COORDINATED = 40   # names in one coordinated list ("A, B, C and D")
_MAX_LOOKBACK = 2000    # characters between a name and its phrase that are read for a second verb


# --------------------------------------------------------------------------- small functions


_STREET = re.compile(r"\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.?|Square|Building|"
                     r"District|County|Xilu|Lu|Jie|Dajie|Hutong|Strasse|Straße|Ulitsa|Prospekt|Rue|Via|"
                     r"Place|Plaza|Floor|Suite|Way|Drive|Embankment|Highway|dong|gu|Ward)\b", re.I)
_COUNTRY_WORDS = re.compile(r"\b(?:Republic|Kingdom|Federation|States|Union|Emirates|Commonwealth)\b")
_PLURAL_GROUP = re.compile(r"(?-i:\b[A-Za-z][a-z-]{2,}[^s\W]s\b)")
_LIST_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+[a-z][\w-]*){0,3}?,?\s+(?:include|includes|included|are|were|such as|including)\s+")
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")
_INCLUDING_END = re.compile(r"\b(?:including|includes|include|such as|among them|notably|namely)\s+(?:the\s+)?$")
_ABBR_AFTER = re.compile(r"\s*\(((?-i:[A-ZÀ-ÖØ-Þ])[^\W_][\w&]{0,8})\)\s*$")
_GLUED_PLACES = re.compile(r"(?<=[A-Z])[a-z]{2}[a-z]*[a-z](?=[A-Z][a-z])")
_WHEN_AFTER = re.compile(r"\s*\(([^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)\s*$")
_YEARISH = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_SINCE = re.compile(r"^since\b.*?\b(?P<y>1[6-9]\d\d|20\d\d)\b", re.I)


_TOPIC_TITLE = re.compile(r"^[A-Z][\w'’.-]+, [A-Z]")  # "Ruritania, Intelligence and Security"


def _entity_like(name: str) -> bool:
    """A body, a person or an acronym (what a page can be about), not a phrase."""
    return is_org_name(name) or looks_like_person(name)


# one item of an inline leader list, a one-word name allowed ("Harel (1948–52)"; see _inline_leaders)
_INLINE_ITEM_ONE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s(?:\((?:later|then|acting)[^()]{0,40}\)\s)?){0,7}"
                              r"[A-Z][\w'’.-]*)\s?\((?P<dates>[^()]{0,20}?\b(?:1[6-9]|20)\d\d\b[^()]{0,30})\)")
_PLACE_TAIL = frozenset("Empire Union Republic Kingdom Federation States Emirates Commonwealth Islands Sea Ocean "
                        "River Mountains Province Region Oblast Krai Governorate District County City Coast".split())
_PLURAL_TITLE_LOWER = re.compile(r"(?P<body>)\b(?P<title>directors|chiefs|heads|chairmen|chairpersons|presidents|ministers|"
                                 r"commanders|leaders|secretaries|directors-general|directors general)\b")
_PLURAL_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z][\w'’&.-]*(?: (?:of |for |the )*[A-Z][\w'’&.-]*){0,6}))")
_INLINE_ITEM = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s(?:\((?:later|then|acting)[^()]{0,40}\)\s)?){1,7}"
                          r"[A-Z][\w'’.-]*)\s?\((?P<dates>[^()]{0,20}?\b(?:1[6-9]|20)\d\d\b[^()]{0,30})\)")


def _entry_relation(heading: str) -> str:
    """How a body listed under ``heading`` relates to the page's subject ('' for no claim).

    >>> _entry_relation(""), _entry_relation("Member organizations"), _entry_relation("History")
    ('affiliated_with', 'part_of', '')
    """
    if not heading.strip():
        return "affiliated_with"
    h = heading.casefold()
    for rel, words in vocabulary.names()["entry_sections"].items():
        if any(w in h for w in words):
            return rel
    return ""


def _abbreviation_in(item: str) -> str:
    """The abbreviation a parenthesis after a name gives, in the forms scrapes print it:
    ``(TDA)``, ``(TDA, )``, ``(abbreviation: TDA``, ``(TDA or Tidewatch``, ``(TDA / T2``.

    >>> [_abbreviation_in(x) for x in ("TDA", "TDA, ", "abbreviation: TDA", "TDA or Tidewatch", "Tide")]
    ['TDA', 'TDA', 'TDA', 'TDA', '']
    """
    x = re.sub(r"^(?:abbreviation|abbreviated|abbr\.?|short|acronym)\s*:?\s*", "", item.strip(), flags=re.I)
    x = re.split(r"\s+or\s+|\s*[,/]\s*", x.strip(" ,"))[0]
    if re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", x) and sum(ch.isupper() for ch in x) >= 2:
        return x
    return ""


def _term_years(dates: str) -> tuple[int | None, int | None]:
    """Start and end years of a term written ``1948-50``, ``May 1989– August 1990``, ``2007-``.

    >>> _term_years("1948-50"), _term_years("May 1989– August 1990"), _term_years("2007-")
    ((1948, 1950), (1989, 1990), (2007, None))
    """
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


def _strip_rank(name: str) -> str:
    """A name without the ranks and titles before it (``Colonel (later Major General) Ada Li``).

    >>> _strip_rank("Colonel (later Major General) Ada Li"), _strip_rank("Brigadier Bo Wu")
    ('Ada Li', 'Bo Wu')
    >>> _strip_rank("Brig. General (Rtd)Dan Ulm")
    'Dan Ulm'
    """
    name = re.sub(r"\((?:later|then|acting)[^()]*\)\s*|\((?:rtd|retd|ret|retired)\.?\)\s*", "", name, flags=re.I).strip()
    h = _v()["honorific_rx"].match(name)
    if h and looks_like_person(name[h.end():]):
        name = name[h.end():]
    while True:
        m = _v()["title_rx"].match(name)
        if not m or m.end() >= len(name) or name[m.end()] != " ":
            return name
        name = name[m.end():].strip()


@functools.lru_cache(maxsize=1024)
def _singular_title(title: str) -> str:
    """The singular of a plural office title (``Chiefs`` -> ``Chief``)."""
    for t in _v()["titles"]:
        if plural(t).casefold() == title.casefold() or t.casefold() == title.casefold():
            return t
    return title


def _list_title(title: str) -> tuple[str, str] | None:
    """``(office, body)`` of a list page's title (``List of Harbour Agency directors``,
    ``List of heads of the Bureau of Tides``).

    >>> _list_title("List of Harbour Agency directors"), _list_title("List of heads of the Bureau of Tides")
    (('Director', 'Harbour Agency'), ('Head', 'Bureau of Tides'))
    """
    m = re.match(r"^(?:a |chronological )?list of (?:the )?(?P<rest>.+)$", title.strip(), re.I)
    if not m:
        return None
    rest = m.group("rest")
    lh = leader_heading(rest)
    if lh and lh[1]:
        return lh
    words = rest.split()
    if len(words) >= 2:
        office = _singular_title(words[-1].capitalize())
        body = " ".join(words[:-1])
        if office in _v()["titles"] and is_org_name(body):
            return office, body
    return None


def _office_then_person(rest: str) -> tuple[str, str] | None:
    """``(body, person)`` when what follows "<Title> of" is a body's name run into a person's
    ("Internal Affairs Bo Wu", "the Harbour Bureau Ada Li"); else ``None``.

    >>> _office_then_person("Internal Affairs Bo Wu"), _office_then_person("the Tide Office")
    (('Internal Affairs', 'Bo Wu'), None)
    """
    v = _v()
    words = re.sub(r"^the\s+", "", rest.strip()).split()
    for k in range(max(1, len(words) - 8), len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if words[k - 1] not in v["org_words"] and words[k - 1] not in v["non_name_words"]:
            continue  # ("Public Security Senior Lieutenant General Ada Lind": a rank may come before the name)
        person = _strip_rank(tail)  # (the ranks of names.yaml's honorifics)
        if person and looks_like_person(person) and not is_org_name(person) and len(person.split()) <= 4:
            return head, person
    return None


def _office_of_chain(surface: str) -> str:
    """The body of "<Title> of <Body> <Person>" ('' when the words are no such chain).

    >>> _office_of_chain("Deputy Minister of Internal Affairs Bo Wu")
    'Ministry of Internal Affairs'
    """
    om = _v()["office_rx"].match(surface)
    split = _office_then_person(om.group("body")) if om else None
    if not (om and split):
        return ""
    body = office_body(om.group("title"), (om.group("the") or "") + split[0], om.group("prep"))
    return body if is_org_name(body) else ""


def _office_title(title: str) -> tuple[str, str] | None:
    """``(office, body)`` when a page title names an office, not a body.

    >>> _office_title("First Secretary of the Harbour League")
    ('First Secretary', 'Harbour League')
    >>> _office_title("Foreign Minister of Ruritania")
    ('Foreign Minister', 'Ruritania')
    >>> _office_title("Ministry of Tides") is None
    True
    """
    m = _v()["office_rx"].match(title.strip())
    if not m:
        return None
    return title[:m.end("title")].strip(), m.group("body").strip()


def _office_and_body(post: str) -> tuple[str, str] | None:
    """``(office, body)`` of a post title: the body it heads as :func:`office_body` derives it.

    >>> _office_and_body("Minister of the Interior"), _office_and_body("Chief of the Tidal Police")
    (('Minister', 'Ministry of the Interior'), ('Chief', 'Tidal Police'))
    """
    m = _v()["office_rx"].match(post.strip())
    if not m:
        return None
    title = re.sub(r"^\d{1,2}(?:st|nd|rd|th)\s+", "", post[:m.end("title")].strip())
    return title, office_body(title, (m.group("the") or "") + m.group("body").strip(), m.group("prep"))


def _clean_person(name: str) -> str:
    """A person's name as a table or infobox cell prints it, without rank or note markers
    (``Li Wei*``, ``Li Wei†``, ``Li Wei (acting)``).

    >>> _clean_person("Ada Li*"), _clean_person("Bo Wu (acting)"), _clean_person("Cy [Jack] Lo")
    ('Ada Li', 'Bo Wu', 'Cy Lo')
    """
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name.strip())
    name = re.sub(r"\s+(?:\[[^\]]{1,20}\]|[\"“][^\"”]{1,20}[\"”])(?=\s)", "", name)  # "Bo [Jack] Lind"
    return name.strip(" *†‡#^").strip()


def _person_in(entry: str) -> str:
    """The person a list entry names, without rank, service or notes
    (``Rear Adm. Ada W. Li, Harbour Navy`` -> ``Ada W. Li``; ``Bo Wu, Jr., Navy`` -> ``Bo Wu Jr.``).

    >>> _person_in("Rear Adm. Ada W. Li, Harbour Navy"), _person_in("Bo Wu, Jr., Harbour Navy")
    ('Ada W. Li', 'Bo Wu Jr.')
    """
    name = _clean_person(entry)
    m = re.match(r"^(?P<n>[^,]+?)(?:,\s*(?P<sfx>Jr|Sr|II|III|IV)(?P<dot>\.?)(?=,|$))?(?:,.*)?$", name)
    if m:
        person = _strip_rank(m.group("n").strip())
        if looks_like_person(person):
            return person + (f" {m.group('sfx')}{m.group('dot')}" if m.group("sfx") else "")
    return _strip_rank(name)


def _single_name(name: str) -> bool:
    """A one-word personal name (``Bagatur``): capitalised, not an acronym or a title."""
    return bool(re.fullmatch(r"[A-Z][a-z][\w'’.-]*", name)) and not is_org_name(name) \
        and name.casefold() not in _v()["titles_cf"] and name not in _v()["months"]


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


def _operator_like(name: str) -> bool:
    """A numbered unit, a security or a party body: the side of a front pair that runs the other."""
    return bool(_v()["implied_parent"].match(name)) or \
        bool(re.search(r"\b(?:Security|Intelligence|Bureau|Party|Communist|Central Committee)\b", name))


def _names_subject(m: Mention, subject: str) -> bool:
    """Is this mention the subject when it is an anaphor? "its" is; "the centre's" only in a
    document about a centre (its word is in the subject's name)."""
    if not m.anaphor or m.surface.casefold() in ("it", "its", "it's"):
        return True
    noun = re.sub(r"^the\s+|['’]s$", "", m.surface.casefold()).strip()
    return noun in {w.casefold() for w in subject.split()}


def _not_overlapping(anas: list[Mention], names: list[Mention]) -> list[Mention]:
    """The anaphors that overlap no name (both lists in document order, names not overlapping)."""
    starts = [m.start for m in names]
    out = []
    for a in anas:
        k = bisect.bisect_left(starts, a.end)  # names starting before the anaphor ends
        if k and names[k - 1].end > a.start:
            continue
        out.append(a)
    return out


def _next_nonspace(text: str, pos: int, limit: int) -> int:
    """The offset of the first non-space character at or after ``pos`` (``limit`` if none)."""
    m = re.compile(r"\S").search(text, pos, limit)
    return m.start() if m else limit


def _in_parens(clean: str, pos: int) -> bool:
    return clean.count("(", 0, pos) > clean.count(")", 0, pos)


def same_subject(a: str, b: str) -> bool:
    """Do two names plausibly name the same body (shared words, or one the acronym of the other)?

    >>> same_subject("Bureau of Tests of the Ministry", "Bureau of Tests"), same_subject("3rd Bureau", "Widget Centre")
    (True, False)
    """
    fn = {"of", "the", "for", "and", "on", "a", "an", "to", "in"}
    wa = {w.casefold() for w in re.findall(r"[\w’']+", a)} - fn
    wb = {w.casefold() for w in re.findall(r"[\w’']+", b)} - fn
    if not wa or not wb:
        return False
    if _initials_match(a, b) or _initials_match(b, a):
        return True
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _named_anaphors(text: str, s: Sentence, subject: str) -> list[Mention]:
    out = _anaphors(text, s.start, s.end)
    for a in out:
        a.name = subject
    return out


def _fits(m: Mention, kind: str) -> bool:
    if not m.name:
        return False
    if m.anaphor:
        return True
    if kind == "person":
        return m.person
    if kind in ("place", "publication", "name"):
        # (a number opens a name only as an ordinal or before a word: "20th District", "1600 Tide Avenue";
        # "20t" is a word the copy cut)
        return bool(re.match(r"[A-Z]|\d{1,4}(?:st|nd|rd|th)\b|\d[\w./-]*\s+[A-Z]", m.name))
    if kind == "agent":
        return m.org or m.acronym or m.person
    return m.org or m.acronym


def _kind_for(m: Mention, kind: str, hint: str = "") -> str:
    if hint and not m.anaphor:
        return hint
    if m.anaphor or kind == "name" or (kind == "agent" and not m.person):
        return ""
    if kind == "agent":
        return "person"
    if kind:
        return kind
    return "person" if m.person and not m.org else ""


def _place_surface(text: str, m: Mention, limit: int) -> str:
    """The place name with its trailing ", City, Country" parts, as written."""
    word = r"(?:\d+(?:st|nd|rd|th)\b|\d+[A-Za-z]?\b|[A-Z][\w'’.-]*)"  # ("20th District", "12B", "Ulton")
    part = word + r"(?:[ \u00a0-](?:(?:of|the|de|du|del|la|upon)[ \u00a0])*" + word + r")*"  # "Republic of X"
    mm = re.match(part + r"(?:,\s*" + part + r")*", text[m.start:limit])
    surface = mm.group().strip() if mm else m.surface
    surface = re.sub(r"(?<=[a-z])\.$", "", surface)
    # stop before a part that is an organisation or starts the next clause ("in Beijing, CICIR is")
    parts = surface.split(",")
    keep = [parts[0]]
    for k, part in enumerate(parts[1:], start=1):
        p = part.strip()
        after = text[m.start + len(",".join(parts[:k + 1])):limit]
        if re.fullmatch(r"[A-Z]{2,}", p) or is_org_name(p) or re.match(r"\s+(?:is|was|are|were|has|had)\b", after):
            break
        keep.append(part)
    return ",".join(keep).strip()


def _place_name(value: str) -> tuple[str, str]:
    """Label and as-written name of a place: an address is kept whole, else the first part.

    >>> _place_name("Springfield, Ruritania")
    ('Springfield', 'Springfield, Ruritania')
    >>> _place_name("4 Main Road, Old Town District, Springfield 10073, Ruritania")
    ('Springfield', '4 Main Road, Old Town District, Springfield 10073, Ruritania')
    >>> _place_name("12 Harbour Street, Port Ulton, Republic of Ruritania")
    ('Port Ulton', '12 Harbour Street, Port Ulton, Republic of Ruritania')
    >>> _place_name("141 Tide Road, Ulton XX, Ruritania 48°52′28″N 2°24′24″E")[0], _place_name("HB headquarters, Ulton")[0]
    ('Ulton', 'Ulton')
    """
    value = " ".join(value.split()).rstrip(",")
    value = re.sub(r"\s*\d{1,3}°.*$", "", value)  # map coordinates after the address
    value = re.sub(r"^[^,]{0,40}\b(?:headquarters|HQ|head office|main building)\s*,\s*", "", value, flags=re.I)  # "X headquarters, Ulton"
    # "Ulton XX", "Ulton 2e": the city, not its district number
    value = ",".join(re.sub(r"(?<=[a-z]) (?:[IVX]{1,4}|\d{1,2}(?:e|er|st|nd|rd|th))$", "", p) for p in value.split(","))
    if re.match(r"^(?:\d|No\.)", value) or _STREET.search(value.split(",")[0]) and "District" not in value.split(",")[0]:
        # a street address: the place is its city ("4 Main Road, Old Town, Springfield, Ruritania")
        parts = [re.sub(r"^\d[\d\s-]*|[\s-]*\d[\d\s-]*$", "", p).strip() for p in value.split(",")]
        places = [p for p in parts[1:] if p and not _STREET.search(p)]
        while len(places) > 1 and (_COUNTRY_WORDS.search(places[-1]) or " " not in places[-1]
                                   or re.fullmatch(r"[A-Z]{2,8}", places[-1])):
            places.pop()  # "..., Springfield, Ruritania", "..., Moscow, RSFSR": region and country
        return (places[-1], value) if places else (value, value)
    first = value.split(",")[0].strip()
    return first, value


def _abbr_owner(name: str, abbr: str) -> str:
    """Which part of ``name`` an abbreviation stands for: the whole, or a tail
    ("11th Bureau of the Ministry of State Security (MSS)" -> "Ministry of State Security").

    >>> _abbr_owner("3rd Bureau of the Ministry of Tests", "MOT")
    'Ministry of Tests'
    >>> _abbr_owner("Bureau of Tests", "BOT")
    'Bureau of Tests'
    """
    if _initials_match(name, abbr):
        return name
    words = name.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if words[i] in ("of", "the", "for", "and") or not words[i][:1].isupper():
            continue
        if _initials_match(tail, abbr):
            return tail
    return name


def _initials_match(name: str, abbr: str) -> bool:
    """Can ``abbr`` be spelt by the words of ``name`` (first letters; function words optional)?"""
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    a = abbr.upper().replace("&", "")
    fn = {"of", "the", "for", "and", "on", "a", "an", "to", "in", "de", "with", "at"}

    @functools.lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if i == len(a):
            return all(w.casefold() in fn for w in words[j:])
        if j == len(words):
            return False
        w = words[j]
        if w.casefold() in fn and go(i, j + 1):
            return True
        if w[:1].upper() == a[i]:
            # a word may give one letter, or several of its own leading letters ("Int" -> "I")
            if go(i + 1, j + 1):
                return True
        if w.isupper() and len(w) > 1 and a[i:i + len(w)] == w:
            return go(i + len(w), j + 1)
        return False

    return go(0, 0)


def _title_case(t: str) -> str:
    small = {"of", "the", "for", "and", "on", "in", "to", "a", "an"}
    words = t.split()
    return " ".join(w if w.isupper() or (k and w in small) else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


# a date before a year: "early 1990", "March 1990", "5 March 1990", "March 5, 1990"
_DATE = r"(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
_LEAD_YEAR = re.compile(r"^(?:(?:Also|Later|Then|Only|Again|Finally)\s*,?\s+)?(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Aa]s of|[Dd]uring|[Oo]n|[Aa]fter)\s+" + _DATE + r"(?P<y>1[6-9]\d\d|20\d\d)\b,?")


def _lead_year(clean: str) -> int | None:
    m = _LEAD_YEAR.match(clean.strip())
    return int(m.group("y")) if m else None


_YEAR_WINDOW = 300


def _years_near(clean: str, pos: int, lead: int | None) -> tuple[int | None, int | None, int]:
    """Start/end years for a claim whose phrase ends at ``pos``: "from 1990 to 1993",
    "in 2018", "since 1993" after the phrase (same clause), else a sentence-initial "In 1983,".
    The third value is where the year phrase ends (``pos`` when the years are not after it)."""
    tail = clean[pos:pos + _YEAR_WINDOW]  # the years of a claim stand near its phrase
    cut = _CLAUSE_END.search(tail)
    tail = tail[:cut.start()] if cut else tail
    for m in _YEAR_RANGE.finditer(tail):
        if not _OTHER_EVENT.search(tail, max(0, m.start() - 40), m.start()):
            return int(m.group(1)), int(m.group(2)), pos + m.end()
    for m in _YEAR_AT.finditer(tail):
        # "reports to Y, founded in 1950": the founding year dates the founding, not this claim
        if not _OTHER_EVENT.search(tail, max(0, m.start() - 40), m.start()):
            if re.search(r"\b(?:until|till)\b", tail[:m.start()]):
                return lead, int(m.group(2)), pos + m.end()  # "until the office was abolished in 1970"
            return int(m.group(2)), None, pos + m.end()
    until = _YEAR_UNTIL.search(tail)
    if until:  # "which he headed until 1949": the end of the tie
        return lead, int(until.group(1)), pos + until.end()
    return lead, None, pos


# where the clause of a phrase ends: a new clause ("; ", ", which", ", and it was", " and was")
_CLAUSE_END = re.compile(r"[;]|\b(?:which|who|whose)\b|[.!?](?:\s|$)|,\s*(?:and|but|while|whereas|although|though|only to"
                         r"|replacing|succeeding)\b"  # ("..., replacing Z, in office since 2014": Z's years)
                         r"|\band\s+(?:(?:it|he|she|they)\s+)?(?:is|was|are|were|has|had|have|became|later|then)\b")
# a negation right before a phrase ("not", "never", "no longer", with adverbs and auxiliaries between)
_NEGATED = re.compile(r"\b(?:not|never|no longer|n[o']t|nor)(?! only\b)(?:\s+(?:directly|formally|officially|actually|"
                      r"really|ever|always|yet|necessarily|currently|any longer|been|be|being|have|has|had|"
                      r"is|was|were|are|a|an|the))*\s+$", re.I)
# "Y, who took office in 2020" / "who has served since 2020": when the holder's term began
_TOOK_OFFICE = re.compile(r"\s*,\s*who (?:took office|assumed office|took over|took up the post|was appointed|was named|"
                          r"was elected|was sworn in|has served|has been in office|has held the post) (?:in|on|since) "
                          + _DATE + r"(?P<y>1[6-9]\d\d|20\d\d)\b(?!s)")
_IN_OFFICE_SINCE = re.compile(r"\s*,?\s*(?:who had been |who was )?(?:in office|in post|in charge|at the helm) since\b")
_YEAR_RANGE = re.compile(r"\b(?:from|between) " + _DATE + r"(1[6-9]\d\d|20\d\d) (?:to|until|till|and|–|-) " + _DATE
                         + r"(1[6-9]\d\d|20\d\d)\b")
_YEAR_UNTIL = re.compile(r"\b(?:until|till) " + _DATE + r"(1[6-9]\d\d|20\d\d)\b(?!s)")
_YEAR_AT = re.compile(r"\b(in|since|from|on|after) " + _DATE + r"(1[6-9]\d\d|20\d\d)\b(?!s)")
# a noun phrase and a comma between a sentence-initial date and the subject it dates
_FINITE = re.compile(r"(?:is|was|are|were|has|had|have)\b", re.I)
# a hedge word that is no hedge here
_NOT_A_HEDGE = re.compile(r"report(?:ed|s)?\s+(?:directly\s+)?to\b(?!\s+(?:have|be)\b)", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|been)\s+$", re.I)
# where a clause ends and the next begins, for hedges
_CLAUSE_SPLIT = re.compile(r";|,\s*(?:and|but|while|whereas|although|though|yet)\b|\s(?:but|whereas)\s")
# a sentence-initial subordinate clause ("Although it is disputed whether X funds Y, ..."): to its comma
_LEAD_SUBORDINATE = re.compile(r"\s*(?:Although|Though|While|Whereas|Even though|Even if|Whether)\b[^,;]{0,200},")
_COPULA_BEFORE = re.compile(r"\s+(?:is|was|became|remains|remained|has been|had been)\s+(?:the\s+)?", re.I)
_AFTER_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*")
_LEAD_APPOSITIVE = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|for)\s+[^,;()]{1,60},\s*")
# a year right after these words belongs to another event than the claim's link
_OTHER_EVENT = re.compile(r"\b(?:founded|established|created|formed|set up|born|launched|built|opened|died|dissolved|"
                          r"disbanded|renamed|dismissed|removed|replaced|retired|resigned|ousted|sacked|fired|"
                          r"executed|arrested|assassinated|killed|purged|expelled)\s*(?:,\s*)?(?:\w+\s+){0,1}$", re.I)


def _skip_lead_phrase(clean: str) -> int:
    """Length of a sentence-initial phrase such as "Founded in 1980, " or "According to X, "."""
    m = _LEAD_YEAR.match(clean)
    if m and m.group().endswith(","):
        return m.end() + len(clean[m.end():]) - len(clean[m.end():].lstrip())
    m = re.match(r"^\s*(?:In|On|At|By|Since|After|Before|During|Founded|Established|Located|According to|"
                 r"Given|Despite|As|Under|With|Following)\b[^,]{0,200},\s*", clean)
    return m.end() if m else 0
