"""The answer: does it fit (used / usable with the unit, headroom, the peak phase, the largest context that fits —
or, for models without a context axis, the largest batch),
parameters, and speed (inference) or time and cost (training). Every figure's tooltip gives its formula and
inputs, taken from the engine's Estimate — nothing is recomputed here."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.fit import FitReport
from core.scenario import Mode, Scenario
from core.stacks import STACKS
from core.tower_flops import media_tokens
from gui.fields import in_window_words
from gui.format import fmt_bytes, fmt_duration, fmt_int, fmt_money, fmt_number, fmt_params, formula_tooltip, pair
from gui.i18n_engine import (
    catalogue_name,
    component_text,
    engine_text,
    error_headline,
    expected_error_text,
    is_image_model,
    item_label,
    name_text,
    phase_text,
    phase_totals,
    recognized,
    speed_error_text,
)
from gui.media_words import media_words
from gui.panels.binding import set_tip
from gui.panels.precision_panel import stack_tooltips
from gui.presenter import ViewData
from gui.summary import engine_refusal, kv_log_quote
from gui.widgets.elided_label import ElidedLabel
from gui.widgets.selectable_label import SelectableLabel
from gui.widgets.suggestion_list import SuggestionList

# figure -> (row, column, columns its value spans); speed gets a whole row, it is the longest line
LAYOUT = {
    "headroom": (0, 0, 1),
    "phase": (0, 2, 1),
    "largest": (1, 0, 1),
    "params": (1, 2, 1),
    "speed": (2, 0, 3),
    "time": (3, 0, 1),
    "cost": (3, 2, 1),
    "stack": (4, 0, 3),
    "engine": (5, 0, 3),  # serving engines (inference only, where the training rows 3 and 4 are hidden)
}


# the verdict badge's colour: fits, does not fit, no estimate
VERDICT_COLOURS = {True: "#1b8a4b", False: "#c62828", None: "#8a6d1c"}


def verdict_style(name: str, fits: bool | None, points: float = 14, padding: str = "6px 12px") -> str:
    """The verdict badge's style sheet, for the answer's badge (`#Verdict`) and the compact copy pinned above a
    scrolled page (gui/widgets/verdict_pin.py)."""
    return (
        f"#{name} {{ background:{VERDICT_COLOURS[fits]}; color:white; font-weight:bold; "
        f"padding:{padding}; border-radius:5px; font-size:{points}pt; }}"
    )


class _WholeLayout(QVBoxLayout):
    """The answer's layout: never laid out in less height than its width needs. An answer that gains rows (a switch
    to training: time and cost, the stack, the changes that make it fit) is laid out when its layout request is
    delivered, and Qt hands that request to the layout before anyone else sees it: the rows were squeezed into the
    answer's old height (each label 14 → 8 px), then laid out again once its area had taken the new height (19
    resizes and 20 moves of its widgets a switch, counted). Its area always gives it at least that height (a scroll
    area that fits its content to its width, gui/widgets/shrink_scroll.py): laid out at it at once, the rows are
    where they will stay, and the pass at the new height moves nothing."""

    def setGeometry(self, rect: QRect) -> None:
        if self.hasHeightForWidth():
            need = self.heightForWidth(rect.width())
            if rect.height() < need:
                rect = QRect(rect.x(), rect.y(), rect.width(), need)
        super().setGeometry(rect)


class AnswerPanel(QFrame):
    copy_requested = Signal()
    unit_requested = Signal(str)
    # the verdict or the usage line got a new text (a new view, or no estimate)
    headline_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view: ViewData | None = None
        self.unit = "GiB"
        # The verdict's badge: the one shown (an empty, unstyled one until the first answer), and one per verdict
        # (fits, does not fit, no estimate), each given its style sheet once and shown in the others' place. A new
        # style sheet on a single badge re-polished it against the application's style sheet whenever the verdict
        # changed (every switch between the bench's inference and training): 0.34 ms of the switch's main-thread CPU.
        self.verdict = self._new_badge()
        self.badges: dict[bool | None, QLabel] = {}
        for fits in VERDICT_COLOURS:
            badge = self.badges[fits] = self._new_badge()
            badge.setProperty("fits", fits)
            badge.setStyleSheet(verdict_style("Verdict", fits))
            badge.setVisible(False)
        self.usage = SelectableLabel(self)
        font = self.usage.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.usage.setFont(font)
        self.usage.setWordWrap(True)  # a narrow window wraps the usage line rather than squeezing the badge
        self.copy_button = QPushButton(self.tr("Copy summary"), self)
        self.copy_button.setToolTip(self.tr("Put a Markdown table of this answer on the clipboard"))
        self.copy_button.clicked.connect(self.copy_requested)
        self.unit_box = QComboBox(self)
        self.unit_box.addItem("GiB", "GiB")
        self.unit_box.addItem("GB", "GB")
        self.unit_box.setToolTip(
            self.tr("Units: GiB = 2³⁰ bytes (nvidia-smi's MiB ÷ 1,024), GB = 10⁹ bytes (what vendors print)")
        )
        self.unit_box.activated.connect(lambda i: self.unit_requested.emit(self.unit_box.itemData(i)))
        top = QHBoxLayout()
        for badge in (self.verdict, *self.badges.values()):  # in one place: only the shown one takes room
            top.addWidget(badge)
        top.addSpacing(8)
        top.addWidget(self.usage, 1)
        top.addWidget(self.unit_box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(3)
        self.names: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[str, str, str]] = {}  # each row's name, value and tooltip as last written
        self.values: dict[str, SelectableLabel] = {}
        for key, (row, col, span) in LAYOUT.items():
            name, value = QLabel(self), SelectableLabel(self)
            name.setObjectName("AnswerName")
            # Only the whole-row figure wraps: a wrapping label makes every re-layout (each edit changes the
            # values) measure its height for its width, and the short ones never need a second line.
            value.setWordWrap(span > 1)
            self.grid.addWidget(name, row, col)
            self.grid.addWidget(value, row, col + 1, 1, span)
            self.names[key], self.values[key] = name, value
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("Warnings")
        self.expected = ElidedLabel(self)  # one line: as much of the statement as the width holds
        self.expected.setObjectName("Expected")
        self.expected.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary: muted and smaller
        small = self.expected.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.expected.setFont(small)
        # An answer resting on an assumption says so above everything else, in a colour that cannot be missed.
        self.unverified = QLabel(self)
        self.unverified.setWordWrap(True)
        self.unverified.setObjectName("Unverified")
        self.unverified.setStyleSheet(
            "QLabel#Unverified { background: #b45309; color: white; padding: 6px 8px; border-radius: 4px; }"
        )
        self.unverified.setVisible(False)
        # a scenario that does not fit: the cheapest changes that make it fit (the fit presenter's, in a worker)
        self.suggestions = SuggestionList(self)
        self.suggestions.setVisible(False)
        self._fit: tuple[Scenario, FitReport] | None = None
        # the fit report whose rows the list last showed in each mode, with its scenario; and the mode of the rows
        # it shows now (see _show_suggestions)
        self._shown_fits: dict[Mode, tuple[Scenario, FitReport]] = {}
        self._rows_mode: Mode | None = None
        layout = self._box = _WholeLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.unverified)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.warnings)
        layout.addWidget(self.expected)
        layout.addStretch(1)  # any spare height (its scroll area's hint is generous) below the last line

    def _new_badge(self) -> QLabel:
        badge = QLabel(self)
        badge.setObjectName("Verdict")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setMinimumWidth(150)
        badge.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # never narrower than its text
        return badge

    def _show_verdict(self, fits: bool | None, text: str) -> None:
        badge = self.badges[fits]
        badge.setText(text)
        if badge is not self.verdict:
            badge.setVisible(True)
            self.verdict.setVisible(False)
            self.verdict = badge

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.suggestions.set_unit(unit)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
        if self.view is not None:
            self.set_view(self.view)

    def set_fit_report(self, scenario: Scenario, report: FitReport) -> None:
        """The fit explorer's answer for `scenario` (the cheapest changes, the fewest GPUs); shown while the
        answer is that scenario's."""
        self._fit = (scenario, report)
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        view = self.view
        if view is None or view.estimate.fit.fits:
            if view is not None:
                self.suggestions.forget_room(view.scenario.workload.mode)
            self.suggestions.setVisible(False)
            return
        mode = view.scenario.workload.mode
        self.suggestions.keep_room_for(mode)
        shown = not self.suggestions.isHidden() and self._rows_mode == mode
        if self._fit is not None and self._fit[0] == view.scenario:
            report = self._fit[1]
            self.suggestions.set_suggestions(report.suggestions, fewest=(report.gpus_needed, view.scenario))
            self._shown_fits[mode] = self._fit
            self._rows_mode = mode
        elif shown:
            self.suggestions.set_searching()  # the previous rows stay, greyed, until the new ones arrive
        elif (last := self._shown_fits.get(mode)) is not None:
            # A switch back to a mode whose scenario did not fit: the rows that mode showed last, greyed, until the new
            # ones arrive, as for an edit within the mode. With the heading alone, the answer grew by the rows a moment
            # later, and both charts shrank by as much (27 px for the bench's scenario in training, on every switch).
            scenario, report = last
            self.suggestions.set_suggestions(report.suggestions, fewest=(report.gpus_needed, scenario))
            self.suggestions.set_searching()
            self._rows_mode = mode
        elif not self.suggestions.isHidden():
            self.suggestions.set_searching()  # the other mode's rows, greyed: this mode has shown none yet
        else:
            self.suggestions.set_suggestions((), searching=True)
        self.suggestions.setVisible(True)

    def _row(self, key: str, name: str, value: str, tooltip: str = "") -> None:
        if self._rows.get(key) == (name, value, tooltip):
            return  # most rows of an edit say what they said (each write is six calls into Qt)
        self._rows[key] = (name, value, tooltip)
        visible = bool(value)
        if visible:
            # A row hidden keeps its last texts: training's time, cost and stack rows, hidden on a switch to
            # inference, come back with the same texts on the switch back, and a label given no new text is not
            # measured again (a new text is: two to four text layouts a label, more for a wrapped one).
            self.names[key].setText(name)
            self.values[key].setText(value)
            set_tip(self.values[key], tooltip)
            set_tip(self.names[key], tooltip)
        self.names[key].setVisible(visible)
        self.values[key].setVisible(visible)

    def set_view(self, view: ViewData) -> None:
        # Every widget shown (QWidget.setVisible(True)) first lays out its parent's layout, if anything changed it,
        # so that it appears where it belongs: here each text set invalidates the panel's layout, and each row a
        # view shows (a mode switch shows eight labels, and the unverified and warning lines) laid the whole panel
        # out again, about 0.04 ms each. Held off while the view is set, the panel is laid out once, by the layout
        # request the first change posted, before anything is painted.
        self._box.setEnabled(False)
        try:
            self._set_view(view)
        finally:
            self._box.setEnabled(True)

    def _set_view(self, view: ViewData) -> None:
        self.view = view
        est, unit, s = view.estimate, self.unit, view.scenario
        mem, fit = est.memory, est.fit
        items = " + ".join(f"{item_label(i)} {fmt_bytes(i.bytes, unit)}" for i in mem.items if i.bytes)
        total_tip = formula_tooltip(
            self.tr("Memory per GPU at the peak"), fmt_bytes(mem.total, unit), self.tr("Σ components"), items
        )
        self._show_verdict(fit.fits, self.tr("✔ Fits") if fit.fits else self.tr("✖ Does not fit"))
        share = mem.total / fit.usable_bytes if fit.usable_bytes else 0.0
        gpus = s.parallelism.gpus
        per = self.tr(" per GPU") if gpus > 1 else ""
        self.usage.setText(
            self.tr("{0} of {1} usable{2} ({3} %)").format(
                fmt_bytes(mem.total, unit), fmt_bytes(fit.usable_bytes, unit), per, fmt_number(share * 100, 2)
            )
        )
        source = (
            self.tr("driver-reported total")
            if fit.usable_measured
            else self.tr("derived from the advertised size (no driver reading on record)")
        )
        if s.workload.mode == "inference" and s.runtime.spec.fraction_key == "gpu_memory_utilization":
            source += self.tr(" × vLLM memory share {0}").format(s.runtime.gpu_memory_utilization)
        set_tip(
            self.usage,
            total_tip
            + "<br>"
            + formula_tooltip(
                self.tr("Usable memory"),
                fmt_bytes(fit.usable_bytes, unit),
                "",
                pair(catalogue_name(fit.gpu_name), source),
                {"usable_bytes": fit.usable_bytes},
            ),
        )
        self.headline_changed.emit()

        room = fit.headroom_bytes
        self._row(
            "headroom",
            self.tr("Headroom") if room >= 0 else self.tr("Short by"),
            fmt_bytes(abs(room), unit),
            formula_tooltip(
                self.tr("Headroom"),
                fmt_bytes(room, unit),
                self.tr("usable − total"),
                f"{fmt_bytes(fit.usable_bytes, unit)} − {fmt_bytes(mem.total, unit)}",
            ),
        )
        phases = ", ".join(
            f"{phase_text(p, s, mem.backward_moment)} {fmt_bytes(b, unit)}" for p, b in phase_totals(est, s).items()
        )
        phase = phase_text(mem.phase, s, mem.backward_moment)
        self._row(
            "phase",
            self.tr("Peak during"),
            phase,
            formula_tooltip(self.tr("Peak phase"), phase, self.tr("max over phases of Σ live tensors"), phases),
        )
        self._show_largest(view)
        p = est.params
        trainable = (
            self.tr(" · trainable {0}").format(fmt_params(p.trainable))
            if s.workload.mode == "training" and (p.trainable != p.total or p.trainable_idle)
            else ""
        )
        idle_tip = ""
        if s.workload.mode == "training" and p.trainable_idle:  # an idle tower: counted trainable, never updated
            trainable += self.tr(" ({0} get no gradient)").format(fmt_params(p.trainable_idle))
            idle_tip = "\n" + self.tr("Trainable {0}, {1}").format(
                fmt_int(p.trainable), engine_text(p.trainable_note, self.unit)
            )
        by = ", ".join(f"{component_text(k)} {fmt_int(v)}" for k, v in p.by_component.items())
        mtp, mtp_tip = "", ""
        if p.mtp_layers:
            mtp = (
                self.tr(" + MTP {0} (not in the total)").format(fmt_params(p.mtp))
                if p.mtp is not None
                else self.tr(" + MTP (not counted)")
            )
            mtp_tip = "\n" + (
                self.tr(
                    "The checkpoint also ships {0} multi-token-prediction layer(s) with {1} parameters: beside the "
                    "total, not in it (transformers does not build them); vLLM and SGLang load them only as the "
                    "draft for speculative decoding."
                ).format(p.mtp_layers, fmt_int(p.mtp))
                if p.mtp is not None
                else self.tr(
                    "The checkpoint also ships {0} multi-token-prediction layer(s) of a structure not known here: "
                    "not counted (unverified)."
                ).format(p.mtp_layers)
            )
        self._row(
            "params",
            self.tr("Parameters"),
            fmt_params(p.total) + trainable + mtp,
            formula_tooltip(
                self.tr("Parameters"),
                fmt_int(p.total),
                "Σ tensor sizes",
                by + mtp_tip + idle_tip,
                {"trainable": p.trainable},
            ),
        )
        self._show_compute(view)
        self._show_stack(view)
        self._show_engine(view)
        self._show_suggestions()
        if est.verified:
            self.unverified.setVisible(False)
        else:
            self.unverified.setText(
                self.tr("Unverified answer — this rests on assumptions:")
                + "\n"
                + "\n".join(f"• {engine_text(recognized(u), unit)}" for u in est.unverified)
            )
            self.unverified.setVisible(True)
        notes = [w for w in est.warnings if not w.startswith("unverified: ")] + list(est.compute.notes)
        self.warnings.setText("\n".join(f"⚠ {engine_text(w, unit)}" for w in notes))
        self.warnings.setVisible(bool(notes))
        # the statement with its figures, its long asides left out, on one line as far as it goes; all of it in the
        # tooltip
        statement = expected_error_text(est, s)
        self.expected.set_full_text(self.tr("Expected error: {0}").format(error_headline(statement)))
        set_tip(self.expected, statement)

    def _show_largest(self, view: ViewData) -> None:
        if view.sweep is None:  # no context axis (CNNs, image classifiers): the largest batch instead
            self._show_largest_batch(view)
            return
        largest, top = view.largest_context, view.max_context
        media = sum(media_tokens(view.scenario))  # context positions the images and audio take
        # the search runs to the model's maximum position, or to the context set where that is longer
        model_max = view.scenario.model.architecture.max_positions
        past_max = view.past_model_maximum
        if largest is None and media:
            text = self.tr("none — not even the {0} {1} fit").format(fmt_int(media), media_words(view.scenario))
        elif largest is None:
            text = self.tr("none — not even 1 token fits")
        elif view.largest_context_end == "context set":
            text = self.tr("{0} tokens (the context set, past the model's {1}-token maximum)").format(
                fmt_int(largest), fmt_int(model_max)
            )
        elif view.largest_context_end == "model maximum":
            text = self.tr("{0} tokens (the model's maximum)").format(fmt_int(largest))
        else:
            text = self.tr("{0} tokens").format(fmt_int(largest))
        if largest is not None and media:
            text += self.tr(", of which {0} {1} ({2} for text)").format(
                fmt_int(media), media_words(view.scenario), fmt_int(largest - media)
            )
        searched = (
            self.tr(
                "Found by bisection over the engine's memory-vs-context sweep, from 1 token "
                "to the context set ({0}), past the model's maximum ({1})"
            ).format(fmt_int(top), fmt_int(model_max))
            if past_max
            else self.tr(
                "Found by bisection over the engine's memory-vs-context sweep, from 1 token "
                "to the model's maximum ({0})"
            ).format(fmt_int(top))
        )
        tip = formula_tooltip(
            self.tr("Largest context that fits"), text, self.tr("max c such that total(c) ≤ usable"), searched
        )
        self._row("largest", self.tr("Largest context"), text, tip)

    def _show_largest_batch(self, view: ViewData) -> None:
        if view.batch_sweep is None:
            self._row("largest", "", "")
            return
        largest = view.largest_batch
        if largest is None:
            text = self.tr("none — not even 1 image fits")
        else:
            text = self.tr("{0} images").format(fmt_int(largest))
        per_gpu = self.tr("micro-batch per GPU") if view.scenario.workload.mode == "training" else self.tr("batch")
        tip = formula_tooltip(
            self.tr("Largest batch that fits"),
            text,
            self.tr("max b such that total(b) ≤ usable"),
            self.tr("The largest {0}, solved exactly by the engine over its memory-vs-batch sweep").format(per_gpu),
        )
        self._row("largest", self.tr("Largest batch"), text, tip)

    def _image_speed(self, seconds: float, per_second: float, bound: str | None, s: Scenario) -> str:
        """A CNN's forward pass: at batch 1 a latency per image (kernel launches set it), not a throughput."""
        words = {
            "latency": self.tr("latency-bound: kernel launches set the time"),
            "compute": self.tr("compute-bound"),
            "memory": self.tr("memory-bound"),
        }.get(bound or "", "")
        # each GPU runs its share of the batch (core.compute); the time is that share's forward pass
        images = -(-s.workload.batch * s.workload.concurrency // s.parallelism.gpus)
        if images == 1:
            return self.tr("{0} per image · {1} images/s one at a time ({2})").format(
                fmt_duration(seconds), fmt_number(per_second), words
            )
        return self.tr("{0} per batch of {1} images · {2} images/s ({3})").format(
            fmt_duration(seconds), fmt_int(images), fmt_number(per_second), words
        )

    def _if_it_fit(self, view: ViewData, speed: str) -> str:
        """A speed of a setup that does not fit is what it would run at if it fit: said so, as What fits gives such a
        GPU no speed ("—") and the answer beside it quoted one plainly (seen on Xvfb)."""
        if not speed or view.estimate.fit.fits:
            return speed
        return self.tr("if it fit: {0}").format(speed)

    def _show_compute(self, view: ViewData) -> None:
        c, s = view.estimate.compute, view.scenario
        ex = {k: engine_text(v, self.unit) for k, v in c.explanations.items()}
        base = "\n".join(v for k, v in ex.items() if k in ("gpu_peak", "flops_per_token", "towers"))
        # the vision / audio towers' share of the FLOPs (core.tower_flops), named where they cost any
        towers = self.tr(" (towers {0}% of the FLOPs)").format(fmt_number(100 * c.tower_share)) if c.tower_share else ""
        if s.workload.mode == "inference":
            parts = []
            if c.time_to_first_token is not None:
                parts.append(self.tr("first token {0}").format(fmt_duration(c.time_to_first_token)) + towers)
            if c.decode_tokens_per_second is not None:
                parts.append(
                    self.tr("{0} tokens/s per sequence, {1} total ({2}-bound)").format(
                        fmt_number(c.decode_tokens_per_second),
                        fmt_number(c.aggregate_tokens_per_second or 0),
                        {"memory": self.tr("memory"), "compute": self.tr("compute")}.get(
                            c.decode_bound, c.decode_bound
                        ),
                    )
                )
            elif c.batch_seconds is not None and c.aggregate_tokens_per_second is not None:
                parts.append(self._image_speed(c.batch_seconds, c.aggregate_tokens_per_second, c.image_bound, s))
            elif c.aggregate_tokens_per_second is not None:
                parts.append(
                    self.tr("{0} images/s in batches of {1} (images per forward pass)").format(
                        fmt_number(c.aggregate_tokens_per_second), fmt_int(s.workload.batch)
                    )
                )
            if c.replicas_needed is not None and c.gpus_for_load is not None:
                parts.append(
                    self.tr("{0} tokens/s needs {1} × this setup ({2} GPUs)").format(
                        fmt_number(s.workload.target_tokens_per_second),
                        fmt_int(c.replicas_needed),
                        fmt_int(c.gpus_for_load),
                    )
                )
            if c.not_started is not None:  # the engine never serves: core gives it no speed, and says why
                # in a few words: the Engine row below quotes its error, and both wrapped at 1280×720 (seen on Xvfb);
                # the tooltip says it whole
                parts = [self.tr("none — {0} does not start").format(s.runtime.spec.name)]
                ex["decode"] = engine_text(c.not_started, self.unit)
            tip = formula_tooltip(
                self.tr("Speed"),
                " · ".join(parts),
                "",
                "\n".join(
                    v
                    for v in (
                        ex.get("images", ""),
                        speed_error_text(view.estimate),
                        ex.get("decode", ""),
                        ex.get("prefill", ""),
                        ex.get("capacity", ""),
                        base,
                    )
                    if v
                ),
            )
            text = self._if_it_fit(view, " · ".join(parts)) if c.not_started is None else " · ".join(parts)
            self._row("speed", self.tr("Speed"), text or self.tr("unknown for this GPU"), tip)
            self._row("time", "", "")
            self._row("cost", "", "")
            return
        if c.step_seconds is not None and c.tokens_per_second is not None:
            if is_image_model(s) and s.parallelism.gpus == 1:
                speed = self.tr("step {0} · {1} images/s (batches of {2} images)").format(
                    fmt_duration(c.step_seconds), fmt_number(c.tokens_per_second), fmt_int(s.workload.batch)
                )
            elif is_image_model(s):
                speed = self.tr("step {0} · {1} images/s over {2} GPUs (micro-batch {3} images per GPU)").format(
                    fmt_duration(c.step_seconds),
                    fmt_number(c.tokens_per_second),
                    fmt_int(s.parallelism.gpus),
                    fmt_int(s.workload.batch),
                )
            else:
                speed = self.tr("step {0} · {1} {2}").format(
                    fmt_duration(c.step_seconds), fmt_number(c.tokens_per_second), self.tr("tokens/s")
                )
                speed += towers
        else:
            speed = self.tr("unknown for this GPU")
        self._row(
            "speed",
            self.tr("Speed"),
            self._if_it_fit(view, speed) if c.step_seconds is not None else speed,
            formula_tooltip(
                self.tr("Training speed"),
                speed,
                "",
                "\n".join(
                    v
                    for v in (ex.get("cnn_step", ""), speed_error_text(view.estimate), ex.get("training", ""), base)
                    if v
                ),
            ),
        )
        if c.training_seconds is not None and c.gpu_hours is not None:
            time = self.tr("{0} · {1} GPU-hours").format(fmt_duration(c.training_seconds), fmt_number(c.gpu_hours))
        else:
            time = (
                self.tr("set training images")
                if s.model.architecture.cnn is not None
                else self.tr("set training tokens")
            )
        self._row(
            "time",
            self.tr("Training time"),
            time,
            formula_tooltip(self.tr("Training time"), time, "", ex.get("time", "")),
        )
        cost = fmt_money(c.cost_usd) if c.cost_usd is not None else self.tr("set a price per GPU-hour")
        self._row(
            "cost",
            self.tr("Cost"),
            cost,
            formula_tooltip(
                self.tr("Cost"),
                cost,
                self.tr("GPU-hours × price per GPU-hour"),
                "",
                {"gpu_hours": c.gpu_hours or 0, "price_per_gpu_hour": s.cost.price_per_gpu_hour},
            ),
        )

    def _show_stack(self, view: ViewData) -> None:
        """Training: the stack the memory is sized for, and how many of the components it sets (those whose engine
        explanation names it; listed with their sizes in the tooltip, each explained in the chart's tooltips)."""
        s = view.scenario
        if s.workload.mode != "training":
            self._row("stack", "", "")
            return
        stack = STACKS[s.training.stack]
        items = [i for i in view.estimate.memory.items if i.bytes]
        shaped = [i for i in items if stack.name in i.explanation + i.label]
        name = name_text(stack.name)  # "Megatron-LM (distributed optimizer)" in the window's language
        text = self.tr("{0} — sets {1} of the {2} components").format(name, len(shaped), len(items)) if shaped else name
        listed = "\n".join("• " + pair(item_label(i), fmt_bytes(i.bytes, self.unit)) for i in shaped)
        tip = formula_tooltip(
            self.tr("Training stack"),
            name,
            "",
            stack_tooltips()[stack.id] + ("\n" + self.tr("Components it sets:") + "\n" + listed if shaped else ""),
            source=stack.source,
        )
        self._row("stack", self.tr("Stack"), text, tip)

    def _show_engine(self, view: ViewData) -> None:
        """A serving engine (the estimate's EnginePool: vLLM, SGLang, llama.cpp, Ollama): what nvidia-smi will show
        beside what the model uses, and the KV capacity in tokens with the engine's own log line, as core wrote it."""
        e, s, unit = view.estimate.engine, view.scenario, self.unit
        if e is None:
            self._row("engine", "", "")
            return
        spec = s.runtime.spec
        if spec.fraction_key == "gpu_memory_utilization":  # a profiled pool claims the whole share, whatever the load
            claimed = self.tr("nvidia-smi will show ≈ {0} (the whole {1} share)").format(
                fmt_bytes(e.claimed_bytes, unit), f"{s.runtime.gpu_memory_utilization:.2f}"
            )
        else:
            claimed = self.tr("nvidia-smi will show ≈ {0}").format(fmt_bytes(e.claimed_bytes, unit))
        # the engine's KV-capacity line (the runtime's kv_log, filled in by core/memory/engines.py); every line is in
        # the tooltip
        kv_line, quoted = kv_log_quote(e, spec)
        kv = self.tr("KV pool {0} = {1} tokens").format(fmt_bytes(e.kv_pool_bytes, unit), fmt_int(e.kv_tokens))
        refusal = engine_refusal(e, spec)
        if refusal:  # the model leaves the pool nothing: the engine stops at start, it logs no KV capacity
            kv = self.tr("no memory left for the KV cache: {0} stops at start ('{1}')").format(spec.name, refusal)
        elif kv_line:
            kv += " " + self.tr("({0} logs: '{1}')").format(spec.name, quoted)
        uses = self.tr("the model uses {0}").format(fmt_bytes(e.model_bytes, unit))
        # an engine that stops at start holds nothing for nvidia-smi to show
        text = " · ".join((uses, kv) if refusal else (claimed, uses, kv))
        explain = self.tr(
            "nvidia-smi shows what the engine has taken from the driver once it has started, whatever the load; the "
            "model uses the part that is not KV cache (weights, activations, the runtime's own memory); the KV pool "
            "is the rest, and its capacity in tokens is what the engine logs at start. This workload needs {0} "
            "tokens."
        ).format(fmt_int(e.tokens_needed))
        logs = "\n".join(f"'{line}'" for line in ((refusal,) if refusal else e.log_lines))
        tip = formula_tooltip(
            self.tr("Serving engine"),
            text,
            "",
            explain
            + "\n"
            + engine_text(e.explanation, unit)
            + ("\n" + self.tr("The engine logs:") + "\n" + logs if logs else ""),
            source=e.source,
        )
        self._row("engine", self.tr("Engine"), text, tip)

    def show_error(self, text: str) -> None:
        """No estimate for the current scenario (the engine refused it, or failed): say so instead of leaving the
        last scenario's figures on screen. The next `set_view` restores the panel."""
        self.view = None
        self._show_verdict(None, self.tr("⚠ No estimate"))
        self.usage.setText(in_window_words(engine_text(text)))  # the window's language, its lists not CLI commands
        set_tip(self.usage, "")
        self.headline_changed.emit()
        for key in LAYOUT:
            self._row(key, "", "")
        self.warnings.setVisible(False)
        self.suggestions.setVisible(False)
        self.expected.set_full_text("")
