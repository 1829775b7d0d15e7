"""Run by tests/gui/test_real_display.py in its own process, on a real X server (Xvfb, the xcb platform): the editor
scrolled by its scroll bar, with the mouse (Qt's own mouse events, through the window system: they make the hover
events a real pointer makes), between switches of the scenario that change the bar's range, in the light theme and
the dark, and after each step the window as the X server shows it compared with the same window repainted whole
(QWidget.repaint of the window).

A scroll bar that repaints only part of itself, or a scroll that moves pixels (QScrollArea moves its body, and Qt
copies what was already painted), leaves old pixels where a step's repaint does not reach. Writes results.json: for
each theme and step, the pixels that differ, their bounding box in the window, and the scroll position; and the two
images of any step with differing pixels.

    python -m tests.gui.real_display_scroll OUTDIR
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from tests.gui.real_display_driver import finish, pixels, pump

_CC = QStyle.ComplexControl.CC_ScrollBar
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def handle(bar: QScrollBar) -> QPoint:
    """The middle of the bar's handle, where the style draws it."""
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(_CC, option, QStyle.SubControl.SC_ScrollBarSlider, bar).center()


def main(out: Path) -> int:
    from gui.app import create_application
    from gui.main_window import MainWindow
    from gui.preferences import Preferences
    from gui.theme import ThemeManager

    app = create_application(["gpu-sizer"])
    assert app.platformName() == "xcb", app.platformName()
    # the app's style and palettes, as gui/app.py's launch sets them: Fusion's scroll bar draws its handle's outline
    # a row beyond the handle's rectangle, which Qt's repaint after a drag missed
    preferences = Preferences()
    ThemeManager(app, preferences)
    window = MainWindow(preferences)
    window.resize(1440, 900)
    window.move(0, 0)
    window.show()
    pump(app, 1.5)
    bar = window.editor.verticalScrollBar()
    screen = app.primaryScreen()

    def capture() -> QImage:
        return screen.grabWindow(window.winId(), 0, 0, window.width(), window.height()).toImage()

    def settled() -> QImage:
        """The window once the server's copy stops changing (stale pixels never change, so waiting cannot hide
        them)."""
        while window.presenter.pending() or window.fit_presenter.pending():
            pump(app, 0.05)
        shot = capture()
        for _ in range(40):
            pump(app, 0.05)
            again = capture()
            if again == shot:
                break
            shot = again
        return shot

    def drag(pixels: int) -> Callable[[], None]:
        def run() -> None:
            start = handle(bar)
            QTest.mouseMove(bar, start)
            pump(app, 0.05)
            QTest.mousePress(bar, LEFT, NONE, start)
            for k in range(1, 6):
                QTest.mouseMove(bar, start + QPoint(0, pixels * k // 5))
                pump(app, 0.05)
            QTest.mouseRelease(bar, LEFT, NONE, start + QPoint(0, pixels))

        return run

    def hover(y: Callable[[], int]) -> Callable[[], None]:
        return lambda: QTest.mouseMove(bar, QPoint(bar.width() // 2, y()))

    def click(y: Callable[[], int]) -> Callable[[], None]:
        return lambda: QTest.mouseClick(bar, LEFT, NONE, QPoint(bar.width() // 2, y()))

    def field(name: str, value: object) -> Callable[[], None]:
        return lambda: window.document.set_field(name, value)

    near_end = lambda: bar.height() - 24  # noqa: E731 (the groove below the handle, above the arrow)
    near_top = lambda: 24  # noqa: E731
    # The handle hovered after a drag, the bar's range changed under the still mouse (a switch of mode), the mouse
    # moved off the handle onto the groove and a click there: the sequence that left a band of the handle drawn
    # as hovered. Then the other ways the bar scrolls the editor, each after a change of range.
    steps: list[tuple[str, Callable[[], None]]] = [
        ("training", field("workload.mode", "training")),
        ("drag the handle down", drag(60)),
        ("drag the handle up", drag(-30)),
        ("inference (the handle under the mouse)", field("workload.mode", "inference")),
        ("the mouse onto the groove below", hover(near_end)),
        ("click the groove below", click(near_end)),
        ("training (the mouse on the bar)", field("workload.mode", "training")),
        ("click the groove above", click(near_top)),
        ("drag the handle down again", drag(100)),
        ("a longer context", field("workload.context", 32768)),
        ("inference", field("workload.mode", "inference")),
        ("the mouse onto the groove above", hover(near_top)),
        ("scrolled by value", lambda: bar.setValue(bar.maximum() // 2)),
        ("the mouse onto the handle", hover(lambda: handle(bar).y())),
        ("scrolled to the end by value", lambda: bar.setValue(bar.maximum())),
        ("the mouse off the bar", lambda: QTest.mouseMove(window.editor.widget(), QPoint(20, 20))),
    ]
    results = []
    for theme in ("light", "dark"):
        preferences.set_theme(theme)
        bar.setValue(0)
        QTest.mouseMove(window.editor.widget(), QPoint(20, 20))
        pump(app, 0.5)
        for step, (what, act) in enumerate(steps):
            act()
            pump(app, 0.2)
            shown = settled()
            window.repaint()
            repainted = settled()
            a, b = pixels(shown), pixels(repainted)
            stale = np.any(a != b, axis=2) if a.shape == b.shape else np.ones(a.shape[:2], bool)
            box: list[int] = []
            if stale.any():
                ys, xs = np.nonzero(stale)
                box = [int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())]
                shown.save(str(out / f"{theme}-step{step}-screen.png"))
                repainted.save(str(out / f"{theme}-step{step}-repainted.png"))
            results.append(
                {
                    "theme": theme,
                    "step": what,
                    "stale": int(stale.sum()),
                    "box": box,
                    "value": bar.value(),
                    "maximum": bar.maximum(),
                }
            )
    return finish(window, out, results)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
