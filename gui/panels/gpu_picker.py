"""GPU picker: the catalogue grouped by vendor and class, searchable; the number of GPUs; a custom GPU."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import catalog
from core.errors import SizingError
from core.estimate import resolve_gpu
from core.hardware import GpuSpec
from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.edits import error_message
from gui.fields import in_window_words
from gui.format import fmt_bytes, fmt_int
from gui.i18n_engine import catalogue_name, engine_text
from gui.panels.binding import FieldBinder, set_tip
from gui.widgets.search_tree import Entry, SearchTree
from gui.widgets.wrapped_label import WrappedLabel


def class_names() -> dict[str, str]:
    """The GPU classes the list groups by, in the window's language."""
    return {
        "datacenter": QCoreApplication.translate("GpuPicker", "data centre"),
        "workstation": QCoreApplication.translate("GpuPicker", "workstation"),
        "consumer": QCoreApplication.translate("GpuPicker", "consumer"),
        "tpu": "TPU",
        "apple": QCoreApplication.translate("GpuPicker", "Apple silicon"),
        "other": QCoreApplication.translate("GpuPicker", "other"),
    }


def gpu_memory_text(g: GpuSpec) -> str:
    return f"{g.memory.advertised:g} {g.memory.advertised_unit}"


def gpu_groups() -> list[tuple[str, list[Entry]]]:
    """[(group, [(id, "NVIDIA H100 SXM5 80GB · 80 GB", tooltip, search words)])], in the window's language (the
    catalogue's English name stays a search word)."""
    return _gpu_groups(QCoreApplication.translate("GpuPicker", "{0} bytes usable"))


@cache
def _gpu_groups(usable_words: str) -> list[tuple[str, list[Entry]]]:  # by language: its words for "bytes usable"
    classes = class_names()
    derived = QCoreApplication.translate("GpuPicker", " (derived)")
    groups: dict[str, list[tuple[float, Entry]]] = {}
    for g in catalog.gpus():
        group = g.vendor if g.category in ("tpu", "apple") else f"{g.vendor} {classes.get(g.category, '')}"
        usable = usable_words.format(fmt_int(g.usable_bytes)) + ("" if g.usable_is_measured else derived)
        name = catalogue_name(g.name)
        tip = f"{name}\n{gpu_memory_text(g)} {g.memory.type}\n{usable}\n{g.source[:160]}"
        words = f"{g.name} {g.vendor} {g.category} {g.architecture or ''} {g.memory.type}"
        groups.setdefault(group.strip(), []).append(
            (-g.memory.advertised, (g.id, f"{name} · {gpu_memory_text(g)}", tip, words))
        )
    return [(name, [e for _, e in sorted(rows, key=lambda r: r[0])]) for name, rows in groups.items()]


class GpuPicker(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("GPU"), parent)
        self.document = document
        self.unit = "GiB"
        self.tree = SearchTree(self.tr("Search {0} GPUs…").format(len(catalog.gpus())), self)
        self.tree.set_entries(gpu_groups())
        self.tree.picked.connect(self._pick)
        self.tree.pressed.connect(lambda gpu_id: document.announce(self._changes(gpu_id)))  # while the button is down
        self.current = WrappedLabel(self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 100_000)
        self.count.setGroupSeparatorShown(True)
        self.count.setKeyboardTracking(False)  # "16" typed must not pass through 1 (tp/pp would be adjusted)
        self.count.setToolTip(self.tr("GPUs in total (data × tensor × pipeline parallel)"))
        self.custom_button = QPushButton(self.tr("Custom GPU…"), self)
        self.custom_button.clicked.connect(self._edit_custom)
        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Count"), self.count)
        row.addLayout(form)
        row.addStretch(1)
        row.addWidget(self.custom_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.current)
        layout.addLayout(row)
        self.binder = FieldBinder(document, self)
        self.binder.spin(self.count, "parallelism.gpus")
        self._shown: object = None
        document.changed.connect(self._show)
        self.binder.sync()
        self._show(document.scenario)

    @staticmethod
    def _changes(gpu_id: str) -> dict[str, object]:
        return {"gpu.id": gpu_id, "gpu.custom": None}

    def _pick(self, gpu_id: str) -> None:
        self.document.set_fields(
            self._changes(gpu_id),
            text=self.tr("Change GPU to {0}").format(catalogue_name(catalog.gpu(gpu_id).name)),
        )

    def _edit_custom(self) -> None:
        from gui.dialogs.custom_gpu_dialog import CustomGpuDialog  # on first use: not part of the window's start

        dialog = CustomGpuDialog(resolve_gpu(self.document.scenario), self.window())
        if dialog.exec():
            self.document.set_fields({"gpu.custom": dialog.spec()}, text=self.tr("Use a custom GPU"))

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self._show(self.document.scenario)

    def _show(self, scenario: Scenario) -> None:
        shown = (scenario.gpu, self.unit)  # all it shows (most edits change neither)
        if shown == self._shown:
            return
        self._shown = shown
        try:
            g = resolve_gpu(scenario)
        except SizingError as exc:
            self.current.setText(in_window_words(engine_text(error_message(exc))))
            return
        self.tree.select_id(None if scenario.gpu.custom else scenario.gpu.id)
        derived = "" if g.usable_is_measured else self.tr(" (derived from the advertised size)")
        usable = fmt_bytes(g.usable_bytes, self.unit)
        self.current.setText(
            self.tr("<b>{0}</b> — {1}, {2} usable{3}").format(
                catalogue_name(g.name), gpu_memory_text(g), usable, derived
            )
        )
        set_tip(self.current, g.memory.usable_source or g.source)
