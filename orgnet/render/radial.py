"""The radial layout: each component a BFS tree in rings around its centre, components packed (render stage)."""

from __future__ import annotations

import math
from collections import deque
from typing import Hashable, Mapping

import networkx as nx
import numpy as np

from .label_boxes import _GAP, DEFAULT_BOX, Box, Positions, _sort_key
from .overlaps import _remove_overlaps_arrays

__all__ = ["network_positions"]


def network_positions(
    G: nx.Graph,
    center: Hashable | None = None,
    *,
    boxes: Mapping[Hashable, Box] | None = None,
    ring_gap: float = 70.0,
    overlap_passes: int = 100,
) -> Positions:
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
