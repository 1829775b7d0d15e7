"""Model picker: the presets grouped by family and ordered by size, searchable; Import… (config.json, model
folder, .safetensors, .gguf) and From Hub… are handled by the import controller this panel signals."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core import catalog
from core.params import count
from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.format import fmt_int, fmt_params
from gui.i18n_engine import catalogue_name
from gui.panels.binding import set_tip
from gui.widgets.search_tree import Entry, SearchTree
from gui.widgets.wrapped_label import WrappedLabel


def kind_names() -> dict[str, str]:
    """The tag after a preset's name in the list, in the window's language ("(vision-language)", "(CNN)")."""
    return {
        "cnn": "CNN",
        "vision": QCoreApplication.translate("ModelPicker", "vision"),
        "vlm": QCoreApplication.translate("ModelPicker", "vision-language"),
        "encoder": QCoreApplication.translate("ModelPicker", "encoder"),
        "encoder-decoder": QCoreApplication.translate("ModelPicker", "encoder-decoder"),
        "audio": QCoreApplication.translate("ModelPicker", "speech"),
        "ssm": QCoreApplication.translate("ModelPicker", "state-space"),
    }


@cache
def _preset_rows() -> list[tuple[str, str, int]]:
    """(family, preset id, parameter count) of every preset: counted once, said in each call's language."""
    rows = []
    for pid, p in catalog.presets().items():
        # A CNN's layer graph takes ~10 ms to build (67 of them: 0.7 s at start-up); its published count is the
        # same number (tests/core hold every CNN preset's engine count to torchvision's), so the list shows that
        # and the graph is built when the model is picked
        cnn_count = p.published_params if p.kind == "cnn" else None
        rows.append((p.family, pid, cnn_count or count(catalog.preset_architecture(pid)).total))
    return rows


def preset_groups() -> list[tuple[str, list[Entry]]]:
    """[(family, [(id, "Llama 3.1 8B · 8.03 B", tooltip, search words)])], families A→Z, models by size; the
    kind tag and the tooltip in the window's language (the English tag stays a search word)."""
    kinds = kind_names()
    parameters = QCoreApplication.translate("ModelPicker", "{0} parameters")
    presets = catalog.presets()
    families: dict[str, list[tuple[int, Entry]]] = {}
    for family, pid, n in _preset_rows():
        p = presets[pid]
        kind = kinds.get(p.kind, "")
        name = catalogue_name(p.name)
        text = f"{name} · {fmt_params(n)}" + (f" ({kind})" if kind else "")
        tip = f"{name}\n{parameters.format(fmt_int(n))}\n{p.organization}\n{p.source_text}".strip()
        words = " ".join(
            [p.name, p.organization, p.kind, kind, ENGLISH_KINDS.get(p.kind, ""), *p.aliases, p.hub_id or ""]
        )
        families.setdefault(family, []).append((n, (pid, text, tip, words)))
    return [
        (fam, [e for _, e in sorted(rows, key=lambda r: r[0])])
        for fam, rows in sorted(families.items(), key=lambda kv: kv[0].lower())
    ]


# the English tags, kept as search words in every language ("vision" finds the vision models in a Chinese window)
ENGLISH_KINDS = {
    "cnn": "CNN",
    "vision": "vision",
    "vlm": "vision-language",
    "encoder": "encoder",
    "encoder-decoder": "encoder-decoder",
    "audio": "speech",
    "ssm": "state-space",
}


class ModelPicker(QGroupBox):
    import_requested = Signal()
    hub_requested = Signal()

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Model"), parent)
        self.document = document
        self.tree = SearchTree(self.tr("Search {0} models…").format(len(catalog.presets())), self)
        self.tree.set_entries(preset_groups())
        self.tree.picked.connect(document.set_preset)
        self.tree.pressed.connect(document.announce_preset)  # computed while the button is down
        self.current = WrappedLabel(self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("A config.json, a model folder, a .safetensors or a .gguf file"))
        self.hub_button = QPushButton(self.tr("From Hub…"), self)
        self.hub_button.setToolTip(self.tr("A Hugging Face model id such as meta-llama/Llama-3.1-8B"))
        self.import_button.clicked.connect(self.import_requested)
        self.hub_button.clicked.connect(self.hub_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.hub_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.current)
        layout.addLayout(buttons)
        self._shown: object = None
        document.changed.connect(self._show)
        self._show(document.scenario)

    def _show(self, scenario: Scenario) -> None:
        ref = scenario.model
        if ref == self._shown:
            return
        self._shown = ref
        arch = ref.architecture
        self.tree.select_id(ref.preset)
        origin = ref.path or (self.tr("preset") if ref.preset else self.tr("imported"))
        n = count(arch).total
        context = self.tr(" · up to {0} tokens").format(fmt_int(arch.max_positions)) if arch.decoder else ""
        params = self.tr("parameters")
        self.current.setText(f"<b>{catalogue_name(arch.name)}</b> — {fmt_params(n)} {params}{context}")
        set_tip(self.current, f"{fmt_int(n)} {params}\n{origin}\n{arch.source}".strip())
