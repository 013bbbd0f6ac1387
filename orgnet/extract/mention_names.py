"""What name a run of tokens makes (extract stage): which tokens can be part of a name
(:func:`cap`), which small words may join two parts of one (:func:`connector_ok`), and the
mention a surface gives once titles, honorifics and "<X>-based" are read off it
(:func:`make_mention`). :mod:`orgnet.extract.mention_rules` then merges and splits mentions."""

from __future__ import annotations

import re

from ..lexicon import compiled
from ..names import Mention, is_org_name, looks_like_person
from ..read.officeholders import office_body
from .words import is_demonym, office_then_person

__all__ = ["cap", "connector_ok", "make_mention"]

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?:/[A-Z][A-Z0-9&]{1,9})?")  # ("RFE/RL": two joined by a slash)
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_MEMBER_OF = re.compile(
    r"^(?:(?:Alternate|Candidate|Full|Standing|Permanent) )?Members? of (?:the )?(?P<body>[A-Z].+)$"
)
# "Ulton-based Harbour Club": where the body is based, then the body
_CONTROLLED = re.compile(
    r"^(?P<owner>[A-Z][\w.’'&]*(?: [A-Z][\w.’'&]*){0,3})-(?:controlled|owned)\s+(?P<rest>[A-Z].*)$"
)
_BASED = re.compile(r"^(?P<place>[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,2})-based\s+(?P<rest>[A-Z].*)$")


def cap(tok: str) -> bool:
    """Whether a token can be part of a name (capitalised, an ordinal, a hyphenated particle)."""
    return bool(tok) and (
        tok[0].isupper()
        or (tok[0].isdigit() and bool(_ORDINAL.match(tok)))
        or ("-" in tok and bool(compiled()["particle_rx"].match(tok)))
        or bool(_ELIDED_OF.match(tok))  # "Apparato d'Informazioni Generali", "Ufficio dell'Ordine"
    )


# an elided "of" glued to a capitalised word, inside a Romance name
_ELIDED_OF = re.compile(r"(?:d|dell|dall|nell|l)['’][A-ZÀ-Ý]")


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
        if _titled_holder(" ".join(left), v):
            return False  # "Tide Service Chairman Ada Morn and Kessel Committee Chairman Ivo Lenz": two holders
        if k < len(toks) and toks[k][2] == left[0] and left[0] in v["org_words"]:
            return False  # "Center for Solar Studies and Center for Comet Studies": two names of one head
        if has_prep:
            return True  # "Foundation for Peace and Development"
        if left[-1] in v["org_words"] and len(left) > 1 and left[-1] not in v["field_org_words"]:
            return False  # "Foreign Ministry and ..." - the left part is complete ("Organization and
            # Guidance Department", "Ulton University Students and Scholars Association" are one name;
            # a field's word goes on: "National Radio and Television Administration")
        # join only when the right side goes on to an organisation word
        rest = []
        m = k
        while m < len(toks) and (cap(toks[m][2]) or toks[m][2] in v["connectors"]):
            rest.append(toks[m][2])
            m += 1
            if len(rest) > 6:
                break
        if left[-1] in v["field_org_words"]:  # ("Veldra Radio and Tide Television": two broadcasters)
            return any(w in v["org_words"] and w not in v["field_org_words"] for w in rest)
        return any(w in v["org_words"] for w in rest)
    if first in ("a", "an", "the"):
        prev = toks[j][2]
        return False if first != "the" else prev in ("of", "for", "on")
    if first == "to":
        return len(conns) == 1
    if first == "into":  # "Commission of Inquiry into Certain Activities": one name; "Bureau into the Office": two
        return toks[j][2] in v["into_heads"] and all(c == "the" for c in conns[1:])
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
    if first == "on" and (toks[k][2] in v["weekdays"] or toks[k][2] in v["months"]):
        return False  # "appointed chief of the Tide Office on Tuesday": a date, no part of the name
    if first in v["prepositions"]:
        return all(c in ("the", "a", "an", "la", "le") for c in conns[1:]) and not _demonym_before_noun(toks, k, v)
    if conns in (["e"], ["y"]) and _two_people(toks, i, j, k, v):
        return False  # "Ada Morn e Ivo Lenz", "Ada Morn y Ivo Lenz": two people ("José Ortega y Gasset": one)
    if first in v["particles"]:
        return all(c in v["particles"] for c in conns)  # "Jihaz al Khas", "Jan van der Berg"
    return False


def _two_people(toks, i: int, j: int, k: int, v: dict) -> bool:
    """Whether the capitalised runs ``[i, j]`` and from ``k`` on are each a person's full name (two
    capitalised words or more, no organisation word): "and" in the language of the names joins two."""
    m = k
    while m + 1 < len(toks) and cap(toks[m + 1][2]) and toks[m + 1][0] - toks[m][1] == 1:
        m += 1
    left, right = [t[2] for t in toks[i : j + 1]], [t[2] for t in toks[k : m + 1]]
    return (
        len(left) >= 2
        and len(right) >= 2
        and not (set(left) | set(right)) & v["org_words"]
        and looks_like_person(" ".join(left))
        and looks_like_person(" ".join(right))
    )


def _titled_holder(words: str, v: dict) -> re.Match | None:
    """`words` as a body's post and its holder ("Tide Service Chairman Ada Morn"), else ``None``."""
    c = v["title_chain_rx"].match(words)
    return c if c and looks_like_person(c.group("person")) and not is_org_name(c.group("person")) else None


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
    if k < len(toks) and toks[k][2].casefold() in v["title_qualifier_words"]:
        # "Member of the Party Committee and Deputy Tide Minister Ada Morn": a qualified post, then its holder
        for m in range(k + 1, min(k + 5, len(toks))):
            if not cap(toks[m][2]):
                break
            if toks[m][2].casefold() in v["one_word_titles"]:
                return True
    for m in range(k, min(k + 4, len(toks))):
        w = toks[m][2]
        if w in ("of", "for"):
            return bool(words) and (" ".join(words).casefold() in v["titles_cf"] or words in (["Member"], ["Members"]))
        if not cap(w):
            return False
        words.append(w)
    return False


# one word with a capital inside, a brand's name ("TideRos", "InfoNet", "TeleSUR"), not a surname's
# prefix ("McAdam", "MacLeod", "DeWitt", "LaRue", "FitzHugh", "VanDyke", "O'Neil")
# a place's body named by the place and the body's abbreviation: "Ulton PSB", "Tide Province MSS"
# ("La DGSI", "The MSS": an article before the abbreviation, no place)
_PLACE_ACRONYM = re.compile(
    r"(?!(?:La|Le|Les|El|Los|Las|Il|Lo|Gli|Die|Der|Das|Den|Het|The|An?|De|Du|Des|Da|Do|In|At|On|By|Of)\b)"
    r"(?:[A-Z][a-z]+ ){1,2}[A-Z]{3,5}"
)
_CAMEL = re.compile(r"(?!Mc|Mac|De|Le|La|Di|Da|Du|Fitz|Van|Von|St)[A-Z][a-z]{1,}[A-Z][A-Za-z]*")


# an ordinal before a name: "13th Tidewatch"
_ORDINAL_FIRST = re.compile(r"\d{1,3}(?:st|nd|rd|th) (?P<rest>[A-Z].*)$")
# a language adjective before a name ("English-language Tide TV", "Persian-language Tide Daily")
_LANGUAGE_ADJECTIVE = re.compile(r"[A-Z][a-z]+-language\s+(?=[A-Z])")


def make_mention(s: int, e: int, surface: str, v: dict) -> Mention:
    """The mention of `surface` at ``[s, e)``: its name, and whether it reads as a person or a body."""
    based = _BASED.match(surface)
    if based and based.group("rest"):
        # "Ulton-based Harbour Club": the body, and where it is based
        m = make_mention(s + based.start("rest"), e, based.group("rest"), v)
        m.based_in = based.group("place")
        if not m.title:  # ("Ulton-based Tide Vakfi": what is based somewhere is a body, not a person)
            m.org, m.person = True, False
        return m
    held = _CONTROLLED.match(surface)
    if held and held.group("rest"):
        # "HB-controlled Tide Club", "the Party-owned Tide Daily": the body, and who controls it
        m = make_mention(s + held.start("rest"), e, held.group("rest"), v)
        m.held_by = held.group("owner")
        return m
    od = _ORDINAL_FIRST.match(surface)
    if od and not set(od.group("rest").split()) & (v["org_words"] | v["connectors"]):
        # "the head of the 13th Tidewatch": the ordinal counts the heads; "the 3rd Tide Bureau" and "the
        # 20th District of Ulton" are names
        return make_mention(s + od.start("rest"), e, od.group("rest"), v)
    lang = _LANGUAGE_ADJECTIVE.match(surface)
    if lang:  # "English-language Tide TV": the outlet; the language only describes it
        return make_mention(s + lang.end(), e, surface[lang.end() :], v)
    name = surface
    last = name.split()[-1] if name.split() else ""
    possessive = name.endswith(("'s", "’s", "s'", "s’")) and last not in v["internal_poss"]
    if possessive:
        name = name[:-2] if name.endswith(("'s", "’s")) else name[:-1]
    name = name.replace("\u00a0", " ")
    if "\n" in name:
        name = " ".join(name.split())  # a name a hard-wrapped page broke over two lines
    title = ""
    glued = _TITLE_HYPHEN_NAME.match(name)
    if (
        glued
        and _is_post(glued.group("t"), v)
        and not _is_post(glued.group("t") + "-" + glued.group("p").split()[0], v)  # ("Director-General Ada Li")
        and looks_like_person(glued.group("p"))
    ):
        # "Deputy Secretary-General-Ada Morn": a list's post glued to the holder by a hyphen
        name = glued.group("p")
        return Mention(start=s, end=e, surface=surface, name=name, title=glued.group("t"), person=True)
    first, _, after = name.partition(" ")
    scoped = first in v["office_scopes"]  # ("Union Minister of Tides Ada Li": the level of government)
    if after and (is_demonym(first) and first not in v["org_words"] or scoped) and (dm := v["title_rx"].match(after)):
        holder = _after_title(dm, after, v)[1]  # ("Romanian General Staff": a body, no post and holder)
        if looks_like_person(holder) and not is_org_name(holder):
            name = after  # "Cuban Minister of Defense Ada Li": the state's minister, then the holder
    tm = v["title_rx"].match(name)
    mm = _MEMBER_OF.match(name) if not tm else None
    if mm and is_org_name(mm.group("body")):
        title, name = "Member", mm.group("body")  # "Member of the Politburo": a seat on the body, not a body
    elif tm:
        title, name = _after_title(tm, name, v)
    elif plural := _plural_title_before(name, v):
        title, name = plural  # "Vice Ministers Bo Lin and Cy Lo": each a Vice Minister
    elif not possessive:
        # "Harbour Bureau Director Ada Li", "Ruritania Chief Executive Bo Wu": the person, titled
        if c := _titled_holder(name, v):
            title, name = (c.group("q") or "") + c.group("title"), c.group("person")
    title, name = _person_words(name, title, v)
    acronym = bool(_ACRONYM.fullmatch(name))
    return Mention(
        start=s,
        end=e,
        surface=surface,
        name=name,
        title=title,
        # ("al Qaeda": a group; "TideRos", "InfoNet": one word with a capital inside, a brand's)
        org=bool(name)
        and (
            is_org_name(name)
            or name.startswith(("al ", "el "))
            or bool(_CAMEL.fullmatch(name) or _PLACE_ACRONYM.fullmatch(name))
        ),
        person=looks_like_person(name) and not name.startswith(("al ", "el ")),
        acronym=acronym,
        possessive=possessive,
    )


# a post, a hyphen, then a person's name: "Deputy Secretary-General-Ada Morn"
_TITLE_HYPHEN_NAME = re.compile(
    r"^(?P<t>[A-Z][\w]+(?:[- ][A-Z][\w]+){0,3})-(?P<p>[A-Z][a-z][\w'’]*(?: [A-Z][\w'’-]+){1,3})$"
)


def _is_post(text: str, v: dict) -> bool:
    """Whether ``text`` is an office title, maybe after a qualifier or a prefix ("Deputy", "Acting":
    names.yaml ``title_qualifiers``, ``post_prefixes``)."""
    first, _, rest = text.replace("-", " ", 1).partition(" ")
    bare = rest if rest and first.casefold() in v["title_qualifier_words"] else text
    return bare.casefold() in v["titles_cf"] or text.casefold() in v["titles_cf"]


def _plural_title_before(name: str, v: dict) -> tuple[str, str] | None:
    """A post in the plural before the first of several holders ("Vice Ministers Bo Lin" of "Vice
    Ministers Bo Lin and Cy Lo"): the post, one holder's, and the name.

    >>> _plural_title_before("Assistant Ministers Bo Lin", compiled()), _plural_title_before("Ministers Of State", compiled())
    (('Assistant Minister', 'Bo Lin'), None)
    """
    words = name.split()
    prefixes = v["title_qualifier_words"]
    for k in range(min(4, len(words) - 2), 0, -1):
        head, rest = words[:k], " ".join(words[k:])
        lead = head[0].casefold() in prefixes and k > 1
        one = v["singular_title"].get(" ".join(head[1:] if lead else head).casefold())
        if one and looks_like_person(rest) and not is_org_name(rest):
            return (f"{head[0]} {one}" if lead else one), rest
    return None


def _after_title(tm: re.Match, name: str, v: dict) -> tuple[str, str]:
    """A name that begins with a title (``tm``): the title and what the name is then (a body
    for "Minister of X", a person for "Director Ada Li", nothing for a title alone); no title
    and the name as it was when none of these holds."""
    title = ""
    rest = name[tm.end() :]
    if rest.startswith(" of "):
        title = tm.group("title")
        rest_name = _LANGUAGE_ADJECTIVE.sub("", re.sub(r"^of (?:the )?", "", rest.strip()), count=1)
        name = rest_name if is_org_name(rest_name) else ""
        if title in v["ministry_titles"]:  # "Minister of the Interior": the Ministry of the Interior
            name = office_body(title, rest.strip()[3:]) or name
        split = office_then_person(rest.strip()[3:])
        if split:  # "Deputy Minister of Internal Affairs Bo Wu": the person (the post: _title_chains)
            name = split[1]
    elif rest.startswith(" for ") and tm.group("title") in v["ministry_titles"]:
        title = tm.group("title")  # "Minister for State Security": the Ministry for State Security
        name = office_body(title, rest.strip()[4:], "for")
    elif rest.startswith(" for the ") and is_org_name(rest[9:]):
        title, name = tm.group("title"), rest[9:]  # "Director-General for the Tide Bureau": the bureau
    elif rest.startswith(" ") and looks_like_person(rest.strip()):
        title = tm.group("title")
        name = rest.strip()
    elif not rest.strip():
        title, name = tm.group("title"), ""
    return title, name


def _person_words(name: str, title: str, v: dict) -> tuple[str, str]:
    """A person's name without the words around it (honorifics, "of <place>", letters after the
    name); a post that reads like a body ("Party Secretary of Ulton") is a title, not a name."""
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
    return title, name
