"""Per-layer table of an image model: output shape, parameters, activation bytes, multiply-accumulates (MACs) and
FLOPs for each layer, for any input size (square or rectangular).

MACs are multiply-accumulates of convolutions, linear layers and attention's QKᵀ and AV products: what torchvision's
weights tables label GFLOPS (core/cnn_zoo.py). FLOPs = 2 × MACs (a multiply and an add). Batch-norm, activations,
pooling and additions are left out of both: they are memory-bound and a few per cent of the arithmetic.
"""

from __future__ import annotations

import csv
import io

from pydantic import BaseModel, ConfigDict, Field

from core.architecture import Architecture, VisionSpec
from core.cnn import ImageSize, hw, propagate
from core.errors import SizingError
from core.messages import Message, Text, join

EXPLANATION = Message(
    "layers.explanation",
    "MACs = multiply-accumulates of convolutions (weights × output positions), linear layers and attention's QKᵀ "
    "and AV products; FLOPs = 2 × MACs. torchvision's 'GFLOPS' column counts the same multiply-accumulates "
    "(ResNet-50: 4.089 G), so it is GMACs. Batch-norm, activations, pooling and additions are not counted. "
    "Activation bytes = output elements × batch × bytes per element.",
)


class LayerTableError(SizingError):
    pass


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class LayerRow(_Frozen):
    index: int
    op: str
    detail: Text = Field(description="kernel, stride, groups, heads, … in words")
    output_shape: tuple[int, int, int] = Field(description="(channels, height, width) per sample")
    params: int
    activation_bytes: int = Field(description="output elements × batch × bytes per element")
    macs: int = Field(description="multiply-accumulates for the whole batch")
    flops: int = Field(description="2 × MACs")


class LayerTable(_Frozen):
    model_name: str
    image_height: int
    image_width: int
    batch: int
    bytes_per_element: float
    rows: tuple[LayerRow, ...]
    total_params: int
    total_macs: int
    total_flops: int
    total_activation_bytes: int
    explanation: Text = EXPLANATION


def _detail(layer: object) -> str:
    op = getattr(layer, "op", "")
    k, kw = getattr(layer, "kernel", 1), getattr(layer, "kernel_w", None) or getattr(layer, "kernel", 1)
    if op == "conv":
        parts = [f"{k}×{kw}", Message("layers.stride", "stride {stride}", stride=layer.stride)]  # type: ignore[attr-defined]
        if layer.groups > 1:  # type: ignore[attr-defined]
            parts.append(Message("layers.groups", "groups {groups}", groups=layer.groups))  # type: ignore[attr-defined]
        if layer.bias:  # type: ignore[attr-defined]
            parts.append(Message("layers.bias", "bias"))
        return join(parts)
    if op in ("maxpool", "avgpool"):
        parts = [f"{k}×{kw}", Message("layers.stride", "stride {stride}", stride=layer.stride)]  # type: ignore[attr-defined]
        if layer.ceil_mode:  # type: ignore[attr-defined]
            parts.append(Message("layers.ceil", "ceil"))
        return join(parts)
    if op == "attention":
        w = layer.window  # type: ignore[attr-defined]
        heads = Message("layers.heads", "{heads} heads", heads=layer.heads)  # type: ignore[attr-defined]
        span = Message("layers.windows", "{w}×{w} windows", w=w) if w else Message("layers.global", "global")
        return join([heads, span])
    if op == "adaptive_avgpool":
        return Message("layers.pool_to", "to {size}×{size}", size=layer.output_size)  # type: ignore[attr-defined]
    return ""


def parse_image_size(text: str) -> ImageSize:
    """'224' (square) or '224x320' / '224×320' (height × width) in pixels, as `sizing layers --image-size` and the
    window's layer table take it."""
    parts = text.strip().lower().replace("×", "x").split("x")
    try:
        dims = [int(x) for x in parts]
    except ValueError:
        raise LayerTableError(
            Message("layers.bad_image_size", "--image-size: '{text}' is not N or HEIGHTxWIDTH in pixels", text=text)
        ) from None
    if len(dims) not in (1, 2) or any(not 1 <= d <= 16384 for d in dims):
        raise LayerTableError(
            Message(
                "layers.image_size_range",
                "--image-size: '{text}' must be one or two sides of 1-16384 pixels",
                text=text,
            )
        )
    return dims[0] if len(dims) == 1 else (dims[0], dims[1])


def layer_table(
    arch: Architecture, image_size: ImageSize | None = None, batch: int = 1, bytes_per_element: float = 4.0
) -> LayerTable:
    """The table for a CNN (every layer of its graph) or a ViT classifier (patch embedding, each encoder block,
    the head)."""
    if batch < 1:
        raise LayerTableError(Message("layers.batch_range", "--batch must be at least 1, not {batch}", batch=batch))
    if arch.cnn is not None:
        spec = arch.cnn
        h, w = hw(image_size if image_size is not None else spec.image_size)
        try:
            shapes = propagate(spec, (h, w))
        except ValueError as exc:
            problem = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
            raise LayerTableError(
                Message("layers.image_size_refused", "--image-size {h}x{w}: {problem}", h=h, w=w, problem=problem)
            ) from None
        rows = tuple(
            LayerRow(
                index=s.index,
                op=s.op,
                detail=_detail(spec.layers[s.index]),
                output_shape=(s.out_channels, s.out_h, s.out_w),
                params=s.params,
                activation_bytes=round(s.out_elems * batch * bytes_per_element),
                macs=s.macs * batch,
                flops=2 * s.macs * batch,
            )
            for s in shapes
        )
    elif arch.vision is not None and arch.decoder is None and arch.encoder is None:
        h, w, rows = _vit_rows(arch.vision, image_size, batch, bytes_per_element)
    else:
        raise LayerTableError(
            Message(
                "layers.not_image_model",
                "{model} is not an image model: the layer table covers CNNs and ViT classifiers",
                model=arch.name,
            )
        )
    return LayerTable(
        model_name=arch.name,
        image_height=h,
        image_width=w,
        batch=batch,
        bytes_per_element=bytes_per_element,
        rows=rows,
        total_params=sum(r.params for r in rows),
        total_macs=sum(r.macs for r in rows),
        total_flops=sum(r.flops for r in rows),
        total_activation_bytes=sum(r.activation_bytes for r in rows),
    )


def _vit_rows(
    v: VisionSpec, image_size: ImageSize | None, batch: int, a: float
) -> tuple[int, int, tuple[LayerRow, ...]]:
    h, w = hw(image_size if image_size is not None else v.image_size)
    if (h, w) != (v.image_size, v.image_size):
        raise LayerTableError(
            Message(
                "layers.vit_size",
                "--image-size: this ViT's position table is for {side}×{side} px; another size needs interpolated "
                "position embeddings, which the table does not model",
                side=v.image_size,
            )
        )
    st = v.stack
    d, mlp = st.hidden_size, st.mlp.intermediate_size
    p = h // v.patch_size
    patches = p * p
    tokens = patches + (1 if v.class_token else 0)
    embed_w = d * v.in_channels * v.patch_size**2
    rows = [
        LayerRow(
            index=0,
            op="patch_embed",
            detail=Message(
                "layers.patch_embed",
                "{p}×{p} conv, stride {p}; + class token and positions",
                p=v.patch_size,
            ),
            output_shape=(d, tokens, 1),
            params=embed_w + d + (d if v.class_token else 0) + tokens * d,
            activation_bytes=round(tokens * d * batch * a),
            macs=embed_w * patches * batch,
            flops=2 * embed_w * patches * batch,
        )
    ]
    linear = 4 * d * d + 2 * d * mlp
    block_params = linear + 4 * d + mlp + d + 4 * d  # q,k,v,o and MLP biases; two LayerNorms
    block_macs = tokens * linear + 2 * tokens * tokens * d
    for i in range(st.num_layers):
        rows.append(
            LayerRow(
                index=i + 1,
                op="encoder_block",
                detail=Message(
                    "layers.encoder_block", "{heads} heads, MLP {mlp}", heads=st.attention.num_heads, mlp=mlp
                ),
                output_shape=(d, tokens, 1),
                params=block_params,
                activation_bytes=round(tokens * d * batch * a),
                macs=block_macs * batch,
                flops=2 * block_macs * batch,
            )
        )
    head = v.num_classes * d
    rows.append(
        LayerRow(
            index=st.num_layers + 1,
            op="head",
            detail=Message("layers.head", "LayerNorm + linear on the class token"),
            output_shape=(v.num_classes, 1, 1),
            params=2 * d + head + v.num_classes,
            activation_bytes=round(v.num_classes * batch * a),
            macs=head * batch,
            flops=2 * head * batch,
        )
    )
    return h, w, tuple(rows)


CSV_HEADER = (
    "index",
    "layer",
    "detail",
    "out_channels",
    "out_height",
    "out_width",
    "params",
    "activation_bytes",
    "macs",
    "flops",
)


def table_csv(table: LayerTable) -> str:
    """The table as CSV (RFC 4180, header first, a `total` row last): plain integers, no separators or units."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for r in table.rows:
        w.writerow((r.index, r.op, r.detail, *r.output_shape, r.params, r.activation_bytes, r.macs, r.flops))
    t = table
    w.writerow(("", "total", "", "", "", "", t.total_params, t.total_activation_bytes, t.total_macs, t.total_flops))
    return out.getvalue()
