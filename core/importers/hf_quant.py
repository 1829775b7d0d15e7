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

from core.messages import Message

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


def _format(q: Mapping[str, Any]) -> tuple[str | None, str]:
    """(format id, the assumption made to size it, or "") — or (None, what the config says) when not read. The one
    reader of quantization_config: config.json imports, safetensors folders and the Hub all come through here."""
    method = str(q.get("quant_method") or "").lower()
    bits = q.get("bits", q.get("w_bit"))
    w = _weights_group(q)
    if method in ("fp8", "fbgemm_fp8"):
        block = q.get("weight_block_size")
        if block in ([128, 128], (128, 128)):
            return "fp8-block128", ""
        if block is None:
            return "fp8", ""
        return "fp8-block128", Message(
            "quant.fp8_block", "FP8 weight_block_size {block} sized with the 128×128 block layout", block=str(block)
        )
    if method == "mxfp4":
        return "mxfp4", ""
    if method == "modelopt":
        algo = str(q.get("quant_algo", "")).upper()
        if algo in ("NVFP4", "FP8"):
            return algo.lower(), ""
        return None, Message("quant.modelopt", "modelopt quant_algo '{algo}'", algo=algo or "?")
    if w is not None:  # compressed-tensors
        nbits, kind, group = w.get("num_bits"), str(w.get("type") or ""), w.get("group_size")
        if kind == "float" and nbits == 4 and group == 16:
            return "nvfp4", ""  # NVIDIA's NVFP4 checkpoints in compressed-tensors form
        if kind == "float" and nbits == 8:
            return "fp8", ""
        if kind == "int" and nbits == 4 and group == 32:
            return "w4a16-g32", ""
        if kind == "int" and nbits in (4, 8):
            return f"gptq-int{nbits}", Message(
                "quant.compressed_int",
                "compressed-tensors int{bits} (group {group}) sized with the GPTQ layout",
                bits=nbits,
                group=group,
            )
        return None, Message(
            "quant.compressed", "compressed-tensors {bits}-bit {kind} weights", bits=nbits, kind=kind or "?"
        )
    if method == "gptq" and bits in (4, 8):
        group = q.get("group_size")
        note = (
            Message("quant.gptq_group", "GPTQ group_size {group} sized with the group-128 layout", group=group)
            if group not in (None, 128)
            else ""
        )
        return f"gptq-int{bits}", note
    if method == "awq" and bits == 4:
        return "awq-int4", ""
    if method == "bitsandbytes":
        if q.get("load_in_8bit"):
            return "int8", ""
        if q.get("load_in_4bit"):
            # transformers' BitsAndBytesConfig defaults bnb_4bit_quant_type to "fp4"
            if str(q.get("bnb_4bit_quant_type") or "fp4").lower() == "nf4":
                return ("nf4" if q.get("bnb_4bit_use_double_quant") else "nf4-no-dq"), ""
            return "fp4", ""
        return None, Message("quant.bnb", "bitsandbytes without load_in_4bit / load_in_8bit")
    if method in ("exl2", "exl3") and isinstance(bits, int | float) and not isinstance(bits, bool):
        fmt = f"{method}-{float(bits):.1f}"
        from core import quant

        if fmt in quant.formats():
            return fmt, ""
    if bits is not None:
        return None, Message(
            "quant.method_bits", "quant_method '{method}', {bits} bits", method=method or "?", bits=bits
        )
    return None, Message("quant.method", "quant_method '{method}'", method=method or "?")


def declared(config: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The config's quantization_config, at the top level or inside text_config (Kimi-K2.5), if any."""
    q = config.get("quantization_config")
    text = config.get("text_config")
    if not isinstance(q, Mapping) and isinstance(text, Mapping):
        q = text.get("quantization_config")
    return q if isinstance(q, Mapping) else None


def read(config: Mapping[str, Any]) -> CheckpointFormat:
    q = declared(config)
    out = CheckpointFormat()
    if not isinstance(q, Mapping):
        return out
    fmt, assumption = _format(q)
    if fmt is None:
        out.warnings.append(
            Message(
                "quant.unread",
                "quantization_config ({what}) is a format this version does not read: the weights are sized in the "
                "config's dtype unless you choose a format",
                what=assumption,
            )
        )
        return out
    if assumption:
        out.warnings.append(assumption)  # sized with a neighbouring layout: close, not exact
    out.format_id = fmt
    out.keep_16bit = _kept(q)
    out.notes.append(
        Message(
            "quant.declared_kept",
            "the checkpoint's quantization_config declares {format}, keeping {components} in 16-bit: the default "
            "weight format",
            format=fmt,
            components=", ".join(out.keep_16bit),
        )
        if out.keep_16bit
        else Message(
            "quant.declared",
            "the checkpoint's quantization_config declares {format}: the default weight format",
            format=fmt,
        )
    )
    return out
