"""Help ▸ User guide: how to size a model in a minute, in the app's own words (translated with the rest)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("GPU Sizer user guide"))
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
                "to be. The same figures come from the command line: <code>sizing --help</code>.</p>"
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
