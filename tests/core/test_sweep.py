"""The vectorized sweep agrees with the scalar estimate point by point; solvers find the exact boundary."""

import numpy as np
import pytest

from core.estimate import estimate
from core.sweep import context_grid, fewest_gpus, largest_batch, largest_concurrency, largest_context, memory_vs_context
from tests.core.helpers import scenario

CASES = {
    "hf inference": {},
    "llama.cpp q4_k_m": {"precision": {"weights": "q4_k_m"}, "runtime": {"name": "llama.cpp"}},
    "vllm": {"runtime": {"name": "vllm"}},
    "training": {"workload": {"mode": "training", "batch": 2}},
    "training ckpt eager": {
        "workload": {"mode": "training"},
        "training": {"attention": "eager", "grad_checkpointing": "full"},
    },
    "qlora": {"workload": {"mode": "training"}, "training": {"finetune": "qlora"}, "precision": {"weights": "nf4"}},
}


def test_grid_has_the_requested_points() -> None:
    g = context_grid(131072, 1000)
    assert len(g) == 1000 and g[0] == 1 and g[-1] == 131072
    assert np.all(np.diff(g) > 0)
    assert list(context_grid(10, 1000)) == list(range(1, 11))


@pytest.mark.parametrize("name", CASES)
def test_sweep_equals_scalar_estimates(name: str) -> None:
    s = scenario("llama-3.1-8b", **CASES[name]).changed("workload.output_tokens", 0)
    points = np.array([1.0, 300.0, 4096.0, 20000.0, 131072.0])
    sw = memory_vs_context(s, points)
    for i, c in enumerate(points):
        e = estimate(s.changed("workload.context", int(c)))
        assert sw.total[i] == pytest.approx(e.memory.total, rel=1e-9), (name, c)
        assert sw.phase_at(i) == e.memory.phase
        for key, values in sw.items.items():
            item = e.memory.item(key)
            assert values[i] == pytest.approx(item.bytes if item else 0, abs=1.0), (name, c, key)
    assert np.all(np.diff(sw.total) >= -1)  # memory never shrinks as context grows


def test_largest_context_is_the_exact_boundary() -> None:
    s = scenario(
        "llama-3.1-8b",
        precision={"weights": "q4_k_m"},
        runtime={"name": "llama.cpp"},
        gpu={"id": "rtx-4090-24gb"},
        workload={"concurrency": 8, "output_tokens": 0},
    )
    n = largest_context(s)
    assert n is not None and 1 < n < 131072
    assert estimate(s.changed("workload.context", n)).fit.fits
    assert not estimate(s.changed("workload.context", n + 1)).fit.fits


SOLVER_CASES = {
    "sglang (its static share)": {"runtime": {"name": "sglang"}, "gpu": {"id": "rtx-4090-24gb"}},
    "vllm": {"runtime": {"name": "vllm"}, "gpu": {"id": "rtx-4090-24gb"}},
    "hf with output tokens": {"gpu": {"id": "rtx-4090-24gb"}, "workload": {"output_tokens": 512}},
    "lora training": {
        "workload": {"mode": "training"},
        "training": {"finetune": "lora"},
        "gpu": {"id": "a100-sxm4-80gb"},
    },
}


@pytest.mark.parametrize("name", SOLVER_CASES)
def test_solvers_find_the_boundary_the_scalar_estimates_draw(name: str) -> None:
    """The solvers ask only whether each point fits (not the sweep's items): their answers are where the scalar
    estimate goes from fitting to not fitting, SGLang's static share included."""
    s = scenario("llama-3.1-8b", **SOLVER_CASES[name])
    n = largest_context(s)
    assert n is not None
    probe = s.changed("workload.output_tokens", 0)  # the largest context holds the whole sequence
    assert estimate(probe.changed("workload.context", n)).fit.fits
    assert not estimate(probe.changed("workload.context", n + 1)).fit.fits
    b = largest_batch(s)
    assert b is not None
    assert estimate(s.changed("workload.batch", b)).fit.fits
    assert not estimate(s.changed("workload.batch", b + 1)).fit.fits


def test_largest_batch_and_concurrency() -> None:
    s = scenario("qwen2.5-7b", gpu={"id": "rtx-4090-24gb"}, workload={"context": 4096})
    b = largest_batch(s)
    assert b is not None and estimate(s.changed("workload.batch", b)).fit.fits
    assert not estimate(s.changed("workload.batch", b + 1)).fit.fits
    c = largest_concurrency(s)
    assert c == b  # for the hf runtime concurrent requests are extra sequences in the batch


def test_nothing_fits_gives_none() -> None:
    s = scenario("llama-3.3-70b-instruct", gpu={"id": "rtx-3060-12gb"})
    assert largest_context(s) is None and largest_batch(s) is None


def test_fewest_gpus_for_training_with_zero3() -> None:
    s = scenario(
        "llama-3.1-8b",
        workload={"mode": "training", "batch": 1, "context": 4096},
        parallelism={"zero": 3},
        gpu={"id": "a100-sxm4-40gb"},
    )
    result = fewest_gpus(s)
    assert result is not None
    n, found = result
    assert n > 1 and estimate(found).fit.fits
    assert fewest_gpus(s, upper=n - 1) is None  # no smaller count works with any strategy tried


@pytest.mark.parametrize("preset", ["resnet-50", "vit-b-16", "llama-3.1-8b"])
def test_memory_vs_batch_equals_estimates(preset: str) -> None:
    from core.sweep import memory_vs_batch

    for mode in ("training", "inference"):
        s = scenario(preset, workload={"mode": mode, "context": 512, "output_tokens": 0})
        sw = memory_vs_batch(s, np.array([1.0, 3.0, 17.0, 64.0]))
        for i, b in enumerate((1, 3, 17, 64)):
            e = estimate(s.changed("workload.batch", b))
            assert sw.total[i] == pytest.approx(e.memory.total, rel=1e-6), (preset, mode, b)
            assert sw.phase_at(i) == e.memory.phase


def test_sweep_names_the_backward_moment_as_the_scalar_estimates_do() -> None:
    """FSDP2's backward has two moments; the sweep says at each point which one its backward figures are from, as
    estimate() does (Memory.backward_moment). Llama 2 7B (vocabulary 32,000) on 8 GPUs, batch 1: a block's backward at
    2,048 tokens, the loss's at 4,096 (tests/gui/test_gui_stacks.py test_peak_names_the_backward_moment_that_wins)."""
    s = scenario(
        "llama-2-7b",
        workload={"mode": "training", "batch": 1},
        training={"stack": "fsdp2"},
        parallelism={"gpus": 8},
    )
    points = np.array([2048.0, 4096.0])
    sw = memory_vs_context(s, points)
    moments = []
    for i, c in enumerate(points):
        e = estimate(s.changed("workload.context", int(c)))
        assert e.memory.phase == "backward"
        assert sw.moment_at(i) == e.memory.backward_moment
        moments.append(sw.moment_at(i))
    assert moments == ["block_backward", "loss_backward"]


def _static_fields(items: object) -> list[tuple[object, ...]]:
    return [
        (i.key, i.label, repr(i.by_phase), i.explained(), i.formula, i.input_values(), repr(i.by_moment)) for i in items
    ]  # type: ignore[attr-defined]


STATIC_CASES = {
    "hf": {"runtime": {"name": "hf"}},
    "vllm": {"runtime": {"name": "vllm"}},
    "sglang": {"runtime": {"name": "sglang"}},
    "llama.cpp": {"runtime": {"name": "llama.cpp"}, "precision": {"weights": "q4_k_m"}},
    "ollama": {"runtime": {"name": "ollama"}, "precision": {"weights": "q4_k_m"}, "workload": {"batch": 8}},
    "full training, ZeRO-2": {"workload": {"mode": "training"}, "parallelism": {"gpus": 2, "zero": 2}},
    "LoRA training": {"workload": {"mode": "training"}, "training": {"finetune": "lora"}},
}


@pytest.mark.parametrize("name", STATIC_CASES)
def test_weights_and_other_static_items_do_not_depend_on_the_sequence_workload(name: str) -> None:
    """The static items (weights, engine buffers, gradients, optimizer state) are built once for the scenarios that
    differ only in context, output tokens, concurrency and (but for a CNN) batch: each built afresh from two such
    scenarios is the same, text and figures."""
    from core.estimate import resolve_gpu
    from core.memory.peak import _static_items_cached

    build = _static_items_cached.__wrapped__  # uncached
    s = scenario("llama-3.1-8b", **STATIC_CASES[name])
    one = s.with_changes({"workload.context": 8192, "workload.output_tokens": 2048, "workload.batch": 3})
    other = s.with_changes({"workload.context": 512, "workload.output_tokens": 0, "workload.batch": 1})
    if s.workload.mode == "inference":
        one = one.changed("workload.concurrency", 4)
    gpu = resolve_gpu(s)
    assert _static_fields(build(one, gpu)) == _static_fields(build(other, gpu))


def test_a_cnn_s_static_items_follow_its_batch() -> None:
    """A CNN's gradients at the worst moment of backward follow the batch (core.memory.cnn_activations): its static
    items are not shared between batches."""
    from core.estimate import resolve_gpu
    from core.memory.peak import _static_items_cached, _static_key

    s = scenario("resnet-50", workload={"mode": "training", "batch": 1})
    assert _static_key(s.changed("workload.batch", 8)).workload.batch == 8
    build = _static_items_cached.__wrapped__
    gpu = resolve_gpu(s)
    assert _static_fields(build(s, gpu)) != _static_fields(build(s.changed("workload.batch", 8), gpu))


@pytest.mark.parametrize(
    "sections",
    [
        {"workload": {"mode": "training"}, "training": {"finetune": "lora"}, "gpu": {"id": "a100-sxm4-80gb"}},
        {"workload": {"output_tokens": 0}, "gpu": {"id": "rtx-4090-24gb"}, "runtime": {"name": "vllm"}},
        {"workload": {"output_tokens": 0, "context": 512}, "gpu": {"id": "rtx-4090-24gb"}},
    ],
)
def test_a_sweep_of_the_scenario_brackets_the_largest_context(sections: dict[str, dict[str, object]]) -> None:
    """The chart's sweep (320 points from 1 to the end) brackets the boundary in place of the solver's own first
    sweep, where the scenario has no output tokens to leave out: the answer is still where the scalar estimate stops
    fitting. A sweep that does not reach the end, or a scenario with output tokens, is not used as a bracket."""
    s = scenario("llama-3.1-8b", **sections)
    end = max(s.model.architecture.max_positions, s.workload.context)
    n = largest_context(s, bracket=memory_vs_context(s, context_grid(end, 320)))
    assert n is not None
    assert estimate(s.changed("workload.context", n)).fit.fits
    assert not estimate(s.changed("workload.context", n + 1)).fit.fits
    assert largest_context(s, bracket=memory_vs_context(s, context_grid(end // 2, 320))) == n


def test_a_scenario_that_fits_nowhere_needs_no_sweep_of_the_solver_s_own() -> None:
    """Full training of a 70B model on one 24 GB GPU fits at no context: the chart's sweep says so (None), as the
    solver's own sweeps do."""
    s = scenario("llama-3.3-70b-instruct", workload={"mode": "training"}, gpu={"id": "rtx-4090-24gb"})
    end = max(s.model.architecture.max_positions, s.workload.context)
    sweep = memory_vs_context(s, context_grid(end, 320))
    assert not sweep.fits()[0]
    assert largest_context(s, bracket=sweep) is None
    assert largest_context(s) is None


def test_an_edit_of_the_batch_or_context_reuses_the_static_items() -> None:
    """Dragging the batch, the context or the concurrency builds the weights' and training state's items once:
    the later estimates find them (the cache's own count of builds), and an edit of what they read, the gradient
    accumulation, builds them again."""
    from core.memory.peak import _static_items_cached

    s = scenario("qwen2.5-7b", gpu={"id": "a100-sxm4-80gb"}, workload={"output_tokens": 64})
    estimate(s)
    before = _static_items_cached.cache_info()
    for changes in ({"workload.batch": 2}, {"workload.context": 1000}, {"workload.concurrency": 3}):
        estimate(s.with_changes(changes))
    assert _static_items_cached.cache_info().misses == before.misses
    t = s.with_changes({"workload.mode": "training", "workload.grad_accumulation": 3})
    estimate(t)
    before = _static_items_cached.cache_info()
    estimate(t.with_changes({"workload.batch": 5}))
    assert _static_items_cached.cache_info().misses == before.misses
    estimate(t.with_changes({"workload.grad_accumulation": 4}))
    assert _static_items_cached.cache_info().misses == before.misses + 1


def test_no_preset_s_static_items_depend_on_the_sequence_workload() -> None:
    """The static items' cache key (core.memory.peak._static_key) leaves out the context, the output tokens, the
    concurrency and (but for a CNN) the batch: for every preset in the catalogue (MoE, vision and audio towers,
    state-space, encoder-decoder, CNNs), inference and training, the items built afresh from two scenarios that
    differ only in those are the same, text and figures."""
    from pydantic import ValidationError

    from core import catalog
    from core.estimate import resolve_gpu
    from core.memory.peak import _static_items_cached

    build = _static_items_cached.__wrapped__  # uncached
    checked = 0
    for model in catalog.presets():
        for mode in ("inference", "training"):
            try:
                s = scenario(model, workload={"mode": mode, "context": 256, "output_tokens": 16})
                one = s.with_changes({"workload.context": 512, "workload.output_tokens": 64})
                other = s.with_changes({"workload.context": 300, "workload.output_tokens": 0})
            except (ValidationError, ValueError):
                continue  # a workload this model does not take (a CNN's context, say)
            if s.model.architecture.cnn is None:
                one, other = one.changed("workload.batch", 3), other.changed("workload.batch", 2)
            if mode == "inference":
                one = one.changed("workload.concurrency", 4)
            gpu = resolve_gpu(s)
            assert _static_fields(build(one, gpu)) == _static_fields(build(other, gpu)), (model, mode)
            checked += 1
    assert checked > 2 * 60


VIEW_CASES = {
    "hf, NF4, RTX 4090": {"precision": {"weights": "nf4"}, "gpu": {"id": "rtx-4090-24gb"}},
    "hf, 2,048 output tokens, batch 6": {"workload": {"output_tokens": 2048, "batch": 6}},
    "hf, no output tokens": {"workload": {"output_tokens": 0, "batch": 8}},
    "vllm": {"runtime": {"name": "vllm"}, "gpu": {"id": "a100-sxm4-40gb"}},
    "sglang (its static share)": {"runtime": {"name": "sglang"}, "gpu": {"id": "l4-24gb"}},
    "llama.cpp": {"runtime": {"name": "llama.cpp"}, "precision": {"weights": "q4_k_m"}, "gpu": {"id": "rtx-3060-12gb"}},
    "ollama": {"runtime": {"name": "ollama"}, "precision": {"weights": "q4_k_m"}, "workload": {"batch": 8}},
    "nothing fits": {"gpu": {"id": "t4-16gb"}, "workload": {"batch": 64}},
    "training": {"workload": {"mode": "training"}, "training": {"finetune": "lora"}},
}


@pytest.mark.parametrize("name", VIEW_CASES)
def test_context_view_is_the_sweep_and_the_largest_context_made_apart(name: str) -> None:
    """core.sweep.context_view evaluates the chart's points (with the scenario's output tokens) and the solver's
    bracket (with none) together: the same sweep, to the bit, and the same largest context as memory_vs_context and
    largest_context made one after the other."""
    from core.sweep import context_view

    s = scenario("llama-3.1-8b", **VIEW_CASES[name])
    grid = context_grid(131072, 320)
    apart = memory_vs_context(s, grid)
    sweep, largest = context_view(s, grid)
    assert largest == largest_context(s) == largest_context(s, bracket=apart)
    for field in ("contexts", "total", "phase_index"):
        assert np.array_equal(getattr(sweep, field), getattr(apart, field)), field
    assert sweep.items.keys() == apart.items.keys()
    assert all(np.array_equal(sweep.items[k], apart.items[k]) for k in apart.items)
    assert (sweep.labels, sweep.categories, sweep.phases, sweep.usable, sweep.static_limit) == (
        apart.labels,
        apart.categories,
        apart.phases,
        apart.usable,
        apart.static_limit,
    )
