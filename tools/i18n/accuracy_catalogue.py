"""Writes gui/accuracy_names.py: the name of each reference in Help ▸ User guide ▸ Accuracy (the rows of
resources/data/accuracy.json, bench/accuracy.py's group names), marked for translation (context "Accuracy") so
lupdate puts them in resources/i18n.

    .venv/bin/python -m tools.i18n.accuracy_catalogue > /tmp/an.py && mv /tmp/an.py gui/accuracy_names.py
    .venv/bin/ruff format gui/accuracy_names.py

Run it after `python -m bench.accuracy --json > resources/data/accuracy.json` adds or renames a group, then lupdate,
translate the new entries, lrelease (resources/i18n/README.md); tests/gui/test_gui_text_review.py fails while a
shipped name is missing here or has no finished Chinese translation."""

from __future__ import annotations

import json
from pathlib import Path

from tools.i18n.marked import marked_module

ROOT = Path(__file__).resolve().parents[2]


def names() -> list[str]:
    rows = json.loads((ROOT / "resources" / "data" / "accuracy.json").read_text(encoding="utf-8"))["rows"]
    return [str(r["reference"]) for r in rows]


def main() -> None:
    docstring = [
        '"""The references of Help ▸ User guide ▸ Accuracy (resources/data/accuracy.json), each English name marked',
        'for translation (context "Accuracy"), so lupdate puts it in resources/i18n and the guide can say it in the',
        "window's language.",
        "",
        "Written by `python -m tools.i18n.accuracy_catalogue > gui/accuracy_names.py` (then lupdate, translate,",
        'lrelease: resources/i18n/README.md)."""',
    ]
    print(marked_module(docstring, "Accuracy", names()))


if __name__ == "__main__":
    main()
