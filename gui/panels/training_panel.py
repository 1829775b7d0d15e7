"""Training run & cost (training only): gradient accumulation, how much data (tokens; images for CNNs), price per
GPU-hour, and the model FLOPs utilisation the time estimate assumes."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QWidget

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.panels.binding import FieldBinder, set_tip
from gui.panels.workload_panel import count_spin
from gui.widgets.number_spin import CompactDoubleSpinBox


class TrainingPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Training run && cost"), parent)
        self.grad_accumulation = count_spin(self, 1 << 20)
        self.train_tokens = CompactDoubleSpinBox(self)
        self.train_tokens.setRange(0, 1e7)
        self.train_tokens.setDecimals(3)
        self.train_tokens.setGroupSeparatorShown(True)
        self.train_tokens.setSpecialValueText(self.tr("not set"))
        self.price = QDoubleSpinBox(self)
        self.price.setRange(0, 1e6)
        self.price.setDecimals(2)
        self.price.setPrefix("$ ")
        self.price.setSpecialValueText(self.tr("not set"))
        self.price.setGroupSeparatorShown(True)
        self.mfu = QDoubleSpinBox(self)
        self.mfu.setRange(0, 100)
        self.mfu.setDecimals(0)
        self.mfu.setSuffix(" %")
        self.mfu.setSpecialValueText(self.tr("typical"))
        self.mfu.setToolTip(self.tr("Model FLOPs utilisation: the share of the GPU's peak a training run achieves"))
        self.form = form = QFormLayout(self)
        form.addRow(self.tr("Gradient accumulation"), self.grad_accumulation)
        self.train_tokens_label = QLabel(self)
        form.addRow(self.train_tokens_label, self.train_tokens)
        form.addRow(self.tr("Price per GPU-hour"), self.price)
        form.addRow(self.tr("MFU"), self.mfu)
        b = self.binder = FieldBinder(document, self)
        b.spin(self.grad_accumulation, "workload.grad_accumulation")
        b.spin(self.train_tokens, "workload.train_tokens", scale=1e-6)
        b.spin(self.price, "cost.price_per_gpu_hour")
        b.spin(self.mfu, "cost.mfu", none_at_minimum=True, scale=100)
        self._images: bool | None = None
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        self.setVisible(scenario.workload.mode == "training")
        images = scenario.model.architecture.cnn is not None  # the engine counts a CNN's training data in images
        if images != self._images:
            self._images = images
            if images:
                self.train_tokens_label.setText(self.tr("Training images (M)"))
                tip = self.tr(
                    "Images to train on — samples seen over the whole run (epochs × dataset size), in "
                    "millions; sets time and cost"
                )
            else:
                self.train_tokens_label.setText(self.tr("Training tokens (M)"))
                tip = self.tr("Tokens to train on over the whole run, in millions; sets time and cost")
            set_tip(self.train_tokens, tip)
            set_tip(self.train_tokens_label, tip)
