"""Component colours. Each of the engine's six categories has a hue (colour-blind-safe, after Okabe & Ito) and
each item inside a category a shade of it, so a user reads "blues are weights" at a glance and both charts
agree. The items of a category shown together take its shades in order (the category's own colour first, then a
lighter one, a darker one, then nearby hues: `SHADES`), by the order of `KNOWN_KEYS`, so a common component keeps its
colour. Every two shades, and each against the chart's background in either theme, differ by a colour difference
one sees at a glance (tests/gui/test_gui_palette.py: CIE76 ΔE ≥ 15 between shades, ≥ 33 against the background).
A fixed shade per key reached the sixth shade of a category (FSDP2's gathered parameters, almost white) and beyond
(the reduce-scatter pool a pale blue-grey beside it, the freed logits' cache dark grey on the dark theme)."""

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

# the shades a category's items take, in order: its colour, a lighter and a darker one (same hue), then a nearby hue;
# the overhead's grey, a darker grey, then tinted greys (a third grey is either too pale on the light theme or too
# dark on the dark one). Picked in CIE Lab for the differences above.
SHADES: dict[str, tuple[str, ...]] = {
    "weights": ("#3a78c9", "#7fb1ff", "#255592", "#5c8ab8"),
    "kv_cache": ("#a05cc4", "#e89fff", "#723f8d", "#a789ca"),
    "activations": ("#e69f00", "#ffc65e", "#a57931", "#cf6c00"),
    "gradients": ("#d1553f", "#ff937c", "#914a3b", "#943700"),
    "optimizer_states": ("#1f9e74", "#68dbad", "#006944", "#6c9b78"),
    "overhead": ("#8d939b", "#686b70", "#8d8767", "#518586", "#86708b"),
}

# the order in which a category's items take its shades; keys not listed come after, in the order shown
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "weights": (
        "weights",
        "autocast_weights",
        "adapter_weights",
        "master_weights",
        "dequant_buffer",
        "gathered_params",
        "mtp_weights",
    ),
    "kv_cache": ("kv_cache", "mtp_kv_cache", "recurrent_state"),
    "activations": ("activations", "logits"),
    "gradients": ("gradients", "ddp_buckets", "zero_buckets"),
    "optimizer_states": ("optimizer_states", "optimizer_temporaries"),
    "overhead": ("cuda_context", "allocator_slack", "runtime_overhead", "stream_pool", "logits_segment"),
}


def item_colors(items: Iterable[tuple[str, str]]) -> dict[str, QColor]:
    """{key: colour} for (key, category) pairs shown together."""
    by_category: dict[str, list[str]] = {}
    for key, category in items:
        by_category.setdefault(category, []).append(key)
    out: dict[str, QColor] = {}
    for category, keys in by_category.items():
        known = KNOWN_KEYS.get(category, ())
        ordered = sorted(keys, key=lambda k: known.index(k) if k in known else len(known))  # stable: shown order
        shades = SHADES.get(category, ("#888888",))
        for rank, key in enumerate(ordered):
            out[key] = QColor(shades[rank % len(shades)])
    return out


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor("#111111") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else QColor("#ffffff")
