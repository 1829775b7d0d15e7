"""GUI test fixtures. Offscreen (tests/conftest.py sets QT_QPA_PLATFORM), settings in a temporary folder so
tests never read or write the user's preferences or recent files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from gui.document import ScenarioDocument
from gui.main_window import MainWindow
from gui.preferences import Preferences
from tests.gui.helpers import DialogLog, in_language


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    QCoreApplication.setOrganizationName("GPU Sizer Tests")
    QCoreApplication.setApplicationName("GPU Sizer Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """The application's palette and style as they were before the test (a theme test changes them)."""
    palette, style = qapp.palette(), qapp.style().name()
    yield
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def preferences(qapp: QApplication) -> Iterator[Preferences]:
    prefs = Preferences()
    prefs.settings.clear()
    prefs.set_unit("GiB")
    yield prefs
    prefs.settings.clear()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def fake(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            log.shown.append((kind, title, text))
            return log.answer if kind == "warning" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(fake("about")))
    # other modal loops answer "cancelled" unless a test patches them with its own answer
    monkeypatch.setattr(
        QDialog,
        "exec",
        lambda self: log.shown.append(("dialog", type(self).__name__, "")) or QDialog.DialogCode.Rejected,
    )
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    return log


@pytest.fixture
def window(qtbot, preferences: Preferences) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(preferences)
    qtbot.addWidget(w)
    w.document.undo_stack.setClean()
    yield w
    w.document.undo_stack.setClean()  # closing at teardown must not ask about unsaved changes


@pytest.fixture
def doc(qapp: QApplication) -> ScenarioDocument:
    return ScenarioDocument()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The app's texts in Simplified Chinese."""
    with in_language("zh_CN"):
        yield


@pytest.fixture(params=["en", "zh_CN"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The test once in English and once in Simplified Chinese (request it before any window the test makes)."""
    with in_language(request.param):
        yield request.param


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """A test may end while a background job (the fit explorer's, gui/workers.py) still computes on its thread:
    wait for it before the fixtures close windows and collect garbage, so no job outlives the objects it reports to
    (a teardown's garbage collection during such a job crashed the suite once)."""
    from gui import workers

    workers.wait_for_done(30)
