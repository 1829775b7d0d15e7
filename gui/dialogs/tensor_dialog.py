"""Tools ▸ Tensor size: bytes of a tensor from its shape and element type (core.calculators.tensor_size)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from core import calculators
from gui.dialogs.tool_dialog import ResultRows, ToolDialog
from gui.format import fmt_int, fmt_number, formula_tooltip
from gui.i18n_engine import engine_text
from gui.preferences import Preferences


class TensorSizeDialog(ToolDialog):
    def __init__(self, preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tensor size"), preferences, parent)
        self.shape = QLineEdit("4096, 4096", self)
        self.shape.setPlaceholderText(self.tr("e.g. 8, 4096, 4096 or 8×4096×4096"))
        self.shape.setToolTip(self.tr("Dimensions separated by commas, spaces, x or ×"))
        self.dtype = QComboBox(self)
        self.dtype.addItems(calculators.known_dtypes())
        self.dtype.setCurrentText("bf16")
        self.dtype.setToolTip(self.tr("Element type; q4_0, q8_0, … are llama.cpp's block types (scales included)"))
        self.inputs.addRow(self.tr("Shape"), self.shape)
        self.inputs.addRow(self.tr("Element type"), self.dtype)
        self.results = ResultRows(self.tr("Size"), self)
        self.results.add("elements", self.tr("Elements"))
        self.results.add("bytes", self.tr("Bytes"))
        self.results.add("gb", "GB (10⁹)")
        self.results.add("gib", "GiB (2³⁰)")
        self.shape.textChanged.connect(self.recompute)
        self.dtype.currentTextChanged.connect(self.recompute)
        self.finish_layout(self.results)

    def compute(self) -> None:
        t = calculators.tensor_size(calculators.parse_shape(self.shape.text()), self.dtype.currentText())
        tip = formula_tooltip(self.tr("Tensor size"), f"{fmt_int(t.bytes)} B", t.formula, engine_text(t.explanation))
        self.results.set("elements", fmt_int(t.numel), tip)
        self.results.set("bytes", fmt_int(t.bytes), tip)
        self.results.set("gb", fmt_number(t.gb, 4), tip)
        self.results.set("gib", fmt_number(t.gib, 4), tip)
