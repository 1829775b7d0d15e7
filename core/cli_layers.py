"""`sizing layers --model MODEL [--image-size 224 | 224x320] [--batch N] [--dtype fp32|bf16|fp16] [--json]`: the
per-layer table of a CNN or ViT classifier (core.cnn_layers)."""

from __future__ import annotations

import argparse
import json

from core import calculators
from core.cnn_layers import layer_table, parse_image_size
from core.models import resolve
from core.units import format_bytes


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("layers", help="per-layer table of a CNN or ViT: shape, parameters, activations, MACs, FLOPs")
    p.add_argument("--model", required=True, help="an image-model preset (see `sizing models`, kind cnn or vision)")
    p.add_argument("--image-size", help="input side in pixels, or HEIGHTxWIDTH (default: the model's own)")
    p.add_argument("--batch", type=int, default=1, help="images per batch (scales activations, MACs, FLOPs)")
    p.add_argument("--dtype", default="fp32", help="activation dtype: fp32 (default), bf16, fp16")
    p.add_argument("--units", choices=["GiB", "GB"], default="GiB")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_layers)


def _si(n: float) -> str:
    for unit, div in (("T", 1e12), ("G", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= div:
            return f"{n / div:,.2f} {unit}"
    return f"{n:,.0f}"


def cmd_layers(args: argparse.Namespace) -> int:
    ref, _ = resolve(args.model)
    size = parse_image_size(args.image_size) if args.image_size else None
    per = calculators.tensor_size([1], args.dtype).bytes
    t = layer_table(ref.architecture, size, args.batch, float(per))
    if args.json:
        print(json.dumps(t.model_dump(mode="json"), indent=1))
        return 0
    print(f"{t.model_name}: {t.image_height}×{t.image_width} px, batch {t.batch}, activations in {args.dtype}")
    head = f"{'#':>4} {'layer':<16} {'output (C×H×W)':>18} {'params':>12} {'activations':>12}"
    print(head + f" {'MACs':>11} {'FLOPs':>11}  detail")
    for r in t.rows:
        c, h, w = r.output_shape
        print(
            f"{r.index:>4} {r.op:<16} {f'{c}×{h}×{w}':>18} {r.params:>12,} "
            f"{format_bytes(r.activation_bytes, args.units):>12} {_si(r.macs):>11} {_si(r.flops):>11}  {r.detail}"
        )
    print(
        f"{'':>4} {'total':<16} {'':>18} {t.total_params:>12,} "
        f"{format_bytes(t.total_activation_bytes, args.units):>12} {_si(t.total_macs):>11} {_si(t.total_flops):>11}"
    )
    print(f"note: {t.explanation}")
    return 0
