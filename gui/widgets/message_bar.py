"""An inline bar above the answer: why an edit was rejected (stays until the next accepted edit or closed), what
else an edit changed (until the next edit, or a while), what an import assumed (fades after a while). Never a modal
box for a typo.

Hidden, the bar keeps its place (one line of text), so the answer and the charts below it do not jump each time
a message comes and goes; only a message longer than a line makes it grow."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from gui.fields import in_window_words
from gui.i18n_engine import engine_text
from gui.theme import is_dark

INFO_SECONDS = 12


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.kind = ""
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.label.setMinimumHeight(max(self.label.fontMetrics().lineSpacing(), close.sizeHint().height()))
        self.setStyleSheet("#MessageBar { border:1px solid transparent; border-radius:4px; }")  # as when shown
        self._style = ""  # the colours of the last message's kind and theme (see _show)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(in_window_words(engine_text(text)), "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self._timer.start(INFO_SECONDS * 1000)

    def show_notice(self, text: str) -> None:
        """What else the last edit changed: it speaks of that edit, so the next edit takes it away (it stayed through
        the edits after it, for 12 s, seen on Xvfb: "…images per sequence → 0" over a later change of model)."""
        self._show(text, "notice")
        self._timer.start(INFO_SECONDS * 1000)

    def clear_for_edit(self) -> None:
        """An edit was accepted: what was said of the edit before it (its rejection, or what it changed) is old."""
        if self.kind in ("error", "notice"):
            self.clear()

    def clear(self) -> None:
        self._timer.stop()
        self.kind = ""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _show(self, text: str, kind: str) -> None:
        self._timer.stop()
        self.kind = kind
        self.label.setText(text)
        dark = is_dark(self.palette())
        if kind == "error":
            style = (
                "background:#4a2024; color:#ffd7d7; border:1px solid #7a3238;"
                if dark
                else "background:#fde8e8; color:#8a1c1c; border:1px solid #f0b4b4;"
            )
        else:
            style = (
                "background:#1e3450; color:#d6e6ff; border:1px solid #31527a;"
                if dark
                else "background:#e8f1fd; color:#163d6e; border:1px solid #b4cdf0;"
            )
        if style != self._style:  # a style sheet re-polishes the bar and its children: only when it changes
            self._style = style
            self.setStyleSheet(f"#MessageBar {{ {style} border-radius:4px; }} QLabel {{ color: inherit; }}")
            self.label.setStyleSheet(style.split(";")[1] + ";")
        self.show()
