"""gui/widgets/wrapped_label.py: the model's and the GPU's lines keep their height for a width until their text, font
or style changes, and give the height Qt gives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.widgets.wrapped_label import WrappedLabel

SHORT = "<b>NVIDIA A100 SXM4 80GB</b> — 80 GB, 79.2 GiB usable"
LONG = "<b>NVIDIA GeForce RTX 4060</b> — 8 GB, 7.96 GiB usable (derived from the advertised size)"


def _qt(text: str, label: WrappedLabel, width: int) -> int:
    """A plain QLabel's height for `width`, with the same text and font."""
    plain = QLabel(text)
    plain.setWordWrap(True)
    plain.setFont(label.font())
    return plain.heightForWidth(width)


def test_the_height_is_qts_and_measured_once_per_width_and_text(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    label = WrappedLabel()
    qtbot.addWidget(label)
    measured: list[int] = []
    own = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel, "heightForWidth", lambda self, width: (self is label and measured.append(width)) or own(self, width)
    )
    label.setText(SHORT)
    for width in (120, 300, 120, 300, 120):
        assert label.heightForWidth(width) == _qt(SHORT, label, width)
    assert measured == [120, 300]
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
