"""gui/widgets/handle_scroll_bar.py: a new range or value repaints only part of the bar, and the bar then shows what
Qt's whole repaint of it draws: the pixels it held before, with the repainted part drawn over them, equal the bar
rendered whole by Qt (QWidget.render), in both themes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from gui.theme import FusionStyle, make_palette
from gui.widgets.handle_scroll_bar import HandleScrollBar
from tests.gui.helpers import drain, events_seen

_CC = QStyle.ComplexControl.CC_ScrollBar


def rendered(bar: QScrollBar, region: QRegion | None = None, over: QImage | None = None) -> QImage:
    image = QImage(over) if over is not None else QImage(bar.size(), QImage.Format.Format_ARGB32_Premultiplied)
    if over is None:
        image.fill(0)
    if region is None:
        bar.render(image)
    else:
        bar.render(image, region.boundingRect().topLeft(), region)  # (the offset is where the region's corner goes)
    return image


@pytest.mark.parametrize("dark", [False, True])
def test_a_new_range_or_value_repaints_the_handle_alone_and_shows_what_a_whole_repaint_does(qtbot, dark: bool) -> None:  # type: ignore[no-untyped-def]
    style = FusionStyle()  # the app's style (gui/theme.py), on this bar alone
    bar = HandleScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setStyle(style)
    bar.setPalette(make_palette(dark))
    # the editor's bar at 1440×940: 869 px, its body 1,130 px in inference and 1,407 in training
    bar.resize(14, 869)
    bar.setPageStep(869)
    bar.setRange(0, 538)
    bar.show()
    qtbot.waitExposed(bar)
    drain()
    changes: list[tuple[str, Callable[[], None]]] = [
        ("to inference's range", lambda: bar.setRange(0, 261)),
        ("to training's range", lambda: bar.setRange(0, 538)),
        ("scrolled", lambda: bar.setValue(200)),
        ("to the end", lambda: bar.setValue(538)),
        ("a range that ends before the value", lambda: bar.setRange(0, 261)),
        ("back to the top", lambda: bar.setValue(0)),
    ]
    for what, change in changes:
        before = rendered(bar)
        with events_seen(
            QEvent.Type.Paint, bar, record=lambda _w, e: QRegion(e.region()) if isinstance(e, QPaintEvent) else None
        ) as painted:
            change()
            drain()
        region = QRegion()
        for part in painted:
            region += part
        assert not region.isEmpty(), what
        assert region.boundingRect().height() < bar.height(), what  # part of the bar, not all of it
        assert rendered(bar, region, over=before) == rendered(bar), what


@pytest.mark.parametrize("dark", [False, True])
def test_the_mouse_on_the_bar_leaves_it_as_a_whole_repaint_draws_it(qtbot, dark: bool) -> None:  # type: ignore[no-untyped-def]
    """Fusion draws the handle pressed in other colours, its outline a row beyond the handle's rectangle at either
    end: Qt's repaint of the handle's rectangle after a drag left those two rows pressed. And it draws the handle
    under the mouse in other colours. Qt repaints, when the mouse leaves the handle, the
    handle where it was at the mouse's last move; a handle moved since under the still mouse (the bar's range changed:
    a switch between inference and training) kept rows drawn as hovered that the partial repaint of a later change
    never reached (seen on Xvfb, tests/gui/real_display_scroll.py). Each step's repaint, drawn over what the bar
    showed, equals the bar rendered whole by Qt."""
    bar = HandleScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setStyle(FusionStyle())
    bar.setPalette(make_palette(dark))
    bar.resize(14, 869)
    bar.setPageStep(869)
    bar.setRange(0, 538)
    bar.setValue(53)
    bar.show()
    qtbot.waitExposed(bar)
    drain()
    middle = bar.width() // 2

    def handle_y() -> int:
        option = QStyleOptionSlider()
        bar.initStyleOption(option)
        return bar.style().subControlRect(_CC, option, QStyle.SubControl.SC_ScrollBarSlider, bar).center().y()

    def press() -> None:
        QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(middle, handle_y()))

    def release() -> None:
        QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(middle, handle_y()))

    steps: list[tuple[str, Callable[[], None]]] = [
        ("the mouse onto the handle", lambda: QTest.mouseMove(bar, QPoint(middle, handle_y()))),
        ("the handle pressed", press),
        ("the handle dragged", lambda: QTest.mouseMove(bar, QPoint(middle, handle_y() + 40))),
        ("the handle released", release),
        ("to inference's range, the mouse still", lambda: bar.setRange(0, 261)),
        ("the mouse onto the groove below", lambda: QTest.mouseMove(bar, QPoint(middle, bar.height() - 24))),
        ("to the end", lambda: bar.setValue(261)),
    ]
    shown = rendered(bar)
    for what, step in steps:
        with events_seen(
            QEvent.Type.Paint, bar, record=lambda _w, e: QRegion(e.region()) if isinstance(e, QPaintEvent) else None
        ) as painted:
            step()
            drain()
        for region in painted:
            shown = rendered(bar, region, over=shown)
        assert shown == rendered(bar), what
