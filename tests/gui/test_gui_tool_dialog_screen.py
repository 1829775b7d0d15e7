"""Every Tools dialog opens within the screen (issue 11, second pass): on a 1280×720 screen under Openbox the training
planner opened 941 px tall and the serving planner 900 px, their last figures and the Close button below the
screen's edge. The body now scrolls where the screen is short; a dialog that has room opens whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui.main_window import MainWindow

ACTIONS = (
    "training_action",
    "serving_action",
    "budget_action",
    "tensor_action",
    "convert_action",
    "cpu_ram_action",
    "flops_action",
)


@pytest.mark.parametrize("action", ACTIONS)
def test_a_tool_dialog_fits_the_screen_and_keeps_its_close_button(window: MainWindow, qtbot, action: str) -> None:  # type: ignore[no-untyped-def]
    getattr(window.tools, action).trigger()
    dialog = next(d for d in window.tools.dialogs.values() if d.isVisible())
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    # Qt's offscreen screen is 800 px tall (the 1280×720 of the report, less a title bar, is 690 px of room)
    assert screen.height() == 800
    assert dialog.height() <= screen.height()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    bottom = close.mapTo(dialog, close.rect().bottomLeft()).y()
    assert bottom < dialog.height()
    bar = dialog.body_scroll.verticalScrollBar()
    if dialog.sizeHint().height() <= screen.height() - 48:
        assert bar.maximum() == 0  # room enough: the whole body, nothing to scroll
    else:
        assert bar.maximum() > 0  # the rest of the figures a scroll away
