"""The patterns and word lists the slot rules read (:mod:`orgnet.extract.slots`): what may
stand between a phrase and its names, which words end a list, which nouns name a group of
people, and the patterns read backwards on a reversed sentence (:class:`SentIndex.before`)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .words import backwards_words

if TYPE_CHECKING:
    from ..names import Mention
    from .sentence import SentIndex

# "X (ABBR) ", "X (ABBR) of Ruritania, ", "X (an acronym for ...), or Y, was an entity ": from the name
# before a parenthesis to a predicate said of it
_PAREN_THEN_PREDICATE = re.compile(
    r"\s*\((?:[^()]|\([^()]*\))*\)\s*(?:of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\s*)?,?\s*"
    r"(?:(?:or [^,()]{1,80},\s*)?(?:is|was|are|were|has been|had been) (?:(?:an?|the) (?:[a-z-]+ ){0,4})?)?"
)


_ABBR_OF = re.compile(r"\s*\([A-Z][\w&.-]{1,9}\)\s*of\s+(?:the\s+)?|\s*\([^()]*\)\s*,\s*or\s+(?:the\s+)?")


# The two patterns above (and _PREP_BEFORE below), which end in "$", written back to front to be
# matched on the reversed sentence (SentIndex.before): "In contrast to the " read backwards starts
# "eht ot tsartnoc nI". The forward ones stay as their readable form; tests/test_hostile.py checks
# that both find the same on random text, so change them together.
_CONTRAST_WORDS = (
    "[Ii]n contrast to",
    "[Uu]nlike",
    "[Aa]s opposed to",
    "[Cc]ompared (?:with|to)",
    "[Aa]part from",
    "[Ee]xcept for",
    "[Rr]ather than",
    "[Ii]nstead of",
)


_KIN_WORDS = (
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "nephew",
    "niece",
    "cousin",
    "protégé",
    "protege",
    "friend",
    "ally",
    "aide",
    "deputy",
    "rival",
    "colleague",
    "successor",
    "predecessor",
)


_CONTRASTED_BACKWARDS = re.compile(r"(?:\s+eht)?\s+(?:" + backwards_words(_CONTRAST_WORDS) + r")(?:\s*[,;]|\Z)")


# (read backwards from the name: "Ada Li, the wife of Bo Wu,"; "A, son of the Party's Marshal Bo Wu,": a
# possessive and a title may stand between "of" and the name)
_KIN_BEFORE_BACKWARDS = re.compile(
    r"(?:\s+[\w'’.-]*[A-Z]){0,2}(?:\s+eht)?\s+fo (?:" + backwards_words(_KIN_WORDS) + r")(?: [\w-]*[a-z]){0,2}"
    r"(?: eht| a| na| sih| reh| rieht)?\s*,"
)


_GROUP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\s]")


_GROUP_STOP = frozenset(
    "of and or but nor as in on at to for from with by through into onto across within without including "
    "such like that which who whom whose where when while whether than via against about under over "
    "between among amongst around during after before since until is are was were be been being has "
    "have had will would can could may might should must do does did also both either include includes "
    "included remain remains become became".split()
)


_GROUP_NOT_FIRST = frozenset(
    "a an its their his her this these those some such other others them it him us you me our your "
    "any each every all many more most several certain same own one two three what how whom".split()
)


_GROUP_NOUNS = frozenset(
    "community diaspora movement public elite media establishment academia society youth "
    "leadership government parliament population sector industry intelligentsia clergy electorate "
    "press audience people".split()
)


_GROUP_AFTER = frozenset("abroad overseas worldwide internationally".split())


_GROUP_FOREIGN = frozenset("foreign overseas international abroad western global".split())


# plural heads that name no group of people: "to influence policy decisions", "to influence operations"
_GROUP_ABSTRACT = frozenset(
    "operations activities campaigns efforts decisions policies elections debates narratives perceptions "
    "views outcomes affairs relations interests events discussions agendas matters issues results processes "
    "developments trends politics economics measures means methods tactics goals aims ways things markets "
    "sales profits funds resources".split()
)


_MODIFIER_OF_UNIT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?:unit|agency|service|department|body|organ|office|"
    r"division|branch|section|group|arm|organi[sz]ation|network|operation|programme|"
    r"program|project)\s+$"
)


#: "and" in the languages of the names a list joins ("A e B", "A y B", "A et B", "A und B")
AND_WORDS = "and|e|y|et|und"


# between two coordinated names: "A, B and C", "A and vice-director B" (a lower-case post may stand); "and"
# in other languages ("A e B", "A y B", "A et B", "A und B")
_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|(?:" + AND_WORDS + r")\s+|as well as\s+)(?:the\s+|(?:his|her|their|its)\s+)?"
    r"(?:(?:vice|deputy|first|assistant)?-?(?:director|chief|head|chairman|secretary|minister|"
    r"president|commander|deputy)\s+|(?:deputies|directors|chiefs|heads|secretaries|ministers|"
    r"commanders)\s+)?"
)  # ("A and his deputies B, C and D")


_AND_BEFORE = re.compile(r"(?:.*\s)?and\s+", re.S)


_EQUATED = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:also\s+|thus\s+|effectively\s+)?(?:equivalent\s+to|identical\s+(?:to|with)|"
    r"the\s+same\s+(?:body\s+)?as|one\s+and\s+the\s+same\s+as)\s+(?:the\s+)?",
    re.I,
)


_PREP_BEFORE_BACKWARDS = re.compile(r"\s*(?:eht\s+)?(?P<p>yb|ot|htiw|morf|rednu)\b")  # (SentIndex.before)


_APPOSITIVE_THEN = r",\s*(?!(?:which|who|whose|that|while|but)\b)[^,;()]{1,100}?,?\s+(?:and|or)\s+"
# "headed by A (1950-1961) and then by B", "by A from 1950 to 1961 and later by B": A's term, then the next
_TERM_THEN = (
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:from|between|since|in|until|till)\s+[^,;()]{1,30}?\s*)?,?\s*(?:and|or)\s+"
    r"(?:then|later|subsequently|afterwards|thereafter)?\s*"
)


_MAX_COORDINATED = 40  # names in one coordinated list ("A, B, C and D")


_MAX_LOOKBACK = 2000  # characters between a name and its phrase that are read for a second verb


_PLURAL_GROUP = re.compile(r"(?-i:\b[A-Za-z][a-z-]{2,}[^s\W]s\b)")


_LIST_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+[a-z][\w-]*){0,3}?,?\s+(?:include|includes|included|are|were|such as|including)\s+"
)


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")


_INCLUDING_END = re.compile(r"\b(?:including|includes|include|such as|among them|notably|namely)\s+(?:the\s+)?$")


# a second verb phrase coordinated after the phrase's own object, its preposition right before the
# next name: "created by the Harbourform and propped up by the " (words before "and": the first
# object, unnamed or unread; "subordinate to and funded by the X" has none, and X is both verbs')
_COORDINATED_VERB = re.compile(
    r"\S\s+(?:and|or)\s+(?:[a-z]+\s+){1,3}(?:by|to|under|with|from|into|for|of)\s+(?:the\s+)?$"
)


# a determiner and a lower-case noun right before a phrase: "This gathering ", "the congress then "
_DETERMINER_NOUN = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)"
    r"\s+(?:(?:then|later|also|soon|quickly|[a-z]+ly)\s+)?$"
)


# a clause that opens with a noun phrase and reaches the phrase through an auxiliary or an adjunct:
# "The government had in December last year ", "A later congress in Ulton and Veldra in 1949 "
_DETERMINER_NOUN_ADJUNCT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)"
    r"\s+(?:had|has|have|in|at|from)\b[^,;()]{0,80}$"
)


# a clause's opening words before its subject: "In 1948 ", "Later ", "On 3 May 1950, "
_LEAD_WORDS = re.compile(r"\s*(?:In|On|By|After|Before|From|Later|Then|Soon|Eventually)\b[^,;()]{0,40}?,?\s*")


# an appositive that ends right before the phrase: ", an expert on Western Veldra and a propagandist, ";
# or a relative clause of a person: ", who is the outgoing Director of the Tide Office (TO) who led the
# agency since 2019, " (its "the agency" is not the phrase's name)
_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:(?:an?|the|his|her)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?-i:[a-z])[^,;()]{0,120}|(?-i:who)\s+(?:[^,;()]|\([^()]{0,40}\)){1,200}),\s*"
    r"(?:(?-i:has|have|had|was|were|is|are|been|will|would)\s+)*$"  # (", has been confirmed as head")
)


# the rest of a parenthesis that closes right before the phrase ("... Голова Служби) serves as")
_PAREN_CLOSES = re.compile(r"[^()]*\)\s*,?\s*")


# a participle's appositive that ends right before the phrase: ", modelled after the Tide Board, "
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?-i:[a-z]+(?:ed|ing))\b[^,;()]{0,120},\s*(?:(?:is|was|are|were|has been|had been)\s+)?$"
)


# what may stand between the appositive's person and its opening comma (nothing, or a parenthesis)
_APPOSITIVE_OPEN = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?,")  # ("The X (HO), ...": the name inside its parenthesis)


# a lower-case noun of a person right after a body's name: "Army officer", "Party official"
_PERSON_NOUN_AFTER = re.compile(
    r"\s+(?:officers?|officials?|agents?|operatives?|spokes(?:man|woman|person)|diplomats?|"
    r"veterans?|employees?|staffers?|analysts?|cadres?|recruits?)\b"
)


# an aside between em dashes: "Ada Morn — a former envoy who advised Bo Lin on tides — had done ..."
_DASH_ASIDE = re.compile(r"\s—\s[^—]{1,200}?\s—\s")


def before_dash_aside(ix: SentIndex, fit: list[int], j: int, first_j: int, pos: int) -> int | None:
    """The candidate ``fit[j]`` of a person slot, or, when it stands in an aside between em dashes
    that closes before the phrase at ``pos``, the last name before the aside (None: no one)."""
    s, clean, ments = ix.s, ix.clean, ix.ments
    if "—" not in clean:
        return j
    rel = ments[fit[j]].start - s.start
    for a in _DASH_ASIDE.finditer(clean, 0, pos - s.start):
        if a.start() <= rel < a.end():
            while j >= first_j and ments[fit[j]].end - s.start > a.start():
                j -= 1
            return j if j >= first_j else None
    return j


_UNNAMED_UNIT_OF = re.compile(
    r"\b(?:the\s+|its\s+|a\s+|an\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}(?-i:office|department|bureau|"
    r"committee|agency|service|section|division|directorate|branch|unit|commission)\s+"
    r"(?:of|in|at|under)\s+(?:the\s+)?$"
)


_LEAD_PARTICIPLE = re.compile(
    r"(?:Formed|Founded|Established|Created|Set up|Organi[sz]ed|Launched|Built|Based|"
    r"Located|Headquartered|Modeled|Modelled|Funded|Financed|Backed|Run|Controlled|"
    r"Placed|Reorgani[sz]ed|As (?:one of )?(?:the |a |an )?(?:[a-z]+ )?(?:members?|part|"
    r"components?|constituents?|units?|arms?) of)\b[^,;]{3,200},"
)


_TITLE_IS = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:which|who)\s[^,;]{1,60},)?"
    # ("The Director-General of X, since April 2016, is Y": a time set off by commas)
    r"(?:,\s*(?:since|from|until|as of|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},)?"
    # ("The editor of X until February 2015 was Y", "... of X as of July 2025 is Y": a time between the body and the verb)
    r"(?:\s+(?:until|till|from|since|in|between|as of)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}"
    r"(?:\s+(?:to|and|until)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?)?"
    r",?\s*(?:is|was|has been|had been|became|remains|remained"
    r"|es|fue|est|était|é|foi|ist|war|adalah|ialah)\s+"  # (and the copulas of other languages)
    r"(?:currently\s+|now\s+|still\s+)?(?:the\s+)?(?:(?:retired|former|late)\s+(?=[A-Z]))?",  # ("was retired Brigadier Y")
    re.I,
)


# "the first head of X was a three-star army general Ada Morn": an article and a few lower-case words that
# describe the holder, right before the name (the name must be a person's)
_DESCRIBED_PERSON = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?!(?:of|for|in|and|to|by|at|from|with|not)\b)[a-z][\w-]*\s+){1,4}(?=[A-Z][a-z])"
)
# the post the holder is described by, set off by a comma: "was police Deputy Commissioner, Ada Morn"
_POST_COMMA = re.compile(r"(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+(?=[A-Z][a-z])")


def described_person(clean: str, pos: int) -> int | None:
    """Where the name starts after a description of the holder at ``pos`` ("a three-star army
    general Ada Morn", "police Deputy Commissioner, Ada Morn"), or ``None`` without one.

    >>> a, b = "was police Deputy Commissioner, Ada Morn", "was a retired general Ada Morn"
    >>> a[described_person(a, 4) :], b[described_person(b, 4) :]
    ('Ada Morn', 'Ada Morn')
    """
    from ..lexicon import is_known_title

    m = _DESCRIBED_PERSON.match(clean, pos)
    post = _POST_COMMA.match(clean, m.end() if m else pos)
    if post and is_known_title(post.group("post")):
        return post.end()
    return m.end() if m else None


# a body's own organs, named by their kind ("the X Committee", "the Board of Trustees")
_ORGANS = r"(?:Committee|Board|Council|Presidium|Secretariat|Politburo)"
_ORGAN_OF = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th) |[A-Z][a-z]+ )?(?P<body>.+?) " + _ORGANS)


# (a place after the body: "The head of the X (XC) in Veldra, Ada Morn, said")
_TITLE_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?(?: in (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?,\s*")


# the end of "the head of X, Y": a comma, a parenthesis, the sentence's end, or a lower-case word
# right after the name where the closing comma was left out ("the head of X, Y to the Ministry", "..., Y said")
_APPOSITIVE_END = re.compile(r"\s*(?:,|\(|[.;:]|$)|\s+(?-i:[a-z]+)\b")


# a negation right before a phrase ("not", "never", "no longer", with adverbs and auxiliaries between)
_NEGATED = re.compile(
    r"\b(?:not|never|no longer|n[o']t|nor)(?! only\b)(?:\s+(?:directly|formally|officially|actually|"
    r"really|ever|always|yet|necessarily|currently|any longer|been|be|being|have|has|had|"
    r"is|was|were|are|a|an|the))*\s+$",
    re.I,
)


# a noun phrase and a comma between a sentence-initial date and the subject it dates
_FINITE = re.compile(r"(?:is|was|are|were|has|had|have)\b", re.I)


_COPULA_BEFORE = re.compile(
    r"(?:\s+(?:is|was|became|remains|remained|has been|had been|(?:served|serves|has served|had served) as"
    # ("Y was appointed as the Agency's director", "Y was named the Agency's chief", "was promoted to")
    r"|(?:is|was|has been|had been)\s+(?:(?:appointed|named|elected|installed|confirmed|made)(?:\s+as)?|promoted\s+to)"
    # ("Y, the agency's longtime chief, died": an appositive)
    r")|\s*,)\s+(?:the\s+)?",
    re.I,
)


_AFTER_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*")


_LEAD_APPOSITIVE = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|for)\s+[^,;()]{1,60},\s*")


def repeated_preposition(prep: str) -> re.Pattern:
    """What goes from a listed name to the preposition said again before the next: "by A, a
    veteran and its founder, and by B", "by A (1950-1961) and then by B"."""
    return re.compile(f"(?:{_APPOSITIVE_THEN}|{_TERM_THEN}){prep}" + r"\s+(?:the\s+)?")


# a name, then an appositive that opens with a determiner ("Ada Li, the country's former envoy to
# Ulton, as head of X"): the name is right before the phrase all the same
_APPOSITIVE_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s+(?:(?-i:[a-z]+ly)\s+)?(?:an?|the|his|her|its|their)\s+(?-i:[a-z])[^,;()]{0,120},\s*"
)
# between a name and a phrase that must follow it: a parenthesis, an age ("Ada Li, 63, as ..."),
# a birth clause and a short lower-case appositive ("Bo Wu, born on 2 May 1907, naturalised
# citizen, director of X"), and a stray full stop of a scan ("Bo Wu., director of X")
_ADJACENT_GAP = re.compile(
    r"\.?[\"”]?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:aged\s+)?\d{1,3}\s*)?(?:,\s*born\b[^,;()]{1,40})?"
    r"(?:,\s*(?!(?:which|who|whom|whose|that|where|when|while|and|or|but|as|has|had|is|was)\b)"
    r"(?-i:[a-z][a-z -]{2,30})(?=,))?,?\s*"
)


def candidates_before(ix: SentIndex, pos: int, fit: list[int], adjacent: bool) -> tuple:
    """Where the names before ``pos`` may be: the last semicolon before it, the range
    ``[lo, hi)`` of fitting names that end before ``pos`` (not back over that semicolon), and,
    for an ``adjacent`` phrase, the indices of the names right before it (names in a
    parenthesis may lie between; None when the phrase is not adjacent)."""
    s, clean, ments = ix.s, ix.clean, ix.ments
    hi = bisect.bisect_left(fit, ix.ending_by(pos))
    semi = ix.last_semicolon(pos - s.start)
    lo = bisect.bisect_left(fit, ix.starting_from(s.start + semi + 1)) if semi >= 0 else 0
    if not adjacent:
        return semi, lo, hi, None
    keep = []
    for j in range(hi - 1, max(lo, hi - 8) - 1, -1):
        m = ments[fit[j]]
        gap = clean[m.end - s.start : pos - s.start]
        if _ADJACENT_GAP.fullmatch(gap) or _APPOSITIVE_GAP.fullmatch(gap):
            keep.append(j)
        elif pos - m.end > 400:
            break
    return semi, lo, hi, keep[::-1]


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # "the 20th district of Ulton": a number, no place


# a relative clause after a comma (", that is ...") and the participle that opens an aside before it
# (", registered under the X, that ..."): the clause is the sentence's subject's
_COMMA_RELATIVE = re.compile(r"\s*,\s*(?:that|which)\b")
_ASIDE_OPENS = re.compile(r",\s+(?-i:[a-z]+(?:ed|ing))\s+(?-i:[a-z]+\s+){0,3}$")
# a phrase that opens with a verb in the singular: what it says has one subject
_SINGULAR_VERB = re.compile(r"(?:is|was|has|consists|comprises|includes|contains)\b", re.I)

# a verb of leaving a post shortly before a leadership phrase: its year is when the term ended
_LEFT_POST = re.compile(
    r"\b(?:resign(?:s|ed)|relinquish(?:es|ed)|gave up|gives up|stepped down|steps down|vacated|vacates|quit|"
    r"left|leaves|retired from|retired as|retires as|(?:was|were|been) (?:dismissed|removed|ousted|sacked|fired|relieved)|(?:completed|completes|ended|ends|finished|finishes|concluded|concludes|served out) "
    r"(?:his|her|their) (?:term|tenure|mandate)s?)\b[^.;]{0,60}$",
    re.I,
)

# a person's name right after a post set off by commas: "..., the Minister of X, Ms Bo Wu and ..."
_LISTED_NEXT = re.compile(r"\s*,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+ [A-Z][a-z]+")


def head_before_aside(ix: SentIndex, left: Mention) -> Mention | None:
    """The body a ", that ..." clause speaks of when the name before it closes an aside that a
    participle opens (", registered under Y, that is ..."): the first body of the sentence,
    before the aside; ``None`` when the clause is not so built."""
    s, clean = ix.s, ix.clean
    if left.anaphor or not _COMMA_RELATIVE.match(clean, left.end - s.start):
        return None
    aside = _ASIDE_OPENS.search(clean, max(0, left.start - s.start - 200), left.start - s.start)  # (a window: linear)
    if aside is None:
        return None
    return next((m for m in ix.ments if m.org and m.end - s.start <= aside.start() and not m.anaphor), None)


# an organ named by its kind alone ("Board of Trustees", "Supervisory Council"): the page's body's own
_BARE_ORGAN = re.compile(
    r"(?:The )?(?:Supervisory |Executive |Advisory |Governing |Management )?"
    + _ORGANS
    + r"(?: of (?:Trustees|Directors|Governors|Management))?"
)
