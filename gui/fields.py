"""Human names of scenario fields, for undo entries and for messages about adjusted fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.errors import UnknownIdError
from core.scenario import Scenario
from gui.format import fmt_fixed


def _labels() -> dict[str, str]:
    return {
        # the sections: where a rule between a section's fields is refused as a whole (pydantic's loc)
        "name": QCoreApplication.translate("Fields", "scenario name"),
        "workload": QCoreApplication.translate("Fields", "workload"),
        "precision": QCoreApplication.translate("Fields", "precision"),
        "training": QCoreApplication.translate("Fields", "training settings"),
        "parallelism": QCoreApplication.translate("Fields", "parallelism"),
        "runtime": QCoreApplication.translate("Fields", "runtime"),
        "gpu": QCoreApplication.translate("Fields", "GPU"),
        "cost": QCoreApplication.translate("Fields", "cost"),
        "model": QCoreApplication.translate("Fields", "model"),
        "workload.mode": QCoreApplication.translate("Fields", "mode"),
        "workload.batch": QCoreApplication.translate("Fields", "batch"),
        "workload.context": QCoreApplication.translate("Fields", "context length"),
        "workload.output_tokens": QCoreApplication.translate("Fields", "output tokens"),
        "workload.concurrency": QCoreApplication.translate("Fields", "concurrency"),
        "workload.image_size": QCoreApplication.translate("Fields", "image size"),
        "workload.grad_accumulation": QCoreApplication.translate("Fields", "gradient accumulation"),
        "workload.train_tokens": QCoreApplication.translate("Fields", "training tokens"),
        "workload.images": QCoreApplication.translate("Fields", "images per sequence"),
        "workload.audio_seconds": QCoreApplication.translate("Fields", "audio per sequence"),
        "workload.target_tokens_per_second": QCoreApplication.translate("Fields", "target load"),
        "precision.weights": QCoreApplication.translate("Fields", "weights"),
        "precision.kv_cache": QCoreApplication.translate("Fields", "KV cache"),
        "precision.training": QCoreApplication.translate("Fields", "training precision"),
        "training.stack": QCoreApplication.translate("Fields", "training stack"),
        "training.optimizer": QCoreApplication.translate("Fields", "optimizer"),
        "training.optimizer_foreach": QCoreApplication.translate("Fields", "multi-tensor optimizer step"),
        "training.adapter_dtype": QCoreApplication.translate("Fields", "adapter dtype"),
        "training.grad_checkpointing": QCoreApplication.translate("Fields", "activation checkpointing"),
        "training.attention": QCoreApplication.translate("Fields", "attention"),
        "training.finetune": QCoreApplication.translate("Fields", "fine-tuning"),
        "training.lora_rank": QCoreApplication.translate("Fields", "LoRA rank"),
        "training.lora_targets": QCoreApplication.translate("Fields", "LoRA targets"),
        "training.compile": QCoreApplication.translate("Fields", "torch.compile"),
        "training.float8": QCoreApplication.translate("Fields", "Float8 training"),
        "training.dora": QCoreApplication.translate("Fields", "DoRA"),
        "training.lora_modules_to_save": QCoreApplication.translate("Fields", "trainable copies"),
        "training.num_virtual_tokens": QCoreApplication.translate("Fields", "virtual tokens"),
        "parallelism.gpus": QCoreApplication.translate("Fields", "GPU count"),
        "parallelism.zero": QCoreApplication.translate("Fields", "ZeRO stage"),
        "parallelism.tp": QCoreApplication.translate("Fields", "tensor parallelism"),
        "parallelism.pp": QCoreApplication.translate("Fields", "pipeline parallelism"),
        "parallelism.ep": QCoreApplication.translate("Fields", "expert parallelism"),
        "parallelism.cp": QCoreApplication.translate("Fields", "context parallelism"),
        "parallelism.pp_virtual_stages": QCoreApplication.translate("Fields", "interleaved pipeline chunks"),
        "parallelism.sequence_parallel": QCoreApplication.translate("Fields", "sequence parallelism"),
        "parallelism.offload": QCoreApplication.translate("Fields", "offload"),
        "runtime.name": QCoreApplication.translate("Fields", "runtime"),
        "runtime.gpu_memory_utilization": QCoreApplication.translate("Fields", "vLLM memory fraction"),
        "runtime.ubatch": QCoreApplication.translate("Fields", "llama.cpp micro-batch"),
        "runtime.flash_attention": QCoreApplication.translate("Fields", "llama.cpp flash attention"),
        "runtime.max_num_batched_tokens": QCoreApplication.translate("Fields", "vLLM prefill chunk"),
        "runtime.mem_fraction_static": QCoreApplication.translate("Fields", "SGLang static memory share"),
        "runtime.chunked_prefill_size": QCoreApplication.translate("Fields", "SGLang prefill chunk"),
        "runtime.dp_attention": QCoreApplication.translate("Fields", "SGLang DP attention"),
        "runtime.cuda_graph_max_bs": QCoreApplication.translate("Fields", "SGLang CUDA-graph batch"),
        "runtime.cuda_context_mib": QCoreApplication.translate("Fields", "CUDA context"),
        "runtime.n_gpu_layers": QCoreApplication.translate("Fields", "GPU layers"),
        "runtime.num_ctx": QCoreApplication.translate("Fields", "Ollama context"),
        "runtime.parallel": QCoreApplication.translate("Fields", "Ollama parallel slots"),
        "runtime.speculative": QCoreApplication.translate("Fields", "speculative decoding"),
        "runtime.speculative_tokens": QCoreApplication.translate("Fields", "draft tokens"),
        "gpu.id": QCoreApplication.translate("Fields", "GPU"),
        "gpu.custom": QCoreApplication.translate("Fields", "custom GPU"),
        "cost.price_per_gpu_hour": QCoreApplication.translate("Fields", "price per GPU-hour"),
        "cost.mfu": QCoreApplication.translate("Fields", "MFU"),
    }


def field_label(path: str, scenario: Scenario | None = None) -> str:
    """The field's name; `scenario` for names that depend on the model (a CNN trains on images, not tokens)."""
    if path == "workload.train_tokens" and scenario is not None and scenario.model.architecture.cnn is not None:
        return QCoreApplication.translate("Fields", "training images")
    labels = _labels()
    head = path
    while head not in labels and "." in head and not head.startswith("model."):  # gpu.custom.memory_gb: its field
        head = head.rpartition(".")[0]
    return labels.get(head, path)


def describe_value(value: Any) -> str:
    if value is None:  # an optional setting left to its program's own default (image size, SGLang's share, ...)
        return QCoreApplication.translate("Fields", "default")
    if isinstance(value, bool):
        return QCoreApplication.translate("Fields", "on") if value else QCoreApplication.translate("Fields", "off")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):  # 115200000.00000001 → '115,200,000'; 0.9 → '0.9'
        return fmt_fixed(value, 6)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("preset") or "…")
    return str(value)


def describe_changes(changes: dict[str, Any]) -> str:
    """'runtime → hf, weights → bf16'"""
    return ", ".join(f"{field_label(k)} → {describe_value(v)}" for k, v in changes.items())


def in_window_words(message: str) -> str:
    """An engine message as the window says it: the engine's hints name `sizing` commands, which a user of the
    window has no reason to know ("unknown gpu 'x'; see `sizing gpus` for the list")."""
    hints = {
        UnknownIdError.LISTS["gpu"]: QCoreApplication.translate("Fields", "pick one from the GPU list"),
        UnknownIdError.LISTS["model"]: QCoreApplication.translate(
            "Fields", "pick one from the model list, or import the model's config.json"
        ),
    }
    for cli, window in hints.items():
        message = message.replace(cli, window)
    return message


UNTITLED = str(Scenario.model_fields["name"].default)  # the engine's default name ("Untitled"), as a file holds it


def scenario_name(name: str) -> str:
    """A scenario's name as the window shows it: the default name in the window's language, a given one as it is."""
    return QCoreApplication.translate("Fields", "Untitled") if name == UNTITLED else name


def mode_words(mode: str) -> str:
    return {
        "inference": QCoreApplication.translate("Fields", "inference"),
        "training": QCoreApplication.translate("Fields", "training"),
    }.get(mode, mode)
