"""The engine's words in the window's language. `core` speaks English (the CLI's output is English and stays so)
and gives its user-visible results stable ids: memory items' `key`, phases, parameter components, fit-explorer
suggestion kinds and format badges. The GUI translates by id here; text the engine composes from figures (an
explanation, a suggestion's detail) keeps its English detail behind a translated lead-in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.fit import Suggestion


def tr(text: str) -> str:
    return QCoreApplication.translate("Engine", text)


def suggestion_title(s: Suggestion) -> str:
    return s.title


def badge_text(badge: str) -> str:
    """LM Studio's per-quantization badge (core.fit.Badge)."""
    words = {
        "fits": QCoreApplication.translate("Engine", "fits fully"),
        "partial": QCoreApplication.translate("Engine", "fits partially (offload)"),
        "too_large": QCoreApplication.translate("Engine", "too large"),
    }
    return words.get(badge, badge)


def speed_unit(images: bool) -> str:
    return (
        QCoreApplication.translate("Engine", "images/s") if images else QCoreApplication.translate("Engine", "tokens/s")
    )


def layout_text(description: str) -> str:
    return description
