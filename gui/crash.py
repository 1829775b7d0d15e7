"""Unexpected errors in the desktop app. `CrashReporter.install()` routes three kinds to the log file with their
traceback and to a dialog (`dialogs/crash_dialog.py`):

- an exception nobody caught on the UI thread (a slot, a Qt virtual override, start-up): `sys.excepthook`;
- one in a Python thread: `threading.excepthook` (the dialog is queued to the UI thread);
- Qt's own critical and fatal messages: Qt's message handler (warnings are logged, not shown).

Nothing here closes the window or drops the document. Where the document has unsaved changes, the dialog offers a
recovery copy: next to the document's file (`name.recovered-YYYYmmdd-HHMMSS.sizing`), or in the app-data folder's
`recovery/` for an untitled one (or when the document's folder is not writable). A Qt fatal error aborts the
process right after the handler returns, so there is no dialog: the recovery copy is written without asking."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from core.project import SUFFIX
from gui.dialogs.crash_dialog import CrashDialog
from gui.dialogs.whole_titles import watch_dialogs
from gui.document import ScenarioDocument
from gui.log_file import app_data_dir, log_file

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")  # what Qt itself reports

SUMMARY_CHARS = 300
ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def recovery_path(document: ScenarioDocument, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Where a recovery copy of `document` goes: beside its file, or in `folder` (default: app data's recovery/)
    for an untitled document. Never an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    if document.file_path and folder is None:
        base = Path(document.file_path)
        parent, stem = base.parent, base.stem
    else:
        parent = folder or app_data_dir() / "recovery"
        stem = Path(document.file_path).stem if document.file_path else "untitled"
    target = parent / f"{stem}.recovered-{stamp}{SUFFIX}"
    n = 2
    while target.exists():
        target = parent / f"{stem}.recovered-{stamp}-{n}{SUFFIX}"
        n += 1
    return target


def save_recovery_copy(document: ScenarioDocument) -> Path:
    """Write a copy of the document as it is now; the document keeps its file, its undo history and its unsaved
    state. Falls back to the app-data folder when the document's own folder cannot be written. Raises OSError."""
    target = recovery_path(document)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        document.save_copy(str(target))
    except OSError as exc:
        if not document.file_path:
            raise
        logger.warning("cannot write the recovery copy beside the document (%s); using the app-data folder", exc)
        target = recovery_path(document, folder=app_data_dir() / "recovery")
        target.parent.mkdir(parents=True, exist_ok=True)
        document.save_copy(str(target))
    logger.info("recovery copy saved: %s", target)
    return target


def _summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    text = f"{exc_type.__name__}: {exc}" if exc is not None and str(exc) else exc_type.__name__
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _origin(tb: TracebackType | None) -> tuple[str, int]:
    """The innermost frame of a traceback: the same error raised again in the same place is one dialog."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "", 0
    return tb.tb_frame.f_code.co_filename, tb.tb_lineno


class CrashReporter(QObject):
    # (summary, details, key) to show on the UI thread once its event loop turns
    _queued = Signal(str, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: ScenarioDocument | None = None
        self.window: QWidget | None = None
        self._showing = False
        self._shown: set[object] = set()
        self._saved: tuple[ExcHook, Callable[[threading.ExceptHookArgs], Any]] | None = None
        self._previous_qt: Any = None
        self._queued.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def attach(self, document: ScenarioDocument, window: QWidget | None = None) -> None:
        """The document a recovery copy saves, and the window the dialog belongs to."""
        self.document = document
        self.window = window

    # --- hooks -------------------------------------------------------------------------------------------
    def install(self) -> None:
        if self._saved is not None:
            return
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle_exception
        threading.excepthook = self.handle_thread_exception
        self._previous_qt = qInstallMessageHandler(self.handle_qt_message)

    def uninstall(self) -> None:
        if self._saved is None:
            return
        sys.excepthook, threading.excepthook = self._saved
        qInstallMessageHandler(self._previous_qt)
        self._saved = None

    def handle_exception(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """sys.excepthook: log the traceback, then show the dialog (now, or queued when it came from inside a
        running event loop — a nested dialog inside a paint event or a slot half-way through is not safe)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        key = (exc_type.__name__, *_origin(tb))
        if threading.current_thread() is threading.main_thread() and QThread.currentThread().loopLevel() == 0:
            self._show(_summary(exc_type, exc), details, key)
        else:
            self._queue(_summary(exc_type, exc), details, key)

    def handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        logger.critical("unhandled exception in thread %s", name, exc_info=(args.exc_type, exc, args.exc_traceback))
        details = "".join(traceback.format_exception(args.exc_type, exc, args.exc_traceback))
        self._queue(_summary(args.exc_type, exc), details, (args.exc_type.__name__, *_origin(args.exc_traceback)))

    def handle_qt_message(self, mode: QtMsgType, context: Any, message: str) -> None:
        """Qt's message handler: debug/info/warning go to the log; critical and fatal also get the Python stack
        that led to them; critical shows the dialog; fatal saves a recovery copy (Qt aborts next)."""
        file = getattr(context, "file", None)
        where = f" ({file}:{getattr(context, 'line', 0)})" if file else ""
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            stack = "".join(traceback.format_stack()[:-1])
            fatal = mode == QtMsgType.QtFatalMsg
            qt_logger.critical(
                "Qt %s: %s%s\nPython stack:\n%s", "fatal error" if fatal else "critical", message, where, stack
            )
            if fatal:
                self._emergency_save()
                for handler in logging.getLogger().handlers:
                    handler.flush()
            else:
                self._queue(f"Qt: {message}", stack, ("qt", message))
        elif mode == QtMsgType.QtWarningMsg:
            qt_logger.warning("%s%s", message, where)
        else:
            qt_logger.debug("%s%s", message, where)

    def _queue(self, summary: str, details: str, key: object) -> None:
        """Show the dialog once the UI thread's loop turns. At exit PySide's exit handler deletes every QObject
        Python owns, this one among them, before QApplication's destructor waits for the thread pool: an error
        after that is in the log already, and there is no window to show it in. (Emitting through the deleted
        object raised inside this hook: "Error in sys.excepthook ... Signal source has been deleted".)"""
        try:
            self._queued.emit(summary, details, key)
        except RuntimeError:  # "Signal source has been deleted": only at exit
            logger.info("no crash dialog: the app is exiting")

    # --- reactions ---------------------------------------------------------------------------------------
    def _emergency_save(self) -> None:
        doc = self.document
        if doc is None or not doc.is_modified():
            return
        try:
            save_recovery_copy(doc)
        except Exception:  # the process is going down: record why the copy failed, never raise from here
            logger.exception("could not save a recovery copy")

    def _show(self, summary: str, details: str, key: object) -> None:
        try:
            self._show_dialog(summary, details, key)
        except Exception:  # a broken crash dialog must not hide the error it was about
            logger.exception("the crash dialog failed")

    def _show_dialog(self, summary: str, details: str, key: object) -> None:
        if not isinstance(QApplication.instance(), QApplication):
            return
        if self._showing:
            logger.info("another error while the crash dialog is open: logged only")
            return
        if key in self._shown:
            logger.info("the same error again: logged only, no second dialog")
            return
        self._shown.add(key)
        doc = self.document
        recover: Callable[[], Path] | None = None
        if doc is not None and doc.is_modified():
            recover = lambda: save_recovery_copy(doc)  # noqa: E731
        dialog = CrashDialog(summary, details, log_file(), recover, doc.display_name() if doc else "", self.window)
        if self.window is None:  # a crash before the main window (which widens its dialogs) exists
            watch_dialogs(dialog)
        self._showing = True
        try:
            dialog.exec()
        finally:
            self._showing = False
            dialog.deleteLater()
