"""One place in a layout that holds one widget per mode (inference, training) and shows one of them.

A switch between inference and training changed everything a chart shows: its legend's rows, its curves, its axes'
labels and their widths, its title; and the answer above gained or lost three or four rows, which resized both
charts. Each was laid out again and painted whole, about two thirds of a switch's time (docs/gui-latency.md). With a
chart per mode, each keeps its own legend rows, axes and size between switches: a switch shows the other one, which
is updated as an edit in its own mode would update it, or not at all where its scenario is the one it shows.

The slot asks for the size of the widget it shows (a QStackedWidget asks for the largest of its widgets': the
training breakdown's longer legend would have raised the inference charts' minimum height, and the window's), and
gives it its whole area. A hidden widget keeps its geometry: shown again at the size it had, it is not resized."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class ModeSlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def shown(self) -> QWidget | None:
        return self._shown

    def show_widget(self, widget: QWidget) -> bool:
        """Show `widget` (made a child of the slot if it is not one) and hide the one shown before. False if it was
        shown already. It keeps the size it had until the slot is resized or `fit` is called: a switch of mode
        changes the answer's height above, and so the slot's, after this; given the slot's size now, the widget was
        resized twice a switch (to the other mode's size, then back to its own), each time laid out and its axes
        and labels placed again."""
        if widget is self._shown:
            return False
        if widget.parentWidget() is not self:
            widget.setParent(self)
        before, self._shown = self._shown, widget
        if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):  # never placed yet
            widget.setGeometry(self.rect())
        widget.show()
        if before is not None:
            before.hide()
        self.updateGeometry()
        return True

    def sizeHint(self) -> QSize:
        return self._shown.sizeHint() if self._shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        w = self._shown
        if w is None:
            return super().minimumSizeHint()
        # a widget's own minimum (the charts set theirs: title, a minimum plot, every legend row) over its hint
        return w.minimumSizeHint().expandedTo(w.minimumSize())

    def fit(self) -> None:
        """The widget shown given the slot's whole area (where the slot was not resized since it was shown)."""
        if self._shown is not None and self._shown.geometry() != self.rect():
            self._shown.setGeometry(self.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        # the widget shown changed its minimum (a legend gained a row): the layouts above hear of it
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)
