"""What a family's transformers code keeps for backward beyond its structure (issue 8): RMSNorms that multiply the
weight in fp32 (Architecture.norm_weight_fp32) and the extra tensors of a clamped gated activation (glu_saved_extra)
are carried on the architecture, set from the family's entry (core/importers/hf_families.py), not read from its name.
The figures these traits produce are held to the fake-tensor runs in tests/core/test_accuracy.py (train-gpt-oss-20b-4l,
train-olmo3-7b-4l, train-deepseek-v4-flash-4l …)."""

import copy
import json

from core import project
from core.architecture import Architecture
from core.estimate import estimate, resolve_gpu
from core.importers import hf_config
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


# each trait moved from a family-keyed table (issue 8), the preset of a family its entry sets it for, and a setup in
# which the trait is part of the figure
_TRAITS = [
    ("fp32_router", True, "deepseek-v3", TRAINING),  # DeepseekV3TopkRouter's fp32 linear
    ("fp32_router", True, "nemotron-3-nano-30b-a3b", TRAINING),  # NemotronHTopkRouter
    ("l2_qk_norm", True, "llama-4-scout-17b-16e", TRAINING),  # Llama4TextL2Norm on q and k
    ("dense_experts", True, "llama-4-scout-17b-16e", TRAINING),  # Llama4TextExperts over every token
    ("scaled_branch_inputs", True, "falcon-h1-0.5b", TRAINING),  # attention_in_multiplier, ssm_in_multiplier
    ("fused_qkvz", True, "qwen3-next-80b-a3b", {"workload": {"context": 8192}}),  # in_proj_qkvz through the scan
    ("eager_score_copies", 2, "mimo-v2-flash", {"workload": {"context": 8192}, "training": {"attention": "eager"}}),
    ("tp_plan_shards_embedding", True, "gpt-oss-20b", {**TRAINING, "parallelism": {"gpus": 2, "tp": 2}}),
    ("tp_plan_shards_embedding", True, "redpajama-incite-7b-base", {**TRAINING, "parallelism": {"gpus": 2, "tp": 2}}),
]


def test_each_family_trait_travels_with_a_renamed_architecture() -> None:
    """Every family's trait is set by its entry (the code it stands for is quoted in core/importers/hf_families.py)
    and kept under a name no table knows: the same whole answer, to the byte; without the trait the answer differs
    (it is part of the figure, held to the measurements named there)."""
    for trait, value, preset, setup in _TRAITS:
        s = scenario(preset, **setup)
        arch = s.model.architecture
        assert getattr(arch, trait) == value, (preset, trait)
        renamed = arch.model_copy(update={"family": "frontier_x"})
        bare = renamed.model_copy(update={trait: Architecture.model_fields[trait].default})
        assert estimate(_with(s, renamed)) == estimate(s), (preset, trait)
        assert estimate(_with(s, bare)).memory != estimate(s).memory, (preset, trait)


def test_a_hand_built_mla_model_without_a_table_family_pays_for_its_fp32_router() -> None:
    """The fp32 router keeps the layer's input in fp32 (4·h bytes per token) and the router weight in fp32 (4·E·h per
    layer) beyond what a 16-bit router keeps: DeepSeek-V3 renamed, h = 7168, E = 256, 58 MoE layers, 2048 tokens of
    one sequence: 58 · (4·7168·2048 + 4·256·7168) = 3,831,234,560 bytes more forward activations than without."""
    s = scenario("deepseek-v3", **TRAINING)
    renamed = s.model.architecture.model_copy(update={"family": "frontier_x"})
    bare = renamed.model_copy(update={"fp32_router": False})
    assert _activations(_with(s, renamed)) - _activations(_with(s, bare)) == 58 * (4 * 7168 * 2048 + 4 * 256 * 7168)


def test_older_files_get_the_family_traits_schema_8_read_from_the_name() -> None:
    """Schema 8's engine read these from the family's name (commit d171913's core/memory/activations.py
    FP32_ROUTER_FAMILIES, L2_QK_NORM_FAMILIES, SCALED_BRANCH_INPUT_FAMILIES, FUSED_QKVZ_FAMILIES, EAGER_SCORE_COPIES,
    DENSE_EXPERT_FAMILIES and core/memory/weights.py HF_TP_SHARDED_EMBEDDING): a v8 file of each family reads back with
    them, a Llama without any."""
    expected = {
        "deepseek_v3": {"fp32_router": True},
        "nemotron_h": {"fp32_router": True, "tp_plan_shards_embedding": True},
        "llama4": {"l2_qk_norm": True, "dense_experts": True},
        "falcon_h1": {"scaled_branch_inputs": True, "tp_plan_shards_embedding": True},
        "qwen3_next": {"fused_qkvz": True},
        "mimo_v2_flash": {"eager_score_copies": 2},
        "gpt_neox": {"tp_plan_shards_embedding": True},
        "llama": {},
    }
    doc = json.loads((DATA / "sizing" / "v8.sizing").read_text(encoding="utf-8"))
    base = doc["scenarios"][0]
    doc["scenarios"] = []
    for family in expected:
        sc = copy.deepcopy(base)
        sc["model"]["architecture"]["family"] = family
        doc["scenarios"].append(sc)
    read, _ = project.loads(json.dumps(doc), "x.sizing")
    fields = ("fp32_router", "l2_qk_norm", "scaled_branch_inputs", "fused_qkvz", "eager_score_copies", "dense_experts",
              "tp_plan_shards_embedding")  # fmt: skip
    for s, (family, traits) in zip(read, expected.items(), strict=True):
        got = {f: getattr(s.model.architecture, f) for f in fields}
        assert got == {f: traits.get(f, Architecture.model_fields[f].default) for f in fields}, family


def _imported(cfg: dict) -> Architecture:
    return hf_config.from_dict(cfg, "config.json", "x").architecture


def test_a_qwen3_5_vlm_keeps_what_its_text_model_keeps() -> None:
    """Qwen3_5ForConditionalGeneration runs its text model's code (transformers 5.25,
    models/qwen3_5/modeling_qwen3_5.py: Qwen3_5Model.language_model = AutoModel.from_config(config.text_config), a
    Qwen3_5TextModel whose Qwen3_5RMSNorm does `output * (1.0 + self.weight.float())`; Qwen3_5Moe likewise): the
    wrapper, cut to the measured case's 4 text layers (train-qwen3.5-27b-4l-bf16-adamw-b1s2048, bench/cases.py's
    qwen3.5-27b-4l) and trained on text alone, leaves the same activations as the text model the fake-tensor harness
    built from its text_config, within 2.5% of the measurement: ACT at forward end 7,654,692,352 bytes less the loss's
    fp32 log-softmax 4·2048·248,320 = 2,034,237,440, so 5,620,454,912 bytes."""
    measured = 7_654_692_352 - 4 * 2048 * 248_320
    s = scenario(workload={"mode": "training", "batch": 1, "context": 2048},
                 precision={"training": "bf16", "weights": "bf16"})  # fmt: skip
    for name in ("Qwen__Qwen3.5-27B", "Qwen__Qwen3.5-35B-A3B"):
        cfg = json.loads((DATA / "param_oracle" / "configs" / name / "config.json").read_text(encoding="utf-8"))
        layers = ["linear_attention", "linear_attention", "linear_attention", "full_attention"]
        cfg["text_config"].update(num_hidden_layers=4, layer_types=layers)
        wrapper, text = _imported(copy.deepcopy(cfg)), _imported(cfg["text_config"])
        assert (wrapper.family, wrapper.kind, wrapper.norm_weight_fp32) == (cfg["model_type"], "vlm", True)
        assert _activations(_with(s, wrapper)) == _activations(_with(s, text)), name
        if name == "Qwen__Qwen3.5-27B":
            assert abs(_activations(_with(s, wrapper)) / measured - 1) <= 0.025


def test_wrappers_take_their_text_models_traits() -> None:
    """A VLM wraps its text model's code (transformers 5.25): Kimi-K2.5's KimiK25Model.language_model =
    AutoModel.from_config(config.text_config), a DeepSeek-V3 with DeepseekV3TopkRouter's fp32 linear; Qwen3-VL's text
    model's base_model_tp_plan {"embed_tokens": "embedding_rowwise"} (configuration_qwen3_vl.py) joins the wrapper's
    plan (distributed/mixin.py adds every child's _tp_plan under its name); Qwen3.5's fp32 norm products above."""
    expected = {
        "kimi-k2.5": {"fp32_router": True},
        "qwen3-vl-32b": {"tp_plan_shards_embedding": True},
        "qwen3.5-27b": {"norm_weight_fp32": True},
        "qwen3.5-35b-a3b": {"norm_weight_fp32": True},
    }
    for preset, traits in expected.items():
        arch = scenario(preset).model.architecture
        assert arch.kind == "vlm"
        assert {k: getattr(arch, k) for k in traits} == traits, preset
