"""The tabs beside the editor (Charts, What fits, Compare), heading the right column: the answer is inside the
Charts and What fits pages (gui/widgets/answer_page.py), so switching views never moves the tab bar. Their size
hint is their minimum, that of the page shown (the charts' page asks for at most 300 px and scrolls below that; the
fit explorer's tables scroll), so the window's minimum follows the view shown and never the largest page's."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QWidget


class ViewTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        """The shown page's minimum, not the largest page's (QTabWidget's own)."""
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
