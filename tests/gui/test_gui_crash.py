"""Crash reports: the log file (where it lives, rotation, tracebacks), the hooks (an exception in a slot, in a
Python thread, Qt's critical and fatal messages) reaching the log and the dialog, the recovery copy that keeps
unsaved work without touching the open document, a failing worker and a failing estimate."""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, QtMsgType, Signal, qCritical
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from core import project
from core.errors import SizingError
from gui import log_file, workers
from gui.crash import CrashReporter, recovery_path
from gui.dialogs.crash_dialog import CrashDialog
from gui.main_window import MainWindow

STAMP = r"\d{8}-\d{6}"


class Emitter(QObject):
    fire = Signal()


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """The app's logging set up as gui/app.py does it, into a temporary folder; the root logger as it was after."""
    root = logging.getLogger()
    level = root.level
    folder = tmp_path / "logs"
    assert log_file.configure(folder, console=False) == folder / log_file.LOG_NAME
    yield folder
    log_file.unconfigure()
    root.setLevel(level)


@pytest.fixture
def app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Qt's AppDataLocation follows XDG_DATA_HOME on Linux: point it into the test's folder."""
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_DATA_HOME decides the app-data folder on Linux only")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path / "xdg-data"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[CrashDialog]:
    """Crash dialogs that were opened: exec() returns at once instead of blocking the offscreen test."""
    dialogs: list[CrashDialog] = []

    def exec_(self: CrashDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    return dialogs


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[CrashReporter]:
    r = CrashReporter()
    r.attach(window.document, window)
    r.install()
    yield r
    r.uninstall()


def app_folder(data_home: Path) -> Path:
    return data_home / QCoreApplication.organizationName() / QCoreApplication.applicationName()


def log_text(folder: Path) -> str:
    return (folder / log_file.LOG_NAME).read_text(encoding="utf-8")


# --- the log file ------------------------------------------------------------------------------------------


def test_log_folder_is_the_platform_app_data_folder(qapp: QApplication, app_data: Path) -> None:
    # XDG Base Directory spec: user data under $XDG_DATA_HOME; Qt adds <organisation>/<application> ("GPU Sizer"
    # twice in the app: ~/.local/share/GPU Sizer/GPU Sizer/logs)
    assert log_file.default_log_dir() == app_folder(app_data) / "logs"


def test_log_file_receives_a_traceback(log_dir: Path) -> None:
    try:
        {}["missing key"]
    except KeyError:
        logging.getLogger("gui.somewhere").exception("could not do it")
    text = log_text(log_dir)
    assert "ERROR" in text and "gui.somewhere: could not do it" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing key'" in text


def test_log_file_rotates_and_keeps_three_old_files(tmp_path: Path) -> None:
    root = logging.getLogger()
    level = root.level
    log_file.configure(tmp_path, console=False, max_bytes=2000)
    try:
        for i in range(200):  # 200 records of ~150 bytes: 30 kB, 15 × the limit
            logging.getLogger("gui.test").info("record %03d %s", i, "x" * 80)
    finally:
        log_file.unconfigure()
        root.setLevel(level)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["gpu-sizer.log", "gpu-sizer.log.1", "gpu-sizer.log.2", "gpu-sizer.log.3"]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "record 199" in (tmp_path / "gpu-sizer.log").read_text(encoding="utf-8")


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    root = logging.getLogger()
    level = root.level
    try:
        assert log_file.configure(blocker / "logs", console=False) is None
        assert log_file.log_file() is None
    finally:
        log_file.unconfigure()
        root.setLevel(level)


# --- the hooks and the dialog ------------------------------------------------------------------------------


def test_an_exception_in_a_slot_is_logged_and_shown(
    window: MainWindow, reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path
) -> None:
    window.show()
    emitter = Emitter()

    def broken_slot() -> None:
        raise RuntimeError("the slot broke")

    emitter.fire.connect(broken_slot)
    emitter.fire.emit()  # PySide hands the slot's exception to sys.excepthook
    assert len(shown) == 1
    dialog = shown[0]
    assert "RuntimeError: the slot broke" in dialog.intro.text()
    assert str(log_dir / log_file.LOG_NAME) in dialog.log_label.text() and dialog.open_log_button.isEnabled()
    assert "broken_slot" in dialog.details.toPlainText()  # the traceback, for a bug report
    assert dialog.recover_button.isHidden()  # nothing unsaved: nothing to recover
    text = log_text(log_dir)
    assert "CRITICAL" in text and "unhandled exception" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: the slot broke" in text
    assert window.isVisible() and window.document.scenario is not None  # the app goes on


def test_open_log_folder_opens_the_folder_that_holds_the_log(
    reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    emitter = Emitter()
    emitter.fire.connect(lambda: {}["key"])
    emitter.fire.emit()
    shown[0].open_log_button.click()
    assert [Path(p) for p in opened] == [log_dir]


def test_the_same_error_again_is_logged_but_not_shown_twice(
    reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path
) -> None:
    emitter = Emitter()

    def broken_slot() -> None:
        raise ValueError("again and again")

    emitter.fire.connect(broken_slot)
    for _ in range(3):  # a broken paint event would raise on every repaint
        emitter.fire.emit()
    assert len(shown) == 1
    assert log_text(log_dir).count("ValueError: again and again") == 3


def test_recovery_copy_beside_the_document_keeps_the_open_document(
    window: MainWindow, reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path, tmp_path: Path
) -> None:
    window.show()
    doc = window.document
    target = tmp_path / "plan.sizing"
    doc.save(str(target))
    doc.set_field("workload.batch", 7)
    doc.set_field("workload.context", 12288)
    assert doc.is_modified()
    saved_on_disk = target.read_bytes()
    emitter = Emitter()
    emitter.fire.connect(lambda: 1 / 0)
    emitter.fire.emit()
    dialog = shown[0]
    assert not dialog.recover_button.isHidden() and "plan.sizing" in dialog.recovery_label.text()
    dialog.recover_button.click()
    copy = dialog.recovery_path
    assert copy is not None and copy.parent == tmp_path and re.fullmatch(rf"plan\.recovered-{STAMP}\.sizing", copy.name)
    scenarios, active = project.read(copy)
    assert scenarios[active] == doc.scenario  # loads back equal to what was on screen
    assert scenarios[active].workload.batch == 7 and scenarios[active].workload.context == 12288
    assert str(copy) in dialog.recovery_label.text() and not dialog.recover_button.isEnabled()
    # the open document is untouched: same file, still unsaved, undo history intact; the file itself unchanged
    assert doc.file_path == str(target.resolve()) and doc.is_modified() and doc.undo_stack.count() == 2
    assert target.read_bytes() == saved_on_disk
    assert window.isVisible()
    assert f"recovery copy saved: {copy}" in log_text(log_dir)


def test_recovery_copy_of_an_untitled_document_goes_to_app_data(
    window: MainWindow, reporter: CrashReporter, shown: list[CrashDialog], app_data: Path
) -> None:
    window.document.set_field("workload.batch", 5)
    emitter = Emitter()
    emitter.fire.connect(lambda: [][1])
    emitter.fire.emit()
    copy = shown[0].save_recovery_copy()
    folder = app_folder(app_data) / "recovery"
    assert (
        copy is not None and copy.parent == folder and re.fullmatch(rf"untitled\.recovered-{STAMP}\.sizing", copy.name)
    )
    scenarios, active = project.read(copy)
    assert scenarios[active] == window.document.scenario
    assert window.document.file_path is None and window.document.is_modified()


def test_recovery_path_never_overwrites(window: MainWindow, tmp_path: Path) -> None:
    first = recovery_path(window.document, folder=tmp_path)
    first.write_text("{}", encoding="utf-8")
    second = recovery_path(window.document, folder=tmp_path)
    assert second != first and not second.exists()


def test_an_exception_in_a_python_thread_is_logged_and_shown(
    qtbot, reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path
) -> None:
    def work() -> None:
        raise OSError("disk vanished in a thread")

    thread = threading.Thread(target=work, name="helper-thread")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)  # queued to the UI thread
    text = log_text(log_dir)
    assert "unhandled exception in thread helper-thread" in text and "OSError: disk vanished in a thread" in text


def test_an_error_in_a_thread_after_the_exit_handler_is_logged_without_a_second_error(
    window: MainWindow, log_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """PySide's exit handler deletes every QObject Python owns, the reporter among them, before QApplication's
    destructor waits for the thread pool. Seen at an exit during a fit-explorer job (tests/gui/
    test_gui_workers_exit.py): the job's RuntimeError reached this hook, whose emit through its own deleted
    signal raised again ("Error in sys.excepthook ... Signal source has been deleted")."""
    r = CrashReporter()
    r.install()
    try:
        shiboken6.delete(r)  # as the exit handler does

        def work() -> None:
            raise OSError("disk vanished while the app exited")

        thread = threading.Thread(target=work, name="late-thread")
        thread.start()
        thread.join()
    finally:
        r.uninstall()
    err = capfd.readouterr().err
    assert "Error in" not in err and "Signal source has been deleted" not in err, err
    text = log_text(log_dir)
    assert "unhandled exception in thread late-thread" in text and "OSError: disk vanished" in text


def test_qt_critical_is_logged_with_the_python_stack_and_shown(
    qtbot, reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path
) -> None:
    def somewhere_in_the_app() -> None:
        qCritical("a critical message from Qt")

    somewhere_in_the_app()
    qtbot.waitUntil(lambda: len(shown) == 1)
    text = log_text(log_dir)
    assert "Qt critical: a critical message from Qt" in text and "somewhere_in_the_app" in text


def test_qt_fatal_saves_a_recovery_copy_without_asking(
    window: MainWindow, reporter: CrashReporter, shown: list[CrashDialog], log_dir: Path, app_data: Path
) -> None:
    window.document.set_field("workload.batch", 9)
    # called as Qt calls it: Qt aborts right after the handler returns, so the test calls the handler itself
    reporter.handle_qt_message(QtMsgType.QtFatalMsg, QMessageLogContext(), "a fatal message from Qt")
    assert shown == []  # no dialog: the process is going down
    (copy,) = (app_folder(app_data) / "recovery").iterdir()
    scenarios, active = project.read(copy)
    assert scenarios[active].workload.batch == 9
    assert "Qt fatal error: a fatal message from Qt" in log_text(log_dir)


def test_uninstall_restores_the_previous_hooks(window: MainWindow) -> None:
    before = (sys.excepthook, threading.excepthook)
    r = CrashReporter()
    r.install()
    assert sys.excepthook == r.handle_exception
    r.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


# --- workers and the presenter -----------------------------------------------------------------------------


def test_a_failing_worker_logs_the_traceback_and_reports_a_short_message(qtbot, log_dir: Path) -> None:
    def job(_report: object) -> None:
        return {"layers": 1}["heads"]  # type: ignore[return-value]

    results: list[str] = []
    _signals = workers.start(job, lambda _r: None, results.append, name="test import")
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    (message,) = results
    assert "KeyError: 'heads'" in message and str(log_dir / log_file.LOG_NAME) in message
    assert "Traceback" not in message  # the user gets one line; the log gets the traceback
    text = log_text(log_dir)
    assert "test import failed with an unexpected error" in text
    assert "Traceback (most recent call last)" in text and 'return {"layers": 1}["heads"]' in text


def test_a_worker_refusing_bad_input_reports_its_own_words(qtbot, log_dir: Path) -> None:
    def job(_report: object) -> None:
        raise SizingError("config.json: 'num_hidden_layers' must be an integer")

    results: list[str] = []
    _signals = workers.start(job, lambda _r: None, results.append, name="import of config.json")
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == ["config.json: 'num_hidden_layers' must be an integer"]
    assert "import of config.json failed: config.json: 'num_hidden_layers'" in log_text(log_dir)


def test_an_unexpected_error_in_the_estimate_shows_in_the_answer_and_is_logged(
    window: MainWindow, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")

    with monkeypatch.context() as patch:
        patch.setattr("gui.presenter.compute_view", broken)
        window.document.set_field("workload.batch", 3)
        window.presenter.refresh()  # the exception is caught: the test (and the app) go on
    answer = window.answer
    assert answer.verdict.text() == "⚠ No estimate"
    assert "Internal error while estimating (TypeError: unsupported operand" in answer.usage.text()
    assert str(log_dir / log_file.LOG_NAME) in answer.usage.text()
    assert all(not label.isVisibleTo(answer) for label in answer.values.values())  # no stale figures
    text = log_text(log_dir)
    assert "estimate failed for" in text and "Traceback (most recent call last)" in text
    window.document.set_field("workload.batch", 4)
    window.presenter.refresh()
    assert answer.verdict.text() in ("✔ Fits", "✖ Does not fit") and answer.values["params"].isVisibleTo(answer)
