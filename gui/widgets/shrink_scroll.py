"""A scroll area that asks for all of its content's height, and scrolls only when the window is too short for it:
the answer panel shows whole in any usual window, and a 1280×720 window (or a taller Chinese font, or the list
of changes that make a scenario fit) never pushes the charts' legends off the screen. Where it scrolls, its edge
falls between two lines, never across one (`whole_lines`): at its minimum in Chinese it showed the top half of its
fourth line (issue 11's fourth pass)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class ShrinkScroll(QScrollArea):
    def __init__(self, content: QWidget, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_height = min_height
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # (viewport width, size hint): the layouts above ask for it many times a pass (16 an edit, counted), and each
        # answer measures every wrapped label at that width; dropped when the content asks for a new layout
        self._hint: tuple[int, QSize] | None = None
        # (content size, the lines' spans from the content's top): asked for by every minimum size hint
        self._lines: tuple[QSize, list[tuple[int, int]]] | None = None
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            before, self._hint, self._lines = self._hint, None, None
            # Most edits only change the content's texts (Qt asks for a layout on every label's new text): where its
            # size hint stays, the window above has nothing to lay out again (a pass through the whole window, 4 ms
            # an edit on a loaded 2-core machine, measured).
            if before is None or before != (self.viewport().width(), self.sizeHint()):
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
        self._hint = (width, QSize(hint))
        return hint

    def minimumSizeHint(self) -> QSize:
        whole = self.sizeHint().height()
        height = whole if whole <= self.min_height else self.whole_lines(self.min_height)
        return QSize(super().minimumSizeHint().width(), height)

    def _line_spans(self) -> list[tuple[int, int]]:
        """Where the content's lines (its labels, buttons: the widgets with no widgets in them) run, top to bottom,
        from the content's top edge, as the content is laid out now."""
        content = self.widget()
        if content is None:
            return []
        layout = content.layout()
        if layout is not None:
            layout.activate()  # a layout still pending would give the lines' places before the last change
        if self._lines is not None and self._lines[0] == content.size():
            return self._lines[1]
        spans = []
        for widget in content.findChildren(QWidget):
            if widget.isWindow() or not widget.isVisibleTo(content):
                continue
            if any(child.isVisibleTo(content) and not child.isWindow() for child in widget.findChildren(QWidget)):
                continue  # a box of lines (the list of changes): its lines count
            top = widget.mapTo(content, QPoint(0, 0)).y()
            spans.append((top, top + widget.height()))
        self._lines = (content.size(), spans)
        return spans

    def whole_lines(self, height: int) -> int:
        """The tallest viewport, up to `height`, whose bottom edge cuts no line: a line the viewport cannot show
        whole is left to the scroll bar, rather than shown in half."""
        spans = self._line_spans()
        cut = True
        while cut and height > 0:
            cut = False
            for top, bottom in spans:
                if top < height < bottom:
                    height, cut = top, True
        return height
