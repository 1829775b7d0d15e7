"""What the workload's image and audio tokens are called in the window: by the kinds it holds (core.tower_flops.
media_kind) — a Voxtral workload has audio tokens, a VLM's image tokens — never "image/audio" for one of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.scenario import Scenario
from core.tower_flops import media_kind


def media_words(scenario: Scenario) -> str:
    """'image tokens', 'audio tokens' or 'image and audio tokens' for `scenario`'s workload, translated."""
    kind = media_kind(scenario)
    if kind == "image and audio":
        return QCoreApplication.translate("Media", "image and audio tokens")
    if kind == "audio":
        return QCoreApplication.translate("Media", "audio tokens")
    return QCoreApplication.translate("Media", "image tokens")
