"""Run by tests/gui/test_real_display.py in its own process, on a real X server (Xvfb, the xcb platform): the
editor's scroll position while each dialog of the window opens and closes (issue 11: "the editor's scroll position
jumps when a dialog opens"). Offscreen, every dialog is answered without being shown (tests/gui/conftest.py), so
only a real display opens them: window activation moves to the dialog and back, and focus returns to the field
or button the user left.

For each dialog: the editor (training mode, at its tallest) is scrolled to the middle, or to where the dialog's
button shows, the field or button is focused as a user's click leaves it, then the dialog opens for real (its
modal loop runs) and a timer records the scroll position while it is shown and closes it. Writes results.json:
the scroll position before, while shown and after, the class of the dialog that was shown, its width and its
title's (gui/dialogs/whole_titles.py). The window has the app's style and palettes (gui/theme.py), and every dialog
opens in the light theme, then in the dark.

    python -m tests.gui.real_display_dialogs OUTDIR
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui.real_display_driver import finish


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(out: Path) -> int:
    from gui.app import create_application
    from gui.main_window import MainWindow
    from gui.preferences import Preferences
    from gui.theme import ThemeManager

    app = create_application(["gpu-sizer"])
    assert app.platformName() == "xcb", app.platformName()
    preferences = Preferences()
    ThemeManager(app, preferences)  # the app's style and palettes (gui.app.launch): Fusion's metrics set the layout
    window = MainWindow(preferences)
    window.resize(1280, 680)
    window.move(0, 0)
    window.show()
    window.document.set_field("workload.mode", "training")  # the training rows make the editor its tallest
    window.document.undo_stack.setClean()  # File ▸ Open shows its file dialog, not "save changes?" first
    pump(app, 1.5)
    editor = window.editor
    bar = editor.verticalScrollBar()
    empty = out / "empty.sizing"
    empty.write_text("")

    def click(button: QWidget) -> Callable[[], None]:
        return lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def in_view(widget: QWidget) -> int:
        """The scroll position that shows `widget` just below the viewport's top edge."""
        return min(bar.maximum(), max(0, widget.mapTo(editor.widget(), QPoint(0, 0)).y() - 12))

    picker = editor.gpu_picker
    models = editor.model_picker
    middle = bar.maximum() // 2
    context = editor.workload.context
    # (name, the scroll position to start from, what the user last clicked, how the dialog opens)
    cases: list[tuple[str, int, QWidget | None, Callable[[], None]]] = [
        ("custom GPU (its button)", in_view(picker.custom_button), None, click(picker.custom_button)),
        ("Hub model id (its button)", in_view(models.hub_button), None, click(models.hub_button)),
        ("import model file (its button)", in_view(models.import_button), None, click(models.import_button)),
        ("export chart (File menu)", middle, context, window.exports.export_dialog),
        ("open (File menu)", middle, context, window.files.open_dialog),
        ("message box (an empty file)", middle, context, lambda: window.files.open_path(str(empty))),
        ("about box (Help menu)", middle, context, window._about),
        ("user guide (Help menu, not modal)", middle, context, window.show_guide),
    ]
    # the Tools menu's planners and calculators (not modal), as their menu items open them
    tools = [a for a in window.tools.actions() if a.isEnabled() and not a.isSeparator() and a.text()]
    cases += [(f"{a.text().replace('&', '')} (Tools menu, not modal)", middle, context, a.trigger) for a in tools]
    results = []
    for theme, (name, start, focus, open_dialog) in ((t, c) for t in ("light", "dark") for c in cases):
        preferences.set_theme(theme)
        bar.setValue(start)
        if focus is not None:
            QTest.mouseClick(focus, Qt.MouseButton.LeftButton)  # focus as a user's click leaves it
            bar.setValue(start)
        pump(app, 0.2)
        before = bar.value()
        shown: dict[str, object] = {}

        def record_and_close(shown: dict[str, object] = shown) -> None:
            opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
            dialog = QApplication.activeModalWidget() or (opened[0] if opened else None)
            shown["while_shown"] = bar.value()
            shown["shown"] = type(dialog).__name__ if dialog is not None else None
            if dialog is not None:  # its width, and its title's as the title bar shows it (bold, with the app name)
                font = QFont(dialog.font())
                font.setBold(True)
                title, app_name = dialog.windowTitle(), QGuiApplication.applicationDisplayName()
                title = title if title.endswith(app_name) else f"{title} — {app_name}"
                shown["width"] = dialog.width()
                shown["title_px"] = QFontMetrics(font).horizontalAdvance(title)
            if isinstance(dialog, QDialog):
                dialog.done(0)
            elif dialog is not None:
                dialog.close()

        QTimer.singleShot(500, record_and_close)
        open_dialog()  # a modal dialog's loop runs here until the timer closes it
        deadline = time.monotonic() + 15  # a busy machine fires the timer late: wait for it, then let focus and
        while "shown" not in shown and time.monotonic() < deadline:  # activation return
            pump(app, 0.05)
        pump(app, 0.5)
        results.append(
            {"theme": theme, "dialog": name, "before": before, **shown, "after": bar.value(), "maximum": bar.maximum()}
        )
    return finish(window, out, results)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
