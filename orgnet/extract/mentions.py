"""Names in a sentence (extract stage): :func:`find_mentions`, and anaphors ("it", "the bureau")."""

from __future__ import annotations

import bisect
import functools
import re

from .. import vocabulary
from ..countries import countries_in, is_country_word, state_name
from ..lexicon import compiled
from ..names import Mention, is_org_name, looks_like_person
from ..read.model import Sentence
from .mention_names import cap, connector_ok, make_mention
from .mention_rules import (
    bodies_before_their_noun,
    governments_of,
    lower_case_bodies,
    merge_enumerated,
    merge_possessives,
    merge_region_tails,
    numbered_units,
    plural_bodies,
    post_prefix_bodies,
)
from .person_mentions import (
    merge_nicknames,
    merge_rank_abbreviations,
    merge_retired_ranks,
    split_person_then_post,
    split_titled_person,
)
from .words import is_demonym

__all__ = ["find_mentions", "anaphors", "named_anaphors"]


# (a scrape's U+FFFD stands for a letter it could not decode: "Jos\ufffd Ru\ufffdz" is one name)
# (a site's name with its domain is one word: "Tidenet.vd", "Portal.ru")
_TOKEN = re.compile(
    r"[A-Z]{2,}/[A-Z]{2,}(?![\w/])|(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z])|[A-Z][a-z][\w-]*\.[a-z]{2,3}(?=[\s,;:)]|\.(?:\s|$)|$)"
    r"|[^\W_](?:[\w&'’\-–\ufffd]*(?:[^\W_]|\ufffd))?"
    r"(?:['’]s\b|(?<=s)['’](?=[\s,.;:)]|$))?"
)


@functools.cache
def _glued_link() -> re.Pattern:
    """A token of a small word glued to a linked name ("theCentral", "TheHarbour"; names.yaml
    ``link_glue_words``, read.glosses parting whole pages of them): the word and the name."""
    words = "|".join(re.escape(w) for w in vocabulary.names()["link_glue_words"])
    return re.compile(rf"^(?P<w>The|{words})(?P<rest>[A-Z][\w&'’\-–]*)$")


@functools.lru_cache(maxsize=8)
def _text_end(clean: str) -> int:
    """The offset just after the last character of ``clean`` that is not a space.

    Found once per document (``clean`` is the whole text and this is asked for each sentence:
    ``clean.rstrip()`` there copied the document each time, a parse quadratic in its size).

    >>> _text_end("Ada Li.   ")
    7
    """
    n = len(clean)
    while n and clean[n - 1].isspace():
        n -= 1
    return n


# a sentence's opening word and a preposition before a person's name ("Ditto for", "Thanks to")
_OPENING_WORD = re.compile(r"[A-Z][a-z]+ (?:for|to|of) ")


def _without_opening_word(m: Mention, text: str, v: dict) -> Mention:
    """ "Ditto for Ada Morn ...", "Thanks to Ada Morn ...": a sentence's opening word and a
    preposition before a person's name are no part of the name."""
    lead = _OPENING_WORD.match(m.surface) if not (m.org or m.person) and m.surface == text[m.start : m.end] else None
    if lead and looks_like_person(m.surface[lead.end() :]):
        return make_mention(m.start + lead.end(), m.end, m.surface[lead.end() :], v)
    return m


def _article_opens(toks, i: int, clean: str) -> bool:
    """Whether the article at token ``i`` opens a name: "al Qaeda", "el Tide" ("et al. Harbour": none)."""
    return (
        i + 1 < len(toks)
        and toks[i + 1][2][:1].isupper()
        and clean[toks[i][1] : toks[i + 1][0]] == " "
        and (i == 0 or toks[i - 1][2] != "et")
    )


def _qualifier_before_noun(toks: list[tuple[int, int, str]], i: int, v: dict) -> bool:
    """Whether token ``i`` is a word that opens no name (names.yaml ``not_starts``) before a lower-case
    word, or the first of demonyms of countries.yaml before a lower-case noun ("founded by Chinese
    Malaysian businessman Ada Morn"): they qualify the noun, no name starts there."""
    if toks[i][2] in v["not_starts"] and i + 1 < len(toks) and not cap(toks[i + 1][2]):
        return True
    m = i
    while m < len(toks) and is_country_word(toks[m][2]) and toks[m][2] not in v["org_words"]:
        if m + 1 < len(toks) and toks[m + 1][0] - toks[m][1] != 1:
            return False
        m += 1
    return m > i + 1 and m < len(toks) and toks[m][2][:1].islower()


@functools.cache
def _styles() -> frozenset[str]:
    """The styles written with a full stop that ends no sentence ("Mr.", "Dr."): names.yaml's
    honorifics among its sentence_abbreviations."""
    n = vocabulary.names()
    return frozenset(a.rstrip(".") for a in n["sentence_abbreviations"]) & frozenset(n["honorifics"])


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
    v = compiled()
    toks, glued = _tokens(clean, start, end)
    glued_at = sorted(glued)

    def gap_at(a: int, b: int) -> str:
        return " " if a == b and b in glued else clean[a:b]

    mentions: list[Mention] = []
    not_starts = v["not_starts"]
    i, n = 0, len(toks)
    while i < n:
        s0, e0, tok = toks[i]
        article = tok in ("al", "el") and _article_opens(toks, i, clean)
        if tok[0].islower() and "-" not in tok and tok not in not_starts and not article:
            i += 1  # (most words: a lower-case word opens no name)
            continue
        numbered = (
            bool(_ASCII_NUMBER.fullmatch(tok))
            and not 1600 <= int(tok) <= 2099
            and i + 1 < n
            and toks[i + 1][2] in v["org_words"]
            and clean[e0 : toks[i + 1][0]] == " "
        )  # "the 610 Office"
        if (
            not (_cap(tok) or numbered or article)
            or (i == 0 and sentence_start and tok in v["not_starts"])
            or _qualifier_before_noun(toks, i, v)
            or (tok in ("The", "A", "An") and _CLAUSE_OPENS.search(clean, max(0, s0 - 3), s0))
        ):
            # ("July 1934: The Harbour Directorate ...": an article after a dateline's colon opens the clause)
            if tok in v["not_starts"] and _STATE_NOUN.match(clean, e0) and is_demonym(tok):
                mentions.append(make_mention(s0, e0, text[s0:e0], v))  # "Chinese government" (below)
            i += 1
            continue
        j = i
        last_good = i
        has_prep = False
        while j + 1 < n:
            gap = gap_at(toks[j][1], toks[j + 1][0])
            if gap == ". " and j > i and toks[j][2] in _styles():
                gap = " "  # "Vice President of the X Association Mr. Bo Lin", "X Army Gen. Bo Lin": a style
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
                if k >= n or gap_at(toks[k - 1][1], toks[k][0]) != " " or not cap(toks[k][2]):
                    break
                if not connector_ok(conns, toks, i, j, k, has_prep, v):
                    break
                if conns[0] in ("of", "for", "on", "to"):
                    has_prep = True
                j = k
                last_good = k
                continue
            break
        s_, e_ = toks[i][0], toks[last_good][1]
        surface = _spaced(text, s_, e_, glued_at)
        m = make_mention(s_, e_, surface, v)
        mentions.append(_without_opening_word(m, text, v) if i == 0 and sentence_start else m)
        i = last_good + 1
    out = _portfolios(_after_runs(mentions, text, clean, start, v), text, clean, end, v)
    end_of_text = _text_end(clean)
    if out and out[-1].end >= end_of_text and clean[end_of_text - 1 : end_of_text].isalpha() and " " in out[-1].name:
        # the page's copy ends inside this name ("... was renamed the Department of Nat"): its last word
        # is cut, so the name is not known
        out = out[:-1]
    return out


# ", Justice and Security", ", Ports, Sand & Tides": more of a ministry's portfolios, one word each
# (the last may be two words: ", Education and Mass Mobilisation")
_PORTFOLIOS = re.compile(
    r", (?P<w>[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! [A-Z&])"
)
# a ministry's name, the body word opening it: "Ministry of Defence", "Department of Tides"; a body
# "for" its fields: "Commission for Information"
_MINISTRY_OF = re.compile(
    r"(?:[A-Z][a-z]+ )?(?:(?:Ministry|Department|Secretariat|Minister|Secretary) of "
    r"|(?:Ministry|Department|Commission|Committee|Council|Board|Office|Agency) for )"
)
# "the X's Commission for A": the body's own words after the owner's
_OWNED = re.compile(r"[’']s (?P<own>.+)$")


def _portfolios(mentions: list[Mention], text: str, clean: str, end: int, v: dict) -> list[Mention]:
    """ "Ministry of Defence, Justice and Security": a ministry of several portfolios is one name,
    not a list of three (the words after the comma are no bodies, persons or places).

    >>> t = "It moved from the Ministry of Defence, Justice and Security to the Office of Tides, Ulton and Veldra."
    >>> [m.name for m in find_mentions(t, t, 0, len(t))]
    ['Ministry of Defence, Justice and Security', 'Office of Tides', 'Ulton', 'Veldra']
    >>> t = "She chairs the Tide Party's Commission for Information, Education and Mass Mobilisation."
    >>> [m.name for m in find_mentions(t, t, 0, len(t)) if m.org]
    ['Commission for Information, Education and Mass Mobilisation of the Tide Party']
    """
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        said = clean[m.start : m.end]
        owned = _OWNED.search(said) if m.name != said else None
        own = owned.group("own") if owned and m.name.startswith(owned.group("own") + " of ") else m.name
        p = _PORTFOLIOS.match(clean, m.end, end) if m.org and _MINISTRY_OF.match(own) else None
        words = re.findall(r"[A-Z][a-z]+", p.group("w")) if p else []
        if p and not any(w in v["org_words"] or countries_in(w) or w in v["not_starts"] for w in words):
            surface = text[m.start : p.end()]
            more = clean[m.end : p.end()]
            name = own + more + m.name[len(own) :] if own != m.name else m.name + more  # (the owner's "of" last)
            m = Mention(start=m.start, end=p.end(), surface=surface, name=name, org=True)
            skip_to = p.end()
        out.append(m)
    return out


def _tokens(clean: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The words of ``clean[start:end]`` as ``(start, end, word)``, a glued link cut in two, and
    where the cuts are."""
    toks = []
    glued = set()  # where a mirror dropped the space before a linked name ("theCentral Committee")
    for m in _TOKEN.finditer(clean, start, end):
        tok = m.group()
        # (a glued link opens with a lower-case word or "The", and has a capital after its word)
        g = _glued_link().match(tok) if (tok[0].islower() or tok[:3] == "The") and not tok[2:].islower() else None
        if g:
            a, b = m.span()
            cut = a + g.end("w")
            toks.append((a, cut, g.group("w")))
            toks.append((cut, b, g.group("rest")))
            glued.add(cut)
        else:
            a, b = m.span()
            toks.append((a, b, tok))
    return toks, glued


def _spaced(text: str, s_: int, e_: int, glued_at: list[int]) -> str:
    """``text[s_:e_]`` with a space put back at each glued link in it."""
    surface = text[s_:e_]
    lo = bisect.bisect_right(glued_at, s_)
    cuts = [c - s_ for c in glued_at[lo : bisect.bisect_left(glued_at, e_)]]
    for c in reversed(cuts):  # "Committee of theHarbour Party" is named with its space
        surface = surface[:c] + " " + surface[c:]
    return surface


def _after_runs(mentions: list[Mention], text: str, clean: str, start: int, v: dict) -> list[Mention]:
    """The runs of capitalised words :func:`find_mentions` found, merged, split and extended by the
    rules of :mod:`orgnet.extract.mention_rules` (possessives, lists, demonyms, titles, nicknames)."""
    mentions = merge_possessives(mentions, clean, v)
    mentions = lower_case_bodies(mentions, text, clean, start, v)
    mentions = plural_bodies(mentions, clean)
    for k, mn in enumerate(mentions):
        g = _STATE_NOUN.match(clean, mn.end) if _demonym_words(mn) else None
        if g and not _INDEFINITE_BEFORE.search(clean, max(0, mn.start - 12), mn.start):
            # "the Veldran government": the state body a demonym and a lower-case noun name
            e_ = g.end()
            codes = countries_in(mn.name) if g.group(2) in ("government", "regime") else frozenset()
            # ("the Russian government", "the North Korean federal government", "the Iranian regime":
            # the Government of Russia, as the state names it, when the demonym is one state's)
            name = f"Government of {state_name(next(iter(codes)))}" if len(codes) == 1 else mn.name + g.group(0)
            mentions[k] = Mention(start=mn.start, end=e_, surface=text[mn.start : e_], name=name, org=True)
    for k, mn in enumerate(mentions):
        w = mn.name.split()
        if (
            len(w) == 2
            and not mn.possessive
            and re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", w[1])
            and (is_demonym(w[0]) or is_country_word(w[0]))
        ):
            # "the Veldran MPS", "the Soviet KGB": the body the acronym names, the demonym only says whose it is
            a = mn.start + mn.surface.rindex(w[1])
            mentions[k] = Mention(start=a, end=mn.end, surface=text[a : mn.end], name=w[1], org=True, acronym=True)
    mentions = merge_enumerated(mentions, text, clean, v)
    mentions = post_prefix_bodies(mentions, text, v)
    mentions = bodies_before_their_noun(mentions, text, clean, v)
    mentions = split_titled_person(mentions, text, clean, v)
    mentions = split_person_then_post(mentions, text, v)
    mentions = merge_rank_abbreviations(mentions, text, clean, v)
    mentions = merge_retired_ranks(mentions, text, clean, v)
    mentions = merge_nicknames(mentions, text, clean)
    mentions = governments_of(mentions, text, clean)
    mentions = merge_region_tails(mentions, text, clean, v)
    mentions = numbered_units(mentions, text, clean, v)
    mentions = extend_to_abbreviation(mentions, text, clean, start)
    mentions = lower_case_name_before_abbreviation(mentions, text, clean, start, v)
    mentions = _quoted_bodies(mentions, text, clean)
    mentions = _legal_forms(mentions, text, clean, v)
    return [m for m in mentions if m.name not in v["common_acronyms"]]  # "an NGO": no body's name


def _legal_forms(mentions: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """A company's name and its legal form after a comma, one body ("Tide Mining, Sociedad
    Anónima (TM)"): the mentions in the legal form go into the name before it."""
    out: list[Mention] = []
    for mn in mentions:
        if out and out[-1].end >= mn.end:
            continue  # (a mention inside the legal form just joined)
        form = v["legal_form_rx"].match(clean, mn.end) if mn.name else None
        if form:
            name = clean[mn.start : form.end()]
            mn = Mention(start=mn.start, end=form.end(), surface=text[mn.start : form.end()], name=name, org=True)
        out.append(mn)
    return out


def _quoted_bodies(mentions: list[Mention], text: str, clean: str) -> list[Mention]:
    """A name in quotation marks, then a lower-case body noun: the body ("the “Lumen Vox”
    foundation" -> "Lumen Vox Foundation"), its quoted name read as one of its names."""
    out = []
    for mn in mentions:
        q = _QUOTED_BODY.match(clean, mn.end)
        if q and clean[mn.start - 1 : mn.start] in ("“", '"', "«", "„"):
            e_ = q.end()
            name = f"{mn.name} {q.group('noun').capitalize()}"
            out.append(Mention(start=mn.start, end=e_, surface=text[mn.start : e_], name=name, org=True))
        else:
            out.append(mn)
    return out


# after a quoted name: its closing mark and a lower-case body noun ("“Lumen Vox” foundation")
_QUOTED_BODY = re.compile(
    r"[”\"»“]\s+(?P<noun>foundation|fund|centre|center|institute|association|society|club|union|movement|"
    r"forum|council|committee|group|agency|company|network|alliance|league|federation|academy|school)\b"
)


# "to set up an Egyptian intelligence service": a kind of body, no body's name
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|any|another|some|every|each)\s+$", re.I)


_ASCII_NUMBER = re.compile(r"[0-9]{1,4}")  # a number that names a body ("620 Office"; not "²")


_CLAUSE_OPENS = re.compile(r"(?:^|[:;]\s*|\n\s*)$")


_STATE_NOUN = re.compile(
    r"(?: (federal|central|national|interim|transitional|provisional))?"
    r" (government|authorities|regime|embassy|military intelligence|military|army|navy|secret police|intelligence service|"
    r"security services?)\b(?!-)"
)


def _demonym_words(mn: Mention) -> bool:
    """A demonym of one word ("Veldran", "Soviet"), or of two words whose state is known ("North Korean")."""
    w = mn.name.split()
    if mn.possessive or not 0 < len(w) <= 2:
        return False
    if len(w) == 1:
        return is_demonym(w[0]) or is_country_word(w[0])
    return is_demonym(w[1]) and len(countries_in(mn.name)) == 1  # (not "United States": a name)


def anaphors(clean: str, start: int, end: int) -> list[Mention]:
    v = compiled()
    out = []
    for m in v["anaphora_rx"].finditer(clean, start, end):
        w = m.group("w")
        # "it" only as a subject-like word, not "its"/"it." inside other words
        kind = v["anaphora_kind"].get(w.casefold()) or v["anaphora_kind"].get("the " + w.casefold().split()[-1])
        if kind is None:
            continue
        if w.casefold() == "it" and m.group("pos"):
            continue
        if m.group("cty"):  # "Veldra's spy agency" (the country's name stays a name of its own)
            if not is_country_word(m.group("cty")):
                continue
            out.append(
                Mention(start=m.start("dn"), end=m.end(), surface=clean[m.start("dn") : m.end()], name="", anaphor=kind)
            )
            continue
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(), name="", anaphor=kind))
    return out


def named_anaphors(text: str, s: Sentence, subject: str) -> list[Mention]:
    out = anaphors(text, s.start, s.end)
    for a in out:
        a.name = subject
    return out


# a post and the body it is of, in one mention: "Director-General of Harbour Services Intelligence"
_POST_OF = re.compile(r".+? (?:of|for) (?:the )?(?P<body>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)$")


# a lower-case head noun right after a name, before a parenthesis ("... Intelligence body (RAFIB)")
_LOWER_HEAD = re.compile(r" (?P<w>(?-i:[a-z]{3,12}))(?=\s?\()")


_ABBR_OPEN = re.compile(r"\s?\((?P<a>[A-Z][A-Za-z]{1,9})\s*[,;)]")


_SPAN_WORD = re.compile(r"[\w'’&-]+")
# a name that lists its fields, the last after "and", right before its abbreviation ("Justice, Policing and Safety")
_AND_LAST = re.compile(r", [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")
# a body's name and the word that joins it to the fields it is about ("Committee on", "Ministry of")
_HEAD_OF = re.compile(r"[A-Z][\w'’-]* (?:on|of|for) $")


# verbs no name holds: a name found back from its abbreviation stops at them
_FINITE_VERBS = frozenset("is was are were has have had be been will would said says became becomes".split())


def _initials_hold(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` is spelt, in order, by the first letters of the capitalised ``words`` and their
    hyphened parts ("Inter-Services Intelligence": ISI), from the first to the last ("NOTCFL" ⊇ "NOCFL")."""
    caps = [p[0] for w in words for p in w.split("-") if p[:1].isupper()]
    if not caps or caps[0] != abbr[0] or caps[-1] != abbr[-1].upper():
        return False
    it = iter(caps)
    return all(ch in it for ch in abbr.upper())


def extend_to_abbreviation(ms: list[Mention], text: str, clean: str, start: int) -> list[Mention]:
    """ "the Office for Teaching Tides as a Second Language (OTTSL)": one name, its extent told by
    the abbreviation after it, though lower-case words other than "of"/"for" stand inside it."""
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        am = _ABBR_OPEN.match(clean, m.end)
        noun = _LOWER_HEAD.match(clean, m.end) if not am and m.name else None
        if noun and m.person and noun.group("w").capitalize() not in compiled()["org_words"]:
            noun = None  # ("Ada Morn said (AP)": a person's name is no body's but before a body word)
        if (
            noun
            and (ha := _ABBR_OPEN.match(clean, noun.end()))
            and _initials_hold(ha.group("a"), [*m.name.split(), noun.group("w").capitalize()])
        ):
            # "the Ruritanian Armed Forces Intelligence body (RAFIB)", "the Unity party (UP)": a head noun
            # in lower case, inside the name its abbreviation spells
            name = f"{m.name} {noun.group('w').capitalize()}"
            ms[k] = m = Mention(start=m.start, end=noun.end(), surface=text[m.start : noun.end()], name=name, org=True)
            continue
        if not am:
            continue
        abbr = am.group("a")
        if sum(ch.isupper() for ch in abbr) < 2:
            continue
        post = _POST_OF.match(m.surface) if m.title and not m.name else None
        if post and _initials_hold(abbr, post.group("body").split()):
            # "Director of Harbour Services Intelligence (HSI)": the post of a body its abbreviation spells
            m.name, m.org = post.group("body"), True
            continue
        if _initials_hold(abbr, m.name.split()):
            if " " in m.name and not (m.org or m.person or m.anaphor):
                m.org = True  # "Harbour Services Intelligence (HSI)": a name its abbreviation spells is a body's
            continue
        # walk back over words (no punctuation between) for a start the abbreviation spells
        words = list(_SPAN_WORD.finditer(clean, max(start, m.start - 160), m.end))
        best = None
        listed = _AND_LAST.search(clean, max(start, m.start - 160), m.end) is not None
        for j in range(len(words) - 1, -1, -1):
            gap = clean[words[j].end() : words[j + 1].start()] if j + 1 < len(words) else ""
            if j + 1 < len(words) and gap.strip() and not (listed and gap == ", "):
                break  # a comma, a parenthesis: the name does not go back past it (but in "A, B and C (ABC)")
            if words[j].group() in _FINITE_VERBS:
                break  # "The X is a body of the Y Party (YP)": no name goes back past a verb
            if words[j].start() >= m.start:
                continue
            span_words = [w.group() for w in words[j:] if w.end() <= m.end]
            if words[j].group()[:1].isupper() and _initials_hold(abbr, span_words):
                best = words[j].start()
        if best is None:
            continue
        a = best
        head = next((x for x in ms[:k] if x.start < a <= x.end + 1 and _HEAD_OF.search(clean, x.start, a)), None)
        if listed and head is not None:
            a = head.start  # "the Standing Committee on Justice, Policing and Safety (JPS)": the committee's name
        name = clean[a : m.end]
        inside = [x for x in ms if a <= x.start and x.end <= m.end]
        first = ms.index(inside[0]) if inside else k
        ms[first : k + 1] = [
            Mention(start=a, end=m.end, surface=text[a : m.end], name=name, org=is_org_name(name), person=False)
        ]
    return ms


def lower_case_name_before_abbreviation(ms: list[Mention], text: str, clean: str, start: int, v: dict) -> list[Mention]:
    """ "la Direction générale de la sécurité extérieure (DGSE)": a name written in its language's case,
    an organisation word then lower-case words, whose abbreviation after it spells every word but the
    connectors: one name, a body's.

    >>> t = "Il travaille à la Direction générale des marées (DGM) depuis 1990."
    >>> [m.name for m in find_mentions(t, t, 0, len(t))]
    ['Il', 'Direction générale des marées', 'DGM']
    """
    out = list(ms)
    for a in ms:
        if not (a.acronym or a.name.isupper()) or clean[a.start - 1 : a.start] != "(" or a.start - 2 < start:
            continue
        words = list(_SPAN_WORD.finditer(clean, max(start, a.start - 120), a.start - 1))
        if not words or clean[words[-1].end() : a.start - 1].strip():
            continue
        for j in range(len(words) - 1, max(-1, len(words) - 10), -1):
            if j + 1 < len(words) and clean[words[j].end() : words[j + 1].start()].strip(" '’"):
                break  # punctuation: the name does not go back past it
            w = words[j].group()
            if not (w[:1].isupper() and w in v["org_words"]):
                continue
            content = [x.group() for x in words[j:] if x.group().casefold() not in v["connectors"]]
            if any(x[:1].isupper() for x in content[1:]):
                break  # a name in capitals is read by extend_to_abbreviation
            if "".join(x[0].upper() for x in content) == a.name:
                s0, e0 = words[j].start(), words[-1].end()
                out = [m for m in out if m.end <= s0 or m.start >= e0]  # ("La Direction": the article no part)
                out.append(Mention(start=s0, end=e0, surface=text[s0:e0], name=clean[s0:e0], org=True))
            break
    return sorted(out, key=lambda m: m.start)


def _cap(tok: str) -> bool:
    """A capitalised word that may be part of a name: no title-case headline's verb ("Tideland Elects
    Ada Morn as Chairman")."""
    return cap(tok) and tok not in _headline_verbs()


@functools.lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """A title-case headline's verbs, no words of the names around them (names.yaml ``headline_verbs``)."""
    return frozenset(vocabulary.names()["headline_verbs"])
