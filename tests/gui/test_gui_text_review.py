"""Text defects a review on a real display found (issue 11, items 7, 8, 9 and 13): a refusal naming its fields in
English in the Chinese window, labels nesting parentheses, a CNN's expected error citing transformer runs, Help
without the accuracy table, and a "nothing fits" line that read as contradicting the change below it."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from bench.accuracy import all_cases, summarize
from core import quant
from core.estimate import estimate
from core.fit import explore
from core.scenario import Scenario
from core.stacks import STACKS
from gui.dialogs.guide_dialog import GuideDialog, accuracy_rows
from gui.document import preset_ref
from gui.edits import error_message, with_changes
from gui.fields import field_label
from gui.i18n_engine import engine_text
from gui.widgets.suggestion_list import SuggestionList
from tests.gui.test_gui_engine_text import english_words

ROOT = Path(__file__).resolve().parents[2]


def scenario(model: str = "llama-3.1-8b", **sections: dict[str, Any]) -> Scenario:
    data = Scenario(model=preset_ref(model)).model_dump()
    for section, fields in sections.items():
        data[section].update(fields)
    return Scenario.model_validate(data)


# --- 1. a refusal names its fields in the window's language ---------------------------------------------------------


def test_the_gpu_count_refusal_names_its_fields_in_chinese(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    """3 GPUs under tensor parallelism 2: the engine refuses (3 is not a multiple of 2 × 1). The review saw
    "parallelism：gpus（3）必须是 tp × pp 的倍数": the section and the field by their paths, in English."""
    with pytest.raises(ValidationError) as refused:
        with_changes(scenario(parallelism={"tp": 2, "gpus": 2}), {"parallelism.gpus": 3})
    said = engine_text(error_message(refused.value))
    assert english_words(said, ()) == [], said
    assert field_label("parallelism.gpus") in said and field_label("parallelism.tp") in said, said
    assert "3" in said and "2 × 1 = 2" in said  # the figures stay


def _refusal_fields() -> set[str]:
    """Every field path a refusal in core/scenario.py names by a `field…=` figure of its Message."""
    out: set[str] = set()
    for node in ast.walk(ast.parse((ROOT / "core" / "scenario.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
            for kw in node.keywords:
                if kw.arg and kw.arg.startswith("field") and isinstance(kw.value, ast.Constant):
                    out.add(str(kw.value.value))
    return out


def _locations(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every place pydantic can say a scenario value is wrong: each section (a rule between its fields) and each
    field in it, down to a custom GPU's own fields; the model's architecture is not edited in the window."""
    out: set[str] = set()
    for name, info in model.model_fields.items():
        if not prefix and name == "model":
            continue
        path = prefix + name
        out.add(path)
        for kind in (info.annotation, *getattr(info.annotation, "__args__", ())):
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                out |= _locations(kind, path + ".")
    return out


def test_every_field_a_refusal_can_name_is_named_in_chinese(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    paths = _refusal_fields() | _locations(Scenario)
    assert {"parallelism", "parallelism.gpus", "workload.context", "gpu.custom.name"} <= paths
    for path in sorted(paths):
        name = field_label(path if path != "runtime" else "runtime.name")
        assert name != path and english_words(name, ()) == [], (path, name)


# --- 2. labels never nest parentheses -------------------------------------------------------------------------------


def _depth(text: str) -> int:
    deepest = depth = 0
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）"
        deepest = max(deepest, depth)
    return deepest


def _labelled_estimates() -> list[tuple[str, Any]]:
    """An estimate for every weight format in the table (under the first runtime that loads it), for QLoRA on every
    4-bit base, and for training on every stack: every label that names a format or a stack."""
    out = []
    for fid in quant.formats():
        for runtime in ("hf", "vllm", "sglang", "llama.cpp"):
            try:
                s = scenario(precision={"weights": fid}, runtime={"name": runtime})
            except ValidationError:
                continue
            out.append((f"{fid} on {runtime}", estimate(s)))
            break
    for fid in ("nf4", "nf4-no-dq", "fp4"):
        s = scenario(workload={"mode": "training"}, training={"finetune": "qlora"}, precision={"weights": fid})
        out.append((f"qlora on {fid}", estimate(s)))
    for stack in STACKS:
        out.append(
            (f"training on {stack}", estimate(scenario(workload={"mode": "training"}, training={"stack": stack})))
        )
    return out


def test_no_label_nests_parentheses(qapp) -> None:  # type: ignore[no-untyped-def]
    """The review saw "Weights (FP8 (E4M3, per-tensor scale)): 31.0 GiB" in the legend: the engine's "Weights
    ({format})" around a format name that has its own parenthesis. Every label, in English."""
    labels = _labelled_estimates()
    assert len(labels) >= 30
    assert any("E4M3" in str(i.label) for _n, e in labels for i in e.memory.items)  # the formats are named
    for name, e in labels:
        for item in e.memory.items:
            assert _depth(str(item.label)) <= 1, (name, str(item.label))


def test_no_label_nests_parentheses_in_chinese(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    """The same labels in the Chinese window, whose translations open full-width parentheses （…）."""
    for name, e in _labelled_estimates():
        for item in e.memory.items:
            shown = engine_text(item.label)
            assert _depth(shown) <= 1, (name, shown)


# --- 3. a CNN's expected error names the runs that back it ----------------------------------------------------------


@pytest.mark.parametrize(("mode", "precision"), [("training", "fp32"), ("training", "mixed-bf16"), ("inference", "")])
def test_a_cnns_expected_error_names_cnn_runs_only(qapp, chinese, mode: str, precision: str) -> None:  # type: ignore[no-untyped-def]
    """ResNet-50 said "…52 MemTracker runs of transformers models": the CNN runs on record are the four fp32
    training rows of tests/data/calibration/training.json (ResNet-50 and VGG-16), no inference row, no other
    precision."""
    fields = {"precision": {"training": precision}} if precision else {}
    e = estimate(scenario("resnet-50", workload={"mode": mode}, **fields))
    english = str(e.expected_error)
    assert "transformers" not in english and "KV cache" not in english and "52" not in english, english
    cnn = [c for c in all_cases() if c.role == "validation" and re.match(r"train-(resnet|vgg)", c.id)]
    assert len(cnn) == 4 and f"{len(cnn)} MemTracker" in english
    worst = max(abs(c.error()) for c in cnn)
    assert worst <= 0.0002  # "within 0.02 %"
    assert cnn and all("fp32" in c.id for c in cnn)
    assert ("not yet held to a measurement" in english) == (precision != "fp32"), english
    shown = engine_text(e.expected_error)
    assert shown != english and english_words(shown, ("VGG-16",)) == [], shown


# --- 4. Help has the accuracy table ---------------------------------------------------------------------------------


def test_help_shows_the_accuracy_table_bench_accuracy_computes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Help ▸ User guide, Accuracy: one row per reference, each the summary bench/accuracy.py computes from the
    cases (the README's table) — the shipped file is not stale, and the dialog shows every row of it."""
    computed = summarize(all_cases())
    shipped = accuracy_rows()
    assert [r["reference"] for r in shipped] == list(computed)
    for r in shipped:
        n, med, mx = computed[r["reference"]]
        assert (
            r["cases"] == n and r["median"] == pytest.approx(med, abs=1e-6) and r["max"] == pytest.approx(mx, abs=1e-6)
        )
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    table = dialog.accuracy
    shown = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    # each reference as the data names it, shown without Markdown's code marks (`--stack fsdp2`)
    assert shown == [
        [g.replace("`", ""), f"{n:,}", f"{med * 100:.2f} %", f"{mx * 100:.2f} %"]
        for g, (n, med, mx) in computed.items()
    ]
    assert "| PyTorch allocations, training (MemTracker" in (ROOT / "README.md").read_text(encoding="utf-8")
    # the command that prints every case runs from the source code: the installed app (the frozen bundle,
    # packaging/gpu-sizer.spec) has no `bench` package, and the guide said "The command line prints every case"
    intro = dialog.accuracy_intro.text()
    assert "python -m bench.accuracy" in intro and "source code" in intro


def test_the_accuracy_table_headings_in_chinese(qtbot, chinese) -> None:  # type: ignore[no-untyped-def]
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    headings = [dialog.accuracy.horizontalHeaderItem(c).text() for c in range(4)]
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for text in [*headings, *tabs]:
        assert english_words(text, ()) == [], text


# names of projects, models, benchmarks and organisations the Chinese names keep: the USM (Universal Speech Model)
# Conformer, hpcaitech's OPT-Benchmark repository, BigCode's octocoder model, Mistral's Voxtral
ACCURACY_PROPER_NAMES = (
    "USM Conformer",
    "OPT-Benchmark",
    "hpcaitech",
    "octocoder",
    "Qwen2.5",
    "ZeRO-3",
    "Gemma 3n",
    "Voxtral",
    "Mistral Small 3.1",
)


def test_each_accuracy_reference_is_marked_for_translation_and_translated() -> None:
    """The guide translates a reference by its English name, which lupdate finds only as a literal in
    gui/accuracy_names.py (tools/i18n/accuracy_catalogue.py writes it from the shipped table): a group added to
    bench/accuracy.py and shipped in resources/data/accuracy.json without a refreshed catalogue and a finished
    Chinese translation would show in English in the Chinese window."""
    from gui.accuracy_names import NAMES
    from tests.gui.test_gui_i18n import messages

    shipped = [str(r["reference"]) for r in accuracy_rows()]
    assert list(NAMES) == shipped
    zh = {
        source: translation
        for context, source, translation in messages(ROOT / "resources" / "i18n" / "gpu_sizer_zh_CN.ts")
        if context == "Accuracy"
    }
    for name in shipped:
        translation = zh.get(name)
        assert translation is not None and translation.get("type") is None and translation.text, name
        assert english_words(translation.text, ACCURACY_PROPER_NAMES) == [], (name, translation.text)


def test_the_accuracy_references_in_chinese(qtbot, chinese) -> None:  # type: ignore[no-untyped-def]
    """Seen on Xvfb: the Chinese guide's Accuracy tab had Chinese headings over English reference names ("PyTorch
    allocations (training, MemTracker)", "torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)"). Each row's name is
    now said in Chinese (its tooltip too), keeping the CLI options without Markdown's code marks; the figures stay."""
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    table = dialog.accuracy
    rows = accuracy_rows()
    assert table.rowCount() == len(rows)
    for r, row in enumerate(rows):
        name = table.item(r, 0).text()
        assert name != row["reference"].replace("`", "") and "`" not in name and re.search("[\u4e00-\u9fff]", name)
        assert english_words(name, ACCURACY_PROPER_NAMES) == [], name
        assert table.item(r, 0).toolTip() == name
        assert table.item(r, 1).text() == f"{row['cases']:,}"
    assert "--stack fsdp2" in table.item(3, 0).text()  # "… rank 0, MemTracker; `--stack fsdp2`)" as an option
    guide = dialog.text.toPlainText()
    assert "有多准" in guide and "“准确度”页" in guide  # "How exact?" points to the tab, by the tab's own name
    assert dialog.tabs.tabText(1) == "准确度"


def test_the_guide_points_to_the_accuracy_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "the Accuracy tab lists each measurement" in dialog.text.toPlainText()
    assert dialog.tabs.tabText(1) == "Accuracy"


# --- 5. "nothing fits" says what was tried ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_fits_says_what_was_tried(qtbot, request, language: str) -> None:  # type: ignore[no-untyped-def]
    """GLM-4.5 training: no layout of up to 4,096 GPUs fits at the current settings, and the change below fits on 88
    GPUs because it also turns on activation checkpointing. The review read "No layout tried fits on up to 4,096
    GPUs" above "Activation checkpointing, on 88 × …" as a contradiction: the line says that only the GPU count and
    its layout were tried, and that the changes below alter another setting."""
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    s = scenario("glm-4.5", workload={"mode": "training"})
    report = explore(s)
    assert not report.gpus_needed.found and report.suggestions
    assert any(e.path != "parallelism.gpus" for e in report.suggestions[0].edits)
    rows = SuggestionList()
    qtbot.addWidget(rows)
    rows.set_suggestions(report.suggestions, fewest=(report.gpus_needed, s))
    line = rows.buttons[0].text()
    if language == "en":
        assert "4,096" in line and "current settings" in line and "alone" in line and "below" in line, line
    else:
        assert "4,096" in line and english_words(line, ()) == [], line
        assert line != "More GPUs alone" and "当前" in line, line
