"""Writes gui/format_names.py (no argument): the names of the weight formats (resources/quant/formats.json,
core/quant.py) and of the training stacks (core/stacks.py) that are plain English, marked for translation (context
"Names") so lupdate puts them in resources/i18n. A stack name the engine already writes as a Message (context
"Engine") and the GGUF file types (llama.cpp's own names: "GGUF Q4_K_M") are left out.

    .venv/bin/python -m tools.i18n.names_catalogue > /tmp/fn.py && mv /tmp/fn.py gui/format_names.py
    .venv/bin/python -m tools.i18n.names_catalogue descriptors > /tmp/nd.py && mv /tmp/nd.py gui/name_descriptors.py
    .venv/bin/ruff format gui/format_names.py gui/name_descriptors.py

The descriptors are the words in parentheses that end a model preset's or a GPU's catalogue name ("DeepSeek-V4-Flash
(MoE, compressed attention)", "NVIDIA B200 (HGX/DGX, per GPU)"): the product's name stays as it is, the descriptive
words are said in the window's language (gui.i18n_engine.catalogue_name). Written with the argument `descriptors` to
gui/name_descriptors.py. One with no lower-case word ("(1.5B)", "(MoE, MLA)", "(HL-225)") is only names and figures:
left out.

Run it after a format, a stack, a preset or a GPU is added or renamed, then lupdate, translate the new entries, lrelease
(resources/i18n/README.md); tests/gui/test_gui_engine_text.py fails while a name shown in a Chinese window keeps an
English word that is not a proper name."""

from __future__ import annotations

import re
import sys

from core import catalog
from core.messages import Message
from core.quant import formats
from core.stacks import STACKS
from tools.i18n.marked import marked_module


def names() -> list[str]:
    out = [f.name for f in formats().values() if not f.gguf]
    out += [s.name for s in STACKS.values() if not isinstance(s.name, Message)]
    return list(dict.fromkeys(out))


DESCRIPTOR = re.compile(r" \(([^()]*)\)$")  # the parenthesised end of a catalogue name


def descriptors() -> list[str]:
    out = []
    for name in [*(p.name for p in catalog.presets().values()), *(g.name for g in catalog.gpus())]:
        m = DESCRIPTOR.search(name)
        if m and re.search(r"[a-z]{2}", m[1]):
            out.append(m[1])
    return sorted(dict.fromkeys(out))


def main() -> None:
    if sys.argv[1:] == ["descriptors"]:
        print(
            marked_module(
                [
                    '"""The descriptive words that end the model presets\' and GPUs\' catalogue names, in parentheses',
                    '("DeepSeek-V4-Flash (MoE, compressed attention)"), marked for translation (context "Names"), so',
                    "lupdate puts them in resources/i18n and the window says them in its language, the product's name",
                    "kept (gui.i18n_engine.catalogue_name).",
                    "",
                    "Written by `python -m tools.i18n.names_catalogue descriptors > gui/name_descriptors.py` (then",
                    'lupdate, translate, lrelease: resources/i18n/README.md)."""',
                ],
                "Names",
                descriptors(),
            )
        )
        return
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
