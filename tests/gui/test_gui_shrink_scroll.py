"""gui/widgets/shrink_scroll.py: a scroll bar only where a line is out of view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.scenario import Scenario
from gui.document import preset_ref
from gui.edits import with_changes
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


def test_a_taller_content_is_given_its_height_though_its_hint_was_read_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (gpu-sizer FILE at 1264×672, the README's llama.cpp walk-through): the answer gained its engine
    row after the page had placed it at 130 px, and someone (the area's own scroll bar, shown for the new content)
    asked for the area's size hint before the content's layout request came. The area then compared the new hint
    with that fresh one, found no change, and never asked its parent for the new height: it stayed at 130 px, its
    last line cut 1 px above its bottom (the underscores of "llama_context: n_ctx" gone). Three 20 px lines; a
    fourth is shown, the hint read, then the request delivered: the parent lays the area out at 80 px."""
    parent = QWidget()
    column = QVBoxLayout(parent)
    column.setContentsMargins(0, 0, 0, 0)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    lines = []
    for i in range(4):
        line = QLabel(f"line {i}")
        line.setFixedHeight(20)
        layout.addWidget(line)
        lines.append(line)
    lines[3].hide()
    area = ShrinkScroll(content, 40, keep_height=True)
    column.addWidget(area)
    column.addStretch(1)
    qtbot.addWidget(parent)
    parent.resize(300, 400)
    parent.show()
    qtbot.waitExposed(parent)
    qtbot.wait(50)
    assert area.height() == 3 * 20
    lines[3].show()
    # the scroll bar shown meanwhile (as for the taller answer in a short window): the viewport narrows, and the
    # hint at the new width is read before the content's layout request is delivered
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    assert area.sizeHint().height() == 4 * 20
    qtbot.wait(50)
    assert area.height() == 4 * 20


def test_file_new_fits_the_new_answer_without_room_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The area keeps up to two lines of room under an answer that got shorter while edited; another document starts
    afresh. File ▸ New from a taller answer (does-not-fit: a verdict line and the list of changes) forgot the kept
    height before the new answer arrived, then kept room under it: up to two empty lines (issue 11, a real-display
    review at 1920×1080). After New the area is the new answer's own height."""
    from tests.gui.helpers import llama_4090_q4, settle

    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    area = window.answer_scroll
    window.document.new(with_changes(llama_4090_q4(131072), {"gpu.id": "rtx-4060-8gb"}))  # does not fit: taller
    settle(qtbot, window)
    qtbot.wait(100)
    tall = area.height()
    window.document.new(Scenario(model=preset_ref("qwen3-32b")))  # fits on an H100: a shorter answer
    settle(qtbot, window)
    qtbot.wait(100)
    own = max(window.answer.heightForWidth(area.viewport().width()), area.min_height)
    assert own < tall
    assert area.height() == own


def test_the_preferred_width_is_the_contents_own_without_measuring_its_height(qtbot, window, language) -> None:  # type: ignore[no-untyped-def]
    """The area asks the answer for its preferred width only (the height it needs is measured at the area's own
    width): Qt's size hint of a widget with a layout also measures every wrapped label at that width
    (QLayout::totalSizeHint). The width is Qt's, in both modes and both languages."""
    from gui.widgets.shrink_scroll import preferred_width
    from tests.gui.helpers import settle

    window.show()
    qtbot.waitExposed(window)
    for mode in ("inference", "training"):
        window.document.new(with_changes(Scenario(model=preset_ref("llama-3.1-8b")), {"workload.mode": mode}))
        settle(qtbot, window)
        assert preferred_width(window.answer) == window.answer.sizeHint().width(), (language, mode)
