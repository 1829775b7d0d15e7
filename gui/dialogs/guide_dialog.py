"""Help ▸ User guide: how to size a model in a minute, in the app's own words (translated with the rest), and the
accuracy table: the engine against measurements, the summary bench/accuracy.py computes (resources/data/accuracy.json,
the same summary as the README's 'Accuracy' table)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def accuracy_rows() -> list[dict[str, Any]]:
    """The accuracy summary the app ships: one row per reference (its name, cases, median and max abs. error)."""
    text = resources.files("resources").joinpath("data", "accuracy.json").read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = json.loads(text)["rows"]
    return rows


def percent(fraction: float) -> str:
    """0.022946 → '2.29 %' (the README's two decimals)."""
    return f"{fraction * 100:.2f} %"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))  # the title bar adds " — GPU Sizer"
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(
            self.tr(
                "<h3>Size a model in a minute</h3>"
                "<ol>"
                "<li><b>Model</b>: search the presets (“llama 8b”), or Import… a config.json, a model folder, a "
                ".safetensors or .gguf file, or fetch a config with “From Hub…”.</li>"
                "<li><b>GPU</b>: search the catalogue (“4090”), set how many, or describe one with “Custom GPU…”.</li>"
                "<li><b>Workload</b>: inference or training, batch, context length; type a number and press Enter "
                "(or Tab): each value you enter is one step in Edit ▸ Undo.</li>"
                "<li><b>Precision</b>: how the weights and the KV cache are stored; for training the optimizer, "
                "LoRA or QLoRA, gradient checkpointing.</li>"
                "<li>Read the <b>answer</b> at the top right: whether it fits, the headroom, the largest context "
                "or batch that fits, the speed.</li>"
                "</ol>"
                "<h3>Charts</h3>"
                "<p>The breakdown shows where the memory goes at the peak; the second chart shows memory against "
                "the context length (or the batch size). Rest the pointer on a bar or a curve to see the formula and "
                "its inputs. Right-click a chart to export it or copy it.</p>"
                "<h3>Files</h3>"
                "<p>File ▸ Save keeps the scenario in a .sizing file; drop a .sizing or a model file on the window "
                "to open it. Edit ▸ Copy summary puts a Markdown summary on the clipboard.</p>"
                "<h3>How exact?</h3>"
                "<p>Weights and the KV cache are counted exactly for their format; activations, framework "
                "overheads and speed are estimates, and the answer's last line says how far off they were measured "
                "to be; the Accuracy tab lists each measurement the estimates are held to and how far off they are. "
                "The same figures come from the command line: <code>sizing --help</code>.</p>"
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.text, self.tr("Guide"))
        self.tabs.addTab(self._accuracy_page(), self.tr("Accuracy"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _accuracy_page(self) -> QWidget:
        page = QWidget(self)
        intro = self.accuracy_intro = QLabel(
            self.tr(
                "Memory estimates against measurements: PyTorch's own allocations (MemTracker runs) and published "
                "GPU measurements. Each row is one reference; the errors are the estimate's distance from the "
                "measured value. From the project's source code, <code>python -m bench.accuracy</code> prints every "
                "case (the installed app has no command for it)."
            ),
            page,
        )
        intro.setWordWrap(True)
        rows = accuracy_rows()
        self.accuracy = QTableWidget(len(rows), 4, page)
        self.accuracy.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Cases"), self.tr("Median abs. error"), self.tr("Max abs. error")]
        )
        self.accuracy.verticalHeader().setVisible(False)
        self.accuracy.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.accuracy.setWordWrap(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            # its name in the window's language (gui/accuracy_names.py marks each for translation), without
            # Markdown's code marks (`--stack fsdp2`): plain text here
            reference = QCoreApplication.translate("Accuracy", str(row["reference"])).replace("`", "")
            cells = [reference, f"{row['cases']:,}", percent(row["median"]), percent(row["max"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(right)
                else:
                    item.setToolTip(text)
                self.accuracy.setItem(r, c, item)
        header = self.accuracy.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.accuracy.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # as wrapped
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.accuracy)
        return page
