"""What the engine answers: an `Estimate` of memory per GPU (a breakdown in which every item says how
it was computed), parameters, compute and time. The CLI's JSON and the GUI's tooltips both render it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.messages import Text

# The six categories of the CLI contract; every detailed item rolls up into one of them.
Category = Literal["weights", "kv_cache", "activations", "gradients", "optimizer_states", "overhead"]
CATEGORIES: tuple[Category, ...] = (
    "weights",
    "kv_cache",
    "activations",
    "gradients",
    "optimizer_states",
    "overhead",
)

Phase = Literal["prefill", "decode", "forward", "backward", "backward_end", "optimizer_step", "serving"]
PHASE_LABELS = {
    "prefill": "prefill",
    "decode": "decode",
    "forward": "end of forward",
    "backward": "start of backward",
    "backward_end": "end of backward",
    "optimizer_step": "optimizer step",
    "serving": "serving",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Item(_Frozen):
    """One line of the memory breakdown."""

    key: str
    label: Text
    category: Category
    bytes: int = Field(ge=0)
    formula: str = Field(description="symbols, e.g. 'N · b'")
    explanation: Text = Field(description="the formula in words, and why")
    inputs: dict[str, float | int | str] = Field(default_factory=dict)
    source: str = ""


# the moments of a backward phase that has two (FSDP2 without a pipeline: core/memory/peak.py resolve_moments)
BackwardMoment = Literal["loss_backward", "block_backward"]
MOMENT_LABELS = {"loss_backward": "start of backward", "block_backward": "a block's backward"}


class Memory(_Frozen):
    phase: Phase = Field(description="the phase at which memory peaks; the items are their sizes then")
    backward_moment: BackwardMoment | None = Field(
        None,
        description="where the backward phase has two moments, the one its sizes are from: the loss's backward (the "
        "start of backward) or a block's backward",
    )
    items: tuple[Item, ...]
    phase_totals: dict[str, int] = Field(description="total bytes at the peak of each phase")

    @property
    def total(self) -> int:
        return sum(i.bytes for i in self.items)

    @property
    def allocated(self) -> int:
        """What PyTorch's allocator would report (everything but overhead)."""
        return sum(i.bytes for i in self.items if i.category != "overhead")

    def by_category(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
        for i in self.items:
            out[i.category] += i.bytes
        return out

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)


class Params(_Frozen):
    total: int
    trainable: int
    by_component: dict[str, int]
    trainable_idle: int = Field(
        0,
        ge=0,
        description="of the trainable parameters (requires_grad, as peft's print_trainable_parameters counts them), "
        "those that get no gradient: a tower the workload feeds nothing (full fine-tuning of a VLM on text only)",
    )
    trainable_note: Text = Field("", description="what trainable_idle is, in words ('' when 0)")
    mtp_layers: int = Field(0, ge=0, description="multi-token-prediction layers the model declares")
    mtp: int | None = Field(
        None, description="their parameters, beside the total (never in it); None if none or of an unknown structure"
    )


class Fit(_Frozen):
    gpu_id: str
    gpu_name: str
    usable_bytes: int
    usable_measured: bool = Field(description="False when usable memory is derived from the advertised size")
    fits: bool
    headroom_bytes: int


class Compute(_Frozen):
    """FLOPs and time. None where an input (e.g. the GPU's peak for this precision) is unknown."""

    flops_per_token: float = Field(
        description="forward FLOPs per sample (token, or image for image models) at this context (2N + attention)"
    )
    sample_unit: Literal["token", "image", "audio frame"] = Field(
        "token", description="what one sample is (core.samples.sample_unit): every speed below counts these"
    )
    peak_flops_per_gpu: float | None
    precision: str
    tower_flops_per_sequence: float = Field(
        0.0,
        description="forward FLOPs of a multimodal model's vision / audio towers over one sequence's images and audio "
        "(core.tower_flops); not in flops_per_token, which is the text model's",
    )
    tower_share: float = Field(
        0.0, description="the towers' share of a training step's FLOPs (training) or of the prefill's (inference)"
    )
    mfu: float | None = None
    # training
    training_flops: float | None = None
    training_seconds: float | None = None
    gpu_hours: float | None = None
    cost_usd: float | None = None
    tokens_per_second: float | None = Field(None, description="training samples/s over all GPUs (sample_unit)")
    step_seconds: float | None = None
    # inference
    prefill_seconds: float | None = None
    time_to_first_token: float | None = None
    decode_tokens_per_second: float | None = Field(None, description="per sequence")
    aggregate_tokens_per_second: float | None = Field(None, description="all concurrent sequences together")
    decode_bound: Literal["compute", "memory", "unknown"] = "unknown"
    batch_seconds: float | None = Field(
        None, description="CNN: one forward pass of the whole batch on one GPU (the latency of a batch)"
    )
    image_bound: Literal["latency", "compute", "memory"] | None = Field(
        None,
        description="CNN: what sets the time (core.cnn_speed): kernel launches (latency-bound, small batches), "
        "convolution arithmetic or memory traffic",
    )
    replicas_needed: int | None = Field(None, description="copies of this setup to serve the target load")
    not_started: Text | None = Field(
        None,
        description="inference: why every speed above is null although the GPU's peak is known: the serving engine "
        "stops at start (the model leaves its KV pool nothing; its error, quoted, is in engine.log_lines)",
    )
    gpus_for_load: int | None = None
    notes: tuple[Text, ...] = ()
    explanations: dict[str, Text] = Field(default_factory=dict)


class EnginePool(_Frozen):
    """A serving engine's own view of the GPU (core/memory/engines.py): what it claims, and its KV capacity."""

    runtime: str
    claimed_bytes: int = Field(description="per GPU, what nvidia-smi shows once the engine has started")
    model_bytes: int = Field(description="of which weights, activations and runtime memory (everything but KV)")
    kv_pool_bytes: int = Field(description="the KV cache the engine allocates")
    kv_tokens: int = Field(description="KV capacity in tokens, as the engine logs it")
    kv_blocks: int | None = Field(None, description="vLLM: '# GPU blocks'")
    block_size: int = 1
    max_concurrency: float | None = Field(None, description="requests of the scenario's context the pool holds")
    tokens_needed: int = Field(description="KV tokens the scenario's workload needs")
    fits: bool
    log_lines: tuple[str, ...] = Field((), description="the lines the engine would log")
    cuda_graphs: int | None = Field(None, description="vLLM: CUDA graphs it captures (piecewise + full decode sizes)")
    cuda_graph_bytes: int | None = Field(
        None,
        description="vLLM: their memory, unverified (an allowance per graph from one published capture); not in the "
        "claimed, model or KV figures",
    )
    explanation: Text = ""
    source: str = ""


class Estimate(_Frozen):
    scenario_name: str
    mode: Literal["inference", "training"]
    params: Params
    memory: Memory
    fit: Fit
    compute: Compute
    warnings: tuple[Text, ...] = ()
    verified: bool = Field(
        True, description="false when the model's structure or a memory term rests on an assumption (see warnings)"
    )
    unverified: tuple[Text, ...] = Field((), description="what was assumed, when verified is false")
    expected_error: Text = Field(description="how far off this estimate is expected to be, and against what")
    stack: str = Field("hf", description="training framework the memory was modelled for (core/stacks.py)")
    host_ram_bytes: int = Field(0, ge=0, description="CPU memory per data-parallel rank that offload needs")
    host_ram: Text = Field("", description="what that CPU memory holds")
    engine: EnginePool | None = Field(None, description="vLLM, SGLang, llama.cpp, Ollama: the engine's own view")
