"""Memory that is not a framework tensor: CUDA context, library workspaces, allocator slack, and the
runtime-specific pools (vLLM's profile-time non-torch memory, llama.cpp's compute buffer)."""

from __future__ import annotations

from core.memory.context import Ctx, Num, PhaseItem, highest
from core.messages import Bytes, Message
from core.result import Phase
from core.scenario import Scenario

MIB = 2**20
GIB = 2**30

# The typical CUDA context is each engine's cuda_context_mib (core/runtimes.py). A PyTorch process: CUDA context +
# cuBLAS/cuDNN handles as nvidia-smi shows them before it allocates tensors; lazy module loading
# (CUDA_MODULE_LOADING=LAZY, default since CUDA 11.7 / PyTorch 2.x) keeps it near 0.5 GiB on recent GPUs; it grows with
# the number of SMs and loaded kernels. Not measured here (no GPU): expected error ±200 MiB. llama.cpp/Ollama: a CUDA
# context with ggml's kernels only (no cuBLAS workspace until a matmul needs it), about 300 MiB.
# vLLM worker 'Memory profiling results' (measured-cases.jsonl: inf-vllm-llama3-8b-nontorch-tp1/-tp2):
# non-torch memory (CUDA context, NCCL, custom all-reduce buffers) 1.79 GiB at TP 1 and 3.58 GiB at TP 2.
VLLM_NONTORCH = {1: 1.79 * GIB, 2: 3.58 * GIB}
# Caching-allocator slack (reserved − allocated at the peak): fragmentation of freed blocks. Training
# frees and re-allocates activations of varying sizes every step; inference mostly grows the KV cache.
SLACK = {"training": 0.05, "inference": 0.02}


def typical_cuda_context_bytes(scenario: Scenario) -> float:
    """The runtime's typical CUDA context and libraries per GPU process: PyTorch runtimes 500 MiB, llama.cpp/Ollama
    300 MiB (what a scenario gets when it sets no figure of its own)."""
    return float(scenario.runtime.spec.cuda_context_mib * MIB)


def cuda_context_bytes(scenario: Scenario) -> float:
    """The CUDA context and libraries per GPU process: the scenario's figure where set, else the runtime's typical
    value (typical_cuda_context_bytes)."""
    r = scenario.runtime
    if r.cuda_context_mib is not None:
        return float(r.cuda_context_mib * MIB)
    return typical_cuda_context_bytes(scenario)


def overhead_items(ctx: Ctx, allocated: dict[Phase, Num]) -> list[PhaseItem]:
    """`allocated`: the framework's tensors at each phase (slack is a share of what is allocated then)."""
    s = ctx.scenario
    engine = s.runtime.spec
    items: list[PhaseItem] = []
    phases: tuple[Phase, ...] = (
        ("forward", "backward", "backward_end", "optimizer_step") if ctx.training else ("prefill", "decode", "serving")
    )
    if engine.cuda_context == "non-torch":
        nt = VLLM_NONTORCH.get(ctx.tp, VLLM_NONTORCH[2])
        items.append(
            PhaseItem(
                "runtime_overhead",
                Message("item.vllm_non_torch_memory", "vLLM non-torch memory"),
                "overhead",
                dict.fromkeys(phases, nt),
                "measured: 1.79 GiB (TP 1), 3.58 GiB (TP ≥ 2)",
                Message(
                    "expl.vllm_nontorch",
                    "CUDA context, NCCL and custom all-reduce buffers as vLLM's memory profiler reports them for "
                    "Llama-3-8B = {size} per GPU.",
                    size=Bytes(nt),
                ),
                {"tp": ctx.tp},
                "vLLM worker memory profiling (measured-cases.jsonl inf-vllm-llama3-8b-nontorch-tp1/tp2)",
            )
        )
        return items
    if engine.allocation == "static-pool":
        p = s.parallelism
        meta = 512 * MIB + p.tp * p.pp / 8 * GIB
        items.append(
            PhaseItem(
                "sglang_overhead",  # its own id: "runtime_overhead" is vLLM's measured non-torch memory
                Message("item.sglang_metadata_and_communication", "SGLang metadata and communication"),
                "overhead",
                dict.fromkeys(phases, meta),
                "512 MiB + tp · pp / 8 GiB",
                Message(
                    "expl.sglang_meta",
                    "SGLang's allowance outside mem_fraction_static for the attention backend's constant metadata "
                    "(512 MiB) and, growing with the parallel size, communication buffers = {size}.",
                    size=Bytes(meta),
                ),
                {"tp": p.tp, "pp": p.pp},
                "sglang python/sglang/srt/server_args.py _handle_gpu_memory_settings (reserved_mem)",
            )
        )
    ctx_bytes = cuda_context_bytes(s)
    if s.runtime.cuda_context_mib is not None:
        formula = "set in the scenario"
        explanation = Message(
            "expl.cuda_context_set",
            "The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor: {size}, as "
            "set in the scenario (the runtime's typical value is {typical}).",
            size=Bytes(ctx_bytes),
            typical=Bytes(typical_cuda_context_bytes(s)),
        )
        source = "set in the scenario (runtime.cuda_context_mib)"
    else:
        formula = "typical value: ≈ 500 MiB (PyTorch) / 300 MiB (llama.cpp)"
        explanation = Message(
            "expl.cuda_context",
            "The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor; about "
            "{size} with lazy module loading (varies ±200 MiB with GPU and driver).",
            size=Bytes(ctx_bytes),
        )
        source = "typical nvidia-smi reading of an idle CUDA process"
    items.append(
        PhaseItem(
            "cuda_context",
            Message("item.cuda_context_libraries", "CUDA context & libraries"),
            "overhead",
            dict.fromkeys(phases, ctx_bytes),
            formula,
            explanation,
            {"cuda_context_mib": ctx_bytes / MIB},
            source,
        )
    )
    if engine.allocation == "on-demand":  # vLLM and SGLang size their pools themselves; llama.cpp: fixed buffers
        frac = SLACK["training" if ctx.training else "inference"]
        slack = {ph: frac * allocated[ph] for ph in phases if ph in allocated}
        items.append(
            PhaseItem(
                "allocator_slack",
                Message("item.allocator_slack_fragmentation", "Allocator slack (fragmentation)"),
                "overhead",
                slack,
                f"{frac:.0%} · allocated",
                lambda: Message(
                    "expl.slack_training" if ctx.training else "expl.slack_inference",
                    "PyTorch's caching allocator reserves more than it hands out: freed blocks of other sizes stay "
                    "reserved. Typically {frac:.0%} of the peak allocation for "
                    + ("training" if ctx.training else "inference")
                    + " = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.",
                    frac=frac,
                    size=Bytes(highest(max(slack.values(), key=lambda v: highest(v)))),
                ),
                {"fraction": frac},
            )
        )
    return items
