"""Dev-only: which towers transformers' `enable_input_require_grads` hooks — the forward hook that
`activation_checkpointing_enable` (what `gradient_checkpointing_enable` and the Trainer's `gradient_checkpointing=True`
call) adds to every sub-model's `get_input_embeddings()` on a model whose main input is `input_ids`, or on any model
with a PEFT adapter loaded (modeling_utils.py, transformers 5.25: "for module in self.modules(): if not
(isinstance(module, PreTrainedModel) and hasattr(module, 'get_input_embeddings')) … register_forward_hook(
make_inputs_require_grads)"). A hooked tower's output requires grad, so under LoRA with checkpointing backward runs
through the frozen tower for input gradients and the tower keeps its activations for it; an unhooked one runs forward
only. Each vision-language family is built on the meta device (its real corpus config where the corpus has one, else
transformers' default config, the text model cut to 1 layer), the hook is enabled, and the hooked module names are
recorded. Writes tests/data/calibration/input_hooks.json, which tests/core/test_tower_flops.py holds
core/tower_flops.py's table to.

    /tmp/oracle-venv/bin/python tools/calibration/input_hooks.py --out tests/data/calibration/input_hooks.json

(torch 2.13.0+cpu, transformers 5.25.0; ~1 min. Not built here: Gemma 3n, whose vision tower needs timm; jina-vlm,
remote code; Voxtral, recorded by hand from VoxtralEncoder's `_input_embed_layer = "conv1"`.)"""

from __future__ import annotations

import argparse
import json
import os
import warnings
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
warnings.filterwarnings("ignore")

import torch  # noqa: E402
import transformers  # noqa: E402
from transformers import AutoConfig, AutoModelForImageTextToText  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "tests" / "data" / "param_oracle" / "configs"

# family (model_type) → the corpus config it is built from (None: transformers' default config for the model_type)
FAMILIES = {
    "exaone4_5": "LGAI-EXAONE__EXAONE-4.5-33B",
    "lfm2_vl": "LiquidAI__LFM2.5-VL-1.6B",
    "internvl": "OpenGVLab__InternVL3_5-8B-HF",
    "qwen3_vl": "Qwen__Qwen3-VL-32B-Instruct",
    "gemma3": "google__gemma-3-27b-it",
    "llama4": "meta-llama__Llama-4-Scout-17B-16E-Instruct",
    "mistral3": "mistralai__Mistral-Small-3.1-24B-Instruct-2503",
    "qwen2_vl": "pbarker__Qwen2-VL-7B-sk-googleflights-full-750-47ep",
    "hunyuan_vl": "tencent__HunyuanOCR",
    "muse_glimmer": "meta-models__Muse-Glimmer-30B",
    "kimi_k25": "moonshotai__Kimi-K2.5",
    "qwen2_5_vl": None,
    "qwen3_5": None,
    "qwen3_5_moe": None,
    "gemma4": None,
    "llava": None,
}


def hooked(family: str, folder: str | None) -> list[str]:
    cfg = AutoConfig.from_pretrained(CONFIGS / folder) if folder else AutoConfig.for_model(family)
    for c in (getattr(cfg, "text_config", None), cfg):
        if c is not None and hasattr(c, "num_hidden_layers"):
            c.num_hidden_layers = 1
            if getattr(c, "layer_types", None):
                c.layer_types = c.layer_types[:1]
    with torch.device("meta"):
        model = AutoModelForImageTextToText.from_config(cfg)
    model.enable_input_require_grads()
    return [name for name, module in model.named_modules() if module._forward_hooks]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows = {}
    for family, folder in FAMILIES.items():
        names = hooked(family, folder)
        text = [n for n in names if n.endswith("embed_tokens")]
        rows[family] = {
            "config": f"tests/data/param_oracle/configs/{folder}" if folder else "transformers' default config",
            "hooked_modules": names,
            "vision_tower_hooked": len(names) > len(text),
        }
        print(family, names, flush=True)
    out = {
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "command": "tools/calibration/input_hooks.py",
        "families": rows,
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
