"""Claims from infobox fields (extract stage): each field's role to a relation.

Which relation (or attribute) a role gives, and which way, is read from the roles table of
``vocab/fields.yaml``; the code here says when a value is read at all and how it is cleaned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..countries import is_country_name
from ..lexicon import is_organ, singular_title
from ..names import capitalised_at_both_ends, is_org_name, looks_like_person, same_subject
from ..read.field_lines import TERM_AFTER, split_values, term_line
from ..read.infobox import Field, Span, body_roles, has_cjk, trailing_markers_start
from ..vocabulary import field_roles
from .base import ExtractorBase
from .field_names import (
    affiliate_body,
    armed_service,
    body_in_body,
    body_then_post,
    field_values,
    glued_names,
    government_of_state,
)
from .leader_values import after_notes, bullet_posts, paired_posts, unglued_post, unit_note
from .places import GLUED_PLACES, place_name, seat_list, seats_by_term
from .words import (
    NOTE_MARKS_END,
    clean_person,
    office_and_body,
    office_title,
    single_name,
    strip_rank,
    term_years,
)

__all__ = ["FieldRules"]


# a founding value's founder: "1977 (Official Formation) by President Ada Morn" (a title or rank may come first)
_FOUNDED_BY = re.compile(r"\bby (?P<who>[A-Z][\w.'’-]*(?: (?:of |the |for )*[A-Z][\w.'’-]*){0,8})\s*(?:\[\w{1,4}\])*$")

# the agency template's predecessor and successor keys ("Preceding1:", "| superseding2 =")
_AGENCY_KEY = re.compile(r"[\W_]*(?:preceding|superseding)(?:\d|[ _]agenc)", re.I)


class FieldRules(ExtractorBase):
    """Claims from the infobox fields, each role to its relation."""

    _answers_for = False  # the field being read is an oversight key ("Minister responsible")

    # -- infobox
    def _infobox(self) -> None:
        d, subj = self.d, self.subject
        if not subj:
            return
        pairs: dict[tuple[str, int, int], dict[str, Field]] = {}
        rows: dict[tuple[str, int], int] = {}  # how many rows a numbered leader key has had
        for f in d.fields:
            if f.role in ("leader_title", "leader_name"):
                key = (f.group, f.number)
                k = rows.setdefault(key, 0)
                if f.role in pairs.get((*key, k), {}):
                    # a key said again (a revision diff's old and new line, a repeated template): a further
                    # row of the same post, which keeps the post's title when it gives none
                    k = rows[key] = k + 1
                    if f.role == "leader_name" and "leader_title" in pairs[(*key, k - 1)]:
                        pairs.setdefault((*key, k), {})["leader_title"] = pairs[(*key, k - 1)]["leader_title"]
                pairs.setdefault((*key, k), {})[f.role] = f
                continue
            self._plain_field(f)
        for num in sorted(pairs):
            p = pairs[num]
            name_f, title_f = p.get("leader_name"), p.get("leader_title")
            if (
                (not name_f or not name_f.values)
                and title_f
                and title_f.values
                and not self._is_title(title_f.values[0].text)
                and looks_like_person(strip_rank(clean_person(title_f.values[0].text)))
            ):
                name_f, title_f = title_f, None  # "minister1_pfo = Bo Wu" and no name key: the post's holder
            if not name_f or not name_f.values:
                continue
            name_f, title_f, title, term = self._leader_pair(name_f, title_f)
            title = self.v["title_abbreviations"].get(title, title)  # "DG": Director-General
            v = name_f.values[0]
            a = min(name_f.start, title_f.start) if title_f else name_f.start
            person = looks_like_person(strip_rank(clean_person(v.text)))
            body = subj
            ob = office_and_body(title) if title_f and person else None
            if ob and ob[0] in self.v["ministry_titles"] and not ob[1].startswith("Ministry"):
                ob = (ob[0], f"Ministry of {ob[1]}")  # "Minister of the Armed Forces": the Ministry of the Armed Forces
            if ob and is_org_name(ob[1]) and not same_subject(ob[1], subj) and ob[1] != self.subject_abbr:
                # "Minister1 Name: Bo Wu" / "Minister1 Pfo: Minister of Tides": the minister responsible, who
                # heads the ministry, not the agency
                title, body = ob
            elif title_f and person and name_f.title and self._portfolio_body(title, subj):
                # "Minister1 Name: Bo Wu" / "Minister1 Pfo: Ministry of Tides": the portfolio given as the
                # ministry itself; its minister heads it
                title, body = name_f.title, title
            if not (self._is_title(title) or self.v["title_end_rx"].search(title)) and person and name_f.title:
                # "Minister1 Name: Bo Wu" / "Minister1 Pfo: Minister for Special Affairs": the template's
                # office ("Minister") is the post
                title = name_f.title
            if (
                self._is_title(title)
                or self.v["title_end_rx"].search(title)
                or any(self._is_title(t) for t in re.split(r"\s+(?:and|&)\s+|\s*/\s*", title))
            ):
                # ("President and CEO": a post of two titles)
                for one in split_values(v, "comma"):
                    name = strip_rank(clean_person(one.text))
                    paren = re.search(r"\(([^()]*)\)\s*$", one.text)  # "Ada Li (1934–1936)": the term
                    y0, y1 = term_years(paren.group(1)) if paren and _YEARISH.search(paren.group(1)) else term
                    if looks_like_person(name) or single_name(name):
                        self.add(
                            name,
                            field_roles()["leader_name"]["relation"],
                            obj=body,
                            title=title,
                            span=(name_f.start, one.end),
                            method="infobox",
                            subject_kind="person",
                            subject_surface=one.text,
                            start=y0,
                            end=y1,
                        )
            else:
                self.add(subj, "other_name", value=v.text, span=(a, v.end), method="infobox")

    def _plain_field(self, f: Field) -> None:
        """A field's values, each read by its role ("• Bo Lin" / "Cy Lo, Vice-Ministers": the post after
        the last name of a leader key's bullet is each name's)."""
        values = [v for v in field_values(f) if not _TEMPLATE_REST.match(v.text)]  # (no empty template value)
        posts = bullet_posts(self.text, values) if f.role == "leader" else {}  # "• Bo Lin" / "Cy Lo, Vice-Ministers"
        for k, v in enumerate(values):
            span = (f.start, v.end)
            if span[1] - span[0] > 240:
                span = (v.start, v.end)
            self._answers_for = f.oversight  # ("Minister responsible": read by _leader_value)
            self._field_value(f.role, posts.get(k, f.title), v, span, f.section if hasattr(f, "section") else "")

    def _portfolio_body(self, value: str, subj: str) -> bool:
        """A leader key's post value that names a body other than the page's ("Ministry of Tides")."""
        other = not same_subject(value, subj) and value != self.subject_abbr
        return other and is_org_name(value) and not (self._is_title(value) or self.v["title_end_rx"].search(value))

    def _leader_pair(
        self, name_f: Field, title_f: Field | None
    ) -> tuple[Field, Field | None, str, tuple[int | None, int | None]]:
        """A leader key pair read as its holder, post and term: a position key that is only a term
        ("Chief1 Position: (1948–1959, first)") gives the years, not the post; a name value with its
        post after a comma ("Chief1 Name: Ada Morn, director") gives the holder and the post."""
        term: tuple[int | None, int | None] = (None, None)
        if title_f and title_f.values and _TERM_ONLY.fullmatch(title_f.values[0].text):
            term = term_years(title_f.values[0].text.strip(" ()"))
            title_f = None
        title = title_f.values[0].text if title_f and title_f.values else (name_f.title or "Leader")
        post = _NAME_THEN_POST.fullmatch(name_f.values[0].text)
        if post and self._is_title(post.group("post")) and looks_like_person(post.group("name")):
            title = post.group("post")[:1].upper() + post.group("post")[1:]
            v0 = name_f.values[0]
            name_f = replace(name_f, values=[Span(post.group("name"), v0.start, v0.start + len(post.group("name")))])
        return name_f, title_f, title, term

    def _field_value(self, role: str, title: str, v: Span, span: tuple[int, int], section: str) -> None:
        text = v.text
        if self.v["placeholder_value_rx"].fullmatch(TERM_AFTER.sub("", text).strip(" .,")):
            return  # "Child1 Agency: See list", "Independent, (1991–1998)": a pointer elsewhere or no body
        if role in body_roles() and not (text[:1].isupper() or text[:1].isdigit() or has_cjk(text[:1])):
            return  # "Part of a series on ...": a body's name starts with a capital
        if role in body_roles() and not re.search(r"[^\W\d_]{2,}", self.v["date_words_rx"].sub("", text)):
            return  # "Published : May 13, 2020 - 15:53": a date, no name
        if role in body_roles() and _COMMON_NOUN_LIST.fullmatch(text.strip(" .")):
            return  # "Jurisdiction: Party, state and army", "Land, sea and air": a scope, no body
        if (
            role in body_roles()
            and (ot := office_title(text))
            and not is_org_name(ot[1])
            and not (role == "oversight" and self.v["oversight_office_rx"].match(text))
        ):
            return  # "Parent agency: President of Ruritania": an office, not a body
            # (an office of oversight is an institution: "Overviewed by: Inspector General of Veldra")
        if self._several_values(role, title, v, span, section):
            return
        if role in body_roles() and (face := _EXTERNAL_NAME.search(text)):  # "X (with the external brand name Y)"
            self.add(face.group("face"), "front_for", obj=text[: face.start()], span=span, method="infobox")
            text = text[: face.start()]
        text, y0, y1 = self._value_text(role, text, span)
        role = "alias" if role == "name_zh" and not has_cjk(text) else role  # (a native name in another script)
        if role in (
            "jurisdiction",
            "allegiance",
            "affiliation",
            "organ",
            "founder",
            "funder",
            "party",
            "office",
            "branch",
            "employer",
            "predecessor",
            "successor",
            "deputy",
            "leader",
            "member",
            "publisher",
        ):
            self._conditional_value(role, title, v, text, span, y0, y1)
        elif role == "part_of" and self.office and is_organ(text):
            return  # an office page's "Member of: Politburo, Secretariat": the seats of the post's holder
        elif role in ("parent", "subsidiary", "unit", "part_of"):
            if code := _UNIT_CODE.fullmatch(text):  # "Tide Guard Unit (PLA Unit 61889)": the unit, its code name
                text = code.group("name")
                self.add(text, "alias", value=code.group("code"), span=span, method="infobox")
            # (a unit named without a body word ("Coastal Patrols") is no person)
            kind = "state_body" if role in ("subsidiary", "unit") and looks_like_person(text) else ""
            two = body_in_body(text) if role == "parent" else None
            bodies = list(two) if two else [text]
            if role == "parent" and (its := _AND_ITS.fullmatch(text)) and is_org_name(its.group("a")):
                bodies = [its.group("a"), f"{its.group('b')} of the {re.sub(r'^the ', '', its.group('a'))}"]
            for body in bodies:  # ("Presidency (Security Cabinet)", "Tide Congress and its Standing Committee")
                self._give(role, body, span, start=y0, end=y1, subject_kind=kind)
        elif role in ("owner", "operator", "oversight", "name_zh", "other_name", "affiliate"):
            self._give(role, government_of_state(text) if role == "owner" else text, span)
        elif role == "headquarters":
            term = TERM_AFTER.search(text)  # "Ulton, Veldra (1947–1948)": a seat of those years
            y0, y1 = term_years(term.group(1)) if term else (None, None)
            place, surface = place_name(text[: term.start()] if term else text)
            self._give(role, place, span, object_kind="place", object_surface=surface, start=y0, end=y1)
        elif role == "founded":
            m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text)
            if m:
                self._give(role, m.group(1), span)
            founder = _FOUNDED_BY.search(text)  # "Formed: 1977 by President Ada Morn": who set it up
            who = strip_rank(clean_person(founder.group("who"))) if founder else ""
            if founder and (looks_like_person(who) or is_org_name(who)):
                self._give("founder", who, span, start=int(m.group(1)) if m else None)
        elif role in ("abbreviation", "alias", "former_name"):
            m = re.match(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", text)
            for part in [m.group("a"), m.group("b")] if m else [text]:
                # (a part in Chinese characters only is the Chinese name)
                self._give("name_zh" if has_cjk(part) and not re.search("[A-Za-z]", part) else role, part, span)
        elif role == "literal" and re.match(r"^Type\b", self.text[span[0] : span[1]], re.I):
            self._give(role, text, span)

    def _conditional_value(
        self, role: str, title: str, v: Span, text: str, span: tuple[int, int], y0: int | None, y1: int | None
    ) -> None:
        """A value of a role read only when the value (or the page's subject) is of the right sort."""
        subj = self.subject
        if role == "jurisdiction":
            # ("Jurisdiction: Ministry of the Interior": its parent; "Jurisdiction: Government of Ruritania":
            # the government it answers to; "Jurisdiction: Republic of Ruritania", "National": a state, a scope)
            if is_org_name(text) and (not _GOVERNMENT.match(text) or _GOVERNMENT_OF.fullmatch(text)):
                self._give(role, text, span, start=y0, end=y1)
        elif role in ("affiliation", "allegiance"):
            # ("Allegiance: Ruritania": a state, not a body; a person's allegiance: a state)
            if (role == "affiliation" or not self._person_subject(subj)) and is_org_name(text):
                if role == "affiliation" and (two := body_in_body(text)):
                    text = two[0]  # "Parliamentary Left Group (Tide Parliament)": the group, and the body it is of
                    self.add(text, "part_of", obj=two[1], span=span, method="infobox")
                self._give(role, text, span, start=y0, end=y1)
            elif role == "affiliation" and affiliate_body(text):
                # ("Affiliates" / "Tide TV" / "Cubavision International": a body of the list, no person)
                self._give(role, text, span, start=y0, end=y1, object_kind="association")
        elif role == "publisher":
            words = set(subj.split())
            if not words & self.v["org_words"] or words & self.v["publication_words"]:
                self._give(role, text, span)  # ("Publisher: X" above a page on an agency: the page's own publisher)
        elif role == "organ":
            gloss = _GLOSSED.fullmatch(text)
            if gloss:  # "Newspaper: Tuanjie Bao (Solidarity Daily)": the name, then its gloss
                text = gloss.group("name")
            if text[:1].isupper():  # "Main organ: Tide Herald": the subject publishes it
                words = set(re.findall(r"[\w'’]+", text))
                if (not words & self.v["org_words"] or words & self.v["publication_words"]) and not re.search(
                    r"\b[A-Z]{2,}\b", text
                ):  # ("Main organ: Congress", "Plenum of the HPC")
                    self._give(role, text, span, object_kind="publication")
                    if gloss and gloss.group("gloss") not in self.v["gloss_notes"]:
                        self.add(text, "alias", value=gloss.group("gloss"), span=span, method="infobox")
                elif (
                    words & self.v["org_words"]
                    and not self.v["bare_org_word"].fullmatch(text)
                    and not re.search(r"\b[A-Z]{2,}\b|[,&;]", text)
                ):
                    # "Main organ: General Assembly": a governing body, one of the subject's own
                    self._give("unit", text, span)
        elif role in ("founder", "funder"):
            m = re.match(r"^(?P<who>.+?)\s+(?:to|until|till)\s+(?P<y>1[6-9]\d\d|20\d\d)$", text)
            who, end = (m.group("who"), int(m.group("y"))) if m else (text, None)
            if who[:1].isupper() and (is_org_name(who) or looks_like_person(who)):
                self._give(role, who, span, end=end)
        elif role in ("party", "office", "branch", "employer"):
            self._service_or_seat(role, text, span, y0, y1)
        elif role == "member":
            who = _PAREN_TAIL.sub("", text.rstrip(". "))  # ("Bo Lin (deceased).", "Ada Morn (Chair)")
            if not is_country_name(who) and (
                looks_like_person(who) or is_org_name(who) and not self._person_subject(subj)
            ):
                kind = "person" if looks_like_person(who) and not is_org_name(who) else ""
                self._give(role, who, span, subject_kind=kind)
        elif role == "leader":
            self._leader_value(title, v, text, span)
        elif self._person_subject(subj):  # predecessor, successor, deputy on a person page
            self._next_to_office(role, text, span)
        elif role == "deputy":  # a body's "Deputy: Ada Li, Principal Deputy Director": a leader, the deputy
            self._leader_value(title or "Deputy", v, text, span)
        elif role in ("predecessor", "successor"):
            # a body's predecessor or successor body: the key says it is a body, whatever its words (a one-word
            # name "Preceded by Tidecom", a name with no body word "Preceding1: Republican Watch", a name in
            # another language with lower-case words inside "Preceding1: Det gamle Tidekontor")
            if (
                (is_org_name(text) or capitalised_at_both_ends(text))
                and (not looks_like_person(text) or _AGENCY_KEY.match(self.text, span[0], span[1]))
                and text not in self.v["unknown"]
            ):
                # (an agency template's "Preceding1:" names an agency even when its words read like a person's)
                self._give(role, text, span)

    def _service_or_seat(self, role: str, text: str, span: tuple[int, int], y0: int | None, y1: int | None) -> None:
        """A party, office or branch value: on a person page, a body the person belongs to; on a
        unit's page, the armed service it is part of."""
        subj = self.subject
        if self._person_subject(subj):
            # a person page: the parties, assemblies and armed services the person belongs to
            m = re.match(r"^(?:Member of (?:the )?)(?P<b>[^,]+?)\s*(?:,.*)?$", text) if role == "office" else None
            body = m.group("b") if m else (text if role != "office" else "")
            if body[:1].isupper():
                kind = {"branch": "state_body", "party": "party_body"}.get(role, "") if looks_like_person(body) else ""
                self._give(role, body, span, start=y0, end=y1, object_kind=kind)
        elif role == "branch" and armed_service(text):  # a unit's "Branch: Tide Army": the service it is part of
            self._give(role, text, span, start=y0, end=y1)

    def _give(self, role: str, value: str, span: tuple[int, int], **kw: Any) -> None:
        """The claim a value of field role `role` gives: the relation (or attribute) and its direction
        are those of the role in ``vocab/fields.yaml``."""
        spec = field_roles()[role]
        if role == "leader" and (owned := body_then_post(kw.get("title", ""))):
            kw["title"], obj = owned[1], owned[0]  # "Taiwan Affairs Office Chief: Ada Li": that office's chief
            self.add(value, "leads", obj=obj, span=span, method="infobox", **kw)
        elif "attribute" in spec:
            self.add(self.subject, spec["attribute"], value=value, span=span, method="infobox", **kw)
        elif spec.get("reverse"):
            self.add(value, spec["relation"], obj=self.subject, span=span, method="infobox", **kw)
        else:
            self.add(self.subject, spec["relation"], obj=value, span=span, method="infobox", **kw)

    def _several_values(self, role: str, title: str, v: Span, span: tuple[int, int], section: str) -> bool:
        """Whether a value holds several (bodies in a list, seats glued together): each is read alone."""
        text = v.text
        if role in body_roles() and "," in text and not role.startswith("leader"):
            pieces = split_values(v, "comma")
            posts = [
                self._is_post(p.text) or bool(self.v["title_rx"].match(p.text)) and not is_org_name(p.text)
                for p in pieces
            ]
            if len(pieces) > 1 and all(post or is_org_name(p.text) for p, post in zip(pieces, posts)):
                for p, post in zip(pieces, posts):  # "UNESCO, ECOSOC": several bodies in one value
                    if not post:  # ("Reports to: Prime Minister of X, Cabinet Secretary": posts, no body)
                        self._field_value(role, title, p, span, section)
                return True
        if role.startswith("leader") and (pairs := glued_names(v)):
            for p in pairs:  # "Key people: Ada Morn Bo Lin Cy Roe": the list's line breaks lost
                self._field_value(role, title, p, span, section)
            return True
        if role == "headquarters" and (seats := seat_list(v) or seats_by_term(v)):
            for p in seats:  # "Ulton, Veldra City and Port Tide", "Ulton, Veldra (1947–48), Arn (1948–56)"
                self._field_value(role, title, p, span, section)
            return True
        if role == "headquarters" and (g := GLUED_PLACES.search(text)):
            # "ParisEast Berlin": two seats glued together
            cut = v.start + g.end()
            for p in (Span(text[: g.end()], v.start, cut), Span(text[g.end() :], cut, v.end)):
                self._field_value(role, title, p, span, section)
            return True
        return False

    def _value_text(self, role: str, text: str, span: tuple[int, int]) -> tuple[str, int | None, int | None]:
        """A body's value without what is not its name (a term, a note, a gloss, its abbreviation,
        given as an alias), and the years of the term."""
        y0: int | None = None
        y1: int | None = None
        when = TERM_AFTER.search(text) if role in body_roles() else None
        if when:  # "Ministry of Tides (1948–51, 1955–89)": the body, and when the tie held
            text = text[: when.start()]
            text = text[: trailing_markers_start(text)].rstrip()  # ("Tide Foundation [ zh] (2020–present)")
            y0, y1 = term_years(when.group(1).split(",")[0])
        if role in body_roles():  # "General Staff Department (partially)": a note in lower case is no part of the name
            text = re.sub(r"\s*\([a-z][^()]*\)$", "", text)
            text = re.sub(r"^The (?=[A-Z][\w'’-]* [A-Z])", "", text)  # ("The National Tide Agency (NTA)": no article)
        if role in body_roles() and (desc := _DESCRIBED.match(text)):
            text = desc.group("name")  # "Examination Unit, a civilian organization set up in 1941 by X": the body
        if role in ("parent", "owner") and " via " in text:
            text = text.split(" via ")[0]  # "The Government via the Media Board": the parent, through a board
        if role in ("unit", "subsidiary"):
            # "Signals Division - radio monitoring", "Boarding Division (formerly Patrol Division) - raids": the unit
            text = re.sub(r"\s*\((?:formerly|previously|earlier|once)\b[^()]*\)", "", re.split(r"\s+[-–—]\s+", text)[0])
        native = _NATIVE_AFTER.search(text) if role in body_roles() or role == "organ" else None
        if native and text[: native.start()].strip():
            # "Civic Voice (公民)": the name, and the name in its own script
            text = text[: native.start()]
            relation = "name_zh" if has_cjk(native.group(1)) else "alias"
            self.add(text, relation, value=native.group(1), span=span, method="infobox")
        abbr = _ABBR_AFTER.search(text) if role in body_roles() else None
        if abbr and (sum(ch.isupper() for ch in abbr.group(1)) >= 2 or is_org_name(text[: abbr.start()])):
            # "Main Directorate of Camps (MDC) (1945 – 1946)": the body, and its abbreviation
            text = text[: abbr.start()]
            self.add(text, "alias", value=abbr.group(1), span=span, method="infobox")
        return text, y0, y1

    def _leader_value(self, title: str, v: Span, text: str, span: tuple[int, int]) -> None:
        """A leader field's value: its holders (and their posts and terms), or when a term began."""
        subj = self.subject
        trail = re.search(r"(?:\s*\[\w{1,4}\])*\s*\.?\s*$", text)
        if trail and trail.start() < len(text):  # "Ada Lind (since March 3, 2020)[1].": markers and a full stop
            text = text[: trail.start()]
            v = Span(text, v.start, v.start + len(text))
        vb = _VERB_IN_VALUE.search(text)
        if vb and not re.search(r"[(;]", text[: vb.start()]):
            return  # "Bo Wu, Acting Head of X, is Chair of the board": a sentence under the key, no holder
            # ("Cy Rask (2000-2011), former minister; his father is ...": a holder and a note)
        since = _SINCE.match(text)
        term = term_line().fullmatch(text)
        if since or term:  # "since 12 May 2015", "2011 to 2017" under the holder's name: the term
            last = self.claims[-1] if self.claims else None
            if (
                last is not None
                and last.relation == "leads"
                and last.method == "infobox"
                and last.start is None
                and 0 <= v.start - last.char_end <= 2
            ):
                last.start, last.end = (int(since.group("y")), None) if since else term_years(text)
                last.char_end, last.evidence = v.end, self.text[last.char_start : v.end]
            return
        if self._person_subject(subj) and not self.office:
            return  # a person page's "President Ada Li": whom the person served with, not a leader
        title = title or self.office or "Leader"
        lead_paren = re.match(r"^\([^()]{0,30}\)\s*|^[A-Z][A-Z0-9&]{1,9}\s+[-–—]\s+", text)
        # "(the last) Ada Li (1987-1989)", "UJC - Ada Li": the person after
        if lead_paren:
            v = Span(text[lead_paren.end() :], v.start + lead_paren.end(), v.end)
        if note := re.search(r";\s*(?=[a-z])", v.text):  # "Ada Li (2000-11); her father is the late X": a note
            v = Span(v.text[: note.start()], v.start, v.start + note.start())
        pieces = paired_posts([p for piece in split_values(v, "comma") for p in unglued_post(piece)], self._is_post)
        noted = [p for piece in pieces for p in after_notes(piece)]
        many = len(noted) > len(pieces)  # "A (Government Chairman) B (Party Secretary of X)": the key's post each
        pieces = noted
        for k, one in enumerate(pieces):
            if self._is_post(one.text):
                continue  # "Hu Wei, Deputy Minister": the title of the name before
            bare = NOTE_MARKS_END.sub("", one.text)  # "Ada Li[1], Director": the name's footnote marker
            name = re.sub(r"\s*\([^)]*\)\s*$", "", bare)
            paren = re.search(r"\(([^)]*)\)\s*$", bare)
            t = title
            after = re.sub(r"^the\s+", "", pieces[k + 1].text) if k + 1 < len(pieces) else ""  # ("the Assistant to X")
            own = re.fullmatch(r"(?P<t>[A-Z][\w -]{2,40}?) of (?:the )?(?P<b>.+)", after)  # "A, Director of the X"
            if after and self._is_post(after):
                t, end = singular_title(after), pieces[k + 1].end  # ("A, Vice-Ministers": one post)
            elif own and self._is_post(own.group("t")) and same_subject(own.group("b"), subj):
                t, end = own.group("t"), pieces[k + 1].end  # ("Agency executive: Ada Li, Director of the X": the post)
            elif paren and self._is_title(paren.group(1)) and not many:
                t, end = paren.group(1), one.end
            else:
                end = one.end
            name = strip_rank(clean_person(name))  # ("General Ada Li (Secretary General)": the person)
            if name in self.v["unknown"] or not looks_like_person(name) and not single_name(name):
                continue  # ("Classified, Colonel": the holder is not given)
            if (
                k
                and " " not in name
                and looks_like_person(clean_person(pieces[k - 1].text))
                and self.text.count("\n", pieces[k - 1].end, one.start) == 0
            ):
                continue  # "Ada Li, Nonpartisan": a party or affiliation after the name
            y0, y1 = term_years(paren.group(1)) if paren and _YEARISH.search(paren.group(1)) else (None, None)
            # ("Minister responsible: Bo Wu" on an agency's page: the minister answers for the agency, which
            # has a head of its own; on a ministry's page, the minister heads it)
            if paren and y0 is None and unit_note(unit := paren.group(1)):  # "Gen. Ada Morn (104th Brigade)"
                self.add(name, "leads", obj=unit, span=(span[0], end), method="infobox", title=singular_title(t))
                continue
            overseer = self._answers_for and t == title and not _MINISTRY.search(subj)
            role = "oversight" if overseer else "leader"
            self._give(role, name, (span[0], end), title=t, subject_kind="person", start=y0, end=y1)

    def _next_to_office(self, role: str, text: str, span: tuple[int, int]) -> None:
        """A person page's predecessor, successor or deputy in the office above."""
        # a person page: who held the office above before or after the person, or was deputy
        held = self._office_above(span[0])
        name = strip_rank(clean_person(text))  # ("Succeeded by Lt. General Bo Wu": the person)
        if held is None or not looks_like_person(name):
            return  # "Office created", "Position abolished": no one
        title, body, o = held
        if role == "deputy":
            own = re.search(r"\(([^()]*)\)\s*$", text)  # "Bo Wu (2003-2020)": the deputy's own term
            y0, y1 = (
                term_years(own.group(1))
                if own and _YEARISH.search(own.group(1))
                else (o.start_year, None if o.present else o.end_year)
            )
            self.add(
                name,
                field_roles()["deputy"]["relation"],
                obj=body,
                title=f"Deputy {title}",
                span=span,
                method="infobox",
                subject_kind="person",
                start=y0,
                end=y1,
            )
        else:  # the person before or after in the office: its holder, as a leader field's
            self.add(
                name,
                field_roles()["leader"]["relation"],
                obj=body,
                title=title,
                span=span,
                method="infobox",
                subject_kind="person",
                start=o.end_year if role == "successor" else None,
                end=o.start_year if role == "predecessor" else None,
            )


_VERB_IN_VALUE = re.compile(r",?\s(?:is|was|are|were|has been|had been|will be)\s")


_GOVERNMENT = re.compile(
    r"(?:the )?(?:[\w'’-]+ ){0,3}?(?:[Gg]overnment|[Ss]tate|[Rr]epublic|[Kk]ingdom|[Ff]ederation|"
    r"[Uu]nion|[Ee]mpire|[Cc]ountry|[Nn]ation)\b(?! (?:Security|Intelligence|Council|Committee|Commission|"
    r"Department|Ministry|Bureau|Office|Agency|Directorate|Administration)\b)"
)


_GOVERNMENT_OF = re.compile(r"(?:the )?Government of (?:the )?[A-Z][\w'’ -]{1,60}")


# a parent body, then the body within it that the subject answers to: "Presidency of X (Security Cabinet)"
# a body's value, then the name it is known by outside in parentheses: "(with the external brand name Y)"
_EXTERNAL_NAME = re.compile(
    r"\s*\((?:with |under )?(?:the |an? )?(?:external|public)(?: brand)? name:? (?P<face>[A-Z][^()]{2,100}?)\)$"
)
_AND_ITS = re.compile(r"(?P<a>[^()]{3,100}?) and its (?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})")  # (an organ of a)
# a name in its own script in parentheses after a value ("Civic Voice (公民)", "Tide Union (Союз)")
_NATIVE_AFTER = re.compile(r"\s*\(((?=[^()]*[^\W\d_])[^()A-Za-z0-9]{1,40})\)$")
_ABBR_AFTER = re.compile(
    r"\s*\(((?-i:[A-ZÀ-ÖØ-Þ])[^\W_][\w&]{0,8})(?:,\s*in (?-i:[A-Z][a-z]+))?\)\s*$"
)  # ("(ANI, in Spanish)")


# a body's name, then what it was, after a comma: "Examination Unit, a civilian organization established in 1941"
_DESCRIBED = re.compile(
    r"(?P<name>[^,()]{3,80}?), (?:an?|the) (?-i:[a-z])[\w-]*(?: [\w-]+)* (?:established|founded|set up|created|formed|run|based|that|which|of|in|under)\b.*"
)


# a list of common nouns, only the first capitalised ("Party, state and army")
_COMMON_NOUN_LIST = re.compile(r"[A-Z][a-z]+(?:, [a-z]+)*,? (?:and|&) [a-z]+")
_MINISTRY = re.compile(r"\bMinist(?:ry|ries|ère|erio|erium)\b", re.I)
_YEARISH = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# a leader key's value that is only a term: "(1948–1959, first)", "1987–1989 (last)"
_TERM_ONLY = re.compile(
    r"\s*\(?\s*(?:1[6-9]|20)\d\d\s*(?:[-–—]\s*(?:(?:1[6-9]|20)\d\d|present)?)?\s*"
    r"(?:[,;(]?\s*(?:first|last|acting|interim)\s*\)?)?\s*\)?\s*",
    re.I,
)
# a leader's value "Ada Morn, director": the holder, a comma and her post in lower case
_NAME_THEN_POST = re.compile(r"(?P<name>[^,()]{3,60}?),\s+(?P<post>[a-z][a-z -]{2,40})")


_SINCE = re.compile(r"^since\b.*?\b(?P<y>1[6-9]\d\d|20\d\d)\b", re.I)


# what follows an empty value of a template dump: the next key ("footnotes =") or the template's end ("}}")
_TEMPLATE_REST = re.compile(r"\s*(?:\}\}|[\w ]{1,40}=\s*$)")


# a publication's name and, in parentheses, its name translated: "Tuanjie Bao (Solidarity Daily)",
# "Minzhu yu Kexue(Democracy & Science)" (no year, no abbreviation)
_GLOSSED = re.compile(r"(?P<name>[A-Z][^()]{1,60}?)\s*\((?P<gloss>[A-Z][a-z][^()]{1,60})\)")


# a unit's name, then its numbered cover designation: "Tide Guard Unit (PLA Unit 61889)", "X (Military Unit 26165)"
_UNIT_CODE = re.compile(r"(?P<name>[^()]{3,100}?)\s*\((?P<code>(?:[A-Z][\w-]* ){0,3}Unit \d{3,6})\)")
_PAREN_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # a note after a name: "(deceased)", "(Chair)"
