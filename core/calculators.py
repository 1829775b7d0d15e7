"""Small calculators: tensor size from shape × dtype, GPU FLOP/s from cores × clock × FLOPs per cycle, and the CPU
RAM needed to load a model's weights per runtime. Each result carries its formula and explanation."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core import quant
from core.errors import SizingError
from core.messages import Message, Text
from core.units import GB, GIB, format_bytes

# Bytes per element of plain dtypes (PyTorch's element sizes: torch.finfo/iinfo bits / 8).
DTYPE_BYTES: dict[str, float] = {
    "fp64": 8,
    "fp32": 4,
    "tf32": 4,
    "bf16": 2,
    "fp16": 2,
    "fp8": 1,
    "fp4": 0.5,
    "int64": 8,
    "int32": 4,
    "int16": 2,
    "int8": 1,
    "uint8": 1,
    "int4": 0.5,
    "bool": 1,
}
DTYPE_ALIASES = {
    "float64": "fp64",
    "double": "fp64",
    "float32": "fp32",
    "float": "fp32",
    "bfloat16": "bf16",
    "float16": "fp16",
    "half": "fp16",
    "float8": "fp8",
    "fp8_e4m3": "fp8",
    "fp8_e5m2": "fp8",
    "long": "int64",
    "int": "int32",
}


class CalculatorError(SizingError):
    pass


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


def known_dtypes() -> list[str]:
    """Every dtype `tensor_size` accepts: plain element types, then GGML block types (q4_0, q8_0, …)."""
    return list(DTYPE_BYTES) + sorted(k for k in quant.ggml_types() if k not in ("f32", "f16", "bf16"))


def parse_shape(text: str) -> list[int]:
    """'8, 4096, 4096', '8x4096x4096', '8×4096×4096' or '4_096 4_096' → [8, 4096, 4096]."""
    parts = text.replace("×", ",").replace("x", ",").replace("X", ",").replace(" ", ",").split(",")
    try:
        return [int(x.strip().replace("_", "")) for x in parts if x.strip()]
    except ValueError:
        raise CalculatorError(
            Message("calc.bad_shape", "--shape: '{text}' is not a comma-separated list of integers", text=text)
        ) from None


class TensorSize(_Frozen):
    shape: tuple[int, ...]
    dtype: str
    numel: int
    bytes: int
    gb: float = Field(description="bytes / 10^9")
    gib: float = Field(description="bytes / 2^30")
    formula: str
    explanation: Text


def tensor_size(shape: Sequence[int], dtype: str) -> TensorSize:
    """Bytes of a dense tensor: numel × bytes per element, or for a GGML block type numel / block × block bytes
    (the last dimension must be a whole number of blocks, as llama.cpp requires)."""
    dims = tuple(int(d) for d in shape)
    if not dims or any(d < 1 for d in dims):
        raise CalculatorError(
            Message(
                "calc.shape_positive",
                "--shape: every dimension must be a positive integer, got {shape}",
                shape=list(shape),
            )
        )
    if any(d > 1 << 40 for d in dims):
        raise CalculatorError(
            Message("calc.shape_huge", "--shape: a dimension above 2^40 is not a tensor anyone allocates")
        )
    key = dtype.strip().lower()
    key = DTYPE_ALIASES.get(key, key)
    numel = math.prod(dims)
    blocks = quant.ggml_types()
    if key in DTYPE_BYTES:
        per = DTYPE_BYTES[key]
        nbytes = math.ceil(numel * per)
        formula = f"{' × '.join(f'{d:,}' for d in dims)} elements × {per:g} bytes"
        expl = Message(
            "calc.tensor",
            "{numel:,} elements × {per:g} bytes per {dtype} element = {nbytes:,} bytes",
            numel=numel,
            per=per,
            dtype=key,
            nbytes=nbytes,
        )
    elif key in blocks and key not in ("f32", "f16", "bf16"):
        block, block_bytes = blocks[key]
        if dims[-1] % block:
            raise CalculatorError(
                Message(
                    "calc.ggml_block",
                    "--dtype {dtype}: the last dimension ({last:,}) must be a multiple of its {block}-value block",
                    dtype=key,
                    last=dims[-1],
                    block=block,
                )
            )
        nbytes = numel // block * block_bytes
        formula = f"{numel:,} elements / {block} per block × {block_bytes} bytes per block"
        expl = Message(
            "calc.tensor_ggml",
            "GGML type {dtype} stores {block} values in {block_bytes} bytes ({bits:g} bits per value, scales "
            "included) = {nbytes:,} bytes",
            dtype=key,
            block=block,
            block_bytes=block_bytes,
            bits=block_bytes * 8 / block,
            nbytes=nbytes,
        )
    else:
        raise CalculatorError(
            Message(
                "calc.unknown_dtype",
                "--dtype: unknown dtype '{dtype}' (known: {known})",
                dtype=dtype,
                known=", ".join(known_dtypes()),
            )
        )
    return TensorSize(
        shape=dims,
        dtype=key,
        numel=numel,
        bytes=nbytes,
        gb=nbytes / GB,
        gib=nbytes / GIB,
        formula=formula,
        explanation=expl,
    )


class GpuFlops(_Frozen):
    cores: int
    clock_ghz: float
    flops_per_cycle: float
    flops: float = Field(description="FLOP/s")
    tflops: float
    formula: str
    explanation: Text


def gpu_flops(cores: int, clock_ghz: float, flops_per_cycle: float = 2.0) -> GpuFlops:
    """Peak FLOP/s = cores × clock × FLOPs per core per cycle (2 for one fused multiply-add per cycle)."""
    if cores < 1 or cores > 10_000_000:
        raise CalculatorError(
            Message("calc.cores_range", "--cores: must be between 1 and 10,000,000, got {cores}", cores=cores)
        )
    if not 0 < clock_ghz <= 100:
        raise CalculatorError(
            Message("calc.clock_range", "--clock-ghz: must be above 0 and at most 100, got {clock}", clock=clock_ghz)
        )
    if not 0 < flops_per_cycle <= 1e6:
        raise CalculatorError(
            Message(
                "calc.flops_per_cycle_range",
                "--flops-per-cycle: must be above 0, got {per_cycle}",
                per_cycle=flops_per_cycle,
            )
        )
    flops = cores * clock_ghz * 1e9 * flops_per_cycle
    return GpuFlops(
        cores=cores,
        clock_ghz=clock_ghz,
        flops_per_cycle=flops_per_cycle,
        flops=flops,
        tflops=flops / 1e12,
        formula=f"{cores:,} cores × {clock_ghz:g} GHz × {flops_per_cycle:g} FLOPs per cycle",
        explanation=Message(
            "calc.gpu_flops",
            "{cores:,} × {clock:g}·10⁹ cycles/s × {per_cycle:g} = {tflops:,.3f} TFLOP/s. An FMA (a·b + c) counts as 2 "
            "FLOPs; this is the vector-unit peak: tensor-core rates are far higher and are published per precision "
            "(see `sizing gpus`).",
            cores=cores,
            clock=clock_ghz,
            per_cycle=flops_per_cycle,
            tflops=flops / 1e12,
        ),
    )


LoadRuntime = Literal["hf", "hf-legacy", "llama.cpp", "llama.cpp-no-mmap"]
LOAD_RUNTIMES: tuple[LoadRuntime, ...] = ("hf", "hf-legacy", "llama.cpp", "llama.cpp-no-mmap")
# transformers' save_pretrained default shard size (docs/source/en/models.md: "The max_shard_size parameter defaults
# to 5GB for each shard").
HF_SHARD_BYTES = 5 * GB

HF_DOCS = "huggingface/transformers docs/source/en/models.md @ 0e97420c9957149b80ff57632148e8ce80203b48, 'Large models'"
LLAMA_DOCS = (
    "llama.cpp tools/server/README.md: '--mlock force system to keep model in RAM rather than swapping or "
    "compressing'; '--no-mmap do not memory-map model (slower load but may reduce pageouts if not using mlock)'; "
    "abetlen/llama-cpp-python PR #2147: 'With mmap enabled, the entire model file remains in the page cache even "
    "after weights are copied to VRAM. Disabling mmap causes llama.cpp to use a temporary read buffer that is freed "
    "after GPU upload.'"
)


class LoadRam(_Frozen):
    runtime: LoadRuntime
    model_bytes: int
    gpu_fraction: float
    peak_bytes: int = Field(description="CPU RAM at the peak of loading")
    resident_bytes: int = Field(description="CPU RAM the weights keep after loading")
    swap_backed: bool = Field(description="True: anonymous memory (counts against RAM + swap); False: file pages")
    formula: str
    explanation: Text
    source: str


def load_ram(
    model_bytes: int,
    runtime: LoadRuntime = "hf",
    gpu_fraction: float = 1.0,
    largest_shard_bytes: int | None = None,
) -> LoadRam:
    """CPU RAM needed to load `model_bytes` of weights, of which `gpu_fraction` end up on GPUs.

    - hf: transformers' from_pretrained with a device_map (Accelerate's Big Model Inference; low_cpu_mem_usage):
      the model is built on the meta device and each weight is materialized once, so the peak is at most one model
      size ("The maximum memory usage is only the size of the model"); afterwards only the weights placed on the
      CPU stay.
    - hf-legacy: the plain PyTorch workflow (low_cpu_mem_usage=False): a randomly initialized model plus the loaded
      weights — the model size plus the largest shard for a sharded checkpoint ("limiting memory usage to only the
      model size and the largest shard size"), two copies for a single file ("two copies of the model weights").
    - llama.cpp (mmap, the default): the GGUF file is mapped; the weights of layers kept on the CPU are read from
      the page cache (file pages: reclaimable, shared between processes, never swapped). Layers offloaded to the
      GPU are read through the mapping once; their pages stay cached but can be dropped.
    - llama.cpp-no-mmap: CPU layers' weights are read into allocated buffers (anonymous memory: RAM or swap);
      GPU layers pass through a temporary read buffer freed after upload.
    """
    if model_bytes < 0:
        raise CalculatorError(Message("calc.model_bytes_negative", "model bytes must be non-negative"))
    if not 0.0 <= gpu_fraction <= 1.0:
        raise CalculatorError(
            Message("calc.gpu_share_range", "GPU share must be between 0 and 1, got {share}", share=gpu_fraction)
        )
    cpu = round(model_bytes * (1.0 - gpu_fraction))
    m = format_bytes(model_bytes, "GB")
    if runtime == "hf":
        peak, resident = model_bytes, cpu
        formula = "peak ≤ 1 × model; resident = (1 − GPU share) × model"
        expl = Message(
            "calc.ram_hf",
            "transformers builds the model on the meta device and materializes each weight once as it loads "
            "(device_map / low_cpu_mem_usage), so loading needs at most one model size, {model}, of CPU RAM; "
            "{resident} stay in RAM for the weights not placed on a GPU",
            model=m,
            resident=format_bytes(resident, "GB"),
        )
        return LoadRam(
            runtime=runtime,
            model_bytes=model_bytes,
            gpu_fraction=gpu_fraction,
            peak_bytes=peak,
            resident_bytes=resident,
            swap_backed=True,
            formula=formula,
            explanation=expl,
            source=HF_DOCS + ": 'The maximum memory usage is only the size of the model.'",
        )
    if runtime == "hf-legacy":
        shard = min(model_bytes, largest_shard_bytes if largest_shard_bytes is not None else HF_SHARD_BYTES)
        peak = model_bytes + shard
        figures = {"model": m, "shard": format_bytes(shard, "GB"), "peak": format_bytes(peak, "GB")}
        expl = (
            Message(
                "calc.ram_hf_legacy_single",
                "without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then "
                "loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = "
                "{peak} — a single-file checkpoint is one shard: two copies",
                **figures,
            )
            if shard == model_bytes
            else Message(
                "calc.ram_hf_legacy",
                "without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then "
                "loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = "
                "{peak}",
                **figures,
            )
        )
        return LoadRam(
            runtime=runtime,
            model_bytes=model_bytes,
            gpu_fraction=gpu_fraction,
            peak_bytes=peak,
            resident_bytes=cpu,
            swap_backed=True,
            formula="peak = model + largest shard (single file: 2 × model)",
            explanation=expl,
            source=HF_DOCS
            + ": 'You need enough memory to hold two copies of the model weights (random and pretrained)'; 'Each "
            "shard is loaded sequentially after the previous shard is loaded, limiting memory usage to only the "
            "model size and the largest shard size.'",
        )
    if runtime == "llama.cpp":
        return LoadRam(
            runtime=runtime,
            model_bytes=model_bytes,
            gpu_fraction=gpu_fraction,
            peak_bytes=cpu,
            resident_bytes=cpu,
            swap_backed=False,
            formula="(1 − GPU share) × file bytes, as page cache",
            explanation=Message(
                "calc.ram_mmap",
                "the GGUF file ({model}) is memory-mapped: the CPU layers' weights, {cpu}, are used in place from the "
                "page cache (file pages: reclaimable, shared between processes, not swap); the GPU layers are read "
                "through the mapping once and their pages may stay cached until the kernel needs the memory. With "
                "less free RAM than the CPU share, pages are re-read from disk (slow, not a failure); --mlock pins "
                "them",
                model=m,
                cpu=format_bytes(cpu, "GB"),
            ),
            source=LLAMA_DOCS,
        )
    if runtime == "llama.cpp-no-mmap":
        return LoadRam(
            runtime=runtime,
            model_bytes=model_bytes,
            gpu_fraction=gpu_fraction,
            peak_bytes=cpu,
            resident_bytes=cpu,
            swap_backed=True,
            formula="(1 − GPU share) × file bytes, allocated",
            explanation=Message(
                "calc.ram_no_mmap",
                "with --no-mmap the CPU layers' weights, {cpu}, are read into allocated buffers (RAM, or swap under "
                "pressure); GPU layers pass through a temporary read buffer freed after upload",
                cpu=format_bytes(cpu, "GB"),
            ),
            source=LLAMA_DOCS,
        )
    raise CalculatorError(
        Message(
            "calc.unknown_runtime",
            "unknown runtime '{runtime}' (known: {known})",
            runtime=runtime,
            known=", ".join(LOAD_RUNTIMES),
        )
    )
