"""The vocabulary compiled for the name rules and the extractor: word sets, regexes, trigger phrases.

:func:`compiled` reads ``vocab/*.yaml`` once (through :mod:`orgnet.vocabulary`) and keeps what
:mod:`orgnet.names` and :mod:`orgnet.extract` look up.
"""

from __future__ import annotations

import functools
import re

from . import vocabulary
from .patterns import compile_fast, literal_words, most_selective, required_sets, required_words

_LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: every needle lies inside one

__all__ = ["compiled"]


# --------------------------------------------------------------------------- vocabulary


def rank_abbreviation(n: dict) -> str:
    """A rank written as an abbreviation ("Gen.", "Let.", "Brig.") or a retirement mark ("(ret.)",
    "(Retd)", names.yaml ``retired_marks``), as a pattern."""
    marks = "|".join(re.escape(w) for w in n["retired_marks"])
    return r"(?-i:[A-Z][a-z]{1,4}\.)(?![A-Za-z])|\((?i:" + marks + r")\.?\)|(?-i:Retired)"


@functools.lru_cache(maxsize=1)
def compiled() -> dict:
    """The vocabulary compiled once: word sets, regexes and trigger phrases, by name."""
    n = vocabulary.names()
    ph = vocabulary.phrases()
    hed = vocabulary.hedges()
    plurals = _title_plurals(n["titles"], frozenset(h for h in n["honorifics"] if " " not in h and not h.endswith(".")))
    title_alt = _alternation(n["titles"])
    # ("DGs": the plural of an abbreviated title)
    titles_alt = _alternation(list(plurals.values()) + [a + "s" for a in n["title_abbreviations"]])
    rank_alt = _alternation(n["honorifics"])
    titles = sorted(n["titles"], key=len, reverse=True)
    anaphora = []
    for kind, words in n["anaphora"].items():
        for w in words:
            anaphora.append((kind, w))
    return {
        **_name_rules(n, titles, plurals, anaphora, title_alt),
        # (a title in a phrase never ends where a longer title goes on, a rank before a name aside:
        # "secretary general of X" is no "secretary", "General Secretary of X" no "General"; "Chief of
        # Staff General Ada Morn")
        **_phrase_rules(
            n,
            ph,
            hed,
            rf"(?:{title_alt})(?![- ](?i:{_continuations(n['titles'])})\b(?!(?-i: [A-Z])))",
            titles_alt,
            rank_alt,
        ),
        **_date_rules(n),
    }


def _date_rules(n: dict) -> dict:
    """Months and weekdays, and the words of a date ("May 13, 2020 - 15:53"): a value made of them names no one."""
    return {
        "months": frozenset(n["months"]),
        "month_given_names": frozenset(n["month_given_names"]),
        "weekdays": frozenset(n["weekdays"]),
        "date_words_rx": re.compile(r"\b(?:" + _alternation(n["months"] + n["weekdays"]) + r"|[ap]\.?m\.?)\b\.?", re.I),
        "month_year_rx": re.compile(r"(?:" + _alternation(n["months"]) + r")\.?(?: \d{1,2},?)? (?:1[6-9]|20)\d\d"),
    }


def _name_rules(
    n: dict, titles: list[str], plurals: dict[str, str], anaphora: list[tuple[str, str]], title_alt: str
) -> dict:
    """The entries of :func:`compiled` for names: word sets and patterns of titles, particles, anaphora."""
    return {
        **_title_rules(n, titles, plurals, title_alt),
        **_name_word_rules(n, anaphora),
        **_group_name_rules(n),
        **_page_title_rules(n),
    }


def _page_title_rules(n: dict) -> dict:
    """The entries of :func:`compiled` that read a page's title as a body's name or as none."""
    return {
        # "Pillars and Structures of HB": a title naming a body by an aspect of it
        "aspect_title_rx": re.compile(
            r"^(?:(?:"
            + _alternation(n["title_aspects"])
            + r")(?:,? and |, | & ))*(?:"
            + _alternation(n["title_aspects"])
            + r") of (?:the )?(?P<name>[A-Z].+)$"
        ),
        "topic_plural_rx": re.compile(r"\b(?:" + "|".join(n["topic_plurals"]) + r") (?:of|in)\b"),
    }


def _group_name_rules(n: dict) -> dict:
    """The entries of :func:`compiled` that make a name without an organisation word a body's (or
    a name of generic words no one body's)."""
    return {
        "generic_words": frozenset(n["generic_words"]),
        # a one-word name before a noun of a group, maybe one word before and one between ("the proscribed
        # Lashkar-e-Veld terror group", "the Tidewatch movement"): that group's name
        # "Tidewatch members", "Tidewatch's military wing": a one-word name, then its people or parts
        "member_noun_rx": re.compile(
            r"(?<![\w-])(?P<w>(?-i:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))(?:['’]s)? (?:"
            + _alternation(n["member_nouns"])
            + r")\b"
        ),
        # "the head of the Tidewatch, Ada Lind", "chief of the Tideform since 1990": a one-word name after
        # "of the" in a post of its head, then no more of a name
        # (the literal words first, the post checked on the words before them: a fast scan)
        "head_of_the_rx": re.compile(
            r" of the (?P<w>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
            r"(?=\s*[,.;:)(]|\s*$| (?:who|which|and|in|since|from|until|between|for|to|at|as)\b)"
        ),
        "head_post_before_rx": re.compile(r"\b(?:" + _alternation(n["head_posts"]) + r")$", re.I),
        # "Deputy Tidewatch director": a head's post in lower case right after a name
        "head_post_after_rx": re.compile(r" (?-i:" + _alternation(n["head_posts"]) + r")\b"),
        # "the Tide Atid party": a lower-case noun of a body right after a name
        "body_noun_after_rx": re.compile(r" (?-i:" + _alternation([*n["body_nouns"], *n["group_nouns"]]) + r")\b"),
        # "the country's spy agency, the Tidewatch.": a one-word name in apposition to a noun of a body
        "body_then_name_rx": re.compile(r", the (?P<w>[A-Z][a-z]{2,})(?=\s*[,.;:)])"),
        "body_noun_before_name_rx": re.compile(
            r"\b(?:" + _alternation([*n["any_body_nouns"], *n["body_nouns"]]) + r")$"
        ),
        "named_group_rx": re.compile(
            r"\b[Tt]he (?:(?-i:[a-z]+) )?(?P<w>(?-i:[A-Z][a-z]{2,}(?:-[a-z]{1,3}-[A-Z][a-z]+|-[A-Z][a-z]+)?))"
            r"(?: (?-i:[a-z]+))? (?:" + _alternation(n["group_nouns"]) + r")\b"
        ),
        # a lower-case noun of a body right before a name, which is then that body's ("the news agency
        # Tide Segodnya", "state TV holding company VGTR", "the broadcaster Tidevision")
        # an appositive whose head is a noun of a body, right after a name ("Jihad al-Tide, a Veldra-based
        # construction company formed by X"): the name is that body's
        "body_appositive_rx": re.compile(
            r",\s+(?:a|an|the)\s+(?:(?!(?:of|at|in|for|with|from|by|to|and|or)\s)[\w-]+\s+){0,4}?(?-i:"
            + _alternation(n["body_nouns"])
            + r")(?=\s*[,.;]|\s+(?:formed|founded|set|run|operated|owned|created|based|established|that|which|whose)\b)"
        ),
        # (a lower-case word before the noun: "National agency Colombia" is a glued infobox's key and value)
        # the head noun of a phrase that calls something a body ("a youth movement", "a construction company")
        "body_head_rx": r"(?:"
        + _alternation([*n["body_nouns"], *n["group_nouns"], *(w.casefold() for w in n["org_words"])])
        + r")",
        "body_noun_before_rx": re.compile(r"(?-i:\b[a-z][a-z-]* (?:" + _alternation(n["body_nouns"]) + r")) $"),
    }


def _title_rules(n: dict, titles: list[str], plurals: dict[str, str], title_alt: str) -> dict:
    """Titles and posts: the title words and the patterns that find a post before or after a name."""
    return {
        "titles": titles,
        # ("Political Vice-Secretary of X": a post the title list has only in part)
        "title_rx": re.compile(
            r"^(?:(?:"
            + "|".join(re.escape(q) for q in n["title_qualifiers"])
            + r")[- ])?(?:Political |Organi[sz]ing |Assistant )?(?:Vice-(?=[A-Z]))?"
            # ("Deputy Director-General": a post the title list has only in part)
            r"(?P<title>(?:(?:"
            + "|".join(re.escape(p.capitalize()) for p in n["post_prefixes"])
            + r") (?=[A-Z]))?(?:"
            + "|".join(re.escape(t) for t in titles)
            + r"))\b"
        ),
        "titles_cf": frozenset(t.casefold() for t in titles),
        # "Head of the powerful ", "chairman of the ": a post, then the body it is of
        "title_of_before_rx": re.compile(
            r"\b(?i:"
            + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
            + r") of (?:the )?(?:[a-z][\w-]* ){0,2}$"
        ),
        "one_word_titles": frozenset(t.casefold() for t in titles if " " not in t and "-" not in t),
        "state_singleton_rx": re.compile(
            r"(?:the )?(?P<w>" + "|".join(re.escape(w) for w in n["state_singletons"]) + r")"
        ),
        "title_qualifier_words": frozenset(q.casefold() for q in (*n["title_qualifiers"], *n["post_prefixes"])),
        "office_body_rx": re.compile(
            r"\b(?:(?:is|was|has been|had been|serving as|serves as|functions as|acts as) (?:the )?(?:(?:title|post|office) of (?:the )?)?"
            r"(?:(?:head|leader|chief|highest official|top official|chief executive)|"  # ("... highest ranking
            r"(?:(?-i:[a-z]+(?:-[a-z]+)?) ){1,3}?(?:head|leader|officer|official)|(?:"  # military officer of X")
            + "|".join(re.escape(t.casefold()) for t in titles)
            + r"))|and (?:the )?head) of(?: the)?\b",
            # ("... is a member of the X and the head of the Y": the predicate's second part)
            re.I,
        ),
        # (a body word before the title makes a body's name: "Directorate General of X", "Secretariat General")
        "office_rx": re.compile(
            r"^(?:(?:"
            + "|".join(re.escape(q.title()) for q in n["title_qualifiers"])
            + r"|"
            + _not_body_word(n["org_words"], titles)
            + r"[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)) ){0,2}?"
            r"(?P<title>"
            + "|".join(re.escape(t) for t in titles)
            + r")(?: \d{1,2})? (?P<prep>of|for) (?P<the>the )?(?P<body>.+)$"
        ),
        "title_chain_rx": re.compile(
            r"^(?P<q>(?:Vice|Deputy|Acting|Assistant) )?(?P<body>.+?) (?P<title>(?:(?:Vice|Deputy|Executive|First|Acting|Joint|Assistant) )?(?:"
            + "|".join(re.escape(t) for t in titles)
            + r")) (?P<person>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} [A-Z][\w'’.-]+)$"
        ),
        "ministry_titles": frozenset(n["ministry_titles"]),
        "office_scopes": frozenset(n["office_scopes"]),
        "title_abbreviations": dict(n["title_abbreviations"]),
        # military ranks: the titles that are also honorifics ("Army Corps General Y": no post of the corps)
        "ranks": frozenset(t.split()[-1] for t in titles if t in set(n["honorifics"])),
        "plural_title_rx": re.compile(
            r"(?P<body>(?-i:[A-Z][\w'’&.-]*(?: (?:of |for |the )*[A-Z][\w'’&.-]*){0,6}))? "
            r"(?P<title>" + "|".join(re.escape(plurals[t]) for t in titles) + r")\b"
        ),
        "title_end_rx": re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")s?$", re.I),
        "singular_title": {pl.casefold(): t for t, pl in plurals.items()},
        "as_title_rx": re.compile(
            r",?\s+as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|acting\s+)?(?P<title>(?:vice[- ]|deputy |executive )?(?:"
            + title_alt
            + r"))\b(?:\s+of\b(?:\s+the\b)?)?",
            re.I,
        ),
        # "... as the Harbour Intelligence Service chief": the body, then the post
        "as_body_title_rx": re.compile(
            r",?\s+as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|acting\s+)?(?P<body>(?-i:[A-Z][\w&.’'-]*"
            r"(?: (?:of |for |the )*[A-Z][\w&.’'-]*){0,6}?))\s+(?P<title>(?:vice[- ]|deputy |executive )?(?:"
            + title_alt
            + r"))\b(?!\s+of\b)",
            re.I,
        ),
    }


def _name_word_rules(n: dict, anaphora: list[tuple[str, str]]) -> dict:
    """Names' word sets and patterns: body words, particles, honorifics, anaphora, demonyms."""
    return {
        "org_words": frozenset(n["org_words"]),
        "org_suffixes": tuple(n["org_suffixes"]),
        "field_org_words": frozenset(n["field_org_words"]),
        "gloss_notes": frozenset(n["parenthetical_notes"]),
        "org_words_cf": frozenset(w.casefold() for w in n["org_words"])
        | frozenset(w.casefold().split()[-1] for words in n["anaphora"].values() for w in words),
        "ordinal_unit": re.compile(n["ordinal_unit"]),
        "non_name_words": frozenset(n["non_name_words"]),
        "legal_form_rx": re.compile(r",\s+(?:" + _alternation(n["legal_forms"]) + r")(?!\w)"),  # ", S.A."
        "small_words": frozenset(n["name_small_words"]),
        "acronym_small_words": frozenset(n["name_small_words"]) | frozenset(n["acronym_small_words"]),
        "publication_words": frozenset(n["publication_words"]),
        "not_kinds": frozenset(n["not_kinds"]),  # "was the brainchild of Y": no kind
        # "Departments of the Central Committee", "Ministries of Veldra": a title naming a class of bodies
        "name_regions": frozenset(n["name_regions"]),
        # an office of oversight that an oversight field may name ("Inspector General of Veldra")
        "oversight_office_rx": re.compile(
            r"(?:the )?(?:" + "|".join(re.escape(o) for o in n["oversight_offices"]) + r")\b", re.I
        ),
        # a state's or place's name: a state word before "of" or at the end ("Republic of X", "X Province")
        "state_name_rx": re.compile(
            r"^(?:(?:the )?(?:" + "|".join(n["state_words"]) + r") of\b|.*\b(?:" + "|".join(n["state_words"]) + r")$)"
        ),
        # a sovereign state's name after "of" ("... of the republic of y"), in a name key (lower case)
        "sovereign_rx": re.compile(r"\b(?:" + "|".join(map(re.escape, n["sovereign_words"])) + r")\b"),
        "bare_org_word": re.compile(
            r"(?:the )?(?:" + "|".join(re.escape(w) for w in n["org_words"] if w not in n["named_alone"]) + r")", re.I
        ),
        # a name's particle glued to it by a hyphen: "al-Hasan", "ibn-Saud" (names.yaml name_particles)
        "particles": frozenset(n["name_particles"]) & frozenset(n["name_connectors"]),  # joining words
        "particle_rx": re.compile(r"^(?:" + "|".join(n["name_particles"]) + r")-[A-Z]"),
        "post_nominal_rx": re.compile(r"(?:,? (?:" + "|".join(re.escape(p) for p in n["post_nominals"]) + r")+)+$"),
        "honorifics": frozenset(h.rstrip(".") for h in n["honorifics"]),
        # the ranks and honorifics of names.yaml, and any written as a short capitalised abbreviation
        # ("Let. Gen.", "Brig.") or marked retired ("(ret.)", "(Retd)") before a name
        "honorific_rx": re.compile(
            r"^(?:(?:(?:"
            + "|".join(re.escape(h) for h in sorted(n["honorifics"], key=len, reverse=True))
            + r")\.?|"
            + patronymic_honorific(n)
            + "|"
            + rank_abbreviation(n)
            + r")\s+)+"
        ),
        # a retirement mark right before a name ("Maj (Retd) Bo Wu")
        "retired_rx": re.compile(r"\((?:" + "|".join(re.escape(w) for w in n["retired_marks"]) + r")\.?\)\s+$", re.I),
        "connectors": frozenset(n["name_connectors"]) | frozenset(n["name_prepositions"]),
        "prepositions": frozenset(n["name_prepositions"]),
        "into_heads": frozenset(n["into_heads"]),
        "internal_poss": frozenset(n["name_internal_possessives"]),
        "not_starts": frozenset(n["not_name_starts"]),
        "discourse_words": frozenset(n["discourse_words"]),
        "anaphora_rx": _anaphora_rx(anaphora),
        "anaphora_kind": {w.casefold(): k for k, w in anaphora},
        "nationality": [w for w in n["nationality_words"]],
        "implied_parent": re.compile(n["implied_parent"]),
        "disambiguators": re.compile(n["disambiguators"]),
        # "Tide Watch (Vakta Tidu, in Swedish)": a name, then the name in another language
        "language_gloss": re.compile(
            r"^(?P<name>.+?)\s*\((?P<gloss>[^()]+?),?\s+in\s+(?:" + _alternation(n["languages"]) + r")\)$"
        ),
        "unknown": frozenset(n["unknown_words"]),
        "placeholder_value_rx": re.compile(r"(?i:" + "|".join(n["placeholder_values"]) + r")"),
        # (a post that serves a body, plural too: "Ambassador", "special envoys")
        "serving_post_rx": re.compile(
            r"(?:(?:"
            + _alternation(n["serving_post_qualifiers"])
            + r") )?(?:"
            + _alternation(n["serving_posts"])
            + r")s?",
            re.I,
        ),
        "common_acronyms": frozenset(n["common_acronyms"]),
        "document_words": frozenset(n["document_words"]),
        "unit_after_rx": re.compile(r"[ -](?-i:" + _alternation(n["unit_nouns"]) + r")\b"),
        "non_field_words": frozenset(n["non_field_words"]),
        "demonym_rx": re.compile(n["demonym"]),
    }


def _anaphora_rx(anaphora: list[tuple[str, str]]) -> re.Pattern:
    """ "it", "he", "the agency", also with one lower-case word between ("the intelligence agency"; not
    "the Office for X", a name going on), and a country's described body ("Veldra's spy agency"; its
    country group ``cty``, the description ``dn``), from names.yaml ``anaphora``."""
    words = [w for _, w in sorted(anaphora, key=lambda a: -len(a[1]))]
    bare = "|".join(re.escape(w) for w in words if not w.startswith("the "))
    nouns = _anaphor_nouns(words)
    lower = r"(?-i:(?!and |or |of |the )[a-z][\w-]+)"
    return compile_fast(
        rf"\b(?P<w>{bare}|(?:the|that|this) (?:{lower} )?(?:{nouns})(?! (?:of|for) (?:the )?(?-i:[A-Z]))"
        # "Veldra's external spy agency": a country's body, described (mentions.anaphors checks the country)
        rf"|(?P<cty>(?-i:[A-Z][\w-]+))['’]s (?P<dn>(?:{lower} ){{0,3}}(?:{nouns})))(?P<pos>['’]s)?\b",
        re.I,
    )


def _anaphor_nouns(words: list[str]) -> str:
    """The nouns of the anaphors "the <noun>" among ``words``, longest first, as an alternation."""
    nouns = sorted((w[4:] for w in words if w.startswith("the ")), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in nouns)


def _body_anaphor(n: dict) -> str:
    """ "the agency", "the bureau": a body the document is about, named by its noun (names.yaml anaphora)."""
    return r"(?:the (?:" + _anaphor_nouns(n["anaphora"]["org"]) + r"))"


def _continuations(titles: list[str]) -> str:
    """The capitalised words that go on from one title to a longer one ("General" of "Secretary
    General", "Secretary" of "General Secretary"), as a regex alternative.

    >>> _continuations(["Secretary", "Secretary General", "General", "General Secretary", "Head of Unit"])
    'General|Secretary'
    """
    known, out = set(titles), set[str]()
    for t in titles:
        words = t.replace("-", " ").split()
        out.update(words[k] for k in range(1, len(words)) if " ".join(words[:k]) in known and words[k][:1].isupper())
    return "|".join(sorted(out))


def _phrase_rules(n: dict, ph: dict, hed: dict, title_alt: str, titles_alt: str, rank_alt: str) -> dict:
    """The entries of :func:`compiled` for prose: trigger phrases with the words they need, hedges."""
    phrases = []
    slots = {"{titles}": titles_alt, "{title}": title_alt, "{rank}": rank_alt, "{body_anaphor}": _body_anaphor(n)}
    for p in ph["phrases"]:
        pattern = functools.reduce(lambda acc, kv: acc.replace(*kv), slots.items(), p["pattern"])
        sets = required_sets(pattern)
        needles = most_selective(sets) or literal_words(pattern)
        # the other words a match needs: a sentence without one of each cannot match either
        needs = tuple(dict.fromkeys(frozenset(s) for s in sets if s != needles))
        phrases.append(dict(p, pattern=pattern, rx=compile_fast(pattern, re.I), needles=needles, needs=needs))
    extra = {
        key: required_words(ph[key]) or literal_words(ph[key])
        for key in (
            "alias_phrases",
            "former_name_phrases",
            "rename_pattern",
            "founded_pattern",
            "founded_lead_pattern",
            "newly_founded_pattern",
            "staff_pattern",
        )
    }
    hedge_alts = {level: "|".join(re.escape(w) for w in words) for level, words in hed["hedges"].items()}
    hedge_needles = {level: required_words(alt) or literal_words(alt) for level, alt in hedge_alts.items()}
    all_needles = sorted(
        {n for p in phrases for n in p["needles"]}
        | {n for p in phrases for words in p["needs"] for n in words}
        | {n for v in extra.values() for n in v}
        | {n for v in hedge_needles.values() for n in v},
        key=lambda n: (-len(n), n),
    )
    # every needle is letters only, so it lies inside one run of letters: look each distinct
    # run up once (memoised) instead of trying every needle at every position
    assert all(n.isalpha() for n in all_needles), "needles are letters only"

    @functools.lru_cache(maxsize=1 << 16)
    def needles_in(word: str) -> frozenset:
        return frozenset(n for n in all_needles if n in word)

    def needles_of(text: str) -> set[str]:
        """The needles in ``text``: a pattern none of whose needles is there cannot match it."""
        present: set[str] = set()
        for word in set(_LETTERS.findall(text.lower())):
            present |= needles_in(word)
        return present

    # which phrases a needle can make possible
    phrases_of: dict[str, list[int]] = {}
    for k, p in enumerate(phrases):
        for nd in p["needles"]:
            phrases_of.setdefault(nd, []).append(k)
    hedge_rx = {
        level: compile_fast(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        for level, words in hed["hedges"].items()
    }
    return {
        "phrases": phrases,
        "needles_of": needles_of,
        "phrases_of": phrases_of,
        "extra_needles": extra,
        "hedge_needles": hedge_needles,
        "alias_rx": compile_fast(ph["alias_phrases"], re.I),
        "former_rx": compile_fast(ph["former_name_phrases"], re.I),
        "rename_rx": compile_fast(ph["rename_pattern"], re.I),
        "founded_rx": compile_fast(ph["founded_pattern"], re.I),
        "founded_lead_rx": compile_fast(ph["founded_lead_pattern"], re.I),
        "staff_rx": compile_fast(ph["staff_pattern"], re.I),
        "appointment_verbs": ph["appointment_verbs"],
        "newly_founded_rx": compile_fast(ph["newly_founded_pattern"], re.I),
        # ", maintaining ties to Z": a clause of a tie that went on (names.yaml continuing_participles)
        "continuing_rx": re.compile(
            r",\s*(?:while\s+|thereby\s+|and\s+)?(?:still\s+)?(?:"
            + "|".join(re.escape(w) for w in n["continuing_participles"])
            + r")\b",
            re.I,
        ),
        "hedge_rx": hedge_rx,
        "conf": hed["confidence"],
    }


def _not_body_word(org_words: list[str], titles: list[str]) -> str:
    """A lookahead refusing a body noun that no title contains ("Directorate", "Secretariat",
    "Ministry"; not "Party" of "Party Secretary", nor "Army", which may qualify a post)."""
    in_titles = {w for t in titles for w in re.split(r"[\s-]+", t)}
    words = sorted(
        (
            w
            for w in org_words
            if w[:1].isupper() and w not in in_titles and w.endswith(("ate", "ariat", "ment", "ry", "ency", "eau"))
        ),
        key=len,
        reverse=True,
    )
    return r"(?!(?:" + "|".join(re.escape(w) for w in words) + r")\b)" if words else ""


def _title_plurals(titles: list[str], ranks: frozenset[str]) -> dict[str, str]:
    """Each title's plural (:func:`title_plural`).

    >>> _title_plurals(["Vice Chairman", "Secretary-General", "Deputy"], frozenset())
    {'Vice Chairman': 'Vice Chairmen', 'Secretary-General': 'Secretaries-General', 'Deputy': 'Deputies'}
    """
    return {t: title_plural(t, ranks) for t in titles}


def title_plural(title: str, ranks: frozenset[str] | None = None) -> str:
    """The plural of an office title (``Vice Chairman`` -> ``Vice Chairmen``): its last word's,
    or the word before a last ``General`` or ``Emeritus`` ("Directors General", "Secretaries-General",
    "Chairmen Emeritus"), unless that word is a rank ("Major Generals": ``ranks``, by default the
    one-word honorifics of names.yaml).

    >>> [title_plural(t) for t in ("Vice Chairman", "Deputy Secretary", "Head", "Director General")]
    ['Vice Chairmen', 'Deputy Secretaries', 'Heads', 'Directors General']
    >>> title_plural("Secretary-General"), title_plural("Major General"), title_plural("Chairman Emeritus")
    ('Secretaries-General', 'Major Generals', 'Chairmen Emeritus')
    """
    if ranks is None:
        ranks = _one_word_ranks()
    parts = re.split(r"([- ])", title)
    words = parts[0::2]
    k = len(words) - 1
    if k and words[-1] in ("General", "Emeritus") and words[-2] not in ranks:
        k -= 1
    parts[2 * k] = _plural_word(parts[2 * k])
    return "".join(parts)


def _plural_word(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("y") and w[-2:-1] not in ("a", "e", "o", "u"):
        return w[:-1] + "ies"
    return w + ("es" if w.endswith(("s", "sh", "ch", "x")) else "s")


@functools.lru_cache(maxsize=1)
def _one_word_ranks() -> frozenset[str]:
    """The honorifics of names.yaml that are one word ("Major", "Colonel"): ranks before "General"."""
    return frozenset(h for h in vocabulary.names()["honorifics"] if " " not in h and not h.endswith("."))


def patronymic_honorific(n: dict) -> str:
    """The pattern of an honorific that is one only before an Arabic patronymic ("Sheikh Hamad bin
    Khalid"; in "Sheikh Ada Morn" the word is the name's), from names.yaml ``patronymic_honorifics``
    and ``patronymic_particles``: no trailing space, to go in a run of honorifics.

    >>> import re
    >>> rx = re.compile(patronymic_honorific({"patronymic_honorifics": ["Sheikh"], "patronymic_particles": ["bin"]}))
    >>> bool(rx.match("Sheikh Hamad bin Khalid")), bool(rx.match("Sheikh Ada Morn"))
    (True, False)
    """
    return (
        r"(?:"
        + "|".join(map(re.escape, n["patronymic_honorifics"]))
        + r")(?=\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:"
        + "|".join(map(re.escape, n["patronymic_particles"]))
        + r")\b)"
    )


def _alternation(words) -> str:
    """A regex alternative of the given phrases, longest first, space or hyphen between words."""
    return "|".join(re.sub(r"\\[- ]", "[- ]", re.escape(w)) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def titles_pattern() -> str:
    """The office titles of ``vocab/names.yaml`` as a regex alternative, longest first (so "Deputy
    Director" wins over "Director"), each written as it is.

    >>> re.fullmatch(titles_pattern(), "Deputy Director") is not None
    True
    """
    return "|".join(re.escape(t) for t in sorted(vocabulary.names()["titles"], key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def qualifiers_pattern() -> str:
    """The words that may stand before a post ("First", "Vice", "Deputy", ...: names.yaml
    ``title_qualifiers`` and ``post_prefixes``), capitalised, as a regex alternative.

    >>> re.fullmatch(qualifiers_pattern(), "First") is not None
    True
    """
    n = vocabulary.names()
    return "|".join(re.escape(q.capitalize()) for q in (*n["title_qualifiers"], *n["post_prefixes"]))


@functools.lru_cache(maxsize=1)
def known_titles() -> frozenset[str]:
    """The office titles of ``vocab/names.yaml``, case-folded."""
    return frozenset(t.casefold() for t in vocabulary.names()["titles"])


@functools.lru_cache(maxsize=1024)
def singular_title(title: str) -> str:
    """The singular of a plural office title (``Chiefs`` -> ``Chief``, ``DGs`` -> ``Director-General``); a
    title the vocabulary does not know comes back as it is.

    >>> singular_title("Chairmen"), singular_title("chief"), singular_title("Friends")
    ('Chairman', 'Chief', 'Friends')
    >>> singular_title("Deputy Chiefs"), singular_title("Vice-Ministers")
    ('Deputy Chief', 'Vice-Minister')
    """
    abbr = compiled()["title_abbreviations"]
    if title.endswith("s") and title[:-1] in abbr:
        return abbr[title[:-1]]
    for t in compiled()["titles"]:
        if title_plural(t).casefold() == title.casefold() or t.casefold() == title.casefold():
            return t
    pre = re.match(r"(\w+)([ -])(.+)", title)  # "Deputy Chiefs", "Vice-Ministers": a post's prefix, a known title
    if pre and pre[1].casefold() in vocabulary.names()["post_prefixes"] and (one := singular_title(pre[3])) != pre[3]:
        return f"{pre[1]}{pre[2]}{one}"
    return title


def is_known_title(text: str) -> bool:
    """An office title of ``vocab/names.yaml``, maybe after a post's prefix (``post_prefixes``).

    >>> is_known_title("Director-General"), is_known_title("deputy Director-General"), is_known_title("Ada Li")
    (True, True, False)
    """
    t = text.strip().casefold()
    first, _, rest = t.partition(" ")
    return t in known_titles() or (first in vocabulary.names()["post_prefixes"] and rest in known_titles())


def is_organ(name: str) -> bool:
    """Whether ``name`` names nothing but a collective organ, whose body is unsaid ("Politburo",
    "Politburo Secretariat", "Board of Trustees"; names.yaml ``organ_words``).

    >>> is_organ("Politburo"), is_organ("Board of Trustees"), is_organ("Tide Council"), is_organ("Members")
    (True, True, False, False)
    """
    words = [w for w in name.split() if w.casefold() not in ("of", "the", "and")]
    return bool(words) and all(w.casefold() in _organ_words() for w in words)


@functools.lru_cache(maxsize=1)
def _organ_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary.names()["organ_words"])
