"""Score a build's tables against a hand-annotated gold file.

The gold file is YAML with a ``documents:`` list; each document names its
``nodes`` (``name``, ``kind``, ``aliases``, ``core``), its ``edges``
(``source``, ``relation``, ``target``, ``core``) and the ``not_nodes``
(strings that must never become a node label). :func:`evaluate` compares a
build's ``nodes.csv`` and ``edges.csv`` with it and returns an
:class:`EvalReport`; :func:`format_report` prints that report as text.

Scoring rules (they follow the SCORING header of the gold file):

* Names are compared after :func:`normalize_name`.
* A build node's *names* are its ``label`` plus its ``;``-joined ``aliases``.
* **Node recall**: a gold node is found when some build node has a name equal
  to the gold node's name or one of its aliases.
* **Typed edge recall**: a gold edge is found when the build has an edge with
  the same ``relation`` from a node matching the gold source to a node matching
  the gold target (direction matters). A node *matches* a gold endpoint when
  its names meet the endpoint's name and aliases as listed in the same
  document's node list (just the name when the endpoint is not listed there).
* **Pair recall**: as typed edge recall, with any relation in either direction.
* Recall is given over all entries and over ``core: true`` entries, per
  document and overall; an entity listed in several documents counts once in
  each, so the overall figures pool the per-document counts.
* **Violations**: build nodes whose normalised label equals a normalised
  ``not_nodes`` entry of any document.
* **Precision proxy**: the share of build nodes with a name (label or alias)
  equal to any gold name or alias in the file.

``start``, ``end``, ``title``, ``evidence`` and ``conflicts`` are not scored.
A recall whose denominator is zero is ``nan`` (nothing to find).
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from orgnet import vocabulary
from orgnet.errors import InputError

__all__ = [
    "EvalReport",
    "METRICS",
    "normalize_name",
    "evaluate",
    "format_report",
]

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
)

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

# Straight and curly single/double quotes plus . , ( ) are removed; en and em
# dashes become "-".
_REMOVED = "'\"\u2018\u2019\u201c\u201d.,()"
_TRANSLATION = str.maketrans(
    {"\u2013": "-", "\u2014": "-", **{char: None for char in _REMOVED}}
)


def normalize_name(name: str) -> str:
    """Return the form of `name` under which names are compared.

    NFKC normalisation, case folding, straight and curly quotes and the
    characters ``. , ( )`` removed, en/em dashes read as ``-``, whitespace
    squashed and stripped, and one leading ``"the "`` dropped.

    Parameters
    ----------
    name : str
        Any name; ``None`` and NaN give ``""``, other non-strings are
        converted with ``str``.

    Returns
    -------
    str
        The normalised name (``""`` when nothing is left).

    Examples
    --------
    >>> normalize_name("  The  \u201cMinistry\u201d of Widgets (MOW) ")
    'ministry of widgets mow'
    >>> normalize_name("Widget\u2013Gadget Bureau")
    'widget-gadget bureau'
    """
    if _missing(name):
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    text = " ".join(text.translate(_TRANSLATION).split())
    if text.startswith("the "):
        text = text[len("the ") :]
    return text


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
    """

    per_document: pd.DataFrame
    overall: dict[str, float]
    violations: list[str]
    precision_proxy: float
    missed_nodes: pd.DataFrame
    missed_edges: pd.DataFrame

    def passes(
        self, core_node_recall: float = 0.95, core_edge_recall: float = 0.85
    ) -> bool:
        """Return whether the build meets the bars.

        Parameters
        ----------
        core_node_recall, core_edge_recall : float
            Minimum overall core node recall and core typed edge recall. A
            recall with nothing to find (``nan``) meets any bar.

        Returns
        -------
        bool
            True when both recalls reach their bars and there are no
            violations.
        """
        if self.violations:
            return False
        for key, bar in (
            ("core_node_recall", core_node_recall),
            ("core_edge_recall", core_edge_recall),
        ):
            value = self.overall[key]
            if not math.isnan(value) and value < bar - 1e-12:
                return False
        return True


# --------------------------------------------------------------------------- gold


def _load_gold(gold: str | Path | Mapping) -> list[dict[str, Any]]:
    """Read and check the gold annotation; return its documents."""
    if isinstance(gold, Mapping):
        data, where = gold, "gold annotation"
    else:
        path = Path(gold)
        where = str(path)
        if not path.is_file():
            raise InputError(f"{path}: gold file not found")
        try:
            data = vocabulary.load_yaml(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: gold file is not valid YAML ({exc})") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("documents"), list):
        raise InputError(f"{where}: gold file has no 'documents:' list")
    documents = []
    for index, document in enumerate(data["documents"]):
        if not isinstance(document, Mapping) or not document.get("doc"):
            raise InputError(f"{where}: documents[{index}] has no 'doc'")
        documents.append(_check_document(document, where))
    return documents


def _check_document(document: Mapping, where: str) -> dict[str, Any]:
    doc = str(document["doc"])
    nodes = _entries(document, "nodes", where, doc)
    edges = _entries(document, "edges", where, doc)
    for position, node in enumerate(nodes):
        if not isinstance(node, Mapping) or not node.get("name"):
            raise InputError(f"{where}: {doc}: nodes[{position}] has no 'name'")
    for position, edge in enumerate(edges):
        missing = [
            key
            for key in ("source", "relation", "target")
            if not isinstance(edge, Mapping) or not edge.get(key)
        ]
        if missing:
            raise InputError(
                f"{where}: {doc}: edges[{position}] lacks {', '.join(missing)}"
            )
    return {
        "doc": doc,
        "nodes": nodes,
        "edges": edges,
        "not_nodes": _entries(document, "not_nodes", where, doc),
    }


def _entries(document: Mapping, key: str, where: str, doc: str) -> list:
    value = document.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{where}: {doc}: '{key}' must be a list")
    return value


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1"}
    return bool(value)


def _names(values: Iterable[Any]) -> frozenset[str]:
    """Normalised, non-empty names of `values`."""
    return frozenset(n for n in map(normalize_name, values) if n)


def _gold_node_names(node: Mapping) -> frozenset[str]:
    return _names([node["name"], *_as_list(node.get("aliases"))])


# -------------------------------------------------------------------------- build


def _read_csv(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: table not found")
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read CSV ({exc})") from exc


def _load_tables(
    tables: str | Path | tuple[pd.DataFrame, pd.DataFrame],
) -> tuple[pd.DataFrame, pd.DataFrame, str, str]:
    if isinstance(tables, (tuple, list)):
        if len(tables) != 2 or not all(isinstance(t, pd.DataFrame) for t in tables):
            raise InputError("tables must be a directory or a (nodes, edges) pair of DataFrames")
        return tables[0], tables[1], "nodes table", "edges table"
    folder = Path(tables)
    if not folder.is_dir():
        raise InputError(f"{folder}: tables directory not found")
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"
    return _read_csv(nodes_path), _read_csv(edges_path), str(nodes_path), str(edges_path)


def _require(frame: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"{where}: missing column(s) {', '.join(missing)} "
            f"(has: {', '.join(map(str, frame.columns)) or 'none'})"
        )


def _missing(value: Any) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _cell(value: Any) -> str:
    return "" if _missing(value) else str(value)


class _Build:
    """Index of a build's names and edges."""

    def __init__(self, nodes: pd.DataFrame, edges: pd.DataFrame) -> None:
        self.labels: list[str] = []
        self.node_names: list[frozenset[str]] = []
        self.ids_by_name: dict[str, set[str]] = defaultdict(set)
        has_aliases = "aliases" in nodes.columns
        aliases = nodes["aliases"] if has_aliases else [""] * len(nodes)
        for node_id, label, alias_cell in zip(nodes["id"], nodes["label"], aliases):
            names = _names([_cell(label), *_cell(alias_cell).split(";")])
            self.labels.append(_cell(label))
            self.node_names.append(names)
            for name in names:
                self.ids_by_name[name].add(_cell(node_id))
        # (source id, target id) -> relations
        self.relations: dict[tuple[str, str], set[str]] = defaultdict(set)
        for source, target, relation in zip(
            edges["source"], edges["target"], edges["relation"]
        ):
            self.relations[(_cell(source), _cell(target))].add(_cell(relation).strip())

    def ids(self, names: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for name in names:
            found |= self.ids_by_name.get(name, set())
        return found

    def has_node(self, names: Iterable[str]) -> bool:
        return any(name in self.ids_by_name for name in names)

    def relations_between(
        self, sources: set[str], targets: set[str]
    ) -> tuple[set[str], set[str]]:
        """Relations of edges sources -> targets and of edges targets -> sources."""
        forward: set[str] = set()
        backward: set[str] = set()
        for s in sources:
            for t in targets:
                forward |= self.relations.get((s, t), set())
                backward |= self.relations.get((t, s), set())
        return forward, backward


# ------------------------------------------------------------------------ scoring


def _ratio(found: int, total: int) -> float:
    return found / total if total else math.nan


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
    }


def _score_document(
    document: Mapping[str, Any],
    build: _Build,
    missed_nodes: list[dict],
    missed_edges: list[dict],
) -> dict[str, int]:
    doc = document["doc"]
    counts: dict[str, int] = defaultdict(int)

    names_of: dict[str, set[str]] = defaultdict(set)
    for node in document["nodes"]:
        names = _gold_node_names(node)
        names_of[normalize_name(node["name"])] |= names
        core = _as_bool(node.get("core"))
        found = build.has_node(names)
        counts["nodes_total"] += 1
        counts["nodes_found"] += found
        counts["core_nodes_total"] += core
        counts["core_nodes_found"] += core and found
        if not found:
            missed_nodes.append(
                {
                    "doc": doc,
                    "name": str(node["name"]),
                    "kind": _cell(node.get("kind")),
                    "aliases": ";".join(map(str, _as_list(node.get("aliases")))),
                    "core": core,
                }
            )

    for edge in document["edges"]:
        relation = str(edge["relation"]).strip()
        ends = []
        for key in ("source", "target"):
            key_name = normalize_name(edge[key])
            ends.append(build.ids(names_of.get(key_name) or {key_name}))
        forward, backward = build.relations_between(*ends)
        found = relation in forward
        pair = bool(forward or backward)
        core = _as_bool(edge.get("core"))
        counts["edges_total"] += 1
        counts["edges_found"] += found
        counts["pairs_found"] += pair
        counts["core_edges_total"] += core
        counts["core_edges_found"] += core and found
        counts["core_pairs_found"] += core and pair
        if not found:
            missed_edges.append(
                {
                    "doc": doc,
                    "source": str(edge["source"]),
                    "relation": relation,
                    "target": str(edge["target"]),
                    "core": core,
                    "pair_found": pair,
                    "build_relations": ";".join(
                        sorted(forward) + sorted("<-" + r for r in backward)
                    ),
                }
            )
    return counts


def evaluate(
    gold: str | Path | Mapping,
    tables: str | Path | tuple[pd.DataFrame, pd.DataFrame],
) -> EvalReport:
    """Score a build against a gold annotation.

    Parameters
    ----------
    gold : str, Path or dict
        The gold YAML file, or its already-parsed content.
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
        When the gold file is missing, not YAML or has no ``documents`` list,
        or a table is missing, unreadable or lacks a required column.

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
        for key in (
            "nodes_found", "nodes_total", "core_nodes_found", "core_nodes_total",
            "edges_found", "edges_total", "core_edges_found", "core_edges_total",
            "pairs_found", "core_pairs_found",
        ):
            pooled[key] += counts[key]
        rows.append({"doc": document["doc"], **_metrics(counts)})

    forbidden = set()
    gold_names: set[str] = set()
    for document in documents:
        forbidden |= _names(document["not_nodes"])
        for node in document["nodes"]:
            gold_names |= _gold_node_names(node)
        for edge in document["edges"]:
            gold_names |= _names([edge["source"], edge["target"]])
    violations: list[str] = []
    for label in build.labels:
        if normalize_name(label) in forbidden and label not in violations:
            violations.append(label)
    carrying = sum(1 for names in build.node_names if names & gold_names)

    return EvalReport(
        per_document=pd.DataFrame(rows, columns=["doc", *METRICS]),
        overall=_metrics(pooled),
        violations=violations,
        precision_proxy=_ratio(carrying, len(build.node_names)),
        missed_nodes=pd.DataFrame(missed_nodes, columns=_MISSED_NODE_COLUMNS),
        missed_edges=pd.DataFrame(missed_edges, columns=_MISSED_EDGE_COLUMNS),
    )


# ------------------------------------------------------------------------- report


def _fraction(found: Any, total: Any, recall: float) -> str:
    if not total:
        return "-"
    return f"{int(found)}/{int(total)} {recall:.3f}"


def _rate(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.3f}"


def _pooled(metrics: Mapping[str, Any], stem: str) -> str:
    """``found/total recall`` of ``{stem}s_found``, ``{stem}s_total``, ``{stem}_recall``."""
    return _fraction(
        metrics[f"{stem}s_found"], metrics[f"{stem}s_total"], metrics[f"{stem}_recall"]
    )


def _table_line(name: str, m: Mapping[str, Any], width: int) -> str:
    cells = [
        _fraction(m["nodes_found"], m["nodes_total"], m["node_recall"]),
        _fraction(m["core_nodes_found"], m["core_nodes_total"], m["core_node_recall"]),
        _fraction(m["edges_found"], m["edges_total"], m["edge_recall"]),
        _fraction(m["core_edges_found"], m["core_edges_total"], m["core_edge_recall"]),
        _rate(m["pair_recall"]),
        _rate(m["core_pair_recall"]),
    ]
    return f"{name:<{width}}  " + "  ".join(
        f"{cell:>15}" if i < 4 else f"{cell:>9}" for i, cell in enumerate(cells)
    )


def format_report(report: EvalReport, limit: int = 25) -> str:
    """Render `report` as plain text.

    A per-document table, the core entries that were missed (at most `limit`
    of each), then an eight-line summary whose last line starts with
    ``overall`` (core node recall, core typed edge recall, node recall, edge
    recall, violations, PASS/FAIL at the default bars).

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
    width = max([len("document"), len("pooled"), *map(len, docs)])
    header = f"{'document':<{width}}  " + "  ".join(
        [f"{h:>15}" for h in ("nodes", "core nodes", "edges", "core edges")]
        + [f"{h:>9}" for h in ("pairs", "core pairs")]
    )
    lines = ["gold evaluation (edges: typed, direction matters; pairs: any relation)", header]
    for row in report.per_document.to_dict("records"):
        lines.append(_table_line(row["doc"], row, width))
    lines.append(_table_line("pooled", report.overall, width))

    for what, frame, describe in (
        ("core nodes", report.missed_nodes, lambda r: f"{r['doc']}: {r['name']}"),
        (
            "core edges",
            report.missed_edges,
            lambda r: f"{r['doc']}: {r['source']} -[{r['relation']}]-> {r['target']}"
            + (f"  (build has: {r['build_relations']})" if r["build_relations"] else ""),
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
        "summary",
        f"  core node recall  {_pooled(o, 'core_node')}",
        f"  core edge recall  {_pooled(o, 'core_edge')}  (pairs {_rate(o['core_pair_recall'])})",
        f"  node recall       {_pooled(o, 'node')}",
        f"  edge recall       {_pooled(o, 'edge')}  (pairs {_rate(o['pair_recall'])})",
        f"  precision proxy   {_rate(report.precision_proxy)}",
        f"  violations        {len(report.violations)}" + (f": {shown}" if shown else ""),
        f"overall  core_node_recall={_rate(o['core_node_recall'])}"
        f"  core_edge_recall={_rate(o['core_edge_recall'])}"
        f"  node_recall={_rate(o['node_recall'])}"
        f"  edge_recall={_rate(o['edge_recall'])}"
        f"  violations={len(report.violations)}  {verdict}",
    ]
    return "\n".join(lines)
