"""File ▸ Export chart…: which chart, which format (PNG, SVG, CSV of the plotted series), the image size in
pixels and the colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

DEFAULT_SIZES = {"breakdown": (1600, 700), "context": (1600, 1000)}


@dataclass(frozen=True)
class ExportSettings:
    chart: str  # "breakdown" | "context"
    fmt: str  # "png" | "svg" | "csv"
    width: int
    height: int
    colours: str  # "screen" | "light" | "dark"


class ExportDialog(QDialog):
    def __init__(self, chart: str = "breakdown", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export chart"))
        self.chart = QComboBox(self)
        self.chart.addItem(self.tr("VRAM breakdown"), "breakdown")
        self.chart.addItem(self.tr("Memory vs context length (or batch size)"), "context")
        self.fmt = QComboBox(self)
        self.fmt.addItem(self.tr("PNG image"), "png")
        self.fmt.addItem(self.tr("SVG drawing"), "svg")
        self.fmt.addItem(self.tr("CSV of the plotted series"), "csv")
        self.width_ = QSpinBox(self)
        self.height_ = QSpinBox(self)
        for spin in (self.width_, self.height_):
            spin.setRange(200, 10000)
            spin.setSuffix(" px")
            spin.setGroupSeparatorShown(True)
            spin.setSingleStep(100)
        self.colours = QComboBox(self)
        self.colours.addItem(self.tr("As on screen"), "screen")
        self.colours.addItem(self.tr("Light"), "light")
        self.colours.addItem(self.tr("Dark"), "dark")
        form = QFormLayout(self)
        form.addRow(self.tr("Chart"), self.chart)
        form.addRow(self.tr("Format"), self.fmt)
        form.addRow(self.tr("Width"), self.width_)
        form.addRow(self.tr("Height"), self.height_)
        form.addRow(self.tr("Colours"), self.colours)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.form = form
        self.chart.currentIndexChanged.connect(self._default_size)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        self.chart.setCurrentIndex(max(0, self.chart.findData(chart)))
        self._default_size()

    def _default_size(self) -> None:
        w, h = DEFAULT_SIZES[self.chart.currentData()]
        self.width_.setValue(w)
        self.height_.setValue(h)

    def _format_changed(self) -> None:
        image = self.fmt.currentData() != "csv"
        for widget in (self.width_, self.height_, self.colours):
            self.form.setRowVisible(widget, image)

    def settings(self) -> ExportSettings:
        return ExportSettings(
            self.chart.currentData(),
            self.fmt.currentData(),
            self.width_.value(),
            self.height_.value(),
            self.colours.currentData(),
        )
