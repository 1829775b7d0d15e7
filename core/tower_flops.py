"""FLOPs of the encoder towers a multimodal model runs over its workload's images and audio, beside the text model.

A tower runs once per image or per audio chunk, over its own positions — not once per context token — so its
weights are not in the text model's 2·N per token (core.compute.active_params leaves them out) but costed here, from
the structure the memory estimate reads:

* a VLM's vision tower (VisionSpec): every patch of every image through the blocks, 2·N_blocks FLOPs a patch (the patch
  embedding is a convolution of stride = kernel: each patch multiplies through its weights once), plus attention over
  the image's own patches, 4·L·P·d a patch (QKᵀ and AV, Kaplan et al. 2020's 4·n_layer·n_ctx·d_attn with n_ctx the
  image's P patches); the projector over the merged rows, P / merge² an image (Qwen's patch merger, Pixtral's);
* Voxtral's audio tower (Whisper's encoder): per 30-second chunk, conv1 over its 3,000 mel frames, conv2 (stride 2)
  and every block over its 1,500 positions, attention over those 1,500, and the projector over the 375 rows
  VoxtralModel.get_audio_features regroups them into;
* Gemma 3n's USM conformer: its parameters over the positions its subsampling convolutions leave (25 a second of
  audio: 100 log-mel frames over the two stride-2 convolutions), attention over its local chunk
  (conf_attention_chunk_size + context left + right);
* Gemma 3n's timm vision tower (MobileNetV5) has no such structure here — a convolutional network's FLOPs are not its
  parameters × positions — so its forward FLOPs per image are data, counted over timm's own model
  (core/importers/hf_gemma3n.py TIMM_TOWERS forward_flops: 8.715e11 for mobilenetv5_300m_enc at 768²); a timm tower
  without that figure is not costed, and the answer says so.

Training: a tower that trains (full fine-tuning) costs forward and backward, the same multiple of its forward as the
text model (core.compute.training_multiplier); a frozen one (LoRA on the text model) costs its forward only: its
parameters have requires_grad False (peft's BaseTuner._mark_only_adapters_as_trainable) and its inputs (pixel_values,
input_features) need no gradient, so autograd records none of its ops and backward never reaches it — except where
gradient checkpointing is on and the tower exposes an input embedding: transformers 5.25's
`gradient_checkpointing_enable()` calls `self.enable_input_require_grads()` on a model whose main input is input_ids
(modeling_utils.py: `needs_embedding_grads = self.main_input_name == "input_ids"`), and that hooks the input
embeddings of every PreTrainedModel inside it (`for module in self.modules(): ... input_embeddings =
module.get_input_embeddings()` → `register_forward_hook(make_inputs_require_grads)`); VoxtralEncoder names its conv1
(`_input_embed_layer = "conv1"`), so conv1's output requires grad and backward runs through the frozen encoder (input
gradients, no weight gradients), its checkpointed layers recomputed under full checkpointing. An idle tower (no images,
no audio) costs nothing."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from core.architecture import Architecture
from core.memory.towers import (
    CLIP_SECONDS,
    FRAMES_PER_SECOND,
    WHISPER_CHUNK_SECONDS,
    audio_tower,
    chunk_tokens,
    vision_tower,
    whisper_audio,
)
from core.messages import Message
from core.params import ParamCount, TensorGroup
from core.scenario import Scenario

LOOKUPS = ("embedding", "position", "norm", "bias")  # no multiply-adds (as core.compute.active_params)


@dataclass(frozen=True)
class TowerFlops:
    """One tower's forward FLOPs for one sequence's images or audio."""

    kind: Literal["vision", "audio"]
    forward: float  # FLOPs, every image / chunk of one sequence
    inputs: int  # images, or audio chunks / clips, per sequence
    positions: int  # positions the tower runs over per image / chunk
    words: str
    # transformers' enable_input_require_grads (which gradient_checkpointing_enable calls on a causal LM) hooks this
    # tower's input embedding too, so a frozen tower runs backward (input gradients) under checkpointing
    hooked_by_checkpointing: bool = False


# Whether transformers 5.25's enable_input_require_grads — which gradient checkpointing turns on for a model read by
# input_ids — hooks a vision-language family's vision tower (its patch embedding is the tower's get_input_embeddings),
# so that under LoRA with checkpointing backward runs through the frozen tower. Measured on meta-device builds
# (tools/calibration/input_hooks.py → tests/data/calibration/input_hooks.json); a family not listed is not known.
VISION_INPUT_HOOKED: dict[str, bool] = {
    "exaone4_5": True,
    "gemma3": True,
    "internvl": True,
    "lfm2_vl": True,
    "llama4": True,
    "llava": True,
    "mistral3": True,
    "qwen2_vl": True,
    "qwen2_5_vl": True,
    "gemma4": False,
    "hunyuan_vl": False,
    "kimi_k25": False,
    "muse_glimmer": False,
    "qwen3_5": False,
    "qwen3_5_moe": False,
    "qwen3_vl": False,
}


def tower_group(arch: Architecture, component: str) -> bool:
    """A parameter group of a tower that runs per image or audio chunk, not per context token: a VLM's vision tower
    and its projector (core/params.py "vision_tower", "vision_tower.…"), Gemma 3n's "audio_tower", Voxtral's encoder
    ("encoder", "encoder.…") and projector ("other.audio_projector") — never a multimodal embedder ("….embedder"),
    which Gemma 3n runs on every text token."""
    if arch.decoder is None:
        return False  # a vision or audio model alone: the tower is the model
    if component.endswith(".embedder"):
        return False
    for t in ("vision_tower", "audio_tower"):
        if component == t or component.startswith(t + "."):
            return True
    if whisper_audio(arch):
        return component == "encoder" or component.startswith("encoder.") or component == "other.audio_projector"
    return False


def _numel(groups: list[TensorGroup]) -> int:
    return sum(g.numel for g in groups if g.kind not in LOOKUPS)


# Families whose processor ends every row of an image's tokens with a break token (the last with an end token), so an
# image of r rows of c tokens takes r · (c + 1) context positions: PixtralProcessor.replace_image_token (transformers
# 5.25, the processor of mistral3): "[[self.image_token] * num_width_tokens + [self.image_break_token]] *
# num_height_tokens … replace_tokens[-1] = self.image_end_token".
IMAGE_ROW_BREAK = frozenset({"mistral3"})


def image_tokens(arch: Architecture, image_size: int | None) -> int:
    """Context tokens one image takes in a VLM (VisionSpec): its patches over the projector's spatial merge
    (Qwen-VL's 2 × 2 patch merger: (768 / 16)² / 4 = 576), and a break token a row where the processor adds one
    (Pixtral at 1,540²: 55 rows of 55 → 55 × 56 = 3,080)."""
    v = arch.vision
    if v is None or arch.decoder is None:
        return 0
    side = (image_size or v.image_size) // v.patch_size
    merge = v.projector.merge_size if v.projector is not None else 1
    rows = side // merge if arch.family in IMAGE_ROW_BREAK else 0
    return side * side // (merge * merge) + rows


def media_tokens(scenario: Scenario) -> tuple[int, int]:
    """Context positions per sequence the workload's images and audio take, (image tokens, audio tokens), as the
    memory estimate counts them (each replaces a placeholder token of the prompt, so the context holds them): a VLM's
    image_tokens per image; Gemma 3n's soft tokens per image (256) and per clip of up to 30 s (188); Voxtral's 375 per
    30 s chunk. The largest context that fits holds them too: the text's room is that context less these."""
    arch, w = scenario.model.architecture, scenario.workload
    if arch.decoder is None:
        return 0, 0
    images = 0
    if w.images:
        t = vision_tower(arch)
        per = t.soft_tokens if t is not None else image_tokens(arch, w.image_size)
        images = w.images * per
    audio = 0
    if w.audio_seconds > 0:
        a = audio_tower(arch)
        if whisper_audio(arch):
            audio = math.ceil(w.audio_seconds / WHISPER_CHUNK_SECONDS) * chunk_tokens(arch)
        elif a is not None:
            audio = math.ceil(w.audio_seconds / CLIP_SECONDS) * a.soft_tokens
    return images, audio


MediaKind = Literal["image", "audio", "image and audio"]


def media_kind(scenario: Scenario) -> MediaKind | None:
    """Which kinds of media tokens the workload puts in the context (media_tokens), for the words that name them: a
    workload with audio alone has audio tokens, not "image/audio" ones."""
    images, audio = media_tokens(scenario)
    if images and audio:
        return "image and audio"
    return "image" if images else "audio" if audio else None


def towers(scenario: Scenario, pc: ParamCount) -> list[TowerFlops]:
    """The towers the workload feeds, with their forward FLOPs per sequence; [] for a text-only workload."""
    arch, w = scenario.model.architecture, scenario.workload
    if arch.decoder is None:
        return []
    out: list[TowerFlops] = []
    v = arch.vision
    if v is not None and w.images:
        size = w.image_size or v.image_size
        patches = (size // v.patch_size) ** 2
        tokens = patches + (1 if v.class_token else 0)
        groups = [g for g in pc.groups if tower_group(arch, g.component)]
        proj = _numel([g for g in groups if g.component == "vision_tower.projector"])
        body = _numel([g for g in groups if g.component != "vision_tower.projector"])
        st = v.stack
        merge = v.projector.merge_size if v.projector is not None else 1
        rows = patches // (merge * merge)
        attention = 4 * st.num_layers * tokens * st.attention.q_width
        per_image = tokens * (2 * body + attention) + 2 * proj * rows
        out.append(
            TowerFlops(
                "vision",
                per_image * w.images,
                w.images,
                tokens,
                Message(
                    "flops.vision_tower",
                    "vision tower: {images} image(s) × ({tokens:,} patches × (2 × {body:,} parameters + attention "
                    "4·{layers}·{tokens:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} merged rows) = "
                    "{flops:.3e} FLOPs per sequence (forward)",
                    images=w.images,
                    tokens=tokens,
                    body=body,
                    layers=st.num_layers,
                    d=st.attention.q_width,
                    proj=proj,
                    rows=rows,
                    flops=per_image * w.images,
                ),
                hooked_by_checkpointing=VISION_INPUT_HOOKED.get(arch.family, False),
            )
        )
    if w.audio_seconds > 0 and whisper_audio(arch):
        e, a = arch.encoder, arch.audio
        assert e is not None and a is not None  # whisper_audio
        chunks = math.ceil(w.audio_seconds / WHISPER_CHUNK_SECONDS)
        positions = a.max_source_positions
        enc = _numel([g for g in pc.groups if g.component == "encoder" or g.component.startswith("encoder.")])
        conv1 = a.num_mel_bins * e.hidden_size * 3  # Conv1d(num_mel_bins, d_model, kernel_size=3, padding=1)
        proj = _numel([g for g in pc.groups if g.component == "other.audio_projector"])
        rows = chunk_tokens(arch)
        attention = 4 * e.num_layers * positions * e.attention.q_width
        per_chunk = 2 * conv1 * 2 * positions + positions * (2 * (enc - conv1) + attention) + 2 * proj * rows
        out.append(
            TowerFlops(
                "audio",
                per_chunk * chunks,
                chunks,
                positions,
                Message(
                    "flops.whisper_tower",
                    "audio tower: {chunks} chunk(s) of 30 s × (conv1 2 × {conv1:,} × {frames:,} mel frames + "
                    "{positions:,} positions × (2 × {enc:,} parameters + attention 4·{layers}·{positions:,}·{d:,}) + "
                    "projector 2 × {proj:,} parameters × {rows:,} rows) = {flops:.3e} FLOPs per sequence (forward)",
                    chunks=chunks,
                    conv1=conv1,
                    frames=2 * positions,
                    positions=positions,
                    enc=enc - conv1,
                    layers=e.num_layers,
                    d=e.attention.q_width,
                    proj=proj,
                    rows=rows,
                    flops=per_chunk * chunks,
                ),
                hooked_by_checkpointing=True,
            )
        )
    timm = _timm_flops(arch)
    if w.images and timm:
        tv = vision_tower(arch)
        assert tv is not None  # _timm_flops
        out.append(
            TowerFlops(
                "vision",
                timm * w.images,
                w.images,
                tv.soft_tokens,
                Message(
                    "flops.timm_tower",
                    "vision tower: {images} image(s) × {per:.3e} FLOPs (timm's {arch} over a {side} × {side} image, "
                    "counted with PyTorch's FlopCounterMode) = {flops:.3e} FLOPs per sequence (forward)",
                    images=w.images,
                    per=float(timm),
                    arch=tv.timm_architecture,
                    side=tv.image_size,
                    flops=float(timm * w.images),
                ),
            )
        )
    t = audio_tower(arch)
    if w.audio_seconds > 0 and t is not None and t.conformer is not None:
        c = t.conformer
        clips = math.ceil(w.audio_seconds / CLIP_SECONDS)
        seconds = w.audio_seconds if clips == 1 else CLIP_SECONDS  # longer audio: every clip padded to a full one
        stride = math.prod(s[0] for s in c.sscp_conv_stride_size)
        positions = math.ceil(seconds * FRAMES_PER_SECOND / stride)
        params = _numel([g for g in pc.groups if g.component == "audio_tower"])
        window = c.conf_attention_chunk_size + c.conf_attention_context_left + c.conf_attention_context_right
        attention = 4 * c.conf_num_hidden_layers * min(positions, window) * c.hidden_size
        per_clip = positions * (2 * params + attention)
        out.append(
            TowerFlops(
                "audio",
                per_clip * clips,
                clips,
                positions,
                Message(
                    "flops.conformer_tower",
                    "audio tower: {clips} clip(s) × {positions:,} positions × (2 × {params:,} parameters + local "
                    "attention 4·{layers}·{window}·{d:,}) = {flops:.3e} FLOPs per sequence (forward)",
                    clips=clips,
                    positions=positions,
                    params=params,
                    layers=c.conf_num_hidden_layers,
                    window=min(positions, window),
                    d=c.hidden_size,
                    flops=per_clip * clips,
                ),
            )
        )
    return out


def _timm_flops(arch: Architecture) -> int:
    """Forward FLOPs of one image through a timm vision tower (Gemma 3n's MobileNetV5), measured data beside its
    parameter count (core/importers/hf_gemma3n.py TIMM_TOWERS); 0 where there is none or it is not measured."""
    v = vision_tower(arch)
    if v is None or arch.decoder is None:
        return 0
    from core.importers.hf_gemma3n import TIMM_TOWERS  # the importer's data; imported here, it imports the memory

    tower = TIMM_TOWERS.get(v.timm_architecture)
    return tower.forward_flops if tower is not None else 0


def uncosted(scenario: Scenario) -> list[str]:
    """Towers the workload feeds whose FLOPs are not costed: a timm vision tower whose FLOPs were not measured."""
    arch = scenario.model.architecture
    v = vision_tower(arch)
    if v is None or not scenario.workload.images or arch.decoder is None or _timm_flops(arch):
        return []
    return [
        Message(
            "note.timm_tower_flops",
            "the vision tower's compute ({images} image(s) per sequence through timm's {arch}) is not in the time: "
            "a convolutional tower's FLOPs are not read from its structure here",
            images=scenario.workload.images,
            arch=v.timm_architecture,
        )
    ]
