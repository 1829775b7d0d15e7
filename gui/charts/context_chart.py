"""The second chart: memory vs context length — stacked components and the total from 1 token to the model's
maximum context on a log axis, the GPU's usable memory as a horizontal line, the largest context that fits and the
current context marked and labelled, and where the peak phase (and so the stack's make-up) changes. The y axis
holds the usable line and the whole total: linear, or logarithmic when the total goes far above the usable
memory. Labels are laid out in pixels so they never collide or leave the plot. For models without a context axis
(CNNs, image classifiers), or when the user switches the x axis to batch, the same chart of memory vs batch size
(1 … a few × the largest batch that fits).

Stacking: each component's cumulative curve is filled down to the x axis, drawn from the top of the stack down so
each lower layer covers the one above (no seams; cheaper than FillBetweenItem bands, which rebuild their paths in
Python on every edit), all of them and the total in one item (StackItem) that builds its paths once per sweep:
dragging the context (or batch) only moves the markers."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QToolButton,
    QWidget,
)

from core.result import CATEGORIES
from core.sweep import Sweep
from core.tower_flops import media_tokens
from gui.charts.axes import ContextAxis, MemoryAxis, device_offset, nice_ceil, nice_floor
from gui.charts.base import (
    ChartWidget,
    DataRectItem,
    Label,
    LegendEntry,
    Marker,
    MarkLine,
    label_fill,
    scenario_caption,
)
from gui.charts.colors import CATEGORY_COLORS
from gui.charts.placement import Boxes, Rect, horizontal_line, place, vertical_line
from gui.format import fmt_bytes, fmt_int, fmt_tokens_short, unit_divisor
from gui.i18n_engine import label_text, phase_text
from gui.media_words import media_words
from gui.presenter import ViewData

translate = QCoreApplication.translate

LOG_ABOVE = 3.5  # a total more than this many times the usable memory puts the y axis on a log scale
MAX_PHASE_MARKS = 2  # changes of the peak phase marked on the chart (full training has one)


def _polyline(x: NDArray[np.float64], y: NDArray[np.float64]) -> QPainterPath:
    """The path through the points (x, y), in order: the same path pyqtgraph's arrayToQPath makes of finite points
    (a move to the first, a line to each next), filled in C++ from a polygon written in place, in half its time."""
    polygon = fn.create_qpolygonf(len(x))
    points = fn.ndarray_from_qpolygonf(polygon)
    points[:, 0], points[:, 1] = x, y
    path = QPainterPath()
    path.addPolygon(polygon)
    return path


class StackItem(DataRectItem):
    """The stacked layers and the total curve as one item. Each layer's cumulative curve is filled down to the fill
    level (the x axis, or the bottom of a log axis) and outlined, from the top of the stack down, so each lower
    layer covers the one above: no seam between two layers, on screen or anti-aliased in an export (bands between
    the curves would leave one along every edge); the total's line is drawn last, over them. The paths are built
    once per set_data and only painted after that.

    It replaces one PlotCurveItem per layer and one for the total: each of those re-derived its bounds (a numpy
    pass over its data and a pixel-size query) several times an edit, and went through pyqtgraph's generic paint
    (OpenGL, step-mode, segmented-line and fill-chunk checks) for every repaint; this one's bounds are worked out
    once per data and view transform, and its paint is a fill and a stroke per layer. Painted exactly as those
    were: no anti-aliasing on screen (pyqtgraph's default), anti-aliased in an export (the exporters' option),
    the total with round joins (_smooth_pen)."""

    PAD_PX = 3.0  # bounds beyond the data: half the total's 2.5 px line, and its anti-aliased fringe
    STROKE_AT_PAINT = 3  # the paint with one device transform that strokes the total's line once (_paint_total)

    def __init__(self) -> None:
        super().__init__()
        self.x: NDArray[np.float64] = np.zeros(0)
        self.tops: dict[str, NDArray[np.float64]] = {}  # category: its cumulative curve, bottom of the stack first
        self.total: NDArray[np.float64] = np.zeros(0)
        self.level = 0.0
        self._styles: dict[str, tuple[QPen, QBrush]] = {}  # colour name: a layer's outline and fill
        self._total_pen = QPen()
        # (fill path, outline path, pen, brush) from the top of the stack down; the total's path
        self._layers: list[tuple[QPainterPath, QPainterPath, QPen, QBrush]] = []
        self._total_path = QPainterPath()
        self._colours: dict[str, str] = {}
        # the total's line stroked in device pixels (_paint_total), and the device transform it was stroked for
        self._stroked: tuple[QTransform, QPainterPath] | None = None
        # the device transform of the last paints that had Qt stroke it, and how many in a row
        self._last_device: QTransform | None = None
        self._painted = 0

    def set_total_pen(self, pen: QPen) -> None:
        self._total_pen = QPen(pen)
        self._stroked = self._last_device = None
        self.update()

    def set_data(
        self,
        x: NDArray[np.float64],
        tops: dict[str, NDArray[np.float64]],
        colours: dict[str, QColor],
        total: NDArray[np.float64],
        level: float,
    ) -> None:
        """x; each layer's cumulative curve, bottom of the stack first, and its colour; the total; the level the
        fills go down to."""
        self.x, self.tops, self.total, self.level = x, dict(tops), total, level
        self._colours = {key: colours[key].name() for key in tops}
        ys = [total, *tops.values()]
        # (the arrays' own max and min: numpy's module functions add a dispatch of their own, 14 calls an edit)
        top = max(float(y.max()) for y in ys) if len(x) else level
        bottom = min(level, *(float(y.min()) for y in ys)) if len(x) else level
        self.set_data_rect(QRectF(float(x[0]), bottom, float(x[-1] - x[0]), top - bottom) if len(x) else QRectF())
        self._stroked = self._last_device = None
        self._build_paths()
        if not len(x):
            self._total_path = QPainterPath()
        elif np.all(np.isfinite(total)):
            self._total_path = _polyline(x, total)
        else:  # broken where the total is not a number, as before
            self._total_path = fn.arrayToQPath(x, total, connect="finite")

    def _build_paths(self) -> None:
        layers = []
        x, level = self.x, self.level
        if len(x) > 1:
            for key, y in reversed(self.tops.items()):
                outline = _polyline(x, y)
                fill = QPainterPath(outline)  # as PlotCurveItem closes it: down to the level, back, up
                if y[-1] != level:
                    fill.lineTo(float(x[-1]), level)
                fill.lineTo(float(x[0]), level)
                if y[0] != level:
                    fill.lineTo(float(x[0]), float(y[0]))
                pen, brush = self._style(self._colours[key])
                layers.append((fill, outline, pen, brush))
        self._layers = layers
        self.update()

    def _style(self, colour: str) -> tuple[QPen, QBrush]:
        """A layer's outline (its colour a little darker) and fill."""
        style = self._styles.get(colour)
        if style is None:
            fill = QColor(colour)
            style = self._styles[colour] = (_smooth_pen(fill.darker(125), 1.0), pg.mkBrush(fill))
        return style

    def layer(self, key: str) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """The layer's cumulative curve, as plotted (x, y)."""
        return self.x, self.tops[key]

    def total_curve(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        return self.x, self.total

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        if not self._layers:
            return
        export = self._exportOpts
        p.setRenderHint(
            QPainter.RenderHint.Antialiasing,
            bool(export.get("antialias", True)) if export is not False else bool(pg.getConfigOption("antialias")),
        )
        for fill, outline, pen, brush in self._layers:
            p.fillPath(fill, brush)
            p.setPen(pen)
            p.drawPath(outline)
        self._paint_total(p)

    def _paint_total(self, p: QPainter) -> None:
        """The total's line. Qt strokes a cosmetic pen's path anew for every paint: the path mapped to device pixels,
        outlined with the pen's width and round joins (QStroker), the outline filled with the pen's brush where the
        painter's matrix is the identity. With the data, the pen and the painter's device transform unchanged (a
        context edit repaints a strip of the plot over the same curves; so does each step of the context slider),
        the outline is the same: stroked once with QPainterPathStroker (the same QStroker, the same path in the
        same device pixels) and filled again, it sets the same pixels (tests/gui: against Qt's own stroke), in
        40-45 µs instead of 225-235 µs (the 320-point total in the bench's window). Stroking it through
        QPainterPathStroker costs 30-40 µs more than Qt's own stroke, so it is done only where the paints repeat: at
        the third paint with one device transform (an edit that brings new data paints it once; the first context
        edit after such an edit, a second time)."""
        pen = self._total_pen
        device = p.deviceTransform()
        stroked = self._stroked
        if stroked is None or stroked[0] != device:
            last = self._last_device
            painted = self._painted + 1 if last is not None and last == device else 1
            self._last_device, self._painted = device, painted
            if painted < self.STROKE_AT_PAINT or _device_pixels(p, device) is None or not pen.isCosmetic():
                p.setPen(pen)
                p.drawPath(self._total_path)
                return
            stroked = self._stroked = (device, QPainterPathStroker(pen).createStroke(device.map(self._total_path)))
        offset = _device_pixels(p, device)
        if offset is None:  # (the same device transform through another world transform: not whole pixels apart)
            p.setPen(pen)
            p.drawPath(self._total_path)
            return
        world = p.transform()
        p.setWorldTransform(QTransform.fromTranslate(-offset[0], -offset[1]))  # the painter's matrix: the identity
        p.fillPath(stroked[1], pen.brush())
        p.setWorldTransform(world)


def _device_pixels(p: QPainter, device: QTransform) -> tuple[float, float] | None:
    """The whole-pixel offset by which the painter's device transform moves its world transform (nothing else
    between them: the widget's place in its window), where it paints pixels (the raster engine); else None."""
    engine = p.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster or not device.isAffine():  # (an SVG keeps paths)
        return None
    world = p.transform()
    if (world.m11(), world.m12(), world.m21(), world.m22()) != (device.m11(), device.m12(), device.m21(), device.m22()):
        return None
    return device_offset(world, device)


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
    by_category: dict[str, list[np.ndarray]] = {}
    for key, category in sweep.categories.items():  # one pass over the items, not one per category
        if key in sweep.items:
            by_category.setdefault(category, []).append(sweep.items[key])
    out: dict[str, np.ndarray] = {}
    for category in CATEGORIES:
        rows = by_category.get(category)
        if rows:
            total = np.add.reduce(np.asarray(rows), axis=0)  # np.sum(rows, axis=0), without its dispatch
            if float(total.max()) > 0:
                out[category] = total
    return out


def _two_lines(text: str) -> str:
    """The text broken at the space nearest its middle ('start of\nbackward'); as it is without a space."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    at = min(spaces, key=lambda i: abs(2 * i - len(text)))
    return f"{text[:at]}\n{text[at + 1 :]}"


@functools.lru_cache(maxsize=64)  # the same few texts on every layout of one view
def _wordings(text: str) -> tuple[str, ...]:
    """A label's text on one line, then on two: after its colon ("current 4,096 tokens:\n12.4 GiB"), then on three
    (the part before the colon folded at its middle too), else at the space nearest its middle, then at the spaces
    nearest its thirds; only the one where it does not fold."""
    for colon in (": ", "："):
        head, sep, tail = text.partition(colon)
        if sep and head and tail:
            two = f"{head}{sep.rstrip()}\n{tail}"
            # and on three, the head folded too: "current 4,096 tokens:" (137 px) did not fit between a phase line
            # and the current line 129 px apart, and went past the fit line (Llama 3.1 8B NF4, RTX 4090, batch 7)
            three = f"{_two_lines(head)}{sep.rstrip()}\n{tail}"
            return (text, two, three) if three != two else (text, two)
    folded = _two_lines(text)
    if folded == text:
        return (text,)
    # on three where it has two spaces: the fit's label had no room beside its line between the current line
    # and the plot's end on two (Chinese, Llama 3.1 8B NF4 on an RTX 4090 at batch 3, a 760 px chart)
    spaces = [i for i, c in enumerate(text) if c == " "]
    if len(spaces) < 2:
        return (text, folded)
    first = min(spaces, key=lambda i: abs(3 * i - len(text)))
    second = min((i for i in spaces if i > first), key=lambda i: abs(3 * i - 2 * len(text)), default=None)
    if second is None:
        return (text, folded)
    return (text, folded, f"{text[:first]}\n{text[first + 1 : second]}\n{text[second + 1 :]}")


def _log(x: float) -> float:
    return math.log10(max(1.0, x))


_NINTHS = np.arange(0, 9, dtype=np.float64).reshape(-1, 1)  # a box's 9 samples, as numpy's linspace counts them


def _strip_boxes(px: np.ndarray, pys: Sequence[np.ndarray], step: int = 16) -> NDArray[np.float64]:
    """Lines through (px, py) for each py of `pys`, in pixels, as boxes `step` px wide holding each one's path and
    3 px either side: an n × 4 array of (left, top, right, bottom), line after line. The lines share their x: the
    boxes' columns and samples are worked out once for all of them.

    The samples are numpy's `linspace(starts[:-1], starts[1:], 9, axis=1)` written out (its arithmetic, in its
    order: the same floats), laid out sample by box so that each box's lowest and highest point is a reduction
    across rows, and the boxes are written into one array: 165 → 68 µs for six lines of 320 points (numpy's
    linspace and column_stack were most of it)."""
    if len(px) < 2 or not px[-1] > px[0] or not len(pys):
        return np.zeros((0, 4))
    xs = np.arange(px[0], px[-1] + step, step)
    starts = np.minimum(xs, px[-1])
    left, right = starts[:-1], starts[1:]
    delta = right - left
    each = delta / 8
    fine = _NINTHS / 8 * delta if (each == 0).any() else _NINTHS * each  # (linspace's care for a zero step)
    fine += left
    fine[-1] = right
    ys = np.stack([np.interp(fine, px, py) for py in pys])  # lines × samples × boxes
    count, m = len(pys), len(left)
    out = np.empty((count, m, 4))
    out[:, :, 0] = left - 2
    out[:, :, 1] = ys.min(axis=1) - 3
    out[:, :, 2] = right + 2
    out[:, :, 3] = ys.max(axis=1) + 3
    return out.reshape(count * m, 4)


@dataclass(frozen=True)
class AxisTexts:
    """What the chart says along one x axis (context or batch)."""

    title: str
    x_label: str
    fit_legend: str
    fit_legend_none: str  # the legend's row for the fit line when nothing fits (and no line is drawn)
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
            fit_legend_none=translate("Chart", "Largest context that fits: none"),
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
        fit_legend_none=translate("Chart", "Largest batch that fits: none"),
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
        self.stack: list[str] = []  # category keys, bottom to top
        self.log_y = False  # the y axis is log10(memory): the total is far above the usable memory
        self._y_floor = 0.0  # on a log axis, the bottom of the plot (values below it are drawn there)
        self._x_range = (0.0, 1.0)
        self._y_range = (0.0, 1.0)
        self.stack_item = StackItem()  # the layers and the total curve, fed log10(x) directly
        p.addItem(self.stack_item)
        self.usable_line = MarkLine(0)
        self.usable_line.setZValue(60)
        self.usable_label = Label()
        self.fit_line = MarkLine(90)
        self.fit_label = Label()
        self.fit_point = Marker("o", 11)
        self.current_line = MarkLine(90)
        self.current_label = Label()
        self.current_point = Marker("d", 10)
        self.message = Label(anchor=(0.5, 0.5))
        # contexts too short to hold the workload's image and audio tokens (core.tower_flops.media_tokens): no
        # workload at all, so greyed out; the largest context that fits is found beyond them
        self.media_region = pg.LinearRegionItem(orientation="vertical", movable=False)
        self.media_region.setZValue(58)  # over the stack and the total, under the markers
        self.media_region.setVisible(False)
        for edge in self.media_region.lines:
            edge.setPen(pg.mkPen(None))
        p.addItem(self.media_region)
        # where the peak phase changes along the axis, the stack's make-up changes with it: a line and a label
        self.phase_lines = [MarkLine(90) for _ in range(MAX_PHASE_MARKS)]
        self.phase_labels = [Label() for _ in range(MAX_PHASE_MARKS)]
        # the marks drawn over the curves, shown and hidden with them (the message takes their place)
        self._marks: tuple[QGraphicsItem, ...] = (
            self.usable_line,
            self.usable_label,
            self.fit_line,
            self.fit_label,
            self.fit_point,
            self.current_line,
            self.current_label,
            self.current_point,
        )
        over: tuple[QGraphicsItem, ...] = (*self._marks, self.message, *self.phase_lines, *self.phase_labels)
        for item in over:
            item.setZValue(max(item.zValue(), 60))
            p.addItem(item)
        for line in self.phase_lines:
            line.setZValue(55)  # under the total's line and the markers
            line.setVisible(False)
        for label in self.phase_labels:
            label.setVisible(False)
        # (log x, its label's wordings) of each change of the peak phase
        self._phase_marks: list[tuple[float, tuple[str, ...]]] = []
        self._phase_pairs: list[tuple[str, str]] = []  # each mark's phases, before and after, as the labels name them
        self._fit_mark: tuple[str, float | None] = ("none", None)  # "up_to" | "everywhere" | "nowhere", log x
        self._layout_key: tuple[object, ...] | None = None  # what the labels were last laid out for
        # the fit's and the current value's labels in one line (the layout may fold them onto two)
        self._fit_text = ""
        self._fit_compact = ""  # everything fits: a shorter label for the fit, where the long one has no room
        self._current_text = ""
        # the curves as the labels' obstacles (_curve_boxes), and what they were worked out for
        self._boxes: tuple[tuple[object, ...], tuple[Boxes, Boxes, Callable[[], Boxes]]] | None = None
        self._curves_key: tuple[object, ...] | None = None
        # the sweep, unit, category layers, total, its maximum, the bottom layer's least positive value
        self._derived: tuple[Sweep, str, dict[str, np.ndarray], np.ndarray, float, float] | None = None
        self._shown: bool | None = None  # whether the plot has data (axes, curves and markers shown)
        self.texts: AxisTexts | None = None
        self._labels_held = False  # hold_labels: laid out once, at release_labels
        self._labels_due = False
        self.plot.vb.sigResized.connect(self._layout_labels)

    def _restyle(self) -> None:
        s = self.style_
        if hasattr(self, "axis_switch"):  # (created after the base class's first styling)
            self.axis_switch.restyle(self.palette())
        self.stack_item.set_total_pen(_smooth_pen(s.foreground, 2.5))
        self.usable_line.setPen(pg.mkPen(s.limit, width=2, style=Qt.PenStyle.DashLine))
        self.usable_label.setColor(s.limit)
        self.fit_line.setPen(pg.mkPen(s.fit_marker, width=2, style=Qt.PenStyle.DashLine))
        self.fit_point.set_style(pg.mkPen(s.background, width=2), pg.mkBrush(s.fit_marker))
        # whole pixels: the screen draws these lines without anti-aliasing, and a 1.5 px pen came out 1 or 2 px wide
        # by where the line fell (the two phase lines of one chart, one 2 px, the other 1 px, seen on Xvfb)
        self.current_line.setPen(pg.mkPen(s.foreground, width=2, style=Qt.PenStyle.DotLine))
        self.current_label.setColor(s.foreground)
        self.current_point.set_style(pg.mkPen(s.background, width=1.5), pg.mkBrush(s.foreground))
        self.message.setColor(s.muted)
        for line in self.phase_lines:
            line.setPen(pg.mkPen(s.muted, width=2, style=Qt.PenStyle.DashLine))
        for label in (self.usable_label, self.fit_label, self.current_label, *self.phase_labels):
            label.fill = pg.mkBrush(label_fill(s))
        for label in self.phase_labels:
            label.setColor(s.muted)

    def _show_data(self, shown: bool) -> None:
        """Curves, markers and axes, or the message. Only on a change: showing an axis (even a shown one) makes
        it regenerate its drawing."""
        if shown == self._shown:
            return
        self._shown = shown
        self._layout_key = None
        data: tuple[QGraphicsItem, ...] = (self.stack_item, *self._marks)
        for item in data:
            item.setVisible(shown)
        self.message.setVisible(not shown)
        for axis in ("left", "bottom"):  # no axes (and no grid) around an empty plot
            self.plot.showAxis(axis, shown)
        if not shown:
            for line, label in zip(self.phase_lines, self.phase_labels, strict=True):
                line.setVisible(False)
                label.setVisible(False)
            self._phase_marks, self._phase_pairs = [], []
            self._curves_key = None

    def y_value(self, memory: float) -> float:
        """Where `memory` (in the chart's unit) sits on the y axis: itself, or log10 of it on a log axis."""
        return math.log10(max(memory, self._y_floor)) if self.log_y else memory

    def _set_y_scale(self, high: float, low: float, usable: float) -> None:
        """A y range that holds the usable line and the whole total. Linear while the total stays within
        LOG_ABOVE × the usable memory; beyond, logarithmic, the usable line at least a quarter of the way up (a
        linear axis to 17 × the usable memory pressed the line against the x axis)."""
        axis = self.plot.getAxis("left")
        assert isinstance(axis, MemoryAxis)
        self.log_y = high > LOG_ABOVE * usable
        if self.log_y:
            bottom = nice_floor(max(min(low / 1.25, usable / 4), high * 1e-5))
            top = nice_ceil(high * 1.6)  # room above the curve for the labels
            self._y_floor = bottom
            self._y_range = (math.log10(bottom), math.log10(top))
            axis.set_log_range(bottom, top)
            # short: the plot can be 80 px tall
            self.set_axis_label("left", translate("Chart", "{0} per GPU (log)").format(self.unit), f"({self.unit})")
        else:
            self._y_floor = 0.0
            self._y_range = (0.0, nice_ceil(high * 1.1))
            axis.set_log_range(None)
            self.set_axis_label("left", translate("Chart", "Memory per GPU ({0})").format(self.unit), f"({self.unit})")
        self.set_y_range(*self._y_range, padding=0)

    def _update(self) -> None:
        assert self.view is not None
        view, unit, s = self.view, self.unit, self.style_
        div = unit_divisor(unit)
        texts = self.texts = axis_texts(view)
        self.set_axis_label("bottom", texts.x_label)
        self.set_title(texts.title, scenario_caption(view))
        self._show_switch()
        sweep = view.chart_sweep
        self._show_data(sweep is not None)
        if sweep is None:
            self.set_axis_label("left", translate("Chart", "Memory per GPU ({0})").format(unit), f"({unit})")
            self.message.setText(translate("Chart", "No curve for this model: see the VRAM breakdown."))
            self.set_x_range(0, 1, padding=0)
            self.set_y_range(0, 1, padding=0)
            self.message.setPos(0.5, 0.5)
            self.set_legend([])
            return

        if self._derived is None or self._derived[0] is not sweep or self._derived[1] != unit:
            # what the sweep gives the chart, once per sweep: dragging the context (or batch) reuses it
            layers = category_layers(sweep)
            total = sweep.total / div
            bottom_layer = layers[next(iter(layers))] / div if layers else total
            positive = bottom_layer[bottom_layer > 0]
            low = float(positive.min()) if len(positive) else sweep.usable / div
            self._derived = (sweep, unit, layers, total, float(total.max()), low)
        _sweep, _unit, layers, total, total_max, low = self._derived
        keys = list(layers)
        colors = {c: QColor(CATEGORY_COLORS[c]) for c in keys}
        usable = sweep.usable / div
        current = view.scenario.workload.batch if view.axis == "batch" else view.scenario.workload.context
        current_total = view.estimate.memory.total / div
        x_max = float(sweep.contexts[-1])
        self._set_y_scale(max(total_max, usable, current_total), min(low, usable, current_total), usable)
        curves_key = (id(sweep), unit, s.dark, self.log_y, self._y_floor)
        if curves_key != self._curves_key:  # dragging the context slider reuses the sweep: curves stay as they are
            self._curves_key = curves_key
            self._set_curves(sweep.contexts, layers, colors, div, total)
            self._phase_marks, self._phase_pairs = self._phase_changes(sweep, layers)
        self._x_range = (-0.05, _log(x_max) + 0.15)  # room for the first and last tick labels
        self.context_axis.set_max(x_max, view.axis, self._x_range[1] - self._x_range[0])
        self.set_x_range(*self._x_range)

        media = sum(media_tokens(view.scenario)) if view.axis == "context" else 0
        self.media_region.setVisible(media > 1)
        if media > 1:
            self.media_region.setBrush(pg.mkBrush(self._media_shade()))
            self.media_region.setRegion((self._x_range[0], _log(min(media, x_max))))
        self.usable_line.setValue(self.y_value(usable))
        self.usable_label.setText(translate("Chart", "usable {0}").format(fmt_bytes(sweep.usable, unit)))
        self._mark_fit(view.chart_largest, x_max, usable, float(total[-1]))
        self.current_line.setValue(_log(current))
        self.current_point.set_point(_log(current), self.y_value(current_total))
        self._set_current_text(texts.current.format(fmt_int(current), fmt_bytes(view.estimate.memory.total, unit)))
        self._layout_labels()

        # when nothing fits no fit line is drawn: the row says so, without a sample of a line the reader would look
        # for (seen on Xvfb: a green dashed sample beside a plot without one), in the room of the longer of its two
        # texts, so switching between them moves no column and adds no row
        fit: LegendEntry = (
            ("_fit", texts.fit_legend, s.fit_marker, "line", True, texts.fit_legend_none)
            if view.chart_largest is not None
            else ("_fit", texts.fit_legend_none, s.fit_marker, "none", False, texts.fit_legend)
        )
        names = category_names()
        self.set_legend(
            [(k, names[k], colors[k], "box", False) for k in keys]
            + [
                ("_total", translate("Chart", "Total"), s.foreground, "line", False),
                ("_usable", translate("Chart", "Usable memory"), s.limit, "line", True),
                fit,
            ]
            + (
                [
                    (
                        "_media",
                        translate("Chart", "Too short for the {0}").format(media_words(view.scenario)),
                        self._media_shade(),
                        "box",
                        False,
                    )
                ]
                if media > 1
                else []
            )
            + self._phase_legend()
        )

    def _phase_legend(self) -> list[LegendEntry]:
        """The phase marks' rows, left to right: a mark whose label has no room beside its line is named here. A
        change and its way back (the peak going from prefill to decode, and back to prefill at longer contexts: most
        inference sweeps) share one row, "peak: prefill ↔ decode": a row each made the legend a row taller whenever
        both marks appeared (a batch edit from 3 to 4, Llama 3.1 8B NF4 on an RTX 4090), laying the chart out again
        and repainting it whole (2.9 ms of such an edit, measured), for the same two names twice."""
        s = self.style_
        pairs = self._phase_pairs
        if len(pairs) == 2 and pairs[0] == pairs[1][::-1]:
            both = translate("Chart", "peak: {0} ↔ {1}").format(*pairs[0])
            return [("_phase0", both, s.muted, "line", True)]
        return [(f"_phase{i}", texts[0], s.muted, "line", True) for i, (_x, texts) in enumerate(self._phase_marks)]

    def _media_shade(self) -> QColor:
        """The veil over contexts too short for the images' and audio's tokens: the foreground, faint."""
        shade = QColor(self.style_.foreground)
        shade.setAlpha(60)
        return shade

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

    def resizeEvent(self, event: QResizeEvent | None) -> None:
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
    ) -> None:
        """Each layer's cumulative curve, filled down to the x axis (the bottom of a log axis), and the total."""
        log_x = np.log10(x)
        floor = self._y_floor
        tops: dict[str, NDArray[np.float64]] = {}
        cumulative = np.zeros_like(x)
        for key, values in layers.items():
            cumulative = cumulative + values / div
            tops[key] = np.log10(np.maximum(cumulative, floor)) if self.log_y else cumulative
        self.stack = list(layers)
        self.stack_item.set_data(
            log_x,
            tops,
            colors,
            np.log10(np.maximum(total, floor)) if self.log_y else total,
            math.log10(floor) if self.log_y else 0.0,
        )

    def _phase_changes(
        self, sweep: Sweep, layers: dict[str, np.ndarray]
    ) -> tuple[list[tuple[float, tuple[str, ...]]], list[tuple[str, str]]]:
        """(log x, texts) where the peak phase changes between two points of the sweep and with it the stack's
        make-up: a component of more than 1 % of the total appears or vanishes (gradients and optimizer states
        at the optimizer step, activations at the start of backward). At most MAX_PHASE_MARKS, the first ones;
        and each one's phases (before, after)."""
        assert self.view is not None
        index = np.asarray(sweep.phase_index)
        if sweep.block_moment is not None:  # a change of backward moment (FSDP2) changes the make-up too
            index = index * 2 + np.asarray(sweep.block_moment, dtype=np.intp)
        scenario = self.view.scenario
        log_x = np.log10(sweep.contexts)
        marks: list[tuple[float, tuple[str, ...]]] = []
        pairs: list[tuple[str, str]] = []
        for i in (int(j) for j in np.flatnonzero(index[1:] != index[:-1]) + 1):
            present = [{k for k, v in layers.items() if v[j] > 0.01 * sweep.total[j]} for j in (i - 1, i)]
            if present[0] == present[1]:
                continue
            before = phase_text(sweep.phase_at(i - 1), scenario, sweep.moment_at(i - 1))
            after = phase_text(sweep.phase_at(i), scenario, sweep.moment_at(i))
            texts = (  # the label's wordings, widest first: where one has no room beside the line, the next
                translate("Chart", "peak: {0} → {1}").format(before, after),
                translate("Chart", "peak: {0}\n→ {1}").format(before, after),
                translate("Chart", "→ {0}").format(after),
                translate("Chart", "→ {0}").format(_two_lines(after)),
            )
            marks.append((float(log_x[i - 1] + log_x[i]) / 2, texts))
            pairs.append((before, after))
            if len(marks) == MAX_PHASE_MARKS:
                break
        return marks, pairs

    def _mark_fit(self, largest: int | None, x_max: float, usable: float, total_at_max: float) -> None:
        """The largest value that fits: a line and a dot where the total meets the usable line; when everything up
        to the axis' end fits, a dot on the curve's end (on the usable line there, it floated far above the curve:
        Gemma 3n E4B on an H100, seen on Xvfb) and no line (the right edge itself is the limit)."""
        assert self.texts is not None
        # a problem reads as one: in the limit's red, like the "Does not fit" badge
        self.fit_label.setColor(self.style_.fit_marker if largest is not None else self.style_.limit)
        view = self.view
        media = sum(media_tokens(view.scenario)) if view is not None and view.axis == "context" else 0
        words = media_words(view.scenario) if view is not None and media else ""
        if largest is None:
            self.fit_line.setVisible(False)
            self.fit_point.setVisible(False)
            self._set_fit_text(
                translate("Chart", "does not fit at any context that holds the {0} {1}").format(fmt_int(media), words)
                if media
                else self.texts.fits_nowhere
            )
            self._fit_compact = ""
            self._fit_mark = ("nowhere", None)
            return
        at_max = largest >= x_max
        self.fit_line.setVisible(not at_max)  # at the maximum the right edge itself is the limit
        self.fit_point.setVisible(True)
        self.fit_line.setValue(_log(largest))
        self.fit_point.set_point(_log(min(largest, x_max)), self.y_value(total_at_max if at_max else usable))
        if self.view is not None and self.view.axis == "batch":
            amount = fmt_int(largest)
        else:
            short = fmt_tokens_short(largest)
            # "直到模型上限 131,072（128K）个 token": brackets full width in Chinese (were "(128K)", seen on Xvfb)
            whole = fmt_int(largest)
            amount = whole if short == whole else translate("Chart", "{0} ({1})").format(whole, short)
        # the axis' end is the model's maximum position, or the context set where that is longer
        past_max = at_max and view is not None and view.axis == "context" and view.past_model_maximum
        if past_max:
            assert view is not None
            label = translate(
                "Chart", "fits at every context up to the one set, {0} tokens, past the model's maximum ({1})"
            ).format(amount, fmt_int(view.scenario.model.architecture.max_positions))
        else:
            label = (self.texts.fits_everywhere if at_max else self.texts.fits_up_to).format(amount)
        if media:  # the context holds the images' and audio's tokens, as the memory estimate counts them
            label += translate("Chart", ", of which {0} {1}").format(fmt_int(media), words)
        self._set_fit_text(label)
        # where the long label has no room clear of the curve: "fits up to the maximum, 128K" beside the dot (the
        # axis' end, its tick), else the amount alone beside the line (the legend names the line, the tooltip says
        # the whole label): in a plot under about 100 px the long one often had none (Llama 3.1 8B NF4 on an RTX
        # 4090, the bench's context and batch edits at 1280×720: 38 of 60 in English), and was hidden
        self._fit_compact = (
            translate("Chart", "fits up to the context set, {0}").format(fmt_tokens_short(largest))
            if past_max
            else translate("Chart", "fits up to the maximum, {0}").format(fmt_tokens_short(largest))
            if at_max and (self.view is None or self.view.axis == "context")
            else fmt_int(largest)
        )
        self._fit_mark = ("everywhere" if at_max else "up_to", _log(largest))

    # The current value's and the fit's labels are given their text only when it changes: the layout of the labels
    # words them (one line or two, long or compact) and is skipped when nothing it depends on moved (the texts among
    # them). Set again to the same text on every update, a label kept the place its layout found for another wording:
    # after a change of unit or theme, or a second update with the same view, "current 4,096 tokens: 21.2 GiB" on
    # one line lay across "fits up to 5,785 tokens" (the bench's scenario at batch 6).
    def _set_current_text(self, text: str) -> None:
        if text != self._current_text:
            self._current_text = text
            self.current_label.setText(text)

    def _set_fit_text(self, text: str) -> None:
        if text != self._fit_text:
            self._fit_text = text
            self.fit_label.setText(text)

    # --- label layout ------------------------------------------------------------------------------------
    def hold_labels(self) -> None:
        """Lay the labels out once, at release_labels, however often the chart is updated and resized until then:
        an edit that changes the answer's height (a switch to training) resizes the chart after its update, and an
        axis that needs another width for its labels resizes its plot again: each a layout of the labels for a size
        the chart does not keep (3 layouts a mode switch, counted before)."""
        self._labels_held = True

    def release_labels(self) -> None:
        self._labels_held = False
        if self._labels_due:
            self._labels_due = False
            self._layout_labels()

    def _curve_boxes(self, w: float, h: float) -> tuple[Boxes, Boxes, Callable[[], Boxes]]:
        """The curves as obstacles for the labels, in the plot's pixels (w × h): the total curve as boxes about 16 px
        wide (its path, a few px either side), the stack filled under it (from the curve's boxes down: clear of the
        fill is clear of the curve), and the top edge of each filled layer as boxes (a label may lie on a layer's
        fill, where nothing else has room, but never across the line between two layers), worked out only when
        asked for. Kept while the curves and the plot's size and ranges stay: a context edit moves only the labels
        and markers."""
        key = (w, h, self._x_range, self._y_range, self._curves_key)
        if self._boxes is not None and self._boxes[0] == key:
            return self._boxes[1]
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        sx, sy = w / (x1 - x0), h / (y1 - y0)  # pixels per axis unit
        curve = fill = np.zeros((0, 4))
        xs, ys = self.stack_item.total_curve()
        if len(xs) > 1:
            px, py = (np.asarray(xs) - x0) * sx, (y1 - np.asarray(ys)) * sy
            n = len(px)
            # each box's last point: the last within 16 px of its first, at least the one after it (an array, then a
            # list to follow from box to box: each starts at the point the one before ends on)
            last = np.searchsorted(px, px + 16, side="right")
            last -= 1
            np.maximum(last, np.arange(1, n + 1), out=last)
            np.minimum(last, n - 1, out=last)
            after = last.tolist()
            firsts = []
            start = 0
            while start < n - 1:
                firsts.append(start)
                start = after[start]
            first = np.array(firsts)
            end = last[first]
            # each box's highest and lowest point at once: reduceat over (first, end + 1) pairs, the odd spans (from
            # an end back to the next first) single points, dropped; the extra point lets the last end be an index
            spans = np.empty(2 * len(first), dtype=np.intp)
            spans[0::2] = first
            spans[1::2] = end + 1
            extended = np.append(py, py[-1])
            curve = np.empty((len(first), 4))
            curve[:, 0] = px[first] - 2
            curve[:, 1] = np.minimum.reduceat(extended, spans)[::2] - 3
            curve[:, 2] = px[end] + 2
            curve[:, 3] = np.maximum.reduceat(extended, spans)[::2] + 3
            fill = curve.copy()
            fill[:, 3] = float(h)
        edges_: list[Boxes] = []

        def edges() -> Boxes:
            if not edges_:
                lx = self.stack_item.x
                lys = [
                    (y1 - self.stack_item.layer(layer)[1]) * sy for layer in self.stack[:-1]
                ]  # the top one's is the total
                edges_.append(_strip_boxes((lx - x0) * sx, lys))
            return edges_[0]

        self._boxes = (key, (curve, fill, edges))
        return curve, fill, edges

    def _layout_labels(self) -> None:
        """The labels over the plot, placed in pixels (gui/charts/placement.py) one after another, each then an
        obstacle for the next, all clear of the marker lines and inside the plot: the usable line's label on
        the line, the current value's label beside its line (top first), the fit label beside the fit point,
        the phase changes' labels beside their lines (bottom first). Only when something it depends on moved."""
        if self._labels_held:
            self._labels_due = True
            return
        if self.view is None or self.view.chart_sweep is None or not self._shown:
            return
        vb = self.plot.vb
        w, h = vb.width(), vb.height()
        if w < 20 or h < 20:
            # no room for a label: all hidden, the plot's tooltip says them (they were left where the last layout
            # put them, over the curve and past the plot's edge in a plot 17 px tall, exported)
            for label in (self.usable_label, self.fit_label, self.current_label, *self.phase_labels):
                label.setVisible(False)
            self._layout_key = None
            return
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        key = (
            w,
            h,
            self._x_range,
            self._y_range,
            self.current_line.value(),
            self.current_point.point(),
            self.usable_line.value(),
            self._fit_mark,
            tuple(self._phase_marks),
            self.usable_label.toPlainText(),
            self._fit_text,
            self._fit_compact,
            self._current_text,
            self._curves_key,  # the total curve is an obstacle too
        )
        if key == self._layout_key:
            return
        self._layout_key = key
        sx, sy = w / (x1 - x0), h / (y1 - y0)  # pixels per axis unit

        def px_x(x: float) -> float:
            return (x - x0) * sx

        def px_y(y: float) -> float:
            return (y1 - y) * sy

        bounds = (0.0, 0.0, w, h)
        gap = 6.0
        cx = px_x(self.current_line.value())
        uy = px_y(self.usable_line.value())
        verticals = [cx]
        if self.fit_line.isVisible():
            verticals.append(px_x(self.fit_line.value()))
        marks = [(x, texts) for x, texts in self._phase_marks if x0 < x < x1]
        verticals += [px_x(x) for x, _text in marks]
        taken = [vertical_line(x, bounds, 2) for x in verticals]
        for marker in (self.current_point, self.fit_point):
            if marker.isVisible():
                mx, my = marker.point()
                taken.append((px_x(mx) - 7, px_y(my) - 7, px_x(mx) + 7, px_y(my) + 7))

        curve, fill, edges = self._curve_boxes(w, h)

        def rows(height: float, from_bottom: bool = False) -> list[float]:
            step = height / 3
            ys = [4 + i * step for i in range(max(1, int((h - height - 8) / step) + 1))]
            return ys[::-1] if from_bottom else ys

        def beside(x: float, width: float, ys: list[float], right_first: bool = True) -> NDArray[np.float64]:
            """Both sides of the line at `x` at each y in turn (as an array: a list of a hundred pairs cost the
            placement more to read than its first block of places to cost)."""
            right, left = x + gap, x - gap - width
            places = np.empty((len(ys), 2, 2))
            places[:, :, 0] = (right, left) if right_first else (left, right)
            places[:, :, 1] = np.asarray(ys)[:, None]
            return places.reshape(-1, 2)

        def grid(xs: list[float] | NDArray[np.floating], ys: list[float]) -> NDArray[np.float64]:
            """Every x at each y in turn: (x, y) pairs, row by row, as an n × 2 array."""
            return np.column_stack((np.tile(xs, len(ys)), np.repeat(ys, len(xs))))

        def size_of(label: Label) -> tuple[float, float]:
            box = label.boundingRect()
            return box.width(), box.height()

        def among(*parts: Sequence[Rect] | Boxes) -> Boxes:
            """The obstacles of `parts`, in order, as one array (place() takes them so; a list of a few hundred
            rectangles cost 70 µs to convert, several times a layout)."""
            return np.concatenate([np.asarray(part, dtype=np.float64).reshape(-1, 4) for part in parts])

        def at(label: Label, rect: Rect) -> None:
            label.setVisible(True)
            label.setAnchor((0.0, 0.0))
            label.setPos(x0 + rect[0] / sx, y1 - rect[1] / sy)
            taken.append(rect)

        def free(
            label: Label, candidates: Iterable[tuple[float, float]] | NDArray[np.float64], obstacles: Boxes
        ) -> Rect | None:
            """The first candidate where the label is clear of the obstacles, or None."""
            return place(size_of(label), candidates, bounds, obstacles, free_only=True)

        def clear_of_fill() -> Boxes:
            return among(taken, [line], fill)

        def clear_of_curves() -> Boxes:
            return among(taken, [line], curve, edges())

        def beside_own_line(
            label: Label,
            texts: Sequence[str],
            candidates: Callable[[float, float], list[tuple[float, float]] | NDArray[np.float64]],
        ) -> Rect | None:
            """The first free place among `candidates` (given the label's width and height), clear of the lines and
            the fill under the total curve; else on the fill but across no curve (the layers' edges worked out only
            then); in each wording of `texts` in turn (one line, then two); the label left in the wording that found
            it."""
            for obstacles in (clear_of_fill, clear_of_curves):
                boxes = obstacles()  # (the same for each wording)
                for text in texts:
                    label.setText(text)
                    rect = free(label, candidates(*size_of(label)), boxes)
                    if rect is not None:
                        return rect
            return None

        def nearest_line(
            label: Label, x: float, obstacles: Boxes, most_between: int | None = None, nearest_own: bool = False
        ) -> Rect | None:
            """The free place nearest the line at `x` beside any marker line or anywhere along the rows: how far
            the label would stand from the line, nearest first (stable: in that order on ties); with
            `most_between`, only places with at most that many other marker lines between the label and its line."""
            lw, lh = size_of(label)
            along = np.vstack(
                (
                    grid([*(v + gap for v in verticals), *(v - gap - lw for v in verticals)], rows(lh)),
                    grid(4.0 + 12.0 * np.arange(int((w - lw) / 12) + 1), rows(lh)),
                )
            )
            if most_between is not None:
                centre, lines = along[:, :1] + lw / 2, np.asarray(verticals)[None, :]
                between = (lines > np.minimum(centre, x)) & (lines < np.maximum(centre, x))
                along = along[between.sum(axis=1) <= most_between]
            away = np.maximum(np.maximum(along[:, 0] - x, x - along[:, 0] - lw), 0.0)
            if nearest_own:  # only places nearer its own line than any other marker line (read as its label)
                for v in verticals:
                    if v != x:
                        keep = away < np.maximum(np.maximum(along[:, 0] - v, v - along[:, 0] - lw), 0.0)
                        along, away = along[keep], away[keep]
            return free(label, along[np.argsort(away, kind="stable")], obstacles)

        # Most important first, each then an obstacle for the next: the usable line's label and the fit's (what the
        # chart answers), then the current value's and the phase changes' (the answer and the legend say them too).
        # Each lies clear of the marker lines, the total curve and the stack filled under it where it can; else
        # on the fill but across no curve; else the fit label goes where it overlaps least and the others are
        # hidden (the plot's tooltip says them). A plot 60 px tall (1280×720) had them on the curves and the fill
        # (seen on Xvfb).
        line = horizontal_line(uy, bounds, 2)
        # the usable label: on its line (above, else below), at the left end, else along it: clear of the total
        # curve and the stack filled under it (it sat on them, seen on Xvfb: ResNet-50 training on an H100); where
        # the stack covers the whole line, on it wherever the marker lines and the layers' edges leave room, else
        # across a layer's edge but never the total curve (a short plot's thin layer about the line)
        lw, lh = size_of(self.usable_label)
        xs = [4.0, w - 4 - lw] + [4 + k * (w - lw) / 8 for k in range(1, 8)]
        on_line = [(x, y) for y in (uy - 2 - lh, uy + 2) for x in xs]
        rect = (
            free(self.usable_label, on_line, among(taken, fill))
            or free(self.usable_label, on_line, among(taken, curve, edges()))
            or free(self.usable_label, on_line, among(taken, curve))  # a thin layer about the line: across its edge
        )
        if rect is None:
            # none of those places clear of the curve (a short plot): the first place along the line, every 12 px
            # from the left, that is (above it, else below, else across it, its fill hiding the line under it: its
            # middle on the line, else up to a third of its height off, the line 3 px inside it at least), in the
            # same order of obstacles, then a pixel from the curve's path, not 3, as the fit's label; it went where
            # it overlapped the other labels least, and lay on the total curve (Llama 3.1 8B training on an H100 or
            # an RTX 4090, the chart 844 × 200-230 px, a plot 35-65 px tall: exported, and shown on Xvfb)
            most = int(min(lh / 3, lh / 2 - 3))
            off = [d * sign for d in range(0, most + 1, 3) for sign in ((1,) if d == 0 else (-1, 1))]
            ys = [uy - 2 - lh, uy + 2, *(uy - lh / 2 + d for d in off)]
            along = grid(4.0 + 12.0 * np.arange(int((w - 8 - lw) / 12) + 1), ys)
            thin = curve + np.array([0.0, 2.0, 0.0, -2.0])
            for obstacles in (fill, among(curve, edges()), curve, thin):
                rect = free(self.usable_label, along, among(taken, obstacles))
                if rect is not None:
                    break
        if rect is not None:
            at(self.usable_label, rect)
        else:  # no place on its line clear of the curve: hidden, the plot's tooltip says it (its verdict, tooltip_at)
            self.usable_label.setVisible(False)
        # The fit's label and the current value's: each beside its own line (either side, stacked when both go on
        # one side), nothing between them. Where the lines stand closer than a label is wide, one on a line
        # (left of the other's line, right of its own it may leave the plot) goes on two; it used to go wherever
        # the plot had room, both on one side of both lines, one far from its own (seen on Xvfb: Llama 3.1 8B NF4
        # on an RTX 4090 at batch 3 and 7).
        # the fit: beside the fit point, under the usable line first (the curve is above it beyond that point)
        kind, fx = self._fit_mark
        fit_texts = _wordings(self._fit_text)
        if kind == "nowhere" or fx is None:

            def fit_candidates(lw: float, lh: float) -> list[tuple[float, float]] | NDArray[np.float64]:
                return [(x, y) for y in rows(lh) for x in ((w - lw) / 2, 4.0, w - 4 - lw)]

            fit_x = w / 2
        else:
            fpx = fit_x = px_x(fx)
            fpy = px_y(self.fit_point.point()[1])

            def fit_candidates(lw: float, lh: float) -> list[tuple[float, float]] | NDArray[np.float64]:
                ys = [uy + 6, uy - 6 - lh, *rows(lh)]
                if kind == "everywhere":  # beside the dot on the curve's end, above it first
                    near = [(fpx - 8 - lw, y) for y in (fpy - 8 - lh, fpy + 8)]  # clear of the dot (7 px about it)
                    return [*near, *((fpx - gap - lw, y) for y in ys)]
                return beside(fpx, lw, ys, right_first=fpx - gap - lw < 0)

        compact = _wordings(self._fit_compact) if self._fit_compact else ()

        def place_fit() -> bool:
            """The fit's label laid out, else hidden; whether it lies beside its own line (or, with no line, at one of
            its own places) clear of the curve."""
            rect = beside_own_line(self.fit_label, fit_texts, fit_candidates)
            if rect is None and compact:
                # in the compact wording: where everything fits, beside the dot ("fits at every context up to the
                # model's maximum, …" was wider than the room between the current line and the dot, and went 250 px
                # left, the current line between, seen on Xvfb at 1280×720); else the amount alone beside its line
                rect = beside_own_line(self.fit_label, compact, fit_candidates)
            if rect is not None:
                at(self.fit_label, rect)
                return True
            if kind != "nowhere":
                # the nearest place to its line clear of the curve, no marker line between: it lay across the
                # total curve beside its line (Chinese, batch axis, Llama 3.1 8B NF4 on an RTX 4090 at batch 3, a
                # plot 39 px tall), the curve hidden under its fill
                # (across the usable line where the plot is too short for a label above or below it: it keeps its
                # own label, at the plot's edge; then a pixel from the curve's path, not 3: a plot 39 px tall had no
                # room 3 px clear of it)
                thin = curve + np.array([0.0, 2.0, 0.0, -2.0])
                for obstacles in (
                    among(taken, [line], curve, edges()),
                    among(taken, curve, edges()),
                    among(taken, thin, edges()),
                ):
                    for text in (*fit_texts, *compact):
                        self.fit_label.setText(text)
                        rect = nearest_line(self.fit_label, fit_x, obstacles, most_between=0, nearest_own=True)
                        if rect is not None:
                            at(self.fit_label, rect)
                            return False
            if kind != "up_to":
                # no line of its own (nothing fits; or everything does, the dot on the curve's end): the label says
                # all it means wherever it stands, at the nearest place to the plot's middle, or to the dot, clear of
                # the curve (left of the current line, where the room between it and the dot is too narrow); on
                # three lines first, else on one or two (a plot 90 px tall had room for one line only)
                obstacles = among(taken, [line], curve, edges())
                for text in (fit_texts[-1], *fit_texts[:-1], *compact):
                    self.fit_label.setText(text)
                    rect = nearest_line(self.fit_label, fit_x, obstacles)
                    if rect is not None:
                        at(self.fit_label, rect)
                        return False
            # no place clear of the curve (near its own line, no marker line between): hidden, the plot's tooltip
            # says it (tooltip_at). It went where it overlapped the curve least, over the total curve: in Chinese
            # at 1280×720 (Llama 3.1 8B NF4 on an RTX 4090 at batch 4, a plot 85 px tall, seen on a real display)
            # "最多可容纳 18,926 个 token" lay over the curve's top right end, right of its line, where the curve
            # rises to the top (left of it, the current line 96 px away, no wording had room above the curve);
            # offscreen the same in 197 of 1,792 charts with plots 40-120 px tall, English and Chinese
            self.fit_label.setText(fit_texts[0])
            self.fit_label.setVisible(False)
            return False

        # the current value: beside its line, as high as it is clear of the lines and the curve; else the nearest
        # place to its line that is clear (a phase line just beside it blocked both sides, and the label went to
        # the other end of the plot, seen on Xvfb: ResNet-50 training at batch 1 on an H100); hidden where none is

        def current_candidates(lw: float, lh: float) -> NDArray[np.float64]:
            return beside(cx, lw, rows(lh), cx + gap + lw <= w)

        current_texts = _wordings(self._current_text)

        def place_current() -> bool:
            """The current value's label laid out, beside its line else near it; whether it shows."""
            rect = beside_own_line(self.current_label, current_texts, current_candidates)
            if rect is None:
                self.current_label.setText(current_texts[-1])
                # never past more than one other marker line (two phase lines stood between the label and its
                # line, the label beside one of them, seen on Xvfb at 1280×720: Llama 3.1 8B NF4 on an RTX 4090 at
                # batch 7)
                rect = nearest_line(self.current_label, cx, among(taken, [line], curve, edges()), most_between=1)
            if rect is not None:
                at(self.current_label, rect)
            return rect is not None

        fit_at = len(taken)
        place_fit()
        shown = place_current()
        if not shown and kind == "nowhere":
            # nothing fits: the fit's label has no line of its own, and took the room beside the current line in a
            # short plot, the current value's label hidden (Llama 3.1 8B training on an H100 at 1280×720, a plot
            # 74 px tall, seen on Xvfb): the current value's first, where the fit's then finds a place of its own
            kept = (taken[fit_at:], self.fit_label.toPlainText(), self.fit_label.pos(), self.fit_label.isVisible())
            del taken[fit_at:]
            if place_current() and place_fit():
                shown = True
            else:
                del taken[fit_at:]
                taken += kept[0]
                self.fit_label.setText(kept[1])
                self.fit_label.setPos(kept[2])
                self.fit_label.setVisible(kept[3])
        if not shown:
            # in a plot too short for the label on three lines (44 px): on one or two, the nearest place clear of
            # the lines, the curve and the layers' edges (the label was hidden in plots under about 85 px)
            # (across the usable line, as the fit's label, where that is the only room clear of the curve; nearer its
            # own line than any other, none between)
            for obstacles in (among(taken, [line], curve, edges()), among(taken, curve, edges())):
                for text in current_texts:
                    self.current_label.setText(text)
                    rect = nearest_line(self.current_label, cx, obstacles, most_between=0, nearest_own=True)
                    if rect is not None:
                        at(self.current_label, rect)
                        shown = True
                        break
                if shown:
                    break
        # where there is no room at all, hidden: the plot's tooltip says the current value (tooltip_at)
        self.current_label.setVisible(shown)
        # the phase changes: beside their lines, from the bottom up, where there is room (the legend names them)
        for i, (line_item, label) in enumerate(zip(self.phase_lines, self.phase_labels, strict=True)):
            shown = i < len(marks)
            line_item.setVisible(shown)
            label.setVisible(shown)
            if shown:
                x, texts = marks[i]
                line_item.setValue(x)
                obstacles = among(taken, [line], curve, edges())  # (the same for each wording)
                for text in texts:  # on one line; else on two; else only the phase it goes to (one line, two)
                    label.setText(text)
                    lw, lh = size_of(label)
                    rect = free(label, beside(px_x(x), lw, rows(lh, from_bottom=True)), obstacles)
                    label.setVisible(rect is not None)
                    if rect is not None:
                        at(label, rect)
                        break

    def tooltip_at(self, log_x: float) -> str:
        if self.view is None or self.view.chart_sweep is None or self.texts is None:
            return ""
        sweep, unit = self.view.chart_sweep, self.unit
        i = int(np.clip(np.searchsorted(sweep.contexts, 10**log_x), 0, len(sweep.contexts) - 1))
        # the colon and the brackets through translate: Chinese writes them full width ("权重（BF16）：15.0 GiB", the
        # legend's rows), and the tooltip said "批大小 21: 34.9 GiB" and "放得下 (可用 79.6 GiB)" (seen on Xvfb)
        pair = translate("Chart", "{0}: {1}")
        head = self.texts.point.format(fmt_int(sweep.contexts[i]))
        lines = [pair.format(f"<b>{head}</b>", fmt_bytes(sweep.total[i], unit))]
        if self._shown:  # a label with no room on the plot (clear of the curve), or only in short: said here
            lines[:0] = [
                text
                for label, text in ((self.fit_label, self._fit_text), (self.current_label, self._current_text))
                if text and (not label.isVisible() or "".join(label.toPlainText().split()) != "".join(text.split()))
            ]
        lines += [
            pair.format(label_text(k, sweep.labels[k]), fmt_bytes(v[i], unit))
            for k, v in sweep.items.items()
            if v[i] > 0
        ]
        phase = phase_text(sweep.phase_at(i), self.view.scenario, sweep.moment_at(i))
        lines.append(translate("Chart", "peak during {0}").format(phase))
        fits = translate("Chart", "fits") if sweep.total[i] <= sweep.usable else translate("Chart", "does not fit")
        usable = translate("Chart", "usable {0}").format(fmt_bytes(sweep.usable, unit))
        verdict = translate("Chart", "{0} ({1})").format(fits, usable)
        lines.append(f"<i>{verdict}</i>")
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
