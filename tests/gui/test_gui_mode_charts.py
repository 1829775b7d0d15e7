"""Each mode has its own pair of charts, shown in the same places (MainWindow.chart_pair, gui/widgets/mode_slot.py):
a switch shows the other pair instead of laying one pair out anew. The pair not shown is given the other mode's
scenario once the user pauses, so a switch after a pause updates no chart. What a chart shows must never depend on
that: each test below compares a chart shown by a switch with the same chart given the view afresh."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from gui.charts.base import ChartWidget
from gui.main_window import MainWindow
from gui.preferences import Preferences
from gui.theme import ThemeManager
from tests.gui.helpers import (
    ScenePaints,
    assert_computed_afresh,
    drain,
    on_screen,
    painted_live,
    settle,
    show_bench_scenario,
)


def _switch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workload = window.editor.workload
    (workload.inference if window.document.scenario.workload.mode == "training" else workload.training).setChecked(True)
    settle(qtbot, window)
    drain()


def _given_afresh(chart: ChartWidget, window: MainWindow) -> QImage:
    """The chart's pixels after it is given the window's view again (what a switch that updates it shows)."""
    view = window.presenter.view
    assert view is not None
    chart.set_view(view)
    drain()
    return chart.grab().toImage()


def _texts(chart: ChartWidget) -> tuple[str, list[str]]:
    return chart.title.text, [row.label for row in chart.legend.entries]


def test_a_switch_after_a_pause_shows_what_the_view_shows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Edits in one mode, a pause (the other pair is brought up to date), a switch: no chart is updated at the switch,
    and each shows, pixel for pixel, what it shows when given the view at the switch."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    updated: list[str] = []
    for mode in ("inference", "training"):
        for chart in window.chart_pair(mode):
            chart.updated.connect(lambda c=chart: updated.append(type(c).__name__))
    for batch, gpu in ((3, "a100-sxm4-80gb"), (5, "rtx-4090-24gb"), (2, "h100-sxm-80gb")):
        workload.batch.setValue(batch)
        window.editor.gpu_picker.tree.picked.emit(gpu)
        settle(qtbot, window)
        drain()
        # the pause: the preparation starts READY_AFTER_MS after the view and runs a step per turn of the loop
        qtbot.waitUntil(lambda: not window._ready_timer.isActive() and window._ready_job is None, timeout=10_000)
        updated.clear()
        _switch(qtbot, window)
        assert updated == []  # shown as they were made ready
        for chart in window.charts.values():
            assert chart.isVisible()
            shown, texts = chart.grab().toImage(), _texts(chart)
            assert _given_afresh(chart, window) == shown, type(chart).__name__
            assert _texts(chart) == texts


def test_a_switch_after_a_pause_takes_the_view_computed_during_the_pause(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The preparation computed the other mode's view: the switch shows it instead of computing it again, and it is
    the view computed afresh for the switched scenario (figures, sweeps, largest context and batch)."""
    import gui.presenter as presenter

    show_bench_scenario(qtbot, window)
    computed: list[str] = []
    compute_view = presenter.compute_view

    def counted(scenario, axis="context"):  # type: ignore[no-untyped-def]
        computed.append(scenario.workload.mode)
        return compute_view(scenario, axis)

    monkeypatch.setattr(presenter, "compute_view", counted)
    for batch in (3, 5):
        window.editor.workload.batch.setValue(batch)
        settle(qtbot, window)
        drain()
        qtbot.waitUntil(lambda: not window._ready_timer.isActive() and window._ready_job is None, timeout=10_000)
        other = "inference" if window.document.scenario.workload.mode == "training" else "training"
        assert computed[-1] == other  # computed during the pause
        computed.clear()
        _switch(qtbot, window)
        assert computed == []  # not again at the switch
        view = window.presenter.view
        assert view is not None and view.scenario == window.document.scenario
        assert view.scenario.workload.mode == other and view.scenario.workload.batch == batch
        assert_computed_afresh(view, window.document.scenario, window.presenter.axis)
    # an edit after the pause: the view kept for the switch is not the scenario's, and is computed anew
    window.editor.workload.batch.setValue(2)
    settle(qtbot, window)
    assert computed[-1:] == [window.document.scenario.workload.mode]
    monkeypatch.setattr(presenter, "compute_view", compute_view)  # (not undo(): the fixtures' patches stay)


def test_a_switch_right_after_an_edit_updates_the_charts_it_shows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """No pause: the pair shown last showed the scenario before the edit; the switch gives it the new one."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    for batch in (3, 6, 2, 7):
        workload.batch.setValue(batch)
        drain()
        window._ready_timer.stop()  # the switch comes before the pause would end
        _switch(qtbot, window)
        view = window.presenter.view
        assert view is not None and view.scenario.workload.batch == batch
        for chart in window.charts.values():
            assert chart.view is not None and chart.view.scenario == view.scenario
            shown = chart.grab().toImage()
            assert _given_afresh(chart, window) == shown, type(chart).__name__


def test_the_unit_and_the_theme_reach_the_charts_not_shown(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, preferences: Preferences, restore_look: None
) -> None:
    """A unit or a theme chosen in one mode: the other mode's charts, hidden then, show it after a switch."""
    manager = ThemeManager(qapp, preferences)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    show_bench_scenario(qtbot, window)
    _switch(qtbot, window)  # both pairs built and shown once
    _switch(qtbot, window)
    hidden = window.chart_pair("training")
    preferences.set_theme("dark")
    assert manager.wants_dark()
    preferences.set_unit("GB")
    qtbot.waitUntil(lambda: all(chart.style_.dark for chart in hidden))
    _switch(qtbot, window)
    assert window.charts["context"] is hidden[1]
    for chart in window.charts.values():
        assert chart.style_.dark and chart.unit == "GB"
        assert chart.backgroundBrush().color().lightness() < 80
        shown = chart.grab().toImage()
        assert _given_afresh(chart, window) == shown, type(chart).__name__
    preferences.set_theme("light")
    preferences.set_unit("GiB")


def test_an_update_with_the_same_view_keeps_the_labels_wording_and_places(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The layout of the context chart's labels words them (one line or two) and is skipped when nothing it depends
    on moved. Each update set the current value's label back to one line: an update with the same view (a change
    of theme; a chart given the view again) left it on one line at the place found for two, across the fit's label
    (the bench's scenario at batch 6, seen: "current 4,096 tokens: 21.2 GiB" over "fits up to 5,785 tokens")."""
    show_bench_scenario(qtbot, window)
    window.editor.workload.batch.setValue(6)
    settle(qtbot, window)
    drain()
    chart = window.context_chart
    labels = [chart.usable_label, chart.current_label, chart.fit_label, *chart.phase_labels]

    def placed() -> list[tuple[bool, object, str]]:
        return [(label.isVisible(), label.pos(), label.toPlainText()) for label in labels]

    before, image = placed(), chart.grab().toImage()
    assert "\n" in chart.current_label.toPlainText()  # two lines here: one has no room beside its line
    chart.apply_style()  # what a change of theme does
    drain()
    assert placed() == before
    assert chart.grab().toImage() == image


def test_a_preparation_cut_short_by_an_edit_leaves_the_switch_correct(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The preparation runs a step per turn of the event loop; an edit between two steps ends it (the prepared
    view is not the new scenario's), and the switch then updates the charts it shows."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    window._ready_other_mode()  # the pair built and ready for the scenario shown
    workload.batch.setValue(4)
    settle(qtbot, window)
    drain()
    window._ready_timer.stop()
    window._ready_in_steps()  # the view computed (the first step); the charts not yet given it
    workload.batch.setValue(7)  # an edit before the next step
    settle(qtbot, window)
    drain()  # the remaining steps run here and stop: the view they prepared for is gone
    assert window._ready_job is None
    window._ready_timer.stop()
    hidden = window.chart_pair("training")
    assert all(chart.view is not None and chart.view.scenario.workload.batch != 7 for chart in hidden)
    _switch(qtbot, window)
    for chart in window.charts.values():
        assert chart in hidden
        assert chart.view is not None and chart.view.scenario.workload.batch == 7
        shown = chart.grab().toImage()
        assert _given_afresh(chart, window) == shown, type(chart).__name__


def test_a_preparation_that_fails_is_logged_and_leaves_the_switch_to_say_why(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, caplog
) -> None:
    """The preparation is work the user did not ask for: a refusal of the other mode's scenario is said only if the
    user switches (by the presenter, as for any edit), and an unexpected error is logged, never raised from the
    timer into the window."""
    import logging

    import gui.presenter as presenter

    show_bench_scenario(qtbot, window)
    compute_view = presenter.compute_view

    def refuse(*_args: object) -> None:
        raise ValueError("refused")

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    for fails, logged in ((refuse, []), (broken, ["preparing the training charts failed"])):
        monkeypatch.setattr(presenter, "compute_view", fails)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="gui.main_window"):
            window._ready_other_mode()
        assert [r.getMessage().split(" for ")[0] for r in caplog.records] == logged
        assert "training" not in window._chart_pairs  # nothing built for a view it could not make
    monkeypatch.setattr(presenter, "compute_view", compute_view)  # (not undo(): the fixtures' patches stay)
    _switch(qtbot, window)  # the switch itself works as ever
    assert window.document.scenario.workload.mode == "training"
    for chart in window.charts.values():
        assert chart.shows(window.presenter.view)  # type: ignore[arg-type]


def _pause(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The user's pause: the preparation of the other mode's charts starts and ends."""
    qtbot.waitUntil(lambda: not window._ready_timer.isActive() and window._ready_job is None, timeout=10_000)


def test_a_switch_after_a_pause_shows_the_charts_painted_during_it(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The preparation paints the other mode's charts into pictures (ChartWidget.take_picture), and a switch after the
    pause shows them: neither chart's scene is painted at the switch, and the window shows, pixel for pixel, what
    the charts' scenes paint when painted again. The bench's scenario on an H100, which fits in both modes (the
    answer keeps its height in each mode, so each chart is shown again where it was)."""

    show_bench_scenario(qtbot, window)
    window.editor.gpu_picker.tree.picked.emit("h100-sxm-80gb")
    settle(qtbot, window)
    paints = ScenePaints(window, monkeypatch)
    workload = window.editor.workload
    for step, batch in enumerate((3, 5, 2, 6, 4, 7)):
        workload.batch.setValue(batch)
        settle(qtbot, window)
        drain()
        _pause(qtbot, window)
        paints.clear()
        _switch(qtbot, window)
        if step >= 2:  # each mode's pair shown once before (a hidden chart keeps the size and place it was shown at)
            assert paints.scene() == [], step
        for chart in window.charts.values():
            assert on_screen(chart, window) == painted_live(chart, window), (step, type(chart).__name__)


def test_a_chart_painted_ahead_and_changed_meanwhile_is_painted_afresh(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, preferences: Preferences, restore_look: None
) -> None:
    """A picture painted during the pause and a change while the chart is hidden (the unit, the theme, the window's
    size): the switch shows the change, as the chart's scene paints it, never the picture."""
    manager = ThemeManager(qapp, preferences)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    show_bench_scenario(qtbot, window)
    window.editor.gpu_picker.tree.picked.emit("h100-sxm-80gb")
    settle(qtbot, window)

    def unit() -> None:
        preferences.set_unit("GB")

    def theme() -> None:
        preferences.set_theme("dark")
        qtbot.waitUntil(manager.wants_dark)

    def size() -> None:
        window.resize(1300, 860)

    for change in (unit, theme, size):
        for _round in range(2):  # each mode's pair shown once, then made ready in the pause
            _switch(qtbot, window)
        _pause(qtbot, window)
        hidden = window.chart_pair("training" if window.document.scenario.workload.mode == "inference" else "inference")
        assert all(chart.has_picture() for chart in hidden)  # painted ahead
        change()
        drain()
        _switch(qtbot, window)
        for chart in window.charts.values():
            assert chart in hidden
            assert on_screen(chart, window) == painted_live(chart, window), (change.__name__, type(chart).__name__)
        vram = window.charts["breakdown"]
        assert "GB" in vram.plot.getAxis("bottom").labelText and "GiB" not in vram.plot.getAxis("bottom").labelText
    assert window.charts["context"].style_.dark
    preferences.set_theme("light")
    preferences.set_unit("GiB")
    window.document.undo_stack.setClean()


def test_a_chart_too_large_to_paint_ahead_is_painted_at_the_switch(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The canvas a picture is painted on spans the window from its corner to the chart's: past
    PICTURE_CANVAS_BYTES (a huge window at a high pixel ratio) no picture is painted, and the switch paints the
    charts from their scenes as before. Here the bound is set below any chart's canvas."""
    monkeypatch.setattr(ChartWidget, "PICTURE_CANVAS_BYTES", 1)
    show_bench_scenario(qtbot, window)
    window.editor.gpu_picker.tree.picked.emit("h100-sxm-80gb")
    settle(qtbot, window)
    for _round in range(2):
        _switch(qtbot, window)
    _pause(qtbot, window)
    hidden = window.chart_pair("training" if window.document.scenario.workload.mode == "inference" else "inference")
    assert not any(chart.has_picture() for chart in hidden)
    _switch(qtbot, window)
    for chart in window.charts.values():
        assert chart in hidden
        assert on_screen(chart, window) == painted_live(chart, window), type(chart).__name__
