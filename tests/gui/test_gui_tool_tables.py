"""The Tools dialogs' tables leave room around each column's text (issue 11, third pass): sized to their contents
exactly, the serving planner's "批大小" (Batch) header was cut at its last glyph in the Chinese window on Xvfb, and
figures such as "4.81 毫秒" and the CPU RAM dialog's "加载后" touched the next column's grid line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QTableWidget

from core.scenario import Scenario
from gui.document import preset_ref
from gui.main_window import MainWindow

# Clear of the grid line on each side of a column's widest text, beyond the style's header margin (Fusion: 4 px a
# side), which is what resizeColumnsToContents leaves and what was seen cut.
CLEAR_PX = 4


@pytest.mark.parametrize("action", ["serving_action", "cpu_ram_action", "layers_action"])
def test_tool_tables_leave_room_around_their_texts(window: MainWindow, qtbot, action: str) -> None:  # type: ignore[no-untyped-def]
    if action == "layers_action":
        window.document.new(Scenario(model=preset_ref("resnet-50")))  # the layer table is for image models
    getattr(window.tools, action).trigger()
    dialog = next(d for d in window.tools.dialogs.values() if d.isVisible())
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget)
    assert table.rowCount() > 0
    header = table.horizontalHeader()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    head_metrics = header.fontMetrics()
    for col in range(table.columnCount() - 1):  # the last one stretches to the table's edge
        texts = [head_metrics.horizontalAdvance(table.horizontalHeaderItem(col).text())]
        for row in range(table.rowCount()):
            item = table.item(row, col)
            if item is not None:
                texts.append(table.fontMetrics().horizontalAdvance(item.text()) if not item.font().bold() else 0)
        need = max(texts) + 2 * (margin + CLEAR_PX)
        assert header.sectionSize(col) >= need, (table.horizontalHeaderItem(col).text(), header.sectionSize(col), need)
