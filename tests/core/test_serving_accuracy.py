"""The serving planner's timing held to published serving benchmarks (tests/data/reference/serving-measured.jsonl:
NVIDIA NIM, vLLM's nightly latency benchmark and a vLLM sweep, SGLang's vLLM 0.6 / SGLang 0.3 comparison, llama.cpp's
llama-bench), each case inside the error core.serving states for its engine and figure. bench/serving_accuracy.py
prints the same table."""

import pytest

from bench.serving_accuracy import ServingCase, rows, serving_cases
from core import compute, serving

CASES = serving_cases()
HELD_OUT = [c for c in CASES if c.role == "validation"]


def test_every_row_is_sourced_and_quoted() -> None:
    for r in rows():
        assert r["source"] and r["quote"] and r["what_was_measured"], r["id"]
        assert r["role"] in ("calibration", "validation"), r["id"]
    assert {c.engine for c in HELD_OUT} >= {"NIM", "vLLM", "SGLang", "llama.cpp"}
    assert len(HELD_OUT) >= 23


@pytest.mark.parametrize("case", HELD_OUT, ids=lambda c: c.id)
def test_held_out_case_within_the_stated_error(case: ServingCase) -> None:
    lo, hi = serving.TIME_ERROR[case.engine][case.metric]
    assert lo <= case.error() <= hi, f"{case.id}: {case.error():+.1%} outside the stated {lo:+.0%} … {hi:+.0%}"


def test_stated_bands_are_tight_enough_to_mean_something() -> None:
    # a band wider than 45 points would be a statement that nothing is known
    for figures in serving.TIME_ERROR.values():
        for lo, hi in figures.values():
            assert hi - lo <= 0.45


def test_calibration_constants_from_their_rows_by_hand() -> None:
    # HBM_EFFICIENCY: llama-bench tg128 of CodeLlama-7B F16 on an RTX 4090, 61.03 tokens/s, 12.55 GiB of weights
    # (the log's size) read per token over 1,008 GB/s: 12.55 × 2^30 × 61.03 / 1.008e12 = 0.816
    rtx4090 = 12.55 * 2**30 * 61.03 / 1.008e12
    assert rtx4090 == pytest.approx(0.816, abs=0.001)
    # vLLM 0.23, Llama-3.1-8B BF16 (16.06 GB) on an A100 40GB (1,555 GB/s) at about 75 tokens/s: 0.775
    a100 = 16.06e9 * 75 / 1.555e12
    assert a100 == pytest.approx(0.775, abs=0.001)
    assert a100 <= compute.HBM_EFFICIENCY <= rtx4090
    # ALLREDUCE_SECONDS: NIM's 18.58 ms at one request (Llama-3.3-70B FP8, TP2, 5,000 + 500 tokens) less the
    # bandwidth roofline of one step, over 2 all-reduces × 80 layers. Per GPU a step reads half of 68.45 B FP8
    # weights (1 byte) and of the 16-bit embedding and head (2 × 128,256 × 8,192 = 2.10 B, 2 bytes), and half the KV
    # cache at the mean context 5,250: 80 layers × 2 × 8 heads × 128 × 2 bytes = 327,680 B per token
    step_bytes = (68.45e9 + 2.10e9 * 2) / 2 + 327_680 * 5_250 / 2
    roofline_ms = step_bytes / (3.35e12 * 0.8) * 1e3
    assert roofline_ms == pytest.approx(13.88, abs=0.01)
    per_allreduce = (18.58 - roofline_ms) / 1e3 / 160
    assert per_allreduce == pytest.approx(29.4e-6, abs=0.1e-6)
    assert abs(compute.ALLREDUCE_SECONDS / per_allreduce - 1) < 0.05


def test_the_plan_states_its_engines_error() -> None:
    assert "llama-bench" in serving.expected_error("llama.cpp")
    assert "NIM" in serving.expected_error("vllm")
    assert serving.expected_error("ollama").startswith("Ollama runs llama.cpp")
