"""`sizing -v`: the modules' log records go to stderr only when asked; without it the output is the contract's
(docs/cli-contract.md: results on stdout, one error line on stderr). Run as real processes: logging's fallback
handler behaves differently under pytest, which installs handlers of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ERROR = "sizing: error: unknown model 'no-such-model'; see `sizing models` for the list\n"


def sizing(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core", *argv], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


def test_without_verbose_stderr_is_only_the_error_line() -> None:
    run = sizing("params", "--model", "no-such-model")
    assert (run.returncode, run.stdout, run.stderr) == (2, "", ERROR)


def test_verbose_logs_to_stderr_and_leaves_stdout_alone() -> None:
    quiet = sizing("params", "--model", "llama-3.1-8b", "--json")
    loud = sizing("-v", "params", "--model", "llama-3.1-8b", "--json")
    assert quiet.stderr == "" and loud.stdout == quiet.stdout and json.loads(loud.stdout)["total"] == 8_030_261_248
    assert "sizing: INFO core.models: model 'llama-3.1-8b': Llama 3.1 8B" in loud.stderr


def test_very_verbose_after_the_command_adds_the_traceback() -> None:
    run = sizing("params", "--model", "no-such-model", "-vv")
    assert run.returncode == 2 and run.stdout == "" and run.stderr.endswith(ERROR)
    assert "sizing: DEBUG core.cli: params failed" in run.stderr and "Traceback (most recent call last)" in run.stderr
