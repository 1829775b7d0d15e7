"""The comparison chart's y axis holds every curve whole: a scenario far over its GPU put its curve above the top of
the plot (issue 11, second pass). Beyond 3.5 × the lowest usable memory the axis is logarithmic, as the context
chart's is."""

from __future__ import annotations

import math
from pathlib import Path

from core import project
from core.compare import compare
from gui.charts.compare_chart import CompareChart

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
    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(820, 240)
    chart.unit = "GiB"
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_comparison(compare(scenarios))
    qtbot.wait(50)
    rects = [label.sceneBoundingRect() for _, label in chart.usable_lines if label.isVisible()]
    assert len(rects) == 3
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)
