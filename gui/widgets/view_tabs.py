"""The tabs beside the editor (charts, fit explorer). They take whatever height the answer above them leaves: their
size hint is their minimum, so in a short window the answer keeps its rows and the tabs shrink first (down to the
shown page's minimum: the charts' keeps every legend row whole; the fit explorer's tables scroll)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QWidget


class ViewTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        """The shown page's minimum, not the largest page's (QTabWidget's own): a short window showing the fit
        explorer gives the answer above the room the charts would need."""
        hint = super().minimumSizeHint()
        page = self.currentWidget()
        if page is None:
            return hint
        own = max(page.minimumSizeHint().height(), page.minimumHeight())
        return QSize(hint.width(), own + self.tabBar().sizeHint().height() + 2)

    def hasHeightForWidth(self) -> bool:
        # a page's wrapping labels would make the layout ask for the page's full height at this width, taking
        # precedence over the minimum above (the answer was squeezed to its scroll minimum)
        return False

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())
