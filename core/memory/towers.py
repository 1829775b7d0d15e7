"""Gemma 3n's towers in memory: timm's MobileNetV5 (the vision tower) and the USM conformer (the audio encoder), each
with its multimodal embedder. Neither is a layer kind of the engine (a MobileNet's blocks live in timm's code, not in
the config), so what they allocate is data, measured on fake tensors with transformers' own code for the towers
(tools/calibration/gemma3n_towers.py → tests/data/calibration/gemma3n_towers.json) and keyed by the tower's
architecture: the timm architecture name for the vision tower (as core/importers/hf_gemma3n.py TIMM_TOWERS), the
conformer's config keys for the audio tower.

Each figure is linear in the tower's input — images, or seconds of audio per clip — with a constant per call (images)
or per clip (audio), and was derived from two measured points; the other measured points are held out
(tests/core/test_gemma3n_tower_memory.py). In 16 bits:
* prefill (transformers, no_grad): the peak of the tower's call. The towers run one after the other before the text
  model, so the prefill's activations are the largest of the towers' peaks and the text model's;
* full fine-tuning: what the call leaves for backward, added to the text model's saved activations. A frozen tower
  (LoRA on the text model) keeps nothing: nothing in it needs a gradient (measured: 0 bytes for two images, 0.7 MiB
  for 30 s of audio). peft's all-linear would also wrap the conformer's Linears (not measured: the answer says so,
  core/estimate.py).

The saved architecture does not name its towers (a new field would change the saved form): the engine applies the
towers transformers builds for the family by default — every released Gemma 3n names them (FAMILY_TOWERS) — and the
importer flags a config that names others (hf_gemma3n.tower_checks) as unverified, naming the key."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.architecture import Architecture
from core.memory.context import Ctx, Num
from core.messages import Bytes, Message, join


@dataclass(frozen=True)
class TowerMemory:
    """Bytes of one tower call in 16 bits: `per_unit` × units + `constant`, for the prefill's peak (`transient_*`)
    and for what full fine-tuning keeps for backward (`saved_*`). A unit is an image (the constant is per call) or a
    second of one clip's audio (the constant is per clip)."""

    transient_per_unit: float
    transient_constant: float
    saved_per_unit: float
    saved_constant: float

    def transient(self, units: Num, calls: Num) -> Num:
        return np.maximum(self.transient_per_unit * units + self.transient_constant * calls, 0.0)

    def saved(self, units: Num, calls: Num) -> Num:
        return np.maximum(self.saved_per_unit * units + self.saved_constant * calls, 0.0)


def _line(one: tuple[float, int], two: tuple[float, int]) -> tuple[float, float]:
    """(slope, intercept) through two measured (units, bytes) points."""
    (x1, y1), (x2, y2) = one, two
    slope = (y2 - y1) / (x2 - x1)
    return slope, y1 - slope * x1


# tests/data/calibration/gemma3n_towers.json, rows with role "derive" (bf16, 768 × 768 images: the size
# Gemma3nImageProcessor resizes every image to). Inference peak: 1 image 188,817,408 B, 4 images 755,269,632 B (exactly
# 4 ×). Saved for backward under full fine-tuning: 1 image 3,713,428,992 B, 4 images 14,853,424,640 B.
_V_PEAK = _line((1, 188_817_408), (4, 755_269_632))
_V_SAVED = _line((1, 3_713_428_992), (4, 14_853_424_640))
VISION: dict[str, TowerMemory] = {
    "mobilenetv5_300m_enc": TowerMemory(_V_PEAK[0], _V_PEAK[1], _V_SAVED[0], _V_SAVED[1]),
}


@dataclass(frozen=True)
class Conformer:
    """The audio_config keys that shape the USM conformer's activations (transformers' Gemma3nAudioConfig) and the
    audio front end's: log-mel frames per second (Gemma3nAudioFeatureExtractor's hop_length_ms = 10, a
    preprocessor_config.json key, not config.json's) and the longest clip (its max_length, 480,000 samples at 16 kHz),
    and the soft tokens each clip takes in the context (config.json's audio_soft_tokens_per_image: transformers pads
    every clip's encoder output to it)."""

    hidden_size: int = 1536
    conf_num_hidden_layers: int = 12
    conf_num_attention_heads: int = 8
    conf_conv_kernel_size: int = 5
    conf_attention_chunk_size: int = 12
    conf_attention_context_left: int = 13
    conf_attention_context_right: int = 0
    conf_reduction_factor: int = 4
    input_feat_size: int = 128
    sscp_conv_channel_size: tuple[int, ...] = (128, 32)
    sscp_conv_stride_size: tuple[tuple[int, int], ...] = ((2, 2), (2, 2))
    sscp_conv_kernel_size: tuple[tuple[int, int], ...] = ((3, 3), (3, 3))
    audio_soft_tokens_per_image: int = 188
    frames_per_second: float = 100.0
    clip_seconds: float = 30.0

    @property
    def tokens_per_second(self) -> float:
        """Encoder outputs per second of audio: frames per second over the subsampling convolutions' time strides
        (sscp_conv_stride_size) and the conformer's output reduction (conf_reduction_factor): 100 / 2 / 2 / 4 = 6.25,
        so 30 s make 188 (rounded up), audio_soft_tokens_per_image."""
        stride = math.prod(s[0] for s in self.sscp_conv_stride_size)
        return self.frames_per_second / stride / self.conf_reduction_factor


USM = Conformer()  # transformers' Gemma3nAudioConfig() and audio_soft_tokens_per_image, the released models' audio
# tests/data/calibration/gemma3n_towers.json, rows with role "derive" (bf16, one clip, all frames valid). Inference
# peak: 10 s 106,818,560 B, 30 s 320,881,152 B. Saved under full fine-tuning: 10 s 806,099,456 B, 30 s 2,414,870,016 B.
_A_PEAK = _line((10, 106_818_560), (30, 320_881_152))
_A_SAVED = _line((10, 806_099_456), (30, 2_414_870_016))
AUDIO: dict[Conformer, TowerMemory] = {USM: TowerMemory(_A_PEAK[0], _A_PEAK[1], _A_SAVED[0], _A_SAVED[1])}

# the towers transformers builds for a family when its config names none, which every released checkpoint names
FAMILY_TOWERS: dict[str, tuple[str, Conformer]] = {"gemma3n": ("mobilenetv5_300m_enc", USM)}


def has_towers(ctx: Ctx) -> bool:
    return has_audio_tower(ctx.arch)


def has_vision_tower(arch: Architecture) -> bool:
    """A model whose vision tower is one of these (not a VisionSpec): it takes images."""
    return arch.family in FAMILY_TOWERS and arch.decoder is not None


def has_audio_tower(arch: Architecture) -> bool:
    """A model whose audio tower is one of these: it takes audio (workload.audio_seconds)."""
    return arch.family in FAMILY_TOWERS and arch.decoder is not None


def audio_seconds(ctx: Ctx) -> float:
    return ctx.scenario.workload.audio_seconds


def audio_clips(ctx: Ctx) -> tuple[int, float]:
    """Clips per sequence and the seconds the encoder runs over for each: audio longer than a clip (30 s) is cut into
    clips by the processor and padded to the longest in the batch, so every clip is a full one then."""
    _, conformer = FAMILY_TOWERS[ctx.arch.family]
    s = audio_seconds(ctx)
    if s <= 0:
        return 0, 0.0
    clips = math.ceil(s / conformer.clip_seconds)
    return clips, (s if clips == 1 else conformer.clip_seconds)


def soft_tokens(ctx: Ctx) -> tuple[int, int]:
    """Context tokens per sequence the towers' outputs take: (image tokens, audio tokens)."""
    from core.importers.hf_gemma3n import TIMM_TOWERS

    arch, conformer = FAMILY_TOWERS[ctx.arch.family]
    clips, _ = audio_clips(ctx)
    return ctx.scenario.workload.images * TIMM_TOWERS[
        arch
    ].tokens_per_image, clips * conformer.audio_soft_tokens_per_image


def _units(ctx: Ctx) -> tuple[TowerMemory, Num, TowerMemory, Num, Num]:
    arch, conformer = FAMILY_TOWERS[ctx.arch.family]
    seqs = ctx.sequences
    images = ctx.scenario.workload.images * seqs + 0.0 * ctx.seq
    clips, seconds = audio_clips(ctx)
    return VISION[arch], images, AUDIO[conformer], clips * seqs * seconds + 0.0 * ctx.seq, clips * seqs + 0.0 * ctx.seq


def _scale(ctx: Ctx, a: int) -> float:
    return a / 2  # measured in 16 bits; fp32 activations take twice the bytes (not measured)


def prefill_peak(ctx: Ctx, a: int) -> tuple[Num, Num]:
    """The vision tower's and the audio tower's peak in the prefill (each 0 without images / audio)."""
    vision, images, audio, seconds, clips = _units(ctx)
    v = np.where(images > 0, vision.transient(images, np.minimum(images, 1.0)), 0.0) * _scale(ctx, a)
    w = np.where(clips > 0, audio.transient(seconds, clips), 0.0) * _scale(ctx, a)
    return v, w


def saved(ctx: Ctx, a: int, trains: bool) -> tuple[Num, Num]:
    """What the vision and the audio tower keep for backward: under full fine-tuning (`trains`), their measured
    saved bytes; frozen, nothing."""
    vision, images, audio, seconds, clips = _units(ctx)
    if not trains:
        return 0.0 * images, 0.0 * images
    v = np.where(images > 0, vision.saved(images, np.minimum(images, 1.0)), 0.0) * _scale(ctx, a)
    w = np.where(clips > 0, audio.saved(seconds, clips), 0.0) * _scale(ctx, a)
    return v, w


def _inputs(ctx: Ctx) -> str:
    """'2 images of 768 × 768 (256 soft tokens each)' and / or '45 s of audio (2 clips, 188 soft tokens each)' per
    sequence."""
    from core.importers.hf_gemma3n import TIMM_TOWERS

    name, conformer = FAMILY_TOWERS[ctx.arch.family]
    tower = TIMM_TOWERS[name]
    parts: list[str] = []
    images = ctx.scenario.workload.images
    if images:
        parts.append(
            Message(
                "towers.images",
                "{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm's {arch})",
                images=images,
                side=tower.image_size,
                tokens=tower.tokens_per_image,
                arch=name,
            )
        )
    clips, _ = audio_clips(ctx)
    if clips:
        parts.append(
            Message(
                "towers.audio",
                "{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, "
                "each clip padded to {tokens} soft tokens)",
                seconds=audio_seconds(ctx),
                clips=clips,
                clip=conformer.clip_seconds,
                rate=conformer.tokens_per_second,
                tokens=conformer.audio_soft_tokens_per_image,
            )
        )
    return join(parts, " and ")


def explain_prefill(ctx: Ctx, vision: Num, audio: Num) -> str:
    if not ctx.scenario.workload.images and not audio_clips(ctx)[0]:
        return ""
    return Message(
        "expl.towers_prefill",
        " Per sequence, {inputs}: the vision tower's call peaks at {vision} and the audio tower's at {audio} "
        "(measured on fake tensors with transformers' code for the towers); they run one after the other before the "
        "text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.",
        inputs=_inputs(ctx),
        vision=Bytes(float(np.max(vision))),
        audio=Bytes(float(np.max(audio))),
    )


def explain_saved(ctx: Ctx, vision: Num, audio: Num, trains: bool) -> str:
    if not ctx.scenario.workload.images and not audio_clips(ctx)[0]:
        return ""
    if not trains:
        return Message(
            "expl.towers_frozen",
            " The frozen vision and audio towers keep nothing for backward (per sequence, {inputs}).",
            inputs=_inputs(ctx),
        )
    return Message(
        "expl.towers_saved",
        " Per sequence, {inputs}: the vision tower keeps {vision} and the audio tower {audio} for backward "
        "(measured on fake tensors with transformers' code for the towers).",
        inputs=_inputs(ctx),
        vision=Bytes(float(np.max(vision))),
        audio=Bytes(float(np.max(audio))),
    )
