"""Weight storage formats: plain dtypes, bitsandbytes, GPTQ/AWQ, FP8, EXL2, EXL3 and GGUF file types.

The format data (block sizes, group layouts, llama.cpp's per-tensor mix rules) lives in
`resources/quant/formats.json` with its sources; this module applies it to a tensor list.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from core.errors import UnknownIdError
from core.params import TensorGroup

FLOAT_BYTES = {
    "fp32": 4.0,
    "float32": 4.0,
    "tf32": 4.0,
    "bf16": 2.0,
    "bfloat16": 2.0,
    "fp16": 2.0,
    "float16": 2.0,
    "fp8": 1.0,
    "int8": 1.0,
    "int4": 0.5,
}


@dataclass(frozen=True)
class QuantFormat:
    id: str
    name: str
    family: str
    bits: float
    quantizes: tuple[str, ...]
    compute: str = "bf16"
    group: int = 0
    group_bits: float = 0.0
    in_row_bits: float = 0.0
    out_row_bits: float = 0.0
    flat_groups: bool = False
    per_tensor_bytes: int = 0
    head_bits: float = 0.0
    source: str = ""
    gguf: str | None = None  # GGUF file type id when this is a llama.cpp preset
    matmul_dtype: str | None = None  # bitsandbytes 4-bit: dtype the weight is dequantized to for each matmul
    block_2d: int = 0  # one scale of group_bits per block_2d × block_2d tile (FP8 block quantization)

    @property
    def is_float(self) -> bool:
        return self.family == "float"

    @property
    def is_quantized(self) -> bool:
        return not self.is_float

    @property
    def effective_bits(self) -> float:
        """Bits per weight of a quantized linear, metadata included, for a 4096×4096 matrix."""
        if self.gguf:
            return self.bits
        if self.is_float:
            return self.bits
        n = 4096
        return tensor_bytes(self, (n, n), "linear") * 8 / (n * n)


@cache
def _data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("quant", "formats.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def ggml_types() -> dict[str, tuple[int, int]]:
    """GGML tensor type → (values per block, bytes per block)."""
    return {k: (int(v["block"]), int(v["bytes"])) for k, v in _data()["ggml_types"].items()}


@cache
def gguf_file_types() -> dict[str, dict[str, Any]]:
    types: dict[str, dict[str, Any]] = _data()["gguf_file_types"]["types"]
    return types


@cache
def formats() -> dict[str, QuantFormat]:
    out: dict[str, QuantFormat] = {}
    for f in _data()["formats"]:
        out[f["id"]] = QuantFormat(
            id=f["id"],
            name=f["name"],
            family=f["family"],
            bits=float(f["bits"]),
            quantizes=tuple(f.get("quantizes", [])),
            compute=f.get("compute", "bf16"),
            group=int(f.get("group", 0)),
            group_bits=float(f.get("group_bits", 0)),
            in_row_bits=float(f.get("in_row_bits", 0)),
            out_row_bits=float(f.get("out_row_bits", 0)),
            flat_groups=bool(f.get("flat_groups", False)),
            per_tensor_bytes=int(f.get("per_tensor_bytes", 0)),
            head_bits=float(f.get("head_bits", 0)),
            source=f.get("source", ""),
            matmul_dtype=f.get("matmul_dtype"),
            block_2d=int(f.get("block_2d", 0)),
        )
    blocks = ggml_types()
    for gid, g in gguf_file_types().items():
        if gid in ("f32", "f16", "bf16"):
            continue  # same as the plain float formats (GGUF keeps 1-D tensors in f32: a few KB)
        block, nbytes = blocks[g["base"]]
        out[gid] = QuantFormat(
            id=gid,
            name=f"GGUF {g['name']}",
            family="gguf",
            bits=nbytes * 8 / block,
            quantizes=("linear", "expert", "embedding", "lm_head"),
            compute="f32",
            gguf=gid,
            source=_data()["gguf_file_types"]["source"],
        )
    return out


def get(format_id: str) -> QuantFormat:
    key = (
        format_id.strip().lower().replace("-", "_")
        if format_id.lower().startswith(("q", "iq", "f16", "f32"))
        else (format_id.strip().lower())
    )
    aliases = {
        "float32": "fp32",
        "f32": "fp32",
        "float16": "fp16",
        "f16": "fp16",
        "bfloat16": "bf16",
        "int8_bnb": "int8",
        "awq": "awq-int4",
        "gptq": "gptq-int4",
    }
    key = aliases.get(key, key)
    table = formats()
    if key not in table:
        raise UnknownIdError("weight format", format_id, sorted(table))
    return table[key]


def kv_bytes_per_element(kv_id: str) -> float:
    for entry in _data()["kv_cache_types"]:
        if entry["id"] == kv_id.lower():
            return float(entry["bytes_per_element"])
    raise UnknownIdError("KV-cache type", kv_id, [e["id"] for e in _data()["kv_cache_types"]])


def kv_cache_types() -> list[str]:
    return [e["id"] for e in _data()["kv_cache_types"]]


def _flat_float_bytes(dtype: str) -> float:
    return FLOAT_BYTES.get(dtype, 2.0)


def tensor_bytes(fmt: QuantFormat, shape: tuple[int, ...], kind: str) -> float:
    """Bytes one tensor of `shape` occupies in format `fmt` (non-GGUF formats)."""
    numel = math.prod(shape)
    if fmt.is_float:
        return numel * fmt.bits / 8
    quantize = kind in fmt.quantizes and len(shape) >= 2
    if not quantize:
        return numel * _flat_float_bytes(fmt.compute)
    bits = fmt.head_bits if kind == "lm_head" and fmt.head_bits else fmt.bits
    out_f, in_f = shape[0], math.prod(shape[1:])
    total_bits = numel * bits
    if fmt.block_2d:
        per_matrix = math.ceil(shape[-2] / fmt.block_2d) * math.ceil(shape[-1] / fmt.block_2d)
        total_bits += numel // (shape[-2] * shape[-1]) * per_matrix * fmt.group_bits
    elif fmt.group:
        groups = math.ceil(numel / fmt.group) if fmt.flat_groups else math.ceil(in_f / fmt.group) * out_f
        total_bits += groups * fmt.group_bits
    total_bits += in_f * fmt.in_row_bits + out_f * fmt.out_row_bits
    return total_bits / 8 + fmt.per_tensor_bytes


_GGUF_NAMES = {
    "q": "attn_q",
    "k": "attn_k",
    "v": "attn_v",
    "o": "attn_output",
    "gate": "ffn_gate",
    "up": "ffn_up",
    "down": "ffn_down",
    "token_embd": "token_embd",
    "output": "output",
}


def _more_bits(i: int, n: int) -> bool:
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def _layer_match(sel: Any, i: int, n: int) -> bool:
    if sel is None or sel == "all":
        return True
    if sel == "more_bits":
        return _more_bits(i, n)
    if sel == "first_eighth":
        return i < n // 8
    if sel == "first_sixteenth":
        return i < n // 16
    if isinstance(sel, dict) and "first" in sel:
        return i < int(sel["first"])
    raise ValueError(f"unknown layer selector {sel!r} in formats.json")


@dataclass(frozen=True)
class GgufContext:
    layers: int
    experts: int
    gqa: int


def _when(cond: dict[str, Any] | None, ctx: GgufContext, current: str) -> bool:
    if not cond:
        return True
    ok = True
    if "gqa_at_least" in cond:
        ok &= ctx.gqa >= int(cond["gqa_at_least"])
    if "experts" in cond:
        ok &= ctx.experts == int(cond["experts"])
    if "experts_not" in cond:
        ok &= ctx.experts != int(cond["experts_not"])
    if "layers" in cond:
        ok &= ctx.layers == int(cond["layers"])
    if "from_types" in cond:
        ok &= current in cond["from_types"]
    return ok


_FALLBACK = {
    "q2_k": "iq4_nl",
    "q3_k": "iq4_nl",
    "iq4_xs": "iq4_nl",
    "q4_k": "q5_0",
    "q5_k": "q5_1",
    "q6_k": "q8_0",
    "iq2_xxs": "iq4_nl",
    "iq2_xs": "iq4_nl",
    "iq3_xxs": "iq4_nl",
    "iq3_s": "iq4_nl",
}


def gguf_tensor_type(ftype: str, gguf_name: str, i: int, n: int, ctx: GgufContext, row: int, has_output: bool) -> str:
    """The GGML type llama.cpp's quantizer gives tensor `gguf_name` of layer i (of n) in file type `ftype`."""
    spec = gguf_file_types()[ftype]
    base: str = spec["base"]
    t = base
    is_output = gguf_name == "output" or (gguf_name == "token_embd" and not has_output)
    if is_output:
        t = spec.get("output", base)
        if base not in ("f32", "f16", "bf16", "q8_0") and row % 256:
            t = "q8_0"
    else:
        for rule in spec.get("rules", []):
            if (
                gguf_name in rule["tensors"]
                and _layer_match(rule.get("layers"), i, n)
                and _when(rule.get("when"), ctx, t)
            ):
                t = rule["type"]
                break
        for rule in _data()["gguf_file_types"]["common_rules"]:
            if gguf_name in rule["tensors"] and _when(rule.get("when"), ctx, t):
                t = rule["type"]
    block, _ = ggml_types()[t]
    if row % block:
        t = _FALLBACK.get(t, "f16")
    return t


def gguf_group_bytes(ftype: str, g: TensorGroup, ctx: GgufContext, has_output: bool) -> tuple[float, dict[str, int]]:
    """Bytes of a tensor group under a GGUF file type, and the count of values per GGML type."""
    blocks = ggml_types()
    spec = gguf_file_types()[ftype]
    float_base = spec["base"] in ("f32", "f16", "bf16")
    per = g.per_tensor
    if len(g.shape) < 2 or g.kind in ("norm", "bias", "position", "conv", "other"):
        t = "f32" if len(g.shape) < 2 else ("f16" if not float_base else spec["base"])
        return per * g.count * blocks[t][1] / blocks[t][0], {t: per * g.count}
    name = _GGUF_NAMES.get(g.module, g.module)
    row = g.shape[-1]
    n = g.count
    experts = ctx.experts if g.kind == "expert" and ctx.experts else 1
    total = 0.0
    mix: dict[str, int] = {}
    for idx in range(n):
        t = gguf_tensor_type(ftype, name, idx // experts, n // experts, ctx, row, has_output)
        block, nbytes = blocks[t]
        total += per / block * nbytes
        mix[t] = mix.get(t, 0) + per
    return total, mix


def group_bytes(fmt: QuantFormat, g: TensorGroup, keep: frozenset[str] = frozenset()) -> float:
    """Bytes of a (non-GGUF) tensor group; components in `keep` stay in the format's 16-bit compute dtype (what a
    checkpoint's quantization_config leaves unquantized, e.g. attention in NVIDIA's NVFP4 checkpoints)."""
    if keep and g.component.split(".")[-1] in keep:
        return g.numel * _flat_float_bytes(fmt.compute if fmt.is_quantized else "bf16")
    return tensor_bytes(fmt, g.shape, g.kind) * g.count
