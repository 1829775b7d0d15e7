"""llama.cpp architectures as data: what each `general.architecture` of a GGUF file needs beyond what its tensors
say, and which tensor names mark each layer kind.

The GGUF reader (core/importers/gguf_file.py) reads the structure from the tensors themselves (their names and
shapes, as llama.cpp's converter writes them) and from the `{arch}.*` metadata keys; this table holds only what
neither carries: the sliding-window period llama.cpp hard-codes for a family, chunked attention, a parallel block.
An architecture outside the table is still read from its tensors, but the answer is marked unverified, naming it.

Sources: gguf-py/gguf/constants.py (MODEL_ARCH_NAMES, MODEL_TENSORS, TENSOR_NAMES; the installed `gguf` 0.19.0)
and llama.cpp's converters qwen.py, gpt_oss.py, nemotron.py, granite.py (GraniteHybridModel: shared_mlp split into
ffn_gate_shexp / ffn_up_shexp beside experts, into ffn_gate / ffn_up / ffn_down without) and falcon_h1.py
(FalconH1Model: a Mamba2Model with attention; mamba.norm as (groups, inner/groups)) (conversion/*.py). The
hard-coded patterns are the published configs' own (tests/data/param_oracle/configs): gpt-oss's layer_types
alternate sliding and full attention (period 2); Llama 4's attention_chunk_size is 8192 with
no_rope_layer_interval 4 (every 4th layer global). llama.cpp's src/llama-model.cpp, which hard-codes them for
GGUF files, was not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.architecture import Ffn, Mixer
from core.messages import Message


@dataclass(frozen=True)
class GgufFamily:
    """What a llama.cpp architecture needs beyond its tensors and metadata keys."""

    hf: str  # the config.json model_type this architecture is converted from (for the notes)
    sliding_every: int = 0  # with a sliding window and no pattern key: every n-th layer is global (llama.cpp's)
    chunk: tuple[int, int] = (0, 0)  # chunked attention: (chunk tokens, every n-th layer global) as llama.cpp has it
    parallel: bool = False  # attention and MLP read the same input
    parallel_mamba: bool = False  # every layer holds attention and a Mamba-2 mixer side by side (Falcon-H1)


F = GgufFamily

# general.architecture → family. The older decoders (read before this table existed) and the current ones.
FAMILIES: dict[str, GgufFamily] = {
    "llama": F("llama"),
    "llama4": F("llama4_text", chunk=(8192, 4)),
    "mistral3": F("mistral"),
    "qwen": F("qwen"),
    "qwen2": F("qwen2"),
    "qwen2moe": F("qwen2_moe"),
    "qwen3": F("qwen3"),
    "qwen3moe": F("qwen3_moe"),
    "qwen3next": F("qwen3_next"),
    "qwen35": F("qwen3_5_text"),
    "qwen35moe": F("qwen3_5_moe_text"),
    "qwen3vl": F("qwen3_vl_text"),
    "qwen3vlmoe": F("qwen3_vl_moe_text"),
    "gemma": F("gemma"),
    "gemma2": F("gemma2", sliding_every=2),
    "gemma3": F("gemma3_text", sliding_every=6),
    "phi2": F("phi", parallel=True),
    "phi3": F("phi3"),
    "deepseek": F("deepseek"),
    "deepseek2": F("deepseek_v3"),
    "glm-dsa": F("glm_moe_dsa"),
    "glm4": F("glm4"),
    "glm4moe": F("glm4_moe"),
    "chatglm": F("chatglm"),
    "minimax-m2": F("minimax_m2"),
    "gpt-oss": F("gpt_oss", sliding_every=2),
    "nemotron_h": F("nemotron_h"),
    "nemotron_h_moe": F("nemotron_h"),
    "granitehybrid": F("granitemoehybrid"),
    "falcon-h1": F("falcon_h1", parallel_mamba=True),
    "lfm2": F("lfm2"),
    "lfm2moe": F("lfm2_moe"),
    "smollm3": F("smollm3"),
    "granite": F("granite"),
    "granitemoe": F("granitemoe"),
    "olmo": F("olmo"),
    "olmo2": F("olmo2"),
    "olmoe": F("olmoe"),
    "starcoder2": F("starcoder2"),
    "stablelm": F("stablelm"),
    "internlm2": F("internlm2"),
    "baichuan": F("baichuan"),
    "command-r": F("cohere", parallel=True),
    "cohere2": F("cohere2", sliding_every=4, parallel=True),
    "exaone": F("exaone"),
    "exaone4": F("exaone4"),
    "falcon": F("falcon", parallel=True),
    "gptj": F("gptj", parallel=True),
    "gptneox": F("gpt_neox"),
    "gpt2": F("gpt2"),
    "bloom": F("bloom"),
    "mpt": F("mpt"),
    "minicpm": F("minicpm"),
    "orion": F("orion"),
    "seed_oss": F("seed_oss"),
    "apertus": F("apertus"),
    "mamba": F("mamba"),
}

# GGUF architectures that are not decoder language models (or not ones this app sizes)
NOT_DECODERS = frozenset(
    {
        "bert",
        "nomic-bert",
        "nomic-bert-moe",
        "jina-bert-v2",
        "jina-bert-v3",
        "modern-bert",
        "neo-bert",
        "t5",
        "t5encoder",
        "wavtokenizer-dec",
        "dream",
        "llada",
        "rwkv6",
        "rwkv6qwen2",
        "rwkv7",
        "arwkv7",
    }
)

# Per layer: the tensor (under blk.N.) that marks each token mixer, checked in this order (a Gated DeltaNet layer
# also holds attn_qkv and attn_gate, so it is recognised before attention). TENSOR_NAMES in constants.py.
MIXER_TENSORS: tuple[tuple[Mixer, tuple[str, ...]], ...] = (
    ("linear", ("ssm_ba.weight", "ssm_beta.weight")),  # Gated DeltaNet: qwen3next (in_proj_ba), qwen35 (in_proj_b)
    ("mamba2", ("ssm_d",)),  # Mamba-2: nemotron_h, granitehybrid (ssm_d, as (heads, 1))
    ("conv", ("shortconv.in_proj.weight",)),  # LFM2's gated short convolution
    ("full", ("attn_q.weight", "attn_qkv.weight", "attn_q_a.weight", "attn_kv_a_mqa.weight")),
)
FFN_TENSORS: tuple[tuple[Ffn, tuple[str, ...]], ...] = (
    ("moe", ("ffn_gate_inp.weight",)),
    ("dense", ("ffn_up.weight",)),
)
# Tensors that are buffers in transformers (not parameters): counted in the file, not in the parameter total.
BUFFERS = {
    "exp_probs_b.bias": Message(
        "gguf.buffer_score_bias",
        "the experts' score-correction bias (e_score_correction_bias, a buffer in transformers)",
    ),
    "rope_freqs.weight": Message("gguf.buffer_rope", "RoPE frequency factors (a buffer)"),
}
# norm tensors that belong to a mixer, not to the block (a block's own norms are counted per layer)
MIXER_NORMS = frozenset(
    {
        "attn_q_norm",
        "attn_k_norm",
        "attn_q_a_norm",
        "attn_kv_a_norm",
        "ssm_norm",
        "ssm_dt_norm",
        "ssm_b_norm",
        "ssm_c_norm",
        "indexer.k_norm",
    }
)
