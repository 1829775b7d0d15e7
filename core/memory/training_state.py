"""Training state per GPU: parameters (and their 16-bit/32-bit copies), gradients, optimizer states and
the temporaries of the optimizer step, under mixed precision, LoRA/QLoRA, ZeRO/FSDP and offload.

Conventions follow the default PyTorch + Hugging Face stack:
- `torch.optim` keeps optimizer states in the parameter's dtype; its default on CUDA is the multi-tensor
  ("foreach") implementation, whose AdamW step allocates one parameter-sized temporary (the
  `_foreach_sqrt` of exp_avg_sq) while all gradients are still alive.
- mixed precision without ZeRO is torch.autocast over fp32 parameters (HF Trainer `bf16=True`):
  fp32 weights, fp32 gradients, fp32 states, and 16-bit copies of the matmul weights made by autocast
  that live from the forward pass to the end of backward.
- with ZeRO ≥ 1 mixed precision follows DeepSpeed (ZeRO paper, Rajbhandari et al. 2020, §3):
  16-bit parameters and gradients, fp32 master weights and optimizer states, partitioned by stage.
- PEFT LoRA adapters are fp32 (`autocast_adapter_dtype=True`) and are the only trainable tensors.
- DDP (several GPUs, no ZeRO) keeps its all-reduce buckets beside the gradients
  (`gradient_as_bucket_view=False` is the default): one more gradient-sized buffer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from core import stacks
from core.memory.context import Ctx, Moment, Num, PhaseItem
from core.memory.towers import idle_towers
from core.memory.weights import (
    dora_magnitudes,
    format_bytes,
    lora_params,
    modules_to_save,
    numel_per_gpu,
    per_gpu,
    prompt_params,
)
from core.messages import Bytes, Message, concat, unnested
from core.params import TensorGroup
from core.result import Phase

STATE_BYTES = {  # optimizer state per trainable parameter, in units of the state dtype (or bytes if absolute)
    "adamw": (Message("optimizer.adam_states", "2 states (exp_avg, exp_avg_sq)"), 2),
    "adam": (Message("optimizer.adam_states", "2 states (exp_avg, exp_avg_sq)"), 2),
    "sgd": (Message("optimizer.no_state", "no state"), 0),
    "sgd-momentum": (Message("optimizer.momentum_state", "1 state (momentum_buffer)"), 1),
    "lion": (Message("optimizer.lion_state", "1 state (exp_avg)"), 1),
}


def _matmul_params(ctx: Ctx) -> float:
    """Parameters autocast copies to 16 bits: weights of every Linear the forward pass runs (embedding lookups are not
    cast; an idle tower's Linears never run)."""
    idle = {id(g) for g in idle_towers(ctx)[1]}
    return numel_per_gpu(
        ctx,
        [
            g
            for g in ctx.pc.groups
            if id(g) not in idle
            and (
                g.kind in ("linear", "expert", "lm_head", "router")
                or (g.kind == "embedding" and ctx.arch.tie_word_embeddings)
            )
        ],
    )


def _largest_tensor(ctx: Ctx, groups: Sequence[TensorGroup] | None = None) -> int:
    return max((g.per_tensor for g in (ctx.pc.groups if groups is None else groups)), default=0)


def idle_skipped(ctx: Ctx) -> tuple[tuple[str, ...], list[TensorGroup], bool]:
    """The towers a full fine-tune feeds nothing (core/memory/towers.py idle_towers), their parameter groups, and
    whether the stack leaves them untrained — no gradient, no optimizer state — at this ZeRO stage (core/stacks.py
    idle_params_skipped_at, read from each stack's source); otherwise it charges them as trained parameters."""
    names, groups = idle_towers(ctx)
    if not groups or ctx.scenario.training.finetune != "full":
        return (), [], False
    st = stacks.get(ctx.scenario.training.stack)
    return names, groups, effective_zero(ctx) in st.idle_params_skipped_at


def sharded_dp(ctx: Ctx) -> float:
    """What ZeRO/FSDP sharding divides this GPU's parameters by: DP, except that under expert parallelism the expert
    parameters are sharded only over the DP / EP ranks of their expert-data-parallel group (DeepSpeed-MoE, Megatron
    --expert-model-parallel-size): dense / DP + experts_here · EP / DP parameters per rank."""
    dp, ep = ctx.dp, ctx.scenario.parallelism.ep
    if ep == 1 or ctx.scenario.training.finetune != "full":
        return float(dp)
    experts = numel_per_gpu(ctx, [g for g in ctx.pc.groups if g.split == "expert"])
    total = numel_per_gpu(ctx, ctx.pc.groups)
    return total / ((total - experts) / dp + experts * ep / dp)


def effective_zero(ctx: Ctx) -> int:
    """The ZeRO stage whose partitioning the stack applies: the scenario's for ZeRO stacks, 3 for FSDP2 (parameters,
    gradients and states sharded per parameter), 1 for Megatron's distributed optimizer (fp32 master weights and
    states sharded; 16-bit parameters and the fp32 gradient buffer whole)."""
    st = stacks.get(ctx.scenario.training.stack)
    return {"zero": ctx.scenario.parallelism.zero, "fsdp": 3, "distributed-optimizer": 1}[st.sharding]


def sixteen_bit_params(ctx: Ctx) -> bool:
    """Mixed precision with 16-bit parameters and an fp32 master copy in the optimizer (DeepSpeed, Megatron, or
    the HF DeepSpeed integration at ZeRO ≥ 1), as opposed to fp32 parameters under autocast or FSDP2's policy."""
    s = ctx.scenario
    st = stacks.get(s.training.stack)
    if not s.precision.training.startswith("mixed") or st.master == "fsdp":
        return False
    return st.master == "optimizer" or effective_zero(ctx) >= 1


def computes_in_16_bits(ctx: Ctx) -> bool:
    """Mixed precision whose forward runs on 16-bit parameters (no autocast): 16-bit parameters with an fp32 master
    copy, or FSDP2's MixedPrecisionPolicy(param_dtype=bf16) gathering 16-bit copies of fp32 shards."""
    st = stacks.get(ctx.scenario.training.stack)
    return sixteen_bit_params(ctx) or (ctx.scenario.precision.training.startswith("mixed") and st.master == "fsdp")


def items(ctx: Ctx) -> list[PhaseItem]:
    s = ctx.scenario
    t, p = s.training, s.parallelism
    stack = stacks.get(t.stack)
    ft = t.finetune
    prec = s.precision.training
    mixed = prec.startswith("mixed")
    half = 2 if prec in ("bf16", "fp16") or mixed else 4
    dp = ctx.dp
    sdp = sharded_dp(ctx)
    ep = p.ep
    over = (
        Message(
            "training.over_ranks_ep",
            "{dp} ranks (experts over the {edp} ranks of their expert-data-parallel group)",
            dp=dp,
            edp=dp // ep,
        )
        if ep > 1
        else Message("training.over_ranks", "{dp} ranks", dp=dp)
    )
    zero = effective_zero(ctx)
    scheme = {
        "distributed-optimizer": Message("training.distributed_optimizer", "distributed optimizer"),
        "fsdp": "FSDP",
    }.get(stack.sharding, f"ZeRO-{zero}")
    deepspeed = sixteen_bit_params(ctx)
    out: list[PhaseItem] = []
    accum = s.workload.grad_accumulation > 1
    all_phases: tuple[Phase, ...] = ("forward", "backward", "backward_end", "optimizer_step")

    n_total = numel_per_gpu(ctx, ctx.pc.groups)
    idle_names, idle_groups, skipped = idle_skipped(ctx)
    trained_groups = [g for g in ctx.pc.groups if id(g) not in {id(i) for i in idle_groups}] if skipped else None
    if ft == "full":
        # an idle tower the stack leaves without a gradient keeps its weights only (no gradient, no optimizer state)
        trainable = numel_per_gpu(ctx, trained_groups) if trained_groups is not None else n_total
        # --- parameters
        if deepspeed:
            w_bytes = half * n_total / (sdp if zero == 3 else 1)
            params_off = zero == 3 and p.offload == "optimizer+params"
            shard_bytes = w_bytes
            if params_off:
                w_bytes = 0.0  # offload_param: the 16-bit partition lives in CPU memory, gathered from there
            out.append(
                PhaseItem(
                    "weights",
                    Message(
                        "item.weights" + ("_zero3_shard" if zero == 3 else "") + ("_offloaded" if params_off else ""),
                        "Weights ({format}"
                        + (", ZeRO-3 shard" if zero == 3 else "")
                        + (", offloaded to CPU)" if params_off else ")"),
                        format=prec[6:],
                    ),
                    "weights",
                    dict.fromkeys(all_phases, w_bytes),
                    "2 · N" + (" / DP" if zero == 3 else ""),
                    Message(
                        "expl.ds_weights" + ("_zero3" if zero == 3 else "") + ("_offloaded" if params_off else ""),
                        "16-bit working copy of the {params:,.0f} parameters on this GPU"
                        + (", partitioned over {dp} data-parallel ranks (ZeRO-3)" if zero == 3 else "")
                        + " = {size}"
                        + (" — kept in CPU memory (offload_param) and gathered layer by layer." if params_off else "."),
                        params=n_total,
                        dp=dp,
                        size=Bytes(shard_bytes),
                    ),
                    {"N": n_total, "DP": dp},
                )
            )
            m_bytes = 4 * n_total / (sdp if zero >= 1 else 1)
            off = p.offload != "none"
            out.append(
                PhaseItem(
                    "master_weights",
                    Message("item.master_weights_offloaded", "fp32 master weights (offloaded to CPU)")
                    if off
                    else Message("item.master_weights", "fp32 master weights"),
                    "weights",
                    dict.fromkeys(all_phases, 0.0 if off else m_bytes),
                    "4 · N / DP" if zero >= 1 else "4 · N",
                    Message(
                        "expl.master_weights"
                        + ("_dist" if zero >= 1 and stack.sharding == "distributed-optimizer" else "")
                        + ("_zero" if zero >= 1 and stack.sharding != "distributed-optimizer" else "")
                        + ("_zero0" if zero < 1 else "")
                        + ("_offloaded" if off else ""),
                        "{stack} keeps an fp32 master copy for the optimizer"
                        + (
                            (
                                ", partitioned over {over} "
                                + (
                                    "(distributed optimizer)"
                                    if stack.sharding == "distributed-optimizer"
                                    else "(ZeRO-{zero})"
                                )
                            )
                            if zero >= 1
                            else " (ZeRO-0: not partitioned)"
                        )
                        + ("; offloaded to CPU memory ({host} of host RAM per rank)" if off else "")
                        + ".",
                        stack="DeepSpeed" if stack.id == "hf" else stack.name,
                        over=over,
                        zero=zero,
                        host=Bytes(m_bytes),
                    ),
                    {"N": n_total, "DP": dp},
                    "ZeRO paper §3: 2Ψ + 2Ψ + KΨ with K = 12 for mixed-precision Adam",
                )
            )
        else:
            shard = sdp if zero == 3 else 1
            w_bytes = (4 if mixed else half) * n_total / shard
            if p.offload == "optimizer+params":
                w_bytes = 0.0
            out.append(
                PhaseItem(
                    "weights",
                    Message("item.weights", "Weights ({format})", format="fp32" if mixed else prec),
                    "weights",
                    dict.fromkeys(all_phases, w_bytes),
                    f"{4 if mixed else half} · N" + (" / DP" if shard > 1 else ""),
                    Message(
                        "expl.weights_training"
                        + (("_fsdp" if stack.master == "fsdp" else "_autocast") if mixed else "")
                        + ("_sharded" if shard > 1 else ""),
                        "{params:,.0f} parameters × {bytes} bytes"
                        + (
                            (
                                " ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer)"
                                if stack.master == "fsdp"
                                else " (fp32 parameters; autocast computes in 16 bits)"
                            )
                            if mixed
                            else ""
                        )
                        + (", sharded over {over} (ZeRO-3/FSDP)" if shard > 1 else "")
                        + " = {size}.",
                        params=n_total,
                        bytes=4 if mixed else half,
                        stack=stack.name,
                        over=over,
                        size=Bytes(w_bytes),
                    ),
                    {"N": n_total, "bytes_per_param": 4 if mixed else half},
                )
            )
            if mixed and stack.master == "autocast":
                cp = 2 * _matmul_params(ctx)
                out.append(
                    PhaseItem(
                        "autocast_weights",
                        Message("item.16_bit_weight_copies_autocast", "16-bit weight copies (autocast)"),
                        "weights",
                        {"forward": cp, "backward": cp},
                        "2 · N_matmul",
                        Message(
                            "expl.autocast_copies",
                            "torch.autocast casts each Linear weight to 16 bits once per forward and keeps the copy "
                            "(its cache, and autograd's saved tensors) until backward has used it = {size}; freed "
                            "before the optimizer step.",
                            size=Bytes(cp),
                        ),
                        {"N_matmul": _matmul_params(ctx)},
                        "torch.amp autocast weight cast cache",
                    )
                )
        # offload_param keeps every partition in CPU memory, so even one GPU gathers each parameter onto itself
        # (partition_parameters.py all_gather_coalesced: torch.empty(ds_numel · world_size) on the GPU)
        if zero == 3 and (dp > 1 or p.offload == "optimizer+params"):
            out.append(_gathered_params(ctx, stack))
    else:
        prompt = ft in ("prefix", "ptuning")
        if prompt:
            lora_total = prompt_params(ctx)
            lora_gpu = float(lora_total)  # replicated on every rank (peft's prompt encoder is not tensor-parallel)
        else:
            lora_total, lora_gpu = lora_params(ctx)
        trainable = lora_gpu
        base = [g for g in ctx.pc.groups]
        fmt = ctx.weights_fmt
        b = format_bytes(ctx, fmt, base)
        if zero == 3:
            b /= dp
        out.append(
            PhaseItem(
                "weights",
                Message("item.frozen_base", "Frozen base weights ({format})", format=unnested(fmt.name)),
                "weights",
                dict.fromkeys(all_phases, b),
                "Σ bytes(format, tensor)",
                Message(
                    "expl.frozen_base",
                    "{params:,} frozen parameters stored as {format} ({bits:.3f} bits per quantized weight) = {size}; "
                    "no gradients or optimizer states for them.",
                    params=ctx.pc.total,
                    format=fmt.name,
                    bits=fmt.effective_bits,
                    size=Bytes(b),
                ),
                {"format": fmt.name, "N": ctx.pc.total},
                fmt.source,
            )
        )
        ab = 4 if t.adapter_dtype == "fp32" else 2
        a = ab * lora_gpu
        if prompt:
            out.append(_prompt_encoder_item(ctx, lora_total, a, ab, all_phases))
        else:
            mags = dora_magnitudes(ctx)
            out.append(
                PhaseItem(
                    "adapter_weights",
                    Message(
                        "item.dora_adapters",
                        "DoRA adapters (r = {rank}, {dtype})",
                        rank=t.lora_rank,
                        dtype=t.adapter_dtype,
                    )
                    if t.dora
                    else Message(
                        "item.lora_adapters",
                        "LoRA adapters (r = {rank}, {dtype})",
                        rank=t.lora_rank,
                        dtype=t.adapter_dtype,
                    ),
                    "weights",
                    dict.fromkeys(all_phases, a),
                    f"[r · (d_in + d_out){' + d_out' if t.dora else ''}] · targets · {ab}",
                    concat(
                        Message(
                            "expl.lora_adapters_peft" if ab == 4 else "expl.lora_adapters",
                            "{params:,} adapter parameters (rank {rank} on {targets} layers) in {dtype}"
                            + (" (PEFT's default autocast_adapter_dtype=True)" if ab == 4 else "")
                            + " = {size}.",
                            params=lora_total,
                            rank=t.lora_rank,
                            targets=t.lora_targets,
                            dtype=t.adapter_dtype,
                            size=Bytes(a),
                        ),
                        (
                            Message(
                                "expl.dora_magnitude",
                                " They include DoRA's {mags:,} magnitudes (one per output feature of each target: "
                                "use_dora=True). A fused projection (c_attn, qkv_proj, query_key_value) is one target.",
                                mags=mags,
                            )
                            if t.dora
                            else ""
                        ),
                    ),
                    {"r": t.lora_rank, "adapter_params": lora_total, "dora_magnitudes": mags},
                    "huggingface/peft src/peft/tuners/lora/layer.py, dora.py (DoraLinearLayer)",
                )
            )
        if fmt.is_quantized:
            deq = 2 * _largest_linear(ctx)
            out.append(
                PhaseItem(
                    # its own id: inference's dequant_buffer is a prefill-only buffer (core/memory/weights.py), this
                    # one lives in every matmul of forward and backward
                    "dequant_transient",
                    Message("item.dequantized_weight_per_matmul", "Dequantized weight (per matmul)"),
                    "weights",
                    {"forward": deq, "backward": deq},
                    "2 · max(d_in · d_out)",
                    Message(
                        "expl.qlora_dequant",
                        "bitsandbytes dequantizes one 4-bit weight to 16 bits for each matmul (forward and again in "
                        "backward) = {size} at a time.",
                        size=Bytes(deq),
                    ),
                    {"largest_linear": _largest_linear(ctx)},
                )
            )
        if t.dora and not prompt:
            out.append(_dora_transient_item(ctx))

    # --- gradients
    adapter_bytes = 4 if t.adapter_dtype == "fp32" else 2
    grad_dtype = adapter_bytes if ft != "full" else (4 if (mixed and not deepspeed) else half)
    if ft == "full" and mixed and stack.grad_buffers == "megatron":
        grad_dtype = 4  # Megatron accumulates and reduces gradients in an fp32 main_grad buffer under bf16
    grad_shard = sdp if (zero >= 2) else 1
    grads = grad_dtype * trainable / grad_shard
    if p.offload != "none" and zero >= 2:
        grads = 0.0
    # one buffer allocated once and zeroed every step: Megatron's main_grad, DeepSpeed ZeRO-3's
    # grad_partitions_flat_buffer (stage3.py _setup_for_real_optimizer)
    persistent = ft == "full" and (
        stack.grad_buffers == "megatron" or (stack.grad_buffers == "deepspeed" and zero == 3 and grads > 0)
    )
    fwd_grads = grads if (accum or persistent) else 0.0
    bwd_grads: Num = fwd_grads
    if ctx.arch.cnn is not None and ft == "full":
        from core.memory.cnn_activations import backward_peak

        _, produced = backward_peak(ctx, ctx.batch, 4 if prec == "fp32" else 2)
        bwd_grads = np.maximum(fwd_grads, grad_dtype * produced / grad_shard)
    fsdp_end = fsdp_backward_end(ctx, stack) if zero == 3 else None  # the gradients after the first block's backward
    tied_extra = 0.0
    if ft == "full" and ctx.arch.tie_word_embeddings and ctx.arch.vocab_size and ctx.stack is not None and grads:
        # the embedding's gradient is built and added into the tied lm_head's gradient at the very end
        tied_extra = 2.0 * grad_dtype * ctx.arch.vocab_size * ctx.stack.hidden_size / ctx.tp / grad_shard
    out.append(
        PhaseItem(
            "gradients",
            Message(
                "item.gradients",
                "Gradients ({dtype})",
                dtype="fp32" if grad_dtype == 4 else prec.removeprefix("mixed-"),
            ),
            "gradients",
            {
                "forward": fwd_grads,
                "backward": bwd_grads,
                "backward_end": grads + tied_extra if fsdp_end is None else fsdp_end[1],
                "optimizer_step": grads,
            },
            f"{grad_dtype} · N_trainable" + (" / DP" if grad_shard > 1 else ""),
            Message(
                "expl.gradients",
                "{main_grad}One gradient per trainable parameter ({params:,.0f} on this GPU) × {bytes} bytes"
                "{partition}{offloaded}{lifetime} = {size}.",
                main_grad=Message(
                    "gradients.main_grad",
                    "{stack}: gradients accumulate in one contiguous fp32 main_grad buffer. ",
                    stack=stack.name,
                )
                if stack.grad_buffers == "megatron" and grad_dtype == 4 and ft == "full"
                else "",
                params=trainable,
                bytes=grad_dtype,
                partition=Message(
                    "gradients.partitioned", ", partitioned over {over} ({scheme})", over=over, scheme=scheme
                )
                if grad_shard > 1
                else "",
                offloaded=Message("gradients.offloaded", " (offloaded to CPU after reduction)")
                if p.offload != "none" and zero >= 2
                else "",
                lifetime=Message(
                    "gradients.persistent",
                    ". The buffer is allocated once and zeroed every step, so it is there during the forward pass too",
                )
                if persistent
                else Message(
                    "gradients.accumulation",
                    ". With gradient accumulation they persist through the next forward passes",
                )
                if accum
                else Message(
                    "gradients.set_to_none",
                    ". They do not exist during the first forward pass (zero_grad(set_to_none=True))",
                ),
                size=Bytes(grads),
            ),
            {"N_trainable": trainable, "bytes": grad_dtype},
        )
    )
    n_idle = numel_per_gpu(ctx, idle_groups) if ft == "full" and idle_groups else 0.0
    if n_idle:
        out[-1] = _with_idle_clause(out[-1], ctx, idle_names, n_idle, skipped)
    if stack.grad_buffers != "ddp":
        out += _stack_grad_buffers(ctx, stack, trainable, half, zero)
    elif dp > 1 and zero == 0:
        bucketed = trainable + (n_idle if skipped else 0.0)  # DDP buckets every parameter that requires grad
        out.append(
            PhaseItem(
                "ddp_buckets",
                Message("item.ddp_all_reduce_buckets", "DDP all-reduce buckets"),
                "gradients",
                {"backward_end": grad_dtype * bucketed, "optimizer_step": grad_dtype * bucketed},
                "bytes · N_trainable",
                concat(
                    Message(
                        "expl.ddp_buckets",
                        "DistributedDataParallel copies gradients into its all-reduce buckets; with the default "
                        "gradient_as_bucket_view=False this is a second gradient-sized buffer = {size}.",
                        size=Bytes(grad_dtype * bucketed),
                    ),
                    Message(
                        "expl.ddp_buckets_idle",
                        " The buckets hold every parameter that requires grad, the idle tower's {params:,.0f} too "
                        "(torch's _build_params_for_reducer); the reducer leaves their .grad None.",
                        params=n_idle,
                    )
                    if skipped
                    else "",
                ),
                {"N_trainable": bucketed},
                "torch.nn.parallel.DistributedDataParallel docs (gradient_as_bucket_view)",
            )
        )
    elif zero >= 1:
        h = ctx.stack.hidden_size if ctx.stack else 1024
        bucket = 2 * h * h * half
        out.append(
            PhaseItem(
                "zero_buckets",
                Message("item.zero_reduce_buckets", "ZeRO reduce buckets"),
                "gradients",
                {"backward": bucket, "backward_end": bucket, "optimizer_step": bucket},
                "2 · h² · bytes",
                Message(
                    "expl.hf_ds_bucket",
                    "DeepSpeed's gradient reduce bucket (HF 'auto' reduce_bucket_size = h² = {elements:,} elements), "
                    "double buffered = {size}.",
                    elements=h * h,
                    size=Bytes(bucket),
                ),
                {"h": h},
                "transformers integrations/deepspeed.py auto values",
            )
        )

    # --- optimizer states
    opt = t.optimizer
    state_dtype = adapter_bytes if ft != "full" else (4 if mixed else half)
    shard = sdp if zero >= 1 else 1
    states, how = _state_bytes(ctx, opt, trainable, state_dtype, trained_groups)
    states /= shard
    if p.offload != "none" and zero >= 1:
        states_gpu = 0.0
    else:
        states_gpu = states
    out.append(
        PhaseItem(
            "optimizer_states",
            Message("item.optimizer_states", "Optimizer states ({optimizer})", optimizer=opt),
            "optimizer_states",
            dict.fromkeys(all_phases, states_gpu),
            f"{how[1]} · N_trainable" + (" / DP" if shard > 1 else ""),
            Message(
                "expl.optimizer_states",
                "{optimizer}: {how} per trainable parameter{partition}{offloaded} = {size}.",
                optimizer=opt,
                how=how[0],
                partition=Message(
                    "gradients.partitioned", ", partitioned over {over} ({scheme})", over=over, scheme=scheme
                )
                if shard > 1
                else "",
                offloaded=Message("optimizer.offloaded", " — offloaded to CPU memory")
                if states_gpu == 0 and states
                else "",
                size=Bytes(states),
            ),
            {"N_trainable": trainable, "optimizer": opt},
        )
    )
    if n_idle:
        out[-1] = _with_idle_clause(out[-1], ctx, idle_names, n_idle, skipped)
    temp, temp_how = _step_temporaries(ctx, opt, trainable / shard, state_dtype, t.optimizer_foreach, trained_groups)
    if stack.optimizer_step == "fused" and opt in ("adam", "adamw"):
        temp, temp_how = 0.0, ("", "0")  # an in-place fused kernel: no temporaries
    if states_gpu == 0 and states:
        temp = 0.0
    if temp:
        out.append(
            PhaseItem(
                "optimizer_temporaries",
                Message("item.optimizer_step_temporaries", "Optimizer-step temporaries"),
                "optimizer_states",
                {"optimizer_step": temp},
                temp_how[1],
                Message("expl.step_temporaries", "{how} = {size}.", how=temp_how[0], size=Bytes(temp)),
                {"optimizer": opt, "foreach": t.optimizer_foreach},
                "torch/optim/adamw.py _multi_tensor_adamw",
            )
        )
    if stack.grad_buffers == "deepspeed" and zero >= 1 and ft == "full" and mixed and p.offload == "none":
        # stage_1_and_2.py step(): flat_grad_partition.to(fp32) (stage3.py: per sub_group of sub_group_size)
        n = trainable / sdp
        if zero == 3:
            n = min(n, float(stacks.DS_SUB_GROUP))
        out.append(
            PhaseItem(
                "fp32_grad_partition",
                Message("item.fp32_gradient_partition_deepspeed_step", "fp32 gradient partition (DeepSpeed step)"),
                "optimizer_states",
                {"optimizer_step": 4 * n},
                "4 · N / DP" + (" (≤ sub_group_size)" if zero == 3 else ""),
                Message(
                    "expl.ds_fp32_partition_zero3" if zero == 3 else "expl.ds_fp32_partition",
                    "{stack}: at the step the optimizer builds an fp32 copy of this rank's 16-bit gradient partition "
                    "({elements:,.0f} elements"
                    + (", one sub-group of at most 1e9 at a time" if zero == 3 else "")
                    + ") beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in "
                    "place (no foreach temporary).",
                    stack=stack.name,
                    elements=n,
                    size=Bytes(4 * n),
                ),
                {"N": trainable, "DP": dp},
                "deepspeed/runtime/zero/stage_1_and_2.py step(): single_grad_partition = flat_grad_partition.to(fp32)",
            )
        )
    if ft in ("lora", "qlora") and t.lora_modules_to_save != "none":
        out += _modules_to_save_items(ctx, accum, grad_shard, shard, all_phases)
    return out


def idle_tower_notes(ctx: Ctx) -> list[Message]:
    """What the answer says of a tower a full fine-tune feeds nothing: sized as frozen where the stack leaves it without
    a gradient, charged as trained where the stack's flat buffers cover it, and assumed charged where how the stack
    treats it was not read from its source (core/stacks.py idle_params_source empty)."""
    names, groups, skipped = idle_skipped(ctx)
    if not groups:
        return []
    st = stacks.get(ctx.scenario.training.stack)
    which = "_".join(names)  # vision, audio or vision_audio
    params = sum(g.numel for g in groups)
    inputs = {
        "vision": Message("towers.no_images", "no images"),
        "audio": Message("towers.no_audio", "no audio"),
        "vision_audio": Message("towers.no_images_or_audio", "no images or audio"),
    }[which]
    if skipped:
        notes = [
            Message(
                "note.idle_tower_frozen",
                "{towers}: {inputs} in the workload — sized as frozen (no gradients or optimizer state for "
                "{params:,} parameters: under {stack} a parameter the forward pass never reaches gets no gradient, and "
                "the optimizer creates no state for it)",
                towers=idle_towers_name(names),
                inputs=inputs,
                params=params,
                stack=st.name,
            )
        ]
        if st.grad_buffers == "ddp" and ctx.dp > 1 and effective_zero(ctx) == 0:
            notes.append(
                Message(
                    "note.idle_tower_ddp",
                    "{towers} fed nothing under DDP: the idle parameters still take space in DDP's all-reduce buckets, "
                    "and DDP needs find_unused_parameters=True for them (transformers' Trainer sets it by default only "
                    "without gradient checkpointing: ddp_find_unused_parameters)",
                    towers=idle_towers_name(names),
                )
            )
        return notes
    if not st.idle_params_source:
        return [
            Message(
                "note.idle_tower_assumed",
                "{towers}: {inputs} in the workload, yet gradients and optimizer state are charged for {params:,} "
                "parameters as if trained (assumed: how {stack} treats parameters the forward pass never reaches was "
                "not read from its source)",
                towers=idle_towers_name(names),
                inputs=inputs,
                params=params,
                stack=st.name,
            )
        ]
    return [
        Message(
            "note.idle_tower_charged",
            "{towers}: {inputs} in the workload, but {stack} charges gradients and optimizer state for {params:,} "
            "parameters anyway (its flat buffers hold every parameter that requires grad); freezing the tower saves "
            "them",
            towers=idle_towers_name(names),
            inputs=inputs,
            params=params,
            stack=_charging_stack(ctx),
        )
    ]


def _charging_stack(ctx: Ctx) -> str:
    """Who builds the flat buffers that charge an idle tower: DeepSpeed when a ZeRO stack runs at ZeRO ≥ 1 (the
    Trainer's DeepSpeed integration included), else the stack itself."""
    st = stacks.get(ctx.scenario.training.stack)
    zero = effective_zero(ctx)
    return f"DeepSpeed ZeRO-{zero}" if st.sharding == "zero" and zero >= 1 else st.name


def idle_params_words(names: tuple[str, ...], params: int) -> Message:
    """'of which 689,397,760 get no gradient (audio tower idle: no audio)': what of the trainable count (requires_grad,
    as peft's print_trainable_parameters counts it) the step really updates."""
    inputs = {
        "vision": Message("towers.no_images", "no images"),
        "audio": Message("towers.no_audio", "no audio"),
        "vision_audio": Message("towers.no_images_or_audio", "no images or audio"),
    }["_".join(names)]
    return Message(
        "params.trainable_idle",
        "of which {params:,} get no gradient ({towers} idle: {inputs})",
        params=params,
        towers=idle_towers_name(names),
        inputs=inputs,
    )


def idle_towers_name(names: tuple[str, ...]) -> Message:
    """'vision tower', 'audio tower' or 'vision and audio towers'."""
    if names == ("vision",):
        return Message("towers.vision_tower", "vision tower")
    if names == ("audio",):
        return Message("towers.audio_tower", "audio tower")
    return Message("towers.vision_and_audio_towers", "vision and audio towers")


def _with_idle_clause(item: PhaseItem, ctx: Ctx, names: tuple[str, ...], n_idle: float, skipped: bool) -> PhaseItem:
    """The gradients' or the optimizer states' explanation, saying what the idle tower costs in it."""
    stack = stacks.get(ctx.scenario.training.stack)
    clause = (
        Message(
            "expl.idle_tower_skipped",
            " Not counted: the {params:,.0f} parameters of the {towers} on this GPU, which the workload feeds nothing "
            "— the forward pass never reaches them, so {stack} leaves them without a gradient and the optimizer "
            "creates no state for them (sized as frozen: weights only).",
            towers=idle_towers_name(names),
            params=n_idle,
            stack=stack.name,
        )
        if skipped
        else Message(
            "expl.idle_tower_charged",
            " Counted although the workload feeds the {towers} nothing: {stack} builds its flat buffers over every "
            "parameter that requires grad, the {params:,.0f} of the tower on this GPU too.",
            towers=idle_towers_name(names),
            params=n_idle,
            stack=_charging_stack(ctx),
        )
    )
    return replace(
        item,
        explanation=concat(item.explained(), clause),
        inputs={**item.input_values(), "N_idle_tower": n_idle},
        source="; ".join(
            x for x in (item.source, f"idle tower under {stack.name}: core/stacks.py idle_params_source") if x
        ),
    )


def _prompt_encoder_item(ctx: Ctx, params: int, size: float, ab: int, phases: tuple[Phase, ...]) -> PhaseItem:
    t = ctx.scenario.training
    prefix = t.finetune == "prefix"
    return PhaseItem(
        "adapter_weights",
        Message(
            "item.prefix_encoder",
            "Prefix encoder ({tokens} virtual tokens, {dtype})",
            tokens=t.num_virtual_tokens,
            dtype=t.adapter_dtype,
        )
        if prefix
        else Message(
            "item.prompt_encoder",
            "P-tuning prompt encoder ({tokens} virtual tokens, {dtype})",
            tokens=t.num_virtual_tokens,
            dtype=t.adapter_dtype,
        ),
        "weights",
        dict.fromkeys(phases, size),
        f"n · L · 2 · d_kv · {ab}" if prefix else f"(n · d + 3 · d² + 3 · d) · {ab}",
        Message(
            "expl.prefix_encoder",
            "peft's PrefixEncoder (prefix_projection=False): one trainable key and value of width {dim} for each of "
            "the {tokens} virtual tokens in each of the {layers} layers = {params:,} parameters × {bytes} bytes = "
            "{size}; the base model is frozen.",
            dim=prefix_dim(ctx),
            tokens=t.num_virtual_tokens,
            layers=ctx.stack.num_layers if ctx.stack else 0,
            params=params,
            bytes=ab,
            size=Bytes(size),
        )
        if prefix
        else Message(
            "expl.prompt_encoder",
            "peft's PromptEncoder (MLP reparameterization): a {tokens} × {dim} virtual-token embedding and an MLP "
            "{dim} → {dim} → {dim} → {dim} with biases = {params:,} parameters × {bytes} bytes = {size}; the base "
            "model is frozen.",
            tokens=t.num_virtual_tokens,
            dim=ctx.stack.hidden_size if ctx.stack else 0,
            params=params,
            bytes=ab,
            size=Bytes(size),
        ),
        {"virtual_tokens": t.num_virtual_tokens, "adapter_params": params},
        "huggingface/peft src/peft/tuners/prefix_tuning/model.py (PrefixEncoder), p_tuning/model.py (PromptEncoder)",
    )


def prefix_dim(ctx: Ctx) -> int:
    from core.memory.weights import prefix_token_dim

    return prefix_token_dim(ctx) if ctx.stack is not None else 0


def _dora_transient_item(ctx: Ctx) -> PhaseItem:
    """DoRA's forward (peft DoraLinearLayer.forward) builds, per target and one target at a time: x_eye =
    torch.eye(d_in) in x's dtype, lora_weight = lora_B(lora_A(x_eye)).T (d_in × d_out), weight.to(x.dtype), and
    weight + scaling · lora_weight for the column norm; x is already cast to the adapters' dtype (fp32 by default). All
    of it is detached and freed after the target's forward; full checkpointing builds it again in backward."""
    from core.memory.weights import lora_targets

    t = ctx.scenario.training
    e = 4 if t.adapter_dtype == "fp32" else 2
    biggest = max(lora_targets(ctx), key=lambda g: g.shape[1] * (g.shape[1] + 4 * g.shape[0]), default=None)
    d_in, d_out = (biggest.shape[1], biggest.shape[0] / ctx.tp) if biggest is not None else (0, 0.0)
    b = e * (d_in * d_in + 4 * d_in * d_out)
    recompute = t.grad_checkpointing == "full"
    return PhaseItem(
        "dora_transient",
        Message("item.dora_weight_norm", "DoRA weight norm (per target)"),
        "weights",
        {"forward": b, "backward": b if recompute else 0.0},
        f"{e} · (d_in² + 4 · d_in · d_out)",
        Message(
            "expl.dora_weight_norm",
            "DoRA recomputes ‖W + s·BA‖ in every forward: peft builds an identity of {d_in} × {d_in}, the product BA, "
            "a {dtype} copy of the weight and the sum ({d_in} × {d_out:,.0f} each) for the largest target = {size} "
            "at a time (detached: nothing of it is kept for backward).",
            d_in=d_in,
            d_out=d_out,
            dtype=t.adapter_dtype,
            size=Bytes(b),
        ),
        {"d_in": d_in, "d_out": d_out, "bytes": e},
        "huggingface/peft src/peft/tuners/lora/dora.py DoraLinearLayer.forward @d20332ed",
    )


def _modules_to_save_items(
    ctx: Ctx, accum: bool, grad_shard: float, shard: float, phases: tuple[Phase, ...]
) -> list[PhaseItem]:
    """peft's ModulesToSaveWrapper keeps the original module (frozen, counted with the base) and a deep copy that
    trains: the copy, its gradient and its optimizer states, all in the base model's dtype (peft's
    _cast_adapter_dtype upcasts only BaseTunerLayer adapters to fp32; torch's Adam keeps states like the parameter)."""
    t = ctx.scenario.training
    groups = modules_to_save(ctx)
    n = numel_per_gpu(ctx, groups)
    total = sum(g.numel for g in groups)
    cb = 4 if ctx.weights_fmt.id == "fp32" else 2
    names = " + ".join("embed_tokens" if g.module == "token_embd" else "lm_head" for g in groups)
    w = cb * n
    g_bytes = cb * n / grad_shard
    states, how = _state_bytes(ctx, t.optimizer, n, cb)
    states /= shard
    fmt = ctx.weights_fmt
    dtype = "fp32" if cb == 4 else (fmt.id if fmt.is_float else fmt.compute)  # bnb keeps them in the compute dtype
    return [
        PhaseItem(
            "modules_to_save",
            Message("item.modules_to_save", "Trainable copies (modules_to_save: {names})", names=names),
            "weights",
            dict.fromkeys(phases, w),
            f"V · h · {cb}",
            Message(
                "expl.modules_to_save",
                "peft's ModulesToSaveWrapper keeps the frozen original and trains a full copy of {names}: {params:,} "
                "parameters in the base model's dtype ({dtype}) = {size}.",
                names=names,
                params=total,
                dtype=dtype,
                size=Bytes(w),
            ),
            {"params": total, "bytes": cb},
            "huggingface/peft src/peft/utils/other.py ModulesToSaveWrapper",
        ),
        PhaseItem(
            "modules_to_save_gradients",
            Message("item.modules_to_save_gradients", "Gradients of the trainable copies ({dtype})", dtype=dtype),
            "gradients",
            {
                "forward": g_bytes if accum else 0.0,
                "backward": g_bytes,
                "backward_end": g_bytes,
                "optimizer_step": g_bytes,
            },
            f"{cb} · V · h",
            Message(
                "expl.modules_to_save_gradients",
                "A dense gradient for every element of the copied {names} = {size} (the embedding's is dense too: "
                "nn.Embedding(sparse=False)).",
                names=names,
                size=Bytes(g_bytes),
            ),
            {"params": total, "bytes": cb},
        ),
        PhaseItem(
            "modules_to_save_states",
            Message(
                "item.modules_to_save_states",
                "Optimizer states of the trainable copies ({optimizer})",
                optimizer=t.optimizer,
            ),
            "optimizer_states",
            dict.fromkeys(phases, states),
            f"{how[1]} · N_copies",
            Message(
                "expl.modules_to_save_states",
                "{optimizer}: {how} per parameter of the copied {names}, in their dtype = {size}.",
                optimizer=t.optimizer,
                how=how[0],
                names=names,
                size=Bytes(states),
            ),
            {"params": total, "optimizer": t.optimizer},
        ),
    ]


def fsdp_backward_end(ctx: Ctx, stack: stacks.TrainingStack) -> tuple[float, float, float, str] | None:
    """FSDP2 without a pipeline, full fine-tuning: (gathered 16-bit parameters, gradients, reduce-scatter buffers) at
    the end of backward, after the first block's backward, and which moment that is. Measured on the fake process
    group (tools/calibration README "The two moments", backward_moment_peak_by_category["backward_end"]):
    "embedding": the embedding's backward, the root still gathered, the first block's fp32 reduce-scatter input kept
    (FSDP2 frees it at the next post-backward), the blocks' fp32 shards, the output layer's 16-bit gradient and the
    embedding's (and, tied, their sum: AccumulateGrad adds out of place) — exact in the six FSDP-only runs;
    "root": the root's post-backward, which reshards it and reduce-scatters its 16-bit gradients through an fp32
    input (6 B per root parameter), beside the blocks' shards and one more vocabulary-sized 16-bit tensor (measured,
    not traced) — exact in the torchtitan TP 2 run. The larger of the two."""
    if not (stack.sharding == "fsdp" and ctx.pp == 1 and ctx.dp > 1 and ctx.scenario.training.finetune == "full"):
        return None
    if ctx.stack is None or not ctx.arch.vocab_size:
        return None
    unit, root = _layer_params(ctx), _root_params(ctx)
    head = 2.0 * ctx.arch.vocab_size * ctx.stack.hidden_size / ctx.tp  # one vocabulary-sized 16-bit tensor
    blocks = 4.0 * unit * ctx.stack.num_layers / sharded_dp(ctx)
    tied = 1.0 if ctx.arch.tie_word_embeddings else 0.0
    embedding = (2.0 * root, blocks + (2.0 + tied) * head, 4.0 * unit)
    at_root = (0.0, blocks + head, 6.0 * root)
    if sum(at_root) > sum(embedding):
        return (*at_root, "root")
    return (*embedding, "embedding")


def _gathered_params(ctx: Ctx, stack: stacks.TrainingStack) -> PhaseItem:
    """Unsharded 16-bit parameters alive under ZeRO-3 / FSDP while layers run."""
    unit = _layer_params(ctx)
    # torchtitan Float8 with --float8.enable_fsdp_float8_all_gather: FSDP2 all-gathers the blocks' Float8Linear
    # weights in float8 (torchao WeightWithDynamicFloat8CastTensor fsdp_pre/post_all_gather): 1 byte per parameter;
    # the root module (embedding, output: torchtitan's filter_fqns) stays 16-bit
    fp8 = stack.torchtitan_options and ctx.scenario.training.float8 == "all-gather"
    lb = 1 if fp8 else 2
    moments: dict[Moment, Num] = {}
    if stack.grad_buffers == "deepspeed":
        # partitioned_param_coordinator.py (v0.6.5 and today's): the first step records the module trace and gathers
        # one module at a time; from the second on, every module's fetch (parameter-less containers too) prefetches
        # the next parameters of the trace, whole ones until stage3_prefetch_bucket_size numel or the room left under
        # stage3_max_live_parameters is reached, and a module's parameters are released only when the trace's next
        # max_reuse_distance numel do not use them again. The prefetch front gains on the consumption (about 10
        # fetches per decoder block against 6-7 large weights) until the live count stands at max_live_parameters
        # (overshot by less than one parameter): a replay of that code over OPT-13B's checkpointed trace has
        # 1.05e9 live while the last block runs backward
        n = numel_per_gpu(ctx, ctx.pc.groups)
        live = min(float(stacks.DS_MAX_LIVE_PARAMETERS), n)
        g = 2 * live
        formula = "2 · min(max_live_parameters, N)"
        why = Message(
            "expl.ds_gathered_live",
            "DeepSpeed ZeRO-3 records the order its modules run in during the first step and gathers one module's "
            "16-bit parameters at a time; from the second step on it prefetches along that trace, up to "
            "stage3_prefetch_bucket_size = {prefetch:,} at each module, until min(stage3_max_live_parameters = "
            "{live:,}, the model's {n:,.0f}) are gathered (DeepSpeed's defaults) = {size}.",
            prefetch=stacks.DS_PREFETCH_BUCKET,
            live=stacks.DS_MAX_LIVE_PARAMETERS,
            n=n,
            size=Bytes(g),
        )
    elif stack.sharding == "fsdp" and ctx.pp > 1:
        # torchtitan parallelize_llama.py: reshard_after_forward=False when pipeline parallel is on, so a stage's
        # 16-bit parameters stay gathered across its micro-batches
        root = _root_params(ctx)
        g = lb * unit * ctx.layers_per_stage + 2 * root
        formula = f"{lb} · N_layer · layers_per_stage + 2 · N_root"
        why = Message(
            "expl.fsdp_pp_gathered",
            "{stack} with pipeline parallelism keeps the stage's parameters gathered between micro-batches "
            "(reshard_after_forward=False): {layers} layers × {unit:,.0f} params and {root:,.0f} outside the layers "
            "(embedding or output), × 2 bytes = {size}.",
            stack=stack.name,
            layers=ctx.layers_per_stage,
            unit=unit,
            root=root,
            size=Bytes(g),
        )
    elif stack.sharding == "fsdp":
        # FSDP2 never reshards the root module after forward (its parameters are needed first in backward), and
        # torchtitan does not reshard the last block either: while the loss's backward runs only those are gathered.
        # Forward gathers a block and prefetches the next; a block's backward peaks in its post-backward, which
        # reshards the block before its reduce-scatter (FSDPParamGroup.post_backward), with the next one prefetched:
        # one block gathered (measured: tools/calibration FSDP2 runs, backward_moment_peak_by_category PARAM)
        root = _root_params(ctx)
        g = lb * 2 * unit + 2 * root
        kept = lb * stack.blocks_gathered_after_forward * unit + 2 * root
        in_block = lb * unit + 2 * root
        moments = {"loss_backward": kept, "block_backward": in_block}
        blocks = stack.blocks_gathered_after_forward
        formula = (
            f"{lb} · 2 · N_layer + 2 · N_root (the loss's backward: {lb} · {blocks} · N_layer + 2 · N_root; "
            f"a block's backward: {lb} · N_layer + 2 · N_root)"
        )
        why = Message(
            "expl.fsdp2_gathered",
            "{stack} all-gathers each block's 16-bit parameters while it runs forward and prefetches the next "
            "(2 × {unit:,.0f}), and keeps the root module's ({root:,.0f}: embedding, final norm, output) gathered from "
            "the end of forward into backward = {size}. While the loss's backward runs, before any block's, only the "
            "root and the {blocks} block(s) that forward leaves gathered are = {kept}; no reduce-scatter has begun. A "
            "block's backward reshards the block before its reduce-scatter while the next is prefetched: one block "
            "and the root = {in_block}.",
            stack=stack.name,
            unit=unit,
            root=root,
            size=Bytes(g),
            blocks=blocks,
            kept=Bytes(kept),
            in_block=Bytes(in_block),
        )
    else:
        g = 2 * unit * 2
        formula = "2 · 2 · N_layer"
        why = Message(
            "expl.zero3_gathered",
            "ZeRO-3/FSDP all-gathers one layer's full 16-bit parameters while computing it and prefetches the next: 2 "
            "layers × {unit:,.0f} params × 2 bytes = {size}.",
            unit=unit,
            size=Bytes(g),
        )
    explanation: str = why
    if fp8 and stack.sharding == "fsdp":
        explanation = concat(
            why,
            Message(
                "expl.fsdp_float8_gather",
                " Float8 all-gather: the blocks' linear weights are gathered in float8, 1 byte each instead of 2.",
            ),
        )
    end = fsdp_backward_end(ctx, stack)
    return PhaseItem(
        "gathered_params",
        Message("item.gathered_parameters_zero_3_fsdp", "Gathered parameters (ZeRO-3/FSDP)"),
        "weights",
        {"forward": g, "backward": g, "backward_end": g if end is None else end[0]},
        formula,
        explanation,
        {"N_layer": unit},
        "deepspeed/runtime/zero/config.py defaults, partitioned_param_coordinator.py (fetch_sub_module prefetch, "
        "__params_to_release)"
        if stack.grad_buffers == "deepspeed"
        else "",
        dict(moments),
    )


def _stack_grad_buffers(
    ctx: Ctx, stack: stacks.TrainingStack, trainable: float, half: int, zero: int
) -> list[PhaseItem]:
    """Gradient communication buffers of the non-DDP stacks (DDP's and the HF DeepSpeed integration's are above)."""
    dp = ctx.dp
    if stack.grad_buffers == "deepspeed" and zero >= 1:
        return [_ds_bucket_item(stack, half, zero), *_ds_tied_head_grad(ctx, stack, half, zero)]
    return _other_grad_buffers(ctx, stack, trainable, zero, dp)


def _ds_tied_head_grad(ctx: Ctx, stack: stacks.TrainingStack, half: int, zero: int) -> list[PhaseItem]:
    """The tied output layer's 16-bit weight gradient waiting through the blocks' backward (DeepSpeed ZeRO-2/3, full
    fine-tuning, full checkpointing). lm_head and the input embedding are one Parameter, so autograd gives its
    AccumulateGrad node two incoming edges: the lm_head's weight gradient (V × h, made right after the loss's
    backward) waits in that node's input buffer until the embedding's backward, the last, adds its own; only then
    does the node run and DeepSpeed's hook on it (stage3.py / stage_1_and_2.py, registered on
    `param.expand_as(param).grad_fn.next_functions[0][0]`) copy the sum into the ipg bucket. An untied lm_head's
    gradient goes into the bucket at once (counted there). Under full checkpointing its own moment (a block's
    backward, context.MOMENTS) says when it is there; without, where the backward peaks relative to it is not
    modelled, and it is left out."""
    s = ctx.scenario
    ckpt = s.training.grad_checkpointing == "full" and not stack.offloads_checkpoints and ctx.pp == 1
    st = ctx.stack
    if not (
        zero >= 2 and ckpt and s.training.finetune == "full" and ctx.arch.tie_word_embeddings and ctx.arch.vocab_size
    ):
        return []
    if st is None:
        return []
    head = float(half * ctx.arch.vocab_size * st.hidden_size / ctx.tp)
    return [
        PhaseItem(
            "ds_tied_head_grad",
            Message("item.ds_tied_head_grad", "Tied output layer's gradient waiting for the embedding's"),
            "gradients",
            {"backward": head},
            "2 · V · h",
            Message(
                "expl.ds_tied_head_grad",
                "{stack}: the output layer shares its weight with the input embedding, so autograd keeps the output "
                "layer's 16-bit weight gradient ({vocab:,} × {hidden:,}) until the embedding's backward, the last, "
                "adds its own; only then does DeepSpeed's gradient hook move the sum into its bucket = {size} while "
                "the blocks run backward.",
                stack=stack.name,
                vocab=ctx.arch.vocab_size,
                hidden=st.hidden_size,
                size=Bytes(head),
            ),
            {"V": ctx.arch.vocab_size, "h": st.hidden_size},
            "PyTorch autograd: one AccumulateGrad node per Parameter, run when all its input edges are in; DeepSpeed "
            "v0.6.5 stage3.py create_reduce_and_remove_grad_hooks (hook on that node)",
            {"loss_backward": 0.0, "block_backward": head},
        )
    ]


def _ds_bucket_item(stack: stacks.TrainingStack, half: int, zero: int) -> PhaseItem:
    """DeepSpeed's contiguous ipg bucket (contiguous_gradients, its default)."""
    b = float(half * stacks.DS_REDUCE_BUCKET)
    # stage 3 allocates its ipg buffer once (_setup_for_real_optimizer); stages 1-2 in setup_buckets() at the start
    # of backward, released by the backward epilogue before the step
    phases: tuple[Phase, ...] = (
        ("forward", "backward", "backward_end", "optimizer_step") if zero == 3 else ("backward", "backward_end")
    )
    return PhaseItem(
        "zero_buckets",
        Message("item.zero_contiguous_gradient_bucket", "ZeRO contiguous gradient bucket"),
        "gradients",
        dict.fromkeys(phases, b),
        "bytes · reduce_bucket_size",
        Message(
            "expl.ds_ipg_bucket",
            "{stack} (contiguous_gradients, its default) allocates an ipg buffer of reduce_bucket_size = "
            "{elements:,} elements in the 16-bit dtype to gather gradients before each reduce(-scatter) = "
            "{size}.",
            stack=stack.name,
            elements=stacks.DS_REDUCE_BUCKET,
            size=Bytes(b),
        ),
        {"reduce_bucket_size": stacks.DS_REDUCE_BUCKET},
        "deepspeed/runtime/zero/stage_1_and_2.py / stage3.py ipg buffer; DeepSpeedZeroConfig defaults",
    )


def _other_grad_buffers(ctx: Ctx, stack: stacks.TrainingStack, trainable: float, zero: int, dp: int) -> list[PhaseItem]:
    """FSDP2's gradient buffers."""
    if stack.grad_buffers == "fsdp" and dp > 1 and zero == 3 and ctx.scenario.training.finetune == "full":
        unit = _layer_params(ctx)
        b = (2 + 4) * unit
        end = fsdp_backward_end(ctx, stack)
        sharded = 4.0 * trainable / sharded_dp(ctx)
        pool_phases: tuple[Phase, ...] = (
            ("forward", "backward", "backward_end") if ctx.pp > 1 else ("forward", "backward")
        )
        pool = PhaseItem(
            "stream_pool",
            Message(
                "item.fsdp2_stream_pool",
                "Cached in the reduce-scatter stream's pool (FSDP2)",
            ),
            "overhead",
            dict.fromkeys(pool_phases, sharded),
            "4 · N / DP (reserved, not allocated)",
            Message(
                "expl.fsdp_stream_pool",
                "{stack} reduce-scatters gradients on its own CUDA stream, so the sharded fp32 gradients are allocated "
                "from that stream's pool of the caching allocator; after zero_grad() their blocks stay cached there, "
                "and the default stream, where forward and backward allocate, cannot reuse them = {size} reserved "
                "while the gradients do not exist.",
                stack=stack.name,
                size=Bytes(sharded),
            ),
            {"N": trainable, "DP": dp},
            "PyTorch CUDA semantics: cached blocks are tied to the stream they were allocated on; "
            "torch.distributed.fsdp reduce_scatter_stream",
        )
        if ctx.pp > 1:
            n = unit * ctx.layers_per_stage + _root_params(ctx)
            acc = 4.0 * n
            return [
                pool,
                PhaseItem(
                    "fsdp_unsharded_grads",
                    Message(
                        "item.fsdp2_pp_unsharded_grads",
                        "Unsharded fp32 gradients across micro-batches (FSDP2 + PP)",
                    ),
                    "gradients",
                    {"forward": acc, "backward": acc, "backward_end": acc + b},
                    "4 · N_stage (reduce_dtype)",
                    Message(
                        "expl.fsdp_pp_grads",
                        "{stack} under a pipeline schedule skips the reduce-scatter until the last micro-batch "
                        "(set_requires_gradient_sync(False)): each micro-batch's gradients accumulate unsharded in the "
                        "fp32 reduce dtype for the stage's {params:,.0f} parameters = {size}, alive through the steady "
                        "state of 1F1B.",
                        stack=stack.name,
                        params=n,
                        size=Bytes(acc),
                    ),
                    {"N_stage": n},
                    "torch.distributed.pipelining stage.py (FSDP no-sync between micro-batches); FSDP2 "
                    "unsharded_accumulated_grad in reduce_dtype",
                ),
            ]
        # while blocks run backward, the output layer's 16-bit gradient (made in the loss's backward) waits unsharded
        # for the root's reduce-scatter at the end of backward, and the block whose backward is over holds its fp32
        # gradient shard (measured: tools/calibration FSDP2 runs, GRAD / TEMP at the block_backward moment)
        head = 2.0 * ctx.arch.vocab_size * (ctx.stack.hidden_size if ctx.stack is not None else 0) / ctx.tp
        done = 4.0 * unit / sharded_dp(ctx)
        waiting = PhaseItem(
            "fsdp_backward_grads",
            Message("item.fsdp2_backward_grads", "Gradients waiting during a block's backward (FSDP2)"),
            "gradients",
            {"backward": 0.0},
            "2 · V · h + 4 · N_layer / DP",
            Message(
                "expl.fsdp2_backward_grads",
                "{stack}: while the blocks run backward, the output layer's 16-bit gradient ({vocab:,} × {hidden:,}) "
                "waits unsharded for the root module's reduce-scatter at the end of backward, beside the fp32 "
                "gradient shard of the block whose backward is over = {size}.",
                stack=stack.name,
                vocab=ctx.arch.vocab_size,
                hidden=ctx.stack.hidden_size if ctx.stack is not None else 0,
                size=Bytes(head + done),
            ),
            {"V": ctx.arch.vocab_size, "N_layer": unit, "DP": sharded_dp(ctx)},
            "torch.distributed.fsdp FSDPParamGroup.post_backward (the root group reduce-scatters last)",
            {"loss_backward": 0.0, "block_backward": head + done},
        )
        return [
            pool,
            waiting,
            PhaseItem(
                "fsdp_reduce_scatter",
                Message(
                    "item.fsdp2_reduce_scatter",
                    "Reduce-scatter of one layer's gradients (FSDP2)",
                ),
                "gradients",
                {"backward": b, "backward_end": b if end is None else end[2]},
                "(2 + 4) · N_layer",
                concat(
                    Message(
                        "expl.fsdp_reduce_scatter",
                        "{stack}: each block's unsharded 16-bit gradients ({params:,.0f} parameters) are cast to fp32 "
                        "(reduce_dtype) for the reduce-scatter = {size} while a layer's backward finishes.",
                        stack=stack.name,
                        params=unit,
                        size=Bytes(b),
                    ),
                    ""
                    if end is None
                    else Message(
                        "expl.fsdp2_backward_end_root",
                        " At the end of backward the root module (embedding, final norm, output: {root:,.0f} "
                        "parameters) reduce-scatters its 16-bit gradients through an fp32 input = {size}; the gathered "
                        "root is resharded first, and the blocks' gradients are shards by then.",
                        root=_root_params(ctx),
                        size=Bytes(end[2]),
                    )
                    if end[3] == "root"
                    else Message(
                        "expl.fsdp2_backward_end_embedding",
                        " At the end of backward, while the embedding's backward runs, the first block's fp32 "
                        "reduce-scatter input is kept until the next post-backward = {size}, beside the gathered root, "
                        "the blocks' gradient shards and the output layer's and the embedding's 16-bit gradients.",
                        size=Bytes(end[2]),
                    ),
                ),
                {"N_layer": unit},
                "torch.distributed.fsdp MixedPrecisionPolicy(reduce_dtype=float32)",
                # the first reduce-scatter is the last block's, after its backward: none while the loss's runs
                {"loss_backward": 0.0, "block_backward": b},
            ),
        ]
    return []


def _state_bytes(
    ctx: Ctx, opt: str, trainable: float, dtype_bytes: int, groups: Sequence[TensorGroup] | None = None
) -> tuple[float, tuple[str, str]]:
    """The optimizer's states for `trainable` parameters on this GPU; `groups`: the full fine-tune's trained tensors
    (all of the model's when None), which Adafactor factors one by one."""
    if opt in STATE_BYTES:
        words, k = STATE_BYTES[opt]
        return k * dtype_bytes * trainable, (
            Message("optimizer.states_bytes", "{states} × {bytes} bytes", states=words, bytes=dtype_bytes),
            f"{k * dtype_bytes}",
        )
    if opt == "adamw-8bit":
        return 2 * (1 + 4 / 256) * trainable, (
            Message(
                "optimizer.adamw_8bit",
                "2 states quantized to 8 bits with an fp32 scale per 256-value block (bitsandbytes blockwise)",
            ),
            "2 · (1 + 4/256)",
        )
    if opt == "adafactor":
        if ctx.scenario.training.finetune != "full":
            return 4.0 * trainable, (
                Message("optimizer.adafactor_lora", "factored second moment (row and column statistics)"),
                "~4",
            )
        tot = 0.0
        trained = ctx.pc.groups if groups is None else groups
        for g in trained:
            per = (g.shape[0] + g.per_tensor // g.shape[0]) if len(g.shape) >= 2 else g.per_tensor
            tot += 4 * per * g.count
        frac = numel_per_gpu(ctx, trained) / max(1, sum(g.numel for g in trained))
        return tot * frac, (
            Message(
                "optimizer.adafactor",
                "fp32 row + column statistics per matrix (no first moment; transformers Adafactor defaults)",
            ),
            "4 · (rows + cols) / numel",
        )
    raise ValueError(f"unknown optimizer {opt}")


def _step_temporaries(
    ctx: Ctx,
    opt: str,
    trainable: float,
    dtype_bytes: int,
    foreach: bool,
    groups: Sequence[TensorGroup] | None = None,
) -> tuple[float, tuple[str, str]]:
    largest: float = _largest_tensor(ctx, groups)
    if ctx.scenario.training.finetune != "full":
        largest = min(largest, trainable)
    if opt in ("adamw", "adam"):
        if foreach:
            return dtype_bytes * trainable, (
                Message(
                    "optimizer.foreach_temporary",
                    "torch's default foreach AdamW computes sqrt(exp_avg_sq) for all parameters at once: one "
                    "parameter-sized temporary while gradients and states are alive",
                ),
                "bytes · N_trainable",
            )
        return 2 * dtype_bytes * largest, (
            Message(
                "optimizer.forloop_temporary",
                "the for-loop AdamW allocates sqrt(v)/bias-correction for one tensor at a time: 2 × the largest tensor",
            ),
            "2 · bytes · max tensor",
        )
    if opt == "adafactor":
        return 12 * largest, (
            Message(
                "optimizer.adafactor_temporary",
                "Adafactor upcasts one tensor's gradient and weight to fp32 and builds its update: 3 × 4 bytes × the "
                "largest tensor",
            ),
            "12 · max tensor",
        )
    if opt == "lion":
        return 2 * dtype_bytes * largest, (
            Message("optimizer.lion_temporary", "Lion's sign(update) for one tensor at a time"),
            "2 · bytes · max tensor",
        )
    return 0.0, ("", "0")


def host_ram(ctx: Ctx) -> tuple[float, str]:
    """CPU memory per data-parallel rank that optimizer/parameter offload needs (ZeRO-Offload, Ren et al. 2021):
    the fp32 master partition, the optimizer states and the fp32 gradient partition the CPU Adam reads, plus the
    16-bit parameter partition when parameters are offloaded too (ZeRO-3). 0 without offload."""
    s = ctx.scenario
    p = s.parallelism
    if s.workload.mode != "training" or p.offload == "none" or s.training.finetune != "full":
        return 0.0, ""
    zero = effective_zero(ctx)
    if zero < 1:
        return 0.0, ""
    n = numel_per_gpu(ctx, ctx.pc.groups) / sharded_dp(ctx)
    states, _ = _state_bytes(ctx, s.training.optimizer, n, 4)
    total = 4 * n + states + 4 * n
    params = p.offload == "optimizer+params" and zero == 3
    if params:
        total += 2 * n
    return total, Message(
        "host.offload_params" if params else "host.offload",
        "{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master "
        "{master} + optimizer states {states} + fp32 gradients {master}"
        + (" + 16-bit parameters {half}" if params else "")
        + " (pinned memory; × ranks per node for a machine)",
        total=Bytes(total),
        n=n,
        master=Bytes(4 * n),
        states=Bytes(states),
        half=Bytes(2 * n),
    )


def _root_params(ctx: Ctx) -> float:
    """Parameters outside the repeated blocks on this GPU (embedding, final norm, output; per TP rank)."""
    from core.memory.weights import _is_layer_group

    return numel_per_gpu(ctx, [g for g in ctx.pc.groups if not _is_layer_group(ctx, g)])


def _layer_params(ctx: Ctx) -> float:
    st = ctx.stack
    if st is None:
        return float(ctx.pc.total)
    layer = sum(g.numel for g in ctx.pc.groups if ".layers." in f".{g.name}" and g.stack in ("decoder", "encoder"))
    return layer / st.num_layers / ctx.tp


def _largest_linear(ctx: Ctx) -> int:
    return max((g.per_tensor for g in ctx.pc.groups if g.kind in ("linear", "expert")), default=0) // max(1, ctx.tp)


__all__ = ["items", "per_gpu"]
