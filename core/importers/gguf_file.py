"""GGUF files (llama.cpp) → `ModelRef`: the architecture from the metadata, the exact stored bytes of every
tensor, and the file type as a weight-format hint.

The header is parsed here, with bounds, from a memory map (gguf.GGUFReader decodes every array element into a
numpy object: a 262,144-token vocabulary cost it seconds and hundreds of MB): the magic and version, the tensor
and key/value counts (absurd counts are refused), every string and array length against the bytes that remain,
every tensor's byte span against the end of the file, and duplicate keys or tensor names. Arrays longer than
MAX_DECODED_ARRAY (the tokenizer's vocabulary, merges and scores) are stepped over, not decoded: only their
length is kept. Numbers are checked where they are read (finite, whole, non-negative, layer counts at most
MAX_LAYERS) and every refusal names the key or tensor and the rule.
"""

from __future__ import annotations

import math
import mmap
import re
import struct
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import gguf
from pydantic import ValidationError

from core import params, quant
from core.architecture import (
    MAX_LAYERS,
    Architecture,
    AttentionSpec,
    Ffn,
    IndexerSpec,
    LinearAttentionSpec,
    Mamba2Spec,
    Mixer,
    MlaSpec,
    MlpSpec,
    MoeSpec,
    MtpSpec,
    Norm,
    Positions,
    ShortConvSpec,
    SsmSpec,
    StackSpec,
)
from core.errors import ModelFormatError
from core.importers import hf_mtp
from core.importers.gguf_families import BUFFERS, FAMILIES, FFN_TENSORS, MIXER_NORMS, MIXER_TENSORS, NOT_DECODERS
from core.importers.hf_families import code_traits
from core.messages import Message
from core.reasons import os_reason
from core.safe_file import is_file, regular_size
from core.scenario import ModelRef

# Bounds sized to real files: a GGUF of DeepSeek-V3 (experts merged into 3-D tensors) has ~1,000 tensors and
# ~60 metadata entries; the largest vocabularies have 262,144 tokens (Gemma 3).
MAX_TENSORS = 100_000
MAX_KV = 10_000
MAX_NAME_BYTES = 65_535
MAX_STRING_BYTES = 16 * 1024 * 1024  # one metadata string (a chat template is a few KB)
MAX_DIMS = 8
MAX_DECODED_ARRAY = 65_536  # longer arrays (vocabulary, merges, scores) are stepped over: only their length is kept
MAX_STRING_ARRAY = 4 * 262_144  # four times the largest real vocabulary
MAX_SPLIT_PARTS = 1_000

# llama.cpp's LLAMA_FTYPE (gguf.LlamaFileType) → weight-format id in resources/quant/formats.json
FILE_TYPES: dict[int, str] = {
    0: "fp32",
    1: "fp16",
    2: "q4_0",
    3: "q4_1",
    7: "q8_0",
    8: "q5_0",
    9: "q5_1",
    10: "q2_k",
    11: "q3_k_s",
    12: "q3_k_m",
    13: "q3_k_l",
    14: "q4_k_s",
    15: "q4_k_m",
    16: "q5_k_s",
    17: "q5_k_m",
    18: "q6_k",
    25: "iq4_nl",
    30: "iq4_xs",
    32: "bf16",
}
# the most common tensor type → file type, when general.file_type is absent (K-quants: the _M mix assumed)
_TYPE_HINT = {
    "F32": "fp32",
    "F16": "fp16",
    "BF16": "bf16",
    "Q8_0": "q8_0",
    "Q4_0": "q4_0",
    "Q4_1": "q4_1",
    "Q5_0": "q5_0",
    "Q5_1": "q5_1",
    "Q2_K": "q2_k",
    "Q3_K": "q3_k_m",
    "Q4_K": "q4_k_m",
    "Q5_K": "q5_k_m",
    "Q6_K": "q6_k",
    "IQ4_NL": "iq4_nl",
    "IQ4_XS": "iq4_xs",
}

# GGUF value types → struct format: uint8, int8, uint16, int16, uint32, int32, float32, bool, -, -, uint64, int64,
# float64 (8 = string, 9 = array)
_SCALAR_FMT = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9
_OLD_MAGIC = {b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt"}
_BLOCK_RE = re.compile(r"^blk\.(\d{1,9})\.")
_SPLIT_RE = re.compile(r"^(.*)-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Tensor:
    name: str
    type_name: str
    ne: tuple[int, ...]  # GGML order: ne[0] is the row length
    n_elements: int
    n_bytes: int


@dataclass(frozen=True)
class _Skipped:
    """A metadata array that was stepped over, not decoded (the tokenizer's vocabulary, merges, scores)."""

    length: int


# What a read is for ("tensor 'x' shape"), said only when the read is refused: a Message built for every field of
# every tensor would cost more than reading the field.
What = Callable[[], str]


def _said(id_: str, template: str, /, **params: Any) -> What:
    """Message(id_, template, **params), made when it is called."""
    return lambda: Message(id_, template, **params)


def _then(what: What, id_: str, template: str, /, **params: Any) -> What:
    """Message(id_, template, what=what(), **params), made when it is called."""
    return lambda: Message(id_, template, what=what(), **params)


def _element(what: What, i: int) -> What:
    return _then(what, "gguf.what.element", "{what}[{i}]", i=i)


class _Scan:
    """Bounded walk over the GGUF header: every length is checked against the bytes that remain."""

    def __init__(self, buf: mmap.mmap, size: int, order: str, source: str) -> None:
        self.buf, self.size, self.order, self.source = buf, size, order, source
        self.pos = 0

    def need(self, n: int, what: What) -> None:
        if n < 0 or self.pos + n > self.size:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.truncated",
                    "truncated or corrupt: {what} at byte {at:,} needs {n:,} bytes but the file ends at {size:,}",
                    what=what(),
                    at=self.pos,
                    n=n,
                    size=self.size,
                ),
            )

    def unpack(self, fmt: str, what: What) -> Any:
        n = struct.calcsize(fmt)
        self.need(n, what)
        value = struct.unpack_from(self.order + fmt, self.buf, self.pos)[0]
        self.pos += n
        return value

    def string(self, what: What, limit: int | None = None) -> bytes:
        n = self.unpack("Q", _then(what, "gguf.what.length", "{what} (length)"))
        if limit is not None and n > limit:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.string_limit",
                    "corrupt: {what} declares {n:,} bytes (limit {limit:,})",
                    what=what(),
                    n=n,
                    limit=limit,
                ),
            )
        self.need(n, what)
        raw = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return raw

    def skip_strings(self, count: int, what: What) -> None:
        """Step over `count` strings without decoding them (a 262,144-token vocabulary: tens of ms)."""
        unpack = struct.Struct(self.order + "Q").unpack_from
        buf, pos, end = self.buf, self.pos, self.size
        try:
            for _ in range(count):
                pos += 8 + unpack(buf, pos)[0]
                if pos > end:
                    break
        except struct.error:
            pos = end + 1
        if pos > end:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.strings_past_end",
                    "truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)",
                    what=what(),
                    end=end,
                ),
            )
        self.pos = pos

    def value(self, vtype: int, what: What, depth: int = 0) -> Any:
        """One metadata value: a number, raw string bytes, a list (short arrays) or _Skipped (long ones)."""
        if vtype in _SCALAR_FMT:
            return self.unpack(_SCALAR_FMT[vtype], what)
        if vtype == _STRING:
            return self.string(what, MAX_STRING_BYTES)
        if vtype != _ARRAY:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.unknown_value_type",
                    "corrupt: {what} has unknown value type {vtype}",
                    what=what(),
                    vtype=vtype,
                ),
            )
        if depth > 2:
            raise ModelFormatError(
                self.source, Message("gguf.nested_arrays", "corrupt: {what} nests arrays too deeply", what=what())
            )
        itype = self.unpack("I", _then(what, "gguf.what.array_type", "{what} (array type)"))
        count = self.unpack("Q", _then(what, "gguf.what.array_length", "{what} (array length)"))
        if itype not in _SCALAR_FMT and itype not in (_STRING, _ARRAY):
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.unknown_array_type",
                    "corrupt: {what} is an array of unknown value type {itype}",
                    what=what(),
                    itype=itype,
                ),
            )
        least = struct.calcsize(_SCALAR_FMT[itype]) if itype in _SCALAR_FMT else (8 if itype == _STRING else 12)
        if count * least > self.size - self.pos:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.array_past_end",
                    "truncated or corrupt: {what} declares {count:,} array elements, more than the {left:,} bytes "
                    "left can hold",
                    what=what(),
                    count=count,
                    left=self.size - self.pos,
                ),
            )
        if itype in _SCALAR_FMT:
            if count > MAX_DECODED_ARRAY:  # never needed (per-layer arrays have one value per layer): skipped
                self.pos += count * least
                return _Skipped(count)
            fmt = f"{self.order}{count}{_SCALAR_FMT[itype]}"
            values = list(struct.unpack_from(fmt, self.buf, self.pos))
            self.pos += count * least
            return values
        if count > MAX_STRING_ARRAY:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.string_array_limit",
                    "{what} declares {count:,} elements; at most {limit:,} are read",
                    what=what(),
                    count=count,
                    limit=MAX_STRING_ARRAY,
                ),
            )
        if itype == _STRING:
            if count > MAX_DECODED_ARRAY:
                self.skip_strings(count, what)
                return _Skipped(count)
            return [self.string(_element(what, i), MAX_STRING_BYTES) for i in range(count)]
        return [self.value(_ARRAY, _element(what, i), depth + 1) for i in range(count)]


def _parse(path: Path) -> tuple[dict[str, Any], list[_Tensor]]:
    """(metadata, tensors) of one GGUF file, read with bounds; no array is decoded past MAX_DECODED_ARRAY."""
    src = str(path)
    size = regular_size(path, src)
    try:
        with path.open("rb") as f:
            head = f.read(24)
            if head[:4] != b"GGUF":
                if head[:4] in _OLD_MAGIC:
                    raise ModelFormatError(
                        src,
                        Message(
                            "gguf.pre_gguf",
                            "this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp",
                        ),
                    )
                raise ModelFormatError(
                    src,
                    Message(
                        "gguf.bad_magic",
                        "not a GGUF file: it starts with {start}, not the magic b'GGUF'",
                        start=repr(head[:4]),
                    ),
                )
            if len(head) < 24:
                raise ModelFormatError(
                    src, Message("gguf.short", "only {n} bytes: truncated before the end of the GGUF header", n=size)
                )
            order = "<"
            version = int.from_bytes(head[4:8], "little")
            if version & 0xFFFF == 0 and int.from_bytes(head[4:8], "big") in (2, 3):
                order, version = ">", int.from_bytes(head[4:8], "big")
            if version not in (2, 3):
                raise ModelFormatError(
                    src,
                    Message(
                        "gguf.version",
                        "GGUF version {version} is not supported (versions 2 and 3 are)",
                        version=version,
                    ),
                )
            n_tensors, n_kv = struct.unpack_from(order + "QQ", head, 8)
            for what, n, limit in (
                (Message("gguf.count_tensors", "{n:,} tensors", n=n_tensors), n_tensors, MAX_TENSORS),
                (Message("gguf.count_entries", "{n:,} metadata entries", n=n_kv), n_kv, MAX_KV),
            ):
                if n > limit:
                    raise ModelFormatError(
                        src,
                        Message(
                            "gguf.header_count",
                            "header declares {count}, over the {limit:,} limit: the file is corrupt; refused",
                            count=what,
                            limit=limit,
                        ),
                    )
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _walk(_Scan(buf, size, order, src), n_tensors, n_kv)
    except OSError as exc:
        raise ModelFormatError(
            src, Message("gguf.unreadable", "cannot read the file ({reason})", reason=os_reason(exc))
        ) from None


def _walk(s: _Scan, n_tensors: int, n_kv: int) -> tuple[dict[str, Any], list[_Tensor]]:
    src = s.source
    s.pos = 24
    meta: dict[str, Any] = {}
    for i in range(n_kv):
        raw = s.string(_said("gguf.what.entry_key", "metadata entry #{i} key", i=i), MAX_NAME_BYTES)
        try:
            key = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ModelFormatError(
                src, Message("gguf.key_not_utf8", "corrupt: metadata entry #{i} key is not UTF-8 text", i=i)
            ) from None
        if key in meta:
            raise ModelFormatError(src, Message("gguf.key_twice", "metadata key {key} appears twice", key=key))
        vtype = s.unpack("I", _said("gguf.what.value_type", "metadata '{key}' value type", key=key))
        meta[key] = s.value(vtype, _said("gguf.what.value", "metadata '{key}'", key=key))
    alignment = meta.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or isinstance(alignment, bool) or alignment <= 0 or alignment & (alignment - 1):
        raise ModelFormatError(
            src,
            Message(
                "gguf.alignment",
                "metadata 'general.alignment' {value} is not a power of two",
                value=repr(alignment),
            ),
        )
    infos: list[tuple[str, tuple[int, ...], int, int]] = []
    seen: set[str] = set()
    for i in range(n_tensors):
        raw = s.string(_said("gguf.what.tensor_name", "tensor info #{i} name", i=i), MAX_NAME_BYTES)
        name = raw.decode("utf-8", errors="replace")
        if name in seen:
            raise ModelFormatError(src, Message("gguf.tensor_twice", "tensor '{name}' appears twice", name=name))
        seen.add(name)
        n_dims = s.unpack("I", _said("gguf.what.dims", "tensor '{name}' dimension count", name=name))
        if n_dims > MAX_DIMS:
            raise ModelFormatError(
                src, Message("gguf.dims", "corrupt: tensor '{name}' declares {n} dimensions", name=name, n=n_dims)
            )
        shape = _said("gguf.what.shape", "tensor '{name}' shape", name=name)
        dims = tuple(int(s.unpack("Q", shape)) for _ in range(n_dims))
        gtype = s.unpack("I", _said("gguf.what.type", "tensor '{name}' type", name=name))
        offset = s.unpack("Q", _said("gguf.what.offset", "tensor '{name}' offset", name=name))
        infos.append((name, dims, gtype, offset))
    data_start = -(-s.pos // alignment) * alignment
    tensors: list[_Tensor] = []
    for name, dims, gtype, offset in infos:
        try:
            qtype = gguf.GGMLQuantizationType(gtype)
            block, type_size = gguf.GGML_QUANT_SIZES[qtype]
        except (ValueError, KeyError):
            raise ModelFormatError(
                src,
                Message(
                    "gguf.unknown_type",
                    "tensor '{name}' has unknown GGML type {type} (a newer GGUF than this app reads?)",
                    name=name,
                    type=gtype,
                ),
            ) from None
        if dims and dims[0] % block:
            raise ModelFormatError(
                src,
                Message(
                    "gguf.partial_block",
                    "tensor '{name}': rows of {n} values are not whole {type} blocks of {block}",
                    name=name,
                    n=dims[0],
                    type=qtype.name,
                    block=block,
                ),
            )
        n_elements = math.prod(dims)
        nbytes = n_elements * type_size // block
        start = data_start + offset
        if start + nbytes > s.size:
            raise ModelFormatError(
                src,
                Message(
                    "gguf.tensor_truncated",
                    "truncated: tensor '{name}' needs bytes {start:,}–{end:,} but the file ends at {size:,}",
                    name=name,
                    start=start,
                    end=start + nbytes,
                    size=s.size,
                ),
            )
        tensors.append(_Tensor(name=name, type_name=qtype.name, ne=dims, n_elements=n_elements, n_bytes=nbytes))
    return meta, tensors


# ---------------------------------------------------------------------------------------------- reading


class _Meta:
    """Typed access to the parsed key/value metadata; errors name the key."""

    def __init__(self, fields: dict[str, Any], source: str) -> None:
        self.fields, self.source = fields, source
        self.arch = ""

    def value(self, key: str) -> Any:
        v = self.fields.get(key)
        if isinstance(v, _Skipped):
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.array_too_long",
                    "metadata '{key}' is an array of {n:,} values, too long to read",
                    key=key,
                    n=v.length,
                ),
            )
        return self._decode(key, v)

    def _decode(self, key: str, v: Any) -> Any:
        if isinstance(v, bytes):
            try:
                return v.decode("utf-8")
            except UnicodeDecodeError:
                raise ModelFormatError(
                    self.source, Message("gguf.value_not_utf8", "metadata '{key}' is not UTF-8 text", key=key)
                ) from None
        if isinstance(v, list):
            return [self._decode(key, x) for x in v]
        return v

    def length(self, key: str) -> int | None:
        v = self.fields.get(key)
        if isinstance(v, _Skipped):
            return v.length
        return len(v) if isinstance(v, list) else None

    def has(self, key: str) -> bool:
        return key in self.fields

    def text(self, key: str) -> str | None:
        v = self.value(key)
        return None if v is None else str(v)

    def num(self, key: str, default: int | None = None, *, notes: list[str] | None = None) -> int:
        v = self.value(key)
        if v is None:
            if default is None:
                raise ModelFormatError(self.source, Message("gguf.missing", "metadata '{key}' is missing", key=key))
            if notes is not None:
                notes.append(
                    Message("gguf.assumed", "{key} not in the metadata; assumed {default}", key=key, default=default)
                )
            return default
        if isinstance(v, list):
            nums = [_integral(x) for x in v if _number(x) and x > 0]
            if any(n is None for n in nums):
                bad = next(x for x in v if _number(x) and x > 0 and _integral(x) is None)
                raise ModelFormatError(
                    self.source,
                    Message(
                        "gguf.per_layer_int",
                        "metadata '{key}' holds {value}; per-layer values must be integers",
                        key=key,
                        value=repr(bad),
                    ),
                )
            ints = [n for n in nums if n is not None]
            if not ints:
                if default is None:
                    raise ModelFormatError(
                        self.source,
                        Message("gguf.per_layer_none", "metadata '{key}' holds no positive per-layer values", key=key),
                    )
                return default
            if len(set(ints)) > 1 and notes is not None:
                notes.append(
                    Message(
                        "gguf.varies_by_layer",
                        "{key} varies by layer ({low}–{high}); the largest value is used",
                        key=key,
                        low=min(ints),
                        high=max(ints),
                    )
                )
            return max(ints)
        n = _integral(v) if _number(v) else None
        if n is None or n < 0:
            raise ModelFormatError(
                self.source,
                Message(
                    "gguf.not_count",
                    "metadata '{key}' must be a non-negative integer, not {value}",
                    key=key,
                    value=_show(v),
                ),
            )
        return n


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _integral(v: int | float) -> int | None:
    """v as an int when it is a finite whole number, else None (NaN and infinities never reach int())."""
    if isinstance(v, int):
        return v
    return int(v) if math.isfinite(v) and v == int(v) else None


def _show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 60 else text[:59] + "…"


def _load(path: Path) -> tuple[dict[str, Any], list[_Tensor]]:
    return _parse(path)


def _split_parts(path: Path, count: int) -> list[Path]:
    m = _SPLIT_RE.match(path.name)
    if m is None or int(m.group(3)) != count:
        raise ModelFormatError(
            str(path),
            Message(
                "gguf.split_name",
                "this is part of a {count}-part split GGUF, but its name does not follow the "
                "'<name>-0000N-of-0000M.gguf' pattern, so the other parts cannot be found",
                count=count,
            ),
        )
    parts = [path.with_name(f"{m.group(1)}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]
    missing = [p.name for p in parts if not is_file(p)]
    if missing:
        raise ModelFormatError(
            str(path),
            Message(
                "gguf.split_missing",
                "split GGUF: {n} of {count} parts are missing (e.g. '{name}'); all parts are needed to size the model",
                n=len(missing),
                count=count,
                name=missing[0],
            ),
        )
    return parts


# --------------------------------------------------------------------------------------------- resolving


def resolve(path: Path) -> tuple[ModelRef, list[str]]:
    """A .gguf file → (ModelRef with exact stored bytes and the file type, notes)."""
    path = Path(path)
    src = str(path)
    regular_size(path, src)  # a FIFO or device is refused before it is opened; broken links are named
    notes: list[str] = []
    fields, tensors = _load(path)
    meta = _Meta(fields, src)
    split = meta.num("split.count", 1)
    if split > MAX_SPLIT_PARTS:
        raise ModelFormatError(
            src,
            Message(
                "gguf.split_count",
                "metadata 'split.count' is {n:,}; at most {limit:,} parts are read",
                n=split,
                limit=MAX_SPLIT_PARTS,
            ),
        )
    if split > 1:
        parts = _split_parts(path, split)
        tensors = []
        for i, part in enumerate(parts):
            f, t = _load(part)
            tensors += t
            if i == 0:
                meta = _Meta(f, str(part))
        notes.append(Message("gguf.split", "split GGUF: read all {parts} parts", parts=split))
    by = {t.name: t for t in tensors}
    if len(by) != len(tensors):
        raise ModelFormatError(src, Message("gguf.name_twice", "the same tensor name appears twice"))
    arch_name = meta.text("general.architecture")
    if not arch_name:
        raise ModelFormatError(src, Message("gguf.no_arch", "metadata 'general.architecture' is missing"))
    meta.arch = arch_name
    name = meta.text("general.name") or path.stem
    arch = _architecture(meta, by, name, src, notes)
    main_layers = arch.decoder.num_layers if arch.decoder is not None else MAX_LAYERS
    mtp = [t for t in tensors if (mt := _BLOCK_RE.match(t.name)) and int(mt.group(1)) >= main_layers]
    arch = _with_mtp(meta, arch, mtp, notes)
    warnings = _cross_check(arch, tensors, mtp, notes)
    if arch_name not in FAMILIES:
        warnings.insert(
            0,
            Message(
                "gguf.unknown_architecture",
                "GGUF architecture '{arch}' is not one this version knows: its structure was read from the tensor "
                "names and shapes alone and may be wrong",
                arch=arch_name,
            ),
        )
    if warnings:
        arch = arch.model_copy(update={"unverified": tuple(warnings)})

    stored = sum(t.n_bytes for t in tensors)
    embd = by.get("token_embd.weight")
    gpu = stored - (embd.n_bytes if embd else 0) - sum(t.n_bytes for t in mtp)
    if embd is not None and arch.tie_word_embeddings and arch.lm_head:
        gpu += embd.n_bytes
        notes.append(
            Message(
                "gguf.tied_output",
                "no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, "
                "so the GPU bytes still include it once (the input lookup copy stays in CPU memory)",
            )
        )
    hint = _format_hint(meta, tensors, notes)
    ref = ModelRef(
        path=src, architecture=arch, stored_weight_bytes=stored, stored_gpu_weight_bytes=gpu, format_hint=hint
    )
    return ref, notes


_VOCAB_COPIES = ("nextn.embed_tokens.weight", "nextn.shared_head_head.weight")


def _with_mtp(m: _Meta, arch: Architecture, mtp: list[_Tensor], notes: list[str]) -> Architecture:
    """`arch` with the multi-token-prediction layers the file keeps past block_count − `{arch}.nextn_predict_layers`
    (the key llama.cpp's converters write beside GLM-4.5's, GLM-5's and Qwen3.5's MTP blocks: gguf-py
    Keys.LLM.NEXTN_PREDICT_LAYERS = "{arch}.nextn_predict_layers"; conversion/glm.py `add_nextn_predict_layers`), as
    the config.json reader declares them, so their count is reported beside the total the same way. The structure
    comes from the architecture's config.json family (core/importers/hf_mtp.py) and is held to the file's own MTP
    tensors: their values, less buffers and the vocab × hidden copies (nextn.embed_tokens, nextn.shared_head_head),
    must equal it, else they are reported uncounted."""
    key = f"{m.arch}.nextn_predict_layers"
    n = m.num(key, 0)
    if not n or not mtp or arch.decoder is None:
        return arch
    fam = FAMILIES.get(m.arch)
    known = hf_mtp.known_kind(fam.hf) if fam is not None else None
    tables = sum(1 for t in mtp if t.name.endswith(_VOCAB_COPIES))
    unknown = MtpSpec(num_layers=n, kind="unknown", config_key=key)
    if known is None or tables % n or tables // n > 2:
        notes.append(
            f"the structure of the {n} multi-token-prediction layer(s) ({key}) of GGUF architecture '{m.arch}' is not "
            "known here: their parameters are not counted beside the total"
        )
        return arch.model_copy(update={"mtp": unknown})
    spec = MtpSpec(num_layers=n, kind=known[0], config_key=key, checkpoint_copies=tables // n)
    with_mtp = arch.model_copy(update={"mtp": spec})
    pc = params.mtp_count(with_mtp)
    expected = (pc.total if pc is not None else 0) + params.mtp_checkpoint_copies(with_mtp)
    stored = sum(t.n_elements for t in mtp if not _buffer(t.name))
    if pc is None or stored != expected:
        notes.append(
            f"the file's multi-token-prediction tensors hold {stored:,} values but the structure read for them has "
            f"{expected:,}: their parameters are not counted beside the total"
        )
        return arch.model_copy(update={"mtp": unknown})
    return with_mtp


def _format_hint(meta: _Meta, tensors: list[_Tensor], notes: list[str]) -> str | None:
    ftype = meta.value("general.file_type")
    if isinstance(ftype, int) and not isinstance(ftype, bool):
        ftype &= ~1024  # LLAMA_FTYPE_GUESSED
        hint = FILE_TYPES.get(ftype)
        if hint is None:
            try:
                label = gguf.LlamaFileType(ftype).name
            except ValueError:
                label = f"file type {ftype}"
            notes.append(
                Message(
                    "gguf.no_format_entry",
                    "{file_type} has no weight-format entry here; sizing uses the exact stored bytes",
                    file_type=label,
                )
            )
            return None
        if hint not in quant.formats():
            return None
        return hint
    counts: Counter[str] = Counter()
    for t in tensors:
        if len(t.ne) >= 2:
            counts[t.type_name] += t.n_elements
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    hint = _TYPE_HINT.get(top)
    notes.append(
        Message(
            "gguf.file_type_inferred",
            "general.file_type missing; the most common tensor type is {type}, read as file type {hint}",
            type=top,
            hint=hint,
        )
        if hint
        else Message(
            "gguf.file_type_unknown",
            "general.file_type missing; the most common tensor type is {type}, which has no weight-format entry here",
            type=top,
        )
    )
    return hint if hint in quant.formats() else None


def _cross_check(arch: Architecture, tensors: list[_Tensor], mtp: list[_Tensor], notes: list[str]) -> list[str]:
    """Compare the file's values with the parameter count of the architecture read from it. Multi-token-prediction
    blocks (past block_count − nextn_predict_layers) and buffers are reported beside the total, not in it. Returns
    the warnings that make the answer unverified (a mismatch)."""
    expected = params.count(arch).total
    if mtp:
        blocks = sorted({int(mt.group(1)) for t in mtp if (mt := _BLOCK_RE.match(t.name))})
        span = f"blk.{blocks[0]}" + (f"–{blocks[-1]}" if len(blocks) > 1 else "")
        notes.append(
            Message(
                "gguf.mtp_layers",
                "{layers} multi-token-prediction layer(s) ({span}, {values:,} values, {nbytes:,} bytes) are in the "
                "file: reported beside the total, not in it, and not counted on the GPU (a runtime loads them only "
                "for speculative decoding)",
                layers=len(blocks),
                span=span,
                values=sum(t.n_elements for t in mtp),
                nbytes=sum(t.n_bytes for t in mtp),
            )
        )
    mtp_names = {t.name for t in mtp}
    buffers = [t for t in tensors if t.name not in mtp_names and _buffer(t.name)]
    for t in buffers[:1]:
        what = BUFFERS[_buffer(t.name)]
        n = sum(1 for b in buffers if _buffer(b.name) == _buffer(t.name))
        notes.append(
            Message(
                "gguf.buffers",
                "{n} {tensor} tensor(s): {what}; not parameters",
                n=n,
                tensor=t.name.split(".", 2)[-1] if t.name.startswith("blk.") else t.name,
                what=what,
            )
        )
    skip = mtp_names | {t.name for t in buffers}
    stored = sum(t.n_elements for t in tensors if t.name not in skip)
    if stored == expected:
        return []
    known = {
        "token_embd.weight",
        "token_embd_norm.weight",
        "token_embd_norm.bias",
        "position_embd.weight",
        "output.weight",
        "output.bias",
        "output_norm.weight",
        "output_norm.bias",
    }
    extra = [t.name for t in tensors if not t.name.startswith("blk.") and t.name not in known and t.name not in skip]
    figures = {"stored": stored, "expected": expected, "diff": stored - expected}
    msg = (
        Message(
            "gguf.count_mismatch_extra",
            "the file's tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} "
            "parameters ({diff:+,}); tensors not modelled: {extra}; the estimate uses the stored bytes",
            extra=", ".join(extra[:5]),
            **figures,
        )
        if extra
        else Message(
            "gguf.count_mismatch",
            "the file's tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} "
            "parameters ({diff:+,}); the estimate uses the stored bytes",
            **figures,
        )
    )
    notes.append(msg)
    return [msg]


def _buffer(name: str) -> str:
    """The BUFFERS key a tensor name ends with, or ''."""
    for suffix in BUFFERS:
        if name == suffix or name.endswith("." + suffix):
            return suffix
    return ""


# ------------------------------------------------------------------------------------------ architecture


def _architecture(m: _Meta, by: dict[str, _Tensor], name: str, src: str, notes: list[str]) -> Architecture:
    a = m.arch
    if a.startswith("clip") or a == "mmproj":
        raise ModelFormatError(
            src,
            Message(
                "gguf.mmproj",
                "this is a vision projector (mmproj) GGUF, not a language model; open the model's main .gguf file",
            ),
        )
    if a in NOT_DECODERS:
        raise ModelFormatError(
            src,
            Message(
                "gguf.unsupported_arch",
                "GGUF architecture '{arch}' is not supported here (decoder language models and Mamba are)",
                arch=a,
            ),
        )
    embd = by.get("token_embd.weight")
    if embd is None or len(embd.ne) != 2:
        raise ModelFormatError(
            src, Message("gguf.no_embedding", "no 2-D token_embd.weight tensor: not a language model GGUF")
        )
    vocab = embd.ne[1]
    n_tokens = m.length("tokenizer.ggml.tokens")
    if n_tokens is not None and n_tokens != vocab:
        notes.append(
            Message(
                "gguf.tokenizer_rows",
                "the tokenizer lists {tokens:,} tokens; the embedding table has {rows:,} rows (used)",
                tokens=n_tokens,
                rows=vocab,
            )
        )
    try:
        if a == "mamba":
            return _mamba(m, by, name, src, vocab, notes)
        return _decoder(m, by, name, src, vocab, notes)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ModelFormatError(
            src,
            Message(
                "gguf.inconsistent",
                "metadata gives an inconsistent architecture ({where}: {detail})",
                where=loc,
                detail=str(err["msg"]),
            ),
        ) from None


def _mamba(m: _Meta, by: dict[str, _Tensor], name: str, src: str, vocab: int, notes: list[str]) -> Architecture:
    a = m.arch
    h = m.num(f"{a}.embedding_length")
    ssm = SsmSpec(
        num_layers=m.num(f"{a}.block_count"),
        hidden_size=h,
        state_size=m.num(f"{a}.ssm.state_size"),
        intermediate_size=m.num(f"{a}.ssm.inner_size"),
        conv_kernel=m.num(f"{a}.ssm.conv_kernel"),
        time_step_rank=m.num(f"{a}.ssm.time_step_rank"),
        bias="blk.0.ssm_in.bias" in by,
        conv_bias="blk.0.ssm_conv1d.bias" in by,
    )
    tied = "output.weight" not in by
    return Architecture(
        name=name,
        family=a,
        **code_traits(a),
        kind="ssm",
        vocab_size=vocab,
        tie_word_embeddings=tied,
        positions=Positions.NONE,
        max_positions=1_048_576,
        ssm=ssm,
        source=src,
    )


def _layer_kind(has: Callable[[str, int], bool], i: int, src: str) -> tuple[Mixer, Ffn]:
    """(token mixer, feed-forward) of block i, from the tensors it holds (gguf_families.MIXER_TENSORS)."""
    if has("ssm_x.weight", i):
        raise ModelFormatError(
            src,
            Message(
                "gguf.mamba1_hybrid",
                "blk.{i} is a Mamba-1 layer inside a hybrid stack: not a layout this version sizes",
                i=i,
            ),
        )
    mixer: Mixer = "none"
    for kind, names in MIXER_TENSORS:
        if any(has(n, i) for n in names):
            mixer = kind
            break
    ffn: Ffn = "none"
    for fkind, names in FFN_TENSORS:
        if any(has(n, i) for n in names):
            ffn = fkind
            break
    return mixer, ffn


def _decoder(m: _Meta, by: dict[str, _Tensor], name: str, src: str, vocab: int, notes: list[str]) -> Architecture:
    a = m.arch
    fam = FAMILIES.get(a)
    blocks = m.num(f"{a}.block_count")
    if blocks > MAX_LAYERS:
        found = sorted({int(mt.group(1)) for n in by if (mt := _BLOCK_RE.match(n))})
        have = (
            Message("gguf.blocks", "blocks {first}–{last}", first=found[0], last=found[-1])
            if found
            else Message("gguf.no_blocks", "no blocks")
        )
        raise ModelFormatError(
            src,
            Message(
                "gguf.block_count",
                "metadata '{key}' is {n:,} but the file has tensors for {have}; at most {limit:,} layers are supported",
                key=f"{a}.block_count",
                n=blocks,
                have=have,
                limit=MAX_LAYERS,
            ),
        )
    nextn = m.num(f"{a}.nextn_predict_layers", 0)
    layers = blocks - nextn
    h = m.num(f"{a}.embedding_length")
    if layers <= 0 or not h:
        raise ModelFormatError(
            src,
            Message(
                "gguf.sizes_positive",
                "{arch}.block_count (less its nextn_predict_layers) and embedding_length must be positive",
                arch=a,
            ),
        )

    def has(part: str, layer: int = 0) -> bool:
        return f"blk.{layer}.{part}" in by

    def tensor(part: str, layer: int = 0) -> _Tensor | None:
        return by.get(f"blk.{layer}.{part}")

    def rows(part: str, layer: int, dim: int = 1) -> int:
        t = tensor(part, layer)
        if t is None or len(t.ne) <= dim:
            raise ModelFormatError(
                src,
                Message("gguf.tensor_dims", "blk.{i}.{part} is missing or has too few dimensions", i=layer, part=part),
            )
        return t.ne[dim]

    def size(part: str, layer: int) -> int:
        t = tensor(part, layer)
        if t is None:
            raise ModelFormatError(src, Message("gguf.tensor_missing", "blk.{i}.{part} is missing", i=layer, part=part))
        return t.n_elements

    kinds = [_layer_kind(has, i, src) for i in range(layers)]
    mixer_of = [k[0] for k in kinds]
    ffn_of = [k[1] for k in kinds]
    parallel_mamba = fam is not None and fam.parallel_mamba
    mamba_of = list(mixer_of)  # where the Mamba-2 mixers are (beside attention, for Falcon-H1)
    if parallel_mamba:
        if not all(has("ssm_d", i) and has("attn_q.weight", i) for i in range(layers)):
            raise ModelFormatError(
                src,
                Message(
                    "gguf.hybrid_blocks",
                    "{arch}: every block must hold attention and a Mamba-2 mixer side by side",
                    arch=a,
                ),
            )
        mixer_of = ["full"] * layers
    attn_layers = [i for i, k in enumerate(mixer_of) if k == "full"]
    hybrid = any(k != "full" for k in mixer_of) or any(f == "none" for f in ffn_of)

    # attention (from the first attention layer; a hybrid stack may start with another mixer)
    ai = attn_layers[0] if attn_layers else 0
    heads = m.num(f"{a}.attention.head_count", 1 if not attn_layers else None, notes=notes if attn_layers else None)
    if not heads:
        raise ModelFormatError(
            src, Message("gguf.heads_positive", "{arch}.attention.head_count must be positive", arch=a)
        )
    kv = m.num(f"{a}.attention.head_count_kv", heads, notes=notes if attn_layers else None) or heads
    mla: MlaSpec | None = None
    indexer: IndexerSpec | None = None
    if m.has(f"{a}.attention.kv_lora_rank"):
        rope = m.num(f"{a}.rope.dimension_count")
        key_len = m.num(f"{a}.attention.key_length_mla", 0) or m.num(f"{a}.attention.key_length")
        val_len = m.num(f"{a}.attention.value_length_mla", 0) or m.num(f"{a}.attention.value_length")
        mla = MlaSpec(
            q_lora_rank=m.num(f"{a}.attention.q_lora_rank", 0) or None,
            kv_lora_rank=m.num(f"{a}.attention.kv_lora_rank"),
            qk_nope_head_dim=key_len - rope,
            qk_rope_head_dim=rope,
            v_head_dim=val_len,
        )
        head_dim, kv = mla.qk_head_dim, heads
        if has("indexer.attn_k.weight", ai):  # DeepSeek sparse attention's lightning indexer (glm-dsa)
            indexer = IndexerSpec(
                num_heads=m.num(f"{a}.attention.indexer.head_count"),
                head_dim=m.num(f"{a}.attention.indexer.key_length"),
                topk=m.num(f"{a}.attention.indexer.top_k"),
            )
    else:
        if not m.has(f"{a}.attention.key_length") and h % heads:
            raise ModelFormatError(
                src,
                Message(
                    "gguf.head_dim",
                    "embedding_length {h} is not divisible by attention.head_count {heads} and attention.key_length is "
                    "missing",
                    h=h,
                    heads=heads,
                ),
            )
        head_dim = m.num(f"{a}.attention.key_length", h // heads)
        value_len = m.num(f"{a}.attention.value_length", head_dim)
        if value_len != head_dim:
            notes.append(
                Message(
                    "gguf.value_heads",
                    "value heads ({value}) are narrower or wider than key heads ({key}); the KV cache is sized with "
                    "the key width",
                    value=value_len,
                    key=head_dim,
                )
            )
    fused = has("attn_qkv.weight", ai)
    if fused:
        q_bias = k_bias = v_bias = has("attn_qkv.bias", ai)
    else:
        q_bias, k_bias, v_bias = has("attn_q.bias", ai), has("attn_k.bias", ai), has("attn_v.bias", ai)
    qk_norm: Literal["none", "head", "full"] = "none"
    qn = tensor("attn_q_norm.weight", ai)
    if qn is not None and mla is None and qn.ne:
        qk_norm = "head" if qn.ne[0] == head_dim else "full"
    q = tensor("attn_q.weight", ai)
    # q_proj that also yields a sigmoid gate on the attention output (Qwen3-Next, Qwen3.5): twice the rows
    gated_output = bool(
        mla is None
        and q is not None
        and len(q.ne) == 2
        and q.ne[1] == 2 * heads * head_dim
        and not has("attn_gate.weight", ai)
    )
    window = m.num(f"{a}.attention.sliding_window", 0) or None
    global_every = _global_every(m, a, window, layers, notes)

    # per-layer kinds: explicit for hybrid stacks and chunked attention; () for uniform stacks
    chunk_size, chunk_every = fam.chunk if fam else (0, 0)
    mixers: tuple[Mixer, ...] = ()
    ffns: tuple[Ffn, ...] = ()
    if hybrid or chunk_size:
        probe = AttentionSpec(num_heads=1, num_kv_heads=1, head_dim=1, sliding_window=window, global_every=global_every)
        explicit: list[Mixer] = []
        for i, k in enumerate(mixer_of):
            if k == "full" and chunk_size:
                k = "full" if (i + 1) % chunk_every == 0 else "chunked"
            elif k == "full" and probe.is_sliding(i):
                k = "sliding"
            explicit.append(k)
        mixers = tuple(explicit)
        ffns = tuple(ffn_of) if hybrid else ()
        if chunk_size:
            notes.append(
                Message(
                    "gguf.chunked_attention",
                    "chunked attention: {chunk} tokens on 3 of every {every} layers, as llama.cpp runs {arch}",
                    chunk=chunk_size,
                    every=chunk_every,
                    arch=a,
                )
            )

    # the block's own norm layers (q/k norms, MLA latent norms and mixer norms belong to their mixer)
    norm_re = re.compile(r"^blk\.(\d+)\.([a-z0-9_.]*norm[a-z0-9_]*)\.weight$")
    n_norms = sum(
        1 for n in by if (mt := norm_re.match(n)) and int(mt.group(1)) < layers and mt.group(2) not in MIXER_NORMS
    )
    if n_norms % layers:
        notes.append(
            Message(
                "gguf.norms_uneven",
                "the blocks hold {norms} norm layers over {layers} layers, not the same number each",
                norms=n_norms,
                layers=layers,
            )
        )
    if has("attn_norm.bias", ai):
        norm = Norm.LAYER
    elif m.has(f"{a}.attention.layer_norm_epsilon") and not m.has(f"{a}.attention.layer_norm_rms_epsilon"):
        norm = Norm.LAYER_NOBIAS
    else:
        norm = Norm.RMS

    # MLP and experts
    moe_layers = [i for i, f in enumerate(ffn_of) if f == "moe"]
    dense = [i for i, f in enumerate(ffn_of) if f == "dense"]
    ff = m.num(f"{a}.feed_forward_length", 0, notes=notes if not moe_layers else None)
    inter, gated, mlp_bias = ff, True, False
    if dense:
        up = tensor("ffn_up.weight", dense[0])
        if up is None or len(up.ne) != 2:
            raise ModelFormatError(
                src, Message("gguf.no_ffn_up", "no 2-D blk.{i}.ffn_up.weight tensor for the block's MLP", i=dense[0])
            )
        if has("ffn_gate.weight", dense[0]):
            inter, gated = up.ne[1], True
        elif ff and up.ne[1] == 2 * ff:  # gate and up fused in one tensor (Phi-3)
            inter, gated = ff, True
        else:
            inter, gated = up.ne[1], False
        mlp_bias = has("ffn_up.bias", dense[0])
    moe = _experts(m, a, tensor, has, moe_layers, dense, hybrid, src, notes)
    if moe is not None and not dense:
        first = moe_layers[0]
        gated = has("ffn_gate_exps.weight", first) or has("ffn_gate_up_exps.weight", first)
        inter = inter or moe.expert_intermediate_size
        shared = tensor("ffn_up_shexp.weight", first)
        mlp_bias = shared is not None and has("ffn_up_shexp.bias", first)
    if not inter:
        raise ModelFormatError(
            src,
            Message(
                "gguf.no_ffn", "metadata '{arch}.feed_forward_length' is missing and no MLP tensor gives it", arch=a
            ),
        )

    learned = by.get("position_embd.weight")
    alibi = a in ("bloom", "mpt") or m.has(f"{a}.attention.max_alibi_bias")
    positions = Positions.LEARNED if learned else (Positions.ALIBI if alibi else Positions.ROPE)
    ctx = m.num(f"{a}.context_length", 2048, notes=notes)
    parallel = (fam is not None and fam.parallel) or (a == "gptneox" and bool(m.value(f"{a}.use_parallel_residual")))
    att = AttentionSpec(
        num_heads=heads,
        num_kv_heads=kv,
        head_dim=head_dim,
        q_bias=q_bias,
        k_bias=k_bias,
        v_bias=v_bias,
        o_bias=has("attn_output.bias", ai),
        qk_norm=qk_norm,
        mla=mla,
        sliding_window=window,
        global_every=0 if mixers else global_every,
        chunk_size=chunk_size or None,
        sinks=has("attn_sinks.weight", ai),
        gated_output=gated_output,
        indexer=indexer,
    )
    stack = StackSpec(
        num_layers=layers,
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(intermediate_size=inter, gated=gated, activation="silu" if gated else "gelu", bias=mlp_bias),
        moe=moe,
        norm=norm,
        norms_per_layer=min(n_norms // layers, 6),
        parallel_block=parallel,
        final_norm="output_norm.weight" in by,
        mixers=mixers,
        ffns=ffns,
        linear_attention=_linear_attention(m, a, rows, mixer_of, src) if "linear" in mixer_of else None,
        mamba=_mamba2(m, a, rows, has, mamba_of, size, src) if "mamba2" in mamba_of else None,
        parallel_mamba=parallel_mamba,
        short_conv=_short_conv(rows, has, mixer_of) if "conv" in mixer_of else None,
    )
    return Architecture(
        name=name,
        family=a,
        **code_traits(a),
        kind="decoder",
        vocab_size=vocab,
        tie_word_embeddings="output.weight" not in by,
        lm_head_bias="output.bias" in by,
        positions=positions,
        max_positions=max(ctx, 1),
        learned_position_rows=learned.ne[1] if learned is not None and len(learned.ne) == 2 else 0,
        embedding_norm="token_embd_norm.weight" in by,
        decoder=stack,
        source=src,
    )


def _experts(
    m: _Meta,
    a: str,
    tensor: Callable[[str, int], _Tensor | None],
    has: Callable[[str, int], bool],
    moe_layers: list[int],
    dense: list[int],
    hybrid: bool,
    src: str,
    notes: list[str],
) -> MoeSpec | None:
    """The experts of the first MoE layer: merged 3-D tensors (ffn_{gate,up,down}_exps or ffn_gate_up_exps), a
    latent projection (Nemotron 3), shared experts, router and expert biases."""
    if not moe_layers:
        if m.num(f"{a}.expert_count", 0):
            notes.append(
                Message(
                    "gguf.experts_without_router",
                    "{arch}.expert_count is set but no layer has a router tensor; read as a dense model",
                    arch=a,
                )
            )
        return None
    first = moe_layers[0]
    e_up = tensor("ffn_up_exps.weight", first)
    width_div = 1
    if e_up is None:
        e_up, width_div = tensor("ffn_gate_up_exps.weight", first), 2
    if e_up is None or len(e_up.ne) != 3:
        raise ModelFormatError(
            src, Message("gguf.router", "blk.{i} has a router but no 3-D ffn_up_exps.weight tensor", i=first)
        )
    n_exp = m.num(f"{a}.expert_count", e_up.ne[2])
    shared = tensor("ffn_up_shexp.weight", first)
    if shared is not None and len(shared.ne) != 2:
        raise ModelFormatError(
            src,
            Message("gguf.not_2d", "{name} must be 2-D, not {shape}", name=shared.name, shape=str(list(shared.ne))),
        )
    latent = tensor("ffn_latent_down.weight", first)
    return MoeSpec(
        num_experts=n_exp,
        experts_per_token=m.num(f"{a}.expert_used_count", min(2, n_exp), notes=notes),
        expert_intermediate_size=m.num(f"{a}.expert_feed_forward_length", e_up.ne[1] // width_div),
        num_shared_experts=m.num(f"{a}.expert_shared_count", 1) if shared is not None else 0,
        shared_intermediate_size=shared.ne[1] if shared is not None else 0,
        shared_expert_gate=has("ffn_gate_inp_shexp.weight", first),
        router_bias=has("ffn_gate_inp.bias", first),  # exp_probs_b is a buffer in transformers, not a bias
        expert_bias=has("ffn_up_exps.bias", first) or has("ffn_gate_up_exps.bias", first),
        latent_size=latent.ne[1] if latent is not None and len(latent.ne) == 2 else None,
        dense_layers=() if hybrid else tuple(dense),
    )


def _linear_attention(
    m: _Meta, a: str, rows: Callable[[str, int, int], int], mixer_of: list[Mixer], src: str
) -> LinearAttentionSpec:
    """Gated DeltaNet from its tensors (qwen3next / qwen35): ssm_a holds one value per v head, ssm_norm one per v
    head dim, ssm_conv1d (kernel, 2·K + V); k heads and k head dim from ssm.group_count and ssm.state_size."""
    li = mixer_of.index("linear")
    v_heads = rows("ssm_a", li, 0)
    v_dim = rows("ssm_norm.weight", li, 0)
    kernel, conv_dim = rows("ssm_conv1d.weight", li, 0), rows("ssm_conv1d.weight", li, 1)
    k_heads, k_dim = m.num(f"{a}.ssm.group_count"), m.num(f"{a}.ssm.state_size")
    if conv_dim != 2 * k_heads * k_dim + v_heads * v_dim:
        raise ModelFormatError(
            src,
            Message(
                "gguf.ssm_conv1d",
                "blk.{i}.ssm_conv1d has {channels} channels, not 2·{k_heads}·{k_dim} + {v_heads}·{v_dim} as the "
                "ssm.group_count, ssm.state_size and the ssm_a and ssm_norm tensors say",
                i=li,
                channels=conv_dim,
                k_heads=k_heads,
                k_dim=k_dim,
                v_heads=v_heads,
                v_dim=v_dim,
            ),
        )
    return LinearAttentionSpec(
        num_k_heads=k_heads, num_v_heads=v_heads, k_head_dim=k_dim, v_head_dim=v_dim, conv_kernel=kernel
    )


def _mamba2(
    m: _Meta, a: str, rows: Callable[[str, int, int], int], has: Callable[[str, int], bool], mixer_of: list[Mixer],
    size: Callable[[str, int], int], src: str,
) -> Mamba2Spec:  # fmt: skip
    """Mamba-2 from its tensors (nemotron_h): ssm_d holds one value per head, ssm_out reads the inner width,
    ssm_conv1d (kernel, I + 2·G·N); the state size and groups from ssm.state_size and ssm.group_count."""
    mi = mixer_of.index("mamba2")
    heads = size("ssm_d", mi)
    inner = rows("ssm_out.weight", mi, 0)
    state, groups = m.num(f"{a}.ssm.state_size"), m.num(f"{a}.ssm.group_count", 1)
    if not heads or inner % heads:
        raise ModelFormatError(
            src,
            Message(
                "gguf.ssm_out",
                "blk.{i}.ssm_out reads {inner} values, not a whole number of {heads} heads",
                i=mi,
                inner=inner,
                heads=heads,
            ),
        )
    in_rows = rows("ssm_in.weight", mi, 1)
    if in_rows != 2 * inner + 2 * groups * state + heads:
        raise ModelFormatError(
            src,
            Message(
                "gguf.ssm_in",
                "blk.{i}.ssm_in has {rows} rows, not 2·{inner} + 2·{groups}·{state} + {heads} (Mamba-2's in_proj)",
                i=mi,
                rows=in_rows,
                inner=inner,
                groups=groups,
                state=state,
                heads=heads,
            ),
        )
    return Mamba2Spec(
        num_heads=heads,
        head_dim=inner // heads,
        state_size=state,
        n_groups=groups,
        conv_kernel=rows("ssm_conv1d.weight", mi, 0),
        bias=has("ssm_in.bias", mi),
        conv_bias=has("ssm_conv1d.bias", mi),
        norm=has("ssm_norm.weight", mi),
        out_bias=has("ssm_out.bias", mi) if has("ssm_out.bias", mi) != has("ssm_in.bias", mi) else None,
    )


def _short_conv(
    rows: Callable[[str, int, int], int], has: Callable[[str, int], bool], mixer_of: list[Mixer]
) -> ShortConvSpec:
    """LFM2's short convolution: shortconv.conv (kernel, h) after the converter squeezes it."""
    ci = mixer_of.index("conv")
    return ShortConvSpec(kernel=rows("shortconv.conv.weight", ci, 0), bias=has("shortconv.in_proj.bias", ci))


def _global_every(m: _Meta, a: str, window: int | None, layers: int, notes: list[str]) -> int:
    """Every n-th layer attends globally (0 = every layer uses the window)."""
    if window is None:
        return 0
    pattern = m.value(f"{a}.attention.sliding_window_pattern")
    if isinstance(pattern, int) and not isinstance(pattern, bool):
        return max(pattern, 0)
    if isinstance(pattern, list) and pattern:
        swa = [bool(x) for x in pattern]
        if all(swa):
            return 0
        period = swa.index(False) + 1
        if any(swa[i] != ((i + 1) % period != 0) for i in range(len(swa))):
            notes.append(
                Message(
                    "gguf.window_pattern",
                    "the sliding-window layer pattern is not periodic; approximated by its first period",
                )
            )
        return period
    fam = FAMILIES.get(a)
    if fam is not None and fam.sliding_every:
        return fam.sliding_every
    notes.append(
        Message(
            "gguf.window_everywhere",
            "sliding window {window} with no layer pattern in the metadata; assumed on every layer",
            window=window,
        )
    )
    return 0
