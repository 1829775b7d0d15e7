"""Time the memory-vs-context sweep: 1,000 context lengths in one vectorized evaluation; and what a window's edit asks
of the engine when its sweep is new: the estimate, the chart's 320-point sweep and the largest context that fits
(core.sweep.context_view, as gui.presenter.compute_view makes them), per kind of edit.

.venv/bin/python -m bench.sweep_speed
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from core import catalog
from core.estimate import estimate
from core.scenario import ModelRef, Scenario
from core.sweep import context_grid, context_view, memory_vs_context

SCENARIOS: dict[str, dict[str, Any]] = {
    "llama-3.1-8b inference (hf)": {"workload": {"context": 32768}},
    "llama-3.1-8b q4_k_m llama.cpp": {"precision": {"weights": "q4_k_m"}, "runtime": {"name": "llama.cpp"}},
    "qwen3-30b-a3b training": {"workload": {"mode": "training", "context": 4096}},
    "resnet-50 training": {"workload": {"mode": "training", "batch": 32}},
}


def _preset(model: str, **sections: Any) -> Scenario:
    return Scenario.model_validate(
        {"model": ModelRef(preset=model, architecture=catalog.preset_architecture(model)).model_dump(), **sections}
    )


GPUS = ("rtx-4090-24gb", "a100-sxm4-80gb", "h100-sxm-80gb", "rtx-3090-24gb", "l4-24gb", "a10-24gb")
MODELS = ("llama-3.1-8b", "qwen2.5-7b", "mistral-7b-v0.1", "gemma-2-9b-it", "qwen3-8b", "llama-3.2-3b")


def _edits(kind: str, base: Scenario, n: int) -> list[Scenario]:
    """n scenarios one edit of `kind` apart, each new (batch 1, 2, 3, ...; GPUs and models in turn)."""
    out, s = [], base
    for i in range(n):
        if kind == "batch":
            s = s.changed("workload.batch", 1 + i % 400)
        elif kind == "concurrency":
            s = s.changed("workload.concurrency", 1 + i % 400)
        elif kind == "GPU":
            s = s.with_changes({"gpu.id": GPUS[i % len(GPUS)], "workload.batch": 1 + i // len(GPUS)})
        elif kind == "model":
            m = MODELS[i % len(MODELS)]
            ref = ModelRef(preset=m, architecture=catalog.preset_architecture(m))
            s = s.model_copy(update={"model": ref}).changed("workload.batch", 1 + i // len(MODELS))
        else:  # inference <-> training (QLoRA: the NF4 weights stay)
            training = s.workload.mode == "inference"
            s = s.with_changes(
                {"workload.mode": "training", "training.finetune": "qlora", "workload.batch": 1 + i // 2}
                if training
                else {"workload.mode": "inference", "workload.batch": 1 + i // 2}
            )
        out.append(s)
    return out


def edit_speed() -> None:
    """What an edit asks of the engine, its sweep new (gui.presenter.compute_view where its cache misses)."""
    base = _preset("llama-3.1-8b", gpu={"id": "rtx-4090-24gb"}, precision={"weights": "nf4"})
    print(
        "\nan edit's engine work, its sweep new (estimate + 320-point chart sweep + largest context), Llama 3.1 8B NF4:"
    )
    for kind in ("batch", "concurrency", "GPU", "model", "mode"):
        times = []
        for s in _edits(kind, base, 205)[5:]:
            top = max(s.model.architecture.max_positions, s.workload.context)
            t0 = time.perf_counter()
            estimate(s)
            context_view(s, context_grid(top, 320))
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"  {kind:<12} median {statistics.median(times) * 1e3:.3f} ms   min {times[0] * 1e3:.3f} ms")


def main() -> int:
    print(f"{'scenario':<34} {'points':>6} {'median':>10} {'p95':>10}")
    for name, sections in SCENARIOS.items():
        model = name.split()[0]
        s = Scenario.model_validate(
            {"model": ModelRef(preset=model, architecture=catalog.preset_architecture(model)).model_dump(), **sections}
        )
        grid = context_grid(131072, 1000)[:1000]
        memory_vs_context(s, grid)  # warm caches
        times = []
        for _ in range(300):
            t0 = time.perf_counter()
            memory_vs_context(s, grid)
            times.append(time.perf_counter() - t0)
        times.sort()
        med, p95 = statistics.median(times) * 1e3, times[int(0.95 * len(times))] * 1e3
        print(f"{name:<34} {len(grid):>6} {med:>8.3f} ms {p95:>7.3f} ms")
    edit_speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
