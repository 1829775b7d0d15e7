"""gui/charts/colors.py: every two components the breakdown can show together, and each against the chart's
background in either theme, differ by a colour difference one sees at a glance.

The figure is the CIE 1976 colour difference ΔE*ab: the Euclidean distance in CIE L*a*b* (sRGB, D65 white), written
out below from the published definitions (IEC 61966-2-1 for sRGB's transfer curve and matrix; CIE 15 for L*a*b*).
A ΔE of 2.3 is about the smallest difference one notices side by side (Sharma, Digital Color Imaging Handbook);
15 is taken here for "another segment at a glance". Against the background: more than the 31.9 the freed logits'
cache (#62666c) had on the dark theme's chart (#1c1e21), which a real-display review found faint; and the pale
"Gathered parameters" (#bcd9ff) beside "Cached in the reduce-scatter stream's pool" (#dce5f2, ΔE 15.1) on the light
theme (issue 11, real-display review of FSDP2 + TP)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QPalette

from core.estimate import estimate
from core.scenario import Scenario
from gui.charts.colors import SHADES, item_colors
from gui.document import preset_ref
from gui.edits import with_changes
from gui.theme import _DARK, _LIGHT
from tests.gui.test_gui_engine_text import SCENARIOS

BETWEEN = 15.0
AGAINST_BACKGROUND = 33.0


def lab(colour: QColor) -> tuple[float, float, float]:
    """sRGB → linear (IEC 61966-2-1) → XYZ (D65) → CIE L*a*b*."""
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        for c in (colour.redF(), colour.greenF(), colour.blueF())
    ]
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(one: QColor, other: QColor) -> float:
    return float(sum((p - q) ** 2 for p, q in zip(lab(one), lab(other), strict=True)) ** 0.5)


def test_the_formula_against_published_values() -> None:
    # CIE L*a*b* of sRGB primaries, D65 (Bruce Lindbloom's calculator; any colour-science text): white L* 100,
    # pure red (53.24, 80.09, 67.20), pure blue (32.30, 79.19, -107.86)
    assert lab(QColor("#ffffff")) == pytest.approx((100.0, 0.0, 0.0), abs=0.05)
    assert lab(QColor("#ff0000")) == pytest.approx((53.24, 80.09, 67.20), abs=0.1)
    assert lab(QColor("#0000ff")) == pytest.approx((32.30, 79.19, -107.86), abs=0.1)


BACKGROUNDS = {  # the charts' background: the palette's Base (gui/theme.py ChartStyle)
    "light": QColor(_LIGHT[QPalette.ColorRole.Base]),
    "dark": QColor(_DARK[QPalette.ColorRole.Base]),
}


def test_every_two_shades_differ_and_stand_off_both_backgrounds() -> None:
    """Any two shades may meet in one bar (two categories, or two items of one): all pairs are held."""
    shades = [(f"{c}[{i}]", QColor(s)) for c, row in SHADES.items() for i, s in enumerate(row)]
    close = [
        (a, b, round(delta_e(x, y), 1))
        for (a, x), (b, y) in itertools.combinations(shades, 2)
        if delta_e(x, y) < BETWEEN
    ]
    assert not close, close
    faint = [
        (name, theme, round(delta_e(colour, bg), 1))
        for name, colour in shades
        for theme, bg in BACKGROUNDS.items()
        if delta_e(colour, bg) < AGAINST_BACKGROUND
    ]
    assert not faint, faint


FSDP2_TP = with_changes(
    Scenario(model=preset_ref("llama-3.1-70b")),
    {
        "workload.mode": "training",
        "training.stack": "fsdp2",
        "parallelism.gpus": 16,
        "parallelism.tp": 8,
        "workload.context": 8192,
    },
)


@pytest.mark.parametrize("name", [*SCENARIOS, "fsdp2-tp"])
def test_the_components_shown_together_are_told_apart(name: str) -> None:
    """The breakdown of each representative scenario (the engine-text walk's, and the review's FSDP2 + TP 16 × H100):
    its components' colours, as the chart gives them, two by two and against each background."""
    s = FSDP2_TP if name == "fsdp2-tp" else SCENARIOS[name]
    items = [(i.key, i.category) for i in estimate(s).memory.items if i.bytes > 0]
    colours = item_colors(items)
    for (a, _), (b, _) in itertools.combinations(items, 2):
        assert delta_e(colours[a], colours[b]) >= BETWEEN, (a, b, colours[a].name(), colours[b].name())
    for key, _category in items:
        for theme, bg in BACKGROUNDS.items():
            assert delta_e(colours[key], bg) >= AGAINST_BACKGROUND, (key, theme, colours[key].name())
