"""1. The largest context, batch and concurrency that fit (the exact solvers of core.sweep)."""

from __future__ import annotations

from core import sweep
from core.fit.answers import Limits
from core.messages import Message
from core.samples import is_image_model
from core.scenario import Scenario
from core.tower_flops import media_kind, media_tokens


def _image_model(scenario: Scenario) -> bool:
    return is_image_model(scenario.model.architecture)


def limits(scenario: Scenario) -> Limits:
    """The largest context, batch and concurrency that fit, each with the others as the scenario has them."""
    inference = scenario.workload.mode == "inference"
    has_context = not _image_model(scenario)
    context = sweep.largest_context(scenario) if has_context else None
    top = min(max(scenario.model.architecture.max_positions, scenario.workload.context), sweep.MAX_CONTEXT)
    batch = sweep.largest_batch(scenario)
    concurrency = sweep.largest_concurrency(scenario) if inference else None
    expl: dict[str, str] = {
        "batch": Message(
            "limits.batch_inference",
            "largest batch of sequences per step with everything else as set: the memory-vs-batch sweep brackets it, "
            "integer sweeps pin it exactly",
        )
        if inference
        else Message(
            "limits.batch_training",
            "largest per-GPU micro-batch with everything else as set: the memory-vs-batch sweep brackets it, integer "
            "sweeps pin it exactly",
        )
    }
    if has_context:
        expl["context"] = (
            Message(
                "limits.context_to_top",
                "largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets "
                "it, integer sweeps pin it exactly; searched up to {top:,} tokens (the model's maximum position or the "
                "context asked for), and that much fits",
                top=top,
            )
            if context == top
            else Message(
                "limits.context",
                "largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets "
                "it, integer sweeps pin it exactly",
            )
        )
    media = sum(media_tokens(scenario)) if has_context else 0
    if media:
        expl["context_media"] = Message(
            "limits.context_media",
            "the context counts the images' and the audio's tokens as the memory estimate does ({media:,} per "
            "sequence): the largest context holds them, and the text's room is that context less {media:,}",
            media=media,
        )
    if inference:
        expl["concurrency"] = Message(
            "limits.concurrency", "largest number of concurrent requests, each with its own KV cache (bisection)"
        )
    return Limits(
        context=context,
        batch=batch,
        concurrency=concurrency,
        has_context=has_context,
        context_searched_to=top if has_context else None,
        context_past_model_maximum=has_context and top > scenario.model.architecture.max_positions,
        media_tokens=media,
        media_kind=media_kind(scenario) if media else None,
        explanations=expl,
    )
