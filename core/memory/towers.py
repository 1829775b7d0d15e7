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

The architecture names its towers (Architecture.towers, TowerSpec: the timm name, the conformer's keys, the soft
tokens per image / clip), filled by the importer from the config; a tower other than the measured ones is costed as
the measured one and flagged unverified at import (hf_gemma3n.tower_checks), naming the key."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.architecture import Architecture, ConformerSpec, TowerSpec
from core.memory.context import Ctx, Num
from core.messages import Bytes, Message, join
from core.params import TensorGroup


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


# The audio front end (Gemma3nAudioFeatureExtractor, preprocessor_config.json keys, not config.json's): log-mel frames
# per second (hop_length_ms = 10) and the longest clip (max_length, 480,000 samples at 16 kHz).
FRAMES_PER_SECOND = 100.0
CLIP_SECONDS = 30.0


def tokens_per_second(conformer: ConformerSpec) -> float:
    """Encoder outputs per second of audio: frames per second over the subsampling convolutions' time strides
    (sscp_conv_stride_size) and the conformer's output reduction (conf_reduction_factor): 100 / 2 / 2 / 4 = 6.25 for
    the USM, so 30 s make 188 (rounded up), audio_soft_tokens_per_image."""
    stride = math.prod(s[0] for s in conformer.sscp_conv_stride_size)
    return FRAMES_PER_SECOND / stride / conformer.conf_reduction_factor


USM = ConformerSpec()  # transformers' Gemma3nAudioConfig(), the released Gemma 3n's audio encoder
# tests/data/calibration/gemma3n_towers.json, rows with role "derive" (bf16, one clip, all frames valid). Inference
# peak: 10 s 106,818,560 B, 30 s 320,881,152 B. Saved under full fine-tuning: 10 s 806,099,456 B, 30 s 2,414,870,016 B.
_A_PEAK = _line((10, 106_818_560), (30, 320_881_152))
_A_SAVED = _line((10, 806_099_456), (30, 2_414_870_016))
AUDIO: dict[ConformerSpec, TowerMemory] = {USM: TowerMemory(_A_PEAK[0], _A_PEAK[1], _A_SAVED[0], _A_SAVED[1])}
# what a tower not measured is costed as (the importer flags it unverified, naming the key: hf_gemma3n.tower_checks)
MEASURED_VISION = "mobilenetv5_300m_enc"


def vision_tower(arch: Architecture) -> TowerSpec | None:
    return next((t for t in arch.towers if t.kind == "timm_vision"), None)


def audio_tower(arch: Architecture) -> TowerSpec | None:
    return next((t for t in arch.towers if t.kind == "conformer_audio"), None)


def _conformer(t: TowerSpec) -> ConformerSpec:
    assert t.conformer is not None  # TowerSpec's check: a conformer_audio tower has one
    return t.conformer


def has_towers(ctx: Ctx) -> bool:
    return bool(ctx.arch.towers) and ctx.arch.decoder is not None


def has_vision_tower(arch: Architecture) -> bool:
    """A model with a timm vision tower (not a VisionSpec): it takes images."""
    return vision_tower(arch) is not None and arch.decoder is not None


def has_audio_tower(arch: Architecture) -> bool:
    """A model with a conformer audio tower: it takes audio (workload.audio_seconds)."""
    return audio_tower(arch) is not None and arch.decoder is not None


def idle_towers(ctx: Ctx) -> tuple[tuple[str, ...], list[TensorGroup]]:
    """The towers a training workload feeds nothing, and their parameter groups: a VLM's vision tower with its projector
    (VisionSpec, component "vision_tower…") when the workload holds no images; Gemma 3n's timm vision tower without
    images and its conformer without audio (their multimodal embedders are not idle: Gemma3nModel.forward embeds every
    text token through embed_vision and embed_audio, transformers 5.25.0 modeling_gemma3n.py `vision_embeds =
    self.embed_vision(input_ids=vision_input_ids)`). Their forward never runs, so autograd gives them no gradient;
    whether the stack then charges them anyway is the stack's trait (core/stacks.py idle_params_skipped_at)."""
    arch, w = ctx.arch, ctx.scenario.workload
    if not ctx.training or arch.decoder is None:
        return (), []
    idle: list[str] = []
    if not w.images and (arch.vision is not None or vision_tower(arch) is not None):
        idle.append("vision")
    if not w.audio_seconds and audio_tower(arch) is not None:
        idle.append("audio")
    groups = [g for g in ctx.pc.groups if _idle_component(g.component, idle)]
    return tuple(idle), groups


def _idle_component(component: str, idle: list[str]) -> bool:
    """A tower's own groups (core/params.py: "vision_tower", its blocks "vision_tower.…" and projector
    "vision_tower.projector"; "audio_tower"), never a multimodal embedder ("….embedder")."""
    return any(
        (component == f"{t}_tower" or component.startswith(f"{t}_tower.")) and not component.endswith(".embedder")
        for t in idle
    )


def takes_images(arch: Architecture) -> bool:
    """Whether workload.images is costed for this model: a vision-language model (a VisionSpec beside its decoder)
    or one with a timm vision tower."""
    return (arch.vision is not None and arch.decoder is not None) or has_vision_tower(arch)


def audio_seconds(ctx: Ctx) -> float:
    return ctx.scenario.workload.audio_seconds if audio_tower(ctx.arch) is not None else 0.0


def images(ctx: Ctx) -> int:
    return ctx.scenario.workload.images if vision_tower(ctx.arch) is not None else 0


def audio_clips(ctx: Ctx) -> tuple[int, float]:
    """Clips per sequence and the seconds the encoder runs over for each: audio longer than a clip (30 s) is cut into
    clips by the processor and padded to the longest in the batch, so every clip is a full one then."""
    s = audio_seconds(ctx)
    if s <= 0:
        return 0, 0.0
    clips = math.ceil(s / CLIP_SECONDS)
    return clips, (s if clips == 1 else CLIP_SECONDS)


def soft_tokens(ctx: Ctx) -> tuple[int, int]:
    """Context tokens per sequence the towers' outputs take: (image tokens, audio tokens)."""
    v, a = vision_tower(ctx.arch), audio_tower(ctx.arch)
    clips, _ = audio_clips(ctx)
    return images(ctx) * (v.soft_tokens if v else 0), clips * (a.soft_tokens if a else 0)


def _units(ctx: Ctx) -> tuple[TowerMemory, Num, TowerMemory, Num, Num]:
    """The towers' measured figures, keyed by the timm name / the conformer's structure (one not measured is costed
    as the measured one: flagged at import), and their inputs over the batch: images, seconds, clips."""
    v, a = vision_tower(ctx.arch), audio_tower(ctx.arch)
    vision = VISION.get(v.timm_architecture if v else "", VISION[MEASURED_VISION])
    audio = AUDIO.get(_conformer(a) if a else USM, AUDIO[USM])
    seqs = ctx.sequences
    n = images(ctx) * seqs + 0.0 * ctx.seq
    clips, seconds = audio_clips(ctx)
    return vision, n, audio, clips * seqs * seconds + 0.0 * ctx.seq, clips * seqs + 0.0 * ctx.seq


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
    parts: list[str] = []
    v, a = vision_tower(ctx.arch), audio_tower(ctx.arch)
    n = images(ctx)
    if n and v is not None:
        parts.append(
            Message(
                "towers.images",
                "{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm's {arch})",
                images=n,
                side=v.image_size,
                tokens=v.soft_tokens,
                arch=v.timm_architecture,
            )
        )
    clips, _ = audio_clips(ctx)
    if clips and a is not None:
        parts.append(
            Message(
                "towers.audio",
                "{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, "
                "each clip padded to {tokens} soft tokens)",
                seconds=audio_seconds(ctx),
                clips=clips,
                clip=CLIP_SECONDS,
                rate=tokens_per_second(_conformer(a)),
                tokens=a.soft_tokens,
            )
        )
    return join(parts, " and ")


def explain_prefill(ctx: Ctx, vision: Num, audio: Num) -> str:
    if not images(ctx) and not audio_clips(ctx)[0]:
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
    if not images(ctx) and not audio_clips(ctx)[0]:
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
