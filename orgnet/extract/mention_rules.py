"""The rules :func:`orgnet.extract.mentions.find_mentions` applies to the names of bodies it finds
(extract stage): merging, splitting and extending them (numbered units, governments, possessives,
plural and enumerated bodies); a person's name has its own in :mod:`orgnet.extract.person_mentions`.
"""

from __future__ import annotations

import re

from .. import vocabulary
from ..countries import is_country_name
from ..names import Mention, is_org_name
from .mention_names import make_mention
from .words import is_demonym, office_then_person

__all__ = [
    "PAREN_AFTER",
    "THE_BEFORE",
    "governments_of",
    "lower_case_bodies",
    "merge_enumerated",
    "merge_possessives",
    "merge_region_tails",
    "numbered_units",
    "plural_bodies",
]


PAREN_AFTER = re.compile(r"\s?\((?P<inner>(?:[^()]|\([^()]{0,60}\)){1,300})\)")  # ("(MPS, Ulterian: Bo Ca (BC))")


_OF_FOR = re.compile(r"\b(?:of|for)\b")
_UNIT_NUMBER = re.compile(
    r" (?P<n>\d{1,5})\b(?![.,:/-]?\d)(?! (?:years?|months?|days?|times|percent|per|members|staff|people|officers)\b)"
)


_LOWER_UNIT = re.compile(r" (?P<w>[a-z]{3,15}) \d{1,3}\b(?![.,:/-]?\d)")  # a lower-case body word, a number


def numbered_units(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Service 9", "Unit 8200", "Bureau 72", "the Tide Army's Unit 61398": a body word and the number
    that names the unit (a year after it names no unit)."""
    out: list[Mention] = []
    for m in ms:
        words = m.name.split()
        # ("the Tide Army's Unit 8200": named "Unit of the Tide Army" by the owner's possessive)
        owned = len(words) > 1 and m.surface.split()[-1:] == words[:1] and words[0] in v["org_words"]
        nm = (
            _UNIT_NUMBER.match(clean, m.end)
            if words and (words[-1] in v["org_words"] or owned) and not m.title and not m.possessive
            else None
        )
        if nm and not (len(nm.group("n")) == 4 and 1800 <= int(nm.group("n")) <= 2099):
            e = nm.end()
            # (after an owner's possessive the unit is known by its word and number: "Unit 8200")
            name = f"{words[0] if owned else m.name} {nm.group('n')}"
            out.append(Mention(start=m.start, end=e, surface=text[m.start : e], name=name, org=True))
            continue
        low = (
            _LOWER_UNIT.match(clean, m.end)
            if len(words) >= 2 and not m.title and not m.possessive and not m.person
            else None
        )
        if (
            low and low.group("w").capitalize() in v["org_words"]
        ):  # "Military Intelligence section 5", "Tide Police department 2": the unit's name, in lower case
            e = low.end()
            out.append(Mention(start=m.start, end=e, surface=text[m.start : e], name=text[m.start : e], org=True))
            continue
        out.append(m)
    return out


_GOVERNMENT_OF = re.compile(r"\b(?:the|a|its|their) (?:(?:[a-z]+|[A-Z][a-z]+) )?(?P<g>government) of (?P<the>the )?$")


def governments_of(ms: list[Mention], text: str, clean: str) -> list[Mention]:
    """ "created by the government of the Soviet Union": the Government of the Soviet Union, a body
    (the country is named inside its name)."""
    out: list[Mention] = []
    for m in ms:
        gm = (
            _GOVERNMENT_OF.search(clean, max(0, m.start - 40), m.start)
            if not (m.title or m.person or m.anaphor) and m.name[:1].isupper() and not m.possessive
            else None
        )
        if gm:
            a = gm.start("g")
            name = "Government of " + (gm.group("the") or "") + m.name
            out.append(Mention(start=a, end=m.end, surface=text[a : m.end], name=name, org=True))
            continue
        out.append(m)
    return out


def merge_region_tails(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "the Committee of Tide Services in Africa": a name with a preposition in it ("of", "for",
    "on") goes on with "in" and a continent or world region (names.yaml ``name_regions``), as
    bodies of a region are named; a place after that ("... in Africa in Ulton") is not part of it.
    "in the" and a region whose name ends in names.yaml ``name_region_ends`` ("... in the Ulton Special
    Administrative Region") go on with it too."""
    regions = v["name_regions"]
    ends = tuple(vocabulary.names()["name_region_ends"])
    if len(ms) < 2 or (regions.isdisjoint([m.name for m in ms]) and not any(m.name.endswith(ends) for m in ms)):
        return ms  # (most sentences name no region: nothing to merge)
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        b = ms[k + 1] if k + 1 < len(ms) else None
        if (
            b is not None
            and a.org
            and not a.person
            and (
                (b.start == a.end + 4 and clean.startswith(" in ", a.end) and b.name in regions)
                or (b.start == a.end + 8 and clean.startswith(" in the ", a.end) and b.name.endswith(ends))
            )
            and re.search(r" (?:of|for|on) ", a.name)
        ):
            out.append(
                Mention(
                    start=a.start,
                    end=b.end,
                    surface=text[a.start : b.end],
                    name=a.name + clean[a.end : b.end],
                    title=a.title,
                    org=True,
                )
            )
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def post_prefix_bodies(ms: list[Mention], text: str, v: dict) -> list[Mention]:
    """ "Deputy Tidewatch director Ada Lind", "Acting Tideform chief": a capitalised post prefix or
    qualifier, one capitalised word, then a head's post in lower case: the word is a body's name,
    not a person's with a title.

    >>> from orgnet.lexicon import compiled
    >>> t = "Deputy Tidewatch director, named only as D, was promoted."
    >>> [m.name for m in post_prefix_bodies([make_mention(0, 16, t[:16], compiled())], t, compiled())]
    ['Tidewatch']
    """
    out = []
    for m in ms:
        words = m.surface.split(" ")
        if (
            len(words) == 2
            and not m.org
            and words[0].casefold() in v["title_qualifier_words"]
            and v["head_post_after_rx"].match(text, m.end)
        ):
            a = m.start + len(words[0]) + 1
            m = make_mention(a, m.end, text[a : m.end], v)
            m = Mention(start=m.start, end=m.end, surface=m.surface, name=m.name, org=True)
        out.append(m)
    return out


def bodies_before_their_noun(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "the opposition Tide Atid party", "the Wave Front movement": a run of capitals after "the"
    (and maybe one lower-case word) and right before a noun of a body is that body's name, though
    it looks like a person's.

    >>> from orgnet.lexicon import compiled
    >>> t = "He leads the opposition Tide Atid party."
    >>> a = t.index("Tide")
    >>> [(m.name, m.org) for m in bodies_before_their_noun([make_mention(a, a + 9, t[a : a + 9], compiled())], t, t, compiled())]
    [('Tide Atid', True)]
    """
    out = []
    for m in ms:
        if (
            m.person
            and not m.org
            and THE_BEFORE.search(clean, max(0, m.start - 30), m.start)
            and v["body_noun_after_rx"].match(clean, m.end)
        ):
            m = Mention(start=m.start, end=m.end, surface=m.surface, name=m.name, org=True)
        out.append(m)
    return out


# "the" and maybe one adjective right before a name ("of the powerful Harbour Bureau")
THE_BEFORE = re.compile(r"\bthe (?:[a-z]+ )?$")


# between "A's" and the body B it owns: nothing, its abbreviation, one lower-case qualifier or both
# ("the Tide Party's (TP) influential Liaison Department")
_POSSESSIVE_GAP = re.compile(
    r"\s+(?:\((?-i:[A-Z][A-Za-z]{1,7})\)\s+)?(?:(?!and\b|or\b|of\b|the\b|with\b|from\b)(?-i:[a-z]{4,})\s+)?"
)


_ABBREVIATION_BETWEEN = re.compile(r"\s+\((?-i:[A-Z][A-Za-z]{1,7})\)\s+(?:(?-i:[a-z]{4,})\s+)?")


def merge_possessives(ms: list[Mention], clean: str, v: dict) -> list[Mention]:
    """ "A's B" -> one mention named "B of the A" (or just "B" when A is a country word); the
    abbreviation of A or one lower-case qualifier may stand between ("A's (AP) influential B")."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        skip = int(
            i + 2 < len(ms) and _ABBREVIATION_BETWEEN.fullmatch(clean, m.end, ms[i + 2].start) is not None
        )  # ("A's (AP) B": the abbreviation's own mention is skipped)
        if (
            m.possessive
            and i + 1 + skip < len(ms)
            and _POSSESSIVE_GAP.fullmatch(clean, m.end, ms[i + 1 + skip].start)
            and ms[i + 1 + skip].org
        ):
            b = ms[i + 1 + skip]
            held = office_then_person(b.name) if m.title and not skip else None
            if held:  # "Director of Tide TV's Programs Department Bo Wu": the holder, titled (its body: the chain)
                a, e = m.start, b.end
                out.append(Mention(start=a, end=e, surface=clean[a:e], name=held[1], title=m.title, person=True))
                i += 2
                continue
            owner = re.sub(r"^The\s+", "", m.name)
            if m.title and not owner:  # "the Head of Ruritania's Harbour Bureau": the post, then the owner
                owner = re.sub(r"^.*?\bof\s+(?:the\s+)?|['’]s?$", "", m.surface).strip()
            one_word_place = (
                " " not in owner
                and owner[:1].isupper()
                and owner not in v["org_words"]
                and owner.casefold() not in v["titles_cf"]
                and (" " in b.name or b.acronym)  # ("Veldra's HIS": the HIS, not "HIS of the Veldra")
            )
            if (
                m.surface in v["nationality"]
                or m.name in ("China", "Beijing", "PRC")
                or one_word_place
                or (
                    is_country_name(owner)  # "East Germany's Ministry for State Security": the ministry
                )
            ):
                name = b.name  # "Ruritania's Harbour Bureau": the bureau (its country tells it apart)
            elif " of " in b.name and not m.title and "Government" not in owner:
                # "the Tide Ministry's Office of Harbour Control": a whole name of its own (a body "for"
                # a field, "Commission for External Relations", is the owner's; a government's ministry too)
                name = b.name
            else:
                name = f"{b.name} of the {owner}"
            # ("the Tide Ministry's Office of Harbour Control": a whole name, a part of its owner)
            part_of = owner if name == b.name and m.org and not one_word_place and " of " in b.name else ""
            out.append(
                Mention(
                    start=m.start,
                    end=b.end,
                    surface=clean[m.start : b.end],
                    name=name,
                    title=m.title or b.title,
                    org=True,
                    person=False,
                    part_of=part_of if "Government" not in owner else "",
                )
            )
            i += 2 + skip
            continue
        out.append(m)
        i += 1
    return out


# ("Member of the 12th, 13th, 14th Secretariat": the convocations are no part of the body's name)
_SINGULAR_BODY = {
    "Ministries": "Ministry",
    "Agencies": "Agency",
    "Departments": "Department",
    "Committees": "Committee",
    "Bureaus": "Bureau",
    "Offices": "Office",
    "Commissions": "Commission",
    "Councils": "Council",
    "Directorates": "Directorate",
    "Parties": "Party",
    "Services": "Service",
}


_PLURAL_BODY = re.compile(r"^(?P<w>" + "|".join(_SINGULAR_BODY) + r") of (?P<rest>.+)$")


_BODY_HEAD = re.compile(
    r"\b(?:Ministr\w*|Department\w*|Committee\w*|Bureau\w*|Office\w*|Agenc\w*|Council\w*|"
    r"Commission\w*|Part(?:y|ies)|Service\w*|Institute\w*|Association\w*|University|Academy|"
    r"Society|Foundation|Cent(?:er|re)\w*|Directorate\w*|Group\w*|League|Union|Front)\b"
)


_LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


_LOWER_BODY = re.compile(
    r"(?<![\w-])(?P<body>(?:(?-i:[a-z][\w-]*) ){0,4}(?-i:service|agency|ministry|committee|department|"
    r"bureau|directorate|office|council|commission|police|guard|front|league|union|association|"
    r"society|federation|institute|administration|secretariat|corps|force|organi[sz]ation))\s*"
)


_ENUM_GAP = re.compile(r",\s+|,?\s+and\s+")


def plural_bodies(ms: list[Mention], clean: str) -> list[Mention]:
    """ "the Ministries of Tides, Ports, and Fishing": one body each ("Ministry of Tides", ...);
    a plural body word with no "of" ("the Communist Parties") names a kind of body, not one."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        m = ms[k]
        pm = _PLURAL_BODY.match(m.name)
        if pm:
            word = _SINGULAR_BODY.get(pm.group("w"), pm.group("w")[:-1])
            out.append(
                Mention(start=m.start, end=m.end, surface=m.surface, name=f"{word} of {pm.group('rest')}", org=True)
            )
            while (
                k + 1 < len(ms)
                and _LISTED_NEXT.fullmatch(clean, ms[k].end, ms[k + 1].start)
                and not _BODY_HEAD.search(ms[k + 1].name)
                and not ms[k + 1].person
                and not ms[k + 1].acronym
            ):
                k += 1
                n = ms[k]
                out.append(Mention(start=n.start, end=n.end, surface=n.surface, name=f"{word} of {n.name}", org=True))
            k += 1
            continue
        words = m.name.split()
        if (
            m.org
            and len(words) <= 3
            and words[-1] in _SINGULAR_BODY
            and words[-1] != "Services"
            and " of " not in m.name
        ):
            k += 1
            continue  # "Communist Parties", "Foreign Ministries": no one body (one may be named "Services")
        out.append(m)
        k += 1
    return out


def lower_case_bodies(ms: list[Mention], text: str, clean: str, start: int, v: dict) -> list[Mention]:
    """ "the Ruritanian foreign intelligence service (RFIS)": a body written in lower case, named
    by the abbreviation in parentheses after it (a demonym may open it)."""
    out: list[Mention] = []
    for m in ms:
        if m.acronym and clean[m.start - 1 : m.start] == "(" and clean[m.end : m.end + 1] == ")":
            lb = _LOWER_BODY.search(clean, max(start, m.start - 120), m.start - 1)
            if lb and lb.end() == m.start - 1 and not (out and out[-1].end > lb.start("body")):
                a = lb.start("body")
                if out and out[-1].end == lb.start("body") - 1 and is_demonym(out[-1].name):
                    a = out.pop().start  # "Ruritanian foreign intelligence service"
                e = lb.end("body")
                out.append(Mention(start=a, end=e, surface=text[a:e], name=clean[a:e], org=True))
        out.append(m)
    return out


def merge_enumerated(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Agency for Tides, Coastal Affairs and Fisheries (ATCAF)": one name whose object is a list.

    A name with an organisation word and "of"/"for", then ", B" parts and a last "and C" part,
    each without an organisation word or acronym, and a parenthesis (its abbreviation or another
    name) right after: a body named for several fields, not several names.
    """
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if m.org and not m.acronym and _OF_FOR.search(m.name) and " " in m.name:
            j, ended = i, False
            while j + 1 < len(ms):
                gap = clean[ms[j].end : ms[j + 1].start]
                g = _ENUM_GAP.fullmatch(gap)
                nxt = ms[j + 1]
                inner_and = " and " in nxt.name and not is_org_name(nxt.name.split(" and ")[0])
                if not g or (nxt.org and not inner_and) or nxt.acronym or nxt.title or nxt.possessive:
                    break
                j += 1
                if "and" in gap or inner_and:
                    ended = True
                    break
            paren = PAREN_AFTER.match(clean, ms[j].end) if ended else None
            if paren and not v["title_rx"].match(paren.group("inner")):
                # ("the Ministry of X, and Ada Li (Director of the Y)": a post in the parenthesis, a person)
                e = ms[j].end
                out.append(
                    Mention(
                        start=m.start,
                        end=e,
                        surface=text[m.start : e],
                        name=clean[m.start : e].replace("\u00a0", " "),
                        title=m.title,
                        org=True,
                    )
                )
                i = j + 1
                continue
        out.append(m)
        i += 1
    return out
