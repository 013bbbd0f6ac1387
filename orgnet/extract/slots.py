"""Which names fill a trigger phrase's slots (extract stage)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..countries import is_country_name
from ..lexicon import is_organ
from ..names import Mention
from ..read.infobox import has_org_word
from .left_slots import LeftSlotRules
from .mention_rules import PAREN_AFTER
from .places import place_name, place_surface
from .post_bodies import body_after_post
from .sentence import SentIndex
from .slot_patterns import (
    _COORDINATED,
    _COORDINATED_VERB,
    _EQUATED,
    _GROUP_ABSTRACT,
    _GROUP_AFTER,
    _GROUP_FOREIGN,
    _GROUP_NOT_FIRST,
    _GROUP_NOUNS,
    _GROUP_STOP,
    _GROUP_TOKEN,
    _INCLUDING_END,
    _LIST_GAP,
    _LIST_VERB,
    _MAX_COORDINATED,
    _ORDINAL,
    _PLURAL_GROUP,
    _PREP_BEFORE_BACKWARDS,
    AND_WORDS,
    repeated_preposition,
)
from .words import fits, is_date_name, is_demonym

__all__ = ["SlotRules"]

# a body's abbreviation in parentheses right after it ("Sand Guard (SG) commander Bo Lin"; mention_rules.PAREN_AFTER
# reads any parenthesis), then the words between the body and the person it puts after it: " commander ", " deputy chief "
_ABBR_AFTER = re.compile(r" \([^()]{1,12}\)")
_POST_GAP = re.compile(r" (?:(?:deputy|vice|former|acting|then) )?[a-z-]+(?: [a-z-]+)? ")
_FUNCTION_WORD = re.compile(r"\b(?:and|or|of|in|on|at|with|by|for|from|to|the|an?|its|their|his|her|under|as)\b")
# a collective organ's name right after a phrase: "(the) Politburo", "the Politburo Standing Committee"
_ORGAN_AFTER = re.compile(r"\s*(?:the\s+)?(?P<o>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})")
# "founded by aviator A and diplomat B": a person's trade in lower case between "and" and the name
_AND_TRADE = re.compile(r"\s*,?\s*and\s+(?-i:[a-z]{4,}(?:-[a-z]+)?)\s+")


# --------------------------------------------------------------------------- mentions


# after the last name of a list: the clause ends, or "and"/"or" goes on with a name not read
_CLAUSE_BREAK = re.compile(r"[;]|[.!?]\s|\b(?:which|who|whose|that|while|but|because|when|where)\b")
_ALONG_WITH = re.compile(r",\s*(?:together with|along with|alongside|in addition to)\b")
# (the last item's post or task after a dash: "..., B – Treasurer.")
_LIST_ENDS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[–—]\s*[^,;.–—()]{1,60})?(?:[.;:]|$)")


_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and|or|as well as)\s")


# after an owner's possessive: a capitalised unit name, or a lower-case unit with its abbreviation in parentheses
# ("the X's information security (XIS)")
_UNIT_AFTER_POSSESSIVE = re.compile(
    r"\s*(?:[’']s)?\s+(?:[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+\([A-Z][\w ]{1,20}\))"
)


# a singular noun of its own before a colon ("by the military: the X"): the phrase's object, unnamed
_ONE_NOUN_COLON = re.compile(r"\s*the\s+(?:[a-z]+\s+){0,2}[a-z]*[a-rt-z]:\s")


#: what :meth:`SlotRules._first_after` and :meth:`SlotRules._coordinated_next` say of a name that is
#: not taken: read on past it, or stop reading
_SKIP, _STOP = "skip", "stop"
# a part of a city after the city's possessive: "Ulton's Sea Gate area", "Ulton's harbour district"
_CITY_PART_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:area|district|neighbou?rhood|suburb|quarter|outskirts|downtown)\b", re.I
)


class SlotRules(LeftSlotRules):
    """The names that fill a phrase's slots: the nearest fitting name before it and after it, groups, lists."""

    def _listed_subjects(self, ix: SentIndex, ts: int, right: list[Mention]) -> list[Mention]:
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
        if any(
            m.name and not m.anaphor and m.start - s.start >= lo and not _PLURAL_GROUP.fullmatch(m.name)
            for m in ix.ments[:k0]
        ):
            return []  # a name before the phrase is its subject ("Fronts run by": a group, no name)
        if not _PLURAL_GROUP.search(clean, lo, ts - s.start):
            return []
        verb = _LIST_VERB.match(clean, right[-1].end - s.start)
        if not verb:
            return []
        out: list[Mention] = []
        pos = verb.end()
        for m in ix.ments[ix.starting_from(s.start + pos) :]:
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

    def _group_after(self, ix: SentIndex, pos: int) -> list[Mention]:
        """A group named in lower case right after ``pos``: "(to influence) foreign think tanks".

        A noun phrase of at most four words (after an optional "the"), ended by punctuation, a
        conjunction, a preposition, a verb or a capitalised name; demonyms may stand in it
        ("overseas Chinese", "Veldran journalists"). Its last word must be a plural or a group
        noun ("students", "diaspora"). Anything else (a pronoun, a gerund, "members of ...") is no
        group: the caller then looks for a name.
        """
        s = ix.s
        rel = pos - s.start
        window = ix.clean[rel : rel + 160]
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
            if w[0].isupper() and not is_demonym(w):
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
        nxt = window[words[-1].end() :].lstrip()
        if nxt.startswith(("of ", "'s ", "’s ")):
            return []  # "members of parliament": the phrase goes on
        head = words[-1].group().casefold()
        if head in _GROUP_ABSTRACT or not (
            head in _GROUP_NOUNS
            or (len(words) > 1 and is_demonym(words[-1].group()))
            or (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is")))
        ):
            return []
        a, b = s.start + rel + words[0].start(), s.start + rel + words[-1].end()
        surface = self.text[a:b]
        foreign = any(w.group().casefold() in _GROUP_FOREIGN or is_demonym(w.group()) for w in words)
        return [
            Mention(start=a, end=b, surface=surface, name=" ".join(surface.split()), kind="foreign" if foreign else "")
        ]

    def _equated_after(self, ix: SentIndex, pos: int) -> list[Mention]:
        """Two names after ``pos`` that the clause equates: "..., it is equivalent to the Y"."""
        s, ments = ix.s, ix.ments
        k = ix.starting_from(pos)
        cands = [m for m in ments[k : k + 6] if m.name and (m.org or m.acronym or m.anaphor == "org")]
        if len(cands) < 2 or cands[1].anaphor:
            return []
        a, b = cands[0], cands[1]
        if re.search(r"[;.]", ix.clean[pos - s.start : a.start - s.start]):
            return []
        if not _EQUATED.fullmatch(ix.clean[a.end - s.start : b.start - s.start]):
            return []
        return [a, b]

    def _body_after_post(self, ix: SentIndex, pos: int) -> list[Mention]:
        """The body named right after "the <post> of the" at ``pos`` (:func:`~.post_bodies.body_after_post`)."""
        return body_after_post(ix, pos, self.text, self.v)

    def _right(
        self,
        ix: SentIndex,
        pos: int,
        kind: str,
        max_gap: int = 8,
        person_anaphor: bool = False,
        described_items: bool = False,
    ) -> list[Mention]:
        """The first fitting name after ``pos`` in the same clause, with names coordinated to it
        (``person_anaphor``: "he"/"she" may be that name; ``described_items``: a list parted by
        semicolons may give each name its post, "A, the head of X; B, director of Y; and C")."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        out: list[Mention] = []
        joints: list[bool] = []  # whether "and" joins each further name to the one before
        k0 = ix.starting_from(pos)
        if k0 and ments[k0 - 1].end > pos and ments[k0 - 1].title and ments[k0 - 1].name and not ments[k0 - 1].person:
            k0 -= 1  # "is the Director of the Tide Office": one run of capitals, the body after the title
        elif (
            k0
            and ments[k0 - 1].end > pos
            and ments[k0 - 1].title
            and not ments[k0 - 1].name
            and kind not in ("person", "agent", "place")
        ):
            return out  # "would become Director of Central Intelligence in 1953": an office, no body named
        for k in range(k0, len(ments)):
            m = ments[k]
            if (
                m.anaphor
                and not (person_anaphor and m.anaphor == "person" and not out)
                and (m.anaphor != "org" or m.surface.casefold() in ("it", "its"))
            ):
                continue
            if (
                m.anaphor == "org"
                and not out
                and k + 1 < len(ments)
                and not ments[k + 1].anaphor
                and re.fullmatch(r",\s*(?:the\s+)?", clean[m.end - s.start : ments[k + 1].start - s.start])
            ):
                continue  # "the successor organization, the World Tide Federation": the name
            if not out:
                first = self._first_after(ix, pos, m, kind, max_gap)
                if first == _STOP:
                    break
                if isinstance(first, Mention):
                    out.append(first)  # (a place is read out of the text: the only name taken)
                    if kind == "place":
                        return out
                continue
            step = self._coordinated_next(ix, out, m, kind, described_items)
            if step == _STOP:
                break
            if isinstance(step, bool):
                out.append(m)
                joints.append(step)
        return self._list_closed(ix, pos, kind, out, joints)

    def _first_after(self, ix: SentIndex, pos: int, m: Mention, kind: str, max_gap: int) -> Mention | str:
        """What the first name ``m`` after a phrase at ``pos`` is to it: the phrase's name (a place's
        name as the text gives it), :data:`_SKIP` (read on) or :data:`_STOP` (no name in this clause)."""
        s, clean = ix.s, ix.clean
        gap = clean[pos - s.start : max(pos, m.start) - s.start]
        if (
            _CLAUSE_BREAK.search(gap)
            or _ALONG_WITH.search(gap)
            or _COORDINATED_VERB.search(gap)
            or _ONE_NOUN_COLON.match(gap)
        ):
            # ("created by the Harbourform and propped up by the X": X is the second verb's;
            # "part of the Veldran tide community, together with the X": X is the subject's companion;
            # "created by the military: the X, the Y": the phrase's object was the noun before the colon,
            # not "split into three arms: the X, the Y", where the names are the arms)
            return _STOP
        if kind == "place" and _ORDINAL.fullmatch(m.name):
            return _SKIP  # "in the 20th district of Ulton": the district's number; the place is after it
        if kind == "place" and m.org and not m.acronym and has_org_word(m.name.split(" of ")[0].split()[-1]):
            return _STOP  # "an organization in the United Front strategy": a body's name (its head word), no place
        blocks = False
        if not fits(m, kind) and not (
            kind == "place" and m.name and not m.name[:1].isdigit() and not is_date_name(m.name)
        ):
            # "under the authority of Bo Wu, the X", "Director of Central Intelligence in 1953 -
            # launched the X": the first name after the phrase is its object, not X; a word
            # that only qualifies what follows ("from across Ruritania as well as") is passed
            blocks = (
                m.name[:1].isupper()
                and not m.org
                and kind not in ("person", "agent", "name", "publication")
                and not m.title
                and not m.possessive
                and not PAREN_AFTER.match(clean, m.end - s.start)
                and m.name not in self.v["months"]
                and not (" " not in m.name and re.match(r"\s+[a-z]", clean[m.end - s.start :]))
            )
            if not blocks:
                return _SKIP
        if len(gap.split()) > max_gap and not (len(gap.split()) <= 30 and _INCLUDING_END.search(gap)):
            return _STOP  # "... with a number of organizations including the X": X, however far
        if blocks:
            return _STOP
        if kind == "place" and is_demonym(m.name) and re.match(r"\s+[a-z]", clean[m.end - s.start :]):
            return _SKIP  # "in the isolated Asian country": no place's name
        if kind == "place" and m.possessive and not _CITY_PART_AFTER.match(clean, m.end - s.start):
            return _STOP  # "founded in Ruritania's capital": the place is the noun after it, unnamed
            # ("in Ulton's Sea Gate area": a part of the city named, the city is the place)
        if m.possessive and not kind and _UNIT_AFTER_POSSESSIVE.match(clean, m.end - s.start):
            return _STOP  # "head of the Harbour Ministry's Tide Security": the post is in the owner's unit
        if (
            kind == "place"
            and re.search(r"\b\d{1,5}[a-z]?\s+$", gap)
            and re.match(r"\s*,?\s*in\s+(?-i:[A-Z])", clean[m.end - s.start :])
        ):
            return _SKIP  # "at 27 Boulevard Kessel in Ulton": a street address; the city after "in"
        if (
            kind == "place"
            and re.search(r"\bat (?:the )?$", clean[max(0, m.start - s.start - 12) : m.start - s.start])
            and (
                city := re.match(
                    r"\s*,?\s*in\s+((?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)?)", clean[m.end - s.start :]
                )
            )
            and not is_country_name(city.group(1))
        ):
            return _SKIP  # "at the Sea Hill in Ulton": a site in the city; the city after "in" is the seat
        if kind == "place":
            surface = place_surface(self.text, m, s.end)
            if (own := re.match(r"[^,]+?(?=['’]s\b)", surface)) and _CITY_PART_AFTER.match(
                self.text, m.start + own.end() + 2
            ):
                surface = own.group()  # "in Ulton's Sea Gate area": the city
            place, surface = place_name(surface)
            if is_date_name(surface):
                return _STOP  # "an organization in March 2001": a date, no place
            return Mention(start=m.start, end=m.start + len(surface), surface=surface, name=place)
        return m

    def _coordinated_next(
        self, ix: SentIndex, out: list[Mention], m: Mention, kind: str, described_items: bool = False
    ) -> bool | str:
        """Whether name ``m`` goes on the names ``out`` after a phrase: :data:`_SKIP` (said in passing),
        :data:`_STOP` (the list ends), or whether "and" joins it to the one before (True, False)."""
        s, clean = ix.s, ix.clean
        if m.title and not m.person and re.fullmatch(r"\s*\(", clean[out[-1].end - s.start : m.start - s.start]):
            return _SKIP  # "A (President), B and C": the post of the name before, in parentheses
        if m.title and not m.person:
            # "Chairman of A and Commander-in-Chief of B": B is of the second post, not listed with A; but in a
            # list whose items give posts ("A, Veldra's Minister of Tides; B, ..."; "A – Deputy Chair, B – ...")
            # the post is the item's
            dash = re.fullmatch(r"\s*[–—]\s*", clean[out[-1].end - s.start : m.start - s.start])
            return _SKIP if described_items and (";" in clean[m.end - s.start :] or dash) else _STOP
        last = out[-1]
        between = clean[last.end - s.start : m.start - s.start]
        if re.fullmatch(r"\s*\(", between) and clean[m.end - s.start : m.end - s.start + 1] == ")":
            return _SKIP  # "the Widget Union (WU), the ...": the abbreviation of the name before
        if ix.in_parens(m.start - s.start) and not ix.in_parens(last.start - s.start) and re.match(r"\s*\(", between):
            return _SKIP  # "A (as B was then known), C and D": a name said in passing about A
        # "A (AA); B (BB); and C", "consists of the A; the B; and the C": a list parted by semicolons
        semicolons = re.fullmatch(r"\s*(?:\([^()]*\)\s*)?;\s*(?:and\s+)?(?:\(\d{1,2}\)\s*)?(?:the\s+)?", between)
        dash_comma = _DASH_COMMA_ITEM.fullmatch(between) if described_items else None
        if described_items and _DASH_GLOSS.fullmatch(between) and not dash_comma:
            return _SKIP  # "(1) Directorate I – Domestic Intelligence (...)": the item's gloss after its dash
        described = _DESCRIBED_ITEM.match(between) if described_items else None
        glossed = (_DASH_GLOSS_ITEM.fullmatch(between) or dash_comma) if described_items else None
        closed = re.search(r"(?P<comma>,\s*)?\b(?:and|as well as)\s+(?:the\s+)?$", between)
        if described and ";" not in between and not (closed and closed.group("comma")):
            return _SKIP  # "sanctioned A, the commander of X; B, ...": a name inside the item's post
        # ("sanctioned A, the head of X, and B": the item's post closed by ", and", the next item)
        if described and not (closed or re.match(r"\s*,\s+(?-i:[a-z])", clean[m.end - s.start :])):
            return _STOP  # ("sanctioned A, the head of X; B said ..."): no list goes on
        semicolons = semicolons or described or glossed
        between = re.sub(r"^\s*\([^()]*\)", "", between)
        # a one-word name listed with bodies is a body too ("the Ministry of X, the Securitate, and")
        listed_body = (
            not kind
            and out[0].org
            and " " not in m.name
            and m.name[:1].isupper()
            and not m.person
            and m.name not in self.v["months"]
        )
        if (
            len(out) < _MAX_COORDINATED
            and (fits(m, kind) or listed_body)
            and not m.anaphor
            and not m.possessive
            and (_COORDINATED.fullmatch(between) or semicolons or (m.person and _AND_TRADE.fullmatch(between)))
        ):
            return bool(re.search(r"\b(?:as well as|" + AND_WORDS + r")\b", between))
        return _STOP

    def _list_closed(self, ix: SentIndex, pos: int, kind: str, out: list[Mention], joints: list[bool]) -> list[Mention]:
        """The names after a phrase as a list: one more when the preposition comes again ("by A, ...,
        and by B"), and cut where "A, B" goes on with a verb (no "and" closes it)."""
        s, clean, ments = ix.s, ix.clean, ix.ments
        prep = ix.before(_PREP_BEFORE_BACKWARDS, pos - s.start) if out else None
        again = repeated_preposition(prep.group("p")[::-1]) if prep else None
        am = again.match(clean, out[-1].end - s.start) if again else None
        if am:  # "headed by A, a veteran and its founder, and by B": the preposition says it again
            k = ix.starting_from(am.end() + s.start)
            if (
                k < len(ments)
                and ments[k].start == am.end() + s.start
                and fits(ments[k], kind)
                and not ments[k].anaphor
            ):
                out.append(ments[k])
                joints.append(True)
        if (
            len(out) == 2
            and not joints[-1]
            and not _LIST_GOES_ON.match(clean, out[-1].end - s.start)
            and not _LIST_ENDS.match(clean, out[-1].end - s.start)
        ):
            # "A, B" with no "and" closing it, going on with a verb, is no list ("X, the Ministry of
            # Y confirmed"): the first name
            last_and = max((k for k, j in enumerate(joints) if j), default=-1)
            out = out[: last_and + 2]
        return out

    # an item of a list parted by semicolons, a name and its post: ", the commander of X; " (up to the next item)
    # an item's gloss after a dash, and the item's end: "Directorate I – Domestic Intelligence (...); (2) "

    def _organ_named_after(self, pos: int, right: list[Mention]) -> list[Mention]:
        """The names after a phrase at ``pos`` with a collective organ named alone ("a member of the
        Politburo", "head of the Secretariat") as the organ of the body the page gives it to
        (:meth:`_page_organ`); as they are when there is none, or when the page names no body (an organ
        of no body is no node)."""
        if right:  # (each of a list: "serves the Central Committee and the Military Commission")
            return self._page_organs(right)
        o = _ORGAN_AFTER.match(self.clean, pos)
        if o is None or not is_organ(o.group("o")) or (named := self._page_organ(o.group("o"))) == o.group("o"):
            return right
        return [Mention(start=o.start("o"), end=o.end("o"), surface=named, name=named, org=True)]

    def _page_organs(self, ments: list[Mention]) -> list[Mention]:
        """Each collective organ named alone among ``ments`` as the page's body's (:meth:`_page_organ`),
        under that name as its surface too (the bare word would join every page's organ of that name in
        resolution); the other names as they are."""
        out = []
        for x in ments:
            named = self._page_organ(x.name) if not x.anaphor and is_organ(x.name) else x.name
            out.append(replace(x, name=named, surface=named, org=True) if named != x.name else x)
        return out

    def _page_organ(self, organ: str) -> str:
        """``organ`` as the organ of the page's body: the lists' rule, which the prose rules fill in
        (:class:`orgnet.extract.prose.ProseRules`); here, the organ alone."""
        return organ

    def _holder_for_body(self, ix: SentIndex, right: list[Mention]) -> list[Mention]:
        """ "founded by Sand Guard commander Bo Lin": the founder is the person a body's head's post
        in lower case puts after the body, not the body."""
        first = right[0]
        if not first.org or first.person:
            return right
        paren = _ABBR_AFTER.match(self.clean, first.end)  # ("Sand Guard (SG) commander Bo Lin")
        after = next((x for x in ix.ments if x.start >= (paren.end() if paren else first.end)), None)
        if after is None or not after.person:
            return right
        gap = self.clean[first.end : after.start]
        post = gap[paren.end() - first.end :] if paren else gap
        if _POST_GAP.fullmatch(post) and self.v["head_post_after_rx"].match(post):
            return [after, *right[1:]]
        if _POST_GAP.fullmatch(post) and not _FUNCTION_WORD.search(post):
            # "founded by Veldran military aviator Ada Morn and diplomat Bo Lin": a trade, then the people
            return self._right(ix, after.start, "person") or right
        return right


_DASH_GLOSS = re.compile(r"\s*[–—]\s*[^;]{0,150}")
_DASH_GLOSS_ITEM = re.compile(r"\s*[–—]\s*[^;]{1,150}?;\s*(?:and\s+)?(?:\(\d{1,2}\)\s*)?(?:the\s+)?")
# "A – Deputy Chair, B – Treasurer, and C – ...": each item's post or task after a dash, a comma after it
_DASH_COMMA_ITEM = re.compile(r"\s*[–—]\s*[^,;–—()]{1,60},\s*(?:and\s+)?")
_DESCRIBED_ITEM = re.compile(
    r"\s*,\s+(?:the\s+|a\s+|an\s+|(?-i:[A-Z][\w-]*)['’]s\s+)?(?-i:[a-z]|(?<=['’]s )[A-Z])[^;]{0,150}"
    r"(?:;\s*(?:and\s+)?(?:the\s+)?)?$"
)
