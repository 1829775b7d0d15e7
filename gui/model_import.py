"""Importing a model (config.json, model folder, .safetensors, .gguf) or fetching one from the Hugging Face Hub.
Reading a multi-gigabyte file's header or downloading a config runs in a worker; the UI stays live and shows
progress, and the result is applied to the document as one undoable edit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from core.errors import SizingError
from core.models import resolve
from core.scenario import ModelRef
from gui import workers
from gui.document import ScenarioDocument
from gui.fields import in_window_words
from gui.i18n_engine import engine_text
from gui.workers import failure_message

MODEL_SUFFIXES = (".json", ".gguf", ".safetensors")
HUB_TIMEOUT_S = 20  # a Hub fetch that has not answered by then is given up (offline, DNS hanging, Hub down)

logger = logging.getLogger(__name__)


class ImportController(QObject):
    finished = Signal(bool)  # an import ended (True: applied to the document)

    def __init__(self, document: ScenarioDocument, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self._running: dict[workers.WorkerSignals, Callable[[], None]] = {}  # each running import: its give-up
        self._abandoned: list[workers.WorkerSignals] = []  # cancelled or timed out, still running: kept until they end

    def busy(self) -> bool:
        return bool(self._running)

    def cancel(self) -> None:
        """The window closes: every import is given up, its dialog closed and its result dropped. A worker cannot
        be interrupted: a local import ends in the background when its file is read, a Hub fetch when the Hub
        answers or huggingface_hub's own time-outs end it."""
        for give_up in list(self._running.values()):
            give_up()
        for signals in self._abandoned:
            workers.drop(signals)
        self._abandoned.clear()

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
            QMessageBox.warning(self.window, self.tr("From Hub"), engine_text(failure_message(exc)))
            return
        self._start(
            lambda report: hub.fetch(repo, progress=lambda step: report(-1, step)),
            self.tr("Fetching {0} from the Hugging Face Hub…").format(repo),
            f"Hub fetch of {repo}",
            title=self.tr("Model from the Hub"),
            timeout_s=HUB_TIMEOUT_S,
        )

    # --- work --------------------------------------------------------------------------------------------
    def import_path(self, path: str) -> None:
        self._start(lambda _report: resolve(path), self.tr("Reading {0}…").format(path), f"import of {path}")

    def _start(
        self,
        job: Callable[[Callable[[int, str], None]], Any],
        label: str,
        name: str,
        *,
        title: str | None = None,
        timeout_s: float | None = None,
    ) -> None:
        """Run `job` in a worker with a progress dialog. A job with a `timeout_s` (a network fetch) shows its dialog
        at once, with Cancel, and is given up after `timeout_s`: the worker cannot be interrupted, so a cancelled
        or timed-out job runs on in the background and its result is dropped."""
        network = timeout_s is not None
        dialog = QProgressDialog(label, self.tr("Cancel") if network else self.tr("Hide"), 0, 0, self.window)
        dialog.setWindowTitle(title or self.tr("Importing model"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumWidth(max(420, dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 160))
        dialog.setMinimumDuration(0 if network else 400)  # quick local imports never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        signals: workers.WorkerSignals | None = None
        state = {"over": False}
        timer = QTimer(dialog)
        timer.setSingleShot(True)

        def report(percent: int, text: str) -> None:
            if state["over"]:
                return
            if percent >= 0:
                dialog.setMaximum(100)
                dialog.setValue(percent)
            if text:
                dialog.setLabelText(f"{label}\n{text}")

        def end(abandon: bool = False) -> None:
            state["over"] = True
            timer.stop()
            if signals in self._running:
                del self._running[signals]
                if abandon:
                    self._abandoned.append(signals)
            dialog.reset()
            dialog.deleteLater()

        def done(result: object) -> None:
            if state["over"]:
                logger.info("%s finished after it was given up; result dropped", name)
                forget()
                return
            end()
            ref, notes = cast(tuple[ModelRef, list[str]], result)
            logger.info("%s: %s", name, ref.architecture.name)
            self.finished.emit(self.document.set_model(ref, list(notes)))

        def forget() -> None:
            if signals in self._abandoned:
                self._abandoned.remove(signals)

        def failed(message: str) -> None:
            if state["over"]:
                forget()
                return
            end()
            QMessageBox.warning(self.window, self.tr("Cannot import the model"), in_window_words(engine_text(message)))
            self.finished.emit(False)

        def cancelled() -> None:
            if state["over"] or not network:
                return  # "Hide" only hides a local import's dialog; the import goes on
            logger.info("%s cancelled", name)
            end(abandon=True)
            self.finished.emit(False)

        def timed_out() -> None:
            if state["over"]:
                return
            logger.warning("%s: no answer within %s s", name, timeout_s)
            end(abandon=True)
            QMessageBox.warning(
                self.window,
                self.tr("Cannot import the model"),
                self.tr(
                    "The Hugging Face Hub did not answer within {0} s. Check the network connection (or a proxy), "
                    "then try again; a model already in the local Hugging Face cache can be imported from its "
                    "folder with File ▸ Import model folder."
                ).format(timeout_s),
            )
            self.finished.emit(False)

        def give_up() -> None:  # the window closes
            logger.info("%s given up: the window closed", name)
            end()
            assert signals is not None
            workers.drop(signals)

        dialog.canceled.connect(cancelled)
        timer.timeout.connect(timed_out)
        logger.info("%s started", name)
        signals = workers.start(job, done, failed, report, name)
        self._running[signals] = give_up
        if timeout_s is not None:
            timer.start(round(timeout_s * 1000))
            dialog.show()  # at once: a fetch that hangs must not look like nothing happened
