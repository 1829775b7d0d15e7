"""Dev-only: the forward FLOPs of the timm image encoders Gemma 3n's vision tower is built from (MobileNetV5), per image
at the input size timm's pretrained_cfg gives, counted by torch.utils.flop_counter.FlopCounterMode (2 FLOPs a
multiply-add: convolutions, depthwise ones by their weight's shape, and the attention's batched matmuls) over
`forward_features` — what transformers' TimmWrapperModel runs for Gemma3nModel.get_image_features
(`self.vision_tower(pixel_values=…, do_pooling=False)` → `self.timm_model.forward_features(pixel_values)`). Built on
the meta device, as tools/oracle/default_configs.py timm_towers builds them for their parameter counts
(core/importers/hf_gemma3n.py TIMM_TOWERS). Writes tests/data/calibration/timm_flops.json, which
tests/core/test_tower_flops.py holds the engine to.

    pip install --no-deps --target /tmp/timm-site timm==1.0.31 torchvision==0.28.0 pillow
    PYTHONPATH=/tmp/timm-site /tmp/oracle-venv/bin/python tools/calibration/timm_flops.py \\
        --out tests/data/calibration/timm_flops.json

(timm in a side folder, never in the oracle venv: tools/oracle/default_configs.py _import_timm; torch 2.13.0+cpu,
timm 1.0.31.) One image and two per call: the count is linear in images (no per-call term)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch
from torch.utils.flop_counter import FlopCounterMode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "oracle"))
from default_configs import _import_timm  # noqa: E402

ARCHS = ("mobilenetv5_300m_enc", "mobilenetv5_300m", "mobilenetv5_base")


def count(timm: object, name: str, images: int) -> dict:
    with torch.device("meta"):
        m = timm.create_model(name, pretrained=False, num_classes=0)  # type: ignore[attr-defined]
        size = m.pretrained_cfg["input_size"]
        with FlopCounterMode(display=False) as fc:
            features = m.forward_features(torch.empty(images, *size))
    by_op = {str(k): int(v) for k, v in fc.get_flop_counts()["Global"].items()}
    return {"input_size": list(size), "images": images, "forward_features_shape": list(features.shape),
            "flops": int(fc.get_total_flops()), "flops_by_op": by_op}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests/data/calibration/timm_flops.json")
    args = ap.parse_args(argv)
    timm = _import_timm()
    env = {"torch": torch.__version__, "timm": timm.__version__}
    rows = {name: [count(timm, name, n) for n in (1, 2)] for name in ARCHS}
    args.out.write_text(json.dumps({"environment": env, "towers": rows}, indent=1, sort_keys=True) + "\n")
    print(json.dumps({k: [r["flops"] for r in v] for k, v in rows.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
