"""What the resolve stage counts per name key, kept in an SQLite database on disk (resolve stage).

For every name key, :class:`~orgnet.resolve.Resolver` counts how it was written (its
spellings), which documents name it in a claim's slot, and the kinds those claims named it
as; for a person's name, the keys its claims link it to (:attr:`NameStore.links`). Kept as a
dict per key, that grows with the corpus (a few hundred bytes per key, millions of keys in a
large corpus); :class:`NameStore` keeps it in a private temporary SQLite database
instead (stdlib :mod:`sqlite3`: no new dependency; it has no name in the file system and is
removed when closed), whose page cache is bounded (:data:`CACHE_KB`). The resolver adds a
document's counts at once (:meth:`NameStore.add`), and reads a key's back when the unions and
the entities need them, as the dicts they were: :attr:`NameStore.spellings`,
:attr:`NameStore.docs_of`, :attr:`NameStore.contexts`. A small build uses the same code.

The union-find's merge log waits there too (:attr:`NameStore.log`, a :class:`MergeLog`): each
union, with the document, claim id and evidence that justified it, is written as it is made
(one per name a document joins to another: it grows with the corpus). ``orgnet build`` gives the
store a file (``NameStore(path)``) that becomes the stored resolution
(:meth:`orgnet.resolve.Resolver.save`); without one the database is private and temporary.

>>> store = NameStore()
>>> store.add({("bot", "BOT"): 2, ("bot", "Bot"): 1}, {("bot", "a.txt")}, {("bot", "agency"): 1})
>>> store.add({("bot", "BOT"): 2}, {("bot", "b.txt")}, {("bot", "person"): 1, ("bot", "agency"): 2})
>>> store.spellings["bot"], sorted(store.docs_of.get("bot", ())), list(store.contexts["bot"].elements())
(Counter({'BOT': 4, 'Bot': 1}), ['a.txt', 'b.txt'], ['agency', 'agency', 'agency', 'person'])
>>> store.spellings["none"], store.docs_of.get("none", set())
(Counter(), set())
>>> store.close()
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from itertools import groupby
from typing import Iterable, Iterator, Mapping, TypeVar

from .merges import ClaimRef, Merge

__all__ = ["NameStore", "MergeLog", "ScopedKeys", "CACHE_KB", "MERGES_TABLE", "MERGE_COLUMNS"]

#: the database's page cache, in KiB: what it holds in memory at most
CACHE_KB = 4_096

_SCHEMA = """
CREATE TABLE spellings (key TEXT, name TEXT, n INTEGER, PRIMARY KEY (key, name)) WITHOUT ROWID;
CREATE TABLE docs (key TEXT, doc TEXT, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE contexts (key TEXT, kind TEXT, n INTEGER, first INTEGER, PRIMARY KEY (key, kind)) WITHOUT ROWID;
CREATE TABLE links (key TEXT, other TEXT, PRIMARY KEY (key, other)) WITHOUT ROWID;
CREATE TABLE scoped_keys (doc TEXT, key TEXT, skey TEXT, kind TEXT, PRIMARY KEY (doc, key)) WITHOUT ROWID;
"""

#: the merge log's table (the ``merges`` table of :mod:`orgnet.resolve.stored`)
MERGES_TABLE = """
CREATE TABLE merges (
    seq INTEGER PRIMARY KEY, key_a TEXT, key_b TEXT, rule TEXT, has_claim INTEGER, doc TEXT, claim_id TEXT,
    evidence TEXT, name_a TEXT, name_b TEXT, note TEXT
);
"""

#: the merges table's columns after ``seq`` (as :mod:`orgnet.resolve.stored` reads them)
MERGE_COLUMNS = "key_a, key_b, rule, has_claim, doc, claim_id, evidence, name_a, name_b, note"

T = TypeVar("T")


class NameStore:
    """Per name key: its spellings (how often each), the documents naming it, and the kinds it
    was named as (how often each, in the order first seen). See the module docstring."""

    def __init__(self, path: str = "") -> None:
        self.path = path
        self._db = sqlite3.connect(path)  # "": a private temporary database, on disk, removed on close
        self._db.executescript(
            f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{CACHE_KB};" + _SCHEMA + MERGES_TABLE
        )
        self._seen = 0  # kinds counted so far: the order a key's kinds were first seen in
        self.spellings = _Counts(self._db, "SELECT name, n FROM spellings WHERE key = ?")
        self.contexts = _Counts(self._db, "SELECT kind, n FROM contexts WHERE key = ? ORDER BY first")
        self.docs_of = _Sets(self._db, "SELECT doc FROM docs WHERE key = ?")
        self.links = _Sets(self._db, "SELECT other FROM links WHERE key = ?")
        self.log = MergeLog(self._db)
        self.scoped = ScopedKeys(self._db)

    @property
    def db(self) -> sqlite3.Connection:
        """The database (what :meth:`orgnet.resolve.Resolver.save` writes the resolution into)."""
        return self._db

    def add(
        self,
        spellings: Mapping[tuple[str, str], int],
        docs: Iterable[tuple[str, str]],
        contexts: Mapping[tuple[str, str], int],
        links: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Add counts: ``(key, spelling) -> times``, ``(key, document)`` pairs, ``(key, kind) ->
        times`` (a kind new to its key is later in its order than those it had; within
        ``contexts``, in the mapping's order) and ``(a person's key, a key linked to it)`` pairs."""
        db = self._db
        db.executemany(
            "INSERT INTO spellings VALUES (?, ?, ?) ON CONFLICT (key, name) DO UPDATE SET n = n + excluded.n",
            ((k, name, n) for (k, name), n in spellings.items()),
        )
        db.executemany("INSERT OR IGNORE INTO docs VALUES (?, ?)", docs)
        first = self._seen
        db.executemany(
            "INSERT INTO contexts VALUES (?, ?, ?, ?) ON CONFLICT (key, kind) DO UPDATE SET n = n + excluded.n",
            ((k, kind, n, first + i) for i, ((k, kind), n) in enumerate(contexts.items())),
        )
        self._seen += len(contexts)
        db.executemany("INSERT OR IGNORE INTO links VALUES (?, ?)", links)

    def close(self) -> None:
        """Close the database (a private one is removed)."""
        self._db.close()


class ScopedKeys:
    """The names read within one document (:meth:`orgnet.resolve.Resolver.scope`): ``(name key,
    document) -> the key there`` and that key's kind (``person``, ``acronym``, ``generic``,
    ``contested``), in the database's ``scoped_keys`` table, a document's read when asked for.

    >>> sc = NameStore().scoped
    >>> sc.add("a.txt", [("ada li", "ada li@a.txt", "person"), ("bot", "bot@a.txt", "acronym")])
    >>> sc.add("b.txt", [("ada li", "ada li@b.txt", "person")])
    >>> sc.of("a.txt")["bot"], sc.kinds_of("b.txt"), sc.of("c.txt"), sc.keys_of("ada li")
    ('bot@a.txt', {'ada li': ('ada li@b.txt', 'person')}, {}, ['ada li@a.txt', 'ada li@b.txt'])
    >>> [(base, [sk for sk, _ in sks]) for base, sks in sc.by_base()]
    [('ada li', ['ada li@a.txt', 'ada li@b.txt']), ('bot', ['bot@a.txt'])]
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._doc: str | None = None
        self._of: dict[str, str] = {}
        self._indexed = False

    def add(self, doc: str, rows: Iterable[tuple[str, str, str]]) -> None:
        """Add ``(name key, key there, kind)`` rows of document ``doc`` (a name it has keeps its key)."""
        self._db.executemany("INSERT OR IGNORE INTO scoped_keys VALUES (?, ?, ?, ?)", ((doc, *r) for r in rows))
        self._doc = None

    def kinds_of(self, doc: str) -> dict[str, tuple[str, str]]:
        """A document's names read within it: name key -> (key there, kind)."""
        rows = self._db.execute("SELECT key, skey, kind FROM scoped_keys WHERE doc = ?", (doc,))
        return {k: (sk, kind) for k, sk, kind in rows}

    def of(self, doc: str) -> dict[str, str]:
        """A document's names read within it: name key -> key there (the last document asked
        for is kept until the next :meth:`add`)."""
        if doc != self._doc:
            self._of = dict(self._db.execute("SELECT key, skey FROM scoped_keys WHERE doc = ?", (doc,)).fetchall())
            self._doc = doc
        return self._of

    def keys_of(self, k: str) -> list[str]:
        """The keys of name key ``k`` read within documents, sorted."""
        if not self._indexed:
            self._db.execute("CREATE INDEX IF NOT EXISTS scoped_keys_by_key ON scoped_keys (key)")
            self._indexed = True
        return sorted(sk for (sk,) in self._db.execute("SELECT skey FROM scoped_keys WHERE key = ?", (k,)))

    def by_base(self) -> Iterator[tuple[str, list[tuple[str, str]]]]:
        """Each name key read within documents with its keys there and their kinds, sorted: the
        name keys in the order of their first keys there (as every key there sorted and grouped
        by its name key)."""
        rows = self._db.execute(
            "SELECT key, skey, kind FROM"
            " (SELECT key, skey, kind, min(skey) OVER (PARTITION BY key) AS first FROM scoped_keys)"
            " ORDER BY first, skey"
        )
        for base, group in groupby(rows, key=lambda r: r[0]):
            yield base, [(sk, kind) for _, sk, kind in group]

    def items(self) -> Iterator[tuple[tuple[str, str], str]]:
        """Every ``((name key, document), key there)``."""
        return (((k, d), sk) for d, k, sk in self._db.execute("SELECT doc, key, skey FROM scoped_keys").fetchall())


class MergeLog:
    """The unions in the order they were made, in the database's ``merges`` table: ``append`` a
    :class:`~orgnet.resolve.merges.Merge` (written a few thousand at a time), iterate, ``len``.

    >>> log = NameStore().log
    >>> log.append(Merge("bot", "bureau of tests", "alias", ClaimRef("a.txt", "a.txt:0-3", "BOT"), "BOT"))
    >>> log.append(Merge("x", "y", "curated", note="ana: one body"))
    >>> [(m.rule, m.claim and m.claim.doc, m.name_a, m.note) for m in log], len(log)
    ([('alias', 'a.txt', 'BOT', ''), ('curated', None, '', 'ana: one body')], 2)
    """

    def __init__(self, db: sqlite3.Connection, chunk: int = 4096) -> None:
        self._db, self._chunk = db, chunk
        self._rows: list[tuple] = []
        self._n = 0

    def append(self, m: Merge) -> None:
        c = m.claim
        self._rows.append(
            (
                m.key_a,
                m.key_b,
                m.rule,
                c is not None,
                *(c if c is not None else ("", "", "")),
                m.name_a,
                m.name_b,
                m.note,
            )
        )
        self._n += 1
        if len(self._rows) >= self._chunk:
            self.flush()

    def flush(self) -> None:
        """Write the unions appended since the last flush."""
        if self._rows:
            self._db.executemany(
                f"INSERT INTO merges ({MERGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._rows
            )
            self._rows = []

    def __iter__(self) -> Iterator[Merge]:
        self.flush()
        for a, b, rule, has_claim, doc, cid, evidence, na, nb, note in self._db.execute(
            f"SELECT {MERGE_COLUMNS} FROM merges ORDER BY seq"
        ):
            yield Merge(a, b, rule, ClaimRef(doc, cid, evidence) if has_claim else None, na, nb, note=note)

    def __len__(self) -> int:
        return self._n


class _Counts:
    """``store[key]``: a key's counts as a :class:`~collections.Counter` (empty for a key not seen)."""

    def __init__(self, db: sqlite3.Connection, query: str) -> None:
        self._db, self._query = db, query

    def __getitem__(self, key: str) -> Counter:
        return Counter(dict(self._db.execute(self._query, (key,)).fetchall()))


class _Sets:
    """``store.get(key, default)``: the set of a key's values, or ``default`` for a key not seen."""

    def __init__(self, db: sqlite3.Connection, query: str) -> None:
        self._db, self._query = db, query

    def get(self, key: str, default: T) -> set[str] | T:
        found = {v for (v,) in self._db.execute(self._query, (key,))}
        return found if found else default
