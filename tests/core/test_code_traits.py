"""What a family's transformers code keeps for backward beyond its structure (issue 8): RMSNorms that multiply the
weight in fp32 (Architecture.norm_weight_fp32) and the extra tensors of a clamped gated activation (glu_saved_extra)
are carried on the architecture, set from the family's entry (core/importers/hf_families.py), not read from its name.
The figures these traits produce are held to the fake-tensor runs in tests/core/test_accuracy.py (train-gpt-oss-20b-4l,
train-olmo3-7b-4l, train-deepseek-v4-flash-4l …)."""

from core import project
from core.architecture import Architecture
from core.estimate import estimate, resolve_gpu
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.scenario import Scenario
from tests.conftest import DATA
from tests.core.helpers import scenario

TRAINING = {"workload": {"mode": "training", "context": 2048}}


def _with(s: Scenario, arch: Architecture) -> Scenario:
    return s.model_copy(update={"model": s.model.model_copy(update={"architecture": arch})})


def _activations(s: Scenario) -> float:
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(next(it for it in items if it.key == "activations").by_phase["forward"])  # type: ignore[arg-type]


def test_a_renamed_architecture_keeps_what_its_code_keeps() -> None:
    """gpt-oss-20b and DeepSeek-V4-Flash under a family name no table knows: the same training answer, to the byte,
    and more activations than the same structures without the traits (the clamped SwiGLU's copies and the fp32 norm
    products are part of the figure)."""
    for preset in ("gpt-oss-20b", "deepseek-v4-flash"):
        s = scenario(preset, **TRAINING)
        arch = s.model.architecture
        assert arch.norm_weight_fp32 and arch.glu_saved_extra
        renamed = arch.model_copy(update={"family": "frontier_x"})
        bare = renamed.model_copy(update={"norm_weight_fp32": False, "glu_saved_extra": 0})
        assert estimate(_with(s, renamed)).memory == estimate(s).memory
        assert _activations(_with(s, renamed)) == _activations(s) > _activations(_with(s, bare))


def test_older_files_get_the_traits_their_family_had() -> None:
    """Schema 8's engine read these from the family's name (core/memory/activations.py's FP32_WEIGHT_NORM_FAMILIES
    and GLU_EXTRA, commit 731a64a: gpt_oss 3, deepseek_v4 2; gemma3n_text among the fp32-weight norms): the v2
    fixture's gpt-oss, the v6 fixture's DeepSeek-V4 and the v8 fixture's Gemma 3n text model read back with them,
    its Llama and Granite 4 without."""
    (gpt_oss,), _ = project.read(DATA / "sizing" / "v2.sizing")
    assert (gpt_oss.model.architecture.norm_weight_fp32, gpt_oss.model.architecture.glu_saved_extra) == (True, 3)
    (v4, v3), _ = project.read(DATA / "sizing" / "v6.sizing")
    assert (v4.model.architecture.norm_weight_fp32, v4.model.architecture.glu_saved_extra) == (True, 2)
    assert (v3.model.architecture.norm_weight_fp32, v3.model.architecture.glu_saved_extra) == (False, 0)
    v8, _ = project.read(DATA / "sizing" / "v8.sizing")
    traits = {s.model.architecture.family: s.model.architecture.norm_weight_fp32 for s in v8}
    assert traits == {"granitemoehybrid": False, "gemma3n_text": True, "llama": False}
    assert all(s.model.architecture.glu_saved_extra == 0 for s in v8)
