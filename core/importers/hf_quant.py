"""The weight format a checkpoint ships in, read from its config's `quantization_config` (top level, or inside
`text_config`): FP8 with 128×128 block scales (DeepSeek, Qwen3-FP8, GLM-5-FP8), MXFP4 experts (gpt-oss), NVFP4
(NVIDIA's ModelOpt checkpoints), compressed-tensors INT4 groups (Kimi-K2.5), GPTQ/AWQ and bitsandbytes — and which
parts the checkpoint keeps in 16-bit (its `modules_to_not_convert` / `ignore` lists), so that the default weight
format of an imported model is the one its files really use. The formats themselves are data
(resources/quant/formats.json)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# module-name patterns in an ignore list → the engine's component kept in 16-bit
_KEEP_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"linear_attn"), "linear_attention"),
    (re.compile(r"self_attn|\.attn\b|\.attention\b"), "attention"),
    (re.compile(r"shared_expert"), "shared_experts"),
    (re.compile(r"mlp\\?\.\(?(gate|up|gate_up|down)"), "mlp"),  # the dense MLP (experts are under mlp.experts)
)


@dataclass
class CheckpointFormat:
    format_id: str | None = None
    keep_16bit: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _kept(q: Mapping[str, Any]) -> tuple[str, ...]:
    names = q.get("modules_to_not_convert") or q.get("ignore") or []
    if not isinstance(names, list):
        return ()
    kept = []
    for pattern, component in _KEEP_PATTERNS:
        if any(isinstance(n, str) and pattern.search(n) for n in names) and component not in kept:
            kept.append(component)
    return tuple(kept)


def _weights_group(q: Mapping[str, Any]) -> Mapping[str, Any] | None:
    groups = q.get("config_groups")
    if not isinstance(groups, Mapping):
        return None
    for g in groups.values():
        if isinstance(g, Mapping) and isinstance(g.get("weights"), Mapping):
            return g["weights"]  # type: ignore[no-any-return]
    return None


def read(config: Mapping[str, Any]) -> CheckpointFormat:
    q = config.get("quantization_config")
    text = config.get("text_config")
    if not isinstance(q, Mapping) and isinstance(text, Mapping):
        q = text.get("quantization_config")
    out = CheckpointFormat()
    if not isinstance(q, Mapping):
        return out
    method = str(q.get("quant_method") or "").lower()
    fmt: str | None = None
    w = _weights_group(q)
    if method == "fp8":
        block = q.get("weight_block_size")
        if block in ([128, 128], (128, 128)):
            fmt = "fp8-block128"
        elif block is None:
            fmt = "fp8"
    elif method == "mxfp4":
        fmt = "mxfp4"
    elif method == "modelopt" and str(q.get("quant_algo", "")).upper() == "NVFP4":
        fmt = "nvfp4"
    elif method == "modelopt" and str(q.get("quant_algo", "")).upper() == "FP8":
        fmt = "fp8"
    elif w is not None and w.get("type") == "float" and w.get("num_bits") == 4 and w.get("group_size") == 16:
        fmt = "nvfp4"  # NVIDIA's NVFP4 checkpoints in compressed-tensors form
    elif w is not None and w.get("type") == "int" and w.get("num_bits") == 4 and w.get("group_size") == 32:
        fmt = "w4a16-g32"
    elif method in ("gptq", "awq"):
        bits = q.get("bits")
        table = {("gptq", 4): "gptq-int4", ("gptq", 8): "gptq-int8", ("awq", 4): "awq-int4"}
        fmt = table.get((method, bits)) if isinstance(bits, int) else None
    elif method == "bitsandbytes":
        if q.get("load_in_8bit"):
            fmt = "int8"
        elif q.get("load_in_4bit"):
            if q.get("bnb_4bit_quant_type") == "fp4":
                fmt = "fp4"
            else:
                fmt = "nf4" if q.get("bnb_4bit_use_double_quant") else "nf4-no-dq"
    if fmt is None:
        out.warnings.append(
            f"quantization_config (quant_method '{method or '?'}') is a format this version does not read: the "
            "weights are sized in the config's dtype unless you choose a format"
        )
        return out
    out.format_id = fmt
    out.keep_16bit = _kept(q)
    kept = f", keeping {', '.join(out.keep_16bit)} in 16-bit" if out.keep_16bit else ""
    out.notes.append(f"the checkpoint's quantization_config declares {fmt}{kept}: the default weight format")
    return out
