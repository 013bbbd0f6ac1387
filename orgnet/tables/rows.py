"""The rows of each table, made from what a :class:`~orgnet.tables.make.TableMaker` gathered:
the edges and nodes (a range of ids at a time), documents, conflicts and merges."""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter
from typing import Iterator, NamedTuple, Sequence

import pandas as pd

from ..names import name_key
from ..read.model import DocumentSummary
from ..resolve import Resolution
from ..resolve.stored import StoredResolution
from ..scoring import link_confidence
from ..values import compatible, value_kind
from .edgestore import Buckets, EdgeStore
from .files import SCHEMA, _columns_frame, _frame


def _join(items, sep: str = ";") -> str:
    """Distinct non-empty items in first-seen order, joined (a ``;`` inside an item becomes ``,``)."""
    seen, out = set(), []
    for x in items:
        x = "" if x is None else str(x).strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x.replace(sep, ",") if sep == ";" else x)
    return sep.join(out)


def _one(x) -> str:
    """``_join`` of a single item."""
    return "" if x is None else str(x).strip().replace(";", ",")


#: the relations of an entity's own claims the nodes table reads (Chinese name, founding, description)
_OWN_RELATIONS = frozenset({"name_zh", "founded", "established_by", "type"})
#: the methods of a ``type`` claim whose sentence can describe its subject ("X is a ...")
_DESCRIBING = frozenset({"pattern", "related"})


class _EdgeClaim(NamedTuple):
    """What an edge keeps of each of its claims (its evidence: only the best claim's, apart)."""

    doc: str
    char_start: int
    title: str
    claim_id: str
    refs: str
    hedge: str
    start: int | None
    end: int | None
    confidence: float


class _OwnClaim(NamedTuple):
    """What a node keeps of its own claims of :data:`_OWN_RELATIONS`."""

    relation: str
    value: str
    doc: str
    start: int | None
    method: str
    evidence: str
    char_start: int


def _edges(
    store: EdgeStore,
    res: Resolution | StoredResolution,
    doc_order: dict,
    same_as: dict[str, str] | None = None,
    rows: int | None = None,
) -> Iterator[pd.DataFrame]:
    """The edges table in pieces of at most ``rows`` rows (``None``: one piece, maybe empty): one
    row per (source, target, relation), aggregated from its claims in ``store``, its evidence
    that of its most confident claim (the first of equals). A bucket of the store is let go
    as its rows are made.

    `same_as` maps a mirror copy to the document it copies: in the confidence, the documents'
    claims are combined as independent sources, and a copy is the same source as its original.
    """
    out = _Columns("edges")
    for groups, best in store.buckets():
        labels = _labels(res, {x for s, t, _ in groups for x in (s, t)})  # the bucket's ends at once
        for s, t, r in sorted(groups):
            out.append(_edge_row(s, t, r, groups.pop((s, t, r)), best[(s, t, r)][1], labels, doc_order, same_as or {}))
            if rows is not None and out.n >= rows:
                yield out.frame()
                out = _Columns("edges")
    if rows is None or out.n:
        yield out.frame()


def _edge_row(
    s: str,
    t: str,
    r: str,
    g: list[_EdgeClaim],
    evidence: str,
    label: dict[str, str],
    doc_order: dict,
    same_as: dict[str, str],
) -> dict:
    """The row of the edge ``(s, t, r)`` from its claims' records ``g`` and its best ``evidence``
    (``label``: the entities' labels)."""
    labels = {"source_label": label.get(s, s), "target_label": label.get(t, t)}
    if len(g) == 1:  # most edges: one claim, nothing to aggregate
        x = g[0]
        return {
            "source": s,
            "target": t,
            "relation": r,
            "start": x.start,
            "end": x.end,
            "intervals": _intervals(g),
            "title": _one(x.title),
            "n_claims": 1,
            "docs": _one(x.doc),
            "evidence": evidence,
            "confidence": link_confidence([float(x.confidence)]),
            "hedge": x.hedge,
            **labels,
            "claim_ids": _one(x.claim_id),
            "refs": _join(x.refs.split(";")) if ";" in x.refs else _one(x.refs),
        }
    g.sort(key=lambda x: (doc_order.get(x.doc, 0), x.char_start))
    per_doc: dict[str, float] = {}  # per independent source: a mirror copy counts as its original
    for x in g:
        src = same_as.get(x.doc, x.doc)
        per_doc[src] = max(per_doc.get(src, 0.0), float(x.confidence))
    hedges = [x.hedge for x in g]
    starts = [x.start for x in g if x.start is not None]
    ends = [x.end for x in g if x.end is not None]
    return {
        "source": s,
        "target": t,
        "relation": r,
        "start": min(starts) if starts else None,
        "end": max(ends) if ends else None,
        "intervals": _intervals(g),
        "title": _join(x.title for x in g),
        "n_claims": len(g),
        "docs": _join(x.doc for x in g),
        "evidence": evidence,
        "confidence": link_confidence(per_doc.values()),
        "hedge": "stated" if "stated" in hedges else Counter(hedges).most_common(1)[0][0],
        **labels,
        "claim_ids": _join(x.claim_id for x in g),
        "refs": _join(r2 for x in g for r2 in x.refs.split(";")),
    }


def _labels(res: Resolution | StoredResolution, ids: set[str]) -> dict[str, str]:
    """``{entity id: label}`` of those of ``ids`` that are entities' ids."""
    if isinstance(res, StoredResolution):
        return res.labels(ids)
    entities = res.entities
    return {x: entities[x].label for x in ids if x in entities}


class _Columns:
    """A table's rows gathered as columns: a list per column costs a pointer per value, where a
    dict per row costs about a kilobyte.

    >>> cols = _Columns("merges")
    >>> cols.append({"entity": "a", "label": "A", "name": "A", "other_name": "B", "rule": "alias",
    ...              "doc": "d.txt", "claim_id": "", "evidence": ""})
    >>> cols.frame()["other_name"].tolist()
    ['B']
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.columns: dict[str, list] = {col: [] for col in SCHEMA[name]}
        self.n = 0

    def append(self, row: dict) -> None:
        for col, values in self.columns.items():
            values.append(row[col])
        self.n += 1

    def frame(self) -> pd.DataFrame:
        return _columns_frame(self.columns, self.name)


def _intervals(g: list) -> str:
    """Every distinct interval the claims give, in time order, ``;``-joined, each ``START-END``
    with an empty side when unknown; a claim with neither year adds nothing, and a half-open
    interval that shares its one year with a closed one is that term said less precisely.

    >>> C = NamedTuple("C", [("start", int | None), ("end", int | None)])
    >>> _intervals([C(2001, 2004), C(1990, 1995), C(None, None), C(1990, None), C(2010, None)])
    '1990-1995;2001-2004;2010-'
    >>> _intervals([C(None, 1970)]), _intervals([C(None, None)])
    ('-1970', '')
    """
    spans = {(x.start, x.end) for x in g if x.start is not None or x.end is not None}
    closed = [(a, b) for a, b in spans if a is not None and b is not None]
    spans = {
        (a, b)
        for a, b in spans
        if (a is not None and b is not None)
        or not any((a is not None and a == c) or (b is not None and b == d) for c, d in closed)
    }
    order = sorted(spans, key=lambda ab: (ab[0] if ab[0] is not None else ab[1], ab[1] if ab[1] is not None else 10**6))
    return ";".join(f"{'' if a is None else a}-{'' if b is None else b}" for a, b in order)


def _nodes(
    store: Buckets, ends: Buckets, res: Resolution | StoredResolution, doc_order: dict, rows: int | None = None
) -> Iterator[pd.DataFrame]:
    """The nodes table in pieces of at most ``rows`` rows (``None``: one piece, maybe empty): one
    row per entity named in a claim, from the records of ``store`` (``(id, document, claims naming
    it there, its own claims there of _OWN_RELATIONS)``, in claim order) and ``ends`` (an entity's id
    once per end of an edge: its degree; in buckets of the same ids as ``store``).
    A bucket of the store is let go as its rows are made."""
    out = _Columns("nodes")
    for i in range(len(store)):
        degree = Counter(ends.records(i))
        docs_of: dict[str, list[str]] = {}
        n_claims: Counter = Counter()
        own_claims: dict[str, list[_OwnClaim]] = {}
        for eid, doc, n, own in store.records(i):
            docs_of.setdefault(eid, []).append(doc)
            n_claims[eid] += n
            if own:
                own_claims.setdefault(eid, []).extend(own)
        for eid in sorted(docs_of):
            e = res.entities.get(eid)
            if e is None:
                continue
            own = own_claims.get(eid, [])
            docs = sorted(set(docs_of[eid]), key=lambda d: doc_order.get(d, 0))
            out.append(
                {
                    "id": eid,
                    "label": e.label,
                    "kind": e.kind,
                    "aliases": _join(a for a in e.aliases if name_key(a) != name_key(e.label) or a != e.label),
                    "name_zh": _join(x.value for x in own if x.relation == "name_zh"),
                    "founded": _founded(own, doc_order),
                    "description": _description(own, doc_order),
                    "docs": ";".join(map(_one, docs)),
                    "n_docs": len(docs),
                    "n_claims": n_claims[eid],
                    "degree": degree.get(eid, 0),
                }
            )
            if rows is not None and out.n >= rows:
                yield out.frame()
                out = _Columns("nodes")
    if rows is None or out.n:
        yield out.frame()


def _founded(own: list, doc_order: dict):
    """The founding year most documents give (ties: the earlier document), else the year it was established."""
    pairs = {(x.value, x.doc) for x in own if x.relation == "founded"}
    if pairs:
        counts = Counter(v for v, _ in pairs)
        first = {v: min(doc_order.get(d, 0) for vv, d in pairs if vv == v) for v in counts}
        return int(sorted(counts, key=lambda v: (-counts[v], first[v], v))[0])
    est = [int(x.start) for x in own if x.relation == "established_by" and x.start is not None]
    return min(est) if est else None


def _description(own: list, doc_order: dict) -> str:
    """The first defining sentence ("X is a ..."), by document order."""
    t = [x for x in own if x.relation == "type" and x.method in _DESCRIBING and len(x.evidence) > 40]
    if not t:
        return ""
    return min(t, key=lambda x: (doc_order.get(x.doc, 0), x.char_start)).evidence


def _merge_rows(res: Resolution, node_ids: set[str]) -> list[tuple]:
    """The merges table's rows, in the order of ``SCHEMA["merges"]``: one per union of two names
    into an entity of the nodes table, by entity, each entity's in the order they were made."""
    out = []  # a tuple per row: a dict per row costs about a kilobyte
    for m in res.merges:
        eid = res.key_to_id.get(m.key_a, "")
        if eid not in node_ids:
            continue
        c = m.claim
        out.append(
            (
                eid,
                res.entities[eid].label,
                m.name_a or res.spelled.get(m.key_a, m.key_a),
                m.name_b or res.spelled.get(m.key_b, m.key_b),
                m.rule,
                c.doc if c else ("curations.yaml" if m.note else ""),
                c.claim_id if c else "",
                c.evidence if c else m.note,
            )
        )
    out.sort(key=itemgetter(0))  # stable: each entity's unions stay in the order they were made
    return out


def _documents(
    docs: Sequence[DocumentSummary], n_claims: Counter, meta: dict, mirror_of: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per file (``n_claims``: each document's claims); ``mirror_of`` names the earlier
    document a mirror copy copies (:func:`orgnet.read.mirrors.find_mirrors`)."""
    from ..cache import parser_version

    mirror_of = mirror_of or {}
    version = parser_version()
    out = []
    for d in docs:
        m = meta.get(d.doc, {})
        out.append(
            {
                "doc": d.doc,
                "title": m.get("title") or d.title,
                "layout": d.layout,
                "chars": d.chars,
                "n_claims": n_claims.get(d.doc, 0),
                "status": d.status,
                "warnings": "; ".join(w.replace(";", ",") for w in d.warnings),
                "unparsed": " | ".join(f"line {ln}: {txt}" for ln, txt in d.unparsed),
                "n_sentences": d.n_sentences,
                "n_fields": d.n_fields,
                "n_references": d.reference_count(),
                "encoding": d.encoding,
                "sha256": d.sha256,
                "parser_version": version if d.sha256 else "",
                "url": str(m.get("url", "") or ""),
                "retrieved": str(m.get("retrieved", "") or ""),
                "reliability": str(m.get("reliability", "") or ""),
                "reliability_reason": " ".join(str(m.get("reliability_reason", "") or "").split()),
                "mirror_of": mirror_of.get(d.doc, ""),
            }
        )
    return _frame(out, "documents")


def _conflicts(facts: Buckets, heads: Buckets, res: Resolution | StoredResolution, doc_order: dict) -> pd.DataFrame:
    """Single-valued facts (founded, staff, ...; ``facts``: records ``(entity, field, value, doc,
    claim id)``) and current heads (``heads``: ``(entity, head's label, doc, claim id)``) on which
    documents disagree: each entity and field in sorted order, its items in the order added.
    Once: a bucket's records are let go as its rows are made."""
    out = []
    for i in range(len(facts)):
        by_field: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
        for eid, field_, value, doc, cid in facts.records(i):
            by_field[(eid, field_)].append((value, doc, cid))
        out += [
            _conflict_row(eid, field_, by_field[(eid, field_)], res, doc_order, kind=value_kind(field_))
            for eid, field_ in sorted(by_field)
        ]
    for i in range(len(heads)):
        by_id: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for eid, label, doc, cid in heads.records(i):
            by_id[eid].append((label, doc, cid))
        out += [
            _conflict_row(eid, "current leader", by_id[eid], res, doc_order, per_doc_single=True)
            for eid in sorted(by_id)
        ]
    return _frame([r for r in out if r], "conflicts")


def _conflict_row(
    eid: str,
    field_: str,
    items: list[tuple[str, str, str]],
    res: Resolution | StoredResolution,
    doc_order: dict,
    per_doc_single: bool = False,
    kind: str | None = None,
) -> dict | None:
    """The conflicts row for one entity and field from its ``(value, doc, claim_id)`` items, or None.

    Values that can all be true together are no conflict: with a `kind` (``count`` or
    ``year``), numbers are compared as ranges (:func:`orgnet.values.compatible`:
    "approximately 400" and "over 400" agree); otherwise, and for text, equal text agrees.
    """
    docs_of: dict[str, set] = defaultdict(set)
    for value, doc, _ in items:
        docs_of[value].add(doc)
    if len(docs_of) < 2:
        return None
    if kind is not None:
        distinct = list(docs_of)
        if all(compatible(a, b, kind) for i, a in enumerate(distinct) for b in distinct[i + 1 :]):
            return None
    if per_doc_single and len({frozenset(ds) for ds in docs_of.values()}) == 1:
        return None  # only a conflict when documents disagree, not when one document lists several heads
    rank = doc_order.get
    values = sorted(docs_of, key=lambda v: min(rank(d, 0) for d in docs_of[v]))
    return {
        "entity": eid,
        "label": res.entities[eid].label if eid in res.entities else eid,
        "field": field_,
        "values": _join(values),
        "docs": "; ".join(f"{v}: {', '.join(sorted(docs_of[v], key=lambda d: rank(d, 0)))}" for v in values),
        "claim_ids": _join(c for _, _, c in items),
    }
