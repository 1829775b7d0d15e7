"""Dev-only: the forward FLOPs of two towers as PyTorch counts them — transformers' VoxtralEncoder + projector over
30-second chunks (as VoxtralModel.get_audio_features runs them) and Qwen3-VL-32B's vision tower (Qwen3VLVisionModel,
patch mergers and deepstack mergers) over small images (128 × 128, 64 × 64) — Voxtral's on fake tensors (no weights,
no GPU), Qwen3-VL's on real CPU tensors of random values (its rotary code reads grid_thw's values) — under
torch.utils.flop_counter.FlopCounterMode. Writes tests/data/calibration/tower_flops.json, which
tests/core/test_tower_flops.py holds the engine (core/tower_flops.py) to.

    /tmp/oracle-venv/bin/python tools/calibration/tower_flops.py --out tests/data/calibration/tower_flops.json

(torch 2.13.0+cpu, transformers 5.25.0; ~1 min.) Configs: tests/data/param_oracle/configs/
mistralai__Voxtral-Mini-3B-2507/config.json and Qwen__Qwen3-VL-32B-Instruct/config.json. Attention runs eager
(`_attn_implementation = "eager"`), so its products are bmm / matmul ops the counter sees (the CPU's fused SDPA kernel
is not counted by FlopCounterMode; on a GPU the same products run inside the fused kernel). FlopCounterMode counts
2 FLOPs per multiply-add of every convolution, matmul and bmm; norms, activations, softmax and additions are not
counted (nor are they in the engine's 2·N rule). Output is deterministic."""

from __future__ import annotations

import argparse
import json
import os
import warnings
from pathlib import Path
from typing import Any

os.environ["HF_HUB_OFFLINE"] = "1"
warnings.filterwarnings("ignore")

import torch  # noqa: E402
from torch._subclasses.fake_tensor import FakeTensorMode  # noqa: E402
from torch.utils.flop_counter import FlopCounterMode  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "tests/data/param_oracle/configs"


def _counts(fc: FlopCounterMode) -> dict[str, int]:
    return {str(k): int(v) for k, v in sorted(fc.get_flop_counts()["Global"].items(), key=lambda kv: str(kv[0]))}


def voxtral(chunks: int) -> dict[str, Any]:
    from transformers import VoxtralConfig
    from transformers.models.voxtral.modeling_voxtral import VoxtralEncoder, VoxtralMultiModalProjector

    path = CONFIGS / "mistralai__Voxtral-Mini-3B-2507/config.json"
    cfg = VoxtralConfig(**json.loads(path.read_text()))
    cfg.audio_config._attn_implementation = "eager"
    with FakeTensorMode():
        enc = VoxtralEncoder(cfg.audio_config).eval()
        proj = VoxtralMultiModalProjector(cfg).eval()
        # one (num_mel_bins, 3000) row of mel frames per 30 s chunk, every chunk in one encoder call
        x = torch.empty(chunks, cfg.audio_config.num_mel_bins, 3000)
        with torch.no_grad(), FlopCounterMode(display=False) as fc:
            h = enc(x).last_hidden_state
            out = proj(h.reshape(-1, cfg.audio_config.intermediate_size))
    return {
        "id": f"voxtral-mini-audio-tower-{chunks}-chunks",
        "setup": {
            "config": str(path.relative_to(ROOT)),
            "chunks": chunks,
            "seconds": 30 * chunks,
            "attention": "eager",
        },
        "result": {"flops": int(fc.get_total_flops()), "by_op": _counts(fc), "output_shape": list(out.shape)},
    }


def qwen3_vl(images: int, side: int) -> dict[str, Any]:
    """Run on real (random, uninitialised) CPU tensors: the tower's rotary and position-interpolation code builds
    index tensors from grid_thw's values (repeat_interleave), which fake tensors cannot; small images keep it quick."""
    from transformers import Qwen3VLConfig
    from transformers.models.qwen3_vl.modeling_qwen3_vl import Qwen3VLVisionModel

    path = CONFIGS / "Qwen__Qwen3-VL-32B-Instruct/config.json"
    cfg = Qwen3VLConfig(**json.loads(path.read_text())).vision_config
    cfg._attn_implementation = "eager"
    grid = side // cfg.patch_size
    patch = cfg.in_channels * cfg.temporal_patch_size * cfg.patch_size**2
    with torch.device("meta"):
        model = Qwen3VLVisionModel(cfg)
    model = model.to_empty(device="cpu").eval()
    for p in model.parameters():
        torch.nn.init.normal_(p, std=0.02)
    # Qwen2VLImageProcessor's flattened patches: one row per patch of every image, grid (t, h, w) = (1, side/16,
    # side/16)
    pixels = torch.randn(images * grid * grid, patch)
    thw = torch.tensor([[1, grid, grid]] * images)
    with torch.no_grad(), FlopCounterMode(display=False) as fc:
        out = model(pixels, grid_thw=thw)
    merged = out.pooler_output if getattr(out, "pooler_output", None) is not None else out[0]
    return {
        "id": f"qwen3-vl-32b-vision-tower-{images}x{side}",
        "setup": {"config": str(path.relative_to(ROOT)), "images": images, "side": side, "attention": "eager"},
        "result": {"flops": int(fc.get_total_flops()), "by_op": _counts(fc), "output_shape": list(merged.shape)},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows = [voxtral(1), voxtral(2), qwen3_vl(1, 128), qwen3_vl(2, 64)]
    env = {"torch": torch.__version__, "transformers": __import__("transformers").__version__}
    for r in rows:
        r["environment"] = env
    args.out.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
