"""gui/widgets/selectable_label.py: the answer's figures are selected with the mouse as a selectable QLabel's are, and
drawn the same, though their text document is made only when a press needs it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.widgets.selectable_label import SelectableLabel

WRAPPED = "58.3 GiB of 79.2 GiB usable per GPU (73.6 %) — " * 3


def _labels(qtbot, palette: QPalette | None = None) -> tuple[QWidget, SelectableLabel, SelectableLabel]:  # type: ignore[no-untyped-def]
    box = QWidget()
    if palette is not None:
        box.setPalette(palette)
        box.setAutoFillBackground(True)
    layout = QVBoxLayout(box)
    one, wrapped = SelectableLabel(box), SelectableLabel(box)
    one.setText("first token 41 ms · 112 tokens/s per sequence, 112 total (memory-bound)")
    wrapped.setWordWrap(True)
    wrapped.setText(WRAPPED)
    layout.addWidget(one)
    layout.addWidget(wrapped)
    qtbot.addWidget(box)
    box.resize(320, 200)
    box.show()
    qtbot.waitExposed(box)
    return box, one, wrapped


def _dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    return palette


def test_the_text_is_drawn_and_sized_the_same_with_its_document(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label with the text document (made by a press) and one without: the same size hints, the same height for
    the width a wrapped one is given, the same pixels, on a light and on a dark palette."""
    for palette in (None, _dark()):
        box, one, wrapped = _labels(qtbot, palette)
        assert one.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # no document before a press
        before = (box.grab().toImage(), one.sizeHint(), wrapped.sizeHint(), wrapped.heightForWidth(300))
        one.selectable()
        wrapped.selectable()
        assert one.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
        box.layout().activate()
        after = (box.grab().toImage(), one.sizeHint(), wrapped.sizeHint(), wrapped.heightForWidth(300))
        assert before[1:] == after[1:]
        assert before[0] == after[0]


def test_a_drag_selects_the_text_and_a_new_text_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A press takes the focus (Ctrl+C copies what is selected), a drag selects from where it started; a new text
    (the next edit's figures) leaves nothing selected and no document until the next press."""
    box, one, _wrapped = _labels(qtbot)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    y = one.height() // 2
    QTest.mousePress(one, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, y))
    QTest.mouseMove(one, QPoint(one.width() // 2, y))
    QTest.mouseRelease(one, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(one.width() // 2, y))
    assert one.hasFocus()
    assert one.hasSelectedText()
    assert len(one.selectedText()) > 5 and one.selectedText() in one.text(), one.selectedText()
    one.setText("first token 40 ms")
    assert not one.hasSelectedText()
    assert one.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
