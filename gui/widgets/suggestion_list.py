"""The cheapest changes that make a scenario fit (`core.fit.suggestions`), each a flat button: one click applies
it as one undoable edit. Shown by the answer panel and by the fit explorer; the figures are the engine's
re-estimate of the changed scenario."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.fit import Suggestion
from gui.format import fmt_bytes
from gui.i18n_engine import suggestion_title


class SuggestionList(QWidget):
    apply_requested = Signal(str, object)  # the suggestion's title (the undo step's name), its edits

    MAX = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = "GiB"
        self.heading = QLabel(self)
        self.heading.setObjectName("SuggestionHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.buttons: list[QPushButton] = []
        self._items: list[Suggestion] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        for _ in range(self.MAX):
            button = QPushButton(self)
            button.setObjectName("Suggestion")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton#Suggestion { text-align: left; padding: 0px 6px; border: none; }")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, b=button: self._clicked(b))
            layout.addWidget(button)
            self.buttons.append(button)
        self.set_suggestions((), searching=False)

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.set_suggestions(self._items)

    def set_suggestions(self, items: Sequence[Suggestion], *, searching: bool = False) -> None:
        """`searching`: the scenario does not fit and its suggestions are being computed."""
        self._items = list(items)[: self.MAX]
        if searching:
            self.heading.setText(self.tr("Looking for the cheapest changes that make it fit…"))
        elif self._items:
            self.heading.setText(self.tr("Make it fit — one click applies a change (Edit ▸ Undo takes it back):"))
        else:
            self.heading.setText(self.tr("No single change tried makes it fit."))
        for i, button in enumerate(self.buttons):
            if i < len(self._items):
                s = self._items[i]
                button.setText(
                    self.tr("▸ {0} → {1} per GPU, headroom {2}").format(
                        suggestion_title(s), fmt_bytes(s.total_bytes, self.unit), fmt_bytes(s.headroom_bytes, self.unit)
                    )
                )
                button.setToolTip(
                    self.tr("{0}\nCost: {1}\n{2} of {3} usable after the change (re-estimated)").format(
                        suggestion_title(s),
                        s.cost,
                        fmt_bytes(s.total_bytes, self.unit),
                        fmt_bytes(s.usable_bytes, self.unit),
                    )
                )
                button.setVisible(True)
            else:
                button.setVisible(False)

    def items(self) -> list[Suggestion]:
        return list(self._items)

    def _clicked(self, button: QPushButton) -> None:
        i = self.buttons.index(button)
        if i < len(self._items):
            s = self._items[i]
            self.apply_requested.emit(suggestion_title(s), s.edits)
