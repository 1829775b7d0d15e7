"""5b. When no single change is enough: several cheap changes together on the scenario's GPUs, or with the fewest
GPUs that then fit."""

from __future__ import annotations

from core import quant
from core.estimate import resolve_gpu
from core.fit.answers import Edit, Suggestion, SuggestionKind
from core.fit.changes import more_gpus_cost, verified_suggestion
from core.fit.edits import try_edits
from core.fit.fewest_gpus import gpus_needed
from core.fit.formats import candidate_formats, format_scan
from core.messages import Message, capitalized, join
from core.scenario import Scenario

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
                    Message(
                        "fit.words_micro_batch_1",
                        "micro-batch 1 with {steps} accumulation steps",
                        steps=w.batch * w.grad_accumulation,
                    ),
                    Message("fit.cost_smaller_steps", "more, smaller steps"),
                    batch,
                )
            )
        if scenario.training.grad_checkpointing != "full":
            ckpt = [Edit(path="training.grad_checkpointing", value="full")]
            out.append(
                (
                    ("checkpointing",),
                    Message("fit.words_checkpointing", "activation checkpointing"),
                    Message("fit.cost_more_compute", "≈ 33 % more compute"),
                    ckpt,
                )
            )
            if batch:
                out.append(
                    (
                        ("smaller_batch", "checkpointing"),
                        Message(
                            "fit.words_micro_batch_1_checkpointing",
                            "micro-batch 1 with {steps} accumulation steps and activation checkpointing",
                            steps=w.batch * w.grad_accumulation,
                        ),
                        Message("fit.cost_smaller_steps_more_compute", "more, smaller steps and ≈ 33 % more compute"),
                        batch + ckpt,
                    )
                )
    else:
        if w.concurrency > 1:
            out.append(
                (
                    ("fewer_requests",),
                    Message("fit.words_one_request", "one request at a time"),
                    Message("fit.cost_less_throughput", "less throughput"),
                    [Edit(path="workload.concurrency", value=1)],
                )
            )
        kv = next(
            (
                k
                for k in scenario.runtime.spec.smaller_kv
                if quant.kv_bytes_per_element(k) < quant.kv_bytes_per_element(scenario.precision.kv_cache)
            ),
            None,
        )
        if kv is not None:
            out.append(
                (
                    ("kv_cache",),
                    # the format is read letter by letter: "an fp8 KV cache", "an int8", "a q8_0"
                    Message("fit.words_kv_cache_an", "an {kv} KV cache", kv=kv)
                    if kv[:1].lower() in "aefhilmnorsx"
                    else Message("fit.words_kv_cache", "a {kv} KV cache", kv=kv),
                    Message("fit.cost_small_quality_change", "a small quality change"),
                    [Edit(path="precision.kv_cache", value=kv)],
                )
            )
    return out


def _with_format(scenario: Scenario, base: Modifier | None) -> Modifier | None:
    """The cheap changes of `base` (if any) plus the weight format with the most bits that then fits on the
    scenario's GPUs (inference and LoRA only)."""
    edits = list(base[3]) if base else []
    tried = try_edits(scenario, edits)
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
    words = (
        Message("fit.words_and_format", "{words} and weights in {format}", words=base[1], format=pick.name)
        if base
        else Message("fit.words_format", "weights in {format}", format=pick.name)
    )
    error = Message("fit.cost_quantization_error", "quantization error")
    cost = join([base[2], error], "; ") if base else error
    return kinds, words, cost, [*edits, *pick.edits]


def combined_changes(scenario: Scenario, fewest: int | None) -> list[Suggestion]:
    """When single changes are not enough: several cheap changes together on the scenario's GPUs, or with the
    fewest GPUs that then fit (only where that needs fewer GPUs than more GPUs alone). Fewest GPUs first."""
    gpu = resolve_gpu(scenario)
    found: list[Suggestion] = []
    mods = _modifiers(scenario)
    fmt = _with_format(scenario, mods[-1] if mods else None) if candidate_formats(scenario)[0] else None
    for kinds, words, cost, edits in [*mods, *([fmt] if fmt else [])]:
        tried = try_edits(scenario, edits)
        if tried is None:
            continue
        if tried[1].fit.fits:
            if len(kinds) > 1:  # a single change that fits alone is a single suggestion already
                s = verified_suggestion(scenario, kinds[0], capitalized(words), cost, edits, kinds)
                found += [s] if s is not None else []
            continue
        needed = gpus_needed(tried[0])
        if not needed.found or needed.gpus is None or needed.layout is None:
            continue
        if needed.gpus <= scenario.parallelism.gpus or (fewest is not None and needed.gpus >= fewest):
            continue  # more GPUs alone would need no more than this
        extra = needed.gpus - scenario.parallelism.gpus
        s = verified_suggestion(
            scenario,
            "more_gpus",
            Message(
                "fit.words_on_gpus",
                "{words}, on {gpus} × {gpu} ({layout})",
                words=capitalized(words),
                gpus=needed.gpus,
                gpu=gpu.name,
                layout=needed.layout.description,
            ),
            join([cost, more_gpus_cost(extra, traffic=False)], "; "),
            [*edits, *(e for e in needed.edits if e.path not in {x.path for x in edits})],
            (*kinds, "more_gpus"),
        )
        if s is not None:
            found.append(s)

    return found
