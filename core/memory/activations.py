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
from core.memory import dsv4
from core.memory.context import Ctx, Num
from core.messages import Message, join

# Extra tensors (beyond its input/output) an activation function saves, in units of its input size,
# and whether it keeps its input for backward.
ACT_SAVES: dict[str, tuple[bool, int]] = {
    "relu": (False, 0),  # keeps its output, which the next linear keeps anyway
    "gelu_new": (True, 3),  # 0.5·x, tanh(...), 1 + tanh(...)
    "gelu_fast": (True, 3),
    "gelu_accurate": (True, 3),
    "quick_gelu": (True, 1),  # sigmoid(1.702·x)
    "relu2": (False, 1),  # relu's output (for its own and pow's backward); pow's output is the next linear's input
}


# What a family's code does beyond its structure is carried on the architecture, set from the family's entry
# (DecoderFamily, core/importers/hf_families.py, where the code and the measurements are named): norm_weight_fp32
# (RMSNorms that multiply the weight in fp32), glu_saved_extra (a clamped gated activation's extra tensors),
# fp32_router (MoE routers in fp32), l2_qk_norm (Llama 4's weightless q/k norm), scaled_branch_inputs (Falcon-H1's
# per-branch input multipliers), fused_qkvz (Qwen3-Next's fused Gated DeltaNet projection), eager_score_copies
# (MiMo-V2's eager softmax), dense_experts (Llama 4's experts over every token)


def experts_run(ctx: Ctx, experts_per_token: int, num_experts: int) -> int:
    """Experts each token goes through in the modelled implementation: the routed top-k, or all of them."""
    dense = ctx.scenario.runtime.spec.kernels == "transformers" and ctx.arch.dense_experts
    return num_experts if dense else experts_per_token


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
    if s.training.finetune in ("lora", "qlora"):
        from core.memory.weights import lora_modules

        lora = lora_modules(ctx)  # prefix tuning and P-tuning wrap no Linear: the frozen ones keep no inputs
    return Mode(a=a, fp32_stream=fp32_params, autocast=autocast, weights_train=full, lora=lora)


@dataclass(frozen=True)
class Terms:
    """Per-layer saved bytes, split for explanations."""

    norms: Num
    attention: Num
    scores: Num
    mlp: Num
    dropout: Num
    qk_norms: Num = 0.0  # per-head q/k norms of an attention layer
    norm_in: Num = 0.0  # the norm before the token mixer (part of `norms`)
    norm_ffn: Num = 0.0  # the norm before the MLP / experts (part of `norms`)
    mlp_dense: Num = 0.0  # a dense MLP layer's share (= mlp when the stack has no experts)

    @property
    def total(self) -> Num:
        return self.norms + self.attention + self.scores + self.mlp + self.dropout + self.qk_norms

    @property
    def mixer(self) -> Num:
        """The attention part: what a layer with another token mixer does not have."""
        return self.attention + self.scores + self.qk_norms


def _keeps_input(mode: Mode, module: str) -> bool:
    return mode.weights_train or module in mode.lora


def norm_saved(
    norm: Norm, T: Num, width: float, mode: Mode, readers: tuple[str, ...], fp32_weight: bool = False
) -> Num:
    """Bytes a norm leaves saved for backward, its output included where its readers keep it. `fp32_weight`: the
    weight multiplies the fp32 normalised input before the cast back (Architecture.norm_weight_fp32), so the product it
    keeps is fp32."""
    a = mode.a
    keepers = sum(1 for r in readers if _keeps_input(mode, r))
    if norm is Norm.RMS:
        saved = 4 * T * width + 4 * T  # fp32 input and 1/rms
        if mode.weights_train:  # the product multiplied by the (trainable) weight
            saved = saved + (4 if mode.fp32_stream or fp32_weight else a) * T * width
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
    f32w = ctx.arch.norm_weight_fp32
    norm_in = norm_ffn = 0.0 * T
    if st.parallel_block:
        mlp_readers = ("gate", "up") if st.mlp.gated else ("up",)
        norms = norm_saved(st.norm, T, h, mode, att_readers + mlp_readers) * max(1, st.norms_per_layer)
    else:
        mlp_readers = ("gate", "up") if st.mlp.gated else ("up",)
        norm_in = norm_saved(st.norm, T, h, mode, att_readers, f32w)
        norm_ffn = norm_saved(st.norm, T, h, mode, mlp_readers, f32w)
        norms = norm_in + norm_ffn
        extra_norms = max(0, st.norms_per_layer - 2)  # Gemma-2 sandwich norms, cross-attention norms
        norms = norms + extra_norms * norm_saved(st.norm, T, h, mode, ("o",))
    if att.qk_norm != "none":
        w_q = q_w
        rows = heads if att.qk_norm == "head" else 1.0
        krows = kv_heads if att.qk_norm == "head" else 1.0
        cast = a if mode.weights_train and not mode.fp32_stream and not f32w else (4 if mode.weights_train else 0)
        qk_norms = T * ((4 + cast) * (w_q + kv_w) + 4 * (rows + krows))
    elif ctx.arch.l2_qk_norm and mode.a != 4:
        # Llama 4's weightless L2 norm of q and k on its RoPE (chunked) layers, every layer but each 4th: the fp32
        # q and k and 1/norm per head (measured: train-llama4-scout-4l layers 2 and 3)
        n = st.num_layers
        rope_layers = st.mixer_count("chunked") if st.mixers else n - n // 4
        qk_norms = T * (4 * (q_w + kv_w) + 4 * (heads + kv_heads)) * rope_layers / n
    else:
        qk_norms = 0.0 * T
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
        if att.eager_mask_clamp:
            # transformers v4.28 OPTAttention: torch.max(scores + mask, finfo.min) keeps both inputs for backward, so
            # the masked scores (compute dtype) stay beside the softmax it feeds
            per_score += a
        scores = per_score * b * heads * s * s
        if att.sinks:
            # gpt-oss eager_attention_forward: the sink logit is a column appended to the scores, the row max is
            # subtracted (its int64 index kept) and the softmax runs in the compute dtype: a bytes per score over
            # s + 1 columns (tests/data/calibration: train-gpt-oss-20b-4l)
            scores = a * b * heads * s * (s + 1) + 8 * T * heads
    else:
        attention = a * T * (q_w + 2 * kv_w + o_w) + 4 * T * heads + copies
    if att.sliding_window is not None and not eager:
        # a sliding window is a materialised (b, 1, s, s) boolean mask once the sequence reaches the window
        # (masking_utils._ignore_causal_mask_sdpa skips it below); SDPA turns it into an additive mask in the compute
        # dtype and the mem-efficient kernel keeps that for backward, one per sliding layer (measured:
        # train-olmo3-7b-4l layer 2, `where` [1, 1, 8192, 8192] bf16). With a mask transformers repeats grouped K/V
        # to every query head itself (use_gqa_in_sdpa is false, integrations/sdpa_attention.py:42-51, 118-126) and
        # the kernel keeps the copies (measured on train-gemma3n-e4b-10l's sliding layers)
        sliding = st.mixer_count("sliding") / st.num_layers
        repeated = 2 * a * T * max(0.0, q_w - kv_w) if att.mla is None else 0.0
        attention = attention + np.where(s >= att.sliding_window, (a * b * s * s + repeated) * sliding, 0.0)
    if att.gated_output:
        # Qwen3-Next / Qwen3.5: attn_output * sigmoid(gate) keeps a contiguous copy of the output, the sigmoid and
        # the product (o_proj's input): 3 q-width tensors (measured, train-qwen3.5-27b-4l layer 3)
        attention = attention + 3 * a * T * q_w
    if att.mla is not None and not eager:
        # transformers' MLA (modeling_deepseek_v32.py, as deepseek_v3): the mem-efficient kernel keeps the query with
        # its rope part (q width) and the key built per head (q width), kv_b's output (no-rope key and value per
        # head) and the output; q_a and kv_a latents go through RMSNorms that keep their own inputs (measured,
        # train-deepseek-v3.2-4l layer 0)
        mla = att.mla
        attention = a * T * (2 * q_w + heads * (mla.qk_nope_head_dim + mla.v_head_dim) + o_w) + 4 * T * heads
        attention = attention + norm_saved(st.norm, T, mla.kv_lora_rank, mode, ("kv_b",))
        if mla.q_lora_rank:
            attention = attention + norm_saved(st.norm, T, mla.q_lora_rank, mode, ("q_b",))
        if att.indexer is not None:
            # the indexer's top-k selection is folded into a materialised (b, 1, s, s) mask in the compute dtype,
            # which the mem-efficient kernel keeps (its scores run without gradient)
            attention = attention + a * b * s * s
    elif att.mla is not None:
        mla = att.mla
        attention = attention + a * T * ((mla.q_lora_rank or 0) + mla.kv_lora_rank + mla.qk_rope_head_dim)
    if st.cross_attention:
        attention = attention * 2
    lora_extra = 0.0 * T
    if mode.lora:
        # lora_A's output (rank r) is kept for lora_B; fp32 adapters (PEFT's default) also make lora_A keep a cast
        # of its input: a 16-bit copy under autocast (HF Trainer bf16=True), the fp32 cast without it
        from core.memory.weights import fused_members

        tr = ctx.scenario.training
        r = tr.lora_rank
        i_tp = st.mlp.intermediate_size / tp
        widths = {"q": h, "k": h, "v": h, "o": o_w, "gate": h, "up": h, "down": i_tp}
        outs = {"q": q_w, "k": kv_w, "v": kv_w, "o": h, "gate": i_tp, "up": i_tp, "down": h}
        # one nn.Linear per unit: a fused projection (GPT-2's c_attn, Phi-3's qkv_proj) keeps one rank-r output and
        # one cast of its input, however many of q, k, v it holds (core/memory/weights.py FUSED_LINEARS)
        linears: list[frozenset[str]] = []
        for m in widths:
            if m in mode.lora:
                u = fused_members(ctx.arch.family, m) & widths.keys()
                if u not in linears:
                    linears.append(u)
        lora_extra = a * T * r * len(linears)
        mixed = ctx.scenario.precision.training.startswith("mixed")
        if tr.adapter_dtype == "fp32":
            cast = 2 if mixed else 4
            lora_extra = lora_extra + cast * T * sum(widths[min(u)] for u in linears)
        if tr.dora:
            # peft DoraLinearLayer.forward: `(mag_norm_scale - 1) * base_result + mag_norm_scale * lora_result *
            # scaling` keeps base_result and lora_result (T × d_out each) for the magnitude's gradient; lora_B's
            # output is 16-bit under autocast, in the adapters' dtype without it
            lb = a if mixed else (4 if tr.adapter_dtype == "fp32" else a)
            lora_extra = lora_extra + (a + lb) * T * sum(sum(outs[m] for m in u) for u in linears)
    keeps_in, act_extra = _act_saved(st.mlp.activation)
    down_keeps = _keeps_input(mode, "down")
    i = st.mlp.intermediate_size / tp
    if st.mlp.gated:
        units = (1 if keeps_in else 0) + act_extra + 2 + (1 if down_keeps else 0)  # gate, act, up, product
    else:
        units = (1 if keeps_in else 0) + act_extra + (1 if down_keeps else 0)
    mlp_dense = a * T * i * units
    if st.moe is not None and ctx.extra.get("moe_layer", True):
        moe = st.moe
        i_e = moe.expert_intermediate_size / tp
        k = moe.experts_per_token
        # non-gated experts keep what their activation needs and down_proj's input (Nemotron 3's relu²: 2 units)
        plain_units = (1 if keeps_in else 0) + act_extra + 1
        if experts_run(ctx, k, moe.num_experts) == k:
            units_e = 4 + ctx.arch.glu_saved_extra if st.mlp.gated else plain_units
            per_routed = 2 * a * h + units_e * a * i_e + 24
            mlp = T * k * per_routed + T * (4 * moe.num_experts + 16 * k)
        else:
            # every expert on every token: the repeated input and its score-weighted copy (2·a·h), gate_up, act and
            # product (4·a·i); the router keeps its fp32 sigmoid, a 16-bit copy of the scores and the top-k indices
            per_expert = 2 * a * h + (4 if st.mlp.gated else 3) * a * i_e
            mlp = T * moe.num_experts * per_expert + T * (6 * moe.num_experts + 8 * k)
        if moe.shared_intermediate_size:
            shared_units = 4 + ctx.arch.glu_saved_extra if st.mlp.gated else 2
            mlp = mlp + a * T * shared_units * moe.shared_intermediate_size / tp
        if moe.shared_expert_gate:
            # sigmoid(gate(x)) · shared output keeps the shared expert's output and the sigmoid (Qwen3-Next, measured
            # on train-qwen3-next-80b-4l)
            mlp = mlp + a * T * (h + 1)
        if ctx.arch.fp32_router and mode.a != 4:
            mlp = mlp + 4 * T * h + 4.0 * moe.num_experts * h
    else:
        mlp = mlp_dense
    dropout = 0.0 * T
    if st.hidden_dropout > 0:
        dropout = dropout + 2 * T * h  # 1-byte masks of the two residual-branch dropouts
    return Terms(
        norms=norms,
        attention=attention + lora_extra,
        scores=scores,
        mlp=mlp,
        dropout=dropout,
        qk_norms=qk_norms,
        norm_in=norm_in,
        norm_ffn=norm_ffn,
        mlp_dense=mlp_dense,
    )


def conv_mixer_saved(st: StackSpec, T: Num, s: Num, a: int, tp: int) -> Num:
    """Saved bytes of LFM2's gated short convolution (Lfm2ShortConv.slow_forward, transformers 5.25): in_proj's output
    (3h: B, C, x), B·x (h, the convolution's input), the depthwise convolution's output, `kernel - 1` positions
    longer than the sequence (its causal padding, cut after), and C·conv_out (h, out_proj's input). Measured 122,892
    bytes per token for LFM2-1.2B's conv layer at b2 s2048 (norms and MLP included, tools/calibration probe)."""
    sc = st.short_conv
    assert sc is not None
    h = st.hidden_size / tp
    return a * T * 5 * h + a * (T / s) * h * (s + sc.kernel - 1)


def gdn_mixer_saved(st: StackSpec, T: Num, s: Num, a: int, tp: int) -> Num:
    """Saved bytes of a Gated DeltaNet mixer as transformers' torch path runs it (torch_chunk_gated_delta_rule, used
    when flash-linear-attention is not installed; modeling_qwen3_5.py / modeling_qwen3_next.py, transformers 5.25),
    per token unless noted; H = v heads, dk/dv head dims, c = 64-token chunks, C = conv channels (2K + V):
    in_proj_qkv's output and the depthwise convolution's output (a·C·(2 + (k-1)/s)); q, k, v repeated to H heads,
    padded to a multiple of c and cast to fp32 (4·H·(2dk + dv)); the fp32 q and k the l2-norm keeps (8·H·dk);
    beta-scaled k and v and the two triangular solves (8·H·(dk + dv)); the scaled q and each chunk's new values
    (4·H·(dk + dv)); one fp32 state per chunk (4·H·dk·dv per c tokens); the chunk-local decay and attention
    matrices, five H·c (20·H·c); gates, decays and 1/rms per head (36·H + a·H); the gated RMSNorm over V = H·dv
    (fp32 input, gate, silu, 16-bit casts and product: (12 + 3a)·V). Equals the measured 534,339 bytes per token
    of a Qwen3.5-27B linear layer without its norms and MLP to 2.5 bytes (a few constant tensors). fla's CUDA
    kernel (ChunkGatedDeltaRuleFunction) keeps only q, k, v, g, beta, the 64-wide A and 1/rms and recomputes the
    rest: not measured here."""
    la = st.linear_attention
    assert la is not None
    H = la.num_v_heads / tp
    dk, dv, c = la.k_head_dim, la.v_head_dim, 64
    C = la.conv_dim / tp
    V = H * dv
    b = T / s
    T_pad = b * np.ceil(s / c) * c  # the chunked tensors run over the padded length
    return (
        a * C * (2 * T + b * (la.conv_kernel - 1))
        + T_pad * H * (4 * (2 * dk + dv) + 8 * dk + 12 * (dk + dv) + 4 * dk * dv / c + 20 * c + 36 + a)
        + T * (12 + 3 * a) * V
    )


def mamba2_mixer_saved(st: StackSpec, T: Num, s: Num, a: int, tp: int) -> Num:
    """Saved bytes of a Mamba-2 mixer as transformers' torch path runs it (torch_forward + mamba2_chunk_scan, used when
    mamba_ssm is not installed; modeling_nemotron_h.py, transformers 5.25), per token unless noted; H heads of P dims,
    I = H·P, G groups, N state, c-token chunks (chunk_size), n = s / c chunks per sequence: in_proj's output
    (a·(2I + 2GN + H)) and the convolution's (a·(I + 2GN), k - 1 positions longer); B and C repeated to every head in
    fp32 and their einsum layouts, five [.., H, N] (20·H·N); the chunk states, n + 1 of them with the initial one
    (4·H·P·N per sequence each) and their einsum copy (4·H·P·N per c tokens); the decay matrix L, C·Bᵀ and their
    product, [H, c, c] per chunk (12·H·c); ten fp32 I-wide tensors: x, x·dt, D·x padded, the diagonal output, the
    einsum copies, the gated norm's input, gate, silu and grouped product (40·I); the 16-bit norm output (a·I); dt
    and the decays per head ((16 + 2a)·H, and 4·H·(n + 1)² per sequence); 1/rms per group (4·G). Equals the
    measured 2,782,991 bytes per token of a Nemotron-H-56B Mamba layer without its norm to 40 bytes (constants).
    Without the gated norm (Falcon-H1's mamba_rms_norm false: FalconH1Mixer.forward's `scan_output *
    torch.nn.functional.silu(gate)`, modeling_falcon_h1.py, transformers 5.25) the norm's four fp32 tensors and 1/rms
    give way to silu(gate) in the compute dtype (a·I): measured on train-falcon-h1-0.5b-4l layer 2.
    mamba_ssm's fused kernel (mamba_split_conv1d_scan_combined) keeps its inputs and recomputes the rest: not
    measured here."""
    mb = st.mamba
    assert mb is not None
    H = mb.num_heads / tp
    P, N, G = mb.head_dim, mb.state_size, mb.n_groups / tp
    inner = H * P
    conv = inner + 2 * G * N
    c = float(mb.chunk_size)  # 128 in the Nemotron-H / Nemotron 3 / Falcon-H1-0.5B configs, 256 in Granite 4's
    b = T / s
    n = np.ceil(s / c)
    T_pad = b * n * c
    per_seq = 4 * H * P * N * (n + 1) + 4 * H * (n + 1) ** 2
    gate = T_pad * 16 * inner + T * 4 * G if mb.norm else a * T * inner  # the gated norm, or silu(gate)
    return (
        a * T * (2 * inner + 2 * G * N + H)
        + a * b * conv * (s + mb.conv_kernel - 1)
        + T_pad * (20 * H * N + 4 * H * P * N / c + 12 * H * c + 24 * inner)
        + gate
        + T * (a * inner + (16 + 2 * a) * H)
        + b * per_seq
    )


def altup_layer_saved(
    ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, *, sliding: bool, own_kv: bool, sparse: bool
) -> Num:
    """Saved bytes of one Gemma 3n block in training (Gemma3nTextDecoderLayer.forward, modeling_gemma3n.py:1271-1325,
    transformers 5.25), per token unless noted; A streams, r LAuReL rank, p per-layer input width:
    - eight hidden-size RMSNorms (input, post-attention, pre/post-feed-forward, LAuReL's post norm, AltUp's router norm
      twice, since predict() and correct() each call compute_router_modalities, and the per-layer-input norm), each
      the fp32 upcast, the fp32 normalised input the weight multiplies, mean and its power (8h + 8), and its weight in
      fp32 once per layer (4h); the input and pre-feed-forward norms' outputs, kept by the linears reading them (2ah);
    - q, k and v norms per head (v without weight): 8q + 8H, 8kv + 8Hkv, 4kv + 8Hkv; the KV-shared layers (the last
      num_kv_shared_layers) have no k / v projections and reuse an earlier layer's keys and values;
    - attention: the rotated q and the output (2aq) and the fp32 logsumexp (4H); keys and values: with a materialised
      mask (sliding layers once s reaches the window) transformers repeats them to every query head itself
      (`repeat_kv`, 2aq) and SDPA keeps its additive copy of the mask (a per score); without one the GQA kernel keeps
      the layer's own rotated k and v (2a·kv), nothing new on a KV-shared layer;
    - the gelu-tanh MLP: gate, up, act and product (4aI); the Gaussian top-k of the first sparse layers also keeps
      the gate before the cut (aI) and its std (a);
    - AltUp: the repeated innovation and the corrected streams, the layer's output (2·A·ah), the router inputs (2ah),
      the active stream's clone and its scaled copy (2ah), the modality router's tanh, casts and coefficients
      (8A + 3aA + aA²); the per-layer input gate, act and product (3ap); LAuReL's rank-r projection (ar).
    Measured on train-gemma3n-e4b-10l to 2 bytes per token for each kind of layer (sliding / full, own / shared K/V,
    sparse / dense)."""
    alt = st.altup
    assert alt is not None
    tp = ctx.tp
    att = st.attention
    h = st.hidden_size
    H, Hkv = att.num_heads / tp, max(1.0, att.num_kv_heads / tp)
    q, kv = att.q_width / tp, att.kv_width / tp
    i = st.mlp.intermediate_size / tp
    A, r, p = alt.num_inputs, alt.laurel_rank, alt.per_layer_input
    b = T / s
    window = att.sliding_window
    mask = np.where(s >= window, 1.0, 0.0) if sliding and window is not None else 0.0
    norms = 8 * T * (8 * h + 8) + 8 * 4 * h + 2 * a * T * h
    qkv_norms = T * (8 * q + 8 * H) + (T * (12 * kv + 16 * Hkv) if own_kv else 0.0)
    kv_kept = (2 * a * T * kv if own_kv else 0.0) * (1 - mask) + 2 * a * T * q * mask
    attention = T * (2 * a * q + 4 * H) + kv_kept + a * b * s * s * mask
    mlp = 4 * a * T * i + (a * T * (i + 1) if sparse else 0.0)
    altup = T * (2 * A * a * h + 4 * a * h + 8 * A + 3 * a * A + a * A * A)
    return norms + qkv_norms + attention + mlp + altup + a * T * (3 * p + r)


def altup_stack_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, layers: int) -> Num:
    """Saved bytes of `layers` Gemma 3n blocks: each layer by its kind (altup_layer_saved)."""
    alt = st.altup
    assert alt is not None
    n = st.num_layers
    kinds = st.mixers or ("full",) * n
    total: Num = 0.0 * T
    for idx, kind in enumerate(kinds):
        total = total + altup_layer_saved(
            ctx, st, T, s, a, sliding=kind == "sliding", own_kv=idx < n - st.kv_shared_layers,
            sparse=idx < alt.sparse_layers,
        )  # fmt: skip
    return total * layers / n


def altup_edge_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int) -> Num:
    """What a Gemma 3n model keeps outside its blocks (Gemma3nTextModel.forward, modeling_gemma3n.py:1630-1735): the
    scaled embedding (ah) and, for each of the A - 1 streams it projects out of it (altup_projections) and back
    (altup_unembed_projections), the projection and its magnitude-matched copy (2·2ah), the stacked streams the first
    block reads (A·ah); the per-layer inputs: their projection's RMSNorm over L·p (fp32 upcast and product, 8Lp + 8L)
    and the scaled sum every block slices (aLp); the boolean sliding-window mask, built once and alive through the
    forward (1 per score). Measured on train-gemma3n-e4b-10l."""
    alt = st.altup
    assert alt is not None
    h, A, Lp = st.hidden_size, alt.num_inputs, st.num_layers * alt.per_layer_input
    b = T / s
    sliding = st.attention.sliding_window
    mask = b * s * s * np.where(s >= sliding, 1.0, 0.0) if sliding is not None and st.mixer_count("sliding") else 0.0
    return T * (a * h + 4 * (A - 1) * a * h + A * a * h + 8 * Lp + 8 * st.num_layers + a * Lp) + mask


def stack_saved(ctx: Ctx, st: StackSpec, terms: Terms, T: Num, s: Num, mode: Mode, layers: int) -> Num:
    """Saved bytes of `layers` blocks (this GPU's share of the stack), layer kind by layer kind: a token mixer
    (attention as in `terms`, a short convolution, Gated DeltaNet or Mamba-2, or none) with the norm before it, and an
    MLP, experts or nothing with the norm before that. A plain stack is `terms.total` per layer."""
    n = st.num_layers
    if st.altup is not None:
        return altup_stack_saved(ctx, st, T, s, 2 if mode.autocast else mode.a, layers)
    if dsv4.applies(st):
        return dsv4.stack_saved(ctx, st, T, s, 2 if mode.autocast else mode.a, terms.mlp, layers)
    mixed = st.is_hybrid or bool(st.ffns) or (st.moe is not None and bool(st.moe.dense_layers))
    if not mixed or st.parallel_block:
        return terms.total * layers
    a = 2 if mode.autocast else mode.a
    tp = ctx.tp
    counts = {k: st.mixer_count(k) for k in ("conv", "linear", "mamba2")}
    n_attn = st.attention_layer_count
    # layers with a token mixer, each with the norm before it; a parallel layer's attention and Mamba-2 mixer read the
    # output of one norm (Falcon-H1)
    n_mixer = n_attn + sum(counts.values()) - (n_attn if st.parallel_mamba else 0)
    total = n_attn * terms.mixer + n_mixer * terms.norm_in
    if st.parallel_mamba and ctx.arch.scaled_branch_inputs:
        total = total + n_attn * a * T * st.hidden_size / tp
    if counts["conv"]:
        total = total + counts["conv"] * conv_mixer_saved(st, T, s, a, tp)
    if counts["linear"]:
        total = total + counts["linear"] * gdn_mixer_saved(st, T, s, a, tp)
    if counts["mamba2"]:
        total = total + counts["mamba2"] * mamba2_mixer_saved(st, T, s, a, tp)
    n_moe = st.moe_layer_count if st.moe is not None else 0
    n_dense = st.dense_mlp_layer_count
    total = total + n_moe * terms.mlp + n_dense * terms.mlp_dense + (n_moe + n_dense) * terms.norm_ffn
    other = terms.norms - terms.norm_in - terms.norm_ffn + terms.dropout  # sandwich norms, dropout masks
    total = total + n * other
    return total * layers / n


def largest_layer_saved(ctx: Ctx, st: StackSpec, terms: Terms, T: Num, s: Num, mode: Mode) -> Num:
    """What the largest block saves (recomputed under full checkpointing): the largest token mixer with its norm plus
    the largest feed-forward part with its norm (an upper bound where no single layer has both)."""
    if dsv4.applies(st):
        return dsv4.largest_layer_saved(ctx, st, T, s, 2 if mode.autocast else mode.a, terms.mlp)
    if not (st.is_hybrid or st.ffns):
        return terms.total
    a = 2 if mode.autocast else mode.a
    mixers: list[Num] = [terms.mixer] if st.attention_layer_count else []
    if st.mixer_count("conv") and st.short_conv is not None:
        mixers.append(conv_mixer_saved(st, T, s, a, ctx.tp))
    if st.mixer_count("linear") and st.linear_attention is not None:
        mixers.append(gdn_mixer_saved(st, T, s, a, ctx.tp))
    if st.mixer_count("mamba2") and st.mamba is not None:
        mamba = mamba2_mixer_saved(st, T, s, a, ctx.tp)
        if st.parallel_mamba:  # beside attention in the same layer: both are recomputed together
            scaled = ctx.arch.scaled_branch_inputs
            mixers = [terms.mixer + mamba + (a * T * st.hidden_size / ctx.tp if scaled else 0.0)]
        else:
            mixers.append(mamba)
    ffns: list[Num] = ([terms.mlp] if st.moe_layer_count else []) + (
        [terms.mlp_dense] if st.dense_mlp_layer_count else []
    )
    biggest: Num = 0.0 * T
    if mixers:
        biggest = biggest + terms.norm_in + np.maximum.reduce(np.broadcast_arrays(*mixers))
    if ffns:
        biggest = biggest + terms.norm_ffn + np.maximum.reduce(np.broadcast_arrays(*ffns))
    return biggest + terms.norms - terms.norm_in - terms.norm_ffn + terms.dropout


def softmax_backward_live(ctx: Ctx) -> int:
    """Bytes per score alive in eager attention's fp32 softmax backward on CUDA: the fp32 gradient of its output, the
    kernel's fp32 `grad * output` and the gradient of its input (fp16 from fp16 scores, else fp32)."""
    fp16 = ctx.scenario.precision.training in ("fp16", "mixed-fp16")
    return 4 + 4 + (2 if fp16 else 4)


def eager_softmax_backward_extra(ctx: Ctx, st: StackSpec, terms: Terms, T: Num, s: Num, mode: Mode) -> Num:
    """What a layer's backward adds to its saved tensors at the eager softmax's backward, the largest moment of a
    recomputed layer: transformers' eager attention runs `softmax(scores, dtype=torch.float32).to(dtype)`, and
    aten's _softmax_backward_data takes the fp32 gradient of the softmax output (the cast's backward); its CUDA kernel
    (softmax_backward_cuda_out, aten/src/ATen/native/cuda/SoftMax.cu) first makes `Tensor tmp = grad * output`, an
    fp32 temporary of the same size, then writes the gradient of its input, in fp16 when the scores are fp16 (the
    half-to-float kernel that softmax(fp16, dtype=float32) runs on CUDA), else in fp32 (the scores were cast to fp32
    first): 4 + 4 + 2 or 4 + 4 + 4 bytes per score alive at once (the fake-tensor harness sees no kernel temporary).
    By then the layer's MLP part and what the value matmul (and attention dropout) saved have been freed (autograd
    drops a node's saved tensors when it has run); the clamped scores and the fp32 softmax output are still held. 0
    without eager attention or with sinks."""
    att = st.attention
    if ctx.attention_impl != "eager" or att.sinks or not st.attention_layer_count:
        return 0.0 * T
    a = 2 if mode.autocast else mode.a
    per_score = 4 + (0 if a == 4 else a)
    if st.attention_dropout > 0:
        per_score = 4 + 1 + a
    freed = per_score - 4  # the value matmul's probabilities (and the dropout mask)
    scores = T / s * (att.num_heads / ctx.tp) * s * s
    extra = (softmax_backward_live(ctx) - freed) * scores - terms.mlp - terms.norm_ffn
    return np.maximum(extra, 0.0 * T)


def kinds_note(st: StackSpec) -> str:
    """A sentence on the layer kinds whose terms follow a transformers torch path rather than a CUDA kernel."""
    parts: list[str] = []
    if st.mixer_count("linear"):
        parts.append(
            Message(
                "kinds.gated_deltanet",
                "{n} Gated DeltaNet layers as transformers' torch path runs them (fp32 chunk tensors and one state per "
                "64 tokens); fla's CUDA kernel keeps less",
                n=st.mixer_count("linear"),
            )
        )
    if st.mixer_count("mamba2"):
        parts.append(
            Message(
                "kinds.mamba2",
                "{n} Mamba-2 layers as transformers' torch path runs them (fp32 chunk tensors, B and C per head); "
                "mamba_ssm's fused kernel keeps less",
                n=st.mixer_count("mamba2"),
            )
        )
    if st.mixer_count("conv"):
        parts.append(
            Message(
                "kinds.short_conv",
                "{n} short-convolution layers (in_proj's 3h, the gated products, conv)",
                n=st.mixer_count("conv"),
            )
        )
    if st.attention.indexer is not None:
        parts.append(
            Message("kinds.dsa_indexer", "the DSA indexer's fp32 scores per head over the whole prompt at prefill")
        )
    return Message("kinds.note", " Layer kinds: {parts}.", parts=join(parts, "; ")) if parts else ""


def layer_transient(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int) -> Num:
    """Largest live set inside one block during an inference forward (no autograd), as measured for the
    transformers 5 models (tests/data/calibration/inference.json): four hidden-size tensors stay alive through
    the MLP (the embedding output and the block's input, both still referenced by the model's loop, the residual
    after attention and the normalised input) beside the MLP's gate, act(gate)·up and up."""
    att = st.attention
    h = st.hidden_size
    tp = ctx.tp
    if st.altup is not None and ctx.scenario.runtime.spec.kernels == "transformers":
        return altup_transient(ctx, st, T, s, a)
    resid = 4 * a * T * h
    if st.moe is not None:
        k = experts_run(ctx, st.moe.experts_per_token, st.moe.num_experts)
        i_e = st.moe.expert_intermediate_size / tp
        # grouped-matmul experts: the sorted token copies, down output, weighted output and its reordering
        # (4·S·h), or while gating the copies, gate_up, act and product (S·(h + 4·i)); S = T·k
        moe = a * T * k * np.maximum(4 * h, h + 4 * i_e)
        shared = 3 * a * T * st.moe.shared_intermediate_size / tp if st.moe.shared_intermediate_size else 0.0
        mlp = resid + np.maximum(moe, shared)
    else:
        mlp = resid + (3 if st.mlp.gated else 2) * a * T * st.mlp.intermediate_size / tp
    hf = ctx.scenario.runtime.spec.kernels == "transformers"
    if dsv4.applies(st) and hf:
        return dsv4.transient(ctx, st, T, s, a, mlp)
    q_w, kv_w = att.q_width / tp, att.kv_width / tp
    b = T / s
    if att.mla is not None:
        mla = att.mla
        heads = att.num_heads / tp
        # q_b's output, the query with its rope part and the key built per head (3 q widths), kv_b's output
        # (no-rope key and value per head), the rope key expanded per head, the q_a / kv_a latents
        attn = resid + a * T * (
            3 * q_w
            + heads * (mla.qk_nope_head_dim + mla.v_head_dim + mla.qk_rope_head_dim)
            + (mla.q_lora_rank or 0)
            + mla.kv_lora_rank
            + mla.qk_rope_head_dim
        )
    else:
        attn = resid + a * T * (3 * q_w + 2 * kv_w)
    if att.indexer is not None and hf:
        ix = att.indexer
        # DeepSeek sparse attention's indexer (DeepseekV32Indexer.forward): per query token an fp32 score against
        # every key for each of its heads, the matmul's output and its scaled copy alive together (8·H_i per score);
        # with more than one sequence torch.matmul broadcasts the fp32 keys into a copy per query (4·D per score,
        # beside the output, and the fp32 q); the boolean top-k mask (1 per score), and its q (and q_b output) with
        # rope (a·H_i·(2·D + rope)). Measured 2,425,104 bytes per token at b1 s4096 and 1,894,004 at b2 s2000 for
        # DeepSeek-V3.2 (inf-deepseek-v3.2-4l)
        rope = att.mla.qk_rope_head_dim if att.mla is not None else 0
        hi, d = ix.num_heads / tp, ix.head_dim
        batched = np.asarray(b) > 1
        ix_score = np.where(batched, np.maximum(4 * d + 4 * hi, 8 * hi), 8 * hi) + 1
        attn = attn + ix_score * b * s * s + np.where(batched, 4 * hi * d, 0) * T + a * T * hi * (2 * d + rope)
    if ctx.attention_impl == "eager" and hf:
        # 16-bit scores, softmax's fp32 upcast of them and its fp32 output: 10 bytes per score; with sinks (gpt-oss)
        # the softmax runs in the compute dtype: the logits with the sink column, their max-subtracted copy and the
        # probabilities, 3·a bytes per score (inf-gpt-oss-20b-4l measured 6.15 in bf16, tests/data/calibration)
        per_score = 3 * a if att.sinks else 10
        if ctx.arch.eager_score_copies is not None:
            per_score = ctx.arch.eager_score_copies * a
        attn = attn + per_score * b * (att.num_heads / tp) * s * s
    if att.sliding_window is not None:
        attn = attn + b * s * s  # sliding windows need an explicit boolean mask instead of is_causal
    norm = 2 * a * T * h + 8 * T * h  # HF RMSNorm: fp32 upcast and fp32 product beside the input
    out: Num = np.maximum(np.maximum(mlp, attn), norm)
    if att.chunk_size is not None and st.mixer_count("chunked"):
        # chunked attention (Llama 4) needs an explicit boolean mask too, built once per forward and alive through
        # every layer's MLP (measured 1 byte per score, inf-llama4-scout-4l)
        out = out + b * s * s
    # token mixers with a fixed-size state, as transformers' torch paths run them (see gdn_mixer_saved /
    # mamba2_mixer_saved): the embedding output, the residual and the normalised input (3·a·h) beside the scan's
    # live chunk tensors
    if st.linear_attention is not None and st.mixer_count("linear") and hf:
        gdn = gdn_transient(st, T, s, a, tp)
        if ctx.arch.fused_qkvz:
            # Qwen3-Next's fused in_proj_qkvz: its output (2K + 2V) stays referenced through the scan, and z is a
            # reshaped copy of it (measured 252,011 bytes per token at 8k tokens, inf-qwen3-next-80b-4l)
            la = st.linear_attention
            gdn = gdn + a * T * 2 * (la.key_dim + la.value_dim) / tp
        out = np.maximum(out, 3 * a * T * h + gdn)
    if st.mamba is not None and st.mixer_count("mamba2") and hf:
        out = np.maximum(out, 3 * a * T * h + mamba2_transient(st, T, s, a, tp))
    return out


def altup_transient(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int) -> Num:
    """Largest live set of a Gemma 3n prefill (no autograd), inside a block's MLP (modeling_gemma3n.py, transformers
    5.25): gate (a local kept through the MLP), act, up and their product (4aI); the block's input streams and their
    predictions (2·A·ah); the block's hidden-size locals, the input, post-attention and pre-feed-forward norms'
    outputs, the attention and LAuReL sums, their scaled mean and down_proj's output (7ah); the model's scaled
    embedding, the A - 1 magnitude-matched projections its list holds and the last raw projection (A + 1)·ah, the
    per-layer inputs (aLp), cos and sin per layer type (2a·head_dim each) and the boolean sliding mask (1 per score).
    Measured 228,352 of 228,356 bytes per token at 8k tokens (the rest: token ids), inf-gemma3n-e4b-10l."""
    alt = st.altup
    assert alt is not None
    att = st.attention
    h, A = st.hidden_size / ctx.tp, alt.num_inputs
    i = st.mlp.intermediate_size / ctx.tp
    b = T / s
    types = len({m for m in st.mixers if m in ("full", "sliding", "chunked")}) or 1
    sliding = att.sliding_window
    mask = b * s * s * np.where(s >= sliding, 1.0, 0.0) if sliding is not None and st.mixer_count("sliding") else 0.0
    per_token = 4 * a * i + a * h * (3 * A + 8) + a * st.num_layers * alt.per_layer_input + 4 * a * att.head_dim * types
    return T * per_token + mask


def gdn_transient(st: StackSpec, T: Num, s: Num, a: int, tp: int) -> Num:
    """Live set of a Gated DeltaNet mixer at its peak in an inference forward (torch_chunk_gated_delta_rule's chunk
    loop): fp32 q, k and v in the chunk layout with their beta-scaled, decayed and solved forms and the output
    buffer, ten H·d-wide tensors (4·H·(6·dk + 4·dv)), the chunk decay and attention matrices (12·H·c), the convolution's
    output (a·C) and the gate z (a·V). Measured 346,112 of 349,010 bytes per token at 8k tokens for Qwen3.5-27B (the
    rest: its cache and per-head vectors), inf-qwen3.5-27b-4l."""
    la = st.linear_attention
    assert la is not None
    H = la.num_v_heads / tp
    dk, dv, c = la.k_head_dim, la.v_head_dim, 64
    b = T / s
    T_pad = b * np.ceil(s / c) * c
    return T_pad * H * (4 * (6 * dk + 4 * dv) + 12 * c) + a * T * (la.conv_dim + la.value_dim) / tp


def mamba2_transient(st: StackSpec, T: Num, s: Num, a: int, tp: int) -> Num:
    """Live set of a Mamba-2 mixer at its peak in an inference forward (mamba2_chunk_scan's torch path): B and C
    repeated to every head in fp32, padded, their einsum copy and B·decay (16·H·N), the chunk states and their copy,
    the decay matrix, C·Bᵀ and their product (12·H·c), four fp32 I-wide tensors (16·I), dt and decays per head,
    in_proj's and the convolution's outputs. Measured 2,137,104 of 2,145,905 bytes per token at 8k tokens for
    Nemotron-H-56B (the rest: its cache), inf-nemotron-h-56b-9l."""
    mb = st.mamba
    assert mb is not None
    H = mb.num_heads / tp
    P, N, G = mb.head_dim, mb.state_size, mb.n_groups / tp
    inner = H * P
    c = float(mb.chunk_size)
    b = T / s
    n = np.ceil(s / c)
    T_pad = b * n * c
    return (
        T_pad * (16 * H * N + 4 * H * P * N / c + 12 * H * c + 16 * inner + 16 * H)
        + b * (4 * H * P * N * (n + 1) + 4 * H * (n + 1) ** 2)
        + a * T * (2 * inner + 2 * G * N + H + inner + 2 * G * N)
    )
