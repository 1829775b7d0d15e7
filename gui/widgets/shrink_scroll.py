"""A scroll area that asks for all of its content's height, and scrolls only when the window is too short for it:
the answer panel shows whole in any usual window, and a 1280×720 window (or a taller Chinese font, or the list
of changes that make a scenario fit) never pushes the charts' legends off the screen. Where it scrolls, its edge
falls between two lines, never across one (`whole_lines`): at its minimum in Chinese it showed the top half of its
fourth line (issue 11's fourth pass)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class ShrinkScroll(QScrollArea):
    # Lines of text: two absorb a wrapped line or a row (20-22 px). Six would also absorb the 3 or 4 rows a switch to
    # training adds (54-76 px) and spare both charts a resize on every mode switch (about 8 ms of a 41 ms switch, CPU
    # under load), but leave up to 100 px of empty answer in inference, taken from the charts (seen in Chinese).
    ROOM_LINES = 2

    def __init__(
        self, content: QWidget, min_height: int, parent: QWidget | None = None, *, keep_height: bool = False
    ) -> None:
        super().__init__(parent)
        self.min_height = min_height
        # keep_height: the area shrinks only as far as it must, keeping up to ROOM_LINES lines of room below a content
        # that got shorter, so the charts below keep their size while the answer loses a line or a row and gains it
        # back on a later edit. Every time the answer's height changed, the whole window was laid out again and both
        # charts resized and repainted whole: on 20-35 % of the batch, concurrency and GPU edits of the bench's mix
        # (20-22 px, a line; counted). A larger change (training's rows) still resizes the area, to within that room.
        self.keep_height = keep_height
        self._kept = (-1, 0)  # (the area's width, the height asked for at it)
        self._forgetting = False  # another document: keep no room until its answer is in the content
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
        # ((viewport width, content size), the minimum size hint at them); dropped with the size hint
        self._least: tuple[tuple[int, QSize], QSize] | None = None
        # the height the parent was last told to lay the area out for (updateGeometry): a hint read meanwhile (the
        # scroll bar shown for a taller content asks for it before the content's layout request comes) is no sign
        # that the parent knows of it
        self._told = -1
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            self._bar_for_lines()
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            before, self._hint, self._lines, self._least = self._hint, None, None, None
            if self._forgetting:  # the new document's answer: its own height, no room kept from the last one
                self._forgetting, self._kept = False, (-1, 0)
            # Most edits only change the content's texts (Qt asks for a layout on every label's new text): where its
            # height stays, the window above has nothing to lay out again (a pass through the whole window, 4 ms
            # an edit on a loaded 2-core machine, measured). Its preferred width is not looked at: the area fills
            # the page's width, and its minimum width is the scroll area's own; a new GPU or model used to change
            # it ("131,072 tokens (the model's maximum)" is wider than "75,713 tokens") and lay out the window.
            width = self.viewport().width()
            height = self.sizeHint().height()
            content = self.widget()
            # an area that is cut (it scrolls) is placed again even at the same height: a line inside may have moved
            # (a row of the list of changes that wraps within the room the list keeps), and its edge must fall
            # between two lines again (whole_lines)
            cut = content is not None and content.height() > self.viewport().height()
            if before is None or before[0] != width or height != self._told or cut:
                self._told = height
                self.updateGeometry()  # the content grew or shrank (a row, the list of changes): ask for its height
                # and get it now, before the content is resized: a content taller than the area for a moment shows
                # the scroll bar, which narrows the content (every wrapped label laid out again), then widens it back
                parent = self.parentWidget()
                layout = parent.layout() if parent is not None else None
                if layout is not None:
                    layout.activate()
                elif parent is not None:  # a parent that places its children itself (the answer's page column):
                    # its request, posted by updateGeometry, delivered now
                    QCoreApplication.sendPostedEvents(parent, QEvent.Type.LayoutRequest)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._bar_for_lines()

    def _bar_for_lines(self) -> None:
        """No scroll bar where only the content's bottom margin is below the area's edge, every line in view: in
        Chinese at 1280×720 the page gave the answer 149 px of its 150 (the last px its layout's margin), and a bar
        showed on first view to scroll that one empty pixel."""
        content = self.widget()
        if content is not None and content.height() <= self.viewport().height():
            fits = True  # all of it in view: its lines with it (their places are not looked up)
        else:
            spans = self._line_spans()
            fits = bool(spans) and max(bottom for _top, bottom in spans) <= self.viewport().height()
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
            if fits:
                self.verticalScrollBar().setValue(0)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = self.viewport().width()
        if self._hint is not None and self._hint[0] == width:
            return QSize(self._hint[1])
        if width > 0 and content.hasHeightForWidth():
            # the height at the width the answer really has: its size hint is measured at the narrow preferred
            # width, where wrapped lines take more rows (75 px more in a 1600 px window), which the charts then lose
            hint = QSize(
                preferred_width(content), max(content.heightForWidth(width), content.minimumSizeHint().height())
            )
        else:
            hint = content.sizeHint()
        if self.keep_height:  # at the area's width: its viewport narrows while the scroll bar shows
            at, kept = self._kept
            # up to ROOM_LINES lines more than the content: it shrinks as little as it may
            if at == self.width() and not self._forgetting:
                hint.setHeight(max(hint.height(), min(kept, hint.height() + self.slack())))
            self._kept = (self.width(), hint.height())
        self._hint = (width, QSize(hint))
        return hint

    def slack(self) -> int:
        """How much room the area may keep below its content: ROOM_LINES lines of its text."""
        content = self.widget()
        return self.ROOM_LINES * QFontMetrics((content or self).font()).height()

    def forget_height(self) -> None:
        """Ask for the content's own height again (another document or scenario is shown). The content still holds
        the last answer: the height kept is dropped again when the content next changes (the new answer), or the
        last answer's height, asked for meanwhile, was kept as up to ROOM_LINES empty lines under the new one."""
        self._forgetting = True
        if self._kept != (-1, 0):
            self._kept = (-1, 0)
            self._hint = self._least = None
            self._told = -1
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # asked for some 25 times a layout pass of the window (the page, the tabs and the window above ask again on
        # each of theirs): kept until the content or its width changes
        content = self.widget()
        key = (self.viewport().width(), content.size() if content is not None else QSize())
        if self._least is not None and self._least[0] == key:
            return QSize(self._least[1])
        whole = self.sizeHint().height()
        height = whole if whole <= self.min_height else self.whole_lines(self.min_height)
        least = QSize(super().minimumSizeHint().width(), height)
        self._least = (key, QSize(least))
        return least

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
        shown = [w for w in content.findChildren(QWidget) if not w.isWindow() and w.isVisibleTo(content)]
        boxes = {w.parentWidget() for w in shown}  # a box of lines (the list of changes): its lines count, not it
        spans = []
        for widget in shown:
            if widget not in boxes:
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


def preferred_width(widget: QWidget) -> int:
    """The width of `widget`'s size hint, without its height: a widget with a layout takes its size hint's height for
    that width (QLayout::totalSizeHint), measuring every wrapped label of the layout at it."""
    layout = widget.layout()
    if layout is None:
        return widget.sizeHint().width()
    margins = widget.contentsMargins()  # the widget's own (a frame's), outside its layout's
    return layout.sizeHint().width() + margins.left() + margins.right()
