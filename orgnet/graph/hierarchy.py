"""Who is under whom, and what stands behind a front (graph stage: hierarchy and fronts).

:func:`hierarchy` gives the tree under a root, following the ``hierarchy: true`` relations of
``vocab/relations.yaml`` inverted; :func:`fronts` gives every front organisation with what it
fronts for, who runs, funds and founded it and whom it targets. Only the roles these views are
about (``front_for``, ``operated_by`` ...) are named here.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pandas as pd

from .. import vocabulary
from .build import _join
from .lookup import _check_relations, find_node, node_label

__all__ = ["HIERARCHY_RELATIONS", "hierarchy", "FRONT_COLUMNS", "fronts"]


#: relations whose ``hierarchy: true`` flag in ``vocab/relations.yaml`` makes the object the
#: parent of the subject in :func:`hierarchy`, in the file's order (the order breaks ties)
HIERARCHY_RELATIONS: tuple[str, ...] = tuple(r for r, spec in vocabulary.relations().items() if spec.get("hierarchy"))


#: columns of :func:`fronts`
FRONT_COLUMNS = (
    "front",
    "front_label",
    "fronts_for",
    "run_by",
    "funded_by",
    "established_by",
    "targets",
    "evidence",
    "docs",
    "confidence",
    "kind",
    "hedge",
)


# roles the views are about (subject -> object)
_FRONT, _RUN_BY, _FUNDED, _FOUNDED_BY, _TARGETS = (
    "front_for",
    ("operated_by", "controlled_by"),
    "funded_by",
    "established_by",
    "targets",
)
#: the relations whose objects :func:`fronts` names for each front (its columns fronts_for ... targets)
FRONT_ROLES = (_FRONT, *_RUN_BY, _FUNDED, _FOUNDED_BY, _TARGETS)


def hierarchy(G: nx.MultiDiGraph, root: str, relations: Iterable[str] = HIERARCHY_RELATIONS) -> nx.DiGraph:
    """The tree of bodies under `root`, parent -> child.

    A ``child --relation--> parent`` edge of `G` (``subordinate_to``, ``front_for`` ...) becomes
    ``parent -> child``. Nodes are taken breadth first from the root; a node reachable along
    several paths hangs under the parent that reaches it first (the fewest steps from the
    root), ties broken by the order of `relations`, then by the parent's id. So the result is
    always a tree, whatever cycles or double parents the sources report.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).
    root : str
        The root's id, label or alias (see :func:`find_node`).
    relations : iterable of str, optional
        The relations to follow; by default :data:`HIERARCHY_RELATIONS`.

    Returns
    -------
    networkx.DiGraph
        Nodes with the attributes they have in `G` plus ``depth`` (0 at the root), in breadth
        first order; edges with ``relation``, ``evidence``, ``confidence``, ``docs``,
        ``hedge``, ``start``, ``end`` of the edge followed and ``via``, that edge as
        ``(child, parent, key)``. Graph attributes ``root`` (the root's id) and ``relations``.

    Raises
    ------
    UnknownNodeError
        When `root` names no node.
    InputError
        When a relation is not in ``vocab/relations.yaml``.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> T = hierarchy(G, "MOW")
    >>> list(T.edges())  # doctest: +NORMALIZE_WHITESPACE
    [('ministry-of-widgets', 'bureau-of-sprockets'), ('bureau-of-sprockets', 'widget-research-institute'),
     ('widget-research-institute', 'gadget-friendship-society')]
    >>> T.edges["bureau-of-sprockets", "widget-research-institute"]["relation"]
    'front_for'
    >>> T.graph["root"], T.nodes["gadget-friendship-society"]["depth"]
    ('ministry-of-widgets', 3)
    """
    root_id = find_node(G, root)
    relations = _check_relations(relations)
    order = {r: i for i, r in enumerate(relations)}
    T = nx.DiGraph(root=root_id, relations=relations)
    T.add_node(root_id, **{**G.nodes[root_id], "depth": 0})
    level, depth = [root_id], 0
    while level:
        depth += 1
        best: dict[str, tuple] = {}
        for parent in level:
            for child, _, key, data in G.in_edges(parent, keys=True, data=True):
                rel = data.get("relation", key)
                if rel not in order or child in T:
                    continue
                rank = (order[rel], str(parent), str(key))
                if child not in best or rank < best[child][0]:
                    best[child] = (rank, parent, key, data)
        level = sorted(best, key=str)
        for child in level:
            _, parent, key, data = best[child]
            T.add_node(child, **{**G.nodes[child], "depth": depth})
            T.add_edge(
                parent,
                child,
                relation=data.get("relation", key),
                evidence=data.get("evidence"),
                confidence=data.get("confidence"),
                docs=data.get("docs"),
                hedge=data.get("hedge"),
                start=data.get("start"),
                end=data.get("end"),
                via=(child, parent, key),
            )
    return T


def fronts(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Every front organisation (a node with a ``front_for`` edge) and what stands behind it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`to_graph` (or a view of one).

    Returns
    -------
    pandas.DataFrame
        One row per front, the most certain first (then by label), with the columns of
        :data:`FRONT_COLUMNS`: ``front`` (id), ``front_label``, ``fronts_for``, ``run_by``
        (``operated_by`` and ``controlled_by`` targets), ``funded_by``, ``established_by``,
        ``targets`` (labels, ``;``-joined, most confident first), ``evidence`` (the
        ``front_for`` edges' evidence, `` | ``-joined), ``docs`` (their documents),
        ``confidence`` (the highest of them), ``kind`` and ``hedge`` (of the front_for edges).

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> row = fronts(G).iloc[0]
    >>> row["front_label"], row["fronts_for"], row["run_by"]
    ('Widget Research Institute', 'Bureau of Sprockets', 'Bureau of Sprockets')
    >>> row["funded_by"], row["targets"]
    ('Ministry of Widgets', 'Ruritanian Parliament')
    >>> row["evidence"]
    'The Widget Research Institute is the public face of the Bureau of Sprockets.'
    """
    rows = []
    for n in G.nodes:
        out: dict[str, list] = {}
        for _, target, key, data in G.out_edges(n, keys=True, data=True):
            out.setdefault(data.get("relation", key), []).append((target, data))
        if _FRONT not in out:
            continue
        for rel in out:
            out[rel].sort(key=lambda td: (-(td[1].get("confidence") or 0.0), str(td[0])))

        def labels(*rels):
            return ";".join(dict.fromkeys(node_label(G, t) for r in rels for t, _ in out.get(r, [])))

        ff = out[_FRONT]
        rows.append(
            {
                "front": n,
                "front_label": node_label(G, n),
                "fronts_for": labels(_FRONT),
                "run_by": labels(*_RUN_BY),
                "funded_by": labels(_FUNDED),
                "established_by": labels(_FOUNDED_BY),
                "targets": labels(_TARGETS),
                "evidence": _join((d.get("evidence") for _, d in ff), sep=" | "),
                "docs": _join(d.get("docs") for _, d in ff),
                "confidence": max((d.get("confidence") or 0.0) for _, d in ff),
                "kind": G.nodes[n].get("kind"),
                "hedge": _join(d.get("hedge") for _, d in ff),
            }
        )
    df = pd.DataFrame(rows, columns=list(FRONT_COLUMNS))
    if len(df):
        df = df.sort_values(["confidence", "front_label", "front"], ascending=[False, True, True])
    return df.reset_index(drop=True)
