"""How central each node is, and which community it belongs to (graph stage: metrics).

:func:`centrality` gives degree, betweenness and PageRank per node; :func:`node_measure` one of
those (or eigenvector centrality) as ``node -> value``; :func:`communities` a community number
per node (Louvain or greedy modularity), the same on every run.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from ..errors import InputError
from .build import _undirected
from .lookup import node_label

__all__ = ["CENTRALITY_COLUMNS", "MEASURES", "COMMUNITY_METHODS", "centrality", "communities", "node_measure"]


#: columns of :func:`centrality`
CENTRALITY_COLUMNS = ("id", "label", "kind", "degree", "in_degree", "out_degree", "betweenness", "pagerank")


#: the measures :func:`node_measure` computes
MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")


#: the methods :func:`communities` knows
COMMUNITY_METHODS = ("louvain", "greedy")


def centrality(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree, betweenness and PageRank of every node, the most central first.

    ``degree``, ``in_degree`` and ``out_degree`` count edges (each relation between two
    nodes is one edge). ``betweenness`` is computed on the undirected simple graph
    (normalised: the share of shortest paths between other nodes that pass through the
    node), so a broker between two clusters scores whichever way its ties point.
    ``pagerank`` (damping 0.85) follows the edges' direction, subject -> object, with the
    number of relations between two nodes as the weight: rank flows from a subsidiary to its
    parent, from a front to what it fronts for, from a leader to what they lead.

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`CENTRALITY_COLUMNS`, sorted by ``pagerank`` (descending),
        then ``id``; scores rounded to 10 decimals so the order is reproducible.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> c = centrality(G)
    >>> print(c.head(3)[["id", "degree", "in_degree", "betweenness", "pagerank"]].round(3).to_string(index=False))
                           id  degree  in_degree  betweenness  pagerank
    widget-research-institute       8          4        0.952     0.250
          ministry-of-widgets       2          2        0.000     0.249
          bureau-of-sprockets       3          2        0.000     0.163
    """
    nodes = list(G.nodes)
    if not nodes:
        return pd.DataFrame(columns=list(CENTRALITY_COLUMNS))
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    for u, v in G.edges():
        if D.has_edge(u, v):
            D[u][v]["weight"] += 1
        else:
            D.add_edge(u, v, weight=1)
    between = nx.betweenness_centrality(nx.Graph(D), normalized=True)
    rank = _pagerank(D, nodes)
    rows = [
        {
            "id": n,
            "label": G.nodes[n].get("label") or str(n),
            "kind": G.nodes[n].get("kind"),
            "degree": G.degree(n),
            "in_degree": G.in_degree(n) if G.is_directed() else G.degree(n),
            "out_degree": G.out_degree(n) if G.is_directed() else G.degree(n),
            "betweenness": round(float(between[n]), 10),
            "pagerank": round(rank[n], 10),
        }
        for n in nodes
    ]
    df = pd.DataFrame(rows, columns=list(CENTRALITY_COLUMNS))
    df["_id"] = df["id"].astype(str)
    df = df.sort_values(["pagerank", "_id"], ascending=[False, True]).drop(columns="_id")
    return df.reset_index(drop=True)


def _pagerank(D: nx.DiGraph, nodes: list, alpha: float = 0.85, tol: float = 1e-12, max_iter: int = 1000) -> dict:
    """PageRank by power iteration on networkx's Google matrix (numpy only; no scipy needed).
    Dangling nodes spread their rank evenly, as in :func:`networkx.pagerank`."""
    M = nx.google_matrix(D, alpha=alpha, weight="weight", nodelist=nodes)
    n = len(nodes)
    x = M[0] * 0 + 1.0 / n
    for _ in range(max_iter):
        nxt = x @ M
        if float(abs(nxt - x).sum()) < n * tol:
            x = nxt
            break
        x = nxt
    total = float(x.sum())
    return {node: float(v) / total for node, v in zip(nodes, x)}


def communities(G: nx.MultiDiGraph, *, method: str = "louvain", seed: int = 0) -> dict[str, int]:
    """The community of every node: groups more tightly linked inside than to each other.

    Found on the undirected simple graph of `G` (edge direction ignored; two nodes joined by
    several relations weigh that many), by :func:`networkx.community.louvain_communities`
    with a fixed `seed`, or :func:`networkx.community.greedy_modularity_communities`. The
    graph is handed over in sorted order and communities are numbered 1, 2 ... by size (the
    largest is 1), ties by their smallest label, so the same graph always gives the same
    numbers, however it was built. A node without links is a community of its own.

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).
    method : {"louvain", "greedy"}
        The algorithm (default ``"louvain"``).
    seed : int
        The Louvain method's random seed (ignored by ``"greedy"``).

    Returns
    -------
    dict
        ``node id -> community number`` (from 1), for every node of `G`.

    Raises
    ------
    InputError
        When `method` is unknown.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> c = communities(G)
    >>> sorted(set(c.values())), c["li-wei"] == c["widget-research-institute"]
    ([1, 2], True)
    >>> c["bureau-of-sprockets"] == c["ministry-of-widgets"] != c["li-wei"]
    True
    """
    if method not in COMMUNITY_METHODS:
        raise InputError(f"unknown community method {method!r}; choose one of {', '.join(COMMUNITY_METHODS)}")
    H = _undirected(G)
    if H.number_of_nodes() == 0:
        return {}
    if method == "louvain":
        groups = nx.community.louvain_communities(H, weight="weight", seed=seed)
    else:
        groups = nx.community.greedy_modularity_communities(H, weight="weight")

    def order(group):
        return (-len(group), min((node_label(G, n).casefold(), str(n)) for n in group))

    return {n: i for i, group in enumerate(sorted(groups, key=order), start=1) for n in sorted(group, key=str)}


def node_measure(G: nx.MultiDiGraph, measure: str = "degree") -> dict[str, float]:
    """One centrality measure of every node, ``node id -> value``.

    ``degree``, ``betweenness`` and ``pagerank`` are the columns of :func:`centrality`
    (computed the same way: degree counts edges, betweenness is on the undirected simple
    graph, PageRank follows the edges' direction). ``eigenvector`` is
    :func:`networkx.eigenvector_centrality` on the undirected simple graph, weighted by
    the number of relations between two nodes (0 for a node without links).

    Parameters
    ----------
    G : networkx graph
        A graph from :func:`to_graph` (or a view of one).
    measure : {"degree", "betweenness", "pagerank", "eigenvector"}
        The measure (default ``"degree"``).

    Returns
    -------
    dict
        ``node id -> float``, rounded to 10 decimals, for every node of `G`.

    Raises
    ------
    InputError
        When `measure` is unknown.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> m = node_measure(G, "betweenness")
    >>> max(m, key=m.get), m["li-wei"]
    ('widget-research-institute', 0.0)
    >>> node_measure(G, "degree")["bureau-of-sprockets"]
    3.0
    """
    if measure not in MEASURES:
        raise InputError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    nodes = list(G.nodes)
    if not nodes:
        return {}
    if measure == "degree":
        return {n: float(G.degree(n)) for n in nodes}
    if measure in ("betweenness", "pagerank"):
        table = centrality(G)
        return {n: float(v) for n, v in zip(table["id"], table[measure])}
    H = _undirected(G)
    if H.number_of_edges() == 0:
        return {n: 0.0 for n in nodes}
    try:
        ev = nx.eigenvector_centrality(H, weight="weight", max_iter=10_000, tol=1e-10)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - (A + I) power iteration converges
        raise InputError("eigenvector centrality did not converge on this graph; use another measure") from None
    return {n: round(float(ev.get(n, 0.0)) if H.degree(n) else 0.0, 10) for n in nodes}
