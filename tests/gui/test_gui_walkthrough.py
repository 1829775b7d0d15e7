"""The README's walk-through, step by step through the widgets: pick Llama-3.1-8B on an RTX 4090 in 4-bit, see
that a 32K context fits and where it stops fitting, switch to training with QLoRA, save, reopen, undo, export
both charts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog

from core.sweep import largest_context
from gui.dialogs.export_dialog import ExportSettings
from gui.main_window import MainWindow
from tests.gui.helpers import assert_not_blank, pick_combo, settle


def test_walkthrough(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    doc, editor = window.document, window.editor
    window.document.new()
    window.document.set_preset("qwen2.5-7b")  # start somewhere else, so each pick below is a real change
    doc.undo_stack.setClean()

    # 1. Llama-3.1-8B, found by typing
    qtbot.keyClicks(editor.model_picker.tree.search, "llama 3.1 8b")
    qtbot.keyClick(editor.model_picker.tree.search, Qt.Key.Key_Return)
    assert doc.scenario.model.preset == "llama-3.1-8b"
    # 2. on an RTX 4090
    qtbot.keyClicks(editor.gpu_picker.tree.search, "rtx 4090")
    qtbot.keyClick(editor.gpu_picker.tree.search, Qt.Key.Key_Return)
    assert doc.scenario.gpu.id == "rtx-4090-24gb"
    # 3. in 4-bit (bitsandbytes NF4 on PyTorch)
    pick_combo(editor.precision.weights, "nf4")
    # 4. a 32K context
    editor.workload.context.setValue(32768)
    editor.workload.context.editingFinished.emit()
    settle(qtbot, window)

    s = doc.scenario
    assert (s.precision.weights, s.workload.context, s.runtime.name) == ("nf4", 32768, "hf")
    assert window.answer.verdict.text() == "✔ Fits"
    assert "of 24.0 GiB usable" in window.answer.usage.text()
    chart = window.context_chart
    assert chart.current_line.value() == pytest.approx(np.log10(32768))
    # where it stops fitting: marked on the chart and written in the answer
    stop = largest_context(s)
    assert stop is not None and 32768 < stop < s.model.architecture.max_positions
    assert chart.fit_line.isVisible() and chart.fit_line.value() == pytest.approx(np.log10(stop))
    assert f"fits up to {stop:,}" in chart.fit_label.toPlainText()
    assert window.answer.values["largest"].text() == f"{stop:,} tokens"
    assert "usable" in window.answer.usage.toolTip() and "Σ components" in window.answer.usage.toolTip()

    # 5. switch to training with QLoRA
    editor.workload.training.click()
    pick_combo(editor.precision.finetune, "qlora")
    editor.workload.context.setValue(4096)
    pick_combo(editor.precision.checkpointing, "full")
    settle(qtbot, window)
    s = doc.scenario
    assert (s.workload.mode, s.training.finetune, s.precision.weights) == ("training", "qlora", "nf4")
    assert "QLoRA" in window.vram_chart.title.text
    assert any(seg[2].key == "adapter_weights" for seg in window.vram_chart.segments)
    assert window.answer.names["params"].text() == "Parameters" and "trainable" in window.answer.values["params"].text()

    # 6. save (File ▸ Save asks for a name the first time)
    target = tmp_path / "llama-qlora.sizing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.files.save()
    assert target.exists() and not window.isWindowModified()
    saved = doc.scenario

    # 7. reopen
    window.files.new()
    assert doc.scenario != saved
    assert window.files.open_path(str(target))
    assert doc.scenario == saved and window.windowTitle() == "llama-qlora.sizing[*] — GPU Sizer"
    settle(qtbot, window)

    # 8. undo (Edit ▸ Undo, Ctrl+Z)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    editor.precision.lora_rank.setValue(64)
    assert doc.scenario.training.lora_rank == 64 and window.isWindowModified()
    window.undo_action.trigger()
    assert doc.scenario == saved and not window.isWindowModified()
    assert editor.precision.lora_rank.value() == saved.training.lora_rank

    # 9. export both charts
    settle(qtbot, window)
    for chart_id in ("breakdown", "context"):
        out = tmp_path / f"{chart_id}.png"
        assert window.exports.export_to(str(out), ExportSettings(chart_id, "png", 1600, 900, "screen"))
        assert_not_blank(QImage(str(out)), 1600, 900)


def test_help_shows_the_version_and_a_user_guide(window: MainWindow, dialogs) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    from tests.gui.test_gui_i18n import ROOT

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    actions = {a.text(): a for a in help_menu.actions() if a.text()}
    assert list(actions) == ["&User guide", "&About GPU Sizer"]
    actions["&About GPU Sizer"].trigger()
    assert f"GPU Sizer {version}" in dialogs.shown[-1][2]
    actions["&User guide"].trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    text = guide.text.toPlainText()
    assert "press Enter" in text and "Rest the pointer" in text and "sizing --help" in text
    guide.close()


def test_messages_coming_and_going_do_not_move_the_layout(qtbot, window: MainWindow) -> None:
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)

    def places() -> tuple[int, int, int]:
        return (
            window.answer.mapTo(window, window.answer.rect().topLeft()).y(),
            window.vram_chart.mapTo(window, window.vram_chart.rect().topLeft()).y(),
            window.centralWidget().height(),
        )

    qtbot.wait(50)
    before = places()
    window.message_bar.show_info("Also changed to keep the scenario valid: output tokens → 2,048")
    qtbot.wait(50)
    assert places() == before
    window.message_bar.clear()
    window.statusBar().showMessage("Chart copied", 6000)  # the exports' status line
    qtbot.wait(50)
    assert places() == before
    window.statusBar().clearMessage()
    qtbot.wait(50)
    assert places() == before
