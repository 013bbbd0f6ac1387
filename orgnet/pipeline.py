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
import itertools
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Sequence

from .curate import CURATIONS_FILE, Curations, LinkRejections, curated_claims, load_curations, relabel
from .errors import InputError, StrictModeError
from .extract import Claim
from .lexicon import compiled
from .metadata import SOURCES_FILE, load_sources
from .parse_folder import parse_into
from .parsing import claims_of, parse_one
from .read.folder import TEXT_SUFFIXES, display_name, scan_folder
from .read.model import DocumentSummary
from .resolve import Resolver
from .resolve.stored import EditedEntities, StoredResolution, new_database
from .spool import ClaimSpool, in_child
from .stages import gc_paused, stage
from .tables import IDS_FILE, IdsWriter, TableMaker, Tables, TableWriter, summary_of
from .tables.make import SINK_ROWS

__all__ = [
    "build",
    "build_into",
    "BuildReport",
    "parse_one",
    "claims_of",
    "load_sources",
    "load_ids",
    "list_documents",
    "TEXT_SUFFIXES",
    "DOC_TIMEOUT_DEFAULT",
]

#: CPU seconds one document's parse may take in a build, per MB of the file and at least this
#: (see :func:`parse_one`), before it is stopped (status ``timeout``)
DOC_TIMEOUT_DEFAULT = 60.0


def list_documents(folder: str | Path) -> tuple[list[Path], list[Path]]:
    """Files of a seeds folder: ``(documents, other entries)``, each sorted by name.

    ``sources.yaml`` and ``curations.yaml`` are neither; :func:`orgnet.read.folder.scan_folder`
    says why each other entry is not read.
    """
    scan = scan_folder(folder)
    return [e.path for e in scan.documents], [e.path for e in scan.skipped]


def load_ids(path: str | Path) -> tuple[dict[str, str], list[str]]:
    """The ids a previous build gave (``entity_ids.csv``, or the folder holding it) as
    ``pinned`` for :func:`orgnet.resolve.resolve`, and any warnings. A missing file is no ids;
    an unreadable one is a warning, not an error: ids are then derived afresh."""
    import pandas as pd

    from .resolve import pinned_from
    from .tables import IDS_COLUMNS, IDS_FILE, csv_restore

    path = Path(path)
    if path.is_dir():
        path = path / IDS_FILE
    if not path.exists():
        return {}, []
    try:
        df = csv_restore(pd.read_csv(path, dtype=str, keep_default_na=False))
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        return {}, [f"{path}: not readable ({str(exc).splitlines()[0] if str(exc) else exc}); ids derived afresh"]
    if list(df.columns) != list(IDS_COLUMNS):
        return {}, [f"{path}: expected the columns {', '.join(IDS_COLUMNS)}; ids derived afresh"]
    return pinned_from(zip(df["id"], df["key"], df["doc"])), []


def _read_spooled(
    spool: ClaimSpool,
    docs: Sequence[DocumentSummary],
    curated: list[Claim],
    pinned: dict[str, str],
    curations: Curations,
    path: str,
) -> Resolver:
    """A :class:`~orgnet.resolve.Resolver` (its store in a database at ``path``) that has read
    every spooled claim, a document at a time (two reads of the spool: the names within each
    document, then all names). The analyst's added claims (``curated``, spooled last) are read
    within the documents they cite, after that document's own claims, as
    :func:`~orgnet.resolve.resolve` groups claims by their document."""
    r = Resolver(pinned, curations, path=path)
    cited: dict[str, list[Claim]] = defaultdict(list)
    for c in curated:
        cited[c.doc].append(c)
    last = len(docs) - 1 if curated else len(docs)  # the spool number of the curated claims
    for k in range(last):
        d = docs[k]
        claims = spool.get(k) if k in spool else []
        if claims:
            r.scope(d.doc, claims + cited.pop(d.doc, []))
    for doc, claims in cited.items():
        r.scope(doc, claims)
    for k in range(len(docs)):
        if k in spool:
            claims = spool.get(k)
            for c in claims:  # a claim that joins two names is kept in the merge log: without its context
                c.context = ""
            r.see(claims)
    return r


def _resolve_to_disk(
    spool: ClaimSpool,
    docs: Sequence[DocumentSummary],
    curated: list[Claim],
    pinned: dict[str, str],
    curations: Curations,
    has_curations: bool,
    path: str,
) -> tuple[StoredResolution, list[str]]:
    """The names of every spooled claim resolved into a database at ``path``
    (:meth:`orgnet.resolve.Resolver.save`, :mod:`orgnet.resolve.stored`), the analyst's labels and
    kinds applied (and the warnings of those that matched nothing): what the tables stage reads,
    a name or an entity at a time, instead of holding the resolution."""
    stored = _read_spooled(spool, docs, curated, pinned, curations, path).save()
    relabelled: list[str] = []
    if has_curations:
        edited = EditedEntities(path, stored.n_entities)
        relabelled = relabel(edited, curations)
        edited.write()
    return stored, relabelled


def _resolve_apart(spool: ClaimSpool, *args: Any) -> tuple[StoredResolution, list[str]]:
    """:func:`_resolve_to_disk` of ``spool, *args`` in a child process (:func:`orgnet.spool.in_child`),
    into a new temporary database file (removed if the child fails; one left by a killed build is
    removed by the next, :func:`orgnet.resolve.stored.new_database`)."""
    path = new_database()
    try:
        return in_child(_resolve_to_disk, spool, *args, path, shared=(spool,))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def build(
    folder: str | Path = "seeds",
    *,
    strict: bool = False,
    progress: bool | None = None,
    jobs: int | None = None,
    cache: str | Path | None = None,
    ids: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    doc_timeout: float | None = DOC_TIMEOUT_DEFAULT,
) -> Tables:
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
        not parsed again. ``orgnet build`` uses ``<out>/.cache``. An entry that is damaged
        is parsed again and reported by a :class:`~orgnet.errors.CacheWarning`; each entry
        is written as its document is parsed.
    ids : path, optional
        A previous build's ``entity_ids.csv`` (or its folder): entities keep the ids they had
        there, whatever documents were added or however their label changed. ``orgnet build``
        uses ``<out>/entity_ids.csv`` and writes it anew after each build.
    engine : {"local", "dask"}
        Where documents are parsed: processes of this machine, or a Dask cluster
        (:mod:`orgnet.engines`; ``pip install 'orgnet[dask]'``). The tables are the same.
    scheduler : str, optional
        The Dask scheduler's address; without one, ``engine="dask"`` starts a local cluster
        of ``jobs`` worker processes.
    doc_timeout : float, optional
        CPU seconds one document's parse may take, per MB of the file and at least this (default
        :data:`DOC_TIMEOUT_DEFAULT`; ``None``: no limit; see :func:`parse_one`). A document over
        its budget gets status ``timeout``, a warning and no claims, and the build goes on. Kept
        in the parse workers and in the single-process path (the main thread); a build run from
        another thread has no budget. Not kept on Dask workers.

    Returns
    -------
    Tables
        ``nodes``, ``edges``, ``claims``, ``documents``, ``conflicts`` DataFrames.
    """
    with _Corpus(
        folder,
        strict=strict,
        progress=progress,
        jobs=jobs,
        cache=cache,
        ids=ids,
        engine=engine,
        scheduler=scheduler,
        doc_timeout=doc_timeout,
    ) as corpus:
        return corpus.tables()


def build_into(
    folder: str | Path,
    out: str | Path,
    *,
    formats: tuple[str, ...] = ("csv", "parquet"),
    strict: bool = False,
    progress: bool | None = None,
    jobs: int | None = None,
    cache: str | Path | None = None,
    ids: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    doc_timeout: float | None = DOC_TIMEOUT_DEFAULT,
) -> BuildReport:
    """Build the tables of a folder of documents straight into ``out``, as ``orgnet build`` does:
    the same files as ``build(folder, ...).write(out, formats, ids=True)``, but the claims table
    is written as it is made and never held in memory whole, so a large corpus needs memory for
    its entities and edges, not for its claims. The write is atomic (:mod:`orgnet.integrity`).
    The parameters are those of :func:`build`.

    >>> import tempfile
    >>> report = build_into("seeds", tempfile.mkdtemp())
    >>> report.summary["documents"], report.paths[-1].name
    (5, 'manifest.json')
    """
    from .integrity import commit
    from .tables import TABLE_NAMES

    with _Corpus(
        folder,
        strict=strict,
        progress=progress,
        jobs=jobs,
        cache=cache,
        ids=ids,
        engine=engine,
        scheduler=scheduler,
        doc_timeout=doc_timeout,
    ) as corpus:
        report = BuildReport()

        def write(scratch: Path) -> dict[str, int]:
            report.summary, report.documents, rows = corpus.write_into(scratch, formats)
            return rows

        stale = tuple(f"{name}.{ext}" for name in TABLE_NAMES for ext in ("csv", "parquet"))
        report.paths = commit(out, write, stale=stale)
    return report


@dataclass
class BuildReport:
    """What :func:`build_into` wrote: ``paths`` (the manifest last), ``summary`` (rows per table
    and warnings, as :meth:`Tables.summary`) and the ``documents`` table."""

    paths: list[Path] = field(default_factory=list)
    summary: dict[str, int] = field(default_factory=dict)
    documents: Any = None


class _Corpus:
    """A build's documents parsed into a spool and their names resolved: what :func:`build` and
    :func:`build_into` share; then :meth:`tables` or :meth:`write_into` makes the tables."""

    def __init__(
        self,
        folder: str | Path,
        *,
        strict: bool,
        progress: bool | None,
        jobs: int | None,
        cache: str | Path | None,
        ids: str | Path | None,
        engine: str,
        scheduler: str | None,
        doc_timeout: float | None,
    ) -> None:
        scan = scan_folder(folder)
        paths = [e.path for e in scan.documents]
        meta, meta_warnings = load_sources(folder)
        pinned, id_warnings = load_ids(ids) if ids is not None else ({}, [])
        meta_warnings += id_warnings
        if progress is None:
            progress = len(paths) > 50 and sys.stderr.isatty()
        jobs = max(1, jobs or os.cpu_count() or 1)
        if engine not in ("local", "dask"):
            raise InputError(f"unknown engine {engine!r}; choose local or dask")
        self.strict, self.progress, self.meta, self.meta_warnings = strict, progress, meta, meta_warnings
        curations, self.cur_warnings, has_curations = load_curations(folder)
        self.spool = spool = ClaimSpool()
        # compiled once, here: the parse workers and the resolve child are forked and inherit it
        compiled()
        # the summaries wait in the spool (read when needed), but those changed below: the first
        # (the metadata's warnings) and the analyst's curations (their warnings)
        docs, n_claims, rejected = parse_into(
            spool, scan.documents, meta, curations, cache, jobs, progress, engine, scheduler, doc_timeout
        )
        for e in scan.skipped:
            docs.append(
                DocumentSummary(
                    doc=e.name,
                    path=display_name(str(e.path)),
                    status="skipped",
                    layout="empty",
                    warnings=[*e.warnings, f"{e.name}: {e.reason}"],
                )
            )
        if docs and meta_warnings:
            docs.keep(0).warnings.extend(meta_warnings)
        for name in sorted(set(meta) - {d.doc for d in docs} if meta else ()):
            (docs.keep(0).warnings if docs else meta_warnings).append(
                f"{SOURCES_FILE}: metadata for {name!r}, which is not in {folder}"
            )
        self.curated: list[Claim] = []
        if has_curations:
            docs.append(
                DocumentSummary(
                    doc=CURATIONS_FILE,
                    path=str(Path(folder) / CURATIONS_FILE),
                    layout="curations",
                    title="Analyst curations",
                    warnings=self.cur_warnings,
                ),
                keep=True,  # its warnings (self.cur_warnings) grow as the tables are made
            )
            self.cur_warnings += [
                f"{e.where()}: reject: no claim has the id {cid!r}"
                for cid, e in curations.reject_claims
                if cid not in rejected
            ]
            self.curated = curated_claims(curations)
            spool.put(len(docs) - 1, self.curated)
            n_claims += len(self.curated)
        self.docs = docs
        with gc_paused(), stage(progress, f"resolving the names of {n_claims:,} claims") as said:
            self.res, self.relabelled = _resolve_apart(spool, docs, self.curated, pinned, curations, has_curations)
            said(f"{len(self.res.entities):,} entities")
        self.rejections = LinkRejections(self.res, curations) if has_curations else None

    def _make(self, sink: TableWriter | None = None) -> TableMaker:
        """Every document's claims through a :class:`~orgnet.tables.TableMaker`; the warnings of
        the curations completed, and ``strict`` kept."""
        maker = TableMaker(
            self.docs, self.res, self.meta, {c.doc for c in self.curated if c.doc != CURATIONS_FILE}, sink=sink
        )
        for k, d in enumerate(maker.summaries):
            claims = self.spool.get(k) if k in self.spool else []
            maker.add(d, self.rejections.keep(claims) if self.rejections else claims, self.spool.references(k))
        if self.rejections is not None:
            self.cur_warnings += self.res.warnings + self.rejections.warnings() + self.relabelled
        if self.strict:
            problems = [w for d in self.docs for w in d.warnings] + ([] if self.docs else self.meta_warnings)
            if problems:
                raise StrictModeError(f"{len(problems)} warning(s) under --strict; first: {problems[0]}")
        return maker

    def tables(self) -> Tables:
        """The six tables, in memory."""
        with gc_paused(), stage(self.progress, "making the tables") as said:
            tables = self._make().tables()
            said(f"{len(tables.nodes):,} nodes, {len(tables.edges):,} edges")
        return tables

    def write_into(self, folder: Path, formats: tuple[str, ...]) -> tuple[dict[str, int], Any, dict[str, int]]:
        """Write the tables' files and ``entity_ids.csv`` into ``folder``, the claims as they are
        made; returns the summary, the documents table and ``{file name: rows}``."""
        with gc_paused(), stage(self.progress, "making and writing the tables") as said:
            # each table's writer is closed (its last Parquet row group written) before the next
            # table is made
            with TableWriter(folder, "claims", formats) as sink:
                maker = self._make(sink)
                maker.finish_claims()
            with TableWriter(folder, "edges", formats) as edge_sink:
                maker.edges_table(edge_sink)
            with TableWriter(folder, "nodes", formats) as node_sink:
                maker.nodes_table(node_sink)
            rows = dict(sink.rows) | edge_sink.rows | node_sink.rows
            counts = {"claims": maker.n_claims, "edges": maker.n_edges, "nodes": maker.n_nodes}
            documents = None
            # each written and let go before the next is made; merges and ids in pieces
            for name, pieces in itertools.groupby(maker.last_tables(rows=SINK_ROWS), key=itemgetter(0)):
                counts[name] = 0
                with IdsWriter(folder / IDS_FILE) if name == "ids" else TableWriter(folder, name, formats) as writer:
                    for _, df in pieces:
                        writer.write(df)
                        counts[name] += len(df)
                        documents = df if name == "documents" else documents
                rows.update(writer.rows)
            said(f"{counts['nodes']:,} nodes, {counts['edges']:,} edges, {counts['claims']:,} claims")
        return summary_of(counts, documents), documents, rows

    def __enter__(self) -> _Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.spool.close()
        self.res.close()
