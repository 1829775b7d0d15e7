"""Workload: inference or training, batch, context length (spin box and log slider), output tokens, concurrency,
image size, images per sequence (vision-language models), and the serving runtime with its own settings (vLLM's
memory share and prefill chunk, SGLang's static share, chunked prefill, DP attention and CUDA-graph batch,
llama.cpp/Ollama's micro-batch, flash
attention, GPU layers, Ollama's context and slots; speculative decoding with the model's multi-token-prediction
layers on vLLM/SGLang, shown only for a model that has them). Rows that do not apply are hidden; the runtime is
disabled in training (training runs on PyTorch) with a tooltip that says so."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSignalBlocker, QSize
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
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from core.estimate import resolve_gpu
from core.memory import towers
from core.memory.engines import sglang_defaults, sglang_dp, slot_context
from core.memory.overhead import typical_cuda_context_bytes
from core.runtimes import ENGINES, RuntimeField
from core.scenario import MAX_COUNT, MAX_TOKENS, Mode, Scenario
from gui.document import ScenarioDocument
from gui.panels.binding import FieldBinder, FormRows, set_tip
from gui.panels.precision_panel import fill_combo
from gui.widgets.default_spin import DefaultDoubleSpinBox, DefaultSpinBox
from gui.widgets.log_slider import LogSlider


def count_spin(parent: QWidget, maximum: int, minimum: int = 1) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(minimum, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    return spin


class WholeCombo(QComboBox):
    """A combo of a handful of names, one of them long (the runtime's): at least as wide as its longest, so the
    editor's least width (EditorPanel._fit_width, from its content's least width) holds it whole. At the 14 characters
    the other combos keep, the runtime read "PyTorch + Transformers (I…" in Chinese (seen on Xvfb)."""

    def minimumSizeHint(self) -> QSize:
        # Qt's own size for the longest was a few pixels short of its text in Chinese (its full-width brackets): the
        # style's text field, measured at that size, and the widest text's advance decide
        size = self.sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, size.width(), size.height())
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return QSize(size.width() + max(0, widest + 2 - field.width()), size.height())


class WorkloadPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workload"), parent)
        self.document = document
        self.inference = QRadioButton(self.tr("&Inference"), self)
        self.training = QRadioButton(self.tr("T&raining"), self)  # Alt+T is the Tools menu's
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.inference)
        self.mode_group.addButton(self.training)
        self.inference.toggled.connect(lambda on: on and document.set_field("workload.mode", "inference"))
        self.training.toggled.connect(lambda on: on and document.set_field("workload.mode", "training"))
        # a click switches at its release; its press (or Space's) announces the switch: the window readies the other
        # mode's charts while the button is down
        self.inference.pressed.connect(lambda: self._announce_mode("inference"))
        self.training.pressed.connect(lambda: self._announce_mode("training"))
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

        self.runtime = WholeCombo(self)
        fill_combo(
            self.runtime,
            # one entry per engine of core/runtimes.py; the engines' names are their own, not translated
            [({"hf": self.tr("PyTorch + Transformers (hf)")}.get(e.id, e.name), e.id) for e in ENGINES.values()],
        )
        self.runtime.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        # the minimum (0) of these stands for the engine's own default (None in the scenario)
        self.batched_tokens = DefaultSpinBox(self)
        self.batched_tokens.setRange(0, MAX_TOKENS)
        self.batched_tokens.setSingleStep(1024)
        self.batched_tokens.setGroupSeparatorShown(True)
        self.batched_tokens.setSpecialValueText(self.tr("default"))
        self.batched_tokens.setToolTip(
            self.tr(
                "vLLM --max-num-batched-tokens: tokens of prefill processed per step (chunked prefill); its "
                "activations are what vLLM's profile run measures"
            )
        )
        self.mem_fraction = DefaultDoubleSpinBox(self)
        self.mem_fraction.setRange(0.0, 1.0)
        self.mem_fraction.setSingleStep(0.01)
        self.mem_fraction.setDecimals(3)
        self.mem_fraction.setSpecialValueText(self.tr("default"))
        self.chunked_prefill = DefaultSpinBox(self)
        self.chunked_prefill.setRange(0, MAX_TOKENS)
        self.chunked_prefill.setSingleStep(1024)
        self.chunked_prefill.setGroupSeparatorShown(True)
        self.chunked_prefill.setSpecialValueText(self.tr("default"))
        self.dp_attention = QComboBox(self)  # off, then each --dp that divides tp (refilled in _show)
        self.dp_attention.setToolTip(
            self.tr(
                "SGLang --enable-dp-attention --dp N: attention runs data-parallel in N groups inside the TP ranks, "
                "each with its own requests and KV cache and the attention weights and token embedding at TP tp / N "
                "(more weights per GPU, less KV per GPU); MoE and MLP stay split over all TP ranks"
            )
        )
        self.cuda_graph_bs = DefaultSpinBox(self)
        self.cuda_graph_bs.setRange(0, MAX_COUNT)
        self.cuda_graph_bs.setSingleStep(8)
        self.cuda_graph_bs.setGroupSeparatorShown(True)
        self.cuda_graph_bs.setSpecialValueText(self.tr("default"))
        self.speculative = QComboBox(self)
        fill_combo(self.speculative, [(self.tr("off"), "none"), (self.tr("MTP layers draft"), "mtp")])
        self.speculative.setToolTip(
            self.tr(
                "Speculative decoding with the model's multi-token-prediction layers as the draft (vLLM "
                "--speculative-config method mtp, SGLang --speculative-algorithm EAGLE/NEXTN): their weights, their "
                "KV cache and the verification logits are added"
            )
        )
        self.speculative_tokens = count_spin(self, 16)
        self.speculative_tokens.setToolTip(
            self.tr("Draft tokens per step (vLLM num_speculative_tokens, SGLang --speculative-num-steps)")
        )
        self.num_ctx = DefaultSpinBox(self)
        self.num_ctx.setRange(0, MAX_TOKENS)
        self.num_ctx.setSingleStep(1024)
        self.num_ctx.setGroupSeparatorShown(True)
        self.num_ctx.setSpecialValueText(self.tr("default"))
        self.num_ctx.setSuffix(self.tr(" tokens"))
        self.cuda_context = DefaultSpinBox(self)
        self.cuda_context.setRange(0, 1024 * 1024)
        self.cuda_context.setSingleStep(50)
        self.cuda_context.setGroupSeparatorShown(True)
        self.cuda_context.setSuffix(self.tr(" MiB"))
        self.cuda_context.setToolTip(
            self.tr(
                "The CUDA context and libraries (kernels, cuBLAS/cuDNN handles) each GPU process holds before any "
                "tensor: what nvidia-smi shows for the idle process. Left at its default, the runtime's typical value"
            )
        )
        self.target_load = QDoubleSpinBox(self)
        self.target_load.setRange(0, 1e12)
        self.target_load.setDecimals(0)
        self.target_load.setGroupSeparatorShown(True)
        self.target_load.setSingleStep(100)
        self.target_load.setSuffix(self.tr(" tokens/s"))
        self.target_load.setSpecialValueText(self.tr("not set"))
        self.target_load.setToolTip(
            self.tr(
                "The serving load to plan for: generated tokens per second over all users; the answer says how "
                "many copies of this setup serve it"
            )
        )
        self.images = count_spin(self, 1024, 0)
        self.images.setToolTip(
            self.tr("Images in each sequence: each becomes the vision encoder's tokens in the context")
        )

        self.audio_seconds = QDoubleSpinBox(self)
        self.audio_seconds.setRange(0, 3600)
        self.audio_seconds.setDecimals(1)
        self.audio_seconds.setSingleStep(10)
        self.audio_seconds.setSuffix(self.tr(" s"))
        self.audio_seconds.setSpecialValueText(self.tr("none"))
        self.audio_seconds.setToolTip(
            self.tr(
                "Seconds of audio in each sequence: the audio tower encodes it in clips of up to 30 s, each taking "
                "its soft tokens in the context"
            )
        )

        self.form = QFormLayout(self)
        self.form_rows = FormRows(self.form)
        self.form.addRow(self.tr("Mode"), mode_row)
        self.form.addRow(self.tr("Batch"), self.batch)
        self.form.addRow(self.tr("Context"), self.context_widget)
        self.form.addRow(self.tr("Output tokens"), self.output_tokens)
        self.form.addRow(self.tr("Concurrency"), self.concurrency)
        self.form.addRow(self.tr("Target load"), self.target_load)
        self.form.addRow(self.tr("Image size"), self.image_size)
        self.form.addRow(self.tr("Images per sequence"), self.images)
        self.form.addRow(self.tr("Audio per sequence"), self.audio_seconds)
        self.form.addRow(self.tr("Runtime"), self.runtime)
        self.form.addRow(self.tr("vLLM memory share"), self.gpu_util)
        self.form.addRow(self.tr("vLLM prefill chunk"), self.batched_tokens)
        self.form.addRow(self.tr("SGLang static share"), self.mem_fraction)
        self.form.addRow(self.tr("SGLang prefill chunk"), self.chunked_prefill)
        self.form.addRow(self.tr("SGLang DP attention"), self.dp_attention)
        self.form.addRow(self.tr("SGLang CUDA-graph batch"), self.cuda_graph_bs)
        self.form.addRow(self.tr("Speculative decoding"), self.speculative)
        self.form.addRow(self.tr("Draft tokens"), self.speculative_tokens)
        self.form.addRow(self.tr("Micro-batch"), self.ubatch)
        self.form.addRow("", self.flash)
        self.form.addRow(self.tr("GPU layers"), self.gpu_layers)
        self.form.addRow(self.tr("Ollama context"), self.num_ctx)
        self.form.addRow(self.tr("Parallel slots"), self.parallel)
        self.form.addRow(self.tr("CUDA context"), self.cuda_context)
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
        b.custom(
            self.context_slider,
            lambda s: (max(s.model.architecture.max_positions, s.workload.context, 2), s.workload.context),
            self._show_slider,
        )
        b.spin(self.output_tokens, "workload.output_tokens")
        b.spin(self.concurrency, "workload.concurrency")
        b.spin(self.image_size, "workload.image_size", none_at_minimum=True)
        b.combo(self.runtime, "runtime.name")
        b.spin(self.gpu_util, "runtime.gpu_memory_utilization")
        b.spin(self.ubatch, "runtime.ubatch")
        b.check(self.flash, "runtime.flash_attention")
        b.spin(self.gpu_layers, "runtime.n_gpu_layers", none_at_minimum=True)
        b.spin(self.parallel, "runtime.parallel")
        b.spin(self.batched_tokens, "runtime.max_num_batched_tokens", none_at_minimum=True)
        b.spin(self.mem_fraction, "runtime.mem_fraction_static", none_at_minimum=True)
        b.spin(self.chunked_prefill, "runtime.chunked_prefill_size", none_at_minimum=True)
        b.combo(self.dp_attention, "runtime.dp_attention")
        b.spin(self.cuda_graph_bs, "runtime.cuda_graph_max_bs", none_at_minimum=True)
        b.spin(self.num_ctx, "runtime.num_ctx", none_at_minimum=True)
        b.combo(self.speculative, "runtime.speculative")
        b.spin(self.speculative_tokens, "runtime.speculative_tokens")
        b.spin(self.cuda_context, "runtime.cuda_context_mib", none_at_minimum=True)
        b.spin(self.images, "workload.images")
        b.spin(self.audio_seconds, "workload.audio_seconds")
        b.spin(self.target_load, "workload.target_tokens_per_second")
        self._shown: object = None
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _announce_mode(self, mode: Mode) -> None:
        if self.document.scenario.workload.mode != mode:
            self.document.announce({"workload.mode": mode})

    def _show_slider(self, limit_and_context: tuple[int, int]) -> None:
        limit, context = limit_and_context
        self.context_slider.set_limit(limit)
        self.context_slider.show_value(context)

    def _show(self, scenario: Scenario) -> None:
        w = scenario.workload
        # all it reads (the engine's defaults follow the GPU, the parallelism and, for vLLM, the context): a batch,
        # concurrency or output edit changes none of it
        shown = (
            scenario.model,
            scenario.gpu,
            scenario.runtime,
            scenario.parallelism,
            w.mode,
            w.context,
            w.images,
            w.audio_seconds,
        )
        if shown == self._shown:
            return
        self._shown = shown
        arch = scenario.model.architecture
        training = scenario.workload.mode == "training"
        tokens = arch.cnn is None and arch.kind != "vision"
        engine = scenario.runtime.spec

        def reads(field: RuntimeField) -> bool:  # the engine reads this runtime field (core/runtimes.py fields)
            return not training and field in engine.fields

        mtp = arch.mtp is not None and arch.mtp.kind != "unknown" and arch.decoder is not None
        speculative = reads("speculative") and mtp
        rows = {
            self.speculative: speculative,
            self.speculative_tokens: speculative and scenario.runtime.speculative == "mtp",
            self.context_widget: tokens,
            self.output_tokens: not training and arch.decoder is not None,
            self.concurrency: not training and tokens,
            self.target_load: not training and arch.decoder is not None,
            self.image_size: not tokens or arch.vision is not None,
            self.gpu_util: reads("gpu_memory_utilization"),
            self.ubatch: reads("ubatch"),
            self.flash: reads("flash_attention"),
            self.gpu_layers: reads("n_gpu_layers"),
            self.parallel: reads("parallel"),
            self.num_ctx: reads("num_ctx"),
            self.batched_tokens: reads("max_num_batched_tokens"),
            self.mem_fraction: reads("mem_fraction_static"),
            self.chunked_prefill: reads("chunked_prefill_size"),
            self.dp_attention: reads("dp_attention") and scenario.parallelism.tp > 1,
            self.cuda_graph_bs: reads("cuda_graph_max_bs"),
            # and while they hold a value the model cannot take (a file saved so): the answer's warning that it is
            # not costed names a field the user can see and clear (edits.py clears it on a change of model)
            self.images: towers.takes_images(arch) or scenario.workload.images > 0,
            self.audio_seconds: towers.has_audio_tower(arch) or scenario.workload.audio_seconds > 0,
            # vLLM's measured non-torch memory holds its context (core/memory/overhead.py)
            self.cuda_context: training or "cuda_context_mib" in engine.fields,
            # vLLM and llama.cpp serve token models; a CNN runs on PyTorch (shown if a file set another one)
            self.runtime: tokens or not engine.trains,
        }
        self.form_rows.show(rows)
        default_mib = typical_cuda_context_bytes(scenario) / 2**20
        self.cuda_context.default_value = round(default_mib)
        self.cuda_context.setSpecialValueText(self.tr("default ({0} MiB)").format(f"{default_mib:,.0f}"))
        if reads("dp_attention"):
            self._fill_dp_attention(scenario)
        if any(reads(f) for f in ("max_num_batched_tokens", "mem_fraction_static", "num_ctx")):
            self._show_engine_defaults(scenario)
        batch_label = self.form.labelForField(self.batch)
        assert isinstance(batch_label, QLabel)
        batch_label.setText(self.tr("Micro-batch / GPU") if training else self.tr("Batch size"))
        set_tip(
            self.batch,
            self.tr("Images per step")
            if not tokens
            else self.tr("Sequences per step (training: per GPU, before gradient accumulation)"),
        )
        self.runtime.setEnabled(not training)
        set_tip(
            self.runtime,
            self.tr("Training runs on PyTorch (hf); vLLM, SGLang, llama.cpp and Ollama serve inference only")
            if training
            else self.tr("The program that serves the model"),
        )

    def _fill_dp_attention(self, scenario: Scenario) -> None:
        """Off, then every --dp that divides tp (SGLang asserts tp_size % dp_size == 0)."""
        tp = scenario.parallelism.tp
        options: list[tuple[str, object]] = [(self.tr("off"), 1)]
        options += [
            (self.tr("{0} groups (attention TP {1})").format(n, tp // n), n) for n in range(2, tp + 1) if tp % n == 0
        ]
        with QSignalBlocker(self.dp_attention):
            if [self.dp_attention.itemData(i) for i in range(self.dp_attention.count())] != [v for _, v in options]:
                self.dp_attention.clear()
                fill_combo(self.dp_attention, options)
            self.dp_attention.setCurrentIndex(max(0, self.dp_attention.findData(scenario.runtime.dp_attention)))

    def _show_engine_defaults(self, scenario: Scenario) -> None:
        """An engine setting left at its default shows the value the engine picks for this GPU (the engine's own
        rule, core/memory/engines.py), so "default" is never a mystery."""
        gpu = resolve_gpu(scenario)
        p, r = scenario.parallelism, scenario.runtime
        if "max_num_batched_tokens" in r.spec.fields:
            # without chunked prefill vLLM's profile run takes max(max_model_len, 2048) tokens (core/memory/peak.py)
            chunk = max(scenario.workload.context, 2048)
            self.batched_tokens.setSpecialValueText(self.tr("default ({0})").format(f"{chunk:,}"))
            self.batched_tokens.default_value = chunk
        elif "mem_fraction_static" in r.spec.fields:
            chunk, _graph_bs, frac, reserved = sglang_defaults(
                gpu, p.tp, p.pp, r.chunked_prefill_size, sglang_dp(scenario), r.cuda_graph_max_bs
            )
            default_bs = sglang_defaults(gpu, p.tp, p.pp)[1]
            self.mem_fraction.default_value, self.chunked_prefill.default_value = frac, chunk
            self.cuda_graph_bs.default_value = default_bs
            self.cuda_graph_bs.setSpecialValueText(self.tr("default ({0})").format(f"{default_bs:,}"))
            set_tip(
                self.cuda_graph_bs,
                self.tr(
                    "SGLang --cuda-graph-max-bs: the largest decode batch captured in a CUDA graph; SGLang's default "
                    "share leaves 2 MiB per batch size for the graphs (and 3 MiB per batch size and DP group more "
                    "under DP attention)"
                ),
            )
            self.mem_fraction.setSpecialValueText(self.tr("default ({0})").format(f"{frac:.3f}"))
            self.chunked_prefill.setSpecialValueText(self.tr("default ({0})").format(f"{chunk:,}"))
            set_tip(
                self.mem_fraction,
                self.tr(
                    "SGLang --mem-fraction-static: the share of the GPU's memory (free at start) kept for the "
                    "weights and the KV pool; the rest is left for activations and CUDA graphs. Its default on this "
                    "GPU leaves {0} MiB for those"
                ).format(f"{reserved:,.0f}"),
            )
            set_tip(
                self.chunked_prefill,
                self.tr(
                    "SGLang --chunked-prefill-size: prompt tokens prefilled per step; a larger chunk needs more "
                    "activation memory, which SGLang's default share reserves"
                ),
            )
        else:
            default_ctx = slot_context(
                scenario.model_copy(update={"runtime": r.model_copy(update={"num_ctx": None})}), gpu
            )
            self.num_ctx.setSpecialValueText(self.tr("default ({0})").format(f"{default_ctx:,}"))
            self.num_ctx.default_value = default_ctx
            set_tip(
                self.num_ctx,
                self.tr(
                    "Ollama num_ctx (OLLAMA_CONTEXT_LENGTH): context per slot, the KV cache is sized for it times the "
                    "parallel slots; Ollama's default depends on the GPU's memory, at most the model's maximum"
                ),
            )
