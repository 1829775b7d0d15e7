"""The engine held to independent figures: what PyTorch allocates (MemTracker runs of real transformers models on
fake tensors, tests/data/calibration, made by tools/calibration) and published real-GPU measurements
(tests/data/reference/measured-cases.jsonl). bench/accuracy.py prints the same cases as a table."""

import json
import statistics

import pytest

from bench.cases import (
    CALIBRATION,
    DEEPSPEED_ZERO3_GROUP,
    FSDP2_GROUP,
    FSDP2_TERMS,
    TITAN_GROUP,
    TP_GROUP,
    TP_TERMS,
    Case,
    calibration_cases,
    gemma3n_tower_cases,
    measured_cases,
)
from core.estimate import estimate, resolve_gpu
from core.memory.context import MOMENTS, make_ctx
from core.memory.peak import build_items

# single-GPU runs; the FSDP2 and TP runs (rank 0 of a fake process group) are held apart below
_FSDP2 = {FSDP2_GROUP, FSDP2_TERMS}
_TP = {TP_GROUP, TP_TERMS}
TRAINING = [
    c for c in calibration_cases("training") if c.role == "validation" and c.group not in _FSDP2 | _TP | {TITAN_GROUP}
]
# torchtitan's 2-D plan (tp_plan="torchtitan"): their per-term comparisons are in the FSDP2 terms group
TITAN = [c for c in calibration_cases("training") if c.role == "validation" and c.id.startswith("train-titan-")]
FSDP2 = [
    c
    for c in calibration_cases("training")
    if c.role == "validation" and c.group in _FSDP2 and not c.id.startswith("train-titan-")
]
TP = [c for c in calibration_cases("training") if c.role == "validation" and c.group in _TP]
INFERENCE = [c for c in calibration_cases("inference") if c.role == "validation"]
MEASURED = [c for c in measured_cases() if c.role == "validation"]
FSDP2_TERMS_ALL = [c for c in calibration_cases("training") if c.role == "validation" and c.group == FSDP2_TERMS]
# per-term comparisons of the issue-8 layer kinds (cache after prefill / decode, activations at the end of forward)
TERMS = [c for c in TRAINING + INFERENCE if c.term is not None]


def test_enough_reference_cases() -> None:
    assert len(TRAINING) >= 12
    assert len(INFERENCE) >= 8
    assert len(MEASURED) >= 30


@pytest.mark.parametrize("cases", [TRAINING, INFERENCE], ids=["training", "inference"])
def test_allocated_memory_against_pytorch(cases: list[Case]) -> None:
    errors = {c.id: abs(c.error()) for c in cases}
    assert statistics.median(errors.values()) <= 0.03, errors
    worst = max(errors, key=errors.__getitem__)
    assert errors[worst] <= 0.08, (worst, errors[worst])


@pytest.mark.parametrize("case", MEASURED, ids=lambda c: c.id)
def test_published_gpu_measurements(case: Case) -> None:
    assert abs(case.error()) <= case.tolerance, (
        f"{case.what}: estimate {case.estimate_bytes():,.0f} vs {case.measured_bytes:,.0f}"
    )


def test_new_layer_kinds_have_verified_terms() -> None:
    """Sinks (gpt-oss), chunked attention with dense-run experts (Llama 4), short convolutions (LFM2), Gated DeltaNet
    (Qwen3.5) and Mamba-2 (Nemotron-H) as transformers' torch paths run them, MLA with the DSA indexer (DeepSeek-V3.2):
    each held term by term (cache after prefill and decode, activations at the end of forward) and as a peak."""
    models = (
        "gpt-oss-20b-4l",
        "llama4-scout-4l",
        "lfm2-1.2b-5l",
        "qwen3.5-27b-4l",
        "nemotron-h-56b-9l",
        "deepseek-v3.2-4l",
        "falcon-h1-0.5b-4l",  # attention and Mamba-2 side by side in every layer, no gated norm
        "granite-4.0-h-tiny-6l",  # Mamba-2 with 256-token chunks, MoE beside a shared MLP
        "olmo3-7b-4l",  # sliding-window layers in training (the materialised mask), fp32 norm products
        "gemma3n-e4b-10l",  # AltUp streams, LAuReL, per-layer inputs, KV-shared and activation-sparse layers
        "mimo-v2-flash-6l",  # full layers with K/V heads of their own beside sliding layers with sinks, eager
        "deepseek-v4-flash-4l",  # hyper-connections over 4 streams, CSA (compressor + indexer) and HCA layers, eager
        "deepseek-v4-flash-5l-mix",  # held out: another layer order, two sequences, lengths off the windows
    )
    for model in models:
        assert any(model in c.id and c.what == "activations at forward end" for c in TERMS), model
        assert any(model in c.id and c.what == "cache after decode" for c in TERMS), model
        assert any(model in c.id and c.term is None for c in TRAINING), model
        assert any(model in c.id and c.term is None for c in INFERENCE), model


def test_fixed_state_layers_answer_with_their_kernel_path() -> None:
    """transformers' torch path is what was measured: the answer says that the CUDA kernels need less; under another
    runtime (its own kernels, never measured) the activations are flagged unverified."""
    case = next(c for c in INFERENCE if c.id.startswith("inf-nemotron-h-56b-9l") and c.term is None)
    answer = estimate(case.scenario)
    assert answer.verified
    assert any("mamba_ssm" in w for w in answer.warnings)
    vllm = case.scenario.model_copy(update={"runtime": case.scenario.runtime.model_copy(update={"name": "vllm"})})
    assert not estimate(vllm).verified


@pytest.mark.parametrize("case", TERMS, ids=lambda c: c.id)
def test_terms_against_pytorch(case: Case) -> None:
    assert abs(case.error()) <= case.tolerance, (
        f"{case.what}: {case.estimate_bytes():,.0f} vs {case.measured_bytes:,.0f}"
    )


def test_published_measurements_overall() -> None:
    errors = [abs(c.error()) for c in MEASURED]
    assert statistics.median(errors) <= 0.03


def _stack_errors(group: str) -> list[float]:
    return [abs(c.error()) for c in MEASURED if c.group.startswith(group)]


def test_training_stacks_against_published_measurements() -> None:
    """Per stack (README 'Accuracy per training stack'); the goal is median ≤ 5 %, max ≤ 15 % per stack: torchtitan
    (reserved peaks, with torch.compile, Float8, CP and interleaved PP modelled), torchtune, Unsloth, Liger (per term),
    Megatron meet it, and DeepSpeed's ZeRO-0 / 2 rows — peaks −4.2 % and −1.8 % with the OPT code of transformers
    v4.28 that they ran (−12.3 % and −13.5 % with today's; the steady state between steps −0.5 %), −2.5 % for the SFT
    row since DeepSpeed's loop holds its `outputs` (the fp16 logits) through backward. DeepSpeed's ZeRO-3 + CPU
    offload rows (hpcaitech OPT-Benchmark, checkpointed, eager attention): −0.2 / −0.6 / −1.9 / −0.3 % (−43 to −45 %
    before the checkpointed backward's first recomputed layer and the eager softmax's backward were modelled, 13-21 %
    before the loop's outputs and ZeRO-3's prefetch up to stage3_max_live_parameters from the second step on, 7-10 %
    before the tied output layer's gradient waiting for the embedding's and the CUDA softmax backward's grad × output
    temporary); all 7 DeepSpeed rows: median 0.6 %, max 2.5 %."""
    titan = _stack_errors("torchtitan")
    tune = _stack_errors("torchtune")
    unsloth = _stack_errors("Unsloth")
    liger = _stack_errors("Liger")
    megatron = _stack_errors("Megatron")
    deepspeed = _stack_errors("DeepSpeed")
    chat = [abs(c.error()) for c in MEASURED if c.group.startswith("DeepSpeed ZeRO (DeepSpeed-Chat")]
    zero3 = [abs(c.error()) for c in MEASURED if c.group == DEEPSPEED_ZERO3_GROUP]
    assert len(chat) == 3 and max(chat) <= 0.05 and statistics.median(chat) <= 0.05
    assert len(zero3) == 4 and max(zero3) <= 0.03 and statistics.median(zero3) <= 0.01
    assert len(deepspeed) == 7 and max(deepspeed) <= 0.03 and statistics.median(deepspeed) <= 0.01
    assert len(megatron) == 4 and max(megatron) <= 0.08 and statistics.median(megatron) <= 0.05
    assert len(liger) == 4 and max(liger) <= 0.10 and statistics.median(liger) <= 0.05
    assert len(titan) == 20 and len(tune) == 2 and len(unsloth) == 9
    assert max(tune) <= 0.08 and statistics.median(tune) <= 0.05
    assert max(titan) <= 0.15 and statistics.median(titan) <= 0.05
    assert max(unsloth) <= 0.10 and statistics.median(unsloth) <= 0.05


def test_torchtitan_held_out_rows() -> None:
    """The torchtitan rows added after the compile and allocator-segment mechanisms were written (Float8, context
    parallel, interleaved 1F1B, 4D, a 2025 CP run with flex attention), computed once: the held-out set
    (bench/cases.py _TITAN_HELD_OUT), and Megatron's interleaved 7B PP 4 row, a variant until interleaving was
    modelled."""
    from bench.cases import _TITAN_HELD_OUT

    held = [abs(c.error()) for c in MEASURED if c.id in _TITAN_HELD_OUT]
    assert len(held) == 12
    assert statistics.median(held) <= 0.05 and max(held) <= 0.15
    interleaved = next(c for c in MEASURED if c.id == "train-megatron-gpt7b-tp1-pp4-mbs1-s8192-h100-transient")
    assert abs(interleaved.error()) <= 0.05


@pytest.mark.parametrize(
    ("stack", "source"),
    [
        ("unsloth", "Unsloth"),
        ("liger", "Liger"),
        ("megatron", "Megatron"),
        ("deepspeed", "DeepSpeed"),
        ("fsdp2", "torchtitan"),
        ("torchtune", "torchtune"),
    ],
)
def test_the_expected_error_a_stack_states_is_its_published_rows(stack: str, source: str) -> None:
    """The answer's expected-error line for a stack quotes the median and max error against that stack's published
    measurements as the engine reaches them now (README 'Accuracy per training stack')."""
    from core.estimate import expected_error
    from tests.core.helpers import scenario

    errors = _stack_errors(source)
    text = str(expected_error(scenario("llama-3.1-8b", workload={"mode": "training"}, training={"stack": stack})))
    assert "no published measurement" not in text
    assert f"median {statistics.median(errors):.1%}".replace("%", " %") in text, text
    assert f"max {max(errors):.1%}".replace("%", " %") in text, text


# the published inference measurements the answer's expected error quotes (bench/cases.py groups)
PUBLISHED_INFERENCE = (
    "Qwen2.5 speed benchmark",
    "transformers LLM optimization guide",
    "llama.cpp buffer sizes",
    "vLLM memory profiler",
)


def _said(fraction: float, digits: int) -> str:
    return f"{fraction * 100:.{digits}f} %"


def test_the_expected_error_of_hf_training_and_inference_is_the_accuracy_tables() -> None:
    """The answer's expected-error line quotes the accuracy table that Help ▸ User guide ▸ Accuracy shows
    (bench/accuracy.py over the calibration runs and the published rows). Seen on Xvfb: the answer said "52
    MemTracker runs" (training) and "0.7 % (median) … of 30 PyTorch allocation runs" (inference) beside a table of
    63 and 37 runs, the published median 0.56 %."""
    from bench.accuracy import all_cases
    from core.estimate import expected_error
    from tests.core.helpers import scenario

    valid = [c for c in all_cases() if c.role == "validation"]
    training = [abs(c.error()) for c in valid if c.group == "PyTorch allocations (training, MemTracker)"]
    text = str(expected_error(scenario("llama-3.1-8b", workload={"mode": "training"})))
    assert f"median {_said(statistics.median(training), 1)}, max {_said(max(training), 1)}" in text, text
    assert f" in {len(training)} MemTracker runs" in text, text
    runs = [abs(c.error()) for c in valid if c.group == "PyTorch allocations (inference, MemTracker)"]
    published = [abs(c.error()) for c in valid if c.group.startswith(PUBLISHED_INFERENCE)]
    text = str(expected_error(scenario("llama-3.1-8b")))
    assert (
        f"within {_said(statistics.median(published), 1)} (median) and {_said(max(published), 1)} (max) of "
        f"{len(published)} published GPU measurements, {_said(statistics.median(runs), 1)} and "
        f"{_said(max(runs), 1)} of {len(runs)} PyTorch allocation runs"
    ) in text, text


def test_gemma3n_answers_are_verified_only_where_measured() -> None:
    """The AltUp / LAuReL / per-layer-input terms were measured for full bf16 training and transformers' prefill; a
    LoRA run of the same model extrapolates them, and the answer says so."""
    case = next(c for c in TRAINING if c.id.startswith("train-gemma3n-e4b-10l") and c.term is None)
    assert estimate(case.scenario).verified
    training = case.scenario.training.model_copy(update={"finetune": "lora"})
    lora = estimate(case.scenario.model_copy(update={"training": training}))
    assert not lora.verified and any("Gemma 3n" in w for w in lora.unverified)


def test_deepseek_v4_answers_are_verified_only_where_measured() -> None:
    """DeepSeek-V4's streams, compressors and caches were measured for transformers' prefill and bf16 full training on
    one GPU; LoRA or another runtime extrapolates them, and the answer says so."""
    train = next(c for c in TRAINING if c.id.startswith("train-deepseek-v4-flash-4l") and c.term is None)
    assert estimate(train.scenario).verified
    training = train.scenario.training.model_copy(update={"finetune": "lora"})
    lora = estimate(train.scenario.model_copy(update={"training": training}))
    assert not lora.verified and any("DeepSeek-V4" in w for w in lora.unverified)
    inf = next(c for c in INFERENCE if c.id.startswith("inf-deepseek-v4-flash-4l") and c.term is None)
    assert estimate(inf.scenario).verified
    vllm = inf.scenario.model_copy(update={"runtime": inf.scenario.runtime.model_copy(update={"name": "vllm"})})
    assert not estimate(vllm).verified


def test_a_deepseek_v4_scenario_saved_without_layer_kinds_is_unverified() -> None:
    """The schema-6 fixture holds DeepSeek-V4-Flash as saved before the importer read its layer kinds (no mixers):
    its answer cannot know the CSA and HCA layers and says so."""
    from pathlib import Path

    from core import project

    (v4, _), _ = project.read(Path(__file__).parents[1] / "data/sizing/v6.sizing")
    assert v4.model.architecture.family == "deepseek_v4" and not v4.model.architecture.decoder.mixers
    assert any("saved before" in w for w in estimate(v4).unverified)


def test_deepseek_v4_layer_kinds_from_compress_ratios() -> None:
    """DeepSeek-V4-Flash's config.json (tests/data/param_oracle/configs) lists compress_ratios [0, 0, 4, 128, 4, 128,
    …, 4, 128, 4, 0] for 43 layers and the MTP layer: 2 sliding-only layers, then 4 and 128 alternating from layer 2
    to layer 42 (21 × 4, 20 × 128). CSA layers (4) read as "compressed_sparse", HCA layers (128) as
    "heavily_compressed", with the config's rates, indexer (index_n_heads 64, index_head_dim 128, index_topk 512) and
    rotary slice (qk_rope_head_dim 64), the hyper-connections' hc_mult 4 and hc_sinkhorn_iters 20, every layer keeping
    its 128-token window."""
    import json
    from pathlib import Path

    from core.importers import hf_config

    path = Path(__file__).parents[1] / "data/param_oracle/configs/deepseek-ai__DeepSeek-V4-Flash/config.json"
    st = hf_config.from_dict(json.loads(path.read_text()), "config.json", "v4").architecture.decoder
    assert st is not None
    kinds = (st.mixer_count("sliding"), st.mixer_count("compressed_sparse"), st.mixer_count("heavily_compressed"))
    assert kinds == (2, 21, 20) and not st.mixer_count("full", "chunked")
    att, spec, hc = st.attention, st.attention.compressed, st.hyper_connections
    assert spec is not None and hc is not None
    assert att.chunk_size is None and att.sliding_window == 128
    assert (spec.sparse_rate, spec.heavy_rate, spec.rope_dim) == (4, 128, 64)
    assert (spec.indexer.num_heads, spec.indexer.head_dim, spec.indexer.topk) == (64, 128, 512)
    assert (hc.streams, hc.sinkhorn_iters) == (4, 20)
    # a config leaving what the memory model was measured at (4 residual streams) says so, naming key and values
    odd = hf_config.from_dict({**json.loads(path.read_text()), "hc_mult": 2}, "config.json", "v4").architecture
    assert any("hc_mult 2 (measured: 4)" in w for w in odd.unverified)
    assert odd.decoder is not None and odd.decoder.hyper_connections is not None
    assert odd.decoder.hyper_connections.streams == 2  # and the formulas take the 2


def test_fsdp2_on_a_fake_process_group() -> None:
    """FSDP2 (fully_shard per layer and root, fp32 shards with bf16 compute, foreach AdamW) on torch's fake process
    group, rank 0 of 4 and 8, Llama-3.2-1B dims with 2 and 4 layers and the whole 16-layer model (N = 8), and
    Llama-2-7B with 2 layers (N = 8), 2048 tokens (tools/calibration/README.md "FSDP2 on a fake process group"). Each
    term within 1 %: the activations and logits at the loss's backward peak (the five Llama-3.2-1B runs, whose peak it
    is), the sharded parameters, gradients and AdamW states. In the Llama-3.2-1B runs the peak is the cross-entropy's
    backward, before any block's backward: the harness then holds the root and only the last block gathered
    (torchtitan keeps it gathered after forward) and no reduce-scatter buffer yet; each peak within 0.1 % (the engine
    is 0.5 MiB under in all five, −0.007 % to −0.011 %; before the two moments it was 463.5 MiB over, +5.3 % to
    +10.0 %). The Llama-2-7B run (vocabulary 32,000: small logits beside 7B-wide blocks) peaks in a block's backward:
    within 2 % (+1.26 %; +12.1 % while the engine counted two blocks gathered, every block's activations and no
    output-layer gradient there, see test_fsdp2_backward_moments)."""
    terms = [c for c in FSDP2 if c.term is not None]
    peaks = [c for c in FSDP2 if c.term is None]
    assert len(terms) == 11 and len(peaks) == 6
    for c in terms:
        assert abs(c.error()) <= 0.01, (c.id, c.error())
    for c in peaks:
        assert abs(c.error()) <= (0.02 if "llama2-7b" in c.id else 0.001), (c.id, c.error())


def test_torchtitan_tp_plan_on_a_fake_process_group() -> None:
    """torchtitan's 2-D parallelism (parallelize_llama.py @ 9dec370: TP with SequenceParallel norms, PrepareModuleInput
    all-gathers, a sequence-sharded embedding output and loss_parallel over a vocabulary-sharded lm_head, then FSDP2 per
    block and root over dp 2) on torch's fake process group, rank 0: Llama-3.1-8B dims with 2 of its 32 layers, 1 ×
    2048 / 4096 / 8192 tokens at TP 2 / 4 / 8 (tools/calibration/README.md "torchtitan's TP plan"), against `--stack
    fsdp2 --tp N`. The terms within 1 %: the sharded parameters, gradients and AdamW states after the step (−0.00 %),
    the activations and logits at the loss's backward (−0.04 %, −0.08 %, −0.16 %): the engine's sequence-parallel
    saved set (the all-gathered inputs of the column-parallel matmuls, whole T × h per rank; norms and residuals over
    T/TP) and DTensor's loss-parallel log-softmax and backward (fp32 tensors over V/TP) hold as read from the source.
    The peaks: TP 4 and 8 within 0.5 % (−0.04 %, −0.11 %, the loss's backward); TP 2 within 3.5 % (−2.99 %): its peak is
    the end of backward, the root's reduce-scatter — embedding and output, 2 × 64,128 × 4,096 per TP rank, the largest
    FSDP2 unit of a 2-layer model. The engine's backward_end sizes it exactly (test_fsdp2_end_of_backward) but picks
    its peak phase by the total, which counts the reduce-scatter stream's reserved pool in forward and backward, so its
    allocated figure is the loss's backward's."""
    terms = [c for c in FSDP2_TERMS_ALL if c.id.startswith("train-titan-")]
    peaks = [c for c in TITAN if c.term is None]
    assert len(terms) == 6 and len(peaks) == 3
    for c in terms:
        assert abs(c.error()) <= 0.01, (c.id, c.error())
    for c in peaks:
        assert abs(c.error()) <= (0.035 if "-tp2-" in c.id else 0.005), (c.id, c.error())


def _moment_totals(case: Case) -> dict[str, float]:
    """The engine's allocated bytes at each moment of the backward phase (core/memory/peak.py resolve_moments)."""
    items, _ = build_items(make_ctx(case.scenario, resolve_gpu(case.scenario)))
    return {
        m: sum(
            float(it.by_moment.get(m, it.by_phase.get("backward", 0.0))) for it in items if it.category != "overhead"
        )
        for m in MOMENTS
    }


def test_fsdp2_backward_moments() -> None:
    """The two moments of an FSDP2 backward, measured apart on the fake process group (the harness's
    backward_moment_peak_bytes: from the start of backward until a decoder block's backward begins, then until the
    first block's is over). The loss's backward wins in the five Llama-3.2-1B runs (vocabulary 128,256), a block's
    backward in the Llama-2-7B one (measured 3,725.9 MiB against the loss's 3,383.6); the estimate
    names the moment that wins (Memory.backward_moment, shown as the peak's phase) and its block-moment total is
    within 3 % of the measured one in all six (it was +12.1 % on Llama-2-7B, −9.3 % / −4.2 % on Llama-3.2-1B 4 / 16
    layers, with two blocks gathered, every block's activations and no output-layer gradient there). What the
    harness shows at that moment (Llama-2-7B: PARAM = shards + root + one block, GRAD = the output layer's bf16
    gradient + a block's fp32 shard, TEMP = the reduce-scatter input and the block's bf16 gradients) is in
    tools/calibration/README.md."""
    peaks = [c for c in FSDP2 if c.term is None]
    won = set()
    for c in peaks:
        measured = _result(c.id)["backward_moment_peak_bytes"]
        winner = max(("loss_backward", "block_backward"), key=measured.__getitem__)
        won.add(winner)
        assert estimate(c.scenario).memory.backward_moment == winner, c.id
        engine = _moment_totals(c)
        block = measured["block_backward"]
        assert abs(engine["block_backward"] - block) <= 0.03 * block, (c.id, engine["block_backward"] / block - 1)
    assert won == {"loss_backward", "block_backward"}  # a harness case where each moment wins


def test_fsdp2_end_of_backward() -> None:
    """The end of backward under FSDP2 (after the first block's backward), measured apart on the fake process group
    (backward_moment_peak_bytes["backward_end"]), against the engine's backward_end phase (allocated). The six
    FSDP-only runs peak there in the embedding's backward: the root still gathered, the first block's fp32
    reduce-scatter input kept until the next post-backward, the blocks' fp32 shards, the output layer's and the
    embedding's bf16 gradients (and, tied, their sum). Llama-3.2-1B 2 layers, N = 4, by hand (MiB): shards
    384.3M × 4 / 4 = 366.5, AdamW 733.0, root 262.7M × 2 = 501.0, block input 60.8M × 4 = 232.0, blocks' shards
    2 × 60.8M × 4 / 4 = 116.0, three 128,256 × 2,048 bf16 tensors 3 × 501.0 = 1,503.0: 3,451.6 (measured 3,451.6).
    torchtitan's TP 2 run peaks at the root's reduce-scatter: 6 B per root parameter (2 × 64,128 × 4,096) beside the
    blocks' shards and one more vocabulary-sized 16-bit tensor. Within 1 % in those seven (the engine was −27 % to
    +26 % with the gathered blocks and one block's reduce-scatter); the TP 4 / 8 runs hold an fp32 root-sized gradient
    more that is not traced (−10 % / −26 %; neither is their peak)."""
    held = 0
    for c in FSDP2 + TITAN:
        if c.term is not None:
            continue
        measured = _result(c.id)["backward_moment_peak_bytes"]["backward_end"]
        items, _ = build_items(make_ctx(c.scenario, resolve_gpu(c.scenario)))
        engine = sum(float(it.by_phase.get("backward_end", 0.0)) for it in items if it.category != "overhead")
        if "-tp4-" in c.id or "-tp8-" in c.id:
            assert engine < measured, c.id
            continue
        assert abs(engine - measured) <= 0.01 * measured, (c.id, engine / measured - 1)
        held += 1
    assert held == 7


def _result(case_id: str) -> dict:
    runs = json.loads((CALIBRATION / "training.json").read_text(encoding="utf-8"))
    return next(r["result"] for r in runs if r["id"] == case_id)


def test_tensor_parallel_on_a_fake_process_group() -> None:
    """Tensor parallel 2 on torch's fake process group, rank 0: Llama-3.2-1B dims with 2 layers, 1 x 2048 tokens,
    fp32 parameters under bf16 autocast, foreach AdamW (tools/calibration/README.md "FSDP2 on a fake process group",
    tensor parallel): q, k, v, gate, up column-wise, o, down row-wise (transformers' Llama ``base_model_tp_plan``),
    the tied embedding / lm_head and the norms whole on every rank, no sequence parallel; against `--tp 2
    --sequence-parallel off` on the default (HF) stack.

    The hf stack's TP plan keeps the token embedding whole (core/stacks.py tp_shards_embedding=False). Before the
    engine knew that, it split the embedding over TP (as Megatron's vocab-parallel embedding does) and was 22.7 %
    under the peak (5,968 vs 7,722 MiB) and 40.6 % under the states after the step (2,932 vs 4,936 MiB). Hand
    calculation of that gap, E = 128256 x 2048 = 262,668,288 elements, half of them not counted:
    - after the step, fp32 parameters, gradients and two AdamW states: E/2 x (4 + 4 + 8) B = 2,101,346,304 B;
    - at the backward peak, fp32 parameters and AdamW states and the lm_head's bf16 autocast copy:
      E/2 x (4 + 8 + 2) B = 1,838,678,016 B.
    The measured gaps were those figures within 0.1 %. With the embedding whole both errors are under 0.1 %."""
    embedding = 128256 * 2048
    shards = next(c for c in TP if c.term is not None)
    peak = next(c for c in TP if c.term is None)
    assert len(TP) == 2
    assert abs(shards.error()) <= 0.001, shards.error()
    assert abs(peak.error()) <= 0.001, peak.error()
    # the embedding is the only tensor the hf plan keeps whole that the estimate would otherwise split: no longer
    # part of the gap, within 0.1 % of the measured bytes (the hand figures above are 26 % and 23 % of them)
    assert embedding // 2 * (4 + 4 + 8) > 100 * 0.001 * shards.measured_bytes
    assert abs(shards.measured_bytes - shards.estimate_bytes()) <= 0.001 * shards.measured_bytes


@pytest.mark.parametrize("case", [c for c in gemma3n_tower_cases() if c.role == "validation"], ids=lambda c: c.id)
def test_gemma3n_towers_against_pytorch(case: Case) -> None:
    """The held-out rows of tests/data/calibration/gemma3n_towers.json as bench/accuracy.py lists them (the tower
    terms within 2.5 %, the whole model's prefill peak within 8 %; tests/core/test_gemma3n_tower_memory.py has the
    rest)."""
    assert abs(case.error()) <= case.tolerance, (case.id, case.error())
