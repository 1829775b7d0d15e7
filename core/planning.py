"""Training planner: model × data × cluster → FLOPs, time, GPU-hours, PF-days, cost; and the inverse questions
(how many GPUs meet a deadline, what MFU a known run implies, how large a cluster runs N such jobs a year).

FLOPs come from core.compute (the same forward FLOPs per sample, attention included at the training context, and
the same 3× / 4×-with-recomputation / 2× LoRA multiplier the estimate uses); nothing is re-derived here:

    FLOPs      = multiplier × forward FLOPs per sample × samples
    seconds    = FLOPs / (GPUs × dense peak × MFU)
    GPU-hours  = seconds × GPUs / 3600;     PF-days = FLOPs / (10^15 × 86,400)
    GPUs for a deadline  = ⌈FLOPs / (deadline × peak × MFU)⌉ (rounded up to whole tensor × pipeline groups)
    implied MFU          = FLOPs / (GPU-hours × 3600 × peak)
    GPUs for N jobs/year = ⌈N × FLOPs / (365.25 days × availability × peak × MFU)⌉
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from core import quant, runtimes
from core.compute import training_multiplier
from core.errors import SizingError
from core.estimate import estimate, resolve_gpu
from core.hardware import GpuSpec
from core.messages import Message, Text
from core.samples import sample_unit
from core.scenario import Scenario

YEAR_SECONDS = 365.25 * 86400
PF_DAY = 1e15 * 86400
EXPECTED_ERROR = Message(
    "plan.expected_error",
    "time and GPU-hours scale as 1/MFU: the default MFU (40 % for large models) is where published runs land "
    "(Llama 2's GPU-hours imply 39-43 % on A100, Megatron-LM reports 41-49 % on H100); a run at 30 % or 55 % takes "
    "1.3× longer or shorter. The FLOP count itself is within a few per cent of 6·N·D plus attention.",
)


class PlanningError(SizingError):
    pass


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class TrainingPlan(_Frozen):
    """The answer for one model × data × cluster. Optional inverse answers are None unless asked."""

    model_name: Text
    sample_unit: str = Field(description="token or image: what `samples` counts")
    samples: float = Field(description="tokens (or images) trained on")
    flops_per_sample: float = Field(description="forward FLOPs per sample (core.compute)")
    multiplier: float = Field(description="training FLOPs / forward FLOPs: 3 (6·N·D), 4 with recomputation, 2 LoRA")
    training_flops: float
    gpu_name: str
    gpus: int
    precision: str
    peak_flops_per_gpu: float
    mfu: float
    cluster_peak_pflops: float = Field(description="GPUs × dense peak, in PFLOP/s")
    seconds: float
    days: float
    gpu_hours: float
    pf_days: float = Field(description="training FLOPs / (10^15 × 86,400)")
    cost_usd: float | None = None
    price_per_gpu_hour: float | None = None
    fits_memory: bool | None = Field(None, description="whether the scenario's per-GPU memory fits (None: not checked)")
    deadline_days: float | None = None
    gpus_for_deadline: int | None = None
    known_gpu_hours: float | None = None
    implied_mfu: float | None = None
    jobs_per_year: float | None = None
    availability: float | None = None
    gpus_for_jobs: int | None = None
    explanations: dict[str, Text] = Field(default_factory=dict)
    notes: tuple[Text, ...] = ()
    expected_error: Text = EXPECTED_ERROR


def _peak(gpu: GpuSpec, precision: str) -> float:
    peak = gpu.peak_flops(precision)
    if peak is None:
        raise PlanningError(
            Message(
                "plan.no_peak",
                "{gpu}: no published dense {precision} peak, so time cannot be planned",
                gpu=gpu.name,
                precision=precision,
            )
        )
    return peak


def plan(
    *,
    model_name: str,
    unit: str,
    samples: float,
    flops_per_sample: float,
    multiplier: float,
    gpu: GpuSpec,
    gpus: int,
    precision: str,
    mfu: float,
    price_per_gpu_hour: float | None = None,
    price_source: str = "",
    group: int = 1,
    deadline_days: float | None = None,
    known_gpu_hours: float | None = None,
    known_days: float | None = None,
    jobs_per_year: float | None = None,
    availability: float = 1.0,
    fits_memory: bool | None = None,
    flops_words: str = "",
) -> TrainingPlan:
    """The arithmetic, once the FLOPs per sample are known (see `plan_training` and `plan_from_params`)."""
    if samples <= 0:
        raise PlanningError(Message("plan.no_data", "the data to train on must be more than zero tokens (or images)"))
    if not 0 < mfu <= 1:
        raise PlanningError(Message("plan.bad_mfu", "--mfu must be in (0, 1], not {mfu}", mfu=mfu))
    if gpus < 1:
        raise PlanningError(Message("plan.bad_gpus", "--gpus must be at least 1, not {gpus}", gpus=gpus))
    if not 0 < availability <= 1:
        raise PlanningError(
            Message(
                "plan.bad_availability",
                "--availability must be in (0, 1], not {availability}",
                availability=availability,
            )
        )
    peak = _peak(gpu, precision)
    flops = multiplier * flops_per_sample * samples
    rate = gpus * peak * mfu
    secs = flops / rate
    gpu_hours = secs * gpus / 3600
    expl: dict[str, str] = {
        "flops": _flops_words(unit, multiplier, flops_per_sample, samples, flops, flops_words),
        "cluster": Message(
            "plan.cluster",
            "{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s dense {precision} = {pflops:,.2f} PFLOP/s peak; at {mfu:.0%} "
            "MFU {rate:,.2f} PFLOP/s",
            gpus=gpus,
            gpu=gpu.name,
            tflops=peak / 1e12,
            precision=precision,
            pflops=gpus * peak / 1e15,
            mfu=mfu,
            rate=rate / 1e15,
        ),
        "time": Message(
            "plan.time",
            "{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} s = {days:,.2f} days; GPU-hours = {hours:,.1f} h × "
            "{gpus:,} = {gpu_hours:,.0f}",
            flops=flops,
            rate=rate,
            secs=secs,
            days=secs / 86400,
            hours=secs / 3600,
            gpus=gpus,
            gpu_hours=gpu_hours,
        ),
        "pf_days": Message(
            "plan.pf_days",
            "{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF-days",
            flops=flops,
            pf_days=flops / PF_DAY,
        ),
    }
    out: dict[str, object] = {}
    if price_per_gpu_hour:
        out["cost_usd"] = gpu_hours * price_per_gpu_hour
        out["price_per_gpu_hour"] = price_per_gpu_hour
        cost = Message(
            "plan.cost",
            "{gpu_hours:,.0f} GPU-hours × ${price:,.2f} = ${cost:,.0f}",
            gpu_hours=gpu_hours,
            price=price_per_gpu_hour,
            cost=gpu_hours * price_per_gpu_hour,
        )
        expl["cost"] = (
            Message("plan.cost_priced", "{cost} (price: {source})", cost=cost, source=price_source)
            if price_source
            else cost
        )
    if deadline_days is not None:
        if deadline_days <= 0:
            raise PlanningError(
                Message("plan.bad_deadline", "--deadline-days must be positive, not {days}", days=deadline_days)
            )
        raw = flops / (deadline_days * 86400 * peak * mfu)
        need = max(group, math.ceil(raw / group) * group)
        out.update(deadline_days=deadline_days, gpus_for_deadline=need)
        figures = {"flops": flops, "days": deadline_days, "tflops": peak / 1e12, "mfu": mfu, "raw": raw, "need": need}
        expl["deadline"] = (
            Message(
                "plan.deadline_groups",
                "{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs "
                "→ {need:,} (whole groups of tensor × pipeline = {group})",
                group=group,
                **figures,
            )
            if group > 1
            else Message(
                "plan.deadline",
                "{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs "
                "→ {need:,}",
                **figures,
            )
        )
    if known_days is not None:
        if known_days <= 0:
            raise PlanningError(
                Message("plan.bad_known_days", "--known-days must be positive, not {days}", days=known_days)
            )
        known_gpu_hours = known_days * 24 * gpus
    if known_gpu_hours is not None:
        if known_gpu_hours <= 0:
            raise PlanningError(
                Message(
                    "plan.bad_known_hours", "--known-gpu-hours must be positive, not {hours}", hours=known_gpu_hours
                )
            )
        implied = flops / (known_gpu_hours * 3600 * peak)
        out.update(known_gpu_hours=known_gpu_hours, implied_mfu=implied)
        figures = {"flops": flops, "hours": known_gpu_hours, "tflops": peak / 1e12, "implied": implied}
        expl["implied_mfu"] = (
            Message(
                "plan.implied_mfu_days",
                "{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU "
                "(GPU-hours = {days:g} days × 24 × {gpus:,} GPUs)",
                days=known_days,
                gpus=gpus,
                **figures,
            )
            if known_days
            else Message(
                "plan.implied_mfu",
                "{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU",
                **figures,
            )
        )
    if jobs_per_year is not None:
        if jobs_per_year <= 0:
            raise PlanningError(
                Message("plan.bad_jobs", "--jobs-per-year must be positive, not {jobs}", jobs=jobs_per_year)
            )
        raw = jobs_per_year * flops / (YEAR_SECONDS * availability * peak * mfu)
        need = max(group, math.ceil(raw / group) * group)
        out.update(jobs_per_year=jobs_per_year, availability=availability, gpus_for_jobs=need)
        expl["jobs"] = Message(
            "plan.jobs",
            "{jobs:g} jobs × {flops:.4g} FLOPs / (365.25 days × {availability:.0%} available × {tflops:,.1f} TFLOP/s "
            "× {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}",
            jobs=jobs_per_year,
            flops=flops,
            availability=availability,
            tflops=peak / 1e12,
            mfu=mfu,
            raw=raw,
            need=need,
        )
    return TrainingPlan(
        model_name=model_name,
        sample_unit=unit,
        samples=samples,
        flops_per_sample=flops_per_sample,
        multiplier=multiplier,
        training_flops=flops,
        gpu_name=gpu.name,
        gpus=gpus,
        precision=precision,
        peak_flops_per_gpu=peak,
        mfu=mfu,
        cluster_peak_pflops=gpus * peak / 1e15,
        seconds=secs,
        days=secs / 86400,
        gpu_hours=gpu_hours,
        pf_days=flops / PF_DAY,
        fits_memory=fits_memory,
        explanations=expl,
        **out,
    )


def _flops_words(unit: str, mult: float, per: float, samples: float, flops: float, words: str) -> str:
    """The training FLOPs in words, per sample unit (one literal template each, for the GUI's catalogue)."""
    figures = {"mult": mult, "per": per, "samples": samples, "flops": flops}
    text: str
    if unit == "image":
        text = Message(
            "plan.flops_image",
            "{mult:g} × {per:.4g} forward FLOPs per image × {samples:.4g} images = {flops:.4g} FLOPs",
            **figures,
        )
    elif unit == "audio frame":
        text = Message(
            "plan.flops_audio_frame",
            "{mult:g} × {per:.4g} forward FLOPs per audio frame × {samples:.4g} audio frames = {flops:.4g} FLOPs",
            **figures,
        )
    elif unit == "token":
        text = Message(
            "plan.flops_token",
            "{mult:g} × {per:.4g} forward FLOPs per token × {samples:.4g} tokens = {flops:.4g} FLOPs",
            **figures,
        )
    else:  # not a unit core.samples names
        text = (
            f"{mult:g} × {per:.4g} forward FLOPs per {unit} × {samples:.4g} {sample_plural(unit)} = {flops:.4g} FLOPs"
        )
    return Message("plan.flops_words", "{text} ({words})", text=text, words=words) if words else text


def sample_plural(unit: str) -> str:
    return {"token": "tokens", "image": "images", "audio frame": "audio frames"}.get(unit, unit + "s")


def training_scenario(scenario: Scenario) -> tuple[Scenario, list[str]]:
    """The scenario as a training run, and what had to change: an inference scenario (vLLM, llama.cpp, a quantized
    format) is planned as full training in transformers (runtime hf) at bf16 — what a pretraining run uses. A
    scenario already in training mode is planned as it is."""
    if scenario.workload.mode == "training":
        return scenario, []
    data = scenario.model_dump()
    data["workload"]["mode"] = "training"
    notes: list[str] = []
    if not scenario.runtime.spec.trains:
        data["runtime"] = {"name": runtimes.training_engine().id}
        notes.append(
            Message(
                "plan.as_training_hf",
                "planned as training in transformers (runtime hf): {runtime} serves inference only",
                runtime=scenario.runtime.name,
            )
        )
    weights = quant.get(scenario.precision.weights)
    if weights.is_quantized and scenario.training.finetune == "full":
        data["precision"]["weights"] = "bf16"
        notes.append(
            Message(
                "plan.bf16_weights",
                "planned with bf16 weights: full training updates every weight, {format} is for inference",
                format=weights.name,
            )
        )
    return Scenario.model_validate(data), notes


def plan_training(
    scenario: Scenario,
    samples: float,
    *,
    deadline_days: float | None = None,
    known_gpu_hours: float | None = None,
    known_days: float | None = None,
    jobs_per_year: float | None = None,
    availability: float = 1.0,
) -> TrainingPlan:
    """Plan a training run of `scenario` (model, precision, checkpointing, GPUs, MFU, price) over `samples` tokens
    (images for an image model). FLOPs per sample and the multiplier are the estimate's own (core.compute)."""
    s, switched = training_scenario(scenario)
    est = estimate(s)
    c = est.compute
    gpu = resolve_gpu(s)
    mult = training_multiplier(s.training.finetune != "full", s.training.grad_checkpointing == "full")
    if c.mfu is None:
        raise PlanningError(Message("plan.no_mfu", "no MFU for this scenario"))  # compute() always sets it for training
    notes = switched + list(est.warnings) + list(c.notes)
    if not est.fit.fits:
        notes.append(
            Message(
                "plan.does_not_fit",
                "this layout does not fit in memory ({gpus} × {gpu}); see `sizing fit` for one that does — the time "
                "assumes it runs",
                gpus=s.parallelism.gpus,
                gpu=gpu.name,
            )
        )
    p = s.parallelism
    words = c.explanations.get("flops_per_token", "")
    if s.training.grad_checkpointing == "full":
        words = Message("plan.with_recomputation", "{words}, with recomputation", words=words)
    per_sample = c.flops_per_token
    if c.tower_flops_per_sequence:
        # the towers' FLOPs of each sequence spread over its tokens, at their own multiple (core.compute: a trained
        # tower forward and backward, a frozen one forward only), expressed at the text model's multiplier
        full = s.training.finetune == "full"
        tower_mult = training_multiplier(False, s.training.grad_checkpointing == "full") if full else 1.0
        per_sample += tower_mult * c.tower_flops_per_sequence / max(1, s.workload.context) / mult
        words = Message(
            "plan.with_towers",
            "{words}; with the towers over each sequence's images and audio ({share:.1%} of the FLOPs)",
            words=words,
            share=c.tower_share,
        )
    return plan(
        model_name=s.model.architecture.name,
        unit=sample_unit(s.model.architecture).name,
        samples=samples,
        flops_per_sample=per_sample,
        multiplier=mult,
        gpu=gpu,
        gpus=p.gpus,
        precision=c.precision,
        mfu=c.mfu,
        # the scenario's own price, else the published rate the catalogue records for the GPU (named)
        price_per_gpu_hour=s.cost.price_per_gpu_hour or gpu.price_usd_per_hour,
        price_source="" if s.cost.price_per_gpu_hour else gpu.price_source.split(";")[0],
        group=p.tp * p.pp,
        deadline_days=deadline_days,
        known_gpu_hours=known_gpu_hours,
        known_days=known_days,
        jobs_per_year=jobs_per_year,
        availability=availability,
        fits_memory=est.fit.fits,
        flops_words=words,
    ).model_copy(update={"notes": tuple(notes)})


def plan_from_params(
    params: float,
    samples: float,
    gpu: GpuSpec,
    gpus: int,
    *,
    mfu: float,
    recompute: bool = False,
    frozen_base: bool = False,
    precision: str = "bf16",
    **kw: float | None,
) -> TrainingPlan:
    """The classic estimate without an architecture: forward FLOPs per token = 2·N (attention left out), so
    training FLOPs = 6·N·D, or 8·N·D with recomputation (Narayanan et al. 2021, eq. 4: time ≈ 8·T·P / (n·X))."""
    if params <= 0:
        raise PlanningError(Message("plan.bad_params", "--params must be positive, not {params}", params=params))
    mult = training_multiplier(frozen_base, recompute)
    return plan(
        model_name=Message("plan.params_model", "{params:.4g}-parameter model", params=params),
        unit="token",
        samples=samples,
        flops_per_sample=2 * params,
        multiplier=mult,
        gpu=gpu,
        gpus=gpus,
        precision=precision,
        mfu=mfu,
        flops_words=Message(
            "plan.from_params", "2·N per token, N = {params:.4g}; {rule:g}·N·D", params=params, rule=2 * mult
        ),
        **kw,  # type: ignore[arg-type]
    )
