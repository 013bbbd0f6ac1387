"""Where the per-document parse runs: on this machine's cores, or on a Dask cluster.

The parse of one document is a pure function of its bytes and its ``sources.yaml`` entry,
so it can run anywhere. :func:`parse_on_dask` sends each document's bytes (not its path: a
worker on another machine cannot see this one's files) to the workers of a
``dask.distributed`` cluster and gathers each document's summary and claims; the build then
goes on here as with the local engine, so the tables are byte-identical.

Dask is an optional extra (``pip install 'orgnet[dask]'``); this module imports it only when
the Dask engine is used. Without a scheduler address a local cluster of ``jobs`` worker
processes is started and stopped. With one (``tcp://host:8786``), the cluster must have
orgnet installed at the same version on every worker (dask-jobqueue on an HPC scheduler and
the Dask Kubernetes operator are the usual ways to get such a cluster).

At most a few documents per worker are in flight at a time, so the bytes of a large corpus
never sit in memory all at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["ENGINES", "parse_bytes", "parse_on_dask"]

#: the values of ``orgnet build --engine``
ENGINES = ("local", "dask")
#: documents in flight per worker (enough to keep each busy while results travel back)
IN_FLIGHT_PER_WORKER = 4


def parse_bytes(name: str, data: bytes, path: str, meta: dict | None) -> tuple[Any, list]:
    """The task a worker runs: one document's bytes -> ``(DocumentSummary, claims)``."""
    from .parsing import claims_of
    from .read.document import document_from_bytes, summarize

    doc = document_from_bytes(data, name, path)
    return summarize(doc), claims_of(doc, meta)


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A ``(client, cluster)`` pair; ``cluster`` is ``None`` when connecting to an address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("the Dask engine needs Dask: pip install 'orgnet[dask]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as exc:
            raise InputError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from exc
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    )
    return Client(cluster), cluster


def parse_on_dask(
    tasks: list[tuple[Path, dict | None]], *, scheduler: str | None = None, workers: int = 2, progress: bool = False
) -> Iterator[tuple[int, tuple[Any, list]]]:
    """Parse documents on a Dask cluster; yield ``(index into tasks, (summary, claims))`` as
    each document finishes (not in order).

    Parameters
    ----------
    tasks
        ``(path, sources.yaml entry)`` per document, as the local engine takes them.
    scheduler
        A Dask scheduler's address; ``None`` starts a local cluster of ``workers`` processes.
    workers
        Worker processes of the local cluster.
    progress
        Show a progress bar of documents parsed.
    """
    from .read.document import read_bounded, read_document, summarize
    from .read.folder import display_name

    client, cluster = _client(scheduler, workers)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), desc="parsing (dask)", unit="doc")
    try:
        from dask.distributed import as_completed

        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        window = IN_FLIGHT_PER_WORKER * n_workers
        todo = iter(enumerate(tasks))
        running = as_completed()
        index: dict[str, int] = {}

        def submit_next() -> bool:
            for i, (path, meta) in todo:
                data = read_bounded(Path(path), _max_bytes())
                if isinstance(data, str):  # refused here, as the local engine would: nothing to send
                    pending.append((i, (summarize(read_document(path)), [])))
                    continue
                fut = client.submit(
                    parse_bytes, display_name(Path(path).name), data, display_name(str(path)), meta, pure=False
                )
                index[fut.key] = i
                running.add(fut)
                return True
            return False

        pending: list[tuple[int, tuple[Any, list]]] = []
        for _ in range(window):
            if not submit_next():
                break
        while pending or not running.is_empty():
            if pending:
                item = pending.pop()
            else:
                fut = next(running)
                item = (index.pop(fut.key), fut.result())
                fut.release()
                submit_next()
            if bar:
                bar.update()
            yield item
    finally:
        if bar:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()


def _max_bytes() -> int:
    from .read.document import MAX_BYTES_DEFAULT

    return MAX_BYTES_DEFAULT
