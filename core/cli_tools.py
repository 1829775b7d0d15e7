"""The calculators on the command line (core.calculators):

sizing tensor --shape 8,4096,4096 --dtype bf16 [--json]
sizing gpus --custom --cores 16896 --clock-ghz 1.98 [--flops-per-cycle 2] [--json]
sizing cpu-ram [SCENARIO.sizing] [estimate's options] [--load hf|hf-legacy|llama.cpp|llama.cpp-no-mmap]
               [--gpu-share F] [--shard-gb F] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from core import calculators, fit, quant
from core.units import format_bytes


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], add_options: Callable[..., None]) -> None:
    p = sub.add_parser("tensor", help="bytes of a tensor from its shape and dtype")
    p.add_argument("--shape", required=True, help="comma-separated dimensions, e.g. 8,4096,4096")
    p.add_argument("--dtype", required=True, help="fp32, bf16, fp16, fp8, int8, int4, … or a GGML type (q4_0, q8_0)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_tensor)
    p = sub.add_parser("cpu-ram", help="CPU RAM needed to load a model's weights, per runtime")
    add_options(p)
    p.add_argument(
        "--load",
        choices=list(calculators.LOAD_RUNTIMES),
        help="how the weights are loaded (default: llama.cpp for --runtime llama.cpp, else hf)",
    )
    p.add_argument("--gpu-share", type=float, default=1.0, help="share of the weights placed on GPUs (default 1)")
    p.add_argument("--shard-gb", type=float, help="largest checkpoint shard in GB (hf-legacy; default 5)")
    p.set_defaults(handler=cmd_cpu_ram)


def add_custom_gpu_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--custom", action="store_true", help="peak FLOP/s of a GPU from cores × clock × FLOPs per cycle")
    p.add_argument("--cores", type=int, help="--custom: shader/CUDA cores (stream processors)")
    p.add_argument("--clock-ghz", type=float, help="--custom: boost clock in GHz")
    p.add_argument("--flops-per-cycle", type=float, default=2.0, help="--custom: per core per cycle (2: one FMA)")


def cmd_tensor(args: argparse.Namespace) -> int:
    t = calculators.tensor_size(calculators.parse_shape(args.shape), args.dtype)
    if args.json:
        print(json.dumps(t.model_dump(mode="json"), indent=1))
        return 0
    shape = "×".join(str(d) for d in t.shape)
    print(f"tensor {shape} {t.dtype}: {t.bytes:,} bytes = {t.gb:,.3f} GB = {t.gib:,.3f} GiB")
    print(f"  = {t.formula}")
    print(f"  {t.explanation}")
    return 0


def cmd_custom_gpu(args: argparse.Namespace) -> int:
    if args.cores is None or args.clock_ghz is None:
        raise calculators.CalculatorError("--custom needs --cores and --clock-ghz (and optionally --flops-per-cycle)")
    g = calculators.gpu_flops(args.cores, args.clock_ghz, args.flops_per_cycle)
    if args.json:
        print(json.dumps(g.model_dump(mode="json"), indent=1))
        return 0
    print(f"{g.tflops:,.3f} TFLOP/s = {g.formula}")
    print(f"  {g.explanation}")
    return 0


def cmd_cpu_ram(args: argparse.Namespace) -> int:
    from core.cli import scenario_from_args

    scenario, notes = scenario_from_args(args)
    nbytes = fit.model_weight_bytes(scenario)
    how = (
        "the imported file's tensor bytes"
        if nbytes == scenario.model.stored_weight_bytes
        else f"every tensor in {quant.get(scenario.precision.weights).name}"
    )
    load: calculators.LoadRuntime = args.load or ("llama.cpp" if scenario.runtime.gguf else "hf")
    shard = None if args.shard_gb is None else round(args.shard_gb * 1e9)
    r = calculators.load_ram(nbytes, load, args.gpu_share, shard)
    if args.json:
        print(json.dumps(r.model_dump(mode="json") | {"weights_from": how, "notes": notes}, indent=1))
        return 0
    a = scenario.model.architecture
    weights = format_bytes(nbytes, args.units)
    print(f"{a.name}: weights {weights} ({how}), {r.gpu_fraction:.0%} on GPUs, loaded by {load}")
    print(f"  CPU RAM at the peak of loading: {format_bytes(r.peak_bytes, args.units)}")
    print(f"  CPU RAM after loading:          {format_bytes(r.resident_bytes, args.units)}")
    print(f"  {'anonymous memory (RAM or swap)' if r.swap_backed else 'file pages (page cache, never swap)'}")
    print(f"  = {r.formula}")
    print(f"  {r.explanation}")
    print(f"  source: {r.source}")
    for n in notes:
        print(f"note: {n}")
    return 0
