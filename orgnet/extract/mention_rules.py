"""The rules :func:`orgnet.extract.mentions.find_mentions` applies to the names it finds (extract
stage): merging, splitting and extending them (numbered units, nicknames, possessives, lists).
"""

from __future__ import annotations

import re

from ..lexicon import compiled
from ..names import Mention, is_org_name, looks_like_person
from ..read.officeholders import office_body
from .words import is_demonym, office_then_person

__all__ = [
    "PAREN_AFTER",
    "cap",
    "connector_ok",
    "extend_to_abbreviation",
    "governments_of",
    "lower_case_bodies",
    "make_mention",
    "merge_enumerated",
    "merge_nicknames",
    "merge_possessives",
    "merge_rank_abbreviations",
    "numbered_units",
    "plural_bodies",
    "split_titled_person",
]


PAREN_AFTER = re.compile(r"\s?\((?P<inner>(?:[^()]|\([^()]{0,60}\)){1,300})\)")  # ("(MPS, Ulterian: Bo Ca (BC))")


_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def cap(tok: str) -> bool:
    """Whether a token can be part of a name (capitalised, an ordinal, a hyphenated particle)."""
    return bool(tok) and (
        tok[0].isupper() or bool(_ORDINAL.match(tok)) or ("-" in tok and bool(compiled()["particle_rx"].match(tok)))
    )


_MEMBER_OF = re.compile(
    r"^(?:(?:Alternate|Candidate|Full|Standing|Permanent) )?Members? of (?:the )?(?P<body>[A-Z].+)$"
)


_UNIT_NUMBER = re.compile(
    r" (?P<n>\d{1,4})\b(?![.,:/-]?\d)(?! (?:years?|months?|days?|times|percent|per|members|staff|people|officers)\b)"
)


_LOWER_UNIT = re.compile(r" (?P<w>[a-z]{3,15}) \d{1,3}\b(?![.,:/-]?\d)")  # a lower-case body word, a number


def numbered_units(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Service 9", "Unit 8200", "Bureau 72": a body word and the number that names the unit (a year
    after it names no unit)."""
    out: list[Mention] = []
    for m in ms:
        words = m.name.split()
        nm = (
            _UNIT_NUMBER.match(clean, m.end)
            if words and words[-1] in v["org_words"] and not m.title and not m.possessive
            else None
        )
        if nm and not (len(nm.group("n")) == 4 and 1800 <= int(nm.group("n")) <= 2099):
            e = nm.end()
            name = f"{m.name} {nm.group('n')}"
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


_NICKNAME = re.compile(r"\s+[\"“][A-Z][^\"“”]{0,24}[\"”]\s+")


def merge_nicknames(ms: list[Mention], text: str, clean: str) -> list[Mention]:
    """'Ada "Redbeard" Lind': a nickname in quotes between a first and a last name is one person,
    named without the nickname."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        nm = _NICKNAME.match(clean, a.end) if " " not in a.name and not a.org and a.name[:1].isupper() else None
        if nm:
            j = next((x for x in range(k + 1, min(k + 4, len(ms))) if ms[x].start >= nm.end()), None)
            b = ms[j] if j is not None else None
            if (
                j is not None
                and b is not None
                and b.start == nm.end()
                and not b.org
                and b.name[:1].isupper()
                and len(b.name.split()) <= 2
            ):
                name = f"{a.name} {b.name}"
                if looks_like_person(name):
                    out.append(
                        Mention(
                            start=a.start,
                            end=b.end,
                            surface=text[a.start : b.end],
                            name=name,
                            person=True,
                            possessive=b.possessive,
                        )
                    )
                    k = j + 1
                    continue
        out.append(a)
        k += 1
    return out


def merge_rank_abbreviations(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Brig. Gen. Bo Wu", "Maj. Cy Rask": ranks abbreviated with a period before a person's
    name are one mention with it, named by the person."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        j = k
        while (
            j < len(ms)
            and ms[j].name in v["honorifics"]
            and clean[ms[j].end : ms[j].end + 1] == "."
            and j + 1 < len(ms)
            and re.fullmatch(r"\.\s{1,2}", clean[ms[j].end : ms[j + 1].start])
        ):
            j += 1
        if j > k and ms[j].person:
            p = ms[j]
            out.append(
                Mention(
                    start=ms[k].start,
                    end=p.end,
                    surface=text[ms[k].start : p.end],
                    name=p.name,
                    title=p.title,
                    org=p.org,
                    person=p.person,
                    acronym=p.acronym,
                    possessive=p.possessive,
                )
            )
            k = j + 1
            continue
        out.append(ms[k])
        k += 1
    return out


_RETIRED = re.compile(r"\((?:retd|ret|rtd|retired)\.?\)\s+$", re.I)


def merge_retired_ranks(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Maj (Retd) Bo Wu", "Col. (Retd.) Cy Rask": a rank and a retired mark in parentheses before a
    person's name are one mention with it, named by the person."""
    out: list[Mention] = []
    for m in ms:
        r = _RETIRED.search(clean, max(0, m.start - 40), m.start) if m.person else None  # (a window: linear)
        if r is not None:
            while out and out[-1].start >= r.start():
                out.pop()  # the mark's own word ("Retd")
            if (
                out
                and (out[-1].name or out[-1].title).rstrip(".") in v["honorifics"]
                and not clean[out[-1].end : r.start()].strip(" .")
            ):
                a = out.pop().start
                m = Mention(
                    start=a,
                    end=m.end,
                    surface=text[a : m.end],
                    name=m.name,
                    title=m.title,
                    org=m.org,
                    person=m.person,
                    acronym=m.acronym,
                    possessive=m.possessive,
                )
        out.append(m)
    return out


def split_titled_person(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Head of the powerful Harbour Bureau Bo Wu resigned": after "<title> of the [adjective]",
    a run of capitals that ends in a person's name after the body's last organisation word is
    two names, the body and the person."""
    out = []
    for m in ms:
        words = m.name.split()
        last = max((i for i, w in enumerate(words) if w in v["org_words"]), default=-1)
        after = words[last + 1 :] if last >= 0 else []
        if (
            m.org
            and not m.title
            and 2 <= len(after) <= 3
            and m.name == m.surface
            and all(w[:1].isupper() and w not in v["connectors"] for w in after)
            and looks_like_person(" ".join(after))
            and not is_org_name(" ".join(after))
            and v["title_of_before_rx"].search(clean, max(0, m.start - 80), m.start)
        ):
            cut = m.start + m.surface.rindex(" " + after[0]) + 1
            body = " ".join(words[: last + 1])
            out.append(
                Mention(
                    start=m.start,
                    end=m.start + len(body),
                    surface=text[m.start : m.start + len(body)],
                    name=body,
                    org=True,
                )
            )
            out.append(make_mention(cut, m.end, text[cut : m.end], v))
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


def extend_to_abbreviation(ms: list[Mention], text: str, clean: str, start: int) -> list[Mention]:
    """ "the Office for Teaching Tides as a Second Language (OTTSL)": one name, its extent told by
    the abbreviation after it, though lower-case words other than "of"/"for" stand inside it."""
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        am = _ABBR_OPEN.match(clean, m.end)
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
        for j in range(len(words) - 1, -1, -1):
            gap = clean[words[j].end() : words[j + 1].start()] if j + 1 < len(words) else ""
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
        name = clean[a : m.end]
        inside = [x for x in ms if a <= x.start and x.end <= m.end]
        first = ms.index(inside[0]) if inside else k
        ms[first : k + 1] = [
            Mention(start=a, end=m.end, surface=text[a : m.end], name=name, org=is_org_name(name), person=False)
        ]
    return ms


def connector_ok(conns: list[str], toks, i: int, j: int, k: int, has_prep: bool, v: dict) -> bool:
    """Whether the lower-case words `conns` between two runs of capitals join them into one name."""
    first = conns[0]
    if first == "and" or first == "&":
        if len(conns) > 1:
            return False  # "X and the Y": two names
        left = [t[2] for t in toks[i : j + 1]]
        if any(w.isupper() and len(w) > 1 for w in left):
            return False  # "ILD and Central ...": an acronym is a whole name
        if _post_follows(toks, k, v):
            return False  # "Chairman of the Tide Council and Commander-in-Chief of the X": a second post
        if has_prep:
            return True  # "Foundation for Peace and Development"
        if left[-1] in v["org_words"] and len(left) > 1:
            return False  # "Foreign Ministry and ..." - the left part is complete ("Organization and
            # Guidance Department", "Ulton University Students and Scholars Association" are one name)
        # join only when the right side goes on to an organisation word
        rest = []
        m = k
        while m < len(toks) and (cap(toks[m][2]) or toks[m][2] in v["connectors"]):
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
        # "Association for Friendship with Foreign Countries", "Institute of Friendship with the
        # Peoples": one name when a preposition came before and the word before "with" is no
        # organisation word ("the Institute for Peace with the Ministry" stays two names)
        return has_prep and (len(conns) == 1 or (conns[1:] == ["the"] and toks[j][2] not in v["org_words"]))
    if (
        first in ("et", "y", "e", "und")
        and len(conns) >= 2
        and conns[1] in ("de", "du", "des", "la", "le", "del", "della", "der")
    ):
        return True  # "Bureau de Veille Maritime et de Contre-Piraterie": one name in its own language
    if first in ("of", "for", "on", "de", "du", "des", "la", "le"):
        return all(c in ("the", "a", "an", "la", "le") for c in conns[1:]) and not _demonym_before_noun(toks, k, v)
    if first in v["particles"]:
        return all(c in v["particles"] for c in conns)  # "Jihaz al Khas", "Jan van der Berg"
    return False


def _demonym_before_noun(toks, k: int, v: dict) -> bool:
    """Whether the capitalised words from token ``k`` end in a demonym that qualifies the lower-case
    noun after them ("for South Korean affairs", "of Ruritanian origin"): no part of a name
    ("of the People's Republic of China": a connector after them, the name goes on)."""
    m = k
    while m + 1 < len(toks) and cap(toks[m + 1][2]) and toks[m + 1][0] - toks[m][1] == 1:
        m += 1
    nxt = toks[m + 1][2] if m + 1 < len(toks) and toks[m + 1][0] - toks[m][1] == 1 else ""
    return (
        bool(nxt)
        and nxt[:1].islower()
        and nxt not in v["connectors"]
        and is_demonym(toks[m][2])
        and toks[m][2] not in v["org_words"]
    )


def _post_follows(toks, k: int, v: dict) -> bool:
    """Whether the words from token ``k`` open a post of a body ("Commander-in-Chief of",
    "Secretary of", "Member of")."""
    words: list[str] = []
    for m in range(k, min(k + 4, len(toks))):
        w = toks[m][2]
        if w in ("of", "for"):
            return bool(words) and (" ".join(words).casefold() in v["titles_cf"] or words in (["Member"], ["Members"]))
        if not cap(w):
            return False
        words.append(w)
    return False


def make_mention(s: int, e: int, surface: str, v: dict) -> Mention:
    """The mention of `surface` at ``[s, e)``: its name, and whether it reads as a person or a body."""
    based = _BASED.match(surface)
    if based and based.group("rest"):
        # "Ulton-based Harbour Club": the body, and where it is based
        m = make_mention(s + based.start("rest"), e, based.group("rest"), v)
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
        rest = name[tm.end() :]
        if rest.startswith(" of "):
            title = tm.group("title")
            rest_name = re.sub(r"^of (?:the )?", "", rest.strip())
            name = rest_name if is_org_name(rest_name) else ""
            if title in v["ministry_titles"]:  # "Minister of the Interior": the Ministry of the Interior
                name = office_body(title, rest.strip()[3:]) or name
            split = office_then_person(rest.strip()[3:])
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
    if h and looks_like_person(name[h.end() :]):
        name = name[h.end() :]  # "Captain Ada Li", "Sir Bo Wu": the person
    if " of " in name and not title:
        left = name.split(" of ")[0]
        h = v["honorific_rx"].match(left)
        person = left[h.end() :] if h else left
        if looks_like_person(person) and not is_org_name(person) and (h or not is_org_name(name)):
            # "Lora Pena of Veldra", "Grand General Bo Wu of the Tide Army": the person (and where she
            # comes from or serves)
            name = person
    if name and not title:
        head = name.split(" of ")[0].split()
        if (
            len(head) >= 2
            and head[-1].casefold() in v["titles_cf"]
            and head[-1][:1].isupper()
            and any(w in v["org_words"] for w in head[:-1])
            and not (head[-1] == "General" and head[-2] in v["org_words"])  # "Directorate General of X": a body
        ):
            # "Communist Party Secretary of Ulton", "Deputy Party Secretary": a post, not a body
            title, name = " ".join(head), ""
    pn = v["post_nominal_rx"].search(name)
    if pn and looks_like_person(name[: pn.start()]):
        name = name[: pn.start()]  # "Bo Wu KCB": the person without the letters after the name
    h = v["honorific_rx"].match(name)
    if h and looks_like_person(name[h.end() :]):
        name = name[h.end() :]  # "Sir Bo Wu KCB"
    acronym = bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", name))
    return Mention(
        start=s,
        end=e,
        surface=surface,
        name=name,
        title=title,
        org=bool(name) and is_org_name(name),
        person=looks_like_person(name),
        acronym=acronym,
        possessive=possessive,
    )


def merge_possessives(ms: list[Mention], clean: str, v: dict) -> list[Mention]:
    """ "A's B" -> one mention named "B of the A" (or just "B" when A is a country word)."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if m.possessive and i + 1 < len(ms) and clean[m.end : ms[i + 1].start].strip() == "" and ms[i + 1].org:
            b = ms[i + 1]
            owner = re.sub(r"^The\s+", "", m.name)
            if m.title and not owner:  # "the Head of Ruritania's Harbour Bureau": the post, then the owner
                owner = re.sub(r"^.*?\bof\s+(?:the\s+)?|['’]s?$", "", m.surface).strip()
            one_word_place = (
                " " not in owner
                and owner[:1].isupper()
                and owner not in v["org_words"]
                and owner.casefold() not in v["titles_cf"]
                and " " in b.name
            )
            if m.surface in v["nationality"] or m.name in ("China", "Beijing", "PRC") or one_word_place:
                name = b.name  # "Ruritania's Harbour Bureau": the bureau (its country tells it apart)
            else:
                name = f"{b.name} of the {owner}"
            out.append(
                Mention(
                    start=m.start,
                    end=b.end,
                    surface=clean[m.start : b.end],
                    name=name,
                    title=m.title or b.title,
                    org=True,
                    person=False,
                )
            )
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_BASED = re.compile(r"^(?P<place>[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,2})-based\s+(?P<rest>[A-Z].*)$")


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
        if m.org and len(words) <= 3 and words[-1] in _SINGULAR_BODY and " of " not in m.name:
            k += 1
            continue  # "Communist Parties", "Foreign Ministries": no one body
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
        if m.org and not m.acronym and re.search(r"\b(?:of|for)\b", m.name) and " " in m.name:
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
            if ended and PAREN_AFTER.match(clean, ms[j].end):
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


# a post and the body it is of, in one mention: "Director-General of Harbour Services Intelligence"
_POST_OF = re.compile(r".+? (?:of|for) (?:the )?(?P<body>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)$")
