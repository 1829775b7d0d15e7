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
    MlaSpec,
    MlpSpec,
    MoeSpec,
    Norm,
    Positions,
    SsmSpec,
    StackSpec,
)
from core.errors import ModelFormatError
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
_NOT_DECODERS = {
    "bert",
    "nomic-bert",
    "nomic-bert-moe",
    "jina-bert-v2",
    "jina-bert-v3",
    "modern-bert",
    "neo-bert",
    "t5",
    "t5encoder",
    "wavtokenizer-dec",
    "dream",
    "llada",
    "rwkv6",
    "rwkv6qwen2",
    "rwkv7",
    "arwkv7",
}
_PARALLEL = {"falcon", "phi2", "gptj", "command-r", "cohere2"}
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


class _Scan:
    """Bounded walk over the GGUF header: every length is checked against the bytes that remain."""

    def __init__(self, buf: mmap.mmap, size: int, order: str, source: str) -> None:
        self.buf, self.size, self.order, self.source = buf, size, order, source
        self.pos = 0

    def need(self, n: int, what: str) -> None:
        if n < 0 or self.pos + n > self.size:
            raise ModelFormatError(
                self.source,
                f"truncated or corrupt: {what} at byte {self.pos:,} needs "
                f"{n:,} bytes but the file ends at {self.size:,}",
            )

    def unpack(self, fmt: str, what: str) -> Any:
        n = struct.calcsize(fmt)
        self.need(n, what)
        value = struct.unpack_from(self.order + fmt, self.buf, self.pos)[0]
        self.pos += n
        return value

    def string(self, what: str, limit: int | None = None) -> bytes:
        n = self.unpack("Q", f"{what} (length)")
        if limit is not None and n > limit:
            raise ModelFormatError(self.source, f"corrupt: {what} declares {n:,} bytes (limit {limit:,})")
        self.need(n, what)
        raw = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return raw

    def skip_strings(self, count: int, what: str) -> None:
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
                self.source, f"truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)"
            )
        self.pos = pos

    def value(self, vtype: int, what: str, depth: int = 0) -> Any:
        """One metadata value: a number, raw string bytes, a list (short arrays) or _Skipped (long ones)."""
        if vtype in _SCALAR_FMT:
            return self.unpack(_SCALAR_FMT[vtype], what)
        if vtype == _STRING:
            return self.string(what, MAX_STRING_BYTES)
        if vtype != _ARRAY:
            raise ModelFormatError(self.source, f"corrupt: {what} has unknown value type {vtype}")
        if depth > 2:
            raise ModelFormatError(self.source, f"corrupt: {what} nests arrays too deeply")
        itype = self.unpack("I", f"{what} (array type)")
        count = self.unpack("Q", f"{what} (array length)")
        if itype not in _SCALAR_FMT and itype not in (_STRING, _ARRAY):
            raise ModelFormatError(self.source, f"corrupt: {what} is an array of unknown value type {itype}")
        least = struct.calcsize(_SCALAR_FMT[itype]) if itype in _SCALAR_FMT else (8 if itype == _STRING else 12)
        if count * least > self.size - self.pos:
            raise ModelFormatError(
                self.source,
                f"truncated or corrupt: {what} declares {count:,} array elements, more than the "
                f"{self.size - self.pos:,} bytes left can hold",
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
                self.source, f"{what} declares {count:,} elements; at most {MAX_STRING_ARRAY:,} are read"
            )
        if itype == _STRING:
            if count > MAX_DECODED_ARRAY:
                self.skip_strings(count, what)
                return _Skipped(count)
            return [self.string(f"{what}[{i}]", MAX_STRING_BYTES) for i in range(count)]
        return [self.value(_ARRAY, f"{what}[{i}]", depth + 1) for i in range(count)]


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
                        src, "this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp"
                    )
                raise ModelFormatError(src, f"not a GGUF file: it starts with {head[:4]!r}, not the magic b'GGUF'")
            if len(head) < 24:
                raise ModelFormatError(src, f"only {size} bytes: truncated before the end of the GGUF header")
            order = "<"
            version = int.from_bytes(head[4:8], "little")
            if version & 0xFFFF == 0 and int.from_bytes(head[4:8], "big") in (2, 3):
                order, version = ">", int.from_bytes(head[4:8], "big")
            if version not in (2, 3):
                raise ModelFormatError(src, f"GGUF version {version} is not supported (versions 2 and 3 are)")
            n_tensors, n_kv = struct.unpack_from(order + "QQ", head, 8)
            for what, n, limit in (("tensors", n_tensors, MAX_TENSORS), ("metadata entries", n_kv, MAX_KV)):
                if n > limit:
                    raise ModelFormatError(
                        src, f"header declares {n:,} {what}, over the {limit:,} limit: the file is corrupt; refused"
                    )
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _walk(_Scan(buf, size, order, src), n_tensors, n_kv)
    except OSError as exc:
        raise ModelFormatError(src, f"cannot read the file ({exc.strerror or exc})") from None


def _walk(s: _Scan, n_tensors: int, n_kv: int) -> tuple[dict[str, Any], list[_Tensor]]:
    src = s.source
    s.pos = 24
    meta: dict[str, Any] = {}
    for i in range(n_kv):
        raw = s.string(f"metadata entry #{i} key", MAX_NAME_BYTES)
        try:
            key = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ModelFormatError(src, f"corrupt: metadata entry #{i} key is not UTF-8 text") from None
        if key in meta:
            raise ModelFormatError(src, f"metadata key {key} appears twice")
        vtype = s.unpack("I", f"metadata '{key}' value type")
        meta[key] = s.value(vtype, f"metadata '{key}'")
    alignment = meta.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or isinstance(alignment, bool) or alignment <= 0 or alignment & (alignment - 1):
        raise ModelFormatError(src, f"metadata 'general.alignment' {alignment!r} is not a power of two")
    infos: list[tuple[str, tuple[int, ...], int, int]] = []
    seen: set[str] = set()
    for i in range(n_tensors):
        raw = s.string(f"tensor info #{i} name", MAX_NAME_BYTES)
        name = raw.decode("utf-8", errors="replace")
        if name in seen:
            raise ModelFormatError(src, f"tensor '{name}' appears twice")
        seen.add(name)
        n_dims = s.unpack("I", f"tensor '{name}' dimension count")
        if n_dims > MAX_DIMS:
            raise ModelFormatError(src, f"corrupt: tensor '{name}' declares {n_dims} dimensions")
        dims = tuple(int(s.unpack("Q", f"tensor '{name}' shape")) for _ in range(n_dims))
        gtype = s.unpack("I", f"tensor '{name}' type")
        offset = s.unpack("Q", f"tensor '{name}' offset")
        infos.append((name, dims, gtype, offset))
    data_start = -(-s.pos // alignment) * alignment
    tensors: list[_Tensor] = []
    for name, dims, gtype, offset in infos:
        try:
            qtype = gguf.GGMLQuantizationType(gtype)
            block, type_size = gguf.GGML_QUANT_SIZES[qtype]
        except (ValueError, KeyError):
            raise ModelFormatError(
                src, f"tensor '{name}' has unknown GGML type {gtype} (a newer GGUF than this app reads?)"
            ) from None
        if dims and dims[0] % block:
            raise ModelFormatError(
                src, f"tensor '{name}': rows of {dims[0]} values are not whole {qtype.name} blocks of {block}"
            )
        n_elements = math.prod(dims)
        nbytes = n_elements * type_size // block
        start = data_start + offset
        if start + nbytes > s.size:
            raise ModelFormatError(
                src,
                f"truncated: tensor '{name}' needs bytes {start:,}–{start + nbytes:,} but the file ends at {s.size:,}",
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
                self.source, f"metadata '{key}' is an array of {v.length:,} values, too long to read"
            )
        return self._decode(key, v)

    def _decode(self, key: str, v: Any) -> Any:
        if isinstance(v, bytes):
            try:
                return v.decode("utf-8")
            except UnicodeDecodeError:
                raise ModelFormatError(self.source, f"metadata '{key}' is not UTF-8 text") from None
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

    def num(self, key: str, default: int | None = None, *, notes: list[str] | None = None, what: str = "") -> int:
        v = self.value(key)
        if v is None:
            if default is None:
                raise ModelFormatError(self.source, f"metadata '{key}' is missing")
            if notes is not None:
                notes.append(f"{key} not in the metadata; assumed {default}{what}")
            return default
        if isinstance(v, list):
            nums = [_integral(x) for x in v if _number(x) and x > 0]
            if any(n is None for n in nums):
                bad = next(x for x in v if _number(x) and x > 0 and _integral(x) is None)
                raise ModelFormatError(
                    self.source, f"metadata '{key}' holds {bad!r}; per-layer values must be integers"
                )
            ints = [n for n in nums if n is not None]
            if not ints:
                if default is None:
                    raise ModelFormatError(self.source, f"metadata '{key}' holds no positive per-layer values")
                return default
            if len(set(ints)) > 1 and notes is not None:
                notes.append(f"{key} varies by layer ({min(ints)}–{max(ints)}); the largest value is used")
            return max(ints)
        n = _integral(v) if _number(v) else None
        if n is None or n < 0:
            raise ModelFormatError(self.source, f"metadata '{key}' must be a non-negative integer, not {_show(v)}")
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
            f"this is part of a {count}-part split GGUF, but its name does not "
            "follow the '<name>-0000N-of-0000M.gguf' pattern, so the other "
            "parts cannot be found",
        )
    parts = [path.with_name(f"{m.group(1)}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]
    missing = [p.name for p in parts if not is_file(p)]
    if missing:
        raise ModelFormatError(
            str(path),
            f"split GGUF: {len(missing)} of {count} parts are missing (e.g. "
            f"'{missing[0]}'); all parts are needed to size the model",
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
        raise ModelFormatError(src, f"metadata 'split.count' is {split:,}; at most {MAX_SPLIT_PARTS:,} parts are read")
    if split > 1:
        parts = _split_parts(path, split)
        tensors = []
        for i, part in enumerate(parts):
            f, t = _load(part)
            tensors += t
            if i == 0:
                meta = _Meta(f, str(part))
        notes.append(f"split GGUF: read all {split} parts")
    by = {t.name: t for t in tensors}
    if len(by) != len(tensors):
        raise ModelFormatError(src, "the same tensor name appears twice")
    arch_name = meta.text("general.architecture")
    if not arch_name:
        raise ModelFormatError(src, "metadata 'general.architecture' is missing")
    meta.arch = arch_name
    name = meta.text("general.name") or path.stem
    arch = _architecture(meta, by, name, src, notes)
    _cross_check(arch, tensors, notes)

    stored = sum(t.n_bytes for t in tensors)
    embd = by.get("token_embd.weight")
    gpu = stored - (embd.n_bytes if embd else 0)
    if embd is not None and arch.tie_word_embeddings and arch.lm_head:
        gpu += embd.n_bytes
        notes.append(
            "no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, "
            "so the GPU bytes still include it once (the input lookup copy stays in CPU memory)"
        )
    hint = _format_hint(meta, tensors, notes)
    ref = ModelRef(
        path=src, architecture=arch, stored_weight_bytes=stored, stored_gpu_weight_bytes=gpu, format_hint=hint
    )
    return ref, notes


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
            notes.append(f"{label} has no weight-format entry here; sizing uses the exact stored bytes")
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
        f"general.file_type missing; the most common tensor type is {top}"
        + (f", read as file type {hint}" if hint else ", which has no weight-format entry here")
    )
    return hint if hint in quant.formats() else None


def _cross_check(arch: Architecture, tensors: list[_Tensor], notes: list[str]) -> None:
    expected = params.count(arch).total
    stored = sum(t.n_elements for t in tensors)
    if stored == expected:
        return
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
    extra = [t.name for t in tensors if not t.name.startswith("blk.") and t.name not in known]
    more = f"; tensors not modelled: {', '.join(extra[:5])}" if extra else ""
    notes.append(
        f"the file's tensors hold {stored:,} values but the architecture read from its metadata has "
        f"{expected:,} parameters ({stored - expected:+,}){more}; the estimate uses the stored "
        "bytes"
    )


# ------------------------------------------------------------------------------------------ architecture


def _architecture(m: _Meta, by: dict[str, _Tensor], name: str, src: str, notes: list[str]) -> Architecture:
    a = m.arch
    if a.startswith("clip") or a == "mmproj":
        raise ModelFormatError(
            src,
            "this is a vision projector (mmproj) GGUF, not a language model; open the model's main .gguf file",
        )
    if a in _NOT_DECODERS:
        raise ModelFormatError(
            src, f"GGUF architecture '{a}' is not supported here (decoder language models and Mamba are)"
        )
    embd = by.get("token_embd.weight")
    if embd is None or len(embd.ne) != 2:
        raise ModelFormatError(src, "no 2-D token_embd.weight tensor: not a language model GGUF")
    vocab = embd.ne[1]
    n_tokens = m.length("tokenizer.ggml.tokens")
    if n_tokens is not None and n_tokens != vocab:
        notes.append(f"the tokenizer lists {n_tokens:,} tokens; the embedding table has {vocab:,} rows (used)")
    try:
        if a == "mamba":
            return _mamba(m, by, name, src, vocab, notes)
        return _decoder(m, by, name, src, vocab, notes)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ModelFormatError(src, f"metadata gives an inconsistent architecture ({loc}: {err['msg']})") from None


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
        kind="ssm",
        vocab_size=vocab,
        tie_word_embeddings=tied,
        positions=Positions.NONE,
        max_positions=1_048_576,
        ssm=ssm,
        source=src,
    )


def _decoder(m: _Meta, by: dict[str, _Tensor], name: str, src: str, vocab: int, notes: list[str]) -> Architecture:
    a = m.arch
    layers = m.num(f"{a}.block_count")
    if layers > MAX_LAYERS:
        blocks = sorted({int(mt.group(1)) for n in by if (mt := _BLOCK_RE.match(n))})
        have = f"blocks {blocks[0]}–{blocks[-1]}" if blocks else "no blocks"
        raise ModelFormatError(
            src,
            f"metadata '{a}.block_count' is {layers:,} but the file has tensors for {have}; "
            f"at most {MAX_LAYERS:,} layers are supported",
        )
    h = m.num(f"{a}.embedding_length")
    heads = m.num(f"{a}.attention.head_count", notes=notes)
    if not layers or not h or not heads:
        raise ModelFormatError(src, f"{a}.block_count, embedding_length and attention.head_count must be positive")
    kv = m.num(f"{a}.attention.head_count_kv", heads, notes=notes) or heads

    def has(part: str, layer: int = 0) -> bool:
        return f"blk.{layer}.{part}" in by

    def tensor(part: str, layer: int = 0) -> _Tensor | None:
        return by.get(f"blk.{layer}.{part}")

    # attention
    mla: MlaSpec | None = None
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
    else:
        if not m.has(f"{a}.attention.key_length") and h % heads:
            raise ModelFormatError(
                src,
                f"embedding_length {h} is not divisible by attention.head_count "
                f"{heads} and attention.key_length is missing",
            )
        head_dim = m.num(f"{a}.attention.key_length", h // heads)
        value_len = m.num(f"{a}.attention.value_length", head_dim)
        if value_len != head_dim:
            notes.append(
                f"value heads ({value_len}) are narrower or wider than key heads ({head_dim}); the "
                "KV cache is sized with the key width"
            )
    fused = has("attn_qkv.weight")
    if fused:
        q_bias = k_bias = v_bias = has("attn_qkv.bias")
    else:
        q_bias, k_bias, v_bias = has("attn_q.bias"), has("attn_k.bias"), has("attn_v.bias")
    qk_norm: Literal["none", "head", "full"] = "none"
    qn = tensor("attn_q_norm.weight")
    if qn is not None and mla is None and qn.ne:
        qk_norm = "head" if qn.ne[0] == head_dim else "full"
    window = m.num(f"{a}.attention.sliding_window", 0) or None
    global_every = _global_every(m, a, window, layers, notes)

    # norms: the block's own norm layers (q/k norms and MLA latent norms belong to attention)
    norm_re = re.compile(r"^blk\.0\.([a-z0-9_]*norm[a-z0-9_]*)\.weight$")
    skip = {"attn_q_norm", "attn_k_norm", "attn_q_a_norm", "attn_kv_a_norm", "ssm_norm"}
    block_norms = [mt.group(1) for n in by if (mt := norm_re.match(n)) and mt.group(1) not in skip]
    if has("attn_norm.bias"):
        norm = Norm.LAYER
    elif m.has(f"{a}.attention.layer_norm_epsilon") and not m.has(f"{a}.attention.layer_norm_rms_epsilon"):
        norm = Norm.LAYER_NOBIAS
    else:
        norm = Norm.RMS

    # MLP and experts
    moe_layers = [i for i in range(layers) if has("ffn_gate_inp.weight", i)]
    moe_set = set(moe_layers)
    dense = [i for i in range(layers) if i not in moe_set]
    ff = m.num(f"{a}.feed_forward_length", 0, notes=notes)
    inter, gated, mlp_bias = ff, True, False
    if dense:
        up = tensor("ffn_up.weight", dense[0])
        if up is None or len(up.ne) != 2:
            raise ModelFormatError(src, f"no 2-D blk.{dense[0]}.ffn_up.weight tensor for the block's MLP")
        if has("ffn_gate.weight", dense[0]):
            inter, gated = up.ne[1], True
        elif ff and up.ne[1] == 2 * ff:  # gate and up fused in one tensor (Phi-3)
            inter, gated = ff, True
        else:
            inter, gated = up.ne[1], False
        mlp_bias = has("ffn_up.bias", dense[0])
    moe: MoeSpec | None = None
    if moe_layers:
        first = moe_layers[0]
        e_up = tensor("ffn_up_exps.weight", first)
        if e_up is None or len(e_up.ne) != 3:
            raise ModelFormatError(src, f"blk.{first} has a router but no 3-D ffn_up_exps.weight tensor")
        n_exp = m.num(f"{a}.expert_count", e_up.ne[2])
        shared = tensor("ffn_up_shexp.weight", first)
        if shared is not None and len(shared.ne) != 2:
            raise ModelFormatError(src, f"{shared.name} must be 2-D, not {list(shared.ne)}")
        shared_inter = shared.ne[1] if shared is not None else 0
        moe = MoeSpec(
            num_experts=n_exp,
            experts_per_token=m.num(f"{a}.expert_used_count", min(2, n_exp), notes=notes),
            expert_intermediate_size=m.num(f"{a}.expert_feed_forward_length", e_up.ne[1]),
            num_shared_experts=m.num(f"{a}.expert_shared_count", 1) if shared is not None else 0,
            shared_intermediate_size=shared_inter,
            shared_expert_gate=has("ffn_gate_inp_shexp.weight", first),
            router_bias=has("exp_probs_b.bias", first) or has("ffn_gate_inp.bias", first),
            expert_bias=has("ffn_up_exps.bias", first),
            dense_layers=tuple(dense),
        )
        if not dense:
            gated = has("ffn_gate_exps.weight", first)
            inter = inter or moe.expert_intermediate_size
    elif m.num(f"{a}.expert_count", 0):
        notes.append(f"{a}.expert_count is set but no layer has a router tensor; read as a dense model")
    if not inter:
        raise ModelFormatError(src, f"metadata '{a}.feed_forward_length' is missing and no MLP tensor gives it")

    learned = by.get("position_embd.weight")
    alibi = a in ("bloom", "mpt") or m.has(f"{a}.attention.max_alibi_bias")
    positions = Positions.LEARNED if learned else (Positions.ALIBI if alibi else Positions.ROPE)
    ctx = m.num(f"{a}.context_length", 2048, notes=notes)
    parallel = a in _PARALLEL or (a == "gptneox" and bool(m.value(f"{a}.use_parallel_residual")))
    att = AttentionSpec(
        num_heads=heads,
        num_kv_heads=kv,
        head_dim=head_dim,
        q_bias=q_bias,
        k_bias=k_bias,
        v_bias=v_bias,
        o_bias=has("attn_output.bias"),
        qk_norm=qk_norm,
        mla=mla,
        sliding_window=window,
        global_every=global_every,
    )
    stack = StackSpec(
        num_layers=layers,
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(intermediate_size=inter, gated=gated, activation="silu" if gated else "gelu", bias=mlp_bias),
        moe=moe,
        norm=norm,
        norms_per_layer=min(len(block_norms), 6),
        parallel_block=parallel,
        final_norm="output_norm.weight" in by,
    )
    return Architecture(
        name=name,
        family=a,
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


_DEFAULT_PATTERN = {"gemma2": 2, "gemma3": 6, "cohere2": 4}


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
            notes.append("the sliding-window layer pattern is not periodic; approximated by its first period")
        return period
    if a in _DEFAULT_PATTERN:
        return _DEFAULT_PATTERN[a]
    notes.append(f"sliding window {window} with no layer pattern in the metadata; assumed on every layer")
    return 0
