"""Dependencies: pyproject.toml's ranges, constraints.txt's exact versions (what `make` installs, CI tests and the
bundle is built from), and what the code really imports."""

from __future__ import annotations

import ast
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
DEV = [Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"]["dev"]]


def constraints() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def test_every_dependency_has_an_exact_version_in_range() -> None:
    pins = constraints()
    for req in RUNTIME + DEV:
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not pinned in constraints.txt: add it (pip freeze --exclude-editable)"
        assert req.specifier.contains(pins[name]), f"constraints.txt pins {req.name} {pins[name]} outside {req}"


def test_the_suite_runs_against_the_pinned_runtime_versions() -> None:
    pins = constraints()
    for req in RUNTIME:
        installed = Version(metadata.version(req.name))
        assert installed == pins[canonicalize_name(req.name)], (
            f"{req.name} {installed} is installed, constraints.txt pins {pins[canonicalize_name(req.name)]}: "
            "install with `make` (pip install -c constraints.txt)"
        )


def test_known_bad_versions_are_excluded() -> None:
    by_name = {canonicalize_name(r.name): r for r in RUNTIME}
    # PySide6-Essentials 6.12.0 aborts in pyqtgraph 0.14.0's AxisItem painting (tests/gui/test_gui_charts.py)
    assert not by_name["pyside6-essentials"].specifier.contains("6.12.0")
    assert by_name["pyside6-essentials"].specifier.contains("6.11.3")


def imported_top_level(folder: str) -> set[str]:
    names = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_runtime_dependencies_are_what_the_app_imports() -> None:
    app = imported_top_level("core") | imported_top_level("gui")
    # distribution name -> import name
    imports = {"pyside6-essentials": "PySide6", "huggingface-hub": "huggingface_hub"}
    for req in RUNTIME:
        name = canonicalize_name(req.name)
        assert imports.get(name, name) in app, f"{req.name} is a runtime dependency but core/ and gui/ never import it"
    assert "safetensors" not in app  # a test-only (dev) dependency: core reads safetensors headers itself
    assert "safetensors" in {canonicalize_name(r.name) for r in DEV}
