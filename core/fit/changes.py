"""5a. Single changes that may make a scenario fit, one function per kind of change (SuggestionKind), each
verified by estimating the changed scenario and carrying its exact edits."""

from __future__ import annotations

import math
from collections.abc import Sequence

from core import quant, runtimes, stacks, sweep
from core.estimate import estimate, resolve_gpu
from core.fit.answers import Edit, FormatOption, GpusNeeded, Limits, Suggestion, SuggestionKind
from core.fit.edits import try_edits
from core.messages import Message
from core.scenario import Scenario

# what any CPU offload costs, whichever stack's option does it (DeepSpeed ZeRO Offload, FSDP2, Megatron-Core)
OFFLOAD_COST = Message(
    "fit.cost_offload", "slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM"
)


def verified_suggestion(
    scenario: Scenario,
    kind: SuggestionKind,
    title: str,
    cost: str,
    edits: Sequence[Edit],
    changes: tuple[SuggestionKind, ...] = (),
) -> Suggestion | None:
    """A suggestion only if the changed scenario is valid and fits (verified by estimating it)."""
    tried = try_edits(scenario, edits)
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


def smaller_batch(scenario: Scenario) -> Suggestion | None:
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
        return verified_suggestion(
            scenario,
            "smaller_batch",
            Message(
                "fit.micro_batch",
                "Micro-batch {batch} with {steps} accumulation steps (global batch {new:,} per rank, was {old:,})",
                batch=b,
                steps=accum,
                new=b * accum,
                old=w.batch * w.grad_accumulation,
            ),
            Message("fit.cost_micro_batch", "more, smaller steps: a little less throughput; same global batch"),
            [Edit(path="workload.batch", value=b), Edit(path="workload.grad_accumulation", value=accum)],
        )
    b = sweep.largest_batch(scenario, upper=w.batch)
    if b is None or b >= w.batch:
        return None
    return verified_suggestion(
        scenario,
        "fewer_requests",
        Message("fit.batch", "Batch {batch} (was {old})", batch=b, old=w.batch),
        Message("fit.cost_less_throughput", "less throughput"),
        [Edit(path="workload.batch", value=b)],
    )


def fewer_requests(scenario: Scenario) -> Suggestion | None:
    w = scenario.workload
    if w.concurrency > 1:
        c = sweep.largest_concurrency(scenario)
        if c is not None and c < w.concurrency:
            return verified_suggestion(
                scenario,
                "fewer_requests",
                Message("fit.concurrency", "{n} concurrent requests (was {old})", n=c, old=w.concurrency),
                Message("fit.cost_concurrency", "less throughput; more replicas for the same load"),
                [Edit(path="workload.concurrency", value=c)],
            )
    return smaller_batch(scenario)


def checkpointing(scenario: Scenario) -> Suggestion | None:
    if scenario.workload.mode != "training" or scenario.training.grad_checkpointing == "full":
        return None
    return verified_suggestion(
        scenario,
        "checkpointing",
        Message("fit.checkpointing", "Turn on full activation checkpointing"),
        Message(
            "fit.cost_checkpointing",
            "≈ 33 % more compute (each layer's forward runs again in backward: 8·N·D instead of 6·N·D)",
        ),
        [Edit(path="training.grad_checkpointing", value="full")],
    )


def offload(scenario: Scenario) -> Suggestion | None:
    p = scenario.parallelism
    if scenario.workload.mode != "training" or p.offload == "optimizer+params":
        return None
    options: list[tuple[str, int, Message]] = []
    if stacks.get(scenario.training.stack).sharding == "fsdp":
        # FSDP2 (torchtitan, torchtune) offloads all three or nothing: CPUOffloadPolicy "offloads parameters,
        # gradients, and optimizer states to CPU ... the optimizer step runs on CPU" (PyTorch
        # torch/distributed/fsdp/_fully_shard/_fsdp_api.py); no ZeRO stage to set, and no DeepSpeed to name
        title = Message(
            "fit.offload_fsdp",
            "Offload the parameters, gradients and optimizer states to CPU memory (FSDP2 CPUOffloadPolicy)",
        )
        return verified_suggestion(
            scenario,
            "offload",
            title,
            OFFLOAD_COST,
            [Edit(path="parallelism.offload", value="optimizer+params")],
        )
    if stacks.get(scenario.training.stack).sharding == "distributed-optimizer":
        # Megatron-Core offloads the distributed optimizer's fp32 main parameters and Adam states and steps them on the
        # CPU ("Add these flags to enable optimizer cpu offload in MCore: --optimizer-cpu-offload
        # --optimizer-offload-fraction 1.0 --use-precision-aware-optimizer", NVIDIA/Megatron-LM @ 21d3f231
        # megatron/core/optimizer/cpu_offloading/README.md); the main_grad buffer stays on the GPU, and it has no
        # parameter offload and no ZeRO stage: the engine's 'optimizer' offload at its distributed optimizer's sharding
        if p.offload != "none":
            return None
        return verified_suggestion(
            scenario,
            "offload",
            Message(
                "fit.offload_megatron",
                "Offload the optimizer states and fp32 main parameters to CPU memory (Megatron-Core "
                "--optimizer-cpu-offload)",
            ),
            OFFLOAD_COST,
            [Edit(path="parallelism.offload", value="optimizer")],
        )
    if p.offload == "none":
        zero = max(p.zero, 2)
        options.append(
            (
                "optimizer",
                zero,
                Message(
                    "fit.offload_optimizer",
                    "Offload the optimizer states, master weights and gradients to CPU memory (DeepSpeed ZeRO-{zero} "
                    "Offload)",
                    zero=zero,
                ),
            )
        )
    options.append(
        (
            "optimizer+params",
            3,
            Message(
                "fit.offload_optimizer_params",
                "Offload the optimizer states, gradients and parameters to CPU memory (DeepSpeed ZeRO-{zero} Offload)",
                zero=3,
            ),
        )
    )
    for target, stage, title in options:
        edits = [Edit(path="parallelism.offload", value=target)]
        if stage != p.zero:
            edits.append(Edit(path="parallelism.zero", value=stage))
        s = verified_suggestion(
            scenario,
            "offload",
            title,
            OFFLOAD_COST,
            edits,
        )
        if s is not None:
            return s
    return None


def more_gpus_cost(extra: int, traffic: bool) -> str:
    """'1 more GPU', '3 more GPUs and their interconnect traffic'."""
    plural = "GPUs" if extra > 1 else "GPU"
    more = "{extra} more " + plural + (" and their interconnect traffic" if traffic else "")
    return Message(f"fit.cost_more_{plural.lower()}{'_traffic' if traffic else ''}", more, extra=extra)


def more_gpus(scenario: Scenario, needed: GpusNeeded) -> Suggestion | None:
    if not needed.found or needed.layout is None or needed.gpus is None:
        return None
    gpu = resolve_gpu(scenario)
    extra = needed.gpus - scenario.parallelism.gpus
    return verified_suggestion(
        scenario,
        "more_gpus",
        Message(
            "fit.more_gpus",
            "Use {gpus} × {gpu} ({layout})",
            gpus=needed.gpus,
            gpu=gpu.name,
            layout=needed.layout.description,
        ),
        more_gpus_cost(extra, traffic=needed.gpus > 1),
        needed.edits,
    )


# the smaller K/V types each engine offers (core/runtimes.py smaller_kv)
KV_SMALLER = {e.id: e.smaller_kv for e in runtimes.ENGINES.values() if e.smaller_kv}


def kv_cache(scenario: Scenario) -> Suggestion | None:
    if scenario.workload.mode != "inference":
        return None
    current = quant.kv_bytes_per_element(scenario.precision.kv_cache)
    for kv in scenario.runtime.spec.smaller_kv:
        if quant.kv_bytes_per_element(kv) >= current:
            continue
        s = verified_suggestion(
            scenario,
            "kv_cache",
            Message("fit.kv_cache", "Store the KV cache as {kv} (was {old})", kv=kv, old=scenario.precision.kv_cache),
            Message("fit.cost_kv_cache", "a small quality change in long contexts"),
            [Edit(path="precision.kv_cache", value=kv)],
        )
        if s is not None:
            return s
    return None


def smaller_format(scenario: Scenario, formats: Sequence[FormatOption]) -> Suggestion | None:
    current = estimate(scenario).memory
    current_w = sum(i.bytes for i in current.items if i.category == "weights")
    for f in formats:  # largest first: the least quantization that fits
        if f.badge == "fits" and f.weights_bytes < current_w and f.format_id != scenario.precision.weights:
            return verified_suggestion(
                scenario,
                "smaller_format",
                Message(
                    "fit.smaller_format",
                    "Weights in {format} ({bits:g} bits per weight, was {old})",
                    format=f.name,
                    bits=f.bits_per_weight,
                    old=scenario.precision.weights,
                ),
                Message("fit.cost_smaller_format", "quantization error: a quality loss that grows as the bits shrink"),
                f.edits,
            )
    return None


def shorter_context(scenario: Scenario, lim: Limits) -> Suggestion | None:
    w = scenario.workload
    c = lim.context
    if not lim.has_context or c is None or c >= w.context:
        return None
    edits = [Edit(path="workload.context", value=c)]
    if w.mode == "inference" and w.output_tokens > c:
        edits.append(Edit(path="workload.output_tokens", value=c))
    return verified_suggestion(
        scenario,
        "shorter_context",
        Message("fit.shorter_context", "Context {context:,} tokens (was {old:,})", context=c, old=w.context),
        Message("fit.cost_shorter_context", "the model sees less text per sequence"),
        edits,
    )
