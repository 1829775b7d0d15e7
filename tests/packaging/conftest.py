"""Fixtures for the packaging tests: the app's identity (packaging/app_info.py), the built bundle (dist/gpu-sizer,
made by `make dist`, which `make test` runs first), and processes to clean up."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.helpers import BUNDLE, PACKAGING, ROOT, is_running, load_module, unavailable


@pytest.fixture(scope="session")
def app_info() -> Any:
    return load_module("gpu_sizer_app_info", PACKAGING / "app_info.py").read()


@pytest.fixture(scope="session")
def bundle(app_info: Any) -> Path:
    exe = BUNDLE / app_info.app_id
    if not exe.is_file():
        unavailable(f"no built app at {exe.relative_to(ROOT)}: run `make dist` (`make test` builds it first)")
    sources = [
        p
        for d in ("core", "gui", "resources", "packaging")
        for p in (ROOT / d).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".md", ".pyc")
    ]
    newest = max(sources, key=lambda p: p.stat().st_mtime)
    if newest.stat().st_mtime > exe.stat().st_mtime:
        unavailable(f"dist/ is older than {newest.relative_to(ROOT)}: run `make dist` again")
    return BUNDLE


@pytest.fixture
def reaper() -> Iterator[list[int | subprocess.Popen[bytes]]]:
    """Processes a test started (pids, or Popen objects); each is terminated, then killed, at teardown."""
    started: list[int | subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if isinstance(proc, subprocess.Popen):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
            continue
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(proc, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + 5
            while is_running(proc) and time.monotonic() < deadline:
                time.sleep(0.05)
            if not is_running(proc):
                break
