"""The fit explorer's computation: `core.fit.explore(scenario)` (0.1–0.6 s) in a worker thread, never on the UI
thread. Edits restart a short coalescing timer, so a burst of typing or a slider drag computes once, after it;
one job runs at a time, and a result for a scenario that is no longer the document's is dropped (the newer one
is computed next). It computes only when someone looks: while the explorer is shown, or while the scenario does
not fit (the answer panel then lists the cheapest changes that make it fit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from core.fit import FitReport, explore
from core.scenario import Scenario
from gui import workers
from gui.document import ScenarioDocument
from gui.presenter import ViewData

COALESCE_MS = 250  # an edit burst (typing, a drag) is over when nothing changed for this long

logger = logging.getLogger(__name__)


class FitPresenter(QObject):
    updated = Signal(object)  # FitReport, for `scenario`
    busy = Signal(bool)  # a computation for the current scenario is pending or running
    failed = Signal(
        object
    )  # a str or the engine's Message (a str Signal would drop its id, and with it the translation)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.report: FitReport | None = None
        self.scenario: Scenario | None = None  # what `report` answers
        self._active = False  # the explorer is shown
        self._fits = True  # the current scenario fits (from the main presenter's estimate)
        self._running: Scenario | None = None
        self._signals: workers.WorkerSignals | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)
        document.changed.connect(self._changed)

    # --- inputs ------------------------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        self._active = active
        if active and not self.current():
            self._timer.start(0)

    def view_updated(self, view: ViewData) -> None:
        """The main presenter's answer for the document's scenario: whether it fits decides if the answer panel
        needs suggestions."""
        self._fits = view.estimate.fit.fits
        if view.scenario == self.document.scenario and self._wanted() and not self.current():
            self._timer.start()

    def _changed(self) -> None:
        if self._wanted():
            self.busy.emit(True)
            self._timer.start()  # restarts: one computation after the burst

    def _wanted(self) -> bool:
        return self._active or not self._fits

    # --- state -------------------------------------------------------------------------------------------
    def current(self) -> bool:
        """The report answers the document's scenario as it is now."""
        return self.report is not None and self.scenario == self.document.scenario

    def pending(self) -> bool:
        return self._timer.isActive() or self._running is not None

    def cancel(self) -> None:
        """The window closes: the coalescing timer stops and the job in flight reports nothing (gui/workers.py:
        it cannot be interrupted, and ends in the background within its 0.1–0.6 s). An edit afterwards computes
        again."""
        self._timer.stop()
        if self._signals is not None:
            workers.drop(self._signals)
        self._running = self._signals = None

    # --- work --------------------------------------------------------------------------------------------
    def _start(self) -> None:
        if self._running is not None or self.current():
            return  # the job in flight is followed by the newest scenario when it ends
        scenario = self.document.scenario
        self._running = scenario
        self.busy.emit(True)
        self._signals = workers.start(lambda _report: explore(scenario), self._done, self._failed, name="fit explorer")

    def _done(self, report: object) -> None:
        scenario, self._running, self._signals = self._running, None, None
        if scenario == self.document.scenario:
            assert isinstance(report, FitReport)
            self.report, self.scenario = report, scenario
            self.busy.emit(False)
            self.updated.emit(report)
        elif self._wanted() and not self._timer.isActive():
            self._timer.start(0)  # the document moved on while this ran: answer the scenario it has now

    def _failed(self, message: str) -> None:
        scenario, self._running, self._signals = self._running, None, None
        if scenario == self.document.scenario:
            self.busy.emit(False)
            self.failed.emit(message)
        elif self._wanted() and not self._timer.isActive():
            self._timer.start(0)
