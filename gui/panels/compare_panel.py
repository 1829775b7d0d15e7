"""The Compare tab: the document's scenarios side by side — a table (one column per scenario: totals, fit,
headroom, each memory category, speed, cost) above the overlay of their memory curves — with buttons that export
the chart as PNG and the table as Markdown or CSV. It shows what the ComparePresenter computed; it computes
nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.compare import Comparison, Row
from core.result import CATEGORIES
from gui.charts.compare_chart import CompareChart, series_colour
from gui.elide import elide_apart
from gui.fields import in_window_words, scenario_name
from gui.format import fmt_bytes
from gui.i18n_engine import catalogue_name, engine_text
from gui.theme import ChartStyle

translate = QCoreApplication.translate

PLOT_PX = 260  # the overlay's plot, where the window has room: four curves and their GPUs' usable lines apart
AXIS_PX = 40  # its bottom axis, ticks and label (38 px measured; before its first layout the axis reads 20)


def category_names() -> dict[str, str]:
    return {
        "weights": translate("Compare", "Weights"),
        "kv_cache": translate("Compare", "KV cache"),
        "activations": translate("Compare", "Activations"),
        "gradients": translate("Compare", "Gradients"),
        "optimizer_states": translate("Compare", "Optimizer states"),
        "overhead": translate("Compare", "Overhead"),
    }


def _speed(r: Row) -> str:
    if r.speed is None:
        return "—"
    unit = {
        "tokens/s": translate("Compare", "tokens/s"),
        "images/s": translate("Compare", "images/s"),
    }.get(r.speed_unit, r.speed_unit)
    speed = f"{r.speed:,.0f} {unit}"
    # as the answer says it: What fits gives a GPU that the setup does not fit no speed at all
    return speed if r.fits else translate("Compare", "if it fit: {0}").format(speed)


def _money(v: float | None) -> str:
    return "—" if v is None else f"${v:,.2f}"


def comparison_rows(c: Comparison, unit: str) -> list[list[str]]:
    """The table as text, translated: the first row names the scenarios, each further row one figure."""
    rows = c.rows
    mode = {"inference": translate("Compare", "inference"), "training": translate("Compare", "training")}
    out = [
        [translate("Compare", "Scenario"), *(scenario_name(r.name) for r in rows)],
        [translate("Compare", "Model"), *(r.model for r in rows)],
        [translate("Compare", "GPU"), *(f"{r.gpus} × {catalogue_name(r.gpu_name)}" for r in rows)],
        [translate("Compare", "Mode"), *(mode[r.mode] for r in rows)],
        [translate("Compare", "Weights / precision"), *(r.weights for r in rows)],
        [
            translate("Compare", "Context / batch"),
            *(f"{'—' if r.context is None else f'{r.context:,}'} / {r.batch:,}" for r in rows),
        ],
        [translate("Compare", "Total per GPU"), *(fmt_bytes(r.total_bytes, unit) for r in rows)],
        [translate("Compare", "Usable per GPU"), *(fmt_bytes(r.usable_bytes, unit) for r in rows)],
        [
            translate("Compare", "Fits"),
            *(translate("Compare", "fits") if r.fits else translate("Compare", "does not fit") for r in rows),
        ],
        [translate("Compare", "Headroom"), *(fmt_bytes(r.headroom_bytes, unit) for r in rows)],
    ]
    none = translate("Compare", "none")
    if any(r.context is not None for r in rows):
        out.append(
            [
                translate("Compare", "Largest context that fits"),
                *(
                    "—" if r.context is None else (none if r.largest_context is None else f"{r.largest_context:,}")
                    for r in rows
                ),
            ]
        )
    out.append(
        [
            translate("Compare", "Largest batch that fits"),
            *(none if r.largest_batch is None else f"{r.largest_batch:,}" for r in rows),
        ]
    )
    names = category_names()
    for key in CATEGORIES:
        if any(r.components[key] for r in rows):
            out.append([names[key], *(fmt_bytes(r.components[key], unit) for r in rows)])
    out.append([translate("Compare", "Speed"), *(_speed(r) for r in rows)])
    if any(r.cost_per_hour is not None for r in rows):
        out.append([translate("Compare", "Cost per hour"), *(_money(r.cost_per_hour) for r in rows)])
    if any(r.training_cost_usd is not None for r in rows):
        out.append([translate("Compare", "Training cost"), *(_money(r.training_cost_usd) for r in rows)])
    return out


class _NamesHeader(QHeaderView):
    """The scenarios' names over the table's columns, cut where a column is short so that no two read alike
    (gui/elide.py): cut at their end, two copies of one long name both read "Llama 3.1 70B on 4 × A100, bf16
    wei…" (seen on Xvfb at 1280×720). Each name's tooltip holds it whole."""

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        model = self.model()
        if model is None:
            return
        names = [str(model.headerData(i, self.orientation()) or "") for i in range(self.count())]
        # the room the style gives the text (QCommonStyle's CE_HeaderLabel): the label's rectangle, less the icon and
        # a margin beside it (the icon's extent at most: the swatch's pixmap may be smaller)
        style = self.style()
        probe = QStyleOptionHeader(option)
        probe.rect = QRect(0, 0, self.sectionSize(logicalIndex), max(self.height(), 1))
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, probe, self).width()
        if not option.icon.isNull():
            room -= style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, self)
            room -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        metrics = self.fontMetrics()
        option.text = elide_apart(names, logicalIndex, lambda text: metrics.horizontalAdvance(text) <= room)


def _swatch(colour: QColor) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(colour)
    return QIcon(pix)


class ComparePanel(QWidget):
    export_requested = Signal(str)  # "png" | "md" | "csv"
    copy_requested = Signal()  # the chart's image to the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.unit = "GiB"
        self._user_split = False  # the user moved the splitter: their split stays
        self._table_needed = 0  # px: the table's header and every row
        self._natural: list[int] = []  # px: each column's width for its contents
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # wrapped: on one line its longest text (one scenario: how to add another) asked 557 px, and the window,
        # 1,333 px wide, no longer fitted a 1280×720 screen once the tab was shown (seen on Xvfb)
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.buttons: dict[str, QPushButton] = {}
        for fmt, text, tip in (
            ("png", self.tr("Export PNG…"), self.tr("The overlay chart as a PNG image")),
            ("md", self.tr("Export Markdown…"), self.tr("The table as Markdown")),
            ("csv", self.tr("Export CSV…"), self.tr("The table as CSV: one line per scenario, bytes as integers")),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export_requested.emit(f))
            top.addWidget(button)
            self.buttons[fmt] = button
        layout.addLayout(top)
        self.table = QTableWidget(self)
        self.table.setHorizontalHeader(_NamesHeader(Qt.Orientation.Horizontal, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(110)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The chart is built when the tab is first shown (`chart`): a pyqtgraph chart costs a launch ~18 ms that
        # most sessions never use. Until then an empty widget holds its place in the splitter.
        self._chart: CompareChart | None = None
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(QWidget(self))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)  # the table scrolls; the chart keeps the larger share
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.splitter.splitterMoved.connect(self._moved_by_user)  # a drag (setSizes does not emit it)
        self.table.viewport().installEventFilter(self)
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self._measure)
        self.table.verticalHeader().sectionResized.connect(self._row_resized)
        self.table.setMinimumHeight(120)
        # its rows' height is no claim on the splitter (the stretch factors share the room; it scrolls)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.set_busy(True)

    @property
    def chart(self) -> CompareChart:
        """The overlay chart, built on first use (the tab's first show), with the unit and comparison so far."""
        if self._chart is None:
            chart = self._chart = CompareChart(self)
            chart.export_requested.connect(self.export_requested)  # its context menu: "png"
            chart.copy_requested.connect(lambda _chart: self.copy_requested.emit())
            chart.set_unit(self.unit)
            if self.comparison is not None:
                chart.set_comparison(self.comparison)
            else:  # the first comparison is still being computed: the status line says so, and the chart too
                chart.set_waiting(self.status.text())
            placeholder = self.splitter.replaceWidget(1, chart)
            if placeholder is not None:
                placeholder.deleteLater()
            chart.legend.rows_changed.connect(self._split)  # after the chart's own minimum follows the rows
            # its overhead, measured, may differ from the estimate: split again once the chart's layout is done (from
            # inside it, the splitter's resize of the chart was lost: the chart kept its old layout, 30 px unused)
            chart.plot.vb.sigResized.connect(lambda *_args: QTimer.singleShot(0, self, self._split))
        return self._chart

    def showEvent(self, event: QShowEvent) -> None:
        self.chart  # noqa: B018  # built before the tab's first paint
        super().showEvent(event)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Comparing…"))
            if self._chart is not None and self.comparison is None:
                self._chart.set_waiting(self.status.text())
        else:
            self._say_count()

    def _say_count(self) -> None:
        n = 0 if self.comparison is None else len(self.comparison.rows)
        if n == 1:
            text = self.tr("One scenario: add another with + in the scenario bar (a copy of this one) to compare.")
        else:
            text = self.tr("{0} scenarios side by side.").format(n)
        self.status.setText(text)

    def set_error(self, message: str) -> None:
        self.status.setText(self.tr("Cannot compare: {0}").format(in_window_words(engine_text(message))))

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        if self._chart is not None:
            self._chart.set_unit(unit)
        if self.comparison is not None:
            self._fill_table()

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        if self._chart is not None:  # first: the table's first split reads the chart's legend rows
            self._chart.set_comparison(comparison)
        self._fill_table()
        self._say_count()

    def _fill_table(self) -> None:
        c = self.comparison
        assert c is not None
        rows = comparison_rows(c, self.unit)
        head, body = rows[0], rows[1:]
        style = ChartStyle.from_palette(self.palette())
        fits_label = translate("Compare", "Fits")
        self.table.clear()
        self.table.setColumnCount(len(head) - 1)
        self.table.setRowCount(len(body))
        for j, name in enumerate(head[1:]):
            item = QTableWidgetItem(_swatch(series_colour(j, style.dark)), name)
            item.setToolTip(name)
            self.table.setHorizontalHeaderItem(j, item)
        for i, row in enumerate(body):
            self.table.setVerticalHeaderItem(i, QTableWidgetItem(row[0]))
            for j, text in enumerate(row[1:]):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row[0] == fits_label:
                    item.setForeground(style.fit_marker if c.rows[j].fits else style.limit)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self._natural = [min(max(header.sectionSize(j), 120), 260) for j in range(self.table.columnCount())]
        self._spread_columns()
        # the table never takes more height than its rows need: the rest goes to the chart
        self.table.resizeRowsToContents()  # now: the header would size them at its next layout, after these measures
        self._measure()

    def _measure(self) -> None:
        """The height the table's rows need and its least height; again when a row's height changes after the fill:
        spread over the table's width, a column wraps its text anew (in Chinese on Xvfb the rows grew from 30, 18,
        18 px to 37, 22, 22 once laid out, and the least height measured before cut the third row)."""
        t = self.table
        self._table_needed = t.verticalHeader().length() + t.horizontalHeader().height() + 2 * t.frameWidth()
        self._table_needed += t.horizontalScrollBar().sizeHint().height()
        self._least_height()
        self._split()

    def _row_resized(self, _index: int, _old: int, _new: int) -> None:
        """Measured once the header is done (during its signal a row still reports its old height)."""
        if self._table_needed and not self._remeasure.isActive():
            self._remeasure.start()

    def _least_height(self) -> None:
        """At least its header and three rows (in Chinese the rows are taller: a fixed 120 px took the chart's room),
        and room for the horizontal scroll bar under them: without it, the bar covered half the third row (in
        Chinese, where the model's name takes two lines; seen on Xvfb at 1280×720). Always: the columns are spread
        over the whole width, so at this height the vertical bar's arrival narrows the table and brings the
        horizontal one."""
        t = self.table
        if t.rowCount():
            shown = min(3, t.rowCount())
            least = t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(i) for i in range(shown))
            least += t.horizontalScrollBar().sizeHint().height()
            t.setMinimumHeight(least + 2 * t.frameWidth())
        t.setMaximumHeight(max(self._table_needed, t.minimumHeight()))

    def _split(self) -> None:
        """Until the user moves the splitter: the chart gets room for PLOT_PX of plot (its title, axes and legend
        besides), the table the rest, up to the height its rows need or half the height, and never less than its
        minimum (header and first rows; it scrolls beyond). Done again when the chart's legend gains or loses a
        row, or the panel's height changes; the user's own split stays."""
        if self._user_split or not self.isVisible() or self._table_needed == 0:
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        c = self.chart
        plot = c.plot.vb.height()
        if c.height() > plot > 1:  # laid out: what it has besides its plot, measured (a Chinese title is taller)
            chart = round(c.height() - plot) + PLOT_PX
        else:  # not yet: title, legend (its minimum counts those) and the bottom axis, estimated
            chart = c.minimumHeight() - c.PLOT_MIN_PX + AXIS_PX + PLOT_PX
        table = max(self.table.minimumHeight(), min(self._table_needed, total // 2, total - chart))
        if self.splitter.sizes() != [table, total - table]:
            self.splitter.setSizes([table, total - table])

    def _spread_columns(self) -> None:
        """The columns at their contents' width (120 to 260 px), and the width the table has beyond that shared
        between them: at 1920×1080 three scenarios left a third of the table empty at its right."""
        header = self.table.horizontalHeader()
        n = len(self._natural)
        if n == 0 or header.count() != n:
            return
        spare = max(0, self.table.viewport().width() - sum(self._natural))
        for j, width in enumerate(self._natural):
            header.resizeSection(j, width + spare // n)

    def _moved_by_user(self) -> None:
        self._user_split = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._split()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._spread_columns()  # the table's own width, once the layout gave it (after the panel's resize)
        return super().eventFilter(watched, event)
