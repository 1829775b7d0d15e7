"""The towers' FLOPs in the time estimate (core/tower_flops.py): a tower runs per image or audio chunk over its own
positions, not per context token. Held to hand calculations from the released configs and to PyTorch's own count
(tests/data/calibration/tower_flops.json: torch.utils.flop_counter.FlopCounterMode over transformers 5.25's
VoxtralEncoder + projector and Qwen3VLVisionModel, eager attention; tools/calibration/tower_flops.py).

Voxtral Mini 3B (2507) config (tests/data/param_oracle/configs/mistralai__Voxtral-Mini-3B-2507/config.json):
audio_config 32 layers, hidden 1,280, MLP 5,120, 128 mel bins, 1,500 positions; text_config 30 layers, hidden 3,072,
32 heads × 128, 8 KV heads, MLP 8,192, vocab 131,072, lm_head untied. Qwen3-VL-32B vision_config: depth 27, hidden
1,152, MLP 4,304, patch 16, temporal patch 2, spatial merge 2, out 5,120, deepstack at 3 layers."""

import json
from pathlib import Path

import pytest

from core.estimate import estimate
from tests.core.helpers import scenario

ROOT = Path(__file__).resolve().parents[2]
ROWS = json.loads((ROOT / "tests/data/calibration/tower_flops.json").read_text())
MEASURED = {r["id"]: r["result"]["flops"] for r in ROWS}

# Voxtral's audio tower, one 30 s chunk, by hand:
#   conv1 Conv1d(128, 1280, k=3) over 3,000 mel frames: 2 · 128·1280·3 · 3000        =     2,949,120,000
#   conv2 Conv1d(1280, 1280, k=3, stride 2) over 1,500:  2 · 1280·1280·3 · 1500      =    14,745,600,000
#   32 blocks' linears (q, k, v, o 1280², fc1/fc2 1280·5120) over 1,500 positions:
#       2 · 32 · (4 · 1280² + 2 · 1280 · 5120) · 1500                               = 1,887,436,800,000
#   attention over the chunk's own 1,500 positions: 4 · 32 · 1500 · 1280 · 1500     =   368,640,000,000
#   projector (Linear 5120 → 3072, Linear 3072 → 3072) over 375 rows: 2 · (5120·3072 + 3072²) · 375 = 18,874,368,000
VOXTRAL_CHUNK = 2_949_120_000 + 14_745_600_000 + 1_887_436_800_000 + 368_640_000_000 + 18_874_368_000
# Voxtral Mini's text model per token: 30 · (3072·4096 + 2 · 3072·1024 + 4096·3072 + 3 · 3072·8192)
# + lm_head 131072·3072
VOXTRAL_TEXT = 30 * (3072 * 4096 + 2 * 3072 * 1024 + 4096 * 3072 + 3 * 3072 * 8192) + 131072 * 3072


def qwen3_vl_image(side: int) -> int:
    """Qwen3-VL-32B's vision tower over one side × side image, by hand: P = (side/16)² patches through the patch
    embedding (Conv3d 3·2·16·16 → 1,152, one patch per stride) and 27 blocks (qkv 1152 → 3·1152, proj 1152², fc1/fc2
    1152·4304), attention over the image's P patches; the merger (LayerNorm, Linear 4608 → 4608, Linear 4608 → 5120)
    and 3 deepstack mergers of the same shape over the P / 4 merged rows."""
    p = (side // 16) ** 2
    body = 1152 * 3 * 2 * 16 * 16 + 27 * (4 * 1152 * 1152 + 2 * 1152 * 4304)
    merger = 4 * (4608 * 4608 + 4608 * 5120)
    return p * (2 * body + 4 * 27 * p * 1152) + 2 * merger * (p // 4)


def _voxtral(**workload: object) -> object:
    return scenario("voxtral-mini-3b-2507", workload=workload, gpu={"id": "h100-sxm-80gb"})


def test_voxtral_chunk_by_hand_and_measured() -> None:
    assert MEASURED["voxtral-mini-audio-tower-1-chunks"] == VOXTRAL_CHUNK  # the hand count is PyTorch's
    assert MEASURED["voxtral-mini-audio-tower-2-chunks"] == 2 * VOXTRAL_CHUNK
    for seconds, chunks in ((30, 1), (31, 2), (300, 10)):  # padded to a multiple of 30 s
        c = estimate(_voxtral(context=8192, audio_seconds=seconds)).compute
        assert c.tower_flops_per_sequence == pytest.approx(chunks * VOXTRAL_CHUNK, rel=1e-12)


def test_text_tokens_no_longer_multiply_through_the_encoder() -> None:
    """The text model's 2·N per token is its own parameters: 3,611,295,744, not the 4,271,013,888 that held the
    encoder and projector too; plus attention over the 8,192-token context, 4 · 30 layers · 8,192 · 4,096."""
    c = estimate(_voxtral(context=8192)).compute
    assert VOXTRAL_TEXT == 3_611_295_744
    assert c.flops_per_token == 2 * VOXTRAL_TEXT + 4 * 30 * 8192 * 4096
    assert "3,611,295,744" in str(c.explanations["flops_per_token"])


def test_voxtral_time_to_first_token_for_300_seconds() -> None:
    """Same context (8,192 tokens, of which 3,750 audio), with and without the audio: the prefill is compute-bound,
    so the time to first token grows by the encoder's 10 chunks at the GEMM efficiency: 10 × 2.2926e12 FLOPs /
    (989.5e12 × 0.78) = 29.7 ms on an H100 SXM."""
    with_audio = estimate(_voxtral(context=8192, audio_seconds=300)).compute
    without = estimate(_voxtral(context=8192)).compute
    assert with_audio.time_to_first_token is not None and without.time_to_first_token is not None
    added = with_audio.time_to_first_token - without.time_to_first_token
    assert added == pytest.approx(10 * VOXTRAL_CHUNK / (989.5e12 * 0.78), rel=1e-3)
    assert added == pytest.approx(0.0297, abs=1e-4)
    assert "audio tower" in str(with_audio.explanations["towers"])
    assert without.tower_flops_per_sequence == 0 and without.tower_share == 0


@pytest.mark.parametrize(("images", "side", "row"), [(1, 128, "qwen3-vl-32b-vision-tower-1x128"),
                                                     (2, 64, "qwen3-vl-32b-vision-tower-2x64")])  # fmt: skip
def test_qwen3_vl_vision_tower_by_hand_and_measured(images: int, side: int, row: str) -> None:
    assert images * qwen3_vl_image(side) == MEASURED[row]
    s = scenario("qwen3-vl-32b", workload={"images": images, "image_size": side, "context": 2048})
    assert estimate(s).compute.tower_flops_per_sequence == MEASURED[row]


def _step_flops(c: object) -> float:
    return c.step_seconds * c.peak_flops_per_gpu * c.mfu  # type: ignore[attr-defined]


def test_qwen3_vl_training_step_with_images() -> None:
    """Qwen3-VL-32B, 4 images of 768 × 768 per sequence (2,304 patches each, 576 tokens), context 4,096, batch 1 on
    one GPU. Full fine-tuning: the tower trains, 3 × its forward like the text model; LoRA: the frozen tower runs
    forward only (its parameters have requires_grad False and pixel_values need no gradient, so autograd records
    nothing in it), the text model 2 × forward."""
    base = {"images": 4, "image_size": 768, "context": 4096, "mode": "training", "batch": 1}
    tower = 4 * qwen3_vl_image(768)
    full = estimate(scenario("qwen3-vl-32b", workload=base, training={"finetune": "full"})).compute
    lora = estimate(scenario("qwen3-vl-32b", workload=base, training={"finetune": "lora"})).compute
    text = estimate(scenario("qwen3-vl-32b", workload={**base, "images": 0}, training={"finetune": "full"})).compute
    assert full.tower_flops_per_sequence == tower
    assert _step_flops(full) == pytest.approx(3 * full.flops_per_token * 4096 + 3 * tower, rel=1e-9)
    assert _step_flops(lora) == pytest.approx(2 * lora.flops_per_token * 4096 + tower, rel=1e-9)
    assert full.tower_share == pytest.approx(3 * tower / (3 * full.flops_per_token * 4096 + 3 * tower), rel=1e-9)
    assert text.tower_share == 0 and _step_flops(text) == pytest.approx(3 * text.flops_per_token * 4096, rel=1e-9)
    assert "forward only" in str(lora.explanations["towers"])


TIMM = json.loads((ROOT / "tests/data/calibration/timm_flops.json").read_text())["towers"]


def test_gemma3n_conformer_and_the_mobilenet_vision_tower() -> None:
    """Gemma 3n E4B, 30 s of audio: 3,000 log-mel frames over two stride-2 convolutions = 750 conformer positions,
    each through the audio tower's 681,348,640 parameters (tests/core/test_gemma3n_towers.py: model.audio_tower),
    and local attention over 12 + 13 + 0 = 25 positions in 12 layers of 1,536. Its timm vision tower (MobileNetV5-300M)
    is costed by PyTorch's count over timm 1.0.31's model, forward_features at 768² (tests/data/calibration/
    timm_flops.json, tools/calibration/timm_flops.py): 871,482,949,632 FLOPs an image (775.7e9 in convolutions, 95.8e9
    in the attention's batched matmuls), two images exactly twice that — so 3 images are 3 × one."""
    s = scenario("gemma-3n-e4b", workload={"audio_seconds": 30, "context": 4096})
    c = estimate(s).compute
    assert c.tower_flops_per_sequence == pytest.approx(750 * (2 * 681_348_640 + 4 * 12 * 25 * 1536), rel=1e-12)
    one, two = (r["flops"] for r in TIMM["mobilenetv5_300m_enc"])
    assert (one, two) == (871_482_949_632, 2 * 871_482_949_632)
    assert TIMM["mobilenetv5_300m_enc"][0]["input_size"] == [3, 768, 768]
    with_image = estimate(scenario("gemma-3n-e4b", workload={"images": 3, "context": 4096}))
    assert with_image.compute.tower_flops_per_sequence == 3 * one
    assert not any("mobilenetv5_300m_enc" in str(n) and "not in the time" in str(n) for n in with_image.compute.notes)


@pytest.mark.parametrize("arch", ["mobilenetv5_300m_enc", "mobilenetv5_300m", "mobilenetv5_base"])
def test_timm_towers_hold_the_measured_flops(arch: str) -> None:
    """Every MobileNetV5 the importer knows carries the FLOPs PyTorch counted over timm's model at its input size."""
    from core.importers.hf_gemma3n import TIMM_TOWERS

    row = TIMM[arch][0]
    assert row["images"] == 1 and row["input_size"][1] == TIMM_TOWERS[arch].image_size
    assert TIMM_TOWERS[arch].forward_flops == row["flops"]


def test_training_plan_counts_the_towers() -> None:
    """The planner's FLOPs for 1e9 tokens are the estimate's: 3 × (text forward per token + the tower's forward per
    sequence / 4,096 tokens) × 1e9 — the same figure `estimate --train-tokens` gives."""
    from core.planning import plan_training

    w = {"images": 4, "image_size": 768, "context": 4096, "mode": "training", "train_tokens": 1e9}
    s = scenario("qwen3-vl-32b", workload=w, training={"finetune": "full"})
    c = estimate(s).compute
    expected = 3 * (c.flops_per_token + 4 * qwen3_vl_image(768) / 4096) * 1e9
    assert c.training_flops == pytest.approx(expected, rel=1e-9)
    assert plan_training(s, 1e9).training_flops == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("checkpointing", "text_mult", "tower_mult"), [("none", 2, 1), ("full", 3, 3)])
def test_voxtral_lora_encoder_under_checkpointing(checkpointing: str, text_mult: int, tower_mult: int) -> None:
    """LoRA on Voxtral Mini, 60 s (2 chunks) per sequence, context 2,048. Without checkpointing the frozen encoder
    runs forward only. With it, transformers 5.25's gradient_checkpointing_enable() calls enable_input_require_grads(),
    which hooks every sub-model's input embedding — VoxtralEncoder's is conv1 (`_input_embed_layer = "conv1"`) — so
    backward runs through the frozen encoder for input gradients (2 × forward, as the frozen text model), and full
    checkpointing recomputes its layers (3 ×)."""
    w = {"audio_seconds": 60, "context": 2048, "mode": "training"}
    t = {"finetune": "lora", "grad_checkpointing": checkpointing}
    c = estimate(scenario("voxtral-mini-3b-2507", workload=w, training=t)).compute
    assert c.tower_flops_per_sequence == 2 * VOXTRAL_CHUNK
    expected = text_mult * c.flops_per_token * 2048 + tower_mult * 2 * VOXTRAL_CHUNK
    assert _step_flops(c) == pytest.approx(expected, rel=1e-9)
    # what the encoder keeps for that backward is measured (tests/core/test_hooked_towers.py): nothing unverified
    est = estimate(scenario("voxtral-mini-3b-2507", workload=w, training=t))
    assert not [u for u in est.unverified if "LoRA with gradient checkpointing" in str(u)]


HOOKS = json.loads((ROOT / "tests/data/calibration/input_hooks.json").read_text())["families"]


def test_the_hooked_vision_towers_are_the_measured_ones() -> None:
    """Which vision towers transformers 5.25's enable_input_require_grads hooks, as built on the meta device
    (tests/data/calibration/input_hooks.json, tools/calibration/input_hooks.py): e.g. Pixtral's patch_conv
    (mistral3) and Qwen2-VL's patch_embed are hooked, Qwen3-VL's and Gemma 4's towers are not. The engine's table is
    that measurement, family for family."""
    from core.tower_flops import VISION_INPUT_HOOKED

    assert {f: r["vision_tower_hooked"] for f, r in HOOKS.items()} == VISION_INPUT_HOOKED
    assert HOOKS["mistral3"]["hooked_modules"][0] == "model.vision_tower.patch_conv"


@pytest.mark.parametrize(
    ("preset", "checkpointing", "tower_mult", "said"),
    [
        ("mistral-small-3.1-24b-instruct", "none", 1, None),
        ("mistral-small-3.1-24b-instruct", "full", 3, None),
        ("gemma-3-27b-it", "full", 3, "hooks this vision tower's patch embedding"),
        ("qwen3-vl-32b", "full", 1, None),
        ("jina-vlm", "full", 1, "is not known"),
    ],
)
def test_lora_vision_tower_under_checkpointing(preset: str, checkpointing: str, tower_mult: int, said: str) -> None:
    """LoRA, 2 images per sequence, context 8,192. A frozen tower runs forward only — unless gradient checkpointing's
    enable_input_require_grads hooks its patch embedding (Pixtral's patch_conv, measured above): then backward runs
    through it for input gradients (2 × its forward) and full checkpointing recomputes it: 3 × (as Voxtral's encoder
    above). What it keeps for that is measured for Pixtral (tests/core/test_hooked_towers.py): nothing said; for
    Gemma 3's SigLIP it is sized as its blocks' inputs, and the answer says the rest is not measured. Qwen3-VL's
    tower is not hooked: forward only, nothing said. jina-vlm (remote code) was not measured: the answer says it is not
    known."""
    w = {"images": 2, "context": 8192, "mode": "training"}
    t = {"finetune": "lora", "grad_checkpointing": checkpointing}
    est = estimate(scenario(preset, workload=w, training=t))
    c = est.compute
    text_mult = 3 if checkpointing == "full" else 2
    expected = text_mult * c.flops_per_token * 8192 + tower_mult * c.tower_flops_per_sequence
    assert c.tower_flops_per_sequence > 0
    assert _step_flops(c) == pytest.approx(expected, rel=1e-9)
    notes = [str(u) for u in est.unverified if "LoRA with gradient checkpointing" in str(u)]
    assert (notes != []) == (said is not None) and all(said in n for n in notes), notes


def test_a_decoding_step_does_not_read_the_towers() -> None:
    """Voxtral Mini in bf16 on an H100 SXM (3,350 GB/s, 80 % of it): a decoding step reads the text model's weights —
    4,676,271,104 parameters less the audio tower and projector's 662,134,784 (transformers' counts,
    tests/data/param_oracle/param_oracle.json) = 4,014,136,320 × 2 B — and the KV cache at the mean context (prompt
    3,840 + 256 / 2 of a 4,096 context), not the tower, which runs once per audio chunk in the prefill; and the
    engine's fixed 1.0 ms a step (core.runtimes: the scenario's runtime has vLLM's figures; a dense model)."""
    s = _voxtral(context=4096, output_tokens=256)
    est = estimate(s)
    kv = est.memory.item("kv_cache")
    assert kv is not None
    step_bytes = 4_014_136_320 * 2 + kv.bytes * (3840 + 128) / 4096
    assert est.compute.decode_tokens_per_second == pytest.approx(1 / (step_bytes / (3.35e12 * 0.8) + 1.0e-3), rel=1e-9)
    assert "1.32 GB" in str(est.compute.explanations["decode"])  # the towers' 662,134,784 × 2 B, not read


def test_gemma3n_vision_tower_hook_is_said_unknown() -> None:
    """Gemma 3n's timm vision tower was not built by the hook measurement (tests/data/calibration/input_hooks.json has
    no gemma3n row: timm), so under LoRA with checkpointing the answer says whether it is hooked is not known."""
    w = {"images": 1, "context": 2048, "mode": "training"}
    est = estimate(scenario("gemma-3n-e4b", workload=w, training={"finetune": "lora", "grad_checkpointing": "full"}))
    assert "gemma3n" not in HOOKS
    assert any("is not known" in str(u) for u in est.unverified)
