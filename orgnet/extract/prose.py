"""Claims from prose, sentence by sentence (extract stage): title chains, inline leaders (each clause's hedge: hedges.py)."""

from __future__ import annotations

import bisect
import re

from ..countries import countries_in
from ..lexicon import is_known_title
from ..names import Mention, is_org_name, looks_like_person, same_subject
from ..read.model import Sentence
from .aliases import AliasRules
from .anaphora import AnaphorRules
from .career import CareerRules
from .claim import Claim
from .hedges import HedgeRules
from .member_lists import MemberListRules
from .mentions import anaphors, find_mentions
from .sentence import SentIndex
from .sentence_years import opening_year, skip_lead_phrase
from .title_chains import TitleChainRules
from .trigger_match import read_by_longer_phrase
from .triggers import TriggerRules
from .words import is_demonym, next_nonspace, not_a_name, not_overlapping, singular_title, strip_rank, term_years

__all__ = ["ProseRules"]


# "HB-controlled" / "HB-owned" before a noun, a dash and the body's name
_OWNED_BY = re.compile(r"(.+)-(?:controlled|owned)")
_OWNED_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:[-–—,]\s*)?(?:the\s+)?")


class ProseRules(TitleChainRules, AliasRules, TriggerRules, AnaphorRules, HedgeRules, MemberListRules, CareerRules):
    """Claims from the prose: sentence by sentence, title chains, inline leaders, hedges, literal values."""

    def _page_organ(self, organ: str) -> str:
        """A collective organ named alone in a phrase as the page's body's (the lists' rule)."""
        return self._organ_of(organ)

    def _prose(self, sentences: list[Sentence], subject: str, method: str, first_defines: bool) -> None:
        if sentences is self.d.sentences:
            self._field_phrases(subject)
        for k, s in enumerate(sentences):
            # a bullet's sentence ("• 2nd Directorate – ... Succeeded by X.") is said of its unit
            self._sentence(s, s.topic or subject, method, defining=(first_defines and k == 0))
            if s.clean.count("(") >= 3:
                self._inline_leaders(s, sentences[k - 1] if k else None, subject)
            if s.clean.count(";") >= 2 and subject and self._person_subject(subject):
                self._career(s, subject)  # "joined the X (1925); president of the Y (1933 - 1945); ..."

    def _inline_leaders(self, s: Sentence, before: Sentence | None, subject: str) -> None:
        """A leader list written as one sentence: ``Ada Li (1948-50), Bo Wu (1950–1959) and
        Brigadier Cy Rask (May 1989– August 1990)``. Three or more such items make a list;
        its body is the subject, or what the sentence before names with a plural office
        ("the list of all the 22 XYZ Chiefs")."""
        items = [m for m in _INLINE_ITEM_ONE.finditer(s.clean)]
        if len(items) < 3:
            return
        body, title = subject, ""
        head = s.clean[: items[0].start()]
        for ctx_text in (head,) if before is None else (head, before.clean):
            m = self.v["plural_title_rx"].search(ctx_text) or _PLURAL_TITLE_LOWER.search(ctx_text)
            if m:
                title = singular_title(m.group("title"))
                named = m.group("body") or _PLURAL_OF.match(ctx_text, m.end())
                if isinstance(named, re.Match):
                    named = named.group("body")  # "The directors of the Tide Office have been ..."
                if named and (not subject or not same_subject(named, subject)):
                    body = named
                break
        if not body or self._person_body(body):
            return  # (a person is no body its list's people led)
        known = self.__dict__.get("_people", {})
        for m in items:
            if self._not_a_term(s.clean, m):
                continue
            name = strip_rank(m.group("name"))
            if " " not in name and name in known:
                name = known[name]  # "Harel (1948–52)": the person named in full before
            if not (
                looks_like_person(name)
                or 2 <= len(name.split()) <= 5
                and all(w[:1].isupper() for w in name.split())
                and not is_org_name(name)
            ):
                continue
            y0, y1 = term_years(m.group("dates"))
            a = s.start + m.start("name") + (m.group("name").rindex(name) if name in m.group("name") else 0)
            self.add(
                name,
                "leads",
                obj=body,
                title=title or self.office or "Leader",
                start=y0,
                end=y1,
                span=(a, s.start + m.end()),
                method="list",
                section=s.section,
                refs=s.refs,
                subject_kind="person",
            )

    def _person_body(self, body: str) -> bool:
        """Whether a list's body is a person: a rank before it ("Gen Morn", "Lt Gen Ada Morn"), or a
        post the page gave it."""
        rank = self.v["honorific_rx"].match(body)
        return (
            strip_rank(body) != body
            or (rank is not None and not is_org_name(body) and body[rank.end() :][:1].isupper())
            or any(c.relation == "leads" and c.subject == body for c in self.claims)
        )

    def _not_a_term(self, clean: str, m: re.Match) -> bool:
        """Whether an inline item is no holder and its term: an event with its place and year
        ("Conference on Working Tides (Ulton, 1948)"), or the tail of a longer name ("Fund of
        Colonial and Dependent Harbours (1954)": the capitalised words after "of" or "X and")."""
        place = _PLACE_IN_DATES.match(m.group("dates"))
        if place and place.group(1) not in self.v["months"]:
            return True
        at = m.start("name")  # (the words right before the name: a window, not the sentence from its start)
        return bool(_NAME_TAIL_BEFORE.search(clean, max(0, at - _NAME_TAIL_WINDOW), at))

    def _field_phrases(self, subject: str) -> None:
        """An infobox value that is a phrase about the subject: "Status: External name of X"."""
        if not subject:
            return
        for f in self.d.fields:
            if f.role not in ("literal", "other_name"):
                continue
            for v in f.values:
                m = _FIELD_FRONT.match(v.text)
                if not m:
                    continue
                names = [
                    x
                    for x in find_mentions(self.text, self.clean, v.start + m.end(), v.end, sentence_start=False)
                    if x.name and (x.org or x.acronym)
                ]
                if names:
                    self.add(
                        subject,
                        "front_for",
                        obj=names[0].name,
                        span=(f.start, names[0].end),
                        method="infobox",
                        object_surface=names[0].surface,
                    )

    def _described_kind(self, m: Mention) -> bool:
        """Whether ``m`` is a kind of body said with "a" ("demoted to a State Secretariat", "an Office
        of Tides"): its words only generic words and organisation words (names.yaml), no name."""
        before = self.clean[max(0, m.start - 3) : m.start]
        if not re.search(r"(?:^|\s)an? $", before) or m.person or _NAMED_NEXT.match(self.clean, m.end):
            return False  # ("composed of a Special Branch, the Guard Office and ...": a list's first name)
        words = [w for w in m.name.split() if w.casefold() not in ("of", "the", "for", "and")]
        return bool(words) and all(w in self.v["org_words"] or w in self.v["generic_words"] for w in words)

    def _short_names(self) -> frozenset[str]:
        """One-word names the document gives in parentheses right after a body's name ("the Harbour
        Information Bureau (Tideform)") or before a generic noun of a body ("the Tidewatch militant
        group"): each names that body wherever it stands alone. A country in parentheses ("Ministry
        of Tides (Ruritania)") says whose body it is, and is no such name; nor is a demonym ("the
        Veldran terror group"), or before the nouns of a body's people or parts ("Tidewatch members")."""
        found = self.__dict__.get("_short")
        if found is None:
            found = set()
            for m in _SHORT_NAME.finditer(self.clean):
                run = _NAME_BEFORE.search(self.clean, max(0, m.start() - 120), m.start())
                word = m.group(1)
                if (
                    run
                    and is_org_name(run.group(1))
                    and not countries_in(word)
                    and (word.isupper() or not is_demonym(word))
                ):
                    found.add(word.capitalize() if word.isupper() else word)  # ("(TIDEFORM)": "the Tideform")
            for m in self.v["named_group_rx"].finditer(
                self.clean
            ):  # "the Tidewatch militant group": a body's one-word name
                word = m.group("w")
                if not countries_in(word) and not is_demonym(word) and word not in self.v["months"]:
                    found.add(word)
            clean, v = self.clean, self.v
            heads = [  # "the head of the Tidewatch, Ada Lind"
                m
                for m in v["head_of_the_rx"].finditer(clean)
                if v["head_post_before_rx"].search(clean, max(0, m.start() - 24), m.start())
            ]
            apposed = [  # "the spy agency, the Tidewatch."
                m
                for m in v["body_then_name_rx"].finditer(clean)
                if v["body_noun_before_name_rx"].search(clean, max(0, m.start() - 16), m.start())
            ]
            for m in [*self.v["member_noun_rx"].finditer(self.clean), *heads, *apposed]:  # "Tidewatch members"
                word = m.group("w")
                if not (countries_in(word) or is_demonym(word) or word in self.v["org_words"] or not_a_name(word)):
                    found.add(word)
            found = self.__dict__["_short"] = frozenset(found)
        return found

    def _sentence(self, s: Sentence, subject: str, method: str, defining: bool) -> None:
        names, anas, aliases = self._sentence_names(s, subject)
        ments = sorted(names + anas, key=lambda m: m.start)
        first_person = next((m.name for m in names if m.person and not m.org and m.name not in aliases), "")
        if first_person:
            self.__dict__["_last_person"] = first_person
        # literal words of every pattern found in this sentence: patterns without one cannot match
        present = self.v["needles_of"](s.clean)
        hedge_at = self._clause_hedges(s, present)
        self._hedge_at = hedge_at
        ctx = dict(section=s.section, refs=s.refs, hedge=hedge_at(0))
        lead_year = opening_year(s.clean)

        if defining and subject:  # the subject named in full, and what kind of thing it is
            self._defining(s, names, subject, method, ctx)

        self._aliases(s, names, subject, method, ctx, present)
        self._title_chains(names, method, ctx)
        self._name_claims(names, method, ctx)
        self._literals(s, ments, subject, method, ctx, present)
        self._class_list(s, names, method, ctx)

        if not s.clean.rstrip().endswith("?"):  # ("Isn't X funded by the Y?": a question asserts nothing)
            self._phrase_claims(s, ments, present, subject, method, ctx, hedge_at, lead_year)
            self._member_enumeration(s, ments, method, ctx)
            self._listed_after_election(s, ments, method, ctx)

    def _capitalised_anaphor(self, m: Mention) -> bool:
        """ "the Director General of the Agency": a body's noun alone, capitalised after "the", stands
        for the body as "the agency" does; it is no name of its own."""
        a = m.end - len(m.name)
        return (
            " " not in m.name
            and "the " + m.name.casefold() in self.v["anaphora_kind"]
            and self.clean[a : m.end] == m.name
            and self.clean[max(0, a - 4) : a].casefold() == "the "
        )

    def _sentence_names(self, s: Sentence, subject: str) -> tuple[list[Mention], list[Mention], frozenset[str]]:
        """The sentence's names and the anaphors ("the agency", "he") with the names they stand
        for, and the names of the page's subject; a one-word name of the page's body is that body."""
        v = self.v
        names = [
            m
            for m in find_mentions(self.text, self.clean, s.start, s.end)
            if m.surface.casefold() not in v["anaphora_kind"]
            and not self._described_kind(m)
            and not self._capitalised_anaphor(m)
        ]
        anas = anaphors(self.clean, s.start, s.end)
        names = self._generic_names(names, anas, subject, s)
        self._surnames(names, subject)
        anas = not_overlapping(anas, names)
        # "the party's Organisation Department": the anaphor only qualifies the name after it ("the
        # agency's Chief": a post, no name)
        name_starts = {m.start for m in names if not is_known_title(m.surface)}
        anas = [
            a
            for a in anas
            if not (a.surface.endswith(("'s", "’s")) and next_nonspace(self.clean, a.end, s.end) in name_starts)
        ]
        first_org = self.__dict__.get("_first_org") or next((m.name for m in names if m.org and " " in m.name), "")
        self.__dict__["_first_org"] = first_org
        person_doc = self._person_subject(subject)
        if subject and not person_doc:
            for m in names:  # "the Mossad chief": a one-word name of the page's body is that body
                if not m.org and not m.person and m.name and m.name in (subject, self.subject_abbr):
                    m.org = True
                elif m.title and not m.name and m.surface.endswith(" of the " + subject):
                    m.name, m.org = subject, True  # "Chair of the Tide Icebreakers": the page's body, no body word
        short = self._short_names()
        for m in names:  # "created by the Tideform": a one-word name the page gives a body "(Tideform)"
            if not m.org and not m.person and m.name in short:
                m.org = True
            elif not m.org and (
                m.name in self._bodies_named  # (said of it earlier in the page)
                or self.v["body_noun_before_rx"].search(self.clean, max(0, m.start - 40), m.start)
                or self.v["body_appositive_rx"].match(self.clean, m.end, s.end)
            ):
                # "the news agency Tide Segodnya", "holding company VGTR", "Jihad al-Tide, a Veldra-based
                # construction company": a body's name wherever the page writes it
                m.org, m.person = True, False
                self._bodies_named.add(m.name)
        aliases = self._subject_alias_values()
        self._resolve_anaphors(anas, names, aliases, subject, s, person_doc, first_org)
        anas = [a for a in anas if a.name]  # no subject and no body named before: nothing to stand for
        return names, anas, aliases

    def _name_claims(self, names: list[Mention], method: str, ctx: dict) -> None:
        """What a name says by itself: "Ulton-based X" (where X is), "X of the Y" whose Y is a
        body X belongs to, "the Y's Office of X" (a part of Y)."""
        v = self.v
        for k, m in enumerate(names):
            if (own := _OWNED_BY.fullmatch(m.name)) and k + 1 < len(names):
                # "an HB-controlled organization - the X (XL) -": X is controlled by HB
                nxt = names[k + 1]
                if nxt.org and _OWNED_GAP.fullmatch(self.clean, m.end, nxt.start):
                    self.add(nxt.name, "controlled_by", obj=own.group(1), span=(m.start, nxt.end), method=method, **ctx)
            if m.based_in and m.org:
                self.add(
                    m.name,
                    "headquartered_in",
                    obj=m.based_in,
                    span=(m.start - len(m.based_in) - 7, m.end),
                    method=method,
                    object_kind="place",
                    subject_surface=m.surface,
                    **ctx,
                )
            if m.held_by and m.org:  # "the HB-controlled Tide Club"
                a = self.clean.rfind(m.held_by, max(0, m.start - len(m.held_by) - 15), m.start)
                self.add(
                    m.name,
                    "controlled_by",
                    obj=m.held_by,
                    span=(a if a >= 0 else m.start, m.end),
                    method=method,
                    subject_surface=m.surface,
                    **ctx,
                )
            if m.part_of and m.org:  # "the Tide Ministry's Office of Harbour Control"
                self.add(
                    m.name,
                    "part_of",
                    obj=m.part_of,
                    span=(m.start, m.end),
                    method=method,
                    subject_surface=m.surface,
                    **ctx,
                )
            pm = v["implied_parent"].match(m.name)
            if pm and is_org_name(pm.group("parent")):
                self.add(
                    m.name,
                    "subordinate_to",
                    obj=pm.group("parent"),
                    span=(m.start, m.end),
                    method=method,
                    subject_surface=m.surface,
                    **ctx,
                )

    def _phrase_claims(
        self,
        s: Sentence,
        ments: list[Mention],
        present: set[str],
        subject: str,
        method: str,
        ctx: dict,
        hedge_at,
        lead_year: int | None,
    ) -> None:
        """The claims of the trigger phrases the sentence holds, in the order they come."""
        v = self.v
        sent_claims: list[Claim] = []
        ix = SentIndex(s, ments)
        phrases = v["phrases"]
        candidates = sorted(
            k
            for k in {k for nd in present for k in v["phrases_of"].get(nd, ())}
            if all(not present.isdisjoint(words) for words in phrases[k]["needs"])
        )
        hits = sorted(
            ((t.start(), k, v["phrases"][k], t) for k in candidates for t in v["phrases"][k]["rx"].finditer(s.clean)),
            key=lambda h: (h[0], h[1]),
        )
        read: list[tuple[int, int, Claim]] = []  # the claims of each phrase, with the phrase's span
        for _, _, p, t in hits:
            read = [r for r in read if r[1] >= t.start()]  # (hits come by start: one ended before can hold none)
            n0 = len(self.claims)
            made = self._trigger(
                p, t, ix, subject, method, dict(ctx, hedge=hedge_at(t.start())), lead_year, sent_claims
            )
            dropped = {id(c) for c in self.claims[n0:] if read_by_longer_phrase(c, t, read)}
            self.claims[n0:] = [c for c in self.claims[n0:] if id(c) not in dropped]
            made = [c for c in made if id(c) not in dropped]
            read.extend((t.start(), t.end(), c) for c in made)
            sent_claims.extend(made)
            self._led_since(made, s)
            for c in made:
                if c.relation == "leads" and c.title and not _FORMER_POST.search(s.clean):
                    # (a post held "before his appointment" is not the one a later "he replaced Z" is about)
                    self.__dict__.setdefault("_posts", {})[c.subject] = (c.title, c.object)

    def _led_since(self, made: list[Claim], s: Sentence) -> None:
        """ "Y, the outgoing Director of X (ABBR) who led the agency since June 2019, ...": the relative
        clause right after the body says since when Y has led it (the claim's start, its evidence up to the year)."""
        for c in made:
            if c.relation != "leads" or c.start is not None:
                continue
            m = _LED_SINCE.match(self.clean, c.char_end, s.end)
            if m:
                c.start, c.char_end = int(m.group("year")), m.end()
                c.evidence = self.text[c.char_start : c.char_end]

    def _defining(self, s: Sentence, names: list[Mention], subject: str, method: str, ctx: dict) -> None:
        """A defining sentence: the subject named in full (its aliases), and what kind of thing it is
        ("is the Republic of Veldra's domestic intelligence agency": the kind after the owner's name)."""
        ds, other = self._defined_names(s)
        if ds and not same_subject(ds, subject):
            ds = ""
        if ds and other:
            mo = [m for m in names if m.name == other][:1]
            if mo:
                self.add(
                    subject, "alias", value=other, span=(mo[0].start, mo[0].end), method=method, defining=True, **ctx
                )
        if ds and ds != subject:
            ms = [m for m in names if m.name == ds][:1]
            if ms:
                self.add(subject, "alias", value=ds, span=(ms[0].start, ms[0].end), method=method, defining=True, **ctx)
        td = re.search(
            r"\b(?:is|was|are|were) (?:(?:the )?(?:(?:[A-Z][\w-]*|of|the) )*?[A-Z][\w-]*['’]s |(?:an?|the) )(?P<t>[^,;()]{3,80}?)(?= (?:of|in|for|that|which|who|based|responsible|whose|with|from|under|used|tasked|operated|owned|run|funded|led|headed|controlled|set up|established|founded|created|formed)\b| and (?:the |an? )?[A-Z]| and (?:one|also|is|was|has)\b|[,;.]|$)",
            s.clean,
        )
        if td and ds and not is_known_title(td.group("t")) and td.group("t") not in self.v["not_kinds"]:
            # ("The Director of X is the head of X": a post; "X was the brainchild of Y": no kind of body)
            self.add(subject, "type", value=td.group("t"), span=(s.start, s.end), method=method, **ctx)

    def _class_list(self, s: Sentence, names: list[Mention], method: str, ctx: dict) -> None:
        """ "Other fronts launched then included A, B and C", "agencies such as A and B": each body of
        the list is of the class the plural noun names (a ``type`` claim, its span the body's name)."""
        if " includ" not in s.clean and " such as " not in s.clean:
            return
        m = _CLASS_LIST.search(s.clean)
        if m is None:
            return
        cls = m.group("cls")
        cls = cls[:-3] + "y" if cls.endswith("ies") else cls[:-1]
        pos = s.start + m.end()
        for n in sorted(names, key=lambda n: n.start):
            if n.start < pos:
                continue
            if not _LIST_GAP.fullmatch(self.clean, pos, n.start) or not (n.org or n.acronym):
                break
            self.add(n.name, "type", value=cls, span=(n.start, n.end), method=method, **ctx)
            pos = n.end

    def _literals(self, s: Sentence, ments: list[Mention], subject: str, method: str, ctx: dict, present: set) -> None:
        v = self.v
        if not present.isdisjoint(v["extra_needles"]["newly_founded_pattern"]):
            self._newly_founded(s, ments, method, ctx)
        if present.isdisjoint(v["extra_needles"]["founded_pattern"]) and present.isdisjoint(
            v["extra_needles"]["staff_pattern"]
        ):
            return
        m = v["founded_lead_rx"].search(s.clean)
        # (a body is founded and has a staff, not a person: "The X, a body headed by Y, was set up in 1990")
        left_subject = self._left_subjects([x for x in ments if x.org or not x.person], s, subject)
        if m:
            # "Established in 1991 as the successor of X, it is ...": the name after the opening phrase
            lead = max(m.end(), skip_lead_phrase(s.clean))
            after = [x for x in ments if x.start - s.start >= lead and x.name]
            who = after[0].name if after and (after[0].org or after[0].anaphor) else subject
            if m.group().casefold().startswith("it "):
                who = subject  # "It was founded in 1961 with the help of the X": it, not the X
            self.add(
                who,
                "founded",
                value=m.group("year"),
                span=(s.start, s.end),
                method=method,
                **dict(ctx, hedge=self._hedge_at(m.start())),
            )
        else:
            for m in v["founded_rx"].finditer(s.clean):
                ends = [x.end - s.start for x in ments if x.name and (x.org or x.name == subject)]
                if _participle_after_other_name(s.clean, m, ends):
                    continue  # "... replaced by the Harbour Pact formed in 1955": that name's founding, not a body's here
                who = left_subject(m.start())
                self.add(
                    who,
                    "founded",
                    value=m.group("year"),
                    span=(s.start, s.end),
                    method=method,
                    **dict(ctx, hedge=self._hedge_at(m.start())),
                )
        for m in v["staff_rx"].finditer(s.clean):
            who = left_subject(m.start())
            self.add(who, "staff", value=m.group("value").rstrip(","), span=(s.start, s.end), method=method, **ctx)

    def _newly_founded(self, s: Sentence, ments: list[Mention], method: str, ctx: dict) -> None:
        """ "In 1983, X was placed under the newly created Y": Y was founded in the year that opens
        the sentence (phrases.yaml ``newly_founded_pattern``; the body named right after the phrase)."""
        year = opening_year(s.clean)
        if year is None:
            return
        for m in self.v["newly_founded_rx"].finditer(s.clean):
            k = bisect.bisect_left([x.start - s.start for x in ments], m.end())
            body = ments[k] if k < len(ments) else None
            if body is None or body.start - s.start != m.end() or not body.org or body.anaphor or not body.name:
                continue
            self.add(
                body.name,
                "founded",
                value=str(year),
                span=(s.start, s.end),
                method=method,
                subject_surface=body.surface,
                **dict(ctx, hedge=self._hedge_at(m.start())),
            )


def _participle_after_other_name(clean: str, m: re.Match, ends: list[int]) -> bool:
    """Whether a founding participle with no "was" ("formed in 1955") follows a capitalised word that
    ends no name found (``ends``: the ends of the sentence's names): the participle is said of that
    name, which the extractor does not know as a body ("the Harbour Pact formed in 1955").

    >>> t = "It was replaced by the Harbour Pact formed in 1955."
    >>> _participle_after_other_name(t, re.search("formed in (?P<year>1955)", t), [])
    True
    >>> t = "The Tide Bureau was formed in 1955."
    >>> _participle_after_other_name(t, re.search("was formed in (?P<year>1955)", t), [14])
    False
    """
    if re.match(r"(?:was|were|is|been)\b", m.group()):
        return False
    before = clean[: m.start()].rstrip()
    return bool(re.search(r"\b[A-Z][\w'’-]*$", before)) and len(before) not in ends


_FIELD_FRONT = re.compile(
    r"(?:an? |the )?(?:external|public|cover|outward[- ]facing) "
    r"(?:name|face|identity|nameplate|signboard) (?:of|for) ",
    re.I,
)


# one item of an inline leader list, a one-word name allowed ("Harel (1948–52)"; see _inline_leaders)
_INLINE_ITEM_ONE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s(?:\((?:later|then|acting)[^()]{0,40}\)\s)?){0,7}"
    r"[A-Z][\w'’.-]*)\s?\((?P<dates>[^()]{0,20}?\b(?:1[6-9]|20)\d\d\b[^()]{0,30})\)"
)


# a place before the year in an item's parenthesis: "(Ulton, 1948)" dates an event, not a term
_PLACE_IN_DATES = re.compile(r"\s*([A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+)*,\s*(?:1[6-9]|20)\d\d\s*$")


# words before an item's name that make it the tail of a longer name: "... of ", "... Colonial and "
_NAME_TAIL_BEFORE = re.compile(r"(?:\b(?:of|for|with)(?: the)?|[A-Z][\w'’-]+ and) $")
_NAME_TAIL_WINDOW = 80  # characters before an inline item's name that _NAME_TAIL_BEFORE looks at


_PLURAL_TITLE_LOWER = re.compile(
    r"(?P<body>)\b(?P<title>directors|chiefs|heads|chairmen|chairpersons|presidents|ministers|"
    r"commanders|leaders|secretaries|directors-general|directors general)\b"
)


_PLURAL_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z][\w'’&.-]*(?: (?:of |for |the )*[A-Z][\w'’&.-]*){0,6}))"
)


# a one-word name in parentheses: "(Tideform)", or a word in capitals ("(TIDEFORM)") the text also
# writes "the Tideform" (an acronym of four letters or fewer is read as one anyway)
_SHORT_NAME = re.compile(r"\s\((?-i:([A-Z][a-z]{3,}|[A-Z]{5,}))\)")


# the capitalised name a parenthesis follows ("Harbour Information Bureau ", "Office for the Tides ")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|the|and)\s+)*)*[A-Z][\w'’-]*)\s*$")


# the next item of a list, a name with "the": what goes before it is a name too
_NAMED_NEXT = re.compile(r",?\s+(?:and\s+)?the\s+[A-Z]|,\s+the\s+[A-Z]")
# right after a post's body: "(ABBR) who led the spy agency since June 28/2019" (a generic noun for that body)
_LED_SINCE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:who|which)\s+(?:has\s+|had\s+)?(?:led|headed|directed|run|ran|chaired|commanded)"
    r"\s+the\s+(?:[a-z-]+\s+)?(?:agency|service|bureau|office|organi[sz]ation|body|ministry|department|commission|"
    r"force|directorate|council|committee|institute|unit)\s+since\s+[^,;.]{0,20}?\b(?P<year>(?:1[6-9]|20)\d\d)\b"
)


# a plural noun of a class of bodies, then the list of its members ("Other fronts launched in those
# years included", "agencies such as")
_CLASS_LIST = re.compile(
    r"\b(?P<cls>(?:front organi[sz]ations|fronts|organi[sz]ations|agencies|services|federations|associations|"
    r"societies|councils|unions|committees|movements|institutes|foundations))\b[^.;:()]{0,60}? "
    r"(?:included|includes|include|including|such as)(?= )"
)
# what stands between two bodies of such a list
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)?\s+(?:the\s+)?")


# "he"/"she" right after a semicolon: the pronoun opens a clause said of the clause before's person


# a sentence that says a post was held before the one the text is about
_FORMER_POST = re.compile(
    r"\bbefore (?:his|her|their) (?:appointment|election|nomination|promotion)\b|"
    r"\b(?:previously|formerly|had earlier)\b",
    re.I,
)
