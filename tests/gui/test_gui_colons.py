"""Chinese writes "name：value" (a full-width colon, no space), as the window does everywhere through translations;
a few texts were joined in code with ": " and read "来源: bfloat16" among "权重（BF16）：15.0 GiB" (seen on Xvfb at the
review). Each joins through gui.format.pair (the translation "{0}: {1}" → "{0}：{1}")."""

from __future__ import annotations

from pathlib import Path

from core import data_units, project
from core.fit.answers import Suggestion
from core.scenario import Scenario
from gui.dialogs.data_fields import ratio_tooltip
from gui.i18n_engine import suggestion_title
from tests.gui.helpers import shown_compare_chart

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "llama-3.1-8b-serving-compare.sizing"


def test_a_suggestion_read_back_without_its_id_is_led_by_its_kind_the_chinese_way(chinese) -> None:  # type: ignore[no-untyped-def]
    s = Suggestion(
        kind="offload",
        changes=("offload",),
        title="Offload optimizer states to CPU",
        cost="slower steps",
        edits=(),
        total_bytes=1,
        usable_bytes=2,
        headroom_bytes=1,
    )
    assert suggestion_title(s) == "卸载到 CPU：Offload optimizer states to CPU"


def test_a_text_ratio_tooltip_is_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    """It said "Llama 3: 4.2 chars/token" in the Chinese window."""
    r = data_units.ratios().ratio(data_units.DEFAULT_RATIO)
    first = ratio_tooltip(r).splitlines()[0]
    assert first == f"{r.tokenizer}：每个 token {r.chars_per_token:.3g} 个字符", first


def test_the_compare_charts_point_tooltip_writes_chinese_colons(qtbot, chinese) -> None:  # type: ignore[no-untyped-def]
    scenarios, _ = project.read(EXAMPLE)
    chart = shown_compare_chart(qtbot, scenarios, (900, 420))
    middle = chart.plot.sceneBoundingRect().center()
    tip = chart.hover_text(middle)
    lines = tip.split("<br>")[1:]
    assert len(lines) == len(scenarios), tip
    assert all("：" in line and ": " not in line for line in lines), tip


def test_the_breakdowns_legend_writes_chinese_colons(chinese) -> None:  # type: ignore[no-untyped-def]
    """The breakdown's legend said "临时激活值: 1.28 GiB" beside "权重（NF4，…）" (seen on Xvfb, NF4 on an RTX 4090)."""
    from gui.charts.render import build_chart
    from gui.document import preset_ref
    from gui.edits import with_changes
    from gui.presenter import compute_view

    s = with_changes(
        Scenario(model=preset_ref("llama-3.1-8b")), {"gpu.id": "rtx-4090-24gb", "precision.weights": "nf4"}
    )
    chart = build_chart("breakdown", compute_view(s), "GiB", 1000, 420)
    try:
        texts = [row.label for row in chart.legend.entries]
        assert len(texts) >= 5, texts
        assert all("：" in text and ": " not in text for text in texts), texts
    finally:
        chart.deleteLater()
