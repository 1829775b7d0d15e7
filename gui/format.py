"""How numbers read in the window: every figure with its unit, thousands separators, no spurious precision,
and the tooltip that shows how a figure was computed (from the engine's own formula and inputs)."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QLocale

from core.result import Item
from core.units import GB, GIB, format_bytes
from gui.i18n_engine import engine_text, item_label

translate = QCoreApplication.translate


def unit_divisor(unit: str) -> float:
    return float(GB if unit == "GB" else GIB)


def fmt_bytes(n: float, unit: str) -> str:
    return format_bytes(n, unit)


def fmt_int(n: float) -> str:
    return f"{round(n):,}"


def fmt_params(n: float) -> str:
    """8,030,261,248 → '8.03 B'; 124,439,808 → '124 M'."""
    for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if n >= div:
            v = n / div
            return f"{v:,.{2 if v < 10 else 1 if v < 100 else 0}f} {suffix}"
    return f"{n:,.0f}"


def fmt_tokens_short(n: float) -> str:
    """Context lengths the way model cards write them: 32,768 → '32K', 131,072 → '128K', 1,000 → '1,000'."""
    n = round(n)
    if n >= 1 << 20 and n % (1 << 20) == 0:
        return f"{n >> 20:,}M"
    if n >= 1024 and n % 1024 == 0:
        return f"{n >> 10:,}K"
    return f"{n:,}"


def fmt_number(x: float, digits: int = 3) -> str:
    """A rate or ratio with `digits` significant figures and separators: 90.65 → '90.7', 2054.3 → '2,054'."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    return f"{x:,.{decimals}f}"


def trim_zeros(text: str, locale: QLocale | None = None) -> str:
    """A number's text without the zeros its fixed decimals padded it with: '1,000.500' → '1,000.5', '2.000' → '2',
    and a negative that rounded to nothing, '-0.000', → '0'. Text without a decimal point keeps its zeros ('1,000':
    they are the number's own). `locale`: the Qt locale that wrote the text (its decimal point, zero digit and minus
    sign: '1.234,500' in German, '١٢٣٤٫٥٠٠' in Arabic); None for Python's formatting ('.', '0', '-')."""
    if locale is None:
        point, zero, minus = ".", "0", "-"
    else:
        point, zero, minus = locale.decimalPoint(), locale.zeroDigit(), locale.negativeSign()
    if point in text:
        text = text.rstrip(zero).removesuffix(point)
    return zero if text.removeprefix(minus) == zero else text


def fmt_fixed(x: float, decimals: int) -> str:
    """At most `decimals` decimals, with separators, none padded: 115200000.00000001 → '115,200,000', 0.9 → '0.9'."""
    return trim_zeros(f"{x:,.{decimals}f}")


def fmt_amount(x: float, digits: int = 4) -> str:
    """An amount read beside the box it was typed in: `digits` significant figures, trailing zeros dropped as the
    compact spin boxes drop them (gui/widgets/number_spin.py): 2 → '2', 1979 → '1,979', 0.24534 → '0.2453'."""
    return trim_zeros(fmt_number(x, digits))


def fmt_duration(seconds: float) -> str:
    if seconds < 1:
        return translate("Format", "{0} ms").format(fmt_number(seconds * 1e3))
    if seconds < 120:
        return translate("Format", "{0} s").format(fmt_number(seconds))
    if seconds < 7200:
        return translate("Format", "{0} min").format(fmt_number(seconds / 60))
    if seconds < 3 * 86400:
        return translate("Format", "{0} h").format(fmt_number(seconds / 3600))
    return translate("Format", "{0} days").format(fmt_number(seconds / 86400))


def fmt_money(usd: float) -> str:
    return f"${usd:,.2f}" if usd < 100 else f"${usd:,.0f}"


def _input_value(v: float | int | str) -> str:
    if isinstance(v, bool | str):
        return str(v)
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    return fmt_number(float(v), 4)


def pair(name: str, value: str) -> str:
    """ "name: value", punctuated the window language's way (Chinese writes a full-width colon, with no space)."""
    return translate("Format", "{0}: {1}").format(name, value)


def inputs_html(inputs: dict[str, float | int | str]) -> str:
    if not inputs:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(k)}</td><td>&nbsp;=&nbsp;{html.escape(_input_value(v))}</td></tr>"
        for k, v in inputs.items()
    )
    title = html.escape(translate("Format", "Inputs"))
    return f"<br><i>{title}</i><table>{rows}</table>"


def formula_tooltip(
    title: str,
    value: str,
    formula: str,
    explanation: str = "",
    inputs: dict[str, float | int | str] | None = None,
    source: str = "",
) -> str:
    """Rich-text tooltip: what the figure is, its formula in symbols, in words, its inputs and source."""
    out = pair(f"<b>{html.escape(title)}</b>", html.escape(value))
    if formula:
        out += f"<br><code>{html.escape(formula)}</code>"
    if explanation:
        out += "<br>" + html.escape(explanation.strip()).replace("\n", "<br>")
    out += inputs_html(inputs or {})
    if source:
        label = html.escape(translate("Format", "Source"))
        out += "<br><small>" + pair(label, html.escape(source)) + "</small>"
    return f"<qt>{out}</qt>"


def item_tooltip(item: Item, unit: str) -> str:
    value = translate("Format", "{0} ({1} bytes)").format(fmt_bytes(item.bytes, unit), fmt_int(item.bytes))
    explanation = engine_text(item.explanation, unit)
    return formula_tooltip(item_label(item), value, item.formula, explanation, item.inputs, item.source)
