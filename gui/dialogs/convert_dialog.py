"""Tools ▸ Tokens ↔ text size: an amount of data in one unit in another, through tokens (core.data_units.convert),
with the ratio's tokenizer, language and source."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import data_units
from gui.dialogs.data_fields import DataFields, UnitCombo, unit_words
from gui.dialogs.tool_dialog import ResultRows, ToolDialog
from gui.format import fmt_number, formula_tooltip
from gui.i18n_engine import engine_text


class ConvertDialog(ToolDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tokens ↔ text size"), None, parent)
        self.data = DataFields(self.inputs, self, amount="10")
        self.data.unit.set_unit("gb")
        self.to_unit = UnitCombo(data_units.DATA_UNITS, self)
        self.to_unit.set_unit("tokens")
        self.inputs.insertRow(2, self.tr("Convert to"), self.to_unit)
        self.results = ResultRows(self.tr("Result"), self)
        self.results.add("result", self.tr("Amount"))
        self.results.add("tokens", self.tr("Tokens"))
        self.results.add("source", self.tr("Source"))
        self.data.changed.connect(self.recompute)
        self.to_unit.currentIndexChanged.connect(self.recompute)
        self.set_notes(
            [
                self.tr(
                    "Ratios are averages over a published sample: a real corpus differs (code, markup and numbers "
                    "take more tokens per character), so a conversion is an estimate to within about ±20 %."
                )
            ]
        )
        self.finish_layout(self.results)
        self.resize(560, self.sizeHint().height())

    def compute(self) -> None:
        src, dst = self.data.unit.unit(), self.to_unit.unit()
        self.data.show_rows(src, dst)
        there, back = data_units.convert(
            self.data.parsed_amount(), src, dst, self.data.ratio.ratio_id(), **self.data.keywords()
        )
        value = f"{fmt_number(back.amount, 4)} {unit_words(dst)}"
        steps = [c for c in (there, back) if c.unit != "tokens"]
        found = [engine_text(c.source) for c in steps if c.source != "—"]
        # GB → characters cites the ratio and the bytes; characters → tokens only the ratio: cite each once
        sources = list(dict.fromkeys(x for x in found if not any(x != y and x in y for y in found)))
        tip = formula_tooltip(
            self.tr("Conversion"),
            value,
            " ; ".join(c.formula for c in steps) or there.formula,
            "\n".join(engine_text(c.explanation) for c in steps),
            source="; ".join(sources),
        )
        self.results.set("result", value, tip)
        self.results.set("tokens", fmt_number(there.tokens, 4), tip)
        if dst == "tokens":
            self.results.hide_row("result")  # the same count twice ("Amount 2,538,071,066 tokens", "Tokens …")
        if sources:
            self.results.set("source", "\n".join(sources))
        else:
            self.results.hide_row("source")
