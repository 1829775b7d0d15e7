"""Safetensors checkpoints (a file, a sharded index, or a folder) → `ModelRef`, from the headers alone.

A safetensors file starts with an 8-byte little-endian header length N and N bytes of JSON naming every
tensor's dtype, shape and byte span (`data_offsets`) in the data section that follows. Only that header is
read, with a bounded read: a header length over `MAX_HEADER_BYTES` or past the end of the file is refused
before anything is allocated, and no tensor data is ever read.

The architecture comes from a `config.json` beside the weights when there is one (and the stored tensors'
element count is checked against its parameter count); otherwise a Llama-style architecture is inferred
from the tensor names and shapes, and every assumption is listed in the notes.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from core import params, safe_json
from core.architecture import MAX_LAYERS, Architecture, AttentionSpec, MlpSpec, MoeSpec, Norm, StackSpec
from core.errors import ModelFormatError
from core.importers import checkpoint_check, hf_config, hf_quant
from core.messages import Message
from core.reasons import location, validation_problem
from core.safe_file import is_broken_link, is_file, read_text, regular_size
from core.scenario import ModelRef

# Caps sized to real checkpoints, checked before any JSON is parsed. The largest published models have under
# 100,000 tensors in all (DeepSeek-V3: 91,991 across 163 shards, a few hundred KB of header each), so one header
# holding them all would be ~10-20 MB. The format's own reader allows 100 MB, but parsing that much JSON takes
# seconds and over a GB here, so this reader stops at a quarter of it.
MAX_HEADER_BYTES = 25_000_000
MAX_TENSORS = 100_000  # per header, and per index weight_map
MAX_INDEX_BYTES = 16 * 1024 * 1024  # DeepSeek-V3's index is 9 MB
MAX_NAME_BYTES = 255  # a shard's file name (the usual file-system limit)
MAX_TOTAL_BYTES = 10**15  # an index's total_size: 1 PB (the largest published checkpoints are ~1.5 TB)

# bits per element of every dtype the safetensors format defines (safetensors 0.8)
DTYPE_BITS: dict[str, int] = {
    "BOOL": 8,
    "F4": 4,
    "F6_E2M3": 6,
    "F6_E3M2": 6,
    "U8": 8,
    "I8": 8,
    "F8_E5M2": 8,
    "F8_E4M3": 8,
    "F8_E8M0": 8,
    "F8_E4M3FNUZ": 8,
    "F8_E5M2FNUZ": 8,
    "I16": 16,
    "U16": 16,
    "F16": 16,
    "BF16": 16,
    "I32": 32,
    "U32": 32,
    "F32": 32,
    "C64": 64,
    "F64": 64,
    "I64": 64,
    "U64": 64,
}
# dtype of the 2-D tensors → weight-format id (resources/quant/formats.json)
_DTYPE_FORMAT = {
    "BF16": "bf16",
    "F16": "fp16",
    "F32": "fp32",
    "F8_E4M3": "fp8",
    "F8_E5M2": "fp8",
    "F8_E4M3FNUZ": "fp8",
    "F8_E5M2FNUZ": "fp8",
}
_TORCH_DTYPE_FORMAT = {
    "bfloat16": "bf16",
    "float16": "fp16",
    "float32": "fp32",
    "half": "fp16",
    "float": "fp32",
}
_PUBLISHED = {"BF16": "bfloat16", "F16": "float16", "F32": "float32"}
_SHARD_RE = re.compile(r".*-\d+-of-\d+\.safetensors$")


@dataclass(frozen=True)
class Tensor:
    """One tensor as a safetensors header describes it (offsets are relative to the data section)."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    begin: int
    end: int

    @property
    def nbytes(self) -> int:
        return self.end - self.begin

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


@dataclass(frozen=True)
class Header:
    path: Path
    tensors: tuple[Tensor, ...]
    metadata: dict[str, str]

    @property
    def nbytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)


@dataclass(frozen=True)
class Index:
    path: Path
    weight_map: dict[str, str]
    total_size: int | None


# ----------------------------------------------------------------------------------------------- reading


def read_header(path: Path) -> Header:
    """The validated header of one .safetensors file (bounded read; tensor data is never touched)."""
    src = str(path)
    size = regular_size(path, src)
    try:
        with path.open("rb") as f:
            head = f.read(8)
            if len(head) < 8:
                raise ModelFormatError(
                    src,
                    Message(
                        "safetensors.short",
                        "only {n} bytes: too short for a safetensors header (8-byte length followed by JSON); the "
                        "file is truncated or not safetensors",
                        n=size,
                    ),
                )
            n = int.from_bytes(head, "little")
            if n > MAX_HEADER_BYTES:
                raise ModelFormatError(
                    src,
                    Message(
                        "safetensors.header_limit",
                        "header length field declares {n:,} bytes, over the {limit:,}-byte limit; refused (corrupt "
                        "or not a safetensors file)",
                        n=n,
                        limit=MAX_HEADER_BYTES,
                    ),
                )
            if n > size - 8:
                raise ModelFormatError(
                    src,
                    Message(
                        "safetensors.header_past_end",
                        "header length {n:,} bytes is larger than the file ({size:,} bytes): the file is truncated "
                        "or not a safetensors file",
                        n=n,
                        size=size,
                    ),
                )
            if n < 2:
                raise ModelFormatError(
                    src,
                    Message("safetensors.header_small", "header length {n} is too small to hold a JSON object", n=n),
                )
            raw = f.read(n)
    except OSError as exc:
        raise ModelFormatError(
            src, Message("gguf.unreadable", "cannot read the file ({reason})", reason=str(exc.strerror or exc))
        ) from None
    if len(raw) != n:
        raise ModelFormatError(
            src,
            Message(
                "safetensors.header_truncated", "header is truncated: read {got:,} of {n:,} bytes", got=len(raw), n=n
            ),
        )
    _count_tensors(raw, src)
    tensors, metadata = parse_header(raw, src, data_size=size - 8 - n)
    return Header(path=path, tensors=tensors, metadata=metadata)


def _count_tensors(raw: bytes, source: str) -> None:
    """Refuse a header declaring more than MAX_TENSORS tensors before it is parsed (each entry has one
    "data_offsets" key, so counting that string is an upper bound found at memchr speed)."""
    n = raw.count(b'"data_offsets"')
    if n > MAX_TENSORS:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.too_many",
                "header declares {n:,} tensors; at most {limit:,} are read (real checkpoints have far fewer)",
                n=n,
                limit=MAX_TENSORS,
            ),
        )


def parse_header(raw: bytes, source: str, data_size: int | None = None) -> tuple[tuple[Tensor, ...], dict[str, str]]:
    """Tensors and `__metadata__` of a header's JSON; `data_size` (bytes after the header) bounds the
    spans."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelFormatError(
            source,
            Message("safetensors.not_utf8", "header is not UTF-8 text (bad byte at offset {at})", at=exc.start),
        ) from None
    if not text.lstrip().startswith("{"):
        raise ModelFormatError(
            source,
            Message(
                "safetensors.not_object_start",
                "header is not a JSON object (it must start with '{{'); not a safetensors file",
            ),
        )
    _count_tensors(raw, source)
    data = safe_json.loads(text, source, Message("safetensors.header", "header"))
    if not isinstance(data, dict):
        raise ModelFormatError(source, Message("safetensors.not_object", "header is not a JSON object"))
    metadata: dict[str, str] = {}
    meta = data.pop("__metadata__", None)
    if meta is not None:
        if not isinstance(meta, dict):
            raise ModelFormatError(
                source, Message("safetensors.metadata", "header '__metadata__' must be an object of strings")
            )
        metadata = {str(k): v if isinstance(v, str) else "" for k, v in meta.items()}
    tensors = tuple(tensor_entry(name, entry, source, data_size) for name, entry in data.items())
    _check_overlaps(tensors, source)
    return tensors, metadata


def tensor_entry(name: str, entry: Any, source: str, data_size: int | None = None) -> Tensor:
    """Validate one header entry {dtype, shape, data_offsets}: the span must match dtype × shape and lie
    inside the data section (when its size is known)."""

    def where() -> Message:  # made only for a refusal: a header may list 100,000 tensors
        return Message("safetensors.tensor", "tensor '{name}'", name=name)

    if not isinstance(entry, Mapping):
        raise ModelFormatError(
            source,
            Message(
                "safetensors.entry",
                "{where}: header entry must be an object with dtype, shape, data_offsets",
                where=where(),
            ),
        )
    dtype = entry.get("dtype")
    if not isinstance(dtype, str) or dtype not in DTYPE_BITS:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.dtype",
                "{where}: unknown dtype {dtype} (safetensors dtypes: {known})",
                where=where(),
                dtype=repr(dtype),
                known=", ".join(DTYPE_BITS),
            ),
        )
    shape = entry.get("shape")
    if (
        not isinstance(shape, list)
        or len(shape) > 16
        or not all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape)
    ):
        raise ModelFormatError(
            source,
            Message(
                "safetensors.shape",
                "{where}: shape must be a list of at most 16 non-negative integers, not {value}",
                where=where(),
                value=_short(shape),
            ),
        )
    offsets = entry.get("data_offsets")
    if (
        not isinstance(offsets, list)
        or len(offsets) != 2
        or not all(isinstance(o, int) and not isinstance(o, bool) for o in offsets)
    ):
        raise ModelFormatError(
            source,
            Message(
                "safetensors.offsets",
                "{where}: data_offsets must be [begin, end] integers, not {value}",
                where=where(),
                value=_short(offsets),
            ),
        )
    begin, end = offsets
    if begin < 0 or end < begin:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.offsets_order",
                "{where}: data_offsets [{begin}, {end}] are not an increasing byte span",
                where=where(),
                begin=begin,
                end=end,
            ),
        )
    numel = math.prod(shape)
    bits = numel * DTYPE_BITS[dtype]
    if bits % 8:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.partial_bytes",
                "{where}: {n:,} {dtype} values do not fill whole bytes",
                where=where(),
                n=numel,
                dtype=dtype,
            ),
        )
    need = bits // 8
    if end - begin != need:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.span",
                "{where}: data_offsets [{begin:,}, {end:,}] span {span:,} bytes but {dtype} {shape} needs {need:,} "
                "bytes",
                where=where(),
                begin=begin,
                end=end,
                span=end - begin,
                dtype=dtype,
                shape=str(list(shape)),
                need=need,
            ),
        )
    if data_size is not None and end > data_size:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.past_data",
                "{where} ends at byte {end:,} of the data section, but only {size:,} bytes follow the header: the file "
                "is truncated",
                where=where(),
                end=end,
                size=data_size,
            ),
        )
    return Tensor(name=name, dtype=dtype, shape=tuple(shape), begin=begin, end=end)


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_overlaps(tensors: Sequence[Tensor], source: str) -> None:
    spans = sorted((t for t in tensors if t.nbytes), key=lambda t: t.begin)
    for a, b in itertools.pairwise(spans):
        if b.begin < a.end:
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.overlap", "tensors '{a}' and '{b}' overlap in the data section", a=a.name, b=b.name
                ),
            )


def read_index(path: Path) -> Index:
    """`weight_map` and `metadata.total_size` of a model.safetensors.index.json."""
    src = str(path)
    text = read_text(path, MAX_INDEX_BYTES, Message("safetensors.an_index", "a safetensors index"), src)
    data = safe_json.loads(text, src, "JSON")
    if not isinstance(data, dict):
        raise ModelFormatError(src, Message("safetensors.index_object", "a safetensors index must hold a JSON object"))
    weight_map = data.get("weight_map")
    if not isinstance(weight_map, dict) or not all(isinstance(v, str) for v in weight_map.values()):
        raise ModelFormatError(
            src,
            Message(
                "safetensors.weight_map", "'weight_map' must be an object mapping tensor names to shard file names"
            ),
        )
    if len(weight_map) > MAX_TENSORS:
        raise ModelFormatError(
            src,
            Message(
                "safetensors.weight_map_size",
                "'weight_map' lists {n:,} tensors; at most {limit:,} are read",
                n=len(weight_map),
                limit=MAX_TENSORS,
            ),
        )
    for shard in set(weight_map.values()):
        if not shard or Path(shard).name != shard or shard in (".", "..") or "\0" in shard:
            raise ModelFormatError(
                src,
                Message(
                    "safetensors.shard_name",
                    "weight_map names '{name}', which is not a file name in this folder",
                    name=_short(shard),
                ),
            )
        if len(shard.encode("utf-8")) > MAX_NAME_BYTES:
            raise ModelFormatError(
                src,
                Message(
                    "safetensors.shard_long",
                    "weight_map names a shard '{name}…' ({n:,} bytes) that is not a valid file name (at most "
                    "{limit} bytes)",
                    name=shard[:40],
                    n=len(shard.encode("utf-8")),
                    limit=MAX_NAME_BYTES,
                ),
            )
    meta = data.get("metadata")
    total: int | None = None
    if isinstance(meta, dict) and meta.get("total_size") is not None:
        value = meta["total_size"]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
            or int(value) != value
        ):
            raise ModelFormatError(
                src,
                Message(
                    "safetensors.total_size",
                    "metadata.total_size must be a non-negative integer, not {value}",
                    value=_short(value),
                ),
            )
        total = int(value)
        if total > MAX_TOTAL_BYTES:
            raise ModelFormatError(
                src,
                Message(
                    "safetensors.total_size_range",
                    "metadata.total_size {n:,} bytes is out of range (at most {limit:,})",
                    n=total,
                    limit=MAX_TOTAL_BYTES,
                ),
            )
    return Index(path=path, weight_map={str(k): v for k, v in weight_map.items()}, total_size=total)


def index_contents(index: Index) -> tuple[list[Tensor] | None, int | None, list[str]]:
    """(tensors of every shard, or None unless all shards are here; stored bytes; notes) for an index."""
    folder = index.path.parent
    notes: list[str] = []
    shards = sorted(set(index.weight_map.values()))
    present = [s for s in shards if is_file(folder / s)]
    broken = [s for s in shards if is_broken_link(folder / s)]
    if broken:
        notes.append(
            Message(
                "safetensors.broken_links",
                "{n} shard(s) are links to files that do not exist (an incomplete download?), e.g. {shard} → {target}",
                n=len(broken),
                shard=broken[0],
                target=_link_target(folder / broken[0]),
            )
        )
    if shards and len(present) == len(shards):
        headers = [read_header(folder / s) for s in shards]
        tensors = [t for h in headers for t in h.tensors]
        stored = sum(h.nbytes for h in headers)
        names = {t.name for t in tensors}
        missing = [n for n in index.weight_map if n not in names]
        if missing:
            notes.append(
                Message(
                    "safetensors.unlisted",
                    "{n} tensors listed in the index are in no shard header (e.g. '{tensor}')",
                    n=len(missing),
                    tensor=missing[0],
                )
            )
        if index.total_size is not None and index.total_size != stored:
            notes.append(
                Message(
                    "safetensors.total_size",
                    "the index's metadata.total_size says {total:,} bytes; the shard headers add up to {stored:,} "
                    "bytes (used)",
                    total=index.total_size,
                    stored=stored,
                )
            )
        return tensors, stored, notes
    if not shards:
        notes.append(Message("safetensors.empty_index", "the index's weight_map lists no tensors"))
        return None, index.total_size, notes
    if index.total_size is None:
        notes.append(
            Message(
                "safetensors.shards_missing_unknown",
                "{missing} of {shards} shards are not here and the index has no metadata.total_size: stored size "
                "unknown",
                missing=len(shards) - len(present),
                shards=len(shards),
            )
        )
        return None, None, notes
    notes.append(
        Message(
            "safetensors.shards_missing",
            "{missing} of {shards} shards are not here; stored size {total:,} bytes taken from the index's "
            "metadata.total_size",
            missing=len(shards) - len(present),
            shards=len(shards),
            total=index.total_size,
        )
    )
    return None, index.total_size, notes


# ---------------------------------------------------------------------------------------- file selection


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _glob(folder: Path, pattern: str) -> list[Path]:
    try:
        return sorted(folder.glob(pattern))
    except OSError as exc:
        raise ModelFormatError(
            str(folder),
            Message("safetensors.list_folder", "cannot list the folder ({reason})", reason=str(exc.strerror or exc)),
        ) from None


def _folder_index(folder: Path) -> Path | None:
    main = folder / "model.safetensors.index.json"
    if is_file(main):
        return main
    found = [p for p in _glob(folder, "*.safetensors.index.json") if is_file(p)]
    return found[0] if found else None


def _folder_files(folder: Path, notes: list[str]) -> list[Path]:
    candidates = _glob(folder, "*.safetensors")
    files = [p for p in candidates if is_file(p)]
    broken = [p for p in candidates if is_broken_link(p)]
    if broken:
        p = broken[0]
        raise ModelFormatError(
            str(p),
            Message(
                "import.broken_link",
                "links to {target}, which does not exist: an incomplete download?",
                target=_link_target(p),
            ),
        )
    if not files:
        return []
    if (folder / "model.safetensors") in files:
        chosen = [folder / "model.safetensors"]
    else:
        shards = [p for p in files if _SHARD_RE.match(p.name)]
        chosen = shards or files
    ignored = [p.name for p in files if p not in chosen]
    if ignored:
        notes.append(
            Message(
                "safetensors.ignored",
                "ignored {files} (a second copy or adapter beside the main weights)",
                files=", ".join(ignored),
            )
        )
    if len(chosen) > 1 and not all(_SHARD_RE.match(p.name) for p in chosen):
        notes.append(
            Message("safetensors.no_index", "no index: summed all {n} .safetensors files in the folder", n=len(chosen))
        )
    return chosen


def _gather(path: Path) -> tuple[Path, list[Tensor] | None, int | None, list[str]]:
    """(folder, tensors or None, stored bytes, notes) for a file, an index or a folder."""
    notes: list[str] = []
    try:
        is_dir = path.is_dir()
    except (OSError, ValueError):
        is_dir = False
    if is_dir:
        index = _folder_index(path)
        if index is not None:
            tensors, stored, more = index_contents(read_index(index))
            return path, tensors, stored, more
        files = _folder_files(path, notes)
        if not files:
            raise ModelFormatError(str(path), Message("safetensors.empty_folder", "folder holds no .safetensors files"))
        headers = [read_header(p) for p in files]
        return path, [t for h in headers for t in h.tensors], sum(h.nbytes for h in headers), notes
    regular_size(path)  # refuses devices, pipes, broken links and unreadable names, by name
    if path.name.endswith(".index.json"):
        tensors, stored, more = index_contents(read_index(path))
        return path.parent, tensors, stored, more
    if path.name.lower().endswith(".safetensors"):
        header = read_header(path)
        return path.parent, list(header.tensors), header.nbytes, notes
    raise ModelFormatError(
        str(path),
        Message("safetensors.not_safetensors", "not a .safetensors file, a safetensors index.json or a folder"),
    )


def folder_tensors(folder: Path) -> tuple[list[Tensor] | None, int | None, list[str]] | None:
    """(every shard's tensors, or None when a shard is missing; stored bytes; notes) of a model folder; None when
    it holds no safetensors weights."""
    folder = Path(folder)
    if _folder_index(folder) is None and not _glob(folder, "*.safetensors"):
        return None
    _, tensors, stored, notes = _gather(folder)
    return tensors, stored, notes


def stored_bytes(folder: Path) -> int | None:
    """Total bytes of the safetensors weights in `folder` (index total_size or shard headers); None if there
    are none."""
    folder = Path(folder)
    if _folder_index(folder) is None and not _glob(folder, "*.safetensors"):
        return None
    return _gather(folder)[2]


# ---------------------------------------------------------------------------------------------- building


def resolve(path: Path, *, name: str | None = None) -> tuple[ModelRef, list[str]]:
    """A .safetensors file, a model.safetensors.index.json, or a folder of them → (ModelRef, notes)."""
    path = Path(path)
    folder, tensors, stored, notes = _gather(path)
    config_path = folder / "config.json"
    config: dict[str, Any] | None = None
    if is_file(config_path) or is_broken_link(config_path):
        config = read_config(config_path)
    label = name or (folder.name.replace("__", "/") if folder.name else path.stem)
    return build(
        source=str(path),
        tensors=tensors,
        stored=stored,
        config=config,
        config_source=str(config_path),
        name=label,
        notes=notes,
        path=str(path),
    )


def read_config(path: Path) -> dict[str, Any]:
    """A config.json as a dict: bounded read of a regular file, bounded JSON (depth, NaN, huge integers)."""
    src = str(path)
    text = read_text(path, hf_config.MAX_CONFIG_BYTES, Message("safetensors.a_config", "a config.json"), src)
    data = safe_json.loads(text, src, "config.json")
    if not isinstance(data, dict):
        raise ModelFormatError(src, Message("import.config_not_object", "a config.json must hold a JSON object"))
    return data


def build(
    *,
    source: str,
    tensors: Sequence[Tensor] | None,
    stored: int | None,
    config: Mapping[str, Any] | None,
    config_source: str,
    name: str,
    notes: list[str],
    path: str | None,
) -> tuple[ModelRef, list[str]]:
    """Combine what is known (tensors from headers, stored bytes, a parsed config.json) into a ModelRef."""
    notes = list(notes)
    quant_id: str | None = None
    quantized = False
    keep: tuple[str, ...] = ()
    if config is not None:
        try:
            imported = hf_config.from_dict(config, config_source, name)
        except ValidationError as exc:
            raise ModelFormatError(config_source, _validation_words(exc)) from None
        arch = imported.architecture
        notes.extend(imported.notes)
        # hf_quant (through from_dict) is the one reader of quantization_config; what it could not read or only
        # approximated is already in the architecture's unverified list
        quantized = hf_quant.declared(config) is not None
        quant_id = imported.format_hint
        keep = imported.keep_16bit
        if tensors is not None:
            check = checkpoint_check.compare(arch, tensors, config, quant_id if quantized else None, keep)
            notes.extend(check.notes)
            if check.warnings:
                arch = arch.model_copy(update={"unverified": (*arch.unverified, *check.warnings)})
    elif tensors is not None:
        arch = infer_architecture(tensors, name, source, notes)
    else:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.no_shards",
                "the shards are not here and there is no config.json beside the index: cannot tell the architecture "
                "(put the model's config.json next to it)",
            ),
        )
    hint = quant_id
    if hint is None and not quantized:
        if tensors is not None:
            hint = _dtype_hint(tensors, notes)
        elif config is not None:
            hint = _torch_dtype_hint(config, arch, stored, notes)
    ref = ModelRef(path=path, architecture=arch, stored_weight_bytes=stored, format_hint=hint, keep_16bit=keep)
    return ref, notes


def _validation_words(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return Message(
        "safetensors.invalid_architecture",
        "gives an invalid architecture ({loc}: {problem})",
        loc=location(err),
        problem=validation_problem(err),
    )


def _dtype_hint(tensors: Sequence[Tensor], notes: list[str]) -> str | None:
    big = Counter(t.dtype for t in tensors if len(t.shape) >= 2)
    if not big:
        return None
    if len(big) == 1:
        dtype = next(iter(big))
        hint = _DTYPE_FORMAT.get(dtype)
        if hint is None:
            notes.append(
                Message(
                    "safetensors.dtype_unknown",
                    "the 2-D tensors are {dtype} without a quantization_config; weight format not inferred",
                    dtype=dtype,
                )
            )
        return hint
    mix = ", ".join(f"{d}: {n}" for d, n in big.most_common())
    notes.append(
        Message("safetensors.dtype_mix", "the 2-D tensors mix dtypes ({mix}); weight format not inferred", mix=mix)
    )
    return None


def _torch_dtype_hint(
    config: Mapping[str, Any], arch: Architecture, stored: int | None, notes: list[str]
) -> str | None:
    """Without shard headers: the config's torch_dtype, if the stored size agrees with it."""
    hint = _TORCH_DTYPE_FORMAT.get(str(config.get("torch_dtype") or config.get("dtype") or "").lower())
    if hint is None or stored is None:
        return None
    total = params.count(arch).total
    per = {"fp32": 4, "bf16": 2, "fp16": 2}[hint]
    if total and abs(stored - total * per) <= 0.02 * total * per:
        return hint
    notes.append(
        Message(
            "safetensors.size_vs_dtype",
            "stored size {stored:,} bytes does not match {total:,} parameters in the config's {format}; weight format "
            "not inferred",
            stored=stored,
            total=total,
            format=hint,
        )
    )
    return None


# -------------------------------------------------------------------------- inference without config.json

_HEAD_DIMS = (128, 64, 256, 96, 80, 160, 112, 192, 32)


def infer_architecture(tensors: Iterable[Tensor], name: str, source: str, notes: list[str]) -> Architecture:
    """A Llama-style decoder from Hugging Face tensor names and shapes (no config.json)."""
    by = {t.name: t for t in tensors}
    embed = next((n for n in sorted(by) if n.endswith("embed_tokens.weight")), None)
    if embed is None or len(by[embed].shape) != 2:
        sample = ", ".join(f"'{n}'" for n in sorted(by)[:3]) or Message("safetensors.no_tensors", "none")
        raise ModelFormatError(
            source,
            Message(
                "safetensors.not_llama_names",
                "no config.json beside the weights, and the tensor names are not Llama-style (no "
                "'*embed_tokens.weight'; first tensors: {sample}); put the model's config.json next to it",
                sample=sample,
            ),
        )
    prefix = embed[: -len("embed_tokens.weight")]
    vocab, h = by[embed].shape
    layer_re = re.compile(re.escape(prefix) + r"layers\.(\d{1,9})\.")
    named: dict[int, str] = {}
    for n in by:
        if m := layer_re.match(n):
            named.setdefault(int(m.group(1)), n)
    layers = sorted(named)
    if not layers:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.no_layers",
                "no '{prefix}layers.N.*' tensors: cannot infer the layer stack without a config.json",
                prefix=prefix,
            ),
        )
    if layers[-1] >= MAX_LAYERS:
        raise ModelFormatError(
            source,
            Message(
                "safetensors.layer_index",
                "tensor {name} names layer {layer:,} but the file has tensors for {n:,} layer(s); at most {limit:,} "
                "layers are supported",
                name=named[layers[-1]],
                layer=layers[-1],
                n=len(layers),
                limit=MAX_LAYERS,
            ),
        )
    n_layers = layers[-1] + 1
    if len(layers) != n_layers:
        notes.append(
            Message(
                "safetensors.layer_gaps",
                "layer indices are not contiguous ({n} layers up to {last}); assumed {layers} layers",
                n=len(layers),
                last=layers[-1],
                layers=n_layers,
            )
        )

    def get(layer: int, rel: str) -> Tensor | None:
        return by.get(f"{prefix}layers.{layer}.{rel}")

    def need(layer: int, rel: str) -> Tensor:
        t = get(layer, rel)
        if t is None:
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.no_llama_tensor",
                    "no '{name}': not a Llama-style checkpoint; put the model's config.json next to it",
                    name=f"{prefix}layers.{layer}.{rel}",
                ),
            )
        return t

    q, k, v = (need(0, f"self_attn.{p}_proj.weight") for p in "qkv")
    o = need(0, "self_attn.o_proj.weight")
    for t in (q, k, v, o):
        if len(t.shape) != 2 or 0 in t.shape:
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.attention_shape",
                    "{name} has shape {shape}: attention projections must be 2-D and non-empty, so the attention "
                    "heads cannot be inferred",
                    name=t.name,
                    shape=str(list(t.shape)),
                ),
            )
    q_out, k_out, v_out = q.shape[0], k.shape[0], v.shape[0]
    if k_out != v_out:
        notes.append(
            Message(
                "safetensors.kv_widths",
                "k_proj ({k}) and v_proj ({v}) widths differ; the KV cache uses the k width",
                k=k_out,
                v=v_out,
            )
        )
    qk_norm: Literal["none", "head", "full"] = "none"
    head_dim = 0
    qn = get(0, "self_attn.q_norm.weight")
    if qn is not None and len(qn.shape) == 1 and qn.shape[0] > 0:
        if qn.shape[0] < q_out and q_out % qn.shape[0] == 0 and k_out % qn.shape[0] == 0:
            head_dim, qk_norm = qn.shape[0], "head"
        elif qn.shape[0] == q_out:
            qk_norm = "full"
    if not head_dim:
        head_dim = next((d for d in _HEAD_DIMS if q_out % d == 0 and k_out % d == 0), math.gcd(q_out, k_out))
        notes.append(
            Message(
                "safetensors.head_dim",
                "head_dim is not stored in the tensors; assumed {head_dim} (q_proj width {q} → {heads} heads, k_proj "
                "width {k} → {kv} KV heads)",
                head_dim=head_dim,
                q=q_out,
                heads=q_out // head_dim,
                k=k_out,
                kv=k_out // head_dim,
            )
        )
    heads, kv_heads = q_out // head_dim, k_out // head_dim
    if heads % kv_heads:
        kv_heads = heads
        notes.append(
            Message(
                "safetensors.head_groups",
                "the head split does not give whole query groups; assumed one KV head per query head",
            )
        )

    def bias(rel: str) -> bool:
        return get(0, rel) is not None

    # MLP, dense or mixture-of-experts (Qwen-MoE 'mlp.experts.N.*_proj',
    # Mixtral 'block_sparse_moe.experts.N.w1-3')
    expert_re = re.compile(re.escape(prefix) + r"layers\.(\d{1,9})\.(mlp|block_sparse_moe)\.experts\.(\d{1,9})\.")
    experts: dict[int, set[int]] = {}
    moe_kind = ""
    for n in by:
        if m := expert_re.match(n):
            experts.setdefault(int(m.group(1)), set()).add(int(m.group(3)))
            moe_kind = m.group(2)
    moe: MoeSpec | None = None
    dense = [i for i in range(n_layers) if i not in experts]
    inter = 0
    gated = True
    mlp_bias = False

    def matrix(t: Tensor, what: str) -> Tensor:
        if len(t.shape) != 2 or 0 in t.shape:
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.matrix_shape",
                    "{name} has shape {shape}; {what} must be 2-D and non-empty",
                    name=t.name,
                    shape=str(list(t.shape)),
                    what=what,
                ),
            )
        return t

    if dense:
        up = matrix(need(dense[0], "mlp.up_proj.weight"), Message("safetensors.mlp_up", "an MLP's up_proj"))
        need(dense[0], "mlp.down_proj.weight")
        inter = up.shape[0]
        gated = get(dense[0], "mlp.gate_proj.weight") is not None
        mlp_bias = get(dense[0], "mlp.up_proj.bias") is not None
    if experts:
        first = min(experts)
        n_exp = max(experts[first]) + 1
        if n_exp > 100_000:
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.experts",
                    "layer {layer} names expert {n:,}; at most 100,000 are supported",
                    layer=first,
                    n=n_exp - 1,
                ),
            )
        if moe_kind == "block_sparse_moe":
            e_up = need(first, "block_sparse_moe.experts.0.w3.weight")
            gated = get(first, "block_sparse_moe.experts.0.w1.weight") is not None
        else:
            e_up = need(first, "mlp.experts.0.up_proj.weight")
            gated = get(first, "mlp.experts.0.gate_proj.weight") is not None
        matrix(e_up, Message("safetensors.expert_up", "an expert's up_proj"))
        shared = get(first, "mlp.shared_expert.up_proj.weight")
        if shared is not None:
            matrix(shared, Message("safetensors.shared_up", "the shared expert's up_proj"))
        per_token = min(2, n_exp)
        notes.append(
            Message(
                "safetensors.experts_per_token",
                "{n} experts found; experts used per token is not stored in the tensors, assumed {k}",
                n=n_exp,
                k=per_token,
            )
        )
        try:
            moe = MoeSpec(
                num_experts=n_exp,
                experts_per_token=per_token,
                expert_intermediate_size=e_up.shape[0],
                num_shared_experts=1 if shared is not None else 0,
                shared_intermediate_size=shared.shape[0] if shared is not None else 0,
                shared_expert_gate=get(first, "mlp.shared_expert_gate.weight") is not None,
                dense_layers=tuple(dense),
            )
        except ValidationError as exc:
            err = exc.errors()[0]
            raise ModelFormatError(
                source,
                Message(
                    "safetensors.invalid_moe",
                    "the experts of layer {layer} give an invalid MoE block ({field}: {problem})",
                    layer=first,
                    field=err["loc"][0],
                    problem=validation_problem(err, keep_prefix=True),
                ),
            ) from None
        if not inter:
            inter = e_up.shape[0]
    # norms in a block (q_norm / k_norm belong to attention)
    norm_names = [
        n for n in by if n.startswith(f"{prefix}layers.0.") and n.endswith("norm.weight") and ".self_attn." not in n
    ]
    norm_bias = any(n[: -len("weight")] + "bias" in by for n in norm_names)
    norm = Norm.LAYER if norm_bias else Norm.RMS
    final_norm = f"{prefix}norm.weight" in by
    head = next((n for n in by if n.endswith("lm_head.weight")), None)
    tied = head is None
    if tied:
        notes.append(
            Message("safetensors.tied", "no lm_head.weight: the output layer is assumed tied to the embeddings")
        )
    dtypes = Counter(t.dtype for t in by.values() if len(t.shape) >= 2)
    published = _PUBLISHED.get(dtypes.most_common(1)[0][0]) if dtypes else None
    notes.insert(
        0,
        Message(
            "safetensors.inferred_gated",
            "no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, "
            "SiLU-gated MLP, rotary positions, no sliding window); max context not stored, assumed 4096",
            norm="LayerNorm" if norm_bias else "RMSNorm",
        )
        if gated
        else Message(
            "safetensors.inferred_plain",
            "no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, "
            "plain MLP, rotary positions, no sliding window); max context not stored, assumed 4096",
            norm="LayerNorm" if norm_bias else "RMSNorm",
        ),
    )
    try:
        att = AttentionSpec(
            num_heads=heads,
            num_kv_heads=kv_heads,
            head_dim=head_dim,
            q_bias=bias("self_attn.q_proj.bias"),
            k_bias=bias("self_attn.k_proj.bias"),
            v_bias=bias("self_attn.v_proj.bias"),
            o_bias=bias("self_attn.o_proj.bias"),
            qk_norm=qk_norm,
        )
        if o.shape != (h, att.o_width):
            notes.append(
                Message(
                    "safetensors.o_proj",
                    "o_proj shape {shape} is not [{h}, {width}]; counted as a standard o_proj",
                    shape=str(list(o.shape)),
                    h=h,
                    width=att.o_width,
                )
            )
        stack = StackSpec(
            num_layers=n_layers,
            hidden_size=h,
            attention=att,
            mlp=MlpSpec(intermediate_size=inter, gated=gated, bias=mlp_bias),
            moe=moe,
            norm=norm,
            norms_per_layer=min(len(norm_names), 6),
            final_norm=final_norm,
        )
        arch = Architecture(
            name=name,
            family="llama",
            kind="decoder",
            vocab_size=vocab,
            tie_word_embeddings=tied,
            max_positions=4096,
            decoder=stack,
            published_dtype=published,
            source=source,
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ModelFormatError(
            source,
            Message(
                "safetensors.inferred_inconsistent",
                "inferred architecture is inconsistent ({loc}: {problem}); put the model's config.json next to it",
                loc=location(err),
                problem=validation_problem(err, keep_prefix=True),
            ),
        ) from None
    _cross_check_inferred(arch, by.values(), notes)
    return arch


def _cross_check_inferred(arch: Architecture, tensors: Iterable[Tensor], notes: list[str]) -> None:
    tensors = list(tensors)
    expected = params.count(arch).total
    stored = sum(t.numel for t in tensors)
    if stored != expected:
        notes.append(
            Message(
                "safetensors.count_mismatch",
                "the stored tensors hold {stored:,} values but the inferred architecture has {expected:,} parameters "
                "({diff:+,}): some tensors were not recognised; the estimate uses the stored bytes",
                stored=stored,
                expected=expected,
                diff=stored - expected,
            )
        )
