"""A user-defined GPU: name, memory as the driver reports it, bandwidth and peak 16-bit throughput."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.hardware import GpuSpec
from core.units import GIB
from gui.dialogs.gpu_flops_dialog import GpuFlopsFields


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
        # issue 10 item 5: the peak from cores × clock × FLOPs per cycle, filling the field above while checked
        c = base.compute
        self.from_cores = QGroupBox(self.tr("Peak from cores × clock × FLOPs per cycle"), self)
        self.from_cores.setCheckable(True)
        self.from_cores.setChecked(False)
        self.from_cores.setToolTip(
            self.tr(
                "For tensor cores, count the FLOPs per tensor core per cycle at 16 bits (the architecture "
                "whitepaper's dense figure); 2 per shader core gives the vector (FP32) peak"
            )
        )
        self.flops_fields = GpuFlopsFields(
            self.from_cores,
            cores=(c.cores if c and c.cores else 16896),
            clock_ghz=(c.boost_clock_mhz / 1000 if c and c.boost_clock_mhz else 1.98),
        )
        QVBoxLayout(self.from_cores).addWidget(self.flops_fields)
        self.flops_fields.computed.connect(self._fill_tflops)
        self.from_cores.toggled.connect(lambda _on: self._fill_tflops(self.flops_fields.tflops))
        form.addRow(self.from_cores)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_tflops(self, tflops: float | None) -> None:
        if self.from_cores.isChecked() and tflops is not None:
            self.tflops.setValue(tflops)

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
