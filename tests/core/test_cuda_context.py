"""runtime.cuda_context_mib: the CUDA context and library overhead as a figure the user sets (issue 10 item 5).
Unset, each runtime keeps its typical value (core/memory/overhead.py: 500 MiB for a PyTorch process, 300 MiB for
llama.cpp); set, the breakdown's "cuda_context" line is that figure and nothing else moves but the total."""

import json
from pathlib import Path

import pytest

from core import cli, project
from core.estimate import estimate, resolve_gpu
from tests.conftest import DATA
from tests.core.helpers import scenario

MIB = 2**20


def _context(runtime: str, mib: int | None, **sections: dict) -> tuple[int, int, str, str]:
    e = estimate(scenario(runtime={"name": runtime, "cuda_context_mib": mib}, **sections))
    item = e.memory.item("cuda_context")
    assert item is not None
    return item.bytes, e.memory.total, item.formula, str(item.explanation)


@pytest.mark.parametrize("mode", ["inference", "training"])
def test_a_set_figure_replaces_pytorchs_typical_500_mib(mode: str) -> None:
    default, total_default, formula, explanation = _context("hf", None, workload={"mode": mode, "context": 2048})
    assert default == 500 * MIB == 524_288_000 and formula.startswith("typical value")
    assert "about 500.00 MiB" in explanation
    ctx, total, formula, explanation = _context("hf", 800, workload={"mode": mode, "context": 2048})
    # 800 MiB = 800 × 1,048,576 bytes = 838,860,800; the tensors and the allocator slack (a share of the tensors)
    # do not change, so the total moves by exactly 800 − 500 = 300 MiB = 314,572,800 bytes
    assert ctx == 838_860_800
    assert total - total_default == 314_572_800
    assert formula == "set in the scenario"
    assert "800.00 MiB, as set in the scenario (the runtime's typical value is 500.00 MiB)" in explanation


def test_llama_cpp_moves_from_its_own_typical_300_mib() -> None:
    default, total_default, *_ = _context("llama.cpp", None)
    ctx, total, *_ = _context("llama.cpp", 1024)
    assert default == 300 * MIB == 314_572_800 and ctx == 1024 * MIB == 1_073_741_824
    assert total - total_default == 1_073_741_824 - 314_572_800  # 724 MiB


def test_sglangs_static_share_is_taken_of_what_the_set_context_leaves() -> None:
    """SGLang sizes its static share as mem_fraction_static × the memory free at start (after the CUDA context):
    a context 500 MiB larger (1,000 vs 500) leaves 0.8 × 500 MiB = 419,430,400 bytes less KV pool at a fixed
    share of 0.8."""
    pools = []
    for mib in (None, 1000):
        s = scenario(runtime={"name": "sglang", "mem_fraction_static": 0.8, "cuda_context_mib": mib})
        engine = estimate(s).engine
        assert engine is not None
        pools.append(engine.kv_pool_bytes)
    assert resolve_gpu(s).usable_bytes > 0
    assert pools[0] - pools[1] == pytest.approx(0.8 * 500 * MIB, abs=2)


def test_vllm_keeps_its_measured_non_torch_memory_and_says_the_figure_is_ignored() -> None:
    plain = estimate(scenario(runtime={"name": "vllm"}))
    set_ = estimate(scenario(runtime={"name": "vllm", "cuda_context_mib": 800}))
    assert set_.memory.total == plain.memory.total
    assert any("does not apply to vLLM" in str(w) for w in set_.warnings)


def test_cli_option_sets_the_figure(capsys: pytest.CaptureFixture[str]) -> None:
    def overhead(*extra: str) -> int:
        assert cli.main(["estimate", "--model", "llama-3.1-8b", "--gpu", "h100-sxm-80gb", "--json", *extra]) == 0
        data = json.loads(capsys.readouterr().out)
        return int(data["memory"]["components"]["overhead"])

    assert overhead("--cuda-context-mib", "800") - overhead() == 314_572_800  # 300 MiB more, as above


def test_the_figure_survives_a_sizing_round_trip(tmp_path: Path) -> None:
    s = scenario(runtime={"name": "llama.cpp", "cuda_context_mib": 640})
    project.write(tmp_path / "ctx.sizing", [s])
    (loaded,), _ = project.read(tmp_path / "ctx.sizing")
    assert loaded == s and loaded.runtime.cuda_context_mib == 640
    # the schema-6 fixture, written before the field, reads as "the runtime's typical value"
    v6, _ = project.read(DATA / "sizing" / "v6.sizing")
    assert v6 and all(s.runtime.cuda_context_mib is None for s in v6)
