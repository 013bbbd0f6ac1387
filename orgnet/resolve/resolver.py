"""The resolve stage run over claims: :func:`resolve`, and :class:`Resolver` a document at a time."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from .. import vocabulary
from ..countries import countries_in, country_name
from ..errors import InputError

if TYPE_CHECKING:
    from ..curate import Curations
    from ..extract import Claim
from ..names import name_key
from .entities import Resolution, _claimed, _each_entity, _entities, _pins
from .merges import (
    _ACRONYM,
    SCOPE,
    _all_keys,
    _base,
    _curate,
    _derived_unions,
    _generic_key,
    _join,
    _key_of,
    _org_key,
    _rejoin,
    _same_country_relations,
    _spelling,
    _UnionFind,
    _unqualified,
    _word_order_unions,
)
from .namestore import NameStore
from .stored import ResolutionWriter, StoredResolution, TakenIds

__all__ = ["Resolver", "resolve"]


NAME_RELATIONS = ("alias", "former_name", "name_zh")

#: the counts :meth:`Resolver.see` gathers before it adds them to its store: a few megabytes
FLUSH_AT = 32_768


def resolve(
    claims: list[Claim], pinned: Mapping[str, str] | None = None, curations: Curations | None = None
) -> Resolution:
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


def _setting(claims: Sequence[Claim]) -> frozenset[str]:
    """The state a document's claims are set in: the one country its claims' sentences name most
    often (each sentence once), in two sentences at least and more often than any other; else
    none (a country named once may be a place in passing, or a person's name).

    >>> from orgnet.extract import Claim
    >>> def c(text):
    ...     return Claim(doc="a", subject="Tide Office", relation="leads", object="Ada Li", context=text)
    >>> sorted(_setting([c("Norway's Tide Office."), c("It reports to Norway's king.")])), sorted(_setting([c("Chad")]))
    (['NO'], [])
    """
    count: Counter = Counter()
    for ctx in {c.context for c in claims if c.context}:
        count.update(countries_in(ctx))
    ranked = count.most_common(2) + [("", 0)]
    return frozenset([ranked[0][0]]) if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1] else frozenset()


@functools.lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """The words that stand for a name (``anaphora`` of vocab/names.yaml, casefolded)."""
    return frozenset(w.casefold() for words in vocabulary.names()["anaphora"].values() for w in words)


class Resolver:
    """:func:`resolve` a document at a time: :meth:`scope` each document's claims, then
    :meth:`see` each document's claims (in the same order), then :meth:`result`; or, for a
    resolver made with a ``path``, :meth:`save`: the resolution written into that database file
    as it is made (what ``orgnet build`` does in its resolve child). What it keeps in memory grows
    with the distinct names (the union-find over name keys), not with the claims; the counts per
    name key, the names read within each document, a person's links and the merge log wait in
    its store on disk (:mod:`orgnet.resolve.namestore`).

    >>> from orgnet.extract import Claim
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

    def __init__(
        self, pinned: Mapping[str, str] | None = None, curations: Curations | None = None, path: str = ""
    ) -> None:
        self.pinned = pinned or {}
        self.curations = curations
        self.local: list[tuple[str, str, str]] = []
        self.home: dict[str, frozenset[str]] = {}
        self._homes: dict[frozenset[str], frozenset[str]] = {}
        # per key, how it was written, the documents naming it in a claim's slot and the kinds the
        # claims named it as, and the merge log: on disk (they grow with the corpus), added a
        # document at a time; in the file at ``path`` when given (see :meth:`save`)
        self.store = NameStore(path)
        # (name key, document) -> the key read within that document, and its kind: on disk
        self.scoped = self.store.scoped
        self.uf = _UnionFind(self.store.log)
        self._spelled: dict[tuple[str, str], int] = {}  # (key, how it was written) -> times, until added
        self._docs: set[tuple[str, str]] = set()
        self._kinds: dict[tuple[str, str], int] = {}
        self._links: set[tuple[str, str]] = set()  # (a person's key, a key it is linked to), until added
        self.defining: Counter = Counter()
        # what "type" claims said a key is (each once)
        self.descriptions: dict[str, dict[str, None]] = defaultdict(dict)
        self.in_claims: set[str] = set()
        # a key of a person's name (scoped or bare) -> the keys it is linked to in its document:
        # what tells two people of one name apart (kept only for the names read as a person's; in
        # the store, store.links)
        self.person_names: set[str] = set()
        # a generic name ("Special Branch") -> document -> the countries of the bodies that
        # document places it under or over (a same_country relation): what tells two bodies of
        # one generic name apart. The names two documents place in different countries are
        # `contested`: read within each document, then rejoined by country (merges._rejoin).
        self.evidence: dict[str, dict[str, frozenset[str]]] = {}
        self.contested: frozenset[str] = frozenset()
        self.where: dict[str, frozenset[str]] = {}  # a contested name's key in one document -> its countries
        self._seeing = False

    def scope(self, doc: str, claims: Sequence[Claim]) -> None:
        """Read the names of one document's claims within it: a person, an acronym the document
        defines (``Full Name (ABBR)``) and a generic name the document also gives qualified by a
        country ("Ministry of X" beside "Ministry of X of Elbonia") get a key of their own there;
        the document's home countries are those its names mention most. A generic name the
        document places under or over a body of some country (a ``same_country`` relation) is
        noted with that country: where two documents place it in different countries, every
        document reads it as its own (:meth:`see`), to be rejoined by country."""
        here = self.scoped.kinds_of(doc)  # what an earlier call read within this document
        new: list[str] = []

        def scope(k: str, kind: str) -> str:
            if k not in here:
                here[k] = (f"{k}{SCOPE}{doc}", kind)
                new.append(k)
            sk, kind = here[k]
            if kind == "person":
                self.person_names.add(k)
            return sk

        keys: Counter = Counter()
        persons: set[str] = set()
        acronyms: set[str] = set()
        placed: dict[str, set[str]] = {}
        same_country = _same_country_relations()
        for c in claims:
            if c.object and c.relation in same_country:
                ks, ko = _key_of(c.subject), _key_of(c.object)
                for a, b in ((ks, ko), (ko, ks)):
                    if _generic_key(a) and countries_in(b):
                        placed.setdefault(a, set()).update(countries_in(b))
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
        home = frozenset(country for country, n in count.items() if n == top)
        self.home[doc] = self._homes.setdefault(home, home)  # one object per set: most are alike
        unplaced = [k for k in keys if k not in placed and _generic_key(k)]
        # (the state its names name most, else the one its sentences name most)
        setting = (home if len(home) == 1 else _setting(claims)) if unplaced else frozenset()
        for k in unplaced if setting else ():
            # "the National Intelligence Agency" on a page whose sentences name one state: that state's
            placed[k] = set(setting)
        for k, where in placed.items():
            self.evidence.setdefault(k, {})[doc] = frozenset(where)
        for k in sorted(persons):
            scope(k, "person")
        for k in sorted(acronyms - persons):
            scope(k, "acronym")
        qualified: dict[str, list[tuple[str, str]]] = {}
        for k2 in sorted(keys):
            for bare, rule in _unqualified(k2):
                if bare in keys and bare not in persons and bare not in acronyms and _org_key(bare):
                    qualified.setdefault(bare, []).append((k2, rule))
                    break
        for bare, forms in qualified.items():
            if len({countries_in(k2) for k2, _ in forms}) > 1:
                # "Ministry of X" beside "Ministry of X of A" and "... of B" (its successors in two states):
                # the bare name is the one of the page's own country, if any
                forms = [(k2, rule) for k2, rule in forms if countries_in(k2) & home]
            for k2, rule in forms:
                self.local.append((scope(bare, "generic"), k2, rule))
        self.scoped.add(doc, [(k, *here[k]) for k in new])

    def _see_name(self, name: str, weight: int, doc: str) -> str:
        k = _key_of(name)
        if k:
            here = self.scoped.of(doc).get(k)
            if here is None and k in self.contested and doc:  # a contested generic name: read here
                here = f"{k}{SCOPE}{doc}"
                self.scoped.add(doc, [(k, here, "contested")])
                self.where[here] = self.evidence[k].get(doc) or self.home.get(doc, frozenset())
            if here and len(where := self.where.get(here, ())) == 1:
                # a contested name in one state: "National Intelligence Agency (Indonesia)", a name that
                # tells it apart from its namesakes where they share a label (entities._tell_apart)
                sq = (here, f"{name.strip()} ({country_name(next(iter(where)))})")
                self._spelled[sq] = self._spelled.get(sq, 0)
            k = here or k
            self.uf.add(k)
            sk = (k, name.strip())
            self._spelled[sk] = self._spelled.get(sk, 0) + weight
        return k

    def _flush(self) -> None:
        """Add the counts gathered since the last flush to the store."""
        self.store.add(self._spelled, self._docs, self._kinds, self._links)
        self._spelled, self._docs, self._kinds, self._links = {}, set(), {}, set()

    def see(self, claims: Iterable[Claim]) -> None:
        """Take the names of claims (after :meth:`scope` had every document): their keys,
        spellings and kinds, and the unions a document's own words make."""
        uf, see = self.uf, self._see_name
        pronouns = _pronouns()  # ("he" stands for a name; it is no name of its own)
        if not self._seeing:
            self._seeing = True
            self.contested = frozenset(
                k
                for k, by_doc in self.evidence.items()
                if any(not a & b for a, b in combinations(set(by_doc.values()), 2))
            )
            self.evidence = {k: self.evidence[k] for k in self.contested}
            if self.curations:  # kept apart from the first union on
                uf.apart = [
                    (x, y)
                    for a, b, _ in self.curations.distinct
                    for x in _all_keys(a, self.scoped.keys_of)
                    for y in _all_keys(b, self.scoped.keys_of)
                ]
        in_claims, docs, contexts, links, people = (
            self.in_claims,
            self._docs,
            self._kinds,
            self._links,
            self.person_names,
        )
        for c in claims:
            doc = c.doc
            ks = see(c.subject, 2, doc)
            in_claims.add(ks)
            docs.add((ks, c.doc))
            if c.subject_kind:
                contexts[(ks, c.subject_kind)] = contexts.get((ks, c.subject_kind), 0) + 1
            if (
                c.subject_surface
                and c.subject_surface != c.subject
                and not c.subject_surface.endswith(("'s", "’s"))
                and c.subject_surface.casefold() not in pronouns
            ):
                _join(uf, ks, see(c.subject_surface, 0, doc), "mention", c, (c.subject, c.subject_surface))
            if c.object:
                ko = see(c.object, 2, doc)
                if _base(ks) in people:
                    links.add((ks, ko))
                if _base(ko) in people:
                    links.add((ko, ks))
                in_claims.add(ko)
                docs.add((ko, c.doc))
                if c.object_kind:
                    contexts[(ko, c.object_kind)] = contexts.get((ko, c.object_kind), 0) + 1
                if c.object_surface and c.object_surface != c.object and c.object_surface.casefold() not in pronouns:
                    _join(uf, ko, see(c.object_surface, 0, doc), "mention", c, (c.object, c.object_surface))
            elif c.relation in NAME_RELATIONS:
                kv = see(c.value, 0 if c.relation == "name_zh" else 1, doc)
                _join(uf, ks, kv, c.relation, c, (c.subject, c.value))
                if c.defining:
                    self.defining[kv] += 1
            elif c.relation == "type":
                self.descriptions[ks][c.value] = None
            if c.defining and c.relation in NAME_RELATIONS:
                self.defining[ks] += 0  # the subject is known; the value is the fuller name
        if len(self._spelled) + len(docs) >= FLUSH_AT:  # (the rest when the unions begin)
            self._flush()

    def _unions(self) -> list[str]:
        """The unions that follow from all documents (and the analyst's curations: the warnings of
        those that named nothing); then what only the unions read is let go."""
        uf, pinned = self.uf, self.pinned
        present = {_base(k) for k in uf.parent}
        for line in vocabulary.names()["well_known_aliases"]:
            keys = [name_key(n) for n in line]
            if any(k in present for k in keys):
                for n in line:
                    self._see_name(n, 0, "")
                for k in keys[1:]:
                    uf.union(keys[0], k, "well_known_alias")
        del present
        self._flush()
        _key_of.cache_clear()  # every claim's names are seen: its cache would only hold memory now

        warnings: list[str] = []
        if self.curations:
            warnings += _curate(uf, self.curations, self.scoped.keys_of, pinned)
        for sk, qualified, rule in self.local:
            if sk in uf.parent and qualified in uf.parent:
                uf.union(sk, qualified, rule)
        store = self.store
        _word_order_unions(uf, store.docs_of, self.home)
        _derived_unions(uf, store.docs_of, self.home)
        _rejoin(uf, self.scoped.by_base(), store.docs_of, self.home, store.links, self.where)
        # let go of what only the unions read before the entities are made (the peak of resolution)
        self.home, self._homes, self.local, self.where, self.evidence = {}, {}, [], {}, {}
        self.person_names = set()
        return warnings

    def result(self) -> Resolution:
        """The entities of every name seen, after the unions that follow from all documents.
        Once: what the resolver kept is let go as the entities are made."""
        warnings = self._unions()
        uf, store = self.uf, self.store
        res = _entities(
            uf, store.spellings, self.defining, store.contexts, self.descriptions, self.in_claims, self.pinned
        )
        self.descriptions, self.in_claims = defaultdict(dict), set()
        res.scoped = {kd: sk for kd, sk in self.scoped.items() if sk in res.key_to_id}
        res.warnings = warnings
        for (k, _doc), sk in sorted(res.scoped.items()):  # a name alone: what it means in the first document
            if k not in res.key_to_id:
                res.key_to_id[k] = res.key_to_id[sk]
                res.by_default.add(k)
        res.merges = [m for m in uf.log if m.key_a in res.key_to_id]
        res.spelled = {k: _spelling(store.spellings[k], k) for m in res.merges for k in (m.key_a, m.key_b)}
        store.close()
        return res

    def save(self) -> StoredResolution:
        """:meth:`result`, written into the database file of the resolver's store (the ``path`` it
        was made with) as it is made, not held: each entity and its name keys as the entities are
        made, the names read within a document, the merge log, which the store has held from the
        start (:mod:`orgnet.resolve.stored`). Once; the store is closed."""
        store = self.store
        if not store.path:
            raise InputError("Resolver.save needs a resolver made with a path")
        warnings = self._unions()
        out = ResolutionWriter(store.db)
        out.scoped()
        out.keep_groups((self.uf.find(k), k) for k in list(self.uf.parent))
        self.uf = _UnionFind(store.log)  # the groups are on disk: let go of the union-find
        pins = _pins(_claimed(out.groups(), self.in_claims), self.pinned) if self.pinned else {}
        taken = TakenIds(store.db, self.pinned.values())
        found = _each_entity(
            _claimed(out.groups(), self.in_claims),
            store.spellings,
            self.defining,
            store.contexts,
            self.descriptions,
            pins,
            taken,
        )
        n = out.entities(found, taken)
        self.descriptions, self.in_claims = defaultdict(dict), set()
        store.log.flush()
        out.finish(lambda k: _spelling(store.spellings[k], k))
        store.close()
        return StoredResolution(store.path, n, warnings)
