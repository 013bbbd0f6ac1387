"""Which names are the same body: entities with stable ids, labels, aliases and kinds (resolve stage).

Names from all documents' claims are grouped with a union-find over normalised keys.
Two names are joined when

* a document says so: an abbreviation ``Full Name (ABBR)``, "also known as", a former
  name, an infobox ``Abbreviation`` / ``Formerly called``, a title and its defining sentence;
* they differ only by a country word (``Chinese Ministry of X`` / ``Ministry of X``);
* one is ``ABBR Head`` and the other ``Head of the <ABBR's full name>`` (``CCP Central
  Committee``), or ``A of the B`` where ``A`` is already a known name;
* an otherwise unknown acronym spells exactly one known name's initials;
* they are on one line of ``well_known_aliases`` in ``vocab/names.yaml``.

Each group becomes an :class:`Entity`; its ``id`` is a slug of its label, so ids are
stable across builds.

>>> from orgnet.extract import Claim
>>> e = resolve([Claim("Bureau of Tests", "alias", value="BOT"), Claim("BOT", "subordinate_to", "Ministry of Tests")])
>>> sorted(x.label for x in e.entities.values()), e.id_of("bot")
(['Bureau of Tests', 'Ministry of Tests'], 'bureau-of-tests')
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import vocabulary
from .extract import Claim, _initials_match, looks_like_person, strip_disambiguator
from .infobox import has_cjk

__all__ = ["Entity", "Merge", "RULES", "Resolution", "resolve", "name_key", "slugify", "guess_kind"]

NAME_RELATIONS = ("alias", "former_name", "name_zh")


@dataclass
class Entity:
    """One real-world body (or person, or place) and everything it is called."""

    id: str
    label: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    """The entities, and the way from any name to its entity id."""

    entities: dict[str, Entity]
    key_to_id: dict[str, str]
    merges: list[Merge] = field(default_factory=list)
    spelled: dict[str, str] = field(default_factory=dict)  # a key of a merge -> how it was most often written

    def id_of(self, name: str) -> str | None:
        """The id of the entity called ``name`` (any spelling orgnet saw), or ``None``."""
        return self.key_to_id.get(name_key(name))


@functools.lru_cache(maxsize=1 << 18)
def name_key(name: str) -> str:
    """The key names are matched on: NFKC, case-folded, no leading "the", one kind of dash
    and quote, no disambiguator, squashed spaces.

    >>> name_key("The  Bureau–of “Tests” (Ruritania).")
    'bureau-of "tests"'
    """
    s = unicodedata.normalize("NFKC", name or "").replace("\u00a0", " ").strip(" .,;:")
    s = strip_disambiguator(s)
    s = s.replace("–", "-").replace("—", "-").replace("’", "'").replace("“", '"').replace("”", '"')
    s = " ".join(s.split()).strip(" .,;:")
    s = s.casefold()
    s = re.sub(r"^the ", "", s)
    return s


def slugify(label: str) -> str:
    """A URL- and file-safe id from a label.

    Apostrophes are dropped; any other run of characters that are not letters or digits (a
    dash of any kind, a space, a quote) is one ``-``, so words stay apart; accents are
    dropped from Latin letters and letters of other scripts are kept.

    >>> slugify("Ministry of Foreign Affairs (China)"), slugify("Ruritania–Elbonia Forum")
    ('ministry-of-foreign-affairs-china', 'ruritania-elbonia-forum')
    >>> slugify("People’s Société d'Études"), slugify("研究 中心")
    ('peoples-societe-detudes', '研究-中心')
    """
    s = "".join(ch for ch in unicodedata.normalize("NFKD", label) if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFKC", s).replace("'", "").replace("’", "")
    s = _NOT_WORD.sub("-", s).strip("-").casefold()
    return s or "x" + hashlib.sha1(label.encode("utf-8", "surrogatepass")).hexdigest()[:10]


_NOT_WORD = re.compile(r"[\W_]+")


#: a kind rule: the kind, and the patterns whose match gives it
_Rule = tuple[str, list[re.Pattern]]


@functools.lru_cache(maxsize=1)
def _kind_rules() -> tuple[list[_Rule], list[_Rule], list[_Rule], str]:
    """The name rules, description rules and weak description rules of ``vocab/kinds.yaml``
    as (kind, patterns), and the default kind."""
    k = vocabulary.load("kinds")

    def words_rx(words: list[str], flags: int = 0) -> list[re.Pattern]:
        # one alternation per rule: "any word of the rule, as a whole word"
        return [re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", flags)]

    name_rules = [(r["kind"], words_rx(r["words"])) for r in k["name_rules"]]

    def desc(rules: list[dict]) -> list[_Rule]:
        return [(r["kind"], words_rx(r["words"], re.I)) for r in rules]

    return name_rules, desc(k["description_rules"]), desc(k.get("weak_description_rules", [])), k["default_kind"]


def guess_kind(label: str, descriptions: Sequence[str] = (), context: Iterable[str] = ()) -> str:
    """A node's kind from the contexts it was named in, what the documents say it is, then its name.

    >>> guess_kind("Bureau of Tests"), guess_kind("Widget Centre", ["a Ruritanian think tank"])
    ('state_body', 'think_tank')
    >>> guess_kind("Li Wei", context=["person"]), guess_kind("Springfield", context=["place", "place"])
    ('person', 'place')
    """
    name_rules, desc_rules, weak_rules, default = _kind_rules()
    ctx = Counter(c for c in context if c)
    for k in ("person", "place"):
        if ctx.get(k, 0) and ctx[k] >= sum(ctx.values()) / 2:
            return k
    for d in descriptions:
        for kind, rxs in desc_rules:
            if any(rx.search(d) for rx in rxs):
                return kind
    if ctx:
        return ctx.most_common(1)[0][0]
    for kind, rxs in name_rules[:-1]:  # the last rule ("Center", "Group") is a weak guess
        if any(rx.search(label) for rx in rxs):
            return kind
    for d in descriptions:
        for kind, rxs in weak_rules:
            if any(rx.search(d) for rx in rxs):
                return kind
    for kind, rxs in name_rules[-1:]:
        if any(rx.search(label) for rx in rxs):
            return kind
    if looks_like_person(label):
        return "person"
    return default


#: why two names were joined: rule -> what it means (the ``rule`` column of ``merges``)
RULES: dict[str, str] = {
    "alias": "a document gives one as another name of the other (an abbreviation, \"also known as\")",
    "former_name": "a document gives one as the other's former name",
    "name_zh": "a document gives one as the other's Chinese name",
    "mention": "a sentence names the body one way and orgnet read it as the other",
    "country_word": "the names differ only by a country word (\"Chinese X\" / \"X\")",
    "abbreviation_head": "\"ABBR Head\" is \"Head of the <ABBR's full name>\"",
    "part_of_name": "\"A of the B\" where A is already a known name",
    "acronym_initials": "an otherwise unknown acronym spells exactly this name's initials",
    "well_known_alias": "one line of well_known_aliases in vocab/names.yaml",
}


@dataclass(frozen=True)
class Merge:
    """One union of two names: the rule that made it and, for a document's word, the claim."""

    key_a: str
    key_b: str
    rule: str
    claim: Claim | None = None
    name_a: str = ""  # the two names as the claim wrote them ("": as the keys were most often written)
    name_b: str = ""


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.log: list[Merge] = []

    def add(self, k: str) -> None:
        self.parent.setdefault(k, k)

    def find(self, k: str) -> str:
        self.add(k)
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: str, b: str, rule: str, claim: Claim | None = None, names: tuple[str, str] = ("", "")) -> bool:
        """Join the groups of ``a`` and ``b``; log why when they were apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.log.append(Merge(a, b, rule, claim, *names))
        return True

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self.parent):
            out[self.find(k)].append(k)
        return out


_NAMEISH = re.compile(r"[^\W_]")
_ABBR_HEAD = re.compile(r"^([a-z0-9&]{2,10}) (.+)$")
_OF = re.compile(r" of (?:the )?")
_ACRONYM_KEY = re.compile(r"[a-z][a-z0-9&]{2,9}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]{1,9}")
_WORD_SPLIT = re.compile(r"[\s\-–]+")
_PINYIN_RUN = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔù]{2,} [A-Z][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+ [A-Z]")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔù]")


def _org_key(key: str) -> bool:
    org = _org_words()
    return any(w in org for w in key.split())


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary.names()["org_words"])


@functools.lru_cache(maxsize=1 << 18)
def _loose(key: str) -> str:
    """``key`` without country words ("chinese x", "x of the chinese y")."""
    return _nationality_re().sub(r"\1", key)


@functools.lru_cache(maxsize=1)
def _nationality_re() -> re.Pattern:
    words = sorted((w.casefold() for w in vocabulary.names()["nationality_words"]), key=len, reverse=True)
    return re.compile(r"(^|\bof the |\bof )(?:" + "|".join(map(re.escape, words)) + r") ")


def resolve(claims: list[Claim]) -> Resolution:
    """Group the names of ``claims`` into entities. Pure: claims in, entities out."""
    uf = _UnionFind()
    spellings: dict[str, Counter] = defaultdict(Counter)   # key -> how it was written
    defining: Counter = Counter()
    contexts: dict[str, list[str]] = defaultdict(list)
    descriptions: dict[str, list[str]] = defaultdict(list)
    in_claims: set[str] = set()
    docs_of: dict[str, set[str]] = defaultdict(set)  # key -> documents naming it in a claim's slot

    def see(name: str, weight: int = 1) -> str:
        k = _key_of(name)
        if k:
            uf.add(k)
            spellings[k][name.strip()] += weight
        return k

    for c in claims:
        ks = see(c.subject, 2)
        in_claims.add(ks)
        docs_of[ks].add(c.doc)
        if c.subject_kind:
            contexts[ks].append(c.subject_kind)
        if c.subject_surface and c.subject_surface != c.subject and not c.subject_surface.endswith(("'s", "’s")):
            _join(uf, ks, see(c.subject_surface, 0), "mention", c, (c.subject, c.subject_surface))
        if c.object:
            ko = see(c.object, 2)
            in_claims.add(ko)
            docs_of[ko].add(c.doc)
            if c.object_kind:
                contexts[ko].append(c.object_kind)
            if c.object_surface and c.object_surface != c.object:
                _join(uf, ko, see(c.object_surface, 0), "mention", c, (c.object, c.object_surface))
        elif c.relation in NAME_RELATIONS:
            kv = see(c.value, 0 if c.relation == "name_zh" else 1)
            _join(uf, ks, kv, c.relation, c, (c.subject, c.value))
            if c.defining:
                defining[kv] += 1
        elif c.relation == "type":
            descriptions[ks].append(c.value)
        if c.defining and c.relation in NAME_RELATIONS:
            defining[ks] += 0  # the subject is known; the value is the fuller name

    for line in vocabulary.names()["well_known_aliases"]:
        keys = [name_key(n) for n in line]
        if any(k in uf.parent for k in keys):
            for n in line:
                see(n, 0)
            for k in keys[1:]:
                uf.union(keys[0], k, "well_known_alias")

    _derived_unions(uf, docs_of)
    res = _entities(uf, spellings, defining, contexts, descriptions, in_claims)
    res.merges = [m for m in uf.log if m.key_a in res.key_to_id]
    res.spelled = {k: _spelling(spellings[k], k) for m in res.merges for k in (m.key_a, m.key_b)}
    return res


def _spelling(written: Counter, key: str) -> str:
    """The most frequent way a key was written (ties: the first in sort order)."""
    return min(written, key=lambda n: (-written[n], n)) if written else key


@functools.lru_cache(maxsize=1 << 18)
def _key_of(name: str) -> str:
    """The name key of a name with at least one letter or digit, else ``""``."""
    return name_key(name) if _NAMEISH.search(name or "") else ""


def _join(uf: _UnionFind, a: str, b: str, rule: str, claim: Claim, names: tuple[str, str]) -> None:
    if a and b:
        uf.union(a, b, rule, claim, names)


def _derived_unions(uf: _UnionFind, docs_of: dict[str, set[str]] | None = None) -> None:
    """Unions that follow from the shape of names (see the module docstring)."""
    docs_of = docs_of if docs_of is not None else {}
    keys = sorted(uf.parent)  # unions join keys, never add them: the same in every round
    known = set(keys)
    by_letter = _by_first_letter(keys)
    for _ in range(3):
        changed = False
        # country words and demonyms ("chinese x", "amaran x" = "x" when "x" is known)
        demonym = re.compile(vocabulary.names()["demonym"])
        for k in keys:
            lk = _loose(k)
            if lk != k and lk in known:
                changed |= uf.union(k, lk, "country_word")
            words = k.split()
            for i, w in enumerate(words[:-1]):
                if demonym.match(w) and (i == 0 or words[i - 1] in ("of", "the")):
                    cand = " ".join(words[:i] + words[i + 1:])
                    if cand in known and len(words) - 1 >= 2 and _org_key(cand):
                        changed |= uf.union(k, cand, "country_word")
        # "ABBR Head" <-> "Head of the <full>"
        heads = [(k, m) for k, m in ((k, _ABBR_HEAD.match(k)) for k in keys) if m and m.group(1) in known]
        if heads:
            groups = uf.groups()
            members = {m.group(1): groups[uf.find(m.group(1))] for _, m in heads}
        for k, m in heads:
            for full in members[m.group(1)]:
                if full == m.group(1) or len(full.split()) < 2:
                    continue
                for cand in (f"{m.group(2)} of the {full}", f"{m.group(2)} of {full}"):
                    if cand in known:
                        changed |= uf.union(k, cand, "abbreviation_head")
        # "A of the B" where A is a known organisation name of two or more words
        for k in keys:
            for mm in reversed(list(_OF.finditer(k))):
                head = k[:mm.start()]
                if _STATE_TAIL.search(k[mm.end():]) and not docs_of.get(head, set()) <= docs_of.get(k, set()):
                    continue  # "ministry of x of the republic of y": a bare "ministry of x" named in other
                    # documents may be another state's; only where the full name is given is it this one
                if head in known and len(head.split()) >= 2 and _org_key(head) and not head[:1].isdigit():
                    changed |= uf.union(k, head, "part_of_name")
                    break
        # unknown acronyms spelled by exactly one other group
        groups = uf.groups()
        for k in keys:
            if not _ACRONYM_KEY.fullmatch(k) or len(groups[uf.find(k)]) > 1:
                continue
            n = len(k.replace("&", ""))
            hits = {uf.find(o) for o, n_words, n_content in by_letter.get(k[0].upper(), ())
                    if n_content <= n <= n_words and o != k and _initials_match(o, k.upper())}
            if len(hits) == 1:
                changed |= uf.union(k, hits.pop(), "acronym_initials")
        if not changed:
            break


_FUNCTION_WORDS = {"of", "the", "for", "and", "on", "a", "an", "to", "in", "de"}  # as _initials_match
_STATE_TAIL = re.compile(r"\b(?:republic|kingdom|federation|united states|union|emirates|commonwealth|state of)\b")


def _by_first_letter(keys: list[str]) -> dict[str, list[tuple[str, int, int]]]:
    """Keys of two or more words by each letter an acronym of them could start with,
    with their word and content-word counts (an acronym has between the two letters)."""
    out: dict[str, list] = defaultdict(list)
    for k in keys:
        words = [w for w in _WORD_SPLIT.split(k) if w]
        if len(words) < 2 or len(k.split()) < 2:
            continue
        n_content = sum(w not in _FUNCTION_WORDS for w in words)
        firsts = set()
        for w in words:  # leading function words may be skipped
            firsts.add(w[0].upper())
            if w not in _FUNCTION_WORDS:
                break
        for f in firsts:
            out[f].append((k, len(words), n_content))
    return out


def _entities(uf, spellings, defining, contexts, descriptions, in_claims) -> Resolution:
    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    taken: set[str] = set()
    groups = uf.groups()
    for root in sorted(groups, key=lambda r: min(groups[r])):
        keys = groups[root]
        if not any(k in in_claims for k in keys):
            continue
        names = sorted({n for k in keys for n in spellings[k]})
        if not names:
            continue
        label = _choose_label(names, spellings, defining)
        ctx = [c for k in keys for c in contexts[k]]
        desc = [d for k in keys for d in descriptions[k]]
        kind = guess_kind(label, desc, ctx)
        base = slugify(label)
        eid, n = base, 2
        while eid in taken:
            eid, n = f"{base}-{n}", n + 1
        taken.add(eid)
        seen_keys = {name_key(label)}
        aliases: list[str] = []
        for nm in names:
            k2 = nm.casefold()
            if name_key(nm) == name_key(label) and nm == label:
                continue
            if k2 in {a.casefold() for a in aliases} or nm == label:
                continue
            aliases.append(nm)
            seen_keys.add(name_key(nm))
        entities[eid] = Entity(id=eid, label=label, kind=kind, aliases=aliases, names=names)
        for k in keys:
            key_to_id[k] = eid
    return Resolution(entities=entities, key_to_id=key_to_id)


def _choose_label(names: list[str], spellings, defining) -> str:
    nat = tuple(w + " " for w in vocabulary.names()["nationality_words"])

    def score(n: str) -> tuple:
        k = name_key(n)
        s = 0.0
        s += 6 * defining.get(k, 0)
        s += sum(spellings[k].values())
        if _ACRONYM.fullmatch(n):
            s -= 50
        if has_cjk(n):
            s -= 60
        if n.startswith(nat) or _loose(k) != k:
            s -= 8
        if "'s " in n or "’s " in n or "(" in n:
            s -= 8
        if n[:1].islower():
            s -= 5
        if _PINYIN_RUN.search(n) and _TONE_MARK.search(n):
            s -= 40  # pinyin with tone marks
        return (s, len(n), n)

    return max(names, key=score)
