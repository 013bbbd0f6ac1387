"""A build's tables as the scorer reads them: checked against their manifest, every node's names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from orgnet.cells import cell_text
from orgnet.errors import InputError

from .gold import _names, normalize_name


def _read_csv(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: table not found")
    from ..tables import csv_restore  # the build's CSVs are spreadsheet-safe: take the added quote off

    try:
        return csv_restore(pd.read_csv(path, dtype=str, keep_default_na=False))
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read CSV ({exc})") from exc


def _check_build(folder: Path) -> None:
    """When the folder is a build with a manifest, check nodes.csv and edges.csv against it
    (see :mod:`orgnet.integrity`); a folder of hand-made tables has none and is read as is."""
    from ..integrity import check_entry, entries, read_manifest

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
            f"{where}: missing column(s) {', '.join(missing)} (has: {', '.join(map(str, frame.columns)) or 'none'})"
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
        for source, target, relation in zip(edges["source"], edges["target"], edges["relation"]):
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

    def relations_between(self, sources: set[str], targets: set[str]) -> tuple[set[str], set[str]]:
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
