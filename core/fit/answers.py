"""The fit explorer's answers as typed, frozen models: FitReport and its parts, and `Edit`, the one change to a
Scenario that every answer carries so that the GUI and the CLI can apply it (core.fit.edits.apply_edits)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.messages import Text

EditValue = int | float | str | bool | None


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Edit(_Frozen):
    """One field of the Scenario and its new value, e.g. `Edit(path="parallelism.gpus", value=24)`."""

    path: str = Field(description="dotted field path, as Scenario.changed takes it")
    value: EditValue


class Limits(_Frozen):
    """The largest workload that fits, each found by an exact solver (None: not even 1 fits, or not applicable)."""

    context: int | None = Field(description="tokens per sequence; None if not even one token fits or no context axis")
    batch: int | None = Field(description="sequences (images) per step; training: per-GPU micro-batch")
    concurrency: int | None = Field(description="concurrent requests (inference only)")
    has_context: bool = Field(description="False for models without a context axis (CNNs, image classifiers)")
    context_searched_to: int | None = Field(
        None, description="the search's upper end (the model's maximum position or the scenario's context)"
    )
    context_past_model_maximum: bool = Field(
        False,
        description="the search's upper end is the scenario's context, longer than the model's maximum position",
    )
    media_tokens: int = Field(
        0,
        description="of the context, the positions the workload's images and audio take (core.tower_flops."
        "media_tokens); the text's room is context − media_tokens",
    )
    media_kind: Literal["image", "audio", "image and audio"] | None = Field(
        None, description="what those positions are (core.tower_flops.media_kind)"
    )
    explanations: dict[str, Text] = Field(default_factory=dict)


class Layout(_Frozen):
    gpus: int
    dp: int
    tp: int
    pp: int
    zero: int
    description: Text = Field(description="the layout in words, e.g. 'data parallel × 24 with ZeRO-3'")


class GpusNeeded(_Frozen):
    """The fewest GPUs of the scenario's type that fit, with the layout that makes them fit."""

    found: bool
    gpus: int | None
    layout: Layout | None
    total_bytes: int | None = Field(description="memory per GPU at the peak with that layout")
    usable_bytes: int
    headroom_bytes: int | None
    edits: tuple[Edit, ...] = ()
    searched_up_to: int
    explanation: Text


class GpuOption(_Frozen):
    """The scenario on one catalogue accelerator (same count and layout)."""

    gpu_id: str
    gpu_name: str
    vendor: str
    gpus: int
    fits: bool
    total_bytes: int
    usable_bytes: int
    usable_measured: bool
    headroom_bytes: int
    speed: float | None = Field(description="the engine's throughput figure (see speed_label); None if it does not fit")
    speed_label: Text = Field(description="what `speed` measures, with its unit")
    time_to_first_token: float | None = Field(None, description="inference: seconds")
    price_per_gpu_hour: float | None = Field(description="USD; None when no price is on record")
    cost_per_hour: float | None = Field(description="USD per hour for all `gpus`; None when no price is on record")
    price_source: Text = ""
    edits: tuple[Edit, ...]


Badge = Literal["fits", "partial", "too_large"]
BADGE_WORDS: dict[str, str] = {"fits": "fits fully", "partial": "fits partially (offload)", "too_large": "too large"}


class FormatOption(_Frozen):
    """One weight format on this GPU (LM Studio's per-quantization badge)."""

    format_id: str
    name: str
    bits_per_weight: float = Field(description="the whole model's weight bytes × 8 / parameters (metadata included)")
    badge: Badge
    weights_bytes: int = Field(description="weights per GPU in this format")
    total_bytes: int
    usable_bytes: int
    headroom_bytes: int
    gpu_layers: int | None = Field(None, description="partial: layers whose weights stay on the GPU")
    layers: int | None = None
    cpu_weights_bytes: int | None = Field(None, description="partial: weights kept in system RAM")
    explanation: Text
    edits: tuple[Edit, ...]


SuggestionKind = Literal[
    "smaller_batch",
    "fewer_requests",
    "checkpointing",
    "offload",
    "more_gpus",
    "kv_cache",
    "smaller_format",
    "shorter_context",
]


class Suggestion(_Frozen):
    kind: SuggestionKind = Field(description="the main change (more_gpus for a combination with more GPUs)")
    changes: tuple[SuggestionKind, ...] = Field(description="every kind of change it makes")
    title: Text = Field(description="the change in words, e.g. 'Use 24 GPUs: data parallel × 24 with ZeRO-3'")
    cost: Text = Field(description="what the change costs or gives up")
    edits: tuple[Edit, ...] = Field(description="apply together with `apply_edits` (one undoable edit)")
    total_bytes: int = Field(description="memory per GPU after the change (re-estimated)")
    usable_bytes: int
    headroom_bytes: int


class FitReport(_Frozen):
    scenario_name: str
    fits: bool
    gpu_name: str
    gpus: int
    total_bytes: int
    usable_bytes: int
    headroom_bytes: int
    limits: Limits
    gpus_needed: GpusNeeded
    catalogue: tuple[GpuOption, ...]
    formats: tuple[FormatOption, ...]
    formats_note: Text = ""
    suggestions: tuple[Suggestion, ...] = Field(description="empty when the scenario fits")
