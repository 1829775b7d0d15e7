"""gui/widgets/shrink_scroll.py: a scroll bar only where a line is out of view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.widgets.shrink_scroll import ShrinkScroll


def test_no_scroll_bar_for_the_bottom_margin_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Three 20 px lines, 0 spacing, 10 px top and bottom margins: the content is 10 + 3 × 20 + 10 = 80 px, its last
    line ends at 70 px. At 79 px (the answer's 149 of 150 in Chinese at 1280×720) only margin is hidden: no bar. At
    69 px the last line is cut: the bar shows."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 10, 0, 10)
    layout.setSpacing(0)
    for i in range(3):
        line = QLabel(f"line {i}")
        line.setFixedHeight(20)
        layout.addWidget(line)
    area = ShrinkScroll(content, 40)
    qtbot.addWidget(area)
    area.resize(300, 79)
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(50)
    assert content.minimumSizeHint().height() == 80
    assert area.viewport().height() == 79
    assert not area.verticalScrollBar().isVisible()
    area.resize(300, 69)
    qtbot.wait(50)
    assert area.verticalScrollBar().isVisible()
    area.resize(300, 80)
    qtbot.wait(50)
    assert not area.verticalScrollBar().isVisible()
