"""Training planner (core.planning, `sizing plan training`): hand-worked estimates and published training runs."""

import json
import math
from pathlib import Path

import pytest

from core import catalog, cli, planning
from tests.core.helpers import scenario

A100 = catalog.gpu("a100-sxm4-80gb")  # 312 TFLOP/s dense bf16 (NVIDIA A100 datasheet)
REFERENCE = Path(__file__).parents[1] / "data" / "reference" / "measured-cases.jsonl"


def _reference(case_id: str) -> dict:
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == case_id:
            return row
    raise KeyError(case_id)


def test_gpt3_175b_on_1024_a100s_takes_34_days() -> None:
    # Narayanan et al. 2021 (arXiv:2104.04473) §5.1: training time ≈ 8·T·P / (n·X); GPT-3 175B, T = 300 B tokens,
    # n = 1,024 A100s at X = 140 TFLOP/s each "would take ... 34 days". By hand: 8 × 175e9 × 300e9 = 4.2e23 FLOPs;
    # / (1,024 × 140e12) = 2,929,688 s = 33.9 days. 140 TFLOP/s is 140/312 = 44.9 % of the A100's bf16 peak.
    p = planning.plan_from_params(175e9, 300e9, A100, 1024, mfu=140 / 312, recompute=True)
    assert p.training_flops == pytest.approx(4.2e23)
    assert p.days == pytest.approx(4.2e23 / (1024 * 140e12) / 86400)
    assert round(p.days) == 34
    assert p.cluster_peak_pflops == pytest.approx(1024 * 312e12 / 1e15)
    assert p.gpu_hours == pytest.approx(4.2e23 / (1024 * 140e12) * 1024 / 3600)


def test_gpt3_pf_days_match_the_paper() -> None:
    # Brown et al. 2020 (GPT-3), Table D.1: GPT-3 175B (174.6 B parameters, 300 B tokens), total training compute
    # 3.64E+03 PF-days = 3.14E+23 FLOPs, counted as 6·N·D.
    p = planning.plan_from_params(174.6e9, 300e9, A100, 1024, mfu=0.4)
    assert p.training_flops == pytest.approx(3.14e23, rel=0.002)
    assert p.pf_days == pytest.approx(3.64e3, rel=0.002)


@pytest.mark.parametrize(
    ("preset", "case_id", "layers", "d", "vocab"),
    [
        ("llama-2-7b", "thr-meta-llama-2-7b-gpuhours", 32, 4096, 32000),
        ("llama-2-70b", "thr-meta-llama-2-70b-gpuhours", 80, 8192, 32000),
    ],
)
def test_mfu_implied_by_llama2_gpu_hours(preset: str, case_id: str, layers: int, d: int, vocab: int) -> None:
    # Meta's Llama 2 model card: 184,320 (7B) and 1,720,320 (70B) A100-80GB GPU-hours for 2.0 T tokens at 4,096
    # tokens per sequence. By hand: forward FLOPs per token = 2 × (parameters − input embedding − norms) +
    # attention 4·L·(c/2)·d (causal: a token attends to c/2 tokens on average); × 3 for training; MFU = FLOPs /
    # (GPU-hours × 3,600 × 312 TFLOP/s).
    ref = _reference(case_id)
    n_total = ref["architecture"]["params"]
    n_active = n_total - vocab * d - (2 * layers + 1) * d
    fwd = 2 * n_active + 4 * layers * (4096 / 2) * d
    hand = 3 * fwd * 2e12 / (ref["measured"]["value"] * 3600 * 312e12)
    s = scenario(
        preset,
        workload={"mode": "training", "context": 4096},
        gpu={"id": "a100-sxm4-80gb"},
        parallelism={"gpus": 2048, "zero": 3},
    )
    p = planning.plan_training(s, 2e12, known_gpu_hours=ref["measured"]["value"])
    assert p.implied_mfu == pytest.approx(hand, rel=1e-9)
    assert 0.38 < p.implied_mfu < 0.46  # where published large runs land (compute.py's 40 % default)


def test_deadline_and_jobs_per_year_by_hand() -> None:
    # 7e22 FLOPs (6 × 7e9 × ~1.67e12) on H100s at 989 TFLOP/s × 40 %: a 10-day deadline needs
    # 7e22 / (10 × 86,400 × 989e12 × 0.4) = 204.8 → 205 GPUs; 12 such jobs a year at 90 % availability need
    # 12 × 7e22 / (365.25 × 86,400 × 0.9 × 989e12 × 0.4) = 74.8 → 75 GPUs.
    h100 = catalog.gpu("h100-sxm-80gb")
    assert h100.peak_flops("bf16") == pytest.approx(989.4e12, rel=0.001)
    peak = h100.peak_flops("bf16")
    assert peak is not None
    d = 7e22 / (6 * 7e9)
    p = planning.plan_from_params(7e9, d, h100, 64, mfu=0.4, deadline_days=10, jobs_per_year=12, availability=0.9)
    assert p.gpus_for_deadline == math.ceil(7e22 / (10 * 86400 * peak * 0.4))
    assert p.gpus_for_jobs == math.ceil(12 * 7e22 / (365.25 * 86400 * 0.9 * peak * 0.4))
    faster = planning.plan_from_params(7e9, d, h100, p.gpus_for_deadline or 0, mfu=0.4)
    slower = planning.plan_from_params(7e9, d, h100, (p.gpus_for_deadline or 0) - 1, mfu=0.4)
    assert faster.days <= 10 < slower.days


def test_known_days_gives_the_same_mfu_as_gpu_hours() -> None:
    # 30 days on 512 GPUs = 30 × 24 × 512 = 368,640 GPU-hours
    a = planning.plan_from_params(13e9, 2e12, A100, 512, mfu=0.4, known_days=30)
    b = planning.plan_from_params(13e9, 2e12, A100, 512, mfu=0.4, known_gpu_hours=368640)
    assert a.implied_mfu == pytest.approx(b.implied_mfu or 0)
    assert a.implied_mfu == pytest.approx(6 * 13e9 * 2e12 / (368640 * 3600 * 312e12))


def test_cnn_plan_counts_images_with_torchvisions_flops() -> None:
    # torchvision ResNet50_Weights.IMAGENET1K_V1: _ops 4.089 "GFLOPS" (in fact multiply-accumulates: see
    # test_cnn_zoo), so forward FLOPs = 2 × 4.089e9 per 224-px image; 90 epochs of ImageNet-1k (1,281,167 images)
    # at 3× forward = 3 × 8.178e9 × 1.153e8 = 2.83e18 FLOPs.
    s = scenario("resnet-50", workload={"mode": "training", "batch": 64}, gpu={"id": "a100-sxm4-80gb"})
    p = planning.plan_training(s, 90 * 1_281_167)
    assert p.sample_unit == "image"
    assert p.flops_per_sample == pytest.approx(2 * 4.089e9, rel=0.001)
    assert p.training_flops == pytest.approx(3 * 2 * 4.089e9 * 90 * 1_281_167, rel=0.001)


def test_cost_falls_back_to_the_published_price_of_the_gpu() -> None:
    # no price in the scenario: the A100 SXM 80 GB's published rate (Lambda's list, 2.79 USD per GPU-hour, read
    # 2026-09-20) prices the GPU-hours; a price of the scenario's own (1.50) wins over it
    s = scenario("resnet-50", workload={"mode": "training", "batch": 64}, gpu={"id": "a100-sxm4-80gb"})
    p = planning.plan_training(s, 90 * 1_281_167)
    assert p.cost_usd == pytest.approx(p.gpu_hours * 2.79)
    assert "lambda.ai" in p.explanations["cost"]
    own = planning.plan_training(s.changed("cost.price_per_gpu_hour", 1.5), 90 * 1_281_167)
    assert own.cost_usd == pytest.approx(own.gpu_hours * 1.5)
    assert "lambda" not in own.explanations["cost"].lower()


def test_recomputation_is_eight_n_d() -> None:
    six = planning.plan_from_params(1e9, 1e9, A100, 1, mfu=0.4)
    eight = planning.plan_from_params(1e9, 1e9, A100, 1, mfu=0.4, recompute=True)
    assert six.training_flops == pytest.approx(6e18)
    assert eight.training_flops == pytest.approx(8e18)


def test_cli_plan_training_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    rc = cli.main(
        ["plan", "training", "--params", "175e9", "--data", "300e9", "--gpu", "a100-sxm4-80gb", "--gpus", "1024",
         "--mfu", "0.45", "--grad-checkpointing", "full", "--deadline-days", "30", "--price", "2"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert rc == 0
    for words in ("training FLOPs:  4.2e+23", "PF-days", "GPUs to finish in 30 days", "cost:", "expected error"):
        assert words in out
    rc = cli.main(["plan", "training", "--model", "llama-3.1-8b", "--data", "10", "--unit", "gb", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0
    # 10 GB of English at Llama 3's 3.94 characters per token, one byte per character: 10e9 / 3.94 tokens
    assert data["samples"] == pytest.approx(10e9 / 3.94)
    assert data["data"]["source"].startswith("Llama Team")


def test_cli_plan_training_refuses_text_for_an_image_model(capsys: pytest.CaptureFixture[str]) -> None:
    rc = cli.main(["plan", "training", "--model", "resnet-50", "--data", "5", "--unit", "gb"])
    assert rc == 2
    assert "give the data in images" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "words"), [("--mfu", "--mfu must be in (0, 1], not 0.0"), ("--gpus", "--gpus must be at least 1, not 0")]
)
def test_cli_plan_from_params_refuses_zero_rather_than_its_default(
    option: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--mfu 0` and `--gpus 0` were read as "not given" (40 % and 1 GPU) and answered: a zero is refused."""
    rc = cli.main(["plan", "training", "--params", "7e9", "--data", "1e9", option, "0"])
    assert rc == 2
    assert words in capsys.readouterr().err


def test_mfu_implied_by_llama3_70b_model_card() -> None:
    # Meta's Llama 3 model card (MODEL_CARD.md, "Time (GPU hours)"): "Llama 3 70B | 6.4M | 700 | 1900" on
    # H100-80GB, pretrained on "15T+" tokens at 8,192 tokens per sequence. By hand: active parameters = total −
    # input embedding (128,256 × 8,192) − norms ((2 × 80 + 1) × 8,192); forward per token = 2 × active + attention
    # 4 · 80 · (8,192 / 2) · 8,192; MFU = 3 × forward × 15e12 / (6.4e6 GPU-hours × 3,600 × 989.4 TFLOP/s).
    s = scenario(
        "llama-3-70b",
        workload={"mode": "training", "context": 8192},
        gpu={"id": "h100-sxm-80gb"},
        parallelism={"gpus": 2048, "zero": 3},
    )
    n_total = planning.estimate(s).params.total
    # transformers' own count for the same tensor shapes (Llama 3.1 / 3.3 70B, tests/data/param_oracle)
    assert n_total == 70_553_706_496
    n_active = n_total - 128256 * 8192 - (2 * 80 + 1) * 8192
    fwd = 2 * n_active + 4 * 80 * (8192 / 2) * 8192
    peak = catalog.gpu("h100-sxm-80gb").peak_flops("bf16")
    assert peak is not None
    hand = 3 * fwd * 15e12 / (6.4e6 * 3600 * peak)
    p = planning.plan_training(s, 15e12, known_gpu_hours=6.4e6)
    assert p.implied_mfu == pytest.approx(hand, rel=1e-9)
    assert 0.28 < hand < 0.33  # "15T+" is a lower bound on the tokens, so this is a lower bound on the MFU


def test_an_inference_scenario_is_planned_as_training_in_transformers() -> None:
    # Llama 3.1 8B served by vLLM in AWQ int4: trained in bf16 by transformers, the same FLOPs as the bf16 scenario —
    # 3 × (2 × 7,504,658,432 matrix parameters + 4 × 32 layers × 2,048 × 4,096 attention) per token
    served = scenario("llama-3.1-8b", runtime={"name": "vllm"}, precision={"weights": "awq"})
    p = planning.plan_training(served, 1e12)
    assert p.training_flops == pytest.approx(3 * (2 * 7_504_658_432 + 4 * 32 * 2048 * 4096) * 1e12)
    assert any("runtime hf" in n for n in p.notes) and any("bf16 weights" in n for n in p.notes)
