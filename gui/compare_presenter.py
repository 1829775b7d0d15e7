"""The comparison's computation: `core.compare.compare(document.scenarios)` (20–80 ms for four to seven
scenarios on the development machine: per scenario an estimate, a curve and the largest context and batch) in a
worker thread, and only while the Compare tab is shown: the live edit loop never pays for it. As the fit
explorer's presenter does, edits restart a short coalescing timer, one job runs at a time, and a result for
scenarios that are no longer the document's is dropped (the newer ones are computed next)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from core.compare import Comparison, compare
from core.scenario import Scenario
from gui import workers
from gui.document import ScenarioDocument

COALESCE_MS = 200  # an edit burst (typing, a drag) is over when nothing changed for this long

logger = logging.getLogger(__name__)


class ComparePresenter(QObject):
    updated = Signal(object)  # Comparison, for `scenarios`
    busy = Signal(bool)
    failed = Signal(
        object
    )  # a str or the engine's Message (a str Signal would drop its id, and with it the translation)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.comparison: Comparison | None = None
        self.scenarios: tuple[Scenario, ...] | None = None  # what `comparison` answers
        self.computations = 0  # jobs started (tests check that a hidden tab computes nothing)
        self._active = False
        self._running: tuple[Scenario, ...] | None = None
        self._signals: workers.WorkerSignals | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)
        document.changed.connect(self._changed)
        document.scenarios_changed.connect(self._changed)

    def set_active(self, active: bool) -> None:
        """The Compare tab is shown (True) or hidden."""
        self._active = active
        if active and not self.current():
            self.busy.emit(True)
            self._timer.start(0)
        elif not active:
            self._timer.stop()

    def _changed(self) -> None:
        if self._active and not self.current():
            self.busy.emit(True)
            self._timer.start()

    def current(self) -> bool:
        return self.comparison is not None and self.scenarios == self.document.scenarios

    def pending(self) -> bool:
        return self._timer.isActive() or self._running is not None

    def cancel(self) -> None:
        """The window closes: as FitPresenter.cancel (a comparison's job ends in the background within 20–80 ms)."""
        self._timer.stop()
        if self._signals is not None:
            workers.drop(self._signals)
        self._running = self._signals = None

    def _start(self) -> None:
        if self._running is not None or self.current():
            return
        scenarios = self.document.scenarios
        self._running = scenarios
        self.computations += 1
        self._signals = workers.start(
            lambda _report: compare(list(scenarios)), self._done, self._failed, name="comparison"
        )

    def _done(self, result: object) -> None:
        scenarios, self._running, self._signals = self._running, None, None
        if scenarios == self.document.scenarios:
            assert isinstance(result, Comparison)
            self.comparison, self.scenarios = result, scenarios
            self.busy.emit(False)
            self.updated.emit(result)
        elif self._active and not self._timer.isActive():
            self._timer.start(0)

    def _failed(self, message: str) -> None:
        scenarios, self._running, self._signals = self._running, None, None
        if scenarios == self.document.scenarios:
            self.busy.emit(False)
            self.failed.emit(message)
        elif self._active and not self._timer.isActive():
            self._timer.start(0)

    def compute_now(self) -> Comparison:
        """The comparison of the document as it is now, computed here if the last one is stale (an export from
        File ▸ Export comparison while the tab is hidden)."""
        if not self.current():
            self.comparison, self.scenarios = compare(list(self.document.scenarios)), self.document.scenarios
        assert self.comparison is not None
        return self.comparison
