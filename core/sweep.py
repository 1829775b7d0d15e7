"""Memory versus context length (vectorized) and solvers: the largest context / batch / concurrency that fits,
and the fewest GPUs.

The memory formulas accept a NumPy array for the context, so a 1,000-point curve is one evaluation of the
breakdown (bench/sweep_speed.py prints the time). Solvers rely on memory growing monotonically with
context, batch, concurrency, and shrinking with GPU count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from core.estimate import resolve_gpu, usable_budget
from core.hardware import GpuSpec
from core.memory import engines
from core.memory.context import Ctx, PhaseItem, make_ctx
from core.memory.peak import block_moment_wins, build_items, peak
from core.result import Category, Phase
from core.scenario import Parallelism, Scenario
from core.tower_flops import media_tokens

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
    # SGLang: weights and KV cache must also fit its static share (mem_fraction_static of the memory free at start)
    static_limit: float | None = None
    # where the backward phase has two moments (FSDP2): at each point, whether a block's backward is the larger
    block_moment: NDArray[np.bool_] | None = None

    def phase_at(self, i: int) -> str:
        return self.phases[int(self.phase_index[i])]

    def moment_at(self, i: int) -> str | None:
        """The backward moment at point i where the peak there is the backward phase and it has two moments."""
        if self.block_moment is None or self.phase_at(i) != "backward":
            return None
        return "block_backward" if bool(self.block_moment[i]) else "loss_backward"

    def fits(self) -> NDArray[np.bool_]:
        return _fits(self.total, self.usable, self.static_limit, lambda: self.items.items(), self.categories)


def _fits(
    total: NDArray[np.float64],
    usable: int,
    static_limit: float | None,
    items: Callable[[], Iterable[tuple[str, NDArray[np.float64]]]],
    categories: Mapping[str, Category],
) -> NDArray[np.bool_]:
    """Where the total fits the usable memory (and, on SGLang, weights and KV cache its static share): `items` gives
    each item's bytes at the points' peak phases, asked for only where a static share applies."""
    ok: NDArray[np.bool_] = total <= usable
    if static_limit is not None:
        static = sum(
            (v for k, v in items() if categories[k] in ("weights", "kv_cache")),
            np.zeros_like(total),
        )
        ok = ok & (static < static_limit)
    return ok


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


def _at_peak(
    items: list[PhaseItem], phases: tuple[Phase, ...], index: NDArray[np.intp], cols: NDArray[np.intp]
) -> dict[str, NDArray[np.float64]]:
    """Each item's bytes at each point's peak phase: every item's sizes at every phase in one array, indexed once
    (an array and an index per item cost 4 µs each)."""
    vals = np.empty((len(items), len(phases), len(cols)))
    for i, it in enumerate(items):
        for k, p in enumerate(phases):
            vals[i, k] = it.by_phase.get(p, 0.0)
    out = vals[:, index, cols]
    return {it.key: out[i] for i, it in enumerate(items)}


def _select(ctx: Ctx, points: NDArray[np.float64], scenario: Scenario, gpu: GpuSpec) -> Sweep:
    """Evaluate the breakdown once over the points and keep, at each point, the items of its peak phase."""
    items, phases = build_items(ctx)
    _, total, idx = peak(items, phases)
    block = block_moment_wins(items)
    n = len(points)
    index: NDArray[np.intp] = np.broadcast_to(np.asarray(idx, dtype=np.intp), (n,))
    cols = np.arange(n)
    static_pool = scenario.runtime.spec.allocation == "static-pool"  # SGLang's mem_fraction_static share
    per_item = _at_peak(items, phases, index, cols)
    return Sweep(
        contexts=points,
        total=np.broadcast_to(np.asarray(total, dtype=np.float64), (n,)).copy(),
        items=per_item,
        labels={it.key: it.label for it in items},
        categories={it.key: it.category for it in items},
        phase_index=np.array(index),
        phases=tuple(phases),
        usable=usable_budget(scenario, gpu),
        static_limit=engines.sglang_static(scenario, gpu) if static_pool else None,
        block_moment=None if block is None else np.broadcast_to(block, (n,)).copy(),
    )


def _fits_at(ctx: Ctx, points: NDArray[np.float64], scenario: Scenario, gpu: GpuSpec) -> NDArray[np.bool_]:
    """`_select(ctx, points, scenario, gpu).fits()` without the sweep: the solvers ask only whether each point fits,
    and the sweep's per-item arrays at the peak phases, its labels, phases and moments were a third of an evaluation
    (about 0.09 of 0.27 ms at 1,024 points) that they dropped. The same arithmetic, in the same order."""
    items, phases = build_items(ctx)
    _, total, idx = peak(items, phases)
    n = len(points)

    def per_item() -> Iterable[tuple[str, NDArray[np.float64]]]:  # only SGLang's static share needs them
        index: NDArray[np.intp] = np.broadcast_to(np.asarray(idx, dtype=np.intp), (n,))
        cols = np.arange(n)
        return _at_peak(items, phases, index, cols).items()

    static_pool = scenario.runtime.spec.allocation == "static-pool"
    return _fits(
        np.broadcast_to(np.asarray(total, dtype=np.float64), (n,)).copy(),
        usable_budget(scenario, gpu),
        engines.sglang_static(scenario, gpu) if static_pool else None,
        per_item,
        {it.key: it.category for it in items},
    )


def _context_fits(scenario: Scenario, contexts: NDArray[np.float64]) -> NDArray[np.bool_]:
    """`memory_vs_context(scenario, contexts).fits()`, for the solvers."""
    gpu = resolve_gpu(scenario)
    seq = np.asarray(contexts, dtype=np.float64)
    return _fits_at(make_ctx(scenario, gpu, seq=seq), seq, scenario, gpu)


def _batch_fits(scenario: Scenario, batches: NDArray[np.float64]) -> NDArray[np.bool_]:
    """`memory_vs_batch(scenario, batches).fits()`, for the solvers."""
    gpu = resolve_gpu(scenario)
    b = np.asarray(batches, dtype=np.float64)
    return _fits_at(make_ctx(scenario, gpu, batch=b), b, scenario, gpu)


def memory_vs_batch(scenario: Scenario, batches: NDArray[np.float64] | None = None) -> Sweep:
    """Memory per GPU against the batch (training: per-GPU micro-batch; inference: sequences per batch), evaluated
    in one vectorized pass like the context sweep. `contexts` of the result holds the batch sizes."""
    if batches is None:
        batches = np.unique(np.round(np.geomspace(1, 4096, 256)))
    gpu = resolve_gpu(scenario)
    b = np.asarray(batches, dtype=np.float64)
    ctx = make_ctx(scenario, gpu, batch=b)
    return _select(ctx, b, scenario, gpu)


# The context solver's sweeps: an evaluation costs about the same up to a few thousand points (0.42 ms for 256,
# 0.54 ms for 2,048: the breakdown's Python, not its arithmetic), so few rounds of many points each. The first,
# log-spaced, brackets the boundary within 1.2 % (900 tokens at 75,000); the next sweeps it at every integer.
BRACKET_POINTS = 1024
ROUND_POINTS = 2048


def largest_context(scenario: Scenario, limit: int | None = None, *, bracket: Sweep | None = None) -> int | None:
    """Largest context (tokens per sequence) that fits; None if not even one token fits, or not even the workload's
    image and audio tokens (core.tower_flops.media_tokens: they are context positions, so the context found holds them
    and the text's room is the rest). Vectorized bisection: a log-spaced sweep brackets the boundary, then each round
    sweeps the bracket at up to ROUND_POINTS integer points, so the exact boundary is found in two evaluations up to a
    million tokens' context (three beyond).

    `bracket`: a sweep of this scenario over increasing contexts from 1 to the end (the chart's,
    gui.presenter.context_view). Where the scenario has no output tokens to leave out (training, or inference that
    generates none) it is a sweep of the very scenario solved: it brackets the boundary in place of the solver's own
    first sweep (0.27 ms for 1,024 points), and where nothing or everything fits, it is the answer. Its points are
    further apart (320 to the end): past about 55,000 tokens (131,072 at the end) the bracket takes a second round,
    whose few points cost less than that sweep."""
    found = _largest_context(scenario, limit, bracket)
    if found is not None and found < sum(media_tokens(scenario)):
        return None
    return found


@lru_cache(maxsize=64)
def _bracket_grid(hi: int, points: int = BRACKET_POINTS) -> NDArray[np.float64]:
    """`points` log-spaced integers from 1 to `hi` (and `hi`), read-only: made once per end (a model's maximum
    context, a batch bound), not on every solve (80 µs of numpy's geomspace and unique). Any increasing grid
    brackets the boundary: context_grid's exact count costs 0.26 ms more."""
    grid: NDArray[np.float64] = np.unique(np.concatenate([np.round(np.geomspace(1, hi, points)), [float(hi)]]))
    grid.setflags(write=False)
    return grid


def _spans(points: NDArray[np.float64], hi: int) -> bool:
    """The points increase from 1 to `hi`: a grid any increasing sweep of which brackets the boundary."""
    return len(points) > 1 and points[0] == 1 and points[-1] == hi and bool(np.all(np.diff(points) > 0))


def _largest_context(scenario: Scenario, limit: int | None, bracket: Sweep | None = None) -> int | None:
    arch = scenario.model.architecture
    hi = limit or max(arch.max_positions, scenario.workload.context)
    hi = min(hi, MAX_CONTEXT)
    out = scenario.workload.output_tokens if scenario.workload.mode == "inference" else 0
    s = scenario.changed("workload.output_tokens", 0) if out else scenario
    if bracket is not None and s is scenario and _spans(bracket.contexts, hi):
        grid, ok = bracket.contexts, bracket.fits()
    else:
        grid = _bracket_grid(hi)
        ok = _context_fits(s, grid)
    return _narrowed(grid, ok, lambda points: _context_fits(s, points))


def _narrowed(
    grid: NDArray[np.float64], ok: NDArray[np.bool_], fits: Callable[[NDArray[np.float64]], NDArray[np.bool_]]
) -> int | None:
    """The largest integer that fits, from a sweep of increasing points `grid` (from 1 to the end) that fit where
    `ok`: rounds of up to ROUND_POINTS integer points narrow the bracket to the exact boundary."""
    if not ok[0]:
        return None
    if ok[-1]:
        return int(grid[-1])
    last = int(np.nonzero(ok)[0][-1])
    lo_v, hi_v = int(grid[last]), int(grid[last + 1])
    while hi_v - lo_v > 1:  # exact integer boundary
        points = np.unique(np.round(np.linspace(lo_v, hi_v, min(hi_v - lo_v + 1, ROUND_POINTS))))
        k = int(np.nonzero(fits(points))[0][-1])
        lo_v, hi_v = int(points[k]), int(points[k + 1])
    return lo_v


def context_view(scenario: Scenario, contexts: NDArray[np.float64]) -> tuple[Sweep, int | None]:
    """`memory_vs_context(scenario, contexts)` and `largest_context(scenario, bracket=...)` of that sweep, in one
    evaluation fewer where the scenario generates tokens: the largest context is solved for the scenario without
    them (largest_context), whose first sweep the chart's could not stand for (0.27 ms of 1,024 points); here both
    are the same evaluation, the chart's points with the scenario's output tokens and the bracket's with none (the
    formulas read them from Ctx.output_tokens, point by point). The same arithmetic at each point, so the same
    figures as the two apart."""
    out = scenario.workload.output_tokens if scenario.workload.mode == "inference" else 0
    if not out:
        sweep = memory_vs_context(scenario, contexts)
        return sweep, largest_context(scenario, bracket=sweep)
    arch = scenario.model.architecture
    hi = min(max(arch.max_positions, scenario.workload.context), MAX_CONTEXT)
    gpu = resolve_gpu(scenario)
    n = len(contexts)
    grid = _bracket_grid(hi)
    seq = np.concatenate([np.asarray(contexts, dtype=np.float64), grid])
    none = np.zeros(len(grid))
    both = _select(make_ctx(scenario, gpu, seq=seq, output_tokens=np.concatenate([np.full(n, float(out)), none])),
                   seq, scenario, gpu)  # fmt: skip
    sweep = _first(both, n)
    ok = _fits(both.total[n:], both.usable, both.static_limit, lambda: ((k, v[n:]) for k, v in both.items.items()),
               both.categories)  # fmt: skip

    def fits(points: NDArray[np.float64]) -> NDArray[np.bool_]:  # the scenario without output tokens
        return _fits_at(make_ctx(scenario, gpu, seq=points, output_tokens=0), points, scenario, gpu)

    found = _narrowed(grid, ok, fits)
    if found is not None and found < sum(media_tokens(scenario)):
        found = None
    return sweep, found


def _first(sweep: Sweep, n: int) -> Sweep:
    """The sweep's first n points."""
    return replace(
        sweep,
        contexts=sweep.contexts[:n].copy(),
        total=sweep.total[:n].copy(),
        items={k: v[:n].copy() for k, v in sweep.items.items()},
        phase_index=sweep.phase_index[:n].copy(),
        block_moment=None if sweep.block_moment is None else sweep.block_moment[:n].copy(),
    )


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
    grid = _bracket_grid(upper, 256)
    ok = _batch_fits(scenario, grid)
    if not ok[0]:
        return None
    if ok[-1]:
        return int(grid[-1])
    k = int(np.nonzero(ok)[0][-1])
    lo, hi = int(grid[k]), int(grid[k + 1])
    while hi - lo > 1:
        points = np.unique(np.round(np.linspace(lo, hi, min(hi - lo + 1, 512))))
        fits = _batch_fits(scenario, points)
        k = int(np.nonzero(fits)[0][-1])
        lo, hi = int(points[k]), int(points[k + 1])
    return lo


def largest_concurrency(scenario: Scenario) -> int | None:
    return _largest_int(scenario, "workload.concurrency")


# GPU counts the fewest-GPUs search tries: every count within one 8-GPU node, then whole nodes (multiples of 8),
# which is how clusters are rented and built.
NODE_GPUS = 8


def gpu_counts(upper: int = 4096) -> list[int]:
    """1..8, then multiples of 8 up to `upper`. Tensor parallelism stays within a node (at most 8): its all-reduces
    need NVLink-class bandwidth; beyond a node the search adds pipeline stages or data-parallel ranks."""
    small = [n for n in range(1, NODE_GPUS + 1) if n <= upper]
    return small + list(range(2 * NODE_GPUS, upper + 1, NODE_GPUS))


def _heads(scenario: Scenario) -> int:
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    return st.attention.num_heads if st is not None else 1


def _layers(scenario: Scenario) -> int:
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    return st.num_layers if st is not None else (arch.ssm.num_layers if arch.ssm else 1)


Layout = dict[str, int]  # parallelism fields: tp, pp, zero (gpus is the count searched)


def _layouts(scenario: Scenario) -> list[Layout]:
    """Parallelism layouts to try, in order of preference (least disruptive first).

    Training: the scenario's own tensor/pipeline degrees with more data-parallel ranks, at its ZeRO stage and then
    at each higher stage (DeepSpeed ZeRO-1/2/3 shard optimizer states, then gradients, then parameters); then
    tensor parallelism within a node (2, 4, 8) with ZeRO-3 over the data-parallel ranks (FSDP2 + TP, torchtitan's
    2-D layout); then pipeline stages of a TP-8 group with ZeRO-1 (DeepSpeed's pipeline engine supports ZeRO-1
    only). Inference: tensor parallelism (the degree must divide the attention heads), then TP × pipeline stages;
    llama.cpp splits layers across GPUs, so there the count is its number of layer groups."""
    p = scenario.parallelism
    heads, layers = _heads(scenario), _layers(scenario)
    out: list[Layout] = []
    if scenario.workload.mode == "training":
        for zero in range(p.zero, 4):
            out.append({"tp": p.tp, "pp": p.pp, "zero": zero})
        for tp in (2, 4, 8):
            if tp > p.tp and heads % tp == 0:
                out.append({"tp": tp, "pp": 1, "zero": 3})
        tp_max = max((t for t in (8, 4, 2, 1) if heads % t == 0), default=1)
        for pp in (2, 4, 8, 16, 32, 64):
            if pp <= layers:
                out.append({"tp": tp_max, "pp": pp, "zero": 1})
        return out
    if scenario.runtime.gguf:
        return [{"tp": 1, "pp": 0, "zero": p.zero}]  # pp = the GPU count (layer split)
    out.append({"tp": 0, "pp": 1, "zero": p.zero})  # tp = the GPU count
    tp_max = max((t for t in (8, 4, 2, 1) if heads % t == 0), default=1)
    out.append({"tp": tp_max, "pp": 0, "zero": p.zero})  # pp = count / tp
    return out


def _parallelism(scenario: Scenario, n: int, layout: Layout) -> dict[str, int] | None:
    """The parallelism fields for `n` GPUs in `layout`, or None where the layout cannot use `n` GPUs."""
    tp, pp = layout["tp"] or n, layout["pp"]
    if pp == 0:
        pp = n // tp if n % tp == 0 else 0
    if (
        pp < 1
        or n % (tp * pp)
        or _heads(scenario) % tp
        or pp > _layers(scenario)
        or tp > max(NODE_GPUS, scenario.parallelism.tp)
    ):
        return None  # (tensor parallelism stays within a node: its all-reduces need NVLink-class bandwidth)
    if scenario.workload.mode == "training" and layout["zero"] == 0 and n > tp * pp:
        return None  # plain data parallelism replicates everything: more ranks never lower memory per GPU
    return {"gpus": n, "tp": tp, "pp": pp, "zero": layout["zero"]}


def _candidate(scenario: Scenario, n: int, layout: Layout) -> Scenario | None:
    fields = _parallelism(scenario, n, layout)
    if fields is None:
        return None
    try:
        # only the parallelism section changes: validate it and the cross-section rules, not the whole model
        par = Parallelism.model_validate({**scenario.parallelism.model_dump(), **fields})
        return scenario.model_copy(update={"parallelism": par})._check_rules()
    except ValueError:
        return None


def fewest_gpus(scenario: Scenario, upper: int = 4096) -> tuple[int, Scenario] | None:
    """Fewest GPUs that fit, and the scenario with that parallelism layout (see `_layouts` for the layouts tried,
    and `gpu_counts` for the counts). For each layout the count is found by bisection (memory per GPU does not grow
    with more data-parallel ranks or more tensor/pipeline shards); the fewest over all layouts wins, ties going to
    the layout tried first."""
    from core.estimate import estimate

    def fits(c: Scenario | None) -> bool:
        return c is not None and estimate(c).fit.fits

    counts = gpu_counts(upper)
    best: tuple[int, Scenario] | None = None
    for layout in _layouts(scenario):
        usable = [n for n in counts if _parallelism(scenario, n, layout) is not None]
        if best is not None:
            usable = [n for n in usable if n < best[0]]
        if not usable or not fits(_candidate(scenario, usable[-1], layout)):
            continue
        lo, hi = -1, len(usable) - 1  # usable[hi] fits; find the first that does
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if fits(_candidate(scenario, usable[mid], layout)) else (mid, hi)
        found = _candidate(scenario, usable[hi], layout)
        assert found is not None
        best = (usable[hi], found)
    if best is not None and best[1].parallelism.dp == 1 and best[1].parallelism.zero != scenario.parallelism.zero:
        # one data-parallel rank: a ZeRO stage shards nothing, so keep the scenario's own stage where that fits
        own = _candidate(best[1], best[0], {**_layout_of(best[1]), "zero": scenario.parallelism.zero})
        if fits(own):
            assert own is not None
            best = (best[0], own)
    return best


def _layout_of(scenario: Scenario) -> Layout:
    p = scenario.parallelism
    return {"tp": p.tp, "pp": p.pp, "zero": p.zero}
