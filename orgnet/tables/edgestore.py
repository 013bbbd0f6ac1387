"""The claims of every edge and every node, kept on disk while the tables are made (tables stage).

An edge row aggregates all of its claims (documents, claim ids, years, confidence), and a node
row the documents and claims that name it, so the table maker must keep something of each claim
until the last document is read. Kept in memory, that grows with the corpus; :class:`Buckets`
keeps it in anonymous temporary files instead, one per range of entity ids ("bucket"), and gives
the records back a bucket at a time: the ranges follow the sorted entity ids, so every id of one
bucket sorts before every id of the next, and a table in id order is made a bucket at a time.
What a bucket holds in memory while its rows are made is its own records only.
:class:`EdgeStore` keeps the edges' claims that way (by source id).

Like :mod:`orgnet.spool`, the files are pickles that only this process writes and reads,
within one build, and that have no name in the file system.

>>> store = EdgeStore(["a", "b", "c", "d"], per_bucket=2, spill=True)
>>> store.add(("c", "a", "funds"), ("x.txt", 5), (0.5,), "C funds A.")
>>> store.add(("a", "b", "leads"), ("x.txt", 1), (0.9,), "A leads B.")
>>> store.add(("a", "b", "leads"), ("y.txt", 2), (0.7,), "A led B.")
>>> [(sorted(groups), [best[e][1] for e in sorted(groups)]) for groups, best in store.buckets()]
[([('a', 'b', 'leads')], ['A led B.']), ([('c', 'a', 'funds')], ['C funds A.'])]
"""

from __future__ import annotations

import bisect
import pickle
import tempfile
from typing import IO, Any, Iterator, Sequence

__all__ = ["Buckets", "EdgeStore", "PER_BUCKET"]

#: entity ids per bucket: a bucket's records are what is in memory while its rows are made
PER_BUCKET = 16_384
#: records all the buckets of one :class:`Buckets` hold in memory at most: past it, the bucket that
#: holds the most is appended to its file (a budget for all, so that what waits in memory does not
#: grow with the number of buckets, that is with the entities)
_PENDING = 16_384

Edge = tuple[str, str, str]


class Buckets:
    """Records by the range of sorted ``ids`` their id falls in, ``per_bucket`` ids a range
    (default :data:`PER_BUCKET`). With ``spill`` the records go to temporary files as they
    come; without, they stay in memory (the in-memory API).

    >>> b = Buckets(["a", "b", "c"], per_bucket=2)
    >>> b.add("c", 1); b.add("a", 2); b.add("b", 3)
    >>> len(b), [list(b.records(i)) for i in range(len(b))]
    (2, [[2, 3], [1]])
    """

    def __init__(self, ids: Sequence[str], per_bucket: int | None = None, spill: bool = True) -> None:
        per_bucket = per_bucket or PER_BUCKET
        # the first id of every bucket but the first: an id's bucket is bisect_right
        self._bounds = list(ids[per_bucket::per_bucket])
        n = len(self._bounds) + 1
        self._pending: list[list[Any]] = [[] for _ in range(n)]
        self._files: list[IO[bytes] | None] = [None] * n
        self._spill = spill
        self._n_pending = 0  # records in memory, over all buckets

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, id_: str, record: Any) -> None:
        """Keep ``record`` in the bucket of ``id_``."""
        i = bisect.bisect_right(self._bounds, id_)
        self._pending[i].append(record)
        self._n_pending += 1
        if self._spill and self._n_pending >= _PENDING:
            self._write(max(range(len(self._pending)), key=lambda j: len(self._pending[j])))

    def _write(self, i: int) -> None:
        f = self._files[i]
        if f is None:
            f = self._files[i] = tempfile.TemporaryFile(prefix="orgnet-tables-")
        pickle.dump(self._pending[i], f, protocol=pickle.HIGHEST_PROTOCOL)
        self._n_pending -= len(self._pending[i])
        self._pending[i] = []

    def records(self, i: int) -> Iterator[Any]:
        """The records of bucket ``i``, in the order they were added. Once: the bucket is let go."""
        f = self._files[i]
        if f is not None:
            f.seek(0)
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    break
                yield from chunk
            f.close()
            self._files[i] = None
        yield from self._pending[i]
        self._n_pending -= len(self._pending[i])
        self._pending[i] = []

    def close(self) -> None:
        """Remove the files (also done when the process ends)."""
        for f in self._files:
            if f is not None:
                f.close()
        self._files = [None] * len(self._files)


class EdgeStore:
    """Every edge claim's record, its sort key and evidence, by edge, in :class:`Buckets` of
    source ids. ``sources`` are the ids edges can start from, sorted (the entities of the
    resolution); ``per_bucket`` and ``spill`` are those of :class:`Buckets`.
    """

    def __init__(self, sources: Sequence[str], per_bucket: int | None = None, spill: bool = True) -> None:
        self._buckets = Buckets(sources, per_bucket, spill)

    def add(self, edge: Edge, record: tuple, key: tuple, evidence: str) -> None:
        """Keep one claim of ``edge``: its ``record``, the ``key`` that ranks it (the least is the
        edge's best claim, the first of equals) and its ``evidence``."""
        self._buckets.add(edge[0], (edge, record, key, evidence))

    def buckets(self) -> Iterator[tuple[dict[Edge, list[Any]], dict[Edge, tuple[tuple, str]]]]:
        """Each bucket's ``(records by edge, (key, evidence) of each edge's best claim)``, in the
        order of the sources; the records of an edge in the order they were added. Once: a
        bucket is let go as the next is read."""
        for i in range(len(self._buckets)):
            groups: dict[Edge, list[Any]] = {}
            best: dict[Edge, tuple[tuple, str]] = {}
            for edge, record, key, evidence in self._buckets.records(i):
                g = groups.get(edge)
                if g is None:
                    groups[edge] = [record]
                    best[edge] = (key, evidence)
                else:
                    g.append(record)
                    if key < best[edge][0]:
                        best[edge] = (key, evidence)
            yield groups, best

    def close(self) -> None:
        """Remove the files (also done when the process ends)."""
        self._buckets.close()
