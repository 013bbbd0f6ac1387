"""A resolution kept in an SQLite database on disk while the tables are made (resolve stage).

A :class:`~orgnet.resolve.Resolution` holds every entity, the way from every name key (and every
name read within one document) to its entity id, how the names of the unions were written and
the merge log: all of it grows with the corpus. ``orgnet build`` resolves the names in a child
process (:func:`orgnet.spool.in_child`), which writes its resolution into a database file
(:meth:`StoredResolution.save`); the process that makes the tables opens it and reads what each
step needs when it needs it: a document's names when its claims become rows
(:meth:`StoredResolution.ids_in`), an entity when its node or edge row is made. What it holds in
memory is the database's page cache (:data:`CACHE_KB`), not the entities.

:class:`StoredResolution` answers as a :class:`~orgnet.resolve.Resolution` does: ``entities``,
``key_to_id``, ``scoped`` and ``spelled`` are read-only mappings, ``merges`` gives the unions in
the order they were made, ``registry`` and :meth:`id_of` are the same. An entity it gives is a
new object each time: a change to it is not kept (the analyst's relabelling is applied before
the resolution is saved). The database is the standard library's :mod:`sqlite3` (no new
dependency); its file is removed from the file system as soon as it is opened for reading (on
systems that allow it; else when closed).

>>> import os, tempfile
>>> from orgnet.extract import Claim
>>> from orgnet.resolve import resolve
>>> res = resolve([Claim("Bureau of Tests", "alias", value="BOT", doc="a.txt"),
...                Claim("BOT", "subordinate_to", "Ministry of Tests", doc="a.txt")])
>>> fd, path = tempfile.mkstemp(suffix=".db"); os.close(fd)
>>> stored = StoredResolution.save(res, path)
>>> stored.id_of("bot"), stored.entities["bureau-of-tests"].label, len(stored.entities)
('bureau-of-tests', 'Bureau of Tests', 2)
>>> stored.registry == res.registry, [m.rule for m in stored.merges] == [m.rule for m in res.merges]
(True, True)
>>> stored.close()
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from itertools import groupby
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..names import name_key
from .entities import Entity, Resolution, _tell_apart
from .merges import SCOPE, ClaimRef, Merge
from .namestore import MERGES_TABLE

__all__ = ["StoredResolution", "ResolutionWriter", "TakenIds", "EditedEntities", "CACHE_KB"]

#: the database's page cache, in KiB: what it holds in memory at most
CACHE_KB = 16_384

_SCHEMA = """
CREATE TABLE entities (id TEXT PRIMARY KEY, label TEXT, kind TEXT, aliases TEXT, names TEXT) WITHOUT ROWID;
CREATE TABLE keys (key TEXT PRIMARY KEY, id TEXT, registered INTEGER) WITHOUT ROWID;
CREATE TABLE scoped (doc TEXT, key TEXT, skey TEXT, PRIMARY KEY (doc, key)) WITHOUT ROWID;
CREATE TABLE spelled (key TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE nodes (id TEXT PRIMARY KEY) WITHOUT ROWID;
"""

#: values per ``IN (...)`` of one query
_IN = 500


def _connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{CACHE_KB};")
    return db


#: the temporary database of a build's resolution: ``orgnet-resolution-<pid>-<random>.db``
_RESOLUTION_PREFIX = "orgnet-resolution-"


def new_database() -> str:
    """The path of a new, empty temporary file for a build's resolution database, named with this
    process's id; those that builds killed outright left behind are removed first
    (:func:`sweep_stale_resolutions`)."""
    sweep_stale_resolutions()
    fd, path = tempfile.mkstemp(prefix=f"{_RESOLUTION_PREFIX}{os.getpid()}-", suffix=".db")
    os.close(fd)
    return path


def sweep_stale_resolutions(folder: str | Path | None = None) -> list[Path]:
    """Remove the resolution databases (in ``folder``, by default the system's temporary folder)
    left by builds whose process no longer runs, and return their paths.

    A build removes its own database when it ends, fails or is interrupted; only a build killed
    outright (``kill -9``, the system out of memory) leaves one behind, and it can be as large as
    the corpus's names. Each build sweeps before it starts. The process id is in the file's name;
    a file whose process still runs (that build, or an unrelated process that took its id) is kept.

    >>> d = tempfile.mkdtemp()
    >>> for pid in (os.getpid(), 2**22 + 1):  # this process; one above Linux's largest pid
    ...     _ = open(os.path.join(d, f"{_RESOLUTION_PREFIX}{pid}-x.db"), "w")
    >>> [p.name for p in sweep_stale_resolutions(d)]
    ['orgnet-resolution-4194305-x.db']
    """
    gone: list[Path] = []
    if os.name == "nt":  # os.kill would end the process there
        return gone
    for path in Path(folder or tempfile.gettempdir()).glob(f"{_RESOLUTION_PREFIX}*-*.db"):
        pid = path.name[len(_RESOLUTION_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _running(int(pid)):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            gone.append(path)
    return gone


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (or may: one we may not signal, or a system without
    :func:`os.kill` of signal 0)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, ValueError, OverflowError):
        return True
    return True


class StoredResolution:
    """A :class:`~orgnet.resolve.Resolution` in a database file (see the module docstring).
    Made by :meth:`save`; it pickles as the file's path and the few things kept in memory
    (``warnings``, the number of entities), and opens the file when first read."""

    def __init__(self, path: str, n_entities: int, warnings: list[str]) -> None:
        self.path = path
        self.n_entities = n_entities
        self.warnings = warnings
        self._db: sqlite3.Connection | None = None
        self._unlinked = False

    @classmethod
    def save(cls, res: Resolution, path: str) -> StoredResolution:
        """Write ``res`` into a new database at ``path`` (an empty or missing file)."""
        db = _connect(path)
        try:
            db.executescript(_SCHEMA + MERGES_TABLE)
            db.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                ((e.id, e.label, e.kind, json.dumps(e.aliases), json.dumps(e.names)) for e in res.entities.values()),
            )
            by_default = res.by_default
            db.executemany(
                "INSERT INTO keys VALUES (?, ?, ?)",
                ((k, eid, k not in by_default) for k, eid in res.key_to_id.items()),
            )
            db.executemany("INSERT INTO scoped VALUES (?, ?, ?)", ((d, k, sk) for (k, d), sk in res.scoped.items()))
            db.executemany("INSERT INTO spelled VALUES (?, ?)", res.spelled.items())
            db.executemany(
                "INSERT INTO merges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        i,
                        m.key_a,
                        m.key_b,
                        m.rule,
                        m.claim is not None,
                        *(m.claim if m.claim is not None else ("", "", "")),
                        m.name_a,
                        m.name_b,
                        m.note,
                    )
                    for i, m in enumerate(res.merges)
                ),
            )
            db.execute("CREATE INDEX keys_by_id ON keys (id)")
            db.commit()
        finally:
            db.close()
        return cls(path, len(res.entities), list(res.warnings))

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "n_entities": self.n_entities, "warnings": self.warnings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["n_entities"], state["warnings"])  # type: ignore[misc]

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = _connect(self.path)
            with contextlib.suppress(OSError):  # the open file stays readable (not on Windows)
                os.unlink(self.path)
                self._unlinked = True
        return self._db

    def close(self) -> None:
        """Close the database and remove its file."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if not self._unlinked:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self._unlinked = True

    # ------------------------------------------------------------------ as a Resolution

    @property
    def entities(self) -> _Entities:
        return _Entities(self.db, self.n_entities)

    @property
    def key_to_id(self) -> _Lookup:
        return _Lookup(self.db, "SELECT id FROM keys WHERE key = ?", "SELECT key FROM keys ORDER BY key", "keys")

    @property
    def spelled(self) -> _Lookup:
        return _Lookup(self.db, "SELECT name FROM spelled WHERE key = ?", "SELECT key FROM spelled", "spelled")

    @property
    def scoped(self) -> _Scoped:
        return _Scoped(self.db)

    @property
    def merges(self) -> Iterator[Merge]:
        """The unions, in the order they were made."""
        for _, a, b, rule, has_claim, doc, cid, evidence, na, nb, note in self.db.execute(
            "SELECT * FROM merges ORDER BY seq"
        ):
            yield Merge(a, b, rule, ClaimRef(doc, cid, evidence) if has_claim else None, na, nb, note=note)

    def registry_rows(self) -> Iterator[tuple[str, str, str]]:
        """The rows of :attr:`registry`, in its order, read a few at a time."""
        rows = self.db.execute("SELECT id, key FROM keys WHERE registered ORDER BY id")
        for eid, group in groupby(rows, key=lambda r: r[0]):
            yield from sorted((eid, *_split(k)) for _, k in group)

    @property
    def registry(self) -> list[tuple[str, str, str]]:
        """As :attr:`Resolution.registry <orgnet.resolve.Resolution.registry>`."""
        return list(self.registry_rows())

    def id_of(self, name: str, doc: str | None = None) -> str | None:
        """As :meth:`Resolution.id_of <orgnet.resolve.Resolution.id_of>`."""
        k = name_key(name)
        if doc is not None:
            k = self.scoped.get((k, doc), k)
        return self.key_to_id.get(k)

    def ids_in(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """As :meth:`Resolution.ids_in <orgnet.resolve.Resolution.ids_in>`: the ids of many
        ``(name key, document)`` at once (a few queries per document)."""
        pairs = set(pairs)
        db = self.db
        scoped: dict[tuple[str, str], str] = {}
        for doc in {d for _, d in pairs}:
            for k, sk in db.execute("SELECT key, skey FROM scoped WHERE doc = ?", (doc,)):
                scoped[(k, doc)] = sk
        wanted = list({scoped.get(p, p[0]) for p in pairs})
        ids: dict[str, str] = {}
        for i in range(0, len(wanted), _IN):
            part = wanted[i : i + _IN]
            ids.update(db.execute(f"SELECT key, id FROM keys WHERE key IN ({','.join('?' * len(part))})", part))
        out = {}
        for p in pairs:
            eid = ids.get(scoped.get(p, p[0]))
            if eid is not None:
                out[p] = eid
        return out

    def labels(self, ids: Iterable[str]) -> dict[str, str]:
        """``{entity id: label}`` of those of ``ids`` that are entities' ids (a query per
        :data:`_IN` ids, in id order)."""
        wanted = sorted(ids)
        out: dict[str, str] = {}
        for i in range(0, len(wanted), _IN):
            part = wanted[i : i + _IN]
            out.update(
                self.db.execute(f"SELECT id, label FROM entities WHERE id IN ({','.join('?' * len(part))})", part)
            )
        return out

    def add_nodes(self, ids: Iterable[str]) -> None:
        """Note ids as those of the nodes table (:meth:`merge_rows` keeps their unions)."""
        self.db.executemany("INSERT OR IGNORE INTO nodes VALUES (?)", ((x,) for x in ids))

    def merge_rows(self) -> Iterator[tuple[str, str, str, str, str, str, str, str]]:
        """The merges table's rows (entity, label, name, other name, rule, document, claim id,
        evidence) of the entities noted by :meth:`add_nodes`: by entity, each entity's unions in
        the order they were made."""
        rows = self.db.execute(
            "SELECT k.id, e.label, m.key_a, m.key_b, m.rule, m.has_claim, m.doc, m.claim_id, m.evidence,"
            " m.name_a, m.name_b, m.note,"
            " (SELECT name FROM spelled WHERE key = m.key_a), (SELECT name FROM spelled WHERE key = m.key_b)"
            " FROM merges m JOIN keys k ON k.key = m.key_a JOIN nodes n ON n.id = k.id JOIN entities e ON e.id = k.id"
            " ORDER BY k.id, m.seq"
        )
        for eid, label, a, b, rule, has_claim, doc, cid, evidence, na, nb, note, sa, sb in rows:
            yield (
                eid,
                label,
                na or (a if sa is None else sa),
                nb or (b if sb is None else sb),
                rule,
                doc if has_claim else ("curations.yaml" if note else ""),
                cid if has_claim else "",
                evidence if has_claim else note,
            )


class TakenIds:
    """The entity ids given so far, as :func:`orgnet.resolve.entities._each_entity` asks: those
    pinned, those a :class:`ResolutionWriter` has not written yet, and those in its database."""

    def __init__(self, db: sqlite3.Connection, pinned: Iterable[str]) -> None:
        self._db = db
        self.pinned = set(pinned)
        self.pending: set[str] = set()

    def __contains__(self, eid: object) -> bool:
        return (
            eid in self.pinned
            or eid in self.pending
            or self._db.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None
        )

    def add(self, eid: str) -> None:
        self.pending.add(eid)


class ResolutionWriter:
    """Writes a resolution into a database as it is made (what :meth:`orgnet.resolve.Resolver.save`
    does, in the database that already holds the merge log): :meth:`scoped`, :meth:`keep_groups`,
    then :meth:`entities` (of :meth:`groups`), then :meth:`finish`. The result is what
    :meth:`StoredResolution.save` writes of the :class:`~orgnet.resolve.Resolution` that
    :meth:`~orgnet.resolve.Resolver.result` gives."""

    def __init__(self, db: sqlite3.Connection, chunk: int = 4096) -> None:
        self.db, self.chunk = db, chunk
        db.executescript(_SCHEMA + "CREATE TEMP TABLE folds (fold TEXT, id TEXT);")

    def keep_groups(self, roots: Iterable[tuple[str, str]]) -> None:
        """Write each name key's group (``(root, key)`` pairs), to be read by :meth:`groups`."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS members (root TEXT, key TEXT)")
        self.db.executemany("INSERT INTO temp.members VALUES (?, ?)", roots)

    def groups(self) -> Iterator[tuple[str, list[str]]]:
        """The groups :meth:`keep_groups` wrote, each its root and its keys, sorted, in the order
        of their first keys (as :meth:`~orgnet.resolve.merges._UnionFind.groups` sorted by their
        first keys), read a group at a time."""
        rows = self.db.execute(
            "SELECT root, key FROM (SELECT root, key, min(key) OVER (PARTITION BY root) AS first FROM temp.members)"
            " ORDER BY first, key"
        )
        for root, members in groupby(rows, key=lambda r: r[0]):
            yield root, [k for _, k in members]

    def entities(self, found: Iterable[tuple[Entity, list[str]]], taken: TakenIds) -> int:
        """Write each ``(entity, its name keys)`` and tell apart entities of one label (as
        :func:`orgnet.resolve.entities._disambiguate_labels`); return how many there are."""
        db, n = self.db, 0
        ents: list[tuple] = []
        keys: list[tuple] = []

        def write() -> None:
            db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", (e[:5] for e in ents))
            db.executemany("INSERT INTO temp.folds VALUES (?, ?)", ((e[5], e[0]) for e in ents))
            db.executemany("INSERT INTO keys VALUES (?, ?, 1)", keys)
            ents.clear()
            keys.clear()
            taken.pending.clear()

        for e, ks in found:
            ents.append((e.id, e.label, e.kind, json.dumps(e.aliases), json.dumps(e.names), e.label.casefold()))
            keys.extend((k, e.id) for k in ks)
            n += 1
            if len(ents) >= self.chunk:
                write()
        write()
        same = db.execute(
            "SELECT fold, id FROM temp.folds"
            " WHERE fold IN (SELECT fold FROM temp.folds GROUP BY fold HAVING count(*) > 1) ORDER BY fold"
        ).fetchall()
        entities = _Entities(db, n)
        for _, group in groupby(same, key=lambda r: r[0]):
            for e in _tell_apart([entities[eid] for _, eid in group]):
                db.execute(
                    "UPDATE entities SET label = ?, aliases = ? WHERE id = ?", (e.label, json.dumps(e.aliases), e.id)
                )
        db.execute("DROP TABLE temp.folds")
        db.execute("DROP TABLE IF EXISTS temp.members")
        return n

    def scoped(self) -> None:
        """Copy the names read within a document from the name store's ``scoped_keys`` table
        (:class:`~orgnet.resolve.namestore.ScopedKeys`; :meth:`finish` keeps those that name an
        entity)."""
        self.db.execute("INSERT INTO scoped SELECT doc, key, skey FROM scoped_keys")

    def finish(self, spelling: Callable[[str], str]) -> None:
        """Keep the names read within a document and the unions that name an entity; a name
        alone (no entity's name key) means what it means in the first document that reads it
        within; note how the keys of the unions were most often written (``spelling``); index
        the keys by id."""
        db = self.db
        db.execute("DELETE FROM scoped WHERE skey NOT IN (SELECT key FROM keys)")
        db.execute(
            "INSERT OR IGNORE INTO keys SELECT s.key, k.id, 0 FROM scoped s JOIN keys k ON k.key = s.skey"
            " ORDER BY s.key, s.doc"
        )
        db.execute("DELETE FROM merges WHERE key_a NOT IN (SELECT key FROM keys)")
        keys = db.execute("SELECT key_a FROM merges UNION SELECT key_b FROM merges").fetchall()
        db.executemany("INSERT INTO spelled VALUES (?, ?)", [(k, spelling(k)) for (k,) in keys])
        db.execute("CREATE INDEX keys_by_id ON keys (id)")
        db.commit()


class EditedEntities:
    """The entities of a stored resolution's file (``path``), given as objects that stay (a
    change to one is written back by :meth:`write`), and :meth:`id_of`: what
    :func:`orgnet.curate.relabel` reads and changes, before the file is opened by the tables
    stage (:attr:`StoredResolution.db` removes it from the file system)."""

    def __init__(self, path: str, n_entities: int) -> None:
        self._db = _connect(path)
        self._stored = _Entities(self._db, n_entities)
        self.entities: dict[str, Entity] = _Kept(self._stored)

    def id_of(self, name: str, doc: str | None = None) -> str | None:
        """As :meth:`StoredResolution.id_of`."""
        k = name_key(name)
        db = self._db
        if doc is not None:
            row = db.execute("SELECT skey FROM scoped WHERE doc = ? AND key = ?", (doc, k)).fetchone()
            k = row[0] if row else k
        row = db.execute("SELECT id FROM keys WHERE key = ?", (k,)).fetchone()
        return row[0] if row else None

    def write(self) -> None:
        """Write the entities given back (changed or not) and close the database."""
        self._db.executemany(
            "UPDATE entities SET label = ?, kind = ?, aliases = ? WHERE id = ?",
            ((e.label, e.kind, json.dumps(e.aliases), e.id) for e in self.entities.values()),
        )
        self._db.commit()
        self._db.close()


class _Kept(dict):
    """An entity read once and then kept (a dict that reads what it does not have)."""

    def __init__(self, stored: _Entities) -> None:
        super().__init__()
        self._stored = stored

    def __missing__(self, eid: str) -> Entity:
        e = self[eid] = self._stored[eid]
        return e

    def __contains__(self, eid: object) -> bool:
        return dict.__contains__(self, eid) or eid in self._stored


def _split(k: str) -> tuple[str, str]:
    key, _, doc = k.partition(SCOPE)
    return key, doc


class _Entities(Mapping):
    """``entity id -> Entity``, read from the database (sorted ids when iterated)."""

    def __init__(self, db: sqlite3.Connection, n: int) -> None:
        self._db, self._n = db, n

    def __getitem__(self, eid: str) -> Entity:
        row = self._db.execute("SELECT label, kind, aliases, names FROM entities WHERE id = ?", (eid,)).fetchone()
        if row is None:
            raise KeyError(eid)
        label, kind, aliases, names = row
        return Entity(id=eid, label=label, kind=kind, aliases=json.loads(aliases), names=json.loads(names))

    def __contains__(self, eid: object) -> bool:
        return self._db.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return (eid for (eid,) in self._db.execute("SELECT id FROM entities ORDER BY id"))

    def __len__(self) -> int:
        return self._n


class _Lookup(Mapping):
    """A read-only ``key -> value`` of one table."""

    def __init__(self, db: sqlite3.Connection, get: str, keys: str, table: str) -> None:
        self._db, self._get, self._keys, self._table = db, get, keys, table

    def __getitem__(self, k: str) -> str:
        row = self._db.execute(self._get, (k,)).fetchone()
        if row is None:
            raise KeyError(k)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.execute(self._keys))

    def __len__(self) -> int:
        return self._db.execute(f"SELECT count(*) FROM {self._table}").fetchone()[0]


class _Scoped(Mapping):
    """``(name key, document) -> the key of that name read within that document``."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __getitem__(self, kd: tuple[str, str]) -> str:
        row = self._db.execute("SELECT skey FROM scoped WHERE doc = ? AND key = ?", (kd[1], kd[0])).fetchone()
        if row is None:
            raise KeyError(kd)
        return row[0]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((k, d) for d, k in self._db.execute("SELECT doc, key FROM scoped"))

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM scoped").fetchone()[0]
