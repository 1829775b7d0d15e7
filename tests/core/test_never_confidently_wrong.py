"""Never a confident wrong answer: a config the reader cannot place completely is refused with the keys named, or
answered with `verified: false` and what was assumed — never a number presented as exact.

Real configs of mixture-of-experts, hybrid and fused-MLP models get their `model_type` renamed to a name no reader
knows; each answer must then be a refusal or unverified, and where the engine does answer, it must also reach the
CLI's JSON and text as unverified. The counts the engine gives for the real names are held to transformers' own in
test_params_oracle.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import ModelFormatError
from core.importers import hf_config
from core.params import count
from tests.conftest import DATA, REFERENCE, ROOT

ORACLE_CONFIGS = DATA / "param_oracle" / "configs"

# real configs whose structure goes beyond a dense Llama block: experts in several spellings, shared experts, MLA,
# hybrid layers, vision towers, fused projections
STRUCTURED = [
    REFERENCE / "hf-configs" / "Qwen__Qwen3-30B-A3B",  # experts (num_experts, decoder_sparse_step)
    REFERENCE / "hf-configs" / "deepseek-ai__DeepSeek-V3",  # MLA, n_routed_experts, first_k_dense_replace
    REFERENCE / "hf-configs" / "mistralai__Mixtral-8x7B-v0.1",  # num_local_experts
    REFERENCE / "hf-configs" / "microsoft__phi-4",  # phi3: fused qkv_proj / gate_up_proj in transformers
    REFERENCE / "hf-configs" / "Qwen__Qwen2.5-VL-7B-Instruct",  # vision tower
    REFERENCE / "hf-configs" / "state-spaces__mamba-2.8b-hf",  # SSM
]
STRUCTURED += sorted(
    p
    for p in ORACLE_CONFIGS.iterdir()
    if p.is_dir()
    and any(
        k in (p / "config.json").read_text(encoding="utf-8")
        for k in ('"num_experts"', '"num_local_experts"', '"n_routed_experts"', '"layer_types"', '"vision_config"')
    )
)


def _renamed(folder: Path, tmp_path: Path) -> Path:
    cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    cfg["model_type"] = "brand_new_family"
    if isinstance(cfg.get("text_config"), dict):
        cfg["text_config"]["model_type"] = "brand_new_family_text"
    out = tmp_path / folder.name
    out.mkdir()
    (out / "config.json").write_text(json.dumps(cfg), encoding="utf-8")
    return out


@pytest.mark.parametrize("folder", STRUCTURED, ids=lambda p: p.name)
def test_unknown_model_type_is_refused_or_unverified(folder: Path, tmp_path: Path) -> None:
    renamed = _renamed(folder, tmp_path)
    try:
        imported = hf_config.load(renamed)
    except ModelFormatError as exc:
        assert str(renamed) in str(exc)  # a refusal names the file (and, from the reader, the keys)
        return
    assert not imported.verified, "an unknown model_type must never be answered as verified"
    assert imported.architecture.unverified
    assert any("brand_new_family" in w for w in imported.warnings)


def test_unread_structural_keys_are_refused_by_name(tmp_path: Path) -> None:
    # A dense Llama config with an expert key it has no reader for: answering as a dense model would be ~90 % low.
    cfg = json.loads((REFERENCE / "hf-configs" / "meta-llama__Meta-Llama-3.1-8B" / "config.json").read_text())
    cfg["expert_layout_v9"] = [1, 2, 3]
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelFormatError, match="expert_layout_v9"):
        hf_config.load(tmp_path)


def test_vision_tower_without_a_builder_is_refused(tmp_path: Path) -> None:
    cfg = {
        "model_type": "some_new_vlm",
        "text_config": {"model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
                        "intermediate_size": 128, "vocab_size": 1000},
        "vision_config": {"hidden_size": 32, "num_hidden_layers": 2},
    }  # fmt: skip
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelFormatError, match="vision_config"):
        hf_config.load(tmp_path)


def test_unverified_reaches_the_cli(tmp_path: Path) -> None:
    renamed = _renamed(REFERENCE / "hf-configs" / "Qwen__Qwen3-30B-A3B", tmp_path)
    imported = hf_config.load(renamed)
    # the experts are still read (not dropped): 128 experts × 48 layers of 3 × 2048 × 768 each
    assert count(imported.architecture).by_component["experts"] == 128 * 48 * 3 * 2048 * 768
    run = [sys.executable, "-m", "core", "estimate", "--model", str(renamed), "--gpu", "h100-sxm-80gb"]
    out = subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    doc = json.loads(out)
    assert doc["verified"] is False
    assert any("brand_new_family" in u for u in doc["unverified"])
    text = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert text.startswith("UNVERIFIED")
    params = subprocess.run(
        [sys.executable, "-m", "core", "params", "--model", str(renamed), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert json.loads(params)["verified"] is False


def test_known_family_is_verified() -> None:
    imported = hf_config.load(REFERENCE / "hf-configs" / "Qwen__Qwen3-30B-A3B")
    assert imported.verified and not imported.architecture.unverified


KNOWN_MTP = "counted beside the total, not in it; a runtime loads them only for speculative decoding"
UNKNOWN_MTP = (
    "not in the total; their structure is not known here, so they are not counted (unverified) and cannot be sized "
    "as a speculative-decoding draft"
)


@pytest.mark.parametrize(
    ("folder", "key", "layers", "tail"),
    [
        # the key each real config spells its multi-token-prediction layers with (read in its config.json)
        ("Qwen__Qwen3.5-27B", "mtp_num_hidden_layers", 1, KNOWN_MTP),  # under text_config
        ("deepseek-ai__DeepSeek-V3.2", "num_nextn_predict_layers", 1, KNOWN_MTP),
        ("MiniMaxAI__MiniMax-M2.5", "num_mtp_modules", 3, UNKNOWN_MTP),
    ],
)
def test_mtp_note_names_the_key_the_config_declares(folder: str, key: str, layers: int, tail: str) -> None:
    config = json.loads((ORACLE_CONFIGS / folder / "config.json").read_text(encoding="utf-8"))
    notes = [n for n in hf_config.from_dict(config).notes if "multi-token-prediction" in n]
    assert notes == [
        f"the checkpoint also ships {layers} multi-token-prediction layer(s) ({key}), which transformers does not "
        f"build: {tail}"
    ]


DEFAULTS = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())
# the families the corpus has no real config.json for yet, at published dimensions (Granite 4, Falcon-H1) and
# transformers' default (Gemma 3n's text model: AltUp, LAuReL, per-layer embeddings, KV sharing)
NEW_FAMILIES = {name: {"model_type": v["model_type"], **v["keys"]} for name, v in DEFAULTS["variants"].items()}
NEW_FAMILIES["gemma3n_text (default config)"] = DEFAULTS["gemma3n_text"]["config"]


@pytest.mark.parametrize("name", sorted(NEW_FAMILIES))
def test_new_families_renamed_are_refused_or_unverified(name: str, tmp_path: Path) -> None:
    """Granite 4, Falcon-H1 and Gemma 3n under an unknown model_type: their experts, parallel Mamba-2 branch or
    AltUp/LAuReL/per-layer keys are refused by name or the answer is unverified, never a confident number."""
    cfg = {**NEW_FAMILIES[name], "model_type": "brand_new_family"}
    (tmp_path / "config.json").write_text(json.dumps(cfg), encoding="utf-8")
    try:
        imported = hf_config.load(tmp_path)
    except ModelFormatError:
        return
    assert not imported.verified and any("brand_new_family" in w for w in imported.warnings)
