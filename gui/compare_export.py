"""Exports of the comparison: the overlay chart as PNG, the table as Markdown (translated, as the window shows it)
or CSV (`core.compare.to_csv`: one line per scenario, the CLI's columns, bytes as integers). From the Compare tab's
buttons and File ▸ Export comparison…; the file dialog's filter picks the format."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.compare import markdown_table, to_csv
from gui.charts.compare_chart import render_png
from gui.compare_presenter import ComparePresenter
from gui.panels.compare_panel import comparison_rows
from gui.preferences import Preferences

FORMATS = ("png", "md", "csv")


class CompareExporter(QObject):
    status = Signal(str)

    def __init__(self, presenter: ComparePresenter, preferences: Preferences, window: QWidget) -> None:
        super().__init__(window)
        self.presenter = presenter
        self.preferences = preferences
        self.window = window

    def filters(self) -> dict[str, str]:
        return {
            "png": self.tr("PNG image of the chart (*.png)"),
            "md": self.tr("Markdown table (*.md)"),
            "csv": self.tr("CSV table (*.csv)"),
        }

    def export_dialog(self, fmt: str = "png") -> None:
        filters = self.filters()
        order = [fmt, *(f for f in FORMATS if f != fmt)]
        doc = self.presenter.document
        stem = Path(doc.file_path).stem if doc.file_path else "comparison"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export comparison"),
            f"{stem}-comparison.{fmt}",
            ";;".join(filters[f] for f in order),
            filters[fmt],
        )
        if not path:
            return
        picked = next((f for f, text in filters.items() if text == chosen), fmt)
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            picked = suffix
        else:
            path += f".{picked}"
        self.export_to(path, picked)

    def copy_image(self) -> None:
        comparison = self.presenter.compute_now()
        with tempfile.TemporaryDirectory() as folder:
            image = render_png(comparison, self.preferences.unit, Path(folder) / "c.png", palette=self.window.palette())
        QGuiApplication.clipboard().setImage(image)
        self.status.emit(self.tr("Chart image copied"))

    def export_to(self, path: str, fmt: str) -> bool:
        unit = self.preferences.unit
        try:
            comparison = self.presenter.compute_now()
            if fmt == "png":
                render_png(comparison, unit, path, palette=self.window.palette())
            else:
                text = markdown_table(comparison_rows(comparison, unit)) if fmt == "md" else to_csv(comparison)
                Path(path).write_text(text, encoding="utf-8")
        except (OSError, ValueError) as exc:
            QMessageBox.critical(self.window, self.tr("Cannot export"), str(exc))
            return False
        self.status.emit(self.tr("Exported {0}").format(path))
        return True
