"""New / Open / Save / Save As / Recent files, the unsaved-changes prompt, and opening whatever the user drops
on the window or names on the command line (.sizing files open; model files are imported)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.errors import SizingError
from core.estimate import resolve_gpu
from core.messages import Message
from core.project import SUFFIX
from core.reasons import os_detail
from core.scenario import Scenario
from gui.document import UNTITLED, ScenarioDocument
from gui.fields import in_window_words
from gui.i18n_engine import catalogue_name, engine_text
from gui.model_import import MODEL_SUFFIXES, ImportController
from gui.preferences import Preferences
from gui.workers import failure_message


def is_project(path: str) -> bool:
    return path.lower().endswith(SUFFIX)


def is_model_source(path: str) -> bool:
    p = Path(path)
    return p.is_dir() or p.name.lower().endswith(MODEL_SUFFIXES)


def gpu_name(scenario: Scenario) -> str:
    try:
        return resolve_gpu(scenario).name
    except SizingError:
        return scenario.gpu.id


class FileController(QObject):
    def __init__(
        self, document: ScenarioDocument, preferences: Preferences, importer: ImportController, window: QWidget
    ) -> None:
        super().__init__(window)
        self.document = document
        self.preferences = preferences
        self.importer = importer
        self.window = window

    def _filter(self) -> str:
        return self.tr("GPU Sizer scenarios (*.sizing);;All files (*)")

    def _start_dir(self) -> str:
        recent = self.preferences.recent_files()
        return str(Path(recent[0]).parent) if recent else ""

    # --- unsaved changes ---------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or unmodified)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(self.document.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- actions -----------------------------------------------------------------------------------------
    def new(self) -> None:
        if self.maybe_save():
            self.document.new()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open scenario"), self._start_dir(), self._filter())
        if path:
            self.load(path)

    def open_path(self, path: str) -> bool:
        """Open a .sizing file (asking about unsaved changes first) or import a model file / folder."""
        if is_project(path):
            return self.maybe_save() and self.load(path)
        if is_model_source(path):
            self.importer.import_path(path)
            return True
        self._error(
            self.tr("Cannot open “{0}”").format(Path(path).name),
            self.tr(
                "GPU Sizer opens .sizing scenarios and imports config.json, model folders, .safetensors "
                "and .gguf files."
            ),
        )
        return False

    def load(self, path: str) -> bool:
        """Read a .sizing file; a broken or foreign file gets a dialog naming the problem and changes nothing."""
        try:
            self.document.open(path)
        except SizingError as exc:  # the engine's words (core.project), said in the window's language
            said = failure_message(exc)
            if _empty_file(said):  # (the engine adds "; expected content": a user never wrote any)
                text = self.tr("{0}: the file is empty").format(Path(path).name)
            else:
                text = engine_text(said)
            self._error(self.tr("Cannot open “{0}”").format(Path(path).name), text)
            return False
        except OSError as exc:
            self._error(self.tr("Cannot open “{0}”").format(Path(path).name), engine_text(os_detail(exc)))
            return False
        self.preferences.add_recent(path)
        return True

    def save(self) -> bool:
        if not self.document.file_path:
            return self.save_as()
        return self._write(self.document.file_path)

    def suggested_path(self) -> str:
        """The file itself once saved; before that the scenario's name, or (still "Untitled") what it sizes:
        "Llama 3.1 8B on NVIDIA GeForce RTX 4090.sizing"."""
        if self.document.file_path:
            return self.document.file_path
        s = self.document.scenario
        name = (
            s.name
            if s.name != UNTITLED
            else self.tr("{0} on {1}").format(catalogue_name(s.model.architecture.name), catalogue_name(gpu_name(s)))
        )
        name = re.sub(r'[\\/:*?"<>|]+', " ", name).strip() or self.tr("scenario")
        return str(Path(self._start_dir()) / (name + SUFFIX))

    def save_as(self) -> bool:
        suggested = self.suggested_path()
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save scenario"), suggested, self._filter())
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            self._error(self.tr("Cannot save"), engine_text(os_detail(exc)))
            return False
        self.preferences.add_recent(path)
        return True

    def handle_drop(self, paths: list[str]) -> None:
        projects = [p for p in paths if is_project(p)]
        models = [p for p in paths if is_model_source(p) and not is_project(p)]
        if projects:
            self.open_path(projects[0])
        elif models:
            self.open_path(models[0])
        elif paths:
            self.open_path(paths[0])

    def _error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.window, title, in_window_words(message))


def _empty_file(said: str) -> bool:
    """core.project's refusal of an empty (or blank) file: "x.sizing: the file is empty; expected content"."""
    problem = said.params.get("problem") if isinstance(said, Message) else None
    return isinstance(problem, Message) and problem.id == "import.empty_file"
