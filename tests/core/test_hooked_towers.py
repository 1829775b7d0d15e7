"""Frozen towers that LoRA with gradient checkpointing sends backward through: transformers 5.25's
activation_checkpointing_enable calls enable_input_require_grads, which hooks Pixtral's patch_conv (Mistral Small 3.1)
and VoxtralEncoder's conv1 (tests/data/calibration/input_hooks.json), and checkpoints every GradientCheckpointingLayer
— the towers' blocks too (PixtralAttentionLayer, VoxtralEncoderLayer): each block keeps its input, and Pixtral's
non-reentrant checkpoints keep the (1, 1, N, N) block attention mask their recompute takes. Held to fake-tensor
measurements (tests/data/calibration/hooked_towers.json, tools/calibration/hooked_towers.py, torch 2.13, transformers
5.25, bf16): rows "derive" gave core/memory/towers.py its constants (Pixtral: one 784² and one 1,540² image; Voxtral:
30 s and 60 s); the rows held out are two images of 784² and of 1,540², 90 s of audio, and a whole LoRA step of each
model (text cut to 2 layers) with and without media."""

import json
from pathlib import Path

import pytest

from bench.cases import _activations_at, hooked_tower_cases
from core.estimate import estimate
from core.memory import towers
from core.scenario import Scenario

ROOT = Path(__file__).resolve().parents[2]
ROWS = {r["id"]: r for r in json.loads((ROOT / "tests/data/calibration/hooked_towers.json").read_text())}
CASES = {c.id: c for c in hooked_tower_cases()}


def _saved(cid: str) -> int:
    return int(ROWS[cid]["result"]["saved_bytes"])


@pytest.mark.parametrize(("cid", "patches"), [("1x784", 3136), ("1x1540", 12_100), ("2x784", 6272), ("2x1540", 24_200)])
def test_pixtral_keeps_its_blocks_inputs_and_the_mask(cid: str, patches: int) -> None:
    """By hand from the code: 24 checkpointed blocks keep their input, N patches × 1,024 × 2 B each, and the block
    mask, N² × 2 B (generate_block_attention_mask, bf16); a 784² image is (784 / 14)² = 3,136 patches, a 1,540² one
    110² = 12,100. What is left is the same per patch at every size, one image or two (ln_pre, the rotary tables, the
    projector's norm and GELU outside the blocks): 13,064 B, within half a byte a patch (the allocator's 512-byte
    rounding)."""
    assert patches == ROWS[f"mistral3-tower-hooked-ckpt-{cid}"]["result"]["patches"]
    rest = _saved(f"mistral3-tower-hooked-ckpt-{cid}") - 24 * patches * 1024 * 2 - 2 * patches**2
    assert rest / patches == pytest.approx(13_064, abs=0.5)


def test_voxtral_keeps_its_blocks_inputs() -> None:
    """32 checkpointed blocks × 1,500 positions × 1,280 × 2 B = 122,880,000 B a chunk; the rest (conv1's GELU and
    conv2's inputs, the last layer norm, the projector's GELU) the same for every chunk: 26,886,144 B. Exactly linear:
    every chunk of the batch runs in one encoder call."""
    for chunks in (1, 2, 3):
        kept = _saved(f"voxtral-tower-hooked-ckpt-{chunks * 30}s")
        assert kept - chunks * 32 * 1500 * 1280 * 2 == chunks * 26_886_144


@pytest.mark.parametrize(
    "cid",
    [
        "mistral3-tower-hooked-ckpt-2x784",
        "mistral3-tower-hooked-ckpt-2x1540",
        "voxtral-tower-hooked-ckpt-90s",
    ],
)
def test_held_out_tower_rows(cid: str) -> None:
    """The engine's activations at the end of the forward, LoRA with full checkpointing, less the same answer without
    media, against the measured rows the constants were not taken from."""
    c = CASES[cid]
    assert c.role == "validation"
    assert c.pick(estimate(c.scenario)) == pytest.approx(c.measured_bytes, rel=1e-5)


@pytest.mark.parametrize("model", ["mistral3-2l-whole-lora-ckpt-1x1540-s4096", "voxtral-2l-whole-lora-ckpt-60s-s2048"])
def test_whole_lora_step_with_media_less_without(model: str) -> None:
    """A whole LoRA step (foreach AdamW, 2 steps, the second reported): its allocated peak with one 1,540² image
    (Mistral Small 3.1, 4,096 tokens) or 60 s of audio (Voxtral, 2,048 tokens) less the same step without, against
    the engine's peak less its own. Measured: +1,151,373,312 B and +352,761,856 B; the engine's +1,097,916,288 B
    (−4.6 %) and +314,508,903 B (−10.8 %): what the tower keeps is exact, the rest (the tower's outputs the model
    returns, the spliced features) is not modelled."""
    c = next(c for cid, c in CASES.items() if cid.startswith(model))
    assert c.role == "validation"
    assert c.pick(estimate(c.scenario)) == pytest.approx(c.measured_bytes, rel=0.12)
    assert c.pick(estimate(c.scenario)) < c.measured_bytes


def test_not_hooked_keeps_nothing_and_hooked_without_checkpointing_keeps_far_more() -> None:
    """Without checkpointing LoRA does not hook the towers: the frozen tower keeps nothing (measured 0 B), and the
    engine adds nothing. Hooked but not checkpointed (enable_input_require_grads alone, not what LoRA does) a tower
    keeps every block's internals: 3,148,907,520 B for one 784² image, 15 × the checkpointed 214,778,880 B — which is
    why the blocks' being checkpointed matters."""
    assert _saved("mistral3-tower-frozen-1x784") == 0 == _saved("voxtral-tower-frozen-60s")
    assert _saved("mistral3-tower-hooked-1x784") > 14 * _saved("mistral3-tower-hooked-ckpt-1x784")
    for cid in ("mistral3-tower-hooked-ckpt-1x784", "voxtral-tower-hooked-ckpt-60s"):
        c = CASES[cid]
        s = c.scenario.model_dump()
        s["training"]["grad_checkpointing"] = "none"
        frozen = Scenario.model_validate(s)
        bare = s | {"workload": {k: v for k, v in s["workload"].items() if k not in ("images", "audio_seconds")}}
        assert _activations_at(frozen, True) == _activations_at(Scenario.model_validate(bare), True)


def test_measured_families_carry_no_flag() -> None:
    """Pixtral (mistral3) and Voxtral's encoder are measured: no unverified note about the hooked tower."""
    for cid in ("mistral3-tower-hooked-ckpt-1x784", "voxtral-tower-hooked-ckpt-30s"):
        est = estimate(CASES[cid].scenario)
        assert not [u for u in est.unverified if "LoRA with gradient checkpointing" in str(u)], est.unverified
    assert "mistral3" in towers.VISION_HOOKED_MEASURED
