"""How much data: an amount in a unit (tokens, GB of text, words, Chinese characters, images, image–text pairs,
audio hours) with the tokenizer and language ratio for text (core.data_units, each ratio with its source). Used by
the tokens ↔ text converter and the training planner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from core import data_units
from core.data_units import DataUnit
from gui.dialogs.tool_dialog import float_spin

translate = QCoreApplication.translate


def unit_words(unit: DataUnit) -> str:
    """What one unit counts, in the window's language (the engine's UNIT_WORDS stay English for the CLI)."""
    return {
        "tokens": translate("DataFields", "tokens"),
        "gb": translate("DataFields", "GB of text (UTF-8, 10⁹ bytes)"),
        "words": translate("DataFields", "words (English)"),
        "chars": translate("DataFields", "characters (e.g. Chinese 汉字)"),
        "images": translate("DataFields", "images"),
        "image-text-pairs": translate("DataFields", "image–text pairs"),
        "audio-hours": translate("DataFields", "hours of audio"),
    }[unit]


def language_words(language: str) -> str:
    return {"en": translate("DataFields", "English"), "zh": translate("DataFields", "Chinese")}.get(language, language)


def ratio_tooltip(r: data_units.TextRatio) -> str:
    ratio = translate("DataFields", "{0}: {1} characters a token").format(r.tokenizer, f"{r.chars_per_token:.3g}")
    return f"{ratio}\n{r.source}\n“{r.quote}”"


class UnitCombo(QComboBox):
    def __init__(self, units: Sequence[DataUnit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_units(units)

    def set_units(self, units: Sequence[DataUnit]) -> None:
        current: DataUnit | None = self.unit() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for u in units:
            self.addItem(unit_words(u), u)
        if current is not None and current in units:
            self.setCurrentIndex(list(units).index(current))
        self.blockSignals(False)

    def unit(self) -> DataUnit:
        unit: DataUnit = self.currentData()
        return unit

    def set_unit(self, unit: DataUnit) -> None:
        self.setCurrentIndex(max(0, self.findData(unit)))


class RatioCombo(QComboBox):
    """Tokenizer and language: every ratio of resources/data/token_ratios.json, its source in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for i, r in enumerate(data_units.ratios().text):
            self.addItem(f"{r.tokenizer} — {language_words(r.language)}", r.id)
            self.setItemData(i, ratio_tooltip(r), 3)  # Qt.ToolTipRole
        self.setCurrentIndex(self.findData(data_units.DEFAULT_RATIO))

    def ratio_id(self) -> str:
        return str(self.currentData())


class DataFields(QWidget):
    """Amount, unit, ratio, tokens per image and caption tokens; rows that do not apply are hidden."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget, amount: str = "1T", with_amount: bool = True) -> None:
        super().__init__(parent)
        self.form = form
        self.amount = QLineEdit(amount, parent)
        self.amount.setToolTip(
            translate("DataFields", "A number; K, M, B (or G), T and P multiply by 10³, 10⁶, 10⁹, 10¹², 10¹⁵")
        )
        self.unit = UnitCombo(data_units.DATA_UNITS, parent)
        self.ratio = RatioCombo(parent)
        self.ratio.setToolTip(translate("DataFields", "Tokenizer and language of the text: characters per token"))
        table = data_units.ratios()
        self.tokens_per_image = float_spin(parent, 1, 100_000, table.image_tokens.value, 0)
        self.tokens_per_image.setToolTip(table.image_tokens.source)
        self.caption_tokens = float_spin(parent, 0, 100_000, 24, 0)
        self.caption_tokens.setToolTip(translate("DataFields", "Mean caption length in tokens"))
        if with_amount:
            form.addRow(translate("DataFields", "Amount"), self.amount)
        form.addRow(translate("DataFields", "Unit"), self.unit)
        form.addRow(translate("DataFields", "Tokenizer and language"), self.ratio)
        form.addRow(translate("DataFields", "Tokens per image"), self.tokens_per_image)
        form.addRow(translate("DataFields", "Caption tokens per pair"), self.caption_tokens)
        self.amount.editingFinished.connect(self.changed)
        self.amount.returnPressed.connect(self.changed)
        self.unit.currentIndexChanged.connect(self._show)
        self.unit.currentIndexChanged.connect(self.changed)
        self.ratio.currentIndexChanged.connect(self.changed)
        self.tokens_per_image.valueChanged.connect(self.changed)
        self.caption_tokens.valueChanged.connect(self.changed)
        self.hide()  # a holder of the fields, not a widget of its own
        self._show()

    def _show(self, *_: object) -> None:
        self.show_rows(self.unit.unit())

    def show_rows(self, *units: DataUnit) -> None:
        """Rows the given units need: the ratio for text, tokens per image for images and pairs, captions for pairs."""
        text = any(u in ("gb", "words", "chars") for u in units)
        images = any(u in ("images", "image-text-pairs") for u in units)
        self.form.setRowVisible(self.ratio, text)
        self.form.setRowVisible(self.tokens_per_image, images and not self.image_model)
        self.form.setRowVisible(self.caption_tokens, "image-text-pairs" in units and not self.image_model)

    image_model = False

    def set_image_model(self, image_model: bool) -> None:
        """An image model's sample is an image: only images (or pairs) are offered."""
        self.image_model = image_model
        self.unit.set_units(("images", "image-text-pairs") if image_model else data_units.DATA_UNITS)
        self._show()

    def parsed_amount(self) -> float:
        return data_units.parse_amount(self.amount.text())

    def keywords(self) -> dict[str, float]:
        return {"tokens_per_image": self.tokens_per_image.value(), "caption_tokens": self.caption_tokens.value()}
