"""Background work (model import, Hub fetch) on Qt's thread pool. The job runs off the UI thread and only
returns a value; the result and progress arrive on the UI thread through queued signals, where the caller
applies them to the document. A failed job logs its traceback (the log file keeps it) and reports a short message:
an input problem's own words, or for anything unexpected its type, its message and where the log is."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from core.errors import SizingError
from core.messages import Message
from core.reasons import os_detail
from gui.log_file import log_file

logger = logging.getLogger(__name__)

# Workers the pool is running, held here until their run() returns: the pool owns the C++ runnable, but nothing
# else holds the Python object (its job, its signals), and a garbage collection on the UI thread while the job ran
# once freed them under it (a segmentation fault in the test suite: a window torn down while its fit explorer job
# was still computing).
_running: set[Worker] = set()
_running_lock = threading.Lock()


def failure_message(exc: BaseException) -> str:
    """What the user reads about a failed job. A SizingError (a bad file, an unknown id, an unreachable Hub) or
    an OSError names the problem itself (as the engine's `Message` when it made one, which the window says in its
    language: gui.i18n_engine.engine_text); anything else is a bug, said as such, with the log's path."""
    if isinstance(exc, SizingError | OSError):
        if len(exc.args) == 1 and isinstance(exc.args[0], Message) and str(exc) == exc.args[0]:
            return exc.args[0]
        if isinstance(exc, OSError) and str(exc):
            return os_detail(exc)  # "[Errno 13] Permission denied: 'x'", said by its errno in the window
        return str(exc) or type(exc).__name__
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    path = log_file()
    where = (
        QCoreApplication.translate("Worker", "The log file has the details: {0}").format(path)
        if path is not None
        else ""
    )
    return QCoreApplication.translate("Worker", "Unexpected error ({0}). {1}").format(text, where).strip()


class WorkerSignals(QObject):
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # what went wrong (a str or a Message: failure_message); the log has the traceback
    progress = Signal(int, str)  # percent (-1: unknown), what is happening


class Worker(QRunnable):
    """Runs `job(report)` where `report(percent, text)` may be called from the job's thread."""

    def __init__(self, job: Callable[[Callable[[int, str], None]], Any], name: str = "background job") -> None:
        super().__init__()
        self.job = job
        self.name = name
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self.job(self.signals.progress.emit)
            except Exception as exc:  # any failure of an import is reported to the user, never a crash
                if isinstance(exc, SizingError | OSError):
                    logger.warning("%s failed: %s", self.name, exc, exc_info=True)
                else:
                    logger.error("%s failed with an unexpected error", self.name, exc_info=True)
                self.signals.failed.emit(failure_message(exc))
                return
            self.signals.finished.emit(result)
        finally:
            with _running_lock:
                _running.discard(self)


def start(
    job: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, str], None] | None = None,
    name: str = "background job",
) -> WorkerSignals:
    """Start `job` on the global pool. The signals object lives on the calling (UI) thread, so the callbacks run
    there. Keep the returned object until `finished` or `failed` arrives."""
    worker = Worker(job, name)
    signals = worker.signals
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    with _running_lock:
        _running.add(worker)
    QThreadPool.globalInstance().start(worker)
    return signals
