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
from tools.i18n.marked import marked_module


def names() -> list[str]:
    out = [f.name for f in formats().values() if not f.gguf]
    out += [s.name for s in STACKS.values() if not isinstance(s.name, Message)]
    return list(dict.fromkeys(out))


def main() -> None:
    docstring = [
        '"""The names of the weight formats (resources/quant/formats.json) and of the training stacks',
        '(core/stacks.py), each English name marked for translation (context "Names"), so lupdate puts it in',
        "resources/i18n and the window can say it in its language (gui.i18n_engine.name_text).",
        "",
        "Written by `python -m tools.i18n.names_catalogue > gui/format_names.py` (then lupdate, translate, lrelease:",
        'resources/i18n/README.md)."""',
    ]
    print(marked_module(docstring, "Names", names()))


if __name__ == "__main__":
    main()
