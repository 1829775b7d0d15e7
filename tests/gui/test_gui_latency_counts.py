"""Work counted per edit and at start, where a fix for the edit → repaint latency (bench/gui_latency.py) would
quietly come undone: counts, not timings (timings belong in the bench)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from gui.edits import with_changes
from gui.main_window import MainWindow
from tests.gui.helpers import drain, events_seen, llama_4090_q4, settle, show_bench_scenario, shown_quiet_axes


def test_an_edit_measures_the_answers_wrapped_height_once(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The layouts above the answer ask for its size hint many times a pass; each asked it to lay every wrapped
    label out again at the answer's width: 18 times a context edit, counted before the answer's scroll area kept
    the figure until the answer asks for a new layout. Now once for the size hint (the edit changes the answer's
    texts) and twice by QScrollArea itself (its scroll bar check, at the width with and without the bar)."""
    window.show()
    qtbot.waitExposed(window)
    window.document.new(llama_4090_q4())
    settle(qtbot, window)
    drain()
    answer = window.answer
    calls: list[int] = []
    original = answer.heightForWidth
    monkeypatch.setattr(answer, "heightForWidth", lambda width: calls.append(width) or original(width))
    context = window.editor.workload.context
    for value in (4096, 5000, 6000):
        calls.clear()
        context.setValue(value)
        drain()
        assert window.document.scenario.workload.context == value
        assert 1 <= len(calls) <= 3, (value, calls)
    # and the figure is the answer's real height at its width, not a stale one (once the area no longer keeps
    # some room below a shorter answer: test_an_answer_a_line_shorter_keeps_its_area_and_the_charts_their_size)
    scroll = window.answer_scroll
    scroll.forget_height()
    width = scroll.viewport().width()
    assert scroll.sizeHint().height() == max(original(width), answer.minimumSizeHint().height())


def test_the_compare_chart_is_built_when_its_tab_is_first_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Most sessions never open Compare: its chart (a pyqtgraph view, ~18 ms of a launch, measured) waits for
    the tab, and then shows the unit and the comparison it was given."""
    window.show()
    qtbot.waitExposed(window)
    window.document.new(llama_4090_q4())
    window.document.add_scenario()
    settle(qtbot, window)
    panel = window.compare_panel
    assert panel._chart is None
    window._set_unit("GB")
    window.show_compare()
    assert panel._chart is not None  # built before the tab's first paint
    qtbot.waitUntil(lambda: panel.comparison is not None and len(panel.chart.legend.entries) >= 2, timeout=10_000)
    assert panel.chart.unit == "GB"
    assert panel.splitter.widget(1) is panel.chart
    assert panel.chart.isVisible()


def test_an_edit_that_only_changes_the_answers_texts_lays_out_nothing_above_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt asks for a layout on every label's new text, and the answer passed that request up through the tabs,
    the splitter and the whole window on every edit (one window layout an edit, counted before the fix; 4 ms an
    edit, measured). Where the answer's size hint stays, nothing above it is laid out again; where it changes (a
    switch to training adds rows), the window is, and the charts get the new height."""
    window.show()
    qtbot.waitExposed(window)
    window.document.new(llama_4090_q4())
    settle(qtbot, window)
    drain()
    with events_seen(QEvent.Type.LayoutRequest, window, window.views, window.charts_page) as requests:
        scroll = window.answer_scroll
        for value in (4096, 5000, 6000):
            before = scroll.sizeHint()
            requests.clear()
            window.editor.workload.context.setValue(value)
            drain()
            assert window.document.scenario.workload.context == value
            assert scroll.sizeHint() == before  # the texts changed, not the answer's height
            assert requests == [], value
        answer_height = window.answer_scroll.height()
        window.editor.workload.training.setChecked(True)
        drain()
        assert window.document.scenario.workload.mode == "training"
        assert "MainWindow" in requests
        assert window.answer_scroll.height() != answer_height


def test_labels_and_markers_moved_by_an_edit_call_no_python_to_report_it(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """pyqtgraph has every item report each move and transform into Python (GraphicsObject.itemChange), for an
    auto-range the charts never use: a switch to training and back moved and rescaled the charts' labels and
    markers with 46 such calls (counted before the fix), each a call from Qt into Python. Now none (where the
    labels sit is held by tests/gui/test_gui_chart_layout.py)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    from gui.charts.base import PixelItem

    window.show()
    qtbot.waitExposed(window)
    window.document.new(llama_4090_q4())
    settle(qtbot, window)
    drain()
    geometry = {
        QGraphicsItem.GraphicsItemChange.ItemPositionChange,
        QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged,
        QGraphicsItem.GraphicsItemChange.ItemTransformChange,
        QGraphicsItem.GraphicsItemChange.ItemTransformHasChanged,
    }
    calls: list[str] = []
    others: list[str] = []  # pyqtgraph's own items still report: the count sees the calls it should
    original = pg.GraphicsObject.itemChange

    def counted(self, change, value):  # type: ignore[no-untyped-def]
        if not isinstance(self, PixelItem):
            others.append(type(self).__name__)
        elif change in geometry:
            calls.append(type(self).__name__)
        return original(self, change, value)

    monkeypatch.setattr(pg.GraphicsObject, "itemChange", counted)
    workload = window.editor.workload
    for button in (workload.training, workload.inference):
        button.setChecked(True)
        drain()
        settle(qtbot, window)
    assert window.document.scenario.workload.mode == "inference"
    assert calls == []
    assert others


def test_a_gpu_or_model_switch_lays_out_nothing_above_the_answer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A new GPU or model changes the answer's texts and, with them, its preferred width ("131,072 tokens (the
    model's maximum)" is wider than "75,713 tokens"), never its height here: the window above was laid out again
    on every such switch (counted before the fix: one window layout each; the answer's width comes from the page,
    its preferred width only sizes a new window)."""
    show_bench_scenario(qtbot, window)  # where the largest context differs per GPU
    editor = window.editor
    widths = set()
    with events_seen(QEvent.Type.LayoutRequest, window, window.views, window.charts_page) as requests:
        for pick, value in [
            (editor.gpu_picker.tree.picked, "a100-sxm4-80gb"),
            (editor.gpu_picker.tree.picked, "rtx-4090-24gb"),
            (editor.model_picker.tree.picked, "qwen2.5-7b"),
            (editor.model_picker.tree.picked, "llama-3.1-8b"),
        ]:
            height = window.answer_scroll.sizeHint().height()
            requests.clear()
            pick.emit(value)
            drain()
            settle(qtbot, window)
            drain()
            widths.add(window.answer.grid.sizeHint().width())
            assert value in (window.document.scenario.gpu.id, window.document.scenario.model.preset)
            assert window.answer_scroll.sizeHint().height() == height
            assert requests == [], value
        # the figures' preferred width did change (the answer's own may not: its usage line, wrapped, asks for the
        # width of a short line of text whatever its figures, since the line's text document is made only when the
        # line is clicked: gui/widgets/selectable_label.py)
        assert len(widths) > 1


def _edit(qtbot, window: MainWindow, action) -> None:  # type: ignore[no-untyped-def]
    action()
    drain()
    settle(qtbot, window)
    drain()


def test_the_memory_axis_keeps_its_width_from_two_to_four_digit_labels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The context chart's memory axis was as wide as its labels: "40" in inference, "2,000" in training (log
    scale), "80" on an A100; each change of width laid the plot out again and repainted the chart whole (about
    every other edit of the bench's mix). It now keeps room for four digits ("8,888"), whatever it shows."""
    from PySide6.QtGui import QFontMetricsF

    show_bench_scenario(qtbot, window)
    editor, workload = window.editor, window.editor.workload
    widths, labels = set(), set()
    for action in (
        lambda: workload.training.setChecked(True),
        lambda: editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
        lambda: workload.inference.setChecked(True),
        lambda: editor.gpu_picker.tree.picked.emit("rtx-4090-24gb"),
    ):
        _edit(qtbot, window, action)
        chart = window.context_chart  # the mode's (each mode has its charts, in the same place)
        axis = chart.plot.getAxis("left")
        chart.grab()  # painted: the axis has sized itself to what it drew
        widths.add((axis.width(), chart.plot.vb.width()))
        top = 10 ** axis.range[1] if chart.log_y else axis.range[1]  # a log axis' range is in log10 units
        labels.add(len(f"{top:,.0f}"))
    assert {2, 5} <= labels  # "40" and "2,000" were both shown
    assert len(widths) == 1
    # and the room is what "8,888" needs in the axis' font, not more than a label's width and the tick gap more
    room = QFontMetricsF(axis.style["tickFont"] or axis.font()).horizontalAdvance("8,888")
    assert room <= axis.textWidth <= room + 2


def test_the_answers_area_keeps_room_so_the_charts_keep_their_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An edit often makes the answer a line taller or shorter (a wrapped line, a row: 20-22 px). Each change of
    its height laid the whole window out again and resized both charts, which lays each out and repaints it whole
    (on a third of the batch, concurrency and GPU edits of the bench's mix, counted before). The area now keeps up
    to two lines of room below a shorter answer: the charts keep their size. A larger change (training's rows)
    still resizes it, to within two lines of the answer; another document fits it to the answer again."""
    show_bench_scenario(qtbot, window)
    gpu, workload = window.editor.gpu_picker.tree.picked, window.editor.workload
    area = window.answer_scroll

    def sizes() -> list[tuple[int, int]]:
        return [(chart.width(), chart.height()) for chart in window.charts.values()]

    def content() -> int:  # the answer's own height at the area's width
        return max(window.answer.heightForWidth(area.viewport().width()), area.min_height)

    start, start_area = sizes(), area.height()
    with events_seen(QEvent.Type.Resize, area, *window.charts.values()) as resized:
        _edit(qtbot, window, lambda: gpu.emit("rtx-4060-8gb"))  # "Does not fit": a line more
        assert content() > start_area
        assert {"ShrinkScroll", "VramChart", "ContextChart"} <= set(resized)  # grown: the charts got shorter
        grown = sizes()
        for gpu_id in ("rtx-4090-24gb", "rtx-4060-8gb", "rtx-4090-24gb"):
            resized.clear()
            _edit(qtbot, window, lambda g=gpu_id: gpu.emit(g))  # type: ignore[misc]
            assert resized == [], gpu_id
            assert sizes() == grown
        assert content() < area.height() <= content() + area.slack()  # a line shorter: the room kept
        # training adds more than two lines: the area fits it; back in inference, within two lines of the answer
        _edit(qtbot, window, lambda: workload.training.setChecked(True))
        assert area.height() == content()
        _edit(qtbot, window, lambda: workload.inference.setChecked(True))
        assert content() < area.height() <= content() + area.slack()
    # a new document: the answer's area fits the answer again
    window.document.new(with_changes(llama_4090_q4(4096), {"runtime.name": "hf", "precision.weights": "nf4"}))
    settle(qtbot, window)
    drain()
    assert area.height() == start_area
    assert sizes() == start


def test_a_switch_to_training_lays_the_editor_out_once_not_per_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt lays out the parent of a widget being shown, and every layout above it, at once: a switch between
    inference and training shows and hides some 20 editor rows, and the editor was laid out for each (the GPU
    list resized 14 times a switch, counted before). Now the rows change with the editor's layouts held and it
    is laid out when its layout request is delivered: the list is resized at most twice (the editor's body is
    laid out, then made taller by its scroll area), and ends as tall as it was."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    tree = window.editor.gpu_picker
    with events_seen(QEvent.Type.Resize, tree, record=lambda _w, event: event.size().toTuple()) as resizes:  # type: ignore[attr-defined]
        for button, mode in ((workload.training, "training"), (workload.inference, "inference")) * 2:
            before = tree.size().toTuple()
            resizes.clear()
            _edit(qtbot, window, button.click)
            assert window.document.scenario.workload.mode == mode
            assert len(resizes) <= 2, (mode, resizes)
            assert tree.size().toTuple() == before
            # and every row the mode shows sits inside the editor's body, laid out
            body = window.editor.widget()
            for label in workload.findChildren(QLabel):
                if label.isVisibleTo(body):
                    assert workload.rect().contains(label.mapTo(workload, label.rect().center())), label.text()


def test_an_edit_sets_again_no_tooltip_that_stays_the_same(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt sends every setToolTip an event through the widget's event filters, whatever the text: the answer's rows
    and the editor's panels re-set some 30 tooltips an edit, most to the text they had (a batch edit: 31 tooltip
    events, 22 of them to the same text; a switch to training 32 and 13, counted before the fix). Now each tooltip
    event is a change of text."""
    from PySide6.QtWidgets import QApplication, QWidget

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    app = QApplication.instance()
    assert app is not None

    def widget(watched: QObject, _event: QEvent) -> QWidget | None:
        return watched if isinstance(watched, QWidget) else None

    with events_seen(QEvent.Type.ToolTipChange, app, record=widget) as events:
        for action in (
            lambda: workload.batch.setValue(workload.batch.value() + 1),
            lambda: workload.context.setValue(workload.context.value() + 1000),
            lambda: workload.training.setChecked(True),
            lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
            lambda: workload.inference.setChecked(True),
        ):
            widgets = window.findChildren(QWidget)
            before = {id(w): w.toolTip() for w in widgets}
            events.clear()
            _edit(qtbot, window, action)
            same = [(type(w).__name__, w.toolTip()[:40]) for w in events if before.get(id(w)) == w.toolTip()]
            assert same == []


def test_an_edit_writes_into_the_editor_only_the_fields_it_changed(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every edit wrote each of the editor's bound fields back into its widget (a signal blocker and the widget's
    own checks each: 55 writes a batch edit, counted before the fix). Now only the fields whose value changed: a
    batch or a context edit changes one field (the context also moves its slider), a switch to training the mode
    (both buttons) and the fields it repairs; a rejected value still snaps back."""
    import gui.panels.binding as binding

    show_bench_scenario(qtbot, window)
    written: list[str] = []
    blocker = binding.QSignalBlocker

    def counted(widget):  # type: ignore[no-untyped-def]
        written.append(type(widget).__name__)
        return blocker(widget)

    monkeypatch.setattr(binding, "QSignalBlocker", counted)
    workload = window.editor.workload
    written.clear()
    _edit(qtbot, window, lambda: workload.batch.setValue(workload.batch.value() + 1))
    assert written == ["QSpinBox"]
    written.clear()
    _edit(qtbot, window, lambda: workload.context.setValue(workload.context.value() + 1000))
    assert sorted(written) == ["LogSlider", "QSpinBox"]
    # a value the document refuses snaps back in the widget the user edited, though the field did not change
    tp = window.editor.parallelism.tp
    assert tp.maximum() >= 3  # a value the spin box takes and the document refuses (1 GPU)
    _edit(qtbot, window, lambda: tp.setValue(3))
    assert window.document.scenario.parallelism.tp == 1
    assert tp.value() == 1


def test_an_edit_reads_again_only_the_fields_of_the_sections_it_changed(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The editor's ~90 bound fields were each read again on every edit (52 reads a batch edit, in five panels). An
    edit keeps the sections it does not change (Scenario.with_changes), so only the edited section's fields are read
    again; and after undo and redo, which bring back other scenarios, every widget shows the document's values."""
    import gui.panels.binding as binding

    show_bench_scenario(qtbot, window)
    read: list[str] = []
    original = binding.get_field

    def counted(scenario, path):  # type: ignore[no-untyped-def]
        read.append(path)
        return original(scenario, path)

    monkeypatch.setattr(binding, "get_field", counted)
    workload = window.editor.workload
    read.clear()
    _edit(qtbot, window, lambda: workload.batch.setValue(workload.batch.value() + 1))
    assert read and {path.split(".")[0] for path in read} == {"workload"}, read
    gpus = window.editor.gpu_picker.count
    _edit(qtbot, window, lambda: gpus.setValue(4))
    assert window.document.scenario.parallelism.gpus == 4
    stack = window.document.undo_stack
    for step in (stack.undo, stack.undo, stack.redo, stack.redo, stack.undo):
        _edit(qtbot, window, step)
        s = window.document.scenario
        assert (workload.batch.value(), gpus.value()) == (s.workload.batch, s.parallelism.gpus)


def test_a_workload_edit_shows_again_only_the_workload_panel(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each editor panel re-read the scenario and re-set all its rows on every edit: a batch edit laid out the
    workload, precision and parallelism panels' rows again (their forms' rows set, counted before the fix) and
    re-selected the GPU in its list. The precision and parallelism panels and the GPU picker now skip an edit that
    changes nothing they show, and so does the workload panel but for a new context (vLLM's default prefill chunk
    follows it); a switch to training still shows all three again."""
    from gui.panels.binding import FormRows

    show_bench_scenario(qtbot, window)
    editor = window.editor
    rows: list[str] = []
    original = FormRows.set

    def counted(form_rows, *args):  # type: ignore[no-untyped-def]
        rows.append(type(form_rows.form.parentWidget()).__name__)
        return original(form_rows, *args)

    monkeypatch.setattr(FormRows, "set", counted)
    selected: list[object] = []
    select = editor.gpu_picker.tree.select_id
    monkeypatch.setattr(editor.gpu_picker.tree, "select_id", lambda gpu: selected.append(gpu) or select(gpu))
    workload = editor.workload
    for action, shown in (
        (lambda: workload.batch.setValue(workload.batch.value() + 1), set()),
        (lambda: workload.context.setValue(workload.context.value() + 1000), {"WorkloadPanel"}),
        (lambda: workload.concurrency.setValue(workload.concurrency.value() + 1), set()),
    ):
        rows.clear()
        _edit(qtbot, window, action)
        assert set(rows) == shown
    assert selected == []
    rows.clear()
    _edit(qtbot, window, lambda: workload.training.setChecked(True))
    assert {"WorkloadPanel", "PrecisionPanel", "ParallelismPanel"} <= set(rows)
    _edit(qtbot, window, lambda: editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"))
    assert selected == ["a100-sxm4-80gb"]
    assert "A100" in editor.gpu_picker.current.text()


def test_a_switch_to_inference_repaints_neither_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A switch to inference hides rows, and the editor's body gets shorter: Qt repainted the whole visible body
    for any change of its height, the model and GPU lists included (both lists' viewports repainted on every
    such switch, counted before the fix). The body's contents now stay where they are painted; only the rows
    that move are repainted. (That nothing stale stays on screen was checked under Xvfb: the screen grabbed after
    each switch equals the one after repainting every widget, light and dark, English and Chinese.)"""
    show_bench_scenario(qtbot, window)
    editor = window.editor
    lists = [editor.model_picker.tree.view.viewport(), editor.gpu_picker.tree.view.viewport()]
    workload = editor.workload
    body_heights = set()
    with events_seen(QEvent.Type.Paint, *lists, record=lambda w, _e: type(w.parent()).__name__) as paints:
        for _round in range(2):
            _edit(qtbot, window, lambda: workload.training.setChecked(True))
            settle(qtbot, window)
            drain()
            body_heights.add(editor.widget().height())
            paints.clear()
            _edit(qtbot, window, lambda: workload.inference.setChecked(True))
            settle(qtbot, window)
            drain()
            body_heights.add(editor.widget().height())
            assert window.document.scenario.workload.mode == "inference"
            assert paints == []
    assert len(body_heights) == 2  # the body did change height


def test_a_switch_to_training_neither_moves_nor_resizes_the_lists(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A switch to training shows rows, and the editor's body needs more height. The scroll area gave it that
    height only after the body's layout had run, so the layout first squeezed every panel into the old height
    (each list shrunk from 307 to 193 px, and moved) and then laid them out again at the new height: each list
    moved and resized twice a switch, and the whole editor was repainted (counted before the fix). Now the body
    is grown first, and the lists, above every row that changes, stay as they are."""
    show_bench_scenario(qtbot, window)
    editor = window.editor
    pickers = [editor.model_picker, editor.gpu_picker]
    geometries = [picker.geometry() for picker in pickers]
    body = editor.widget()
    workload = editor.workload

    def named(watched: QObject, event: QEvent) -> str:
        return f"{type(watched).__name__} {event.type().name}"

    with events_seen((QEvent.Type.Move, QEvent.Type.Resize), *pickers, record=named) as events:
        for _round in range(2):
            height = body.height()
            events.clear()
            _edit(qtbot, window, lambda: workload.training.setChecked(True))
            settle(qtbot, window)
            drain()
            assert window.document.scenario.workload.mode == "training"
            assert body.height() > height  # the body did grow
            assert events == []
            _edit(qtbot, window, lambda: workload.inference.setChecked(True))
            settle(qtbot, window)
            drain()
            assert events == []
    assert [picker.geometry() for picker in pickers] == geometries


def test_a_mode_switch_lays_each_editor_panel_out_once_at_its_new_height(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A panel that gains rows (workload going to inference, precision and parallelism going to training) was laid
    out first in its old height, every field squeezed below its own least height (a spin box 23 → 13 px), and again
    once its parent had given it the new height: 52 resizes and 53 moves of the editor's widgets a switch, counted
    before (18 and 19 of them labels). Its parent is laid out first now, and each panel once, at the height it gets:
    no field is resized twice in a switch, none ever below Qt's least height for it."""
    show_bench_scenario(qtbot, window)
    editor = window.editor
    panels = [editor.workload, editor.precision, editor.parallelism]
    fields = [w for panel in panels for w in panel.findChildren(QWidget) if not w.isWindow()]

    def sized(obj: QObject, event: QEvent) -> tuple[QObject, int] | None:
        assert isinstance(event, QResizeEvent)
        # (a widget shown for the first time is sent the size it was given while hidden: no layout made that one)
        return (obj, event.size().height()) if event.oldSize().isValid() else None

    for button, mode in ((editor.workload.training, "training"), (editor.workload.inference, "inference")) * 2:
        with events_seen(QEvent.Type.Resize, *fields, record=sized) as resizes:
            _edit(qtbot, window, button.click)
        assert window.document.scenario.workload.mode == mode
        widgets = [obj for obj, _height in resizes]
        assert len(widgets) == len(set(widgets)), (mode, len(widgets) - len(set(widgets)))
        squeezed = [
            (type(obj).__name__, height)
            for obj, height in resizes
            if isinstance(obj, QWidget) and obj.isVisibleTo(editor) and height < obj.minimumSizeHint().height()
        ]
        assert squeezed == [], mode


FROZEN = """
import gc
from gui import app as gui_app
code = gui_app.main(["gpu-sizer", "--exit-after-first-paint"])
print(code, gc.get_freeze_count(), len(gc.get_objects()))
"""


def test_what_the_start_built_is_out_of_the_collectors_way(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Start-up builds some 85,000 objects the collector tracks (counted), all living as long as the window, and
    the collections that edits trigger walked them: a full collection stalled an edit for 53-57 ms, about once
    in 600 edits (measured). gui.app.main freezes them once the window is up: the collector still walks about
    1,300 objects (counted), not 85,000."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    home = tmp_path / "home"
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    result = subprocess.run(
        [sys.executable, "-c", FROZEN], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    code, frozen, tracked = (int(v) for v in result.stdout.strip().splitlines()[-1].split())
    assert code == 0
    assert frozen > 50_000
    assert tracked < frozen / 10


def _specs(specs: tuple) -> tuple:  # type: ignore[type-arg]
    """An axis' drawing specs (axis line, ticks, labels) as plain values."""
    (pen, a, b), ticks, texts = specs

    def line(pen, a, b):  # type: ignore[no-untyped-def]
        return (pen.color().name(), pen.color().alpha(), pen.widthF(), a.x(), a.y(), b.x(), b.y())

    return (
        line(pen, a, b),
        [line(*tick) for tick in ticks],
        [(rect.getRect(), int(flags), text) for rect, flags, text in texts],
    )


def test_an_axis_drawn_again_reuses_what_did_not_change(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """pyqtgraph draws an axis again (AxisItem.generateDrawSpecs) whenever the plot's size or range changes, and
    each time recomputed its tick values (numpy calls for a dozen numbers) and, for every tick label, the axis'
    bounding rect (a Python call mapping two rectangles): 1.3-2.8 ms an axis, measured. Drawn again with
    nothing changed, the axis now computes neither tick values nor its bounding rect (kept while its geometry and
    its view's stay); and what it draws is what pyqtgraph's own code computes afresh, in both modes."""
    import pyqtgraph as pg
    from PySide6.QtGui import QPainter, QPicture

    from gui.charts.axes import tick_painter

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    axes = []
    states = [
        lambda: workload.training.setChecked(True),  # log memory axis
        lambda: workload.inference.setChecked(True),  # linear
        lambda: window.presenter.set_axis("batch"),  # batch sizes along the bottom
        lambda: window._set_unit("GB"),  # other values along the memory axis
        lambda: window.resize(1000, 700),  # shorter and narrower axes: fewer labels
        lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
    ]
    for state in states:
        _edit(qtbot, window, state)
        settle(qtbot, window)
        drain()
        for chart_id, name, axis in shown_quiet_axes(window):
            axes.append(axis)
            with tick_painter(axis) as (_picture, painter):
                ours = axis.generateDrawSpecs(painter)
                axis._tick_values = None
                fresh = pg.AxisItem.generateDrawSpecs(axis, painter)
            assert _specs(ours) == _specs(fresh), (chart_id, name)
    assert len(axes) >= 12  # both charts' axes, in every state

    counts = {"tickValues": 0, "boundingRect": 0}
    original_values, original_bounds = pg.AxisItem.tickValues, pg.AxisItem.boundingRect

    def tick_values(self, *args):  # type: ignore[no-untyped-def]
        counts["tickValues"] += 1
        return original_values(self, *args)

    def bounding_rect(self):  # type: ignore[no-untyped-def]
        counts["boundingRect"] += 1
        return original_bounds(self)

    monkeypatch.setattr(pg.AxisItem, "tickValues", tick_values)
    monkeypatch.setattr(pg.AxisItem, "boundingRect", bounding_rect)
    axis = window.vram_chart.plot.getAxis("bottom")  # pyqtgraph's linear ticks, labelled
    picture = QPicture()
    painter = QPainter(picture)
    try:
        axis.generateDrawSpecs(painter)  # as the last edit left it
        counts.update(tickValues=0, boundingRect=0)
        labels = len(axis.generateDrawSpecs(painter)[2])
    finally:
        painter.end()
    assert labels >= 3
    assert counts == {"tickValues": 0, "boundingRect": 0}


def _python_calls_in(method, run) -> int:  # type: ignore[no-untyped-def]
    """Calls made while `method` runs (each a Python function or a built-in called from Python), over `run()`."""
    import sys

    depth = [0]
    counted = [0]
    code = method.__code__

    def profile(frame, event, _arg):  # type: ignore[no-untyped-def]
        if event == "call" and frame.f_code is code:
            depth[0] += 1
        elif event == "return" and frame.f_code is code:
            depth[0] -= 1
        elif depth[0] and event in ("call", "c_call"):
            counted[0] += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return counted[0]


def test_a_batch_edit_places_the_context_charts_labels_in_a_few_thousand_calls(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The context chart places its labels on every edit, each among up to a few thousand candidate places against
    up to a hundred obstacles (the total curve as boxes): costed one pair at a time in Python, a batch edit made
    ~68,000 calls to min and max in the layout (the bench's Llama 3.1 8B NF4 on an RTX 4090, cProfile), the most
    of that edit's time. Costed with numpy, a block of places at a time (gui/charts/placement.py): a few thousand
    calls (where the labels go is held by tests/gui/test_gui_chart_layout.py and tests/gui/test_gui_placement.py)."""
    from gui.charts.context_chart import ContextChart

    window.resize(1440, 940)
    window.show()
    qtbot.waitExposed(window)
    window.document.new(with_changes(llama_4090_q4(), {"precision.weights": "nf4", "runtime.name": "vllm"}))
    settle(qtbot, window)
    drain()
    batch = window.editor.workload.batch
    counts = []
    for value in (2, 3, 5, 7):

        def edit(value: int = value) -> None:
            batch.setValue(value)
            drain()

        counts.append(_python_calls_in(ContextChart._layout_labels, edit))
        assert window.document.scenario.workload.batch == value
    assert max(counts) < 6000, counts  # 293,701 before, 1,609 to 3,600 after (counted)
    assert min(counts) > 0, counts  # the layout ran: the count sees it


def test_a_mode_switch_lays_the_context_charts_labels_out_once(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A switch to training (and back) changes the answer's height, which resized the context chart after its
    update, and an axis' new width resized its plot again: its labels were laid out for each size (3 layouts a
    switch, counted before), only the last kept. Now each mode has its own chart, which keeps its size: a switch
    right after an edit lays its labels out once (the chart last showed the scenario before the edit), and a switch
    after a pause not at all (they were laid out while the user paused: MainWindow._ready_other_mode, once). Either
    way they sit where a layout of their own at that size puts them."""
    import gui.charts.context_chart as context_module

    window.resize(1440, 940)
    window.show()
    qtbot.waitExposed(window)
    window.document.new(with_changes(llama_4090_q4(), {"precision.weights": "nf4", "runtime.name": "vllm"}))
    settle(qtbot, window)
    drain()
    layouts: list[float] = []
    original = context_module.horizontal_line  # drawn once in each layout of the labels (the usable line)
    monkeypatch.setattr(context_module, "horizontal_line", lambda *args: layouts.append(args[0]) or original(*args))
    workload = window.editor.workload
    heights = set()
    unchanged = 0  # switches after a pause that showed the chart at the size it was laid out for
    for paused in (False, True):
        for button, mode in ((workload.training, "training"), (workload.inference, "inference")) * 2:
            workload.batch.setValue(workload.batch.value() % 7 + 1)  # an edit in the mode shown
            drain()
            window._ready_timer.stop()  # no pause yet
            layouts.clear()
            if paused:
                window._ready_other_mode()  # what the pause does
                assert len(layouts) == 1, (mode, layouts)
                layouts.clear()
            size = window.chart_pair(mode)[1].size()
            button.setChecked(True)
            drain()
            assert window.document.scenario.workload.mode == mode
            heights.add(window.answer_scroll.height())
            # (a chart shown at another size than it was given while hidden is laid out for its size: the answer's
            # area keeps some room when it gets shorter, ShrinkScroll.ROOM_LINES, and a legend's new row raises the
            # chart's minimum, and so its size, while it is hidden)
            resized = window.context_chart.size() != size
            assert len(layouts) == (1 if resized or not paused else 0), (mode, paused, resized, layouts)
            unchanged += paused and not resized
            chart = window.context_chart
            labels = [chart.usable_label, chart.current_label, chart.fit_label, *chart.phase_labels]
            placed = [(label.isVisible(), label.pos(), label.toPlainText()) for label in labels]
            chart._layout_key = None  # laid out again, on its own, at this size
            chart._layout_labels()
            assert [(label.isVisible(), label.pos(), label.toPlainText()) for label in labels] == placed
    assert unchanged >= 2, unchanged
    assert len(heights) == 2  # the answer's height changed with the mode: the charts' places too


def test_a_gpu_switch_builds_no_fallback_places_for_labels_that_find_room_near(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A label's fallback places (beside every marker line, then along every row of the plot: hundreds, stacked
    after its own) were built for each label, even one free at one of its own places: on a GPU switch (Llama 3.1
    8B NF4, RTX 4090 → A100 80GB) 3 labels' (6 stacks of 1,080 to 1,756 rows, counted before). Now only for a
    label with no free place among its own: one here. On the A100 everything fits, and the current line (32,768
    tokens) stands too near the dot at the curve's end (131,072) for the fit's label beside it: its places along
    the rows, clear of the curve and nearer its dot than the current line, one stack for each of its wordings tried
    (three long, two short: issue 11 item 7, it had gone left of the current line); on the RTX 4090 one stack, its
    fallback after its own places."""
    import numpy as np

    window.resize(1440, 940)
    window.show()
    qtbot.waitExposed(window)
    window.document.new(with_changes(llama_4090_q4(), {"precision.weights": "nf4", "runtime.name": "vllm"}))
    settle(qtbot, window)
    drain()
    stacked: list[int] = []
    original = np.vstack
    monkeypatch.setattr(np, "vstack", lambda arrays: stacked.append(sum(len(a) for a in arrays)) or original(arrays))
    picked = window.editor.gpu_picker.tree.picked
    for gpu in ("a100-sxm4-80gb", "rtx-4090-24gb", "a100-sxm4-80gb"):
        stacked.clear()
        picked.emit(gpu)
        drain()
        assert window.document.scenario.gpu.id == gpu
        assert window.context_chart.fit_label.isVisible()  # the labels were laid out (the fit's is shown)
        assert len(stacked) <= (5 if gpu == "a100-sxm4-80gb" else 2), (gpu, stacked)


def test_a_switch_to_training_resizes_the_answer_once_and_never_shows_its_scroll_bar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Training adds three lines to the bench's answer (time and cost, the stack, the search for changes that make
    it fit: 130 → 186 px). The answer was resized into its old, shorter area first: its scroll bar showed, which
    narrowed it (every wrapped label laid out again at 990 px), then its area grew and the bar went again (the answer
    laid out at 1004 px once more): three sizes of the answer and five of its view a switch, counted before. Its
    area now takes the new height before the answer is resized: one size each, and no scroll bar."""
    show_bench_scenario(qtbot, window)
    area, workload = window.answer_scroll, window.editor.workload

    def sized(obj: QObject, event: QEvent) -> tuple[str, object]:
        return type(obj).__name__, event.size().toTuple() if isinstance(event, QResizeEvent) else "shown"

    bar = area.verticalScrollBar()
    with events_seen((QEvent.Type.Resize, QEvent.Type.Show), window.answer, area.viewport(), bar, record=sized) as seen:
        _edit(qtbot, window, lambda: workload.training.setChecked(True))
    width = area.width()
    assert [s for s in seen if s[0] == "AnswerPanel"] == [("AnswerPanel", (width, area.height()))], seen
    assert [s for s in seen if s[0] == "QWidget"] == [("QWidget", (width, area.height()))], seen  # its view
    assert not any(s[0] == "QScrollBar" for s in seen), seen


def test_a_switch_to_training_lays_the_answers_rows_out_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt hands a widget's layout request to its layout before any event filter sees it: the answer's rows were laid
    out in its old, shorter area first, squeezed below their own least height (each name 14 → 8 px), and again
    once the area had taken the new height (19 resizes and 20 moves of the answer's widgets a switch, counted
    before). Now the answer is never laid out in less height than its width needs: no row of it is resized twice
    in a switch, none below Qt's least height for it."""
    show_bench_scenario(qtbot, window)
    workload, answer = window.editor.workload, window.answer
    rows = [*answer.names.values(), *answer.values.values()]

    def sized(obj: QObject, event: QEvent) -> tuple[QObject, int] | None:
        assert isinstance(event, QResizeEvent)
        return (obj, event.size().height()) if event.oldSize().isValid() else None

    for button, mode in ((workload.training, "training"), (workload.inference, "inference")) * 2:
        with events_seen(QEvent.Type.Resize, *rows, record=sized) as resizes:
            _edit(qtbot, window, button.click)
        assert window.document.scenario.workload.mode == mode
        widgets = [obj for obj, _height in resizes]
        assert len(widgets) == len(set(widgets)), mode
        squeezed = [h for obj, h in resizes if isinstance(obj, QWidget) and h < obj.minimumSizeHint().height()]
        assert squeezed == [], mode


def test_a_mode_switch_paints_each_row_it_shows_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt asks for a shown widget's repaint in a posted event (UpdateLater), which arrived after the window had been
    repainted for the switch: the rows a switch to training shows (the answer's time, cost and stack, the search
    for changes that make it fit; the editor's training rows) were painted with the window, then again in a third
    repaint of it (three a switch, counted before). Each of the answer's rows and of the editor's fields is now
    painted at most once a switch."""
    show_bench_scenario(qtbot, window)
    workload, answer = window.editor.workload, window.answer
    watched = [
        *answer.names.values(),
        *answer.values.values(),
        *[w for w in window.editor.widget().findChildren(QWidget) if not w.isWindow()],
    ]
    for button, mode in ((workload.training, "training"), (workload.inference, "inference")) * 2:
        with events_seen(QEvent.Type.Paint, *watched, record=lambda obj, _event: obj) as paints:
            _edit(qtbot, window, button.click)
        assert window.document.scenario.workload.mode == mode
        assert paints, mode  # the rows the switch shows are painted
        twice = [type(obj).__name__ for obj in set(paints) if paints.count(obj) > 1]
        assert twice == [], mode


def test_a_mode_switch_lays_out_nothing_above_the_answers_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A mode switch makes the answer three lines taller or shorter and may give a legend a row: the page places the
    answer and the charts itself, and its own minimum (capped at PAGE_MIN_PX) stays. Yet every switch laid the tabs,
    the right column and the whole window out again, twice (counted before: the page passed each of its column's
    layout requests up, and the editor's least width moved by a pixel between the modes). After the first switch
    (the editor's least width becomes the wider mode's) nothing above the page is laid out; the answer's area and
    the charts still take their new heights."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    _edit(qtbot, window, lambda: workload.training.setChecked(True))
    _edit(qtbot, window, lambda: workload.inference.setChecked(True))
    heights = {}
    with events_seen(QEvent.Type.LayoutRequest, window, window.views, window.charts_page) as requests:
        for button, mode in ((workload.training, "training"), (workload.inference, "inference")) * 2:
            requests.clear()
            _edit(qtbot, window, lambda b=button: b.setChecked(True))  # type: ignore[misc]
            assert window.document.scenario.workload.mode == mode
            assert requests == [], mode
            area, chart = window.answer_scroll, window.context_chart
            # the answer's area holds the answer (within the room it keeps), the charts the rest of the column
            content = max(window.answer.heightForWidth(area.viewport().width()), area.min_height)
            assert content <= area.height() <= content + area.slack(), mode
            # (the chart fills its place, which reaches the splitter's bottom)
            assert chart.geometry() == window.context_slot.rect()
            assert window.context_slot.geometry().bottom() == window.charts_splitter.height() - 1
            heights.setdefault(mode, set()).add((area.height(), chart.height()))
    assert all(len(seen) == 1 for seen in heights.values()), heights  # each mode the same sizes each time
    assert heights["training"] != heights["inference"]


def test_a_mode_switch_measures_the_lists_panels_no_more(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A switch between inference and training looks again at the editor's least width (its rows change), and told
    all 72 widgets with a layout in the editor, the model and GPU lists and the combos' popups among them, to be
    measured afresh: the lists' panels were laid out again on every switch (about 1.5 ms of it, measured). Only the
    panels whose rows a switch shows or hides are now; the least width still follows the rows
    (tests/gui/test_gui_small_screen.py, the editor column at its least width)."""
    show_bench_scenario(qtbot, window)
    workload, editor = window.editor.workload, window.editor
    lists = [editor.model_picker, editor.gpu_picker, *editor.model_picker.findChildren(QWidget)]
    lists += editor.gpu_picker.findChildren(QWidget)
    with events_seen(QEvent.Type.LayoutRequest, *lists) as requests:
        for button in (workload.training, workload.inference) * 2:
            _edit(qtbot, window, button.click)
    assert requests == []


def test_a_mode_switch_looks_at_the_verdicts_place_once(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The verdict's copy (gui/widgets/verdict_pin.py) follows every move and resize of the verdict's parents, and
    looked at the verdict's place (mapping it through all of them) on each: 12 looks a mode switch, counted before.
    Now once the switch's events are delivered; the copy still comes and goes as the page scrolls
    (tests/gui/test_gui_small_screen.py)."""
    show_bench_scenario(qtbot, window)
    pin, workload = window.verdict_pin, window.editor.workload
    looks: list[int] = []
    original = pin.update_shown
    monkeypatch.setattr(pin, "update_shown", lambda: looks.append(1) or original())
    for button in (workload.training, workload.inference):
        looks.clear()
        _edit(qtbot, window, button.click)
        assert len(looks) == 1, len(looks)
    assert not pin.isVisible()  # the verdict is in view


def test_a_notice_shown_again_restyles_nothing(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every edit that the "keep the scenario valid" rule adjusts says so in the bar ("Also changed to keep the
    scenario valid: weights → bf16"), and the bar set its two style sheets again each time: a style sheet set, even
    to the same text, re-polishes the bar and its children (0.22 ms the pair, measured). The same kind of message in
    the same theme keeps its style sheets; another kind gets its own colours."""
    show_bench_scenario(qtbot, window)
    bar = window.message_bar
    text = "Also changed to keep the scenario valid: weights → bf16"
    bar.show_info(text)
    sheets: list[str] = []
    for widget in (bar, bar.label):
        original = widget.setStyleSheet
        monkeypatch.setattr(
            widget, "setStyleSheet", lambda sheet, set_it=original: sheets.append(sheet) or set_it(sheet)
        )
    for _ in range(3):
        bar.show_info(text)
        assert bar.text() == text
    assert sheets == []
    bar.show_error("refused")
    assert len(sheets) == 2 and ("#fde8e8" in sheets[0] or "#4a2024" in sheets[0])  # the error's colours


def test_the_answers_figures_make_no_text_document_until_clicked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A label that selects its text or takes the focus holds a text document, laid out again for each size asked of
    it: with the answer's usage line and figures selectable, the answer's own layout took 0.84 ms of a batch edit,
    without their documents 0.34 ms (measured). Across edits of every kind none of them holds one until clicked."""
    from PySide6.QtCore import Qt

    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    answer = window.answer
    for action in (
        lambda: workload.batch.setValue(workload.batch.value() + 1),
        lambda: workload.training.setChecked(True),
        lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
        lambda: workload.inference.setChecked(True),
    ):
        _edit(qtbot, window, action)
        for label in (answer.usage, *answer.values.values()):
            assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction, label.text()
            assert label.focusPolicy() == Qt.FocusPolicy.NoFocus, label.text()


def test_the_answers_rows_are_written_again_only_when_they_change(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Each row of the answer is six calls into Qt (texts, tooltips, shown), and most rows of an edit say what they
    said: a row is written only when its name, value or tooltip changed. What else writes the rows says so: after
    "No estimate" the same figures come back whole, and another unit rewrites every size."""
    show_bench_scenario(qtbot, window)
    answer = window.answer
    view = window.presenter.view
    assert view is not None
    before = {key: label.text() for key, label in answer.values.items() if label.isVisibleTo(answer)}
    assert "GiB" in before["headroom"]
    answer.show_error("refused")
    assert not any(label.isVisibleTo(answer) for label in answer.values.values())
    answer.set_view(view)  # the very same figures
    assert {key: label.text() for key, label in answer.values.items() if label.isVisibleTo(answer)} == before
    window.preferences.set_unit("GB")
    assert answer.values["headroom"].text().endswith(" GB")
    window.preferences.set_unit("GiB")
    assert answer.values["headroom"].text() == before["headroom"]


def test_a_repaint_that_reaches_only_a_titles_margin_draws_it_no_more(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Qt widens each rectangle it repaints by 2 px (anti-aliasing), so an axis drawn again (its bounds start at the
    plot's top edge, 2 px below the title) made the chart repaint 1 px of the title's bottom margin in the bench's
    window (its 41 px title), and Qt drew the whole title for it: its HTML laid out again on every batch edit. A
    repaint that reaches only the outer half of the title's empty margin now draws nothing; one that reaches its
    text, or a new caption, still draws it."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QGraphicsTextItem

    from gui.charts.base import TitleText

    show_bench_scenario(qtbot, window)
    drawn: list[str] = []
    original = QGraphicsTextItem.paint

    def paint(self, painter, option, widget=None):  # type: ignore[no-untyped-def]
        drawn.append(type(self.scene().views()[0]).__name__)
        original(self, painter, option, widget)

    monkeypatch.setattr(QGraphicsTextItem, "paint", paint)
    for chart in window.charts.values():
        item = chart.title.item
        assert isinstance(item, TitleText)
        title = chart.viewportTransform().mapRect(item.sceneBoundingRect()).toAlignedRect()  # as Qt tests it
        half = int(item.document().documentMargin() / 2)
        for band in (  # the outer half of the bottom, top, left and right margins
            QRect(0, title.bottom() - half + 1, chart.width(), 40),
            QRect(0, 0, chart.width(), title.top() + half),
            QRect(0, 0, title.left() + half, 60),
            QRect(title.right() - half + 1, 0, 40, 60),
        ):
            drawn.clear()
            chart.viewport().repaint(band)
            assert drawn == [], band
        chart.viewport().repaint(QRect(title.center().x(), title.bottom() - half, 2, 1))  # its text's own rows
        assert drawn == [type(chart).__name__]
    drawn.clear()
    _edit(qtbot, window, lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"))
    assert sorted(set(drawn)) == ["ContextChart", "VramChart"]  # a new caption: both titles drawn


def test_a_new_caption_repaints_the_axis_switch_only_where_it_reaches_under_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A GPU or model edit gives the charts new captions. The context chart repainted its title's whole strip for
    it, and with it the axis switch over the strip's right end (a label and two style-sheet buttons, painted again
    over the repainted strip), though the caption, centred, lies far from it in a wide window. The repaint now
    spans the old and the new caption: in the bench's window the switch is not painted again; in a window narrow
    enough that the caption reaches under the switch, it is, over the new caption. The screen after each edit is the
    same image as the window painted afresh (no stale pixels: neither the old caption's nor the switch's)."""
    from PySide6.QtCore import QEvent

    show_bench_scenario(qtbot, window)
    chart = window.context_chart
    switch = chart.axis_switch
    assert switch.isVisible()
    screen = window.screen()
    gpus = ("a100-sxm4-80gb", "rtx-4090-24gb") * 2  # two captions of different widths
    for width, reaches in ((1440, False), (1100, True)):
        window.resize(width, 940)
        settle(qtbot, window)
        for gpu in gpus:  # once round first: the first edit from a scenario may lay the chart out again
            window.editor.gpu_picker.tree.picked.emit(gpu)
            drain()
        for gpu in gpus:
            item = chart.title.item
            caption = chart.title.text
            before = chart.mapFromScene(item.sceneBoundingRect()).boundingRect()
            with events_seen(QEvent.Type.Paint, switch, *switch.findChildren(QWidget)) as painted:
                window.editor.gpu_picker.tree.picked.emit(gpu)
                drain()
            assert chart.title.text != caption
            after = chart.mapFromScene(item.sceneBoundingRect()).boundingRect()
            under = switch.geometry().translated(-chart.viewport().pos())  # in the viewport, where the title lies
            # where the old or the new caption lies: clear of the switch by more than 20 px, or under it
            assert before.united(after).adjusted(-20, 0, 20, 0).intersects(under) == reaches
            assert bool(painted) == reaches, (width, gpu, painted)
            assert screen.grabWindow(window.winId()).toImage() == window.grab().toImage()


def _item_image(item, paint):  # type: ignore[no-untyped-def]
    """What `paint` (an item's paint method) draws of the whole item, on a transparent image of its bounds."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    bounds = item.boundingRect()
    image = QImage(bounds.size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = bounds
    paint(item, painter, option, None)
    painter.end()
    return image


def test_a_title_given_new_lines_in_place_draws_what_its_html_draws(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A chart title given a new title and caption replaces their text in its document (a model, GPU or mode edit
    changes both charts'), where it parsed new HTML: Qt's own setHtml of the same lines, in a title of its own, is the
    oracle: the same text, bounds and pixels, for English and Chinese lines, long ones, light and dark. Lines HTML
    would change (white space it collapses or drops), an empty line or a new colour take Qt's setHtml."""
    from PySide6.QtGui import QColor, QImage

    from gui.charts.base import ChartTitle, TitleText

    parsed: list[str] = []
    set_html = TitleText.setHtml
    monkeypatch.setattr(TitleText, "setHtml", lambda self, text: parsed.append(text) or set_html(self, text))

    def drawn(title: ChartTitle) -> tuple[str, object, QImage]:
        item = title.item
        return item.toPlainText(), item.boundingRect(), _item_image(item, type(item).paint)

    lines = [
        ("Memory vs context length", "Llama 3.1 8B · NF4 · hf · NVIDIA GeForce RTX 4090 (gjpqy)"),
        ("VRAM breakdown · per GPU", "Mixtral 8x7B · BF16 · vLLM · 8 × NVIDIA H100 SXM 80GB · training · ZeRO-3"),
        ("显存与上下文长度", "每个 GPU 显存（对数）· 训练 · 放不下 · 批大小 8 · 𝛼"),
        ("A <b>&amp;</b> B", "x"),
        ("VRAM breakdown", "two  spaces"),
        ("VRAM breakdown", ""),
        (" leading", "Qwen2.5 7B"),
        ("Memory vs batch size", "Whisper large-v3 · FP16 · a caption long enough to reach under the axis switch"),
    ]
    in_place = 0
    for colour in (QColor("#000000"), QColor("#dddddd")):
        title = ChartTitle("", size="11pt")
        for text, caption in lines * 2:
            parsed.clear()
            title.set_lines(text, caption, colour)
            in_place += not parsed
            oracle = ChartTitle("", size="11pt")
            oracle.setText(
                f"{html.escape(text)}<br><span style='font-size:9pt'>{html.escape(caption)}</span>", color=colour
            )
            assert drawn(title) == drawn(oracle), (text, caption)
            assert title.text == oracle.text
    assert in_place >= 10  # most changes took the replacement


def test_a_charts_title_draws_nothing_in_the_outer_half_of_its_margin(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What lets a repaint that reaches only that band skip the title: Qt's own drawing of each title (English and
    Chinese captions, light and dark) leaves the band as it found it."""

    show_bench_scenario(qtbot, window)
    titles = 0
    captions = ("Llama 3.1 8B · NF4 · hf · NVIDIA GeForce RTX 4090 (gjpqy)", "每个 GPU 显存（对数）· 训练 · 放不下")
    for caption in captions:
        for chart in window.charts.values():
            chart.set_title("VRAM breakdown · 显存构成 ÅÉ", caption)
            item = chart.title.item
            image = _item_image(item, type(item).__mro__[1].paint)  # Qt's QGraphicsTextItem.paint
            half = item.document().documentMargin() / 2
            inked = [(x, y) for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != 0]
            assert len(inked) > 200  # it drew the text
            band = [
                (x, y) for x, y in inked if not (half <= x < image.width() - half and half <= y < image.height() - half)
            ]
            assert band == []
            titles += 1
    assert titles == 4


def test_an_edit_repaints_the_window_in_one_pass(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Each chart's scene hands its changed items to its view, and Qt then repaints the window at once: the two
    charts' scenes made two passes an edit (each painting what was dirty by then, then flushing it to the screen),
    so the breakdown, the answer and the editor could reach the screen a frame before the context chart. Both
    charts, and whatever else the edit changed, are now painted in one pass, each chart once."""
    show_bench_scenario(qtbot, window)
    workload = window.editor.workload
    viewports = [chart.viewport() for chart in window.charts.values()]
    edits = [
        lambda: workload.batch.setValue(3),
        lambda: workload.context.setValue(9000),
        lambda: window.editor.gpu_picker.tree.picked.emit("a100-sxm4-80gb"),
        lambda: window.editor.model_picker.tree.picked.emit("qwen2.5-7b"),
    ]
    for edit in edits:
        with (
            events_seen(QEvent.Type.UpdateRequest, window) as passes,
            events_seen(QEvent.Type.Paint, *viewports, record=lambda w, _e: w.parent()) as paints,
        ):
            _edit(qtbot, window, edit)
        assert len(passes) == 1
        assert sorted(type(chart).__name__ for chart in paints) == ["ContextChart", "VramChart"]


def test_a_switch_tells_the_editors_forms_only_the_rows_that_change(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """QFormLayout.setRowVisible looks the widget up among the form's rows and tells its label and field, whatever
    they show: the editor's panels asked it of every row they may show, 47 a switch between inference and training,
    of which 14 changed (counted before the fix). Qt's own isRowVisible, read for every row of every form before and
    after each switch, says which rows changed: exactly those are told, each once."""
    from PySide6.QtWidgets import QFormLayout

    show_bench_scenario(qtbot, window)
    editor = window.editor
    forms = [panel.form for panel in (editor.workload, editor.precision, editor.parallelism)]

    def visible() -> dict[tuple[int, int], bool]:
        return {(f, row): form.isRowVisible(row) for f, form in enumerate(forms) for row in range(form.rowCount())}

    told: list[tuple[int, int]] = []
    original = QFormLayout.setRowVisible

    def counted(layout, widget, on):  # type: ignore[no-untyped-def]
        row, _role = layout.getWidgetPosition(widget)
        told.append((next(f for f, form in enumerate(forms) if form is layout), row))
        return original(layout, widget, on)

    monkeypatch.setattr(QFormLayout, "setRowVisible", counted)
    workload = editor.workload
    for button in (workload.training, workload.inference, workload.training, workload.inference):
        before = visible()
        told.clear()
        _edit(qtbot, window, lambda b=button: b.setChecked(True))
        after = visible()
        changed = sorted(key for key in after if after[key] != before[key])
        assert changed  # the switch shows and hides rows
        assert sorted(told) == changed


def test_a_hidden_answer_row_shown_again_keeps_its_texts(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Training's time, cost and stack rows were emptied on every switch to inference and written again on the switch
    back: six labels given a new text each way, each measured and laid out again. A hidden row now keeps its texts
    (Qt's own, read from the labels), and the switch back to the same training answer gives those labels no new text
    (each setText counted where it changes what the label holds); they show what they showed before."""
    show_bench_scenario(qtbot, window)
    answer = window.answer
    workload = window.editor.workload
    _edit(qtbot, window, lambda: workload.training.setChecked(True))
    labels = [label for key in ("time", "cost", "stack") for label in (answer.names[key], answer.values[key])]
    assert all(label.isVisibleTo(answer) and label.text() for label in labels)
    shown = [label.text() for label in labels]
    _edit(qtbot, window, lambda: workload.inference.setChecked(True))
    assert not any(label.isVisibleTo(answer) for label in labels)
    assert [label.text() for label in labels] == shown  # hidden, with the texts they had
    written: list[QLabel] = []
    for cls in {type(label) for label in labels}:
        original = cls.setText

        def counted(label, text, original=original):  # type: ignore[no-untyped-def]
            if label in labels and text != label.text():
                written.append(label)
            return original(label, text)

        monkeypatch.setattr(cls, "setText", counted)
    _edit(qtbot, window, lambda: workload.training.setChecked(True))
    assert written == []
    assert all(label.isVisibleTo(answer) for label in labels)
    assert [label.text() for label in labels] == shown


def test_a_change_of_verdict_shows_another_badge_and_restyles_none(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The verdict's badge was given a new style sheet whenever the verdict changed (every switch between the bench's
    inference, which fits, and training, which does not), and Qt re-polished it against the application's style
    sheet each time. Each verdict now has its badge, styled once and shown in the others' place: no style sheet is
    set on a switch, one badge shows, and it is painted in the verdict's colour (green #1b8a4b where it fits, red
    #c62828 where it does not: its background, read from a grab of it left of its text)."""
    from PySide6.QtGui import QColor

    show_bench_scenario(qtbot, window)
    answer = window.answer
    workload = window.editor.workload
    styled: list[QWidget] = []
    original = QWidget.setStyleSheet
    monkeypatch.setattr(QWidget, "setStyleSheet", lambda w, sheet: styled.append(w) or original(w, sheet))
    for button, text, colour in (
        (workload.training, "✖ Does not fit", "#c62828"),
        (workload.inference, "✔ Fits", "#1b8a4b"),
        (workload.training, "✖ Does not fit", "#c62828"),
    ):
        _edit(qtbot, window, lambda b=button: b.setChecked(True))
        shown = [badge for badge in answer.findChildren(QLabel, "Verdict") if badge.isVisibleTo(answer)]
        assert shown == [answer.verdict] and answer.verdict.text() == text
        image = answer.verdict.grab().toImage()
        assert image.pixelColor(6, image.height() // 2) == QColor(colour)
    assert [w for w in styled if answer.isAncestorOf(w)] == []  # (the message bar's own colours are its business)


def test_a_pick_whose_line_takes_another_height_repaints_few_rows_of_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A GPU clicked in the list whose line below it takes one line more or fewer (" (derived from the advertised
    size)") resizes the list's viewport in height (the picker's layout gives it the line's old height, then the
    editor's gives the picker its new one), and each resize repainted every visible row of the list, though the
    list had changed only in the rows it selects (seen under Xvfb; the whole 350 × 190 px viewport on each such
    click, counted before). Now a change of its height repaints only the rows it uncovers, besides the selected
    ones, and the window's pixels are still the window painted afresh."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPaintEvent, QRegion

    show_bench_scenario(qtbot, window)
    picker = window.editor.gpu_picker
    view = picker.tree.view
    viewport = view.viewport()
    screen = window.screen()
    view.setFocus()  # the list's first focus repaints it whole (Qt's own), whatever is picked
    drain()

    def painted(_watched: QObject, event: QEvent) -> QRegion:
        assert isinstance(event, QPaintEvent)
        return QRegion(event.region())

    rows = []
    index = view.indexAt(QPoint(4, 4))
    while index.isValid() and view.visualRect(index).bottom() < viewport.height():
        if index.data(Qt.ItemDataRole.UserRole + 1):  # an entry, not a vendor's heading
            rows.append(index)
        index = view.indexBelow(index)
    resized = 0
    for index in rows:
        before = view.currentIndex()
        height = picker.current.height()
        with events_seen(QEvent.Type.Paint, viewport, record=painted) as paints:
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            drain()
            settle(qtbot, window)
            drain()
        assert window.document.scenario.gpu.id == index.data(Qt.ItemDataRole.UserRole + 1)
        if picker.current.height() == height:
            continue
        resized += 1
        region = QRegion()
        for paint in paints:
            region += paint
        area = sum(rect.width() * rect.height() for rect in region)
        # the two rows whose selection changed, and at most the line's height uncovered at the bottom
        assert region.contains(view.visualRect(before)) and region.contains(view.visualRect(index))
        assert area <= (2 * view.visualRect(index).height() + abs(picker.current.height() - height)) * viewport.width()
        assert screen.grabWindow(window.winId()).toImage() == window.grab().toImage()
    assert resized >= 2  # the line did change height, both ways
