"""The window's two charts, one above the other: the pair shown, and a pair prepared ahead for a switch of mode
(gui/switch_ahead.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from gui.charts.context_chart import ContextChart
from gui.charts.vram_chart import VramChart


class ChartPair(QSplitter):
    """The breakdown above the context chart, the splitter between them the user's to move."""

    resized = Signal()

    def __init__(self, vram_chart: VramChart, context_chart: ContextChart, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.vram_chart = vram_chart
        self.context_chart = context_chart
        self.addWidget(self.vram_chart)
        self.addWidget(self.context_chart)
        self.setSizes([300, 480])
        self.setChildrenCollapsible(False)

    @property
    def charts(self) -> tuple[VramChart, ContextChart]:
        return (self.vram_chart, self.context_chart)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
