"""Run the calibration case list and write tests/data/calibration/{training,inference}.json.

    python tools/calibration/run_cases.py            # everything (~15-25 min, 2 cores)
    python tools/calibration/run_cases.py --only 'llama3.1-8b'   # regex on case ids
    python tools/calibration/run_cases.py --list

With --only, the selected cases are re-measured and merged into the existing data files
(other cases are kept), so a single case can be refreshed cheaply. Output is deterministic:
no timings or host details other than the software versions are written to the data files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import harness as H  # noqa: E402

REPO = HERE.parents[1]
OUT_DIR = REPO / "tests" / "data" / "calibration"

# --------------------------------------------------------------------------------------
# Model configs: (hf-configs folder or None, overrides, model_type for library defaults)
# --------------------------------------------------------------------------------------


def _variant(name: str) -> dict:
    """The keys of a published checkpoint's dimensions, as tools/oracle/default_configs.py records them."""
    data = json.loads((REPO / "tests/data/param_oracle/default_configs.json").read_text())
    return dict(data["variants"][name]["keys"])


GEMMA3N_E4B = "gemma-3n E4B (dims, full model with vision and audio towers)"
MISTRAL_SMALL_3_1 = REPO / "tests/data/param_oracle/configs/mistralai__Mistral-Small-3.1-24B-Instruct-2503"

MODELS: dict[str, dict] = {
    "gpt2-124m": {
        "source": None,
        "model_type": "gpt2",
        "overrides": {},
        "note": "transformers GPT2Config() defaults",
    },
    "qwen2.5-0.5b": {
        "source": "Qwen__Qwen2.5-1.5B",
        "overrides": {
            "hidden_size": 896,
            "intermediate_size": 4864,
            "num_hidden_layers": 24,
            "num_attention_heads": 14,
            "num_key_value_heads": 2,
            "max_window_layers": 21,
            "tie_word_embeddings": True,
        },
        "note": "Qwen2.5-0.5B dims (measured-cases.jsonl architecture) on the Qwen2.5-1.5B config",
    },
    "qwen2.5-1.5b": {"source": "Qwen__Qwen2.5-1.5B", "overrides": {}},
    "qwen2.5-7b": {"source": "Qwen__Qwen2.5-7B", "overrides": {}},
    "llama3.2-1b": {
        "source": "meta-llama__Llama-3.2-3B-Instruct",
        "overrides": {
            "hidden_size": 2048,
            "intermediate_size": 8192,
            "num_hidden_layers": 16,
            "num_attention_heads": 32,
            "num_key_value_heads": 8,
            "head_dim": 64,
            "tie_word_embeddings": True,
        },
        "note": "Llama-3.2-1B dims on the Llama-3.2-3B config (same vocab, rope, tied embeddings)",
    },
    **{
        f"llama3.2-1b-{n}l": {
            "source": "meta-llama__Llama-3.2-3B-Instruct",
            "overrides": {
                "hidden_size": 2048,
                "intermediate_size": 8192,
                "num_hidden_layers": n,
                "num_attention_heads": 32,
                "num_key_value_heads": 8,
                "head_dim": 64,
                "tie_word_embeddings": True,
            },
            "note": f"Llama-3.2-1B dims with {n} of its 16 layers, on the Llama-3.2-3B config",
        }
        for n in (2, 4)
    },
    "llama2-7b-2l": {
        "source": "meta-llama__Llama-2-7b-hf",
        "overrides": {"num_hidden_layers": 2},
        "note": "Llama-2-7B with 2 of its 32 layers (vocab 32,000, untied)",
    },
    "llama3.1-8b-2l": {
        "source": "meta-llama__Meta-Llama-3.1-8B",
        "overrides": {"num_hidden_layers": 2},
        "note": "Llama-3.1-8B with 2 of its 32 layers (untied embeddings, as torchtitan's Llama 3)",
    },
    "llama3.2-3b": {"source": "meta-llama__Llama-3.2-3B-Instruct", "overrides": {}},
    "llama3.1-8b": {"source": "meta-llama__Meta-Llama-3.1-8B", "overrides": {}},
    "mistral-7b": {"source": "mistralai__Mistral-7B-Instruct-v0.3", "overrides": {}},
    "mistral-7b-sw4096": {
        "source": "mistralai__Mistral-7B-Instruct-v0.3",
        "overrides": {"sliding_window": 4096},
        "note": "Mistral-7B-v0.1-style sliding window (v0.3 config has sliding_window null)",
    },
    "qwen3-8b": {"source": "Qwen__Qwen3-8B", "overrides": {}},
    "llama-70b-like": {
        "source": "meta-llama__Meta-Llama-3.1-8B",
        "overrides": {
            "hidden_size": 8192,
            "num_hidden_layers": 80,
            "num_attention_heads": 64,
            "num_key_value_heads": 8,
            "intermediate_size": 28672,
        },
        "note": "Llama-3.1-8B config scaled to 70B dims (= Llama-3.1-70B dims; vocab 128256)",
    },
    "gemma2-2b": {
        "source": "Ayush2006128__mithoon-2b_gemma-2-2b-ft",
        "overrides": {},
        "note": "gemma-2-2b architecture (fine-tune's config); hybrid sliding/global cache; run in bf16",
    },
    "qwen3-30b-a3b": {"source": "Qwen__Qwen3-30B-A3B", "overrides": {}},
    "mixtral-8x7b-4l": {
        "source": "mistralai__Mixtral-8x7B-v0.1",
        "overrides": {"num_hidden_layers": 4},
        "note": "Mixtral-8x7B with 4 of its 32 layers (MoE: 8 experts, top-2)",
    },
    "qwen3-30b-a3b-4l": {
        "source": "Qwen__Qwen3-30B-A3B",
        "overrides": {"num_hidden_layers": 4},
        "note": "Qwen3-30B-A3B with 4 of its 48 layers (MoE: 128 experts, top-8)",
    },
    # Issue 8: one model of each new layer kind, from the param-oracle corpus (tests/data/param_oracle/configs),
    # cut to a few layers that keep one layer of every kind and the real pattern's ratio where it can; widths real.
    "qwen3.5-27b-4l": {
        "source": "Qwen__Qwen3.5-27B",
        "nested": "text_config",
        "overrides": {
            "num_hidden_layers": 4,
            "layer_types": ["linear_attention", "linear_attention", "linear_attention", "full_attention"],
        },
        "note": "Qwen3.5-27B's text model (qwen3_5_text) with 4 of its 64 layers, the real 3:1 Gated DeltaNet : "
        "gated full attention pattern; transformers' torch fallbacks of the FLA kernels run (see README)",
    },
    # the same text model inside its VLM (Qwen3_5ForConditionalGeneration, vision tower built), trained on text alone:
    # the text_config is replaced by the 4-layer one above (issue 8: the wrapper keeps what its text model keeps)
    "qwen3.5-27b-vlm-4l": {
        "source": "Qwen__Qwen3.5-27B",
        "wrapper": True,
        "overrides": {
            "text_config": {
                **json.loads((REPO / "tests/data/param_oracle/configs/Qwen__Qwen3.5-27B/config.json").read_text())[
                    "text_config"
                ],
                "num_hidden_layers": 4,
                "layer_types": ["linear_attention", "linear_attention", "linear_attention", "full_attention"],
            }
        },
        "note": "Qwen3.5-27B as Qwen3_5ForConditionalGeneration (vision tower built, text-only input) with 4 of its 64 "
        "text layers, the real 3:1 pattern; the text model is qwen3.5-27b-4l's",
    },
    # held out (issue 8, text-only fine-tuning of a VLM): another wrapper than Qwen3.5's, run once after the engine
    # sized an idle tower as frozen — Mistral3ForConditionalGeneration (Pixtral vision tower, patch merger and projector
    # built) with 4 of Mistral-Small-3.1's 40 text layers, trained on text alone
    "mistral-small-3.1-vlm-4l": {
        "source": "mistralai__Mistral-Small-3.1-24B-Instruct-2503",
        "wrapper": True,
        "overrides": {
            "text_config": {
                **json.loads((MISTRAL_SMALL_3_1 / "config.json").read_text())["text_config"],
                "num_hidden_layers": 4,
            },
            # the checkpoint's lm_head is its own tensor (language_model.lm_head.weight), as the engine reads the
            # config; transformers 5.25's Mistral3Config defaults the top-level tie_word_embeddings to True and
            # from_config would tie it
            "tie_word_embeddings": False,
        },
        "note": "Mistral-Small-3.1-24B as Mistral3ForConditionalGeneration (Pixtral vision tower and projector built, "
        "text-only input) with 4 of its 40 text layers, the lm_head untied as in the checkpoint",
    },
    # held out (issue 8): a second wrapper, run once after the engine change — Gemma3nForConditionalGeneration with
    # both towers built (timm's MobileNetV5, the USM conformer) and gemma3n-e4b-10l's text model, trained on text
    # alone: the towers idle, their multimodal embedders running on every text token. Needs timm in a side folder
    # (tools/calibration/gemma3n_towers.py): PYTHONPATH=<timm-site> python tools/calibration/run_cases.py --only ...
    "gemma3n-e4b-vlm-10l": {
        "source": None,
        "model_type": "gemma3n",
        "wrapper": True,
        "timm": True,
        "overrides": {
            **{k: v for k, v in _variant(GEMMA3N_E4B).items() if k != "architectures"},
            "text_config": {
                **_variant(GEMMA3N_E4B)["text_config"],
                "num_hidden_layers": 10,
                "layer_types": (["sliding_attention"] * 4 + ["full_attention"]) * 2,
                "intermediate_size": [16384] * 10,
                "num_kv_shared_layers": 4,
                "activation_sparsity_pattern": [0.95] * 3 + [0.0] * 7,
            },
        },
        "note": "Gemma 3n E4B dims (tools/oracle/default_configs.py VARIANTS) as Gemma3nForConditionalGeneration "
        "(vision and audio towers built, text-only input) with gemma3n-e4b-10l's 10-layer text model",
    },
    "nemotron-h-56b-9l": {
        "source": "nvidia__Nemotron-H-56B-Base-8K",
        "overrides": {"num_hidden_layers": 9, "hybrid_override_pattern": "M-M-M-M*-"},
        "note": "Nemotron-H-56B with its first 9 of 118 layers (4 Mamba-2, 4 MLP, 1 attention; the real pattern "
        "has 54 : 54 : 10); transformers' torch_forward Mamba-2 scan runs (see README)",
    },
    "gpt-oss-20b-4l": {
        "source": "openai__gpt-oss-20b",
        "drop": ["quantization_config"],
        "overrides": {
            "num_hidden_layers": 4,
            "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"],
        },
        "note": "gpt-oss-20b with 4 of its 24 layers (alternating sliding-128 / full, attention sinks, 32 experts "
        "top-4 with biases) in bf16 (quantization_config dropped: the MXFP4 experts dequantised, as transformers "
        "does without the Triton kernels); eager attention: transformers has no SDPA path for sinks",
    },
    "llama4-scout-4l": {
        "source": "meta-llama__Llama-4-Scout-17B-16E-Instruct",
        "nested": "text_config",
        "overrides": {
            "num_hidden_layers": 4,
            "layer_types": ["chunked_attention", "chunked_attention", "chunked_attention", "full_attention"],
        },
        "note": "Llama 4 Scout's text model (llama4_text) with 4 of its 48 layers: 3 chunked (8192) RoPE layers and "
        "1 full NoPE layer, the real 3:1 pattern; every layer MoE (16 experts top-1 + shared expert). layer_types "
        "is the list Llama4TextConfig derives from no_rope_layer_interval=4, written out",
    },
    "deepseek-v3.2-4l": {
        "source": "deepseek-ai__DeepSeek-V3.2",
        "drop": ["quantization_config"],
        "overrides": {"num_hidden_layers": 4, "first_k_dense_replace": 1},
        "note": "DeepSeek-V3.2 with 4 of its 61 layers (1 dense + 3 MoE; real 3 + 58), MLA + the DSA lightning "
        "indexer, bf16 (the FP8 quantization_config dropped)",
    },
    # second models of two kinds, run after the engine's terms were written from the ones above (held out)
    "qwen3-next-80b-4l": {
        "source": "Qwen__Qwen3-Next-80B-A3B-Thinking",
        "overrides": {"num_hidden_layers": 4},
        "note": "Qwen3-Next-80B-A3B with 4 of its 48 layers (3 Gated DeltaNet + 1 gated attention, the real 3:1 "
        "full_attention_interval), every layer MoE: 512 experts top-10 + a gated shared expert",
    },
    "nemotron-3-nano-30b-7l": {
        "source": "nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
        "overrides": {"num_hidden_layers": 7, "hybrid_override_pattern": "MEMEM*E"},
        "note": "Nemotron-3-Nano-30B-A3B with its first 7 of 52 layers (3 Mamba-2, 3 MoE: 128 relu2 experts top-6 + "
        "shared, 1 attention; real 23 : 23 : 6)",
    },
    # issue 8, second round: the layer kinds left (transformers 5.25). Falcon-H1 and Granite 4 have no config.json in
    # the corpus: their keys are the published dimensions transcribed in tools/oracle/default_configs.py VARIANTS
    # (sources named there) over transformers' default config of the type; Gemma 3n and OLMo 3 are transformers'
    # default configs of the type (Gemma3nTextConfig() = gemma-3n-E4B's text model, Olmo3Config() = OLMo-3-7B-like
    # widths with OLMo-2's vocab)
    "falcon-h1-0.5b-4l": {
        "source": None,
        "model_type": "falcon_h1",
        "overrides": {**_variant("Falcon-H1-0.5B (dims)"), "num_hidden_layers": 4},
        "note": "Falcon-H1-0.5B dims (tools/oracle/default_configs.py VARIANTS) with 4 of its 36 layers; every layer "
        "runs attention and a Mamba-2 mixer side by side, then the MLP; transformers' torch_forward Mamba-2 scan",
    },
    "granite-4.0-h-tiny-6l": {
        "source": None,
        "model_type": "granitemoehybrid",
        "overrides": {
            **_variant("granite-4.0-h-tiny (dims)"),
            "num_hidden_layers": 6,
            "layer_types": ["mamba"] * 5 + ["attention"],
        },
        "note": "Granite-4.0-H-Tiny dims (tools/oracle/default_configs.py VARIANTS) with its first 6 of 40 layers (5 "
        "Mamba-2 + 1 attention, the real pattern's first block; real 36 : 4); every layer MoE (64 experts top-6 + a "
        "shared expert); Mamba-2 chunk 256; transformers' torch_forward scan",
    },
    "gemma3n-e4b-10l": {
        "source": None,
        "model_type": "gemma3n_text",
        "overrides": {
            "num_hidden_layers": 10,
            "layer_types": (["sliding_attention"] * 4 + ["full_attention"]) * 2,
            "intermediate_size": [16384] * 10,
            "num_kv_shared_layers": 4,
            "activation_sparsity_pattern": [0.95] * 3 + [0.0] * 7,
        },
        "note": "transformers' default Gemma3nTextConfig (gemma-3n-E4B's text model: AltUp 4 streams, LAuReL rank 64, "
        "per-layer inputs 256) with 10 of its 35 layers: 2 x (4 sliding-512 + 1 full), the last 4 KV-shared (real "
        "15), the first 3 with the 0.95 activation-sparsity top-k (real 10)",
    },
    "olmo3-7b-4l": {
        "source": None,
        "model_type": "olmo3",
        "overrides": {
            "num_hidden_layers": 4,
            "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "full_attention"],
        },
        "note": "transformers' default Olmo3Config (hidden 4096, 32 heads, MLP 11008, sliding window 4096, q/k norm "
        "over the full width, post-norms; vocab 50304) with 4 layers, the real 3 sliding : 1 full pattern",
    },
    "mimo-v2-flash-6l": {
        "source": "XiaomiMiMo__MiMo-V2-Flash",
        "drop": ["quantization_config"],
        "overrides": {
            "num_hidden_layers": 6,
            "hybrid_layer_pattern": [0, 1, 1, 1, 1, 0],
            "moe_layer_freq": [0, 1, 1, 1, 1, 1],
        },
        "note": "MiMo-V2-Flash with its first 6 of 48 layers (1 full + 4 sliding-128 with sink bias + 1 full, the real "
        "pattern's first block; the first layer dense, the rest 256 experts top-8), bf16 (FP8 config dropped)",
    },
    "deepseek-v4-flash-4l": {
        "source": "deepseek-ai__DeepSeek-V4-Flash",
        "drop": ["quantization_config"],
        "overrides": {"num_hidden_layers": 4, "compress_ratios": [0, 0, 4, 128, 0]},
        "keep_fp32": True,
        "note": "DeepSeek-V4-Flash with its first 4 of 43 layers (2 sliding-only, 1 CSA ratio 4, 1 HCA ratio 128; "
        "the first 3 hash-routed), bf16 (FP8 config dropped) but for _keep_in_fp32_modules_strict, kept in fp32 as "
        "from_pretrained(dtype=bf16) keeps them",
    },
    # held out: run once after the engine's DeepSeek-V4 model was written from the 4-layer run
    "deepseek-v4-flash-5l-mix": {
        "source": "deepseek-ai__DeepSeek-V4-Flash",
        "drop": ["quantization_config"],
        "overrides": {"num_hidden_layers": 5, "compress_ratios": [128, 4, 0, 128, 4, 0]},
        "keep_fp32": True,
        "note": "DeepSeek-V4-Flash cut to 5 layers in another order (HCA, CSA, sliding, HCA, CSA; the first 3 "
        "hash-routed), bf16 (FP8 config dropped) but for _keep_in_fp32_modules_strict (fp32); held out",
    },
    "lfm2-1.2b-5l": {
        "source": "LiquidAI__LFM2-1.2B",
        "overrides": {"num_hidden_layers": 5, "full_attn_idxs": [2, 4]},
        "note": "LFM2-1.2B with 5 of its 16 layers: conv, conv, attention, conv, attention (real 10 : 6)",
    },
}

ARCH_KEYS = (
    "hidden_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_key_value_heads",
    "head_dim",
    "intermediate_size",
    "moe_intermediate_size",
    "num_experts",
    "num_local_experts",
    "num_experts_per_tok",
    "vocab_size",
    "tie_word_embeddings",
    "sliding_window",
    "max_position_embeddings",
    "n_embd",
    "n_layer",
    "n_head",
    "n_positions",
    "layer_types",
    "hybrid_override_pattern",
    "full_attn_idxs",
    "first_k_dense_replace",
    "n_routed_experts",
    "attention_chunk_size",
)

ADAMW = {"foreach": True}  # the CUDA default; CPU's default would be the for-loop path


def T(
    id,
    model,
    batch,
    seq,
    precision="bf16",
    optimizer="adamw",
    okw=None,
    gc=False,
    attn="sdpa",
    lora=None,
    sdpa="cuda",
    keep_outputs=False,
    fsdp=0,
    tp=0,
    tp_plan=None,
    ptuning=None,
    prefix=None,
):
    case = {
        **({"fsdp": fsdp} if fsdp else {}),
        **({"tp": tp} if tp else {}),
        **({"tp_plan": tp_plan} if tp_plan else {}),
        "keep_outputs": keep_outputs,
        "id": id,
        "model": model,
        "batch": batch,
        "seq": seq,
        "precision": precision,
        "optimizer": optimizer,
        "optimizer_kwargs": dict(ADAMW if okw is None else okw),
        "grad_checkpointing": gc,
        "attn_implementation": attn,
        "lora": lora,
        "sdpa_dispatch": sdpa,
    }
    if ptuning:
        case["ptuning"] = ptuning
    if prefix:
        case["prefix"] = prefix
    return case


def C(id, arch, optimizer, okw=None, batch=32):
    return {
        "id": id,
        "cnn": arch,
        "batch": batch,
        "image_size": 224,
        "precision": "fp32",
        "optimizer": optimizer,
        "optimizer_kwargs": dict(ADAMW if okw is None else okw),
    }


def I(id, model, batch, seq, logits_to_keep=1, attn="sdpa", decode_steps=8):  # noqa: E743
    return {
        "id": id,
        "model": model,
        "batch": batch,
        "seq": seq,
        "dtype": "bf16",
        "attn_implementation": attn,
        "logits_to_keep": logits_to_keep,
        "decode_steps": decode_steps,
        "sdpa_dispatch": "cuda",
    }


LORA16 = {"r": 16, "alpha": 32, "dropout": 0.0, "target_modules": "all-linear"}
DORA16 = {**LORA16, "dora": True}
LORA16_HEAD = {**LORA16, "modules_to_save": ["lm_head"]}
LORA16_CATTN = {**LORA16, "target_modules": "c_attn"}  # GPT-2's fused q/k/v Conv1D: peft's default target
SGD_FE = {"foreach": True}

# FSDP2 on torch's fake process group (issue 9): rank 0 of 4 / 8, mixed precision as torchtitan (fp32 shards, bf16
# compute), foreach AdamW, no activation checkpointing
FSDP2 = [
    T(f"train-fsdp2-w{w}-llama3.2-1b-{n}l-mixed-adamw-b1s2048", f"llama3.2-1b-{n}l", 1, 2048, "mixed_bf16", fsdp=w)
    for n in (2, 4)
    for w in (4, 8)
] + [
    T("train-fsdp2-w8-llama3.2-1b-mixed-adamw-b1s2048", "llama3.2-1b", 1, 2048, "mixed_bf16", fsdp=8),
    # a block's backward is the larger moment: a 32k vocabulary (small logits) under 7B-wide blocks
    T("train-fsdp2-w8-llama2-7b-2l-mixed-adamw-b1s2048", "llama2-7b-2l", 1, 2048, "mixed_bf16", fsdp=8),
]

# Tensor parallel on the same fake process group (issue 9): rank 0 of 2, Megatron's column / row split of the
# decoder layers, no sequence parallel, autocast bf16 over fp32 parameters, foreach AdamW in two parameter groups
TP = [T("train-tp2-llama3.2-1b-2l-mixed-adamw-b1s2048", "llama3.2-1b-2l", 1, 2048, "mixed_bf16", tp=2)]

# torchtitan's 2-D plan (TP with sequence parallel and loss parallel, then FSDP2) on the same fake process group
# (issue 9): Llama-3.1-8B dims (untied, as torchtitan's Llama 3) with 2 of its 32 layers, rank 0
TITAN = [
    T(f"train-titan-fsdp{d}-tp{t}-llama3.1-8b-2l-mixed-adamw-b1s{s}", "llama3.1-8b-2l", 1, s, "mixed_bf16",
      fsdp=d, tp=t, tp_plan="torchtitan")
    for d, t, s in ((2, 2, 2048), (2, 4, 4096), (2, 8, 8192))
]  # fmt: skip

TRAINING = [
    T("train-gpt2-124m-fp32-adamw-b8s512", "gpt2-124m", 8, 512, "fp32"),
    T("train-gpt2-124m-fp32-adamw-b8s512-eager", "gpt2-124m", 8, 512, "fp32", attn="eager"),
    T("train-gpt2-124m-mixed-adamw-b8s512", "gpt2-124m", 8, 512, "mixed_bf16"),
    T("train-qwen2.5-0.5b-bf16-adamw-b2s1024", "qwen2.5-0.5b", 2, 1024),
    # peft variants (issue 9): LoRA, DoRA, a trainable lm_head copy (modules_to_save), GPT-2's fused c_attn
    T("train-qwen2.5-0.5b-bf16-lora16-b2s1024", "qwen2.5-0.5b", 2, 1024, lora=LORA16),
    T("train-qwen2.5-0.5b-bf16-dora16-b2s1024", "qwen2.5-0.5b", 2, 1024, lora=DORA16),
    T("train-qwen2.5-0.5b-bf16-lora16-lmhead-b2s1024", "qwen2.5-0.5b", 2, 1024, lora=LORA16_HEAD),
    T("train-gpt2-124m-fp32-lora16-cattn-b4s512", "gpt2-124m", 4, 512, "fp32", lora=LORA16_CATTN),
    T("train-qwen2.5-0.5b-bf16-ptuning20-b2s1024", "qwen2.5-0.5b", 2, 1024, ptuning={"num_virtual_tokens": 20}),
    T("train-qwen2.5-0.5b-bf16-prefix20-b2s1024", "qwen2.5-0.5b", 2, 1024, prefix={"num_virtual_tokens": 20}),
    T("train-llama3.2-1b-bf16-adamw-b2s1024", "llama3.2-1b", 2, 1024),
    T("train-llama3.2-1b-bf16-adamw-b8s512", "llama3.2-1b", 8, 512),
    T("train-llama3.2-1b-bf16-adamw-b4s2048", "llama3.2-1b", 4, 2048),
    T("train-llama3.2-1b-bf16-adamw-b4s2048-eager", "llama3.2-1b", 4, 2048, attn="eager"),
    T("train-llama3.2-1b-bf16-adamw-b4s2048-cpusdpa", "llama3.2-1b", 4, 2048, sdpa="native"),
    T("train-llama3.2-1b-bf16-adamw-b4s2048-keepoutputs", "llama3.2-1b", 4, 2048, keep_outputs=True),
    T("train-llama3.2-3b-bf16-adamw-b1s4096", "llama3.2-3b", 1, 4096),
    T("train-llama3.2-3b-bf16-adamw-b2s1024-gc", "llama3.2-3b", 2, 1024, gc=True),
    T("train-llama3.2-3b-bf16-lora16-b1s2048", "llama3.2-3b", 1, 2048, lora=LORA16),
    T("train-qwen2.5-1.5b-bf16-adamw-b1s512", "qwen2.5-1.5b", 1, 512),
    T("train-qwen2.5-1.5b-bf16-adamw-forloop-b1s512", "qwen2.5-1.5b", 1, 512, okw={"foreach": False}),
    T("train-qwen2.5-1.5b-fp32-adamw-b1s512", "qwen2.5-1.5b", 1, 512, "fp32"),
    T("train-qwen2.5-1.5b-mixed-adamw-b1s512", "qwen2.5-1.5b", 1, 512, "mixed_bf16"),
    T("train-qwen2.5-1.5b-bf16-sgd-b1s512", "qwen2.5-1.5b", 1, 512, optimizer="sgd", okw=SGD_FE),
    T("train-qwen2.5-1.5b-bf16-sgdm-b1s512", "qwen2.5-1.5b", 1, 512, optimizer="sgd_momentum", okw=SGD_FE),
    T("train-qwen2.5-1.5b-bf16-adamw-b4s2048", "qwen2.5-1.5b", 4, 2048),
    T("train-mistral-7b-bf16-adamw-b1s4096-gc", "mistral-7b", 1, 4096, gc=True),
    T("train-llama3.1-8b-bf16-adamw-b1s2048", "llama3.1-8b", 1, 2048),
    T("train-llama3.1-8b-bf16-adamw-b1s2048-gc", "llama3.1-8b", 1, 2048, gc=True),
    T("train-llama3.1-8b-mixed-adamw-b1s2048", "llama3.1-8b", 1, 2048, "mixed_bf16"),
    T("train-llama3.1-8b-bf16-lora16-b1s2048", "llama3.1-8b", 1, 2048, lora=LORA16),
    T("train-llama3.1-8b-bf16-lora16-b4s2048-gc", "llama3.1-8b", 4, 2048, gc=True, lora=LORA16),
    T("train-qwen3-8b-bf16-adamw-b1s2048", "qwen3-8b", 1, 2048),
    T("train-qwen3-8b-bf16-adamw-b1s2048-eager", "qwen3-8b", 1, 2048, attn="eager"),
    T("train-llama-70b-like-bf16-adamw-b1s2048-gc", "llama-70b-like", 1, 2048, gc=True),
    T("train-qwen3-30b-a3b-4l-bf16-adamw-b1s2048", "qwen3-30b-a3b-4l", 1, 2048),
    T("train-mixtral-8x7b-4l-bf16-adamw-b1s2048", "mixtral-8x7b-4l", 1, 2048),
    T("train-qwen3.5-27b-4l-bf16-adamw-b1s2048", "qwen3.5-27b-4l", 1, 2048),
    T("train-qwen3.5-27b-vlm-4l-bf16-adamw-b1s2048", "qwen3.5-27b-vlm-4l", 1, 2048),
    T("train-mistral-small-3.1-vlm-4l-bf16-adamw-b1s2048", "mistral-small-3.1-vlm-4l", 1, 2048),
    T("train-gemma3n-e4b-vlm-10l-bf16-adamw-b1s2048", "gemma3n-e4b-vlm-10l", 1, 2048),
    T("train-nemotron-h-56b-9l-bf16-adamw-b1s2048", "nemotron-h-56b-9l", 1, 2048),
    T("train-gpt-oss-20b-4l-bf16-adamw-b1s2048", "gpt-oss-20b-4l", 1, 2048, attn="eager"),
    T("train-llama4-scout-4l-bf16-adamw-b1s2048", "llama4-scout-4l", 1, 2048),
    T("train-deepseek-v3.2-4l-bf16-adamw-b1s2048", "deepseek-v3.2-4l", 1, 2048),
    T("train-lfm2-1.2b-5l-bf16-adamw-b2s2048", "lfm2-1.2b-5l", 2, 2048),
    T("train-qwen3-next-80b-4l-bf16-adamw-b1s2048", "qwen3-next-80b-4l", 1, 2048),
    T("train-nemotron-3-nano-30b-7l-bf16-adamw-b2s2048", "nemotron-3-nano-30b-7l", 2, 2048),
    # lengths that are not a multiple of the scans' chunks (64 / 128): the padded tails
    T("train-qwen3.5-27b-4l-bf16-adamw-b2s3000", "qwen3.5-27b-4l", 2, 3000),
    T("train-nemotron-h-56b-9l-bf16-adamw-b1s3000", "nemotron-h-56b-9l", 1, 3000),
    # full checkpointing: one layer at a time is recomputed in backward, the largest kind sets the peak
    T("train-qwen3.5-27b-4l-bf16-adamw-b2s4096-gc", "qwen3.5-27b-4l", 2, 4096, gc=True),
    T("train-nemotron-h-56b-9l-bf16-adamw-b1s4096-gc", "nemotron-h-56b-9l", 1, 4096, gc=True),
    T("train-falcon-h1-0.5b-4l-bf16-adamw-b1s2048", "falcon-h1-0.5b-4l", 1, 2048),
    T("train-granite-4.0-h-tiny-6l-bf16-adamw-b1s2048", "granite-4.0-h-tiny-6l", 1, 2048),
    T("train-gemma3n-e4b-10l-bf16-adamw-b1s2048", "gemma3n-e4b-10l", 1, 2048),
    T("train-olmo3-7b-4l-bf16-adamw-b1s8192", "olmo3-7b-4l", 1, 8192),
    # a sliding window in training past the window, GQA: the mask and transformers' repeat_kv copies kept
    T("train-mistral-7b-sw4096-bf16-adamw-b1s8192", "mistral-7b-sw4096", 1, 8192),
    T("train-mimo-v2-flash-6l-bf16-adamw-b1s2048", "mimo-v2-flash-6l", 1, 2048, attn="eager"),
    T("train-deepseek-v4-flash-4l-bf16-adamw-b1s2048", "deepseek-v4-flash-4l", 1, 2048, attn="eager"),
    T("train-deepseek-v4-flash-5l-mix-bf16-adamw-b2s1000", "deepseek-v4-flash-5l-mix", 2, 1000, attn="eager"),
    C("train-resnet50-fp32-sgdm-b32", "resnet50", "sgd_momentum", SGD_FE),
    C("train-resnet50-fp32-adamw-b32", "resnet50", "adamw"),
    C("train-vgg16-fp32-sgdm-b32", "vgg16", "sgd_momentum", SGD_FE),
    C("train-vgg16-fp32-adamw-b32", "vgg16", "adamw"),
    *FSDP2,
    *TP,
    *TITAN,
]

INFERENCE = [
    I("inf-qwen2.5-0.5b-b1s1", "qwen2.5-0.5b", 1, 1),
    I("inf-qwen2.5-0.5b-b1s32768", "qwen2.5-0.5b", 1, 32768),
    I("inf-qwen2.5-1.5b-b1s2048", "qwen2.5-1.5b", 1, 2048),
    I("inf-qwen2.5-1.5b-b1s32768", "qwen2.5-1.5b", 1, 32768),
    I("inf-qwen2.5-7b-b1s1", "qwen2.5-7b", 1, 1),
    I("inf-qwen2.5-7b-b4s8192", "qwen2.5-7b", 4, 8192),
    I("inf-qwen2.5-7b-b1s32768", "qwen2.5-7b", 1, 32768),
    I("inf-llama3.1-8b-b1s1", "llama3.1-8b", 1, 1),
    I("inf-llama3.1-8b-b4s2048", "llama3.1-8b", 4, 2048),
    I("inf-llama3.1-8b-b1s2048-alllogits", "llama3.1-8b", 1, 2048, logits_to_keep=0),
    I("inf-llama3.1-8b-b1s8192", "llama3.1-8b", 1, 8192),
    I("inf-llama3.1-8b-b1s32768", "llama3.1-8b", 1, 32768),
    I("inf-llama3.1-8b-b1s8192-eager", "llama3.1-8b", 1, 8192, attn="eager"),
    I("inf-mistral-7b-b1s8192", "mistral-7b", 1, 8192),
    I("inf-mistral-7b-sw4096-b1s8192", "mistral-7b-sw4096", 1, 8192),
    I("inf-gemma2-2b-b1s8192", "gemma2-2b", 1, 8192, attn=None),
    I("inf-gemma2-2b-b4s2048", "gemma2-2b", 4, 2048, attn=None),
    I("inf-llama-70b-like-b1s2048", "llama-70b-like", 1, 2048),
    I("inf-llama-70b-like-b1s32768", "llama-70b-like", 1, 32768),
    I("inf-qwen3-30b-a3b-b1s2048", "qwen3-30b-a3b", 1, 2048),
    I("inf-qwen3.5-27b-4l-b1s8192", "qwen3.5-27b-4l", 1, 8192),
    I("inf-nemotron-h-56b-9l-b1s8192", "nemotron-h-56b-9l", 1, 8192),
    I("inf-gpt-oss-20b-4l-b1s8192", "gpt-oss-20b-4l", 1, 8192, attn="eager"),
    I("inf-llama4-scout-4l-b1s16384", "llama4-scout-4l", 1, 16384),
    I("inf-deepseek-v3.2-4l-b1s4096", "deepseek-v3.2-4l", 1, 4096),
    I("inf-lfm2-1.2b-5l-b4s4096", "lfm2-1.2b-5l", 4, 4096),
    I("inf-qwen3-next-80b-4l-b1s8192", "qwen3-next-80b-4l", 1, 8192),
    I("inf-nemotron-3-nano-30b-7l-b2s8192", "nemotron-3-nano-30b-7l", 2, 8192),
    I("inf-qwen3.5-27b-4l-b2s3000", "qwen3.5-27b-4l", 2, 3000),
    I("inf-nemotron-h-56b-9l-b2s3000", "nemotron-h-56b-9l", 2, 3000),
    I("inf-deepseek-v3.2-4l-b2s2000", "deepseek-v3.2-4l", 2, 2000),
    I("inf-falcon-h1-0.5b-4l-b1s8192", "falcon-h1-0.5b-4l", 1, 8192),
    I("inf-granite-4.0-h-tiny-6l-b1s8192", "granite-4.0-h-tiny-6l", 1, 8192),
    I("inf-gemma3n-e4b-10l-b1s8192", "gemma3n-e4b-10l", 1, 8192),
    I("inf-olmo3-7b-4l-b1s8192", "olmo3-7b-4l", 1, 8192),
    I("inf-mimo-v2-flash-6l-b1s8192", "mimo-v2-flash-6l", 1, 8192, attn="eager"),
    I("inf-deepseek-v4-flash-4l-b1s8192", "deepseek-v4-flash-4l", 1, 8192, attn="eager"),
    I("inf-deepseek-v4-flash-5l-mix-b2s3000", "deepseek-v4-flash-5l-mix", 2, 3000, attn="eager"),
]


# --------------------------------------------------------------------------------------


def _model_setup(name: str) -> tuple[dict, dict]:
    m = MODELS[name]
    cfg = H.load_hf_config(
        m["source"], m.get("overrides"), model_type=m.get("model_type"), nested=m.get("nested"), drop=m.get("drop", ())
    )
    if m["source"]:
        path = H.config_path(m["source"])
        src = f"{path.parent.parent.name}/{m['source']}/config.json"  # hf-configs/... or configs/...
        if path.parent.parent.name == "configs":
            src = f"param_oracle/configs/{m['source']}/config.json"
    else:
        src = f"transformers {m['model_type']} config defaults"
    arch = {k: cfg[k] for k in ARCH_KEYS if k in cfg and cfg[k] is not None}
    setup = {
        "model": name,
        "config_source": src,
        "config_overrides": m.get("overrides", {}),
        **({"config_nested": m["nested"]} if m.get("nested") else {}),
        **({"config_dropped": list(m["drop"])} if m.get("drop") else {}),
        "config_note": m.get("note"),
        **({"keep_in_fp32_modules_strict": True} if m.get("keep_fp32") else {}),
        **({"auto_class": "AutoModelForImageTextToText", "input": "text only"} if m.get("wrapper") else {}),
        "arch": arch,
    }
    return cfg, setup


def run_training_case(case: dict) -> dict:
    if MODELS.get(case.get("model", ""), {}).get("timm"):
        # timm (Gemma 3n's vision tower) from a side folder on PYTHONPATH, imported as tools/oracle does
        sys.path.insert(0, str(REPO / "tools" / "oracle"))
        from default_configs import _import_timm

        _import_timm()
    if "cnn" in case:
        res = H.measure_cnn_training(
            case["cnn"],
            batch=case["batch"],
            image_size=case["image_size"],
            precision=case["precision"],
            optimizer=case["optimizer"],
            optimizer_kwargs=case["optimizer_kwargs"],
        )
        setup = {
            "model": case["cnn"],
            "config_source": "tools/calibration/cnn.py (torchvision-equivalent)",
            **{k: case[k] for k in ("batch", "image_size", "precision", "optimizer", "optimizer_kwargs")},
            "loss": "nn.CrossEntropyLoss, 1000 classes",
            "grad_checkpointing": False,
            "dropout_dispatch": "cuda",
            "iterations": 2,
            "reported_iteration": 2,
        }
    else:
        cfg, setup = _model_setup(case["model"])
        res = H.measure_training(
            cfg,
            batch=case["batch"],
            seq=case["seq"],
            precision=case["precision"],
            optimizer=case["optimizer"],
            optimizer_kwargs=case["optimizer_kwargs"],
            grad_checkpointing=case["grad_checkpointing"],
            attn_implementation=case["attn_implementation"],
            lora=case["lora"],
            ptuning=case.get("ptuning"),
            prefix=case.get("prefix"),
            sdpa_dispatch=case["sdpa_dispatch"],
            keep_outputs=case["keep_outputs"],
            fsdp=case.get("fsdp", 0),
            tp=case.get("tp", 0),
            keep_fp32=MODELS[case["model"]].get("keep_fp32", False),
            tp_plan=case.get("tp_plan", "hf"),
            wrapper=MODELS[case["model"]].get("wrapper", False),
        )
        setup.update(
            {
                k: case[k]
                for k in (
                    "batch",
                    "seq",
                    "precision",
                    "optimizer",
                    "optimizer_kwargs",
                    "grad_checkpointing",
                    "attn_implementation",
                    "lora",
                    "sdpa_dispatch",
                    "keep_outputs",
                )
            }
        )
        for key in ("ptuning", "prefix"):
            if case.get(key):
                setup[key] = case[key]
        if MODELS[case["model"]].get("timm"):
            import timm

            setup["timm"] = timm.__version__  # the vision tower's code (from the side folder)
        setup["dropout_dispatch"] = "cuda"
        setup["dtypes"] = {
            "bf16": {
                "params": "bfloat16",
                "grads": "bfloat16",
                "optimizer_states": "bfloat16",
                "compute": "bfloat16",
            },
            "fp32": {
                "params": "float32",
                "grads": "float32",
                "optimizer_states": "float32",
                "compute": "float32",
            },
            "mixed_bf16": {
                "params": "float32",
                "grads": "float32",
                "optimizer_states": "float32",
                "compute": "bfloat16 (torch.autocast cpu)",
            },
        }[case["precision"]]
        if case.get("fsdp"):
            setup["fsdp"] = case["fsdp"]
            setup["parallelism"] = (
                f"FSDP2 fully_shard per decoder layer (the last not resharded after forward) and the root, "
                f"world size {case['fsdp']} on torch's fake process group, rank 0 measured"
            )
            setup["dtypes"] = {
                "params": "float32 (sharded)",
                "grads": "float32 (sharded; reduce_dtype=fp32)",
                "optimizer_states": "float32 (sharded)",
                "compute": "bfloat16 (MixedPrecisionPolicy param_dtype, gathered per layer)",
            }
        if case.get("tp_plan") == "torchtitan":
            setup["tp"] = case["tp"]
            setup["tp_plan"] = "torchtitan"
            setup["parallelism"] = (
                f"torchtitan parallelize_llama.py @ 9dec370 on transformers' Llama: TP {case['tp']} (embedding "
                "RowwiseParallel with a sequence-sharded output; SequenceParallel norms; "
                "PrepareModuleInput all-gathers "
                "the attention and MLP inputs; q,k,v,gate,up ColwiseParallel; o,down RowwiseParallel(output_layouts="
                "Shard(1)); lm_head ColwiseParallel(output_layouts=Shard(-1), use_local_output=False)), then FSDP2 "
                f"fully_shard per decoder layer (the last not resharded after forward) and the root over dp "
                f"{case['fsdp']}; world size {case['fsdp'] * case['tp']} on torch's fake process group, rank 0 measured"
            )
            setup["step"] = (
                "with loss_parallel(): pred = model(input_ids, position_ids, cache_position).logits; loss = "
                "cross_entropy(pred.flatten(0, 1).float(), input_ids.flatten(0, 1)); del pred; loss.backward(); then "
                "optimizer.step(); optimizer.zero_grad(set_to_none=True)  (torchtitan train.py)"
            )
        elif case.get("tp"):
            setup["tp"] = case["tp"]
            setup["parallelism"] = (
                f"tensor parallel (parallelize_module: ColwiseParallel q,k,v,gate,up; RowwiseParallel o,down; "
                f"embedding, norms, lm_head replicated; no sequence parallel), world size {case['tp']} on torch's "
                f"fake process group, rank 0 measured; AdamW in two parameter groups (DTensor / plain)"
            )
        setup["step"] = setup.get("step") or (
            "loss = model(input_ids, labels=input_ids, use_cache=False).loss; loss.backward(); "
            "optimizer.step(); optimizer.zero_grad(set_to_none=True)"
            + (
                "  (model outputs incl. logits kept alive until after the step)"
                if case["keep_outputs"]
                else "  (model outputs dropped right after forward; only loss kept)"
            )
        )
        setup["iterations"] = 2
        setup["reported_iteration"] = 2
    return _case_record(case["id"], "training", setup, res)


def run_inference_case(case: dict) -> dict:
    cfg, setup = _model_setup(case["model"])
    res = H.measure_inference(
        cfg,
        batch=case["batch"],
        seq=case["seq"],
        decode_steps=case["decode_steps"],
        dtype=case["dtype"],
        attn_implementation=case["attn_implementation"],
        logits_to_keep=case["logits_to_keep"],
        sdpa_dispatch=case["sdpa_dispatch"],
        keep_fp32=MODELS[case["model"]].get("keep_fp32", False),
    )
    setup.update(
        {
            k: case[k]
            for k in (
                "batch",
                "seq",
                "dtype",
                "attn_implementation",
                "logits_to_keep",
                "decode_steps",
                "sdpa_dispatch",
            )
        }
    )
    setup["procedure"] = (
        "model.eval(); no_grad; prefill model(input_ids[b,s], use_cache=True, logits_to_keep=k); "
        "logits[:, -1].float() -> argmax; then decode_steps x model(next[b,1], cache=cache, "
        "logits_to_keep=1)"
    )
    return _case_record(case["id"], "inference", setup, res)


def _case_record(cid: str, kind: str, setup: dict, res: dict) -> dict:
    res = dict(res)
    runtime = res.pop("runtime_s", None)
    rec = {"id": cid, "kind": kind, "setup": setup, "result": res, "environment": ENV}
    rec["_runtime_s"] = runtime  # stripped before writing
    return rec


ENV = {
    **{k: v for k, v in H.versions().items() if k != "platform"},
    "method": "FakeTensorMode (cpu) + torch.distributed._tools.mem_tracker.MemTracker; storages rounded up "
    "to 512 B (CUDA caching allocator); SDPA routed through the CUDA backend choice "
    "(flash > mem-efficient > math) unless sdpa_dispatch='native'; dropout as CUDA's fused "
    "native_dropout (bool mask); see tools/calibration/README.md",
}


def _write(path: Path, records: list[dict]) -> None:
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in records]
    path.write_text(json.dumps(clean, indent=1, sort_keys=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="regex on case ids; merge into existing data files")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--out", default=str(OUT_DIR))
    args = ap.parse_args(argv)

    if args.list:
        for c in TRAINING + INFERENCE:
            print(c["id"])
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pat = re.compile(args.only) if args.only else None
    t_all = time.time()
    for _kind, cases, runner, fname in (
        ("training", TRAINING, run_training_case, "training.json"),
        ("inference", INFERENCE, run_inference_case, "inference.json"),
    ):
        sel = [c for c in cases if pat is None or pat.search(c["id"])]
        if not sel:
            continue
        path = out / fname
        existing = {}
        if pat is not None and path.exists():
            existing = {r["id"]: r for r in json.loads(path.read_text())}
        new = {}
        for c in sel:
            t0 = time.time()
            rec = runner(c)
            new[c["id"]] = rec
            r = rec["result"]
            print(
                f"{c['id']:<52} peak {r['peak_bytes'] / 2**30:8.2f} GiB  ({r['peak_phase']:<14}) "
                f"{time.time() - t0:6.1f}s",
                flush=True,
            )
        order = [c["id"] for c in cases]
        merged = {**existing, **new}
        records = [merged[i] for i in order if i in merged]
        _write(path, records)
    print(f"total {time.time() - t_all:.0f}s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
