"""Tools ▸ Training planner: the current scenario's model × data × cluster → FLOPs, days, GPU-hours, PF-days, cluster
peak and cost (core.planning.plan_training), and the inverse questions: GPUs for a deadline, the MFU a known run
implies, the GPUs for several such runs a year. GPUs, MFU and price start from the scenario and are edited here
without changing it."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QWidget

from core import data_units, planning
from core.errors import SizingError
from core.estimate import resolve_gpu
from core.samples import is_image_model, sample_unit
from core.scenario import Scenario
from gui.dialogs.data_fields import DataFields
from gui.dialogs.tool_dialog import ResultRows, ToolDialog, float_spin, int_spin
from gui.document import ScenarioDocument
from gui.format import fmt_duration, fmt_int, fmt_money, fmt_number, fmt_params, formula_tooltip
from gui.i18n_engine import catalogue_name, engine_text
from gui.preferences import Preferences


class TrainingPlanDialog(ToolDialog):
    def __init__(
        self, document: ScenarioDocument, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Training planner"), preferences, parent)
        self.document = document
        self.scenario_rows = ResultRows(self.tr("Scenario"), self, keep=True)
        self.scenario_rows.add("model", self.tr("Model"))
        self.scenario_rows.add("gpu", self.tr("GPU"))
        self.layout_.insertWidget(0, self.scenario_rows)
        self.gpus = int_spin(self, 1, 100_000, 1)
        self.gpus.setToolTip(self.tr("GPUs in the cluster (a multiple of tensor × pipeline parallel)"))
        self.mfu = float_spin(self, 1, 100, 40, 1, " %", compact=True)
        self.mfu.setToolTip(self.tr("Model FLOPs utilisation: the share of the dense peak the run sustains"))
        self.price = float_spin(self, 0, 1_000_000, 0, 2, " $/h")
        self.price.setToolTip(self.tr("Price per GPU-hour (0: no cost)"))
        self.inputs.addRow(self.tr("GPUs"), self.gpus)
        self.inputs.addRow(self.tr("MFU"), self.mfu)
        self.inputs.addRow(self.tr("Price per GPU-hour"), self.price)
        data_box = QGroupBox(self.tr("Data"), self)
        data_form = QFormLayout(data_box)
        self.data = DataFields(data_form, data_box, amount="1T")
        self.layout_.addWidget(data_box)

        ask = QGroupBox(self.tr("Questions"), self)
        ask_form = QFormLayout(ask)
        self.deadline = QGroupBox(self.tr("GPUs to finish within"), ask)
        self.deadline.setCheckable(True)
        self.deadline.setChecked(False)
        self.deadline_days = float_spin(self.deadline, 0.01, 100_000, 30, 1, self.tr(" days"), compact=True)
        QHBoxLayout(self.deadline).addWidget(self.deadline_days)
        self.known = QGroupBox(self.tr("MFU implied by a finished run that took"), ask)
        self.known.setCheckable(True)
        self.known.setChecked(False)
        self.known_value = float_spin(self.known, 0.01, 1e12, 1_000_000, 1, compact=True)
        self.known_kind = QComboBox(self.known)
        self.known_kind.addItem(self.tr("GPU-hours"), "gpu_hours")
        self.known_kind.addItem(self.tr("days on these GPUs"), "days")
        row = QHBoxLayout(self.known)
        row.addWidget(self.known_value, 1)
        row.addWidget(self.known_kind)
        self.jobs = QGroupBox(self.tr("GPUs for several such runs a year"), ask)
        self.jobs.setCheckable(True)
        self.jobs.setChecked(False)
        self.jobs_per_year = float_spin(self.jobs, 0.01, 10_000, 4, 1, self.tr(" runs a year"), compact=True)
        self.availability = float_spin(self.jobs, 1, 100, 90, 0, self.tr(" % available"))
        self.availability.setToolTip(self.tr("Share of the year the cluster trains (maintenance, failures, queues)"))
        row = QHBoxLayout(self.jobs)
        row.addWidget(self.jobs_per_year)
        row.addWidget(self.availability)
        for box in (self.deadline, self.known, self.jobs):
            ask_form.addRow(box)
            box.toggled.connect(self.recompute)
        self.layout_.addWidget(ask)

        self.results = ResultRows(self.tr("Plan"), self)
        for key, title in (
            ("samples", self.tr("Tokens trained on")),
            ("flops", self.tr("Training FLOPs")),
            ("cluster", self.tr("Cluster peak")),
            ("time", self.tr("Time")),
            ("gpu_hours", self.tr("GPU-hours")),
            ("pf_days", self.tr("PF-days")),
            ("cost", self.tr("Cost")),
            ("memory", self.tr("Memory")),
            ("deadline", self.tr("GPUs for the deadline")),
            ("implied_mfu", self.tr("Implied MFU")),
            ("jobs", self.tr("GPUs for the runs a year")),
        ):
            self.results.add(key, title)
        for spin in (self.gpus, self.mfu, self.price, self.deadline_days, self.known_value, self.jobs_per_year):
            spin.valueChanged.connect(self.recompute)
        self.availability.valueChanged.connect(self.recompute)
        self.known_kind.currentIndexChanged.connect(self.recompute)
        self.data.changed.connect(self.recompute)
        document.changed.connect(self._scenario_changed)
        self.prefill()
        self.finish_layout(self.results)
        self.resize(620, 0)

    def prefill(self) -> None:
        """GPUs, MFU, price and the data's unit from the current scenario (called each time the planner opens)."""
        s = self.document.scenario
        self._ready, ready = False, self._ready
        p = s.parallelism
        self.gpus.setSingleStep(p.tp * p.pp)
        self.gpus.setValue(p.gpus)
        with contextlib.suppress(ValueError, SizingError):  # the planner says why when it computes
            self.mfu.setValue(planning.plan_training(s, 1.0).mfu * 100)
        self.price.setValue(s.cost.price_per_gpu_hour or resolve_gpu(s).price_usd_per_hour or 0.0)
        image = is_image_model(s.model.architecture)
        if image != self.data.image_model:
            self.data.set_image_model(image)
            self.data.amount.setText("1.28M" if image else "1T")
        if s.workload.train_tokens:
            self.data.unit.set_unit("images" if image else "tokens")
            self.data.amount.setText(data_units.format_amount(s.workload.train_tokens))  # "200M", not "2e+08"
        self._ready = ready
        self.recompute()

    def _scenario_changed(self, _scenario: Scenario) -> None:
        if self.isVisible():
            self.recompute()

    def planned_scenario(self) -> Scenario:
        s = self.document.scenario.changed("parallelism.gpus", self.gpus.value())
        s = s.changed("cost.mfu", self.mfu.value() / 100)
        return s.changed("cost.price_per_gpu_hour", self.price.value())

    def compute(self) -> None:
        base = self.document.scenario
        gpu = resolve_gpu(base)
        self.scenario_rows.set("model", catalogue_name(base.model.architecture.name))
        self.scenario_rows.set("gpu", catalogue_name(gpu.name))
        s = self.planned_scenario()
        image = is_image_model(s.model.architecture)
        if image != self.data.image_model:
            self.data.set_image_model(image)
        conv = data_units.to_tokens(
            self.data.parsed_amount(),
            self.data.unit.unit(),
            self.data.ratio.ratio_id(),
            image_model=image,
            **self.data.keywords(),
        )
        known_days = known_hours = None
        if self.known.isChecked():
            if self.known_kind.currentData() == "days":
                known_days = self.known_value.value()
            else:
                known_hours = self.known_value.value()
        p = planning.plan_training(
            s,
            conv.tokens,
            deadline_days=self.deadline_days.value() if self.deadline.isChecked() else None,
            known_gpu_hours=known_hours,
            known_days=known_days,
            jobs_per_year=self.jobs_per_year.value() if self.jobs.isChecked() else None,
            availability=self.availability.value() / 100,
        )
        self.show_plan(p, conv, sample_unit(s.model.architecture).name)

    def show_plan(self, p: planning.TrainingPlan, conv: data_units.Conversion, unit: str) -> None:
        r, ex = self.results, {k: engine_text(v) for k, v in p.explanations.items()}
        r.set_title(
            "samples",
            {"image": self.tr("Images trained on"), "audio frame": self.tr("Audio frames trained on")}.get(
                unit, self.tr("Tokens trained on")
            ),
        )
        conv_tip = (
            formula_tooltip(
                self.tr("Data"),
                fmt_number(p.samples, 4),
                conv.formula,
                engine_text(conv.explanation),
                source=engine_text(conv.source),
            )
            if conv.unit != "tokens"
            else ""
        )
        r.set("samples", fmt_params(p.samples), conv_tip)
        flops = f"{p.training_flops:.3e}"
        r.set("flops", flops, formula_tooltip(self.tr("Training FLOPs"), flops, "", ex["flops"]))
        cluster = self.tr("{0} PFLOP/s").format(fmt_number(p.cluster_peak_pflops, 4))
        r.set("cluster", cluster, formula_tooltip(self.tr("Cluster peak"), cluster, "", ex["cluster"]))
        days = (
            self.tr("{0} days ({1} h)").format(fmt_number(p.days, 4), fmt_number(p.seconds / 3600, 4))
            if p.days >= 1
            else fmt_duration(p.seconds)
        )
        expected = self.tr("Expected error: {0}").format(engine_text(p.expected_error))
        time_tip = formula_tooltip(self.tr("Time"), days, "", ex["time"] + "\n" + expected)
        r.set("time", days, time_tip)
        hours = fmt_int(p.gpu_hours) if p.gpu_hours >= 100 else fmt_number(p.gpu_hours)
        r.set("gpu_hours", hours, formula_tooltip(self.tr("GPU-hours"), hours, "", ex["time"]))
        pf = fmt_number(p.pf_days, 4)
        r.set("pf_days", pf, formula_tooltip(self.tr("PF-days"), pf, "", ex["pf_days"]))
        if p.cost_usd is not None:
            cost = fmt_money(p.cost_usd)
            r.set("cost", cost, formula_tooltip(self.tr("Cost"), cost, "", ex["cost"]))
        else:
            r.hide_row("cost")
        if p.fits_memory is None:
            r.hide_row("memory")
        else:
            r.set(
                "memory",
                self.tr("✔ fits per GPU in this layout")
                if p.fits_memory
                else self.tr("✘ does not fit per GPU in this layout (the time assumes it runs)"),
            )
        if p.gpus_for_deadline is not None:
            need = fmt_int(p.gpus_for_deadline)
            r.set("deadline", need, formula_tooltip(self.tr("GPUs for the deadline"), need, "", ex["deadline"]))
        else:
            r.hide_row("deadline")
        if p.implied_mfu is not None:
            mfu = f"{p.implied_mfu:.1%}"
            r.set("implied_mfu", mfu, formula_tooltip(self.tr("Implied MFU"), mfu, "", ex["implied_mfu"]))
        else:
            r.hide_row("implied_mfu")
        if p.gpus_for_jobs is not None:
            need = fmt_int(p.gpus_for_jobs)
            r.set("jobs", need, formula_tooltip(self.tr("GPUs for the runs a year"), need, "", ex["jobs"]))
        else:
            r.hide_row("jobs")
        # the memory row says when the layout does not fit; the engine's note about it names a CLI command
        self.set_notes([n for n in p.notes if "sizing fit" not in n])
