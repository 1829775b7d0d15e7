"""VRAM breakdown: one horizontal stacked bar of the components of one GPU's memory at the peak, the GPU's usable
memory as a dashed line. Hovering a segment shows its bytes and the engine's formula."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from core.result import Item
from gui.charts.axes import MemoryAxis, nice_ceil
from gui.charts.base import ChartWidget, DataRectItem, Label, MarkLine, label_fill, scenario_caption
from gui.charts.colors import item_colors, text_on
from gui.format import fmt_bytes, item_tooltip, pair, unit_divisor
from gui.i18n_engine import item_label, phase_text

translate = QCoreApplication.translate

BAR_HEIGHT = 0.6
MAX_BAR_PX = 90
LABEL_PX = 24
MIN_BAR_PX = 20.0  # a short plot's bar: room below it goes first
BELOW_MIN_PX = 1.0  # the bar may sit on the x axis
GAP_PX = 6  # between a label and what it labels


class BarItem(DataRectItem):
    """The stacked bar: one rectangle per component, each with its own fill and outline, drawn as pyqtgraph's
    BarGraphItem draws them (a pen, a brush and a rectangle each, in order; the painter's anti-aliasing as it
    comes: off on screen, on in an export), without what that item re-derives on every edit and paint: its
    coordinates normalised through numpy, a QPicture recorded and played back, and its bounds worked out again (a
    pixel-size query each time) several times an edit."""

    PAD_PX = 2.0  # bounds beyond the rectangles: half the 1 px outline, and a pixel

    def __init__(self) -> None:
        super().__init__()
        self.x0: NDArray[np.float64] = np.zeros(0)
        self.widths: NDArray[np.float64] = np.zeros(0)
        self._rects: list[tuple[QRectF, QPen, QBrush]] = []

    def set_bars(
        self, x0: NDArray[np.float64], widths: NDArray[np.float64], pens: list[QPen], brushes: list[QBrush]
    ) -> None:
        """Rectangles from x0 to x0 + width, BAR_HEIGHT tall, centred on y = 0."""
        self.x0, self.widths = x0, widths
        y0 = -BAR_HEIGHT / 2
        self._rects = [
            (QRectF(float(a), y0, float(w), BAR_HEIGHT), pen, brush)
            for a, w, pen, brush in zip(x0, widths, pens, brushes, strict=True)
        ]
        left = float(np.min(x0)) if len(x0) else 0.0
        right = float(np.max(x0 + widths)) if len(x0) else 0.0
        self.set_data_rect(QRectF(left, y0, right - left, BAR_HEIGHT) if len(x0) else QRectF())
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        for rect, pen, brush in self._rects:
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(rect)


class VramChart(ChartWidget):
    chart_id = "breakdown"
    PLOT_MIN_PX = 80  # the bar, its labels and the x axis

    def _fit_minimum(self) -> None:
        """At least what the base asks, and the height the bar needs for its segments' values with everything else
        in the chart as tall as the last layout made it (_layout_overlays): in a 1280×720 Chinese window (a taller
        script: captions, ticks, title) the base's estimate left the bar 10 px, too thin for its values, which the
        English window showed (seen on Xvfb)."""
        super()._fit_minimum()
        need = getattr(self, "_chart_need_px", 0)
        if need > self.minimumHeight():
            self.setMinimumHeight(need)

    def __init__(self, parent: pg.QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, {"axisItems": {"bottom": MemoryAxis("bottom")}})

    def resizeEvent(self, ev: QResizeEvent | None) -> None:
        """A new least height worked out while the chart handles a resize (its legend gained a row) is set once the
        view has taken that size. Set from inside, the chart grew at once, but Qt's scroll area lays its viewport out
        once per resize, not for one nested in it, and pyqtgraph's view then finished laying its scene out at the
        outer size: in a 1280×720 Chinese window a switch to training left the chart 213 px tall with a 198 px
        viewport and scene (a blank strip under it, the bar 27 px instead of 42, its values hidden). Set after, the
        growth is a resize of its own, laid out whole."""
        self._resizing = True
        try:
            super().resizeEvent(ev)
        finally:
            self._resizing = False
        if getattr(self, "_minimum_owed", False):
            self._minimum_owed = False
            self._fit_minimum()
            if self.viewport().size() != self.contentsRect().size():
                # grown inside the scroll area's own layout pass (this resize is its viewport's), which skips the
                # nested one: the viewport laid out again, at once (QAbstractScrollArea.setViewportMargins lays it out)
                self.setViewportMargins(self.viewportMargins())

    def _build(self) -> None:
        p = self.plot
        p.hideAxis("left")
        p.showGrid(x=True, y=False, alpha=1.0)
        self.bars = BarItem()
        p.addItem(self.bars)
        self.usable_line = MarkLine(90)
        p.addItem(self.usable_line)
        self.usable_label = Label(anchor=(1.0, 0.0))
        p.addItem(self.usable_label)
        self.total_label = Label(anchor=(0.0, 0.5))
        self.total_label.setZValue(20)  # over the usable line, on a fill: readable where the line crosses it
        p.addItem(self.total_label)
        self.peak_label = Label(anchor=(0.0, 0.0))
        p.addItem(self.peak_label)
        self.segment_labels: dict[str, Label] = {}  # one per item key, created on first use, then reused
        self.segments: list[tuple[float, float, Item]] = []  # (x0, x1, item) in axis units, for hover
        self.colors: dict[str, QColor] = {}
        self._style_key: tuple[tuple[tuple[str, str], ...], QColor | None] = ((), None)
        self._brushes: list[QBrush] = []
        self._pens: list[QPen] = []
        self.total = self.usable = 0.0  # axis units
        self.plot.vb.sigResized.connect(self._layout_overlays)

    def _restyle(self) -> None:
        s = self.style_
        self.usable_line.setPen(pg.mkPen(s.limit, width=2, style=Qt.PenStyle.DashLine))
        self.usable_label.setColor(s.limit)
        self.usable_label.fill = pg.mkBrush(label_fill(s))
        self.total_label.fill = pg.mkBrush(label_fill(s))
        self.peak_label.fill = pg.mkBrush(label_fill(s))  # grid lines run under it
        self.peak_label.setColor(s.muted)

    def _update(self) -> None:
        assert self.view is not None
        view, unit = self.view, self.unit
        est = view.estimate
        div = unit_divisor(unit)
        items = [i for i in est.memory.items if i.bytes > 0]
        keys = tuple((i.key, i.category) for i in items)
        if keys != self._style_key[0] or self.style_.background != self._style_key[1]:
            # colours, brushes and pens follow the components present (an edit of a number rarely changes them)
            self._style_key = (keys, QColor(self.style_.background))
            self.colors = item_colors(keys)
            self._brushes = [pg.mkBrush(self.colors[key]) for key, _category in keys]
            self._pens = [pg.mkPen(self.style_.background, width=1) for _ in keys]
        widths = np.array([i.bytes / div for i in items], dtype=float)
        x0 = np.concatenate([[0.0], np.cumsum(widths)[:-1]]) if len(items) else np.zeros(0)
        self.bars.set_bars(x0, widths, self._pens, self._brushes)
        self.segments = [(float(a), float(a + w), i) for a, w, i in zip(x0, widths, items, strict=True)]

        self.total = est.memory.total / div
        self.usable = est.fit.usable_bytes / div
        self.usable_line.setValue(self.usable)
        self.usable_label.setText(translate("Chart", "usable {0}").format(fmt_bytes(est.fit.usable_bytes, unit)))
        verdict = translate("Chart", "fits") if est.fit.fits else translate("Chart", "does not fit")
        self.total_label.setText(f"{fmt_bytes(est.memory.total, unit)}  ({verdict})")
        self.total_label.setColor(self.style_.foreground if est.fit.fits else self.style_.limit)
        self.peak_label.setText(
            translate("Chart", "peak during {0}").format(
                phase_text(est.memory.phase, view.scenario, est.memory.backward_moment)
            )
        )
        self._layout_overlays()

        self.set_axis_label("bottom", translate("Chart", "Memory per GPU ({0})").format(unit))
        gpus = view.scenario.parallelism.gpus
        each = translate("Chart", " — each of {0} GPUs").format(gpus) if gpus > 1 else ""
        self.set_title(translate("Chart", "VRAM breakdown") + each, scenario_caption(view))
        self.set_legend(
            [(i.key, pair(item_label(i), fmt_bytes(i.bytes, unit)), self.colors[i.key], "box", False) for i in items]
        )

    def _layout_overlays(self) -> None:
        """Everything placed in pixels, so labels never overlap or leave the plot, at any size:

        - the bar at most MAX_BAR_PX tall (a tall window does not make a slab of it), LABEL_PX above it for the
          captions however short the plot;
        - the axis ends far enough right of the bar for the total's label; when the label would need most of the
          width (a narrow chart), it goes inside the bar's end instead;
        - above the bar, the usable line's label on whichever side of the line it fits, and the peak phase caption
          at the left or right end, wherever it does not collide with that label (hidden if neither: the answer
          panel names the phase too);
        - value labels only inside segments wide and tall enough to hold them (a short window makes a thin bar), on
          the wider side of the usable line where it crosses the segment (it ran through "16.0 Gi|B")."""
        if self.view is None:
            return
        h = max(1.0, self.plot.vb.height())
        w = max(1.0, self.plot.vb.width())
        # the bar in pixels: centred with LABEL_PX or more above and below it where the plot has room; a short plot
        # (a 1280×720 window, two legend rows) gives up the room below the bar first, down to BELOW_MIN_PX, then the
        # captions' band down to their own height, so the bar keeps up to MIN_BAR_PX (centred, it was 4 px tall in the
        # 37 px plot of a 1280×720 Chinese window)
        caption_px = max(self.usable_label.boundingRect().height(), self.peak_label.boundingRect().height())
        band = min(LABEL_PX, caption_px + 3)
        # the chart's least height: everything beside the view box as tall as it is now, the captions' band and a bar
        # tall enough for its segments' values (as below: their height less 2 px)
        text_px = self.total_label.boundingRect().height() - 2
        need = math.ceil(self.height() - h + band + text_px + BELOW_MIN_PX)
        if need != getattr(self, "_chart_need_px", 0):  # a new font, language or legend: the least height again
            self._chart_need_px = need
            if getattr(self, "_resizing", False):
                self._minimum_owed = True  # asked once the view has taken this size (resizeEvent)
            else:
                size = self.plot.vb.size()
                self._fit_minimum()
                if self.plot.vb.size() != size:
                    # grown at once: the view's resize laid everything out again at its new size (sigResized, in a
                    # call nested in this one), and this call's sizes are the old ones. Going on overwrote that layout:
                    # in a 1280×720 Chinese window a switch to training (its legend's second row, 38 px of plot, then
                    # 42) hid the peak phase's caption, which fits at 42 px
                    return
        bar_px = max(1.0, min(MAX_BAR_PX, max(h - 2 * LABEL_PX, min(h - band - BELOW_MIN_PX, MIN_BAR_PX))))
        if h - bar_px >= 2 * LABEL_PX:
            above = (h - bar_px) / 2
        else:
            above = max(0.0, min(LABEL_PX, h - bar_px - BELOW_MIN_PX))
        span = BAR_HEIGHT * h / bar_px
        top = BAR_HEIGHT / 2 + above * span / h
        # the total's label beside the bar's end, level with its middle, raised where a thin bar low in the plot
        # would put the label's lower half under the x axis
        th = self.total_label.boundingRect().height()
        middle_px = h - above - bar_px / 2  # the bar's middle, from the plot's bottom edge
        total_y = max(0.0, th / 2 + 1 - middle_px) * span / h
        self.set_y_range(top - span, top, padding=0)

        total, usable = self.total, self.usable
        total_px = self.total_label.boundingRect().width() + 2 * GAP_PX
        room = total_px / w
        outside = room < 0.45
        right = nice_ceil(max(total / (1 - room), usable * 1.12) if outside else max(total, usable) * 1.04)
        # beside the bar's end, or past the usable line where that line would run through the label (a total just
        # under the usable memory: "124 GiB (fi|ts)" on an H200)
        start = total
        if outside and total < usable < total + total_px * right / w:
            start = usable
            right = nice_ceil(max(usable / (1 - room), usable * 1.12))
        self.set_x_range(0, right, padding=0)
        upp = right / w  # axis units per pixel
        self.total_label.setAnchor((0.0, 0.5) if outside else (1.0, 0.5))
        self.total_label.setPos(start + GAP_PX * upp if outside else total - GAP_PX * upp, total_y)

        # the caption band above the bar, in pixels
        ux = usable / upp
        uw = self.usable_label.boundingRect().width()
        pw = self.peak_label.boundingRect().width()
        # the total's label, where it reaches up into the caption band (a short plot makes a thin bar)
        tw = self.total_label.boundingRect().width()
        tx = start / upp + GAP_PX if outside else total / upp - GAP_PX - tw
        reaches_band = ((top - total_y) / span) * h - th / 2 < self.usable_label.boundingRect().height() + 1
        blocked = [(tx, tx + tw)] if reaches_band else []

        def clear(a: tuple[float, float], b: tuple[float, float]) -> bool:
            return a[1] + GAP_PX <= b[0] or b[1] + GAP_PX <= a[0]

        sides = {"left": (ux - GAP_PX - uw, ux - GAP_PX), "right": (ux + GAP_PX, ux + GAP_PX + uw)}
        sides = {k: v for k, v in sides.items() if v[0] >= 0 and v[1] <= w and all(clear(v, o) for o in blocked)} or {
            "left": sides["left"]
        }
        ends = {"start": (0.0, pw), "end": (w - pw, w)}
        side, end = next(
            (
                (s, e)
                for s in sides
                for e in ends
                if clear(sides[s], ends[e]) and all(clear(ends[e], o) for o in blocked)
            ),
            (next(iter(sides)), None),
        )
        self.usable_label.setAnchor((1.0, 0.0) if side == "left" else (0.0, 0.0))
        self.usable_label.setPos(usable + (-GAP_PX if side == "left" else GAP_PX) * upp, top)
        self.peak_label.setVisible(end is not None)
        if end is not None:
            self.peak_label.setAnchor((0.0, 0.0) if end == "start" else (1.0, 0.0))
            self.peak_label.setPos(0.0 if end == "start" else right, top)

        seen = set()
        for a, b, item in self.segments:
            label = self.segment_labels.get(item.key)
            if label is None:
                label = self.segment_labels[item.key] = Label(anchor=(0.5, 0.5))
                self.plot.addItem(label)
            seen.add(item.key)
            if (b - a) / upp < 2 * Label.PAD + 8:  # narrower than an empty label and its margins: no text fits
                label.setVisible(False)  # (its text is set when it shows again: a new text is laid out, 20-60 µs)
                continue
            label.setText(fmt_bytes(item.bytes, self.unit))
            # wide enough, and clear of the total's label when that sits inside the bar's end
            limit = b if outside else min(b, total - (total_px + GAP_PX) * upp)
            box = label.boundingRect()
            # and clear of the usable line where it crosses the segment: on the wider side of the line
            left, right_ = a, limit
            if a < usable < limit and abs((a + limit) / 2 - usable) < (box.width() / 2 + GAP_PX) * upp:
                if usable - a >= limit - usable:
                    right_ = usable - GAP_PX * upp
                else:
                    left = usable + GAP_PX * upp
            wide = (right_ - left) / upp >= box.width() + 8 and bar_px >= box.height() - 2  # in the bar, not above it
            label.setVisible(wide)
            if wide:
                label.setColor(text_on(self.colors[item.key]))
                label.setPos((left + right_) / 2, 0.0)
        for key, label in self.segment_labels.items():
            if key not in seen:
                label.setVisible(False)

    # --- hover -------------------------------------------------------------------------------------------
    def segment_at(self, x: float, y: float = 0.0) -> Item | None:
        if abs(y) > BAR_HEIGHT / 2:
            return None
        return next((item for a, b, item in self.segments if a <= x < b), None)

    def tooltip_at(self, x: float, y: float = 0.0) -> str:
        item = self.segment_at(x, y)
        return item_tooltip(item, self.unit) if item is not None else ""

    def hover_text(self, scene_pos: QPointF) -> str:
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return ""
        p = self.plot.vb.mapSceneToView(scene_pos)
        return self.tooltip_at(p.x(), p.y())

    def csv_rows(self) -> list[list[str]]:
        if self.view is None:
            return []
        est = self.view.estimate
        rows = [["component", "category", "bytes", f"memory_{self.unit}", "formula"]]
        div = unit_divisor(self.unit)
        for i in est.memory.items:
            rows.append([i.label, i.category, str(i.bytes), f"{i.bytes / div:.4f}", i.formula])
        rows.append(["total", "", str(est.memory.total), f"{est.memory.total / div:.4f}", "Σ components"])
        rows.append(["usable", "", str(est.fit.usable_bytes), f"{est.fit.usable_bytes / div:.4f}", ""])
        return rows
