"""Several scenarios in one document: the scenario bar (add = duplicate, rename, remove, switch), undo across
them, save and reload, and the Compare tab (table, overlay chart, exports; computed only while shown)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QTabBar

from core import project
from gui.document import ScenarioDocument
from gui.main_window import MainWindow
from tests.gui.helpers import assert_not_blank, painted_tab_texts, settle

GIB = 2**30


def names(doc: ScenarioDocument) -> list[str]:
    return [s.name for s in doc.scenarios]


def test_add_duplicates_the_shown_scenario_and_is_one_undo_step(doc: ScenarioDocument) -> None:
    doc.set_field("workload.context", 8192)
    doc.add_scenario()
    assert names(doc) == ["Untitled", "Untitled (copy)"] and doc.active == 1
    assert doc.scenario.workload.context == 8192  # a copy of what was shown
    doc.add_scenario()
    assert names(doc) == ["Untitled", "Untitled (copy)", "Untitled (copy 2)"]
    doc.undo_stack.undo()
    assert names(doc) == ["Untitled", "Untitled (copy)"] and doc.active == 1
    doc.undo_stack.undo()
    assert names(doc) == ["Untitled"] and doc.active == 0 and doc.scenario.workload.context == 8192
    doc.undo_stack.redo()
    assert names(doc) == ["Untitled", "Untitled (copy)"] and doc.active == 1


def test_edits_go_to_the_shown_scenario_and_undo_shows_the_one_it_changes(doc: ScenarioDocument) -> None:
    doc.add_scenario()
    doc.set_field("workload.context", 16384)  # edits the copy
    assert [s.workload.context for s in doc.scenarios] == [4096, 16384]
    doc.switch_to(0)
    assert doc.active == 0 and doc.scenario.workload.context == 4096
    assert doc.undo_stack.index() == 2  # switching is not an undo step
    doc.undo_stack.undo()  # undoes the copy's edit: the copy is shown again
    assert doc.active == 1 and [s.workload.context for s in doc.scenarios] == [4096, 4096]
    doc.undo_stack.redo()
    assert doc.active == 1 and [s.workload.context for s in doc.scenarios] == [4096, 16384]


def test_switching_does_not_modify_the_document(doc: ScenarioDocument) -> None:
    doc.add_scenario()
    doc.undo_stack.setClean()
    doc.switch_to(0)
    doc.switch_to(1)
    assert not doc.is_modified()


def test_slider_merges_stay_within_one_scenario(doc: ScenarioDocument) -> None:
    doc.set_field("workload.context", 5000, merge=True)
    doc.add_scenario()
    doc.switch_to(0)
    doc.set_field("workload.context", 6000, merge=True)
    doc.switch_to(1)
    doc.set_field("workload.context", 7000, merge=True)
    assert [s.workload.context for s in doc.scenarios] == [6000, 7000]
    doc.undo_stack.undo()
    assert [s.workload.context for s in doc.scenarios] == [6000, 5000]


def test_rename_and_remove_are_undoable(doc: ScenarioDocument) -> None:
    doc.add_scenario()
    doc.add_scenario()
    assert doc.rename_scenario(0, "  baseline ")
    assert names(doc)[0] == "baseline"
    assert not doc.rename_scenario(0, "   ")  # a blank name is refused
    assert doc.remove_scenario(1)  # before the active one (2): the active one stays shown
    assert names(doc) == ["baseline", "Untitled (copy 2)"] and doc.active == 1
    assert doc.remove_scenario(1)  # the shown one: its neighbour is shown
    assert names(doc) == ["baseline"] and doc.active == 0
    assert not doc.remove_scenario(0)  # the last one stays
    for _ in range(3):
        doc.undo_stack.undo()
    assert names(doc) == ["Untitled", "Untitled (copy)", "Untitled (copy 2)"]


def test_save_and_reload_keep_every_scenario_and_the_active_one(doc: ScenarioDocument, tmp_path: Path) -> None:
    doc.rename_scenario(0, "bf16")
    doc.add_scenario()
    doc.rename_scenario(1, "fp8")
    doc.set_field("precision.weights", "fp8")
    doc.add_scenario()
    doc.rename_scenario(2, "fp8 long")
    doc.set_field("workload.context", 65536)
    doc.switch_to(1)
    path = tmp_path / "three.sizing"
    doc.save(str(path))
    assert not doc.is_modified()
    scenarios, active = project.read(path)
    assert [s.name for s in scenarios] == ["bf16", "fp8", "fp8 long"] and active == 1
    assert [s.precision.weights for s in scenarios] == ["bf16", "fp8", "fp8"]
    other = ScenarioDocument()
    other.open(str(path))
    assert names(other) == ["bf16", "fp8", "fp8 long"] and other.active == 1
    assert other.scenario.precision.weights == "fp8" and other.scenarios[2].workload.context == 65536


def test_scenario_bar_shows_and_drives_the_scenarios(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bar, doc = window.scenario_bar, window.document
    assert bar.tabs.count() == 1 and not bar.tabs.tabsClosable()
    bar.add_button.click()
    assert bar.tabs.count() == 2 and bar.tabs.currentIndex() == 1 and bar.tabs.tabsClosable()
    assert bar.tabs.tabText(1) == "Untitled (copy)"
    bar.tabs.setCurrentIndex(0)  # what a click does
    assert doc.active == 0
    settle(qtbot, window)
    assert window.presenter.view is not None and window.presenter.view.scenario == doc.scenarios[0]

    def answer(dialog: QInputDialog) -> QDialog.DialogCode:  # the user types a name and presses OK
        assert dialog.textValue() == "Untitled (copy)" and dialog.width() >= 420
        dialog.setTextValue("RTX 4090")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    bar.tabs.tabBarDoubleClicked.emit(1)
    assert bar.tabs.tabText(1) == "RTX 4090" and names(doc)[1] == "RTX 4090"
    bar.tabs.tabCloseRequested.emit(0)
    assert bar.tabs.count() == 1 and names(doc) == ["RTX 4090"]
    window.undo_action.trigger()
    assert bar.tabs.count() == 2 and bar.tabs.tabText(0) == "Untitled"
    menu = bar.context_menu(0)
    assert [a.text() for a in menu.actions()] == ["Show", "Duplicate", "Rename…", "Remove"]


@pytest.fixture
def two(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    """Llama 3.1 8B at 8,192 tokens in bf16 and in fp8, the Compare tab shown and computed."""
    doc = window.document
    doc.set_fields({"workload.context": 8192, "workload.output_tokens": 0, "gpu.id": "h100-sxm-80gb"})
    doc.rename_scenario(0, "bf16")
    doc.add_scenario()
    doc.rename_scenario(1, "fp8")
    doc.set_field("precision.weights", "fp8")
    window.resize(1280, 720)
    window.show()
    window.views.setCurrentWidget(window.compare_panel)
    qtbot.waitUntil(lambda: window.compare_presenter.current() and window.compare_panel.comparison is not None)
    return window


def test_compare_tab_shows_every_scenario(two: MainWindow) -> None:
    panel = two.compare_panel
    table = panel.table
    assert table.columnCount() == 2
    assert [table.horizontalHeaderItem(j).text() for j in range(2)] == ["bf16", "fp8"]
    rows = {table.verticalHeaderItem(i).text(): i for i in range(table.rowCount())}
    # the bf16 weights by hand: 8,030,261,248 parameters × 2 bytes = 16,060,522,496 B = 14.96 GiB ("15.0 GiB")
    assert table.item(rows["Weights"], 0).text() == "15.0 GiB"
    # KV cache, the same in both: 2 × 32 layers × 8 heads × 128 × 2 bytes × 8,192 tokens = 1,024 MiB
    assert table.item(rows["KV cache"], 0).text() == table.item(rows["KV cache"], 1).text() == "1.00 GiB"
    assert table.item(rows["Fits"], 0).text() == "fits"
    assert table.item(rows["Largest context that fits"], 0).text() == "131,072"  # the model's maximum: all fit
    assert int(table.item(rows["Largest batch that fits"], 1).text().replace(",", "")) > 1
    chart = panel.chart
    assert chart.names == ["bf16", "fp8"]
    assert sum(line.isVisible() for line in chart.lines) == 2
    assert [row.label for row in chart.legend.entries[:2]] == ["bf16", "fp8"]
    assert chart.usable_lines[0][0].value() == pytest.approx(two.compare_panel.comparison.rows[0].usable_bytes / GIB)
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)  # paints axes and curves for real
    assert_not_blank(image, image.width(), image.height())


def test_compare_follows_edits_while_shown(qtbot, two: MainWindow) -> None:  # type: ignore[no-untyped-def]
    two.document.add_scenario()
    qtbot.waitUntil(lambda: two.compare_presenter.current() and two.compare_panel.table.columnCount() == 3)


def test_compare_computes_only_while_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    p = window.compare_presenter
    window.document.add_scenario()
    window.document.set_field("workload.context", 2048)
    settle(qtbot, window)
    qtbot.wait(300)
    assert p.computations == 0 and not p.pending()
    window.views.setCurrentWidget(window.compare_panel)
    qtbot.waitUntil(p.current)
    assert p.computations == 1
    window.views.setCurrentIndex(0)
    window.document.set_field("workload.context", 4096)
    qtbot.wait(300)
    assert p.computations == 1


def test_compare_exports_write_files(two: MainWindow, tmp_path: Path) -> None:
    ex = two.compare_exports
    png, md, csv_path = tmp_path / "c.png", tmp_path / "c.md", tmp_path / "c.csv"
    assert ex.export_to(str(png), "png") and ex.export_to(str(md), "md") and ex.export_to(str(csv_path), "csv")
    image = QImage(str(png))
    assert_not_blank(image, 1600, 1000)
    text = md.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "| Scenario | bf16 | fp8 |" and "| Weights | 15.0 GiB |" in text
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert [r["scenario"] for r in rows] == ["bf16", "fp8"]
    assert int(rows[0]["weights_bytes"]) == 8_030_261_248 * 2


def test_export_comparison_through_the_file_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From File ▸ Export comparison… with the tab hidden: the comparison is computed for the export."""
    target = tmp_path / "plan.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.document.add_scenario()
    window.export_compare_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["scenario"] for r in rows] == ["Untitled", "Untitled (copy)"]


def test_chart_menu_exports_and_copies(two: MainWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "menu.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    export, copy = two.compare_panel.chart.context_menu().actions()
    export.trigger()
    assert_not_blank(QImage(str(target)), 1600, 1000)
    copy.trigger()
    assert_not_blank(QApplication.clipboard().image(), 1600, 1000)


def test_exported_png_draws_each_scenario_in_its_colour(two: MainWindow, tmp_path: Path) -> None:
    """Each scenario's line is in the exported image, in the colour its table column is marked with."""
    from gui.charts.compare_chart import series_colour

    path = tmp_path / "colours.png"
    assert two.compare_exports.export_to(str(path), "png")
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    seen = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    dark = two.compare_panel.chart.style_.dark
    for i in range(2):
        assert series_colour(i, dark).rgb() in seen


def test_view_menu_steps_through_scenarios_and_shows_the_comparison(window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    actions = {a.text(): a for a in view.actions()}
    actions["&Add scenario (a copy of this one)"].trigger()
    assert len(window.document.scenarios) == 2 and window.document.active == 1
    actions["&Next scenario"].trigger()
    assert window.document.active == 0  # wraps around
    actions["&Previous scenario"].trigger()
    assert window.document.active == 1
    assert actions["&Next scenario"].shortcut().toString() == "Ctrl+PgDown"
    actions["&Compare scenarios"].trigger()
    assert window.views.currentWidget() is window.compare_panel


def test_a_copy_with_a_long_name_reads_unlike_its_original(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Seen on a 1280×720 screen: the example's 'RTX 4090 · Q4_K_M · llama.cpp' and its copy both read
    'RTX 4090 · Q4_K_M · llama…' in their tabs. Elided in the middle, the copy keeps its '(copy)'."""
    bar, doc = window.scenario_bar, window.document
    doc.rename_scenario(0, "RTX 4090 · Q4_K_M · llama.cpp")
    bar.add_button.click()
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    painted = painted_tab_texts(bar.tabs)
    shown = [text for text, _fits in painted]
    assert "…" in shown[1]  # the name is too long for its tab at this size
    assert shown[0] != shown[1] and shown[1].endswith("(copy)"), shown
    assert all(fits for _text, fits in painted), painted


def test_a_tab_shows_its_whole_name_when_there_is_room(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Seen in the fourth audit pass at 1920×1080: "Full fine-t…with ZeRO-3" in a tab with room to spare (every tab
    was capped at 22 characters). A tab now takes the width Qt asks for its whole name where the bar has it, and
    elides only where it has not, the tab shown last; its tooltip names the scenario in full."""
    bar, doc = window.scenario_bar, window.document
    window.resize(1440, 940)  # the window a first start opens on a 1920×1080 screen
    window.show()
    qtbot.waitExposed(window)
    name = "Full fine-tune of Llama 3.1 8B on 8 × H100"
    doc.rename_scenario(0, name)
    qtbot.wait(50)
    whole = QTabBar.tabSizeHint(bar.tabs, 0).width()  # Qt's own size for the tab with its whole text
    assert whole < bar.tabs.width()  # the bar has room for it
    assert bar.tabs.tabRect(0).width() >= whole
    assert bar.tabs.tabToolTip(0).startswith(name + "\n")
    longer = name + " with ZeRO-3 and activation checkpointing"
    doc.rename_scenario(0, longer)
    qtbot.wait(50)
    assert bar.tabs.tabRect(0).width() < QTabBar.tabSizeHint(bar.tabs, 0).width()  # no room: elided
    assert bar.tabs.tabToolTip(0).startswith(longer + "\n")
    doc.add_scenario()  # "… (copy)", shown: too long for the two to share the bar whole
    for shown, other in ((1, 0), (0, 1)):
        bar.tabs.setCurrentIndex(shown)  # what a click does
        qtbot.wait(50)
        assert bar.tabs.tabRect(shown).width() > bar.tabs.tabRect(other).width()  # the shown one keeps more


def test_the_speed_of_a_scenario_that_does_not_fit_is_if_it_fit(qapp) -> None:  # type: ignore[no-untyped-def]
    """Llama 3.1 70B in BF16 on one RTX 4090 (by hand 70,553,706,496 × 2 B = 131.4 GiB of weights on a 24.0 GiB card)
    beside the 8B on the same card: the Speed row gave both a plain tokens/s, while the Fits row above said the 70B
    does not fit and What fits gives such a setup no speed; the answer says 'if it fit:' (seen on Xvfb)."""
    from core.compare import compare
    from gui.panels.compare_panel import comparison_rows
    from tests.core.helpers import scenario

    assert 70_553_706_496 * 2 / 2**30 > 24.0
    c = compare(
        [scenario("llama-3.1-8b", gpu={"id": "rtx-4090-24gb"}), scenario("llama-3.1-70b", gpu={"id": "rtx-4090-24gb"})],
        curves=False,
    )
    speed = next(r for r in comparison_rows(c, "GiB") if r[0] == "Speed")
    assert speed[1].endswith("tokens/s") and "if it fit" not in speed[1], speed
    assert speed[2].startswith("if it fit: ") and speed[2].endswith("tokens/s"), speed


def test_the_compare_chart_says_it_is_comparing_until_the_first_comparison(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb (the serving-compare example, Compare shown for the first time): until the first comparison
    came (0.2–1.5 s), the chart was pyqtgraph's own empty plot: no title, ticks from 0.4 to 3 and from −0.4 to
    0.2. It shows its title, its axes' names (no tick values) and what the status line says ("Comparing…") until
    then."""
    window.document.add_scenario()
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_compare()  # the chart is built as the tab is shown; the comparison comes from a background job
    panel = window.compare_panel
    chart = panel.chart
    assert panel.comparison is None and panel.status.text() == "Comparing…"
    assert chart.title.text.startswith("Memory vs context length, side by side")
    assert chart.message.isVisible() and chart.message.toPlainText() == "Comparing…"
    assert chart.plot.getAxis("bottom").labelText == "Context length (tokens per sequence, log scale)"
    assert not any(chart.plot.getAxis(name).style["showValues"] for name in ("left", "bottom"))  # no made-up ticks
    qtbot.waitUntil(lambda: window.compare_presenter.current() and panel.comparison is not None)
    assert not chart.message.isVisible()
    assert all(chart.plot.getAxis(name).style["showValues"] for name in ("left", "bottom"))
    assert "2 scenarios · peak memory per GPU" in chart.title.text
