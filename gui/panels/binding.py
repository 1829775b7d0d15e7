"""Two-way links between editor widgets and document fields.

Widget → document: a user edit calls `document.set_field`. A spin box commits a typed number once, when editing
finishes (Enter, focus leaves): typing 32768 must not pass through 3, 32, … each an edit of its own, each able to
move dependent fields. Its arrow steps (and a slider's drag) merge into one undo step, sealed when editing finishes.
Document → widget: every `changed` re-reads the fields (but those of a section the new scenario kept as it was) and
writes into its widget, signals blocked, each field whose value changed since it was last written (an edit changes one
or two of the editor's ~90 fields); a rejected edit, and a widget the user just edited, are written whatever the value,
so a rejected value snaps back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.edits import get_field

Reader = Callable[[Scenario], Any]


def set_tip(widget: QWidget, text: str) -> None:
    """A tooltip set only when it changes: Qt sends every setToolTip an event (ToolTipChange) through the
    widget's event filters whatever the text, and an edit re-set some 30 of them, most to the text they had."""
    if widget.toolTip() != text:
        widget.setToolTip(text)


class FormRows:
    """A form's rows, each shown or hidden only when that changes. QFormLayout.setRowVisible looks the widget up among
    the form's rows and tells the row's label and field, whatever they show: the editor's panels ask it of every row
    they may show on each update that reaches them (47 rows a switch between inference and training, 14 of them
    changing; counted). Every row a panel shows or hides must go through here, or what is kept goes stale."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self._shown: dict[QWidget, bool] = {}

    def show(self, rows: Mapping[QWidget, bool]) -> None:
        for widget, visible in rows.items():
            self.set(widget, visible)

    def set(self, widget: QWidget, visible: bool) -> None:
        visible = bool(visible)
        if self._shown.get(widget) != visible:
            self._shown[widget] = visible
            self.form.setRowVisible(widget, visible)


class FieldBinder(QObject):
    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._sync: list[tuple[QWidget, Reader, Callable[[Any], None]]] = []
        self._shown: list[Any] = []  # each field's value as last written into its widget
        # the scenario section each field is in (None: a custom reader, which may read anything), and each section as
        # last read: an edit builds a new scenario that keeps every section it did not change (Scenario.with_changes),
        # so a field in a section that is the same object has not changed either, and is not read again
        self._sections: list[str | None] = []
        self._names: list[str] = []  # the sections of the fields, once each
        self._read: dict[str, object] = {}
        document.changed.connect(self._changed)
        document.error.connect(lambda _msg: self.sync())

    def _reader(self, path: str, read: Reader | None) -> Reader:
        return read or (lambda s: get_field(s, path))

    def combo(self, widget: QComboBox, path: str, read: Reader | None = None) -> None:
        """Item data holds the field's values."""

        def to_widget(value: Any) -> None:
            index = widget.findData(value)
            if index >= 0 and index != widget.currentIndex():
                widget.setCurrentIndex(index)

        slot = self._add(widget, self._reader(path, read), to_widget, None if read else path)
        widget.activated.connect(lambda i: self._edit(slot, path, widget.itemData(i)))

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
        slot = self._add(widget, self._reader(path, None), to_widget, path)
        widget.valueChanged.connect(lambda v: self._edit(slot, path, to_model(v), merge=True))
        widget.editingFinished.connect(self.document.end_merge)

    def check(self, widget: QCheckBox, path: str, on: Any = True, off: Any = False) -> None:
        slot = self._add(widget, self._reader(path, None), lambda value: widget.setChecked(value == on), path)
        widget.toggled.connect(lambda checked: self._edit(slot, path, on if checked else off))

    def custom(self, widget: QWidget, read: Reader, to_widget: Callable[[Any], None]) -> None:
        """`read` must return something equal only where the widget shows the same (a whole scenario always
        differs): the widget is written only when it changes."""
        self._add(widget, read, to_widget)

    def _add(self, widget: QWidget, read: Reader, to_widget: Callable[[Any], None], path: str | None = None) -> int:
        self._sync.append((widget, read, to_widget))
        self._shown.append(_UNSHOWN)
        section = path.split(".")[0] if path is not None and "." in path else None
        self._sections.append(section)
        if section is not None and section not in self._names:
            self._names.append(section)
        return len(self._sync) - 1

    def _edit(self, slot: int, path: str, value: Any, *, merge: bool = False) -> None:
        """The user changed the widget: whatever the document makes of it is written back into it."""
        self._shown[slot] = _UNSHOWN
        self.document.set_field(path, value, merge=merge)

    def _changed(self, scenario: Scenario) -> None:
        self.sync(scenario, only_changed=True)

    def sync(self, scenario: Scenario | None = None, *, only_changed: bool = False) -> None:
        """Each field into its widget; `only_changed`: the fields whose value differs from the one last written
        (each write costs a signal blocker and the widget's own checks, some a text reformat)."""
        s = scenario if isinstance(scenario, Scenario) else self.document.scenario
        read_before, self._read = self._read, {name: getattr(s, name) for name in self._names}
        kept = {name for name, section in self._read.items() if read_before.get(name) is section}
        for i, (widget, read, to_widget) in enumerate(self._sync):
            if only_changed and self._shown[i] is not _UNSHOWN and self._sections[i] in kept:
                continue  # its section is the one last read: the value written then
            value = read(s)
            if only_changed and self._shown[i] is not _UNSHOWN and _same(value, self._shown[i]):
                continue
            self._shown[i] = value
            with QSignalBlocker(widget):
                to_widget(value)


_UNSHOWN = object()  # never written (or edited by the user since)


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and bool(a == b)  # 1 == 1.0 == True, but a spin box shows them differently
