"""Turns the document's Scenario into what the views show: the Estimate, the memory-vs-context sweep and the
largest context that fits, and — for models without a context axis (CNNs, image classifiers), or when the second
chart is switched to batch — the memory-vs-batch sweep and the largest batch that fits. Recomputes once per burst:
a burst of edits (slider drag, typing) queues one computation that runs when the event loop next turns, so the
window never falls behind the user."""

from __future__ import annotations

import functools
import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from core.compare import has_context_axis  # one rule for the charts and the comparison
from core.estimate import estimate
from core.memo import by_identity
from core.result import Estimate
from core.scenario import MAX_COUNT, Scenario
from core.sweep import Sweep, context_grid, largest_batch, memory_vs_batch
from core.sweep import context_view as sweep_and_largest
from gui.document import ScenarioDocument
from gui.edits import error_message
from gui.log_file import log_file

# Points of the memory-vs-context (and -batch) curve: ~15 per doubling, smooth at any export width, and cheap
# to fill and repaint on every edit. The largest fitting context or batch is solved exactly by the engine, not
# read off the curve.
CHART_POINTS = 320
MIN_BATCH_AXIS = 64  # the batch axis spans at least 1 … 64

Axis = Literal["context", "batch"]
_REFRESH = QEvent.Type(QEvent.registerEventType())

logger = logging.getLogger(__name__)


def batch_axis_end(largest: int | None, current: int) -> int:
    """The batch axis runs from 1 to a power of two: 4 × the largest batch that fits (so the curve is seen
    crossing the usable line), at least MIN_BATCH_AXIS, and never short of the current batch."""
    want = max(MIN_BATCH_AXIS, 4 * (largest or 0))
    top = min(1 << math.ceil(math.log2(want)), MAX_COUNT)
    return max(top, 1 << math.ceil(math.log2(max(1, current))))


@functools.lru_cache(maxsize=64)
def chart_grid(top: int) -> NDArray[np.float64]:
    """CHART_POINTS log-spaced integers from 1 to `top` (every integer while there are fewer), read-only: the
    x values of the second chart, shared by every sweep that ends there."""
    grid = context_grid(top, CHART_POINTS)
    grid.setflags(write=False)
    return grid


def batch_grid(top: int) -> NDArray[np.float64]:
    """Integer batch sizes from 1 to `top`, log-spaced (every integer while there are fewer than CHART_POINTS)."""
    return chart_grid(top)


@dataclass(frozen=True)
class ViewData:
    """Everything the answer panel and the charts render, computed once per scenario."""

    scenario: Scenario
    estimate: Estimate
    sweep: Sweep | None  # memory vs context; None for models without a context axis
    largest_context: int | None  # None: not even one token fits (or no context axis)
    batch_sweep: Sweep | None = None  # memory vs batch: models without a context axis, or the batch axis chosen
    largest_batch: int | None = None  # None: not even a batch of one fits (or no batch sweep)
    axis: Axis = "context"  # what the second chart plots memory against

    @property
    def max_context(self) -> int:
        return int(self.sweep.contexts[-1]) if self.sweep is not None else 0

    @property
    def past_model_maximum(self) -> bool:
        """The context sweep ends at the context set, longer than the model's maximum position (Llama 3 8B, 8,192
        positions, at 32,768 tokens): its end is not the model's maximum (core.fit's Limits say the same)."""
        return self.max_context > self.scenario.model.architecture.max_positions

    @property
    def largest_context_end(self) -> Literal["none", "some", "model maximum", "context set"]:
        """How the largest context that fits stands to the search: none fits; some of it ("some"); all of it, up to
        the model's maximum, or up to the context set where that is past the model's maximum. The answer and the
        copied summary word it from this."""
        if self.largest_context is None:
            return "none"
        if self.largest_context < self.max_context:
            return "some"
        return "context set" if self.past_model_maximum else "model maximum"

    @property
    def chart_sweep(self) -> Sweep | None:
        """The sweep the second chart plots."""
        return self.batch_sweep if self.axis == "batch" else self.sweep

    @property
    def chart_largest(self) -> int | None:
        return self.largest_batch if self.axis == "batch" else self.largest_context


class _Section:
    """A scenario's section in a sweep's cache key: hashed once per object (core.memo: pydantic works a model's hash
    out anew from its fields every time, the architecture's nested ones among them), compared as pydantic compares.
    Keyed on the whole scenario, a lookup hashed it twice and built its neutral copy: 30 µs of an edit."""

    __slots__ = ("hash", "value")

    def __init__(self, value: object) -> None:
        self.value = value
        self.hash = by_identity(value, "hash", lambda: hash(value))

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Section) and (self.value is other.value or self.value == other.value)


_SECTIONS = ("model", "precision", "training", "parallelism", "runtime", "gpu", "cost")


def _neutral(scenario: Scenario, field: str) -> tuple[Hashable, ...]:
    """The scenario as a sweep along `field` of the workload depends on it: with `field` set to 1. (The output tokens
    stay: the context sweep's prompt at each point is its context less them.)"""
    workload = tuple(1 if name == field else value for name, value in scenario.workload)
    return (scenario.name, workload, *(_Section(getattr(scenario, name)) for name in _SECTIONS))


class _Cache:
    """A small LRU cache of sweeps, keyed by what they depend on: dragging the context (or batch) reuses them."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        # the key is hashed twice (taken out, put back last), not five times: a scenario's hash is worked out anew
        # from its fields every time (pydantic), 8-9 µs for Llama 3.1 8B's
        try:
            value = self._data.pop(key)
        except TypeError:  # unhashable
            return make()
        except KeyError:
            value = make()
        self._data[key] = value
        while len(self._data) > self.size:
            self._data.popitem(last=False)
        return value


_CACHE = _Cache()


def context_view(scenario: Scenario) -> tuple[Sweep, int | None]:
    """The memory-vs-context sweep and the largest context that fit. They depend on everything but the current
    context (only the grid's end, max(model maximum, context), and whether any tokens are generated matter), so
    dragging the context slider reuses them and only the estimate is recomputed."""
    top = max(scenario.model.architecture.max_positions, scenario.workload.context)

    def make() -> tuple[Sweep, int | None]:
        return sweep_and_largest(scenario, chart_grid(top))  # (one evaluation: the chart's and the solver's first)

    value: tuple[Sweep, int | None] = _CACHE.get(("context", _neutral(scenario, "context"), top), make)
    return value


def batch_view(scenario: Scenario) -> tuple[Sweep, int | None]:
    """The memory-vs-batch sweep (batch 1 … batch_axis_end) and the largest batch that fits; both independent of
    the current batch (but for the axis' end), so dragging the batch reuses them."""
    neutral = _neutral(scenario, "batch")
    largest: int | None = _CACHE.get(("largest_batch", neutral), lambda: largest_batch(scenario))
    top = batch_axis_end(largest, scenario.workload.batch)
    sweep: Sweep = _CACHE.get(("batch", neutral, top), lambda: memory_vs_batch(scenario, batch_grid(top)))
    return sweep, largest


def compute_view(scenario: Scenario, axis: Axis = "context") -> ViewData:
    """What the views show. `axis` is what the second chart plots memory against; models without a context
    axis always get the batch axis."""
    est = estimate(scenario)
    if not has_context_axis(scenario):
        sweep, largest = batch_view(scenario)
        return ViewData(scenario, est, None, None, sweep, largest, "batch")
    context_sweep, largest_ctx = context_view(scenario)
    if axis == "batch":
        sweep, largest = batch_view(scenario)
        return ViewData(scenario, est, context_sweep, largest_ctx, sweep, largest, "batch")
    return ViewData(scenario, est, context_sweep, largest_ctx)


def unexpected_message(exc: BaseException) -> str:
    """What the answer panel says when computing the estimate raised something other than a refusal."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    path = log_file()
    message = QCoreApplication.translate("Presenter", "Internal error while estimating ({0}).").format(text)
    if path is not None:
        message += " " + QCoreApplication.translate("Presenter", "The log file has the details: {0}").format(path)
    return message


class Presenter(QObject):
    updated = Signal(object)  # ViewData
    failed = Signal(
        object
    )  # a str or the engine's Message (a str Signal would drop its id, and with it the translation)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view: ViewData | None = None
        self._axis: Axis = "context"
        self._queued = False
        # (the axis, the view) of scenarios the document may come to next (compute_ahead), newest last
        self._ahead: list[tuple[Axis, ViewData]] = []
        document.changed.connect(self.schedule)

    @property
    def axis(self) -> Axis:
        """What the second chart plots memory against, for models that have a context axis."""
        return self._axis

    def set_axis(self, axis: Axis) -> None:
        if axis != self._axis:
            self._axis = axis
            self.view = None  # same scenario, other sweep: recompute
            self.refresh()

    def schedule(self) -> None:
        """Recompute once the current burst of edits is handled: one posted event, however many edits come
        before the event loop turns. A posted event, not a 0 ms timer: it is handled before the repaint the edit
        itself queued (the edited widget), so the editor and the charts are repainted together, once."""
        if not self._queued:
            self._queued = True
            QCoreApplication.postEvent(self, QEvent(_REFRESH))

    def pending(self) -> bool:
        return self._queued

    def event(self, event: QEvent) -> bool:
        if event.type() == _REFRESH:
            if self._queued:
                self.refresh()
            return True
        return super().event(event)

    AHEAD = 2  # views kept ahead: the other mode's (kept while the user pauses) and a pressed pick's

    def compute_ahead(self, scenario: Scenario) -> ViewData:
        """The view of a scenario the document may come to next: the other mode's, computed while the user pauses
        (MainWindow._ready_other_mode), or an edit a press announced (ScenarioDocument.announce). The next refresh
        takes it where the document is at that scenario instead of computing it again (the estimate, about 0.8 ms of
        a switch; with a new model's or GPU's sweeps, 1.5-2.5 ms), and drops them all. What compute_view returns
        depends on the scenario and the axis only, as the view kept by refresh assumes."""
        view = compute_view(scenario, self._axis)
        self._ahead = [*(kept for kept in self._ahead if kept[1].scenario != scenario), (self._axis, view)]
        del self._ahead[: -self.AHEAD]
        return view

    def refresh(self) -> None:
        self._queued = False
        scenario = self.document.scenario
        ahead, self._ahead = self._ahead, []
        if self.view is not None and self.view.scenario == scenario:
            return
        try:
            kept = next((view for axis, view in ahead if axis == self._axis and view.scenario == scenario), None)
            view = kept if kept is not None else compute_view(scenario, self._axis)
        except ValueError as exc:  # the engine refused this scenario and says why
            logger.warning("no estimate: %s", error_message(exc))
            self.failed.emit(error_message(exc))
            return
        except Exception as exc:  # a bug in the engine: the window shows it and keeps running, the log keeps how
            logger.error("estimate failed for %s", scenario.model_dump_json(), exc_info=True)
            self.failed.emit(unexpected_message(exc))
            return
        self.view = view
        self.updated.emit(view)
