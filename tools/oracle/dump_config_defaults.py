"""Dev-only: dump transformers' config-class defaults for the model types GPU Sizer imports.

Real config.json files often omit keys and rely on these defaults (e.g. llava-1.5's text_config holds only
model_type and vocab_size). The product reads the resulting JSON (resources/hf_config_defaults.json); it never
imports transformers.

    python tools/oracle/dump_config_defaults.py > resources/hf_config_defaults.json
"""

import json
import sys

import transformers
from transformers import AutoConfig

TYPES = [
    "llama",
    "mistral",
    "mixtral",
    "qwen2",
    "qwen2_moe",
    "qwen3",
    "qwen3_moe",
    "gemma",
    "gemma2",
    "gemma3_text",
    "phi3",
    "phi",
    "deepseek_v2",
    "deepseek_v3",
    "gpt2",
    "gpt_neox",
    "gptj",
    "falcon",
    "bloom",
    "opt",
    "bert",
    "roberta",
    "t5",
    "bart",
    "whisper",
    "vit",
    "clip_text_model",
    "clip_vision_model",
    "siglip_vision_model",
    "mamba",
    "starcoder2",
    "glm",
    "glm4",
    "olmo",
    "olmo2",
    "cohere",
    "stablelm",
    "gpt_bigcode",
    "granite",
    "granitemoehybrid",
    "falcon_h1",
    "olmo3",
]
SUB = {
    "qwen2_vl.vision_config": ("qwen2_vl", "vision_config"),
    "qwen2_5_vl.vision_config": ("qwen2_5_vl", "vision_config"),
    # Llama 4's published configs name no vision_config: transformers builds this default tower
    "llama4.vision_config": ("llama4", "vision_config"),
}
SIMPLE = (int, float, bool, str, type(None))


def simple(d):
    return {
        k: v
        for k, v in sorted(d.items())
        if isinstance(v, SIMPLE) or (isinstance(v, list) and all(isinstance(x, SIMPLE) for x in v))
    }


out = {
    "source": f"transformers {transformers.__version__} config classes (AutoConfig.for_model(model_type).to_dict())",
    "command": "python tools/oracle/dump_config_defaults.py > resources/hf_config_defaults.json",
    "defaults": {},
}
for mt in TYPES:
    try:
        out["defaults"][mt] = simple(AutoConfig.for_model(mt).to_dict())
    except Exception as exc:
        print(f"skip {mt}: {exc}", file=sys.stderr)
for key, (mt, attr) in SUB.items():
    cfg = AutoConfig.for_model(mt)
    out["defaults"][key] = simple(getattr(cfg, attr).to_dict())
for junk in ("transformers_version", "architectures", "_name_or_path"):
    for d in out["defaults"].values():
        d.pop(junk, None)
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
