"""Helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QMessageBox

from core.scenario import Scenario
from gui.document import preset_ref
from gui.edits import with_changes
from gui.main_window import MainWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class DialogLog:
    """Message boxes shown during a test: (kind, title, text). A modal box would block an offscreen test forever,
    so every static QMessageBox call is answered here: `answer` for questions, Ok otherwise."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.shown)


def llama_4090_q4(context: int = 32768) -> Scenario:
    """Llama 3.1 8B, Q4_K_M on llama.cpp, one RTX 4090: the README's walk-through."""
    s = Scenario(model=preset_ref("llama-3.1-8b"))
    return with_changes(
        s,
        {
            "gpu.id": "rtx-4090-24gb",
            "runtime.name": "llama.cpp",
            "precision.weights": "q4_k_m",
            "workload.context": context,
        },
    )


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the coalesced recomputation has run and the views hold the document's scenario."""
    qtbot.waitUntil(
        lambda: (
            not window.presenter.pending()
            and window.presenter.view is not None
            and window.presenter.view.scenario == window.document.scenario
        ),
        timeout=5000,
    )


def pick_combo(combo: QComboBox, value: object) -> None:
    """What a user's choice in the list does (activated, not a programmatic index change)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def assert_not_blank(image: QImage, width: int, height: int) -> None:
    assert (image.width(), image.height()) == (width, height)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = {image.pixel(x, y) for x in range(0, width, 11) for y in range(0, height, 11)}
    assert len(colours) > 20, "the image is (nearly) one colour"
