"""Scoring a build against the gold: per-document counts, edges judged, the report made."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from orgnet.cells import cell_text

from .build import _Build, _load_tables, _require
from .gold import (
    _as_list,
    _endpoint_names,
    _gold_node_names,
    _is_core,
    _load_gold,
    _names,
    _names_by_node,
    normalize_name,
)
from .report import METRICS, EvalReport, _ratio

__all__ = ["evaluate"]


# the counts pooled over documents; the recalls are computed from them
_COUNTS: tuple[str, ...] = (
    "nodes_found",
    "nodes_total",
    "core_nodes_found",
    "core_nodes_total",
    "edges_found",
    "edges_total",
    "core_edges_found",
    "core_edges_total",
    "pairs_found",
    "core_pairs_found",
    "core_leads_found",
    "core_leads_total",
    "not_node_violations",
)


_LEADS = "leads"


_MISSED_NODE_COLUMNS = ["doc", "name", "kind", "aliases", "core"]


_MISSED_EDGE_COLUMNS = [
    "doc",
    "source",
    "relation",
    "target",
    "core",
    "pair_found",
    "build_relations",
]


def _metrics(counts: Mapping[str, int]) -> dict[str, float]:
    c = counts
    return {
        "nodes_found": c["nodes_found"],
        "nodes_total": c["nodes_total"],
        "node_recall": _ratio(c["nodes_found"], c["nodes_total"]),
        "core_nodes_found": c["core_nodes_found"],
        "core_nodes_total": c["core_nodes_total"],
        "core_node_recall": _ratio(c["core_nodes_found"], c["core_nodes_total"]),
        "edges_found": c["edges_found"],
        "edges_total": c["edges_total"],
        "edge_recall": _ratio(c["edges_found"], c["edges_total"]),
        "core_edges_found": c["core_edges_found"],
        "core_edges_total": c["core_edges_total"],
        "core_edge_recall": _ratio(c["core_edges_found"], c["core_edges_total"]),
        "pair_recall": _ratio(c["pairs_found"], c["edges_total"]),
        "core_pair_recall": _ratio(c["core_pairs_found"], c["core_edges_total"]),
        "pairs_found": c["pairs_found"],
        "core_pairs_found": c["core_pairs_found"],
        "core_leads_found": c["core_leads_found"],
        "core_leads_total": c["core_leads_total"],
        "core_leads_recall": _ratio(c["core_leads_found"], c["core_leads_total"]),
        "not_node_violations": c["not_node_violations"],
    }


def _tally(counts: dict[str, int], what: str, found: bool, core: bool) -> None:
    """Count one gold node or edge (``what``: ``"nodes"`` or ``"edges"``): in all, found, and the same for core ones.

    >>> c: dict[str, int] = defaultdict(int)
    >>> _tally(c, "nodes", True, False); _tally(c, "nodes", False, True)
    >>> dict(c)
    {'nodes_total': 2, 'nodes_found': 1, 'core_nodes_total': 1, 'core_nodes_found': 0}
    """
    counts[f"{what}_total"] += 1
    counts[f"{what}_found"] += found
    counts[f"core_{what}_total"] += core
    counts[f"core_{what}_found"] += core and found


def _score_document(
    document: Mapping[str, Any],
    build: _Build,
    missed_nodes: list[dict],
    missed_edges: list[dict],
) -> dict[str, int]:
    doc = document["doc"]
    counts: dict[str, int] = defaultdict(int)

    for node in document["nodes"]:
        core = _is_core(node)
        found = build.has_node(_gold_node_names(node))
        _tally(counts, "nodes", found, core)
        if not found:
            missed_nodes.append(
                {
                    "doc": doc,
                    "name": str(node["name"]),
                    "kind": cell_text(node.get("kind")),
                    "aliases": ";".join(map(str, _as_list(node.get("aliases")))),
                    "core": core,
                }
            )

    names_of = _names_by_node(document)
    for edge in document["edges"]:
        relation = str(edge["relation"]).strip()
        sources = build.ids(_endpoint_names(edge["source"], names_of))
        targets = build.ids(_endpoint_names(edge["target"], names_of))
        forward, backward = build.relations_between(sources, targets)
        found = relation in forward
        pair = bool(forward or backward)
        core = _is_core(edge)
        leads = core and relation == _LEADS
        _tally(counts, "edges", found, core)
        counts["pairs_found"] += pair
        counts["core_pairs_found"] += core and pair
        counts["core_leads_total"] += leads
        counts["core_leads_found"] += leads and found
        if not found:
            missed_edges.append(
                {
                    "doc": doc,
                    "source": str(edge["source"]),
                    "relation": relation,
                    "target": str(edge["target"]),
                    "core": core,
                    "pair_found": pair,
                    "build_relations": ";".join(sorted(forward) + sorted("<-" + r for r in backward)),
                }
            )

    counts["not_node_violations"] = sum(
        1 for entry in document["not_nodes"] if normalize_name(entry) in build.label_keys
    )
    return counts


def _judge_edges(documents: Iterable[Mapping[str, Any]], build: _Build) -> tuple[int, int]:
    """(judged, correct) distinct build edges, as the edge precision estimate defines them."""
    judged: set[tuple[str, str, str]] = set()
    correct: set[tuple[str, str, str]] = set()
    for document in documents:
        names_of = _names_by_node(document)
        annotated = build.ids(set().union(*names_of.values()))
        gold: set[tuple[str, str, str]] = set()
        for edge in document["edges"]:
            relation = str(edge["relation"]).strip()
            sources = build.ids(_endpoint_names(edge["source"], names_of))
            targets = build.ids(_endpoint_names(edge["target"], names_of))
            annotated |= sources | targets
            gold |= {(s, relation, t) for s in sources for t in targets}
        within = build.edges_within(annotated)
        judged |= within
        correct |= within & gold
    return len(judged), len(correct)


def evaluate(
    gold: str | Path | Mapping,
    tables: str | Path | tuple[pd.DataFrame, pd.DataFrame],
) -> EvalReport:
    """Score a build against a gold annotation.

    Parameters
    ----------
    gold : str, Path or dict
        A gold YAML file (a ``documents:`` list or a single document entry), a
        folder of such ``*.yaml`` files (read in name order), or the parsed
        content of one file.
    tables : str, Path or (DataFrame, DataFrame)
        A build directory holding ``nodes.csv`` (``id``, ``label``, optional
        ``aliases``) and ``edges.csv`` (``source``, ``target``, ``relation``),
        or the two tables themselves.

    Returns
    -------
    EvalReport

    Raises
    ------
    orgnet.errors.InputError
        When the gold file or folder is missing, a gold file is not YAML (the
        message names the file and line) or holds neither a ``documents``
        list nor a ``doc`` entry, or a table is missing, unreadable or lacks a
        required column.

    Examples
    --------
    >>> gold = {"documents": [{"doc": "a.txt",
    ...     "nodes": [{"name": "Ministry of Widgets", "aliases": ["MOW"], "core": True},
    ...               {"name": "Gadget Office", "core": True}],
    ...     "edges": [{"source": "Gadget Office", "relation": "subordinate_to",
    ...                "target": "Ministry of Widgets", "core": True}]}]}
    >>> nodes = pd.DataFrame({"id": ["mow", "go"], "label": ["MOW", "Gadget Office"],
    ...                       "aliases": ["", ""]})
    >>> edges = pd.DataFrame({"source": ["mow"], "target": ["go"],
    ...                       "relation": ["subordinate_to"]})
    >>> report = evaluate(gold, (nodes, edges))
    >>> report.overall["core_node_recall"], report.overall["core_edge_recall"]
    (1.0, 0.0)
    >>> report.overall["pair_recall"]
    1.0
    >>> report.edges_judged, report.edges_correct  # the one edge points the wrong way
    (1, 0)
    """
    documents = _load_gold(gold)
    nodes, edges, nodes_where, edges_where = _load_tables(tables)
    _require(nodes, ("id", "label"), nodes_where)
    _require(edges, ("source", "target", "relation"), edges_where)
    build = _Build(nodes, edges)

    rows: list[dict[str, Any]] = []
    pooled: dict[str, int] = defaultdict(int)
    missed_nodes: list[dict] = []
    missed_edges: list[dict] = []
    for document in documents:
        counts = _score_document(document, build, missed_nodes, missed_edges)
        for key in _COUNTS:
            pooled[key] += counts[key]
        rows.append({"doc": document["doc"], **_metrics(counts)})

    forbidden: set[str] = set()
    gold_names: set[str] = set()
    for document in documents:
        forbidden |= _names(document["not_nodes"])
        for node in document["nodes"]:
            gold_names |= _gold_node_names(node)
    violations: list[str] = []
    for label in build.labels:
        if normalize_name(label) in forbidden and label not in violations:
            violations.append(label)
    carrying = sum(1 for names in build.node_names if names & gold_names)
    judged, correct = _judge_edges(documents, build)

    return EvalReport(
        per_document=pd.DataFrame(rows, columns=["doc", *METRICS]),
        overall=_metrics(pooled),
        violations=violations,
        precision_proxy=_ratio(carrying, len(build.node_names)),
        missed_nodes=pd.DataFrame(missed_nodes, columns=_MISSED_NODE_COLUMNS),
        missed_edges=pd.DataFrame(missed_edges, columns=_MISSED_EDGE_COLUMNS),
        build_nodes=len(nodes),
        build_edges=len(edges),
        nodes_matching_gold=carrying,
        edges_judged=judged,
        edges_correct=correct,
    )
