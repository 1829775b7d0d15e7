"""Dialog titles shown whole (gui/dialogs/whole_titles.py). Seen on a real X server (Openbox, issue 11's audit): the
message box for an empty file was sized for its one short line, and the title bar showed "Cannot ope… — GPU
Sizer". Measured there: the title bar around the title's text (icon, three buttons, padding) took 138 px of a
270 px box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from gui.dialogs.whole_titles import watch_dialogs

OPENBOX_TITLE_BAR_PX = 138


@pytest.fixture
def window(qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """A window that widens its dialogs, as the main window does (watch_dialogs)."""
    window = QWidget()
    qtbot.addWidget(window)
    watch_dialogs(window)
    yield window


def title_text_px(dialog: QWidget) -> int:
    """The title as the title bar shows it, in the bold font title bars use."""
    font = QFont(dialog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}")


def test_a_message_box_with_a_short_text_is_as_wide_as_its_title(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        'Cannot open "empty.sizing"',
        "empty.sizing: the file is empty",
        QMessageBox.StandardButton.Ok,
        window,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() >= title_text_px(box) + OPENBOX_TITLE_BAR_PX
    box.hide()
    box.show()  # shown again (a message box re-fixes its size on every show): still whole, and no wider
    assert title_text_px(box) + OPENBOX_TITLE_BAR_PX <= box.width() <= title_text_px(box) + 2 * OPENBOX_TITLE_BAR_PX


def test_a_small_dialog_is_as_wide_as_its_title(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog(window)
    dialog.setWindowTitle("Hugging Face model id — fetch its config.json")
    QVBoxLayout(dialog).addWidget(QLabel("Id:"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= title_text_px(dialog) + OPENBOX_TITLE_BAR_PX


def test_a_dialog_opened_by_a_dialog_is_as_wide_as_its_title(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The planners (dialogs of the window) open message boxes and file dialogs of their own."""
    planner = QDialog(window)
    planner.setWindowTitle("Serving planner")
    planner.resize(600, 400)
    qtbot.addWidget(planner)
    planner.show()
    box = QMessageBox(QMessageBox.Icon.Warning, "Cannot export the serving plan", "Disk full", parent=planner)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() >= title_text_px(box) + OPENBOX_TITLE_BAR_PX


@pytest.fixture
def named_app(qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The application's display name as gui/app.py sets it (the tests' application has its own)."""
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("GPU Sizer")
    yield "GPU Sizer"
    QGuiApplication.setApplicationDisplayName(before)


def test_a_dialogs_title_bar_names_the_app_once(qtbot, named_app: str) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (Openbox) at 1920×1080: the guide's title bar read "GPU Sizer user guide — GPU Sizer", the app's
    name twice: the title named it, and Qt appends it to every title that does not end with it (the crash dialog's
    "GPU Sizer: unexpected error" did the same)."""
    from gui.dialogs.crash_dialog import CrashDialog
    from gui.dialogs.guide_dialog import GuideDialog
    from gui.dialogs.whole_titles import shown_title

    for dialog in (GuideDialog(), CrashDialog("boom", "Traceback …", None)):
        qtbot.addWidget(dialog)
        assert shown_title(dialog).count(named_app) == 1, shown_title(dialog)
