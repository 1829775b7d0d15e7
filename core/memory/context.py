"""Everything the memory formulas need, derived once from a Scenario.

`seq` may be a NumPy array: every formula is written with NumPy-compatible arithmetic so that the
memory-vs-context sweep evaluates 1,000 context lengths in one pass (`core.sweep`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from core import quant
from core.architecture import Architecture, StackSpec
from core.hardware import GpuSpec
from core.params import ParamCount
from core.params import count as count_params
from core.result import Category, Phase
from core.scenario import Scenario
from core.stacks import get as get_stack

Num = float | NDArray[np.float64]

# Moments within the backward phase, where an item's size differs between them (PhaseItem.by_moment): the loss's
# backward (the logits' gradient built, no block's backward begun) and a block's backward (its saved activations
# being consumed, its gradients being reduced). The backward phase is the larger of the two (peak.resolve_moments).
Moment = Literal["loss_backward", "block_backward"]
MOMENTS: tuple[Moment, ...] = ("loss_backward", "block_backward")

DTYPE_BYTES = {"fp32": 4, "bf16": 2, "fp16": 2, "mixed-bf16": 2, "mixed-fp16": 2}


Inputs = dict[str, float | int | str]


@dataclass
class PhaseItem:
    """A breakdown line whose size may differ between phases (missing phase = 0 bytes then).

    `explanation` and `inputs` may be given as functions that make them: only the estimate reads them (`explained`,
    `input_values`), and a sweep's evaluations, which read the sizes and labels alone, then skip composing the texts
    (about ten messages and the figures they quote, each a numpy max over the points: a fifth of an evaluation)."""

    key: str
    label: str
    category: Category
    by_phase: dict[Phase, Num]
    formula: str
    explanation: str | Callable[[], str]
    inputs: Inputs | Callable[[], Inputs] = field(default_factory=dict)
    source: str = ""
    # its size at moments within the backward phase, where it differs between them (a moment not named here, or
    # an empty dict: by_phase["backward"] at every moment)
    by_moment: dict[Moment, Num] = field(default_factory=dict)

    def explained(self) -> str:
        e = self.explanation
        return e() if callable(e) else e

    def input_values(self) -> Inputs:
        i = self.inputs
        return i() if callable(i) else i


@dataclass
class Ctx:
    scenario: Scenario
    arch: Architecture
    pc: ParamCount
    gpu: GpuSpec
    seq: Num
    weights_fmt: quant.QuantFormat
    batch: Num = 1.0  # sequences (images) per step: the scenario's, or an array for the memory-vs-batch sweep
    extra: dict[str, Any] = field(default_factory=dict)
    # tokens generated per request (inference): the scenario's, or an array beside `seq`, so that one evaluation can
    # hold points of the scenario and of its copy that generates none (core.sweep.context_view)
    output_tokens: Num = 0

    @property
    def training(self) -> bool:
        return self.scenario.workload.mode == "training"

    @property
    def stack(self) -> StackSpec | None:
        return self.arch.decoder or self.arch.encoder

    @property
    def tp(self) -> int:
        return self.scenario.parallelism.tp

    @property
    def pp(self) -> int:
        p = self.scenario.parallelism
        if self.scenario.runtime.spec.layer_split:
            return p.tp * p.pp  # llama.cpp splits layers, never tensors
        return p.pp

    @property
    def dp(self) -> int:
        return self.scenario.parallelism.dp

    @property
    def attn_dp(self) -> int:
        """Data-parallel attention ranks of an engine that runs attention data-parallel inside its TP group (SGLang
        --enable-dp-attention --dp N: each attention group of tp / N ranks serves its own requests with its own KV
        cache; core/runtimes.py fields "dp_attention"); 1 otherwise."""
        s = self.scenario
        if self.training or "dp_attention" not in s.runtime.spec.fields:
            return 1
        return s.runtime.dp_attention

    @property
    def attn_tp(self) -> int:
        """Tensor parallelism of the attention layers: tp, or tp / N under DP attention (SGLang's attn_tp_size)."""
        return self.tp // self.attn_dp

    @property
    def cp(self) -> int:
        """Context parallel degree as the stack runs it: each training sequence split over `cp` ranks (1 where the
        stack has no context parallelism, and in inference)."""
        p = self.scenario.parallelism
        if p.cp == 1 or not self.training or not get_stack(self.scenario.training.stack).context_parallel:
            return 1
        return p.cp

    @property
    def virtual_stages(self) -> int:
        """Model chunks per pipeline rank: 1 = 1F1B, v > 1 = interleaved 1F1B (training under pp > 1 only)."""
        p = self.scenario.parallelism
        return p.pp_virtual_stages if self.training and self.pp > 1 else 1

    @property
    def sequences(self) -> Num:
        """Sequences resident at once on a GPU: the batch (× concurrent requests for inference)."""
        w = self.scenario.workload
        if self.training:
            return self.batch
        if self.attn_dp > 1:  # each DP-attention rank serves its share of the requests (rounded up: the busiest)
            return np.ceil(self.batch * w.concurrency / self.attn_dp)
        return self.batch * w.concurrency

    @property
    def compute_bytes(self) -> int:
        """Bytes of one activation element."""
        if self.training:
            return DTYPE_BYTES[self.scenario.precision.training]
        f = self.weights_fmt
        if f.is_float:
            return 4 if f.id == "fp32" else 2
        return 2

    @property
    def attention_impl(self) -> str:
        """The attention the runtime actually runs: transformers has no fused path for soft-capped scores."""
        st = self.stack
        if self.scenario.runtime.spec.kernels == "transformers" and st is not None and st.attention.logit_softcap:
            return "eager"
        return self.scenario.training.attention

    @property
    def layers_per_stage(self) -> int:
        st = self.stack
        n = st.num_layers if st else (self.arch.ssm.num_layers if self.arch.ssm else 1)
        return -(-n // self.pp)


def make_ctx(
    scenario: Scenario,
    gpu: GpuSpec,
    seq: Num | None = None,
    batch: Num | None = None,
    output_tokens: Num | None = None,
) -> Ctx:
    arch = scenario.model.architecture
    return Ctx(
        scenario=scenario,
        arch=arch,
        pc=count_params(arch),
        gpu=gpu,
        seq=float(scenario.workload.context) if seq is None else seq,
        weights_fmt=quant.get(scenario.precision.weights),
        batch=float(scenario.workload.batch) if batch is None else batch,
        output_tokens=scenario.workload.output_tokens if output_tokens is None else output_tokens,
    )


def highest(x: Num | int) -> float:
    """A size's largest value, as a Python float: the value itself where it does not vary over a sweep's points (a
    number; numpy's max of one number goes through its reduction machinery, 3-5 µs, and the breakdown's texts ask for
    about ten a build), else its maximum over the points."""
    if isinstance(x, (float, int)):
        return float(x)
    return float(np.max(x))


def fmt_bytes(n: float) -> str:
    """Human-readable binary size for explanations (the GUI formats its own units)."""
    for unit, div in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if abs(n) >= div:
            return f"{n / div:,.2f} {unit}"
    return f"{n:,.0f} B"
