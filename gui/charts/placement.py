"""Where a label goes: the first of its candidate places (in the plot's pixels, in order of preference) that lies
inside the plot and clear of everything already placed; failing that, the place that overlaps least. The charts
place their labels one after another, the most important first, each then an obstacle for the next: so labels
never collide with each other, with the marker lines or with the plot's edges, at any size and in any language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSizeF


def _overlap(a: QRectF, b: QRectF) -> float:
    inter = a.intersected(b)
    return 0.0 if inter.isEmpty() else inter.width() * inter.height()


def _cost(rect: QRectF, bounds: QRectF, taken: Iterable[QRectF]) -> float:
    """0 for a free place; else the area outside the bounds (weighted: a label cut off is worse than one that
    touches another) plus the area shared with what is taken."""
    inside = rect.intersected(bounds)
    outside = rect.width() * rect.height() - (0.0 if inside.isEmpty() else inside.width() * inside.height())
    spaced = rect.adjusted(-1, -1, 1, 1)  # a pixel apart at least
    return 4 * outside + sum(_overlap(spaced, other) for other in taken)


def place(
    size: QSizeF, candidates: Iterable[QPointF], bounds: QRectF, taken: list[QRectF], free_only: bool = False
) -> QRectF | None:
    """The rectangle (of `size`, its top left at one of `candidates`) to put a label in; with `free_only`, None
    when no candidate is free."""
    best: QRectF | None = None
    best_cost = float("inf")
    for corner in candidates:
        rect = QRectF(corner, size)
        cost = _cost(rect, bounds, taken)
        if cost == 0:
            return rect
        if cost < best_cost:
            best, best_cost = rect, cost
    return None if free_only else best


def clamp(rect: QRectF, bounds: QRectF) -> QRectF:
    """`rect` moved (not resized) to lie inside `bounds` where it can."""
    x = min(max(rect.left(), bounds.left()), bounds.right() - rect.width())
    y = min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height())
    return QRectF(QPointF(max(x, bounds.left()), max(y, bounds.top())), rect.size())


def vertical_line(x: float, bounds: QRectF, clearance: float) -> QRectF:
    """A vertical marker line as an obstacle: `clearance` pixels either side of it."""
    return QRectF(x - clearance, bounds.top(), 2 * clearance, bounds.height())


def horizontal_line(y: float, bounds: QRectF, clearance: float) -> QRectF:
    return QRectF(bounds.left(), y - clearance, bounds.width(), 2 * clearance)
