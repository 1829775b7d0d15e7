"""What every Tools dialog shares: inputs in a form, the figures below them (each with its formula tooltip), a
line that says why nothing can be computed, and notes. Figures are recomputed by the engine on every committed
input (spin boxes commit on Enter or focus-out), never derived here."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import SizingError
from gui.edits import error_message
from gui.fields import in_window_words
from gui.i18n_engine import engine_text
from gui.preferences import Preferences
from gui.widgets.shrink_scroll import ShrinkScroll


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


class _Body(ShrinkScroll):
    """The dialog's inputs and figures: whole where the screen has room, scrolled where it has not, and never
    narrower than they need (the horizontal bar is off)."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(content, 160, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), super().minimumSizeHint().height())


class ToolDialog(QDialog):
    """Non-modal: a tool stays open beside the window while the user edits the scenario."""

    def __init__(self, title: str, preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)  # a calculator's few fields would otherwise make a sliver of a window
        self.preferences = preferences
        # the inputs and figures scroll where the screen is short (the training planner is 940 px tall; a
        # 1280×720 screen put its figures and the Close button below the screen's edge); the buttons stay seen
        outer = QVBoxLayout(self)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = _Body(self.body, self)
        outer.addWidget(self.body_scroll, 1)
        self._fitted = False
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
        for button in self.buttons.buttons():  # Enter in a field commits it (the field's own editingFinished); it
            if isinstance(button, QPushButton):  # must not press Close and take what was typed with the dialog
                button.setAutoDefault(False)
                button.setDefault(False)
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
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addWidget(self.buttons)
        self._ready = True
        self.recompute()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return left over by a field (a line edit or spin box has committed its text by then) is taken
        here: QDialog would close the dialog through its default button. Escape still closes it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: as tall as the content asks, but within the screen's free area (less room for the
        window manager's title bar and borders, as MainWindow.fit_on_screen)."""
        if not self._fitted:
            self._fitted = True
            outer = self.layout()
            assert outer is not None
            # the body's height at the dialog's width (its hint was taken while the viewport was still narrow)
            self.layout_.activate()
            outer.activate()
            self.body_scroll.updateGeometry()
            height = self.sizeHint().height()
            screen = self.screen()
            if screen is not None:
                height = min(height, screen.availableGeometry().height() - 48)
            self.resize(self.width(), max(height, self.minimumSizeHint().height()))
        super().showEvent(event)

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
        self.message.setText(self.tr("Cannot compute: {0}").format(in_window_words(engine_text(text))))
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


COLUMN_CLEAR_PX = 4  # beyond the style's header margin, on each side of a column's widest text


def fit_columns(table: QTableWidget) -> None:
    """Columns sized to their contents, with room: sized exactly, the serving planner's "批大小" header was cut at its
    last glyph in the Chinese window and figures touched the next column's grid line (seen on Xvfb). The last column
    stretches to the table's edge where the header says so."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = header.count() - 1 if header.stretchLastSection() else header.count()
    for col in range(last):
        header.resizeSection(col, header.sectionSize(col) + 2 * COLUMN_CLEAR_PX)
