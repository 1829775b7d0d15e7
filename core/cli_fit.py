"""`sizing fit [SCENARIO.sizing] [estimate's options] [--json]`: what fits and how to make it fit (core.fit)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from core import fit
from core.units import format_bytes


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], add_options: Callable[..., None]) -> None:
    p = sub.add_parser(
        "fit",
        help="what fits: largest context/batch/concurrency, fewest GPUs, every GPU, every weight format, fixes",
    )
    add_options(p)
    p.add_argument("--suggestions", type=int, default=3, help="how many fixes to list when it does not fit")
    p.set_defaults(handler=cmd_fit)


def _edits(edits: tuple[fit.Edit, ...]) -> str:
    return ", ".join(f"{e.path}={e.value}" for e in edits)


def fit_text(report: fit.FitReport, units: str) -> str:
    r = report

    def b(n: int | None) -> str:
        return "—" if n is None else format_bytes(n, units)

    verdict = "fits" if r.fits else "does NOT fit"
    lines = [
        f"{r.scenario_name}: {b(r.total_bytes)} per GPU on {r.gpus} × {r.gpu_name} ({b(r.usable_bytes)} usable) → "
        f"{verdict}, headroom {b(r.headroom_bytes)}",
        "",
        "1. largest that fits (everything else as set):",
    ]
    lim = r.limits
    if lim.has_context:
        top = (
            ""
            if lim.context != lim.context_searched_to
            else " (all that was searched: the context asked for, past the model's maximum position)"
            if lim.context_past_model_maximum
            else " (all that was searched: the model's maximum)"
        )
        media = (
            f", of which {lim.media_tokens:,} {lim.media_kind} tokens: {lim.context - lim.media_tokens:,} for text"
            if lim.media_tokens and lim.context
            else ""
        )
        lines.append(
            f"   context      {lim.context:>12,} tokens{top}{media}" if lim.context else "   context      none fits"
        )
    lines.append(f"   batch        {lim.batch:>12,}" if lim.batch else "   batch        none fits")
    if lim.concurrency is not None or "concurrency" in lim.explanations:
        lines.append(
            f"   concurrency  {lim.concurrency:>12,} requests" if lim.concurrency else "   concurrency  none fits"
        )
    n = r.gpus_needed
    lines += ["", "2. fewest GPUs:"]
    lines.append(f"   {n.explanation}")
    if n.edits:
        lines.append(f"   edit: {_edits(n.edits)}")
    lines += ["", f"3. every GPU in the catalogue ({r.gpus} of each, same layout):"]
    lines.append(f"   {'gpu':<34} {'fits':<5} {'headroom':>11} {'speed':>12}  {'$/h':>8}")
    for g in r.catalogue:
        speed = "—" if g.speed is None else f"{g.speed:,.0f}"
        cost = "—" if g.cost_per_hour is None else f"{g.cost_per_hour:,.2f}"
        lines.append(
            f"   {g.gpu_id:<34} {'yes' if g.fits else 'no':<5} {b(g.headroom_bytes):>11} {speed:>12}  {cost:>8}"
        )
    label = next((g.speed_label for g in r.catalogue if g.speed_label), "")
    lines.append(f"   speed: {label}; $/h only where a price is on record (none is invented)")
    lines += ["", f"4. weight formats on {r.gpu_name}:"]
    if not r.formats:
        lines.append(f"   {r.formats_note or 'no format applies'}")
    for f in r.formats:
        lines.append(
            f"   {f.format_id:<12} {f.bits_per_weight:>6.2f} bpw  {fit.BADGE_WORDS[f.badge]:<25} "
            f"weights {b(f.weights_bytes):>10}  total {b(f.total_bytes):>10}"
            + (f"  (~{f.gpu_layers}/{f.layers} layers on GPU)" if f.badge == "partial" else "")
        )
    lines += ["", "5. cheapest changes that make it fit:"]
    if r.fits:
        lines.append("   none needed: it fits")
    elif not r.suggestions:
        lines.append("   none found among the changes tried")
    for i, s in enumerate(r.suggestions, 1):
        lines.append(f"   {i}. {s.title} → {b(s.total_bytes)}, headroom {b(s.headroom_bytes)}")
        lines.append(f"      costs: {s.cost}")
        lines.append(f"      edit: {_edits(s.edits)}")
    return "\n".join(lines)


def cmd_fit(args: argparse.Namespace) -> int:
    from core.cli import scenario_from_args

    scenario, notes = scenario_from_args(args)
    report = fit.explore(scenario)
    if args.suggestions != 3:
        report = report.model_copy(
            update={
                "suggestions": fit.suggestions(
                    scenario, limit=max(0, args.suggestions), needed=report.gpus_needed, lim=report.limits
                )
            }
        )
    if args.json:
        print(json.dumps(report.model_dump(mode="json") | {"notes": notes}, indent=1))
    else:
        print(fit_text(report, args.units))
        for note in notes:
            print(f"note: {note}")
    return 0
