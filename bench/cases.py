"""Validation cases: published real-GPU measurements (tests/data/reference/measured-cases.jsonl) and PyTorch
allocation measurements (tests/data/calibration), each mapped to a Scenario and the estimate figure that
measures the same thing. Used by bench/accuracy.py (prints the table) and tests/core/test_accuracy.py."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.estimate import estimate
from core.importers import hf_config
from core.result import Estimate
from core.scenario import ModelRef, Scenario

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "reference"
GIB = 2**30
MIB = 2**20


@dataclass(frozen=True)
class Case:
    id: str
    group: str
    scenario: Scenario
    measured_bytes: float
    what: str  # which estimate figure is compared
    pick: Callable[[Estimate], float]
    source: str
    tolerance: float  # relative error the tests accept for this case
    # "calibration" = the engine took a constant from this very measurement; "variant" = a setup the engine does not
    # model; "unverified" = the engine's answer carries `unverified` memory terms (a layer kind whose terms do not
    # match these measurements yet, core.estimate.unverified_memory_terms): shown with its error, not held to the
    # validated tolerance
    role: str = "validation"
    # a term at one phase instead of the answer's peak: (phase, item keys summed), read from the engine's items
    term: tuple[str, tuple[str, ...]] | None = None

    def estimate_bytes(self) -> float:
        if self.term is not None:
            from core.estimate import resolve_gpu
            from core.memory.context import make_ctx
            from core.memory.peak import build_items

            phase, keys = self.term
            items, _ = build_items(make_ctx(self.scenario, resolve_gpu(self.scenario)))
            return float(sum(float(v) for it in items if it.key in keys for p, v in it.by_phase.items() if p == phase))
        return self.pick(estimate(self.scenario))

    def error(self) -> float:
        return self.estimate_bytes() / self.measured_bytes - 1


def _arch_from_dims(d: dict[str, Any], model_type: str, name: str, extra: dict[str, Any] | None = None) -> ModelRef:
    cfg = {
        "model_type": model_type,
        "hidden_size": d["hidden_size"],
        "num_hidden_layers": d["num_layers"],
        "num_attention_heads": d["num_heads"],
        "num_key_value_heads": d["num_kv_heads"],
        "intermediate_size": d["intermediate_size"],
        "vocab_size": d["vocab_size"],
        "tie_word_embeddings": bool(d.get("tied_embeddings")),
        "max_position_embeddings": 32768,
    }
    cfg.update(extra or {})
    return ModelRef(architecture=hf_config.from_dict(cfg, "measured-cases.jsonl", name).architecture)


def _scenario(model: ModelRef, **sections: dict[str, Any]) -> Scenario:
    data: dict[str, Any] = {"model": model.model_dump()}
    data.update(sections)
    data.setdefault("gpu", {"id": "a100-sxm4-80gb"})
    return Scenario.model_validate(data)


def _allocated(e: Estimate) -> float:
    return float(e.memory.allocated)


def _summed_over(gpus: int) -> Callable[[Estimate], float]:
    """device_map="auto" splits layers over GPUs; each GPU's own peak includes the transient activations of its
    layers, and the benchmark sums the per-GPU peaks."""

    def pick(e: Estimate) -> float:
        act = e.memory.item("activations")
        return float(e.memory.allocated + (gpus - 1) * (act.bytes if act else 0))

    return pick


def _item(key: str) -> Callable[[Estimate], float]:
    def pick(e: Estimate) -> float:
        it = e.memory.item(key)
        return float(it.bytes if it else 0)

    return pick


_QWEN_FORMATS = {"bf16": "bf16", "GPTQ int8": "gptq-int8", "GPTQ int4": "gptq-int4", "AWQ int4": "awq-int4"}


def measured_cases() -> list[Case]:
    path = REFERENCE / "measured-cases.jsonl"
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        cid, setup, arch = d["id"], d["setup"], d.get("architecture", {})
        unit = {"GiB": GIB, "MiB": MIB}.get(d["measured"]["unit"])
        if unit is None:
            continue
        measured = d["measured"]["value"] * unit
        src = d["source"]
        if cid.startswith("inf-qwen25-"):
            fmt = next(v for k, v in _QWEN_FORMATS.items() if setup["dtype_or_quant"].startswith(k))
            model = _arch_from_dims(arch, "qwen2", d["model"])
            s = _scenario(
                model,
                precision={"weights": fmt},
                workload={"context": setup["seq_len_total"], "output_tokens": setup["generated_tokens"]},
            )
            n = int(setup.get("num_gpus") or 1)
            cases.append(
                Case(
                    cid,
                    "Qwen2.5 speed benchmark (HF generate, A100)",
                    s,
                    measured,
                    f"allocated peak{f', summed over {n} GPUs' if n > 1 else ''}",
                    _summed_over(n),
                    src,
                    0.06,
                )
            )
        elif cid.startswith("inf-octocoder-"):
            fmt = {"bf16": "bf16", "bitsandbytes int8": "int8", "bitsandbytes 4-bit": "fp4"}[
                next(
                    k
                    for k in ("bf16", "bitsandbytes int8", "bitsandbytes 4-bit")
                    if setup["dtype_or_quant"].startswith(k)
                )
            ]
            model = _arch_from_dims(
                arch,
                "gpt_bigcode",
                d["model"],
                {
                    "n_embd": 6144,
                    "n_layer": 40,
                    "n_head": 48,
                    "n_inner": 24576,
                    "n_positions": 8192,
                    "multi_query": True,
                    "vocab_size": 49152,
                },
            )
            s = _scenario(model, precision={"weights": fmt}, workload={"context": 80, "output_tokens": 60})
            cases.append(
                Case(
                    cid,
                    "transformers LLM optimization guide (octocoder)",
                    s,
                    measured,
                    "allocated peak",
                    _allocated,
                    src,
                    0.12,
                )
            )
        elif cid.startswith(("inf-llamacpp-openllama7b", "inf-ollama-llama31-8b")):
            extra = {} if "llama31" in cid else {"max_position_embeddings": 2048}
            model = _arch_from_dims(arch, "llama", d["model"], extra)
            q = setup["dtype_or_quant"]
            fmt = (
                "q4_k_m"
                if "Q4_K_M" in q
                else "q8_0"
                if q.startswith("GGUF Q8_0")
                else "q4_0"
                if q.startswith("GGUF Q4_0")
                else "fp16"
            )
            batch = setup.get("batch") or 1
            ctx = (setup.get("seq_len_total") or 2048) // batch
            rt = {
                "name": "llama.cpp",
                "ubatch": setup.get("n_ubatch", 512),
                "flash_attention": bool(setup.get("flash_attn", False)),
            }
            s = _scenario(
                model,
                precision={"weights": fmt, "kv_cache": "fp16"},
                runtime=rt,
                workload={"context": ctx, "batch": batch, "output_tokens": 0},
            )
            key = "kv_cache" if "-kv-" in cid else "activations" if "-compute-" in cid else "weights"
            cases.append(
                Case(
                    cid,
                    "llama.cpp buffer sizes (logs)",
                    s,
                    measured,
                    key,
                    _item(key),
                    src,
                    0.08 if key == "activations" else 0.002,
                    "calibration" if key == "activations" else "validation",
                )
            )
        elif cid.startswith("inf-vllm-llama3-8b"):
            model = _arch_from_dims(arch, "llama", d["model"], {"max_position_embeddings": 8192})
            tp = setup["tensor_parallel"]
            s = _scenario(
                model,
                runtime={"name": "vllm"},
                parallelism={"gpus": tp, "tp": tp},
                workload={"context": 8192, "output_tokens": 0},
            )
            key = "weights" if "weights" in cid else "activations" if "activation" in cid else "runtime_overhead"
            cases.append(
                Case(
                    cid,
                    "vLLM memory profiler",
                    s,
                    measured,
                    key,
                    _item(key),
                    src,
                    0.12 if key == "activations" else 0.01,
                    "calibration" if key == "runtime_overhead" else "validation",
                )
            )
        elif cid.startswith("train-deepspeed-optbench-"):
            cases.append(_deepspeed_optbench_case(d, measured))
        elif cid.startswith("train-deepspeed-"):
            cases.append(_deepspeed_chat_case(d, measured))
        elif cid.startswith("train-megatron-"):
            cases.append(_megatron_case(d, measured))
        elif cid.startswith("term-liger-flce-"):
            cases.append(_liger_loss_case(d, measured))
        elif cid.endswith("-maxctx"):
            cases.append(_max_context_case(d, measured))
        elif cid.startswith("train-torchtitan-"):
            cases.append(_torchtitan_case(d, measured))
        elif cid in _TORCHTUNE:
            stack, ckpt = _TORCHTUNE[cid]
            # torchtune's `compile: True` compiles each decoder layer and the chunked loss's per-chunk cross-entropy
            compile_ = "blocks+loss" if setup.get("compile") and stack == "torchtune" else "off"
            s = _scenario(
                _preset("llama-3.2-3b"),
                workload={"mode": "training", "batch": 2, "context": 4096},
                precision={"training": "bf16"},
                training={"stack": stack, "grad_checkpointing": ckpt, "compile": compile_},
            )
            cases.append(
                Case(cid, "torchtune (A100, active bytes peak)", s, measured, "allocated peak", _allocated, src, 0.08)
            )
    return cases


# torchtune README 'Optimization flags' rows (cumulative; bf16 parameters and states): the packed row still uses
# the plain cross-entropy (the hf stack's loss on bf16 parameters); chunked CE is added two rows later
_TORCHTUNE = {
    "train-torchtune-llama32-3b-packed": ("hf", "none"),
    "train-torchtune-llama32-3b-packed-compile-chunkedce-ac": ("torchtune", "full"),  # compiled (blocks+loss)
}


def _preset(preset: str) -> ModelRef:
    from core import catalog

    return ModelRef(preset=preset, architecture=catalog.preset_architecture(preset))


def _reserved(e: Estimate) -> float:
    """The caching allocator's reserved peak: everything but the CUDA context (allocated tensors, the allocator's
    slack and blocks cached in other streams' pools)."""
    context = e.memory.item("cuda_context")
    return float(e.memory.total - (context.bytes if context else 0))


# torchtitan rows. Roles: "validation" rows are held by tests/core/test_accuracy.py; the 2024 Table 1 / 3 rows (8B FSDP
# 8 and 128, eager and compiled) informed two mechanisms (the freed logits' cached segment and the compiled block's
# unread w2 output, both read from PyTorch's source), the rows added with them (Float8, CP, interleaved, 4D) were
# computed once afterwards: the held-out set (README "Accuracy per training stack"). Async TP is not modelled (its
# fused ops allocate what the unfused ones do; its symmetric-memory workspace is outside the caching allocator, so not
# in the reserved peak torchtitan logs): the 70B async-TP row, 4.3 GiB below the same run without it, is a variant.
_TITAN_HELD_OUT = {
    "train-torchtitan-llama31-8b-fsdp8-sac-compile-float8",
    "train-torchtitan-llama31-8b-fsdp128-sac-compile-float8",
    "train-torchtitan-llama31-8b-fsdp8-cp1-s32k-full",
    "train-torchtitan-llama31-8b-fsdp4-cp2-s64k-full",
    "train-torchtitan-llama31-8b-fsdp2-cp4-s128k-full",
    "train-torchtitan-llama31-8b-fsdp1-cp8-s256k-full",
    "train-torchtitan-llama31-405b-fsdp8-tp8-pp8-interleaved",
    "train-torchtitan-llama31-405b-fsdp8-cp1-tp8-pp8-s32k",
    "train-torchtitan-llama31-405b-fsdp4-cp2-tp8-pp8-s64k",
    "train-torchtitan-llama31-405b-fsdp2-cp4-tp8-pp8-s128k",
    "train-torchtitan-llama31-405b-fsdp1-cp8-tp8-pp8-s256k",
    "train-torchtitan-llama31-8b-fsdp2-cp2-full-flex-2025",
}
_TITAN_TOLERANCE = 0.15  # the per-stack maximum


def _torchtitan_case(d: dict[str, Any], measured: float) -> Case:
    st = d["setup"]
    preset = {
        "Llama 3.1 8B": "llama-3.1-8b",
        "Llama 3.1 70B": "llama-3.1-70b",
        "Llama 3.1 405B": "llama-3.1-405b-instruct",
    }[d["model"]]
    micro = st["local_batch"] // st.get("microbatches", 1)
    cp = st.get("cp", 1)
    # torchtitan 9dec370 (2024) compiles each TransformerBlock (train.py leaves `loss_fn = torch.compile(loss_fn)`
    # commented out); e7c0cae (2025) compiles the loss as well (components/loss.py build_cross_entropy_loss)
    compile_ = "off" if not st.get("compile") else "blocks+loss" if "e7c0cae" in st["framework"] else "blocks"
    float8 = "off" if not st.get("float8") else "all-gather" if st.get("fsdp_float8_all_gather") else "linear"
    s = _scenario(
        _preset(preset),
        workload={"mode": "training", "batch": micro, "context": st["seq_len"]},  # split over cp ranks by the engine
        training={
            "stack": "fsdp2",
            "grad_checkpointing": "selective" if st["ac"].startswith("selective") else "full",
            "compile": compile_,
            "float8": float8,
        },
        parallelism={
            "gpus": st["gpus"],
            "tp": st["tp"],
            "pp": st["pp"],
            "cp": cp,
            "pp_virtual_stages": st.get("virtual_stages", 1),
        },
        gpu={"id": "h200-sxm-141gb" if "H200" in st["gpu"] else "h100-nvl-94gb"},
    )
    unmodelled = [k for k in ("async_tp",) if st.get(k)]
    return Case(
        d["id"],
        "torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)"
        if "H200" not in st["gpu"]
        else "torchtitan (FSDP2, H200, reserved peak)",
        s,
        measured,
        "reserved peak (allocated + allocator slack) of the worse rank"
        + (f"; not modelled: {', '.join(unmodelled)}" if unmodelled else ""),
        _reserved,
        d["source"],
        0.5 if d["id"].endswith("-asynctp") else _TITAN_TOLERANCE,
        "variant" if d["id"].endswith("-asynctp") else "validation",
    )


def _total(e: Estimate) -> float:
    """The whole GPU the process needs: allocated, the allocator's slack and the CUDA context."""
    return float(e.memory.total)


# Unsloth's published longest contexts per GPU size (QLoRA r = 32 on every linear layer, batch 1): the estimate at
# that context is held to the GPU's size. 10 %: the figure is a boundary (the run fits, the next length tried did
# not; the step is not stated), the optimizer is not stated (8-bit AdamW would take 0.5 GiB less on 8B, 6 % of the
# 8 GB row) and the attention backend is not stated (flash-attn keeps grouped K and V unexpanded: 6 % less per token
# than xformers on Llama 3.1 8B)
_MAX_CONTEXT_TOLERANCE = 0.10


def _max_context_case(d: dict[str, Any], measured: float) -> Case:
    st = d["setup"]
    preset = {"Llama 3.1 8B Instruct": "llama-3.1-8b", "Llama 3.3 70B Instruct": "llama-3.3-70b-instruct"}[d["model"]]
    stack = st["stack"]
    s = _scenario(
        _preset(preset),
        workload={"mode": "training", "batch": st["batch"], "context": st["seq_len"]},
        precision={"training": "bf16", "weights": "nf4"},
        training={
            "stack": stack,
            "finetune": "qlora",
            "lora_rank": st["lora_rank"],
            "lora_targets": "all-linear",
            "grad_checkpointing": "full",
        },
        gpu={"id": "a100-sxm4-80gb"},
    )
    hf = stack == "hf"  # Jan 2025 transformers + PEFT: a loss path the engine does not model (variant)
    return Case(
        d["id"],
        "Unsloth longest context per GPU size (QLoRA, whole GPU)" if not hf else "HF + FA2 longest context (QLoRA)",
        s,
        measured,
        "total (allocated + slack + CUDA context) at the published longest context",
        _total,
        d["source"],
        0.5 if hf else _MAX_CONTEXT_TOLERANCE,
        "variant" if hf else "validation",
    )


def _megatron_arch(d: dict[str, Any]) -> ModelRef:
    """The test's GPT from its Megatron arguments: LayerNorm, a plain (not gated) MLP of 4h, its dropout (Megatron's
    default 0.1 where the test leaves it out)."""
    from core.architecture import Norm

    a = d["architecture"]
    extra = {"hidden_act": "relu2", "head_dim": a["hidden_size"] // a["num_heads"], "max_position_embeddings": 8192}
    arch = _arch_from_dims(a, "llama", d["model"].split(" (")[0], extra).architecture
    dec = arch.decoder
    assert dec is not None
    dec = dec.model_copy(
        update={
            "mlp": dec.mlp.model_copy(update={"gated": False}),
            "norm": Norm.LAYER,
            "hidden_dropout": a["hidden_dropout"],
            "attention_dropout": a["attention_dropout"],
        }
    )
    return ModelRef(architecture=arch.model_copy(update={"decoder": dec}))


def _deepspeed_chat_model(d: dict[str, Any]) -> ModelRef:
    """The DeepSpeed-Chat run's model with dropout off: create_hf_model set model_config.dropout = 0.0 from the
    release (e468799f, 2023-04-11) until #746 (4bf1924b, 2023-10-03); the reward model (step 2) is an OPTModel with no
    LM head (its v_head is Linear(512, 1): 512 parameters)."""
    a = d["architecture"]
    if "hf_config" in a:
        arch = hf_config.from_dict(a["hf_config"], "measured-cases.jsonl", d["model"]).architecture
    else:
        arch = _preset("opt-1.3b").architecture
    dec = arch.decoder
    assert dec is not None
    # the transformers of the run (v4.28): the row's modeling_code says what its OPT code kept that today's does not
    code = a.get("modeling_code", {})
    attention = dec.attention.model_copy(update={"eager_mask_clamp": code.get("eager_mask_clamp", False)})
    dec = dec.model_copy(update={"hidden_dropout": 0.0, "attention_dropout": 0.0, "attention": attention})
    update = {"decoder": dec, "lm_head": a.get("lm_head", True), "loss_upcast": code.get("loss_upcast", True)}
    return ModelRef(architecture=arch.model_copy(update=update))


def _training_state(e: Estimate) -> float:
    """What stays allocated between steps: 16-bit weights, fp32 master weights and optimizer states."""
    return float(sum(i.bytes for i in e.memory.items if i.key in ("weights", "master_weights", "optimizer_states")))


def _deepspeed_chat_case(d: dict[str, Any], measured: float) -> Case:
    st = d["setup"]
    s = _scenario(
        _deepspeed_chat_model(d),
        workload={"mode": "training", "batch": st["micro_batch"], "context": st["seq_len"]},
        precision={"training": "mixed-fp16"},
        training={"stack": "deepspeed", "attention": "eager"},
        parallelism={"gpus": st["gpus"], "zero": st["zero"]},
        gpu={"id": "v100-sxm2-32gb"},
    )
    steady = d["id"].endswith("-steady")
    variant = "Variant" in d.get("notes", "")
    # the rows carry the OPT code of transformers v4.28 (masked scores kept by a torch.max clamp, the loss on fp16
    # logits) as architecture data; DeepSpeed-Chat's loop also holds `outputs` (the fp16 logits, 2·T·V) through
    # model.backward(loss): the deepspeed stack's keeps_outputs (+1.7 % on the SFT row). rank 0's figure, one run
    return Case(
        d["id"],
        "DeepSpeed ZeRO (DeepSpeed-Chat logs, torch.cuda allocated)",
        s,
        measured,
        "training state after the step" if steady else "allocated peak",
        _training_state if steady else _allocated,
        d["source"],
        0.5 if variant else 0.03 if steady else 0.05,
        "variant" if variant else "validation",
    )


# the ZeRO-3 + offload rows (hpcaitech/OPT-Benchmark): all four were looked at while the checkpointed layer's backward
# moment and the eager softmax's backward were written (core/memory/peak.py, activations.py), and again while the
# loop's outputs (stacks.py keeps_outputs) and ZeRO-3's prefetch to stage3_max_live_parameters were — none is held out
DEEPSPEED_ZERO3_GROUP = "DeepSpeed ZeRO-3 + CPU offload (hpcaitech OPT-Benchmark, A100, torch.cuda max allocated)"
# its log's see_memory_usage after initialisation: a term (what stays on the GPU between steps), not a peak
DEEPSPEED_ZERO3_STATE_GROUP = (
    "ZeRO-3 + CPU offload, GPU-resident state after initialisation (DeepSpeed's see_memory_usage)"
)


def _deepspeed_optbench_case(d: dict[str, Any], measured: float) -> Case:
    """hpcaitech/OPT-Benchmark's DeepSpeed runs: transformers' run_clm_no_trainer with OPTForCausalLM from its config
    (dropout 0.1 kept), gradient checkpointing, fp16, ZeRO-3 with parameters and optimizer offloaded to CPU, blocks
    of 1,024 tokens; the OPT code of transformers 4.21 (the masked scores kept by a torch.max clamp, the loss on fp16
    logits) as architecture data."""
    st = d["setup"]
    a = d["architecture"]
    arch = hf_config.from_dict(a["hf_config"], "measured-cases.jsonl", d["model"]).architecture
    dec = arch.decoder
    assert dec is not None
    code = a["modeling_code"]
    attention = dec.attention.model_copy(update={"eager_mask_clamp": code["eager_mask_clamp"]})
    # the config's dropout 0.1 (both residual branches and the embeddings) stays: the script does not change it
    dec = dec.model_copy(update={"attention": attention})
    model = ModelRef(architecture=arch.model_copy(update={"decoder": dec, "loss_upcast": code["loss_upcast"]}))
    s = _scenario(
        model,
        workload={"mode": "training", "batch": st["micro_batch"], "context": st["seq_len"]},
        precision={"training": "mixed-fp16"},
        training={"stack": "deepspeed", "attention": "eager", "grad_checkpointing": "full"},
        parallelism={"gpus": st["gpus"], "zero": st["zero"], "offload": st["offload"]},
        gpu={"id": "a100-sxm4-80gb"},
    )
    if d["id"].endswith("-init"):
        # DeepSpeed's see_memory_usage right after the ZeRO-3 optimizer is built: with parameters and optimizer
        # offloaded only the 16-bit ipg bucket (reduce_bucket_size elements, allocated once) stays on the GPU, besides
        # the few small parameters under stage3_param_persistence_threshold; 0.93 is printed to 2 decimals
        keys = ("weights", "master_weights", "gradients", "optimizer_states", "zero_buckets", "gathered_params")
        return Case(
            d["id"],
            DEEPSPEED_ZERO3_STATE_GROUP,
            s,
            measured,
            "GPU-resident training state",
            _allocated,
            d["source"],
            0.01,
            term=("optimizer_step", keys),
        )
    # rank 0's max_memory_allocated; the loop keeps `outputs` (the fp16 logits, 2·T·V) through backward as
    # DeepSpeed's own loops do (the deepspeed stack's keeps_outputs)
    return Case(d["id"], DEEPSPEED_ZERO3_GROUP, s, measured, "allocated peak", _allocated, d["source"], 0.10)


def _activations_category(e: Estimate) -> float:
    """What the forward and backward add on top of the training state (activations, logits, their transients)."""
    return float(e.memory.by_category()["activations"])


def _megatron_case(d: dict[str, Any], measured: float) -> Case:
    st = d["setup"]
    tp, pp = st["tp"], st["pp"]
    gpus = st.get("gpus", 8 * tp * pp)
    # micro-batches per step: the global batch over the data-parallel ranks' micro-batches
    micro_batches = st["global_batch"] // (st["micro_batch"] * (gpus // (tp * pp))) if "global_batch" in st else 1
    s = _scenario(
        _megatron_arch(d),
        workload={
            "mode": "training",
            "batch": st["micro_batch"],
            "context": st["seq_len"],
            "grad_accumulation": max(micro_batches, 1),
        },
        precision={"training": "mixed-bf16"},
        training={"stack": "megatron", "attention": "flash"},
        parallelism={
            "gpus": gpus,
            "tp": tp,
            "pp": pp,
            "pp_virtual_stages": st.get("virtual_stages", 1),
            "sequence_parallel": st.get("sequence_parallel"),  # as the test's model_config.yaml passes it
        },
        gpu={"id": "h100-sxm-80gb"},
    )
    variant = "Variant" in d.get("notes", "")
    return Case(
        d["id"],
        "Megatron-Core functional tests (H100/A100, allocated peak − steady state)",
        s,
        measured,
        "activations + loss above the training state",
        _activations_category,
        d["source"],
        0.5 if variant else 0.08,
        "variant" if variant else "validation",
    )


def _liger_loss_case(d: dict[str, Any], measured: float) -> Case:
    """Liger's fused linear cross-entropy benchmark, held term by term: the loss's own bytes are the measured peak
    less what benchmark_fused_linear_cross_entropy.py keeps apart from the loss. It builds both modules (the torch and
    the Liger nn.Linear(H, V), 2 · 2·V·H bf16 weights); from the second of its 10 iterations the Liger weight's .grad
    and the input's .grad stay from the previous one (2·V·H and 2·BT·H), and the forward fills a new bf16 grad_weight
    (2·V·H: in a model, lm_head's gradient, not the loss); the bf16 input (2·BT·H) and int64 targets (8·BT)."""
    st = d["setup"]
    bt, h, v = st["BT"], st["H"], st["V"]
    kept_apart = 2 * 2 * v * h + 2 * v * h + 2 * v * h + 2 * 2 * bt * h + 8 * bt
    s = _scenario(
        _preset("llama-3.1-8b"),  # h = 4096, V = 128,256: the benchmark's H and V
        workload={"mode": "training", "batch": 1, "context": bt},
        precision={"training": "bf16"},
        training={"stack": "liger"},
    )
    return Case(
        d["id"],
        "Liger fused linear cross-entropy (A100, allocated; per term)",
        s,
        measured - kept_apart,
        "loss term (logits item, forward)",
        _allocated,
        d["source"],
        # all four rows are 16 MiB above the loss term (a constant: cuBLAS workspaces come from PyTorch's allocator
        # and the script does not name them); on the smallest run's 174 MiB that is 9 %
        0.12 if bt < 8192 else 0.06,
        term=("forward", ("logits",)),
    )


CALIBRATION = ROOT / "tests" / "data" / "calibration"
_PRECISION = {
    "fp32": "fp32",
    "bf16": "bf16",
    "mixed_bf16": "mixed-bf16",
    "fp16": "fp16",
    "mixed_fp16": "mixed-fp16",
}
_OPTIMIZER = {"adamw": "adamw", "adam": "adam", "sgd": "sgd", "sgd_momentum": "sgd-momentum"}


# keys a serialised transformers config carries that are no part of the model's structure
_SERIALISED_ONLY = frozenset(
    {"transformers_version", "architectures", "id2label", "label2id", "_name_or_path", "dtype", "problem_type"}
)


def _calibration_model(setup: dict[str, Any]) -> ModelRef:
    from core import catalog

    src = str(setup["config_source"])
    if src.startswith("tools/calibration/cnn.py"):
        preset = {"resnet50": "resnet-50", "vgg16": "vgg-16"}[setup["model"]]
        return ModelRef(preset=preset, architecture=catalog.preset_architecture(preset))
    if src.startswith(("hf-configs/", "param_oracle/")):
        base = REFERENCE if src.startswith("hf-configs/") else ROOT / "tests" / "data"
        cfg = json.loads((base / src).read_text(encoding="utf-8"))
        if setup.get("config_nested"):
            cfg = cfg[setup["config_nested"]]  # the text model of a multimodal checkpoint, as the harness built it
        for key in setup.get("config_dropped") or ():
            cfg.pop(key, None)
    elif src.startswith("transformers gpt2"):
        cfg = {"model_type": "gpt2"}
    elif src.startswith("transformers ") and src.endswith(" config defaults"):
        # the type's default config as transformers serialises it (tests/data/param_oracle/default_configs.json,
        # made by tools/oracle/default_configs.py), with the case's overrides below
        model_type = src.split()[1]
        defaults = json.loads((ROOT / "tests/data/param_oracle/default_configs.json").read_text(encoding="utf-8"))
        # a type with no default recorded (gemma3n) takes all its keys from the case's overrides (a VARIANTS entry)
        base = defaults.get(model_type, {"config": {"model_type": model_type}})["config"]
        cfg = {k: v for k, v in base.items() if k not in _SERIALISED_ONLY}
    else:
        raise ValueError(f"unknown config source {src}")
    cfg.update(setup.get("config_overrides") or {})
    return ModelRef(architecture=hf_config.from_dict(cfg, src, setup["model"]).architecture)


# FSDP2 runs of the harness (rank 0 of a fake process group); held apart from the single-GPU runs
FSDP2_GROUP = "PyTorch allocations (FSDP2 on a fake process group, rank 0 of 4 / 8, MemTracker; `--stack fsdp2`)"
FSDP2_TERMS = "PyTorch allocations, per term (FSDP2 on a fake process group)"
TP_GROUP = "PyTorch allocations, tensor parallel on a fake process group (rank 0 of 2, no SP; `--tp 2`)"
TP_TERMS = "PyTorch allocations per term, tensor parallel on a fake process group (weights, gradients, states)"
TITAN_GROUP = (
    "PyTorch allocations, torchtitan's TP plan (SP + loss parallel) in FSDP2 on a fake process group (rank 0; "
    "`--stack fsdp2 --tp N`)"
)


def calibration_cases(kind: str = "training") -> list[Case]:
    """PyTorch allocations measured with MemTracker on fake tensors (tools/calibration/README.md)."""
    path = CALIBRATION / f"{kind}.json"
    if not path.exists():
        return []
    cases: list[Case] = []
    for c in json.loads(path.read_text(encoding="utf-8")):
        s, r = c["setup"], c["result"]
        model = _calibration_model(s)
        if kind == "training":
            lora = s.get("lora")
            training: dict[str, Any] = {
                "optimizer": _OPTIMIZER[s["optimizer"]],
                "optimizer_foreach": bool((s.get("optimizer_kwargs") or {}).get("foreach", True)),
                "grad_checkpointing": "full" if s.get("grad_checkpointing") else "none",
                "attention": s.get("attn_implementation") or "sdpa",
            }
            if lora:
                targets = {"all-linear": "all-linear", "q_proj,v_proj": "qv", "c_attn": "qv"}.get(
                    str(lora["target_modules"]), "all-linear"
                )
                saved = set(lora.get("modules_to_save") or ())
                training.update(
                    finetune="lora",
                    lora_rank=int(lora["r"]),
                    lora_targets=targets,
                    adapter_dtype=str(lora.get("adapter_dtype", "bf16")),
                    dora=bool(lora.get("dora", False)),
                    lora_modules_to_save="both"
                    if saved == {"embed_tokens", "lm_head"}
                    else ("embeddings" if saved == {"embed_tokens"} else ("lm_head" if saved else "none")),
                )
            for method in ("ptuning", "prefix"):  # the prompt / prefix encoder in fp32, as peft creates it
                if s.get(method):
                    training.update(
                        finetune=method, num_virtual_tokens=int(s[method]["num_virtual_tokens"]), adapter_dtype="fp32"
                    )
            workload: dict[str, Any] = {"mode": "training", "batch": s["batch"], "context": s.get("seq", 1)}
            if model.architecture.cnn is not None:
                workload["image_size"] = s.get("image_size", 224)
            precision = {
                "training": _PRECISION[s["precision"]],
                "weights": "bf16" if s["precision"] == "bf16" else "fp32",
            }
            parallelism: dict[str, Any] = {}
            if s.get("fsdp"):
                # FSDP2 on torch's fake process group, rank 0 (harness fsdp=N): torchtitan's sharding, fp32 shards
                # with bf16 compute (MixedPrecisionPolicy), as the fsdp2 stack models it
                training["stack"] = "fsdp2"
                parallelism = {"gpus": s["fsdp"]}
            if s.get("tp"):
                # tensor parallel on torch's fake process group, rank 0 (harness tp=N): q, k, v, gate, up column-wise,
                # o, down row-wise, embedding, norms and lm_head replicated, no sequence parallel; the default (HF)
                # stack, whose TP replicates the logits, as the harness does
                parallelism = {"gpus": s["tp"], "tp": s["tp"], "sequence_parallel": False}
            if s.get("tp_plan") == "torchtitan":
                # torchtitan's 2-D plan on the fake process group (harness tp_plan="torchtitan"): TP with sequence
                # parallel and loss parallel inside FSDP2, the fsdp2 stack's own defaults
                training["stack"] = "fsdp2"
                parallelism = {"gpus": s["fsdp"] * s["tp"], "tp": s["tp"]}
            scen = _scenario(
                model,
                workload=workload,
                training=training,
                precision=precision,
                parallelism=parallelism,
                gpu={"id": "h200-sxm-141gb"},
            )
        else:
            scen = _scenario(
                model,
                precision={"weights": s.get("dtype", "bf16")},
                training={"attention": s.get("attn_implementation") or "sdpa"},
                workload={
                    "context": s["seq"] + s.get("decode_steps", 0),
                    "batch": s["batch"],
                    "output_tokens": s.get("decode_steps", 0),
                },
                gpu={"id": "h200-sxm-141gb"},
            )
        role = "validation"
        if s.get("keep_outputs"):
            # the training loop keeps the model outputs (logits) alive through backward; the engine models the
            # HF Trainer, which drops them before backward
            role = "variant"
        if kind == "inference" and s.get("logits_to_keep", 1) != 1:
            # logits for every prompt position (scoring, perplexity); the engine models generate(), which keeps
            # the last position only
            role = "variant"
        if role == "validation" and estimate(scen).unverified:
            role = "unverified"
        # a VLM trained on text alone (auto_class AutoModelForImageTextToText, input "text only") is held whole: its
        # vision tower takes no part, gets no gradient and AdamW no state, and the engine sizes it so (images 0:
        # core/memory/towers.py idle_towers, core/stacks.py idle_params_skipped_at)
        cases += _term_cases(c, kind, scen, role)
        cases.append(
            Case(
                c["id"],
                TITAN_GROUP
                if s.get("tp_plan") == "torchtitan"
                else FSDP2_GROUP
                if s.get("fsdp")
                else (TP_GROUP if s.get("tp") else f"PyTorch allocations ({kind}, MemTracker)"),
                scen,
                float(r["peak_bytes"]),
                "allocated peak",
                _allocated,
                "tools/calibration (this repository)",
                0.08,
                role,
            )
        )
    return cases


# answers flagged for their KV cache (core.estimate.unverified_memory_terms)
_CACHE_FLAGS = frozenset({"unverified.deepseek_v4", "unverified.full_attention_shape"})


def _term_cases(c: dict[str, Any], kind: str, scen: Scenario, role: str) -> list[Case]:
    """Per-term comparisons for the runs that record them (the issue-8 layer kinds): the cache (K/V, the DSA
    indexer's keys and the fixed-size states of linear-attention, Mamba-2 and conv layers) after prefill and after
    decode, and the activations alive at the end of a training forward."""
    r, s = c["result"], c["setup"]
    out: list[Case] = []
    group = f"PyTorch allocations, per term ({kind})"
    src = "tools/calibration (this repository)"
    if kind == "inference" and "state_bytes_after_prefill" in r:
        cache = ("kv_cache", "recurrent_state")
        # the cache terms are verified even where the answer is flagged for its activations, not where it is flagged
        # for its cache (DeepSeek-V4 outside the measured setups, full layers of their own shape)
        cache_role = "validation" if role in ("validation", "unverified") else role
        if any(getattr(m, "id", "") in _CACHE_FLAGS for m in estimate(scen).unverified):
            cache_role = "unverified"
        after_prefill = (
            r["kv_cache_storage_bytes_after_prefill"]
            + r["indexer_storage_bytes_after_prefill"]
            + r["state_storage_bytes_after_prefill"]
        )
        # storages after decode as after prefill (logical sizes would count DeepSeek-V4's K = V twice and miss the
        # window's 128th token and the compressors' pending-token storages)
        after_decode = (
            r["kv_cache_storage_bytes_after_decode"]
            + r["indexer_storage_bytes_after_decode"]
            + r["state_storage_bytes_after_decode"]
        )
        out.append(Case(f"{c['id']}:cache@prefill", group, scen, float(after_prefill), "cache after prefill",
                        _allocated, src, 0.025, cache_role, ("prefill", cache)))  # fmt: skip
        out.append(Case(f"{c['id']}:cache@decode", group, scen, float(after_decode), "cache after decode",
                        _allocated, src, 0.025, cache_role, ("decode", cache)))  # fmt: skip
    moments = r.get("backward_moment_peak_bytes", {})
    loss_wins = moments.get("loss_backward", 1) >= moments.get("block_backward", 0)
    if kind == "training" and s.get("fsdp") and loss_wins:
        # the loss's backward (before any block's backward: the harness's loss_backward moment where it records
        # moments, else the backward peak): what forward saved plus the loss's temporaries (MemTracker ACT + TEMP)
        # against the engine's activations and logits at its backward phase
        bw = (
            r.get("backward_moment_peak_by_category", {}).get("loss_backward")
            or r["phase_peak_by_category"]["backward"]
        )
        out.append(Case(f"{c['id']}:activations+logits@backward", FSDP2_TERMS, scen, float(bw["ACT"] + bw["TEMP"]),
                        "activations and logits at the backward peak", _allocated, src, 0.01, role,
                        ("backward", ("activations", "logits"))))  # fmt: skip
    if kind == "training" and s.get("fsdp"):
        # rank 0's shards after the step: fp32 parameters, gradients and the two AdamW states (1/N of each)
        st = r["snapshots"]["after_optimizer_step"]
        out.append(Case(f"{c['id']}:shards@step", FSDP2_TERMS, scen, float(st["PARAM"] + st["GRAD"] + st["OPT"]),
                        "sharded parameters, gradients and states", _allocated, src, 0.01, role,
                        ("optimizer_step", ("weights", "gradients", "optimizer_states"))))  # fmt: skip
    if kind == "training" and s.get("tp") and not s.get("fsdp"):
        # rank 0's parameters, gradients and AdamW states after the step (fp32): the decoder layers' linears split over
        # TP, the tied embedding / lm_head (Llama-3.2-1B: 128256 x 2048) and the norms whole on every rank
        st = r["snapshots"]["after_optimizer_step"]
        out.append(Case(f"{c['id']}:weights+states@step", TP_TERMS, scen, float(st["PARAM"] + st["GRAD"] + st["OPT"]),
                        "parameters, gradients and states", _allocated, src, 0.45, role,
                        ("optimizer_step", ("weights", "gradients", "optimizer_states"))))  # fmt: skip
    if kind == "training" and s.get("input") == "text only":
        # a VLM fine-tuned on text alone: the gradients and AdamW states after the step are the text model's only (the
        # vision tower, fed nothing, gets neither); the engine's gradients + optimizer_states items at the step
        st = r["snapshots"]["after_optimizer_step"]
        out.append(Case(f"{c['id']}:grads+states@step", group, scen, float(st["GRAD"] + st["OPT"]),
                        "gradients and states after the step", _allocated, src, 0.01, role,
                        ("optimizer_step", ("gradients", "optimizer_states"))))  # fmt: skip
    if kind == "training" and s["model"] in TERM_MODELS and not s.get("grad_checkpointing"):
        # ACT at the forward/backward boundary, less the fp32 log-softmax output the loss keeps (4·T·V, the engine's
        # logits item): what the decoder blocks, the final norm and the embedding leave for backward
        tokens = s["batch"] * s["seq"]
        vocab = scen.model.architecture.vocab_size
        act = r["activation_bytes_at_forward_end"] - 4 * tokens * vocab
        out.append(Case(f"{c['id']}:activations", group, scen, float(act), "activations at forward end",
                        _allocated, src, 0.025, role, ("forward", ("activations",))))  # fmt: skip
    return out


# models whose training runs are also compared term by term (the issue-8 layer kinds)
TERM_MODELS = frozenset(
    {
        "qwen3.5-27b-4l",
        "qwen3.5-27b-vlm-4l",  # the same text model inside Qwen3_5ForConditionalGeneration, text-only input
        "mistral-small-3.1-vlm-4l",  # held out: Mistral3ForConditionalGeneration on text, run after the engine change
        "gemma3n-e4b-vlm-10l",  # held out: Gemma3nForConditionalGeneration on text (towers idle, embedders running)
        "nemotron-h-56b-9l",
        "gpt-oss-20b-4l",
        "llama4-scout-4l",
        "deepseek-v3.2-4l",
        "lfm2-1.2b-5l",
        "qwen3-next-80b-4l",
        "nemotron-3-nano-30b-7l",
        "falcon-h1-0.5b-4l",
        "granite-4.0-h-tiny-6l",
        "gemma3n-e4b-10l",
        "olmo3-7b-4l",
        "mimo-v2-flash-6l",
        "deepseek-v4-flash-4l",
        "deepseek-v4-flash-5l-mix",  # held out: run once after the DeepSeek-V4 model was written
    }
)


GEMMA3N_TOWERS = (
    "PyTorch allocations per term, Gemma 3n's towers (timm's MobileNetV5, the USM conformer: the prefill's peak and "
    "what full fine-tuning keeps, per image and per second of audio; the whole model's prefill peak with both)"
)


def _gemma3n_model(setup: dict[str, Any]) -> ModelRef:
    """The variant's keys (tests/data/param_oracle/default_configs.json), with the text overrides of a whole-model
    row."""
    defaults = json.loads((ROOT / "tests/data/param_oracle/default_configs.json").read_text(encoding="utf-8"))
    v = defaults["variants"][setup["config"]]
    cfg = json.loads(json.dumps({"model_type": v["model_type"], **v["keys"]}))
    cfg["text_config"].update(setup.get("text_overrides") or {})
    return ModelRef(architecture=hf_config.from_dict(cfg, "default_configs.json", setup["model"]).architecture)


def _activations_at(s: Scenario, train: bool) -> float:
    """The engine's activations item at the end of the forward (training) or at the prefill (inference)."""
    from core.estimate import resolve_gpu
    from core.memory.context import make_ctx
    from core.memory.peak import build_items

    items, _ = build_items(make_ctx(s, resolve_gpu(s)))
    phase = "forward" if train else "prefill"
    return float(sum(float(v) for it in items if it.key == "activations" for p, v in it.by_phase.items() if p == phase))


def _tower_call_case(
    row: dict[str, Any],
    group: str,
    model: ModelRef,
    inputs: dict[str, Any],
    sections: dict[str, Any],
    src: str,
    role: str,
) -> Case:
    """A tower's own call (a calibration row's `transient_bytes` at the prefill, `saved_bytes` under full fine-tuning)
    against the engine's activations item: at the prefill of a 16-token prompt, where the tower sets it, or for
    training the item at the end of the forward less the same answer without the media (`inputs`)."""
    st, r = row["setup"], row["result"]
    train = st["mode"] == "training"
    work = {"mode": st["mode"], "context": 16, "output_tokens": 0, "batch": st.get("batch", 1)}
    scen = _scenario(model, workload={**work, **inputs}, **sections)
    bare = _scenario(model, workload=work, **sections)

    def pick(_: Estimate) -> float:
        return _activations_at(scen, train) - (_activations_at(bare, train) if train else 0.0)

    what = "kept for backward (tower)" if train else "prefill peak (tower)"
    measured = r["saved_bytes"] if train else r["transient_bytes"]
    return Case(row["id"], group, scen, float(measured), what, pick, src, 0.025, role)


def gemma3n_tower_cases() -> list[Case]:
    """tests/data/calibration/gemma3n_towers.json (tools/calibration/gemma3n_towers.py): a tower's call against the
    engine's activations item — at the prefill of a 16-token prompt, where the tower sets it, or, for full
    fine-tuning, the item at the end of the forward less the same answer without images or audio — and the whole
    model's prefill peak against the allocated peak. Rows core/memory/towers.py took its constants from are
    "calibration"; the held-out ones validate. Tests: tests/core/test_gemma3n_tower_memory.py."""
    path = CALIBRATION / "gemma3n_towers.json"
    cases: list[Case] = []
    models: dict[str, ModelRef] = {}
    for row in json.loads(path.read_text(encoding="utf-8")):
        st, r = row["setup"], row["result"]
        role = "validation" if row["role"] == "held-out" else "calibration"
        src = "tools/calibration/gemma3n_towers.py (this repository)"
        if st["mode"] == "whole-prefill":
            work = {"context": st["seq"], "output_tokens": 0, "images": st["images"], "audio_seconds": st["seconds"]}
            scen = _scenario(_gemma3n_model(st), workload=work, gpu={"id": "h200-sxm-141gb"})
            cases.append(Case(row["id"], GEMMA3N_TOWERS, scen, float(r["peak_bytes"]), "allocated peak", _allocated,
                              src, 0.08, role))  # fmt: skip
            continue
        if st["mode"] == "training-frozen":
            continue  # measured 0 (two images) and 0.7 MiB (30 s): nothing to divide by; the tests hold them
        key = st["config"]
        models.setdefault(key, _gemma3n_model(st))
        inputs = {"images": st["images"]} if st["tower"] == "vision" else {"audio_seconds": st["seconds"]}
        sections = {"training": {"finetune": "full"}, "precision": {"training": "bf16", "weights": "bf16"},
                    "gpu": {"id": "h200-sxm-141gb"}}  # fmt: skip
        cases.append(_tower_call_case(row, GEMMA3N_TOWERS, models[key], inputs, sections, src, role))
    return cases


VOXTRAL_AUDIO = (
    "PyTorch allocations per term, Voxtral's audio tower (Whisper's encoder over 30-second chunks and the projector: "
    "the prefill's peak and what full fine-tuning keeps, per chunk; the whole model's prefill and bf16 training peak "
    "with audio)"
)


def _voxtral_model(setup: dict[str, Any]) -> ModelRef:
    """Voxtral-Small-24B-2507's config (tests/data/param_oracle/configs/Abc7347__this), its text model cut to the
    measured layers."""
    cfg = json.loads((ROOT / "tests/data/param_oracle/configs/Abc7347__this/config.json").read_text(encoding="utf-8"))
    cfg["text_config"]["num_hidden_layers"] = setup.get("text_layers", 2)
    return ModelRef(architecture=hf_config.from_dict(cfg, "param_oracle/configs/Abc7347__this", "voxtral").architecture)


def voxtral_audio_cases() -> list[Case]:
    """tests/data/calibration/voxtral_audio.json (tools/calibration/voxtral_audio.py): the tower's call against the
    engine's activations item — at the prefill of a 16-token prompt, where the tower sets it, or, for full
    fine-tuning, the item at the end of the forward less the same answer without audio — and the whole model's
    (text cut to 2 layers) prefill and bf16 AdamW training peak against the allocated peak. Rows core/memory/towers.py
    took its constants from are "calibration"; the held-out ones validate. Tests: tests/core/test_voxtral_audio.py."""
    path = CALIBRATION / "voxtral_audio.json"
    cases: list[Case] = []
    src = "tools/calibration/voxtral_audio.py (this repository)"
    gpu = {"id": "h200-sxm-141gb"}
    bf16 = {"training": "bf16", "weights": "bf16"}
    for row in json.loads(path.read_text(encoding="utf-8")):
        st, r = row["setup"], row["result"]
        role = "validation" if row["role"] == "held-out" else "calibration"
        model = _voxtral_model(st)
        if st["mode"] == "whole-prefill":
            work = {"context": st["seq"], "output_tokens": 0, "audio_seconds": st["seconds"]}
            scen = _scenario(model, workload=work, gpu=gpu)
            cases.append(Case(row["id"], VOXTRAL_AUDIO, scen, float(r["peak_bytes"]), "allocated peak", _allocated,
                              src, 0.03, role))  # fmt: skip
            continue
        if st["mode"] == "whole-training":
            work = {"mode": "training", "context": st["seq"], "batch": 1, "audio_seconds": st["seconds"]}
            training = {"finetune": "full", "optimizer": "adamw", "grad_checkpointing": "none", "attention": "sdpa"}
            scen = _scenario(model, workload=work, training=training, precision=bf16, gpu=gpu)
            cases.append(Case(row["id"], VOXTRAL_AUDIO, scen, float(r["peak_bytes"]), "allocated peak", _allocated,
                              src, 0.03, role))  # fmt: skip
            # the forward's peak, where the saved activations (the audio tower's among them) are at their height
            keys = ("weights", "gradients", "optimizer_states", "optimizer_temporaries", "activations", "logits")
            cases.append(Case(f"{row['id']} (forward)", VOXTRAL_AUDIO, scen, float(r["phase_peak_bytes"]["forward"]),
                              "forward peak", _allocated, src, 0.03, role, term=("forward", keys)))  # fmt: skip
            continue
        if st["mode"] == "training-frozen":
            continue  # measured 0: nothing to divide by; tests/core/test_voxtral_audio.py holds it
        sections = {"training": {"finetune": "full"}, "precision": bf16, "gpu": gpu}
        cases.append(_tower_call_case(row, VOXTRAL_AUDIO, model, {"audio_seconds": st["seconds"]}, sections, src, role))
    return cases


HOOKED_TOWERS = (
    "PyTorch allocations per term, frozen towers under LoRA with gradient checkpointing (transformers' "
    "enable_input_require_grads hooks them: Pixtral in Mistral Small 3.1, Voxtral's Whisper encoder; what the tower "
    "keeps for backward, and a whole LoRA step's peak with media less the same without)"
)
MISTRAL_SMALL_31 = "tests/data/param_oracle/configs/mistralai__Mistral-Small-3.1-24B-Instruct-2503/config.json"


def _hooked_model(setup: dict[str, Any]) -> ModelRef:
    if "Mistral" not in setup["config"]:
        return _voxtral_model(setup)
    cfg = json.loads((ROOT / MISTRAL_SMALL_31).read_text(encoding="utf-8"))
    cfg["text_config"]["num_hidden_layers"] = setup.get("text_layers", 2)
    name = "param_oracle/configs/mistralai__Mistral-Small-3.1-24B-Instruct-2503"
    return ModelRef(architecture=hf_config.from_dict(cfg, name, "mistral3").architecture)


def _media(setup: dict[str, Any]) -> dict[str, Any]:
    if not setup["items"]:
        return {}
    if "Mistral" in setup["config"]:
        return {"images": setup["items"], "image_size": setup["side"]}
    return {"audio_seconds": 30 * setup["items"]}


def hooked_tower_cases() -> list[Case]:
    """tests/data/calibration/hooked_towers.json (tools/calibration/hooked_towers.py): a hooked tower's call under
    LoRA with gradient checkpointing against the engine's activations item at the end of the forward less the same
    answer without media; the whole model's (text cut to 2 layers) LoRA step, its allocated peak with media less the
    peak without (the same sequence length). Rows core/memory/towers.py took its constants from are "calibration";
    "info" rows (the tower hooked without checkpointing, or not hooked) are not modelled. Tests:
    tests/core/test_hooked_towers.py."""
    path = CALIBRATION / "hooked_towers.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    cases: list[Case] = []
    src = "tools/calibration/hooked_towers.py (this repository)"
    bf16 = {"training": "bf16", "weights": "bf16"}
    lora = {"finetune": "lora", "lora_targets": "qv", "grad_checkpointing": "full"}
    gpu = {"id": "h200-sxm-141gb"}
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        st, r = row["setup"], row["result"]
        if row["role"] == "info":
            continue
        role = "validation" if row["role"] == "held-out" else "calibration"
        model = _hooked_model(st)
        if st["mode"] == "whole-lora-ckpt":
            if not st["items"]:
                continue  # the bare row: the other rows' reference
            bare_id = re.sub(r"-(\d+x\d+|\d+s)-s", "-text-s", row["id"])
            measured = float(r["peak_bytes"] - by_id[bare_id]["result"]["peak_bytes"])
            work = {"mode": "training", "context": st["seq"], "batch": 1}
            scen = _scenario(model, workload={**work, **_media(st)}, training=lora, precision=bf16, gpu=gpu)
            bare = _scenario(model, workload=work, training=lora, precision=bf16, gpu=gpu)

            def peak(e: Estimate, bare: Scenario = bare) -> float:
                return float(e.memory.total - estimate(bare).memory.total)

            cases.append(Case(f"{row['id']} (less {bare_id})", HOOKED_TOWERS, scen, measured,
                              "allocated peak with media less without", peak, src, 0.12, role))  # fmt: skip
            continue
        work = {"mode": "training", "context": 8192, "batch": 1}
        scen = _scenario(model, workload={**work, **_media(st)}, training=lora, precision=bf16, gpu=gpu)
        bare = _scenario(model, workload=work, training=lora, precision=bf16, gpu=gpu)

        def pick(_: Estimate, scen: Scenario = scen, bare: Scenario = bare) -> float:
            return _activations_at(scen, True) - _activations_at(bare, True)

        cases.append(Case(row["id"], HOOKED_TOWERS, scen, float(r["saved_bytes"]), "kept for backward (hooked tower)",
                          pick, src, 0.025, role))  # fmt: skip
    return cases
