"""Score a build's tables against hand-annotated gold files.

The gold is YAML: a file with a ``documents:`` list, a file holding a single
document entry, or a folder of ``*.yaml`` files of either kind. Each document
entry names its ``doc``, its ``nodes`` (``name``, ``kind``, ``aliases``,
``core``), its ``edges`` (``source``, ``relation``, ``target``, ``core``) and
its ``not_nodes`` (strings that must never become a node label).
:func:`evaluate` compares a build's ``nodes.csv`` and ``edges.csv`` with it
and returns an :class:`EvalReport`; :func:`format_report` prints that report
as text.

Scoring rules (the same as the reference scorer ``shared/tools/score.py``):

* Names are compared after :func:`normalize_name`.
* A build node's *names* are its ``label`` plus its ``;``-joined ``aliases``.
* An entry without ``core`` counts as core.
* **Node recall**: a gold node is found when some build node has a name equal
  to the gold node's name or one of its aliases.
* **Typed edge recall**: a gold edge is found when the build has an edge with
  the same ``relation`` from a node matching the gold source to a node matching
  the gold target (direction matters). A node *matches* a gold endpoint when
  its names meet the endpoint's name and aliases as listed in the same
  document's node list (just the name when the endpoint is not listed there).
* **Pair recall**: as typed edge recall, with any relation in either direction.
* **Leads recall**: typed edge recall over the core ``leads`` edges.
* Recall is given over all entries and over ``core`` entries, per document
  and overall; an entity listed in several documents counts once in each, so
  the overall figures pool the per-document counts.
* **Violations**: a document's ``not_nodes`` entry is violated when it equals
  the normalised label of a build node; the count is over documents (a string
  listed in three documents and present in the build counts three times).
* **Precision proxy**: the share of build nodes with a name (label or alias)
  equal to a gold node's name or alias in any document.
* **Edge precision estimate**: the distinct build edges (source, relation,
  target) are *judged* when both endpoints match nodes of one gold document
  (its node names and aliases, or its edge endpoints); a judged edge is
  *correct* when it is a gold edge of such a document, same relation and
  direction. The estimate is correct / judged. It is only an estimate: a gold
  file lists what its annotators cared about, not every true relation, so an
  edge absent from the gold may still be right, and edges between nodes no
  document annotated are not judged at all.

``start``, ``end``, ``title``, ``evidence``, ``layout`` and ``conflicts`` are
not scored. A recall or share whose denominator is zero is ``nan`` (nothing to
find; the reference scorer prints 1.0 there).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from orgnet import vocabulary
from orgnet.cells import cell_text, is_missing
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
    "pairs_found",
    "core_pairs_found",
    "core_leads_found",
    "core_leads_total",
    "core_leads_recall",
    "not_node_violations",
)

# the counts pooled over documents; the recalls are computed from them
_COUNTS: tuple[str, ...] = (
    "nodes_found", "nodes_total", "core_nodes_found", "core_nodes_total",
    "edges_found", "edges_total", "core_edges_found", "core_edges_total",
    "pairs_found", "core_pairs_found", "core_leads_found", "core_leads_total",
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

_LEADING_THE = re.compile(r"^the\s+")
_REMOVED = re.compile(r"[\"'`.,()]")
_SPACES = re.compile(r"\s+")
_TRANSLATION = str.maketrans({"\u2019": "'", "\u2013": "-", "\u2014": "-"})


def normalize_name(name: str) -> str:
    """Return the form of `name` under which names are compared.

    The normalisation of the reference scorer ``shared/tools/score.py``, step
    by step: NFKC normalisation and case folding; the right single quote read
    as ``'`` and en/em dashes as ``-``; one leading ``"the "`` dropped (after
    stripping); straight quotes, backticks and ``. , ( )`` removed; whitespace
    squashed and stripped. Curly double quotes are kept, as the reference
    scorer keeps them.

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
    >>> normalize_name("  The  Ministry of Widgets (MOW) ")
    'ministry of widgets mow'
    >>> normalize_name("Widget\u2013Gadget Bureau\u2019s Office")
    'widget-gadget bureaus office'
    """
    if is_missing(name):
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold().translate(_TRANSLATION)
    text = _LEADING_THE.sub("", text.strip())
    text = _REMOVED.sub("", text)
    return _SPACES.sub(" ", text).strip()


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


# --------------------------------------------------------------------------- gold


def _load_gold(gold: str | Path | Mapping) -> list[dict[str, Any]]:
    """Read and check the gold annotation; return its documents."""
    if isinstance(gold, Mapping):
        return _documents_of(gold, "gold annotation")
    path = Path(gold)
    if path.is_dir():
        files = sorted(path.glob("*.yaml"))
        if not files:
            raise InputError(f"{path}: gold folder holds no *.yaml files")
        documents: list[dict[str, Any]] = []
        for file in files:
            documents += _documents_of(_read_yaml(file), str(file))
        return documents
    if not path.is_file():
        raise InputError(f"{path}: gold file not found")
    return _documents_of(_read_yaml(path), str(path))


def _read_yaml(path: Path) -> Any:
    """The parsed content of the YAML file `path`; errors name the file and line."""
    try:
        return vocabulary.load_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}{line}: gold file is not valid YAML ({reason})") from exc


def _documents_of(data: Any, where: str) -> list[dict[str, Any]]:
    """The checked document entries of one gold file: a ``documents:`` list or one entry."""
    if isinstance(data, Mapping) and "documents" in data:
        if not isinstance(data["documents"], list):
            raise InputError(f"{where}: 'documents' must be a list")
        entries = data["documents"]
    elif isinstance(data, Mapping) and "doc" in data:
        return [_check_document(data, where, "document entry")]
    else:
        raise InputError(
            f"{where}: gold file has neither a 'documents:' list nor a 'doc:' entry"
        )
    documents = []
    for index, document in enumerate(entries):
        if not isinstance(document, Mapping):
            raise InputError(f"{where}: documents[{index}] is not a mapping")
        documents.append(_check_document(document, where, f"documents[{index}]"))
    return documents


def _check_document(document: Mapping, where: str, entry: str) -> dict[str, Any]:
    if not document.get("doc"):
        raise InputError(f"{where}: {entry} has no 'doc'")
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


def _is_core(entry: Mapping) -> bool:
    """An entry's ``core`` flag; an entry without one is core."""
    return _as_bool(entry.get("core", True))


def _names(values: Iterable[Any]) -> frozenset[str]:
    """Normalised, non-empty names of `values`."""
    return frozenset(n for n in map(normalize_name, values) if n)


def _gold_node_names(node: Mapping) -> frozenset[str]:
    return _names([node["name"], *_as_list(node.get("aliases"))])


def _names_by_node(document: Mapping[str, Any]) -> dict[str, set[str]]:
    """Normalised node name -> the node's normalised names and aliases."""
    names_of: dict[str, set[str]] = defaultdict(set)
    for node in document["nodes"]:
        names_of[normalize_name(node["name"])] |= _gold_node_names(node)
    return names_of


def _endpoint_names(name: Any, names_of: Mapping[str, set[str]]) -> set[str]:
    """The names under which a gold edge endpoint is matched."""
    key = normalize_name(name)
    return set(names_of.get(key) or {key})


# -------------------------------------------------------------------------- build


def _read_csv(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: table not found")
    from .tables import _csv_restore  # the build's CSVs are spreadsheet-safe: take the added quote off

    try:
        return _csv_restore(pd.read_csv(path, dtype=str, keep_default_na=False))
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read CSV ({exc})") from exc


def _check_build(folder: Path) -> None:
    """When the folder is a build with a manifest, check nodes.csv and edges.csv against it
    (see :mod:`orgnet.integrity`); a folder of hand-made tables has none and is read as is."""
    from .integrity import check_entry, entries, read_manifest

    manifest = read_manifest(folder)
    if manifest is None:
        return
    listed = entries(manifest)
    for name in ("nodes.csv", "edges.csv"):
        if name in listed:
            check_entry(folder, listed[name])


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
    _check_build(folder)
    return _read_csv(nodes_path), _read_csv(edges_path), str(nodes_path), str(edges_path)


def _require(frame: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"{where}: missing column(s) {', '.join(missing)} "
            f"(has: {', '.join(map(str, frame.columns)) or 'none'})"
        )


class _Build:
    """Index of a build's names and edges."""

    def __init__(self, nodes: pd.DataFrame, edges: pd.DataFrame) -> None:
        self.labels: list[str] = []
        self.node_names: list[frozenset[str]] = []
        self.ids_by_name: dict[str, set[str]] = defaultdict(set)
        has_aliases = "aliases" in nodes.columns
        aliases = nodes["aliases"] if has_aliases else [""] * len(nodes)
        for node_id, label, alias_cell in zip(nodes["id"], nodes["label"], aliases):
            names = _names([cell_text(label), *cell_text(alias_cell).split(";")])
            self.labels.append(cell_text(label))
            self.node_names.append(names)
            for name in names:
                self.ids_by_name[name].add(cell_text(node_id))
        self.label_keys: set[str] = {normalize_name(label) for label in self.labels} - {""}
        # (source id, target id) -> relations; source id -> target ids
        self.relations: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.targets: dict[str, set[str]] = defaultdict(set)
        for source, target, relation in zip(
            edges["source"], edges["target"], edges["relation"]
        ):
            source, target = cell_text(source), cell_text(target)
            self.relations[(source, target)].add(cell_text(relation).strip())
            self.targets[source].add(target)

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

    def edges_within(self, ids: set[str]) -> set[tuple[str, str, str]]:
        """The distinct edges (source, relation, target) with both ends in `ids`."""
        return {
            (s, relation, t)
            for s in ids
            for t in self.targets.get(s, set()) & ids
            for relation in self.relations[(s, t)]
        }


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
        "pairs_found": c["pairs_found"],
        "core_pairs_found": c["core_pairs_found"],
        "core_leads_found": c["core_leads_found"],
        "core_leads_total": c["core_leads_total"],
        "core_leads_recall": _ratio(c["core_leads_found"], c["core_leads_total"]),
        "not_node_violations": c["not_node_violations"],
    }


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
        counts["nodes_total"] += 1
        counts["nodes_found"] += found
        counts["core_nodes_total"] += core
        counts["core_nodes_found"] += core and found
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
        counts["edges_total"] += 1
        counts["edges_found"] += found
        counts["pairs_found"] += pair
        counts["core_edges_total"] += core
        counts["core_edges_found"] += core and found
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
                    "build_relations": ";".join(
                        sorted(forward) + sorted("<-" + r for r in backward)
                    ),
                }
            )

    counts["not_node_violations"] = sum(
        1 for entry in document["not_nodes"] if normalize_name(entry) in build.label_keys
    )
    return counts


def _judge_edges(
    documents: Iterable[Mapping[str, Any]], build: _Build
) -> tuple[int, int]:
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


# ------------------------------------------------------------------------- report


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
        f"gold evaluation of {len(docs)} document{'s' if len(docs) != 1 else ''} "
        "(edges: typed, direction matters)",
        header,
    ]
    for row in report.per_document.to_dict("records"):
        lines.append(_document_line(row, width))

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
        "summary (counts pooled over documents)",
        f"  node recall        {_pooled(o, 'nodes_found', 'nodes_total', 'node_recall')}",
        f"  core node recall   "
        f"{_pooled(o, 'core_nodes_found', 'core_nodes_total', 'core_node_recall')}",
        f"  edge recall        {_pooled(o, 'edges_found', 'edges_total', 'edge_recall')}",
        f"  core edge recall   "
        f"{_pooled(o, 'core_edges_found', 'core_edges_total', 'core_edge_recall')}",
        f"  pair recall        {_pooled(o, 'pairs_found', 'edges_total', 'pair_recall')}"
        "  (any relation, either direction)",
        f"  core pair recall   "
        f"{_pooled(o, 'core_pairs_found', 'core_edges_total', 'core_pair_recall')}",
        f"  core leads recall  "
        f"{_pooled(o, 'core_leads_found', 'core_leads_total', 'core_leads_recall')}",
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
