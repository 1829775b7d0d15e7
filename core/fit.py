"""What fits, and how to make it fit: the five answers of `sizing fit` and the GUI's fit explorer.

For a Scenario:
1. `limits`: the largest context, batch and concurrency that fit (the exact solvers of core.sweep).
2. `gpus_needed`: the fewest GPUs that fit and the parallelism layout (core.sweep.fewest_gpus).
3. `catalogue_scan`: every accelerator in the catalogue with this setup: fits or not, headroom, speed (the engine's
   roofline/MFU figures) and cost per hour where the catalogue has a price (none is ever invented).
4. `format_scan`: every weight format this runtime loads: fits fully / partially (llama.cpp only: some layers'
   weights in system RAM) / too large — as LM Studio's per-quantization badge.
5. `suggestions`: for a scenario that does not fit, the cheapest changes that make it fit, each verified by
   re-estimating the changed scenario and each carrying its exact edit (`Edit`: field path and new value), which
   `apply_edits` applies in one step (one undoable edit in the GUI).

Every figure comes from `core.estimate.estimate` on a concrete Scenario; nothing here re-derives a formula.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core import catalog, quant, sweep
from core.estimate import estimate, resolve_gpu
from core.memory import weights as weights_mod
from core.memory.context import make_ctx
from core.params import count
from core.result import Estimate
from core.samples import is_image_model, sample_unit
from core.scenario import Scenario
from core.units import format_bytes

EditValue = int | float | str | bool | None


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Edit(_Frozen):
    """One field of the Scenario and its new value, e.g. `Edit(path="parallelism.gpus", value=24)`."""

    path: str = Field(description="dotted field path, as Scenario.changed takes it")
    value: EditValue


class Limits(_Frozen):
    """The largest workload that fits, each found by an exact solver (None: not even 1 fits, or not applicable)."""

    context: int | None = Field(description="tokens per sequence; None if not even one token fits or no context axis")
    batch: int | None = Field(description="sequences (images) per step; training: per-GPU micro-batch")
    concurrency: int | None = Field(description="concurrent requests (inference only)")
    has_context: bool = Field(description="False for models without a context axis (CNNs, image classifiers)")
    context_searched_to: int | None = Field(
        None, description="the search's upper end (the model's maximum position or the scenario's context)"
    )
    explanations: dict[str, str] = Field(default_factory=dict)


class Layout(_Frozen):
    gpus: int
    dp: int
    tp: int
    pp: int
    zero: int
    description: str = Field(description="the layout in words, e.g. 'data parallel × 24 with ZeRO-3'")


class GpusNeeded(_Frozen):
    """The fewest GPUs of the scenario's type that fit, with the layout that makes them fit."""

    found: bool
    gpus: int | None
    layout: Layout | None
    total_bytes: int | None = Field(description="memory per GPU at the peak with that layout")
    usable_bytes: int
    headroom_bytes: int | None
    edits: tuple[Edit, ...] = ()
    searched_up_to: int
    explanation: str


class GpuOption(_Frozen):
    """The scenario on one catalogue accelerator (same count and layout)."""

    gpu_id: str
    gpu_name: str
    vendor: str
    gpus: int
    fits: bool
    total_bytes: int
    usable_bytes: int
    usable_measured: bool
    headroom_bytes: int
    speed: float | None = Field(description="the engine's throughput figure (see speed_label); None if it does not fit")
    speed_label: str = Field(description="what `speed` measures, with its unit")
    time_to_first_token: float | None = Field(None, description="inference: seconds")
    price_per_gpu_hour: float | None = Field(description="USD; None when no price is on record")
    cost_per_hour: float | None = Field(description="USD per hour for all `gpus`; None when no price is on record")
    price_source: str = ""
    edits: tuple[Edit, ...]


Badge = Literal["fits", "partial", "too_large"]
BADGE_WORDS: dict[str, str] = {"fits": "fits fully", "partial": "fits partially (offload)", "too_large": "too large"}


class FormatOption(_Frozen):
    """One weight format on this GPU (LM Studio's per-quantization badge)."""

    format_id: str
    name: str
    bits_per_weight: float = Field(description="the whole model's weight bytes × 8 / parameters (metadata included)")
    badge: Badge
    weights_bytes: int = Field(description="weights per GPU in this format")
    total_bytes: int
    usable_bytes: int
    headroom_bytes: int
    gpu_layers: int | None = Field(None, description="partial: layers whose weights stay on the GPU")
    layers: int | None = None
    cpu_weights_bytes: int | None = Field(None, description="partial: weights kept in system RAM")
    explanation: str
    edits: tuple[Edit, ...]


SuggestionKind = Literal[
    "smaller_batch",
    "fewer_requests",
    "checkpointing",
    "offload",
    "more_gpus",
    "kv_cache",
    "smaller_format",
    "shorter_context",
]


class Suggestion(_Frozen):
    kind: SuggestionKind = Field(description="the main change (more_gpus for a combination with more GPUs)")
    changes: tuple[SuggestionKind, ...] = Field(description="every kind of change it makes")
    title: str = Field(description="the change in words, e.g. 'Use 24 GPUs: data parallel × 24 with ZeRO-3'")
    cost: str = Field(description="what the change costs or gives up")
    edits: tuple[Edit, ...] = Field(description="apply together with `apply_edits` (one undoable edit)")
    total_bytes: int = Field(description="memory per GPU after the change (re-estimated)")
    usable_bytes: int
    headroom_bytes: int


class FitReport(_Frozen):
    scenario_name: str
    fits: bool
    gpu_name: str
    gpus: int
    total_bytes: int
    usable_bytes: int
    headroom_bytes: int
    limits: Limits
    gpus_needed: GpusNeeded
    catalogue: tuple[GpuOption, ...]
    formats: tuple[FormatOption, ...]
    formats_note: str = ""
    suggestions: tuple[Suggestion, ...] = Field(description="empty when the scenario fits")


# --------------------------------------------------------------------------------------------------- edits


def apply_edits(scenario: Scenario, edits: Iterable[Edit]) -> Scenario:
    """The scenario with all `edits` applied at once and validated as a whole (several fields may have to change
    together, e.g. gpus with tp: an intermediate state could be invalid). As in Scenario.changed, only the edited
    sections are re-validated (the model is not, unless it is edited), then the cross-section rules."""
    edits = list(edits)
    sections: dict[str, dict[str, Any]] = {}
    whole = False
    for e in edits:
        keys = e.path.split(".")
        if len(keys) != 2 or keys[0] == "model" or keys[0] not in type(scenario).model_fields:
            whole = True
            break
        section = getattr(scenario, keys[0])
        if not isinstance(section, BaseModel) or keys[1] not in type(section).model_fields:
            raise ValueError(f"'{e.path}' is not a scenario field")
        sections.setdefault(keys[0], section.model_dump())[keys[1]] = e.value
    if not whole:
        update = {k: type(getattr(scenario, k)).model_validate(v) for k, v in sections.items()}
        return scenario.model_copy(update=update)._check_rules()
    data: dict[str, Any] = scenario.model_dump()
    for e in edits:
        keys = e.path.split(".")
        node = data
        for k in keys[:-1]:
            if not isinstance(node.get(k), dict):
                raise ValueError(f"'{e.path}' is not a scenario field")
            node = node[k]
        if keys[-1] not in node:
            raise ValueError(f"'{e.path}' is not a scenario field")
        node[keys[-1]] = e.value
    return Scenario.model_validate(data)


def _diff(before: Scenario, after: Scenario, paths: Sequence[str]) -> tuple[Edit, ...]:
    """The edits among `paths` whose value differs between the two scenarios."""
    out = []
    for path in paths:
        a, b = _get(before, path), _get(after, path)
        if a != b:
            out.append(Edit(path=path, value=b))
    return tuple(out)


def _get(scenario: Scenario, path: str) -> Any:
    node: Any = scenario
    for k in path.split("."):
        node = getattr(node, k)
    return node


def _try(scenario: Scenario, edits: Sequence[Edit]) -> tuple[Scenario, Estimate] | None:
    try:
        s = apply_edits(scenario, edits)
    except (ValidationError, ValueError):
        return None
    return s, estimate(s)


# --------------------------------------------------------------------------------------------------- 1. limits


def _image_model(scenario: Scenario) -> bool:
    return is_image_model(scenario.model.architecture)


def limits(scenario: Scenario) -> Limits:
    """The largest context, batch and concurrency that fit, each with the others as the scenario has them."""
    inference = scenario.workload.mode == "inference"
    has_context = not _image_model(scenario)
    context = sweep.largest_context(scenario) if has_context else None
    top = min(max(scenario.model.architecture.max_positions, scenario.workload.context), sweep.MAX_CONTEXT)
    batch = sweep.largest_batch(scenario)
    concurrency = sweep.largest_concurrency(scenario) if inference else None
    expl = {
        "batch": (
            "largest "
            + ("per-GPU micro-batch" if not inference else "batch of sequences per step")
            + " with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly"
        ),
    }
    if has_context:
        expl["context"] = (
            "largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets "
            "it, integer sweeps pin it exactly"
            + (
                f"; searched up to {top:,} tokens (the model's maximum position or the context asked for), "
                "and that much fits"
                if context == top
                else ""
            )
        )
    if inference:
        expl["concurrency"] = "largest number of concurrent requests, each with its own KV cache (bisection)"
    return Limits(
        context=context,
        batch=batch,
        concurrency=concurrency,
        has_context=has_context,
        context_searched_to=top if has_context else None,
        explanations=expl,
    )


# --------------------------------------------------------------------------------------------------- 2. GPUs


PARALLEL_PATHS = ("parallelism.gpus", "parallelism.tp", "parallelism.pp", "parallelism.zero")


def describe_layout(scenario: Scenario) -> Layout:
    p = scenario.parallelism
    parts = []
    if scenario.runtime.gguf and scenario.workload.mode == "inference":
        split = p.tp * p.pp
        words = f"layers split over {split} GPUs (llama.cpp)" if split > 1 else "one GPU"
        return Layout(gpus=p.gpus, dp=p.dp, tp=p.tp, pp=p.pp, zero=p.zero, description=words)
    if p.dp > 1 or scenario.workload.mode == "training":
        zero = f" with ZeRO-{p.zero}" if p.zero and scenario.workload.mode == "training" else ""
        if p.dp > 1:
            parts.append(f"data parallel × {p.dp}{zero}")
        elif zero and p.tp * p.pp == 1:
            parts.append(f"one GPU{zero}")
    if p.tp > 1:
        parts.append(f"tensor parallel × {p.tp}")
    if p.pp > 1:
        parts.append(f"pipeline × {p.pp}")
    return Layout(
        gpus=p.gpus, dp=p.dp, tp=p.tp, pp=p.pp, zero=p.zero, description=", ".join(parts) or "one GPU, no parallelism"
    )


def gpus_needed(scenario: Scenario, upper: int = 4096) -> GpusNeeded:
    """The fewest GPUs of this type that fit (core.sweep.fewest_gpus: counts 1–8, then whole 8-GPU nodes)."""
    gpu = resolve_gpu(scenario)
    found = sweep.fewest_gpus(scenario, upper)
    how = (
        "training: more data-parallel ranks at the scenario's ZeRO stage, then ZeRO-1/2/3, then tensor parallel 2/4/8 "
        "with ZeRO-3, then pipeline stages with ZeRO-1"
        if scenario.workload.mode == "training"
        else (
            "inference: llama.cpp splits layers across GPUs"
            if scenario.runtime.gguf
            else "inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel"
        )
    )
    counts = "GPU counts 1–8, then multiples of 8 (whole nodes)"
    if found is None:
        return GpusNeeded(
            found=False,
            gpus=None,
            layout=None,
            total_bytes=None,
            usable_bytes=estimate(scenario).fit.usable_bytes,
            headroom_bytes=None,
            searched_up_to=upper,
            explanation=f"no layout tried fits on up to {upper:,} × {gpu.name} ({how}; {counts})",
        )
    n, s = found
    est = estimate(s)
    layout = describe_layout(s)
    per_batch = ""
    if scenario.workload.mode == "training" and s.parallelism.dp != scenario.parallelism.dp:
        per_batch = (
            f"; the per-GPU micro-batch stays {s.workload.batch}, so the global batch becomes "
            f"{s.workload.batch * s.workload.grad_accumulation * s.parallelism.dp:,} sequences"
        )
    return GpusNeeded(
        found=True,
        gpus=n,
        layout=layout,
        total_bytes=est.memory.total,
        usable_bytes=est.fit.usable_bytes,
        headroom_bytes=est.fit.headroom_bytes,
        edits=_diff(scenario, s, PARALLEL_PATHS),
        searched_up_to=upper,
        explanation=(
            f"{n} × {gpu.name} ({layout.description}): {format_bytes(est.memory.total)} per GPU of "
            f"{format_bytes(est.fit.usable_bytes)} usable. Fewest over the layouts tried ({how}; {counts})"
            f"{per_batch}"
        ),
    )


# --------------------------------------------------------------------------------------------------- 3. catalogue


def _speed(scenario: Scenario, est: Estimate) -> tuple[float | None, str]:
    c = est.compute
    unit = sample_unit(scenario.model.architecture).plural
    if scenario.workload.mode == "training":
        return c.tokens_per_second, f"training {unit}/s over all GPUs (MFU {c.mfu:.0%})" if c.mfu else ""
    return c.aggregate_tokens_per_second, (
        f"{'generated ' if unit == 'tokens' else ''}{unit}/s, all concurrent sequences together (roofline)"
    )


def catalogue_scan(scenario: Scenario) -> tuple[GpuOption, ...]:
    """The scenario on every catalogue accelerator, same count and layout. Sorted: those that fit first (fastest
    first), then the rest by headroom (closest to fitting first)."""
    rows = []
    for g in catalog.gpus():
        edits = [Edit(path="gpu.id", value=g.id)]
        if scenario.gpu.custom is not None:
            edits.append(Edit(path="gpu.custom", value=None))
        tried = _try(scenario, edits)
        if tried is None:
            continue
        s, est = tried
        speed, label = _speed(s, est) if est.fit.fits else (None, "")  # a setup that does not fit runs at no speed
        price = g.price_usd_per_hour
        if (
            price is None
            and scenario.gpu.custom is None
            and g.id == scenario.gpu.id
            and scenario.cost.price_per_gpu_hour
        ):
            price, price_source = scenario.cost.price_per_gpu_hour, "the scenario's price"
        else:
            price_source = g.price_source if price is not None else ""
        n = s.parallelism.gpus
        rows.append(
            GpuOption(
                gpu_id=g.id,
                gpu_name=g.name,
                vendor=g.vendor,
                gpus=n,
                fits=est.fit.fits,
                total_bytes=est.memory.total,
                usable_bytes=est.fit.usable_bytes,
                usable_measured=est.fit.usable_measured,
                headroom_bytes=est.fit.headroom_bytes,
                speed=speed,
                speed_label=label,
                time_to_first_token=est.compute.time_to_first_token,
                price_per_gpu_hour=price,
                cost_per_hour=None if price is None else price * n,
                price_source=price_source,
                edits=tuple(edits),
            )
        )
    rows.sort(key=lambda r: (not r.fits, -(r.speed or 0.0) if r.fits else -r.headroom_bytes))
    # (fitting GPUs without a published peak for the precision have no speed and come last among those that fit)
    return tuple(rows)


# --------------------------------------------------------------------------------------------------- 4. formats


def _candidate_formats(scenario: Scenario) -> tuple[list[str], str]:
    """Weight formats to badge, and a note when the question does not apply."""
    w = scenario.workload
    if w.mode == "training" and scenario.training.finetune == "full":
        return (
            [],
            "full training keeps the weights at the training precision; weight formats apply to inference and LoRA",
        )
    ids = list(quant.formats())
    if scenario.runtime.gguf and w.mode == "inference":
        ids = [f for f in ids if quant.get(f).gguf or f in ("fp32", "fp16", "bf16")]
    else:
        ids = [f for f in ids if not quant.get(f).gguf]
        if quant.get(scenario.precision.weights).family not in ("exl2", "exl3"):
            # EXL2 and EXL3 are ExLlama's own formats: neither transformers nor vLLM loads them
            ids = [f for f in ids if quant.get(f).family not in ("exl2", "exl3")]
    return ids, ""


def _format_edits(scenario: Scenario, fmt_id: str) -> list[Edit]:
    edits = [Edit(path="precision.weights", value=fmt_id)]
    m = scenario.model
    if (m.stored_weight_bytes or m.stored_gpu_weight_bytes) and m.format_hint != fmt_id:
        # the imported file's exact bytes describe its own format only
        edits += [
            Edit(path="model.stored_weight_bytes", value=None),
            Edit(path="model.stored_gpu_weight_bytes", value=None),
        ]
    return edits


def model_weight_bytes(scenario: Scenario) -> int:
    """Bytes of every weight of the model in the scenario's format, on no particular GPU (the whole checkpoint as
    the engine sizes it; an imported file's exact bytes where it has them)."""
    if scenario.model.stored_weight_bytes and scenario.model.format_hint in (None, scenario.precision.weights):
        return scenario.model.stored_weight_bytes
    one = scenario.model_copy(
        update={"parallelism": scenario.parallelism.model_copy(update={"gpus": 1, "tp": 1, "pp": 1})}
    )
    ctx = make_ctx(one, resolve_gpu(one))
    return round(weights_mod.format_bytes(ctx, ctx.weights_fmt, list(ctx.pc.groups)))


def _layers(scenario: Scenario) -> int:
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    return st.num_layers if st is not None else (arch.ssm.num_layers if arch.ssm else 1)


def _most_gpu_layers(scenario: Scenario, n_layers: int) -> tuple[int, Estimate] | None:
    """The largest -ngl ≤ n_layers that fits (the output layer then stays in system RAM, as llama.cpp does for
    n_gpu_layers ≤ n_layer), found by bisection on the engine's own split (core.memory.engines.gpu_layers):
    fewer layers on the GPU never need more memory."""
    best: tuple[int, Estimate] | None = None
    lo, hi = 1, n_layers
    while lo <= hi:
        k = (lo + hi) // 2
        tried = _try(scenario, [Edit(path="runtime.n_gpu_layers", value=k)])
        if tried is not None and tried[1].fit.fits:
            best, lo = (k, tried[1]), k + 1
        else:
            hi = k - 1
    return best


def format_scan(scenario: Scenario) -> tuple[tuple[FormatOption, ...], str]:
    """Every weight format this runtime loads, largest first, with LM Studio's badge. "partial" (llama.cpp and
    Ollama) means the model does not fit whole but fits with some layers in system RAM: the largest `--n-gpu-layers`
    that fits, each layer's weights and K/V on the device that holds it and the output layer in RAM (llama.cpp's
    split, core.memory.engines.gpu_layers)."""
    ids, note = _candidate_formats(scenario)
    rows = []
    llama = scenario.runtime.gguf and scenario.workload.mode == "inference"
    n_layers = _layers(scenario)
    for fid in ids:
        edits = _format_edits(scenario, fid)
        tried = _try(scenario, edits)
        if tried is None:
            continue  # this runtime or fine-tuning method cannot load it (the Scenario's rules say why)
        est = tried[1]
        fmt = quant.get(fid)
        params = count(scenario.model.architecture).total
        bpw = model_weight_bytes(tried[0]) * 8 / params if params else fmt.effective_bits
        weights = sum(i.bytes for i in est.memory.items if i.category == "weights")
        total, usable = est.memory.total, est.fit.usable_bytes
        badge: Badge = "fits" if est.fit.fits else "too_large"
        gpu_layers = cpu_bytes = None
        expl = f"{format_bytes(total)} of {format_bytes(usable)} usable"
        partial = (
            _most_gpu_layers(tried[0], n_layers)
            if not est.fit.fits and llama and weights > 0 and tried[0].runtime.n_gpu_layers is None
            else None
        )
        if partial is not None:
            gpu_layers, part = partial
            badge = "partial"
            w_item = part.memory.item("weights")
            cpu_bytes = round(float(w_item.inputs.get("cpu_bytes", 0))) if w_item else None
            edits = [*edits, Edit(path="runtime.n_gpu_layers", value=gpu_layers)]
            expl = (
                f"does not fit whole ({format_bytes(total)} of {format_bytes(usable)}); with --n-gpu-layers "
                f"{gpu_layers} ({gpu_layers} of {n_layers} layers and their K/V on the GPU, the output layer in "
                f"RAM) it takes {format_bytes(part.memory.total)}; {format_bytes(cpu_bytes or 0)} of weights stay in "
                f"system RAM and run on the CPU ({format_bytes(part.host_ram_bytes)} of RAM with their K/V)"
            )
        elif not est.fit.fits:
            short = format_bytes(-est.fit.headroom_bytes)
            expl = f"{format_bytes(total)} > {format_bytes(usable)} usable (short by {short})"
        rows.append(
            FormatOption(
                format_id=fid,
                name=fmt.name,
                bits_per_weight=round(bpw, 3),
                badge=badge,
                weights_bytes=weights,
                total_bytes=total,
                usable_bytes=usable,
                headroom_bytes=est.fit.headroom_bytes,
                gpu_layers=gpu_layers,
                layers=n_layers if badge == "partial" else None,
                cpu_weights_bytes=cpu_bytes,
                explanation=expl,
                edits=tuple(edits),
            )
        )
    rows.sort(key=lambda r: -r.weights_bytes)
    return tuple(rows), note


# --------------------------------------------------------------------------------------------------- 5. suggestions

# Ranking policy (cheapest first): changes that leave the result unchanged and cost only time come first, then
# changes that cost hardware, then changes that cost quality, then changes that shrink what the model sees.
# Training: a smaller micro-batch with more accumulation (same global batch), activation checkpointing (≈ +33 %
# compute: 8·N·D instead of 6·N·D), optimizer/parameter offload (slower steps, host RAM), more GPUs, a smaller
# frozen-weight format (LoRA), a shorter context. Inference: fewer concurrent requests or a smaller batch (less
# throughput, same answers), more GPUs, a quantized KV cache, a smaller weight format, a shorter context.
TRAINING_ORDER: tuple[SuggestionKind, ...] = (
    "smaller_batch",
    "checkpointing",
    "offload",
    "more_gpus",
    "smaller_format",
    "shorter_context",
)
INFERENCE_ORDER: tuple[SuggestionKind, ...] = (
    "fewer_requests",
    "more_gpus",
    "kv_cache",
    "smaller_format",
    "shorter_context",
)


def _suggestion(
    scenario: Scenario,
    kind: SuggestionKind,
    title: str,
    cost: str,
    edits: Sequence[Edit],
    changes: tuple[SuggestionKind, ...] = (),
) -> Suggestion | None:
    """A suggestion only if the changed scenario is valid and fits (verified by estimating it)."""
    tried = _try(scenario, edits)
    if tried is None or not tried[1].fit.fits:
        return None
    est = tried[1]
    return Suggestion(
        kind=kind,
        changes=changes or (kind,),
        title=title,
        cost=cost,
        edits=tuple(edits),
        total_bytes=est.memory.total,
        usable_bytes=est.fit.usable_bytes,
        headroom_bytes=est.fit.headroom_bytes,
    )


def _smaller_batch(scenario: Scenario) -> Suggestion | None:
    w = scenario.workload
    if w.batch <= 1:
        return None
    if w.mode == "training":
        # accumulation keeps gradients alive across micro-batches, so solve with accumulation on
        probe = scenario.changed("workload.grad_accumulation", max(2, w.grad_accumulation))
        b = sweep.largest_batch(probe, upper=w.batch)
        if b is None or b >= w.batch:
            return None
        accum = math.ceil(w.batch * w.grad_accumulation / b)
        return _suggestion(
            scenario,
            "smaller_batch",
            f"Micro-batch {b} with {accum} accumulation steps (global batch {b * accum:,} per rank, was "
            f"{w.batch * w.grad_accumulation:,})",
            "more, smaller steps: a little less throughput; same global batch",
            [Edit(path="workload.batch", value=b), Edit(path="workload.grad_accumulation", value=accum)],
        )
    b = sweep.largest_batch(scenario, upper=w.batch)
    if b is None or b >= w.batch:
        return None
    return _suggestion(
        scenario,
        "fewer_requests",
        f"Batch {b} (was {w.batch})",
        "less throughput",
        [Edit(path="workload.batch", value=b)],
    )


def _fewer_requests(scenario: Scenario) -> Suggestion | None:
    w = scenario.workload
    if w.concurrency > 1:
        c = sweep.largest_concurrency(scenario)
        if c is not None and c < w.concurrency:
            return _suggestion(
                scenario,
                "fewer_requests",
                f"{c} concurrent requests (was {w.concurrency})",
                "less throughput; more replicas for the same load",
                [Edit(path="workload.concurrency", value=c)],
            )
    return _smaller_batch(scenario)


def _checkpointing(scenario: Scenario) -> Suggestion | None:
    if scenario.workload.mode != "training" or scenario.training.grad_checkpointing == "full":
        return None
    return _suggestion(
        scenario,
        "checkpointing",
        "Turn on full activation checkpointing",
        "≈ 33 % more compute (each layer's forward runs again in backward: 8·N·D instead of 6·N·D)",
        [Edit(path="training.grad_checkpointing", value="full")],
    )


def _offload(scenario: Scenario) -> Suggestion | None:
    p = scenario.parallelism
    if scenario.workload.mode != "training" or p.offload == "optimizer+params":
        return None
    options: list[tuple[str, int, str]] = []
    if p.offload == "none":
        options.append(("optimizer", max(p.zero, 2), "optimizer states, master weights and gradients"))
    options.append(("optimizer+params", 3, "optimizer states, gradients and parameters"))
    for offload, zero, what in options:
        edits = [Edit(path="parallelism.offload", value=offload)]
        if zero != p.zero:
            edits.append(Edit(path="parallelism.zero", value=zero))
        s = _suggestion(
            scenario,
            "offload",
            f"Offload the {what} to CPU memory (DeepSpeed ZeRO-{zero} Offload)",
            "slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM",
            edits,
        )
        if s is not None:
            return s
    return None


def _more_gpus(scenario: Scenario, needed: GpusNeeded) -> Suggestion | None:
    if not needed.found or needed.layout is None or needed.gpus is None:
        return None
    gpu = resolve_gpu(scenario)
    extra = needed.gpus - scenario.parallelism.gpus
    return _suggestion(
        scenario,
        "more_gpus",
        f"Use {needed.gpus} × {gpu.name} ({needed.layout.description})",
        f"{extra} more GPU{'s' if extra > 1 else ''}" + (" and their interconnect traffic" if needed.gpus > 1 else ""),
        needed.edits,
    )


KV_SMALLER = {"vllm": ("fp8",), "sglang": ("fp8",), "llama.cpp": ("q8_0", "q4_0"), "ollama": ("q8_0", "q4_0")}


def _kv_cache(scenario: Scenario) -> Suggestion | None:
    if scenario.workload.mode != "inference":
        return None
    current = quant.kv_bytes_per_element(scenario.precision.kv_cache)
    for kv in KV_SMALLER.get(scenario.runtime.name, ()):
        if quant.kv_bytes_per_element(kv) >= current:
            continue
        s = _suggestion(
            scenario,
            "kv_cache",
            f"Store the KV cache as {kv} (was {scenario.precision.kv_cache})",
            "a small quality change in long contexts",
            [Edit(path="precision.kv_cache", value=kv)],
        )
        if s is not None:
            return s
    return None


def _smaller_format(scenario: Scenario, formats: Sequence[FormatOption]) -> Suggestion | None:
    current = estimate(scenario).memory
    current_w = sum(i.bytes for i in current.items if i.category == "weights")
    for f in formats:  # largest first: the least quantization that fits
        if f.badge == "fits" and f.weights_bytes < current_w and f.format_id != scenario.precision.weights:
            return _suggestion(
                scenario,
                "smaller_format",
                f"Weights in {f.name} ({f.bits_per_weight:g} bits per weight, was {scenario.precision.weights})",
                "quantization error: a quality loss that grows as the bits shrink",
                f.edits,
            )
    return None


def _shorter_context(scenario: Scenario, lim: Limits) -> Suggestion | None:
    w = scenario.workload
    c = lim.context
    if not lim.has_context or c is None or c >= w.context:
        return None
    edits = [Edit(path="workload.context", value=c)]
    if w.mode == "inference" and w.output_tokens > c:
        edits.append(Edit(path="workload.output_tokens", value=c))
    return _suggestion(
        scenario,
        "shorter_context",
        f"Context {c:,} tokens (was {w.context:,})",
        "the model sees less text per sequence",
        edits,
    )


Modifier = tuple[tuple[SuggestionKind, ...], str, str, list[Edit]]


def _modifiers(scenario: Scenario) -> list[Modifier]:
    """Cheap changes to combine with more GPUs when no single change is enough: (kinds, words, cost, edits)."""
    w = scenario.workload
    out: list[Modifier] = []
    if w.mode == "training":
        batch: list[Edit] = []
        if w.batch > 1:
            batch = [
                Edit(path="workload.batch", value=1),
                Edit(path="workload.grad_accumulation", value=w.batch * w.grad_accumulation),
            ]
            out.append(
                (
                    ("smaller_batch",),
                    f"micro-batch 1 with {w.batch * w.grad_accumulation} accumulation steps",
                    "more, smaller steps",
                    batch,
                )
            )
        if scenario.training.grad_checkpointing != "full":
            ckpt = [Edit(path="training.grad_checkpointing", value="full")]
            out.append((("checkpointing",), "activation checkpointing", "≈ 33 % more compute", ckpt))
            if batch:
                out.append(
                    (
                        ("smaller_batch", "checkpointing"),
                        f"micro-batch 1 with {w.batch * w.grad_accumulation} accumulation steps and activation "
                        "checkpointing",
                        "more, smaller steps and ≈ 33 % more compute",
                        batch + ckpt,
                    )
                )
    else:
        if w.concurrency > 1:
            out.append(
                (
                    ("fewer_requests",),
                    "one request at a time",
                    "less throughput",
                    [Edit(path="workload.concurrency", value=1)],
                )
            )
        kv = next(
            (
                k
                for k in KV_SMALLER.get(scenario.runtime.name, ())
                if quant.kv_bytes_per_element(k) < quant.kv_bytes_per_element(scenario.precision.kv_cache)
            ),
            None,
        )
        if kv is not None:
            out.append(
                (
                    ("kv_cache",),
                    f"a {kv} KV cache",
                    "a small quality change",
                    [Edit(path="precision.kv_cache", value=kv)],
                )
            )
    return out


def _with_format(scenario: Scenario, base: Modifier | None) -> Modifier | None:
    """The cheap changes of `base` (if any) plus the weight format with the most bits that then fits on the
    scenario's GPUs (inference and LoRA only)."""
    edits = list(base[3]) if base else []
    tried = _try(scenario, edits)
    if tried is None:
        return None
    rows, _ = format_scan(tried[0])
    current = sum(i.bytes for i in tried[1].memory.items if i.category == "weights")
    smaller = [f for f in rows if f.weights_bytes < current]
    # the format with the most bits that fits on these GPUs; if none does, the smallest (with more GPUs)
    pick = next((f for f in smaller if f.badge == "fits"), smaller[-1] if smaller else None)
    if pick is None:
        return None
    kinds: tuple[SuggestionKind, ...] = (*(base[0] if base else ()), "smaller_format")
    words = (f"{base[1]} and " if base else "") + f"weights in {pick.name}"
    cost = (f"{base[2]}; " if base else "") + "quantization error"
    return kinds, words, cost, [*edits, *pick.edits]


def _combinations(scenario: Scenario, fewest: int | None) -> list[Suggestion]:
    """When single changes are not enough: several cheap changes together on the scenario's GPUs, or with the
    fewest GPUs that then fit (only where that needs fewer GPUs than more GPUs alone). Fewest GPUs first."""
    gpu = resolve_gpu(scenario)
    found: list[Suggestion] = []
    mods = _modifiers(scenario)
    fmt = _with_format(scenario, mods[-1] if mods else None) if _candidate_formats(scenario)[0] else None
    for kinds, words, cost, edits in [*mods, *([fmt] if fmt else [])]:
        tried = _try(scenario, edits)
        if tried is None:
            continue
        if tried[1].fit.fits:
            if len(kinds) > 1:  # a single change that fits alone is a single suggestion already
                s = _suggestion(scenario, kinds[0], f"{words[0].upper()}{words[1:]}", cost, edits, kinds)
                found += [s] if s is not None else []
            continue
        needed = gpus_needed(tried[0])
        if not needed.found or needed.gpus is None or needed.layout is None:
            continue
        if needed.gpus <= scenario.parallelism.gpus or (fewest is not None and needed.gpus >= fewest):
            continue  # more GPUs alone would need no more than this
        extra = needed.gpus - scenario.parallelism.gpus
        s = _suggestion(
            scenario,
            "more_gpus",
            f"{words[0].upper()}{words[1:]}, on {needed.gpus} × {gpu.name} ({needed.layout.description})",
            f"{cost}; {extra} more GPU{'s' if extra != 1 else ''}",
            [*edits, *(e for e in needed.edits if e.path not in {x.path for x in edits})],
            (*kinds, "more_gpus"),
        )
        if s is not None:
            found.append(s)

    return found


def suggestions(
    scenario: Scenario,
    limit: int = 3,
    needed: GpusNeeded | None = None,
    formats: Sequence[FormatOption] | None = None,
    lim: Limits | None = None,
) -> tuple[Suggestion, ...]:
    """The `limit` cheapest changes that make a scenario that does not fit fit, each verified by estimating the
    changed scenario: single changes, and several cheap changes together (with the fewest GPUs that then fit where
    they are not enough on their own). Ranked by the costliest kind of change each makes (the policy order above),
    then by the GPUs it adds, then by how many changes it makes. Empty when the scenario already fits."""
    if estimate(scenario).fit.fits:
        return ()
    order = TRAINING_ORDER if scenario.workload.mode == "training" else INFERENCE_ORDER
    needed = needed if needed is not None else gpus_needed(scenario)
    found: list[Suggestion] = []
    for kind in order:
        s: Suggestion | None
        if kind == "smaller_batch":
            s = _smaller_batch(scenario)
        elif kind == "fewer_requests":
            s = _fewer_requests(scenario)
        elif kind == "checkpointing":
            s = _checkpointing(scenario)
        elif kind == "offload":
            s = _offload(scenario)
        elif kind == "more_gpus":
            s = _more_gpus(scenario, needed)
        elif kind == "kv_cache":
            s = _kv_cache(scenario)
        elif kind == "smaller_format":
            s = _smaller_format(scenario, formats if formats is not None else format_scan(scenario)[0])
        else:
            s = _shorter_context(scenario, lim if lim is not None else limits(scenario))
        if s is not None:
            found.append(s)
    found += _combinations(scenario, needed.gpus if needed.found else None)
    rank = {k: i for i, k in enumerate(order)}

    def key(s: Suggestion) -> tuple[int, int, int]:
        return max(rank.get(k, len(order)) for k in s.changes), gpus(s), len(s.changes)

    def gpus(s: Suggestion) -> int:
        return next((int(e.value or 0) for e in s.edits if e.path == "parallelism.gpus"), scenario.parallelism.gpus)

    def dominated(s: Suggestion, by: Suggestion) -> bool:
        """`by` makes a subset of the same kinds of change and needs no more GPUs."""
        return by is not s and set(by.changes) <= set(s.changes) and gpus(by) <= gpus(s) and by.edits != s.edits

    out: list[Suggestion] = []
    for s in sorted(found, key=key):  # stable: ties keep the policy order
        if all(s.edits != o.edits for o in out) and not any(dominated(s, o) for o in found):
            out.append(s)
    return tuple(out[:limit])


# --------------------------------------------------------------------------------------------------- all five


def explore(scenario: Scenario) -> FitReport:
    """The five answers for one scenario."""
    est = estimate(scenario)
    lim = limits(scenario)
    needed = gpus_needed(scenario)
    formats, note = format_scan(scenario)
    return FitReport(
        scenario_name=scenario.name,
        fits=est.fit.fits,
        gpu_name=est.fit.gpu_name,
        gpus=scenario.parallelism.gpus,
        total_bytes=est.memory.total,
        usable_bytes=est.fit.usable_bytes,
        headroom_bytes=est.fit.headroom_bytes,
        limits=lim,
        gpus_needed=needed,
        catalogue=catalogue_scan(scenario),
        formats=formats,
        formats_note=note,
        suggestions=suggestions(scenario, needed=needed, formats=formats, lim=lim),
    )
