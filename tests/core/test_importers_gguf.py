"""GGUF importer: small GGUF files written here with gguf.GGUFWriter (real F32/F16/Q8_0/Q4_0 tensors) must
come back with their exact bytes, their architecture and their file type; broken files must be refused by
name."""

from __future__ import annotations

import struct
from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf import GGMLQuantizationType as T
from gguf.quants import quantize

from core import models, params, quant
from core.errors import ModelFormatError
from core.importers import gguf_file

H, FF, VOCAB, HEADS, KV, LAYERS = 64, 128, 96, 4, 2, 2


class Fixture:
    """A GGUFWriter that also adds up the bytes it was handed, as the independent oracle."""

    def __init__(self, path: Path, arch: str = "llama", **writer_args: int) -> None:
        self.writer = gguf.GGUFWriter(path, arch, **writer_args)
        self.path = path
        self.total = 0
        self.sizes: dict[str, int] = {}
        self.rng = np.random.default_rng(0)

    def add(self, name: str, shape: tuple[int, ...], qtype: T = T.F32) -> None:
        arr = self.rng.standard_normal(shape).astype(np.float32)
        if qtype == T.F32:
            self.writer.add_tensor(name, arr)
            data = arr
        elif qtype == T.F16:
            data = arr.astype(np.float16)
            self.writer.add_tensor(name, data)
        else:
            data = quantize(arr, qtype)
            self.writer.add_tensor(name, data, raw_dtype=qtype)
        self.sizes[name] = data.nbytes
        self.total += data.nbytes

    def write(self) -> None:
        w = self.writer
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()


def tiny_llama(path: Path, *, tied: bool = False, file_type: int | None = 2, **writer_args: int) -> Fixture:
    """A 2-layer Llama: F16 embeddings, Q8_0 output, Q4_0/Q8_0/F16 blocks, F32 norms."""
    f = Fixture(path, "llama", **writer_args)
    w = f.writer
    w.add_name("tiny-llama")
    w.add_block_count(LAYERS)
    w.add_context_length(4096)
    w.add_embedding_length(H)
    w.add_feed_forward_length(FF)
    w.add_head_count(HEADS)
    w.add_head_count_kv(KV)
    w.add_layer_norm_rms_eps(1e-5)
    if file_type is not None:
        w.add_file_type(file_type)
    w.add_token_list([f"tok{i}" for i in range(VOCAB)])
    f.add("token_embd.weight", (VOCAB, H), T.F16)
    f.add("output_norm.weight", (H,))
    if not tied:
        f.add("output.weight", (VOCAB, H), T.Q8_0)
    hd = H // HEADS
    for i in range(LAYERS):
        f.add(f"blk.{i}.attn_norm.weight", (H,))
        f.add(f"blk.{i}.attn_q.weight", (HEADS * hd, H), T.Q4_0)
        f.add(f"blk.{i}.attn_k.weight", (KV * hd, H), T.Q4_0)
        f.add(f"blk.{i}.attn_v.weight", (KV * hd, H), T.Q8_0)
        f.add(f"blk.{i}.attn_output.weight", (H, HEADS * hd), T.F16)
        f.add(f"blk.{i}.ffn_norm.weight", (H,))
        f.add(f"blk.{i}.ffn_gate.weight", (FF, H), T.Q4_0)
        f.add(f"blk.{i}.ffn_up.weight", (FF, H), T.Q4_0)
        f.add(f"blk.{i}.ffn_down.weight", (H, FF), T.Q8_0)
    f.write()
    return f


def llama_params(tied: bool) -> int:
    hd = H // HEADS
    block = 2 * H + H * HEADS * hd * 2 + 2 * H * KV * hd + 3 * H * FF
    return VOCAB * H * (1 if tied else 2) + H + LAYERS * block


def test_llama_round_trips_exact_bytes_and_architecture(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "tiny.gguf")
    ref, notes = gguf_file.resolve(f.path)
    assert ref.stored_weight_bytes == f.total
    assert ref.stored_gpu_weight_bytes == f.total - f.sizes["token_embd.weight"]
    assert ref.format_hint == "q4_0"
    assert ref.path == str(f.path)
    a = ref.architecture
    assert (a.name, a.family, a.kind, a.vocab_size, a.tie_word_embeddings, a.max_positions) == (
        "tiny-llama",
        "llama",
        "decoder",
        VOCAB,
        False,
        4096,
    )
    st = a.decoder
    assert st is not None
    assert (st.num_layers, st.hidden_size, st.mlp.intermediate_size, st.mlp.gated, st.norms_per_layer) == (
        LAYERS,
        H,
        FF,
        True,
        2,
    )
    att = st.attention
    assert (att.num_heads, att.num_kv_heads, att.head_dim, att.q_bias, att.qk_norm) == (
        HEADS,
        KV,
        16,
        False,
        "none",
    )
    # the architecture read from the metadata has exactly the file's element count: no mismatch note
    assert params.count(a).total == llama_params(tied=False)
    assert notes == []


def test_tied_model_keeps_the_output_copy_on_the_gpu(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "tied.gguf", tied=True)
    ref, notes = gguf_file.resolve(f.path)
    assert ref.architecture.tie_word_embeddings
    assert ref.stored_weight_bytes == f.total
    assert ref.stored_gpu_weight_bytes == f.total
    assert any("copy of token_embd" in n for n in notes)
    assert params.count(ref.architecture).total == llama_params(tied=True)


def test_missing_file_type_is_inferred_from_the_tensors(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "noft.gguf", file_type=None)
    ref, notes = gguf_file.resolve(f.path)
    assert ref.format_hint == "q4_0"
    assert any("general.file_type missing" in n and "Q4_0" in n for n in notes)


def test_file_type_table_matches_llama_file_type_enum() -> None:
    for value, fmt in gguf_file.FILE_TYPES.items():
        name = gguf.LlamaFileType(value).name
        floats = {"fp32": "ALL_F32", "fp16": "MOSTLY_F16", "bf16": "MOSTLY_BF16"}
        expected = floats.get(fmt, f"MOSTLY_{fmt.upper()}")
        assert name == expected, (value, fmt)
        assert quant.get(fmt).id == fmt


def test_unknown_file_type_leaves_no_hint(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "iq2.gguf", file_type=int(gguf.LlamaFileType.MOSTLY_IQ2_XXS))
    ref, notes = gguf_file.resolve(f.path)
    assert ref.format_hint is None
    assert any("MOSTLY_IQ2_XXS" in n for n in notes)


def test_qwen3_moe_metadata_maps_to_experts_and_qk_norm(tmp_path: Path) -> None:
    f = Fixture(tmp_path / "moe.gguf", "qwen3moe")
    w = f.writer
    n_exp, e_ff, hd = 4, 32, 32
    w.add_block_count(2)
    w.add_context_length(32768)
    w.add_embedding_length(H)
    w.add_feed_forward_length(96)
    w.add_head_count(HEADS)
    w.add_head_count_kv(KV)
    w.add_key_length(hd)
    w.add_value_length(hd)
    w.add_expert_count(n_exp)
    w.add_expert_used_count(2)
    w.add_expert_feed_forward_length(e_ff)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16))
    f.add("token_embd.weight", (VOCAB, H), T.F16)
    f.add("output_norm.weight", (H,))
    f.add("output.weight", (VOCAB, H), T.F16)
    for i in range(2):
        f.add(f"blk.{i}.attn_norm.weight", (H,))
        f.add(f"blk.{i}.attn_q.weight", (HEADS * hd, H), T.F16)
        f.add(f"blk.{i}.attn_k.weight", (KV * hd, H), T.F16)
        f.add(f"blk.{i}.attn_v.weight", (KV * hd, H), T.F16)
        f.add(f"blk.{i}.attn_q_norm.weight", (hd,))
        f.add(f"blk.{i}.attn_k_norm.weight", (hd,))
        f.add(f"blk.{i}.attn_output.weight", (H, HEADS * hd), T.F16)
        f.add(f"blk.{i}.ffn_norm.weight", (H,))
        f.add(f"blk.{i}.ffn_gate_inp.weight", (n_exp, H))
        f.add(f"blk.{i}.ffn_gate_exps.weight", (n_exp, e_ff, H), T.F16)
        f.add(f"blk.{i}.ffn_up_exps.weight", (n_exp, e_ff, H), T.F16)
        f.add(f"blk.{i}.ffn_down_exps.weight", (n_exp, H, e_ff), T.F16)
    f.write()
    ref, notes = gguf_file.resolve(f.path)
    st = ref.architecture.decoder
    assert st is not None and st.moe is not None
    assert (st.moe.num_experts, st.moe.experts_per_token, st.moe.expert_intermediate_size) == (n_exp, 2, e_ff)
    assert st.moe.dense_layers == ()
    assert (st.attention.head_dim, st.attention.qk_norm) == (hd, "head")
    assert ref.format_hint == "fp16"
    assert ref.stored_weight_bytes == f.total
    assert notes == []  # element count of the file == parameter count of the architecture


def test_split_gguf_sums_every_part(tmp_path: Path) -> None:
    whole = tiny_llama(tmp_path / "whole.gguf")
    (tmp_path / "split").mkdir()
    tiny_llama(tmp_path / "split" / "tiny.gguf", split_max_tensors=10)
    parts = sorted((tmp_path / "split").glob("*.gguf"))
    assert len(parts) > 1 and parts[0].name == f"tiny-00001-of-{len(parts):05d}.gguf"
    for part in (parts[0], parts[-1]):
        ref, notes = gguf_file.resolve(part)
        assert ref.stored_weight_bytes == whole.total
        assert ref.architecture.name == "tiny-llama"
        assert any("split GGUF" in n for n in notes)
    parts[-1].unlink()
    with pytest.raises(ModelFormatError, match="parts are missing"):
        gguf_file.resolve(parts[0])


def test_models_resolve_routes_gguf(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "tiny.gguf")
    ref, _ = models.resolve(str(f.path))
    assert ref.stored_weight_bytes == f.total
    assert ref.format_hint == "q4_0"


# ------------------------------------------------------------------------------------------ broken files


def _header(n_tensors: int, n_kv: int, version: int = 3) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", version, n_tensors, n_kv)


def _kv_string(key: str) -> bytes:
    raw = key.encode()
    return struct.pack("<Q", len(raw)) + raw


def test_wrong_magic(tmp_path: Path) -> None:
    p = tmp_path / "x.gguf"
    p.write_bytes(b"PK\x03\x04" + bytes(60))
    with pytest.raises(ModelFormatError, match="not a GGUF file: it starts with b'PK"):
        gguf_file.resolve(p)


def test_old_ggml_magic(tmp_path: Path) -> None:
    p = tmp_path / "old.gguf"
    p.write_bytes(b"tjgg" + bytes(60))
    with pytest.raises(ModelFormatError, match="pre-GGUF"):
        gguf_file.resolve(p)


def test_unsupported_version(tmp_path: Path) -> None:
    p = tmp_path / "v1.gguf"
    p.write_bytes(_header(0, 0, version=1))
    with pytest.raises(ModelFormatError, match="GGUF version 1 is not supported"):
        gguf_file.resolve(p)


@pytest.mark.parametrize(("n_tensors", "n_kv", "what"), [(1 << 40, 0, "tensors"), (0, 1 << 33, "metadata entries")])
def test_absurd_counts_are_refused(tmp_path: Path, n_tensors: int, n_kv: int, what: str) -> None:
    p = tmp_path / "absurd.gguf"
    p.write_bytes(_header(n_tensors, n_kv) + bytes(64))
    limit = gguf_file.MAX_TENSORS if what == "tensors" else gguf_file.MAX_KV
    with pytest.raises(ModelFormatError, match=f"declares {max(n_tensors, n_kv):,} {what}, over the {limit:,} limit"):
        gguf_file.resolve(p)


def test_absurd_array_length_is_refused_without_looping(tmp_path: Path) -> None:
    p = tmp_path / "array.gguf"
    body = _kv_string("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, 1 << 60)  # array of 2^60 strings
    p.write_bytes(_header(0, 1) + body + bytes(16))
    with pytest.raises(ModelFormatError, match=r"metadata 'tokenizer.ggml.tokens' declares [\d,]+ array elements"):
        gguf_file.resolve(p)


def test_truncated_in_the_metadata(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "tiny.gguf")
    data = f.path.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[:200])
    with pytest.raises(ModelFormatError, match=r"truncated or corrupt: metadata .* but the file ends at 200"):
        gguf_file.resolve(cut)


def test_truncated_in_the_tensor_data_names_the_tensor(tmp_path: Path) -> None:
    f = tiny_llama(tmp_path / "tiny.gguf")
    data = f.path.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[:-100])
    with pytest.raises(ModelFormatError, match=r"truncated: tensor 'blk\.1\.ffn_down\.weight' needs bytes"):
        gguf_file.resolve(cut)


def test_tiny_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "short.gguf"
    p.write_bytes(b"GGUF\x03\x00")
    with pytest.raises(ModelFormatError, match="truncated before the end of the GGUF header"):
        gguf_file.resolve(p)


def test_unknown_tensor_type_is_named(tmp_path: Path) -> None:
    name = b"blk.0.attn_q.weight"
    info = struct.pack("<Q", len(name)) + name + struct.pack("<IQQIQ", 2, 32, 32, 9999, 0)
    p = tmp_path / "type.gguf"
    p.write_bytes(_header(1, 0) + info + bytes(4096))
    with pytest.raises(ModelFormatError, match=r"tensor 'blk\.0\.attn_q\.weight' has unknown GGML type 9999"):
        gguf_file.resolve(p)


def test_vision_projector_file_is_refused(tmp_path: Path) -> None:
    f = Fixture(tmp_path / "mmproj.gguf", "clip")
    f.add("v.patch_embd.weight", (64, 64), T.F16)
    f.write()
    with pytest.raises(ModelFormatError, match="vision projector"):
        gguf_file.resolve(f.path)
