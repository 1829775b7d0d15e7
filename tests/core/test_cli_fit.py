"""`sizing fit`, the calculators' commands and the serving-capacity fix on the command line."""

import json

import pytest

from core import cli
from core.estimate import estimate
from core.fit import Edit, apply_edits
from tests.core.helpers import scenario


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_fit_text_has_the_five_answers(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(
        capsys,
        "fit",
        "--model",
        "llama-3-70b",
        "--mode",
        "training",
        "--gpus",
        "8",
        "--zero",
        "3",
        "--grad-checkpointing",
        "full",
        "--batch",
        "1",
        "--context",
        "4096",
    )
    assert rc == 0
    for heading in ("1. largest", "2. fewest GPUs", "3. every GPU", "4. weight formats", "5. cheapest changes"):
        assert heading in out
    assert "does NOT fit" in out
    assert "24 × NVIDIA H100 SXM5 80GB (data parallel × 24 with ZeRO-3)" in out  # the hand calculation's answer
    assert "edit: parallelism.gpus=24" in out


def test_fit_json_suggestions_apply(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "fit", "--model", "llama-3-70b", "--gpu", "rtx-4090-24gb", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["fits"] is False and data["suggestions"]
    assert len(data["catalogue"]) >= 80 and data["gpus_needed"]["gpus"] == 8
    base = scenario("llama-3-70b", gpu={"id": "rtx-4090-24gb"})
    for s in data["suggestions"]:
        changed = apply_edits(base, [Edit(**e) for e in s["edits"]])
        assert estimate(changed).fit.fits


def test_fit_on_a_scenario_file(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "fit", "examples/llama-3.1-8b-qlora-rtx4090.sizing")
    assert rc == 0 and "→ fits" in out and "none needed" in out


def test_estimate_gives_no_capacity_for_a_setup_that_does_not_fit(capsys: pytest.CaptureFixture[str]) -> None:
    # Llama-3-70B bf16 on one RTX 4090: 141 GB of weights on a 25.8 GB card
    argv = ["estimate", "--model", "llama-3-70b", "--gpu", "rtx-4090-24gb", "--target-tokens-per-second", "1000"]
    rc, out, _ = run(capsys, *argv)
    assert rc == 0 and "does NOT fit" in out and "replica" not in out.split("warning:")[0]
    assert "no serving capacity" in out
    rc, out, _ = run(capsys, *argv, "--json")
    data = json.loads(out)
    assert data["compute"]["replicas_needed"] is None and data["compute"]["gpus_for_load"] is None


def test_tensor_command(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "tensor", "--shape", "8,4096,4096", "--dtype", "bf16")
    assert rc == 0 and "268,435,456 bytes = 0.268 GB = 0.250 GiB" in out
    rc, out, _ = run(capsys, "tensor", "--shape", "8,4096,4096", "--dtype", "bf16", "--json")
    assert json.loads(out)["bytes"] == 268_435_456
    rc, _, err = run(capsys, "tensor", "--shape", "8,a", "--dtype", "bf16")
    assert rc == 2 and "--shape" in err


def test_custom_gpu_flops_command(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "gpus", "--custom", "--cores", "1280", "--clock-ghz", "1.4", "--flops-per-cycle", "2")
    assert rc == 0 and out.startswith("3.584 TFLOP/s")
    rc, out, _ = run(capsys, "gpus", "--custom", "--cores", "16896", "--clock-ghz", "1.98", "--json")
    assert json.loads(out)["flops"] == pytest.approx(16896 * 1.98e9 * 2)
    rc, _, err = run(capsys, "gpus", "--custom", "--cores", "16896")
    assert rc == 2 and "--clock-ghz" in err


def test_cpu_ram_command(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "cpu-ram", "--model", "llama-3.1-8b", "--json")
    data = json.loads(out)
    assert rc == 0 and data["model_bytes"] == 2 * 8_030_261_248 and data["peak_bytes"] == data["model_bytes"]
    rc, out, _ = run(capsys, "cpu-ram", "--model", "llama-3.1-8b", "--load", "hf-legacy", "--shard-gb", "5")
    assert rc == 0 and "21.1 GB" in out


@pytest.mark.parametrize(
    ("context", "searched_to", "past", "said"),
    [
        # Llama 3 8B holds 8,192 positions (config.json max_position_embeddings): at 4,096 tokens the search for the
        # largest context ends there, the model's maximum
        (4096, 8192, False, "8,192 tokens (all that was searched: the model's maximum)"),
        # at 32,768 it runs to the context asked for; that end is not the model's maximum (it used to be called so)
        (32768, 32768, True, "32,768 tokens (all that was searched: the context asked for, past the model's maximum"),
    ],
)
def test_the_end_of_the_context_search_is_named_for_what_it_is(
    capsys: pytest.CaptureFixture[str], context: int, searched_to: int, past: bool, said: str
) -> None:
    argv = ["fit", "--model", "llama-3-8b", "--gpu", "rtx-4090-24gb", "--weights", "q4_k_m"]
    argv += ["--runtime", "llama.cpp", "--context", str(context)]
    rc, out, _ = run(capsys, *argv)
    assert rc == 0 and said in out
    rc, out, _ = run(capsys, *argv, "--json")
    limits = json.loads(out)["limits"]
    assert (limits["context_searched_to"], limits["context_past_model_maximum"]) == (searched_to, past)
