"""Assemble the per-GPU memory breakdown and find the phase at which it peaks.

Inference phases: prefill (whole prompt in one forward) and decode (full context cached). vLLM: serving.
Training phases: forward (end of the forward pass, while the loss runs), backward (its start: every saved
activation plus the logits' fp32 gradients; under FSDP2 without a pipeline the larger of that moment and a block's
backward, see resolve_moments), backward_end (every gradient, and with checkpointing the first layer recomputed), and
optimizer_step.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from core import stacks
from core.architecture import StackSpec
from core.hardware import GpuSpec
from core.memory import activations as act
from core.memory import (
    cnn_activations,
    dsv4,
    engines,
    kv_cache,
    overhead,
    parallel,
    speculative,
    towers,
    training_state,
    weights,
)
from core.memory.context import MOMENTS, Ctx, Moment, Num, PhaseItem, highest, make_ctx
from core.messages import Bytes, Message, concat, join
from core.pace import checkpoint
from core.result import Phase
from core.scenario import Scenario
from core.tower_flops import VISION_INPUT_HOOKED

TRAIN_PHASES: tuple[Phase, ...] = ("forward", "backward", "backward_end", "optimizer_step")
INFER_PHASES: tuple[Phase, ...] = ("prefill", "decode")


def _z(ctx: Ctx) -> Num:
    return 0.0 * ctx.seq


def _vocab(ctx: Ctx) -> int:
    return ctx.arch.vocab_size if ctx.arch.lm_head and ctx.arch.decoder is not None else 0


def vision_hooked(ctx: Ctx) -> bool:
    """A frozen VisionSpec tower that LoRA with gradient checkpointing hooks (core/tower_flops.py VISION_INPUT_HOOKED,
    measured): its blocks keep their inputs for backward (core/memory/towers.py hooked_vision_saved)."""
    return towers.lora_checkpointed(ctx) and VISION_INPUT_HOOKED.get(ctx.arch.family, False)


def side_stacks(ctx: Ctx) -> list[tuple[str, StackSpec, Num, Num]]:
    """Stacks that run besides the main one, with (name, stack, tokens per micro-batch, tokens per attention
    sequence): the encoder of an encoder-decoder (Whisper: its fixed audio frames) and vision towers (per image)."""
    a = ctx.arch
    out: list[tuple[str, StackSpec, Num, Num]] = []
    seqs = ctx.sequences
    # Voxtral's encoder (no cross-attention) is a tower of its own: core/memory/towers.py
    if a.encoder is not None and a.decoder is not None and not towers.whisper_audio(a):
        enc_len = float(a.audio.max_source_positions) if a.audio else ctx.seq
        out.append(("encoder", a.encoder, seqs * enc_len + 0.0 * ctx.seq, enc_len + 0.0 * ctx.seq))
    v = a.vision
    if v is not None and (a.decoder is not None or a.encoder is not None):
        images = ctx.scenario.workload.images if a.decoder is not None else 1
        if images:
            per_image = float(_vision_tokens(ctx))
            out.append(("vision tower", v.stack, seqs * images * per_image + 0.0 * ctx.seq, per_image + 0.0 * ctx.seq))
    return out


def _vision_tokens(ctx: Ctx) -> int:
    v = ctx.arch.vision
    assert v is not None
    size = ctx.scenario.workload.image_size or v.image_size
    side = size // v.patch_size
    return side * side + (1 if v.class_token else 0)


def main_stack(ctx: Ctx) -> tuple[StackSpec | None, Num, Num]:
    """The stack whose length is the context (or, for a vision model, the image patches): (stack, T, s)."""
    seqs = ctx.sequences
    if ctx.stack is not None:  # context parallel: each rank holds 1/cp of every sequence's tokens
        t = ctx.scenario.training
        if ctx.training and t.finetune == "ptuning":
            # peft's P-tuning prepends num_virtual_tokens embeddings to every sequence (inputs_embeds = cat(prompts,
            # inputs_embeds)) and labels them -100: every layer and the logits run over s + n tokens
            s = ctx.seq + t.num_virtual_tokens
            return ctx.stack, seqs * s / ctx.cp, s
        return ctx.stack, seqs * ctx.seq / ctx.cp, ctx.seq
    if ctx.arch.vision is not None:
        n = float(_vision_tokens(ctx))
        return ctx.arch.vision.stack, seqs * n + 0.0 * ctx.seq, n + 0.0 * ctx.seq
    return None, 0.0 * ctx.seq, ctx.seq


def inference_activation_items(ctx: Ctx) -> list[PhaseItem]:
    s = ctx.scenario
    w = s.workload
    a = ctx.compute_bytes
    if ctx.arch.cnn is not None:
        return cnn_activations.inference_items(ctx)
    if ctx.arch.ssm is not None:
        return _ssm_items(ctx)
    st = ctx.stack
    if st is None:
        vst, T_v, s_v = main_stack(ctx)
        if vst is None:
            return []
        peak_v = act.layer_transient(ctx, vst, T_v, s_v, a)
        return [
            PhaseItem(
                "activations",
                Message("item.transient_activations", "Transient activations"),
                "activations",
                {"prefill": peak_v, "decode": peak_v},
                "max over a block's live tensors for the image tokens",
                Message(
                    "expl.vision_transient",
                    "{tokens:,.0f} patch tokens go through each block at once; only the block's live intermediates "
                    "exist = {size}.",
                    tokens=highest(T_v),
                    size=Bytes(highest(peak_v)),
                ),
                {"tokens": highest(T_v)},
            )
        ]
    engine = s.runtime.spec
    seqs = ctx.sequences
    V = _vocab(ctx)
    if engine.activations == "compute-buffer":
        ub = s.runtime.ubatch
        att = st.attention
        n_ctx = engines.gguf_cells(ctx)
        kq = 0.0 * ctx.seq if s.runtime.flash_attention else ub * n_ctx * att.num_heads * 4
        ff = st.moe.expert_intermediate_size * st.moe.experts_per_token if st.moe else st.mlp.intermediate_size
        buf = ub * 4 * 2 * ff + kq
        return [
            PhaseItem(
                "activations",
                Message("item.compute_buffer_llama_cpp", "Compute buffer (llama.cpp)"),
                "activations",
                {"prefill": buf, "decode": buf},
                "n_ubatch · 4 · (2 · d_ff + n_ctx · n_head [without -fa])",
                Message(
                    "expl.llama_cpp_buffer_fa" if s.runtime.flash_attention else "expl.llama_cpp_buffer",
                    "llama.cpp's graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for "
                    "{ubatch} tokens"
                    + (
                        ""
                        if s.runtime.flash_attention
                        else " and the n_ubatch × n_ctx × n_head attention scores (no flash attention)"
                    )
                    + " = {size}.",
                    ubatch=ub,
                    size=Bytes(highest(buf)),
                ),
                {"n_ubatch": ub, "d_ff": ff, "flash_attention": str(s.runtime.flash_attention)},
                "fitted to llama.cpp 'CUDA0 compute buffer size' logs (measured-cases.jsonl), within 6 %",
            )
        ]
    out = ctx.output_tokens
    generates = bool(out) if isinstance(out, (int, float)) else bool(np.any(out))  # (out 0 at a point: its context)
    prompt = np.maximum(ctx.seq - out, 1.0) if generates else ctx.seq
    if engine.activations == "prefill-chunk":
        return _sglang_items(ctx, st, a)
    if engine.activations == "profile-run":
        configured = s.runtime.max_num_batched_tokens
        # without chunked prefill vLLM profiles max(max_model_len, 2048) tokens (its default batch budget)
        chunk = float(configured) + 0.0 * ctx.seq if configured else np.maximum(ctx.seq, 2048.0)
        T = chunk
        layer = act.layer_transient(ctx, st, T, np.minimum(ctx.seq, chunk), a)
        sampler = (engine.sampler_rows or 0) * V * 4 * 3
        total = layer + sampler
        return [
            PhaseItem(
                "activations",
                Message("item.activation_peak_vllm_profile", "Activation peak (vLLM profile)"),
                "activations",
                {"serving": total},
                "largest layer live set at max_num_batched_tokens + sampler (256 seqs × V × 4 B × 3)",
                lambda: Message(
                    "expl.vllm_profile",
                    "vLLM sizes its KV pool after a profiling forward of {tokens:,.0f} tokens: the largest layer's "
                    "intermediates plus the sampler's fp32 logits/probabilities for 256 dummy sequences = {size}.",
                    tokens=highest(chunk),
                    size=Bytes(highest(total)),
                ),
                lambda: {"max_num_batched_tokens": highest(chunk), "vocab": V},
                "vLLM gpu_worker profile_run; measured 1.26 GiB for Llama-3-8B (measured-cases.jsonl)",
            )
        ]
    T = prompt * seqs
    layer = act.layer_transient(ctx, st, T, prompt, a)
    for _, side, t_side, s_side in side_stacks(ctx):
        layer = np.maximum(layer, act.layer_transient(ctx, side, t_side, s_side, a))
    logits_keep = seqs * V * (a + 4)  # generate(): last position only, then an fp32 copy
    prefill = layer + logits_keep
    tower_note: str = ""
    if towers.has_towers(ctx):
        # the towers run one after the other before the text model: the prefill peaks in whichever is largest
        vision, audio = towers.prefill_peak(ctx, a)
        prefill = np.maximum(prefill, np.maximum(vision, audio))
        tower_note = towers.explain_prefill(ctx, vision, audio)
    decode = act.layer_transient(ctx, st, seqs + 0.0 * ctx.seq, ctx.seq, a) + logits_keep
    return [
        PhaseItem(
            "activations",
            Message("item.transient_activations", "Transient activations"),
            "activations",
            {"prefill": prefill, "decode": decode},
            "max over a block's live tensors (MLP: 2·a·T·h + 3·a·T·i) + logits of the last position",
            lambda: Message(
                "expl.prefill_transient",
                "During prefill the whole prompt ({tokens:,.0f} tokens) goes through each block at once; no autograd, "
                "so only the block's live intermediates exist: the residual stream, the normalised input and the "
                "MLP's gate, up and act(gate)·up. generate() computes logits for the last position only (× fp32 "
                "copy). Peak {size} at prefill.{kinds}",
                tokens=highest(T),
                size=Bytes(highest(prefill)),
                kinds=concat(act.kinds_note(st), tower_note),
            ),
            lambda: {
                "prompt_tokens": w.context - w.output_tokens,
                "sequences": highest(seqs),
                "hidden": st.hidden_size,
                "intermediate": st.mlp.intermediate_size,
            },
            "Hugging Face modeling code, no_grad forward",
        )
    ]


def _sglang_items(ctx: Ctx, st: StackSpec, a: int) -> list[PhaseItem]:
    """SGLang runs a long prompt in chunks of chunked_prefill_size tokens and captures CUDA graphs for decode batches
    up to cuda_graph_max_bs; both live outside mem_fraction_static. The graph memory is SGLang's own allowance for it
    (2 MiB per captured batch size step in server_args.py), not a measurement."""
    chunk, graph_bs, _ = engines.sglang_settings(ctx.scenario, ctx.gpu)
    T = np.minimum(ctx.seq * ctx.sequences, float(chunk))
    layer = act.layer_transient(ctx, st, T, np.minimum(ctx.seq, float(chunk)), ctx.compute_bytes)
    graphs = graph_bs * 2 * 2**20 + 0.0 * ctx.seq
    return [
        PhaseItem(
            "activations",
            Message("item.prefill_chunk_activations_sglang", "Prefill chunk activations (SGLang)"),
            "activations",
            {"serving": layer},
            "largest layer live set at min(tokens, chunked_prefill_size)",
            Message(
                "expl.sglang_chunk",
                "SGLang prefills at most {chunk:,} tokens at once (chunked_prefill_size); the largest layer's "
                "intermediates for them = {size}, outside the static share.",
                chunk=chunk,
                size=Bytes(highest(layer)),
            ),
            {"chunked_prefill_size": chunk},
            "sglang server_args.py chunked_prefill_size default by GPU memory",
        ),
        PhaseItem(
            "cuda_graphs",
            Message("item.cuda_graphs_sglang", "CUDA graphs (SGLang)"),
            "overhead",
            {"serving": graphs},
            "cuda_graph_max_bs · 2 MiB",
            Message(
                "expl.sglang_graphs",
                "Decode runs captured CUDA graphs for batch sizes up to cuda_graph_max_bs = {bs}; SGLang allows 2 MiB "
                "per batch size for their memory = {size} (its own allowance).",
                bs=graph_bs,
                size=Bytes(highest(graphs)),
            ),
            {"cuda_graph_max_bs": graph_bs},
            "sglang server_args.py _handle_gpu_memory_settings: reserved_mem += cuda_graph_max_bs * 2",
        ),
        *_sglang_dp_buffer(ctx, st, graph_bs),
    ]


def _sglang_dp_buffer(ctx: Ctx, st: StackSpec, graph_bs: int) -> list[PhaseItem]:
    """Under DP attention the decode graphs gather every rank's tokens before the MoE/MLP: sgl-project/sglang
    python/sglang/srt/model_executor/cuda_graph_runner.py @ 21514ff5bdad2ae598bf3070d3a583aa4fa35ae7:
        if self.enable_dp_attention or self.enable_sp_layernorm:
            self.gathered_buffer = torch.zeros(
                (self.max_bs * self.dp_size * self.num_tokens_per_bs, self.model_runner.model_config.hidden_size),
                dtype=self.model_runner.dtype)"""
    dp = ctx.attn_dp
    if dp <= 1:
        return []
    size = graph_bs * dp * st.hidden_size * ctx.compute_bytes + 0.0 * ctx.seq
    return [
        PhaseItem(
            "dp_gathered_buffer",
            Message("item.dp_attention_gathered_buffer", "DP attention gathered buffer (SGLang)"),
            "overhead",
            {"serving": size},
            "cuda_graph_max_bs · dp · hidden · bytes",
            Message(
                "expl.sglang_dp_gathered",
                "Under DP attention the captured decode graphs gather the tokens of all {dp} ranks before the MoE/MLP "
                "layers: a buffer of cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} elements × {b} bytes "
                "= {size}.",
                dp=dp,
                bs=graph_bs,
                hidden=st.hidden_size,
                b=ctx.compute_bytes,
                size=Bytes(highest(size)),
            ),
            {"cuda_graph_max_bs": graph_bs, "dp": dp, "hidden": st.hidden_size},
            "sglang srt/model_executor/cuda_graph_runner.py CudaGraphRunner.__init__ gathered_buffer",
        )
    ]


def _ssm_items(ctx: Ctx) -> list[PhaseItem]:
    """Mamba blocks as the transformers implementation runs them (derived from its code, not calibrated): per token
    and layer, training keeps the in_proj output (x and z, 2·I), the convolution output (I), the x_proj output
    (dt_rank + 2·state) and the scan's discretised dt (I), beside the RMSNorm's fp32 copy; inference holds the same
    set for one layer at a time."""
    ssm = ctx.arch.ssm
    assert ssm is not None
    s = ctx.scenario
    a = (4 if s.precision.training == "fp32" else 2) if ctx.training else ctx.compute_bytes
    seqs = ctx.sequences
    T = seqs * ctx.seq
    i, h = ssm.intermediate_size / ctx.tp, ssm.hidden_size
    per_layer = a * T * (4 * i + ssm.time_step_rank + 2 * ssm.state_size) + (4 + 2 * a) * T * h
    V = ctx.arch.vocab_size
    if not ctx.training:
        live = per_layer + 2 * a * T * h + seqs * V * (a + 4)
        return [
            PhaseItem(
                "activations",
                Message("item.transient_activations", "Transient activations"),
                "activations",
                {"prefill": live, "decode": 0.0 * T},
                "a·T·(4·I + R + 2·N) + norm, one layer at a time",
                Message(
                    "expl.mamba_transient",
                    "One Mamba block's intermediates for the whole prompt = {size} (derived from the transformers "
                    "code; not calibrated).",
                    size=Bytes(highest(live)),
                ),
                {"intermediate": ssm.intermediate_size},
            )
        ]
    L = ctx.layers_per_stage
    ckpt = s.training.grad_checkpointing == "full"
    saved = (a * T * h * L + per_layer) if ckpt else per_layer * L
    return [
        PhaseItem(
            "activations",
            Message("item.activations_saved_for_backward", "Activations saved for backward"),
            "activations",
            {"forward": saved, "backward": saved},
            "L · a·T·(4·I + R + 2·N) + norms",
            Message(
                "expl.mamba_saved",
                "{layers} Mamba blocks × {per_token:,.0f} bytes per token (derived from the transformers code; not "
                "calibrated).",
                layers=L,
                per_token=highest(per_layer / T),
            ),
            {"layers_on_gpu": L},
        ),
        PhaseItem(
            "logits",
            Message("item.logits_and_loss_fp32", "Logits and loss (fp32)"),
            "activations",
            {"forward": 10 * T * V, "backward": 12 * T * V},
            "T·V·(4 kept + 6 while the loss runs)",
            Message("expl.mamba_logits", "fp32 log-softmax kept for backward, as for transformer LMs."),
            {"vocab": V},
        ),
    ]


def training_activation_items(ctx: Ctx, pp_rank: str = "first") -> list[PhaseItem]:
    """`pp_rank` under pipeline parallelism (1F1B): "first" holds `pp` micro-batches of activations in flight and no
    logits, "last" holds one micro-batch and the logits (core/memory/parallel.py compares the two)."""
    if ctx.arch.cnn is not None:
        return cnn_activations.training_items(ctx)
    if ctx.arch.ssm is not None:
        return _ssm_items(ctx)
    s = ctx.scenario
    st, T, seq = main_stack(ctx)
    if st is None:
        return []
    stack = stacks.get(s.training.stack)
    mode = act.training_mode(ctx)
    a16 = 2 if mode.autocast else mode.a
    plain = st.moe is None and not st.cross_attention and not st.is_hybrid and not st.ffns
    if stack.activations == "megatron" and st.moe is None and not st.cross_attention and mode.weights_train:
        terms = parallel.megatron_saved(ctx, st, T, seq, a16)
    elif stack.activations == "unsloth" and plain and ctx.attention_impl != "eager":
        terms = parallel.unsloth_saved(ctx, st, T, a16)
    else:
        terms = parallel.sequence_parallel(ctx, act.layer_saved(ctx, st, T, seq, mode), T, st.hidden_size, a16)
    sp = parallel.sp_divisor(ctx)
    L = ctx.layers_per_stage if ctx.stack is not None else st.num_layers
    inflight = parallel.rank_inflight(ctx, pp_rank)
    policy = s.training.grad_checkpointing
    ckpt = policy == "full"
    h = st.hidden_size
    if ckpt:
        # each layer's input: its residual streams (DeepSeek-V4's hyper-connections: m of them)
        per_layer_kept = a16 * T * h / sp * dsv4.streams(st)
        if stack.offloads_checkpoints:
            saved = per_layer_kept + 0.0 * T  # kept in CPU memory; one is brought back while its layer recomputes
        else:
            saved = per_layer_kept * L * inflight
        recompute = act.largest_layer_saved(ctx, st, terms, T, seq, mode)  # the largest layer kind is recomputed
        layer_bwd = act.eager_softmax_backward_extra(ctx, st, terms, T, seq, mode)
        if stack.activations == "unsloth" and plain and ctx.attention_impl != "eager":
            recompute = recompute + parallel.unsloth_backward_extra(ctx, st, T, a16)
    elif policy == "selective":
        layer_bwd = _z(ctx)
        kept, _ = parallel.selective_saved(ctx, st, T, seq, mode, terms)
        saved = kept * L * inflight
        recompute = terms.total - kept
    else:
        saved = act.stack_saved(ctx, st, terms, T, seq, mode, L) * inflight
        recompute = _z(ctx)
        layer_bwd = _z(ctx)
    # what one block leaves for backward (its share of the stack's): freed once that block's backward is over
    one_block = saved / L if L else _z(ctx)
    f32w = ctx.arch.norm_weight_fp32
    # lm_head keeps its input when it trains: full fine-tuning, or LoRA with a trainable copy (modules_to_save)
    head_trains = mode.weights_train or (
        s.training.finetune in ("lora", "qlora") and s.training.lora_modules_to_save in ("lm_head", "both")
    )
    final = act.norm_saved(st.norm, T, h, mode, ("lm_head",) if head_trains else (), f32w) / sp
    final = final + parallel.gathered_inputs(ctx, T, h, a16, 1 if head_trains else 0)  # lm_head's input
    edge = final + 8 * T + (T * h if st.hidden_dropout > 0 else 0.0)  # final norm, token ids, embedding dropout
    if st.altup is not None:
        edge = edge + act.altup_edge_saved(ctx, st, T, seq, a16)
    if st.hyper_connections is not None:
        edge = edge + dsv4.edge_saved(st, T, a16)
    if ctx.arch.final_logit_softcap is not None and (ctx.pp == 1 or pp_rank == "last"):
        # cap·tanh(logits / cap): tanh keeps its output, the 16-bit logits (Gemma3nForCausalLM / Gemma2ForCausalLM)
        edge = edge + a16 * T * _vocab(ctx)
    if ctx.pp > 1:
        edge = (8 * T + (T * h if st.hidden_dropout > 0 else 0.0)) if pp_rank == "first" else final
        # 1F1B steady state: while one micro-batch runs backward the other in-flight ones keep their activations
        recompute = recompute + saved * (inflight - 1) / inflight
    saved = saved + edge
    side_note: str = ""
    if towers.has_towers(ctx) and (ctx.pp == 1 or pp_rank == "first"):
        vision, audio = towers.saved(ctx, a16, mode.weights_train)
        embedders = towers.embedders_saved(ctx, T, a16, mode.weights_train)
        saved = saved + vision + audio + embedders
        side_note = towers.explain_saved(ctx, vision, audio, mode.weights_train)
        if np.any(embedders > 0):
            side_note = concat(
                side_note,
                Message(
                    "expl.embedders_on_text",
                    " The multimodal embedders run on every text token too and keep {size} for backward.",
                    size=Bytes(highest(embedders)),
                ),
            )
    for name, side, t_side, s_side in side_stacks(ctx):
        hooked = name == "vision tower" and not mode.weights_train and vision_hooked(ctx)
        if name == "vision tower" and not mode.weights_train and not hooked:
            continue  # a frozen vision tower under LoRA keeps nothing for backward
        if hooked:  # LoRA with checkpointing: enable_input_require_grads sends backward through the frozen tower
            side_saved = towers.hooked_vision_saved(ctx, side, t_side, a16)
        elif ckpt:
            side_saved = a16 * t_side * side.hidden_size * side.num_layers
        else:
            side_saved = act.layer_saved(ctx, side, t_side, s_side, mode).total * side.num_layers
        saved = saved + side_saved
        side_note = concat(
            side_note,
            Message(
                "expl.side_stack",
                " The {name} adds {size} ({layers} layers).",
                name=Message("stack_kind." + name.replace(" ", "_"), name),
                size=Bytes(highest(side_saved)),
                layers=side.num_layers,
            ),
        )
    V = _vocab(ctx) if (ctx.pp == 1 or pp_rank == "last") else 0
    # per-block sharding without a pipeline gathers and reduce-scatters block by block (training_state: gathered
    # parameters, reduce-scatter): a block's backward holds what is saved and the block's recomputed or backward
    # tensors, no logits (their gradient is spent by then); the loss's backward, the saved activations and the logits.
    # The block's backward that peaks is the second (it meets the first block's reduce-scatter input, training_state
    # fsdp_reduce_scatter): the first block's saved tensors are freed by then (measured: tools/calibration, FSDP2 runs,
    # backward_moment_peak_by_category)
    moments = stack.sharding == "fsdp" and ctx.pp == 1 and ctx.dp > 1
    # under full checkpointing the last layer is recomputed while every layer's input is still held (reentrant
    # checkpoint keeps its saved input until that layer's backward returns), after the logits' gradients are spent
    block_ckpt = ckpt and not stack.offloads_checkpoints and ctx.pp == 1
    fsdp_moments = moments
    moments = moments or block_ckpt
    ckpt_note: str = ""
    if block_ckpt:
        ckpt_note = Message(
            "expl.ckpt_first_recompute",
            " The backward's first recomputed layer runs while every layer's input is still held (a checkpoint frees "
            "its input only when that layer's backward returns): {inputs} of inputs and {layer} recomputed.",
            inputs=Bytes(highest(saved)),
            layer=Bytes(highest(recompute)),
        )
        if highest(layer_bwd) > 0:
            ckpt_note = concat(
                ckpt_note,
                Message(
                    "expl.eager_softmax_backward",
                    " Eager attention's fp32 softmax backward then holds the fp32 gradient of its output, the CUDA "
                    "kernel's fp32 grad × output temporary and the gradient of its input at once ({per_score} bytes "
                    "per score) after the layer's MLP and probabilities are freed: {extra} more.",
                    per_score=act.softmax_backward_live(ctx),
                    extra=Bytes(highest(layer_bwd)),
                ),
            )
    # per-block sharding: the second block's backward peaks, the first block's saved tensors freed by then; without
    # it, the first recomputed layer's backward, every layer's input still held
    block_saved = saved - one_block if fsdp_moments and L > 1 else saved
    items = [
        PhaseItem(
            "activations",
            Message("item.activations_saved_for_backward", "Activations saved for backward"),
            "activations",
            {"forward": saved, "backward": saved, "backward_end": recompute},
            ("L · (layer input) + one recomputed layer" if ckpt else "L · [norms + attention + MLP] + final norm"),
            lambda: concat(
                _explain_training(ctx, terms, T, L, inflight, ckpt, a16),
                act.kinds_note(st),
                parallel.explain_activations(ctx, stack, policy, pp_rank),
                side_note,
                ckpt_note,
            ),
            lambda: {
                "layers_on_gpu": L,
                "tokens": highest(T),
                "hidden": h,
                "bytes_per_activation": a16,
                "attention": s.training.attention,
                "checkpointing": s.training.grad_checkpointing,
            },
            "autograd saved tensors of the transformers modules (see core/memory/activations.py)",
            by_moment={"block_backward": block_saved + recompute + layer_bwd} if moments else {},
        )
    ]
    if V:
        loss = parallel.loss_item(ctx, stack, T, V, a16, h)
        if moments:
            loss.by_moment = {"block_backward": loss.by_phase.get("backward_end", _z(ctx))}
        items.append(loss)
        segment = parallel.logits_segment_item(ctx, stack, T, V, a16)
        if segment is not None:
            items.append(segment)
        held = parallel.loop_outputs_item(ctx, stack, T, V, a16)
        if held is not None:
            items.append(held)
    ring = parallel.ring_attention_item(ctx, st, T, a16)
    if ring is not None:
        items.append(ring)
    dispatch = parallel.expert_dispatch_item(ctx, st, T, a16)
    if dispatch is not None:
        items.append(dispatch)
    if s.training.finetune == "prefix" and ctx.stack is not None:
        items.append(_prefix_kv_item(ctx, L, a16, inflight))
    return items


def _prefix_kv_item(ctx: Ctx, L: int, a: int, inflight: float) -> PhaseItem:
    """Prefix tuning's keys and values. peft's get_prompt casts the PrefixEncoder output to the base dtype (b × n × L ×
    2 × d_kv, alive for the whole step) and hands it to the model as a cache; each layer's attention concatenates it
    with its own keys and values (DynamicCache.update: torch.cat). Then the query is shorter than the keys, so
    transformers builds a causal mask (b, 1, s, s + n), and on CUDA SDPA cannot take the flash kernel with a mask:
    the memory-efficient kernel keeps, per layer, its keys and values expanded to every query head (repeat_kv) over
    s + n rows, in place of the s rows of kv heads a layer keeps otherwise, and the mask as a 16-bit bias padded to a
    multiple of 16 columns. Flash attention (flash_attention_2) keeps the n extra rows only. Measured on the
    fake-tensor harness (tools/calibration, train-qwen2.5-0.5b-bf16-prefix20). Eager attention's scores over the n
    extra keys are not counted."""
    from core.memory.weights import prefix_token_dim

    st = ctx.stack
    assert st is not None
    t = ctx.scenario.training
    n = t.num_virtual_tokens
    tp = ctx.tp
    att = st.attention
    hd = att.head_dim
    heads, kv_heads = att.num_heads / tp, max(1.0, att.num_kv_heads / tp)
    b, s = ctx.batch, ctx.seq
    d_kv = prefix_token_dim(ctx) / tp
    prefix = a * b * n * L * 2 * d_kv  # the cast prefix, held by the cache
    if ctx.attention_impl == "sdpa":
        expanded = 2 * a * b * hd * (heads * (s + n) - kv_heads * s)
        bias = a * b * s * (np.ceil((s + n) / 16) * 16)
        per_layer = expanded + bias
        shared = b * s * (s + n)  # the boolean causal mask, built once per forward
        how = Message(
            "prefix.sdpa_mask",
            "the mask sends SDPA to the memory-efficient kernel, which keeps each layer's keys and values expanded "
            "to all {heads:g} query heads over s + n rows and the mask as a 16-bit bias ({per_layer} a layer)",
            heads=heads,
            per_layer=Bytes(highest(per_layer)),
        )
    else:
        per_layer = 2 * a * b * n * kv_heads * hd + 0.0 * s
        shared = 0.0 * s
        how = Message("prefix.extra_rows", "each layer keeps n more rows of keys and values ({per_layer} a layer)",
                      per_layer=Bytes(highest(per_layer)))  # fmt: skip
    held = (prefix + per_layer * L + shared) * inflight
    return PhaseItem(
        "prefix_kv",
        Message("item.prefix_key_values", "Prefix key/values ({tokens} virtual tokens)", tokens=n),
        "activations",
        {"forward": held, "backward": held},
        "b·n·L·2·d_kv·bytes + L · per-layer attention extra",
        Message(
            "expl.prefix_attention",
            "Prefix tuning hands every layer {tokens} trainable keys and values of width {dim} ({prefix} for the "
            "whole model); with them the query is shorter than the keys and transformers builds a causal mask: {how}. "
            "{layers} layers = {size}.",
            tokens=n,
            dim=d_kv,
            prefix=Bytes(highest(prefix)),
            how=how,
            layers=L,
            size=Bytes(highest(held)),
        ),
        {"virtual_tokens": n, "d_kv": d_kv, "layers": L, "attention": ctx.attention_impl},
        "huggingface/peft src/peft/peft_model.py get_prompt; transformers cache_utils DynamicCache.update, "
        "integrations/sdpa_attention.py (repeat_kv when a mask is given)",
    )


def _explain_training(ctx: Ctx, terms: act.Terms, T: Num, L: int, inflight: float, ckpt: bool, a: int) -> str:
    per_tok = highest(terms.total / T)
    eager = highest(terms.scores) > 0
    parts: list[str] = [
        Message(
            "expl.training_layers_eager" if eager else "expl.training_layers",
            "{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention "
            "{attention:,.0f}, MLP {mlp:,.0f}" + (", eager scores {scores:,.0f}" if eager else "") + ") × T tokens",
            layers=L,
            per_token=per_tok,
            norms=highest(terms.norms / T),
            attention=highest(terms.attention / T),
            mlp=highest(terms.mlp / T),
            scores=highest(terms.scores / T),
        )
    ]
    if ckpt:
        parts = [
            Message(
                "expl.training_full_ckpt",
                "full checkpointing keeps only each layer's input ({a} bytes × h per token × {layers} layers) and "
                "recomputes one layer at a time during backward ({per_token:,.0f} bytes per token)",
                a=a,
                layers=L,
                per_token=per_tok,
            )
        ]
    if inflight > 1 and ctx.virtual_stages > 1:
        parts.append(
            Message(
                "expl.training_inflight_interleaved",
                "× {inflight:.3g} micro-batches' worth in flight on this pipeline rank (interleaved 1F1B with {v} "
                "model chunks per rank: pp ± (pp − 1) / v on the first / last rank, at most the number of "
                "micro-batches)",
                inflight=inflight,
                v=ctx.virtual_stages,
            )
        )
    elif inflight > 1:
        parts.append(
            Message(
                "expl.training_inflight",
                "× {inflight} micro-batches in flight on the first pipeline stage (1F1B)",
                inflight=int(inflight),
            )
        )
    if ctx.cp > 1:
        titan = stacks.get(ctx.scenario.training.stack).torchtitan_options
        parts.append(
            Message(
                "expl.training_cp",
                "context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens)",
                cp=ctx.cp,
                tokens=highest(T),
            )
            if titan
            else Message(
                "expl.training_cp_te",
                "context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens); Transformer "
                "Engine's ring-attention buffers are not counted",
                cp=ctx.cp,
                tokens=highest(T),
            )
        )
    return Message("sentence", "{text}.", text=join(parts, "; "))


# The static items of the latest scenarios, by what they were made from: the scenario's sections (the same objects in
# the scenarios an edit of one section makes: model_copy shares the others), its name, and the workload's fields
# the items read (_static_key)
_LAST: list[tuple[tuple[object, ...], tuple[object, ...], GpuSpec, tuple[PhaseItem, ...]]] = []
_SECTIONS = ("model", "precision", "training", "parallelism", "runtime", "gpu", "cost")
_SEQUENCE_FIELDS = frozenset(("context", "output_tokens", "concurrency", "batch"))


def _static_items(scenario: Scenario, gpu: GpuSpec) -> tuple[PhaseItem, ...]:
    """Items that do not depend on the context length (weights, gradients, optimizer state), computed once per
    scenario: sweeps re-evaluate only the context-dependent ones. A scenario whose sections are those of a recent one
    (the same objects) and whose workload differs only in what the items do not read is answered before the
    lru_cache, whose key hashes the whole scenario (about 25 nested pydantic hashes, the architecture's among them:
    8-9 µs for Llama 3.1 8B) on every edit."""
    sections = tuple(getattr(scenario, name) for name in _SECTIONS)
    read = _workload_read(scenario)
    for s, r, g, items in _LAST:
        if g is gpu and r == read and all(a is b for a, b in zip(s, sections, strict=True)):
            return items
    items = _static_items_cached(_static_key(scenario), gpu)
    _LAST[:] = [(sections, read, gpu, items), *_LAST[:3]]
    return items


def _workload_read(scenario: Scenario) -> tuple[object, ...]:
    """The scenario's name and the workload's fields its static items read (see _static_key)."""
    cnn = scenario.model.architecture.cnn is not None
    w = scenario.workload
    return (
        scenario.name,
        *(getattr(w, f) for f in type(w).model_fields if f not in _SEQUENCE_FIELDS or (cnn and f == "batch")),
    )


def _static_key(scenario: Scenario) -> Scenario:
    """The scenario as far as its static items depend on it. Of the workload they read the mode, the images and
    audio (idle towers), the gradient accumulation and, for a CNN, the batch (its gradients at the worst moment of
    backward, core.memory.cnn_activations): not the context, the output tokens, the concurrency, nor another model's
    batch (weights.py and training_state.py read no ctx.seq, ctx.sequences or ctx.batch beside that CNN case). Keyed
    on the whole scenario, every edit of those built them again (0.14 ms for Llama 3.1 8B's weights, 0.38 ms for its
    training state), and an inference edit twice (the largest context is solved without output tokens)."""
    w = scenario.workload
    normal: dict[str, int] = {"context": 1, "output_tokens": 0, "concurrency": 1}
    if scenario.model.architecture.cnn is None:
        normal["batch"] = 1
    if all(getattr(w, field) == value for field, value in normal.items()):
        return scenario
    return scenario.model_copy(update={"workload": w.model_copy(update=normal)})


@lru_cache(maxsize=256)
def _static_items_cached(scenario: Scenario, gpu: GpuSpec) -> tuple[PhaseItem, ...]:
    ctx = make_ctx(scenario, gpu)
    if ctx.training:
        return tuple(training_state.items(ctx))
    return tuple(weights.inference_items(ctx))


def build_items(ctx: Ctx) -> tuple[list[PhaseItem], tuple[Phase, ...]]:
    checkpoint()  # a background computation may be held here while a window's edit runs (core.pace)
    s = ctx.scenario
    if np.ndim(ctx.batch) == 0 and float(ctx.batch) == s.workload.batch:
        items: list[PhaseItem] = list(_static_items(ctx.scenario, ctx.gpu))
    else:  # a batch sweep: CNN gradients at the worst moment of backward depend on the batch
        items = training_state.items(ctx) if ctx.training else weights.inference_items(ctx)
    if ctx.training:
        phases = TRAIN_PHASES
        if ctx.pp > 1 and ctx.arch.cnn is None and ctx.arch.ssm is None and ctx.stack is not None:
            ranks = []
            for rank in ("first", "last"):
                its = resolve_moments(items + training_activation_items(ctx, rank))
                its += overhead.overhead_items(ctx, _phase_totals(its, phases))
                ranks.append(its)
            return parallel.worst_rank(ranks[0], ranks[1], phases, _phase_totals), phases
        items = resolve_moments(items + training_activation_items(ctx))
    else:
        items += kv_cache.kv_items(ctx)
        items += speculative.items(ctx)
        items += inference_activation_items(ctx)
        phases = ("serving",) if s.runtime.pooled else INFER_PHASES
    items += overhead.overhead_items(ctx, _phase_totals(items, phases))
    return items, phases


def resolve_moments(items: list[PhaseItem]) -> list[PhaseItem]:
    """The backward phase as the larger of its moments (context.MOMENTS): where any item's size differs between
    them, each item's backward size becomes its size at the moment whose total is the larger (elementwise over a
    sweep's points; the loss's backward on a tie), and its by_moment names both. Items are copied: the static ones
    are cached."""
    if not any(it.by_moment for it in items):
        return items
    at = {m: [it.by_moment.get(m, it.by_phase.get("backward", 0.0)) for it in items] for m in MOMENTS}
    total: dict[str, Num] = {m: sum(vals, 0.0) for m, vals in at.items()}
    block = np.asarray(total["block_backward"]) > np.asarray(total["loss_backward"])
    out: list[PhaseItem] = []
    for k, it in enumerate(items):
        if not it.by_moment:
            out.append(it)
            continue
        loss_v, block_v = at["loss_backward"][k], at["block_backward"][k]
        v: Num = np.where(block, block_v, loss_v) if np.ndim(block) else (block_v if block else loss_v)
        out.append(
            replace(
                it,
                by_phase={**it.by_phase, "backward": v},
                by_moment={"loss_backward": loss_v, "block_backward": block_v},
            )
        )
    return out


def block_moment_wins(items: list[PhaseItem]) -> NDArray[np.bool_] | None:
    """Where a block's backward is the larger moment of the backward phase (elementwise over a sweep's points; False
    on a tie, as resolve_moments takes the loss's backward then), or None where no item differs between moments."""
    if not any(it.by_moment for it in items):
        return None
    total = {m: sum((it.by_moment.get(m, it.by_phase.get("backward", 0.0)) for it in items), 0.0) for m in MOMENTS}
    return np.asarray(np.asarray(total["block_backward"]) > np.asarray(total["loss_backward"]))


def backward_moment(items: list[PhaseItem]) -> Moment | None:
    """The moment resolve_moments took the backward phase's sizes from, for one scenario (not a sweep), or None."""
    block = block_moment_wins(items)
    if block is None:
        return None
    return "block_backward" if bool(np.any(block)) else "loss_backward"


def _phase_totals(items: list[PhaseItem], phases: tuple[Phase, ...]) -> dict[Phase, Num]:
    out: dict[Phase, Num] = {}
    for ph in phases:
        tot: Num = 0.0
        for it in items:
            tot = tot + it.by_phase.get(ph, 0.0)
        out[ph] = tot
    return out


def peak(items: list[PhaseItem], phases: tuple[Phase, ...]) -> tuple[dict[Phase, Num], Num, Num]:
    """(totals per phase, peak total, index of the peak phase) — elementwise when seq is an array."""
    totals = _phase_totals(items, phases)
    values = [totals[p] for p in phases]
    if all(isinstance(v, (float, int)) and v == v for v in values):  # one point (an estimate), no NaN: as argmax,
        i = max(range(len(values)), key=values.__getitem__)  # the first of the largest, without numpy's stacking
        return totals, float(values[i]), i
    stacked = np.stack(np.broadcast_arrays(*[np.asarray(v, dtype=float) for v in values]))
    return totals, stacked.max(axis=0), stacked.argmax(axis=0)
