"""Tools ▸ Serving planner: a load (requests/s, output tokens/s or concurrent streams, with prompt and output
lengths) and latency targets → replicas, GPUs, parallelism and cost, with the KV-cache capacity and the batch each
replica sustains (core.serving.plan_serving) for the current scenario's model, GPU, weights and runtime. A layout
that does not fit serves nothing: the planner says so, with each layout's reason, and shows no capacity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core import serving
from core.estimate import resolve_gpu
from core.scenario import Scenario
from gui.dialogs.tool_dialog import ResultRows, ToolDialog, fit_columns, float_spin, int_spin
from gui.document import ScenarioDocument
from gui.format import fmt_amount, fmt_bytes, fmt_duration, fmt_int, fmt_money, fmt_number, formula_tooltip, pair
from gui.i18n_engine import catalogue_name, engine_text
from gui.preferences import Preferences


class ServingPlanDialog(ToolDialog):
    def __init__(
        self, document: ScenarioDocument, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Serving planner"), preferences, parent)
        self.document = document
        self.scenario_rows = ResultRows(self.tr("Scenario"), self, keep=True)
        for key, title in (
            ("model", self.tr("Model")),
            ("gpu", self.tr("GPU")),
            ("engine", self.tr("Weights, runtime")),
        ):
            self.scenario_rows.add(key, title)
        self.layout_.insertWidget(0, self.scenario_rows)
        self.load_kind = QComboBox(self)
        self.load_kind.addItem(self.tr("requests per second"), "requests_per_second")
        self.load_kind.addItem(self.tr("output tokens per second (all users)"), "output_tokens_per_second")
        self.load_kind.addItem(self.tr("concurrent streams"), "streams")
        self.load = float_spin(self, 0.001, 1e9, 10, 3, compact=True)
        self.load.setToolTip(self.tr("How much: requests/s, generated tokens/s, or streams generating at once"))
        row = QHBoxLayout()
        row.addWidget(self.load, 1)
        row.addWidget(self.load_kind)
        self.prompt = int_spin(self, 1, 10_000_000, 1024, self.tr(" tokens"))
        self.output = int_spin(self, 1, 10_000_000, 256, self.tr(" tokens"))
        self.price = float_spin(self, 0, 1_000_000, 0, 2, " $/h")
        self.price.setToolTip(self.tr("Price per GPU-hour (0: the GPU's listed price, if it has one)"))
        self.inputs.addRow(self.tr("Load"), row)
        self.inputs.addRow(self.tr("Prompt per request"), self.prompt)
        self.inputs.addRow(self.tr("Output per request"), self.output)
        self.inputs.addRow(self.tr("Price per GPU-hour"), self.price)
        targets = QGroupBox(self.tr("Latency targets"), self)
        t_row = QHBoxLayout(targets)
        self.ttft_on = QGroupBox(self.tr("Time to first token ≤"), targets)
        self.ttft_on.setCheckable(True)
        self.ttft = float_spin(self.ttft_on, 1, 1e7, 1000, 0, " ms")
        QHBoxLayout(self.ttft_on).addWidget(self.ttft)
        self.tpot_on = QGroupBox(self.tr("Time per output token ≤"), targets)
        self.tpot_on.setCheckable(True)
        self.tpot = float_spin(self.tpot_on, 0.1, 1e6, 50, 1, " ms", compact=True)
        QHBoxLayout(self.tpot_on).addWidget(self.tpot)
        t_row.addWidget(self.ttft_on)
        t_row.addWidget(self.tpot_on)
        self.layout_.addWidget(targets)

        self.results = ResultRows(self.tr("Plan"), self)
        for key, title in (
            ("answer", self.tr("Answer")),
            ("cost", self.tr("Cost")),
            ("kv", self.tr("KV cache per replica")),
            ("batch", self.tr("Batch per replica")),
            ("latency", self.tr("Latency")),
            ("throughput", self.tr("Per replica")),
        ):
            self.results.add(key, title)
        self.options = QTableWidget(0, 8, self)
        self.options.setHorizontalHeaderLabels(
            [
                self.tr("Replica layout"),
                self.tr("KV seats"),
                self.tr("Batch"),
                self.tr("TTFT"),
                self.tr("TPOT"),
                self.tr("Requests/s"),
                self.tr("GPUs"),
                self.tr("Note"),
            ]
        )
        self.options.verticalHeader().hide()
        self.options.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.options.setMinimumHeight(150)
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.options.horizontalHeader().setStretchLastSection(True)
        self.options.setWordWrap(True)
        for spin in (self.load, self.ttft, self.tpot, self.price, self.prompt, self.output):
            spin.valueChanged.connect(self.recompute)
        self.load_kind.currentIndexChanged.connect(self._load_kind_changed)
        self.ttft_on.toggled.connect(self.recompute)
        self.tpot_on.toggled.connect(self.recompute)
        document.changed.connect(self._scenario_changed)
        if preferences is not None:
            preferences.unit_changed.connect(self.recompute)
        self.prefill()
        self.finish_layout(self.results, self.options)
        self.resize(860, 0)

    def prefill(self) -> None:
        """Prompt, output and price from the current scenario (each time the planner opens)."""
        s = self.document.scenario
        self._ready, ready = False, self._ready
        out = s.workload.output_tokens or 256
        self.output.setValue(out)
        self.prompt.setValue(max(1, s.workload.context - out))
        self.price.setValue(s.cost.price_per_gpu_hour)
        self._ready = ready
        self.recompute()

    def _scenario_changed(self, _scenario: Scenario) -> None:
        if self.isVisible():
            self.recompute()

    def _load_kind_changed(self) -> None:
        """Streams are whole; a request rate may be a fraction."""
        self.load.blockSignals(True)
        self.load.setDecimals(3 if self.load_kind.currentData() == "requests_per_second" else 0)
        self.load.blockSignals(False)
        self.recompute()

    def clear_results(self) -> None:
        super().clear_results()
        self.options.setRowCount(0)

    def serving_load(self) -> serving.ServingLoad:
        kind = self.load_kind.currentData()
        value: float | int = max(1, round(self.load.value())) if kind == "streams" else self.load.value()
        return serving.ServingLoad.model_validate(
            {kind: value, "prompt_tokens": self.prompt.value(), "output_tokens": self.output.value()}
        )

    def compute(self) -> None:
        s = self.document.scenario
        gpu = resolve_gpu(s)
        self.scenario_rows.set("model", catalogue_name(s.model.architecture.name))
        self.scenario_rows.set("gpu", catalogue_name(gpu.name))
        self.scenario_rows.set("engine", f"{s.precision.weights}, {s.runtime.name}")
        if self.price.value():
            s = s.changed("cost.price_per_gpu_hour", self.price.value())
        plan = serving.plan_serving(
            s,
            self.serving_load(),
            ttft_target=self.ttft.value() / 1e3 if self.ttft_on.isChecked() else None,
            tpot_target=self.tpot.value() / 1e3 if self.tpot_on.isChecked() else None,
        )
        self.show_plan(plan)

    def layout_words(self, o: serving.ReplicaOption) -> str:
        return self.tr("one GPU") if o.tp == 1 else self.tr("tensor parallel × {0}").format(o.tp)

    def show_plan(self, plan: serving.ServingPlan) -> None:
        r, c = self.results, plan.chosen
        if c is None or c.replicas is None or c.total_gpus is None:
            # never a capacity for a layout that does not fit or misses a target: say so, with each reason below
            r.clear()
            self.message.setText(
                self.tr(
                    "No replica layout (tensor parallel 1, 2, 4 or 8) of {0} both fits and meets the targets: "
                    "no capacity to plan. Each layout's reason is in the table; try a larger GPU, a smaller weight "
                    "format or looser targets."
                ).format(catalogue_name(plan.gpu_name))
            )
            self.message.show()
        else:
            tip = formula_tooltip(
                self.tr("Serving plan"), "", "", engine_text(c.explanation), source=engine_text(plan.expected_error)
            )
            if c.total_gpus == 1:
                answer = self.tr("{0} replica × {1} GPU ({2}) = {3} GPU")
            elif c.replicas == 1:
                answer = self.tr("{0} replica × {1} GPU ({2}) = {3} GPUs")
            else:
                answer = self.tr("{0} replicas × {1} GPU ({2}) = {3} GPUs")
            r.set(
                "answer",
                answer.format(fmt_int(c.replicas), c.gpus_per_replica, self.layout_words(c), fmt_int(c.total_gpus)),
                tip,
            )
            if c.cost_per_hour is not None:
                r.set("cost", self.tr("{0} per hour").format(fmt_money(c.cost_per_hour)), tip)
            else:
                r.hide_row("cost")
            r.set(
                "kv",
                self.tr("{0} requests of {1} tokens ({2} per GPU)").format(
                    fmt_int(c.kv_capacity_requests or 0),
                    fmt_int(plan.load.prompt_tokens + plan.load.output_tokens),
                    fmt_bytes(c.kv_cache_bytes or 0, self.unit),
                ),
                tip,
            )
            r.set("batch", self.tr("{0} requests at once").format(fmt_int(c.batch or 0)), tip)
            r.set(
                "latency",
                self.tr("TTFT {0}, TPOT {1}").format(
                    fmt_duration(c.ttft_seconds or 0), fmt_duration(c.tpot_seconds or 0)
                ),
                tip,
            )
            r.set(
                "throughput",
                self.tr("{0} requests/s = {1} output tokens/s").format(
                    fmt_number(c.requests_per_second or 0), fmt_int(c.output_tokens_per_second or 0)
                ),
                tip,
            )
        self.options.setRowCount(len(plan.options))
        for row, o in enumerate(plan.options):
            cells = (
                self.layout_words(o),
                "—" if o.kv_capacity_requests is None else fmt_int(o.kv_capacity_requests),
                "—" if o.batch is None else fmt_int(o.batch),
                "—" if o.ttft_seconds is None else fmt_duration(o.ttft_seconds),
                "—" if o.tpot_seconds is None else fmt_duration(o.tpot_seconds),
                "—" if o.requests_per_second is None else fmt_number(o.requests_per_second),
                "—" if o.total_gpus is None else fmt_int(o.total_gpus),
                engine_text(o.reason) or (self.tr("meets the targets") if o.meets_targets else ""),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(engine_text(o.explanation or o.reason))
                self.options.setItem(row, col, item)
        fit_columns(self.options)
        self.options.resizeRowsToContents()
        figures = {
            serving.DECODE: self.tr("decode time per output token"),
            serving.TTFT: self.tr("time to first token"),
            serving.LATENCY: self.tr("end-to-end latency of a fixed batch"),
            serving.THROUGHPUT: self.tr("output tokens/s at the stated concurrency"),
            serving.POISSON: self.tr("time per output token under Poisson arrivals (ShareGPT lengths)"),
        }
        measured = [
            self.tr("Measured error of the {0}: {1} to {2} against {3}'s published benchmarks").format(
                figures.get(fig, fig), _percent(lo), _percent(hi), engine
            )
            for engine, fig, lo, hi in plan.time_error
        ]
        self.set_notes(
            [*plan.notes, *measured, self.tr("Expected error: {0}").format(engine_text(plan.expected_error))]
        )


def _percent(x: float) -> str:
    """A signed error: '−5%', '+2%', '0%'."""
    return "0%" if round(x * 100) == 0 else f"{x:+.0%}".replace("-", "−")


class ComputeBudgetDialog(ToolDialog):
    """Cards for a vision or video service from compute alone: per-stream ops × streams ÷ (card ops × utilisation)
    (core.serving.compute_budget). Per stream: as given, or the current CNN's FLOPs per frame × frames per second."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Compute budget (vision and video services)"), None, parent)
        self.document = document
        self.source = QComboBox(self)
        self.source.addItem(self.tr("TOPS per stream, as given"), "tops")
        self.source.addItem(self.tr("the current model × frames per second"), "model")
        self.per_stream = float_spin(self, 0.0001, 1e6, 2, 4, " TOPS", compact=True)
        self.fps = float_spin(self, 0.01, 10_000, 30, 2, " fps", compact=True)
        self.streams = int_spin(self, 1, 10_000_000, 100)
        self.card = float_spin(self, 0.001, 1e7, 100, 1, " TOPS", compact=True)
        self.card.setToolTip(self.tr("The card's dense peak at the precision the network runs in"))
        self.utilisation = float_spin(self, 1, 100, 30, 0, " %")
        self.utilisation.setToolTip(
            self.tr(
                "The share of the card's peak the deployed network reaches: measure it, or take the vendor's "
                "benchmark for this network over its peak"
            )
        )
        self.inputs.addRow(self.tr("Per stream"), self.source)
        self.inputs.addRow(self.tr("Operations per stream"), self.per_stream)
        self.inputs.addRow(self.tr("Frames per second"), self.fps)
        self.inputs.addRow(self.tr("Streams"), self.streams)
        self.inputs.addRow(self.tr("Card peak"), self.card)
        self.inputs.addRow(self.tr("Utilisation"), self.utilisation)
        self.results = ResultRows(self.tr("Budget"), self)
        self.results.add("per_stream", self.tr("Per stream"))
        self.results.add("cards", self.tr("Cards needed"))
        for box in (self.per_stream, self.fps, self.card, self.utilisation):
            box.valueChanged.connect(self.recompute)
        self.streams.valueChanged.connect(self.recompute)
        self.source.currentIndexChanged.connect(self._show_rows)
        document.changed.connect(self._scenario_changed)
        self.prefill()
        self.finish_layout(self.results)
        self.resize(560, 0)

    def prefill(self) -> None:
        """The card's peak from the scenario's GPU; the current model per stream when it is a CNN."""
        s = self.document.scenario
        self._ready, ready = False, self._ready
        try:
            peak, precision = serving.card_peak(resolve_gpu(s))
        except serving.ServingError:
            pass
        else:
            self.card.setValue(peak / 1e12)
            self.card.setToolTip(
                self.tr("{0}: dense {1} peak (edit for another card)").format(
                    catalogue_name(resolve_gpu(s).name), precision
                )
            )
        cnn = s.model.architecture.cnn is not None
        self.source.model().item(1).setEnabled(cnn)  # type: ignore[attr-defined]
        self.source.setItemData(1, "" if cnn else self.tr("The current model is not a CNN"), 3)  # Qt.ToolTipRole
        self.source.setCurrentIndex(1 if cnn else 0)
        self._ready = ready
        self._show_rows()

    def _show_rows(self, *_: object) -> None:
        model = self.source.currentData() == "model"
        self.inputs.setRowVisible(self.per_stream, not model)
        self.inputs.setRowVisible(self.fps, model)
        self.recompute()

    def _scenario_changed(self, _scenario: Scenario) -> None:
        if self.isVisible():
            self.recompute()

    def compute(self) -> None:
        if self.source.currentData() == "model":
            s = self.document.scenario
            ops, words = serving.per_stream_ops(s, self.fps.value())
            why = pair(catalogue_name(s.model.architecture.name), engine_text(words))
        else:
            ops, why = self.per_stream.value() * 1e12, ""
        b = serving.compute_budget(
            ops, self.streams.value(), self.card.value() * 1e12, self.utilisation.value() / 100, why_per_stream=why
        )
        tip = formula_tooltip(self.tr("Cards needed"), fmt_int(b.cards), b.formula, engine_text(b.explanation))
        self.results.set("per_stream", self.tr("{0} TOPS").format(fmt_amount(ops / 1e12)), tip)
        self.results.set("cards", fmt_int(b.cards), tip)
