"""Helpers shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

from core.scenario import Scenario
from gui.charts.base import ChartWidget
from gui.document import preset_ref
from gui.edits import with_changes
from gui.i18n import load_translator
from gui.main_window import MainWindow
from gui.presenter import Axis, ViewData, compute_view

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class DialogLog:
    """Message boxes shown during a test: (kind, title, text). A modal box would block an offscreen test forever,
    so every static QMessageBox call is answered here: `answer` for questions, Ok otherwise."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.shown)


def llama_4090_q4(context: int = 32768) -> Scenario:
    """Llama 3.1 8B, Q4_K_M on llama.cpp, one RTX 4090: the README's walk-through."""
    s = Scenario(model=preset_ref("llama-3.1-8b"))
    return with_changes(
        s,
        {
            "gpu.id": "rtx-4090-24gb",
            "runtime.name": "llama.cpp",
            "precision.weights": "q4_k_m",
            "workload.context": context,
        },
    )


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the coalesced recomputation has run and the views hold the document's scenario."""
    qtbot.waitUntil(
        lambda: (
            not window.presenter.pending()
            and window.presenter.view is not None
            and window.presenter.view.scenario == window.document.scenario
        ),
        timeout=5000,
    )


def pick_combo(combo: QComboBox, value: object) -> None:
    """What a user's choice in the list does (activated, not a programmatic index change)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def assert_not_blank(image: QImage, width: int, height: int) -> None:
    assert (image.width(), image.height()) == (width, height)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = {image.pixel(x, y) for x in range(0, width, 11) for y in range(0, height, 11)}
    assert len(colours) > 20, "the image is (nearly) one colour"


# The longest legends in the catalogue: a full fine-tune under ZeRO-3 shows nine components (weights, their
# gathered layers, gradients, optimizer states, master weights, activations, the ZeRO buckets, overhead …),
# a MoE model's LoRA under ZeRO-3 eight; counted over six models, three fine-tune methods, ZeRO 0/2/3 and offload.
LONG_LEGENDS = {
    "llama-zero3": ("llama-3.1-8b", {"training.finetune": "full", "parallelism.zero": 3}),
    "moe-lora-zero3": ("qwen3-30b-a3b", {"training.finetune": "lora", "parallelism.zero": 3}),
}


def training(model: str, changes: dict[str, object]) -> Scenario:
    return with_changes(
        Scenario(model=preset_ref(model)), {"workload.mode": "training", "parallelism.gpus": 8, **changes}
    )


def pane_scroll_bars(root: QWidget) -> list[QScrollBar]:
    """The vertical scroll bars shown by `root` and the scroll areas inside it that scroll a pane (the answer, the
    charts, a page): a list's or a table's own bar scrolls its rows, and a chart's view has none."""
    areas = list(root.findChildren(QAbstractScrollArea))
    if isinstance(root, QAbstractScrollArea):
        areas.insert(0, root)
    panes = [area for area in areas if not isinstance(area, QAbstractItemView | QGraphicsView)]
    return [area.verticalScrollBar() for area in panes if area.verticalScrollBar().isVisible()]


def rows_cut(area: QScrollArea) -> list[str]:
    """The lines (labels, buttons) of `area`'s content that its viewport shows only in part: cut across by the
    viewport's top or bottom edge."""
    content, viewport = area.widget(), area.viewport()
    assert content is not None
    cut = []
    for widget in content.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(content):
            continue
        if any(child.isVisibleTo(content) and not child.isWindow() for child in widget.findChildren(QWidget)):
            continue  # a box of lines: its lines are looked at
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + widget.height()
        if top < 0 < bottom or top < viewport.height() < bottom:
            text = widget.text() if hasattr(widget, "text") else ""
            cut.append(f"{type(widget).__name__} {text[:40]!r}: {top}..{bottom} in 0..{viewport.height()}")
    return cut


def verdicts_in_view(window: MainWindow) -> list[QLabel]:
    """The labels that say the answer's verdict ("✔ Fits") and show whole in the page's view, the part of the page on
    screen: the answer's own badge, or any copy of it kept in view."""
    page = window.views.currentWidget()
    assert isinstance(page, QAbstractScrollArea)
    view = page.viewport()
    text = window.answer.verdict.text()
    seen = []
    for label in view.findChildren(QLabel):
        if label.text() != text or not label.isVisible():
            continue
        whole = QRect(label.mapTo(view, QPoint(0, 0)), label.size())
        part = QRect(whole)
        parent = label.parentWidget()
        while parent is not None and parent is not view:  # each parent clips its children
            part &= QRect(parent.mapTo(view, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        if part & view.rect() == whole:
            seen.append(label)
    return seen


def painted_tab_texts(tabs: QTabBar) -> list[tuple[str, bool]]:
    """What each tab paints (the text its style option carries, as the tab bar's paintEvent draws it, a name's '&'
    undoubled) and whether that text fits the style's room for it."""
    out = []
    for i in range(tabs.count()):
        option = QStyleOptionTab()
        tabs.initStyleOption(option, i)
        room = tabs.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, tabs).width()
        text = option.text.replace("&&", "&")
        out.append((text, tabs.fontMetrics().horizontalAdvance(text) <= room))
    return out


def _name(watched: QObject, _event: QEvent) -> str:
    return type(watched).__name__


@contextmanager
def events_seen(
    kinds: QEvent.Type | tuple[QEvent.Type, ...],
    *watched: QObject,
    record: Callable[[QObject, QEvent], Any] = _name,
) -> Iterator[list[Any]]:
    """The events of `kinds` the `watched` objects receive while the block runs, each as `record` says (the watched
    object's class name by default; None: not recorded). An event filter, removed again however the block ends.
    Read during the event (an event's size is gone once it is delivered)."""
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    seen: list[Any] = []

    class Filter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() in kinds:
                what = record(obj, event)
                if what is not None:
                    seen.append(what)
            return False

    counter = Filter()
    for obj in watched:
        obj.installEventFilter(counter)
    try:
        yield seen
    finally:
        for obj in watched:
            obj.removeEventFilter(counter)


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """The app's texts in `language` ("en": the source texts, no translator) while the block runs."""
    translator = load_translator(QLocale(language)) if language != "en" else None
    assert translator is not None or language == "en", language
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def shown_compare_chart(qtbot, scenarios: list[Scenario], size: tuple[int, int] = (900, 420)) -> Any:  # type: ignore[no-untyped-def]
    """A comparison chart of `scenarios` in GiB, shown at `size` and given a moment to lay its labels out."""
    from core.compare import compare
    from gui.charts.compare_chart import CompareChart

    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.unit = "GiB"
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_comparison(compare(scenarios))
    qtbot.wait(50)
    return chart


def shown_quiet_axes(window: MainWindow) -> Iterator[tuple[str, str, Any]]:
    """Each shown axis of the window's charts that the app draws itself (gui.charts.axes.QuietAxis): (the chart's
    id, the side, the axis)."""
    from gui.charts.axes import QuietAxis

    for chart in window.charts.values():
        for name in ("left", "bottom"):
            axis = chart.plot.getAxis(name)
            if isinstance(axis, QuietAxis) and axis.isVisible():
                yield chart.chart_id, name, axis


def drain() -> None:
    """Deliver what is posted (layouts, repaints, queued calls), three rounds: an edit's late work done."""
    from PySide6.QtCore import QEventLoop

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def show_bench_scenario(qtbot: Any, window: MainWindow) -> None:
    """The window at bench/gui_latency.py's size with its scenario: Llama 3.1 8B in NF4 on Transformers on an RTX
    4090, at 4,096 tokens."""
    window.resize(1440, 940)
    window.show()
    qtbot.waitExposed(window)
    window.document.new(with_changes(llama_4090_q4(4096), {"runtime.name": "hf", "precision.weights": "nf4"}))
    settle(qtbot, window)
    drain()


class ScenePaints(QObject):
    """The charts painted from their scene (not copied from a picture painted ahead) since `clear`. Every paint of
    both pairs' viewports is seen by an event filter; a paint the chart served from its picture is not counted.
    (Patching `GraphicsView.paintEvent` counted nothing for charts built before the patch: PySide keeps the
    override it found.)"""

    def __init__(self, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.names: list[str] = []
        self._copied: list[str] = []
        for mode in ("inference", "training"):
            for chart in window.chart_pair(mode):
                chart.viewport().installEventFilter(self)
        copy = ChartWidget._paint_picture
        copied = self._copied

        def recorded(chart, event):  # type: ignore[no-untyped-def]
            used = copy(chart, event)
            if used:
                copied.append(type(chart).__name__)
            return used

        monkeypatch.setattr(ChartWidget, "_paint_picture", recorded)
        self._painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            chart = watched.parent()
            self._painted.append(type(chart).__name__)
        return False

    def clear(self) -> None:
        self._painted.clear()
        self._copied.clear()

    def scene(self) -> list[str]:
        painted = list(self._painted)
        for name in self._copied:
            painted.remove(name)
        return painted


def on_screen(chart: QWidget, window: QWidget) -> QImage:
    """The chart's pixels as the window last painted them (offscreen, QScreen.grabWindow reads the window's backing
    store: nothing is painted again)."""
    screen = QApplication.primaryScreen()
    corner = chart.mapTo(window, chart.rect().topLeft())
    return screen.grabWindow(window.winId(), corner.x(), corner.y(), chart.width(), chart.height()).toImage()


def painted_live(chart: QGraphicsView, window: QWidget) -> QImage:
    """The same after the chart's viewport is painted again from its scene."""
    chart.viewport().repaint()
    drain()
    return on_screen(chart, window)


def assert_computed_afresh(view: ViewData | None, scenario: Scenario, axis: Axis) -> None:
    """`view`, kept or computed ahead, is the view computed afresh for `scenario`: the estimate (a pydantic model,
    compared field by field), the largest context and batch, the axis and the sweep."""
    assert view is not None and view.scenario == scenario
    afresh = compute_view(scenario, axis)
    assert view.estimate == afresh.estimate
    assert (view.largest_context, view.largest_batch, view.axis) == (
        afresh.largest_context,
        afresh.largest_batch,
        afresh.axis,
    )
    assert view.sweep is not None and afresh.sweep is not None
    assert np.array_equal(view.sweep.total, afresh.sweep.total)
    assert np.array_equal(view.sweep.contexts, afresh.sweep.contexts)
