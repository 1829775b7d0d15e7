"""Parallelism: tensor and pipeline degrees (inference and training), interleaved pipeline chunks and context
parallelism (training), expert parallelism (MoE models), sequence
parallelism (training under tensor parallelism: the stack's default, on or off), ZeRO stage and offload (training
only; a stack that shards by itself — FSDP2, torchtune, Megatron's distributed optimizer — says so in the ZeRO row's
place); the data-parallel degree that follows from the GPU count is shown, not edited."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from core.scenario import Scenario
from core.stacks import STACKS
from gui.document import ScenarioDocument
from gui.i18n_engine import list_separator, name_text
from gui.panels.binding import FieldBinder, FormRows, set_tip
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
        self.ep = count_spin(self, 1024)
        self.ep.setToolTip(
            self.tr(
                "Expert parallel: each MoE layer's experts split over this many of the data-parallel GPUs, each "
                "holding num_experts ÷ EP of them; tokens travel to their experts and back (all-to-all)"
            )
        )
        self.cp = count_spin(self, 1024)
        self.cp.setKeyboardTracking(False)
        self.cp.setToolTip(
            self.tr(
                "Context parallel: each sequence split over this many of the data-parallel GPUs, attention computed "
                "ring-wise (torchtitan, Megatron)"
            )
        )
        self.virtual_stages = count_spin(self, 64)
        self.virtual_stages.setKeyboardTracking(False)
        self.virtual_stages.setToolTip(
            self.tr(
                "Model chunks per pipeline GPU: 1 = the 1F1B schedule; more = interleaved 1F1B, whose first GPU holds "
                "pp + (pp − 1) / v micro-batches' activations and whose last GPU holds pp − (pp − 1) / v"
            )
        )
        self.sp = QComboBox(self)
        # None = what the stack does (Megatron and torchtitan: on); the data are strings, the field's values below
        fill_combo(
            self.sp,
            [(self.tr("Stack default"), "stack"), (self.tr("On"), "on"), (self.tr("Off"), "off")],
        )
        self.sp.setToolTip(
            self.tr(
                "Sequence parallel (Megatron --sequence-parallel, torchtitan's TP plan): under tensor parallelism the "
                "norm, dropout and residual activations are split along the sequence over the tensor-parallel GPUs "
                "instead of held whole on each; only stacks that have it can turn it on"
            )
        )
        self.dp = QLabel(self)
        self.sharding = QLabel(self)
        self.sharding.setWordWrap(True)
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
        self.form_rows = FormRows(self.form)
        self.form.addRow(self.tr("Tensor parallel"), self.tp)
        self.form.addRow(self.tr("Pipeline parallel"), self.pp)
        self.form.addRow(self.tr("Interleaved chunks"), self.virtual_stages)
        self.form.addRow(self.tr("Expert parallel"), self.ep)
        self.form.addRow(self.tr("Context parallel"), self.cp)
        self.form.addRow(self.tr("Sequence parallel"), self.sp)
        self.form.addRow(self.tr("Data parallel"), self.dp)
        self.form.addRow(self.tr("ZeRO"), self.zero)
        self.form.addRow(self.tr("Sharding"), self.sharding)
        self.form.addRow(self.tr("Offload"), self.offload)
        b = self.binder = FieldBinder(document, self)
        b.spin(self.tp, "parallelism.tp")
        b.spin(self.pp, "parallelism.pp")
        b.spin(self.ep, "parallelism.ep")
        b.spin(self.cp, "parallelism.cp")
        b.spin(self.virtual_stages, "parallelism.pp_virtual_stages")
        b.combo(self.zero, "parallelism.zero")
        sp_values = {"stack": None, "on": True, "off": False}
        self.sp.activated.connect(
            lambda i: document.set_field("parallelism.sequence_parallel", sp_values[self.sp.itemData(i)])
        )
        b.custom(
            self.sp,
            lambda s: {None: "stack", True: "on", False: "off"}[s.parallelism.sequence_parallel],
            lambda v: self.sp.setCurrentIndex(self.sp.findData(v)),
        )
        b.combo(self.offload, "parallelism.offload")
        self._shown: object = None
        document.changed.connect(self._show)
        b.sync()
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        p = scenario.parallelism
        # all it reads: an edit of the workload's numbers, the GPU or the precision changes none of it
        shown = (p, scenario.workload.mode, scenario.training.stack, scenario.model, scenario.runtime.gguf)
        if shown == self._shown:
            return
        self._shown = shown
        training = scenario.workload.mode == "training"
        self.dp.setText(self.tr("{0} (= {1} GPUs ÷ tensor {2} ÷ pipeline {3})").format(p.dp, p.gpus, p.tp, p.pp))
        if p.ep > 1:  # EP groups are carved out of the data-parallel ranks (a line of its own: the column is narrow)
            self.dp.setText(self.dp.text() + "\n" + self.tr("experts split over {0} of them").format(p.ep))
        if p.cp > 1 and training:  # so are context-parallel groups
            self.dp.setText(self.dp.text() + "\n" + self.tr("each sequence split over {0} of them").format(p.cp))
        stack = STACKS[scenario.training.stack]
        own = training and stack.sharding != "zero"  # the stack shards by itself: a ZeRO stage means nothing
        self.form_rows.set(self.zero, training and not own)
        self.form_rows.set(self.sharding, own)
        if own:
            self.sharding.setText(
                self.tr("{0} shards parameters, gradients and optimizer states by itself").format(name_text(stack.name))
                if stack.sharding == "fsdp"
                else self.tr(
                    "{0} shards the fp32 master weights and optimizer states over the data-parallel GPUs"
                ).format(name_text(stack.name))
            )
        decoder = scenario.model.architecture.decoder
        # MoE only; llama.cpp and Ollama split layers over GPUs, never experts
        moe = decoder is not None and decoder.moe is not None
        self.form_rows.set(self.ep, moe and (not scenario.runtime.gguf or p.ep > 1))
        self.form_rows.set(self.offload, training)
        # training only; context parallel where the stack has it, interleaving under pipeline parallelism
        self.form_rows.set(self.cp, training and (stack.context_parallel or p.cp > 1))
        self.form_rows.set(self.virtual_stages, training and (p.pp > 1 or p.pp_virtual_stages > 1))
        # it changes memory only in training with tensor parallelism; "on" only where the stack has it
        self.form_rows.set(self.sp, training and p.tp > 1)
        on = self.sp.model().item(self.sp.findData("on"))  # type: ignore[attr-defined]
        on.setEnabled(stack.sequence_parallel or p.sequence_parallel is True)
        having = list_separator().join(name_text(s.name) for s in STACKS.values() if s.sequence_parallel)
        set_tip(
            on,
            ""
            if on.isEnabled()
            else self.tr("{0} has no sequence parallelism; the stacks that have it: {1}").format(
                name_text(stack.name), having
            ),
        )
        self.form_rows.set(self.dp, p.gpus > 1)
