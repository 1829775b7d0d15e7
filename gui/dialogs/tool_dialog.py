"""What every Tools dialog shares: inputs in a form, the figures below them (each with its formula tooltip), a
line that says why nothing can be computed, and notes. Figures are recomputed by the engine on every committed
input (spin boxes commit on Enter or focus-out), never derived here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import SizingError
from gui.edits import error_message
from gui.fields import in_window_words
from gui.i18n_engine import engine_text
from gui.preferences import Preferences


class ResultRows(QGroupBox):
    """Named figures, one label per row created once; a row hidden until it has a value."""

    def __init__(self, title: str, parent: QWidget | None = None, *, keep: bool = False) -> None:
        super().__init__(title, parent)
        self.keep = keep  # True: what the figures are for (model, GPU), kept when they cannot be computed
        # never squeezed below its rows' height (a table below it takes the squeeze instead)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}

    def add(self, key: str, title: str) -> None:
        name = QLabel(title, self)
        value = QLabel(self)
        value.setObjectName(key)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(name, value)
        self.values[key], self.names[key] = value, name
        self.form.setRowVisible(value, False)

    def set(self, key: str, text: str, tooltip: str = "") -> None:
        self.values[key].setText(text)
        self.values[key].setToolTip(tooltip)
        self.names[key].setToolTip(tooltip)
        self.form.setRowVisible(self.values[key], True)
        self.show()

    def set_title(self, key: str, title: str) -> None:
        self.names[key].setText(title)

    def hide_row(self, key: str) -> None:
        self.form.setRowVisible(self.values[key], False)

    def clear(self) -> None:
        """No figures: the whole box goes (an empty frame would look like a figure still to come)."""
        for key in self.values:
            self.hide_row(key)
        self.hide()

    def text(self, key: str) -> str:
        """The figure shown, or '' while its row is hidden."""
        return self.values[key].text() if self.form.isRowVisible(self.values[key]) else ""

    def tooltip(self, key: str) -> str:
        return self.values[key].toolTip()


class ToolDialog(QDialog):
    """Non-modal: a tool stays open beside the window while the user edits the scenario."""

    def __init__(self, title: str, preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)  # a calculator's few fields would otherwise make a sliver of a window
        self.preferences = preferences
        self.layout_ = QVBoxLayout(self)
        self.inputs = QFormLayout()
        self.layout_.addLayout(self.inputs)
        self.message = QLabel(self)
        self.message.setObjectName("ToolMessage")
        self.message.setStyleSheet("#ToolMessage { font-weight: bold; }")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.notes = QLabel(self)
        self.notes.setObjectName("ToolNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._ready = False

    def finish_layout(self, *results: QWidget) -> None:
        """The message and the results below the inputs, then the notes and the Close button; the first computation."""
        self.layout_.addWidget(self.message)  # right below the inputs: why there are no figures, seen first
        tables = [w for w in results if isinstance(w, QAbstractItemView)]
        for widget in results:
            self.layout_.addWidget(widget, 1 if widget in tables else 0)  # a table takes the room a window gives
        self.layout_.addWidget(self.notes)
        if not tables:
            self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self._ready = True
        self.recompute()

    @property
    def unit(self) -> str:
        return self.preferences.unit if self.preferences is not None else "GiB"

    def recompute(self) -> None:
        if not self._ready:
            return
        self.message.hide()  # compute() may show a refusal of its own
        try:
            self.compute()
        except (SizingError, ValueError) as exc:
            self.show_problem(error_message(exc))

    def compute(self) -> None:
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        """Nothing can be computed from these inputs: say why (the engine's words) instead of stale figures."""
        self.clear_results()
        self.message.setText(self.tr("Cannot compute: {0}").format(in_window_words(text)))
        self.message.show()

    def clear_results(self) -> None:
        for box in self.findChildren(ResultRows):
            if not box.keep:
                box.clear()

    def set_notes(self, lines: list[str]) -> None:
        self.notes.setText("\n".join(f"• {engine_text(n)}" for n in lines))  # the engine's notes, in the window's words
        self.notes.setVisible(bool(lines))


def int_spin(parent: QWidget, lo: int, hi: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(lo, hi)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)
    return box


def float_spin(
    parent: QWidget, lo: float, hi: float, value: float, decimals: int = 2, suffix: str = ""
) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)
    return box
