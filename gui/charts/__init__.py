"""The charts (pyqtgraph). Importing this package first imports pyqtgraph without its start-up copy of Qt.

pyqtgraph's Qt shim (pyqtgraph/Qt/__init__.py, `_copy_attrs`) copies every name of PySide6's QtCore, QtGui and
QtWidgets into its own empty modules pyqtgraph.Qt.QtCore/QtGui/QtWidgets. PySide6 creates a class (and its enums)
when it is first looked up, so that copy creates all ~700 of them at every start: about 0.1 s of the app's 1.4 s of
CPU time from launch to first paint (bench/gui_latency.py), for classes the app never uses. Here those three modules
are registered beforehand as modules that look each name up in PySide6 when pyqtgraph first uses it, and the copy
finds nothing to copy. Done only while pyqtgraph's own modules are the empty ones this replaces; otherwise (or when
pyqtgraph is already imported) pyqtgraph is imported as it is."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

_QT_MODULES = ("QtCore", "QtGui", "QtWidgets")


def _forwarding(name: str, source: types.ModuleType) -> types.ModuleType:
    module = types.ModuleType(name, f"{source.__name__}, each name looked up on first use")
    module.__path__ = []  # a package, as the module it stands for

    def __getattr__(attr: str) -> object:  # PEP 562: names the module does not hold yet
        value = getattr(source, attr)
        setattr(module, attr, value)
        return value

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


def _import_pyqtgraph() -> None:
    if "pyqtgraph" in sys.modules:
        return
    spec = importlib.util.find_spec("pyqtgraph")  # (finds it without importing it)
    if spec is None or spec.origin is None:
        return
    shim = Path(spec.origin).parent / "Qt"
    try:
        empty = all((shim / name / "__init__.py").stat().st_size == 0 for name in _QT_MODULES)
    except OSError:  # a frozen build without the sources: as it is
        empty = False
    if not empty:
        return
    from PySide6 import QtCore, QtGui, QtWidgets

    sources = dict(zip(_QT_MODULES, (QtCore, QtGui, QtWidgets), strict=True))
    for name, source in sources.items():
        sys.modules[f"pyqtgraph.Qt.{name}"] = _forwarding(f"pyqtgraph.Qt.{name}", source)
        source.__dict__["__dir__"] = list  # dir() of it: nothing to copy, while pyqtgraph imports
    try:
        importlib.import_module("pyqtgraph")
    finally:
        for source in sources.values():
            del source.__dict__["__dir__"]


_import_pyqtgraph()
