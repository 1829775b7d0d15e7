"""Component colours. Each of the engine's six categories has a hue (colour-blind-safe, after Okabe & Ito) and
each item inside a category a shade of it, so a user reads "blues are weights" at a glance and both charts
agree. Known item keys get a fixed shade, so a component keeps its colour when others appear or disappear."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

CATEGORY_COLORS: dict[str, str] = {
    "weights": "#3a78c9",
    "kv_cache": "#a05cc4",
    "activations": "#e69f00",
    "gradients": "#d1553f",
    "optimizer_states": "#1f9e74",
    "overhead": "#8d939b",
}

# shade order inside each category; keys not listed take the next free shade
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "weights": (
        "weights",
        "autocast_weights",
        "adapter_weights",
        "master_weights",
        "dequant_buffer",
        "gathered_params",
    ),
    "kv_cache": ("kv_cache",),
    "activations": ("activations", "logits"),
    "gradients": ("gradients", "ddp_buckets", "zero_buckets"),
    "optimizer_states": ("optimizer_states", "optimizer_temporaries"),
    "overhead": ("cuda_context", "allocator_slack", "runtime_overhead"),
}


def shade(base: QColor, index: int) -> QColor:
    """0: the hue itself; then alternately lighter and darker, further each time."""
    if index == 0:
        return QColor(base)
    step = (index + 1) // 2
    return base.lighter(100 + 28 * step) if index % 2 else base.darker(100 + 22 * step)


def item_colors(items: Iterable[tuple[str, str]]) -> dict[str, QColor]:
    """{key: colour} for (key, category) pairs."""
    out: dict[str, QColor] = {}
    extra: dict[str, int] = {}
    for key, category in items:
        base = QColor(CATEGORY_COLORS.get(category, "#888888"))
        known = KNOWN_KEYS.get(category, ())
        if key in known:
            index = known.index(key)
        else:
            index = len(known) + extra.get(category, 0)
            extra[category] = extra.get(category, 0) + 1
        out[key] = shade(base, index)
    return out


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor("#111111") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else QColor("#ffffff")
