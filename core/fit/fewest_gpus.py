"""2. The fewest GPUs of the scenario's type that fit, and the parallelism layout in words
(core.sweep.fewest_gpus)."""

from __future__ import annotations

from core import sweep
from core.estimate import estimate, resolve_gpu
from core.fit.answers import GpusNeeded, Layout
from core.fit.edits import changed_fields
from core.scenario import Scenario
from core.units import format_bytes

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
        edits=changed_fields(scenario, s, PARALLEL_PATHS),
        searched_up_to=upper,
        explanation=(
            f"{n} × {gpu.name} ({layout.description}): {format_bytes(est.memory.total)} per GPU of "
            f"{format_bytes(est.fit.usable_bytes)} usable. Fewest over the layouts tried ({how}; {counts})"
            f"{per_batch}"
        ),
    )
