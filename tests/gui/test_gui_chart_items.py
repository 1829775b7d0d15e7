"""The charts' own items where they keep or work out something pyqtgraph re-derives: each kept or derived value
equals what pyqtgraph's own code gives, in every state the window goes through, and what an item leaves out of
its painting changes no pixel."""

from __future__ import annotations

import random

import pyqtgraph as pg
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import QGraphicsItem

from gui.charts.axes import MemoryAxis, QuietAxis, tick_painter
from gui.charts.base import Label
from gui.main_window import MainWindow
from tests.gui.helpers import drain, settle, show_bench_scenario, shown_quiet_axes


def test_a_linear_axis_ticks_where_pyqtgraph_ticks_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """QuietAxis works out a linear axis' tick values in plain Python; pyqtgraph's AxisItem.tickValues (numpy) is
    the reference: the same floats, level by level, over random ranges, sizes, scales and tick levels."""
    rng = random.Random(20261206)
    compared = 0
    for levels in (1, 2):
        axis = MemoryAxis("bottom")
        axis.setStyle(maxTickLevel=levels)
        for _ in range(1500):
            low = rng.choice([0.0, rng.uniform(-50.0, 50.0), rng.uniform(0.0, 1e-3)])
            high = low + 10 ** rng.uniform(-4.0, 5.0)
            size = rng.uniform(20.0, 2000.0)
            axis.scale = rng.choice([1.0, 1.0, 1.0, 1 / 1.073741824, 1024.0, 0.001])
            ours = axis._linear_tick_values(low, high, size)
            assert ours == pg.AxisItem.tickValues(axis, low, high, size), (low, high, size, axis.scale)
            assert ours == pg.AxisItem.tickValues(axis, high, low, size)  # either order
            compared += 1
    assert compared == 3000


def test_an_axis_keeps_the_bounds_pyqtgraph_works_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An axis keeps its bounding rect (its own rectangle and its view's, where the grid lines run) while both
    geometries stay; after each change of size, mode, axis, unit, font and window size it equals pyqtgraph's."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    big = QFont(window.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    states = [
        lambda: None,
        lambda: workload.training.setChecked(True),
        lambda: workload.inference.setChecked(True),
        lambda: window.presenter.set_axis("batch"),
        lambda: window._set_unit("GB"),
        lambda: window.resize(1000, 700),
        lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
        lambda: window.setFont(big),
        lambda: window.resize(1500, 1000),
    ]
    checked = 0
    for state in states:
        state()
        drain()
        settle(qtbot, window)
        drain()
        for chart_id, name, axis in shown_quiet_axes(window):
            assert axis.boundingRect() == pg.AxisItem.boundingRect(axis), (chart_id, name)
            checked += 1
    assert checked >= 3 * len(states)


def test_an_axis_draws_its_ticks_as_pyqtgraph_draws_them(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An axis' drawing (QuietAxis.drawPicture: a run of tick lines with one pen drawn at once) played back gives the
    image pyqtgraph's AxisItem.drawPicture (a pen set and a line drawn per tick) gives for the same specs: each
    axis of both charts, inference and training, light and dark, context and batch axis."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPicture

    from gui.theme import make_palette

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload

    def played(axis: QuietAxis, draw, specs) -> QImage:  # type: ignore[no-untyped-def]
        picture = QPicture()
        painter = QPainter(picture)
        draw(axis, painter, *specs)
        painter.end()
        box = picture.boundingRect()
        image = QImage(box.width() + 2, box.height() + 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#808080"))
        painter = QPainter(image)
        painter.translate(-box.left() + 1, -box.top() + 1)
        picture.play(painter)
        painter.end()
        return image

    compared = 0
    for state in (
        lambda: None,
        lambda: workload.training.setChecked(True),
        lambda: window.setPalette(make_palette(True)),
        lambda: workload.inference.setChecked(True),
        lambda: window.presenter.set_axis("batch"),
    ):
        state()
        drain()
        settle(qtbot, window)
        drain()
        for chart_id, name, axis in shown_quiet_axes(window):
            with tick_painter(axis) as (_picture, painter):
                specs = axis.generateDrawSpecs(painter)
            assert len(specs[1]) >= 4, (chart_id, name)
            ours = played(axis, QuietAxis.drawPicture, specs)
            assert ours == played(axis, pg.AxisItem.drawPicture, specs), (chart_id, name)
            compared += 1
    assert compared >= 15


def test_the_items_that_draw_nothing_change_no_pixel(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The layout, the plot and the plot's view (pyqtgraph's ViewBox draws only its border, a NoPen pen here) are
    flagged as drawing nothing themselves (Qt then skips their bounds and paint when it paints): each chart,
    grabbed with and without the flags, in the light and the dark theme, is the same image. Not the title, whose
    update() (a new caption repaints its whole strip) Qt would then ignore."""
    from gui.theme import make_palette

    show_bench_scenario(qtbot, window)
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    for dark in (False, True):
        window.setPalette(make_palette(dark))
        drain()
        for chart in window.charts.values():
            items = (chart.ci, chart.plot, chart.plot.vb)
            assert all(item.flags() & flag for item in items)
            assert not chart.title.flags() & flag
            flagged = chart.grab().toImage()
            for item in items:
                item.setFlag(flag, False)
            try:
                unflagged = chart.grab().toImage()
            finally:
                for item in items:
                    item.setFlag(flag, True)
            assert flagged == unflagged, (chart.chart_id, dark)


def test_a_labels_bounds_follow_its_text_and_anchor(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label keeps its bounds: its text's size placed by its anchor ((1, 0.5): the position at its right
    middle), again after each new text or anchor."""
    label = Label("fits up to 8K tokens", anchor=(1.0, 0.5))
    box = label.boundingRect()
    assert box.right() == 0 and abs(box.center().y()) < 1e-9 and box.width() > 20
    label.setText("fits up to 131,072 tokens, the model's maximum")
    wider = label.boundingRect()
    assert wider.width() > box.width() and wider.right() == 0 and abs(wider.center().y()) < 1e-9
    label.setAnchor((0.0, 0.0))
    assert label.boundingRect().topLeft().isNull() and label.boundingRect().size() == wider.size()
    label.setText("a\nb")  # two lines: taller
    assert label.boundingRect().height() > wider.height() and label.boundingRect().topLeft().isNull()


def test_an_edit_tells_pyqtgraph_of_no_change_it_ignores(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Qt tells an item of every change of its visibility, and the view's group of items of every new transform
    (each range set): each a call into pyqtgraph's GraphicsObject.itemChange (Python), which does nothing with
    them here (it tells the view of new bounds, for an auto-range the charts never use). Batch and context edits
    that show and hide labels, set new ranges and move markers now make none of those calls."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    calls: list[str] = []
    toggled: list[object] = []
    original_change, original_visible = pg.GraphicsObject.itemChange, Label.setVisible

    def item_change(self, change, value):  # type: ignore[no-untyped-def]
        calls.append(f"{type(self).__name__} {change.name}")
        return original_change(self, change, value)

    def set_visible(self, visible):  # type: ignore[no-untyped-def]
        if visible != self.isVisible():
            toggled.append(self)
        original_visible(self, visible)

    monkeypatch.setattr(pg.GraphicsObject, "itemChange", item_change)
    monkeypatch.setattr(Label, "setVisible", set_visible)
    ranges = window.context_chart.plot.vb.viewRange()
    for batch, context in ((7, 4096), (1, 4096), (5, 65536), (2, 2048), (7, 131072)):
        workload.batch.setValue(batch)
        workload.context.setValue(context)
        drain()
        settle(qtbot, window)
        drain()
    assert toggled, "no label was shown or hidden: the edits prove nothing"
    assert window.context_chart.plot.vb.viewRange() != ranges
    assert calls == []


def test_a_mark_line_spans_the_view_after_each_range_and_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A mark line keeps its ends and bounds until its value, its pen or the view's transform changes: after new
    ranges (batch edits, a switch to training) and a new window size its ends are the view's edges again, and the
    pixel size its bounds are padded by is pyqtgraph's own (pixelWidth, pixelHeight)."""
    from gui.charts.base import MarkLine, pixel_size

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    for state in (
        lambda: workload.batch.setValue(7),
        lambda: workload.training.setChecked(True),
        lambda: window.resize(1100, 760),
        lambda: workload.inference.setChecked(True),
    ):
        state()
        drain()
        settle(qtbot, window)
        drain()
        for chart in window.charts.values():
            view = chart.plot.vb.viewRect()
            lines = [item for item in chart.plot.vb.addedItems if isinstance(item, MarkLine) and item.isVisible()]
            assert lines
            for line in lines:
                start, end = line._ends() or (None, None)
                assert start is not None and end is not None
                if line.angle == 0:
                    assert (start.x(), end.x()) == (view.left(), view.right())
                else:
                    assert (start.y(), end.y()) == (view.top(), view.bottom())
                assert pixel_size(line) == (line.pixelWidth(), line.pixelHeight())
                box = line.boundingRect()
                assert box.contains(start) and box.contains(end)


def test_an_axis_fills_its_lines_as_the_pixels_qt_draws_them(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An axis painted again by a painter that only moves it fills its tick and grid lines as pixel rectangles
    (QuietAxis.paint) instead of playing its recorded lines back through Qt's line rasteriser. Qt's own drawing
    is the oracle: 3,000 random horizontal and vertical lines (fractional ends and positions, whole values and
    values a rounding error below them, either direction, moved by fractional amounts inside a device offset by
    whole pixels, as a window paints a chart) cover the same pixels; and the window, grabbed with the rectangles
    and with the recorded lines played back, is the same image in several states."""
    import math

    from PySide6.QtCore import QLineF, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture, QTransform

    from gui.charts import axes

    random.seed(7)
    image = QImage(720, 520, QImage.Format.Format_ARGB32_Premultiplied)
    pen = QPen(QColor(0, 0, 0, 170))  # translucent, as the axis line: drawn over the grid lines
    pen.setCosmetic(True)
    for _ in range(3000):
        whole = random.randint(20, 200)
        at = random.choice([random.uniform(20, 200), whole, whole + 0.5, math.nextafter(whole, 0), whole - 1e-9])
        ends = sorted((random.uniform(10, 100), random.uniform(110, 230)), reverse=random.random() < 0.3)
        line = QLineF(ends[0], at, ends[1], at) if random.random() < 0.5 else QLineF(at, ends[0], at, ends[1])
        move = (random.choice([0.0, 0.5, 3.25, 9.0, 65.9125]), random.choice([0.0, 0.4, 49.0, 171.4]))
        offset = (random.choice([0, 3, 428]), random.choice([0, 7, 228]))
        picture = QPicture()
        painter = QPainter(picture)
        painter.setPen(pen)
        painter.drawLines([line])
        painter.end()
        drawn = axes._Drawn(picture, [(pen, [line])], (None, QPen(), QRect(), []))
        images = []
        for quick in (False, True):
            image.fill(0)
            painter = QPainter(image)
            painter.translate(*offset)  # the device's offset (a widget's place in its window)
            painter.translate(*move)
            if quick:
                device = painter.transform()
                rects = drawn.rects(device.dx(), device.dy(), offset)
                assert rects is not None
                painter.setPen(QPen(Qt.PenStyle.NoPen))
                painter.setTransform(QTransform.fromTranslate(*offset))
                for colour, run in rects:
                    painter.setBrush(colour)
                    painter.drawRects(run)
            else:
                picture.play(painter)
            painter.end()
            images.append(image.copy())
        assert images[0] == images[1], (line, move, offset)

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    states = [
        lambda: None,
        lambda: workload.training.setChecked(True),
        lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
        lambda: window.resize(1280, 720),
    ]
    for state in states:
        state()
        drain()
        quick = window.grab().toImage()
        with monkeypatch.context() as m:
            m.setattr(axes._Drawn, "rects", lambda *_args: None)
            played = window.grab().toImage()
        assert quick == played


def test_an_svg_export_keeps_the_axes_lines(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The pixel rectangles are for painters that paint pixels: an SVG drawing of a chart whose axes were already
    painted (the rectangles' case in the window) is the one its recorded lines give."""
    from pyqtgraph.exporters import SVGExporter

    from gui.charts import axes
    from gui.charts.render import _svg_exporter_compatible

    _svg_exporter_compatible()
    show_bench_scenario(qtbot, window)
    for chart in window.charts.values():
        chart.grab()
        chart.grab()  # the axes' drawings painted twice: the window's next paint takes the rectangles
        quick, played = tmp_path / "quick.svg", tmp_path / "played.svg"
        SVGExporter(chart.export_target()).export(fileName=str(quick))
        with monkeypatch.context() as m:
            m.setattr(axes._Drawn, "rects", lambda *_args: None)
            SVGExporter(chart.export_target()).export(fileName=str(played))
        assert quick.read_text(encoding="utf-8") == played.read_text(encoding="utf-8")


def test_an_axis_labels_ink_holds_every_pixel_they_draw(qtbot) -> None:  # type: ignore[no-untyped-def]
    """_Drawn.ink, where an axis' labels can set pixels, holds every pixel Qt sets drawing them (the labels'
    picture played back, as an axis paints them) over random labels (digits, K and M, separators, descenders,
    Chinese), fonts, sizes, alignments and fractional positions: a repaint outside it may leave them unplayed."""
    import numpy as np
    from PySide6.QtCore import QRect, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture
    from PySide6.QtWidgets import QApplication

    from gui.charts import axes

    rng = random.Random(20261206)
    texts = ["1", "4", "16", "128", "1K", "32K", "128K", "1M", "1,024", "0.5", "8,888", "0.02", "Qgj", "显存", "万"]
    base = QApplication.font()
    image = QImage(160, 120, QImage.Format.Format_ARGB32_Premultiplied)
    checked = 0
    for _ in range(600):
        font = QFont(base)
        font.setPointSizeF(rng.choice([8.0, 9.0, 9.5, 10.0, 11.0, 13.0]))
        rect = QRectF(rng.uniform(20, 60), rng.uniform(20, 60), rng.uniform(5, 40), rng.uniform(8, 16))
        spec = (rect, rng.choice([axes._LEFT_TEXT, axes._BOTTOM_TEXT]), rng.choice(texts))
        drawn = axes._Drawn(QPicture(), [], (font, QPen(QColor(0, 0, 0)), QRect(0, 0, 200, 200), [spec]))
        move = (rng.choice([0.0, 0.25, 0.4, 0.5, 0.9125, 0.6]) + 10, rng.choice([0.0, 0.4, 0.6]) + 10)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        painter.translate(*move)
        drawn.texts().play(painter)
        painter.end()
        pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=160 * 120).reshape(120, 160)
        ys, xs = np.nonzero(pixels != 0xFFFFFFFF)
        assert len(xs), spec
        ink = drawn.ink().translated(*move).toAlignedRect()
        assert ink.left() <= xs.min() and xs.max() <= ink.right(), spec
        assert ink.top() <= ys.min() and ys.max() <= ink.bottom(), spec
        checked += 1
    assert checked == 600


def test_a_repaint_that_misses_an_axis_labels_leaves_them_as_they_are(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A batch edit repaints the context chart's plot down to just above its bottom axis' labels and the breakdown's
    bars and legend around its axis' labels: neither axis plays its labels again (each label's text laid out anew),
    and the window's screen after each edit is the same image as the whole window painted afresh."""
    from gui.charts import axes

    show_bench_scenario(qtbot, window)
    played: list[object] = []
    texts = axes._Drawn.texts
    monkeypatch.setattr(axes._Drawn, "texts", lambda self: played.append(self) or texts(self))
    axes_ = [window.context_chart.plot.getAxis("bottom"), window.vram_chart.plot.getAxis("bottom")]
    batch = window.editor.workload.batch
    screen = window.screen()
    batch.setValue(2)  # the first edit from this scenario repaints the axes' labels too
    drain()
    for value in (3, 5, 4, 7):
        drawings = [axis._drawn for axis in axes_]
        played.clear()
        batch.setValue(value)
        drain()
        kept = [axis for axis, drawn in zip(axes_, drawings, strict=True) if axis._drawn is drawn is not None]
        assert axes_[0] in kept  # the context axis: the same drawing (a new one draws its labels)
        assert not [axis for axis in kept if axis._drawn in played]
        shown = screen.grabWindow(window.winId()).toImage()
        assert shown == window.grab().toImage()


def test_a_new_axis_drawing_fills_its_lines_on_its_first_paint(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A GPU edit gives the context chart's memory axis a new range: its new drawing's first paint in the window fills
    its lines as pixel rectangles (its labels recorded apart), rather than playing its lines through Qt's line
    rasteriser; the window after it is the same image as with the recorded lines played back."""
    from gui.charts import axes

    show_bench_scenario(qtbot, window)
    axis = window.context_chart.plot.getAxis("left")
    filled: list[object] = []
    rects = axes._Drawn.rects
    monkeypatch.setattr(axes._Drawn, "rects", lambda self, *args: filled.append(self) or rects(self, *args))
    for gpu in ("a100-sxm4-80gb", "rtx-4090-24gb", "h100-sxm-80gb"):
        before = axis._drawn
        window.editor.gpu_picker.tree.picked.emit(gpu)
        drain()
        assert axis._drawn is not before and axis._drawn in filled
        quick = window.grab().toImage()
        with monkeypatch.context() as m:
            m.setattr(axes._Drawn, "rects", lambda *_args: None)
            played = window.grab().toImage()
        assert quick == played


def test_an_axis_finds_its_devices_whole_offset_through_a_rounding_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The painter's device transform adds a whole-pixel offset (a widget's place in its window; here the painter's
    view) to the world transform's translation; taking one from the other gives the offset back only up to a
    rounding error where the translation has a fraction (228 + 35.4 − 35.4 = 227.99999999999997). The axis takes
    the whole offset (428, 228) all the same, and none where the offset is not whole (428.5)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    from gui.charts.axes import device_offset

    image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        for whole, expected in ((True, (428.0, 228.0)), (False, None)):
            painter.setWindow(QRect(0, 0, 600, 400))
            painter.setViewport(QRect(428, 228, 600, 400) if whole else QRect(428, 228, 1200, 400))
            painter.setWorldTransform(QTransform.fromTranslate(0.1, 35.4))
            world, device = painter.transform(), painter.deviceTransform()
            if whole:
                assert device.dy() - world.dy() == 227.99999999999997  # the rounding error itself
                assert device.dx() - world.dx() == 428.0
            assert device_offset(world, device) == expected
        assert device_offset(QTransform(), QTransform.fromTranslate(428.5, 228.0)) is None
    finally:
        painter.end()


def test_every_axis_of_the_window_fills_its_lines(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In the bench's window every shown axis of both charts fills its tick and grid lines as pixel rectangles when
    an edit repaints it (the breakdown's value axis, its translation in the window fractional, played its recorded
    lines back through Qt's line rasteriser on every edit), and the window is the same image as with the recorded
    lines played back."""
    from gui.charts import axes

    show_bench_scenario(qtbot, window)
    filled: list[object] = []
    rects = axes._Drawn.rects
    monkeypatch.setattr(axes._Drawn, "rects", lambda self, *args: filled.append(self) or rects(self, *args))
    batch = window.editor.workload.batch
    for value in (3, 5, 4):
        filled.clear()
        batch.setValue(value)
        drain()
        shown = [(chart, side, axis) for chart, side, axis in shown_quiet_axes(window) if chart != "compare"]
        assert len(shown) == 3, shown  # the context chart's two, the breakdown's value axis
        assert [(chart, side) for chart, side, axis in shown if axis._drawn not in filled] == []
        quick = window.grab().toImage()
        with monkeypatch.context() as m:
            m.setattr(axes._Drawn, "rects", lambda *_args: None)
            played = window.grab().toImage()
        assert quick == played


def test_the_total_line_stroked_once_fills_the_pixels_qt_strokes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The context chart's total line, painted again with the same data, pen and device transform, fills the outline
    it stroked at its third paint instead of Qt stroking the path again; Qt's own stroke (its first paints) is the
    oracle: 300 random totals (2 to 400 points, some steps flat, some back on themselves), view scales, fractional
    translations inside a whole-pixel device offset, with and without anti-aliasing (an export), the same image at
    each of four paints."""
    import numpy as np
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

    from gui.charts.context_chart import StackItem, _smooth_pen

    rng = random.Random(20261206)
    image = QImage(700, 420, QImage.Format.Format_ARGB32_Premultiplied)
    stroked_again: list[QPainterPath] = []
    original = QPainter.drawPath

    def draw_path(painter: QPainter, path: QPainterPath) -> None:
        stroked_again.append(path)
        original(painter, path)

    for case in range(300):
        n = rng.randint(2, 400)
        x = np.sort(np.array([rng.uniform(0.0, 10.0) for _ in range(n)]))
        total = np.cumsum(np.array([rng.choice([0.0, rng.uniform(-0.05, 0.08)]) for _ in range(n)])) + 1.0
        item = StackItem()
        colour = QColor(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        item.set_total_pen(_smooth_pen(colour, rng.choice([2.5, 2.5, 1.5, 3.0])))
        item.set_data(x, {"weights": total * 0.5}, {"weights": QColor("#4477aa")}, total, 0.0)
        antialias = case % 5 == 0
        item._exportOpts = {"antialias": True} if antialias else False
        offset = (rng.choice([0, 3, 428]), rng.choice([0, 7, 228]))
        world = QTransform(
            rng.uniform(20, 60), 0, 0, -rng.uniform(30, 60), rng.uniform(-3, 40.7), rng.uniform(300, 330)
        )
        images = []
        for paint in range(4):
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setViewport(QRect(*offset, 700, 420))  # the device's whole-pixel offset, outside the world
            painter.setWindow(QRect(0, 0, 700, 420))
            painter.setWorldTransform(world)
            stroked_again.clear()
            try:
                QPainter.drawPath = draw_path  # type: ignore[method-assign]
                item.paint(painter)
            finally:
                QPainter.drawPath = original  # type: ignore[method-assign]
                painter.end()
            assert (item._total_path in stroked_again) == (paint < StackItem.STROKE_AT_PAINT - 1), (case, paint)
            images.append(image.copy())
        assert images[1:] == images[:1] * 3, case


def test_context_edits_repaint_the_total_as_qt_strokes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Context edits repaint a strip of the context chart over the same curves: the screen after a few (the total's
    line filled from the outline kept since the third paint) is the window painted afresh with Qt's own stroke."""
    from PySide6.QtGui import QGuiApplication

    from gui.charts.context_chart import StackItem

    show_bench_scenario(qtbot, window)
    item = window.context_chart.stack_item
    screen = QGuiApplication.primaryScreen()
    context = window.editor.workload.context
    for value in (8192, 12000, 3000, 30000):
        for step in range(StackItem.STROKE_AT_PAINT):
            context.setValue(value + step)
            drain()
        shown = screen.grabWindow(window.winId()).toImage()
        assert item._stroked is not None, value
        item._stroked = item._last_device = None  # the next paint strokes with Qt
        assert shown == window.grab().toImage(), value
