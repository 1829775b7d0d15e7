"""A scroll area for a page whose minimum height can outgrow a small screen: the charts keep their title, a minimum
plot and every legend row, and a ZeRO-3 training scenario's nine-component legends made that 732 px of window, more
than a 1280×720 screen has (issue 11). Below `cap` the page scrolls, as the editor beside it does; above, it fills
the area and nothing scrolls. `natural_height` is the page's own minimum, for a layout that gives the page that
much before other widgets get more than their minimum (gui/widgets/answer_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class PageScroll(QScrollArea):
    def __init__(self, content: QWidget, cap: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a legend gained or lost a row: the page's minimum changed
        return super().eventFilter(watched, event)

    def natural_height(self) -> int:
        content = self.widget()
        if content is None:
            return 0
        return max(content.minimumSizeHint().height(), content.minimumHeight())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.natural_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.cap, self.natural_height()))
