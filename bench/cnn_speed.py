"""CNN speed accuracy: core.cnn_speed's images/s against NVIDIA DeepLearningExamples' published PyTorch figures
(tests/data/reference/cnn-speed.jsonl: ResNet-50 v1.5, ResNeXt-101 32x4d, SE-ResNeXt-101 32x4d, EfficientNet-B0/B4;
V100, T4, A100; FP32, TF32, AMP; inference batches 1-256 and 1-GPU training).

    .venv/bin/python -m bench.cnn_speed            # every row, then the summary
    .venv/bin/python -m bench.cnn_speed --markdown # the summary table only

Error = estimated images/s / published images/s − 1 (positive: the estimate is optimistic). Rows marked
"calibration" are where core/cnn_speed.py's constants come from; every other row is held out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core import catalog, cnn, cnn_zoo
from core.architecture import VisionSpec
from core.cnn import CnnSpec
from core.cnn_speed import ERROR_BANDS, error_band, step_time, vision_as_layers

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "reference" / "cnn-speed.jsonl"


def se_resnext101_32x4d() -> CnnSpec:
    """DeepLearningExamples' SE-ResNeXt-101 32x4d (image_classification/models/resnet.py @ 291f0d0): ResNeXt-101
    32x4d bottlenecks with a squeeze-and-excitation of 16 features (Linear(C, 16), ReLU, Linear(16, C), sigmoid) on
    the third batch-norm's output, scaled into the residual (torch.addcmul)."""
    b = cnn._Builder()
    b.add("conv", out_channels=64, kernel=7, stride=2, padding=3)
    b.add("bn")
    b.add("relu", inplace=True)
    prev = b.add("maxpool", kernel=3, stride=2, padding=1)
    in_planes = 64
    for stage, count in enumerate((3, 4, 23, 3)):
        width = 128 * 2**stage
        out = width * 2
        for n in range(count):
            stride = 2 if (stage > 0 and n == 0) else 1
            block_in = prev
            b.conv_bn(width, 1)
            b.conv_bn(width, 3, stride, groups=32)
            main = b.conv_bn(out, 1, relu=False)
            b.add("adaptive_avgpool", output_size=1, inputs=(main,))
            b.add("conv", out_channels=16, kernel=1, bias=True)
            b.add("relu")
            b.add("conv", out_channels=out, kernel=1, bias=True)
            gate = b.add("sigmoid")
            scaled = b.add("mul", inputs=(main, gate))
            shortcut = block_in
            if stride != 1 or in_planes != out:
                b.add("conv", out_channels=out, kernel=1, stride=stride, inputs=(block_in,))
                shortcut = b.add("bn")
            b.add("add", inputs=(scaled, shortcut))
            prev = b.add("relu", inplace=True)
            in_planes = out
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=1000, bias=True)
    return CnnSpec(builder="se_resnext101_32x4d", layers=tuple(b.layers))


TIMM: dict[str, Callable[[], CnnSpec]] = {
    # timm's models with torchvision's structure (the same builders; timm's names)
    "resnet18": lambda: cnn.resnet(18),
    "resnet34": lambda: cnn.resnet(34),
    "resnet50": lambda: cnn.resnet(50),
    "resnet101": lambda: cnn.resnet(101),
    "resnet152": lambda: cnn.resnet(152),
    "resnext50_32x4d": lambda: cnn.resnet(50, groups=32, width_per_group=4),
    "resnext101_32x8d": lambda: cnn.resnet(101, groups=32, width_per_group=8),
    "wide_resnet50_2": lambda: cnn.resnet(50, width_per_group=128),
    "mobilenetv2_100": cnn.mobilenet_v2,
    "efficientnet_b0": lambda: cnn_zoo.efficientnet(0),
    "efficientnet_b4": lambda: cnn_zoo.efficientnet(4),
    "densenet121": lambda: cnn.build("densenet", depth=121),
    "convnext_tiny": lambda: cnn_zoo.convnext("tiny"),
    "vgg16": lambda: cnn.vgg(16),
    "swin_tiny_patch4_window7_224": lambda: cnn_zoo.swin("t"),
    # ViTs as the layer graph the engine times them with (core.cnn_speed.vision_as_layers), from the presets
    "vit_small_patch16_224": lambda: _vit(384, 6, 1536),
    "vit_base_patch16_224": lambda: vision_as_layers(_vision("vit-b-16")),
}


def _vision(preset: str) -> VisionSpec:
    v = catalog.preset_architecture(preset).vision
    assert v is not None
    return v


def _vit(width: int, heads: int, mlp: int) -> CnnSpec:
    """ViT-S/16 (timm vit_small_patch16_224: width 384, 6 heads, MLP 1,536, 12 blocks): ViT-B/16's preset narrowed."""
    v = _vision("vit-b-16")
    st = v.stack.model_copy(
        update={
            "hidden_size": width,
            "attention": v.stack.attention.model_copy(update={"num_heads": heads}),
            "mlp": v.stack.mlp.model_copy(update={"intermediate_size": mlp}),
        }
    )
    return vision_as_layers(v.model_copy(update={"stack": st}))


@cache
def dle_spec(model: str) -> CnnSpec:
    """The engine's layer graph of each model: DeepLearningExamples' (same structure as its models/*.py) by name,
    timm's as 'timm/<name>'."""
    if model.startswith("timm/"):
        return TIMM[model[5:]]()
    if model == "resnet50":
        return cnn.resnet(50)
    if model == "resnext101-32x4d":
        return cnn.resnet(101, groups=32, width_per_group=4)
    if model == "se-resnext101-32x4d":
        return se_resnext101_32x4d()
    if model in ("efficientnet-b0", "efficientnet-b4"):
        return cnn_zoo.efficientnet(int(model[-1]))
    raise KeyError(model)


PRECISION = {"fp32": "fp32", "tf32": "fp32", "amp": "mixed-fp16"}


@dataclass(frozen=True)
class SpeedCase:
    id: str
    model: str
    mode: str
    gpu_id: str
    precision: str
    batch: int
    estimate: float  # images/s
    measured: float
    role: str
    bound: str

    def error(self) -> float:
        return self.estimate / self.measured - 1

    @property
    def group(self) -> str:
        """The core.cnn_speed.ERROR_BANDS key the row is held to."""
        return error_band(self.mode, self.batch, dle_spec(self.model))

    @property
    def gpu(self) -> str:
        parts = self.gpu_id.split("-")
        return " ".join(parts[:2]).upper() if parts[0] == "rtx" else parts[0].upper()


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def speed_cases() -> list[SpeedCase]:
    out = []
    for r in rows():
        spec = dle_spec(r["model"])
        t = step_time(
            spec,
            r.get("image_size") or spec.image_size,
            r["batch"],
            catalog.gpu(r["gpu_id"]),
            PRECISION[r["precision"]],
            training=r["mode"] == "training",
        )
        assert t is not None, r["id"]
        out.append(
            SpeedCase(
                r["id"],
                r["model"],
                r["mode"],
                r["gpu_id"],
                r["precision"],
                r["batch"],
                r["batch"] / t.seconds,
                r["measured"],
                r["role"],
                t.bound,
            )
        )
    return out


def summarize(cases: list[SpeedCase]) -> dict[str, tuple[int, float, float, float, float]]:
    """Per group (each ERROR_BANDS key, then per GPU): rows, median and max absolute error, lowest and highest."""
    groups: dict[str, list[float]] = defaultdict(list)
    for c in cases:
        if c.role == "validation":
            groups["all held-out rows"].append(c.error())
            groups[c.group].append(c.error())
            groups[f"{c.group}, {c.gpu}"].append(c.error())
    order = ["all held-out rows"] + [k for b in ERROR_BANDS for k in sorted(groups) if k.startswith(b)]
    out = {}
    for g in dict.fromkeys(order):
        e = groups[g]
        out[g] = (len(e), statistics.median(abs(x) for x in e), max(abs(x) for x in e), min(e), max(e))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markdown", action="store_true", help="summary table in Markdown")
    args = ap.parse_args(argv)
    cases = speed_cases()
    if not args.markdown:
        print(f"{'case':<52} {'bound':<8} {'estimate':>10} {'published':>10} {'error':>8}")
        for c in cases:
            tag = "  (source of a constant)" if c.role == "calibration" else ""
            print(f"{c.id:<52} {c.bound:<8} {c.estimate:>10,.0f} {c.measured:>10,.0f} {c.error():>+8.1%}{tag}")
        print()
    print("| held-out rows | cases | median abs. error | max abs. error | range | stated band |")
    print("|---|---:|---:|---:|---:|---:|")
    for g, (n, med, mx, lo, hi) in summarize(cases).items():
        band = f"{ERROR_BANDS[g][0]:+.0%} … {ERROR_BANDS[g][1]:+.0%}" if g in ERROR_BANDS else ""
        print(f"| {g} | {n} | {med:.1%} | {mx:.1%} | {lo:+.1%} … {hi:+.1%} | {band} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
