"""Two-way links between editor widgets and document fields.

Widget → document: a user edit calls `document.set_field`. A spin box commits a typed number once, when editing
finishes (Enter, focus leaves): typing 32768 must not pass through 3, 32, … each an edit of its own, each able to
move dependent fields. Its arrow steps (and a slider's drag) merge into one undo step, sealed when editing finishes.
Document → widget: every `changed` (and every rejected edit) re-reads the field into the widget with its signals
blocked, so a rejected value snaps back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.edits import get_field

Reader = Callable[[Scenario], Any]


def set_tip(widget: QWidget, text: str) -> None:
    """A tooltip set only when it changes: Qt sends every setToolTip an event (ToolTipChange) through the
    widget's event filters whatever the text, and an edit re-set some 30 of them, most to the text they had."""
    if widget.toolTip() != text:
        widget.setToolTip(text)


class FieldBinder(QObject):
    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._sync: list[tuple[QWidget, Reader, Callable[[Any], None]]] = []
        document.changed.connect(self.sync)
        document.error.connect(lambda _msg: self.sync())

    def _reader(self, path: str, read: Reader | None) -> Reader:
        return read or (lambda s: get_field(s, path))

    def combo(self, widget: QComboBox, path: str, read: Reader | None = None) -> None:
        """Item data holds the field's values."""

        def to_widget(value: Any) -> None:
            index = widget.findData(value)
            if index >= 0 and index != widget.currentIndex():
                widget.setCurrentIndex(index)

        widget.activated.connect(lambda i: self.document.set_field(path, widget.itemData(i)))
        self._sync.append((widget, self._reader(path, read), to_widget))

    def spin(
        self, widget: QSpinBox | QDoubleSpinBox, path: str, *, none_at_minimum: bool = False, scale: float = 1.0
    ) -> None:
        """`none_at_minimum`: the minimum shows the special text and stands for None ("auto")."""

        def to_model(value: float) -> Any:
            if none_at_minimum and value == widget.minimum():
                return None
            v = value / scale
            return round(v) if isinstance(widget, QSpinBox) else v

        def to_widget(value: Any) -> None:
            target = widget.minimum() if value is None else value * scale
            if isinstance(widget, QSpinBox):
                target = round(target)
            if widget.value() != target:  # rewriting an equal value would reformat the text under the cursor
                widget.setValue(target)  # type: ignore[arg-type]  # int for a QSpinBox (rounded above)

        widget.setKeyboardTracking(False)  # valueChanged on Enter / focus out / a step, not on every keystroke
        widget.valueChanged.connect(lambda v: self.document.set_field(path, to_model(v), merge=True))
        widget.editingFinished.connect(self.document.end_merge)
        self._sync.append((widget, self._reader(path, None), to_widget))

    def check(self, widget: QCheckBox, path: str, on: Any = True, off: Any = False) -> None:
        widget.toggled.connect(lambda checked: self.document.set_field(path, on if checked else off))
        self._sync.append((widget, self._reader(path, None), lambda value: widget.setChecked(value == on)))

    def custom(self, widget: QWidget, read: Reader, to_widget: Callable[[Any], None]) -> None:
        self._sync.append((widget, read, to_widget))

    def sync(self, scenario: Scenario | None = None) -> None:
        s = scenario if isinstance(scenario, Scenario) else self.document.scenario
        for widget, read, to_widget in self._sync:
            with QSignalBlocker(widget):
                to_widget(read(s))
