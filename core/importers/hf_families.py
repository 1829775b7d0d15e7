"""Decoder families as data: one entry per family of `config.json` that builds a decoder-only language model.

An entry says only how the family differs from the common structure (a Llama-style block: attention with GQA and
optional q/k norms, a gated MLP or experts, two RMSNorms); everything a config spells in one of the common ways —
explicit `head_dim`, mixture-of-experts in any spelling, per-layer kinds from `layer_types` or a hybrid pattern,
linear attention, Mamba-2 and short-convolution mixers — is read by the generic structure readers
(core/importers/hf_decoder.py) for every family alike.

Adding a family is one entry here and one test that holds its count to transformers' own (tests/data/param_oracle).
A value given as `Key(...)` is read from the config (with that default); anything else is a constant of the family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from core.architecture import MAX_WIDTH, Mixer, Norm
from core.errors import ModelFormatError
from core.messages import Message, join

if TYPE_CHECKING:
    from core.importers.hf_reader import ConfigReader


@dataclass(frozen=True)
class Key:
    """A family trait read from the config: the first of `names` present, else `default`."""

    names: tuple[str, ...]
    default: bool = False


def key(*names: str, default: bool = False) -> Key:
    return Key(names, default)


Flag = bool | Key
ATTENTION_BIAS = Key(("attention_bias",))
MLP_BIAS = Key(("mlp_bias",))
QkNorm = Literal["none", "head", "full"]


@dataclass(frozen=True)
class DecoderFamily:
    """How one family's decoder differs from the common Llama-style structure (see the module docstring)."""

    tie: bool  # transformers' default for tie_word_embeddings when the config omits the key
    qkv_bias: Flag = ATTENTION_BIAS
    o_bias: Flag = ATTENTION_BIAS
    mlp_bias: Flag = MLP_BIAS
    norm: Norm = Norm.RMS
    norms_per_layer: int = 2
    qk_norm: QkNorm | Key = "none"
    qk_norm_if_set: QkNorm = "head"  # which q/k norm a `qk_norm` Key switches on
    parallel: bool = False
    gated_mlp: bool = True
    gated_attention: bool = False  # q_proj also produces a sigmoid output gate (Qwen3-Next, Qwen3.5)
    sinks: bool = False  # a learned attention-sink logit per head (gpt-oss)
    final_norm: bool = True
    lm_head_bias: bool = False
    # MLP widths: the dense MLP's keys; the routed experts' keys; how the shared expert(s) are sized
    dense_width: tuple[str, ...] = ("intermediate_size", "ffn_hidden_size", "n_inner")
    dense_width_divisor: int = 1  # Qwen-1 stores both SwiGLU branches' widths summed in intermediate_size
    dense_width_rule: Callable[[ConfigReader], int] | None = None  # a width transformers derives from other keys
    expert_width: tuple[str, ...] = ("moe_intermediate_size",)
    shared_width: tuple[str, ...] = (  # total width of the shared expert(s)
        "shared_expert_intermediate_size",
        "moe_shared_expert_intermediate_size",
        "shared_intermediate_size",
    )
    shared_count: tuple[str, ...] = ("n_shared_experts", "num_shared_experts", "moe_num_shared_experts")
    shared_fixed: int = 0  # a shared expert every MoE layer has, with the experts' width (Llama 4)
    shared_expert_gate: bool = False  # sigmoid gate Linear(h, 1) on the shared expert (Qwen-MoE)
    router_bias: bool = False
    expert_bias: bool = False
    gate_softcap: bool = False
    sliding_every: int = 0  # without layer_types: every n-th layer is global (Gemma 2: 2)
    sliding_every_key: str = ""  # … or this key says n (Gemma 3: sliding_window_pattern)
    vocab: tuple[str, ...] = ("vocab_size", "padded_vocab_size")
    kv_heads: tuple[str, ...] = ("num_key_value_heads", "multi_query_group_num", "num_kv_heads")
    mla: bool = False  # multi-head latent attention keys (kv_lora_rank …) are read
    mqa_flag: str = ""  # kv heads are read only when this key is true, else as many as heads (ChatGLM)
    rmsnorm_flag: str = ""  # RMSNorm when this key is true (its default), else LayerNorm (ChatGLM)
    act_params: int = 0  # learnable activation parameters per MLP (Apertus' xIELU: alpha_p, alpha_n)
    # per-layer block kinds of this family's `layers_block_type`, when they differ from the common layer_types words
    block_types: tuple[tuple[str, str, str], ...] = ()  # (word, mixer, ffn)
    # what this family's `layer_types` words mean where they differ from the common ones (transformers 5.25 writes
    # every recurrent mixer as "linear_attention": Mamba-2 in Granite 4, Gated DeltaNet in Qwen3-Next)
    layer_words: tuple[tuple[str, Mixer], ...] = ()  # (word, mixer)
    parallel_mamba: bool = False  # a Mamba-2 mixer beside the attention of every layer (Falcon-H1)
    inert: tuple[str, ...] = ()  # keys of this family that change no count (scales, kernels' chunk sizes …)
    kv_shared_key: str = ""  # the key naming how many last layers reuse earlier layers' K/V (Gemma 3n)
    # a per-layer list of integer codes naming each layer's mixer: (key, mixer of code 0, of code 1, …) (MiMo-V2)
    pattern_codes: tuple[str, ...] = ()
    # sliding layers with an attention of their own: the prefix of their keys (swa_num_attention_heads …), and the
    # keys switching sinks on for the sliding and the full layers
    swa_prefix: str = ""
    sink_keys: tuple[str, str] = ("", "")
    block_configs: bool = False  # per-layer attention and FFN from DeciLM's block_configs (Llama-Nemotron NAS)
    # the key listing each layer's query heads, read as one count for the sliding layers and one for the full ones
    # (Laguna: num_attention_heads_per_layer); a list that varies within a kind is refused by name
    heads_per_layer: str = ""
    dense_first: int = 0  # leading dense layers transformers assumes when the config has no mlp_layer_types (Laguna)
    unverified: str = ""  # why this family's count is not held to any figure (a warning on every answer)
    low_rank_qo: bool = False  # q_lora_rank queries and grouped o_lora_rank outputs without MLA (DeepSeek-V4)
    values_from_keys: bool = False  # one projection gives keys and values (DeepSeek-V4's kv_proj)
    # parameters outside the common block, as a function of the config, the width and the depth (Gemma 3n's AltUp,
    # LAuReL and per-layer embeddings)
    extra: Callable[[ConfigReader, int, int], int] | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    # keys only this family's configs spell together: a config of an unknown model_type that holds all of them is read
    # with this entry (and says so, unverified), not refused for keys a Llama-style reading cannot place
    signature: tuple[str, ...] = ()
    # warnings for configs that leave what the memory model assumes of this family (DeepSeek-V4's stream count …)
    checks: Callable[[ConfigReader], list[str]] | None = None
    # what the family's transformers code keeps for backward, carried on the Architecture (the code and the
    # measurements: the notes above FAMILIES): RMSNorms that multiply the weight in fp32, and the
    # expert-width tensors a clamped gated activation keeps beyond act(gate) and the product
    norm_weight_fp32: bool = False
    glu_saved_extra: int = 0
    # the other Architecture fields its code sets (their descriptions in core/architecture.py; the code and the
    # measurements: the notes above FAMILIES)
    fp32_router: bool = False
    l2_qk_norm: bool = False
    scaled_branch_inputs: bool = False
    fused_qkvz: bool = False
    eager_score_copies: int | None = None
    dense_experts: bool = False
    tp_plan_shards_embedding: bool = False


def _lfm2_ff_width(c: ConfigReader) -> int:
    """LFM2's MLP width as transformers' Lfm2MLP derives it: with block_auto_adjust_ff_dim, ⌊2/3 · block_ff_dim⌋,
    × block_ffn_dim_multiplier, rounded up to a multiple of block_multiple_of."""
    ff = c.int("block_ff_dim", "intermediate_size")
    if c.has("block_ff_dim"):  # Lfm2Config: intermediate_size = kwargs.pop("block_ff_dim", intermediate_size)
        c.get("intermediate_size", default=None, note=False)
    if c.bool("block_auto_adjust_ff_dim", default=True):  # Lfm2Config's default
        ff = int(2 * ff / 3)
        mult = c.float("block_ffn_dim_multiplier")
        if mult is not None:
            ff = int(mult * ff)
        m = max(1, c.int("block_multiple_of", default=256, note=False))
        ff = m * ((ff + m - 1) // m)
    return ff


def _granite_hybrid_width(c: ConfigReader) -> int:
    """Granite 4's MLP beside (or, without experts, instead of) the experts: `shared_mlp`, a gated MLP of
    shared_intermediate_size. With num_local_experts 0 (the dense H-Micro) transformers builds no experts at all and
    ignores intermediate_size and num_experts_per_tok."""
    if not c.int("num_local_experts", default=0, note=False):
        for k in ("intermediate_size", "num_experts_per_tok"):
            c.get(k, default=None, note=False)
    return c.int("shared_intermediate_size")


def _gemma3n_widths(c: ConfigReader, layers: int | None = None) -> list[int]:
    """MatFormer: Gemma 3n's intermediate_size is one width per layer (a list), or one width for all."""
    raw = c.get("intermediate_size")
    if isinstance(raw, list):
        if not raw or (layers is not None and len(raw) != layers):
            raise ModelFormatError(
                c.source,
                Message(
                    "import.widths_length",
                    "'intermediate_size' lists {n} widths for {layers} layers",
                    n=len(raw),
                    layers=layers,
                ),
            )
        if any(isinstance(w, bool) or not isinstance(w, int) or not 0 < w <= MAX_WIDTH for w in raw):
            raise ModelFormatError(
                c.source, Message("import.widths", "'intermediate_size' must hold positive integer widths")
            )
        return list(raw)
    return [c.int("intermediate_size")] * (layers or 1)


def _gemma3n_width(c: ConfigReader) -> int:
    return min(_gemma3n_widths(c))  # the narrowest layer's; the wider layers' excess is in `extra`


def _gemma3n_extra(c: ConfigReader, h: int, layers: int) -> int:
    """Gemma 3n's parameters beyond a Gemma-3-style block (transformers' modeling_gemma3n.py, 5.25), per layer:
    AltUp (correct_output_scale h, correction_coefs A×A, prediction_coefs A²×A, modality_router A×h, router_norm h),
    LAuReL (linear_left r×h, linear_right h×r, post_laurel_norm h), the per-layer input (per_layer_input_gate p×h,
    per_layer_projection h×p, post_per_layer_input_norm h); once: embed_tokens_per_layer V_p × L·p,
    per_layer_model_projection h → L·p, per_layer_projection_norm p, and A − 1 altup (un)embedding projections h×h
    each. A = altup_num_inputs, r = laurel_rank, p = hidden_size_per_layer_input, V_p = vocab_size_per_layer_input.
    Plus the MatFormer excess: layers wider than the narrowest add 3·h·(width − narrowest)."""
    a = c.int("altup_num_inputs")
    r = c.int("laurel_rank")
    p = c.int("hidden_size_per_layer_input")
    vp = c.int("vocab_size_per_layer_input")
    per_layer = (2 * h + a * a + a**3 + a * h) + (2 * r * h + h) + (2 * p * h + h)
    once = vp * layers * p + h * layers * p + p + 2 * (a - 1) * h * h
    widths = _gemma3n_widths(c, layers)
    matformer = 3 * h * sum(w - min(widths) for w in widths)
    return layers * per_layer + once + matformer


def _laguna_gate_is_per_head(c: ConfigReader) -> bool:
    """LagunaAttention: `gate_per_head = config.gating is True or config.gating == "per-head"` (transformers 5.25,
    modeling_laguna.py); otherwise g_proj gates every output element."""
    g = c.get("gating", default=True, note=False)
    return g is True or g == "per-head"


def _laguna_extra(c: ConfigReader, h: int, layers: int) -> int:
    """Laguna's parameters beyond the common block (transformers 5.25's modeling_laguna.py): the per-head output gate
    g_proj (h → the layer's heads, no bias) of every layer, and the router's e_score_correction_bias, an nn.Parameter
    of num_experts (requires_grad False, so counted in the total) in every sparse layer. An element-wise gate
    (gating false) is the attention's gated_output instead (the same h × heads·head_dim)."""
    from core.importers.hf_decoder import layer_heads, moe_dense_layers

    gate = sum(layer_heads(c, layers)) * h if _laguna_gate_is_per_head(c) else 0
    experts = c.int("num_experts", default=0, note=False)
    sparse = layers - len(moe_dense_layers(c, layers, _LAGUNA_DENSE_FIRST)) if experts else 0
    return gate + sparse * experts


def _dsv4_checks(c: ConfigReader) -> list[str]:
    """The values core/memory/dsv4.py's formulas were measured at (dsv4.MEASURED: the published Flash and Pro configs'
    4 residual streams, 20 Sinkhorn steps, CSA and HCA rates of 4 and 128, an indexer of 64 heads of 128, a 64-wide
    rotary slice). The formulas take whatever the config says; a value off the measured one gets an answer flagged
    unverified, naming the key, its value and the value measured."""
    from core.importers.hf_decoder import compress_rates
    from core.memory import dsv4

    rates = compress_rates(c)
    off: list[str] = []
    for key, measured in dsv4.MEASURED.items():
        top, _, sub = key.partition(".")
        value = rates.get(sub) if top == "compress_rates" else c.d.get(top)
        if value is not None and value != measured:
            off.append(Message("unverified.dsv4_value", "{key} {value} (measured: {measured})", key=key,
                               value=str(value)[:20], measured=measured))  # fmt: skip
    if not off:
        return []
    return [
        Message(
            "unverified.dsv4_shape",
            "DeepSeek-V4 with {keys}: its memory terms were measured at the published Flash and Pro configs' values "
            "and are extrapolated to these",
            keys=join(off, ", "),
        )
    ]


# norm_weight_fp32 — RMSNorms that multiply the weight in fp32 and cast after (Qwen3NextRMSNorm: `output * (1.0 +
# weight.float())`, also on q/k; NemotronHRMSNorm: `weight.to(float32) * hidden_states`; GptOssRMSNorm: `weight *
# hidden_states` on the fp32 input): the fp32 normalised input is kept for the weight's gradient instead of a 16-bit
# copy (measured: train-qwen3.5-27b-4l, train-nemotron-h-56b-9l probes). Olmo2RMSNorm / Olmo3RMSNorm: `(self.weight *
# hidden_states).to(input_dtype)` (modeling_olmo2.py:63, modeling_olmo3.py:57; measured on train-olmo3-7b-4l layer 2,
# its full-width q/k norms included); Gemma3nRMSNorm: `normed_output * self.weight.float()`
# (modeling_gemma3n.py:132-136; measured, train-gemma3n-e4b-10l; the full Gemma 3n runs the same text model);
# DeepseekV4RMSNorm: `(self.weight * hidden_states).to(input_dtype)` (modeling_deepseek_v4.py; measured on the final
# norm, train-deepseek-v4-flash-4l)
# glu_saved_extra — clamped gated activations: gpt-oss's clamped SwiGLU (GptOssExperts: gate.clamp, up.clamp,
# gate·sigmoid(α·gate), (up + 1)·glu) keeps the clamped gate, the sigmoid and up + 1 beside them, 3 more expert-width
# tensors per routed token (modeling_gpt_oss.py; measured, train-gpt-oss-20b-4l); DeepSeek-V4's experts and shared
# expert clamp gate and up before SwiGLU (DeepseekV4Experts._apply_gate, DeepseekV4MLP: `gate.clamp(max=limit)`,
# `up.clamp(-limit, limit)`): both clamped copies are kept, 2 more expert-width tensors per routed token and per token
# of the shared expert (measured, train-deepseek-v4-flash-4l, every layer)

# fp32_router — MoE routers that run in fp32 (DeepseekV3TopkRouter and its copies: `F.linear(hidden_states.type(
# torch.float32), self.weight.type(torch.float32))`, NemotronHTopkRouter too): autograd keeps the fp32 copy of the
# layer's input (4·h per token) and of the router weight (4·E·h per layer). Measured: train-deepseek-v3.2-4l layer 2,
# train-nemotron-3-nano-30b-7l layer 1.
# l2_qk_norm — Llama 4 (use_qk_norm): Llama4TextL2Norm on q and k after RoPE, no weight; config readers leave qk_norm
# "none" as it has no parameters (modeling_llama4.py)
# scaled_branch_inputs — parallel blocks whose branches each scale the normalised input by their own multiplier
# (Falcon-H1's µP: FalconH1DecoderLayer.forward passes `hidden_states * self.attention_in_multiplier` to attention and
# FalconH1Mixer.forward multiplies its input by `self.ssm_in_multiplier`, modeling_falcon_h1.py, transformers 5.25):
# each branch's first linear keeps its own scaled copy, one more hidden-size tensor per layer than a shared input
# (measured: train-falcon-h1-0.5b-4l layer 2)
# fused_qkvz — Gated DeltaNet with one fused q/k/v/z projection (Qwen3NextGatedDeltaNet.in_proj_qkvz; Qwen3.5 splits
# it)
# eager_score_copies — eager attention written with the sink-aware softmax in the compute dtype and each step
# reassigned to one variable (MiMo-V2's eager_attention_forward: `attn_weights = attn_weights + attention_mask`, the
# sink column cat, `attn_weights - max`, softmax(dtype=attn_weights.dtype), modeling_mimo_v2_flash.py:312-323,
# transformers 5.25): at most two score-sized tensors alive at prefill, in every layer, with or without sinks
# (measured 4 bytes per score in bf16, inf-mimo-v2-flash-6l). gpt-oss keeps `attn_weights` beside `combined_logits`:
# 3 (the default for sinks)
# dense_experts — transformers code whose experts run densely: Llama 4's Llama4TextMoe repeats every token for every
# expert (`hidden_states.repeat(num_experts, 1)`, scaled by the router's scores, zero for the experts not chosen) and
# Llama4TextExperts runs one bmm per projection over all experts (modeling_llama4.py, transformers 5.25). Measured:
# train-/inf-llama4-scout-4l in tests/data/calibration.
# tp_plan_shards_embedding — model_types whose transformers base_model_tp_plan shards the token embedding
# ("embed_tokens" / "embed_in" / "wte": "embedding_rowwise"), read from transformers 5.25.0's configuration_*.py; the
# other plans (Llama, Qwen2/3, Mistral, Gemma …) list the decoder's projections only and keep the embedding whole on
# every rank. Those without an entry here: _TP_PLAN_SHARDS_EMBEDDING below

_MAMBA_SCALARS = ("mamba_norm_before_gate", "position_embedding_type", "normalization_function",
                  "ssm_multipliers", "mlp_multipliers", "attn_layer_indices")  # fmt: skip
_QWEN2 = DecoderFamily(tie=False, qkv_bias=True, o_bias=False)
_LAGUNA_DENSE_FIRST = 1  # LagunaConfig: mlp_layer_types = ["dense"] + ["sparse"] * (num_hidden_layers - 1)
_QWEN3 = DecoderFamily(tie=False, qk_norm="head")
_GEMMA_NORMS = 4

# model_type → family. Sources: each family's modeling_*.py in transformers 5.25 (tensor lists checked with the
# meta-device oracle, tools/oracle); remote-code families against their checkpoints' tensor lists.
FAMILIES: dict[str, DecoderFamily] = {
    "llama": DecoderFamily(tie=False),
    "mistral": DecoderFamily(tie=False),
    "ministral": DecoderFamily(tie=False),
    "ministral3": DecoderFamily(tie=False),
    "mixtral": DecoderFamily(tie=False, expert_width=("intermediate_size",)),
    "qwen": DecoderFamily(tie=False, qkv_bias=True, o_bias=False, dense_width_divisor=2),
    "qwen2": _QWEN2,
    # MiMo-7B (remote code): XiaomiMiMo's modeling_mimo.py subclasses Qwen2ForCausalLM / Qwen2Model and adds only
    # the MTP layers (core/importers/hf_mtp.py); vLLM's mimo.py is Qwen2ForCausalLM likewise
    "mimo": _QWEN2,
    "qwen2_moe": DecoderFamily(tie=False, qkv_bias=True, o_bias=False, shared_expert_gate=True),
    "qwen3": _QWEN3,
    "qwen3_moe": _QWEN3,
    "qwen3_next": DecoderFamily(
        tie=False, qk_norm="head", gated_attention=True, shared_expert_gate=True, norm_weight_fp32=True,
        fused_qkvz=True,
    ),
    "qwen3_5_text": DecoderFamily(tie=False, qk_norm="head", gated_attention=True, norm_weight_fp32=True),
    "qwen3_5_moe_text": DecoderFamily(
        tie=False, qk_norm="head", gated_attention=True, shared_expert_gate=True, norm_weight_fp32=True
    ),
    "qwen3_vl_text": replace(_QWEN3, tp_plan_shards_embedding=True),
    "qwen3_vl_moe_text": _QWEN3,
    "gemma": DecoderFamily(tie=True),
    "gemma2": DecoderFamily(tie=True, norms_per_layer=_GEMMA_NORMS, sliding_every=2),
    "gemma3_text": DecoderFamily(
        tie=True, norms_per_layer=_GEMMA_NORMS, qk_norm="head", sliding_every_key="sliding_window_pattern"
    ),
    "phi3": DecoderFamily(tie=False),
    "phi": DecoderFamily(
        tie=False, qkv_bias=True, o_bias=True, mlp_bias=True, gated_mlp=False, norm=Norm.LAYER, norms_per_layer=1,
        parallel=True, lm_head_bias=True,
    ),
    "deepseek_v2": DecoderFamily(tie=False, mla=True, fp32_router=True),
    "deepseek_v3": DecoderFamily(tie=False, mla=True, fp32_router=True),
    "deepseek_v32": DecoderFamily(tie=False, mla=True, fp32_router=True),
    "kimi_k2": DecoderFamily(tie=False, mla=True, fp32_router=True),
    "internlm2": DecoderFamily(tie=False, qkv_bias=key("bias"), o_bias=key("bias")),
    "baichuan": DecoderFamily(tie=False),
    "glm": DecoderFamily(tie=False, o_bias=False),
    "glm4": DecoderFamily(tie=False, o_bias=False, norms_per_layer=4),
    "glm4_moe": DecoderFamily(tie=False, o_bias=False, qk_norm=key("use_qk_norm"), fp32_router=True),
    "yi": DecoderFamily(tie=False),
    "olmo": DecoderFamily(tie=False, norm=Norm.LAYER_NOBIAS, norms_per_layer=0, final_norm=False),
    "olmo2": DecoderFamily(tie=False, qk_norm="full", norm_weight_fp32=True),
    "olmo3": DecoderFamily(tie=False, qk_norm="full", norm_weight_fp32=True),
    "starcoder2": DecoderFamily(
        tie=True, qkv_bias=key("use_bias", default=True), o_bias=key("use_bias", default=True),
        mlp_bias=key("use_bias", default=True), gated_mlp=False, norm=Norm.LAYER,
    ),
    "stablelm": DecoderFamily(
        tie=False, qkv_bias=key("use_qkv_bias"), o_bias=False, norm=Norm.LAYER, qk_norm=key("qk_layernorm")
    ),
    "cohere": DecoderFamily(tie=True, norm=Norm.LAYER_NOBIAS, norms_per_layer=1, parallel=True),
    "granite": DecoderFamily(tie=False),
    "gpt_oss": DecoderFamily(
        tie=False, sinks=True, router_bias=True, expert_bias=True, expert_width=("intermediate_size",),
        glu_saved_extra=3, norm_weight_fp32=True, tp_plan_shards_embedding=True,
    ),
    "llama4_text": DecoderFamily(
        tie=False, dense_width=("intermediate_size_mlp",), expert_width=("intermediate_size",), shared_fixed=1,
        l2_qk_norm=True, dense_experts=True,
    ),
    "minimax_m2": DecoderFamily(tie=False, qk_norm="full", expert_width=("intermediate_size",)),
    "smollm3": DecoderFamily(tie=True),
    "seed_oss": DecoderFamily(tie=False, o_bias=key("attention_out_bias")),
    "apertus": DecoderFamily(tie=False, gated_mlp=False, qk_norm="head", act_params=2),
    "exaone4": DecoderFamily(tie=False, qk_norm="head"),
    # EXAONE 4.5's text model: EXAONE 4's blocks; its MTP layer (num_nextn_predict_layers, also spelled _num_mtp_layers)
    # is not built by transformers
    "exaone4_5_text": DecoderFamily(tie=False, qk_norm="head", inert=("_num_mtp_layers",)),
    "ernie4_5": DecoderFamily(tie=True, qkv_bias=key("use_bias"), o_bias=key("use_bias"), mlp_bias=key("use_bias")),
    "hunyuan_v1_dense": DecoderFamily(tie=True, qk_norm=key("use_qk_norm"), tp_plan_shards_embedding=True),
    "nemotron_h": DecoderFamily(
        tie=False, norms_per_layer=1, gated_mlp=False, norm_weight_fp32=True, fp32_router=True,
        tp_plan_shards_embedding=True,
        block_types=(("mamba", "mamba2", "none"), ("linear_attention", "mamba2", "none"), ("moe", "none", "moe"),
                     ("mlp", "none", "dense"), ("attention", "full", "none"), ("full_attention", "full", "none")),
    ),
    "lfm2": DecoderFamily(tie=True, qk_norm="head", dense_width_rule=_lfm2_ff_width, tp_plan_shards_embedding=True),
    "glm_moe_dsa": DecoderFamily(tie=False, mla=True, fp32_router=True),
    # Granite 4 (transformers' GraniteMoeHybrid): Mamba-2 or attention per layer (`layer_types`: mamba / attention,
    # or 5.25's linear_attention / full_attention), then experts of intermediate_size plus shared_mlp beside them
    "granitemoehybrid": DecoderFamily(
        tie=False, expert_width=("intermediate_size",), dense_width_rule=_granite_hybrid_width,
        layer_words=(("mamba", "mamba2"), ("linear_attention", "mamba2"), ("attention", "full")), inert=_MAMBA_SCALARS,
    ),
    # Gemma 3n's text model: Gemma-3-style blocks (4 norms, q/k norms, sliding/full layer_types) with AltUp, LAuReL,
    # per-layer embeddings (in `extra`), MatFormer per-layer MLP widths, and KV sharing over the last layers
    "gemma3n_text": DecoderFamily(
        tie=True, norms_per_layer=_GEMMA_NORMS, qk_norm="head", dense_width_rule=_gemma3n_width, extra=_gemma3n_extra,
        kv_shared_key="num_kv_shared_layers", norm_weight_fp32=True,
        inert=("altup_active_idx", "altup_coef_clip", "altup_correct_scale",
               "altup_lr_multiplier"),
    ),
    # MiMo-V2 (transformers' mimo_v2_flash): hybrid_layer_pattern 0 = full, 1 = sliding attention, each with its own
    # heads, kv heads, head_dim and (narrower) v_head_dim; learned sinks on the sliding layers; experts after the
    # dense layers moe_layer_freq marks 0
    "mimo_v2_flash": DecoderFamily(
        tie=False, o_bias=False, pattern_codes=("hybrid_layer_pattern", "full", "sliding"), swa_prefix="swa_",
        sink_keys=("add_swa_attention_sink_bias", "add_full_attention_sink_bias"),
        inert=("sliding_window_size", "attention_chunk_size", "swa_rope_theta"), eager_score_copies=2,
    ),
    # Llama-Nemotron Super/Ultra (DeciLM, remote code): Llama blocks whose attention (kv heads, or none) and FFN
    # width (ffn_mult, or none) are chosen per layer by block_configs
    "nemotron-nas": DecoderFamily(
        tie=False, block_configs=True,
        unverified=Message(
            "unverified.nemotron_nas",
            "model_type 'nemotron-nas' needs remote code (DeciLM): its per-layer block_configs are read as vLLM's, "
            "SGLang's and TensorRT-LLM's DeciLM ports build them (ffn_mult → ⌈2·ffn_mult·h/3⌉ to a multiple of 256), "
            "but no checkpoint total was found to hold the count to",
        ),
    ),
    # DeepSeek-V4: one shared key/value head of head_dim with a 128-token sliding window in every layer, low-rank
    # queries, a grouped low-rank output and sinks; compressed (CSA / HCA) attention with its indexer and the
    # hyper-connections are read by the generic readers (AttentionSpec.compressed, StackSpec.hyper_connections, counted
    # by core/params.py); experts (the first num_hash_layers hash-routed) with a shared expert
    "deepseek_v4": DecoderFamily(
        tie=False, sinks=True, low_rank_qo=True, values_from_keys=True, checks=_dsv4_checks, norm_weight_fp32=True,
        glu_saved_extra=2,
        signature=("hc_mult", "hc_sinkhorn_iters", "o_groups", "o_lora_rank", "index_n_heads"),
        inert=("num_hash_layers", "hc_sinkhorn_iters", "compress_ratios", "compress_rates", "compress_rope_theta",
               "expert_dtype", "swiglu_limit"),
    ),
    # Falcon-H1: attention and Mamba-2 side by side in every layer, then a gated MLP; mup multipliers change no count
    # (mamba_use_mlp: every published config says true, and transformers 5.25 builds the MLP whatever it says)
    "falcon_h1": DecoderFamily(
        tie=False, parallel_mamba=True, inert=(*_MAMBA_SCALARS, "mamba_use_mlp"), scaled_branch_inputs=True,
        tp_plan_shards_embedding=True,
    ),
    # Laguna (poolside; transformers' laguna): Llama-style blocks with q/k norms, each layer's query heads from
    # num_attention_heads_per_layer (one count for the sliding layers, one for the full), an output gate g_proj (per
    # head, in `extra`), experts with a shared expert after a dense first layer, a router correction bias that is a
    # parameter (in `extra`); rope_parameters per layer kind and the router's scaling change no count
    "laguna": DecoderFamily(
        tie=False, qk_norm="head", shared_width=("shared_expert_intermediate_size",), heads_per_layer=(
            "num_attention_heads_per_layer"), dense_first=_LAGUNA_DENSE_FIRST, extra=_laguna_extra,
        inert=("gating_types", "moe_routed_scaling_factor", "moe_apply_router_weight_on_input",
               "moe_router_logit_softcapping", "use_bidirectional_attention", "router_aux_loss_coef"),
    ),
    # Muse-Glimmer's text model (Meta; transformers' muse_glimmer_text): four centred RMSNorms per layer, q/k
    # normalised without a weight, an element-wise sigmoid gate on the attention output (gate_proj, h → heads·head_dim:
    # the same parameters as a q_proj of twice the rows), sliding / full layer_types; scales and per-layer rope thetas
    # change no count
    "muse_glimmer_text": DecoderFamily(
        tie=False, norms_per_layer=_GEMMA_NORMS, gated_attention=True,
        inert=("layer_rope_theta", "output_multiplier", "qk_scale_factor", "post_norm_eps"),
    ),
    "chatglm": DecoderFamily(
        tie=False, qkv_bias=key("add_qkv_bias"), o_bias=key("add_bias_linear"), mlp_bias=key("add_bias_linear"),
        dense_width=("ffn_hidden_size",), vocab=("padded_vocab_size",), mqa_flag="multi_query_attention",
        rmsnorm_flag="rmsnorm",
    ),
}  # fmt: skip


# model_types that wrap one family's decoder under their own name (the full Gemma 3n: its text model's; Llama 4's
# VLM: its text model's), for a caller that has the name alone (a GGUF, a saved file); a config.json wrapper takes
# its text_config's model_type's traits (hf_config._wrapped_text_type)
_WRAPS = {"gemma3n": "gemma3n_text", "llama4": "llama4_text"}
# model_types read by their own importers (no entry above) whose transformers base_model_tp_plan shards the token
# embedding (tp_plan_shards_embedding: the note above FAMILIES)
_TP_PLAN_SHARDS_EMBEDDING = frozenset(
    {"codegen", "diffllama", "dory", "emu3_text_model", "gpt_neox", "gptj", "hunyuan_vl_text", "lfm3", "neomme"}
)
# the Architecture fields code_traits sets
CODE_TRAITS = ("norm_weight_fp32", "glu_saved_extra", "fp32_router", "l2_qk_norm", "scaled_branch_inputs",
               "fused_qkvz", "eager_score_copies", "dense_experts", "tp_plan_shards_embedding")  # fmt: skip


def code_traits(model_type: str) -> dict[str, Any]:
    """The Architecture fields a model_type's own code sets (CODE_TRAITS: what it keeps for backward, how its experts
    and eager attention run, whether its TP plan shards the embedding): its entry's, or the wrapped family's; the
    defaults for a type without an entry."""
    fam = FAMILIES.get(_WRAPS.get(model_type, model_type)) or DecoderFamily(
        tie=False, tp_plan_shards_embedding=model_type in _TP_PLAN_SHARDS_EMBEDDING
    )
    return {k: getattr(fam, k) for k in CODE_TRAITS}
