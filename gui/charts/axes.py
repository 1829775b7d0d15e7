"""Axis items: memory with thousands separators and only the decimals the tick spacing needs (or, on a log scale,
at round sizes: 1, 2, 5, 10, 20 …); context length (or batch size) on a log scale with ticks at powers of two,
as many labelled as the axis has room for, contexts labelled the way model cards write them (4K, 32K, 128K),
batch sizes in full (1,024)."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintEngine, QPainter, QPen, QPicture, QTransform

from gui.format import fmt_fixed, fmt_int, fmt_tokens_short

_MEASURE = QRectF(0, 0, 100, 100)  # where pyqtgraph measures a tick label
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT_TEXT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
_BOTTOM_TEXT = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip


@contextmanager
def tick_painter(axis: pg.AxisItem) -> Iterator[tuple[QPicture, QPainter]]:
    """A picture to record an axis' drawing in and a painter on it, in the axis' tick font, as pyqtgraph's
    AxisItem.paint sets one up (the labels are measured with that font); the painter is ended on leaving."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        yield picture, painter
    finally:
        painter.end()


NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)


def nice_ceil(x: float) -> float:
    """The next 'round' number ≥ x (…, 20, 25, 30, 40, 50, …). Axis ends snap to these, so an edit that changes
    the total a little leaves the scale (and the cached axis drawing) where it was."""
    if x <= 0:
        return 1.0
    exponent = 10.0 ** math.floor(math.log10(x))
    return next(step * exponent for step in NICE_STEPS if step * exponent >= x * (1 - 1e-12))


def nice_floor(x: float) -> float:
    """The 'round' number ≤ x (the floor counterpart of nice_ceil)."""
    if x <= 0:
        return 0.0
    exponent = 10.0 ** math.floor(math.log10(x))
    return next(step * exponent for step in reversed(NICE_STEPS) if step * exponent <= x * (1 + 1e-12))


def _round_size(v: float) -> str:
    return fmt_fixed(v, 6)  # 1, 2, 5 × a power of ten: "1,000", "0.02"


def log_memory_ticks(low: float, high: float, labels: str = "125") -> list[list[tuple[float, str]]]:
    """Ticks of a log memory axis from `low` to `high` (in the axis' unit; positions are log10) at 1, 2 and 5 ×
    each power of ten: all labelled ("125"), or the powers of ten labelled and the rest unlabelled grid lines
    ("1"), or every other power of ten labelled ("1/2")."""
    values = [
        m * 10.0**e
        for e in range(math.floor(math.log10(low)) - 1, math.ceil(math.log10(high)) + 1)
        for m in (1.0, 2.0, 5.0)
        if low * (1 - 1e-9) <= m * 10.0**e <= high * (1 + 1e-9)
    ]
    if labels == "125":
        return [[(math.log10(v), _round_size(v)) for v in values]]
    decades = [v for v in values if math.isclose(10 ** round(math.log10(v)), v)]
    if labels == "1/2":
        decades = decades[(len(decades) - 1) % 2 :: 2]  # ending at the top one
    major = [(math.log10(v), _round_size(v)) for v in decades]
    minor = [(math.log10(v), "") for v in values if v not in decades]
    return [major, minor] if minor else [major]


Labels = tuple[QFont | None, QPen, QRect, list[tuple[QRectF, object, str]]]


def draw_labels(painter: QPainter, labels: Labels) -> None:
    """An axis' tick labels (the font, pen, clip and texts pyqtgraph's drawing gives them), as AxisItem.drawPicture
    draws them: into the axis' own picture of its labels, or straight onto a painter that records nothing."""
    font, pen, clip, specs = labels
    if font is not None:
        painter.setFont(font)
    painter.setPen(pen)
    painter.setClipRect(clip)
    for rect, flags, text in specs:
        painter.drawText(rect, int(flags), text)  # type: ignore[call-overload]


class _Drawn:
    """An axis' recorded drawing (its picture), its lines (a run per pen: the axis line, then the tick and grid
    lines) and its labels (the font, pen, clip and texts the picture draws them with), for QuietAxis.paint. The
    labels are recorded in a picture of their own, which the drawing's picture (its lines) is played with."""

    def __init__(
        self,
        picture: QPicture,
        runs: list[tuple[QPen, list[QLineF]]],
        labels: Labels,
    ) -> None:
        self.picture, self.runs, self.labels = picture, runs, labels
        self._texts: QPicture | None = None
        self._ink: QRectF | None = None
        self._at: tuple[tuple[float, ...], list[tuple[QColor, list[QRect]]] | None] | None = None

    def texts(self) -> QPicture:
        """The labels, drawn after the drawing's lines, in the painter state pyqtgraph's drawing gives them."""
        if self._texts is None:
            self._texts = QPicture()
            painter = QPainter(self._texts)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
                draw_labels(painter, self.labels)
            finally:
                painter.end()
        return self._texts

    # round the glyphs' outline boxes: their grey antialiased edge pixels reach up to 1.06 px past them sideways and
    # 0.51 px up or down (measured over 3,000 labels, fonts, sizes and fractional positions; tests/gui holds the
    # margins); sideways also room for a screen's subpixel (LCD) filter, which spreads each glyph by about 2/3 px
    INK_MARGIN_PX = (3.0, 1.0)

    def ink(self) -> QRectF:
        """Where the labels can set pixels (item coordinates): each label's glyphs' outline box (QFontMetricsF's
        tight bounding rect) at the label's baseline, as drawText lays the label out in its rectangle, widened by
        INK_MARGIN_PX (across, up and down). The line's ascent is at least the font's (a fallback font's taller
        ascent only moves the baseline down), so the top is never below the glyphs' top; the bottom takes the lower
        of the line box and the glyphs. A repaint that reaches none of it leaves the labels' pixels as they are: the
        context chart's bottom axis' labels sit just below the plot, which a batch edit repaints to 1.5 px above
        their glyphs."""
        if self._ink is None:
            font, _pen, _clip, specs = self.labels
            font = font if font is not None else QFont()
            font_key = font.key()
            ink = QRectF()
            for rect, flags, text in specs:
                ink = ink.united(_Drawn._label_ink(font, font_key, rect, int(flags), text))  # type: ignore[call-overload]
            self._ink = ink
        return self._ink

    # a label's ink relative to its rectangle's top left, per font, text, alignment and rectangle size (the size is
    # the label's measured size: one per font and text): laying the text out twice for each label of each new
    # drawing cost a mode switch (four axes drawn anew, every label painted) more than the labels left unplayed save
    _inks: ClassVar[dict[tuple[str, str, int, float, float], QRectF]] = {}

    @classmethod
    def _label_ink(cls, font: QFont, font_key: str, rect: QRectF, flags: int, text: str) -> QRectF:
        key = (font_key, text, flags, rect.width(), rect.height())
        ink = cls._inks.get(key)
        if ink is None:
            if len(cls._inks) > 2048:
                cls._inks.clear()
            metrics = QFontMetricsF(font)
            ascent, (mx, my) = metrics.ascent(), cls.INK_MARGIN_PX
            box = metrics.boundingRect(QRectF(0.0, 0.0, rect.width(), rect.height()), flags, text)
            tight = metrics.tightBoundingRect(text)
            left = min(box.left(), box.left() + tight.left())
            right = max(box.right(), box.left() + tight.right())
            top = box.top() + ascent + tight.top()
            bottom = max(box.bottom(), box.top() + ascent + tight.bottom())
            ink = cls._inks[key] = QRectF(left - mx, top - my, right - left + 2 * mx, bottom - top + 2 * my)
        return ink.translated(rect.x(), rect.y())

    def rects(self, dx: float, dy: float, offset: tuple[float, float]) -> list[tuple[QColor, list[QRect]]] | None:
        """Each run's lines moved by (dx, dy) onto the device, as the device pixels Qt's line drawing sets for a
        1 px cosmetic solid pen without anti-aliasing: the pixel row (or column) the line's coordinate falls in,
        and from the pixel its one end falls in to the pixel its other end falls in, both included (its square
        cap's half pixel each way; tests/gui: the same pixels as QPainter.drawLines for thousands of lines at
        fractional positions); then moved back by `offset` (whole pixels: the painter's device offset, which it
        adds again). None where a pen or a line is not such (a wide, dashed or diagonal line)."""
        key = (dx, dy, *offset)
        if self._at is not None and self._at[0] == key:
            return self._at[1]
        ox, oy = int(offset[0]), int(offset[1])
        out: list[tuple[QColor, list[QRect]]] | None = []
        for pen, lines in self.runs:
            if not _thin_solid(pen):
                out = None
                break
            rects = []
            for line in lines:
                x1, y1, x2, y2 = line.x1() + dx, line.y1() + dy, line.x2() + dx, line.y2() + dy
                if y1 == y2:
                    left, right = sorted((math.floor(x1), math.floor(x2)))
                    rects.append(QRect(left - ox, math.floor(y1) - oy, right - left + 1, 1))
                elif x1 == x2:
                    top, bottom = sorted((math.floor(y1), math.floor(y2)))
                    rects.append(QRect(math.floor(x1) - ox, top - oy, 1, bottom - top + 1))
                else:
                    rects = []
                    break
            if len(rects) != len(lines):
                out = None
                break
            assert out is not None
            out.append((pen.color(), rects))
        self._at = (key, out)
        return out


def device_offset(transform: QTransform, device: QTransform) -> tuple[float, float] | None:
    """The whole-pixel offset the painter's device transform adds to its world transform's translation (a widget's
    place in the window it paints into), or None where it is not whole pixels. Qt adds that offset to the world
    transform's translation, so the difference of the two comes back a rounding error off it where the translation
    has a fraction: 228 + 35.4 − 35.4 = 227.99999999999997. Taken as it came, such an offset was not whole, and the
    breakdown's value axis played its lines through Qt's line rasteriser on every paint (its translation in the
    bench's window has a fraction)."""
    offset = []
    for total, own in ((device.dx(), transform.dx()), (device.dy(), transform.dy())):
        whole = round(total - own)
        # the error of one addition and one subtraction is within an ulp or two of the sum
        if abs(total - own - whole) > 4 * math.ulp(max(abs(total), abs(own), 1.0)):
            return None
        offset.append(float(whole))
    return offset[0], offset[1]


def _thin_solid(pen: QPen) -> bool:
    """A pen Qt draws lines with one pixel wide, pixel by pixel: cosmetic, 1 px (or 0), solid, one colour."""
    return (
        pen.isCosmetic()
        and pen.widthF() <= 1.0
        and pen.style() == Qt.PenStyle.SolidLine
        and pen.brush().style() == Qt.BrushStyle.SolidPattern
    )


class QuietAxis(pg.AxisItem):
    """An axis that redraws only when its range really changed. pyqtgraph's AxisItem throws its drawing away on
    every signal of the view it is linked to (a resize or a range set to the same values, several per edit),
    and, with its SI prefix on, sets its label's HTML again and re-measures itself each time. Our axes carry
    their unit in the label: no SI prefix."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def setRange(self, mn: float, mx: float) -> None:
        if [mn, mx] != getattr(self, "range", None):
            super().setRange(mn, mx)

    # Drawing the axis again (generateDrawSpecs) cost 1.3-2.8 ms an axis, measured, mostly recomputing what had not
    # changed: the tick values (numpy calls for a dozen numbers) when only the plot's height changed, and this
    # item's bounding rect (a Python call mapping two rectangles) once for every tick label.
    _tick_values: tuple[tuple[object, ...], list[tuple[float, list[float]]]] | None = None
    _bounds: QRectF | None = None

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        key = (
            minVal,
            maxVal,
            size,
            self.scale,
            self.logMode,
            self._tickDensity,
            self.style["maxTickLevel"],
            repr(self._tickSpacing),
        )
        if self._tick_values is None or self._tick_values[0] != key:
            values = self._linear_tick_values(minVal, maxVal, size) if not self.logMode else None
            self._tick_values = (key, values if values is not None else super().tickValues(minVal, maxVal, size))
        return [(spacing, list(values)) for spacing, values in self._tick_values[1]]

    def _linear_tick_values(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """pyqtgraph 0.14's AxisItem.tickValues for a linear axis, in plain Python: the same floats (each value is
        the same IEEE operations: k × spacing + start, / scale; a value within spacing / 100 of one of a higher
        level's left out, as numpy's isclose with rtol 0 decides), without its numpy calls for a dozen numbers
        (0.12 ms a call, measured; tests/gui: equal to pyqtgraph's own over thousands of ranges and sizes)."""
        low, high = sorted((minVal, maxVal))
        scale = self.scale
        low *= scale
        high *= scale
        ticks: list[tuple[float, list[float]]] = []
        seen: list[float] = []  # the higher levels' values, in order
        for spacing, offset in self.tickSpacing(low, high, size):
            start = (math.ceil((low - offset) / spacing) * spacing) + offset
            count = int((high - start) / spacing) + 1
            atol = spacing / scale * 0.01
            values = []
            for k in range(count):
                value = (k * spacing + start) / scale
                # the nearest seen value either side is the nearest in floating point too (a rounded difference
                # grows with the distance): one within atol is one of those two
                i = bisect.bisect_left(seen, value)
                if (i < len(seen) and abs(seen[i] - value) <= atol) or (i and abs(seen[i - 1] - value) <= atol):
                    continue
                values.append(value)
            seen = sorted(seen + values)
            ticks.append((spacing / scale, values))
        return ticks

    def generateDrawSpecs(self, p: QPainter) -> object:
        self._bounds = None
        self._bounds = self.boundingRect()  # kept while the axis and its view keep their geometries
        try:
            if self._lean_applies():
                return self._lean_draw_specs(p)
            return super().generateDrawSpecs(p)
        finally:
            self._bounds = None

    def _lean_applies(self) -> bool:
        """The case the charts draw (a left or bottom axis with grid lines over its linked view, values shown, not
        a log axis with pyqtgraph's own ticks; a log axis given its ticks, as the context chart's x axis is, draws
        as any other): _lean_draw_specs; anything else: pyqtgraph's generateDrawSpecs."""
        style = self.style
        return (
            self.orientation in ("left", "bottom")
            and self.grid is not False
            and self.linkedView() is not None
            and (not self.logMode or self._tickLevels is not None)
            and style["showValues"]
            and tuple(style["stopAxisAtTick"]) == (False, False)
        )

    def _lean_draw_specs(self, p: QPainter) -> object:
        """pyqtgraph 0.14's AxisItem.generateDrawSpecs for that case, the same specs with less Python: no Point
        objects or enum arithmetic per tick, and the bounding rect computed once (tests/gui: equal to pyqtgraph's
        own, in both modes)."""
        style = self.style
        if style["tickFont"] is not None:
            p.setFont(style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        view = self.linkedView()
        tick_bounds = view.mapRectToItem(self, view.boundingRect())
        if self.orientation == "left":
            span = (
                QPointF(bounds.right() - 1.0, bounds.top() - 1.0),
                QPointF(bounds.right() - 1.0, bounds.bottom() + 1.0),
            )
            tick_start, tick_stop, axis = tick_bounds.right(), bounds.right(), 0
        else:
            span = (QPointF(bounds.left() - 1.0, bounds.top() + 1.0), QPointF(bounds.right() + 1.0, bounds.top() + 1.0))
            tick_start, tick_stop, axis = tick_bounds.top(), bounds.top(), 1
        device = self.deviceTransform_()  # (pyqtgraph's mapToDevice works it out again for each point)
        if device is None:
            return None
        points = [device.map(point) for point in span]
        length = math.hypot(points[1].x() - points[0].x(), points[1].y() - points[0].y())
        if length == 0:
            return None

        tick_levels: list[tuple[float | None, list[float]]]
        tick_strings: list[list[str]] | None
        if self._tickLevels is None:
            tick_levels = list(self.tickValues(self.range[0], self.range[1], length))
            tick_strings = None
        else:
            tick_levels, tick_strings = [], []
            for row in self._tickLevels:
                tick_levels.append((None, [value for value, _text in row]))
                tick_strings.append([text for _value, text in row])

        dif = self.range[1] - self.range[0]
        if dif == 0:
            scale, offset = 1.0, 0.0
        elif axis == 0:
            scale = -bounds.height() / dif
            offset = self.range[0] * scale - bounds.height()
        else:
            scale = bounds.width() / dif
            offset = self.range[0] * scale
        ends = [x * scale - offset for x in self.range]
        low, high = min(ends), max(ends)

        positions: list[list[float | None]] = []
        tick_specs = []
        for i, (_spacing, ticks) in enumerate(tick_levels):
            level: list[float | None] = []
            positions.append(level)
            alpha = style["tickAlpha"]
            if alpha is None:
                alpha = 255 / (i + 1)
                alpha *= self.grid / 255.0 * min(max(0.05 * length / (len(ticks) + 1), 0.0), 1.0)
            elif isinstance(alpha, float):
                alpha = min(255, max(0, round(alpha * 255)))
            elif isinstance(alpha, int):
                if alpha > 255 or alpha < 0:
                    raise ValueError("lineAlpha should be [0..255]")
            else:
                raise TypeError("Line Alpha should be of type None, float or int")
            pen = self.tickPen()
            if pen.brush().style() == Qt.BrushStyle.SolidPattern:
                pen = QPen(pen)
                colour = QColor(pen.color())
                colour.setAlpha(int(alpha))
                pen.setColor(colour)
            for v in ticks:
                x = v * scale - offset
                if x < low or x > high:
                    level.append(None)
                    continue
                level.append(x)
                if axis == 0:
                    tick_specs.append((pen, QPointF(tick_start, x), QPointF(tick_stop, x)))
                else:
                    tick_specs.append((pen, QPointF(x, tick_start), QPointF(x, tick_stop)))
        axis_spec = (self.pen(), span[0], span[1])

        text_offset = style["tickTextOffset"][axis]
        text_size2 = 0.0
        last_text_size2 = 0.0
        text_rects: list[QRectF] = []
        text_specs: list[tuple[QRectF, object, str]] = []
        box = self._bounds
        assert box is not None
        gap = max(0, style["tickLength"]) + text_offset
        flags = _LEFT_TEXT if axis == 0 else _BOTTOM_TEXT
        font_key = (p.font().key(), p.device().logicalDpiY())  # the painter's font stays through the drawing
        for i in range(min(len(tick_levels), style["maxTextLevel"] + 1)):
            if tick_strings is None:
                spacing, values = tick_levels[i]
                strings: list[str | None] = list(self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing))
            else:
                strings = list(tick_strings[i])
            if len(strings) == 0:
                continue
            for j in range(len(strings)):
                if positions[i][j] is None:
                    strings[j] = None
            rects: list[QRectF | None] = []
            # A lower level's labels are drawn only where all labels so far, laid end to end, fill less than a
            # fraction of the axis (textFillLimits); else the drawing stops at that level. Measured one by one,
            # they are seen to pass that fraction (with room for the numpy sum's rounding) before all are
            # measured: the breakdown's minor ticks, 26 labels measured only to be dropped.
            limits = [limit for n, limit in style["textFillLimits"] if len(text_specs) >= n] if i > 0 else []
            reach = min(limits) * length * (1 + 1e-9) if limits else math.inf
            filled = sum(r.height() if axis == 0 else r.width() for r in text_rects) if limits else 0.0
            for text in strings:
                if text is None:
                    rects.append(None)
                else:
                    rect = self._measure(p, text, font_key)
                    rects.append(rect)
                    text_rects.append(rect)
                    filled += rect.height() if axis == 0 else rect.width()
                    if filled >= reach:
                        break
            if filled >= reach:
                break
            # the labels' total length along the axis decides only whether a lower level is drawn (below); their
            # largest size across it, how wide (or tall) the axis gets
            if text_rects:
                if axis == 0:
                    text_size = np.sum([r.height() for r in text_rects]) if i > 0 else 0
                    text_size2 = max(r.width() for r in text_rects)
                else:
                    text_size = np.sum([r.width() for r in text_rects]) if i > 0 else 0
                    text_size2 = max(r.height() for r in text_rects)
            else:
                text_size = 0
                text_size2 = 0
            if i > 0:
                ratio = float(text_size) / length
                if any(len(text_specs) >= n and ratio >= limit for n, limit in style["textFillLimits"]):
                    break
            last_text_size2 = text_size2
            for j, text in enumerate(strings):
                if text is None:
                    continue
                at = positions[i][j]
                assert at is not None
                measured = rects[j]
                assert measured is not None
                height, width = measured.height(), measured.width()
                if axis == 0:
                    rect = QRectF(tick_stop - gap - width, at - height / 2, width, height)
                else:
                    rect = QRectF(at - width / 2.0, tick_stop + gap, width, height)
                if box & rect != rect:
                    continue
                text_specs.append((rect, flags, text))
        self._updateMaxTextSize(last_text_size2)
        return axis_spec, tick_specs, text_specs

    def drawPicture(
        self,
        p: QPainter,
        axisSpec: tuple[QPen, QPointF, QPointF],
        tickSpecs: list[tuple[QPen, QPointF, QPointF]],
        textSpecs: list[tuple[QRectF, object, str]],
    ) -> None:
        """pyqtgraph 0.14's AxisItem.drawPicture, the tick lines drawn a run of one pen at a time (one drawLines,
        one recorded command, where pyqtgraph sets the pen and draws a line per tick: 31 on the breakdown's axis):
        the same lines, in the same order, with the same pens. Recording into a picture (an axis' drawing), the
        labels go into a picture of their own (_Drawn.texts), played after the lines: then even a drawing's first
        paint fills its lines as pixel rectangles (paint). Recorded with the lines, a label is laid out for the
        recording and again for each playback; recorded apart, the same, and the lines' playback through Qt's line
        rasteriser is left out of the first paint (a batch edit's new memory axis, a GPU edit's two)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        axis_pen, axis_start, axis_end = axisSpec
        p.setPen(axis_pen)
        p.drawLine(axis_start, axis_end)
        runs: list[tuple[QPen, list[QLineF]]] = [(axis_pen, [QLineF(axis_start, axis_end)])]
        run: list[QLineF] = []
        run_pen: QPen | None = None
        for pen, start, end in tickSpecs:
            if pen is not run_pen:
                if run:
                    p.drawLines(run)
                p.setPen(pen)
                run, run_pen = [], pen
                runs.append((pen, run))
            run.append(QLineF(start, end))
        if run:
            p.drawLines(run)
        font = self.style["tickFont"]
        text_pen = self.textPen()
        clip = self.boundingRect().toAlignedRect()
        device = p.device()
        if isinstance(device, QPicture):
            self._drawn = _Drawn(device, runs, (font, text_pen, clip, list(textSpecs)))
            self._drawn.texts()
            return
        self._drawn = None
        draw_labels(p, (font, text_pen, clip, textSpecs))

    _drawn: _Drawn | None = None

    def paint(self, p: QPainter, opt: object = None, widget: object = None) -> None:
        """pyqtgraph's AxisItem.paint (the drawing recorded once, then played back on every paint), but where the
        painter only moves the axis and paints pixels (a window's paint, not an export drawn larger or an SVG
        drawing), the tick and grid lines are filled as the pixel rectangles Qt's 1 px line drawing covers
        (_Drawn.rects), then the labels played back: playing back the recorded lines drew each pixel through the
        line rasteriser, about a sixth of a batch edit's window repaint in instructions (callgrind), for lines
        across the whole plot. Elsewhere the lines' picture is played, then the labels'."""
        picture: QPicture | None = self.picture  # type: ignore[has-type]
        if picture is None:
            with tick_painter(self) as (picture, painter):
                specs = self.generateDrawSpecs(painter)
                if specs is not None:
                    self.drawPicture(painter, *specs)  # type: ignore[misc]
            self.picture = picture
        drawn = self._drawn
        transform = p.transform()
        # where the lines land: the painter's whole transform (its device's offset in the window included: Qt adds
        # it before it rounds a line to pixels, and a sum like 489.99999999999994 + 437 rounds up to 927.0)
        device = p.deviceTransform()
        offset = device_offset(transform, device)
        engine = p.paintEngine()
        if (
            drawn is None
            or drawn.picture is not picture
            or engine is None
            or engine.type() != QPaintEngine.Type.Raster  # pixels (an SVG export keeps its lines)
            or device.type().value > QTransform.TransformationType.TxTranslate.value
            or offset is None
            or (rects := drawn.rects(device.dx(), device.dy(), offset)) is None
        ):
            picture.play(p)
            if drawn is not None and drawn.picture is picture and self._reaches(drawn, p):
                drawn.texts().play(p)  # the labels, recorded apart
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setTransform(QTransform())
        for colour, run in rects:
            p.setBrush(colour)
            p.drawRects(run)
        p.setTransform(transform)
        if self._reaches(drawn, p):
            drawn.texts().play(p)

    @staticmethod
    def _reaches(drawn: _Drawn, p: QPainter) -> bool:
        """Whether the paint can set any of the labels' pixels. They are played only where the repaint reaches them:
        their playback lays each label's text out again (the context axis' 18 labels cost more than the rest of its
        paint), on edits that mostly repaint only the plot above them or the bars and legend around them. The paint
        engine's system clip is the region the window repaints, in device pixels (none: all of the device)."""
        engine = p.paintEngine()
        clip = engine.systemClip() if engine is not None else None
        return (
            clip is None or clip.isEmpty() or clip.intersects(p.deviceTransform().mapRect(drawn.ink()).toAlignedRect())
        )

    # what a tick label measures, as pyqtgraph measures it (its painter's bounding rect, 80 % of its height), per
    # font and text: an axis drawn again mostly shows the texts it showed, and each measurement is a text layout
    _measured: ClassVar[dict[tuple[str, int, str], QRectF]] = {}

    @classmethod
    def _measure(cls, p: QPainter, text: str, font_key: tuple[str, int]) -> QRectF:
        """`font_key`: the painter's font's key and its device's dpi (QFont.key builds a string: asked once per
        drawing, not once per label)."""
        key = (*font_key, text)
        rect = cls._measured.get(key)
        if rect is None:
            if len(cls._measured) > 2048:
                cls._measured.clear()
            rect = p.boundingRect(_MEASURE, _CENTRE, text)
            rect.setHeight(rect.height() * 0.8)
            cls._measured[key] = rect
        return QRectF(rect)

    # pyqtgraph's bounding rect of an axis with grid lines: its own rectangle and its view's, mapped from one to
    # the other in Python (about 20 µs; Qt asks for it about 12 times an edit, each paint and each update). Both
    # items sit side by side in the plot's layout, without transforms of their own: it changes only with their
    # geometries, and is kept for them.
    _kept_bounds: tuple[QRectF, QRectF, QRectF] | None = None  # the axis' geometry, the view's, the bounds

    def boundingRect(self) -> QRectF:
        if self._bounds is not None:
            return QRectF(self._bounds)
        view = self.linkedView()
        if view is None or self.grid is False:
            return super().boundingRect()
        own, views = self.geometry(), view.geometry()
        kept = self._kept_bounds
        if kept is None or kept[0] != own or kept[1] != views:
            bounds = super().boundingRect()
            if view.parentItem() is not self.parentItem():  # (never in these charts) mapped through other items
                return bounds
            kept = self._kept_bounds = (own, views, bounds)
        return QRectF(kept[2])

    def linkedViewChanged(self, view: pg.ViewBox, newRange: object = None) -> None:
        """Also redraw when the view changes size across the axis: the grid lines span the view. Kept, the drawing
        made for a taller plot ran its grid lines up through the chart's title when the plot got shorter from the
        top with the same x range (the answer above the charts grew: seen at 1280×720)."""
        if self.grid is not False and view is not None:
            span = view.height() if self.orientation in ("top", "bottom") else view.width()
            if span != getattr(self, "_grid_span", None):
                self._grid_span = span
                self.prepareGeometryChange()  # the bounding rect holds the view's
                self.picture = None  # type: ignore[assignment]
                self.update()
        super().linkedViewChanged(view, newRange)


class MemoryAxis(QuietAxis):
    """Linear: pyqtgraph's ticks, labelled with thousands separators. Log (set_log_range): round sizes, as many
    labelled as the axis' height has room for."""

    _log_range: tuple[float, float] | None = None
    _ticks_key: tuple[float, float, str] | None = None
    # A left axis keeps room for labels of up to 4 digits: sized to its labels, it went from "40" (inference) to
    # "2,000" (training, log scale) and back, and each time laid the plot out again and repainted the chart whole
    # (every switch between inference and training in the bench). Wider labels (MiB) still widen it.
    USUAL_WIDEST = "8,888"
    _usual_width: tuple[str, float] = ("", 0.0)

    def _updateMaxTextSize(self, x: float) -> None:
        if self.orientation in ("left", "right"):
            font = self.style["tickFont"] or self.font()
            key = font.key()
            if self._usual_width[0] != key:  # measured as pyqtgraph measures its labels
                rect = QFontMetricsF(font).boundingRect(
                    QRectF(0, 0, 100, 100), int(Qt.AlignmentFlag.AlignCenter), self.USUAL_WIDEST
                )
                self._usual_width = (key, rect.width())
            x = max(x, self._usual_width[1])
        super()._updateMaxTextSize(x)

    def set_log_range(self, low: float | None, high: float = 0.0) -> None:
        """Log ticks from `low` to `high`; None: back to pyqtgraph's linear ticks."""
        self._log_range = None if low is None else (low, high)
        self._retick()

    def _retick(self) -> None:
        if self._log_range is None:
            if self._ticks_key is not None:
                self._ticks_key = None
                self.setTicks(None)
            return
        low, high = self._log_range
        font = self.style["tickFont"] or self.font()
        need = QFontMetricsF(font).height() + 2  # a label's height and a gap
        decade_px = self.height() / max(1e-9, math.log10(high / low))
        labels = "125" if decade_px * math.log10(2) >= need else "1" if decade_px >= need else "1/2"
        key = (low, high, labels)
        if key != self._ticks_key:
            self._ticks_key = key
            self.setTicks(log_memory_ticks(low, high, labels))

    def resizeEvent(self, ev: object = None) -> None:
        super().resizeEvent(ev)
        self._retick()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale
        decimals = 0 if step >= 1 else min(6, math.ceil(-math.log10(step)))
        return [f"{v * scale:,.{decimals}f}" for v in values]


def power_of_two_ticks(
    max_value: float, step: int, label: Callable[[float], str] = fmt_tokens_short
) -> list[list[tuple[float, str]]]:
    """Ticks at every power of two from 1 to the largest ≤ max: labelled every `step` octaves counting down from
    the largest (and at 1), the others unlabelled grid lines."""
    top = max(1, math.floor(math.log2(max(2.0, max_value))))
    labelled = [e for e in range(top, step - 1, -step)][::-1]
    labelled = [0, *labelled] if 0 not in labelled else labelled
    major = [(e * math.log10(2), label(2**e)) for e in labelled]
    minor = [(e * math.log10(2), "") for e in range(top + 1) if e not in labelled]
    return [major, minor] if minor else [major]


def context_ticks(max_context: float, step: int = 1) -> list[list[tuple[float, str]]]:
    """Context lengths the way model cards write them: 1, 2, 4 … 4K, 8K, 16K."""
    return power_of_two_ticks(max_context, step, fmt_tokens_short)


def batch_ticks(max_batch: float, step: int = 1) -> list[list[tuple[float, str]]]:
    """Batch sizes in full: 1, 2, 4 … 1,024, 2,048, 4,096."""
    return power_of_two_ticks(max_batch, step, fmt_int)


class ContextAxis(QuietAxis):
    """Bottom axis of a log-x plot: positions are log10(tokens), or log10(batch size). A label at every power of
    two when the axis is long enough for them, else at every other (or every fourth) one, the rest grid lines."""

    LABEL_GAP_PX = 14  # between two tick labels

    _ticks_key: tuple[float, str, int] = (0.0, "", 0)
    _max: tuple[float, str] = (0.0, "")
    _span = 1.0  # log10 units the axis spans

    def set_max(self, max_value: float, kind: str = "context", span: float | None = None) -> None:
        self._max = (max_value, kind)
        if span is not None:
            self._span = span
        self._retick()

    def set_max_context(self, max_context: float) -> None:
        self.set_max(max_context, "context")

    _step_key: tuple[object, ...] = ()
    _step_value = 1

    def _step(self) -> int:
        key = (self._max, self.width(), self._span)
        if key != self._step_key:  # measuring the labels costs more than the rest of an edit's axis work
            self._step_key, self._step_value = key, self._measure_step()
        return self._step_value

    def _measure_step(self) -> int:
        max_value, kind = self._max
        label = fmt_int if kind == "batch" else fmt_tokens_short
        top = max(1, math.floor(math.log2(max(2.0, max_value))))
        font = self.style["tickFont"] or self.font()
        widest = max(QFontMetricsF(font).horizontalAdvance(label(2**e)) for e in range(top + 1))
        octave_px = self.width() * math.log10(2) / max(1e-9, self._span)
        return next((s for s in (1, 2, 4, 8) if s * octave_px >= widest + self.LABEL_GAP_PX), 16)

    def _retick(self) -> None:
        max_value, kind = self._max
        if max_value <= 0:
            return
        key = (max_value, kind, self._step())
        if key != self._ticks_key:
            self._ticks_key = key
            self.setTicks(batch_ticks(max_value, key[2]) if kind == "batch" else context_ticks(max_value, key[2]))

    def resizeEvent(self, ev: object = None) -> None:
        super().resizeEvent(ev)
        self._retick()
