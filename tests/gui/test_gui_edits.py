"""How an edit becomes a valid scenario: dependent fields adjusted, the user's own fields never overridden."""

from __future__ import annotations

import pytest

from gui.document import default_scenario
from gui.edits import invalid_values, plan_edit, with_changes
from tests.gui.helpers import llama_4090_q4


def test_training_moves_runtime_to_pytorch_and_weights_to_float() -> None:
    new, adjusted = plan_edit(llama_4090_q4(), {"workload.mode": "training"})
    assert new.workload.mode == "training"
    assert adjusted == {"runtime.name": "hf", "precision.weights": "bf16"}


def test_qlora_stores_the_base_in_nf4() -> None:
    training = plan_edit(default_scenario(), {"workload.mode": "training"})[0]
    new, adjusted = plan_edit(training, {"training.finetune": "qlora"})
    assert new.precision.weights == "nf4" and adjusted == {"precision.weights": "nf4"}


def test_a_quantized_base_in_full_training_switches_to_adapters() -> None:
    training = plan_edit(default_scenario(), {"workload.mode": "training"})[0]
    assert plan_edit(training, {"precision.weights": "nf4"})[1] == {"training.finetune": "qlora"}
    assert plan_edit(training, {"precision.weights": "int8"})[1] == {"training.finetune": "lora"}


def test_llama_cpp_gets_a_gguf_type_of_similar_size() -> None:
    nf4 = with_changes(default_scenario(), {"precision.weights": "nf4"})
    assert plan_edit(nf4, {"runtime.name": "llama.cpp"})[1] == {"precision.weights": "q4_k_m"}


def test_shorter_context_than_output_tokens_shrinks_output() -> None:
    new, adjusted = plan_edit(default_scenario(), {"workload.context": 100})
    assert new.workload.output_tokens == 100 and adjusted == {"workload.output_tokens": 100}


def test_tensor_parallel_rounds_the_gpu_count_up() -> None:
    assert plan_edit(default_scenario(), {"parallelism.tp": 4})[1] == {"parallelism.gpus": 4}


def test_the_users_field_is_never_overridden() -> None:
    with pytest.raises(ValueError, match="does not divide the 32 attention heads"):
        plan_edit(default_scenario(), {"parallelism.tp": 3})
    with pytest.raises(ValueError, match=r"workload\.batch"):
        plan_edit(default_scenario(), {"workload.batch": 0})


def test_invalid_values_give_reasons() -> None:
    bad = invalid_values(default_scenario(), "parallelism.tp", [1, 2, 3])
    assert list(bad) == [3] and "attention heads" in bad[3]


def test_another_model_keeps_every_section_it_does_not_change() -> None:
    """A model edit validates the new model and the scenario-wide rules, as an edit of a section's field does: the
    sections it leaves alone stay the same objects (the editor then reads none of their fields again), and the
    scenario equals the whole scenario validated with the new model (pydantic's own validation, the oracle)."""
    from core import models
    from core.scenario import Scenario

    s = llama_4090_q4()
    ref = models.preset_ref("qwen2.5-7b")
    new, adjusted = plan_edit(s, {"model": ref.model_dump()})
    assert adjusted == {}
    assert new == Scenario.model_validate({**s.model_dump(), "model": ref.model_dump()})
    assert new.model == ref
    for section in ("workload", "precision", "training", "parallelism", "runtime", "gpu", "cost"):
        assert getattr(new, section) is getattr(s, section), section


def test_another_model_and_a_field_of_another_section_change_together() -> None:
    """The model and its own weight format in one edit (what picking a GGUF model does): both sections change, the
    rest stay; the same scenario as the whole validation gives."""
    from core import models
    from core.scenario import Scenario

    s = default_scenario()
    ref = models.preset_ref("qwen2.5-7b")
    new = s.with_changes({"model": ref, "precision.weights": "q4_k_m", "runtime.name": "llama.cpp"})
    whole = s.model_dump()
    whole["model"] = ref.model_dump()
    whole["precision"]["weights"] = "q4_k_m"
    whole["runtime"]["name"] = "llama.cpp"
    assert new == Scenario.model_validate(whole)
    assert new.workload is s.workload and new.gpu is s.gpu and new.training is s.training
