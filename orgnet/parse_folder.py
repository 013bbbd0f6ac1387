"""A folder's documents parsed into the claim spool (build stage): each from the parse cache when
it holds the file's parse, else parsed in a process pool (:func:`parse_many`) or on a Dask cluster
(:func:`parse_dask`), stored in the cache as it comes back, its claims put in the spool at once
(:func:`parse_into`); the per-document parse itself is :mod:`orgnet.parsing`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

from .cache import ParseCache
from .curate import Curations
from .extract import Claim, claim_ids
from .parsing import parse_chunk, parse_task
from .read.folder import FolderEntry
from .read.model import DocumentSummary
from .spool import ClaimSpool, SpooledSummaries
from .stages import gc_paused

__all__ = ["parse_into", "parse_many", "parse_dask"]


def parse_many(
    paths: list[Path],
    meta: dict,
    jobs: int,
    progress: bool,
    done: Callable[[int, tuple[DocumentSummary, list[Claim]]], None],
    doc_timeout: float | None = None,
) -> None:
    """Parse documents, in a process pool when there are enough of them.

    ``done(i, result)`` is called for the ``i``-th document as soon as its parse is back (with a
    pool, chunk by chunk in the order they finish), so the parse cache can store it and the
    claims go to the spool at once: a build that is killed keeps what it had parsed, and the
    results are not kept here. ``doc_timeout`` is each document's time budget (see
    :func:`parse_one`).
    """
    tasks = [(p, meta.get(p.name), doc_timeout) for p in paths]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), desc="parsing", unit="doc")

    def finished(i: int, r: tuple[DocumentSummary, list[Claim]]) -> None:
        done(i, r)
        if bar:
            bar.update()

    if jobs > 1 and len(tasks) >= 4 * jobs:
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        size = max(1, min(32, len(tasks) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending = {pool.submit(parse_chunk, tasks[i : i + size]): i for i in range(0, len(tasks), size)}
            try:
                while pending:
                    ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in sorted(ready, key=pending.__getitem__):
                        first = pending.pop(fut)
                        for j, r in enumerate(fut.result()):
                            finished(first + j, r)
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise
    else:
        for i, t in enumerate(tasks):
            finished(i, parse_task(t))
    if bar:
        bar.close()


def parse_dask(
    paths: list[Path],
    meta: dict,
    jobs: int,
    progress: bool,
    scheduler: str | None,
    done: Callable[[int, tuple[DocumentSummary, list[Claim]]], None],
) -> None:
    """Parse documents on a Dask cluster (:mod:`orgnet.engines`). ``done(i, result)`` is called
    as the ``i``-th document comes back (the cache stores it, the claims go to the spool)."""
    from .engines import parse_on_dask

    for i, r in parse_on_dask(
        [(p, meta.get(p.name)) for p in paths], scheduler=scheduler, workers=jobs, progress=progress
    ):
        done(i, r)


def parse_into(
    spool: ClaimSpool,
    entries: Sequence[FolderEntry],
    meta: dict,
    curations: Curations,
    cache: str | Path | None,
    jobs: int,
    progress: bool,
    engine: str,
    scheduler: str | None,
    doc_timeout: float | None,
) -> tuple[SpooledSummaries, int, set[str]]:
    """Parse the documents of a folder's ``entries``, or take their parses from the cache, into
    ``spool`` (the ``i``-th document's claims and summary under ``i``, the entry's warnings first),
    leaving out the claims the analyst rejected by id. Returns the documents' summaries, in order
    (read from the spool when asked for), the number of claims spooled and the rejected ids found."""
    paths, warnings = [e.path for e in entries], [e.warnings for e in entries]
    store = ParseCache(cache) if cache else None
    wanted = {cid for cid, _ in curations.reject_claims}
    rejected: set[str] = set()
    n_claims = 0

    def take(i: int, result: tuple[DocumentSummary, list[Claim]]) -> None:
        nonlocal n_claims
        doc, claims = result
        if wanted:
            ids = claim_ids(claims)
            if wanted.intersection(ids):
                rejected.update(wanted.intersection(ids))
                claims = [c for c, cid in zip(claims, ids) if cid not in wanted]
        if doc.references:  # kept on disk until the tables stage quotes them in citations
            spool.put_references(i, doc.references)
            doc = replace(doc, references={}, n_references=len(doc.references))
        if warnings[i]:
            doc = replace(doc, warnings=[*warnings[i], *doc.warnings])
        spool.put_summary(i, doc)
        spool.put(i, claims)
        n_claims += len(claims)

    keys: dict[int, str | None] = {}
    todo: list[int] = []
    with gc_paused():  # loading cached parses allocates many objects and frees none
        for i, p in enumerate(paths):
            if store is not None:
                keys[i] = store.key(p, meta.get(p.name))
                hit = store.get(keys[i])
                if hit is not None:
                    take(i, hit)
                    continue
            todo.append(i)

    def done(j: int, result: tuple[DocumentSummary, list[Claim]]) -> None:
        # each parse is stored as it comes back, before anything changes its summary; a parse
        # stopped by its time budget is not stored (a rebuild with a larger budget parses it again)
        if store is not None and result[0].status != "timeout":
            store.put(keys[todo[j]], result)
        take(todo[j], result)

    todo_paths = [paths[i] for i in todo]
    if engine == "local":
        parse_many(todo_paths, meta, jobs, progress, done, doc_timeout)
    else:
        parse_dask(todo_paths, meta, jobs, progress, scheduler, done)
    if store is not None:
        store.prune()
    return SpooledSummaries(spool, len(paths)), n_claims, rejected
