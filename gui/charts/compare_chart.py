"""The comparison's overlay: each scenario's memory per GPU against the context (or the batch, when a model without
a context axis is among them) as one line in its own colour, its current point marked, and each GPU's usable
memory as a dashed line labelled with the GPU. Data: core.compare's curves (`set_comparison`); the export renders
a fresh chart laid out at the image's size, as the other charts' exports do."""

from __future__ import annotations

import html
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu

from core.compare import Comparison
from gui.charts.axes import ContextAxis, MemoryAxis, nice_ceil, nice_floor
from gui.charts.base import ChartWidget, Dashes, Label, Marker, label_fill
from gui.charts.context_chart import LOG_ABOVE
from gui.charts.placement import Rect, horizontal_line, place
from gui.elide import elide_apart
from gui.fields import scenario_name
from gui.format import fmt_bytes, fmt_int, pair, unit_divisor
from gui.i18n_engine import catalogue_name
from gui.theme import make_palette

translate = QCoreApplication.translate

# one colour per scenario, in order (Okabe & Ito's colour-blind-safe set; lighter variants on a dark background)
SERIES_LIGHT = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#6a6a6a", "#8c564b")
SERIES_DARK = ("#56b4e9", "#f08a4b", "#3fc79a", "#e08cc0", "#f0c040", "#9ecbff", "#bdbdbd", "#c49a8a")


LEGEND_CHARS = 40  # longer names are cut in the legend (the table has them whole), so entries share rows


def series_colour(index: int, dark: bool) -> QColor:
    colours = SERIES_DARK if dark else SERIES_LIGHT
    return QColor(colours[index % len(colours)])


def _log(x: float) -> float:
    return math.log10(max(1.0, x))


def short_names(names: list[str]) -> list[str]:
    """The scenarios' names for the legend, each cut in the middle to LEGEND_CHARS, never to another's text (two
    copies of one long name both read "Llama 3.1 70B on 4 × A100, bf16 weights…", cut at the end; seen on Xvfb)."""
    shown = [scenario_name(name) for name in names]
    return [elide_apart(shown, i, lambda text: len(text) <= LEGEND_CHARS) for i in range(len(shown))]


LINE_WIDTH = 2.4  # px, each scenario's curve
# Dash patterns (in pen widths) of the curves past the colours' count, which then come round again
WRAP_DASHES = (Dashes((6, 3), 0, LINE_WIDTH), Dashes((2, 2), 0, LINE_WIDTH), Dashes((8, 3, 2, 3), 0, LINE_WIDTH))
# The stretches of one period along a path that each curve lying on the same one shows: the first (solid, under
# the others) in the first stretch, then each later one in its own, of its own length (so the legend's samples
# differ in pattern, not only in where the dash starts). Dashed alike, the third curve covered the second.
BASE_STRETCH = 2.0
FOLLOWER_STRETCHES = (3.0, 1.0, 2.0, 4.0, 1.5, 2.5, 3.5)


def curve_dashes(count: int, under: dict[int, int]) -> list[Dashes | None]:
    """Each curve's dashes (None: solid). A curve on an earlier one (`coincident`) is dashed so that it and every
    curve on the same one show in turn along it: the k-th curve lying on a curve gets the k-th stretch of a period
    the first curve's stretch and all of theirs make up."""
    followers: dict[int, list[int]] = {}
    for i in sorted(under):
        followers.setdefault(under[i], []).append(i)
    out: list[Dashes | None] = [
        None if i < len(SERIES_LIGHT) else WRAP_DASHES[(i // len(SERIES_LIGHT) - 1) % len(WRAP_DASHES)]
        for i in range(count)
    ]
    for group in followers.values():
        stretches = [FOLLOWER_STRETCHES[k % len(FOLLOWER_STRETCHES)] for k in range(len(group))]
        period = BASE_STRETCH + sum(stretches)
        start = BASE_STRETCH
        for i, stretch in zip(group, stretches, strict=True):
            # QPen's offset is how far into the pattern the line begins: this curve's dash starts `start` along
            out[i] = Dashes((stretch, period - stretch), (period - start) % period, LINE_WIDTH)
            start += stretch
    return out


def coincident(comparison: Comparison) -> dict[int, int]:
    """Curves drawn on an earlier one (same points, memory within 0.1 %: the same model and precision on two GPUs
    of one size), each to the first curve it lies on. Drawn alike, the later hid the earlier (seen on Xvfb)."""
    out: dict[int, int] = {}
    curves = comparison.curves
    for i, cv in enumerate(curves):
        x, y = np.asarray(cv.x, dtype=np.float64), np.asarray(cv.total_bytes, dtype=np.float64)
        for j in range(i):
            other_x = np.asarray(curves[j].x, dtype=np.float64)
            other_y = np.asarray(curves[j].total_bytes, dtype=np.float64)
            same_x = j not in out and other_x.shape == x.shape and np.array_equal(other_x, x)
            if same_x and np.allclose(other_y, y, rtol=1e-3, atol=0):
                out[i] = j
                break
    return out


class CompareChart(ChartWidget):
    chart_id = "compare"
    PLOT_MIN_PX = 110

    def __init__(self, parent: pg.QtWidgets.QWidget | None = None) -> None:
        self.comparison: Comparison | None = None
        self.names: list[str] = []
        axis = ContextAxis("bottom")
        super().__init__(parent, {"axisItems": {"bottom": axis, "left": MemoryAxis("left")}})
        self.x_axis = axis
        self.plot.vb.sigResized.connect(self._place_usable_labels)

    def _build(self) -> None:
        self.plot.setLogMode(x=True, y=False)
        self.lines: list[pg.PlotCurveItem] = []
        self.points: list[Marker] = []
        self.usable_lines: list[tuple[pg.InfiniteLine, Label]] = []
        self._usable_ends: dict[int, tuple[bool, bool]] = {}  # per usable line: (right end first, above it first)
        self._x_end = 1.0
        self.log_y = False  # the y axis is log10(memory): a curve goes far above the lowest usable memory
        self._y_floor = 0.0
        self._y_range = (0.0, 1.0)
        self.message = Label(anchor=(0.5, 0.5))
        self.message.setZValue(60)
        self.plot.addItem(self.message)

    def _restyle(self) -> None:
        self.message.setColor(self.style_.muted)
        if self.comparison is not None and hasattr(self, "lines"):
            self._update()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._update()
        self.plot.vb.prepareForPaint()
        self.updated.emit()

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        if self.comparison is not None:
            self._update()

    def set_waiting(self, message: str) -> None:
        """No comparison yet, `message` saying why ("Comparing…"): the chart's title and axis names over an empty
        plot. A chart built with the tab (its first show) painted pyqtgraph's own empty plot until the first
        comparison came, 0.2–1.5 s on Xvfb: no title, and ticks from 0.4 to 3 and from −0.4 to 0.2."""
        self.set_comparison(None)
        self.message.setText(message)

    def _show_values(self, shown: bool) -> None:
        """The axes' tick labels shown or not (changed only when they change: each change draws the axes anew)."""
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            if axis.style["showValues"] != shown:
                axis.setStyle(showValues=shown)

    def _ensure(self, n: int) -> None:
        while len(self.lines) < n:
            line = pg.PlotCurveItem([0.0, 1.0], [0.0, 0.0], connect="finite")
            line.setZValue(50)
            point = Marker("d", 11)
            point.setZValue(70)
            self.plot.addItem(line)
            self.plot.addItem(point)
            self.lines.append(line)
            self.points.append(point)
        for i, (line, point) in enumerate(zip(self.lines, self.points, strict=True)):
            line.setVisible(i < n)
            point.setVisible(i < n)

    def _usable(self, values: list[tuple[float, str]]) -> None:
        while len(self.usable_lines) < len(values):
            line = pg.InfiniteLine(angle=0, movable=False)
            label = Label(anchor=(0.0, 1.0))
            line.setZValue(60)
            label.setZValue(65)
            self.plot.addItem(line)
            self.plot.addItem(label)
            self.usable_lines.append((line, label))
        s = self.style_
        for i, (line, label) in enumerate(self.usable_lines):
            shown = i < len(values)
            line.setVisible(shown)
            label.setVisible(shown)
            if shown:
                y, text = values[i]
                # 2 px: the screen draws without anti-aliasing, and a 1.6 px pen came out 1 or 2 px by where the
                # line fell (two GPUs' lines of one chart at different widths, seen on Xvfb)
                line.setPen(pg.mkPen(s.limit, width=2, style=Qt.PenStyle.DashLine))
                line.setValue(y)
                label.setText(text, color=s.limit)
                label.fill = pg.mkBrush(label_fill(s))
                # alternate ends, so the labels of two GPUs with close capacities do not cover each other; the
                # highest line's label hangs below it where it is near the plot's top (above, it would leave a short
                # plot), not on a log axis with room above (below, it covered the next line's label)
                low, high = self._y_range
                near_top = (high - y) < 0.15 * (high - low)
                below = 0.0 if i == len(values) - 1 and i > 0 and near_top else 1.0
                label.setAnchor((0.0, below) if i % 2 == 0 else (1.0, below))
                label.setPos(0.02 if i % 2 == 0 else self._x_end - 0.02, y)
                self._usable_ends[i] = (i % 2 == 1, below == 1.0)
        self._place_usable_labels()

    def _place_usable_labels(self) -> None:
        """Each usable line's label on its line, clear of the curves, their current points, the other lines and the
        labels placed before it (gui/charts/placement.py): at the end _usable picks, else along the line, else on
        its other side. At the plot's right end, the H100's label lay across a scenario's curve rising towards it
        and hid it (seen on Xvfb, Compare at 1920×1080 and 1280×720). In pixels: needs the plot's size, so again
        on every resize."""
        vb = self.plot.vb
        w, h = vb.width(), vb.height()
        shown = [(line, label) for line, label in self.usable_lines if line.isVisible()]
        if not shown or w < 20 or h < 20:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        sx, sy = w / (x1 - x0), h / (y1 - y0)
        bounds = (0.0, 0.0, w, h)
        taken: list[Rect] = []
        for curve, point in zip(self.lines, self.points, strict=True):
            if not curve.isVisible():
                continue
            xs, ys = curve.getData()
            px, py = (np.asarray(xs) - x0) * sx, (y1 - np.asarray(ys)) * sy
            start = 0
            while start < len(px) - 1:  # the curve as boxes about 16 px wide: its path, a few px either side
                end = int(np.searchsorted(px, px[start] + 16, side="right"))
                end = min(max(end, start + 2), len(px))
                taken.append((px[start] - 2, py[start:end].min() - 3, px[end - 1] + 2, py[start:end].max() + 3))
                start = end - 1
            mx, my = point.point()
            taken.append(((mx - x0) * sx - 7, (y1 - my) * sy - 7, (mx - x0) * sx + 7, (y1 - my) * sy + 7))
        lines = [horizontal_line((y1 - line.value()) * sy, bounds, 2) for line, _label in shown]
        for i, (line, label) in enumerate(shown):
            box = label.boundingRect()
            lw, lh = box.width(), box.height()
            uy = (y1 - line.value()) * sy
            xs = [4.0, w - 4 - lw] + [4 + k * (w - lw) / 8 for k in range(1, 8)]
            right_first, above_first = self._usable_ends.get(i, (False, True))  # _usable's choice first
            if right_first:
                xs[0], xs[1] = xs[1], xs[0]
            ys = (uy - 2 - lh, uy + 2) if above_first else (uy + 2, uy - 2 - lh)
            others = [rect for j, rect in enumerate(lines) if j != i]
            rect = place((lw, lh), [(x, y) for y in ys for x in xs], bounds, [*taken, *others])
            assert rect is not None
            label.setAnchor((0.0, 0.0))
            label.setPos(x0 + rect[0] / sx, y1 - rect[1] / sy)
            taken.append(rect)

    def _update(self) -> None:
        c, s = self.comparison, self.style_
        div = unit_divisor(self.unit)
        axis = c.axis if c is not None else "context"
        self.set_axis_label("left", translate("Chart", "Memory per GPU ({0})").format(self.unit), f"({self.unit})")
        self.set_axis_label(
            "bottom",
            translate("Chart", "Context length (tokens per sequence, log scale)")
            if axis == "context"
            else translate("Chart", "Batch size (sequences or images per step, log scale)"),
        )
        title = (
            translate("Chart", "Memory vs context length, side by side")
            if axis == "context"
            else translate("Chart", "Memory vs batch size, side by side")
        )
        count = 0 if c is None else len(c.curves)
        subtitle = (
            ""  # none yet: how many is not known
            if c is None
            else translate("Chart", "One scenario · peak memory per GPU")
            if count == 1
            else translate("Chart", "{0} scenarios · peak memory per GPU").format(count)
        )
        self.set_title(title, subtitle)
        if c is None or not c.curves:
            self._show_values(False)  # an empty plot's ticks (2 … 9 tokens, 0.2 … 0.8 GiB) would read as figures
            self._ensure(0)
            self._usable([])
            self.message.setText(translate("Chart", "Nothing to compare yet"))
            self.message.setVisible(True)
            self.message.setPos(0.5, 0.5)
            self.set_x_range(0, 1)
            self.log_y, self._y_floor = False, 0.0
            axis = self.plot.getAxis("left")
            assert isinstance(axis, MemoryAxis)
            axis.set_log_range(None)
            self.set_y_range(0, 1)
            self.set_legend([])
            return
        self.message.setVisible(False)
        self._show_values(True)
        self._ensure(len(c.curves))
        x_max = max(cv.x[-1] for cv in c.curves)
        self._x_end = _log(x_max) + 0.15
        usable = sorted({cv.usable_bytes for cv in c.curves})
        self._set_y_scale(
            max(max(cv.total_bytes) for cv in c.curves) / div,
            min(min(cv.total_bytes) for cv in c.curves) / div,
            [u / div for u in usable],
        )
        entries = []
        under = coincident(c)
        dashes = curve_dashes(len(c.curves), under)
        names = short_names([cv.name for cv in c.curves])
        for i, (cv, r) in enumerate(zip(c.curves, c.rows, strict=True)):
            colour = series_colour(i, s.dark)
            pen = QPen(colour, LINE_WIDTH)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            dash = dashes[i]
            if dash is not None:  # on an earlier curve: dashed, so that one (and any other on it) shows in turn
                dash.apply(pen)
                if i in under:
                    dash = replace(dash, beneath=series_colour(under[i], s.dark))
            line = self.lines[i]
            line.setPen(pen)
            y = np.asarray(cv.total_bytes, dtype=np.float64) / div
            line.setData(np.log10(np.asarray(cv.x, dtype=np.float64)), self._y_values(y))
            current_y = r.total_bytes / div
            self.points[i].set_style(pg.mkPen(s.background, width=1.5), pg.mkBrush(colour))
            self.points[i].set_point(_log(cv.current), float(self._y_values(np.asarray([current_y]))[0]))
            # the name only (the table beside holds the figures): short entries share legend rows
            # the state after a dash, not in a second pair of brackets: a copy's name ends in "(copy 2)" already
            name = names[i]
            if i in under and not r.fits:
                label = translate("Chart", "{0} — does not fit; the same curve as {1}").format(name, names[under[i]])
            elif i in under:
                label = translate("Chart", "{0} — the same curve as {1}").format(name, names[under[i]])
            elif not r.fits:
                label = translate("Chart", "{0} — does not fit").format(name)
            else:
                label = name
            entries.append((f"s{i}", label, colour, "line", False if dash is None else dash))
        gpu_names: dict[int, list[str]] = {}
        for r in c.rows:
            names = gpu_names.setdefault(r.usable_bytes, [])
            if catalogue_name(r.gpu_name) not in names:
                names.append(catalogue_name(r.gpu_name))
        self._usable(
            [
                (
                    float(self._y_values(np.asarray([u / div]))[0]),
                    translate("Chart", "usable {0}: {1}").format(fmt_bytes(u, self.unit), ", ".join(gpu_names[u])),
                )
                for u in usable
            ]
        )
        entries.append(("usable", translate("Chart", "Usable memory per GPU"), QColor(s.limit), "line", True))
        self.set_legend(entries)
        self.x_axis.set_max(x_max, axis)
        self.set_x_range(-0.05, self._x_end)
        self.names = [cv.name for cv in c.curves]

    def _y_values(self, memory: np.ndarray) -> np.ndarray:
        """Where memory (in the chart's unit) sits on the y axis: itself, or log10 of it on a log axis."""
        return np.log10(np.maximum(memory, self._y_floor)) if self.log_y else memory

    def _set_y_scale(self, high: float, low: float, usable: list[float]) -> None:
        """A y range that holds every usable line and every curve whole (the context chart's rule): linear while
        the highest curve stays within LOG_ABOVE × the lowest usable memory; beyond, logarithmic (a linear axis
        cut a scenario far over its GPU at the top of the plot, or pressed the usable lines against the x axis)."""
        axis = self.plot.getAxis("left")
        assert isinstance(axis, MemoryAxis)
        self.log_y = high > LOG_ABOVE * usable[0]
        if self.log_y:
            bottom = nice_floor(max(min(low / 1.25, usable[0] / 4), high * 1e-5))
            top = nice_ceil(max(high, usable[-1]) * 1.25)
            self._y_floor = bottom
            axis.set_log_range(bottom, top)
            self.set_axis_label("left", translate("Chart", "{0} per GPU (log)").format(self.unit), f"({self.unit})")
            self._y_range = (math.log10(bottom), math.log10(top))
        else:
            self._y_floor = 0.0
            axis.set_log_range(None)
            self._y_range = (0.0, nice_ceil(max(high, usable[-1]) * 1.1))
        self.set_y_range(*self._y_range, padding=0)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(translate("Chart", "Export PNG…"), lambda: self.export_requested.emit("png"))
        menu.addAction(translate("Chart", "Copy image"), lambda: self.copy_requested.emit(self.chart_id))
        return menu

    def hover_text(self, scene_pos: QPointF) -> str:
        c = self.comparison
        if c is None or not c.curves or not self.plot.sceneBoundingRect().contains(scene_pos):
            return ""
        x = 10 ** self.plot.vb.mapSceneToView(scene_pos).x()
        unit_word = translate("Chart", "context") if c.axis == "context" else translate("Chart", "batch")
        lines = [f"<b>{unit_word} {fmt_int(round(x))}</b>"]
        for cv in c.curves:
            xs = np.asarray(cv.x, dtype=np.float64)
            if x > xs[-1]:
                continue
            k = int(np.searchsorted(xs, x))
            k = min(k, len(xs) - 1)
            lines.append(pair(html.escape(scenario_name(cv.name)), fmt_bytes(cv.total_bytes[k], self.unit)))
        return "<br>".join(lines)

    def csv_rows(self) -> list[list[str]]:
        """One row per point of each curve: scenario, x, total bytes, usable bytes."""
        c = self.comparison
        if c is None:
            return []
        rows = [["scenario", c.axis, "total_bytes", "usable_bytes"]]
        for cv in c.curves:
            rows += [[cv.name, str(x), str(t), str(cv.usable_bytes)] for x, t in zip(cv.x, cv.total_bytes, strict=True)]
        return rows


def render_png(
    comparison: Comparison,
    unit: str,
    path: str | Path,
    width: int = 1600,
    height: int = 1000,
    palette: QPalette | None = None,
) -> QImage:
    """The overlay chart as a PNG image of width × height pixels (laid out off screen, as `sizing export-chart`
    does for the other charts)."""
    from gui.charts.render import LAYOUT_WIDTH, render_image

    if width < 16 or height < 16 or width > 20000 or height > 20000:
        raise ValueError(f"image size {width} × {height} is out of range (16 to 20,000 pixels per side)")
    scale = max(1.0, width / LAYOUT_WIDTH)
    w, h = round(width / scale), round(height / scale)
    chart = CompareChart()
    try:
        chart.setPalette(palette or make_palette(dark=False))
        chart.unit = unit
        chart.resize(w, h)
        chart.setSceneRect(QRectF(0, 0, w, h))
        chart.ci.setGeometry(QRectF(0, 0, w, h))
        chart.set_comparison(comparison)
        chart.ci.layout.activate()
        QGuiApplication.processEvents()
        scratch = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)  # see render.build_chart
        painter = QPainter(scratch)
        chart.scene().render(painter)
        painter.end()
        image = render_image(chart, width, height)
    finally:
        chart.deleteLater()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; str works
        raise OSError(f"{path}: cannot write the image")
    return image
