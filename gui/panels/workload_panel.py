"""Workload: inference or training, batch, context length (spin box and log slider), output tokens, concurrency,
image size, and the serving runtime with its own settings. Rows that do not apply are hidden; the runtime is
disabled in training (training runs on PyTorch) with a tooltip that says so."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.scenario import MAX_COUNT, MAX_TOKENS, Scenario
from gui.document import ScenarioDocument
from gui.panels.binding import FieldBinder
from gui.panels.precision_panel import fill_combo
from gui.widgets.log_slider import LogSlider


def count_spin(parent: QWidget, maximum: int, minimum: int = 1) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(minimum, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    return spin


class WorkloadPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workload"), parent)
        self.document = document
        self.inference = QRadioButton(self.tr("&Inference"), self)
        self.training = QRadioButton(self.tr("&Training"), self)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.inference)
        self.mode_group.addButton(self.training)
        self.inference.toggled.connect(lambda on: on and document.set_field("workload.mode", "inference"))
        self.training.toggled.connect(lambda on: on and document.set_field("workload.mode", "training"))
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.inference)
        mode_row.addWidget(self.training)
        mode_row.addStretch(1)

        self.batch = count_spin(self, MAX_COUNT)
        self.context = count_spin(self, MAX_TOKENS)
        self.context.setSuffix(self.tr(" tokens"))
        self.context.setToolTip(self.tr("Tokens per sequence: prompt and generated tokens together"))
        self.context_slider = LogSlider(self)
        self.context_slider.setToolTip(self.context.toolTip())
        self.context_slider.value_picked.connect(lambda v: document.set_field("workload.context", v, merge=True))
        self.context_slider.sliderReleased.connect(document.end_merge)
        context_box = QVBoxLayout()
        context_box.setSpacing(2)
        context_box.addWidget(self.context)
        context_box.addWidget(self.context_slider)
        self.context_widget = QWidget(self)
        self.context_widget.setLayout(context_box)
        context_box.setContentsMargins(0, 0, 0, 0)
        self.output_tokens = count_spin(self, MAX_TOKENS, 0)
        self.concurrency = count_spin(self, MAX_COUNT)
        self.concurrency.setToolTip(self.tr("Requests served at once, each with its own KV cache"))
        self.image_size = count_spin(self, 16384, 0)
        self.image_size.setSpecialValueText(self.tr("model default"))
        self.image_size.setSuffix(" px")

        self.runtime = QComboBox(self)
        fill_combo(
            self.runtime,
            [
                (self.tr("PyTorch + Transformers (hf)"), "hf"),
                ("vLLM", "vllm"),
                ("SGLang", "sglang"),
                ("llama.cpp", "llama.cpp"),
                ("Ollama", "ollama"),
            ],
        )
        self.gpu_util = QDoubleSpinBox(self)
        self.gpu_util.setRange(0.05, 1.0)
        self.gpu_util.setSingleStep(0.05)
        self.gpu_util.setDecimals(2)
        self.gpu_util.setToolTip(self.tr("vLLM --gpu-memory-utilization: the share of GPU memory vLLM claims"))
        self.ubatch = count_spin(self, MAX_TOKENS)
        self.ubatch.setToolTip(self.tr("llama.cpp -ub (n_ubatch): tokens processed per compute step"))
        self.flash = QCheckBox(self.tr("Flash attention (-fa)"), self)
        # -ngl: the minimum (-1) stands for "all layers and the output layer" (the engine's None)
        self.gpu_layers = count_spin(self, 100_000, -1)
        self.gpu_layers.setSpecialValueText(self.tr("all"))
        self.gpu_layers.setToolTip(
            self.tr("llama.cpp / Ollama -ngl (n_gpu_layers): layers kept on the GPU; the rest run from system RAM")
        )
        self.parallel = count_spin(self, MAX_COUNT)
        self.parallel.setToolTip(self.tr("Ollama OLLAMA_NUM_PARALLEL: request slots, each with its own context"))

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Mode"), mode_row)
        self.form.addRow(self.tr("Batch"), self.batch)
        self.form.addRow(self.tr("Context"), self.context_widget)
        self.form.addRow(self.tr("Output tokens"), self.output_tokens)
        self.form.addRow(self.tr("Concurrency"), self.concurrency)
        self.form.addRow(self.tr("Image size"), self.image_size)
        self.form.addRow(self.tr("Runtime"), self.runtime)
        self.form.addRow(self.tr("vLLM memory share"), self.gpu_util)
        self.form.addRow(self.tr("Micro-batch"), self.ubatch)
        self.form.addRow("", self.flash)
        self.form.addRow(self.tr("GPU layers"), self.gpu_layers)
        self.form.addRow(self.tr("Parallel slots"), self.parallel)
        # One label column whatever the mode and runtime show: their rows' labels differ in width ("Micro-batch /
        # GPU", "vLLM memory share"), and every field moved sideways at each switch
        items = [self.form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(self.form.rowCount())]
        labels = [w for w in (item.widget() for item in items if item is not None) if w is not None]
        batch_label = self.form.labelForField(self.batch)
        assert isinstance(batch_label, QLabel)
        widths = [label.sizeHint().width() for label in labels]
        for text in (self.tr("Micro-batch / GPU"), self.tr("Batch size")):  # its two texts (see _show)
            batch_label.setText(text)
            widths.append(batch_label.sizeHint().width())
        for label in labels:
            label.setMinimumWidth(max(widths))

        b = self.binder = FieldBinder(document, self)
        b.custom(self.inference, lambda s: s.workload.mode, lambda m: self.inference.setChecked(m == "inference"))
        b.custom(self.training, lambda s: s.workload.mode, lambda m: self.training.setChecked(m == "training"))
        b.spin(self.batch, "workload.batch")
        b.spin(self.context, "workload.context")
        b.custom(self.context_slider, lambda s: s, self._show_slider)
        b.spin(self.output_tokens, "workload.output_tokens")
        b.spin(self.concurrency, "workload.concurrency")
        b.spin(self.image_size, "workload.image_size", none_at_minimum=True)
        b.combo(self.runtime, "runtime.name")
        b.spin(self.gpu_util, "runtime.gpu_memory_utilization")
        b.spin(self.ubatch, "runtime.ubatch")
        b.check(self.flash, "runtime.flash_attention")
        b.spin(self.gpu_layers, "runtime.n_gpu_layers", none_at_minimum=True)
        b.spin(self.parallel, "runtime.parallel")
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show_slider(self, scenario: Scenario) -> None:
        arch = scenario.model.architecture
        self.context_slider.set_limit(max(arch.max_positions, scenario.workload.context, 2))
        self.context_slider.show_value(scenario.workload.context)

    def _show(self, scenario: Scenario) -> None:
        arch = scenario.model.architecture
        training = scenario.workload.mode == "training"
        tokens = arch.cnn is None and arch.kind != "vision"
        runtime = scenario.runtime.name
        rows = {
            self.context_widget: tokens,
            self.output_tokens: not training and arch.decoder is not None,
            self.concurrency: not training and tokens,
            self.image_size: not tokens or arch.vision is not None,
            self.gpu_util: not training and runtime == "vllm",
            self.ubatch: not training and scenario.runtime.gguf,
            self.flash: not training and scenario.runtime.gguf,
            self.gpu_layers: not training and scenario.runtime.gguf,
            self.parallel: not training and runtime == "ollama",
            # vLLM and llama.cpp serve token models; a CNN runs on PyTorch (shown if a file set another one)
            self.runtime: tokens or runtime != "hf",
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        batch_label = self.form.labelForField(self.batch)
        assert isinstance(batch_label, QLabel)
        batch_label.setText(self.tr("Micro-batch / GPU") if training else self.tr("Batch size"))
        self.batch.setToolTip(
            self.tr("Images per step")
            if not tokens
            else self.tr("Sequences per step (training: per GPU, before gradient accumulation)")
        )
        self.runtime.setEnabled(not training)
        self.runtime.setToolTip(
            self.tr("Training runs on PyTorch (hf); vLLM, SGLang, llama.cpp and Ollama serve inference only")
            if training
            else self.tr("The program that serves the model")
        )
