"""The engine held to independent figures: what PyTorch allocates (MemTracker runs of real transformers models on
fake tensors, tests/data/calibration, made by tools/calibration) and published real-GPU measurements
(tests/data/reference/measured-cases.jsonl). bench/accuracy.py prints the same cases as a table."""

import statistics

import pytest

from bench.cases import Case, calibration_cases, measured_cases

TRAINING = [c for c in calibration_cases("training") if c.role == "validation"]
INFERENCE = [c for c in calibration_cases("inference") if c.role == "validation"]
MEASURED = [c for c in measured_cases() if c.role == "validation"]
# per-term comparisons of the issue-8 layer kinds (cache after prefill / decode, activations at the end of forward)
TERMS = [c for c in TRAINING + INFERENCE if c.term is not None]


def test_enough_reference_cases() -> None:
    assert len(TRAINING) >= 12
    assert len(INFERENCE) >= 8
    assert len(MEASURED) >= 30


@pytest.mark.parametrize("cases", [TRAINING, INFERENCE], ids=["training", "inference"])
def test_allocated_memory_against_pytorch(cases: list[Case]) -> None:
    errors = {c.id: abs(c.error()) for c in cases}
    assert statistics.median(errors.values()) <= 0.03, errors
    worst = max(errors, key=errors.__getitem__)
    assert errors[worst] <= 0.08, (worst, errors[worst])


@pytest.mark.parametrize("case", MEASURED, ids=lambda c: c.id)
def test_published_gpu_measurements(case: Case) -> None:
    assert abs(case.error()) <= case.tolerance, (
        f"{case.what}: estimate {case.estimate_bytes():,.0f} vs {case.measured_bytes:,.0f}"
    )


def test_new_layer_kinds_have_verified_terms() -> None:
    """Sinks (gpt-oss), chunked attention with dense-run experts (Llama 4), short convolutions (LFM2), the fixed-size
    states of Gated DeltaNet and Mamba-2 layers and the DSA latent + indexer cache are each held term by term."""
    ids = {c.id.split(":")[0] for c in TERMS}
    for model in ("gpt-oss-20b-4l", "llama4-scout-4l", "lfm2-1.2b-5l", "qwen3.5-27b-4l", "nemotron-h-56b-9l"):
        assert any(model in i for i in ids), model
    assert len(TERMS) >= 15


@pytest.mark.parametrize("case", TERMS, ids=lambda c: c.id)
def test_terms_against_pytorch(case: Case) -> None:
    assert abs(case.error()) <= case.tolerance, (
        f"{case.what}: {case.estimate_bytes():,.0f} vs {case.measured_bytes:,.0f}"
    )


def test_published_measurements_overall() -> None:
    errors = [abs(c.error()) for c in MEASURED]
    assert statistics.median(errors) <= 0.03
