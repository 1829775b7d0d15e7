"""Generic structure readers for decoder language models, shared by every family in core/importers/hf_families.py.

Each reader handles one piece of structure in every spelling current configs use:
- attention: head counts, an explicit `head_dim` (never required to divide hidden_size), GQA, q/k norms, biases,
  multi-head latent attention and DeepSeek's sparse-attention indexer, sinks, output gates;
- per-layer kinds: `layer_types` (full / sliding / chunked / linear attention / conv / mamba …),
  `hybrid_override_pattern` (Nemotron-H: M, *, -, E), `layers_block_type`; sliding windows with a global period;
- mixture-of-experts: the expert count (`num_experts`, `num_local_experts`, `n_routed_experts`, `moe_num_experts`),
  experts per token, expert width, shared experts, and which layers are sparse (`first_k_dense_replace`,
  `moe_layer_freq`, `decoder_sparse_step`, `mlp_only_layers`, `moe_layers`, `interleave_moe_layer_step`);
- the fixed-state mixers: Gated DeltaNet (`linear_*`), Mamba-2 (`mamba_*`, `ssm_state_size`), short convolution;
- compressed attention (`compress_ratios`, or `layer_types` with `compress_rates`; the indexer's `index_*`,
  `qk_rope_head_dim`) and hyper-connections (`hc_mult`, `hc_sinkhorn_iters`): DeepSeek-V4's structure;
- the format a checkpoint stores its experts in where it differs from the rest (`expert_dtype`).
A value these readers cannot place is refused by name, never guessed."""

from __future__ import annotations

from typing import Any

from core.architecture import (
    COMPRESSED_MIXERS,
    MAX_WIDTH,
    AltUpSpec,
    Architecture,
    AttentionSpec,
    CompressedAttentionSpec,
    Ffn,
    HyperConnectionSpec,
    IndexerSpec,
    LinearAttentionSpec,
    Mamba2Spec,
    Mixer,
    MlaSpec,
    MlpSpec,
    MoeSpec,
    Norm,
    Positions,
    ShortConvSpec,
    StackSpec,
)
from core.errors import ModelFormatError
from core.importers.hf_families import DecoderFamily, Flag, Key, QkNorm
from core.importers.hf_reader import ConfigReader, class_defaults
from core.messages import Message

# layer_types values → the mixer of that layer
LAYER_TYPE_MIXERS: dict[str, Mixer] = {
    "full_attention": "full",
    "attention": "full",
    "global_attention": "full",
    "sliding_attention": "sliding",
    "sliding_window_attention": "sliding",
    "local_attention": "sliding",
    "chunked_attention": "chunked",
    "linear_attention": "linear",
    "mamba": "mamba2",
    "mamba2": "mamba2",
    "conv": "conv",
    "short_conv": "conv",
    "indexed_attention": "full",  # DeepSeek-V3.2 / GLM-5: full attention with the sparse-attention indexer
    "compressed_sparse_attention": "compressed_sparse",  # DeepSeek-V4's CSA (transformers 5.25's spelling)
    "heavily_compressed_attention": "heavily_compressed",  # DeepSeek-V4's HCA
}
# compress_ratios (the published DeepSeek-V4 configs): tokens per compressed entry of each layer (one more for the MTP
# layer), which transformers maps 0 → sliding, 4 → compressed sparse (CSA), 128 → heavily compressed (HCA) attention
COMPRESS_RATIOS: dict[int, Mixer] = {0: "sliding", 4: "compressed_sparse", 128: "heavily_compressed"}
# compress_rates (beside layer_types): each compressed layer type's rate; transformers' defaults where it omits one
COMPRESS_RATES = {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}
# Nemotron-H's hybrid_override_pattern: one character per block, each block a single mixer or MLP
PATTERN_BLOCKS: dict[str, tuple[Mixer, Ffn]] = {
    "M": ("mamba2", "none"),
    "*": ("full", "none"),
    "-": ("none", "dense"),
    "E": ("none", "moe"),
}
EXPERT_COUNT_KEYS = ("num_experts", "num_local_experts", "n_routed_experts", "moe_num_experts")
EXPERTS_PER_TOKEN_KEYS = ("num_experts_per_tok", "num_experts_per_token", "moe_topk", "moe_k", "top_k", "top_k_experts")


def flag(c: ConfigReader, value: Flag) -> bool:
    if isinstance(value, Key):
        return c.bool(*value.names, default=value.default)
    return value


def tie(c: ConfigReader, fam: DecoderFamily | None, mt: str, top: ConfigReader | None = None) -> bool:
    """tie_word_embeddings: the top-level config's flag wins over a nested text config's (multimodal configs keep it
    at the top), then the text config's own, then the family's default in transformers."""
    for reader in (top, c):
        if reader is not None and reader.raw_has("tie_word_embeddings"):
            return reader.bool("tie_word_embeddings")
    if c.has("tie_word_embeddings"):
        return c.bool("tie_word_embeddings")
    if fam is not None:
        return fam.tie
    default = bool(class_defaults().get(mt, {}).get("tie_word_embeddings", True))
    c.notes.append(
        Message(
            "config.tie_default",
            "tie_word_embeddings not given; assumed {default} (transformers' default)",
            default=str(default),
        )
    )
    return default


def _qk_norm(c: ConfigReader, fam: DecoderFamily) -> QkNorm:
    if isinstance(fam.qk_norm, Key):
        return fam.qk_norm_if_set if flag(c, fam.qk_norm) else "none"
    return fam.qk_norm


def _mla(c: ConfigReader) -> MlaSpec:
    return MlaSpec(
        q_lora_rank=c.opt_int("q_lora_rank"),
        kv_lora_rank=c.int("kv_lora_rank"),
        qk_nope_head_dim=c.int("qk_nope_head_dim"),
        qk_rope_head_dim=c.int("qk_rope_head_dim"),
        v_head_dim=c.int("v_head_dim"),
    )


def _every_layer_indexes(c: ConfigReader, layers: int) -> bool:
    """Whether every layer runs its own DSA indexer, as GlmMoeDsaConfig.__post_init__ decides (transformers 5.25):
    `indexer_types`, else `index_topk_pattern` (F / S), else layer i is "full" when max(i − index_skip_topk_offset + 1,
    0) is a multiple of index_topk_freq (default 1: every layer). A "shared" layer has no indexer of its own
    (GlmMoeDsaAttention: `self.indexer = None if self.skip_topk`; GLM-5.2). The engine has no per-layer indexer, so the
    keys that make one are left unread, and the config is refused naming them, rather than counted with an indexer in
    every layer."""
    keys = ("indexer_types", "index_topk_pattern", "index_topk_freq", "index_skip_topk_offset")
    raw = c.d.get("indexer_types")
    if raw is None:
        pattern = c.d.get("index_topk_pattern")
        if isinstance(pattern, str):
            raw = [{"F": "full", "S": "shared"}.get(ch, ch) for ch in pattern]
        elif isinstance(pattern, list):
            raw = pattern
        else:
            freq, offset = c.d.get("index_topk_freq", 1), c.d.get("index_skip_topk_offset", 2)
            if (
                isinstance(freq, bool)
                or not isinstance(freq, int)
                or isinstance(offset, bool)
                or not isinstance(offset, int)
            ):
                return False
            raw = ["full" if max(i - offset + 1, 0) % max(freq, 1) == 0 else "shared" for i in range(layers)]
    if not isinstance(raw, list) or any(k != "full" for k in raw):
        return False
    for k in keys:
        c.get(k, default=None, note=False)
    return True


def attention(c: ConfigReader, fam: DecoderFamily, hidden: int, layers: int) -> AttentionSpec:
    heads = c.int("num_attention_heads", "n_head", "num_heads")
    if heads <= 0:
        raise ModelFormatError(c.source, Message("import.heads_positive", "num_attention_heads must be positive"))
    kv = heads
    if not fam.mqa_flag or c.bool(fam.mqa_flag):
        kv = c.int(*fam.kv_heads, default=heads, note=False)
    explicit = c.opt_int("head_dim", "kv_channels", "attention_head_dim")
    if explicit is None and hidden % heads:
        raise ModelFormatError(
            c.source,
            Message(
                "import.head_dim",
                "hidden_size {hidden} is not divisible by num_attention_heads {heads}, and no head_dim is given",
                hidden=hidden,
                heads=heads,
            ),
        )
    head_dim = explicit or hidden // heads
    qkv_bias, o_bias = flag(c, fam.qkv_bias), flag(c, fam.o_bias)
    mla = indexer = None
    if fam.mla or c.has("kv_lora_rank"):
        mla = _mla(c)
        head_dim, kv = mla.qk_head_dim, heads
        if c.has("index_n_heads") and _every_layer_indexes(c, layers):
            indexer = IndexerSpec(
                num_heads=c.int("index_n_heads"), head_dim=c.int("index_head_dim"), topk=c.int("index_topk")
            )
    softcap = c.float("attn_logit_softcapping") if c.has("attn_logit_softcapping") else None
    low_rank: dict[str, Any] = {}
    if fam.low_rank_qo:
        low_rank = {"q_lora_rank": c.int("q_lora_rank"), "o_groups": c.int("o_groups"),
                    "o_lora_rank": c.int("o_lora_rank")}  # fmt: skip
    return AttentionSpec(
        values_from_keys=fam.values_from_keys,
        **low_rank,
        num_heads=heads,
        num_kv_heads=kv,
        head_dim=head_dim,
        q_bias=qkv_bias,
        k_bias=qkv_bias,
        v_bias=qkv_bias,
        o_bias=o_bias,
        qk_norm=_qk_norm(c, fam),
        mla=mla,
        sliding_window=None,
        logit_softcap=softcap or None,
        sinks=fam.sinks,
        gated_output=fam.gated_attention,
        indexer=indexer,
    )


def _sliding(c: ConfigReader, fam: DecoderFamily, layers: int) -> tuple[int | None, int]:
    """(window, global_every) for configs without a per-layer list."""
    if not c.has("sliding_window") or (c.has("use_sliding_window") and not c.bool("use_sliding_window")):
        return None, 0
    window = c.int("sliding_window")
    if fam.sliding_every_key:
        return window, c.int(fam.sliding_every_key, default=6)
    return window, fam.sliding_every


# keys that spell the same per-layer pattern another way: read (and checked to be a list) when one of them is used
_PATTERN_SPELLINGS = ("layer_types", "full_attn_idxs", "full_attention_interval", "sliding_window_pattern")


def layer_kinds(
    c: ConfigReader, layers: int, fam: DecoderFamily | None = None
) -> tuple[tuple[Mixer, ...], tuple[Ffn, ...]]:
    """Per-layer mixers (and, for block patterns, per-layer FFNs) from whichever key the config uses; () if none."""
    mixers, ffns = _layer_kinds(c, layers, fam)
    if mixers:
        for k in _PATTERN_SPELLINGS:
            c.get(k, default=None, note=False)  # the other spellings of the pattern (LFM2 has two) are consumed
        # the parameters of a mixer kind no layer uses are irrelevant once the per-layer kinds are explicit
        unused = {"linear": ("linear_",), "mamba2": ("mamba_", "ssm_state_size", "n_groups"), "conv": ("conv_L_cache",
                  "conv_bias", "conv_dim")}  # fmt: skip
        for kind, prefixes in unused.items():
            if kind not in mixers:
                for k in list(c.d):
                    if k.startswith(prefixes):
                        c.get(k, default=None, note=False)
    return mixers, ffns


def _layer_kinds(c: ConfigReader, layers: int, fam: DecoderFamily | None) -> tuple[tuple[Mixer, ...], tuple[Ffn, ...]]:
    if c.has("compress_ratios") and not c.has("layer_types"):
        ratios = c.int_list("compress_ratios")
        if len(ratios) < layers or any(r not in COMPRESS_RATIOS for r in ratios):
            raise ModelFormatError(
                c.source,
                Message(
                    "import.compress_ratios",
                    "'compress_ratios' must give 0, 4 or 128 for each of {layers} layers",
                    layers=layers,
                ),
            )
        c.get("compress_rates", default=None, note=False)  # the rates these ratios fix (compress_rates below)
        return tuple(COMPRESS_RATIOS[r] for r in ratios[:layers]), ()
    if c.has("hybrid_override_pattern"):
        pattern = c.str("hybrid_override_pattern")
        bad = sorted(set(pattern) - set(PATTERN_BLOCKS))
        if bad or len(pattern) != layers:
            said = Message(
                "import.hybrid_pattern",
                "'hybrid_override_pattern' must hold one of {codes} per layer ({layers}); found {n} characters",
                codes="".join(PATTERN_BLOCKS),
                layers=layers,
                n=len(pattern),
            )
            if bad:
                said = Message("import.hybrid_pattern_unknown", "{said}, unknown: {bad}", said=said, bad="".join(bad))
            raise ModelFormatError(c.source, said)
        return tuple(PATTERN_BLOCKS[ch][0] for ch in pattern), tuple(PATTERN_BLOCKS[ch][1] for ch in pattern)
    if fam is not None and fam.pattern_codes and c.has(fam.pattern_codes[0]):
        key, kinds = fam.pattern_codes[0], fam.pattern_codes[1:]
        codes = c.int_list(key, layers)
        if any(code >= len(kinds) for code in codes):
            raise ModelFormatError(
                c.source,
                Message("import.layer_codes", "'{key}' holds codes other than 0–{last}", key=key, last=len(kinds) - 1),
            )
        return tuple(kinds[code] for code in codes), ()  # type: ignore[misc]
    if fam is not None and fam.block_types and c.has("layers_block_type"):
        table = {w: (m, f) for w, m, f in fam.block_types}
        names = c.str_list("layers_block_type", layers)
        unknown = sorted({n for n in names if n not in table})
        if unknown:
            raise ModelFormatError(
                c.source,
                Message(
                    "import.block_kinds",
                    "'layers_block_type' holds block kinds this version cannot size: {kinds}",
                    kinds=str(unknown),
                ),
            )
        return tuple(table[n][0] for n in names), tuple(table[n][1] for n in names)  # type: ignore[misc]
    words: dict[str, Mixer] = {**LAYER_TYPE_MIXERS, **dict(fam.layer_words)} if fam else LAYER_TYPE_MIXERS
    for key in ("layer_types", "layers_block_type"):
        if c.has(key):
            names = c.str_list(key, layers)
            unknown = sorted({n for n in names if n not in words})
            if unknown:
                raise ModelFormatError(
                    c.source,
                    Message(
                        "import.layer_kinds",
                        "'{key}' holds layer kinds this version cannot size: {kinds}",
                        key=key,
                        kinds=str(unknown),
                    ),
                )
            return tuple(words[n] for n in names), ()
    if c.has("full_attention_interval"):  # Qwen3-Next: every n-th layer is full attention, the rest linear
        n = c.int("full_attention_interval")
        if n < 1:
            raise ModelFormatError(
                c.source,
                Message(
                    "import.not_positive", "'{key}' must be a positive integer, not 0", key="full_attention_interval"
                ),
            )
        return tuple("full" if (i + 1) % n == 0 else "linear" for i in range(layers)), ()
    if c.has("attention_chunk_size"):
        # Llama 4 (transformers' Llama4TextConfig.__post_init__): a layer with RoPE (no_rope_layers[i] == 1) uses
        # chunked attention, a NoPE layer full attention; without the list, every no_rope_layer_interval-th layer
        # (default 4) is NoPE
        if c.has("no_rope_layers"):
            rope = c.int_list("no_rope_layers", layers)
        else:
            every = max(1, c.int("no_rope_layer_interval", default=4, note=False))
            rope = [int((i + 1) % every != 0) for i in range(layers)]
        return tuple("chunked" if r else "full" for r in rope), ()
    if c.has("full_attn_idxs"):  # LFM2: attention at these layers, short convolutions elsewhere
        full = set(c.int_list("full_attn_idxs"))
        return tuple("full" if i in full else "conv" for i in range(layers)), ()
    return (), ()


def _moe_layers(c: ConfigReader, layers: int) -> tuple[int, ...]:
    """Indices of the dense (non-expert) layers, from whichever key the config uses."""
    if c.has("moe_layers"):
        c.get("interleave_moe_layer_step", default=None, note=False)  # the step the list was made from (Llama 4)
        sparse = set(c.int_list("moe_layers"))
        return tuple(i for i in range(layers) if i not in sparse)
    if c.has("interleave_moe_layer_step"):
        step = c.int("interleave_moe_layer_step")
        if step < 1:
            raise ModelFormatError(
                c.source,
                Message(
                    "import.not_positive", "'{key}' must be a positive integer, not 0", key="interleave_moe_layer_step"
                ),
            )
        return tuple(i for i in range(layers) if (i + 1) % step)
    dense: set[int] = set()
    if isinstance(c.d.get("mlp_layer_types"), list):  # transformers 5.25's per-layer list: dense, or experts
        kinds = c.str_list("mlp_layer_types")
        if len(kinds) < layers or not set(kinds) <= {"dense", "sparse", "moe", "hash_moe"}:
            raise ModelFormatError(
                c.source,
                Message(
                    "import.mlp_layer_types",
                    "'mlp_layer_types' must name dense or sparse for each of {layers} layers",
                    layers=layers,
                ),
            )
        dense |= {i for i in range(layers) if kinds[i] == "dense"}
    if isinstance(c.d.get("moe_layer_freq"), list):  # one flag per layer: 0 = the dense MLP, 1 = experts (MiMo-V2)
        flags = c.int_list("moe_layer_freq", layers)
        dense |= {i for i, f in enumerate(flags) if not f}
        if not c.has("first_k_dense_replace"):
            return tuple(sorted(dense))
    if c.has("first_k_dense_replace") or c.has("moe_layer_freq"):
        first = c.int("first_k_dense_replace", default=0, note=False)
        freq = c.int("moe_layer_freq", default=1, note=False) if not isinstance(c.d.get("moe_layer_freq"), list) else 1
        if freq < 1:
            raise ModelFormatError(
                c.source,
                Message("import.not_positive", "'{key}' must be a positive integer, not 0", key="moe_layer_freq"),
            )
        dense |= {i for i in range(layers) if not (i >= first and i % freq == 0)}
    if c.has("decoder_sparse_step"):
        step = c.int("decoder_sparse_step")
        if step < 1:
            raise ModelFormatError(
                c.source,
                Message("import.not_positive", "'{key}' must be a positive integer, not 0", key="decoder_sparse_step"),
            )
        dense |= {i for i in range(layers) if (i + 1) % step}
    if c.has("mlp_only_layers"):
        dense |= {i for i in c.int_list("mlp_only_layers") if i < layers}
    return tuple(sorted(dense))


def moe_dense_layers(c: ConfigReader, layers: int, dense_first: int = 0) -> tuple[int, ...]:
    """The dense layers, with the family's leading dense layers where the config has no per-layer list (Laguna)."""
    dense = _moe_layers(c, layers)
    if dense_first and not isinstance(c.d.get("mlp_layer_types"), list):
        dense = tuple(sorted(set(dense) | set(range(min(dense_first, layers)))))
    return dense


def layer_heads(c: ConfigReader, layers: int) -> list[int]:
    """Each layer's query heads from num_attention_heads_per_layer (Laguna), else num_attention_heads for every
    layer, as LagunaConfig.__post_init__ fills it. Peeked, not read: whether the list is a layout the engine holds
    is _heads_by_kind's to say."""
    raw = c.d.get("num_attention_heads_per_layer")
    if isinstance(raw, list) and len(raw) == layers and all(isinstance(n, int) and n > 0 for n in raw):
        return list(raw)
    return [c.int("num_attention_heads")] * layers


def moe(c: ConfigReader, fam: DecoderFamily, layers: int) -> MoeSpec | None:
    """Mixture-of-experts in any spelling; None for a dense model (no expert count, or zero experts)."""
    n = c.int(*EXPERT_COUNT_KEYS, default=0, note=False)
    if n <= 1 and not c.has(*EXPERTS_PER_TOKEN_KEYS):
        return None
    if n <= 0:
        return None
    width = c.int(*fam.expert_width)
    shared = 0
    n_shared = 0
    if c.has(*fam.shared_width):
        shared = c.int(*fam.shared_width)  # the total width (Nemotron-H also states a count of 1 beside it)
        n_shared = c.int(*fam.shared_count, default=1, note=False) if shared else 0
    elif c.has(*fam.shared_count):
        n_shared = c.int(*fam.shared_count)
        shared = n_shared * width
    elif fam.shared_fixed:
        n_shared, shared = fam.shared_fixed, fam.shared_fixed * width
    return MoeSpec(
        num_experts=n,
        experts_per_token=c.int(*EXPERTS_PER_TOKEN_KEYS),
        expert_intermediate_size=width,
        num_shared_experts=n_shared,
        shared_intermediate_size=shared,
        shared_expert_gate=fam.shared_expert_gate and shared > 0,
        router_bias=fam.router_bias,
        expert_bias=fam.expert_bias,
        dense_layers=moe_dense_layers(c, layers, fam.dense_first),
        latent_size=c.opt_int("moe_latent_size"),
    )


def _linear_attention(c: ConfigReader) -> LinearAttentionSpec:
    return LinearAttentionSpec(
        num_k_heads=c.int("linear_num_key_heads"),
        num_v_heads=c.int("linear_num_value_heads"),
        k_head_dim=c.int("linear_key_head_dim"),
        v_head_dim=c.int("linear_value_head_dim"),
        conv_kernel=c.int("linear_conv_kernel_dim", default=4),
    )


def _mamba2(c: ConfigReader, hidden: int) -> Mamba2Spec:
    """Mamba-2 in Nemotron-H's, Granite 4's and Falcon-H1's spellings. The inner width is mamba_d_ssm where given
    (Falcon-H1), else mamba_expand × hidden; a head_dim of "auto" (or none) is that width over the heads, as the
    config classes derive it."""
    heads = c.int("mamba_num_heads", "mamba_n_heads")
    if c.has("mamba_d_ssm"):
        inner = c.int("mamba_d_ssm")
        c.get("mamba_expand", default=None, note=False)  # superseded by mamba_d_ssm (transformers ignores it then)
    else:
        inner = hidden * c.int("mamba_expand", default=2, note=False)
    if c.d.get("mamba_d_head") == "auto":
        c.get("mamba_d_head", note=False)
        head_dim = inner // heads
    else:
        head_dim = c.int("mamba_head_dim", "mamba_d_head", default=inner // heads)
    out_bias = c.bool("projectors_bias") if c.has("projectors_bias") else None
    return Mamba2Spec(
        num_heads=heads,
        head_dim=head_dim,
        state_size=c.int("ssm_state_size", "mamba_d_state", "state_size"),
        n_groups=c.int("n_groups", "mamba_n_groups", default=1, note=False),
        conv_kernel=c.int("conv_kernel", "mamba_d_conv", default=4, note=False),
        bias=c.bool("use_bias", "mamba_proj_bias", default=False),
        conv_bias=c.bool("use_conv_bias", "mamba_conv_bias", default=True),
        norm=c.bool("mamba_rms_norm", default=True),
        out_bias=out_bias,
        chunk_size=c.int("mamba_chunk_size", "chunk_size", default=128, note=False),
    )


def _short_conv(c: ConfigReader, hidden: int) -> ShortConvSpec:
    for k in ("conv_dim", "conv_dim_out"):
        if c.has(k) and c.int(k) != hidden:
            raise ModelFormatError(
                c.source,
                Message(
                    "import.conv_width",
                    "'{key}' {n} differs from hidden_size {hidden}: not a layout known",
                    key=k,
                    n=c.int(k),
                    hidden=hidden,
                ),
            )
    return ShortConvSpec(kernel=c.int("conv_L_cache"), bias=c.bool("conv_bias"))


def _sliding_and_full(c: ConfigReader, fam: DecoderFamily, full: AttentionSpec) -> tuple[AttentionSpec, AttentionSpec]:
    """(the sliding layers' attention, the full layers') where each kind has keys of its own (MiMo-V2: swa_*)."""
    p = fam.swa_prefix
    swa_key, full_key = fam.sink_keys
    full = full.model_copy(
        update={"v_head_dim": c.opt_int("v_head_dim"), "sinks": c.bool(full_key, default=False) if full_key else False}
    )
    # without the swa_* keys (transformers' own re-save of the config), what transformers' MiMoV2FlashAttention
    # builds: the sliding layers have twice the kv heads of the full ones, the same head dims, and sinks
    sliding = full.model_copy(
        update={
            "num_heads": c.int(p + "num_attention_heads", default=full.num_heads, note=False),
            "num_kv_heads": c.int(p + "num_key_value_heads", default=2 * full.num_kv_heads, note=False),
            "head_dim": c.int(p + "head_dim", default=full.head_dim, note=False),
            "v_head_dim": c.int(p + "v_head_dim", default=full.v_dim, note=False),
            "sinks": c.bool(swa_key, default=True) if swa_key else True,
        }
    )
    return AttentionSpec.model_validate(sliding.model_dump()), AttentionSpec.model_validate(full.model_dump())


def _heads_by_kind(
    c: ConfigReader, fam: DecoderFamily, att: AttentionSpec, mixers: tuple[Mixer, ...], layers: int
) -> tuple[AttentionSpec, AttentionSpec | None]:
    """(the sliding layers' attention, the full layers') where a per-layer list gives each layer's query heads
    (fam.heads_per_layer; Laguna's sliding layers have more heads than its full ones). A count that differs between
    layers of one kind is not a layout the engine holds: the key is left unread, and the config refused naming it.
    An element-wise output gate (Laguna's gating false) is the attention's gated_output."""
    if not c.has(fam.heads_per_layer):
        heads = {k: att.num_heads for k in ("sliding", "full")}
    else:
        raw = c.d.get(fam.heads_per_layer)
        kinds = mixers or ("full",) * layers
        if not isinstance(raw, list) or len(raw) != layers or set(kinds) - {"sliding", "full"}:
            return att, None
        by_kind: dict[str, set[object]] = {}
        for kind, n in zip(kinds, raw, strict=True):
            by_kind.setdefault(kind, set()).add(n)
        if any(len(v) != 1 for v in by_kind.values()):
            return att, None
        heads = {k: c.int_list(fam.heads_per_layer, layers)[kinds.index(k)] for k in by_kind}
    from core.importers.hf_families import _laguna_gate_is_per_head

    gated = not _laguna_gate_is_per_head(c)
    full = att.model_copy(update={"num_heads": heads.get("full", att.num_heads), "gated_output": gated})
    sliding = att.model_copy(update={"num_heads": heads.get("sliding", full.num_heads), "gated_output": gated})
    full = AttentionSpec.model_validate(full.model_dump())
    sliding = AttentionSpec.model_validate(sliding.model_dump())
    if "sliding" not in mixers:
        return full, None
    return sliding, full


def _ffn_mult_width(mult: float, hidden: int) -> int:
    """DeciLM's FFN width: int(2·ffn_mult·h/3) rounded up to a multiple of 256."""
    width = int(2 * mult * hidden / 3)
    return width if width % 256 == 0 else width + 256 - width % 256


_NAS_INERT_FALSE = ("sparsify", "num_sink_tokens", "window_length", "unshifted_sink",
                    "use_prefill_window_in_sink_attention")  # fmt: skip


def _block_configs(c: ConfigReader, layers: int, hidden: int, heads: int) -> tuple[list[int | None], list[int | None]]:
    """Per layer: (kv heads of its attention, or None for none; its FFN width, or None for none), from DeciLM's
    block_configs. Linear replacements, sinks, windows and sparsity are refused by name."""
    raw = c.get("block_configs")
    if not isinstance(raw, list) or len(raw) != layers:
        raise ModelFormatError(
            c.source,
            Message(
                "import.block_configs", "'block_configs' must list one block for each of {layers} layers", layers=layers
            ),
        )
    kv: list[int | None] = []
    ffn: list[int | None] = []
    for i, block in enumerate(raw):
        att, mlp = (block or {}).get("attention") or {}, (block or {}).get("ffn") or {}
        for part, d in (("attention", att), ("ffn", mlp)):
            used = [k for k in ("replace_with_linear", *_NAS_INERT_FALSE) if d.get(k) not in (None, False)]
            if used:
                raise ModelFormatError(
                    c.source,
                    Message(
                        "import.block_config_keys",
                        "block_configs[{i}].{part} uses {keys}: not a layout this version sizes",
                        i=i,
                        part=part,
                        keys=", ".join(used),
                    ),
                )
        if att.get("no_op"):
            kv.append(None)
        else:
            group = att.get("n_heads_in_group")
            if not isinstance(group, int) or isinstance(group, bool) or group <= 0 or heads % group:
                raise ModelFormatError(
                    c.source,
                    Message(
                        "import.heads_in_group",
                        "block_configs[{i}].attention.n_heads_in_group must divide {heads}",
                        i=i,
                        heads=heads,
                    ),
                )
            kv.append(heads // group)
        if mlp.get("no_op"):
            ffn.append(None)
        else:
            mult = mlp.get("ffn_mult")
            if isinstance(mult, bool) or not isinstance(mult, int | float) or not 0 < mult <= 1000:
                raise ModelFormatError(
                    c.source,
                    Message("import.ffn_mult", "block_configs[{i}].ffn.ffn_mult must be a positive number", i=i),
                )
            ffn.append(_ffn_mult_width(float(mult), hidden))
    return kv, ffn


def _nas_stack(c: ConfigReader, fam: DecoderFamily, st: StackSpec) -> tuple[StackSpec, int]:
    """The stack with DeciLM's per-layer blocks, and the parameters StackSpec cannot say per layer (the wider FFNs'
    excess over the narrowest, and each block's own norms: input_layernorm with attention, post_attention_layernorm
    with an FFN)."""
    h, n = st.hidden_size, st.num_layers
    kv, ffn = _block_configs(c, n, h, st.attention.num_heads)
    kv_heads = {k for k in kv if k is not None}
    widths = [w for w in ffn if w is not None]
    if len(kv_heads) > 1:
        raise ModelFormatError(
            c.source,
            Message(
                "import.kv_per_layer",
                "block_configs gives different kv head counts per layer: {counts}",
                counts=str(sorted(kv_heads)),
            ),
        )
    if not widths:
        raise ModelFormatError(c.source, Message("import.no_ffn", "block_configs gives no layer an FFN"))
    narrow = min(widths)
    att = st.attention.model_copy(update={"num_kv_heads": kv_heads.pop()}) if kv_heads else st.attention
    extra = sum(3 * h * (w - narrow) for w in widths) + h * (len(widths) + sum(k is not None for k in kv))
    stack = st.model_copy(
        update={
            "attention": AttentionSpec.model_validate(att.model_dump()),
            "mlp": st.mlp.model_copy(update={"intermediate_size": narrow}),
            "mixers": tuple("full" if k is not None else "none" for k in kv),
            "ffns": tuple("dense" if w is not None else "none" for w in ffn),
            "norms_per_layer": 0,
        }
    )
    return StackSpec.model_validate(stack.model_dump()), extra


def stack(c: ConfigReader, fam: DecoderFamily) -> StackSpec:
    """The decoder stack of any family in the table."""
    for k in fam.inert:
        c.get(k, default=None, note=False)
    h = c.int("hidden_size", "n_embd", "d_model")
    if not c.has("num_hidden_layers", "num_layers", "n_layer", "n_layers") and c.has("layers_block_type"):
        layers = len(c.str_list("layers_block_type"))  # transformers derives the depth from the block list
    else:
        layers = c.int("num_hidden_layers", "num_layers", "n_layer", "n_layers")
    if h <= 0 or layers <= 0:
        raise ModelFormatError(
            c.source, Message("import.size_positive", "hidden_size and num_hidden_layers must be positive")
        )
    chunk: int | None = None
    mixers, ffns = layer_kinds(c, layers, fam)
    compressed = _compressed(c, mixers) if set(COMPRESSED_MIXERS) & set(mixers) else None
    att = attention(c, fam, h, layers)
    window, every = _sliding(c, fam, layers)
    if mixers:
        every = 0
        if "sliding" not in mixers and compressed is None:  # a compressed layer also attends its window
            window = None
        elif window is None:
            raise ModelFormatError(
                c.source,
                Message("import.no_window", "layer_types names sliding layers but 'sliding_window' is not set"),
            )
    if "chunked" in mixers:
        chunk = c.int("attention_chunk_size")
    full_attention = None
    if fam.swa_prefix and "sliding" in mixers:
        att, full_attention = _sliding_and_full(c, fam, att)
    if fam.heads_per_layer:
        att, full_attention = _heads_by_kind(c, fam, att, mixers, layers)
    att = att.model_copy(
        update={"sliding_window": window, "global_every": every, "chunk_size": chunk, "compressed": compressed}
    )
    dense_width = fam.dense_width_rule(c) if fam.dense_width_rule else c.opt_int(*fam.dense_width)
    experts = moe(c, fam, layers)
    if experts is not None and c.has("expert_dtype"):
        stored = str(c.get("expert_dtype"))[:16]  # DeepSeek-V4: fp4 experts in an fp8 checkpoint
        experts = experts.model_copy(update={"checkpoint_dtype": stored})
    inter = (dense_width or (experts.expert_intermediate_size if experts else 4 * h)) // fam.dense_width_divisor
    act = str(
        c.get("mlp_hidden_act", "hidden_act", "hidden_activation", "activation_function", default="silu", note=False)
    )
    norm = fam.norm
    if fam.rmsnorm_flag and not c.bool(fam.rmsnorm_flag, default=True):
        norm = Norm.LAYER
    return StackSpec(
        num_layers=layers,
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(
            intermediate_size=max(inter, 1),
            gated=fam.gated_mlp,
            activation=act,
            bias=flag(c, fam.mlp_bias),
            act_params=fam.act_params,
        ),
        moe=experts,
        norm=norm,
        norms_per_layer=fam.norms_per_layer,
        parallel_block=fam.parallel,
        final_norm=fam.final_norm,
        mixers=mixers,
        ffns=ffns,
        linear_attention=_linear_attention(c) if "linear" in mixers else None,
        mamba=_mamba2(c, h) if "mamba2" in mixers or fam.parallel_mamba else None,
        parallel_mamba=fam.parallel_mamba,
        full_attention=full_attention if full_attention is not None and full_attention != att else None,
        kv_shared_layers=c.int(fam.kv_shared_key, default=0, note=False) if fam.kv_shared_key else 0,
        short_conv=_short_conv(c, h) if "conv" in mixers else None,
        altup=_altup(c) if c.has("altup_num_inputs") else None,
        hyper_connections=_hyper_connections(c) if c.has("hc_mult") else None,
    )


def compress_rates(c: ConfigReader) -> dict[str, int]:
    """Tokens per compressed entry by layer type: compress_rates beside layer_types (transformers 5.25), or the
    fixed 4 and 128 that the published configs' compress_ratios spell."""
    rates = dict(COMPRESS_RATES)
    given = c.get("compress_rates", default=None, note=False)
    if isinstance(given, dict) and not (c.has("compress_ratios") and not c.has("layer_types")):
        for k, v in given.items():
            if k in rates and isinstance(v, int) and not isinstance(v, bool) and 0 < v <= MAX_WIDTH:
                rates[k] = v
    return rates


def _compressed(c: ConfigReader, mixers: tuple[Mixer, ...]) -> CompressedAttentionSpec:
    """Compressed attention (DeepSeek-V4): its rates, the CSA layers' lightning indexer and the rotary slice. Layers of
    other kinds than sliding and compressed beside them are refused: nothing measured them together."""
    other = sorted({m for m in mixers if m not in ("sliding", *COMPRESSED_MIXERS)})
    if other:
        raise ModelFormatError(
            c.source,
            Message(
                "import.dsv4_kinds",
                "'layer_types' holds kinds DeepSeek-V4 does not have: {kinds}",
                kinds=str(other),
            ),
        )
    rates = compress_rates(c)
    return CompressedAttentionSpec(
        sparse_rate=rates["compressed_sparse_attention"],
        heavy_rate=rates["heavily_compressed_attention"],
        indexer=IndexerSpec(
            num_heads=c.int("index_n_heads"), head_dim=c.int("index_head_dim"), topk=c.int("index_topk")
        ),
        rope_dim=c.int("qk_rope_head_dim"),
    )


def _hyper_connections(c: ConfigReader) -> HyperConnectionSpec:
    """DeepSeek-V4's residual streams (hc_mult) and their Sinkhorn steps (hc_sinkhorn_iters)."""
    return HyperConnectionSpec(streams=c.int("hc_mult"), sinkhorn_iters=c.int("hc_sinkhorn_iters"))


def _altup(c: ConfigReader) -> AltUpSpec:
    """Gemma 3n's AltUp / LAuReL / per-layer-input block (Gemma3nTextConfig's keys)."""
    sparsity = c.get("activation_sparsity_pattern", default=None, note=False)
    sparse = sum(1 for x in sparsity if isinstance(x, int | float) and x > 0) if isinstance(sparsity, list) else 0
    return AltUpSpec(
        num_inputs=c.int("altup_num_inputs"),
        laurel_rank=c.int("laurel_rank", default=0, note=False),
        per_layer_input=c.int("hidden_size_per_layer_input", default=0, note=False),
        sparse_layers=sparse,
    )


def positions_limit(c: ConfigReader) -> int:
    return c.int(
        "max_position_embeddings",
        "n_positions",
        "seq_length",
        "model_max_length",
        "max_sequence_length",
        default=2048,
    )


def dtype(c: ConfigReader) -> str | None:
    v = c.get("torch_dtype", "dtype", default=None, note=False)
    return str(v) if v is not None else None


def decoder_lm(
    c: ConfigReader, fam: DecoderFamily, mt: str, name: str, top: ConfigReader | None = None, **extra: Any
) -> Architecture:
    """A decoder-only language model of a table family (`c` may be a nested text_config; `top` its parent)."""
    st = stack(c, fam)
    if fam.block_configs:
        st, nas_extra = _nas_stack(c, fam, st)
        extra["extra_params"] = extra.get("extra_params", 0) + nas_extra
    if fam.extra is not None:
        extra["extra_params"] = extra.get("extra_params", 0) + fam.extra(c, st.hidden_size, st.num_layers)
    positions = Positions.ALIBI if mt == "baichuan" and st.hidden_size >= 5120 else Positions.ROPE
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int(*fam.vocab),
        tie_word_embeddings=tie(c, fam, mt, top),
        lm_head_bias=fam.lm_head_bias,
        positions=positions,
        max_positions=positions_limit(c),
        decoder=st,
        published_dtype=dtype(top or c),
        final_logit_softcap=c.float("final_logit_softcapping") if c.has("final_logit_softcapping") else None,
        norm_weight_fp32=fam.norm_weight_fp32,
        glu_saved_extra=fam.glu_saved_extra,
        **extra,
    )
