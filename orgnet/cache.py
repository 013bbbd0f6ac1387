"""A cache of parsed documents, so a rebuild parses only what changed.

Each entry is one document's ``(DocumentSummary, claims)``, pickled, under a key made of the
file's name, the SHA-256 of its bytes, its ``sources.yaml`` metadata and the *parser
version* (a digest of the reading and extraction code and of the vocabulary). Change
any of them and the entry is simply not found. The cache lives beside the tables
(``<out>/.cache/`` for ``orgnet build``) and is safe to delete at any time.

Beside the entries, ``files.json`` remembers each file's size, times, inode and SHA-256,
so the next build reads and hashes only files whose stat changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
import time
from pathlib import Path
from typing import Any

__all__ = ["ParseCache", "parser_version"]

# the modules whose code decides what a document's parse is
_PARSER_MODULES = ("documents.py", "infobox.py", "extract.py", "vocabulary.py", "pipeline.py", "mirrors.py",
                   "offsets.py")


@functools.lru_cache(maxsize=1)
def parser_version() -> str:
    """A digest of the parser's code and vocabulary: any change gives a new value."""
    from . import __version__

    here = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for name in _PARSER_MODULES:
        h.update(name.encode() + b"\0" + (here / name).read_bytes())
    for p in sorted((here / "vocab").glob("*.yaml")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


class ParseCache:
    """Parsed documents on disk, keyed by content and parser version."""

    #: a file changed this close (ns) before the index was saved is hashed again next time:
    #: two writes within one file-system clock tick can leave the same size and times
    RACY_NS = 2_000_000_000

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder) / parser_version()
        self.used: set[str] = set()
        self.hits = self.misses = 0
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
            if old and old[:4] == sig and sig[2] < self._index["saved_ns"] - self.RACY_NS:
                digest = old[4]
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                self.hashed += 1
        except OSError:
            return None
        self._seen[name] = sig + [digest]
        h = hashlib.sha256(digest.encode())
        h.update(b"\0" + path.name.encode())
        h.update(b"\0" + json.dumps(meta or {}, sort_keys=True, default=str).encode())
        return h.hexdigest()

    def _read_index(self) -> dict:
        try:
            data = json.loads(self._index_path.read_text("utf-8"))
            if isinstance(data.get("files"), dict) and isinstance(data.get("saved_ns"), int):
                return data
        except (OSError, ValueError, AttributeError):
            pass
        return {"saved_ns": 0, "files": {}}

    def get(self, key: str | None) -> Any | None:
        if key is None:
            return None
        p = self.folder / f"{key}.pickle"
        try:
            with p.open("rb") as fh:
                value = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.used.add(key)
        self.hits += 1
        return value

    def put(self, key: str | None, value: Any) -> None:
        if key is None:
            return
        self.used.add(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{key}.tmp"
            with tmp.open("wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(self.folder / f"{key}.pickle")
        except OSError:
            pass  # a cache that cannot be written is only a slower build

    def prune(self) -> None:
        """Delete entries this build did not use, and caches of other parser versions."""
        root = self.folder.parent
        if not root.is_dir():
            return
        for d in root.iterdir():
            if d.is_dir() and d != self.folder:
                for f in d.glob("*"):
                    f.unlink(missing_ok=True)
                d.rmdir()
        if self.folder.is_dir():
            for f in self.folder.glob("*.pickle"):
                if f.stem not in self.used:
                    f.unlink(missing_ok=True)
            for f in self.folder.glob("*.tmp"):  # left by a build killed while writing an entry
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
