"""The full Gemma 3n (transformers' Gemma3nForConditionalGeneration, 5.25): the text model of the family table
(`gemma3n_text`), timm's MobileNetV5 as the vision tower, the USM audio encoder (Gemma3nAudioEncoder) and one
multimodal embedder per tower (Gemma3nMultimodalEmbedder). The audio tower and the embedders are counted from their
config keys; the vision tower's blocks live in timm's code, not in the config, so its size is data: TIMM_TOWERS,
keyed by the timm architecture name the config gives. Registered in BUILDERS (merged by the config reader)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.architecture import Architecture, ConformerSpec, TowerSpec
from core.errors import ModelFormatError
from core.importers.hf_decoder import decoder_lm
from core.importers.hf_models import _text_family
from core.importers.hf_reader import ConfigReader
from core.memory import towers
from core.messages import Message


@dataclass(frozen=True)
class TimmTower:
    """A timm image encoder as transformers' TimmWrapperModel builds it (`timm.create_model(architecture,
    num_classes=0)`): its parameter count and the facts memory needs — the channels of its output feature map
    (`num_features`), the input side timm's pretrained_cfg gives, and the feature map's side at that input."""

    params: int
    out_channels: int
    image_size: int
    feature_side: int
    # forward FLOPs of one image at image_size (forward_features, as TimmWrapperModel runs it for Gemma 3n), counted by
    # torch.utils.flop_counter.FlopCounterMode over timm 1.0.31's model: tools/calibration/timm_flops.py →
    # tests/data/calibration/timm_flops.json (2 FLOPs a multiply-add; two images count exactly twice one)
    forward_flops: int = 0

    @property
    def tokens_per_image(self) -> int:
        return self.feature_side**2


# timm 1.0.31 built on the meta device with num_classes=0 (torch 2.13.0+cpu): sum of parameter numel, no buffers;
# `num_features`; pretrained_cfg input_size; the forward_features shape at that input. Command and figures:
# tools/oracle/default_configs.py, tests/data/param_oracle/default_configs.json "timm_towers". An architecture not
# listed is refused, naming the key: a MobileNet's size cannot be read from a config that does not spell its blocks.
TIMM_TOWERS: dict[str, TimmTower] = {
    "mobilenetv5_300m_enc": TimmTower(294_126_912, 2048, 768, 16, forward_flops=871_482_949_632),
    "mobilenetv5_300m": TimmTower(294_126_912, 2048, 768, 16, forward_flops=871_482_949_632),
    "mobilenetv5_base": TimmTower(80_598_976, 2048, 256, 16, forward_flops=40_099_512_320),
}

# transformers' Gemma3nAudioConfig defaults (configuration_gemma3n.py, 5.25), used where a config omits a key
_AUDIO_DEFAULTS: dict[str, Any] = {
    "input_feat_size": 128,
    "hidden_size": 1536,
    "conf_num_attention_heads": 8,
    "conf_num_hidden_layers": 12,
    "conf_conv_kernel_size": 5,
    "sscp_conv_channel_size": [128, 32],
    "sscp_conv_kernel_size": [[3, 3], [3, 3]],
    "sscp_conv_stride_size": [[2, 2], [2, 2]],
    "vocab_size": 128,
}
# audio_config keys that change no count: attention span and caps, residual weights, clipping, the reduction of the
# output frames (a slice), norms' epsilons
_INERT_AUDIO = (
    "conf_attention_chunk_size", "conf_attention_context_left", "conf_attention_context_right",
    "conf_attention_logit_cap", "conf_attention_invalid_logits_value", "conf_positional_bias_size",
    "conf_reduction_factor", "conf_residual_weight", "gradient_clipping", "sscp_conv_group_norm_eps", "sscp_conv_eps",
    "vocab_offset", "model_type",
)  # fmt: skip
# vision_config keys that change no count: TimmWrapperModel builds the timm model with num_classes=0 whatever the
# labels say, and pooling is a forward-time switch
_INERT_VISION = ("do_pooling", "num_classes", "label_names", "vocab_offset", "model_type", "pretrained_cfg")


def _pairs(a: ConfigReader, key: str, n: int) -> list[tuple[int, int]]:
    """A list of n (height, width) pairs of positive integers (the SSCP convolutions' kernels and strides)."""
    v = a.get(key, default=_AUDIO_DEFAULTS[key])
    ok = isinstance(v, list) and len(v) == n
    ok = ok and all(
        isinstance(p, list)
        and len(p) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) and 0 < x <= 1_000 for x in p)
        for p in v
    )
    if not ok:
        raise ModelFormatError(
            a.source,
            Message(
                "gemma3n.pairs",
                "'{key}' must list {n} [height, width] pairs of positive integers",
                key=a.prefix + key,
                n=n,
            ),
        )
    return [(int(p[0]), int(p[1])) for p in v]


def audio_tower_params(a: ConfigReader) -> int:
    """Gemma3nAudioEncoder (modeling_gemma3n.py, transformers 5.25).

    Subsampling (Gemma3nAudioSubSampleConvProjection): two Conv2d blocks without bias (1 → c0 → c1 channels, kernel
    kh × kw), each with a cumulative group norm of one weight per channel; the frequency axis, padded 1 + 1, shrinks to
    (f + 2 − kw) // sw + 1 after each; then input_proj_linear (c1 · f_out → h, no bias). transformers builds exactly
    two blocks. Each conformer block (Gemma3nAudioConformerBlock), all Linears without bias and RMSNorms with a weight:
    two feed-forwards (norm, h → 4h, 4h → h, norm); attention (norm, q/k/v over heads × head_dim, the relative
    position projection pos_proj of the same shape, per_dim_scale of head_dim, post h → h, norm); the light
    convolution (norm, linear_start h → 2h, a depthwise Conv1d of conf_conv_kernel_size taps, conv_norm, linear_end
    h → h); and a final norm."""
    for k in _INERT_AUDIO:
        a.get(k, default=None, note=False)
    h = a.int("hidden_size", default=_AUDIO_DEFAULTS["hidden_size"])
    heads = a.int("conf_num_attention_heads", default=_AUDIO_DEFAULTS["conf_num_attention_heads"])
    layers = a.int("conf_num_hidden_layers", default=_AUDIO_DEFAULTS["conf_num_hidden_layers"])
    kernel = a.int("conf_conv_kernel_size", default=_AUDIO_DEFAULTS["conf_conv_kernel_size"])
    f = a.int("input_feat_size", default=_AUDIO_DEFAULTS["input_feat_size"])
    channels = a.get("sscp_conv_channel_size", default=_AUDIO_DEFAULTS["sscp_conv_channel_size"])
    if not (
        isinstance(channels, list)
        and len(channels) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) and 0 < x <= 100_000 for x in channels)
    ):
        raise ModelFormatError(
            a.source,
            Message(
                "gemma3n.sscp_channels",
                "'{key}' must list the channels of the two subsampling convolutions",
                key=a.prefix + "sscp_conv_channel_size",
            ),
        )
    kernels = _pairs(a, "sscp_conv_kernel_size", 2)
    strides = _pairs(a, "sscp_conv_stride_size", 2)
    sscp, c_in = 0, 1
    for c_out, (kh, kw), (_, sw) in zip(channels, kernels, strides, strict=True):
        sscp += c_out * c_in * kh * kw + c_out  # conv weight + the group norm's per-channel weight
        f = (f + 2 - kw) // sw + 1
        c_in = c_out
    sscp += c_in * f * h  # input_proj_linear
    head_dim = h // heads
    inner = heads * head_dim
    ffw = 2 * h + 2 * h * 4 * h
    attention = 2 * h + 4 * h * inner + head_dim + inner * h
    lconv = 2 * h + h * 2 * h + h * kernel + h * h
    return sscp + layers * (2 * ffw + attention + lconv + h)


def embedder_params(m: ConfigReader, width: int, text_hidden: int) -> int:
    """Gemma3nMultimodalEmbedder: an embedding table (vocab_size × the tower's width, its hidden_size) for the
    tower's hard tokens, hard and soft RMSNorms over the tower's width, embedding_projection (tower width → text
    width, no bias) and a post-projection RMSNorm without a weight (with_scale=False)."""
    vocab = m.int("vocab_size", default=128)  # both towers' default in transformers
    return vocab * width + 2 * width + width * text_hidden


def vision_tower(v: ConfigReader) -> TimmTower:
    """The timm tower the vision_config names, from TIMM_TOWERS; refused when the name is not there, when
    model_args change timm's build, or when the config's hidden_size is not the tower's output width (transformers
    reshapes the feature map by it)."""
    for k in _INERT_VISION:
        v.get(k, default=None, note=False)
    v.get("architecture", default="mobilenetv5_300m_enc")  # notes transformers' default where the key is absent
    name = v.str("architecture", default="mobilenetv5_300m_enc")
    tower = TIMM_TOWERS.get(name)
    if tower is None:
        raise ModelFormatError(
            v.source,
            Message(
                "gemma3n.timm_unknown",
                "'{key}' names the timm architecture '{name}', whose size this version does not hold (known: {known}); "
                "refused rather than guessed",
                key=v.prefix + "architecture",
                name=name,
                known=", ".join(sorted(TIMM_TOWERS)),
            ),
        )
    if v.get("model_args", default=None, note=False):
        raise ModelFormatError(
            v.source,
            Message(
                "gemma3n.timm_model_args",
                "'{key}' passes arguments to timm's build, which can change the tower's size; refused",
                key=v.prefix + "model_args",
            ),
        )
    width = v.int("hidden_size", default=2048)  # transformers' Gemma3nVisionConfig default
    if width != tower.out_channels:
        raise ModelFormatError(
            v.source,
            Message(
                "gemma3n.timm_width",
                "'{key}' is {value} but timm's {name} outputs {channels} channels",
                key=v.prefix + "hidden_size",
                value=width,
                name=name,
                channels=tower.out_channels,
            ),
        )
    return tower


def _tower_config(c: ConfigReader, key: str) -> ConfigReader:
    """A tower's config; where the file has none, transformers builds its default tower, and so does this reader
    (each default it takes is noted under the key)."""
    if c.d.get(key) is not None:
        return c.sub(key)
    return ConfigReader({}, c.source, c.notes, f"{c.prefix}{key}.", c.used, {})


def _gemma3n(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Gemma 3n: the text model of text_config (the family table's gemma3n_text, tied head by default), and beside
    it its towers as structure (Architecture.towers; the engine has no layer kinds for a MobileNet or a conformer):
    the timm vision tower (its size from TIMM_TOWERS) and the USM conformer, each with its multimodal embedder."""
    t = c.sub("text_config")
    text_mt = t.str("model_type", default="gemma3n_text")
    text = decoder_lm(t, _text_family(t, text_mt), text_mt, name, top=c)
    assert text.decoder is not None
    text_h = text.decoder.hidden_size
    v, a = _tower_config(c, "vision_config"), _tower_config(c, "audio_config")
    tower = vision_tower(v)
    audio = audio_tower_params(a)
    audio_h = a.int("hidden_size", default=_AUDIO_DEFAULTS["hidden_size"], note=False)  # noted by the tower
    vision_embed, audio_embed = embedder_params(v, tower.out_channels, text_h), embedder_params(a, audio_h, text_h)
    for k in ("audio_soft_tokens_per_image", "vision_soft_tokens_per_image", "hidden_size", "vocab_size"):
        c.get(k, default=None, note=False)
    name = v.str("architecture", default="mobilenetv5_300m_enc")
    c.notes.append(
        Message(
            "gemma3n.towers",
            "Gemma 3n's towers beside the text model: vision {vision:,} (timm {arch}, {tokens} tokens per image), "
            "audio {audio:,}, embedders {embed:,} parameters",
            vision=tower.params,
            arch=name,
            tokens=tower.tokens_per_image,
            audio=audio,
            embed=vision_embed + audio_embed,
        )
    )
    specs = (
        TowerSpec(
            kind="timm_vision",
            params=tower.params,
            embedder_params=vision_embed,
            soft_tokens=tower.tokens_per_image,
            timm_architecture=name,
            image_size=tower.image_size,
        ),
        TowerSpec(
            kind="conformer_audio",
            params=audio,
            embedder_params=audio_embed,
            soft_tokens=c.int("audio_soft_tokens_per_image", default=188, note=False),
            conformer=conformer(a),
        ),
    )
    unverified = tower_checks(c, v, a)
    return text.model_copy(update={"family": mt, "towers": specs, "unverified": (*text.unverified, *unverified)})


def conformer(a: ConfigReader) -> ConformerSpec:
    """The conformer (core.architecture.ConformerSpec, the key of its measured activations in core/memory/towers.py)
    as the config spells it, transformers' Gemma3nAudioConfig defaults where a key is absent (noted by
    audio_tower_params)."""
    d = ConformerSpec()

    def pairs(key: str) -> tuple[tuple[int, int], ...]:
        return tuple(_pairs(a, key, 2))

    def ints(key: str, default: int) -> int:
        return a.int(key, default=default, note=False)

    channels = a.get("sscp_conv_channel_size", default=_AUDIO_DEFAULTS["sscp_conv_channel_size"], note=False)
    return ConformerSpec(
        hidden_size=ints("hidden_size", d.hidden_size),
        conf_num_hidden_layers=ints("conf_num_hidden_layers", d.conf_num_hidden_layers),
        conf_num_attention_heads=ints("conf_num_attention_heads", d.conf_num_attention_heads),
        conf_conv_kernel_size=ints("conf_conv_kernel_size", d.conf_conv_kernel_size),
        conf_attention_chunk_size=ints("conf_attention_chunk_size", d.conf_attention_chunk_size),
        conf_attention_context_left=ints("conf_attention_context_left", d.conf_attention_context_left),
        conf_attention_context_right=ints("conf_attention_context_right", d.conf_attention_context_right),
        conf_reduction_factor=ints("conf_reduction_factor", d.conf_reduction_factor),
        input_feat_size=ints("input_feat_size", d.input_feat_size),
        sscp_conv_channel_size=tuple(int(x) for x in channels),
        sscp_conv_stride_size=pairs("sscp_conv_stride_size"),
        sscp_conv_kernel_size=pairs("sscp_conv_kernel_size"),
    )


def tower_checks(c: ConfigReader, v: ConfigReader, a: ConfigReader) -> list[str]:
    """The towers' activations are measured for the vision tower and the conformer every released Gemma 3n names
    (core/memory/towers.py VISION, AUDIO); a config naming others gets its answers flagged unverified, naming what
    differs (the engine costs them as the measured ones)."""
    arch = towers.MEASURED_VISION
    out: list[str] = []
    name = v.str("architecture", default=arch)
    if name not in towers.VISION:
        out.append(
            Message(
                "unverified.gemma3n_vision_tower",
                "'{key}' names timm's {name}, whose activations are not measured: images are costed as {measured}'s",
                key=v.prefix + "architecture",
                name=name,
                measured=arch,
            )
        )
    if conformer(a) not in towers.AUDIO or c.int("audio_soft_tokens_per_image", default=188, note=False) != 188:
        out.append(
            Message(
                "unverified.gemma3n_audio_tower",
                "'{key}' describes a conformer unlike the released Gemma 3n's, whose activations alone are measured: "
                "audio is costed as that one's",
                key=a.prefix.rstrip("."),
            )
        )
    if c.int("vision_soft_tokens_per_image", default=256, note=False) != 256:
        out.append(
            Message(
                "unverified.gemma3n_vision_tokens",
                "'vision_soft_tokens_per_image' is not the 256 (16 × 16) the measured vision tower makes",
            )
        )
    return out


BUILDERS: dict[str, Callable[[ConfigReader, str, str], Architecture]] = {"gemma3n": _gemma3n}
