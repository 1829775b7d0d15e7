"""Training stacks as data: what each framework allocates differently for the same model and scenario.

Each entry is read from the stack's own source code and documentation (named in `source`); the memory formulas
(core/memory/training_state.py, core/memory/peak.py) read these traits and never branch on a stack's name, and
every item a trait changes names the stack in its explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.messages import Message

StackId = Literal["hf", "deepspeed", "fsdp2", "megatron", "torchtune", "liger", "unsloth"]

# DeepSpeed's defaults (deepspeed/runtime/zero/config.py, DeepSpeedZeroConfig @ edaa7221):
DS_REDUCE_BUCKET = 500_000_000  # reduce_bucket_size = pp_int(5e8)
DS_ALLGATHER_BUCKET = 500_000_000  # allgather_bucket_size = pp_int(5e8)
DS_PREFETCH_BUCKET = 50_000_000  # stage3_prefetch_bucket_size = pp_int(5e7)
DS_MAX_LIVE_PARAMETERS = 1_000_000_000  # stage3_max_live_parameters = pp_int(1e9)
DS_SUB_GROUP = 1_000_000_000  # sub_group_size = pp_int(1e9)

# torchtune CEWithChunkedOutputLoss(num_output_chunks=8); Liger's fused linear cross entropy and Unsloth's
# (Apple's Cut Cross-Entropy) never build the whole logits tensor.
TORCHTUNE_CHUNKS = 8

# Parameters that take no part in the forward pass (core/stacks.py TrainingStack.idle_params_skipped_at). The step of
# every optimizer the engine models passes over a parameter whose .grad is None, creating no state for it:
IDLE_PARAMS_OPTIMIZERS = (
    "torch 2.13.0 (git cf30153c) torch/optim/adam.py Adam._init_group (AdamW subclasses Adam; foreach, fused and "
    'for-loop steps all read it): `for p in group["params"]: if p.grad is not None: ... state = self.state[p] ... '
    'state["exp_avg"] = torch.zeros_like(p, ...)`; torch/optim/sgd.py: `if p.grad is not None:`; bitsandbytes '
    "@ 06029dd6 bitsandbytes/optim/optimizer.py Optimizer8bit.step: `if p.grad is None: continue` before init_state; "
    "transformers 5.25.0 optimization.py Adafactor.step: `if p.grad is None: continue`; lucidrains/lion-pytorch "
    "@ 05258c93 lion_pytorch.py: `for p in filter(lambda p: exists(p.grad), group['params'])`"
)
# torch DDP (several GPUs without ZeRO): the reducer leaves a globally unused parameter's .grad undefined, but its
# all-reduce buckets hold every parameter that requires grad
DDP_IDLE_PARAMS = (
    "torch 2.13.0 torch/nn/parallel/distributed.py _build_params_for_reducer: `for param_name, param in "
    "module.named_parameters(recurse=False) if param.requires_grad` (the bucket contents); pytorch/pytorch @ 00413201 "
    "torch/csrc/distributed/c10d/reducer.cpp copy_bucket_to_grad: `// If a parameter is globally unused, we keep its "
    "grad untouched. if (!global_unused) { ... }`; it needs find_unused_parameters=True, which transformers 5.25.0 "
    "trainer.py _build_accelerator_args sets by default only without checkpointing: `find_unused = not "
    "(self.model.is_activation_checkpointing or self.args.activation_checkpointing)`"
)
# DeepSpeed ZeRO (the deepspeed stack, and the HF integration at --zero >= 1): every parameter that requires grad is
# flattened into the 16-bit groups, the fp32 master partition and the optimizer states built at set-up
DEEPSPEED_IDLE_PARAMS = (
    "deepspeedai/DeepSpeed @ 02aa38c3 deepspeed/runtime/zero/stage_1_and_2.py __init__: `for param in "
    "param_group['params']: if param.requires_grad: ... trainable_parameters.append(param)` → bit16_groups_flat, "
    "`weights_partition = self.parallel_partitioned_bit16_groups[i][partition_id].detach().clone().to(device=..., "
    "dtype=self.master_weights_and_grads_dtype)`, `self.initialize_optimizer_states()` over that whole partition; "
    "@ 007cca6a stage3.py: `trainable_params = [p for p in param_group[PARAMS_KEY] if p.requires_grad]`, "
    "_create_fp32_partitions, `self.grad_partitions_flat_buffer = torch.zeros(sum(p.partition_numel() for p in "
    "all_params), ...)`"
)
# PyTorch FSDP2: a parameter group reduce-scatters only the gradients autograd produced
FSDP2_IDLE_PARAMS = (
    "torch 2.13.0 torch/distributed/fsdp/_fully_shard/_fsdp_param_group.py FSDPParamGroup.post_backward: `elif "
    "fsdp_param.unsharded_param.grad is not None: fsdp_params_with_grad.append(fsdp_param)` (zeros only with "
    "`self.reduce_scatter_unused_params`, False by default); the sharded .grad of the others stays None and AdamW "
    "skips them"
)


@dataclass(frozen=True)
class TrainingStack:
    id: StackId
    name: str
    # optimizer step: "torch" = torch.optim as configured (foreach temporaries per training.optimizer_foreach);
    # "fused" = a fused multi-tensor kernel that updates in place (DeepSpeed FusedAdam/CPUAdam, Apex/TE FusedAdam)
    optimizer_step: Literal["torch", "fused"]
    # where fp32 master weights live under mixed precision: "autocast" = the parameters themselves are fp32
    # (torch.autocast); "optimizer" = 16-bit parameters, fp32 master copy + states in the (partitioned) optimizer;
    # "fsdp" = FSDP2 MixedPrecisionPolicy: sharded fp32 parameters, 16-bit unsharded copies while a layer runs
    master: Literal["autocast", "optimizer", "fsdp"]
    # data-parallel sharding the stack applies by itself (FSDP2 always shards parameters, gradients and states;
    # Megatron's distributed optimizer shards the fp32 master and states), else the scenario's ZeRO stage
    sharding: Literal["zero", "fsdp", "distributed-optimizer"]
    # gradient buffers: "ddp" = DDP's all-reduce buckets; "deepspeed" = contiguous reduce (ipg) bucket and the
    # fp32 copy of the gradient partition at the step; "fsdp" = reduce-scatter of one layer's gradients;
    # "megatron" = one contiguous fp32 main_grad buffer (gradients accumulate in it)
    grad_buffers: Literal["ddp", "deepspeed", "fsdp", "megatron"]
    # under TP, norms/residual/dropout activations are split along the sequence: the default, and whether the stack
    # has it at all (a scenario may switch it off: parallelism.sequence_parallel, see sequence_parallel_on)
    sequence_parallel: bool
    loss_parallel: bool  # under TP, the logits stay sharded over the vocabulary (loss computed per shard)
    # how the cross-entropy meets the logits: "cut" = Apple's Cut Cross-Entropy (logits only in on-chip blocks);
    # "vocab-parallel" = Megatron's _VocabParallelCrossEntropy (fp32 copy turned into the softmax in place)
    loss: Literal["fp32-logits", "chunked", "fused-linear", "cut", "vocab-parallel"]
    offloads_checkpoints: bool  # checkpointed layer inputs are kept in CPU memory (Unsloth)
    source: str
    notes: str
    # under sequence parallel, the all-gathered input of each column-parallel matmul is what autograd saves (DTensor
    # SP in torchtitan: whole T × h per rank), rather than the sequence shard re-gathered in backward (Megatron)
    sp_saves_gathered: bool = False
    # loss parallel through DTensor's handlers (torch/distributed/tensor/parallel/loss.py): log-softmax decomposed
    # into fp32 shifted / exp / result tensors, and a fused nll + log-softmax backward (zeros_like, exp, sum,
    # product) instead of aten's fused kernels
    dtensor_loss: bool = False
    # activations saved per block: "modules" = what the framework's Python modules leave to autograd (transformers,
    # torchtitan: fp32 norm copies, unfused activations); "megatron" = Megatron-LM's fused kernels as counted by
    # Korthikanti et al. 2022 §4.1 (sbh·(34 + 5as/h) for a GPT block, 34sbh/t with TP + SP)
    # "unsloth" = Unsloth's own autograd functions for Llama-style blocks (fast RMS norm, in-place RoPE, LoRA_QKV /
    # LoRA_W / LoRA_MLP saving only their inputs and the gate and up outputs; core/memory/parallel.py unsloth_saved)
    activations: Literal["modules", "megatron", "unsloth"] = "modules"
    # context parallelism (each sequence split over cp ranks, ring attention): torchtitan's
    # --parallelism.context_parallel_degree, Megatron's --context-parallel-size
    context_parallel: bool = False
    # torchtitan's torch.compile (per-TransformerBlock, and the loss since 2025) and Float8 training options are
    # modelled for this stack (training.compile, training.float8)
    torchtitan_options: bool = False
    # torch.compile (training.compile) is modelled for this stack: each decoder block compiled on its own (AOTAutograd
    # saves only what the block's backward reads) and, with "blocks+loss", the loss (no fp32 T × V copy)
    compiles: bool = False
    # the training loop deletes the 16-bit logits before backward (torchtitan train.py: `del pred`): their
    # caching-allocator segment stays reserved but free while the fp32 loss gradients are built (see
    # core/memory/parallel.py logits_segment_item)
    frees_logits: bool = False
    # the training loop holds the model's `outputs` (its 16-bit logits) through backward and the optimizer step, and the
    # previous step's through the next forward (until `outputs = model(**batch)` rebinds the name): DeepSpeed's own
    # loop, `outputs = model(**batch); loss = outputs.loss; model.backward(loss); model.step()` (DeepSpeed-Chat
    # step-1 main.py, DeepSpeedExamples). transformers' Trainer does not: compute_loss returns the loss alone
    # (`return (loss, outputs) if return_outputs else loss`) before training_step calls accelerator.backward(loss)
    keeps_outputs: bool = False
    # under per-block sharding ("fsdp"), decoder blocks left gathered after forward, besides the root module (which
    # FSDP2 never reshards after forward): torchtitan parallelize_llama.py @ 9dec370 fully_shards the last
    # TransformerBlock with reshard_after_forward=False; torchtune reshards every block (0)
    blocks_gathered_after_forward: int = 0
    # under tensor parallelism the token embedding is sharded over the TP ranks (Megatron's VocabParallelEmbedding,
    # torchtitan's RowwiseParallel tok_embeddings), or kept whole on every rank: transformers' Llama
    # base_model_tp_plan lists the decoder's projections only, so embed_tokens (and an lm_head tied to it) stays whole
    # — measured on the fake process group (tools/calibration, train-tp2-llama3.2-1b-2l-mixed-adamw-b1s2048); the
    # families whose transformers plan does shard it: Architecture.tp_plan_shards_embedding
    tp_shards_embedding: bool = True
    # the ZeRO stages (core/memory/training_state.effective_zero) at which a parameter that takes no part in the forward
    # pass ends the step with no gradient (.grad None), so the optimizer creates no state for it and the step leaves it
    # alone: a vision or audio tower the workload feeds nothing (text-only fine-tuning of a VLM, images 0). Every
    # optimizer here skips such a parameter (IDLE_PARAMS_OPTIMIZERS). At the stages not listed the stack flattens every
    # parameter that requires grad into buffers built at set-up, so the idle tower costs as a trained one. Its source:
    # `idle_params_source`, quoted.
    idle_params_skipped_at: frozenset[int] = frozenset()
    idle_params_source: str = ""


STACKS: dict[str, TrainingStack] = {
    s.id: s
    for s in (
        TrainingStack(
            "hf",
            "Hugging Face Trainer / accelerate",
            optimizer_step="torch",
            master="autocast",
            sharding="zero",
            grad_buffers="ddp",
            sequence_parallel=False,
            loss_parallel=False,
            loss="fp32-logits",
            offloads_checkpoints=False,
            tp_shards_embedding=False,
            source="transformers Trainer (bf16=True: torch.autocast over fp32 parameters), torch.optim.AdamW "
            "(foreach by default on CUDA), loss_utils.ForCausalLMLoss (logits.float())",
            idle_params_skipped_at=frozenset({0}),
            idle_params_source=f"{IDLE_PARAMS_OPTIMIZERS}; one GPU: autograd leaves .grad None; {DDP_IDLE_PARAMS}; "
            f"--zero >= 1 (the DeepSpeed integration): {DEEPSPEED_IDLE_PARAMS}",
            notes=Message(
                "stack_notes.hf",
                "today's default; with --zero ≥ 1 the DeepSpeed integration's 16-bit parameters and HF 'auto' "
                "bucket sizes (h²)",
            ),
        ),
        TrainingStack(
            "deepspeed",
            "DeepSpeed ZeRO",
            optimizer_step="fused",
            master="optimizer",
            sharding="zero",
            grad_buffers="deepspeed",
            sequence_parallel=False,
            loss_parallel=False,
            loss="fp32-logits",
            offloads_checkpoints=False,
            keeps_outputs=True,
            source="deepspeed/runtime/zero/stage_1_and_2.py and stage3.py (ipg buffers of reduce_bucket_size, "
            "fp32 gradient partition built at the step), deepspeed/ops/adam FusedAdam (in-place multi-tensor "
            "kernel) and DeepSpeedCPUAdam, DeepSpeedZeroConfig defaults, partitioned_param_coordinator.py "
            "(prefetch up to stage3_max_live_parameters once the trace is complete); DeepSpeed's own training loop "
            "(DeepSpeed-Chat training/step1_supervised_finetuning/main.py: outputs = model(**batch, use_cache=False); "
            "loss = outputs.loss; model.backward(loss); model.step())",
            idle_params_source=DEEPSPEED_IDLE_PARAMS,
            notes=Message(
                "stack_notes.deepspeed",
                "bf16/fp16 parameters and gradients, fp32 master weights and Adam states in the optimizer "
                "partition (ZeRO paper §3: 2Ψ + 2Ψ + 12Ψ/N_d)",
            ),
        ),
        TrainingStack(
            "fsdp2",
            "PyTorch FSDP2 (torchtitan)",
            optimizer_step="torch",
            master="fsdp",
            sharding="fsdp",
            grad_buffers="fsdp",
            sequence_parallel=True,
            loss_parallel=True,
            loss="fp32-logits",
            offloads_checkpoints=False,
            sp_saves_gathered=True,
            dtensor_loss=True,
            context_parallel=True,
            torchtitan_options=True,
            compiles=True,
            frees_logits=True,
            blocks_gathered_after_forward=1,
            source="torchtitan parallelize_llama.py @ 9dec370 (fully_shard per TransformerBlock with "
            "MixedPrecisionPolicy(param_dtype=bf16, reduce_dtype=fp32); TP plan with SequenceParallel norms and "
            "loss_parallel; op-level selective AC _save_list), torch.optim.AdamW (foreach)",
            idle_params_skipped_at=frozenset({3}),
            idle_params_source=f"{FSDP2_IDLE_PARAMS}; {IDLE_PARAMS_OPTIMIZERS}",
            notes=Message(
                "stack_notes.fsdp2",
                "per-parameter sharding over all data-parallel ranks (ZeRO-3 semantics); TP with sequence "
                "parallel and loss parallel",
            ),
        ),
        TrainingStack(
            "megatron",
            Message("stack.megatron", "Megatron-LM (distributed optimizer)"),
            optimizer_step="fused",
            master="optimizer",
            sharding="distributed-optimizer",
            grad_buffers="megatron",
            sequence_parallel=True,
            loss_parallel=True,
            loss="vocab-parallel",
            offloads_checkpoints=False,
            activations="megatron",
            context_parallel=True,
            source="Megatron-LM docs/source/api-guide/dist_optimizer.md (bf16 params, fp32 grads: 6 + 12/d "
            "bytes per parameter), --sequence-parallel, megatron/core/tensor_parallel/cross_entropy.py "
            "(_VocabParallelCrossEntropy @ d98e8a64), TE/Apex FusedAdam",
            idle_params_source="NVIDIA/Megatron-LM @ 293e1041 megatron/core/distributed/distributed_data_parallel.py: "
            "`for name, param in self.module.named_parameters(): if not param.requires_grad: continue` → "
            "ParamAndGradBuffer (the contiguous main_grad buffer) for every other parameter; the distributed "
            "optimizer's fp32 main parameters and states are views of those buffers",
            notes=Message(
                "stack_notes.megatron",
                "bf16 parameters, fp32 main_grad buffer, fp32 main parameters and Adam states sharded over DP",
            ),
        ),
        TrainingStack(
            "torchtune",
            "torchtune",
            optimizer_step="fused",
            master="autocast",
            sharding="fsdp",
            grad_buffers="fsdp",
            sequence_parallel=False,
            loss_parallel=False,
            loss="chunked",
            offloads_checkpoints=False,
            # compile: True in a recipe: training/_compile.py @ 0078c31b compile_model compiles each
            # TransformerSelfAttentionLayer on its own (m.compile(backend=backend)), compile_loss compiles
            # CEWithChunkedOutputLoss.compute_cross_entropy only (its apply_compile_strategy: the fp32 upcast and
            # cross-entropy of one chunk) = training.compile "blocks+loss"
            compiles=True,
            source="torchtune modules/loss/ce_chunked_output_loss.py (CEWithChunkedOutputLoss, 8 chunks, each "
            "upcast to fp32 on its own; apply_compile_strategy compiles compute_cross_entropy), training/_compile.py "
            "(compile_model: per TransformerSelfAttentionLayer), recipes full_finetune_single_device / "
            "lora_finetune_single_device, "
            "recipes/configs/llama3_2/3B_full.yaml @ 03a1978 (optimizer: torch.optim.AdamW, fused: True: no foreach "
            "temporaries; the single-device configs default to bitsandbytes PagedAdamW8bit)",
            idle_params_skipped_at=frozenset({3}),
            idle_params_source=f"one GPU: torch.optim.AdamW(fused=True) and bitsandbytes PagedAdamW8bit; "
            f"distributed: {FSDP2_IDLE_PARAMS}; {IDLE_PARAMS_OPTIMIZERS}",
            notes=Message(
                "stack_notes.torchtune",
                "chunked cross-entropy; FSDP2 sharding when distributed",
            ),
        ),
        TrainingStack(
            "liger",
            Message("stack.liger", "Liger Kernel (on Hugging Face)"),
            optimizer_step="torch",
            master="autocast",
            sharding="zero",
            grad_buffers="ddp",
            sequence_parallel=False,
            loss_parallel=False,
            loss="fused-linear",
            offloads_checkpoints=False,
            source="liger_kernel/ops/fused_linear_cross_entropy.py (lm_head + cross-entropy per chunk of tokens; "
            "the gradient of the hidden states is computed in the forward; no full logits)",
            idle_params_skipped_at=frozenset({0}),
            idle_params_source=f"{IDLE_PARAMS_OPTIMIZERS}; one GPU: autograd leaves .grad None; {DDP_IDLE_PARAMS}; "
            f"--zero >= 1 (the DeepSpeed integration): {DEEPSPEED_IDLE_PARAMS}",
            notes=Message(
                "stack_notes.liger",
                "Hugging Face Trainer with Liger's fused linear cross-entropy",
            ),
        ),
        TrainingStack(
            "unsloth",
            "Unsloth",
            optimizer_step="torch",
            master="autocast",
            sharding="zero",
            grad_buffers="ddp",
            sequence_parallel=False,
            loss_parallel=False,
            loss="cut",
            offloads_checkpoints=True,
            activations="unsloth",
            source="unsloth e3162dc5 (use_gradient_checkpointing='unsloth': unsloth_zoo 36ff5fc3 "
            "Unsloth_Offloaded_Gradient_Checkpointer moves each layer input to CPU and recomputes the layer in "
            "backward; kernels/fast_lora.py LoRA_QKV / LoRA_W / LoRA_MLP, fast RMS norm, in-place RoPE, xformers "
            "attention), unsloth_zoo loss_utils.fused_linear_cross_entropy = Apple cut_cross_entropy "
            "linear_cross_entropy (1f3ebdb2 cce.py: saves e, c and the fp32 logsumexp; backward de = zeros_like(e))",
            idle_params_skipped_at=frozenset({0}),
            idle_params_source=f"{IDLE_PARAMS_OPTIMIZERS}; Unsloth trains through transformers' Trainer (TRL "
            f"SFTTrainer); one GPU: autograd leaves .grad None; {DDP_IDLE_PARAMS}; "
            f"--zero >= 1 (the DeepSpeed integration): {DEEPSPEED_IDLE_PARAMS}",
            notes=Message(
                "stack_notes.unsloth_cce",
                "offloaded checkpointing, Unsloth's fused LoRA autograd functions and Cut Cross-Entropy",
            ),
        ),
    )
}


def get(stack_id: str) -> TrainingStack:
    return STACKS[stack_id]


def sequence_parallel_on(stack: TrainingStack, requested: bool | None) -> bool:
    """Whether the hidden-size activations are split along the sequence under TP: the scenario's
    `parallelism.sequence_parallel` where set (Megatron runs with or without `--sequence-parallel`), else the
    stack's default. A stack without sequence parallelism (the `sequence_parallel` trait False) cannot be switched
    on: Scenario.warnings() says so and it is ignored."""
    if requested is None:
        return stack.sequence_parallel
    return requested and stack.sequence_parallel
