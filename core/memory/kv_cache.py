"""KV cache (and the constant recurrent state of state-space models) per GPU."""

from __future__ import annotations

import numpy as np

from core import quant
from core.architecture import ATTENTION_MIXERS, StackSpec
from core.memo import by_identity
from core.memory.context import Ctx, Num, PhaseItem, highest
from core.messages import Bytes, Message, concat, join
from core.runtimes import ENGINES

VLLM_BLOCK = ENGINES["vllm"].kv_block  # tokens per paged-KV block (vLLM's default block_size)


QUANTIZED_KV = ("q8_0", "q5_1", "q5_0", "q4_1", "q4_0", "iq4_nl")


def kv_type(ctx: Ctx) -> str:
    """The K/V type the runtime really allocates: Ollama applies OLLAMA_KV_CACHE_TYPE q8_0/q4_0 only with flash
    attention on and otherwise keeps f16 (ollama docs/faq.md, 'How can I set the quantization type for the K/V
    cache?': flash attention must be enabled); measured: Ollama 0.20.3, qwen2.5:0.5b, q8_0 without flash attention
    11.98 KiB per token, as f16's 12.00 (baeseokjae.github.io research/evidence/local-llm-vram-kv-cache-budget-2026)."""
    s = ctx.scenario
    kv = s.precision.kv_cache
    if s.runtime.spec.quantized_kv_without_fa == "f16" and kv in QUANTIZED_KV and not s.runtime.flash_attention:
        return "fp16"
    return kv


def per_token_elements(ctx: Ctx) -> tuple[float, str]:
    """Cached elements per token per layer on one GPU, and how they arise."""
    st = ctx.stack
    assert st is not None
    tp, engine_kernels = ctx.attn_tp, ctx.scenario.runtime.spec.kernels == "engine"
    return by_identity(st, ("per_token", tp, engine_kernels), lambda: _per_token_elements(st, tp, engine_kernels))


def _per_token_elements(st: StackSpec, attn_tp: int, engine_kernels: bool) -> tuple[float, str]:
    att = st.attention
    # DeepSeek sparse attention: the indexer keeps one key of index_head_dim per token and layer (all heads share it)
    indexer = float(att.indexer.head_dim) if att.indexer is not None else 0.0
    indexer_note: str = (
        Message("kv.indexer_key", "indexer key {dim} + ", dim=att.indexer.head_dim) if att.indexer is not None else ""
    )
    if att.mla is not None:
        mla = att.mla
        # transformers' DSA models (deepseek_v32, glm_moe_dsa) cache the latent too: cache.update(k_pass, k_rot)
        # with k_pass (batch, 1, tokens, kv_lora_rank) and k_rot (batch, 1, tokens, rope dim), measured exactly
        # (tests/data/calibration/inference.json, DeepSeek-V3.2); the older DeepSeek-V2/V3 code caches K/V per head
        if engine_kernels or att.indexer is not None:
            return float(mla.kv_lora_rank + mla.qk_rope_head_dim) + indexer, Message(
                "kv.mla_latent",
                "{indexer}MLA latent: kv_lora_rank + rope dim = {rank} + {rope} per token (one compressed vector "
                "shared by all heads)",
                indexer=indexer_note,
                rank=mla.kv_lora_rank,
                rope=mla.qk_rope_head_dim,
            )
        heads = att.num_heads / attn_tp
        return heads * (mla.qk_head_dim + mla.v_head_dim) + indexer, Message(
            "kv.mla_decompressed",
            "{indexer}transformers caches MLA decompressed: heads × (qk_head_dim + v_head_dim) = {heads:g} × "
            "({qk} + {v})",
            indexer=indexer_note,
            heads=heads,
            qk=mla.qk_head_dim,
            v=mla.v_head_dim,
        )
    kv_heads = max(1.0, att.num_kv_heads / attn_tp) if attn_tp > 1 else float(att.num_kv_heads)
    if att.v_dim != att.head_dim:  # value heads of their own width (MiMo-V2)
        return kv_heads * (att.head_dim + att.v_dim) + indexer, Message(
            "kv.heads_v_dim",
            "{indexer}K and V: kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})",
            indexer=indexer_note,
            kv_heads=kv_heads,
            head_dim=att.head_dim,
            v_dim=att.v_dim,
        )
    gqa = att.num_kv_heads < att.num_heads
    return 2 * kv_heads * att.head_dim + indexer, Message(
        "kv.heads_gqa" if gqa else "kv.heads",
        "{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}"
        + (" (GQA: fewer kv heads than query heads)" if gqa else ""),
        indexer=indexer_note,
        kv_heads=kv_heads,
        head_dim=att.head_dim,
    )


def _full_layer_elements(ctx: Ctx) -> float:
    """Cached elements per token of one full-attention layer: its own K/V shape where the stack gives the full layers
    one (StackSpec.full_attention, K and V heads of their own), else the other layers'. Gemma 4's key-as-value full
    layers are left at the other layers' shape (not measured; the answer says so)."""
    st = ctx.stack
    assert st is not None
    full = st.full_attention
    if full is None or full.values_from_keys or full.mla is not None or st.attention.mla is not None:
        return per_token_elements(ctx)[0]
    kv_heads = max(1.0, full.num_kv_heads / ctx.attn_tp) if ctx.attn_tp > 1 else float(full.num_kv_heads)
    indexer = float(full.indexer.head_dim) if full.indexer is not None else 0.0
    return kv_heads * (full.head_dim + full.v_dim) + indexer


def cached_tokens(ctx: Ctx, seq: Num) -> tuple[Num, str]:
    """Tokens held per sequence summed over this GPU's layers (sliding-window layers hold at most a window)."""
    st = ctx.stack
    assert st is not None
    stage = ctx.layers_per_stage
    extra = ctx.scenario.runtime.ubatch if ctx.scenario.runtime.gguf else 0
    # the stack's layer counts and their words, once per stack (core.memo)
    attn, full, sliding, window, chunked, chunk, which = by_identity(
        st, ("kv_layers", extra), lambda: _cache_layers(st, extra)
    )
    share = stage / st.num_layers
    if not sliding and not chunked:
        return seq * attn * share, which
    tokens: Num = seq * full
    if sliding:
        tokens = tokens + np.minimum(seq, window) * sliding
    if chunked:
        tokens = tokens + np.minimum(seq, chunk) * chunked
    return tokens * share, which


def _cache_layers(st: StackSpec, extra: int) -> tuple[int, int, int, int, int, int, str]:
    """The stack's layers that keep a KV cache: (all of them, full-attention, sliding and their window, chunked and
    their chunk, how), a window or chunk `extra` tokens more (llama.cpp's ubatch)."""
    att = st.attention
    n = st.num_layers
    attn = st.kv_layer_count(*ATTENTION_MIXERS)  # KV-shared layers (Gemma 3n) read another layer's cache
    shared = st.attention_layer_count - attn
    other: str = (
        Message(
            "kv.other_layers", "; the other {n} layers keep no KV cache (a fixed-size state, or no mixer)", n=n - attn
        )
        if attn < n
        else ""
    )
    if shared:
        other = concat(
            other,
            Message(
                "kv.shared_layers",
                " ({shared} of them attend over the cache of an earlier layer of their kind)",
                shared=shared,
            ),
        )
    sliding = st.kv_layer_count("sliding") if att.sliding_window is not None else 0
    chunked = st.kv_layer_count("chunked") if att.chunk_size is not None else 0
    if not sliding and not chunked:
        which = Message("kv.every_token", "{attn} attention layers keep every token{other}", attn=attn, other=other)
        return attn, attn, 0, 0, 0, 0, which
    full = attn - sliding - chunked
    how: list[str] = [Message("kv.full_layers", "{n} full-attention layers keep every token", n=full)]
    window = (att.sliding_window or 0) + extra
    chunk = (att.chunk_size or 0) + extra
    if sliding:
        how.append(Message("kv.sliding_layers", "{n} sliding layers keep at most {window}", n=sliding, window=window))
    if chunked:
        how.append(
            Message(
                "kv.chunked_layers",
                "{n} chunked-attention layers keep at most one chunk, {chunk}",
                n=chunked,
                chunk=chunk,
            )
        )
    return (
        attn,
        full,
        sliding,
        window,
        chunked,
        chunk,
        Message("kv.layers_other", "{layers}{other}", layers=join(how, "; "), other=other),
    )


def kv_items(ctx: Ctx) -> list[PhaseItem]:
    s = ctx.scenario
    arch = ctx.arch
    if arch.ssm is not None:
        return [_ssm_state(ctx)]
    st = ctx.stack
    if st is None or arch.decoder is None or not st.causal:
        return []
    if st.attention.compressed is not None and st.attention_layer_count:
        from core.memory import dsv4

        return [dsv4.kv_item(ctx)]  # windows, compressed entries and indexer keys per layer kind
    seqs = ctx.sequences
    seq = ctx.seq
    engine = s.runtime.spec
    slots = engine.kv_cells == "slots"
    if slots:  # Ollama sizes the cache for num_ctx per slot, whatever the request
        from core.memory.engines import slot_context

        seq = slot_context(s, ctx.gpu) + 0.0 * ctx.seq
        seqs = float(s.runtime.parallel)
    if engine.kv_block > 1:
        seq = np.ceil(seq / engine.kv_block) * engine.kv_block
    per_tok, how = per_token_elements(ctx)
    tokens, which = cached_tokens(ctx, seq)
    kv = kv_type(ctx)
    b = quant.kv_bytes_per_element(kv)
    prompt = np.maximum(ctx.seq - ctx.output_tokens, 1.0)
    # full-attention layers with a K/V shape of their own (MiMo-V2: 4 kv heads where the sliding layers have 8) keep
    # every token at that shape: the difference to the other layers' shape, over those layers' tokens
    full_extra = _full_layer_elements(ctx) - per_tok
    full_layers = st.kv_layer_count("full") * ctx.layers_per_stage / st.num_layers if full_extra else 0.0
    total: Num = (per_tok * tokens + full_extra * full_layers * seq) * seqs * b
    if engine.kernels == "transformers":
        # transformers' sliding-window cache keeps a view of the whole prompt until the first decode step
        prompt_tokens = prompt * st.kv_layer_count(*ATTENTION_MIXERS) * ctx.layers_per_stage / st.num_layers
    else:
        prompt_tokens, _ = cached_tokens(ctx, prompt)
    prefill: Num = (per_tok * prompt_tokens + full_extra * full_layers * prompt) * seqs * b
    if slots:
        prefill = total
    offload: str = (
        Message(
            "kv.ollama_slots",
            " Ollama allocates num_ctx {num_ctx:,.0f} × {parallel} slot(s) at load, whatever the request's length "
            "(OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL).",
            num_ctx=highest(seq),
            parallel=s.runtime.parallel,
        )
        if slots
        else ""
    )
    if s.runtime.gguf and s.runtime.n_gpu_layers is not None:
        from core.memory.engines import gpu_layers

        on, n, _ = gpu_layers(ctx)
        share = on / n if n else 1.0
        total, prefill = total * share, prefill * share
        offload = Message(
            "kv.ngl",
            "{before} With -ngl {ngl}, {on} of {n} layers keep their K/V on the GPU; the rest in RAM.",
            before=offload,
            ngl=s.runtime.n_gpu_layers,
            on=on,
            n=n,
        )
    cross: str = ""
    if st.cross_attention and arch.encoder is not None:
        enc_len = arch.audio.max_source_positions if arch.audio else seq
        att = st.attention
        cross_bytes = 2 * att.num_kv_heads * att.head_dim * enc_len * st.num_layers * seqs * b
        total = total + cross_bytes
        prefill = prefill + cross_bytes
        cross = (  # a context sweep passes an array
            Message(
                "kv.cross",
                " Cross-attention also caches the encoder's K/V ({positions:,} positions per layer).",
                positions=enc_len,
            )
            if np.ndim(enc_len) == 0
            else Message(
                "kv.cross_context",
                " Cross-attention also caches the encoder's K/V (the context's positions per layer).",
            )
        )
    formula = "elements/token/layer · Σ_layers tokens · sequences · bytes/element"
    if engine.kv_block > 1:
        formula += f" (tokens rounded up to {engine.kv_block}-token blocks)"

    def explanation() -> str:
        seq_note = (
            f"{highest(ctx.batch):,.0f} × {s.workload.concurrency}"
            if s.workload.concurrency > 1
            else f"{highest(seqs):,.0f}"
        )  # figures only
        return Message(
            "expl.kv_cache",
            "{how}; {which}; × {seqs} sequence(s) × {bytes:g} bytes ({kv}).{cross} At the full context this "
            "is {total}; after the prompt (prefill) it is {prefill}.{offload}",
            how=how,
            which=which,
            seqs=seq_note,
            bytes=b,
            kv=kv,
            cross=cross,
            total=Bytes(highest(total)),
            prefill=Bytes(highest(prefill)),
            offload=offload,
        )

    items = (
        []
        if not st.attention_layer_count
        else [
            PhaseItem(
                key="kv_cache",
                label=Message("item.kv_cache", "KV cache ({format})", format=kv),
                category="kv_cache",
                by_phase={"prefill": prefill, "decode": total, "serving": total},
                formula=formula,
                explanation=explanation,
                inputs=lambda: {
                    "elements_per_token_per_layer": per_tok,
                    "layers": st.num_layers,
                    "sequences": highest(seqs),
                    "context": s.workload.context,
                    "bytes_per_element": b,
                },
                source="K/V tensors of shape (batch, kv_heads, tokens, head_dim) per layer",
            )
        ]
    )
    if st.is_hybrid and any(st.fixed_state_elements()):
        items.append(_fixed_state(ctx))
    return items


def _fixed_state(ctx: Ctx) -> PhaseItem:
    """Linear-attention, Mamba-2 and short-convolution layers keep a fixed-size state per sequence: the recurrent
    state in fp32 (transformers' Gated DeltaNet and Mamba-2 kernels accumulate and return it in float32; vLLM keeps
    Mamba's at `mamba_ssm_cache_dtype`, float32 for the Nemotron-H checkpoints) and the convolution windows in the
    compute dtype. It does not grow with context."""
    st = ctx.stack
    assert st is not None
    recurrent, conv = st.fixed_state_elements()
    share = ctx.layers_per_stage / st.num_layers / ctx.attn_tp
    b = ctx.compute_bytes
    total = (recurrent * 4 + conv * b) * ctx.sequences * share
    kinds = join(
        [
            Message(f"kv.kind_{k}", "{n} " + k, n=st.mixer_count(k))  # linear (Gated DeltaNet), mamba2, conv
            for k in ("linear", "mamba2", "conv")
            if st.mixer_count(k)
        ]
    )
    return PhaseItem(
        key="recurrent_state",
        label=Message("item.recurrent_state_fixed_size", "Recurrent state (fixed size)"),
        category="kv_cache",
        by_phase={"prefill": total, "decode": total, "serving": total},
        formula="(recurrent elements · 4 + conv-window elements · bytes) · sequences",
        explanation=Message(
            "expl.fixed_state",
            "{kinds} layer(s) keep a fixed-size state instead of a KV cache: {recurrent:,} recurrent elements (fp32) "
            "and {conv:,} convolution-window elements ({bytes:g} bytes) per sequence; it does not grow with context. "
            "= {size}.",
            kinds=kinds,
            recurrent=recurrent,
            conv=conv,
            bytes=b,
            size=Bytes(highest(total)),
        ),
        inputs={"recurrent_elements": recurrent, "conv_elements": conv, "sequences": highest(ctx.sequences)},
        source="transformers' Qwen3Next/NemotronH/Lfm2 cache classes (conv_states, recurrent/ssm_states)",
    )


def _ssm_state(ctx: Ctx) -> PhaseItem:
    ssm = ctx.arch.ssm
    assert ssm is not None
    b = ctx.compute_bytes
    per_layer = ssm.intermediate_size * (ssm.conv_kernel + ssm.state_size)
    total = per_layer * ssm.num_layers * ctx.sequences * b / ctx.pp
    return PhaseItem(
        key="kv_cache",
        label=Message("item.recurrent_state_ssm", "Recurrent state (SSM)"),
        category="kv_cache",
        by_phase={"prefill": total, "decode": total, "serving": total},
        formula="L · I · (conv_kernel + state_size) · sequences · bytes",
        explanation=Message(
            "expl.ssm_state",
            "A state-space model keeps a fixed-size state instead of a KV cache: per layer a convolution window and "
            "the SSM state, {intermediate} × ({kernel} + {state}) values; it does not grow with context. = {size}.",
            intermediate=ssm.intermediate_size,
            kernel=ssm.conv_kernel,
            state=ssm.state_size,
            size=Bytes(highest(total)),
        ),
        inputs={
            "layers": ssm.num_layers,
            "intermediate": ssm.intermediate_size,
            "sequences": highest(ctx.sequences),
        },
    )
