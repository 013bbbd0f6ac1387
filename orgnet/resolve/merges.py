"""The union-find over name keys and the rules that join two names (:data:`RULES`), each join a :class:`Merge`."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Protocol

from .. import vocabulary
from ..countries import countries_in
from ..lexicon import compiled, is_organ

if TYPE_CHECKING:
    from ..curate import Curations
    from ..extract import Claim
from ..names import COUNTRY_PAREN, initials_match, name_key
from .key_index import by_first_letter, by_first_word

__all__ = ["Merge", "RULES"]


#: why two names were joined: rule -> what it means (the ``rule`` column of ``merges``)
RULES: dict[str, str] = {
    "alias": 'a document gives one as another name of the other (an abbreviation, "also known as")',
    "former_name": "a document gives one as the other's former name",
    "name_zh": "a document gives one as the other's Chinese name",
    "mention": "a sentence names the body one way and orgnet read it as the other",
    "country_word": 'the names differ only by a country word ("Chinese X" / "X")',
    "word_order": 'the names differ only in word order or in the stops of initials ("Department of the X" / '
    '"X Department", "U.S." / "US")',
    "abbreviation_head": '"ABBR Head" is "Head of the <ABBR\'s full name>"',
    "part_of_name": '"A of the B" where A is already a known name',
    "organ_of_alias": 'one body\'s organ named after two of the body\'s names ("Politburo of the PTM" / "Politburo of '
    'the Popular Tide Movement")',
    "acronym_initials": "an otherwise unknown acronym spells exactly this name's initials",
    "place_acronym": 'a place and an acronym ("Ulton PSB") spell exactly one name that opens with the place '
    '("Ulton Municipal Public Security Bureau")',
    "well_known_alias": "one line of well_known_aliases in vocab/names.yaml",
    "qualified_name": "one document names the body both bare and qualified by its country",
    "same_name": "the same name in two documents, where nothing puts them in different countries",
    "same_acronym": "an acronym used without its full name, which every document that defines it gives as this body",
    "curated": "an analyst said so in curations.yaml",
}


#: rules that infer a union from the shape of names: never across countries
_GUARDED = frozenset(
    {
        "country_word",
        "word_order",
        "abbreviation_head",
        "part_of_name",
        "organ_of_alias",
        "acronym_initials",
        "place_acronym",
        "same_name",
        "same_acronym",
    }
)


class DocsOf(Protocol):
    """A name key -> the documents that name it (or the keys a person's name is linked to):
    ``get(key, default)``, as a dict of sets has (:attr:`orgnet.resolve.namestore.NameStore.docs_of`)."""

    def get(self, key: str, default: Any, /) -> Any: ...


#: between a name key and the document it is scoped to
SCOPE = "\x1f"


def _base(key: str) -> str:
    """A key without its document scope."""
    return key.split(SCOPE, 1)[0]


class ClaimRef(NamedTuple):
    """What a union keeps of the claim that justified it: what the merges table shows (a whole
    :class:`~orgnet.extract.Claim`, context and all, per union would grow with the corpus)."""

    doc: str
    claim_id: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Merge:
    """One union of two names: the rule that made it and, for a document's word, its claim."""

    key_a: str
    key_b: str
    rule: str
    claim: ClaimRef | None = None
    name_a: str = ""  # the two names as the claim wrote them ("": as the keys were most often written)
    name_b: str = ""
    note: str = ""  # a curated union: the analyst's reason, name and line


class UnionLog(Protocol):
    """Where the unions go as they are made: a list, or a table on disk
    (:class:`orgnet.resolve.namestore.MergeLog`)."""

    def append(self, m: Merge, /) -> None: ...

    def __iter__(self) -> Iterator[Merge]: ...

    def __len__(self) -> int: ...


class _UnionFind:
    """Groups of name keys, the countries each group's names mention, and why groups were joined
    (``log``: a list unless another :class:`UnionLog` is given)."""

    def __init__(self, log: UnionLog | None = None) -> None:
        self.parent: dict[str, str] = {}
        self.log: UnionLog = log if log is not None else []
        self.countries: dict[str, frozenset[str]] = {}  # root -> countries its names mention (roots only)
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

    def union(
        self, a: str, b: str, rule: str, claim: Claim | None = None, names: tuple[str, str] = ("", ""), note: str = ""
    ) -> bool:
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
        self.countries[ra] = ca | cb if cb - ca else ca
        del self.countries[rb]  # only a root's countries are read
        ref = None
        if claim is not None:
            from ..extract import claim_id  # only a build's unions have claims: the Explorer's need no parser

            ref = ClaimRef(claim.doc, claim_id(claim), claim.evidence)
        self.log.append(Merge(a, b, rule, ref, *names, note=note))
        return True

    def members(self, keys: set[str]) -> dict[str, list[str]]:
        """Each of ``keys`` -> the keys of its group, sorted (as :meth:`groups` gives them, without
        making every group)."""
        roots = {self.find(k) for k in keys}
        of: dict[str, list[str]] = {r: [] for r in roots}
        for k in sorted(self.parent):
            r = self.find(k)
            if r in roots:
                of[r].append(k)
        return {k: of[self.find(k)] for k in keys}

    def shared_roots(self) -> set[str]:
        """The roots of the groups of more than one key."""
        return {self.find(k) for k, p in self.parent.items() if p != k}

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


@functools.lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    n = vocabulary.names()
    return (
        frozenset(w.casefold() for w in n["generic_words"] + n["name_connectors"] + n["name_prepositions"])
        | _org_words()
    )


@functools.lru_cache(maxsize=1 << 16)
def _generic_key(key: str) -> bool:
    """Whether a name key says only what a body does, not which body or state it is: every word
    an organisation word, a ``generic_words`` word or a connector (``vocab/names.yaml``), and no
    country.

    >>> _generic_key("special branch"), _generic_key("ministry of public security of vietnam")
    (True, False)
    >>> _generic_key("institute of lunar dynamics"), _generic_key("ministry")
    (False, False)
    """
    words = key.split()
    return len(words) >= 2 and _org_key(key) and all(w in _generic_words() for w in words) and not countries_in(key)


@functools.lru_cache(maxsize=1)
def _same_country_relations() -> frozenset[str]:
    """The relations whose two ends are bodies of one state (``same_country`` in relations.yaml)."""
    return frozenset(r for r, spec in vocabulary.relations().items() if spec.get("same_country"))


@functools.lru_cache(maxsize=1 << 18)
def _loose(key: str) -> str:
    """``key`` without country words ("chinese x", "x of the chinese y")."""
    return _nationality_re().sub(r"\1", key)


@functools.lru_cache(maxsize=1)
def _nationality_re() -> re.Pattern:
    words = sorted((w.casefold() for w in vocabulary.names()["nationality_words"]), key=len, reverse=True)
    return re.compile(r"(^|\bof the |\bof )(?:" + "|".join(map(re.escape, words)) + r") ")


def _spelling(written: Counter, key: str) -> str:
    """The most frequent way a key was written (ties: the first in sort order)."""
    return min(written, key=lambda n: (-written[n], n)) if written else key


def _curate(
    uf: _UnionFind, curations: Curations, scoped: Callable[[str], list[str]], pinned: Mapping[str, str]
) -> list[str]:
    """Apply the analyst's ``distinct`` and ``merge`` entries; return warnings for names that
    match nothing (a name is any spelling the build saw, or an entity id it pinned). ``scoped``
    gives a name key's keys read within documents, sorted."""
    of_id: dict[str, list[str]] = defaultdict(list)
    for k, eid in pinned.items():
        of_id[eid].append(k)

    def keys_for(name: str) -> list[str]:
        k = name_key(name)
        found = ([k] if k in uf.parent else []) + [sk for sk in scoped(k) if sk in uf.parent]
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


def _all_keys(name: str, scoped: Callable[[str], list[str]]) -> list[str]:
    """The key of a name and its keys read within documents (``scoped``: a key's, sorted)."""
    k = name_key(name)
    return [k] + scoped(k)


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
    m = COUNTRY_PAREN.search(key)
    if m and countries_in(m.group(1)):
        out.append((key[: m.start()], "qualified_name"))
    words = key.split()
    for n in (1, 2, 3):
        if len(words) - n >= 2 and countries_in(" ".join(words[:n])) and not countries_in(" ".join(words[n:])):
            out.append((" ".join(words[n:]), "qualified_name"))
            break
    for mm in _OF.finditer(key):
        head, tail = key[: mm.start()], key[mm.end() :]
        if len(head.split()) >= 2 and countries_in(tail) and not countries_in(head):
            out.append((head, "qualified_name"))
    return out


def _rejoin(
    uf: _UnionFind,
    scoped: Iterable[tuple[str, list[tuple[str, str]]]],
    docs_of: DocsOf,
    home: dict[str, frozenset[str]],
    links: DocsOf,
    where: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """Join each name read within its document to the same name elsewhere, where that cannot
    join two bodies: a person to the same name in other documents unless their bodies are in
    different countries; a generic name that documents place in different countries (``where``:
    its key in a document -> that document's countries for it) to the copies of its country;
    a defined acronym or qualified generic name to its bare use elsewhere when every document
    that defines it means one body, of a country those documents can be in. ``scoped``: each
    name read within documents, with its keys there and their kinds (``person``, ``acronym``,
    ``generic``, ``contested``), sorted, the names in the order of their first keys there."""
    where = where or {}

    def home_of(k: str) -> frozenset[str]:
        return frozenset().union(*(home.get(d, frozenset()) for d in docs_of.get(k, ())))

    def fits(a: frozenset[str], b: frozenset[str]) -> bool:
        return not a or not b or bool(a & b)

    def cluster(items: list[str], country_of: Callable[[str], frozenset[str]]) -> None:
        """Join each item to the first group of earlier ones whose countries fit its own."""
        clusters: list[tuple[str, set[str]]] = []
        for x in items:
            at = country_of(x)
            for rep, seen in clusters:
                if fits(at, frozenset(seen)) and (uf.find(rep) == uf.find(x) or uf.union(rep, x, "same_name")):
                    seen |= at
                    break
            else:
                clusters.append((x, set(at)))

    for base, keys in scoped:
        sks = [sk for sk, _ in keys]
        kinds = [kind for _, kind in keys]
        items = ([base] if base in uf.parent else []) + sks
        if kinds[0] == "person":
            # the countries of the bodies the person is linked to (not the document's: a page
            # from one country often names people of another)
            cluster(
                items,
                lambda x: frozenset().union(*(uf.countries[uf.find(o)] for o in links.get(x, ()) if o in uf.parent)),
            )
        elif "contested" in kinds:
            # a copy qualified in its document has that country; the others, the countries of
            # the bodies their document places them under or over, else the document's own
            cluster(items, lambda x: uf.countries[uf.find(x)] or where.get(x, frozenset()))
        elif base in uf.parent:
            roots = {uf.find(x) for x in sks}
            if len(roots) == 1 and fits(home_of(base), uf.countries[next(iter(roots))]):
                uf.union(base, sks[0], "same_acronym" if kinds[0] == "acronym" else "same_name")


@functools.lru_cache(maxsize=1 << 18)
def _key_of(name: str) -> str:
    """The name key of a name with at least one letter or digit, else ``""``."""
    return name_key(name) if _NAMEISH.search(name or "") else ""


def _join(uf: _UnionFind, a: str, b: str, rule: str, claim: Claim, names: tuple[str, str]) -> None:
    if a and b:
        uf.union(a, b, rule, claim, names)


def _derived_unions(
    uf: _UnionFind, docs_of: DocsOf | None = None, home: dict[str, frozenset[str]] | None = None
) -> None:
    """Unions that follow from the shape of names (see the module docstring); names read
    within their document take no part (they join in :func:`_rejoin`)."""
    docs_of = docs_of if docs_of is not None else {}
    home = home if home is not None else {}
    keys = sorted(k for k in uf.parent if SCOPE not in k)  # unions join keys, never add them: the same in every round
    known = set(keys)
    by_letter = by_first_letter(keys)
    by_word = by_first_word(keys)
    sovereign = compiled()["sovereign_rx"]
    for _ in range(3):
        changed = False
        # country words and demonyms ("chinese x", "amaran x" = "x" when "x" is known)
        demonym = re.compile(vocabulary.names()["demonym"])
        for k in keys:
            lk = _loose(k)
            if lk != k and lk in known and _fits_home(uf, k, lk, docs_of, home):
                changed |= uf.union(k, lk, "country_word")
            pm = COUNTRY_PAREN.search(k)
            if (
                pm
                and k[: pm.start()] in known
                and countries_in(pm.group(1))
                and _fits_home(uf, k, k[: pm.start()], docs_of, home)
            ):
                changed |= uf.union(k, k[: pm.start()], "country_word")
            words = k.split()
            for i, w in enumerate(words[:-1]):
                if demonym.match(w) and (i == 0 or words[i - 1] in ("of", "the")):
                    cand = " ".join(words[:i] + words[i + 1 :])
                    if (
                        cand in known
                        and len(words) - 1 >= 2
                        and _org_key(cand)
                        and _fits_home(uf, k, cand, docs_of, home)
                    ):
                        changed |= uf.union(k, cand, "country_word")
        # "ABBR Head" <-> "Head of the <full>"
        heads = [(k, m) for k, m in ((k, _ABBR_HEAD.match(k)) for k in keys) if m and m.group(1) in known]
        if heads:
            members = uf.members({m.group(1) for _, m in heads})
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
                head = k[: mm.start()]
                tail = k[mm.end() :]
                if (sovereign.search(tail) or countries_in(tail)) and not docs_of.get(head, set()) <= docs_of.get(
                    k, set()
                ):
                    continue  # "ministry of x of the republic of y": a bare "ministry of x" named in other
                    # documents may be another state's; only where the full name is given is it this one
                if head in known and len(head.split()) >= 2 and _org_key(head) and not head[:1].isdigit():
                    changed |= uf.union(k, head, "part_of_name")
                    break
        changed |= _organ_unions(uf, keys, docs_of)
        changed |= _place_acronym_unions(uf, keys, by_word)
        # unknown acronyms spelled by exactly one other group (of those that had one key here)
        shared = uf.shared_roots()
        for k in keys:
            if not _ACRONYM_KEY.fullmatch(k) or uf.find(k) in shared:
                continue
            n = len(k.replace("&", ""))
            hits = {
                uf.find(o)
                for o, n_words, n_content in by_letter.get(k[0].upper(), ())
                if n_content <= n <= n_words and o != k and initials_match(o, k.upper())
            }
            if len(hits) == 1:
                changed |= uf.union(k, hits.pop(), "acronym_initials")
        if not changed:
            break


def _organ_unions(uf: _UnionFind, keys: list[str], docs_of: DocsOf) -> bool:
    """ "Politburo of the PTM" is "Politburo of the Popular Tide Movement" when the PTM and the Popular
    Tide Movement are one: a collective organ (names.yaml ``organ_words``) of one body under two of
    its names (an acronym as its documents read it). Whether a union was made."""
    first: dict[tuple[str, str], str] = {}
    changed = False
    for k in keys:
        m = _OF.search(k)
        if m is None or not is_organ(k[: m.start()]):
            continue
        tail = k[m.end() :]
        body = next(
            (t for t in [tail, *(f"{tail}{SCOPE}{d}" for d in sorted(docs_of.get(k, ())))] if t in uf.parent), ""
        )
        if not body:
            continue
        at = (k[: m.start()], uf.find(body))
        if at in first:
            changed |= uf.union(k, first[at], "organ_of_alias")
        else:
            first[at] = k
    return changed


_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){2,}")


@functools.lru_cache(maxsize=1)
def _word_order_re() -> re.Pattern:
    heads = sorted((re.escape(w.casefold()) for w in vocabulary.names()["word_order_heads"]), key=len, reverse=True)
    return re.compile(r"^(.*?)\b(" + "|".join(heads) + r") of (?:the )?(\S+(?: \S+){0,2})$")


@functools.lru_cache(maxsize=1 << 18)
def word_order_key(key: str) -> str:
    """``key`` with its initials written without stops and "HEAD of (the) X" as "X HEAD", HEAD a
    body word of ``word_order_heads`` (``vocab/names.yaml``) and X up to three words, none a
    connector or a country: two names with one such key name one body in another order. A key
    read within a document keeps its scope.

    >>> word_order_key("u.s. department of the treasury"), word_order_key("us treasury department")
    ('us treasury department', 'us treasury department')
    >>> word_order_key("bank of elbonia"), word_order_key("department of trade and industry")
    ('bank of elbonia', 'department of trade and industry')
    """
    base, scope, doc = key.partition(SCOPE)
    s = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), base)
    m = _word_order_re().match(s)
    if m and not any(w in compiled()["connectors"] for w in m.group(3).split()) and not countries_in(m.group(3)):
        s = f"{m.group(1)}{m.group(3)} {m.group(2)}"
    return s + scope + doc


def _word_order_unions(uf: _UnionFind, docs_of: DocsOf, home: dict[str, frozenset[str]]) -> None:
    """Join the names that differ only in word order or in the stops of initials
    (:func:`word_order_key`): within one document, or across documents that can be of one country."""
    shapes: dict[str, list[str]] = defaultdict(list)
    for k in sorted(uf.parent):
        shapes[word_order_key(k)].append(k)
    for same in shapes.values():
        for k in same[1:]:
            if SCOPE in k or _fits_home(uf, k, same[0], docs_of, home) and _fits_home(uf, same[0], k, docs_of, home):
                uf.union(same[0], k, "word_order")


def _fits_home(uf: _UnionFind, qualified: str, bare: str, docs_of: DocsOf, home: dict[str, frozenset[str]]) -> bool:
    """Whether the documents that name ``bare`` can mean the country ``qualified`` names
    (those documents' home countries include it, or they have none)."""
    where = uf.countries[uf.find(qualified)]
    homes = frozenset().union(*(home.get(d, frozenset()) for d in docs_of.get(bare, ())))
    return not where or not homes or bool(where & homes)


# a place's name, then an acronym: "ulton psb", "port ulton mss"
_PLACE_ACRONYM_KEY = re.compile(r"(?P<place>[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?) (?P<acr>[a-z]{3,5})")
#: the words between a place and a body's name its acronym leaves out ("Ulton Municipal Public Security Bureau": PSB)
_LEVEL_WORDS = frozenset("municipal provincial regional prefectural county city district state autonomous".split())


def _place_acronym_unions(uf: _UnionFind, keys: list[str], by_word: dict[str, list[str]]) -> bool:
    """ "ulton psb" is "ulton municipal public security bureau" when, after the place (and a word of its
    level, "municipal"), exactly one name that opens with the place spells the acronym. Whether a union was made."""
    changed = False
    shared = uf.shared_roots()
    for k in keys:
        m = _PLACE_ACRONYM_KEY.fullmatch(k)
        if not m or uf.find(k) in shared or _org_key(m.group("acr")):  # ("tide guard": a body's word, no acronym)
            continue
        place, hits = m.group("place") + " ", set()
        for o in by_word.get(place.split()[0], ()):
            rest = o[len(place) :].split() if o != k and o.startswith(place) else []
            while rest and rest[0] in _LEVEL_WORDS:
                rest = rest[1:]
            if len(rest) >= 2 and initials_match(" ".join(rest), m.group("acr").upper()):
                hits.add(uf.find(o))
        if len(hits) == 1:
            changed |= uf.union(k, hits.pop(), "place_acronym")
    return changed
