"""Fuzz every reader of user files with mutated seeds and count what happens to each input.

    .venv/bin/python -m bench.fuzz                          # 300 inputs per reader (~30 s on 2 cores)
    .venv/bin/python -m bench.fuzz --inputs 100000 --jobs 2 # the long run (README, Robustness)
    .venv/bin/python -m bench.fuzz --readers gguf --inputs 2000 --tracebacks 10

Readers and their entry points: config.json (`hf_config.load`), GGUF (`gguf_file.resolve`), safetensors header
(`safetensors_file.resolve` on a file), safetensors index (`resolve` on an index.json beside a config.json), Hub
cache (`hub.resolve(..., offline=True)` on a Hugging Face cache folder) and `.sizing` (`project.read`). An accepted
input then goes through the engine (`estimate` of a default scenario, or of the file's own), whose figures must
be finite.

Mutations, from small seeds built here (tiny Llama and MoE models) or copied from resources/ and tests/data: byte
flips, insertions, deletions and truncation; JSON value swaps (NaN, Infinity, huge and negative numbers, strings,
deep nesting, empty containers, deleted and unknown keys); GGUF field mutations (value types and values, counts,
duplicated keys and tensors, tensor shapes, types and names); Hub cache layout damage (missing refs, broken links).
Input i of a reader is derived from (seed, reader, i) alone, so a run is reproducible and any input can be
regenerated (`--show READER:I` writes it out).

Each input runs in a worker process with a 1 GiB peak-RSS budget (an address-space limit stops runaway
allocations) and a 5 s deadline. Outcomes: accepted; refused (a SizingError, the project's clean refusal; "vague"
counts refusals that only wrap an internal error); crash (any other exception, grouped by exception type and the
innermost project frame); hang (past the deadline: the worker is killed); blow-up (MemoryError or peak RSS over
the budget).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import json
import math
import multiprocessing as mp
import os
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
READERS = ("config.json", "gguf", "safetensors header", "safetensors index", "hub cache", ".sizing")
DEADLINE_S = 5.0
RSS_BUDGET = 1 << 30
_VAGUE = re.compile(r"unexpected value \(|could not parse the file \(")

# ------------------------------------------------------------------------------------------------- seeds

H, FF, HEADS, KV, LAYERS, VOCAB = 32, 64, 4, 2, 2, 64


@functools.cache
def _config_seeds() -> list[dict[str, Any]]:
    ids = ["llama-3.1-8b", "qwen3-30b-a3b", "deepseek-v3", "gpt2", "mamba-2.8b", "t5-base", "qwen2-vl-7b-instruct"]
    out = []
    for i in ids:
        doc = json.loads((ROOT / "resources" / "models" / f"{i}.json").read_text(encoding="utf-8"))
        out.append(doc["config"])
    return out


def _tiny_config() -> dict[str, Any]:
    return {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": H,
        "intermediate_size": FF,
        "num_attention_heads": HEADS,
        "num_key_value_heads": KV,
        "num_hidden_layers": LAYERS,
        "vocab_size": VOCAB,
        "max_position_embeddings": 4096,
        "rms_norm_eps": 1e-5,
        "tie_word_embeddings": False,
        "torch_dtype": "bfloat16",
    }


def _hf_tensors() -> list[tuple[str, list[int]]]:
    hd = H // HEADS
    t = [("model.embed_tokens.weight", [VOCAB, H]), ("model.norm.weight", [H]), ("lm_head.weight", [VOCAB, H])]
    for i in range(LAYERS):
        p = f"model.layers.{i}."
        t += [
            (p + "input_layernorm.weight", [H]),
            (p + "post_attention_layernorm.weight", [H]),
            (p + "self_attn.q_proj.weight", [HEADS * hd, H]),
            (p + "self_attn.k_proj.weight", [KV * hd, H]),
            (p + "self_attn.v_proj.weight", [KV * hd, H]),
            (p + "self_attn.o_proj.weight", [H, HEADS * hd]),
            (p + "mlp.gate_proj.weight", [FF, H]),
            (p + "mlp.up_proj.weight", [FF, H]),
            (p + "mlp.down_proj.weight", [H, FF]),
        ]
    return t


def _st_header(tensors: list[tuple[str, list[int]]]) -> dict[str, Any]:
    header: dict[str, Any] = {"__metadata__": {"format": "pt"}}
    pos = 0
    for name, shape in tensors:
        n = math.prod(shape) * 2
        header[name] = {"dtype": "BF16", "shape": shape, "data_offsets": [pos, pos + n]}
        pos += n
    return header


def _st_bytes(header: dict[str, Any], data_size: int | None = None) -> bytes:
    raw = json.dumps(header, separators=(",", ":")).encode()
    if data_size is None:
        data_size = max((v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"), default=0)
    return struct.pack("<Q", len(raw)) + raw + bytes(max(0, min(int(data_size), 1 << 22)))


def _index(tensors: list[tuple[str, list[int]]]) -> dict[str, Any]:
    total = sum(math.prod(s) * 2 for _, s in tensors)
    half = len(tensors) // 2
    wm = {n: f"model-0000{1 + (i >= half)}-of-00002.safetensors" for i, (n, _) in enumerate(tensors)}
    return {"metadata": {"total_size": total}, "weight_map": wm}


# GGUF, written here so that every field can be mutated (GGUFWriter refuses many of the broken forms)
U8, I8, U16, I16, U32, I32, F32, BOOL, STR, ARR, U64, I64, F64 = range(13)
_FMT = {U8: "B", I8: "b", U16: "H", I16: "h", U32: "I", I32: "i", F32: "f", BOOL: "?", U64: "Q", I64: "q", F64: "d"}
GGML_F32, GGML_F16 = 0, 1


@dataclass
class Gguf:
    kvs: list[list[Any]]  # [key, vtype, value] (arrays: value = (itype, list))
    tensors: list[list[Any]]  # [name, dims (ne order), ggml type]
    counts: tuple[int | None, int | None] = (None, None)  # override the header's tensor and kv counts

    def to_bytes(self) -> bytes:
        n_t = len(self.tensors) if self.counts[0] is None else self.counts[0]
        n_kv = len(self.kvs) if self.counts[1] is None else self.counts[1]
        out = [b"GGUF", struct.pack("<IQQ", 3, n_t % (1 << 64), n_kv % (1 << 64))]
        for key, vtype, value in self.kvs:
            out.append(_gstr(key) + struct.pack("<I", vtype % (1 << 32)) + _gval(vtype, value))
        offset, sizes = 0, []
        for name, dims, gtype in self.tensors:
            nbytes = math.prod(dims) * (4 if gtype == GGML_F32 else 2)
            out.append(_gstr(name) + struct.pack("<I", len(dims)) + b"".join(struct.pack("<Q", d) for d in dims))
            out.append(struct.pack("<IQ", gtype % (1 << 32), offset))
            sizes.append(nbytes)
            offset += -(-nbytes // 32) * 32
        head = b"".join(out)
        pad = -len(head) % 32
        return head + bytes(pad) + bytes(min(offset, 1 << 22))


def _gstr(s: str | bytes) -> bytes:
    b = s.encode() if isinstance(s, str) else s
    return struct.pack("<Q", len(b)) + b


def _gval(vtype: int, value: Any) -> bytes:
    try:
        if vtype in _FMT:
            return struct.pack("<" + _FMT[vtype], value)
        if vtype == STR:
            return _gstr(value if isinstance(value, str | bytes) else str(value))
        if vtype == ARR:
            itype, items = value
            return struct.pack("<IQ", itype, len(items)) + b"".join(_gval(itype, v) for v in items)
    except (struct.error, TypeError, ValueError, OverflowError):
        return struct.pack("<Q", abs(hash(repr(value))) % (1 << 64))
    return b""


def _gguf_llama(moe: bool = False) -> Gguf:
    arch = "qwen2moe" if moe else "llama"
    kvs: list[list[Any]] = [
        ["general.architecture", STR, arch],
        ["general.name", STR, "fuzz"],
        ["general.file_type", U32, 1],
        [f"{arch}.block_count", U32, LAYERS],
        [f"{arch}.context_length", U32, 4096],
        [f"{arch}.embedding_length", U32, H],
        [f"{arch}.feed_forward_length", U32, FF],
        [f"{arch}.attention.head_count", U32, HEADS],
        [f"{arch}.attention.head_count_kv", U32, KV],
        [f"{arch}.attention.layer_norm_rms_epsilon", F32, 1e-5],
        ["tokenizer.ggml.model", STR, "llama"],
        ["tokenizer.ggml.tokens", ARR, (STR, [f"t{i}" for i in range(VOCAB)])],
        ["tokenizer.ggml.scores", ARR, (F32, [0.0] * VOCAB)],
    ]
    if moe:
        kvs += [[f"{arch}.expert_count", U32, 4], [f"{arch}.expert_used_count", U32, 2]]
        kvs += [[f"{arch}.expert_feed_forward_length", U32, FF]]
    hd = H // HEADS
    t: list[list[Any]] = [
        ["token_embd.weight", [H, VOCAB], GGML_F16],
        ["output_norm.weight", [H], GGML_F32],
        ["output.weight", [H, VOCAB], GGML_F16],
    ]
    for i in range(LAYERS):
        b = f"blk.{i}."
        t += [
            [b + "attn_norm.weight", [H], GGML_F32],
            [b + "ffn_norm.weight", [H], GGML_F32],
            [b + "attn_q.weight", [H, HEADS * hd], GGML_F16],
            [b + "attn_k.weight", [H, KV * hd], GGML_F16],
            [b + "attn_v.weight", [H, KV * hd], GGML_F16],
            [b + "attn_output.weight", [HEADS * hd, H], GGML_F16],
        ]
        if moe:
            t += [
                [b + "ffn_gate_inp.weight", [H, 4], GGML_F32],
                [b + "ffn_gate_exps.weight", [H, FF, 4], GGML_F16],
                [b + "ffn_up_exps.weight", [H, FF, 4], GGML_F16],
                [b + "ffn_down_exps.weight", [FF, H, 4], GGML_F16],
                [b + "ffn_up_shexp.weight", [H, FF], GGML_F16],
                [b + "ffn_gate_shexp.weight", [H, FF], GGML_F16],
                [b + "ffn_down_shexp.weight", [FF, H], GGML_F16],
            ]
        else:
            t += [
                [b + "ffn_gate.weight", [H, FF], GGML_F16],
                [b + "ffn_up.weight", [H, FF], GGML_F16],
                [b + "ffn_down.weight", [FF, H], GGML_F16],
            ]
    return Gguf(kvs, t)


def _sizing_seeds() -> list[str]:
    from core import project
    from core.models import resolve
    from core.scenario import Scenario

    out = [(ROOT / "tests" / "data" / "sizing" / "v1.sizing").read_text(encoding="utf-8")]
    custom = json.loads((ROOT / "tests" / "data" / "bad-inputs" / "C2a" / "s.sizing").read_text(encoding="utf-8"))
    custom["scenarios"][0]["gpu"]["custom"]["tflops"]["bf16"] = 165.2
    out.append(json.dumps(custom))
    ref, _ = resolve("qwen3-30b-a3b")
    train = Scenario.model_validate(
        {"model": ref.model_dump(), "workload": {"mode": "training", "batch": 2, "train_tokens": 1e9}}
    )
    out.append(project.dumps([train]))
    return out


# ---------------------------------------------------------------------------------------------- mutation

_DEEP = "\u0000DEEP\u0000"
_SWAPS: list[Any] = [
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    -1,
    0,
    2**63,
    2**64 + 1,
    10**9,
    2**1100,
    1.5,
    -0.0,
    "high",
    "",
    "gelu_new",
    True,
    None,
    [],
    {},
    [1, 2],
    {"x": 1},
    _DEEP,
    "x" * 300,
]


def _paths(doc: Any, prefix: tuple[Any, ...] = (), out: list[tuple[Any, ...]] | None = None) -> list[tuple[Any, ...]]:
    out = [] if out is None else out
    if len(out) > 5000:
        return out
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.append((*prefix, k))
            _paths(v, (*prefix, k), out)
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:50]):
            out.append((*prefix, i))
            _paths(v, (*prefix, i), out)
    return out


def _json_swap(doc: Any, rng: random.Random) -> str:
    doc = json.loads(json.dumps(doc))
    paths = _paths(doc)
    deep = False
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if not paths:
            break
        path = rng.choice(paths)
        parent = doc
        for k in path[:-1]:
            parent = parent[k]
        key = path[-1]
        roll = rng.random()
        if roll < 0.1 and isinstance(parent, dict):
            parent.pop(key, None)
        elif roll < 0.15 and isinstance(parent, dict):
            parent[rng.choice(("bogus", "extra_field", "x" * 300))] = rng.choice(_SWAPS[:12])
        else:
            value = copy.deepcopy(rng.choice(_SWAPS))  # a shared container would be mutated, or nest in itself
            if isinstance(value, int) and not isinstance(value, bool) and rng.random() < 0.3:
                old = parent[key] if (isinstance(parent, dict) and key in parent) or isinstance(parent, list) else 0
                if isinstance(old, int) and not isinstance(old, bool):
                    value = old * rng.choice((-1, 0, 2, 1000, 10**6))
            deep = deep or value == _DEEP
            with contextlib.suppress(IndexError, KeyError, TypeError):
                parent[key] = value
        paths = _paths(doc)
    text = json.dumps(doc)
    if deep:
        n = rng.choice((65, 1000, 100_000))
        text = text.replace(json.dumps(_DEEP), "[" * n + "]" * n, 1)
    return text


def _bytes_mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 8))):
        if not b:
            break
        roll = rng.random()
        i = rng.randrange(len(b))
        if roll < 0.45:
            b[i] = rng.randrange(256)
        elif roll < 0.6:
            b[i] ^= 1 << rng.randrange(8)
        elif roll < 0.7:
            del b[i : i + rng.randrange(1, 64)]
        elif roll < 0.8:
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif roll < 0.9:
            del b[rng.randrange(len(b)) :]
        else:
            j = rng.randrange(len(b))
            b[i:i] = b[j : j + rng.randrange(1, 256)]
    return bytes(b)


_GGUF_VALUES: list[tuple[int, Any]] = [
    (F32, math.nan),
    (F32, math.inf),
    (F64, -math.inf),
    (I32, -1),
    (U64, 2**64 - 1),
    (U64, 2**63),
    (U32, 10**9),
    (U32, 0),
    (STR, "abc"),
    (BOOL, True),
    (F32, 1.5),
    (ARR, (U32, [0, 1, 2**31])),
    (ARR, (STR, ["x"])),
    (ARR, (F32, [math.nan, 1.0])),
    (ARR, (ARR, [])),
    (99, 0),
]


def _gguf_mutate(g: Gguf, rng: random.Random) -> bytes:
    g = Gguf([list(kv) for kv in g.kvs], [[t[0], list(t[1]), t[2]] for t in g.tensors])
    for _ in range(rng.choice((1, 1, 2, 3))):
        roll = rng.random()
        if roll < 0.35 and g.kvs:
            kv = rng.choice(g.kvs)
            kv[1], kv[2] = rng.choice(_GGUF_VALUES)
        elif roll < 0.42 and g.kvs:
            g.kvs.append(list(rng.choice(g.kvs)))  # duplicated key
        elif roll < 0.48 and g.kvs:
            g.kvs.pop(rng.randrange(len(g.kvs)))
        elif roll < 0.52:
            g.kvs.append(["tokenizer.ggml.merges", ARR, (STR, ["a b"] * rng.choice((10, 70_000)))])
        elif roll < 0.56:
            g.counts = (rng.choice((None, 0, 10**6, 2**40)), rng.choice((None, 0, 10**5, 2**33)))
        elif g.tensors:
            t = rng.choice(g.tensors)
            r = rng.random()
            if r < 0.3:
                t[1] = rng.choice(([0], [2**40, 2], [H], [], [H, FF, 4, 2, 1, 1, 1, 1, 1], [H, 0]))
            elif r < 0.45:
                t[2] = rng.choice((2, 8, 9999, 30, 12))
            elif r < 0.65:
                t[0] = rng.choice(("blk.999999999.attn_q.weight", "blk.0.ffn_gate_inp.weight", "x" * 70_000, ""))
            elif r < 0.8:
                g.tensors.append([t[0], list(t[1]), t[2]])
            else:
                g.tensors.remove(t)
    data = g.to_bytes()
    return _bytes_mutate(data, rng) if rng.random() < 0.2 else data


# ------------------------------------------------------------------------------------------------ inputs


def _make_input(reader: str, seed: int, i: int, folder: Path) -> Callable[[], Any]:
    rng = random.Random(f"{seed}:{reader}:{i}")
    from core import project
    from core.importers import gguf_file, hf_config, hub, safetensors_file

    if reader == "config.json":
        seeds = [*_config_seeds(), _tiny_config()]
        doc = rng.choice(seeds)
        text = _json_swap(doc, rng) if rng.random() < 0.8 else _bytes_mutate(json.dumps(doc).encode(), rng)
        p = folder / "config.json"
        p.write_bytes(text.encode() if isinstance(text, str) else text)
        return lambda: hf_config.load(p)
    if reader == "gguf":
        p = folder / "m.gguf"
        p.write_bytes(_gguf_mutate(_gguf_llama(moe=rng.random() < 0.4), rng))
        return lambda: gguf_file.resolve(p)
    if reader == "safetensors header":
        header = _st_header(_hf_tensors())
        p = folder / "model.safetensors"
        if rng.random() < 0.7:
            raw = _json_swap(header, rng).encode()
            data = struct.pack("<Q", len(raw)) + raw + bytes(sum(math.prod(s) * 2 for _, s in _hf_tensors()))
            p.write_bytes(data if rng.random() < 0.8 else _bytes_mutate(data, rng))
        else:
            p.write_bytes(_bytes_mutate(_st_bytes(header), rng))
        return lambda: safetensors_file.resolve(p)
    if reader == "safetensors index":
        (folder / "config.json").write_text(json.dumps(_tiny_config()), encoding="utf-8")
        idx = _index(_hf_tensors())
        p = folder / "model.safetensors.index.json"
        text = (
            _json_swap(idx, rng)
            if rng.random() < 0.8
            else _bytes_mutate(json.dumps(idx).encode(), rng).decode("latin-1")
        )
        p.write_bytes(text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text)
        if rng.random() < 0.3:  # shards present: their headers are read too
            tensors = _hf_tensors()
            half = len(tensors) // 2
            for k, part in enumerate((tensors[:half], tensors[half:])):
                (folder / f"model-0000{k + 1}-of-00002.safetensors").write_bytes(_st_bytes(_st_header(part)))
        return lambda: safetensors_file.resolve(p)
    if reader == "hub cache":
        cache = folder / "hub"
        repo = cache / "models--fuzz--tiny"
        snap = repo / "snapshots" / "c0ffee"
        snap.mkdir(parents=True)
        (repo / "refs").mkdir()
        (repo / "refs" / "main").write_text("c0ffee", encoding="utf-8")
        config_text, index_text = json.dumps(_tiny_config()), json.dumps(_index(_hf_tensors()))
        roll = rng.random()
        if roll < 0.4:
            config_text = _json_swap(_tiny_config(), rng)
        elif roll < 0.7:
            index_text = _json_swap(_index(_hf_tensors()), rng)
        (snap / "config.json").write_text(config_text, encoding="utf-8")
        if rng.random() < 0.3:
            (snap / "model.safetensors").write_bytes(_bytes_mutate(_st_bytes(_st_header(_hf_tensors())), rng))
        else:
            (snap / "model.safetensors.index.json").write_text(index_text, encoding="utf-8")
        if rng.random() < 0.3:  # layout damage
            victim = rng.choice([*sorted(snap.iterdir()), repo / "refs" / "main"])
            victim.unlink()
            damage = rng.random()
            if damage < 0.4:
                victim.symlink_to("../../blobs/deadbeef")
            elif damage < 0.6:
                victim.mkdir()
            elif damage < 0.8 and victim.name == "main":
                victim.write_text(rng.choice(("", "x" * 300, "../../..", "c0ffee\n\n")), encoding="utf-8")
        os.environ["HF_HUB_CACHE"] = str(cache)
        return lambda: hub.resolve("fuzz/tiny", offline=True)
    if reader == ".sizing":
        sizing_seeds = _SIZING_SEEDS or _sizing_seeds()
        sizing_text = rng.choice(sizing_seeds)
        p = folder / "s.sizing"
        if rng.random() < 0.8:
            p.write_text(_json_swap(json.loads(sizing_text), rng), encoding="utf-8")
        else:
            p.write_bytes(_bytes_mutate(sizing_text.encode(), rng))
        return lambda: project.read(p)
    raise ValueError(f"unknown reader {reader!r}")


_SIZING_SEEDS: list[str] = []


def _engine(result: Any) -> None:
    """Estimate what a reader accepted; every figure must be finite and the peak rate positive."""
    from core.estimate import estimate
    from core.scenario import ModelRef, Scenario

    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], list):  # project.read
        scenario = result[0][result[1]]
    else:
        ref = result[0] if isinstance(result, tuple) else result
        if not isinstance(ref, ModelRef):
            ref = ModelRef(architecture=ref.architecture)
        scenario = Scenario(model=ref)
    est = estimate(scenario)
    bad = _non_finite(est.model_dump())
    if bad:
        raise ArithmeticError(f"estimate holds a non-finite figure at {bad}")
    peak = est.compute.peak_flops_per_gpu
    if peak is not None and peak <= 0:
        raise ArithmeticError(f"estimate has a peak of {peak} FLOP/s")


def _non_finite(x: Any, where: str = "") -> str | None:
    if isinstance(x, float) and not math.isfinite(x):
        return where or "."
    if isinstance(x, dict):
        for k, v in x.items():
            if found := _non_finite(v, f"{where}.{k}"):
                return found
    if isinstance(x, list):
        for i, v in enumerate(x):
            if found := _non_finite(v, f"{where}[{i}]"):
                return found
    return None


# ----------------------------------------------------------------------------------------------- workers


def _where(exc: BaseException) -> str:
    """The innermost frame in this project's code (else the innermost of all): 'core/x.py:123'."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if str(ROOT) in f.filename and "/bench/" not in f.filename]
    if not (ours or frames):
        return "?"
    f = (ours or frames)[-1]
    return f"{os.path.relpath(f.filename, ROOT) if str(ROOT) in f.filename else Path(f.filename).name}:{f.lineno}"


def _rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _vm_size() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _worker(conn: Connection, seed: int) -> None:
    import resource
    import warnings

    warnings.simplefilter("ignore")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    from core import project  # noqa: F401  (imports before the address-space limit is set)
    from core.estimate import estimate  # noqa: F401
    from core.importers import gguf_file, hub, safetensors_file  # noqa: F401

    _SIZING_SEEDS[:] = _sizing_seeds()
    base = _vm_size()
    if base:
        limit = base + 2 * RSS_BUDGET  # a runaway allocation fails here instead of taking the machine
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    work = Path(tempfile.mkdtemp(prefix="gpu-sizer-fuzz-"))
    from core.errors import SizingError

    conn.send(("ready", str(work)))
    while True:
        task = conn.recv()
        if task is None:
            break
        reader, i = task
        folder = work / str(i)
        outcome, detail = "accepted", ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            call = _make_input(reader, seed, i, folder)
            try:
                result = call()
                _engine(result)
            except SizingError as exc:
                outcome, detail = "refused", str(exc)[:300]
        except MemoryError:
            outcome, detail = "blowup", "MemoryError"
        except Exception as exc:
            outcome = "crash"
            detail = json.dumps(
                [type(exc).__name__, _where(exc), str(exc)[:200], "".join(traceback.format_exception(exc))[-3000:]]
            )
        if outcome != "blowup" and _rss() > RSS_BUDGET:
            outcome, detail = "blowup", f"peak RSS {_rss() / 2**20:.0f} MiB"
        shutil.rmtree(folder, ignore_errors=True)
        conn.send((reader, i, outcome, detail))
        if outcome == "blowup":  # the peak RSS is this process's: start a fresh one
            break
    shutil.rmtree(work, ignore_errors=True)


@dataclass
class Tally:
    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    vague: int = 0
    crashes: dict[tuple[str, str], tuple[int, int, str]] = field(default_factory=dict)  # (type, where) -> n, i, tb
    examples: dict[str, int] = field(default_factory=dict)


class _Slot:
    def __init__(self, seed: int, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, seed), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[str, int] | None = None
        self.since = 0.0
        self.ready = False
        self.work: Path | None = None

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()
        if self.work is not None:  # a killed worker leaves its folder behind
            shutil.rmtree(self.work, ignore_errors=True)


def run(
    readers: tuple[str, ...] = READERS,
    inputs: int = 300,
    seed: int = 0,
    jobs: int = 2,
    checkpoint: Callable[[dict[str, Tally]], None] | None = None,
) -> dict[str, Tally]:
    """Run `inputs` inputs per reader; `checkpoint` gets the tallies so far about once a minute."""
    ctx = mp.get_context("spawn")
    tallies = {r: Tally() for r in readers}
    tasks = [(r, i) for i in range(inputs) for r in readers]
    tasks.reverse()
    slots = [_Slot(seed, ctx) for _ in range(jobs)]
    # a fresh worker imports the project first; the deadline starts when it takes the task
    last = time.monotonic()
    try:
        while tasks or any(s.task for s in slots):
            if checkpoint is not None and time.monotonic() - last > 60:
                checkpoint(tallies)
                last = time.monotonic()
            for s in slots:
                if not s.ready:
                    if s.conn.poll(0.01):
                        s.ready, s.work = True, Path(s.conn.recv()[1])
                    continue
                if s.task is None and tasks:
                    s.task = tasks.pop()
                    s.conn.send(s.task)
                    s.since = time.monotonic()
            for k, s in enumerate(slots):
                if s.task is None:
                    continue
                reply = None
                if s.conn.poll(0.01):
                    try:
                        reply = s.conn.recv()
                    except (EOFError, OSError):
                        reply = (*s.task, "crash", json.dumps(["WorkerDied", "worker", "the worker died", ""]))
                elif not s.proc.is_alive():
                    code = s.proc.exitcode
                    kind = "blowup" if code in (-9,) else "crash"
                    reply = (*s.task, kind, json.dumps(["WorkerDied", "worker", f"exit code {code}", ""]))
                elif time.monotonic() - s.since > DEADLINE_S:
                    reply = (*s.task, "hang", f"> {DEADLINE_S} s")
                if reply is None:
                    continue
                reader, i, outcome, detail = reply
                _count(tallies[reader], i, outcome, detail)
                s.task = None
                if (
                    outcome in ("hang", "blowup")
                    or not s.proc.is_alive()
                    or (outcome == "crash" and "WorkerDied" in detail)
                ):
                    s.stop()
                    slots[k] = _Slot(seed, ctx)
    finally:
        for s in slots:
            if s.proc.is_alive():
                with contextlib.suppress(OSError):
                    s.conn.send(None)
            s.proc.join(timeout=2)
            s.stop()
    return tallies


def _count(t: Tally, i: int, outcome: str, detail: str) -> None:
    t.inputs += 1
    t.outcomes[outcome] += 1
    t.examples.setdefault(outcome, i)
    if outcome == "refused" and _VAGUE.search(detail):
        t.vague += 1
        t.examples.setdefault("vague", i)
    if outcome == "crash":
        name, where, msg, tb = json.loads(detail)
        n, first, text = t.crashes.get((name, where), (0, i, f"{name}: {msg}\n{tb}"))
        t.crashes[(name, where)] = (n + 1, first, text)


def table(tallies: dict[str, Tally]) -> str:
    rows = [
        "| reader | inputs | accepted | refused (SizingError) | of which vague | crashes | hangs > 5 s "
        "| blow-ups > 1 GiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r, t in tallies.items():
        o = t.outcomes
        rows.append(
            f"| {r} | {t.inputs:,} | {o['accepted']:,} | {o['refused']:,} | {t.vague:,} | {o['crash']:,} | "
            f"{o['hang']:,} | {o['blowup']:,} |"
        )
    return "\n".join(rows)


def _figures(tallies: dict[str, Tally]) -> dict[str, Any]:
    return {
        r: {
            "inputs": t.inputs,
            **t.outcomes,
            "vague": t.vague,
            "crash_sites": [f"{n} x {a} at {b} (input {i})" for (a, b), (n, i, _) in t.crashes.items()],
        }
        for r, t in tallies.items()
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=300, help="inputs per reader")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--readers", nargs="+", choices=READERS, default=list(READERS))
    ap.add_argument("--tracebacks", type=int, default=3, help="distinct crash locations shown per reader")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--show", help="READER:I: write input I of READER to the current folder and run it here")
    args = ap.parse_args(argv)
    if args.show:
        reader, _, i = args.show.rpartition(":")
        folder = Path.cwd() / f"fuzz-{reader.replace(' ', '-')}-{i}"
        folder.mkdir(exist_ok=True)
        call = _make_input(reader, args.seed, int(i), folder)
        print(f"input written to {folder}")
        result = call()
        _engine(result)
        print("accepted")
        return 0
    start = time.monotonic()

    def save(tallies: dict[str, Tally]) -> None:
        if args.json:
            Path(args.json).write_text(json.dumps(_figures(tallies), indent=1), encoding="utf-8")
        done = sum(t.inputs for t in tallies.values())
        print(f"{done:,} inputs, {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)

    tallies = run(tuple(args.readers), args.inputs, args.seed, args.jobs, checkpoint=save)
    print(table(tallies))
    print(f"\n{sum(t.inputs for t in tallies.values()):,} inputs in {time.monotonic() - start:.0f} s, seed {args.seed}")
    for r, t in tallies.items():
        for (name, where), (n, first, text) in sorted(t.crashes.items(), key=lambda kv: -kv[1][0])[: args.tracebacks]:
            print(f"\n--- {r}: {n} x {name} at {where} (first: --show '{r}:{first}')\n{text.strip()[-1500:]}")
        for kind in ("hang", "blowup", "vague"):
            if kind in t.examples:
                print(f"--- {r}: first {kind}: --show '{r}:{t.examples[kind]}'")
    if args.json:
        Path(args.json).write_text(json.dumps(_figures(tallies), indent=1), encoding="utf-8")
    bad = sum(t.outcomes["crash"] + t.outcomes["hang"] + t.outcomes["blowup"] for t in tallies.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
