"""Tools ▸ Layer table: for a CNN or ViT classifier, each layer's output shape, parameters, activation bytes, MACs
and FLOPs (core.cnn_layers.layer_table) at the scenario's image size and batch; copy as CSV."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core import calculators
from core.cnn_layers import LayerTable, layer_table, parse_image_size, table_csv
from core.scenario import Scenario
from gui.dialogs.tool_dialog import ResultRows, ToolDialog, fit_columns
from gui.document import ScenarioDocument
from gui.format import fmt_bytes, fmt_int, fmt_params, formula_tooltip
from gui.i18n_engine import catalogue_name, engine_text
from gui.preferences import Preferences

translate = QCoreApplication.translate


def op_words(op: str) -> str:
    """A layer's operation as the window names it (activations by their own names: ReLU, SiLU, GELU…)."""
    words = {
        "conv": translate("LayerTable", "convolution"),
        "bn": translate("LayerTable", "batch norm"),
        "relu": "ReLU",
        "maxpool": translate("LayerTable", "max pool"),
        "avgpool": translate("LayerTable", "average pool"),
        "adaptive_avgpool": translate("LayerTable", "adaptive average pool"),
        "linear": translate("LayerTable", "linear"),
        "add": translate("LayerTable", "add (residual)"),
        "concat": translate("LayerTable", "concatenate"),
        "flatten": translate("LayerTable", "flatten"),
        "dropout": "dropout",
        "sigmoid": "Sigmoid",
        "hardsigmoid": "Hardsigmoid",
        "hardswish": "Hardswish",
        "silu": "SiLU",
        "gelu": "GELU",
        "mul": translate("LayerTable", "multiply"),
        "layernorm": "LayerNorm",
        "scale": translate("LayerTable", "scale"),
        "split": translate("LayerTable", "split"),
        "shuffle": translate("LayerTable", "channel shuffle"),
        "attention": translate("LayerTable", "attention"),
        "space_to_depth": translate("LayerTable", "space to depth"),
        "patch_embed": translate("LayerTable", "patch embedding"),
        "encoder_block": translate("LayerTable", "encoder block"),
        "head": translate("LayerTable", "classifier head"),
    }
    return words.get(op, op)


def si(n: float) -> str:
    """1.23e9 → '1.23 G' (MACs and FLOPs as counts, not bytes)."""
    for suffix, div in (("T", 1e12), ("G", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= div:
            return f"{n / div:,.2f} {suffix}"
    return f"{n:,.0f}"


class LayerTableDialog(ToolDialog):
    def __init__(
        self, document: ScenarioDocument, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Layer table"), preferences, parent)
        self.document = document
        self.dtype = QComboBox(self)
        self.dtype.addItems(["fp32", "bf16", "fp16"])
        self.dtype.setToolTip(self.tr("Element type of the activations (bytes per stored value)"))
        self.image_size = QLineEdit(self)
        self.image_size.setPlaceholderText(self.tr("as in the scenario, or e.g. 224x320"))
        self.image_size.setToolTip(self.tr("Input side in pixels, or height × width for a rectangular image"))
        self.inputs.addRow(self.tr("Input size"), self.image_size)
        self.inputs.addRow(self.tr("Activations in"), self.dtype)
        self.summary = ResultRows(self.tr("Model"), self)
        self.summary.add("input", self.tr("Input"))
        self.summary.add("totals", self.tr("Totals"))
        self.columns = [
            self.tr("#"),
            self.tr("Layer"),
            self.tr("Detail"),
            self.tr("Output (C×H×W)"),
            self.tr("Parameters"),
            self.tr("Activations"),
            self.tr("MACs"),
            self.tr("FLOPs"),
        ]
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(300)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_button = QPushButton(self.tr("Copy as CSV"), self)
        self.copy_button.setToolTip(self.tr("Every row and the totals, plain integers, for a spreadsheet"))
        self.copy_button.clicked.connect(self.copy_csv)
        self.buttons.addButton(self.copy_button, self.buttons.ButtonRole.ActionRole)
        self.current: LayerTable | None = None
        self.dtype.currentTextChanged.connect(self.recompute)
        self.image_size.editingFinished.connect(self.recompute)
        document.changed.connect(self._scenario_changed)
        if preferences is not None:
            preferences.unit_changed.connect(self.recompute)
        self.prefill()
        self.finish_layout(self.summary, self.table)
        self.resize(900, 620)

    def prefill(self) -> None:
        s = self.document.scenario
        w = s.precision.weights
        self.dtype.setCurrentText(w if w in ("fp32", "bf16", "fp16") else "fp32")

    def _scenario_changed(self, _scenario: Scenario) -> None:
        if self.isVisible():
            self.recompute()

    def clear_results(self) -> None:
        super().clear_results()
        self.table.setRowCount(0)
        self.current = None
        self.copy_button.setEnabled(False)

    def compute(self) -> None:
        s = self.document.scenario
        per = calculators.tensor_size([1], self.dtype.currentText()).bytes
        text = self.image_size.text().strip()
        size = parse_image_size(text) if text else s.workload.image_size
        t = layer_table(s.model.architecture, size, s.workload.batch, float(per))
        self.current = t
        self.copy_button.setEnabled(True)
        self.summary.set(
            "input",
            self.tr("{0}: {1}×{2} px, batch {3}").format(
                catalogue_name(t.model_name), t.image_height, t.image_width, t.batch
            ),
        )
        totals = self.tr("{0} parameters, {1} MACs = {2} FLOPs, activations {3}").format(
            fmt_params(t.total_params),
            si(t.total_macs),
            si(t.total_flops),
            fmt_bytes(t.total_activation_bytes, self.unit),
        )
        tip = formula_tooltip(self.tr("Layer table"), totals, "FLOPs = 2 × MACs", engine_text(t.explanation))
        self.summary.set("totals", totals, tip)
        self.table.setRowCount(len(t.rows) + 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, r in enumerate(t.rows):
            c, h, w = r.output_shape
            cells = (
                str(r.index),
                op_words(r.op),
                engine_text(r.detail),
                f"{c}×{h}×{w}",
                fmt_int(r.params),
                fmt_bytes(r.activation_bytes, self.unit),
                si(r.macs),
                si(r.flops),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (0, 4, 5, 6, 7):
                    item.setTextAlignment(right)
                self.table.setItem(i, col, item)
        total = ("", self.tr("total"), "", "", fmt_int(t.total_params), fmt_bytes(t.total_activation_bytes, self.unit),
                 si(t.total_macs), si(t.total_flops))  # fmt: skip
        for col, text in enumerate(total):
            item = QTableWidgetItem(text)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if col in (4, 5, 6, 7):
                item.setTextAlignment(right)
            self.table.setItem(len(t.rows), col, item)
        fit_columns(self.table)  # once: a header that resizes to contents re-measures on every setItem

    def copy_csv(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(table_csv(self.current))
