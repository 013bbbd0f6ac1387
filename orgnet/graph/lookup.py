"""Nodes found by name (graph stage: lookup).

:func:`find_node` gives a node's id from its id, label or alias, matched the way the tables
match names (:func:`orgnet.names.name_key`); an unknown name gets the closest ones in its
error. The views' search and relation-name checks live here too.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import networkx as nx

from .. import vocabulary
from ..cells import split_cell
from ..errors import InputError, UnknownNodeError
from ..names import name_key

__all__ = ["find_node", "node_label", "node_names"]


def node_label(G: nx.Graph, n: Any) -> str:
    """The label of node `n` of `G`, its id when it has none.

    >>> G = nx.Graph(); G.add_node("a", label="Body A"); G.add_node("b")
    >>> node_label(G, "a"), node_label(G, "b")
    ('Body A', 'b')
    """
    return str(G.nodes[n].get("label") or n)


def node_names(attrs: dict) -> list[str]:
    """A node's names from its attributes: its label first, then its aliases and Chinese names.

    >>> node_names({"label": "Body A", "aliases": "BA; Old A", "name_zh": None})
    ['Body A', 'BA', 'Old A']
    """
    out = [str(attrs.get("label") or "")]
    for col in ("aliases", "name_zh"):
        out.extend(split_cell(attrs.get(col)))
    return [x for x in out if x]


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The id of the node called `name`: an id, a label or an alias.

    Labels and aliases are compared with :func:`orgnet.names.name_key` (case, a leading
    "the", dashes and quotes do not matter), so an abbreviation, a former name or the full
    name all find the node. A label match wins over an alias match.

    Parameters
    ----------
    G : networkx graph
        Nodes with ``label`` and (optionally) ``aliases`` / ``name_zh`` attributes.
    name : str
        The id, label or alias to look up.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    UnknownNodeError
        When no node has that name (the message suggests the three closest labels or
        aliases), or when an alias names several nodes.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> G = to_graph(example_tables())
    >>> find_node(G, "the wri"), find_node(G, "Ministry of Widgets"), find_node(G, "li-wei")
    ('widget-research-institute', 'ministry-of-widgets', 'li-wei')
    >>> find_node(G, "Ministry of Gidgets")
    Traceback (most recent call last):
    ...
    orgnet.errors.UnknownNodeError: no node called 'Ministry of Gidgets'; closest: 'Ministry of Widgets', ...
    """
    if not isinstance(name, str):
        raise UnknownNodeError(f"a node name must be a string, not {name!r}")
    if name in G:
        return name
    key = name_key(name)
    by_label, by_alias = [], []
    for n, attrs in G.nodes(data=True):
        names = node_names(attrs)
        if names and name_key(names[0]) == key and attrs.get("label"):
            by_label.append(n)
        elif any(name_key(x) == key for x in names):
            by_alias.append(n)
    for found in (by_label, by_alias):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = ", ".join(f"{G.nodes[n].get('label')!r} ({n})" for n in sorted(found))
            raise UnknownNodeError(f"{name!r} names {len(found)} nodes: {listed}; pass the id instead")
    if key and key != name and key in G:  # an id typed with other case or spacing
        return key
    raise UnknownNodeError(
        f"no node called {name!r}; closest: {', '.join(map(repr, _closest(G, key)))}"
        if G.number_of_nodes()
        else f"no node called {name!r}: the graph is empty"
    )


def _closest(G: nx.MultiDiGraph, key: str, n: int = 3) -> list[str]:
    """The `n` nodes whose label or alias is closest to `key` (names holding the key first)."""
    best: dict[str, tuple] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for node, attrs in G.nodes(data=True):
        names = node_names(attrs) or [str(node)]
        for i, nm in enumerate(names):
            k = name_key(nm)
            matcher.set_seq1(k)
            score = (bool(key) and key in k, round(matcher.ratio(), 6), i == 0)
            shown = nm if i == 0 else f"{nm} ({names[0]})"
            if node not in best or score > best[node][0]:
                best[node] = (score, shown)
    ranked = sorted(best.items(), key=lambda kv: (tuple(-float(x) for x in kv[1][0]), kv[1][1]))
    return [shown for _, (_, shown) in ranked[:n]]


def _search(G: nx.MultiDiGraph, text: str) -> list[str]:
    """Ids of the nodes of `G` whose id, label or alias matches `text`: exact matches (compared
    with :func:`orgnet.names.name_key`), then names starting with it, then names holding it
    (case-insensitive); by label within each group."""
    key = name_key(text)
    low = " ".join(str(text).split()).casefold()
    if not low:
        return []
    ranked = []
    for n, a in G.nodes(data=True):
        names = [str(n)] + node_names(a)
        best = None
        for nm in names:
            s = " ".join(nm.split()).casefold()
            rank = 0 if name_key(nm) == key else 1 if s.startswith(low) else 2 if low in s else None
            if rank is not None and (best is None or rank < best):
                best = rank
        if best is not None:
            ranked.append((best, node_label(G, n).casefold(), str(n)))
    return [n for *_, n in sorted(ranked)]


def _check_relations(relations: Iterable[str], what: str = "relation") -> tuple[str, ...]:
    if isinstance(relations, str):
        relations = (relations,)
    relations = tuple(relations)
    known = vocabulary.relations()
    for r in relations:
        if r not in known:
            raise InputError(f"unknown {what} {r!r}; known relations: {', '.join(known)}")
    return relations
