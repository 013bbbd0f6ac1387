"""Parsed claims kept on disk while a build runs (between the extract and resolve stages).

A build does not hold every document's claims in memory: as each document's parse comes back
(from a worker, a Dask cluster or the parse cache), its claims are written to the spool, and the
whole-corpus stages read them back one document at a time (:meth:`ClaimSpool.get`), in any
order, as often as they need. What stays in memory is an offset and a length per document.

The spool is an anonymous temporary file (``tempfile.TemporaryFile``: it has no name in the
file system, only this process can read it, and the system removes it when the build ends or
is killed). Each document's claims are one pickle: the values come back exactly (any text,
any integer) and fast, since :class:`~orgnet.extract.Claim` pickles as a call with its field
values. Pickle is safe here because nothing but this process writes or reads the file within
one build; the parse cache, which outlives a build, stores JSON (:mod:`orgnet.cache`).

A document's reference list (what its claims' citations quote) waits there too
(:meth:`ClaimSpool.put_references`), from the parse to the tables stage.

>>> from orgnet.extract import Claim
>>> with ClaimSpool() as spool:
...     spool.put(0, [Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt")])
...     spool.put(1, [])
...     spool.put_references(0, {1: "Annual report, 2001"})
...     [c.object for c in spool.get(0)], spool.get(1), len(spool), spool.references(0), spool.references(1)
(['Bureau of Tests'], [], 2, {1: 'Annual report, 2001'}, {})
"""

from __future__ import annotations

import array
import contextlib
import itertools
import os
import pickle
import tempfile
import typing
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterable, Iterator, Sequence, TypeVar

if TYPE_CHECKING:
    from .extract import Claim
    from .read.model import DocumentSummary

__all__ = ["ClaimSpool", "SpooledList", "SpooledSummaries", "in_child"]

T = TypeVar("T")


class _Offsets:
    """Document number -> ``(offset, length)``, in two arrays of 64-bit integers (16 bytes a
    document, where a dict of tuples costs about 200).

    >>> o = _Offsets()
    >>> o[3] = (10, 5); o[0] = (0, 0)
    >>> o.get(3), o.get(1), 0 in o, 1 in o, 99 in o, len(o)
    ((10, 5), None, True, False, False, 2)
    """

    def __init__(self) -> None:
        self._off = array.array("q")
        self._len = array.array("q")
        self._n = 0

    def __setitem__(self, i: int, where: tuple[int, int]) -> None:
        if i < 0:
            raise IndexError(i)
        if i >= len(self._off):
            more = max(i + 1, 2 * len(self._off)) - len(self._off)
            self._off.extend(itertools.repeat(-1, more))
            self._len.extend(itertools.repeat(0, more))
        if self._off[i] < 0:
            self._n += 1
        self._off[i], self._len[i] = where

    def get(self, i: int) -> tuple[int, int] | None:
        if 0 <= i < len(self._off) and self._off[i] >= 0:
            return self._off[i], self._len[i]
        return None

    def __getitem__(self, i: int) -> tuple[int, int]:
        where = self.get(i)
        if where is None:
            raise KeyError(i)
        return where

    def __contains__(self, i: int) -> bool:
        return self.get(i) is not None

    def __len__(self) -> int:
        return self._n


class ClaimSpool:
    """Each document's claims, by the document's number in the build (see the module docstring)."""

    def __init__(self, folder: str | None = None) -> None:
        self._file = tempfile.TemporaryFile(prefix="orgnet-claims-", dir=folder)
        # document number -> (offset, length) of its claims, its references and its summary
        self._where, self._refs, self._sums = _Offsets(), _Offsets(), _Offsets()
        self._end = 0
        self.bytes = 0

    def _write(self, obj: object) -> tuple[int, int]:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        where = (self._end, len(data))
        self._end += len(data)
        self.bytes += len(data)
        return where

    def _read(self, where: tuple[int, int]) -> Any:
        offset, length = where
        self._file.seek(offset)
        return pickle.loads(self._file.read(length))

    def put(self, doc: int, claims: Sequence[Claim]) -> None:
        """Store the claims of document number ``doc`` (a later ``put`` of the same number wins)."""
        self._where[doc] = self._write(list(claims)) if claims else (0, 0)

    def get(self, doc: int) -> list[Claim]:
        """The claims of document number ``doc`` (a new list of new objects on each call)."""
        where = self._where[doc]
        return self._read(where) if where[1] else []

    def put_references(self, doc: int, references: dict[int, str]) -> None:
        """Store the reference list of document number ``doc``."""
        if references:
            self._refs[doc] = self._write(references)

    def references(self, doc: int) -> dict[int, str]:
        """The reference list stored for document number ``doc`` (empty when none was)."""
        where = self._refs.get(doc)
        return self._read(where) if where else {}

    def put_summary(self, doc: int, summary: DocumentSummary) -> None:
        """Store the summary of document number ``doc`` (a later one of the same number wins)."""
        self._sums[doc] = self._write(summary)

    def summary(self, doc: int) -> DocumentSummary:
        """The summary stored for document number ``doc`` (a new object on each call)."""
        return self._read(self._sums[doc])

    def sync(self) -> None:
        """Write out what is buffered and take the file's position from the system anew: before
        and after a forked child process reads the spool (they share the file and its position;
        see :func:`in_child`)."""
        self._file.flush()
        self._file.seek(0, 2)  # from the end: a seek the buffer cannot answer, so it asks the system

    def __contains__(self, doc: int) -> bool:
        return doc in self._where

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        """Remove the file (also done when the process ends)."""
        self._file.close()

    def __enter__(self) -> ClaimSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SpooledList(Generic[T]):
    """Items kept in an anonymous temporary file (pickles, as the spool's), read back in order on
    each iteration: what a build must keep to the end, but not in memory meanwhile.

    >>> items = SpooledList(range(5), chunk=2)
    >>> list(items), list(items), len(items)
    ([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], 5)
    """

    def __init__(self, items: Iterable[T], chunk: int = 4096) -> None:
        self._file = tempfile.TemporaryFile(prefix="orgnet-list-")
        self._n = 0
        it = iter(items)
        while piece := list(itertools.islice(it, chunk)):
            pickle.dump(piece, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._n += len(piece)

    def __iter__(self) -> Iterator[T]:
        f: Any = self._file
        f.seek(0)
        while True:
            try:
                piece = pickle.load(f)
            except EOFError:
                return
            pos = f.tell()
            yield from piece
            f.seek(pos)

    def __len__(self) -> int:
        return self._n

    def close(self) -> None:
        """Remove the file (also done when the process ends)."""
        self._file.close()


class SpooledSummaries(Sequence["DocumentSummary"]):
    """The documents' summaries, by number, kept in a :class:`ClaimSpool` and read when asked for
    (each time a new object); :meth:`keep` holds one in memory, for a change to it to last.

    >>> from orgnet.read.model import DocumentSummary
    >>> with ClaimSpool() as spool:
    ...     docs = SpooledSummaries(spool)
    ...     docs.append(DocumentSummary("a.txt")); docs.append(DocumentSummary("b.txt"))
    ...     last = DocumentSummary("c.txt"); docs.append(last, keep=True)
    ...     docs.keep(0).warnings.append("checked")
    ...     docs[1].warnings.append("lost")  # a new object: not kept
    ...     last.warnings.append("kept")
    ...     [(d.doc, d.warnings) for d in docs], len(docs)
    ([('a.txt', ['checked']), ('b.txt', []), ('c.txt', ['kept'])], 3)
    """

    def __init__(self, spool: ClaimSpool, n: int = 0) -> None:
        self.spool = spool
        self._n = n  # documents 0 .. n - 1 are in the spool
        self._kept: dict[int, DocumentSummary] = {}

    def append(self, summary: DocumentSummary, keep: bool = False) -> None:
        """Add a summary at the end; with ``keep``, this very object stays in memory and is the
        one given (a change to it lasts)."""
        self.spool.put_summary(self._n, summary)
        if keep:
            self._kept[self._n] = summary
        self._n += 1

    def keep(self, i: int) -> DocumentSummary:
        """Document ``i``'s summary, held in memory from now on (and given by this sequence)."""
        if i not in self._kept:
            self._kept[i] = self[i]
        return self._kept[i]

    def __len__(self) -> int:
        return self._n

    @typing.overload
    def __getitem__(self, i: int) -> DocumentSummary: ...

    @typing.overload
    def __getitem__(self, i: slice) -> list[DocumentSummary]: ...

    def __getitem__(self, i: int | slice) -> DocumentSummary | list[DocumentSummary]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        kept = self._kept.get(i)
        return kept if kept is not None else self.spool.summary(i)

    def __iter__(self) -> Iterator[DocumentSummary]:
        return (self[i] for i in range(self._n))


def in_child(fn: Callable[..., T], *args: Any, shared: tuple[ClaimSpool, ...] = ()) -> T:
    """``fn(*args)`` run in a forked child process, its result pickled back through an anonymous
    temporary file; in this process where the system cannot fork (Windows).

    :mod:`orgnet.pipeline` resolves the names this way: what the resolve stage allocates grows
    with the corpus (a map per name key, freed when the entities are made), and the memory a
    process freed is seldom given back to the system, so its heap would stay as large while the
    tables stage runs. In a child, that memory goes back when the child ends, and this process
    gets only the compact :class:`~orgnet.resolve.Resolution`. The child reads the ``shared``
    spools through the files they share (this process waits meanwhile; the files are synced
    before and after). An error in the child is raised here (a child that dies without one
    raises :class:`RuntimeError`).

    >>> in_child(sorted, {3, 1, 2})
    [1, 2, 3]
    """
    if not hasattr(os, "fork"):
        return fn(*args)
    import traceback

    with tempfile.TemporaryFile(prefix="orgnet-result-") as f:
        for spool in shared:
            spool.sync()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                try:
                    out: tuple[str, Any] = ("ok", fn(*args))
                except BaseException as exc:  # sent back, raised in the parent
                    traceback.print_exc()
                    out = ("error", exc)
                try:
                    f.seek(0)
                    pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception as exc:  # the result (or error) cannot be sent: say why instead
                    f.seek(0)
                    f.truncate()
                    pickle.dump(("error", RuntimeError(f"{fn.__name__} could not send its result: {exc}")), f)
                f.flush()
                code = 0
            finally:
                os._exit(code)
        try:
            _, status = os.waitpid(pid, 0)
        except BaseException:  # interrupted: stop the child too
            with contextlib.suppress(OSError):
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            raise
        finally:
            for spool in shared:
                spool.sync()
        # the child wrote through its own buffer: a seek from the end asks the system where that is
        if status != 0 or f.seek(0, 2) == 0:
            raise RuntimeError(f"the {fn.__name__} process ended with status {status} and no result")
        f.seek(0)
        kind, value = pickle.load(f)
    if kind == "error":
        raise value
    return value
