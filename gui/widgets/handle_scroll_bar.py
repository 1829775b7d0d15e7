"""A scroll bar that repaints only the rows a new range or value changes: between its handle's old and new leading
edges, and between their trailing edges. Qt repaints the whole bar for any change of range, page or value; the
editor's bar is the editor's height (869 px at 1440×940) and Fusion fills its groove and handle with gradients:
repainted whole on every switch between inference and training (the editor's body changes height), it took 3.8
million of the switch's 65 million instructions on the main thread (callgrind), more than any other widget of the
editor. Fusion draws both the groove and the handle the same all along the bar's length (its gradients run across it;
only the outlines at a handle's two edges differ), so every other row would be painted with the same pixels again.
Repainting the whole span of both handles instead (one rectangle) saved a tenth of that, the rows between the edges
being most of the bar. (The model and GPU lists' bars, 190 px, are left to Qt: there the Python this runs on each of
their many changes of range cost more than the rows it spared, 0.3 % of a GPU edit.) A bar whose range becomes or
stops being empty is repainted whole (a style may draw it disabled), and a style whose scroll bars come and go
(transient, macOS) is left to Qt's own repaint.

Fusion draws the handle under the mouse in other colours (a flatter gradient across it: on the light palette its green
runs 0xfb to 0xf6 instead of 0xfe to 0xf2). When the part of the bar under the mouse changes (off the handle onto the
groove, say), Qt repaints that part where it was at the mouse's last move. A handle moved since under the still mouse
(the bar's range changed: a switch between inference and training) was repainted only at its edges, so the rest of it
kept the hovered colours: seen on a real display (Xvfb) after dragging the handle, switching to inference and moving
the mouse onto the groove, a 14 × 124 px band of the handle. Here such a change of the part under the mouse repaints
the whole bar, so the rows a new range or value leaves alone are always drawn in the bar's present state (the mouse
moving over the 14 px bar pays for it, not an edit)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHoverEvent, QMouseEvent, QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

_CC = QStyle.ComplexControl.CC_ScrollBar
_SC = QStyle.SubControl
_CHANGES = (
    QAbstractSlider.SliderChange.SliderRangeChange,
    QAbstractSlider.SliderChange.SliderValueChange,
    QAbstractSlider.SliderChange.SliderStepsChange,
)
_HOVER = (QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.HoverLeave)


class HandleScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted = QRect()  # the handle as last painted
        self._empty = True  # its range as last painted was empty (a style may draw such a bar disabled)
        self._hovered = _SC.SC_None  # the part under the mouse at its last move, as Qt's own hover tracking sees it

    def event(self, event: QEvent) -> bool:
        if event.type() in _HOVER and isinstance(event, QHoverEvent):
            # Qt's test (QScrollBarPrivate::newHoverControl): the part at the event's position, none when it left
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            inside = event.type() != QEvent.Type.HoverLeave
            point = event.position().toPoint()
            hovered = self.style().hitTestComplexControl(_CC, option, point, self) if inside else _SC.SC_None
            if hovered != self._hovered:
                self._hovered = hovered
                self.update()  # not only where Qt last saw that part: the handle may have moved since
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.update()  # see mouseReleaseEvent

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt repaints the part pressed (the handle, say) within its rectangle as the style gives it; Fusion draws
        the handle's outline a row beyond it at either end, and those two rows kept the pressed colours after a drag
        of the handle (20 pixels on Xvfb, in Qt's own scroll bar too). The whole bar is repainted as a press starts
        and ends."""
        super().mouseReleaseEvent(event)
        self.update()

    def _handle(self) -> QRect:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(_CC, option, _SC.SC_ScrollBarSlider, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._painted = self._handle()
        self._empty = self.minimum() == self.maximum()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if (
            change not in _CHANGES
            or self._painted.isNull()
            or self._empty
            or self.minimum() == self.maximum()
            or not self.isVisible()
            or self.style().styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)
        ):
            super().sliderChange(change)  # the whole bar
            return
        self.update(self._changed(self._painted, self._handle()))

    def _changed(self, old: QRect, new: QRect) -> QRegion:
        """Where the bar's pixels change when its handle goes from `old` to `new`: between the handles' leading edges
        and between their trailing edges (with the outlines at either edge). Elsewhere along the bar each row stays:
        groove under both, or handle under both (Fusion draws either the same all along its length)."""
        vertical = self.orientation() == Qt.Orientation.Vertical
        lead_old, lead_new = (old.top(), new.top()) if vertical else (old.left(), new.left())
        end_old, end_new = (old.bottom(), new.bottom()) if vertical else (old.right(), new.right())
        if max(lead_old, lead_new) > min(end_old, end_new):  # apart: both whole
            return QRegion(old.adjusted(-2, -2, 2, 2)) + new.adjusted(-2, -2, 2, 2)
        region = QRegion()
        for a, b in ((lead_old, lead_new), (end_old, end_new)):
            low, high = min(a, b) - 2, max(a, b) + 2
            if vertical:
                region += QRect(0, low, self.width(), high - low + 1)
            else:
                region += QRect(low, 0, high - low + 1, self.height())
        return region
