"""Files from the window: title and modified state, the unsaved-changes prompt before New, Open and Quit, broken
files, recent files, drag and drop, the command-line file, and model import in a worker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import catalog, project
from gui import app as gui_app
from gui.main_window import MainWindow
from tests.gui.helpers import EXAMPLES, DialogLog, llama_4090_q4

Button = QMessageBox.StandardButton


def test_title_shows_file_name_and_modified_marker(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    assert window.windowTitle() == "Untitled[*] — GPU Sizer" and not window.isWindowModified()
    window.document.set_field("workload.batch", 2)
    assert window.isWindowModified()
    target = tmp_path / "plan.sizing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "plan"), "")))
    assert window.files.save()  # no file yet: Save asks for a name (suffix added)
    assert target.exists() and window.windowTitle() == "plan.sizing[*] — GPU Sizer"
    assert not window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.isWindowModified()  # undoing past the save point is a change
    window.document.undo_stack.redo()
    assert not window.isWindowModified()


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Discard])
def test_unsaved_prompt_before_new(window: MainWindow, dialogs: DialogLog, answer: Button) -> None:
    window.document.set_field("workload.batch", 3)
    dialogs.answer = answer
    window.files.new()
    assert dialogs.shown[-1][1] == "Unsaved changes"
    assert (window.document.scenario.workload.batch == 3) is (answer == Button.Cancel)


def test_unsaved_prompt_before_open(window: MainWindow, dialogs: DialogLog, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: opened.append("x") or ("", "")))
    window.document.set_field("workload.batch", 3)
    window.files.open_dialog()  # Cancel in the prompt: no file dialog at all
    assert dialogs.shown[-1][1] == "Unsaved changes" and opened == []


def test_unsaved_prompt_save_then_quit(window: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch) -> None:
    window.document.set_field("workload.batch", 5)
    dialogs.answer = Button.Save
    target = tmp_path / "q.sizing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.close()
    assert project.read(target)[0][0].workload.batch == 5


def test_quit_cancelled_keeps_the_window(window: MainWindow, dialogs: DialogLog) -> None:
    window.show()
    window.document.set_field("workload.batch", 5)
    assert not window.close() and window.isVisible()
    assert dialogs.shown[-1][1] == "Unsaved changes"


def test_broken_file_gets_a_dialog_and_the_document_is_untouched(
    window: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.sizing"
    bad.write_text('{"format": "gpu-sizer",\n "schema_version": 1,\n "scenarios": [\n', encoding="utf-8")
    window.document.set_field("workload.batch", 6)
    before = window.document.scenario
    assert not window.files.load(str(bad))
    kind, title, text = dialogs.shown[-1]
    assert kind == "critical" and "broken.sizing" in title and "line 4" in text
    assert window.document.scenario is before and window.document.file_path is None


def test_recent_files(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "r.sizing"
    project.write(path, [llama_4090_q4()])
    assert window.files.load(str(path))
    assert window.preferences.recent_files()[0] == str(path.resolve())
    action = window.recent_menu.actions()[0]
    assert action.text() == "r.sizing"
    window.document.new()
    action.trigger()
    assert window.document.file_path == str(path.resolve())


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_drop_a_sizing_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.sizing"
    project.write(path, [llama_4090_q4(8192)])
    drop(window, path)
    assert window.document.scenario.workload.context == 8192 and window.document.file_path


def write_config(folder: Path) -> Path:
    config = dict(catalog.preset("qwen2.5-0.5b").config or {})
    path = folder / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def test_drop_a_config_json_imports_the_model_in_a_worker(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = write_config(tmp_path)
    with qtbot.waitSignal(window.importer.finished, timeout=10000) as sig:
        drop(window, path)
    assert sig.args == [True]
    model = window.document.scenario.model
    assert model.path == str(path) and model.preset is None
    assert model.architecture.decoder is not None
    window.document.undo_stack.undo()  # an import is one undoable edit
    assert window.document.scenario.model.preset == "llama-3.1-8b"


def test_a_broken_model_file_reports_and_changes_nothing(
    qtbot, window: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:
    bad = tmp_path / "config.json"
    bad.write_text("{not json", encoding="utf-8")
    before = window.document.scenario
    with qtbot.waitSignal(window.importer.finished, timeout=10000) as sig:
        window.importer.import_path(str(bad))
    assert sig.args == [False] and dialogs.shown[-1][1] == "Cannot import the model"
    assert window.document.scenario is before


def test_hub_fetch_runs_in_a_worker_with_progress(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from gui.document import preset_ref

    calls: list[str] = []

    def fake_fetch(repo: str, progress=None):  # type: ignore[no-untyped-def]
        calls.append(repo)
        progress("config.json")  # core.importers.hub.fetch reports each step by name
        return preset_ref("qwen2.5-0.5b"), ["fetched config.json"]

    monkeypatch.setattr("core.importers.hub.fetch", fake_fetch)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Qwen/Qwen2.5-0.5B", True)))
    with qtbot.waitSignal(window.importer.finished, timeout=10000):
        window.editor.model_picker.hub_button.click()
    assert calls == ["Qwen/Qwen2.5-0.5B"]
    assert window.document.scenario.model.preset == "qwen2.5-0.5b"
    assert "fetched config.json" in window.message_bar.text()


def test_command_line_file_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """How double-click works: the desktop passes the file's path as the argument."""
    path = tmp_path / "argv.sizing"
    project.write(path, [llama_4090_q4(16384)])
    _app, window = gui_app.launch(["gpu-sizer", str(path)])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.document.file_path == str(path.resolve()))
    assert window.document.scenario.workload.context == 16384 and window.isVisible()


def test_examples_open_in_the_window(window: MainWindow) -> None:
    for path in sorted(EXAMPLES.glob("*.sizing")):
        assert window.files.load(str(path)), path


def test_hub_rejects_a_malformed_id(window: MainWindow, dialogs: DialogLog, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr("core.importers.hub.fetch", lambda *a, **k: None)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("llama 3 please", True)))
    window.importer.fetch_from_hub()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "llama 3 please" in text and not window.importer.busy()


def test_save_as_proposes_the_scenarios_name_and_the_file_names_the_scenario(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.document.new(llama_4090_q4())
    proposed: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        proposed.append(suggested)
        return str(tmp_path / "home lab"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    assert window.files.save_as()
    # an unnamed scenario is proposed under what it sizes, not as "scenario.sizing"
    assert Path(proposed[0]).name == "Llama 3.1 8B on NVIDIA GeForce RTX 4090.sizing"
    saved = project.read(tmp_path / "home lab.sizing")[0][0]
    assert saved.name == "home lab" and window.document.scenario.name == "home lab"
    assert window.windowTitle() == "home lab.sizing[*] — GPU Sizer" and not window.isWindowModified()
    assert window.files.save_as()  # once saved, Save As proposes the file itself
    assert proposed[1] == str((tmp_path / "home lab.sizing").resolve())


def test_errors_name_the_windows_lists_not_cli_commands(window: MainWindow, dialogs: DialogLog, tmp_path: Path) -> None:
    data = json.loads((EXAMPLES / "llama-3.1-8b-qlora-rtx4090.sizing").read_text(encoding="utf-8"))
    data["scenarios"][0]["gpu"]["id"] = "no-such-card"
    bad = tmp_path / "lab.sizing"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert not window.files.load(str(bad))
    text = dialogs.shown[-1][2]
    assert "no-such-card" in text and "pick one from the GPU list" in text and "sizing gpus" not in text
    window.message_bar.show_error("unknown model 'x'; see `sizing models` for the list")  # the bar says it too
    assert "sizing" not in window.message_bar.text() and "model list" in window.message_bar.text()


def test_an_empty_file_is_reported_as_empty(window: MainWindow, dialogs: DialogLog, tmp_path: Path) -> None:
    empty = tmp_path / "new.sizing"
    empty.write_text("\n", encoding="utf-8")
    assert not window.files.load(str(empty))
    text = dialogs.shown[-1][2]
    assert text == "new.sizing: the file is empty" and "JSON" not in text


def _hanging_hub(monkeypatch):  # type: ignore[no-untyped-def]
    """A Hub fetch that hangs (offline: DNS or the connection never answers) until the test releases it."""
    import threading

    from PySide6.QtWidgets import QInputDialog

    from gui.document import preset_ref

    release = threading.Event()

    def fake_fetch(repo: str, progress=None):  # type: ignore[no-untyped-def]
        release.wait(10)
        return preset_ref("qwen2.5-0.5b"), []

    monkeypatch.setattr("core.importers.hub.fetch", fake_fetch)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Qwen/Qwen2.5-0.5B", True)))
    return release


def test_hub_fetch_shows_a_dialog_at_once_and_cancel_drops_it(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    release = _hanging_hub(monkeypatch)
    before = window.document.scenario
    window.show()
    window.importer.fetch_from_hub()
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible()  # immediately, not after seconds of nothing
    title = dialog.windowTitle()
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 100  # room for the whole title
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Cancel"]
    with qtbot.waitSignal(window.importer.finished, timeout=2000) as finished:
        buttons[0].click()
    assert finished.args == [False] and not window.importer.busy()
    release.set()  # the abandoned fetch ends later: its result is dropped
    qtbot.wait(200)
    assert window.document.scenario == before


def test_hub_fetch_gives_up_after_its_timeout(qtbot, window: MainWindow, dialogs: DialogLog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    release = _hanging_hub(monkeypatch)
    monkeypatch.setattr("gui.model_import.HUB_TIMEOUT_S", 0.3)
    with qtbot.waitSignal(window.importer.finished, timeout=3000) as finished:
        window.importer.fetch_from_hub()
    release.set()
    assert finished.args == [False] and not window.importer.busy()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "did not answer within 0.3 s" in text
