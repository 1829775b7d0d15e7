"""A vision-language (or audio) model fine-tuned on text alone: the tower the workload feeds nothing never runs, so in
PyTorch it ends the step with .grad None and the optimizer creates no state for it — where the stack leaves it so
(core/stacks.py idle_params_skipped_at, each stack's source quoted there). Held to hand calculations and to the
fake-tensor runs of two VLM wrappers trained on text (tests/data/calibration/training.json).

Parameter counts (transformers 5.25.0, meta-device builds, tests/data/param_oracle):
* Qwen3.5-27B (Qwen3_5ForConditionalGeneration): total 27,356,728,560; `model.visual` 460,730,096 — param_oracle.json
  "Qwen__Qwen3.5-27B" by_module (the tower with its patch merger).
* Gemma 3n E4B: timm's mobilenetv5_300m_enc 294,126,912 and the USM conformer 681,348,640 — default_configs.json
  "gemma-3n E2B (dims, full model with vision and audio towers)" by_module model.vision_tower / model.audio_tower (the
  same towers in E2B and E4B); their embedders (model.embed_vision / embed_audio) run on every text token
  (Gemma3nModel.forward: `vision_embeds = self.embed_vision(input_ids=vision_input_ids)`) and keep training.
"""

import pytest

from bench.cases import calibration_cases
from core.estimate import estimate, resolve_gpu
from core.memory import towers
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.scenario import Scenario
from tests.core.helpers import scenario

QWEN_TOTAL = 27_356_728_560
QWEN_TOWER = 460_730_096
GEMMA_VISION = 294_126_912
GEMMA_AUDIO = 681_348_640


def _scen(model: str, workload: dict | None = None, **kw: dict) -> Scenario:
    w = {"mode": "training", "batch": 1, "context": 2048, **(workload or {})}
    return scenario(model, workload=w, gpu={"id": "h200-sxm-141gb"}, **kw)


def _at(s: Scenario, phase: str, key: str) -> float:
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(float(it.by_phase.get(phase, 0.0)) for it in items if it.key == key))  # type: ignore[arg-type]


def _notes(s: Scenario) -> list[str]:
    return [str(w) for w in estimate(s).warnings]


def test_qwen3_5_27b_text_only_full_finetune_fp32_adamw() -> None:
    """HF Trainer, one GPU, fp32 AdamW (foreach): the text model's parameters take 4 B of gradient, 8 B of Adam states
    and 4 B of the foreach step's sqrt(exp_avg_sq) temporary each; the tower's 460,730,096 take none. Saved against a
    workload with an image (the tower then trains): 460,730,096 × (4 + 8 + 4) = 7,371,681,536 bytes at the step."""
    fp32 = {"training": "fp32", "weights": "fp32"}
    text = _scen("qwen3.5-27b", precision=fp32)
    trained = QWEN_TOTAL - QWEN_TOWER  # 26,895,998,464
    assert _at(text, "optimizer_step", "gradients") == 4 * trained
    assert _at(text, "optimizer_step", "optimizer_states") == 8 * trained
    assert _at(text, "optimizer_step", "optimizer_temporaries") == 4 * trained
    assert _at(text, "optimizer_step", "weights") == 4 * QWEN_TOTAL  # the tower's weights stay
    fed = _scen("qwen3.5-27b", {"images": 1}, precision=fp32)
    saved = sum(
        _at(fed, "optimizer_step", k) - _at(text, "optimizer_step", k)
        for k in ("gradients", "optimizer_states", "optimizer_temporaries")
    )
    assert saved == QWEN_TOWER * (4 + 8 + 4) == 7_371_681_536
    notes = _notes(text)
    assert any(n.startswith("vision tower: no images in the workload — sized as frozen") for n in notes), notes
    assert "460,730,096" in next(n for n in notes if n.startswith("vision tower:"))
    assert not any("vision tower" in n for n in _notes(fed))


def test_the_breakdown_says_what_it_left_out() -> None:
    """The gradients' and the states' explanations (the GUI's tooltips, the CLI's --explain) name the idle tower."""
    e = estimate(_scen("qwen3.5-27b", precision={"training": "fp32", "weights": "fp32"}))
    items = {i.key: str(i.explanation) for i in e.memory.items}
    for key in ("optimizer_states",):
        assert "Not counted: the 460,730,096 parameters of the vision tower" in items[key], items[key]


def test_deepspeed_zero_charges_the_idle_tower() -> None:
    """DeepSpeed ZeRO-2 on 8 GPUs (bf16): every parameter that requires grad is in its flat fp32 partition, so the
    Adam states are 8 B × the whole 27,356,728,560 / 8 = 27,356,728,560 bytes per GPU, the tower's included."""
    s = _scen(
        "qwen3.5-27b",
        training={"stack": "deepspeed"},
        precision={"training": "mixed-bf16", "weights": "bf16"},
        parallelism={"gpus": 8, "zero": 2},
    )
    assert _at(s, "optimizer_step", "optimizer_states") == 8 * QWEN_TOTAL / 8
    notes = _notes(s)
    assert any(
        n.startswith("vision tower: no images in the workload, but DeepSpeed ZeRO-2 charges gradients") for n in notes
    ), notes


def test_trainer_at_zero_1_is_deepspeed_too() -> None:
    s = _scen("qwen3.5-27b", precision={"training": "mixed-bf16"}, parallelism={"gpus": 4, "zero": 1})
    assert _at(s, "optimizer_step", "optimizer_states") == 8 * QWEN_TOTAL / 4
    assert any("DeepSpeed ZeRO-1 charges" in n for n in _notes(s))


def test_megatron_charges_the_idle_tower() -> None:
    """Megatron-LM's main_grad buffer holds every parameter that requires grad: fp32, 4 B × the whole model."""
    s = _scen("qwen3.5-27b", training={"stack": "megatron"}, precision={"training": "mixed-bf16", "weights": "bf16"})
    assert _at(s, "optimizer_step", "gradients") == 4 * QWEN_TOTAL
    assert any("charges gradients and optimizer state" in n for n in _notes(s))


def test_fsdp2_leaves_the_idle_tower_unsharded_grads_none() -> None:
    """FSDP2 (8 ranks, fp32 shards): only parameters with a gradient are reduce-scattered; AdamW's fp32 states cover
    the text model only: 8 B × 26,895,998,464 / 8."""
    s = _scen("qwen3.5-27b", training={"stack": "fsdp2"}, precision={"training": "mixed-bf16"}, parallelism={"gpus": 8})
    assert _at(s, "optimizer_step", "optimizer_states") == pytest.approx(8 * (QWEN_TOTAL - QWEN_TOWER) / 8)
    assert any("sized as frozen" in n for n in _notes(s))


def test_ddp_buckets_still_hold_the_idle_tower() -> None:
    """DDP on 2 GPUs (HF Trainer, fp32 autocast parameters): the reducer keeps a globally unused parameter's .grad
    undefined (4 B × 26,895,998,464 gradients), but its buckets hold every parameter that requires grad (4 B × the
    whole model); the answer says DDP needs find_unused_parameters=True."""
    s = _scen("qwen3.5-27b", precision={"training": "mixed-bf16"}, parallelism={"gpus": 2})
    assert _at(s, "optimizer_step", "gradients") == 4 * (QWEN_TOTAL - QWEN_TOWER)
    assert _at(s, "optimizer_step", "ddp_buckets") == 4 * QWEN_TOTAL
    assert any("find_unused_parameters=True" in n for n in _notes(s))


def test_gemma_3n_towers_idle_one_by_one() -> None:
    """Gemma 3n E4B, bf16 AdamW on one GPU: text alone leaves both towers without state (2 × 2 B of bf16 Adam states
    per parameter); an image makes the vision tower train and leaves the audio tower idle; the embedders always
    train."""
    bf16 = {"training": "bf16", "weights": "bf16"}
    both = _scen("gemma-3n-e4b", precision=bf16)
    audio_idle = _scen("gemma-3n-e4b", {"images": 1}, precision=bf16)
    fed = _scen("gemma-3n-e4b", {"images": 1, "audio_seconds": 10}, precision=bf16)
    runs = (("both", both), ("a", audio_idle), ("f", fed))
    states = {k: _at(v, "optimizer_step", "optimizer_states") for k, v in runs}
    assert states["f"] - states["both"] == 4 * (GEMMA_VISION + GEMMA_AUDIO)
    assert states["f"] - states["a"] == 4 * GEMMA_AUDIO
    assert any(n.startswith("vision and audio towers: no images or audio in the workload") for n in _notes(both))
    assert any(n.startswith("audio tower: no audio in the workload") for n in _notes(audio_idle))
    assert not any("in the workload —" in n for n in _notes(fed))


@pytest.mark.parametrize("finetune", ["lora", "qlora"])
def test_a_frozen_base_has_nothing_to_save(finetune: str) -> None:
    """LoRA / QLoRA freeze the tower with the rest of the base: no note, nothing changes."""
    weights = {"weights": "nf4"} if finetune == "qlora" else {}
    s = _scen("qwen3.5-27b", training={"finetune": finetune}, precision=weights)
    assert not any("vision tower:" in n for n in _notes(s))


def test_inference_has_no_note() -> None:
    s = scenario("qwen3.5-27b", workload={"mode": "inference", "batch": 1, "context": 2048})
    assert not any("vision tower:" in n for n in _notes(s))


def test_every_stack_states_its_source() -> None:
    """No stack's treatment of an idle tower is assumed: each quotes the source it was read from."""
    from core import stacks

    for st in stacks.STACKS.values():
        assert st.idle_params_source, st.id


# the fake-tensor runs of a VLM trained on text alone: Qwen3.5-27B's wrapper (the engine's idle tower was sized from
# it), and held out, run once after the engine change: Mistral-Small-3.1's and Gemma 3n E4B's (both towers idle, their
# embedders running on every text token)
VLM_RUNS = (
    "train-qwen3.5-27b-vlm-4l-bf16-adamw-b1s2048",
    "train-mistral-small-3.1-vlm-4l-bf16-adamw-b1s2048",
    "train-gemma3n-e4b-vlm-10l-bf16-adamw-b1s2048",
)
VLM_ROWS = {c.id: c for c in calibration_cases("training") if c.id.split(":")[0] in VLM_RUNS}


def test_the_vlm_runs_are_held_whole_and_by_term() -> None:
    for run in VLM_RUNS:
        assert {run, f"{run}:grads+states@step", f"{run}:activations"} <= set(VLM_ROWS)
        assert all(c.role == "validation" for k, c in VLM_ROWS.items() if k.startswith(run))


@pytest.mark.parametrize("run", VLM_RUNS)
def test_gradients_and_states_after_the_step_are_the_text_models(run: str) -> None:
    """Measured GRAD + OPT after the step (MemTracker on fake tensors, torch 2.13.0, transformers 5.25.0):
    24,389,298,688 / 21,391,246,848 / 14,179,093,504 B; the engine charged +11.3 / +12.3 / +41.3 % before the towers
    were sized as idle."""
    case = VLM_ROWS[f"{run}:grads+states@step"]
    assert abs(case.error()) <= 0.0001, case.error()


@pytest.mark.parametrize("run", VLM_RUNS)
def test_vlm_text_only_peaks(run: str) -> None:
    """Measured allocated peaks 41,570,342,400 / 36,529,999,360 / 31,571,264,000 B (+8.87 / +9.61 / +12.02 % before).
    Gemma 3n's multimodal embedders run on every text token (core/memory/towers.py embedders_saved): its peak was
    −0.34 % and its activations −1.19 % while they were not modelled."""
    assert abs(VLM_ROWS[run].error()) <= 0.0001, VLM_ROWS[run].error()
    assert abs(VLM_ROWS[f"{run}:activations"].error()) <= 0.0005, VLM_ROWS[f"{run}:activations"].error()


def test_gemma3n_embedders_on_text_tokens_by_hand() -> None:
    """Gemma 3n E4B (text width h = 2,048; embed_vision of width m = 2,048, embed_audio of 1,536: 4,460,544 and
    3,345,408 parameters = m × (128 + 2 + h)), full fine-tuning in bf16, one sequence of 2,048 tokens: each embedder
    keeps 10m + 4h + 25 bytes a token (ids 8, hard norm's fp32 input and output 8m, its mean and rsqrt 8, the
    projection's bf16 input 2m, the post-projection norm's fp32 input 4h and its mean and rsqrt 8, torch.where's mask
    1) and the hard norm weight's fp32 copy 4m once: 2,048 × (28,697 + 23,577) + 4 × (2,048 + 1,536) = 107,071,488 B —
    the measured activations of the whole model less its text model alone (tests/data/calibration/training.json:
    11,141,948,416 − 11,034,876,928 at the forward's end)."""
    assert 2048 * (10 * 2048 + 4 * 2048 + 25) == 2048 * 28_697
    assert 2048 * (10 * 1536 + 4 * 2048 + 25) == 2048 * 23_577
    assert 11_141_948_416 - 11_034_876_928 == 2048 * (28_697 + 23_577) + 4 * (2048 + 1536) == 107_071_488
    s = scenario("gemma-3n-e4b", workload={"mode": "training", "context": 2048}, training={"finetune": "full"})
    ctx = make_ctx(s, resolve_gpu(s))
    assert towers.embedders_saved(ctx, 2048.0, 2, True) == 107_071_488
    assert towers.embedders_saved(ctx, 2048.0, 2, False) == 0  # frozen (LoRA): token ids in, nothing to keep
