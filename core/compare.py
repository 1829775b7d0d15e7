"""Several scenarios side by side: each one estimated (`core.estimate`) into one row of a comparison table, and
its memory curve (`core.sweep`) over one shared x axis: memory vs context when every scenario's model has a
context axis, memory vs batch when any has none (CNNs, image classifiers), so the curves can be overlaid.

A row holds what the engine answers for that scenario, nothing recomputed here: the total per GPU at the peak,
the usable memory, fit and headroom, the longest context and the largest batch that fit (core.sweep's solvers),
the six memory categories of the CLI contract by their stable keys, the speed in the model's own sample unit
(training: samples/s over all GPUs; inference: all concurrent sequences together) and the cost where a price per
GPU-hour is set (per hour for the whole setup; training: the whole run).

Renderers: plain text, Markdown and CSV (bytes as integers: a spreadsheet does its own units) and a JSON-ready
dict. `sizing compare FILE.sizing` prints them.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from core.estimate import estimate
from core.result import CATEGORIES, Estimate
from core.samples import sample_unit
from core.scenario import MAX_COUNT, Scenario
from core.sweep import context_grid, largest_batch, largest_context, memory_vs_batch, memory_vs_context
from core.units import format_bytes

Axis = Literal["context", "batch"]
CURVE_POINTS = 200  # per scenario: ~10 per doubling over a 1 … 1M-token axis, plenty for an overlay
BATCH_AXIS_END = 1024  # the batch axis runs 1 … 1,024 sequences (or images) per step


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Row(_Frozen):
    name: str
    model: str
    gpu_id: str
    gpu_name: str
    gpus: int
    mode: Literal["inference", "training"]
    weights: str = Field(description="the weight format (inference) or training precision")
    context: int | None = Field(description="tokens per sequence; None for models without a context axis")
    batch: int
    concurrency: int
    total_bytes: int = Field(description="per GPU, at the peak phase")
    usable_bytes: int
    fits: bool
    headroom_bytes: int
    largest_context: int | None = Field(
        description="the longest context that fits, all else as set (None: no context axis, or not one token fits)"
    )
    largest_batch: int | None = Field(description="the largest batch that fits, all else as set (None: not even 1)")
    components: dict[str, int] = Field(description="bytes per GPU of each CLI-contract category")
    speed: float | None = Field(description="samples/s (sample_unit): training over all GPUs; inference aggregate")
    speed_unit: str = Field(description="'tokens/s', 'images/s' or 'audio frames/s'")
    price_per_gpu_hour: float | None = Field(description="USD; None where no price is set")
    cost_per_hour: float | None = Field(description="USD per hour for all the scenario's GPUs")
    training_cost_usd: float | None = Field(None, description="training: the whole run, where set")


class Curve(_Frozen):
    name: str
    x: tuple[int, ...]
    total_bytes: tuple[int, ...]
    usable_bytes: int
    current: int = Field(description="the scenario's own context (or batch) on this axis")


class Comparison(_Frozen):
    axis: Axis
    rows: tuple[Row, ...]
    curves: tuple[Curve, ...]


def has_context_axis(scenario: Scenario) -> bool:
    """Memory depends on sequence length only for token models (not CNNs or image classifiers)."""
    arch = scenario.model.architecture
    return arch.cnn is None and (arch.decoder is not None or arch.encoder is not None or arch.ssm is not None)


def common_axis(scenarios: list[Scenario]) -> Axis:
    """Context when every scenario has a context axis; batch otherwise (every model has a batch axis)."""
    return "context" if all(has_context_axis(s) for s in scenarios) else "batch"


def row(scenario: Scenario, est: Estimate | None = None) -> Row:
    est = est or estimate(scenario)
    s = scenario
    c = est.compute
    training = s.workload.mode == "training"
    speed = c.tokens_per_second if training else c.aggregate_tokens_per_second
    price = s.cost.price_per_gpu_hour or None
    cats = est.memory.by_category()
    return Row(
        name=s.name,
        model=s.model.architecture.name,
        gpu_id=est.fit.gpu_id,
        gpu_name=est.fit.gpu_name,
        gpus=s.parallelism.gpus,
        mode=s.workload.mode,
        weights=s.precision.training if training else s.precision.weights,
        context=s.workload.context if has_context_axis(s) else None,
        batch=s.workload.batch,
        concurrency=s.workload.concurrency,
        total_bytes=est.memory.total,
        usable_bytes=est.fit.usable_bytes,
        fits=est.fit.fits,
        headroom_bytes=est.fit.headroom_bytes,
        largest_context=largest_context(s) if has_context_axis(s) else None,
        largest_batch=largest_batch(s),
        components={k: cats[k] for k in CATEGORIES},
        speed=speed,
        speed_unit=sample_unit(s.model.architecture).per_second,
        price_per_gpu_hour=price,
        cost_per_hour=None if price is None else price * s.parallelism.gpus,
        training_cost_usd=c.cost_usd if training and price is not None else None,
    )


def curve(scenario: Scenario, axis: Axis, points: int = CURVE_POINTS) -> Curve:
    """Memory per GPU (the peak phase's total) against the context, from 1 token to the model's maximum (or the
    scenario's context if longer); or against the batch, 1 … BATCH_AXIS_END."""
    if axis == "context":
        top = max(scenario.model.architecture.max_positions, scenario.workload.context)
        sweep = memory_vs_context(scenario, context_grid(top, points))
        current = scenario.workload.context
    else:
        sweep = memory_vs_batch(scenario, context_grid(min(BATCH_AXIS_END, MAX_COUNT), points))
        current = scenario.workload.batch
    return Curve(
        name=scenario.name,
        x=tuple(int(v) for v in sweep.contexts),
        total_bytes=tuple(int(v) for v in np.rint(sweep.total)),
        usable_bytes=int(sweep.usable),
        current=current,
    )


def compare(scenarios: list[Scenario], *, curves: bool = True, points: int = CURVE_POINTS) -> Comparison:
    if not scenarios:
        raise ValueError("nothing to compare: no scenarios")
    axis = common_axis(scenarios)
    return Comparison(
        axis=axis,
        rows=tuple(row(s) for s in scenarios),
        curves=tuple(curve(s, axis, points) for s in scenarios) if curves else (),
    )


# --- renderers ---------------------------------------------------------------------------------------------
COMPONENT_LABELS = {
    "weights": "weights",
    "kv_cache": "KV cache",
    "activations": "activations",
    "gradients": "gradients",
    "optimizer_states": "optimizer states",
    "overhead": "overhead",
}


def _speed(r: Row) -> str:
    return "—" if r.speed is None else f"{r.speed:,.0f} {r.speed_unit}"


def _largest(n: int | None, no_axis: bool = False) -> str:
    return "—" if no_axis else ("none" if n is None else f"{n:,}")


def _money(v: float | None) -> str:
    return "—" if v is None else f"${v:,.2f}"


def _workload(r: Row) -> str:
    ctx = "—" if r.context is None else f"{r.context:,}"
    return f"{ctx} / {r.batch:,}"


def table(c: Comparison, units: str = "GiB") -> list[list[str]]:
    """The comparison as rows of text: one column per scenario (the first column names the figure)."""

    def b(n: int) -> str:
        return format_bytes(n, units)

    out = [
        ["scenario", *(r.name for r in c.rows)],
        ["model", *(r.model for r in c.rows)],
        ["GPU", *(f"{r.gpus} × {r.gpu_name}" for r in c.rows)],
        ["mode", *(r.mode for r in c.rows)],
        ["weights / precision", *(r.weights for r in c.rows)],
        ["context / batch", *(_workload(r) for r in c.rows)],
        ["total per GPU", *(b(r.total_bytes) for r in c.rows)],
        ["usable per GPU", *(b(r.usable_bytes) for r in c.rows)],
        ["fits", *("yes" if r.fits else "no" for r in c.rows)],
        ["headroom", *(b(r.headroom_bytes) for r in c.rows)],
    ]
    if any(r.context is not None for r in c.rows):
        out.append(["largest context that fits", *(_largest(r.largest_context, r.context is None) for r in c.rows)])
    out.append(["largest batch that fits", *(_largest(r.largest_batch) for r in c.rows)])
    for key in CATEGORIES:
        if any(r.components[key] for r in c.rows):
            out.append([COMPONENT_LABELS[key], *(b(r.components[key]) for r in c.rows)])
    out.append(["speed", *(_speed(r) for r in c.rows)])
    if any(r.cost_per_hour is not None for r in c.rows):
        out.append(["cost per hour", *(_money(r.cost_per_hour) for r in c.rows)])
    if any(r.training_cost_usd is not None for r in c.rows):
        out.append(["training cost", *(_money(r.training_cost_usd) for r in c.rows)])
    return out


def to_text(c: Comparison, units: str = "GiB") -> str:
    rows = table(c, units)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths, strict=True))
            )
        )
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(f"memory per GPU vs {c.axis} (peak phase): `sizing compare --format json` has the curves")
    return "\n".join(line.rstrip() for line in lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(c: Comparison, units: str = "GiB") -> str:
    return markdown_table(table(c, units))


def markdown_table(rows: list[list[str]]) -> str:
    """Rows of text (the first is the header) as a Markdown table, the figures' columns right-aligned."""
    head, body = rows[0], rows[1:]
    lines = [
        "| " + " | ".join(_md_cell(x) for x in head) + " |",
        "|---" + "|---:" * (len(head) - 1) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(x) for x in r) + " |" for r in body]
    return "\n".join(lines) + "\n"


CSV_COLUMNS = (
    "scenario",
    "model",
    "gpu_id",
    "gpus",
    "mode",
    "weights",
    "context",
    "batch",
    "concurrency",
    "total_bytes",
    "usable_bytes",
    "fits",
    "headroom_bytes",
    "largest_context",
    "largest_batch",
    *(f"{k}_bytes" for k in CATEGORIES),
    "speed",
    "speed_unit",
    "price_per_gpu_hour",
    "cost_per_hour",
    "training_cost_usd",
)


def to_csv(c: Comparison) -> str:
    """One line per scenario; bytes as integers, numbers unformatted, empty where the engine gives none."""

    def opt(v: float | None) -> str:
        return "" if v is None else repr(round(v, 6))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in c.rows:
        w.writerow(
            [
                r.name,
                r.model,
                r.gpu_id,
                r.gpus,
                r.mode,
                r.weights,
                "" if r.context is None else r.context,
                r.batch,
                r.concurrency,
                r.total_bytes,
                r.usable_bytes,
                "true" if r.fits else "false",
                r.headroom_bytes,
                "" if r.largest_context is None else r.largest_context,
                "" if r.largest_batch is None else r.largest_batch,
                *(r.components[k] for k in CATEGORIES),
                opt(r.speed),
                r.speed_unit,
                opt(r.price_per_gpu_hour),
                opt(r.cost_per_hour),
                opt(r.training_cost_usd),
            ]
        )
    return buf.getvalue()


def to_json(c: Comparison) -> dict[str, Any]:
    return {
        "unit": "bytes",
        "axis": c.axis,
        "scenarios": [r.model_dump(mode="json") for r in c.rows],
        "curves": [cv.model_dump(mode="json") for cv in c.curves],
    }
