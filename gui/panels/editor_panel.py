"""The scenario editor (left side): model, GPU, precision, workload, parallelism, training run — each its own
panel bound to the document, stacked in a scroll area. Tab order follows the reading order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gui.document import ScenarioDocument
from gui.panels.gpu_picker import GpuPicker
from gui.panels.model_picker import ModelPicker
from gui.panels.parallelism_panel import ParallelismPanel
from gui.panels.precision_panel import PrecisionPanel
from gui.panels.training_panel import TrainingPanel
from gui.panels.workload_panel import WorkloadPanel


class EditorPanel(QScrollArea):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.model_picker = ModelPicker(document, body)
        self.gpu_picker = GpuPicker(document, body)
        self.workload = WorkloadPanel(document, body)
        self.precision = PrecisionPanel(document, body)
        self.parallelism = ParallelismPanel(document, body)
        self.training = TrainingPanel(document, body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for panel in (
            self.model_picker,
            self.gpu_picker,
            self.workload,
            self.precision,
            self.training,
            self.parallelism,
        ):
            layout.addWidget(panel)
        layout.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(380)
