"""The Explorer's stored first view: its first display, kept between sessions (render stage).

An Explorer of a build's folder (``orgnet.Explorer("build/tables")``) stores what its first
display shows, the first time: the drawing's whole network as sent to the browser (the base
data's JSON text), the first view, the counts and status over the drawing, and the still
picture of a saved notebook. The next Explorer of the same folder, in any session, shows
them at once, before it reads the tables or builds the graph (neither pandas nor networkx
is imported for it), and does that work once the drawing has drawn, or when code asks for it
(see :class:`~orgnet.explorer.Explorer`).

A stored view is used only for the same build, code and arguments: it is kept under a
fingerprint (:func:`store_key`) of the folder's ``manifest.json`` (its build id and every
file's SHA-256, see :mod:`orgnet.integrity`) and the size and modification time of each file
it lists, of orgnet's code and vocabulary (every ``.py``, ``.yaml`` and ``.j2`` file of the
package) and the versions of the libraries the graph and its layout go through, and of the
Explorer's arguments that change its first display (``height``, ``max_table_rows``,
``layout``). A folder without a manifest (a build by an older orgnet) has no stored view.

The files go in the layouts' folder (:func:`orgnet.render.live.layout_cache_dir`; none when it
is switched off), named ``view-<fingerprint>.view``, the newest :data:`KEPT` kept: a first
line ``orgnet-first-view <format> <BLAKE2 digest of the rest>``, a line of JSON (the
fingerprint, the view, counts, status, the sizes of what follows), then the base data's text
and the still picture's HTML. A file is written atomically; one that cannot be
read, or whose sizes, digest or fingerprint do not match, is not used (and the first display
is made as without it).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FirstView", "store_key", "read", "write", "still_html", "KEPT", "FORMAT"]

#: the files' layout; another one is not read
FORMAT = 1
#: how many stored first views are kept (the newest; each about as big as the network's data)
KEPT = 8
_PREFIX, _SUFFIX, _MAGIC = "view-", ".view", "orgnet-first-view"
#: the libraries whose versions the stored view depends on (graph order, layout numbers, reading)
_LIBRARIES = ("networkx", "numpy", "pandas", "pyarrow")


@dataclass(frozen=True)
class FirstView:
    """What an Explorer's first display shows.

    Attributes
    ----------
    base_json : str
        The drawing's whole network as the browser is sent it (``NetworkView._base_json``).
    view : dict
        The first view (``NetworkView.view``).
    counts, status : str
        The HTML over the drawing.
    still : str
        The still picture for readers of a saved notebook (the ``text/html`` beside the widget).
    """

    base_json: str
    view: dict
    counts: str
    status: str
    still: str


@functools.lru_cache(maxsize=1)
def _code() -> bytes:
    """orgnet's code and vocabulary (every ``.py``, ``.yaml``, ``.j2`` file of the package, by
    content) and where the libraries of :data:`_LIBRARIES` are installed and when (a version
    installed over another changes its ``__init__.py``), hashed once per process."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.blake2b(digest_size=20)
    h.update(sys.version.encode("utf-8"))
    files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml", ".j2") and "__pycache__" not in p.parts)
    for p in files:
        data = p.read_bytes()
        h.update(f"\x00{p.relative_to(root).as_posix()}\x00{len(data)}\x00".encode("utf-8"))
        h.update(data)
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            st = os.stat(origin) if origin else None
        except OSError:
            st = None
        h.update(repr((name, origin, st and (st.st_size, st.st_mtime_ns))).encode("utf-8"))
    return h.digest()


def store_key(folder: str | os.PathLike, **arguments: Any) -> str | None:
    """The fingerprint a first view of the build in `folder` is stored under, for the
    Explorer's `arguments` (those that change its first display); None when the folder has no
    readable, complete manifest or a file it lists is missing (no stored view then).

    >>> import tempfile
    >>> store_key(tempfile.mkdtemp(), height=560) is None  # no manifest.json
    True
    """
    folder = Path(folder)
    try:
        text = (folder / "manifest.json").read_bytes()
        manifest = json.loads(text)
        if not isinstance(manifest, dict) or manifest.get("state") != "complete":
            return None
        h = hashlib.blake2b(digest_size=20)
        h.update(f"orgnet first view {FORMAT}\x00".encode("utf-8"))
        h.update(_code())
        h.update(json.dumps(arguments, sort_keys=True, default=str).encode("utf-8"))
        h.update(text)
        for entry in manifest.get("files") or ():
            st = (folder / str(entry["name"])).stat()
            h.update(repr((str(entry["name"]), st.st_size, st.st_mtime_ns)).encode("utf-8"))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return h.hexdigest()


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _folder() -> Path | None:
    from ..render.live import layout_cache_dir

    return layout_cache_dir()


def _path(folder: Path, key: str) -> Path:
    return folder / f"{_PREFIX}{key}{_SUFFIX}"


def read(key: str | None) -> FirstView | None:
    """The first view stored under `key`, if it is there and whole (else None)."""
    folder = _folder()
    if key is None or folder is None:
        return None
    try:
        data = _path(folder, key).read_bytes()
        first, _, whole = data.partition(b"\n")
        if first.decode("ascii").split() != [_MAGIC, str(FORMAT), _digest(whole)]:
            return None
        head, _, rest = whole.partition(b"\n")
        meta = json.loads(head)
        sizes = meta["sizes"]
        if meta.get("key") != key or sum(sizes) != len(rest):
            return None
        base_json, still = rest[: sizes[0]].decode("utf-8"), rest[sizes[0] :].decode("utf-8")
        view, counts, status = meta["view"], meta["counts"], meta["status"]
        if not (isinstance(view, dict) and isinstance(counts, str) and isinstance(status, str)):
            return None
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None
    return FirstView(base_json=base_json, view=view, counts=counts, status=status, still=still)


def write(key: str | None, first: FirstView) -> Path | None:
    """Store `first` under `key` (atomically), keep the newest :data:`KEPT` stored views, and
    return the file (None: not stored; a failure only means the next display is made again)."""
    folder = _folder()
    if key is None or folder is None:
        return None
    base, still = first.base_json.encode("utf-8"), first.still.encode("utf-8")
    meta = {
        "key": key,
        "view": first.view,
        "counts": first.counts,
        "status": first.status,
        "sizes": [len(base), len(still)],
    }
    whole = json.dumps(meta, separators=(",", ":")).encode("utf-8") + b"\n" + base + still
    path = _path(folder, key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{path.name}.{os.getpid()}.tmp"
        tmp.write_bytes(f"{_MAGIC} {FORMAT} {_digest(whole)}\n".encode("ascii") + whole)
        os.replace(tmp, path)
    except OSError:
        return None
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    """Keep the newest :data:`KEPT` stored first views (another session may be removing some)."""
    dated = []
    for p in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
        try:
            dated.append((p.stat().st_mtime_ns, p))
        except OSError:
            continue
    for _, old in sorted(dated, reverse=True)[KEPT:]:
        try:
            old.unlink()
        except OSError:
            pass


def still_html(base: dict, view: dict) -> str:
    """The still picture of `view` (an ``<img>`` of :func:`~orgnet.render.live.snapshot_svg`)
    for readers of a saved notebook without a kernel."""
    from ..render.assets import template_environment
    from ..render.live import snapshot_svg

    # an <img> of the SVG, not the SVG inline: JupyterLab's sanitizer (an untrusted notebook,
    # as one handed on is) removes inline SVG but keeps images
    svg = snapshot_svg(base, view)
    src = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        template_environment()
        .get_template("explorer-still.html.j2")
        .render(n_nodes=len(view["nodes"]), n_edges=len(view["edges"]), src=src)
        .rstrip("\n")
    )
