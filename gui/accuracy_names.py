"""The references of Help ▸ User guide ▸ Accuracy (resources/data/accuracy.json), each English name marked
for translation (context "Accuracy"), so lupdate puts it in resources/i18n and the guide can say it in the
window's language.

Written by `python -m tools.i18n.accuracy_catalogue > gui/accuracy_names.py` (then lupdate, translate,
lrelease: resources/i18n/README.md)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_MARKED: tuple[object, ...] = (
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations (training, MemTracker)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations, per term (training)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations, per term (FSDP2 on a fake process group)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations (FSDP2 on a fake process group, rank 0 of 4 / 8, MemTracker; `--stack fsdp2`)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations per term, tensor parallel on a fake process group (weights, gradients, states)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations, tensor parallel on a fake process group (rank 0 of 2, no SP; `--tp 2`)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations, torchtitan's TP plan (SP + loss parallel) in FSDP2 on a fake process group (rank 0; "
        "`--stack fsdp2 --tp N`)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations (inference, MemTracker)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations, per term (inference)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations per term, Gemma 3n's towers (timm's MobileNetV5, the USM conformer: the prefill's "
        "peak and what full fine-tuning keeps, per image and per second of audio; the whole model's prefill peak "
        "with both)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations per term, Voxtral's audio tower (Whisper's encoder over 30-second chunks and the "
        "projector: the prefill's peak and what full fine-tuning keeps, per chunk; the whole model's prefill and "
        "bf16 training peak with audio)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "PyTorch allocations per term, frozen towers under LoRA with gradient checkpointing (transformers' "
        "enable_input_require_grads hooks them: Pixtral in Mistral Small 3.1, Voxtral's Whisper encoder; what the "
        "tower keeps for backward, and a whole LoRA step's peak with media less the same without)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "Qwen2.5 speed benchmark (HF generate, A100)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "transformers LLM optimization guide (octocoder)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "llama.cpp buffer sizes (logs)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "vLLM memory profiler",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "torchtune (A100, active bytes peak)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "torchtitan (FSDP2, H200, reserved peak)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "Unsloth longest context per GPU size (QLoRA, whole GPU)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "Liger fused linear cross-entropy (A100, allocated; per term)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "Megatron-Core functional tests (H100/A100, allocated peak − steady state)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "DeepSpeed ZeRO (DeepSpeed-Chat logs, torch.cuda allocated)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "DeepSpeed ZeRO-3 + CPU offload (hpcaitech OPT-Benchmark, A100, torch.cuda max allocated)",
    ),
    QT_TRANSLATE_NOOP(
        "Accuracy",
        "ZeRO-3 + CPU offload, GPU-resident state after initialisation (DeepSpeed's see_memory_usage)",
    ),
)
NAMES: tuple[str, ...] = tuple(str(n) for n in _MARKED)
