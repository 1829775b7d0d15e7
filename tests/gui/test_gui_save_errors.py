"""A save that the system refuses says the system's reason by its errno — a full disk (ENOSPC, while writing or
when the data is flushed to disk), a read-only folder (EACCES), a read-only file system (EROFS) — in English and in
Chinese, with the file's path; the old file stays as it was and no temporary file is left. The failures are
simulated where the system reports them (the temporary file's creation, its write, its fsync): these tests run as
root, whom no folder refuses, and on a disk with room."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gui.main_window import MainWindow
from tests.gui.test_gui_engine_text import english_words


class _FullDisk:
    """The file os.fdopen would give, on a disk with no room left: its write fails (and the file is closed)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        os.close(self.fd)

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _refused(code: int, folder: Path) -> Callable[..., int]:
    real = os.open

    def fake(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real(path, flags, mode, dir_fd=dir_fd)

    return fake


def _fsync_full(_fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _simulate(monkeypatch: pytest.MonkeyPatch, case: str, folder: Path) -> None:
    if case == "disk full while writing":
        monkeypatch.setattr(os, "fdopen", lambda fd, *_a, **_k: _FullDisk(fd))
    elif case == "disk full at fsync":
        monkeypatch.setattr(os, "fsync", _fsync_full)
    elif case == "read-only folder":
        monkeypatch.setattr(os, "open", _refused(errno.EACCES, folder))
    else:
        monkeypatch.setattr(os, "open", _refused(errno.EROFS, folder))


# the system's reason as glibc's strerror writes it in English, and as the window's Chinese says it
CASES = {
    "disk full while writing": (errno.ENOSPC, "No space left on device", "设备上没有剩余空间"),
    "disk full at fsync": (errno.ENOSPC, "No space left on device", "设备上没有剩余空间"),
    "read-only folder": (errno.EACCES, "Permission denied", "权限不足"),
    "read-only file system": (errno.EROFS, "Read-only file system", "只读文件系统"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_refused_save_keeps_the_errno_and_the_old_file(  # type: ignore[no-untyped-def]
    qtbot, preferences, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    code, english, _chinese = CASES[case]
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    target = tmp_path / "plan.sizing"
    window.document.save(str(target))
    before = target.read_bytes()
    window.document.set_field("workload.batch", 3)
    with monkeypatch.context() as m:
        _simulate(m, case, tmp_path)
        with pytest.raises(OSError) as failed:
            window.document.save(str(target))
    assert failed.value.errno == code
    assert str(failed.value) == f"[Errno {code}] {english}: '{target}'"
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.sizing"]  # no temporary file left behind
    assert not window.document.undo_stack.isClean()
    window.document.undo_stack.setClean()


def _save_as_refused(qtbot, preferences, dialogs, folder: Path, monkeypatch: pytest.MonkeyPatch, case: str):  # type: ignore[no-untyped-def]
    """File ▸ Save As to folder/plan.sizing, refused as `case`: the dialog's title and text, and the file."""
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(preferences)
    qtbot.addWidget(window)
    target = folder / "plan.sizing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    with monkeypatch.context() as m:
        _simulate(m, case, folder)
        assert not window.files.save_as()
    [(_kind, title, text)] = dialogs.shown[-1:]
    assert not target.exists() and window.document.file_path is None
    window.document.undo_stack.setClean()
    return title, text, target


@pytest.mark.parametrize("case", CASES)
def test_a_refused_save_as_says_why_in_english(  # type: ignore[no-untyped-def]
    qtbot, preferences, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    title, text, target = _save_as_refused(qtbot, preferences, dialogs, tmp_path, monkeypatch, case)
    assert (title, text) == ("Cannot save", f"{CASES[case][1]}: {target}")


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("case", CASES)
def test_a_refused_save_as_says_why_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, preferences, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    title, text, target = _save_as_refused(qtbot, preferences, dialogs, tmp_path, monkeypatch, case)
    assert title == "无法保存"
    assert CASES[case][2] in text and str(target) in text, text
    assert not english_words(text, (str(tmp_path),)), text
