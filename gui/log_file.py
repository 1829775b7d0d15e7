"""The app's log file: every module logs to `logging.getLogger(__name__)`; the desktop app sends those records to a
rotating file under the platform's app-data folder (Qt's AppDataLocation: ~/.local/share/GPU Sizer/GPU Sizer on
Linux, %APPDATA%/GPU Sizer/GPU Sizer on Windows, ~/Library/Application Support/GPU Sizer/GPU Sizer on macOS), in
`logs/gpu-sizer.log`. A windowed (and a frozen) app has no console: the file is where a crash leaves its trace,
and the crash dialog names it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

LOG_NAME = "gpu-sizer.log"
MAX_BYTES = 2 * 1024 * 1024  # per file; with BACKUPS old files at most 8 MiB in all
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"

_state: dict[str, Path] = {}


def app_data_dir() -> Path:
    """Qt's writable AppDataLocation for this application (organisation and application names must be set)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_log_dir() -> Path:
    return app_data_dir() / "logs"


def log_file() -> Path | None:
    """The file `configure` set up, or None (tests, the CLI, `--smoke-test`: nothing is written)."""
    return _state.get("file")


def configure(
    directory: Path | None = None, *, level: int = logging.INFO, console: bool = True, max_bytes: int = MAX_BYTES
) -> Path | None:
    """Send the root logger's records to `directory`/gpu-sizer.log (rotating: MAX_BYTES × (1 + BACKUPS)), and
    warnings and worse to stderr too when `console`. Calling it again replaces what it installed before. Returns
    the log file, or None when the folder cannot be created or written (the app still runs, logging to stderr)."""
    unconfigure()
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(formatter)
        stream._gpu_sizer = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    folder = directory if directory is not None else default_log_dir()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: cannot write %s (%s)", path, exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(formatter)
    handler._gpu_sizer = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    _state["file"] = path
    return path


def unconfigure() -> None:
    """Remove what `configure` installed (tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_gpu_sizer", False):
            root.removeHandler(handler)
            handler.close()
    _state.pop("file", None)
