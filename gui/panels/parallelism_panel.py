"""Parallelism: tensor and pipeline degrees (inference and training), ZeRO stage and offload (training only);
the data-parallel degree that follows from the GPU count is shown, not edited."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.panels.binding import FieldBinder
from gui.panels.precision_panel import fill_combo
from gui.panels.workload_panel import count_spin


class ParallelismPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parallelism"), parent)
        self.tp = count_spin(self, 1024)
        self.tp.setKeyboardTracking(False)
        self.tp.setToolTip(self.tr("Tensor parallel: each layer's matrices split across this many GPUs"))
        self.pp = count_spin(self, 1024)
        self.pp.setKeyboardTracking(False)
        self.pp.setToolTip(self.tr("Pipeline parallel: the layers split into this many stages"))
        self.dp = QLabel(self)
        self.zero = QComboBox(self)
        fill_combo(
            self.zero,
            [
                (self.tr("Off (plain data parallel)"), 0),
                (self.tr("ZeRO-1: optimizer states"), 1),
                (self.tr("ZeRO-2: + gradients"), 2),
                (self.tr("ZeRO-3 / FSDP: + parameters"), 3),
            ],
        )
        self.offload = QComboBox(self)
        fill_combo(
            self.offload,
            [
                (self.tr("None"), "none"),
                (self.tr("Optimizer states to CPU"), "optimizer"),
                (self.tr("Optimizer and parameters to CPU"), "optimizer+params"),
            ],
        )
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Tensor parallel"), self.tp)
        self.form.addRow(self.tr("Pipeline parallel"), self.pp)
        self.form.addRow(self.tr("Data parallel"), self.dp)
        self.form.addRow(self.tr("ZeRO"), self.zero)
        self.form.addRow(self.tr("Offload"), self.offload)
        b = self.binder = FieldBinder(document, self)
        b.spin(self.tp, "parallelism.tp")
        b.spin(self.pp, "parallelism.pp")
        b.combo(self.zero, "parallelism.zero")
        b.combo(self.offload, "parallelism.offload")
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        p = scenario.parallelism
        training = scenario.workload.mode == "training"
        self.dp.setText(self.tr("{0} (= {1} GPUs ÷ tensor {2} ÷ pipeline {3})").format(p.dp, p.gpus, p.tp, p.pp))
        self.form.setRowVisible(self.zero, training)
        self.form.setRowVisible(self.offload, training)
        self.form.setRowVisible(self.dp, p.gpus > 1)
