"""Headless rendering of the charts, shared by the window's exports and `sizing export-chart`.

An export draws a fresh chart of the same class as the one on screen, laid out at the requested size, through
pyqtgraph's exporters (PNG: ImageExporter, SVG: SVGExporter). CSV holds the plotted series themselves (bytes
per component, per context length): pyqtgraph's CSVExporter would write the stacked, cumulative curves.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from gui.charts.base import ChartWidget
from gui.charts.context_chart import ContextChart
from gui.charts.vram_chart import VramChart
from gui.presenter import ViewData
from gui.theme import make_palette

CHARTS: dict[str, type[ChartWidget]] = {"breakdown": VramChart, "context": ContextChart}
LAYOUT_WIDTH = 1400  # above this many pixels an export is drawn at this width and scaled up (text stays legible)


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one (CLI use, no display needed)."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def build_chart(
    kind: str, view: ViewData, unit: str, width: int, height: int, palette: QPalette | None = None
) -> ChartWidget:
    """A chart of `kind` holding `view`, laid out for an image of width × height pixels."""
    if kind not in CHARTS:
        raise ValueError(f"unknown chart '{kind}' (choose from {', '.join(CHARTS)})")
    if width < 16 or height < 16 or width > 20000 or height > 20000:
        raise ValueError(f"image size {width} × {height} is out of range (16 to 20,000 pixels per side)")
    scale = max(1.0, width / LAYOUT_WIDTH)
    w, h = round(width / scale), round(height / scale)
    chart = CHARTS[kind]()
    chart.setPalette(palette or make_palette(dark=False))
    chart.unit = unit
    chart.resize(w, h)
    chart.setSceneRect(QRectF(0, 0, w, h))
    chart.ci.setGeometry(QRectF(0, 0, w, h))
    chart.set_view(view)
    chart.ci.layout.activate()
    QGuiApplication.processEvents()
    # One throwaway paint: pyqtgraph 0.14's TextItem draws its background box with a stale transform the first
    # time it is painted in a scene, which would put misplaced boxes into the exported image.
    scratch = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(scratch)
    chart.scene().render(painter)
    painter.end()
    # That paint is also where an axis first measures its labels and widens itself for them (pyqtgraph's
    # autoExpandTextSpace): laid out again, the wider axis is in the image; without this, a log axis reaching
    # 100,000 GiB drew its wider labels over its title or not at all.
    chart.ci.layout.activate()
    QGuiApplication.processEvents()
    return chart


def render_image(chart: ChartWidget, width: int, height: int) -> QImage:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(chart.export_target())
    exporter.parameters()["width"] = width
    exporter.parameters().param("height").setValue(height, blockSignal=exporter.heightChanged)
    image = exporter.export(toBytes=True)
    assert isinstance(image, QImage)
    return image


def export_png(
    kind: str, view: ViewData, unit: str, path: str | Path, width: int, height: int, palette: QPalette | None = None
) -> QImage:
    chart = build_chart(kind, view, unit, width, height, palette)
    try:
        image = render_image(chart, width, height)
    finally:
        chart.deleteLater()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; str works
        raise OSError(f"{path}: cannot write the image")
    return image


def _close_paths_explicitly(node: object) -> None:
    """Rewrite SVG path data "M a L b L c Z" as "M a L b L c L a" (same outline) in every <path> under node."""
    for path in node.getElementsByTagName("path"):  # type: ignore[attr-defined]
        tokens = path.getAttribute("d").split()
        if "Z" not in tokens and "z" not in tokens:
            continue
        out, start = [], ""
        for token in tokens:
            if token in ("Z", "z"):
                if start:
                    out.append("L" + start)
                continue
            if token[0] == "M":
                start = token[1:]
            out.append(token)
        path.setAttribute("d", " ".join(out))


def _svg_exporter_compatible() -> None:
    """pyqtgraph 0.14.0's SVGExporter cannot parse closed subpaths ("… Z"), which Qt 6.11's SVG generator writes
    (pyqtgraph issue #3495, fixed after 0.14.0). Close them with an explicit line before its coordinate pass.
    Remove once a fixed pyqtgraph is pinned."""
    import importlib

    module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates
    if getattr(original, "_gpu_sizer_shim", False):
        return

    def correct(node: object, defs: object, item: object, options: object) -> object:
        _close_paths_explicitly(node)
        return original(node, defs, item, options)

    correct._gpu_sizer_shim = True  # type: ignore[attr-defined]
    module.correctCoordinates = correct


def export_svg(
    kind: str, view: ViewData, unit: str, path: str | Path, width: int, height: int, palette: QPalette | None = None
) -> None:
    from pyqtgraph.exporters import SVGExporter

    _svg_exporter_compatible()
    chart = build_chart(kind, view, unit, width, height, palette)
    try:
        SVGExporter(chart.export_target()).export(fileName=str(path))
    finally:
        chart.deleteLater()


def export_csv(kind: str, view: ViewData, unit: str, path: str | Path) -> None:
    chart = CHARTS[kind]()
    try:
        chart.unit = unit
        chart.set_view(view)
        rows = chart.csv_rows()
    finally:
        chart.deleteLater()
    if not rows:
        raise ValueError("this chart has no series for this model")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def export_chart(
    kind: str, view: ViewData, unit: str, path: str | Path, width: int, height: int, palette: QPalette | None = None
) -> None:
    """By the file's suffix: .png, .svg or .csv."""
    suffix = Path(path).suffix.lower()
    if suffix == ".svg":
        export_svg(kind, view, unit, path, width, height, palette)
    elif suffix == ".csv":
        export_csv(kind, view, unit, path)
    else:
        export_png(kind, view, unit, path, width, height, palette)
