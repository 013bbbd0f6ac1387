"""What the resolve stage counts per name key, kept in an SQLite database on disk (resolve stage).

For every name key, :class:`~orgnet.resolve.Resolver` counts how it was written (its
spellings), which documents name it in a claim's slot, and the kinds those claims named it
as. Kept as a dict per key, that grows with the corpus (a few hundred bytes per key, millions
of keys in a large corpus); :class:`NameStore` keeps it in a private temporary SQLite database
instead (stdlib :mod:`sqlite3`: no new dependency; it has no name in the file system and is
removed when closed), whose page cache is bounded (:data:`CACHE_KB`). The resolver adds a
document's counts at once (:meth:`NameStore.add`), and reads a key's back when the unions and
the entities need them, as the dicts they were: :attr:`NameStore.spellings`,
:attr:`NameStore.docs_of`, :attr:`NameStore.contexts`. A small build uses the same code.

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
from typing import Iterable, Mapping, TypeVar

__all__ = ["NameStore", "CACHE_KB"]

#: the database's page cache, in KiB: what it holds in memory at most
CACHE_KB = 16_384

_SCHEMA = """
CREATE TABLE spellings (key TEXT, name TEXT, n INTEGER, PRIMARY KEY (key, name)) WITHOUT ROWID;
CREATE TABLE docs (key TEXT, doc TEXT, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE contexts (key TEXT, kind TEXT, n INTEGER, first INTEGER, PRIMARY KEY (key, kind)) WITHOUT ROWID;
"""

T = TypeVar("T")


class NameStore:
    """Per name key: its spellings (how often each), the documents naming it, and the kinds it
    was named as (how often each, in the order first seen). See the module docstring."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")  # "": a private temporary database, on disk, removed on close
        self._db.executescript(
            f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{CACHE_KB};" + _SCHEMA
        )
        self._seen = 0  # kinds counted so far: the order a key's kinds were first seen in
        self.spellings = _Counts(self._db, "SELECT name, n FROM spellings WHERE key = ?")
        self.contexts = _Counts(self._db, "SELECT kind, n FROM contexts WHERE key = ? ORDER BY first")
        self.docs_of = _Sets(self._db, "SELECT doc FROM docs WHERE key = ?")

    def add(
        self,
        spellings: Mapping[tuple[str, str], int],
        docs: Iterable[tuple[str, str]],
        contexts: Mapping[tuple[str, str], int],
    ) -> None:
        """Add counts: ``(key, spelling) -> times``, ``(key, document)`` pairs and ``(key, kind) ->
        times`` (a kind new to its key is later in its order than those it had; within
        ``contexts``, in the mapping's order)."""
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

    def close(self) -> None:
        """Remove the database."""
        self._db.close()


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
