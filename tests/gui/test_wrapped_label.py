"""gui/widgets/wrapped_label.py: a measured label keeps its size hints and its height for each width for its text and
the text before, until its font, style or layout settings change, and gives the sizes Qt gives a plain QLabel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.widgets.elided_label import ElidedLabel
from gui.widgets.selectable_label import SelectableLabel
from gui.widgets.wrapped_label import MeasuredLabel, WrappedLabel

SHORT = "<b>NVIDIA A100 SXM4 80GB</b> — 80 GB, 79.2 GiB usable"
LONG = "<b>NVIDIA GeForce RTX 4060</b> — 8 GB, 7.96 GiB usable (derived from the advertised size)"
CHINESE = "16.7 GiB，共 24.0 GiB 可用（69 %）"


def _qt(text: str, label: QLabel, width: int) -> int:
    """A plain QLabel's height for `width`, with the same text and font."""
    plain = QLabel(text)
    plain.setWordWrap(True)
    plain.setFont(label.font())
    return plain.heightForWidth(width)


def _twin(label: QLabel) -> QLabel:
    """A plain QLabel set up as `label` is: the oracle for its sizes."""
    plain = QLabel(label.text())
    plain.setFont(label.font())
    plain.setWordWrap(label.wordWrap())
    plain.setAlignment(label.alignment())
    plain.setIndent(label.indent())
    plain.setMargin(label.margin())
    plain.setContentsMargins(label.contentsMargins())
    plain.setMinimumSize(label.minimumSize())
    plain.setMaximumSize(label.maximumSize())
    plain.setTextFormat(label.textFormat())
    plain.setTextInteractionFlags(label.textInteractionFlags())
    return plain


def _count(monkeypatch, label: QLabel) -> list[tuple[str, Any]]:  # type: ignore[no-untyped-def]
    """Record each measurement Qt makes of `label` (QLabel's own size hints and height for a width)."""
    asked: list[tuple[str, Any]] = []

    def counted(name: str) -> Callable[..., Any]:
        own = getattr(QLabel, name)

        def measure(self: QLabel, *args: Any) -> Any:
            if self is label:
                asked.append((name, (self.text(), *args)))
            return own(self, *args)

        return measure

    for name in ("heightForWidth", "sizeHint", "minimumSizeHint"):
        monkeypatch.setattr(QLabel, name, counted(name))
    return asked


def test_the_height_is_qts_and_measured_once_per_width_and_text(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The model's and the GPU's lines, and the answer's wrapped figures (the usage line was asked nine times a mode
    switch, at two widths)."""
    for label in (WrappedLabel(), SelectableLabel()):
        label.setWordWrap(True)
        qtbot.addWidget(label)
        asked = _count(monkeypatch, label)
        label.setText(SHORT)
        for width in (120, 300, 120, 300, 120):
            assert label.heightForWidth(width) == _qt(SHORT, label, width)
        assert asked == [("heightForWidth", (SHORT, 120)), ("heightForWidth", (SHORT, 300))]
        # a new text: measured again (at 120 px the long line takes more lines than the short one)
        label.setText(LONG)
        assert label.heightForWidth(120) == _qt(LONG, label, 120) > _qt(SHORT, label, 120)
        # a larger font: measured again
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        label.setFont(font)
        assert label.heightForWidth(120) == _qt(LONG, label, 120)
        assert label.heightForWidth(300) == _qt(LONG, label, 300)
        # margins (a style sheet's padding would do the same): measured again
        label.setContentsMargins(0, 10, 0, 10)
        assert label.heightForWidth(300) == _qt(LONG, label, 300) + 20


def test_a_text_given_back_is_not_measured_again(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A mode switch and the switch back give the answer's rows their texts back ("Headroom", "Short by"): the sizes
    of the text before are kept (two texts: a third text forgets the first). (The pickers' WrappedLabel keeps one.)"""
    for label in (MeasuredLabel(), SelectableLabel()):
        qtbot.addWidget(label)
        asked = _count(monkeypatch, label)
        sizes = {}
        for text in (SHORT, LONG):
            label.setText(text)
            sizes[text] = (label.sizeHint(), label.minimumSizeHint(), label.heightForWidth(150))
        first = len(asked)
        assert first >= 3  # each text measured once
        for text in (SHORT, LONG, SHORT, LONG):
            label.setText(text)
            assert (label.sizeHint(), label.minimumSizeHint(), label.heightForWidth(150)) == sizes[text]
            twin = _twin(label)
            assert sizes[text] == (twin.sizeHint(), twin.minimumSizeHint(), twin.heightForWidth(150))
        assert len(asked) == first, asked[first:]
        label.setText(CHINESE)  # a third text: measured, and the first one forgotten
        label.sizeHint()
        label.setText(SHORT)
        assert label.sizeHint() == sizes[SHORT][0]
        assert asked[-1] == ("sizeHint", (SHORT,))


def _changes(label: QLabel, parent: QWidget) -> list[Callable[[], None]]:
    """Each way a label's sizes change with its text unchanged."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    return [
        lambda: label.setFont(font),
        lambda: label.setWordWrap(not label.wordWrap()),
        lambda: label.setIndent(12),
        lambda: label.setMargin(5),
        lambda: label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        lambda: label.setContentsMargins(3, 4, 5, 6),
        lambda: label.setMinimumWidth(400),
        lambda: label.setMinimumHeight(90),
        lambda: label.setMinimumSize(420, 95),
        lambda: label.setMaximumWidth(90),
        lambda: label.setMaximumSize(80, 500),
        lambda: label.setFixedWidth(77),
        lambda: label.setFixedHeight(66),
        lambda: label.setFixedSize(70, 60),
        lambda: label.setTextFormat(Qt.TextFormat.PlainText),  # the bold tags shown as text
        lambda: label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse),
        lambda: label.setStyleSheet("QLabel { padding: 7px; font-size: 19px; }"),
        lambda: label.setBuddy(parent),
    ]


def test_the_sizes_follow_every_setting_as_qts_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After each change, and after the texts measured before it are given back, the sizes a plain QLabel given the
    same texts, questions and change has (Qt: the oracle), for a rich text, a plain one with a mnemonic and a Chinese
    one. (A size limit set on a label already measured is the one change Qt's label does not measure again for until
    its text changes: compared once the texts are given back.)"""
    limits = range(6, 14)  # the size-limit changes in _changes
    for cls in (MeasuredLabel, WrappedLabel, SelectableLabel, ElidedLabel):
        for text in (SHORT, "&Batch size: 1,024 tokens", CHINESE):
            parent = QWidget()
            qtbot.addWidget(parent)
            for change in range(len(_changes(QLabel(parent), parent))):
                label = cls(parent)
                twin = _twin(label)
                twin.setParent(parent)
                for each in (label, twin):
                    for shown in (LONG, text, LONG, text):
                        each.setText(shown)
                        each.sizeHint(), each.minimumSizeHint(), each.heightForWidth(120)
                    _changes(each, parent)[change]()
                for given_back in (change in limits, True):
                    if given_back:
                        for each in (label, twin):
                            each.setText(LONG)
                            each.setText(text)
                    got = (label.sizeHint(), label.minimumSizeHint(), label.heightForWidth(120))
                    want = (twin.sizeHint(), twin.minimumSizeHint(), twin.heightForWidth(120))
                    if cls is ElidedLabel:  # its width is never asked for: only its height is Qt's
                        got = (got[0].height(), got[1].height(), got[2])
                        want = (want[0].height(), want[1].height(), want[2])
                    assert got == want, (cls, text, change, given_back)
