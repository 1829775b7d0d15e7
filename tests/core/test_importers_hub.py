"""Hub importer, without the network: a Hugging Face cache is built in tmp_path
(models--org--name/snapshots/<sha>, refs/main) and pointed at with HF_HUB_CACHE; every huggingface_hub call
that could go online is replaced."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import huggingface_hub
import numpy as np
import pytest
from huggingface_hub import errors as hf_errors
from safetensors.numpy import save_file

from core import models, params
from core.errors import SizingError
from core.importers import hf_config, hub
from tests.conftest import REFERENCE

CONFIGS = REFERENCE / "hf-configs"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
REPO = "Qwen/Qwen2.5-1.5B"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "hf-cache"
    root.mkdir()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(root))

    def no_network(*_args: object, **_kw: object) -> None:
        raise AssertionError("the test tried to reach the Hugging Face Hub")

    for name in ("hf_hub_download", "get_safetensors_metadata", "snapshot_download", "model_info"):
        monkeypatch.setattr(huggingface_hub, name, no_network)
    return root


def cached_repo(root: Path, repo: str, files: dict[str, bytes]) -> Path:
    """The huggingface_hub cache layout for `repo` at COMMIT holding `files`; returns the snapshot folder."""
    folder = root / ("models--" + repo.replace("/", "--"))
    snapshot = folder / "snapshots" / COMMIT
    snapshot.mkdir(parents=True)
    (folder / "refs").mkdir()
    (folder / "refs" / "main").write_text(COMMIT)
    for name, data in files.items():
        (snapshot / name).write_bytes(data)
    return snapshot


def qwen_config() -> bytes:
    return (CONFIGS / "Qwen__Qwen2.5-1.5B" / "config.json").read_bytes()


def test_resolve_reads_the_cache(cache: Path) -> None:
    cached_repo(cache, REPO, {"config.json": qwen_config()})
    ref, notes = hub.resolve(REPO)
    expected = hf_config.load(CONFIGS / "Qwen__Qwen2.5-1.5B").architecture
    assert ref.architecture.name == REPO
    assert ref.architecture.decoder == expected.decoder
    assert params.count(ref.architecture).total == params.count(expected).total
    assert ref.stored_weight_bytes is None
    assert any("local Hugging Face cache" in n for n in notes)
    assert any("stored size unknown" in n for n in notes)


def test_cached_index_gives_stored_bytes(cache: Path) -> None:
    total = 3_087_428_608  # 1,543,714,304 bf16 parameters
    index = {
        "metadata": {"total_size": total},
        "weight_map": {"model.embed_tokens.weight": "model.safetensors"},
    }
    cached_repo(
        cache,
        REPO,
        {"config.json": qwen_config(), "model.safetensors.index.json": json.dumps(index).encode()},
    )
    ref, notes = hub.resolve(REPO)
    assert ref.stored_weight_bytes == total
    assert ref.format_hint == "bf16"  # torch_dtype agrees with total_size / parameters
    assert any("taken from the index's metadata.total_size" in n for n in notes)


def test_cached_single_file_header_is_read(cache: Path, tmp_path: Path) -> None:
    config = {
        "model_type": "llama",
        "hidden_size": 64,
        "num_hidden_layers": 1,
        "num_attention_heads": 4,
        "num_key_value_heads": 4,
        "intermediate_size": 128,
        "vocab_size": 32,
        "tie_word_embeddings": True,
    }
    tensors = {
        "model.embed_tokens.weight": np.zeros((32, 64), np.float16),
        "model.norm.weight": np.zeros(64, np.float16),
    }
    for name, shape in (
        ("self_attn.q_proj", (64, 64)),
        ("self_attn.k_proj", (64, 64)),
        ("self_attn.v_proj", (64, 64)),
        ("self_attn.o_proj", (64, 64)),
        ("mlp.gate_proj", (128, 64)),
        ("mlp.up_proj", (128, 64)),
        ("mlp.down_proj", (64, 128)),
    ):
        tensors[f"model.layers.0.{name}.weight"] = np.zeros(shape, np.float16)
    for name in ("input_layernorm", "post_attention_layernorm"):
        tensors[f"model.layers.0.{name}.weight"] = np.zeros(64, np.float16)
    save_file(tensors, str(tmp_path / "w.safetensors"))
    cached_repo(
        cache,
        "org/tiny",
        {
            "config.json": json.dumps(config).encode(),
            "model.safetensors": (tmp_path / "w.safetensors").read_bytes(),
        },
    )
    ref, notes = hub.resolve("org/tiny")
    assert ref.stored_weight_bytes == sum(a.nbytes for a in tensors.values())
    assert ref.format_hint == "fp16"
    assert not any("values but" in n for n in notes)


def test_missing_repo_says_it_is_not_cached(cache: Path) -> None:
    with pytest.raises(
        SizingError,
        match=r"'org/absent' is not in the local Hugging Face cache .* "
        r"`hf download org/absent config\.json",
    ):
        hub.resolve("org/absent")


@pytest.mark.parametrize(
    "bad",
    ["noslash", "a/b/c", "org/na me", "org--x/name", "../etc", "org/name.git", "/name", "org/", "org/na..me"],
)
def test_invalid_repo_ids_are_refused(bad: str) -> None:
    with pytest.raises(SizingError, match="is not a Hugging Face repo id"):
        hub.validate_repo_id(bad)


def test_repo_url_is_accepted() -> None:
    assert hub.validate_repo_id("https://huggingface.co/Qwen/Qwen2.5-7B") == "Qwen/Qwen2.5-7B"


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HUGGINGFACE_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "home"))
    assert hub.cache_dir() == tmp_path / "home" / "hub"
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "elsewhere"))
    assert hub.cache_dir() == tmp_path / "elsewhere"


def test_models_resolve_falls_back_to_the_hub_cache(cache: Path) -> None:
    cached_repo(cache, REPO, {"config.json": qwen_config()})
    ref, _ = models.resolve(REPO)
    assert ref.architecture.name == REPO


def test_fetch_reports_progress_and_reads_only_json(
    cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The online path with huggingface_hub replaced: config.json arrives, the index does not exist
    (single-file repo), and the header comes from get_safetensors_metadata."""
    src = tmp_path / "remote"
    src.mkdir()
    shutil.copy(CONFIGS / "Qwen__Qwen2.5-1.5B" / "config.json", src / "config.json")
    asked: list[str] = []

    def download(repo_id: str, filename: str, **_kw: object) -> str:
        asked.append(filename)
        if filename != "config.json":
            raise hf_errors.RemoteEntryNotFoundError.__new__(hf_errors.RemoteEntryNotFoundError)
        return str(src / filename)

    from huggingface_hub.utils import SafetensorsFileMetadata, SafetensorsRepoMetadata, TensorInfo

    infos = {"model.embed_tokens.weight": TensorInfo(dtype="BF16", shape=[151936, 1536], data_offsets=(0, 466747392))}
    remote = SafetensorsRepoMetadata(
        metadata=None,
        sharded=False,
        weight_map=dict.fromkeys(infos, "model.safetensors"),
        files_metadata={"model.safetensors": SafetensorsFileMetadata({}, infos)},
    )
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", download)
    monkeypatch.setattr(huggingface_hub, "get_safetensors_metadata", lambda repo_id: remote)
    steps: list[str] = []
    ref, notes = hub.fetch(REPO, progress=steps.append)
    assert steps == ["config.json", "safetensors index", "safetensors header", "done"]
    assert asked == ["config.json", "model.safetensors.index.json"]
    assert ref.stored_weight_bytes == 466747392
    assert any("values but" in n for n in notes)  # only the embeddings were "stored"


def test_fetch_gated_repo_says_how_to_get_access(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def gated(*_args: object, **_kw: object) -> str:
        raise hf_errors.GatedRepoError.__new__(hf_errors.GatedRepoError)

    monkeypatch.setattr(huggingface_hub, "hf_hub_download", gated)
    with pytest.raises(SizingError, match=r"'meta-llama/Llama-3\.1-8B' is gated: accept its licence"):
        hub.resolve("meta-llama/Llama-3.1-8B", offline=False)


@pytest.mark.parametrize("filename", ["config.json", "model.safetensors.index.json"])
def test_a_link_to_a_missing_blob_is_named(cache: Path, filename: str) -> None:
    # an interrupted `hf download` leaves snapshot links whose blobs never arrived
    files = {"config.json": qwen_config(), "model.safetensors.index.json": b'{"weight_map": {}}'}
    del files[filename]
    snapshot = cached_repo(cache, REPO, files)
    (snapshot / filename).symlink_to("../../blobs/0badb10b")
    with pytest.raises(SizingError, match=rf"{re.escape(filename)}: links to \.\./\.\./blobs/0badb10b, which does not"):
        hub.resolve(REPO)


def test_fetch_fails_at_once_when_the_hub_name_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    # offline, huggingface_hub retries with back-off for ~25 s before it gives up; a name that does not resolve
    # is known in milliseconds, so the fetch says so at once and never starts the client's download
    import socket
    import time

    from core.importers import hub

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)

    def no_dns(*_args: object, **_kw: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def never(*_args: object, **_kw: object) -> None:
        raise AssertionError("the download must not start")

    monkeypatch.setattr(hub.socket, "getaddrinfo", no_dns)
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", never)
    start = time.monotonic()
    with pytest.raises(SizingError, match=r"huggingface\.co does not resolve \(Name or service not known\)"):
        hub.fetch("meta-llama/Llama-3.1-8B")
    assert time.monotonic() - start < 1.0
