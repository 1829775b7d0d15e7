"""Trailing zeros: one rule (gui.format.trim_zeros) for the amounts beside a box, the values an undo step names,
the memory axis' round sizes, the weight formats' bits and the compact spin boxes. Every expected string is written
out by hand: what a person reading the figure should see."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QLocale

from gui.charts.axes import log_memory_ticks
from gui.fields import describe_value
from gui.format import fmt_amount, fmt_fixed, trim_zeros
from gui.widgets.number_spin import CompactDoubleSpinBox


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (2.0, "2"),
        (1979.0, "1,979"),
        (0.24534, "0.2453"),
        (-2.5, "-2.5"),
        (0.0, "0"),
        (-0.0, "0"),  # was "-0"
        (1e-5, "0.00001"),
        (1e21, "1,000,000,000,000,000,000,000"),
        (math.nan, "nan"),
        (math.inf, "inf"),
    ],
)
def test_an_amount_reads_without_padding(x: float, text: str) -> None:
    assert fmt_amount(x) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (115200000.00000001, "115,200,000"),
        (0.9, "0.9"),
        (3e-4, "0.0003"),
        (-2.5, "-2.5"),
        (0.0, "0"),
        (-1e-7, "0"),  # rounds to nothing at 6 decimals: was "-0"
        (1e-5, "0.00001"),
        (1e21, "1,000,000,000,000,000,000,000"),
        (math.nan, "nan"),
    ],
)
def test_an_undo_step_names_a_value_without_padding(value: float, text: str) -> None:
    assert describe_value(value) == text


def test_the_weight_formats_bits() -> None:
    assert [fmt_fixed(b, 2) for b in (16.0, 4.5, 4.25, 8.5, 2.5625)] == ["16", "4.5", "4.25", "8.5", "2.56"]


def test_the_memory_axis_labels_round_sizes() -> None:
    [labels] = log_memory_ticks(0.1, 1000)
    assert [text for _pos, text in labels] == [
        *("0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100", "200", "500", "1,000"),
    ]


@pytest.mark.parametrize(
    ("locale", "text", "trimmed"),
    [
        ("C", "1,000", "1,000"),  # no decimal point: the zeros are the number's
        ("C", "1,000.500", "1,000.5"),
        ("C", "-0.000", "0"),
        ("C", "nan", "nan"),
        ("zh_CN", "1,234.500", "1,234.5"),
        ("zh_CN", "2.000", "2"),
        ("de_DE", "1.234,500", "1.234,5"),
        ("de_DE", "1.000", "1.000"),  # German one thousand, no decimals
        ("de_DE", "2,000", "2"),
        ("sv_SE", "\N{MINUS SIGN}2,500", "\N{MINUS SIGN}2,5"),
        # Arabic-Indic digits: ١٢٣٤٫٥٠٠ = 1234.500 (the copy in the spin box stripped only "0" and left it padded)
        ("ar_EG", "١٢٣٤٫٥٠٠", "١٢٣٤٫٥"),
        ("ar_EG", "٢٫٠٠٠", "٢"),
    ],
)
def test_trim_zeros_in_a_locales_digits(locale: str, text: str, trimmed: str) -> None:
    assert trim_zeros(text, QLocale(locale)) == trimmed


@pytest.mark.parametrize(
    ("locale", "texts"),
    [
        ("en_US", ["1,234.5", "0", "-2.5", "1,000"]),
        ("zh_CN", ["1,234.5", "0", "-2.5", "1,000"]),
        ("de_DE", ["1.234,5", "0", "-2,5", "1.000"]),
        ("ar_EG", ["١٬٢٣٤٫٥", "٠", "\N{ARABIC LETTER MARK}-٢٫٥", "١٬٠٠٠"]),
    ],
)
def test_the_compact_spin_box_in_each_locale(qtbot, locale: str, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    box = CompactDoubleSpinBox()
    qtbot.addWidget(box)
    box.setLocale(QLocale(locale))
    box.setRange(-1e6, 1e6)
    box.setDecimals(3)
    box.setGroupSeparatorShown(True)
    assert [box.textFromValue(v) for v in (1234.5, -0.0, -2.5, 1000.0)] == texts


def test_a_formula_tooltip_punctuates_in_the_window_language(chinese) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb in Chinese: a formula tooltip's source line said "来源: bfloat16" and its heading "权重: 15.0 GiB",
    a half-width colon and a space among lines that write "：" (full width, no space), as the rest of the window
    does."""
    from gui.format import formula_tooltip

    tip = formula_tooltip("权重", "15.0 GiB", "N × b", "每个参数的字节数", {"N": 8030261248}, "bfloat16")
    assert "<b>权重</b>：15.0 GiB" in tip, tip
    assert "来源：bfloat16" in tip, tip
    assert ": " not in tip, tip
