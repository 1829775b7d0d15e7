"""Precision & optimizer: weight format, KV cache, the training stack (the framework, as it allocates), training
precision, optimizer and its step, fine-tuning method (LoRA rank, targets, adapter dtype), activation checkpointing
(none / selective / full), attention kernel, and torchtitan's torch.compile and Float8 options (fsdp2). Rows that do
not apply to the mode, stack or method are hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from core import quant
from core.scenario import Scenario
from core.stacks import STACKS
from gui.document import ScenarioDocument
from gui.format import fmt_fixed
from gui.i18n_engine import name_text
from gui.panels.binding import FieldBinder, FormRows, set_tip

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


def stack_tooltips() -> dict[str, str]:
    """What each training stack does differently, as it allocates (core/stacks.py; its `source` is added below)."""
    return {
        "hf": QCoreApplication.translate(
            "PrecisionPanel",
            "fp32 parameters under torch.autocast; torch's AdamW (foreach: a parameter-sized temporary at the step); "
            "fp32 logits for the loss. With ZeRO, DeepSpeed's integration keeps 16-bit parameters.",
        ),
        "deepspeed": QCoreApplication.translate(
            "PrecisionPanel",
            "16-bit parameters and gradients; fp32 master weights and Adam states in the ZeRO-partitioned "
            "optimizer; fused Adam updates in place (no foreach temporary); contiguous gradient buckets.",
        ),
        "fsdp2": QCoreApplication.translate(
            "PrecisionPanel",
            "Shards parameters, gradients and optimizer states over every data-parallel rank by itself (ZeRO-3 "
            "semantics), gathering 16-bit copies one block at a time; sequence and loss parallel under tensor "
            "parallelism.",
        ),
        "megatron": QCoreApplication.translate(
            "PrecisionPanel",
            "bf16 parameters, one contiguous fp32 main_grad buffer, fp32 master weights and Adam states sharded "
            "over data parallel (distributed optimizer); Megatron's fused kernels; sequence parallel under tensor "
            "parallelism.",
        ),
        "torchtune": QCoreApplication.translate(
            "PrecisionPanel",
            "Cross-entropy over 8 chunks of the logits, each upcast to fp32 on its own; fused AdamW (no foreach "
            "temporary); FSDP2 sharding when distributed.",
        ),
        "liger": QCoreApplication.translate(
            "PrecisionPanel",
            "Hugging Face Trainer with Liger's fused linear cross-entropy: lm_head and the loss chunk by chunk, "
            "never the whole logits.",
        ),
        "unsloth": QCoreApplication.translate(
            "PrecisionPanel",
            "Checkpointed layer inputs offloaded to CPU memory; cut cross-entropy: never the whole logits.",
        ),
    }


def stack_combo(combo: QComboBox) -> None:
    """The stacks by their own names, each with what it allocates and the source it was modelled from."""
    tips = stack_tooltips()
    source = QCoreApplication.translate("PrecisionPanel", "Modelled from: {0}")
    for stack in STACKS.values():
        combo.addItem(name_text(stack.name), stack.id)
        combo.setItemData(
            combo.count() - 1, tips[stack.id] + "\n\n" + source.format(stack.source), Qt.ItemDataRole.ToolTipRole
        )
    compact(combo)


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
            bits = fmt_fixed(fmt.effective_bits, 2)
            item = QStandardItem(
                "   " + QCoreApplication.translate("PrecisionPanel", "{0} · {1} bit").format(name_text(fmt.name), bits)
            )
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
            [
                (self.tr("Full (all weights)"), "full"),
                ("LoRA", "lora"),
                (self.tr("QLoRA (4-bit base)"), "qlora"),
                (self.tr("Prefix tuning"), "prefix"),
                ("P-tuning", "ptuning"),
            ],
        )
        self.finetune.setItemData(
            3,
            self.tr(
                "peft prefix tuning: trainable keys and values for virtual tokens in every layer; the base is frozen"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.finetune.setItemData(
            4,
            self.tr("peft P-tuning: virtual-token embeddings from an MLP prompt encoder, prepended to every sequence"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.dora = QCheckBox(self.tr("DoRA (weight-decomposed)"), self)
        self.modules_to_save = QComboBox(self)
        fill_combo(
            self.modules_to_save,
            [
                (self.tr("None"), "none"),
                (self.tr("Token embeddings"), "embeddings"),
                ("lm_head", "lm_head"),
                (self.tr("Embeddings and lm_head"), "both"),
            ],
        )
        self.virtual_tokens = QSpinBox(self)
        self.virtual_tokens.setRange(1, 65536)
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
        self.checkpointing = QComboBox(self)
        fill_combo(
            self.checkpointing,
            [
                (self.tr("None (store every activation)"), "none"),
                (self.tr("Selective"), "selective"),
                (self.tr("Full (every layer)"), "full"),
            ],
        )
        self.checkpointing.setItemData(
            0, self.tr("Every activation the backward pass needs stays in memory"), Qt.ItemDataRole.ToolTipRole
        )
        self.checkpointing.setItemData(
            2,
            self.tr("Only each layer's input is kept; the whole layer is recomputed in the backward pass"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.stack = QComboBox(self)
        stack_combo(self.stack)
        self.optimizer_foreach = QCheckBox(self.tr("Multi-tensor (foreach) step"), self)
        self.optimizer_foreach.setToolTip(
            self.tr(
                "torch.optim's default on CUDA: the step works on all tensors at once and needs a temporary the "
                "size of the parameters; off = one tensor at a time (foreach=False)"
            )
        )
        self.adapter_dtype = QComboBox(self)
        fill_combo(self.adapter_dtype, [(self.tr("fp32 (PEFT default)"), "fp32"), ("bf16", "bf16")])
        self.adapter_dtype.setToolTip(
            self.tr("PEFT keeps LoRA adapters in fp32 (autocast_adapter_dtype=True); bf16 halves them")
        )
        self.attention = QComboBox(self)
        fill_combo(
            self.attention,
            [
                (self.tr("SDPA (fused, default)"), "sdpa"),
                (self.tr("Flash attention"), "flash"),
                (self.tr("Eager (stores seq² scores)"), "eager"),
            ],
        )
        # torch.compile (stacks that compile: torchtitan, torchtune) and torchtitan's Float8: core/memory/parallel.py
        # compiled() and float8()
        self.compile = QComboBox(self)
        fill_combo(
            self.compile,
            [
                (self.tr("Off (eager)"), "off"),
                (self.tr("Each block"), "blocks"),
                (self.tr("Each block and the loss"), "blocks+loss"),
            ],
        )
        self.compile.setToolTip(
            self.tr(
                "torch.compile as torchtitan and torchtune apply it: each decoder block on its own, and with the loss "
                "the cross-entropy too (torchtitan since 2025; torchtune's compile: True compiles each chunk of its "
                "chunked loss), which then never builds the whole fp32 logits. A compiled block keeps only the saved "
                "outputs its backward reads."
            )
        )
        self.float8 = QComboBox(self)
        fill_combo(
            self.float8,
            [
                (self.tr("Off"), "off"),
                (self.tr("Float8 linear layers"), "linear"),
                (self.tr("Float8 linears and all-gathers"), "all-gather"),
            ],
        )
        self.float8.setToolTip(
            self.tr(
                "torchtitan's Float8 training (--model.converters float8): under its checkpointing the saved "
                "activations stay 16-bit; with the FSDP float8 all-gather the blocks' weights are gathered in 1 byte "
                "each"
            )
        )

        self.form = QFormLayout(self)
        self.form_rows = FormRows(self.form)
        self.form.addRow(self.tr("Weights"), self.weights)
        self.form.addRow(self.tr("KV cache"), self.kv_cache)
        self.form.addRow(self.tr("Training stack"), self.stack)
        self.form.addRow(self.tr("Training precision"), self.training_precision)
        self.form.addRow(self.tr("Optimizer"), self.optimizer)
        self.form.addRow("", self.optimizer_foreach)
        self.form.addRow(self.tr("Fine-tuning"), self.finetune)
        self.form.addRow(self.tr("LoRA rank"), self.lora_rank)
        self.form.addRow(self.tr("LoRA targets"), self.lora_targets)
        self.form.addRow(self.tr("Adapter dtype"), self.adapter_dtype)
        self.form.addRow("", self.dora)
        self.form.addRow(self.tr("Trainable copies"), self.modules_to_save)
        self.form.addRow(self.tr("Virtual tokens"), self.virtual_tokens)
        self.form.addRow(self.tr("Attention"), self.attention)
        self.form.addRow(self.tr("Checkpointing"), self.checkpointing)
        self.form.addRow(self.tr("torch.compile"), self.compile)
        self.form.addRow(self.tr("Float8"), self.float8)

        b = self.binder = FieldBinder(document, self)
        b.combo(self.weights, "precision.weights")
        b.combo(self.kv_cache, "precision.kv_cache")
        b.combo(self.training_precision, "precision.training")
        b.combo(self.optimizer, "training.optimizer")
        b.combo(self.finetune, "training.finetune")
        b.spin(self.lora_rank, "training.lora_rank")
        b.combo(self.lora_targets, "training.lora_targets")
        b.combo(self.attention, "training.attention")
        b.combo(self.checkpointing, "training.grad_checkpointing")
        b.combo(self.stack, "training.stack")
        b.check(self.optimizer_foreach, "training.optimizer_foreach")
        b.combo(self.adapter_dtype, "training.adapter_dtype")
        b.combo(self.compile, "training.compile")
        b.combo(self.float8, "training.float8")
        b.check(self.dora, "training.dora")
        b.combo(self.modules_to_save, "training.lora_modules_to_save")
        b.spin(self.virtual_tokens, "training.num_virtual_tokens")
        self._shown: object = None
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        # all it reads (the stack's and checkpointing's tooltips follow training.*): most edits change none of it
        shown = (scenario.workload.mode, scenario.training, scenario.model)
        if shown == self._shown:
            return
        self._shown = shown
        training = scenario.workload.mode == "training"
        lora = training and scenario.training.finetune != "full"
        arch = scenario.model.architecture
        # full fine-tuning keeps the weights in the training precision: the storage format does not apply
        stack = STACKS[scenario.training.stack]
        rows = {
            self.weights: not training or lora,
            self.kv_cache: not training and arch.decoder is not None,
            self.stack: training,
            self.training_precision: training,
            self.optimizer: training,
            # only torch's Adam/AdamW have the foreach temporary (core/memory/training_state.py _step_temporaries); a
            # fused step (DeepSpeed's FusedAdam, TE's, torchtune's fused=True) has none to choose
            self.optimizer_foreach: training
            and stack.optimizer_step == "torch"
            and scenario.training.optimizer in ("adamw", "adam"),
            self.finetune: training,
            self.lora_rank: lora,
            self.lora_targets: lora,
            self.adapter_dtype: lora,
            self.dora: lora,
            self.modules_to_save: lora,
            self.virtual_tokens: lora,
            self.attention: training and arch.cnn is None,
            self.checkpointing: training,
            # torch.compile where the stack honours it (torchtitan, torchtune), Float8 as torchtitan runs it; each
            # also shown where a value was set on another stack
            self.compile: training and (stack.compiles or scenario.training.compile != "off"),
            self.float8: training and (stack.torchtitan_options or scenario.training.float8 != "off"),
        }
        self.form_rows.show(rows)
        label = self.form.labelForField(self.weights)
        assert isinstance(label, QLabel)
        label.setText(self.tr("Frozen base") if lora else self.tr("Weights"))
        self._show_peft(scenario.training.finetune)
        self.finetune.setEnabled(arch.cnn is None)
        set_tip(self.finetune, "" if arch.cnn is None else self.tr("LoRA and QLoRA need transformer blocks"))
        set_tip(self.stack, self.stack.itemData(self.stack.currentIndex(), Qt.ItemDataRole.ToolTipRole))
        # selective checkpointing is the stack's own policy (core/memory/parallel.py selective_saved)
        self.checkpointing.setItemData(
            1,
            self.tr(
                "torchtitan's op-level policy: keeps each layer's input, every second matmul output and the "
                "attention kernel's outputs, and recomputes the rest"
            )
            if stack.sharding == "fsdp"
            else self.tr(
                "Megatron's selective recompute: keeps everything but the attention core (the seq² scores and "
                "softmax), which is recomputed; SDPA and flash attention never store it, so only eager attention "
                "saves memory"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        set_tip(
            self.checkpointing,
            self.tr(
                "Activation checkpointing recomputes activations in the backward pass instead of storing them.\n"
                "This choice: {0}"
            ).format(self.checkpointing.itemData(self.checkpointing.currentIndex(), Qt.ItemDataRole.ToolTipRole)),
        )

    def _show_peft(self, finetune: str) -> None:
        """LoRA's own controls and the virtual tokens of prompt learning stay in place, greyed with the reason, when
        the chosen method does not read them."""
        low_rank = finetune in ("lora", "qlora")
        prompt = finetune in ("prefix", "ptuning")
        not_lora = self.tr("Applies to LoRA and QLoRA only")
        for widget, tip in (
            (self.lora_rank, ""),
            (
                self.lora_targets,
                self.tr("A fused projection (GPT-2 c_attn, Phi-3 qkv_proj, Falcon query_key_value) is one target"),
            ),
            (
                self.dora,
                self.tr(
                    "peft use_dora=True: a trainable magnitude per output feature of each target, and the weight "
                    "norm recomputed in every forward"
                ),
            ),
            (
                self.modules_to_save,
                self.tr(
                    "peft modules_to_save: full trainable copies of the token embeddings and/or lm_head, with "
                    "their gradients and optimizer states"
                ),
            ),
        ):
            widget.setEnabled(low_rank)
            set_tip(widget, tip if low_rank else not_lora)
        self.virtual_tokens.setEnabled(prompt)
        set_tip(
            self.virtual_tokens,
            self.tr("peft num_virtual_tokens (default 20)")
            if prompt
            else self.tr("Applies to prefix tuning and P-tuning only"),
        )
