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
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.cnn import CnnSpec

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

    @model_validator(mode="after")
    def _check(self) -> AttentionSpec:
        if self.mla is None and self.num_heads % self.num_kv_heads:
            raise ValueError(f"num_heads ({self.num_heads}) must be a multiple of num_kv_heads ({self.num_kv_heads})")
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
    def o_width(self) -> int:
        if self.mla is not None:
            return self.num_heads * self.mla.v_head_dim
        return self.num_heads * self.head_dim

    def is_sliding(self, layer: int) -> bool:
        if self.sliding_window is None:
            return False
        if self.global_every <= 0:
            return True
        return (layer + 1) % self.global_every != 0

    def sliding_layer_count(self, num_layers: int) -> int:
        return sum(1 for i in range(num_layers) if self.is_sliding(i))


class MlpSpec(_Model):
    intermediate_size: PositiveInt
    gated: bool = True
    activation: str = "silu"
    bias: bool = False


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
    dense_layers: tuple[Annotated[int, Field(ge=0, lt=MAX_LAYERS)], ...] = Field(
        (), max_length=MAX_LAYERS, description="indices of layers that use the dense MLP instead of experts"
    )

    @model_validator(mode="after")
    def _check(self) -> MoeSpec:
        if self.experts_per_token > self.num_experts:
            raise ValueError(f"experts_per_token ({self.experts_per_token}) exceeds num_experts ({self.num_experts})")
        return self


class StackSpec(_Model):
    """A stack of identical transformer blocks (decoder, encoder, or a vision tower's blocks)."""

    num_layers: Layers
    hidden_size: Width
    attention: AttentionSpec
    mlp: MlpSpec
    moe: MoeSpec | None = None
    norm: Norm = Norm.RMS
    norms_per_layer: int = Field(2, ge=0, le=6, description="norm layers per block, cross-attention's included")
    parallel_block: bool = Field(False, description="attention and MLP read the same input (Falcon, GPT-J)")
    final_norm: bool = True
    causal: bool = True
    cross_attention: bool = False
    cross_attention_width: int | None = Field(None, description="encoder width feeding cross-attention k/v")
    relative_attention_buckets: int = Field(0, ge=0, description="T5: bias table rows in the first layer")
    hidden_dropout: float = Field(0.0, ge=0, lt=1, description="dropout on residual branches during training")
    attention_dropout: float = Field(0.0, ge=0, lt=1, description="dropout on attention probabilities")

    @model_validator(mode="after")
    def _check_layers(self) -> StackSpec:
        if self.moe is not None and any(i >= self.num_layers for i in self.moe.dense_layers):
            raise ValueError(f"moe.dense_layers names a layer beyond num_layers ({self.num_layers})")
        return self

    @property
    def moe_layer_count(self) -> int:
        """Closed form (never a loop over layers): every layer but the dense ones."""
        return 0 if self.moe is None else self.num_layers - len(set(self.moe.dense_layers))


class Projector(_Model):
    """Connects a vision tower to the language model."""

    kind: Literal["patch-merger", "mlp", "linear"]
    merge_size: int = Field(1, ge=1, description="spatial merge: merge_size² patches become one token")
    output_size: PositiveInt
    norm: Norm | None = None
    hidden_size: int | None = None
    bias: bool = True


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
    published_dtype: str | None = None
    source: str = ""

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
            raise ValueError(f"kind '{self.kind}' needs its matching section (decoder/encoder/vision/cnn/ssm)")
        if self.kind in ("decoder", "encoder-decoder", "vlm", "ssm") and self.vocab_size <= 0:
            raise ValueError(f"vocab_size must be positive for a {self.kind} model")
        return self
