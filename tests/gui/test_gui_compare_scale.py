"""The comparison chart's y axis holds every curve whole: a scenario far over its GPU put its curve above the top of
the plot (issue 11, second pass). Beyond 3.5 × the lowest usable memory the axis is logarithmic, as the context
chart's is."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from core import project
from core.compare import compare
from core.scenario import Scenario
from gui.charts.base import Dashes
from gui.charts.compare_chart import CompareChart, series_colour
from gui.document import preset_ref
from gui.edits import with_changes
from tests.gui.helpers import shown_compare_chart

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "llama-3.1-8b-serving-compare.sizing"


def test_a_scenario_far_over_its_gpu_stays_inside_the_plot(qtbot) -> None:  # type: ignore[no-untyped-def]
    scenarios, _ = project.read(EXAMPLE)
    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.unit = "GiB"
    chart.set_comparison(compare(scenarios))
    low, high = chart.plot.vb.viewRange()[1]
    # By hand, the "H100 · bf16 · vLLM, 16 users" scenario at the model's maximum context, 131,072 tokens: the KV
    # cache alone is 2 (K and V) × 32 layers × 8 KV heads × 128 dims × 2 bytes (fp16) = 128 KiB a token, × 131,072
    # tokens × 16 sequences = 256 GiB; with the bf16 weights (8.03 B × 2 bytes = 15.0 GiB) at least 271 GiB, more
    # than 11 × the RTX 4090's 24.0 GiB usable.
    assert chart.log_y
    assert 10**high >= 271
    # the lowest usable line (24.0 GiB) is at least a quarter of the way up, not pressed against the x axis
    values = sorted(line.value() for line, _ in chart.usable_lines if line.isVisible())
    assert (values[0] - low) / (high - low) >= 0.25
    assert values[0] == math.log10(24.0) or abs(10 ** values[0] - 24.0) < 0.1
    # and every drawn point of every curve is inside the range
    for line in chart.lines[: len(scenarios)]:
        _, y = line.getData()
        assert low <= y.min() and y.max() <= high


def test_usable_labels_do_not_cover_each_other_on_a_log_axis(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Three GPUs (24.0, 45.0 and 71.7 GiB usable) on a log axis: 24.0 and 71.7 are under half a decade apart, and
    the highest label hung below its line onto the lowest one's (seen at 1280×720)."""
    scenarios, _ = project.read(EXAMPLE)
    chart = shown_compare_chart(qtbot, scenarios, (820, 240))
    rects = [label.sceneBoundingRect() for _, label in chart.usable_lines if label.isVisible()]
    assert len(rects) == 3
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)


def crossings(chart: CompareChart) -> list[str]:
    """Usable-line labels lying across a curve: a point of a drawn curve (its segments sampled every pixel or so,
    in scene pixels) inside a label's box, shrunk by a pixel."""
    vb = chart.plot.vb
    out = []
    for _line, label in chart.usable_lines:
        if not label.isVisible():
            continue
        box = label.sceneBoundingRect().adjusted(1, 1, -1, -1)
        for i, curve in enumerate(chart.lines[: len(chart.names)]):
            xs, ys = curve.getData()
            for (xa, ya), (xb, yb) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True), strict=False):
                for t in np.linspace(0.0, 1.0, 12):
                    if box.contains(vb.mapViewToScene(QPointF(xa + t * (xb - xa), ya + t * (yb - ya)))):
                        out.append(f"{label.toPlainText()!r} over {chart.names[i]!r}")
                        break
                else:
                    continue
                break
    return out


@pytest.mark.parametrize("size", [(820, 300), (1200, 400), (1600, 520)])
def test_a_usable_label_never_lies_across_a_curve(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (Compare, 1920×1080 and 1280×720, English and Chinese): OLMo 3.1 32B on an H100 and on an RTX
    4090 (bf16), and on the 4090 in fp8. The H100's label "usable 79.6 GiB: NVIDIA H100 SXM5 80GB" hung at the plot's
    right end under its line, where the bf16 curve rises to meet that line: its box hid the curve there. At three
    sizes, no curve passes under a usable label."""
    base = Scenario(model=preset_ref("olmo-3.1-32b-instruct"))
    scenarios = [
        base.model_copy(update={"name": "H100"}),
        with_changes(base, {"gpu.id": "rtx-4090-24gb"}).model_copy(update={"name": "4090"}),
        with_changes(base, {"gpu.id": "rtx-4090-24gb", "precision.weights": "fp8"}).model_copy(
            update={"name": "4090 fp8"}
        ),
    ]
    chart = shown_compare_chart(qtbot, scenarios, size)
    assert sum(label.isVisible() for _, label in chart.usable_lines) == 2
    assert not crossings(chart), crossings(chart)
    # and each label still sits on its own line: its box's top or bottom edge within a few pixels of it
    for line, label in chart.usable_lines:
        if label.isVisible():
            y = chart.plot.vb.mapViewToScene(QPointF(0, line.value())).y()
            box = label.sceneBoundingRect()
            assert min(abs(box.top() - y), abs(box.bottom() - y)) <= 4, (label.toPlainText(), box, y)


def test_coincident_curves_both_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (Compare): OLMo 3.1 32B in bf16 on an H100 and on an A100 (both 80 GB) needs the same memory at
    every context, so the second curve, drawn in one solid line over the first, hid it. The later curve is dashed
    (the earlier one shows in its gaps, the legend's sample dashed too) and its legend entry names the curve it
    lies on."""
    base = Scenario(model=preset_ref("olmo-3.1-32b-instruct"))
    scenarios = [
        base.model_copy(update={"name": "H100"}),
        with_changes(base, {"gpu.id": "a100-sxm4-80gb"}).model_copy(update={"name": "A100"}),
        with_changes(base, {"precision.weights": "fp8"}).model_copy(update={"name": "H100 fp8"}),
    ]
    comparison = compare(scenarios)
    a, b, c = comparison.curves
    assert list(a.x) == list(b.x) and list(a.total_bytes) == list(b.total_bytes)  # the case: the same curve
    assert list(a.total_bytes) != list(c.total_bytes)
    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 400)
    chart.unit = "GiB"
    chart.set_comparison(comparison)
    styles = [line.opts["pen"].style() for line in chart.lines[:3]]
    assert styles[0] == styles[2] == Qt.PenStyle.SolidLine and styles[1] == Qt.PenStyle.CustomDashLine, styles
    rows = chart.legend.entries[:3]
    assert [isinstance(row.dashed, Dashes) for row in rows] == [False, True, False]
    assert "H100" in rows[1].label.replace("A100", "") and rows[0].label == "H100" and rows[2].label == "H100 fp8"


def test_three_coincident_curves_each_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: OLMo 3.1 32B in bf16 on three GPUs of 80 GB (an H100 SXM, an A100 SXM4 and an A100 PCIe: 79.6 GiB
    usable each) needs the same memory at every context on each: three curves on one path. Every later one was dashed
    alike ([3, 3] from the path's start), so the third covered the second wholly and only two colours showed. Along
    the path, in the rendered chart, each of the three scenarios' colours now holds a share of the pixels; each
    later curve has its own dash pattern, and its legend sample is drawn with that pattern."""
    base = Scenario(model=preset_ref("olmo-3.1-32b-instruct"))
    scenarios = [
        base.model_copy(update={"name": "H100"}),
        with_changes(base, {"gpu.id": "a100-sxm4-80gb"}).model_copy(update={"name": "A100 SXM4"}),
        with_changes(base, {"gpu.id": "a100-pcie-80gb"}).model_copy(update={"name": "A100 PCIe"}),
    ]
    comparison = compare(scenarios)
    a, b, c = comparison.curves
    assert list(a.total_bytes) == list(b.total_bytes) == list(c.total_bytes)  # the case: one path
    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 420)
    chart.unit = "GiB"
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_comparison(comparison)
    qtbot.wait(50)
    image = chart.grab().toImage()
    colours = [series_colour(i, dark=False) for i in range(3)]
    vb = chart.plot.vb
    xs, ys = chart.lines[0].getData()
    counts = [0, 0, 0]
    for x in np.linspace(float(xs[0]), float(xs[-1]), 600):
        scene = vb.mapViewToScene(QPointF(float(x), float(np.interp(x, xs, ys))))
        at = chart.mapFromScene(scene)
        pixel = image.pixelColor(at.x(), at.y())
        distances = [
            abs(pixel.red() - q.red()) + abs(pixel.green() - q.green()) + abs(pixel.blue() - q.blue()) for q in colours
        ]
        nearest = int(np.argmin(distances))
        counts[nearest] += distances[nearest] < 90
    # the stretches of a period: 2 (the first), 3 and 1 pen widths: a sixth of the path is the least share
    assert all(n >= 0.08 * sum(counts) for n in counts), counts
    pens = [line.opts["pen"] for line in chart.lines[:3]]
    patterns = [(tuple(p.dashPattern()), p.dashOffset()) for p in pens[1:]]
    assert patterns[0] != patterns[1], patterns
    rows = chart.legend.entries[:3]
    assert rows[0].dashed is False
    for pen, row in zip(pens[1:], rows[1:], strict=True):
        assert isinstance(row.dashed, Dashes)
        assert (list(row.dashed.pattern), row.dashed.offset) == (pen.dashPattern(), pen.dashOffset())
        assert row.dashed.width == pen.widthF()


def test_the_usable_lines_are_drawn_equally_thick(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (Compare, three GPUs): the RTX 4090's usable line was 1 px thick and the H100's 2 px. The screen
    draws without anti-aliasing, and a 1.6 px pen rounds to 1 or 2 px by where the line falls. Measured on the
    widget's own rendering: for each dashed line, the rows around it that hold its colour (a red, well apart from the
    white background and the 226 grey grid), in each column the dashes cross: the count most columns show (a label's
    red text over the line adds a few columns of more)."""
    from PySide6.QtGui import QColor, QImage

    scenarios, _ = project.read(EXAMPLE)
    thickness: set[int] = set()
    for size in [(820, 240), (900, 420), (1240, 500)]:
        chart = shown_compare_chart(qtbot, scenarios, size)
        image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        red = QColor(chart.style_.limit)
        rgb = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
        pixels = rgb.reshape(image.height(), -1)[:, : image.width() * 4].reshape(image.height(), -1, 4)[..., 2::-1]
        near = np.abs(pixels.astype(int) - [red.red(), red.green(), red.blue()]).sum(axis=2) < 60
        vb = chart.plot.vb
        left = int(chart.mapFromScene(vb.sceneBoundingRect().topLeft()).x())
        right = int(chart.mapFromScene(vb.sceneBoundingRect().topRight()).x())
        for line, _label in chart.usable_lines:
            if not line.isVisible():
                continue
            y = int(chart.mapFromScene(vb.mapViewToScene(QPointF(0.0, line.value()))).y())
            band = near[y - 4 : y + 5, left:right]
            counts = band.sum(axis=0)
            values, freq = np.unique(counts[counts > 0], return_counts=True)
            thickness.add(int(values[np.argmax(freq)]))
    assert len(thickness) == 1, thickness
