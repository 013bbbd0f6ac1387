"""The rules :func:`orgnet.extract.mentions.find_mentions` applies to a person's name (extract
stage): a nickname inside it, a rank's abbreviation or a retired mark beside it, a post before or
after it ("Bo Wu, Director", "Head of the Harbour Bureau Bo Wu") split off.
"""

from __future__ import annotations

import re

from ..lexicon import compiled
from ..names import Mention, is_org_name, looks_like_person
from .mention_names import make_mention

__all__ = [
    "merge_nicknames",
    "merge_rank_abbreviations",
    "merge_retired_ranks",
    "split_person_then_post",
    "split_titled_person",
]


_NICKNAME = re.compile(r"\s+(?:[\"“‘'][A-Z][^\"“”‘’']{0,24}[\"”’']|\(\s*[\"“‘']?[A-Z][a-z]{1,20}[\"”’']?\s*\))\s+")


def merge_nicknames(ms: list[Mention], text: str, clean: str) -> list[Mention]:
    """'Ada "Redbeard" Lind', "Sir Ada ('Rex') Lind": a nickname in quotes or parentheses between a
    first and a last name is one person, named without the nickname."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        words = a.name.split()
        first = len(words) == 1 or len(words) == 2 and words[0].rstrip(".") in compiled()["honorifics"]  # ("Sir Ada")
        nm = _NICKNAME.match(clean, a.end) if first and not a.org and a.name[:1].isupper() else None
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


def _from(m: Mention, start: int, text: str) -> Mention:
    """Person mention ``m`` opened earlier, at ``start`` (a rank before it): the same name and marks."""
    return Mention(
        start=start,
        end=m.end,
        surface=text[start : m.end],
        name=m.name,
        title=m.title,
        org=m.org,
        person=m.person,
        acronym=m.acronym,
        possessive=m.possessive,
    )


def merge_rank_abbreviations(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Brig. Gen. Bo Wu", "Maj. Cy Rask": ranks abbreviated with a period before a person's
    name are one mention with it, named by the person."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        j = k
        while (
            j < len(ms)
            and _rank_word(ms[j], clean, v)
            and j + 1 < len(ms)
            and re.fullmatch(r"\.\s{1,2}", clean[ms[j].end : ms[j + 1].start])
        ):
            j += 1
        if j > k and ms[j].person:
            out.append(_from(ms[j], ms[k].start, text))
            k = j + 1
            continue
        out.append(ms[k])
        k += 1
    return out


_SHORT_CAPITAL = re.compile(r"[A-Z][a-z]{1,4}")


def _rank_word(m: Mention, clean: str, v: dict) -> bool:
    """A rank written with a full stop: one of names.yaml's honorifics, or any short capitalised
    word abbreviated with one ("Let.", "Brig.", "Cmdt.") - a structure, not a list."""
    if clean[m.end : m.end + 1] != ".":
        return False
    return m.name in v["honorifics"] or bool(_SHORT_CAPITAL.fullmatch(m.name or ""))


def merge_retired_ranks(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Maj (Retd) Bo Wu", "Col. (Retd.) Cy Rask": a rank and a retired mark in parentheses before a
    person's name are one mention with it, named by the person."""
    out: list[Mention] = []
    retired = v["retired_rx"]
    for m in ms:
        r = retired.search(clean, max(0, m.start - 40), m.start) if m.person else None  # (a window: linear)
        if r is not None:
            while out and out[-1].start >= r.start():
                out.pop()  # the mark's own word ("Retd")
            if (
                out
                and (out[-1].name or out[-1].title).rstrip(".") in v["honorifics"]
                and not clean[out[-1].end : r.start()].strip(" .")
            ):
                a = out.pop().start
                while out and _rank_word(out[-1], clean, v) and not clean[out[-1].end : a].strip(" ."):
                    a = out.pop().start  # "Let. Gen. (ret.) Bo Wu": every rank word before the mark
                m = _from(m, a, text)
        out.append(m)
    return out


def split_person_then_post(ms: list[Mention], text: str, v: dict) -> list[Mention]:
    """ "appointed Ada Morn Director of the Harbour Office": a run of capitals that opens with a
    person's name and goes on with a post "of" a body is two names, the person and the post's body.

    >>> from orgnet.lexicon import compiled
    >>> t = "The board appointed Ada Morn Director of the Harbour Office."
    >>> a, b = t.index("Ada"), t.index(".")
    >>> [m.name for m in split_person_then_post([make_mention(a, b, t[a:b], compiled())], t, compiled())]
    ['Ada Morn', 'Harbour Office']
    """
    out = []
    for m in ms:
        words = m.surface.split(" ")
        cut = next(
            (
                k
                for k in (2, 3)
                if k < len(words) - 2
                and looks_like_person(" ".join(words[:k]))
                and (tm := v["title_rx"].match(" ".join(words[k:])))
                and " ".join(words[k:])[tm.end() :].startswith(" of ")
            ),
            0,
        )
        if not cut or m.title or not m.org:
            out.append(m)
            continue
        a = m.start + len(" ".join(words[:cut]))
        out.append(make_mention(m.start, a, text[m.start : a], v))
        out.append(make_mention(a + 1, m.end, text[a + 1 : m.end], v))
    return out


def split_titled_person(ms: list[Mention], text: str, clean: str, v: dict) -> list[Mention]:
    """ "Head of the powerful Harbour Bureau Bo Wu resigned": after "<title> of the [adjective]",
    a run of capitals that ends in a person's name after the body's last organisation word is
    two names, the body and the person."""
    out = []
    for m in ms:
        # ("Director of Tide TV's Programs Department Bo Wu": a possessive body, read on its surface)
        possessive = m.name != m.surface and bool(re.search(r"\w['’]s ", m.surface))
        words = (m.surface if possessive else m.name).split()
        last = max((i for i, w in enumerate(words) if w in v["org_words"]), default=-1)
        after = words[last + 1 :] if last >= 0 else []
        if (
            m.org
            and not m.title
            and 2 <= len(after) <= 3
            and (m.name == m.surface or possessive)
            and all(w[:1].isupper() and w not in v["connectors"] for w in after)
            and looks_like_person(" ".join(after))
            and not is_org_name(" ".join(after))
            and v["title_of_before_rx"].search(clean, max(0, m.start - 80), m.start)
        ):
            cut = m.start + m.surface.rindex(" " + after[0]) + 1
            body = " ".join(words[: last + 1])
            if possessive:
                out.append(make_mention(m.start, m.start + len(body), text[m.start : m.start + len(body)], v))
                out.append(make_mention(cut, m.end, text[cut : m.end], v))
                continue
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
