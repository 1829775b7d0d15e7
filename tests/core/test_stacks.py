"""Training stacks and parallelism held to hand calculations from each stack's source (core/stacks.py names them).

Llama 3.1 8B: N = 8,030,261,248 parameters, h = 4096, V = 128,256, 32 layers, GQA 32/8 heads of 128."""

import json
from pathlib import Path

import pytest

from bench.zero3_prefetch_replay import replay
from core.estimate import estimate, resolve_gpu
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.memory.weights import numel_per_gpu
from tests.core.helpers import scenario

N = 8_030_261_248
V = 128_256


def _train(**kw: object) -> object:
    base: dict[str, object] = {"workload": {"mode": "training", "batch": 1, "context": 4096}}
    base.update(kw)
    return estimate(scenario("llama-3.1-8b", **base))  # type: ignore[arg-type]


def _phase(phase: str, key: str, **kw: object) -> float:
    """Bytes of one breakdown item at one phase (an Estimate shows only the peak phase)."""
    base: dict[str, object] = {"workload": {"mode": "training", "batch": 1, "context": 4096}}
    base.update(kw)
    s = scenario("llama-3.1-8b", **base)  # type: ignore[arg-type]
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(float(it.by_phase.get(phase, 0.0)) for it in items if it.key == key))  # type: ignore[arg-type]


def _moment(moment: str, key: str, **kw: object) -> float:
    """Bytes of one breakdown item at one moment of the backward phase (the phase holds the larger moment's)."""
    base: dict[str, object] = {"workload": {"mode": "training", "batch": 1, "context": 4096}}
    base.update(kw)
    s = scenario("llama-3.1-8b", **base)  # type: ignore[arg-type]
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(
        sum(float(it.by_moment.get(moment, it.by_phase.get("backward", 0.0))) for it in items if it.key == key)
    )  # type: ignore[call-overload]


def _bytes(e: object, key: str) -> int:
    it = e.memory.item(key)  # type: ignore[attr-defined]
    return it.bytes if it else 0


def test_deepspeed_fused_adam_has_no_foreach_temporary_but_an_fp32_gradient_partition() -> None:
    # ZeRO-2 on 8 GPUs, bf16: the HF stack's torch AdamW step adds 4·N/8 (foreach sqrt); DeepSpeed's FusedAdam
    # updates in place, and stage_1_and_2.py step() builds flat_grad_partition.to(fp32): 4·N/8 as well
    par = {"gpus": 8, "zero": 2}
    ds = {"stack": "deepspeed"}
    assert _phase("optimizer_step", "optimizer_temporaries", parallelism=par) == pytest.approx(4 * N / 8)
    assert _phase("optimizer_step", "optimizer_temporaries", parallelism=par, training=ds) == 0
    assert _phase("optimizer_step", "fp32_grad_partition", parallelism=par, training=ds) == pytest.approx(4 * N / 8)


def test_deepspeed_reduce_bucket_is_its_default_size() -> None:
    # DeepSpeedZeroConfig reduce_bucket_size = 5e8 elements, in the 16-bit dtype: 1e9 bytes
    ds = _train(parallelism={"gpus": 8, "zero": 2}, training={"stack": "deepspeed"})
    assert _bytes(ds, "zero_buckets") == 1_000_000_000


def test_megatron_distributed_optimizer_is_6_plus_12_over_d_bytes_per_parameter() -> None:
    # Megatron-LM docs/source/api-guide/dist_optimizer.md: bf16 params, fp32 grads -> 6 + 12/d bytes per parameter
    d = 8
    e = _train(parallelism={"gpus": d}, training={"stack": "megatron"})
    state = sum(_bytes(e, k) for k in ("weights", "master_weights", "gradients", "optimizer_states"))
    # gradients exist from backward on; at the optimizer step every term is there
    step = e.memory.phase_totals["optimizer_step"]  # type: ignore[attr-defined]
    assert step >= (6 + 12 / d) * N * 0.999
    assert state <= (6 + 12 / d) * N * 1.001


def test_loss_parallel_divides_the_logits_by_tp() -> None:
    # hf: aten's fused kernels, 4·T·V kept + 8·T·V of gradients at the start of backward, whole on every TP rank.
    # fsdp2 (torchtitan loss_parallel): V/4 per rank, but DTensor's fused nll + log-softmax backward
    # (torch/distributed/tensor/parallel/loss.py) holds the saved fp32 output x, zeros_like(x), exp(x) and their
    # sum at once (the product replaces exp): 16 bytes per logit of the shard. T = 4096
    T = 4096
    tp = {"gpus": 4, "tp": 4}
    assert _phase("backward", "logits", parallelism=tp) == 12 * T * V
    assert _phase("backward", "logits", parallelism=tp, training={"stack": "fsdp2"}) == 16 * T * V / 4
    # its forward: bf16 logits (2), their fp32 copy x (4), shifted = x − max (4) and exp(shifted) (4) = 14
    assert _phase("forward", "logits", parallelism=tp, training={"stack": "fsdp2"}) == 14 * T * V / 4


def test_pipeline_reports_the_worse_rank_not_the_sum() -> None:
    # 1F1B with pp = 4, micro-batch 8 × 4096 tokens (T = 32,768): the first stage holds 4 micro-batches of its 8
    # layers' checkpointed inputs (2 bytes · T · h each) and no logits = 4 · 8 · 2 · T · h = 8.6 GB; the last stage
    # one micro-batch (8 · 2 · T · h = 2.1 GB) and the logits (12 · T · V = 50.4 GB at the start of backward):
    # the last stage is the worse rank, and the answer is its memory, not the first stage's activations added to it
    T, h = 8 * 4096, 4096
    kw = {
        "workload": {"mode": "training", "batch": 8, "context": 4096},
        "parallelism": {"gpus": 4, "pp": 4},
        "training": {"grad_checkpointing": "full"},
    }
    assert _phase("backward", "logits", **kw) == 12 * T * V
    # + the last stage's final RMSNorm (fp32 residual under autocast: input 4·h, 1/rms 4, fp32 product 4·h, and
    # lm_head's 16-bit cast 2·h per token)
    assert _phase("backward", "activations", **kw) == pytest.approx(8 * 2 * T * h + 10 * T * h + 4 * T, rel=0.001)
    e = _train(**kw)
    assert e.memory.phase == "backward"  # type: ignore[attr-defined]
    assert "worse pipeline rank: the first stage peaks at" in e.memory.item("activations").explanation  # type: ignore[attr-defined]


def test_sequence_parallel_divides_checkpointed_layer_inputs_by_tp() -> None:
    # full checkpointing keeps 2 · T · h per layer; sequence parallel splits it over TP = 8: 32 layers
    T, h = 4096, 4096
    kw = {"parallelism": {"gpus": 8, "tp": 8}, "training": {"stack": "fsdp2", "grad_checkpointing": "full"}}
    saved = 32 * 2 * T * h / 8
    # plus the final RMSNorm's fp32 input (4·h), 1/rms (4), its 16-bit product (2·h) and its 16-bit output (2·h),
    # per token / 8; lm_head's input all-gathered by DTensor SP (whole: 2·h·(1 − 1/8) more); int64 token ids
    edge = (8 * T * h + 4 * T) / 8 + 2 * T * h * (1 - 1 / 8) + 8 * T
    assert _phase("backward", "activations", **kw) == pytest.approx(saved + edge, rel=0.02)


def test_chunked_and_fused_losses_never_hold_the_whole_fp32_logits() -> None:
    T, h = 4096, 4096
    # torchtune: T·V·(2 + 4 + 4/8) at the end of the forward pass (bf16 logits, 8 fp32 chunks' log-softmax, one
    # chunk's fp32 cast), against 10·T·V unchunked
    assert _phase("forward", "logits", training={"stack": "torchtune"}) == pytest.approx(T * V * 6.5)
    # Liger v0.4.2: 2·T·h (hidden-state gradient) + 4·T (fp32 loss per token) + 8 bytes per element of one chunk
    # (the previous chunk's bf16 gradient, this chunk's bf16 logits and their fp32 copy); ⌈V / h⌉ = ⌈31.3⌉ = 32,
    # chunk = next power of two of 4096 / 32 = 128 tokens
    assert _phase("forward", "logits", training={"stack": "liger"}) == 2 * T * h + 4 * T + 8 * 128 * V


def test_torchtune_compiled_chunked_loss_keeps_the_bf16_logits_and_a_logsumexp() -> None:
    # torchtune `compile: True` compiles CEWithChunkedOutputLoss.compute_cross_entropy (upcast + cross-entropy of one
    # chunk): no fp32 chunk and no fp32 log-softmax are kept. Forward: the bf16 logits 2·T·V + fp32 logsumexp 4·T;
    # start of backward: those plus one chunk's bf16 gradient 2·T·V/8
    T = 4096
    compiled = {"stack": "torchtune", "compile": "blocks+loss"}
    assert _phase("forward", "logits", training=compiled) == pytest.approx(2 * T * V + 4 * T)
    assert _phase("backward", "logits", training=compiled) == pytest.approx(2 * T * V * 9 / 8 + 4 * T)
    # blocks only: the loss stays eager (T·V·(4 + 8/8) at the start of backward)
    eager = {"stack": "torchtune", "compile": "blocks"}
    assert _phase("backward", "logits", training=eager) == pytest.approx(T * V * 5)


def test_unsloth_offloads_checkpointed_inputs() -> None:
    # hf keeps 32 layer inputs (2 · T · h each) on the GPU; Unsloth keeps them in CPU memory
    T, h = 4096, 4096
    hf = _phase("backward", "activations", training={"grad_checkpointing": "full"}, precision={"training": "bf16"})
    un = _phase(
        "backward",
        "activations",
        training={"stack": "unsloth", "grad_checkpointing": "full"},
        precision={"training": "bf16"},
    )
    assert hf - un == pytest.approx(31 * 2 * T * h, rel=0.001)


def test_unsloth_recomputes_one_block_with_its_own_kernels() -> None:
    # QLoRA r = 32, bf16, T = 4096 tokens of Llama 3.1 8B (h = 4096, 32 query / 8 KV heads of 128, I = 14,336), per
    # token, from unsloth e3162dc5's autograd functions:
    #   first RMS norm output 2h + fp32 1/rms 4; xformers keeps Q 2h and K, V expanded to 32 heads 2·2h, its output
    #   2h and fp32 logsumexp 4·32; residual sum 2h + 1/rms 4 and second norm output 2h; LoRA_MLP keeps e, g 2·2I
    saved = 2 * 4096 + 4 + 2 * 4096 + 4 * 4096 + 2 * 4096 + 4 * 32 + 2 * 4096 + 4 + 2 * 4096 + 4 * 14336
    #   LoRA_MLP.backward: DW and matmul_lora's LoRA term (2 · 2I); the checkpointer's input, output and dY (3 · 2h)
    backward = 4 * 14336 + 6 * 4096
    assert saved + backward == 196_744
    T = 4096
    kw = {
        "training": {"stack": "unsloth", "finetune": "qlora", "lora_rank": 32, "grad_checkpointing": "full"},
        "precision": {"training": "bf16", "weights": "nf4"},
    }
    assert _phase("backward_end", "activations", **kw) == pytest.approx(196_744 * T)
    # Cut Cross-Entropy: fp32 logsumexp per token, and the gradient of the final hidden states in backward
    assert _phase("forward", "logits", **kw) == 4 * T
    assert _phase("backward", "logits", **kw) == 4 * T + 2 * T * 4096


def test_megatron_vocab_parallel_cross_entropy_keeps_one_fp32_softmax() -> None:
    # megatron/core/tensor_parallel/cross_entropy.py: bf16 logits (2·T·V/TP) and their fp32 copy (4·T·V/TP) in the
    # forward, the copy turned into the softmax in place and kept; backward makes the fp32 gradient in place and
    # autograd casts it to bf16: 6·T·V/TP at either moment. TP = 8 with loss parallel, T = 4096
    T, tp = 4096, 8
    kw = {"parallelism": {"gpus": 8, "tp": tp}, "training": {"stack": "megatron"}}
    assert _phase("forward", "logits", **kw) == pytest.approx(6 * T * V / tp)
    assert _phase("backward", "logits", **kw) == pytest.approx(6 * T * V / tp)


def test_offload_names_the_cpu_memory_it_needs() -> None:
    # ZeRO-Offload keeps the fp32 master (4), Adam's two fp32 states (8) and the fp32 gradient partition (4) in CPU
    # memory: 16 bytes × N / DP per rank; with parameters offloaded too (ZeRO-3) their 16-bit partition (2) as well
    e = _train(parallelism={"gpus": 8, "zero": 3, "offload": "optimizer"}, training={"stack": "deepspeed"})
    assert e.host_ram_bytes == 16 * N // 8  # type: ignore[attr-defined]
    e = _train(parallelism={"gpus": 8, "zero": 3, "offload": "optimizer+params"}, training={"stack": "deepspeed"})
    assert e.host_ram_bytes == 18 * N // 8  # type: ignore[attr-defined]
    assert _train().host_ram_bytes == 0  # type: ignore[attr-defined]


# Mixtral 8x7B: 32 layers of 8 experts, each 3 · 4096 · 14336 = 176,160,768 parameters (gate, up, down);
# 46,702,792,704 parameters in all (Mistral's release), so 1,605,636,096 outside the experts
MIXTRAL_EXPERTS = 32 * 8 * 3 * 4096 * 14336
MIXTRAL_DENSE = 46_702_792_704 - MIXTRAL_EXPERTS


def _mixtral(phase: str, key: str, **kw: object) -> float:
    base: dict[str, object] = {"workload": {"mode": "training", "batch": 1, "context": 1024}}
    base.update(kw)
    s = scenario("mixtral-8x7b", **base)  # type: ignore[arg-type]
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(float(it.by_phase.get(phase, 0.0)) for it in items if it.key == key))  # type: ignore[arg-type]


def test_expert_parallel_shards_experts_and_zero_shards_them_within_their_group() -> None:
    # ep = 8 over 8 data-parallel ranks: each rank keeps 1 expert per layer (fp32 parameters under autocast);
    # ZeRO-1 shards the dense part over 8 ranks, the local experts over the 8 / 8 = 1 rank of their group
    here = MIXTRAL_DENSE + MIXTRAL_EXPERTS // 8
    par = {"gpus": 8, "ep": 8, "zero": 1}
    assert _mixtral("forward", "weights", parallelism=par) == pytest.approx(2 * here)  # 16-bit (DeepSpeed-style)
    states = 8 * (MIXTRAL_DENSE / 8 + MIXTRAL_EXPERTS // 8)
    assert _mixtral("forward", "optimizer_states", parallelism=par) == pytest.approx(states)
    # without expert parallelism ZeRO-1 shards everything over 8 ranks and every rank keeps all experts
    assert _mixtral("forward", "weights", parallelism={"gpus": 8, "zero": 1}) == pytest.approx(
        2 * (MIXTRAL_DENSE + MIXTRAL_EXPERTS)
    )


def test_expert_parallel_adds_the_all_to_all_buffers() -> None:
    # T = 1024 tokens, k = 2 experts per token, h = 4096, 16-bit: send + receive = 2 · 2 · 1024 · 2 · 4096
    assert _mixtral("forward", "expert_all_to_all", parallelism={"gpus": 8, "ep": 8}) == 2 * 2 * 1024 * 2 * 4096


@pytest.mark.parametrize(
    ("model", "par", "rule"),
    [
        ("llama-3.1-8b", {"gpus": 2, "ep": 2}, "has no experts"),
        ("mixtral-8x7b", {"gpus": 4, "tp": 2, "ep": 4}, "must divide the 2 data-parallel ranks"),
        ("mixtral-8x7b", {"gpus": 6, "ep": 3}, "does not divide the 8 experts"),
    ],
)
def test_expert_parallel_rules_are_named(model: str, par: dict[str, int], rule: str) -> None:
    with pytest.raises(ValueError, match=rule):
        scenario(model, workload={"mode": "training"}, parallelism=par)


def test_deepspeed_zero_0_keeps_the_whole_fp32_master() -> None:
    # ZeRO-0 partitions nothing: the fp32 master copy is 4 · N on every rank, even with 8 of them
    assert _phase("forward", "master_weights", parallelism={"gpus": 8}, training={"stack": "deepspeed"}) == 4 * N
    assert _phase("forward", "master_weights", parallelism={"gpus": 8, "zero": 1}, training={"stack": "deepspeed"}) == (
        pytest.approx(4 * N / 8)
    )


def test_selective_checkpointing_recomputes_every_second_matmul_under_torchtitan() -> None:
    # torchtitan's op policy saves the outputs of wq, wv, w1, w2 and recomputes wk (4096 × 1024), wo (4096 × 4096) and
    # w3 (4096 × 14336) in backward: 2 FLOPs per parameter per token over 32 layers, on top of 6·N
    e = _train(parallelism={"gpus": 8}, training={"stack": "fsdp2", "grad_checkpointing": "selective"})
    fwd = e.compute.flops_per_token  # type: ignore[attr-defined]
    again = 2 * 32 * (4096 * 1024 + 4096 * 4096 + 4096 * 14336)
    step = e.compute.step_seconds  # type: ignore[attr-defined]
    plain = _train(parallelism={"gpus": 8}, training={"stack": "fsdp2"}).compute.step_seconds  # type: ignore[attr-defined]
    assert step / plain == pytest.approx((3 * fwd + again) / (3 * fwd), rel=1e-9)


@pytest.mark.parametrize(
    ("tp", "per_layer"),
    [(1, 34 * 1024 * 768 + 5 * 12 * 1024 * 1024), (2, (34 * 1024 * 768 + 5 * 12 * 1024 * 1024) / 2)],
)
def test_megatron_block_is_korthikanti_34sbh_plus_5as2b(tp: int, per_layer: float) -> None:
    # Korthikanti et al. 2022, eq. 1 and §4.2.2: a GPT block keeps s·b·h·(34 + 5·a·s/h) bytes in 16-bit training
    # without parallelism, and 34·s·b·h/t + 5·a·s²·b/t with tensor + sequence parallelism. GPT-2 small: h = 768,
    # a = 12 heads, 4h MLP, dropout 0.1; s = 1024, b = 1; eager attention (the paper's softmax + dropout); plus
    # LayerNorm's fp32 mean and rstd (2 norms × 8 bytes per row), which the paper leaves out
    from core.memory import parallel

    s = scenario(
        "gpt2",
        workload={"mode": "training", "batch": 1, "context": 1024},
        training={"stack": "megatron", "attention": "eager"},
        parallelism={"gpus": tp, "tp": tp},
    )
    ctx = make_ctx(s, resolve_gpu(s))
    st = s.model.architecture.decoder
    assert st is not None
    terms = parallel.megatron_saved(ctx, st, 1024.0, 1024.0)
    assert terms.total == pytest.approx(per_layer + 16 * 1024 / tp)


def test_megatron_without_sequence_parallel_is_korthikanti_10_plus_24_over_t() -> None:
    # Korthikanti et al. 2022, eq. 2: with tensor parallelism and no sequence parallelism a GPT block keeps
    # s·b·h·(10 + 24/t + 5·a·s/(h·t)) bytes: the 10·sbh outside attention and MLP (two LayerNorm inputs 4, the QKV and
    # fc1 inputs 2 + 2, two dropout masks 1 + 1) stay whole on every TP rank. GPT-2 small as above, t = 2, Megatron
    # run without --sequence-parallel (parallelism.sequence_parallel = False); LayerNorm's fp32 mean and rstd
    # (16 bytes per row) are whole as well
    from core.memory import parallel

    s, b, h, a, t = 1024, 1, 768, 12, 2
    per_layer = s * b * h * (10 + 24 / t) + 5 * a * s * s * b / t + 16 * s
    sc = scenario(
        "gpt2",
        workload={"mode": "training", "batch": b, "context": s},
        training={"stack": "megatron", "attention": "eager"},
        parallelism={"gpus": t, "tp": t, "sequence_parallel": False},
    )
    st = sc.model.architecture.decoder
    assert st is not None
    assert parallel.megatron_saved(make_ctx(sc, resolve_gpu(sc)), st, 1024.0, 1024.0).total == pytest.approx(per_layer)
    assert not [w for w in sc.warnings() if "ignored" in w]
    assert any("no sequence parallelism" in w for w in sc.warnings())


def test_sequence_parallel_follows_the_stack_unless_set() -> None:
    # None = the stack's own: megatron and fsdp2 split along the sequence under TP, the Hugging Face stack does not
    # and cannot be switched on (said, and ignored): its activations are those of sequence_parallel = None
    from core.memory import parallel

    def divisor(stack: str, sp: bool | None) -> int:
        s = scenario(
            "llama-3.1-8b",
            workload={"mode": "training"},
            training={"stack": stack},
            parallelism={"gpus": 8, "tp": 4, "sequence_parallel": sp},
        )
        return parallel.sp_divisor(make_ctx(s, resolve_gpu(s)))

    assert (divisor("megatron", None), divisor("megatron", False), divisor("fsdp2", None)) == (4, 1, 4)
    assert divisor("hf", None) == divisor("hf", True) == 1
    hf_on = scenario(
        "llama-3.1-8b", workload={"mode": "training"}, parallelism={"gpus": 8, "tp": 4, "sequence_parallel": True}
    )
    assert any("has no sequence parallelism; parallelism.sequence_parallel is ignored" in w for w in hf_on.warnings())


def test_parameter_offload_takes_the_16_bit_partition_off_the_gpu() -> None:
    # ZeRO-3 offload_param keeps the 16-bit partition (2 · N / DP) in CPU memory; with optimizer offload only it stays
    par = {"gpus": 8, "zero": 3}
    ds = {"stack": "deepspeed"}
    on_gpu = _phase("forward", "weights", parallelism={**par, "offload": "optimizer"}, training=ds)
    assert on_gpu == pytest.approx(2 * N / 8)
    assert _phase("forward", "weights", parallelism={**par, "offload": "optimizer+params"}, training=ds) == 0


def test_deepspeeds_loop_holds_the_fp16_logits_and_the_trainers_does_not() -> None:
    # DeepSpeed-Chat step 1: outputs = model(**batch, use_cache=False); loss = outputs.loss; model.backward(loss);
    # model.step(): outputs.logits (fp16, b 8 × 512 tokens × V 50,272 = 2 · 205,914,112 bytes) live through backward,
    # the step and, from the second step on, the next forward; transformers' Trainer.compute_loss returns the loss
    # alone before training_step's backward, so the hf stack holds none
    kept = 2 * 8 * 512 * 50_272
    assert kept == 411_828_224
    for phase in ("forward", "backward", "backward_end", "optimizer_step"):
        assert _opt_phase(phase, "loop_outputs", clamp=True, upcast=False) == kept
    hf = scenario("opt-1.3b", workload={"mode": "training", "batch": 8, "context": 512}, parallelism={"gpus": 16})
    items, _ = build_items(make_ctx(hf, resolve_gpu(hf)))
    assert not [it for it in items if it.key == "loop_outputs"]


def test_zero3_prefetches_up_to_max_live_parameters_from_the_second_step() -> None:
    # partitioned_param_coordinator.py: with a complete trace each module's fetch prefetches until
    # stage3_max_live_parameters (1e9 by default) are gathered: 2 bytes · 1e9 for Llama-3.1-8B (8.03e9 > 1e9)
    ds = {"stack": "deepspeed"}
    par = {"gpus": 8, "zero": 3}
    assert _phase("backward", "gathered_params", parallelism=par, training=ds) == 2_000_000_000
    # the replay of that code over OPT-13B's checkpointed step (bench/zero3_prefetch_replay.py): step 1 gathers the
    # running module only (out_proj, 5,120²), from step 2 the live count stands at the limit, overshot by less than
    # one parameter (fc1: 4 · 5,120²)
    assert replay(5120, 40, complete=False) == 5120**2
    assert 1_000_000_000 <= replay(5120, 40, complete=True) < 1_000_000_000 + 4 * 5120**2
    # parameters offloaded to CPU: even one GPU gathers them onto itself
    one = {"gpus": 1, "zero": 3, "offload": "optimizer+params"}
    assert _phase("backward", "gathered_params", parallelism=one, training=ds) == 2_000_000_000
    # a model under 1e9 parameters is gathered whole: GPT-2, wte 50,257 × 768 + wpe 1,024 × 768 + 12 blocks of
    # (2 LayerNorms 4 · 768, c_attn 768 · 2,304 + 2,304, attn c_proj 768² + 768, c_fc 768 · 3,072 + 3,072,
    # mlp c_proj 3,072 · 768 + 768) + ln_f 2 · 768 = 124,439,808
    n = 50_257 * 768 + 1_024 * 768 + 12 * (4 * 768 + 768 * 2_304 + 2_304 + 768**2 + 768 + 2 * 768 * 3_072 + 3_072 + 768)
    assert n + 2 * 768 == 124_439_808
    small = scenario("gpt2", workload={"mode": "training", "batch": 1, "context": 512}, training=ds, parallelism=par)
    items, _ = build_items(make_ctx(small, resolve_gpu(small)))
    gathered = sum(float(it.by_phase.get("backward", 0.0)) for it in items if it.key == "gathered_params")
    assert gathered == 2 * 124_439_808


def test_persistent_gradient_buffers_exist_in_the_forward_pass() -> None:
    # Megatron's DDP allocates one contiguous fp32 main_grad buffer (4 · N) at start-up and zeroes it every step;
    # DeepSpeed ZeRO-3 one 16-bit buffer for this rank's gradient partitions (2 · N / DP) and its 5e8-element ipg
    # bucket; torch's set_to_none=True gradients do not exist during the forward pass
    assert _phase("forward", "gradients", training={"stack": "megatron"}) == 4 * N
    z3 = {"parallelism": {"gpus": 8, "zero": 3}, "training": {"stack": "deepspeed"}}
    assert _phase("forward", "gradients", **z3) == pytest.approx(2 * N / 8)
    assert _phase("forward", "zero_buckets", **z3) == 2 * 500_000_000
    # ZeRO-2 allocates its bucket when backward starts and releases it before the step
    z2 = {"parallelism": {"gpus": 8, "zero": 2}, "training": {"stack": "deepspeed"}}
    assert _phase("forward", "zero_buckets", **z2) == 0 and _phase("optimizer_step", "zero_buckets", **z2) == 0
    assert _phase("forward", "gradients") == 0


def test_sequence_parallel_where_it_cannot_act_is_said() -> None:
    # inference has no activations saved for backward, and with tp 1 there is nothing to split the sequence over
    serve = scenario("llama-3.1-8b", parallelism={"sequence_parallel": True})
    assert "sequence parallelism applies to training only; ignored for inference" in serve.warnings()
    one = scenario(
        "llama-3.1-8b",
        workload={"mode": "training"},
        training={"stack": "megatron"},
        parallelism={"sequence_parallel": True},
    )
    assert any("acts only under tensor parallelism" in w for w in one.warnings())
    assert not scenario("llama-3.1-8b", parallelism={"sequence_parallel": False}).warnings()


def _opt_phase(phase: str, key: str, clamp: bool, upcast: bool, attention: str = "eager") -> float:
    """OPT-1.3B as DeepSpeed-Chat's step 1 trained it: batch 8 × 512 tokens, fp16, eager attention, ZeRO-2."""
    s = scenario(
        "opt-1.3b",
        workload={"mode": "training", "batch": 8, "context": 512},
        precision={"training": "mixed-fp16"},
        training={"stack": "deepspeed", "attention": attention},
        parallelism={"gpus": 16, "zero": 2},
        gpu={"id": "v100-sxm2-32gb"},
    )
    arch = s.model.architecture
    assert arch.decoder is not None
    att = arch.decoder.attention.model_copy(update={"eager_mask_clamp": clamp})
    dec = arch.decoder.model_copy(update={"attention": att})
    arch = arch.model_copy(update={"decoder": dec, "loss_upcast": upcast})
    s = s.model_copy(update={"model": s.model.model_copy(update={"architecture": arch})})
    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    return float(sum(float(it.by_phase.get(phase, 0.0)) for it in items if it.key == key))  # type: ignore[arg-type]


def test_transformers_v428_opt_keeps_its_masked_scores_and_takes_the_loss_on_fp16_logits() -> None:
    # transformers v4.28 OPTAttention: torch.max(scores + mask, finfo.min) saves the masked fp16 scores for backward:
    # 2 bytes × b 8 × 32 heads × 512² × 24 layers
    masked = 2 * 8 * 32 * 512**2 * 24
    assert masked == 3_221_225_472
    base = _opt_phase("backward", "activations", clamp=False, upcast=True)
    assert _opt_phase("backward", "activations", clamp=True, upcast=True) - base == masked
    # the clamp is in the eager path only: fused SDPA never materialises the scores
    sdpa = _opt_phase("backward", "activations", clamp=False, upcast=True, attention="sdpa")
    assert _opt_phase("backward", "activations", clamp=True, upcast=True, attention="sdpa") == sdpa
    # its OPTForCausalLM loss: CrossEntropyLoss on shift_logits = logits[..., :-1, :].contiguous(), fp16 — at the
    # start of backward the fp16 log-softmax output and the fp16 gradients of nll_loss and log_softmax: 3 × 2 × T·V;
    # today's ForCausalLMLoss upcasts: fp32 log-softmax output and two fp32 gradients, 3 × 4 × T·V
    tv = 8 * 512 * 50_272
    assert _opt_phase("backward", "logits", clamp=False, upcast=False) == 6 * tv == 1_235_484_672
    assert _opt_phase("backward", "logits", clamp=False, upcast=True) == 12 * tv


# torchtitan's options (issue 9): torch.compile, Float8, context parallel, interleaved 1F1B. Each figure by hand.
TITAN = {"stack": "fsdp2", "grad_checkpointing": "selective"}
LAYER_PARAMS = 2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 2 * 4096  # q, o; k, v; MLP; two RMSNorms


def test_a_compiled_block_does_not_keep_the_last_matmuls_output() -> None:
    # op-level SAC saves wq, wv, w1 and w2's outputs; AOTAutograd's partitioner saves only what the backward graph
    # reads, and nothing reads w2's output (it is added to the residual): 2 bytes · T · h less per layer, 32 layers.
    # Under TP 2 + SP the w2 output is the whole T × h partial sum and its reduce-scatter (T/2 × h) goes as well
    T, h = 4096, 4096
    gpus = {"gpus": 8}
    eager = _phase("backward", "activations", parallelism=gpus, training=TITAN)
    compiled = _phase("backward", "activations", parallelism=gpus, training={**TITAN, "compile": "blocks"})
    assert eager - compiled == pytest.approx(32 * 2 * T * h)
    tp = {"gpus": 8, "tp": 2}
    eager = _phase("backward", "activations", parallelism=tp, training=TITAN)
    compiled = _phase("backward", "activations", parallelism=tp, training={**TITAN, "compile": "blocks"})
    assert eager - compiled == pytest.approx(32 * 2 * T * (h + h / 2))
    # full checkpointing keeps only the layer inputs either way
    full = {"stack": "fsdp2", "grad_checkpointing": "full"}
    assert _phase("backward", "activations", parallelism=gpus, training=full) == _phase(
        "backward", "activations", parallelism=gpus, training={**full, "compile": "blocks"}
    )


def test_the_compiled_loss_keeps_the_bf16_logits_and_a_logsumexp() -> None:
    # eager (torchtitan 2024): fp32 log-softmax kept (4·T·V), backward starts with two fp32 gradients (8·T·V); the
    # freed bf16 logits' allocator segment (2·T·V) stays reserved. Compiled (torchtitan 2025): the bf16 logits are
    # saved by the compiled graph, an fp32 logsumexp per token, and the bf16 gradient: 2·2·T·V + 4·T
    T = 4096
    gpus = {"gpus": 8}
    assert _phase("backward", "logits", parallelism=gpus, training=TITAN) == 12 * T * V
    assert _phase("backward", "logits_segment", parallelism=gpus, training=TITAN) == 2 * T * V
    loss = {**TITAN, "compile": "blocks+loss"}
    # (the loss's backward: here a block's backward, without the logits, is the larger moment of the backward phase)
    assert _moment("loss_backward", "logits", parallelism=gpus, training=loss) == 4 * T * V + 4 * T
    assert _phase("forward", "logits", parallelism=gpus, training=loss) == 2 * T * V + 8 * T
    assert _phase("backward", "logits_segment", parallelism=gpus, training=loss) == 0
    # blocks only: the loss stays eager
    assert _phase("backward", "logits", parallelism=gpus, training={**TITAN, "compile": "blocks"}) == 12 * T * V
    # the hf stack frees nothing before backward (its logits are counted as live)
    assert _phase("backward", "logits_segment", parallelism=gpus) == 0
    # under loss parallel the segment is the vocabulary shard: 2·T·V / TP
    tp = {"gpus": 8, "tp": 4}
    assert _phase("backward", "logits_segment", parallelism=tp, training=TITAN) == 2 * T * V / 4


def test_fsdp2_backward_peaks_in_the_loss_backward_with_one_block_gathered() -> None:
    # torchtitan's FSDP2 (parallelize_llama.py @ 9dec370): the root (embedding, output: 2 · V · h, + the final norm)
    # is never resharded after forward and the last block is fully_shard-ed with reshard_after_forward=False. While
    # the cross-entropy's backward runs (the logits' fp32 gradient: the larger moment of backward for Llama-3.1-8B at
    # 4,096 tokens), only those two are gathered, 2 · N_layer + 2 · N_root bytes, and no reduce-scatter has begun;
    # a block's backward (later, without the logits) gathers two blocks and reduce-scatters one block's gradients
    # ((2 + 4) · N_layer: bf16, cast to the fp32 reduce dtype)
    gpus = {"gpus": 8}
    root = 2 * V * 4096 + 4096
    assert _phase("backward", "gathered_params", parallelism=gpus, training=TITAN) == pytest.approx(
        2 * LAYER_PARAMS + 2 * root
    )
    assert _phase("backward", "fsdp_reduce_scatter", parallelism=gpus, training=TITAN) == 0
    # the end of backward (measured on the fake process group, tools/calibration test_fsdp2_end_of_backward): the
    # embedding's backward (root gathered, the first block's fp32 reduce-scatter input 4 · N_layer, two V · h bf16
    # gradients) or the root's reduce-scatter (root resharded, 6 · N_root, one V · h bf16 tensor); the second is larger
    # by 4 · N_root − 3 · 2 · V · h − 4 · N_layer = 2 · V · h + 4 · h − 4 · N_layer = 1.05e9 − 0.87e9 bytes > 0
    assert 4 * root - 3 * 2 * V * 4096 - 4 * LAYER_PARAMS > 0
    assert _phase("backward_end", "fsdp_reduce_scatter", parallelism=gpus, training=TITAN) == pytest.approx(6 * root)
    assert _phase("backward_end", "gathered_params", parallelism=gpus, training=TITAN) == 0
    # torchtune reshards every block after forward: the root alone while its loss's backward runs
    tune = {"stack": "torchtune"}
    assert _phase("backward", "gathered_params", parallelism=gpus, training=tune) == pytest.approx(2 * root)


def test_float8_all_gather_gathers_block_weights_in_one_byte() -> None:
    # FSDP2 keeps two blocks gathered (the running one and the prefetched one) and the root (embedding, output:
    # 2 · V · h, kept bf16 by torchtitan's filter_fqns): 2 · 2 · N_layer + 2 · N_root bytes in bf16, 1 · 2 · N_layer
    # + 2 · N_root with the float8 all-gather
    gpus = {"gpus": 8}
    root = 2 * V * 4096 + 4096
    bf16 = _phase("forward", "gathered_params", parallelism=gpus, training=TITAN)
    assert bf16 == pytest.approx(2 * 2 * LAYER_PARAMS + 2 * root)
    fp8 = _phase("forward", "gathered_params", parallelism=gpus, training={**TITAN, "float8": "all-gather"})
    assert fp8 == pytest.approx(1 * 2 * LAYER_PARAMS + 2 * root)
    # Float8 linears without the float8 all-gather: nothing changes under torchtitan's checkpointing
    linear = {**TITAN, "float8": "linear"}
    assert _phase("forward", "gathered_params", parallelism=gpus, training=linear) == bf16
    assert _phase("backward", "activations", parallelism=gpus, training=linear) == _phase(
        "backward", "activations", parallelism=gpus, training=TITAN
    )


def test_context_parallel_splits_every_sequence_over_its_ranks() -> None:
    # cp = 2 at 8192 tokens holds what cp = 1 holds at 4096 (activations and logits per rank), and a layer's ring
    # attention backward adds the all-gathered K and V of the whole sequence (2 · 2 · 8192 · q, repeated per query
    # head: q = 4096) and fp32 dQ (4 · T · q) and two rotating dK, dV chunks (2 · 2 · 4 · T · q), T = 4096 per rank
    full = {"stack": "fsdp2", "grad_checkpointing": "full"}
    cp2 = {"workload": {"mode": "training", "batch": 1, "context": 8192}, "parallelism": {"gpus": 8, "cp": 2}}
    cp1 = {"workload": {"mode": "training", "batch": 1, "context": 4096}, "parallelism": {"gpus": 8}}
    for key in ("activations", "logits"):
        for phase in ("forward", "backward"):
            assert _phase(phase, key, training=full, **cp2) == pytest.approx(_phase(phase, key, training=full, **cp1))
    T, q = 4096, 4096
    assert _phase("backward_end", "ring_attention", training=full, **cp2) == pytest.approx(
        2 * 2 * 8192 * q + 4 * T * q + 16 * T * q
    )
    # the training state is sharded over all 8 data-parallel ranks either way; a step moves half the sequences
    one = _train(training=full, **cp1)
    two = _train(training=full, parallelism=cp2["parallelism"])  # the same 4096-token sequences, cp = 2
    assert _bytes(one, "optimizer_states") == _bytes(two, "optimizer_states")
    assert two.compute.step_seconds == pytest.approx(one.compute.step_seconds / 2)  # type: ignore[attr-defined]


def test_interleaved_1f1b_holds_pp_plus_pp_minus_1_over_v_on_the_first_rank() -> None:
    # pp = 4, v = 2 chunks per rank, 8 micro-batches: the first rank pp + (pp − 1)/v = 5.5 micro-batches' worth of its
    # 8 layers' checkpointed inputs (2 · T · h each), the last pp − (pp − 1)/v = 2.5 (1F1B: 4 and 1); with 4
    # micro-batches (torchtitan's default n_microbatches = pp) the first rank holds all of them: 4
    from core.memory import parallel
    from core.memory.peak import training_activation_items

    T, h = 4096, 4096

    def ctx(v: int, ga: int) -> object:
        s = scenario(
            "llama-3.1-8b",
            workload={"mode": "training", "batch": 1, "context": 4096, "grad_accumulation": ga},
            training={"stack": "fsdp2", "grad_checkpointing": "full"},
            parallelism={"gpus": 8, "pp": 4, "pp_virtual_stages": v},
        )
        return make_ctx(s, resolve_gpu(s))

    assert parallel.rank_inflight(ctx(2, 8), "first") == 5.5  # type: ignore[arg-type]
    assert parallel.rank_inflight(ctx(2, 8), "last") == 2.5  # type: ignore[arg-type]
    assert parallel.rank_inflight(ctx(2, 1), "first") == 4  # type: ignore[arg-type]
    assert parallel.rank_inflight(ctx(1, 8), "first") == 4  # type: ignore[arg-type]
    assert parallel.rank_inflight(ctx(1, 8), "last") == 1  # type: ignore[arg-type]
    first = next(i for i in training_activation_items(ctx(2, 8), "first") if i.key == "activations")  # type: ignore[arg-type]
    assert first.by_phase["forward"] == pytest.approx(5.5 * 8 * 2 * T * h + 8 * T)  # + the int64 token ids


def test_torchtitan_options_where_they_cannot_act_are_said() -> None:
    s = scenario(
        "llama-3.1-8b",
        workload={"mode": "training"},
        training={"compile": "blocks", "float8": "linear"},
        parallelism={"gpus": 4, "cp": 2, "pp_virtual_stages": 2},
    )
    said = " ".join(str(w) for w in s.warnings())
    assert "ignored for Hugging Face Trainer / accelerate" in said
    assert "has no context parallelism" in said
    assert "need pipeline parallelism" in said
    with pytest.raises(ValueError, match="must divide the 2 data-parallel ranks"):
        scenario("llama-3.1-8b", parallelism={"gpus": 4, "tp": 2, "cp": 4})
    with pytest.raises(ValueError, match="model chunks exceed the model's 32 layers"):
        scenario("llama-3.1-8b", parallelism={"gpus": 8, "pp": 8, "pp_virtual_stages": 5})


def test_compile_without_checkpointing_says_it_counts_the_eager_blocks() -> None:
    s = scenario("llama-3.1-8b", workload={"mode": "training"}, training={"stack": "fsdp2", "compile": "blocks"})
    assert any("without it the eager blocks' saved activations are counted" in str(w) for w in s.warnings())
    checkpointed = s.changed("training.grad_checkpointing", "selective")
    assert not any("eager blocks" in str(w) for w in checkpointed.warnings())


def test_megatron_context_parallel_splits_the_sequence_and_says_what_it_leaves_out() -> None:
    # Megatron's --context-parallel-size splits every sequence as torchtitan's does; its ring attention is Transformer
    # Engine's point-to-point exchange, not torch's all-gather: no ring-attention item, and the explanation says so
    kw = {"training": {"stack": "megatron", "grad_checkpointing": "full"}}
    cp2 = {"workload": {"mode": "training", "batch": 1, "context": 8192}, "parallelism": {"gpus": 8, "cp": 2}}
    cp1 = {"workload": {"mode": "training", "batch": 1, "context": 4096}, "parallelism": {"gpus": 8}}
    assert _phase("backward", "logits", **kw, **cp2) == pytest.approx(_phase("backward", "logits", **kw, **cp1))
    assert _phase("backward_end", "ring_attention", **kw, **cp2) == 0
    e = _train(**kw, **cp2)
    assert "ring-attention buffers are not counted" in e.memory.item("activations").explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("model", "stack", "vocab", "hidden", "shards"),
    [
        ("llama-3.2-1b", "hf", 128256, 2048, 1),  # LlamaConfig.base_model_tp_plan: the projections only
        ("llama-3.2-1b", "megatron", 128256, 2048, 2),  # VocabParallelEmbedding
        ("gpt-oss-20b", "hf", 201088, 2880, 2),  # GptOssConfig.base_model_tp_plan: "embed_tokens": "embedding_rowwise"
    ],
)
def test_the_token_embedding_under_tp_follows_the_stacks_plan(
    model: str, stack: str, vocab: int, hidden: int, shards: int
) -> None:
    # transformers 5.25 configuration_llama.py / configuration_gpt_oss.py; the hf Llama case is measured on the fake
    # process group (test_accuracy.py test_tensor_parallel_on_a_fake_process_group): vocab × hidden per rank, / shards
    s = scenario(
        model,
        workload={"mode": "training", "batch": 1, "context": 2048},
        training={"stack": stack},
        parallelism={"gpus": 2, "tp": 2},
    )
    ctx = make_ctx(s, resolve_gpu(s))
    embedding = [g for g in ctx.pc.groups if g.kind == "embedding"]
    assert numel_per_gpu(ctx, embedding) == vocab * hidden / shards


def test_checkpointed_backward_holds_every_input_while_the_last_layer_recomputes() -> None:
    """hpcaitech/OPT-Benchmark's OPT-13B run (DeepSpeed ZeRO-3 with parameter and optimizer offload, fp16, gradient
    checkpointing, transformers 4.21's eager OPTAttention with its torch.max clamp, dropout 0.1, micro-batch 32 × 1,024
    tokens). torch.utils.checkpoint (reentrant) keeps each layer's input until that layer's backward returns, so the
    last layer is recomputed and run backward while all 40 inputs are held; the logits' gradients are spent by then.
    By hand, T = 32,768, h = 5,120, ffn 20,480, 40 heads, S = 32 × 40 × 1,024² = 1,342,177,280 scores:
      the recomputed layer saves  2 norms × (2·T·h in + 2·T·h out + 8·T fp32 mean/rstd) = 1,342,701,568
                                + q, k, v and out_proj's input 2·T·(4h)                  = 1,342,177,280
                                + per score: fp32 softmax 4 + fp16 probabilities 2 + the clamp's masked scores 2
                                  = 8·S                                                  = 10,737,418,240
                                + the ReLU output fc2 reads 2·T·ffn                      = 1,342,177,280
                                + two 1-byte residual dropout masks 2·T·h                =   335,544,320
                                                                                         = 15,100,018,688
      and at its fp32 softmax's backward the fp32 gradient of the softmax's output (4·S), the CUDA kernel's
      `tmp = grad * output` (fp32, 4·S: softmax_backward_cuda_out in aten/src/ATen/native/cuda/SoftMax.cu) and the
      fp16 gradient of its input (2·S: softmax(fp16, dtype=float32) runs the half-to-float kernel) are alive while the
      probabilities (2·S), the MLP's ReLU output and the second norm's tensors are freed:
      10·S − 2·S − 1,342,177,280 − 671,350,784 = 8,723,890,176.
    So a layer's backward adds 23,823,908,864 bytes to what the loss's backward holds of the activations, and that
    moment is the answer's backward peak."""
    from bench.cases import measured_cases

    case = next(c for c in measured_cases() if c.id.endswith("opt-13b-zero3-offload-fp16-8xa100-bs32"))
    items, _ = build_items(make_ctx(case.scenario, resolve_gpu(case.scenario)))
    act = next(i for i in items if i.key == "activations")
    assert 8 * 32 * 40 * 1024**2 == 10_737_418_240
    layer = 1_342_701_568 + 1_342_177_280 + 10_737_418_240 + 1_342_177_280 + 335_544_320
    softmax_backward = 8 * 32 * 40 * 1024**2 - 2 * 32_768 * 20_480 - (2 * 2 * 32_768 * 5_120 + 8 * 32_768)
    assert (layer, softmax_backward) == (15_100_018_688, 8_723_890_176)
    moment = act.by_moment["block_backward"] - act.by_moment["loss_backward"]
    assert moment == pytest.approx(layer + softmax_backward)
    e = estimate(case.scenario)
    logits = next(i for i in items if i.key == "logits")
    assert logits.by_moment["block_backward"] == 0  # the loss's gradients are spent before any layer's backward
    assert e.memory.phase == "backward"
    assert "first recomputed layer" in str(e.memory.item("activations").explanation)  # type: ignore[union-attr]


def test_opt_training_drops_out_at_its_configs_rate() -> None:
    """facebook/opt-1.3b's config.json (tests/data/reference/hf-configs) has "dropout": 0.1 and "attention_dropout":
    0.0; transformers' OPTDecoderLayer applies config.dropout after self-attention and after fc2 (and OPTDecoder to the
    embeddings), each a 1-byte mask in training (native_dropout). So one layer of a 2 × 1,024-token batch keeps
    2 × 2,048 × 2,048 = 8,388,608 bytes of residual masks (hidden 2,048), which it did not before the OPT importer
    read the rate."""
    from core.importers import hf_config
    from core.memory import activations as act
    from core.memory.peak import main_stack

    path = Path(__file__).resolve().parents[1] / "data" / "reference" / "hf-configs" / "facebook__opt-1.3b"
    cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
    dec = hf_config.from_dict(cfg, "config.json", "OPT 1.3B").architecture.decoder
    assert dec is not None and (dec.hidden_dropout, dec.attention_dropout) == (0.1, 0.0)
    s = scenario("opt-1.3b", workload={"mode": "training", "batch": 2, "context": 1024})
    ctx = make_ctx(s, resolve_gpu(s))
    st, T, seq = main_stack(ctx)
    assert act.layer_saved(ctx, st, T, seq, act.training_mode(ctx)).dropout == 2 * 2048 * 2048


def test_deepspeed_tied_output_gradient_waits_for_the_embedding_during_the_blocks_backward() -> None:
    """OPT-13B ties lm_head to the input embedding (one Parameter, vocab 50,272 × hidden 5,120). Autograd runs that
    Parameter's AccumulateGrad node once both of its incoming gradients are in: lm_head's, made right after the loss's
    backward, waits in the node's input buffer until the embedding's backward, the last; DeepSpeed's hook on that node
    (stage3.py create_reduce_and_remove_grad_hooks @ v0.6.5) only then moves it into the ipg bucket. By hand, fp16:
    2 × 50,272 × 5,120 = 514,785,280 bytes while the blocks run backward, none at the loss's backward; an untied model
    has no such item (its lm_head gradient goes into the bucket at once)."""
    from bench.cases import measured_cases

    case = next(c for c in measured_cases() if c.id.endswith("opt-13b-zero3-offload-fp16-8xa100-bs32"))
    items, _ = build_items(make_ctx(case.scenario, resolve_gpu(case.scenario)))
    head = next(i for i in items if i.key == "ds_tied_head_grad")
    assert 2 * 50_272 * 5_120 == 514_785_280
    assert head.by_moment == {"loss_backward": 0.0, "block_backward": 514_785_280}
    arch = case.scenario.model.architecture
    assert arch is not None
    untied = case.scenario.model.model_copy(
        update={"architecture": arch.model_copy(update={"tie_word_embeddings": False})}
    )
    items, _ = build_items(make_ctx(case.scenario.model_copy(update={"model": untied}), resolve_gpu(case.scenario)))
    assert not any(i.key == "ds_tied_head_grad" for i in items)
