"""Labels measured once for each text: their size hints and their height for each width are kept for the text shown
and the one before, until their font, style or layout settings change.

Qt measures a label by laying its text out: QLabel keeps its size hints only until its text changes (three layouts
for each new text: at no width limit, at the largest width and at none), and does not keep its height for a width at
all (one layout each time it is asked). The window asks the same questions again and again:
- the answer's usage line was asked its height for its width nine times a mode switch, at the same two widths (its
  own, 646 px, five times, and its scroll area's preferred one, 175 px, four times), five times a batch edit;
- a mode switch and the switch back give the answer's rows their texts back ("Headroom" / "Short by", the figures of
  the mode left), and each was measured again, three layouts a label, about 72,000 instructions each (callgrind);
- the model's and the GPU's lines (rich text, their names in bold) were laid out again, and repainted, whenever
  anything in the editor changed (its scroll area asks the body's height for its width, and its preferred size), and a
  pick of the GPU or model before laid its line out five or six times again.
Keeping the text before pays where a text comes back (a mode switch and back: -3.3 % of a switch's instructions);
where the texts are new, the size hints asked through Python cost +0.3 to +0.8 % (GPU and model picks among four,
batch edits). The pickers' lines keep only the text shown: their text comes back only when the user goes back and
forth between two GPUs or models, which the latency bench does on every pick (-6.0 % and -6.9 % of its GPU and model
edits) and a user seldom does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# what changes a label's measurements besides its text and the settings overridden below
_RESIZING = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ContentsRectChange,  # margins, a style sheet's padding, a frame
    QEvent.Type.LayoutDirectionChange,
)


class _Measures:
    __slots__ = ("heights", "hints")

    def __init__(self) -> None:
        self.hints: tuple[QSize, QSize] | None = None  # preferred, least
        self.heights: dict[int, int] = {}


class MeasuredLabel(QLabel):
    """A QLabel that measures each text once: its size hints once, its height once per width."""

    KEPT = 2  # texts whose measures are kept: the one shown and the one before (a mode switch and back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: dict[str, _Measures] = {}  # by text

    def _now(self) -> _Measures:
        text = self.text()
        measures = self._measures.pop(text, None)
        if measures is None:
            measures = _Measures()
            if len(self._measures) >= self.KEPT:
                del self._measures[next(iter(self._measures))]  # the one asked about longest ago
        self._measures[text] = measures  # (the newest last)
        return measures

    def heightForWidth(self, width: int) -> int:
        heights = self._now().heights
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        return QSize(self._hints()[0])  # (copies: the caller may change them)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._hints()[1])

    def _hints(self) -> tuple[QSize, QSize]:
        measures = self._now()
        if measures.hints is None:
            least = super().minimumSizeHint()  # (Qt works out both at once)
            measures.hints = (super().sizeHint(), least)
        return measures.hints

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESIZING:
            self._measures = {}
        super().changeEvent(event)

    # the settings a label's measures depend on besides its text, font, style and margins (each override forgets them;
    # Qt calls none of them on a label of its own accord)
    def setWordWrap(self, on: bool) -> None:
        self._measures = {}
        super().setWordWrap(on)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._measures = {}
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:
        self._measures = {}
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._measures = {}
        super().setMargin(margin)

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        self._measures = {}
        super().setTextFormat(format)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        self._measures = {}  # a selectable label is measured through its text document
        super().setTextInteractionFlags(flags)

    def setBuddy(self, buddy: QWidget) -> None:
        self._measures = {}  # a label with a buddy hides its mnemonic's "&"
        super().setBuddy(buddy)

    # Qt measures at no less than the least width, grows the size to the least size, and wraps a long line at no more
    # than the largest width
    def setMinimumWidth(self, width: int) -> None:
        self._measures = {}
        super().setMinimumWidth(width)

    def setMinimumHeight(self, height: int) -> None:
        self._measures = {}
        super().setMinimumHeight(height)

    def setMaximumWidth(self, width: int) -> None:
        self._measures = {}
        super().setMaximumWidth(width)

    def setMinimumSize(self, *size: Any) -> None:
        self._measures = {}
        super().setMinimumSize(*size)

    def setMaximumSize(self, *size: Any) -> None:
        self._measures = {}
        super().setMaximumSize(*size)

    def setFixedWidth(self, width: int) -> None:
        self._measures = {}
        super().setFixedWidth(width)

    def setFixedHeight(self, height: int) -> None:
        self._measures = {}
        super().setFixedHeight(height)

    def setFixedSize(self, *size: Any) -> None:
        self._measures = {}
        super().setFixedSize(*size)


class WrappedLabel(MeasuredLabel):
    """A word-wrapped MeasuredLabel: the pickers' line under their lists."""

    KEPT = 1  # the text shown: another pick's text seldom comes back (the module's docstring)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
