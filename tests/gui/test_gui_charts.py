"""Charts hold what the engine computed (and follow every edit); plot items are created once and updated."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from core.estimate import estimate
from core.scenario import Scenario
from core.sweep import context_grid, largest_batch, largest_context, memory_vs_batch, memory_vs_context
from gui.charts.axes import batch_ticks, context_ticks
from gui.charts.colors import CATEGORY_COLORS, item_colors
from gui.dialogs.export_dialog import ExportSettings
from gui.document import preset_ref
from gui.edits import with_changes
from gui.main_window import MainWindow
from gui.presenter import CHART_POINTS, batch_axis_end, batch_grid
from tests.gui.helpers import llama_4090_q4, settle

GIB = 2**30


def load(qtbot, window: MainWindow, scenario) -> None:  # type: ignore[no-untyped-def]
    window.document.new(scenario)
    settle(qtbot, window)


def test_breakdown_bars_are_the_estimate(qtbot, window: MainWindow) -> None:
    s = llama_4090_q4()
    load(qtbot, window, s)
    est = estimate(s)
    chart = window.vram_chart
    widths = chart.bars.widths
    x0 = chart.bars.x0
    items = [i for i in est.memory.items if i.bytes > 0]
    assert widths == pytest.approx([i.bytes / GIB for i in items])
    assert x0[1:] == pytest.approx(np.cumsum(widths)[:-1])  # stacked end to end
    assert chart.usable_line.value() == pytest.approx(est.fit.usable_bytes / GIB)
    assert "(fits)" in chart.total_label.toPlainText()
    assert chart.legend.entries[0].label.startswith("Weights (GGUF Q4_K_M)")


def test_breakdown_hover_shows_bytes_and_formula(qtbot, window: MainWindow) -> None:
    load(qtbot, window, llama_4090_q4())
    chart = window.vram_chart
    a, b, kv = next(seg for seg in chart.segments if seg[2].key == "kv_cache")
    tip = chart.tooltip_at((a + b) / 2, 0.0)
    assert kv.label in tip and kv.formula.split()[0] in tip and f"{kv.bytes:,}" in tip
    assert chart.tooltip_at((a + b) / 2, 5.0) == ""  # above the bar: nothing


def test_context_chart_is_the_sweep(qtbot, window: MainWindow) -> None:
    s = llama_4090_q4()
    load(qtbot, window, s)
    top = s.model.architecture.max_positions
    sweep = memory_vs_context(s, context_grid(top, CHART_POINTS))  # the plotted resolution
    chart = window.context_chart
    x, y = chart.stack_item.total_curve()
    assert np.asarray(x) == pytest.approx(np.log10(sweep.contexts))  # log-scaled x axis
    assert np.asarray(y) == pytest.approx(sweep.total / GIB)
    assert x[0] == 0.0 and sweep.contexts[-1] == s.model.architecture.max_positions  # 1 token → model maximum
    assert chart.usable_line.value() == pytest.approx(sweep.usable / GIB)
    assert chart.current_line.value() == pytest.approx(np.log10(32768))
    largest = largest_context(s)
    assert chart.fit_point.point()[0] == pytest.approx(np.log10(largest))
    assert f"{largest:,}" in chart.fit_label.toPlainText()


def test_stacked_layers_add_up_to_the_total(qtbot, window: MainWindow) -> None:
    load(qtbot, window, llama_4090_q4())
    chart = window.context_chart
    top = chart.stack_item.layer(chart.stack[-1])
    assert np.asarray(top[1]) == pytest.approx(np.asarray(chart.stack_item.total_curve()[1]))
    layer_tops = [np.asarray(chart.stack_item.layer(k)[1]) for k in chart.stack]
    assert all(np.all(upper >= lower) for lower, upper in itertools.pairwise(layer_tops))


def test_where_it_stops_fitting_is_marked(qtbot, window: MainWindow) -> None:
    s = llama_4090_q4().changed("precision.kv_cache", "fp32").changed("workload.concurrency", 4)
    load(qtbot, window, s)
    largest = largest_context(s)
    assert largest is not None and largest < s.model.architecture.max_positions
    chart = window.context_chart
    assert chart.fit_line.isVisible() and chart.fit_line.value() == pytest.approx(np.log10(largest))
    assert f"fits up to {largest:,}" in chart.fit_label.toPlainText()
    assert f"{largest:,} tokens" in window.answer.values["largest"].text()


def test_charts_follow_an_edit_and_undo(qtbot, window: MainWindow) -> None:
    load(qtbot, window, llama_4090_q4())
    chart = window.context_chart
    window.editor.workload.context.setValue(8192)
    settle(qtbot, window)
    assert chart.current_line.value() == pytest.approx(np.log10(8192))
    assert window.vram_chart.segments[1][2].bytes == estimate(window.document.scenario).memory.items[1].bytes
    window.document.undo_stack.undo()
    settle(qtbot, window)
    assert chart.current_line.value() == pytest.approx(np.log10(32768))


def test_items_created_once_and_reused(qtbot, window: MainWindow) -> None:
    load(qtbot, window, llama_4090_q4())
    chart = window.context_chart
    stack = chart.stack_item
    plot_items = len(chart.plot.items)
    bars = window.vram_chart.bars
    for context in (1024, 2048, 4096, 65536):
        window.document.set_field("workload.context", context, merge=True)
        settle(qtbot, window)
    assert chart.stack_item is stack and len(chart.plot.items) == plot_items
    assert window.vram_chart.bars is bars


def test_units_switch_rescales_axes(qtbot, window: MainWindow) -> None:
    load(qtbot, window, llama_4090_q4())
    usable_bytes = window.presenter.view.estimate.fit.usable_bytes
    box = window.answer.unit_box
    box.setCurrentIndex(box.findData("GB"))
    box.activated.emit(box.currentIndex())  # the GiB/GB switch next to the answer
    assert window.preferences.unit == "GB" and window.unit_actions["GB"].isChecked()
    assert window.vram_chart.usable_line.value() == pytest.approx(usable_bytes / 1e9)
    assert "(GB)" in window.context_chart.plot.getAxis("left").labelText
    assert " GB" in window.answer.usage.text() and "GiB" not in window.answer.usage.text()


def resnet_4090_training(batch: int = 256):  # type: ignore[no-untyped-def]
    return with_changes(
        Scenario(model=preset_ref("resnet-50")),
        {"gpu.id": "rtx-4090-24gb", "workload.mode": "training", "workload.batch": batch},
    )


def plotted_batch_sweep(s):  # type: ignore[no-untyped-def]
    """The engine's memory-vs-batch sweep at the chart's resolution, and the exact largest batch."""
    largest = largest_batch(s)
    return memory_vs_batch(s, batch_grid(batch_axis_end(largest, s.workload.batch))), largest


def assert_plots_total(chart, sweep) -> None:  # type: ignore[no-untyped-def]
    """The total curve is the sweep's total at every point (on a log y axis: log10 of it), none cut off."""
    x, y = (np.asarray(v) for v in chart.stack_item.total_curve())
    assert x == pytest.approx(np.log10(sweep.contexts))
    total = sweep.total / GIB
    assert y == pytest.approx(np.log10(total) if chart.log_y else total)
    assert np.all(y <= chart.plot.vb.viewRange()[1][1])


@pytest.mark.parametrize("preset", ["resnet-50", "vgg-16", "vit-b-16", "mobilenet-v2", "densenet-121"])
def test_models_without_context_get_memory_vs_batch(qtbot, window: MainWindow, preset: str) -> None:
    s = with_changes(Scenario(model=preset_ref(preset)), {"gpu.id": "rtx-4090-24gb"})
    load(qtbot, window, s)
    sweep, largest = plotted_batch_sweep(s)
    chart = window.context_chart
    assert "Memory vs batch size" in chart.title.text and "Batch size (images" in chart.plot.getAxis("bottom").labelText
    assert_plots_total(chart, sweep)  # on a log-scaled batch axis, 1 … a power of two
    assert sweep.contexts[0] == 1 and largest is not None and sweep.contexts[-1] >= 4 * largest
    usable = sweep.usable / GIB
    assert chart.usable_line.value() == pytest.approx(np.log10(usable) if chart.log_y else usable)
    assert chart.fit_point.point()[0] == pytest.approx(np.log10(largest))  # the marker sits at largest_batch
    assert chart.fit_line.value() == pytest.approx(np.log10(largest))
    assert f"fits up to a batch of {largest:,}" in chart.fit_label.toPlainText()
    assert chart.current_line.value() == pytest.approx(0.0)  # batch 1
    assert chart.axis_switch.isHidden()  # nothing to switch to
    assert not chart.message.isVisible()
    assert window.answer.values["largest"].text() == f"{largest:,} images"
    assert window.answer.names["largest"].text() == "Largest batch"


def test_batch_chart_follows_the_batch_and_reuses_the_sweep(qtbot, window: MainWindow) -> None:
    s = resnet_4090_training()
    load(qtbot, window, s)
    sweep, largest = plotted_batch_sweep(s)
    chart = window.context_chart
    assert_plots_total(chart, sweep)
    assert chart.current_line.value() == pytest.approx(np.log10(256))
    assert "Micro-batch per GPU (images" in chart.plot.getAxis("bottom").labelText
    plotted = window.presenter.view.batch_sweep
    window.editor.workload.batch.setValue(300)
    settle(qtbot, window)
    assert chart.current_line.value() == pytest.approx(np.log10(300))
    total = estimate(window.document.scenario).memory.total / GIB
    assert chart.current_point.point()[1] == pytest.approx(np.log10(total) if chart.log_y else total)
    assert window.presenter.view.batch_sweep is plotted  # the sweep does not depend on the current batch
    assert window.presenter.view.largest_batch == largest


def test_nothing_fits_reads_as_a_problem(qtbot, window: MainWindow) -> None:
    s = with_changes(llama_4090_q4(), {"model": preset_ref("llama-3.1-70b").model_dump()})
    load(qtbot, window, s)
    chart = window.context_chart
    assert window.presenter.view.largest_context is None
    assert chart.fit_label.toPlainText() == "does not fit at any context length"
    assert chart.fit_label.color.name() == chart.style_.limit.name()  # red, like the "Does not fit" badge
    load(qtbot, window, llama_4090_q4())
    assert "fits at every context" in chart.fit_label.toPlainText()
    assert chart.fit_label.color.name() == chart.style_.fit_marker.name()


def test_x_axis_switch_for_token_models(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = llama_4090_q4()
    load(qtbot, window, s)
    chart = window.context_chart
    assert not chart.axis_switch.isHidden() and chart.axis_switch.buttons["context"].isChecked()
    assert window.presenter.view.batch_sweep is None  # not computed until asked for
    chart.axis_switch.buttons["batch"].click()
    settle(qtbot, window)
    view = window.presenter.view
    assert view.axis == "batch" and view.sweep is not None  # the answer keeps the largest context
    sweep, largest = plotted_batch_sweep(s)
    assert_plots_total(chart, sweep)
    assert chart.fit_point.point()[0] == pytest.approx(np.log10(largest))
    assert "Batch size (sequences" in chart.plot.getAxis("bottom").labelText
    assert chart.legend.entries[-1].label == "Largest batch that fits"
    assert "tokens" in window.answer.values["largest"].text()
    table = tmp_path / "batch.csv"  # an export shows what the window shows
    assert window.exports.export_to(str(table), ExportSettings("context", "csv", 0, 0, "light"))
    assert table.read_text(encoding="utf-8").startswith("batch_size,")
    chart.axis_switch.buttons["context"].click()
    settle(qtbot, window)
    assert window.presenter.view.axis == "context"
    assert np.asarray(chart.stack_item.total_curve()[0]) == pytest.approx(
        np.log10(window.presenter.view.sweep.contexts)
    )


def test_painting_a_chart_works(qtbot, window: MainWindow) -> None:
    """PySide6 6.12.0 aborts inside pyqtgraph 0.14.0's AxisItem painting; this paints axes for real."""
    load(qtbot, window, llama_4090_q4())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    for chart in window.charts.values():
        image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 10


def test_colours_by_category_with_shades() -> None:
    colours = item_colors([("weights", "weights"), ("autocast_weights", "weights"), ("kv_cache", "kv_cache")])
    assert colours["weights"].name() == CATEGORY_COLORS["weights"]
    assert colours["autocast_weights"].name() != colours["weights"].name()
    assert colours["kv_cache"].name() == CATEGORY_COLORS["kv_cache"]


def test_batch_ticks_are_plain_powers_of_two() -> None:
    assert [label for _pos, label in batch_ticks(64)[0]] == ["1", "2", "4", "8", "16", "32", "64"]
    # every other power of two, counting down from the largest (1 always labelled), the rest as grid lines
    assert [label for _pos, label in batch_ticks(8192, step=2)[0]] == ["1", "8", "32", "128", "512", "2,048", "8,192"]
    assert len(batch_ticks(8192, step=2)[1]) == 14 - 7


@pytest.mark.parametrize("preset", ["llama-3.1-70b", "llama-3.1-405b-instruct", "llama-3.1-8b"])
@pytest.mark.parametrize("width", [1400, 900, 620])
def test_breakdown_labels_never_overlap_or_leave_the_plot(qtbot, window: MainWindow, preset: str, width: int) -> None:
    """The usable line's label and the peak caption share the band above the bar; the total's label sits right
    of the bar (or inside its end): at any model size and chart width none overlaps another or the plot's edge."""
    s = with_changes(
        llama_4090_q4(), {"model": preset_ref(preset).model_dump(), "precision.weights": "bf16", "runtime.name": "hf"}
    )
    window.resize(width + 420, 900)
    window.show()
    qtbot.waitExposed(window)
    load(qtbot, window, s)
    chart = window.vram_chart
    to_view = chart.viewportTransform()
    plot = to_view.mapRect(chart.plot.vb.sceneBoundingRect())  # in the view's pixels
    labels = [chart.usable_label, chart.total_label] + ([chart.peak_label] if chart.peak_label.isVisible() else [])
    rects = [label.deviceTransform(to_view).mapRect(label.boundingRect()) for label in labels]
    for rect in rects:
        assert plot.left() - 0.5 <= rect.left() and rect.right() <= plot.right() + 0.5, (preset, width)
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (preset, width)
    assert chart.peak_label.isVisible() or width < 700


def test_context_ticks_read_like_model_cards() -> None:
    labels = [label for _pos, label in context_ticks(131072, step=2)[0]]
    assert labels[0] == "1" and labels[-2:] == ["32K", "128K"]


def rest_pointer(qtbot, chart, scene_pos) -> None:  # type: ignore[no-untyped-def]
    """The pointer moves onto `scene_pos` and rests there: the move shows the tooltip, then (after Qt's wake-up
    delay, about 0.7 s) Qt sends the view a ToolTip help event, as it does for any resting pointer."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    pos = chart.mapFromScene(scene_pos)
    qtbot.mouseMove(chart.viewport(), pos)
    QApplication.sendEvent(chart.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, chart.viewport().mapToGlobal(pos)))


@pytest.mark.parametrize("chart_name", ["breakdown", "context"])
def test_formula_tooltips_stay_while_the_pointer_rests(qtbot, window: MainWindow, chart_name: str) -> None:
    from PySide6.QtWidgets import QToolTip

    load(qtbot, window, llama_4090_q4())
    window.show()
    qtbot.waitExposed(window)
    chart = window.charts[chart_name]
    # the answer's height follows its real width once shown, which moves the charts: wait until nothing moves
    last: list[object] = [None]

    def still() -> bool:
        now = (chart.mapToGlobal(chart.rect().topLeft()), chart.size())
        same, last[0] = now == last[0], now
        return same

    qtbot.waitUntil(still, timeout=3000)
    vb = chart.plot.vb
    if chart_name == "breakdown":
        a, b, _kv = next(seg for seg in chart.segments if seg[2].key == "kv_cache")
        scene_pos = vb.mapViewToScene(pg.Point((a + b) / 2, 0.0))
    else:
        scene_pos = vb.mapViewToScene(pg.Point(3.0, 1.0))  # 1,000 tokens
    rest_pointer(qtbot, chart, scene_pos)
    assert QToolTip.isVisible() and "GiB" in QToolTip.text()
    qtbot.wait(800)  # it used to vanish 300 ms after the help event
    assert QToolTip.isVisible() and "GiB" in QToolTip.text()
    QToolTip.hideText()


@pytest.mark.parametrize(
    "changes",
    [
        {"workload.context": 131072, "precision.weights": "bf16", "runtime.name": "hf"},  # does not fit: 3 changes
        {"workload.mode": "training", "runtime.name": "hf", "precision.weights": "bf16", "training.finetune": "full"},
    ],
)
def test_legends_whole_in_a_1280x720_window(qtbot, window: MainWindow, changes: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """A 1280×720 window holds the whole window (it needed 782 px offscreen, 878 on Xvfb) and every legend row:
    the charts give way down to their title, a minimum plot and their legend; the answer scrolls if it must."""
    load(qtbot, window, with_changes(llama_4090_q4(), changes))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.fit_presenter.current(), timeout=10000)  # the list of changes is in the answer
    qtbot.wait(50)
    assert window.height() <= 720
    for name, chart in window.charts.items():
        legend = chart.mapFromScene(chart.legend.sceneBoundingRect()).boundingRect()
        assert chart.legend.entries, name
        assert legend.bottom() <= chart.viewport().height(), (name, legend, chart.viewport().height())
        assert chart.legend.size().height() >= len(chart.legend.entries) / chart.legend.columns * 20 - 1, name


@pytest.mark.parametrize("dark", [False, True])
def test_the_breakdowns_captions_each_lie_on_a_fill(qtbot, window: MainWindow, dark: bool) -> None:
    """Text over the plot lies on a fill of the chart's background, so grid lines and bars under it do not cross it
    (gui/charts/base.py Label). The peak caption, "peak during prefill" at the breakdown's top left, had none: grid
    lines ran through it (seen at the last review). Each caption is drawn here over a red image: the pixels at its
    left end, inside its fill's padding and clear of its text, are the chart's background, not the red."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPainter

    from gui.theme import make_palette

    window.setPalette(make_palette(dark))
    window.show()
    qtbot.waitExposed(window)
    load(qtbot, window, llama_4090_q4())
    chart = window.vram_chart
    background = QColor(chart.style_.background)
    for label in (chart.usable_label, chart.total_label, chart.peak_label):
        rect = label.boundingRect()
        image = QImage(int(rect.width()) + 4, int(rect.height()) + 4, QImage.Format.Format_ARGB32)
        image.fill(QColor("red"))
        painter = QPainter(image)
        painter.translate(QPointF(2, 2) - rect.topLeft())
        label.paint(painter)
        painter.end()
        pixel = image.pixelColor(3, image.height() // 2)  # 1 px into the fill's left padding, half-way down
        assert abs(pixel.red() - background.red()) < 60 and pixel.green() > background.green() - 60, (
            label.toPlainText(),
            pixel.name(),
            background.name(),
        )


def test_the_point_tooltip_punctuates_in_the_window_language(chinese) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb in Chinese (the batch axis, Llama 3.1 8B on an H100): the context chart's point tooltip said
    "批大小 21: 34.9 GiB" and "放得下 (可用 79.6 GiB)", a half-width colon and brackets among lines that write them full
    width ("权重（BF16）：15.0 GiB"); the fit label said "131,072 (128K)". Written the Chinese way: no ": " nor " ("
    left."""
    import math

    from gui.charts.render import build_chart
    from gui.presenter import compute_view

    view = compute_view(with_changes(Scenario(model=preset_ref("llama-3.1-8b")), {"gpu.id": "h100-sxm-80gb"}))
    chart = build_chart("context", view, "GiB", 900, 420)
    try:
        tip = chart.tooltip_at(math.log10(4096))
        lines = tip.removeprefix("<qt>").removesuffix("</qt>").split("<br>")
        assert len(lines) >= 4, tip
        assert "：" in lines[0] and "（可用" in lines[-1], tip
        assert ": " not in tip and " (" not in tip, tip
        # everything fits up to the model's maximum, 131,072 = 128 × 1,024 tokens: "131,072 (128K)" said the label
        assert "131,072（128K）" in chart._fit_text, chart._fit_text
    finally:
        chart.deleteLater()


def test_the_sweep_cache_keeps_the_most_recently_used_and_makes_each_once() -> None:
    """gui.presenter's small LRU cache of sweeps: a hit makes nothing and counts as the latest use, the least
    recently used goes first when it is full, and an unhashable key is made every time (nothing kept)."""
    from gui.presenter import _Cache

    made: list[object] = []

    def make(value: object) -> Callable[[], object]:
        return lambda: made.append(value) or value

    cache = _Cache(size=2)
    assert cache.get("a", make("A")) == "A"
    assert cache.get("b", make("B")) == "B"
    assert cache.get("a", make("A2")) == "A"  # a hit: "a" is now the latest, "b" the oldest
    assert cache.get("c", make("C")) == "C"  # full: "b" goes
    assert cache.get("a", make("A3")) == "A"
    assert cache.get("b", make("B2")) == "B2"  # made again
    assert made == ["A", "B", "C", "B2"]
    assert cache.get(["unhashable"], make("U")) == "U" and cache.get(["unhashable"], make("U")) == "U"
    assert made[-2:] == ["U", "U"]


def test_the_context_sweep_follows_the_output_tokens() -> None:
    """The chart's sweep is of the scenario's own output tokens: each point's prompt is its context less them (the
    prefill's activations), so 2,048 output tokens give another curve than 256. The sweep cache kept only whether any
    tokens are generated, and after an edit of the output tokens showed the curve of the ones before (Transformers:
    llama.cpp's compute buffer does not depend on them)."""
    from gui.presenter import chart_grid, compute_view

    s256 = with_changes(
        Scenario(model=preset_ref("llama-3.1-8b")),
        {"gpu.id": "rtx-4090-24gb", "precision.weights": "nf4", "workload.output_tokens": 256},
    )
    s2048 = with_changes(s256, {"workload.output_tokens": 2048})
    grid = chart_grid(s256.model.architecture.max_positions)
    fresh = memory_vs_context(s2048, grid).total  # the engine's sweep, made without the cache
    assert not np.array_equal(fresh, memory_vs_context(s256, grid).total)  # the two curves differ
    compute_view(s256)
    view = compute_view(s2048)
    assert view.sweep is not None and np.array_equal(view.sweep.total, fresh)


def test_an_equal_scenario_rebuilt_finds_its_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sweep cache's key holds the scenario's sections, hashed once per object and compared by value: a scenario
    rebuilt from its JSON (other objects, equal values: an undo, a project opened again) finds the sweep made for
    the first; another concurrency does not (its curve differs)."""
    import gui.presenter as presenter

    made: list[Scenario] = []
    real = presenter.sweep_and_largest

    def counted(s: Scenario, grid: np.ndarray) -> object:
        made.append(s)
        return real(s, grid)

    monkeypatch.setattr(presenter, "sweep_and_largest", counted)
    s = with_changes(
        Scenario(model=preset_ref("qwen2.5-7b")), {"gpu.id": "l4-24gb", "workload.concurrency": 3, "workload.batch": 5}
    )
    first = presenter.compute_view(s)
    again = Scenario.model_validate_json(s.model_dump_json())
    assert again == s and again.model is not s.model
    second = presenter.compute_view(again)
    assert len(made) == 1 and second.sweep is first.sweep
    presenter.compute_view(with_changes(again, {"workload.concurrency": 4}))
    assert len(made) == 2
