"""Serving engines as they allocate: what each one claims on the GPU (what nvidia-smi shows), what the model uses of
it, and the KV capacity in tokens as the engine itself logs it.

vLLM (vllm/v1/worker/gpu_worker.py `determine_available_memory`, vllm/v1/core/kv_cache_utils.py):
    requested   = total GPU memory × gpu_memory_utilization            (claimed whole: nvidia-smi shows it)
    KV pool     = requested − (weights + torch activation peak of the profile run + non-torch memory)
    # blocks    = ⌊KV pool / page_size / num_layers⌋, page_size = block_size · 2 · kv_heads · head_dim · bytes
    KV tokens   = # blocks × block_size                                 ("GPU KV cache size: N tokens")
    concurrency = KV tokens / max_model_len                             ("Maximum concurrency for X tokens ...")
SGLang (python/sglang/srt/server_args.py `_handle_gpu_memory_settings`, model_executor/model_runner.py
`profile_max_num_token`):
    mem_fraction_static = round((gpu_mem − reserved) / gpu_mem, 3), reserved (MiB) = 512 + 1.5 · max(chunk, 2048)
                          + 2 · cuda_graph_max_bs + tp · pp / 8 · 1024, at least 10 GiB above 60 GiB of GPU memory
    KV pool     = free memory at start × mem_fraction_static − weights
    max_total_num_tokens = ⌊KV pool / cell_size⌋, cell_size = Σ_layers 2 · kv_heads · head_dim · bytes
llama.cpp / Ollama: the KV buffer is sized for n_ctx cells when the context is created (llama-kv-cache.cpp), each
layer's K/V on the device of that layer; Ollama multiplies num_ctx by its parallel slots (OLLAMA_NUM_PARALLEL).
"""

from __future__ import annotations

import math

from core import quant
from core.architecture import ATTENTION_MIXERS, COMPRESSED_MIXERS
from core.hardware import GpuSpec
from core.memory.context import Ctx, Num, highest
from core.memory.kv_cache import VLLM_BLOCK, kv_type, per_token_elements
from core.memory.overhead import cuda_context_bytes
from core.memory.speculative import mtp_kv_layers, sglang_vocab_copies
from core.messages import Bytes, Message, Param, concat
from core.result import EnginePool, Memory
from core.runtimes import OLLAMA_CONTEXT, ServingEngine
from core.scenario import Scenario

MIB = 2**20
GIB = 2**30

# SGLang server_args.py `_handle_gpu_memory_settings` (sgl-project/sglang, after PR #10975): the defaults picked by
# the GPU's memory in MiB, as (upper bound MiB, chunked_prefill_size, cuda_graph_max_bs below TP 4, from TP 4).
SGLANG_BUCKETS = (
    (20 * 1024, 2048, 8, 8),  # T4, 4080
    (35 * 1024, 2048, 24, 80),  # A10, 4090, 5090
    (60 * 1024, 4096, 32, 160),  # A100 40GB, L40
    (90 * 1024, 8192, 256, 512),  # H100, A100 80GB
    (160 * 1024, 8192, 256, 512),  # H20, H200
    (math.inf, 16384, 512, 512),  # B200, MI300
)


# vLLM's CUDA-graph capture sizes (vllm/config/vllm.py VllmConfig._set_cudagraph_sizes):
#     max_graph_size = min(max_num_seqs * 2, 512)
#     cudagraph_capture_sizes = [1, 2, 4] + list(range(8, 256, 8)) + list(range(256, max_graph_size + 1, 16))
# With cudagraph_mode FULL_AND_PIECEWISE (V1's default) vLLM captures a piecewise graph for mixed prefill-decode batches
# at each size up to max_num_batched_tokens and a full graph for uniform decode batches at each size up to max_num_seqs
# (vllm/v1/worker/gpu_model_runner.py capture_model), and logs "Profiling CUDA graph memory: PIECEWISE=51 (largest=512),
# FULL=35 (largest=256)" at max_num_seqs 256. max_num_seqs defaults to 1024 on a GPU of at least 70 GiB that is not an
# A100 and to 256 otherwise (vllm/engine/arg_utils.py get_batch_defaults, OPENAI_API_SERVER).
VLLM_LARGE_GPU = 70 * GIB
# Unverified: the memory the graphs take is not derived from vLLM's source (it depends on the kernels each graph
# records and on the shared graph pool); one published capture gives the allowance per graph: vLLM V0,
# Llama-3.2-1B-Instruct, "Capturing CUDA graph shapes: 100%| 35/35 ... Graph capturing finished in 14 secs, took 0.21
# GiB" (vllm-project/vllm PR #11349; tests/data/reference/vllm-cudagraphs.jsonl, role calibration).
VLLM_GRAPH_BYTES = 0.21 * GIB / 35


def stopped_at_start(spec: ServingEngine, tokens: int) -> tuple[str, ...]:
    """A pooling engine that the model leaves no KV token stops at start with its own error (runtimes.ServingEngine
    stops_at_start) and logs no KV capacity: its log is that error, never an invented "0 tokens" line. () otherwise."""
    return (spec.stops_at_start,) if tokens <= 0 and spec.stops_at_start else ()


def vllm_max_num_seqs(gpu: GpuSpec) -> int:
    """vLLM's default max_num_seqs for `vllm serve` on this GPU."""
    return 1024 if gpu.usable_bytes >= VLLM_LARGE_GPU and "a100" not in gpu.name.lower() else 256


def vllm_capture_sizes(max_num_seqs: int, max_num_batched_tokens: int | None = None) -> tuple[list[int], list[int]]:
    """(piecewise sizes, full decode sizes) vLLM captures CUDA graphs for, smallest first."""
    largest = min(max_num_seqs * 2, 512)
    sizes = [s for s in (1, 2, 4, *range(8, 256, 8), *range(256, largest + 1, 16)) if s <= largest]
    piecewise = [s for s in sizes if max_num_batched_tokens is None or s <= max_num_batched_tokens]
    return piecewise, [s for s in sizes if s <= max_num_seqs]


def vllm_graphs_line(piecewise: list[int], full: list[int]) -> str:
    """vLLM's log line for the graphs it is about to capture."""
    return (
        f"Profiling CUDA graph memory: PIECEWISE={len(piecewise)} (largest={max(piecewise, default=0)}), "
        f"FULL={len(full)} (largest={max(full, default=0)})"
    )


def sglang_defaults(
    gpu: GpuSpec, tp: int, pp: int, chunk: int | None = None, dp: int = 1, graph_bs: int | None = None
) -> tuple[int, int, float, float]:
    """(chunked_prefill_size, cuda_graph_max_bs, mem_fraction_static, reserved MiB) as SGLang picks them; `dp` > 1 is
    --enable-dp-attention --dp dp, `graph_bs` a --cuda-graph-max-bs of the user's. The chunk returned is the one
    the reserve is sized for: under DP attention SGLang divides it by dp afterwards (sglang_settings)."""
    gpu_mem = gpu.usable_bytes / MIB
    bucket = next(b for b in SGLANG_BUCKETS if gpu_mem < b[0])
    chunk = chunk or bucket[1]
    graph_bs = graph_bs or (bucket[2] if tp < 4 else bucket[3])
    reserved = 512 + max(chunk, 2048) * 1.5 + graph_bs * 2 + tp * pp / 8 * 1024 + sglang_dp_reserve(graph_bs, dp)
    if gpu_mem > 60 * 1024:
        reserved = max(reserved, 10 * 1024)
    return chunk, graph_bs, round((gpu_mem - reserved) / gpu_mem, 3), reserved


def sglang_dp_reserve(graph_bs: int, dp: int) -> float:
    """MiB SGLang's default share keeps free for DP attention (server_args.py `_handle_gpu_memory_settings`):
    if self.enable_dp_attention:
        # DP attention needs more padding for some operations
        reserved_mem += self.cuda_graph_max_bs * self.dp_size * 3
        ...
        if self.cuda_graph_max_bs > 300:
            reserved_mem += self.cuda_graph_max_bs * self.dp_size * 1.5"""
    if dp <= 1:
        return 0.0
    return graph_bs * dp * 3 + (graph_bs * dp * 1.5 if graph_bs > 300 else 0.0)


def sglang_dp(scenario: Scenario) -> int:
    """--dp of SGLang's DP attention, 1 without it (SGLang turns it off at --dp 1)."""
    r = scenario.runtime
    on = "dp_attention" in r.spec.fields and scenario.workload.mode == "inference"
    return r.dp_attention if on else 1


def sglang_settings(scenario: Scenario, gpu: GpuSpec) -> tuple[int, int, float]:
    """(chunked_prefill_size per rank, cuda_graph_max_bs, mem_fraction_static) with the scenario's own values where
    set. Under DP attention SGLang's `_handle_data_parallelism` (run after the memory settings) divides the chunk:
        if self.enable_dp_attention:
            self.schedule_conservativeness = self.schedule_conservativeness * 0.3
            assert self.tp_size % self.dp_size == 0
            self.chunked_prefill_size = self.chunked_prefill_size // self.dp_size"""
    r, p = scenario.runtime, scenario.parallelism
    dp = sglang_dp(scenario)
    chunk, graph_bs, frac, _ = sglang_defaults(gpu, p.tp, p.pp, r.chunked_prefill_size, dp, r.cuda_graph_max_bs)
    return max(1, chunk // dp), graph_bs, r.mem_fraction_static or frac


def sglang_static(scenario: Scenario, gpu: GpuSpec) -> float:
    """Bytes of SGLang's static share: mem_fraction_static of the memory free at start (after the CUDA context)."""
    return (gpu.usable_bytes - cuda_context_bytes(scenario)) * sglang_settings(scenario, gpu)[2]


def claimed_fraction(scenario: Scenario, gpu: GpuSpec) -> float:
    """Share of the GPU's memory an engine may use at all: vLLM's gpu_memory_utilization; SGLang keeps its static
    share for weights and KV pool and puts activations and CUDA graphs in the rest, so the whole card."""
    return scenario.runtime.gpu_memory_utilization if scenario.runtime.spec.allocation == "profiled-pool" else 1.0


def slot_context(scenario: Scenario, gpu: GpuSpec) -> int:
    """Context per slot of an engine that sizes its cache per slot (Ollama's num_ctx): the scenario's, or the engine's
    default for this GPU's memory (core/runtimes.py default_context); at most the model's positions."""
    r = scenario.runtime
    rule = r.spec.default_context or OLLAMA_CONTEXT
    n = r.num_ctx or next(c for limit, c in rule if gpu.usable_bytes < limit)
    if r.num_ctx is None and scenario.model.architecture.decoder is not None:
        n = min(n, scenario.model.architecture.max_positions)
    return n


def gpu_layers(ctx: Ctx) -> tuple[int, int, bool]:
    """(layers on the GPU, layers in all, whether the output layer is on the GPU) for llama.cpp's -ngl.

    llama-model.cpp: i_gpu_start = max(n_layer − n_gpu_layers, 0) and act_gpu_layers = min(n_gpu_layers, n_layer + 1);
    layer il is on the GPU when i_gpu_start ≤ il < i_gpu_start + act_gpu_layers, and the output layer counts as
    layer n_layer: it is on the GPU only when n_gpu_layers > n_layer."""
    st = ctx.stack
    n = st.num_layers if st else (ctx.arch.ssm.num_layers if ctx.arch.ssm else 0)
    ngl = ctx.scenario.runtime.n_gpu_layers
    if ngl is None or not ctx.scenario.runtime.gguf:
        return n, n, True
    return min(ngl, n), n, ngl > n


def gguf_cells(ctx: Ctx) -> Num:
    """llama.cpp's n_ctx: KV cells over all sequences (Ollama: num_ctx × parallel slots)."""
    s = ctx.scenario
    if s.runtime.spec.kv_cells == "slots":
        return float(slot_context(s, ctx.gpu) * s.runtime.parallel) + 0.0 * ctx.seq
    return ctx.seq * ctx.sequences


def gguf_host_ram(ctx: Ctx) -> tuple[float, str]:
    """CPU memory llama.cpp/Ollama needs besides the GPU: the token embedding, the layers not offloaded (and the output
    layer unless n_gpu_layers > n_layer), and those layers' K/V."""
    from core.memory.weights import gguf_split

    s = ctx.scenario
    if ctx.arch.decoder is None:
        return 0.0, ""
    _, cpu_w, _ = gguf_split(ctx, ctx.weights_fmt, list(ctx.pc.groups))
    on, n, _ = gpu_layers(ctx)
    cell, _ = kv_bytes_per_token(ctx)
    cpu_kv = highest(gguf_cells(ctx)) * cell * (n - on) / n if n else 0.0
    total = cpu_w + cpu_kv
    return total, Message(
        "host.gguf_layers" if on < n else "host.gguf",
        "{total} of CPU RAM for {runtime}: weights {weights} (token embedding"
        + (", {layers} layers not offloaded" if on < n else "")
        + ") + K/V of the layers in CPU memory {kv}; with mmap (the default) the file's pages are shared with the page "
        "cache",
        total=Bytes(total),
        runtime=s.runtime.name,
        weights=Bytes(cpu_w),
        layers=n - on,
        kv=Bytes(cpu_kv),
    )


def kv_bytes_per_token(ctx: Ctx) -> tuple[float, int]:
    """(bytes of one token's K and V over this GPU's attention layers, those layers), every layer keeping it."""
    st = ctx.stack
    if st is None or ctx.arch.decoder is None or not st.attention_layer_count:
        return 0.0, 0
    per, _ = per_token_elements(ctx)
    layers = math.ceil(st.kv_layer_count(*ATTENTION_MIXERS) * ctx.layers_per_stage / st.num_layers)
    layers += mtp_kv_layers(ctx)  # an MTP draft's attention layers share the pool (core.memory.speculative)
    return per * layers * quant.kv_bytes_per_element(kv_type(ctx)), layers


def _needs_more(needed: int) -> str:
    return Message(
        "engine.needs_more",
        " The workload needs {needed:,} tokens of KV cache: more than the pool holds.",
        needed=needed,
    )


def pool(ctx: Ctx, memory: Memory, budget: int) -> EnginePool | None:
    s = ctx.scenario
    if s.workload.mode != "inference" or ctx.arch.decoder is None:
        return None
    allocation = s.runtime.spec.allocation
    if allocation == "profiled-pool":
        return _vllm(ctx, memory, budget)
    if allocation == "static-pool":
        return _sglang(ctx, memory)
    if allocation == "fixed-buffers":
        return _gguf(ctx, memory)
    return None


def _needed(ctx: Ctx) -> int:
    """KV tokens the workload needs on one GPU (one DP-attention rank serves its share of the requests)."""
    w = ctx.scenario.workload
    return int(w.context * math.ceil(w.batch * w.concurrency / ctx.attn_dp))


def _non_kv(memory: Memory) -> int:
    return sum(i.bytes for i in memory.items if i.category != "kv_cache")


def _vllm(ctx: Ctx, memory: Memory, budget: int) -> EnginePool:
    s = ctx.scenario
    util = s.runtime.gpu_memory_utilization
    model = _non_kv(memory)
    kv_pool = max(0, budget - model)
    per_tok, layers = kv_bytes_per_token(ctx)
    page = VLLM_BLOCK * per_tok / layers if layers else 0.0
    blocks = int(kv_pool // page // layers) if layers else 0
    tokens = blocks * VLLM_BLOCK
    ctx_len = s.workload.context
    conc = tokens / ctx_len
    needed = _needed(ctx)
    seqs = vllm_max_num_seqs(ctx.gpu)
    piecewise, full = vllm_capture_sizes(seqs, s.runtime.max_num_batched_tokens)
    graphs = len(piecewise) + len(full)
    graph_bytes = graphs * VLLM_GRAPH_BYTES
    lines = stopped_at_start(s.runtime.spec, tokens) or (
        f"# GPU blocks: {blocks}",
        s.runtime.spec.kv_log.format(tokens=tokens),
        f"Maximum concurrency for {ctx_len:,} tokens per request: {conc:.2f}x",
        vllm_graphs_line(piecewise, full),
    )
    fits = model <= budget and tokens >= needed
    why: str = Message(
        "engine.vllm",
        "vLLM claims total × gpu_memory_utilization = {total} × {util:g} = {budget} per GPU at start, and nvidia-smi "
        "shows all of it whatever the load. Of it the model uses {model} (weights, the profile run's activation peak, "
        "non-torch memory); the KV pool fills the rest, {pool}: ⌊{pool} / ({block} tokens × {per_token} per token and "
        "layer) / {layers} layers⌋ = {blocks:,} blocks of {block} = {tokens:,} tokens, {conc:.2f} requests of "
        "{ctx_len:,} tokens.",
        total=Bytes(ctx.gpu.usable_bytes),
        util=util,
        budget=Bytes(budget),
        model=Bytes(model),
        pool=Bytes(kv_pool),
        block=VLLM_BLOCK,
        per_token=Bytes(page / VLLM_BLOCK),
        layers=layers,
        blocks=blocks,
        tokens=tokens,
        conc=conc,
        ctx_len=ctx_len,
    )
    why = concat(
        why,
        Message(
            "engine.vllm_graphs_v21",
            " Not counted here: CUDA graph memory (vLLM logs 'Graph capturing finished in N secs, took X GiB'). From "
            "v0.21.0 vLLM profiles it before sizing the pool and takes its estimate out of the share ('Estimated CUDA "
            "graph memory: X GiB total'; VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1 by default), so the pool is that "
            "much smaller and nvidia-smi still shows the share; before v0.21.0 (or with the variable set to 0) the "
            "graphs are captured after the pool is sized and come on top of the share (vLLM's V0 warning: 'CUDA graphs "
            "can take additional 1~3 GiB memory per GPU').",
        ),
        Message(
            "engine.vllm_graphs",
            " The graphs: {piecewise} piecewise sizes (largest {pw_max}) and {full} full decode sizes (largest "
            "{full_max}) at max_num_seqs {seqs}, vLLM's default on this GPU ('{line}'). Their memory is unverified: "
            "roughly {size_gib:.1f} GiB, assuming {per_graph_mib:.1f} MiB per graph (one published capture: "
            "Llama-3.2-1B, 0.21 GiB over "
            "35 graphs); held out, 67 graphs of Qwen2.5-7B took 0.51 GiB (this allowance gives 21 % less) and vLLM "
            "estimated 1.62 GiB for 86 graphs of a hybrid Qwen3.5 (68 % less). A graph's memory grows with the size "
            "it is captured for (one Llama-3.1-8B graph took 6 MiB at 104 tokens, 26 MiB at 464), and at TP 4 "
            "nvidia-smi showed 2.4 GiB more with graphs than without (Yi-34B, 35 graphs, vLLM 0.5.4): over the "
            "published logs this allowance is 2 % over to 91 % under.",
            piecewise=len(piecewise),
            pw_max=max(piecewise, default=0),
            full=len(full),
            full_max=max(full, default=0),
            seqs=seqs,
            line=vllm_graphs_line(piecewise, full),
            size_gib=graph_bytes / GIB,  # a rough figure, rounded as one
            per_graph_mib=VLLM_GRAPH_BYTES / MIB,
        ),
    )
    st = ctx.stack
    if st is not None and (st.mixer_count("sliding", "chunked", *COMPRESSED_MIXERS) or st.is_hybrid):
        why = concat(
            why,
            Message(
                "engine.vllm_hybrid",
                " This model has sliding-window, chunked or fixed-state layers: vLLM's hybrid allocator gives them "
                "fewer blocks, so it holds (and logs) more tokens than counted here, where every layer keeps every "
                "token.",
            ),
        )
    if model > budget:
        why = concat(
            why,
            Message(
                "engine.vllm_no_room",
                " The weights and activation peak alone exceed the share: vLLM stops at start (no memory for the KV "
                "cache); raise gpu_memory_utilization or use more GPUs.",
            ),
        )
    elif tokens < needed:
        why = concat(why, _needs_more(needed))
    return EnginePool(
        runtime=s.runtime.name,
        claimed_bytes=budget,
        model_bytes=model,
        kv_pool_bytes=kv_pool,
        kv_tokens=tokens,
        kv_blocks=blocks,
        block_size=VLLM_BLOCK,
        max_concurrency=conc,
        tokens_needed=needed,
        fits=fits,
        log_lines=lines,
        explanation=why,
        cuda_graphs=graphs,
        cuda_graph_bytes=round(graph_bytes),
        source="vllm/v1/worker/gpu_worker.py determine_available_memory; vllm/v1/core/kv_cache_utils.py; "
        "vllm/v1/worker/gpu_model_runner.py profile_cudagraph_memory (v0.21.0: first capture + (n - 1) x per-graph)",
    )


def _sglang(ctx: Ctx, memory: Memory) -> EnginePool:
    s = ctx.scenario
    chunk, graph_bs, frac = sglang_settings(s, ctx.gpu)
    free = ctx.gpu.usable_bytes - cuda_context_bytes(s)
    static = sglang_static(s, ctx.gpu)
    # the static share holds the weights, an MTP draft's weights too (core/memory/speculative.py), and the KV pool
    weights = sum(i.bytes for i in memory.items if i.key in ("weights", "mtp_weights"))
    # and, while it sizes the pool, the MTP draft's own 16-bit embedding and output head (freed right after)
    copies = sglang_vocab_copies(ctx)
    kv_pool = max(0.0, static - weights - copies)
    cell, layers = kv_bytes_per_token(ctx)
    tokens = int(kv_pool // cell) if cell else 0
    ctx_len = s.workload.context
    needed = _needed(ctx)
    outside = sum(i.bytes for i in memory.items if i.category in ("activations", "overhead"))
    claimed = int(
        cuda_context_bytes(s) + static + outside - next((i.bytes for i in memory.items if i.key == "cuda_context"), 0)
    )
    fits = weights + copies < static and tokens >= needed and claimed <= ctx.gpu.usable_bytes
    lines = stopped_at_start(s.runtime.spec, tokens) or (
        s.runtime.spec.kv_log.format(tokens=tokens) + f", K size: {tokens * cell / 2 / GIB:.2f} GB, "
        f"V size: {tokens * cell / 2 / GIB:.2f} GB",
        f"max_total_num_tokens={tokens}, chunked_prefill_size={chunk}, context_len={ctx_len}",
    )
    default = s.runtime.mem_fraction_static is None
    why: str = Message(
        "engine.sglang_default" if default else "engine.sglang",
        "SGLang keeps mem_fraction_static = {frac:.3f}"
        + (
            " (its default for {total} at TP {tp}: chunked_prefill_size {chunk:,}, cuda_graph_max_bs {graph_bs})"
            if default
            else ""
        )
        + " of the memory free at start ({free}) = {static} for the weights ({weights}) and the KV pool, which takes "
        "the rest: {pool} / {cell} per token ({layers} layers) = {tokens:,} tokens (max_total_num_tokens), "
        "{requests:.2f} requests of {ctx_len:,} tokens. Activations of a {chunk:,}-token prefill chunk and CUDA graphs "
        "live outside that share; nvidia-smi shows about {claimed} once they are allocated.",
        frac=frac,
        total=Bytes(ctx.gpu.usable_bytes),
        tp=ctx.tp,
        chunk=chunk,
        graph_bs=graph_bs,
        free=Bytes(free),
        static=Bytes(static),
        weights=Bytes(weights),
        pool=Bytes(kv_pool),
        cell=Bytes(cell),
        layers=layers,
        tokens=tokens,
        requests=tokens / ctx_len,
        ctx_len=ctx_len,
        claimed=Bytes(claimed),
    )
    if copies:
        why = concat(
            why,
            Message(
                "engine.sglang_mtp_vocab_copies",
                " While SGLang sizes the pool, the MTP draft still holds its own embedding and output head in 16 bits "
                "({copies}: vocabulary {vocab:,} × hidden {hidden:,} × 2 bytes each, split over TP); it shares the "
                "model's only afterwards, and the pool does not get that memory back.",
                copies=Bytes(copies),
                vocab=ctx.arch.vocab_size,
                hidden=ctx.arch.decoder.hidden_size if ctx.arch.decoder else 0,
            ),
        )
    dp = ctx.attn_dp
    if dp > 1:
        w = s.workload
        figures: dict[str, Param] = {
            "dp": dp,
            "attn_tp": ctx.attn_tp,
            "tp": s.parallelism.tp,
            "share": math.ceil(w.batch * w.concurrency / dp),
            "requests": w.batch * w.concurrency,
            "all_tokens": tokens * dp,
            "chunk": chunk,
        }
        dp_why = (
            Message(
                "engine.sglang_dp_attention_default",
                " DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each "
                "holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) "
                "and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and "
                "max_total_num_tokens above are one group's, {all_tokens:,} tokens over the {dp} groups. SGLang "
                "divides chunked_prefill_size by dp ({chunk:,} per rank), and its default share keeps a further "
                "cuda_graph_max_bs · dp · {per:g} MiB = {reserve} free for DP attention's padding.",
                per=4.5 if graph_bs > 300 else 3,
                reserve=Bytes(sglang_dp_reserve(graph_bs, dp) * MIB),
                **figures,
            )
            if default
            else Message(
                "engine.sglang_dp_attention",
                " DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each "
                "holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) "
                "and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and "
                "max_total_num_tokens above are one group's, {all_tokens:,} tokens over the {dp} groups. SGLang "
                "divides chunked_prefill_size by dp ({chunk:,} per rank).",
                **figures,
            )
        )
        why = concat(why, dp_why)
    if weights + copies >= static:
        why = concat(
            why,
            Message(
                "engine.sglang_no_room",
                " The weights exceed the static share: SGLang stops at start (raise mem_fraction_static).",
            ),
        )
    elif tokens < needed:
        why = concat(why, _needs_more(needed))
    return EnginePool(
        runtime=s.runtime.name,
        claimed_bytes=claimed,
        model_bytes=claimed - int(kv_pool),
        kv_pool_bytes=int(kv_pool),
        kv_tokens=tokens,
        kv_blocks=None,
        block_size=1,
        max_concurrency=tokens / ctx_len,
        tokens_needed=needed,
        fits=fits,
        log_lines=lines,
        explanation=why,
        source="sglang srt/server_args.py _handle_gpu_memory_settings; srt/model_executor/model_runner.py",
    )


def _gguf(ctx: Ctx, memory: Memory) -> EnginePool:
    s = ctx.scenario
    name = s.runtime.name
    wrapped = s.runtime.spec.wraps is not None
    n_ctx = int(highest(gguf_cells(ctx)))
    kv = memory.item("kv_cache")
    on_gpu, n, out = gpu_layers(ctx)
    cell, _ = kv_bytes_per_token(ctx)
    lines = (
        s.runtime.spec.kv_log.format(tokens=n_ctx),
        f"load_tensors: offloaded {on_gpu + (1 if out else 0)}/{n + 1} layers to GPU",
    )
    why = Message(
        "engine.ollama" if wrapped else "engine.llama_cpp",
        ("Ollama runs llama.cpp, which" if wrapped else "llama.cpp")
        + " allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer's K and V on "
        "the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it "
        "allocates, no more.",
        n_ctx=n_ctx,
        on_gpu=on_gpu,
        n=n,
        kv=Bytes(kv.bytes if kv else 0),
    )
    total = memory.total
    return EnginePool(
        runtime=name,
        claimed_bytes=total,
        model_bytes=total - (kv.bytes if kv else 0),
        kv_pool_bytes=kv.bytes if kv else 0,
        kv_tokens=n_ctx,
        kv_blocks=None,
        block_size=1,
        max_concurrency=None,
        tokens_needed=_needed(ctx),
        fits=cell == 0 or n_ctx >= 1,
        log_lines=lines,
        explanation=why,
        source="llama.cpp src/llama-kv-cache.cpp, src/llama-model.cpp (load_tensors)",
    )
