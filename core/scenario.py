"""The Scenario: what the user asks about. Typed, validated, and the content of a `.sizing` file.

Contradictions are rejected with a message that names the field and the rule; questionable but
legal choices (ZeRO-3 on one GPU) are accepted and reported by `Scenario.warnings()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, ValidationError, field_validator, model_validator

from core import quant
from core.architecture import Architecture
from core.hardware import GpuSpec
from core.messages import Message
from core.runtimes import ENGINES, RuntimeName, ServingEngine
from core.stacks import STACKS, StackId, sequence_parallel_on

Mode = Literal["inference", "training"]
TrainingPrecision = Literal["fp32", "bf16", "fp16", "mixed-bf16", "mixed-fp16"]
OptimizerName = Literal["adamw", "adam", "sgd", "sgd-momentum", "adamw-8bit", "adafactor", "lion"]
Checkpointing = Literal["none", "selective", "full"]
AttentionImpl = Literal["sdpa", "eager", "flash"]
FinetuneMethod = Literal["full", "lora", "qlora", "prefix", "ptuning"]
LoraTargets = Literal["all-linear", "attention", "qv"]
ModulesToSave = Literal["none", "embeddings", "lm_head", "both"]
LORA_METHODS = ("lora", "qlora")  # the methods that put low-rank pairs on Linears (dora, modules_to_save apply)
PROMPT_METHODS = ("prefix", "ptuning")  # peft's prompt learning: virtual tokens, the whole base frozen
Offload = Literal["none", "optimizer", "optimizer+params"]
Compile = Literal["off", "blocks", "blocks+loss"]
Float8 = Literal["off", "linear", "all-gather"]

MAX_TOKENS = 1 << 24  # 16.7M tokens per sequence: beyond any published model
MAX_COUNT = 1 << 20


class _Model(BaseModel):
    # Frozen: a Scenario is a value. Edits build a new one (see `Scenario.changed`), which keeps undo simple
    # and lets results be cached by scenario.
    # allow_inf_nan=False: NaN passes no range check (every comparison is false), so it is refused by name
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Workload(_Model):
    mode: Mode = "inference"
    batch: PositiveInt = Field(1, le=MAX_COUNT, description="sequences per step (training: per-GPU micro-batch)")
    context: PositiveInt = Field(4096, le=MAX_TOKENS, description="tokens per sequence (prompt + generated)")
    output_tokens: int = Field(256, ge=0, le=MAX_TOKENS, description="generated tokens per request (inference)")
    concurrency: PositiveInt = Field(1, le=MAX_COUNT, description="concurrent requests, each with its own KV cache")
    image_size: PositiveInt | None = Field(None, le=16384, description="input image side in pixels (CNN/vision)")
    images: int = Field(0, ge=0, le=1024, description="images per sequence (vision-language models)")
    audio_seconds: float = Field(
        0.0,
        ge=0,
        le=3600,
        description="seconds of audio per sequence (audio-language models, e.g. Gemma 3n's audio tower); 0 = none",
    )
    grad_accumulation: PositiveInt = Field(1, le=MAX_COUNT)
    train_tokens: float = Field(0.0, ge=0, le=1e16, description="training tokens (CNN: samples) for time and cost")
    target_tokens_per_second: float = Field(
        0.0, ge=0, le=1e12, description="serving load to plan for: generated tokens per second over all users"
    )


class Precision(_Model):
    weights: str = Field("bf16", description="dtype or quantization format id (see `sizing` docs)")
    kv_cache: str = "bf16"
    training: TrainingPrecision = "mixed-bf16"

    @field_validator("weights")
    @classmethod
    def _known_weights(cls, v: str) -> str:
        return quant.get(v).id

    @field_validator("kv_cache")
    @classmethod
    def _known_kv(cls, v: str) -> str:
        quant.kv_bytes_per_element(v)
        return v.lower()


class Training(_Model):
    stack: StackId = Field(
        "hf",
        description="the training framework, as it allocates: hf (Trainer/accelerate), deepspeed, fsdp2 "
        "(torchtitan), megatron, torchtune, liger, unsloth (core/stacks.py)",
    )
    optimizer: OptimizerName = "adamw"
    optimizer_foreach: bool = Field(True, description="torch's default multi-tensor (foreach) step on CUDA")
    grad_checkpointing: Checkpointing = "none"
    attention: AttentionImpl = "sdpa"
    finetune: FinetuneMethod = "full"
    lora_rank: PositiveInt = Field(16, le=4096)
    lora_targets: LoraTargets = "all-linear"
    adapter_dtype: Literal["fp32", "bf16"] = Field(
        "fp32",
        description="PEFT keeps adapters in fp32 by default (autocast_adapter_dtype=True); bf16 halves them",
    )
    compile: Compile = Field(
        "off",
        description="torch.compile as torchtitan applies it (fsdp2): blocks = each TransformerBlock (torchtitan "
        "2024), blocks+loss = the cross-entropy too (torchtitan since 2025, components/loss.py)",
    )
    float8: Float8 = Field(
        "off",
        description="torchtitan's Float8 training (--model.converters float8, fsdp2): linear = Float8Linear layers; "
        "all-gather = and FSDP2 all-gathers their weights in float8 (--float8.enable_fsdp_float8_all_gather)",
    )
    dora: bool = Field(
        False, description="LoRA/QLoRA: peft's use_dora=True (a trainable magnitude per output feature of each target)"
    )
    lora_modules_to_save: ModulesToSave = Field(
        "none",
        description="LoRA/QLoRA: peft's modules_to_save: full trainable copies of the token embedding and/or lm_head",
    )
    num_virtual_tokens: PositiveInt = Field(
        20, le=MAX_TOKENS, description="prefix tuning / P-tuning: peft's num_virtual_tokens (its default is 20)"
    )


class Parallelism(_Model):
    gpus: PositiveInt = Field(1, le=100_000)
    zero: Literal[0, 1, 2, 3] = 0
    tp: PositiveInt = Field(1, le=1024)
    pp: PositiveInt = Field(1, le=1024)
    ep: PositiveInt = Field(
        1, le=1024, description="expert parallel: MoE experts sharded over this many of the data-parallel ranks"
    )
    cp: PositiveInt = Field(
        1,
        le=1024,
        description="context parallel: each sequence split over this many of the data-parallel ranks (ring attention; "
        "fsdp2 and megatron)",
    )
    pp_virtual_stages: PositiveInt = Field(
        1,
        le=64,
        description="model chunks per pipeline rank: 1 = 1F1B, v > 1 = interleaved 1F1B (torchtitan Interleaved1F1B, "
        "Megatron --num-layers-per-virtual-pipeline-stage)",
    )
    offload: Offload = "none"
    sequence_parallel: bool | None = Field(
        None,
        description="under tensor parallelism, split the norm, residual and dropout activations along the sequence "
        "(Megatron's --sequence-parallel); None = the training stack's default (core/stacks.py)",
    )

    @model_validator(mode="after")
    def _check(self) -> Parallelism:
        if self.gpus % (self.tp * self.pp):
            raise ValueError(
                Message(
                    "refusal.gpus_multiple",
                    "{field} ({gpus}) must be a multiple of tp × pp ({tp} × {pp} = {product})",
                    field="parallelism.gpus",
                    gpus=self.gpus,
                    tp=self.tp,
                    pp=self.pp,
                    product=self.tp * self.pp,
                )
            )
        if self.dp % self.ep:
            raise ValueError(
                Message(
                    "refusal.ep_divides_dp",
                    "{field}: {ep} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): expert-parallel "
                    "groups are carved out of data parallelism",
                    field="parallelism.ep",
                    ep=self.ep,
                    dp=self.dp,
                )
            )
        if self.dp % self.cp:
            raise ValueError(
                Message(
                    "refusal.cp_divides_dp",
                    "{field}: {cp} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): context-parallel "
                    "groups are carved out of data parallelism",
                    field="parallelism.cp",
                    cp=self.cp,
                    dp=self.dp,
                )
            )
        return self

    @property
    def dp(self) -> int:
        return self.gpus // (self.tp * self.pp)


class Runtime(_Model):
    name: RuntimeName = "hf"
    gpu_memory_utilization: float = Field(0.9, gt=0, le=1.0, description="vLLM: fraction of GPU memory it claims")
    max_num_batched_tokens: PositiveInt | None = Field(None, le=MAX_TOKENS, description="vLLM prefill chunk")
    ubatch: PositiveInt = Field(512, le=MAX_TOKENS, description="llama.cpp: physical batch (n_ubatch)")
    flash_attention: bool = Field(True, description="llama.cpp -fa: no n_ctx × n_ubatch score buffer")
    mem_fraction_static: float | None = Field(
        None, gt=0, le=1.0, description="SGLang: share of GPU memory for weights + KV pool; None = its default rule"
    )
    chunked_prefill_size: PositiveInt | None = Field(
        None, le=MAX_TOKENS, description="SGLang: prefill chunk; None = its default for the GPU's memory"
    )
    dp_attention: PositiveInt = Field(
        1,
        le=MAX_COUNT,
        description="SGLang --enable-dp-attention --dp N: attention runs data-parallel over N ranks inside the tp "
        "group (attention TP = tp / N), each holding its attention weights and token embedding at that TP and the KV "
        "cache of its own share of the requests; MoE/MLP stay tensor/expert parallel over tp. 1 = off; N divides tp",
    )
    cuda_graph_max_bs: PositiveInt | None = Field(
        None,
        le=MAX_COUNT,
        description="SGLang --cuda-graph-max-bs: largest decode batch captured in a CUDA graph; None = its default "
        "for the GPU's memory and TP size",
    )
    n_gpu_layers: int | None = Field(
        None, ge=0, le=100_000, description="llama.cpp/Ollama -ngl: layers on the GPU; None = all and the output layer"
    )
    num_ctx: PositiveInt | None = Field(
        None, le=MAX_TOKENS, description="Ollama: context per slot; None = Ollama's default for the GPU's memory"
    )
    parallel: PositiveInt = Field(1, le=MAX_COUNT, description="Ollama OLLAMA_NUM_PARALLEL: slots, each num_ctx")
    speculative: Literal["none", "mtp"] = Field(
        "none",
        description="vLLM/SGLang speculative decoding; 'mtp' drafts with the model's multi-token-prediction layers "
        "(vLLM --speculative-config method mtp, SGLang --speculative-algorithm EAGLE/NEXTN), which then load",
    )
    speculative_tokens: PositiveInt = Field(
        1, le=16, description="draft tokens per step (vLLM num_speculative_tokens, SGLang speculative-num-steps)"
    )
    cuda_context_mib: PositiveInt | None = Field(
        None,
        le=1024 * 1024,
        description="CUDA context and libraries per GPU process, MiB (a measured nvidia-smi reading of the idle "
        "process); None = the runtime's typical value (500 PyTorch, 300 llama.cpp); not vLLM: its measured non-torch "
        "memory holds it",
    )

    @property
    def spec(self) -> ServingEngine:
        """The engine's traits (core/runtimes.py): how it allocates, what it measures, which fields it reads."""
        return ENGINES[self.name]

    @property
    def gguf(self) -> bool:
        """llama.cpp and Ollama (which runs llama.cpp's engine): GGUF files, layer offload, a compute buffer."""
        return self.spec.weight_formats == "gguf"

    @property
    def pooled(self) -> bool:
        """vLLM and SGLang: a fixed share of the GPU claimed at start, the KV pool filling what the model leaves."""
        return self.spec.allocation in ("profiled-pool", "static-pool")


class Cost(_Model):
    price_per_gpu_hour: float = Field(0.0, ge=0, le=1e6, description="USD per GPU-hour")
    mfu: float | None = Field(None, gt=0, le=1.0, description="model FLOPs utilisation; None = preset")


class GpuChoice(_Model):
    id: str = "h100-sxm-80gb"
    custom: GpuSpec | None = Field(None, description="a user-defined GPU; used instead of the catalogue entry")


class ModelRef(_Model):
    preset: str | None = Field(None, description="catalogue id this architecture came from, if any")
    path: str | None = Field(None, description="file or folder it was imported from, if any")
    architecture: Architecture
    stored_weight_bytes: int | None = Field(
        None, ge=0, description="exact bytes of the weights as stored in an imported file (GGUF/safetensors)"
    )
    stored_gpu_weight_bytes: int | None = Field(None, ge=0, description="of which a runtime keeps on the GPU")
    format_hint: str | None = Field(None, description="weight format the imported file is stored in (e.g. q4_k_m)")
    keep_16bit: tuple[str, ...] = Field(
        (),
        max_length=32,
        description="components the file keeps unquantized in that format (from its quantization_config), e.g. "
        "attention in an NVFP4 checkpoint",
    )


def _is_section(annotation: object) -> bool:
    """A field of the scenario that is a section of its own (a model of fields), not a plain value (its name)."""
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


class Scenario(_Model):
    name: str = "Untitled"
    model: ModelRef
    workload: Workload = Field(default_factory=Workload)
    precision: Precision = Field(default_factory=Precision)
    training: Training = Field(default_factory=Training)
    parallelism: Parallelism = Field(default_factory=Parallelism)
    runtime: Runtime = Field(default_factory=Runtime)
    gpu: GpuChoice = Field(default_factory=GpuChoice)
    cost: Cost = Field(default_factory=Cost)

    @model_validator(mode="after")
    def _contradictions(self) -> Scenario:
        return self._check_rules()

    def _check_rules(self) -> Scenario:
        """Contradictions between sections; raises ValueError naming the field and the rule."""
        arch = self.model.architecture
        w = quant.get(self.precision.weights)
        r = self.runtime
        if "dp_attention" in r.spec.fields and r.dp_attention > 1 and self.parallelism.tp % r.dp_attention:
            raise ValueError(
                Message(
                    "refusal.dp_attention_divides_tp",
                    "{field}: {dp} DP-attention ranks must divide tp = {tp} (SGLang asserts tp_size % dp_size == 0)",
                    field="runtime.dp_attention",
                    dp=r.dp_attention,
                    tp=self.parallelism.tp,
                )
            )
        if self.workload.mode == "training":
            if not self.runtime.spec.trains:
                raise ValueError(
                    Message(
                        "refusal.runtime_inference_only",
                        "{field}: {runtime} serves inference only; training uses runtime 'hf'",
                        field="runtime",
                        runtime=self.runtime.name,
                    )
                )
            ft = self.training.finetune
            if ft == "qlora" and w.bits > 4.5:
                raise ValueError(
                    Message(
                        "refusal.qlora_4bit",
                        "{field}: QLoRA keeps the frozen base in 4-bit (nf4), not {weights}",
                        field="precision.weights",
                        weights=self.precision.weights,
                    )
                )
            if ft == "full" and w.is_quantized:
                raise ValueError(
                    Message(
                        "refusal.full_needs_float",
                        "{field}: full fine-tuning updates every weight and needs a float dtype, not "
                        "{weights} (use --finetune lora/qlora for a quantized base)",
                        field="precision.weights",
                        weights=self.precision.weights,
                    )
                )
            if ft in PROMPT_METHODS and (arch.decoder is None or arch.vision is not None or arch.encoder is not None):
                raise ValueError(
                    Message(
                        "refusal.prompt_learning_decoder",
                        "{field}: prefix tuning and P-tuning are sized for decoder-only language models",
                        field="training.finetune",
                    )
                )
            if ft != "full" and arch.cnn is not None:
                raise ValueError(
                    Message(
                        "refusal.lora_cnn",
                        "{field}: LoRA/QLoRA need linear layers in transformer blocks; this model is a CNN (use full)",
                        field="training.finetune",
                    )
                )
        else:
            if self.runtime.gguf and w.is_quantized and not w.gguf:
                raise ValueError(
                    Message(
                        "refusal.gguf_only",
                        "{field}: {runtime} loads GGUF types, not {weights}",
                        field="precision.weights",
                        runtime=self.runtime.name,
                        weights=self.precision.weights,
                    )
                )
            if not self.runtime.spec.loads_exllama and w.family in ("exl2", "exl3"):
                raise ValueError(
                    Message(
                        "refusal.exllama",
                        "{field}: {family} is ExLlama's own format; {runtime} does not load it (serve it "
                        "with ExLlama / TabbyAPI)",
                        field="precision.weights",
                        family=w.family.upper(),
                        runtime=self.runtime.name,
                    )
                )
            if self.runtime.spec.bitsandbytes == "nf4" and w.family == "bitsandbytes" and w.id != "nf4":
                raise ValueError(
                    Message(
                        "refusal.bitsandbytes",
                        "{field}: {runtime} does not load bitsandbytes {weights}",
                        field="precision.weights",
                        runtime=self.runtime.name,
                        weights=self.precision.weights,
                    )
                )
        att = arch.decoder.attention if arch.decoder else None
        if att is not None and self.parallelism.tp > 1 and att.num_heads % self.parallelism.tp:
            raise ValueError(
                Message(
                    "refusal.tp_heads",
                    "{field}: {tp} does not divide the {heads} attention heads",
                    field="parallelism.tp",
                    tp=self.parallelism.tp,
                    heads=att.num_heads,
                )
            )
        ep = self.parallelism.ep
        if ep > 1:
            moe = arch.decoder.moe if arch.decoder else None
            if moe is None:
                raise ValueError(
                    Message(
                        "refusal.ep_no_experts",
                        "{field}: {ep} expert-parallel ranks, but this model has no experts",
                        field="parallelism.ep",
                        ep=ep,
                    )
                )
            if moe.num_experts % ep:
                raise ValueError(
                    Message(
                        "refusal.ep_experts",
                        "{field}: {ep} does not divide the {experts} experts",
                        field="parallelism.ep",
                        ep=ep,
                        experts=moe.num_experts,
                    )
                )
        layers = arch.decoder.num_layers if arch.decoder else (arch.ssm.num_layers if arch.ssm else 0)
        if layers and self.parallelism.pp > layers:
            raise ValueError(
                Message(
                    "refusal.pp_layers",
                    "{field}: {pp} stages exceed the model's {layers} layers",
                    field="parallelism.pp",
                    pp=self.parallelism.pp,
                    layers=layers,
                )
            )
        v = self.parallelism.pp_virtual_stages
        if layers and v > 1 and self.parallelism.pp * v > layers:
            raise ValueError(
                Message(
                    "refusal.pp_virtual_layers",
                    "{field}: {pp} × {v} model chunks exceed the model's {layers} layers",
                    field="parallelism.pp_virtual_stages",
                    pp=self.parallelism.pp,
                    v=v,
                    layers=layers,
                )
            )
        if self.workload.mode == "inference" and self.workload.output_tokens > self.workload.context:
            raise ValueError(
                Message(
                    "refusal.output_exceeds_context",
                    "{field} ({output}) cannot exceed {field_context} ({context}), which counts prompt and generated "
                    "tokens together",
                    field="workload.output_tokens",
                    field_context="workload.context",
                    output=self.workload.output_tokens,
                    context=self.workload.context,
                )
            )
        return self

    def changed(self, path: str, value: object) -> Scenario:
        """A validated copy with one field changed, e.g. `changed("workload.context", 8192)` (see `with_changes`)."""
        return self.with_changes({path: value})

    def with_changes(self, changes: Mapping[str, object]) -> Scenario:
        """A validated copy with several fields changed at once, by dotted path: validated together, so the order does
        not matter and no state in between must be valid (gpus with tp). Every edit path goes through here: the
        GUI's edits (gui/edits.py), the fit explorer's (core.fit.apply_edits), `changed`.

        Where only fields of sections are changed ("workload.context"), only those sections are re-validated (a
        500-layer CNN is not re-checked for a batch-size edit, and an edit costs a quarter of validating the whole
        scenario), then the scenario-wide rules run on the result; a refusal is a ValidationError located as the
        whole scenario's validation locates it ("workload.batch"). A whole section given at once ("model": another
        model, as a ModelRef or its fields) is validated on its own the same way: a model edit validated the new
        model twice and every other section again (1.0 → 0.4 ms), and left no section the same object for the
        editor to skip. Any other path (a field inside the model, a custom GPU's field, the name) validates the whole
        scenario."""
        fields = type(self).model_fields
        sections: dict[str, dict[str, Any]] = {}
        whole: dict[str, object] = {}  # sections replaced whole
        for path, value in changes.items():
            keys = path.split(".")
            if len(keys) == 1 and keys[0] in fields and _is_section(fields[keys[0]].annotation):
                whole[keys[0]] = value
                continue
            if len(keys) != 2 or keys[0] == "model" or keys[0] not in fields:
                return self._rebuilt(changes)
            section = getattr(self, keys[0])
            if not isinstance(section, BaseModel) or keys[1] not in type(section).model_fields:
                raise ValueError(Message("scenario.not_a_field", "'{path}' is not a scenario field", path=path))
            sections.setdefault(keys[0], section.model_dump())[keys[1]] = value
        if whole.keys() & sections.keys():  # a section both replaced and edited: as the whole scenario resolves it
            return self._rebuilt(changes)
        sections.update(whole)  # type: ignore[arg-type]  # (a section's fields, or the section itself)
        update: dict[str, Any] = {}
        errors: list[Any] = []
        # in the scenario's order, as pydantic reports its errors (one section: the sweeps' bisections, each step)
        for name in [n for n in fields if n in sections] if len(sections) > 1 else sections:
            try:
                update[name] = type(getattr(self, name)).model_validate(sections[name])
            except ValidationError as exc:
                errors += [
                    {
                        "type": e["type"],
                        "loc": (name, *e["loc"]),
                        "input": e["input"],
                        **({"ctx": e["ctx"]} if "ctx" in e else {}),
                    }
                    for e in exc.errors()
                ]
        if errors:
            raise ValidationError.from_exception_data("Scenario", errors) from None
        try:
            return self.model_copy(update=update)._check_rules()
        except ValueError as exc:
            raise ValidationError.from_exception_data(
                "Scenario", [{"type": "value_error", "loc": (), "input": ", ".join(changes), "ctx": {"error": exc}}]
            ) from None

    def _rebuilt(self, changes: Mapping[str, object]) -> Scenario:
        """The whole scenario dumped, changed and validated."""
        data = self.model_dump()
        for path, value in changes.items():
            keys = path.split(".")
            node = data
            for k in keys[:-1]:
                if not isinstance(node.get(k), dict):
                    raise ValueError(Message("scenario.not_a_field", "'{path}' is not a scenario field", path=path))
                node = node[k]
            if keys[-1] not in node:
                raise ValueError(Message("scenario.not_a_field", "'{path}' is not a scenario field", path=path))
            node[keys[-1]] = value
        return Scenario.model_validate(data)

    @property
    def mtp_draft(self) -> bool:
        """The model's multi-token-prediction layers are loaded as a speculative-decoding draft: asked for, served by
        vLLM or SGLang, and the model has MTP layers of a known structure."""
        mtp = self.model.architecture.mtp
        return (
            self.runtime.speculative == "mtp"
            and self.runtime.spec.speculative
            and self.workload.mode == "inference"
            and mtp is not None
            and mtp.kind != "unknown"
            and self.model.architecture.decoder is not None
        )

    def warnings(self) -> list[str]:
        """Legal but questionable choices, said plainly (each a Message: the GUI says it in its language)."""
        out: list[str] = []
        p, arch = self.parallelism, self.model.architecture
        if self.runtime.speculative == "mtp" and not self.mtp_draft:
            why = (
                Message("warn.mtp_why.runtime", "only vLLM and SGLang serve it here")
                if not self.runtime.spec.speculative or self.workload.mode != "inference"
                else Message("warn.mtp_why.no_layers", "this model declares no multi-token-prediction layers")
                if arch.mtp is None
                else Message(
                    "warn.mtp_why.unknown_structure",
                    "this model's multi-token-prediction layers have a structure not known here",
                )
            )
            out.append(
                Message("warn.mtp_ignored", "speculative decoding with the MTP layers is ignored: {why}", why=why)
            )
        if p.zero and p.dp == 1:
            out.append(
                Message(
                    "warn.zero_one_rank",
                    "ZeRO-{zero} with a single data-parallel rank shards nothing: it costs communication and "
                    "saves no memory",
                    zero=p.zero,
                )
            )
        if self.workload.mode == "inference" and (p.zero or p.offload != "none"):
            out.append(
                Message(
                    "warn.zero_inference", "ZeRO and optimizer offload apply to training only; ignored for inference"
                )
            )
        if self.workload.mode == "inference" and (p.cp > 1 or p.pp_virtual_stages > 1):
            out.append(
                Message(
                    "warn.cp_inference",
                    "context parallelism and interleaved pipeline stages apply to training only; ignored for inference",
                )
            )
        if self.workload.mode == "inference" and p.sequence_parallel:
            out.append(
                Message("warn.sp_inference", "sequence parallelism applies to training only; ignored for inference")
            )
        if self.workload.mode == "training" and self.training.finetune == "qlora" and p.zero == 3:
            out.append(
                Message("warn.qlora_zero3", "QLoRA with ZeRO-3 needs bnb_4bit_quant_storage set to the compute dtype")
            )
        if arch.decoder is not None and self.workload.context > arch.max_positions:
            out.append(
                Message(
                    "warn.context_past_positions",
                    "context {context:,} exceeds the model's {positions:,}-token maximum position; quality degrades "
                    "past it",
                    context=self.workload.context,
                    positions=arch.max_positions,
                )
            )
        if self.workload.mode == "training" and self.workload.concurrency > 1:
            out.append(
                Message("warn.concurrency_training", "concurrency applies to inference only; ignored for training")
            )
        att = arch.decoder.attention if arch.decoder else None
        if (
            att is not None
            and att.logit_softcap
            and self.runtime.spec.kernels == "transformers"
            and self.training.attention != "eager"
        ):
            out.append(
                Message(
                    "warn.softcap_eager",
                    "this model soft-caps its attention scores, which transformers' SDPA/flash paths do not "
                    "support: it runs eager attention, which materializes the seq² scores",
                )
            )
        if self.workload.mode == "training":
            st = STACKS[self.training.stack]
            if st.sharding != "zero" and p.zero:
                out.append(
                    Message(
                        "warn.stack_shards_itself",
                        "{stack} shards by itself ({sharding}); --zero {zero} is ignored for this stack",
                        stack=st.name,
                        sharding=st.sharding,
                        zero=p.zero,
                    )
                )
            if p.sequence_parallel and not st.sequence_parallel:
                out.append(
                    Message(
                        "warn.sp_not_in_stack",
                        "{stack} has no sequence parallelism; parallelism.sequence_parallel is ignored for this stack",
                        stack=st.name,
                    )
                )
            elif p.sequence_parallel and p.tp == 1:
                out.append(
                    Message(
                        "warn.sp_needs_tp",
                        "sequence parallelism acts only under tensor parallelism (tp > 1); with tp 1 it is ignored",
                    )
                )
            t = self.training
            if (t.compile != "off" and not st.compiles) or (t.float8 != "off" and not st.torchtitan_options):
                out.append(
                    Message(
                        "warn.compile_float8_stack",
                        "torch.compile and Float8 are modelled as torchtitan applies them (--stack fsdp2); ignored "
                        "for {stack}",
                        stack=st.name,
                    )
                )
            elif (t.compile != "off" or t.float8 != "off") and t.grad_checkpointing == "none":
                out.append(
                    Message(
                        "warn.compile_float8_no_ac",
                        "torch.compile and Float8 are modelled under torchtitan's activation checkpointing; without "
                        "it the eager blocks' saved activations are counted (compiled blocks fuse elementwise ops and "
                        "Float8 linears save float8 inputs, so a real run keeps less)",
                    )
                )
            if p.cp > 1 and not st.context_parallel:
                out.append(
                    Message(
                        "warn.cp_not_in_stack",
                        "{stack} has no context parallelism; parallelism.cp is ignored (each rank holds whole "
                        "sequences)",
                        stack=st.name,
                    )
                )
            if p.pp_virtual_stages > 1 and p.pp == 1:
                out.append(
                    Message(
                        "warn.virtual_stages_no_pp",
                        "interleaved pipeline stages need pipeline parallelism (pp > 1); with pp 1 they are ignored",
                    )
                )
            if p.tp > 1 and not sequence_parallel_on(st, p.sequence_parallel):
                out.append(
                    Message(
                        "warn.tp_replicated_loss_parallel" if st.loss_parallel else "warn.tp_replicated",
                        "{stack} with tensor parallelism: activations outside attention and MLP are replicated on "
                        "every TP rank (no sequence parallelism)"
                        + (
                            ", the logits stay sharded over the vocabulary"
                            if st.loss_parallel
                            else " and so are the logits"
                        ),
                        stack=st.name,
                    )
                )
        if self.runtime.spec.layer_split and p.tp > 1:
            out.append(
                Message(
                    "warn.gguf_tp_as_pp",
                    "{runtime} splits layers across GPUs (like pipeline stages), not tensors; tp treated as pp",
                    runtime=self.runtime.name,
                )
            )
        r = self.runtime
        e = r.spec
        # a field set for another engine: said once per group of fields, for an engine that reads none of the group
        if not e.fields & {"n_gpu_layers", "num_ctx", "parallel"} and (
            r.n_gpu_layers is not None or r.num_ctx is not None or r.parallel > 1
        ):
            out.append(
                Message(
                    "warn.gguf_only_fields",
                    "n_gpu_layers, num_ctx and parallel apply to llama.cpp and Ollama only; ignored",
                )
            )
        if not e.fields & {"mem_fraction_static", "chunked_prefill_size"} and (
            r.mem_fraction_static is not None or r.chunked_prefill_size is not None
        ):
            out.append(
                Message(
                    "warn.sglang_only_fields",
                    "mem_fraction_static and chunked_prefill_size apply to SGLang only; ignored",
                )
            )
        if not e.fields & {"dp_attention", "cuda_graph_max_bs"} and (
            r.dp_attention > 1 or r.cuda_graph_max_bs is not None
        ):
            out.append(
                Message(
                    "warn.sglang_dp_fields",
                    "dp_attention and cuda_graph_max_bs apply to SGLang only; ignored",
                )
            )
        if e.cuda_context == "non-torch" and r.cuda_context_mib is not None:
            out.append(
                Message(
                    "warn.vllm_cuda_context_ignored",
                    "cuda_context_mib does not apply to vLLM: its measured non-torch memory holds the CUDA context; "
                    "ignored",
                )
            )
        quantized_kv = self.precision.kv_cache.startswith(("q", "iq"))
        if e.quantized_kv_without_fa == "f16" and quantized_kv and not r.flash_attention:
            out.append(
                Message(
                    "warn.ollama_kv_needs_fa",
                    "Ollama applies the {kv} K/V cache type only with flash attention on "
                    "(OLLAMA_FLASH_ATTENTION=1); without it the cache stays f16",
                    kv=self.precision.kv_cache,
                )
            )
        if e.kv_cells == "slots" and self.workload.mode == "inference" and self.workload.concurrency > r.parallel:
            out.append(
                Message(
                    "warn.ollama_queue",
                    "Ollama serves {parallel} request(s) at once (OLLAMA_NUM_PARALLEL); the other "
                    "{waiting:,} wait in its queue, and its memory is sized for the slots",
                    parallel=r.parallel,
                    waiting=self.workload.concurrency - r.parallel,
                )
            )
        if e.quantized_kv_without_fa == "refused" and quantized_kv and not r.flash_attention:
            out.append(
                Message(
                    "warn.llamacpp_kv_needs_fa",
                    "llama.cpp refuses a quantized V cache without flash attention (-fa); turn it on",
                )
            )
        if e.kv_cells == "slots" and r.num_ctx is not None and self.workload.context > r.num_ctx:
            out.append(
                Message(
                    "warn.ollama_num_ctx",
                    "context {context:,} exceeds Ollama's num_ctx {num_ctx:,}: Ollama truncates the "
                    "prompt to num_ctx (raise num_ctx)",
                    context=self.workload.context,
                    num_ctx=r.num_ctx,
                )
            )
        return out
