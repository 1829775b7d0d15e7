"""2. The fewest GPUs of the scenario's type that fit, and the parallelism layout in words
(core.sweep.fewest_gpus)."""

from __future__ import annotations

from core import stacks, sweep
from core.estimate import estimate, resolve_gpu
from core.fit.answers import GpusNeeded, Layout
from core.fit.edits import changed_fields
from core.messages import Message, Size, join
from core.scenario import Scenario

PARALLEL_PATHS = ("parallelism.gpus", "parallelism.tp", "parallelism.pp", "parallelism.zero")


def describe_layout(scenario: Scenario) -> Layout:
    p = scenario.parallelism
    parts: list[str] = []
    if scenario.runtime.gguf and scenario.workload.mode == "inference":
        split = p.tp * p.pp
        words = (
            Message("layout.llama_cpp_split", "layers split over {gpus} GPUs (llama.cpp)", gpus=split)
            if split > 1
            else Message("layout.one_gpu", "one GPU")
        )
        return Layout(gpus=p.gpus, dp=p.dp, tp=p.tp, pp=p.pp, zero=p.zero, description=words)
    if p.dp > 1 or scenario.workload.mode == "training":
        sharding = stacks.get(scenario.training.stack).sharding if scenario.workload.mode == "training" else "zero"
        # Megatron's distributed optimizer shards over the data-parallel ranks by itself (its stack's name says so):
        # no ZeRO stage to name
        zero = bool(p.zero and scenario.workload.mode == "training" and sharding == "zero")
        fsdp = sharding == "fsdp"
        if fsdp:  # FSDP2 shards per parameter over the data-parallel ranks whatever ZeRO stage the scenario holds
            if p.dp > 1:
                parts.append(Message("layout.dp_fsdp", "fully sharded data parallel × {dp}", dp=p.dp))
        elif p.dp > 1:
            parts.append(
                Message("layout.dp_zero", "data parallel × {dp} with ZeRO-{zero}", dp=p.dp, zero=p.zero)
                if zero
                else Message("layout.dp", "data parallel × {dp}", dp=p.dp)
            )
        elif zero and p.tp * p.pp == 1:
            parts.append(Message("layout.one_gpu_zero", "one GPU with ZeRO-{zero}", zero=p.zero))
    if p.tp > 1:
        parts.append(Message("layout.tp", "tensor parallel × {tp}", tp=p.tp))
    if p.pp > 1:
        parts.append(Message("layout.pp", "pipeline × {pp}", pp=p.pp))
    return Layout(
        gpus=p.gpus,
        dp=p.dp,
        tp=p.tp,
        pp=p.pp,
        zero=p.zero,
        description=join(parts) or Message("layout.none", "one GPU, no parallelism"),
    )


def gpus_needed(scenario: Scenario, upper: int = 4096) -> GpusNeeded:
    """The fewest GPUs of this type that fit (core.sweep.fewest_gpus: counts 1–8, then whole 8-GPU nodes)."""
    gpu = resolve_gpu(scenario)
    found = sweep.fewest_gpus(scenario, upper)
    how = (
        Message(
            "fewest.how_training",
            "training: more data-parallel ranks at the scenario's ZeRO stage, then ZeRO-1/2/3, then tensor parallel "
            "2/4/8 with ZeRO-3, then pipeline stages with ZeRO-1",
        )
        if scenario.workload.mode == "training"
        else (
            Message("fewest.how_llama_cpp", "inference: llama.cpp splits layers across GPUs")
            if scenario.runtime.gguf
            else Message(
                "fewest.how_inference",
                "inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel",
            )
        )
    )
    counts = Message("fewest.counts", "GPU counts 1–8, then multiples of 8 (whole nodes)")
    if found is None:
        return GpusNeeded(
            found=False,
            gpus=None,
            layout=None,
            total_bytes=None,
            usable_bytes=estimate(scenario).fit.usable_bytes,
            headroom_bytes=None,
            searched_up_to=upper,
            explanation=Message(
                "fewest.none",
                "no layout tried fits on up to {upper:,} × {gpu} ({how}; {counts})",
                upper=upper,
                gpu=gpu.name,
                how=how,
                counts=counts,
            ),
        )
    n, s = found
    est = estimate(s)
    layout = describe_layout(s)
    per_batch: str = ""
    if scenario.workload.mode == "training" and s.parallelism.dp != scenario.parallelism.dp:
        per_batch = Message(
            "fewest.global_batch",
            "; the per-GPU micro-batch stays {batch}, so the global batch becomes {global_batch:,} sequences",
            batch=s.workload.batch,
            global_batch=s.workload.batch * s.workload.grad_accumulation * s.parallelism.dp,
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
        explanation=Message(
            "fewest.found",
            "{gpus} × {gpu} ({layout}): {total} per GPU of {usable} usable. Fewest over the layouts tried ({how}; "
            "{counts}){per_batch}",
            gpus=n,
            gpu=gpu.name,
            layout=layout.description,
            total=Size(est.memory.total),
            usable=Size(est.fit.usable_bytes),
            how=how,
            counts=counts,
            per_batch=per_batch,
        ),
    )
