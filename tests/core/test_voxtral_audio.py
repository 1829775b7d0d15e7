"""Voxtral's audio driven by workload.audio_seconds, as transformers 5.25 feeds it (core/memory/towers.py, quoted
there): the waveform padded to a multiple of 30 s, each 30 s chunk 3,000 mel frames → 1,500 encoder positions
(conv2's stride 2), all chunks of the batch through Whisper's encoder in one call, then regrouped four positions per
row (`reshape(-1, audio_config.intermediate_size)`, 5,120 / 1,280) into 375 audio embeddings per chunk, each taking a
prompt position. Held to hand calculations and to fake-tensor measurements (tests/data/calibration/voxtral_audio.json,
tools/calibration/voxtral_audio.py: the tower's call at 30 s and 60 s derived core/memory/towers.py WHISPER, every
other row held out — 120 s in prefill, 90 s in training, the frozen tower, and the whole
VoxtralForConditionalGeneration, Voxtral-Small-24B's config with its text model cut to 2 layers and the encoder at
its full 32, in prefill with 0 / 30 / 90 s and in bf16 AdamW training with 0 / 60 s).

Parameter counts (transformers 5.25.0 meta-device build, tests/data/param_oracle/param_oracle.json "Abc7347__this"
by_module): model.audio_tower 636,968,960, model.multi_modal_projector 52,428,800."""

import json
import math
from pathlib import Path

import pytest

from bench.cases import voxtral_audio_cases
from core.estimate import estimate, resolve_gpu
from core.importers import hf_config
from core.memory import towers
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.scenario import ModelRef, Scenario

ROOT = Path(__file__).resolve().parents[2]
CONFIG = json.loads((ROOT / "tests/data/param_oracle/configs/Abc7347__this/config.json").read_text())
DATA = json.loads((ROOT / "tests/data/calibration/voxtral_audio.json").read_text())
TOWER = 636_968_960 + 52_428_800  # the encoder and the projector (param_oracle.json by_module)


def _model(layers: int | None = None) -> ModelRef:
    cfg = json.loads(json.dumps(CONFIG))
    if layers:
        cfg["text_config"]["num_hidden_layers"] = layers
    return ModelRef(architecture=hf_config.from_dict(cfg, "Abc7347__this", "voxtral").architecture)


def _scen(workload: dict, layers: int | None = None, **sections: dict) -> Scenario:
    data = {"model": _model(layers).model_dump(), "workload": workload, "gpu": {"id": "h200-sxm-141gb"}, **sections}
    return Scenario.model_validate(data)


def _at(s: Scenario, phase: str, key: str) -> float:
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(float(it.by_phase.get(phase, 0.0)) for it in items if it.key == key))  # type: ignore[arg-type]


def _row(cid: str) -> dict:
    return next(r for r in DATA if r["id"] == cid)["result"]


def test_audio_tokens_for_75_seconds_by_hand() -> None:
    """75 s at 16 kHz = 1,200,000 samples, padded to a multiple of 480,000 (pad_to_multiple_of): 1,440,000 samples =
    3 chunks of 30 s. Each chunk: 3,000 mel frames (hop 160) → conv1 (stride 1) → conv2 (stride 2) = 1,500 positions
    × 1,280 channels, regrouped by 5,120 (the audio intermediate_size) = 1,500 × 1,280 / 5,120 = 375 rows → 375 audio
    tokens. 3 × 375 = 1,125 context positions; the encoder runs 3 chunks per sequence."""
    a = CONFIG["audio_config"]
    samples = math.ceil(75 * 16_000 / 480_000) * 480_000
    chunks = samples // 480_000
    positions = 3000 // 1 // 2
    per_chunk = positions * a["hidden_size"] // a["intermediate_size"]
    assert (chunks, positions, per_chunk) == (3, a["max_source_positions"], 375)
    s = _scen({"context": 4096, "audio_seconds": 75})
    ctx = make_ctx(s, resolve_gpu(s))
    assert towers.chunk_tokens(ctx.arch) == 375
    assert towers.audio_clips(ctx) == (3, 30.0)
    assert towers.soft_tokens(ctx) == (0, chunks * per_chunk) == (0, 1125)


def test_audio_tokens_over_the_context_are_said() -> None:
    """600 s = 20 chunks = 7,500 audio tokens: more than a 4,096-token context holds."""
    warnings = [str(w) for w in estimate(_scen({"context": 4096, "audio_seconds": 600})).warnings]
    assert any("the audio's 7,500 soft tokens do not fit in the context of 4,096" in w for w in warnings), warnings
    assert not any("do not fit" in str(w) for w in estimate(_scen({"context": 8192, "audio_seconds": 600})).warnings)


def test_no_audio_means_an_idle_tower_and_the_answer_says_so() -> None:
    """0 s: no tower activations at the prefill (a 16-token prompt: the text model's alone), and the answer says the
    tower is idle, so nobody reads a text-only figure as an audio one. 30 s: the measured chunk, 46,080,000 B."""
    bare = _scen({"context": 16, "output_tokens": 0}, layers=2)
    one = _scen({"context": 16, "output_tokens": 0, "audio_seconds": 30}, layers=2)
    assert _at(one, "prefill", "activations") == _row("voxtral-audio-tower-inference-30s")["transient_bytes"]
    assert _at(bare, "prefill", "activations") < 0.1 * _row("voxtral-audio-tower-inference-30s")["transient_bytes"]
    notes = [str(w) for w in estimate(bare).warnings]
    assert any(n.startswith("no audio in the workload: the audio tower is idle") for n in notes), notes
    assert not any("audio tower is idle" in str(w) for w in estimate(one).warnings)


def test_idle_tower_in_training_by_hand_and_measured() -> None:
    """bf16 full fine-tuning on text (0 s), HF Trainer on one GPU: the encoder and projector never run, get no
    gradient and AdamW no state — 2 × 2 B of states for every other parameter. The 2-layer model has 3,143,091,200
    parameters (param_bytes 6,290,022,400 = 2 B each + the 1,500 × 1,280 fp32 position table's extra 2 B each), so the
    states are 4 × (3,143,091,200 − 689,397,760) = 9,814,773,760 B: measured 9,814,773,760."""
    s = _scen({"mode": "training", "context": 1024}, layers=2, precision={"training": "bf16", "weights": "bf16"})
    measured = _row("voxtral-small-2l-whole-training-0s-s1024")
    params = (measured["param_bytes"] - 1500 * 1280 * 2) // 2
    assert params == 3_143_091_200
    assert _at(s, "optimizer_step", "optimizer_states") == 4 * (params - TOWER) == measured["optimizer_state_bytes"]
    notes = [str(w) for w in estimate(s).warnings]
    assert any(n.startswith("audio tower: no audio in the workload — sized as frozen") for n in notes), notes
    assert "689,397,760" in next(n for n in notes if n.startswith("audio tower:"))


def test_measured_rows_within_tolerance() -> None:
    """Every row: the derived ones exactly, the held-out ones within their tolerance (0.025 per tower term, 0.03 for
    the whole model's peaks). The tower's figures are exactly linear in chunks (46,080,000 B per chunk in prefill)."""
    cases = voxtral_audio_cases()
    assert len([c for c in cases if c.role == "validation"]) >= 8
    for c in cases:
        assert abs(c.error()) <= (1e-9 if c.role == "calibration" else c.tolerance), (c.id, c.error())
    assert _row("voxtral-audio-tower-inference-120s")["transient_bytes"] == 4 * 46_080_000


def test_frozen_tower_keeps_nothing() -> None:
    """LoRA on the text model: the tower's call keeps nothing for backward (measured 0 B at 30 s)."""
    assert _row("voxtral-audio-tower-training-frozen-30s")["saved_bytes"] == 0
    lora = {"finetune": "lora", "lora_targets": "qv"}
    bf16 = {"training": "bf16", "weights": "bf16"}
    w = {"mode": "training", "context": 1024}
    with_audio = _at(_scen({**w, "audio_seconds": 30}, 2, training=lora, precision=bf16), "forward", "activations")
    assert with_audio == _at(_scen(w, 2, training=lora, precision=bf16), "forward", "activations")


@pytest.mark.parametrize("runtime", ["vllm", "llama.cpp"])
def test_unmeasured_setups_stay_flagged(runtime: str) -> None:
    """Measured: transformers' 16-bit prefill and 16-bit training on one GPU; any other runtime stays unverified."""
    measured = estimate(_scen({"context": 4096, "audio_seconds": 30}))
    assert not any("audio tower (Voxtral)" in u for u in measured.unverified), measured.unverified
    other = estimate(_scen({"context": 4096, "audio_seconds": 30}, runtime={"name": runtime}))
    assert any("audio tower (Voxtral)" in u for u in other.unverified)
    fp32 = estimate(_scen({"mode": "training", "context": 1024, "audio_seconds": 30}, 2))  # fp32 / mixed: not measured
    assert any("audio tower (Voxtral)" in u for u in fp32.unverified)


def test_an_encoder_not_measured_is_scaled_and_flagged() -> None:
    """Voxtral's encoder cut to 16 layers: the prefill's peak is one block's (the measured 46,080,000 B per chunk, the
    same width and positions), what full fine-tuning keeps is every block's (half the measured 2,127,753,216 B per
    chunk, plus the 49,152 B per call); and the answer says the audio activations are extrapolated."""
    cfg = json.loads(json.dumps(CONFIG))
    cfg["audio_config"]["num_hidden_layers"] = 16
    cfg["text_config"]["num_hidden_layers"] = 2
    model = ModelRef(architecture=hf_config.from_dict(cfg, "Abc7347__this", "voxtral-16").architecture)
    bf16 = {"training": "bf16", "weights": "bf16"}

    def scen(workload: dict) -> Scenario:
        return Scenario.model_validate({"model": model.model_dump(), "workload": workload,
                                        "gpu": {"id": "h200-sxm-141gb"}, "precision": bf16,
                                        "training": {"finetune": "full"}})  # fmt: skip

    prefill = {"context": 16, "output_tokens": 0}
    assert _at(scen({**prefill, "audio_seconds": 30}), "prefill", "activations") == 46_080_000
    train = {"mode": "training", "context": 16}
    kept = _at(scen({**train, "audio_seconds": 30}), "forward", "activations") - _at(
        scen(train), "forward", "activations"
    )
    assert kept == pytest.approx(2_127_753_216 / 2 + 49_152)
    assert any("audio tower (Voxtral)" in u for u in estimate(scen({**train, "audio_seconds": 30})).unverified)
