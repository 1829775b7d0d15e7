"""The main window. It assembles: the editor on the left; the message bar, the answer and the two charts on the
right; menus; and the wiring from the document and presenter to the views. It computes nothing."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from core.fit import FitReport
from core.scenario import Mode, Scenario
from gui import workers
from gui.charts.base import ChartWidget
from gui.charts.context_chart import ContextChart
from gui.charts.vram_chart import VramChart
from gui.compare_export import CompareExporter
from gui.compare_presenter import ComparePresenter
from gui.dialogs.guide_dialog import GuideDialog
from gui.dialogs.whole_titles import watch_dialogs
from gui.document import ScenarioDocument
from gui.edits import plan_edit
from gui.export_controller import ExportController
from gui.file_controller import FileController
from gui.fit_presenter import FitPresenter
from gui.model_import import ImportController
from gui.panels.answer_panel import AnswerPanel
from gui.panels.compare_panel import ComparePanel
from gui.panels.editor_panel import EditorPanel
from gui.panels.fit_panel import FitExplorer
from gui.preferences import Preferences
from gui.presenter import Presenter, ViewData
from gui.repaint import one_window_repaint
from gui.tools_menu import add_tools_menu
from gui.widgets.answer_page import AnswerPage
from gui.widgets.message_bar import MessageBar
from gui.widgets.mode_slot import ModeSlot
from gui.widgets.scenario_bar import ScenarioBar
from gui.widgets.shrink_scroll import ShrinkScroll
from gui.widgets.verdict_pin import VerdictPin
from gui.widgets.view_tabs import ViewTabs

logger = logging.getLogger(__name__)


def app_version() -> str:
    """The installed distribution's version (pyproject.toml; the packaged app carries the same metadata)."""
    try:
        return metadata.version("gpu-sizer")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "(development)"


# The answer's least height: its verdict and first lines (it scrolls to the rest).
ANSWER_MIN_PX = 130
# Below this a page (the answer and the charts) scrolls; the charts hold each chart's title, minimum plot and every
# legend row, 400 to 480 px: with the window's bars, a window of about 560 px, inside a 1280×720 screen.
PAGE_MIN_PX = ANSWER_MIN_PX + 4 + 300


class MainWindow(QMainWindow):
    def __init__(self, preferences: Preferences, document: ScenarioDocument | None = None) -> None:
        super().__init__()
        self.preferences = preferences
        self.document = document or ScenarioDocument(parent=self)
        self.presenter = Presenter(self.document, self)
        self.fit_presenter = FitPresenter(self.document, self)
        self.importer = ImportController(self.document, self)
        self.files = FileController(self.document, preferences, self.importer, self)
        self.exports = ExportController(self.presenter, preferences, self)
        self.compare_presenter = ComparePresenter(self.document, self)
        self.compare_exports = CompareExporter(self.compare_presenter, preferences, self)

        self.editor = EditorPanel(self.document, self)
        self.message_bar = MessageBar(self)
        self.answer = AnswerPanel(self)
        # one pair of charts per mode, each pair shown in the same two places (gui/widgets/mode_slot.py): a switch
        # between inference and training shows the other pair, laid out for its own mode, instead of laying one pair
        # out anew. The second pair is built when first needed (the first pause, or a switch before one).
        self._chart_pairs: dict[Mode, tuple[VramChart, ContextChart]] = {}
        self.vram_slot = ModeSlot(self)
        self.context_slot = ModeSlot(self)
        self.vram_chart, self.context_chart = self.chart_pair(self.document.scenario.workload.mode)
        self.vram_slot.show_widget(self.vram_chart)
        self.context_slot.show_widget(self.context_chart)
        self.charts_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.charts_splitter.addWidget(self.vram_slot)
        self.charts_splitter.addWidget(self.context_slot)
        self.charts_splitter.setSizes([300, 480])
        self.charts_splitter.setChildrenCollapsible(False)
        self.fit_explorer = FitExplorer(self)
        # the answer whole when the window has room; scrolled (verdict and first rows still seen) when it has not.
        # It heads the Charts and What fits pages (it moves to the one shown); Compare, about every scenario, has
        # the height to itself. The charts keep every legend row and a minimum plot; where the answer's minimum and
        # that are more than a small screen has (a ZeRO-3 scenario's legends), the page scrolls as one rather than
        # the window growing past the screen's bottom edge (gui/widgets/answer_page.py).
        self.answer_scroll = ShrinkScroll(self.answer, ANSWER_MIN_PX, self, keep_height=True)
        self.charts_page = AnswerPage(self.charts_splitter, PAGE_MIN_PX, self)
        self.fit_page = AnswerPage(self.fit_explorer, PAGE_MIN_PX, self)
        self.charts_page.take_answer(self.answer_scroll)
        # where the page (or the answer) scrolls the verdict out of view, a compact copy of it stays at the top
        self.verdict_pin = VerdictPin(self.answer, self.answer_scroll, self)
        self.verdict_pin.attach(self.charts_page)
        self.views = ViewTabs(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.charts_page, self.tr("Charts"))
        self.views.addTab(self.fit_page, self.tr("What fits"))
        self.views.setTabToolTip(
            1, self.tr("The largest context and batch, the fewest GPUs, every GPU and weight format, ways to fit")
        )
        self.compare_panel = ComparePanel(self)
        self.views.addTab(self.compare_panel, self.tr("Compare"))
        self.views.setTabToolTip(
            2, self.tr("The document's scenarios side by side: totals, components, fit, and their memory curves")
        )
        self.views.currentChanged.connect(self._move_answer)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 4)  # the status bar is below: 4 px (a 1280×720 screen is short)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(self.views, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # the scenario bar heads the editor's column: it picks what the editor edits (and costs the right column,
        # which sets the window's minimum height, nothing)
        self.scenario_bar = ScenarioBar(self.document, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.scenario_bar)
        left_layout.addWidget(self.editor, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 1000])
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        watch_dialogs(self)  # every dialog it opens as wide as its title (gui/dialogs/whole_titles.py)
        self.statusBar()  # there from the start: created by the first status message, it would shrink the window's body
        self.resize(1440, 940)

        # the other mode's charts, brought up to date once the user pauses (_ready_other_mode)
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(self.READY_AFTER_MS)
        self._ready_timer.timeout.connect(self._ready_in_steps)
        self._ready_job: Iterator[bool] | None = None
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._ready_step)
        self.guide: GuideDialog | None = None
        self._build_menus()
        self._wire()
        self._update_title()
        self.presenter.refresh()
        geometry = preferences.settings.value("window/geometry")
        self.geometry_restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)

    def fit_on_screen(self) -> None:
        """The default size, made smaller where the screen's free area is smaller (a 1366×768 laptop, or 1920×1080
        at 150 %: 1280×720), so that a first start (no saved geometry) does not run off the screen's bottom edge
        with the status bar and the editor's end out of reach. Never below the window's minimum size."""
        screen = self.screen()
        if screen is not None:
            # room for the window manager's title bar and borders, which are not known before the window is shown
            # (Openbox: 20 px; GNOME and Windows: about 40)
            frame = QSize(16, 48)
            self.resize(self.size().boundedTo(screen.availableGeometry().size() - frame))

    @property
    def charts(self) -> dict[str, VramChart | ContextChart]:
        """The charts shown (those of the scenario's mode)."""
        return {"breakdown": self.vram_chart, "context": self.context_chart}

    def chart_pair(self, mode: Mode) -> tuple[VramChart, ContextChart]:
        """The mode's charts, built (and connected, in the unit chosen) the first time they are asked for."""
        pair = self._chart_pairs.get(mode)
        if pair is None:
            pair = self._chart_pairs[mode] = (VramChart(self), ContextChart(self))
            for chart in pair:
                chart.hide()
                chart.export_requested.connect(self.exports.export_dialog)
                chart.copy_requested.connect(self.exports.copy_image)
                chart.set_unit(self.preferences.unit)
            pair[1].axis_requested.connect(self.presenter.set_axis)
        return pair

    # A pause this long after the last view (ms): the edits of a drag or of a typed number come faster, and are not
    # slowed by work for a switch that is not coming; a click on the other mode's button comes later than this.
    READY_AFTER_MS = 200

    def _ready_other_mode(self) -> None:
        """The charts of the mode not shown, given the scenario that the other mode's button would make: a switch
        then shows charts already laid out and drawn for it, and does not update them (a switch after an edit was
        as costly as one before this: the charts were last given the scenario before the edit). All at once."""
        for _step in self._ready_steps():
            pass

    def _ready_in_steps(self) -> None:
        """`_ready_other_mode` a step per turn of the event loop (the view computed; the pair built, the first
        time; each chart given the view): a click that comes meanwhile waits for one step, 1-6 ms (measured; the
        pair's construction, once, 35 ms), not for all of them (5-15 ms)."""
        self._ready_timer.stop()
        self._ready_job = self._ready_steps()
        self._ready_step()

    def _prepare(self, scenario: Scenario) -> None:
        """A press announced an edit that its release would make (ScenarioDocument.coming): the 60-120 ms the
        button is down compute its view, and for a switch between inference and training ready the other mode's
        charts as a pause does (their steps, each a turn of the event loop), so a switch right after another edit
        is as quick as one after a pause."""
        view = self.presenter.view
        if view is None or view.scenario != self.document.scenario or self.presenter.pending():
            return  # the document's own edit is still to be shown: the release computes
        if scenario.workload.mode != view.scenario.workload.mode:
            if self._ready_job is None:  # (already under way: it goes on)
                self._ready_in_steps()  # (it plans the switch as the mode button's announcement did)
            return
        try:
            self.presenter.compute_ahead(scenario)
        except ValueError:  # the engine refuses it: said at the release
            pass
        except Exception:  # a bug: logged here, and shown (by the presenter) at the release
            logger.warning("computing ahead failed for %s", scenario.model_dump_json(), exc_info=True)

    def _ready_step(self) -> None:
        job = self._ready_job
        if job is not None and next(job, None) is not None:
            self._step_timer.start()
        else:
            self._ready_job = None

    def _ready_steps(self) -> Iterator[bool]:
        view = self.presenter.view
        if view is None or not self.isVisible() or self.charts_splitter.isHidden():
            return
        other: Mode = "inference" if view.scenario.workload.mode == "training" else "training"
        try:
            planned, _adjusted = plan_edit(view.scenario, {"workload.mode": other})
            other_view = self.presenter.compute_ahead(planned)  # kept for the switch's own view
        except ValueError:  # the engine refuses the other mode's scenario: said if the user switches
            return
        except Exception:  # a bug: logged here, and shown (by the presenter) if the user switches
            logger.warning(
                "preparing the %s charts failed for %s", other, view.scenario.model_dump_json(), exc_info=True
            )
            return
        if other not in self._chart_pairs:
            yield True
            self.chart_pair(other)
        for chart in self.chart_pair(other):
            yield True
            if self.presenter.view is not view:  # another edit came meanwhile: its own pause will come
                return
            if not chart.shows(other_view):
                # at the size it will be shown at, then given the view: the context chart's labels laid out once
                labels = chart if isinstance(chart, ContextChart) else None
                if labels is not None:
                    labels.hold_labels()
                try:
                    chart.place_hidden(other_view)
                    chart.set_view(other_view)
                finally:
                    if labels is not None:
                        labels.release_labels()
                chart.settle_axes()  # the axes' drawings too (a switch would draw them before its paint)
        # and painted, each in a turn of its own (2-3 ms each), after the turns that delivered what the views
        # posted (the charts' layouts): a switch shows the pictures (ChartWidget.take_picture)
        for chart in self.chart_pair(other):
            yield True
            if self.presenter.view is not view:
                return
            if not chart.has_picture():
                chart.take_picture()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ready_timer.start()

    def _show_mode(self, mode: Mode) -> bool:
        """Shows the mode's charts in the charts' places; True if they were not shown."""
        pair = self.chart_pair(mode)
        if pair == (self.vram_chart, self.context_chart):
            return False
        self.vram_chart, self.context_chart = pair
        self.vram_slot.show_widget(pair[0])
        self.context_slot.show_widget(pair[1])
        return True

    # --- assembly ----------------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        f = self.menuBar().addMenu(self.tr("&File"))
        K = QKeySequence.StandardKey
        self._action(f, self.tr("&New"), self.files.new, K.New)
        self._action(f, self.tr("&Open…"), self.files.open_dialog, K.Open)
        self.recent_menu = f.addMenu(self.tr("Open &Recent"))
        self._action(f, self.tr("&Save"), self.files.save, K.Save)
        self._action(f, self.tr("Save &As…"), self.files.save_as, K.SaveAs)
        f.addSeparator()
        self._action(f, self.tr("&Import model file…"), self.importer.import_file, "Ctrl+I")
        self._action(f, self.tr("Import model &folder…"), self.importer.import_folder)
        self._action(f, self.tr("Model from &Hub…"), self.importer.fetch_from_hub)
        f.addSeparator()
        self.export_action = self._action(f, self.tr("&Export chart…"), lambda: self.exports.export_dialog(), "Ctrl+E")
        self.export_compare_action = self._action(
            f, self.tr("Export &comparison…"), lambda: self.compare_exports.export_dialog()
        )
        f.addSeparator()
        self._action(f, self.tr("&Quit"), self.close, K.Quit)

        e = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(K.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(K.Redo)
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)
        e.addSeparator()
        self._action(e, self.tr("&Copy summary (Markdown)"), self.exports.copy_summary, "Ctrl+Shift+C")

        v = self.menuBar().addMenu(self.tr("&View"))
        units = v.addMenu(self.tr("&Units"))
        self.unit_actions = self._choices(
            units,
            [("GiB (2³⁰ bytes)", "GiB"), ("GB (10⁹ bytes)", "GB")],
            self.preferences.unit,
            self.preferences.set_unit,
        )
        theme = v.addMenu(self.tr("&Theme"))
        self._choices(
            theme,
            [(self.tr("Follow the system"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")],
            self.preferences.theme,
            self.preferences.set_theme,
        )
        v.addSeparator()
        self._action(v, self.tr("&What fits (fit explorer)"), self.show_fit_explorer, "Ctrl+Shift+F")
        self._action(v, self.tr("&Compare scenarios"), self.show_compare)
        self._action(v, self.tr("&Next scenario"), lambda: self._step_scenario(1), "Ctrl+PgDown")
        self._action(v, self.tr("&Previous scenario"), lambda: self._step_scenario(-1), "Ctrl+PgUp")
        self._action(v, self.tr("&Add scenario (a copy of this one)"), self.document.add_scenario)
        self.tools = add_tools_menu(self.menuBar(), self.document, self.preferences, self)  # planners, calculators
        h = self.menuBar().addMenu(self.tr("&Help"))
        self._action(h, self.tr("&User guide"), self.show_guide, K.HelpContents)
        h.addSeparator()
        self._action(h, self.tr("&About GPU Sizer"), self._about)
        self._fill_recent()

    def _choices(
        self, menu: QMenu, options: list[tuple[str, str]], current: str, apply: Callable[[str], object]
    ) -> dict[str, QAction]:
        group = QActionGroup(self)
        out = {}
        for text, value in options:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(functools.partial(apply, value))
            group.addAction(action)
            out[value] = action
        return out

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.preferences.recent_files()
        for path in files:
            self.recent_menu.addAction(Path(path).name, functools.partial(self.files.open_path, path)).setToolTip(path)
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.preferences.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _wire(self) -> None:
        doc, p = self.document, self.presenter
        p.updated.connect(self._show_view)
        p.failed.connect(self.answer.show_error)  # no estimate: the answer says why instead of stale figures
        p.failed.connect(self._hide_charts)  # and the charts, which still hold the last estimate's, step aside
        doc.error.connect(self.message_bar.show_error)
        doc.notice.connect(self.message_bar.show_notice)
        doc.notes.connect(self.message_bar.show_info)
        doc.changed.connect(self.message_bar.clear_for_edit)
        p.failed.connect(lambda *_args: workers.release_jobs())  # no view to wait for (document._apply held them)
        doc.coming.connect(self._prepare)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.file_path_changed.connect(self._update_title)
        # another file or scenario: the answer's area fits it again (it keeps some room while edited)
        doc.file_path_changed.connect(self.answer_scroll.forget_height)
        doc.scenarios_changed.connect(self.answer_scroll.forget_height)
        self.preferences.unit_changed.connect(self._set_unit)
        self.preferences.recent_changed.connect(self._fill_recent)
        self.editor.model_picker.import_requested.connect(self.importer.import_file)
        self.editor.model_picker.hub_requested.connect(self.importer.fetch_from_hub)
        self.answer.copy_requested.connect(self.exports.copy_summary)
        self.answer.unit_requested.connect(self.preferences.set_unit)
        self.exports.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        fp = self.fit_presenter
        p.updated.connect(fp.view_updated)
        fp.updated.connect(self._show_fit)
        fp.busy.connect(self.fit_explorer.set_busy)
        fp.failed.connect(self.fit_explorer.set_error)
        self.views.currentChanged.connect(lambda i: fp.set_active(self.views.widget(i) is self.fit_page))
        self.fit_explorer.apply_requested.connect(self.document.apply_edits)
        self.answer.suggestions.apply_requested.connect(self.document.apply_edits)
        cp = self.compare_presenter
        cp.updated.connect(self.compare_panel.set_comparison)
        cp.busy.connect(self.compare_panel.set_busy)
        cp.failed.connect(self.compare_panel.set_error)
        self.views.currentChanged.connect(lambda i: cp.set_active(self.views.widget(i) is self.compare_panel))
        self.compare_panel.export_requested.connect(self.compare_exports.export_dialog)
        self.compare_panel.copy_requested.connect(self.compare_exports.copy_image)
        self.compare_exports.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._set_unit(self.preferences.unit)

    # --- reactions ---------------------------------------------------------------------------------------
    def _hide_charts(self, _message: object = None) -> None:
        """No estimate for the scenario: the charts would still show the last one's figures, its model named in their
        subtitles, beside an answer saying there is none; they are hidden until the next estimate."""
        self.charts_splitter.hide()

    def _show_view(self, view: ViewData) -> None:
        if self.charts_splitter.isHidden():  # an estimate again after none
            self.charts_splitter.show()
        switched = self._show_mode(view.scenario.workload.mode)
        charts = list(self.charts.values())
        # the context chart's labels: laid out once, for the size the layouts below leave the chart at
        self.context_chart.hold_labels()
        try:
            whole = self._lay_out_view(view, charts, switched)
        finally:
            self.context_chart.release_labels()
        # A widget shown (a mode switch shows the answer's training rows, the editor's) asks for its repaint in a
        # posted event (Qt's UpdateLater): delivered after the window's repaint below, it repainted those rows again
        # (a third repaint of the window a switch, 13 widgets, counted). Delivered now, they are painted once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
        # A chart laid out again is repainted whole by its own scene's delivery; the first delivery's repaint of
        # the window would paint it too (its items not yet delivered), and then again: it waits for its own.
        for chart, relaid in zip(charts, whole, strict=True):
            if relaid:
                chart.viewport().setUpdatesEnabled(False)
        try:
            with one_window_repaint(self):  # both charts (and the answer, the editor) painted in one pass
                for chart, relaid in zip(charts, whole, strict=True):
                    if relaid:
                        chart.viewport().setUpdatesEnabled(True)
                    QCoreApplication.sendPostedEvents(chart.scene(), QEvent.Type.MetaCall)
        finally:  # never a chart left frozen
            for chart in charts:
                if not chart.viewport().updatesEnabled():
                    chart.viewport().setUpdatesEnabled(True)
            workers.release_jobs()  # the edit is on screen (the window repainted above)
        if self.isVisible():
            self._ready_timer.start()

    def _lay_out_view(self, view: ViewData, charts: list[ChartWidget], switched: bool) -> list[bool]:
        """The views given `view` and laid out; for each chart, whether it was laid out again: resized, or its
        plot moved inside it (a legend that gained or lost a row), or just shown (`switched`: another mode's)."""
        sizes = [(chart.size(), chart.plot.geometry()) for chart in charts]
        self.answer.set_view(view)
        for chart in charts:
            if not (switched and chart.shows(view)):  # shown again (a switch after a pause): nothing to update
                chart.set_view(view)
        # Each scene hands its changed items to its view in a queued call, which then repaints the window at once.
        # Delivered in _show_view, both charts are repainted now, each once; queued, the second chart's changes
        # would often wait for the first chart's repaint and take a later frame. The layouts go first: a legend
        # that gained a row, or an answer that gained a line, resizes the charts, which would otherwise be painted
        # twice (before and after the resize).
        # Each chart's own layout (a legend that gained a row) waits until the window's layouts have given the chart
        # its size, and is then laid out once, at that size. Laid out first (its request is posted before the
        # answer's area asks for its new height), a mode switch resized each chart's plot twice: for the legend's
        # row, then for the answer's new height, each time its axes drawn again (counted in bench/gui_latency.py).
        # A chart that is resized lays its layout out as part of that resize; the others do it at activate().
        # (Qt posts a layout's request only when the layout was activated since: it must be activated below.)
        held = [chart.ci for chart in charts]
        for _level in range(6):  # a chart's minimum height goes up through the splitter, the tabs, the window
            for item in held:
                QCoreApplication.removePostedEvents(item, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for slot in (self.vram_slot, self.context_slot):
            slot.fit()  # a chart just shown, in a slot the layouts did not resize
        for item in held:
            item.layout.activate()
        # an axis that needs another width for its labels: laid out now too, not after the paint
        return [
            chart.settle_axes() or switched or (chart.size(), chart.plot.geometry()) != size
            for chart, size in zip(charts, sizes, strict=True)
        ]

    def _show_fit(self, report: FitReport) -> None:
        scenario = self.fit_presenter.scenario
        assert scenario is not None
        self.fit_explorer.set_report(report, scenario)
        self.answer.set_fit_report(scenario, report)

    def show_fit_explorer(self) -> None:
        self.views.setCurrentWidget(self.fit_page)

    def _move_answer(self, index: int) -> None:
        page = self.views.widget(index)
        if isinstance(page, AnswerPage):
            page.take_answer(self.answer_scroll)
            self.verdict_pin.attach(page)

    def show_compare(self) -> None:
        self.views.setCurrentWidget(self.compare_panel)

    def _step_scenario(self, step: int) -> None:
        doc = self.document
        doc.switch_to((doc.active + step) % len(doc.scenarios))

    def _set_unit(self, unit: str) -> None:
        self.answer.set_unit(unit)
        self.fit_explorer.set_unit(unit)
        self.compare_panel.set_unit(unit)
        for pair in self._chart_pairs.values():
            for chart in pair:
                chart.set_unit(unit)
        self.editor.gpu_picker.set_unit(unit)
        self.unit_actions[unit].setChecked(True)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — GPU Sizer")
        self.setWindowModified(self.document.is_modified())

    def show_guide(self) -> None:
        """Non-modal: the guide stays open beside the window while the user follows it."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About GPU Sizer"),
            self.tr(
                "<b>GPU Sizer {0}</b><p>What GPU memory, compute and time a deep-learning model needs.</p>"
                "<p>Every figure's tooltip shows its formula and inputs. Help ▸ User guide shows how to use it.</p>"
            ).format(app_version()),
        )

    # --- Qt overrides ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.preferences.settings.setValue("window/geometry", self.saveGeometry())
            # nothing more is computed for a closed window: its jobs are dropped, not waited for (gui/workers.py)
            self.fit_presenter.cancel()
            self.compare_presenter.cancel()
            self.importer.cancel()
            workers.quick_handover()  # the jobs still running end in the background: the exit gets the interpreter
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.handle_drop(paths)
