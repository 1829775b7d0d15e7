"""Several repaints of a window's widgets in one pass of Qt's repaint manager: one paint of the window's dirty
areas, one flush to the screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class _HeldRepaint(QObject):
    """Swallows the window's update requests (Qt's 'repaint the dirty areas now') while installed."""

    held = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.held = True
            return True
        return False


@contextmanager
def one_window_repaint(window: QWidget) -> Iterator[None]:
    """What the block marks dirty in `window` is painted once, when it ends. A graphics scene that hands its changed
    items to its view has the view's window repainted at once (QGraphicsView sends the window's pending update
    request): two charts' scenes, delivered one after the other, repainted the window twice an edit, each pass
    painting and flushing what was dirty by then (the first the breakdown, the answer and the editor; the second the
    context chart). Qt's repaint manager posts one update request and waits for it to be handled before it posts
    another; the request held here is handled when the block ends, and paints everything dirty since.
    Where no scene sent the request (a switch to charts already drawn for the scenario: their scenes had nothing to
    hand over), the request Qt posted for what the block marked dirty is handled then too: it waited for the event
    loop's next turn, after the edit's end, when a background job released by then ran first and the window's paint
    waited for the interpreter (about 30 ms, a switch after a pause in the latency bench)."""
    hold = _HeldRepaint()
    window.installEventFilter(hold)
    try:
        yield
    finally:
        window.removeEventFilter(hold)
        if hold.held:
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        else:
            QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
