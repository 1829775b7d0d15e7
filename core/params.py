"""Exact parameter counts: every parameter tensor of an architecture, grouped by component.

Counting rules (PyTorch modules): Linear(in, out) = in·out (+out bias); Embedding(V, h) = V·h;
LayerNorm(h) = 2h; RMSNorm(h) = h; Conv(Cin, Cout, k…) = Cin/groups·Cout·∏k (+Cout bias);
BatchNorm(C) = 2C trainable (+2C running buffers, not parameters). Tied weights count once.
Rotary tables, ALiBi slopes and attention masks are buffers, not parameters.

The tensor list also carries what later stages need: which tensors are quantizable linear
weights, which are LoRA targets, how tensor parallelism splits them, and GGUF-style names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from core.architecture import (
    ATTENTION_MIXERS,
    Architecture,
    AttentionSpec,
    Mixer,
    MtpSpec,
    Norm,
    StackSpec,
    VisionSpec,
)
from core.cnn import propagate
from core.memo import by_identity

TensorKind = Literal["linear", "expert", "embedding", "lm_head", "bias", "norm", "position", "conv", "router", "other"]
Split = Literal["replicate", "column", "row", "vocab", "expert"]


@dataclass(frozen=True)
class TensorGroup:
    """`count` identical tensors (one per layer, say) of `shape`."""

    name: str
    component: str
    shape: tuple[int, ...]
    count: int
    kind: TensorKind
    module: str = ""
    stack: str = ""
    split: Split = "replicate"

    @property
    def numel(self) -> int:
        return math.prod(self.shape) * self.count

    @property
    def per_tensor(self) -> int:
        return math.prod(self.shape)


@dataclass(frozen=True)
class ParamCount:
    total: int
    by_component: dict[str, int]
    groups: tuple[TensorGroup, ...]

    def where(self, *kinds: TensorKind) -> int:
        return sum(g.numel for g in self.groups if g.kind in kinds)


class _Collector:
    def __init__(self) -> None:
        self.groups: list[TensorGroup] = []

    def add(
        self,
        name: str,
        component: str,
        shape: tuple[int, ...],
        count: int = 1,
        kind: TensorKind = "other",
        module: str = "",
        stack: str = "",
        split: Split = "replicate",
    ) -> None:
        if count > 0 and all(d > 0 for d in shape):
            self.groups.append(TensorGroup(name, component, shape, count, kind, module, stack, split))

    def linear(
        self,
        name: str,
        component: str,
        out_f: int,
        in_f: int,
        bias: bool,
        count: int,
        module: str,
        stack: str,
        split: Split,
        kind: TensorKind = "linear",
    ) -> None:
        self.add(f"{name}.weight", component, (out_f, in_f), count, kind, module, stack, split)
        if bias:
            bsplit: Split = "column" if split == "column" else ("expert" if split == "expert" else "replicate")
            self.add(f"{name}.bias", component, (out_f,), count, "bias", module, stack, bsplit)

    def norm(self, name: str, component: str, kind: Norm, width: int, count: int, stack: str) -> None:
        self.add(f"{name}.weight", component, (width,), count, "norm", "norm", stack)
        if kind is Norm.LAYER:
            self.add(f"{name}.bias", component, (width,), count, "norm", "norm", stack)


def _attention(
    c: _Collector,
    prefix: str,
    stack_name: str,
    att: AttentionSpec,
    hidden: int,
    norm: Norm,
    layers: int,
    component: str = "attention",
    kv_in: int | None = None,
    cross: bool = False,
    kv_layers: int | None = None,
) -> None:
    """`kv_layers`: how many of the `layers` have k/v projections of their own (KV-shared layers have none)."""
    kl = layers if kv_layers is None else kv_layers
    p = f"{prefix}.{'cross_attn' if cross else 'self_attn'}"
    m = "x" if cross else ""
    if att.mla is not None and not cross:
        mla = att.mla
        if mla.q_lora_rank:
            c.linear(
                f"{p}.q_a_proj",
                component,
                mla.q_lora_rank,
                hidden,
                att.q_bias,
                layers,
                "q_a",
                stack_name,
                "replicate",
            )
            c.norm(f"{p}.q_a_layernorm", component, Norm.RMS, mla.q_lora_rank, layers, stack_name)
            c.linear(
                f"{p}.q_b_proj",
                component,
                att.q_width,
                mla.q_lora_rank,
                False,
                layers,
                "q_b",
                stack_name,
                "column",
            )
        else:
            c.linear(f"{p}.q_proj", component, att.q_width, hidden, False, layers, "q", stack_name, "column")
        c.linear(
            f"{p}.kv_a_proj_with_mqa",
            component,
            mla.kv_lora_rank + mla.qk_rope_head_dim,
            hidden,
            att.k_bias,
            layers,
            "kv_a",
            stack_name,
            "replicate",
        )
        c.norm(f"{p}.kv_a_layernorm", component, Norm.RMS, mla.kv_lora_rank, layers, stack_name)
        c.linear(
            f"{p}.kv_b_proj",
            component,
            att.num_heads * (mla.qk_nope_head_dim + mla.v_head_dim),
            mla.kv_lora_rank,
            False,
            layers,
            "kv_b",
            stack_name,
            "column",
        )
    else:
        src = kv_in or hidden
        q_rows = att.q_width * (2 if att.gated_output and not cross else 1)
        if att.q_lora_rank and not cross:  # low-rank queries without MLA (DeepSeek-V4)
            r = att.q_lora_rank
            c.linear(f"{p}.q_a_proj", component, r, hidden, att.q_bias, layers, "q_a", stack_name, "replicate")
            c.norm(f"{p}.q_a_norm", component, Norm.RMS, r, layers, stack_name)
            c.linear(f"{p}.q_b_proj", component, q_rows, r, False, layers, "q_b", stack_name, "column")
        else:
            c.linear(f"{p}.q_proj", component, q_rows, hidden, att.q_bias, layers, m + "q", stack_name, "column")
        c.linear(f"{p}.k_proj", component, att.kv_width, src, att.k_bias, kl, m + "k", stack_name, "column")
        if not att.values_from_keys or cross:
            c.linear(f"{p}.v_proj", component, att.v_width, src, att.v_bias, kl, m + "v", stack_name, "column")
        if att.qk_norm == "head" and not cross:
            c.norm(f"{p}.q_norm", component, norm, att.head_dim, layers, stack_name)
            c.norm(f"{p}.k_norm", component, norm, att.head_dim, kl, stack_name)
        elif att.qk_norm == "full" and not cross:
            c.norm(f"{p}.q_norm", component, norm, att.q_width, layers, stack_name)
            c.norm(f"{p}.k_norm", component, norm, att.kv_width, layers, stack_name)
    if att.o_groups and att.o_lora_rank and not cross:  # grouped low-rank output (DeepSeek-V4)
        g, r = att.o_groups, att.o_lora_rank
        c.add(f"{p}.o_a_proj.weight", component, (g * r, att.o_width // g), layers, "linear", "o_a", stack_name,
              "row")  # fmt: skip
        c.linear(f"{p}.o_b_proj", component, hidden, g * r, att.o_bias, layers, "o_b", stack_name, "replicate")
    else:
        c.linear(f"{p}.o_proj", component, hidden, att.o_width, att.o_bias, layers, m + "o", stack_name, "row")
    if att.sinks and not cross:
        c.add(f"{p}.sinks", component, (att.num_heads,), layers, "other", "sinks", stack_name, "column")
    if att.compressed is not None and not cross:  # DeepseekV4Attention.kv_norm: RMSNorm(head_dim) on the shared kv head
        c.norm(f"{p}.kv_norm", component, Norm.RMS, att.head_dim, kl, stack_name)
    if att.indexer is not None and not cross:
        ix, q_in = att.indexer, (att.mla.q_lora_rank if att.mla and att.mla.q_lora_rank else hidden)
        c.linear(f"{p}.indexer.wq_b", component, ix.num_heads * ix.head_dim, q_in, False, layers, "ix", stack_name,
                 "replicate")  # fmt: skip
        c.linear(f"{p}.indexer.wk", component, ix.head_dim, hidden, False, layers, "ix", stack_name, "replicate")
        c.norm(f"{p}.indexer.k_norm", component, Norm.LAYER, ix.head_dim, layers, stack_name)
        c.linear(f"{p}.indexer.weights_proj", component, ix.num_heads, hidden, False, layers, "ix", stack_name,
                 "replicate")  # fmt: skip


def _compressed_attention(c: _Collector, st: StackSpec, name: str, cp: str) -> None:
    """The compressors of compressed-attention layers and the CSA layers' lightning indexer (transformers 5.25,
    modeling_deepseek_v4.py). d = attention.head_dim, r = the layer kind's rate, i / n = the indexer's head_dim / heads.
    DeepseekV4HCACompressor: kv_proj and gate_proj Linear(h, d), position_bias (r, d), kv_norm RMSNorm(d);
    DeepseekV4CSACompressor: the same at 2·d (overlapping windows; kv_norm stays d); DeepseekV4Indexer: kv_proj and
    gate_proj Linear(h, 2·i), position_bias (r, 2·i), kv_norm RMSNorm(i), q_b_proj Linear(q_lora_rank, n·i) and
    DeepseekV4IndexerScorer.weights_proj Linear(h, n). Kind "other": none is a quantized or LoRA-targeted linear."""
    att = st.attention
    spec, h, p = att.compressed, st.hidden_size, f"{name}.layers.*.self_attn.compressor"
    if spec is None:
        return
    d, ix, q = att.head_dim, spec.indexer, cp + "compressors"
    kinds: tuple[tuple[Mixer, int, int], ...] = (
        ("compressed_sparse", spec.sparse_rate, 2 * d),
        ("heavily_compressed", spec.heavy_rate, d),
    )
    for mixer, rate, width in kinds:
        n, comp = st.mixer_count(mixer), f"{p}[{mixer}]"
        for proj in ("kv_proj", "gate_proj"):
            c.add(f"{comp}.{proj}.weight", q, (width, h), n, "other", "compressor", name)
        c.add(f"{comp}.position_bias", q, (rate, width), n, "other", "compressor", name)
        c.norm(f"{comp}.kv_norm", q, Norm.RMS, d, n, name)
    n, comp, q = st.mixer_count("compressed_sparse"), f"{p}.indexer", cp + "indexer"
    for proj in ("kv_proj", "gate_proj"):
        c.add(f"{comp}.{proj}.weight", q, (2 * ix.head_dim, h), n, "other", "indexer", name)
    c.add(f"{comp}.position_bias", q, (spec.sparse_rate, 2 * ix.head_dim), n, "other", "indexer", name)
    c.norm(f"{comp}.kv_norm", q, Norm.RMS, ix.head_dim, n, name)
    c.add(f"{comp}.q_b_proj.weight", q, (ix.num_heads * ix.head_dim, att.q_lora_rank or h), n, "other", "indexer",
          name)  # fmt: skip
    c.add(f"{comp}.scorer.weights_proj.weight", q, (ix.num_heads, h), n, "other", "indexer", name)


def _hyper_connections(c: _Collector, st: StackSpec, name: str, cp: str) -> None:
    """Hyper-connections over m = streams residual streams (transformers 5.25, modeling_deepseek_v4.py): each layer's
    attn_hc and ffn_hc (DeepseekV4HyperConnection: fn ((2+m)·m, m·h), base ((2+m)·m), scale (3)) and the stack's
    hc_head before the final norm (DeepseekV4HyperHead: hc_fn (m, m·h), hc_base (m), hc_scale (1))."""
    hc = st.hyper_connections
    if hc is None:
        return
    m, h, n, comp = hc.streams, st.hidden_size, st.num_layers, cp + "hyper_connections"
    mix = (2 + m) * m
    for part in ("attn_hc", "ffn_hc"):
        c.add(f"{name}.layers.*.{part}.fn", comp, (mix, m * h), n, "other", "hc", name)
        c.add(f"{name}.layers.*.{part}.base", comp, (mix,), n, "other", "hc", name)
        c.add(f"{name}.layers.*.{part}.scale", comp, (3,), n, "other", "hc", name)
    c.add(f"{name}.hc_head.hc_fn", comp, (m, m * h), 1, "other", "hc", name)
    c.add(f"{name}.hc_head.hc_base", comp, (m,), 1, "other", "hc", name)
    c.add(f"{name}.hc_head.hc_scale", comp, (1,), 1, "other", "hc", name)


def _fixed_state_mixers(c: _Collector, st: StackSpec, name: str, cp: str) -> None:
    """Linear attention (Gated DeltaNet), Mamba-2 and short-convolution layers (formulas: core.architecture)."""
    h, p = st.hidden_size, f"{name}.layers.*"
    la, n = st.linear_attention, st.mixer_count("linear")
    if la is not None and n:
        comp = cp + "linear_attention"
        c.linear(f"{p}.linear_attn.in_proj_qkvz", comp, 2 * la.key_dim + 2 * la.value_dim, h, False, n, "qkvz", name,
                 "column")  # fmt: skip
        c.linear(f"{p}.linear_attn.in_proj_ba", comp, 2 * la.num_v_heads, h, False, n, "ba", name, "column")
        c.add(f"{p}.linear_attn.conv1d.weight", comp, (la.conv_dim, 1, la.conv_kernel), n, "conv", "conv", name)
        c.add(f"{p}.linear_attn.dt_bias", comp, (la.num_v_heads,), n, "other", "dt", name)
        c.add(f"{p}.linear_attn.A_log", comp, (la.num_v_heads,), n, "other", "a", name)
        c.norm(f"{p}.linear_attn.norm", comp, Norm.RMS, la.v_head_dim, n, name)
        c.linear(f"{p}.linear_attn.out_proj", comp, h, la.value_dim, False, n, "out", name, "row")
    mb, n = st.mamba, st.mixer_count("mamba2")
    if mb is not None and n:
        comp = cp + "mamba"
        i = mb.intermediate
        c.linear(f"{p}.mixer.in_proj", comp, 2 * i + 2 * mb.n_groups * mb.state_size + mb.num_heads, h, mb.bias, n,
                 "in_proj", name, "column")  # fmt: skip
        c.add(f"{p}.mixer.conv1d.weight", comp, (mb.conv_dim, 1, mb.conv_kernel), n, "conv", "conv", name)
        if mb.conv_bias:
            c.add(f"{p}.mixer.conv1d.bias", comp, (mb.conv_dim,), n, "bias", "conv", name)
        for t in ("dt_bias", "A_log", "D"):
            c.add(f"{p}.mixer.{t}", comp, (mb.num_heads,), n, "other", t, name)
        if mb.norm:
            c.norm(f"{p}.mixer.norm", comp, Norm.RMS, i, n, name)
        out_bias = mb.bias if mb.out_bias is None else mb.out_bias
        c.linear(f"{p}.mixer.out_proj", comp, h, i, out_bias, n, "out_proj", name, "row")
    sc, n = st.short_conv, st.mixer_count("conv")
    if sc is not None and n:
        comp = cp + "short_conv"
        c.linear(f"{p}.conv.in_proj", comp, 3 * h, h, sc.bias, n, "in_proj", name, "column")
        c.add(f"{p}.conv.conv.weight", comp, (h, 1, sc.kernel), n, "conv", "conv", name)
        if sc.bias:
            c.add(f"{p}.conv.conv.bias", comp, (h,), n, "bias", "conv", name)
        c.linear(f"{p}.conv.out_proj", comp, h, h, sc.bias, n, "out_proj", name, "row")


def _mlp(
    c: _Collector,
    prefix: str,
    stack_name: str,
    hidden: int,
    inter: int,
    gated: bool,
    bias: bool,
    count: int,
    component: str,
    kind: TensorKind = "linear",
    split_in: Split = "column",
    split_out: Split = "row",
) -> None:
    if gated:
        c.linear(f"{prefix}.gate_proj", component, inter, hidden, bias, count, "gate", stack_name, split_in, kind)
    c.linear(f"{prefix}.up_proj", component, inter, hidden, bias, count, "up", stack_name, split_in, kind)
    c.linear(f"{prefix}.down_proj", component, hidden, inter, bias, count, "down", stack_name, split_out, kind)


def _stack(c: _Collector, st: StackSpec, name: str, component_prefix: str = "") -> None:
    h, n = st.hidden_size, st.num_layers
    cp = component_prefix
    p = f"{name}.layers.*"
    full = st.mixer_count("full") if st.full_attention is not None else 0
    attn = st.attention_layer_count - full
    # KV-shared layers (Gemma 3n, Gemma 4) have no k/v projections: count them per kind of attention
    full_kv = st.kv_layer_count("full") if st.full_attention is not None else 0
    attn_kv = st.kv_layer_count(*ATTENTION_MIXERS) - full_kv
    _attention(c, p, name, st.attention, h, st.norm, attn, cp + "attention", kv_layers=attn_kv)
    if st.full_attention is not None:
        _attention(c, f"{p}[full]", name, st.full_attention, h, st.norm, full, cp + "attention", kv_layers=full_kv)
    _compressed_attention(c, st, name, cp)
    _fixed_state_mixers(c, st, name, cp)
    if st.cross_attention:
        _attention(
            c,
            p,
            name,
            st.attention,
            h,
            st.norm,
            n,
            cp + "cross_attention",
            kv_in=st.cross_attention_width or h,
            cross=True,
        )
    if st.relative_attention_buckets:
        c.add(
            f"{name}.layers.0.relative_attention_bias.weight",
            cp + "attention",
            (st.relative_attention_buckets, st.attention.num_heads),
            1,
            "position",
            "rel",
            name,
        )
    dense_layers = st.dense_mlp_layer_count
    _mlp(c, f"{p}.mlp", name, h, st.mlp.intermediate_size, st.mlp.gated, st.mlp.bias, dense_layers, cp + "mlp")
    if st.mlp.act_params:
        c.add(f"{p}.mlp.act_fn", cp + "mlp", (st.mlp.act_params,), dense_layers, "other", "act", name)
    if st.moe is not None and st.moe_layer_count:
        moe, k = st.moe, st.moe_layer_count
        c.linear(
            f"{p}.mlp.gate",
            cp + "router",
            moe.num_experts,
            h,
            moe.router_bias,
            k,
            "router",
            name,
            "replicate",
            "router",
        )
        if moe.router_scales:
            c.add(f"{p}.mlp.router.scale", cp + "router", (h,), k, "router", "router", name)
            c.add(f"{p}.mlp.router.per_expert_scale", cp + "router", (moe.num_experts,), k, "router", "router", name)
        if moe.latent_size:
            c.linear(f"{p}.mlp.fc1_latent_proj", cp + "experts", moe.latent_size, h, st.mlp.bias, k, "latent", name,
                     "replicate")  # fmt: skip
            c.linear(f"{p}.mlp.fc2_latent_proj", cp + "experts", h, moe.latent_size, st.mlp.bias, k, "latent", name,
                     "replicate")  # fmt: skip
        _mlp(
            c,
            f"{p}.mlp.experts",
            name,
            moe.latent_size or h,
            moe.expert_intermediate_size,
            st.mlp.gated,
            moe.expert_bias,
            k * moe.num_experts,
            cp + "experts",
            "expert",
            "expert",
            "expert",
        )
        if moe.shared_intermediate_size:
            _mlp(
                c,
                f"{p}.mlp.shared_expert",
                name,
                h,
                moe.shared_intermediate_size,
                st.mlp.gated,
                st.mlp.bias,
                k,
                cp + "shared_experts",
            )
        if moe.shared_expert_gate:
            c.linear(
                f"{p}.mlp.shared_expert_gate",
                cp + "shared_experts",
                1,
                h,
                False,
                k,
                "router",
                name,
                "replicate",
                "router",
            )
    _hyper_connections(c, st, name, cp)
    c.norm(f"{p}.norms", cp + "norms", st.norm, h, n * st.norms_per_layer, name)
    if st.final_norm:
        c.norm(f"{name}.norm", cp + "norms", st.norm, h, 1, name)


def _vision(c: _Collector, v: VisionSpec, lm_hidden: int | None) -> None:
    comp = "vision_tower"
    h = v.stack.hidden_size
    c.add(
        "visual.patch_embed.weight",
        comp,
        (h, v.in_channels, v.temporal_patch_size, v.patch_size, v.patch_size)
        if v.temporal_patch_size > 1
        else (h, v.in_channels, v.patch_size, v.patch_size),
        1,
        "conv",
        "patch",
        "vision",
    )
    if v.patch_bias:
        c.add("visual.patch_embed.bias", comp, (h,), 1, "bias", "patch", "vision")
    if v.class_token:
        c.add("visual.class_embedding", comp, (h,), 1, "other", "cls", "vision")
    if v.learned_positions:
        c.add(
            "visual.position_embedding",
            comp,
            (v.position_rows or v.patches_per_image + (1 if v.class_token else 0), h),
            1,
            "position",
            "pos",
            "vision",
        )
    if v.pre_norm:
        c.norm("visual.pre_layernorm", comp, v.stack.norm, h, 1, "vision")
    _stack(c, v.stack, "visual", component_prefix="vision_tower.")
    if v.pooler:
        c.linear("visual.pooler.dense", comp, h, h, True, 1, "pooler", "vision", "replicate")
    if v.num_classes:
        c.linear("visual.heads.head", comp, v.num_classes, h, True, 1, "head", "vision", "replicate")
    pj = v.projector
    if pj is not None:
        comp = "vision_tower.projector"
        if pj.kind == "patch-merger":
            wide = h * pj.merge_size**2
            if pj.norm is not None:
                c.norm("visual.merger.ln_q", comp, pj.norm, h, 1, "vision")
            c.linear("visual.merger.mlp.0", comp, wide, wide, pj.bias, 1, "proj", "vision", "replicate")
            c.linear("visual.merger.mlp.2", comp, pj.output_size, wide, pj.bias, 1, "proj", "vision", "replicate")
            if pj.deepstack:
                n = pj.deepstack
                c.norm("visual.deepstack.norm", comp, pj.norm or Norm.LAYER, wide, n, "vision")
                c.linear("visual.deepstack.fc1", comp, wide, wide, pj.bias, n, "proj", "vision", "replicate")
                c.linear("visual.deepstack.fc2", comp, pj.output_size, wide, pj.bias, n, "proj", "vision", "replicate")
        elif pj.kind == "layers":
            for i, layer in enumerate(pj.layers):
                name = f"multi_modal_projector.{layer.name or i}"
                if layer.op == "linear":
                    c.linear(name, comp, layer.out, layer.width, layer.bias, 1, "proj", "vision", "replicate")
                elif layer.op == "norm":
                    c.norm(name, comp, layer.norm, layer.width, 1, "vision")
                elif layer.op == "conv":
                    shape = (layer.out, layer.width, layer.kernel, layer.kernel)
                    c.add(f"{name}.weight", comp, shape, 1, "conv", "proj", "vision")
                    if layer.bias:
                        c.add(f"{name}.bias", comp, (layer.out,), 1, "bias", "proj", "vision")
                else:
                    c.add(name, comp, (layer.width,), 1, "other", "proj", "vision")
        elif pj.kind == "mlp":
            mid = pj.hidden_size or pj.output_size
            c.linear("multi_modal_projector.linear_1", comp, mid, h, pj.bias, 1, "proj", "vision", "replicate")
            c.linear(
                "multi_modal_projector.linear_2",
                comp,
                pj.output_size,
                mid,
                pj.bias,
                1,
                "proj",
                "vision",
                "replicate",
            )
        else:
            if pj.norm is not None:
                c.norm("multi_modal_projector.norm", comp, pj.norm, h, 1, "vision")
            c.linear(
                "multi_modal_projector.linear",
                comp,
                pj.output_size,
                h,
                pj.bias,
                1,
                "proj",
                "vision",
                "replicate",
            )
    del lm_hidden


def _transformer(c: _Collector, a: Architecture) -> None:
    text = a.decoder or a.encoder
    if a.vision is not None:
        _vision(c, a.vision, text.hidden_size if text else None)
    if text is None:
        return
    h = text.hidden_size
    emb_dim = a.embedding_projection or h
    if a.vocab_size:
        c.add(
            "embed_tokens.weight",
            "embeddings",
            (a.vocab_size, emb_dim),
            1,
            "embedding",
            "token_embd",
            "",
            "vocab",
        )
    if a.embedding_projection:
        c.add("project_in.weight", "embeddings", (h, emb_dim), 1, "linear", "proj_in")
        c.add("project_out.weight", "embeddings", (emb_dim, h), 1, "linear", "proj_out")
    if a.token_type_vocab:
        c.add("token_type_embeddings.weight", "embeddings", (a.token_type_vocab, h), 1, "position", "type")
    if a.audio is not None and a.encoder is not None:
        e = a.encoder.hidden_size
        c.add("encoder.conv1.weight", "encoder", (e, a.audio.num_mel_bins, 3), 1, "conv", "conv", "encoder")
        c.add("encoder.conv1.bias", "encoder", (e,), 1, "bias", "conv", "encoder")
        c.add("encoder.conv2.weight", "encoder", (e, e, 3), 1, "conv", "conv", "encoder")
        c.add("encoder.conv2.bias", "encoder", (e,), 1, "bias", "conv", "encoder")
    stacks: list[tuple[str, StackSpec, int]] = []
    if a.encoder is not None:
        stacks.append(("encoder", a.encoder, a.encoder_learned_position_rows))
    if a.decoder is not None:
        stacks.append(("decoder", a.decoder, a.learned_position_rows))
    two = len(stacks) == 2
    for name, st, pos_rows in stacks:
        prefix = f"{name}." if two else ""
        if pos_rows:
            c.add(
                f"{name}.embed_positions.weight",
                "encoder" if two and name == "encoder" else "embeddings",
                (pos_rows, st.hidden_size),
                1,
                "position",
                "pos",
                name,
            )
        if a.embedding_norm and (name == "decoder" or a.audio is None):
            c.norm(
                f"{name}.embedding_norm",
                "encoder" if two and name == "encoder" else "embeddings",
                st.norm,
                st.hidden_size,
                1,
                name,
            )
        _stack(c, st, name, component_prefix="encoder." if two and name == "encoder" else "")
        del prefix
    if a.pooler:
        c.linear("pooler.dense", "pooler", h, h, True, 1, "pooler", "", "replicate")
    if a.text_projection_dim:
        c.add("text_projection.weight", "projections", (a.text_projection_dim, h), 1, "linear", "proj")
    if a.lm_head and a.vocab_size and a.decoder is not None:
        if not a.tie_word_embeddings:
            c.add(
                "lm_head.weight",
                "lm_head",
                (a.vocab_size, a.decoder.hidden_size),
                1,
                "lm_head",
                "output",
                "",
                "vocab",
            )
        if a.lm_head_bias:
            c.add("lm_head.bias", "lm_head", (a.vocab_size,), 1, "bias", "output", "", "vocab")


def _ssm(c: _Collector, a: Architecture) -> None:
    s = a.ssm
    assert s is not None
    n, h, i, r, st = s.num_layers, s.hidden_size, s.intermediate_size, s.time_step_rank, s.state_size
    c.add("embeddings.weight", "embeddings", (a.vocab_size, h), 1, "embedding", "token_embd", "", "vocab")
    comp = "ssm"
    c.linear("layers.*.mixer.in_proj", comp, 2 * i, h, s.bias, n, "in_proj", "decoder", "column")
    c.add("layers.*.mixer.conv1d.weight", comp, (i, 1, s.conv_kernel), n, "conv", "conv", "decoder", "column")
    if s.conv_bias:
        c.add("layers.*.mixer.conv1d.bias", comp, (i,), n, "bias", "conv", "decoder", "column")
    c.linear("layers.*.mixer.x_proj", comp, r + 2 * st, i, False, n, "x_proj", "decoder", "row")
    c.linear("layers.*.mixer.dt_proj", comp, i, r, True, n, "dt_proj", "decoder", "column")
    c.add("layers.*.mixer.A_log", comp, (i, st), n, "other", "ssm_a", "decoder", "column")
    c.add("layers.*.mixer.D", comp, (i,), n, "other", "ssm_d", "decoder", "column")
    c.linear("layers.*.mixer.out_proj", comp, h, i, s.bias, n, "out_proj", "decoder", "row")
    c.norm("layers.*.norm", "norms", s.norm, h, n, "decoder")
    c.norm("norm_f", "norms", s.norm, h, 1, "decoder")
    if a.lm_head and not a.tie_word_embeddings:
        c.add("lm_head.weight", "lm_head", (a.vocab_size, h), 1, "lm_head", "output", "", "vocab")


def _cnn(c: _Collector, a: Architecture, image_size: int | None = None) -> None:
    spec = a.cnn
    assert spec is not None
    for s in propagate(spec, image_size or spec.image_size):
        if s.op == "conv":
            c.add(f"layers.{s.index}.weight", "conv", (s.weight_params,), 1, "conv", "conv")
            c.add(f"layers.{s.index}.bias", "conv", (s.bias_params,), 1, "bias", "conv")
        elif s.op == "bn":
            c.add(f"layers.{s.index}.weight", "batchnorm", (s.weight_params,), 1, "norm", "bn")
            c.add(f"layers.{s.index}.bias", "batchnorm", (s.bias_params,), 1, "norm", "bn")
        elif s.op == "linear":
            c.add(f"layers.{s.index}.weight", "classifier", (s.weight_params,), 1, "linear", "fc")
            c.add(f"layers.{s.index}.bias", "classifier", (s.bias_params,), 1, "bias", "fc")
        elif s.op == "layernorm":
            c.add(f"layers.{s.index}.weight", "layernorm", (s.weight_params,), 1, "norm", "ln")
            c.add(f"layers.{s.index}.bias", "layernorm", (s.bias_params,), 1, "norm", "ln")
        elif s.op == "scale":
            c.add(f"layers.{s.index}.layer_scale", "layer_scale", (s.weight_params,), 1, "other", "scale")
        elif s.op == "attention" and s.weight_params:
            c.add(f"layers.{s.index}.relative_position_bias_table", "attention", (s.weight_params,), 1, "other", "rpb")


def _towers(c: _Collector, arch: Architecture) -> None:
    """Encoder towers that are not a layer kind here (TowerSpec: Gemma 3n's timm vision tower and USM conformer),
    each one group of its counted size under "vision_tower" / "audio_tower" as transformers names the modules
    (model.vision_tower, model.audio_tower), its multimodal embedder (model.embed_vision, model.embed_audio) beside it
    in the same component, as a VLM's projector is."""
    for t in arch.towers:
        comp, embed = ("vision_tower", "embed_vision") if t.kind == "timm_vision" else ("audio_tower", "embed_audio")
        c.add(comp, comp, (t.params,), 1, "other")
        c.add(embed, f"{comp}.embedder", (t.embedder_params,), 1, "other")


def _audio_projector(arch: Architecture) -> int:
    """Voxtral's projector — linear_1 (audio intermediate_size → text hidden) and linear_2 (text hidden → text hidden),
    no bias — counted in the architecture's extra parameters: a Whisper encoder beside a decoder without
    cross-attention; 0 for anything else."""
    e, d = arch.encoder, arch.decoder
    if arch.audio is None or e is None or d is None or d.cross_attention or e.mlp is None:
        return 0
    n = e.mlp.intermediate_size * d.hidden_size + d.hidden_size * d.hidden_size
    return n if n <= arch.extra_params else 0


def count(arch: Architecture) -> ParamCount:
    """Every parameter tensor of `arch`, its total and a breakdown by component. Asked for on every breakdown: found
    by the architecture's identity (core.memo) before the lru_cache's hash of it."""
    return by_identity(arch, "params", lambda: _count(arch))


@lru_cache(maxsize=256)
def _count(arch: Architecture) -> ParamCount:
    c = _Collector()
    if arch.cnn is not None:
        _cnn(c, arch)
    elif arch.ssm is not None:
        _ssm(c, arch)
    else:
        _transformer(c, arch)
    _towers(c, arch)
    extra = arch.extra_params
    projector = _audio_projector(arch)
    if projector:  # Voxtral's VoxtralMultiModalProjector, within extra_params (core/importers/hf_audio.py)
        c.add("multi_modal_projector", "other.audio_projector", (projector,), 1, "other")
        extra -= projector
    if extra:
        c.add("extra", "other", (extra,), 1, "other")
    by: dict[str, int] = {}
    for g in c.groups:
        top = g.component.split(".")[0]
        by[top] = by.get(top, 0) + g.numel
    return ParamCount(total=sum(by.values()), by_component=by, groups=tuple(c.groups))


def mtp_block(st: StackSpec, mtp: MtpSpec) -> StackSpec:
    """The decoder blocks of the MTP layers: full attention and the model's own feed-forward kind (experts where the
    model has any), as many as the MTP layers, without the stack's final norm."""
    moe = st.moe is not None and st.moe_layer_count > 0
    n = mtp.num_layers
    return st.model_copy(
        update={
            "num_layers": n,
            "mixers": ("full",) * n,
            "ffns": ("moe" if moe else "dense",) * n,
            "moe": st.moe.model_copy(update={"dense_layers": ()}) if st.moe is not None else None,
            "kv_shared_layers": 0,
            "parallel_mamba": False,
            "final_norm": False,
        }
    )


@lru_cache(maxsize=64)
def mtp_count(arch: Architecture) -> ParamCount | None:
    """The multi-token-prediction layers' own parameters (beside the total, never in it), or None when the model has
    none or their structure is not known. The vocab × hidden copies some checkpoints store again in each MTP layer
    (`MtpSpec.checkpoint_copies`) are not in it: runtimes share the model's (see `mtp_checkpoint_copies`)."""
    mtp, st = arch.mtp, arch.decoder
    if mtp is None or st is None or mtp.kind == "unknown":
        return None
    c = _Collector()
    h, n = st.hidden_size, mtp.num_layers
    heads = n if mtp.kind == "deepseek" else 1  # the projection and its norms: per MTP layer, or once
    c.add("mtp.eh_proj.weight", "mtp", (h, 2 * h), heads, "linear", "eh_proj", "mtp")
    c.norm("mtp.enorm+hnorm+shared_head.norm", "mtp", st.norm, h, 3 * heads, "mtp")
    _stack(c, mtp_block(st, mtp), "mtp", component_prefix="mtp.")
    by: dict[str, int] = {}
    for g in c.groups:
        key = g.component.split(".", 1)[-1] if "." in g.component else "projection"
        by[key] = by.get(key, 0) + g.numel
    return ParamCount(total=sum(g.numel for g in c.groups), by_component=by, groups=tuple(c.groups))


def mtp_checkpoint_copies(arch: Architecture) -> int:
    """Parameters of the embedding / output-head copies the checkpoint stores in its MTP layers (0 if none)."""
    mtp = arch.mtp
    if mtp is None or arch.decoder is None:
        return 0
    return mtp.checkpoint_copies * mtp.num_layers * arch.vocab_size * arch.decoder.hidden_size
