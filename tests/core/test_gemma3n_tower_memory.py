"""Gemma 3n's towers in memory, held to what PyTorch allocates for them: tests/data/calibration/gemma3n_towers.json,
made by tools/calibration/gemma3n_towers.py (transformers 5.25's get_image_features / get_audio_features over timm's
MobileNetV5 and the USM conformer on fake tensors, bf16). core/memory/towers.py took its constants from the rows with
role "derive" (two points per line); the "held-out" rows — other image counts and audio lengths, an odd length off
the attention chunks, two clips at once, and the E2B model — were not used to derive anything. Each row is compared
through the engine's own answer, within the 2.5 % the harness's per-term rows are held to (bench/cases.py); the
whole model's prefill (text model cut to 10 layers, towers and all) as a peak, within the 8 % of the harness's peak
rows."""

import json
import math

import pytest

from core.estimate import estimate, resolve_gpu
from core.importers import hf_config
from core.memory import towers
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.scenario import GpuChoice, ModelRef, Scenario, Workload
from tests.conftest import DATA
from tests.core.helpers import scenario

ALL = json.loads((DATA / "calibration" / "gemma3n_towers.json").read_text())
ROWS = [r for r in ALL if "tower" in r["setup"]]  # one tower's call
WHOLE = [r for r in ALL if r["setup"]["mode"] == "whole-prefill"]  # the whole model's prefill
TOLERANCE = 0.025  # the harness's per-term rows (bench/cases.py _term_cases)
MIB = 2**20


def _activations(model: str, mode: str, *, images: int = 0, seconds: float = 0.0, batch: int = 1, **training: str):
    """The engine's activations item for a short text (16 tokens) beside the towers' inputs: at prefill (inference)
    or at the end of the forward (training)."""
    s = scenario(
        model,
        workload={"mode": mode, "context": 16, "output_tokens": 0, "batch": batch, "images": images,
                  "audio_seconds": seconds},
        training={"finetune": "full", **training},
        precision={"training": "bf16", "weights": "bf16"},
    )  # fmt: skip
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    item = next(it for it in items if it.key == "activations")
    return float(item.by_phase["prefill" if mode == "inference" else "forward"]), s


def _inputs(row: dict) -> dict:
    st = row["setup"]
    if st["tower"] == "vision":
        return {"images": st["images"]}
    return {"seconds": st["seconds"], "batch": st["batch"]}


def _engine(row: dict) -> float:
    st = row["setup"]
    if st["mode"] == "inference":
        return _activations(st["model"], "inference", **_inputs(row))[0]
    finetune = "lora" if st["mode"] == "training-frozen" else "full"
    with_towers, _ = _activations(st["model"], "training", finetune=finetune, **_inputs(row))
    without, _ = _activations(st["model"], "training", finetune=finetune, batch=_inputs(row).get("batch", 1))
    return with_towers - without


def _measured(row: dict) -> int:
    r = row["result"]
    return r["transient_bytes"] if row["setup"]["mode"] == "inference" else r["saved_bytes"]


@pytest.mark.parametrize("row", [r for r in ROWS if r["setup"]["mode"] != "training-frozen"], ids=lambda r: r["id"])
def test_tower_terms_against_pytorch(row: dict) -> None:
    measured, engine = _measured(row), _engine(row)
    assert abs(engine / measured - 1) <= TOLERANCE, (row["id"], engine, measured, engine / measured - 1)


def test_held_out_rows_cover_every_kind_of_input() -> None:
    held = [r for r in ROWS if r["role"] == "held-out"]
    kinds = {(r["setup"]["model"], r["setup"]["tower"], r["setup"]["mode"]) for r in held}
    assert ("gemma-3n-e4b", "vision", "inference") in kinds and ("gemma-3n-e4b", "vision", "training") in kinds
    assert ("gemma-3n-e4b", "audio", "inference") in kinds and ("gemma-3n-e2b", "audio", "training") in kinds
    assert any(r["setup"].get("batch", 1) == 2 for r in held)  # two clips in one call
    # the held-out rows are within 0.2 % (the derive rows are on their lines by construction)
    assert max(abs(_engine(r) / _measured(r) - 1) for r in held) <= 0.002


def test_the_constants_are_the_derive_rows() -> None:
    """core/memory/towers.py's lines pass through the two measured points each was derived from, and no held-out
    row is among them."""
    derive = [r for r in ROWS if r["role"] == "derive" and r["setup"]["mode"] != "training-frozen"]
    assert len(derive) == 8
    vision, audio = towers.VISION["mobilenetv5_300m_enc"], towers.AUDIO[towers.USM]
    for r in derive:
        st, m = r["setup"], _measured(r)
        line = vision if st["tower"] == "vision" else audio
        units, calls = (st["images"], 1) if st["tower"] == "vision" else (st["seconds"], 1)
        got = line.transient(units, calls) if st["mode"] == "inference" else line.saved(units, calls)
        assert got == pytest.approx(m, rel=1e-12), r["id"]


def test_frozen_towers_keep_nothing() -> None:
    """Under LoRA on the text model the towers are frozen: the measured call keeps 0 bytes for two images and 0.7 MiB
    for 30 s of audio (a cache of the conformer's, not a saved activation); the engine adds nothing."""
    for r in (r for r in ROWS if r["setup"]["mode"] == "training-frozen"):
        assert r["result"]["saved_bytes"] <= 1 * MIB
        assert _engine(r) == 0.0


def test_audio_tokens_per_second_from_the_config() -> None:
    """Gemma3nAudioFeatureExtractor makes a log-mel frame every 10 ms (100 per second); the two subsampling
    convolutions stride 2 in time each (sscp_conv_stride_size [[2, 2], [2, 2]]) and the conformer keeps every 4th
    output (conf_reduction_factor 4): 100 / 2 / 2 / 4 = 6.25 soft tokens per second, so a 30-second clip gives
    ⌈187.5⌉ = 188 = audio_soft_tokens_per_image. The measured encoder outputs agree within a token (the frames are
    513-sample windows every 160 samples: 2,997 in 30 s → 188, 997 in 10 s → 63, 1,728 in 17.3 s → 108)."""
    rate = towers.tokens_per_second(towers.USM)
    assert rate == 6.25
    audio = towers.audio_tower(hf_config.from_dict(_config()).architecture)
    assert audio is not None and audio.conformer == towers.USM
    assert math.ceil(30 * rate) == audio.soft_tokens == 188
    for r in ROWS:
        if r["setup"]["tower"] == "audio" and r["setup"]["batch"] == 1:
            tokens, frames = r["result"]["output_shapes"]["last_hidden_state"][1], r["result"]["mel_frames"]
            assert tokens == math.ceil(math.ceil(math.ceil(frames / 2) / 2) / 4), r["id"]
            assert abs(tokens - r["setup"]["seconds"] * rate) <= 1, r["id"]


def test_audio_past_a_clip_is_cut_into_full_clips() -> None:
    """45 s of audio: the feature extractor keeps at most 30 s per clip (max_length 480,000 samples at 16 kHz), so it
    is two clips padded to the longest, 2 × 30 s through the conformer and 2 × 188 soft tokens in the context."""
    _, s = _activations("gemma-3n-e4b", "inference", seconds=45.0)
    ctx = make_ctx(s, resolve_gpu(s))
    assert towers.audio_clips(ctx) == (2, 30.0)
    assert towers.soft_tokens(ctx) == (0, 376)
    one_clip = next(r for r in ROWS if r["id"] == "gemma-3n-e4b-audio-inference-30s")["result"]["transient_bytes"]
    assert _activations("gemma-3n-e4b", "inference", seconds=45.0)[0] == pytest.approx(2 * one_clip, rel=1e-9)


def test_answers_are_verified_only_where_measured() -> None:
    """16-bit prefill under transformers and 16-bit training without checkpointing on one GPU were measured; the same
    images under vLLM, or with checkpointing, are extrapolated and the answer says so."""

    def flagged(**sections: dict) -> bool:
        ids = {getattr(u, "id", "") for u in estimate(scenario("gemma-3n-e4b", **sections)).unverified}
        return "unverified.gemma3n_towers" in ids

    work = {"images": 2, "audio_seconds": 20.0}
    assert not flagged(workload=work)
    assert not flagged(workload={**work, "mode": "training"}, training={"finetune": "full"},
                       precision={"training": "bf16"})  # fmt: skip
    assert not flagged(workload={**work, "mode": "training"}, training={"finetune": "lora"},
                       precision={"training": "bf16"})  # fmt: skip
    assert flagged(workload=work, runtime={"name": "vllm"})
    # peft's all-linear wraps the conformer's Linears too: then the audio tower is not frozen, and the answer says so
    lora = estimate(scenario("gemma-3n-e4b", workload={**work, "mode": "training"}, training={"finetune": "lora"},
                             precision={"training": "bf16"}))  # fmt: skip
    assert "unverified.gemma3n_audio_lora" in {getattr(u, "id", "") for u in lora.unverified}
    attention_only = estimate(scenario("gemma-3n-e4b", workload={**work, "mode": "training"},
                                       training={"finetune": "lora", "lora_targets": "attention"},
                                       precision={"training": "bf16"}))  # fmt: skip
    assert "unverified.gemma3n_audio_lora" not in {getattr(u, "id", "") for u in attention_only.unverified}
    assert flagged(workload={**work, "mode": "training"}, training={"grad_checkpointing": "full"},
                   precision={"training": "bf16"})  # fmt: skip
    assert not flagged(workload={"mode": "training"}, training={"grad_checkpointing": "full"})  # no images, no audio


def _whole_scenario(row: dict) -> Scenario:
    """The whole model as the harness built it: the variant's keys with the text model cut to the row's overrides,
    imported by the engine's reader, one prompt of `seq` tokens holding the images' and the audio's soft tokens."""
    st = row["setup"]
    defaults = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())
    v = defaults["variants"][st["config"]]
    cfg = json.loads(json.dumps({"model_type": v["model_type"], **v["keys"]}))
    cfg["text_config"].update(st["text_overrides"])
    arch = hf_config.from_dict(cfg, "default_configs.json", st["model"]).architecture
    return Scenario(
        model=ModelRef(architecture=arch),
        workload=Workload(context=st["seq"], output_tokens=0, images=st["images"], audio_seconds=st["seconds"]),
        gpu=GpuChoice(id="h200-sxm-141gb"),
    )


@pytest.mark.parametrize("row", WHOLE, ids=lambda r: r["id"])
def test_whole_model_prefill_peak_against_pytorch(row: dict) -> None:
    """Held out: transformers' Gemma3nForConditionalGeneration prefill with images and audio in the prompt — the
    towers' peak (two images, 30 s of audio, 1,024 tokens) and the text model's (one image, 8,192 tokens). Measured
    peak of every storage, weights included; the engine's allocated peak: −0.19 % and −1.10 % when written."""
    s = _whole_scenario(row)
    answer = estimate(s)
    assert answer.verified, answer.unverified
    measured = row["result"]["peak_bytes"]
    assert abs(answer.memory.allocated / measured - 1) <= 0.08, (row["id"], answer.memory.allocated / measured - 1)
    tokens = row["result"]["tokens"]
    ctx = make_ctx(s, resolve_gpu(s))
    assert towers.soft_tokens(ctx) == (tokens["image"], tokens["audio"])  # the prompt the harness built


def _config() -> dict:
    defaults = json.loads((DATA / "param_oracle" / "default_configs.json").read_text())
    v = defaults["variants"]["gemma-3n E4B (dims, full model with vision and audio towers)"]
    return json.loads(json.dumps({"model_type": v["model_type"], **v["keys"]}))


def test_towers_other_than_the_measured_ones_are_flagged_at_import() -> None:
    assert hf_config.from_dict(_config()).verified
    cfg = _config()
    cfg["vision_config"]["architecture"] = "mobilenetv5_base"
    imported = hf_config.from_dict(cfg)
    assert not imported.verified and any("vision_config.architecture" in w for w in imported.warnings)
    cfg = _config()
    cfg["audio_config"]["conf_num_hidden_layers"] = 6
    imported = hf_config.from_dict(cfg)
    assert not imported.verified and any("audio_config" in w for w in imported.warnings)


def test_soft_tokens_longer_than_the_context_are_said() -> None:
    """Two images take 2 × 256 soft tokens of the prompt and 45 s of audio 2 × 188: a context of 600 tokens cannot
    hold them (888), one of 1,024 can."""

    def warned(context: int) -> bool:
        work = {"context": context, "output_tokens": 0, "images": 2, "audio_seconds": 45.0}
        return any("soft tokens (512 + 376)" in w for w in estimate(scenario("gemma-3n-e2b", workload=work)).warnings)

    assert warned(600) and not warned(1024)


def test_the_towers_are_read_from_the_architecture_not_the_family() -> None:
    """The towers' memory follows Architecture.towers: the same model under another family name (gemma3n_text, whose
    text model is costed the same) keeps every figure of 2 images and 45 s of audio; without its towers it takes
    neither (the workload's images and audio have nothing to pass through: the answer is the text-only one)."""
    arch = hf_config.from_dict(_config()).architecture
    work = Workload(context=2048, output_tokens=0, images=2, audio_seconds=45.0)
    base = Scenario(model=ModelRef(architecture=arch), workload=work)

    def renamed(**update: object) -> Scenario:
        return base.model_copy(update={"model": ModelRef(architecture=arch.model_copy(update=update))})

    assert estimate(renamed(family="gemma3n_text")).memory == estimate(base).memory
    bare = renamed(towers=())
    text_only = bare.model_copy(update={"workload": work.model_copy(update={"images": 0, "audio_seconds": 0.0})})
    assert estimate(bare).memory == estimate(text_only).memory
    assert estimate(bare).memory.allocated < estimate(base).memory.allocated
    ctx = make_ctx(bare, resolve_gpu(bare))
    assert towers.soft_tokens(ctx) == (0, 0)


def test_images_or_audio_for_a_model_without_their_tower_are_said_not_costed() -> None:
    """Llama 3.1 8B has no vision or audio tower: 2 images and 30 s of audio per sequence cost it nothing, so the
    total is the text-only one — and the answer says the inputs were not costed instead of passing over them.
    Gemma 3n E4B takes both: no such warning."""
    plain = estimate(scenario("llama-3.1-8b"))
    given = estimate(scenario("llama-3.1-8b", workload={"images": 2, "audio_seconds": 30.0}))
    assert given.memory.total == plain.memory.total
    ids = {getattr(w, "id", None) for w in given.warnings}
    assert {"warn.images_not_taken", "warn.audio_not_taken"} <= ids
    text = " ".join(str(w) for w in given.warnings)
    assert "2 images per sequence are not costed" in text and "30 s of audio per sequence is not costed" in text
    gemma = estimate(scenario("gemma-3n-e4b", workload={"images": 1, "audio_seconds": 30.0}))
    assert not {"warn.images_not_taken", "warn.audio_not_taken"} & {getattr(w, "id", None) for w in gemma.warnings}
