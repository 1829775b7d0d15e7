"""Compute and time held to published figures: Meta's Llama 2 GPU-hours (model card) and the FLOP arithmetic of
Kaplan et al. (2020); the roofline's decode speed is bounded by bandwidth as the physics says."""

import pytest

from core.compute import active_params, attention_flops_per_token
from core.estimate import estimate
from core.hardware import GpuCompute, GpuMemory, GpuSpec
from core.params import count
from tests.core.helpers import scenario


@pytest.mark.parametrize(
    ("preset", "published_gpu_hours"),
    # meta-llama/llama MODEL_CARD.md: pretraining on 2.0T tokens, A100-80GB (tests/data/reference/measured-cases.jsonl)
    [("llama-2-7b", 184_320), ("llama-2-13b", 368_640), ("llama-2-70b", 1_720_320)],
)
def test_training_time_matches_llama2_gpu_hours(preset: str, published_gpu_hours: int) -> None:
    s = scenario(
        preset,
        workload={"mode": "training", "context": 4096, "train_tokens": 2.0e12},
        parallelism={"gpus": 1024, "zero": 3},
        gpu={"id": "a100-sxm4-80gb"},
        cost={"price_per_gpu_hour": 2.0},
    )
    c = estimate(s).compute
    assert c.gpu_hours == pytest.approx(published_gpu_hours, rel=0.15)
    assert c.cost_usd == pytest.approx(c.gpu_hours * 2.0)


def test_six_n_d_rule() -> None:
    s = scenario("llama-2-7b", workload={"mode": "training", "context": 1, "train_tokens": 1e9})
    pc = count(s.model.architecture)
    n = active_params(pc, s)
    assert estimate(s).compute.training_flops == pytest.approx(6 * n * 1e9, rel=1e-3)
    ckpt = s.changed("training.grad_checkpointing", "full")
    assert estimate(ckpt).compute.training_flops == pytest.approx(8 * n * 1e9, rel=1e-3)


def test_attention_term_is_four_l_c_d() -> None:
    s = scenario("llama-2-7b")
    # Kaplan et al. Table 1: 2 · n_layer · n_ctx · d_attn per token forward, for the mean context n_ctx/2 of a
    # causal sequence; here for one token attending to c tokens: 4 · L · c · d
    assert attention_flops_per_token(s, 1000) == 4 * 32 * 1000 * 4096


def test_moe_counts_active_experts_only() -> None:
    s = scenario("mixtral-8x7b")
    pc = count(s.model.architecture)
    n = active_params(pc, s)
    assert 12.5e9 < n < 13.5e9  # Mixtral's published "12.9B active parameters"


def test_decode_is_bandwidth_bound_for_one_sequence() -> None:
    e = estimate(scenario("llama-3.1-8b", gpu={"id": "h100-sxm-80gb"}, workload={"context": 2048}))
    c = e.compute
    assert c.decode_bound == "memory"
    weights = e.memory.item("weights").bytes
    assert c.decode_tokens_per_second < 3.35e12 / weights  # cannot beat reading the weights once per token
    assert c.decode_tokens_per_second > 0.5 * 3.35e12 / weights


def test_gpu_flops_from_cores_clock_and_fma() -> None:
    g = GpuSpec(
        id="my-gpu",
        name="Custom",
        memory=GpuMemory(advertised=8, advertised_unit="GiB"),
        compute=GpuCompute(cores=1280, boost_clock_mhz=1400),
        custom=True,
    )
    assert g.peak_flops("fp32") == pytest.approx(3.584e12)
    assert g.peak_flops("bf16") is None  # unknown stays unknown, never 0


def test_unknown_peak_means_no_time() -> None:
    s = scenario("llama-3.1-8b", workload={"mode": "training", "train_tokens": 1e9}, gpu={"id": "apple-m4-max-128gb"})
    c = estimate(s).compute
    assert c.training_seconds is None and any("no published" in n for n in c.notes)


def test_serving_capacity_plan() -> None:
    s = scenario(
        "llama-3.1-8b",
        runtime={"name": "vllm"},
        workload={"concurrency": 32, "context": 4096},
        gpu={"id": "h100-sxm-80gb"},
    )
    c = estimate(s).compute
    per_replica = c.aggregate_tokens_per_second
    planned = estimate(s.changed("workload.target_tokens_per_second", 10 * per_replica + 1)).compute
    assert planned.replicas_needed == 11 and planned.gpus_for_load == 11


def test_vit_compute_counts_patches_per_image() -> None:
    # ViT-B/16 at 224 px: 197 tokens × 2 × 86.6 M ≈ 34 GFLOPs + attention ≈ 35 GFLOPs per image (the paper's
    # "17.6 GFLOPs" counts multiply-adds)
    s = scenario("vit-b-16", workload={"mode": "training", "batch": 64, "train_tokens": 1.28e6})
    c = estimate(s).compute
    assert 33e9 < c.flops_per_token < 37e9
    assert c.training_flops == pytest.approx(3 * c.flops_per_token * 1.28e6)


def test_no_serving_capacity_for_a_setup_that_does_not_fit() -> None:
    # Llama-3-70B in bf16: 70,553,706,496 parameters × 2 bytes = 141.1 GB of weights alone, against the RTX 4090's
    # 24 GiB (25.8 GB). A copy of a setup that does not fit serves nothing, so no replica count may be planned from it
    # (issue 10: the CLI once reported 55 replicas for a setup it had just said does not fit).
    s = scenario("llama-3-70b", gpu={"id": "rtx-4090-24gb"}, workload={"target_tokens_per_second": 1000.0})
    est = estimate(s)
    assert 70_553_706_496 * 2 > 24 * 2**30 and not est.fit.fits
    assert est.compute.replicas_needed is None and est.compute.gpus_for_load is None
    assert any("no serving capacity" in n for n in est.compute.notes)
    assert "does not fit" in est.compute.explanations["capacity"]


@pytest.mark.parametrize(
    ("seqs", "experts_read"),
    [
        # one token: its k = 2 of the E = 8 experts in each MoE layer
        (1, 2.0),
        # 8 sequences: an expert escapes one token with probability 1 − 2/8, all 8 with 0.75^8 = 0.1001129150390625,
        # so 8 · (1 − 0.1001129150390625) = 7.1990966796875 experts are touched
        (8, 7.1990966796875),
    ],
)
def test_a_moe_decoding_step_reads_the_experts_its_tokens_touch(seqs: int, experts_read: float) -> None:
    """Mixtral 8x7B in bf16 on one H200 SXM (4.8 TB/s, NVIDIA's datasheet; 80 % of it). Its 46,702,792,704
    parameters (transformers' count) hold 32 layers × 8 experts × 3 × 4,096 × 14,336 = 45,097,156,608 in routed
    experts; the other 1,605,636,096 (attention, routers, norms, embeddings, lm_head) are read in full every step,
    the experts only where a token of the step is routed (uniform routing: E · (1 − (1 − k/E)^B) of E per layer).
    On top, the engine's fixed cost of a step, whatever it reads (core.runtimes, the scenario's runtime has vLLM's
    figures): 1.0 ms a step + 32 MoE layers × 42 µs of routing = 2.344 ms."""
    s = scenario(
        "mixtral-8x7b",
        workload={"context": 4096, "output_tokens": 256, "concurrency": seqs},
        gpu={"id": "h200-sxm-141gb"},
    )
    est = estimate(s)
    kv = est.memory.item("kv_cache")
    assert kv is not None and est.memory.item("weights").bytes == 46_702_792_704 * 2  # type: ignore[union-attr]
    experts = 45_097_156_608
    step_bytes = (1_605_636_096 + experts * experts_read / 8) * 2 + kv.bytes * (3840 + 128) / 4096
    fixed = 1.0e-3 + 32 * 42e-6
    assert est.compute.decode_tokens_per_second == pytest.approx(1 / (step_bytes / (4.8e12 * 0.8) + fixed), rel=1e-9)
    words = str(est.compute.explanations["decode"])
    assert f"of each MoE layer's 8 routed experts, the {experts_read:,.1f} that {seqs} token" in words
    assert "assuming uniform routing" in words
