"""A checkpoint's safetensors headers held against the architecture read from its config.json.

Where every shard's header is at hand (a local folder, an index whose shards are all present, the Hub cache), the
headers give the exact tensor shapes: their values are the parameter count and their bytes the weight bytes. This
module compares them with the count the config.json reader derives, and says so either way:
- values that are not parameters are set aside first, each named: multi-token-prediction layers the checkpoint
  ships but transformers does not build (`mtp.*`, or decoder layers past num_hidden_layers when the config declares
  num_nextn_predict_layers), rotary `inv_freq` and the experts' `e_score_correction_bias` (buffers), a stored
  lm_head the config ties to the embeddings, and the scales of a quantized format (`weight_scale_inv`, `_scales`…);
- packed formats are unpacked to their values (MXFP4 `_blocks` and NVFP4 / bitsandbytes 4-bit bytes hold two,
  GPTQ / AWQ `qweight` and compressed-tensors `weight_packed` int32 words hold 32 / bits);
- a difference that is left is a mismatch: reported with both numbers, and the answer is marked unverified;
- where the config's quantization_config declares a format, the stored bytes are held to the format's formula
  (core.quant) and the difference reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from core import params, quant
from core.architecture import Architecture
from core.messages import Message, join

# The formula and the stored bytes may differ by rounding of scale blocks at tensor edges; beyond this the
# stored bytes are not what the declared format says.
BYTES_TOLERANCE = 0.005

_SIDE = re.compile(
    r"(weight_scale_inv|weight_scale_2|weight_scale|input_scale|weight_global_scale|input_global_scale|"
    r"weight_zero_point|weight_g_idx|weight_shape|_scales|\.qzeros|\.scales|\.g_idx|\.SCB|\.weight_format|"
    r"\.absmax|\.quant_map|\.nested_absmax|\.nested_quant_map|\.quant_state\.[\w.]+|\.k_scale|\.v_scale)$"
)
_BUFFERS = (
    ("inv_freq", Message("checkpoint.buffers_rotary", "rotary inv_freq buffers")),
    (
        "e_score_correction_bias",
        Message(
            "checkpoint.buffers_score_bias", "the experts' score-correction bias buffers (e_score_correction_bias)"
        ),
    ),
)
_MTP_NAME = re.compile(r"(^|\.)mtp[._]")
_DECODER_LAYER = re.compile(r"^(?:backbone\.|model\.)?(?:language_model\.)?(?:model\.)?layers\.(\d+)\.")
_MTP_KEYS = ("num_nextn_predict_layers", "num_mtp_modules", "mtp_num_hidden_layers", "num_mtp_layers")
_FOUR_BIT_BYTES = {"nvfp4", "nf4", "nf4-no-dq", "fp4"}  # formats whose packed .weight bytes hold two values


class HeaderTensor(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def dtype(self) -> str: ...
    @property
    def numel(self) -> int: ...
    @property
    def nbytes(self) -> int: ...


@dataclass
class Check:
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def declared_mtp_layers(config: Mapping[str, Any]) -> int:
    """The multi-token-prediction layers a config declares (top level or text_config)."""
    for c in (config, config.get("text_config")):
        if not isinstance(c, Mapping) or c.get("use_mtp") is False:
            continue
        for k in _MTP_KEYS:
            v = c.get(k)
            if isinstance(v, int) and not isinstance(v, bool) and v > 0:
                return v
    return 0


def _values(t: HeaderTensor, fmt_id: str | None) -> int:
    """The parameter values a stored tensor holds (packed formats unpacked)."""
    if t.dtype == "U8" and t.name.endswith("_blocks"):
        return 2 * t.numel  # MXFP4 (gpt-oss): two E2M1 values per byte
    if t.dtype in ("I32", "U32") and t.name.endswith(("weight_packed", "qweight")):
        return t.numel * (4 if fmt_id in ("gptq-int8",) else 8)
    if t.dtype == "U8" and t.name.endswith(".weight") and fmt_id in _FOUR_BIT_BYTES:
        return 2 * t.numel
    return t.numel


def compare(
    arch: Architecture, tensors: Sequence[HeaderTensor], config: Mapping[str, Any], fmt_id: str | None,
    keep_16bit: Sequence[str] = (),
) -> Check:  # fmt: skip
    """Hold the headers' values and bytes against the architecture from config.json (see the module docstring)."""
    out = Check()
    layers = arch.decoder.num_layers if arch.decoder is not None else None
    mtp_declared = declared_mtp_layers(config)

    def is_mtp(name: str) -> bool:
        if _MTP_NAME.search(name):
            return True
        m = _DECODER_LAYER.match(name)
        return bool(m and layers is not None and mtp_declared and layers <= int(m.group(1)) < layers + mtp_declared)

    mtp = [t for t in tensors if is_mtp(t.name)]
    rest = [t for t in tensors if not is_mtp(t.name)]
    if mtp:
        out.notes.append(
            Message(
                "checkpoint.mtp",
                "the checkpoint ships multi-token-prediction layers ({tensors} tensors, {values:,} values, {nbytes:,} "
                "bytes, e.g. {example}): beside the total, not in it; a runtime loads them only for speculative "
                "decoding",
                tensors=len(mtp),
                values=sum(_values(t, fmt_id) for t in mtp),
                nbytes=sum(t.nbytes for t in mtp),
                example=mtp[0].name,
            )
        )
    side = [t for t in rest if _SIDE.search(t.name)]
    weights = [t for t in rest if not _SIDE.search(t.name)]
    explained: list[tuple[int, str]] = []
    for suffix, words in _BUFFERS:
        n = sum(t.numel for t in weights if t.name.endswith(suffix))
        if n:
            explained.append((n, Message("checkpoint.explained", "{n:,} in {words}", n=n, words=words)))
    buffer_names = {t.name for t in weights if t.name.endswith(tuple(s for s, _ in _BUFFERS))}
    if arch.tie_word_embeddings:
        head = sum(t.numel for t in weights if t.name.endswith("lm_head.weight"))
        if head:
            explained.append(
                (
                    head,
                    Message(
                        "checkpoint.tied_head", "{n:,} in an lm_head.weight stored although config.json ties it", n=head
                    ),
                )
            )
    stored = sum(_values(t, fmt_id) for t in weights)
    expected = params.count(arch).total
    if fmt_id is not None and (side or any(_values(t, fmt_id) != t.numel for t in weights)):
        out.notes.append(
            Message(
                "checkpoint.prequantized",
                "pre-quantized checkpoint ({format}): packed tensors are counted by the values they hold, and {n} "
                "scale / zero-point tensors ({nbytes:,} bytes) are not parameters",
                format=fmt_id,
                n=len(side),
                nbytes=sum(t.nbytes for t in side),
            )
        )
    residual = stored - expected - sum(n for n, _ in explained)
    if stored == expected:
        out.notes.append(
            Message(
                "checkpoint.exact",
                "the safetensors headers hold exactly the {n:,} parameters config.json describes (checked)",
                n=expected,
            )
        )
    else:
        figures = {"stored": stored, "expected": expected, "diff": stored - expected}
        msg = (
            Message(
                "checkpoint.mismatch_explained",
                "the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} "
                "parameters ({diff:+,}) ({why}); the estimate uses the stored bytes",
                why=join([w for _, w in explained], "; "),
                **figures,
            )
            if explained
            else Message(
                "checkpoint.mismatch",
                "the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} "
                "parameters ({diff:+,}); the estimate uses the stored bytes",
                **figures,
            )
        )
        out.notes.append(msg)
        if residual:
            out.warnings.append(
                Message(
                    "checkpoint.mismatch_warning",
                    "the safetensors headers hold {stored:,} parameter values, config.json describes {expected:,} "
                    "({residual:+,} not explained by buffers or multi-token-prediction layers)",
                    stored=stored,
                    expected=expected,
                    residual=residual,
                )
            )
    if fmt_id is not None:
        _bytes(arch, rest, buffer_names, fmt_id, keep_16bit, out)
    return out


def _bytes(
    arch: Architecture, rest: Sequence[HeaderTensor], buffers: set[str], fmt_id: str, keep_16bit: Sequence[str],
    out: Check,
) -> None:  # fmt: skip
    """The stored bytes (MTP layers and buffers aside) against the declared format's formula."""
    fmt = quant.formats().get(fmt_id)
    if fmt is None:
        return
    keep = frozenset(keep_16bit)
    formula = sum(quant.group_bytes(fmt, g, keep) for g in params.count(arch).groups)
    stored = sum(t.nbytes for t in rest if t.name not in buffers)
    if not formula:
        return
    diff = stored / formula - 1
    figures = {"stored": stored, "format": fmt_id, "formula": formula, "diff": diff}
    words = (
        Message(
            "checkpoint.bytes_kept",
            "the stored weights take {stored:,} bytes; the {format} formula with {components} in 16-bit gives "
            "{formula:,.0f} ({diff:+.3%})",
            components=", ".join(keep_16bit),
            **figures,
        )
        if keep_16bit
        else Message(
            "checkpoint.bytes",
            "the stored weights take {stored:,} bytes; the {format} formula gives {formula:,.0f} ({diff:+.3%})",
            **figures,
        )
    )
    if abs(diff) <= BYTES_TOLERANCE:
        out.notes.append(
            Message(
                "checkpoint.bytes_match",
                "{words}: the checkpoint is in the format its quantization_config declares",
                words=words,
            )
        )
    else:
        out.notes.append(words)
        out.warnings.append(
            Message(
                "checkpoint.bytes_apart",
                "{words}: more than {tolerance:.1%} apart, so the files are not stored as quantization_config says",
                words=words,
                tolerance=BYTES_TOLERANCE,
            )
        )
