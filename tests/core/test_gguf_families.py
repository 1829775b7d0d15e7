"""GGUF files of the current llama.cpp architectures: each written here with gguf.GGUFWriter in the key and tensor
layout llama.cpp's converter gives that architecture, from the same tiny numbers as a copy of the family's real
config.json scaled down to them. The count the engine reads from the GGUF must equal the count it reads from that
config.json (the config path is held to transformers' own counts by test_params_oracle.py / test_family_table.py),
and the file's values must add up to it (no mismatch), with multi-token-prediction layers and buffers beside it.

Layouts: tensor names from gguf-py/gguf/constants.py (MODEL_TENSORS of each MODEL_ARCH, TENSOR_NAMES; the installed
gguf 0.19.0), shapes and metadata keys from llama.cpp's converters (github.com/ggml-org/llama.cpp, conversion/):
gpt_oss.py (GptOssModel: sinks `.weight`, gate_up split into ffn_gate_exps / ffn_up_exps with their biases),
qwen.py (Qwen3NextModel: in_proj_qkvz split into attn_qkv + attn_gate, in_proj_ba → ssm_ba, conv1d squeezed,
dt_bias → ssm_dt.bias, A_log → ssm_a; q_proj with its output gate kept whole as attn_q; ssm.* keys from linear_*),
nemotron.py (NemotronHModel: A_log and D as (heads, 1), mixer.norm as (groups, inner/groups), conv1d squeezed,
per-layer feed_forward_length). The LFM2 (shortconv.conv as (h, L), token_embd_norm), GLM-4.5 (nextn.* tensors,
exp_probs_b), DeepSeek-V2/V3 (attn_k_b / attn_v_b, key_length_mla / value_length_mla), Llama 4 and MiniMax-M2
layouts follow the tensor names of constants.py only: their converters were not read, so their shapes are the
transformers tensors' shapes under those names, not checked against a file llama.cpp wrote.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from core import cli, params
from core.importers import gguf_file, hf_config
from tests.conftest import DATA

H, HEADS, KV, HD, VOCAB = 64, 4, 2, 16, 96


def real_config(folder: str, **tiny: Any) -> dict[str, Any]:
    """The family's real config.json (tests/data/param_oracle/configs) with its sizes replaced by `tiny`."""
    c = json.loads((DATA / "param_oracle" / "configs" / folder / "config.json").read_text())
    c = copy.deepcopy(c)
    c.pop("quantization_config", None)
    c.update(tiny)
    return c


class Writer:
    """gguf.GGUFWriter with zero tensors given in PyTorch order (GGUF stores the dims reversed); sums their
    values as the file's own count."""

    def __init__(self, path: Path, arch: str) -> None:
        self.w = gguf.GGUFWriter(path, arch)
        self.path, self.arch = path, arch
        self.values: dict[str, int] = {}

    def key(self, name: str, value: int | list[int]) -> None:
        full = f"{self.arch}.{name}"
        if isinstance(value, list):
            self.w.add_array(full, value)
        else:
            self.w.add_uint32(full, value)

    def t(self, name: str, *shape: int) -> None:
        self.w.add_tensor(name, np.zeros(shape, dtype=np.float32))
        self.values[name] = int(np.prod(shape))

    def common(self, layers: int, *, tied: bool = False, final_norm: str = "output_norm.weight") -> None:
        self.key("block_count", layers)
        self.key("context_length", 4096)
        self.key("embedding_length", H)
        self.w.add_name(f"tiny-{self.arch}")
        self.w.add_file_type(int(gguf.LlamaFileType.ALL_F32))
        self.t("token_embd.weight", VOCAB, H)
        self.t(final_norm, H)
        if not tied:
            self.t("output.weight", VOCAB, H)

    def attention(self, i: int, *, q_rows: int = HEADS * HD, bias: bool = False, o_bias: bool = False) -> None:
        self.t(f"blk.{i}.attn_q.weight", q_rows, H)
        self.t(f"blk.{i}.attn_k.weight", KV * HD, H)
        self.t(f"blk.{i}.attn_v.weight", KV * HD, H)
        self.t(f"blk.{i}.attn_output.weight", H, HEADS * HD)
        if bias:
            self.t(f"blk.{i}.attn_q.bias", q_rows)
            self.t(f"blk.{i}.attn_k.bias", KV * HD)
            self.t(f"blk.{i}.attn_v.bias", KV * HD)
        if o_bias:
            self.t(f"blk.{i}.attn_output.bias", H)

    def mlp(self, i: int, ff: int, *, gated: bool = True, suffix: str = "") -> None:
        if gated:
            self.t(f"blk.{i}.ffn_gate{suffix}.weight", ff, H)
        self.t(f"blk.{i}.ffn_up{suffix}.weight", ff, H)
        self.t(f"blk.{i}.ffn_down{suffix}.weight", H, ff)

    def experts(self, i: int, n: int, ff: int, *, bias: bool = False) -> None:
        self.t(f"blk.{i}.ffn_gate_inp.weight", n, H)
        for part, shape in (("gate", (n, ff, H)), ("up", (n, ff, H)), ("down", (n, H, ff))):
            self.t(f"blk.{i}.ffn_{part}_exps.weight", *shape)
            if bias:
                self.t(f"blk.{i}.ffn_{part}_exps.bias", n, shape[1])

    def mamba2(self, i: int, *, inner: int, groups: int, state: int, kernel: int, heads: int) -> None:
        """A Mamba-2 mixer (llama.cpp's ssm_* tensors): in-projection, depthwise conv, dt bias, A, D, grouped norm."""
        conv = inner + 2 * groups * state
        self.t(f"blk.{i}.ssm_in.weight", 2 * inner + 2 * groups * state + heads, H)
        self.t(f"blk.{i}.ssm_conv1d.weight", conv, kernel)
        self.t(f"blk.{i}.ssm_conv1d.bias", conv)
        self.t(f"blk.{i}.ssm_dt.bias", heads)
        self.t(f"blk.{i}.ssm_a", heads, 1)
        self.t(f"blk.{i}.ssm_d", heads, 1)
        self.t(f"blk.{i}.ssm_norm.weight", groups, inner // groups)
        self.t(f"blk.{i}.ssm_out.weight", H, inner)

    def mla(self, i: int, *, q_rank: int, kv_rank: int, nope: int, rope: int, v: int) -> None:
        """DeepSeek's multi-head latent attention with its two norms (llama.cpp's deepseek2 tensors)."""
        self.t(f"blk.{i}.attn_norm.weight", H)
        self.t(f"blk.{i}.ffn_norm.weight", H)
        self.t(f"blk.{i}.attn_q_a.weight", q_rank, H)
        self.t(f"blk.{i}.attn_q_a_norm.weight", q_rank)
        self.t(f"blk.{i}.attn_q_b.weight", HEADS * (nope + rope), q_rank)
        self.t(f"blk.{i}.attn_kv_a_mqa.weight", kv_rank + rope, H)
        self.t(f"blk.{i}.attn_kv_a_norm.weight", kv_rank)
        self.t(f"blk.{i}.attn_k_b.weight", HEADS, kv_rank, nope)
        self.t(f"blk.{i}.attn_v_b.weight", HEADS, v, kv_rank)
        self.t(f"blk.{i}.attn_output.weight", H, HEADS * v)

    def deepseek_ffn(self, i: int, *, ff: int, n: int, e_ff: int) -> None:
        """The first block's dense MLP; the others' routed experts with the router's bias and one shared expert."""
        if i == 0:
            self.mlp(i, ff)
        else:
            self.experts(i, n, e_ff)
            self.t(f"blk.{i}.exp_probs_b.bias", n)
            self.mlp(i, e_ff, suffix="_shexp")

    def write(self) -> Path:
        self.w.write_header_to_file()
        self.w.write_kv_data_to_file()
        self.w.write_tensors_to_file()
        self.w.close()
        return self.path


def gpt_oss(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, n_exp, ff = 2, 4, 32
    cfg = real_config(
        "openai__gpt-oss-20b", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, num_local_experts=n_exp, experts_per_token=2,
        num_experts_per_tok=2, vocab_size=VOCAB, layer_types=["sliding_attention", "full_attention"],
    )  # fmt: skip
    w = Writer(path, "gpt-oss")
    w.common(layers)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("feed_forward_length", ff), ("expert_count", n_exp),
                 ("expert_used_count", 2), ("expert_feed_forward_length", ff),
                 ("attention.sliding_window", 128)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.post_attention_norm.weight", H)
        w.attention(i, bias=True, o_bias=True)
        w.t(f"blk.{i}.attn_sinks.weight", HEADS)
        w.t(f"blk.{i}.ffn_gate_inp.bias", n_exp)
        w.experts(i, n_exp, ff, bias=True)
    return w, cfg


def qwen3next(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, n_exp, e_ff, k_heads, v_heads, k_dim, v_dim, kernel = 4, 4, 16, 2, 4, 8, 8, 4
    cfg = real_config(
        "Qwen__Qwen3-Next-80B-A3B-Thinking", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=48, moe_intermediate_size=e_ff,
        shared_expert_intermediate_size=e_ff, num_experts=n_exp, num_experts_per_tok=2, linear_key_head_dim=k_dim,
        linear_num_key_heads=k_heads, linear_num_value_heads=v_heads, linear_value_head_dim=v_dim,
        linear_conv_kernel_dim=kernel, vocab_size=VOCAB, full_attention_interval=4,
    )  # fmt: skip
    w = Writer(path, "qwen3next")
    w.common(layers)
    key_dim, value_dim = k_heads * k_dim, v_heads * v_dim
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("feed_forward_length", 48), ("expert_count", n_exp),
                 ("expert_used_count", 2), ("expert_feed_forward_length", e_ff),
                 ("expert_shared_feed_forward_length", e_ff), ("ssm.conv_kernel", kernel), ("ssm.state_size", k_dim),
                 ("ssm.group_count", k_heads), ("ssm.time_step_rank", v_heads), ("ssm.inner_size", value_dim),
                 ("full_attention_interval", 4)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.post_attention_norm.weight", H)
        if (i + 1) % 4:  # Gated DeltaNet
            w.t(f"blk.{i}.attn_qkv.weight", 2 * key_dim + value_dim, H)
            w.t(f"blk.{i}.attn_gate.weight", value_dim, H)
            w.t(f"blk.{i}.ssm_ba.weight", 2 * v_heads, H)
            w.t(f"blk.{i}.ssm_conv1d.weight", 2 * key_dim + value_dim, kernel)
            w.t(f"blk.{i}.ssm_dt.bias", v_heads)
            w.t(f"blk.{i}.ssm_a", v_heads)
            w.t(f"blk.{i}.ssm_norm.weight", v_dim)
            w.t(f"blk.{i}.ssm_out.weight", H, value_dim)
        else:  # gated full attention: q_proj yields the output gate too
            w.attention(i, q_rows=2 * HEADS * HD)
            w.t(f"blk.{i}.attn_q_norm.weight", HD)
            w.t(f"blk.{i}.attn_k_norm.weight", HD)
        w.experts(i, n_exp, e_ff)
        w.t(f"blk.{i}.ffn_gate_inp_shexp.weight", 1, H)
        w.mlp(i, e_ff, suffix="_shexp")
    return w, cfg


def nemotron_h(path: Path) -> tuple[Writer, dict[str, Any]]:
    pattern, ff, m_heads, m_dim, groups, state, kernel = "M-*-", 96, 4, 8, 2, 8, 4
    inner = m_heads * m_dim
    cfg = real_config(
        "nvidia__Nemotron-H-56B-Base-8K", hidden_size=H, num_hidden_layers=len(pattern),
        hybrid_override_pattern=pattern, num_attention_heads=HEADS, num_key_value_heads=KV, attention_head_dim=HD,
        intermediate_size=ff, mamba_num_heads=m_heads, mamba_head_dim=m_dim, n_groups=groups, ssm_state_size=state,
        conv_kernel=kernel, vocab_size=VOCAB,
    )  # fmt: skip
    w = Writer(path, "nemotron_h")
    w.common(len(pattern))
    w.key("attention.head_count", HEADS)
    w.key("attention.head_count_kv", [KV if c == "*" else 0 for c in pattern])
    w.key("feed_forward_length", [ff if c == "-" else 0 for c in pattern])
    for k, v in (("attention.key_length", HD), ("attention.value_length", HD), ("ssm.conv_kernel", kernel),
                 ("ssm.state_size", state), ("ssm.group_count", groups), ("ssm.inner_size", inner),
                 ("ssm.time_step_rank", m_heads)):  # fmt: skip
        w.key(k, v)
    for i, c in enumerate(pattern):
        w.t(f"blk.{i}.attn_norm.weight", H)
        if c == "M":
            w.mamba2(i, inner=inner, groups=groups, state=state, kernel=kernel, heads=m_heads)
        elif c == "*":
            w.attention(i)
        else:
            w.mlp(i, ff, gated=False)
    return w, cfg


def lfm2(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, full, kernel = 4, (1, 3), 3
    # LFM2's MLP width as transformers derives it: ⌊2/3 · 96⌋ = 64, × 1.0, rounded up to a multiple of 32 = 64
    ff = 64
    cfg = real_config(
        "LiquidAI__LFM2-1.2B", hidden_size=H, block_dim=H, conv_dim=H, conv_dim_out=H, num_hidden_layers=layers,
        full_attn_idxs=list(full), num_attention_heads=HEADS, num_heads=HEADS, num_key_value_heads=KV,
        block_ff_dim=96, block_multiple_of=32, conv_L_cache=kernel, vocab_size=VOCAB,
    )  # fmt: skip
    w = Writer(path, "lfm2")
    w.common(layers, tied=True, final_norm="token_embd_norm.weight")
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", [KV if i in full else 0 for i in
                 range(layers)]), ("feed_forward_length", ff), ("shortconv.l_cache", kernel)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        if i in full:
            w.attention(i)
            w.t(f"blk.{i}.attn_q_norm.weight", HD)
            w.t(f"blk.{i}.attn_k_norm.weight", HD)
        else:
            w.t(f"blk.{i}.shortconv.in_proj.weight", 3 * H, H)
            w.t(f"blk.{i}.shortconv.conv.weight", H, kernel)
            w.t(f"blk.{i}.shortconv.out_proj.weight", H, H)
        w.mlp(i, ff)
    return w, cfg


def glm4moe(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, nextn, ff, n_exp, e_ff = 2, 1, 96, 4, 16
    cfg = real_config(
        "zai-org__GLM-4.5-Air", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, moe_intermediate_size=e_ff, n_routed_experts=n_exp,
        num_experts_per_tok=2, vocab_size=VOCAB, first_k_dense_replace=1, num_nextn_predict_layers=nextn,
    )  # fmt: skip
    w = Writer(path, "glm4moe")
    w.common(layers + nextn)
    for k, v in (("nextn_predict_layers", nextn), ("leading_dense_block_count", 1), ("attention.head_count", HEADS),
                 ("attention.head_count_kv", KV), ("attention.key_length", HD), ("attention.value_length", HD),
                 ("feed_forward_length", ff), ("expert_count", n_exp), ("expert_used_count", 2),
                 ("expert_shared_count", 1), ("expert_feed_forward_length", e_ff)):  # fmt: skip
        w.key(k, v)
    for i in range(layers + nextn):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.post_attention_norm.weight", H)
        w.attention(i, bias=True)
        w.deepseek_ffn(i, ff=ff, n=n_exp, e_ff=e_ff)
        if i >= layers:  # the MTP block: its own input fusion and head norm
            w.t(f"blk.{i}.nextn.eh_proj.weight", H, 2 * H)
            w.t(f"blk.{i}.nextn.enorm.weight", H)
            w.t(f"blk.{i}.nextn.hnorm.weight", H)
            w.t(f"blk.{i}.nextn.shared_head_norm.weight", H)
    return w, cfg


def deepseek2(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff, n_exp, e_ff, q_rank, kv_rank, nope, rope, v = 2, 96, 4, 16, 24, 16, 8, 4, 8
    cfg = real_config(
        "deepseek-ai__DeepSeek-V3.1", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=HEADS, intermediate_size=ff, moe_intermediate_size=e_ff, n_routed_experts=n_exp,
        num_experts_per_tok=2, n_group=1, topk_group=1, vocab_size=VOCAB, first_k_dense_replace=1,
        q_lora_rank=q_rank, kv_lora_rank=kv_rank, qk_nope_head_dim=nope, qk_rope_head_dim=rope, v_head_dim=v,
    )  # fmt: skip
    w = Writer(path, "deepseek2")
    w.common(layers)
    for k, val in (("leading_dense_block_count", 1), ("attention.head_count", HEADS), ("attention.head_count_kv", 1),
                   ("attention.q_lora_rank", q_rank), ("attention.kv_lora_rank", kv_rank),
                   ("attention.key_length", kv_rank + rope), ("attention.value_length", kv_rank),
                   ("attention.key_length_mla", nope + rope), ("attention.value_length_mla", v),
                   ("rope.dimension_count", rope), ("feed_forward_length", ff), ("expert_count", n_exp),
                   ("expert_used_count", 2), ("expert_shared_count", 1),
                   ("expert_feed_forward_length", e_ff)):  # fmt: skip
        w.key(k, val)
    for i in range(layers):
        w.mla(i, q_rank=q_rank, kv_rank=kv_rank, nope=nope, rope=rope, v=v)
        w.deepseek_ffn(i, ff=ff, n=n_exp, e_ff=e_ff)
    return w, cfg


def text_config(folder: str, **tiny: Any) -> dict[str, Any]:
    """The text model of a multimodal config (llama.cpp converts the vision tower to a separate mmproj file)."""
    c = json.loads((DATA / "param_oracle" / "configs" / folder / "config.json").read_text())
    text = copy.deepcopy(c["text_config"])
    text.pop("quantization_config", None)
    if "tie_word_embeddings" in c:
        text["tie_word_embeddings"] = c["tie_word_embeddings"]
    text.update(tiny)
    return dict(text)


def gated_deltanet(w: Writer, i: int, k_heads: int, v_heads: int, k_dim: int, v_dim: int, kernel: int) -> None:
    """A Qwen3.5 linear-attention layer as conversion/qwen.py writes it: in_proj_qkv → attn_qkv, in_proj_z →
    attn_gate, in_proj_b → ssm_beta, in_proj_a → ssm_alpha, conv1d squeezed, dt_bias → ssm_dt.bias."""
    key_dim, value_dim = k_heads * k_dim, v_heads * v_dim
    w.t(f"blk.{i}.attn_qkv.weight", 2 * key_dim + value_dim, H)
    w.t(f"blk.{i}.attn_gate.weight", value_dim, H)
    w.t(f"blk.{i}.ssm_beta.weight", v_heads, H)
    w.t(f"blk.{i}.ssm_alpha.weight", v_heads, H)
    w.t(f"blk.{i}.ssm_conv1d.weight", 2 * key_dim + value_dim, kernel)
    w.t(f"blk.{i}.ssm_dt.bias", v_heads)
    w.t(f"blk.{i}.ssm_a", v_heads)
    w.t(f"blk.{i}.ssm_norm.weight", v_dim)
    w.t(f"blk.{i}.ssm_out.weight", H, value_dim)


def qwen35(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff, k_heads, v_heads, k_dim, v_dim, kernel = 4, 96, 2, 4, 8, 8, 4
    cfg = text_config(
        "Qwen__Qwen3.5-27B", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, linear_key_head_dim=k_dim,
        linear_num_key_heads=k_heads, linear_num_value_heads=v_heads, linear_value_head_dim=v_dim,
        linear_conv_kernel_dim=kernel, vocab_size=VOCAB, full_attention_interval=4,
        layer_types=["linear_attention"] * 3 + ["full_attention"],
    )  # fmt: skip
    w = Writer(path, "qwen35")
    w.common(layers + 1)  # _Qwen35MtpMixin: block_count + mtp_num_hidden_layers
    for k, v in (("nextn_predict_layers", 1), ("attention.head_count", HEADS), ("attention.head_count_kv", KV),
                 ("attention.key_length", HD), ("attention.value_length", HD), ("feed_forward_length", ff),
                 ("ssm.conv_kernel", kernel), ("ssm.state_size", k_dim), ("ssm.group_count", k_heads),
                 ("ssm.time_step_rank", v_heads), ("ssm.inner_size", v_heads * v_dim),
                 ("full_attention_interval", 4)):  # fmt: skip
        w.key(k, v)
    for i in range(layers + 1):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.post_attention_norm.weight", H)
        if (i + 1) % 4 and i < layers:
            gated_deltanet(w, i, k_heads, v_heads, k_dim, v_dim, kernel)
        else:  # full attention, and the MTP block (a full-attention layer)
            w.attention(i, q_rows=2 * HEADS * HD)
            w.t(f"blk.{i}.attn_q_norm.weight", HD)
            w.t(f"blk.{i}.attn_k_norm.weight", HD)
        w.mlp(i, ff)
    for part, shape in (("eh_proj.weight", (H, 2 * H)), ("enorm.weight", (H,)), ("hnorm.weight", (H,)),
                        ("shared_head_norm.weight", (H,))):  # fmt: skip
        w.t(f"blk.{layers}.nextn.{part}", *shape)
    return w, cfg


def minimax_m2(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, n_exp, ff = 2, 4, 32
    cfg = real_config(
        "MiniMaxAI__MiniMax-M2.5", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, num_local_experts=n_exp, num_experts_per_tok=2,
        vocab_size=VOCAB,
    )  # fmt: skip
    w = Writer(path, "minimax-m2")
    w.common(layers)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("expert_count", n_exp), ("expert_used_count", 2),
                 ("expert_feed_forward_length", ff)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        w.attention(i)
        w.t(f"blk.{i}.attn_q_norm.weight", HEADS * HD)  # qk_norm_type per_layer: over all heads
        w.t(f"blk.{i}.attn_k_norm.weight", KV * HD)
        w.experts(i, n_exp, ff)
        w.t(f"blk.{i}.exp_probs_b.bias", n_exp)
    return w, cfg


def llama4(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff_mlp, ff, n_exp = 2, 96, 32, 4
    cfg = text_config(
        "meta-llama__Llama-4-Scout-17B-16E-Instruct", hidden_size=H, num_hidden_layers=layers,
        num_attention_heads=HEADS, num_key_value_heads=KV, head_dim=HD, intermediate_size=ff,
        intermediate_size_mlp=ff_mlp, num_local_experts=n_exp, interleave_moe_layer_step=2, vocab_size=VOCAB,
    )  # fmt: skip
    w = Writer(path, "llama4")
    w.common(layers)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("feed_forward_length", ff_mlp), ("expert_count", n_exp),
                 ("expert_used_count", 1), ("expert_feed_forward_length", ff),
                 ("interleave_moe_layer_step", 2)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        w.attention(i)
        if i % 2 == 0:
            w.mlp(i, ff_mlp)
        else:
            w.experts(i, n_exp, ff)
            w.mlp(i, ff, suffix="_shexp")
    return w, cfg


def smollm3(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff = 2, 96
    cfg = real_config(
        "HuggingFaceTB__SmolLM3-3B", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, intermediate_size=ff, vocab_size=VOCAB, no_rope_layers=[1, 1],
        layer_types=["full_attention"] * layers,
    )  # fmt: skip
    w = Writer(path, "smollm3")
    w.common(layers, tied=True)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("feed_forward_length", ff)):
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        w.attention(i)
        w.mlp(i, ff)
    return w, cfg


def gemma3(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff = 6, 96
    cfg = text_config(
        "mlx-community__gemma-3-4b-it-bf16", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, vocab_size=VOCAB, sliding_window=512,
        layer_types=["sliding_attention"] * 5 + ["full_attention"],
    )  # fmt: skip
    w = Writer(path, "gemma3")
    w.common(layers, tied=True)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("feed_forward_length", ff),
                 ("attention.sliding_window", 512)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        for norm in ("attn_norm", "post_attention_norm", "ffn_norm", "post_ffw_norm"):
            w.t(f"blk.{i}.{norm}.weight", H)
        w.attention(i)
        w.t(f"blk.{i}.attn_q_norm.weight", HD)
        w.t(f"blk.{i}.attn_k_norm.weight", HD)
        w.mlp(i, ff)
    return w, cfg


def nemotron_h_moe(path: Path) -> tuple[Writer, dict[str, Any]]:
    """Nemotron 3 Super's latent MoE: experts in a 32-wide latent between ffn_latent_down / ffn_latent_up."""
    pattern, m_heads, m_dim, groups, state, kernel, n_exp, e_ff, latent, shared = "ME*E", 4, 8, 2, 8, 4, 4, 16, 32, 48
    inner = m_heads * m_dim
    cfg = real_config(
        "nvidia__NVIDIA-Nemotron-3-Super-120B-A12B-FP8", hidden_size=H, num_hidden_layers=len(pattern),
        hybrid_override_pattern=pattern, num_attention_heads=HEADS, num_key_value_heads=KV, head_dim=HD,
        intermediate_size=e_ff, moe_intermediate_size=e_ff, moe_latent_size=latent,
        moe_shared_expert_intermediate_size=shared, n_routed_experts=n_exp, num_experts_per_tok=2,
        mamba_num_heads=m_heads, mamba_head_dim=m_dim, n_groups=groups, ssm_state_size=state, conv_kernel=kernel,
        vocab_size=VOCAB, num_nextn_predict_layers=0,
    )  # fmt: skip
    w = Writer(path, "nemotron_h_moe")
    w.common(len(pattern))
    w.key("attention.head_count", HEADS)
    w.key("attention.head_count_kv", [KV if c == "*" else 0 for c in pattern])
    w.key("feed_forward_length", [e_ff if c == "E" else 0 for c in pattern])
    for k, v in (("attention.key_length", HD), ("attention.value_length", HD), ("ssm.conv_kernel", kernel),
                 ("ssm.state_size", state), ("ssm.group_count", groups), ("ssm.inner_size", inner),
                 ("ssm.time_step_rank", m_heads), ("expert_count", n_exp), ("expert_used_count", 2),
                 ("expert_feed_forward_length", e_ff), ("expert_shared_feed_forward_length", shared),
                 ("expert_shared_count", 1), ("moe_latent_size", latent)):  # fmt: skip
        w.key(k, v)
    for i, c in enumerate(pattern):
        w.t(f"blk.{i}.attn_norm.weight", H)
        if c == "M":
            w.mamba2(i, inner=inner, groups=groups, state=state, kernel=kernel, heads=m_heads)
        elif c == "*":
            w.attention(i)
        else:
            w.t(f"blk.{i}.ffn_gate_inp.weight", n_exp, H)
            w.t(f"blk.{i}.exp_probs_b.bias", n_exp)
            w.t(f"blk.{i}.ffn_latent_down.weight", latent, H)
            w.t(f"blk.{i}.ffn_latent_up.weight", H, latent)
            w.t(f"blk.{i}.ffn_up_exps.weight", n_exp, e_ff, latent)
            w.t(f"blk.{i}.ffn_down_exps.weight", n_exp, latent, e_ff)
            w.t(f"blk.{i}.ffn_up_shexp.weight", shared, H)
            w.t(f"blk.{i}.ffn_down_shexp.weight", H, shared)
    return w, cfg


def glm_dsa(path: Path) -> tuple[Writer, dict[str, Any]]:
    """GLM-5: DeepSeek-style MLA with the sparse-attention indexer (indexer.attn_q_b reads the q latent,
    indexer.attn_k and indexer.proj the hidden state, indexer.k_norm a LayerNorm), experts and an MTP block."""
    layers, ff, n_exp, e_ff, q_rank, kv_rank, nope, rope, v, ix_heads, ix_dim = 2, 96, 4, 16, 24, 16, 8, 4, 8, 2, 16
    cfg = real_config(
        "zai-org__GLM-5", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=HEADS, head_dim=rope, qk_head_dim=nope + rope, intermediate_size=ff,
        moe_intermediate_size=e_ff, n_routed_experts=n_exp, num_experts_per_tok=2, vocab_size=VOCAB,
        first_k_dense_replace=1, q_lora_rank=q_rank, kv_lora_rank=kv_rank, qk_nope_head_dim=nope,
        qk_rope_head_dim=rope, v_head_dim=v, index_n_heads=ix_heads, index_head_dim=ix_dim, index_topk=8,
    )  # fmt: skip
    w = Writer(path, "glm-dsa")
    w.common(layers + 1)
    for k, val in (("nextn_predict_layers", 1), ("leading_dense_block_count", 1), ("attention.head_count", HEADS),
                   ("attention.head_count_kv", 1), ("attention.q_lora_rank", q_rank),
                   ("attention.kv_lora_rank", kv_rank), ("attention.key_length", kv_rank + rope),
                   ("attention.value_length", kv_rank), ("attention.key_length_mla", nope + rope),
                   ("attention.value_length_mla", v), ("rope.dimension_count", rope), ("feed_forward_length", ff),
                   ("expert_count", n_exp), ("expert_used_count", 2), ("expert_shared_count", 1),
                   ("expert_feed_forward_length", e_ff), ("attention.indexer.head_count", ix_heads),
                   ("attention.indexer.key_length", ix_dim), ("attention.indexer.top_k", 8)):  # fmt: skip
        w.key(k, val)
    for i in range(layers + 1):
        w.mla(i, q_rank=q_rank, kv_rank=kv_rank, nope=nope, rope=rope, v=v)
        w.t(f"blk.{i}.indexer.attn_q_b.weight", ix_heads * ix_dim, q_rank)
        w.t(f"blk.{i}.indexer.attn_k.weight", ix_dim, H)
        w.t(f"blk.{i}.indexer.k_norm.weight", ix_dim)
        w.t(f"blk.{i}.indexer.k_norm.bias", ix_dim)
        w.t(f"blk.{i}.indexer.proj.weight", ix_heads, H)
        w.deepseek_ffn(i, ff=ff, n=n_exp, e_ff=e_ff)
        if i == layers:
            w.t(f"blk.{i}.nextn.eh_proj.weight", H, 2 * H)
            w.t(f"blk.{i}.nextn.enorm.weight", H)
            w.t(f"blk.{i}.nextn.hnorm.weight", H)
            w.t(f"blk.{i}.nextn.shared_head_norm.weight", H)
    return w, cfg


def variant_config(name: str, **tiny: Any) -> dict[str, Any]:
    """A family the corpus has no real config.json for yet: the keys of its published dimensions
    (tests/data/param_oracle/default_configs.json `variants`, sources in tools/oracle/default_configs.py) with its
    sizes replaced by `tiny`."""
    v = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())["variants"][name]
    return {"model_type": v["model_type"], **copy.deepcopy(v["keys"]), **tiny}


def mamba2_block(w: Writer, i: int, heads: int, head_dim: int, groups: int, state: int, kernel: int, *,
                 norm: bool = True) -> None:  # fmt: skip
    """Mamba2Model.modify_tensors (llama.cpp conversion/mamba.py): conv1d squeezed to (channels, kernel), A_log and
    D as (heads, 1), dt_bias → ssm_dt.bias, the gated norm as (groups, inner/groups)."""
    inner = heads * head_dim
    conv = inner + 2 * groups * state
    w.t(f"blk.{i}.ssm_in.weight", 2 * inner + 2 * groups * state + heads, H)
    w.t(f"blk.{i}.ssm_conv1d.weight", conv, kernel)
    w.t(f"blk.{i}.ssm_conv1d.bias", conv)
    w.t(f"blk.{i}.ssm_dt.bias", heads)
    w.t(f"blk.{i}.ssm_a", heads, 1)
    w.t(f"blk.{i}.ssm_d", heads, 1)
    if norm:
        w.t(f"blk.{i}.ssm_norm.weight", groups, inner // groups)
    w.t(f"blk.{i}.ssm_out.weight", H, inner)


def granitehybrid(path: Path) -> tuple[Writer, dict[str, Any]]:
    types, n_exp, ff, shared, m_heads, m_dim, state, kernel = (
        ["mamba", "attention", "mamba", "mamba"],
        4,
        32,
        48,
        8,
        16,
        8,
        4,
    )
    cfg = variant_config(
        "granite-4.0-h-tiny (dims)", hidden_size=H, num_hidden_layers=len(types), num_attention_heads=HEADS,
        num_key_value_heads=KV, intermediate_size=ff, shared_intermediate_size=shared, num_local_experts=n_exp,
        num_experts_per_tok=2, vocab_size=VOCAB, mamba_d_state=state, mamba_n_groups=1, mamba_n_heads=m_heads,
        mamba_d_head=m_dim, mamba_d_conv=kernel, layer_types=types,
    )  # fmt: skip
    w = Writer(path, "granitehybrid")
    w.common(len(types), tied=True)
    w.key("attention.head_count", HEADS)
    w.key("attention.head_count_kv", [KV if t == "attention" else 0 for t in types])
    for k, v in (("feed_forward_length", ff), ("expert_count", n_exp), ("expert_used_count", 2),
                 ("expert_shared_feed_forward_length", shared), ("ssm.conv_kernel", kernel), ("ssm.state_size", state),
                 ("ssm.group_count", 1), ("ssm.inner_size", m_heads * m_dim),
                 ("ssm.time_step_rank", m_heads)):  # fmt: skip
        w.key(k, v)
    for i, t in enumerate(types):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        if t == "attention":
            w.attention(i)
        else:
            mamba2_block(w, i, m_heads, m_dim, 1, state, kernel)
        w.experts(i, n_exp, ff)
        w.mlp(i, shared, suffix="_shexp")  # shared_mlp's input_linear split in two, output_linear
    return w, cfg


def falcon_h1(path: Path) -> tuple[Writer, dict[str, Any]]:
    layers, ff, m_heads, m_dim, state, kernel = 2, 96, 4, 16, 8, 4
    cfg = variant_config(
        "Falcon-H1-0.5B (dims)", hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS,
        num_key_value_heads=KV, head_dim=HD, intermediate_size=ff, vocab_size=VOCAB, mamba_d_state=state,
        mamba_n_heads=m_heads, mamba_d_head=m_dim, mamba_d_ssm=m_heads * m_dim, mamba_d_conv=kernel,
    )  # fmt: skip
    w = Writer(path, "falcon-h1")
    w.common(layers)
    for k, v in (("attention.head_count", HEADS), ("attention.head_count_kv", KV), ("attention.key_length", HD),
                 ("attention.value_length", HD), ("feed_forward_length", ff), ("ssm.conv_kernel", kernel),
                 ("ssm.state_size", state), ("ssm.group_count", 1), ("ssm.inner_size", m_heads * m_dim),
                 ("ssm.time_step_rank", m_heads)):  # fmt: skip
        w.key(k, v)
    for i in range(layers):
        w.t(f"blk.{i}.attn_norm.weight", H)
        w.t(f"blk.{i}.ffn_norm.weight", H)
        w.attention(i)
        mamba2_block(w, i, m_heads, m_dim, 1, state, kernel, norm=False)  # mamba_rms_norm false: no mamba.norm
        w.mlp(i, ff)
    return w, cfg


CASES: dict[str, Callable[[Path], tuple[Writer, dict[str, Any]]]] = {
    "granitehybrid": granitehybrid,
    "falcon-h1": falcon_h1,
    "gpt-oss": gpt_oss,
    "qwen3next": qwen3next,
    "nemotron_h": nemotron_h,
    "lfm2": lfm2,
    "glm4moe": glm4moe,
    "deepseek2": deepseek2,
    "qwen35": qwen35,
    "minimax-m2": minimax_m2,
    "llama4": llama4,
    "smollm3": smollm3,
    "gemma3": gemma3,
    "nemotron_h_moe": nemotron_h_moe,
    "glm-dsa": glm_dsa,
}
MTP_BLOCK = {
    "glm4moe": "blk.2.",
    "qwen35": "blk.4.",
    "glm-dsa": "blk.2.",
}  # the blocks past block_count − nextn_predict_layers


@pytest.mark.parametrize("arch", sorted(CASES))
def test_gguf_count_equals_the_config_json_count(arch: str, tmp_path: Path) -> None:
    w, cfg = CASES[arch](tmp_path / f"{arch}.gguf")
    ref, notes = gguf_file.resolve(w.write())
    from_config = hf_config.from_dict(cfg, "config.json").architecture
    expected = params.count(from_config).total
    a = ref.architecture
    assert a.family == arch
    assert params.count(a).total == expected
    assert a.unverified == (), notes
    # the file's own values: the count plus the MTP block and the buffers, each reported beside it
    in_mtp = {name for name in w.values if arch in MTP_BLOCK and name.startswith(MTP_BLOCK[arch])}
    mtp = sum(w.values[name] for name in in_mtp)
    buffers = sum(n for name, n in w.values.items() if name.endswith("exp_probs_b.bias") and name not in in_mtp)
    assert sum(w.values.values()) == expected + mtp + buffers
    if mtp:
        assert any("multi-token-prediction" in n and f"{mtp:,} values" in n for n in notes)
    if buffers:
        assert any("exp_probs_b.bias" in n and "not parameters" in n for n in notes)
    st, cst = a.decoder, from_config.decoder
    assert st is not None and cst is not None
    # the per-layer structure too: the same mixers and FFNs, layer by layer (memory depends on them)
    assert [st.mixers[i] if st.mixers else "x" for i in range(st.num_layers)] == [
        cst.mixers[i] if cst.mixers else "x" for i in range(cst.num_layers)
    ] or (not st.is_hybrid and not cst.is_hybrid)
    assert st.fixed_state_elements() == cst.fixed_state_elements()
    assert st.attention_layer_count == cst.attention_layer_count
    assert st.mixer_count("sliding") == cst.mixer_count("sliding")


def test_gpt_oss_layers_alternate_sliding_and_full(tmp_path: Path) -> None:
    w, _ = gpt_oss(tmp_path / "g.gguf")
    ref, _ = gguf_file.resolve(w.write())
    st = ref.architecture.decoder
    assert st is not None
    # llama.cpp's gpt-oss: set_swa_pattern(2) — layer 0 sliding, layer 1 full (the config's layer_types)
    assert [st.attention.is_sliding(i) for i in range(2)] == [True, False]
    assert st.attention.sinks and st.moe is not None and st.moe.router_bias and st.moe.expert_bias


def test_unknown_gguf_architecture_is_unverified_and_named(tmp_path: Path) -> None:
    w = Writer(tmp_path / "x.gguf", "futurelm")
    w.common(1)
    w.key("attention.head_count", HEADS)
    w.key("attention.head_count_kv", KV)
    w.t("blk.0.attn_norm.weight", H)
    w.attention(0)
    w.t("blk.0.ffn_norm.weight", H)
    w.mlp(0, 96)
    ref, _ = gguf_file.resolve(w.write())
    assert ref.architecture.unverified
    assert "futurelm" in ref.architecture.unverified[0]


def test_tensors_the_reader_does_not_model_make_the_answer_unverified(tmp_path: Path) -> None:
    w = Writer(tmp_path / "x.gguf", "llama")
    w.common(1)
    w.key("attention.head_count", HEADS)
    w.key("attention.head_count_kv", KV)
    w.t("blk.0.attn_norm.weight", H)
    w.attention(0)
    w.t("blk.0.ffn_norm.weight", H)
    w.mlp(0, 96)
    w.t("blk.0.mystery_proj.weight", 8, H)  # 512 values nothing in the architecture accounts for
    ref, _ = gguf_file.resolve(w.write())
    assert ref.architecture.unverified
    assert "(+512)" in ref.architecture.unverified[0]


# Multi-token-prediction layers in GGUF. llama.cpp keeps them as the last blocks and says how many in
# `{arch}.nextn_predict_layers`: gguf-py/gguf/constants.py (gguf 0.19.0) `NEXTN_PREDICT_LAYERS =
# "{arch}.nextn_predict_layers"`, tensors "blk.{bid}.nextn.eh_proj" / ".enorm" / ".hnorm" / ".shared_head_norm" /
# ".embed_tokens" / ".shared_head_head"; github.com/ggml-org/llama.cpp conversion/glm.py (commit 7bca1fd9,
# Glm4MoeModel): `if (num_nextn_predict_layers := self.hparams.get("num_nextn_predict_layers")) is not None:
# self.gguf_writer.add_nextn_predict_layers(num_nextn_predict_layers)`, its block_count grown by them.
def _mtp_values(w: Writer, arch: str) -> int:
    """The values of the file's MTP block as the test wrote them, less the router's buffer (exp_probs_b)."""
    return sum(n for name, n in w.values.items() if name.startswith(MTP_BLOCK[arch]) and "exp_probs_b" not in name)


@pytest.mark.parametrize("arch", sorted(MTP_BLOCK))
def test_gguf_mtp_layers_are_counted_beside_the_total(arch: str, tmp_path: Path) -> None:
    w, cfg = CASES[arch](tmp_path / f"{arch}.gguf")
    ref, _ = gguf_file.resolve(w.write())
    a = ref.architecture
    assert a.mtp is not None and a.mtp.num_layers == 1 and a.mtp.config_key == f"{arch}.nextn_predict_layers"
    pc = params.mtp_count(a)
    # the file's own MTP tensors, and what the config.json reader counts for the same model
    assert pc is not None and pc.total == _mtp_values(w, arch)
    config_mtp = params.mtp_count(hf_config.from_dict(cfg, "config.json").architecture)
    assert config_mtp is not None and config_mtp.total == pc.total
    assert a.unverified == ()


def test_params_cli_reports_gguf_mtp_beside_the_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w, _ = glm4moe(tmp_path / "glm.gguf")
    path = w.write()
    assert cli.main(["params", "--model", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    mtp = _mtp_values(w, "glm4moe")
    assert out["mtp"]["params"] == mtp and out["mtp"]["in_total"] is False and out["mtp"]["layers"] == 1
    assert out["mtp"]["config_key"] == "glm4moe.nextn_predict_layers" and out["mtp"]["verified"] is True
    buffers = sum(n for name, n in w.values.items() if "exp_probs_b" in name)  # 2 MoE layers × 4 experts
    assert out["total"] + mtp + buffers == sum(w.values.values()) and buffers == 8
    assert out["verified"] is True


def test_gguf_mtp_vocab_copies_are_beside_the_count(tmp_path: Path) -> None:
    """A GLM-4.5 checkpoint whose MTP layer stores its own embed_tokens and shared_head.head (as DeepSeek-V3's
    does): the converter writes them as nextn.embed_tokens / nextn.shared_head_head, [vocab, hidden] each; they are
    reported as copies (runtimes share the model's), not in the MTP count."""
    w, _ = glm4moe(tmp_path / "glm.gguf")
    w.t("blk.2.nextn.embed_tokens.weight", VOCAB, H)
    w.t("blk.2.nextn.shared_head_head.weight", VOCAB, H)
    ref, _ = gguf_file.resolve(w.write())
    a = ref.architecture
    assert a.mtp is not None and a.mtp.checkpoint_copies == 2
    pc = params.mtp_count(a)
    assert pc is not None and pc.total == _mtp_values(w, "glm4moe") - 2 * VOCAB * H
    assert params.mtp_checkpoint_copies(a) == 2 * VOCAB * H


def test_gguf_mtp_tensors_that_do_not_add_up_are_not_counted(tmp_path: Path) -> None:
    w, _ = glm4moe(tmp_path / "glm.gguf")
    w.t("blk.2.nextn.mystery.weight", 8, H)  # 512 values the MTP structure does not have
    ref, notes = gguf_file.resolve(w.write())
    a = ref.architecture
    assert a.mtp is not None and a.mtp.kind == "unknown" and params.mtp_count(a) is None
    assert any(f"hold {_mtp_values(w, 'glm4moe'):,} values" in n for n in notes)
    assert a.unverified == ()  # the main model's count is untouched: the MTP block is beside it
