"""The network as a networkx graph, and the views analysts ask of it (graph stage).

:func:`to_graph` turns a build's tables into a :class:`networkx.MultiDiGraph`: one node per
``nodes`` row, one edge per ``edges`` row (subject -> object, keyed by its relation), every
column kept as an attribute, so "why is this edge here?" is answered by ``evidence``,
``docs`` and ``claim_ids`` on the edge itself. The views take such a graph and return a new
graph or a DataFrame; none of them changes its input:

=================  ==========================================================================
:func:`find_node`  a node id from an id, label or alias, matched the way the tables match names
:func:`hierarchy`  the tree under a root, following the ``hierarchy: true`` relations inverted
:func:`hierarchy_graph`  the hierarchy view: the tree's bodies with every link among them
:func:`fronts`     every front organisation: what it fronts for, who runs, funds and founded it
:func:`fronts_graph`  the fronts view: the fronts and the bodies behind them, matched by id
:func:`ego`        the neighbourhood of a node, both directions, to a depth
:func:`as_of`      the network as it stood in a year (by each edge's intervals and the nodes' founding years)
:func:`filter_graph`  nodes by kind, edges by relation, document and confidence
:func:`select_view`  year, filters, focus and search in one call: the Explorer's and the briefings' view
:func:`centrality` degree, betweenness and PageRank per node
:func:`node_measure`  one of those (or eigenvector centrality) as ``node -> value``
:func:`paths`      how one node is connected to another: the shortest paths, with the evidence of each step
:func:`communities`  a community number per node (Louvain or greedy modularity), the same on every run
=================  ==========================================================================

The modules, in the order data flows through them: ``build`` (tables -> graph, intervals),
``lookup`` (names -> node ids), ``filters`` (year, neighbourhood, kinds, relations, documents,
confidence), ``hierarchy`` (trees and fronts), ``paths``, ``views`` (:func:`select_view`, the one
place the filters are chained), ``metrics``, and ``examples`` (an invented build). Import from
here: ``from orgnet.graph import to_graph, select_view``.

What it does not do: it does not check the tables against the schema (``read_tables`` does),
does not merge or split entities (``resolve`` does) and draws nothing (``orgnet.render``).
Relation names are read from ``vocab/relations.yaml``; only the roles the views are about
(``front_for``, ``operated_by`` ...) are named here.
"""

from __future__ import annotations

from .build import Interval, edge_intervals, parse_intervals, to_graph
from .examples import example_tables
from .filters import UNKNOWN_KIND, as_of, ego, filter_graph
from .hierarchy import FRONT_COLUMNS, HIERARCHY_RELATIONS, fronts, hierarchy
from .lookup import find_node
from .metrics import CENTRALITY_COLUMNS, COMMUNITY_METHODS, MEASURES, centrality, communities, node_measure
from .paths import DEFAULT_MAX_LENGTH, DEFAULT_PATHS, PATH_COLUMNS, Paths, paths
from .views import DEFAULT_DEPTH, EDGE_COLUMNS, Selection, edge_table, fronts_graph, hierarchy_graph, select_view

__all__ = [
    "to_graph",
    "Interval",
    "parse_intervals",
    "edge_intervals",
    "find_node",
    "HIERARCHY_RELATIONS",
    "hierarchy",
    "hierarchy_graph",
    "fronts",
    "fronts_graph",
    "ego",
    "as_of",
    "filter_graph",
    "Selection",
    "select_view",
    "edge_table",
    "centrality",
    "example_tables",
    "FRONT_COLUMNS",
    "CENTRALITY_COLUMNS",
    "EDGE_COLUMNS",
    "UNKNOWN_KIND",
    "DEFAULT_DEPTH",
    "Paths",
    "paths",
    "communities",
    "node_measure",
    "PATH_COLUMNS",
    "MEASURES",
    "COMMUNITY_METHODS",
    "DEFAULT_PATHS",
    "DEFAULT_MAX_LENGTH",
]
