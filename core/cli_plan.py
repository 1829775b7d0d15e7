"""The planners and the data converter on the command line (core.planning, core.serving, core.data_units):

sizing plan training [SCENARIO.sizing] [estimate's options] --data AMOUNT [--unit tokens|gb|words|chars|images|
                     image-text-pairs|audio-hours] [--ratio ID] [--deadline-days D] [--known-gpu-hours H |
                     --known-days D] [--jobs-per-year N [--availability F]] [--json]
sizing plan training --params N --data AMOUNT --gpu ID --gpus G [--mfu F] [--grad-checkpointing full] [...]
sizing plan serving  [SCENARIO.sizing] [estimate's options] (--requests-per-second R | --load-tokens-per-second T |
                     --streams N) --prompt-tokens P --output-tokens O [--ttft S] [--tpot S] [--json]
sizing plan serving  --per-stream-tops T --streams N --card-tops C [--utilisation F]   (compute-budget method)
sizing convert AMOUNT --from UNIT [--to UNIT] [--ratio ID] [--json]     (tokens ↔ text size; --list: the ratios)
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from core import catalog, cli_serving, data_units, planning
from core.compute import MFU_TRAINING
from core.samples import is_image_model


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], add_options: Callable[..., None]) -> None:
    plan = sub.add_parser("plan", help="plan a training run or a serving fleet")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True, metavar="WHAT")
    p = plan_sub.add_parser("training", help="FLOPs, days, GPU-hours, PF-days, cost; GPUs for a deadline, implied MFU")
    add_options(p)
    _data_options(p)
    p.add_argument("--params", type=float, help="parameter count, to plan without a model (6·N·D, 8·N·D recomputing)")
    p.add_argument("--deadline-days", type=float, help="the GPUs needed to finish in this many days")
    p.add_argument("--known-gpu-hours", type=float, help="a finished run's GPU-hours: the MFU they imply")
    p.add_argument("--known-days", type=float, help="a finished run's days on --gpus GPUs: the MFU they imply")
    p.add_argument("--jobs-per-year", type=float, help="how many such runs a year: the cluster they need")
    p.add_argument("--availability", type=float, default=1.0, help="share of the year the cluster trains (default 1)")
    p.set_defaults(handler=cmd_plan_training)
    cli_serving.add_parser(plan_sub, add_options)
    c = sub.add_parser("convert", help="tokens ↔ text size (GB, words, characters), images, audio hours")
    c.add_argument("amount", type=float, nargs="?", help="how much, in --from units")
    c.add_argument("--from", dest="from_unit", choices=data_units.DATA_UNITS, default="tokens")
    c.add_argument("--to", dest="to_unit", choices=data_units.DATA_UNITS, help="default: tokens, or gb from tokens")
    c.add_argument("--ratio", default=data_units.DEFAULT_RATIO, help="tokenizer and language (--list shows them)")
    c.add_argument("--tokens-per-image", type=float, help="visual tokens per image (default LLaVA-1.5's 576)")
    c.add_argument("--caption-tokens", type=float, help="mean caption tokens per image–text pair")
    c.add_argument("--list", action="store_true", help="list the conversion ratios and their sources")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_convert)


def _data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=float, help="how much data, in --unit (default tokens; --train-tokens also works)")
    p.add_argument("--unit", choices=data_units.DATA_UNITS, default="tokens", help="what --data counts")
    p.add_argument("--ratio", default=data_units.DEFAULT_RATIO, help="tokenizer and language for text units")
    p.add_argument("--tokens-per-image", type=float, help="visual tokens per image (default LLaVA-1.5's 576)")
    p.add_argument("--caption-tokens", type=float, help="mean caption tokens per image–text pair")


def _conversion(args: argparse.Namespace, image_model: bool) -> data_units.Conversion:
    amount = args.data if args.data is not None else (args.train_tokens or None)
    if amount is None:
        raise planning.PlanningError("give the data to train on: --data AMOUNT [--unit ...] (or --train-tokens)")
    unit: data_units.DataUnit = args.unit if args.data is not None else ("images" if image_model else "tokens")
    return data_units.to_tokens(
        amount,
        unit,
        args.ratio,
        image_model=image_model,
        tokens_per_image=args.tokens_per_image,
        caption_tokens=args.caption_tokens,
    )


def plan_text(p: planning.TrainingPlan, conv: data_units.Conversion | None) -> str:
    units = planning.sample_plural(p.sample_unit)
    lines = [f"{p.model_name} on {p.gpus:,} × {p.gpu_name} ({p.precision}, MFU {p.mfu:.0%})"]
    if conv is not None and conv.unit != "tokens" and conv.sample_unit == "token":
        lines.append(f"  data:            {conv.explanation} = {conv.tokens:,.4g} tokens")
        lines.append(f"                   source: {conv.source}")
    lines += [
        f"  {units} trained on: {p.samples:,.4g}",
        f"  training FLOPs:  {p.training_flops:.4g} ({p.multiplier:g} × forward)",
        f"  cluster peak:    {p.cluster_peak_pflops:,.2f} PFLOP/s",
        f"  time:            {p.days:,.2f} days ({p.seconds / 3600:,.1f} h)",
        f"  GPU-hours:       {p.gpu_hours:,.0f}",
        f"  PF-days:         {p.pf_days:,.1f}",
    ]
    if p.cost_usd is not None:
        lines.append(f"  cost:            ${p.cost_usd:,.0f} at ${p.price_per_gpu_hour:,.2f} per GPU-hour")
    if p.gpus_for_deadline is not None:
        lines.append(f"  GPUs to finish in {p.deadline_days:g} days: {p.gpus_for_deadline:,}")
    if p.implied_mfu is not None:
        lines.append(f"  MFU implied by {p.known_gpu_hours:,.0f} GPU-hours: {p.implied_mfu:.1%}")
    if p.gpus_for_jobs is not None:
        lines.append(f"  GPUs for {p.jobs_per_year:g} such runs a year: {p.gpus_for_jobs:,}")
    if p.fits_memory is not None:
        lines.append(f"  memory: {'fits' if p.fits_memory else 'does NOT fit'} per GPU in this layout")
    lines.append("how:")
    lines += [f"  {k}: {v}" for k, v in p.explanations.items()]
    lines += [f"note: {n}" for n in p.notes]
    lines.append(f"expected error: {p.expected_error}")
    return "\n".join(lines)


def cmd_plan_training(args: argparse.Namespace) -> int:
    from core.cli import CliError, scenario_from_args

    inverse = {
        "deadline_days": args.deadline_days,
        "known_gpu_hours": args.known_gpu_hours,
        "known_days": args.known_days,
        "jobs_per_year": args.jobs_per_year,
    }
    if args.known_gpu_hours is not None and args.known_days is not None:
        raise CliError("give --known-gpu-hours or --known-days, not both")
    notes: list[str] = []
    if args.params is not None:
        if args.model or args.scenario:
            raise CliError("--params plans without a model: leave out --model and the scenario file")
        conv = _conversion(args, image_model=False)
        gpu = catalog.gpu(args.gpu or "h100-sxm-80gb")
        result = planning.plan_from_params(
            args.params,
            conv.tokens,
            gpu,
            args.gpus if args.gpus is not None else 1,
            mfu=args.mfu if args.mfu is not None else MFU_TRAINING,
            recompute=args.grad_checkpointing == "full",
            frozen_base=args.finetune in ("lora", "qlora"),
            precision={"fp32": "fp32", "fp16": "fp16", "mixed-fp16": "fp16"}.get(args.training_precision, "bf16"),
            price_per_gpu_hour=args.price,
            availability=args.availability,
            **inverse,
        )
    else:
        if args.mode is None:
            args.mode = "training"
        scenario, notes = scenario_from_args(args)
        conv = _conversion(args, image_model=is_image_model(scenario.model.architecture))
        result = planning.plan_training(scenario, conv.tokens, availability=args.availability, **inverse)
    if args.json:
        print(
            json.dumps(
                result.model_dump(mode="json") | {"data": conv.model_dump(mode="json"), "notes_cli": notes}, indent=1
            )
        )
    else:
        print(plan_text(result, conv))
        for n in notes:
            print(f"note: {n}")
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    table = data_units.ratios()
    if args.list:
        if args.json:
            print(json.dumps(table.model_dump(mode="json"), indent=1))
            return 0
        print(f"{'ratio':<24} {'language':<8} {'chars/token':>11}  tokenizer — source")
        for r in table.text:
            print(f"{r.id:<24} {r.language:<8} {r.chars_per_token:>11.3g}  {r.tokenizer} — {r.source}")
        print(f"images: {table.image_tokens.value:g} tokens each — {table.image_tokens.source}")
        print(
            f"audio: {table.audio_tokens_per_second.value:g} tokens per second — {table.audio_tokens_per_second.source}"
        )
        return 0
    if args.amount is None:
        raise data_units.DataUnitError("give an amount, e.g. `sizing convert 10 --from gb` (or --list)")
    to: data_units.DataUnit = args.to_unit or ("gb" if args.from_unit == "tokens" else "tokens")
    there, back = data_units.convert(
        args.amount,
        args.from_unit,
        to,
        args.ratio,
        tokens_per_image=args.tokens_per_image,
        caption_tokens=args.caption_tokens,
    )
    if args.json:
        print(json.dumps({"from": there.model_dump(mode="json"), "to": back.model_dump(mode="json")}, indent=1))
        return 0
    words = f"{args.amount:,.6g} {data_units.UNIT_WORDS[there.unit]} = {there.tokens:,.6g} tokens"
    print(words if to == "tokens" else f"{words} = {back.amount:,.6g} {data_units.UNIT_WORDS[to]}")
    for c in (there, back):
        if c.unit != "tokens":
            print(f"  {c.explanation}")
            print(f"    source: {c.source}")
    print("  ratios are averages over a published sample; real text differs by about ±20 % (code and markup more)")
    return 0
