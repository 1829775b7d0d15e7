"""Background work (model import, Hub fetch) on Qt's thread pool. The job runs off the UI thread and only
returns a value; the result and progress arrive on the UI thread through queued signals, where the caller
applies them to the document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    finished = Signal(object)  # the job's return value
    failed = Signal(str)  # the exception's message
    progress = Signal(int, str)  # percent (-1: unknown), what is happening


class Worker(QRunnable):
    """Runs `job(report)` where `report(percent, text)` may be called from the job's thread."""

    def __init__(self, job: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # any failure of an import is reported to the user, never a crash
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.finished.emit(result)


def start(
    job: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, str], None] | None = None,
) -> WorkerSignals:
    """Start `job` on the global pool. The signals object lives on the calling (UI) thread, so the callbacks run
    there. Keep the returned object until `finished` or `failed` arrives."""
    worker = Worker(job)
    signals = worker.signals
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(worker)
    return signals


def progress_adapter(report: Callable[[int, str], None]) -> Callable[..., None]:
    """A progress callback for engine code whose signature is not fixed yet: accepts (done, total),
    (done, total, text), (fraction,), (text,) or keyword forms, and reports percent and text."""

    def callback(*args: Any, **kwargs: Any) -> None:
        values = list(args) + list(kwargs.values())
        numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
        text = " ".join(str(v) for v in values if isinstance(v, str))
        percent = -1
        if len(numbers) >= 2 and numbers[1]:
            percent = int(100 * numbers[0] / numbers[1])
        elif len(numbers) == 1 and 0 <= numbers[0] <= 1:
            percent = int(100 * numbers[0])
        report(max(-1, min(100, percent)), text)

    return callback
