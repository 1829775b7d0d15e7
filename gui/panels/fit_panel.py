"""The fit explorer (a tab beside the charts): for the current scenario, the largest context, batch and
concurrency that fit; the fewest GPUs and their layout; every catalogue GPU (fits, headroom, speed, cost per hour;
sortable); every weight format with LM Studio's badge (fits fully / partially / too large). The cheapest changes
that make a scenario fit are in the answer panel, above it. Everything is `core.fit.explore`'s FitReport,
computed in a worker (`gui.fit_presenter`); the fewest GPUs, a GPU or a format is applied with one click (or a
double-click on its row) as one undoable edit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.fit import Edit, FitReport, FormatOption, GpuOption
from core.scenario import Scenario
from gui.fields import in_window_words, scenario_name
from gui.format import fmt_bytes, fmt_int, fmt_money, fmt_number
from gui.i18n_engine import badge_text, catalogue_name, engine_text, layout_text, name_text, speed_unit
from gui.media_words import media_words

BADGE_COLOURS = {"fits": "#1b8a4b", "partial": "#b45309", "too_large": "#c62828"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SortItem(QTableWidgetItem):
    """A cell that sorts by its key (SORT_ROLE), not its text: '9.5 GiB' before '10 GiB'. A blank ('—': no
    speed, no price) gets the key that sorts it last in the column's useful order."""

    def __init__(self, text: str, key: float | str) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return bool(self.data(SORT_ROLE) < other.data(SORT_ROLE))


class FitExplorer(QWidget):
    apply_requested = Signal(str, object)  # what the undo step is called, the edits (tuple[Edit, ...])

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: FitReport | None = None
        self.scenario: Scenario | None = None
        self.unit = "GiB"
        self.status = QLabel(self)
        self.status.setObjectName("FitStatus")
        self.status.setWordWrap(True)

        limits = QGroupBox(self.tr("The most that fits"), self)
        grid = QGridLayout(limits)
        grid.setHorizontalSpacing(14)
        self.limit_names: dict[str, QLabel] = {}
        self.limit_values: dict[str, QLabel] = {}
        for row, key in enumerate(("context", "batch", "concurrency", "gpus")):
            name, value = QLabel(limits), QLabel(limits)
            name.setObjectName("AnswerName")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.limit_names[key], self.limit_values[key] = name, value
        self.gpus_button = QPushButton(self.tr("Apply"), limits)
        self.gpus_button.setToolTip(self.tr("Set this GPU count and layout (one undoable edit)"))
        self.gpus_button.clicked.connect(self._apply_gpus)
        grid.addWidget(self.gpus_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

        self.gpu_table = self._table(
            [
                self.tr("GPU"),
                self.tr("Fits"),
                self.tr("Per GPU"),
                self.tr("Headroom"),
                self.tr("Speed"),
                self.tr("Cost/h"),
            ],
            4,
        )
        self.gpu_table.cellDoubleClicked.connect(lambda row, _col: self._apply_row(self.gpu_table, row))
        self.format_table = self._table(
            [
                self.tr("Weight format"),
                self.tr("Bits/weight"),
                self.tr("On this GPU"),
                self.tr("Weights"),
                self.tr("Per GPU"),
                self.tr("Headroom"),
            ],
            3,
        )
        self.format_table.cellDoubleClicked.connect(lambda row, _col: self._apply_row(self.format_table, row))
        self.format_note = QLabel(self)
        self.format_note.setWordWrap(True)
        formats = QWidget(self)
        fl = QVBoxLayout(formats)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.format_note)
        fl.addWidget(self.format_table, 1)
        self.tables = QTabWidget(self)
        self.tables.addTab(self.gpu_table, self.tr("GPUs"))
        self.tables.addTab(formats, self.tr("Weight formats"))
        self.apply_button = QPushButton(self.tr("Use the selected row"), self)
        self.apply_button.setToolTip(self.tr("Or double-click a row. One undoable edit."))
        self.apply_button.clicked.connect(self._apply_selected)
        self.hint = QLabel(self.tr("Double-click a row to use it; click a column header to sort."), self)
        self.hint.setForegroundRole(self.hint.foregroundRole())
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(limits)
        layout.addWidget(self.tables, 1)
        layout.addLayout(bottom)
        self.set_busy(True)

    def _table(self, headers: list[str], sort_column: int) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    # --- inputs ------------------------------------------------------------------------------------------
    def set_unit(self, unit: str) -> None:
        self.unit = unit
        if self.report is not None and self.scenario is not None:
            self.set_report(self.report, self.scenario)

    def set_busy(self, busy: bool) -> None:
        """A newer scenario is being computed: the shown rows are the previous scenario's, so they cannot be
        applied (their edits were found for it)."""
        self.status.setText(self.tr("Computing what fits…") if busy else self._summary())
        for w in (self.gpu_table, self.format_table, self.apply_button, self.gpus_button):
            w.setEnabled(not busy)

    def set_error(self, message: str) -> None:
        self.status.setText(self.tr("No answer for this scenario: {0}").format(in_window_words(engine_text(message))))

    def _summary(self) -> str:
        r = self.report
        if r is None:
            return ""
        verdict = self.tr("fits") if r.fits else self.tr("does not fit")
        return self.tr("{0} on {1} × {2}: {3} ({4} of {5} per GPU).").format(
            scenario_name(r.scenario_name),
            r.gpus,
            catalogue_name(r.gpu_name),
            verdict,
            fmt_bytes(r.total_bytes, self.unit),
            fmt_bytes(r.usable_bytes, self.unit),
        )

    def set_report(self, report: FitReport, scenario: Scenario) -> None:
        """`report` answers `scenario` (core.fit.explore)."""
        self.report, self.scenario = report, scenario
        unit = self.unit
        lim = report.limits
        images = not lim.has_context
        ex = {k: engine_text(v, unit) for k, v in lim.explanations.items()}
        context = self._count(lim.context, self.tr("{0} tokens"))
        if lim.media_tokens and lim.context is None:  # as the answer says it: "none fits" beside it read as less
            media = fmt_int(lim.media_tokens)
            context = self.tr("none — not even the {0} {1} fit").format(media, media_words(scenario))
        if lim.media_tokens and lim.context:  # the context holds the images' and audio's tokens
            context += self.tr(", of which {0} {1} ({2} for text)").format(
                fmt_int(lim.media_tokens), media_words(scenario), fmt_int(lim.context - lim.media_tokens)
            )
        self._limit(
            "context",
            self.tr("Largest context"),
            context,
            "\n".join(t for t in (ex.get("context", ""), ex.get("context_media", "")) if t),
            lim.has_context,
        )
        per = self.tr("{0} images") if images else self.tr("{0} sequences")
        self._limit("batch", self.tr("Largest batch"), self._count(lim.batch, per), ex.get("batch", ""), True)
        self._limit(
            "concurrency",
            self.tr("Most concurrent requests"),
            self._count(lim.concurrency, self.tr("{0} requests")),
            ex.get("concurrency", ""),
            "concurrency" in ex,
        )
        needed = report.gpus_needed
        if needed.found and needed.gpus is not None and needed.layout is not None:
            text = self.tr("{0} × {1} ({2}): {3} per GPU, headroom {4}").format(
                needed.gpus,
                catalogue_name(report.gpu_name),
                layout_text(needed.layout, scenario),
                fmt_bytes(needed.total_bytes or 0, unit),
                fmt_bytes(needed.headroom_bytes or 0, unit),
            )
        else:
            text = self.tr("none up to {0} GPUs").format(fmt_int(needed.searched_up_to))
        self.limit_names["gpus"].setText(self.tr("Fewest GPUs"))
        self.limit_values["gpus"].setText(text)
        self.limit_values["gpus"].setToolTip(engine_text(needed.explanation, unit))
        self.gpus_button.setVisible(bool(needed.found and needed.edits))

        self._fill_gpus(report.catalogue, images)
        self._fill_formats(report.formats)
        self.format_note.setText(engine_text(report.formats_note, unit))
        self.format_note.setVisible(bool(report.formats_note))
        self.set_busy(False)

    def _count(self, n: int | None, words: str) -> str:
        return self.tr("none fits") if n is None else words.format(fmt_int(n))

    def _limit(self, key: str, name: str, value: str, tooltip: str, applies: bool) -> None:
        self.limit_names[key].setText(name)
        self.limit_values[key].setText(value)
        self.limit_values[key].setToolTip(tooltip)
        self.limit_names[key].setVisible(applies)
        self.limit_values[key].setVisible(applies)

    def _row_items(self, table: QTableWidget, row: int, cells: Sequence[QTableWidgetItem], edits: object) -> None:
        for col, item in enumerate(cells):
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, edits)
            table.setItem(row, col, item)

    def _fill_gpus(self, rows: Sequence[GpuOption], images: bool) -> None:
        table, unit = self.gpu_table, self.unit
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderItem(4, QTableWidgetItem(self.tr("Speed ({0})").format(speed_unit(images))))
        for r, g in enumerate(rows):
            said = catalogue_name(g.gpu_name)
            name = SortItem(said if g.gpus == 1 else f"{g.gpus} × {said}", g.gpu_name.lower())
            name.setToolTip(g.gpu_id)
            fits = SortItem(self.tr("✔ fits") if g.fits else self.tr("✖ no"), 1 if g.fits else 0)
            fits.setForeground(QBrush(QColor(BADGE_COLOURS["fits" if g.fits else "too_large"])))
            speed = SortItem(fmt_number(g.speed) if g.speed is not None else "—", g.speed or -1.0)  # blank: slowest
            speed.setToolTip(engine_text(g.speed_label, unit))
            cost = SortItem(  # no price on record: after every priced GPU, cheapest first
                fmt_money(g.cost_per_hour) if g.cost_per_hour is not None else "—",
                g.cost_per_hour if g.cost_per_hour is not None else float("inf"),
            )
            if g.price_source:
                cost.setToolTip(
                    self.tr("{0} per GPU-hour; source: {1}").format(
                        fmt_money(g.price_per_gpu_hour or 0), engine_text(g.price_source, unit)
                    )
                )
            room = SortItem(fmt_bytes(g.headroom_bytes, unit), g.headroom_bytes)
            cells = [name, fits, SortItem(fmt_bytes(g.total_bytes, unit), g.total_bytes), room, speed, cost]
            self._row_items(table, r, cells, (self.tr("Use {0}").format(said), g.edits))
        table.setSortingEnabled(True)  # re-sorts by the column the user chose (first: speed, fastest first)

    def _fill_formats(self, rows: Sequence[FormatOption]) -> None:
        table, unit = self.format_table, self.unit
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        order = {"fits": 0, "partial": 1, "too_large": 2}
        for r, f in enumerate(rows):
            name = SortItem(name_text(f.name), f.name.lower())
            name.setToolTip(f.format_id)
            badge = SortItem(badge_text(f.badge), order[f.badge])
            badge.setBackground(QBrush(QColor(BADGE_COLOURS[f.badge])))
            badge.setForeground(QBrush(QColor("white")))
            badge.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setToolTip(engine_text(f.explanation, unit))
            cells = [
                name,
                SortItem(fmt_number(f.bits_per_weight), f.bits_per_weight),
                badge,
                SortItem(fmt_bytes(f.weights_bytes, unit), f.weights_bytes),
                SortItem(fmt_bytes(f.total_bytes, unit), f.total_bytes),
                SortItem(fmt_bytes(f.headroom_bytes, unit), f.headroom_bytes),
            ]
            self._row_items(table, r, cells, (self.tr("Use weight format {0}").format(name_text(f.name)), f.edits))
        table.setSortingEnabled(True)  # first: weights, largest first (as LM Studio lists them)

    # --- actions -----------------------------------------------------------------------------------------
    def _apply_gpus(self) -> None:
        r = self.report
        if r is not None and r.gpus_needed.found:
            self.apply_requested.emit(self.tr("Use {0} GPUs").format(r.gpus_needed.gpus), r.gpus_needed.edits)

    def _apply_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is None or not table.isEnabled():
            return
        title, edits = item.data(Qt.ItemDataRole.UserRole)
        self.apply_requested.emit(title, tuple(e if isinstance(e, Edit) else Edit.model_validate(e) for e in edits))

    def _apply_selected(self) -> None:
        table = self.gpu_table if self.tables.currentIndex() == 0 else self.format_table
        rows = table.selectionModel().selectedRows()
        if rows:
            self._apply_row(table, rows[0].row())
