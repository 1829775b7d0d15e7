"""Activation memory of transformer stacks on the PyTorch + Hugging Face stack.

Training counts the tensors autograd saves for backward, module by module, as the transformers code
creates them (verified tensor by tensor against MemTracker runs, tests/data/calibration):

- RMSNorm (HF's python version) saves the fp32 input (a new upcast copy in 16-bit training; the residual
  tensor itself in fp32), 1/rms (4 bytes per row) and, if its weight trains, the product it multiplies
  (16-bit: the re-cast copy; fp32: the fp32 product). LayerNorm saves its input and fp32 mean/rstd.
  A norm's output is kept when the layers reading it keep their input (trainable weights or LoRA A);
  under autocast each reader keeps its own 16-bit cast of it.
- Fused SDPA (flash) saves q and k after RoPE, v, the output (already in the layout o_proj reads, so no
  copy) and the fp32 logsumexp. fp32 runs use the memory-efficient kernel, which also keeps contiguous
  copies of q, k, v. Eager attention keeps q and GQA-expanded k and v, the softmax in fp32 and the 16-bit
  probabilities multiplied with V (6 bytes per score), and a contiguous copy of the output.
- Per-head q/k norms (Qwen3, Gemma 3) save their fp32 input, 1/rms and the re-cast; RoPE saves only cos/sin.
- A gated MLP saves gate (for its activation), act(gate) and up (for the product) and the product (for
  down_proj); a plain MLP saves what its activation needs (relu: its output; gelu/silu: its input; the
  python tanh-GELU of GPT-2 three more intermediates) and the activation's output.
- transformers 5 MoE layers loop over experts: each routed token keeps its gathered input, the expert's
  gate_up, act and product, the weighted output and int64 indices; the router keeps an fp32 softmax.
- Dropout keeps a 1-byte mask where active (CUDA's fused native_dropout).
- Full checkpointing keeps each layer's input and recomputes one layer at a time during backward.
Inference: the largest set of tensors alive at once during prefill (weights and KV cache excluded).

T = tokens in the micro-batch, h = hidden size, i = MLP width, a = bytes per activation element.
Every function accepts NumPy arrays for the sequence length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.architecture import Norm, StackSpec
from core.memory.context import Ctx, Num

# Extra tensors (beyond its input/output) an activation function saves, in units of its input size,
# and whether it keeps its input for backward.
ACT_SAVES: dict[str, tuple[bool, int]] = {
    "relu": (False, 0),  # keeps its output, which the next linear keeps anyway
    "gelu_new": (True, 3),  # 0.5·x, tanh(...), 1 + tanh(...)
    "gelu_fast": (True, 3),
    "gelu_accurate": (True, 3),
    "quick_gelu": (True, 1),  # sigmoid(1.702·x)
}


@dataclass(frozen=True)
class Mode:
    """How a block's tensors are stored while training."""

    a: int  # bytes of an activation element produced by matmuls
    fp32_stream: bool  # the residual stream and norms run in fp32 (fp32 training or autocast over fp32 weights)
    autocast: bool  # torch.autocast casts matmul inputs to 16 bits
    weights_train: bool  # full fine-tuning (every weight trains)
    lora: frozenset[str]  # LoRA target modules (q, k, v, o, gate, up, down)


def training_mode(ctx: Ctx) -> Mode:
    s = ctx.scenario
    prec = s.precision.training
    full = s.training.finetune == "full"
    from core.memory.training_state import computes_in_16_bits

    deepspeed = computes_in_16_bits(ctx)
    if full:
        fp32_params = prec == "fp32" or (prec.startswith("mixed") and not deepspeed)
    else:
        fp32_params = ctx.weights_fmt.id == "fp32"
    autocast = prec.startswith("mixed") and fp32_params
    a = 4 if prec == "fp32" else 2
    lora: frozenset[str] = frozenset()
    if not full:
        from core.memory.weights import LORA_MODULES

        lora = frozenset(LORA_MODULES[s.training.lora_targets])
    return Mode(a=a, fp32_stream=fp32_params, autocast=autocast, weights_train=full, lora=lora)


@dataclass(frozen=True)
class Terms:
    """Per-layer saved bytes, split for explanations."""

    norms: Num
    attention: Num
    scores: Num
    mlp: Num
    dropout: Num

    @property
    def total(self) -> Num:
        return self.norms + self.attention + self.scores + self.mlp + self.dropout


def _keeps_input(mode: Mode, module: str) -> bool:
    return mode.weights_train or module in mode.lora


def norm_saved(norm: Norm, T: Num, width: float, mode: Mode, readers: tuple[str, ...]) -> Num:
    """Bytes a norm leaves saved for backward, its output included where its readers keep it."""
    a = mode.a
    keepers = sum(1 for r in readers if _keeps_input(mode, r))
    if norm is Norm.RMS:
        saved = 4 * T * width + 4 * T  # fp32 input and 1/rms
        if mode.weights_train:  # the product multiplied by the (trainable) weight
            saved = saved + (4 if mode.fp32_stream else a) * T * width
    else:
        saved = (4 if mode.fp32_stream else a) * T * width + 8 * T  # input, mean and rstd
    if keepers:
        if mode.autocast:
            saved = saved + keepers * 2 * T * width  # each reader's own 16-bit cast
        else:
            saved = saved + (4 if mode.fp32_stream else a) * T * width
    return saved


def _act_saved(activation: str) -> tuple[bool, int]:
    return ACT_SAVES.get(activation, (True, 0))


def layer_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, mode: Mode) -> Terms:
    """Saved-for-backward bytes of one transformer block in training."""
    tp = ctx.tp
    att = st.attention
    h = st.hidden_size
    a = 2 if mode.autocast else mode.a  # matmul outputs are 16-bit under autocast
    heads = att.num_heads / tp
    kv_heads = max(1.0, att.num_kv_heads / tp)
    q_w, kv_w, o_w = att.q_width / tp, att.kv_width / tp, att.o_width / tp
    if att.mla is not None:
        mla = att.mla
        kv_w = heads * (mla.qk_head_dim + mla.v_head_dim) / 2
    att_readers = ("q", "k", "v") if att.mla is None else ("q_a", "kv_a", "q")
    if st.parallel_block:
        mlp_readers = ("gate", "up") if st.mlp.gated else ("up",)
        norms = norm_saved(st.norm, T, h, mode, att_readers + mlp_readers) * max(1, st.norms_per_layer)
    else:
        mlp_readers = ("gate", "up") if st.mlp.gated else ("up",)
        norms = norm_saved(st.norm, T, h, mode, att_readers) + norm_saved(st.norm, T, h, mode, mlp_readers)
        extra_norms = max(0, st.norms_per_layer - 2)  # Gemma-2 sandwich norms, cross-attention norms
        norms = norms + extra_norms * norm_saved(st.norm, T, h, mode, ("o",))
    if att.qk_norm != "none":
        w_q = q_w
        rows = heads if att.qk_norm == "head" else 1.0
        krows = kv_heads if att.qk_norm == "head" else 1.0
        cast = a if mode.weights_train and not mode.fp32_stream else (4 if mode.weights_train else 0)
        norms = norms + T * ((4 + cast) * (w_q + kv_w) + 4 * (rows + krows))
    scores = 0.0 * T
    b = T / s
    eager = ctx.attention_impl == "eager"
    rope = ctx.arch.positions.value == "rope"
    copies = 4 * T * (q_w + 2 * kv_w) if (mode.a == 4 and not mode.autocast and rope) else 0.0 * T
    if eager:
        k_sv = q_w if att.num_kv_heads < att.num_heads else kv_w  # repeat_kv materialises k and v per head
        attention = a * T * (q_w + 2 * k_sv + o_w)  # o_proj keeps a contiguous copy of the output
        per_score = 4 + (0 if a == 4 else a)
        if st.attention_dropout > 0:
            per_score = 4 + 1 + a
        scores = per_score * b * heads * s * s
    else:
        attention = a * T * (q_w + 2 * kv_w + o_w) + 4 * T * heads + copies
    if att.mla is not None:
        mla = att.mla
        attention = attention + a * T * ((mla.q_lora_rank or 0) + mla.kv_lora_rank + mla.qk_rope_head_dim)
    if st.cross_attention:
        attention = attention * 2
    lora_extra = 0.0 * T
    if mode.lora:
        # lora_A's output (rank r) is kept for lora_B; fp32 adapters (PEFT's default) also make lora_A keep a cast
        # of its input: a 16-bit copy under autocast (HF Trainer bf16=True), the fp32 cast without it
        r = ctx.scenario.training.lora_rank
        widths = {"q": h, "k": h, "v": h, "o": o_w, "gate": h, "up": h, "down": st.mlp.intermediate_size / tp}
        targets = [m for m in widths if m in mode.lora]
        lora_extra = a * T * r * len(targets)
        if ctx.scenario.training.adapter_dtype == "fp32":
            cast = 2 if ctx.scenario.precision.training.startswith("mixed") else 4
            lora_extra = lora_extra + cast * T * sum(widths[m] for m in targets)
    keeps_in, act_extra = _act_saved(st.mlp.activation)
    down_keeps = _keeps_input(mode, "down")
    if st.moe is not None and ctx.extra.get("moe_layer", True):
        moe = st.moe
        i_e = moe.expert_intermediate_size / tp
        k = moe.experts_per_token
        per_routed = 2 * a * h + (4 if st.mlp.gated else 3) * a * i_e + 24
        mlp = T * k * per_routed + T * (4 * moe.num_experts + 16 * k)
        if moe.shared_intermediate_size:
            mlp = mlp + a * T * (4 if st.mlp.gated else 2) * moe.shared_intermediate_size / tp
    else:
        i = st.mlp.intermediate_size / tp
        if st.mlp.gated:
            units = (1 if keeps_in else 0) + act_extra + 2 + (1 if down_keeps else 0)  # gate, act, up, product
        else:
            units = (1 if keeps_in else 0) + act_extra + (1 if down_keeps else 0)
        mlp = a * T * i * units
    dropout = 0.0 * T
    if st.hidden_dropout > 0:
        dropout = dropout + 2 * T * h  # 1-byte masks of the two residual-branch dropouts
    return Terms(norms=norms, attention=attention + lora_extra, scores=scores, mlp=mlp, dropout=dropout)


def layer_transient(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int) -> Num:
    """Largest live set inside one block during an inference forward (no autograd), as measured for the
    transformers 5 models (tests/data/calibration/inference.json): four hidden-size tensors stay alive through
    the MLP (the embedding output and the block's input, both still referenced by the model's loop, the residual
    after attention and the normalised input) beside the MLP's gate, act(gate)·up and up."""
    att = st.attention
    h = st.hidden_size
    tp = ctx.tp
    resid = 4 * a * T * h
    if st.moe is not None:
        k = st.moe.experts_per_token
        i_e = st.moe.expert_intermediate_size / tp
        # grouped-matmul experts: the sorted token copies, down output, weighted output and its reordering
        # (4·S·h), or while gating the copies, gate_up, act and product (S·(h + 4·i)); S = T·k
        moe = a * T * k * np.maximum(4 * h, h + 4 * i_e)
        shared = 3 * a * T * st.moe.shared_intermediate_size / tp if st.moe.shared_intermediate_size else 0.0
        mlp = resid + np.maximum(moe, shared)
    else:
        mlp = resid + (3 if st.mlp.gated else 2) * a * T * st.mlp.intermediate_size / tp
    q_w, kv_w = att.q_width / tp, att.kv_width / tp
    attn = resid + a * T * (3 * q_w + 2 * kv_w)
    b = T / s
    if ctx.attention_impl == "eager" and ctx.scenario.runtime.name == "hf":
        # 16-bit scores, softmax's fp32 upcast of them and its fp32 output: 10 bytes per score
        attn = attn + 10 * b * (att.num_heads / tp) * s * s
    if att.sliding_window is not None:
        attn = attn + b * s * s  # sliding windows need an explicit boolean mask instead of is_causal
    norm = 2 * a * T * h + 8 * T * h  # HF RMSNorm: fp32 upcast and fp32 product beside the input
    out: Num = np.maximum(np.maximum(mlp, attn), norm)
    return out
