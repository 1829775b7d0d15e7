"""GPU FLOP/s from cores × clock × FLOPs per cycle (core.calculators.gpu_flops): the fields, reused by the custom
GPU dialog, and Tools ▸ GPU FLOP/s."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from core import calculators
from core.errors import SizingError
from gui.dialogs.tool_dialog import ToolDialog, float_spin, int_spin
from gui.format import fmt_number, formula_tooltip
from gui.i18n_engine import engine_text


class GpuFlopsFields(QWidget):
    """Cores, clock and FLOPs per cycle in a form, and the peak they make; `computed` sends it in TFLOP/s."""

    computed = Signal(float)

    def __init__(self, parent: QWidget | None = None, cores: int = 16896, clock_ghz: float = 1.98) -> None:
        super().__init__(parent)
        self.cores = int_spin(self, 1, 10_000_000, cores)
        self.cores.setToolTip(self.tr("Shader / CUDA cores (stream processors) of the whole GPU"))
        self.clock = float_spin(self, 0.01, 100, clock_ghz, 3, " GHz", compact=True)
        self.clock.setToolTip(self.tr("Boost clock"))
        self.per_cycle = float_spin(self, 0.01, 1e6, 2.0, 2, compact=True)
        self.per_cycle.setToolTip(
            self.tr("FLOPs per core per clock: 2 for one fused multiply-add (a·b + c); tensor cores do far more")
        )
        self.result = QLabel(self)
        self.result.setObjectName("gpu_flops")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Cores"), self.cores)
        form.addRow(self.tr("Clock"), self.clock)
        form.addRow(self.tr("FLOPs per core per cycle"), self.per_cycle)
        form.addRow(self.tr("Peak"), self.result)
        for box in (self.cores, self.clock, self.per_cycle):
            box.valueChanged.connect(self.recompute)
        self.tflops: float | None = None
        self.recompute()

    def recompute(self) -> None:
        try:
            g = calculators.gpu_flops(self.cores.value(), self.clock.value(), self.per_cycle.value())
        except SizingError as exc:
            self.tflops = None
            self.result.setText(str(exc))
            return
        self.tflops = g.tflops
        text = self.tr("{0} TFLOP/s").format(fmt_number(g.tflops, 4))
        self.result.setText(text)
        tip = formula_tooltip(self.tr("Peak FLOP/s"), text, g.formula, engine_text(g.explanation))
        self.result.setToolTip(tip)
        self.computed.emit(g.tflops)


class GpuFlopsDialog(ToolDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("GPU FLOP/s from cores × clock"), None, parent)
        self.fields = GpuFlopsFields(self)
        self.inputs.addRow(self.fields)
        self.finish_layout()

    def compute(self) -> None:
        self.fields.recompute()
