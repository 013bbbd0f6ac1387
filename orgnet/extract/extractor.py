"""Claims from a document, the extract stage's entry point: infobox fields, lists, related-article blurbs and prose (extract stage).

A :class:`Claim` is one statement as the document makes it: a subject *name*, a relation,
an object *name* or a literal value, qualifiers (start, end, title), and the exact span of
text it rests on (``document.text[char_start:char_end] == evidence``), and the sentence (or
infobox or list line) around that span, for a reader (``context``, from ``context_start``: see
:func:`claim_context`). Names are not yet entities; :mod:`orgnet.resolve` decides which names
are the same body.

Prose is read with trigger phrases from ``vocab/phrases.yaml``: for each phrase found, the
nearest name before it and the first name after it fill the subject and object slots
(swapped for ``inverse`` phrases), "it" / "the department" stand for what the document is
about, and years, hedges ("according to", "alleged") and footnote numbers come from the
same sentence.

>>> from orgnet.read.document import parse_text
>>> d = parse_text("Bureau of Tests\\n\\nThe Bureau of Tests (BOT) is overseen by the "
...                "Ministry of Widgets. In 1990, it was placed under the State Council.\\n", "t.txt")
>>> [(c.subject, c.relation, c.object, c.start) for c in extract_claims(d) if c.object]
[('Bureau of Tests', 'overseen_by', 'Ministry of Widgets', None), ('Bureau of Tests', 'subordinate_to', 'State Council', 1990)]
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from ..countries import is_country_name
from ..lexicon import is_known_title, is_organ
from ..names import is_org_name, looks_like_person, same_subject, strip_disambiguator, subject_name
from ..read.foreign_offices import foreign_office
from ..read.infobox import has_org_word
from ..read.lines import name_like
from ..read.model import Blurb, Document, Sentence
from .claim import CONTEXT_MAX, Claim, context_span
from .fields import FieldRules
from .lists import ListRules
from .mentions import find_mentions
from .prose import ProseRules
from .words import entity_like, list_title, office_and_body, office_title, person_in

__all__ = ["Extractor", "extract_claims"]


def extract_claims(doc: Document, *, reliability_factor: float = 1.0) -> list[Claim]:
    """All claims of a document, in document order, each with its context. Pure: the document
    in, claims out.

    ``char_start``, ``char_end`` and ``context_start`` count characters of the file as
    decoded (``doc.raw``, through ``doc.source_map``); ``evidence`` and ``context`` are the
    cleaned text the parser read (``doc.text``), identical to the file's slice when the reader
    cleaned nothing (plain UTF-8, ``\\n`` line ends, NFC, no markup)."""
    claims = Extractor(doc, reliability_factor).run()
    _add_context(doc, claims)
    _to_file_offsets(doc, claims)
    return claims


def _to_file_offsets(doc: Document, claims: list[Claim]) -> None:
    """Move each claim's ``char_start``, ``char_end`` and ``context_start`` from the cleaned
    text (``doc.text``) to the file as decoded (``doc.raw``), through ``doc.source_map``; the
    ``evidence`` and ``context`` stay the cleaned text. A file cleaning did not change keeps
    its offsets."""
    m = doc.source_map
    if m.identity:
        return
    for c in claims:
        c.char_start, c.char_end = m.span(c.char_start, c.char_end)
        if c.context_start is not None:
            c.context_start = m.start(c.context_start)


def _add_context(doc: Document, claims: list[Claim]) -> None:
    """Set each claim's ``context`` and ``context_start`` (see :func:`claim_context`). Claims on
    the same sentence share one string."""
    if not claims:
        return
    spans = sorted((s.start, s.end) for s in doc.sentences)
    spans += [(s.start, s.end) for b in doc.related for s in b.sentences]
    spans.sort()
    starts = [s for s, _ in spans]
    text = doc.text
    seen: dict[tuple[int, int], str] = {}
    for c in claims:
        a, b = context_span(text, c.char_start, c.char_end, spans, starts, CONTEXT_MAX)
        ctx = seen.get((a, b))
        if ctx is None:
            ctx = seen[(a, b)] = text[a:b]
        c.context, c.context_start = ctx, a


_OFFICE_DUTIES_SENTENCES = 20  # how far an office page may say which body the office heads


# a lead sentence that opens with a name (after an article) and its abbreviation in parentheses
_TITLE_THEN_ABBR = re.compile(r"(?:\w{1,3}[ ’'])?(?P<name>[^()]{3,120}?) \((?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})[),;]")


class Extractor(ProseRules, FieldRules, ListRules):
    """One document's extraction: fields, lists, offices, entries, blurbs and prose, in that order."""

    def run(self) -> list[Claim]:
        d = self.d
        listed = list_title(self.subject) if self.subject else None
        if listed:  # "List of Harbour Agency directors": the page lists the holders of a body's office
            self.office, self.subject = listed[0], self._led_party(listed[1], listed[0])
            self.subject_abbr = ""
        if self.subject and not listed:
            self._office_page()
        if self.subject and not self.office and self._is_title(self.subject):
            self._bare_post_page()
        topic = bool(self.subject) and bool(self.v["topic_plural_rx"].search(self.subject))
        if not self.subject or not entity_like(self.subject) or topic:
            # no title, or a title that is no name ("About the Harbour", a cut headline): the
            # subject is what the lead sentence defines ("The X (ABBR) is a ...")
            lead = next(
                (
                    x
                    for x in map(self._defined_subject, d.sentences[:10])
                    if x
                    and (
                        entity_like(x) or x in self._bodies_defined or x == self.subject
                    )  # ("Tidewatch" / "Tidewatch is a ...")
                    and not self.v["bare_org_word"].fullmatch(x)
                ),
                "",
            )
            lead = lead or self._organ_lead()
            if lead or topic or not self.subject or not name_like(self.subject) or _TOPIC_TITLE.match(self.subject):
                # "Chronology of secret police agencies", "Ruritania, Intelligence and Security": a title
                # that names nothing (a topic of an encyclopedia of countries)
                self.subject, self.subject_abbr = lead, ""
                if lead and not self.office:
                    self._office_page()
        if self.subject and not listed and not self.office and self._title_unnamed():
            # "News Letter" / "- Newsletter" / "The State Council" / ... / "The State Council of X is ...": a
            # site's name over the page, no body and named nowhere in the prose; the lead's body is the subject
            self.subject, self.subject_abbr = self._lead_body(), ""
        if not self.subject and not self.office:
            # no title, and the lead defines an office by its body's word: "The Tide Commissioner is the head of the X"
            post = next((x for x in map(self._defined_subject, d.sentences[:3]) if x and _body_post(x)), "")
            post = post or self._post_defined(d.sentences[:3])  # "The Secretary General is the ..."
            if post and (body := self._office_body(d.sentences[:3])):
                self.office, self.subject = post, body
        if not self.subject and d.caption is not None:
            # no title and no defining sentence: the table's caption ("Tide Watch — TW —": its abbreviation after)
            self.subject, self.subject_abbr = subject_name(d.caption.text)
            if self.subject_abbr:
                self.add(
                    self.subject,
                    "alias",
                    value=self.subject_abbr,
                    span=(d.caption.start, d.caption.end),
                    method="infobox",
                )
            if not self.office:
                self._office_page()  # ("Minister of X | |": the office's, whose body the lead names)
        if self.subject and person_in(self.subject) in {person_in(it.name.text) for it in d.lists}:
            # a holder's name as the page's first line ("Sir Ada Li (1871-1930)" / "Chief from 1912 to 1930"):
            # the list is of the body the page names most, not of that holder
            self.subject, self.subject_abbr = "", ""
        if not self.subject and d.sentences and (named := _TITLE_THEN_ABBR.match(d.sentences[0].clean)):
            # no title: "The Tide Council (TC) oversees ..." as the page's first sentence names what it is about
            verb = re.match(r"\s+[a-z]{3,}", d.sentences[0].clean[named.end() :])  # (not "(TC) President Bo Lin")
            if verb and is_org_name(named.group("name")) and not named.group("name")[:1].islower():
                self.subject, self.subject_abbr = named.group("name"), named.group("abbr")
        if not self.subject:
            self.subject = self._most_named_body(d.sentences[:40]) or self._name_under_native()
        self._title_aliases()
        self._infobox()
        for s in d.native_names:
            self.add(self.subject, "name_zh", value=s.text, span=(s.start, s.end), method="infobox")
        self._lists()
        self._entries()
        self._lineage()
        self._offices()
        self._prose(d.sentences, self.subject, "pattern", first_defines=True)
        for b in d.related:
            self._blurb(b)
        return self.claims

    def _name_under_native(self) -> str:
        """No title and no body named most: a body's name on the line right under its name in its own
        script, a letterhead ("菲 華 商 會" / "Federation of Tide Chambers of Commerce, Inc."), else ``""``."""
        for s in self.d.native_names:
            line = self.text[s.end :].lstrip(" \t").split("\n", 2)
            name = line[1].strip() if len(line) > 1 and not line[0].strip() else ""
            name = re.sub(r",?\s+(?:Inc|Ltd|Co)\.?$", "", name)  # ("..., Inc.": the company's form, no name)
            if is_org_name(name) and len(name.split()) >= 3 and name[-1] not in ".:;?!":
                return name
        return ""

    def _person_after_post(self, title: str) -> str:
        """The person a profile's title names after a body and a post ("Tide Commission Director Ada
        Morn": Ada Morn), else ``""``."""
        words = title.split()
        for n, k in ((2, 1), (2, 2), (3, 1), (3, 2)):  # (the person's words, the post's)
            if len(words) > n + k and self._is_title(" ".join(words[-n - k : -n])) and has_org_word(title):
                person = " ".join(words[-n:])
                if looks_like_person(person):
                    return person
        return ""

    def _bare_post_page(self) -> None:
        """A bare post as the title ("Secretary General") over "The Secretary General is the chief officer
        of the Tide Party": the page of that post of the body the lead names."""
        lead = self.d.sentences[:3]
        body = self._office_body(lead) or self._office_body(lead, _OFFICER_OF)
        if body:
            self.office, self.subject, self.subject_abbr = self.subject, body, ""

    def _post_defined(self, sentences: list[Sentence]) -> str:
        """The post a lead sentence defines by its title alone ("The Secretary General is the ..."), else ``""``."""
        posts = (_POST_DEFINED.match(s.clean) for s in sentences)
        return next((p.group("post") for p in posts if p and self._is_title(p.group("post"))), "")

    def _office_page(self) -> None:
        """An office page ("Head of the Bureau of X"): the subject is the body the office heads, named
        in the title or by the lead sentence ("... is the head of the Y")."""
        d = self.d
        office = office_title(self.subject)
        if not office:
            return
        own = f"Office of the {self.subject}"
        if own in (ln.strip() for ln in d.text[:3000].splitlines()[:20]):
            self.subject = own  # "Director of Tides" over its infobox's "Office of the Director of Tides": that office
            return
        self.office, body = office
        foreign = foreign_office(self.subject) is not None
        derived = (office_and_body(self.subject) or ("", ""))[1]
        lead = self._office_body(d.sentences[:3], named=body)
        if not lead and not is_org_name(body):  # ("Duties: Serving as the head of the X"): further on
            lead = self._office_body(d.sentences[:_OFFICE_DUTIES_SENTENCES])
        self.subject = body if is_org_name(body) and (not lead or same_subject(lead, body)) else lead
        if not self.subject:  # "Minister of Home Affairs (Ruritania)": its ministry
            self.subject = derived
        field = _FIELD_BODY.fullmatch(derived) and not foreign  # (a German noun is capitalised: "der Tidewehr")
        if self.subject == derived != lead and field and not is_country_name(derived):
            # "Director-General of Tides": an office of a field, which is no body; the body the
            # lead sentence makes the office's ("... is the executive officer of the X")
            self.subject = self._office_body(d.sentences[:3], _OFFICER_OF)  # any post noun
        self.subject, self.subject_abbr = self._led_party(self.subject, self.office), ""

    def _led_party(self, body: str, office: str) -> str:
        """The body an office's holders lead: the party itself for a secretary of its Central Committee
        ("First Secretary of the Central Committee of the Tide Party": the party's leader)."""
        led = _party_led_from_rx().fullmatch(body)
        return led.group("party") if led and "Secretary" in office else body

    def _organ_lead(self) -> str:
        """The organ a lead sentence defines by its name alone, of the body the same sentence names ("The
        Politburo is the highest body of the Tide Party (TP)": the Politburo of the Tide Party), else ``""``."""
        for s in self.d.sentences[:3]:
            organ = self._defined_subject(s)
            if not organ or not is_organ(organ):
                continue
            at = s.clean.find(organ)
            owner = next(
                (
                    m.name
                    for m in find_mentions(self.text, self.clean, s.start + at + len(organ), s.end)
                    if m.org
                    and not m.person
                    and not is_organ(m.name)
                    and re.search(r"\bof (?:the )?$", s.clean[: m.start - s.start])
                ),
                "",
            )
            return self._organ_named(organ, owner) if owner else ""
        return ""

    def _title_unnamed(self) -> bool:
        """Whether the title is a name the prose never says, no abbreviation, that shares no word with
        the body a lead sentence defines by its name ("News Letter" over "The State Council of X is ...")."""
        title, lead = self.subject, self._lead_body()
        if (
            not lead
            or title.isupper()
            or set(re.findall(r"\w+", title.casefold())) & set(re.findall(r"\w+", lead.casefold()))
        ):
            return False
        key = title.casefold()
        return not any(key in s.clean.casefold() for s in self.d.sentences)

    def _lead_body(self) -> str:
        """The body the first defining sentence of the first six is about, when its name has an
        organisation word ("The State Council of X, namely Y, is the highest ..."), else ``""``."""
        defined = (self._defined_subject(s) for s in self.d.sentences[:6])
        return next((x for x in defined if x and has_org_word(x)), "")

    def _title_aliases(self) -> None:
        """The other names the title gives the subject: its abbreviation, its name in another language,
        the title with its disambiguator."""
        d = self.d
        two = _TWO_NAMES.fullmatch(self.subject) if d.title_span and self.subject == d.title.strip() else None
        if two and d.title_span and all(is_org_name(x) and not _ACRONYM_ONLY.fullmatch(x) for x in two.group("a", "b")):
            # "Ministerie van Getijden - Ministry of Tides": a mirror's title, the name in the page's language and
            # in English: the first the subject, the other its alias
            self.subject = two.group("a")
            at = d.title_span.start + two.start("b")
            self.add(self.subject, "alias", value=two.group("b"), span=(at, at + len(two.group("b"))), method="infobox")
        if d.title_span and (person := self._person_after_post(self.subject)):
            self.subject = person  # "Tide Commission Director Ada Morn": a profile of Ada Morn
        if self.subject and self.subject_abbr and d.title_span:
            self.add(
                self.subject,
                "alias",
                value=self.subject_abbr,
                span=(d.title_span.start, d.title_span.end),
                method="infobox",
                defining=True,
            )
        lead = d.sentences[0] if d.sentences else None
        rep = _TITLE_THEN_ABBR.match(lead.clean) if lead and self.subject else None
        if (
            lead
            and rep
            and rep.group("name") != self.subject
            and rep.group("name").casefold() == self.subject.casefold()
        ):
            # "La direction générale de la Sécurité extérieure (DGSE) est ...": the title said again, in
            # the case of its language's prose, and its abbreviation
            a = lead.start + rep.start("abbr")
            self.add(
                self.subject, "alias", value=rep.group("abbr"), span=(a, a + len(rep.group("abbr"))), method="pattern"
            )
        gloss = self.v["language_gloss"].match(d.title.strip()) if d.title and d.title_span else None
        if gloss and gloss.group("name") == self.subject and d.title_span:
            # "Tide Watch (Vakta Tidu, in Swedish)": the name in that language is another name of the subject
            at = self.text.find(gloss.group("gloss"), d.title_span.start, d.title_span.end)
            if at >= 0:
                self.add(
                    self.subject,
                    "alias",
                    value=gloss.group("gloss"),
                    span=(at, at + len(gloss.group("gloss"))),
                    method="infobox",
                    defining=True,
                )
        if (
            self.subject
            and d.title_span
            and d.title
            and d.title.strip() != self.subject
            and strip_disambiguator(d.title.strip()) == self.subject
        ):
            # "Ministry of Tides (Ruritania)": the title as the page writes it tells this body apart
            self.add(
                self.subject,
                "alias",
                value=d.title.strip(),
                span=(d.title_span.start, d.title_span.end),
                method="infobox",
            )

    # -- blurbs
    def _blurb(self, b: Blurb) -> None:
        subj = strip_disambiguator(b.title.text) if b.title else ""
        first = b.sentences[0] if b.sentences else None
        defined = self._defined_subject(first) if first else ""
        if not subj:
            subj = defined
        if not subj:
            return
        if b.title and b.title.text != subj:
            self.add(subj, "alias", value=b.title.text, span=(b.title.start, b.title.end), method="related")
        if b.description:
            self.add(
                subj, "type", value=b.description.text, span=(b.description.start, b.description.end), method="related"
            )
        self._prose(b.sentences, subj, "related", first_defines=True)


_TOPIC_TITLE = re.compile(r"^[A-Z][\w'’.-]+, [A-Z]")  # "Ruritania, Intelligence and Security"


# the body an office title derives that is a field, not a body: one capitalised word ("of Tides")
_FIELD_BODY = re.compile(r"[A-Z][a-z]+")


# "is the executive officer of", "was the chief official of": a post of the body that follows
# a title of two names parted by a spaced dash ("Ministerie van Getijden - Ministry of Tides")
_TWO_NAMES = re.compile(r"(?P<a>[^-–—|]{3,120}?) [-–—] (?P<b>[^-–—|]{3,120})")
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


@functools.lru_cache(maxsize=1)
def _party_led_from_rx() -> re.Pattern:
    """ "Central Committee of the Tide Party": an organ whose secretaries lead the party itself
    (names.yaml ``party_leading_organs``)."""
    organs = "|".join(map(re.escape, vocabulary.names()["party_leading_organs"]))
    return re.compile(r"(?:" + organs + r") of (?:the )?(?P<party>[A-Z].+)")


# a lead sentence that defines a post named alone ("The Secretary General is the chief officer of ...")
_POST_DEFINED = re.compile(r"(?:The )?(?P<post>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) (?:is|was) the ")
_OFFICER_OF = re.compile(r"\b(?:is|was) the (?:[a-z-]+ ){0,2}(?:officer|official|head|chief|executive) of(?: the)?\b")


def _body_post(name: str) -> bool:
    """A post named by its body's word and a title, no body's name ("Tide Commissioner", "Garda
    Commissioner"): up to three words, then a title of names.yaml, and no organisation word.

    >>> _body_post("Tide Commissioner"), _body_post("Tide Police"), _body_post("Tide Police Commissioner")
    (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 4 and is_known_title(words[-1]) and not has_org_word(" ".join(words[:-1]))
