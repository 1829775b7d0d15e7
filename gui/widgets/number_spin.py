"""A spin box for amounts typed with as many decimals as they need: "1,000" and "115.2", not "1,000.000" and
"115.200" (QDoubleSpinBox pads every value to its fixed number of decimals)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from gui.format import trim_zeros


class CompactDoubleSpinBox(QDoubleSpinBox):
    def textFromValue(self, value: float) -> str:
        # the locale's digits, group and decimal separators
        return trim_zeros(super().textFromValue(value), self.locale())
