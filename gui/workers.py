"""Background work (model import, Hub fetch, the fit explorer's and the comparison's sweeps) on daemon threads. The
job runs off the UI thread and only returns a value; the result and progress arrive on the UI thread through
queued signals, where the caller applies them to the document. A failed job logs its traceback (the log file keeps
it) and reports a short message: an input problem's own words, or for anything unexpected its type, its message and
where the log is.

A job whose results nobody wants any more (its window closed, the app exiting) is dropped (`drop`): it reports
nothing, and one still waiting in the queue does not run. A running job cannot be interrupted (a Python function on
another thread): it runs to its end, into nothing, or until the process exits. The threads are daemon threads of
this module's own (as many as the machine has cores, as Qt's global pool), not Qt's pool: QApplication's destructor
waits for every job of Qt's global pool to end, and the process stayed after its window had closed until a Hub
fetch that hung offline ended (up to about 25 s, huggingface_hub's time-outs) or a fit explorer's sweep did. Python
does not wait for daemon threads at exit. At the interpreter's exit every job is dropped before PySide's own exit
handler deletes the QObjects Python owns (a running job's signals among them): a job ending then once emitted
through its deleted signals ("RuntimeError: Signal source has been deleted" on stderr at every exit during a
fit-explorer job)."""

from __future__ import annotations

import atexit
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from core import pace
from core.errors import SizingError
from core.messages import Message
from core.reasons import os_detail
from gui.log_file import log_file

logger = logging.getLogger(__name__)

# Workers started and not yet ended (waiting in the queue or running), held here until their run() returns: a
# garbage collection on the UI thread while a job ran once freed its signals under it (a segmentation fault in the
# test suite, when the jobs ran on Qt's pool, which held only the C++ runnable: a window torn down while its fit
# explorer job was still computing).
_running: set[Worker] = set()
_running_lock = threading.Lock()
_ended = threading.Condition(_running_lock)  # notified as each worker ends (wait_for_done)
_queue: queue.SimpleQueue[Worker] = queue.SimpleQueue()
_threads: list[threading.Thread] = []  # started as jobs need them, up to THREADS; each serves the queue for good
THREADS = os.cpu_count() or 1
# Held while a job emits and while it is dropped: once `drop` returns, no emit of that job is under way or to come,
# so its signals may be deleted. An emit only posts an event to the UI thread (the connections are queued).
_emit_lock = threading.RLock()


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

    def __init__(self) -> None:
        super().__init__()
        self.dropped = False  # set by `drop` (under _emit_lock): nothing is emitted any more


class Worker:
    """Runs `job(report)` where `report(percent, text)` may be called from the job's thread."""

    def __init__(self, job: Callable[[Callable[[int, str], None]], Any], name: str = "background job") -> None:
        self.job = job
        self.name = name
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            if self.signals.dropped:
                return  # dropped while it waited in the queue: nobody wants its result
            try:
                result = self.job(self._progress)
            except Exception as exc:  # any failure of an import is reported to the user, never a crash
                if isinstance(exc, SizingError | OSError):
                    logger.warning("%s failed: %s", self.name, exc, exc_info=True)
                else:
                    logger.error("%s failed with an unexpected error", self.name, exc_info=True)
                if not self.signals.dropped:  # (its message reads Qt's translations: not once the app exits)
                    self._emit("failed", failure_message(exc))
                return
            self._emit("finished", result)
        finally:
            with _running_lock:
                _running.discard(self)
                _ended.notify_all()

    def _progress(self, percent: int, text: str) -> None:
        self._emit("progress", percent, text)

    def _emit(self, name: str, *args: object) -> None:
        """Emit one of the signals unless the job was dropped: its signals may be deleted then (at exit)."""
        with _emit_lock:
            if not self.signals.dropped:
                getattr(self.signals, name).emit(*args)


def start(
    job: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, str], None] | None = None,
    name: str = "background job",
) -> WorkerSignals:
    """Start `job` on one of the module's threads. The signals object lives on the calling (UI) thread, so the
    callbacks run there. Keep the returned object until `finished` or `failed` arrives."""
    worker = Worker(job, name)
    signals = worker.signals
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    with _running_lock:
        _running.add(worker)
        if len(_threads) < min(len(_running), THREADS):  # a thread for each job waiting, up to THREADS
            thread = threading.Thread(target=_serve, name=f"gpu-sizer worker {len(_threads) + 1}", daemon=True)
            _threads.append(thread)
            thread.start()
    _queue.put(worker)
    _presses.arm()
    return signals


def _serve() -> None:
    """A thread's loop: each job in the queue in turn, for as long as the process lives."""
    while True:
        _queue.get().run()


def wait_for_done(timeout_s: float) -> bool:
    """Wait until every job started has ended (run or skipped); whether they all did within `timeout_s`."""
    with _ended:
        return _ended.wait_for(lambda: not _running, timeout_s)


def drop(signals: WorkerSignals) -> None:
    """The job behind `signals` reports nothing from now on (no finished, failed or progress), and does not run if
    it has not started. A running job is not interrupted: it ends in the background."""
    with _emit_lock:
        signals.dropped = True


def drop_all() -> None:
    """Drop every job that has not ended, and hand the interpreter over quickly from here on (the process is ending:
    see `quick_handover`)."""
    with _running_lock:
        running = list(_running)
    for worker in running:
        drop(worker.signals)
    quick_handover()


QUICK_SWITCH_S = 0.0001


def quick_handover() -> None:
    """A job still running shares the interpreter with the main thread (the GIL), and the main thread waits up to
    Python's switch interval (5 ms) to get it back each time it has let it go (every call into Qt does): the window's
    close and the interpreter's exit, beside a fit explorer job computing, took 3.3-3.6 s (measured: the exit test's
    fake sweep). Once nothing the jobs compute is wanted any more, the interval is 0.1 ms."""
    with _running_lock:
        busy = bool(_running)
    if busy:
        sys.setswitchinterval(QUICK_SWITCH_S)


# Registered after PySide6.QtCore's exit handler (imported above), so run before it: atexit runs the last
# registered first.
atexit.register(drop_all)


# Jobs held while the window handles an edit (core.pace): a job passing a checkpoint waits until the edit is shown,
# or at the latest until the hold expires (an edit that ends without a view, a refusal, must not stall the jobs).
HOLD_S = 0.25
_held_until = 0.0
_release = threading.Condition(threading.Lock())


def hold_jobs(seconds: float = HOLD_S) -> None:
    """Jobs wait at their next checkpoint until `release_jobs`, or for `seconds` at most."""
    global _held_until
    with _release:
        _held_until = time.monotonic() + seconds


def release_jobs() -> None:
    global _held_until
    with _release:
        _held_until = 0.0
        _release.notify_all()
    _presses.arm()  # the user's next press holds them again, while any runs


# What a press waits for while a job computes, until the job is held: the window's thread gets the interpreter back
# after each of its calls into Qt only when the job lets it go (at Python's switch interval, 5 ms), and the job is held
# (hold_jobs) only once the document applies the edit, after the click's own handling (a switch after a pause beside
# the fit explorer's job: wall clock p95 42-43 ms against 12-16 without the job, for the same CPU time, measured). A
# click presses before it releases, and the edit comes at the release: held at the press, the job is waiting at its
# checkpoint by then (every 0.4 ms of its work, median). A Python filter of every event of the application costs 5-8
# ms a mode switch, so this one is installed only while a job may run, and removes itself at the first press.
_PRESSES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class _PressHold(QObject):
    """Installed on the application while a job runs: the first press holds the jobs (hold_jobs) and uninstalls
    it; release_jobs installs it again while any job runs. The first event after the last job ended uninstalls it
    too."""

    def __init__(self) -> None:
        super().__init__()
        self._armed = False

    def arm(self) -> None:
        app = QCoreApplication.instance()
        if self._armed or app is None or threading.current_thread() is not threading.main_thread() or not _running:
            return
        app.installEventFilter(self)
        self._armed = True

    def disarm(self) -> None:
        app = QCoreApplication.instance()
        if self._armed and app is not None:
            app.removeEventFilter(self)
        self._armed = False

    def armed(self) -> bool:
        return self._armed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESSES:
            hold_jobs()
            self.disarm()
        elif not _running:  # (a set's emptiness, read without the lock: the last job has ended)
            self.disarm()
        return False


_presses = _PressHold()


def presses_hold_jobs() -> bool:
    """Whether the user's next press holds the running jobs (a job runs, and no press came since it started or
    since the last release)."""
    return _presses.armed()


def jobs_held() -> bool:
    return time.monotonic() < _held_until


def _checkpoint() -> None:
    if threading.current_thread() is threading.main_thread():
        return
    with _release:
        while (left := _held_until - time.monotonic()) > 0:
            _release.wait(left)


pace.set_checkpoint(_checkpoint)
