"""Serving engines as they allocate (core/memory/engines.py): vLLM's claimed share and KV pool, SGLang's
mem_fraction_static and max_total_num_tokens, llama.cpp's -ngl split and Ollama's defaults. Every figure is a
published log line (quoted with its source) or a hand calculation written out here."""

import json
from pathlib import Path

import pytest

from core import cli, quant, sweep
from core.estimate import estimate, resolve_gpu
from core.hardware import GpuSpec
from core.memory import engines
from core.memory.context import make_ctx
from tests.core.helpers import scenario

GIB = 2**30
MIB = 2**20


def _gpu(total_gib: float) -> dict:
    """A GPU whose driver reports `total_gib` (what vLLM logs as total_gpu_memory)."""
    spec = GpuSpec(
        id="logged-gpu",
        name="80GB-class GPU of the log",
        memory={"advertised": 80, "usable_bytes": round(total_gib * GIB)},
        bandwidth_gbps=3350,
        tflops={"bf16": 989.5},
    )
    return {"id": "logged-gpu", "custom": spec.model_dump()}


def _vllm_llama3_8b(**runtime: object):
    # vllm-project/vllm PR #10511 (youkaichao, 2024-12-14), `vllm serve meta-llama/Meta-Llama-3-8B` (max_model_len
    # 8192):
    #   total_gpu_memory 79.22GiB / gpu_memory_utilization 0.90 / the current vLLM instance can use 71.29GiB /
    #   model weights take 14.96GiB / non_torch_memory 1.79GiB / PyTorch activation peak memory 1.26GiB /
    #   available_kv_cache_memory 53.29GiB
    return scenario("llama-3-8b", workload={"context": 8192}, runtime={"name": "vllm", **runtime}, gpu=_gpu(79.22))


def test_vllm_claims_its_whole_share_as_logged() -> None:
    e = estimate(_vllm_llama3_8b()).engine
    assert e is not None
    # 79.22 GiB × 0.90 = 71.298 GiB ("the current vLLM instance can use 71.29GiB"): nvidia-smi shows it all
    assert e.claimed_bytes / GIB == pytest.approx(71.29, abs=0.01)
    assert e.kv_pool_bytes / GIB == pytest.approx(53.29, rel=0.01)  # available_kv_cache_memory 53.29GiB
    assert e.model_bytes / GIB == pytest.approx(14.96 + 1.79 + 1.26, rel=0.02)  # weights + non-torch + peak


def test_vllm_kv_capacity_in_blocks_and_tokens_by_hand() -> None:
    e = estimate(_vllm_llama3_8b()).engine
    assert e is not None
    # one 16-token block over Llama-3-8B's 32 layers: 16 × 32 × 2 (K, V) × 8 kv heads × 128 × 2 bytes = 2 MiB;
    # the logged pool 53.29 GiB / 2 MiB = 27,284 blocks = 436,544 tokens, 436,544 / 8,192 = 53.29 requests
    assert e.kv_blocks == pytest.approx(27_284, rel=0.01)
    assert e.kv_tokens == e.kv_blocks * 16
    assert e.max_concurrency == pytest.approx(53.29, rel=0.01)
    assert f"# GPU blocks: {e.kv_blocks}" in e.log_lines
    assert f"GPU KV cache size: {e.kv_tokens:,} tokens" in e.log_lines
    assert any(line.startswith("Maximum concurrency for 8,192 tokens per request: ") for line in e.log_lines)


def test_vllm_does_not_fit_when_weights_exceed_the_share() -> None:
    # gpu_memory_utilization 0.6 of a 4090: 24,564 MiB × 0.6 = 14,738 MiB = 14.39 GiB, below the 14.96 GiB of
    # Llama-3-8B's weights alone (the log above): vLLM has no memory left for a KV cache and stops at start
    s = scenario("llama-3-8b", runtime={"name": "vllm", "gpu_memory_utilization": 0.6}, gpu={"id": "rtx-4090-24gb"})
    est = estimate(s)
    assert est.engine is not None and est.engine.kv_tokens == 0
    assert est.engine.claimed_bytes / GIB == pytest.approx(14.39, abs=0.01)
    assert not est.fit.fits
    assert "exceed the share" in est.engine.explanation


def test_vllm_pool_shorter_than_the_workload_does_not_fit() -> None:
    # 512 requests of 8,192 tokens need 4,194,304 tokens of KV, ten times the ~436,000 the pool holds
    s = _vllm_llama3_8b().changed("workload.concurrency", 512)
    est = estimate(s)
    assert est.engine is not None and est.engine.tokens_needed == 512 * 8192
    assert not est.fit.fits and not est.engine.fits


@pytest.mark.parametrize(
    ("gpu", "tp", "fraction"),
    [
        # server_args.py _handle_gpu_memory_settings, gpu_mem in MiB (H100 SXM: 81,559 MiB, the catalogue's reading):
        # H100, TP 1: chunk 8192, cuda_graph_max_bs 256: reserved = 512 + 8192 × 1.5 + 256 × 2 + 1 × 1 / 8 × 1024
        #   = 13,440 MiB (above the 10 GiB floor); (81,559 − 13,440) / 81,559 = 0.8352 → 0.835
        ("h100-sxm-80gb", 1, 0.835),
        # H100, TP 4: cuda_graph_max_bs 512: 512 + 12,288 + 1,024 + 512 = 14,336; (81,559 − 14,336) / 81,559 → 0.824
        ("h100-sxm-80gb", 4, 0.824),
        # RTX 4090 (24,564 MiB), TP 1: chunk 2048, cuda_graph_max_bs 24: 512 + 3,072 + 48 + 128 = 3,760;
        # (24,564 − 3,760) / 24,564 = 0.8469 → 0.847
        ("rtx-4090-24gb", 1, 0.847),
    ],
)
def test_sglang_default_mem_fraction_static_by_hand(gpu: str, tp: int, fraction: float) -> None:
    s = scenario("llama-3.1-8b", parallelism={"gpus": tp, "tp": tp}, runtime={"name": "sglang"}, gpu={"id": gpu})
    _, _, frac = engines.sglang_settings(s, resolve_gpu(s))
    assert frac == fraction
    est = estimate(s)
    assert est.engine is not None and f"mem_fraction_static = {fraction:.3f}" in est.engine.explanation


def _qwen3_235b_sglang():
    # vllm-project/vllm issue #21348 (2025-07-22), Qwen3-235B-A22B-FP8 on 4 × H100, `sglang.launch_server --tp 4
    # --mem-fraction-static 0.93`: "KV Cache is allocated. #tokens: 367404, K size: 8.23 GB, V size: 8.23 GB"
    return scenario(
        "qwen3-235b-a22b",
        precision={"weights": "fp8"},
        parallelism={"gpus": 4, "tp": 4},
        runtime={"name": "sglang", "mem_fraction_static": 0.93},
        gpu={"id": "h100-sxm-80gb"},
    )


def test_sglang_cell_size_against_its_log() -> None:
    s = _qwen3_235b_sglang()
    cell, layers = engines.kv_bytes_per_token(make_ctx(s, resolve_gpu(s)))
    # K per token: 8.23 GiB (SGLang's "GB" are GiB) / 367,404 tokens = 24,052 bytes = 94 layers × 1 kv head per GPU
    # (4 / TP 4) × 128 × 2 bytes = 24,064
    assert layers == 94
    assert cell / 2 == pytest.approx(8.23 * GIB / 367_404, rel=0.001)


def test_sglang_max_total_num_tokens_against_its_log() -> None:
    e = estimate(_qwen3_235b_sglang()).engine
    assert e is not None
    # 367,404 logged; the estimate is 12 % over it (the FP8 checkpoint's 16-bit tensors and the memory NCCL takes
    # before SGLang measures what is free are not modelled): within the 15 % bound
    assert e.kv_tokens == pytest.approx(367_404, rel=0.15)
    assert any(line.startswith(f"KV Cache is allocated. #tokens: {e.kv_tokens}") for line in e.log_lines)


def test_sglang_weights_beyond_the_static_share_do_not_fit() -> None:
    # mem_fraction_static 0.2 of an H100: (81,559 MiB − 500 MiB context) × 0.2 = 15.8 GiB... of which Llama-3.1-8B's
    # 16-bit weights take 8,030,261,248 × 2 bytes = 14.96 GiB: 0.87 GiB left for KV = 7,100 tokens of 128 KiB
    # (32 layers × 2 × 8 × 128 × 2 bytes); at 0.18 (14.2 GiB) the weights alone exceed it
    ok = scenario("llama-3.1-8b", runtime={"name": "sglang", "mem_fraction_static": 0.2})
    e = estimate(ok).engine
    assert e is not None
    assert e.kv_tokens == pytest.approx(((81_559 - 500) * MIB * 0.2 - 8_030_261_248 * 2) / (128 * 1024), rel=0.001)
    bad = estimate(ok.changed("runtime.mem_fraction_static", 0.18))
    assert not bad.fit.fits and bad.engine is not None and bad.engine.kv_tokens == 0


def _ollama_8b(**runtime: object):
    return scenario(
        "llama-3.1-8b",
        precision={"weights": "q4_k_m", "kv_cache": "fp16"},
        runtime={"name": "ollama", **runtime},
        gpu={"id": "rtx-4090-24gb"},
    )


def test_llamacpp_keeps_the_token_embedding_in_cpu_memory() -> None:
    # Ollama/llama.cpp runner log, Meta-Llama-3.1-8B-Instruct Q4_K_M, 33/33 layers offloaded
    # (tests/data/reference/measured-cases.jsonl inf-ollama-llama31-8b-q4km-weights):
    #   "CPU model buffer size = 281.81 MiB / CUDA0 model buffer size = 4403.49 MiB"
    # token_embd in q4_K: 128,256 × 4,096 × 144 / 256 bytes = 295,501,824 = 281.81 MiB
    est = estimate(_ollama_8b())
    assert est.host_ram_bytes / MIB == pytest.approx(281.81, abs=0.01)
    w = est.memory.item("weights")
    assert w is not None and w.bytes / MIB == pytest.approx(4403.49, rel=0.01)


def test_n_gpu_layers_splits_weights_and_kv_by_hand() -> None:
    all_on = estimate(_ollama_8b(num_ctx=4096, n_gpu_layers=33))
    no_out = estimate(_ollama_8b(num_ctx=4096, n_gpu_layers=32))
    half = estimate(_ollama_8b(num_ctx=4096, n_gpu_layers=16))
    w = {k: e.memory.item("weights").bytes for k, e in (("all", all_on), ("32", no_out), ("16", half))}  # type: ignore[union-attr]
    # -ngl 32 keeps all 32 layers but not the output layer (llama-model.cpp: the output is layer n_layer and goes to
    # the GPU only when n_gpu_layers > n_layer): output.weight in q6_K, 128,256 × 4,096 × 210 / 256 bytes = 410.98 MiB
    assert (w["all"] - w["32"]) / MIB == pytest.approx(410.98, abs=0.05)
    # K/V of the 16 offloaded layers: 16 × 4,096 cells × 2 × 8 × 128 × 2 bytes = 256 MiB on the GPU, 256 MiB in RAM
    assert half.memory.item("kv_cache").bytes == 256 * MIB  # type: ignore[union-attr]
    # what leaves the GPU is in CPU memory: weights on the GPU + weights in RAM = 4,403.49 + 281.81 MiB (the log above)
    kv_cpu = 256 * MIB
    assert (w["16"] + half.host_ram_bytes - kv_cpu) / MIB == pytest.approx(4403.49 + 281.81, rel=0.01)
    assert half.engine is not None and "load_tensors: offloaded 16/33 layers to GPU" in half.engine.log_lines


def test_ollama_kv_for_num_ctx_times_parallel_against_its_log() -> None:
    # the Ollama log above, n_seq_max = 4 slots × 2,048 = 8,192 cells: "KV self size = 1024.00 MiB, K (f16): 512.00
    # MiB, V (f16): 512.00 MiB" (measured-cases.jsonl inf-ollama-llama31-8b-kv-ctx8192); 8,192 × 32 layers × 2 × 8 ×
    # 128 × 2 bytes = 1,024 MiB, whatever the request's own length
    est = estimate(
        _ollama_8b(num_ctx=2048, parallel=4).changed("workload.context", 1024).changed("workload.output_tokens", 128)
    )
    assert est.memory.item("kv_cache").bytes == 1024 * MIB  # type: ignore[union-attr]
    assert est.engine is not None and "llama_context: n_ctx = 8192" in est.engine.log_lines


@pytest.mark.parametrize(
    ("gpu", "n_ctx"),
    # ollama docs/context-length.mdx: "< 24 GiB VRAM: 4k context - 24-48 GiB VRAM: 32k context - >= 48 GiB VRAM: 256k
    # context" (a 4090 reports 24,564 MiB, under 24 GiB); Llama 3.1's 131,072 positions cap the H100's 256k
    [("rtx-4090-24gb", 4096), ("h100-sxm-80gb", 131_072)],
)
def test_ollama_default_context_by_gpu_memory(gpu: str, n_ctx: int) -> None:
    est = estimate(_ollama_8b().changed("gpu.id", gpu))
    assert est.engine is not None and est.engine.kv_tokens == n_ctx
    # f16 K/V: n_ctx × 32 × 2 × 8 × 128 × 2 bytes = n_ctx × 128 KiB
    assert est.memory.item("kv_cache").bytes == n_ctx * 128 * 1024  # type: ignore[union-attr]


def test_cli_reports_the_engine(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(
            ["estimate", "--model", "llama-3.1-8b", "--runtime", "sglang", "--mem-fraction-static", "0.2", "--json"]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["engine"]["runtime"] == "sglang" and out["engine"]["kv_tokens"] > 0
    args = ["estimate", "--model", "llama-3.1-8b", "--runtime", "ollama", "--weights", "q4_k_m", "--n-gpu-layers", "16"]
    assert cli.main([*args, "--num-ctx", "2048", "--parallel", "2"]) == 0
    text = capsys.readouterr().out
    assert "log: llama_context: n_ctx = 4096" in text and "CPU memory: " in text


@pytest.mark.parametrize(
    ("runtime", "error"),
    [
        # vllm-project/vllm@001cabc1be16a59a70d720ed61a13b678c060a18 vllm/v1/core/kv_cache_utils.py
        # _check_enough_kv_cache_memory: 'if available_memory <= 0: raise ValueError("No available memory for the cache
        # blocks. Try increasing `gpu_memory_utilization` ...")'
        ("vllm", "No available memory for the cache blocks"),
        # sgl-project/sglang srt/model_executor/model_runner.py init_memory_pool: 'if self.max_total_num_tokens <= 0:
        # raise RuntimeError("Not enough memory. Please try to increase --mem-fraction-static.")'
        ("sglang", "Not enough memory. Please try to increase --mem-fraction-static."),
    ],
)
def test_an_engine_left_no_kv_pool_logs_its_own_error(
    capsys: pytest.CaptureFixture[str], runtime: str, error: str
) -> None:
    """gpt-oss-120b in BF16 on one 80 GB H100: 116.8 B parameters × 2 B = 234 GB of weights alone, three times what
    either engine claims of the card, so it stops at start with its own error. The CLI and --json printed a KV log
    ("GPU KV cache size: 0 tokens") the engine never writes."""
    args = ["estimate", "--model", "gpt-oss-120b", "--runtime", runtime, "--weights", "bf16", "--gpu", "h100-sxm-80gb"]
    assert cli.main([*args, "--json"]) == 0
    engine = json.loads(capsys.readouterr().out)["engine"]
    assert engine["kv_tokens"] == 0 and engine["log_lines"] == [error]
    assert cli.main(args) == 0
    text = capsys.readouterr().out
    assert f"{runtime}: stops at start" in text and f"log: {error}" in text and "0 tokens" not in text


def test_an_engine_that_stops_at_start_has_no_speed(capsys: pytest.CaptureFixture[str]) -> None:
    """Llama 3.1 8B in BF16 under vLLM on an RTX 4060 Ti 16GB: 8,030,261,248 parameters × 2 B = 16,060,522,496 B
    = 14.96 GiB of weights, more than vLLM's default share of the card, 0.9 × 16.0 GiB usable = 14.4 GiB, so vLLM
    stops at start ('No available memory for the cache blocks') and serves nothing. The CLI printed a time to first
    token and a decode speed for it all the same (the roofline's figures, for a server that never runs)."""
    assert 8_030_261_248 * 2 / 2**30 > 0.9 * 16.0
    args = ["estimate", "--model", "llama-3.1-8b", "--runtime", "vllm", "--gpu", "rtx-4060-ti-16gb"]
    assert cli.main([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["engine"]["log_lines"] == ["No available memory for the cache blocks"]
    c = out["compute"]
    for key in ("prefill_seconds", "time_to_first_token", "decode_tokens_per_second", "aggregate_tokens_per_second"):
        assert c[key] is None, key
    assert "vLLM stops at start ('No available memory for the cache blocks')" in c["not_started"]
    assert cli.main(args) == 0
    text = capsys.readouterr().out
    assert "speed: none — vLLM stops at start ('No available memory for the cache blocks')" in text
    assert "time to first token:" not in text and "decode:" not in text and "tokens/s" not in text
    # the same model on a 24 GB RTX 4090 (0.9 × 24.0 GiB = 21.6 GiB > 14.96 GiB) starts, and has its speed
    assert cli.main([*args[:-1], "rtx-4090-24gb", "--json"]) == 0
    c = json.loads(capsys.readouterr().out)["compute"]
    assert c["not_started"] is None and c["time_to_first_token"] and c["decode_tokens_per_second"]


def test_exl3_bits_per_weight_by_hand() -> None:
    # exllamav3 LinearEXL3: trellis int16 (in/16, out/16, 16·K) = K bits per weight, plus suh (in) and svh (out)
    # unpacked to fp16 on load: a 4096 × 4096 linear at K = 4 holds 4 + 16 · (4096 + 4096) / 4096² = 4.0078 bits
    assert quant.get("exl3-4.0").effective_bits == pytest.approx(4 + 16 * 8192 / 4096**2)


def test_exl3_weights_of_llama_31_8b_by_hand() -> None:
    # per layer, the linears: q, o 4096 × 4096; k, v 1024 × 4096; gate, up, down 14336 × 4096 = 218,103,808 weights;
    #   × 32 layers × 4 bits / 8 = 3,489,660,928 bytes
    # sign vectors (in + out per linear, fp16): (8,192 + 5,120 + 5,120 + 8,192 + 3 × 18,432) × 2 × 32 = 5,242,880
    # lm_head at -hb 6: 128,256 × 4,096 × 6 / 8 = 394,002,432 + its sign vectors (4,096 + 128,256) × 2 = 264,704
    # token embedding fp16 128,256 × 4,096 × 2 = 1,050,673,152; norms (2 × 32 + 1) × 4,096 × 2 = 532,480
    expected = 3_489_660_928 + 5_242_880 + 394_002_432 + 264_704 + 1_050_673_152 + 532_480
    w = estimate(scenario("llama-3.1-8b", precision={"weights": "exl3-4.0"})).memory.item("weights")
    assert w is not None and w.bytes == expected


def test_exl3_is_not_served_by_vllm() -> None:
    with pytest.raises(ValueError, match="ExLlama's own format"):
        scenario("llama-3.1-8b", precision={"weights": "exl3-4.0"}, runtime={"name": "vllm"})


@pytest.mark.parametrize(("flash", "per_token"), [(False, 12_288), (True, 6_528)])
def test_ollama_quantized_kv_needs_flash_attention(flash: bool, per_token: int) -> None:
    # Qwen2.5-0.5B: 24 layers, 2 kv heads of 64: f16 2 × 24 × 2 × 64 × 2 B = 12,288 B per token; q8_0 (34 bytes per
    # 32 values) 2 × 24 × 2 × 64 × 1.0625 = 6,528. Measured with Ollama 0.20.3 (baeseokjae.github.io, research/
    # evidence/local-llm-vram-kv-cache-budget-2026/kv-budget-formula-check.md): "| q8_0 | off | 12.00 KiB/token ...
    # (no saving: the setting was inert) |" and "| q8_0 | on (`OLLAMA_FLASH_ATTENTION=1`) | 6.37 KiB/token |"
    s = scenario(
        "qwen2.5-0.5b",
        precision={"weights": "q4_k_m", "kv_cache": "q8_0"},
        runtime={"name": "ollama", "num_ctx": 8192, "flash_attention": flash},
        gpu={"id": "rtx-4090-24gb"},
    )
    est = estimate(s)
    kv = est.memory.item("kv_cache")
    assert kv is not None and kv.bytes == 8192 * per_token
    assert any("only with flash attention" in w for w in est.warnings) is not flash


def test_sglang_largest_context_is_bounded_by_its_static_share() -> None:
    # mem_fraction_static 0.2 of an H100 leaves (81,559 − 500) MiB × 0.2 − 8,030,261,248 × 2 B for the KV pool, at
    # 128 KiB per token (the test above): the largest context of one request is that many tokens, not what the whole
    # card would hold beside the weights
    s = scenario("llama-3.1-8b", workload={"output_tokens": 0}, runtime={"name": "sglang", "mem_fraction_static": 0.2})
    pool_tokens = ((81_559 - 500) * MIB * 0.2 - 8_030_261_248 * 2) / (128 * 1024)
    assert sweep.largest_context(s) == pytest.approx(pool_tokens, abs=1)


def test_ollama_compute_buffer_for_all_its_slots() -> None:
    # the Ollama log above (4 slots × 2,048 = 8,192 cells, n_ubatch 512, no flash attention): "CUDA0 compute buffer
    # size = 560.00 MiB" (measured-cases.jsonl inf-ollama-llama31-8b-compute-ctx8192-ub512). llama.cpp's buffer as
    # core models it: 512 × 4 × (2 × 14,336 + 8,192 × 32 heads) B = 568 MiB, +1.4 %
    est = estimate(_ollama_8b(num_ctx=2048, parallel=4, flash_attention=False))
    buf = est.memory.item("activations")
    assert buf is not None and buf.bytes == 512 * 4 * (2 * 14_336 + 8192 * 32)
    assert buf.bytes / MIB == pytest.approx(560, rel=0.02)


def test_ollama_warns_when_the_context_exceeds_its_default() -> None:
    # 8,192 tokens asked on a 4090, where Ollama's default is 4k (docs/context-length.mdx): it truncates
    est = estimate(_ollama_8b().changed("workload.context", 8192))
    assert any("exceeds Ollama's default num_ctx 4,096" in w for w in est.warnings)


def _graph_logs() -> list[dict]:
    path = Path(__file__).resolve().parents[1] / "data" / "reference" / "vllm-cudagraphs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_vllm_capture_sizes_as_logged() -> None:
    # vllm-project/vllm PR #39559 (max_num_seqs 256): "Profiling CUDA graph memory: PIECEWISE=51 (largest=512),
    # FULL=35 (largest=256)". By hand from _set_cudagraph_sizes: largest = min(2 × 256, 512) = 512; 1, 2, 4 (3 sizes)
    # + 8, 16, ..., 248 (31) + 256, 272, ..., 512 (17) = 51 piecewise; the full decode graphs stop at max_num_seqs:
    # 3 + 31 + 1 (256) = 35
    piecewise, full = engines.vllm_capture_sizes(256)
    line = "Profiling CUDA graph memory: PIECEWISE=51 (largest=512), FULL=35 (largest=256)"
    assert engines.vllm_graphs_line(piecewise, full) == line
    assert line in next(r for r in _graph_logs() if r["id"] == "vllm-v1-qwen3.5-gguf-graph-estimate")["quote"]
    # V0 captured the sizes up to 256 once each: "Capturing CUDA graph shapes: 100%| 35/35" (PR #11349)
    assert len(full) == 35
    # max_num_seqs 8: largest min(16, 512) = 16 -> 1, 2, 4, 8, 16; a prefill chunk of 8 tokens drops the 16
    assert engines.vllm_capture_sizes(8) == ([1, 2, 4, 8, 16], [1, 2, 4, 8])
    assert engines.vllm_capture_sizes(8, max_num_batched_tokens=8)[0] == [1, 2, 4, 8]


def test_vllm_counts_its_graphs_by_the_gpus_default_max_num_seqs() -> None:
    # vllm/engine/arg_utils.py get_batch_defaults: max_num_seqs 1024 on a GPU of ≥ 70 GiB that is not an A100 (an
    # H100: 51 piecewise + all 51 sizes ≤ 1024 as full graphs = 102), else 256 (an A100 80GB or a 4090: 51 + 35 = 86)
    e = estimate(scenario("llama-3.1-8b", runtime={"name": "vllm"}, gpu={"id": "h100-sxm-80gb"})).engine
    assert e is not None and e.cuda_graphs == 102
    assert "Profiling CUDA graph memory: PIECEWISE=51 (largest=512), FULL=51 (largest=512)" in e.log_lines
    for gpu in ("a100-sxm4-80gb", "rtx-4090-24gb"):
        e = estimate(scenario("llama-3.2-1b", runtime={"name": "vllm"}, gpu={"id": gpu})).engine
        assert e is not None and e.cuda_graphs == 86


def test_vllm_graph_memory_is_unverified_and_kept_out_of_the_pool() -> None:
    # the allowance per graph comes from one published capture (role calibration): 0.21 GiB over 35 graphs; the
    # held-out logs differ by what the explanation says: Qwen2.5-7B 67 graphs 0.51 GiB -> 67 × 0.21 / 35 = 0.402 GiB,
    # −21 %; vLLM's own estimate for a hybrid Qwen3.5 over 51 + 35 = 86 graphs, 1.62 GiB -> 0.516 GiB, −68 %
    rows = _graph_logs()
    per_graph = next(r for r in rows if r["role"] == "calibration")
    assert pytest.approx(per_graph["measured"] * GIB / per_graph["graphs"]) == engines.VLLM_GRAPH_BYTES
    errors = {r["id"]: r["graphs"] * engines.VLLM_GRAPH_BYTES / (r["measured"] * GIB) - 1 for r in rows}
    assert errors["vllm-v1-qwen2.5-7b-graphs"] == pytest.approx(-0.21, abs=0.01)
    assert errors["vllm-v1-qwen3.5-gguf-graph-estimate"] == pytest.approx(-0.68, abs=0.01)
    e = estimate(_vllm_llama3_8b()).engine
    assert e is not None and e.cuda_graph_bytes is not None
    assert e.cuda_graph_bytes == pytest.approx(e.cuda_graphs * 0.21 * GIB / 35, abs=1)
    # PR #10511's pool (logged before vLLM counted graphs) is unchanged: the graphs are not taken out of it
    assert e.kv_pool_bytes / GIB == pytest.approx(53.29, rel=0.01)
    assert "unverified" in str(e.explanation)


def test_vllm_graph_memory_spread_over_published_captures() -> None:
    # Per graph the allowance is 0.21 GiB / 35 = 6.144 MiB whatever the size captured. The published captures say
    # a graph's memory grows with the tokens it was captured for (vLLM PRs #22897 / #23184, Llama-3.1-8B, one
    # piecewise graph at a time): 464 tokens took 26 MiB (6.144 / 26 - 1 = -76 %), 448 tokens 24 MiB (-74 %),
    # 104 tokens 6 MiB (+2.4 %); and nvidia-smi with and without --enforce-eager at TP 4 on 4090s (vLLM 0.5.4,
    # Yi-34B, 35 graphs) differs by 2,464 MiB: 35 × 6.144 = 215 MiB, -91 %. So the allowance stays unverified.
    rows = {r["id"]: r for r in _graph_logs()}
    mib = engines.VLLM_GRAPH_BYTES / MIB
    assert mib == pytest.approx(0.21 * 1024 / 35)
    expected = {
        "vllm-v1-llama3.1-8b-lazy-graph-464": 6.144 / 26 - 1,
        "vllm-v1-llama3.1-8b-lazy-graph-448": 6.144 / 24 - 1,
        "vllm-v1-llama3.1-8b-lazy-graph-104": 6.144 / 6 - 1,
        "vllm-v0.5.4-yi-34b-tp4-4090-nvidia-smi": 35 * 6.144 / 2464 - 1,
    }
    for row_id, err in expected.items():
        r = rows[row_id]
        assert r["graphs"] * engines.VLLM_GRAPH_BYTES / (r["measured"] * GIB) - 1 == pytest.approx(err, abs=0.002)
    # the figures in each row are the quote's, in GiB
    assert rows["vllm-v1-llama3.1-8b-lazy-graph-464"]["measured"] * 1024 == 26.0
    assert "took 26.00 MiB" in rows["vllm-v1-llama3.1-8b-lazy-graph-464"]["quote"]
    assert rows["vllm-v0.5.4-yi-34b-tp4-4090-nvidia-smi"]["measured"] * 1024 == 23859 - 21395
    # per token captured the logs are closer than per graph: V0 Llama-3.2-1B 0.21 GiB over sizes 1, 2, 4, 8, ..., 256
    # (sum 4,231 tokens) = 0.051 MiB per token; V1 Qwen2.5-7B 0.51 GiB over 1, 2, 4, 8, ..., 512 (67 sizes, sum
    # 16,647) = 0.031; Llama-3.1-8B 26 / 464 = 0.056 — still a factor of 1.8, so no per-token term either
    v0_sizes = [1, 2, 4, *range(8, 257, 8)]
    v1_sizes = [1, 2, 4, *range(8, 513, 8)]
    assert (len(v0_sizes), sum(v0_sizes)) == (35, 4231)
    assert (len(v1_sizes), sum(v1_sizes)) == (67, 16647) and rows["vllm-v1-qwen2.5-7b-graphs"]["graphs"] == 67
    per_token = [0.21 * 1024 / 4231, 0.51 * 1024 / 16647, 26 / 464]
    assert max(per_token) / min(per_token) == pytest.approx(1.79, abs=0.02)


def test_vllm_graph_explanation_states_the_spread_of_the_published_logs() -> None:
    # the answer says how far the allowance is from every published graph log (vllm-cudagraphs.jsonl): from
    # +2.4 % (Llama-3.1-8B, 104 tokens) to −91.3 % (Yi-34B at TP 4, nvidia-smi)
    errors = [r["graphs"] * engines.VLLM_GRAPH_BYTES / (r["measured"] * GIB) - 1 for r in _graph_logs()]
    assert round(max(errors) * 100) == 2 and round(min(errors) * 100) == -91
    e = estimate(_vllm_llama3_8b()).engine
    assert e is not None
    text = str(e.explanation)
    assert "this allowance is 2 % over to 91 % under" in text
    assert "26 MiB at 464" in text and "2.4 GiB more with graphs" in text
