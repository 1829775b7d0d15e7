"""Writes gui/engine_messages.py: every template the engine composes a `core.messages.Message` from, by id.

    .venv/bin/python -m tools.i18n.engine_catalogue > gui/engine_messages.py
    .venv/bin/ruff format gui/engine_messages.py

The ids come from two places: a scan of core/ for `Message("id", "literal template", ...)`, and the Messages the
engine builds while it estimates and explores a set of scenarios (ids or templates put together from a few literals:
a sample unit, a runtime, a condition). Then lupdate, translate the new entries, lrelease (resources/i18n/README.md);
tests/gui/test_gui_engine_text.py checks that the catalogue holds each literal template exactly."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import core.messages as cm
from core.estimate import estimate
from core.fit import explore
from tests.gui.test_gui_engine_text import SCENARIOS, sc, train

ROOT = Path(__file__).resolve().parents[2]
found: dict[str, str] = {"capitalized": "{text}", "join.and": "{first} and {rest}"}


def const(n: ast.expr) -> str | None:
    if isinstance(n, ast.Constant) and isinstance(n.value, str):
        return n.value
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
        a, b = const(n.left), const(n.right)
        if a is not None and b is not None:
            return a + b
    return None


# Message(id, template, ...) and the GGUF reader's deferred forms of it: _said(id, template, ...) and
# _then(what, id, template, ...) (core/importers/gguf_file.py)
MAKERS = {"Message": 0, "_said": 0, "_then": 1}


def literal_messages(tree: ast.AST) -> dict[str, str]:
    """id → template for each call in `tree` that makes a Message from a literal id and template."""
    out = {}
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call) or not isinstance(n.func, ast.Name) or n.func.id not in MAKERS:
            continue
        first = MAKERS[n.func.id]
        if len(n.args) >= first + 2:
            i, tpl = const(n.args[first]), const(n.args[first + 1])
            if i is not None and tpl is not None:
                out[i] = tpl
    return out


def scan() -> None:
    for path in sorted((ROOT / "core").rglob("*.py")):
        found.update(literal_messages(ast.parse(path.read_text(encoding="utf-8"))))


def run() -> None:
    make = cm.Message.__new__

    def spy(cls: type[cm.Message], id: str, template: str, /, **params: Any) -> cm.Message:
        if id in found and found[id] != template:
            print(f"one id, two templates: {id}", file=sys.stderr)
        found[id] = template
        return make(cls, id, template, **params)

    cm.Message.__new__ = spy  # type: ignore[method-assign]
    extra = {
        "offload-params": sc(
            **train(
                training__stack="deepspeed",
                parallelism__gpus=8,
                parallelism__zero=3,
                parallelism__offload="optimizer+params",
            )
        ),
        "offload-opt": sc(
            **train(
                training__stack="deepspeed", parallelism__gpus=8, parallelism__zero=2, parallelism__offload="optimizer"
            )
        ),
        "whisper": sc("whisper-small"),
        "whisper-train": sc("whisper-small", **train()),
        "vit": sc("vit-b-16"),
        "vlm": sc("qwen2.5-vl-7b-instruct", workload__images=1),
        "ollama": sc(runtime__name="ollama", precision__weights="q4_k_m", workload__concurrency=4),
        "fsdp2-pp": sc(
            **train(training__stack="fsdp2", parallelism__gpus=8, parallelism__pp=2, workload__grad_accumulation=4)
        ),
        "lora": sc(**train(training__finetune="lora")),
        "70b-train": sc("llama-3.1-70b", **train()),
        "405b-vllm": sc("llama-3.1-405b-instruct", runtime__name="vllm"),
        "cnn-big": sc("resnet-50", workload__batch=100000),
        "cnn-fp32-train": sc("resnet-50", **train(precision__training="fp32")),  # the precision CNN runs measured
        "dsv3": sc("deepseek-v3", runtime__name="vllm", precision__weights="fp8"),
        "moe-ep": sc("mixtral-8x7b", **train(parallelism__gpus=8, parallelism__ep=8)),
        "selective-fsdp2": sc(**train(training__stack="fsdp2", training__grad_checkpointing="selective")),
        "selective-meg": sc(**train(training__stack="megatron", training__grad_checkpointing="selective")),
        "full-ckpt": sc(**train(training__grad_checkpointing="full")),
        "serving": sc(workload__target_tokens_per_second=10000.0, workload__concurrency=8),
    }
    more = {
        "hybrid-inf": sc("qwen3-next-80b-a3b"),
        "bf16-train": sc(**train(precision__training="bf16")),
        "fp32-train": sc(**train(precision__training="fp32")),
        "ds-zero1": sc(**train(training__stack="deepspeed", parallelism__gpus=8, parallelism__zero=1)),
        "hf-zero2": sc(**train(parallelism__gpus=8, parallelism__zero=2)),
        "fsdp-tp": sc(**train(training__stack="fsdp2", parallelism__gpus=8, parallelism__tp=2)),
        "meg-pp": sc(**train(training__stack="megatron", parallelism__gpus=8, parallelism__pp=2)),
        "meg-offload": sc(**train(training__stack="megatron", parallelism__gpus=8, parallelism__offload="optimizer")),
        "unsloth-full": sc(
            **train(training__stack="unsloth", training__grad_checkpointing="full", training__finetune="lora")
        ),
        "sgd": sc(**train(training__optimizer="sgd-momentum")),
        "adafactor": sc(**train(training__optimizer="adafactor")),
        "adamw8": sc(**train(training__optimizer="adamw-8bit")),
        "lion": sc(**train(training__optimizer="lion", training__optimizer_foreach=False)),
        "gptq": sc(precision__weights="gptq-int4"),
        "eager": sc(**train(training__attention="eager")),
        "gemma2": sc("gemma-2-9b-it"),
        "ngl": sc(runtime__name="llama.cpp", precision__weights="q4_k_m", runtime__n_gpu_layers=10),
        "ngl-out": sc(runtime__name="llama.cpp", precision__weights="q4_k_m", runtime__n_gpu_layers=40),
        "nofa": sc(runtime__name="llama.cpp", precision__weights="q4_k_m", runtime__flash_attention=False),
        "dsv32": sc(
            "deepseek-v3.2", runtime__name="vllm", precision__weights="fp8", parallelism__gpus=8, parallelism__tp=8
        ),
        "lfm2": sc("lfm2-1.2b"),
        "mamba": sc("mamba-2.8b"),
        "mamba-train": sc("mamba-2.8b", **train()),
        "t5": sc("t5-base"),
        "tp-inf": sc("llama-3.1-70b", parallelism__gpus=4, parallelism__tp=4),
    }
    for name, s in {**SCENARIOS, **extra, **more}.items():
        try:
            estimate(s)
            explore(s)
        except Exception as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
    cm.Message.__new__ = make  # type: ignore[method-assign]


def lit(s: str, indent: int) -> str:
    import re as _re

    width = 116 - indent
    if len(repr(s)) <= width:
        return " " * indent + repr(s)
    parts, cur = [], ""
    for tok in _re.findall(r"\s*\S+\s*|\s+", s):
        if cur and len(repr(cur + tok)) > width:
            parts.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        parts.append(cur)
    assert "".join(parts) == s
    return "\n".join(" " * indent + repr(p) for p in parts)


def main() -> None:
    scan()
    run()
    out = [
        '"""The engine\'s composed texts (core.messages.Message) by id: each English template, marked for',
        'translation (context "Engine"), so lupdate puts it in resources/i18n and `gui.i18n_engine.engine_text` can',
        "say it in the window's language. A template must equal the engine's, character for character",
        "(tests/gui/test_gui_engine_text.py checks every literal one): when the engine's English changes, change it",
        "here and translate it again.",
        "",
        "Written by `python -m tools.i18n.engine_catalogue > gui/engine_messages.py` (then lupdate, translate,",
        'lrelease: resources/i18n/README.md)."""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "_MARKED: dict[str, object] = {",
    ]
    for i in sorted(found):
        out.append(f'    "{i}": QT_TRANSLATE_NOOP(')
        out.append('        "Engine",')
        out.append(lit(found[i], 8) + ",")
        out.append("    ),")
    out.append("}")
    out.append("SOURCES: dict[str, str] = {k: str(v) for k, v in _MARKED.items()}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
