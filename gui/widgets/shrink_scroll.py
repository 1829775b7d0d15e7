"""A scroll area that asks for all of its content's height, and scrolls only when the window is too short for it:
the answer panel shows whole in any usual window, and a 1280×720 window (or a taller Chinese font, or the list
of changes that make a scenario fit) never pushes the charts' legends off the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class ShrinkScroll(QScrollArea):
    def __init__(
        self, content: QWidget, min_height: int, parent: QWidget | None = None, *, keep_tallest: bool = False
    ) -> None:
        super().__init__(parent)
        self.min_height = min_height
        # keep_tallest: ask for the tallest height the content has asked for at this width (until forget_tallest or
        # another width), so the charts below keep their size while the answer loses a row (training → inference,
        # the list of changes gone when a scenario fits again). Every time the answer's height changed, the whole
        # window was laid out again and both charts resized and repainted whole: on about half the edits of the
        # bench's mix, and on every switch between inference and training (counted).
        self.keep_tallest = keep_tallest
        self._tallest = (-1, 0)  # (the area's width, the tallest height asked for at it)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # (viewport width, size hint): the layouts above ask for it many times a pass (16 an edit, counted), and each
        # answer measures every wrapped label at that width; dropped when the content asks for a new layout
        self._hint: tuple[int, QSize] | None = None
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            before, self._hint = self._hint, None
            # Most edits only change the content's texts (Qt asks for a layout on every label's new text): where its
            # height stays, the window above has nothing to lay out again (a pass through the whole window, 4 ms
            # an edit on a loaded 2-core machine, measured). Its preferred width is not looked at: the area fills
            # the page's width, and its minimum width is the scroll area's own; a new GPU or model used to change
            # it ("131,072 tokens (the model's maximum)" is wider than "75,713 tokens") and lay out the window.
            width = self.viewport().width()
            if before is None or before[0] != width or before[1].height() != self.sizeHint().height():
                self.updateGeometry()  # the content grew or shrank (a row, the list of changes): ask for its height
                # and get it now, before the content is resized: a content taller than the area for a moment shows
                # the scroll bar, which narrows the content (every wrapped label laid out again), then widens it back
                parent = self.parentWidget()
                layout = parent.layout() if parent is not None else None
                if layout is not None:
                    layout.activate()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = self.viewport().width()
        if self._hint is not None and self._hint[0] == width:
            return QSize(self._hint[1])
        hint = content.sizeHint()
        if width > 0 and content.hasHeightForWidth():
            # the height at the width the answer really has: its size hint is measured at the narrow preferred
            # width, where wrapped lines take more rows (75 px more in a 1600 px window), which the charts then lose
            hint = QSize(hint.width(), max(content.heightForWidth(width), content.minimumSizeHint().height()))
        if self.keep_tallest:  # at the area's width: its viewport narrows while the scroll bar shows
            at, tallest = self._tallest
            if at == self.width() and tallest > hint.height():
                hint.setHeight(tallest)
            self._tallest = (self.width(), hint.height())
        self._hint = (width, QSize(hint))
        return hint

    def forget_tallest(self) -> None:
        """Ask for the content's own height again (another document or scenario is shown)."""
        if self._tallest != (-1, 0):
            self._tallest = (-1, 0)
            self._hint = None
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.min_height, self.sizeHint().height()))
