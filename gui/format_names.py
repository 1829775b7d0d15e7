"""The names of the weight formats (resources/quant/formats.json) and of the training stacks
(core/stacks.py), each English name marked for translation (context "Names"), so lupdate puts it in
resources/i18n and the window can say it in its language (gui.i18n_engine.name_text).

Written by `python -m tools.i18n.names_catalogue > gui/format_names.py` (then lupdate, translate, lrelease:
resources/i18n/README.md)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_MARKED: tuple[object, ...] = (
    QT_TRANSLATE_NOOP(
        "Names",
        "FP32",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "BF16",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "FP16",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "FP8 (E4M3, per-tensor scale)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "INT8 (bitsandbytes LLM.int8)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "NF4 (bitsandbytes, double quantization)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "NF4 (bitsandbytes, no double quantization)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "FP4 (bitsandbytes load_in_4bit default)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "INT4 (GPTQ/AWQ layout, group 128)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "GPTQ INT4 (group 128, act-order index)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "GPTQ INT8 (group 128)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "AWQ INT4 (group 128)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL2 4.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL2 5.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL2 6.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL2 8.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 2.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 3.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 4.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 5.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 6.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "EXL3 8.0 bpw",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "FP8 (E4M3, 128×128 block scales)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MXFP4 (experts only, E2M1 + E8M0 scale per 32)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "NVFP4 (E2M1 + FP8 scale per 16)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "INT4 (group 32, compressed-tensors pack-quantized)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Hugging Face Trainer / accelerate",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "DeepSpeed ZeRO",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "PyTorch FSDP2 (torchtitan)",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "torchtune",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Unsloth",
    ),
)
NAMES: tuple[str, ...] = tuple(str(n) for n in _MARKED)
