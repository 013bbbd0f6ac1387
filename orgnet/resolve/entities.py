"""Groups of names become entities: stable ids from labels, the label chosen, aliases, pins from earlier builds."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Protocol

from .. import vocabulary
from ..countries import countries_in
from ..names import COUNTRY_PAREN, name_key, slugify, strip_disambiguator
from ..read.infobox import has_cjk
from .kinds import guess_kind
from .merges import _ACRONYM, _PINYIN_RUN, _TONE_MARK, SCOPE, Merge, _base, _loose

__all__ = ["Entity", "Resolution", "pinned_from"]


@dataclass(slots=True)
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
    merges: Iterable[Merge] = field(default_factory=list)  # the unions, in the order they were made
    spelled: dict[str, str] = field(default_factory=dict)  # a key of a merge -> how it was most often written
    scoped: dict[tuple[str, str], str] = field(default_factory=dict)  # (key, document) -> the key there
    warnings: list[str] = field(default_factory=list)  # curations that matched nothing, naming their line
    # keys in key_to_id only as the name alone of a name read within its documents (not registered)
    by_default: set[str] = field(default_factory=set)

    @property
    def registry(self) -> list[tuple[str, str, str]]:
        """``(id, name key, document)`` of every name, sorted (document: where the key is read
        within one document, else ``""``): the rows of ``entity_ids.csv``, made when asked for."""
        return _registry({k: eid for k, eid in self.key_to_id.items() if k not in self.by_default})

    def registry_rows(self) -> Iterator[tuple[str, str, str]]:
        """The rows of :attr:`registry`, in its order."""
        return iter(self.registry)

    def ids_in(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """The entity id of each ``(name key, document)`` that has one: what the key means in that
        document (:meth:`id_of` of many names at once, by key).

        >>> Resolution({}, {"bot": "bureau-of-tests"}).ids_in([("bot", "a.txt"), ("x", "a.txt")])
        {('bot', 'a.txt'): 'bureau-of-tests'}
        """
        key_to_id, scoped = self.key_to_id, self.scoped
        out = {}
        for k, doc in pairs:
            eid = key_to_id.get(scoped.get((k, doc), k))
            if eid is not None:
                out[(k, doc)] = eid
        return out

    def id_of(self, name: str, doc: str | None = None) -> str | None:
        """The id of the entity called ``name`` (any spelling orgnet saw), or ``None``; with
        `doc`, the entity that name means in that document (an acronym the document defines,
        a person, a generic name the document qualifies by a country)."""
        k = name_key(name)
        if doc is not None:
            k = self.scoped.get((k, doc), k)
        return self.key_to_id.get(k)


def _pins(groups: Iterable[tuple[str, list[str]]], pinned: Mapping[str, str]) -> dict[str, str]:
    """root -> the id its names were pinned to (``groups``: each root with its keys): the id most
    of them had (ties: the smaller id); when two groups want one id, the one with more names
    pinned to it (ties: the first)."""
    wants: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for root, keys in groups:
        votes = Counter(pinned[k] for k in keys if k in pinned)
        if votes:
            eid, n = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            wants[eid].append((-n, min(keys), root))
    return {min(cands)[2]: eid for eid, cands in wants.items()}


class Taken(Protocol):
    """The entity ids given so far (and those pinned): ``in`` and ``add``, as a set has."""

    def __contains__(self, eid: object, /) -> bool: ...

    def add(self, eid: str, /) -> None: ...


def _each_entity(
    groups: Iterable[tuple[str, list[str]]],
    spellings,
    defining,
    contexts,
    descriptions,
    pins: Mapping[str, str],
    taken: Taken,
) -> Iterator[tuple[Entity, list[str]]]:
    """Each group of names (``groups``: its root and its keys, sorted, in the order of the
    groups' first keys) as an entity (its label, kind, aliases and id: pinned, ``pins``, or
    the slug of its label), with its name keys; ``taken`` gets each id given."""
    for root, keys in groups:
        names = sorted({n for k in keys for n in spellings[k]})
        if not names:
            continue
        if len(names) == 1:  # most entities: one name, nothing to choose
            label = names[0]
        else:
            weight: dict[str, int] = {}  # a name key -> how often it was written, in any document's scope
            defined: dict[str, int] = {}
            for k in keys:
                b = _base(k)
                weight[b] = weight.get(b, 0) + sum(spellings[k].values())
                defined[b] = defined.get(b, 0) + defining.get(k, 0)
            label = _choose_label(names, weight, defined)
        ctx = [c for k in keys for c in contexts[k].elements()]  # in the order first seen, as counted
        desc = [d for k in keys for d in descriptions[k]]
        kind = guess_kind(label, desc, ctx)
        eid = pins.get(root, "")
        if not eid:
            base = slugify(label)
            eid, n = base, 2
            while eid in taken:
                eid, n = f"{base}-{n}", n + 1
            taken.add(eid)
        aliases: list[str] = []
        for nm in names:
            k2 = nm.casefold()
            if name_key(nm) == name_key(label) and nm == label:
                continue
            if k2 in {a.casefold() for a in aliases} or nm == label:
                continue
            aliases.append(nm)
        yield Entity(id=eid, label=label, kind=kind, aliases=aliases, names=names), keys


def _claimed(groups: Iterable[tuple[str, list[str]]], in_claims) -> Iterator[tuple[str, list[str]]]:
    """The groups with a key named in a claim."""
    return ((r, keys) for r, keys in groups if any(k in in_claims for k in keys))


def _entities(uf, spellings, defining, contexts, descriptions, in_claims, pinned: Mapping[str, str]) -> Resolution:
    groups = uf.groups()
    for r in [r for r, ks in groups.items() if not any(k in in_claims for k in ks)]:
        del groups[r]  # (in place: a second dict of every group would be the peak of resolution)
    pins = _pins(groups.items(), pinned) if pinned else {}
    # let go as the entities are made: they hold every name key again
    ordered = ((r, groups.pop(r)) for r in sorted(groups, key=lambda r: min(groups[r])))
    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    taken: set[str] = set(pinned.values())
    for e, keys in _each_entity(ordered, spellings, defining, contexts, descriptions, pins, taken):
        entities[e.id] = e
        for k in keys:
            key_to_id[k] = e.id
    _disambiguate_labels(entities)
    return Resolution(entities=entities, key_to_id=key_to_id)


def _country_disambiguated(name: str, label: str) -> bool:
    """Whether ``name`` is ``label (Country)``."""
    m = COUNTRY_PAREN.search(name)
    return m is not None and strip_disambiguator(name) == label and bool(countries_in(m.group(1)))


def _disambiguate_labels(entities: dict[str, Entity]) -> None:
    """Two entities with one label ("Ministry of X" of two countries) are labelled by the name
    that keeps them apart ("Ministry of X (Vietnam)"), where they have one."""
    by_label: dict[str, list[Entity]] = defaultdict(list)
    for e in entities.values():
        by_label[e.label.casefold()].append(e)
    for same in by_label.values():
        if len(same) >= 2:
            _tell_apart(same)


def _tell_apart(same: list[Entity]) -> list[Entity]:
    """Of entities with one label, those relabelled by the name that keeps them apart (changed
    in place); see :func:`_disambiguate_labels`."""
    changed = []
    for e in same:
        apart = sorted(n for n in e.names if _country_disambiguated(n, e.label))
        if apart:
            e.aliases = [a for a in e.aliases if a != apart[0]] + [e.label]
            e.label = apart[0]
            changed.append(e)
    return changed


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
