"""The descriptive words that end the model presets' and GPUs' catalogue names, in parentheses
("DeepSeek-V4-Flash (MoE, compressed attention)"), marked for translation (context "Names"), so
lupdate puts them in resources/i18n and the window says them in its language, the product's name
kept (gui.i18n_engine.catalogue_name).

Written by `python -m tools.i18n.names_catalogue descriptors > gui/name_descriptors.py` (then
lupdate, translate, lrelease: resources/i18n/README.md)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_MARKED: tuple[object, ...] = (
    QT_TRANSLATE_NOOP(
        "Names",
        "1B, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "2.5B, SigLIP-style vision, attention-pooling connector",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "2503, Pixtral vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "2507, Whisper-style audio encoder",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "2512, Pixtral vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "910B1-B4 family",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "HGX, per GPU",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "HGX/DGX, per GPU",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "ImageNet-21k, no classifier",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "InternViT-300M, Qwen3 text",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Mamba-2 hybrid",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Mamba-2 hybrid MoE",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Mamba-2 hybrid, latent MoE",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE beside dense MLP, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, MLA, MoonViT vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, MLA, sparse attention",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, MXFP4 experts",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, compressed attention",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, sliding + full attention",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, sliding + full attention, FP8",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "MoE, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "NVFP4, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "Pixtral vision, Qwen3 text",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "SigLIP vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "attention ∥ Mamba-2",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "batch norm",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "conv hybrid",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "conv hybrid, SigLIP2 vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "gated attention, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "hybrid MoE",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "hybrid MoE, text",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "hybrid MoE, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "hybrid, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "instruct",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "per Blackwell GPU in NVL72",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "per GPU",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "per GPU; 4 GPUs per board",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "per chip",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "sliding + full attention",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "sliding + full attention, vision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "torchvision",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "uncased",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "up to 128GB",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "up to 192GB",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "up to 512GB",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "up to 64GB",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "up to 96GB",
    ),
    QT_TRANSLATE_NOOP(
        "Names",
        "vision, audio",
    ),
)
NAMES: tuple[str, ...] = tuple(str(n) for n in _MARKED)
