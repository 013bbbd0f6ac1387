"""The evaluation report (:class:`EvalReport`, :data:`METRICS`) and its text form (:func:`format_report`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["EvalReport", "METRICS", "format_report"]


#: Columns of :attr:`EvalReport.per_document` after ``doc`` (and keys of
#: :attr:`EvalReport.overall`), in order.
METRICS: tuple[str, ...] = (
    "nodes_found",
    "nodes_total",
    "node_recall",
    "core_nodes_found",
    "core_nodes_total",
    "core_node_recall",
    "edges_found",
    "edges_total",
    "edge_recall",
    "core_edges_found",
    "core_edges_total",
    "core_edge_recall",
    "pair_recall",
    "core_pair_recall",
    "pairs_found",
    "core_pairs_found",
    "core_leads_found",
    "core_leads_total",
    "core_leads_recall",
    "not_node_violations",
)


@dataclass
class EvalReport:
    """What :func:`evaluate` found.

    Attributes
    ----------
    per_document : pandas.DataFrame
        One row per gold document: ``doc`` and the :data:`METRICS` columns.
    overall : dict
        The :data:`METRICS` over all documents, counts pooled.
    violations : list of str
        Labels of build nodes that are ``not_nodes`` (each label once).
    precision_proxy : float
        Share of build nodes carrying a gold name or alias (``nan`` when the
        build has no nodes).
    missed_nodes : pandas.DataFrame
        Gold nodes not found: ``doc, name, kind, aliases, core``.
    missed_edges : pandas.DataFrame
        Gold edges not found (typed): ``doc, source, relation, target, core,
        pair_found, build_relations`` -- the last two say whether the build
        links the two nodes otherwise and with which relations (``"<-"``
        marks an edge from target to source).
    build_nodes, build_edges : int
        Rows of the build's node and edge tables.
    nodes_matching_gold : int
        Build nodes carrying a gold name or alias (the precision proxy's
        numerator).
    edges_judged, edges_correct : int
        Distinct build edges with both endpoints annotated in one gold
        document, and those of them that are gold edges (see
        :attr:`edge_precision_estimate`).
    """

    per_document: pd.DataFrame
    overall: dict[str, float]
    violations: list[str]
    precision_proxy: float
    missed_nodes: pd.DataFrame
    missed_edges: pd.DataFrame
    build_nodes: int = 0
    build_edges: int = 0
    nodes_matching_gold: int = 0
    edges_judged: int = 0
    edges_correct: int = 0

    @property
    def edge_precision_estimate(self) -> float:
        """``edges_correct / edges_judged`` (``nan`` when nothing was judged).

        Among the distinct build edges whose two endpoints both match nodes of
        one gold document, the share that is a gold edge of such a document
        with the same relation and direction. An estimate only: the gold lists
        what its annotators cared about, not every true relation.
        """
        return _ratio(self.edges_correct, self.edges_judged)

    def passes(
        self,
        core_node_recall: float = 0.95,
        core_edge_recall: float = 0.85,
        core_leads_recall: float = 0.0,
    ) -> bool:
        """Return whether the build meets the bars.

        Parameters
        ----------
        core_node_recall, core_edge_recall, core_leads_recall : float
            Minimum overall core node recall, core typed edge recall and core
            ``leads`` recall. A recall with nothing to find (``nan``) meets
            any bar.

        Returns
        -------
        bool
            True when the recalls reach their bars and there are no
            violations.
        """
        if self.violations:
            return False
        for key, bar in (
            ("core_node_recall", core_node_recall),
            ("core_edge_recall", core_edge_recall),
            ("core_leads_recall", core_leads_recall),
        ):
            value = self.overall[key]
            if not math.isnan(value) and value < bar - 1e-12:
                return False
        return True

    def figures(self, digits: int = 3) -> dict[str, float | int | None]:
        """The overall figures as one flat dict (what ``orgnet evaluate --json`` prints).

        The keys of the reference scorer's ``--json`` (``node``,
        ``core_node``, ``edge``, ``core_edge``, ``pair``, ``core_pair``,
        ``nodes``, ``edges``, ``nodes_matching_gold``,
        ``node_precision_proxy``, ``not_node_violations``) plus
        ``core_leads``, ``edges_judged``, ``edges_correct`` and
        ``edge_precision_estimate``.

        Parameters
        ----------
        digits : int
            Rates are rounded to this many decimals.

        Returns
        -------
        dict
            Rates as floats (``None`` where there was nothing to find), counts
            as ints.
        """

        def rate(value: float) -> float | None:
            return None if math.isnan(value) else round(value, digits)

        o = self.overall
        return {
            "node": rate(o["node_recall"]),
            "core_node": rate(o["core_node_recall"]),
            "edge": rate(o["edge_recall"]),
            "core_edge": rate(o["core_edge_recall"]),
            "pair": rate(o["pair_recall"]),
            "core_pair": rate(o["core_pair_recall"]),
            "core_leads": rate(o["core_leads_recall"]),
            "nodes": self.build_nodes,
            "edges": self.build_edges,
            "nodes_matching_gold": self.nodes_matching_gold,
            "node_precision_proxy": rate(self.precision_proxy),
            "not_node_violations": int(o["not_node_violations"]),
            "edges_judged": self.edges_judged,
            "edges_correct": self.edges_correct,
            "edge_precision_estimate": rate(self.edge_precision_estimate),
        }


def _ratio(found: int, total: int) -> float:
    return found / total if total else math.nan


def _fraction(found: Any, total: Any, recall: float) -> str:
    if not total:
        return "-"
    return f"{int(found)}/{int(total)} {recall:.3f}"


def _rate(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.3f}"


def _pooled(metrics: Mapping[str, Any], found: str, total: str, recall: str) -> str:
    return _fraction(metrics[found], metrics[total], metrics[recall])


def _document_line(row: Mapping[str, Any], width: int) -> str:
    cells = [
        _pooled(row, "core_nodes_found", "core_nodes_total", "core_node_recall"),
        _pooled(row, "core_edges_found", "core_edges_total", "core_edge_recall"),
        _pooled(row, "core_leads_found", "core_leads_total", "core_leads_recall"),
    ]
    return (
        f"{row['doc']:<{width}}  "
        + "  ".join(f"{cell:>14}" for cell in cells)
        + f"  {int(row['not_node_violations']):>10}"
    )


def format_report(report: EvalReport, limit: int = 25) -> str:
    """Render `report` as plain text.

    One line per document (core nodes, core typed edges and core ``leads``
    edges found/total with their recall -- ``-`` where the document has none
    -- and its not_node violations), the core entries that were missed (at
    most `limit` of each), then a summary of the overall figures whose last
    line starts with ``overall`` (core node, core edge and core leads recall,
    node and edge recall, violations, PASS/FAIL at the default bars).

    Parameters
    ----------
    report : EvalReport
    limit : int
        How many missed core nodes and core edges to list.

    Returns
    -------
    str
    """
    docs = list(report.per_document["doc"])
    width = max([len("document"), *map(len, docs)])
    header = (
        f"{'document':<{width}}  "
        + "  ".join(f"{h:>14}" for h in ("core nodes", "core edges", "core leads"))
        + f"  {'violations':>10}"
    )
    lines = [
        f"gold evaluation of {len(docs)} document{'s' if len(docs) != 1 else ''} (edges: typed, direction matters)",
        header,
    ]
    for row in report.per_document.to_dict("records"):
        lines.append(_document_line(row, width))

    for what, frame, describe in (
        ("core nodes", report.missed_nodes, lambda r: f"{r['doc']}: {r['name']}"),
        (
            "core edges",
            report.missed_edges,
            lambda r: (
                f"{r['doc']}: {r['source']} -[{r['relation']}]-> {r['target']}"
                + (f"  (build has: {r['build_relations']})" if r["build_relations"] else "")
            ),
        ),
    ):
        core = frame[frame["core"].astype(bool)] if len(frame) else frame
        if len(core):
            lines.append("")
            lines.append(f"missed {what} ({len(core)}):")
            for record in core.head(limit).to_dict("records"):
                lines.append("  " + describe(record))
            if len(core) > limit:
                lines.append(f"  ... and {len(core) - limit} more")

    o = report.overall
    shown = ", ".join(repr(v) for v in report.violations[:5])
    if len(report.violations) > 5:
        shown += f", ... (+{len(report.violations) - 5})"
    verdict = "PASS" if report.passes() else "FAIL"
    lines += [
        "",
        "summary (counts pooled over documents)",
        f"  node recall        {_pooled(o, 'nodes_found', 'nodes_total', 'node_recall')}",
        f"  core node recall   {_pooled(o, 'core_nodes_found', 'core_nodes_total', 'core_node_recall')}",
        f"  edge recall        {_pooled(o, 'edges_found', 'edges_total', 'edge_recall')}",
        f"  core edge recall   {_pooled(o, 'core_edges_found', 'core_edges_total', 'core_edge_recall')}",
        f"  pair recall        {_pooled(o, 'pairs_found', 'edges_total', 'pair_recall')}"
        "  (any relation, either direction)",
        f"  core pair recall   {_pooled(o, 'core_pairs_found', 'core_edges_total', 'core_pair_recall')}",
        f"  core leads recall  {_pooled(o, 'core_leads_found', 'core_leads_total', 'core_leads_recall')}",
        f"  violations         {int(o['not_node_violations'])}"
        + (f"  (not_nodes as node labels: {shown})" if shown else ""),
        f"  node precision proxy     {_rate(report.precision_proxy)}"
        f"  ({report.nodes_matching_gold} of {report.build_nodes} build nodes "
        "carry a gold name or alias)",
        f"  edge precision estimate  {_rate(report.edge_precision_estimate)}"
        f"  ({report.edges_correct} of {report.edges_judged} build edges with both ends "
        "in one gold document are gold edges)",
        f"overall  core_node_recall={_rate(o['core_node_recall'])}"
        f"  core_edge_recall={_rate(o['core_edge_recall'])}"
        f"  core_leads_recall={_rate(o['core_leads_recall'])}"
        f"  node_recall={_rate(o['node_recall'])}"
        f"  edge_recall={_rate(o['edge_recall'])}"
        f"  violations={int(o['not_node_violations'])}  {verdict}",
    ]
    return "\n".join(lines)
