"""KV cache and fixed-size state of Granite 4, Falcon-H1 and Gemma 3n, by hand from their dimensions (the
published checkpoints' dimensions in tests/data/param_oracle/default_configs.json `variants`, and transformers'
default Gemma 3n text config, whose count the family-table test holds). Granite 4 keeps a KV cache only in its
attention layers and a Mamba-2 state in the others; Falcon-H1 runs attention and Mamba-2 side by side in every
layer, so every layer keeps both; Gemma 3n's last num_kv_shared_layers layers attend over the cache of the last
earlier layer of their kind and keep none of their own (transformers' Gemma3nTextAttention: no k_proj/v_proj there)."""

import json
from pathlib import Path

from core.estimate import estimate
from core.models import resolve
from core.scenario import Scenario
from tests.conftest import DATA

DEFAULTS = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())


def _items(tmp_path: Path, config: dict, context: int) -> dict[str, float]:
    """Memory items at the decode peak under vLLM (8 output tokens; contexts are multiples of 16)."""
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(config))
    ref, _ = resolve(str(folder))
    s = Scenario.model_validate(
        {
            "model": ref.model_dump(),
            "precision": {"weights": "bf16", "kv_cache": "bf16"},
            "workload": {"mode": "inference", "context": context, "output_tokens": 8, "concurrency": 1},
            "runtime": {"name": "vllm"},
            "gpu": {"id": "h200-sxm-141gb"},
        }
    )
    est = estimate(s)
    return {i.key: i.bytes for i in est.memory.items}


def _variant(name: str) -> dict:
    v = DEFAULTS["variants"][name]
    return {"model_type": v["model_type"], **v["keys"]}


def test_granite_4_h_tiny_kv_and_state(tmp_path: Path) -> None:
    # 40 layers: 4 attention (4 kv heads × 1536 / 12 = 128), 36 Mamba-2 (48 heads × 64 head_dim × 128 state in fp32;
    # conv over 48·64 + 2·1·128 = 3328 channels × 4 taps in bf16)
    items = _items(tmp_path, _variant("granite-4.0-h-tiny (dims)"), context=32768)
    assert items["kv_cache"] == 4 * 2 * 4 * 128 * 32768 * 2
    assert items["recurrent_state"] == 36 * (48 * 64 * 128 * 4 + 3328 * 4 * 2)


def test_falcon_h1_keeps_a_cache_and_a_state_in_every_layer(tmp_path: Path) -> None:
    # Falcon-H1-7B: 44 layers, each with attention (2 kv heads × head_dim 128) and Mamba-2 (24 heads × 128 head_dim
    # × 256 state in fp32; conv over mamba_d_ssm 3072 + 2·1·256 = 3584 channels × 4 taps in bf16)
    items = _items(tmp_path, _variant("Falcon-H1-7B (dims)"), context=16384)
    assert items["kv_cache"] == 44 * 2 * 2 * 128 * 16384 * 2
    assert items["recurrent_state"] == 44 * (24 * 128 * 256 * 4 + 3584 * 4 * 2)


def test_gemma3n_shared_layers_keep_no_cache(tmp_path: Path) -> None:
    # transformers' default Gemma3nTextConfig: 35 layers in the pattern 4 sliding (window 512) + 1 full, the last 15
    # KV-shared, so the first 20 keep a cache: 16 sliding (at most 512 tokens each) and 4 full; 2 kv heads × 256
    config = DEFAULTS["gemma3n_text"]["config"]
    items = _items(tmp_path, config, context=32768)
    assert items["kv_cache"] == 2 * 2 * 256 * (4 * 32768 + 16 * 512) * 2


def test_voxtral_caches_only_its_text_layers(tmp_path: Path) -> None:
    """Voxtral-Small-24B (tests/data/param_oracle/configs/Abc7347__this): the audio tower is an encoder without
    cross-attention, so only the 40 Llama layers keep a KV cache (8 kv heads × head_dim 128). Without audio in the
    workload the answer says the tower is idle; with audio under a runtime its tower was not measured in (vLLM), it
    says the audio activations are extrapolated (tests/core/test_voxtral_audio.py holds the measured setups)."""
    config = json.loads((DATA / "param_oracle" / "configs" / "Abc7347__this" / "config.json").read_text())
    items = _items(tmp_path, config, context=32768)
    assert items["kv_cache"] == 40 * 2 * 8 * 128 * 32768 * 2
    folder = tmp_path / "model"
    ref, _ = resolve(str(folder))
    s = Scenario.model_validate({"model": ref.model_dump(), "gpu": {"id": "h200-sxm-141gb"}})
    est = estimate(s)
    assert "no audio in the workload: the audio tower is idle" in " ".join(str(w) for w in est.warnings)
    vllm = s.model_copy(update={"workload": s.workload.model_copy(update={"audio_seconds": 30.0}),
                                "runtime": s.runtime.model_copy(update={"name": "vllm"})})  # fmt: skip
    est = estimate(Scenario.model_validate(vllm.model_dump()))
    assert not est.verified and any("audio tower (Voxtral)" in u for u in est.unverified)


def test_mimo_v2_full_layers_keep_kv_at_their_own_shape(tmp_path: Path) -> None:
    # MiMo-V2-Flash (the corpus's config.json): 48 layers, hybrid_layer_pattern 9 full + 39 sliding (window 128);
    # full layers 4 kv heads, sliding layers 8 (swa_num_key_value_heads), keys 192 wide, values 128 in both
    config = json.loads((DATA / "param_oracle/configs/XiaomiMiMo__MiMo-V2-Flash/config.json").read_text())
    items = _items(tmp_path, config, context=32768)
    assert items["kv_cache"] == (9 * 4 * (192 + 128) * 32768 + 39 * 8 * (192 + 128) * 128) * 2
