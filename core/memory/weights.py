"""Weights per GPU: the format's bytes for every tensor, split by tensor and pipeline parallelism."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from core import quant, stacks
from core.memory.context import Ctx, PhaseItem
from core.messages import Bytes, Message, unnested
from core.params import TensorGroup

LORA_MODULES = {
    "all-linear": {
        "q",
        "k",
        "v",
        "o",
        "gate",
        "up",
        "down",
        "q_a",
        "q_b",
        "kv_a",
        "kv_b",
        "xq",
        "xk",
        "xv",
        "xo",
        "in_proj",
        "x_proj",
        "dt_proj",
        "out_proj",
    },
    "attention": {"q", "k", "v", "o", "q_a", "q_b", "kv_a", "kv_b"},
    "qv": {"q", "v", "q_b"},
}


def _is_layer_group(ctx: Ctx, g: TensorGroup) -> bool:
    """Tensors inside the repeated blocks of the text stack(s): these are what pipeline stages divide."""
    return g.stack in ("decoder", "encoder") and ".layers." in f".{g.name}"


def dp_attention_replicates(ctx: Ctx, g: TensorGroup) -> bool:
    """Under DP attention SGLang builds the attention layers over the attention TP group (attn_tp_size = tp / dp) and
    the token embedding unsharded (`VocabParallelEmbedding(..., enable_tp=not is_dp_attention_enabled())` in
    models/deepseek_v2.py, qwen3_moe.py, llama4.py); MoE experts, dense MLPs and the lm_head stay split over tp."""
    return ctx.attn_dp > 1 and (g.component.endswith("attention") or g.kind == "embedding")


def _tp_shards_embedding(ctx: Ctx) -> bool:
    """Whether the training stack's tensor-parallel plan splits the token embedding over the TP ranks: Megatron and
    torchtitan do (stacks' tp_shards_embedding); transformers' own plan does only where the model's does
    (Architecture.tp_plan_shards_embedding, set from its family's entry in core/importers/hf_families.py)."""
    return stacks.get(ctx.scenario.training.stack).tp_shards_embedding or ctx.arch.tp_plan_shards_embedding


def per_gpu(ctx: Ctx, groups: Iterable[TensorGroup], size: Callable[[TensorGroup], float]) -> float:
    """Bytes of `groups` held by the busiest GPU under TP × PP. `size(g)` is the whole group's bytes."""
    layer = front = back = 0.0
    for g in groups:
        b = size(g)
        tp = ctx.attn_tp if dp_attention_replicates(ctx, g) else ctx.tp
        if g.kind == "embedding" and ctx.training and not _tp_shards_embedding(ctx):
            tp = 1  # the stack's TP plan keeps the token embedding whole on every rank (core/stacks.py)
        if g.split != "replicate" and tp > 1:
            b /= tp
        if g.split == "expert" and ctx.scenario.parallelism.ep > 1:
            b /= ctx.scenario.parallelism.ep  # each expert-parallel rank holds num_experts / ep experts
        if _is_layer_group(ctx, g):
            layer += b
        elif g.module in ("output",) or (g.kind == "norm" and ".layers." not in g.name and g.stack == "decoder"):
            back += b
        else:
            front += b
    if ctx.pp == 1:
        return layer + front + back
    st = ctx.stack
    n = st.num_layers if st else (ctx.arch.ssm.num_layers if ctx.arch.ssm else 1)
    return layer * ctx.layers_per_stage / n + max(front, back)


def numel_per_gpu(ctx: Ctx, groups: Iterable[TensorGroup]) -> float:
    return per_gpu(ctx, groups, lambda g: float(g.numel))


# Families whose transformers code fuses projections into one nn.Linear. peft wraps a whole nn.Linear, so a fused
# projection gets ONE LoRA pair r·(d_in + Σ d_out), not one per member, and it is a target when any member is (peft's
# default targets for these families name the fused module: TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING in
# huggingface/peft src/peft/utils/constants.py @4cbf6e9b: "gpt2": ["c_attn"], "bloom": ["query_key_value"],
# "gpt_neox": ["query_key_value"], "chatglm": ["query_key_value"], "falcon": ["query_key_value"]). The module names:
# GPT2Attention.c_attn (Conv1D h → 3h), Phi3Attention.qkv_proj and Phi3MLP.gate_up_proj, FalconAttention /
# BloomAttention / GPTNeoXAttention.query_key_value, ChatGLM's query_key_value and dense_h_to_4h (gate and up),
# Baichuan's W_pack, InternLM2's wqkv, GlmMLP.gate_up_proj (transformers' modeling files of each family).
QKV = frozenset({"q", "k", "v"})
GATE_UP = frozenset({"gate", "up"})
FUSED_LINEARS: dict[str, tuple[frozenset[str], ...]] = {
    "gpt2": (QKV,),
    "bloom": (QKV,),
    "falcon": (QKV,),
    "gpt_neox": (QKV,),
    "chatglm": (QKV, GATE_UP),
    "phi3": (QKV, GATE_UP),
    "baichuan": (QKV,),
    "internlm2": (QKV,),
    "glm": (GATE_UP,),
}


def fused_members(family: str, module: str) -> frozenset[str]:
    """The modules sharing `module`'s nn.Linear in this family (just itself when it is not fused)."""
    for fused in FUSED_LINEARS.get(family, ()):
        if module in fused:
            return fused
    return frozenset({module})


def lora_modules(ctx: Ctx) -> frozenset[str]:
    """The target modules, widened to every member of a fused Linear that any target belongs to."""
    mods = LORA_MODULES[ctx.scenario.training.lora_targets]
    out = set(mods)
    for m in mods:
        out |= fused_members(ctx.arch.family, m)
    return frozenset(out)


def lora_targets(ctx: Ctx) -> list[TensorGroup]:
    """One TensorGroup per wrapped nn.Linear: the members of a fused projection are merged into one (Σ d_out)."""
    mods = lora_modules(ctx)
    groups = [
        g
        for g in ctx.pc.groups
        if g.kind == "linear" and g.module in mods and g.name.endswith(".weight") and g.stack in ("decoder", "encoder")
    ]
    out: list[TensorGroup] = []
    merged: dict[tuple[str, str, int, int, frozenset[str]], list[TensorGroup]] = {}
    for g in groups:
        fused = fused_members(ctx.arch.family, g.module)
        if len(fused) == 1:
            out.append(g)
            continue
        parent = g.name.rsplit(".", 2)[0]  # "...layers.self_attn" of "...layers.self_attn.q_proj.weight"
        merged.setdefault((g.stack, parent, g.count, g.shape[1], fused), []).append(g)
    for (stack, parent, count, d_in, fused), members in merged.items():
        first = members[0]
        name = f"{parent}.{'+'.join(sorted(fused))}.weight"
        d_out = sum(m.shape[0] for m in members)
        out.append(TensorGroup(name, first.component, (d_out, d_in), count, "linear", first.module, stack, first.split))
    return out


def lora_params(ctx: Ctx) -> tuple[int, float]:
    """(total adapter parameters, adapter parameters on the busiest GPU): r·(in + out) per target, plus DoRA's
    magnitude vector (out) per target when use_dora is on."""
    t = ctx.scenario.training
    r = t.lora_rank
    mag = 1 if t.dora else 0
    targets = lora_targets(ctx)
    total = sum((r * (g.shape[0] + g.shape[1]) + mag * g.shape[0]) * g.count for g in targets)
    per = per_gpu(ctx, targets, lambda g: float((r * (g.shape[0] + g.shape[1]) + mag * g.shape[0]) * g.count))
    return total, per


def dora_magnitudes(ctx: Ctx) -> int:
    """DoRA's trainable magnitude: one element per output feature of every target (DoraLinearLayer.update_layer:
    `self.weight = nn.Parameter(weight_norm)`, the column-wise norm of W + s·BA)."""
    if not ctx.scenario.training.dora:
        return 0
    return sum(g.shape[0] * g.count for g in lora_targets(ctx))


def modules_to_save(ctx: Ctx) -> list[TensorGroup]:
    """The tensors peft's ModulesToSaveWrapper copies and trains: the token embedding and/or lm_head (vocab × h). A
    tied lm_head gets a copy of its own, as peft deep-copies the module it wraps."""
    choice = ctx.scenario.training.lora_modules_to_save
    if choice == "none" or ctx.stack is None or not ctx.arch.vocab_size:
        return []
    h, v = ctx.stack.hidden_size, ctx.arch.vocab_size
    out: list[TensorGroup] = []
    if choice in ("embeddings", "both"):
        out.append(TensorGroup("modules_to_save.embed_tokens.weight", "embeddings", (v, h), 1, "embedding",
                               "token_embd", "", "vocab"))  # fmt: skip
    if choice in ("lm_head", "both"):
        out.append(TensorGroup("modules_to_save.lm_head.weight", "lm_head", (v, h), 1, "lm_head", "output", "",
                               "vocab"))  # fmt: skip
    return out


def prompt_params(ctx: Ctx) -> int:
    """Trainable parameters of peft's prompt learning, with peft's defaults (huggingface/peft):
    - prefix tuning (prefix_projection=False): PrefixEncoder's `torch.nn.Embedding(num_virtual_tokens, num_layers * 2 *
      token_dim)`, token_dim = hidden // heads · kv_heads under grouped-query attention (utils/other.py
      _prepare_prompt_learning_config: "For grouped-query attention, see #1901");
    - P-tuning (encoder_reparameterization_type="MLP", encoder_hidden_size = token_dim = hidden): PromptEncoder's
      `Embedding(total_virtual_tokens, token_dim)` and the MLP head Linear(d, H), Linear(H, H), Linear(H, d) with
      biases: n·d + 3·d² + 3·d for H = d."""
    t = ctx.scenario.training
    st = ctx.stack
    if st is None:
        return 0
    n, d = t.num_virtual_tokens, st.hidden_size
    if t.finetune == "prefix":
        return n * st.num_layers * 2 * prefix_token_dim(ctx)
    if t.finetune == "ptuning":
        return n * d + 3 * d * d + 3 * d
    return 0


def prefix_token_dim(ctx: Ctx) -> int:
    """peft's token_dim for prefix tuning: hidden_size, scaled to the key/value heads under grouped-query attention."""
    st = ctx.stack
    assert st is not None
    att = st.attention
    return st.hidden_size // att.num_heads * att.num_kv_heads


def _gguf_ctx(ctx: Ctx) -> quant.GgufContext:
    st = ctx.stack
    moe = st.moe if st else None
    att = st.attention if st else None
    return quant.GgufContext(
        layers=st.num_layers if st else 0,
        experts=moe.num_experts if moe else 0,
        gqa=att.num_heads // att.num_kv_heads if att and att.mla is None else 1,
    )


def format_bytes(ctx: Ctx, fmt: quant.QuantFormat, groups: list[TensorGroup]) -> float:
    """Per-GPU bytes of `groups` stored in `fmt`."""
    if fmt.gguf:
        gctx = _gguf_ctx(ctx)
        has_output = any(g.module == "output" for g in ctx.pc.groups)
        return per_gpu(ctx, groups, lambda g: quant.gguf_group_bytes(fmt.gguf or "", g, gctx, has_output)[0])
    ref = ctx.scenario.model
    keep = frozenset(ref.keep_16bit) if ref.format_hint == fmt.id else frozenset()
    return per_gpu(ctx, groups, lambda g: quant.group_bytes(fmt, g, keep))


def gpu_bytes(ctx: Ctx, fmt: quant.QuantFormat, groups: list[TensorGroup]) -> float:
    """Per-GPU bytes of `groups` where inference_items places the weights: llama.cpp keeps an untied token embedding
    in CPU memory, and under -ngl only the layers on the GPU (gguf_split)."""
    if ctx.scenario.runtime.gguf and not ctx.arch.tie_word_embeddings:
        groups = [g for g in groups if g.module != "token_embd"]
    if ctx.scenario.runtime.gguf and ctx.scenario.runtime.n_gpu_layers is not None:
        return gguf_split(ctx, fmt, groups)[0]
    return format_bytes(ctx, fmt, groups)


def inference_items(ctx: Ctx) -> list[PhaseItem]:
    fmt = ctx.weights_fmt
    groups = list(ctx.pc.groups)
    note: str = ""
    if ctx.scenario.runtime.gguf and ctx.scenario.runtime.n_gpu_layers is not None:
        return [_offloaded(ctx, fmt, groups)]
    if ctx.scenario.runtime.gguf and not ctx.arch.tie_word_embeddings:
        groups = [g for g in groups if g.module != "token_embd"]
        note = Message(
            "weights.gguf_embedding_on_cpu",
            " llama.cpp keeps the token-embedding table in CPU memory (it is only looked up), so it is not counted.",
        )
    elif ctx.scenario.runtime.gguf:
        note = Message(
            "weights.gguf_tied_output",
            " The model ties its output layer to the token embeddings, so llama.cpp copies that table to the GPU "
            "as the output layer (and keeps another copy in CPU memory for lookups).",
        )
    stored = ctx.scenario.model.stored_gpu_weight_bytes if ctx.scenario.runtime.gguf else None
    stored = stored or ctx.scenario.model.stored_weight_bytes
    if stored and ctx.tp == 1 and ctx.pp == 1:
        b = float(stored)
        how: str = Message("weights.exact_file", "exact bytes of the tensors in the imported file")
        formula = "Σ stored tensor bytes"
    else:
        b = format_bytes(ctx, fmt, groups)
        how = _format_words(fmt)
        formula = (
            "Σ_tensors bytes(format, shape)"
            + (" / TP" if ctx.tp > 1 else "")
            + (" · layers_per_stage / L" if ctx.pp > 1 else "")
        )
    inputs: dict[str, float | int | str] = {
        "format": fmt.name,
        "parameters": ctx.pc.total,
        "bits_per_weight": round(fmt.effective_bits, 4),
    }
    if ctx.tp > 1 or ctx.pp > 1:
        inputs.update(tp=ctx.tp, pp=ctx.pp)
    items = []
    if fmt.matmul_dtype and ctx.scenario.runtime.spec.kernels == "transformers":
        largest = max((g.per_tensor for g in ctx.pc.groups if g.kind in ("linear", "expert")), default=0) / ctx.tp
        per = 2 + (4 if fmt.matmul_dtype == "fp32" else 0)
        deq = largest * per
        items.append(
            PhaseItem(
                key="dequant_buffer",
                label=Message("item.dequantized_weight_prefill", "Dequantized weight (prefill)"),
                category="weights",
                by_phase={"prefill": deq},
                formula=f"max(d_in · d_out) · {per}",
                explanation=Message(
                    "expl.dequant_fp32" if per == 6 else "expl.dequant",
                    "For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul"
                    + (" and casts it to fp32 (the compute dtype defaults to float32)" if per == 6 else "")
                    + ": the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses "
                    "a fused kernel without this copy.",
                    largest=largest,
                    per=per,
                    size=Bytes(deq),
                ),
                inputs={"largest_linear": largest, "matmul_dtype": fmt.matmul_dtype},
                source=fmt.source,
            )
        )
    return [
        PhaseItem(
            key="weights",
            label=Message("item.weights", "Weights ({format})", format=unnested(fmt.name)),
            category="weights",
            by_phase={"prefill": b, "decode": b, "serving": b},
            formula=formula,
            explanation=Message(
                "expl.weights",
                "{params:,} parameters stored as {format}: {how}.{note} = {size} per GPU.",
                params=ctx.pc.total,
                format=fmt.name,
                how=how,
                note=note,
                size=Bytes(b),
            ),
            inputs=inputs,
            source=fmt.source,
        ),
        *items,
    ]


def gguf_split(ctx: Ctx, fmt: quant.QuantFormat, groups: list[TensorGroup]) -> tuple[float, float, str]:
    """(bytes on the GPU, bytes in CPU memory, how) under llama.cpp's -ngl (core.memory.engines.gpu_layers): the
    repeated layers on the GPU, the output layer when n_gpu_layers > n_layer; the token embedding stays in CPU memory
    (it is only looked up; llama-model.cpp keeps tok_embd on the CPU), and a tied output is a GPU copy of it."""
    from core.memory.engines import gpu_layers

    on, n, out = gpu_layers(ctx)
    layer = [g for g in groups if _is_layer_group(ctx, g)]
    output = [g for g in groups if g.module == "output"]
    embd = [g for g in groups if g.module == "token_embd"]
    other = [g for g in groups if g not in layer and g not in output and g not in embd]
    lb = format_bytes(ctx, fmt, layer) if layer else 0.0
    ob = format_bytes(ctx, fmt, output) if output else 0.0
    eb = format_bytes(ctx, fmt, embd) if embd else 0.0
    rest = format_bytes(ctx, fmt, other) if other else 0.0  # final norm and the like: beside the output layer
    head = ob + rest if output else (eb + rest if ctx.arch.tie_word_embeddings else rest)
    share = on / n if n else 1.0
    gpu = lb * share + (head if out else 0.0)
    cpu = lb * (1 - share) + (0.0 if out else ob + rest) + eb
    how = Message(
        "weights.ngl_split_output" if out else "weights.ngl_split",
        "{on} of {n} layers on the GPU ({layers}), "
        + ("the output layer too ({head})" if out else "the output layer in CPU memory (n_gpu_layers ≤ n_layer)")
        + "; the token embedding ({embedding}) stays in CPU memory",
        on=on,
        n=n,
        layers=Bytes(lb * share),
        head=Bytes(head),
        embedding=Bytes(eb),
    )
    return gpu, cpu, how


def _offloaded(ctx: Ctx, fmt: quant.QuantFormat, groups: list[TensorGroup]) -> PhaseItem:
    gpu, cpu, how = gguf_split(ctx, fmt, groups)
    return PhaseItem(
        key="weights",
        label=Message("item.weights_on_gpu", "Weights on the GPU ({format})", format=unnested(fmt.name)),
        category="weights",
        by_phase={"prefill": gpu, "decode": gpu, "serving": gpu},
        formula="layer bytes · n_gpu_layers / n_layer + output (when n_gpu_layers > n_layer)",
        explanation=Message(
            "expl.weights_ngl",
            "llama.cpp -ngl {ngl}: {how}. {cpu} of weights run from CPU memory = {gpu} on the GPU.",
            ngl=ctx.scenario.runtime.n_gpu_layers,
            how=how,
            cpu=Bytes(cpu),
            gpu=Bytes(gpu),
        ),
        inputs={"format": fmt.name, "n_gpu_layers": ctx.scenario.runtime.n_gpu_layers or 0, "cpu_bytes": cpu},
        source="llama.cpp src/llama-model.cpp load_tensors (i_gpu_start, act_gpu_layers, dev_output)",
    )


def _format_words(fmt: quant.QuantFormat) -> str:
    if fmt.is_float:
        return Message("weights.float_bytes", "{bytes:g} bytes each", bytes=fmt.bits / 8)
    if fmt.gguf:
        return Message(
            "weights.gguf_mix",
            "llama.cpp's per-tensor mix for this file type (block sizes and rules from llama.cpp); 1-D tensors "
            "stay f32",
        )
    kept = (
        Message("weights.kept_embeddings_norms", "embeddings, norms")
        if "lm_head" in fmt.quantizes
        else Message("weights.kept_embeddings_norms_head", "embeddings, norms and lm_head")
    )
    if fmt.family == "exl3":
        return Message(
            "weights.exl3",
            "linear weights in trellises of exactly K bits (average {bits:g}; lm_head {head_bits:g}) plus the fp16 "
            "Hadamard sign vectors of each input and output ({effective:.3f} bits for a 4096 × 4096 linear); {kept} "
            "stay {compute}",
            bits=fmt.bits,
            head_bits=fmt.head_bits,
            effective=fmt.effective_bits,
            kept=kept,
            compute=fmt.compute,
        )
    return Message(
        "weights.quantized",
        "linear weights at {effective:.3f} bits each including scales/zeros; {kept} stay {compute}",
        effective=fmt.effective_bits,
        kept=kept,
        compute=fmt.compute,
    )
