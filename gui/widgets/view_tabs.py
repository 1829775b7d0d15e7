"""The tabs beside the editor (charts, fit explorer). They take whatever height the answer above them leaves: their
size hint is their minimum, so in a short window the answer keeps its rows and the tabs shrink first (down to the
charts' minimum, which keeps every legend row whole)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget


class ViewTabs(QTabWidget):
    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())
