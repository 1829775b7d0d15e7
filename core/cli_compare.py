"""`sizing compare FILE.sizing [--format text|md|csv|json]`: every scenario of a file side by side (core.compare)."""

from __future__ import annotations

import argparse
import json

from core import compare, project


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compare", help="the scenarios of a .sizing file side by side: totals, components, fit, speed")
    p.add_argument("scenario", help="a .sizing file (all its scenarios are compared)")
    p.add_argument("--format", choices=["text", "md", "csv", "json"], default="text")
    p.add_argument("--json", action="store_true", help="same as --format json")
    p.add_argument("--units", choices=["GiB", "GB"], default="GiB")
    p.set_defaults(handler=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    if args.json:
        args.format = "json"
    args.json = args.format == "json"  # errors as {"error": ...} too
    scenarios, _active = project.read(args.scenario)
    result = compare.compare(scenarios, curves=args.format == "json")
    if args.format == "json":
        print(json.dumps(compare.to_json(result), indent=1))
    elif args.format == "md":
        print(compare.to_markdown(result, args.units), end="")
    elif args.format == "csv":
        print(compare.to_csv(result), end="")
    else:
        print(compare.to_text(result, args.units))
    return 0
