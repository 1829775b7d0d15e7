"""A model folder's safetensors headers held against its config.json (core/importers/checkpoint_check.py): the
parameter values and weight bytes of the headers, counted by hand below for each checkpoint written here, must
agree with the config-derived count — said in the notes when they do; multi-token-prediction layers and buffers
are recognised and reported beside the total; anything else left over makes the answer unverified with both
numbers; a declared quantization format is held to its byte formula."""

from __future__ import annotations

import copy
import json
import math
import struct
from pathlib import Path
from typing import Any

import huggingface_hub
import numpy as np
import pytest
from safetensors.numpy import save_file

from core import models
from core.importers import hub, safetensors_file
from tests.conftest import DATA
from tests.core.test_importers_hub import cache, cached_repo  # noqa: F401  (the offline Hub-cache fixture)

H, HEADS, KV, HD, FF, VOCAB = 64, 4, 2, 16, 128, 96
LLAMA = {
    "model_type": "llama",
    "hidden_size": H,
    "num_hidden_layers": 1,
    "num_attention_heads": HEADS,
    "num_key_value_heads": KV,
    "head_dim": HD,
    "intermediate_size": FF,
    "vocab_size": VOCAB,
    "tie_word_embeddings": False,
    "max_position_embeddings": 2048,
    "torch_dtype": "float16",
}
# one Llama layer by hand: q, k, v, o, gate, up, down and two norms; embeddings, lm_head and the final norm
LAYER = H * HEADS * HD * 2 + 2 * H * KV * HD + 3 * H * FF + 2 * H
LLAMA_PARAMS = 2 * VOCAB * H + H + LAYER  # 12,288 + 64 + 36,992 = 49,344


def llama_layer(i: int, h: int = H, ff: int = FF) -> dict[str, np.ndarray]:
    t = {}
    for name, shape in (("self_attn.q_proj", (HEADS * HD, h)), ("self_attn.k_proj", (KV * HD, h)),
                        ("self_attn.v_proj", (KV * HD, h)), ("self_attn.o_proj", (h, HEADS * HD)),
                        ("mlp.gate_proj", (ff, h)), ("mlp.up_proj", (ff, h)), ("mlp.down_proj", (h, ff))):  # fmt: skip
        t[f"model.layers.{i}.{name}.weight"] = np.zeros(shape, np.float16)
    for name in ("input_layernorm", "post_attention_layernorm"):
        t[f"model.layers.{i}.{name}.weight"] = np.zeros(h, np.float16)
    return t


def llama_folder(folder: Path, config: dict[str, Any] | None = None, **extra: np.ndarray) -> dict[str, np.ndarray]:
    folder.mkdir(exist_ok=True)
    t = {
        "model.embed_tokens.weight": np.zeros((VOCAB, H), np.float16),
        "model.norm.weight": np.zeros(H, np.float16),
        "lm_head.weight": np.zeros((VOCAB, H), np.float16),
        **llama_layer(0),
        **extra,
    }
    save_file(t, str(folder / "model.safetensors"))
    (folder / "config.json").write_text(json.dumps(config or LLAMA))
    return t


def test_matching_folder_says_so_and_stays_verified(tmp_path: Path) -> None:
    assert LLAMA_PARAMS == 49_344
    llama_folder(tmp_path / "m")
    ref, notes = models.resolve(str(tmp_path / "m"))
    assert ref.architecture.unverified == ()
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)
    assert ref.stored_weight_bytes == 2 * LLAMA_PARAMS  # all float16
    # the same through the .safetensors file itself
    ref, notes = safetensors_file.resolve(tmp_path / "m" / "model.safetensors")
    assert ref.architecture.unverified == ()
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)


def test_unexplained_tensors_make_the_answer_unverified_with_both_numbers(tmp_path: Path) -> None:
    llama_folder(tmp_path / "m", **{"model.layers.0.mlp.mystery.weight": np.zeros((8, H), np.float16)})
    ref, _ = models.resolve(str(tmp_path / "m"))
    (warning,) = ref.architecture.unverified
    assert (
        f"{LLAMA_PARAMS + 512:,} parameter values" in warning and f"config.json describes {LLAMA_PARAMS:,}" in warning
    )
    assert "+512" in warning


def test_mtp_layers_are_recognised_not_a_mismatch(tmp_path: Path) -> None:
    """DeepSeek-V3 / GLM ship their MTP block as model.layers.<num_hidden_layers>.*; Qwen3.5 under mtp.*."""
    mtp = {
        **llama_layer(1),
        "model.layers.1.eh_proj.weight": np.zeros((H, 2 * H), np.float16),
        "model.layers.1.enorm.weight": np.zeros(H, np.float16),
        "model.layers.1.hnorm.weight": np.zeros(H, np.float16),
        "mtp.norm.weight": np.zeros(H, np.float16),
    }
    mtp_values = LAYER + 2 * H * H + 3 * H  # 36,992 + 8,192 + 192 = 45,376
    llama_folder(tmp_path / "m", {**LLAMA, "num_nextn_predict_layers": 1}, **mtp)
    ref, notes = models.resolve(str(tmp_path / "m"))
    assert ref.architecture.unverified == ()
    assert any("multi-token-prediction" in n and f"{mtp_values:,} values" in n for n in notes)
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)
    # without the config declaring MTP layers, a layer past num_hidden_layers is a mismatch, not MTP
    llama_folder(tmp_path / "n", LLAMA, **llama_layer(1))
    ref, _ = models.resolve(str(tmp_path / "n"))
    assert ref.architecture.unverified and f"+{LAYER:,}" in ref.architecture.unverified[0]


def test_rotary_buffers_are_explained_not_a_mismatch(tmp_path: Path) -> None:
    llama_folder(tmp_path / "m", **{"model.layers.0.self_attn.rotary_emb.inv_freq": np.zeros(HD // 2, np.float32)})
    ref, notes = models.resolve(str(tmp_path / "m"))
    assert ref.architecture.unverified == ()
    assert any("(+8)" in n and "rotary inv_freq" in n for n in notes)


def test_sharded_folder_is_checked_when_every_shard_is_here(tmp_path: Path) -> None:
    t = llama_folder(tmp_path / "m")
    (tmp_path / "m" / "model.safetensors").unlink()
    names = sorted(t)
    shards = {"model-00001-of-00002.safetensors": names[:5], "model-00002-of-00002.safetensors": names[5:]}
    for shard, part in shards.items():
        save_file({n: t[n] for n in part}, str(tmp_path / "m" / shard))
    index = {"weight_map": {n: s for s, part in shards.items() for n in part}}
    (tmp_path / "m" / "model.safetensors.index.json").write_text(json.dumps(index))
    _, notes = models.resolve(str(tmp_path / "m"))
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)
    (tmp_path / "m" / "model-00002-of-00002.safetensors").unlink()  # a shard missing: nothing to check
    _, notes = models.resolve(str(tmp_path / "m"))
    assert not any("hold exactly" in n for n in notes)


# ------------------------------------------------------------------------------------- quantized checkpoints

_SIZES = {"F8_E4M3": 1, "U8": 1, "I32": 4, "BF16": 2, "F16": 2, "F32": 4}


def write_header(path: Path, entries: list[tuple[str, str, tuple[int, ...]]]) -> int:
    """A safetensors file with these (name, dtype, shape) tensors, zero data (numpy has no FP8 dtype); returns the
    data bytes."""
    header, offset = {}, 0
    for name, dtype, shape in entries:
        n = math.prod(shape) * _SIZES[dtype]
        header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [offset, offset + n]}
        offset += n
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + bytes(offset))
    return offset


def fp8_llama(folder: Path, linear_dtype: str = "F8_E4M3") -> int:
    """A one-layer Llama (h 128, 4 heads of 32, 2 kv heads, MLP 256) in DeepSeek's FP8 layout: each Linear weight
    in float8_e4m3fn with a float32 weight_scale_inv per 128×128 block; embeddings, norms and lm_head in bf16."""
    folder.mkdir()
    h, ff, vocab = 128, 256, 96
    entries = [("model.embed_tokens.weight", "BF16", (vocab, h)), ("model.norm.weight", "BF16", (h,)),
               ("lm_head.weight", "BF16", (vocab, h))]  # fmt: skip
    for name, shape in (("self_attn.q_proj", (128, h)), ("self_attn.k_proj", (64, h)), ("self_attn.v_proj", (64, h)),
                        ("self_attn.o_proj", (h, 128)), ("mlp.gate_proj", (ff, h)), ("mlp.up_proj", (ff, h)),
                        ("mlp.down_proj", (h, ff))):  # fmt: skip
        entries.append((f"model.layers.0.{name}.weight", linear_dtype, shape))
        if linear_dtype == "F8_E4M3":
            blocks = (math.ceil(shape[0] / 128), math.ceil(shape[1] / 128))
            entries.append((f"model.layers.0.{name}.weight_scale_inv", "F32", blocks))
    for name in ("input_layernorm", "post_attention_layernorm"):
        entries.append((f"model.layers.0.{name}.weight", "BF16", (h,)))
    config = {**LLAMA, "hidden_size": h, "num_attention_heads": 4, "head_dim": 32, "intermediate_size": ff,
              "torch_dtype": "bfloat16", "quantization_config": {"quant_method": "fp8", "fmt": "e4m3",
              "activation_scheme": "dynamic", "weight_block_size": [128, 128]}}  # fmt: skip
    (folder / "config.json").write_text(json.dumps(config))
    return write_header(folder / "model.safetensors", entries)


def test_fp8_block_checkpoint_holds_its_values_and_the_formula_bytes(tmp_path: Path) -> None:
    stored = fp8_llama(tmp_path / "m")
    # by hand: bf16 embeddings + lm_head + 3 norms = (2·96·128 + 3·128)·2 = 49,920 bytes; the 7 Linear weights
    # (128² + 2·64·128 + 3·256·128 = 147,456 values, 1 byte each) with 1+1+1+1+2+2+2 = 10 block scales of 4 bytes
    assert stored == 49_920 + 147_456 + 40
    params = 2 * 96 * 128 + 3 * 128 + 147_456
    ref, notes = models.resolve(str(tmp_path / "m"))
    assert ref.format_hint == "fp8-block128" and ref.architecture.unverified == ()
    assert any(f"hold exactly the {params:,} parameters" in n for n in notes)
    assert any(f"take {stored:,} bytes" in n and "(+0.000%)" in n and "declares" in n for n in notes)


def test_checkpoint_not_in_its_declared_format_is_unverified(tmp_path: Path) -> None:
    stored = fp8_llama(tmp_path / "m", linear_dtype="BF16")  # config says FP8, the files hold bf16
    ref, _ = models.resolve(str(tmp_path / "m"))
    (warning,) = ref.architecture.unverified
    assert f"take {stored:,} bytes" in warning and "fp8-block128" in warning


def test_mxfp4_experts_are_unpacked_and_held_to_the_formula(tmp_path: Path) -> None:
    """gpt-oss's checkpoint layout: experts as MXFP4 `_blocks` (two values a byte, (E, rows, cols/32, 16)) and
    `_scales` (one E8M0 byte per 32), everything else bf16 (openai/gpt-oss-20b's model.safetensors.index.json)."""
    e, ff, layers = 4, 64, 1
    cfg = json.loads((DATA / "param_oracle" / "configs" / "openai__gpt-oss-20b" / "config.json").read_text())
    cfg = copy.deepcopy(cfg)
    cfg.update(hidden_size=H, num_hidden_layers=layers, num_attention_heads=HEADS, num_key_value_heads=KV,
               head_dim=HD, intermediate_size=ff, num_local_experts=e, experts_per_token=2, num_experts_per_tok=2,
               vocab_size=VOCAB, layer_types=["sliding_attention"])  # fmt: skip
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(cfg))
    p = "model.layers.0."
    entries = [("model.embed_tokens.weight", "BF16", (VOCAB, H)), ("model.norm.weight", "BF16", (H,)),
               ("lm_head.weight", "BF16", (VOCAB, H)), (p + "input_layernorm.weight", "BF16", (H,)),
               (p + "post_attention_layernorm.weight", "BF16", (H,)), (p + "self_attn.sinks", "BF16", (HEADS,)),
               (p + "mlp.router.weight", "BF16", (e, H)), (p + "mlp.router.bias", "BF16", (e,)),
               (p + "mlp.experts.gate_up_proj_blocks", "U8", (e, 2 * ff, H // 32, 16)),
               (p + "mlp.experts.gate_up_proj_scales", "U8", (e, 2 * ff, H // 32)),
               (p + "mlp.experts.gate_up_proj_bias", "BF16", (e, 2 * ff)),
               (p + "mlp.experts.down_proj_blocks", "U8", (e, H, ff // 32, 16)),
               (p + "mlp.experts.down_proj_scales", "U8", (e, H, ff // 32)),
               (p + "mlp.experts.down_proj_bias", "BF16", (e, H))]  # fmt: skip
    for name, rows, cols in (("q", HEADS * HD, H), ("k", KV * HD, H), ("v", KV * HD, H), ("o", H, HEADS * HD)):
        entries += [(f"{p}self_attn.{name}_proj.weight", "BF16", (rows, cols)), (f"{p}self_attn.{name}_proj.bias",
                    "BF16", (rows,))]  # fmt: skip
    stored = write_header(folder / "model.safetensors", entries)
    attention = 2 * (H * HEADS * HD + HEADS * HD) + 2 * (H * KV * HD + KV * HD) + HEADS  # q, o, k, v (+biases), sinks
    experts = e * (3 * ff * H + 2 * ff + H)  # gate, up, down and their biases
    params = 2 * VOCAB * H + H + 2 * H + attention + e * H + e + experts
    # bytes by hand: bf16 for everything but the expert weights, which take 4 bits + one byte per 32 values
    expert_weights = e * 3 * ff * H
    assert stored == 2 * (params - expert_weights) + expert_weights // 2 + expert_weights // 32
    ref, notes = models.resolve(str(folder))
    assert ref.format_hint == "mxfp4" and ref.architecture.unverified == (), notes
    assert any(f"hold exactly the {params:,} parameters" in n for n in notes)
    assert any(f"take {stored:,} bytes" in n and "(+0.000%)" in n for n in notes)


# ----------------------------------------------------------------------------------------- the Hub cache


@pytest.mark.usefixtures("cache")
def test_hub_cache_runs_the_same_check(cache: Path, tmp_path: Path) -> None:  # noqa: F811
    t = llama_folder(tmp_path / "m")
    cached_repo(cache, "org/tiny", {"config.json": json.dumps(LLAMA).encode(),
                "model.safetensors": (tmp_path / "m" / "model.safetensors").read_bytes()})  # fmt: skip
    ref, notes = hub.resolve("org/tiny")
    assert ref.stored_weight_bytes == sum(a.nbytes for a in t.values())
    assert ref.architecture.unverified == ()
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)
    llama_folder(tmp_path / "x", **{"model.layers.0.mlp.mystery.weight": np.zeros((8, H), np.float16)})
    cached_repo(cache, "org/odd", {"config.json": json.dumps(LLAMA).encode(),
                "model.safetensors": (tmp_path / "x" / "model.safetensors").read_bytes()})  # fmt: skip
    ref, _ = hub.resolve("org/odd")
    assert ref.architecture.unverified and "+512" in ref.architecture.unverified[0]


@pytest.mark.usefixtures("cache")
def test_hub_fetch_reads_every_shard_header_and_checks_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Online, with huggingface_hub replaced: a sharded repo's index arrives, its shards do not; the headers of both
    shards come from get_safetensors_metadata (ranged reads) and are held against the config."""
    from huggingface_hub.utils import SafetensorsFileMetadata, SafetensorsRepoMetadata, TensorInfo

    t = llama_folder(tmp_path / "m")
    names = sorted(t)
    shards = {"model-00001-of-00002.safetensors": names[:5], "model-00002-of-00002.safetensors": names[5:]}
    index = {"weight_map": {n: s for s, part in shards.items() for n in part}}
    (tmp_path / "m" / "model.safetensors.index.json").write_text(json.dumps(index))

    def download(repo_id: str, filename: str, **_kw: object) -> str:
        return str(tmp_path / "m" / filename)

    def info(name: str) -> TensorInfo:
        a = t[name]
        return TensorInfo(dtype="F16", shape=list(a.shape), data_offsets=(0, a.nbytes))

    remote = SafetensorsRepoMetadata(
        metadata=None,
        sharded=True,
        weight_map=index["weight_map"],
        files_metadata={s: SafetensorsFileMetadata({}, {n: info(n) for n in part}) for s, part in shards.items()},
    )
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", download)
    monkeypatch.setattr(huggingface_hub, "get_safetensors_metadata", lambda repo_id: remote)
    steps: list[str] = []
    ref, notes = hub.fetch("org/sharded", progress=steps.append)
    assert steps == ["config.json", "safetensors index", "safetensors headers", "done"]
    assert ref.stored_weight_bytes == 2 * LLAMA_PARAMS
    assert any(f"hold exactly the {LLAMA_PARAMS:,} parameters" in n for n in notes)
