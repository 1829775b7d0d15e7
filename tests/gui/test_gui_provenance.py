"""Issue 11, defect 10: a model's provenance, as the tooltips and saved files show it, is where the figures come
from (a web address, or a Hugging Face repository and file), never a folder of the project or of a development
machine. It read "tests/data/reference/hf-configs (project reference data; …)/tests/data/reference/hf-configs/…/
config.json" before the presets named their Hub config (commit 2b4cf07)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from core import catalog
from gui.main_window import MainWindow

# https://… (a page or a repository file) or "Hugging Face Hub: organisation/name/file", and the commit(s) where
# recorded, with a word on where the hash was read
PROVENANCE = re.compile(
    r"(https://\S+|Hugging Face Hub: [\w.-]+/[\w.-]+/[\w./-]+)( @ [0-9a-f]{7,40}( / [0-9a-f]{7,40})*( \(.*\))?)?"
)


def test_every_preset_names_a_public_source() -> None:
    wrong = {i: p.source_text for i, p in catalog.presets().items() if not PROVENANCE.fullmatch(p.source_text)}
    assert not wrong, wrong


def test_the_tooltip_and_the_saved_file_name_the_hub_config(window: MainWindow, tmp_path: Path) -> None:
    window.document.set_preset("llama-3.1-8b")
    where = "Hugging Face Hub: meta-llama/Llama-3.1-8B/config.json"  # Meta's repository of the model
    assert window.editor.model_picker.current.toolTip().splitlines()[-1] == where
    path = tmp_path / "saved.sizing"
    window.document.save(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["scenarios"][0]["model"]["architecture"]["source"] == where
