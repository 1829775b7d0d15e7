"""The `sizing` CLI against its contract (docs/cli-contract.md)."""

import json

import pytest

from core import cli
from core.result import CATEGORIES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_params_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "params", "--model", "llama-3.1-8b", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["total"] == 8_030_261_248
    assert data["trainable"] == data["total"]
    assert sum(data["by_component"].values()) == data["total"]


def test_estimate_json_contract_keys_and_sums(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "estimate", "--model", "llama-3.1-8b", "--gpu", "h100-sxm-80gb", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["params"] == {**data["params"], "total": 8_030_261_248, "trainable": 0}
    mem = data["memory"]
    assert mem["unit"] == "bytes"
    assert set(CATEGORIES) <= set(mem["components"])
    assert sum(mem["components"].values()) == mem["total"]
    assert mem["total"] - mem["components"]["overhead"] == mem["allocated"]
    assert data["gpu"]["id"] == "h100-sxm-80gb"
    assert data["gpu"]["usable_bytes"] == 81_559 * 2**20  # nvidia-smi reading on record
    assert data["gpu"]["fits"] is True


@pytest.mark.parametrize(
    "argv",
    [
        ["--mode", "training", "--optimizer", "adamw", "--training-precision", "mixed-bf16", "--batch", "2"],
        ["--mode", "training", "--finetune", "lora", "--lora-rank", "8", "--lora-targets", "qv"],
        ["--mode", "training", "--finetune", "qlora", "--grad-checkpointing", "full"],
        ["--mode", "training", "--gpus", "8", "--zero", "3", "--optimizer", "adamw-8bit"],
        ["--mode", "training", "--gpus", "8", "--tp", "2", "--pp", "2", "--zero", "1"],
        [
            "--mode",
            "training",
            "--optimizer",
            "sgd-momentum",
            "--training-precision",
            "fp32",
            "--attention",
            "eager",
        ],
        ["--mode", "training", "--optimizer", "adafactor"],
        ["--mode", "training", "--optimizer", "lion", "--gpus", "4", "--zero", "2", "--offload", "optimizer"],
        ["--weights", "q4_k_m", "--runtime", "llama.cpp", "--kv-cache", "q8_0", "--context", "32768"],
        ["--weights", "awq-int4", "--runtime", "vllm", "--concurrency", "32", "--kv-cache", "fp8"],
        ["--weights", "nf4", "--batch", "4"],
        ["--weights", "fp8", "--gpus", "2", "--tp", "2", "--runtime", "vllm"],
    ],
)
def test_every_option_gives_components_that_sum(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    rc, out, err = run(capsys, "estimate", "--model", "llama-3.1-8b", *argv, "--json")
    assert rc == 0, err
    mem = json.loads(out)["memory"]
    assert sum(mem["components"].values()) == mem["total"] > 0
    assert sum(i["bytes"] for i in mem["breakdown"]) == mem["total"]


def test_text_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "estimate", "--model", "llama-3.1-8b", "--explain")
    assert rc == 0
    assert "KV cache" in out and "= " in out and "expected error" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--model", "no-such-model"], "unknown model 'no-such-model'"),
        (["--model", "llama-3.1-8b", "--batch", "0"], "--batch"),
        (["--model", "llama-3.1-8b", "--context", "-5"], "--context"),
        (["--model", "llama-3.1-8b", "--weights", "int3"], "unknown weight format 'int3'"),
        (["--model", "llama-3.1-8b", "--gpu", "h900"], "unknown gpu 'h900'"),
        (["--model", "llama-3.1-8b", "--tp", "3", "--gpus", "3"], "does not divide the 32 attention heads"),
        (["--model", "llama-3.1-8b", "--gpus", "3", "--tp", "2"], "multiple of tp"),
        (
            ["--model", "llama-3.1-8b", "--mode", "training", "--finetune", "qlora", "--weights", "fp32"],
            "QLoRA keeps the frozen base in 4-bit",
        ),
        (["--model", "llama-3.1-8b", "--mode", "training", "--weights", "q4_k_m"], "full fine-tuning"),
        (["--model", "llama-3.1-8b", "--mode", "training", "--runtime", "vllm"], "inference only"),
        (["--model", "./missing/config.json"], "no such file"),
    ],
)
def test_bad_input_names_the_problem(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    rc, out, err = run(capsys, "estimate", *argv)
    assert rc != 0
    assert needle in err
    assert "Traceback" not in err and out == ""


def test_json_errors_are_objects(capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(capsys, "estimate", "--model", "nope", "--json")
    assert rc == 2
    assert "unknown model" in json.loads(err)["error"]


def test_zero3_on_one_gpu_is_allowed_but_said(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "estimate", "--model", "llama-3.2-3b", "--mode", "training", "--zero", "3", "--json")
    assert rc == 0
    assert any("shards nothing" in w for w in json.loads(out)["warnings"])


def test_gpus_and_models_lists(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "gpus", "--json")
    gpus = json.loads(out)
    assert rc == 0 and len(gpus) >= 45
    assert all("usable_bytes" in g for g in gpus)
    rc, out, _ = run(capsys, "models", "--json")
    models = json.loads(out)
    assert rc == 0 and len(models) >= 40
    assert {"llama-3.1-8b", "qwen2.5-7b", "resnet-50"} <= {m["id"] for m in models}
    rc, out, _ = run(capsys, "gpus")
    assert "rtx-4090-24gb" in out


def test_python_dash_m_core_runs() -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = subprocess.run(
        [sys.executable, "-m", "core", "params", "--model", "resnet-50", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["total"] == 25_557_032


def test_sequence_parallel_option_reaches_the_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    # docs/cli-contract.md: --sequence-parallel on|off|stack; off under Megatron TP 4 keeps the norm and residual
    # activations whole on each rank, so the activations grow and the explanation says why
    base = [
        "estimate",
        "--model",
        "llama-3.1-8b",
        "--mode",
        "training",
        "--stack",
        "megatron",
        "--gpus",
        "8",
        "--tp",
        "4",
        "--json",
    ]
    per_mode = {}
    for mode in ("stack", "on", "off"):
        code, out, _ = run(capsys, *base, "--sequence-parallel", mode)
        assert code == 0
        per_mode[mode] = json.loads(out)["memory"]["components"]["activations"]
    assert per_mode["stack"] == per_mode["on"] < per_mode["off"]
    code, out, _ = run(capsys, *base[:-1], "--sequence-parallel", "off", "--explain")
    assert code == 0 and "no sequence parallelism (switched off: parallelism.sequence_parallel)" in out
