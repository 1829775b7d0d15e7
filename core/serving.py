"""Serving planner: a load and latency targets → replicas, GPUs, parallelism and cost, with the KV-cache capacity
and the batch each replica sustains. Nothing here re-derives a formula: memory and fit are the estimate's
(core.estimate), the largest concurrency that fits is core.sweep's, and every time is core.compute's roofline.

For each replica layout (tensor parallel 1, 2, 4, 8 within a node, the degree dividing the attention heads):
    KV capacity  = the largest number of concurrent requests of P + O tokens that fits (sweep.largest_concurrency)
    batch b      = the largest concurrency ≤ capacity whose decode step keeps the time per output token ≤ target
    TPOT(b)      = decode step(b) + (b − 1) × prefill share / O   (the other requests' prefills interrupt the
                   decode once per request; a request's own prefill is its TTFT, not part of its TPOT)
    TTFT         = prefill of one P-token prompt alone (compute's roofline; queueing not included)
    requests/s   = b / (TTFT + O × TPOT(b))   (Little's law: b requests in flight, each TTFT + O × TPOT long)
    replicas     = ⌈load / requests/s per replica⌉   (streams: ⌈streams / b⌉)
A layout that does not fit, or misses a target, serves nothing: it is listed with the reason and never planned.

The compute-budget method for vision and video services: cards = ⌈per-stream ops × streams / (card ops ×
utilisation)⌉.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core import runtimes, sweep
from core.compute import cnn_forward_flops
from core.errors import SizingError
from core.estimate import estimate, resolve_gpu
from core.hardware import GpuSpec
from core.messages import Message, Text
from core.result import Estimate
from core.scenario import Parallelism, Scenario

# The stated error of the timing, per engine and figure: (lowest, highest) of estimate / measured − 1 over the
# held-out published benchmarks in tests/data/reference/serving-measured.jsonl (bench/serving_accuracy.py prints
# them; tests/core/test_serving_accuracy.py holds every case inside its band). Negative = optimistic for times.
DECODE = "decode time per output token"
TTFT = "time to first token"
LATENCY = "end-to-end latency of a fixed batch"
THROUGHPUT = "output tokens/s at the stated concurrency"
POISSON = "time per output token under Poisson arrivals (ShareGPT lengths)"
TIME_ERROR: dict[str, dict[str, tuple[float, float]]] = {
    # NVIDIA NIM 1.8.0, Llama-3.3-70B FP8 on 2 × H100, 1-50 concurrent requests of 5,000 + 500 and 500 + 2,000
    "NIM": {DECODE: (-0.04, 0.0), THROUGHPUT: (0.0, 0.07), TTFT: (-0.45, -0.41)},
    # vLLM's nightly latency benchmark on H200 (batch 8 of 32 + 128 tokens; 8B TP1, 70B TP4, Mixtral TP2); vLLM
    # 0.6.0 at 4 and 8 requests/s of ShareGPT (Llama-3.1-8B on an A100, 70B TP4 on H100; SGLang's README); one request
    # at a time through vLLM's API (tt-inference-server's sweeps: Qwen3-14B on an A100, Qwen3-4B on an RTX 4090)
    "vLLM": {LATENCY: (-0.20, 0.0), POISSON: (-0.33, -0.18), DECODE: (-0.22, 0.05)},
    # SGLang 0.3.0, the same two setups and rates
    "SGLang": {POISSON: (-0.40, -0.13)},
    # llama-bench tg128 (batch 1) on RTX 3090 / 4090 (F16, Q8_0, Q4_0), an M2 Max (Llama Q4_0; Mixtral 8x7B Q4_0
    # and Q8_0, reading 2 of 8 experts a layer) and an M2 Ultra (Qwen3-Coder-30B-A3B Q8_0)
    "llama.cpp": {DECODE: (-0.39, 0.03)},
}
_WHY = Message(
    "serving.error_model",
    "The model: a decode step reads the weights and the KV cache once at 80 % of the memory bandwidth (llama.cpp F16 "
    "on an RTX 4090 implies 0.82), plus the engine's fixed cost of a step — vLLM and SGLang 1.0 ms (the geometric mean "
    "of 0.3 ms published for vLLM 0.23 with Llama-3.1-8B and 3.5 ms for Qwen3-0.6B through an A100 server's streaming "
    "API), and per mixture-of-experts layer 42 µs in vLLM, 82 µs in llama.cpp (Qwen3-30B-A3B on an A100 and an RTX "
    "4090) — plus 2 all-reduces per layer × 23 µs with tensor parallelism (NIM's TP2 Llama-3.3-70B at one request); "
    "prefill is a compute roofline at 78 % of the dense peak.",
)
EXPECTED_ERROR: dict[str, str] = {
    "vllm": Message(
        "serving.error_vllm",
        "time per output token within −4 to 0 % of NVIDIA NIM 1.8.0's published Llama-3.3-70B FP8 on 2 × H100 "
        "(1-50 concurrent requests, held out) and throughput at that concurrency 0-7 % optimistic; vLLM's own "
        "batch-8 latency on H200 0-20 % optimistic; one request at a time through vLLM's API 22 % optimistic to 5 % "
        "pessimistic (Qwen3-14B on an A100, Qwen3-4B on an RTX 4090). The fixed cost of a step differs tenfold between "
        "published setups (0.3 ms for vLLM 0.23, 3.5 ms through an A100 server's streaming API in mid-2025): for a "
        "model under 2 B parameters at one request the time per token can be off by half either way. Time to first "
        "token 41-45 % optimistic (request handling, and prefill below 78 % of the peak). Under Poisson arrivals (a "
        "request rate, ShareGPT lengths: SGLang's published vLLM 0.6 and SGLang 0.3 runs at 4 and 8 requests/s) the "
        "time per output token is 13-40 % optimistic, the more so the higher the rate: prefills arriving at random "
        "stall the decode more than their average share, which is what the model adds. {why}",
        why=_WHY,
    ),
    "llama.cpp": Message(
        "serving.error_llama_cpp",
        "time per output token 39 % optimistic to 3 % pessimistic against llama-bench tg128 (RTX 3090 / 4090 F16, "
        "Q8_0, Q4_0, an M2 Max and an M2 Ultra, Mixtral 8x7B and Qwen3-30B-A3B among them; median 14 % optimistic on "
        "GeForce cards, 17 % on Apple silicon): quantized weights are read well below the bandwidth (dequantization, "
        "and about 3 ms of launches per token in the 2023-24 builds measured, which the model does not add for dense "
        "models), and a mixture-of-experts model on Apple silicon pays about twice the routing cost per layer fitted "
        "on an RTX 4090 (Qwen3-30B-A3B Q8_0 on an M2 Ultra: 31 % optimistic). {why}",
        why=_WHY,
    ),
    "hf": Message(
        "serving.error_hf",
        "not measured against a published serving benchmark: a plain transformers server has no CUDA graphs or "
        "paged attention and runs slower than this roofline (the model gives it vLLM's fixed step cost, a floor); "
        "vLLM's figures (within 4 % for decode on H100, up to 22 % optimistic at small batches) are the closest. {why}",
        why=_WHY,
    ),
}
EXPECTED_ERROR["sglang"] = Message(
    "serving.error_sglang",
    "SGLang 0.3.0 at 4 and 8 requests/s (Llama-3.1-8B on an A100, 70B TP4 on H100; ShareGPT lengths): time per "
    "output token 13-40 % optimistic (random prefills stall the decode more than their average share). Otherwise "
    "as vLLM: {vllm}",
    vllm=EXPECTED_ERROR["vllm"],
)
EXPECTED_ERROR["ollama"] = Message(
    "serving.error_ollama", "Ollama runs llama.cpp: {llama_cpp}", llama_cpp=EXPECTED_ERROR["llama.cpp"]
)


# the engines whose published benchmarks stand for a runtime's timing (core/runtimes.py timing_held_by)
HELD_BY: dict[str, tuple[str, ...]] = {e.id: e.timing_held_by for e in runtimes.ENGINES.values()}


def expected_error(runtime: str) -> str:
    return EXPECTED_ERROR.get(runtime, EXPECTED_ERROR["vllm"])


def time_error_bands(runtime: str) -> tuple[tuple[str, str, float, float], ...]:
    """(engine, figure, lowest, highest error) of the published benchmarks that stand for this runtime."""
    return tuple(
        (eng, fig, lo, hi) for eng in HELD_BY.get(runtime, ("NIM", "vLLM")) for fig, (lo, hi) in TIME_ERROR[eng].items()
    )


class ServingError(SizingError):
    pass


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ServingLoad(_Frozen):
    """One of requests_per_second, output_tokens_per_second or streams, with the request's shape."""

    requests_per_second: float | None = Field(None, gt=0)
    output_tokens_per_second: float | None = Field(None, gt=0, description="generated tokens/s over all users")
    streams: int | None = Field(None, gt=0, description="concurrent streams, each generating continuously")
    prompt_tokens: int = Field(1024, ge=1)
    output_tokens: int = Field(256, ge=1)

    @model_validator(mode="after")
    def _one(self) -> ServingLoad:
        given = [x for x in (self.requests_per_second, self.output_tokens_per_second, self.streams) if x is not None]
        if len(given) != 1:
            raise ValueError(
                Message(
                    "serving.one_load",
                    "give exactly one load: requests per second, output tokens per second, or streams",
                )
            )
        return self

    @property
    def rate(self) -> float | None:
        """Requests per second, where the load is a rate."""
        if self.requests_per_second is not None:
            return self.requests_per_second
        if self.output_tokens_per_second is not None:
            return self.output_tokens_per_second / self.output_tokens
        return None


class ReplicaOption(_Frozen):
    tp: int
    gpus_per_replica: int
    layout: str
    fits: bool
    kv_capacity_requests: int | None = Field(None, description="concurrent requests of prompt + output that fit")
    kv_cache_bytes: int | None = Field(None, description="KV cache per GPU at that capacity")
    batch: int | None = Field(None, description="concurrent requests sustained within the TPOT target")
    ttft_seconds: float | None = None
    tpot_seconds: float | None = Field(None, description="time per output token at that batch")
    requests_per_second: float | None = Field(None, description="per replica")
    output_tokens_per_second: float | None = Field(None, description="per replica")
    replicas: int | None = None
    total_gpus: int | None = None
    cost_per_hour: float | None = None
    meets_targets: bool = False
    reason: Text = ""
    explanation: Text = ""


class ServingPlan(_Frozen):
    model_name: str
    gpu_name: str
    load: ServingLoad
    ttft_target: float | None
    tpot_target: float | None
    chosen: ReplicaOption | None = Field(description="the fewest GPUs that meet the targets; None if none does")
    options: tuple[ReplicaOption, ...]
    notes: tuple[Text, ...] = ()
    expected_error: Text = EXPECTED_ERROR["vllm"]
    time_error: tuple[tuple[str, str, float, float], ...] = Field(
        (), description="(engine, figure, lowest, highest) estimate / measured − 1 over held-out published benchmarks"
    )


def _base(scenario: Scenario, load: ServingLoad) -> Scenario:
    data = scenario.model_dump()
    data["workload"].update(
        mode="inference",
        context=load.prompt_tokens + load.output_tokens,
        output_tokens=load.output_tokens,
        batch=1,
        concurrency=1,
        target_tokens_per_second=0.0,
    )
    return Scenario.model_validate(data)


def _with_tp(s: Scenario, tp: int) -> Scenario | None:
    try:
        par = Parallelism.model_validate({**s.parallelism.model_dump(), "gpus": tp, "tp": tp, "pp": 1})
        return s.model_copy(update={"parallelism": par})._check_rules()
    except ValueError:
        return None


class Timing(_Frozen):
    """One replica serving `batch` requests at once (continuous batching), from compute's roofline."""

    batch: int
    step_seconds: float = Field(description="one decode step for the whole batch: weights + KV cache read")
    prefill_share_seconds: float = Field(description="prefill of one prompt within a batch of prefills")
    tpot_seconds: float = Field(description="time per output token a user sees: step + the prefills that join")
    ttft_seconds: float = Field(description="prefill of one prompt alone (no queueing)")
    explanation: Text


def timing(s: Scenario, batch: int, estimates: dict[int, Estimate] | None = None) -> Timing | None:
    """Time per output token at `batch` concurrent requests of the scenario's context and output length.

    With continuous batching a request joins while others decode, so over one request's O output tokens the batch
    also runs the prefills of the b − 1 other requests that replace theirs: TPOT = step(b) + (b − 1) × prefill
    share / O. Held to published benchmarks in tests/core/test_serving_accuracy.py (EXPECTED_ERROR)."""
    cache = {} if estimates is None else estimates

    def at(b: int) -> Estimate:
        if b not in cache:
            cache[b] = estimate(s.changed("workload.concurrency", b))
        return cache[b]

    one, eb = at(1), at(batch)
    d, ttft, pre = eb.compute.decode_tokens_per_second, one.compute.time_to_first_token, eb.compute.prefill_seconds
    if not d or ttft is None or pre is None:
        return None
    step = 1 / d
    share = pre / batch
    o = max(1, s.workload.output_tokens)
    tpot = step + (batch - 1) * share / o
    return Timing(
        batch=batch,
        step_seconds=step,
        prefill_share_seconds=share,
        tpot_seconds=tpot,
        ttft_seconds=ttft,
        explanation=Message(
            "serving.timing",
            "decode step {step:,.2f} ms for {batch:,} requests + {others:,} × {share:,.2f} ms prefill share / {o:,} "
            "output tokens = {tpot:,.2f} ms per output token; TTFT {ttft:,.0f} ms alone",
            step=step * 1e3,
            batch=batch,
            others=batch - 1,
            share=share * 1e3,
            o=o,
            tpot=tpot * 1e3,
            ttft=ttft * 1e3,
        ),
    )


def _option(s: Scenario, load: ServingLoad, ttft_target: float | None, tpot_target: float | None) -> ReplicaOption:
    p = s.parallelism
    layout = "one GPU" if p.tp == 1 else f"tensor parallel × {p.tp}"
    base = {"tp": p.tp, "gpus_per_replica": p.gpus, "layout": layout}
    est1 = estimate(s)
    if not est1.fit.fits:
        short = -est1.fit.headroom_bytes / 2**30
        return ReplicaOption(
            **base,
            fits=False,
            reason=Message(
                "serving.reason_no_fit",
                "one request of {context:,} tokens does not fit (short {short:,.2f} GiB)",
                context=s.workload.context,
                short=short,
            ),
        )
    cap = sweep.largest_concurrency(s) or 1
    cache: dict[int, Estimate] = {1: est1}
    t1 = timing(s, 1, cache)
    if t1 is None:
        return ReplicaOption(
            **base,
            fits=True,
            kv_capacity_requests=cap,
            reason=Message("serving.reason_no_timing", "the GPU's peak or bandwidth is unknown: no timing"),
        )
    ttft = t1.ttft_seconds

    def tp_at(b: int) -> float:
        t = timing(s, b, cache)
        assert t is not None
        return t.tpot_seconds

    def ok(b: int) -> bool:
        return tpot_target is None or tp_at(b) <= tpot_target

    kv_item = estimate(s.changed("workload.concurrency", cap)).memory.item("kv_cache")
    common = {**base, "fits": True, "kv_capacity_requests": cap, "kv_cache_bytes": kv_item.bytes if kv_item else 0}
    if ttft_target is not None and ttft > ttft_target:
        return ReplicaOption(
            **common,
            ttft_seconds=ttft,
            tpot_seconds=t1.tpot_seconds,
            reason=Message(
                "serving.reason_ttft",
                "time to first token {ttft:,.0f} ms > target {target:,.0f} ms even alone",
                ttft=ttft * 1e3,
                target=ttft_target * 1e3,
            ),
        )
    if not ok(1):
        return ReplicaOption(
            **common,
            ttft_seconds=ttft,
            tpot_seconds=t1.tpot_seconds,
            reason=Message(
                "serving.reason_tpot",
                "time per output token {tpot:,.1f} ms > target even for one request",
                tpot=t1.tpot_seconds * 1e3,
            ),
        )
    lo, hi = 1, cap
    if not ok(hi):
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if ok(mid) else (lo, mid)
        b = lo
    else:
        b = hi
    tb = timing(s, b, cache)
    assert tb is not None
    tpot = tb.tpot_seconds
    o = load.output_tokens
    latency = ttft + o * tpot
    rps = b / latency
    if load.streams is not None:
        replicas = math.ceil(load.streams / b)
        how = Message("serving.how_streams", "{streams:,} streams ÷ {b:,} per replica", streams=load.streams, b=b)
    else:
        rate = load.rate
        assert rate is not None
        replicas = math.ceil(rate / rps)
        how = Message("serving.how_rate", "⌈{rate:,.3g} req/s ÷ {rps:,.3g} req/s per replica⌉", rate=rate, rps=rps)
    price = s.cost.price_per_gpu_hour or resolve_gpu(s).price_usd_per_hour
    total = replicas * p.gpus
    expl = Message(
        "serving.explanation",
        "KV capacity {cap:,} requests of {context:,} tokens (largest concurrency that fits); batch {b:,} keeps TPOT at "
        "{tpot:,.1f} ms{limit}; TTFT {ttft:,.0f} ms for one {prompt:,}-token prompt ({timing}); per replica {b:,} "
        "requests / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = {rps:,.3g} req/s = {tokens:,.0f} output tokens/s "
        "(Little's law: {latency:,.2f} s per request); replicas = {how} → {replicas:,} × {gpus} GPU = {total:,} GPUs",
        cap=cap,
        context=s.workload.context,
        b=b,
        tpot=tpot * 1e3,
        limit=""
        if tpot_target is None
        else Message("serving.tpot_limit", " (≤ {target:,.0f} ms)", target=tpot_target * 1e3),
        ttft=ttft * 1e3,
        prompt=load.prompt_tokens,
        timing=tb.explanation,
        o=o,
        rps=rps,
        tokens=rps * o,
        latency=latency,
        how=how,
        replicas=replicas,
        gpus=p.gpus,
        total=total,
    )
    return ReplicaOption(
        **common,
        batch=b,
        ttft_seconds=ttft,
        tpot_seconds=tpot,
        requests_per_second=rps,
        output_tokens_per_second=rps * o,
        replicas=replicas,
        total_gpus=total,
        cost_per_hour=total * price if price else None,
        meets_targets=True,
        explanation=expl,
    )


def plan_serving(
    scenario: Scenario,
    load: ServingLoad,
    *,
    ttft_target: float | None = None,
    tpot_target: float | None = None,
    tp_options: tuple[int, ...] = (1, 2, 4, 8),
) -> ServingPlan:
    """Replicas and GPUs of the scenario's GPU type, model, weight format and runtime for `load` within the
    latency targets (seconds). Each tensor-parallel degree is one option; `chosen` is the fewest GPUs."""
    if ttft_target is not None and ttft_target <= 0:
        raise ServingError(Message("serving.bad_ttft", "--ttft must be positive, not {ttft}", ttft=ttft_target))
    if tpot_target is not None and tpot_target <= 0:
        raise ServingError(Message("serving.bad_tpot", "--tpot must be positive, not {tpot}", tpot=tpot_target))
    arch = scenario.model.architecture
    if arch.decoder is None:
        raise ServingError(
            Message(
                "serving.no_tokens",
                "{model} does not generate tokens; plan an image or video service with the compute-budget method "
                "(--per-stream-tops, or --model with --fps)",
                model=arch.name,
            )
        )
    s = _base(scenario, load)
    options = []
    for tp in tp_options:
        cand = _with_tp(s, tp)
        if cand is not None:
            options.append(_option(cand, load, ttft_target, tpot_target))
    good = [o for o in options if o.meets_targets and o.total_gpus is not None]
    chosen = min(good, key=lambda o: (o.total_gpus or 0, o.tp)) if good else None
    notes: list[str] = []
    if chosen is None:
        notes.append(
            Message(
                "serving.note_none",
                "no tensor-parallel degree up to 8 both fits and meets the targets on this GPU: see each reason",
            )
        )
    if not s.runtime.spec.continuous_batching:
        notes.append(
            Message(
                "serving.note_hf",
                "runtime hf: a plain transformers server has no paged KV cache or continuous batching; the batches "
                "assume an engine that has them (vLLM, SGLang, TensorRT-LLM)",
            )
        )
    return ServingPlan(
        model_name=arch.name,
        gpu_name=resolve_gpu(s).name,
        load=load,
        ttft_target=ttft_target,
        tpot_target=tpot_target,
        chosen=chosen,
        options=tuple(options),
        notes=tuple(notes),
        expected_error=expected_error(s.runtime.name),
        time_error=time_error_bands(s.runtime.name),
    )


class ComputeBudget(_Frozen):
    """Cards for a vision or video service from compute alone: per-stream ops × streams ÷ (card ops × utilisation)."""

    per_stream_ops: float = Field(description="operations per second one stream needs (OP/s)")
    streams: int
    card_ops: float = Field(description="the card's dense peak (OP/s) at the precision used")
    utilisation: float
    cards: int
    precision: str = ""
    formula: str
    explanation: Text


def compute_budget(
    per_stream_ops: float,
    streams: int,
    card_ops: float,
    utilisation: float,
    *,
    precision: str = "",
    why_per_stream: str = "",
    unit: Literal["TOPS", "TFLOP/s"] = "TOPS",
) -> ComputeBudget:
    if per_stream_ops <= 0 or card_ops <= 0:
        raise ServingError(Message("serving.bad_throughput", "per-stream and card throughput must be positive"))
    if streams < 1:
        raise ServingError(
            Message("serving.bad_streams", "--streams must be at least 1, not {streams}", streams=streams)
        )
    if not 0 < utilisation <= 1:
        raise ServingError(
            Message(
                "serving.bad_utilisation", "--utilisation must be in (0, 1], not {utilisation}", utilisation=utilisation
            )
        )
    need = per_stream_ops * streams / (card_ops * utilisation)
    cards = max(1, math.ceil(need - 1e-9))
    formula = (
        f"⌈{per_stream_ops / 1e12:,.4g} {unit} × {streams:,} streams ÷ ({card_ops / 1e12:,.4g} {unit} × "
        f"{utilisation:.0%})⌉ = ⌈{need:,.3f}⌉ = {cards:,}"
    )
    return ComputeBudget(
        per_stream_ops=per_stream_ops,
        streams=streams,
        card_ops=card_ops,
        utilisation=utilisation,
        cards=cards,
        precision=precision,
        formula=formula,
        explanation=Message(
            "serving.budget_why",
            "{why}; utilisation is the share of the card's peak the deployed network reaches (measure it, or take "
            "the vendor's benchmark for this network over its peak)",
            why=why_per_stream,
        )
        if why_per_stream
        else Message(
            "serving.budget",
            "utilisation is the share of the card's peak the deployed network reaches (measure it, or take the "
            "vendor's benchmark for this network over its peak)",
        ),
    )


def card_peak(gpu: GpuSpec) -> tuple[float, str]:
    """The card's dense peak for the compute budget: int8 where published (vision inference runs int8), else bf16."""
    precision = "int8" if gpu.peak_flops("int8") else "bf16"
    peak = gpu.peak_flops(precision)
    if peak is None:
        raise ServingError(
            Message(
                "serving.no_peak", "{gpu}: no published dense int8 or bf16 peak; give the card's TOPS", gpu=gpu.name
            )
        )
    return peak, precision


def per_stream_ops(scenario: Scenario, fps: float) -> tuple[float, str]:
    """Operations per second one video stream of a CNN needs: forward FLOPs per frame (2 × MACs, at the scenario's
    image size) × frames per second; with the words that say so."""
    arch = scenario.model.architecture
    if arch.cnn is None:
        raise ServingError(
            Message("serving.not_cnn", "{model} is not a CNN; give the TOPS one stream needs instead", model=arch.name)
        )
    if not fps > 0:
        raise ServingError(Message("serving.bad_fps", "--fps must be positive, not {fps}", fps=fps))
    per_frame = cnn_forward_flops(scenario)
    return per_frame * fps, Message(
        "serving.per_stream",
        "per stream {gflops:,.3f} GFLOPs per frame (forward, 2 × MACs) × {fps:g} fps",
        gflops=per_frame / 1e9,
        fps=fps,
    )
