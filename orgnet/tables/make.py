"""Making the six tables from documents, their claims and the resolution: :func:`make_tables`,
:class:`TableMaker` (the tables stage; their schema and files are in :mod:`orgnet.tables.files`)."""

from __future__ import annotations

import gc
import itertools
import re
import typing
from collections import Counter
from operator import attrgetter
from typing import Iterable, Iterator, NamedTuple, Sequence

import pandas as pd

from .. import vocabulary
from ..extract import Claim, claim_id
from ..names import name_key
from ..read.document import summarize
from ..read.mirrors import find_mirrors, mirror_roots
from ..read.model import Document, DocumentSummary
from ..resolve import Resolution
from ..resolve.stored import StoredResolution
from .edgestore import Buckets, EdgeStore
from .files import IDS_COLUMNS, SCHEMA, Tables, TableWriter, _columns_frame
from .rows import (
    _DESCRIBING,
    _OWN_RELATIONS,
    _conflicts,
    _documents,
    _EdgeClaim,
    _edges,
    _merge_rows,
    _nodes,
    _OwnClaim,
)

__all__ = ["make_tables", "TableMaker", "SINK_ROWS"]


class _ClaimRow(NamedTuple):
    """One row of the claims table, as Python values (what the aggregations read); the fields
    are the columns of ``SCHEMA["claims"]``, in order.

    >>> _ClaimRow._fields == tuple(SCHEMA["claims"])
    True
    """

    claim_id: str
    subject: str
    relation: str
    object: str
    value: str
    start: int | None
    end: int | None
    title: str
    doc: str
    section: str
    char_start: int
    char_end: int
    evidence: str
    refs: str
    citations: str
    method: str
    hedge: str
    confidence: float
    subject_name: str
    object_name: str
    context: str
    context_start: int | None


def make_tables(
    docs: Sequence[Document | DocumentSummary],
    claims_by_doc: dict[str, list[Claim]],
    res: Resolution | StoredResolution,
    meta: dict[str, dict] | None = None,
) -> Tables:
    """Assemble the six tables from documents (or their summaries), their claims and the
    resolution. Pure. (:class:`TableMaker` does the same a document at a time.)"""
    filed_elsewhere = {c.doc for d, cs in claims_by_doc.items() for c in cs if c.doc != d}
    maker = TableMaker(docs, res, meta, filed_elsewhere)
    for d in maker.summaries:
        maker.add(d, claims_by_doc.get(d.doc, []))
    return maker.tables()


class TableMaker:
    """:func:`make_tables` a document at a time: :meth:`add` each document's claims, in the
    order of ``docs``, then :meth:`tables`. The claims of a document are read once and let go;
    what it keeps between documents is the claims table's columns and, per edge, entity and
    single-valued fact, the claims that make it.

    ``filed_elsewhere`` names the documents some claims say they come from while they are
    given under another document (the analyst's added claims, under ``curations.yaml``): their
    claim ids are made unique across those documents too.

    >>> from orgnet.resolve import resolve
    >>> from orgnet.read.model import DocumentSummary
    >>> claims = [Claim("Ada Li", "leads", "Bureau of Tests", doc="a.txt", char_start=0, char_end=30)]
    >>> maker = TableMaker([DocumentSummary(doc="a.txt")], resolve(claims))
    >>> maker.add(maker.summaries[0], claims)
    >>> maker.tables().edges[["source", "relation", "target"]].values.tolist()
    [['ada-li', 'leads', 'bureau-of-tests']]
    """

    def __init__(
        self,
        docs: Sequence[Document | DocumentSummary],
        res: Resolution | StoredResolution,
        meta: dict[str, dict] | None = None,
        filed_elsewhere: Iterable[str] = (),
        sink: TableWriter | None = None,
    ) -> None:
        self.sink = sink
        self.n_claims = 0
        self.meta = meta or {}
        # a list (or tuple) of documents or summaries is summarized here; any other sequence is taken
        # as summaries read when asked for (orgnet.spool.SpooledSummaries: they wait on disk)
        self.summaries: Sequence[DocumentSummary] = (
            [summarize(d) for d in docs]
            if isinstance(docs, (list, tuple))
            else typing.cast(Sequence[DocumentSummary], docs)
        )
        self.res = res
        self.relations = vocabulary.relations()
        self.doc_order = {d.doc: i for i, d in enumerate(self.summaries)}
        self.mirror_of = find_mirrors(self.summaries)
        self.columns: dict[str, list] = {name: [] for name in SCHEMA["claims"]}
        # claim ids are unique across documents: an id starts with its document's name, so only the
        # names that several documents share (once made safe for an id) need ids counted across them
        safe = Counter(_id_part(d.doc) for d in self.summaries)
        self._shared = {x for x, n in safe.items() if n > 1} | {_id_part(d) for d in filed_elsewhere}
        self._seen_ids: dict[str, int] = {}
        self._rels = set(self.relations)
        # each edge's claims, and each entity's documents and own claims: on disk when the claims
        # are written as they come (a sink)
        ids = list(res.entities) if isinstance(res, StoredResolution) else sorted(res.entities)  # stored: sorted
        self._edges = EdgeStore(ids, spill=sink is not None)
        self._named = Buckets(ids, spill=sink is not None)  # (id, document, claims naming it there, own claims)
        self.n_edges = self.n_nodes = 0
        self._node_ids: set[str] = set()  # the ids of the nodes table (the merges table's entities)
        # each end of each edge (an entity id), as the edges table is made: a node's degree
        self._ends = Buckets(ids, spill=sink is not None)
        self._per_doc: Counter = Counter()
        # the single-valued facts and current heads the conflicts table compares, by entity
        self._facts = Buckets(ids, spill=sink is not None)  # (id, field, value, document, claim id)
        self._heads = Buckets(ids, spill=sink is not None)  # (id, head's label, document, claim id)
        rel_vocab = vocabulary.load("relations")
        self._single = {a for a, spec in rel_vocab["attributes"].items() if spec.get("single_valued")}
        self._top = set(rel_vocab["top_titles"])
        present = "|".join(re.escape(w) for w in vocabulary.names()["present_words"])
        self._is_present = re.compile(rf"\b(?:{present})\b").search

    def add(self, doc: DocumentSummary, claims: Sequence[Claim], references: dict[int, str] | None = None) -> None:
        """Take one document's claims (``doc`` is its summary, one of :attr:`summaries`);
        ``references``: the document's reference list, when its summary no longer holds it."""
        refs = doc.references if references is None else references
        col = _claim_columns(doc, claims, self.res, self._claim_ids(claims), refs)
        for name, values in col.items():
            self.columns[name].extend(values)
        self.n_claims += len(claims)
        if self.sink is not None and len(self.columns["claim_id"]) >= SINK_ROWS:
            self._to_sink()
        # the aggregations read the rows as Python values: iterating Arrow-backed columns is far slower
        rows = list(map(_ClaimRow._make, zip(*(col[name] for name in SCHEMA["claims"]))))
        self._per_doc[doc.doc] += len(rows)
        named: dict[str, int] = {}  # entity -> the claims naming it in this document
        own: dict[str, list[_OwnClaim]] = {}  # entity -> its claims here of _OWN_RELATIONS
        for row in rows:
            self._take(row, named, own)
        for eid, n in named.items():
            self._named.add(eid, (eid, doc.doc, n, own.get(eid, ())))

    def _claim_ids(self, claims: Sequence[Claim]) -> list[str]:
        """:func:`orgnet.extract.claim_ids` of one document's claims, unique across all documents."""
        out: list[str] = []
        local: dict[str, int] = {}
        for c in claims:
            cid = claim_id(c)
            seen = self._seen_ids if _id_part(c.doc) in self._shared else local
            seen[cid] = n = seen.get(cid, 0) + 1
            out.append(cid if n == 1 else f"{cid}~{n}")
        return out

    def _take(self, row: _ClaimRow, named: dict[str, int], own: dict[str, list[_OwnClaim]]) -> None:
        """Count one claim into the edge, entities (``named``, ``own``: of its document) and
        facts it speaks of."""
        if row.relation in self._rels and row.subject and row.object and row.subject != row.object:
            self._edges.add(
                (row.subject, row.object, row.relation),
                _EdgeClaim(
                    row.doc,
                    row.char_start,
                    row.title,
                    row.claim_id,
                    row.refs,
                    row.hedge,
                    row.start,
                    row.end,
                    row.confidence,
                ),
                (-row.confidence, self.doc_order.get(row.doc, 0), row.char_start),
                row.evidence,
            )
        for x in {row.subject, row.object}:
            if x:
                named[x] = named.get(x, 0) + 1
        if row.subject and row.relation in _OWN_RELATIONS:
            # the evidence only where it can be the node's description (see _description)
            described = row.relation == "type" and row.method in _DESCRIBING and len(row.evidence) > 40
            own.setdefault(row.subject, []).append(
                _OwnClaim(
                    row.relation,
                    row.value,
                    row.doc,
                    row.start,
                    row.method,
                    row.evidence if described else "",
                    row.char_start,
                )
            )
        if row.relation in self._single and row.subject:
            self._facts.add(row.subject, (row.subject, row.relation, row.value, row.doc, row.claim_id))
        # the current head of an organisation: a top-title `leads` claim with no end year;
        # a list entry is current only when it says so ("2023 – present"), not "(unknown – unknown)"
        elif (
            row.relation == "leads"
            and row.end is None
            and row.title in self._top
            and row.object
            and (row.method != "list" or not _IS_DATED(row.evidence) or self._is_present(row.evidence))
        ):
            entities = self.res.entities
            label = entities[row.subject].label if row.subject in entities else row.subject
            self._heads.add(row.object, (row.object, label, row.doc, row.claim_id))

    def _to_sink(self) -> None:
        typing.cast(TableWriter, self.sink).write(_columns_frame(self.columns, "claims"))
        self.columns = {name: [] for name in SCHEMA["claims"]}
        # a DataFrame holds reference cycles, and a build pauses the garbage collector (see
        # orgnet.stages.gc_paused): free each piece's frame now, a young-generation pass
        gc.collect(0)

    def tables(self) -> Tables:
        """The six tables of every document added (not with a ``sink``: see :meth:`other_tables`)."""
        if self.sink is not None:
            raise RuntimeError("the claims went to the sink; use other_tables()")
        return Tables(claims=_columns_frame(self.columns, "claims"), **self.other_tables())

    def other_tables(
        self, edge_sink: TableWriter | None = None, node_sink: TableWriter | None = None
    ) -> dict[str, pd.DataFrame]:
        """Every table but the claims (``nodes``, ``edges``, ``documents``, ``conflicts``,
        ``merges``, and ``ids``), by name: :meth:`edges_and_nodes`, then :meth:`last_tables`."""
        return self.edges_and_nodes(edge_sink, node_sink) | dict(self.last_tables())

    def edges_and_nodes(
        self, edge_sink: TableWriter | None = None, node_sink: TableWriter | None = None
    ) -> dict[str, pd.DataFrame]:
        """The ``edges`` and ``nodes`` tables, by name: :meth:`finish_claims`, :meth:`edges_table`
        and :meth:`nodes_table`. With an ``edge_sink`` (``node_sink``), the edges (nodes) table is
        written to it in pieces as it is made, and is not among the tables returned."""
        self.finish_claims()
        edges = self.edges_table(edge_sink)
        nodes = self.nodes_table(node_sink)
        return {
            **({"nodes": nodes} if nodes is not None else {}),
            **({"edges": edges} if edges is not None else {}),
        }

    def finish_claims(self) -> None:
        """With a ``sink``, the last claims to it: every claim is then written, and the sink can be
        closed (its last row group written) before the edges are made."""
        if self.sink is not None and self.columns["claim_id"]:
            self._to_sink()

    def edges_table(self, sink: TableWriter | None = None) -> pd.DataFrame | None:
        """The ``edges`` table, after :meth:`finish_claims`; with a ``sink``, written to it in pieces
        as it is made (:attr:`n_edges` counts its rows) and ``None`` is returned. Once: the edges'
        claims are let go as their rows are made."""
        ends = self._ends

        def count(piece: pd.DataFrame) -> None:
            for x in (*piece["source"].tolist(), *piece["target"].tolist()):
                ends.add(x, x)

        edges, self.n_edges = _drain(
            _edges(
                self._edges,
                self.res,
                self.doc_order,
                same_as=mirror_roots(self.mirror_of),
                rows=SINK_ROWS if sink is not None else None,
            ),
            sink,
            count,
        )
        self._edges.close()
        return edges

    def nodes_table(self, sink: TableWriter | None = None) -> pd.DataFrame | None:
        """The ``nodes`` table, after :meth:`edges_table` (a node's degree counts its edges); with
        a ``sink``, as :meth:`edges_table`. Once."""
        nodes, self.n_nodes = _drain(
            _nodes(self._named, self._ends, self.res, self.doc_order, rows=SINK_ROWS if sink is not None else None),
            sink,
            self._note_nodes,
        )
        self._named.close()
        self._ends.close()
        return nodes

    def _note_nodes(self, piece: pd.DataFrame) -> None:
        """Note the ids of a piece of the nodes table (the merges table keeps their unions): in the
        stored resolution's database, or here."""
        if isinstance(self.res, StoredResolution):
            self.res.add_nodes(piece["id"].tolist())
        else:
            self._node_ids.update(piece["id"].tolist())

    def last_tables(self, rows: int | None = None) -> Iterator[tuple[str, pd.DataFrame]]:
        """``(name, table)`` of ``documents``, ``conflicts``, ``merges`` and ``ids``, after
        :meth:`edges_and_nodes`: each made when the one before was taken, so that a caller who
        writes each and lets it go holds one of them at a time. With ``rows``, ``merges`` and
        ``ids`` come in pieces of at most that many rows (one ``(name, piece)`` each, in order;
        at least one piece per table)."""
        res = self.res
        yield "documents", _documents(self.summaries, self._per_doc, self.meta, self.mirror_of)
        yield "conflicts", _conflicts(self._facts, self._heads, res, self.doc_order)
        self._facts.close()
        self._heads.close()
        if isinstance(res, StoredResolution):
            merges: Iterable[tuple] = res.merge_rows()
        else:
            merges = _merge_rows(res, self._node_ids)
        for piece in _pieces(merges, rows, list(SCHEMA["merges"])):
            yield "merges", _columns_frame(piece, "merges")
        for piece in _pieces(res.registry_rows(), rows, list(IDS_COLUMNS)):
            yield "ids", pd.DataFrame(piece, columns=list(IDS_COLUMNS), dtype="string")


def _pieces(rows: Iterable[tuple], n: int | None, names: list[str]) -> Iterator[dict[str, list]]:
    """Rows (tuples in the order of ``names``) as columns, ``n`` rows at a time (``None``: all in
    one); at least one piece, maybe empty."""
    it = iter(rows)
    first = True
    while True:
        chunk = list(itertools.islice(it, n)) if n is not None else list(it)
        if chunk or first:
            yield dict(zip(names, ([list(c) for c in zip(*chunk)] if chunk else [[] for _ in names])))
        first = False
        if n is None or len(chunk) < n:
            return


def _drain(
    pieces: Iterable[pd.DataFrame], sink: TableWriter | None, each: typing.Callable[[pd.DataFrame], None]
) -> tuple[pd.DataFrame | None, int]:
    """Each piece of a table, after ``each(piece)``, to ``sink``; without a sink, the table is
    the one piece that comes. Returns the table (``None`` with a sink) and its rows."""
    whole, n = None, 0
    for piece in pieces:
        each(piece)
        n += len(piece)
        if sink is None:
            whole = piece
        elif len(piece):
            sink.write(piece)
    return whole, n


#: claims a :class:`TableMaker` with a sink gathers before it writes them (a piece of the claims table)
SINK_ROWS = 8192
_IS_DATED = re.compile(r"\([^()]*[–—-][^()]*\)").search


def _id_part(doc: str) -> str:
    """A document's name as a claim id begins with it (see :func:`orgnet.extract.claim_id`)."""
    return doc.replace(";", "_").replace("|", "_").replace(" ", "_")


def _claim_columns(
    d: DocumentSummary,
    claims: Sequence[Claim],
    res: Resolution | StoredResolution,
    ids: list[str],
    references: dict[int, str],
) -> dict[str, list]:
    """One document's rows of the claims table as columns of Python values (one comprehension
    per column is far faster than one object per row)."""
    subjects = [(name_key(c.subject), c.doc) for c in claims]
    objects = [(name_key(c.object), c.doc) if c.object else None for c in claims]
    found = res.ids_in({*subjects, *(o for o in objects if o is not None)})  # the document's names at once
    col = {
        "claim_id": ids,
        "subject": [found.get(s, "") for s in subjects],
        "object": [found.get(o, "") if o is not None else "" for o in objects],
        "doc": [d.doc] * len(claims),
        "refs": [";".join(map(str, c.refs)) if c.refs else "" for c in claims],
        "citations": [
            " | ".join(f"[{r}] {references[r]}" for r in c.refs if r in references) if c.refs else "" for c in claims
        ],
        "subject_name": [c.subject for c in claims],
        "object_name": [c.object for c in claims],
    }
    for name in SCHEMA["claims"]:
        if name not in col:
            col[name] = list(map(attrgetter(name), claims))
    return col
