"""KV cache and fixed-size state of hybrid models, by hand from their published configs: only attention layers keep a
cache that grows with context; linear-attention (Gated DeltaNet), Mamba-2 and short-convolution layers keep a
fixed-size state per sequence (transformers' Qwen3Next / NemotronH / Lfm2 cache classes: conv_states and
recurrent/ssm states)."""

from core.estimate import estimate
from core.models import resolve
from core.scenario import Scenario
from tests.conftest import DATA

CONFIGS = DATA / "param_oracle" / "configs"


def _items(folder: str, context: int, concurrency: int = 1) -> dict[str, float]:
    """Memory items at the decode peak: 8 output tokens, the prompt fills the rest of `context`; vLLM's paged cache
    (16-token blocks: every context here is a multiple of 16) keeps sliding layers at their window."""
    ref, _ = resolve(str(CONFIGS / folder))
    s = Scenario.model_validate(
        {
            "model": ref.model_dump(),
            "precision": {"weights": "fp8-block128" if "DeepSeek" in folder else "bf16", "kv_cache": "bf16"},
            "workload": {"mode": "inference", "context": context, "output_tokens": 8, "concurrency": concurrency},
            "runtime": {"name": "vllm"},
            "gpu": {"id": "h200-sxm-141gb"},
        }
    )
    est = estimate(s)
    return {i.key: i.bytes for i in est.memory.items} | {"_verified": est.verified, "_phase": est.memory.phase}


def test_qwen3_next_kv_and_state() -> None:
    # Qwen3-Next-80B-A3B: 48 layers, full_attention_interval 4 → 12 full-attention layers (2 kv heads × 256) and
    # 36 Gated DeltaNet layers (32 v-heads × 128 × 128 recurrent state in fp32; conv over 2·16·128 + 32·128 = 8192
    # channels × 4 taps in bf16).
    items = _items("Qwen__Qwen3-Next-80B-A3B-Thinking", context=32768, concurrency=4)
    assert items["kv_cache"] == 12 * 2 * 2 * 256 * 32768 * 4 * 2
    assert items["recurrent_state"] == 36 * (32 * 128 * 128 * 4 + 8192 * 4 * 2) * 4
    assert items["_verified"] is False  # linear-attention activations are not yet held to PyTorch allocations


def test_nemotron_h_kv_and_state() -> None:
    # Nemotron-H-56B: hybrid_override_pattern (118 blocks) with 10 '*' attention blocks (8 kv heads × 8192 / 64 =
    # 128), 54 'M' Mamba-2 blocks (256 heads × 64 head_dim × 256 state in fp32; conv over 256·64 + 2·8·256 = 20480
    # channels × 4 taps in bf16); the 54 '-' MLP blocks keep nothing.
    items = _items("nvidia__Nemotron-H-56B-Base-8K", context=8192)
    assert items["kv_cache"] == 10 * 2 * 8 * 128 * 8192 * 2
    assert items["recurrent_state"] == 54 * (256 * 64 * 256 * 4 + 20480 * 4 * 2)


def test_lfm2_kv_and_state() -> None:
    # LFM2-1.2B: full_attn_idxs lists 6 of 16 layers (8 kv heads × 64); the other 10 are short convolutions over
    # the 2048 channels with conv_L_cache 3 taps (bf16).
    items = _items("LiquidAI__LFM2-1.2B", context=4096)
    assert items["kv_cache"] == 6 * 2 * 8 * 64 * 4096 * 2
    assert items["recurrent_state"] == 10 * 2048 * 3 * 2


def test_gpt_oss_sliding_layers_cap_the_cache() -> None:
    # gpt-oss-20b: 24 layers alternating sliding (window 128) and full; 8 kv heads × 64
    items = _items("openai__gpt-oss-20b", context=65536)
    assert items["kv_cache"] == (12 * 65536 + 12 * 128) * 2 * 8 * 64 * 2
    assert "recurrent_state" not in items


def test_llama4_chunked_layers_cap_the_cache() -> None:
    # Llama 4 Scout's text config names attention_chunk_size 8192 and no layer list: transformers makes every 4th
    # layer (no_rope_layer_interval 4) full attention and the other 36 of 48 chunked; 8 kv heads × 128
    items = _items("meta-llama__Llama-4-Scout-17B-16E-Instruct", context=32768)
    assert items["kv_cache"] == (12 * 32768 + 36 * 8192) * 2 * 8 * 128 * 2


def test_a_copied_stack_counts_its_own_mixers() -> None:
    """StackSpec.mixer_count is counted once per stack: a copy with other mixers (model_copy, as the importers and
    core.params make them) counts its own. Gemma 2 9B: 42 layers, every other one sliding (21 and 21); the copy with
    the per-layer list of 40 full and 2 sliding layers, 40 and 2."""
    from core import catalog

    st = catalog.preset_architecture("gemma-2-9b-it").decoder
    assert st is not None
    assert (st.mixer_count("sliding"), st.mixer_count("full")) == (21, 21)
    copy = st.model_copy(update={"mixers": ("full",) * 40 + ("sliding",) * 2})
    assert (copy.mixer_count("sliding"), copy.mixer_count("full"), copy.attention_layer_count) == (2, 40, 42)
    assert (st.mixer_count("sliding"), st.mixer_count("full")) == (21, 21)
