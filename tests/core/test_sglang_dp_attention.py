"""SGLang's DP attention (--enable-dp-attention --dp N) and --cuda-graph-max-bs, held to hand calculations from the
published model configs and SGLang's source, and to one published SGLang figure.

What SGLang does (sgl-project/sglang, python/sglang/srt/):
- models/*.py build attention over the attention TP group, attn_tp_size = tp / dp ("self.num_kv_heads = max(1,
  self.total_num_kv_heads // attn_tp_size)"), and the token embedding unsharded ("VocabParallelEmbedding(...,
  enable_tp=not is_dp_attention_enabled())"); MoE experts, dense MLPs and the lm_head stay split over tp.
- each DP rank has its own scheduler and KV pool: its share of the requests.
- server_args.py `_handle_gpu_memory_settings` (first) reserves cuda_graph_max_bs · dp_size · 3 MiB more for DP
  attention (and · 1.5 more above a max bs of 300); `_handle_data_parallelism` (after it) divides
  chunked_prefill_size by dp_size.
"""

import math

import pytest

from core import cli
from core.estimate import estimate, resolve_gpu
from core.memory import engines
from tests.core.helpers import scenario

GIB = 2**30
MIB = 2**20
H200 = {"id": "h200-sxm-141gb"}
WORKLOAD = {"context": 4096, "concurrency": 64, "output_tokens": 512}


def _sglang(model: str, dp: int, weights: str = "bf16", **runtime: object):
    return scenario(
        model,
        parallelism={"gpus": 8, "tp": 8},
        precision={"weights": weights},
        runtime={"name": "sglang", "dp_attention": dp, **runtime},
        gpu=H200,
        workload=WORKLOAD,
    )


def _item(est, key: str) -> int:
    return next(i.bytes for i in est.memory.items if i.key == key)


def test_deepseek_v3_attention_weights_per_rank_by_hand() -> None:
    # deepseek-ai/DeepSeek-V3 config.json: hidden_size 7168, num_attention_heads 128, q_lora_rank 1536,
    # kv_lora_rank 512, qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128, num_hidden_layers 61,
    # vocab_size 129280. One layer's MLA projections:
    q_a = 7168 * 1536  # 11,010,048 (replicated under TP too: ReplicatedLinear)
    kv_a = 7168 * (512 + 64)  # 4,128,768 (replicated under TP too)
    q_b = 1536 * 128 * (128 + 64)  # 37,748,736
    kv_b = 512 * 128 * (128 + 128)  # 16,777,216
    o = 128 * 128 * 7168  # 117,440,512
    tp8 = q_a + kv_a + (q_b + kv_b + o) / 8  # 36,634,624 per rank at TP 8
    dp8 = q_a + kv_a + q_b + kv_b + o  # 187,105,280 per rank at attention TP 1
    attention = (dp8 - tp8) * 61  # 9,178,710,016 more parameters per rank
    embedding = 129280 * 7168 * (1 - 1 / 8)  # 810,844,160 more: the table is whole on every rank
    # FP8 weights (1 byte); the embedding stays 16-bit (2 bytes)
    extra = attention * 1 + embedding * 2  # 10,800,398,336 B = 10.06 GiB
    tp = estimate(_sglang("deepseek-v3", 1, "fp8"))
    dp = estimate(_sglang("deepseek-v3", 8, "fp8"))
    assert _item(dp, "weights") - _item(tp, "weights") == pytest.approx(extra, rel=1e-3)


def test_deepseek_v3_mla_cache_per_rank_by_hand() -> None:
    # MLA caches one latent per token and layer: kv_lora_rank + qk_rope_head_dim = 576 elements × 2 bytes × 61
    # layers = 70,272 bytes per token, whole on every TP rank (one KV head cannot be split). At TP 8 every rank holds
    # all 64 requests × 4,096 tokens; under DP attention 8 each rank holds its 8 requests.
    per_token = 576 * 2 * 61
    assert _item(estimate(_sglang("deepseek-v3", 1, "fp8")), "kv_cache") == pytest.approx(64 * 4096 * per_token)
    assert _item(estimate(_sglang("deepseek-v3", 8, "fp8")), "kv_cache") == pytest.approx(8 * 4096 * per_token)
    # 18,421,334,016 B = 17.16 GiB at TP 8; 2,302,666,752 B = 2.14 GiB per DP-attention rank


def test_qwen3_30b_a3b_attention_per_rank_by_hand() -> None:
    # Qwen/Qwen3-30B-A3B config.json: hidden_size 2048, num_attention_heads 32, num_key_value_heads 4, head_dim 128,
    # num_hidden_layers 48, vocab_size 151936, tie_word_embeddings false.
    # K/V per token: at TP 8 the 4 KV heads are replicated, one per rank (max(1, 4 // 8)): 2 × 1 × 128 × 2 B × 48 =
    # 24,576 B for all 64 requests; at DP attention 8 (attention TP 1) all 4 heads: 98,304 B for 8 requests.
    tp = estimate(_sglang("qwen3-30b-a3b", 1))
    dp = estimate(_sglang("qwen3-30b-a3b", 8))
    assert _item(tp, "kv_cache") == pytest.approx(64 * 4096 * 2 * 1 * 128 * 2 * 48)  # 6.00 GiB
    assert _item(dp, "kv_cache") == pytest.approx(8 * 4096 * 2 * 4 * 128 * 2 * 48)  # 3.00 GiB
    # attention weights per layer: q 2048 × 4096 + k, v 2048 × 512 each + o 4096 × 2048 = 18,874,368; at TP 8 a rank
    # holds q and o / 8 and k, v of its one replicated KV head (/ 4): 2,097,152 + 524,288 = 2,621,440
    layer_dp = 2048 * 4096 * 2 + 2048 * 512 * 2
    layer_tp = 2048 * 4096 * 2 / 8 + 2048 * 512 * 2 / 4
    embedding = 151936 * 2048 * (1 - 1 / 8)
    extra = ((layer_dp - layer_tp) * 48 + embedding) * 2  # bf16: 2,105,016,320 B = 1.96 GiB
    # the engine splits k and v by 8 like q (not by 4 as SGLang's replicated heads): 25 MiB more here, 1.2 %
    assert _item(dp, "weights") - _item(tp, "weights") == pytest.approx(extra, rel=0.015)


def test_default_share_under_dp_attention_by_hand() -> None:
    s = _sglang("deepseek-v3", 8, "fp8")
    gpu = resolve_gpu(s)
    gpu_mem = gpu.usable_bytes / MIB  # H200: the 90-160 GiB bucket, chunk 8,192, cuda_graph_max_bs 512 at TP >= 4
    reserved = 512 + 8192 * 1.5 + 512 * 2 + 8 * 1 / 8 * 1024  # 14,848 MiB without DP attention
    reserved += 512 * 8 * 3 + 512 * 8 * 1.5  # + 18,432 MiB: max bs 512 > 300
    chunk, graph_bs, frac = engines.sglang_settings(s, gpu)
    assert (chunk, graph_bs) == (8192 // 8, 512)
    assert frac == round((gpu_mem - reserved) / gpu_mem, 3)
    # --cuda-graph-max-bs 128: 512 + 12,288 + 256 + 1,024 + 128 · 8 · 3 (no extra at or below 300) = 17,152 MiB
    s = _sglang("deepseek-v3", 8, "fp8", cuda_graph_max_bs=128)
    chunk, graph_bs, frac = engines.sglang_settings(s, gpu)
    assert (chunk, graph_bs, frac) == (1024, 128, round((gpu_mem - 17152) / gpu_mem, 3))
    # without DP attention the override only changes the graph allowance: max(512 + 12,288 + 256 + 1,024, 10,240)
    s = _sglang("deepseek-v3", 1, "fp8", cuda_graph_max_bs=128)
    assert engines.sglang_settings(s, gpu) == (8192, 128, round((gpu_mem - 14080) / gpu_mem, 3))


def test_gathered_buffer_and_capacity_per_rank() -> None:
    # cuda_graph_runner.py: gathered_buffer = torch.zeros((max_bs * dp_size * num_tokens_per_bs, hidden_size), dtype)
    est = estimate(_sglang("deepseek-v3", 8, "fp8"))
    assert _item(est, "dp_gathered_buffer") == 512 * 8 * 7168 * 2  # 58,720,256 B
    e = est.engine
    assert e is not None
    assert e.tokens_needed == 8 * 4096  # one rank's requests
    assert "1,024 per rank" in e.explanation and "--dp 8" in e.explanation
    assert f"{e.kv_tokens * 8:,} tokens over the 8 groups" in e.explanation


def test_dp_attention_4_against_a_published_weight_load() -> None:
    # sgl-project/sglang PR #5001 ("[2/2] support dp mla", 2025-04-02), description: "On an 8*H20(96GB), weight mem
    # usage=87.19 GB when `--dp-size 4 --enable-dp-attention`, not enough memory left." SGLang's "mem usage" is the
    # drop of free memory over loading, in GiB. The model is not named in that sentence; the PR serves DeepSeek's
    # MLA models with FP8 weights on 8 × H20 (DeepSeek-V3 / R1, one architecture): attention at TP 8 / 4 = 2.
    est = estimate(_sglang("deepseek-v3", 4, "fp8-block128"))
    assert _item(est, "weights") / GIB == pytest.approx(87.19, rel=0.05)  # estimate 83.6 GiB, -4.1 %


def test_cli_options_and_refusals() -> None:
    base = ["estimate", "--model", "qwen3-30b-a3b", "--runtime", "sglang", "--gpus", "8", "--tp", "8"]
    args = cli.build_parser().parse_args([*base, "--enable-dp-attention", "--cuda-graph-max-bs", "64"])
    s, _ = cli.scenario_from_args(args)
    assert (s.runtime.dp_attention, s.runtime.cuda_graph_max_bs) == (8, 64)  # the bare flag: --dp = --tp
    args = cli.build_parser().parse_args([*base, "--enable-dp-attention", "3"])
    with pytest.raises(cli.CliError, match="must divide tp = 8"):
        cli.scenario_from_args(args)
    other = scenario("qwen3-30b-a3b", runtime={"name": "vllm", "cuda_graph_max_bs": 64})
    assert "dp_attention and cuda_graph_max_bs apply to SGLang only; ignored" in other.warnings()
    # vLLM's estimate is untouched by the SGLang fields
    plain = scenario("qwen3-30b-a3b", runtime={"name": "vllm"})
    assert estimate(other).memory.total == estimate(plain).memory.total


def test_saved_form_round_trip() -> None:
    from core import project

    s = _sglang("qwen3-30b-a3b", 4, cuda_graph_max_bs=96)
    (back,), _ = project.loads(project.dumps([s]), "x.sizing")
    assert (back.runtime.dp_attention, back.runtime.cuda_graph_max_bs) == (4, 96)
    assert math.isclose(estimate(back).memory.total, estimate(s).memory.total)
