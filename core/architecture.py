"""Declarative description of a model's architecture.

An `Architecture` holds only what determines parameter shapes, KV-cache size and activation
sizes. It is the same object whether it came from a preset, a config.json, a safetensors header
or a GGUF file. Parameter tensors are enumerated from it by `core.params`.

Transformer stacks are described by structural flags (GQA widths, biases, norm kind, MoE, MLA,
sliding windows, cross-attention ...) rather than by family names, so that an unknown
`model_type` maps onto the same vocabulary. CNNs are a small layer graph (`core.cnn`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.cnn import CnnSpec
from core.memo import by_identity
from core.messages import Message, Text

# Bounds no real model reaches (the largest today: ~200 layers, hidden 16k-25k, vocabularies ~260k, 384 experts,
# contexts of 10M tokens), so that a corrupt or hostile file is refused where it is read instead of making the
# engine loop per layer or overflow a float. Each refusal names the field and the limit.
MAX_LAYERS = 10_000
MAX_WIDTH = 1_000_000
MAX_VOCAB = 100_000_000
MAX_POSITIONS = 1_000_000_000

Layers = Annotated[int, Field(gt=0, le=MAX_LAYERS)]
Width = Annotated[int, Field(gt=0, le=MAX_WIDTH)]
Positions_ = Annotated[int, Field(gt=0, le=MAX_POSITIONS)]
PositiveInt = Width  # every other positive count in an architecture (heads, ranks, experts, kernel sizes ...)


class Norm(StrEnum):
    """Normalisation layer kind: RMSNorm has h weights, LayerNorm 2h (weight and bias)."""

    RMS = "rmsnorm"
    LAYER = "layernorm"
    LAYER_NOBIAS = "layernorm-nobias"

    def params(self, width: int) -> int:
        return 2 * width if self is Norm.LAYER else width


class Positions(StrEnum):
    ROPE = "rope"
    LEARNED = "learned"
    ALIBI = "alibi"
    RELATIVE = "relative"  # T5 relative position buckets
    SINUSOIDAL = "sinusoidal"
    NONE = "none"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MlaSpec(_Model):
    """Multi-head latent attention (DeepSeek-V2/V3): low-rank q and compressed kv latent."""

    q_lora_rank: PositiveInt | None = Field(None, description="None = full-rank q projection")
    kv_lora_rank: PositiveInt
    qk_nope_head_dim: PositiveInt
    qk_rope_head_dim: PositiveInt
    v_head_dim: PositiveInt

    @property
    def qk_head_dim(self) -> int:
        return self.qk_nope_head_dim + self.qk_rope_head_dim


class IndexerSpec(_Model):
    """DeepSeek-V3.2's sparse-attention indexer: its own small key cache picks the top-k tokens each query attends."""

    num_heads: PositiveInt
    head_dim: PositiveInt
    topk: PositiveInt


class LinearAttentionSpec(_Model):
    """Gated DeltaNet (Qwen3-Next, Qwen3.5): linear attention with a fixed-size recurrent state per sequence.
    Tensors (transformers' Qwen3NextGatedDeltaNet): in_proj_qkvz (h → 2·K + 2·V), in_proj_ba (h → 2·v_heads),
    a depthwise conv1d over q, k, v (2·K + V channels, no bias), dt_bias and A_log (v_heads each), a gated RMSNorm
    over v_head_dim, out_proj (V → h); K = k_heads·k_head_dim, V = v_heads·v_head_dim."""

    num_k_heads: PositiveInt
    num_v_heads: PositiveInt
    k_head_dim: PositiveInt
    v_head_dim: PositiveInt
    conv_kernel: PositiveInt = 4

    @property
    def key_dim(self) -> int:
        return self.num_k_heads * self.k_head_dim

    @property
    def value_dim(self) -> int:
        return self.num_v_heads * self.v_head_dim

    @property
    def conv_dim(self) -> int:
        return 2 * self.key_dim + self.value_dim


class Mamba2Spec(_Model):
    """Mamba-2 mixer (Nemotron-H, Granite 4, Falcon-H1): in_proj (h → 2·I + 2·G·N + H), a depthwise conv1d over
    x, B, C (I + 2·G·N channels), dt_bias, A_log and D (H each), a gated RMSNorm over I, out_proj (I → h);
    I = heads·head_dim, G = groups, N = state size. A fixed-size state per sequence."""

    num_heads: PositiveInt
    head_dim: PositiveInt
    state_size: PositiveInt
    n_groups: PositiveInt = 1
    conv_kernel: PositiveInt = 4
    bias: bool = False
    conv_bias: bool = True
    norm: bool = Field(True, description="gated RMSNorm before out_proj")
    out_bias: bool | None = Field(None, description="out_proj's bias where it differs from in_proj's (Falcon-H1)")
    chunk_size: PositiveInt = Field(
        128, description="tokens per chunk of the chunked scan (its torch path pads the sequence to a multiple)"
    )

    @property
    def intermediate(self) -> int:
        return self.num_heads * self.head_dim

    @property
    def conv_dim(self) -> int:
        return self.intermediate + 2 * self.n_groups * self.state_size


class ShortConvSpec(_Model):
    """LFM2's gated short convolution: in_proj (h → 3h), a depthwise conv1d of `kernel` taps, out_proj (h → h).
    Its state is the last `kernel` inputs per channel."""

    kernel: PositiveInt = 3
    bias: bool = False


class AltUpSpec(_Model):
    """Gemma 3n's block around attention and the MLP: AltUp keeps `num_inputs` parallel residual streams (one is
    updated by the layer, the others predicted and corrected from it by small learned maps), LAuReL adds a rank-r
    residual branch, and every layer mixes in its own `per_layer_input`-wide slice of a per-layer embedding; the first
    `sparse_layers` layers cut their MLP gate to a top-k by a Gaussian threshold (activation_sparsity_pattern)."""

    num_inputs: PositiveInt
    laurel_rank: int = Field(0, ge=0)
    per_layer_input: int = Field(0, ge=0)
    sparse_layers: int = Field(0, ge=0, le=MAX_LAYERS)


class HyperConnectionSpec(_Model):
    """Manifold-constrained hyper-connections (DeepSeek-V4's hc_mult, hc_sinkhorn_iters): the residual is `streams`
    copies of width h, mixed in and out of attention and of the MLP/experts by two hyper-connections per layer (an
    fp32 projection of the flattened streams, sigmoids and a streams × streams matrix normalised by `sinkhorn_iters`
    Sinkhorn steps) and collapsed by a hyper-head before the final norm."""

    streams: int = Field(gt=0, le=64, description="residual streams (hc_mult)")
    sinkhorn_iters: int = Field(gt=0, le=1000, description="Sinkhorn normalisation steps (hc_sinkhorn_iters)")


class CompressedAttentionSpec(_Model):
    """Compressed attention (DeepSeek-V4): every layer attends its `attention.sliding_window` of one shared key/value
    head; a "compressed_sparse" (CSA) layer adds one compressed entry per `sparse_rate` tokens (a learned compressor
    over overlapping windows of 2·rate tokens) and a lightning `indexer` with compressed keys of its own that picks
    each query's top-k entries; a "heavily_compressed" (HCA) layer one entry per `heavy_rate` tokens, all attended.
    `rope_dim`: the rotated slice of each head (qk_rope_head_dim)."""

    sparse_rate: int = Field(gt=0, le=MAX_WIDTH, description="tokens per CSA entry (compress_rates' CSA rate, 4)")
    heavy_rate: int = Field(gt=0, le=MAX_WIDTH, description="tokens per HCA entry (compress_rates' HCA rate, 128)")
    indexer: IndexerSpec = Field(description="the CSA layers' lightning indexer (index_n_heads, index_head_dim, "
                                 "index_topk)")  # fmt: skip
    rope_dim: int = Field(gt=0, le=MAX_WIDTH, description="the rotated slice of each head (qk_rope_head_dim)")


Mixer = Literal[
    "full", "sliding", "chunked", "compressed_sparse", "heavily_compressed", "linear", "mamba2", "conv", "none"
]
Ffn = Literal["dense", "moe", "none"]
# compressed attention (DeepSeek-V4's CSA and HCA layers): a window of its own plus compressed entries
COMPRESSED_MIXERS: tuple[Mixer, ...] = ("compressed_sparse", "heavily_compressed")
ATTENTION_MIXERS: tuple[Mixer, ...] = ("full", "sliding", "chunked", *COMPRESSED_MIXERS)


class AttentionSpec(_Model):
    num_heads: PositiveInt
    num_kv_heads: PositiveInt
    head_dim: PositiveInt
    q_bias: bool = False
    k_bias: bool = False
    v_bias: bool = False
    o_bias: bool = False
    qk_norm: Literal["none", "head", "full"] = Field(
        "none",
        description="'head': RMSNorm over head_dim on q and k (Qwen3, Gemma 3); 'full': over all heads",
    )
    mla: MlaSpec | None = None
    sliding_window: Positions_ | None = Field(None, description="tokens a sliding-window layer attends to")
    global_every: int = Field(
        0, ge=0, description="with a sliding window: every n-th layer (n, 2n, ...) attends globally; 0 = none"
    )
    logit_softcap: float | None = Field(
        None, gt=0, description="tanh soft-capping of attention scores (Gemma 2): no fused SDPA path in transformers"
    )
    chunk_size: Positions_ | None = Field(
        None, description="chunked attention (Llama 4): a 'chunked' layer attends within blocks of this many tokens"
    )
    sinks: bool = Field(False, description="a learned sink logit per head (gpt-oss): num_heads parameters per layer")
    gated_output: bool = Field(
        False, description="q_proj also produces a sigmoid gate on the attention output (Qwen3-Next): 2× its rows"
    )
    indexer: IndexerSpec | None = Field(None, description="DeepSeek sparse attention's lightning indexer")
    values_from_keys: bool = Field(
        False, description="no v_proj: the keys serve as values (Gemma 4's full-attention layers, attention_k_eq_v)"
    )
    v_head_dim: PositiveInt | None = Field(
        None, description="value heads narrower or wider than the keys' head_dim (MiMo-V2); None = head_dim"
    )
    q_lora_rank: PositiveInt | None = Field(
        None, description="low-rank queries without MLA: q_a_proj (h → r), its RMSNorm, q_b_proj (r → heads·head_dim)"
    )
    o_groups: int = Field(
        0, ge=0, description="grouped low-rank output (DeepSeek-V4): o_a_proj per group (heads·head_dim/G → R each), "
        "o_b_proj (G·R → h); 0 = one o_proj",
    )  # fmt: skip
    o_lora_rank: PositiveInt | None = None
    compressed: CompressedAttentionSpec | None = Field(
        None, description="compressed attention (DeepSeek-V4): the rates, indexer and rotary slice of its "
        "'compressed_sparse' / 'heavily_compressed' layers; None = none",
    )  # fmt: skip
    eager_mask_clamp: bool = Field(
        False,
        description="the modeling code's eager path clamps the masked scores, torch.max(scores + mask, finfo.min), "
        "which keeps them (16-bit) for backward: transformers' OPTAttention as of v4.28; today's eager path does not",
    )

    @model_validator(mode="after")
    def _check(self) -> AttentionSpec:
        if self.mla is None and self.num_heads % self.num_kv_heads:
            raise ValueError(
                Message(
                    "arch.heads_multiple",
                    "num_heads ({heads}) must be a multiple of num_kv_heads ({kv_heads})",
                    heads=self.num_heads,
                    kv_heads=self.num_kv_heads,
                )
            )
        return self

    @classmethod
    def mha(cls, heads: int, hidden: int, bias: bool = True, k_bias: bool | None = None) -> AttentionSpec:
        """Plain multi-head attention (as many kv heads as heads, head_dim = hidden / heads), biases on q, k, v, o
        (k separately: Whisper has none on k) — BERT, ViT, GPT-2, BLOOM, OPT, CLIP and vision towers."""
        return cls(
            num_heads=heads,
            num_kv_heads=heads,
            head_dim=hidden // heads,
            q_bias=bias,
            k_bias=bias if k_bias is None else k_bias,
            v_bias=bias,
            o_bias=bias,
        )

    @property
    def q_width(self) -> int:
        if self.mla is not None:
            return self.num_heads * self.mla.qk_head_dim
        return self.num_heads * self.head_dim

    @property
    def kv_width(self) -> int:
        return self.num_kv_heads * self.head_dim

    @property
    def v_dim(self) -> int:
        """Width of one value head."""
        return self.v_head_dim or self.head_dim

    @property
    def v_width(self) -> int:
        return self.num_kv_heads * self.v_dim

    @property
    def o_width(self) -> int:
        if self.mla is not None:
            return self.num_heads * self.mla.v_head_dim
        return self.num_heads * self.v_dim

    def is_sliding(self, layer: int) -> bool:
        if self.sliding_window is None:
            return False
        if self.global_every <= 0:
            return True
        return (layer + 1) % self.global_every != 0

    def sliding_layer_count(self, num_layers: int) -> int:
        """The layers i < num_layers for which is_sliding(i): all, none, or all but every global_every-th one
        (i + 1 a multiple of it: num_layers // global_every of them). Counted, not looped: a context sweep asks
        thousands of times an edit."""
        if self.sliding_window is None:
            return 0
        if self.global_every <= 0:
            return num_layers
        return num_layers - num_layers // self.global_every


class MlpSpec(_Model):
    intermediate_size: PositiveInt
    gated: bool = True
    activation: str = "silu"
    bias: bool = False
    act_params: int = Field(0, ge=0, le=16, description="learnable activation parameters (Apertus' xIELU: 2)")


class MoeSpec(_Model):
    num_experts: PositiveInt
    experts_per_token: PositiveInt
    expert_intermediate_size: PositiveInt
    num_shared_experts: int = Field(0, ge=0)
    shared_intermediate_size: int = Field(
        0, ge=0, description="intermediate width of the shared expert(s) taken together"
    )
    shared_expert_gate: bool = Field(False, description="Qwen-MoE: sigmoid gate Linear(h, 1) on the shared expert")
    router_bias: bool = False
    expert_bias: bool = False
    latent_size: PositiveInt | None = Field(
        None, description="latent MoE (Nemotron 3): experts work in this width, between two projections h ↔ latent"
    )
    beside_dense: bool = Field(
        False, description="the experts run beside the dense MLP in the same layer, not instead of it (Gemma 4)"
    )
    router_scales: bool = Field(
        False, description="the router also learns a scale per hidden unit and one per expert (Gemma 4): h + E"
    )
    dense_layers: tuple[Annotated[int, Field(ge=0, lt=MAX_LAYERS)], ...] = Field(
        (), max_length=MAX_LAYERS, description="indices of layers that use the dense MLP instead of experts"
    )
    checkpoint_dtype: str | None = Field(
        None, max_length=16, description="the format the checkpoint stores the routed experts in where it differs "
        "from the rest (DeepSeek-V4's expert_dtype, fp4); they are sized in the weight format chosen",
    )  # fmt: skip

    @model_validator(mode="after")
    def _check(self) -> MoeSpec:
        if self.experts_per_token > self.num_experts:
            raise ValueError(
                Message(
                    "arch.experts_per_token",
                    "experts_per_token ({per_token}) exceeds num_experts ({experts})",
                    per_token=self.experts_per_token,
                    experts=self.num_experts,
                )
            )
        return self


class StackSpec(_Model):
    """A stack of identical transformer blocks (decoder, encoder, or a vision tower's blocks)."""

    num_layers: Layers
    hidden_size: Width
    attention: AttentionSpec
    mlp: MlpSpec
    moe: MoeSpec | None = None
    norm: Norm = Norm.RMS
    norms_per_layer: int = Field(2, ge=0, le=8, description="norm layers per block, cross-attention's included")
    parallel_block: bool = Field(False, description="attention and MLP read the same input (Falcon, GPT-J)")
    final_norm: bool = True
    causal: bool = True
    cross_attention: bool = False
    cross_attention_width: int | None = Field(None, description="encoder width feeding cross-attention k/v")
    relative_attention_buckets: int = Field(0, ge=0, description="T5: bias table rows in the first layer")
    hidden_dropout: float = Field(0.0, ge=0, lt=1, description="dropout on residual branches during training")
    attention_dropout: float = Field(0.0, ge=0, lt=1, description="dropout on attention probabilities")
    mixers: tuple[Mixer, ...] = Field(
        (),
        max_length=MAX_LAYERS,
        description="per layer: what mixes tokens (attention full/sliding/chunked, compressed attention "
        "compressed_sparse/heavily_compressed, linear attention, Mamba-2, short convolution, none); () = every layer "
        "is attention, sliding as `attention.global_every` says",
    )
    ffns: tuple[Ffn, ...] = Field(
        (), max_length=MAX_LAYERS, description="per layer: dense MLP, experts or none; () = experts except dense_layers"
    )
    linear_attention: LinearAttentionSpec | None = None
    mamba: Mamba2Spec | None = None
    short_conv: ShortConvSpec | None = None
    kv_shared_layers: int = Field(
        0, ge=0, le=MAX_LAYERS, description="the last N layers reuse the keys and values of the last earlier layer of "
        "their kind: no k/v projections and no cache of their own (Gemma 3n)",
    )  # fmt: skip
    parallel_mamba: bool = Field(
        False, description="every attention layer also runs a Mamba-2 mixer beside it on the same input (Falcon-H1)"
    )
    altup: AltUpSpec | None = Field(None, description="Gemma 3n's AltUp streams, LAuReL and per-layer inputs")
    hyper_connections: HyperConnectionSpec | None = Field(
        None, description="DeepSeek-V4's residual streams and their hyper-connections; None = one plain residual"
    )
    full_attention: AttentionSpec | None = Field(
        None, description="the attention of the 'full' layers where it differs from the others' (Gemma 4: its own "
        "head_dim and kv heads, values = keys); None = every attention layer has `attention`",
    )  # fmt: skip

    @classmethod
    def encoder(
        cls,
        layers: int,
        hidden: int,
        heads: int,
        intermediate: int,
        *,
        gated: bool = False,
        activation: str = "gelu",
        norm: Norm = Norm.LAYER,
        final_norm: bool = True,
        **extra: Any,
    ) -> StackSpec:
        """A bidirectional block stack with plain multi-head attention and an MLP with biases, as BERT, ViT and the
        vision towers of Qwen2-VL / Qwen2.5-VL / Qwen3-VL build it; `extra` sets any other StackSpec field."""
        return cls(
            num_layers=layers,
            hidden_size=hidden,
            attention=AttentionSpec.mha(heads, hidden),
            mlp=MlpSpec(intermediate_size=intermediate, gated=gated, activation=activation, bias=True),
            norm=norm,
            final_norm=final_norm,
            causal=False,
            **extra,
        )

    @model_validator(mode="after")
    def _check_layers(self) -> StackSpec:
        if self.moe is not None and any(i >= self.num_layers for i in self.moe.dense_layers):
            raise ValueError(
                Message(
                    "arch.dense_layers_beyond",
                    "moe.dense_layers names a layer beyond num_layers ({layers})",
                    layers=self.num_layers,
                )
            )
        for name, seq in (("mixers", self.mixers), ("ffns", self.ffns)):
            if seq and len(seq) != self.num_layers:
                raise ValueError(
                    Message(
                        "arch.layer_list_length",
                        "{name} lists {n} layers but num_layers is {layers}",
                        name=name,
                        n=len(seq),
                        layers=self.num_layers,
                    )
                )
        needs = {"linear": self.linear_attention, "mamba2": self.mamba, "conv": self.short_conv}
        for kind, spec in needs.items():
            if kind in self.mixers and spec is None:
                raise ValueError(
                    Message("arch.mixer_spec", "'{kind}' layers need their spec ({kind} mixer parameters)", kind=kind)
                )
        if set(COMPRESSED_MIXERS) & set(self.mixers) and (
            self.attention.compressed is None or self.attention.sliding_window is None
        ):
            raise ValueError(
                Message(
                    "arch.compressed",
                    "compressed attention layers need attention.compressed and the window every layer attends "
                    "(attention.sliding_window)",
                )
            )
        if "chunked" in self.mixers and self.attention.chunk_size is None:
            raise ValueError(Message("arch.chunk_size", "'chunked' attention layers need attention.chunk_size"))
        if "sliding" in self.mixers and self.attention.sliding_window is None:
            raise ValueError(Message("arch.sliding_window", "'sliding' attention layers need attention.sliding_window"))
        if self.kv_shared_layers and (not self.mixers or self.kv_shared_layers >= self.num_layers):
            raise ValueError(
                Message(
                    "arch.kv_shared",
                    "kv_shared_layers needs per-layer mixers and at least one layer that keeps its own K/V",
                )
            )
        if "moe" in self.ffns and self.moe is None:
            raise ValueError(Message("arch.moe_spec", "'moe' layers need the experts' spec (moe)"))
        return self

    def mixer_count(self, *kinds: Mixer) -> int:
        """Layers whose token mixer is one of `kinds` (a count over the per-layer list, at most MAX_LAYERS long).
        Counted once per stack and `kinds` (core.memo): a breakdown asks about 15 times, each a pass over the list."""
        return by_identity(self, ("mixer_count", kinds), lambda: self._count(kinds))

    def _count(self, kinds: tuple[Mixer, ...]) -> int:
        if not self.mixers:
            sliding = self.attention.sliding_layer_count(self.num_layers)
            implicit = {"sliding": sliding, "full": self.num_layers - sliding}
            n = sum(implicit.get(k, 0) for k in kinds)
        else:
            n = sum(1 for m in self.mixers if m in kinds)
        if self.parallel_mamba and "mamba2" in kinds and not set(kinds) & set(ATTENTION_MIXERS):
            n += self.mixer_count(*ATTENTION_MIXERS)  # the Mamba-2 mixers beside attention (Falcon-H1)
        return n

    def kv_layer_count(self, *kinds: Mixer) -> int:
        """Layers of `kinds` that keep keys and values of their own (all of them, but for KV-shared layers)."""
        if not self.kv_shared_layers:
            return self.mixer_count(*kinds)
        return sum(1 for m in self.mixers[: self.num_layers - self.kv_shared_layers] if m in kinds)

    @property
    def attention_layer_count(self) -> int:
        return self.mixer_count(*ATTENTION_MIXERS)

    @property
    def is_hybrid(self) -> bool:
        """Some layers keep a fixed-size state (linear attention, SSM, convolution) or no mixer at all."""
        return self.parallel_mamba or self.attention_layer_count != self.num_layers

    @property
    def moe_layer_count(self) -> int:
        """Closed form (never a loop over layers): every layer but the dense ones."""
        if self.ffns:
            return sum(1 for f in self.ffns if f == "moe")
        return 0 if self.moe is None else self.num_layers - len(set(self.moe.dense_layers))

    @property
    def dense_mlp_layer_count(self) -> int:
        if self.ffns:
            return sum(1 for f in self.ffns if f == "dense")
        if self.moe is not None and self.moe.beside_dense:
            return self.num_layers
        return self.num_layers - self.moe_layer_count

    def fixed_state_elements(self) -> tuple[int, int]:
        """Per sequence, summed over the layers that keep one: (recurrent state elements, convolution-window
        elements). Neither grows with context. Linear attention keeps v_heads × k_head_dim × v_head_dim, Mamba-2
        heads × head_dim × state; both keep the last `kernel` inputs of their depthwise convolution."""
        recurrent = conv = 0
        la, mb, sc = self.linear_attention, self.mamba, self.short_conv
        if la is not None:
            n = self.mixer_count("linear")
            recurrent += n * la.num_v_heads * la.k_head_dim * la.v_head_dim
            conv += n * la.conv_dim * la.conv_kernel
        if mb is not None:
            n = self.mixer_count("mamba2")
            recurrent += n * mb.num_heads * mb.head_dim * mb.state_size
            conv += n * mb.conv_dim * mb.conv_kernel
        if sc is not None:
            conv += self.mixer_count("conv") * self.hidden_size * sc.kernel
        return recurrent, conv


class ProjectorLayer(_Model):
    """One module of a projector (or of a tower's adapter), in order: a Linear (`width` → `out`), a norm over `width`,
    a convolution (`width` → `out` channels, kernel × kernel: Hunyuan-VL's patch merger), or a learned vector of
    `width` (Hunyuan-VL's image_begin / image_end / image_newline / image_sep). A pixel shuffle or a spatial merge
    has no parameters: it shows as a Linear whose `width` is merge² × the tower's width."""

    op: Literal["linear", "norm", "conv", "vector"]
    name: str = Field("", max_length=64)
    width: Width
    out: int = Field(0, ge=0, le=MAX_WIDTH, description="output width of a linear or conv layer")
    bias: bool = False
    norm: Norm = Norm.RMS
    kernel: PositiveInt = 1

    @model_validator(mode="after")
    def _check(self) -> ProjectorLayer:
        if self.op in ("linear", "conv") and not self.out:
            raise ValueError(
                Message("arch.projector_out", "a {op} projector layer needs its output width (out)", op=self.op)
            )
        return self

    @property
    def params(self) -> int:
        if self.op == "linear":
            return self.width * self.out + (self.out if self.bias else 0)
        if self.op == "conv":
            return self.width * self.out * self.kernel**2 + (self.out if self.bias else 0)
        if self.op == "norm":
            return self.norm.params(self.width)
        return self.width


class Projector(_Model):
    """Connects a vision tower to the language model: one of the classic shapes (Qwen-VL's patch merger, LLaVA's
    two-layer MLP, a single Linear), or `layers`: the projector's modules in order, as data (Llama 4's pixel-shuffle
    MLP and projector, Pixtral's patch merger, MoonViT's, Hunyuan-VL's convolutional merger, Gemma 4's embedder)."""

    kind: Literal["patch-merger", "mlp", "linear", "layers"]
    merge_size: int = Field(1, ge=1, description="spatial merge: merge_size² patches become one token")
    output_size: PositiveInt
    norm: Norm | None = None
    hidden_size: int | None = None
    bias: bool = True
    deepstack: int = Field(
        0, ge=0, le=MAX_LAYERS, description="Qwen3-VL: extra patch mergers (norm over the merged width) feeding "
        "intermediate vision features into early decoder layers",
    )  # fmt: skip
    layers: tuple[ProjectorLayer, ...] = Field((), max_length=64, description="kind 'layers': its modules in order")

    @model_validator(mode="after")
    def _check(self) -> Projector:
        if (self.kind == "layers") != bool(self.layers):
            raise ValueError(
                Message("arch.projector_layers", "a projector lists its layers exactly when its kind is 'layers'")
            )
        return self


class VisionSpec(_Model):
    image_size: PositiveInt = 224
    patch_size: PositiveInt = 16
    temporal_patch_size: PositiveInt = 1
    in_channels: PositiveInt = 3
    patch_bias: bool = True
    class_token: bool = True
    learned_positions: bool = True
    pre_norm: bool = Field(False, description="CLIP: LayerNorm before the blocks")
    pooler: bool = Field(False, description="HF ViTModel: dense + tanh on the class token")
    num_classes: int = Field(0, ge=0, description="classification head on the class token (torchvision ViT)")
    position_rows: int | None = Field(
        None, ge=1, le=MAX_POSITIONS, description="rows of the learned position table when it is not one per patch"
    )
    rotary_2d: bool = Field(
        False, description="2-D rotary positions over patch rows and columns (Pixtral, Llama 4, MoonViT, Gemma 4): "
        "no parameters, beside or instead of a learned table",
    )  # fmt: skip
    stack: StackSpec
    projector: Projector | None = None

    @property
    def patches_per_image(self) -> int:
        side = self.image_size // self.patch_size
        return side * side


class AudioSpec(_Model):
    """Whisper-style front end: two 1-D convolutions over log-mel frames."""

    num_mel_bins: PositiveInt = 80
    max_source_positions: PositiveInt = 1500


class ConformerSpec(_Model):
    """A USM conformer audio encoder (transformers' Gemma3nAudioEncoder) as its audio_config keys spell it, named as
    there; the defaults are transformers' Gemma3nAudioConfig's (the released Gemma 3n's). Two subsampling
    convolutions (sscp_*) over `input_feat_size` log-mel bins, then `conf_num_hidden_layers` conformer blocks of
    `hidden_size`; chunked local attention (conf_attention_*) and an output reduction by `conf_reduction_factor`."""

    hidden_size: Width = 1536
    conf_num_hidden_layers: Layers = 12
    conf_num_attention_heads: PositiveInt = 8
    conf_conv_kernel_size: PositiveInt = 5
    conf_attention_chunk_size: PositiveInt = 12
    conf_attention_context_left: int = Field(13, ge=0, le=MAX_POSITIONS)
    conf_attention_context_right: int = Field(0, ge=0, le=MAX_POSITIONS)
    conf_reduction_factor: PositiveInt = 4
    input_feat_size: PositiveInt = 128
    sscp_conv_channel_size: tuple[PositiveInt, ...] = Field((128, 32), min_length=2, max_length=2)
    sscp_conv_stride_size: tuple[tuple[PositiveInt, PositiveInt], ...] = Field(
        ((2, 2), (2, 2)), min_length=2, max_length=2
    )
    sscp_conv_kernel_size: tuple[tuple[PositiveInt, PositiveInt], ...] = Field(((3, 3), (3, 3)), min_length=2,
                                                                               max_length=2)  # fmt: skip


class TowerSpec(_Model):
    """An encoder tower beside the language model whose blocks are not a layer kind of the engine (Gemma 3n's):
    kind "timm_vision", a timm image encoder named by its timm architecture (`timm_architecture`; its size is data,
    core/importers/hf_gemma3n.py TIMM_TOWERS), taking images of `image_size`² pixels; kind "conformer_audio", a USM
    conformer (`conformer`), taking clips of audio. `soft_tokens`: the context tokens one image / one clip takes.
    `params`: the tower's parameters; `embedder_params`: those of the multimodal embedder that maps its output into
    the text model's width (transformers' Gemma3nMultimodalEmbedder)."""

    kind: Literal["timm_vision", "conformer_audio"]
    params: int = Field(ge=0, le=10**13)
    embedder_params: int = Field(0, ge=0, le=10**13)
    soft_tokens: PositiveInt
    timm_architecture: str = Field("", max_length=128, description="kind timm_vision: timm's architecture name")
    image_size: int = Field(0, ge=0, le=MAX_WIDTH, description="kind timm_vision: the input side in pixels")
    conformer: ConformerSpec | None = Field(None, description="kind conformer_audio: its structure")

    @model_validator(mode="after")
    def _check(self) -> TowerSpec:
        if (self.kind == "timm_vision") != bool(self.timm_architecture and self.image_size):
            raise ValueError(
                Message(
                    "arch.tower_timm",
                    "a timm_vision tower names its timm architecture and image size, and only it does",
                )
            )
        if (self.kind == "conformer_audio") != (self.conformer is not None):
            raise ValueError(
                Message("arch.tower_conformer", "a conformer_audio tower describes its conformer, and only it does")
            )
        return self


class SsmSpec(_Model):
    """Mamba (selective state space) block."""

    num_layers: Layers
    hidden_size: Width
    state_size: PositiveInt
    intermediate_size: PositiveInt
    conv_kernel: PositiveInt
    time_step_rank: PositiveInt
    bias: bool = False
    conv_bias: bool = True
    norm: Norm = Norm.RMS


class MtpSpec(_Model):
    """Multi-token-prediction layers the checkpoint ships beside the model transformers builds. They are not in the
    parameter total; a serving engine loads them only as the draft for speculative decoding.

    kind "deepseek" (DeepSeek-V3/R1/V3.1/V3.2, GLM-4.5/5, MiMo): per MTP layer enorm + hnorm (h each), eh_proj
    (h × 2h), one decoder block of the model's own kind (experts where the model has them) and shared_head.norm (h);
    kind "qwen3-next" (Qwen3-Next, Qwen3.5): one fc (h × 2h) and three norms (pre_fc_norm_embedding,
    pre_fc_norm_hidden, norm) for all of them, and `num_layers` full-attention blocks; embeddings and output head
    shared with the model. kind "unknown": the config declares them but their structure is not known here (no count).
    """

    num_layers: Layers
    kind: Literal["deepseek", "qwen3-next", "unknown"]
    config_key: str = Field("", max_length=64, description="the config key that declares them")
    checkpoint_copies: int = Field(
        0, ge=0, le=2, description="vocab × hidden tables the checkpoint stores again in each MTP layer (DeepSeek-V3: "
        "embed_tokens and shared_head.head), which runtimes share with the model's own",
    )  # fmt: skip


ArchKind = Literal["decoder", "encoder", "encoder-decoder", "vlm", "vision", "cnn", "ssm"]


class Architecture(_Model):
    """What the model is. Everything else (dtype, batch, GPUs) belongs to the Scenario."""

    name: str = Field(min_length=1)
    family: str = ""
    kind: ArchKind
    vocab_size: int = Field(0, ge=0, le=MAX_VOCAB)
    tie_word_embeddings: bool = False
    lm_head: bool = True
    lm_head_bias: bool = False
    loss_upcast: bool = Field(
        True,
        description="the model's loss upcasts the logits to fp32 (transformers' ForCausalLMLoss); False: "
        "cross-entropy on the 16-bit logits and a shifted contiguous copy of them (OPTForCausalLM as of v4.28)",
    )
    final_logit_softcap: float | None = Field(
        None, gt=0, description="logits = cap·tanh(logits / cap) before the loss (Gemma 2, Gemma 3n)"
    )
    positions: Positions = Positions.ROPE
    max_positions: int = Field(2048, ge=1, le=MAX_POSITIONS, description="longest context the model was built for")
    learned_position_rows: int = Field(0, ge=0, le=MAX_POSITIONS, description="rows of the learned position table")
    encoder_learned_position_rows: int = Field(0, ge=0, le=MAX_POSITIONS)
    token_type_vocab: int = Field(0, ge=0, description="BERT segment embeddings")
    embedding_norm: bool = False
    embedding_projection: int | None = Field(None, description="OPT-350m: word_embed_proj_dim")
    pooler: bool = False
    text_projection_dim: int = Field(0, ge=0, description="CLIP: text_projection output width")
    decoder: StackSpec | None = None
    encoder: StackSpec | None = None
    vision: VisionSpec | None = None
    audio: AudioSpec | None = None
    cnn: CnnSpec | None = None
    ssm: SsmSpec | None = None
    extra_params: int = Field(0, ge=0, description="parameters not described above (e.g. CLIP logit_scale)")
    # what the model's own code keeps for backward beyond what its structure says (its family's entry in
    # core/importers/hf_families.py gives them; a hand-built or renamed architecture carries them)
    norm_weight_fp32: bool = Field(
        False,
        description="its RMSNorms multiply the weight into the fp32 normalised input and cast after (Qwen3-Next, "
        "Olmo 2/3, gpt-oss, Nemotron-H, Gemma 3n, DeepSeek-V4): training keeps that product in fp32",
    )
    glu_saved_extra: int = Field(
        0,
        ge=0,
        le=16,
        description="expert-width tensors a gated activation keeps per routed token beyond act(gate) and the product "
        "(gpt-oss's clamped SwiGLU: 3; DeepSeek-V4's clamped gate and up: 2, also in its shared expert)",
    )
    fp32_router: bool = Field(
        False,
        description="its MoE router runs in fp32 (DeepseekV3TopkRouter and its copies, NemotronHTopkRouter: "
        "`F.linear(hidden_states.type(torch.float32), self.weight.type(torch.float32))`): training keeps the fp32 copy "
        "of the layer's input and of the router weight",
    )
    l2_qk_norm: bool = Field(
        False,
        description="a weightless L2 norm of q and k after RoPE (Llama 4's Llama4TextL2Norm, use_qk_norm), which "
        "attention.qk_norm does not count (no parameters): training keeps the fp32 q and k and 1/norm per head",
    )
    scaled_branch_inputs: bool = Field(
        False,
        description="a parallel block's branches each scale the normalised input by their own multiplier "
        "(Falcon-H1's attention_in_multiplier and ssm_in_multiplier): each branch keeps its own scaled copy",
    )
    fused_qkvz: bool = Field(
        False,
        description="its Gated DeltaNet has one fused q/k/v/z projection (Qwen3NextGatedDeltaNet.in_proj_qkvz; "
        "Qwen3.5 splits it): the projection's output stays referenced through the scan",
    )
    eager_score_copies: int | None = Field(
        None,
        ge=1,
        le=16,
        description="score-sized tensors in the compute dtype its eager attention keeps alive at prefill (MiMo-V2's "
        "sink-aware softmax reassigned to one variable: 2); None = transformers' common eager attention",
    )
    dense_experts: bool = Field(
        False,
        description="under transformers its experts run densely, every token through every expert (Llama 4's "
        "Llama4TextMoe repeats the tokens for each expert, Llama4TextExperts runs one bmm over all of them)",
    )
    tp_plan_shards_embedding: bool = Field(
        False,
        description='its transformers base_model_tp_plan shards the token embedding ("embedding_rowwise": '
        "GPT-NeoX, GPT-J, gpt-oss, Falcon-H1, LFM2, Nemotron-H …); the other plans keep it whole on every rank",
    )
    towers: tuple[TowerSpec, ...] = Field(
        (), max_length=16, description="encoder towers beside the language model that are not a layer kind here "
        "(Gemma 3n's MobileNetV5 and USM conformer), with their multimodal embedders",
    )  # fmt: skip
    mtp: MtpSpec | None = Field(None, description="multi-token-prediction layers beside the model (not in its total)")
    published_dtype: str | None = None
    source: str = ""
    unverified: tuple[Text, ...] = Field(
        (),
        max_length=100,
        description="what the importer could not verify (an unknown model_type, keys it did not read): every answer "
        "built on this architecture says so",
    )

    @model_validator(mode="after")
    def _check(self) -> Architecture:
        need: dict[str, object] = {
            "decoder": self.decoder,
            "encoder": self.encoder,
            "encoder-decoder": (self.decoder is not None and self.encoder is not None) or None,
            "vlm": (self.decoder is not None and self.vision is not None) or None,
            "vision": self.vision,
            "cnn": self.cnn,
            "ssm": self.ssm,
        }
        if need[self.kind] is None:
            raise ValueError(
                Message(
                    "arch.kind_section",
                    "kind '{kind}' needs its matching section (decoder/encoder/vision/cnn/ssm)",
                    kind=self.kind,
                )
            )
        if self.kind in ("decoder", "encoder-decoder", "vlm", "ssm") and self.vocab_size <= 0:
            raise ValueError(
                Message("arch.vocab_positive", "vocab_size must be positive for a {kind} model", kind=self.kind)
            )
        return self
