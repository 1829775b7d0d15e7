"""Exports from the window: a chart to PNG/SVG/CSV (File ▸ Export chart… and each chart's context menu), a chart
image to the clipboard, and the Markdown summary to the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from gui.charts.render import build_chart, export_chart, render_image
from gui.dialogs.export_dialog import ExportDialog, ExportSettings
from gui.preferences import Preferences
from gui.presenter import Presenter
from gui.summary import markdown_summary
from gui.theme import make_palette


class ExportController(QObject):
    status = Signal(str)  # a short message for the status bar

    def __init__(self, presenter: Presenter, preferences: Preferences, window: QWidget) -> None:
        super().__init__(window)
        self.presenter = presenter
        self.preferences = preferences
        self.window = window

    def _palette(self, colours: str) -> QPalette:
        return self.window.palette() if colours == "screen" else make_palette(dark=colours == "dark")

    def export_dialog(self, chart: str = "breakdown") -> None:
        if self.presenter.view is None:
            return
        dialog = ExportDialog(chart, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings = dialog.settings()
        stem = f"{self.presenter.view.scenario.model.architecture.name}-{settings.chart}".replace(" ", "-").lower()
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export chart"), f"{stem}.{settings.fmt}", filters[settings.fmt]
        )
        if path:
            if Path(path).suffix.lower() != f".{settings.fmt}":
                path += f".{settings.fmt}"
            self.export_to(path, settings)

    def export_to(self, path: str, settings: ExportSettings) -> bool:
        view = self.presenter.view
        if view is None:
            return False
        try:
            export_chart(
                settings.chart,
                view,
                self.preferences.unit,
                path,
                settings.width,
                settings.height,
                self._palette(settings.colours),
            )
        except (OSError, ValueError) as exc:
            QMessageBox.critical(self.window, self.tr("Cannot export"), str(exc))
            return False
        self.status.emit(self.tr("Exported {0}").format(path))
        return True

    def copy_image(self, chart: str) -> None:
        view = self.presenter.view
        if view is None:
            return
        widget = build_chart(
            chart, view, self.preferences.unit, 1600, 1000 if chart == "context" else 700, self.window.palette()
        )
        try:
            QGuiApplication.clipboard().setImage(render_image(widget, 1600, 1000 if chart == "context" else 700))
        finally:
            widget.deleteLater()
        self.status.emit(self.tr("Chart image copied"))

    def copy_summary(self) -> None:
        view = self.presenter.view
        if view is None:
            return
        QGuiApplication.clipboard().setText(markdown_summary(view, self.preferences.unit))
        self.status.emit(self.tr("Summary copied as Markdown"))
