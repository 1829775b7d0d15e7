"""The other mode's charts, prepared ahead of an inference ↔ training switch.

A switch gives both charts wholly new data (new curves, new axes' labels, new label places: 3.5–4 ms), lays them out
at a new size (the answer's height changes with the mode) and paints them whole: 15.6 ms median, where the other
kinds of edit take 6–10. Once an edit is on screen and the user has paused, the window computes the other mode's view
and gives it to a second, hidden pair of charts, laid out at the size they had the last time that mode was shown; a
switch to exactly that scenario then shows that pair and hides the other, and only the answer, the editor and the
paint are left to do (the bench's scenario, offscreen, switches after a pause: main-thread CPU 15.7–16.2 → 9.1–9.2 ms a
switch, with the preparation dropped and used; the preparation itself about 12 ms, in four event-loop turns of 1–5 ms
(7.5 at most), and once a session two more that build the pair: 14 and 19 ms).

The prepared pair is shown only for the very view it was prepared for (`take`: the presenter hands the prepared view
itself to the window when the switched-to scenario equals the one prepared for, whole), with the visible pair's size
and splitter sizes unchanged since; anything else (another edit, a unit, a theme, the axis, the charts hidden, a
splitter moved) drops the preparation, and the switch does what every other edit does.

Preparation waits for a pause (PAUSE_MS after the last view shown) and runs in small steps on the main thread, each
its own event-loop turn, so that an edit arriving meanwhile waits at most for one step, then drops the rest: a spin
box held down (its auto-repeat: every 150 ms after 500 ms) or a key held down (25–30 a second) never prepares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from gui.charts.context_chart import ContextChart
from gui.charts.vram_chart import VramChart
from gui.edits import plan_edit
from gui.presenter import ViewData, compute_view
from gui.widgets.chart_pair import ChartPair

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# After the last view shown. Longer than a spin box's auto-repeat interval (Qt's 150 ms: its arrow held down) and a
# key's (33–40 ms), so that a burst of edits never prepares; short beside the time a user takes to reach the mode.
PAUSE_MS = 300


def deliver_resizes(widget: QWidget) -> None:
    """Send a hidden widget and its children the resize events Qt keeps for them until they are shown (a hidden
    widget given a new size is told of it by `show`), as `show` sends them, until none is left (a chart handling its
    resize may lay its viewport out again, which is then owed one more): the pair is laid out at its new size now,
    not during the switch."""
    while _deliver(widget):
        pass


def _deliver(widget: QWidget) -> bool:
    sent = widget.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent)
    if sent:
        widget.setAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent, False)
        QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            sent = _deliver(child) or sent
    return sent


@dataclass
class _Prepared:
    view: ViewData
    shown: tuple[QRect, QByteArray]  # the visible pair's geometry and splitter state the preparation started from


class SwitchAhead(QObject):
    """Prepares `spare` (hidden, beside the visible pair in the charts' page) for the other mode; `take` hands it over
    for the view it was prepared for. The spare pair is built by the first preparation, not at launch (two charts:
    50-120 ms, which the launch to first paint would pay), in two steps."""

    built = Signal(object)  # the spare pair, just built (ChartPair)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.spare: ChartPair | None = None
        self._built_vram: VramChart | None = None
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._start)
        self._step_timer = QTimer(self, singleShot=True, interval=0)
        self._step_timer.timeout.connect(self._step)
        self._steps: list[Callable[[], None]] = []
        self._view: ViewData | None = None  # the view being prepared
        self._ready: _Prepared | None = None
        self._started_from: tuple[QRect, QByteArray] | None = None
        # per mode, the charts' place in the page the last time it was shown, and the page's size then
        self._places: dict[str, tuple[QSize, QRect]] = {}
        window.charts_splitter.resized.connect(self._resized)
        window.document.changed.connect(self._halt)  # an edit: a preparation under way stops (one made stays)

    # --- the window's side -----------------------------------------------------------------------------------------
    def shown(self, view: ViewData) -> None:
        """`view` is on screen: the other mode is prepared after the next pause."""
        self._remember_place(view)
        self.drop()
        self._pause.start()

    def restart(self) -> None:
        """What was prepared no longer matches the charts shown (a unit, a theme, the splitter moved, another tab):
        prepared again after a pause."""
        self.drop()
        if self.window.presenter.view is not None:
            self._pause.start()

    def drop(self) -> None:
        """Whatever was prepared or being prepared is not shown (a view shown, a new unit or theme)."""
        self._halt()
        self._ready = None
        self.window.presenter.offer(None)

    def _halt(self) -> None:
        self._pause.stop()
        self._step_timer.stop()
        self._steps.clear()
        self._view = None

    def pairs(self) -> tuple[ChartPair, ...]:
        """The pair shown, and the spare one once built."""
        shown = self.window.charts_splitter
        return (shown,) if self.spare is None else (shown, self.spare)

    # (for the bench and the tests)
    def waiting(self) -> bool:
        """The pause before a preparation has begun and not yet ended."""
        return self._pause.isActive()

    def preparing(self) -> bool:
        """A preparation is under way: it has steps left, each run in an event-loop turn of its own."""
        return bool(self._steps)

    def ready(self) -> bool:
        return self._ready is not None

    def take(self, view: ViewData) -> ChartPair | None:
        """The spare pair, if it was prepared for `view` (the very object) and the visible pair has kept the size and
        splitter sizes the preparation started from; else None. Either way the preparation is used up."""
        ready, self._ready = self._ready, None
        spare = self.spare
        if spare is None or ready is None or ready.view is not view or ready.shown != self._visible_state():
            return None
        self.spare = self.window.charts_splitter
        return spare

    # --- preparation -------------------------------------------------------------------------------------------------
    def _resized(self) -> None:
        """The pair shown resized outside an edit (the window; the answer given the fit explorer's suggestions): the
        other mode, prepared from the old size, is prepared again."""
        if self.sender() is self.window.charts_splitter and (self._ready is not None or self._steps):
            self.restart()

    def _remember_place(self, view: ViewData) -> None:
        self._places[view.scenario.workload.mode] = (self._page_size(), self.window.charts_splitter.geometry())

    def _page_size(self) -> QSize:
        return self.window.charts_page.viewport().size()

    def _visible_state(self) -> tuple[QRect, QByteArray]:
        """Its geometry and its splitter's state: the sizes the user set (not the sizes it has: a splitter shares out
        each new height from those, so two splitters of the same sizes but other histories are 1 px apart after a
        resize)."""
        pair = self.window.charts_splitter
        return (pair.geometry(), pair.saveState())

    def _start(self) -> None:
        w = self.window
        shown = w.presenter.view
        if (
            shown is None
            or shown.scenario != w.document.scenario
            or w.charts_splitter.isHidden()
            or not w.charts_page.isVisible()
        ):
            return
        scenario = shown.scenario
        other = "inference" if scenario.workload.mode == "training" else "training"
        try:
            target, _adjusted = plan_edit(scenario, {"workload.mode": other})
            self._view = compute_view(target, w.presenter.axis)
        except Exception:  # the switch will say why (the presenter computes it again then)
            return
        self._started_from = self._visible_state()
        self._steps = [self._breakdown, self._context, self._lay_out]
        if self.spare is None:
            self._steps[:0] = [self._build_breakdown, self._build_context]
        self._step_timer.start()

    def _step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            if self._steps:
                self._step_timer.start()

    def _build_breakdown(self) -> None:
        self._built_vram = self._built_vram or VramChart()

    def _build_context(self) -> None:
        assert self._built_vram is not None
        pair = ChartPair(self._built_vram, ContextChart())
        self._built_vram = None
        self.window.charts_page.hold_hidden(pair)
        pair.resized.connect(self._resized)
        self.spare = pair
        self.built.emit(pair)

    def _breakdown(self) -> None:
        """The spare pair at the visible pair's size and splitter state (what the switch would resize it from), the
        breakdown given the view."""
        assert self._view is not None and self._started_from is not None and self.spare is not None
        spare = self.spare
        rect, state = self._started_from
        spare.restoreState(state)
        spare.setGeometry(rect)
        deliver_resizes(spare)
        spare.context_chart.hold_labels()
        spare.vram_chart.set_view(self._view)

    def _context(self) -> None:
        """The context chart given the view; then the splitter told of the charts' new least heights (a legend that
        gained a row), as a shown splitter is: Qt posts a hidden one no layout request, and it shared out its height
        as if they had not changed (a 1280 × 720 Chinese window's inference charts 11 px shorter than unprepared)."""
        assert self._view is not None and self.spare is not None
        spare = self.spare
        spare.context_chart.set_view(self._view)
        QCoreApplication.sendEvent(spare, QEvent(QEvent.Type.LayoutRequest))
        deliver_resizes(spare)

    def _lay_out(self) -> None:
        """The pair at the size the other mode's charts had when last shown (the answer's height differs between the
        modes), laid out as the window lays out an edit (MainWindow._lay_out_view), its labels placed once."""
        assert self._view is not None and self._started_from is not None and self.spare is not None
        spare = self.spare
        place = self._places.get(self._view.scenario.workload.mode)
        if place is not None and place[0] == self._page_size():
            spare.setGeometry(place[1])
            deliver_resizes(spare)
        for chart in spare.charts:
            QCoreApplication.removePostedEvents(chart.ci, QEvent.Type.LayoutRequest)
            chart.ci.layout.activate()
            chart.settle_axes()
        spare.context_chart.release_labels()
        self._ready = _Prepared(self._view, self._started_from)
        self.window.presenter.offer(self._view)
        self._view = None
