"""The extractor's state and the rules all of its parts share (extract stage)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable

from ..countries import countries_in, is_country_code, is_country_name, state_name
from ..lexicon import compiled, singular_title
from ..names import Mention, initials_match, is_org_name, looks_like_person, name_key, subject_name
from ..read.infobox import has_org_word
from ..read.model import Document, Office, Sentence
from ..scoring import claim_confidence
from .claim import Claim
from .mention_rules import PAREN_AFTER
from .mentions import find_mentions
from .sentence import SentIndex
from .sentence_years import LONGEST_TERM
from .slot_patterns import _BARE_ORGAN
from .words import (
    document_name,
    entity_like,
    gives_abbreviation,
    office_and_body,
    office_title,
    relative_clause_start,
    strip_rank,
)

__all__ = ["ExtractorBase", "POSTS_GAP"]


_NAMEISH = re.compile(r"[^\W_]")


POSTS_GAP = re.compile(r"\s*(?:,|and)\s+")  # (", and" joins two people's lists of posts)


# an office's body and its abbreviation at the end of the post ("Chairman of the Tide Bureau (TB)")
OFFICE_ABBREVIATION = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z&]{1,9})\)$")
_MEMBER_POST = re.compile(
    r"^(?:(?:full|candidate|alternate|ordinary|permanent|standing|voting|elected) )?member "
    r"of (?:the )?(?:\d{1,2}(?:st|nd|rd|th)(?:,| and|,? and)? )*(?P<body>[A-Z].+)$",
    re.I,
)


_AND_BEFORE_NAME = re.compile(r"(?:^|\s|,)(?:and|&)\s+$")
_LOWER_WORDS = re.compile(r"\s?(?:[a-z][\w-]*\s){0,2}")
# "The minister concurrently serves as the director of the X": another post the office's holder holds
_ANOTHER_POST = re.compile(r"\b(?:concurrently|also|additionally|simultaneously)\s+$", re.I)
_FOUNDER_TITLE = re.compile(r"(?:co-?)?founder|founding (?:member|father)", re.I)
_MEMBER_TITLE = re.compile(
    r"(?:an? )?(?:(?:full|candidate|alternate|ordinary|permanent|standing|voting|elected) )?member", re.I
)


# relations whose subject is a body or a person of the network, never a state
_BODY_ONLY_SUBJECT = frozenset(
    {
        "established_by",
        "subordinate_to",
        "part_of",
        "absorbed_into",
        "front_for",
        "controlled_by",
        "operated_by",
        "overseen_by",
        "serves",
        "publishes",
        "leads",
    }
)


# "Ada Morn, who ..., is now appointed as Director of X": an appointment, said of a person, defines no
# page subject (phrases.yaml ``appointment_verbs``, maybe after an adverb or a day)
_APPOINTMENT_ADVERBS = r"(?:(?:now|just|newly|recently|also|officially|formally|reportedly|today|yesterday|being|been|to be|on [A-Z][a-z]+day)\s+)*"
# "The X commonly known as Y (Korean: ...) or the Z is ...": other names between the name and its verb
_KNOWN_AS = (
    r",?\s*(?:(?:commonly|also|often|better|simply|usually|sometimes)\s+)?(?:(?:known|called|referred to)\s+as|synonymous with)"
    r"\s+(?:[^.,()]|\([^()]*\)){1,200}?\s+"
)


# a lead in a language that writes an article before a body's name: "El Servicio X (SX) es el ...",
# "L'Apparato X (...), spesso chiamato Y, è il ...", "Der Tidendienst ist der ..."
_FOREIGN_ARTICLE = re.compile(r"(?:El|La|Los|Las|Lo|Il|L['’]|Le|Les|Der|Die|Das|De|Het)\s*(?=[A-Z])")
_FOREIGN_LEAD = re.compile(
    r"^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*){0,3}(?:,(?:[^,()]|\([^()]*\)){0,300},\s*)?"
    r"(?:es|fue|era|est|était|fut|è|fu|ist|war|é|foi|is)\b"
)

# where a clause ends: a comma, a semicolon or the sentence's end
_CLAUSE_END = re.compile(r"[,;]|$")


# a word that opens a sentence before a body's name and is no part of it ("New Tide League president ...",
# "the 26th Tide League")
_COUNT_QUALIFIER = re.compile(r"(?:\d{1,3}(?:st|nd|rd|th)|New|Former|Outgoing|Incoming|Acting) (?=[A-Z])")


class ExtractorBase:
    """The state of one document's extraction, adding a claim, and the small tests the rules share."""

    #: the hedge of the sentence being read at a position in it (set by ProseRules._sentence)
    _hedge_at: Callable[[int], str]

    def __init__(self, doc: Document, reliability: float) -> None:
        self.d = doc
        self.text = doc.text
        self.clean = doc.clean or doc.text
        self.rel = reliability
        self.claims: list[Claim] = []
        self.subject, abbr = subject_name(doc.title) if doc.title else ("", "")
        bare = strip_rank(self.subject) if self.subject else ""
        if bare != self.subject and looks_like_person(bare) and not has_org_word(self.subject):
            self.subject = bare  # "Gen. Ada Morn": a person's page, the rank no part of the name
        self.subject_abbr = abbr
        self.office = ""  # the office an office page is about ("Head"), the title of its holders
        self._bodies_defined: set[str] = set()  # one-word names a dictionary entry says are bodies
        self._alone_cache: dict[str, bool] = {}  # words of a title chain the document names alone (title_chains)
        self._bodies_named: set[str] = set()  # names without an organisation word the prose calls a body's
        self._country: str | None = None  # the country the page is about (see _page_country)
        self.v = compiled()

    # -- helpers
    def _state_office(self, name: str) -> str:
        """A state's one institution named by its word alone ("affiliated to the Presidency") on a
        page about a body of one country: that country's ("Presidency of Veldra")."""
        m = self.v["state_singleton_rx"].fullmatch(name)
        if not m:
            return name
        country = self._page_country()
        return f"{m.group('w')} of {country}" if country else name

    def _subject_in_short(self, name: str) -> str:
        """The page's subject for its name without the organisation word inside it ("General Staff" or
        "General Staff of the Tide Army" on the page of the "General Staff Department of the Tide Army"),
        else ``name``."""
        words, subject = name.split(), self.subject.split()
        if len(words) < 2 or len(subject) <= len(words) or not name[:1].isupper() or name in self.subject_abbr:
            return name
        for k, w in enumerate(subject[1:], 1):
            if w in self.v["org_words"] and (subject[:k] == words or subject[:k] + subject[k + 1 :] == words):
                return self.subject
        return name

    def _sentence_starts(self) -> list[int]:
        """Where each sentence of the document starts, in order: found once a document, so that a
        sentence is looked up by bisection however many lists ask."""
        if "_starts_of_sentences" not in self.__dict__:
            self.__dict__["_starts_of_sentences"] = [x.start for x in self.d.sentences]
        return self.__dict__["_starts_of_sentences"]

    def _person_subject(self, name: str) -> bool:
        """Whether ``name``, the page's subject, is a person's: a name that reads as one ("Tide
        Youth") and that the page's first sentences do not call a body ("The Tide Youth is a youth
        movement": names.yaml ``body_nouns``, ``group_nouns`` and the organisation words) nor give an
        abbreviation of its initials ("The Tide Workers Relief (TWR)")."""
        if not looks_like_person(name):
            return False
        said = self.__dict__.setdefault("_said_a_body", {})
        if name not in said:
            rx = re.compile(
                r"^(?:The )?" + re.escape(name) + r"\b[^.]{0,120}? (?:is|was|are|were) (?:a|an|the|its) "
                r"(?:[\w-]+ ){0,4}?"
                + self.v["body_head_rx"]
                + r"(?=\s+(?:of|in|for|based|that|which|founded|formed|set|run|established|created)\b|\s*[,.;(]|$)"
            )
            abbr = re.compile(r"\b" + re.escape(name) + r"\s*\((?P<abbr>[A-Z][A-Z&]{1,8})[),;]")
            said[name] = (
                any(rx.match(s.clean) for s in self.d.sentences[:3])
                or any(
                    initials_match(name, a.group("abbr")) for s in self.d.sentences[:3] for a in abbr.finditer(s.clean)
                )
                or any(f.role in _BODY_FIELD_ROLES for f in self.d.fields)
            )  # (a person has no "(TWR)" nor seat)
        return not said[name]

    def _page_country(self) -> str:
        """The country the page's first sentences name first ('' when none), by its everyday name
        ("the Argentine Republic", "Argentine" -> "Argentina"; countries.py ``state_name``); a language
        before a gloss ("(Spanish: ...") is none."""
        if self._country is None:
            found = next(
                (
                    m.name
                    for s in self.d.sentences[:5]
                    for m in find_mentions(self.text, self.clean, s.start, s.end)
                    if is_country_name(m.name) and self.clean[m.end : m.end + 1] != ":"
                ),
                "",
            )
            codes = countries_in(found) if found else frozenset()
            self._country = state_name(next(iter(codes))) if len(codes) == 1 else found
        return self._country

    def _most_named_body(self, sentences) -> str:
        """No title, no defining sentence, no caption: the body the page names most often, when it
        names it at least three times ("The GIS relocated ... the name of GIS director ...") - what a
        news story or a section cut from its page is about."""
        counts: Counter[str] = Counter()
        for s in sentences:
            counts.update(
                {
                    m.name
                    for m in find_mentions(self.text, self.clean, s.start, s.end)
                    if (m.org or m.acronym) and entity_like(m.name) and not self.v["bare_org_word"].fullmatch(m.name)
                }
            )
        for name in [n for n in counts if _COUNT_QUALIFIER.match(n)]:
            rest = name.split(" ", 1)[1]  # "26th Tide League", "New Tide League": the Tide League named again
            if rest in counts:
                counts[rest] += counts.pop(name)
        best = counts.most_common(2)
        if best and best[0][1] >= 3 and (len(best) == 1 or best[1][1] < best[0][1]):
            return best[0][0]
        # "Veldra gets new intelligence chief": a post named by its field in the headline or the lead,
        # and one body named in the text whose name holds that field ("Tide Intelligence Department")
        lead = " ".join([sentences[0].section] + [s.clean for s in sentences[:3]]) if sentences else ""
        posts = {m.group("f").casefold(): m.group("post") for m in _FIELD_POST.finditer(lead)}
        fields = set(posts) - self.v["non_field_words"]
        named = [n for n in counts if fields & {w.casefold() for w in n.split()}]
        if len(named) != 1:
            return ""
        field = next(f for f in fields if f in {w.casefold() for w in named[0].split()})
        # ("A replaces B" with no post said: the headline's post of that body; see SuccessionRules)
        self._headline_post = (posts[field], named[0])
        return named[0]

    def _conf(self, method: str, hedge: str) -> float:
        return claim_confidence(self.v["conf"], method, hedge, self.rel)

    def _defines(self, abbr: str) -> bool:
        """Whether the page gives ``abbr`` as a body's abbreviation (its subject's or in a claim so far)."""
        return abbr == self.subject_abbr or any(c.value == abbr for c in self.claims if c.relation == "alias")

    def _office_alone(self, name: str) -> bool:
        """Whether ``name`` is an office's title and nothing else ("The Chairman", "Deputy Commissioners",
        "Foreign Minister"), no body's name (no organisation word: "Office of the President")."""
        t = re.sub(r"^[Tt]he ", "", name)
        post = " of " not in t and len(t.split()) <= 3 and self._is_title(t.split()[-1])  # ("Cabinet Secretary")
        if (has_org_word(t.title()) and not post) or not t[:1].isupper():
            return False  # (a group in lower case is no office: "targeting diaspora business leaders")
        # (a plural's singular last: its look-up is the slow one)
        return self._is_title(t) or self._is_post(t) or t.endswith("s") and self._is_title(singular_title(t))

    def _refused(self, subject: str, relation: str, obj: str, value: str, method: str = "") -> bool:
        """Whether a claim's names make no claim: none, the same, a bare body word, no letters, a
        state where a body must stand."""
        if not subject or (not obj and not value) or subject == obj or (obj and name_key(subject) == name_key(obj)):
            return True  # (the same name twice: "People's" and "People’s")
        if relation in ("part_of", "subordinate_to") and any(
            a.startswith(b + " of ") and is_country_name(a[len(b) + 4 :]) for a, b in ((subject, obj), (obj, subject))
        ):
            return True  # "Tide Commission of the Republic of Arn" and "Tide Commission": one body, its state said
        if (
            self.v["bare_org_word"].fullmatch(subject)
            or (obj and self.v["bare_org_word"].fullmatch(obj))
            or (relation in ("alias", "former_name") and self.v["bare_org_word"].fullmatch(value))
        ):
            return True  # "Agency", "the Ministry": a word that names no body by itself
        if not _NAMEISH.search(subject) or (obj and not _NAMEISH.search(obj)):
            return True  # "." or "," is not a name
        if any(": " in n or " | " in n or "   " in n for n in (subject, obj)):
            # "News ID: 109131": a page's label and its value; "Council | Party | Canton": a table's
            # cells; "Politics of Ulton    is structured ...": a line's columns; no name
            return True
        if any(document_name(n, self.v["document_words"]) for n in (subject, obj)):
            return True  # "the Tide Foundation Act, which provides funding for it": a law, no body
        if relation == "leads" and is_country_code(obj) and not self._defines(obj) and method != "list":
            return True  # "US Vice President Bo Wu": a state's code before a post (a list's heading names a body)
        if relation == "leads" and is_country_name(obj):
            return True  # "(a page about a state) Y became its head": a state is no body of the network
        if any(n and (self._office_alone(n) or self.v["honorific_rx"].fullmatch(n + " ")) for n in (subject, obj)):
            return True  # "Reports to: The Chairman", "Deputy Commissioners", "H.E. Mme": an office or a style
        if relation == "leads" and obj == self.subject and self.d.offices and self._person_subject(obj):
            # "Supreme Leader: Bo Lin" in a person's office box: whom the office answered to, no body (a page
            # with no office box may be a body's whose name reads like a person's)
            return True
        # "the Society of Relations with the Soviet Union, was created by ...": the tail of a name
        return relation in _BODY_ONLY_SUBJECT and is_country_name(subject)

    def add(
        self,
        subject: str,
        relation: str,
        *,
        obj: str = "",
        value: str = "",
        span: tuple[int, int],
        method: str,
        section: str = "",
        refs: tuple[int, ...] = (),
        hedge: str = "stated",
        start: int | None = None,
        end: int | None = None,
        title: str = "",
        subject_kind: str = "",
        object_kind: str = "",
        subject_surface: str = "",
        object_surface: str = "",
        defining: bool = False,
    ) -> None:
        subject, obj = self._state_office(subject.strip()), self._state_office(obj.strip())
        # ("Central Office for Tides" on the page of the "Central Office for Tides in the Harbour Sector")
        subject, obj = (self.subject if self.subject.startswith(f"{x} in the ") else x for x in (subject, obj))
        if self.subject and relation == "leads":
            obj = self._subject_in_short(obj)
        if self._refused(subject, relation, obj, value, method):
            return
        if relation == "leads" and _MEMBER_TITLE.fullmatch(title):
            relation, title = "part_of", ""  # "served as a member of the X": a seat, not the lead
        if relation == "leads" and _FOUNDER_TITLE.fullmatch(title):
            # "Y, the founder of X": Y set X up, which says nothing of who leads it
            subject, obj, relation, title = obj, subject, "established_by", ""
            subject_kind, object_kind = object_kind, subject_kind
            subject_surface, object_surface = object_surface, subject_surface
        if relation == "leads" and start is not None and end is not None and end - start > LONGEST_TERM:
            start = end = None  # "Sir Ada Lind (1881-1950)" under "Previous Chiefs": her life, not her term
        if relation == "subordinate_to" and subject_kind == "person":
            relation = "part_of"  # "officers in the X include A, B": people are members; bodies are subordinate
        a, b = span
        for c in self.claims[-12:]:
            if (
                (c.subject, c.relation, c.object, c.value) == (subject, relation, obj, value.strip())
                and c.char_start < b
                and a < c.char_end
                and title in ("", c.title)
                and start in (None, c.start)
                and end in (None, c.end)
            ):
                return  # the same fact read twice (a second reading that adds a title or years is kept)
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        self.claims.append(
            Claim(
                subject=subject,
                relation=relation,
                object=obj,
                value=value.strip(),
                start=start,
                end=end,
                title=title,
                doc=self.d.doc,
                section=section,
                char_start=a,
                char_end=b,
                evidence=self.text[a:b],
                refs=refs,
                method=method,
                hedge=hedge,
                confidence=self._conf(method, hedge),
                subject_kind=subject_kind,
                object_kind=object_kind,
                subject_surface=_unpossessed(subject_surface, subject) or subject,
                object_surface=_unpossessed(object_surface, obj) or obj,
                defining=defining,
            )
        )

    def _chain_body(self, words: str) -> str:
        """The body the words before a post or "Members" in a run of capitals name: a body's name or
        abbreviation; an organ named by its kind ("Council") is the page's own when the page's name
        ends in that word, else none (``""``)."""
        if _BARE_ORGAN.fullmatch(words):
            return self.subject if self.subject and self.subject.split()[-1] == words.split()[-1] else ""
        if is_org_name(words) or re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", words) or self._named_alone(words):
            return words
        return ""

    def _named_alone(self, words: str) -> bool:
        """Whether the document makes ``words`` (no person's name) the subject of a sentence on its own
        ("Mossad is headquartered in ...", "Mossad was formed ..."): a body's proper name, though it
        has no organisation word, where a field's word ("Finance Director Ada Li") never is one."""
        if words not in self._alone_cache:
            rx = re.compile(r"(?:^|[.!?]\s+|\n)" + re.escape(words) + r"\s+(?:also\s+)?(?:is|was|has|had|became)\b")
            self._alone_cache[words] = not looks_like_person(words) and rx.search(self.clean) is not None
        return self._alone_cache[words]

    def _chain_post(self, surface: str) -> tuple[str, str] | None:
        """``(title, body)`` of a person's name run on after a body and a post ("Tide Bureau Director Ada Li",
        "Mossad Director Bo Wu"), else ``None``."""
        c = self.v["title_chain_rx"].match(surface)
        body = self._chain_body(c.group("body")) if c else ""
        return ((c.group("q") or "") + c.group("title"), body) if c and body else None

    def _office_body(self, sentences: list[Sentence], rx: re.Pattern | None = None, named: str = "") -> str:
        """The body a lead sentence says an office heads ("The X is the leader of the Y"; with ``rx``,
        the body right after what it matches); ``named``, the body the office's title names, also when
        its name has no organisation word ("The chairman of the Tidewatch is the leader of the Tidewatch")."""
        for s in sentences:
            rx_ = rx or self.v["office_body_rx"]
            m = next((m for m in rx_.finditer(s.clean) if not _ANOTHER_POST.search(s.clean, 0, m.start())), None)
            if not m:
                continue
            if named and re.match(r"\s?" + re.escape(named) + r"\b", s.clean[m.end() :]):
                return named
            before = find_mentions(self.text, self.clean, s.start, s.start + m.start())
            if before and before[0].person:
                # ("Y is the holder of the office and also serves as the premier of the Z": Y's other post; a
                # name in an aside after the office's, "The X – officially the Y of Z – is", is no holder)
                continue
            after = [
                x for x in find_mentions(self.text, self.clean, s.start + m.end(), s.end, sentence_start=False) if x.org
            ]
            if after and _LOWER_WORDS.fullmatch(s.clean, m.end(), after[0].start - s.start):
                return after[0].name  # ("the head of the twelve-member X": a word or two in lower case between)
        return ""

    def _is_post(self, text: str) -> bool:
        """An office, also one the vocabulary does not list whole ("Politics Supervisor"), also with
        its field in parentheses ("Deputy Director-General (Operations)")."""
        t = re.sub(r"\s*\([^()]{1,40}\)$", "", text.strip())
        return self._is_title(t) or (len(t.split()) <= 5 and bool(self.v["title_end_rx"].search(t)))

    def _is_title(self, text: str) -> bool:
        t = text.strip()
        return t.casefold() in self.v["titles_cf"] or bool(self.v["title_rx"].fullmatch(t))

    @staticmethod
    def _held_post(o: Office) -> tuple[str, str] | None:
        """``(title, body)`` of a person page's office ("Minister of Tides" -> the Ministry;
        "4th Chairman of X" -> Chairman; "Full member of the X" -> Member, X)."""
        mm = _MEMBER_POST.match(o.post)
        if mm:
            return "Member", mm.group("body")
        office = office_title(o.post)
        if not office:
            return None
        named = office[1]
        title, body = office_and_body(o.post) or ("", "")
        body = body or (named if is_org_name(named) else "")
        body = OFFICE_ABBREVIATION.sub("", body)  # "5th Chairman of the X (XA)": the body X
        # "Vice President of Ruritania": a state, not a body of the network; "Director of the Tidewatch": a
        # body named by one word after "the"
        one_word = bool(re.search(r"\bof the " + re.escape(body) + r"$", o.post)) and _ONE_WORD_BODY.fullmatch(body)
        return (title, body) if body and (is_org_name(body) or one_word and not is_country_name(body)) else None

    def _office_above(self, pos: int) -> tuple[str, str, Office] | None:
        """The office block a person page's field at ``pos`` belongs to: the last one above it."""
        above = [o for o in self.d.offices if o.start <= pos]  # (a succession box starts at its "Preceded by")
        tb = self._held_post(above[-1]) if above else None
        return (tb[0], tb[1], above[-1]) if tb else None

    # -- prose
    def _defined_subject(self, s: Sentence) -> str:
        """The name a defining first sentence is about ("The X (ABBR) is a ...")."""
        return self._defined_names(s)[0]

    def _defined_names(self, s: Sentence) -> tuple[str, str]:
        """The name a defining first sentence is about, and the other name it gives with "or"
        ("The X or Y (ABBR) is a ..."): ``(X, Y)``, ``(X, "")`` or ``("", "")``."""
        ms = find_mentions(self.text, self.clean, s.start, s.end)
        if not ms:
            return "", ""
        m = ms[0]
        before = s.clean[: m.start - s.start].strip(" '\"“”")  # ("'''The X''' is": wiki bold marks)
        if before not in ("", "The", "the"):
            return "", ""
        other = ""
        om = re.match(r"\s*,?\s*or\s*(?:the\s+)?", self.clean[m.end : s.end])
        if om and len(ms) > 1 and ms[1].start == m.end + om.end() and ms[1].org:
            other, end = ms[1].name, ms[1].end  # "The Harbour Bureau or Harbour Directorate (HB) is"
        else:
            end = m.end
        after = self.clean[end : s.end]
        name = m.name
        if (inside := _IN_THE_NAME.match(after)) and not other:
            # "The Office for Tides in the Harbour Sector (OTHS) is ...": the name goes on to its abbreviation
            name, after = name + after[: inside.end()], after[inside.end() :]
        if _DICTIONARY_ENTRY.match(after):
            # "Tidecom, body of coastal cooperation set up by ...": a dictionary's entry, the name then the
            # kind of body it is (a one-word name is a body's then)
            self._bodies_defined.add(name)
            return name, other
        pa = PAREN_AFTER.match(self.clean, end + len(name) - len(m.name) if not other else m.end, s.end)
        if pa and " " in name and gives_abbreviation(pa.group("inner"), name):
            self._bodies_defined.add(name)  # "The State Watch (Staatswacht, SW) of Veldra was ...": a body
        fa = _FOREIGN_ARTICLE.match(m.name)
        if fa and _FOREIGN_LEAD.match(after) and is_org_name(m.name[fa.end() :]):
            return m.name[fa.end() :], other  # "El Servicio X (SX) es el ...": the name without its article
        if re.match(
            r"^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*){0,3}(?:of (?:the )?[A-Z][\w'’-]*(?: (?:of |the |and )*[A-Z][\w'’-]*){0,6}\s*)?"
            r"(?:,(?:[^,()]|\([^()]*\)){0,300},\s*|[–—](?:[^–—()]|\([^()]*\)){0,300}[–—]\s*|" + _KNOWN_AS + r")?"
            r"(?:is|was|are|were|has been)\b"  # (an aside between commas or dashes: "The X – officially Y – is")
            r"(?!\s+" + _APPOINTMENT_ADVERBS + r"(?:" + self.v["appointment_verbs"] + r")\b)",
            after,
        ):
            # "The X (ABBR) of Ruritania is ...": the name before the country or the parent it belongs to
            return name, other
        return "", ""

    def _post_of_a_later_person(self, ix: SentIndex, body: Mention) -> bool:
        """Whether the post ending in ``body`` opens a list of posts run into a later person's name
        ("Secretary of Y, Chief Justice of Z Cy Rask"), or is the post of the person its appositive
        names ("the rector of X, Cy Rask; and the head of Y, Dan Roe": Y is Dan Roe's)."""
        ments = ix.ments
        k = ix.starting_from(body.start)
        if k >= len(ments) or ments[k].start != body.start:
            return False
        after = ments[k + 1] if k + 1 < len(ments) else None
        if after is not None and self.clean[body.end : after.start] == ", " and after.person and not after.org:
            return True
        prev = body
        for m in ments[k + 1 : k + 6]:
            if not POSTS_GAP.fullmatch(self.clean, prev.end, m.start):
                return False
            if m.title and m.person:
                return True
            if not (m.title and m.org):
                return False
            prev = m
        return False

    def _post_ends_in_a_person(self, ix: SentIndex, body: Mention) -> Mention | None:
        """The person's name the words after ``body`` run on to, with no comma, closing the clause:
        the post is that person's, not the name's before it ("A, head of X and the CEO of the Y
        network Bo Lin, C": X is Bo Lin's). ``None`` when the clause ends otherwise."""
        end = _CLAUSE_END.search(self.clean, body.end, ix.s.end)
        close = end.start() if end else ix.s.end
        inside = [m for m in ix.ments[ix.starting_from(body.end) :] if m.start < close and m is not body]
        last = inside[-1] if inside else None
        if (
            last is not None
            and looks_like_person(last.name)
            and not is_org_name(last.name)
            and not self.clean[last.end : close].strip()
            # ("X and Ada Lind, President of Y", "X under the Chancellor and Ada Lind, ...": "and" right
            # before her opens the list's next person; "X and the CEO of the Y network Bo Lin" does not)
            and not _AND_BEFORE_NAME.search(self.clean, body.end, last.start)
        ):
            return last
        return None

    def _left_subject(self, ments: list[Mention], s: Sentence, pos: int, subject: str) -> str:
        """The last name (organisation, person or anaphor) of ``ments`` that ends before ``pos``."""
        return self._left_subjects(ments, s, subject)(pos)

    @staticmethod
    def _left_subjects(ments: list[Mention], s: Sentence, subject: str):
        """``pos -> name``: :meth:`_left_subject` for many positions of one sentence (``ments``
        in document order), each answered by bisection."""
        cands = [m for m in ments if m.name and (m.org or m.anaphor or m.person)]
        ends = [m.end - s.start for m in cands]

        def at(pos: int) -> str:
            pos = relative_clause_start(s.clean, pos) or pos  # ("X, which is a unit of Y, was founded": X)
            k = bisect.bisect_right(ends, pos)
            return cands[k - 1].name if k else subject

        return at


_DICTIONARY_ENTRY = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?,\s*(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:body|organi[sz]ation|"
    r"agency|service|group|bureau|council|union|association|society|committee|department|"
    r"institute|foundation|party|front|league|byname|abbreviation|in full)\b"
)


_BODY_FIELD_ROLES = frozenset({"headquarters", "owner", "operator", "founded"})  # fields only a body has
_ONE_WORD_BODY = re.compile(r"[A-Z][a-z]{3,}")  # "Tidewatch" (no acronym, no two words)


_IN_THE_NAME = re.compile(r"\s+in the (?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?=\s*\()")  # "... in the Harbour Sector ("


def _unpossessed(surface: str, name: str) -> str:
    """A name's surface without the possessive its name has not ("TIDENEWS's" for "TIDENEWS"): the
    surface stands for the name, and the possessive is no part of it.

    >>> _unpossessed("TIDENEWS's", "TIDENEWS"), _unpossessed("People's Daily", "People's Daily")
    ('TIDENEWS', "People's Daily")
    """
    if surface.endswith(("'s", "’s")) and not name.endswith(("'s", "’s")):
        return surface[:-2]
    return surface


# a post named by its field in lower case: "new intelligence chief", "the tide director"
_FIELD_POST = re.compile(r"\b(?P<f>[a-z]{4,}) (?P<post>chief|head|director|boss|spymaster)\b")
