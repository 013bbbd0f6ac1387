"""Claims from leader lists, offices and "See also" entries (extract stage)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from .. import vocabulary
from ..countries import is_country_name, is_country_word
from ..lexicon import compiled, is_organ
from ..names import initials_match, is_org_name, looks_like_person, same_subject
from ..read.field_lines import is_field_key
from ..read.holder_names import person_name
from ..read.lines import is_furniture
from ..read.list_items import is_lineage, mend_spacing, names_bodies, unit_word, without_article
from ..read.members_lines import members_of
from ..read.model import Entry, ListItem
from ..read.officeholders import leader_heading
from .base import OFFICE_ABBREVIATION, ExtractorBase
from .words import entry_relation, office_and_body, person_in, single_name

__all__ = ["ListRules"]

# a run of capitalised words, with the small words a body's name holds ("Council of the Tide Coast")
_CAPITAL_RUN = r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*[A-Z][\w'’&-]*)*"
# words over a list that name its whole: "... are members of the X", "agencies in the X", "The X has / comprises"
_LIST_OF_A_BODY = (
    re.compile(
        r"\b(?:(?P<seat>members?) of|(?:members?|parts?|components?|constituents?|agencies|bodies|units|organi[sz]ations|"
        rf"departments|services) (?:of|(?P<within>in|within))) (?:the )?(?P<name>{_CAPITAL_RUN})"
    ),
    re.compile(
        rf"(?:^|,\s+)(?:[Tt]he )?(?P<name>{_CAPITAL_RUN}) (?:has|have|had|comprises|comprised|consists of|consisted of|includes|"
        r"included|(?:is|was) (?:made up|composed) of)\b"
    ),
)


def _same_body(name: str, subject: str) -> bool:
    """Whether a list's words name the page's body again: by the same name, its abbreviation, or its
    name in other words (``same_subject``) that add none of their own ("the Tide General Staff
    Department" is another body than "Tide Staff Department").

    >>> _same_body("TSD", "Tide Staff Department"), _same_body("Tide General Staff Department", "Tide Staff Department")
    (True, False)
    """
    if not same_subject(name, subject):
        return False
    own = {w for w in name.split() if w.casefold() not in {x.casefold() for x in subject.split()}}
    own = {w for w in own if w.casefold() not in ("the", "of", "and") and not is_country_word(w)}
    return not own or initials_match(subject, name)  # ("Ministry of Tides of Arnland": its state said)


def _body_kind(name: str) -> str:
    """The kind to give a listed body whose name would pass for a person's ("Ulton Pilots Guild"):
    the kind of a body whose name says nothing (kinds.yaml ``default_kind``); else none."""
    return vocabulary.load("kinds")["default_kind"] if looks_like_person(name) and not is_org_name(name) else ""


def _unit_of(body: str, subject: str) -> bool:
    """Whether ``body`` is a unit of ``subject`` named after it ("Standing Committee of the Tide Front").

    >>> _unit_of("Standing Committee of the Tide Front", "Tide Front"), _unit_of("Tide Front", "Tide Front")
    (True, False)
    """
    head, sep, tail = body.partition(" of ")
    return bool(sep) and re.sub(r"^the ", "", tail) == subject and is_org_name(head)


def _other_kind_of_body(body: str, subject: str) -> bool:
    """Whether ``body`` has a body word ``subject`` has not: a commission is no department, even
    with words in common ("Tide Commission" on the page of the "Tide Department of the Party").

    >>> _other_kind_of_body("Tide Commission", "Tide Department of the Party")
    True
    >>> _other_kind_of_body("Tide Department", "Tide Department of the Party"), _other_kind_of_body("TD", "Tide Department")
    (False, False)
    """
    org = compiled()["org_words"]
    return bool({w for w in body.split() if w in org} - set(subject.split()))


# a sentence that a list under it goes on: "The organization of X is as follows." (a footnote mark after it)
_GOES_ON_BELOW = re.compile(r"\s+(?:is|are|was|were) as follows\s*[.:]?\s*(?:\[\d{1,3}\]\s*)*$")
_OWNED = re.compile(r"(?P<organ>.+?) of (?:the )?(?P<owner>[A-Z].*)")


def _other_owner(body: str, subject: str) -> bool:
    """Whether ``body`` is the same organ as ``subject`` of another owner: the Politburo of a party
    that went before, on the page of its successor's ("Politburo of the Tide Workers' Party" on the
    page of the "Politburo of the Tide United Workers' Party"); an owner's abbreviation is the same one.

    >>> _other_owner("Politburo of the Tide Workers' Party", "Politburo of the Tide United Workers' Party")
    True
    >>> _other_owner("Politburo of the Tide Workers Party", "Politburo of the Tide Workers' Party")
    False
    >>> _other_owner("Politburo of the TWP", "Politburo of the Tide Workers' Party")
    False
    """
    a, b = _OWNED.fullmatch(body), _OWNED.fullmatch(subject)
    if a is None or b is None or a.group("organ").casefold() != b.group("organ").casefold():
        return False
    oa, ob = (re.sub(r"[^\w ]", "", m.group("owner")).casefold() for m in (a, b))
    return (
        oa != ob
        and not initials_match(b.group("owner"), a.group("owner"))
        and not initials_match(a.group("owner"), b.group("owner"))
    )


def _listed_body(name: str, place: str, words: str) -> bool:
    """Whether a name without a body word is a body by the list it is in: listed under a country
    ("• France - Ligue des Marées"), or in (or opening) a list whose words say it holds bodies
    ("• Tide Pilots. Its member organizations are:"); a list of "members" may hold persons.
    """
    if not (place or words) or (len(name.split()) < 2 and not (names_bodies(words) and unit_word(name))):
        return False  # (one word only for a unit named by its field: "• Intelligence" under "... bureaus:")
    return bool(place) or names_bodies(words) or not looks_like_person(name)


@functools.lru_cache(maxsize=1)
def _field_keys() -> frozenset[str]:
    """The infobox keys of fields.yaml, case-folded."""
    return frozenset(f["key"].casefold() for f in vocabulary.fields())


def _glued_key(name: str) -> bool:
    """Whether a name opens with an infobox key glued to its value ("FormationTide Services Act":
    the key "Formation" and a founding law), which is no person.

    >>> _glued_key("FormationTide Services Act"), _glued_key("Ada Morn")
    (True, False)
    """
    glue = re.match(r"[A-Z][a-z]+(?: [a-z]+)*(?=[A-Z][a-z])", name)
    return glue is not None and glue.group().casefold() in _field_keys()


_FOUNDER = re.compile(r"(?:co-?)?founder", re.I)


# a body's name of capitalised words (an organ's owner: "Tide Party", "ZANU PF"), and one of acronyms
_OWNER = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,6}"
# a run of capitalised words, small words between them ("Tide Party of the Ulton Union")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:(?: (?:of|the|and|for|on))* [A-Z][\w'’-]*)+")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})*")


# a party's name ("the Communist Party of Veldra", "the Tide Party"), and the organs only a party has
_PARTY = re.compile(
    r"\b(?P<n>(?:[A-Z][\w'’-]* ){1,5}Party(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|(?! (?!(?:Central|Politburo|Secretariat|Congress)\b)[A-Z])))"
)  # ("Central Party Agencies": no party; "the Tide Party Central Committee": the Tide Party's)
_PARTY_ORGANS = frozenset({"Politburo", "Political", "Secretariat", "Orgburo", "Presidium", "Central"})


class ListRules(ExtractorBase):
    """Claims from leader lists, offices and "See also" entries."""

    # -- lists
    def _list_body_on_person_page(self) -> str:
        """The body a person page's list of holders is of: the one the page names most (once found)."""
        if "_person_page_body" not in self.__dict__:
            self.__dict__["_person_page_body"] = self._most_named_body(self.d.sentences[:40])
        return str(self.__dict__["_person_page_body"])

    def _colleague_row(self, it: ListItem) -> bool:
        """A post and its holder in a person's infobox, among the person's offices ("General secretary |
        Bo Wu" under "Deputy Secretary of X"): the person's superior or colleague, who leads no body here."""
        offices = self.d.offices
        return (
            bool(offices)
            and not it.body
            and not it.section
            and it.start < max(o.end for o in offices)
            and self._person_subject(self.subject)
        )

    def _lists(self) -> None:
        holders = {person_in(it.name.text) for it in self.d.lists}
        seated = {(person_in(it.name.text), it.section) for it in self.d.lists if it.title == "Member"}
        for it in self.d.lists:
            name = person_in(it.name.text)
            if (
                name in self.v["unknown"]
                or _glued_key(name)
                or not (looks_like_person(name) or single_name(name) or person_name(name, 0) is not None)
            ):
                continue  # (the list reader's own test: a month may be a first name, "August Lind")
            if self._colleague_row(it):
                continue
            # a list headed "Directors of the X" is about X, unless X is the subject by another name
            # ("Presidents of the Standing Committee of the X": the committee, a body of X's own)
            title, it_body = it.title, it.body
            it_body = self._item_body(it_body)
            if title and it_body and (ob := office_and_body(f"{title} of {it_body}")):
                # "Chief of Staff of the X" (a post of three words), "Minister of Information" (its ministry)
                title, it_body = ob
            body = self._list_item_body(it_body)
            if not body and (lh := leader_heading(it.section)) and lh[0] == title:
                body = lh[1]  # a page about no body (a news story): "The presidents of the X are:" / "- Ada Lind. 1994"
            if not body and it.section and title != "Member":  # (a page about no body: the seat the list's line says)
                self._seat_by_office(it, name, body, seated)
                continue
            if not body or person_in(body) in holders:
                continue  # (a page whose subject a holder's name took: "Sir Ada Li (1871-1930)" / "Chief from 1912")
            if title == "Member" and it_body:  # "Ada Morn – Member of the Tide Council": a seat on it (its years)
                self.add(
                    name,
                    "part_of",
                    obj=body,
                    start=it.start_year,
                    end=None if it.present else it.end_year,
                    span=(it.start, it.end),
                    method="list",
                    section=it.section,
                )
                continue
            if title != "Member" and self._seat_by_office(it, name, body, seated):
                continue
            if _FOUNDER.fullmatch(title):  # "Key people: Ada Li, founder": the body's founder, no post
                self.add(
                    body,
                    "established_by",
                    obj=name,
                    span=(it.start, it.end),
                    method="list",
                    section=it.section,
                    object_kind="person",
                )
                continue
            self.add(
                name,
                "leads",
                obj=body,
                title=title or self.office or "Leader",
                start=it.start_year,
                end=None if it.present else it.end_year,
                span=(it.start, it.end),
                method="list",
                section=it.section,
                subject_kind="person",
            )
            if is_org_name(it.party) or re.fullmatch(r"[A-Z]{2,6}|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,5}", it.party):
                # "Office | Name | Party |": the holder's party, a name of a body or of two capitalised words or more
                # ("Janata Dal"; "Independent", "—": none)
                self.add(
                    name,
                    "part_of",
                    obj=it.party,
                    span=(it.start, it.end),
                    method="list",
                    section=it.section,
                    subject_kind="person",
                )

    def _list_item_body(self, it_body: str) -> str:
        """The body a list's item is of: the one its heading names, unless that is the page's by
        another name; else the page's (on a person's page, the body the page names most)."""
        subj = self.subject
        body = (
            it_body
            if it_body
            and (
                (bool(subj) and _unit_of(it_body, subj))
                or not (subj and same_subject(it_body, subj))
                or _other_kind_of_body(it_body, subj)
                or _other_owner(it_body, subj)
            )
            else subj
        )
        if body and body == subj and self._person_subject(body):
            # "Sir Ada Lind is the founder of the X" / "Chairs" / "2010 to date - Bo Wu": a list of
            # holders on a person's page is of the body the page names most, not of that person
            body = self._list_body_on_person_page() or body
        return body

    def _seat_by_office(self, it: ListItem, name: str, body: str, seated: set[tuple[str, str]]) -> bool:
        """ "Legal members of the X are as follows:" / "- Head of the Judiciary: Ada Morn": a seat on X by
        office (unless the list gave it already). Whether the item says no more: its office is of no body
        the page names, so it does not lead the page's body."""
        seat = members_of(it.section + ":") if it.section else None
        if seat is None or not (seat or self.subject):
            return False
        if seat and is_organ(seat):
            seat = self._organ_of(seat)
        if (name, it.section) not in seated:
            self.add(
                name, "part_of", obj=seat or self.subject, span=(it.start, it.end), method="list", section=it.section
            )
        return body == self.subject

    def _item_body(self, body: str) -> str:
        """The body a list item names: none for a state ("List of Tide Ministers of Norway": the list is
        the page's), an organ named alone as its body's ("Other members of the Politburo are:")."""
        if body and is_country_name(body):
            return ""
        return self._organ_of(body) if body and is_organ(body) else body

    def _organ_of(self, organ: str) -> str:
        """A collective organ named alone ("Politburo", "Board of Trustees") as the organ of the body
        the page gives it to ("Politburo of the Tide Party"), else of the page's body; alone when the
        page names no body."""
        owner = self._organ_owner(organ)  # the page says whose: "the Politburo of the Tide Party"
        if not owner:
            owner = self.subject if self.subject and not self._person_subject(self.subject) else ""
            owner = owner or self._list_body_on_person_page()
        return self._organ_named(organ, owner)

    def _organ_named(self, organ: str, owner: str) -> str:
        """The name of ``organ`` as ``owner``'s organ ("Politburo of the Tide Party"); the organ alone
        when there is no owner or the owner is an organ itself."""
        if owner and organ.casefold() in owner.casefold():
            return owner  # ("the Politburo of the Tide Party" named whole)
        if not owner or is_organ(owner):
            return organ
        if _ACRONYM_NAME.fullmatch(owner) and (full := self._spelt_out(owner)):
            return f"{organ} of the {full}"  # ("the CPSU Central Committee" on a page naming the Tide Party of Ulton)
        if _ACRONYM_NAME.fullmatch(owner):  # an acronym: with the article when the page writes it
            with_the = len(re.findall(rf"\b[Tt]he (?:[a-z]+ )?{re.escape(owner)}\b", self.clean))  # ("the ruling X")
            return f"{organ} of the {owner}" if 2 * with_the >= self.clean.count(owner) else f"{organ} of {owner}"
        return f"{organ} of the {owner}"

    def _spelt_out(self, acronym: str) -> str:
        """The body's name the page writes out whose initials spell ``acronym`` ("Tide Party of
        Ulton" for "TPU"), else "" (the page's names read once)."""
        if (names := self.__dict__.get("_capitalised_runs")) is None:
            names = self.__dict__["_capitalised_runs"] = sorted(
                {m.group() for m in _CAPITALISED_RUN.finditer(self.clean)}
            )
        return next((n for n in names if initials_match(n, acronym) and is_org_name(n)), "")

    def _organ_owner(self, organ: str) -> str:
        """The body the page gives an organ of that name to, when it names one most ("The Politburo of
        the ruling Tide Party", "the new Tide Party politburo"); "" when it names none (found once an organ)."""
        owners = self.__dict__.setdefault("_organ_owners", {})
        if organ not in owners:
            owners[organ] = self._find_organ_owner(organ)
        owner: str = owners[organ]
        return owner

    def _find_organ_owner(self, organ: str) -> str:
        word = re.escape(organ.split()[0])
        found: Counter[str] = Counter()
        of_it = rf"(?i:\b{word}) of (?:the )?(?:ruling )?(?P<n>{_OWNER})"  # ("the Politburo of the X")
        its = rf"(?P<n>{_OWNER})(?:[’']s)? (?i:{word})\b"  # ("the X politburo", "the X's Politburo")
        for m in [*re.finditer(of_it, self.clean), *re.finditer(its, self.clean)]:
            name = re.sub(r"^(?:The|A|New) ", "", m.group("n"))
            if is_org_name(name) or _ACRONYM_NAME.fullmatch(name):
                found[name] += 1
        best = found.most_common(2)
        if best and (len(best) == 1 or best[1][1] < best[0][1]):
            return best[0][0]
        party = _PARTY.search(self.clean) if is_organ(organ) and organ.split()[0] in _PARTY_ORGANS else None
        # a party's organ on a page of no body: the party it first names (a sentence's "The" no part of it,
        # nor an infobox's key before it: "Affiliations Tide Party")
        name = re.sub(r"^(?:The|A|New) ", "", party.group("n")) if party else ""
        return name.split(" ", 1)[1] if is_field_key(name.split(" ", 1)[0]) else name

    def _offices(self) -> None:
        """A person page's offices: the person leads the body each office heads."""
        subj = self.subject
        if not subj or not self._person_subject(subj):
            return
        party = next((f.values[0].text for f in self.d.fields if f.role == "party" and f.values), "")
        party = re.sub(r"\s*\([^()]*\)\s*$", "", party)
        for o in self.d.offices:
            tb = self._held_post(o)
            if not tb:
                continue
            title, body = tb
            if ab := OFFICE_ABBREVIATION.search(o.post):  # "Chairman of the Tide Bureau (TB)": its abbreviation
                self.add(body, "alias", value=ab.group("a"), span=(o.start, o.end), method="infobox")
            if self.v["bare_org_word"].fullmatch(body) and party:
                body = f"{body} of the {party}"  # "Member of the Politburo": the person's party's
            if title == "Member":
                self.add(
                    subj,
                    "part_of",
                    obj=body,
                    start=o.start_year,
                    end=None if o.present else o.end_year,
                    span=(o.start, o.end),
                    method="infobox",
                )
                continue
            self.add(
                subj,
                "leads",
                obj=body,
                title=title,
                start=o.start_year,
                end=None if o.present else o.end_year,
                span=(o.start, o.end),
                method="infobox",
                subject_kind="person",
            )

    def _entries(self) -> None:
        """Bodies listed as bullets: related to the subject as the heading above them says, or to the
        bullet they are indented under as that bullet's words say ("• X. Its members are:")."""
        subj = self.subject
        entries = [e for e in self.d.entries if not is_furniture(e.name.text)]  # ("- News Archive": a site's menu)
        if not subj or self._person_subject(subj):
            for e in entries:  # ("Lawyers–Harbour Lawyers League (HLL)" on a page of no body: each its names)
                self._entry_label(e)
            return
        # bullets that said what their list holds, and their words ("• X. Its member organizations are:")
        openers = {e.parent: e.parent_words for e in entries if e.parent_words}
        for e in entries:
            name = self._entry_label(e)
            words = e.parent_words or openers.get(e.name.text, "") or (e.section if names_bodies(e.section) else "")
            body = is_org_name(name) or _listed_body(name, e.place, words)
            span = (e.item.start, e.item.end) if e.item else (e.name.start, e.name.end)
            kind = _body_kind(name)
            if e.parent and e.parent != name and body and (is_org_name(e.parent) or e.parent in openers):
                # "• 6th Directorate – ... It had the following departments:" / "    • 1st Department": a unit's unit;
                # "• X. Its member organizations are:" / "    • France - Y": a member of X
                rel = entry_relation(e.parent_words) or "part_of" if e.parent_words else "part_of"
                ends = [(name, kind), (e.parent, _body_kind(e.parent))][:: -1 if rel == "funded_by" else 1]
                self._listed(ends, rel, span, e.section)
                continue
            # (a unit's line under "... the following units:", no bullet: the words of its list)
            rel = (entry_relation(e.parent_words) if not e.parent and e.parent_words else "") or entry_relation(
                e.section
            )
            owner, seats = self._section_owner(e.section)
            if not owner and (said := self._colon_words(e)):  # "Before 2016, the X comprised these bureaus:" / "- Y"
                owner, seats = self._section_owner(said)
                if owner or not e.section.strip():  # (under no heading: what the words say, "the X comprises:")
                    rel = entry_relation(said) or rel
            owner = owner or subj
            rel = "part_of" if seats and rel else rel  # ("Agencies in the TIC:" / "1. Tide Bureau": seats on the TIC)
            if not rel and (not e.section or subj in e.section) and self.v["ordinal_unit"].match(name):
                rel = "part_of"  # "• 2nd Main Directorate – ..." under the lead (no heading, or the page's): a numbered unit
            if not rel or not body or name == owner or (name == subj and owner == subj):
                continue  # (the page's body listed among another's: "Agencies in the TIC:" / "1. <the page's body>")
            if rel == "affiliated_with" and self.v["ordinal_unit"].match(name):
                rel = "part_of"  # "• 2nd Main Directorate – ...": a numbered unit of the subject
            self._listed([(name, kind), (owner, "")][:: -1 if rel == "funded_by" else 1], rel, span, e.section)
            if e.head is not None:  # "• Terrorism (Ada Lind),": the unit's head
                self.add(e.head.text, "leads", obj=name, title="Head", span=span, method="list", subject_kind="person")

    def _colon_words(self, e: Entry) -> str:
        """The words before the colon of the sentence an entry's bullet is an item of ("the X comprised
        the following bureaus"), or ``""``."""
        k = bisect.bisect_right(self._sentence_starts(), e.name.start) - 1
        s = self.d.sentences[k] if k >= 0 else None
        if s is not None and e.name.start >= s.end and (follows := _GOES_ON_BELOW.search(s.clean)):
            return s.clean[: follows.start()]  # "The organization of X is as follows." over the list
        if s is None or e.name.start >= s.end or ":" not in s.clean[: e.name.start - s.start]:
            return ""
        return s.clean[: s.clean.index(":")]

    def _lineage(self) -> None:
        """The bodies under a heading of a body's earlier forms ("Lineage" / "- State Tide Department
        (1922-1934)" / "- Main Tide Directorate (1934-1945)"): each absorbed into the next."""
        run = [e for e in self.d.entries if is_lineage(e.section) and not e.parent]
        for a, b in zip(run, run[1:]):
            if a.section == b.section and a.name.text != b.name.text:
                self._listed(
                    [(a.name.text, ""), (b.name.text, "")], "absorbed_into", (a.name.start, b.name.end), a.section
                )

    def _section_owner(self, section: str) -> tuple[str, bool]:
        """The body the words over a list name as its whole when it is not the page's ("The following
        agencies are members of the Tide Council:", "Agencies in the TIC"), and whether they say the
        bodies listed sit on it (members of it, or in it); else ``("", False)``.

        The name (or abbreviation) must name a body, and the page's own is no other owner."""
        for rx in _LIST_OF_A_BODY:
            m = rx.search(section)
            name = m.group("name") if m else ""
            if m and (is_org_name(name) or re.fullmatch(r"[A-Z]{2,6}", name)):
                if name in (self.subject, self.subject_abbr) or _same_body(name, self.subject):
                    return "", False
                return name, bool(m.groupdict().get("seat") or m.groupdict().get("within"))
        return "", False

    def _listed(self, ends: list[tuple[str, str]], rel: str, span: tuple[int, int], section: str) -> None:
        (a, ka), (b, kb) = ends
        self.add(a, rel, obj=b, span=span, method="list", section=section, subject_kind=ka, object_kind=kb)

    def _entry_label(self, e: Entry) -> str:
        """The label of a listed body; a "Country - Name (ABBR)" item's name is mended, without its
        article, and its forms with the article and the abbreviation are aliases."""
        if not e.place:
            span = (e.item.start, e.item.end) if e.item else (e.name.start, e.name.end)
            for alias in (e.abbr, e.native):  # "• The Tide League (TL)", "• Tide Office 潮汐办公室": its other names
                if alias:
                    self.add(e.name.text, "alias", value=alias, span=span, method="list", section=e.section)
            return e.name.text
        full = mend_spacing(e.name.text)
        name = without_article(full)
        span = (e.item.start, e.item.end) if e.item else (e.name.start, e.name.end)
        for alias in (full if full != name else "", e.abbr):
            if alias:
                self.add(name, "alias", value=alias, span=span, method="list", section=e.section)
        return name
