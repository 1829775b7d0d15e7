"""A user-defined GPU: name, memory as the driver reports it, bandwidth and peak 16-bit throughput."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from core.hardware import GpuSpec
from core.units import GIB


class CustomGpuDialog(QDialog):
    def __init__(self, base: GpuSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom GPU"))
        self.name = QLineEdit(base.name if base.custom else self.tr("Custom GPU"), self)
        self.memory = QDoubleSpinBox(self)
        self.memory.setRange(0.5, 4096)
        self.memory.setDecimals(2)
        self.memory.setSuffix(" GiB")
        self.memory.setGroupSeparatorShown(True)
        self.memory.setValue(base.usable_bytes / GIB)
        self.memory.setToolTip(self.tr("Total memory as the driver reports it (nvidia-smi: MiB ÷ 1,024)"))
        self.bandwidth = QDoubleSpinBox(self)
        self.bandwidth.setRange(1, 100_000)
        self.bandwidth.setDecimals(0)
        self.bandwidth.setSuffix(" GB/s")
        self.bandwidth.setGroupSeparatorShown(True)
        self.bandwidth.setValue(base.bandwidth_gbps or 1000)
        self.tflops = QDoubleSpinBox(self)
        self.tflops.setRange(0.1, 100_000)
        self.tflops.setDecimals(1)
        self.tflops.setSuffix(" TFLOP/s")
        self.tflops.setGroupSeparatorShown(True)
        self.tflops.setValue(base.tflops.get("bf16") or 100.0)
        self.tflops.setToolTip(self.tr("Dense bf16/fp16 tensor throughput (not the 2:4 sparse figure)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Memory"), self.memory)
        form.addRow(self.tr("Memory bandwidth"), self.bandwidth)
        form.addRow(self.tr("Peak bf16/fp16"), self.tflops)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> dict[str, Any]:
        """The custom GPU as the scenario stores it (validated by the engine when applied)."""
        tf = self.tflops.value()
        return GpuSpec.model_validate(
            {
                "id": "custom",
                "name": self.name.text().strip() or "Custom GPU",
                "vendor": "",
                "category": "other",
                "custom": True,
                "bandwidth_gbps": self.bandwidth.value(),
                "tflops": {"bf16": tf, "fp16": tf},
                "memory": {
                    "advertised": round(self.memory.value(), 2),
                    "advertised_unit": "GiB",
                    "usable_bytes": int(self.memory.value() * GIB),
                    "usable_source": "entered by the user",
                },
                "source": "entered by the user",
            }
        ).model_dump()
