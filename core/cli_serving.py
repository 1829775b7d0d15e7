"""`sizing plan serving`: replicas, GPUs, parallelism and cost for a load within latency targets (core.serving), or
the compute-budget method for vision and video services."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from pydantic import ValidationError

from core import catalog, serving
from core.units import format_bytes


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], add_options: Callable[..., None]) -> None:
    p = sub.add_parser("serving", help="replicas, GPUs and cost for a load and latency targets")
    add_options(p)
    p.add_argument("--requests-per-second", type=float, help="load: requests arriving per second")
    p.add_argument("--load-tokens-per-second", type=float, help="load: generated tokens per second over all users")
    p.add_argument("--streams", type=int, help="load: concurrent streams (or, with the compute budget, video streams)")
    p.add_argument("--prompt-tokens", type=int, default=1024, help="prompt tokens per request (default 1024)")
    p.add_argument("--ttft", type=float, help="target time to first token, seconds")
    p.add_argument("--tpot", type=float, help="target time per output token, seconds")
    p.add_argument("--per-stream-tops", type=float, help="compute budget: tera-ops per second one stream needs")
    p.add_argument("--fps", type=float, help="compute budget with --model: frames (images) per second per stream")
    p.add_argument("--card-tops", type=float, help="compute budget: the card's dense peak (default: --gpu's)")
    p.add_argument("--utilisation", type=float, help="compute budget: share of the card's peak the network reaches")
    p.set_defaults(handler=cmd_plan_serving)


def _options_text(plan: serving.ServingPlan, units: str) -> list[str]:
    lines = [f"   {'layout':<22} {'KV seats':>9} {'batch':>6} {'TTFT':>9} {'TPOT':>9} {'req/s':>8} {'GPUs':>6}  note"]
    for o in plan.options:
        ttft = "—" if o.ttft_seconds is None else f"{o.ttft_seconds * 1e3:,.0f} ms"
        tpot = "—" if o.tpot_seconds is None else f"{o.tpot_seconds * 1e3:,.1f} ms"
        rps = "—" if o.requests_per_second is None else f"{o.requests_per_second:,.3g}"
        seats, batch, gpus = (("—" if v is None else f"{v:,}") for v in (o.kv_capacity_requests, o.batch, o.total_gpus))
        lines.append(
            f"   {o.layout:<22} {seats:>9} {batch:>6} {ttft:>9} {tpot:>9} {rps:>8} "
            f"{gpus:>6}  {o.reason or ('meets the targets' if o.meets_targets else '')}"
        )
    return lines


def cmd_plan_serving(args: argparse.Namespace) -> int:
    from core.cli import CliError, scenario_from_args

    if args.per_stream_tops is not None or args.fps is not None:
        return _compute_budget(args)
    try:
        load = serving.ServingLoad(
            requests_per_second=args.requests_per_second,
            output_tokens_per_second=args.load_tokens_per_second,
            streams=args.streams,
            prompt_tokens=args.prompt_tokens,
            output_tokens=args.output_tokens or 256,
        )
    except ValidationError as exc:
        raise CliError(str(exc.errors()[0]["msg"]).removeprefix("Value error, ")) from None
    args.mode = "inference"
    args.context = None
    args.output_tokens = None
    scenario, notes = scenario_from_args(args)
    plan = serving.plan_serving(scenario, load, ttft_target=args.ttft, tpot_target=args.tpot)
    if args.json:
        print(json.dumps(plan.model_dump(mode="json") | {"notes_cli": notes}, indent=1))
        return 0
    ld = load
    what = (
        f"{ld.requests_per_second:g} requests/s"
        if ld.requests_per_second
        else (
            f"{ld.output_tokens_per_second:g} output tokens/s"
            if ld.output_tokens_per_second
            else f"{ld.streams} streams"
        )
    )
    targets = ", ".join(
        t
        for t in (
            f"TTFT ≤ {args.ttft * 1e3:g} ms" if args.ttft else "",
            f"TPOT ≤ {args.tpot * 1e3:g} ms" if args.tpot else "",
        )
        if t
    )
    lines = [
        f"{plan.model_name} on {plan.gpu_name}, {scenario.precision.weights} weights, {scenario.runtime.name}: "
        f"{what} of {ld.prompt_tokens:,} prompt + {ld.output_tokens:,} output tokens"
        + (f"; {targets}" if targets else ""),
    ]
    c = plan.chosen
    if c is None:
        lines.append("no replica layout meets the load's needs on this GPU (each layout's reason below)")
    else:
        lines += [
            f"answer: {c.replicas:,} {'replica' if c.replicas == 1 else 'replicas'} × {c.gpus_per_replica} GPU "
            f"({c.layout}) = {c.total_gpus:,} GPUs"
            + (f", ${c.cost_per_hour:,.2f} per hour" if c.cost_per_hour is not None else ""),
            f"  each replica: KV cache for {c.kv_capacity_requests:,} requests "
            f"({format_bytes(c.kv_cache_bytes or 0, args.units)} per GPU), batch {c.batch:,}, "
            f"{c.requests_per_second:,.3g} requests/s = {c.output_tokens_per_second:,.0f} output tokens/s",
            f"  how: {c.explanation}",
        ]
    lines.append("layouts tried (one replica each):")
    lines += _options_text(plan, args.units)
    lines += [f"note: {n}" for n in (*plan.notes, *notes)]
    lines += [
        f"measured error of the {fig}: {lo:+.0%} to {hi:+.0%} against {engine}'s published benchmarks"
        for engine, fig, lo, hi in plan.time_error
    ]
    lines.append(f"expected error: {plan.expected_error}")
    print("\n".join(lines))
    return 0


def _compute_budget(args: argparse.Namespace) -> int:
    from core.cli import CliError, scenario_from_args

    if args.streams is None or args.utilisation is None:
        raise CliError(
            "the compute budget needs --streams and --utilisation (with --per-stream-tops, or --model and --fps)"
        )
    why = ""
    precision = ""
    if args.per_stream_tops is not None:
        per_stream = args.per_stream_tops * 1e12
        why = f"per stream {args.per_stream_tops:g} TOPS as given"
    else:
        if not args.model and not args.scenario:
            raise CliError("--fps needs --model (an image model) to know the operations per frame")
        args.mode = "inference"
        scenario, _ = scenario_from_args(args)
        per_stream, why = serving.per_stream_ops(scenario, args.fps)
    if args.card_tops is not None:
        card = args.card_tops * 1e12
    else:
        gpu = catalog.gpu(args.gpu or "h100-sxm-80gb")
        card, precision = serving.card_peak(gpu)
        why += f"; card {gpu.name} dense {precision} peak"
    r = serving.compute_budget(
        per_stream, args.streams, card, args.utilisation, precision=precision, why_per_stream=why
    )
    if args.json:
        print(json.dumps(r.model_dump(mode="json"), indent=1))
        return 0
    print(f"cards needed: {r.cards:,}")
    print(f"  = {r.formula}")
    print(f"  {r.explanation}")
    return 0
