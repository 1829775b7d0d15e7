"""Safetensors importer: files written here (safetensors.numpy for real files, a hand-built header over a
sparse data section for a full-size checkpoint) must come back with their exact bytes and architecture, read
from the header alone; broken headers must be refused with a message naming the problem."""

from __future__ import annotations

import json
import math
import shutil
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from core import models, params
from core.errors import ModelFormatError
from core.importers import hf_config, hf_quant, safetensors_file
from tests.conftest import REFERENCE

CONFIGS = REFERENCE / "hf-configs"
H, LAYERS, HEADS, KV, HD, FF, VOCAB = 64, 2, 4, 2, 16, 128, 96
TINY_CONFIG = {
    "model_type": "llama",
    "hidden_size": H,
    "num_hidden_layers": LAYERS,
    "num_attention_heads": HEADS,
    "num_key_value_heads": KV,
    "head_dim": HD,
    "intermediate_size": FF,
    "vocab_size": VOCAB,
    "tie_word_embeddings": False,
    "max_position_embeddings": 2048,
    "torch_dtype": "float16",
}


def llama_tensors(
    *,
    h: int = H,
    layers: int = LAYERS,
    heads: int = HEADS,
    kv: int = KV,
    hd: int = HD,
    ff: int = FF,
    vocab: int = VOCAB,
    tied: bool = False,
    q_norm: bool = False,
    dtype: type = np.float16,
) -> dict[str, np.ndarray]:
    """A Llama-style state dict with Hugging Face names (zeros: only shapes and dtypes matter)."""
    t: dict[str, np.ndarray] = {
        "model.embed_tokens.weight": np.zeros((vocab, h), dtype),
        "model.norm.weight": np.zeros(h, np.float32),
    }
    if not tied:
        t["lm_head.weight"] = np.zeros((vocab, h), dtype)
    for i in range(layers):
        p = f"model.layers.{i}."
        t[p + "self_attn.q_proj.weight"] = np.zeros((heads * hd, h), dtype)
        t[p + "self_attn.k_proj.weight"] = np.zeros((kv * hd, h), dtype)
        t[p + "self_attn.v_proj.weight"] = np.zeros((kv * hd, h), dtype)
        t[p + "self_attn.o_proj.weight"] = np.zeros((h, heads * hd), dtype)
        if q_norm:
            t[p + "self_attn.q_norm.weight"] = np.zeros(hd, np.float32)
            t[p + "self_attn.k_norm.weight"] = np.zeros(hd, np.float32)
        t[p + "mlp.gate_proj.weight"] = np.zeros((ff, h), dtype)
        t[p + "mlp.up_proj.weight"] = np.zeros((ff, h), dtype)
        t[p + "mlp.down_proj.weight"] = np.zeros((h, ff), dtype)
        t[p + "input_layernorm.weight"] = np.zeros(h, np.float32)
        t[p + "post_attention_layernorm.weight"] = np.zeros(h, np.float32)
    return t


def nbytes(tensors: dict[str, np.ndarray]) -> int:
    return sum(a.nbytes for a in tensors.values())


def numel(tensors: dict[str, np.ndarray]) -> int:
    return sum(a.size for a in tensors.values())


def raw_file(path: Path, header: bytes, data: int = 0, declared: int | None = None) -> Path:
    """A file with an arbitrary header (and `declared` as its length field) followed by `data` zero bytes."""
    n = len(header) if declared is None else declared
    path.write_bytes(n.to_bytes(8, "little") + header + bytes(data))
    return path


def sparse_checkpoint(path: Path, entries: list[tuple[str, str, tuple[int, ...]]]) -> int:
    """A full-size safetensors file whose data section is a hole: header only, size set with truncate()."""
    bits = safetensors_file.DTYPE_BITS
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    off = 0
    for name, dtype, shape in entries:
        n = math.prod(shape) * bits[dtype] // 8
        header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [off, off + n]}
        off += n
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    with path.open("wb") as f:
        f.write(len(raw).to_bytes(8, "little") + raw)
        f.truncate(8 + len(raw) + off)
    return off


# ----------------------------------------------------------------------------------------- good files


def test_single_file_without_config_round_trips(tmp_path: Path) -> None:
    tensors = llama_tensors(q_norm=True)
    path = tmp_path / "tiny" / "model.safetensors"
    path.parent.mkdir()
    save_file(tensors, str(path))
    ref, notes = safetensors_file.resolve(path)
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert ref.format_hint == "fp16"
    a = ref.architecture
    assert (a.name, a.kind, a.vocab_size, a.tie_word_embeddings, a.published_dtype) == (
        "tiny",
        "decoder",
        VOCAB,
        False,
        "float16",
    )
    st = a.decoder
    assert st is not None
    att = st.attention
    assert (st.num_layers, st.hidden_size, st.mlp.intermediate_size, st.mlp.gated, st.norms_per_layer) == (
        LAYERS,
        H,
        FF,
        True,
        2,
    )
    assert (att.num_heads, att.num_kv_heads, att.head_dim, att.qk_norm) == (HEADS, KV, HD, "head")
    assert params.count(a).total == numel(tensors)
    assert notes[0].startswith("no config.json: architecture inferred")
    assert not any("head_dim" in n for n in notes)  # q_norm gave it
    assert not any("values but" in n for n in notes)  # everything recognised


def test_head_dim_assumption_and_tied_head_are_noted(tmp_path: Path) -> None:
    tensors = llama_tensors(h=256, heads=2, kv=1, hd=128, ff=512, tied=True)
    path = tmp_path / "model.safetensors"
    save_file(tensors, str(path))
    ref, notes = safetensors_file.resolve(path)
    att = ref.architecture.decoder.attention  # type: ignore[union-attr]
    assert (att.num_heads, att.num_kv_heads, att.head_dim) == (2, 1, 128)
    assert ref.architecture.tie_word_embeddings
    assert any("head_dim is not stored in the tensors; assumed 128" in n for n in notes)
    assert any("no lm_head.weight" in n for n in notes)
    assert params.count(ref.architecture).total == numel(tensors)


def test_config_beside_the_file_is_used_and_cross_checked(tmp_path: Path) -> None:
    tensors = llama_tensors()
    save_file(tensors, str(tmp_path / "model.safetensors"))
    (tmp_path / "config.json").write_text(json.dumps(TINY_CONFIG))
    ref, notes = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert ref.architecture.decoder.attention.num_kv_heads == KV  # type: ignore[union-attr]
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert not any("values but" in n for n in notes)
    # a checkpoint storing rotary buffers is still read, with the difference explained
    tensors["model.layers.0.self_attn.rotary_emb.inv_freq"] = np.zeros(HD // 2, np.float32)
    save_file(tensors, str(tmp_path / "model.safetensors"))
    _, notes = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert any("(+8)" in n and "rotary inv_freq" in n for n in notes)


def test_real_config_with_small_tensors_reports_the_mismatch(tmp_path: Path) -> None:
    shutil.copy(CONFIGS / "meta-llama__Llama-3.2-3B-Instruct" / "config.json", tmp_path / "config.json")
    tensors = llama_tensors()
    save_file(tensors, str(tmp_path / "model.safetensors"))
    ref, notes = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert ref.architecture.decoder.hidden_size == 3072  # type: ignore[union-attr]
    expected = hf_config.load(tmp_path / "config.json").architecture
    assert params.count(ref.architecture).total == params.count(expected).total
    assert any(
        f"the stored tensors hold {numel(tensors):,} values but the architecture from config.json has "
        f"{params.count(expected).total:,} parameters" in n
        for n in notes
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs a sparse 6 GB file")
def test_full_size_llama_3_2_3b_header_matches_published_size(tmp_path: Path) -> None:
    folder = CONFIGS / "meta-llama__Llama-3.2-3B-Instruct"
    truth = json.loads((folder / "truth.json").read_text())["total_size_bytes"]
    shutil.copy(folder / "config.json", tmp_path / "config.json")
    h, kv, ff = 3072, 8 * 128, 8192
    entries: list[tuple[str, str, tuple[int, ...]]] = [("model.embed_tokens.weight", "BF16", (128256, h))]
    for i in range(28):
        p = f"model.layers.{i}."
        shapes = {
            "self_attn.q_proj": (h, h),
            "self_attn.k_proj": (kv, h),
            "self_attn.v_proj": (kv, h),
            "self_attn.o_proj": (h, h),
            "mlp.gate_proj": (ff, h),
            "mlp.up_proj": (ff, h),
            "mlp.down_proj": (h, ff),
            "input_layernorm": (h,),
            "post_attention_layernorm": (h,),
        }
        entries += [(f"{p}{name}.weight", "BF16", shape) for name, shape in shapes.items()]
    entries.append(("model.norm.weight", "BF16", (h,)))
    assert sparse_checkpoint(tmp_path / "model.safetensors", entries) == truth
    ref, notes = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert ref.stored_weight_bytes == truth == 6_425_499_648
    assert ref.format_hint == "bf16"
    assert not any("values but" in n for n in notes)  # 3,212,749,824 parameters, as stored
    # without the config the same header gives the same parameter count (head_dim 128 assumed, tied head)
    (tmp_path / "config.json").unlink()
    ref2, notes2 = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert params.count(ref2.architecture).total == truth // 2
    assert ref2.architecture.decoder.attention.num_kv_heads == 8  # type: ignore[union-attr]
    assert any("assumed 128" in n for n in notes2)


def _shards(folder: Path, tensors: dict[str, np.ndarray], total: int | None = None) -> Path:
    names = sorted(tensors)
    parts = {
        "model-00001-of-00002.safetensors": names[: len(names) // 2],
        "model-00002-of-00002.safetensors": names[len(names) // 2 :],
    }
    weight_map = {}
    for shard, keys in parts.items():
        save_file({k: tensors[k] for k in keys}, str(folder / shard))
        weight_map.update(dict.fromkeys(keys, shard))
    index = folder / "model.safetensors.index.json"
    index.write_text(
        json.dumps(
            {
                "metadata": {"total_size": nbytes(tensors) if total is None else total},
                "weight_map": weight_map,
            }
        )
    )
    return index


def test_sharded_index_and_folder(tmp_path: Path) -> None:
    tensors = llama_tensors()
    index = _shards(tmp_path, tensors)
    for target in (index, tmp_path):
        ref, notes = safetensors_file.resolve(target)
        assert ref.stored_weight_bytes == nbytes(tensors)
        assert params.count(ref.architecture).total == numel(tensors)
        assert not any("total_size" in n for n in notes)
    assert safetensors_file.stored_bytes(tmp_path) == nbytes(tensors)


def test_index_total_size_disagreeing_with_shards_is_noted(tmp_path: Path) -> None:
    tensors = llama_tensors()
    index = _shards(tmp_path, tensors, total=12345)
    ref, notes = safetensors_file.resolve(index)
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert any("metadata.total_size says 12,345 bytes" in n for n in notes)


def test_missing_shard_trusts_total_size(tmp_path: Path) -> None:
    tensors = llama_tensors()
    index = _shards(tmp_path, tensors)
    (tmp_path / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(ModelFormatError, match="cannot tell the architecture"):
        safetensors_file.resolve(index)
    (tmp_path / "config.json").write_text(json.dumps(TINY_CONFIG))
    ref, notes = safetensors_file.resolve(index)
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert ref.format_hint == "fp16"  # config's torch_dtype, consistent with total_size / parameters
    assert any("1 of 2 shards are not here" in n for n in notes)
    assert safetensors_file.stored_bytes(tmp_path) == nbytes(tensors)


def test_folder_prefers_shards_over_a_consolidated_copy(tmp_path: Path) -> None:
    tensors = llama_tensors()
    names = sorted(tensors)
    save_file({k: tensors[k] for k in names[:10]}, str(tmp_path / "model-00001-of-00002.safetensors"))
    save_file({k: tensors[k] for k in names[10:]}, str(tmp_path / "model-00002-of-00002.safetensors"))
    save_file(tensors, str(tmp_path / "consolidated.safetensors"))
    ref, notes = safetensors_file.resolve(tmp_path)
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert any("ignored consolidated.safetensors" in n for n in notes)


def test_stored_bytes_none_without_safetensors(tmp_path: Path) -> None:
    assert safetensors_file.stored_bytes(tmp_path) is None


def test_quantization_config_maps_to_format_ids() -> None:
    def fmt(q: dict) -> str | None:
        return hf_quant.read({"quantization_config": q}).format_id

    assert fmt({"quant_method": "gptq", "bits": 4, "group_size": 128}) == "gptq-int4"
    assert fmt({"quant_method": "gptq", "bits": 8}) == "gptq-int8"
    assert fmt({"quant_method": "awq", "bits": 4}) == "awq-int4"
    # an EXL3 model's config.json (exllamav3 convert.py): {"quant_method": "exl3", "bits": 4.0, "head_bits": 6, ...}
    assert fmt({"quant_method": "exl3", "bits": 4.0, "head_bits": 6}) == "exl3-4.0"
    nf4 = {"quant_method": "bitsandbytes", "load_in_4bit": True, "bnb_4bit_quant_type": "nf4"}
    assert fmt({**nf4, "bnb_4bit_use_double_quant": True}) == "nf4"
    assert fmt(nf4) == "nf4-no-dq"
    # transformers' BitsAndBytesConfig: bnb_4bit_quant_type defaults to "fp4"
    assert fmt({"quant_method": "bitsandbytes", "load_in_4bit": True}) == "fp4"
    assert fmt({"quant_method": "bitsandbytes", "load_in_8bit": True}) == "int8"
    assert fmt({"quant_method": "fp8"}) == "fp8"
    unread = hf_quant.read({"quantization_config": {"quant_method": "hqq"}})
    assert unread.format_id is None and "'hqq'" in unread.warnings[0]
    approx = hf_quant.read({"quantization_config": {"quant_method": "gptq", "bits": 4, "group_size": 32}})
    assert approx.format_id == "gptq-int4" and "group_size 32" in approx.warnings[0]  # an approximation is unverified


def test_prequantized_checkpoint_gets_its_format(tmp_path: Path) -> None:
    tensors = {
        "model.layers.0.self_attn.q_proj.qweight": np.zeros((8, 64), np.int32),
        "model.layers.0.self_attn.q_proj.scales": np.zeros((1, 64), np.float16),
    }
    save_file(tensors, str(tmp_path / "model.safetensors"))
    config = {**TINY_CONFIG, "quantization_config": {"quant_method": "gptq", "bits": 4, "group_size": 128}}
    (tmp_path / "config.json").write_text(json.dumps(config))
    ref, notes = safetensors_file.resolve(tmp_path / "model.safetensors")
    assert ref.format_hint == "gptq-int4"
    assert ref.stored_weight_bytes == nbytes(tensors)
    assert any("pre-quantized" in n for n in notes)


def test_models_resolve_routes_safetensors(tmp_path: Path) -> None:
    tensors = llama_tensors()
    save_file(tensors, str(tmp_path / "model.safetensors"))
    ref, _ = models.resolve(str(tmp_path / "model.safetensors"))
    assert ref.stored_weight_bytes == nbytes(tensors)
    (tmp_path / "config.json").write_text(json.dumps(TINY_CONFIG))
    ref, _ = models.resolve(str(tmp_path))  # folder with config.json: stored bytes from the headers
    assert ref.stored_weight_bytes == nbytes(tensors)


# ---------------------------------------------------------------------------------------- broken files


def test_too_short_file(tmp_path: Path) -> None:
    p = tmp_path / "short.safetensors"
    p.write_bytes(b"\x10\x00\x00")
    with pytest.raises(ModelFormatError, match="only 3 bytes: too short for a safetensors header"):
        safetensors_file.resolve(p)


def test_header_length_larger_than_file(tmp_path: Path) -> None:
    p = raw_file(tmp_path / "x.safetensors", b"{}", declared=5000)
    with pytest.raises(ModelFormatError, match="header length 5,000 bytes is larger than the file"):
        safetensors_file.resolve(p)


def test_100_gb_header_is_refused_before_allocation(tmp_path: Path) -> None:
    p = raw_file(tmp_path / "huge.safetensors", b"{}", declared=100 * 1000**3)
    tracemalloc.start()
    try:
        with pytest.raises(
            ModelFormatError,
            match=f"declares 100,000,000,000 bytes, over the {safetensors_file.MAX_HEADER_BYTES:,}-byte limit",
        ):
            safetensors_file.resolve(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_truncated_header(tmp_path: Path) -> None:
    header = json.dumps({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
    p = raw_file(tmp_path / "cut.safetensors", header[:20], declared=len(header))
    with pytest.raises(ModelFormatError, match="larger than the file"):
        safetensors_file.resolve(p)


def test_non_json_header(tmp_path: Path) -> None:
    p = raw_file(tmp_path / "bad.safetensors", b"{this is not json}")
    with pytest.raises(ModelFormatError, match="header is not valid JSON"):
        safetensors_file.resolve(p)


def test_non_object_header(tmp_path: Path) -> None:
    p = raw_file(tmp_path / "bad.safetensors", b"[1, 2, 3]")
    with pytest.raises(ModelFormatError, match="header is not a JSON object"):
        safetensors_file.resolve(p)


def test_non_utf8_header(tmp_path: Path) -> None:
    p = raw_file(tmp_path / "bad.safetensors", b'{"\xff": 1}')
    with pytest.raises(ModelFormatError, match="header is not UTF-8"):
        safetensors_file.resolve(p)


def test_wrong_dtype_string(tmp_path: Path) -> None:
    header = json.dumps({"model.w": {"dtype": "F17", "shape": [2], "data_offsets": [0, 4]}}).encode()
    p = raw_file(tmp_path / "dtype.safetensors", header, data=4)
    with pytest.raises(ModelFormatError, match=r"tensor 'model\.w': unknown dtype 'F17'"):
        safetensors_file.resolve(p)


def test_span_inconsistent_with_dtype_and_shape(tmp_path: Path) -> None:
    header = json.dumps({"model.w": {"dtype": "BF16", "shape": [4, 4], "data_offsets": [0, 16]}}).encode()
    p = raw_file(tmp_path / "span.safetensors", header, data=16)
    with pytest.raises(
        ModelFormatError,
        match=r"tensor 'model.w': data_offsets \[0, 16\] span 16 bytes but BF16 "
        r"\[4, 4\] needs 32 bytes",
    ):
        safetensors_file.resolve(p)


def test_truncated_data_names_the_tensor(tmp_path: Path) -> None:
    tensors = llama_tensors()
    p = tmp_path / "model.safetensors"
    save_file(tensors, str(p))
    data = p.read_bytes()
    p.write_bytes(data[:-10])
    header = json.loads(data[8 : 8 + int.from_bytes(data[:8], "little")])
    last = max((k for k in header if k != "__metadata__"), key=lambda k: header[k]["data_offsets"][1])
    with pytest.raises(ModelFormatError, match=f"tensor '{last}' ends at byte .* the file is truncated"):
        safetensors_file.resolve(p)


def test_overlapping_tensors(tmp_path: Path) -> None:
    header = json.dumps(
        {
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
            "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]},
        }
    ).encode()
    p = raw_file(tmp_path / "overlap.safetensors", header, data=12)
    with pytest.raises(ModelFormatError, match="tensors 'a' and 'b' overlap"):
        safetensors_file.resolve(p)


def test_non_llama_names_without_config(tmp_path: Path) -> None:
    path = tmp_path / "m.safetensors"
    save_file({"transformer.h.0.attn.c_attn.weight": np.zeros((4, 4), np.float32)}, str(path))
    with pytest.raises(ModelFormatError, match="tensor names are not Llama-style"):
        safetensors_file.resolve(path)


def test_index_pointing_outside_the_folder(tmp_path: Path) -> None:
    index = tmp_path / "model.safetensors.index.json"
    index.write_text(json.dumps({"weight_map": {"w": "../elsewhere.safetensors"}}))
    with pytest.raises(ModelFormatError, match="not a file name in this folder"):
        safetensors_file.resolve(index)


@pytest.mark.parametrize(
    ("total", "rule"),
    [
        ("1e30", r"metadata\.total_size 1,000,000,000,000,000,019,884,624,838,656 bytes is out of range \(at most"),
        ("-5", r"metadata\.total_size must be a non-negative integer, not -5"),
        ("12.5", r"metadata\.total_size must be a non-negative integer, not 12\.5"),
        ("Infinity", r"'total_size' \(line 1\): Infinity is not a number JSON allows"),
    ],
)
def test_index_total_size_is_checked_where_it_is_read(tmp_path: Path, total: str, rule: str) -> None:
    p = tmp_path / "model.safetensors.index.json"
    p.write_text('{"metadata": {"total_size": ' + total + '}, "weight_map": {"a": "model-1.safetensors"}}')
    with pytest.raises(ModelFormatError, match=rule):
        safetensors_file.read_index(p)
