"""Where a label goes: the first of its candidate places (in the plot's pixels, in order of preference) that lies
inside the plot and clear of everything already placed; failing that, the place that overlaps least. The charts
place their labels one after another, the most important first, each then an obstacle for the next: so labels
never collide with each other, with the marker lines or with the plot's edges, at any size and in any language.

Plain float tuples (left, top, right, bottom), not QRectF: the context chart lays its labels out on every edit,
trying a few dozen places against a dozen obstacles, and Qt's wrappers cost a microsecond a call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Rect = tuple[float, float, float, float]  # left, top, right, bottom


def _cost(left: float, top: float, right: float, bottom: float, bounds: Rect, taken: Sequence[Rect]) -> float:
    """0 for a free place; else the area outside the bounds (weighted: a label cut off is worse than one that
    touches another) plus the area shared with what is taken, a pixel apart at least."""
    bl, bt, br, bb = bounds
    iw = min(right, br) - max(left, bl)
    ih = min(bottom, bb) - max(top, bt)
    inside = iw * ih if iw > 0 and ih > 0 else 0.0
    cost = 4 * ((right - left) * (bottom - top) - inside)
    left, top, right, bottom = left - 1, top - 1, right + 1, bottom + 1
    for ol, ot, orr, ob in taken:
        w = min(right, orr) - max(left, ol)
        if w > 0:
            h = min(bottom, ob) - max(top, ot)
            if h > 0:
                cost += w * h
    return cost


def place(
    size: tuple[float, float],
    candidates: Iterable[tuple[float, float]],
    bounds: Rect,
    taken: Sequence[Rect],
    free_only: bool = False,
) -> Rect | None:
    """The rectangle of `size` (width, height), its top left at one of `candidates`, to put a label in; with
    `free_only`, None when no candidate is free."""
    width, height = size
    best: Rect | None = None
    best_cost = float("inf")
    for x, y in candidates:
        cost = _cost(x, y, x + width, y + height, bounds, taken)
        if cost <= 1e-9:
            return (x, y, x + width, y + height)
        if cost < best_cost:
            best, best_cost = (x, y, x + width, y + height), cost
    return None if free_only else best


def vertical_line(x: float, bounds: Rect, clearance: float) -> Rect:
    """A vertical marker line as an obstacle: `clearance` pixels either side of it."""
    return (x - clearance, bounds[1], x + clearance, bounds[3])


def horizontal_line(y: float, bounds: Rect, clearance: float) -> Rect:
    return (bounds[0], y - clearance, bounds[2], y + clearance)
