"""A group box whose change of height repaints only what moves in it and its frame's bottom edge, not the whole box.

A switch between inference and training shows and hides rows of the editor's panels, and each panel that gains or
loses rows changes height. Qt repaints a resized widget whole, every field in it included, though only the rows below
the first one shown or hidden move (Qt repaints those itself, where they were and where they are) and the frame's
bottom edge with them: the workload panel's title and its mode, batch and context rows, which stay where they are,
were painted again on every switch, the context slider among them (0.41 million instructions a paint), and the
group box's frame, which Fusion draws as a nine-patch pixmap over the whole box (callgrind, the bench's switch:
the frames 1.64 → 0.95 million instructions a switch, the slider 0.41 → 0, the switch 58.4 → 57.2 million).

Here the box has static contents (Qt keeps what is painted where the box stays, repaints only what a taller box
uncovers, and has the parent repaint what a shorter one no longer covers), and the box repaints its bottom margin
at the old height and at the new one: the frame's bottom edge is drawn there, and nothing else of the frame depends
on the height (Fusion draws its sides the same all along, its bottom edge in its last 6 rows; the box's bottom
margin, which keeps the fields off the frame, is 12). A change of width repaints the box whole, as Qt does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QWidget


class FormBox(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if old.width() != new.width() or not old.isValid():
            self.update()
            return
        band = self._bottom_band()
        if band <= 0:  # no margin below the fields: where the frame's edge lies is not known
            self.update()
            return
        for height in {old.height(), new.height()}:
            self.update(0, height - band, new.width(), band)

    def _bottom_band(self) -> int:
        """The rows below the fields: the box's own bottom margin and its layout's (the style's, which keep the
        fields off the frame, so the style draws the frame's bottom edge within them)."""
        layout = self.layout()
        below = self.contentsMargins().bottom() + (layout.contentsMargins().bottom() if layout is not None else 0)
        return below
