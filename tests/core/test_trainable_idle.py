"""The trainable count and what of it gets no gradient (Params.trainable_idle): `trainable` counts what requires
grad, as peft's print_trainable_parameters does (`if param.requires_grad: trainable_params += num_params`), so a
tower the workload feeds nothing is in it; the answer says how much of it the step never updates. Parameter counts
from transformers 5.25's meta-device build (tests/data/param_oracle/param_oracle.json by_module)."""

import json
from pathlib import Path

from core.cli import estimate_json
from core.estimate import estimate
from tests.core.helpers import scenario

ROOT = Path(__file__).resolve().parents[2]
ORACLE = json.loads((ROOT / "tests/data/param_oracle/param_oracle.json").read_text())


def _by_module(key: str, arch: str) -> dict[str, int]:
    return ORACLE[key]["builds"][arch]["by_module"]  # type: ignore[no-any-return]


def test_voxtral_without_audio() -> None:
    """Voxtral Mini fully fine-tuned on text: model.audio_tower 636,968,960 + model.multi_modal_projector 25,165,824
    = 662,134,784 of the 4,676,271,104 trainable get no gradient."""
    m = _by_module("mistralai__Voxtral-Mini-3B-2507", "VoxtralForConditionalGeneration")
    idle = m["model.audio_tower"] + m["model.multi_modal_projector"]
    assert idle == 662_134_784
    s = scenario("voxtral-mini-3b-2507", workload={"mode": "training", "context": 2048})
    est = estimate(s)
    assert est.params.trainable == m["lm_head"] + m["model"] == 4_676_271_104
    assert est.params.trainable_idle == idle
    assert str(est.params.trainable_note) == "of which 662,134,784 get no gradient (audio tower idle: no audio)"
    assert estimate_json(est, s)["params"]["trainable_idle"] == idle
    fed = estimate(s.changed("workload.audio_seconds", 30))
    assert fed.params.trainable_idle == 0 and "trainable_idle" not in estimate_json(fed, s)["params"]


def test_qwen3_vl_without_images_and_lora() -> None:
    """Qwen3-VL-32B on text: model.visual 595,266,800 get no gradient under full fine-tuning; under LoRA the tower is
    frozen anyway (not trainable), so nothing is said."""
    m = _by_module("Qwen__Qwen3-VL-32B-Instruct", "Qwen3VLForConditionalGeneration")
    s = scenario("qwen3-vl-32b", workload={"mode": "training", "context": 2048}, training={"finetune": "full"})
    assert estimate(s).params.trainable_idle == m["model.visual"] == 595_266_800
    lora = estimate(s.changed("training.finetune", "lora")).params
    assert lora.trainable_idle == 0 and lora.trainable_note == ""
