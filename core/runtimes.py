"""Serving engines as data: how each runtime takes GPU memory, what it measures and what it adds, read from its own
source code and documentation (named in `source`).

The memory formulas (core/memory/*.py), the scenario's rules, the CLI and the GUI read these traits and never compare
a runtime's name; every item a trait changes names the engine in its explanation. Adding an engine that allocates
like one of these is one entry here (and one test holding it to a published figure): see docs/engines.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

RuntimeName = Literal["hf", "vllm", "sglang", "llama.cpp", "ollama"]

# the scenario's runtime fields an engine can read (core/scenario.py Runtime); the GUI shows the ones it reads
RuntimeField = Literal[
    "gpu_memory_utilization",
    "max_num_batched_tokens",
    "ubatch",
    "flash_attention",
    "mem_fraction_static",
    "chunked_prefill_size",
    "dp_attention",
    "cuda_graph_max_bs",
    "n_gpu_layers",
    "num_ctx",
    "parallel",
    "speculative",
    "cuda_context_mib",
]

GIB = 2**30
MIB = 2**20


@dataclass(frozen=True)
class ServingEngine:
    id: RuntimeName
    name: str
    # what runs the model's layers: "transformers" = transformers' Python modules (the fake-tensor harness measures
    # them: eager fallbacks for soft-capped scores, dense-run experts, decompressed MLA K/V, the dequantized weight of
    # a quantized matmul); "engine" = the engine's own fused kernels (paged attention, MLA latent cache, ggml)
    kernels: Literal["transformers", "engine"]
    trains: bool  # the runtime a training scenario uses (vLLM, SGLang, llama.cpp and Ollama serve inference only)
    # how the engine takes GPU memory:
    # "on-demand"     = PyTorch's caching allocator grows with the tensors (allocator slack on top);
    # "profiled-pool" = claims total × fraction at start, profiles a forward and fills the rest with the KV pool;
    # "static-pool"   = keeps fraction × (memory free at start) for the weights and the KV pool, the rest outside;
    # "fixed-buffers" = sizes the KV buffer for n_ctx cells and a compute buffer when the context is created
    allocation: Literal["on-demand", "profiled-pool", "static-pool", "fixed-buffers"]
    # the option that sets the pooled share and its default (None: the engine's own rule for the GPU)
    fraction_key: RuntimeField | None
    fraction_default: float | None
    # what the engine measures at start (its log says so) vs. what the estimate adds from formulas
    profiles: str
    # the CUDA context: "pytorch" = a PyTorch process's typical context and libraries; "ggml" = ggml's kernels only;
    # "non-torch" = inside the non-torch memory the engine measures (a scenario's own figure is ignored)
    cuda_context: Literal["pytorch", "ggml", "non-torch"]
    cuda_context_mib: int  # the typical figure (nvidia-smi of an idle process), when it is not measured
    # K/V types a fit suggestion may offer, smallest last (the engine's --kv-cache-dtype / -ctk -ctv choices)
    smaller_kv: tuple[str, ...]
    kv_block: int  # tokens per KV block: the cache is rounded up to whole blocks (vLLM's paged blocks of 16)
    # how many KV cells the cache holds: "request" = what the requests use (a pool, or a dynamic cache);
    # "n_ctx" = the context given at load; "slots" = a per-slot context × parallel slots, whatever the request
    kv_cells: Literal["request", "n_ctx", "slots"]
    # a quantized K/V type without flash attention: "allowed"; "f16" = silently kept at f16 (Ollama);
    # "refused" = the engine stops at start (llama.cpp: a quantized V cache needs -fa)
    quantized_kv_without_fa: Literal["allowed", "f16", "refused"]
    # default context per slot by the GPU's memory, as (upper bound in bytes, tokens); None: the request's
    default_context: tuple[tuple[float, int], ...] | None
    # activations outside the weights and cache: "generate" = transformers' generate() (prefill, then decode);
    # "profile-run" = the engine's profile forward at max_num_batched_tokens + its sampler's dummy batch;
    # "prefill-chunk" = one chunked_prefill_size chunk; "compute-buffer" = ggml's graph allocator buffer
    activations: Literal["generate", "profile-run", "prefill-chunk", "compute-buffer"]
    # CUDA graphs for decode: "none"; "vllm-capture" = vLLM's captured graphs (profiled before the pool from v0.21);
    # "sglang-allowance" = SGLang's own allowance of 2 MiB per batch size up to cuda_graph_max_bs
    cuda_graphs: Literal["none", "vllm-capture", "sglang-allowance"]
    # weight files it loads: "torch" = safetensors (float, FP8/NVFP4, GPTQ/AWQ, ...); "gguf" = GGUF types and floats
    weight_formats: Literal["torch", "gguf"]
    loads_exllama: bool  # EXL2 / EXL3 (ExLlama's own formats)
    bitsandbytes: Literal["all", "nf4"]  # bitsandbytes types it loads (vLLM and SGLang: nf4 only)
    # splits a model over GPUs by layers (tp is taken as pipeline stages: llama.cpp's --split-mode layer)
    layer_split: bool
    # pipeline stages serve different requests at once (an engine's pipeline parallel): compute divides by tp · pp;
    # transformers' device_map runs the stages one after another (compute divides by tp only)
    pipelined: bool
    continuous_batching: bool  # paged/continuous batching across requests (a plain transformers server has none)
    sampler_rows: int | None  # dummy sequences the profile run samples (vLLM: 256) — None: the real batch
    speculative: bool  # speculative decoding with the model's MTP layers can be selected
    fields: frozenset[RuntimeField]  # the scenario's runtime fields this engine reads
    # what its KV-capacity log line looks like (core/memory/engines.py writes it with the estimate's figures)
    kv_log: str
    wraps: str | None  # the engine it runs underneath (Ollama runs llama.cpp's)
    timing_held_by: tuple[str, ...]  # published benchmarks that stand for its timing (core/serving.py TIME_ERROR)
    source: str
    # an MTP draft still holds its own 16-bit embedding and output head while the engine sizes its KV pool (SGLang's
    # spec-v2 worker shares the model's only afterwards: core/memory/speculative.py sglang_vocab_copies)
    draft_vocab_at_sizing: bool = False
    # what a pooling engine says when the model leaves its KV pool nothing: it stops at start with this error and never
    # logs a KV capacity ("" where the engine does not pool; a "0 tokens" log line would be invented). Quoted, sourced.
    stops_at_start: str = ""
    # the fixed cost of one decoding step that reading the weights does not explain (core/compute.py adds it to the
    # bandwidth roofline): `decode_step_s` per step (scheduling, sampling, output handling, the launches around the
    # layers) and `decode_moe_layer_s` per mixture-of-experts layer (routing: the router's top-k, the sort of the
    # tokens by expert and the grouped expert matmuls, small kernels whose latency no weight read hides). Fitted on
    # published single-stream decode (tests/data/reference/serving-measured.jsonl, role "calibration"): VLLM_STEP
    decode_step_s: float = 0.0
    decode_moe_layer_s: float = 0.0


# The fixed decode cost per engine family, each figure derived from named rows of
# tests/data/reference/serving-measured.jsonl (the gap = measured step − the bandwidth roofline at 80 %, one request):
# - vLLM per step, 1.0 ms: the published gaps are 0.31 ms (vllm-a100-40gb-llama31-8b-c1, vLLM 0.23, Llama-3.1-8B on an
#   A100 40GB) and 3.46 ms (vllm-a100-qwen3-0.6b-c1-tpot, tt-inference-server's A100 sweep of mid-2025, Qwen3-0.6B,
#   timed through the HTTP streaming API): setups a decade apart, so their geometric mean, √(0.31 × 3.46) = 1.03 ms,
#   which leaves either off by the same ratio. Held out: vLLM's H200 batch-8 latency rows, the same A100 sweep's
#   Qwen3-14B, Qwen3-4B on an RTX 4090, the Poisson-rate rows of vLLM 0.6 and SGLang 0.3, NIM's rows.
# - vLLM per MoE layer, 42 µs: the same A100 sweep's Qwen3-30B-A3B (vllm-a100-qwen3-30b-a3b-c1-tpot, gap 5.48 ms) less
#   its Qwen3-0.6B (3.46 ms, the same setup's per-step cost), over 48 MoE layers: (5.48 − 3.46) / 48 = 42 µs. Held
#   out: vLLM's H200 TP2 Mixtral batch-8 latency.
# - llama.cpp per MoE layer, 82 µs: Qwen3-30B-A3B Q4_0 on an RTX 4090, llama-bench tg128 161.55 tokens/s
#   (lcpp-rtx4090-qwen3-30b-a3b-q4_0-tg128, gap 3.96 ms) over 48 MoE layers. Held out: Mixtral 8x7B Q4_0 and Q8_0 on
#   an M2 Max, Qwen3-Coder-30B-A3B Q8_0 on an M2 Ultra (its gap is twice this: Metal's per-layer cost is higher).
#   llama.cpp has no per-step term: its calibration row of HBM_EFFICIENCY (7B F16 on an RTX 4090) leaves no gap, and
#   no recent llama-bench table of small dense models on a catalogued GPU was found to fit one.
VLLM_STEP = 1.0e-3
VLLM_MOE_LAYER = 42e-6
LLAMA_CPP_MOE_LAYER = 82e-6


# Ollama's default context by the GPU's memory (ollama/ollama docs/context-length.mdx at 948f6933): "< 24 GiB VRAM:
# 4k context - 24-48 GiB VRAM: 32k context - >= 48 GiB VRAM: 256k context". Before that rule Ollama defaulted to 2048
# tokens, and to 4096 from v0.6.4.
OLLAMA_CONTEXT = ((24 * GIB, 4096), (48 * GIB, 32768), (math.inf, 262144))

_GGUF_FIELDS: frozenset[RuntimeField] = frozenset(("ubatch", "flash_attention", "n_gpu_layers", "cuda_context_mib"))

ENGINES: dict[str, ServingEngine] = {
    e.id: e
    for e in (
        ServingEngine(
            "hf",
            "PyTorch + Transformers",
            kernels="transformers",
            trains=True,
            allocation="on-demand",
            fraction_key=None,
            fraction_default=None,
            profiles="nothing: every term is the estimate's",
            cuda_context="pytorch",
            cuda_context_mib=500,
            smaller_kv=(),
            kv_block=1,
            kv_cells="request",
            quantized_kv_without_fa="allowed",
            default_context=None,
            activations="generate",
            cuda_graphs="none",
            weight_formats="torch",
            loads_exllama=True,
            bitsandbytes="all",
            layer_split=False,
            pipelined=False,
            continuous_batching=False,
            sampler_rows=None,
            speculative=False,
            fields=frozenset(("cuda_context_mib",)),
            kv_log="",
            wraps=None,
            timing_held_by=(),
            source="https://github.com/huggingface/transformers (generation/utils.py generate, cache_utils.py)",
            # no published transformers decode row: vLLM's figures, a floor (eager PyTorch launches every kernel)
            decode_step_s=VLLM_STEP,
            decode_moe_layer_s=VLLM_MOE_LAYER,
        ),
        ServingEngine(
            "vllm",
            "vLLM",
            kernels="engine",
            trains=False,
            allocation="profiled-pool",
            fraction_key="gpu_memory_utilization",
            fraction_default=0.9,
            profiles="weights, the profile run's torch activation peak and non-torch memory (CUDA context, NCCL, "
            "custom all-reduce); the KV pool is the share's rest",
            cuda_context="non-torch",
            cuda_context_mib=500,
            smaller_kv=("fp8",),
            kv_block=16,
            kv_cells="request",
            quantized_kv_without_fa="allowed",
            default_context=None,
            activations="profile-run",
            cuda_graphs="vllm-capture",
            weight_formats="torch",
            loads_exllama=False,
            bitsandbytes="nf4",
            layer_split=False,
            pipelined=True,
            continuous_batching=True,
            sampler_rows=256,
            speculative=True,
            fields=frozenset(("gpu_memory_utilization", "max_num_batched_tokens", "speculative")),
            kv_log="GPU KV cache size: {tokens:,} tokens",
            # vllm-project/vllm@001cabc1be16a59a70d720ed61a13b678c060a18 vllm/v1/core/kv_cache_utils.py,
            # _check_enough_kv_cache_memory: 'if available_memory <= 0: raise ValueError("No available memory for the
            # cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine. ...")'
            stops_at_start="No available memory for the cache blocks",
            wraps=None,
            timing_held_by=("NIM", "vLLM"),
            decode_step_s=VLLM_STEP,
            decode_moe_layer_s=VLLM_MOE_LAYER,
            source="https://github.com/vllm-project/vllm vllm/v1/worker/gpu_worker.py determine_available_memory, "
            "vllm/v1/core/kv_cache_utils.py, vllm/v1/worker/gpu_model_runner.py profile_run / capture_model",
        ),
        ServingEngine(
            "sglang",
            "SGLang",
            kernels="engine",
            trains=False,
            allocation="static-pool",
            fraction_key="mem_fraction_static",
            fraction_default=None,  # server_args.py _handle_gpu_memory_settings picks it by the GPU's memory
            profiles="the memory free at start (after the CUDA context); the weights and KV pool fill "
            "mem_fraction_static of it, activations and CUDA graphs live outside",
            cuda_context="pytorch",
            cuda_context_mib=500,
            smaller_kv=("fp8",),
            kv_block=1,
            kv_cells="request",
            quantized_kv_without_fa="allowed",
            default_context=None,
            activations="prefill-chunk",
            cuda_graphs="sglang-allowance",
            weight_formats="torch",
            loads_exllama=False,
            bitsandbytes="nf4",
            layer_split=False,
            pipelined=True,
            continuous_batching=True,
            sampler_rows=None,
            speculative=True,
            fields=frozenset(
                (
                    "mem_fraction_static",
                    "chunked_prefill_size",
                    "dp_attention",
                    "cuda_graph_max_bs",
                    "speculative",
                    "cuda_context_mib",
                )
            ),
            kv_log="KV Cache is allocated. #tokens: {tokens}",
            # sgl-project/sglang python/sglang/srt/model_executor/model_runner.py, init_memory_pool: 'if
            # self.max_total_num_tokens <= 0: raise RuntimeError("Not enough memory. Please try to increase
            # --mem-fraction-static.")'
            stops_at_start="Not enough memory. Please try to increase --mem-fraction-static.",
            wraps=None,
            timing_held_by=("SGLang", "NIM", "vLLM"),
            # no SGLang row at one request: vLLM's figures (held out on SGLang 0.3's Poisson-rate rows)
            decode_step_s=VLLM_STEP,
            decode_moe_layer_s=VLLM_MOE_LAYER,
            source="https://github.com/sgl-project/sglang python/sglang/srt/server_args.py "
            "_handle_gpu_memory_settings, _handle_data_parallelism, srt/model_executor/model_runner.py "
            "profile_max_num_token, srt/model_executor/cuda_graph_runner.py",
            draft_vocab_at_sizing=True,
        ),
        ServingEngine(
            "llama.cpp",
            "llama.cpp",
            kernels="engine",
            trains=False,
            allocation="fixed-buffers",
            fraction_key=None,
            fraction_default=None,
            profiles="nothing: it allocates what it sizes (weights per layer's device, the KV buffer for n_ctx, the "
            "compute buffer) and nvidia-smi shows no more",
            cuda_context="ggml",
            cuda_context_mib=300,
            smaller_kv=("q8_0", "q4_0"),
            kv_block=1,
            kv_cells="n_ctx",
            quantized_kv_without_fa="refused",
            default_context=None,
            activations="compute-buffer",
            cuda_graphs="none",
            weight_formats="gguf",
            loads_exllama=False,
            bitsandbytes="all",
            layer_split=True,
            pipelined=True,
            continuous_batching=True,
            sampler_rows=None,
            speculative=False,
            fields=_GGUF_FIELDS,
            kv_log="llama_context: n_ctx = {tokens}",
            wraps=None,
            timing_held_by=("llama.cpp",),
            decode_moe_layer_s=LLAMA_CPP_MOE_LAYER,
            source="https://github.com/ggml-org/llama.cpp src/llama-kv-cache.cpp, src/llama-model.cpp "
            "(load_tensors), ggml/src/ggml-alloc.c",
        ),
        ServingEngine(
            "ollama",
            "Ollama",
            kernels="engine",
            trains=False,
            allocation="fixed-buffers",
            fraction_key=None,
            fraction_default=None,
            profiles="nothing: llama.cpp's buffers, sized for num_ctx × parallel slots at load",
            cuda_context="ggml",
            cuda_context_mib=300,
            smaller_kv=("q8_0", "q4_0"),
            kv_block=1,
            kv_cells="slots",
            quantized_kv_without_fa="f16",
            default_context=OLLAMA_CONTEXT,
            activations="compute-buffer",
            cuda_graphs="none",
            weight_formats="gguf",
            loads_exllama=False,
            bitsandbytes="all",
            layer_split=True,
            pipelined=True,
            continuous_batching=True,
            sampler_rows=None,
            speculative=False,
            fields=_GGUF_FIELDS | {"num_ctx", "parallel"},
            kv_log="llama_context: n_ctx = {tokens}",
            wraps="llama.cpp",
            timing_held_by=("llama.cpp",),
            decode_moe_layer_s=LLAMA_CPP_MOE_LAYER,
            source="https://github.com/ollama/ollama docs/context-length.mdx, docs/faq.md (OLLAMA_NUM_PARALLEL, "
            "OLLAMA_KV_CACHE_TYPE, OLLAMA_FLASH_ATTENTION), llama/ (llama.cpp's engine)",
        ),
    )
}

RUNTIME_NAMES: tuple[str, ...] = tuple(ENGINES)


def get(name: str) -> ServingEngine:
    return ENGINES[name]


def training_engine() -> ServingEngine:
    """The runtime a training scenario uses."""
    return next(e for e in ENGINES.values() if e.trains)


def gguf_engine() -> ServingEngine:
    """The runtime a GGUF file opens in (the first that loads GGUF and wraps no other)."""
    return next(e for e in ENGINES.values() if e.weight_formats == "gguf" and e.wraps is None)
