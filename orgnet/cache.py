"""A cache of parsed documents, so a rebuild parses only what changed.

Each entry is one document's ``(DocumentSummary, claims)`` under a key made of the file's
name, the SHA-256 of its bytes, its ``sources.yaml`` metadata and the *parser version* (a
digest of the reading and extraction code, of this module and of the vocabulary). Change
any of them and the entry is simply not found. The cache lives beside the tables
(``<out>/.cache/`` for ``orgnet build``) and is safe to delete at any time.

An entry is plain data, never code: ``<key>.entry`` holds one header line, ::

    orgnet-parse-cache/1 <schema> <key> <payload bytes> <SHA-256 of the payload>

then the payload: JSON (read and written by orjson, which parses it about three times as
fast as the standard library's json) made of lists, strings, numbers, booleans and
``null`` only: a table of the entry's distinct strings, then the summary's and the claims'
field values, column by column (a string as its index in the table; see :func:`to_plain`).
The codec is
made from the dataclasses' fields and their annotations, so a new field is stored without
any change here, and a field of a type the codec does not know stops the import. Reading
an entry checks everything: the header must be the one its payload, its key and this
format give, and every value must have its field's type. Anything else (a truncated,
extended or changed file, a file of another format or a crafted one) is not used: it is
deleted, the document is parsed again and a :class:`~orgnet.errors.CacheWarning` names the
file. Loading an entry cannot run code, whatever the file holds.

Entries are written one by one as documents are parsed (temporary name, then
``os.replace``), so a build that is killed keeps the entries of what it had parsed;
a half-written temporary file is removed by the next build.

Beside the entries, ``files.json`` remembers each file's size, times, inode and SHA-256,
so the next build reads and hashes only files whose stat changed. A damaged index only
means hashing every file again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import tempfile
import time
import typing
import warnings
from pathlib import Path
from typing import Any, Callable

import orjson

from .errors import CacheWarning
from .extract import Claim
from .read.model import DocumentSummary

__all__ = ["ParseCache", "CorruptEntry", "parser_version", "to_plain", "from_plain", "encode_entry", "decode_entry"]

# the modules whose code decides what a document's parse is (and how an entry is stored); a
# pattern stands for the files it matches under orgnet/, in sorted order
_PARSER_MODULES = (
    "read/*.py",
    "lexicon.py",
    "patterns.py",
    "names.py",
    "countries.py",
    "extract/*.py",
    "vocabulary.py",
    "vocab_checks.py",
    "parsing.py",
    "scoring.py",
    "cache.py",
)

#: the first word of an entry's header; the number is the entry format's version
MAGIC = b"orgnet-parse-cache/1"
SUFFIX = ".entry"

Parse = tuple[DocumentSummary, list[Claim]]


@functools.lru_cache(maxsize=1)
def parser_version() -> str:
    """A digest of the parser's code and vocabulary: any change gives a new value."""
    from ._version import __version__

    here = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for pattern in _PARSER_MODULES:
        for path in sorted(here.glob(pattern)):
            h.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    for p in sorted((here / "vocab").glob("*.yaml")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- plain data


class _Strings(dict):
    """The distinct strings of one entry, each mapped to its index in the entry's table."""

    def add(self, s: str) -> int:
        return self.setdefault(s, len(self))


# Objects are stored column by column: a field's values for all the objects of an entry in
# one list. Each column is checked and turned back into values in one pass of C code
# (map, set, list indexing), and the objects are made by one map(cls, *columns), which
# loads as fast as a pickle of the same objects.
#
# A crafted entry (one whose checksum is right: written on purpose, not damaged) can hold
# any JSON; decoding still gives each field a value of its type, or fails. A string field
# is looked up in the entry's string table, which is checked to hold strings only: whatever
# the plain value, the field gets a string or the lookup fails (IndexError, TypeError).


def _of_types(col: list, types: frozenset[type]) -> list:
    if type(col) is not list or not types.issuperset(map(type, col)):
        raise ValueError(f"expected a list of {' or '.join(sorted(t.__name__ for t in types))}")
    return col


_INT, _STR, _LIST = frozenset({int}), frozenset({str}), frozenset({list})


def _strs(col: list, strings: list[str]) -> list[str]:
    if type(col) is not list:
        raise ValueError("expected a list of string indexes")
    return list(map(strings.__getitem__, col))


def _int_tuples(col: list, strings: list[str]) -> list[tuple[int, ...]]:
    _of_types(col, _LIST)
    _of_types([i for x in col for i in x], _INT)
    return [tuple(x) if x else () for x in col]


def _pairs(col: list, strings: list[str]) -> list[list[tuple[int, str]]]:
    out = []
    for x in _of_types(col, _LIST):
        if set(map(len, _of_types(x, _LIST))) - {2}:
            raise ValueError("expected [integer, string index] pairs")
        keys, values = zip(*x) if x else ((), ())
        out.append(list(zip(_of_types(list(keys), _INT), _strs(list(values), strings))))
    return out


# For each field type the cache can store: how one value becomes plain data (given the
# entry's string table) and how a column of plain values becomes the field's values,
# checking their types.
_CODECS: dict[Any, tuple[Callable[[Any, _Strings], Any], Callable[[list, list[str]], list]]] = {
    str: (lambda v, s: s.add(v), _strs),
    int: (lambda v, s: v, lambda c, s: _of_types(c, _INT)),
    float: (lambda v, s: v, lambda c, s: _of_types(c, frozenset({float, int}))),
    bool: (lambda v, s: v, lambda c, s: _of_types(c, frozenset({bool}))),
    int | None: (lambda v, s: v, lambda c, s: _of_types(c, frozenset({int, type(None)}))),
    bytes: (lambda v, s: v.hex(), lambda c, s: list(map(bytes.fromhex, _of_types(c, _STR)))),
    tuple[int, ...]: (lambda v, s: list(v), _int_tuples),
    dict[int, str]: (lambda v, s: [[k, s.add(x)] for k, x in v.items()], lambda c, s: list(map(dict, _pairs(c, s)))),
    list[tuple[int, str]]: (lambda v, s: [[k, s.add(x)] for k, x in v], _pairs),
    list[str]: (lambda v, s: [s.add(x) for x in v], lambda c, s: [_strs(x, s) for x in _of_types(c, _LIST)]),
}


class _Codec:
    """Objects of one dataclass to and from columns of plain data, made from its fields and
    their types: a new field is stored as it is added, a field of a type without a codec
    stops the import."""

    def __init__(self, cls: type) -> None:
        hints = typing.get_type_hints(cls)
        self.cls = cls
        self.fields = [f.name for f in dataclasses.fields(cls)]
        types = [hints[name] for name in self.fields]
        for f, t in zip(dataclasses.fields(cls), types):
            if t not in _CODECS:
                raise TypeError(
                    f"orgnet/cache.py cannot store {cls.__name__}.{f.name} of type {t}: add the type to _CODECS"
                )
            if not f.init or f.kw_only:
                raise TypeError(f"orgnet/cache.py: {cls.__name__}.{f.name} must be a positional __init__ field")
        self._codecs = [(name, *_CODECS[t]) for name, t in zip(self.fields, types)]
        self.schema = ",".join(f"{name}:{t}" for name, t in zip(self.fields, types))

    def encode(self, objs: list, strings: _Strings) -> list[list]:
        """One column per field, of the objects' values as plain data."""
        return [[enc(getattr(o, name), strings) for o in objs] for name, enc, _ in self._codecs]

    def decode(self, columns: list, strings: list[str]) -> list:
        """The objects that :meth:`encode` gave ``columns`` of."""
        if type(columns) is not list or len(columns) != len(self._codecs):
            raise ValueError(f"expected {len(self._codecs)} columns of {self.cls.__name__}")
        values = [dec(col, strings) for (_, _, dec), col in zip(self._codecs, columns)]
        if len(set(map(len, values))) > 1:
            raise ValueError(f"columns of {self.cls.__name__} of different lengths")
        return list(map(self.cls, *values))


_SUMMARY = _Codec(DocumentSummary)
_CLAIM = _Codec(Claim)
#: a digest of both dataclasses' field names and types, in every header
SCHEMA = hashlib.sha256(f"{_SUMMARY.schema};{_CLAIM.schema}".encode()).hexdigest()[:16].encode()


def to_plain(value: Parse) -> list:
    """One document's parse as plain data: ``[strings, summary, claims]``.

    ``strings`` are the distinct strings, each once (as a pickle shares them); the summary
    and the claims are each a list of columns, one per field in field order, of the values
    as plain data: a string as its index in ``strings``, a tuple as a list, ``bytes`` as
    hexadecimal, a ``dict[int, str]`` or ``list[tuple[int, str]]`` as ``[int, string
    index]`` pairs; numbers, ``True``/``False`` and ``None`` as they are.
    """
    summary, claims = value
    strings = _Strings()
    s = _SUMMARY.encode([summary], strings)
    c = _CLAIM.encode(claims, strings)
    return [list(strings), s, c]


def from_plain(plain: Any) -> Parse:
    """The parse :func:`to_plain` gave ``plain`` of; ``ValueError`` (or ``TypeError``,
    ``IndexError``) when ``plain`` is not such data or a value has the wrong type."""
    strings, s, c = plain
    _of_types(strings, _STR)
    (summary,) = _SUMMARY.decode(s, strings)
    return summary, _CLAIM.decode(c, strings)


def _header(key: str, payload: bytes) -> bytes:
    return (
        b" ".join(
            (MAGIC, SCHEMA, key.encode(), str(len(payload)).encode(), hashlib.sha256(payload).hexdigest().encode())
        )
        + b"\n"
    )


def encode_entry(key: str, value: Parse) -> bytes:
    """The bytes of the entry of ``value`` under ``key``: header line and JSON payload.

    The JSON is written by orjson, or by the standard library when orjson cannot (a lone
    surrogate, as in a file name that is not UTF-8; an integer beyond 64 bits).
    """
    plain = to_plain(value)
    try:
        payload = orjson.dumps(plain)
    except TypeError:
        payload = json.dumps(plain, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return _header(key, payload) + payload


class CorruptEntry(ValueError):
    """An entry that cannot be used; the message says why."""


def decode_entry(key: str, data: bytes) -> Parse:
    """The parse an entry's bytes hold, checked against ``key``; :class:`CorruptEntry`
    (saying what is wrong) for anything but an intact entry of this format."""
    line, nl, payload = data.partition(b"\n")
    if line + nl != _header(key, payload):
        parts = line.split(b" ")
        if not nl or parts[0] != MAGIC or len(parts) != 5:
            raise CorruptEntry("not an orgnet cache entry of this version (damaged or foreign header)")
        if parts[1] != SCHEMA:
            raise CorruptEntry("written for other claim or summary fields")
        if parts[2] != key.encode():
            raise CorruptEntry("its header names another key")
        if parts[3] != str(len(payload)).encode():
            raise CorruptEntry(
                f"{len(payload)} payload bytes where the header says {_shown_bytes(parts[3])}: truncated or extended"
            )
        raise CorruptEntry("checksum mismatch: the entry was changed after it was written")
    try:
        try:
            plain = orjson.loads(payload)
        except orjson.JSONDecodeError:
            plain = json.loads(payload)  # what encode_entry wrote with the standard library
        return from_plain(plain)
    except (ValueError, TypeError, IndexError, KeyError, RecursionError) as exc:
        # only a file written with a valid checksum but not by this code gets here
        raise CorruptEntry(f"its content is not a parse ({exc})") from None


def _shown_bytes(b: bytes) -> str:
    """Bytes of a header as text for a message (undecodable bytes escaped)."""
    return b.decode("ascii", "backslashreplace")[:40]


# --------------------------------------------------------------------------- the cache


class ParseCache:
    """Parsed documents on disk, keyed by content and parser version.

    ``hits``, ``misses`` (no entry) and ``rejected`` (entries found but not usable, each
    reported by a :class:`~orgnet.errors.CacheWarning`) count this build's look-ups.
    """

    #: a file changed this close (ns) before the index was saved is hashed again next time:
    #: two writes within one file-system clock tick can leave the same size and times
    RACY_NS = 2_000_000_000

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder) / parser_version()
        self.used: set[str] = set()
        self.hits = self.misses = 0
        self.rejected: list[Path] = []  # entries that were there but damaged, foreign or crafted
        self.written = 0
        self.hashed = 0  # files read and hashed by this build (the others matched the index)
        self._index_path = self.folder / "files.json"
        self._index = self._read_index()
        self._seen: dict[str, list] = {}

    def key(self, path: Path, meta: dict | None) -> str | None:
        """The key of one document, or ``None`` when the file cannot be read.

        The file's SHA-256 is taken from the index of the last build when its size,
        modification and change times and inode are the same (as git's index does), so an
        unchanged file is not read again; otherwise the file is read and hashed.
        """
        try:
            st = path.stat()
            name = str(path.resolve())
            sig = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            old = self._index["files"].get(name)
            if (
                isinstance(old, list)
                and len(old) == 5
                and old[:4] == sig
                and isinstance(old[4], str)
                and sig[2] < self._index["saved_ns"] - self.RACY_NS
            ):
                digest = old[4]
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                self.hashed += 1
        except OSError:
            return None
        self._seen[name] = sig + [digest]
        h = hashlib.sha256(digest.encode())
        h.update(b"\0" + path.name.encode("utf-8", "surrogateescape"))
        h.update(b"\0" + json.dumps(meta or {}, sort_keys=True, default=str).encode())
        return h.hexdigest()

    def _read_index(self) -> dict:
        try:
            data = json.loads(self._index_path.read_text("utf-8"))
            if isinstance(data.get("files"), dict) and isinstance(data.get("saved_ns"), int):
                return data
        except (OSError, ValueError, AttributeError, RecursionError):
            pass
        return {"saved_ns": 0, "files": {}}

    def path(self, key: str) -> Path:
        """The file of the entry under ``key``."""
        return self.folder / f"{key}{SUFFIX}"

    def get(self, key: str | None) -> Parse | None:
        """The cached parse under ``key``, or ``None``: no entry, or one that is not intact
        (then deleted, and reported by a :class:`~orgnet.errors.CacheWarning` naming it)."""
        if key is None:
            return None
        p = self.path(key)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:
            self._reject(p, f"not readable ({exc.strerror or exc})")
            return None
        try:
            value = decode_entry(key, data)
        except CorruptEntry as exc:
            self._reject(p, str(exc))
            return None
        self.used.add(key)
        self.hits += 1
        return value

    def _reject(self, p: Path, why: str) -> None:
        """Count, delete and report an entry that is there but cannot be used."""
        self.misses += 1
        self.rejected.append(p)
        with_unlink = ""
        try:
            p.unlink(missing_ok=True)
        except OSError:
            with_unlink = " (and cannot be deleted)"
        warnings.warn(CacheWarning(f"{p}: cache entry not used: {why}{with_unlink}; parsed again"), stacklevel=3)

    def put(self, key: str | None, value: Parse) -> None:
        """Store one parse under ``key`` at once (temporary file, then ``os.replace``).

        An entry is written only when it reads back equal to ``value``; one that cannot be
        written (disk full, read-only folder) only means a slower next build.
        """
        if key is None:
            return
        self.used.add(key)
        try:
            data = encode_entry(key, value)
            if decode_entry(key, data) != value:
                return  # a value of a type the plain data would change: parsed each time, never wrong
        except (ValueError, TypeError, OverflowError, RecursionError):
            return
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f"{key}.", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.path(key))
            self.written += 1
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def prune(self) -> None:
        """Delete entries this build did not use, leftovers (temporary files of a killed
        build, entries of an older format), and caches of other parser versions."""
        root = self.folder.parent
        if not root.is_dir():
            return
        with contextlib.suppress(OSError):  # what cannot be deleted now is tried again next build
            for d in root.iterdir():
                if d.is_dir() and d != self.folder:
                    for f in d.glob("*"):
                        f.unlink(missing_ok=True)
                    d.rmdir()
        if self.folder.is_dir():
            for f in self.folder.iterdir():
                if f != self._index_path and not (f.suffix == SUFFIX and f.stem in self.used) and not f.is_dir():
                    with contextlib.suppress(OSError):
                        f.unlink(missing_ok=True)
            self._save_index()

    def _save_index(self) -> None:
        """Remember the files this build saw (their stat and SHA-256) for the next build."""
        try:
            tmp = self._index_path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"saved_ns": time.time_ns(), "files": self._seen}), "utf-8")
            tmp.replace(self._index_path)
        except OSError:
            pass  # without an index the next build hashes every file: slower, not wrong
