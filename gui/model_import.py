"""Importing a model (config.json, model folder, .safetensors, .gguf) or fetching one from the Hugging Face Hub.
Reading a multi-gigabyte file's header or downloading a config runs in a worker; the UI stays live and shows
progress, and the result is applied to the document as one undoable edit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from core.errors import SizingError
from core.models import resolve
from core.scenario import ModelRef
from gui import workers
from gui.document import ScenarioDocument
from gui.fields import in_window_words

MODEL_SUFFIXES = (".json", ".gguf", ".safetensors")

logger = logging.getLogger(__name__)


class ImportController(QObject):
    finished = Signal(bool)  # an import ended (True: applied to the document)

    def __init__(self, document: ScenarioDocument, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self._running: list[workers.WorkerSignals] = []

    def busy(self) -> bool:
        return bool(self._running)

    # --- user actions ------------------------------------------------------------------------------------
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import model"),
            "",
            self.tr("Model files (*.json *.gguf *.safetensors);;All files (*)"),
        )
        if path:
            self.import_path(path)

    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Import model folder"))
        if path:
            self.import_path(path)

    def fetch_from_hub(self) -> None:
        from core.importers import hub  # imports huggingface_hub: not at start-up

        repo, ok = QInputDialog.getText(
            self.window, self.tr("From Hub"), self.tr("Hugging Face model id (organisation/name):")
        )
        repo = repo.strip()
        if not ok or not repo:
            return
        try:
            repo = hub.validate_repo_id(repo)
        except SizingError as exc:
            QMessageBox.warning(self.window, self.tr("From Hub"), str(exc))
            return
        self._start(
            lambda report: hub.fetch(repo, progress=lambda step: report(-1, step)),
            self.tr("Fetching {0}…").format(repo),
            f"Hub fetch of {repo}",
        )

    # --- work --------------------------------------------------------------------------------------------
    def import_path(self, path: str) -> None:
        self._start(lambda _report: resolve(path), self.tr("Reading {0}…").format(path), f"import of {path}")

    def _start(self, job: Callable[[Callable[[int, str], None]], Any], label: str, name: str) -> None:
        dialog = QProgressDialog(label, self.tr("Hide"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Importing model"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(400)  # quick imports never flash a dialog
        signals: workers.WorkerSignals | None = None

        def report(percent: int, text: str) -> None:
            if percent >= 0:
                dialog.setMaximum(100)
                dialog.setValue(percent)
            if text:
                dialog.setLabelText(f"{label}\n{text}")

        def end() -> None:
            if signals in self._running:
                self._running.remove(signals)
            dialog.reset()
            dialog.deleteLater()

        def done(result: object) -> None:
            end()
            ref, notes = cast(tuple[ModelRef, list[str]], result)
            logger.info("%s: %s", name, ref.architecture.name)
            self.finished.emit(self.document.set_model(ref, list(notes)))

        def failed(message: str) -> None:
            end()
            QMessageBox.warning(self.window, self.tr("Cannot import the model"), in_window_words(message))
            self.finished.emit(False)

        logger.info("%s started", name)
        signals = workers.start(job, done, failed, report, name)
        self._running.append(signals)
