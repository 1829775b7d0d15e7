"""FLOPs, time and cost.

Forward FLOPs per token = 2·N_active (every weight multiplies and adds once; embeddings are lookups) plus
attention's 4·L·c·d_attn for a token attending to c cached tokens (Kaplan et al. 2020, Table 1). Training
≈ 3× forward (6·N·D), 4× with full recomputation (8·N·D); LoRA skips the frozen weights' gradients (4·N·D).
Time = FLOPs / (GPUs · dense peak of the precision · MFU). Inference is a roofline: prefill is compute-bound,
decode reads the weights once per step (of the routed experts, those its tokens are routed to: experts_touched) and the
KV cache, so it is usually bandwidth-bound. Image models are timed op
by op instead (core.cnn_speed: a CNN's forward pass and training step, a ViT classifier's forward pass), so a small
batch is a latency set by kernel launches, not a share of the peak.
"""

from __future__ import annotations

import math

from core import cnn_speed
from core.architecture import COMPRESSED_MIXERS
from core.cnn import total_macs
from core.hardware import GpuSpec
from core.memo import by_identity
from core.messages import Message, join
from core.params import ParamCount
from core.result import Compute
from core.samples import is_image_model, sample_unit
from core.scenario import Scenario
from core.stacks import get as get_stack
from core.tower_flops import TowerFlops, tower_group, towers, uncosted

# Model FLOPs utilisation presets for training with the HF stack (FSDP/DeepSpeed or single GPU, bf16).
# Sources (tests/data/reference/measured-cases.jsonl): Megatron-LM on H100 0.41-0.49 (thr-megatron-*),
# torchtitan Llama-3.1-8B FSDP 0.33-0.39,
# and Meta's Llama 2 GPU-hours imply 0.39 (7B) to 0.43 (70B) on A100.
MFU_TRAINING = 0.40
MFU_TRAINING_SMALL = 0.25  # < 1B parameters: kernels too small to fill the GPU
MFU_CNN = 0.35  # only where core.cnn_speed cannot time the network (no peak or bandwidth for the GPU)
# Achievable fractions of the roofline (pytorch/ao torchao/testing/training/roofline_utils.py planning factors
# for H100: gemm 0.78, hbm 0.92). Decode engines reach 60-85 % of bandwidth in practice; we use 0.8.
GEMM_EFFICIENCY = 0.78
HBM_EFFICIENCY = 0.80
# Decode's achievable bandwidth, checked on published batch-1 decode (tests/data/reference/serving-measured.jsonl):
# llama.cpp F16 on an RTX 4090 implies 0.816 (no fixed step cost in llama.cpp: core.runtimes) and vLLM 0.23 with
# Llama-3.1-8B on an A100 40GB 0.78 without its step cost, 0.84 with it (the rows marked "calibration").
# Each step also pays the engine's fixed cost (core.runtimes decode_step_s, decode_moe_layer_s: scheduling and
# sampling per step, routing per MoE layer), which reading nothing would still take.
# Tensor parallelism adds two all-reduces per layer (after attention and after the MLP) to every forward pass; at
# decode they are latency-bound, not bandwidth-bound: 23 µs each, from NIM 1.8.0's Llama-3.3-70B FP8 TP2 on H100 at
# one request (18.58 ms measured less the 13.9 ms bandwidth roofline and vLLM's 1.0 ms step cost, over 2 × 80
# all-reduces = 23 µs, the calibration row); held out: the same NIM at 5-50 requests and 500 / 2,000 tokens, vLLM's
# TP4 Llama-3-70B and TP2 Mixtral on H200.
# The all-reduce kernel alone is far shorter: 3-5 µs for 8-16 KB on 2-8 H100s under CUDA graphs, 19-25 µs eager
# (NVIDIA aiconfigurator's measured database, ai-dynamo/aiconfigurator @ 095f58a5, aic-core/src/aiconfigurator_core/
# systems/data/h100_sxm/comm/{trtllm/1.3.0rc10,vllm/0.19.0,sglang/0.5.10}/custom_allreduce_perf.parquet), so the
# 23 µs is the whole cost of each synchronisation point: the kernel, waiting for the slowest GPU, and the launch
# gaps around it — a fitted figure, not a kernel time.
ALLREDUCE_SECONDS = 23e-6


def active_params(pc: ParamCount, scenario: Scenario) -> float:
    """Parameters that do multiply-adds for one token: routed experts count k/E, lookups not at all, a multimodal
    model's towers not at all (they run per image or audio chunk: core.tower_flops)."""
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    total = 0.0
    for g in pc.groups:
        if g.kind in ("embedding", "position", "norm") or (g.kind == "bias") or tower_group(arch, g.component):
            continue
        n = float(g.numel)
        if g.kind == "expert" and st is not None and st.moe is not None:
            n *= st.moe.experts_per_token / st.moe.num_experts
        total += n
    if arch.tie_word_embeddings and arch.lm_head and arch.decoder is not None:
        total += arch.vocab_size * arch.decoder.hidden_size
    return total


def experts_touched(num_experts: int, per_token: int, tokens: int) -> float:
    """Expected number of distinct routed experts a MoE layer runs for `tokens` tokens, each routed to `per_token` of
    `num_experts` uniformly at random: an expert is missed by one token with probability 1 − k/E, by all B of them
    with (1 − k/E)^B, so E·(1 − (1 − k/E)^B) are touched — k at B = 1, all E as B grows. Real routers are skewed
    (some experts are popular), which touches fewer distinct experts: this is the upper bound on bytes read."""
    return num_experts * (1 - (1 - per_token / num_experts) ** tokens)


def attention_flops_per_token(scenario: Scenario, context: float) -> float:
    """Forward attention FLOPs for one token attending to `context` tokens: 4·L·c·d_attn (QKᵀ and AV)."""
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    if st is None:
        return 0.0
    att = st.attention
    d = att.q_width if att.mla is None else att.num_heads * (att.mla.qk_head_dim + att.mla.v_head_dim) / 2
    # only attention layers attend; linear-attention, SSM and convolution layers cost ~2N per token (in the weights)
    # compressed layers (DeepSeek-V4's CSA / HCA) are costed at the sliding window every layer attends (the compressed
    # entries and the indexer's top-k are not in this count)
    sliding = st.mixer_count("sliding", *COMPRESSED_MIXERS) if att.sliding_window else 0
    chunked = st.mixer_count("chunked") if att.chunk_size else 0
    full = st.attention_layer_count - sliding - chunked
    total = 4 * full * context * d
    if sliding and att.sliding_window:
        total += 4 * sliding * min(context, att.sliding_window) * d
    if chunked and att.chunk_size:
        total += 4 * chunked * min(context, att.chunk_size) * d
    return total


def cnn_forward_flops(scenario: Scenario) -> float:
    """2 × multiply-accumulates (core.cnn.total_macs: convolutions, linear layers, attention's products)."""
    spec = scenario.model.architecture.cnn
    assert spec is not None
    return 2.0 * total_macs(spec, scenario.workload.image_size or spec.image_size)


def vision_forward_flops(scenario: Scenario, n_active: float) -> float:
    """A vision transformer on one image: every patch token (and the class token) multiplies through all weights,
    and attends to every other token of the image (4·L·P·d per token)."""
    v = scenario.model.architecture.vision
    assert v is not None
    size = scenario.workload.image_size or v.image_size
    patches = (size // v.patch_size) ** 2
    tokens = patches + (1 if v.class_token else 0)
    st = v.stack
    # the patch embedding runs on the patches only (not the class token), the classification head on one token
    head = v.num_classes * st.hidden_size if v.num_classes and v.class_token else 0
    embed = st.hidden_size * v.in_channels * v.patch_size**2 * v.temporal_patch_size
    body = tokens * (2 * n_active + 4 * st.num_layers * tokens * st.attention.q_width)
    return body - 2 * head * (tokens - 1) - 2 * embed * (tokens - patches)


def training_multiplier(frozen_base: bool, recompute: bool) -> float:
    """Training FLOPs per sample as a multiple of the forward pass: 3 (forward + backward's input and weight
    gradients, the 6·N·D rule), 2 when a frozen base needs no weight gradients (LoRA), +1 when full activation
    recomputation runs the forward again (8·N·D)."""
    return (2.0 if frozen_base else 3.0) + (1.0 if recompute else 0.0)


def default_mfu(scenario: Scenario, pc: ParamCount) -> float:
    if scenario.cost.mfu is not None:
        return scenario.cost.mfu
    if scenario.model.architecture.cnn is not None:
        return MFU_CNN
    return MFU_TRAINING_SMALL if pc.total < 1e9 else MFU_TRAINING


def _selective_recompute(scenario: Scenario, flops_per_token: float, n_act: float) -> tuple[float, str]:
    """Share of a forward pass that selective checkpointing runs again in backward: torchtitan's op-level policy
    (fsdp2) recomputes every second matmul (wk, wo, w3 of a Llama block); Megatron's recomputes the attention core."""
    from core.stacks import get as get_stack

    st = scenario.model.architecture.decoder
    attention = max(0.0, flops_per_token - 2 * n_act)
    if get_stack(scenario.training.stack).sharding == "fsdp" and st is not None:
        att = st.attention
        h = st.hidden_size
        i = st.moe.expert_intermediate_size * st.moe.experts_per_token if st.moe else st.mlp.intermediate_size
        mms = [h * att.q_width, h * att.kv_width, h * att.kv_width, att.o_width * h]
        mms += [h * i, h * i, i * h] if st.mlp.gated else [h * i, i * h]
        again = sum(w for n, w in enumerate(mms) if n % 2 == 1)
        share = 2 * again * st.num_layers / flops_per_token
        return share, Message(
            "compute.selective_torchtitan",
            ", selective: {share:.0%} of the forward again (every second matmul, torchtitan op policy)",
            share=share,
        )
    share = attention / flops_per_token if flops_per_token else 0.0
    return share, Message(
        "compute.selective_megatron",
        ", selective: the attention core again ({share:.0%} of the forward, Megatron policy)",
        share=share,
    )


def compute(
    scenario: Scenario,
    pc: ParamCount,
    gpu: GpuSpec,
    weight_bytes: float,
    kv_bytes: float,
    tower_weight_bytes: float = 0.0,
    expert_weight_bytes: float = 0.0,
) -> Compute:
    """Of `weight_bytes` (per GPU), what a decoding step does not read in full: `tower_weight_bytes`, the towers'
    (core.tower_flops.tower_group), which run per image or audio chunk in the prefill and not at all in a decoding
    step; `expert_weight_bytes`, the text model's routed experts, of which a step reads those its tokens are routed to
    (experts_touched)."""
    w = scenario.workload
    p = scenario.parallelism
    arch = scenario.model.architecture
    gpus = p.gpus
    notes: list[str] = []
    expl: dict[str, str] = {}
    # the architecture's alone (pc is its count, core.params.count): once per architecture (core.memo), a pass over
    # its groups' names
    n_act = by_identity(arch, "active_params", lambda: active_params(pc, scenario))
    precision: str
    if w.mode == "training":
        precision = scenario.precision.training
    else:
        # weight-only quantization computes in 16 bits; FP8 checkpoints run FP8 matmuls (W8A8) on GPUs that have them
        precision = {"fp32": "fp32", "fp16": "fp16", "fp8": "fp8"}.get(scenario.precision.weights, "bf16")
        if precision == "fp8" and gpu.peak_flops("fp8") is None:
            precision = "bf16"
    peak = gpu.peak_flops(precision)
    expl["gpu_peak"] = _gpu_peak_words(gpu, precision, peak)
    image_model = is_image_model(arch)
    unit = sample_unit(arch)
    per_unit = unit.name
    if arch.cnn is not None:
        flops_per_token = cnn_forward_flops(scenario)
    elif image_model:
        flops_per_token = vision_forward_flops(scenario, n_act)
    else:
        flops_per_token = 2 * n_act + attention_flops_per_token(
            scenario, w.context / (2 if w.mode == "training" else 1)
        )
    if arch.cnn is not None:
        expl["flops_per_token"] = Message(
            "compute.flops_cnn",
            "2 × Σ multiply-accumulates (conv weights × H_out·W_out, linear weights, attention QKᵀ and AV) = "
            "{flops:.3e} FLOPs per image (forward)",
            flops=flops_per_token,
        )
    elif image_model:
        expl["flops_per_token"] = Message(
            "compute.flops_vision",
            "patch tokens × (2 × {params:,.0f} parameters + attention 4·L·P·d over the image's P patches) = "
            "{flops:.3e} FLOPs per image (forward)",
            params=n_act,
            flops=flops_per_token,
        )
    else:
        expl["flops_per_token"] = Message(
            f"compute.flops_per_{per_unit.replace(' ', '_')}",
            "2 × {params:,.0f} active parameters + attention 4·L·c·d over the context = {flops:.3e} FLOPs "
            "per " + per_unit + " (forward)",
            params=n_act,
            flops=flops_per_token,
        )
    if w.mode == "training":
        tr = scenario.training
        mult = training_multiplier(tr.finetune != "full", tr.grad_checkpointing == "full")
        recompute = ""
        if tr.grad_checkpointing == "selective" and per_unit == "token":
            share, recompute = _selective_recompute(scenario, flops_per_token, n_act)
            mult += share
        mfu = default_mfu(scenario, pc)
        tw = [] if image_model else towers(scenario, pc)
        tower_mults = [_tower_multiplier(t, scenario) for t in tw]
        tower_train = sum(m * t.forward for m, t in zip(tower_mults, tw, strict=True))  # per sequence
        # per context token: the text model's, and the towers' FLOPs of the sequence spread over its tokens
        train_flops_unit = mult * flops_per_token + tower_train / max(1, w.context)
        if tw:
            frozen = tr.finetune != "full"
            share = tower_train / max(1, w.context) / train_flops_unit
            expl["towers"] = _tower_words(tw, share, max(tower_mults), frozen)
        # context parallel: cp ranks share each sequence, so dp / cp sequences per micro-batch step
        cp = p.cp if get_stack(tr.stack).context_parallel else 1
        tokens_step = w.batch * (1 if image_model else w.context) * p.dp / cp * w.grad_accumulation
        step_flops = train_flops_unit * tokens_step
        timed = (
            _cnn_timing(scenario, gpu, precision, training=True)
            if arch.cnn is not None and scenario.cost.mfu is None and peak
            else None
        )
        if timed is not None and peak:
            # timed op by op (core.cnn_speed): the micro-batch's forward, backward and optimizer, once per
            # accumulation step; the MFU is what that time implies
            mfu = step_flops / (timed.seconds * w.grad_accumulation * gpus * peak)
            expl["cnn_step"] = _cnn_words(timed, w.batch, training=True)
        expl["training"] = Message(
            f"compute.training_per_{per_unit.replace(' ', '_')}",
            "{mult:.3g} × forward FLOPs per " + per_unit + " ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}",
            mult=mult,
            rule="6" if mult == 3 else f"{2 * mult:.3g}",
            full=Message("compute.with_recomputation", ", with recomputation")
            if tr.grad_checkpointing == "full"
            else "",
            selective=recompute,
            lora=Message("compute.lora_no_weight_grads", ", LoRA: no weight gradients for the frozen base")
            if tr.finetune != "full"
            else "",
            mfu=mfu,
        )
        res = Compute(
            flops_per_token=flops_per_token,
            peak_flops_per_gpu=peak,
            precision=precision,
            mfu=mfu,
            sample_unit=unit.name,
            explanations=expl,
            tower_flops_per_sequence=sum(t.forward for t in tw),
            tower_share=tower_train / max(1, w.context) / train_flops_unit if tw else 0.0,
        )
        notes += uncosted(scenario)
        if peak is None:
            notes.append(
                Message(
                    "note.no_peak",
                    "{gpu}: no published dense {precision} peak, so time cannot be estimated",
                    gpu=gpu.name,
                    precision=precision,
                )
            )
            return res.model_copy(update={"notes": tuple(notes)})
        per_second = gpus * peak * mfu
        step = step_flops / per_second
        update: dict[str, object] = {"step_seconds": step, "tokens_per_second": tokens_step / step}
        if timed is not None:
            update["image_bound"] = timed.bound
        if w.train_tokens:
            total_flops = train_flops_unit * w.train_tokens
            secs = total_flops / per_second
            update.update(training_flops=total_flops, training_seconds=secs, gpu_hours=secs * gpus / 3600)
            if scenario.cost.price_per_gpu_hour:
                update["cost_usd"] = secs * gpus / 3600 * scenario.cost.price_per_gpu_hour
            expl["time"] = Message(
                "compute.time",
                "{flops:.3e} FLOPs / ({gpus} GPUs × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} h; "
                "GPU-hours = hours × GPUs",
                flops=total_flops,
                gpus=gpus,
                tflops=peak / 1e12,
                mfu=mfu,
                hours=secs / 3600,
            )
        return res.model_copy(update={**update, "notes": tuple(notes)})

    # inference roofline
    seqs = w.batch * w.concurrency
    prompt = max(1, w.context - w.output_tokens)
    res = Compute(
        flops_per_token=flops_per_token,
        peak_flops_per_gpu=peak,
        precision=precision,
        sample_unit=unit.name,
        explanations=expl,
    )
    if image_model:
        timed = _cnn_timing(scenario, gpu, precision, training=False)
        if timed is not None:
            # the batch is split over the GPUs (replicas); each runs its share at the same time
            expl["images"] = _cnn_words(timed, math.ceil(seqs / gpus), training=False)
            return res.model_copy(
                update={
                    "batch_seconds": timed.seconds,
                    "aggregate_tokens_per_second": seqs / timed.seconds,
                    "image_bound": timed.bound,
                    "explanations": expl,
                }
            )
        if peak:
            t_img = flops_per_token * seqs / (gpus * peak * GEMM_EFFICIENCY)
            return res.model_copy(update={"prefill_seconds": t_img, "aggregate_tokens_per_second": seqs / t_img})
        return res
    bw = gpu.bandwidth_bytes_per_s
    tw = towers(scenario, pc)
    tower_fwd = sum(t.forward for t in tw) * seqs  # the towers run over every sequence's images / audio first
    text_prefill = (2 * n_act * prompt + attention_flops_per_token(scenario, prompt / 2) * prompt) * seqs
    prefill_flops = text_prefill + tower_fwd
    if tw:
        expl["towers"] = _tower_words(tw, tower_fwd / prefill_flops, 1.0, True)
        res = res.model_copy(
            update={"tower_flops_per_sequence": tower_fwd / seqs, "tower_share": tower_fwd / prefill_flops}
        )
    notes += uncosted(scenario)
    shard = p.tp * (p.pp if scenario.runtime.spec.pipelined else 1)
    update = {}
    # tensor parallel: two all-reduces per layer per forward pass, each a fixed latency (ALLREDUCE_SECONDS)
    st = arch.decoder
    n_ar = 2 * st.num_layers if st is not None and p.tp > 1 else 0
    t_ar = n_ar * ALLREDUCE_SECONDS
    ar_words: str = (
        Message(
            "compute.allreduces",
            " + {n} all-reduces × {us:.0f} µs (tensor parallel)",
            n=n_ar,
            us=ALLREDUCE_SECONDS * 1e6,
        )
        if n_ar
        else ""
    )
    if peak:
        t_c = prefill_flops / (p.tp * peak * GEMM_EFFICIENCY)
        t_m = weight_bytes / (bw * HBM_EFFICIENCY) if bw else 0.0
        t_pre = max(t_c, t_m) + t_ar
        update["prefill_seconds"] = t_pre
        update["time_to_first_token"] = t_pre
        expl["prefill"] = Message(
            "compute.prefill_allreduces",
            "max(compute {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%}), weights {weights_gb:,.2f} GB "
            "/ bandwidth){ar} = {ms:,.1f} ms for {seqs} × {prompt:,} prompt tokens",
            flops=prefill_flops,
            tp=p.tp,
            tflops=peak / 1e12,
            eff=GEMM_EFFICIENCY,
            weights_gb=weight_bytes / 1e9,
            ar=ar_words,
            ms=t_pre * 1e3,
            seqs=seqs,
            prompt=prompt,
        )
    if bw:
        avg_ctx = prompt + w.output_tokens / 2
        # the text model's weights (the towers do not decode); of the routed experts, those the step's tokens touch
        moe = st.moe if st is not None else None
        touched = experts_touched(moe.num_experts, moe.experts_per_token, seqs) if moe is not None else 0.0
        expert_read = expert_weight_bytes * touched / moe.num_experts if moe is not None else expert_weight_bytes
        read = max(0.0, weight_bytes - tower_weight_bytes - (expert_weight_bytes - expert_read))
        step_bytes = read + kv_bytes * avg_ctx / max(1, w.context)
        t_mem = step_bytes / (bw * HBM_EFFICIENCY)
        step_flops = (2 * n_act + attention_flops_per_token(scenario, avg_ctx)) * seqs / shard
        t_comp = step_flops / (peak * GEMM_EFFICIENCY) if peak else 0.0
        # the engine's fixed cost of a step, whatever it reads (core.runtimes: decode_step_s, decode_moe_layer_s)
        eng = scenario.runtime.spec
        n_moe = st.moe_layer_count if moe is not None and st is not None else 0
        t_fixed = eng.decode_step_s + n_moe * eng.decode_moe_layer_s
        t = max(t_mem, t_comp) + t_ar + t_fixed
        fixed_words: str = (
            Message(
                "compute.decode_fixed",
                " + {engine}'s fixed cost {ms:,.2f} ms ({step_ms:,.2f} ms a step{moe})",
                engine=eng.name,
                ms=t_fixed * 1e3,
                step_ms=eng.decode_step_s * 1e3,
                moe=Message(
                    "compute.decode_fixed_moe",
                    " + {n} MoE layers × {us:,.0f} µs of routing",
                    n=n_moe,
                    us=eng.decode_moe_layer_s * 1e6,
                )
                if n_moe and eng.decode_moe_layer_s
                else "",
            )
            if t_fixed
            else ""
        )
        update.update(
            decode_tokens_per_second=1 / t,
            aggregate_tokens_per_second=seqs / t,
            decode_bound="memory" if t_mem >= t_comp else "compute",
        )
        target = w.target_tokens_per_second
        if target:
            # accelerators = ceil(demand / per-replica capacity): each replica serves `seqs` sequences at once
            replicas = max(1, math.ceil(target / (seqs / t)))
            update.update(replicas_needed=replicas, gpus_for_load=replicas * gpus)
            expl["capacity"] = Message(
                "compute.capacity",
                "{target:,.0f} tokens/s ÷ {per_replica:,.1f} tokens/s per replica ({seqs} concurrent sequences on "
                "{gpus} GPU{gpus_s}) → {replicas} replica{replicas_s}, {total} GPUs",
                target=target,
                per_replica=seqs / t,
                seqs=seqs,
                gpus=gpus,
                gpus_s="s" if gpus > 1 else "",
                replicas=replicas,
                replicas_s="s" if replicas > 1 else "",
                total=replicas * gpus,
            )
        figures = {
            "weights_gb": read / 1e9,
            "towers": Message(
                "compute.decode_towers",
                ", not the towers' {gb:,.2f} GB, which decoding does not run",
                gb=tower_weight_bytes / 1e9,
            )
            if tower_weight_bytes
            else "",
            "experts": Message(
                "compute.decode_experts",
                "; of each MoE layer's {experts} routed experts, the {touched:,.1f} that {seqs} token{seqs_s} "
                "touch{verb_s} ({read_gb:,.2f} of {all_gb:,.2f} GB: E·(1 − (1 − k/E)^B) with k = {k}, assuming uniform "
                "routing; real routing is skewed, so fewer are touched and decoding is a little faster)",
                experts=moe.num_experts,
                touched=touched,
                seqs=seqs,
                seqs_s="s" if seqs > 1 else "",
                verb_s="" if seqs > 1 else "es",
                read_gb=expert_read / 1e9,
                all_gb=expert_weight_bytes / 1e9,
                k=moe.experts_per_token,
            )
            if moe is not None and expert_weight_bytes
            else "",
            "kv_gb": kv_bytes * avg_ctx / max(1, w.context) / 1e9,
            "bw_gbs": bw / 1e9,
            "eff": HBM_EFFICIENCY,
            "t_mem_ms": t_mem * 1e3,
            "t_comp_ms": t_comp * 1e3,
            "ar": ar_words,
            "fixed": fixed_words,
            "per_seq": 1 / t,
            "total": seqs / t,
        }
        expl["decode"] = (
            Message(
                "compute.decode_allreduces_bandwidth",
                "each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ "
                "{kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute "
                "{t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total "
                "(bandwidth-bound)",
                **figures,
            )
            if t_mem >= t_comp
            else Message(
                "compute.decode_allreduces_compute",
                "each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ "
                "{kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute "
                "{t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total "
                "(compute-bound)",
                **figures,
            )
        )
    else:
        notes.append(
            Message(
                "note.no_bandwidth", "{gpu}: memory bandwidth unknown, decode speed cannot be estimated", gpu=gpu.name
            )
        )
    # (the Compute above copied `expl` when it was built: what was added since goes in with the update)
    return res.model_copy(update={**update, "notes": tuple(notes), "explanations": expl})


def _tower_multiplier(t: TowerFlops, scenario: Scenario) -> float:
    """A tower's training FLOPs as a multiple of its forward: trained (full fine-tuning) as the text model, forward and
    backward; frozen (LoRA on the text model), its forward only — unless checkpointing hooks its input embedding
    (core.tower_flops: Voxtral's encoder), when backward runs through it for input gradients (and recomputes it under
    full checkpointing) with no weight gradients, as through the frozen text model."""
    tr = scenario.training
    recompute = tr.grad_checkpointing == "full"
    if tr.finetune == "full":
        return training_multiplier(False, recompute)
    if t.hooked_by_checkpointing and tr.grad_checkpointing != "none":
        return training_multiplier(True, recompute)
    return 1.0


def _tower_words(tw: list[TowerFlops], share: float, mult: float, frozen: bool) -> str:
    """Each tower's FLOPs in words, and their share of the step's (or the prefill's) FLOPs."""
    if mult == 1.0:
        how = Message("compute.towers_forward", "forward only")
    elif frozen:
        how = Message(
            "compute.towers_input_grads",
            "{mult:g} × forward: frozen, but checkpointing's input hook sends backward through them for input "
            "gradients",
            mult=mult,
        )
    else:
        how = Message("compute.towers_trained", "{mult:g} × forward: they train, forward and backward", mult=mult)
    return Message(
        "compute.towers",
        "{towers}; {share:.1%} of the FLOPs ({how})",
        towers=join([t.words for t in tw], "; "),
        share=share,
        how=how,
    )


def _cnn_timing(scenario: Scenario, gpu: GpuSpec, precision: str, *, training: bool) -> cnn_speed.StepTime | None:
    """core.cnn_speed's time of one micro-batch (training) or of each GPU's share of the batch (inference)."""
    spec = cnn_speed.image_layers(scenario.model.architecture, training=training)
    if spec is None:
        return None
    w = scenario.workload
    batch = w.batch if training else math.ceil(w.batch * w.concurrency / scenario.parallelism.gpus)
    mode = scenario.precision.training if training else precision
    return cnn_speed.step_time(spec, w.image_size or spec.image_size, batch, gpu, mode, training=training)


def _cnn_words(t: cnn_speed.StepTime, batch: int, *, training: bool) -> str:
    bound = {
        "latency": Message(
            "compute.cnn_bound_latency", "latency-bound: kernel launches, not the GPU's arithmetic, set the time"
        ),
        "compute": Message("compute.cnn_bound_compute", "compute-bound: the convolutions' arithmetic sets the time"),
        "memory": Message(
            "compute.cnn_bound_memory",
            "memory-bound: batch-norms, activations and additions streaming the feature maps set the time",
        ),
    }[t.bound]
    return Message(
        "compute.cnn_time",
        "{what}, batch of {batch}: {ops} kernels, each taking the longest of its launch floor ({floor_us:.1f} µs), "
        "its arithmetic (convolutions at {eff:.0%} of {tflops:,.1f} TFLOP/s {math}) and its memory traffic "
        "({bw_eff:.0%} of the bandwidth): launches {floor_ms:,.2f} ms + arithmetic {compute_ms:,.2f} ms + memory "
        "{memory_ms:,.2f} ms = {ms:,.2f} ms, {per_s:,.0f} images/s ({bound})",
        what=Message("compute.cnn_training_step", "training step (forward, backward, SGD)")
        if training
        else Message("compute.cnn_forward", "forward pass"),
        batch=batch,
        ops=t.ops,
        floor_us=cnn_speed.OP_FLOOR_SECONDS * 1e6,
        eff=t.efficiency,
        tflops=t.peak_flops / 1e12,
        math=t.math,
        bw_eff=cnn_speed.HBM_EFFICIENCY,
        floor_ms=t.floor_seconds * 1e3,
        compute_ms=t.compute_seconds * 1e3,
        memory_ms=t.memory_seconds * 1e3,
        ms=t.seconds * 1e3,
        per_s=batch / t.seconds,
        bound=bound,
    )


def _gpu_peak_words(gpu: GpuSpec, precision: str, peak: float | None) -> str:
    if peak is None:
        return Message(
            "compute.no_peak", "{gpu}: dense {precision} peak not published", gpu=gpu.name, precision=precision
        )
    c = gpu.compute
    if c and c.cores and c.boost_clock_mhz:
        return Message(
            "compute.peak_with_cores",
            "{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved). For scale: "
            "{cores:,} cores × {mhz:,.0f} MHz × 2 FLOPs (FMA) = {fp32:,.1f} TFLOP/s fp32 on the vector units",
            gpu=gpu.name,
            tflops=peak / 1e12,
            precision=precision,
            cores=c.cores,
            mhz=c.boost_clock_mhz,
            fp32=c.cores * c.boost_clock_mhz * 1e6 * 2 / 1e12,
        )
    return Message(
        "compute.peak",
        "{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved)",
        gpu=gpu.name,
        tflops=peak / 1e12,
        precision=precision,
    )
