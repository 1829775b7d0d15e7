"""What fits, and how to make it fit: the five answers of `sizing fit` and the GUI's fit explorer.

For a Scenario:
1. `limits` (largest.py): the largest context, batch and concurrency that fit (the exact solvers of core.sweep).
2. `gpus_needed` (fewest_gpus.py): the fewest GPUs that fit and the parallelism layout (core.sweep.fewest_gpus).
3. `catalogue_scan` (catalogue.py): every accelerator in the catalogue with this setup: fits or not, headroom, speed
   (the engine's roofline/MFU figures) and cost per hour where the catalogue has a price (none is ever invented).
4. `format_scan` (formats.py): every weight format this runtime loads: fits fully / partially (llama.cpp only: some
   layers' weights in system RAM) / too large — as LM Studio's per-quantization badge.
5. `suggestions` (suggest.py; single changes in changes.py, several together in combinations.py): for a scenario
   that does not fit, the cheapest changes that make it fit, each verified by re-estimating the changed scenario and
   each carrying its exact edit (`Edit`: field path and new value), which `apply_edits` (edits.py) applies in one
   step (one undoable edit in the GUI).

The answers are the typed models of answers.py; `explore` below gathers all five into a FitReport. Every figure
comes from `core.estimate.estimate` on a concrete Scenario; nothing here re-derives a formula.
"""

from __future__ import annotations

from core.estimate import estimate
from core.fit.answers import (
    BADGE_WORDS,
    Badge,
    Edit,
    EditValue,
    FitReport,
    FormatOption,
    GpuOption,
    GpusNeeded,
    Layout,
    Limits,
    Suggestion,
    SuggestionKind,
)
from core.fit.catalogue import catalogue_scan
from core.fit.changes import KV_SMALLER
from core.fit.edits import apply_edits
from core.fit.edits import field_value as _get  # the name tests and callers used before the split
from core.fit.fewest_gpus import PARALLEL_PATHS, describe_layout, gpus_needed
from core.fit.formats import format_scan, model_weight_bytes
from core.fit.largest import _image_model, limits
from core.fit.suggest import INFERENCE_ORDER, TRAINING_ORDER, suggestions
from core.scenario import Scenario

__all__ = [
    "BADGE_WORDS",
    "INFERENCE_ORDER",
    "KV_SMALLER",
    "PARALLEL_PATHS",
    "TRAINING_ORDER",
    "Badge",
    "Edit",
    "EditValue",
    "FitReport",
    "FormatOption",
    "GpuOption",
    "GpusNeeded",
    "Layout",
    "Limits",
    "Suggestion",
    "SuggestionKind",
    "_get",
    "_image_model",
    "apply_edits",
    "catalogue_scan",
    "describe_layout",
    "explore",
    "format_scan",
    "gpus_needed",
    "limits",
    "model_weight_bytes",
    "suggestions",
]


def explore(scenario: Scenario) -> FitReport:
    """The five answers for one scenario."""
    est = estimate(scenario)
    lim = limits(scenario)
    needed = gpus_needed(scenario)
    formats, note = format_scan(scenario)
    return FitReport(
        scenario_name=scenario.name,
        fits=est.fit.fits,
        gpu_name=est.fit.gpu_name,
        gpus=scenario.parallelism.gpus,
        total_bytes=est.memory.total,
        usable_bytes=est.fit.usable_bytes,
        headroom_bytes=est.fit.headroom_bytes,
        limits=lim,
        gpus_needed=needed,
        catalogue=catalogue_scan(scenario),
        formats=formats,
        formats_note=note,
        suggestions=suggestions(scenario, needed=needed, formats=formats, lim=lim),
    )
