"""Time the memory-vs-context sweep: 1,000 context lengths in one vectorized evaluation.

.venv/bin/python -m bench.sweep_speed
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from core import catalog
from core.scenario import ModelRef, Scenario
from core.sweep import context_grid, memory_vs_context

SCENARIOS: dict[str, dict[str, Any]] = {
    "llama-3.1-8b inference (hf)": {"workload": {"context": 32768}},
    "llama-3.1-8b q4_k_m llama.cpp": {"precision": {"weights": "q4_k_m"}, "runtime": {"name": "llama.cpp"}},
    "qwen3-30b-a3b training": {"workload": {"mode": "training", "context": 4096}},
    "resnet-50 training": {"workload": {"mode": "training", "batch": 32}},
}


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
