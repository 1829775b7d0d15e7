"""Scenario names as the window shortens them (gui/elide.py), and as the Compare legend says them: two names never
read alike once cut (issue 11: "Llama 3.1 70B on 4 × A100, fp8 weights, vLLM" and "…, bf16 weights, vLLM" both read
"…" in their tabs, and two copies of one name the same in the legend), and a scenario that does not fit says so after
a dash, not in a second pair of brackets beside a copy's "(copy 2)"."""

from __future__ import annotations

import pytest

from core.compare import compare
from core.scenario import Scenario
from gui.charts.compare_chart import LEGEND_CHARS, CompareChart, short_names
from gui.document import preset_ref
from gui.edits import with_changes
from gui.elide import elide_apart, least_text

ALIKE = [
    "Llama 3.1 70B on 4 × A100, fp8 weights, vLLM",
    "Llama 3.1 70B on 4 × A100, bf16 weights, vLLM",
    "Llama 3.1 70B on 4 × A100, bf16 weights, vLLM (copy)",
    "Llama 3.1 70B on 4 × A100, bf16 weights, vLLM (copy 2)",
    "通义千问 Qwen2.5 72B 指令微调 — 八卡 H100 全参数训练方案",
    "通义千问 Qwen2.5 72B 指令微调 — 四卡 H100 全参数训练方案",
]


def test_a_name_that_fits_is_whole() -> None:
    assert elide_apart(ALIKE, 0, lambda text: True) == ALIKE[0]


@pytest.mark.parametrize("chars", range(1, 60))
def test_names_cut_to_any_length_read_apart(chars: int) -> None:
    """Cut to at most `chars` characters each (where the least text that tells a name apart is longer, that least
    text): no two of the list read alike, and each keeps its own start and end around one ellipsis."""
    texts = [elide_apart(ALIKE, i, lambda text: len(text) <= chars) for i in range(len(ALIKE))]
    assert len(set(texts)) == len(texts), texts
    for name, text in zip(ALIKE, texts, strict=True):
        assert len(text) <= max(chars, len(least_text(ALIKE, ALIKE.index(name)))), (name, text)
        if text != name:
            head, tail = text.split("…")
            assert name.startswith(head) and name.endswith(tail), (name, text)


def test_the_least_text_keeps_the_part_that_differs() -> None:
    """By hand: the first two names share "Llama 3.1 70B on 4 × A100, " and " weights, vLLM"; what tells them apart
    ends 15 characters before their ends ("fp8"/"bf16"), rounded out to the whole word. A copy's name differs from
    the name it copies by its end, "(copy)": two characters of it already differ from "(copy 2)"'s ")" end."""
    assert least_text(ALIKE, 0) == "…fp8 weights, vLLM"
    assert least_text(ALIKE, 1) == "…bf16 weights, vLLM"
    assert least_text(ALIKE, 2) == "…(copy)"
    assert least_text(ALIKE, 3) == "…2)"
    # "八" against "四" differs 14 characters before the end; the kept end starts at the word it is in, "八卡"
    assert least_text(ALIKE[4:], 0) == "…八卡 H100 全参数训练方案"


def test_the_compare_legend_names_read_apart() -> None:
    """The legend cuts names at LEGEND_CHARS characters; cut at the end, two copies of one long name both read
    "Llama 3.1 70B on 4 × A100, bf16 weights…" (seen on Xvfb)."""
    names = short_names(ALIKE)
    assert len(set(names)) == len(names), names
    assert all(len(name) <= LEGEND_CHARS for name in names), names


def test_a_copy_that_does_not_fit_reads_without_two_brackets_side_by_side(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: "Untitled (copy 2) (does not fit)" in the Compare legend, two bracketed parts side by side (in
    Chinese "未命名（副本 2）（放不下）"). The state follows a dash: "Untitled (copy 2) — does not fit", and a curve
    that also lies on an earlier one says both after one dash."""
    base = Scenario(model=preset_ref("llama-3.1-8b")).model_copy(update={"name": "Untitled"})
    over = with_changes(base, {"gpu.id": "rtx-4090-24gb", "workload.context": 131072, "workload.concurrency": 8})
    scenarios = [
        base,
        over.model_copy(update={"name": "Untitled (copy 2)"}),
        with_changes(over, {"gpu.id": "l4-24gb"}).model_copy(update={"name": "Untitled (copy 3)"}),
    ]
    comparison = compare(scenarios)
    assert [r.fits for r in comparison.rows] == [True, False, False]  # the case
    chart = CompareChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 420)
    chart.set_comparison(comparison)
    labels = [row.label for row in chart.legend.entries[:3]]
    for label in labels:
        assert ") (" not in label and "）（" not in label and "）(" not in label, labels
    fit_words = {"en": "does not fit", "zh_CN": "放不下"}[language]
    dash = {"en": "—", "zh_CN": "——"}[language]  # Chinese writes a dash as two em dashes (test_gui_i18n.py)
    assert labels[1] == f"Untitled (copy 2) {dash} {fit_words}", labels
    assert labels[2].startswith(f"Untitled (copy 3) {dash} {fit_words}") and labels[2].count("—") == len(dash), labels


def test_the_compare_tables_columns_are_headed_apart(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """The Compare table heads each column with its scenario's name, cut at its end where the column is short: two
    copies of one long name both read "Llama 3.1 70B on 4 × A100, bf16 wei…" (seen on Xvfb at 1280×720). Each
    column's heading now reads unlike the others and fits its label's room whole (so the style cuts nothing more)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    from gui.panels.compare_panel import ComparePanel

    base = Scenario(model=preset_ref("llama-3.1-8b"))
    scenarios = [base.model_copy(update={"name": name}) for name in ALIKE[:4]]
    panel = ComparePanel()
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_comparison(compare(scenarios))
    qtbot.wait(20)
    header = panel.table.horizontalHeader()
    style, metrics = header.style(), header.fontMetrics()
    texts = []
    for j in range(header.count()):
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        header.initStyleOptionForIndex(option, j)
        option.rect = QRect(header.sectionViewportPosition(j), 0, header.sectionSize(j), header.height())
        # as QCommonStyle draws a header's label: its rectangle, less the icon (the swatch, 12 px) and a margin
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        room = label.width() - 12 - style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
        assert metrics.horizontalAdvance(option.text) <= room, (option.text, room)
        assert metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, room) == option.text
        texts.append(option.text)
    assert any("…" in text for text in texts), texts  # the case: columns too short for the names
    assert len(set(texts)) == len(texts), texts
