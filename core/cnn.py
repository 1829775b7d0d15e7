"""Convolutional networks as a small layer graph, and builders for the torchvision families.

A `CnnSpec` is a list of layers; each layer reads the previous layer's output unless `inputs`
names earlier layers (residual adds, DenseNet concatenations). Shapes are propagated from the
input image so that parameter counts and per-layer activation sizes follow exactly.

The builders reproduce torchvision's module structure (resnet, vgg, mobilenet_v2, densenet), so
their parameter counts equal torchvision's published `num_params`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, model_validator

from core.messages import Message

CnnOp = Literal[
    "conv",
    "bn",
    "relu",
    "maxpool",
    "avgpool",
    "adaptive_avgpool",
    "linear",
    "add",
    "concat",
    "flatten",
    "dropout",
    "sigmoid",
    "hardsigmoid",
    "hardswish",
    "silu",
    "gelu",
    "mul",
    "layernorm",
    "scale",
    "split",
    "shuffle",
    "attention",
    "space_to_depth",
]
# elementwise activations: shape-preserving, no parameters
ACTIVATIONS = frozenset({"relu", "sigmoid", "hardsigmoid", "hardswish", "silu", "gelu"})


class CnnLayer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    op: CnnOp
    out_channels: int = Field(0, ge=0, description="conv: output channels; linear: output features")
    kernel: int = Field(1, ge=1)
    stride: int = Field(1, ge=1)
    padding: int = Field(0, ge=0)
    groups: int = Field(1, ge=1)
    bias: bool = False
    inplace: bool = False
    output_size: int = Field(1, ge=1, description="adaptive pooling target (square)")
    inputs: tuple[int, ...] = Field((), description="indices of the layers read; () = the previous layer")
    kernel_w: int | None = Field(None, ge=1, description="kernel width when it differs from its height (1×7)")
    padding_w: int | None = Field(None, ge=0, description="padding of the width when it differs")
    ceil_mode: bool = Field(False, description="pooling rounds the output size up (PyTorch ceil_mode)")
    channel_offset: int = Field(0, ge=0, description="split: first channel kept (out_channels are kept)")
    heads: int = Field(0, ge=0, description="attention: heads (input is q, k and v: 3 × the output channels)")
    window: int = Field(0, ge=0, description="attention: window side in positions (Swin); 0 = every position")


class CnnSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    builder: str = Field("custom", description="resnet, vgg, mobilenet_v2, densenet or custom")
    in_channels: PositiveInt = 3
    image_size: PositiveInt = 224
    num_classes: PositiveInt = 1000
    layers: tuple[CnnLayer, ...]

    @model_validator(mode="after")
    def _check(self) -> CnnSpec:
        for i, layer in enumerate(self.layers):
            for j in layer.inputs:
                if not -1 <= j < i:
                    raise ValueError(f"layer {i} ({layer.op}) reads layer {j}, which is not an earlier layer")
        propagate(self, self.image_size)  # raises on inconsistent shapes
        return self


@dataclass(frozen=True)
class LayerShape:
    """One layer after shape propagation: output (C, H, W) per sample and its parameters."""

    index: int
    op: str
    in_channels: int
    in_elems: int
    out_channels: int
    out_h: int
    out_w: int
    weight_params: int
    bias_params: int
    buffers: int
    macs: int = 0  # multiply-accumulates of this layer for one sample (conv, linear, attention's two matmuls)

    @property
    def out_elems(self) -> int:
        return self.out_channels * self.out_h * self.out_w

    @property
    def params(self) -> int:
        return self.weight_params + self.bias_params


def _pool_out(size: int, kernel: int, stride: int, padding: int, ceil: bool = False) -> int:
    if not ceil:
        return (size + 2 * padding - kernel) // stride + 1
    out = -(-(size + 2 * padding - kernel) // stride) + 1
    if (out - 1) * stride >= size + padding:  # PyTorch: the last window must start inside the input
        out -= 1
    return out


ImageSize = int | tuple[int, int]


def hw(size: ImageSize) -> tuple[int, int]:
    """(height, width) of an input size given as one side (square) or as (height, width)."""
    return (size, size) if isinstance(size, int) else (int(size[0]), int(size[1]))


def propagate(spec: CnnSpec, image_size: ImageSize) -> list[LayerShape]:
    """Shapes, parameter counts and multiply-accumulates of every layer for an input of `image_size` pixels (one
    side for a square image, or (height, width))."""
    shapes: list[LayerShape] = []
    ih, iw = hw(image_size)
    inp = (spec.in_channels, ih, iw)
    for i, layer in enumerate(spec.layers):
        srcs = (
            [shapes[j] if j >= 0 else None for j in layer.inputs]
            if layer.inputs
            else [None if i == 0 else shapes[i - 1]]
        )
        src_shapes = [inp if s is None else (s.out_channels, s.out_h, s.out_w) for s in srcs]
        c, h, w = src_shapes[0]
        weight = bias = buffers = macs = 0
        kh, kw = layer.kernel, layer.kernel_w or layer.kernel
        ph, pw = layer.padding, layer.padding if layer.padding_w is None else layer.padding_w
        if layer.op == "conv":
            if c % layer.groups or layer.out_channels % layer.groups:
                raise ValueError(
                    f"layer {i}: channels {c}->{layer.out_channels} not divisible by groups {layer.groups}"
                )
            weight = layer.out_channels * (c // layer.groups) * kh * kw
            bias = layer.out_channels if layer.bias else 0
            h, w = _pool_out(h, kh, layer.stride, ph), _pool_out(w, kw, layer.stride, pw)
            c = layer.out_channels
            macs = weight * h * w
        elif layer.op == "bn":
            weight, bias, buffers = c, c, 2 * c + 1  # running mean/var + num_batches_tracked
        elif layer.op == "layernorm":
            weight, bias = c, c
        elif layer.op == "scale":
            weight = c
        elif layer.op in ("maxpool", "avgpool"):
            h = _pool_out(h, kh, layer.stride, ph, layer.ceil_mode)
            w = _pool_out(w, kw, layer.stride, pw, layer.ceil_mode)
        elif layer.op == "adaptive_avgpool":
            h = w = layer.output_size
        elif layer.op == "flatten":
            c, h, w = c * h * w, 1, 1
        elif layer.op == "linear":
            features = c * h * w
            weight = features * layer.out_channels
            bias = layer.out_channels if layer.bias else 0
            c, h, w = layer.out_channels, 1, 1
            macs = weight
        elif layer.op == "add":
            if any(s != src_shapes[0] for s in src_shapes):
                raise ValueError(f"layer {i}: add of mismatched shapes {src_shapes}")
        elif layer.op == "mul":
            if len(src_shapes) != 2 or src_shapes[1][0] != c or src_shapes[1][1:] not in ((1, 1), (h, w)):
                raise ValueError(f"layer {i}: mul needs a tensor and a per-channel scale, got {src_shapes}")
        elif layer.op == "concat":
            if any(s[1:] != src_shapes[0][1:] for s in src_shapes):
                raise ValueError(f"layer {i}: concat of mismatched spatial shapes {src_shapes}")
            c = sum(s[0] for s in src_shapes)
        elif layer.op == "split":
            if layer.channel_offset + layer.out_channels > c or layer.out_channels < 1:
                raise ValueError(f"layer {i}: split of channels {layer.channel_offset}+{layer.out_channels} of {c}")
            c = layer.out_channels
        elif layer.op == "space_to_depth":
            c, h, w = c * kh * kh, -(-h // kh), -(-w // kh)
        elif layer.op == "attention":
            if c % 3 or layer.heads < 1 or (c // 3) % layer.heads:
                raise ValueError(f"layer {i}: attention reads q, k, v (3 × channels divisible by heads), got {c}")
            c //= 3
            if layer.window:
                weight = (2 * layer.window - 1) ** 2 * layer.heads  # relative position bias table
                hp, wp = -(-h // layer.window) * layer.window, -(-w // layer.window) * layer.window
                macs = 2 * hp * wp * layer.window**2 * c  # QKᵀ and AV within each window (padded)
            else:
                macs = 2 * (h * w) ** 2 * c
        if h <= 0 or w <= 0:
            raise ValueError(
                Message(
                    "cnn.shrinks",
                    "layer {i} ({op}): the {ih}×{iw}px input shrinks to nothing here",
                    i=i,
                    op=layer.op,
                    ih=ih,
                    iw=iw,
                )
            )
        in_c = src_shapes[0][0]
        shapes.append(
            LayerShape(
                index=i,
                op=layer.op,
                in_channels=in_c,
                in_elems=sum(s[0] * s[1] * s[2] for s in src_shapes),
                out_channels=c,
                out_h=h,
                out_w=w,
                weight_params=weight,
                bias_params=bias,
                buffers=buffers,
                macs=macs,
            )
        )
    return shapes


def total_macs(spec: CnnSpec, image_size: ImageSize) -> int:
    """Multiply-accumulates of one forward pass over one image: Σ conv weights × output positions, linear weights,
    and attention's QKᵀ and AV products. This is what torchvision's weights tables call GFLOPS (see
    core/cnn_zoo.py); FLOPs are twice it."""
    return sum(s.macs for s in propagate(spec, image_size))


class _Builder:
    def __init__(self) -> None:
        self.layers: list[CnnLayer] = []

    def add(self, op: CnnOp, **kw: object) -> int:
        self.layers.append(CnnLayer.model_validate({"op": op, **kw}))
        return len(self.layers) - 1

    def conv_bn(
        self, out: int, kernel: int, stride: int = 1, groups: int = 1, relu: bool = True, act: str = "relu"
    ) -> int:
        self.add("conv", out_channels=out, kernel=kernel, stride=stride, padding=(kernel - 1) // 2, groups=groups)
        idx = self.add("bn")
        if relu and act:
            idx = self.add(act, inplace=True)  # type: ignore[arg-type]
        return idx


def resnet(depth: int, num_classes: int = 1000, groups: int = 1, width_per_group: int = 64) -> CnnSpec:
    """torchvision's ResNet; ResNeXt sets `groups` and `width_per_group` (32 × 4d), Wide ResNet width 128."""
    blocks = {18: [2, 2, 2, 2], 34: [3, 4, 6, 3], 50: [3, 4, 6, 3], 101: [3, 4, 23, 3], 152: [3, 8, 36, 3]}
    if depth not in blocks:
        raise ValueError(f"resnet depth must be one of {sorted(blocks)}, not {depth}")
    bottleneck = depth >= 50
    expansion = 4 if bottleneck else 1
    b = _Builder()
    b.add("conv", out_channels=64, kernel=7, stride=2, padding=3)
    b.add("bn")
    b.add("relu", inplace=True)
    prev = b.add("maxpool", kernel=3, stride=2, padding=1)
    in_planes = 64
    for stage, count in enumerate(blocks[depth]):
        planes = 64 * 2**stage
        for n in range(count):
            stride = 2 if (stage > 0 and n == 0) else 1
            block_in = prev
            if bottleneck:
                width = int(planes * (width_per_group / 64.0)) * groups
                b.conv_bn(width, 1)
                b.conv_bn(width, 3, stride, groups=groups)
                main = b.conv_bn(planes * expansion, 1, relu=False)
            else:
                b.conv_bn(planes, 3, stride)
                main = b.conv_bn(planes, 3, relu=False)
            shortcut = block_in
            if stride != 1 or in_planes != planes * expansion:
                b.add("conv", out_channels=planes * expansion, kernel=1, stride=stride, inputs=(block_in,))
                shortcut = b.add("bn")
            b.add("add", inputs=(main, shortcut))
            prev = b.add("relu", inplace=True)
            in_planes = planes * expansion
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=num_classes, bias=True)
    name = f"resnet{depth}" if (groups, width_per_group) == (1, 64) else f"resnet{depth}_{groups}x{width_per_group}d"
    return CnnSpec(builder=name, num_classes=num_classes, layers=tuple(b.layers))


_VGG_CFGS: dict[int, list[int]] = {
    11: [64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0],
    13: [64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0],
    16: [64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0],
    19: [64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0],
}


def vgg(depth: int, batch_norm: bool = False, num_classes: int = 1000) -> CnnSpec:
    if depth not in _VGG_CFGS:
        raise ValueError(f"vgg depth must be one of {sorted(_VGG_CFGS)}, not {depth}")
    b = _Builder()
    for v in _VGG_CFGS[depth]:
        if v == 0:
            b.add("maxpool", kernel=2, stride=2)
        else:
            b.add("conv", out_channels=v, kernel=3, padding=1, bias=True)
            if batch_norm:
                b.add("bn")
            b.add("relu", inplace=True)
    b.add("adaptive_avgpool", output_size=7)
    b.add("flatten")
    for width in (4096, 4096):
        b.add("linear", out_channels=width, bias=True)
        b.add("relu", inplace=True)
        b.add("dropout")
    b.add("linear", out_channels=num_classes, bias=True)
    return CnnSpec(builder=f"vgg{depth}{'_bn' if batch_norm else ''}", num_classes=num_classes, layers=tuple(b.layers))


def mobilenet_v2(num_classes: int = 1000) -> CnnSpec:
    settings = [
        (1, 16, 1, 1),
        (6, 24, 2, 2),
        (6, 32, 3, 2),
        (6, 64, 4, 2),
        (6, 96, 3, 1),
        (6, 160, 3, 2),
        (6, 320, 1, 1),
    ]
    b = _Builder()
    prev = b.conv_bn(32, 3, 2)
    in_ch = 32
    for t, c, n, s in settings:
        for i in range(n):
            stride = s if i == 0 else 1
            hidden = in_ch * t
            block_in = prev
            if t != 1:
                b.conv_bn(hidden, 1)
            b.conv_bn(hidden, 3, stride, groups=hidden)
            out = b.conv_bn(c, 1, relu=False)
            if stride == 1 and in_ch == c:
                out = b.add("add", inputs=(out, block_in))
            prev = out
            in_ch = c
    b.conv_bn(1280, 1)
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("dropout")
    b.add("linear", out_channels=num_classes, bias=True)
    return CnnSpec(builder="mobilenet_v2", num_classes=num_classes, layers=tuple(b.layers))


def densenet(
    depth: int = 121,
    growth: int = 32,
    blocks: tuple[int, ...] = (6, 12, 24, 16),
    init: int = 64,
    bn_size: int = 4,
    num_classes: int = 1000,
) -> CnnSpec:
    b = _Builder()
    b.add("conv", out_channels=init, kernel=7, stride=2, padding=3)
    b.add("bn")
    b.add("relu", inplace=True)
    prev = b.add("maxpool", kernel=3, stride=2, padding=1)
    channels = init
    for bi, count in enumerate(blocks):
        features = [prev]
        for _ in range(count):
            cat = b.add("concat", inputs=tuple(features)) if len(features) > 1 else features[0]
            b.add("bn", inputs=(cat,))
            b.add("relu", inplace=True)
            b.add("conv", out_channels=bn_size * growth, kernel=1)
            b.add("bn")
            b.add("relu", inplace=True)
            features.append(b.add("conv", out_channels=growth, kernel=3, padding=1))
            channels += growth
        prev = b.add("concat", inputs=tuple(features))
        if bi != len(blocks) - 1:
            b.add("bn")
            b.add("relu", inplace=True)
            b.add("conv", out_channels=channels // 2, kernel=1)
            prev = b.add("avgpool", kernel=2, stride=2)
            channels //= 2
    b.add("bn")
    b.add("relu", inplace=True)
    b.add("adaptive_avgpool", output_size=1)
    b.add("flatten")
    b.add("linear", out_channels=num_classes, bias=True)
    return CnnSpec(builder=f"densenet{depth}", num_classes=num_classes, layers=tuple(b.layers))


def build(builder: str, **kwargs: object) -> CnnSpec:
    """Build a CNN from a preset description such as {"builder": "resnet", "depth": 50} (core/cnn_zoo.py holds the
    builders for the other torchvision families)."""
    depth = int(kwargs.get("depth", 0))  # type: ignore[call-overload]
    classes = int(kwargs.get("num_classes", 1000))  # type: ignore[call-overload]
    if builder == "resnet":
        groups = int(kwargs.get("groups", 1))  # type: ignore[call-overload]
        width = int(kwargs.get("width_per_group", 64))  # type: ignore[call-overload]
        return resnet(depth, classes, groups, width)
    if builder == "vgg":
        return vgg(depth, bool(kwargs.get("batch_norm", False)), classes)
    if builder == "mobilenet_v2":
        return mobilenet_v2(classes)
    if builder == "densenet":
        tables = {
            121: (32, (6, 12, 24, 16), 64),
            161: (48, (6, 12, 36, 24), 96),
            169: (32, (6, 12, 32, 32), 64),
            201: (32, (6, 12, 48, 32), 64),
        }
        if (depth or 121) not in tables:
            raise ValueError(f"densenet depth must be one of {sorted(tables)}, not {depth}")
        growth, blocks, init = tables[depth or 121]
        return densenet(depth or 121, growth, blocks, init, num_classes=classes)
    from core import cnn_zoo

    return cnn_zoo.build(builder, **kwargs)
