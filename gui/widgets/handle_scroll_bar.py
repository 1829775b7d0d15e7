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
(transient, macOS) is left to Qt's own repaint."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

_CC = QStyle.ComplexControl.CC_ScrollBar
_SC = QStyle.SubControl
_CHANGES = (
    QAbstractSlider.SliderChange.SliderRangeChange,
    QAbstractSlider.SliderChange.SliderValueChange,
    QAbstractSlider.SliderChange.SliderStepsChange,
)


class HandleScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted = QRect()  # the handle as last painted
        self._empty = True  # its range as last painted was empty (a style may draw such a bar disabled)

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
