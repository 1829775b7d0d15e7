"""Speculative decoding with the model's multi-token-prediction (MTP) layers as the draft, as vLLM and SGLang load it.

vLLM (`--speculative-config '{"method": "mtp", "num_speculative_tokens": k}'`, vllm/v1/spec_decode/eagle.py and
vllm/v1/worker/gpu/spec_decode/eagle/utils.py `load_eagle_model`) and SGLang (`--speculative-algorithm EAGLE` or
`NEXTN`, python/sglang/srt/speculative/) build the MTP layers as a draft model beside the target:
- weights: the MTP layers' own parameters (core.params.mtp_count); the draft's embedding and output head are the
  target's ("Share target embeddings when the draft checkpoint does not include its own vocab embedding table"; the
  lm_head likewise), so the copies a checkpoint stores in its MTP layers are not loaded twice;
- KV cache: each MTP layer is one attention layer with the target's attention shape, and it caches every token of
  every sequence like the target's layers: vLLM puts its KV spec into the same pool (fewer tokens per GiB), SGLang
  gives the draft a KV pool of the same token count;
- verification: each step scores 1 + k tokens per running sequence; the sampler's fp32 logits grow by k rows per
  sequence. vLLM sizes its pool for its profile run instead, which checks the rejection sampler with one dummy draft
  token per dummy sequence whatever k (256 · V · 4 B · 3, beside its sampler term).
- SGLang sizes its pool while the draft still holds its own 16-bit embedding and output head (sglang_vocab_copies).
"""

from __future__ import annotations

import numpy as np

from core import quant
from core.memory.context import Ctx, Num, PhaseItem, highest
from core.memory.kv_cache import kv_type, per_token_elements
from core.memory.weights import format_bytes
from core.messages import Bytes, Message
from core.params import mtp_count
from core.result import Phase

SOURCE = (
    "vLLM vllm/v1/spec_decode/eagle.py, vllm/v1/worker/gpu/spec_decode/eagle/utils.py load_eagle_model; "
    "SGLang python/sglang/srt/speculative/"
)


# SGLang's spec-v2 worker (python/sglang/srt/managers/scheduler.py `init_memory_pools`: init_target_memory_pool(), then
# draft_worker.alloc_memory_pool(), whose EagleDraftWorker.alloc_memory_pool ends with init_token_map();
# init_lm_head()) hands the draft the model's embedding and output head only after the KV pool has been sized. Until
# then the draft holds its own vocab-sized embed_tokens and lm_head, in 16 bits whatever the checkpoint's format
# ("VocabParallelEmbedding for embed_tokens is built without quant_config -> always bf16"; "Fp8Config.get_quant_method()
# returns None for embedding-type layers -> also bf16"), each split over TP: "The cost is 2 * vocab_size * hidden_size *
# dtype / tp per rank" (sgl-project/sglang issue #36452, PRs #35567, #37155; open on main 2026-09). They are freed right
# after, but the pool does not get them back.
SGLANG_VOCAB_COPY_BYTES = 2


def sglang_vocab_copies(ctx: Ctx) -> float:
    """Bytes per GPU of the MTP draft's own embedding and output head that are resident while SGLang sizes its KV pool
    (0 unless SGLang loads an MTP draft). A tied head is the embedding: one copy. Under DP attention the embedding is
    split over the attention TP, the head over TP."""
    s = ctx.scenario
    if not s.mtp_draft or not s.runtime.spec.draft_vocab_at_sizing or ctx.arch.decoder is None or ctx.arch.mtp is None:
        return 0.0
    row = float(ctx.arch.vocab_size * ctx.arch.decoder.hidden_size * SGLANG_VOCAB_COPY_BYTES)
    return row / ctx.attn_tp + (0.0 if ctx.arch.tie_word_embeddings else row / ctx.tp)


def mtp_kv_layers(ctx: Ctx) -> int:
    """Attention layers the MTP draft adds to the KV cache (0 when it is not loaded)."""
    mtp = ctx.arch.mtp
    return mtp.num_layers if ctx.scenario.mtp_draft and mtp is not None else 0


def items(ctx: Ctx) -> list[PhaseItem]:
    s = ctx.scenario
    st = ctx.stack
    if not s.mtp_draft or st is None:
        return []
    pc = mtp_count(ctx.arch)  # (an lru_cache: hashes the architecture, 4 µs, on every breakdown if asked first)
    if pc is None:
        return []
    k = s.runtime.speculative_tokens
    n = mtp_kv_layers(ctx)
    phases: tuple[Phase, ...] = ("prefill", "decode", "serving")
    fmt = ctx.weights_fmt
    w = format_bytes(ctx, fmt, list(pc.groups))
    per_tok, how = per_token_elements(ctx)
    kv = kv_type(ctx)
    b = quant.kv_bytes_per_element(kv)
    seq: Num = ctx.seq
    engine = s.runtime.spec
    if engine.kv_block > 1:
        seq = np.ceil(seq / engine.kv_block) * engine.kv_block
    kv_bytes: Num = per_tok * n * seq * ctx.sequences * b
    V = ctx.arch.vocab_size
    # An engine whose profile run samples a dummy batch sizes its pool for that run, not for k: vLLM's
    # gpu_model_runner._dummy_sampler_run checks the rejection sampler with one dummy draft token per sequence,
    # whatever num_speculative_tokens is:
    #     draft_token_ids = [[0] for _ in range(num_reqs)]
    #     logits = torch.randn(num_tokens + num_reqs, logits.shape[-1], ...)   # draft + bonus rows
    #     self.rejection_sampler(dummy_spec_decode_metadata, draft_probs, logits, dummy_metadata)
    # fp32 logits for 256 draft and 256 bonus rows and the draft rows' probabilities (target_logits.softmax): 3 × 256
    # rows. Without a profile run the real batch scores k more rows of fp32 logits per sequence.
    rows = engine.sampler_rows if engine.sampler_rows else highest(ctx.sequences) * k
    verify = rows * V * 4 * (3 if engine.sampler_rows else 1)
    draft = Message("mtp.draft", "{n} MTP layer(s) drafting {k} token(s) per step", n=n, k=k)
    kv_figures = {
        "how": how,
        "n": n,
        "tokens": highest(seq),
        "seqs": highest(ctx.sequences),
        "b": b,
        "size": Bytes(highest(kv_bytes)),
    }
    return [
        PhaseItem(
            key="mtp_weights",
            label=Message("item.mtp_draft_weights", "MTP draft weights"),
            category="weights",
            by_phase=dict.fromkeys(phases, w),
            formula="Σ_MTP tensors bytes(format, shape)" + (" / TP" if ctx.tp > 1 else ""),
            explanation=Message(
                "expl.mtp_weights",
                "Speculative decoding with the model's multi-token-prediction layers ({draft}): the engine loads "
                "their {params:,} parameters beside the model's, as {format} = {size} per GPU. Their embedding and "
                "output head are the model's own (shared, not loaded again).",
                draft=draft,
                params=pc.total,
                format=fmt.name,
                size=Bytes(w),
            ),
            inputs={"mtp_params": pc.total, "mtp_layers": n, "format": fmt.name},
            source=SOURCE,
        ),
        PhaseItem(
            key="mtp_kv_cache",
            label=Message("item.mtp_draft_kv_cache", "MTP draft KV cache ({kv})", kv=kv),
            category="kv_cache",
            by_phase=dict.fromkeys(phases, kv_bytes),
            formula="elements/token/layer · MTP layers · tokens · sequences · bytes/element",
            explanation=Message(
                "expl.mtp_kv_cache_pooled",
                "Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × "
                "{tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}. vLLM and SGLang take it from "
                "the KV pool: the pool holds fewer tokens.",
                **kv_figures,
            )
            if s.runtime.pooled
            else Message(
                "expl.mtp_kv_cache",
                "Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × "
                "{tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}.",
                **kv_figures,
            ),
            inputs={"elements_per_token_per_layer": per_tok, "mtp_layers": n, "bytes_per_element": b},
            source=SOURCE,
        ),
        PhaseItem(
            key="mtp_verify",
            label=Message("item.draft_verification_logits", "Draft verification logits"),
            category="activations",
            by_phase=dict.fromkeys(phases, verify),
            formula=(
                "256 · V · 4 B · 3 (vLLM's profile: one dummy draft token per sequence, whatever k)"
                if engine.sampler_rows
                else "sequences · k · V · 4 B"
            ),
            explanation=Message(
                "expl.mtp_verify_profiled",
                "vLLM sizes its KV pool after a profile run that checks the rejection sampler with one dummy draft "
                "token for each of {rows:,} dummy sequences, whatever the number of draft tokens ({k} here): fp32 "
                "logits for {rows:,} draft and {rows:,} bonus rows and the draft rows' probabilities, 3 × {rows:,} "
                "rows of {vocab:,} entries = {size}.",
                rows=engine.sampler_rows,
                k=k,
                vocab=V,
                size=Bytes(verify),
            )
            if engine.sampler_rows
            else Message(
                "expl.mtp_verify",
                "Each step the model scores 1 + {k} tokens per sequence to accept or reject the draft: {k} more rows "
                "of fp32 logits per sequence ({vocab:,} entries each) = {size}.",
                k=k,
                vocab=V,
                size=Bytes(verify),
            ),
            inputs={"speculative_tokens": k, "vocab": V},
            source=SOURCE,
        ),
    ]
