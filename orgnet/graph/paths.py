"""How one node is connected to another (graph stage: paths).

:func:`paths` gives the shortest paths between two nodes, links followed either way, as a
:class:`Paths`: the node ids of each path and the evidence of every step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from .. import vocabulary
from ..errors import InputError
from .build import _undirected
from .lookup import _check_relations, find_node, node_label

__all__ = ["PATH_COLUMNS", "DEFAULT_PATHS", "DEFAULT_MAX_LENGTH", "Paths", "paths"]


#: columns of :attr:`Paths.steps`
PATH_COLUMNS = (
    "path",
    "length",
    "step",
    "from",
    "from_label",
    "to",
    "to_label",
    "relation",
    "direction",
    "reads",
    "source",
    "target",
    "evidence",
    "docs",
    "confidence",
    "hedge",
    "claim_ids",
)


#: shortest paths :func:`paths` gives by default, and the most steps a path may take
DEFAULT_PATHS, DEFAULT_MAX_LENGTH = 3, 6


@dataclass(frozen=True, eq=False)
class Paths:
    """How one node is connected to another: the result of :func:`paths`.

    A sequence of paths (``len``, iteration and indexing give each path's node ids, `source`
    first), the shortest first, with the evidence of every step in :attr:`steps`.

    Attributes
    ----------
    source, target : str
        The ids of the two ends.
    nodes : tuple of tuple of str
        Each path's node ids, from `source` to `target`; empty when there is no path.
    steps : pandas.DataFrame
        One row per link on each step, columns :data:`PATH_COLUMNS`: ``path`` (1, 2 ...),
        ``length`` (the path's steps), ``step`` (1 ... length), ``from`` / ``to`` (ids, in the
        path's order) and their labels, ``relation``, ``direction`` (``"forward"`` when the
        relation reads from -> to, ``"backward"`` when the path goes against its arrow),
        ``reads`` (the link as a sentence, subject first), ``source`` / ``target`` (the
        edge's subject and object), and the edge's ``evidence``, ``docs``, ``confidence``,
        ``hedge`` and ``claim_ids``. A step joined by several relations has one row for each.
    message : str
        One sentence saying what was found: ``"How A is connected to B: 2 paths of length 3."``
        or why nothing was.
    """

    source: str
    target: str
    nodes: tuple[tuple[str, ...], ...]
    steps: pd.DataFrame
    message: str

    def __len__(self) -> int:
        return len(self.nodes)

    def __iter__(self):
        return iter(self.nodes)

    def __getitem__(self, i: int) -> tuple[str, ...]:
        return self.nodes[i]

    @property
    def lengths(self) -> tuple[int, ...]:
        """The number of steps of each path."""
        return tuple(len(p) - 1 for p in self.nodes)

    def subgraph(self, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """The union of the paths as a new graph: their nodes, with the attributes they have
        in `G`, and the edges (every relation, either direction) between consecutive nodes
        that the paths step along. Graph attributes ``path_source`` and ``path_target``."""
        P = nx.MultiDiGraph(**G.graph)
        P.graph.update(path_source=self.source, path_target=self.target)
        nodes = list(dict.fromkeys(n for p in self.nodes for n in p))
        P.add_nodes_from((n, G.nodes[n]) for n in nodes)
        pairs = {frozenset(pair) for p in self.nodes for pair in zip(p, p[1:])}
        for u, v, k, d in G.edges(keys=True, data=True):
            if frozenset((u, v)) in pairs and u != v:
                P.add_edge(u, v, key=k, **d)
        return P


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _lengths_text(lengths: Iterable[int]) -> str:
    ls = sorted(set(lengths))
    return f"length {ls[0]}" if len(ls) == 1 else f"lengths {ls[0]} to {ls[-1]}"


def paths(
    G: nx.MultiDiGraph,
    a: str,
    b: str,
    *,
    k: int = DEFAULT_PATHS,
    max_length: int = DEFAULT_MAX_LENGTH,
    relations: Iterable[str] | str | None = None,
) -> Paths:
    """How `a` is connected to `b`: up to `k` shortest paths, with the evidence of each step.

    The paths are simple (no node twice) and found on the undirected simple graph of `G`:
    a path may step against an edge's arrow, and each step lists every relation between
    its two nodes, saying which way each reads. Paths are ordered by length, then the best
    supported first (by the confidence of the weakest step, a step counting its most
    confident link), then by the labels along them, so the same graph always gives the same
    paths; when more than `k` paths share the length of the k-th, the first `k` in that
    order are kept.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one, e.g. ``select_view(...).graph``).
    a, b : str
        The two ends, each an id, label or alias (see :func:`find_node`).
    k : int, optional
        At most this many paths (default 3).
    max_length : int, optional
        Leave out paths of more steps than this (default 6).
    relations : str or iterable of str, optional
        Step only along these relations (``vocab/relations.yaml``); None for all.

    Returns
    -------
    Paths
        The paths (node ids, :attr:`Paths.nodes`), their steps with the evidence
        (:attr:`Paths.steps`, one row per link) and a sentence (:attr:`Paths.message`).
        No path (or `a` and `b` the same node) is not an error: the result is empty and
        the message says why.

    Raises
    ------
    UnknownNodeError
        When `a` or `b` names no node (the message names the closest labels and aliases).
    InputError
        When `k` or `max_length` is not a whole number >= 1, or a relation is unknown.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> p = paths(G, "Li Wei", "MOW")
    >>> p.message
    'How Li Wei is connected to Ministry of Widgets: 2 paths of lengths 2 to 3.'
    >>> [[G.nodes[n]["label"] for n in path] for path in p]  # doctest: +NORMALIZE_WHITESPACE
    [['Li Wei', 'Widget Research Institute', 'Ministry of Widgets'],
     ['Li Wei', 'Widget Research Institute', 'Bureau of Sprockets', 'Ministry of Widgets']]
    >>> p.steps[p.steps["path"] == 1][["step", "direction", "reads"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[1, 'forward', 'Li Wei leads Widget Research Institute'],
     [2, 'forward', 'Widget Research Institute funded by Ministry of Widgets']]

    A step joined by two relations has a row for each; a path may go against an arrow:

    >>> p.steps[p.steps["path"] == 2]["relation"].tolist()
    ['leads', 'front_for', 'operated_by', 'subordinate_to']
    >>> q = paths(G, "Sam Okoro", "Gadget Friendship Society")
    >>> q.steps[["step", "direction", "reads"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[1, 'forward', 'Sam Okoro leads Widget Research Institute'],
     [2, 'backward', 'Gadget Friendship Society established by Widget Research Institute']]
    >>> paths(G, "Li Wei", "Sam Okoro", relations=["funded_by"]).message
    'No path between Li Wei and Sam Okoro along funded by links.'
    """
    for name, value in (("k", k), ("max_length", max_length)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{name} must be a whole number >= 1, not {value!r}")
    rels = None if relations is None else set(_check_relations(relations))
    source, target = find_node(G, a), find_node(G, b)
    la, lb = node_label(G, source), node_label(G, target)
    along = (
        ""
        if rels is None
        else " along " + ", ".join(vocabulary.relations()[r].get("label", r) for r in sorted(rels)) + " links"
    )
    if source == target:
        return _paths(G, source, target, [], f"{la} and {lb} are the same node ({source}).")
    found, too_long = _shortest(_undirected(G, rels), source, target, k, max_length)
    if too_long:
        return _paths(
            G,
            source,
            target,
            [],
            f"No path of at most {_plural(max_length, 'step')} between {la} and {lb}{along}; the shortest is longer.",
        )
    if not found:
        return _paths(G, source, target, [], f"No path between {la} and {lb}{along}.")
    found.sort(
        key=lambda p: (len(p), -_weakest(G, p, rels), [node_label(G, n).casefold() for n in p], [str(n) for n in p])
    )
    found = found[:k]
    lengths = [len(p) - 1 for p in found]
    message = f"How {la} is connected to {lb}: {_plural(len(found), 'path')} of {_lengths_text(lengths)}{along}."
    return _paths(G, source, target, found, message, rels)


def _shortest(H: nx.Graph, source: str, target: str, k: int, max_length: int) -> tuple[list[list], bool]:
    """The shortest simple paths of `H` from `source` to `target` in order of length: the first
    `k`, and more of the k-th length (up to 50 more, for :func:`paths` to choose among by label),
    none longer than `max_length`; and whether paths exist but all are longer than that."""
    too_long = False
    try:
        gen = nx.shortest_simple_paths(H, source, target)
        found: list[list] = []
        for p in gen:
            if len(p) - 1 > max_length:
                too_long = not found
                break
            if len(found) >= k and len(p) > len(found[-1]):
                break
            found.append(p)
            if len(found) >= k + 50:  # enough ties at the k-th length to pick the first k by label
                break
    except nx.NetworkXNoPath:
        found = []
    return found, too_long


def _weakest(G: nx.MultiDiGraph, p: list, rels: set[str] | None) -> float:
    """The confidence of a path's weakest step, a step being as strong as its most confident link."""
    best = []
    for u, v in zip(p, p[1:]):
        best.append(
            max(
                [
                    (d.get("confidence") or 0.0)
                    for s, t in ((u, v), (v, u))
                    if G.has_edge(s, t)
                    for key, d in G[s][t].items()
                    if rels is None or d.get("relation", key) in rels
                ],
                default=0.0,
            )
        )
    return min(best, default=0.0)


def _paths(
    G: nx.MultiDiGraph, source: str, target: str, found: list[list], message: str, rels: set[str] | None = None
) -> Paths:
    """The :class:`Paths` of `found` (lists of node ids), with a row per link of each step."""
    rel_vocab = vocabulary.relations()
    rows = []
    for i, p in enumerate(found, start=1):
        for j, (u, v) in enumerate(zip(p, p[1:]), start=1):
            links = [
                (s, t, key, d)
                for s, t in ((u, v), (v, u))
                if G.has_edge(s, t)
                for key, d in G[s][t].items()
                if rels is None or d.get("relation", key) in rels
            ]
            links.sort(key=lambda e: (e[0] != u, str(e[3].get("relation", e[2]))))
            for s, t, key, d in links:
                rel = d.get("relation", key)
                rows.append(
                    {
                        "path": i,
                        "length": len(p) - 1,
                        "step": j,
                        "from": u,
                        "from_label": node_label(G, u),
                        "to": v,
                        "to_label": node_label(G, v),
                        "relation": rel,
                        "direction": "forward" if s == u else "backward",
                        "reads": f"{node_label(G, s)} {rel_vocab.get(rel, {}).get('label', rel)} {node_label(G, t)}",
                        "source": s,
                        "target": t,
                        "evidence": d.get("evidence") or "",
                        "docs": d.get("docs") or "",
                        "confidence": d.get("confidence"),
                        "hedge": d.get("hedge") or "",
                        "claim_ids": d.get("claim_ids") or "",
                    }
                )
    steps = pd.DataFrame(rows, columns=list(PATH_COLUMNS))
    steps["confidence"] = pd.to_numeric(steps["confidence"], errors="coerce").astype("float64")
    for col in ("path", "length", "step"):
        steps[col] = steps[col].astype("int64")
    return Paths(source=source, target=target, nodes=tuple(tuple(p) for p in found), steps=steps, message=message)
