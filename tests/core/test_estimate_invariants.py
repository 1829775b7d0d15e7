"""Properties every estimate must have, over every preset: components sum to the total, nothing is negative,
training needs more than inference, more tokens never need less memory, and images cost vision activations."""

import pytest

from core import catalog
from core.estimate import estimate
from core.result import CATEGORIES
from tests.core.helpers import scenario

PRESETS = sorted(catalog.presets())


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_estimates_in_both_modes(preset: str) -> None:
    inf = estimate(scenario(preset, workload={"context": 512, "output_tokens": 16}))
    tr = estimate(scenario(preset, workload={"mode": "training", "context": 512, "batch": 2}))
    for e in (inf, tr):
        cats = e.memory.by_category()
        assert set(CATEGORIES) <= set(cats)
        assert sum(cats.values()) == e.memory.total == sum(i.bytes for i in e.memory.items)
        assert all(i.bytes >= 0 for i in e.memory.items)
        assert e.memory.phase in e.memory.phase_totals
        assert e.memory.phase_totals[e.memory.phase] == pytest.approx(e.memory.total, abs=len(e.memory.items))
        assert e.expected_error
        for item in e.memory.items:
            assert item.formula and item.explanation, (preset, item.key)
    assert _forward_activations(scenario(preset, workload={"mode": "training", "context": 512, "batch": 2})) > 0
    assert tr.memory.allocated > inf.memory.allocated, preset


def _forward_activations(s) -> float:  # type: ignore[no-untyped-def]
    """The activations item at the end of forward, whatever the peak phase is."""
    from core.estimate import resolve_gpu
    from core.memory.context import make_ctx
    from core.memory.peak import build_items

    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(i.by_phase.get("forward", 0.0) for i in items if i.key == "activations"))


@pytest.mark.parametrize("preset", ["llama-3.1-8b", "qwen3-30b-a3b", "gemma-2-2b", "mistral-7b-v0.1", "t5-base"])
def test_memory_grows_with_context_and_batch(preset: str) -> None:
    for mode in ("inference", "training"):
        s = scenario(preset, workload={"mode": mode, "output_tokens": 0})
        totals = [estimate(s.changed("workload.context", c)).memory.total for c in (128, 512, 2048)]
        assert totals == sorted(totals), (preset, mode, totals)
        batches = [estimate(s.changed("workload.batch", b)).memory.total for b in (1, 2, 4)]
        assert batches == sorted(batches) and batches[0] < batches[-1], (preset, mode, batches)


def test_images_cost_vision_tower_activations() -> None:
    # the vision tower runs before the language model, so the peak is the larger of the two: 64 images of 1,024
    # patches each outweigh a 1,024-token prompt
    s = scenario("qwen2.5-vl-7b-instruct", workload={"context": 1024})
    without = estimate(s).memory.item("activations").bytes
    with_images = estimate(s.changed("workload.images", 64)).memory.item("activations").bytes
    assert with_images > 2 * without


def test_whisper_encoder_counts_its_audio_frames() -> None:
    e = estimate(scenario("whisper-medium", workload={"mode": "training", "context": 64, "batch": 4}))
    assert "encoder" in e.memory.item("activations").explanation


def test_a_tower_whose_activations_are_not_verified_says_so() -> None:
    # Llama 4's pixel-shuffle projector and native-resolution tiling are not modelled: with images the answer is
    # marked unverified; without images no vision activations are costed, so nothing is left unverified
    s = scenario("llama-4-scout-17b-16e", workload={"context": 1024})
    assert estimate(s).verified
    with_images = estimate(s.changed("workload.images", 4))
    assert not with_images.verified
    assert any("vision tower activations" in u for u in with_images.unverified)


def test_gemma4_per_layer_attention_shapes_are_not_presented_as_verified_memory() -> None:
    # Gemma 4's full-attention layers have head_dim 512 and 2 kv heads (the sliding ones 256 and 8) and no v_proj,
    # and its experts run beside a dense MLP: the count is exact, but the KV cache is costed with one shape
    e = estimate(scenario("gemma-4-26b-a4b", workload={"context": 1024}))
    assert e.params.total == 25_805_933_872  # transformers 5.25, tests/data/param_oracle
    assert not e.verified
    assert any("own shape" in u for u in e.unverified) and any("beside a dense MLP" in u for u in e.unverified)
