"""Builders for the torchvision classification families beyond ResNet, VGG, MobileNetV2 and DenseNet (core/cnn.py):
AlexNet, SqueezeNet, MobileNetV3, MnasNet, ShuffleNetV2, EfficientNet B0-B7, ConvNeXt and Swin. Each reproduces
torchvision's module structure (torchvision 0.29.1, `torchvision/models/*.py`), so its parameter count equals the
`num_params` of the weights' metadata and its multiply-accumulates equal the `_ops` column (tests/core/
test_cnn_zoo.py holds every figure).

What torchvision's GFLOPS count: the `_ops` of each weights enum (added in pytorch/vision PR #6936, computed with a
TorchDispatchMode counter after Chillee's) counts one multiply–accumulate of a convolution or matrix product as one
operation, and nothing else (no batch-norm, activation, pooling or addition). They are GMACs: ResNet-50's "4.089
GFLOPS" are 4.089 × 10⁹ multiply-accumulates, 8.18 × 10⁹ floating-point operations.
"""

from __future__ import annotations

import math

from core.cnn import CnnSpec, _Builder


def make_divisible(v: float, divisor: int = 8, min_value: int | None = None) -> int:
    """torchvision.models._utils._make_divisible: round to a multiple of `divisor`, never down by more than 10 %."""
    new = max(min_value or divisor, int(v + divisor / 2) // divisor * divisor)
    return new + divisor if new < 0.9 * v else new


def _spec(b: _Builder, name: str, classes: int, image: int = 224) -> CnnSpec:
    return CnnSpec(builder=name, num_classes=classes, image_size=image, layers=tuple(b.layers))


def _se(b: _Builder, src: int, channels: int, squeeze: int, act: str, gate: str) -> int:
    """torchvision.ops.SqueezeExcitation: mean over the image → 1×1 conv → act → 1×1 conv → gate → × input."""
    b.add("adaptive_avgpool", output_size=1, inputs=(src,))
    b.add("conv", out_channels=squeeze, kernel=1, bias=True)
    b.add(act)  # type: ignore[arg-type]
    b.add("conv", out_channels=channels, kernel=1, bias=True)
    g = b.add(gate)  # type: ignore[arg-type]
    return b.add("mul", inputs=(src, g))


def alexnet(classes: int = 1000) -> CnnSpec:
    b = _Builder()
    for out, k, s, p, pool in ((64, 11, 4, 2, True), (192, 5, 1, 2, True), (384, 3, 1, 1, False),
                               (256, 3, 1, 1, False), (256, 3, 1, 1, True)):  # fmt: skip
        b.add("conv", out_channels=out, kernel=k, stride=s, padding=p, bias=True)
        b.add("relu", inplace=True)
        if pool:
            b.add("maxpool", kernel=3, stride=2)
    b.add("adaptive_avgpool", output_size=6)
    b.add("flatten")
    for width in (4096, 4096):
        b.add("dropout")
        b.add("linear", out_channels=width, bias=True)
        b.add("relu", inplace=True)
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, "alexnet", classes)


def squeezenet(version: str = "1_0", classes: int = 1000) -> CnnSpec:
    b = _Builder()

    def fire(squeeze: int, e1: int, e3: int) -> None:
        b.add("conv", out_channels=squeeze, kernel=1, bias=True)
        s = b.add("relu", inplace=True)
        b.add("conv", out_channels=e1, kernel=1, bias=True, inputs=(s,))
        a = b.add("relu", inplace=True)
        b.add("conv", out_channels=e3, kernel=3, padding=1, bias=True, inputs=(s,))
        c = b.add("relu", inplace=True)
        b.add("concat", inputs=(a, c))

    def pool() -> None:
        b.add("maxpool", kernel=3, stride=2, ceil_mode=True)

    if version == "1_0":
        b.add("conv", out_channels=96, kernel=7, stride=2, bias=True)
        b.add("relu", inplace=True)
        pool()
        for cfg in ((16, 64, 64), (16, 64, 64), (32, 128, 128)):
            fire(*cfg)
        pool()
        for cfg in ((32, 128, 128), (48, 192, 192), (48, 192, 192), (64, 256, 256)):
            fire(*cfg)
        pool()
        fire(64, 256, 256)
    elif version == "1_1":
        b.add("conv", out_channels=64, kernel=3, stride=2, bias=True)
        b.add("relu", inplace=True)
        pool()
        fire(16, 64, 64)
        fire(16, 64, 64)
        pool()
        fire(32, 128, 128)
        fire(32, 128, 128)
        pool()
        for cfg in ((48, 192, 192), (48, 192, 192), (64, 256, 256), (64, 256, 256)):
            fire(*cfg)
    else:
        raise ValueError(f"squeezenet version must be 1_0 or 1_1, not {version}")
    b.add("dropout")
    b.add("conv", out_channels=classes, kernel=1, bias=True)
    b.add("relu", inplace=True)
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    return _spec(b, f"squeezenet{version}", classes)


# torchvision mobilenetv3.py _mobilenet_v3_conf: (input, kernel, expanded, out, SE, activation, stride)
_MNV3: dict[str, tuple[tuple[tuple[int, int, int, int, bool, str, int], ...], int]] = {
    "large": (
        ((16, 3, 16, 16, False, "RE", 1), (16, 3, 64, 24, False, "RE", 2), (24, 3, 72, 24, False, "RE", 1),
         (24, 5, 72, 40, True, "RE", 2), (40, 5, 120, 40, True, "RE", 1), (40, 5, 120, 40, True, "RE", 1),
         (40, 3, 240, 80, False, "HS", 2), (80, 3, 200, 80, False, "HS", 1), (80, 3, 184, 80, False, "HS", 1),
         (80, 3, 184, 80, False, "HS", 1), (80, 3, 480, 112, True, "HS", 1), (112, 3, 672, 112, True, "HS", 1),
         (112, 5, 672, 160, True, "HS", 2), (160, 5, 960, 160, True, "HS", 1), (160, 5, 960, 160, True, "HS", 1)),
        1280,
    ),
    "small": (
        ((16, 3, 16, 16, True, "RE", 2), (16, 3, 72, 24, False, "RE", 2), (24, 3, 88, 24, False, "RE", 1),
         (24, 5, 96, 40, True, "HS", 2), (40, 5, 240, 40, True, "HS", 1), (40, 5, 240, 40, True, "HS", 1),
         (40, 5, 120, 48, True, "HS", 1), (48, 5, 144, 48, True, "HS", 1), (48, 5, 288, 96, True, "HS", 2),
         (96, 5, 576, 96, True, "HS", 1), (96, 5, 576, 96, True, "HS", 1)),
        1024,
    ),
}  # fmt: skip


def mobilenet_v3(size: str = "large", classes: int = 1000) -> CnnSpec:
    if size not in _MNV3:
        raise ValueError(f"mobilenet_v3 size must be large or small, not {size}")
    blocks, last = _MNV3[size]
    b = _Builder()
    prev = b.conv_bn(blocks[0][0], 3, 2, act="hardswish")
    for inp, k, exp, out, se, a, stride in blocks:
        act = "hardswish" if a == "HS" else "relu"
        block_in = prev
        if exp != inp:
            b.conv_bn(exp, 1, act=act)
        x = b.conv_bn(exp, k, stride, groups=exp, act=act)
        if se:
            _se(b, x, exp, make_divisible(exp // 4, 8), "relu", "hardsigmoid")
        prev = b.conv_bn(out, 1, relu=False)
        if stride == 1 and inp == out:
            prev = b.add("add", inputs=(prev, block_in))
    final = 6 * blocks[-1][3]
    b.conv_bn(final, 1, act="hardswish")
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=last, bias=True)
    b.add("hardswish", inplace=True)
    b.add("dropout")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"mobilenet_v3_{size}", classes)


def _round_to_multiple_of(val: float, divisor: int, round_up_bias: float = 0.9) -> int:
    new = max(divisor, int(val + divisor / 2) // divisor * divisor)
    return new if new >= round_up_bias * val else new + divisor


def mnasnet(alpha: float = 1.0, classes: int = 1000) -> CnnSpec:
    d = [_round_to_multiple_of(x * alpha, 8) for x in (32, 16, 24, 40, 80, 96, 192, 320)]
    b = _Builder()
    b.conv_bn(d[0], 3, 2)
    b.conv_bn(d[0], 3, 1, groups=d[0])
    prev = b.conv_bn(d[1], 1, relu=False)
    stacks = ((d[1], d[2], 3, 2, 3, 3), (d[2], d[3], 5, 2, 3, 3), (d[3], d[4], 5, 2, 6, 3), (d[4], d[5], 3, 1, 6, 2),
              (d[5], d[6], 5, 2, 6, 4), (d[6], d[7], 3, 1, 6, 1))  # fmt: skip
    for inp, out, k, stride, exp, repeats in stacks:
        for r in range(repeats):
            i, s = (inp, stride) if r == 0 else (out, 1)
            block_in = prev
            b.conv_bn(i * exp, 1)
            b.conv_bn(i * exp, k, s, groups=i * exp)
            prev = b.conv_bn(out, 1, relu=False)
            if i == out and s == 1:
                prev = b.add("add", inputs=(prev, block_in))
    b.conv_bn(1280, 1)
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("dropout")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"mnasnet{alpha:g}", classes)


_SHUFFLE = {"0_5": (48, 96, 192, 1024), "1_0": (116, 232, 464, 1024), "1_5": (176, 352, 704, 1024),
            "2_0": (244, 488, 976, 2048)}  # fmt: skip


def shufflenet_v2(width: str = "1_0", classes: int = 1000) -> CnnSpec:
    if width not in _SHUFFLE:
        raise ValueError(f"shufflenet_v2 width must be one of {sorted(_SHUFFLE)}, not {width}")
    *stages, last = _SHUFFLE[width]
    b = _Builder()
    b.conv_bn(24, 3, 2)
    prev = b.add("maxpool", kernel=3, stride=2, padding=1)
    inp = 24
    for out, repeats in zip(stages, (4, 8, 4), strict=True):
        half = out // 2
        for r in range(repeats):
            x = prev
            if r == 0:  # stride 2: both branches read the whole input
                b.add("conv", out_channels=inp, kernel=3, stride=2, padding=1, groups=inp, inputs=(x,))
                b.add("bn")
                b1 = b.conv_bn(half, 1)
                b.add("conv", out_channels=half, kernel=1, inputs=(x,))
                b.add("bn")
                b.add("relu", inplace=True)
                b.add("conv", out_channels=half, kernel=3, stride=2, padding=1, groups=half)
                b.add("bn")
                b2 = b.conv_bn(half, 1)
                cat = b.add("concat", inputs=(b1, b2))
            else:  # stride 1: half the channels pass through
                x1 = b.add("split", out_channels=half, channel_offset=0, inputs=(x,))
                b.add("split", out_channels=half, channel_offset=half, inputs=(x,))
                b.conv_bn(half, 1)
                b.add("conv", out_channels=half, kernel=3, padding=1, groups=half)
                b.add("bn")
                b2 = b.conv_bn(half, 1)
                cat = b.add("concat", inputs=(x1, b2))
            prev = b.add("shuffle", inputs=(cat,))
        inp = out
    b.conv_bn(last, 1)
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"shufflenet_v2_x{width}", classes)


# torchvision efficientnet.py: (expand ratio, kernel, stride, input, output, layers) and (width, depth) per variant
_EFFNET_STAGES = ((1, 3, 1, 32, 16, 1), (6, 3, 2, 16, 24, 2), (6, 5, 2, 24, 40, 2), (6, 3, 2, 40, 80, 3),
                  (6, 5, 1, 80, 112, 3), (6, 5, 2, 112, 192, 4), (6, 3, 1, 192, 320, 1))  # fmt: skip
_EFFNET = {0: (1.0, 1.0, 224), 1: (1.0, 1.1, 240), 2: (1.1, 1.2, 288), 3: (1.2, 1.4, 300), 4: (1.4, 1.8, 380),
           5: (1.6, 2.2, 456), 6: (1.8, 2.6, 528), 7: (2.0, 3.1, 600)}  # fmt: skip


def efficientnet(variant: int = 0, classes: int = 1000) -> CnnSpec:
    """EfficientNet-B0…B7 at the image size of torchvision's weights (224…600 px)."""
    if variant not in _EFFNET:
        raise ValueError(f"efficientnet variant must be 0-7, not {variant}")
    wm, dm, image = _EFFNET[variant]
    stages = [
        (e, k, s, make_divisible(i * wm), make_divisible(o * wm), math.ceil(n * dm))
        for e, k, s, i, o, n in _EFFNET_STAGES
    ]
    b = _Builder()
    prev = b.conv_bn(stages[0][3], 3, 2, act="silu")
    for e, k, s, i, o, n in stages:
        for r in range(n):
            inp, stride = (i, s) if r == 0 else (o, 1)
            block_in = prev
            exp = make_divisible(inp * e)
            if exp != inp:
                b.conv_bn(exp, 1, act="silu")
            x = b.conv_bn(exp, k, stride, groups=exp, act="silu")
            _se(b, x, exp, max(1, inp // 4), "silu", "sigmoid")
            prev = b.conv_bn(o, 1, relu=False)
            if stride == 1 and inp == o:
                prev = b.add("add", inputs=(prev, block_in))
    b.conv_bn(4 * stages[-1][4], 1, act="silu")
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("dropout")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"efficientnet_b{variant}", classes, image)


_CONVNEXT = {
    "tiny": ((96, 192, 384, 768), (3, 3, 9, 3)),
    "small": ((96, 192, 384, 768), (3, 3, 27, 3)),
    "base": ((128, 256, 512, 1024), (3, 3, 27, 3)),
    "large": ((192, 384, 768, 1536), (3, 3, 27, 3)),
}


def convnext(size: str = "tiny", classes: int = 1000) -> CnnSpec:
    """ConvNeXt: a Linear over channels at each position is a 1×1 convolution (same weights and MACs)."""
    if size not in _CONVNEXT:
        raise ValueError(f"convnext size must be one of {sorted(_CONVNEXT)}, not {size}")
    dims, depths = _CONVNEXT[size]
    b = _Builder()
    b.add("conv", out_channels=dims[0], kernel=4, stride=4, bias=True)
    prev = b.add("layernorm")
    for stage, (dim, depth) in enumerate(zip(dims, depths, strict=True)):
        for _ in range(depth):
            block_in = prev
            b.add("conv", out_channels=dim, kernel=7, padding=3, groups=dim, bias=True)
            b.add("layernorm")
            b.add("conv", out_channels=4 * dim, kernel=1, bias=True)
            b.add("gelu")
            b.add("conv", out_channels=dim, kernel=1, bias=True)
            b.add("scale")
            prev = b.add("add", inputs=(len(b.layers) - 1, block_in))
        if stage < 3:
            b.add("layernorm")
            prev = b.add("conv", out_channels=dims[stage + 1], kernel=2, stride=2, bias=True)
    b.add("adaptive_avgpool", output_size=1)
    b.add("layernorm")
    b.add("flatten")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"convnext_{size}", classes)


_SWIN = {"t": (96, (2, 2, 6, 2), (3, 6, 12, 24)), "s": (96, (2, 2, 18, 2), (3, 6, 12, 24)),
         "b": (128, (2, 2, 18, 2), (4, 8, 16, 32))}  # fmt: skip


def swin(size: str = "t", classes: int = 1000, window: int = 7) -> CnnSpec:
    """Swin Transformer (v1): each token's Linear layers are 1×1 convolutions; window attention holds the relative
    position bias table ((2·7 − 1)² × heads) and its QKᵀ and AV products."""
    if size not in _SWIN:
        raise ValueError(f"swin size must be one of {sorted(_SWIN)}, not {size}")
    embed, depths, heads = _SWIN[size]
    b = _Builder()
    b.add("conv", out_channels=embed, kernel=4, stride=4, bias=True)
    prev = b.add("layernorm")
    for stage, (depth, h) in enumerate(zip(depths, heads, strict=True)):
        dim = embed * 2**stage
        for _ in range(depth):
            block_in = prev
            b.add("layernorm")
            b.add("conv", out_channels=3 * dim, kernel=1, bias=True)
            b.add("attention", heads=h, window=window)
            b.add("conv", out_channels=dim, kernel=1, bias=True)
            mid = b.add("add", inputs=(len(b.layers) - 1, block_in))
            b.add("layernorm")
            b.add("conv", out_channels=4 * dim, kernel=1, bias=True)
            b.add("gelu")
            b.add("conv", out_channels=dim, kernel=1, bias=True)
            prev = b.add("add", inputs=(len(b.layers) - 1, mid))
        if stage < 3:
            b.add("space_to_depth", kernel=2)
            b.add("layernorm")
            prev = b.add("conv", out_channels=2 * dim, kernel=1)
    b.add("layernorm")
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"swin_{size}", classes)


# torchvision regnet.py: (depth, w_0, w_a, w_m, group width, squeeze-excitation) of each builder
_REGNET: dict[str, tuple[int, int, float, float, int, bool]] = {
    "y_400mf": (16, 48, 27.89, 2.09, 8, True), "y_800mf": (14, 56, 38.84, 2.4, 16, True),
    "y_1_6gf": (27, 48, 20.71, 2.65, 24, True), "y_3_2gf": (21, 80, 42.63, 2.66, 24, True),
    "y_8gf": (17, 192, 76.82, 2.19, 56, True), "y_16gf": (18, 200, 106.23, 2.48, 112, True),
    "y_32gf": (20, 232, 115.89, 2.53, 232, True), "y_128gf": (27, 456, 160.83, 2.52, 264, True),
    "x_400mf": (22, 24, 24.48, 2.54, 16, False), "x_800mf": (16, 56, 35.73, 2.28, 16, False),
    "x_1_6gf": (18, 80, 34.01, 2.25, 24, False), "x_3_2gf": (25, 88, 26.31, 2.25, 48, False),
    "x_8gf": (23, 80, 49.56, 2.88, 120, False), "x_16gf": (22, 216, 55.59, 2.1, 128, False),
    "x_32gf": (23, 320, 69.86, 2.0, 168, False),
}  # fmt: skip


def regnet_stages(variant: str) -> list[tuple[int, int, int]]:
    """(width, depth, group width) per stage: torchvision's BlockParams.from_init_params in float32 as torch does
    it (quantized linear widths in log space, multiples of 8), with the widths made divisible by the groups."""
    import numpy as np

    depth, w0, wa, wm, gw, _ = _REGNET[variant]
    cont = np.arange(depth, dtype=np.float32) * np.float32(wa) + np.float32(w0)
    cap = np.round(np.log(cont / np.float32(w0)) / np.float32(math.log(wm)))
    widths = (np.round(np.float32(w0) * np.power(np.float32(wm), cap) / np.float32(8)) * 8).astype(int).tolist()
    stages: list[tuple[int, int, int]] = []
    for w in widths:
        if stages and stages[-1][0] == w:
            stages[-1] = (w, stages[-1][1] + 1, gw)
        else:
            stages.append((w, 1, gw))
    out = []
    for w, d, g in stages:
        g = min(g, w)
        out.append((make_divisible(w, g), d, g))
    return out


def regnet(variant: str = "y_400mf", classes: int = 1000) -> CnnSpec:
    if variant not in _REGNET:
        raise ValueError(f"regnet variant must be one of {sorted(_REGNET)}, not {variant}")
    se = _REGNET[variant][5]
    b = _Builder()
    prev = b.conv_bn(32, 3, 2)
    width_in = 32
    for width, depth, g in regnet_stages(variant):
        for i in range(depth):
            stride, w_in = (2, width_in) if i == 0 else (1, width)
            x = prev
            shortcut = x
            if w_in != width or stride != 1:
                b.add("conv", out_channels=width, kernel=1, stride=stride, inputs=(x,))
                shortcut = b.add("bn")
            b.add("conv", out_channels=width, kernel=1, inputs=(x,))
            b.add("bn")
            b.add("relu", inplace=True)
            y = b.conv_bn(width, 3, stride, groups=width // g)
            if se:
                y = _se(b, y, width, round(0.25 * w_in), "relu", "sigmoid")
            b.add("conv", out_channels=width, kernel=1, inputs=(y,))
            f = b.add("bn")
            b.add("add", inputs=(shortcut, f))
            prev = b.add("relu", inplace=True)
        width_in = width
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, f"regnet_{variant}", classes)


def inception_v3(classes: int = 1000, aux_logits: bool = True) -> CnnSpec:
    """Inception v3 at 299 px with its auxiliary classifier (torchvision's weights keep it: num_params counts it;
    it runs in training only, so inference MACs overstate by its 0.1 %)."""
    b = _Builder()

    def conv(out: int, kh: int, kw: int | None = None, stride: int = 1, ph: int = 0, pw: int | None = None,
             src: int | None = None) -> int:  # fmt: skip
        b.add("conv", out_channels=out, kernel=kh, kernel_w=kw, stride=stride, padding=ph, padding_w=pw,
              inputs=(src,) if src is not None else ())  # fmt: skip
        b.add("bn")
        return b.add("relu", inplace=True)

    conv(32, 3, stride=2)
    conv(32, 3)
    conv(64, 3, ph=1)
    b.add("maxpool", kernel=3, stride=2)
    conv(80, 1)
    conv(192, 3)
    x = b.add("maxpool", kernel=3, stride=2)

    def block_a(x: int, pool: int) -> int:
        a = conv(64, 1, src=x)
        conv(48, 1, src=x)
        c = conv(64, 5, ph=2)
        conv(64, 1, src=x)
        conv(96, 3, ph=1)
        d = conv(96, 3, ph=1)
        b.add("avgpool", kernel=3, stride=1, padding=1, inputs=(x,))
        e = conv(pool, 1)
        return b.add("concat", inputs=(a, c, d, e))

    def block_c(x: int, c7: int) -> int:
        a = conv(192, 1, src=x)
        conv(c7, 1, src=x)
        conv(c7, 1, 7, pw=3)
        c = conv(192, 7, 1, ph=3, pw=0)
        conv(c7, 1, src=x)
        conv(c7, 7, 1, ph=3, pw=0)
        conv(c7, 1, 7, pw=3)
        conv(c7, 7, 1, ph=3, pw=0)
        d = conv(192, 1, 7, pw=3)
        b.add("avgpool", kernel=3, stride=1, padding=1, inputs=(x,))
        e = conv(192, 1)
        return b.add("concat", inputs=(a, c, d, e))

    def block_e(x: int) -> int:
        a = conv(320, 1, src=x)
        s = conv(384, 1, src=x)
        c1 = conv(384, 1, 3, pw=1, src=s)
        c2 = conv(384, 3, 1, ph=1, pw=0, src=s)
        conv(448, 1, src=x)
        t = conv(384, 3, ph=1)
        d1 = conv(384, 1, 3, pw=1, src=t)
        d2 = conv(384, 3, 1, ph=1, pw=0, src=t)
        b.add("avgpool", kernel=3, stride=1, padding=1, inputs=(x,))
        e = conv(192, 1)
        return b.add("concat", inputs=(a, c1, c2, d1, d2, e))

    x = block_a(x, 32)
    x = block_a(x, 64)
    x = block_a(x, 64)
    a = conv(384, 3, stride=2, src=x)  # Mixed_6a
    conv(64, 1, src=x)
    conv(96, 3, ph=1)
    c = conv(96, 3, stride=2)
    d = b.add("maxpool", kernel=3, stride=2, inputs=(x,))
    x = b.add("concat", inputs=(a, c, d))
    for c7 in (128, 160, 160, 192):
        x = block_c(x, c7)
    if aux_logits:
        b.add("avgpool", kernel=5, stride=3, inputs=(x,))
        conv(128, 1)
        conv(768, 5)
        b.add("adaptive_avgpool", output_size=1)
        b.add("flatten")
        b.add("linear", out_channels=classes, bias=True)
    a = conv(192, 1, src=x)  # Mixed_7a
    a = conv(320, 3, stride=2)
    conv(192, 1, src=x)
    conv(192, 1, 7, pw=3)
    conv(192, 7, 1, ph=3, pw=0)
    c = conv(192, 3, stride=2)
    d = b.add("maxpool", kernel=3, stride=2, inputs=(x,))
    x = b.add("concat", inputs=(a, c, d))
    x = block_e(x)
    x = block_e(x)
    b.add("adaptive_avgpool", output_size=1, inputs=(x,))
    b.add("dropout")
    b.add("flatten")
    b.add("linear", out_channels=classes, bias=True)
    return _spec(b, "inception_v3", classes, 299)


def build(builder: str, **kw: object) -> CnnSpec:
    classes = int(kw.get("num_classes", 1000))  # type: ignore[call-overload]
    if builder == "alexnet":
        return alexnet(classes)
    if builder == "squeezenet":
        return squeezenet(str(kw.get("version", "1_0")), classes)
    if builder == "mobilenet_v3":
        return mobilenet_v3(str(kw.get("size", "large")), classes)
    if builder == "mnasnet":
        return mnasnet(float(kw.get("alpha", 1.0)), classes)  # type: ignore[arg-type]
    if builder == "shufflenet_v2":
        return shufflenet_v2(str(kw.get("width", "1_0")), classes)
    if builder == "efficientnet":
        return efficientnet(int(kw.get("variant", 0)), classes)  # type: ignore[call-overload]
    if builder == "convnext":
        return convnext(str(kw.get("size", "tiny")), classes)
    if builder == "swin":
        return swin(str(kw.get("size", "t")), classes)
    if builder == "regnet":
        return regnet(str(kw.get("variant", "y_400mf")), classes)
    if builder == "inception_v3":
        return inception_v3(classes, bool(kw.get("aux_logits", True)))
    known = "resnet, vgg, mobilenet_v2, densenet, alexnet, squeezenet, mobilenet_v3, mnasnet, shufflenet_v2, "
    raise ValueError(
        f"unknown CNN builder '{builder}' (known: {known}efficientnet, convnext, swin, regnet, inception_v3)"
    )
