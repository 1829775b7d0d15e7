"""Run by tests/gui/test_real_display.py in its own process, on a real X server (Xvfb, the xcb platform): the
window goes through scenario switches that change the charts' titles and legend rows, and after each one every
chart is captured three ways:

- `screen`: what the X server shows (QScreen.grabWindow reads the window's pixels back from the server);
- `repainted`: the same after the chart's viewport is repainted whole (anything left over from an earlier frame
  is gone);
- `grab`: QWidget.grab(), the whole chart rendered afresh offscreen, as the offscreen tests see it.

The window has the app's style and palettes (gui/theme.py's ThemeManager, as gui/app.py's launch sets them), and
the steps run in the light theme, then again in the dark. Stale paint is `screen` != `repainted`. `grab` !=
`repainted` says whether the screen shows the same state the offscreen tests check. Writes results.json (and the
three images of any chart with stale pixels) to OUTDIR.

    python -m tests.gui.real_display_driver OUTDIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

# (field, value): LLM -> ResNet-50 -> LLM changes the context chart's title; the mode and model switches change
# the number of rows in the breakdown's legend (each row carries values, so a stale row shows old figures)
STEPS = [
    ("preset", "resnet-50"),
    ("preset", "llama-3.1-8b"),
    ("workload.mode", "training"),
    ("preset", "whisper-large-v3"),
    ("preset", "resnet-50"),
    ("workload.mode", "inference"),
    ("workload.mode", "training"),
    ("preset", "llama-3.1-8b"),
    ("workload.mode", "inference"),
    # made while the charts are on a hidden tab (the What fits tab shown), then the charts tab shown again: the
    # answer grows (training rows, the changes that make it fit), the plots get shorter from the top and the
    # context chart's y axis goes logarithmic (17 × over); the old grid lines stayed across the title
    ("hidden:gpu.id", "rtx-4090-24gb"),
    ("hidden:workload.mode", "training"),
    ("hidden:workload.mode", "inference"),
    # the latency bench's edits (Llama 3.1 8B NF4 on the RTX 4090): the stack's paths rebuilt, the y range and the
    # fit line moved, the labels folded onto two lines and back, the current line moved
    ("precision.weights", "nf4"),
    ("workload.batch", 3),
    ("workload.batch", 7),
    ("workload.context", 8192),
    ("workload.batch", 1),
]


def finish(window: Any, out: Path, results: list[dict[str, object]]) -> int:
    """A driver's end: its results written for the test, the window closed without asking to save."""
    (out / "results.json").write_text(json.dumps(results, indent=1))
    window.document.undo_stack.setClean()
    window.close()
    return 0


def pump(app: QApplication, seconds: float) -> None:
    """Let the window and the X server settle: events, the coalesced recomputation, the repaint, the server's copy."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def pixels(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.sizeInBytes()).reshape(rgb.height(), -1)
    return rows[:, : rgb.width() * 4].reshape(rgb.height(), rgb.width(), 4)


def differing(a: QImage, b: QImage) -> int:
    if a.size() != b.size():
        return a.width() * a.height()
    return int(np.any(pixels(a) != pixels(b), axis=2).sum())


def main(out: Path) -> int:
    from gui.app import create_application
    from gui.charts.base import ChartWidget
    from gui.main_window import MainWindow
    from gui.preferences import Preferences
    from gui.theme import ThemeManager

    # the charts shown from the pictures painted during a pause (ChartWidget.take_picture): a switch after a pause
    pictured: set[str] = set()
    paint_picture = ChartWidget._paint_picture

    def counted(chart: ChartWidget, event: Any) -> bool:
        used = paint_picture(chart, event)
        if used:
            pictured.add(chart.chart_id)
        return used

    ChartWidget._paint_picture = counted  # type: ignore[method-assign]
    app = create_application(["gpu-sizer"])
    assert app.platformName() == "xcb", app.platformName()
    preferences = Preferences()
    ThemeManager(app, preferences)  # the app's style and palettes (gui.app.launch)
    window = MainWindow(preferences)
    window.resize(1440, 900)
    window.move(0, 0)
    window.show()
    pump(app, 1.5)
    screen = app.primaryScreen()

    def capture(chart) -> QImage:  # type: ignore[no-untyped-def]
        corner = chart.mapTo(window, chart.rect().topLeft())
        shot = screen.grabWindow(window.winId(), corner.x(), corner.y(), chart.width(), chart.height())
        return shot.toImage()

    def settled(chart) -> QImage:  # type: ignore[no-untyped-def]
        """The chart as the server shows it once it stops changing (a slow machine may still be painting; stale
        pixels never change, so waiting cannot hide them)."""
        shot = capture(chart)
        for _ in range(40):
            pump(app, 0.05)
            again = capture(chart)
            if differing(shot, again) == 0:
                break
            shot = again
        return shot

    results = []
    for theme, (step, (field, value)) in ((t, s) for t in ("light", "dark") for s in enumerate(STEPS)):
        if step == 0:
            preferences.set_theme(theme)
            pump(app, 0.3)
        hidden = field.startswith("hidden:")
        field = field.removeprefix("hidden:")
        if hidden:
            window.views.setCurrentIndex(1)
            pump(app, 0.3)
        pictured.clear()
        if field == "preset":
            window.document.set_preset(value)
        else:
            window.document.set_field(field, value)
        pump(app, 0.1)
        while hidden and (window.presenter.pending() or window.fit_presenter.pending()):
            pump(app, 0.05)
        if hidden:
            pump(app, 0.3)
            window.views.setCurrentIndex(0)
            pump(app, 0.1)
        # the estimate, and (for a scenario that does not fit) the changes that make it fit, which arrive from a
        # worker a moment later and make the answer taller: the window is complete when both are in
        while window.presenter.pending() or window.fit_presenter.pending():
            pump(app, 0.05)
        for name, chart in window.charts.items():
            shown = settled(chart)
            grabbed = chart.grab().toImage()
            chart.viewport().repaint()
            repainted = settled(chart)
            stale = differing(shown, repainted)
            if stale:
                for kind, image in (("screen", shown), ("repainted", repainted), ("grab", grabbed)):
                    image.save(str(out / f"{theme}-step{step}-{value}-{name}-{kind}.png"))
            results.append(
                {
                    "theme": theme,
                    "step": f"{field}={value}",
                    "chart": name,
                    "pixels": shown.width() * shown.height(),
                    "width": shown.width(),
                    "stale": stale,
                    "unlike_grab": differing(repainted, grabbed),
                    "picture": chart.chart_id in pictured,
                }
            )
    return finish(window, out, results)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
