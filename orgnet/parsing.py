"""One document's parse as a build runs it: read the file and extract its claims
(:func:`parse_one`), within a time budget, in a worker process or a Dask task.

This is the per-document, parallelisable step of :mod:`orgnet.pipeline`, kept apart so that
the parse cache's version (:func:`orgnet.cache.parser_version`, a digest of the modules that
decide a parse) does not change with the rest of the pipeline.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from pathlib import Path

from .extract import Claim, extract_claims
from .read.document import read_document, summarize
from .read.folder import display_name
from .read.model import Document, DocumentSummary
from .scoring import reliability_factor

__all__ = ["parse_one", "claims_of", "parse_task", "parse_chunk"]


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
    if (
        not seconds
        or seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_PROF)[0] > 0
    ):
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


def parse_one(
    path: str | Path, meta: dict | None = None, *, timeout: float | None = None
) -> tuple[Document, list[Claim]]:
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
    return doc, claims_of(doc, meta)


def claims_of(doc: Document, meta: dict | None = None) -> list[Claim]:
    """A read document's claims, weighed by the reliability grade of its ``sources.yaml`` entry."""
    factor = reliability_factor((meta or {}).get("reliability"))
    return extract_claims(doc, reliability_factor=factor) if doc.text else []


def _within_budget(parse, path: str | Path, meta: dict | None, timeout: float | None) -> tuple[Document, list[Claim]]:
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
        name = display_name(path.name)
        return Document(
            doc=name,
            path=display_name(str(path)),
            status="timeout",
            layout="empty",
            warnings=[f"{name}: parse stopped after {budget:.4g} s (the per-document time budget); not parsed"],
        ), []


def parse_task(task: tuple[Path, dict | None, float | None]) -> tuple[DocumentSummary, list[Claim]]:
    """One document's parse as a worker returns it: the text stays in the worker. The third item
    of ``task`` is the document's time budget in seconds (``None``: none; see :func:`parse_one`)."""
    path, meta, timeout = task
    doc, claims = _within_budget(parse_one, path, meta, timeout) if timeout else parse_one(path, meta)
    return summarize(doc), claims


def parse_chunk(tasks: list[tuple[Path, dict | None, float | None]]) -> list[tuple[DocumentSummary, list[Claim]]]:
    """Several documents' parses, in one call to a worker (fewer round trips)."""
    return [parse_task(t) for t in tasks]
