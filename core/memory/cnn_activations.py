"""Activation memory of CNNs from the layer graph.

Training (autograd saved tensors, PyTorch/cuDNN): conv, linear, batch-norm and pooling layers save their
input; an in-place ReLU saves its output, which shares storage with its input (the BN output); max-pooling
also saves int64 indices; dropout saves a 1-byte mask; additions save nothing. Each tensor is counted once
however many layers save it. Inference: tensors are freed after their last reader; the peak is the largest
set alive at once (residual inputs stay alive until their addition).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from core.cnn import ACTIVATIONS, CnnSpec, LayerShape, propagate
from core.memory.context import Ctx, Num, PhaseItem, highest
from core.messages import Bytes, Message

# layers whose backward needs their input (an in-place activation keeps its output instead, like ReLU)
_SAVES_INPUT = {
    "conv", "bn", "linear", "maxpool", "avgpool", "adaptive_avgpool", "layernorm", "scale", "mul", "attention",
    "sigmoid", "hardsigmoid", "hardswish", "silu", "gelu",
}  # fmt: skip


def _image(ctx: Ctx) -> int:
    spec = ctx.arch.cnn
    assert spec is not None
    return ctx.scenario.workload.image_size or spec.image_size


@lru_cache(maxsize=64)
def _propagate(spec: CnnSpec, image_size: int) -> list[LayerShape]:
    return propagate(spec, image_size)


def _ids(spec: CnnSpec) -> tuple[list[int], list[tuple[int, ...]]]:
    """Storage id of each layer's output (in-place ops reuse their input's) and the ids each layer reads."""
    out_id: list[int] = []
    reads: list[tuple[int, ...]] = []
    for i, layer in enumerate(spec.layers):
        srcs = layer.inputs or ((i - 1,) if i else (-1,))
        ids = tuple(out_id[j] if j >= 0 else -1 for j in srcs)
        reads.append(ids)
        if ((layer.op in ACTIVATIONS or layer.op == "dropout") and layer.inplace) or layer.op == "flatten":
            out_id.append(ids[0])
        else:
            out_id.append(i)
    return out_id, reads


@lru_cache(maxsize=64)
def _saved_sets(
    spec: CnnSpec, image: int
) -> tuple[list[LayerShape], dict[int, int], dict[int, list[int]], list[float]]:
    """(shapes, tensor sizes in elements, layers that keep each tensor, extra bytes per image kept per layer)."""
    shapes = _propagate(spec, image)
    out_id, reads = _ids(spec)
    size = {i: s.out_elems for i, s in enumerate(shapes)}
    size[-1] = spec.in_channels * image**2
    keepers: dict[int, list[int]] = {}
    extra = [0.0] * len(shapes)
    for i, layer in enumerate(spec.layers):
        if layer.op in ACTIVATIONS and layer.inplace:
            keepers.setdefault(out_id[i], []).append(i)
        elif layer.op in _SAVES_INPUT:
            for t in reads[i]:
                keepers.setdefault(t, []).append(i)
        if layer.op == "attention":
            # the softmax probabilities (heads × positions × window positions), kept in 16 bits
            sh = shapes[i]
            w = layer.window
            span = (w * w) if w else sh.out_h * sh.out_w
            hp = -(-sh.out_h // w) * w if w else sh.out_h
            wp = -(-sh.out_w // w) * w if w else sh.out_w
            extra[i] = 2.0 * layer.heads * hp * wp * span
        if layer.op == "maxpool":
            extra[i] = 8.0 * shapes[i].out_elems  # int64 indices
        if layer.op == "dropout":
            extra[i] = 1.0 * shapes[i].out_elems  # bool mask
    return shapes, size, keepers, extra


def saved_bytes(ctx: Ctx, batch: Num, a: int) -> tuple[Num, Num]:
    """(bytes saved for backward, largest single activation) for one micro-batch."""
    assert ctx.arch.cnn is not None
    saved, largest = _saved_per_image(ctx.arch.cnn, _image(ctx), a)
    return saved * batch, largest * batch


@lru_cache(maxsize=256)
def _saved_per_image(spec: CnnSpec, image: int, a: int) -> tuple[float, float]:
    shapes, size, keepers, extra = _saved_sets(spec, image)
    total = sum(size[t] for t in keepers) * a + sum(extra)
    largest = max(s.out_elems for s in shapes) * a
    return float(total), float(largest)


def backward_peak(ctx: Ctx, batch: Num, a: int) -> tuple[Num, Num]:
    """Walk backward layer by layer: saved tensors are released once every layer that kept them has run, weight
    gradients accumulate, and each layer holds the gradient of its output and of its input.
    Returns (activation bytes, parameters whose gradients exist) at the worst moment, for each batch size."""
    assert ctx.arch.cnn is not None
    alive, grads = _backward_profile(ctx.arch.cnn, _image(ctx), a)
    b = np.asarray(batch, dtype=np.float64)
    totals = b[..., None] * alive + grads * a  # (batches, steps)
    k = np.argmax(totals, axis=-1)
    acts, params = alive[k] * b, grads[k]
    if np.ndim(batch) == 0:
        return float(acts), float(params)
    return acts, params


@lru_cache(maxsize=256)
def _backward_profile(spec: CnnSpec, image: int, a: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Per backward step (last layer first): activation bytes per image alive (kept + this layer's gradient
    transients), and parameters whose gradients exist."""
    shapes, size, keepers, extra = _saved_sets(spec, image)
    release: dict[int, float] = {}
    for t, ks in keepers.items():
        release[min(ks)] = release.get(min(ks), 0.0) + size[t] * a
    alive = sum(size[t] for t in keepers) * a + sum(extra)
    grads = 0.0
    alive_steps, grad_steps = [], []
    for i in range(len(shapes) - 1, -1, -1):
        s = shapes[i]
        grads += s.params
        alive_steps.append(alive + (s.out_elems + s.in_elems) * a)
        grad_steps.append(grads)
        alive -= release.get(i, 0.0) + extra[i]
    return np.array(alive_steps), np.array(grad_steps)


def live_peak(ctx: Ctx, batch: Num, a: int) -> Num:
    assert ctx.arch.cnn is not None
    return _live_peak_per_image(ctx.arch.cnn, _image(ctx)) * a * batch


@lru_cache(maxsize=64)
def _live_peak_per_image(spec: CnnSpec, image: int) -> float:
    shapes = _propagate(spec, image)
    out_id, reads = _ids(spec)
    size = {i: s.out_elems for i, s in enumerate(shapes)}
    size[-1] = spec.in_channels * image**2
    last_use: dict[int, int] = {}
    for i, ids in enumerate(reads):
        for t in ids:
            last_use[t] = i
    peak = 0
    live: set[int] = {-1}
    for i in range(len(shapes)):
        live.add(out_id[i])
        peak = max(peak, sum(size[t] for t in live))
        live = {t for t in live if last_use.get(t, -2) > i or t == out_id[i]}
    return float(peak)


def training_items(ctx: Ctx) -> list[PhaseItem]:
    s = ctx.scenario
    a = 4 if s.precision.training == "fp32" else 2
    b = ctx.batch
    saved, largest = saved_bytes(ctx, b, a)
    bwd, _ = backward_peak(ctx, b, a)
    if s.training.grad_checkpointing == "full":
        # torch.utils.checkpoint over √n segments keeps segment inputs and recomputes one segment at a time
        n = max(1.0, np.sqrt(len(ctx.arch.cnn.layers) if ctx.arch.cnn else 1))
        saved, bwd = saved / n, bwd / n + 2 * largest
    img = s.workload.image_size or (ctx.arch.cnn.image_size if ctx.arch.cnn else 224)
    return [
        PhaseItem(
            "activations",
            Message("item.activations_saved_for_backward", "Activations saved for backward"),
            "activations",
            {"forward": saved + 0.0 * ctx.seq, "backward": bwd + 0.0 * ctx.seq},
            "Σ saved tensors (conv/BN/pool inputs, ReLU outputs, pool indices) · batch · bytes",
            Message(
                "expl.cnn_saved",
                "Every convolution, batch-norm and pooling layer keeps its input for backward; in-place ReLUs keep "
                "their output, which is the batch-norm output, so each tensor is counted once; max-pooling adds int64 "
                "indices. For {images:,.0f} images of {img}×{img} at {a} bytes: {saved}. Going backward, kept tensors "
                "are released layer by layer while each layer holds the gradients of its output and input: worst "
                "moment {backward}.",
                images=highest(b),
                img=img,
                a=a,
                saved=Bytes(highest(saved)),
                backward=Bytes(highest(bwd)),
            ),
            {"batch": highest(b), "image_size": img, "bytes_per_activation": a},
            "PyTorch autograd saved tensors for conv/batch_norm/max_pool2d",
        )
    ]


def inference_items(ctx: Ctx) -> list[PhaseItem]:
    a = ctx.compute_bytes
    b = ctx.sequences
    peak = live_peak(ctx, b, a)
    return [
        PhaseItem(
            "activations",
            Message("item.transient_activations", "Transient activations"),
            "activations",
            {"prefill": peak + 0.0 * ctx.seq, "decode": peak + 0.0 * ctx.seq},
            "max over layers of the tensors alive at once · batch · bytes",
            Message(
                "expl.cnn_transient",
                "Without autograd each feature map is freed after its last reader; the largest set alive at once (a "
                "layer's input and output, plus residual inputs waiting for their addition) for {images:,.0f} images "
                "= {size}.",
                images=highest(b),
                size=Bytes(highest(peak)),
            ),
            {"batch": highest(b), "bytes_per_activation": a},
        )
    ]
