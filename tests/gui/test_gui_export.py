"""Exports: PNG at the requested size and not blank, SVG, CSV of the plotted series, the chart's context menu,
the Markdown summary, `sizing export-chart` for every shipped example, and the packaging smoke test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from core import cli, project
from gui.app import smoke_test
from gui.dialogs.export_dialog import ExportDialog, ExportSettings
from gui.main_window import MainWindow
from tests.gui.helpers import EXAMPLES, assert_not_blank, llama_4090_q4, settle


@pytest.fixture
def ready(qtbot, window: MainWindow) -> MainWindow:
    window.document.new(llama_4090_q4())
    settle(qtbot, window)
    return window


@pytest.mark.parametrize(
    ("chart", "width", "height"), [("breakdown", 1600, 700), ("context", 1200, 900), ("context", 2400, 1500)]
)
def test_export_png_at_requested_size(ready: MainWindow, tmp_path: Path, chart: str, width: int, height: int) -> None:
    path = tmp_path / f"{chart}.png"
    assert ready.exports.export_to(str(path), ExportSettings(chart, "png", width, height, "light"))
    assert_not_blank(QImage(str(path)), width, height)


def test_export_through_the_file_menu_dialog(ready: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "ctx"

    def fake_exec(dialog: ExportDialog) -> int:
        dialog.chart.setCurrentIndex(dialog.chart.findData("context"))
        dialog.width_.setValue(1000)
        dialog.height_.setValue(640)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    ready.export_action.trigger()
    assert_not_blank(QImage(str(target) + ".png"), 1000, 640)  # the suffix is added when missing


def test_chart_context_menu_offers_export(ready: MainWindow) -> None:
    requested: list[str] = []
    ready.vram_chart.export_requested.connect(requested.append)
    ready.vram_chart.customContextMenuRequested.emit(ready.vram_chart.rect().center())
    menu = ready.vram_chart._menu
    assert [a.text() for a in menu.actions()] == ["Export chart…", "Copy image"]
    menu.actions()[0].trigger()
    assert requested == ["breakdown"]
    menu.close()


def test_export_svg_and_csv(ready: MainWindow, tmp_path: Path) -> None:
    svg = tmp_path / "b.svg"
    assert ready.exports.export_to(str(svg), ExportSettings("breakdown", "svg", 1200, 600, "light"))
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "usable" in text
    table = tmp_path / "c.csv"
    assert ready.exports.export_to(str(table), ExportSettings("context", "csv", 0, 0, "light"))
    rows = list(csv.reader(table.read_text(encoding="utf-8").splitlines()))
    sweep = ready.presenter.view.sweep
    assert rows[0][0] == "context_tokens" and "total_GiB" in rows[0]
    assert len(rows) == len(sweep.contexts) + 1
    assert float(rows[-1][rows[0].index("total_GiB")]) == pytest.approx(sweep.total[-1] / 2**30, abs=1e-4)
    bars = tmp_path / "b.csv"
    assert ready.exports.export_to(str(bars), ExportSettings("breakdown", "csv", 0, 0, "light"))
    rows = list(csv.reader(bars.read_text(encoding="utf-8").splitlines()))
    total = next(r for r in rows if r[0] == "total")
    assert int(total[2]) == ready.presenter.view.estimate.memory.total


def test_copy_summary_puts_markdown_on_the_clipboard(ready: MainWindow) -> None:
    ready.answer.copy_button.click()
    text = QGuiApplication.clipboard().text()
    est = ready.presenter.view.estimate
    assert text.startswith("### Llama 3.1 8B")
    assert "| Component | Memory | Formula |" in text and "| KV cache (fp16) |" not in text
    assert "| KV cache (bf16) | 4.00 GiB |" in text
    assert f"{est.params.total:,}" in text and "**fits**" in text


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.sizing")))
@pytest.mark.parametrize("chart", ["breakdown", "context"])
def test_cli_export_chart_for_every_example(qapp, tmp_path: Path, example: str, chart: str, monkeypatch) -> None:
    project.read(EXAMPLES / example)  # every shipped example loads
    if "export-chart" not in cli._plugins():  # a checkout not installed with pip: use pyproject's declaration
        from gui.export_cli import main as export_main

        monkeypatch.setattr(cli, "_plugins", lambda: {"export-chart": export_main})
    out = tmp_path / f"{chart}.png"
    assert (
        cli.main(
            [
                "export-chart",
                str(EXAMPLES / example),
                "--chart",
                chart,
                "--out",
                str(out),
                "--width",
                "900",
                "--height",
                "600",
            ]
        )
        == 0
    )
    assert_not_blank(QImage(str(out)), 900, 600)


def test_cli_export_chart_context_is_memory_vs_batch_for_a_cnn(qapp, tmp_path: Path, monkeypatch) -> None:
    """`--chart context` on a model without a context axis exports the memory-vs-batch chart."""
    from core.sweep import largest_batch
    from gui.export_cli import main as export_main

    monkeypatch.setattr(cli, "_plugins", lambda: {"export-chart": export_main})
    example = EXAMPLES / "resnet-50-training-a100.sizing"
    out = tmp_path / "batch.csv"
    assert cli.main(["export-chart", str(example), "--chart", "context", "--out", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "batch_size" and rows[1][0] == "1"
    scenario = project.read(example)[0][0]
    largest = largest_batch(scenario)
    fits = {int(r[0]): r[-1] == "yes" for r in rows[1:]}
    assert all(ok == (b <= largest) for b, ok in fits.items())
    png = tmp_path / "batch.png"
    assert cli.main(["export-chart", str(example), "--chart", "context", "--out", str(png)]) == 0
    assert_not_blank(QImage(str(png)), 1200, 800)


def test_cnn_summary_names_the_largest_batch(qtbot, window: MainWindow) -> None:
    window.document.new(project.read(EXAMPLES / "resnet-50-training-a100.sizing")[0][0])
    settle(qtbot, window)
    window.exports.copy_summary()
    text = QGuiApplication.clipboard().text()
    largest = window.presenter.view.largest_batch
    assert f"| Largest batch that fits | {largest:,} images |" in text
    assert "| Context |" not in text and "| Image size |" in text


def test_examples_cover_the_cli_contract() -> None:
    names = {p.name for p in EXAMPLES.glob("*.sizing")}
    modes = {project.read(EXAMPLES / n)[0][0].workload.mode for n in names}
    assert len(names) >= 4 and modes == {"inference", "training"}
    finetunes = {project.read(EXAMPLES / n)[0][0].training.finetune for n in names}
    assert "qlora" in finetunes


def test_pyproject_registers_the_cli_plugin() -> None:
    import tomllib

    data = tomllib.loads((EXAMPLES.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["entry-points"]["gpu_sizer.cli"]["export-chart"] == "gui.export_cli:main"
    assert data["project"]["gui-scripts"]["gpu-sizer"] == "gui.app:main"


def test_cli_export_chart_reports_a_broken_file(qapp, tmp_path: Path, capsys, monkeypatch) -> None:
    from gui.export_cli import main as export_main

    monkeypatch.setattr(cli, "_plugins", lambda: {"export-chart": export_main})
    bad = tmp_path / "bad.sizing"
    bad.write_text("{", encoding="utf-8")
    assert cli.main(["export-chart", str(bad), "--chart", "context", "--out", str(tmp_path / "x.png")]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_smoke_test_mode(qapp, tmp_path: Path) -> None:
    out = tmp_path / "smoke.png"
    assert smoke_test(str(EXAMPLES / "llama-3.1-8b-qlora-rtx4090.sizing"), str(out)) == 0
    image = QImage(str(out))
    assert image.width() == 1400 and image.height() == 1500


def test_copy_chart_image(ready: MainWindow) -> None:
    ready.exports.copy_image("context")
    image = QGuiApplication.clipboard().image()
    assert_not_blank(image, 1600, 1000)


def test_an_exported_log_axis_has_room_for_its_widest_label(qapp, tmp_path: Path) -> None:
    """DeepSeek-V4-Flash under transformers at up to 1M tokens: the log memory axis runs to 2,000,000 GiB. The
    exported chart was laid out before the axis measured its labels, so it kept the width of "8,888": labels from
    100,000 up were not drawn and 10,000 / 20,000 ran over the axis title. The axis must be at least as wide as
    "2,000,000" in its own tick font (Qt's font metrics: the independent figure)."""
    from PySide6.QtGui import QFontMetricsF

    from gui.charts.render import build_chart
    from gui.presenter import compute_view

    scenario = project.read(Path(__file__).parents[1] / "data" / "migration" / "v8-deepseek-v4.sizing")[0][0]
    view = compute_view(scenario)
    chart = build_chart("context", view, "GiB", 1200, 800)
    try:
        axis = chart.plot.getAxis("left")
        ticks = [text for level in (axis._tickLevels or []) for _, text in level if text]
        assert "2,000,000" in ticks  # the axis reaches that far (else the case no longer tests anything)
        font = axis.style["tickFont"] or axis.font()
        widest = QFontMetricsF(font).horizontalAdvance("2,000,000")
        assert axis.width() >= widest  # the laid-out axis, not only its own measure (textWidth)
    finally:
        chart.deleteLater()
