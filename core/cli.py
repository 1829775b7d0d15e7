"""The `sizing` command (stable interface: docs/cli-contract.md; add freely, rename never).

    sizing estimate [SCENARIO.sizing] [options] [--json] [--explain]
    sizing params   --model MODEL [--json]
    sizing export-chart SCENARIO.sizing --chart breakdown|context --out FILE.png [--width W --height H]
    sizing gpus [--json]
    sizing models [--json]
    sizing fit [SCENARIO.sizing] [options] [--json]        (core/cli_fit.py)
    sizing tensor, sizing cpu-ram, sizing gpus --custom    (core/cli_tools.py)
    sizing plan training|serving, sizing convert           (core/cli_plan.py, core/cli_serving.py)
    sizing layers --model MODEL [--image-size HxW]         (core/cli_layers.py)
    sizing compare FILE.sizing [--format text|md|csv|json]  (core/cli_compare.py)

`export-chart` renders with the GUI's chart code; the GUI package registers it under the entry-point group
`gpu_sizer.cli`, so core never imports the GUI.

`-v` / `-vv` (before or after the command) send the modules' log records (INFO / DEBUG) to stderr; without it the
CLI's output is exactly the contract's and nothing is logged anywhere.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any

from pydantic import ValidationError

from core import catalog, cli_compare, cli_fit, cli_layers, cli_plan, cli_tools, project, quant, runtimes
from core.architecture import Architecture
from core.errors import SizingError
from core.estimate import estimate
from core.memory.engines import stopped_at_start
from core.models import own_format_edits, resolve
from core.params import count, mtp_checkpoint_copies, mtp_count
from core.result import CATEGORIES, MOMENT_LABELS, Estimate
from core.samples import sample_unit
from core.scenario import Scenario
from core.stacks import STACKS
from core.units import format_bytes

# CLI option -> scenario field
OPTION_FIELDS: dict[str, str] = {
    "mode": "workload.mode",
    "batch": "workload.batch",
    "context": "workload.context",
    "concurrency": "workload.concurrency",
    "output_tokens": "workload.output_tokens",
    "image_size": "workload.image_size",
    "images": "workload.images",
    "audio_seconds": "workload.audio_seconds",
    "grad_accumulation": "workload.grad_accumulation",
    "train_tokens": "workload.train_tokens",
    "target_tokens_per_second": "workload.target_tokens_per_second",
    "weights": "precision.weights",
    "kv_cache": "precision.kv_cache",
    "training_precision": "precision.training",
    "stack": "training.stack",
    "optimizer": "training.optimizer",
    "grad_checkpointing": "training.grad_checkpointing",
    "attention": "training.attention",
    "finetune": "training.finetune",
    "lora_rank": "training.lora_rank",
    "lora_targets": "training.lora_targets",
    "compile": "training.compile",
    "float8": "training.float8",
    "dora": "training.dora",
    "lora_modules_to_save": "training.lora_modules_to_save",
    "virtual_tokens": "training.num_virtual_tokens",
    "gpu": "gpu.id",
    "gpus": "parallelism.gpus",
    "zero": "parallelism.zero",
    "tp": "parallelism.tp",
    "pp": "parallelism.pp",
    "ep": "parallelism.ep",
    "cp": "parallelism.cp",
    "pp_virtual_stages": "parallelism.pp_virtual_stages",
    "offload": "parallelism.offload",
    "sequence_parallel": "parallelism.sequence_parallel",
    "runtime": "runtime.name",
    "gpu_memory_utilization": "runtime.gpu_memory_utilization",
    "ubatch": "runtime.ubatch",
    "mem_fraction_static": "runtime.mem_fraction_static",
    "chunked_prefill_size": "runtime.chunked_prefill_size",
    "enable_dp_attention": "runtime.dp_attention",
    "cuda_graph_max_bs": "runtime.cuda_graph_max_bs",
    "n_gpu_layers": "runtime.n_gpu_layers",
    "num_ctx": "runtime.num_ctx",
    "parallel": "runtime.parallel",
    "speculative": "runtime.speculative",
    "speculative_tokens": "runtime.speculative_tokens",
    "cuda_context_mib": "runtime.cuda_context_mib",
    "price": "cost.price_per_gpu_hour",
    "mfu": "cost.mfu",
}
FIELD_OPTIONS = {v: "--" + k.replace("_", "-") for k, v in OPTION_FIELDS.items()}
# --sequence-parallel's words -> parallelism.sequence_parallel ("stack": the training stack's default)
SEQUENCE_PARALLEL: dict[str, bool | None] = {"on": True, "off": False, "stack": None}


logger = logging.getLogger(__name__)


class CliError(SizingError):
    pass


def _add_estimate_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", nargs="?", help="a .sizing file (options override its values)")
    p.add_argument(
        "--model",
        help="preset id (see `sizing models`) or a config.json / folder / .safetensors / .gguf path",
    )
    p.add_argument("--mode", choices=["inference", "training"])
    p.add_argument(
        "--weights",
        help="fp32, bf16, fp16, fp8, int8, int4, nf4, gptq-int4, awq-int4, or a GGUF type such as q4_k_m, q8_0",
    )
    p.add_argument("--kv-cache", help=", ".join(quant.kv_cache_types()))
    p.add_argument("--batch", type=int, help="sequences per step (training: per-GPU micro-batch)")
    p.add_argument("--context", type=int, help="tokens per sequence (inference: prompt + generated)")
    p.add_argument("--concurrency", type=int, help="concurrent requests (inference)")
    p.add_argument("--output-tokens", type=int, help="generated tokens per request (inference speed)")
    p.add_argument("--image-size", type=int, help="input image side in pixels (CNNs)")
    p.add_argument("--images", type=int, help="images per sequence (vision-language models)")
    p.add_argument(
        "--audio-seconds",
        type=float,
        help="seconds of audio per sequence (models with an audio tower: Gemma 3n, Voxtral)",
    )
    p.add_argument("--training-precision", choices=["fp32", "bf16", "fp16", "mixed-bf16", "mixed-fp16"])
    p.add_argument("--optimizer", choices=["adamw", "adam", "sgd", "sgd-momentum", "adamw-8bit", "adafactor", "lion"])
    p.add_argument("--grad-checkpointing", choices=["none", "selective", "full"])
    p.add_argument(
        "--stack",
        choices=list(STACKS),
        help="training framework as it allocates: hf (default), deepspeed, fsdp2 (torchtitan), megatron, torchtune, "
        "liger, unsloth",
    )
    p.add_argument(
        "--compile",
        choices=["off", "blocks", "blocks+loss"],
        help="torch.compile as torchtitan applies it (--stack fsdp2): blocks = each TransformerBlock (torchtitan "
        "2024), blocks+loss = the cross-entropy too (torchtitan since 2025)",
    )
    p.add_argument(
        "--float8",
        choices=["off", "linear", "all-gather"],
        help="torchtitan Float8 training (--stack fsdp2): linear = Float8Linear layers, all-gather = and FSDP2 "
        "all-gathers their weights in float8",
    )
    p.add_argument("--attention", choices=["sdpa", "eager", "flash"])
    p.add_argument(
        "--finetune",
        choices=["full", "lora", "qlora", "prefix", "ptuning"],
        help="full; lora/qlora (peft LoRA on a 16-bit / 4-bit base); prefix (peft prefix tuning); ptuning (peft "
        "P-tuning, MLP prompt encoder)",
    )
    p.add_argument("--lora-rank", type=int)
    p.add_argument(
        "--lora-targets",
        choices=["all-linear", "attention", "qv"],
        help="a fused projection (GPT-2 c_attn, Phi-3 qkv_proj, Falcon query_key_value) is one target",
    )
    p.add_argument(
        "--dora",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="LoRA/QLoRA: peft's use_dora=True (a trainable magnitude per output feature)",
    )
    p.add_argument(
        "--lora-modules-to-save",
        choices=["none", "embeddings", "lm_head", "both"],
        help="LoRA/QLoRA: train full copies of the token embedding and/or lm_head (peft modules_to_save)",
    )
    p.add_argument("--virtual-tokens", type=int, help="prefix tuning / P-tuning: num_virtual_tokens (default 20)")
    p.add_argument("--grad-accumulation", type=int)
    p.add_argument("--train-tokens", type=float, help="tokens (CNN: images) to train on, for time and cost")
    p.add_argument("--target-tokens-per-second", type=float, help="serving load to plan GPUs for (inference)")
    p.add_argument("--gpu", help="catalogue id, e.g. h100-sxm-80gb (see `sizing gpus`)")
    p.add_argument("--gpus", type=int, help="number of GPUs")
    p.add_argument("--zero", type=int, choices=[0, 1, 2, 3])
    p.add_argument("--tp", type=int, help="tensor-parallel degree")
    p.add_argument("--pp", type=int, help="pipeline-parallel degree")
    p.add_argument("--ep", type=int, help="expert-parallel degree (MoE; divides the data-parallel ranks)")
    p.add_argument("--cp", type=int, help="context-parallel degree (fsdp2, megatron; divides the data-parallel ranks)")
    p.add_argument(
        "--pp-virtual-stages",
        type=int,
        help="model chunks per pipeline rank: 1 = 1F1B (default), v > 1 = interleaved 1F1B",
    )
    p.add_argument("--offload", choices=["none", "optimizer", "optimizer+params"])
    p.add_argument(
        "--sequence-parallel",
        choices=list(SEQUENCE_PARALLEL),
        help="under --tp: split norm/residual/dropout activations along the sequence (Megatron's "
        "--sequence-parallel); default: the stack's (on for megatron and fsdp2)",
    )
    p.add_argument("--runtime", choices=list(runtimes.RUNTIME_NAMES))
    p.add_argument("--gpu-memory-utilization", type=float, help="vLLM's fraction of GPU memory (default 0.9)")
    p.add_argument("--ubatch", type=int, help="llama.cpp n_ubatch (default 512)")
    p.add_argument(
        "--mem-fraction-static",
        type=float,
        help="SGLang's share for weights + KV pool (default: its own rule)",
    )
    p.add_argument("--chunked-prefill-size", type=int, help="SGLang's prefill chunk (default: by GPU memory)")
    p.add_argument(
        "--enable-dp-attention",
        type=int,
        nargs="?",
        const=0,
        metavar="DP",
        help="SGLang's --enable-dp-attention --dp DP: attention data-parallel over DP groups inside --tp (each its own "
        "requests and KV pool, attention weights at TP tp/DP); without a number DP = tp",
    )
    p.add_argument(
        "--cuda-graph-max-bs", type=int, help="SGLang's largest CUDA-graph decode batch (default: by GPU memory and TP)"
    )
    p.add_argument("--n-gpu-layers", type=int, help="llama.cpp/Ollama -ngl: layers on the GPU (default: all + output)")
    p.add_argument("--num-ctx", type=int, help="Ollama's context per slot (default: Ollama's by GPU memory)")
    p.add_argument("--parallel", type=int, help="Ollama's parallel slots, each num_ctx (default 1)")
    p.add_argument(
        "--speculative",
        choices=["none", "mtp"],
        help="vLLM/SGLang speculative decoding: mtp drafts with the model's multi-token-prediction layers",
    )
    p.add_argument("--speculative-tokens", type=int, help="draft tokens per step (default 1)")
    p.add_argument(
        "--cuda-context-mib",
        type=int,
        help="CUDA context and libraries per GPU process in MiB, e.g. as nvidia-smi shows an idle process "
        "(default: the runtime's typical 500, llama.cpp/Ollama 300; not vLLM: its measured non-torch memory has it)",
    )
    p.add_argument("--price", type=float, help="USD per GPU-hour")
    p.add_argument("--mfu", type=float, help="model FLOPs utilisation for training time (default 0.40)")
    p.add_argument("--units", choices=["GiB", "GB"], default="GiB")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--explain", action="store_true", help="every figure with its formula and inputs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sizing", description="GPU memory, compute and time for a model")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_estimate_options(sub.add_parser("estimate", help="memory, fit and time for a scenario"))
    p = sub.add_parser("params", help="exact parameter count by component")
    p.add_argument("--model", required=True)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("gpus", help="the GPU catalogue")
    p.add_argument("--json", action="store_true")
    cli_tools.add_custom_gpu_options(p)
    p = sub.add_parser("models", help="the model presets")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export-chart", help="render a scenario's chart to PNG (needs the GUI package)")
    p.add_argument("scenario")
    p.add_argument("--chart", choices=["breakdown", "context"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--width", type=int, default=1200)
    p.add_argument("--height", type=int, default=800)
    p.add_argument("--json", action="store_true")
    cli_fit.add_parser(sub, _add_estimate_options)
    cli_tools.add_parsers(sub, _add_estimate_options)
    cli_plan.add_parsers(sub, _add_estimate_options)
    cli_layers.add_parser(sub)
    cli_compare.add_parser(sub)
    verbose_help = "log what happens to stderr (-vv: debug detail)"
    parser.add_argument("-v", "--verbose", action="count", default=0, help=verbose_help)
    for command in sub.choices.values():  # after the command too; SUPPRESS keeps a count given before it
        command.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help=verbose_help)
    return parser


class _CliLogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `configure_logging` installs, so a second call (tests run main() many times) replaces it."""


def configure_logging(verbosity: int) -> None:
    """0: nothing is logged (a NullHandler keeps Python's last-resort handler from printing warnings, so stdout
    and stderr stay exactly the contract's); 1: INFO and up to stderr; 2 or more: DEBUG."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _CliLogHandler | logging.NullHandler)]:
        root.removeHandler(handler)
    if verbosity <= 0:
        root.addHandler(logging.NullHandler())
        return
    handler = _CliLogHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("sizing: %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)


def scenario_from_args(args: argparse.Namespace) -> tuple[Scenario, list[str]]:
    """The scenario file (if any) with the command line's options applied on top."""
    notes: list[str] = []
    if args.scenario:
        scenarios, active = project.read(args.scenario)
        data: dict[str, Any] = scenarios[active].model_dump()
    else:
        if not args.model:
            raise CliError("give a scenario file or --model (a preset id, see `sizing models`, or a path)")
        data = {}
    if args.model:
        ref, notes = resolve(args.model)
        data["model"] = ref.model_dump()
    for opt, path in OPTION_FIELDS.items():
        val = getattr(args, opt, None)
        if val is None:
            continue
        if isinstance(val, float) and not math.isfinite(val):  # float() reads 'nan' and 'inf'; no range holds them
            raise CliError(f"--{opt.replace('_', '-')} must be a finite number, not {val}")
        if opt == "sequence_parallel":
            val = SEQUENCE_PARALLEL[val]
        if opt == "enable_dp_attention" and val == 0:  # the bare flag: --dp = --tp, SGLang's usual DP attention
            val = data.get("parallelism", {}).get("tp", 1)
        section, key = path.split(".")
        data.setdefault(section, {})[key] = val
    t = data.get("training", {})
    if t.get("finetune") == "qlora" and args.weights is None:
        w = data.get("precision", {}).get("weights", "bf16")
        if quant.get(w).bits > 4.5:
            data.setdefault("precision", {})["weights"] = "nf4"
            notes.append("QLoRA: the frozen base is stored as nf4 (pass --weights to choose another 4-bit format)")
    if args.gpu and args.gpu.lower() == "custom" and not args.scenario:
        raise CliError("--gpu custom needs a scenario file that defines the custom GPU")
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise CliError(_validation_words(exc)) from None
    hint = scenario.model.format_hint if args.model and args.weights is None and not args.scenario else None
    if hint and scenario.workload.mode == "inference":
        edits = own_format_edits(scenario, engine_too=False)
        if edits:
            scenario = scenario.changed("precision.weights", edits["precision.weights"])
            notes.append(f"weights default to the checkpoint's own format, {hint} (--weights to choose another)")
        else:
            notes.append(f"the checkpoint's own format, {hint}, is not one this runtime loads: --weights to choose")
    return scenario, notes


def _validation_words(exc: ValidationError) -> str:
    msgs = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
        option = FIELD_OPTIONS.get(loc)
        msg = str(err["msg"]).removeprefix("Value error, ")
        where = f"{option} ({loc})" if option else loc
        msgs.append(f"{where}: {msg}" if where else msg)
    return "; ".join(msgs)


def estimate_json(est: Estimate, scenario: Scenario, notes: Sequence[str] = ()) -> dict[str, Any]:
    cats = est.memory.by_category()
    return {
        "params": {
            "total": est.params.total,
            "trainable": est.params.trainable,
            **({"trainable_idle": est.params.trainable_idle} if est.params.trainable_idle else {}),
            "by_component": est.params.by_component,
            **({"mtp": est.params.mtp, "mtp_layers": est.params.mtp_layers} if est.params.mtp_layers else {}),
        },
        "memory": {
            "unit": "bytes",
            "total": est.memory.total,
            "allocated": est.memory.allocated,
            "phase": est.memory.phase,
            **({"backward_moment": est.memory.backward_moment} if est.memory.backward_moment else {}),
            "components": {k: cats[k] for k in CATEGORIES},
            "phase_totals": est.memory.phase_totals,
            "breakdown": [i.model_dump() for i in est.memory.items],
        },
        "gpu": {
            "id": est.fit.gpu_id,
            "name": est.fit.gpu_name,
            "usable_bytes": est.fit.usable_bytes,
            "usable_measured": est.fit.usable_measured,
            "fits": est.fit.fits,
            "headroom_bytes": est.fit.headroom_bytes,
            "count": scenario.parallelism.gpus,
        },
        "compute": est.compute.model_dump(),
        "mode": est.mode,
        "stack": est.stack,
        "host_ram": {"unit": "bytes", "per_rank": est.host_ram_bytes, "explanation": est.host_ram},
        "engine": est.engine.model_dump() if est.engine else None,
        "model": {
            "name": scenario.model.architecture.name,
            "preset": scenario.model.preset,
            "path": scenario.model.path,
        },
        "verified": est.verified,
        "unverified": list(est.unverified),
        "warnings": list(est.warnings),
        "notes": list(notes),
        "expected_error": est.expected_error,
    }


def _bound_words(bound: str | None) -> str:
    return {
        "latency": "latency-bound: kernel launches, not arithmetic, set the time",
        "compute": "compute-bound",
        "memory": "memory-bound",
    }.get(bound or "", "")


def _duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1e3:,.1f} ms"
    if seconds < 120:
        return f"{seconds:,.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:,.1f} min"
    if seconds < 3 * 86400:
        return f"{seconds / 3600:,.1f} h"
    return f"{seconds / 86400:,.1f} days"


def estimate_text(est: Estimate, scenario: Scenario, units: str, explain: bool, notes: Sequence[str]) -> str:
    s = scenario
    a = s.model.architecture
    lines = [f"UNVERIFIED — {u}" for u in est.unverified]
    lines += [
        f"{a.name} — {s.workload.mode}, "
        f"{s.precision.weights if s.workload.mode == 'inference' else s.precision.training}"
        f" on {s.parallelism.gpus} × {est.fit.gpu_name}"
    ]
    lines.append(
        f"parameters: {est.params.total:,}"
        + (f" (trainable {est.params.trainable:,}" if s.workload.mode == "training" else "")
        + (f", {est.params.trainable_note}" if s.workload.mode == "training" and est.params.trainable_idle else "")
        + (")" if s.workload.mode == "training" else "")
        + (f"; multi-token prediction {est.params.mtp:,} beside, not in it" if est.params.mtp is not None else "")
        + (
            f" (drafting {s.runtime.speculative_tokens} token(s) per step: speculative decoding)"
            if s.mtp_draft and est.params.mtp is not None
            else ""
        )
    )
    moment = est.memory.backward_moment if est.memory.phase == "backward" else None
    lines.append(f"memory per GPU at the peak ({est.memory.phase}{f': {MOMENT_LABELS[moment]}' if moment else ''}):")
    width = max(len(i.label) for i in est.memory.items)
    for i in est.memory.items:
        lines.append(f"  {i.label:<{width}}  {format_bytes(i.bytes, units):>12}")
        if explain:
            lines.append(f"      = {i.formula}")
            lines.append(f"      {i.explanation}")
    lines.append(f"  {'total':<{width}}  {format_bytes(est.memory.total, units):>12}")
    verdict = "fits" if est.fit.fits else "does NOT fit"
    lines.append(
        f"usable on {est.fit.gpu_name}: {format_bytes(est.fit.usable_bytes, units)}"
        f"{'' if est.fit.usable_measured else ' (derived from the advertised size)'} → {verdict}, headroom "
        f"{format_bytes(est.fit.headroom_bytes, units)}"
    )
    c = est.compute
    unit = sample_unit(a)
    if s.workload.mode == "training":
        if c.step_seconds is not None:
            lines.append(
                f"step time: {_duration(c.step_seconds)} ({c.tokens_per_second:,.0f} {unit.per_second} over all GPUs, "
                f"MFU {c.mfu:.0%}{', ' + _bound_words(c.image_bound) if c.image_bound else ''})"
            )
        if c.training_seconds is not None:
            lines.append(
                f"training time: {_duration(c.training_seconds)}, {c.gpu_hours:,.0f} GPU-hours"
                + (f", ${c.cost_usd:,.0f}" if c.cost_usd is not None else "")
            )
    elif c.not_started is not None:  # the engine never serves: its roofline speed would be invented
        lines.append(f"speed: none — {c.not_started}")
    else:
        if c.time_to_first_token is not None:
            lines.append(f"time to first token: {_duration(c.time_to_first_token)}")
        if c.batch_seconds is not None and c.aggregate_tokens_per_second is not None:
            lines.append(
                f"{_duration(c.batch_seconds)} per batch of "
                f"{-(-s.workload.batch * s.workload.concurrency // s.parallelism.gpus):,} on each GPU → "
                f"{c.aggregate_tokens_per_second:,.1f} {unit.per_second} ({_bound_words(c.image_bound)})"
            )
        elif c.decode_tokens_per_second is None and c.aggregate_tokens_per_second is not None:
            lines.append(f"throughput: {c.aggregate_tokens_per_second:,.1f} {unit.per_second} (roofline)")
        if c.decode_tokens_per_second is not None:
            lines.append(
                f"decode: {c.decode_tokens_per_second:,.1f} tokens/s per sequence, "
                f"{c.aggregate_tokens_per_second:,.1f} tokens/s total ({c.decode_bound}-bound)"
            )
        if c.replicas_needed is not None:
            replicas = "replica" if c.replicas_needed == 1 else "replicas"
            lines.append(f"for the target load: {c.replicas_needed:,} {replicas}, {c.gpus_for_load:,} GPUs")
    if explain:
        lines.append("how compute and time were found:")
        lines += [f"  {k}: {v}" for k, v in c.explanations.items()]
        if est.mode == "training" and s.training.stack != "hf":
            st = STACKS[s.training.stack]
            lines.append(f"stack: {st.name} — {st.notes} ({st.source})")
        else:
            lines.append(
                "defaults: PyTorch + Hugging Face transformers, SDPA attention, torch.optim AdamW (foreach), loss on "
                "fp32-upcast logits"
                + ("" if s.training.attention == "sdpa" else f"; attention here: {s.training.attention}")
            )
    e = est.engine
    if e is not None and stopped_at_start(s.runtime.spec, e.kv_tokens):
        lines.append(
            f"{e.runtime}: stops at start: the model uses {format_bytes(e.model_bytes, units)} of the "
            f"{format_bytes(e.claimed_bytes, units)} it claims per GPU, leaving the KV cache nothing (this workload "
            f"needs {e.tokens_needed:,} tokens)"
        )
    elif e is not None:
        lines.append(
            f"{e.runtime}: nvidia-smi shows {format_bytes(e.claimed_bytes, units)} per GPU; the model uses "
            f"{format_bytes(e.model_bytes, units)}, the KV cache {format_bytes(e.kv_pool_bytes, units)} "
            f"= {e.kv_tokens:,} tokens (this workload needs {e.tokens_needed:,})"
        )
    if e is not None:
        lines += [f"  log: {line}" for line in e.log_lines]
        if explain:
            lines.append(f"  {e.explanation}")
    if est.host_ram_bytes:
        lines.append(f"CPU memory{' for offload' if est.mode == 'training' else ''}: {est.host_ram}")
    for w in list(est.warnings) + list(c.notes):
        lines.append(f"warning: {w}")
    for n in notes:
        lines.append(f"note: {n}")
    lines.append(f"expected error: {est.expected_error}")
    return "\n".join(lines)


def cmd_estimate(args: argparse.Namespace) -> int:
    scenario, notes = scenario_from_args(args)
    est = estimate(scenario)
    if args.json:
        print(json.dumps(estimate_json(est, scenario, notes), indent=1))
    else:
        print(estimate_text(est, scenario, args.units, args.explain, notes))
    return 0


def cmd_params(args: argparse.Namespace) -> int:
    ref, notes = resolve(args.model)
    pc = count(ref.architecture)
    mtp = mtp_json(ref.architecture)
    if args.json:
        out: dict[str, Any] = {
            "total": pc.total,
            "trainable": pc.total,
            "by_component": pc.by_component,
            "verified": not ref.architecture.unverified,
            "warnings": list(ref.architecture.unverified),
        }
        if mtp is not None:
            out["mtp"] = mtp
        if notes:
            out["notes"] = notes
        print(json.dumps(out, indent=1))
        return 0
    for u in ref.architecture.unverified:
        print(f"UNVERIFIED — {u}")
    print(f"{ref.architecture.name}: {pc.total:,} parameters{' (unverified)' if ref.architecture.unverified else ''}")
    for k, v in sorted(pc.by_component.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<16} {v:>18,}  {v / pc.total:6.1%}")
    if mtp is not None:
        print(mtp_text(mtp))
    for n in notes:
        print(f"note: {n}")
    return 0


def mtp_json(arch: Architecture) -> dict[str, Any] | None:
    """The multi-token-prediction layers beside the total (None if the model declares none)."""
    spec = arch.mtp
    if spec is None:
        return None
    pc = mtp_count(arch)
    return {
        "layers": spec.num_layers,
        "config_key": spec.config_key,
        "structure": spec.kind,
        "params": pc.total if pc else None,
        "by_component": pc.by_component if pc else None,
        "checkpoint_copies": mtp_checkpoint_copies(arch),
        "verified": pc is not None,
        "in_total": False,
    }


def mtp_text(m: dict[str, Any]) -> str:
    head = f"  multi-token prediction ({m['layers']} layer(s), {m['config_key']}), beside the total, not in it: "
    if m["params"] is None:
        return head + "structure unknown: not counted (unverified)"
    copies = m["checkpoint_copies"]
    return (
        head
        + f"{m['params']:,}"
        + (
            f" (+ {copies:,} in embedding/output-head copies the checkpoint stores; runtimes share the model's)"
            if copies
            else ""
        )
    )


def cmd_gpus(args: argparse.Namespace) -> int:
    if args.custom:
        return cli_tools.cmd_custom_gpu(args)
    gpus = catalog.gpus()
    if args.json:
        print(json.dumps([g.model_dump(mode="json") | {"usable_bytes": g.usable_bytes} for g in gpus], indent=1))
        return 0
    print(f"{'id':<34} {'name':<40} {'memory':>9} {'usable':>10} {'bf16 TF/s':>10} {'GB/s':>7}")
    for g in gpus:
        bf16 = g.tflops.get("bf16")
        mem = f"{g.memory.advertised:g} {g.memory.advertised_unit}"
        usable = f"{g.usable_bytes / 2**30:,.1f} GiB" + ("" if g.usable_is_measured else "*")
        bw = f"{g.bandwidth_gbps:,.0f}" if g.bandwidth_gbps else "unknown"
        print(
            f"{g.id:<34} {g.name[:40]:<40} {mem:>9} {usable:>10} "
            f"{(f'{bf16:,.1f}' if bf16 is not None else 'unknown'):>10} {bw:>7}"
        )
    print("* usable memory derived from the advertised size (no driver reading on record)")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    rows = []
    for pid, p in catalog.presets().items():
        total = count(catalog.preset_architecture(pid)).total
        rows.append(
            {
                "id": pid,
                "name": p.name,
                "family": p.family,
                "kind": p.kind,
                "params": total,
                "hub_id": p.hub_id,
                "source": p.source_text,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'id':<30} {'name':<34} {'kind':<16} {'parameters':>18}")
    for r in rows:
        print(f"{r['id']:<30} {str(r['name'])[:34]:<34} {r['kind']!s:<16} {r['params']:>18,}")
    return 0


def _plugins() -> dict[str, Callable[[argparse.Namespace], int]]:
    found: dict[str, Callable[[argparse.Namespace], int]] = {}
    for ep in metadata.entry_points(group="gpu_sizer.cli"):
        found[ep.name] = ep.load()
    return found


def cmd_export_chart(args: argparse.Namespace) -> int:
    plugins = _plugins()
    if "export-chart" not in plugins:
        raise CliError("export-chart needs GPU Sizer's GUI package (PySide6 and pyqtgraph), which is not installed")
    return plugins["export-chart"](args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "estimate": cmd_estimate,
    "params": cmd_params,
    "gpus": cmd_gpus,
    "models": cmd_models,
    "export-chart": cmd_export_chart,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    try:
        return (getattr(args, "handler", None) or COMMANDS[args.command])(args)
    except (SizingError, ValidationError) as exc:
        msg = _validation_words(exc) if isinstance(exc, ValidationError) else str(exc)
        logger.debug("%s failed", args.command, exc_info=True)
        if getattr(args, "json", False):
            print(json.dumps({"error": msg}), file=sys.stderr)
        else:
            print(f"sizing: error: {msg}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
