"""Tools ▸ CPU RAM to load the model: for the current scenario's weights, the CPU RAM at the peak of loading and
after it, for each way of loading (core.calculators.load_ram), each with its explanation and source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from core import calculators, fit, quant
from core.scenario import Scenario
from gui.dialogs.tool_dialog import ResultRows, ToolDialog, fit_columns, float_spin
from gui.document import ScenarioDocument
from gui.format import fmt_bytes, formula_tooltip
from gui.i18n_engine import catalogue_name, engine_text, name_text
from gui.preferences import Preferences

translate = QCoreApplication.translate


def runtime_words(runtime: str) -> str:
    return {
        "hf": translate("CpuRamDialog", "transformers (device_map / low_cpu_mem_usage)"),
        "hf-legacy": translate("CpuRamDialog", "transformers, plain load (low_cpu_mem_usage=False)"),
        "llama.cpp": translate("CpuRamDialog", "llama.cpp (mmap, the default)"),
        "llama.cpp-no-mmap": translate("CpuRamDialog", "llama.cpp --no-mmap"),
    }[runtime]


class CpuRamDialog(ToolDialog):
    def __init__(
        self, document: ScenarioDocument, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("CPU RAM to load the model"), preferences, parent)
        self.document = document
        self.gpu_share = float_spin(self, 0, 100, 100, 0, " %")
        self.gpu_share.setToolTip(self.tr("Share of the weights placed on GPUs (the rest stays in CPU RAM)"))
        self.shard = float_spin(self, 0.01, 10_000, 5, 2, " GB", compact=True)
        self.shard.setToolTip(self.tr("Largest checkpoint shard (transformers' save_pretrained default: 5 GB)"))
        self.inputs.addRow(self.tr("On GPUs"), self.gpu_share)
        self.inputs.addRow(self.tr("Largest shard"), self.shard)
        self.results = ResultRows(self.tr("Model"), self)
        self.results.add("weights", self.tr("Weights"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Loaded by"), self.tr("Peak while loading"), self.tr("After loading"), self.tr("Kind of memory")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(150)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.gpu_share.valueChanged.connect(self.recompute)
        self.shard.valueChanged.connect(self.recompute)
        document.changed.connect(self._scenario_changed)
        if preferences is not None:
            preferences.unit_changed.connect(self.recompute)
        self.finish_layout(self.results, self.table)
        self.resize(940, 400)

    def _scenario_changed(self, _scenario: Scenario) -> None:
        if self.isVisible():
            self.recompute()

    def compute(self) -> None:
        s = self.document.scenario
        nbytes = fit.model_weight_bytes(s)
        how = (
            self.tr("the imported file's tensor bytes")
            if nbytes == s.model.stored_weight_bytes
            else self.tr("every tensor in {0}").format(name_text(quant.get(s.precision.weights).name))
        )
        self.results.set(
            "weights",
            self.tr("{0}: {1} ({2})").format(
                catalogue_name(s.model.architecture.name), fmt_bytes(nbytes, self.unit), how
            ),
        )
        share = self.gpu_share.value() / 100
        shard = round(self.shard.value() * 1e9)
        default = "llama.cpp" if s.runtime.gguf else "hf"
        self.table.setRowCount(len(calculators.LOAD_RUNTIMES))
        for row, runtime in enumerate(calculators.LOAD_RUNTIMES):
            r = calculators.load_ram(nbytes, runtime, share, shard)
            peak, after = fmt_bytes(r.peak_bytes, self.unit), fmt_bytes(r.resident_bytes, self.unit)
            name = runtime_words(runtime) + (self.tr(" — this scenario") if runtime == default else "")
            kind = self.tr("RAM or swap") if r.swap_backed else self.tr("page cache (file pages, never swap)")
            tip = formula_tooltip(runtime_words(runtime), peak, r.formula, engine_text(r.explanation), source=r.source)
            for col, text in enumerate((name, peak, after, kind)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if runtime == default:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        fit_columns(self.table)
