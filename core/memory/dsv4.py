"""DeepSeek-V4's memory as transformers 5.25 runs it (models/deepseek_v4/modeling_deepseek_v4.py, eager attention: the
model declares no SDPA or flash path), per layer kind, verified tensor by tensor against the fake-tensor harness
(tools/calibration: train-/inf-deepseek-v4-flash-4l, probes of a sliding, a CSA and an HCA layer; held out:
train-/inf-deepseek-v4-flash-5l-mix), with the parameters transformers keeps in fp32 when it loads the model in
16 bits (_keep_in_fp32_modules_strict: the hyper-connections, norms, sinks and compressor biases).

Read from the structure, never from the family's name: a stack whose attention is compressed
(AttentionSpec.compressed) is costed here. Every layer attends its sliding window (attention.sliding_window, 128) of
one shared key/value head (K = V, head_dim d). A CSA layer (mixer "compressed_sparse") adds one compressed entry per
compressed.sparse_rate tokens and a lightning indexer (compressed.indexer) with its own compressed keys; an HCA layer
(mixer "heavily_compressed") one entry per compressed.heavy_rate tokens. The residual is m = hyper_connections.streams
streams of width h, mixed in and out of attention and of the experts by two hyper-connections per layer
(DeepseekV4HyperConnection: an fp32 projection of the flattened streams, sigmoids and a Sinkhorn-normalised m × m
matrix, hyper_connections.sinkhorn_iters steps). The formulas were measured at the published Flash and Pro configs'
values (MEASURED); the importer flags a config with others, naming the key (hf_families._dsv4_checks).

h hidden, m streams, H heads, d head_dim, r_q q_lora_rank, g·R the grouped output, T tokens, b sequences, s their
length, n_c = ⌊s / rate⌋ compressed entries, a bytes per activation element.
"""

from __future__ import annotations

import numpy as np

from core import quant
from core.architecture import CompressedAttentionSpec, StackSpec
from core.memory.context import Ctx, Num, PhaseItem, highest
from core.messages import Bytes, Message

# the values the formulas were measured at (train-/inf-deepseek-v4-flash-4l, -5l-mix: the published Flash and Pro
# configs' values), by the config key that spells each; the importer names a key whose value differs
MEASURED: dict[str, int] = {
    "hc_mult": 4,  # HyperConnectionSpec.streams
    "hc_sinkhorn_iters": 20,  # HyperConnectionSpec.sinkhorn_iters
    "compress_rates.compressed_sparse_attention": 4,  # CompressedAttentionSpec.sparse_rate
    "compress_rates.heavily_compressed_attention": 128,  # CompressedAttentionSpec.heavy_rate
    "index_n_heads": 64,  # CompressedAttentionSpec.indexer.num_heads
    "index_head_dim": 128,  # CompressedAttentionSpec.indexer.head_dim
    "qk_rope_head_dim": 64,  # CompressedAttentionSpec.rope_dim
}


def applies(st: StackSpec | None) -> bool:
    """A stack with compressed attention: its memory is costed by this module."""
    return st is not None and st.attention.compressed is not None


def _spec(st: StackSpec) -> CompressedAttentionSpec:
    spec = st.attention.compressed
    assert spec is not None, "compressed attention without its spec"
    return spec


def streams(st: StackSpec) -> int:
    """Residual streams (1: a plain residual, no hyper-connections)."""
    return st.hyper_connections.streams if st.hyper_connections is not None else 1


def kinds(st: StackSpec) -> tuple[int, int, int]:
    """(sliding-only, CSA, HCA layers)."""
    return st.mixer_count("sliding"), st.mixer_count("compressed_sparse"), st.mixer_count("heavily_compressed")


def _hc(st: StackSpec, h: float, a: int) -> float:
    """Per token, one hyper-connection: the flattened streams in fp32 and their weightless RMSNorm's output (both
    m·h, F.linear keeps the latter) and 1/rms; the fp32 mix (2 + m)·m; pre and post sigmoids, pre + eps and the 16-bit
    post; the m × m softmax, its + eps and every Sinkhorn step's quotient but the last (2·iters − 2) with their row and
    column sums (2·iters − 1 of m each), and the 16-bit comb the stream matmul keeps."""
    hc = st.hyper_connections
    if hc is None:
        return 0.0
    m, it = hc.streams, hc.sinkhorn_iters
    sinkhorn = (2 * it - 2) * 4 * m * m + (2 * it - 1) * 4 * m
    return 8 * m * h + 4 + 4 * (2 + m) * m + 12 * m + a * m + 8 * m * m + sinkhorn + a * m * m


def _common(st: StackSpec, a: int, tp: int) -> float:
    """Per token, what every layer keeps beside its scores, keys and compressor: two hyper-connections, the two stream
    sums (after attention, the layer's output), the input and post-attention RMSNorms (fp32 input and weight product,
    1/rms, the 16-bit output), q_a's norm over r_q, q_b's output and its weightless per-head norm (fp32 copy, 1/rms and
    its cast), the query after RoPE, kv_norm over d, the sink softmax's row-max indices, the attention output's
    contiguous copy, o_a's (g·R) and o_b's outputs and the experts' sum."""
    att = st.attention
    h, m, H, d = st.hidden_size, streams(st), att.num_heads / tp, att.head_dim
    rq = att.q_lora_rank or 0
    gR = att.o_groups * (att.o_lora_rank or 0) / tp
    hc = _hc(st, h, a)
    norms = 2 * (8 * h + 4 + a * h)
    q = (8 * rq + 4 + a * rq) + a * H * d + 4 * H * d + 4 * H + a * H + a * H * d
    kv = 8 * d + 4
    return 2 * hc + 2 * a * m * h + norms + q + kv + 8 * H + a * H * d + a * gR + 2 * a * h


def _rate(st: StackSpec, kind: str) -> int:
    """Tokens per compressed entry of a layer kind ("sliding": none, 0)."""
    spec = _spec(st)
    return {"sliding": 0, "csa": spec.sparse_rate, "hca": spec.heavy_rate}[kind]


def _mixer_kind(st: StackSpec, T: Num, s: Num, a: int, tp: int, kind: str) -> Num:
    """One layer's attention part beyond `_common`: kind "sliding" = a sliding-only layer, "csa" = a CSA layer
    (compressor over 2·d-wide overlapping windows and the indexer's at 2·index_dim), "hca" = an HCA layer. The eager
    softmax over the window's mask and the compressed entries, s + n_c + 1 columns with the sink (training runs without
    a cache: every key of the sequence, masked to the window), in fp32: transformers keeps the sinks in fp32
    (_keep_in_fp32_modules_strict) and torch.cat promotes the scores to them; its 16-bit cast, which multiplies V
    (the sink column dropped); the keys with the entries concatenated; cos/sin repeated
    per RoPE call (three, one row per position: the position ids have batch 1). With more than one sequence
    torch.matmul cannot fold the one key/value head broadcast over H heads into its batch and copies it, for QKᵀ and
    for the product with V (2·a·H·d per key; measured at b2 s1000, train-deepseek-v4-flash-5l-mix)."""
    att, spec = st.attention, _spec(st)
    H, d, i, rope = att.num_heads / tp, att.head_dim, spec.indexer.head_dim, spec.rope_dim
    rate = _rate(st, kind)
    b = T / s
    n_c = np.floor(s / rate) if rate else 0.0 * s
    rows = b * n_c  # compressed entries of the micro-batch
    usable = rows * rate if rate else 0.0 * T  # tokens in full windows
    probs = 4 * H * T * (s + n_c + 1) + (a * H * T * (s + n_c) if a != 4 else 0.0)
    out = probs + a * d * b * (s + n_c) + 6 * a * rope * s
    out = out + np.where(b > 1, 2 * a * H * d * b * (s + n_c), 0.0)
    if kind == "csa":
        # new_kv (2r slots of d per window: 2·d per token), the fp32 gate softmax over them and its 16-bit cast; the
        # same at index_dim for the indexer; kv_norm (fp32 input and product, 1/rms) and cos/sin per compressed row
        # for both; the indexer query's RoPE (cos/sin per token)
        out = out + usable * 2 * (d + i) * (2 * a + 4) + rows * (8 * (d + i) + 8 + 4 * a * rope)
        out = out + 2 * a * rope * s
    elif kind == "hca":
        # kv_proj's output (every token, viewed as windows), the fp32 gate softmax and its cast, then kv_norm per row
        out = out + a * d * T + usable * d * (4 + a) + rows * (8 * d + 4 + 2 * a * rope)
    return out


def layer_kinds_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, mlp: Num) -> dict[str, Num]:
    """Saved-for-backward bytes of one layer of each kind present, experts (`mlp`, from activations.layer_saved)
    included. The hyper-connections, norms, sinks and compressor biases are fp32 parameters as transformers loads
    them (measured so: the harness keeps _keep_in_fp32_modules_strict in fp32); a model cast whole to 16 bits
    (`model.to(bfloat16)`) would also keep each hyper-connection's `fn.float()` copy and run the sink softmax in 16 bits
    (2 bytes per score instead of 4 + 2)."""
    tp = ctx.tp
    n_sl, n_csa, n_hca = kinds(st)
    base = _common(st, a, tp) * T + mlp
    out: dict[str, Num] = {}
    for name, n in (("sliding", n_sl), ("csa", n_csa), ("hca", n_hca)):
        if n:
            out[name] = base + _mixer_kind(st, T, s, a, tp, name)
    return out


def stack_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, mlp: Num, layers: int) -> Num:
    n_sl, n_csa, n_hca = kinds(st)
    per = layer_kinds_saved(ctx, st, T, s, a, mlp)
    total: Num = 0.0 * T
    for name, n in (("sliding", n_sl), ("csa", n_csa), ("hca", n_hca)):
        if n:
            total = total + n * per[name]
    return total * layers / st.num_layers


def largest_layer_saved(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, mlp: Num) -> Num:
    per = list(layer_kinds_saved(ctx, st, T, s, a, mlp).values())
    return np.maximum.reduce(np.broadcast_arrays(*per)) if len(per) > 1 else per[0]


def edge_saved(st: StackSpec, T: Num, a: int) -> Num:
    """Outside the layers: the embedding expanded to m streams (`.contiguous()`), the hyper-head's fp32 flattened
    streams, its norm's output and 1/rms, mix, sigmoid and pre. The final RMSNorm is the common edge term (fp32 weight
    product: Architecture.norm_weight_fp32)."""
    if st.hyper_connections is None:
        return 0.0 * T
    h, m = st.hidden_size, streams(st)
    return T * (a * m * h + 8 * m * h + 4 + 12 * m)


def transient(ctx: Ctx, st: StackSpec, T: Num, s: Num, a: int, mlp: Num) -> Num:
    """Largest live set of a prefill (no autograd), weights and cache excluded: inside the attention of the layer kind
    with the most keys. The eager softmax with the sink column (fp32, the sinks' dtype): the masked scores (a), the
    max-subtracted logits and the probabilities (4 each, s + n_c + 1 columns) and their 16-bit cast (a; none in
    fp32), 12 bytes per score in bf16 (measured, inf-deepseek-v4-flash-4l); the query, the block's input streams, the
    collapsed and normed input and the embedding output; the model's window mask (a per score) and, in a compressed
    layer, that mask extended over the entries plus the entries' block bias, q_a's output and the keys with the
    entries; cos/sin of both RoPE kinds, the row max, the comb and post weights and the token and position ids. The CSA
    indexer's fp32 scores (4·index_heads per query and entry, two at once) run before and stay below the attention's.
    `mlp`: the experts' live set (activations.layer_transient's)."""
    att = st.attention
    tp = ctx.tp
    h, m, H, d = st.hidden_size, streams(st), att.num_heads / tp, att.head_dim
    rq = att.q_lora_rank or 0
    rope = _spec(st).rope_dim
    b = T / s
    n_sl, n_csa, n_hca = kinds(st)
    common = T * (a * H * d + a * m * h + 3 * a * h + 2 * a * rope + a * H + 4 * m * m + 4 * m + 16) + a * b * s * s
    out: Num = mlp + a * m * h * T
    for n, kind in ((n_sl, "sliding"), (n_csa, "csa"), (n_hca, "hca")):
        if not n:
            continue
        rate = _rate(st, kind)
        n_c = np.floor(s / rate) if rate else 0.0 * s
        scores = H * T * (a * (s + n_c) + 8 * (s + n_c + 1) + (a * (s + n_c) if a != 4 else 0.0))
        extra = 0.0 * T
        if rate:
            bias = n_c + 1 if kind == "csa" else n_c
            extra = a * b * s * (s + n_c + bias) + a * rq * T + a * d * b * (s + n_c)
        out = np.maximum(out, common + scores + extra)
    return out


def _pending(c: Num, rate: int) -> Num:
    """Tokens a compressor's buffer storage holds after decoding to `c`: those since the last full window, or a whole
    window's when the last step closed one (its empty view keeps the concatenation)."""
    left = np.mod(c, rate)
    return np.where(left > 0, left, rate)


def kv_item(ctx: Ctx) -> PhaseItem:
    """The cache of every layer. transformers (DynamicSlidingWindowLayer for sliding-only layers, DeepseekV4CSACache /
    DeepseekV4HCACache for the others, cache_utils.py and modeling_deepseek_v4.py, 5.25): a sliding-only layer keeps K
    and V apart (2·d per token), a compressed layer one K = V tensor (d); after prefill each keeps a view of the whole
    prompt (`full[:, :, -window + 1:]`) and the compressors' buffers are views of their projections over the prompt
    (CSA kv and gate 2·d each and the indexer's 2·index_dim each; HCA d each), until the first decode step drops them to
    the window (128 tokens' storage) and the pending tokens; the compressed entries, d per sparse_rate tokens (CSA, plus
    index_dim for the indexer) or per heavy_rate tokens (HCA), and the CSA overlap slices (kv and, fp32 as its
    position_bias makes it, the gate: rate × width each).
    Other runtimes: the window, the entries and the indexer keys, one tensor each (not measured)."""
    from core.memory.kv_cache import kv_type

    s = ctx.scenario
    st = ctx.stack
    assert st is not None
    att = st.attention
    spec = _spec(st)
    d, i = float(att.head_dim), float(spec.indexer.head_dim)
    w = float(att.sliding_window or 128)
    n_sl, n_csa, n_hca = kinds(st)
    r_c, r_h = spec.sparse_rate, spec.heavy_rate
    kv = kv_type(ctx)
    bpe = quant.kv_bytes_per_element(kv)
    seqs = ctx.sequences
    share = ctx.layers_per_stage / st.num_layers
    c = ctx.seq
    p = np.maximum(ctx.seq - ctx.output_tokens, 1.0)
    hf = s.runtime.spec.kernels == "transformers"

    def entries(n: Num, rate: int, width: float) -> Num:
        return np.floor(n / rate) * width

    csa_overlap = r_c * (d + i) * (1 + 4 / bpe)  # the overlap slices: kv in the cache dtype, the gate fp32
    if hf:
        pre = (
            n_sl * 2 * d * p
            + n_csa * (d * p + entries(p, r_c, d + i) + 4 * (d + i) * p + np.where(p >= r_c, csa_overlap, 0.0))
            + n_hca * (d * p + entries(p, r_h, d) + 2 * d * p)
        )
        win = np.minimum(c, w)
        dec = (
            n_sl * 2 * d * win
            + n_csa * (d * win + entries(c, r_c, d + i) + 4 * (d + i) * _pending(c, r_c) + csa_overlap)
            + n_hca * (d * win + entries(c, r_h, d) + 2 * d * _pending(c, r_h))
        )
    else:

        def plain(n: Num) -> Num:
            win = np.minimum(n, w)
            return (n_sl + n_csa + n_hca) * d * win + n_csa * entries(n, r_c, d + i) + n_hca * entries(n, r_h, d)

        pre, dec = plain(p), plain(c)
    prefill = pre * seqs * bpe * share
    total = dec * seqs * bpe * share
    return PhaseItem(
        key="kv_cache",
        label=Message("item.kv_cache", "KV cache ({format})", format=kv),
        category="kv_cache",
        by_phase={"prefill": prefill, "decode": total, "serving": total},
        formula="Σ_layers (window + compressed entries (+ indexer keys) [+ prefill views]) · sequences · bytes",
        explanation=Message(
            "expl.kv_dsv4",
            "DeepSeek-V4: {sliding} sliding-only, {csa} CSA and {hca} HCA layers. Every layer keeps its "
            "{window:g}-token window of one shared key/value head ({d:g} wide); a CSA layer adds one entry per "
            "{r_c} tokens and the indexer's key ({i:g}) for each, an HCA layer one per {r_h}. transformers keeps K "
            "and V apart in the sliding-only layers, and after prefill each layer's window and the compressors' "
            "pending projections are views of the whole prompt until the first decode step. × {seqs:,.0f} "
            "sequence(s) × {bytes:g} bytes ({kv}). At the full context {total}; after the prompt (prefill) "
            "{prefill}.",
            sliding=n_sl,
            csa=n_csa,
            hca=n_hca,
            window=w,
            d=d,
            r_c=r_c,
            i=i,
            r_h=r_h,
            seqs=highest(seqs),
            bytes=bpe,
            kv=kv,
            total=Bytes(highest(total)),
            prefill=Bytes(highest(prefill)),
        ),
        inputs={
            "layers": st.num_layers,
            "sliding_layers": n_sl,
            "csa_layers": n_csa,
            "hca_layers": n_hca,
            "sequences": highest(seqs),
            "context": s.workload.context,
            "bytes_per_element": bpe,
        },
        source="transformers 5.25 DeepseekV4CSACache / DeepseekV4HCACache / DynamicSlidingWindowLayer; measured, "
        "inf-deepseek-v4-flash-4l (tools/calibration)",
    )
