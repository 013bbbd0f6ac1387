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
from collections import deque
from typing import Hashable, Mapping

import networkx as nx
import numpy as np

__all__ = ["label_box", "wrap_label", "tree_positions", "network_positions", "remove_overlaps",
           "overlapping_pairs", "DEFAULT_BOX"]

#: (width, height, dy) used for a node without an entry in ``boxes``
DEFAULT_BOX = (150.0, 80.0, 20.0)

Box = tuple[float, float, float]
Positions = dict[Hashable, tuple[float, float]]

_GAP = 14.0  # pixels kept free between two label boxes


#: the widths of characters met so far, by font size (what _char_width says, looked up)
_WIDTHS: dict[float, dict[str, float]] = {}


def _text_width(text: str, font_px: float) -> float:
    """The sum of :func:`_char_width` over `text`, in its order (each character's width
    looked up once per font size)."""
    widths = _WIDTHS.get(font_px)
    if widths is None:
        widths = _WIDTHS.setdefault(font_px, {})
    try:
        return sum([widths[c] for c in text])
    except KeyError:
        for c in text:
            if c not in widths:
                widths[c] = _char_width(c, font_px)
        return sum([widths[c] for c in text])


def _char_width(ch: str, font_px: float) -> float:
    if ord(ch) >= 0x2E80:  # CJK and other full-width scripts: about one em
        return font_px
    if ch in "il.,;:'|!() ":
        return 0.32 * font_px
    if ch.isupper() or ch in "mwMW":
        return 0.68 * font_px
    return 0.53 * font_px


def wrap_label(text: str, *, font_px: float = 14.0, max_width: float = 150.0) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``max_width`` pixels (estimated).

    A single word longer than a line stays whole (the page's canvas does the same).

    >>> wrap_label("China Institutes of Contemporary International Relations")
    ['China Institutes of', 'Contemporary', 'International', 'Relations']
    >>> wrap_label("Wang Yi")
    ['Wang Yi']
    """
    words = str(text).split()
    if not words:
        return [""]
    lines: list[str] = []
    line, width = "", 0.0
    space = _char_width(" ", font_px)
    for word in words:
        w = _text_width(word, font_px)
        if line and width + space + w > max_width:
            lines.append(line)
            line, width = word, w
        else:
            line, width = (f"{line} {word}" if line else word), (width + space + w if line else w)
    lines.append(line)
    return lines


def label_box(text: str, *, node_size: float = 12.0, font_px: float = 14.0, max_width: float = 150.0,
              label_inside: bool = False) -> Box:
    """The rectangle ``(width, height, dy)`` a node and its wrapped label take on the canvas.

    ``label_inside`` is for shapes that draw the label inside them (vis ``box``, ``ellipse``);
    otherwise the label hangs under a shape of radius ``node_size``.

    >>> w, h, dy = label_box("Wang Yi")
    >>> 40 < w < 80 and h > 24 and dy > 0
    True
    """
    lines = wrap_label(text, font_px=font_px, max_width=max_width)
    text_w = max(_text_width(line, font_px) for line in lines)
    text_h = len(lines) * font_px * 1.2
    if label_inside:
        return (text_w + 16.0, text_h + 12.0, 0.0)
    width = max(text_w, 2 * node_size)
    height = 2 * node_size + 5 + text_h
    return (width, height, height / 2 - node_size)


# --------------------------------------------------------------------------- tree layout


def tree_positions(T: nx.DiGraph, root: Hashable | None = None, *, boxes: Mapping[Hashable, Box] | None = None,
                   level_gap: float = 120.0, leaf_wrap: int = 6, max_aspect: float = 2.5) -> Positions:
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

    # children lists (pre-order); a node reached twice (not a tree) keeps its first parent
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
            prev_right = [max(a, b) for a, b in zip(prev_right, new_right)] + \
                (prev_right[len(new_right):] if len(prev_right) > len(new_right) else new_right[len(prev_right):])
        left_edge = x0
    return {v: (float(round(x, 2)) + 0.0, float(round(y, 2)) + 0.0) for v, (x, y) in pos.items()}


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


def _sort_key(G, v):
    data = G.nodes[v] if v in G else {}
    return (str(data.get("label") or v).casefold(), str(v))


# --------------------------------------------------------------------------- radial layout


def network_positions(G: nx.Graph, center: Hashable | None = None, *,
                      boxes: Mapping[Hashable, Box] | None = None, ring_gap: float = 70.0,
                      overlap_passes: int = 100) -> Positions:
    """Deterministic positions for any graph: radial BFS trees per component, packed in rows.

    Each connected component (edge direction ignored) is drawn around a centre: ``center``
    for its component, else the node of highest degree (ties: smallest id). Nodes at BFS
    distance d sit on ring d; each node's children share its angular wedge in proportion to
    the leaves under them, so branches stay together. A ring's radius grows until the label
    boxes on it stop colliding; a crowded ring is split into staggered sub-rings when that
    needs less room. Components are then packed in rows, biggest first, and
    :func:`remove_overlaps` settles what still collides.

    Parameters
    ----------
    G : nx.Graph
        Any networkx graph (directed and multi-graphs are read as simple undirected ones).
    center : node, optional
        The node to put in the middle (an ego view's focus).
    boxes : mapping, optional
        ``node -> (width, height, dy)`` label boxes (see :func:`label_box`).
    ring_gap : float
        Free space between consecutive rings, beyond the tallest label box.
    overlap_passes : int
        Iterations of :func:`remove_overlaps` (0 to skip).

    Returns
    -------
    dict
        ``node -> (x, y)``.

    Examples
    --------
    >>> G = nx.star_graph(5)
    >>> pos = network_positions(G, center=0)
    >>> pos[0]
    (0.0, 0.0)
    >>> radii = [math.hypot(*pos[i]) for i in range(1, 6)]
    >>> max(radii) - min(radii) < 1  # the leaves on one ring
    True
    >>> network_positions(G) == network_positions(G.copy())
    True
    """
    boxes = boxes or {}
    if G.number_of_nodes() == 0:
        return {}
    nodes = sorted(G.nodes, key=str)
    index = {v: i for i, v in enumerate(nodes)}
    adj: list[list[int]] = [[] for _ in nodes]
    for u, v in G.edges():
        if u == v:
            continue
        iu, iv = index[u], index[v]
        adj[iu].append(iv)
        adj[iv].append(iu)
    adj = [sorted(set(a)) for a in adj]
    W = np.array([boxes.get(v, DEFAULT_BOX)[0] for v in nodes], dtype=float)
    H = np.array([boxes.get(v, DEFAULT_BOX)[1] for v in nodes], dtype=float)
    DY = np.array([boxes.get(v, DEFAULT_BOX)[2] for v in nodes], dtype=float)
    degree = [len(a) for a in adj]

    # connected components, biggest first
    comp_of = [-1] * len(nodes)
    comps: list[list[int]] = []
    for s in range(len(nodes)):
        if comp_of[s] >= 0:
            continue
        comp = [s]
        comp_of[s] = len(comps)
        q = deque([s])
        while q:
            u = q.popleft()
            for w in adj[u]:
                if comp_of[w] < 0:
                    comp_of[w] = len(comps)
                    comp.append(w)
                    q.append(w)
        comps.append(comp)
    c_center = index.get(center) if center is not None and center in index else None
    comps.sort(key=lambda c: (c_center not in c if c_center is not None else True, -len(c), min(c)))

    X = np.zeros(len(nodes))
    Y = np.zeros(len(nodes))
    rects = []
    for comp in comps:
        if c_center is not None and c_center in comp:
            root = c_center
        else:
            root = min(comp, key=lambda i: (-degree[i], i))
        _radial_component(root, adj, W, H, DY, X, Y, ring_gap, nodes, G)
        idx = np.array(comp)
        x0 = float(np.min(X[idx] - W[idx] / 2))
        x1 = float(np.max(X[idx] + W[idx] / 2))
        y0 = float(np.min(Y[idx] + DY[idx] - H[idx] / 2))
        y1 = float(np.max(Y[idx] + DY[idx] + H[idx] / 2))
        rects.append((idx, x0, y0, x1, y1))

    _pack(rects, X, Y)
    if overlap_passes and len(nodes) > 1:
        _remove_overlaps_arrays(X, Y, W, H, DY, overlap_passes)
    # the centre (or the first component's root) stays at the origin
    anchor = c_center if c_center is not None else min(comps[0], key=lambda i: (-degree[i], i))
    X -= X[anchor]
    Y -= Y[anchor]
    xs, ys = np.round(X, 2).tolist(), np.round(Y, 2).tolist()  # as round() of each, at once
    return {v: (xs[i] + 0.0, ys[i] + 0.0) for i, v in enumerate(nodes)}


def _radial_component(root: int, adj, W, H, DY, X, Y, ring_gap, nodes, G) -> None:
    parent = {root: -1}
    level = {root: 0}
    order = [root]
    q = deque([root])
    while q:
        u = q.popleft()
        for w in adj[u]:
            if w not in parent:
                parent[w] = u
                level[w] = level[u] + 1
                order.append(w)
                q.append(w)
    kids: dict[int, list[int]] = {u: [] for u in order}
    for u in order[1:]:
        kids[parent[u]].append(u)
    leaves: dict[int, int] = {}
    for u in reversed(order):
        leaves[u] = sum(leaves[c] for c in kids[u]) or 1
    label_key = {u: _sort_key(G, nodes[u]) for u in order}
    for u in order:
        # heavier branches alternate with light ones, so crowded wedges are spread round the ring
        ks = sorted(kids[u], key=lambda c: (-leaves[c], label_key[c]))
        kids[u] = ks[0::2] + ks[1::2][::-1]

    angle = {root: 0.0}
    wedge = {root: (0.0, 2 * math.pi)}
    for u in order:
        a0, a1 = wedge[u]
        total = sum(leaves[c] for c in kids[u])
        a = a0
        for c in kids[u]:
            span = (a1 - a0) * leaves[c] / total
            wedge[c] = (a, a + span)
            angle[c] = a + span / 2
            a += span
    X[root], Y[root] = 0.0, 0.0
    max_level = max(level.values())
    rings: list[list[int]] = [[] for _ in range(max_level + 1)]
    for u in order:
        rings[level[u]].append(u)
    radius = 0.0
    for d in range(1, max_level + 1):
        ring = sorted(rings[d], key=lambda u: angle[u])
        inner_h = float(np.max(H[rings[d - 1]])) if rings[d - 1] else 0.0
        inner_w = float(np.max(W[rings[d - 1]])) if rings[d - 1] else 0.0
        start = radius + max(inner_h, 0.75 * inner_w, float(np.max(H[ring]))) + ring_gap
        radius = _place_ring(ring, angle, start, W, H, DY, X, Y)


def _place_ring(ring: list[int], angle, start: float, W, H, DY, X, Y) -> float:
    """Put ``ring`` (nodes sorted by their wedge angle) on a circle of radius >= start.

    Each pair of angular neighbours needs an arc long enough for their label boxes to clear
    each other in x or in y (which one depends on where on the circle they sit); the radius is
    the smallest that holds all those arcs. A crowded ring is split into m staggered sub-rings
    (node k on sub-ring k mod m) when that gives a smaller outer radius. Nodes keep their
    order and move as little as possible from their wedge angles. Returns the outer radius.
    """
    idx = np.array(ring)
    n = len(ring)
    th = np.array([angle[u] for u in ring])
    w, h = W[idx], H[idx]
    if n == 1:
        X[idx] = start * math.sin(th[0])
        Y[idx] = -start * math.cos(th[0])
        return start
    nxt = (np.arange(n) + 1) % n
    mid = th + ((th[nxt] - th) % (2 * math.pi)) / 2
    cos, sin = np.abs(np.cos(mid)), np.abs(np.sin(mid))  # tangent of the circle at the mid angle
    wsum = (w + w[nxt]) / 2 + _GAP
    hsum = (h + h[nxt]) / 2 + _GAP / 2
    arc = np.minimum(wsum / np.maximum(cos, 1e-3), hsum / np.maximum(sin, 1e-3))
    # m staggered sub-rings, `step` apart: neighbours on adjacent sub-rings are already apart
    # where the radial step clears their boxes (a short step near the top and bottom of the
    # circle only; a step as wide as a box everywhere); elsewhere they need the full arc
    fill = 2 * math.pi * 0.85
    best: tuple[float, int, float, np.ndarray, float] | None = None  # (outer, m, r, need, step)
    for m in range(1, max(1, min(8, n // 3)) + 1):
        for step in {float(np.max(h)) + _GAP, float(max(np.max(w), np.max(h))) + _GAP}:
            cleared = (step * cos >= hsum) | (step * sin >= wsum)
            need = arc if m == 1 else np.maximum(np.where(cleared, 0.0, arc), arc / m)
            r = max(start, float(need.sum()) / fill)
            outer = r + (m - 1) * step
            if best is None or outer < best[0] * 0.95:
                best = (outer, m, r, need, step)
    assert best is not None  # the loops ran at least once
    outer, m, r, need, step = best
    gaps = need / r
    # keep the wedge order; push forward just enough, centre the displacement, and squeeze
    # back if the last node ran round into the first
    offsets = np.concatenate([[0.0], np.cumsum(gaps[:-1])])
    spread = np.maximum.accumulate(th - offsets) + offsets
    spread -= float(np.mean(spread - th))
    span = spread[-1] - spread[0]
    if span > 2 * math.pi - gaps[-1]:
        spread = spread[0] + (spread - spread[0]) * (2 * math.pi - gaps[-1]) / span
    radius = r + (np.arange(n) % m) * step
    X[idx] = radius * np.sin(spread)
    Y[idx] = -radius * np.cos(spread)
    return outer


def _pack(rects, X, Y) -> None:
    """Shelf-pack component rectangles in rows, biggest first; moves X/Y in place."""
    if len(rects) == 1:
        return
    area = sum((x1 - x0 + 3 * _GAP) * (y1 - y0 + 3 * _GAP) for _, x0, y0, x1, y1 in rects)
    row_width = max(max(x1 - x0 for _, x0, _, x1, _ in rects), math.sqrt(area) * 1.4)
    cx, cy, row_h = 0.0, 0.0, 0.0
    for idx, x0, y0, x1, y1 in rects:
        w, h = x1 - x0, y1 - y0
        if cx > 0 and cx + w > row_width:
            cx, cy, row_h = 0.0, cy + row_h + 4 * _GAP, 0.0
        X[idx] += cx - x0
        Y[idx] += cy - y0
        cx += w + 4 * _GAP
        row_h = max(row_h, h)


# --------------------------------------------------------------------------- overlaps


def overlapping_pairs(pos: Mapping[Hashable, tuple[float, float]], boxes: Mapping[Hashable, Box] | None = None,
                      gap: float = 0.0) -> list[tuple[Hashable, Hashable]]:
    """Pairs of nodes whose label boxes (plus ``gap``) intersect.

    >>> overlapping_pairs({"a": (0, 0), "b": (10, 0), "c": (1000, 0)})
    [('a', 'b')]
    """
    boxes = boxes or {}
    nodes = list(pos)
    if len(nodes) < 2:
        return []
    X = np.array([pos[v][0] for v in nodes], dtype=float)
    Y = np.array([pos[v][1] for v in nodes], dtype=float)
    W = np.array([boxes.get(v, DEFAULT_BOX)[0] for v in nodes], dtype=float)
    H = np.array([boxes.get(v, DEFAULT_BOX)[1] for v in nodes], dtype=float)
    DY = np.array([boxes.get(v, DEFAULT_BOX)[2] for v in nodes], dtype=float)
    i, j = _candidate_pairs(X, W, gap)
    hit = (np.abs(X[i] - X[j]) < (W[i] + W[j]) / 2 + gap) & \
          (np.abs(Y[i] + DY[i] - Y[j] - DY[j]) < (H[i] + H[j]) / 2 + gap)
    return sorted((nodes[a], nodes[b]) if str(nodes[a]) <= str(nodes[b]) else (nodes[b], nodes[a])
                  for a, b in zip(i[hit], j[hit]))


def _candidate_pairs(X, W, gap):
    """Index pairs (i, j) whose x-extents (plus `gap`) may overlap: a sweep over x, vectorised.
    Each node reaches as far right as its own half width, the widest half width and `gap`
    (a superset of the pairs that overlap, in sweep order)."""
    order = np.argsort(X, kind="stable")
    xs = X[order]
    reach = xs + (W[order] + np.max(W)) / 2 + gap
    ends = np.searchsorted(xs, reach, side="right")
    counts = ends - np.arange(len(xs)) - 1
    counts = np.maximum(counts, 0)
    if counts.sum() == 0:
        return np.array([], dtype=int), np.array([], dtype=int)
    a = np.repeat(np.arange(len(xs)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    b = a + 1 + offsets
    return order[a], order[b]


def remove_overlaps(pos: Mapping[Hashable, tuple[float, float]], boxes: Mapping[Hashable, Box] | None = None,
                    passes: int = 40) -> Positions:
    """Push apart nodes whose label boxes collide, along the axis of least overlap.

    >>> pos = remove_overlaps({"a": (0, 0), "b": (10, 0)})
    >>> overlapping_pairs(pos)
    []
    """
    boxes = boxes or {}
    nodes = list(pos)
    X = np.array([pos[v][0] for v in nodes], dtype=float)
    Y = np.array([pos[v][1] for v in nodes], dtype=float)
    W = np.array([boxes.get(v, DEFAULT_BOX)[0] for v in nodes], dtype=float)
    H = np.array([boxes.get(v, DEFAULT_BOX)[1] for v in nodes], dtype=float)
    DY = np.array([boxes.get(v, DEFAULT_BOX)[2] for v in nodes], dtype=float)
    _remove_overlaps_arrays(X, Y, W, H, DY, passes)
    return {v: (float(X[k]), float(Y[k])) for k, v in enumerate(nodes)}


def _grid_pairs(X, Yc, cw: float, ch: float):
    """Index pairs (i, j), each once, of points in the same or adjacent cells of a grid of
    `cw` by `ch` (any two points less than `cw` apart along x and `ch` along y are among them)."""
    n = len(X)
    cx = np.floor((X - X.min()) / cw).astype(np.int64)
    cy = np.floor((Yc - Yc.min()) / ch).astype(np.int64)
    rows = int(cy.max()) + 2  # a free row above and below: a neighbour key never wraps into another column
    key = cx * rows + cy
    order = np.argsort(key, kind="stable")
    ks = key[order]
    at = np.arange(n)
    out_i, out_j = [], []
    for ddx, ddy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):  # each neighbouring cell once
        target = ks + ddx * rows + ddy
        lo = at + 1 if (ddx, ddy) == (0, 0) else np.searchsorted(ks, target, side="left")
        hi = np.searchsorted(ks, target, side="right")
        counts = np.maximum(hi - lo, 0)
        total = int(counts.sum())
        if not total:
            continue
        a = np.repeat(at, counts)
        b = np.repeat(lo, counts) + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        out_i.append(order[a])
        out_j.append(order[b])
    if not out_i:
        return np.array([], dtype=int), np.array([], dtype=int)
    return np.concatenate(out_i), np.concatenate(out_j)


def _overlapping(X, Y, W, H, DY):
    """The pairs whose label boxes (plus the gaps) overlap, as ``(i, j, dx, dyc, ox, oy)``, in
    the order of a sweep over x (by the rank of i, then of j, in ``argsort(X)``; i left of j)."""
    rank = np.empty(len(X), dtype=np.int64)
    rank[np.argsort(X, kind="stable")] = np.arange(len(X))
    Yc = Y + DY
    p, q = _grid_pairs(X, Yc, float(np.max(W)) + _GAP, float(np.max(H)) + _GAP / 2)
    swap = rank[p] > rank[q]
    i, j = np.where(swap, q, p), np.where(swap, p, q)
    dx = X[j] - X[i]
    ox = (W[i] + W[j]) / 2 + _GAP - np.abs(dx)
    dyc = (Y[j] + DY[j]) - (Y[i] + DY[i])
    oy = (H[i] + H[j]) / 2 + _GAP / 2 - np.abs(dyc)
    hit = (ox > 0) & (oy > 0)
    i, j, dx, dyc, ox, oy = i[hit], j[hit], dx[hit], dyc[hit], ox[hit], oy[hit]
    by = np.lexsort((rank[j], rank[i]))
    return i[by], j[by], dx[by], dyc[by], ox[by], oy[by]


def _remove_overlaps_arrays(X, Y, W, H, DY, passes: int) -> None:
    n = len(X)
    for it in range(passes):
        # the pairs that collide, found on a grid of cells as big as the biggest box (a sweep
        # over x alone met tens of thousands of pairs far apart in y), in the sweep's order
        i, j, dx, dyc, ox, oy = _overlapping(X, Y, W, H, DY)
        if len(i) == 0:
            return
        # deterministic tie-break for coincident nodes: by index
        sx = np.where(dx == 0, np.where(j > i, 1.0, -1.0), np.sign(dx))
        sy = np.where(dyc == 0, np.where(j > i, 1.0, -1.0), np.sign(dyc))
        along_x = ox <= oy
        mx = np.where(along_x, sx * ox / 2 * 1.02, 0.0)
        my = np.where(along_x, 0.0, sy * oy / 2 * 1.02)
        MX = np.zeros(n)
        MY = np.zeros(n)
        np.add.at(MX, j, mx)
        np.add.at(MX, i, -mx)
        np.add.at(MY, j, my)
        np.add.at(MY, i, -my)
        # a node pushed by many neighbours moves by their mean, not their sum
        cnt = np.zeros(n)
        np.add.at(cnt, i, 1)
        np.add.at(cnt, j, 1)
        cnt = np.maximum(cnt, 1)
        X += MX / np.sqrt(cnt)
        Y += MY / np.sqrt(cnt)
