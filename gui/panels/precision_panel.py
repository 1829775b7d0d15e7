"""Precision & optimizer: weight format, KV cache, training precision, optimizer, fine-tuning method (LoRA rank and
targets), gradient checkpointing, attention kernel. Rows that do not apply to the mode are hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from core import quant
from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.panels.binding import FieldBinder

FAMILY_ORDER = ("float", "fp8", "bitsandbytes", "gptq", "awq", "exl2", "gguf")


def compact(combo: QComboBox) -> QComboBox:
    """Long entries must not widen the editor column; the open list still shows them in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def fill_combo(combo: QComboBox, options: list[tuple[str, object]]) -> None:
    compact(combo)
    for text, value in options:
        combo.addItem(text, value)


def weight_formats_combo(combo: QComboBox) -> None:
    """Formats grouped under non-selectable headers (keyboard navigation skips them)."""
    names = {
        "float": QCoreApplication.translate("PrecisionPanel", "Floating point"),
        "fp8": "FP8",
        "bitsandbytes": "bitsandbytes",
        "gptq": "GPTQ",
        "awq": "AWQ",
        "exl2": "ExLlamaV2 (EXL2)",
        "gguf": QCoreApplication.translate("PrecisionPanel", "GGUF (llama.cpp)"),
    }
    model = QStandardItemModel(combo)
    by_family: dict[str, list[quant.QuantFormat]] = {}
    for fmt in quant.formats().values():
        by_family.setdefault(fmt.family, []).append(fmt)
    for family in sorted(by_family, key=lambda f: FAMILY_ORDER.index(f) if f in FAMILY_ORDER else 99):
        header = QStandardItem(names.get(family, family))
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        model.appendRow(header)
        for fmt in by_family[family]:
            bits = f"{fmt.effective_bits:.2f}".rstrip("0").rstrip(".")
            item = QStandardItem(f"   {fmt.name} · {bits} bit")
            item.setData(fmt.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(fmt.source)
            model.appendRow(item)
    combo.setModel(model)
    compact(combo)


class PrecisionPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Precision && optimizer"), parent)
        self.document = document
        self.weights = QComboBox(self)
        weight_formats_combo(self.weights)
        self.weights.setToolTip(self.tr("How the model's weights are stored on the GPU"))
        self.kv_cache = QComboBox(self)
        fill_combo(self.kv_cache, [(k.upper(), k) for k in quant.kv_cache_types()])
        self.training_precision = QComboBox(self)
        fill_combo(
            self.training_precision,
            [
                (self.tr("Mixed bf16 (fp32 master weights)"), "mixed-bf16"),
                (self.tr("Mixed fp16 (fp32 master weights)"), "mixed-fp16"),
                (self.tr("Pure bf16"), "bf16"),
                (self.tr("Pure fp16"), "fp16"),
                (self.tr("fp32"), "fp32"),
            ],
        )
        self.optimizer = QComboBox(self)
        fill_combo(
            self.optimizer,
            [
                ("AdamW", "adamw"),
                ("Adam", "adam"),
                (self.tr("AdamW 8-bit"), "adamw-8bit"),
                ("Adafactor", "adafactor"),
                ("Lion", "lion"),
                ("SGD", "sgd"),
                (self.tr("SGD with momentum"), "sgd-momentum"),
            ],
        )
        self.finetune = QComboBox(self)
        fill_combo(
            self.finetune,
            [(self.tr("Full (all weights)"), "full"), ("LoRA", "lora"), (self.tr("QLoRA (4-bit base)"), "qlora")],
        )
        self.lora_rank = QSpinBox(self)
        self.lora_rank.setRange(1, 4096)
        self.lora_targets = QComboBox(self)
        fill_combo(
            self.lora_targets,
            [
                (self.tr("All linear layers"), "all-linear"),
                (self.tr("Attention projections"), "attention"),
                ("q, v", "qv"),
            ],
        )
        self.checkpointing = QCheckBox(self.tr("Gradient checkpointing"), self)
        self.checkpointing.setToolTip(self.tr("Recompute activations in the backward pass instead of storing them"))
        self.attention = QComboBox(self)
        fill_combo(
            self.attention,
            [
                (self.tr("SDPA (fused, default)"), "sdpa"),
                (self.tr("Flash attention"), "flash"),
                (self.tr("Eager (stores seq² scores)"), "eager"),
            ],
        )

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Weights"), self.weights)
        self.form.addRow(self.tr("KV cache"), self.kv_cache)
        self.form.addRow(self.tr("Training precision"), self.training_precision)
        self.form.addRow(self.tr("Optimizer"), self.optimizer)
        self.form.addRow(self.tr("Fine-tuning"), self.finetune)
        self.form.addRow(self.tr("LoRA rank"), self.lora_rank)
        self.form.addRow(self.tr("LoRA targets"), self.lora_targets)
        self.form.addRow(self.tr("Attention"), self.attention)
        self.form.addRow("", self.checkpointing)

        b = self.binder = FieldBinder(document, self)
        b.combo(self.weights, "precision.weights")
        b.combo(self.kv_cache, "precision.kv_cache")
        b.combo(self.training_precision, "precision.training")
        b.combo(self.optimizer, "training.optimizer")
        b.combo(self.finetune, "training.finetune")
        b.spin(self.lora_rank, "training.lora_rank")
        b.combo(self.lora_targets, "training.lora_targets")
        b.combo(self.attention, "training.attention")
        b.check(self.checkpointing, "training.grad_checkpointing", on="full", off="none")
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        training = scenario.workload.mode == "training"
        lora = training and scenario.training.finetune != "full"
        arch = scenario.model.architecture
        # full fine-tuning keeps the weights in the training precision: the storage format does not apply
        rows = {
            self.weights: not training or lora,
            self.kv_cache: not training and arch.decoder is not None,
            self.training_precision: training,
            self.optimizer: training,
            self.finetune: training,
            self.lora_rank: lora,
            self.lora_targets: lora,
            self.attention: training and arch.cnn is None,
            self.checkpointing: training,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        label = self.form.labelForField(self.weights)
        assert isinstance(label, QLabel)
        label.setText(self.tr("Frozen base") if lora else self.tr("Weights"))
        self.finetune.setEnabled(arch.cnn is None)
        self.finetune.setToolTip("" if arch.cnn is None else self.tr("LoRA and QLoRA need transformer blocks"))
