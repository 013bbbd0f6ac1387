"""Which entries of a documents folder are read, and why each of the others is not.

:func:`scan_folder` looks at every entry directly inside the folder, without opening any
file, and sorts it into one of three groups:

* **documents**: regular files (or links to regular files inside the folder) with a text
  extension (:data:`TEXT_SUFFIXES`); the pipeline reads and parses them;
* **metadata**: ``sources.yaml`` (or ``sources.yml``) and ``curations.yaml``;
* **skipped**: everything else, each with the reason it is not read: another extension, a
  subfolder, a hidden entry, a FIFO, socket or device, a link leaving the folder or a broken
  link. The build gives each a ``skipped`` row in ``documents.csv``, so every entry of the
  folder is accounted for.

A file name that is not valid UTF-8 is still read; its ``name`` shows each undecodable byte
as ``\\xNN`` and a warning says so.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("The Bureau of Tests is led by Ada Li.")
>>> (d / "sub").mkdir()
>>> scan = scan_folder(d)
>>> [e.name for e in scan.documents], [(e.name, e.reason) for e in scan.skipped]
(['a.txt'], [('sub', 'a folder; orgnet reads only the files directly in the folder, not those in subfolders')])
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

__all__ = ["TEXT_SUFFIXES", "METADATA_FILES", "FolderEntry", "FolderScan", "scan_folder", "display_name"]

#: extensions of the files orgnet reads as documents
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
#: files of the folder that describe the documents rather than being one
METADATA_FILES = ("sources.yaml", "sources.yml", "curations.yaml")


@dataclass(frozen=True)
class FolderEntry:
    """One entry of the folder: its path, the name shown in tables, why it is not read
    (empty for a document) and warnings about it (e.g. a file name that is not UTF-8)."""

    path: Path
    name: str
    reason: str = ""
    warnings: tuple[str, ...] = ()


@dataclass
class FolderScan:
    """Every entry of a folder, in three groups, each sorted by name."""

    documents: list[FolderEntry] = field(default_factory=list)
    metadata: list[FolderEntry] = field(default_factory=list)
    skipped: list[FolderEntry] = field(default_factory=list)


def display_name(name: str) -> str:
    """A file name as text that can be printed and written to any table: bytes that are not
    UTF-8 (kept by Python as surrogates) become ``\\xNN``.

    >>> display_name("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    >>> display_name("plain.txt")
    'plain.txt'
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


_FILE_TYPES = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _why_not_regular(mode: int) -> str:
    for test, what in _FILE_TYPES:
        if test(mode):
            return f"{what}, not a regular file; not read"
    return "not a regular file; not read"


def _classify(folder: Path, real_folder: Path, p: Path, name: str) -> str:
    """The reason an entry is not read as a document, or ``""`` when it is one."""
    if name.startswith("."):
        return "hidden (its name starts with a dot); not read"
    try:
        lst = p.lstat()
    except OSError as exc:
        return f"cannot be examined ({exc.strerror or exc}); not read"
    if stat.S_ISLNK(lst.st_mode):
        try:
            target = p.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a broken link (its target does not exist); not read"
        if target.parent != real_folder:
            return f"a link leaving the folder (to {display_name(str(target))}); not read"
        try:
            st = target.stat()
        except OSError as exc:
            return f"cannot be examined ({exc.strerror or exc}); not read"
    else:
        st = lst
    if stat.S_ISDIR(st.st_mode):
        return "a folder; orgnet reads only the files directly in the folder, not those in subfolders"
    if not stat.S_ISREG(st.st_mode):
        return _why_not_regular(st.st_mode)
    if p.suffix.lower() not in TEXT_SUFFIXES:
        return f"not a text document ({p.suffix or 'no extension'}); orgnet reads {', '.join(TEXT_SUFFIXES)}"
    return ""


def scan_folder(folder: str | Path) -> FolderScan:
    """Every entry directly inside ``folder``, as documents, metadata files and skipped
    entries with their reasons (see the module docstring). Nothing is opened or read.

    Raises
    ------
    InputError
        When ``folder`` does not exist, is not a folder or cannot be listed.
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder (give the folder that holds the documents)")
    try:
        entries = sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name))
    except OSError as exc:
        raise InputError(f"{folder}: cannot list the folder ({exc.strerror or exc})") from exc
    real_folder = folder.resolve()
    scan = FolderScan()
    for p in entries:
        name = display_name(p.name)
        warnings: tuple[str, ...] = ()
        if name != p.name:
            warnings = (f"{name}: the file name is not valid UTF-8; shown with \\xNN for its undecodable bytes",)
        if p.name in METADATA_FILES and p.is_file():
            scan.metadata.append(FolderEntry(p, name))
            continue
        reason = _classify(folder, real_folder, p, p.name)
        group = scan.skipped if reason else scan.documents
        group.append(FolderEntry(p, name, reason, warnings))
    return scan
