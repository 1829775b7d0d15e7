"""peft's fine-tuning variants (issue 9 item 3): LoRA on fused projections, DoRA, modules_to_save, prefix tuning and
P-tuning. Every figure is counted by hand from the published model dimensions (config.json of each model) and peft's
source (huggingface/peft: src/peft/tuners/lora/dora.py @d20332ed, src/peft/utils/constants.py @4cbf6e9b,
src/peft/tuners/prefix_tuning/model.py, src/peft/tuners/p_tuning/model.py, src/peft/utils/other.py), or is a trainable
count that peft's print_trainable_parameters() printed in public logs."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.estimate import estimate, resolve_gpu
from core.memory import weights as weights_mod
from core.memory.context import make_ctx
from tests.core.helpers import scenario

# meta-llama/Llama-3.2-1B config.json: hidden_size 2048, intermediate_size 8192, num_hidden_layers 16,
# num_attention_heads 32, num_key_value_heads 8 (head_dim 64: k/v width 512), vocab_size 128256
L32_LAYERS, L32_H, L32_KV, L32_I, L32_V = 16, 2048, 512, 8192, 128256


def _train(model: str, **training: object):
    return scenario(model, workload={"mode": "training", "batch": 1, "context": 512}, training=training)


def _items(s) -> dict[str, int]:
    return {i.key: i.bytes for i in estimate(s).memory.items}


def _ctx(s):
    return make_ctx(s, resolve_gpu(s))


def test_llama_lora_all_linear_with_trainable_lm_head_counted_by_hand() -> None:
    r = 16
    per_layer = (
        r * (L32_H + L32_H)  # q_proj 2048 → 2048
        + 2 * r * (L32_H + L32_KV)  # k_proj, v_proj 2048 → 512
        + r * (L32_H + L32_H)  # o_proj
        + 2 * r * (L32_H + L32_I)  # gate_proj, up_proj 2048 → 8192
        + r * (L32_I + L32_H)  # down_proj 8192 → 2048
    )
    assert per_layer == 704_512
    lora = per_layer * L32_LAYERS  # 11,272,192
    lm_head = L32_V * L32_H  # 262,668,288: peft's ModulesToSaveWrapper trains a full copy
    s = _train("llama-3.2-1b", finetune="lora", lora_rank=r, lora_modules_to_save="lm_head")
    assert estimate(s).params.trainable == lora + lm_head == 273_940_480
    items = _items(s)
    # the copy, its gradient and torch AdamW's exp_avg + exp_avg_sq, all in the bf16 base dtype (peft upcasts only
    # BaseTunerLayer adapters to fp32)
    assert items["modules_to_save"] == 2 * lm_head
    assert items["modules_to_save_gradients"] == 2 * lm_head
    assert items["modules_to_save_states"] == 2 * 2 * lm_head
    assert items["adapter_weights"] == 4 * lora  # fp32 adapters (autocast_adapter_dtype=True)


def test_both_embeddings_and_lm_head_are_copied_even_when_tied() -> None:
    # Llama-3.2-1B ties lm_head to embed_tokens; peft deep-copies each wrapped module: two V × h copies
    s = _train("llama-3.2-1b", finetune="lora", lora_modules_to_save="both")
    ctx = _ctx(s)
    assert sum(g.numel for g in weights_mod.modules_to_save(ctx)) == 2 * L32_V * L32_H


def test_dora_adds_one_magnitude_per_output_feature() -> None:
    # DoraLinearLayer.update_layer: self.weight = nn.Parameter(weight_norm), the norm of each output row
    outs = L32_H + 2 * L32_KV + L32_H + 2 * L32_I + L32_H  # q, k, v, o, gate, up, down
    assert outs == 23_552
    plain = estimate(_train("llama-3.2-1b", finetune="lora")).params.trainable
    dora = estimate(_train("llama-3.2-1b", finetune="lora", dora=True)).params.trainable
    assert dora - plain == outs * L32_LAYERS == 376_832


def test_dora_keeps_base_and_lora_results_for_the_magnitude_gradient() -> None:
    # result_dora = (mag_norm_scale - 1) * base_result + mag_norm_scale * lora_result * scaling keeps base_result and
    # lora_result (T × d_out each, bf16 under mixed-bf16) in every target of every layer: 2 · 2 bytes · T · Σ d_out · L
    T = 512
    plain = _items(_train("llama-3.2-1b", finetune="lora"))["activations"]
    dora = _items(_train("llama-3.2-1b", finetune="lora", dora=True))["activations"]
    assert dora - plain == pytest.approx((2 + 2) * T * 23_552 * L32_LAYERS, abs=8)


def test_dora_weight_norm_is_a_transient_of_the_largest_target() -> None:
    # per target, in x's dtype (fp32: x is cast to the fp32 adapters): eye(d_in), BA (d_in × d_out), weight.to(fp32)
    # and W + s·BA: 4 · (d_in² + 4 · d_in · d_out); largest for down_proj (8192 → 2048)
    from core.memory.training_state import _dora_transient_item

    s = _train("llama-3.2-1b", finetune="lora", dora=True)
    t = _dora_transient_item(_ctx(s))
    assert t.by_phase["forward"] == 4 * (L32_I * L32_I + 4 * L32_I * L32_H)


@pytest.mark.parametrize(
    ("model", "targets", "rank", "published"),
    [
        # GPT-2 (hidden 768, 12 layers): peft's default target ["c_attn"] (constants.py "gpt2": ["c_attn"]), r = 8:
        # 8 · (768 + 2304) · 12 = 294,912, printed as "trainable params: 294,912 || all params: 124,734,720"
        ("gpt2", "qv", 8, 294_912),
        # Phi-3-mini (hidden 3072, intermediate 8192, 32 heads = 32 kv heads, 32 layers), r = 16 on every Linear:
        # qkv_proj 3072 → 9216, o_proj 3072 → 3072, gate_up_proj 3072 → 16384, down_proj 8192 → 3072:
        # 16 · (12288 + 6144 + 19456 + 11264) · 32 = 25,165,824, printed as "trainable params: 25,165,824 || all
        # params: 3,846,245,376" for microsoft/phi-3-mini-4k-instruct (split q/k/v and gate/up would give 29,884,416)
        ("phi-3-mini-4k-instruct", "all-linear", 16, 25_165_824),
        # Falcon-7B (hidden 4544, 71 heads of 64, one kv head, 32 layers): query_key_value 4544 → 4544 + 2·64 = 4672,
        # peft's default ["query_key_value"], r = 16: 16 · (4544 + 4672) · 32 = 4,718,592
        ("falcon-7b-instruct", "qv", 16, 4_718_592),
    ],
)
def test_a_fused_projection_is_one_lora_target(model: str, targets: str, rank: int, published: int) -> None:
    s = _train(model, finetune="lora", lora_targets=targets, lora_rank=rank)
    assert estimate(s).params.trainable == published


def test_fused_projection_keeps_one_rank_r_output_and_one_input_cast() -> None:
    # GPT-2 qv = c_attn only: lora_A's output (r) and the fp32 adapters' 16-bit cast of its input (768) once per layer,
    # not once each for q and v, and ln_1's output (2 · T · h), kept once a reader of it keeps its input (the rule
    # the LoRA runs of the fake-tensor harness hold): a · T · r + 2 · T · h + 2 · T · h per layer, over 12 layers
    T, r, h = 512, 16, 768
    base = _items(_train("gpt2", finetune="prefix"))["activations"]  # no Linear keeps anything extra
    lora = _items(_train("gpt2", finetune="lora", lora_targets="qv"))["activations"]
    assert lora - base == pytest.approx(12 * (2 * T * r + 2 * T * h + 2 * T * h), abs=8)


def test_prefix_tuning_parameters_follow_peft_gqa_token_dim() -> None:
    # PrefixEncoder: Embedding(n, num_layers · 2 · token_dim); token_dim = 2048 // 32 · 8 = 512 (GQA, peft #1901)
    s = _train("llama-3.2-1b", finetune="prefix", num_virtual_tokens=30)
    assert estimate(s).params.trainable == 30 * L32_LAYERS * 2 * 512 == 491_520
    items = _items(s)
    # prefix key/values, batch 1, s = 512, n = 30, bf16, SDPA (32 heads, 8 kv heads, head_dim 64, 16 layers):
    #   the cast prefix 2 · 30 · 16 · 2 · 512 = 983,040
    #   per layer, the memory-efficient kernel's keys and values expanded to 32 heads over 542 rows in place of
    #   8 kv heads over 512: 2 · 2 · 64 · (32 · 542 − 8 · 512) = 3,391,488, and the bias 2 · 512 · 544 = 557,056
    #   the boolean causal mask once: 512 · 542 = 277,504
    assert items["prefix_kv"] == 983_040 + 16 * (3_391_488 + 557_056) + 277_504
    assert items["adapter_weights"] == 4 * 491_520


def test_ptuning_prompt_encoder_and_longer_sequence() -> None:
    # PromptEncoder, MLP reparameterization, encoder_hidden_size = token_dim = 2048:
    # Embedding(20, 2048) + Linear(2048, 2048) ×3 with biases = 20·2048 + 3·2048² + 3·2048
    s = _train("llama-3.2-1b", finetune="ptuning")
    assert estimate(s).params.trainable == 20 * 2048 + 3 * 2048 * 2048 + 3 * 2048 == 12_630_016
    # the 20 virtual tokens are prepended to every sequence: the logits grow by (512 + 20) / 512 over prefix tuning's
    prefix = _items(_train("llama-3.2-1b", finetune="prefix"))["logits"]
    assert _items(s)["logits"] == pytest.approx(prefix * (512 + 20) / 512, rel=1e-6)


def test_prompt_learning_is_refused_for_an_encoder_model() -> None:
    with pytest.raises(ValueError, match="decoder-only"):
        _train("bert-base-uncased", finetune="prefix")


def test_cli_options(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["estimate", "--model", "gpt2", "--mode", "training", "--finetune", "lora", "--lora-targets", "qv",
               "--lora-rank", "8", "--dora", "--lora-modules-to-save", "lm_head", "--json"])  # fmt: skip
    assert rc == 0
    # 294,912 LoRA + DoRA's 2304 · 12 = 27,648 magnitudes + the lm_head copy 50257 · 768 = 38,597,376
    assert json.loads(capsys.readouterr().out)["params"]["trainable"] == 294_912 + 27_648 + 38_597_376
    rc = main(["estimate", "--model", "gpt2", "--mode", "training", "--finetune", "prefix", "--virtual-tokens", "10",
               "--json"])  # fmt: skip
    assert rc == 0
    assert json.loads(capsys.readouterr().out)["params"]["trainable"] == 10 * 12 * 2 * 768


# The fake-tensor harness (tools/calibration/harness.py: LoRALinear with dora=True written out from peft's
# DoraLinearLayer, ModulesToSave for peft's ModulesToSaveWrapper, LoRA on GPT-2's Conv1D c_attn), run with
#   python tools/calibration/run_cases.py --only 'qwen2.5-0.5b-bf16-dora16'
#   python tools/calibration/run_cases.py --only 'qwen2.5-0.5b-bf16-lora16|gpt2-124m-fp32-lora16-cattn'
#   python tools/calibration/run_cases.py --only 'qwen2.5-0.5b-bf16-ptuning20'   (harness.py PTuning: peft's
#   PromptEncoder and PeftModelForCausalLM's prepending, written out)
#   python tools/calibration/run_cases.py --only 'qwen2.5-0.5b-bf16-prefix20'   (harness.py PrefixTuning: peft's
#   PrefixEncoder and get_prompt, handed to the model as a DynamicCache)
# (versions under each case's `environment` in tests/data/calibration/training.json). Measured allocated peaks:
PEFT_RUNS = {
    "train-qwen2.5-0.5b-bf16-lora16-b2s1024": 6.922,  # GiB
    "train-qwen2.5-0.5b-bf16-dora16-b2s1024": 9.356,
    "train-qwen2.5-0.5b-bf16-lora16-lmhead-b2s1024": 7.939,
    "train-gpt2-124m-fp32-lora16-cattn-b4s512": 3.276,
    "train-qwen2.5-0.5b-bf16-ptuning20-b2s1024": 6.391,
    "train-qwen2.5-0.5b-bf16-prefix20-b2s1024": 6.494,
}


def test_peft_variants_held_to_the_fake_tensor_harness() -> None:
    from bench.cases import calibration_cases

    cases = {c.id: c for c in calibration_cases("training") if c.term is None}
    for case_id, gib in PEFT_RUNS.items():
        case = cases[case_id]
        assert case.measured_bytes / 2**30 == pytest.approx(gib, abs=0.001)
        estimated = case.pick(estimate(case.scenario))
        assert estimated == pytest.approx(case.measured_bytes, rel=0.015), case_id


def test_ptuning_harness_trains_the_hand_counted_encoder() -> None:
    # Qwen2.5-0.5B (hidden 896): 20 · 896 + 3 · 896² + 3 · 896 trainable, as the harness's PTuning module counted
    import json
    from pathlib import Path

    runs = json.loads((Path(__file__).parents[1] / "data" / "calibration" / "training.json").read_text("utf-8"))
    run = next(r for r in runs if r["id"] == "train-qwen2.5-0.5b-bf16-ptuning20-b2s1024")
    assert run["result"]["model"]["n_trainable_params"] == 20 * 896 + 3 * 896 * 896 + 3 * 896 == 2_429_056
