"""Writes gui/format_names.py: the names of the weight formats (resources/quant/formats.json, core/quant.py) and
of the training stacks (core/stacks.py) that are plain English, marked for translation (context "Names") so lupdate
puts them in resources/i18n. A stack name the engine already writes as a Message (context "Engine") and the GGUF
file types (llama.cpp's own names: "GGUF Q4_K_M") are left out.

    .venv/bin/python -m tools.i18n.names_catalogue > /tmp/fn.py && mv /tmp/fn.py gui/format_names.py
    .venv/bin/ruff format gui/format_names.py

Run it after a format or a stack is added or renamed, then lupdate, translate the new entries, lrelease
(resources/i18n/README.md); tests/gui/test_gui_engine_text.py fails while a name shown in a Chinese window keeps an
English word that is not a proper name."""

from __future__ import annotations

from core.messages import Message
from core.quant import formats
from core.stacks import STACKS
from tools.i18n.engine_catalogue import lit


def names() -> list[str]:
    out = [f.name for f in formats().values() if not f.gguf]
    out += [s.name for s in STACKS.values() if not isinstance(s.name, Message)]
    return list(dict.fromkeys(out))


def main() -> None:
    out = [
        '"""The names of the weight formats (resources/quant/formats.json) and of the training stacks',
        '(core/stacks.py), each English name marked for translation (context "Names"), so lupdate puts it in',
        "resources/i18n and the window can say it in its language (gui.i18n_engine.name_text).",
        "",
        "Written by `python -m tools.i18n.names_catalogue > gui/format_names.py` (then lupdate, translate, lrelease:",
        'resources/i18n/README.md)."""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "_MARKED: tuple[object, ...] = (",
    ]
    for name in names():
        out.append("    QT_TRANSLATE_NOOP(")
        out.append('        "Names",')
        out.append(lit(name, 8) + ",")
        out.append("    ),")
    out.append(")")
    out.append("NAMES: tuple[str, ...] = tuple(str(n) for n in _MARKED)")
    print("\n".join(out))


if __name__ == "__main__":
    main()
