"""Entry point of the `gpu-sizer` desktop app.

gpu-sizer [FILE]                      open a .sizing file (or import a model file) — how double-click works
gpu-sizer --smoke-test IN.sizing OUT.png
                                      start offscreen, open IN, render both charts into OUT, exit 0 if the
                                      image is not blank (packaging checks a frozen build with it)
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import logging
import os
import platform
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFileOpenEvent, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from gui.main_window import MainWindow

_STARTED = time.perf_counter()
FAULTS_LOG = "faults.log"

logger = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gpu-sizer", description="GPU memory, compute and time for a model")
    parser.add_argument("file", nargs="?", help="a .sizing scenario, or a model file or folder to import")
    parser.add_argument(
        "--smoke-test", nargs=2, metavar=("IN", "OUT"), help="render IN.sizing's charts into OUT.png offscreen and exit"
    )
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def set_identity() -> None:
    """Organisation and application names: where QSettings and QStandardPaths (the log folder) live."""
    QCoreApplication.setOrganizationName("GPU Sizer")
    QCoreApplication.setApplicationName("GPU Sizer")


def create_application(argv: Sequence[str]) -> QApplication:
    from gui.i18n import install_translations

    set_identity()
    # Before anything paints: Qt's raster engine hands every fill of 96 or more spans (a grid line the height of a
    # chart, a filled curve) to a thread pool and waits for it. For chart-sized shapes the hand-off costs more than
    # the fill, and each edit repaints hundreds of them (bench/gui_latency.py: about 1 ms of each edit on 2 cores).
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("GPU Sizer")
    app.setDesktopFileName("gpu-sizer")
    icon = resources.files("resources") / "icons" / "gpu-sizer.svg"
    app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    return app


class _FileOpenHandler(QObject):
    """macOS (Finder, Dock): a double-clicked file arrives as a FileOpen event, also when the app is running."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.window.files.open_path(event.file())
            return True
        return False


class _FirstPaint(QObject):
    """Bench hook: report the time from process start to the window's first paint, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first paint after {time.perf_counter() - _STARTED:.3f} s", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def smoke_test(source: str, out: str) -> int:
    """Open `source` in a real main window offscreen, render both charts into one image at `out`."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application(sys.argv[:1])
    from gui.charts.render import build_chart, render_image
    from gui.main_window import MainWindow
    from gui.preferences import Preferences

    window = MainWindow(Preferences(app))
    if not window.files.load(source):
        return 2
    window.presenter.refresh()
    view = window.presenter.view
    assert view is not None
    images = []
    for kind, height in (("breakdown", 600), ("context", 900)):
        chart = build_chart(kind, view, window.preferences.unit, 1400, height, window.palette())
        images.append(render_image(chart, 1400, height))
        chart.deleteLater()
    combined = QImage(1400, sum(i.height() for i in images), QImage.Format.Format_ARGB32)
    combined.fill(QColor("white"))
    painter = QPainter(combined)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height()
    painter.end()
    if not combined.save(out, "PNG"):  # type: ignore[call-overload]
        print(f"gpu-sizer: cannot write {out}", file=sys.stderr)
        return 3
    colours = {combined.pixel(x, y) for x in range(0, combined.width(), 37) for y in range(0, combined.height(), 37)}
    window.document.undo_stack.setClean()
    window.close()
    # Delete the window and the render charts while Qt is still fully alive: left to interpreter shutdown, the
    # frozen build sometimes crashed (SIGSEGV) tearing down pyqtgraph items after QApplication was gone.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0 if len(colours) > 4 else 4


def launch(argv: Sequence[str]) -> tuple[QApplication, MainWindow]:
    """The application and its shown main window; a file named on the command line opens once the loop runs."""
    from gui.main_window import MainWindow
    from gui.preferences import Preferences
    from gui.theme import ThemeManager

    args = parse_args(argv[1:])
    app = create_application(argv)
    preferences = Preferences(app)
    ThemeManager(app, preferences)
    window = MainWindow(preferences)
    if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere this filter would see every event, for nothing
        app.installEventFilter(_FileOpenHandler(window))
    if args.exit_after_first_paint:
        window.installEventFilter(_FirstPaint(window))
    if not window.geometry_restored:
        window.fit_on_screen()
    window.show()
    if args.file:
        path = os.path.abspath(args.file)
        QTimer.singleShot(0, lambda: window.files.open_path(path))
    return app, window


def start_logging() -> Path | None:
    """The log file (gui/log_file.py) and, for hard crashes that never reach Python (a segfault in a C
    extension, Qt's abort after a fatal error), faulthandler's stacks in faults.log beside it."""
    from gui import log_file

    set_identity()
    path = log_file.configure()
    if path is not None:
        try:
            faults = open(path.parent / FAULTS_LOG, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
        except OSError as exc:
            logger.warning("no fault log: %s", exc)
        else:
            faulthandler.enable(faults, all_threads=True)
    logger.info(
        "GPU Sizer starting: Python %s, PySide6 %s, %s; log %s",
        platform.python_version(),
        pyside_version,
        platform.platform(),
        path,
    )
    return path


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.smoke_test:
        return smoke_test(*args.smoke_test)
    from gui.crash import CrashReporter

    start_logging()
    reporter = CrashReporter()
    reporter.install()  # from here on an uncaught error is logged and shown, start-up included
    app, window = launch(argv)
    reporter.attach(window.document, window)
    # What start-up built (the window, the catalogues, some 85,000 objects tracked by the collector) lives as long
    # as the window: frozen, the collector no longer walks it in the collections edits trigger. Measured over 600 of
    # bench/gui_latency.py's edits: a full collection stalled one edit for 53-57 ms (about once in 600 edits), and
    # collecting took 0.15-0.18 ms an edit on average; frozen, no stall, 0.06-0.08 ms.
    # The collector's thresholds stay Python's (700, 10, 10). A gen-0 threshold of 10,000 was measured (600 edits,
    # twice each): 4 collections instead of 70 and 0.03 ms an edit instead of 0.07-0.08, but each collection then
    # walks more young objects, and the longest pause grew (6.0-7.4 ms against 4.1-5.7 ms; either way about one edit
    # in 120-150 pauses that long): no better for the slowest edits, the same memory (174 MB).
    gc.freeze()
    code = app.exec()
    logger.info("GPU Sizer exiting (%d)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
