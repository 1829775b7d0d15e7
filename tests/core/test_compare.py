"""core.compare and `sizing compare`: several scenarios side by side, held to hand calculations and to what
`sizing estimate` answers for each scenario on its own."""

import csv
import io
import itertools
import json
from pathlib import Path

import pytest

from core import cli, compare, project
from core.estimate import estimate
from core.result import CATEGORIES
from tests.core.helpers import scenario

GIB = 2**30
EXAMPLES = sorted(Path("examples").glob("*.sizing"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_row_by_hand_llama_8b_bf16_8k() -> None:
    """Llama 3.1 8B, bf16, 8,192 tokens (all prompt), one H100, $2.50 per GPU-hour, worked by hand:
    weights = 8,030,261,248 parameters (Meta's published count, as llama.cpp's log prints it:
    tests/data/reference/measured-cases.jsonl) × 2 bytes                = 16,060,522,496 B
    KV cache = 2 (K, V) × 32 layers × 8 KV heads × 128 head dim × 2 bytes × 8,192 tokens
             = 131,072 B per token × 8,192                               =  1,073,741,824 B = 1,024 MiB
      (llama.cpp logs the same 1,024.00 MiB "KV self size" for 8,192 f16 cells of this model, same file)
    cost per hour = $2.50 × 1 GPU = $2.50"""
    s = scenario(
        "llama-3.1-8b",
        workload={"context": 8192, "output_tokens": 0},
        gpu={"id": "h100-sxm-80gb"},
        cost={"price_per_gpu_hour": 2.5},
    ).model_copy(update={"name": "by hand"})
    r = compare.row(s)
    assert r.name == "by hand" and r.model == "Llama 3.1 8B" and r.gpus == 1 and r.mode == "inference"
    assert r.components["weights"] == 8_030_261_248 * 2 == 16_060_522_496
    assert r.components["kv_cache"] == 2 * 32 * 8 * 128 * 2 * 8192 == 1024 * 2**20
    assert r.cost_per_hour == pytest.approx(2.5)
    assert r.context == 8192 and r.weights == "bf16" and r.speed_unit == "tokens/s"
    assert r.total_bytes == sum(r.components.values())
    assert r.headroom_bytes == r.usable_bytes - r.total_bytes and r.fits


def test_cost_per_hour_multiplies_the_gpus() -> None:
    """8 GPUs at $3.00 per GPU-hour = $24.00 per hour; with no price set there is no cost (never $0)."""
    s = scenario("llama-3.1-8b", parallelism={"gpus": 8, "tp": 8}, cost={"price_per_gpu_hour": 3.0})
    assert compare.row(s).cost_per_hour == pytest.approx(24.0)
    assert compare.row(scenario("llama-3.1-8b")).cost_per_hour is None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_rows_equal_sizing_estimate(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Consistency: each row holds what `sizing estimate FILE --json` answers for that scenario."""
    rc, out, _ = run(capsys, "estimate", str(path), "--json")
    assert rc == 0
    want = json.loads(out)
    scenarios, active = project.read(path)
    r = compare.compare(scenarios, curves=False).rows[active]
    assert r.total_bytes == want["memory"]["total"]
    assert r.components == want["memory"]["components"]
    assert r.usable_bytes == want["gpu"]["usable_bytes"] and r.fits == want["gpu"]["fits"]


def test_axis_is_context_for_language_models_and_batch_when_a_cnn_joins() -> None:
    llm = scenario("llama-3.1-8b")
    cnn = scenario("resnet-50", workload={"batch": 32})
    assert compare.common_axis([llm, llm]) == "context"
    assert compare.common_axis([llm, cnn]) == "batch"
    c = compare.compare([llm, cnn], points=40)
    assert c.axis == "batch" and [r.context for r in c.rows] == [4096, None]
    assert [cv.current for cv in c.curves] == [1, 32]
    assert c.rows[1].speed_unit == "images/s"


def test_curves_pass_through_the_rows_and_grow() -> None:
    """At the scenario's own context the curve is the row's total (the engine's estimate at that point);
    memory never falls as the context grows; the context axis reaches the model's 131,072 positions."""
    a = scenario("llama-3.1-8b", workload={"context": 1, "output_tokens": 0})
    b = a.model_copy(update={"name": "fp8", "precision": a.precision.model_copy(update={"weights": "fp8"})})
    c = compare.compare([a, b], points=60)
    assert c.axis == "context"
    for r, cv in zip(c.rows, c.curves, strict=True):
        assert cv.x[0] == 1 and cv.x[-1] == 131_072
        assert cv.total_bytes[0] == r.total_bytes == estimate(a if r.name == a.name else b).memory.total
        assert all(y1 <= y2 for y1, y2 in itertools.pairwise(cv.total_bytes))
        assert cv.usable_bytes == r.usable_bytes
    # fp8 weights take 1 byte where bf16 takes 2: the fp8 curve lies below the bf16 one at every context
    assert all(lo < hi for lo, hi in zip(c.curves[1].total_bytes, c.curves[0].total_bytes, strict=True))


def test_empty_comparison_is_refused() -> None:
    with pytest.raises(ValueError, match="no scenarios"):
        compare.compare([])


@pytest.fixture
def two(tmp_path: Path) -> Path:
    a = scenario("llama-3.1-8b", workload={"context": 8192, "output_tokens": 0}).model_copy(update={"name": "bf16"})
    b = a.model_copy(update={"name": "q4 | small", "precision": a.precision.model_copy(update={"weights": "int4"})})
    path = tmp_path / "two.sizing"
    project.write(path, [a, b], active=1)
    return path


def test_cli_text(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "compare", str(two))
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].split()[0] == "scenario" and "bf16" in lines[0] and "q4 | small" in lines[0]
    assert any(line.startswith("KV cache") and line.count("1.00 GiB") == 2 for line in lines)
    assert any(line.startswith("weights ") and "15.0 GiB" in line for line in lines)  # 16,060,522,496 B / 2³⁰


def test_cli_markdown(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "compare", str(two), "--format", "md")
    assert rc == 0
    lines = out.splitlines()
    assert lines[0] == "| scenario | bf16 | q4 \\| small |"  # a '|' in a name is escaped
    assert lines[1] == "|---|---:|---:|"
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[2:])
    assert "| weights | 15.0 GiB |" in out


def test_cli_csv(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "compare", str(two), "--format", "csv")
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["scenario"] for r in rows] == ["bf16", "q4 | small"]
    assert int(rows[0]["weights_bytes"]) == 8_030_261_248 * 2
    assert int(rows[0]["kv_cache_bytes"]) == int(rows[1]["kv_cache_bytes"]) == 2 * 32 * 8 * 128 * 2 * 8192
    for r in rows:
        assert int(r["total_bytes"]) == sum(int(r[f"{k}_bytes"]) for k in CATEGORIES)
        assert r["fits"] == "true" and r["price_per_gpu_hour"] == "" and r["speed_unit"] == "tokens/s"


def test_cli_json(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "compare", str(two), "--format", "json")
    assert rc == 0
    data = json.loads(out)
    assert data["unit"] == "bytes" and data["axis"] == "context"
    assert [s["name"] for s in data["scenarios"]] == ["bf16", "q4 | small"]
    assert [c["name"] for c in data["curves"]] == ["bf16", "q4 | small"]
    assert set(data["scenarios"][0]["components"]) == set(CATEGORIES)
    assert len(data["curves"][0]["x"]) == len(data["curves"][0]["total_bytes"]) == compare.CURVE_POINTS
    rc, again, _ = run(capsys, "compare", str(two), "--json")
    assert rc == 0 and json.loads(again) == data


def test_cli_error_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sizing"
    bad.write_text("{", encoding="utf-8")
    rc, out, err = run(capsys, "compare", str(bad), "--format", "json")
    assert rc == 2 and out == "" and "bad.sizing" in json.loads(err)["error"]


def test_the_shipped_comparison(capsys: pytest.CaptureFixture[str]) -> None:
    """examples/llama-3.1-8b-serving-compare.sizing: three scenarios; each column is what `sizing estimate` says
    for that scenario alone (the file's active one, and the others as separate files)."""
    path = Path("examples/llama-3.1-8b-serving-compare.sizing")
    scenarios, _ = project.read(path)
    assert len(scenarios) == 3
    rc, out, _ = run(capsys, "compare", str(path), "--format", "csv")
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["gpu_id"] for r in rows] == ["rtx-4090-24gb", "l40s-48gb", "h100-sxm-80gb"]
    for r, s in zip(rows, scenarios, strict=True):
        est = estimate(s)
        assert int(r["total_bytes"]) == est.memory.total and (r["fits"] == "true") == est.fit.fits
    # the Q4_K_M and Q8_0 scenarios hold one 32,768-token fp16 KV cache: 131,072 B per token × 32,768 = 4 GiB
    assert int(rows[0]["kv_cache_bytes"]) == int(rows[1]["kv_cache_bytes"]) == 131_072 * 32_768 == 4 * GIB


def test_largest_context_and_batch_are_the_edges_of_what_fits(capsys: pytest.CaptureFixture[str]) -> None:
    """The row's largest context fits and one token more does not (the engine's own estimate at both points);
    likewise the batch; and both are what `sizing fit` reports as its limits. (The context solver counts the whole
    context as prompt, the worst case; with no generated tokens the estimate means the same.)"""
    s = scenario("llama-3.1-8b", gpu={"id": "rtx-4090-24gb"}, workload={"batch": 2, "output_tokens": 0})
    r = compare.row(s)
    assert r.largest_context is not None and r.largest_batch is not None
    w = s.workload
    at = s.model_copy(update={"workload": w.model_copy(update={"context": r.largest_context})})
    over = s.model_copy(update={"workload": w.model_copy(update={"context": r.largest_context + 1})})
    assert estimate(at).fit.fits and not estimate(over).fit.fits
    at = s.model_copy(update={"workload": w.model_copy(update={"batch": r.largest_batch})})
    over = s.model_copy(update={"workload": w.model_copy(update={"batch": r.largest_batch + 1})})
    assert estimate(at).fit.fits and not estimate(over).fit.fits
    rc, out, _ = run(
        capsys,
        "fit",
        "--model",
        "llama-3.1-8b",
        "--gpu",
        "rtx-4090-24gb",
        "--batch",
        "2",
        "--output-tokens",
        "0",
        "--json",
    )
    assert rc == 0
    limits = json.loads(out)["limits"]
    assert (limits["context"], limits["batch"]) == (r.largest_context, r.largest_batch)
    cnn = compare.row(scenario("resnet-50", gpu={"id": "a100-sxm4-40gb"}))
    assert cnn.context is None and cnn.largest_context is None and cnn.largest_batch is not None
