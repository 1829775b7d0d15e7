"""Multi-token-prediction (MTP) layers a config declares: how many, and their structure where it is known.

transformers does not build these layers, so they are never in the parameter total; core.params.mtp_count counts
them beside it and a serving engine adds them (weights, KV cache) only when they draft for speculative decoding.
The structures, by the tensors the checkpoints and the engines' MTP model files name:
- "deepseek": model.layers.{L+i}.{enorm, hnorm, eh_proj, shared_head.norm} + a decoder block of the model's kind
  (vLLM vllm/model_executor/models/deepseek_mtp.py, glm4_moe_mtp.py; MiMo's model.mtp_layers.i.{token_layernorm,
  hidden_layernorm, input_proj, final_layernorm, mtp_block}: vllm/model_executor/models/mimo_mtp.py, same shapes).
  DeepSeek-V3's checkpoint also stores model.layers.61.embed_tokens and shared_head.head, [129280, 7168] each
  (deepseek-ai/DeepSeek-V3 README_WEIGHTS.md: "11.5B unique parameters (excluding the shared 0.9B Embedding and
  0.9B output Head)").
- "qwen3-next": mtp.fc (h × 2h), mtp.pre_fc_norm_embedding, mtp.pre_fc_norm_hidden, mtp.norm and mtp.layers.N, a
  full-attention block (vllm/model_executor/models/qwen3_next_mtp.py; Qwen3.5: mtp_use_dedicated_embeddings false).
"""

from __future__ import annotations

from typing import Literal

from core.architecture import MtpSpec
from core.importers.hf_reader import ConfigReader
from core.messages import Message

KEYS = ("num_nextn_predict_layers", "num_mtp_modules", "num_mtp_layers", "mtp_num_hidden_layers")

# model_type -> (structure, vocab × hidden copies the checkpoint stores per MTP layer)
_KINDS: dict[str, tuple[Literal["deepseek", "qwen3-next"], int]] = {
    "deepseek_v3": ("deepseek", 2),  # V3, R1, V3.1: model.layers.61.embed_tokens + shared_head.head in the index
    "deepseek_v32": ("deepseek", 2),  # V3.2: the V3.1 checkpoint layout
    # GLM-4.5/4.6/4.7: layer L. Copies not counted: they vary by release (vLLM's GLM-4.6 MTP load failed with
    # "weights were not initialized from checkpoint: model.embed_tokens.weight, model.layers.92.shared_head.head.weight"
    # where GLM-4.5's loaded: vllm-project/vllm issue on --speculative-config method deepseek_mtp with GLM-4.6)
    "glm4_moe": ("deepseek", 0),
    "glm_moe_dsa": ("deepseek", 0),  # GLM-5
    "mimo": ("deepseek", 0),
    "qwen3_next": ("qwen3-next", 0),
    "qwen3_5": ("qwen3-next", 0),
    "qwen3_5_moe": ("qwen3-next", 0),
    "qwen3_5_text": ("qwen3-next", 0),
    "qwen3_5_moe_text": ("qwen3-next", 0),
}


def known_kind(*model_types: str) -> tuple[Literal["deepseek", "qwen3-next"], int] | None:
    """(structure, vocab × hidden copies per MTP layer) of the first of `model_types` whose MTP layers are known."""
    return next((_KINDS[m] for m in model_types if m in _KINDS), None)


def read(c: ConfigReader, *model_types: str) -> tuple[MtpSpec | None, str | None]:
    """The MTP layers `c` declares (None if none) and the note the import reports about them."""
    key = next((k for k in KEYS if c.has(k)), None)
    n = c.int(*KEYS, default=0, note=False)
    if c.has("use_mtp") and not c.bool("use_mtp"):
        n = 0
    if not n or key is None:
        return None, None
    known = known_kind(*model_types)
    if known is None:
        spec = MtpSpec(num_layers=n, kind="unknown", config_key=key)
        return spec, Message(
            "mtp.unknown_layers",
            "the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not "
            "build: not in the total; their structure is not known here, so they are not counted (unverified) and "
            "cannot be sized as a speculative-decoding draft",
            n=n,
            key=key,
        )
    kind, copies = known
    spec = MtpSpec(num_layers=n, kind=kind, config_key=key, checkpoint_copies=copies)
    return spec, Message(
        "mtp.layers",
        "the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not "
        "build: counted beside the total, not in it; a runtime loads them only for speculative decoding",
        n=n,
        key=key,
    )
