"""The parquet and csv exports: a folder of tables, a view's ``nodes`` and ``edges`` with schema types."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from ..cells import cell_text, is_missing
from ..tables import SCHEMA, Tables, csv_cell, csv_safe
from .formats import _graph

__all__ = ["graph_tables"]


def _write_tables(tables_or_G, fmt: str, folder: Path) -> Path:
    if isinstance(tables_or_G, Tables):
        tables_or_G.write(folder, formats=(fmt,))
        return folder
    nodes, edges = graph_tables(_graph(tables_or_G))
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in (("nodes", nodes), ("edges", edges)):
        if fmt == "parquet":
            df.to_parquet(folder / f"{name}.parquet", index=False, engine="pyarrow")
        else:  # as Tables.write does: text always quoted (a CR inside stays in its cell), spreadsheet-safe
            with open(folder / f"{name}.csv", "wb") as fh:
                fh.write((",".join(csv_cell(str(c)) for c in df.columns) + "\n").encode("utf-8"))
                table = pa.Table.from_pandas(df, preserve_index=False)
                pa_csv.write_csv(csv_safe(table), fh, pa_csv.WriteOptions(include_header=False))
    return folder


def graph_tables(G: nx.Graph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``nodes`` and ``edges`` tables of a graph (a view's tables), schema columns first.

    Columns a view added (``depth``, ``undated`` ...) follow the schema's; lists and tuples
    are ``;``-joined.

    >>> from orgnet.graph import example_tables, filter_graph, to_graph
    >>> nodes, edges = graph_tables(filter_graph(to_graph(example_tables()), relations="leads"))
    >>> len(nodes), list(edges["relation"].unique()), str(edges["start"].dtype)
    (4, ['leads'], 'Int64')
    """
    node_rows = [{**{k: _flat(v) for k, v in d.items()}, "id": str(n)} for n, d in G.nodes(data=True)]
    edge_rows = []
    for e in G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True):
        u, v, d = e[0], e[1], e[-1]
        row = {k: _flat(val) for k, val in d.items()}
        row.update(source=str(u), target=str(v))
        row.setdefault("relation", str(e[2]) if G.is_multigraph() else "")
        edge_rows.append(row)
    return _typed_frame(node_rows, "nodes"), _typed_frame(edge_rows, "edges")


def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return ";".join(str(x) for x in (sorted(value, key=str) if isinstance(value, set) else value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _typed_frame(rows: list[dict], table: str) -> pd.DataFrame:
    schema = SCHEMA[table]
    extra = list(dict.fromkeys(k for r in rows for k in r if k not in schema))
    df = pd.DataFrame(rows, columns=list(schema) + extra)
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    for col in extra:
        kinds = {_type_name(v) for v in df[col] if is_missing(v) is False}
        if kinds == {"str"} or len(kinds) > 1 and "str" in kinds:
            df[col] = df[col].map(cell_text).astype("string")
    return df


def _type_name(v) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalar
        return _type_name(v.item())
    return "str"
