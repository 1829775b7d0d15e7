"""The second chart: memory vs context length — stacked components and the total from 1 token to the model's
maximum context on a log axis, the GPU's usable memory as a horizontal line, the largest context that fits and the
current context marked and labelled. For models without a context axis (CNNs, image classifiers), or when the user
switches the x axis to batch, the same chart of memory vs batch size (1 … a few × the largest batch that fits).

Stacking: each component's cumulative curve is filled down to zero, drawn from the top of the stack down so each
lower layer covers the one above (cheaper to repaint than FillBetweenItem bands, which rebuild their paths in
Python on every edit). Curves are created once per component key and reused (hidden when the component is
absent); dragging the context (or batch) only moves the markers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from core.result import CATEGORIES
from core.sweep import Sweep
from gui.charts.axes import ContextAxis, MemoryAxis, nice_ceil
from gui.charts.base import ChartWidget, Label, Marker, label_fill, scenario_caption
from gui.charts.colors import CATEGORY_COLORS
from gui.format import fmt_bytes, fmt_int, fmt_tokens_short, unit_divisor
from gui.i18n_engine import label_text
from gui.presenter import ViewData

translate = QCoreApplication.translate


def _smooth_pen(colour: QColor, width: float) -> QPen:
    """Round joins: a thick polyline through 1,000 points otherwise shows a bump at every vertex."""
    pen = pg.mkPen(colour, width=width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def category_names() -> dict[str, str]:
    return {
        "weights": translate("Chart", "Weights"),
        "kv_cache": translate("Chart", "KV cache"),
        "activations": translate("Chart", "Activations"),
        "gradients": translate("Chart", "Gradients"),
        "optimizer_states": translate("Chart", "Optimizer states"),
        "overhead": translate("Chart", "Overhead"),
    }


def category_layers(sweep: Sweep) -> dict[str, np.ndarray]:
    """Bytes per category at each point, in the engine's category order, absent categories left out. A curve
    stacks categories (a dozen thin item layers would be noise); the breakdown chart and the hover show items."""
    out: dict[str, np.ndarray] = {}
    for category in CATEGORIES:
        keys = [k for k, c in sweep.categories.items() if c == category and k in sweep.items]
        if keys:
            total = np.sum([sweep.items[k] for k in keys], axis=0)
            if float(np.max(total)) > 0:
                out[category] = total
    return out


def _log(x: float) -> float:
    return math.log10(max(1.0, x))


@dataclass(frozen=True)
class AxisTexts:
    """What the chart says along one x axis (context or batch)."""

    title: str
    x_label: str
    fit_legend: str
    fits_up_to: str  # {0}: the largest value that fits
    fits_everywhere: str  # {0}: the axis' end
    fits_nowhere: str
    current: str  # {0}: the current value, {1}: memory there
    point: str  # hover heading, {0}: the value
    csv_column: str


def axis_texts(view: ViewData) -> AxisTexts:
    if view.axis == "context":
        return AxisTexts(
            title=translate("Chart", "Memory vs context length"),
            x_label=translate("Chart", "Context length (tokens per sequence, log scale)"),
            fit_legend=translate("Chart", "Largest context that fits"),
            fits_up_to=translate("Chart", "fits up to {0} tokens"),
            fits_everywhere=translate("Chart", "fits at every context up to the model's maximum, {0} tokens"),
            fits_nowhere=translate("Chart", "does not fit at any context length"),
            current=translate("Chart", "current {0} tokens: {1}"),
            point=translate("Chart", "{0} tokens"),
            csv_column="context_tokens",
        )
    s = view.scenario
    images = view.sweep is None  # no context axis: CNNs and image classifiers
    training = s.workload.mode == "training"
    if training:
        x_label = (
            translate("Chart", "Micro-batch per GPU (images per step, log scale)")
            if images
            else translate("Chart", "Micro-batch per GPU (sequences per step, log scale)")
        )
    else:
        x_label = (
            translate("Chart", "Batch size (images per step, log scale)")
            if images
            else translate("Chart", "Batch size (sequences per step, log scale)")
        )
    return AxisTexts(
        title=translate("Chart", "Memory vs batch size"),
        x_label=x_label,
        fit_legend=translate("Chart", "Largest batch that fits"),
        fits_up_to=translate("Chart", "fits up to a batch of {0}"),
        fits_everywhere=translate("Chart", "fits at every batch size up to {0}"),
        fits_nowhere=translate("Chart", "does not fit even at batch size 1"),
        current=translate("Chart", "current batch {0}: {1}"),
        point=translate("Chart", "batch {0}"),
        csv_column="batch_size",
    )


class AxisSwitch(QWidget):
    """ "x axis: context | batch", over the chart's top right corner (a widget, so never part of an export)."""

    picked = Signal(str)  # "context" | "batch"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.caption = QLabel(translate("Chart", "x axis:"), self)
        layout.addWidget(self.caption)
        layout.addSpacing(6)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            (
                "context",
                translate("Chart", "context"),
                translate("Chart", "Memory against the context length (tokens per sequence)"),
            ),
            (
                "batch",
                translate("Chart", "batch"),
                translate("Chart", "Memory against the batch size, and the largest batch that fits"),
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setChecked(key == "context")
            button.clicked.connect(lambda _checked=False, k=key: self.picked.emit(k))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[key] = button
        self.restyle(parent.palette())
        self.adjustSize()

    def restyle(self, palette: QPalette) -> None:
        """The chosen axis reads as chosen in both themes. The colours are written into the style sheet, and
        written again on every palette change: a style sheet resolves `palette(...)` once, when it is applied, so
        a theme switched at run time used to leave dark text on the dark theme's buttons (and white on white)."""

        def c(role: QPalette.ColorRole) -> str:
            return palette.color(role).name()

        R = QPalette.ColorRole
        sheet = (
            f"QLabel {{ color: {c(R.Text)}; background: transparent; }}"
            f"QToolButton {{ padding: 1px 8px; border: 1px solid {c(R.Mid)}; background: {c(R.Button)};"
            f" color: {c(R.ButtonText)}; }}"
            f"QToolButton:checked {{ background: {c(R.Highlight)}; color: {c(R.HighlightedText)};"
            f" border-color: {c(R.Highlight)}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def show_axis(self, axis: str) -> None:
        if not self.buttons[axis].isChecked():
            self.buttons[axis].setChecked(True)


class ContextChart(ChartWidget):
    chart_id = "context"
    PLOT_MIN_PX = 110  # the curves and both axes
    legend_cached = True  # names only; the breakdown's legend carries values
    axis_requested = Signal(str)  # the user picked the x axis: "context" | "batch"

    def __init__(self, parent: pg.QtWidgets.QWidget | None = None) -> None:
        axis = ContextAxis("bottom")
        super().__init__(parent, {"axisItems": {"bottom": axis, "left": MemoryAxis("left")}})
        self.context_axis = axis
        self.axis_switch = AxisSwitch(self)
        self.axis_switch.picked.connect(self.axis_requested)
        self.axis_switch.hide()

    def _build(self) -> None:
        p = self.plot
        p.setLogMode(x=True, y=False)
        self.layers: dict[str, pg.PlotCurveItem] = {}  # category -> its cumulative curve, filled to zero
        self.stack: list[str] = []  # category keys, bottom to top
        # PlotCurveItems fed log10(x) directly: a PlotDataItem's setData (log mapping, bounds, downsampling
        # checks) costs several times as much, and the curves get new data on most edits
        self.total_curve = pg.PlotCurveItem([0.0, 1.0], [0.0, 0.0], connect="finite")
        self.total_curve.setSegmentedLineMode("off")  # one polyline, no cap at every vertex
        self.total_curve.setZValue(50)
        p.addItem(self.total_curve)
        self.usable_line = pg.InfiniteLine(angle=0, movable=False)
        self.usable_line.setZValue(60)
        self.usable_label = Label(anchor=(0.0, 1.0))
        self.fit_line = pg.InfiniteLine(angle=90, movable=False)
        self.fit_label = Label(anchor=(1.0, 0.0))
        self.fit_point = Marker("o", 11)
        self.current_line = pg.InfiniteLine(angle=90, movable=False)
        self.current_label = Label(anchor=(0.0, 0.0))
        self.current_point = Marker("d", 10)
        self.message = Label(anchor=(0.5, 0.5))
        for item in (
            self.usable_line,
            self.usable_label,
            self.fit_line,
            self.fit_label,
            self.fit_point,
            self.current_line,
            self.current_label,
            self.current_point,
            self.message,
        ):
            item.setZValue(max(item.zValue(), 60))
            p.addItem(item)
        self._curves_key: tuple[int, str, bool, float] | None = None
        self._layer_colours: dict[str, str] = {}
        self._shown: bool | None = None  # whether the plot has data (axes, curves and markers shown)
        self.texts: AxisTexts | None = None

    def _restyle(self) -> None:
        s = self.style_
        if hasattr(self, "axis_switch"):  # (created after the base class's first styling)
            self.axis_switch.restyle(self.palette())
        self.total_curve.setPen(_smooth_pen(s.foreground, 2.5))
        self.usable_line.setPen(pg.mkPen(s.limit, width=2, style=Qt.PenStyle.DashLine))
        self.usable_label.setColor(s.limit)
        self.fit_line.setPen(pg.mkPen(s.fit_marker, width=2, style=Qt.PenStyle.DashLine))
        self.fit_point.set_style(pg.mkPen(s.background, width=2), pg.mkBrush(s.fit_marker))
        self.current_line.setPen(pg.mkPen(s.foreground, width=1.5, style=Qt.PenStyle.DotLine))
        self.current_label.setColor(s.foreground)
        self.current_point.set_style(pg.mkPen(s.background, width=1.5), pg.mkBrush(s.foreground))
        self.message.setColor(s.muted)
        for label in (self.usable_label, self.fit_label, self.current_label):
            label.fill = pg.mkBrush(label_fill(s))

    def _layer(self, key: str) -> pg.PlotCurveItem:
        curve = self.layers.get(key)
        if curve is None:
            curve = self.layers[key] = pg.PlotCurveItem([0.0, 1.0], [0.0, 0.0], fillLevel=0.0)
            curve.setSegmentedLineMode("off")
            self.plot.addItem(curve)
        return curve

    def _show_data(self, shown: bool) -> None:
        """Curves, markers and axes, or the message. Only on a change: showing an axis (even a shown one) makes
        it regenerate its drawing."""
        if shown == self._shown:
            return
        self._shown = shown
        for item in (
            self.total_curve,
            self.usable_line,
            self.usable_label,
            self.fit_line,
            self.fit_label,
            self.fit_point,
            self.current_line,
            self.current_label,
            self.current_point,
        ):
            item.setVisible(shown)
        self.message.setVisible(not shown)
        for axis in ("left", "bottom"):  # no axes (and no grid) around an empty plot
            self.plot.showAxis(axis, shown)
        if not shown:
            for curve in self.layers.values():
                curve.setVisible(False)
            self._curves_key = None

    def _update(self) -> None:
        assert self.view is not None
        view, unit, s = self.view, self.unit, self.style_
        div = unit_divisor(unit)
        texts = self.texts = axis_texts(view)
        self.set_axis_label("left", translate("Chart", "Memory per GPU ({0})").format(unit))
        self.set_axis_label("bottom", texts.x_label)
        self.set_title(texts.title, scenario_caption(view))
        self._show_switch()
        sweep = view.chart_sweep
        self._show_data(sweep is not None)
        if sweep is None:
            self.message.setText(translate("Chart", "No curve for this model: see the VRAM breakdown."))
            self.set_x_range(0, 1, padding=0)
            self.set_y_range(0, 1, padding=0)
            self.message.setPos(0.5, 0.5)
            self.set_legend([])
            return

        x = sweep.contexts
        layers = category_layers(sweep)
        keys = list(layers)
        colors = {c: QColor(CATEGORY_COLORS[c]) for c in keys}
        total = sweep.total / div
        usable = sweep.usable / div
        current = view.scenario.workload.batch if view.axis == "batch" else view.scenario.workload.context
        current_total = view.estimate.memory.total / div
        x_max = float(x[-1])
        # show the usable line with room above it, the current point, and the curve up to there (not a far-off
        # maximum that would flatten everything that matters)
        top = nice_ceil(min(max(usable, current_total) * 1.18, max(float(total.max()), usable) * 1.12))
        curves_key = (id(sweep), unit, s.dark, top)
        if curves_key != self._curves_key:  # dragging the context slider reuses the sweep: curves stay as they are
            self._curves_key = curves_key
            self._set_curves(sweep.contexts, layers, colors, div, total, top)
        self.context_axis.set_max(x_max, view.axis)
        self.set_x_range(-0.05, _log(x_max) + 0.15)  # room for the first and last tick labels
        self.set_y_range(0, top, padding=0)

        self.usable_line.setValue(usable)
        self.usable_label.setText(translate("Chart", "usable {0}").format(fmt_bytes(sweep.usable, unit)))
        self.usable_label.setPos(0.0, usable)  # left: the curve is low there, the label stays clear of it
        self._mark_fit(view.chart_largest, x_max, usable, top)
        self.current_line.setValue(_log(current))
        self.current_point.set_point(_log(current), current_total)
        self.current_label.setText(texts.current.format(fmt_int(current), fmt_bytes(view.estimate.memory.total, unit)))
        left_half = _log(current) < _log(x_max) * 0.6
        self.current_label.setAnchor((0.0, 0.0) if left_half else (1.0, 0.0))
        self.current_label.setPos(_log(current), top * 0.97)

        names = category_names()
        self.set_legend(
            [(k, names[k], colors[k], "box", False) for k in keys]
            + [
                ("_total", translate("Chart", "Total"), s.foreground, "line", False),
                ("_usable", translate("Chart", "Usable memory"), s.limit, "line", True),
                ("_fit", texts.fit_legend, s.fit_marker, "line", True),
            ]
        )

    def _show_switch(self) -> None:
        """The x-axis switch, for models that have both axes."""
        assert self.view is not None
        both = self.view.sweep is not None
        if both:
            self.axis_switch.show_axis(self.view.axis)
        if both == self.axis_switch.isHidden():
            self.axis_switch.setVisible(both)
            self._place_switch()

    def _place_switch(self) -> None:
        self.axis_switch.adjustSize()
        self.axis_switch.move(self.width() - self.axis_switch.width() - 10, 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "axis_switch"):  # (the base class resizes before __init__ is done)
            self._place_switch()

    def _set_curves(
        self,
        x: np.ndarray,
        layers: dict[str, np.ndarray],
        colors: dict[str, QColor],
        div: float,
        total: np.ndarray,
        top: float,
    ) -> None:
        """Curves are cut at the top of the plot: an SVG export does not clip to the plot area."""
        log_x = np.log10(x)
        cumulative = np.zeros_like(x)
        for z, (key, values) in enumerate(layers.items()):
            cumulative = cumulative + values / div
            curve = self._layer(key)
            curve.setData(log_x, np.minimum(cumulative, top))
            colour = colors[key]
            if self._layer_colours.get(key) != colour.name():  # restyling costs as much as new data
                self._layer_colours[key] = colour.name()
                curve.setPen(_smooth_pen(colour.darker(125), 1.0))
                curve.setBrush(pg.mkBrush(colour))
            curve.setZValue(-z)  # the top of the stack is drawn first, each lower layer over it
            curve.setVisible(True)
        for key, curve in self.layers.items():
            if key not in layers:
                curve.setVisible(False)
        self.stack = list(layers)
        self.total_curve.setData(log_x, np.where(total <= top, total, np.nan))

    def _mark_fit(self, largest: int | None, x_max: float, usable: float, top: float) -> None:
        assert self.texts is not None
        # a problem reads as one: in the limit's red, like the "Does not fit" badge
        self.fit_label.setColor(self.style_.fit_marker if largest is not None else self.style_.limit)
        if largest is None:
            self.fit_line.setVisible(False)
            self.fit_point.setVisible(False)
            self.fit_label.setText(self.texts.fits_nowhere)
            self.fit_label.setAnchor((0.5, 0.0))
            self.fit_label.setPos(_log(x_max) / 2, top * 0.88)
            return
        at_max = largest >= x_max
        self.fit_line.setVisible(not at_max)  # at the maximum the right edge itself is the limit
        self.fit_point.setVisible(True)
        self.fit_line.setValue(_log(largest))
        self.fit_point.set_point(_log(largest), usable)
        if self.view is not None and self.view.axis == "batch":
            amount = fmt_int(largest)
        else:
            short = fmt_tokens_short(largest)
            amount = fmt_int(largest) if short == fmt_int(largest) else f"{fmt_int(largest)} ({short})"
        text = self.texts.fits_everywhere if at_max else self.texts.fits_up_to
        self.fit_label.setText(text.format(amount))
        right_side = _log(largest) > _log(x_max) * 0.5
        self.fit_label.setAnchor((1.1, -0.15) if right_side else (-0.1, -0.15))  # clear of the line and point
        self.fit_label.setPos(_log(largest), usable - 0.02 * top)

    # --- hover and data ----------------------------------------------------------------------------------
    def tooltip_at(self, log_x: float) -> str:
        if self.view is None or self.view.chart_sweep is None or self.texts is None:
            return ""
        sweep, unit = self.view.chart_sweep, self.unit
        i = int(np.clip(np.searchsorted(sweep.contexts, 10**log_x), 0, len(sweep.contexts) - 1))
        head = self.texts.point.format(fmt_int(sweep.contexts[i]))
        lines = [f"<b>{head}</b>: {fmt_bytes(sweep.total[i], unit)}"]
        lines += [
            f"{label_text(k, sweep.labels[k])}: {fmt_bytes(v[i], unit)}" for k, v in sweep.items.items() if v[i] > 0
        ]
        fits = translate("Chart", "fits") if sweep.total[i] <= sweep.usable else translate("Chart", "does not fit")
        usable = translate("Chart", "usable {0}").format(fmt_bytes(sweep.usable, unit))
        lines.append(f"<i>{fits} ({usable})</i>")
        return "<qt>" + "<br>".join(lines) + "</qt>"

    def hover_text(self, scene_pos: QPointF) -> str:
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return ""
        return self.tooltip_at(self.plot.vb.mapSceneToView(scene_pos).x())

    def csv_rows(self) -> list[list[str]]:
        """One row per plotted point: the x value (context tokens or batch size), each component, total, usable."""
        if self.view is None or self.view.chart_sweep is None:
            return []
        sweep, div = self.view.chart_sweep, unit_divisor(self.unit)
        keys = list(sweep.items)
        rows = [
            [
                axis_texts(self.view).csv_column,
                *[f"{k}_{self.unit}" for k in keys],
                f"total_{self.unit}",
                f"usable_{self.unit}",
                "fits",
            ]
        ]
        for i, c in enumerate(sweep.contexts):
            rows.append(
                [
                    str(int(c)),
                    *[f"{sweep.items[k][i] / div:.4f}" for k in keys],
                    f"{sweep.total[i] / div:.4f}",
                    f"{sweep.usable / div:.4f}",
                    "yes" if sweep.total[i] <= sweep.usable else "no",
                ]
            )
        return rows
