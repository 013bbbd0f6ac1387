"""Label boxes that collide: found with a grid, pushed apart (render stage)."""

from __future__ import annotations

from typing import Hashable, Mapping

import numpy as np

from .label_boxes import _GAP, DEFAULT_BOX, Box, Positions

__all__ = ["remove_overlaps", "overlapping_pairs"]


def overlapping_pairs(
    pos: Mapping[Hashable, tuple[float, float]], boxes: Mapping[Hashable, Box] | None = None, gap: float = 0.0
) -> list[tuple[Hashable, Hashable]]:
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
    hit = (np.abs(X[i] - X[j]) < (W[i] + W[j]) / 2 + gap) & (
        np.abs(Y[i] + DY[i] - Y[j] - DY[j]) < (H[i] + H[j]) / 2 + gap
    )
    return sorted(
        (nodes[a], nodes[b]) if str(nodes[a]) <= str(nodes[b]) else (nodes[b], nodes[a]) for a, b in zip(i[hit], j[hit])
    )


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


def remove_overlaps(
    pos: Mapping[Hashable, tuple[float, float]], boxes: Mapping[Hashable, Box] | None = None, passes: int = 40
) -> Positions:
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
