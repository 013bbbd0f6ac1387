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
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from . import vocabulary
from .countries import countries_in

if TYPE_CHECKING:
    from .curate import Curations
from .extract import Claim
from .names import _COUNTRY_PAREN, _initials_match, looks_like_person, name_key, slugify, strip_disambiguator
from .read.infobox import has_cjk

__all__ = ["Entity", "Merge", "RULES", "Resolution", "Resolver", "pinned_from", "resolve", "guess_kind"]

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
    scoped: dict[tuple[str, str], str] = field(default_factory=dict)  # (key, document) -> the key there
    registry: list[tuple[str, str, str]] = field(default_factory=list)  # (id, key, document) of every name
    warnings: list[str] = field(default_factory=list)  # curations that matched nothing, naming their line

    def id_of(self, name: str, doc: str | None = None) -> str | None:
        """The id of the entity called ``name`` (any spelling orgnet saw), or ``None``; with
        `doc`, the entity that name means in that document (an acronym the document defines,
        a person, a generic name the document qualifies by a country)."""
        k = name_key(name)
        if doc is not None:
            k = self.scoped.get((k, doc), k)
        return self.key_to_id.get(k)


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
    "qualified_name": "one document names the body both bare and qualified by its country",
    "same_name": "the same name in two documents, where nothing puts them in different countries",
    "same_acronym": "an acronym used without its full name, which every document that defines it gives as this body",
    "curated": "an analyst said so in curations.yaml",
}

#: rules that infer a union from the shape of names: never across countries
_GUARDED = frozenset({"country_word", "abbreviation_head", "part_of_name", "acronym_initials", "same_name",
                      "same_acronym"})

#: between a name key and the document it is scoped to
SCOPE = "\x1f"


def _base(key: str) -> str:
    """A key without its document scope."""
    return key.split(SCOPE, 1)[0]


@dataclass(frozen=True)
class Merge:
    """One union of two names: the rule that made it and, for a document's word, the claim."""

    key_a: str
    key_b: str
    rule: str
    claim: Claim | None = None
    name_a: str = ""  # the two names as the claim wrote them ("": as the keys were most often written)
    name_b: str = ""
    note: str = ""    # a curated union: the analyst's reason, name and line


class _UnionFind:
    """Groups of name keys, the countries each group's names mention, and why groups were joined."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.log: list[Merge] = []
        self.countries: dict[str, frozenset[str]] = {}  # root -> countries its names mention
        self.apart: list[tuple[str, str]] = []  # keys an analyst keeps in two entities (curations.yaml)

    def add(self, k: str) -> None:
        if k not in self.parent:
            self.parent[k] = k
            self.countries[k] = countries_in(_base(k))

    def find(self, k: str) -> str:
        self.add(k)
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: str, b: str, rule: str, claim: Claim | None = None, names: tuple[str, str] = ("", ""),
              note: str = "") -> bool:
        """Join the groups of ``a`` and ``b``; log why when they were apart. A rule that infers
        the union from the shape of names never joins groups that name different countries."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ca, cb = self.countries[ra], self.countries[rb]
        if rule in _GUARDED and ca and cb and not ca & cb:
            return False
        for x, y in self.apart:
            if x in self.parent and y in self.parent and {self.find(x), self.find(y)} == {ra, rb}:
                return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.countries[ra] = ca | cb
        self.log.append(Merge(a, b, rule, claim, *names, note=note))
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


def resolve(claims: list[Claim], pinned: Mapping[str, str] | None = None,
            curations: Curations | None = None) -> Resolution:
    """Group the names of ``claims`` into entities. Pure: claims in, entities out.

    ``pinned`` maps name keys to the ids a previous build gave them (see :func:`registry`):
    an entity keeps the id most of its names had, so ids do not move when documents are
    added or a label vote changes. New entities get the slug of their label, never an id
    that is pinned to another. ``curations`` (:mod:`orgnet.curate`) adds the analyst's
    ``merge`` and ``distinct`` entries; those that name nothing known are listed in
    ``Resolution.warnings``.

    Some names are read within their document first (see :meth:`Resolver.scope`): a person, an
    acronym the document defines, a generic name the document qualifies by a country. They
    join the same name elsewhere only where that cannot join two bodies (``same_name``,
    ``same_acronym``). :class:`Resolver` does the same a document at a time, for a build whose
    claims do not all fit in memory.
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc].append(c)
    r = Resolver(pinned, curations)
    for doc, cs in by_doc.items():
        r.scope(doc, cs)
    r.see(claims)
    return r.result()


class Resolver:
    """:func:`resolve` a document at a time: :meth:`scope` each document's claims, then
    :meth:`see` each document's claims (in the same order), then :meth:`result`. What it keeps
    grows with the distinct names (and the claims that joined two of them), not with the claims.

    >>> r = Resolver()
    >>> docs = {"a.txt": [Claim("Bureau of Tests", "alias", value="BOT", doc="a.txt")],
    ...         "b.txt": [Claim("BOT", "subordinate_to", "Ministry of Tests", doc="b.txt")]}
    >>> for doc, cs in docs.items():
    ...     r.scope(doc, cs)
    >>> for cs in docs.values():
    ...     r.see(cs)
    >>> r.result().id_of("Ministry of Tests")
    'ministry-of-tests'
    """

    def __init__(self, pinned: Mapping[str, str] | None = None, curations: Curations | None = None) -> None:
        self.pinned = pinned or {}
        self.curations = curations
        self.scoped: dict[tuple[str, str], str] = {}
        self.kinds: dict[str, str] = {}
        self.local: list[tuple[str, str, str]] = []
        self.home: dict[str, frozenset[str]] = {}
        self.uf = _UnionFind()
        self.spellings: dict[str, Counter] = defaultdict(Counter)   # key -> how it was written
        self.defining: Counter = Counter()
        self.contexts: dict[str, list[str]] = defaultdict(list)
        self.descriptions: dict[str, list[str]] = defaultdict(list)
        self.in_claims: set[str] = set()
        self.docs_of: dict[str, set[str]] = defaultdict(set)  # key -> documents naming it in a claim's slot
        # a scoped person -> the keys it is linked to in its document
        self.links: dict[str, set[str]] = defaultdict(set)
        self._seeing = False

    def scope(self, doc: str, claims: Sequence[Claim]) -> None:
        """Read the names of one document's claims within it: a person, an acronym the document
        defines (``Full Name (ABBR)``) and a generic name the document also gives qualified by a
        country ("Ministry of X" beside "Ministry of X of Elbonia") get a key of their own there;
        the document's home countries are those its names mention most."""
        scoped, kinds = self.scoped, self.kinds

        def scope(k: str, kind: str) -> str:
            sk = scoped.setdefault((k, doc), f"{k}{SCOPE}{doc}")
            kinds.setdefault(sk, kind)
            return sk

        keys: Counter = Counter()
        persons: set[str] = set()
        acronyms: set[str] = set()
        for c in claims:
            for name, kind, role in ((c.subject, c.subject_kind, "subject"), (c.object, c.object_kind, "object")):
                k = _key_of(name)
                if k:
                    keys[k] += 1
                    if kind == "person" or (role == "subject" and c.relation == "leads"):
                        persons.add(k)
            if c.relation in NAME_RELATIONS and c.value:
                keys[_key_of(c.value)] += 1
                if c.relation != "name_zh":
                    for a, b in ((c.subject, c.value), (c.value, c.subject)):
                        if _ACRONYM.fullmatch(a.strip()) and not _ACRONYM.fullmatch(b.strip()):
                            acronyms.add(_key_of(a))
        count: Counter = Counter()
        for k, n in keys.items():
            for country in countries_in(k):
                count[country] += n
        top = max(count.values(), default=0)
        self.home[doc] = frozenset(country for country, n in count.items() if n == top)
        for k in sorted(persons):
            scope(k, "person")
        for k in sorted(acronyms - persons):
            scope(k, "acronym")
        for k2 in sorted(keys):
            for bare, rule in _unqualified(k2):
                if bare in keys and bare not in persons and bare not in acronyms and _org_key(bare):
                    self.local.append((scope(bare, "generic"), k2, rule))
                    break

    def _see_name(self, name: str, weight: int, doc: str) -> str:
        k = _key_of(name)
        if k:
            k = self.scoped.get((k, doc), k)
            self.uf.add(k)
            self.spellings[k][name.strip()] += weight
        return k

    def see(self, claims: Iterable[Claim]) -> None:
        """Take the names of claims (after :meth:`scope` had every document): their keys,
        spellings and kinds, and the unions a document's own words make."""
        uf, see = self.uf, self._see_name
        if not self._seeing:
            self._seeing = True
            if self.curations:  # kept apart from the first union on
                uf.apart = [(x, y) for a, b, _ in self.curations.distinct for x in _all_keys(a, self.scoped)
                            for y in _all_keys(b, self.scoped)]
        in_claims, docs_of, contexts, links = self.in_claims, self.docs_of, self.contexts, self.links
        for c in claims:
            doc = c.doc
            ks = see(c.subject, 2, doc)
            in_claims.add(ks)
            docs_of[ks].add(c.doc)
            if c.subject_kind:
                contexts[ks].append(c.subject_kind)
            if c.subject_surface and c.subject_surface != c.subject and not c.subject_surface.endswith(("'s", "’s")):
                _join(uf, ks, see(c.subject_surface, 0, doc), "mention", c, (c.subject, c.subject_surface))
            if c.object:
                ko = see(c.object, 2, doc)
                links[ks].add(ko)
                links[ko].add(ks)
                in_claims.add(ko)
                docs_of[ko].add(c.doc)
                if c.object_kind:
                    contexts[ko].append(c.object_kind)
                if c.object_surface and c.object_surface != c.object:
                    _join(uf, ko, see(c.object_surface, 0, doc), "mention", c, (c.object, c.object_surface))
            elif c.relation in NAME_RELATIONS:
                kv = see(c.value, 0 if c.relation == "name_zh" else 1, doc)
                _join(uf, ks, kv, c.relation, c, (c.subject, c.value))
                if c.defining:
                    self.defining[kv] += 1
            elif c.relation == "type":
                self.descriptions[ks].append(c.value)
            if c.defining and c.relation in NAME_RELATIONS:
                self.defining[ks] += 0  # the subject is known; the value is the fuller name

    def result(self) -> Resolution:
        """The entities of every name seen, after the unions that follow from all documents."""
        uf, pinned = self.uf, self.pinned
        present = {_base(k) for k in uf.parent}
        for line in vocabulary.names()["well_known_aliases"]:
            keys = [name_key(n) for n in line]
            if any(k in present for k in keys):
                for n in line:
                    self._see_name(n, 0, "")
                for k in keys[1:]:
                    uf.union(keys[0], k, "well_known_alias")

        warnings: list[str] = []
        if self.curations:
            warnings += _curate(uf, self.curations, self.scoped, pinned)
        for sk, qualified, rule in self.local:
            if sk in uf.parent and qualified in uf.parent:
                uf.union(sk, qualified, rule)
        _derived_unions(uf, self.docs_of, self.home)
        _rejoin(uf, self.kinds, self.docs_of, self.home, self.links)
        res = _entities(uf, self.spellings, self.defining, self.contexts, self.descriptions, self.in_claims, pinned)
        res.scoped = {kd: sk for kd, sk in self.scoped.items() if sk in res.key_to_id}
        res.registry = _registry(res.key_to_id)
        res.warnings = warnings
        for (k, _doc), sk in sorted(res.scoped.items()):  # a name alone: what it means in the first document
            res.key_to_id.setdefault(k, res.key_to_id[sk])
        res.merges = [m for m in uf.log if m.key_a in res.key_to_id]
        res.spelled = {k: _spelling(self.spellings[k], k) for m in res.merges for k in (m.key_a, m.key_b)}
        return res


def _spelling(written: Counter, key: str) -> str:
    """The most frequent way a key was written (ties: the first in sort order)."""
    return min(written, key=lambda n: (-written[n], n)) if written else key


def _curate(uf: _UnionFind, curations: Curations, scoped: dict[tuple[str, str], str],
            pinned: Mapping[str, str]) -> list[str]:
    """Apply the analyst's ``distinct`` and ``merge`` entries; return warnings for names that
    match nothing (a name is any spelling the build saw, or an entity id it pinned)."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for (k, _doc), sk in scoped.items():
        by_base[k].append(sk)
    of_id: dict[str, list[str]] = defaultdict(list)
    for k, eid in pinned.items():
        of_id[eid].append(k)

    def keys_for(name: str) -> list[str]:
        k = name_key(name)
        found = ([k] if k in uf.parent else []) + [sk for sk in sorted(by_base.get(k, ())) if sk in uf.parent]
        return found or [x for x in sorted(of_id.get(name.strip(), ())) if x in uf.parent]

    warnings = []
    for a, b, entry in curations.distinct:
        ka, kb = keys_for(a), keys_for(b)
        if not ka or not kb:
            warnings.append(f"{entry.where()}: distinct: no entity is called {(a if not ka else b)!r}")
        uf.apart += [(x, y) for x in ka for y in kb if (x, y) not in uf.apart]  # ids as names
    for a, b, entry in curations.merges:
        ka, kb = keys_for(a), keys_for(b)
        if not ka or not kb:
            warnings.append(f"{entry.where()}: merge: no entity is called {(a if not ka else b)!r}")
            continue
        for x in ka[1:] + kb:
            uf.union(ka[0], x, "curated", names=(a, b), note=entry.note())
    return warnings


def _all_keys(name: str, scoped: dict[tuple[str, str], str]) -> list[str]:
    """The key of a name and its keys read within documents."""
    k = name_key(name)
    return [k] + sorted(sk for (base, _doc), sk in scoped.items() if base == k)


def _unqualified(key: str) -> list[tuple[str, str]]:
    """The bare names a country qualifies in ``key``, with the rule that links them:
    ``"elbonian x y"``, ``"elbonia's x y"``, ``"x y (elbonia)"`` -> ``"x y"``;
    ``"x y of the z of elbonia"`` -> ``"x y"``, ``"x y of the z"``.

    >>> _unqualified("ministry of public security of vietnam")
    [('ministry of public security', 'qualified_name')]
    """
    out: list[tuple[str, str]] = []
    if not countries_in(key):
        return out
    m = _COUNTRY_PAREN.search(key)
    if m and countries_in(m.group(1)):
        out.append((key[:m.start()], "qualified_name"))
    words = key.split()
    for n in (1, 2, 3):
        if len(words) - n >= 2 and countries_in(" ".join(words[:n])) and not countries_in(" ".join(words[n:])):
            out.append((" ".join(words[n:]), "qualified_name"))
            break
    for mm in _OF.finditer(key):
        head, tail = key[:mm.start()], key[mm.end():]
        if len(head.split()) >= 2 and countries_in(tail) and not countries_in(head):
            out.append((head, "qualified_name"))
    return out


def _rejoin(uf: _UnionFind, kinds: dict[str, str], docs_of: dict[str, set[str]],
            home: dict[str, frozenset[str]], links: dict[str, set[str]]) -> None:
    """Join each name read within its document to the same name elsewhere, where that cannot
    join two bodies: a person to the same name in other documents unless their bodies are in
    different countries; a defined acronym or qualified generic name to its bare use elsewhere
    when every document that defines it means one body, of a country those documents can be in."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for sk in sorted(kinds):
        by_base[_base(sk)].append(sk)

    def home_of(k: str) -> frozenset[str]:
        return frozenset().union(*(home.get(d, frozenset()) for d in docs_of.get(k, ())))

    def fits(a: frozenset[str], b: frozenset[str]) -> bool:
        return not a or not b or bool(a & b)

    for base, sks in by_base.items():
        if kinds[sks[0]] == "person":
            items = ([base] if base in uf.parent else []) + sks
            clusters: list[tuple[str, set[str]]] = []
            for x in items:
                # the countries of the bodies the person is linked to (not the document's: a
                # page from one country often names people of another)
                where = frozenset().union(*(uf.countries[uf.find(o)] for o in links.get(x, ()) if o in uf.parent))
                for rep, seen in clusters:
                    if fits(where, frozenset(seen)) and uf.union(rep, x, "same_name"):
                        seen |= where
                        break
                else:
                    clusters.append((x, set(where)))
        elif base in uf.parent:
            roots = {uf.find(x) for x in sks}
            if len(roots) == 1 and fits(home_of(base), uf.countries[next(iter(roots))]):
                uf.union(base, sks[0], "same_acronym" if kinds[sks[0]] == "acronym" else "same_name")


@functools.lru_cache(maxsize=1 << 18)
def _key_of(name: str) -> str:
    """The name key of a name with at least one letter or digit, else ``""``."""
    return name_key(name) if _NAMEISH.search(name or "") else ""


def _join(uf: _UnionFind, a: str, b: str, rule: str, claim: Claim, names: tuple[str, str]) -> None:
    if a and b:
        uf.union(a, b, rule, claim, names)


def _derived_unions(uf: _UnionFind, docs_of: dict[str, set[str]] | None = None,
                    home: dict[str, frozenset[str]] | None = None) -> None:
    """Unions that follow from the shape of names (see the module docstring); names read
    within their document take no part (they join in :func:`_rejoin`)."""
    docs_of = docs_of if docs_of is not None else {}
    home = home if home is not None else {}
    keys = sorted(k for k in uf.parent if SCOPE not in k)  # unions join keys, never add them: the same in every round
    known = set(keys)
    by_letter = _by_first_letter(keys)
    for _ in range(3):
        changed = False
        # country words and demonyms ("chinese x", "amaran x" = "x" when "x" is known)
        demonym = re.compile(vocabulary.names()["demonym"])
        for k in keys:
            lk = _loose(k)
            if lk != k and lk in known and _fits_home(uf, k, lk, docs_of, home):
                changed |= uf.union(k, lk, "country_word")
            pm = _COUNTRY_PAREN.search(k)
            if pm and k[:pm.start()] in known and countries_in(pm.group(1)) \
                    and _fits_home(uf, k, k[:pm.start()], docs_of, home):
                changed |= uf.union(k, k[:pm.start()], "country_word")
            words = k.split()
            for i, w in enumerate(words[:-1]):
                if demonym.match(w) and (i == 0 or words[i - 1] in ("of", "the")):
                    cand = " ".join(words[:i] + words[i + 1:])
                    if cand in known and len(words) - 1 >= 2 and _org_key(cand) \
                            and _fits_home(uf, k, cand, docs_of, home):
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
                tail = k[mm.end():]
                if (_STATE_TAIL.search(tail) or countries_in(tail)) \
                        and not docs_of.get(head, set()) <= docs_of.get(k, set()):
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


def _fits_home(uf: _UnionFind, qualified: str, bare: str, docs_of: dict[str, set[str]],
               home: dict[str, frozenset[str]]) -> bool:
    """Whether the documents that name ``bare`` can mean the country ``qualified`` names
    (those documents' home countries include it, or they have none)."""
    where = uf.countries[uf.find(qualified)]
    homes = frozenset().union(*(home.get(d, frozenset()) for d in docs_of.get(bare, ())))
    return not where or not homes or bool(where & homes)


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


def _pins(groups: dict[str, list[str]], pinned: Mapping[str, str]) -> dict[str, str]:
    """root -> the id its names were pinned to: the id most of them had (ties: the smaller
    id); when two groups want one id, the one with more names pinned to it (ties: the first)."""
    wants: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for root, keys in groups.items():
        votes = Counter(pinned[k] for k in keys if k in pinned)
        if votes:
            eid, n = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            wants[eid].append((-n, min(keys), root))
    return {min(cands)[2]: eid for eid, cands in wants.items()}


def _entities(uf, spellings, defining, contexts, descriptions, in_claims, pinned: Mapping[str, str]) -> Resolution:
    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    groups = {r: ks for r, ks in uf.groups().items() if any(k in in_claims for k in ks)}
    pins = _pins(groups, pinned) if pinned else {}
    taken: set[str] = set(pinned.values())
    for root in sorted(groups, key=lambda r: min(groups[r])):
        keys = groups[root]
        names = sorted({n for k in keys for n in spellings[k]})
        if not names:
            continue
        if len(names) == 1:  # most entities: one name, nothing to choose
            label = names[0]
        else:
            weight: dict[str, int] = {}   # a name key -> how often it was written, in any document's scope
            defined: dict[str, int] = {}
            for k in keys:
                b = _base(k)
                weight[b] = weight.get(b, 0) + sum(spellings[k].values())
                defined[b] = defined.get(b, 0) + defining.get(k, 0)
            label = _choose_label(names, weight, defined)
        ctx = [c for k in keys for c in contexts[k]]
        desc = [d for k in keys for d in descriptions[k]]
        kind = guess_kind(label, desc, ctx)
        eid = pins.get(root, "")
        if not eid:
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
    _disambiguate_labels(entities)
    return Resolution(entities=entities, key_to_id=key_to_id)


def _country_disambiguated(name: str, label: str) -> bool:
    """Whether ``name`` is ``label (Country)``."""
    m = _COUNTRY_PAREN.search(name)
    return m is not None and strip_disambiguator(name) == label and bool(countries_in(m.group(1)))


def _disambiguate_labels(entities: dict[str, Entity]) -> None:
    """Two entities with one label ("Ministry of X" of two countries) are labelled by the name
    that keeps them apart ("Ministry of X (Vietnam)"), where they have one."""
    by_label: dict[str, list[Entity]] = defaultdict(list)
    for e in entities.values():
        by_label[e.label.casefold()].append(e)
    for same in by_label.values():
        if len(same) < 2:
            continue
        for e in same:
            apart = sorted(n for n in e.names if _country_disambiguated(n, e.label))
            if apart:
                e.aliases = [a for a in e.aliases if a != apart[0]] + [e.label]
                e.label = apart[0]


def _registry(key_to_id: dict[str, str]) -> list[tuple[str, str, str]]:
    """``(id, name key, document)`` rows, sorted (document: where the key is read within one
    document, else ``""``)."""
    rows = []
    for k, eid in key_to_id.items():
        key, _, doc = k.partition(SCOPE)
        rows.append((eid, key, doc))
    return sorted(rows)


def pinned_from(rows: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """``pinned`` for :func:`resolve` from the rows of a build's ``Resolution.registry``.

    >>> pinned_from([("bureau-of-tests", "bot", "a.txt"), ("bureau-of-tests", "bureau of tests", "")])
    {'bot\\x1fa.txt': 'bureau-of-tests', 'bureau of tests': 'bureau-of-tests'}
    """
    return {(f"{key}{SCOPE}{doc}" if doc else key): eid for eid, key, doc in rows}


def _choose_label(names: list[str], weight: dict[str, int], defining: dict[str, int]) -> str:
    nat = tuple(w + " " for w in vocabulary.names()["nationality_words"])

    def score(n: str) -> tuple:
        k = name_key(n)
        s = 0.0
        s += 6 * defining.get(k, 0)
        s += weight.get(k, 0)
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
