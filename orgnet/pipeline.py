"""Run the stages in order: read -> extract -> resolve -> tables.

:func:`build` is what ``orgnet build`` runs and what a notebook calls::

    import orgnet
    tables = orgnet.build("seeds/")
    tables.edges.head()

Each document is read and its claims extracted on its own (a pure function of the
file's bytes and its metadata), so the per-document step can be spread over processes
or machines; only :func:`orgnet.resolve.resolve` looks at all documents together.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from pathlib import Path

import yaml

from . import vocabulary
from .cache import ParseCache
from .curate import CURATIONS_FILE, Curations, load_curations
from .documents import Document, DocumentSummary, read_document, summarize
from .errors import InputError, StrictModeError
from .extract import Claim, claim_ids, extract_claims
from .resolve import resolve
from .tables import Tables, make_tables

__all__ = ["build", "parse_one", "load_sources", "load_ids", "list_documents", "TEXT_SUFFIXES", "DOC_TIMEOUT_DEFAULT"]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
SOURCES_FILE = "sources.yaml"
#: CPU seconds one document's parse may take in a build, per MB of the file and at least this
#: (see :func:`parse_one`), before it is stopped (status ``timeout``)
DOC_TIMEOUT_DEFAULT = 60.0


def list_documents(folder: str | Path) -> tuple[list[Path], list[Path]]:
    """Files of a seeds folder: ``(documents, other files)``, each sorted by name.

    Hidden files, ``sources.yaml`` and ``curations.yaml`` are neither.
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder (give the folder that holds the documents)")
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        raise InputError(f"{folder}: cannot list the folder ({exc.strerror or exc})") from exc
    docs: list[Path] = []
    other: list[Path] = []
    for p in entries:
        if p.name in (SOURCES_FILE, "sources.yml", CURATIONS_FILE, "curations.yml") or p.is_dir():
            continue
        (docs if p.suffix.lower() in TEXT_SUFFIXES else other).append(p)
    return docs, other


def load_sources(folder: str | Path) -> tuple[dict[str, dict], list[str]]:
    """Per-document metadata from ``<folder>/sources.yaml`` (optional) and any warnings.

    The file maps a document's file name to ``title``, ``url``, ``retrieved``,
    ``reliability`` (an Admiralty grade A-F) and ``reliability_reason`` (why that grade, one
    sentence). A malformed file is a warning, not an error.
    """
    path = Path(folder) / SOURCES_FILE
    if not path.exists():
        return {}, []
    try:
        data = vocabulary.load_yaml(path.read_text("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f", line {mark.line + 1}"
        return {}, [f"{path}{where}: not readable as YAML ({str(exc).splitlines()[0]}); metadata ignored"]
    if not isinstance(data, dict):
        return {}, [f"{path}: expected a mapping of file name -> metadata; metadata ignored"]
    grades = vocabulary.hedges()["confidence"]["reliability"]
    out, warnings = {}, []
    for name, m in data.items():
        if not isinstance(m, dict):
            warnings.append(f"{path}: entry {name!r} is not a mapping; ignored")
            continue
        m = dict(m)
        g = str(m.get("reliability", "") or "").strip().upper()
        if g and g[:1] not in grades:
            warnings.append(f"{path}: {name}: reliability {m['reliability']!r} is not an Admiralty grade A-F")
            g = ""
        m["reliability"] = g[:1]
        out[str(name)] = m
    return out, warnings


class _OverBudget(BaseException):
    """Raised by the timer's signal handler in a parse that is over its time budget (a
    BaseException, like KeyboardInterrupt, so that no ``except Exception`` on the way swallows it)."""


@contextlib.contextmanager
def _time_budget(seconds: float | None):
    """Raise :class:`_OverBudget` inside the block once the process has spent ``seconds`` of CPU
    time in it.

    CPU time, not wall time, so that a busy machine does not stop a parse that a quiet one
    finishes: which documents are parsed does not depend on the load. A ``SIGPROF`` timer
    (``signal.setitimer(ITIMER_PROF)``), so only in the main thread of a process, which is where
    documents are parsed (a build's parse workers and its single-process path). Elsewhere
    (another thread, a platform without ``setitimer``), with a profiling timer already running,
    or with ``seconds`` ``None`` or not above 0, the block runs without a budget.
    """
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread() \
            or signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        yield
        return

    def over(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def parse_one(path: str | Path, meta: dict | None = None, *,
              timeout: float | None = None) -> tuple[Document, list[Claim]]:
    """Read one file and extract its claims (the per-document, parallelisable step).

    Parameters
    ----------
    path : path
        The document.
    meta : dict, optional
        Its entry of ``sources.yaml`` (its ``reliability`` grade scales the claims' confidence).
    timeout : float, optional
        A time budget in seconds (a build's is :data:`DOC_TIMEOUT_DEFAULT`) for a file of up to
        1 MB, and as many times that as the file has MB (a 20 MB file gets 20 x ``timeout``):
        parsing is linear in the size, so a large file is not stopped for being large, while a
        small file that would take minutes is. A parse still running after its budget is
        stopped, and the document comes back with status ``timeout``, a warning naming the file
        and the budget, and no claims. The budget is CPU time (a ``SIGPROF`` timer; a busy
        machine stops no more parses than a quiet one) and is kept only in the main thread of a
        process; in any other thread the parse runs to its end.

    Returns
    -------
    (Document, list of Claim)
    """
    if timeout:
        return _within_budget(parse_one, path, meta, timeout)
    doc = read_document(path)
    conf = vocabulary.hedges()["confidence"]
    grade = (meta or {}).get("reliability") or conf["default_reliability"]
    claims = extract_claims(doc, reliability_factor=conf["reliability"].get(grade, 1.0)) if doc.text else []
    return doc, claims


def _within_budget(parse, path: str | Path, meta: dict | None,
                   timeout: float | None) -> tuple[Document, list[Claim]]:
    """``parse(path, meta)`` stopped after ``timeout`` seconds per MB of the file, and at least
    ``timeout`` (see :func:`_time_budget`): then a document with status ``timeout``, a warning
    naming the file and the budget, and no claims."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # (read_document says why it cannot be read)
    budget = (timeout or 0.0) * max(1.0, size / 1e6)
    try:
        with _time_budget(budget):
            return parse(path, meta)
    except _OverBudget:
        return Document(doc=path.name, path=str(path), status="timeout", layout="empty",
                        warnings=[f"{path.name}: parse stopped after {budget:.4g} s (the per-document "
                                  f"time budget); not parsed"]), []


def _parse_task(task: tuple[Path, dict | None, float | None]) -> tuple[DocumentSummary, list[Claim]]:
    """One document's parse as a worker returns it: the text stays in the worker. The third item
    of ``task`` is the document's time budget in seconds (``None``: none; see :func:`parse_one`)."""
    path, meta, timeout = task
    doc, claims = _within_budget(parse_one, path, meta, timeout) if timeout else parse_one(path, meta)
    return summarize(doc), claims


def _parse_many(paths: list[Path], meta: dict, jobs: int,
                progress: bool, doc_timeout: float | None = None) -> list[tuple[DocumentSummary, list[Claim]]]:
    """Parse documents, in a process pool when there are enough of them; results in input order."""
    tasks = [(p, meta.get(p.name), doc_timeout) for p in paths]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), desc="parsing", unit="doc")
    out: list[tuple[DocumentSummary, list[Claim]]] = []
    if jobs > 1 and len(tasks) >= 4 * jobs:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for r in pool.map(_parse_task, tasks, chunksize=max(1, min(32, len(tasks) // (jobs * 8)))):
                out.append(r)
                if bar:
                    bar.update()
    else:
        for t in tasks:
            out.append(_parse_task(t))
            if bar:
                bar.update()
    if bar:
        bar.close()
    return out


@contextlib.contextmanager
def _gc_paused():
    """Pause Python's cyclic garbage collector while cached parses load and while the
    whole-corpus stages run.

    They allocate millions of small objects and free almost none, so every collection
    walks the whole, growing heap for nothing: on 10,000 articles that is a third of
    the time of resolve and make_tables, and half of loading 2,000 cached parses.
    Reference counting still frees memory.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_ids(path: str | Path) -> tuple[dict[str, str], list[str]]:
    """The ids a previous build gave (``entity_ids.csv``, or the folder holding it) as
    ``pinned`` for :func:`orgnet.resolve.resolve`, and any warnings. A missing file is no ids;
    an unreadable one is a warning, not an error: ids are then derived afresh."""
    import pandas as pd

    from .resolve import pinned_from
    from .tables import IDS_COLUMNS, IDS_FILE

    path = Path(path)
    if path.is_dir():
        path = path / IDS_FILE
    if not path.exists():
        return {}, []
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        return {}, [f"{path}: not readable ({str(exc).splitlines()[0] if str(exc) else exc}); ids derived afresh"]
    if list(df.columns) != list(IDS_COLUMNS):
        return {}, [f"{path}: expected the columns {', '.join(IDS_COLUMNS)}; ids derived afresh"]
    return pinned_from(zip(df["id"], df["key"], df["doc"])), []


def _reject_claims(claims_by_doc: dict[str, list[Claim]], curations: Curations) -> list[str]:
    """Leave out the claims the analyst rejected by id; warn about ids no claim has."""
    if not curations.reject_claims:
        return []
    wanted = {cid for cid, _ in curations.reject_claims}
    found: set[str] = set()
    for doc, claims in claims_by_doc.items():
        ids = claim_ids(claims)
        if wanted & set(ids):
            found |= wanted & set(ids)
            claims_by_doc[doc] = [c for c, cid in zip(claims, ids) if cid not in wanted]
    return [f"{e.where()}: reject: no claim has the id {cid!r}" for cid, e in curations.reject_claims
            if cid not in found]


def _curated_claims(curations: Curations) -> list[Claim]:
    """The analyst's added claims, with the confidence of a curated, stated claim of an ungraded source."""
    conf = vocabulary.hedges()["confidence"]
    value = conf["method"]["curated"] * conf["hedge"]["stated"] * conf["reliability"][conf["default_reliability"]]
    out = []
    for c, _ in curations.adds:
        c.confidence = round(value, 3)
        out.append(c)
    return out


def _curate_after(claims_by_doc: dict[str, list[Claim]], res, curations: Curations) -> list[str]:
    """Apply rejected links, labels and kinds to the resolution and the claims; warn about
    entries that match nothing."""
    def entity(name: str) -> str | None:
        return name.strip() if name.strip() in res.entities else res.id_of(name)

    warnings = []
    for s, rel, t, e in curations.reject_links:
        sid, tid = entity(s), entity(t)
        if sid is None or tid is None:
            warnings.append(f"{e.where()}: reject: no entity is called {(s if sid is None else t)!r}")
            continue
        n = 0
        for doc, claims in claims_by_doc.items():
            keep = [c for c in claims if not (c.relation == rel and res.id_of(c.subject, c.doc) == sid
                                              and c.object and res.id_of(c.object, c.doc) == tid)]
            n += len(claims) - len(keep)
            claims_by_doc[doc] = keep
        if not n:
            warnings.append(f"{e.where()}: reject: no link {s} -{rel}-> {t}")
    kinds = vocabulary.kinds()
    for name, new, e in curations.labels + curations.kinds:
        eid = entity(name)
        if eid is None:
            warnings.append(f"{e.where()}: {e.action}: no entity is called {name!r}")
            continue
        ent = res.entities[eid]
        if e.action == "kind":
            if new not in kinds:
                warnings.append(f"{e.where()}: kind: {new!r} is not a kind of vocab/kinds.yaml")
            else:
                ent.kind = new
        elif new != ent.label:
            ent.aliases = [a for a in ent.aliases if a != new] + [ent.label]
            ent.label = new
    return warnings


def build(folder: str | Path = "seeds", *, strict: bool = False, progress: bool | None = None,
          jobs: int | None = None, cache: str | Path | None = None, ids: str | Path | None = None,
          doc_timeout: float | None = DOC_TIMEOUT_DEFAULT) -> Tables:
    """Build the six tables from a folder of documents.

    Parameters
    ----------
    folder : path
        The folder of documents (``*.txt``; also ``.md``, ``.html``) and an optional
        ``sources.yaml``.
    strict : bool
        Raise :class:`~orgnet.errors.StrictModeError` when any document has a warning.
    progress : bool, optional
        Show a progress bar; by default only for more than 50 documents on a terminal.
    jobs : int, optional
        Processes that parse documents (default: all cores). Output does not depend on it.
    cache : path, optional
        A folder for parsed documents (see :mod:`orgnet.cache`): unchanged documents are
        not parsed again. ``orgnet build`` uses ``<out>/.cache``.
    ids : path, optional
        A previous build's ``entity_ids.csv`` (or its folder): entities keep the ids they had
        there, whatever documents were added or however their label changed. ``orgnet build``
        uses ``<out>/entity_ids.csv`` and writes it anew after each build.
    doc_timeout : float, optional
        CPU seconds one document's parse may take, per MB of the file and at least this (default
        :data:`DOC_TIMEOUT_DEFAULT`; ``None``: no limit; see :func:`parse_one`). A document over
        its budget gets status ``timeout``, a warning and no claims, and the build goes on. Kept
        in the parse workers and in the single-process path (the main thread); a build run from
        another thread has no budget.

    Returns
    -------
    Tables
        ``nodes``, ``edges``, ``claims``, ``documents``, ``conflicts`` DataFrames.
    """
    paths, others = list_documents(folder)
    meta, meta_warnings = load_sources(folder)
    pinned, id_warnings = load_ids(ids) if ids is not None else ({}, [])
    meta_warnings += id_warnings
    if progress is None:
        progress = len(paths) > 50 and sys.stderr.isatty()
    jobs = max(1, jobs or os.cpu_count() or 1)
    store = ParseCache(cache) if cache else None
    results: dict[Path, tuple[DocumentSummary, list[Claim]]] = {}
    keys: dict[Path, str | None] = {}
    todo = []
    with _gc_paused():  # loading cached parses allocates many objects and frees none
        for p in paths:
            if store is not None:
                keys[p] = store.key(p, meta.get(p.name))
                hit = store.get(keys[p])
                if hit is not None:
                    results[p] = hit
                    continue
            todo.append(p)
    for p, r in zip(todo, _parse_many(todo, meta, jobs, progress, doc_timeout)):
        results[p] = r
        if store is not None:
            store.put(keys[p], r)
    if store is not None:
        store.prune()
    docs: list[DocumentSummary] = []
    claims_by_doc: dict[str, list[Claim]] = {}
    for p in paths:
        doc, claims = results[p]
        docs.append(doc)
        claims_by_doc[doc.doc] = claims
    for p in others:
        docs.append(DocumentSummary(doc=p.name, path=str(p), status="skipped", layout="empty",
                             warnings=[f"{p.name}: not a text document ({p.suffix or 'no extension'}); "
                                       f"orgnet reads {', '.join(TEXT_SUFFIXES)}"]))
    if docs and meta_warnings:
        docs[0].warnings.extend(meta_warnings)
    for name in sorted(set(meta) - {d.doc for d in docs}):
        (docs[0].warnings if docs else meta_warnings).append(
            f"{SOURCES_FILE}: metadata for {name!r}, which is not in {folder}")
    curations, cur_warnings, has_curations = load_curations(folder)
    if has_curations:
        cur_doc = DocumentSummary(doc=CURATIONS_FILE, path=str(Path(folder) / CURATIONS_FILE), layout="curations",
                                  title="Analyst curations", warnings=cur_warnings)
        docs.append(cur_doc)
        cur_warnings += _reject_claims(claims_by_doc, curations)
        claims_by_doc[CURATIONS_FILE] = _curated_claims(curations)
    with _gc_paused():
        res = resolve([c for d in docs for c in claims_by_doc.get(d.doc, [])], pinned, curations)
        if has_curations:
            cur_warnings += res.warnings + _curate_after(claims_by_doc, res, curations)
        tables = make_tables(docs, claims_by_doc, res, meta)
    if strict:
        problems = [w for d in docs for w in d.warnings] + ([] if docs else meta_warnings)
        if problems:
            raise StrictModeError(f"{len(problems)} warning(s) under --strict; first: {problems[0]}")
    return tables
