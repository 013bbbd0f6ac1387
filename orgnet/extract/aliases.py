"""Aliases, abbreviations, surnames and generic names a sentence defines (extract stage)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..countries import is_country_name
from ..lexicon import compiled, is_known_title
from ..names import Mention, initials_match, looks_like_person
from ..read.infobox import has_cjk
from ..read.model import Sentence
from .base import ExtractorBase
from .mention_rules import PAREN_AFTER
from .mentions import named_anaphors
from .sentence import SentIndex
from .sentence_years import opening_year, skip_lead_phrase
from .words import abbr_owner, abbreviation_in, document_name, is_demonym, office_of_chain

__all__ = ["AliasRules"]


_OR_NAME = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*or\s+(?:the\s+)?")  # between two names: "(XA) or the"


# a source cited in a parenthesis: a year, then an issue or a page ("..., 1989, No. 4", "1990, p. 12")
_CITATION = re.compile(r",\s*(?:1[6-9]|20)\d\d\s*,\s*(?:No|Nr|p|pp|Vol|vol|issue)\.?\s*\d")


# "in" / "at" right before a name: a place's, in "the X Institute in Port Selva (RTI)"
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+$")


_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-])\s")


_ABBREVIATED = re.compile(
    r"(?:^|[,;]\s*)(?:abbreviated|abbr\.|abbreviation|short|acronym)(?: as)?:?\s+(?P<a>[^,;()]{2,12}?)"
    r"(?:,\s*(?P<b>[A-Z][A-Za-z0-9&]{1,9}))?\s*$"
)


_NATIVE_NAME = re.compile(r"[^\W\da-zA-Z_][^\W\da-zA-Z_\s-]*(?:[\s-][^\W\da-zA-Z_][^\W\da-zA-Z_\s-]*){0,5}")


# a possessive name whose owner's abbreviation follows the owner: "Tide Party's (TP) Liaison Department"
_OWNER_ABBREVIATION = re.compile(r"(?:[Tt]he\s+)?(?P<o>[A-Z][^()]{1,80}?)['’]s\s+\((?P<a>[A-Z][A-Za-z]{1,7})\)")


# "Harat, also known as ...": a name, then the phrase that gives another
_NAME_THEN_AKA = re.compile(r"(?P<n>[A-Z][^,;:()]{1,60}?),\s*(?:also|otherwise|commonly|better)\s+(?:known|called)\b")


class AliasRules(ExtractorBase):
    """Aliases, abbreviations and surnames a sentence defines, and generic names ("the bureau")."""

    def _surnames(self, names: list[Mention], subject: str) -> None:
        """One word that is part of a person's name given before ("Ada Morn ... Morn, 68, is") names
        that person: the most recent one whose first or last word it is."""
        known = self.__dict__.setdefault("_people", {})
        if not known and looks_like_person(subject):
            for w in (subject.split()[0], subject.split()[-1]):
                known[w] = subject
        v = self.v
        for m in names:
            if m.org or m.acronym or (m.title and not m.person) or not m.name:
                continue  # ("Colonel Ada Morn": a person with a rank is known by her surname too)
            h = v["honorific_rx"].match(m.name)  # "Brig Gen Morn"
            w = m.name[h.end() :] if h else m.name
            if " " not in w and w in known:
                m.name, m.person = known[w], True
            elif m.person and not h and m.name.split()[-1] not in _PLACE_TAIL:
                # ("Veldran Empire" reads as two capitalised words, but names no one)
                parts = m.name.split()
                # (a middle word of three names is a surname too: "Lenín Cerna Juárez" ... "Cerna")
                middle = [w for w in parts[1:-1] if len(w) > 3 and w[:1].isupper()] if len(parts) == 3 else []
                for w in [parts[0], parts[-1]] + middle:
                    if w not in v["org_words"] and w.casefold() not in v["titles_cf"] and len(w) > 2:
                        known[w] = m.name

    def _generic_names(self, names: list[Mention], anas: list[Mention], subject: str, s: Sentence) -> list[Mention]:
        """ "the Agency": a body word alone, capitalised, after "the" names a body named before.

        In a document about the Federal Agency for X it is the subject (the name gives way to
        the anaphor "the agency"); else it is the last name of the document that holds that word
        ("the Foundation" after "the Lantern Foundation for Peace"). Names of two words or more
        are remembered here for that.
        """
        v = self.v
        recent = self.__dict__.setdefault("_recent_org", {})
        subject_words = {w.casefold() for w in subject.split()}
        ana_at = {a.start: a for a in anas}
        out = []
        for m in names:
            if (
                " " not in m.name
                and m.name in v["org_words"]
                and self.clean[max(s.start, m.start - 4) : m.start].casefold() == "the "
            ):
                if m.name.casefold() in subject_words and (m.start - 4) in ana_at:
                    continue  # the anaphor "the agency" stands for the subject
                if m.name.casefold() not in subject_words and m.name in recent:
                    m.name = recent[m.name]
                    m.org = True
            else:
                body = m.name if m.org and " " in m.name else office_of_chain(m.surface) if m.title else ""
                for w in body.split():  # ("Deputy Minister of Tides Bo Wu": the Ministry of Tides)
                    if w in v["org_words"]:
                        recent[w] = body
            out.append(m)
        return out

    def _aliases(self, s: Sentence, names: list[Mention], subject: str, method: str, ctx: dict, present: set) -> None:
        self._paren_aliases(s, names, method, ctx)
        self._phrase_aliases(s, names, subject, method, ctx, present)
        self._renames(s, names, subject, method, ctx, present)

    def _paren_aliases(self, s: Sentence, names: list[Mention], method: str, ctx: dict) -> None:
        """Names in a parenthesis after a name: an abbreviation, the name in another language or script."""
        # Full Name (ABBR; Chinese: X; pinyin: Y)  /  Name (Other Name)
        inside = -1  # where the parenthesis after the last name read ends: the names in it are its glosses
        for k, m in enumerate(names):
            if m.start < inside:
                continue
            if k and names[k - 1].org and self.clean[names[k - 1].end : m.start] == " in the ":
                # "the Office for Tides in the Harbour Sector (OTHS)": the name the abbreviation stands for is whole
                prev = names[k - 1]
                m = replace(m, start=prev.start, surface=self.clean[prev.start : m.end], org=True)
                m = replace(m, name=m.surface)
            pa = _OWNER_ABBREVIATION.match(self.text, m.start, m.end) if m.org else None
            if pa and abbreviation_in(pa.group("a")):
                # "the Tide Party's (TP) Liaison Department": the owner's abbreviation inside a possessive name
                owner = pa.group("o")
                self.add(
                    abbr_owner(owner, pa.group("a")),
                    "alias",
                    value=pa.group("a"),
                    span=(m.start, pa.end()),
                    method=method,
                    **ctx,
                )
            pm = PAREN_AFTER.match(self.clean, m.end, s.end)  # (an aside in brackets reads as one in parentheses)
            if pm is None and m.org and self.clean[m.end : m.end + 1] in ('"', "”"):
                pm = PAREN_AFTER.match(self.clean, m.end + 1, s.end)  # 'the “Tide Culture Organization” (TCO)'
            if not pm or not m.name:
                continue
            inside = pm.end()
            if self._glosses_no_body(m, pm, s):
                continue
            if (is_country_name(pm.group("inner")) or self.v["state_name_rx"].match(pm.group("inner"))) and (
                _NAME_GOES_ON.match(self.clean, pm.end())
            ):
                continue  # "the Fuzhou County (Fujian Province) Public Security Bureau": where, inside a name
            inner = pm.group("inner")
            span = (m.start, pm.end())
            inner = " ".join(inner.split())  # (a wrapped page's line breaks)
            dd = re.match(r"^(?P<n>[^;]+?)\s*--\s*(?P<a>[A-Z][A-Za-z]{1,9})$", inner)
            if dd:  # "(Direção de Informação -- DISA)": a name in the language, then the abbreviation
                inner = f"{dd.group('a')}; {dd.group('n')}"
            items = [x.strip() for x in inner.split(";")]
            first = items[0] if items else ""
            abbr = abbreviation_in(first)
            ab_rest = (
                re.match(r"^[A-Z][A-Za-z0-9&-]{1,9},\s*(?=[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*:)", first) if abbr else None
            )
            if ab_rest:  # "(MH, Ulterian: Bo Hai)": the abbreviation, then the name in another language
                items.insert(1, first[ab_rest.end() :])
            self._first_item_aliases(m, first, abbr, span, method, ctx)
            for it in items:
                q = _QUOTED_NAME.fullmatch(it)
                if q and m.org and all(w[:1].isupper() or w in self.v["connectors"] for w in q.group("q").split()):
                    # '(TO, "Office of Tides")', '(“Office of Tides”)': the name translated, in quotes
                    self.add(m.name, "alias", value=q.group("q"), span=span, method=method, **ctx)
            if not abbr and m.org:
                for it in items[1:]:  # "(Ruritanian: Tidendienst; TS)": the abbreviation after the names
                    if re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", it) and sum(ch.isupper() for ch in it) >= 2:
                        self.add(abbr_owner(m.name, it), "alias", value=it, span=span, method=method, **ctx)
            ab = _ABBREVIATED.search(inner)
            if ab and m.org:
                # "(Советский комитет, abbreviated СК, SK)": the abbreviations, and the native name before
                for a in (ab.group("a"), ab.group("b")):
                    if a:
                        self.add(m.name, "alias", value=a.strip(), span=span, method=method, **ctx)
                native = inner[: ab.start()].rstrip(" ,;")
                if native and _NATIVE_NAME.fullmatch(native):
                    self.add(m.name, "alias", value=native, span=span, method=method, **ctx)
            self._language_names(m, items, span, method, ctx)

    def _first_item_aliases(
        self, m: Mention, first: str, abbr: str, span: tuple[int, int], method: str, ctx: dict
    ) -> None:
        """The names the first item of a parenthesis after ``m`` gives it: an abbreviation, a name
        in another language (with its abbreviation), a short name before ", also known as"."""
        v = self.v
        if abbr:
            if (
                not m.org
                and _IN_BEFORE.search(self.clean, max(0, m.start - 4), m.start)
                and not initials_match(m.name, abbr)
            ):
                return  # "the X Institute in Port Selva (RTI)": the body's abbreviation, not the place's
            if m.person and not m.org and not initials_match(m.name, abbr):
                return  # "Ada Lind (TP) 1979–1982": her party, no other name of hers
            if " " not in m.name and {m.name, m.name[:-1]} & v["org_words"] and not initials_match(m.name, abbr):
                return  # "the Act on the Area of the Civilian intelligence Services (CISA)": a name's cut end
            owner = abbr_owner(m.name, abbr)
            self.add(owner, "alias", value=abbr, span=span, method=method, **ctx)
        elif m.org and (ak := _NAME_THEN_AKA.match(first)):
            # "(Harat, also known as the Y)": a short name, then another (read by the alias phrase)
            self.add(m.name, "alias", value=ak.group("n"), span=span, method=method, **ctx)
        elif (
            first
            and len(first.split()) >= 2
            and ":" not in first
            and all(w[:1].isupper() or w in v["connectors"] for w in first.split())
            and first.casefold() not in v["titles_cf"]
            and not v["title_rx"].match(first)
            and not is_country_name(first)  # "... of the Republic of Veldra (Veldra)": the country's short name
        ):
            na = re.fullmatch(r"(?P<n>[^,]+?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})", first)
            for val in (na.group("n"), na.group("a")) if na else (first,):
                # "(Federal Tide Office, FTO)": a name in another language and its abbreviation
                self.add(m.name, "alias", value=val, span=span, method=method, **ctx)
        elif (
            (nb := re.fullmatch(r"(?P<n>[^,;:()]{3,60}?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})", first))
            and sum(ch.isupper() for ch in nb.group("a")) >= 2
            and (m.org or m.name in self._bodies_defined)
        ):
            # "(Staatswacht sluzhba, SS)": the name in its language, lower case and all, then the abbreviation
            for val in (nb.group("n"), nb.group("a")):
                self.add(m.name, "alias", value=val, span=span, method=method, **ctx)
        elif m.org and _NATIVE_NAME.fullmatch(first):
            # "Tide Agency (Тидагентство)": the name in its own script
            self.add(m.name, "name_zh" if has_cjk(first) else "alias", value=first, span=span, method=method, **ctx)
        elif m.org and re.fullmatch(r"[A-Z][a-z]{3,13}", first) and short_form_of(first, m.name):
            # "the National Endurance Institute (Natendur)": a short name made of the name's leading letters
            self.add(m.name, "alias", value=first, span=span, method=method, **ctx)

    def _glosses_no_body(self, m: Mention, pm: re.Match, s: Sentence) -> bool:
        """Whether the parenthesis ``pm`` after ``m`` names a wire service or a source ("ULTON, Ruritania
        (AP) — ...", "Veldra (TL, Courier, 1989, No. 4)"), or follows a text's name ("the Tide
        Transactions Regulations (TTR)", "the Watch List (WL)": names.yaml ``document_words``)."""
        words = self.v["document_words"]
        return (
            bool(_DATELINE_DASH.match(self.text, pm.end(), s.end) or _CITATION.search(pm.group("inner")))
            or m.name in words
            or document_name(m.name, words)  # (the test of claims' names: "the Tide Foundation Act (TFA)" too)
        )

    def _language_names(self, m: Mention, items: list[str], span: tuple[int, int], method: str, ctx: dict) -> None:
        """The items of a parenthesis that give the name in a language ("Chinese: X", "Ulterian: Y (YA)")."""
        for it in items:
            # "(Chinese: X)", "(Russian: X; Ruritanian: Y)": the name in another language
            # ("Template:Lang-xx", "IPA: [..]", "File:x.jpg": a wiki's namespaces and markup, no language)
            km = re.match(
                r"^(?!(?:Template|IPA|File|Image|Category|Help|Wikipedia|Special|Portal|Module)\s*:)"
                r"(lit\.|pinyin|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*:\s*(?P<val>[^:]+)$",
                it,
            )
            if km and km.group("val").strip():
                rel = "name_zh" if has_cjk(km.group("val")) else "alias"
                if km.group(1).startswith("lit"):
                    continue
                val = re.sub(r"^(?:[a-z_]{2,12}=[^|=]{0,20}\|)+", "", km.group("val").strip())  # ("link=no|X")
                ab = re.match(r"^(?P<n>.+?),\s*(?P<a>[A-Z][A-Za-z0-9&]{1,9})$", val)
                if ab and rel == "alias":  # "(French: Direction des Marées, DM)": a name and its abbreviation
                    self.add(m.name, "alias", value=ab.group("a"), span=span, method=method, **ctx)
                    val = ab.group("n")
                na = re.fullmatch(r"(?P<n>.+?)\s*\((?P<a>[A-Z][A-Za-z0-9&]{1,9})\)", val)
                if na:  # "(Ulterian: Bo Hai (BH))": the name in the language and its abbreviation
                    self.add(m.name, "alias", value=na.group("a"), span=span, method=method, **ctx)
                    val = na.group("n")
                if translit := re.fullmatch(r"(?P<n>[^,]+?),?\s+(?:tr|transl|romani[sz]ed)\.?:?\s+(?P<t>[^,]+)", val):
                    # "(Ulterian: Главная служба, tr. Glavnaya sluzhba)": the name and its transliteration
                    self.add(m.name, "alias", value=translit.group("t"), span=span, method=method, **ctx)
                    val = translit.group("n")
                if rel == "name_zh" and "," in val and has_cjk(val.split(",")[0]):
                    val = val.split(",")[0].strip()  # ("(Chinese: 人民, Speaker.png listen (help))": the name)
                tr = re.fullmatch(r"(?P<t>[^,]*[A-Za-z][^,]*?)\s*,\s*(?P<n>[^,]+)", val)
                if tr and _NATIVE_NAME.fullmatch(tr.group("n")):
                    # "(Ulterian: Tide Office, Тидофис)": the name translated, then in its own script
                    native = tr.group("n")
                    self.add(
                        m.name, "name_zh" if has_cjk(native) else "alias", value=native, span=span, method=method, **ctx
                    )
                    val, rel = tr.group("t"), "alias"
                self.add(m.name, rel, value=val, span=span, method=method, **ctx)

    def _phrase_aliases(
        self, s: Sentence, names: list[Mention], subject: str, method: str, ctx: dict, present: set
    ) -> None:
        """ "X, also known as Y", "formerly called Y": another name, or a former one."""
        v = self.v
        clean = s.clean
        # X, also known as Y
        for rx, rel, key in (
            (v["alias_rx"], "alias", "alias_phrases"),
            (v["former_rx"], "former_name", "former_name_phrases"),
        ):
            if present.isdisjoint(v["extra_needles"][key]):
                continue
            nix = SentIndex(s, names)
            for t in rx.finditer(clean):
                a = next(
                    (
                        m
                        for m in (names[k] for k in range(nix.ending_by(s.start + t.start()) - 1, -1, -1))
                        if m.name and not nix.in_parens(m.start - s.start)
                    ),
                    None,
                )
                b = next(
                    (m for m in (names[k] for k in range(nix.starting_from(s.start + t.end()), len(names))) if m.name),
                    None,
                )
                if a is None or b is None:
                    continue
                gap_l = clean[a.end - s.start : t.start()]
                gap_r = clean[t.end() : b.start - s.start]
                if " " not in a.name and not a.org and is_demonym(a.name):
                    # "X is an Ulterian agency, commonly referred to as Y": the demonym only qualifies
                    # the kind of body; the other name is the sentence's subject's, when it opens it
                    opener = next((m for m in names if m.name), None)
                    if opener is None or opener.name != subject:
                        continue
                    a, gap_l = opener, ""
                # ("X (Lang: ...; tr. ...), abbreviated XA": the name's gloss in between is no gap)
                if rel == "former_name" and _post_after(clean[b.end - s.start : b.end - s.start + 40]):
                    continue  # "Y, formerly VSB deputy chief of analysis": a past post, no former name
                if len(re.sub(r"\([^()]*\)", "", gap_l).strip(" ,()")) > 40 or gap_r.strip() not in (
                    "",
                    "the",
                    "as",
                    "as the",
                ):
                    continue
                owner = a.name
                self.add(
                    owner,
                    rel,
                    value=b.name,
                    span=(a.start, b.end),
                    method=method,
                    **dict(ctx, hedge=self._hedge_at(t.start())),
                )
                k = names.index(b) + 1
                paren = PAREN_AFTER.match(self.text, b.end, s.end)
                while paren and k < len(names) and names[k].start < paren.end():
                    k += 1  # ("the X (XA) or the Y": the abbreviation in between is no other name)
                while (
                    k < len(names)
                    and _OR_NAME.fullmatch(clean, b.end - s.start, names[k].start - s.start)
                    and names[k].name
                    and names[k].org == b.org
                ):
                    # "also known as the X (XA) or the Y": Y is another name too
                    b, k = names[k], k + 1
                    self.add(
                        owner,
                        rel,
                        value=b.name,
                        span=(a.start, b.end),
                        method=method,
                        **dict(ctx, hedge=self._hedge_at(t.start())),
                    )
                if a.person and " " not in b.name and b.name[:1].isupper():
                    # "Ada Lind, also known as Tinka, ... Tinka had been chief": the nickname names her
                    self.__dict__.setdefault("_people", {})[b.name] = owner

    def _renames(self, s: Sentence, names: list[Mention], subject: str, method: str, ctx: dict, present: set) -> None:
        """ "changed its name from X to Y", "was renamed Y": former names and new ones."""
        v = self.v
        clean = s.clean
        # changed its name from X to Y
        renames = (
            list(v["rename_rx"].finditer(clean)) if not present.isdisjoint(v["extra_needles"]["rename_pattern"]) else []
        )
        if renames:
            # an anaphor before the phrase wins over a name ("it changed its name"), else the last name
            by_anaphor = self._left_subjects(named_anaphors(self.clean, s, subject), s, "")
            by_name = self._left_subjects(names, s, subject)
            name_starts = [m.start for m in names]
        for t in renames:
            k0 = bisect.bisect_left(name_starts, s.start + t.end())
            right = [m for m in names[k0 : k0 + 4] if m.name and not re.match(r"\s*:", self.clean[m.end : m.end + 3])][
                :2
            ]
            # ("renamed the X (English: Y": "English" labels the gloss, it is no name)
            if right and _NEW_NAME_GAP.search(self.clean[s.start + t.end() : right[0].start]):
                right = []  # "X was renamed and came under the control of Y": no new name given
            if re.search(r"\bas(?: the)?$", t.group()):
                # "was set up in 1957 as the X": the name right after "as" only ("as a body of Y": none)
                right = [m for m in right[:1] if m.org and m.start - (s.start + t.end()) <= 1]
            who = by_anaphor(t.start()) or by_name(t.start())
            if re.search(r"\band\s+$", clean[: t.start()]) and t.group().startswith(("was ", "were ")):
                # "X was founded in 1909 as a section of Y and was renamed Z": the clause's subject, X
                lead = skip_lead_phrase(clean)
                k = bisect.bisect_left(name_starts, s.start + lead)
                opener = names[k] if k < len(names) and names[k].name and names[k].org else None
                if (
                    opener is not None
                    and opener.end - s.start < t.start()
                    and re.fullmatch(r"[\s'\"“”]*(?:the\s+)?", clean[lead : opener.start - s.start], re.I)
                ):
                    who = opener.name  # (only an article between the opening phrase and the name)
            year = opening_year(clean)
            from_to = len(right) > 1 and re.fullmatch(
                r"\s*,?\s*to\s+(?:the\s+)?", self.clean[right[0].end : right[1].start]
            )
            if (
                len(right) > 1
                and not from_to
                and not _SECOND_NAME_GAP.fullmatch(self.clean, right[0].end, right[1].start)
            ):
                right = right[:1]  # ("renamed the X to commemorate the death of Ada Li": one new name, X)
            for k, m in enumerate(right):
                # "from X to Y": X was used until then, Y from then on ("renamed X (ABBR)": both new)
                former = bool(k == 0 and from_to)
                self.add(
                    who,
                    "former_name" if former else "alias",
                    value=m.name,
                    span=(s.start, m.end),
                    method=method,
                    start=None if former else year,
                    end=year if former else None,
                    **ctx,
                )


# what may stand between two new names of one rename: "renamed X (XA)", "renamed X, or Y"
_SECOND_NAME_GAP = re.compile(r"\s*(?:\(|,|,?\s*or)\s*(?:the\s+)?")

# words between a rename phrase and the next name that show the name is not the new one: another clause
_NEW_NAME_GAP = re.compile(r"\b(?:and|but|or|which|who|whose|after|when|while)\b|[;]")

_PLACE_TAIL = frozenset(
    "Empire Union Republic Kingdom Federation States Emirates Commonwealth Islands Sea Ocean "
    "River Mountains Province Region Oblast Krai Governorate District County City Coast".split()
)


_NAME_GOES_ON = re.compile(r" (?-i:[A-Z][a-z])")  # a capitalised word right after a parenthesis

# an item of a parenthesis that is a name in quotes, after an abbreviation or alone
_QUOTED_NAME = re.compile(r"(?:[A-Z][A-Za-z0-9&-]{1,9},\s*)?[\"“„](?P<q>[^\"“”„]{3,80}?)[\"”“]")


def _post_after(text: str) -> bool:
    """Whether ``text`` opens with an office title ("deputy chief of analysis", "Director of X").

    >>> _post_after(" deputy chief of analysis (1995-2003)"), _post_after(" (TB), was renamed")
    (True, False)
    """
    words = re.findall(r"[A-Za-z][\w-]*", text[:40])[:3]
    return text[:1].isspace() and any(is_known_title(" ".join(words[:k])) for k in range(1, len(words) + 1))


def short_form_of(word: str, name: str) -> bool:
    """Whether ``word`` is a short name made of the leading letters of ``name``'s words, in order,
    two words at least ("Natendur": National Endurance Institute; "Gosplan": State Planning ... is not).

    >>> short_form_of("Natendur", "National Endurance Institute"), short_form_of("Comintern", "Communist International")
    (True, True)
    >>> short_form_of("Ulton", "National Endurance Institute"), short_form_of("Nation", "National Endurance Institute")
    (False, False)
    """
    small = compiled()["acronym_small_words"]
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in small]
    w = word.casefold()

    def go(i: int, j: int, used: int) -> bool:
        if i == len(w):
            return used >= 2
        return any(
            w.startswith(words[k][:n], i) and go(i + n, k + 1, used + 1)
            for k in range(j, min(j + 2, len(words)))  # (a word of the name may be left out)
            for n in range(min(len(words[k]), len(w) - i), 0, -1)
        )

    return 4 <= len(w) <= 14 and go(0, 0, 0)
