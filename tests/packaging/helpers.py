"""Helpers for the packaging tests (tests/packaging): where the built bundle is, the environment of a user who
launches it, Debian tools fetched on demand, and the skip-or-fail rule.

Missing prerequisites skip with the reason on a developer machine, and fail when GPU_SIZER_REQUIRE_PACKAGING=1
(.ci/run sets it) or CI is set, so CI can never pass without having run the frozen app and the validators."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
BUNDLE = ROOT / "dist" / "gpu-sizer"
TOOLS = ROOT / "build" / "debian-tools"
EXAMPLE = ROOT / "examples" / "llama-3.1-8b-qlora-rtx4090.sizing"
STRICT = os.environ.get("GPU_SIZER_REQUIRE_PACKAGING") == "1" or bool(os.environ.get("CI"))


def unavailable(reason: str) -> NoReturn:
    if STRICT:
        pytest.fail(f"{reason} (GPU_SIZER_REQUIRE_PACKAGING or CI is set, so this fails instead of skipping)")
    pytest.skip(reason)


def load_module(name: str, path: Path) -> ModuleType:
    """packaging/*.py by file path: `packaging` is also the PyPI library's name, so that folder is no package."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user launching the app: nothing from this venv or pytest, a fresh home and settings,
    offscreen (no display in CI)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "PYTEST")) and k != "HOME"
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def debian_tool(command: str, package: str) -> Path:
    """`command` from PATH, or from Debian's `package` unpacked under build/debian-tools/ (nothing is installed).

    `apt-get download` fetches the .deb as any user and `dpkg -x` unpacks it without touching the system. It needs
    the package lists, which a fresh container may not have: as root they are refreshed once and the download
    retried. Where there is no apt (macOS, Fedora) the calling test skips, or fails under CI."""
    found = shutil.which(command)
    if found:
        return Path(found)
    local = TOOLS / package / "usr" / "bin" / command
    if local.is_file():
        return local
    if shutil.which("apt-get") is None or shutil.which("dpkg") is None:
        unavailable(f"`{command}` is not installed (Debian package {package}) and there is no apt-get to fetch it")
    download = TOOLS / "debs"
    download.mkdir(parents=True, exist_ok=True)

    def fetch() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["apt-get", "download", "-q", package], cwd=download, capture_output=True, text=True, timeout=300
        )

    result = fetch()
    if result.returncode != 0 and hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, text=True, timeout=600)
        result = fetch()
    debs = sorted(download.glob(f"{package}_*.deb"))
    if result.returncode != 0 or not debs:
        pytest.fail(f"cannot fetch Debian package {package} for `{command}`: {result.stderr.strip()}")
    subprocess.run(["dpkg", "-x", str(debs[-1]), str(TOOLS / package)], check=True, timeout=120)
    if not local.is_file():
        pytest.fail(f"{debs[-1].name} holds no usr/bin/{command}")
    return local


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll an outside process's observable effect (a file it writes): there is no signal to wait on."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


def is_running(pid: int) -> bool:
    """Alive and not a zombie (a reparented child that init has not reaped yet counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def pids_running(exe: Path) -> list[int]:
    """Processes whose executable is `exe` (a test's own temporary install, so only ones the test launched)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if Path(os.readlink(proc / "exe")) == exe.resolve():
                    found.append(int(proc.name))
            except OSError:
                continue
    return [pid for pid in found if is_running(pid)]


def split_exec(value: str) -> list[str]:
    """A desktop entry's Exec value as argv, by the Desktop Entry spec (as GLib's g_shell_parse_argv does it):
    undo the string escapes (\\s \\n \\t \\r \\\\), split on unquoted blanks, and inside "…" a backslash escapes
    " ` $ \\. Field codes (%f) are left in place; %% becomes %."""
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1])
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    quoted, i = False, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current = (current or "") + text[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current = (current or "") + ch
        elif ch == '"':
            quoted, current = True, current or ""
        elif ch in " \t\n":
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + ch
        i += 1
    assert not quoted, f"unbalanced quotes in Exec={value}"
    if current is not None:
        args.append(current)
    return [a if a.startswith("%") and len(a) == 2 else a.replace("%%", "%") for a in args]
