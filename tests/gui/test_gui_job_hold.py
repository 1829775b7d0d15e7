"""Background jobs wait while the window handles an edit (gui/workers.hold_jobs, core.pace). Python runs one
thread at a time: a job computing beside an edit took the interpreter each time the window called into Qt, and the
window waited up to Python's switch interval (5 ms) to get it back, call after call. Measured on the 2-core
development machine (the fit explorer's job for Llama 3.1 8B NF4 training on an RTX 4090, a batch edit made 300 ms
after the previous one, so that the job runs; 40 edits): edit to both charts repainted, p95 82-137 ms and up to
180 ms, against 17-21 ms with no job running; with the jobs held, p95 19-22 ms, at most 26 ms (docs/gui-latency.md)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core import pace
from gui import workers
from gui.main_window import MainWindow


@pytest.fixture
def released() -> Iterator[None]:
    yield
    workers.release_jobs()


def _job(passed: list[str], gate: threading.Event) -> object:
    def job(_report: object) -> str:
        passed.append("started")
        gate.set()
        pace.checkpoint()
        passed.append("past the checkpoint")
        return "done"

    return job


def test_a_held_job_stops_at_its_checkpoint_until_released(qtbot, released: None) -> None:  # type: ignore[no-untyped-def]
    passed: list[str] = []
    started = threading.Event()
    done: list[object] = []
    workers.hold_jobs(seconds=60)
    signals = workers.start(_job(passed, started), done.append, done.append)  # type: ignore[arg-type]  # (kept)
    assert started.wait(10)
    qtbot.wait(200)  # the job has had time to go on, were it not held
    assert passed == ["started"]
    workers.release_jobs()
    qtbot.waitUntil(lambda: done == ["done"], timeout=10_000)
    assert passed == ["started", "past the checkpoint"]
    del signals


def test_the_main_thread_passes_its_checkpoints_while_jobs_are_held(released: None) -> None:
    """The window's own estimate builds memory models too (each a checkpoint): held, it would wait for itself."""
    workers.hold_jobs(seconds=60)
    pace.checkpoint()  # returns at once (a wait here would fail the test by its 60 s hold, not hang it)
    assert workers.jobs_held()


def test_a_hold_expires(released: None) -> None:
    """An edit that ends with no view to show (a refusal) must not stall the jobs: the hold has an end."""
    workers.hold_jobs(seconds=0.0)
    assert not workers.jobs_held()


def test_an_edit_holds_the_jobs_until_the_window_shows_it(qtbot, window: MainWindow, released: None) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.presenter.pending(), timeout=10_000)
    shown: list[bool] = []
    window.context_chart.updated.connect(lambda: shown.append(workers.jobs_held()))  # (inside MainWindow._show_view)
    window.document.set_field("workload.batch", 3)
    assert workers.jobs_held()  # from the edit on
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [True]  # still held while the view was being shown
    qtbot.waitUntil(lambda: not workers.jobs_held(), timeout=1_000)  # released once it was (not by the hold's end)


def test_a_switch_to_charts_drawn_ahead_is_painted_before_the_jobs_are_released(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, released: None
) -> None:
    """A switch after a pause shows charts already drawn for the scenario (MainWindow._ready_other_mode): their
    scenes hand nothing over, and nothing sent the window's repaint inside the edit. It waited for the event loop's
    next turn, after the jobs' release, and a fit explorer job computing then took the interpreter first: such a
    switch, 20-40 ms in the latency bench where the charts' paint came before the release in 12 ms. Now both charts
    are painted before the jobs are released."""
    from PySide6.QtCore import QEvent

    from tests.gui.helpers import drain, events_seen, settle, show_bench_scenario

    show_bench_scenario(qtbot, window)
    names = {}  # each chart's viewport: the chart's name (both modes' pairs)
    for mode in ("inference", "training"):
        for name, chart in zip(window.charts, window.chart_pair(mode), strict=True):  # type: ignore[arg-type]
            names[chart.viewport()] = name
    painted: set[str] = set()
    seen = events_seen(QEvent.Type.Paint, *names, record=lambda obj, _event: painted.add(names[obj]))
    at_release: list[set[str]] = []
    release = workers.release_jobs
    monkeypatch.setattr(workers, "release_jobs", lambda: (at_release.append(set(painted)), release()))
    workload = window.editor.workload
    with seen:
        for button in (workload.training, workload.inference, workload.training):
            window._ready_other_mode()  # what a pause does
            drain()
            painted.clear()
            at_release.clear()
            button.setChecked(True)
            settle(qtbot, window)
            drain()
            assert at_release[0] == {"breakdown", "context"}


def test_a_press_while_a_job_runs_holds_it_before_the_click_ends(qtbot, window: MainWindow, released: None) -> None:  # type: ignore[no-untyped-def]
    """A click's edit comes at its release, and the document holds the jobs only then: the click's own handling waited
    for the interpreter after its calls into Qt. The press holds them: by the release the job is waiting at its
    checkpoint. The filter that sees the press is installed only while a job runs, and goes at the first press; the
    window's release of the jobs installs it again while one runs, and it goes once none does."""
    window.show()
    qtbot.waitExposed(window)
    passed: list[str] = []
    started = threading.Event()
    go_on = threading.Event()
    done: list[object] = []

    def job(_report: object) -> str:
        passed.append("started")
        started.set()
        go_on.wait(10)  # until the test has pressed
        pace.checkpoint()
        passed.append("past the checkpoint")
        return "done"

    assert not workers.presses_hold_jobs()
    signals = workers.start(job, done.append, done.append)  # type: ignore[arg-type]  # (kept)
    assert started.wait(10)
    assert workers.presses_hold_jobs() and not workers.jobs_held()
    button = window.editor.workload.training
    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, 8))
    assert workers.jobs_held() and not workers.presses_hold_jobs()  # held at the press, and the filter gone
    go_on.set()
    qtbot.wait(200)  # the job has had time to go on, were it not held
    assert passed == ["started"]
    workers.release_jobs()  # (what the window does once it shows an edit)
    qtbot.waitUntil(lambda: done == ["done"], timeout=10_000)
    assert passed == ["started", "past the checkpoint"]
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, 8))
    qtbot.waitUntil(lambda: not workers.presses_hold_jobs(), timeout=5_000)  # no job: the first event removed it
    del signals
