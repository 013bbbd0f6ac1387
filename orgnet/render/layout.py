"""Node positions computed in Python, so a page can draw with physics off (render stage).

A vis-network page that lays itself out (physics, or its own hierarchical layout) takes
seconds to minutes on a thousand nodes and freezes the tab on three thousand (DESIGN.md,
"Rendering at scale"). The page instead receives x/y for every node from here:

* :func:`tree_positions` — a tidy top-down tree for hierarchy views: every subtree gets its
  own band of x, a parent sits centred over its children, and a long run of leaf children
  is folded into a staggered grid under its parent instead of one endless row.
* :func:`network_positions` — any other graph: connected components, each drawn as a radial
  BFS tree around its centre (the focus of an ego view, else its best-connected node), with
  ring radii grown until the labels on a ring do not collide; components are packed in rows.
* :func:`remove_overlaps` — pushes apart label boxes that still collide.

Everything is deterministic (no randomness; ties are broken by node id) and linear or close
to it in the number of nodes and edges, so a layout of 3,000 nodes takes about a second.
Positions are in vis-network pixels at zoom 1, y pointing down.

Label boxes: each node occupies a rectangle ``(width, height, dy)``, centred ``dy`` pixels
below the node's position (a dot with its label underneath has its box's centre lower than
the dot). :func:`label_box` estimates one from the label text the way the page wraps it.
"""

from __future__ import annotations

import math
from typing import Hashable, Mapping

import networkx as nx

from .label_boxes import _GAP, DEFAULT_BOX, Box, Positions, _sort_key, label_box, wrap_label
from .overlaps import overlapping_pairs, remove_overlaps
from .radial import network_positions

__all__ = [
    "label_box",
    "wrap_label",
    "tree_positions",
    "network_positions",
    "remove_overlaps",
    "overlapping_pairs",
    "DEFAULT_BOX",
]


def tree_positions(
    T: nx.DiGraph,
    root: Hashable | None = None,
    *,
    boxes: Mapping[Hashable, Box] | None = None,
    level_gap: float = 120.0,
    leaf_wrap: int = 6,
    max_aspect: float = 2.5,
) -> Positions:
    """Top-down tidy positions for a tree whose edges point parent -> child.

    A Reingold-Tilford style layout: subtrees are built bottom-up, each with its contour
    (the leftmost and rightmost label edge on every level below it), and a subtree is placed
    as close to its left sibling as those contours allow, so a shallow subtree can tuck in
    beside a deep one. A parent sits centred over its first and last child. A node with more
    than ``leaf_wrap`` leaf children gets those leaves in a staggered grid under it instead
    of one long row.

    Parameters
    ----------
    T : nx.DiGraph
        A tree (or forest) with edges parent -> child, as :func:`orgnet.graph.hierarchy` returns.
    root : node, optional
        The root; default ``T.graph["root"]``, else every node without a parent (a forest).
    boxes : mapping, optional
        ``node -> (width, height, dy)`` label boxes (see :func:`label_box`).
    level_gap : float
        Free vertical space between the tallest box of one level and the next level.
    leaf_wrap : int
        A node with more than this many leaf children gets them in a staggered grid.
    max_aspect : float
        A tree much wider than tall (a few levels, thousands of leaves) is unreadable when
        fitted to a screen: when width / height exceeds this, the leaf grids are made
        narrower (at most 8, 4, 2, then 1 column, every run of two or more leaves stacked)
        until it does not, or the narrowest is taken.

    Returns
    -------
    dict
        ``node -> (x, y)``; the root at (0, 0), each level lower (larger y). Nodes the roots
        do not reach are laid out as further trees to the right.

    Examples
    --------
    >>> T = nx.DiGraph([("r", "a"), ("r", "b"), ("a", "c")])
    >>> pos = tree_positions(T, "r")
    >>> pos["r"]
    (0.0, 0.0)
    >>> pos["r"][1] < pos["a"][1] < pos["c"][1]
    True
    >>> pos["a"][0] < pos["r"][0] < pos["b"][0]
    True
    """
    boxes = boxes or {}
    if T.number_of_nodes() == 0:
        return {}
    best: tuple[float, Positions] | None = None
    for cap in (None, 8, 4, 2, 1):
        pos = _tree_positions(T, root, boxes, level_gap, leaf_wrap if cap is None else min(leaf_wrap, 1), cap)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        aspect = (max(xs) - min(xs) + 1.0) / (max(ys) - min(ys) + 1.0)
        if best is None or aspect < best[0]:
            best = (aspect, pos)
        if aspect <= max_aspect:
            break
    assert best is not None  # the loop ran at least once
    return best[1]


def _tree_positions(T, root, boxes, level_gap: float, leaf_wrap: int, cap: int | None) -> Positions:
    box = {v: boxes.get(v, DEFAULT_BOX) for v in T.nodes}
    key = {v: _sort_key(T, v) for v in T.nodes}
    if root is None:
        root = T.graph.get("root")
    roots = [root] if root is not None and root in T else []
    roots += sorted((v for v in T.nodes if T.in_degree(v) == 0 and v not in roots), key=key.__getitem__)

    children, order, tops = _spanning_children(T, roots, key)
    level_h = max(b[1] for b in box.values()) + level_gap

    # bottom-up: each node's contour (left, right per level, relative to the node's x) and the
    # offsets of its children (inner subtrees, then the leaf grid if any)
    contour: dict = {}
    offset: dict = {}  # child -> x relative to its parent
    grid_pos: dict = {}  # leaf in a grid -> (x relative to its parent, extra y)
    for v in reversed(order):
        kids = children[v]
        leaves = [c for c in kids if not children[c]]
        inner = [c for c in kids if children[c]]
        blocks = []  # (members or None, contour left, contour right) per block, left to right
        if len(leaves) > leaf_wrap:
            blocks += [([c], contour[c][0], contour[c][1]) for c in inner]
            blocks.append((None, *_grid_block(leaves, box, leaf_wrap, level_h, grid_pos, cap)))
        else:
            blocks += [([c], contour[c][0], contour[c][1]) for c in inner + leaves]
        half = box[v][0] / 2 + _GAP / 2
        if not blocks:
            contour[v] = ([-half], [half])
            continue
        shifts = [0.0]
        acc_l, acc_r = list(blocks[0][1]), list(blocks[0][2])
        for _, bl, br in blocks[1:]:
            shift = max(ar - lb for ar, lb in zip(acc_r, bl)) + _GAP
            shift = max(shift, shifts[-1])  # keep the order
            for k in range(len(br)):
                if k < len(acc_r):
                    acc_r[k] = shift + br[k]
                else:
                    acc_l.append(shift + bl[k])
                    acc_r.append(shift + br[k])
            shifts.append(shift)
        mid = (shifts[0] + shifts[-1]) / 2
        for (members, _, _), sh in zip(blocks, shifts):
            if members is None:
                for c in leaves:
                    gx, gy = grid_pos[c]
                    grid_pos[c] = (gx + sh - mid, gy)
            else:
                offset[members[0]] = sh - mid
        contour[v] = ([-half] + [x - mid for x in acc_l], [half] + [x - mid for x in acc_r])
        for c in kids:  # free memory of finished subtrees
            contour.pop(c, None)

    pos = _place_trees(tops, children, contour, offset, grid_pos, level_h)
    return {v: (float(round(x, 2)) + 0.0, float(round(y, 2)) + 0.0) for v, (x, y) in pos.items()}


def _spanning_children(T, roots: list, key: dict) -> tuple[dict, list, list]:
    """Children lists (pre-order) from each root in turn, then from any node not yet reached: the
    children of every node, the nodes in pre-order and the tops; a node reached twice (not a tree)
    keeps its first parent."""
    children: dict = {}
    order: list = []
    seen: set = set()
    tops: list = []
    for r in roots + sorted(T.nodes, key=key.__getitem__):
        if r in seen:
            continue
        tops.append(r)
        seen.add(r)
        stack = [r]
        while stack:
            v = stack.pop()
            order.append(v)
            kids = [c for c in sorted(T.successors(v), key=key.__getitem__) if c not in seen]
            seen.update(kids)
            children[v] = kids
            stack.extend(reversed(kids))
    return children, order, tops


def _place_trees(tops: list, children: dict, contour: dict, offset: dict, grid_pos: dict, level_h: float) -> Positions:
    """Top-down: each tree placed right of the ones before it (as close as their contours allow),
    each child at its offset from its parent (or its place in a leaf grid), one level per depth."""
    pos: Positions = {}
    left_edge = 0.0
    prev_right = None
    depth: dict = {}
    for r in tops:
        lft, rgt = contour[r]
        x0 = 0.0 if prev_right is None else max(pr - lc for pr, lc in zip(prev_right, lft)) + 3 * _GAP
        if prev_right is not None:
            x0 = max(x0, left_edge)
        depth[r] = 0
        pos[r] = (x0, 0.0)
        stack = [r]
        while stack:
            v = stack.pop()
            x, _ = pos[v]
            for c in children[v]:
                depth[c] = depth[v] + 1
                if c in grid_pos:
                    gx, gy = grid_pos[c]
                    pos[c] = (x + gx, depth[c] * level_h + gy)
                else:
                    pos[c] = (x + offset[c], depth[c] * level_h)
                stack.append(c)
        new_right = [x0 + v for v in rgt]
        if prev_right is None:
            prev_right = new_right
        else:
            prev_right = [max(a, b) for a, b in zip(prev_right, new_right)] + (
                prev_right[len(new_right) :] if len(prev_right) > len(new_right) else new_right[len(prev_right) :]
            )
        left_edge = x0
    return pos


def _grid_block(leaves: list, box, leaf_wrap: int, level_h: float, grid_pos: dict, cap: int | None = None):
    """Leaves in a staggered grid: sets ``grid_pos[leaf] = (x, extra y)`` relative to the
    grid's centre and first row; returns the grid's contour (left, right per level, from the
    level of its first row down)."""
    n = len(leaves)
    cols = min(n, max(leaf_wrap, math.ceil(math.sqrt(n * 2.5))))
    if cap is not None:
        cols = min(cols, cap)
    cell_w = max(box[c][0] for c in leaves) + _GAP
    row_h = max(box[c][1] for c in leaves) + _GAP + 10
    rows = math.ceil(n / cols)
    width = cols * cell_w + (cell_w / 2 if rows > 1 else 0.0)
    for i, c in enumerate(leaves):
        row, col = divmod(i, cols)
        shift = cell_w / 2 if row % 2 else 0.0
        grid_pos[c] = (-width / 2 + shift + (col + 0.5) * cell_w, row * row_h)
    levels = 1 + math.ceil((rows - 1) * row_h / level_h) if rows > 1 else 1
    return [-width / 2] * levels, [width / 2] * levels
