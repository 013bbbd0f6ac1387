"""The evidence a network page carries: each link with the claims behind it (their quotes in
the sentence around them, their citations), each node's conflicting values and the names
merged into it; the part of :func:`orgnet.render.network_data.page_data` that reads the
claims, conflicts and merges tables, for the side panel."""

from __future__ import annotations

from typing import Any, Callable, Mapping

import networkx as nx
import pandas as pd

from ..cells import json_text as _text
from ..cells import json_value as _clean
from ..cells import split_cell

#: edges below this confidence are drawn dashed, like hedged ones
LOW_CONFIDENCE = 0.5


def _quote_context(evidence: str, context: str, context_start: Any, char_start: Any) -> tuple[str, int]:
    """A claim's quote for the side panel: its context sentence and where the evidence sits in
    it (``context[offset:offset + len(evidence)] == evidence``). A claim without a context (a
    curated one, or a table written before contexts) is quoted by its evidence alone.

    >>> _quote_context("Bureau of Tests", "The Bureau of Tests was set up.", 100, 104)
    ('The Bureau of Tests was set up.', 4)
    >>> _quote_context("Council report 2021", "", None, 10)
    ('Council report 2021', 0)

    In a file the reader cleaned (HTML, ``\\r\\n`` line ends), ``char_start - context_start``
    counts file characters, which the cleaned context may have fewer of: the evidence is then
    the last place it occurs in the context at or before that offset.

    >>> _quote_context("Tests & Co", "The Tests & Co is.", 100, 107)
    ('The Tests & Co is.', 4)
    """
    if context and isinstance(context_start, (int, float)) and isinstance(char_start, (int, float)):
        offset = int(char_start) - int(context_start)
        if 0 <= offset and context[offset : offset + len(evidence)] == evidence:
            return context, offset
        if evidence and offset >= 0:
            # offsets count file characters and the context is the cleaned text: where the file
            # held markup, entities or \r\n, the evidence sits at or before that many characters
            at = context.rfind(evidence, 0, offset + len(evidence))
            if at < 0:
                at = context.find(evidence)
            if at >= 0:
                return context, at
    return evidence, 0


def _glued_labels(context: str) -> list[int]:
    """Where an infobox label runs into its value with nothing between them in the text
    (``Headquarters4 Quay Road``, as some scrapes print an infobox): the offsets in
    ``context`` of those values, for the side panel to show a gap there. The text is not
    changed.

    >>> _glued_labels("Headquarters4 Quay Road\\nFormed: 1950\\nFormation1950")
    [12, 46]
    """
    from ..read.field_lines import match_field_line

    out, pos = [], 0
    for line in context.split("\n"):
        m = match_field_line(line, pos)
        if m is not None and m[1] == "glued" and m[0].values:
            at = m[0].values[0].start
            if pos < at < pos + len(line) and not context[at - 1].isspace():
                out.append(at)
        pos += len(line) + 1
    return out


def _records(table: Any) -> list[dict]:
    if table is None:
        return []
    if isinstance(table, pd.DataFrame):
        return table.to_dict("records")
    return [dict(r) for r in table]


def _claim_rows(G: nx.MultiDiGraph, claims: pd.DataFrame | Mapping | None) -> Mapping[str, dict]:
    """``claim_id -> row`` of the claims that `G`'s edges cite (`claims` itself when a mapping)."""
    if isinstance(claims, Mapping):
        return claims
    if claims is None or not len(claims):
        return {}
    wanted = {cid for *_, a in G.edges(data=True) for cid in split_cell(a.get("claim_ids"))}
    return {
        _text(rec.get("claim_id")): rec
        for rec in claims[claims["claim_id"].astype(str).isin(wanted)].to_dict("records")
    }


def _page_edges(G: nx.MultiDiGraph, claim_rows: Mapping[str, dict]) -> list[dict]:
    """The page's edges, in (source, target, key) order, each with its claims (:func:`_cite`)."""
    from ..graph import edge_intervals

    edges = []
    pair_count: dict[tuple, int] = {}
    labels = {n: _text(a.get("label")) or str(n) for n, a in G.nodes(data=True)}
    for i, (u, v, k, a) in enumerate(
        sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    ):
        relation = _text(a.get("relation")) or str(k)
        su, sv = str(u), str(v)
        pair = (su, sv) if su <= sv else (sv, su)
        parallel = pair_count.get(pair, 0)
        pair_count[pair] = parallel + 1
        confidence = _clean(a.get("confidence"))
        hedge = _text(a.get("hedge")) or "stated"
        cites = [_cite(cid, claim_rows.get(cid)) for cid in split_cell(a.get("claim_ids"))]
        edges.append(
            {
                "id": f"e{i}",
                "from": str(u),
                "to": str(v),
                "relation": relation,
                "source_label": labels[u],
                "target_label": labels[v],
                "start": _clean(a.get("start")),
                "end": _clean(a.get("end")),
                "intervals": [[iv.start, iv.end] for iv in edge_intervals(a)],
                "title": _text(a.get("title")),
                "confidence": confidence,
                "hedge": hedge,
                "evidence": _text(a.get("evidence")),
                "docs": split_cell(a.get("docs")),
                "n_claims": _clean(a.get("n_claims")),
                "refs": split_cell(a.get("refs")),
                "undated": bool(a.get("undated")) if a.get("undated") is not None else None,
                "dashed": hedge != "stated" or (confidence is not None and confidence < LOW_CONFIDENCE),
                "parallel": parallel,
                "claims": cites,
            }
        )
    return edges


def _cite(cid: str, c: Mapping | None) -> dict:
    """A claim as the side panel cites it; ``found`` False when the claims table lacks it."""
    if c is None:
        return {"claim_id": cid, "found": False}
    evidence = _text(c.get("evidence"))
    context, offset = _quote_context(
        evidence, _text(c.get("context")), _clean(c.get("context_start")), _clean(c.get("char_start"))
    )
    return {
        "claim_id": cid,
        "found": True,
        "doc": _text(c.get("doc")),
        "section": _text(c.get("section")),
        "evidence": evidence,
        "context": context,
        "offset": offset,
        "glued": _glued_labels(context) if _text(c.get("method")) == "infobox" else [],
        "refs": split_cell(c.get("refs")),
        "citations": split_cell(c.get("citations"), " | "),
        "method": _text(c.get("method")),
        "hedge": _text(c.get("hedge")),
        "confidence": _clean(c.get("confidence")),
        "start": _clean(c.get("start")),
        "end": _clean(c.get("end")),
    }


def _by_node(table: Any, node_ids: set[str], entry: Callable[[dict], dict]) -> dict[str, list[dict]]:
    """``{node id: [entry(row), ...]}`` of a table's rows whose ``entity`` is drawn, in row order.

    >>> _by_node([{"entity": "a", "x": 1}, {"entity": "b", "x": 2}], {"a"}, lambda r: {"x": r["x"]})
    {'a': [{'x': 1}]}
    """
    out: dict[str, list[dict]] = {}
    for r in _records(table):
        eid = _text(r.get("entity"))
        if eid in node_ids:
            out.setdefault(eid, []).append(entry(r))
    return out


def _node_merges(merges: Any, node_ids: set[str]) -> dict[str, list[dict]]:
    """``{node id: [{"name", "other_name", "rule", "why", "doc", "evidence"}]}`` for the nodes drawn."""
    from ..resolve import RULES

    def entry(r: dict) -> dict:
        rule = _text(r.get("rule"))
        return {
            "name": _text(r.get("name")),
            "other_name": _text(r.get("other_name")),
            "rule": rule,
            "why": RULES.get(rule, rule),
            "doc": _text(r.get("doc")),
            "evidence": _text(r.get("evidence")),
        }

    return _by_node(merges, node_ids, entry)


def _node_conflicts(conflicts: Any, node_ids: set[str]) -> dict[str, list[dict]]:
    """``{node id: [{"field", "values": [{"value", "docs"}]}]}`` for the nodes drawn."""
    from ..sources import conflict_values

    return _by_node(
        conflicts,
        node_ids,
        lambda r: {
            "field": _text(r.get("field")),
            "values": conflict_values({"values": _text(r.get("values")), "docs": _text(r.get("docs"))}),
        },
    )
