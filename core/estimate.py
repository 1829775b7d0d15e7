"""`estimate(scenario) -> Estimate`: the one entry point the CLI and the GUI call."""

from __future__ import annotations

from functools import lru_cache

from core import catalog, cnn_speed, stacks
from core.architecture import Architecture
from core.compute import compute
from core.hardware import GpuSpec
from core.memo import by_identity
from core.memory import dsv4, engines, training_state
from core.memory import weights as weights_mod
from core.memory.context import Ctx, make_ctx
from core.memory.peak import backward_moment, build_items, peak
from core.memory.towers import (
    VISION_HOOKED_MEASURED,
    has_audio_tower,
    takes_images,
    whisper_audio,
    whisper_measured,
)
from core.messages import Message
from core.params import TensorGroup, count, mtp_count
from core.result import Compute, Estimate, Fit, Item, Memory, Params
from core.scenario import Scenario
from core.tower_flops import VISION_INPUT_HOOKED, media_tokens, tower_group

# Stated with every estimate; the figures come from bench/accuracy.py (see README "Accuracy").
# the figures are bench/accuracy.py's (Help ▸ User guide ▸ Accuracy shows the same table): tests/core/test_accuracy.py
# holds them to its rows, so that the answer and the guide never disagree
EXPECTED_ERROR = {
    "training": (
        "allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates in 63 MemTracker runs of "
        "transformers models (bf16, fp32, mixed precision, LoRA, DoRA, prefix tuning, P-tuning, MoE, checkpointing, "
        "eager, sinks, short convolutions, Gated DeltaNet and Mamba-2 hybrids, MLA with DSA, CNNs; README "
        "'Accuracy'). CUDA context and allocator slack are typical values (±0.5 GiB). Other training stacks: "
        "--stack (deepspeed, fsdp2, megatron, torchtune, liger, unsloth)"
    ),
    "stack": (
        "{name}: against published measurements (README 'Accuracy per training stack'): {accuracy}; modelled from its "
        "source and documentation (core/stacks.py). CUDA context and allocator slack are typical values"
    ),
    "inference": (
        "weights and KV cache exact for the format; allocated peak within 0.6 % (median) and 3.9 % (max) of 36 "
        "published GPU measurements, 0.1 % and 1.1 % of 37 PyTorch allocation runs; runtime overhead ±0.5 GiB"
    ),
}

# A CNN's memory is held to its own runs only: the training rows of tests/data/calibration/training.json made by
# tools/calibration/cnn.py (train-resnet50-fp32-{sgdm,adamw}-b32, train-vgg16-fp32-{sgdm,adamw}-b32; bench/accuracy.py
# lists them; tests/core/test_accuracy.py holds this text to them). No CNN inference run is on record.
CNN_EXPECTED_ERROR = {
    "training": (
        "allocated tensors: within 0.02 % of what PyTorch allocates in 4 MemTracker training runs of CNNs (ResNet-50 "
        "and VGG-16 in fp32 at batch 32, SGD with momentum and AdamW; README 'Accuracy'). CUDA context and allocator "
        "slack are typical values (±0.5 GiB)"
    ),
    "inference": (
        "weights exact for the format; the activations of a CNN's inference are not yet held to a measurement (its "
        "training is: 4 MemTracker runs, within 0.02 %); runtime overhead ±0.5 GiB"
    ),
}


# per-stack accuracy against published measurements (bench/accuracy.py; README "Accuracy per training stack")
STACK_ACCURACY = {  # README 'Accuracy per training stack'; tests/core/test_accuracy.py holds each row
    "fsdp2": (
        "torchtitan's published runs (reserved peak; FSDP, TP, PP 1F1B and interleaved, CP, torch.compile, Float8; "
        "20 rows), median 2.7 %, max 14.1 % (405B with Float8 all-gathers: under)"
    ),
    "torchtune": (
        "torchtune's published rows (A100, 2 rows: a compiled chunked-loss run, a plain-loss run), median 4.8 %, "
        "max 6.0 %"
    ),
    "unsloth": "Unsloth's published longest contexts per GPU (QLoRA, 9 rows), median 4.9 %, max 8.4 %",
    "liger": "Liger's kernel benchmark, its fused loss term (4 rows), median 3.8 %, max 9.4 %",
    "megatron": "Megatron-Core's published CI values (activations and loss, 4 rows), median 1.7 %, max 6.0 %",
    "deepspeed": (
        "DeepSpeed-Chat's published logs (ZeRO-0 / 2, 3 rows, fp16 on V100) within 2.5 % and hpcaitech's OPT-Benchmark "
        "(ZeRO-3 with parameter and optimizer offload, checkpointing, eager attention, 4 rows on A100) within 1.9 %; "
        "all 7: median 0.6 %, max 2.5 %"
    ),
}


def expected_error(scenario: Scenario) -> str:
    memory = _memory_error(scenario)
    w = scenario.workload
    spec = cnn_speed.image_layers(scenario.model.architecture, training=w.mode == "training")
    if spec is None:
        return memory
    # an image model's speed comes from core.cnn_speed, which states its own accuracy for the scenario's regime: its
    # band first, as the widest figure (±35 % and more against the memory's ±0.5 GiB), which the answer's one line
    # cut off at the end at 1280×720 (issue 11, real-display review)
    per_gpu = w.batch if w.mode == "training" else -(-w.batch * w.concurrency // scenario.parallelism.gpus)
    band = cnn_speed.error_band(w.mode, per_gpu, spec)
    return Message("error.with_speed", "{speed}; {memory}", memory=memory, speed=cnn_speed.expected_error(w.mode, band))


def _memory_error(scenario: Scenario) -> str:
    stack = scenario.training.stack
    mode = scenario.workload.mode
    if scenario.model.architecture.cnn is not None and (mode != "training" or stack == "hf"):
        precision = scenario.precision.training
        if mode == "training" and precision != "fp32":  # the CNN runs on record are fp32 only
            return Message(
                "error.training_cnn_precision",
                "allocated tensors: a CNN trained in {precision} is not yet held to a measurement; in fp32 it is (4 "
                "MemTracker runs of ResNet-50 and VGG-16, within 0.02 %). CUDA context and allocator slack are typical "
                "values (±0.5 GiB)",
                precision=precision,
            )
        return Message(f"error.{mode}_cnn", CNN_EXPECTED_ERROR[mode])  # a CNN is held to CNN runs, not LLM ones
    if mode != "training" or stack == "hf":
        return Message(f"error.{mode}", EXPECTED_ERROR[mode])
    acc = (
        Message(f"accuracy.{stack}", STACK_ACCURACY[stack])
        if stack in STACK_ACCURACY
        else Message("accuracy.none", "no published measurement on record yet (held to hand calculations only)")
    )
    return Message("error.stack", EXPECTED_ERROR["stack"], name=stacks.get(stack).name, accuracy=acc)


def resolve_gpu(scenario: Scenario) -> GpuSpec:
    return scenario.gpu.custom if scenario.gpu.custom is not None else catalog.gpu(scenario.gpu.id)


def trainable_params(ctx: Ctx) -> int:
    if ctx.scenario.workload.mode != "training":
        return 0
    t = ctx.scenario.training
    if t.finetune == "full":
        return ctx.pc.total
    if t.finetune in ("prefix", "ptuning"):
        return weights_mod.prompt_params(ctx)
    return weights_mod.lora_params(ctx)[0] + sum(g.numel for g in weights_mod.modules_to_save(ctx))


def usable_budget(scenario: Scenario, gpu: GpuSpec) -> int:
    usable = gpu.usable_bytes
    if scenario.workload.mode == "inference" and scenario.runtime.pooled:
        return int(usable * engines.claimed_fraction(scenario, gpu))
    return usable


def _towers_measured(scenario: Scenario) -> bool:
    """The Gemma 3n tower setups tests/data/calibration/gemma3n_towers.json holds (core/memory/towers.py): transformers'
    prefill in 16 bits, and 16-bit training on one GPU without checkpointing, the towers fully fine-tuned or frozen
    (LoRA on the text model, or any adapter: a frozen tower keeps nothing)."""
    if scenario.workload.mode != "training":
        return scenario.runtime.spec.kernels == "transformers" and scenario.precision.weights != "fp32"
    t = scenario.training
    return (
        t.stack == "hf"
        and scenario.precision.training in ("bf16", "fp16")
        and t.grad_checkpointing == "none"
        and scenario.parallelism.gpus == 1
    )


@lru_cache(maxsize=512)
def _altup_measured(scenario: Scenario) -> bool:
    """The Gemma 3n setups tests/data/calibration holds: transformers' prefill, and full fine-tuning in 16 bits with
    SDPA and no checkpointing on one GPU (train-/inf-gemma3n-e4b-10l)."""
    if scenario.workload.mode != "training":
        return scenario.runtime.spec.kernels == "transformers"
    t = scenario.training
    return (
        t.stack == "hf"
        and t.finetune == "full"
        and scenario.precision.training in ("bf16", "fp16")
        and t.grad_checkpointing == "none"
        and t.attention == "sdpa"
        and scenario.parallelism.tp == 1
    )


def _dsv4_measured(scenario: Scenario) -> bool:
    """The DeepSeek-V4 setups tests/data/calibration holds (train-/inf-deepseek-v4-flash-4l and the held-out 5-layer
    mix): transformers' prefill and decode, and 16-bit full fine-tuning without checkpointing on one GPU (eager: the
    model has no other attention path in transformers)."""
    if scenario.workload.mode != "training":
        return scenario.runtime.spec.kernels == "transformers"
    t, par = scenario.training, scenario.parallelism
    return (
        t.stack == "hf"
        and t.finetune == "full"
        and scenario.precision.training in ("bf16", "fp16")
        and t.grad_checkpointing == "none"
        and par.tp == 1
        and par.gpus == 1
    )


def unverified_memory_terms(scenario: Scenario) -> list[str]:
    """Memory terms modelled for a layer kind that has not been held to PyTorch's allocations yet (the fake-tensor
    harness, tools/calibration): the answer says so instead of presenting them as verified."""
    out: list[str] = []
    v = scenario.model.architecture.vision
    if v is not None and v.projector is not None and v.projector.kind == "layers" and scenario.workload.images:
        out.append(
            Message(
                "unverified.vision_tower",
                "vision tower activations: its blocks are costed as a ViT over (image_size / patch_size)² patches "
                "per image; its projector (pixel shuffle, patch merge) and native-resolution tiling are not modelled, "
                "and the figure is not yet verified against PyTorch allocations",
            )
        )
    w = scenario.workload
    towers = bool(scenario.model.architecture.towers) and (w.images or w.audio_seconds)
    t = scenario.training
    lora_audio = t.finetune in ("lora", "qlora") and t.lora_targets == "all-linear" and w.audio_seconds > 0
    if towers and w.mode == "training" and lora_audio and _towers_measured(scenario):
        out.append(
            Message(
                "unverified.gemma3n_audio_lora",
                "LoRA on every linear layer of Gemma 3n: peft's all-linear also wraps the audio tower's linear "
                "layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when "
                "LoRA targets the text model only",
            )
        )
    if towers and not _towers_measured(scenario):
        out.append(
            Message(
                "unverified.gemma3n_towers",
                "Gemma 3n's vision and audio towers: their activations were measured for transformers' 16-bit "
                "prefill and for 16-bit training on one GPU without checkpointing; this setup's are extrapolated "
                "from them",
            )
        )
    st = scenario.model.architecture.decoder
    if st is None:
        return out
    arch = scenario.model.architecture
    hooked = w.mode == "training" and t.finetune in ("lora", "qlora") and t.grad_checkpointing != "none"
    if whisper_audio(arch) and w.audio_seconds and hooked:
        if not whisper_measured(arch):
            out.append(
                Message(
                    "unverified.voxtral_hooked_encoder_shape",
                    "LoRA with gradient checkpointing on a Voxtral-style model: the frozen audio encoder, hooked by "
                    "transformers' enable_input_require_grads, keeps activations for backward; they were measured "
                    "for Voxtral's encoder (32 layers of 1,280) and are scaled to this encoder's shape",
                )
            )
    elif takes_images(arch) and w.images and hooked:
        known = VISION_INPUT_HOOKED.get(arch.family)
        if known and arch.family not in VISION_HOOKED_MEASURED:
            out.append(
                Message(
                    "unverified.hooked_vision_blocks",
                    "LoRA with gradient checkpointing: transformers' enable_input_require_grads also hooks this vision "
                    "tower's patch embedding ({family}), so backward runs through the frozen tower (its FLOPs are in "
                    "the time); what it keeps is sized as its checkpointed blocks' inputs, as measured for Pixtral "
                    "(Mistral Small 3.1) — what the rest of this tower keeps is not measured",
                    family=arch.family,
                )
            )
        elif known is None:
            out.append(
                Message(
                    "unverified.vision_tower_hook",
                    "LoRA with gradient checkpointing: whether transformers' enable_input_require_grads hooks this "
                    "vision tower ({family}) — sending backward through the frozen tower — is not known; its backward "
                    "FLOPs and the activations it would keep are not costed",
                    family=arch.family,
                )
            )
    if whisper_audio(arch) and w.audio_seconds and not hooked:
        if not (_towers_measured(scenario) and whisper_measured(arch)):
            out.append(
                Message(
                    "unverified.voxtral_audio",
                    "audio tower (Voxtral): Whisper's encoder over 30-second chunks was measured for Voxtral's encoder "
                    "(32 layers of 1,280) in transformers' 16-bit prefill and in 16-bit training on one GPU without "
                    "checkpointing; this setup's audio activations are extrapolated from those",
                )
            )
        elif w.mode == "training" and lora_audio:
            out.append(
                Message(
                    "unverified.voxtral_audio_lora",
                    "LoRA on every linear layer of Voxtral: peft's all-linear also wraps the audio encoder's linear "
                    "layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as "
                    "when LoRA targets the text model only",
                )
            )
    # Every layer kind the engine reads is held to the fake-tensor harness for transformers (tests/data/calibration,
    # README 'Accuracy'): short convolutions, Gated DeltaNet and Mamba-2 (transformers' torch paths), sinks, chunked
    # attention, dense-run experts, MLA with the DSA indexer, Falcon-H1's attention and Mamba-2 side by side,
    # Granite 4's Mamba-2 with 256-token chunks, OLMo 3's sliding layers, within 0.4 % per term. Other runtimes run
    # their own kernels for the fixed-state mixers and the indexer, which nothing here has measured.
    runtime = scenario.runtime.spec.name  # as the engine calls itself: "vLLM", "SGLang", "llama.cpp"
    own_kernels = scenario.runtime.spec.kernels == "engine"
    kinds = [k for k in ("linear", "mamba2") if st.mixer_count(k)]
    if kinds and own_kernels and scenario.workload.mode == "inference":
        layers = Message("layers." + "+".join(kinds), " and ".join(kinds))  # linear (Gated DeltaNet), mamba2
        out.append(
            Message(
                "unverified.fixed_state_kernels",
                "{layers} layers under {runtime}: their fixed-size state is exact, but their prefill "
                "activations are {runtime}'s own kernels', estimated like an attention layer's and not measured",
                layers=layers,
                runtime=runtime,
            )
        )
    # MiMo-V2's full layers (their own kv heads) are measured under transformers: their K/V per layer
    # (kv_cache._full_layer_elements) and their activations (inf-/train-mimo-v2-flash-6l); Gemma 4's key-as-value full
    # layers and the serving engines' pools (sized by the other layers' shape) are not
    full = st.full_attention
    if (
        full is not None
        and st.mixer_count("full")
        and (full.values_from_keys or scenario.runtime.spec.kernels != "transformers")
    ):
        out.append(
            Message(
                "unverified.full_attention_shape",
                "full-attention layers with their own shape (head_dim, kv heads, values = keys): the KV cache and "
                "attention activations are costed with the other layers' shape, not yet per layer",
            )
        )
    if st.moe is not None and st.moe.beside_dense:
        out.append(
            Message(
                "unverified.experts_beside_dense",
                "experts beside a dense MLP in the same layer: their activations are not yet verified",
            )
        )
    if st.attention.compressed is not None and not st.mixers:
        # the importer writes every layer's kind (hf_decoder.COMPRESS_RATIOS); a scenario saved before it did has none
        out.append(
            Message(
                "unverified.dsv4_kinds",
                "DeepSeek-V4 without its layers' kinds (a scenario saved before they were read): every layer is costed "
                "as a sliding-window layer, without the compressed entries and indexer of its CSA and HCA layers; "
                "choose the preset or import its config.json again",
            )
        )
    if dsv4.applies(st) and not _dsv4_measured(scenario):
        out.append(
            Message(
                "unverified.deepseek_v4",
                "DeepSeek-V4: its hyper-connections, compressors and caches were measured for transformers' prefill "
                "and 16-bit full fine-tuning on one GPU without checkpointing; this setup's terms (another runtime's "
                "cache layout and kernels, LoRA, fp32 or mixed precision, checkpointing, sharding) are extrapolated "
                "from them",
            )
        )
    # hyper-connections and compressed attention were measured only together (DeepSeek-V4)
    if st.hyper_connections is not None and st.attention.compressed is None:
        out.append(
            Message(
                "unverified.hc_alone",
                "hyper-connections without compressed attention: the two were measured only together (DeepSeek-V4), "
                "so this model's activations are extrapolated",
            )
        )
    if st.hyper_connections is None and st.attention.compressed is not None:
        out.append(
            Message(
                "unverified.compressed_alone",
                "compressed attention without hyper-connections: the two were measured only together (DeepSeek-V4), "
                "so this model's activations are extrapolated",
            )
        )
    if st.altup is not None and not _altup_measured(scenario):
        out.append(
            Message(
                "unverified.altup",
                "Gemma 3n: the activations of AltUp's parallel residual streams, LAuReL and the per-layer inputs were "
                "measured for 16-bit full fine-tuning without checkpointing and for transformers' prefill only; "
                "this setup's are extrapolated from them (the KV cache is exact)",
            )
        )
    if st.attention.indexer is not None and own_kernels and scenario.workload.mode == "inference":
        out.append(
            Message(
                "unverified.indexer",
                "the sparse-attention indexer's prefill scores under {runtime} are not modelled (its key cache is)",
                runtime=runtime,
            )
        )
    if scenario.mtp_draft:
        out.append(
            Message(
                "unverified.speculative",
                "speculative decoding with the MTP layers under {runtime}: the draft's weights and KV cache follow "
                "from its shapes and the verification buffer from the engine's source; only SGLang's draft footprint "
                "at load has been held to published logs, not the pool with and without the draft",
                runtime=runtime,
            )
        )
    return out


def kernel_path_notes(scenario: Scenario) -> list[str]:
    """Warnings for layers whose training and prefill activations are modelled on transformers' torch path (what runs
    without the optional CUDA kernel packages): with them installed these layers allocate less than estimated."""
    st = scenario.model.architecture.decoder
    if st is None or scenario.runtime.spec.kernels != "transformers":
        return []
    notes: list[str] = []
    if st.mixer_count("linear"):
        notes.append(
            Message(
                "warn.gated_deltanet_fallback",
                "Gated DeltaNet layers: activations as transformers' torch fallback allocates them (measured); with "
                "flash-linear-attention installed its CUDA kernel keeps only q, k, v, the gates and a 64-wide matrix "
                "per token, and these layers need less",
            )
        )
    if st.mixer_count("mamba2"):
        notes.append(
            Message(
                "warn.mamba2_fallback",
                "Mamba-2 layers: activations as transformers' torch fallback allocates them (measured); with "
                "mamba_ssm and causal-conv1d installed the fused kernel keeps its inputs and recomputes the scan, and "
                "these layers need less",
            )
        )
    return notes


def _tower_and_expert_groups(arch: Architecture) -> tuple[list[TensorGroup], list[TensorGroup]]:
    """The parameter groups of the towers that run per image or audio chunk (core.tower_flops.tower_group), and the
    text model's routed experts: a decoding step reads only those its tokens are routed to (core.compute
    .experts_touched). Once per architecture (core.memo): a test of each group's name, about 20 a breakdown."""
    groups = count(arch).groups
    towers = [g for g in groups if tower_group(arch, g.component)]
    experts = [g for g in groups if g.kind == "expert" and not tower_group(arch, g.component)]
    return towers, experts


def estimate(scenario: Scenario) -> Estimate:
    gpu = resolve_gpu(scenario)
    ctx = make_ctx(scenario, gpu)
    items, phases = build_items(ctx)
    totals, _, idx = peak(items, phases)
    phase = phases[int(idx)]
    out_items = tuple(
        Item(
            key=it.key,
            label=it.label,
            category=it.category,
            bytes=round(float(it.by_phase.get(phase, 0.0))),
            formula=it.formula,
            explanation=it.explained(),
            inputs=it.input_values(),
            source=it.source,
        )
        for it in items
    )
    out_items = tuple(i for i in out_items if i.bytes > 0 or i.key == "weights")
    memory = Memory(
        phase=phase,
        items=out_items,
        phase_totals={p: round(float(totals[p])) for p in phases},
        backward_moment=backward_moment(items) if "backward" in phases else None,
    )
    budget = usable_budget(scenario, gpu)
    pool = engines.pool(ctx, memory, budget)
    fit = Fit(
        gpu_id=gpu.id,
        gpu_name=gpu.name,
        usable_bytes=budget,
        usable_measured=gpu.usable_is_measured,
        fits=memory.total <= budget and (pool is None or pool.fits),
        headroom_bytes=budget - memory.total,
    )
    pc = count(scenario.model.architecture)
    arch = ctx.arch
    mtp = mtp_count(arch) if arch.mtp is not None else None
    idle_names, idle_groups, _ = training_state.idle_skipped(ctx)
    idle = sum(g.numel for g in idle_groups)
    params = Params(
        total=pc.total,
        trainable=trainable_params(ctx),
        trainable_idle=idle,
        trainable_note=training_state.idle_params_words(idle_names, idle) if idle else "",
        by_component=dict(pc.by_component),
        mtp_layers=arch.mtp.num_layers if arch.mtp is not None else 0,
        mtp=mtp.total if mtp is not None else None,
    )
    w_item = memory.item("weights")
    kv_item = memory.item("kv_cache")
    tower_groups, experts = by_identity(arch, "tower_and_expert_groups", lambda: _tower_and_expert_groups(arch))
    tower_bytes = (
        weights_mod.format_bytes(ctx, ctx.weights_fmt, tower_groups)
        if tower_groups and w_item is not None and scenario.workload.mode == "inference"
        else 0.0
    )
    expert_bytes = (
        weights_mod.gpu_bytes(ctx, ctx.weights_fmt, experts)
        if experts and w_item is not None and scenario.workload.mode == "inference"
        else 0.0
    )
    comp = compute(
        scenario,
        pc,
        gpu,
        float(w_item.bytes if w_item else 0),
        float(kv_item.bytes if kv_item else 0),
        tower_bytes,
        expert_bytes,
    )
    if not fit.fits and comp.replicas_needed is not None:
        comp = _no_capacity(comp, fit)
    if pool is not None and engines.stopped_at_start(scenario.runtime.spec, pool.kv_tokens):
        comp = _not_started(comp, scenario)
    warnings = list(scenario.warnings()) + kernel_path_notes(scenario)
    st = arch.decoder
    if st is not None and st.moe is not None and st.moe.checkpoint_dtype:
        warnings.append(
            Message(
                "warn.expert_checkpoint_dtype",
                "The checkpoint keeps its experts in {dtype} (expert_dtype); they are sized here in the weight format "
                "chosen",
                dtype=st.moe.checkpoint_dtype,
            )
        )
    image_tokens, audio_tokens = media_tokens(scenario)
    if (image_tokens or audio_tokens) and image_tokens + audio_tokens > scenario.workload.context:
        warnings.append(_media_over_context(image_tokens, audio_tokens, scenario.workload.context))
    warnings += _inputs_not_taken(scenario)
    warnings += training_state.idle_tower_notes(ctx)
    idle_said = "audio" in training_state.idle_skipped(ctx)[0]  # the idle-tower note says it already
    if has_audio_tower(arch) and not scenario.workload.audio_seconds and not idle_said:
        warnings.append(
            Message(
                "note.audio_tower_idle",
                "no audio in the workload: the audio tower is idle (its weights are loaded, but no audio activations "
                "or audio tokens are sized; set the audio per sequence to size audio)",
            )
        )
    slots = scenario.runtime.spec.kv_cells == "slots"
    if slots and scenario.runtime.num_ctx is None and scenario.workload.mode == "inference":
        n_ctx = engines.slot_context(scenario, gpu)
        if scenario.workload.context > n_ctx:
            warnings.append(
                Message(
                    "warn.ollama_default_num_ctx",
                    "context {context:,} exceeds Ollama's default num_ctx {num_ctx:,} on {gpu}: "
                    "Ollama truncates the prompt to it (set OLLAMA_CONTEXT_LENGTH or num_ctx)",
                    context=scenario.workload.context,
                    num_ctx=n_ctx,
                    gpu=gpu.name,
                )
            )
    unverified = list(scenario.model.architecture.unverified) + unverified_memory_terms(scenario)
    if not gpu.usable_is_measured:
        warnings.append(
            Message(
                "warn.usable_derived",
                "{gpu}: usable memory derived from the advertised {advertised:g} {unit} (no driver reading on record)",
                gpu=gpu.name,
                advertised=gpu.memory.advertised,
                unit=gpu.memory.advertised_unit,
            )
        )
    host, host_why = training_state.host_ram(ctx)
    if scenario.runtime.gguf and scenario.workload.mode == "inference":
        host, host_why = engines.gguf_host_ram(ctx)
    return Estimate(
        engine=pool,
        stack=scenario.training.stack,
        host_ram_bytes=round(host),
        host_ram=host_why,
        scenario_name=scenario.name,
        mode=scenario.workload.mode,
        params=params,
        memory=memory,
        fit=fit,
        compute=comp,
        warnings=tuple([Message("warn.unverified", "unverified: {what}", what=u) for u in unverified] + warnings),
        verified=not unverified,
        unverified=tuple(unverified),
        expected_error=expected_error(scenario),
    )


def _no_capacity(comp: Compute, fit: Fit) -> Compute:
    """A setup that does not fit serves nothing: it has no capacity, so no replica count can be planned from it."""
    why = Message(
        "note.no_capacity",
        "no serving capacity: this setup does not fit {gpu} (short by {short_gib:,.2f} GiB per GPU), so replicas of it "
        "serve nothing; make it fit first (`sizing fit`)",
        gpu=fit.gpu_name,
        short_gib=-fit.headroom_bytes / 2**30,
    )
    expl = {k: v for k, v in comp.explanations.items() if k != "capacity"} | {"capacity": why}
    return comp.model_copy(
        update={"replicas_needed": None, "gpus_for_load": None, "notes": (*comp.notes, why), "explanations": expl}
    )


def _media_over_context(images: int, audio: int, context: int) -> Message:
    """The workload's media tokens are more than its context holds, named by the kinds it has (media_kind): images
    alone said "the images' and the audio's soft tokens (6,050 + 0)" (Mistral Small 3.1, 2 images; seen on Xvfb)."""
    if images and audio:
        return Message(
            "warn.soft_tokens_over_context",
            "the images' and the audio's soft tokens ({images:,} + {audio:,}) do not fit in the context of "
            "{context:,} tokens: the prompt holds every one of them",
            images=images,
            audio=audio,
            context=context,
        )
    if images:
        return Message(
            "warn.image_tokens_over_context",
            "the images' {images:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds "
            "every one of them",
            images=images,
            context=context,
        )
    return Message(
        "warn.audio_tokens_over_context",
        "the audio's {audio:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every "
        "one of them",
        audio=audio,
        context=context,
    )


def _not_started(comp: Compute, scenario: Scenario) -> Compute:
    """An engine that stops at start serves no token: no prefill, first token or decode speed (the roofline's figures
    would be those of a server that never runs), and the reason in their place."""
    spec = scenario.runtime.spec
    why = Message(
        "note.engine_not_started",
        "{engine} stops at start ('{error}'): it serves nothing, so there is no time to first token or decode speed",
        engine=spec.name,
        error=spec.stops_at_start,
    )
    gone = ("prefill", "decode", "capacity")
    return comp.model_copy(
        update={
            "prefill_seconds": None,
            "time_to_first_token": None,
            "decode_tokens_per_second": None,
            "aggregate_tokens_per_second": None,
            "decode_bound": "unknown",
            "replicas_needed": None,
            "gpus_for_load": None,
            "not_started": why,
            "explanations": {k: v for k, v in comp.explanations.items() if k not in gone},
        }
    )


def _inputs_not_taken(scenario: Scenario) -> list[Message]:
    """Images or audio given for a model with no tower that takes them: said, never silently costed as nothing."""
    arch, w = scenario.model.architecture, scenario.workload
    out = []
    if w.images and not takes_images(arch):
        out.append(
            Message(
                "warn.images_not_taken",
                "{images} images per sequence are not costed: this model has no vision tower that takes them",
                images=w.images,
            )
        )
    if w.audio_seconds and not has_audio_tower(arch):
        out.append(
            Message(
                "warn.audio_not_taken",
                "{seconds:g} s of audio per sequence is not costed: this model has no audio tower that takes it",
                seconds=w.audio_seconds,
            )
        )
    return out
