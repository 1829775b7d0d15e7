"""Memory versus context length (vectorized) and solvers: the largest context / batch / concurrency that fits,
and the fewest GPUs.

The memory formulas accept a NumPy array for the context, so a 1,000-point curve is one evaluation of the
breakdown (bench/sweep_speed.py prints the time). Solvers rely on memory growing monotonically with
context, batch, concurrency, and shrinking with GPU count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core.estimate import resolve_gpu, usable_budget
from core.hardware import GpuSpec
from core.memory.context import Ctx, make_ctx
from core.memory.peak import build_items, peak
from core.result import Category
from core.scenario import Scenario

MAX_CONTEXT = 1 << 24


@dataclass(frozen=True)
class Sweep:
    contexts: NDArray[np.float64]
    total: NDArray[np.float64]
    items: dict[str, NDArray[np.float64]]  # bytes of each breakdown item at the peak phase of each point
    labels: dict[str, str]
    categories: dict[str, Category]
    phase_index: NDArray[np.intp]  # index into `phases` of the peak phase at each point
    phases: tuple[str, ...]
    usable: int

    def phase_at(self, i: int) -> str:
        return self.phases[int(self.phase_index[i])]

    def fits(self) -> NDArray[np.bool_]:
        return self.total <= self.usable


def context_grid(max_context: int, points: int = 1000) -> NDArray[np.float64]:
    """`points` log-spaced integer context lengths from 1 to `max_context` (inclusive; fewer only when there are
    not that many integers)."""
    top = max(2, int(max_context))
    if top <= points:
        return np.arange(1, top + 1, dtype=np.float64)
    m = points
    grid = np.unique(np.round(np.geomspace(1, top, m)))
    while len(grid) < points:
        m = int(m * 1.3) + 1
        grid = np.unique(np.round(np.geomspace(1, top, m)))
    pick = np.unique(np.round(np.linspace(0, len(grid) - 1, points)).astype(int))
    out: NDArray[np.float64] = grid[pick].astype(np.float64)
    return out


def memory_vs_context(scenario: Scenario, contexts: NDArray[np.float64] | None = None) -> Sweep:
    arch = scenario.model.architecture
    if contexts is None:
        contexts = context_grid(max(arch.max_positions, scenario.workload.context))
    # (each point is a whole context; the formulas clamp the prompt to at least one token)
    gpu = resolve_gpu(scenario)
    seq = np.asarray(contexts, dtype=np.float64)
    return _select(make_ctx(scenario, gpu, seq=seq), seq, scenario, gpu)


def _select(ctx: Ctx, points: NDArray[np.float64], scenario: Scenario, gpu: GpuSpec) -> Sweep:
    """Evaluate the breakdown once over the points and keep, at each point, the items of its peak phase."""
    items, phases = build_items(ctx)
    _, total, idx = peak(items, phases)
    n = len(points)
    index: NDArray[np.intp] = np.broadcast_to(np.asarray(idx, dtype=np.intp), (n,))
    cols = np.arange(n)
    per_item: dict[str, NDArray[np.float64]] = {}
    for it in items:
        vals = np.empty((len(phases), n))
        for k, p in enumerate(phases):
            vals[k] = it.by_phase.get(p, 0.0)
        per_item[it.key] = vals[index, cols]
    return Sweep(
        contexts=points,
        total=np.broadcast_to(np.asarray(total, dtype=np.float64), (n,)).copy(),
        items=per_item,
        labels={it.key: it.label for it in items},
        categories={it.key: it.category for it in items},
        phase_index=np.array(index),
        phases=tuple(phases),
        usable=usable_budget(scenario, gpu),
    )


def memory_vs_batch(scenario: Scenario, batches: NDArray[np.float64] | None = None) -> Sweep:
    """Memory per GPU against the batch (training: per-GPU micro-batch; inference: sequences per batch), evaluated
    in one vectorized pass like the context sweep. `contexts` of the result holds the batch sizes."""
    if batches is None:
        batches = np.unique(np.round(np.geomspace(1, 4096, 256)))
    gpu = resolve_gpu(scenario)
    b = np.asarray(batches, dtype=np.float64)
    ctx = make_ctx(scenario, gpu, batch=b)
    return _select(ctx, b, scenario, gpu)


def largest_context(scenario: Scenario, limit: int | None = None) -> int | None:
    """Largest context (tokens per sequence) that fits; None if not even one token fits. Vectorized bisection: a
    log-spaced sweep brackets the boundary, then each round sweeps the bracket at up to 512 integer points, so the
    exact boundary is found in two or three evaluations."""
    arch = scenario.model.architecture
    hi = limit or max(arch.max_positions, scenario.workload.context)
    hi = min(hi, MAX_CONTEXT)
    out = scenario.workload.output_tokens if scenario.workload.mode == "inference" else 0
    s = scenario.changed("workload.output_tokens", 0) if out else scenario
    grid = np.unique(np.concatenate([context_grid(hi, 256), [float(hi)]]))
    ok = memory_vs_context(s, grid).fits()
    if not ok[0]:
        return None
    if ok[-1]:
        return int(grid[-1])
    last = int(np.nonzero(ok)[0][-1])
    lo_v, hi_v = int(grid[last]), int(grid[last + 1])
    while hi_v - lo_v > 1:  # exact integer boundary
        points = np.unique(np.round(np.linspace(lo_v, hi_v, min(hi_v - lo_v + 1, 512))))
        fits = memory_vs_context(s, points).fits()
        k = int(np.nonzero(fits)[0][-1])
        lo_v, hi_v = int(points[k]), int(points[k + 1])
    return lo_v


def _largest_int(scenario: Scenario, field: str, upper: int = 1 << 20) -> int | None:
    from core.estimate import estimate

    def fits(v: int) -> bool:
        try:
            return estimate(scenario.changed(field, v)).fit.fits
        except ValueError:
            return False

    if not fits(1):
        return None
    lo, hi = 1, 2
    while hi <= upper and fits(hi):
        lo, hi = hi, hi * 2
    if hi > upper:
        return lo
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def largest_batch(scenario: Scenario, upper: int = 1 << 20) -> int | None:
    """Largest batch that fits, exact: a log-spaced batch sweep brackets it, then integer sweeps narrow it."""
    grid = np.unique(np.concatenate([np.round(np.geomspace(1, upper, 256)), [float(upper)]]))
    ok = memory_vs_batch(scenario, grid).fits()
    if not ok[0]:
        return None
    if ok[-1]:
        return int(grid[-1])
    k = int(np.nonzero(ok)[0][-1])
    lo, hi = int(grid[k]), int(grid[k + 1])
    while hi - lo > 1:
        points = np.unique(np.round(np.linspace(lo, hi, min(hi - lo + 1, 512))))
        fits = memory_vs_batch(scenario, points).fits()
        k = int(np.nonzero(fits)[0][-1])
        lo, hi = int(points[k]), int(points[k + 1])
    return lo


def largest_concurrency(scenario: Scenario) -> int | None:
    return _largest_int(scenario, "workload.concurrency")


def fewest_gpus(scenario: Scenario, upper: int = 4096) -> tuple[int, Scenario] | None:
    """Fewest GPUs that fit. Training scales data-parallel ranks with ZeRO-3 when sharding is allowed (zero ≥ 1),
    otherwise tensor parallelism; inference uses tensor parallelism (heads must divide)."""
    from core.estimate import estimate

    s = scenario
    candidates = sorted({n for n in [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096] if n <= upper})
    heads = s.model.architecture.decoder.attention.num_heads if s.model.architecture.decoder else 1
    for n in candidates:
        tries = []
        if s.workload.mode == "training" and s.parallelism.zero >= 1:
            tries.append({"gpus": n, "tp": 1, "pp": 1})
        if heads % n == 0 and n <= 64:
            tries.append({"gpus": n, "tp": n, "pp": 1})
        if s.workload.mode == "training":
            for tp in (8, 4, 2):
                if n % tp == 0 and heads % tp == 0 and n > tp:
                    tries.append({"gpus": n, "tp": tp, "pp": 1})
        for t in tries:
            data = s.model_dump()
            data["parallelism"].update(t)
            try:
                cand = Scenario.model_validate(data)
            except ValueError:
                continue
            if estimate(cand).fit.fits:
                return n, cand
    return None
