"""The verdict kept in view: where a short window scrolls the answer's page (or the answer itself) far enough that
the verdict badge leaves the view, a compact copy of it — the badge and the usage line, "47.2 GiB of 79.6 GiB
usable" — lies over the top of the view until the real one comes back (over its bottom, where the verdict lies
below the view: an unverified answer's banner above it pushes it down). At 1280×720 a ZeRO-3 training scenario's
page scrolls by 70 px, and at its bottom (the lower chart's legend) the user saw charts and no answer (issue 11).

The copy floats over the page's viewport, outside its layout: showing or hiding it moves and resizes nothing
(issue 11's stable layout). A click on it scrolls back to the whole answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QWidget

from gui.panels.answer_panel import AnswerPanel, verdict_style

# what moves or resizes the verdict within the page's view: scrolling, a new layout, a resized window
_WATCHED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}


def shown_part(widget: QWidget, top: QWidget) -> QRect:
    """The part of `widget` that its parents up to `top` leave in view (each clips its children), in `top`'s
    coordinates; empty where `widget` is not inside `top`."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()) if top.isAncestorOf(widget) else QRect()
    parent = widget.parentWidget()
    while parent is not None and parent is not top and not rect.isEmpty():
        rect &= QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect & top.rect()


class VerdictPin(QFrame):
    def __init__(self, answer: AnswerPanel, area: QAbstractScrollArea, parent: QWidget | None = None) -> None:
        """`answer`: the answer panel whose verdict it copies; `area`: the scroll area the answer panel is in (its
        viewport's width is the pin's)."""
        super().__init__(parent)
        self.setObjectName("VerdictPin")
        self.answer = answer
        self.area = area
        self.page: QAbstractScrollArea | None = None
        self._watched: list[QWidget] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)  # the answer panel's own frame, in a strip
        self.setAutoFillBackground(True)  # opaque: the charts scroll under it
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("The answer's verdict, kept in view while the page scrolls: click to see the answer"))
        self.badge = QLabel(self)
        self.badge.setObjectName("PinnedVerdict")
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.usage = QLabel(self)
        self.usage.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # elided to fit
        font = self.usage.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.usage.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(8)
        layout.addWidget(self.badge)
        layout.addWidget(self.usage, 1)
        self._fits: object = ...  # the badge's colour is set when the verdict's changes
        self._below = False  # the verdict lies below the view (the copy over the view's bottom)
        self._look_pending = False  # a look at the verdict's place is queued (eventFilter)
        self.hide()
        answer.headline_changed.connect(self._copy)

    def attach(self, page: QAbstractScrollArea) -> None:
        """Float over `page`'s view (the page that shows the answer now), and follow what moves the verdict."""
        for old in self._watched:
            old.removeEventFilter(self)
        self.page = page
        self.setParent(page.viewport())
        # the verdict's badges (the answer shows one of them), and their parents up to the page's view: scrolling
        # moves one of them, a layout or a resize another
        self._watched = [self.answer.verdict, *self.answer.badges.values()]
        widget: QWidget | None = self.answer.verdict.parentWidget()
        while widget is not None:
            self._watched.append(widget)
            if widget is page.viewport():
                break
            widget = widget.parentWidget()
        for watched in self._watched:
            watched.installEventFilter(self)
        self.update_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # One look once the events of a change are delivered, not one per event: a mode switch moves and resizes
        # the verdict's parents a dozen times (each look maps the verdict through them all), and the look is only
        # needed once they are where the change leaves them. Scrolling is one event: looked at as soon.
        if event.type() in _WATCHED and not self._look_pending:
            self._look_pending = True
            QTimer.singleShot(0, self, self._look)
        return False

    def _look(self) -> None:
        self._look_pending = False
        self.update_shown()

    def verdict_cut(self) -> bool:
        """Whether the answer's verdict is on the page but not wholly in view (scrolled out, or partly)."""
        page, verdict = self.page, self.answer.verdict
        if page is None or not verdict.isVisibleTo(page):
            return False
        view = page.viewport()
        if not view.isAncestorOf(verdict):
            return False  # the answer is on another page now
        whole = QRect(verdict.mapTo(view, QPoint(0, 0)), verdict.size())
        return shown_part(verdict, view) != whole

    def update_shown(self) -> None:
        cut = self.verdict_cut()
        if cut:
            page = self.page
            assert page is not None
            view = page.viewport()
            # across the answer's own view: where the answer scrolls on its own, its scroll bar stays in reach
            span = shown_part(self.area.viewport(), view)
            if span.isEmpty():
                span = view.rect()
            if self.isHidden():
                self._copy(force=True)
            # at the edge the verdict left by: where an unverified answer's banner heads the answer and pushes the
            # verdict below a short view (Mistral Small 3.1, LoRA + checkpointing, 2 images, at 1280×720 in
            # Chinese), a copy over the top covered the banner's heading, "Unverified answer", at every scroll
            # position that did not show the verdict (seen on Xvfb)
            height = self.sizeHint().height()
            whole = QRect(self.answer.verdict.mapTo(view, QPoint(0, 0)), self.answer.verdict.size())
            below = self._below = whole.center().y() > span.center().y()
            geometry = QRect(span.left(), span.bottom() + 1 - height if below else 0, span.width(), height)
            if self.geometry() != geometry:
                self.setGeometry(geometry)
        if cut != self.isVisible():
            self.setVisible(cut)
            if cut:
                self.raise_()

    def _copy(self, force: bool = False) -> None:
        """The verdict's text and colour and the usage line, as the answer shows them now (only while shown: each
        edit changes them)."""
        if self.isHidden() and not force:
            return
        verdict = self.answer.verdict
        self.badge.setText(verdict.text())
        fits = verdict.property("fits")
        if fits != self._fits:
            self._fits = fits
            self.badge.setStyleSheet(verdict_style("PinnedVerdict", fits, points=10.5, padding="2px 8px"))
        self.badge.setToolTip(verdict.toolTip())
        self.usage.setToolTip(self.answer.usage.toolTip())
        self._elide()

    def _elide(self) -> None:
        text = self.answer.usage.text()
        shown = self.usage.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(0, self.usage.width()))
        self.usage.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the usage label's width at the new size, to elide to
        self._elide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self._below and isinstance(self.area, QScrollArea):
                # down to the verdict, below the banner that pushed it out of view (the top is in view already)
                self.area.ensureWidgetVisible(self.answer.verdict, 0, 0)
                if isinstance(self.page, QScrollArea):
                    self.page.ensureWidgetVisible(self.answer.verdict, 0, 0)
            else:  # back to the whole answer: the page's top, and the answer's own
                self.area.verticalScrollBar().setValue(0)
                if self.page is not None:
                    self.page.verticalScrollBar().setValue(0)
            event.accept()
            return
        super().mousePressEvent(event)
