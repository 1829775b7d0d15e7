"""The document: the scenarios of one .sizing file, the active one (the one the editor shows and edits), one undo
stack and the file. The single source of truth.

Widgets call `set_field` / `set_fields`; the document validates through the engine, pushes an undo command and
emits `changed(Scenario)` (the active scenario). Widgets never talk to each other. "Modified" is the undo stack's
clean state.

Several scenarios, one undo stack: adding (a duplicate of the active one), renaming and removing a scenario are
undo steps (`ScenarioListCommand`, the whole list before and after); an edit remembers which scenario it changed,
so undoing it shows that scenario again. Switching is navigation, not an edit: no undo step, and the document
stays unmodified (the file's `active` is written by the next save). `scenarios_changed` says the list, a name or
the active index changed.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core import fit, models, project, quant
from core.errors import SizingError
from core.estimate import estimate
from core.fit import Edit
from core.project import not_estimable
from core.scenario import ModelRef, Precision, Scenario
from gui import workers
from gui.commands import EditCommand, ScenarioListCommand
from gui.edits import error_message, plan_edit
from gui.fields import describe_changes, describe_value, field_label, scenario_name
from gui.i18n_engine import catalogue_name, engine_text

DEFAULT_MODEL = "llama-3.1-8b"
UNTITLED = Scenario.model_fields["name"].default  # a scenario nobody has named yet

logger = logging.getLogger(__name__)


def preset_ref(preset_id: str) -> ModelRef:
    return models.preset_ref(preset_id)


def default_scenario() -> Scenario:
    return Scenario(model=preset_ref(DEFAULT_MODEL))


def check_estimable(scenario: Scenario, source: str) -> None:
    """Everything the engine needs resolves (GPU id, formats); raises ProjectError naming the problem."""
    try:
        estimate(scenario)
    except (SizingError, ValueError) as exc:
        raise not_estimable(source, error_message(exc)) from None


def _format(hint: str | None) -> quant.QuantFormat | None:
    if not hint:
        return None
    try:
        return quant.get(hint)
    except SizingError:
        return None


class ScenarioDocument(QObject):
    changed = Signal(object)  # the new Scenario
    error = Signal(object)  # an edit was rejected: the engine's message (a str, or a core Message), naming the field
    notice = Signal(str)  # what else the last edit changed to keep the scenario valid: it concerns that edit only
    notes = Signal(str)  # what an imported model's reader assumed: it concerns the model, whatever the edits after
    file_path_changed = Signal(str)
    scenarios_changed = Signal()  # a scenario was added, removed or renamed, or another one became active
    # the Scenario an edit the user has begun would make: a press on a button or a list's row, whose release makes
    # the edit (announce); the window computes its view while the button is down
    coming = Signal(object)

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file_scenarios: list[Scenario] = [scenario or default_scenario()]  # a .sizing file may hold several
        self._active = 0
        self._file_path: str | None = None
        self.undo_stack = QUndoStack(self)
        self._announced: Callable[[], Mapping[str, Any]] | None = None
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(0)
        self._announce_timer.timeout.connect(self._announce)

    # --- state -------------------------------------------------------------------------------------------
    @property
    def _scenario(self) -> Scenario:
        return self._file_scenarios[self._active]

    @_scenario.setter
    def _scenario(self, scenario: Scenario) -> None:
        self._file_scenarios[self._active] = scenario

    @property
    def scenario(self) -> Scenario:
        """The active scenario: the one the editor shows."""
        return self._scenario

    @property
    def scenarios(self) -> tuple[Scenario, ...]:
        """Every scenario of the document, in file order (the active one as edited now)."""
        return tuple(self._file_scenarios)

    @property
    def active(self) -> int:
        return self._active

    @property
    def file_path(self) -> str | None:
        return self._file_path

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return Path(self._file_path).name if self._file_path else self.tr("Untitled")

    def _apply(self, scenario: Scenario, index: int | None = None) -> None:
        """Called by undo commands only: `scenario` becomes scenario `index` (default: the active one), shown."""
        workers.hold_jobs()  # background jobs wait until the window shows this (MainWindow._show_view releases them)
        switched = index is not None and index != self._active
        if index is not None:
            self._active = index
        self._scenario = scenario
        if switched:
            self.scenarios_changed.emit()
        self.changed.emit(scenario)

    def _apply_list(self, scenarios: list[Scenario], active: int) -> None:
        """Called by ScenarioListCommand only."""
        self._file_scenarios = list(scenarios)
        self._active = active
        self.scenarios_changed.emit()
        self.changed.emit(self._scenario)

    def _set_path(self, path: str | None) -> None:
        self._file_path = path
        self.file_path_changed.emit(path or "")

    # --- edits -------------------------------------------------------------------------------------------
    def set_field(self, path: str, value: Any, *, merge: bool = False) -> bool:
        """Change one field. `merge=True` folds consecutive edits of this field into one undo step."""
        text = self.tr("Set {0} to {1}").format(field_label(path, self._scenario), describe_value(value))
        return self.set_fields({path: value}, text=text, merge_key=path if merge else None)

    def set_fields(self, changes: dict[str, Any], *, text: str | None = None, merge_key: str | None = None) -> bool:
        """Change several fields as one undo step. Invalid edits are rejected (error emitted, state kept)."""
        try:
            new, adjusted = plan_edit(self._scenario, changes)
        except ValueError as exc:
            self.error.emit(error_message(exc))
            return False
        if new == self._scenario:
            return True
        text = text or self.tr("Change {0}").format(", ".join(field_label(k, self._scenario) for k in changes))
        self.undo_stack.push(EditCommand(self, self._scenario, new, text, merge_key, self._active))
        if adjusted:
            self.notice.emit(self.tr("Also changed to keep the scenario valid: {0}").format(describe_changes(adjusted)))
        return True

    def set_scenario(self, new: Scenario, text: str) -> bool:
        """Replace the whole scenario as one undo step named `text` (a fit-explorer suggestion: several fields that
        the engine already changed together and validated, `core.fit.apply_edits`)."""
        if new == self._scenario:
            return False
        self.undo_stack.push(EditCommand(self, self._scenario, new, text, index=self._active))
        return True

    def apply_edits(self, text: str, edits: Sequence[Edit]) -> bool:
        """A fit-explorer change (several fields together, e.g. GPUs with their layout) as one undo step named
        `text`; the engine applies and validates them together (`core.fit.apply_edits`)."""
        try:
            new = fit.apply_edits(self._scenario, edits)
        except (ValidationError, ValueError) as exc:
            self.error.emit(error_message(exc))
            return False
        return self.set_scenario(new, text)

    def end_merge(self) -> None:
        """The current burst of edits is over (slider released, editing finished): the next edit is a new step."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, EditCommand):
            top.sealed = True

    # --- edits announced -----------------------------------------------------------------------------------
    # A click makes its edit at the release, 60-120 ms after the press (a mode button, a model's or a GPU's row). The
    # press announces it: once the press is handled (its own repaint first), `coming` says what the edit would make,
    # planned from the scenario as it is then (a number typed in a spin box is committed as the press takes the
    # focus). Nothing is changed; nothing is said where the edit would change nothing or be refused (said at the
    # release, if it comes); a press that is not released on its button has cost a computation, no more.
    def announce(self, changes: Mapping[str, Any]) -> None:
        """A press whose release would make `changes` (as `set_fields` takes them)."""
        self._announced = lambda: changes
        self._announce_timer.start()

    def announce_preset(self, preset_id: str) -> None:
        """A press whose release would pick the preset (`set_preset`)."""
        self._announced = lambda: self._model_changes(preset_ref(preset_id))
        self._announce_timer.start()

    def _announce(self) -> None:
        make, self._announced = self._announced, None
        if make is None:
            return
        try:
            new, _adjusted = plan_edit(self._scenario, make())
        except ValueError:  # refused: said at the release, if it comes
            return
        except Exception:  # a bug: the release meets it too, and says it; ahead of it, logged only
            logger.warning("planning an announced edit failed", exc_info=True)
            return
        if new != self._scenario:
            self.coming.emit(new)

    def _model_changes(self, ref: ModelRef) -> dict[str, Any]:
        """What picking the model changes: the model, and the weights' format where the model comes in its own
        (or the previous one's came with it)."""
        s = self._scenario
        changes: dict[str, Any] = {
            # the reference as it is, validated where it was made: a dump validated again built a copy of its
            # architecture (a preset's is shared, core.catalog.preset_architecture, and the engine's work on it kept)
            "model": ref,
            **models.own_format_edits(s.model_copy(update={"model": ref})),
        }
        if "precision.weights" not in changes:
            # the previous model's own format came with it, not from the user: without it, back to 16 bits
            old = _format(s.model.format_hint)
            if old is not None and s.precision.weights == old.id:
                changes["precision.weights"] = Precision().weights
        return changes

    def set_model(self, ref: ModelRef, notes: list[str] | None = None) -> bool:
        changes = self._model_changes(ref)
        ok = self.set_fields(changes, text=self.tr("Change model to {0}").format(catalogue_name(ref.architecture.name)))
        if ok and notes:
            self.notes.emit("\n".join(engine_text(note) for note in notes))  # the importer's notes, in its words
        return ok

    def set_preset(self, preset_id: str) -> bool:
        return self.set_model(preset_ref(preset_id))

    # --- scenarios -------------------------------------------------------------------------------------------
    def switch_to(self, index: int) -> None:
        """Show scenario `index` in the editor (navigation: no undo step, the document stays unmodified)."""
        if not 0 <= index < len(self._file_scenarios) or index == self._active:
            return
        self.end_merge()  # an edit after coming back is a new step
        self._active = index
        self.scenarios_changed.emit()
        self.changed.emit(self._scenario)

    def _push_list(self, scenarios: list[Scenario], active: int, text: str) -> None:
        self.undo_stack.push(
            ScenarioListCommand(self, (list(self._file_scenarios), self._active), (scenarios, active), text)
        )

    def _copied_from(self, name: str) -> str:
        """The name a copy's name was made from ("Untitled" for "Untitled (copy)" or "Untitled (copy 2)"), else the
        name: a copy of a copy is "Untitled (copy 2)", not "Untitled (copy) (copy)", whose tab, elided in the middle,
        read "Unt…py)" like the first copy's (seen on Xvfb at 1280×720, in Chinese too) and whose legend entry nested
        parentheses."""
        for pattern in (self.tr("{0} (copy)"), self.tr("{0} (copy {1})")):
            head, _, tail = pattern.partition("{0}")
            regex = re.escape(head) + "(.+)" + re.escape(tail).replace(re.escape("{1}"), "[0-9]+")
            found = re.fullmatch(regex, name)
            if found:
                return found.group(1)
        return name

    def add_scenario(self) -> None:
        """A copy of the active scenario, placed after it and shown: one undo step."""
        source = self._scenario
        taken = {s.name for s in self._file_scenarios}
        base = self._copied_from(scenario_name(source.name))
        name = self.tr("{0} (copy)").format(base)
        n = 2
        while name in taken:
            name = self.tr("{0} (copy {1})").format(base, n)
            n += 1
        scenarios = list(self._file_scenarios)
        scenarios.insert(self._active + 1, source.model_copy(update={"name": name}))
        self._push_list(scenarios, self._active + 1, self.tr("Add scenario {0}").format(name))

    def rename_scenario(self, index: int, name: str) -> bool:
        name = name.strip()
        if not 0 <= index < len(self._file_scenarios) or not name:
            return False
        old = self._file_scenarios[index]
        if name == old.name:
            return True
        scenarios = list(self._file_scenarios)
        scenarios[index] = old.model_copy(update={"name": name})
        self._push_list(scenarios, self._active, self.tr("Rename scenario {0} to {1}").format(old.name, name))
        return True

    def remove_scenario(self, index: int) -> bool:
        """Remove scenario `index` (one undo step); the last one is kept."""
        if len(self._file_scenarios) < 2 or not 0 <= index < len(self._file_scenarios):
            return False
        scenarios = list(self._file_scenarios)
        removed = scenarios.pop(index)
        active = self._active if index > self._active else max(0, self._active - 1)
        if index == self._active:
            active = min(index, len(scenarios) - 1)
        self._push_list(scenarios, active, self.tr("Remove scenario {0}").format(removed.name))
        return True

    # --- files -------------------------------------------------------------------------------------------
    def new(self, scenario: Scenario | None = None) -> None:
        self._replace([scenario or default_scenario()], 0, None)

    def open(self, path: str) -> None:
        """Load a .sizing file. On any problem raises ProjectError (naming line or field); nothing changes."""
        try:
            scenarios, active = project.read(path)
            check_estimable(scenarios[active], project.scenario_source(Path(path).name, active))
        except SizingError as exc:
            logger.warning("cannot open %s: %s", path, exc)
            raise
        self._replace(scenarios, active, str(Path(path).resolve()))
        logger.info("opened %s (%d scenarios)", path, len(scenarios))

    def save(self, path: str | None = None) -> None:
        """Atomic save (core.project.write: the old file stays intact until the new one is complete). Raises
        OSError."""
        target = path or self._file_path
        if not target:
            raise OSError(self.tr("no file name given"))
        if self._scenario.name == UNTITLED:
            # saved as plan.sizing, the scenario is "plan" (in the file, and in a summary), not "Untitled"; not an
            # undo step: naming follows the file, as the window title does
            self._scenario = self._scenario.model_copy(update={"name": Path(target).stem})
            renamed = True
        else:
            renamed = False
        scenarios = self._write(target)
        self._file_scenarios = scenarios
        self.undo_stack.setClean()
        self._set_path(str(Path(target).resolve()))
        if renamed:
            self.scenarios_changed.emit()

    def save_copy(self, path: str) -> None:
        """Write the document as it is now to `path` (atomically) without making that its file or marking it
        saved: the crash dialog's recovery copy. Raises OSError."""
        self._write(path)

    def _write(self, target: str) -> list[Scenario]:
        scenarios = list(self._file_scenarios)
        try:
            project.write(target, scenarios, self._active)
        except OSError as exc:
            logger.warning("cannot write %s: %s", target, exc)
            raise save_failure(target, exc) from None
        logger.info("saved %s (%d scenarios)", target, len(scenarios))
        return scenarios

    def _replace(self, scenarios: list[Scenario], active: int, path: str | None) -> None:
        self._file_scenarios = list(scenarios)
        self._active = active
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._set_path(path)
        self.scenarios_changed.emit()
        self.changed.emit(self._scenario)


def save_failure(target: str, exc: OSError) -> OSError:
    """A failed save as the system's error — its errno, reason and the file the user chose — so that the window says
    it in its language (core.reasons) as it says a failed open. core.project.write does the I/O and keeps the errno:
    no reason is read back from its words (Qt's QSaveFile gave only words, English ones for some errnos whatever the
    locale, and "Unknown error" for a disk that filled up part way)."""
    if exc.errno is None:  # (not the system's error: its words name the file)
        return OSError(exc.strerror or str(exc))
    return OSError(exc.errno, os.strerror(exc.errno), target)
