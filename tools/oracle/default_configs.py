"""transformers' own parameter count for each decoder family's *default* config (its config class with no
arguments, cut to 4 layers), built on the meta device: a second oracle for the family table, covering families
the real-config corpus has no file for (dev-only; needs torch + transformers).

    python tools/oracle/default_configs.py --out tests/data/param_oracle/default_configs.json

Families transformers cannot build this way (remote code, or a default that does not build) are recorded with the
reason."""

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


def build(mt: str) -> dict:
    cfg = AutoConfig.for_model(mt)
    if getattr(cfg, "num_hidden_layers", 0) and cfg.num_hidden_layers > 4:
        cfg.num_hidden_layers = 4
    if getattr(cfg, "layer_types", None):
        cfg.layer_types = cfg.layer_types[:4]
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
            out[mt] = build(mt)
        except Exception as exc:  # recorded as the reason this family has no default-config figure
            out[mt] = {"skipped": f"{type(exc).__name__}: {str(exc)[:160]}"}
        print(mt, out[mt].get("total", out[mt].get("skipped")), flush=True)
    args.out.write_text(json.dumps(out, indent=1, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
