"""The full Gemma 3n (Gemma3nForConditionalGeneration): its audio tower and multimodal embedders counted by hand from
transformers 5.25's modeling_gemma3n.py, its MobileNetV5 vision tower held to timm's own build, and the whole model to
transformers' meta-device count (tests/data/param_oracle/default_configs.json, tools/oracle/default_configs.py: the
published E2B and E4B dimensions, no verbatim config.json being in the corpus)."""

import copy
import json

import pytest
from pydantic import ValidationError

from core import catalog, project
from core.architecture import Architecture, ConformerSpec, TowerSpec
from core.errors import ModelFormatError
from core.estimate import estimate, unverified_memory_terms
from core.importers import hf_config
from core.importers.hf_gemma3n import TIMM_TOWERS, audio_tower_params, embedder_params
from core.importers.hf_reader import ConfigReader
from core.params import count
from core.scenario import ModelRef, Scenario
from tests.conftest import DATA

DEFAULTS = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())
E4B = DEFAULTS["variants"]["gemma-3n E4B (dims, full model with vision and audio towers)"]
E2B = DEFAULTS["variants"]["gemma-3n E2B (dims, full model with vision and audio towers)"]


def _config(v: dict) -> dict:
    return copy.deepcopy({"model_type": v["model_type"], **v["keys"]})


def test_multimodal_embedders_by_hand() -> None:
    """Gemma3nMultimodalEmbedder: embedding (vocab_size × tower width), hard_embedding_norm and soft_embedding_norm
    (tower width each), embedding_projection (tower width → text width 2048, no bias), and
    embedding_post_projection_norm built with_scale=False (no parameter)."""
    vision = 128 * 2048 + 2 * 2048 + 2048 * 2048
    audio = 128 * 1536 + 2 * 1536 + 1536 * 2048
    assert (vision, audio) == (4_460_544, 3_345_408)
    keys = E4B["keys"]
    assert embedder_params(ConfigReader(keys["vision_config"], "t", []), 2048, 2048) == vision
    assert embedder_params(ConfigReader(keys["audio_config"], "t", []), 1536, 2048) == audio
    # transformers' own count of the same modules
    assert E4B["by_module"]["model.embed_vision"] == vision
    assert E4B["by_module"]["model.embed_audio"] == audio


def test_audio_tower_by_hand() -> None:
    """Gemma3nAudioEncoder with the released sizes (hidden 1536, 8 heads of 192, 12 conformer blocks, conv kernel 5,
    subsampling channels 128 and 32 with 3×3 kernels and stride 2 over 128 mel bins)."""
    h, hd, layers = 1536, 192, 12
    f0 = (128 + 2 - 3) // 2 + 1  # 64 frequency bins after conv_0 (padded 1 + 1)
    f1 = (f0 + 2 - 3) // 2 + 1  # 32 after conv_1
    sscp = (128 * 1 * 3 * 3 + 128) + (32 * 128 * 3 * 3 + 32) + 32 * f1 * h  # convs + group-norm weights + input_proj
    ffw = 2 * h + h * 4 * h + 4 * h * h  # pre/post norm, ffw_layer_1, ffw_layer_2
    attention = 2 * h + 4 * h * h + hd + h * h  # norms, q/k/v + pos_proj, per_dim_scale, post
    lconv = 2 * h + h * 2 * h + h * 5 + h * h  # norms, linear_start, depthwise conv (5 taps), linear_end
    block = 2 * ffw + attention + lconv + h  # + the block's final norm
    assert sscp == 1_611_040
    assert block == 56_644_800
    expected = sscp + layers * block
    assert expected == 681_348_640
    assert audio_tower_params(ConfigReader(E4B["keys"]["audio_config"], "t", [])) == expected
    assert E4B["by_module"]["model.audio_tower"] == expected


def test_vision_tower_table_is_timm_build() -> None:
    """TIMM_TOWERS holds what timm itself built (the oracle's `timm_towers`, with its version), and transformers'
    vision_tower is that build."""
    built = DEFAULTS["timm_towers"]["architectures"]
    assert set(TIMM_TOWERS) == set(built)
    for name, tower in TIMM_TOWERS.items():
        b = built[name]
        assert tower.params == b["params"]
        assert tower.out_channels == b["num_features"] == b["forward_features_shape"][1]
        assert tower.image_size == b["input_size"][1]
        assert tower.feature_side == b["forward_features_shape"][2] == b["forward_features_shape"][3]
    assert E4B["by_module"]["model.vision_tower"] == E2B["by_module"]["model.vision_tower"] == 294_126_912
    assert TIMM_TOWERS["mobilenetv5_300m_enc"].tokens_per_image == E4B["keys"]["vision_soft_tokens_per_image"]


@pytest.mark.parametrize("v", [E4B, E2B], ids=["E4B", "E2B"])
def test_whole_model_equals_transformers(v: dict) -> None:
    imported = hf_config.from_dict(_config(v))
    assert imported.verified, imported.warnings
    assert count(imported.architecture).total == v["total"] == sum(v["by_module"].values())


@pytest.mark.parametrize("v", [E4B, E2B], ids=["E4B", "E2B"])
def test_towers_are_counted_under_their_names(v: dict) -> None:
    """The towers are structure (Architecture.towers), counted as transformers' modules: the vision tower with its
    embedder (model.vision_tower + model.embed_vision), the audio tower with its (model.audio_tower +
    model.embed_audio); what is left beside the text model's layers is the text model's own (its per-layer
    embeddings: model.language_model less what the text stack counts), nothing of the towers."""
    arch = hf_config.from_dict(_config(v)).architecture
    kinds = {t.kind: t for t in arch.towers}
    assert kinds["timm_vision"].timm_architecture == "mobilenetv5_300m_enc"
    assert kinds["timm_vision"].image_size == 768 and kinds["timm_vision"].soft_tokens == 256
    assert kinds["conformer_audio"].soft_tokens == v["keys"]["audio_soft_tokens_per_image"] == 188
    by = count(arch).by_component
    m = v["by_module"]
    assert by["vision_tower"] == m["model.vision_tower"] + m["model.embed_vision"] == 294_126_912 + 4_460_544
    assert by["audio_tower"] == m["model.audio_tower"] + m["model.embed_audio"] == 681_348_640 + 3_345_408
    text = sum(n for k, n in by.items() if k not in ("vision_tower", "audio_tower"))
    assert text == m["model.language_model"]


def test_unknown_timm_architecture_is_refused_naming_the_key() -> None:
    cfg = _config(E4B)
    cfg["vision_config"]["architecture"] = "mobilenetv4_conv_small"
    with pytest.raises(ModelFormatError, match=r"vision_config\.architecture.*mobilenetv4_conv_small"):
        hf_config.from_dict(cfg)


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("model_args", {"drop_path_rate": 0.1}, r"vision_config\.model_args"),
        ("hidden_size", 1024, r"vision_config\.hidden_size"),
    ],
)
def test_vision_config_the_table_cannot_answer_is_refused(key: str, value: object, named: str) -> None:
    cfg = _config(E4B)
    cfg["vision_config"][key] = value
    with pytest.raises(ModelFormatError, match=named):
        hf_config.from_dict(cfg)


def test_more_subsampling_convolutions_than_transformers_builds_are_refused() -> None:
    cfg = _config(E4B)
    cfg["audio_config"]["sscp_conv_channel_size"] = [128, 32, 16]
    with pytest.raises(ModelFormatError, match=r"audio_config\.sscp_conv_channel_size"):
        hf_config.from_dict(cfg)


def test_unknown_text_model_inside_is_refused() -> None:
    cfg = _config(E4B)
    cfg["text_config"]["model_type"] = "brand_new_family_text"
    with pytest.raises(ModelFormatError, match="brand_new_family_text"):
        hf_config.from_dict(cfg)


def test_tower_activations_are_flagged_only_where_not_measured() -> None:
    """Without images or audio the towers allocate nothing; with them, transformers' 16-bit prefill is measured
    (tests/core/test_gemma3n_tower_memory.py) and another runtime is not."""
    arch = hf_config.from_dict(_config(E2B), name="gemma-3n E2B").architecture
    scenario = Scenario(model=ModelRef(architecture=arch))
    assert not unverified_memory_terms(scenario)
    seen = scenario.model_copy(update={"workload": scenario.workload.model_copy(update={"images": 1})})
    assert not unverified_memory_terms(seen)
    vllm = seen.model_copy(update={"runtime": seen.runtime.model_copy(update={"name": "vllm"})})
    assert any(t.id == "unverified.gemma3n_towers" for t in unverified_memory_terms(vllm))  # type: ignore[attr-defined]


def test_towers_left_to_transformers_defaults_count_the_same() -> None:
    """A config that names only the towers' model_type gets transformers' Gemma3nAudioConfig / Gemma3nVisionConfig
    defaults (the released sizes, as the E4B variant spells them out), each one noted as an assumption."""
    cfg = _config(E4B)
    cfg["vision_config"] = {"model_type": "gemma3n_vision"}
    cfg["audio_config"] = {"model_type": "gemma3n_audio"}
    imported = hf_config.from_dict(cfg)
    absent = hf_config.from_dict({k: v for k, v in cfg.items() if k not in ("vision_config", "audio_config")})
    assert count(absent.architecture).total == E4B["total"]  # no tower configs: transformers builds the defaults
    assert imported.verified, imported.warnings
    assert count(imported.architecture).total == E4B["total"]
    assert any("audio_config.sscp_conv_kernel_size" in n for n in imported.notes)
    assert any("vision_config.architecture" in n for n in imported.notes)


def test_a_v8_gemma3n_file_migrates_exactly() -> None:
    """tests/data/migration/v8-gemma3n.sizing was saved by schema 8 (commit d1eeada): Gemma 3n E4B and E2B from their
    presets, and an E4B imported with timm's mobilenetv5_base, their towers counted in extra_params (the text model's
    per-layer embeddings + vision tower + audio tower + embedders). Read now, each preset's model is the one its preset
    imports (towers as structure, extra_params the text model's own), its total transformers' count, and every figure
    the fresh model's; every Gemma 3n keeps its saved total (the saved architecture read as it was, without towers),
    nothing counted twice."""
    path = DATA / "migration/v8-gemma3n.sizing"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 8
    saved = [s["model"]["architecture"] for s in raw["scenarios"]]
    assert not any("towers" in a for a in saved)
    scenarios, _ = project.read(path)
    totals = {"gemma-3n-e4b": E4B["total"], "gemma-3n-e2b": E2B["total"]}
    # transformers' vision_tower, embed_vision, audio_tower and embed_audio (test_whole_model_equals_transformers)
    moved = 294_126_912 + 4_460_544 + 681_348_640 + 3_345_408
    for s, before in zip(scenarios, saved, strict=True):
        arch = s.model.architecture
        if before["family"] != "gemma3n":
            assert not arch.towers and arch.extra_params == before["extra_params"]  # untouched by the step
            continue
        assert count(arch).total == count(Architecture.model_validate(before)).total
        assert arch.extra_params == before["extra_params"] - moved
        assert [t.kind for t in arch.towers] == ["timm_vision", "conformer_audio"]
        if s.model.preset is None:  # mobilenetv5_base: schema 8 saved nothing that tells it from the released tower
            assert count(arch).total == 7_604_989_136 == E4B["total"] - (294_126_912 - 80_598_976)
            continue
        fresh = catalog.preset_architecture(s.model.preset)
        assert arch == fresh, s.name
        assert count(arch).total == totals[s.model.preset]
        now = s.model_copy(update={"model": s.model.model_copy(update={"architecture": fresh})})
        assert estimate(s) == estimate(now)


def test_a_tower_spec_says_what_its_kind_needs() -> None:
    """A timm vision tower names its timm architecture and image size; a conformer describes its conformer; neither
    carries the other's fields."""
    TowerSpec(kind="timm_vision", params=1, soft_tokens=256, timm_architecture="mobilenetv5_base", image_size=256)
    TowerSpec(kind="conformer_audio", params=1, soft_tokens=188, conformer=ConformerSpec())
    for bad in (
        {"kind": "timm_vision", "params": 1, "soft_tokens": 256, "image_size": 768},
        {"kind": "timm_vision", "params": 1, "soft_tokens": 256, "timm_architecture": "x", "image_size": 768,
         "conformer": {}},
        {"kind": "conformer_audio", "params": 1, "soft_tokens": 188},
        {"kind": "conformer_audio", "params": 1, "soft_tokens": 188, "conformer": {}, "timm_architecture": "x",
         "image_size": 768},
    ):  # fmt: skip
        with pytest.raises(ValidationError):
            TowerSpec.model_validate(bad)
