"""Run by tests/gui/test_real_display.py in its own process, on a real X server (Xvfb, the xcb platform): the right
column's scroll bars and the answer's lines in short windows, in English and in Chinese. The X server's fonts and
metrics are the user's, not the offscreen platform's: at 1264×672 (a first start on a 1280×720 screen) the
Chinese answer of the default scenario was cut across its fourth line there, and whole offscreen (issue 11's
fourth pass).

For each language, scenario (the default, and the two longest legends: tests/gui/helpers.py) and window height,
writes to results.json: the number of vertical scroll bars the right column shows for its panes, the answer's
lines shown only in part, the charts squeezed below their minimum (a legend row cut), where scrolling to the end
(the page's, the answer's) took every verdict out of view; and, for the record,
the answer's height, its scroll range and the page's.

    python -m tests.gui.real_display_layout OUTDIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

HEIGHTS = (600, 640, 672, 720)  # and the window's minimum
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(out: Path) -> int:
    from gui.app import create_application
    from gui.i18n import load_translator
    from gui.main_window import MainWindow
    from gui.preferences import Preferences
    from gui.theme import ThemeManager
    from tests.gui.helpers import LONG_LEGENDS, pane_scroll_bars, rows_cut, training, verdicts_in_view

    app = create_application(["gpu-sizer"])
    assert app.platformName() == "xcb", app.platformName()
    preferences = Preferences(app)
    ThemeManager(app, preferences)  # the style and palette the app starts with (gui.app.launch)
    results = []
    for language in ("en", "zh_CN"):
        translator = load_translator(QLocale(language), app) if language != "en" else None
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        for case in ("default", "llama.cpp", *sorted(LONG_LEGENDS)):
            window = MainWindow(preferences)
            if case in LONG_LEGENDS:
                window.document.new(training(*LONG_LEGENDS[case]))
            window.resize(1264, 672)
            window.move(0, 0)
            window.show()
            if case == "llama.cpp":
                # the README's walk-through, opened as `gpu-sizer FILE` opens it: once the window is shown, before
                # it is laid out. The answer gains the engine's row, two lines at this width: the answer's area,
                # placed for the default scenario's answer, was not told of its new height (its last line cut).
                QTimer.singleShot(
                    0,
                    lambda window=window: window.files.open_path(
                        str(EXAMPLES / "llama-3.1-8b-q4_k_m-rtx4090-32k.sizing")
                    ),
                )
                pump(app, 1.0)
                while window.presenter.pending() or window.fit_presenter.pending():
                    pump(app, 0.05)
                pump(app, 0.2)
                results.append(
                    {
                        "where": f"{language}, {case} opened, 1264×672",
                        "height": window.height(),
                        "bars": len(pane_scroll_bars(window.views.currentWidget())),
                        "cut": rows_cut(window.answer_scroll),
                        "squeezed": [
                            type(c).__name__ for c in window.charts.values() if c.height() < c.minimumHeight()
                        ],
                        "verdict_hidden": [],
                        "answer": [window.answer_scroll.height(), window.answer_scroll.verticalScrollBar().maximum()],
                        "page_scroll": window.charts_page.verticalScrollBar().maximum(),
                    }
                )
            for height in (window.minimumHeight() + 8, *HEIGHTS):
                window.resize(1264, height)
                pump(app, 0.3)
                while window.presenter.pending() or window.fit_presenter.pending():
                    pump(app, 0.05)
                pump(app, 0.2)
                charts = window.charts.values()
                # scrolled to its end (the page, then the answer on its own): is a verdict still in view?
                verdict_hidden = []
                for name, bar in (
                    ("page", window.charts_page.verticalScrollBar()),
                    ("answer", window.answer_scroll.verticalScrollBar()),
                ):
                    if bar.maximum() > 0:
                        bar.setValue(bar.maximum())
                        pump(app, 0.1)
                        if not verdicts_in_view(window):
                            verdict_hidden.append(name)
                        bar.setValue(0)
                        pump(app, 0.1)
                results.append(
                    {
                        "where": f"{language}, {case}, 1264×{height}",
                        "height": window.height(),
                        "bars": len(pane_scroll_bars(window.views.currentWidget())),
                        "cut": rows_cut(window.answer_scroll),
                        "squeezed": [type(c).__name__ for c in charts if c.height() < c.minimumHeight()],
                        "verdict_hidden": verdict_hidden,
                        # for the record: the answer's height and how far it and the page scroll
                        "answer": [window.answer_scroll.height(), window.answer_scroll.verticalScrollBar().maximum()],
                        "page_scroll": window.charts_page.verticalScrollBar().maximum(),
                    }
                )
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
            pump(app, 0.1)
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
