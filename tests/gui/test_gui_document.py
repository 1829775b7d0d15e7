"""The document: edits through undo commands, rejection of invalid edits, merging, modified state, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import project
from core.project import ProjectError
from gui.document import ScenarioDocument, preset_ref
from tests.conftest import DATA
from tests.gui.helpers import llama_4090_q4


def test_edit_changes_scenario_and_emits(qtbot, doc: ScenarioDocument) -> None:
    with qtbot.waitSignal(doc.changed) as sig:
        assert doc.set_field("workload.context", 8192)
    assert doc.scenario.workload.context == 8192
    assert sig.args[0] is doc.scenario
    assert doc.is_modified()


def test_invalid_edit_rejected_with_engine_message_and_state_kept(qtbot, doc: ScenarioDocument) -> None:
    before = doc.scenario
    with qtbot.waitSignal(doc.error) as sig:
        assert not doc.set_field("parallelism.tp", 3)
    assert "parallelism.tp" in sig.args[0] and "32 attention heads" in sig.args[0]
    assert doc.scenario is before
    assert doc.undo_stack.count() == 0 and not doc.is_modified()


def test_undo_redo_restore_exact_scenarios(doc: ScenarioDocument) -> None:
    s0 = doc.scenario
    doc.set_field("workload.batch", 4)
    s1 = doc.scenario
    doc.set_field("precision.kv_cache", "fp8")
    doc.undo_stack.undo()
    assert doc.scenario == s1
    doc.undo_stack.undo()
    assert doc.scenario == s0 and not doc.is_modified()
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.scenario.precision.kv_cache == "fp8" and doc.scenario.workload.batch == 4


def test_rapid_edits_of_one_field_merge_into_one_undo_step(doc: ScenarioDocument) -> None:
    start = doc.scenario.workload.context
    for value in (5000, 6000, 7000, 8192):
        doc.set_field("workload.context", value, merge=True)
    assert doc.undo_stack.count() == 1
    doc.end_merge()
    doc.set_field("workload.context", 16384, merge=True)
    assert doc.undo_stack.count() == 2  # sealed: a new burst is a new step
    doc.undo_stack.undo()
    assert doc.scenario.workload.context == 8192
    doc.undo_stack.undo()
    assert doc.scenario.workload.context == start


def test_dragging_back_to_the_start_leaves_nothing_to_undo(doc: ScenarioDocument) -> None:
    start = doc.scenario.workload.context
    doc.set_field("workload.context", 9000, merge=True)
    doc.set_field("workload.context", start, merge=True)
    assert doc.undo_stack.count() == 0 and not doc.is_modified()


def test_dependent_fields_adjusted_and_announced(qtbot, doc: ScenarioDocument) -> None:
    doc.set_fields({"runtime.name": "llama.cpp", "precision.weights": "q4_k_m"})
    with qtbot.waitSignal(doc.notice) as sig:
        doc.set_field("workload.mode", "training")
    assert doc.scenario.runtime.name == "hf"  # training runs on PyTorch
    assert "runtime → hf" in sig.args[0]
    doc.undo_stack.undo()  # one step undoes the edit and its adjustments together
    assert doc.scenario.runtime.name == "llama.cpp" and doc.scenario.workload.mode == "inference"


def test_save_load_round_trip_equal(tmp_path: Path, qapp) -> None:
    doc = ScenarioDocument(llama_4090_q4())
    doc.set_field("workload.concurrency", 3)
    path = tmp_path / "walk.sizing"
    doc.save(str(path))
    assert not doc.is_modified() and doc.file_path == str(path.resolve())
    other = ScenarioDocument()
    other.open(str(path))
    assert other.scenario == doc.scenario
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "gpu-sizer" and raw["schema_version"] == project.SCHEMA_VERSION


def test_save_keeps_the_other_scenarios_of_a_file(tmp_path: Path, qapp) -> None:
    a, b = llama_4090_q4(), llama_4090_q4(8192)
    path = tmp_path / "two.sizing"
    project.write(path, [a, b], active=1)
    doc = ScenarioDocument()
    doc.open(str(path))
    assert doc.scenario == b
    doc.set_field("workload.batch", 2)
    doc.save()
    scenarios, active = project.read(path)
    assert active == 1 and scenarios[0] == a and scenarios[1].workload.batch == 2


SIZING = DATA / "sizing"  # one fixture per schema version, shared with tests/core/test_project.py


@pytest.mark.parametrize("fixture", sorted(p.name for p in SIZING.glob("v*.sizing")))
def test_every_schema_version_fixture_loads(fixture: str, qapp) -> None:
    doc = ScenarioDocument()
    doc.open(str(SIZING / fixture))
    assert doc.scenario.model.architecture.name
    assert not doc.is_modified()


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('{"format": "gpu-sizer",\n "schema_version": 1,\n "scenarios": [}', "line 3"),
        ('{"format": "something-else", "schema_version": 1, "scenarios": []}', "not a GPU Sizer project"),
        ('{"format": "gpu-sizer", "schema_version": 99, "scenarios": [{}]}', "newer GPU Sizer"),
        ('{"format": "gpu-sizer", "schema_version": 1, "scenarios": [{"name": "x"}]}', "scenarios[0].model"),
    ],
)
def test_broken_or_foreign_file_is_named_and_nothing_changes(tmp_path: Path, qapp, content: str, named: str) -> None:
    path = tmp_path / "bad.sizing"
    path.write_text(content, encoding="utf-8")
    doc = ScenarioDocument()
    doc.set_field("workload.batch", 7)
    before, count = doc.scenario, doc.undo_stack.count()
    with pytest.raises(ProjectError, match=named.replace("[", r"\[").replace("]", r"\]")):
        doc.open(str(path))
    assert doc.scenario is before and doc.undo_stack.count() == count and doc.file_path is None


def test_unknown_gpu_in_file_is_reported(tmp_path: Path, qapp) -> None:
    data = json.loads(project.dumps([llama_4090_q4()]))
    data["scenarios"][0]["gpu"]["id"] = "imaginary-gpu"
    path = tmp_path / "gpu.sizing"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match="imaginary-gpu"):
        ScenarioDocument().open(str(path))


def test_a_failed_flush_is_a_failed_save(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    # README bad-inputs S1: QSaveFile.commit() (the app's saver then) ignored a failed fdatasync (EIO) and put the new
    # file in place
    path = tmp_path / "plan.sizing"
    doc = ScenarioDocument()
    doc.save(str(path))
    before = path.read_bytes()
    doc.set_field("workload.batch", 3)

    def eio(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("gui.document.os.fsync", eio)
    with pytest.raises(OSError, match=r"\[Errno 5\] Input/output error: '.*plan\.sizing'"):
        doc.save()
    assert path.read_bytes() == before and doc.is_modified()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sizing"]


def test_a_preset_brings_its_checkpoints_format_and_takes_it_away(doc: ScenarioDocument) -> None:
    """Picking gpt-oss 20B sizes it in MXFP4, the format its config's quantization_config declares ({"quant_method":
    "mxfp4"}), as an imported config.json is; picking Llama 3.1 8B next (no quantization_config) goes back to bf16,
    since MXFP4 was the previous model's, not the user's choice; a format the user chose stays."""
    assert doc.set_model(preset_ref("gpt-oss-20b"))
    assert doc.scenario.precision.weights == "mxfp4"
    assert doc.set_model(preset_ref("llama-3.1-8b"))
    assert doc.scenario.precision.weights == "bf16"
    assert doc.set_fields({"precision.weights": "fp8"})
    assert doc.set_model(preset_ref("qwen3-32b"))
    assert doc.scenario.precision.weights == "fp8"


def test_a_checkpoint_format_a_setup_cannot_load_is_not_forced_on_it(doc: ScenarioDocument) -> None:
    """gpt-oss 20B's MXFP4 is what serving loads where the runtime loads it: llama.cpp loads GGUF types only, so the
    model switch keeps the GGUF type chosen (before, the switch was refused: 'llama.cpp loads GGUF types, not
    mxfp4'); a training setup keeps its own format (a full fine-tune needs a float dtype, QLoRA its 4-bit base)."""
    assert doc.set_fields({"runtime.name": "llama.cpp", "precision.weights": "q4_k_m"})
    assert doc.set_model(preset_ref("gpt-oss-20b"))
    assert (doc.scenario.model.preset, doc.scenario.precision.weights) == ("gpt-oss-20b", "q4_k_m")
    for finetune, weights in (("full", "bf16"), ("qlora", "nf4")):
        other = ScenarioDocument()
        assert other.set_fields({"workload.mode": "training", "training.finetune": finetune})
        assert other.set_model(preset_ref("gpt-oss-20b"))
        assert (other.scenario.model.preset, other.scenario.precision.weights) == ("gpt-oss-20b", weights)


def test_a_picked_preset_holds_the_catalogues_architecture_built_once(
    doc: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preset picked again is not built from its config.json again: the scenario holds the catalogue's one
    architecture object for it (before, every pick built it anew and then a copy through a dump), equal to the
    architecture the config.json gives when built afresh."""
    from core import catalog
    from core.importers import hf_config

    first = preset_ref("qwen2.5-7b").architecture  # built here or at the model list's start-up
    preset_ref("llama-3.1-8b")
    built: list[str] = []
    build = hf_config.from_dict
    monkeypatch.setattr(hf_config, "from_dict", lambda *a, **k: built.append(a[2]) or build(*a, **k))
    for preset in ("qwen2.5-7b", "llama-3.1-8b", "qwen2.5-7b"):
        assert doc.set_preset(preset)
        assert doc.scenario.model.architecture is catalog.preset_architecture(preset)
    assert doc.scenario.model.architecture is first
    assert built == []
    p = catalog.preset("qwen2.5-7b")
    assert p.config is not None
    assert build(p.config, p.source_text, p.name).architecture == first
