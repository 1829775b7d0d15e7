"""Every decoder family in the table (core/importers/hf_families.py) held to an independent figure:
transformers' own count for the family's default config (tests/data/param_oracle/default_configs.json, made by
tools/oracle/default_configs.py), or — for remote-code families transformers cannot build — a hand calculation
from the checkpoint's published shapes, written out below. The real-config corpus (test_params_oracle.py) holds
the families it has files for as well."""

import json

import pytest

from core.errors import ModelFormatError
from core.importers import hf_config
from core.importers.hf_families import FAMILIES
from core.params import count
from tests.conftest import DATA

DEFAULTS = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())
# Defaults that do not describe a buildable model for our reader, with the reason (the real configs are held by the
# corpus instead): DeepSeek-V2's default leaves num_experts_per_tok unset; GLM-4.5's default has 96 heads of
# 4096 / 96 (transformers floors head_dim to 42, no real checkpoint does: GLM-4.5-Air's config sets head_dim 128).
REFUSED_DEFAULTS = {"deepseek_v2", "glm4_moe"}
# Families held by a real-config corpus entry or a checkpoint because transformers cannot build them by default
HELD_ELSEWHERE = {
    "exaone4_5_text": "tests/data/param_oracle: LGAI-EXAONE__EXAONE-4.5-33B (transformers registers no text-only model "
    "type for it); test_params_oracle.py test_exaone4_5_vision_by_hand",
    "muse_glimmer_text": "tests/data/param_oracle: meta-models__Muse-Glimmer-30B (transformers has no text-only class "
    "for it); test_params_oracle.py test_muse_glimmer_by_hand",
    "kimi_k2": "tests/data/param_oracle: moonshotai__Kimi-K2-Instruct (DeepSeek-V3 class build)",
    "internlm2": "test_params_oracle.py CHECKPOINTS (internlm2-chat-7b index total_size)",
    "baichuan": "test_params_oracle.py CHECKPOINTS (Baichuan2-13B-Chat index total_size)",
    "chatglm": "test_params_oracle.py CHECKPOINTS (chatglm3-6b index total_size)",
    "qwen": "test_qwen1_by_hand below",
    "qwen3_vl_text": "tests/data/param_oracle: Qwen__Qwen3-VL-32B-Instruct (text model inside the VLM)",
    "qwen3_vl_moe_text": "same text class as qwen3_vl_text with experts, read by the generic MoE reader",
    "yi": "Llama architecture (Yi's config class is LlamaConfig-compatible); no default class in transformers",
    "ministral": "transformers' default MinistralConfig does not build (rope settings unset); Ministral configs in "
    "the wild use model_type mistral",
    "hunyuan_v1_dense": "transformers' default HunYuanDenseV1Config does not build (rope settings unset)",
    "nemotron-nas": "test_params_oracle.py test_nemotron_nas_by_hand (remote code; answered unverified)",
    "mimo": "tests/data/param_oracle: XiaomiMiMo__MiMo-7B-Base (its Qwen2ForCausalLM base built by transformers); "
    "test_mtp.py test_mimo_by_its_shapes",
}


@pytest.mark.parametrize("model_type", sorted(FAMILIES))
def test_family_count_equals_transformers_default(model_type: str) -> None:
    entry = DEFAULTS[model_type]
    if "total" not in entry:
        assert model_type in HELD_ELSEWHERE, f"{model_type}: no figure holds it ({entry.get('skipped')})"
        return
    if model_type in REFUSED_DEFAULTS:
        with pytest.raises(ModelFormatError):
            hf_config.from_dict(entry["config"])
        return
    imported = hf_config.from_dict(entry["config"])
    assert imported.verified, imported.warnings
    assert count(imported.architecture).total == entry["total"]


@pytest.mark.parametrize("name", sorted(DEFAULTS["variants"]))
def test_family_at_published_dimensions_equals_transformers(name: str) -> None:
    """Families the real-config corpus has no file for yet (Granite 4, Falcon-H1), at the dimensions of their
    published checkpoints, and Gemma 4's small-model structure on a real Gemma 4 text model (sources in
    tools/oracle/default_configs.py): both the keys as the checkpoints spell them (layer_types "mamba" /
    "attention", global_head_dim) and transformers' own re-save of them ("linear_attention" / "full_attention",
    per_layer_config) must give transformers' count."""
    v = DEFAULTS["variants"][name]
    for config in ({"model_type": v["model_type"], **v["keys"]}, v["config"]):
        imported = hf_config.from_dict(config)
        assert imported.verified, imported.warnings
        assert count(imported.architecture).total == v["total"]


def test_published_dimensions_match_the_cards() -> None:
    """The variants are the models their names say: transformers' totals against the model cards' sizes (Granite
    4.0 H-Tiny "7B total", H-1B "1.5B"; Falcon-H1 0.5B and 7B; Gemma 3n E2B and E4B)."""
    totals = {name: v["total"] / 1e9 for name, v in DEFAULTS["variants"].items()}
    assert round(totals["granite-4.0-h-tiny (dims)"]) == 7
    assert round(totals["granite-4.0-h-1b (dims)"], 1) == 1.5
    assert round(totals["Falcon-H1-0.5B (dims)"], 1) == 0.5
    assert round(totals["Falcon-H1-7B (dims)"]) in (7, 8)  # 7.59 B: the card's "7B" names the class
    # Gemma 3n, the whole model: "Their actual parameter counts are 5B and 8B" (E2B, E4B; Hugging Face's release
    # post, github:huggingface/blog gemma3n.md)
    assert round(totals["gemma-3n E2B (dims, full model with vision and audio towers)"]) == 5
    assert round(totals["gemma-3n E4B (dims, full model with vision and audio towers)"]) == 8


def test_qwen1_by_hand() -> None:
    """Qwen-7B (model_type 'qwen', remote code): its config states intermediate_size 22016, the SUM of the two SwiGLU
    branches (w1 and w2 are 11008 wide each). Shapes from the checkpoint: wte 151936 × 4096, c_attn 4096 → 3 × 4096
    with bias, c_proj 4096 → 4096 without, w1/w2 4096 → 11008, c_proj 11008 → 4096, ln_1/ln_2/ln_f RMSNorm, untied
    lm_head."""
    cfg = {
        "model_type": "qwen", "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32,
        "kv_channels": 128, "intermediate_size": 22016, "vocab_size": 151936, "seq_length": 8192,
        "tie_word_embeddings": False, "no_bias": True, "layer_norm_epsilon": 1e-6,
    }  # fmt: skip
    h, v, f = 4096, 151936, 11008
    per_layer = (h * 3 * h + 3 * h) + h * h + 3 * h * f + 2 * h
    expected = 2 * v * h + 32 * per_layer + h
    assert expected == 7_721_324_544  # the 7.72 B the issue names (not the 12.05 B of reading 22016 as one branch)
    assert count(hf_config.from_dict(cfg).architecture).total == expected
