"""A tab's page with the answer above its body (the charts, the fit explorer). The one answer panel moves to the page
shown (`take_answer`); the Compare tab has none, and its table and chart get that height (at 1280×720 its plot had
110 px, under an answer about one scenario of several).

How a short window is shared, from the tallest to the shortest:

1. the answer whole, the body gets the rest (at least its own minimum: the charts' title, a minimum plot and every
   legend row);
2. the answer gives way first, down to its minimum (it scrolls, verdict and first lines in view, cut between two
   lines, never across one), the body keeps its own minimum;
3. shorter than both minimums (a ZeRO-3 scenario's nine-component legends at 1280×720): the page scrolls as one,
   the answer whole in it. The answer and the charts used to scroll each on its own there, two scroll bars one
   above the other in the column (issue 11's fourth pass).

The page asks for at most `cap` px of the window (below, it scrolls), so that the longest legends never push the
window's minimum past a 720-line screen (they made it 732 px). A box layout cannot give the order above — it takes
a shortfall from both equally — so the page places its two children itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from gui.widgets.shrink_scroll import ShrinkScroll

SPACING = 4  # between the answer and the body


class AnswerPage(QScrollArea):
    def __init__(self, body: QWidget, cap: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self.column = _Column(self, body)
        self.setWidget(self.column)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._hints: tuple[QSize, int] | None = None  # (minimum, preferred width) the layouts above last heard of
        self.column.installEventFilter(self)

    @property
    def body(self) -> QWidget:
        return self.column.body

    @property
    def answer(self) -> QWidget | None:
        """The answer, while it is on this page (another page may have taken it since)."""
        return self.column.answer

    def take_answer(self, answer: QWidget) -> None:
        self.column.take_answer(answer)
        self._hints = None
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.column and event.type() == QEvent.Type.LayoutRequest:
            # a legend gained a row, the answer a line: the page's minimum may have changed. The window above is laid
            # out again only where it did: the page asks for at most `cap` px, which it nearly always asks for, and a
            # switch to training (the answer three lines taller) laid the whole window out for nothing (the column
            # places the answer and the charts itself, and the page resizes the column)
            # (its preferred height is not looked at: the tabs above ask for the page's minimum, ViewTabs)
            hints = (self.minimumSizeHint(), self.sizeHint().width())
            if hints != self._hints:
                self._hints = hints
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return self.column.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.column.minimumSizeHint().width(), min(self.cap, self.column.compact_height()))


class _Column(QWidget):
    """The answer above the body, placed as the module's docstring says; the page scrolls it when it is taller."""

    def __init__(self, page: AnswerPage, body: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.body = body
        body.setParent(self)
        self._answer: QWidget | None = None

    @property
    def answer(self) -> QWidget | None:
        a = self._answer
        return a if a is not None and a.parentWidget() is self else None

    def take_answer(self, answer: QWidget) -> None:
        if answer.parentWidget() is not self:
            answer.setParent(self)
        self._answer = answer
        answer.show()
        self._place()
        self.updateGeometry()

    def _body_minimum(self) -> int:
        return max(self.body.minimumSizeHint().height(), self.body.minimumHeight())

    def compact_height(self) -> int:
        """The answer at its minimum above the body at its own: the least height that shows both unscrolled."""
        height = self._body_minimum()
        a = self.answer
        if a is not None:
            height += a.minimumSizeHint().height() + SPACING
        return height

    def minimumSizeHint(self) -> QSize:
        width = max(self.body.minimumSizeHint().width(), 0)
        height = self.compact_height()
        a = self.answer
        if a is not None:
            width = max(width, a.minimumSizeHint().width())
            if self.page.maximumViewportSize().height() < height:
                # shorter than both minimums: the page scrolls, and the answer is whole in it (scrolled on its own
                # as well, it would show a second scroll bar above the page's)
                height += a.sizeHint().height() - a.minimumSizeHint().height()
        return QSize(width, height)

    def sizeHint(self) -> QSize:
        hint = self.body.sizeHint()
        a = self.answer
        if a is None:
            return hint
        return QSize(max(hint.width(), a.sizeHint().width()), hint.height() + SPACING + a.sizeHint().height())

    def _place(self) -> None:
        w, h = self.width(), self.height()
        a = self.answer
        top = 0
        if a is not None:
            # the answer's height depends on its width (wrapped lines): placed at a new width, it may ask for another
            # height, so place it again until it asks for what it has (twice at most, seen: a width, then a height)
            for _pass in range(3):
                low, want = a.minimumSizeHint().height(), a.sizeHint().height()
                answer_h = max(low, min(want, h - SPACING - self._body_minimum()))
                if answer_h < want and isinstance(a, ShrinkScroll):
                    answer_h = max(low, a.whole_lines(answer_h))  # the spare pixels go to the body
                if a.geometry() == QRect(0, 0, w, answer_h):
                    break
                a.setGeometry(0, 0, w, answer_h)
            top = a.height() + SPACING
        self.body.setGeometry(0, top, w, max(0, h - top))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a child's size hint changed (the answer gained a row)
            self._place()
            self.updateGeometry()
        return super().event(event)
