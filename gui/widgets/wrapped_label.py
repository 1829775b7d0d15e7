"""A word-wrapped label that keeps its height for each width it was measured at, until its text, font or style
changes.

Qt measures a rich-text label (the model's and the GPU's line, their names in bold) by laying its text document out
again at the width asked, then back at its own, and repaints the label for it. The editor is measured whole whenever
a line in it changes (its scroll area asks the body's height for its width, and its preferred size): a new GPU laid
the model's line out again, and repainted it, though nothing in it had changed (and a new model the GPU's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

# what changes a label's height for a width other than its text
_RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class WrappedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._text = ""  # the text the heights are for
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        text = self.text()
        if text != self._text:
            self._text, self._heights = text, {}
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESIZING:
            self._heights = {}
        super().changeEvent(event)
