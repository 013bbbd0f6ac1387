"""The network of a build as a networkx graph (graph stage: build).

:func:`to_graph` turns a build's tables into a :class:`networkx.MultiDiGraph`: one node per
``nodes`` row, one edge per ``edges`` row (subject -> object, keyed by its relation), every
column kept as an attribute, so "why is this edge here?" is answered by ``evidence``,
``docs`` and ``claim_ids`` on the edge itself. An edge's years are a list of
:class:`Interval` (:func:`parse_intervals`, :func:`edge_intervals`).

It does not check the tables against the schema (``read_tables`` does) and does not merge or
split entities (``resolve`` does).
"""

from __future__ import annotations

from typing import NamedTuple

import networkx as nx
import pandas as pd

from ..cells import plain
from ..errors import InputError
from ..tables import SCHEMA, Tables

__all__ = ["Interval", "parse_intervals", "edge_intervals", "to_graph"]


def _year(v) -> int | None:
    v = plain(v)
    return None if v is None else int(v)


def _join(items, sep: str = ";") -> str:
    seen: list[str] = []
    for x in items:
        for part in [] if x is None else str(x).split(sep) if sep == ";" else [str(x)]:
            part = part.strip()
            if part and part not in seen:
                seen.append(part)
    return sep.join(seen)


def _stem(doc: str) -> str:
    return doc.rsplit(".", 1)[0] if "." in doc else doc


def _check_columns(df: pd.DataFrame, table: str, needed: tuple[str, ...]) -> None:
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise InputError(
            f"the {table} table has no column {', '.join(repr(c) for c in missing)} "
            f"(columns: {', '.join(map(str, df.columns))})"
        )


class Interval(NamedTuple):
    """A time span of a link, in years; ``None`` on a side that is not known (open there).

    Written ``START-END`` as in the ``intervals`` column of ``edges`` (``str`` gives that form,
    so exports write ``1990-1995;2001-2004``).

    >>> Interval(1990, 1995).contains(1993), Interval(1990, None).contains(2020), Interval(None, 1970).contains(1971)
    (True, True, False)
    >>> str(Interval(1983, None)), Interval(1990, 1995) == (1990, 1995)
    ('1983-', True)
    """

    start: int | None
    end: int | None

    def contains(self, year: int) -> bool:
        """Whether `year` lies in the span (its ends included)."""
        return (self.start is None or self.start <= year) and (self.end is None or self.end >= year)

    def __str__(self) -> str:
        return f"{'' if self.start is None else self.start}-{'' if self.end is None else self.end}"


def parse_intervals(cell, start=None, end=None) -> list[Interval]:
    """The intervals of an ``edges.intervals`` cell (``"1990-1995;2001-"``), in order.

    A cell that is empty or missing (a build made before the column existed) falls back to
    the edge's `start` and `end`: one interval when either is known, none otherwise.

    Raises
    ------
    InputError
        When an item is not ``START-END`` with years (either side may be empty).

    Examples
    --------
    >>> parse_intervals("1990-1995;2001-2004")
    [Interval(start=1990, end=1995), Interval(start=2001, end=2004)]
    >>> parse_intervals("-1970"), parse_intervals(""), parse_intervals(None, start=1983)
    ([Interval(start=None, end=1970)], [], [Interval(start=1983, end=None)])
    """
    if isinstance(cell, (list, tuple)):
        return [Interval(_year(a), _year(b)) for a, b in cell]
    cell = plain(cell)
    text = "" if cell is None else str(cell).strip()
    if not text:
        s, e = plain(start), plain(end)
        return [] if s is None and e is None else [Interval(_year(s), _year(e))]
    out = []
    for item in text.split(";"):
        a, sep, b = item.strip().partition("-")
        try:
            if not sep:
                raise ValueError
            out.append(Interval(int(a) if a.strip() else None, int(b) if b.strip() else None))
        except ValueError:
            raise InputError(
                f"an interval must be START-END in years (either side may be empty), not {item.strip()!r} in {text!r}"
            ) from None
    return out


def edge_intervals(d: dict) -> list[Interval]:
    """An edge's intervals from its attributes `d`: the ``intervals`` list :func:`to_graph`
    gives, or parsed from an ``intervals`` text or ``start``/``end`` (a graph made otherwise).

    >>> edge_intervals({"intervals": "1990-1995;2001-"}), edge_intervals({"start": None, "end": None})
    ([Interval(start=1990, end=1995), Interval(start=2001, end=None)], [])
    """
    spans = d.get("intervals")
    if isinstance(spans, list) and all(isinstance(x, Interval) for x in spans):
        return spans
    return parse_intervals(spans, d.get("start"), d.get("end"))


def to_graph(tables: Tables) -> nx.MultiDiGraph:
    """The network of a build as a directed multigraph.

    Parameters
    ----------
    tables : Tables
        A build's tables (``orgnet.build(...)`` or ``orgnet.read_tables(...)``); only
        ``nodes`` and ``edges`` are read.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by ``id`` with every ``nodes`` column as an attribute; one edge per
        ``edges`` row, ``source -> target``, keyed by ``relation``, with every ``edges``
        column as an attribute; ``intervals`` is a list of :class:`Interval` (from the
        ``intervals`` column, or from ``start``/``end`` when a build has none), empty for an
        undated link. Missing values are ``None``; numbers are Python ``int`` and
        ``float``. An edge endpoint that has no ``nodes`` row still becomes a node (its
        label taken from the edge, its kind ``None``).

    Raises
    ------
    InputError
        When a table lacks ``id``, ``source``, ``target`` or ``relation``.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> G = to_graph(example_tables())
    >>> G.number_of_nodes(), G.number_of_edges()
    (8, 9)
    >>> G.nodes["li-wei"]["label"], G.nodes["li-wei"]["founded"]
    ('Li Wei', None)
    >>> sorted(G["widget-research-institute"]["bureau-of-sprockets"])
    ['front_for', 'operated_by']
    >>> G.edges["anna-karlsson", "widget-research-institute", "leads"]["intervals"]
    [Interval(start=1990, end=2005)]
    """
    nodes, edges = tables.nodes, tables.edges
    _check_columns(nodes, "nodes", ("id",))
    _check_columns(edges, "edges", ("source", "target", "relation"))
    G = nx.MultiDiGraph()
    node_cols = list(nodes.columns)
    G.add_nodes_from((rec["id"], rec) for rec in _plain_records(nodes))
    spans: dict[tuple, list[Interval]] = {}  # many edges share their years: each text parsed once
    for data in _plain_records(edges):
        when = (data.get("intervals"), data.get("start"), data.get("end"))
        if isinstance(when[0], (list, tuple)):  # given as pairs, not text: not a key
            data["intervals"] = parse_intervals(*when)
        else:
            if when not in spans:
                spans[when] = parse_intervals(*when)
            data["intervals"] = list(spans[when])
        for end, label_col in (("source", "source_label"), ("target", "target_label")):
            if data[end] not in G:
                G.add_node(data[end], **_bare_node(data[end], data.get(label_col), node_cols))
        G.add_edge(data["source"], data["target"], key=data["relation"], **data)
    return G


#: the types of a cell that :func:`orgnet.cells.plain` leaves as they are
_NATIVE = frozenset({str, int, float, bool})


def _plain_column(s: pd.Series) -> list:
    """``[plain(v) for v in s]``, a column at a time: missing values found by pandas at once,
    :func:`~orgnet.cells.plain` called per cell only in a column holding other than str, int,
    float or bool (numpy scalars, lists ...)."""
    values = s.tolist()
    missing = s.isna().tolist()
    if any(type(v) not in _NATIVE for v, m in zip(values, missing) if not m):
        return [plain(v) for v in values]
    return [None if m else v for v, m in zip(values, missing)] if any(missing) else values


def _plain_records(df: pd.DataFrame) -> list[dict]:
    """The rows of `df` as dicts of plain Python values (``to_dict("records")`` then
    :func:`~orgnet.cells.plain` on every cell, in a few passes over columns).

    >>> import numpy as np
    >>> df = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "f": [0.5, float("nan")],
    ...                    "s": pd.array(["x", None], dtype="string"),
    ...                    "o": pd.Series([np.int64(3), None], dtype=object)})
    >>> rows = _plain_records(df)
    >>> rows
    [{'n': 1, 'f': 0.5, 's': 'x', 'o': 3}, {'n': None, 'f': None, 's': None, 'o': None}]
    >>> rows == [{k: plain(v) for k, v in r.items()} for r in df.to_dict("records")], type(rows[0]["o"])
    (True, <class 'int'>)
    """
    columns = [str(c) if not isinstance(c, str) else c for c in df.columns]
    if len(set(columns)) != len(columns) or list(df.columns) != columns:  # unusual columns: the plain way
        return [{k: plain(v) for k, v in rec.items()} for rec in df.to_dict("records")]
    values = [_plain_column(df.iloc[:, i]) for i in range(len(columns))]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _bare_node(node_id: str, label: str | None, columns: list[str]) -> dict:
    schema = SCHEMA["nodes"]
    attrs = {c: ("" if schema.get(c, "string") == "string" else None) for c in columns}
    attrs.update(id=node_id, label=label or node_id, kind=None)
    return attrs


def _undirected(G: nx.MultiDiGraph, relations: set[str] | None = None) -> nx.Graph:
    """The undirected simple graph of `G` (edges of `relations` only, when given), nodes and
    edges added in sorted order so that whatever walks it does not depend on the order `G`
    was built in; ``weight`` counts the relations between two nodes."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes, key=str))
    pairs: dict[tuple, int] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v or (relations is not None and d.get("relation", k) not in relations):
            continue
        pair = (u, v) if str(u) <= str(v) else (v, u)
        pairs[pair] = pairs.get(pair, 0) + 1
    for (u, v), w in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        H.add_edge(u, v, weight=w)
    return H
