"""Per-rank memory under tensor and pipeline parallelism, checkpointing policies and the loss, as each training
stack (core/stacks.py) runs them.

- Tensor parallel (Megatron-style column/row split): attention and MLP internals are divided by TP everywhere
  (core/memory/activations.py). What stays whole on every rank are the hidden-size tensors between them (norm
  inputs and outputs, residual stream, dropout masks) and the logits — unless the stack uses sequence parallelism
  (they are split along the sequence: Korthikanti et al. 2022, "Reducing Activation Recomputation in Large
  Transformer Models", §4.2.2) and loss parallelism (the logits stay sharded over the vocabulary; torchtitan
  `loss_parallel`, Megatron's vocab-parallel cross entropy).
- Pipeline parallel, 1F1B: stage k holds pp − k micro-batches of activations in flight; the first stage holds
  `pp` (and the embedding), the last stage one (and the final norm, lm_head and the logits). The two ranks peak
  differently; the answer is the worse of the two, named (their peaks are never added).
- Selective checkpointing: torchtitan's op-level policy for fsdp2 (save every matmul output except every second
  one, and the attention kernel's outputs), Megatron's for the others (recompute only the attention core: the
  seq² scores, which flash/SDPA attention never keep anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from core.architecture import StackSpec
from core.memory import activations as act
from core.memory.context import Ctx, Num, PhaseItem, highest
from core.messages import Bytes, Message, concat, unnested
from core.result import Phase
from core.stacks import TORCHTUNE_CHUNKS, TrainingStack, sequence_parallel_on
from core.stacks import get as get_stack


def rank_inflight(ctx: Ctx, pp_rank: str) -> float:
    """Micro-batches' worth of a stage's activations a pipeline rank holds at its peak ("first" or "last" rank).
    1F1B: the first rank `pp` (stage k holds pp − k), the last one. Interleaved 1F1B with v model chunks per rank
    (torch.distributed.pipelining ScheduleInterleaved1F1B, Megatron's interleaved schedule): rank r runs
    (v − 1)·pp + 2·(pp − 1 − r) chunk forwards before its first backward, plus one in steady state, each chunk 1/v of
    the rank's layers: the first rank pp + (pp − 1)/v — Narayanan et al. 2021, "Efficient Large-Scale Language Model
    Training on GPU Clusters", §2.2.2 — and the last pp − (pp − 1)/v; never more than every micro-batch of every chunk
    (torchtitan's default n_microbatches is pp; the scenario's gradient accumulation where larger)."""
    pp, v = ctx.pp, ctx.virtual_stages
    if pp == 1:
        return 1.0
    if v == 1:
        return float(pp) if pp_rank == "first" else 1.0
    microbatches = float(max(ctx.scenario.workload.grad_accumulation, pp))
    held = pp + (pp - 1) / v if pp_rank == "first" else pp - (pp - 1) / v
    return min(held, microbatches)


def compiled(ctx: Ctx) -> str:
    """torch.compile as the stack runs it ("off" where the stack's compile is not modelled)."""
    if not get_stack(ctx.scenario.training.stack).compiles:
        return "off"
    return ctx.scenario.training.compile


def float8(ctx: Ctx) -> str:
    """Float8 training as the stack runs it ("off" where not modelled for the stack)."""
    if not get_stack(ctx.scenario.training.stack).torchtitan_options:
        return "off"
    return ctx.scenario.training.float8


def sp_on(ctx: Ctx) -> bool:
    """Sequence parallelism as the scenario runs it: `parallelism.sequence_parallel`, else the stack's default."""
    return sequence_parallel_on(get_stack(ctx.scenario.training.stack), ctx.scenario.parallelism.sequence_parallel)


def sp_divisor(ctx: Ctx) -> int:
    """What the hidden-size activations between attention and MLP are divided by on a TP rank."""
    return ctx.tp if sp_on(ctx) else 1


def gathered_inputs(ctx: Ctx, T: Num, h: int, a: int, readers: int) -> Num:
    """Bytes a TP rank keeps beyond the sequence shard when autograd saves the all-gathered input of `readers`
    column-parallel matmuls (DTensor sequence parallel), each a·T·h whole instead of a·T·h / TP."""
    d = sp_divisor(ctx)
    if d == 1 or not get_stack(ctx.scenario.training.stack).sp_saves_gathered:
        return 0.0 * T
    return readers * a * T * h * (1 - 1 / d)


def sequence_parallel(ctx: Ctx, terms: act.Terms, T: Num, h: int, a: int) -> act.Terms:
    """Under sequence parallel the norms, residual and dropout tensors of a block are split along the sequence; the
    attention and MLP inputs are all-gathered (DTensor saves those whole: two per block)."""
    d = sp_divisor(ctx)
    if d == 1:
        return terms
    return replace(terms, norms=terms.norms / d + gathered_inputs(ctx, T, h, a, 2), dropout=terms.dropout / d)


def megatron_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int = 2) -> act.Terms:
    """A block's saved activations with Megatron-LM's fused kernels, per TP rank, in 16 bits (Korthikanti et al.
    2022, "Reducing Activation Recomputation in Large Transformer Models", §4.1): the inputs of the two LayerNorms,
    of the QKV and fc1 matmuls (split along the sequence under SP, re-gathered in backward), Q and K, V, the input of
    the output projection, the fc1 output and the activation's output (gated: gate and up, then their product),
    dropout masks (1 byte) where dropout is on; eager attention adds the softmax output (2 bytes), its dropout mask
    (1) and dropout output (2) per score; flash attention keeps its output and fp32 logsumexp instead.
    For a GPT block (MHA, 4h GELU MLP, dropout) this is sbh·(34 + 5as/h) without parallelism, 34sbh/t + 5as²b/t
    with TP + SP. LayerNorm's fp32 mean and rstd (8 bytes per row each norm) are added; the paper drops them."""
    tp, sp = ctx.tp, sp_divisor(ctx)
    att = st.attention
    h = st.hidden_size
    heads = att.num_heads / tp
    q, kv, o = att.q_width / tp, att.kv_width / tp, att.o_width / tp
    drop = st.hidden_dropout > 0
    norms = a * T * h * 2 / sp + 8 * T * 2 / sp  # two LayerNorm inputs (+ fp32 mean/rstd per row)
    attention = a * T * h / sp + a * T * (q + 2 * kv) + a * T * o  # QKV input, Q K V, projection input
    scores = 0.0 * T
    b = T / s
    if ctx.attention_impl == "eager":
        per_score = a + ((1 + a) if st.attention_dropout > 0 else 0)
        scores = per_score * b * heads * s * s
    else:
        attention = attention + 4 * T * heads  # flash output is the projection input; fp32 logsumexp
    i = st.mlp.intermediate_size / tp
    mlp = a * T * h / sp + (a * T * (2 * i + i) if st.mlp.gated else a * T * (i + i))
    dropout = (2 * T * h / sp) if drop else 0.0 * T
    return act.Terms(norms=norms, attention=attention, scores=scores, mlp=mlp, dropout=dropout)


def unsloth_saved(ctx: Ctx, st: StackSpec, T: Num, a: int = 2) -> act.Terms:
    """A decoder block's saved activations under Unsloth's own autograd functions, in 16 bits (unsloth
    e3162dc5: models/llama.py LlamaDecoderLayer_fast_forward / LlamaAttention_fast_forward, kernels/fast_lora.py,
    kernels/rms_layernorm.py, kernels/rope_embedding.py): Fast_RMS_Layernorm keeps its input and fp32 1/rms and
    returns a new output (the QKV and MLP input, which LoRA_QKV / LoRA_MLP save); RoPE runs in place; xformers
    attention (Unsloth's default install; flash-attn when present) keeps Q, K and V, with grouped-query K and V
    materialised per query head (`K.reshape(bsz, kv_seq_len, n_heads, head_dim)` when training) and its output
    (o_proj's LoRA_W input) and fp32 logsumexp; the residual sum is the second norm's input; LoRA_MLP saves only
    X, e (gate) and g (up): the SwiGLU product is recomputed in backward."""
    tp = ctx.tp
    att = st.attention
    h = st.hidden_size
    heads = att.num_heads / tp
    q, kv, o = att.q_width / tp, att.kv_width / tp, att.o_width / tp
    kv_saved = q if att.num_kv_heads < att.num_heads else kv  # expanded to every query head
    norm_in = a * T * h + 4 * T  # the first norm's output (QKV input) and 1/rms; the layer input is counted apart
    norm_ffn = a * T * h + 4 * T  # the residual sum (second norm's input) ...
    norm_ffn = norm_ffn + a * T * h  # ... and the second norm's output (LoRA_MLP's X)
    attention = a * T * (q + 2 * kv_saved + o) + 4 * T * heads
    i = st.mlp.intermediate_size / tp
    mlp = a * T * 2 * i if st.mlp.gated else a * T * i  # e and g (or the up projection)
    zero = 0.0 * T
    return act.Terms(
        norms=norm_in + norm_ffn,
        attention=attention,
        scores=zero,
        mlp=mlp,
        dropout=zero,
        norm_in=norm_in,
        norm_ffn=norm_ffn,
        mlp_dense=mlp,
    )


def unsloth_backward_extra(ctx: Ctx, st: StackSpec, T: Num, a: int = 2) -> Num:
    """What Unsloth's backward of one recomputed block adds to its saved tensors at the block's peak (LoRA_MLP
    .backward, unsloth e3162dc5 kernels/fast_lora.py; unsloth_zoo 36ff5fc3 Unsloth_Offloaded_Gradient_Checkpointer
    .backward): DW = matmul_lora(dY, downW.t(), ...) is T × intermediate, and matmul_lora's `out += (X @ A) @ (s * B)`
    builds a second T × intermediate term before adding it; the checkpointer keeps the block's input (brought back
    from CPU), the recomputed block's output and the incoming gradient dY (T × h each) until
    torch.autograd.backward(output, dY) returns."""
    i = st.mlp.intermediate_size / ctx.tp
    return a * T * (2 * i + 3 * st.hidden_size)


def selective_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, mode: act.Mode, terms: act.Terms) -> tuple[Num, str]:
    """Bytes a layer keeps under selective checkpointing, and the policy's name."""
    stack = get_stack(ctx.scenario.training.stack)
    if stack.sharding == "fsdp":
        # torchtitan _save_list: aten.mm outputs except every second one, SDPA outputs (output + logsumexp),
        # reduce_scatter outputs (TP+SP); the block's input is kept by the checkpoint wrapper
        tp, a = ctx.tp, (2 if mode.autocast else mode.a)
        att = st.attention
        h = st.hidden_size
        q, kv, o = att.q_width / tp, att.kv_width / tp, att.o_width / tp
        if st.moe is not None:
            i = st.moe.expert_intermediate_size * st.moe.experts_per_token / tp
        else:
            i = st.mlp.intermediate_size / tp
        mms = [q, kv, kv, h] + ([i, i, h] if st.mlp.gated else [i, h])  # wq wk wv wo (w1 w3) w2, in call order
        kept_mm = sum(w for n, w in enumerate(mms) if n % 2 == 0)  # the 1st, 3rd, ... are saved
        rs = 2 * h / tp if tp > 1 and sp_on(ctx) else 0.0
        if compiled(ctx) != "off" and len(mms) % 2 == 1:
            # a compiled block (AOTAutograd's partitioner) saves a MUST_SAVE output only where backward reads it:
            # nothing in the block's backward reads the last matmul's output (w2: added to the residual) or, under
            # TP + SP, its reduce-scatter; eager SAC keeps every policy-saved output until the block's backward
            kept_mm -= mms[-1]
            rs = rs / 2
        kept = a * T * (h / sp_divisor(ctx) + kept_mm + o + rs) + 4 * T * att.num_heads / tp
        return np.minimum(kept, terms.total), "torchtitan op-level selective AC"
    return terms.total - terms.scores, "Megatron selective recompute (attention core)"


def explain_activations(ctx: Ctx, stack: TrainingStack, policy: str, pp_rank: str) -> str:
    parts: list[str] = []
    if ctx.tp > 1:
        off = " (switched off: parallelism.sequence_parallel)" if stack.sequence_parallel and not sp_on(ctx) else ""
        parts.append(
            Message(
                "parallel.sp",
                " {stack}: sequence parallel divides the norm and residual activations by TP = {tp} as well.",
                stack=stack.name,
                tp=ctx.tp,
            )
            if sp_on(ctx)
            else Message(
                "parallel.no_sp_off" if off else "parallel.no_sp",
                " {stack}: no sequence parallelism"
                + (" (switched off: parallelism.sequence_parallel)" if off else "")
                + ", so norm and residual activations are whole on each of the {tp} TP ranks.",
                stack=stack.name,
                tp=ctx.tp,
            )
        )
    if policy == "selective":
        parts.append(
            Message(
                "parallel.selective_torchtitan",
                " Selective checkpointing: torchtitan's op-level policy keeps the layer input, every second matmul "
                "output and the attention kernel's outputs, and recomputes the rest.",
            )
            if stack.sharding == "fsdp"
            else Message(
                "parallel.selective_megatron",
                " Selective checkpointing: Megatron's selective recompute drops only the attention core (seq² scores "
                "and softmax).",
            )
        )
    if policy == "selective" and stack.sharding == "fsdp" and compiled(ctx) != "off":
        parts.append(
            Message(
                "parallel.selective_compiled",
                " torch.compile (per block): the compiled backward keeps only the saved outputs it reads, so the "
                "last matmul's output (w2, added to the residual) is not kept.",
            )
        )
    if policy == "full" and stack.offloads_checkpoints:
        parts.append(
            Message(
                "parallel.offloaded_checkpoints",
                " {stack} offloads each checkpointed layer input to CPU memory; one is on the GPU at a time.",
                stack=stack.name,
            )
        )
    if stack.activations == "unsloth":
        parts.append(
            Message(
                "parallel.unsloth_autograd",
                " {stack}'s own autograd functions keep less per layer than the transformers modules (fast RMS norm, "
                "RoPE in place, LoRA_MLP keeps only its input, gate and up); the recomputed layer's backward adds DW "
                "and matmul_lora's LoRA term (2 × T × intermediate) beside the layer's input, output and gradient.",
                stack=stack.name,
            )
        )
    if ctx.pp > 1:
        parts.append(
            Message(
                "parallel.pp_first_interleaved",
                " Pipeline rank: the first ({v} model chunks of the interleaved schedule, no logits).",
                v=ctx.virtual_stages,
            )
            if pp_rank == "first" and ctx.virtual_stages > 1
            else Message(
                "parallel.pp_first",
                " Pipeline rank: first stage ({pp} micro-batches in flight under 1F1B, no logits).",
                pp=ctx.pp,
            )
            if pp_rank == "first"
            else Message(
                "parallel.pp_last_interleaved",
                " Pipeline rank: the last ({v} model chunks of the interleaved schedule, with the final norm and the "
                "logits).",
                v=ctx.virtual_stages,
            )
            if ctx.virtual_stages > 1
            else Message(
                "parallel.pp_last",
                " Pipeline rank: last stage (one micro-batch in flight, with the final norm and the logits).",
            )
        )
    return concat(*parts)


def _chunked_loss_item(
    stack: TrainingStack,
    by_phase: dict[Phase, Num],
    formula: str,
    explanation: str,
    inputs: dict[str, float | int | str],
    source: str,
) -> PhaseItem:
    """torchtune's chunked loss, compiled or not: the line "Logits and chunked loss" in the activations."""
    label = Message("item.logits_chunked", "Logits and chunked loss ({stack})", stack=unnested(stack.name))
    return PhaseItem("logits", label, "activations", by_phase, formula, explanation, inputs, source)


def _chunked_loss_words(stack: TrainingStack, T: Num, V: int, a16: int) -> dict[str, Any]:
    """The figures both explanations of the chunked loss name (all but the size)."""
    return {
        "stack": stack.name,
        "bits": 16 if a16 == 2 else 32,
        "tokens": highest(T),
        "vocab": V,
        "chunks": TORCHTUNE_CHUNKS,
    }


def loss_item(ctx: Ctx, stack: TrainingStack, T: Num, V: int, a16: int, h: int) -> PhaseItem:
    """The logits and the cross-entropy, as the stack computes them, on one TP rank."""
    vd = ctx.tp if stack.loss_parallel and ctx.tp > 1 else 1
    TV = T * V / vd
    shard = f" / TP (loss parallel over {ctx.tp} ranks)" if vd > 1 else ""
    inputs: dict[str, float | int | str] = {"tokens": highest(T), "vocab": V, "stack": stack.id}
    if stack.loss == "chunked" and compiled(ctx) == "blocks+loss":
        # torchtune compile_loss: CEWithChunkedOutputLoss.apply_compile_strategy compiles compute_cross_entropy
        # (`F.cross_entropy(logits.float(), ...)` of one chunk); Inductor fuses the upcast, log-softmax and nll into
        # reductions over each row, as for torchtitan's compiled loss: each chunk's graph saves its 16-bit input (the
        # logits stay alive through the recipe's `del logits`) and an fp32 logsumexp per token; its backward writes
        # the chunk's 16-bit gradient in one kernel, one chunk at a time
        c = TORCHTUNE_CHUNKS
        fwd = a16 * TV + 4 * T
        bwd = a16 * TV * (1 + 1 / c) + 4 * T
        return _chunked_loss_item(
            stack,
            {"forward": fwd, "backward": bwd},
            f"{a16}·T·V (logits, saved by the compiled chunks) + 4·T (logsumexp) · + {a16}·T·V/{c} (one chunk's "
            "gradient) at the start of backward" + shard,
            Message(
                "expl.loss_chunked_compiled",
                "{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and "
                "compiles each chunk's fp32 upcast and cross-entropy (torch.compile): no fp32 copy exists, each chunk "
                "keeps its {bits}-bit logits and an fp32 logsumexp per token, and backward builds one chunk's "
                "gradient at a time = {size} at the start of backward.",
                **_chunked_loss_words(stack, T, V, a16),
                size=Bytes(highest(bwd)),
            ),
            inputs,
            "torchtune CEWithChunkedOutputLoss (num_output_chunks=8, apply_compile_strategy), "
            "training/_compile.py compile_loss",
        )
    if stack.loss == "chunked":
        c = TORCHTUNE_CHUNKS
        fwd = 4 * TV + a16 * TV + 4 * TV / c
        bwd = 4 * TV + 8 * TV / c
        return _chunked_loss_item(
            stack,
            {"forward": fwd, "backward": bwd},
            f"T·V·({a16} + 4 + 4/{c}) · or 4 + 8/{c} at the start of backward" + shard,
            Message(
                "expl.loss_chunked",
                "{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and "
                "upcasts each to fp32 on its own: log-softmax keeps its fp32 output per chunk, but no whole fp32 copy "
                "and no whole fp32 gradient exist at once = {size} at the end of the forward pass.",
                **_chunked_loss_words(stack, T, V, a16),
                size=Bytes(highest(fwd)),
            ),
            inputs,
            "torchtune CEWithChunkedOutputLoss (num_output_chunks=8)",
        )
    if stack.loss == "cut":
        lse = 4 * T
        de = a16 * T * h
        return PhaseItem(
            "logits",
            Message("item.cut_cross_entropy", "Cut cross-entropy ({stack})", stack=unnested(stack.name)),
            "activations",
            {"forward": lse, "backward": lse + de},
            f"4·T (fp32 logsumexp) · + {a16}·T·h (gradient of the hidden states) in backward",
            Message(
                "expl.loss_cce",
                "{stack} computes the loss with Apple's Cut Cross-Entropy: the {tokens:,.0f} × {vocab:,} logits exist "
                "only in on-chip blocks; it keeps the fp32 logsumexp per token and its backward fills the gradient of "
                "the final hidden states = {size}.",
                stack=stack.name,
                tokens=highest(T),
                vocab=V,
                size=Bytes(highest(lse + de)),
            ),
            inputs,
            "apple/ml-cross-entropy cut_cross_entropy/cce.py (save_for_backward(e, c, lse, ...)), cce_backward.py "
            "(de = torch.zeros_like(e))",
        )
    if stack.loss == "fused-linear":
        # liger_kernel v0.4.2 ops/fused_linear_cross_entropy.py: inc_factor = cdiv(V, H); chunk_size =
        # next_power_of_2(cdiv(BT, inc_factor)); grad_input (16-bit, T × h) and loss_1d (fp32, T) for the whole batch;
        # per chunk the 16-bit logits, their fp32 copy (`.float()`) for the in-place loss kernel, then the 16-bit
        # cast and `grad_logits_chunk = logits_chunk * alpha`; the previous chunk's grad_logits_chunk is still bound
        # while the next chunk's matmul and fp32 copy are allocated: 2 + 2 + 4 = 8 bytes per chunk element at once
        inc = -(-V // h)
        rows = np.ceil(np.asarray(T, dtype=float) / inc)
        ct = np.minimum(2.0 ** np.ceil(np.log2(np.maximum(rows, 1.0))), 2.0 ** np.ceil(np.log2(np.maximum(T, 1.0))))
        kept = a16 * T * h + 4 * T
        chunk = 8 * ct * V + 0.0 * T
        return PhaseItem(
            "logits",
            Message("item.fused_linear_ce", "Fused linear cross-entropy ({stack})", stack=unnested(stack.name)),
            "activations",
            {"forward": kept + chunk, "backward": kept},
            f"{a16}·T·h (gradient of the hidden states) + 4·T (fp32 loss per token) + 8 · c · V (one chunk of c "
            f"tokens: the previous chunk's {a16 * 8}-bit gradient, this chunk's logits and their fp32 copy)",
            Message(
                "expl.loss_fused_linear_chunks",
                "{stack} computes lm_head and the loss chunk by chunk — c = {chunk:,.0f} tokens, the power of two "
                "above T / ⌈V / h⌉ = T / {inc} — and computes the gradient of the final hidden states in the forward "
                "pass: the {tokens:,.0f} × {vocab:,} logits never exist whole = {size}.",
                stack=stack.name,
                chunk=highest(ct),
                inc=inc,
                tokens=highest(T),
                vocab=V,
                size=Bytes(highest(kept + chunk)),
            ),
            inputs,
            "liger_kernel v0.4.2 ops/fused_linear_cross_entropy.py (fused_linear_cross_entropy_forward)",
        )
    if stack.loss == "vocab-parallel":
        # megatron/core/tensor_parallel/cross_entropy.py @ d98e8a64: inside the autograd Function the 16-bit logits
        # are copied to fp32 (`vocab_parallel_logits.float()`), shifted, exponentiated and divided in place into the
        # softmax it saves (4·T·V/TP); the 16-bit logits are freed when the model's forward returns. Backward turns
        # the saved softmax into the gradient in place, and autograd casts it to the logits' 16-bit dtype
        kept = 4 * TV
        peak = (4 + a16) * TV
        return PhaseItem(
            "logits",
            Message(
                "item.logits_vocab_parallel",
                "Logits and vocab-parallel cross-entropy ({stack})",
                stack=unnested(stack.name),
            ),
            "activations",
            {"forward": peak, "backward": peak},
            f"T·V·({a16} + 4) in the forward (16-bit logits and their fp32 copy) and at the start of backward (fp32 "
            f"gradient and its {a16 * 8}-bit cast)" + shard,
            Message(
                "expl.loss_vocab_parallel_sharded" if vd > 1 else "expl.loss_vocab_parallel",
                "{stack}'s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}"
                + (", sharded over the vocabulary on {tp} TP ranks" if vd > 1 else "")
                + ") to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns "
                "that into the gradient in place and autograd casts it to the logits' dtype: {size} at either moment.",
                stack=stack.name,
                tokens=highest(T),
                vocab=V,
                tp=vd,
                size=Bytes(highest(peak)),
            ),
            inputs,
            "megatron/core/tensor_parallel/cross_entropy.py (_VocabParallelCrossEntropy)",
        )
    if vd == 1 and stack.loss == "fp32-logits" and compiled(ctx) == "blocks+loss":
        # torchtitan components/loss.py build_cross_entropy_loss: torch.compile(cross_entropy_loss) when
        # --training.compile; Inductor fuses the fp32 upcast, log-softmax and nll_loss into reductions over each row,
        # so no T × V fp32 tensor exists: the graph saves its 16-bit input (the logits) and the fp32 logsumexp per
        # token, and its backward writes the logits' 16-bit gradient in one kernel
        fwd = a16 * TV + 8 * T
        bwd = 2 * a16 * TV + 4 * T
        return PhaseItem(
            "logits",
            Message("item.logits_compiled_loss", "Logits and compiled loss ({stack})", stack=unnested(stack.name)),
            "activations",
            {"forward": fwd, "backward": bwd},
            f"{a16}·T·V (logits, saved by the compiled loss) + 4·T (logsumexp) · + {a16}·T·V (their gradient) at the "
            "start of backward",
            Message(
                "expl.loss_compiled",
                "{stack} compiles the loss (torch.compile): the fp32 upcast, log-softmax and cross-entropy are fused, "
                "so of the T × V = {tokens:,.0f} × {vocab:,} logits only the {bits}-bit tensor (kept for backward) "
                "and its {bits}-bit gradient exist, beside an fp32 logsumexp per token: {size} at the start of "
                "backward.",
                stack=stack.name,
                tokens=highest(T),
                vocab=V,
                bits=16 if a16 == 2 else 32,
                size=Bytes(highest(bwd)),
            ),
            inputs,
            "torchtitan components/loss.py (build_cross_entropy_loss: torch.compile(cross_entropy_loss))",
        )
    if vd > 1 and stack.dtensor_loss:
        # torch/distributed/tensor/parallel/loss.py: forward keeps the 16-bit logits, their fp32 copy, `shifted`
        # and exp(shifted) (or `result`) at once; backward runs zeros_like(x), exp(x), their sum and the product
        # beside the saved log-softmax output x
        kept = 4 * TV
        fwd_peak = (a16 + (4 if a16 != 4 else 0) + 8) * TV
        bwd_start = 16 * TV
        return PhaseItem(
            "logits",
            Message("item.logits_and_loss_fp32_dtensor_loss_parallel", "Logits and loss (fp32, DTensor loss parallel)"),
            "activations",
            {"forward": fwd_peak, "backward": bwd_start},
            f"T·V/TP·({a16 + (4 if a16 != 4 else 0) + 8} in the forward, 16 at the start of backward)",
            Message(
                "expl.loss_dtensor",
                "{stack} computes the loss on logits sharded over the vocabulary on {tp} TP ranks (loss_parallel): "
                "DTensor's log-softmax keeps the fp32 copy, the shifted logits and their exponential at once, and its "
                "fused nll + log-softmax backward builds zeros_like, exp, their sum and the product beside the saved "
                "fp32 output: {size} at the start of backward.",
                stack=stack.name,
                tp=vd,
                size=Bytes(highest(bwd_start)),
            ),
            inputs,
            "torch/distributed/tensor/parallel/loss.py (_log_softmax, _nll_loss_and_log_softmax_backward)",
        )
    if not ctx.arch.loss_upcast:
        # transformers v4.28 OPTForCausalLM: shift_logits = logits[..., :-1, :].contiguous(), then CrossEntropyLoss on
        # the 16-bit copy: log-softmax keeps its 16-bit output; while it runs the logits and the shifted copy are
        # alive, and backward starts with the 16-bit gradients of nll_loss and log_softmax
        kept = a16 * TV
        fwd_peak = 3 * a16 * TV
        return PhaseItem(
            "logits",
            Message("item.logits_and_loss_16bit", "Logits and loss (on the {bits}-bit logits)", bits=8 * a16),
            "activations",
            {"forward": fwd_peak, "backward": fwd_peak},
            f"T·V·({a16} kept + {2 * a16} while the loss runs) · or {a16} + {2 * a16} at the start of backward" + shard,
            Message(
                "expl.loss_16bit",
                "This model's loss runs on the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) with no fp32 "
                "upcast: a shifted contiguous copy of them goes through log-softmax, which keeps its {bits}-bit output "
                "for backward, and backward starts with two {bits}-bit gradients of the same size: {size} at either "
                "moment.",
                bits=8 * a16,
                tokens=highest(T),
                vocab=V,
                size=Bytes(highest(fwd_peak)),
            ),
            inputs,
            "transformers v4.28 models/opt/modeling_opt.py (OPTForCausalLM.forward: CrossEntropyLoss on shift_logits)",
        )
    # Loss (transformers ForCausalLMLoss, torchtitan's cross_entropy(pred.float())): the logits are upcast to fp32
    # and log-softmax keeps its fp32 output (4·T·V) until backward; while it runs the 16-bit logits and the fp32
    # copy are alive as well. Backward starts with the fp32 gradients of nll_loss and log_softmax (8·T·V).
    kept = 4 * TV
    fwd_peak = kept + (a16 + (4 if a16 != 4 else 0)) * TV
    bwd_start = kept + 8 * TV
    return PhaseItem(
        "logits",
        Message("item.logits_and_loss_fp32", "Logits and loss (fp32)"),
        "activations",
        {"forward": fwd_peak, "backward": bwd_start},
        "T·V·(4 kept + 6 while the loss runs) · or 4 + 8 at the start of backward" + shard,
        Message(
            "expl.loss_sharded" if vd > 1 else "expl.loss",
            "The loss upcasts the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}"
            + (", sharded over the vocabulary on {tp} TP ranks ({stack} loss parallel)" if vd > 1 else "")
            + ") to fp32; log-softmax keeps its fp32 output for backward, and backward starts by materialising two "
            "fp32 gradients of the same size: {size} at that moment — often the single largest activation.",
            bits=16 if a16 == 2 else 32,
            tokens=highest(T),
            vocab=V,
            tp=vd,
            stack=stack.name,
            size=Bytes(highest(bwd_start)),
        ),
        inputs,
        "transformers loss_utils.ForCausalLMLoss (logits.float())",
    )


def logits_segment_item(ctx: Ctx, stack: TrainingStack, T: Num, V: int, a16: int) -> PhaseItem | None:
    """Reserved, not allocated: the caching allocator's segment of the 16-bit logits the training loop deleted before
    backward (torchtitan train.py: `del pred`). CUDACachingAllocator gives every allocation above 10 MiB a segment of
    its own size (rounded to 2 MiB) and never merges blocks of different segments: the freed 16-bit logits' segment
    (a16·T·V) is too small for the fp32 T × V gradients built at the start of backward, so those get new segments
    and the old one stays reserved but free at that peak (until the logits' own 16-bit gradient reuses it)."""
    if not stack.frees_logits or (compiled(ctx) == "blocks+loss" and stack.loss == "fp32-logits" and ctx.tp == 1):
        return None
    vd = ctx.tp if stack.loss_parallel and ctx.tp > 1 else 1
    seg = a16 * T * V / vd
    return PhaseItem(
        "logits_segment",
        Message("item.logits_segment", "Cached segment of the freed logits (reserved)"),
        "overhead",
        {"backward": seg},
        f"{a16} · T · V" + (" / TP" if vd > 1 else "") + " (reserved, not allocated)",
        Message(
            "expl.logits_segment",
            "{stack} frees the {bits}-bit logits before backward, but PyTorch's caching allocator keeps their "
            "segment: a block of over 10 MiB has a segment of its own, never merged with another, and this one is too "
            "small for the fp32 gradients that backward starts with, so they take new segments = {size} reserved "
            "and free at that moment.",
            stack=stack.name,
            bits=16 if a16 == 2 else 32,
            size=Bytes(highest(seg)),
        ),
        {"tokens": highest(T), "vocab": V},
        "c10/cuda/CUDACachingAllocator.cpp (kMinLargeAlloc = 10 MiB, kRoundLarge = 2 MiB; blocks merge only within "
        "a segment); torchtitan train.py `del pred` before loss.backward()",
    )


def loop_outputs_item(ctx: Ctx, stack: TrainingStack, T: Num, V: int, a16: int) -> PhaseItem | None:
    """The model's `outputs` the stack's training loop holds: its 16-bit logits (a16·T·V) stay alive through
    `model.backward(loss)` and the optimizer step, and the previous step's through the next forward, until
    `outputs = model(**batch)` rebinds the name (DeepSpeed-Chat step-1 main.py, hpcaitech OPT-Benchmark
    run_clm_no_trainer.py). Only where the whole logits tensor exists (no chunked or fused loss)."""
    if not stack.keeps_outputs or stack.loss not in ("fp32-logits", "vocab-parallel"):
        return None
    vd = ctx.tp if stack.loss_parallel and ctx.tp > 1 else 1
    kept = a16 * T * V / vd
    return PhaseItem(
        "loop_outputs",
        Message("item.loop_outputs", "Model outputs held by the training loop"),
        "activations",
        {"forward": kept, "backward": kept, "backward_end": kept, "optimizer_step": kept},
        f"{a16} · T · V" + (" / TP" if vd > 1 else ""),
        Message(
            "expl.loop_outputs",
            "{stack}'s training loop keeps the model's outputs (outputs = model(**batch); loss = outputs.loss; "
            "model.backward(loss)): their {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) stay alive through "
            "backward and the optimizer step, and the previous step's through the next forward = {size}.",
            stack=stack.name,
            bits=16 if a16 == 2 else 32,
            tokens=highest(T),
            vocab=V,
            size=Bytes(highest(kept)),
        ),
        {"tokens": highest(T), "vocab": V},
        "DeepSpeed-Chat training/step1_supervised_finetuning/main.py (outputs = model(**batch, use_cache=False); "
        "loss = outputs.loss; model.backward(loss); model.step()); hpcaitech/OPT-Benchmark run_clm_no_trainer.py "
        "@ 947a145a (outputs = model(**batch); loss = outputs.loss; accelerator.backward(loss))",
    )


def ring_attention_item(ctx: Ctx, st: StackSpec, T: Num, a: int) -> PhaseItem | None:
    """Context parallel: what one attention layer's ring attention adds while it runs in backward (torch.distributed
    .tensor.experimental context_parallel, _cp_options: rotate_method ALL_GATHER, convert_to_f32 True): the
    all-gathered keys and values of the whole sequence (torchtitan repeats grouped K/V per query head before SDPA),
    the fp32 gradient of the local queries and the fp32 gradients of a key/value chunk being rotated (the current and
    the next)."""
    cp = ctx.cp
    if cp == 1 or not get_stack(ctx.scenario.training.stack).torchtitan_options:
        return None  # Megatron's ring attention is Transformer Engine's (p2p): not counted, said in the explanation
    q = st.attention.q_width / ctx.tp
    gathered = 2 * a * T * cp * q
    accum = 4 * T * q + 2 * 2 * 4 * T * q
    b = gathered + accum
    return PhaseItem(
        "ring_attention",
        Message("item.ring_attention", "Ring attention buffers (context parallel)"),
        "activations",
        {"backward_end": b},
        "2 · a · T · cp · q (all-gathered K and V) + 4 · T · q (fp32 dQ) + 16 · T · q (fp32 dK, dV: two chunks)",
        Message(
            "expl.ring_attention",
            "With each sequence split over {cp} context-parallel ranks, an attention layer's backward all-gathers "
            "the keys and values of the whole sequence ({tokens:,.0f} tokens × {width:,.0f}, repeated per query "
            "head) and accumulates the gradients of its queries and of the rotating key/value chunks in fp32 = "
            "{size} while one layer runs.",
            cp=cp,
            tokens=highest(T * cp),
            width=q,
            size=Bytes(highest(b)),
        ),
        {"cp": cp},
        "torch/distributed/tensor/experimental/_attention.py (_templated_ring_attention and its backward; "
        "_RotateMethod.ALL_GATHER, convert_to_f32)",
    )


def expert_dispatch_item(ctx: Ctx, st: StackSpec, T: Num, a: int) -> PhaseItem | None:
    """Expert parallelism: each MoE layer sends every routed token copy to the rank that holds its expert and gets
    the results back (all-to-all): a send and a receive buffer of T·k tokens × h while one layer runs."""
    ep = ctx.scenario.parallelism.ep
    if ep == 1 or st.moe is None:
        return None
    k = st.moe.experts_per_token
    h = st.moe.latent_size or st.hidden_size
    b = 2 * a * T * k * h / sp_divisor(ctx)
    return PhaseItem(
        "expert_all_to_all",
        Message("item.expert_parallel_all_to_all_buffers", "Expert-parallel all-to-all buffers"),
        "activations",
        {"forward": b, "backward": b, "backward_end": b},
        "2 · a · T · k · h",
        Message(
            "expl.ep_buffers",
            "With experts sharded over {ep} ranks, one MoE layer at a time sends its {k} routed copies of each token "
            "to the ranks holding those experts and receives them back: a send and a receive buffer of T × k × h = "
            "{size} (balanced routing: each rank's experts receive T · k tokens in all).",
            ep=ep,
            k=k,
            size=Bytes(highest(b)),
        ),
        {"ep": ep, "experts_per_token": k},
        "Megatron-LM token dispatcher (alltoall), DeepSpeed-MoE _AllToAll",
    )


def worst_rank(
    first: list[PhaseItem],
    last: list[PhaseItem],
    phases: tuple[Phase, ...],
    totals: Callable[[list[PhaseItem], tuple[Phase, ...]], dict[Phase, Num]],
) -> list[PhaseItem]:
    """One breakdown for the pipeline rank whose peak is higher (elementwise over a context sweep): the first
    stage's or the last stage's items, never a sum of the two."""

    def peak_of(items: list[PhaseItem]) -> Num:
        t = totals(items, phases)
        out: Num = np.max(np.stack(np.broadcast_arrays(*[np.asarray(t[p], dtype=float) for p in phases])), axis=0)
        return out

    p_first, p_last = peak_of(first), peak_of(last)
    first_worse = np.asarray(p_first >= p_last)
    by_key_last = {it.key: it for it in last}
    keys = [it.key for it in first] + [it.key for it in last if it.key not in {i.key for i in first}]
    by_key_first = {it.key: it for it in first}
    out: list[PhaseItem] = []
    scalar = first_worse.ndim == 0
    for k in keys:
        a, b = by_key_first.get(k), by_key_last.get(k)
        base = a if (a is not None and (b is None or bool(np.all(first_worse)))) else b
        assert base is not None
        if scalar:
            chosen = a if bool(first_worse) else b
            if chosen is None:
                continue
            if k == "activations":
                worse = (
                    Message(
                        "pipeline.first_rank_worse",
                        " This is the worse pipeline rank: the last stage peaks at {peak}.",
                        peak=Bytes(float(p_last)),
                    )
                    if bool(first_worse)
                    else Message(
                        "pipeline.last_rank_worse",
                        " This is the worse pipeline rank: the first stage peaks at {peak}.",
                        peak=Bytes(float(p_first)),
                    )
                )
                chosen = replace(chosen, explanation=_followed(chosen.explanation, worse))
            out.append(chosen)
            continue
        merged: dict[Phase, Num] = {}
        for ph in phases:
            va = a.by_phase.get(ph, 0.0) if a is not None else 0.0
            vb = b.by_phase.get(ph, 0.0) if b is not None else 0.0
            merged[ph] = np.where(first_worse, va, vb)
        out.append(replace(base, by_phase=merged))
    return out


def _followed(explanation: str | Callable[[], str], more: str) -> str | Callable[[], str]:
    """An item's explanation with a sentence more, made when it is read where the explanation is."""
    if callable(explanation):
        return lambda: concat(explanation(), more)
    return concat(explanation, more)
