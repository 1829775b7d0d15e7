"""5. For a scenario that does not fit, the cheapest changes that make it fit (single ones from core.fit.changes,
combinations from core.fit.combinations), ranked by the policy below."""

from __future__ import annotations

from collections.abc import Sequence

from core.estimate import estimate
from core.fit import changes
from core.fit.answers import FormatOption, GpusNeeded, Limits, Suggestion, SuggestionKind
from core.fit.combinations import combined_changes
from core.fit.fewest_gpus import gpus_needed
from core.fit.formats import format_scan
from core.fit.largest import limits
from core.scenario import Scenario

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
            s = changes.smaller_batch(scenario)
        elif kind == "fewer_requests":
            s = changes.fewer_requests(scenario)
        elif kind == "checkpointing":
            s = changes.checkpointing(scenario)
        elif kind == "offload":
            s = changes.offload(scenario)
        elif kind == "more_gpus":
            s = changes.more_gpus(scenario, needed)
        elif kind == "kv_cache":
            s = changes.kv_cache(scenario)
        elif kind == "smaller_format":
            s = changes.smaller_format(scenario, formats if formats is not None else format_scan(scenario)[0])
        else:
            s = changes.shorter_context(scenario, lim if lim is not None else limits(scenario))
        if s is not None:
            found.append(s)
    found += combined_changes(scenario, needed.gpus if needed.found else None)
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
