"""transformers' own parameter count for each decoder family's *default* config (its config class with no
arguments, cut to 4 layers), built on the meta device: a second oracle for the family table, covering families
the real-config corpus has no file for (dev-only; needs torch + transformers).

    python tools/oracle/default_configs.py --out tests/data/param_oracle/default_configs.json

Families transformers cannot build this way (remote code, or a default that does not build) are recorded with the
reason.

`variants` (below): the same families at the dimensions of published checkpoints, full depth, for families whose
real config.json the corpus does not have yet. Each is transformers' count of those dimensions, not a checkpoint's
tensor list: the dimensions were transcribed (by others, not byte for byte) from the published configs; the source
of each is named beside it."""

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
warnings.filterwarnings("ignore")

import torch  # noqa: E402
import transformers  # noqa: E402
from transformers import AutoConfig, AutoModelForCausalLM  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


_GRANITE_4_LAYERS = (["mamba"] * 5 + ["attention"] + ["mamba"] * 9 + ["attention"] + ["mamba"] * 9 + ["attention"]
                     + ["mamba"] * 9 + ["attention"] + ["mamba"] * 4)  # fmt: skip
_GRANITE_4_COMMON = {
    "hidden_size": 1536, "num_hidden_layers": 40, "num_attention_heads": 12, "num_key_value_heads": 4,
    "vocab_size": 100352, "tie_word_embeddings": True, "mamba_d_state": 128, "mamba_n_groups": 1, "mamba_n_heads": 48,
    "mamba_d_head": 64, "mamba_expand": 2, "mamba_d_conv": 4, "mamba_chunk_size": 256,
    "max_position_embeddings": 131072, "layer_types": _GRANITE_4_LAYERS,
}  # fmt: skip
# name → (model_type, config keys). Sources of the dimensions:
# - Granite-4.0-H-Tiny / -H-1B: the GRANITE_H_TINY_HF / GRANITE_H_1B_HF fixtures of a public test suite that quotes
#   ibm-granite/granite-4.0-h-tiny and ibm-granite/granite-4.0-h-1b config.json (abridged); cards: 7B total / 1B
#   active, and 1.5B.
# - Falcon-H1-0.5B: FALCON_H1_500M_CONFIG in NVIDIA Megatron-Bridge's Falcon-H1 bridge test (the keys of
#   tiiuae/Falcon-H1-0.5B's config.json as that test transcribes them, mamba_d_ssm missing: added here as
#   mamba_n_heads × mamba_d_head = 1,536, the value the bridge writes back and the only one transformers accepts);
#   Falcon-H1-7B: FALCON_H1_7B_HF of the same suite as Granite (abridged). Depth, width and heads of both agree with
#   the table in transformers' docs/source/en/model_doc/falcon_h1.md.
# These counts are transformers' builds of the transcribed dimensions, not checkpoints' tensor lists.
VARIANTS: dict[str, tuple[str, dict]] = {
    "granite-4.0-h-tiny (dims)": ("granitemoehybrid", {
        **_GRANITE_4_COMMON, "intermediate_size": 512, "shared_intermediate_size": 1024, "num_local_experts": 64,
        "num_experts_per_tok": 6}),
    "granite-4.0-h-1b (dims)": ("granitemoehybrid", {
        **_GRANITE_4_COMMON, "intermediate_size": 4096, "shared_intermediate_size": 4096, "num_local_experts": 0,
        "num_experts_per_tok": 0}),
    "Falcon-H1-0.5B (dims)": ("falcon_h1", {
        "attention_bias": False, "attention_in_multiplier": 1.0, "attention_out_multiplier": 0.9375,
        "embedding_multiplier": 5.656854249492381, "head_dim": 64, "hidden_act": "silu", "hidden_size": 1024,
        "intermediate_size": 2048, "key_multiplier": 0.39062499999999994, "lm_head_multiplier": 0.0390625,
        "mamba_chunk_size": 128, "mamba_conv_bias": True, "mamba_d_conv": 4, "mamba_d_head": 64, "mamba_d_state": 128,
        "mamba_d_ssm": 1536, "mamba_expand": 2, "mamba_n_groups": 1, "mamba_n_heads": 24,
        "mamba_norm_before_gate": False,
        "mamba_proj_bias": False, "mamba_rms_norm": False, "max_position_embeddings": 16384, "mlp_bias": False,
        "mlp_multipliers": [0.8838834764831844, 0.5859375], "num_attention_heads": 8, "num_hidden_layers": 36,
        "num_key_value_heads": 2, "projectors_bias": False, "ssm_in_multiplier": 1.25,
        "ssm_multipliers": [0.3535533905932738, 0.25, 0.3535533905932738, 0.5, 0.3535533905932738],
        "ssm_out_multiplier": 0.23570226039551587, "tie_word_embeddings": False, "vocab_size": 32784}),
    "Falcon-H1-7B (dims)": ("falcon_h1", {
        "hidden_size": 3072, "num_hidden_layers": 44, "num_attention_heads": 12, "num_key_value_heads": 2,
        "head_dim": 128, "intermediate_size": 12288, "vocab_size": 130048, "tie_word_embeddings": False,
        "mamba_d_state": 256, "mamba_n_groups": 1, "mamba_n_heads": 24, "mamba_d_head": 128, "mamba_d_ssm": 3072,
        "mamba_expand": 2, "mamba_d_conv": 4, "mamba_chunk_size": 128, "max_position_embeddings": 262144}),
}  # fmt: skip
# Gemma 4's small-model structure (per-layer inputs, kv-shared last layers with double-wide MLPs) on the text model
# of a real Gemma 4 config (the corpus's nvidia/Gemma-4-31B-IT-NVFP4 text_config; no published config of a small
# Gemma 4 was found): transformers' count of that structure, not of a published checkpoint.
_GEMMA4_31B = json.loads(
    (REPO / "tests/data/param_oracle/configs/nvidia__Gemma-4-31B-IT-NVFP4/config.json").read_text()
)["text_config"]
VARIANTS["gemma-4 31B text + per-layer inputs, 20 kv-shared layers, double-wide MLP"] = ("gemma4_text", {
    **{k: v for k, v in _GEMMA4_31B.items() if k not in ("model_type", "dtype")},
    "hidden_size_per_layer_input": 256, "num_kv_shared_layers": 20, "use_double_wide_mlp": True,
})  # fmt: skip


def build(mt: str, keys: dict | None = None) -> dict:
    cfg = AutoConfig.for_model(mt, **(keys or {}))
    if keys is None and getattr(cfg, "num_hidden_layers", 0) and cfg.num_hidden_layers > 4:
        cfg.num_hidden_layers = 4
        try:
            if getattr(cfg, "layer_types", None):
                cfg.layer_types = cfg.layer_types[:4]
        except AttributeError:  # a read-only property derived from num_hidden_layers (Falcon-H1)
            pass
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(cfg)
    model.tie_weights()
    return {
        "class": type(model).__name__,
        "total": sum(p.numel() for p in model.parameters()),
        "config": json.loads(cfg.to_json_string(use_diff=False)),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from core.importers.hf_families import FAMILIES

    out = {"_about": {"command": "python tools/oracle/default_configs.py --out " + str(args.out),
                      "torch": torch.__version__, "transformers": transformers.__version__}}  # fmt: skip
    for mt in FAMILIES:
        try:
            try:
                out[mt] = build(mt)
            except ValueError:  # a default whose structure needs its full depth (Gemma 3n's KV sharing)
                out[mt] = build(mt, {})
        except Exception as exc:  # recorded as the reason this family has no default-config figure
            out[mt] = {"skipped": f"{type(exc).__name__}: {str(exc)[:160]}"}
        print(mt, out[mt].get("total", out[mt].get("skipped")), flush=True)
    out["variants"] = {}
    for name, (mt, keys) in VARIANTS.items():
        out["variants"][name] = {"model_type": mt, "keys": keys, **build(mt, keys)}
        print(name, out["variants"][name]["total"], flush=True)
    args.out.write_text(json.dumps(out, indent=1, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
