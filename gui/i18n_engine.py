"""The engine's words in the window's language. `core` speaks English (the CLI's output is English and stays so)
and gives its user-visible results stable ids: memory items' `key`, phases, parameter components, the mode the
expected-error statement is for, fit-explorer format badges. The GUI translates by id here; text the engine
composes from figures (an item's format in parentheses, a suggestion's detail, a warning) keeps its English detail
behind a translated lead-in. An id not listed here shows the engine's English label: never a blank."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from core.fit import Layout, Suggestion
from core.result import Estimate, Item
from core.scenario import Scenario

translate = QCoreApplication.translate


def is_image_model(scenario: Scenario) -> bool:
    """Images in, no token axis: CNNs and image classifiers (the engine's `fit._image_model`)."""
    arch = scenario.model.architecture
    return arch.cnn is not None or (arch.decoder is None and arch.encoder is None and arch.vision is not None)


def _item_names() -> dict[str, str]:
    return {
        "weights": translate("Engine", "Weights"),
        "kv_cache": translate("Engine", "KV cache"),
        "recurrent_state": translate("Engine", "Recurrent state"),
        "activations": translate("Engine", "Transient activations"),
        "gradients": translate("Engine", "Gradients"),
        "optimizer_states": translate("Engine", "Optimizer states"),
        "optimizer_temporaries": translate("Engine", "Optimizer-step temporaries"),
        "cuda_context": translate("Engine", "CUDA context & libraries"),
        "allocator_slack": translate("Engine", "Allocator slack (fragmentation)"),
        "dequant_buffer": translate("Engine", "Dequantized weight (prefill)"),
        "dequant_transient": translate("Engine", "Dequantized weight (per matmul)"),
        "master_weights": translate("Engine", "fp32 master weights"),
        "autocast_weights": translate("Engine", "16-bit weight copies (autocast)"),
        "adapter_weights": translate("Engine", "LoRA adapters"),
        "logits": translate("Engine", "Logits and loss"),
        "gathered_params": translate("Engine", "Gathered parameters (ZeRO-3/FSDP)"),
        "zero_buckets": translate("Engine", "ZeRO reduce buckets"),
        "ddp_buckets": translate("Engine", "DDP all-reduce buckets"),
        "runtime_overhead": translate("Engine", "vLLM non-torch memory"),
        "sglang_overhead": translate("Engine", "SGLang metadata and communication"),
        # the stacks' and engines' own buffers (core/stacks.py, core/memory/engines.py): each names its framework
        "fp32_grad_partition": translate("Engine", "fp32 gradient partition (DeepSpeed step)"),
        "stream_pool": translate("Engine", "Cached in the reduce-scatter stream's pool (FSDP2)"),
        "fsdp_unsharded_grads": translate("Engine", "Unsharded fp32 gradients across micro-batches (FSDP2 + PP)"),
        "fsdp_reduce_scatter": translate("Engine", "Reduce-scatter of one layer's gradients (FSDP2)"),
        "expert_all_to_all": translate("Engine", "Expert-parallel all-to-all buffers"),
        "cuda_graphs": translate("Engine", "CUDA graphs (SGLang)"),
        # speculative decoding with the model's multi-token-prediction layers (core/memory/speculative.py)
        "mtp_weights": translate("Engine", "MTP draft weights"),
        "mtp_kv_cache": translate("Engine", "MTP draft KV cache"),
        "mtp_verify": translate("Engine", "Draft verification logits"),
    }


DETAIL_KEYS = (  # the engine's detail in parentheses is a format, a dtype or a rank: kept as it is
    "weights",
    "kv_cache",
    "mtp_kv_cache",
    "gradients",
    "optimizer_states",
    "recurrent_state",
    "adapter_weights",
    "logits",
)  # "(BF16)", "(adamw)"
_DETAIL = re.compile(r"^(?P<lead>[^(]+?)\s*(?P<detail>\([^()]*\))$")


def item_label(item: Item) -> str:
    """'Weights (BF16)' → '权重 (BF16)': the item's name by its key, the engine's detail (a format) kept."""
    name = _item_names().get(item.key)
    if item.label.startswith("Compute buffer"):
        return translate("Engine", "Compute buffer (llama.cpp)")
    if name is None:
        return item.label
    match = _DETAIL.match(item.label)
    if match and item.key in DETAIL_KEYS:
        return f"{name} {match['detail']}"
    return name


def phase_text(phase: str, scenario: Scenario) -> str:
    """A phase by its id. A CNN or image classifier has no prefill and decode: it runs one forward pass."""
    if is_image_model(scenario) and phase in ("prefill", "decode", "serving"):
        return translate("Engine", "forward pass")
    words = {
        "prefill": translate("Engine", "prefill"),
        "decode": translate("Engine", "decode"),
        "forward": translate("Engine", "end of forward"),
        "backward": translate("Engine", "start of backward"),
        "backward_end": translate("Engine", "end of backward"),
        "optimizer_step": translate("Engine", "optimizer step"),
        "serving": translate("Engine", "serving"),
    }
    return words.get(phase, phase.replace("_", " "))


def phase_totals(estimate: Estimate, scenario: Scenario) -> dict[str, int]:
    """The phases worth naming: an image model's inference is one forward pass (its 'decode' is a token
    model's step that does not exist for it)."""
    totals = dict(estimate.memory.phase_totals)
    if is_image_model(scenario) and "prefill" in totals:
        return {"prefill": totals["prefill"]}
    return totals


def component_text(name: str) -> str:
    words = {
        "embeddings": translate("Engine", "embeddings"),
        "attention": translate("Engine", "attention"),
        "mlp": translate("Engine", "MLP"),
        "norms": translate("Engine", "norms"),
        "lm_head": translate("Engine", "LM head"),
        "experts": translate("Engine", "experts"),
        "router": translate("Engine", "router"),
        "conv": translate("Engine", "convolutions"),
        "batchnorm": translate("Engine", "batch norm"),
        "classifier": translate("Engine", "classifier"),
        "vision": translate("Engine", "vision encoder"),
        "ssm": translate("Engine", "state-space layers"),
    }
    return words.get(name, name.replace("_", " "))


def expected_error_text(estimate: Estimate, scenario: Scenario) -> str:
    """How far off the answer is expected to be, by what it is for (the engine's mode; an image model's inference
    has no KV cache to be exact about). The engine's full English statement stays in the tooltip."""
    if estimate.mode == "training":
        return translate(
            "Engine",
            "allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates (34 runs, incl. CNNs); CUDA "
            "context and allocator slack are typical values (±0.5 GiB)",
        )
    if is_image_model(scenario):
        return translate(
            "Engine",
            "weights exact for the format; the forward pass's activations from the layer graph; runtime "
            "overhead ±0.5 GiB",
        )
    return translate(
        "Engine",
        "weights and KV cache exact for the format; allocated peak within 0.7 % (median) and 4 % (max) of "
        "published measurements; runtime overhead ±0.5 GiB",
    )


def suggestion_title(s: Suggestion) -> str:
    """A suggestion's kind in the window's language, the engine's detail (counts, layouts) after it."""
    kinds = {
        "smaller_batch": translate("Engine", "Smaller batch"),
        "fewer_requests": translate("Engine", "Fewer concurrent requests"),
        "checkpointing": translate("Engine", "Activation checkpointing"),
        "offload": translate("Engine", "Offload to CPU"),
        "more_gpus": translate("Engine", "More GPUs"),
        "kv_cache": translate("Engine", "Quantized KV cache"),
        "smaller_format": translate("Engine", "Smaller weight format"),
        "shorter_context": translate("Engine", "Shorter context"),
    }
    lead = kinds.get(s.kind) if len(s.changes) <= 1 else translate("Engine", "Several changes")
    if (
        lead is None or lead == KINDS_ENGLISH.get(s.kind) or lead == "Several changes"
    ):  # English: the engine's title says it all
        return s.title
    return f"{lead}: {s.title}"


KINDS_ENGLISH = {
    "smaller_batch": "Smaller batch",
    "fewer_requests": "Fewer concurrent requests",
    "checkpointing": "Activation checkpointing",
    "offload": "Offload to CPU",
    "more_gpus": "More GPUs",
    "kv_cache": "Quantized KV cache",
    "smaller_format": "Smaller weight format",
    "shorter_context": "Shorter context",
}


def badge_text(badge: str) -> str:
    """LM Studio's per-quantization badge (core.fit.Badge)."""
    words = {
        "fits": translate("Engine", "fits fully"),
        "partial": translate("Engine", "fits partially (offload)"),
        "too_large": translate("Engine", "too large"),
    }
    return words.get(badge, badge)


def speed_unit(images: bool) -> str:
    return translate("Engine", "images/s") if images else translate("Engine", "tokens/s")


def layout_text(layout: Layout, scenario: Scenario) -> str:
    """A parallelism layout in words, from its counts (core.fit.describe_layout's wording, translated)."""
    if scenario.runtime.name == "llama.cpp" and scenario.workload.mode == "inference":
        split = layout.tp * layout.pp
        if split > 1:
            return translate("Engine", "layers split over {0} GPUs (llama.cpp)").format(split)
        return translate("Engine", "one GPU")
    training = scenario.workload.mode == "training"
    zero = translate("Engine", " with ZeRO-{0}").format(layout.zero) if layout.zero and training else ""
    parts = []
    if layout.dp > 1:
        parts.append(translate("Engine", "data parallel × {0}").format(layout.dp) + zero)
    elif zero and layout.tp * layout.pp == 1:
        parts.append(translate("Engine", "one GPU") + zero)
    if layout.tp > 1:
        parts.append(translate("Engine", "tensor parallel × {0}").format(layout.tp))
    if layout.pp > 1:
        parts.append(translate("Engine", "pipeline × {0}").format(layout.pp))
    return translate("Engine", ", ").join(parts) or translate("Engine", "one GPU, no parallelism")
