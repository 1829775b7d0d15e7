"""A click makes its edit at the release, 60-120 ms after the press. The press announces it
(ScenarioDocument.announce): the window computes the edit's view while the button is down, and for a switch between
inference and training readies the other mode's charts as a pause does. Measured (bench/gui_latency.py, the press
right after another edit, released 80 ms later): a switch 9.6-11.3 ms → 4.6-5.7 ms median on the 2-core
development machine (docs/gui-latency.md). What a chart or the answer shows must never depend on it: each test
compares what the click shows with the view computed afresh, or the screen with the chart painted again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from core.scenario import Scenario
from gui.main_window import MainWindow
from gui.presenter import compute_view
from tests.gui.helpers import (
    ScenePaints,
    assert_computed_afresh,
    drain,
    on_screen,
    painted_live,
    settle,
    show_bench_scenario,
)

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _mode_button(window: MainWindow, mode: str) -> QWidget:
    workload = window.editor.workload
    return workload.training if mode == "training" else workload.inference


def test_a_click_on_the_other_mode_right_after_an_edit_shows_charts_readied_while_the_button_was_down(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Each press comes right after a batch edit (no pause: the preparation's timer has not fired). While the button
    is down the other mode's charts are given the switched scenario and painted ahead; the press alone changes
    nothing in the document; at the release no chart's scene is painted, and the window shows, pixel for pixel,
    what the charts' scenes paint when painted again. The bench's scenario on an H100, which fits in both modes (the
    answer keeps its height in each mode, so each chart is shown again where it was)."""
    show_bench_scenario(qtbot, window)
    window.editor.gpu_picker.tree.picked.emit("h100-sxm-80gb")
    settle(qtbot, window)
    paints = ScenePaints(window, monkeypatch)
    doc = window.document
    for step, batch in enumerate((3, 5, 2, 6, 4, 7)):
        window.editor.workload.batch.setValue(batch)
        settle(qtbot, window)
        drain()
        assert window._ready_timer.isActive()  # no pause: the switch comes before the preparation would start
        window._ready_timer.stop()  # (nor will it while the test waits)
        other = "inference" if doc.scenario.workload.mode == "training" else "training"
        button = _mode_button(window, other)
        at = QPoint(8, button.height() // 2)
        before, steps = doc.scenario, doc.undo_stack.count()
        with qtbot.waitSignal(doc.coming, timeout=5000):
            QTest.mousePress(button, LEFT, NONE, at)
        qtbot.waitUntil(lambda: window._ready_job is None, timeout=10_000)
        assert (doc.scenario, doc.undo_stack.count()) == (before, steps)  # the press alone edits nothing
        if step >= 2:  # each mode's pair shown once before: pictures painted where it will be shown
            assert all(chart.has_picture() for chart in window.chart_pair(other))
        paints.clear()
        QTest.mouseRelease(button, LEFT, NONE, at)
        settle(qtbot, window)
        drain()
        assert doc.scenario.workload.mode == other and doc.scenario.workload.batch == batch
        if step >= 2:
            assert paints.scene() == [], step
        assert_computed_afresh(window.presenter.view, doc.scenario, window.presenter.axis)
        for chart in window.charts.values():
            assert chart.view is not None and chart.view.scenario == doc.scenario
            assert on_screen(chart, window) == painted_live(chart, window), (step, type(chart).__name__)


def test_a_press_that_makes_no_edit_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A press on the mode already checked announces nothing. A press on the other mode released off the button
    (the user changed their mind) readies that mode's charts and edits nothing; the next edit is shown as ever."""
    show_bench_scenario(qtbot, window)
    doc = window.document
    coming: list[Scenario] = []
    doc.coming.connect(coming.append)
    window._ready_timer.stop()
    checked = _mode_button(window, doc.scenario.workload.mode)
    QTest.mousePress(checked, LEFT, NONE, QPoint(8, checked.height() // 2))
    QTest.mouseRelease(checked, LEFT, NONE, QPoint(8, checked.height() // 2))
    drain()
    assert coming == []
    other = _mode_button(window, "training")
    before, steps = doc.scenario, doc.undo_stack.count()
    QTest.mousePress(other, LEFT, NONE, QPoint(8, other.height() // 2))
    qtbot.waitUntil(lambda: len(coming) == 1 and window._ready_job is None, timeout=10_000)
    assert coming[0].workload.mode == "training" and coming[0].workload.batch == before.workload.batch
    QTest.mouseRelease(other, LEFT, NONE, QPoint(-200, -200))  # off the button: no click
    drain()
    assert (doc.scenario, doc.undo_stack.count()) == (before, steps)
    assert window.charts["breakdown"].view is not None
    assert window.charts["breakdown"].view.scenario == before
    window.editor.workload.batch.setValue(6)
    settle(qtbot, window)
    assert doc.scenario.workload.mode == "inference"
    assert_computed_afresh(window.presenter.view, doc.scenario, window.presenter.axis)


def test_a_model_or_gpu_row_pressed_is_computed_before_its_release(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pick's view is computed while the row is pressed, and the release shows it without computing it again:
    the view shown is the one computed afresh for the picked scenario."""
    import gui.presenter as presenter

    show_bench_scenario(qtbot, window)
    doc = window.document
    for tree, field, entry in (
        (window.editor.model_picker.tree, "model", "qwen2.5-7b"),
        (window.editor.gpu_picker.tree, "gpu", "a100-sxm4-80gb"),
        (window.editor.model_picker.tree, "model", "llama-3.1-8b"),
    ):
        computed: list[tuple[str, Scenario]] = []
        stage = ["pressed"]

        def counted(scenario, axis="context"):  # type: ignore[no-untyped-def]
            computed.append((stage[0], scenario))  # noqa: B023  (read while this loop's patch is on)
            return compute_view(scenario, axis)

        monkeypatch.setattr(presenter, "compute_view", counted)
        index = tree.view_index(entry)
        tree.view.scrollTo(index)
        drain()
        at = tree.view.visualRect(index).center()
        before = doc.scenario
        QTest.mousePress(tree.view.viewport(), LEFT, NONE, at)
        qtbot.wait(80)  # the button down
        assert doc.scenario == before
        stage[0] = "released"
        QTest.mouseRelease(tree.view.viewport(), LEFT, NONE, at)
        settle(qtbot, window)
        monkeypatch.setattr(presenter, "compute_view", compute_view)  # (not undo(): the fixtures' patches stay)
        picked = doc.scenario
        assert (picked.model.preset if field == "model" else picked.gpu.id) == entry
        assert [when for when, scenario in computed if scenario == picked] == ["pressed"]
        assert_computed_afresh(window.presenter.view, picked, window.presenter.axis)


def test_the_modes_keyboard_mnemonic_announces_the_switch_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+R and Alt+I act as a click (Qt's animateClick: the button pressed at once, released 100 ms later): the
    press announces the switch, which the window readies before the release makes it."""
    show_bench_scenario(qtbot, window)
    window.activateWindow()
    doc = window.document
    coming: list[tuple[str, str]] = []  # (the mode announced, the document's mode then)
    doc.coming.connect(lambda s: coming.append((s.workload.mode, doc.scenario.workload.mode)))
    for key, mode in ((Qt.Key.Key_R, "training"), (Qt.Key.Key_I, "inference")):
        window._ready_timer.stop()  # no pause
        coming.clear()
        QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: doc.scenario.workload.mode == mode, timeout=5000)  # noqa: B023
        other = "inference" if mode == "training" else "training"
        assert coming == [(mode, other)]  # announced while the document was still in the other mode
        settle(qtbot, window)
        assert_computed_afresh(window.presenter.view, doc.scenario, window.presenter.axis)


def test_a_switch_to_a_mode_that_began_or_stopped_fitting_shows_charts_painted_where_they_go(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Where the other mode's scenario began or stopped fitting while its charts were hidden, the answer above them
    takes another height (the list of changes), and they are shown at another place and size than where they were
    hidden. They are painted ahead at the place they last had under an answer of the same kind: after one switch of
    each kind, no chart's scene is painted at a switch, and the window shows, pixel for pixel, what the charts'
    scenes paint when painted again. The bench's model in BF16 (training's full fine-tune made it so): inference
    fits on the RTX 4090 (24 GB), not on the RTX 3060 (12 GB; the weights alone take 15 GiB); training fits on
    neither. The GPU is changed in training, so that each switch to inference crosses."""
    show_bench_scenario(qtbot, window)
    doc = window.document
    doc.set_field("workload.mode", "training")  # (the weights become BF16: a full fine-tune)
    settle(qtbot, window)
    assert doc.scenario.precision.weights == "bf16"
    paints = ScenePaints(window, monkeypatch)
    fits: list[bool] = []
    for step in range(8):
        if doc.scenario.workload.mode == "training":
            window.editor.gpu_picker.tree.picked.emit(("rtx-3060-12gb", "rtx-4090-24gb")[step // 2 % 2])
        else:
            window.editor.workload.batch.setValue(1 + step % 3)
        settle(qtbot, window)
        window._ready_timer.stop()  # no pause: the press readies the other mode
        # the changes that make it fit, where it does not, arrive before the press (a user's pace), their room kept
        qtbot.waitUntil(lambda: not window.fit_presenter.pending(), timeout=20_000)
        drain()
        assert not window._ready_timer.isActive() and window._ready_job is None
        other = "inference" if doc.scenario.workload.mode == "training" else "training"
        button = _mode_button(window, other)
        at = QPoint(8, button.height() // 2)
        with qtbot.waitSignal(doc.coming, timeout=5000):
            QTest.mousePress(button, LEFT, NONE, at)
        qtbot.waitUntil(lambda: window._ready_job is None, timeout=10_000)
        paints.clear()
        QTest.mouseRelease(button, LEFT, NONE, at)
        settle(qtbot, window)
        drain()
        view = window.presenter.view
        assert view is not None and view.scenario.workload.mode == other
        fits.append(view.estimate.fit.fits)
        if step >= 4:  # both kinds of answer seen in each mode
            assert paints.scene() == [], (step, fits)
        for chart in window.charts.values():
            assert on_screen(chart, window) == painted_live(chart, window), (step, type(chart).__name__)
    assert fits[4:] == [False, False, True, False]  # (the case: inference entered fitting and not, in turn)
