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
the measured one and flagged unverified at import (hf_gemma3n.tower_checks), naming the key.

Voxtral's audio tower (transformers' VoxtralEncoder: Whisper's encoder, with VoxtralMultiModalProjector) is read from
the architecture's Whisper front end (AudioSpec, the encoder StackSpec) beside a decoder without cross-attention
(`whisper_audio`). transformers 5.25 feeds it as processing_voxtral.py / modeling_voxtral.py say: the waveform padded to
a multiple of 30 s (`"pad_to_multiple_of": 480000`), its mel frames cut into chunks of 3,000 stacked along the batch
(`input_features.reshape(feature_size, -1, max_source_positions)`), every chunk of the batch through the encoder in
one call (`expected_seq_length = max_source_positions * conv1.stride[0] * conv2.stride[0]`: 1,500 positions per
chunk after conv2's stride 2), then `audio_hidden_states.reshape(-1, audio_config.intermediate_size)` — four
positions per row — through the projector: 375 audio embeddings per chunk, each taking one audio placeholder's
position in the prompt. Its memory is data too (tools/calibration/voxtral_audio.py →
tests/data/calibration/voxtral_audio.json): exactly linear in chunks, with a constant per call."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.architecture import Architecture, ConformerSpec, StackSpec, TowerSpec
from core.memory.context import Ctx, Num, highest
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


# Voxtral's audio tower: Whisper's encoder over 30-second chunks (processing_voxtral.py "pad_to_multiple_of": 480000
# samples at 16 kHz), keyed by the encoder's shape — (layers, hidden, heads, MLP width, positions per chunk, mel bins)
WHISPER_CHUNK_SECONDS = 30.0
VOXTRAL_ENCODER = (32, 1280, 20, 5120, 1500, 128)  # Voxtral Mini 3B and Small 24B (2507): the same audio_config
# tests/data/calibration/voxtral_audio.json, rows with role "derive" (bf16, encoder + projector as
# VoxtralModel.get_audio_features runs them). Inference peak: 1 chunk 46,080,000 B, 2 chunks 92,160,000 B (exactly 2 ×).
# Saved under full fine-tuning: 1 chunk 2,127,802,368 B, 2 chunks 4,255,555,584 B.
_W_PEAK = _line((1, 46_080_000), (2, 92_160_000))
_W_SAVED = _line((1, 2_127_802_368), (2, 4_255_555_584))
WHISPER: dict[tuple[int, ...], TowerMemory] = {
    VOXTRAL_ENCODER: TowerMemory(_W_PEAK[0], _W_PEAK[1], _W_SAVED[0], _W_SAVED[1])
}


# LoRA with gradient checkpointing: transformers' activation_checkpointing_enable calls enable_input_require_grads,
# whose hook makes the frozen tower's input embedding output require a gradient (tests/data/calibration/
# input_hooks.json), and checkpoints every GradientCheckpointingLayer of the model, the towers' blocks too
# (modeling_utils.py `_set_gradient_checkpointing`: `for module in self.modules(): … if enable and isinstance(module,
# GradientCheckpointingLayer)`; voxtral/modeling_voxtral.py `class VoxtralEncoderLayer(GradientCheckpointingLayer)`,
# pixtral/modeling_pixtral.py `class PixtralAttentionLayer(GradientCheckpointingLayer)`). So the frozen tower keeps
# what backward to its input needs: each block's input (checkpointed) and what the ops outside the blocks save.
# Measured (tools/calibration/hooked_towers.py → tests/data/calibration/hooked_towers.json, rows "derive"): Voxtral's
# encoder + projector, bf16, 1 chunk 149,766,144 B, 2 chunks 299,532,288 B (exactly 2 ×: 122,880,000 B of it per
# chunk are the 32 blocks' inputs, 32 × 1,500 × 1,280 × 2).
_W_HOOKED = _line((1, 149_766_144), (2, 299_532_288))
WHISPER_HOOKED: dict[tuple[int, ...], tuple[float, float]] = {VOXTRAL_ENCODER: _W_HOOKED}
# A VisionSpec tower (core/memory/peak.py side stacks) keeps each block's input, layers × patches × hidden × 2 B over
# every image of the micro-batch; beside them, per family measured: bytes per patch outside the blocks, and whether a
# (1, 1, N, N) 16-bit block attention mask over all N patches of the call is kept (Pixtral:
# generate_block_attention_mask, an argument of every checkpointed block's recompute). Mistral-Small-3.1 (Pixtral,
# 24 × 1,024), bf16, rows "derive": one 784² image (3,136 patches) 214,778,880 B, one 1,540² image (12,100 patches)
# 1,045,634,560 B; less the blocks' inputs (24 × 1,024 × 2 B a patch) and the mask (2 N² B): 40,969,216 B and
# 158,075,360 B, a line through the origin (13,064 B a patch: ln_pre, the rotary tables, the projector's norm and GELU).
_P_REST = _line((3136, 40_969_216), (12_100, 158_075_360))
VISION_HOOKED_MEASURED: dict[str, tuple[float, float, bool]] = {"mistral3": (_P_REST[0], _P_REST[1], True)}


def lora_checkpointed(ctx: Ctx) -> bool:
    """LoRA / QLoRA with gradient checkpointing: transformers' enable_input_require_grads hooks the towers."""
    t = ctx.scenario.training
    return ctx.training and t.finetune in ("lora", "qlora") and t.grad_checkpointing != "none"


def hooked_vision_saved(ctx: Ctx, side: StackSpec, patches: Num, a: int) -> Num:
    """What a hooked frozen vision tower (VisionSpec) keeps for backward over `patches` patches in one call: each
    checkpointed block's input, and where measured (VISION_HOOKED_MEASURED) the rest per patch and the block mask."""
    blocks = a * patches * side.hidden_size * side.num_layers
    m = VISION_HOOKED_MEASURED.get(ctx.arch.family)
    if m is None:
        return blocks
    per_patch, constant, mask = m
    rest = (per_patch * patches + constant * np.minimum(patches, 1.0)) * _scale(ctx, a)
    return blocks + rest + (a * patches * patches if mask else 0.0 * patches)


def _whisper_hooked(arch: Architecture) -> tuple[float, float]:
    """The measured line; another encoder shape scaled by layers × hidden × positions (flagged unverified)."""
    m = WHISPER_HOOKED.get(encoder_key(arch))
    if m is not None:
        return m
    layers, hidden, _, _, positions, _ = encoder_key(arch)
    scale = (layers * hidden * positions) / (VOXTRAL_ENCODER[0] * VOXTRAL_ENCODER[1] * VOXTRAL_ENCODER[4])
    return _W_HOOKED[0] * scale, _W_HOOKED[1]


def whisper_audio(arch: Architecture) -> bool:
    """Voxtral's audio tower: Whisper's encoder (AudioSpec + the encoder stack) whose projected frames are spliced into
    a decoder's prompt — not Whisper itself, whose decoder reads the encoder through cross-attention."""
    return (
        arch.audio is not None
        and arch.encoder is not None
        and arch.decoder is not None
        and not arch.decoder.cross_attention
    )


def _encoder(arch: Architecture) -> StackSpec:
    assert arch.encoder is not None  # whisper_audio
    return arch.encoder


def encoder_key(arch: Architecture) -> tuple[int, ...]:
    e, a = _encoder(arch), arch.audio
    assert a is not None and e.mlp is not None
    return (e.num_layers, e.hidden_size, e.attention.num_heads, e.mlp.intermediate_size, a.max_source_positions,
            a.num_mel_bins)  # fmt: skip


def whisper_measured(arch: Architecture) -> bool:
    return encoder_key(arch) in WHISPER


def chunk_tokens(arch: Architecture) -> int:
    """Audio embeddings one 30-second chunk gives the text model: its encoder positions (max_source_positions) regrouped
    by VoxtralModel.get_audio_features' `reshape(-1, audio_config.intermediate_size)` — intermediate_size / hidden
    positions per row: 1500 × 1280 / 5120 = 375 for Voxtral."""
    e, a = _encoder(arch), arch.audio
    assert a is not None and e.mlp is not None
    return a.max_source_positions * e.hidden_size // e.mlp.intermediate_size


def _whisper_memory(arch: Architecture) -> TowerMemory:
    """The measured figures; an encoder of another shape is scaled from them (flagged unverified: core/estimate.py
    unverified_memory_terms): the prefill's peak, one block's live tensors, by hidden × positions; what training keeps,
    every block's, by layers × hidden × positions."""
    m = WHISPER.get(encoder_key(arch))
    if m is not None:
        return m
    base = WHISPER[VOXTRAL_ENCODER]
    layers, hidden, _, _, positions, _ = encoder_key(arch)
    width = (hidden * positions) / (VOXTRAL_ENCODER[1] * VOXTRAL_ENCODER[4])
    depth = layers / VOXTRAL_ENCODER[0]
    return TowerMemory(base.transient_per_unit * width, base.transient_constant, base.saved_per_unit * width * depth,
                       base.saved_constant)  # fmt: skip


def vision_tower(arch: Architecture) -> TowerSpec | None:
    return next((t for t in arch.towers if t.kind == "timm_vision"), None)


def audio_tower(arch: Architecture) -> TowerSpec | None:
    return next((t for t in arch.towers if t.kind == "conformer_audio"), None)


def _conformer(t: TowerSpec) -> ConformerSpec:
    assert t.conformer is not None  # TowerSpec's check: a conformer_audio tower has one
    return t.conformer


def has_towers(ctx: Ctx) -> bool:
    return (bool(ctx.arch.towers) and ctx.arch.decoder is not None) or whisper_audio(ctx.arch)


def has_vision_tower(arch: Architecture) -> bool:
    """A model with a timm vision tower (not a VisionSpec): it takes images."""
    return vision_tower(arch) is not None and arch.decoder is not None


def has_audio_tower(arch: Architecture) -> bool:
    """A model with an audio tower — Gemma 3n's conformer or Voxtral's Whisper encoder: it takes audio
    (workload.audio_seconds)."""
    return (audio_tower(arch) is not None and arch.decoder is not None) or whisper_audio(arch)


def idle_towers(ctx: Ctx) -> tuple[tuple[str, ...], list[TensorGroup]]:
    """The towers a training workload feeds nothing, and their parameter groups: a VLM's vision tower with its projector
    (VisionSpec, component "vision_tower…") when the workload holds no images; Gemma 3n's timm vision tower without
    images and its conformer without audio (their multimodal embedders are not idle: Gemma3nModel.forward embeds every
    text token through embed_vision and embed_audio, transformers 5.25.0 modeling_gemma3n.py `vision_embeds =
    self.embed_vision(input_ids=vision_input_ids)`); Voxtral's encoder and projector without audio (VoxtralModel.forward
    runs them only `if input_features is not None`). Their forward never runs, so autograd gives them no gradient;
    whether the stack then charges them anyway is the stack's trait (core/stacks.py idle_params_skipped_at)."""
    arch, w = ctx.arch, ctx.scenario.workload
    if not ctx.training or arch.decoder is None:
        return (), []
    idle: list[str] = []
    if not w.images and (arch.vision is not None or vision_tower(arch) is not None):
        idle.append("vision")
    if not w.audio_seconds and has_audio_tower(arch):
        idle.append("audio")
    whisper = whisper_audio(arch) and "audio" in idle
    groups = [
        g for g in ctx.pc.groups if _idle_component(g.component, idle) or (whisper and _encoder_part(g.component))
    ]
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


def _encoder_part(component: str) -> bool:
    """Voxtral's audio tower in core/params.py: the encoder's groups ("encoder", "encoder.…") and the projector
    ("other.audio_projector")."""
    return component == "encoder" or component.startswith("encoder.") or component == "other.audio_projector"


def audio_seconds(ctx: Ctx) -> float:
    return ctx.scenario.workload.audio_seconds if has_audio_tower(ctx.arch) else 0.0


def images(ctx: Ctx) -> int:
    return ctx.scenario.workload.images if vision_tower(ctx.arch) is not None else 0


def audio_clips(ctx: Ctx) -> tuple[int, float]:
    """Clips per sequence and the seconds the encoder runs over for each: audio longer than a clip (30 s) is cut into
    clips by the processor and padded to the longest in the batch, so every clip is a full one then."""
    s = audio_seconds(ctx)
    if s <= 0:
        return 0, 0.0
    if whisper_audio(ctx.arch):  # padded to a multiple of 30 s: every chunk a full one
        return math.ceil(s / WHISPER_CHUNK_SECONDS), WHISPER_CHUNK_SECONDS
    clips = math.ceil(s / CLIP_SECONDS)
    return clips, (s if clips == 1 else CLIP_SECONDS)


def soft_tokens(ctx: Ctx) -> tuple[int, int]:
    """Context tokens per sequence the towers' outputs take: (image tokens, audio tokens)."""
    v, a = vision_tower(ctx.arch), audio_tower(ctx.arch)
    clips, _ = audio_clips(ctx)
    per_clip = chunk_tokens(ctx.arch) if whisper_audio(ctx.arch) else (a.soft_tokens if a else 0)
    return images(ctx) * (v.soft_tokens if v else 0), clips * per_clip


def _units(ctx: Ctx) -> tuple[TowerMemory, Num, TowerMemory, Num, Num]:
    """The towers' measured figures, keyed by the timm name / the conformer's structure (one not measured is costed
    as the measured one: flagged at import), and their inputs over the batch: images, seconds, clips."""
    v, a = vision_tower(ctx.arch), audio_tower(ctx.arch)
    vision = VISION.get(v.timm_architecture if v else "", VISION[MEASURED_VISION])
    audio = AUDIO.get(_conformer(a) if a else USM, AUDIO[USM])
    seqs = ctx.sequences
    n = images(ctx) * seqs + 0.0 * ctx.seq
    clips, seconds = audio_clips(ctx)
    if whisper_audio(ctx.arch):  # a unit is a chunk; every chunk of the micro-batch in one encoder call
        chunks = clips * seqs + 0.0 * ctx.seq
        return vision, n, _whisper_memory(ctx.arch), chunks, np.minimum(chunks, 1.0)
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
    saved bytes; frozen, nothing — except Voxtral's encoder under LoRA with gradient checkpointing, which
    enable_input_require_grads hooks (WHISPER_HOOKED). Gemma 3n's towers are sized as not hooked (whether they are
    was not measured: tests/data/calibration/input_hooks.json has no gemma3n row)."""
    vision, images, audio, seconds, clips = _units(ctx)
    if not trains and whisper_audio(ctx.arch) and lora_checkpointed(ctx):
        slope, constant = _whisper_hooked(ctx.arch)
        w = np.where(clips > 0, slope * seconds + constant * clips, 0.0) * _scale(ctx, a)
        return 0.0 * images, w
    if not trains:
        return 0.0 * images, 0.0 * images
    v = np.where(images > 0, vision.saved(images, np.minimum(images, 1.0)), 0.0) * _scale(ctx, a)
    w = np.where(clips > 0, audio.saved(seconds, clips), 0.0) * _scale(ctx, a)
    return v, w


# Gemma3nMultimodalEmbedder's own vocabulary (vision_config / audio_config vocab_size, 128 in transformers 5.25's
# Gemma3nVisionConfig and Gemma3nAudioConfig): its parameters are vocab × m (the embedding), m (hard_embedding_norm),
# m × h (embedding_projection), m (soft_embedding_norm), so m = params / (128 + 2 + h)
EMBEDDER_VOCAB = 128


def embedders_saved(ctx: Ctx, T: Num, a: int, trains: bool) -> Num:
    """What Gemma 3n's multimodal embedders keep for backward on the text tokens under full fine-tuning: Gemma3nModel
    .forward (transformers 5.25) runs every token through embed_vision and embed_audio (`vision_embeds =
    self.embed_vision(input_ids=vision_input_ids)`, the text tokens mapped to a dummy id) and picks with torch.where,
    so each embedder, of width m beside the text width h, keeps per token: its ids (8 B, for the embedding's
    backward), hard_embedding_norm's fp32 input and normalised output (4m + 4m, Gemma3nRMSNorm computes in fp32 and
    multiplies by the weight), its mean and rsqrt (4 + 4), embedding_projection's 16-bit input (a·m),
    embedding_post_projection_norm's fp32 input, mean and rsqrt (4h + 8) and torch.where's mask (1): 10m + 4h + 25 B in
    16 bits; and once, the norm weight's fp32 copy (4m). Measured: the whole Gemma3nForConditionalGeneration less
    its text model alone, 10 layers, b1 s2048 bf16 (tools/calibration/run_cases.py gemma3n-e4b-vlm-10l and
    gemma3n-e4b-10l): 107,071,488 B of activations at the forward's end = 2,048 × (28,697 + 23,577) + 4 × (2,048 +
    1,536). Frozen (LoRA), nothing: no parameter in them needs a gradient and their input is token ids."""
    st = ctx.arch.decoder
    if not trains or st is None or not ctx.arch.towers:
        return 0.0 * T
    h = st.hidden_size
    total = 0.0 * T
    for t in ctx.arch.towers:
        m, rest = divmod(t.embedder_params, EMBEDDER_VOCAB + 2 + h)
        if m and not rest:
            total = total + T * (8 * m + 8 + a * m + 4 * h + 8 + 1 + 8) + 4 * m
    return total


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
    if clips and whisper_audio(ctx.arch):
        parts.append(
            Message(
                "towers.whisper_audio",
                "{seconds:g} s of audio ({clips} chunk(s) of 30 s through Whisper's encoder, {positions:,} positions "
                "each; {tokens} audio tokens per chunk)",
                seconds=audio_seconds(ctx),
                clips=clips,
                positions=ctx.arch.audio.max_source_positions if ctx.arch.audio else 0,
                tokens=chunk_tokens(ctx.arch),
            )
        )
    elif clips and a is not None:
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
    if whisper_audio(ctx.arch):
        return Message(
            "expl.whisper_prefill",
            " Per sequence, {inputs}: the audio tower's call peaks at {audio} (measured on fake tensors with "
            "transformers' code for the tower); it runs before the text model, so the prefill holds the larger of the "
            "two. Its audio tokens are part of the context.",
            inputs=_inputs(ctx),
            audio=Bytes(highest(audio)),
        )
    return Message(
        "expl.towers_prefill",
        " Per sequence, {inputs}: the vision tower's call peaks at {vision} and the audio tower's at {audio} "
        "(measured on fake tensors with transformers' code for the towers); they run one after the other before the "
        "text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.",
        inputs=_inputs(ctx),
        vision=Bytes(highest(vision)),
        audio=Bytes(highest(audio)),
    )


def explain_saved(ctx: Ctx, vision: Num, audio: Num, trains: bool) -> str:
    if not images(ctx) and not audio_clips(ctx)[0]:
        return ""
    if whisper_audio(ctx.arch):
        if not trains and lora_checkpointed(ctx):
            return Message(
                "expl.whisper_hooked",
                " Per sequence, {inputs}: the frozen audio tower keeps {audio} for backward — LoRA with gradient "
                "checkpointing hooks its input (transformers' enable_input_require_grads), so backward runs through "
                "it; its blocks are checkpointed with the text model's (measured on fake tensors).",
                inputs=_inputs(ctx),
                audio=Bytes(highest(audio)),
            )
        if not trains:
            return Message(
                "expl.whisper_frozen",
                " The frozen audio tower keeps nothing for backward (per sequence, {inputs}).",
                inputs=_inputs(ctx),
            )
        return Message(
            "expl.whisper_saved",
            " Per sequence, {inputs}: the audio tower keeps {audio} for backward (measured on fake tensors with "
            "transformers' code for the tower).",
            inputs=_inputs(ctx),
            audio=Bytes(highest(audio)),
        )
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
        vision=Bytes(highest(vision)),
        audio=Bytes(highest(audio)),
    )
