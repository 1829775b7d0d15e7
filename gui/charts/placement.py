"""Where a label goes: the first of its candidate places (in the plot's pixels, in order of preference) that lies
inside the plot and clear of everything already placed; failing that, the place that overlaps least. The charts
place their labels one after another, the most important first, each then an obstacle for the next: so labels
never collide with each other, with the marker lines or with the plot's edges, at any size and in any language.

The context chart lays its labels out on every edit, trying up to a few thousand places (its fallbacks run along
every row of the plot) against a few hundred obstacles (the curves as boxes): the costs are worked out with numpy, a
block of candidates at a time against every obstacle near the block at once, not one Python call per pair (2
million min/max calls per batch edit, counted, the most of that edit's time). An obstacle clear of the whole block
would add a zero to each of its costs: it is left out (the current value's label, searched for along the whole
plot nearest its line first in about one inference edit in five, costed 3,000 places against 230 boxes in 8-12 ms;
a block of them spans a strip of the plot, and the boxes outside it are not costed). Each cost is summed obstacle
by obstacle, in the order a scan of one place at a time adds them, so the same place wins as with that scan, to the
last bit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice, repeat

import numpy as np
from numpy.typing import NDArray

Rect = tuple[float, float, float, float]  # left, top, right, bottom
Boxes = NDArray[np.float64]  # rectangles as the rows of an n × 4 array

# candidates costed at once: a few first (the free place is among the first few in most layouts, and costing a
# block costs in proportion to its size), then a block small enough to span a part of the plot only, so that most
# obstacles are clear of it (128 costed the bench's layouts in a third of the time 512 did)
BLOCKS = (16, 128)
BLOCK = BLOCKS[-1]
NEAR_ABOVE = 8192  # obstacles × places of a block above which a free test leaves out those clear of it


def _edges(
    xy: NDArray[np.float64], size: tuple[float, float], bounds: Rect
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """A label of `size` with its top left at each row of `xy` (n × 2): its left, top, right and bottom edges, and
    what the part of it outside the bounds costs (4 × that area: a label cut off is worse than one that touches
    another)."""
    width, height = size
    bl, bt, br, bb = bounds
    left, top = xy[:, 0], xy[:, 1]
    right, bottom = left + width, top + height
    iw = np.minimum(right, br) - np.maximum(left, bl)
    ih = np.minimum(bottom, bb) - np.maximum(top, bt)
    # the area inside the bounds: 0 where either is not positive (the product of the parts at least 0: the same
    # values as selecting the positive pairs, in fewer passes)
    inside = np.maximum(iw, 0.0) * np.maximum(ih, 0.0)
    return left, top, right, bottom, 4 * ((right - left) * (bottom - top) - inside)


def _costs(
    xy: NDArray[np.float64],
    size: tuple[float, float],
    bounds: Rect,
    taken: NDArray[np.float64],
) -> NDArray[np.float64]:
    """What putting a label of `size` with its top left at each row of `xy` (n × 2) costs: 0 for a free place;
    else the area outside the bounds (weighted: a label cut off is worse than one that touches another) plus the
    area shared with each rectangle of `taken` (m × 4), a pixel apart at least."""
    left, top, right, bottom, outside = _edges(xy, size, bounds)
    if len(taken):
        # an obstacle clear of every place in the block adds nothing to any cost: left out (the block's least
        # left and top, and its greatest left and top plus the label's size: its greatest right and bottom, as
        # rounding keeps the order)
        (lx, ly), (hx, hy) = xy.min(axis=0) - 1, xy.max(axis=0) + np.array(size) + 1
        near = (taken[:, 2] > lx) & (taken[:, 0] < hx) & (taken[:, 3] > ly) & (taken[:, 1] < hy)
        taken = taken[near]
    rows = np.empty((len(taken) + 1, len(xy)))
    rows[0] = outside
    if len(taken):
        ol, ot, orr, ob = (taken[:, k, None] for k in range(4))
        # the overlap's width and height, each at least 0: their product is the shared area, 0 where either is
        # (the same sums as selecting the positive pairs: +0 where they are not), in place, in fewer passes
        w = np.minimum(right + 1, orr)
        w -= np.maximum(left - 1, ol)
        np.maximum(w, 0.0, out=w)
        h = np.minimum(bottom + 1, ob)
        h -= np.maximum(top - 1, ot)
        np.maximum(h, 0.0, out=h)
        np.multiply(w, h, out=rows[1:])
    # summed down the obstacles (axis 0), one after another as a scan of one place at a time adds them: numpy
    # adds whole rows in turn along an outer axis (its pairwise summation is for the contiguous inner axis only)
    return np.add.reduce(rows, axis=0)


def _free(
    xy: NDArray[np.float64], size: tuple[float, float], bounds: Rect, columns: NDArray[np.float64]
) -> NDArray[np.bool_]:
    """Which places of `xy` (n × 2) are free for a label of `size`: _costs at most 1e-9, for obstacles given as
    their four columns (4 × m, each contiguous). Worked out place by obstacle (n × m, the obstacles along the
    inner axis): numpy's loops then run along the many obstacles, not along a block's 16 places once per obstacle
    (a free test cost 60-80 µs so, the most of a layout's); the shared areas are summed in any order (only whether a
    cost is about 0 matters: the order changes a sum by its last bit, and a sum of such areas is 0 or at least
    about a square pixel's). Where the obstacles and places are many, those clear of the block are left out first
    (that costs about 20 µs)."""
    left, top, right, bottom, cost = _edges(xy, size, bounds)
    if columns.shape[1] * len(xy) > NEAR_ABOVE:
        (lx, ly), (hx, hy) = xy.min(axis=0) - 1, xy.max(axis=0) + np.array(size) + 1
        columns = columns[:, (columns[2] > lx) & (columns[0] < hx) & (columns[3] > ly) & (columns[1] < hy)]
    if columns.shape[1]:
        ol, ot, orr, ob = columns
        w = np.minimum((right + 1)[:, None], orr)
        w -= np.maximum((left - 1)[:, None], ol)
        np.maximum(w, 0.0, out=w)
        h = np.minimum((bottom + 1)[:, None], ob)
        h -= np.maximum((top - 1)[:, None], ot)
        np.maximum(h, 0.0, out=h)
        w *= h
        cost += w.sum(axis=1)
    free: NDArray[np.bool_] = cost <= 1e-9
    return free


def _blocks(candidates: Iterable[tuple[float, float]] | NDArray[np.float64]) -> Iterator[NDArray[np.float64]]:
    """The candidates as n × 2 arrays, in order: BLOCKS rows, then BLOCK rows at a time."""
    sizes = chain(BLOCKS, repeat(BLOCK))
    if isinstance(candidates, np.ndarray):
        start = 0
        while start < len(candidates):
            size = next(sizes)
            yield candidates[start : start + size]
            start += size
        return
    places = iter(candidates)
    while len(block := np.fromiter(chain.from_iterable(islice(places, next(sizes))), np.float64)):
        yield block.reshape(-1, 2)


def place(
    size: tuple[float, float],
    candidates: Iterable[tuple[float, float]] | NDArray[np.float64],
    bounds: Rect,
    taken: Sequence[Rect] | Boxes,
    free_only: bool = False,
) -> Rect | None:
    """The rectangle of `size` (width, height), its top left at one of `candidates` (x, y pairs, or their n × 2
    array), to put a label in; with `free_only`, None when no candidate is free."""
    width, height = size
    obstacles = np.asarray(taken, dtype=np.float64).reshape(-1, 4)
    best: Rect | None = None
    best_cost = float("inf")
    if free_only:  # only whether each place is free
        columns = np.ascontiguousarray(obstacles.T)
        for xy in _blocks(candidates):
            free = np.flatnonzero(_free(xy, size, bounds, columns))
            if len(free):
                x, y = float(xy[free[0], 0]), float(xy[free[0], 1])
                return (x, y, x + width, y + height)
        return None
    for xy in _blocks(candidates):
        costs = _costs(xy, size, bounds, obstacles)
        free = np.flatnonzero(costs <= 1e-9)
        i = int(free[0]) if len(free) else int(np.argmin(costs))  # the first of the cheapest, as a scan keeps
        if len(free) or costs[i] < best_cost:
            x, y = float(xy[i, 0]), float(xy[i, 1])
            best, best_cost = (x, y, x + width, y + height), float(costs[i])
        if len(free):
            return best
    return None if free_only else best


def vertical_line(x: float, bounds: Rect, clearance: float) -> Rect:
    """A vertical marker line as an obstacle: `clearance` pixels either side of it."""
    return (x - clearance, bounds[1], x + clearance, bounds[3])


def horizontal_line(y: float, bounds: Rect, clearance: float) -> Rect:
    return (bounds[0], y - clearance, bounds[2], y + clearance)
