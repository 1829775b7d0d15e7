"""Importing a model (config.json, model folder, .safetensors, .gguf) or fetching one from the Hugging Face Hub.
Reading a multi-gigabyte file's header or downloading a config runs in a worker; the UI stays live and shows
progress, and the result is applied to the document as one undoable edit."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from core.models import resolve
from gui import workers
from gui.document import ScenarioDocument
from gui.fields import in_window_words

MODEL_SUFFIXES = (".json", ".gguf", ".safetensors")
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")


def hub_fetch() -> Callable[..., Any] | None:
    """`core.importers.hub.fetch`, or None where this build has no Hub importer yet."""
    try:
        from core.importers import hub
    except ImportError:
        return None
    fetch = getattr(hub, "fetch", None)
    return fetch if callable(fetch) else None


def hub_id_problem(repo: str) -> str:
    """Why `repo` is not a Hub model id ("" when it is one); the importer's own check where it has one."""
    try:
        from core.importers import hub

        validate = getattr(hub, "validate_repo_id", None)
    except ImportError:
        validate = None
    if validate is not None:
        try:
            validate(repo)
        except ValueError as exc:
            return str(exc)
        return ""
    if HUB_ID.match(repo):
        return ""
    return QCoreApplication.translate(
        "ImportController", "'{0}' is not a model id; expected organisation/name, e.g. meta-llama/Llama-3.1-8B"
    ).format(repo)


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
        fetch = hub_fetch()
        if fetch is None:
            QMessageBox.information(
                self.window,
                self.tr("From Hub"),
                self.tr(
                    "This build cannot fetch from the Hugging Face Hub yet. Download the "
                    "model's config.json and use Import… instead."
                ),
            )
            return
        repo, ok = QInputDialog.getText(
            self.window, self.tr("From Hub"), self.tr("Hugging Face model id (organisation/name):")
        )
        repo = repo.strip()
        if not ok or not repo:
            return
        problem = hub_id_problem(repo)
        if problem:
            QMessageBox.warning(self.window, self.tr("From Hub"), problem)
            return
        self._start(
            lambda report: fetch(repo, progress=workers.progress_adapter(report)), self.tr("Fetching {0}…").format(repo)
        )

    # --- work --------------------------------------------------------------------------------------------
    def import_path(self, path: str) -> None:
        self._start(lambda _report: resolve(path), self.tr("Reading {0}…").format(path))

    def _start(self, job: Callable[[Callable[[int, str], None]], Any], label: str) -> None:
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
            ref, notes = result  # type: ignore[misc]
            self.finished.emit(self.document.set_model(ref, list(notes)))

        def failed(message: str) -> None:
            end()
            QMessageBox.warning(self.window, self.tr("Cannot import the model"), in_window_words(message))
            self.finished.emit(False)

        signals = workers.start(job, done, failed, report)
        self._running.append(signals)
