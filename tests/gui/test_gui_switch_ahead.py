"""The other mode's charts prepared ahead (gui/switch_ahead.py): a switch shows exactly what a switch without them
shows, never a preparation made for another scenario, and the window's names keep naming the charts shown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QImage

from gui.edits import with_changes
from gui.main_window import MainWindow
from gui.preferences import Preferences
from gui.switch_ahead import PAUSE_MS
from tests.gui.helpers import drain, llama_4090_q4, settle

TRAINING, INFERENCE = {"workload.mode": "training"}, {"workload.mode": "inference"}


def _window(qtbot: Any, preferences: Preferences, size: tuple[int, int], prepare: bool) -> MainWindow:
    w = MainWindow(preferences)
    qtbot.addWidget(w)
    w.fit_presenter.set_active = lambda _active: None  # type: ignore[method-assign]  # (no background job)
    w.fit_presenter._timer.timeout.disconnect()
    if not prepare:
        w.switch_ahead._pause.timeout.disconnect()  # the oracle: every switch computed and laid out as it comes
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.document.new(with_changes(llama_4090_q4(4096), {"runtime.name": "hf", "precision.weights": "nf4"}))
    settle(qtbot, w)
    drain()
    return w


@pytest.fixture(params=[(1440, 940), (1280, 720)], ids=["1440x940", "1280x720"])
def pair(qtbot, preferences: Preferences, request: pytest.FixtureRequest) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    """Two windows given the same edits: the first prepares the other mode ahead, the second never does."""
    windows = (_window(qtbot, preferences, request.param, True), _window(qtbot, preferences, request.param, False))
    yield windows
    for w in windows:
        w.document.undo_stack.setClean()


def _switch(qtbot: Any, w: MainWindow, mode: str) -> None:
    workload = w.editor.workload
    (workload.training if mode == "training" else workload.inference).setChecked(True)
    settle(qtbot, w)
    drain()


def _edit(qtbot: Any, w: MainWindow, changes: dict[str, object]) -> None:
    if set(changes) == {"workload.mode"}:
        _switch(qtbot, w, str(changes["workload.mode"]))
    else:
        w.document.set_fields(changes)
        settle(qtbot, w)
        drain()


def _grab(w: MainWindow) -> QImage:
    return w.grab().toImage()


def test_a_prepared_switch_shows_what_a_switch_without_it_shows(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    ahead, oracle = pair
    steps = [TRAINING, INFERENCE, {"workload.batch": 4}, TRAINING, {"workload.context": 9000}, INFERENCE]
    steps += [{"gpu.id": "a100-sxm4-80gb"}, TRAINING, INFERENCE, {"training.finetune": "lora"}, TRAINING, INFERENCE]
    prepared = 0
    for changes in steps:
        shown = ahead.charts_splitter
        if set(changes) == {"workload.mode"}:
            qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
        for w in pair:
            _edit(qtbot, w, changes)
        assert ahead.document.scenario == oracle.document.scenario
        if set(changes) == {"workload.mode"}:
            assert ahead.charts_splitter is not shown  # the pair prepared ahead is the pair shown now
            prepared += 1
        assert _grab(ahead) == _grab(oracle), changes
        for name, chart in ahead.charts.items():
            assert chart.grab().toImage() == oracle.charts[name].grab().toImage(), (changes, name)
    assert prepared == 8


def test_the_window_names_the_charts_shown(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    w = pair[0]
    before = dict(w.charts)
    qtbot.waitUntil(w.switch_ahead.ready, timeout=5000)
    _switch(qtbot, w, "training")
    assert all(w.charts[name] is not chart for name, chart in before.items())
    assert (w.vram_chart, w.context_chart) == (w.charts["breakdown"], w.charts["context"])
    for chart in (w.charts_splitter, w.vram_chart, w.context_chart):
        assert chart.isVisible()
    assert not any(chart.isVisible() for chart in before.values())
    assert w.vram_chart.parentWidget() is w.charts_splitter
    # what the charts shown ask for reaches the window: the axis switch, a copy of the image
    copied: list[str] = []
    w.exports.copy_image = copied.append  # type: ignore[method-assign]
    w.context_chart.copy_requested.emit("context")
    assert copied == ["context"]
    w.context_chart.axis_requested.emit("batch")
    settle(qtbot, w)
    assert w.presenter.axis == "batch" and w.context_chart.view is not None and w.context_chart.view.axis == "batch"


def test_a_preparation_for_another_scenario_is_never_shown(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    """Prepared, then the scenario edited (the batch, a field the mode's preparation does not look at): the switch
    that follows computes its view and lays it out, as a switch without preparation does."""
    ahead, oracle = pair
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    prepared_for = ahead.switch_ahead._ready.view.scenario  # type: ignore[union-attr]
    for w in pair:
        w.document.set_fields({"workload.batch": 3})
        settle(qtbot, w)  # (drain() not called: the switch follows at once, before any new preparation)
    shown = ahead.charts_splitter
    for w in pair:
        _switch(qtbot, w, "training")
    assert ahead.document.scenario != prepared_for
    assert ahead.charts_splitter is shown  # not the pair prepared for batch 1
    assert ahead.context_chart.view is not None and ahead.context_chart.view.scenario == ahead.document.scenario
    assert _grab(ahead) == _grab(oracle)


def test_a_new_unit_drops_what_was_prepared(  # type: ignore[no-untyped-def]
    qtbot, pair: tuple[MainWindow, MainWindow], preferences: Preferences
) -> None:
    ahead, oracle = pair
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    preferences.set_unit("GB")  # (both windows)
    assert not ahead.switch_ahead.ready()
    shown = ahead.charts_splitter
    for w in pair:
        _switch(qtbot, w, "training")
    assert ahead.charts_splitter is shown
    assert ahead.context_chart.unit == "GB"
    assert _grab(ahead) == _grab(oracle)
    preferences.set_unit("GiB")


def test_the_splitter_the_user_moved_is_kept(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    """The splitter between the charts moved after a preparation: prepared again, with the user's sizes."""
    ahead, oracle = pair
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    for w in pair:
        splitter = w.charts_splitter
        splitter.moveSplitter(splitter.sizes()[0] + 60, 1)  # as a drag of its handle does (splitterMoved)
        drain()
    assert ahead.charts_splitter.sizes() == oracle.charts_splitter.sizes()
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    shown = ahead.charts_splitter
    for w in pair:
        _switch(qtbot, w, "training")
    assert ahead.charts_splitter is not shown
    assert ahead.charts_splitter.sizes() == oracle.charts_splitter.sizes()
    assert _grab(ahead) == _grab(oracle)


def test_the_presenter_shows_a_view_offered_only_for_its_very_scenario(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from gui.presenter import compute_view

    settle(qtbot, window)
    doc = window.document
    offered = compute_view(with_changes(doc.scenario, {"workload.mode": "training", "workload.batch": 2}))
    window.presenter.offer(offered)
    doc.set_fields({"workload.mode": "training"})  # training, but at batch 1: not the scenario offered for
    settle(qtbot, window)
    assert window.presenter.view is not offered and window.presenter.view is not None
    assert window.presenter.view.scenario == doc.scenario
    window.presenter.offer(compute_view(with_changes(doc.scenario, {"workload.batch": 2})))
    offered = window.presenter._ahead[0]  # type: ignore[index]
    doc.set_fields({"workload.batch": 2})
    settle(qtbot, window)
    assert window.presenter.view is offered


def test_another_theme_drops_what_was_prepared(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from gui.theme import make_palette

    ahead, oracle = pair
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    app.setPalette(make_palette(dark=True))  # what the View ▸ Theme menu's ThemeManager does
    drain()
    try:
        assert not ahead.switch_ahead.ready()
        qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)  # prepared again, in the dark theme
        shown = ahead.charts_splitter
        for w in pair:
            _switch(qtbot, w, "training")
        assert ahead.charts_splitter is not shown
        assert _grab(ahead) == _grab(oracle)
    finally:
        app.setPalette(before)


def test_nothing_is_prepared_while_another_tab_is_shown(qtbot, pair: tuple[MainWindow, MainWindow]) -> None:  # type: ignore[no-untyped-def]
    ahead, oracle = pair
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)
    for w in pair:
        w.show_compare()
    assert not ahead.switch_ahead.ready()
    qtbot.wait(2 * PAUSE_MS)
    assert not ahead.switch_ahead.ready() and not ahead.switch_ahead.preparing()
    for w in pair:
        w.views.setCurrentWidget(w.charts_page)
    qtbot.waitUntil(ahead.switch_ahead.ready, timeout=5000)  # the charts seen again: prepared again
    shown = ahead.charts_splitter
    for w in pair:
        _switch(qtbot, w, "training")
    assert ahead.charts_splitter is not shown
    assert _grab(ahead) == _grab(oracle)


def test_the_pair_prepared_ahead_is_built_after_launch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Not at launch (two more charts: 50-120 ms before the first paint), but by the first preparation."""
    assert window.switch_ahead.spare is None
    window.resize(1440, 940)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    qtbot.waitUntil(window.switch_ahead.ready, timeout=5000)
    spare = window.switch_ahead.spare
    assert spare is not None and spare.isHidden() and spare.parentWidget() is window.charts_splitter.parentWidget()
