"""Atomic, verified builds: the build lock, the commit of a build's files, the manifest.

A build into ``OUT`` holds ``OUT/.orgnet.lock`` (``fcntl.flock``: the OS releases it when
the process ends, however it ends, so a lock left by a killed build never blocks) and
writes every file into a fresh folder ``OUT/.orgnet-build-<id>/`` (same file system).
Only when all of them are written (and flushed to disk) does it commit them:

1. ``manifest.json`` is replaced (``os.replace``) by a *replacing* marker naming the build;
2. each file is moved into place with ``os.replace``;
3. the new ``manifest.json`` (build id, versions, created time and each file's name, bytes,
   SHA-256 and rows) replaces the marker with ``os.replace``: the very last step.

So until step 1 the old build is intact and readable, after step 3 the new one is, and in
between (a few renames) the marker makes readers refuse the folder with a clear message
instead of reading a mix. Readers (:func:`verify`) trust only the files the manifest lists,
and only when their sizes and SHA-256 match, so a file truncated, changed or copied in from
another build is refused too. Leftover ``.orgnet-build-*`` folders of a killed build are
removed by the next build into the folder, and never read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import InputError

__all__ = [
    "MANIFEST_FILE",
    "LOCK_FILE",
    "BuildLockedError",
    "build_lock",
    "commit",
    "read_manifest",
    "verify",
    "file_digest",
]

MANIFEST_FILE = "manifest.json"
LOCK_FILE = ".orgnet.lock"
TMP_PREFIX = ".orgnet-build-"
#: version of the manifest's layout
MANIFEST_FORMAT = 1

_held: dict[str, int] = {}  # folders whose lock this process holds -> nesting depth


class BuildLockedError(InputError):
    """Another build into the same folder is running (it holds ``OUT/.orgnet.lock``)."""


@contextlib.contextmanager
def build_lock(out: str | Path) -> Iterator[Path]:
    """Hold ``out/.orgnet.lock`` for the block, or raise :class:`BuildLockedError` at once
    naming the lock file and the PID that holds it. Re-entrant within one process. On
    acquiring it, leftovers of killed builds (``.orgnet-build-*`` folders) are removed."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from exc
    path = out / LOCK_FILE
    key = str(out.resolve())
    if key in _held:
        _held[key] += 1
        try:
            yield path
        finally:
            _held[key] -= 1
        return
    if os.name == "nt":  # pragma: no cover - no flock on Windows: builds there are not locked
        _held[key] = 1
        try:
            _clean(out)
            yield path
        finally:
            del _held[key]
        return
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(f"{path}: cannot write in the output folder ({exc.strerror or exc})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        try:
            pid = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
        except OSError:
            pid = "unknown"
        os.close(fd)
        raise BuildLockedError(
            f"{path}: another build into {out} is running (PID {pid} holds the lock); "
            f"wait for it to end, or stop it, and build again"
        ) from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held[key] = 1
        _clean(out)
        yield path
    finally:
        _held.pop(key, None)
        os.close(fd)  # releases the lock


def _clean(out: Path) -> None:
    """Remove the temporary folders of earlier (killed) builds."""
    for p in out.glob(f"{TMP_PREFIX}*"):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - e.g. a directory on a file system that cannot sync it
        pass
    finally:
        os.close(fd)


def _created() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = (
        dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        if epoch.isdigit()
        else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    )
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _put_json(data: dict, dest: Path, scratch: Path) -> None:
    tmp = scratch / f"{dest.name}.new"
    tmp.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    _fsync(tmp)
    os.replace(tmp, dest)


def commit(out: str | Path, write: Callable[[Path], dict[str, int]], stale: tuple[str, ...] = ()) -> list[Path]:
    """Write a build into ``out`` atomically (see the module's text) and return the paths of
    its files, the manifest last.

    ``write(folder)`` writes the files into ``folder`` and returns ``{file name: rows}``.
    Files named in ``stale`` that the new build does not write (a format it leaves out) are
    deleted once the new manifest is in place, so no file of an older build lies beside it.
    """
    from ._version import __version__
    from .cache import parser_version

    out = Path(out)
    with build_lock(out):
        build_id = f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
        scratch = out / f"{TMP_PREFIX}{build_id}"
        files: list[dict[str, Any]] = []
        try:
            scratch.mkdir()
            rows = write(scratch)
            for name in sorted(rows):
                p = scratch / name
                _fsync(p)
                files.append({"name": name, "bytes": p.stat().st_size, "sha256": file_digest(p), "rows": rows[name]})
            _fsync(scratch)
        except OSError as exc:  # a full disk, a folder made read-only: the old build stays as it was
            shutil.rmtree(scratch, ignore_errors=True)
            where = exc.filename or scratch
            raise InputError(
                f"{where}: cannot write the build ({exc.strerror or exc}); {out} is left as it was"
            ) from exc
        except BaseException:  # a build stopped while writing (--strict, Ctrl-C): nothing of it stays
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "build_id": build_id,
            "orgnet_version": __version__,
            "parser_version": parser_version(),
            "created": _created(),
            "state": "complete",
            "files": files,
        }
        _put_json({"format": MANIFEST_FORMAT, "build_id": build_id, "state": "replacing"}, out / MANIFEST_FILE, scratch)
        _fsync(out)
        for name in sorted(rows):
            os.replace(scratch / name, out / name)
        _put_json(manifest, out / MANIFEST_FILE, scratch)
        _fsync(out)
        for name in stale:
            if name not in rows:
                (out / name).unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return [out / name for name in sorted(rows)] + [out / MANIFEST_FILE]


def _rebuild(folder: Path) -> str:
    return f"run `orgnet build --out {folder}` again"


def read_manifest(folder: str | Path) -> dict | None:
    """The manifest of a build folder, or None when it has none (a build by an older orgnet).
    A manifest that cannot be read, or that marks a build stopped while replacing its files,
    raises :class:`InputError`."""
    folder = Path(folder)
    path = folder / MANIFEST_FILE
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc}); {_rebuild(folder)}") from None
    try:
        data = json.loads(text)
        ok = (
            isinstance(data, dict)
            and isinstance(data.get("files", []), list)
            and all(isinstance(f, dict) and {"name", "bytes", "sha256"} <= set(f) for f in data.get("files", []))
        )
    except ValueError:
        ok = False
    if not ok:
        raise InputError(f"{path}: not a valid orgnet manifest (truncated or edited?); {_rebuild(folder)}")
    if data.get("state") != "complete":
        raise InputError(
            f"{folder}: build {data.get('build_id', '?')} was stopped while replacing its files "
            f"(or is replacing them now), so the folder may hold a mix of two builds; "
            f"{_rebuild(folder)}"
        )
    return data


def check_entry(folder: Path, entry: dict, data: bytes | None = None) -> None:
    """Raise :class:`InputError` unless the file of one manifest entry is there with its
    size and SHA-256 (``data``: its bytes, when the caller has read them already)."""
    path = folder / entry["name"]
    build = entry.get("_build", "?")
    where = f"manifest.json (build {build})"
    if data is None:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise InputError(
                f"{path}: missing, but listed in {where}; the build is incomplete: {_rebuild(folder)}"
            ) from None
    else:
        size = len(data)
    if size != entry["bytes"]:
        raise InputError(
            f"{path}: {size} bytes, but {where} lists {entry['bytes']} bytes: the file is truncated, "
            f"changed or from another build; {_rebuild(folder)}"
        )
    digest = hashlib.sha256(data).hexdigest() if data is not None else file_digest(path)
    if digest != entry["sha256"]:
        raise InputError(
            f"{path}: its SHA-256 does not match {where}: the file was changed or comes from "
            f"another build; {_rebuild(folder)}"
        )


def entries(manifest: dict) -> dict[str, dict]:
    """The manifest's files by name (each entry also carries the build id, for messages)."""
    return {f["name"]: {**f, "_build": manifest.get("build_id", "?")} for f in manifest.get("files", [])}


def verify(folder: str | Path) -> dict:
    """Check every file a build's manifest lists (size and SHA-256); return the manifest, or
    raise :class:`InputError` naming the first file that is wrong. A folder without a
    manifest is an error here (``orgnet verify``); :func:`orgnet.read_tables` reads one with
    a warning."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such tables folder (run `orgnet build` first)")
    manifest = read_manifest(folder)
    if manifest is None:
        raise InputError(
            f"{folder}: no {MANIFEST_FILE} (a build by an older orgnet, or not a build); {_rebuild(folder)}"
        )
    for entry in entries(manifest).values():
        check_entry(folder, entry)
    return manifest
