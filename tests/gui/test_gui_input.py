"""Keyboard and mouse input in the editor, as a user types and scrolls: a typed number is one edit with its final
value, the mouse wheel scrolls the editor instead of changing the field under the pointer, and each Alt + letter
reaches one control."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QDoubleSpinBox, QSpinBox

from gui.main_window import MainWindow
from tests.gui.helpers import in_language


def type_into(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a user does: click into the field, select its text, type the digits one by one, press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_typing_a_number_is_one_edit_with_its_final_value(qtbot, window: MainWindow) -> None:
    doc = window.document
    window.show()
    qtbot.waitExposed(window)
    assert doc.scenario.workload.output_tokens == 256
    type_into(qtbot, window.editor.workload.context, "32768")
    # Typing 3, 32, 327, 3276 on the way to 32768 must not count: a context of 3 would have pushed the output
    # tokens (256) down to 3 to keep output <= context, and left four extra undo steps.
    assert doc.scenario.workload.context == 32768
    assert doc.scenario.workload.output_tokens == 256
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set context length to 32,768"


def test_typing_in_training_mode_leaves_the_hidden_output_tokens_alone(qtbot, window: MainWindow) -> None:
    doc = window.document
    window.show()
    qtbot.waitExposed(window)
    window.editor.workload.training.click()
    steps = doc.undo_stack.count()
    type_into(qtbot, window.editor.workload.context, "2048")
    assert doc.scenario.workload.context == 2048
    assert doc.scenario.workload.output_tokens == 256
    assert doc.undo_stack.count() == steps + 1


def test_arrow_steps_merge_into_one_step_named_with_the_last_value(qtbot, window: MainWindow) -> None:
    doc = window.document
    window.show()
    qtbot.waitExposed(window)
    batch = window.editor.workload.batch
    batch.setFocus()
    for _ in range(3):
        qtbot.keyClick(batch, Qt.Key.Key_Up)
    assert doc.scenario.workload.batch == 4
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set batch to 4"


def wheel(widget, steps: int = -1) -> None:  # type: ignore[no-untyped-def]
    """A mouse wheel turn over the middle of `widget` (negative: towards the user, which scrolls down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_unfocused_fields_scrolls_the_editor(qtbot, window: MainWindow) -> None:
    window.resize(1280, 600)  # the editor is taller than the window: it scrolls
    window.show()
    qtbot.waitExposed(window)
    doc, editor = window.document, window.editor
    window.editor.workload.training.click()  # shows the training panel with its spin boxes too
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 0
    start = doc.scenario
    fields = [
        editor.workload.batch,
        editor.workload.context,
        editor.workload.context_slider,
        editor.precision.weights,
        editor.training.price,
        editor.gpu_picker.count,
    ]
    for field in fields:
        assert not field.hasFocus()
        bar.setValue(bar.maximum())
        wheel(field, +1)  # away from the user: would step each of these fields up (or to the previous item)
        assert doc.scenario == start, type(field).__name__  # the field did not change
        assert bar.value() < bar.maximum(), type(field).__name__  # the editor scrolled up


def test_wheel_over_the_focused_field_edits_it(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    batch = window.editor.workload.batch
    batch.setFocus()
    qtbot.waitUntil(batch.hasFocus)
    wheel(batch, +1)
    assert window.document.scenario.workload.batch == 2


def two_or_more_digits(spin: QSpinBox | QDoubleSpinBox) -> str:
    """A number in the field's range, not its value, that takes several keystrokes (each a number on the way)."""
    for text in ("12", "24", "48", "96", "0.75", "0.55"):
        if "." in text and not isinstance(spin, QDoubleSpinBox):
            continue
        if spin.minimum() <= float(text) <= spin.maximum() and float(text) != spin.value():
            return text
    raise AssertionError(f"no test number for {spin.objectName()} ({spin.minimum()}..{spin.maximum()})")


def test_no_number_field_in_the_editor_edits_before_the_number_is_typed_whole(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Issue 11, defect 1, for every number field the editor shows (inference and training, not only the context
    field): while the digits are typed nothing reaches the document; Enter commits the number once."""
    doc = window.document
    window.resize(1440, 2000)  # every field on screen: typing goes to fields a user can see
    window.show()
    qtbot.waitExposed(window)
    changes: list[object] = []
    doc.changed.connect(changes.append)
    typed = 0
    for mode in (window.editor.workload.inference, window.editor.workload.training):
        mode.click()
        spins = [s for s in window.editor.findChildren(QAbstractSpinBox) if s.isVisibleTo(window) and s.isEnabled()]
        assert len(spins) >= 5, mode.text()
        for spin in spins:
            assert isinstance(spin, QSpinBox | QDoubleSpinBox)
            text = two_or_more_digits(spin)
            changes.clear()
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin.lineEdit(), text)
            assert changes == [], f"{type(spin).__name__} {spin.text()!r} edited the document mid-number"
            qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
            assert len(changes) <= 1  # one edit, or none where the engine refused the value (it snaps back)
            typed += 1
    assert typed >= 10


def _mnemonic(text: str) -> str | None:
    """The letter after a single & (Qt's mnemonic: Alt + that letter); && is a literal ampersand."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_alt_letter_in_the_main_window_reaches_one_control(qtbot, preferences, language: str) -> None:  # type: ignore[no-untyped-def]
    """Alt + a letter clicks the button or opens the menu its text underlines. Where two share the letter, Qt
    does neither: it moves the focus between them. "&Training" and the "&Tools" menu shared Alt+T (训练(&T) and
    工具(&T) in Chinese): the mode did not change and the menu did not open (seen under Xvfb with xdotool)."""
    with in_language(language):
        window = MainWindow(preferences)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)  # where the keys go
        letters: dict[str, list[str]] = {}
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [
            button.text()
            for button in window.findChildren(QAbstractButton)
            if button.window() is window and button.isVisibleTo(window)
        ]
        for text in texts:
            letter = _mnemonic(text)
            if letter is not None:
                letters.setdefault(letter, []).append(text)
        assert {letter: shared for letter, shared in letters.items() if len(shared) > 1} == {}
        # the mode's two buttons by their letters, as a keyboard user switches
        workload = window.editor.workload
        for button, mode in ((workload.training, "training"), (workload.inference, "inference")):
            letter = _mnemonic(button.text())
            assert letter is not None, button.text()
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
            # (a button's letter clicks it the way animateClick does: shown pressed, clicked 100 ms later)
            qtbot.waitUntil(lambda mode=mode: window.document.scenario.workload.mode == mode, timeout=2000)
