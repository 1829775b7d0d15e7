"""Time `sizing fit`'s answers (core.fit), each from a cold estimate cache: the whole-catalogue scan (goal: well
under a second) and all five answers together.

.venv/bin/python -m bench.fit_speed
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from core import catalog, fit
from core.memory import peak
from core.scenario import ModelRef, Scenario

SCENARIOS: dict[str, dict[str, Any]] = {
    "llama-3.1-8b inference (hf) 4090": {"gpu": {"id": "rtx-4090-24gb"}},
    "llama-3-70b q4_k_m llama.cpp 32k 4090": {
        "gpu": {"id": "rtx-4090-24gb"},
        "precision": {"weights": "q4_k_m"},
        "runtime": {"name": "llama.cpp"},
        "workload": {"context": 32768},
    },
    "llama-3-70b training 8×H100 ZeRO-3": {
        "workload": {"mode": "training", "batch": 4, "context": 4096},
        "parallelism": {"gpus": 8, "zero": 3},
    },
    "resnet-50 training batch 1024 4090": {
        "gpu": {"id": "rtx-4090-24gb"},
        "workload": {"mode": "training", "batch": 1024},
    },
}


def _cold(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        peak._static_items_cached.cache_clear()  # the per-(scenario, GPU) breakdown cache too: every GPU is new
        peak._LAST.clear()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times), times[-1]


def main() -> int:
    print(f"{'scenario':<40} {'catalogue scan':>16} {'all five answers':>18}   (median / max of 5, cold cache)")
    for name, sections in SCENARIOS.items():
        model = name.split()[0]
        s = Scenario.model_validate(
            {"model": ModelRef(preset=model, architecture=catalog.preset_architecture(model)).model_dump(), **sections}
        )
        fit.explore(s)  # warm imports and catalogues
        scan = _cold(partial(fit.catalogue_scan, s), 5)
        full = _cold(partial(fit.explore, s), 5)
        ms = [round(t * 1e3) for t in (*scan, *full)]
        print(f"{name:<40} {ms[0]:>7} / {ms[1]:>4} ms {ms[2]:>9} / {ms[3]:>4} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
