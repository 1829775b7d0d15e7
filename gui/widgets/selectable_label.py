"""A label whose text the mouse selects (and copies, from its context menu or with Ctrl+C), measured and painted as
a plain label until it is clicked.

Qt selects a label's text through a text document of the label's own (QWidgetTextControl), made for a label that
selects or takes the focus, and such a label lays that document out again for every size it is asked: three sizes for
each new text (preferred, least width, one line), each laid out and then restored, and again for every width a wrapped
one is measured at. The answer's figures change on every edit: with the documents, its own layout took 0.84 ms of a
batch edit, without them 0.34 ms (offscreen, measured). So the document is made when it is first needed — a press,
which starts a selection and gives the label the focus (for Ctrl+C), or a context menu (Copy, Select All) — and
dropped with the text it selected: a new text clears a selection in any case. The text is drawn the same either way
(grabs with and without the document equal pixel for pixel: tests/gui/test_selectable_label.py), at the same least
size and the same height for a width; only Qt's guess at a short wrapped line's preferred width differs (the usage
line asks for 173 px where its document asked for 153-159), which the window's least size and layout never read
(both compared with main's in both languages and modes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
PLAIN = Qt.TextInteractionFlag.NoTextInteraction


class SelectableLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain()

    def _plain(self) -> None:
        self.setTextInteractionFlags(PLAIN)  # (and no focus: a label that takes it gets the document too)

    def selectable(self) -> None:
        """Make the text selectable now (the document made): a press or a context menu does."""
        if self.textInteractionFlags() != SELECTABLE:
            self.setTextInteractionFlags(SELECTABLE)  # and the focus policy of a selectable label: on a click

    def setText(self, text: str) -> None:
        if text != self.text() and self.textInteractionFlags() != PLAIN:
            self._plain()  # the selection goes with the old text
        super().setText(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.textInteractionFlags() != SELECTABLE:
            self.selectable()
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # as Qt gives a selectable label before its press
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.selectable()  # its menu (Copy, Select All) is the document's
        super().contextMenuEvent(event)
