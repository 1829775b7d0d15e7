"""The module both generated name catalogues share (gui/accuracy_names.py, gui/format_names.py): English names
marked for translation with QT_TRANSLATE_NOOP under one context, so lupdate puts them in resources/i18n."""

from __future__ import annotations

from tools.i18n.engine_catalogue import lit


def marked_module(docstring: list[str], context: str, names: list[str]) -> str:
    """The generated module's text: `docstring` (its lines, quotes included), then NAMES, each name marked under
    `context`."""
    out = [
        *docstring,
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "_MARKED: tuple[object, ...] = (",
    ]
    for name in names:
        out.append("    QT_TRANSLATE_NOOP(")
        out.append(f'        "{context}",')
        out.append(lit(name, 8) + ",")
        out.append("    ),")
    out.append(")")
    out.append("NAMES: tuple[str, ...] = tuple(str(n) for n in _MARKED)")
    return "\n".join(out)
