"""3. The scenario on every accelerator in the catalogue, same count and layout: fits or not, headroom, speed (the
engine's roofline/MFU figures) and cost per hour: the scenario's own price for its GPU, else the published rate the
catalogue records (none is ever invented)."""

from __future__ import annotations

from core import catalog, cnn_speed
from core.fit.answers import Edit, GpuOption
from core.fit.edits import try_edits
from core.messages import Message
from core.result import Estimate
from core.samples import sample_unit
from core.scenario import Scenario


def _speed(scenario: Scenario, est: Estimate) -> tuple[float | None, str]:
    c = est.compute
    unit = sample_unit(scenario.model.architecture).plural
    key = unit.replace(" ", "_")
    if scenario.workload.mode == "training":
        label = "training " + unit + "/s over all GPUs (MFU {mfu:.0%})"
        return c.tokens_per_second, Message(f"speed.training_{key}", label, mfu=c.mfu) if c.mfu else ""
    if c.image_bound is not None:  # a CNN, timed op by op (core.cnn_speed)
        return c.aggregate_tokens_per_second, Message(
            "speed.inference_images_timed",
            "images/s at this batch, timed op by op ({bound})",
            bound=cnn_speed.bound_name(c.image_bound),
        )
    label = ("generated " if unit == "tokens" else "") + unit + "/s, all concurrent sequences together (roofline)"
    return c.aggregate_tokens_per_second, Message(f"speed.inference_{key}", label)


def catalogue_scan(scenario: Scenario) -> tuple[GpuOption, ...]:
    """The scenario on every catalogue accelerator, same count and layout. Sorted: those that fit first (fastest
    first), then the rest by headroom (closest to fitting first)."""
    rows = []
    for g in catalog.gpus():
        edits = [Edit(path="gpu.id", value=g.id)]
        if scenario.gpu.custom is not None:
            edits.append(Edit(path="gpu.custom", value=None))
        tried = try_edits(scenario, edits)
        if tried is None:
            continue
        s, est = tried
        speed, label = _speed(s, est) if est.fit.fits else (None, "")  # a setup that does not fit runs at no speed
        # the scenario's own price (what the user pays) wins for its own GPU; every other row shows the catalogue's
        # published rate, or none
        if scenario.gpu.custom is None and g.id == scenario.gpu.id and scenario.cost.price_per_gpu_hour:
            price: float | None = scenario.cost.price_per_gpu_hour
            price_source: str = Message("fit.scenario_price", "the scenario's price")
        else:
            price = g.price_usd_per_hour
            price_source = g.price_source if price is not None else ""
        n = s.parallelism.gpus
        rows.append(
            GpuOption(
                gpu_id=g.id,
                gpu_name=g.name,
                vendor=g.vendor,
                gpus=n,
                fits=est.fit.fits,
                total_bytes=est.memory.total,
                usable_bytes=est.fit.usable_bytes,
                usable_measured=est.fit.usable_measured,
                headroom_bytes=est.fit.headroom_bytes,
                speed=speed,
                speed_label=label,
                time_to_first_token=est.compute.time_to_first_token,
                price_per_gpu_hour=price,
                cost_per_hour=None if price is None else price * n,
                price_source=price_source,
                edits=tuple(edits),
            )
        )
    rows.sort(key=lambda r: (not r.fits, -(r.speed or 0.0) if r.fits else -r.headroom_bytes))
    # (fitting GPUs without a published peak for the precision have no speed and come last among those that fit)
    return tuple(rows)
