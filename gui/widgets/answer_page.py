"""A tab's page with the answer above its body (the charts, the fit explorer). The one answer panel moves to the page
shown (`take_answer`); the Compare tab has none, and its table and chart get that height (at 1280×720 its plot had
110 px, under an answer about one scenario of several).

The answer has the first claim on the height, down to the body's own minimum: a short window shrinks the answer to
its minimum (it scrolls, verdict and first rows in view) before the body gives up anything, and only then the body
shrinks below its own minimum (the charts' page scrolls: gui/widgets/page_scroll.py). A box layout cannot give that
order — it takes a shortfall from both equally — so the page places its two children itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.widgets.page_scroll import PageScroll

SPACING = 4  # between the answer and the body


class AnswerPage(QWidget):
    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        body.setParent(self)
        self._answer: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    @property
    def answer(self) -> QWidget | None:
        """The answer, while it is on this page (another page may have taken it since)."""
        a = self._answer
        return a if a is not None and a.parentWidget() is self else None

    def take_answer(self, answer: QWidget) -> None:
        if answer.parentWidget() is not self:
            answer.setParent(self)
        self._answer = answer
        answer.show()
        self._place()
        self.updateGeometry()

    def _body_natural(self) -> int:
        b = self.body
        if isinstance(b, PageScroll):
            return b.natural_height()
        return max(b.minimumSizeHint().height(), b.minimumHeight())

    def _body_minimum(self) -> int:
        return max(self.body.minimumSizeHint().height(), self.body.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        width = max(self.body.minimumSizeHint().width(), 0)
        height = self._body_minimum()
        a = self.answer
        if a is not None:
            width = max(width, a.minimumSizeHint().width())
            height += a.minimumSizeHint().height() + SPACING
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
                answer_h = max(low, min(want, h - SPACING - self._body_natural()))
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
