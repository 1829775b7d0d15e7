"""The engine's composed texts in the window's language (issue 11, item 8).

`core` writes English (the CLI's output is held by its own tests) and marks every text it composes from figures with
a stable id (`core.messages.Message`); the window says it in its language from the catalogue in
gui/engine_messages.py. Here: the catalogue holds each template exactly as the engine writes it, a figure survives
the translation, and a Chinese window walked through representative scenarios shows no English word — in the answer,
the charts' legends, titles, labels and tooltips, the fit explorer and the message bar — except the proper nouns,
units and identifiers listed below."""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableWidget, QTabWidget, QWidget

from core import project, quant
from core.estimate import estimate
from core.fit import explore
from core.importers.hf_config import from_dict
from core.messages import Bytes, Message, capitalized
from core.scenario import ModelRef, Scenario
from core.stacks import STACKS
from gui.charts.base import Label
from gui.document import preset_ref
from gui.engine_messages import SOURCES
from gui.i18n import load_translator
from gui.i18n_engine import engine_text
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Words a Chinese window may show in Latin letters: names of products, projects, formats and kernels; units;
# abbreviations that Chinese text writes in Latin letters too (GPU, KV, LoRA); identifiers a user types or reads in
# a config file (OLLAMA_NUM_PARALLEL, num_ctx); method names (DoRA, P-tuning). Lower case; a word is checked
# lower-cased.
PROPER_NOUNS = """
nvidia geforce rtx tesla ampere hopper blackwell cuda cudnn cublas nccl pytorch torch torchtitan torchtune
transformers hugging face trainer accelerate deepspeed megatron fsdp fsdp2 ddp zero liger unsloth peft
bitsandbytes vllm sglang llama
cpp ollama gguf ggml exllama gptq awq nvfp4 mxfp4 fp8 sdpa flashattention dtensor memtracker triton cutlass
llama qwen mixtral mistral deepseek gemma phi resnet vit clip bert whisper mamba nemotron jamba next
timm swin efficientnet
adamw adam sgd lion adafactor
gib mib kib tib tflop tflops flops flop fma mhz hbm
gpu gpus cpu ram mlp moe lora qlora mla dsa ssm nf4 bf16 fp16 fp32 int4 int8 api markdown smi pcie cnn mfu readme
token logits mixed rank eager sink sinks gated deltanet autocast offload gqa softmax log autograd foreach ipg fla
rms logsumexp apple mmap png csv json mtp rope
dora tuning
opt
"""
ALLOWED = set(PROPER_NOUNS.split())
PHRASES = (
    "Liger Kernel",
    "Cut Cross-Entropy",  # Apple's (apple/ml-cross-entropy), Unsloth's loss
    "Hugging Face",
    "all-linear",
    "flash-linear-attention",
    "causal-conv1d",
    "cut cross-entropy",
    "Cut Cross-Entropy",
    "DeepSpeed-Chat",  # DeepSpeed's RLHF examples, whose published logs DeepSpeed is held to
    "Megatron-Core",
)  # names of several words; a --lora-targets value
# code, quoted as the program spells it: identifiers with an underscore, calls, key=value settings
# (snake_case, CamelCase class names, 'quoted' values)
# and 'a quoted log line or setting', opened where no word precedes the quote (an apostrophe follows a letter)
CODE = re.compile(r"\w+\([^()]*\)|[\w.]*_[\w.:=]*|\w+=\w+|\b[A-Z][a-z]+[A-Z]\w*|(?<![A-Za-z])'[^'\n]+'")
# NCCL's collectives, by their names
COLLECTIVES = re.compile(r"\b(?:all-reduce|reduce-scatter|all-gather|all-to-all)\b")
WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str, names: tuple[str, ...]) -> list[str]:
    """English words of 3+ letters left in `text` (rich text or plain). A formula (<code>), its inputs (the table of
    its symbols) and a citation (<small>Source: …</small>, or "来源：…" to the end of its line) are symbols and the
    titles and quotes of documents, not sentences; the scenario's name, its model, GPU and format names and their
    catalogue ids are proper nouns."""
    text = re.sub(r"<code>.*?</code>|<table>.*?</table>|<small>.*?</small>", " ", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for name in sorted(names, key=len, reverse=True):  # "RTX 4070 Ti SUPER" before "RTX 4070 Ti"
        text = text.replace(name, " ")
    text = COLLECTIVES.sub(" ", text)
    text = re.sub(r"[\w/.-]+\.py\b|--[a-z][a-z-]*", " ", text)  # a file the statement cites, a CLI option
    for phrase in PHRASES:  # before CODE, which would take "DeepSpeed" out of "DeepSpeed-Chat" as a CamelCase name
        text = text.replace(phrase, " ")
    text = CODE.sub(" ", text)
    text = re.sub(r"(来源|Source)\s*[:：].*", " ", text)  # a citation, to the end of its line
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED]


def sc(model: str = "llama-3.1-8b", **fields: Any) -> Scenario:
    data = Scenario(model=preset_ref(model)).model_dump()
    for path, value in fields.items():
        section, key = path.split("__")
        data[section][key] = value
    return Scenario.model_validate(data)


# a config.json of a model type the importer does not know: read generically, the answer marked unverified
UNKNOWN = from_dict(
    {
        "model_type": "my_llama",
        "hidden_size": 4096,
        "intermediate_size": 14336,
        "num_hidden_layers": 32,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "vocab_size": 128256,
        "max_position_embeddings": 8192,
        "my_extra_setting": 1,
    },
    name="My Llama",
)


def train(**fields: Any) -> dict[str, Any]:
    return {"workload__mode": "training", **fields}


SCENARIOS = {
    "llm-inference": sc(),
    "llm-training-hf": sc(**train()),
    "deepspeed-zero3": sc(**train(training__stack="deepspeed", parallelism__gpus=8, parallelism__zero=3)),
    "fsdp2": sc(**train(training__stack="fsdp2", parallelism__gpus=8)),
    "megatron-tp": sc(**train(training__stack="megatron", parallelism__gpus=8, parallelism__tp=2)),
    "torchtune": sc(**train(training__stack="torchtune")),
    "liger": sc(**train(training__stack="liger")),
    "unsloth": sc(**train(training__stack="unsloth", training__finetune="lora")),
    "qlora": sc(**train(training__finetune="qlora", precision__weights="nf4", gpu__id="rtx-4090-24gb")),
    "moe": sc("mixtral-8x7b", precision__weights="int4"),
    "hybrid-mamba": sc("nemotron-h-56b", precision__weights="fp8"),
    "gated-deltanet-training": sc("qwen3-next-80b-a3b", **train(parallelism__gpus=8, parallelism__zero=3)),
    "cnn": sc("resnet-50"),
    "cnn-training": sc("resnet-50", **train()),
    "vllm": sc(runtime__name="vllm"),
    "sglang": sc(runtime__name="sglang"),
    "llama.cpp": sc(runtime__name="llama.cpp", precision__weights="q4_k_m", gpu__id="rtx-4090-24gb"),
    "does-not-fit": sc("llama-3.1-70b", gpu__id="rtx-4090-24gb"),
    "warnings": sc(parallelism__zero=2, workload__context=200_000),
    "vision-language": sc("qwen2.5-vl-7b-instruct", workload__images=2),
    "unverified-import": Scenario(model=ModelRef(architecture=UNKNOWN.architecture)),
    "megatron-sp-off": sc(
        **train(
            training__stack="megatron",
            parallelism__gpus=8,
            parallelism__tp=2,
            parallelism__sequence_parallel=False,
        )
    ),
    "sequence-parallel-ignored": sc(**train(parallelism__sequence_parallel=True)),
    "scenario-price": sc(cost__price_per_gpu_hour=2.5),
    "mtp-draft": sc(
        "deepseek-v3",
        runtime__name="vllm",
        runtime__speculative="mtp",
        runtime__speculative_tokens=2,
        precision__weights="fp8",
        parallelism__gpus=8,
        parallelism__tp=8,
        gpu__id="h200-sxm-141gb",
    ),
    "mtp-ignored": sc(runtime__name="vllm", runtime__speculative="mtp"),
    "dora-modules-to-save": sc(
        **train(training__finetune="lora", training__dora=True, training__lora_modules_to_save="both")
    ),
    "prefix-tuning": sc(**train(training__finetune="prefix")),
    "p-tuning": sc(**train(training__finetune="ptuning")),
}
# an edit the engine refuses, for a scenario: the message bar says why
REFUSED = {"llm-inference": ("parallelism.tp", 3), "unverified-import": ("parallelism.pp", 64)}


@pytest.fixture
def chinese() -> Iterator[None]:
    translator = load_translator(QLocale("zh_CN"))
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hover in `root`."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and not isinstance(w, QTableWidget):  # a table behind another tab: one click away
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            yield name, w.text()
        if isinstance(w, QAbstractButton):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QTabWidget):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                if header is not None:
                    yield name, header.text()
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    cell = w.item(r, c)
                    if cell is not None:
                        yield name, cell.text()
                        yield name + " tooltip", cell.toolTip()
        yield name + " tooltip", w.toolTip()


def chart_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for chart in window.charts.values():
        where = type(chart).__name__
        yield where + " title", chart.title.text
        yield from ((where + " legend", row.label) for row in chart.legend.entries)
        for item in chart.scene().items():
            if isinstance(item, Label) and item.isVisible():
                yield where + " label", item.toPlainText()
        for axis in ("left", "bottom"):
            yield where + " axis", chart.plot.getAxis(axis).labelText
    vram = window.vram_chart
    for start, end, _item in vram.segments:
        yield "VramChart tooltip", vram.tooltip_at((start + end) / 2)
    ctx = window.context_chart
    if window.presenter.view is not None and window.presenter.view.chart_sweep is not None:
        for log_x in (0.0, 2.0, 3.5, 5.0):
            yield "ContextChart tooltip", ctx.tooltip_at(log_x)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_chinese_window_shows_no_english_sentence(qtbot, preferences, chinese, name: str) -> None:  # type: ignore[no-untyped-def]
    scenario = SCENARIOS[name]
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.document.set_scenario(scenario, "walk")
    window.presenter.refresh()
    view = window.presenter.view
    assert view is not None and view.scenario == scenario
    report = explore(scenario)
    window.fit_explorer.set_report(report, scenario)
    if name in REFUSED:
        path, value = REFUSED[name]
        assert not window.document.set_field(path, value)
        assert window.message_bar.text()
    window.answer.set_fit_report(scenario, report)
    est = view.estimate
    names = (
        scenario.model.architecture.name,
        est.fit.gpu_name,
        quant.get(scenario.precision.weights).name,
        scenario.precision.weights.upper(),  # as the charts' caption names it
        *(f.name for f in report.formats),
        *(g.gpu_name for g in report.catalogue),
        *(g.gpu_id for g in report.catalogue),  # identifiers, shown in a tooltip
        *(f.format_id for f in report.formats),
        scenario.name,
        STACKS[scenario.training.stack].name,  # a training stack's name (the answer's Stack row)
    )
    texts = [
        *widget_texts(window.answer),
        *widget_texts(window.fit_explorer),
        *widget_texts(window.message_bar),
        *chart_texts(window),
    ]
    assert len(texts) > 40
    english = {(where, text[:300]): words for where, text in texts if (words := english_words(text, names))}
    assert not english, "\n\n".join(f"{w}: {t}\n  → {', '.join(ws)}" for (w, t), ws in english.items())
    window.document.undo_stack.setClean()


def _core_messages() -> dict[str, str]:
    """Every Message(id, template) in core whose id and template are literal (the others are built from a few
    literals, met by the walk above)."""

    def literal(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = literal(node.left), literal(node.right)
            return left + right if left is not None and right is not None else None
        return None

    found = {}
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and len(node.args) >= 2:
                id_, template = literal(node.args[0]), literal(node.args[1])
                if id_ is not None and template is not None:
                    found[id_] = template
    return found


def test_the_catalogue_holds_each_template_as_the_engine_writes_it() -> None:
    core = _core_messages()
    assert len(core) > 60
    assert {i: SOURCES.get(i) for i in core} == core


def test_a_translation_keeps_the_figures(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    """Hand-checked: the warning for a context past the model's positions names both figures; the usable-memory
    warning names the GPU; a byte figure is written in the window's unit."""
    warning = Message(
        "warn.context_past_positions",
        SOURCES["warn.context_past_positions"],
        context=200_000,
        positions=131_072,
    )
    assert str(warning) == (
        "context 200,000 exceeds the model's 131,072-token maximum position; quality degrades past it"
    )
    shown = engine_text(warning)
    assert "200,000" in shown and "131,072" in shown and re.search(r"[\u4e00-\u9fff]", shown)
    assert not english_words(shown, ())
    # 20 GiB = 21,474,836,480 bytes = 21.5 GB
    weights = Message("x.bytes", "{b}", b=Bytes(20 * 2**30))
    assert str(weights) == "20.00 GiB"
    assert engine_text(weights) == "20.00 GiB"  # not in the catalogue: the engine's English


def test_the_cli_keeps_its_english() -> None:
    """The same scenario, the same English the CLI has always printed (tests/core hold the full output)."""
    est = estimate(SCENARIOS["warnings"])
    assert "ZeRO-2 with a single data-parallel rank shards nothing: it costs communication and saves no memory" in (
        est.warnings
    )
    assert all(type(w) in (str, Message) for w in est.warnings)


def test_a_chinese_compare_tab_shows_no_english_sentence(qtbot, preferences, chinese) -> None:  # type: ignore[no-untyped-def]
    """The Compare tab with two scenarios (a training run beside an inference one): its status line, table and
    chart in the window's language."""
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.document.set_scenario(SCENARIOS["unsloth"], "walk")
    window.document.add_scenario()
    window.document.set_field("workload.mode", "inference")
    window.show_compare()
    panel = window.compare_panel
    qtbot.waitUntil(lambda: panel.comparison is not None and len(panel.comparison.rows) == 2, timeout=20_000)
    rows = panel.comparison.rows
    names = (*(r.name for r in rows), *(r.model for r in rows), *(r.gpu_name for r in rows), *(r.weights for r in rows))
    chart = panel.chart
    texts = [
        *widget_texts(panel),
        (type(chart).__name__ + " title", chart.title.text),
        *((type(chart).__name__ + " legend", row.label) for row in chart.legend.entries),
        *((type(chart).__name__ + " axis", chart.plot.getAxis(a).labelText) for a in ("left", "bottom")),
    ]
    assert len(texts) > 20
    english = {(where, text[:300]): words for where, text in texts if (words := english_words(text, names))}
    assert not english, "\n\n".join(f"{w}: {t}\n  → {', '.join(ws)}" for (w, t), ws in english.items())
    window.document.undo_stack.setClean()


def test_an_assumption_read_back_from_a_file_is_still_translated(qtbot, preferences, chinese, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A saved file holds the engine's English (the ids are not part of the file format): the window recognises
    the template it was made from and says it in Chinese with the same figures."""
    path = tmp_path / "import.sizing"
    project.write(path, [SCENARIOS["unverified-import"]])
    scenarios, _active = project.read(path)
    assumptions = scenarios[0].model.architecture.unverified
    assert assumptions == (
        "model_type 'my_llama' is not a known family: read as a decoder from its standard keys "
        "(attention, experts and layer kinds are read generically; the count is not verified "
        "against transformers)",
        "keys not read: my_extra_setting",
    )
    assert not any(isinstance(a, Message) for a in assumptions)  # plain text, as the file holds it
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.document.set_scenario(scenarios[0], "open")
    window.presenter.refresh()
    banner = window.answer.unverified.text()
    assert "my_llama" in banner and "my_extra_setting" in banner
    assert not english_words(banner, ()), banner
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("name", ["vllm", "sglang", "llama.cpp", "deepspeed-zero3"])
def test_the_runtime_and_host_memory_notes_in_chinese(qapp, chinese, name: str) -> None:  # type: ignore[no-untyped-def]
    """The engine's own view of a serving engine (vLLM, SGLang, llama.cpp) and the CPU memory an offload or a GGUF
    runtime needs: their explanations carry ids too, so a panel that shows them says them in Chinese."""
    scenario = SCENARIOS[name]
    if name == "deepspeed-zero3":
        scenario = sc(
            **train(
                training__stack="deepspeed",
                parallelism__gpus=8,
                parallelism__zero=3,
                parallelism__offload="optimizer+params",
            )
        )
    est = estimate(scenario)
    texts = [est.host_ram] + ([est.engine.explanation] if est.engine is not None else [])
    assert all(isinstance(t, Message) for t in texts if t), texts
    names = (est.fit.gpu_name, scenario.runtime.name)
    for text in filter(None, texts):
        shown = engine_text(text)
        assert re.search(r"[\u4e00-\u9fff]", shown) and not english_words(shown, names), shown


def test_english_keeps_the_engines_capitals(qapp) -> None:  # type: ignore[no-untyped-def]
    """A clause that opens a suggestion is capitalized in English, as the engine writes it (the CLI's title)."""
    words = Message("fit.words_format", SOURCES["fit.words_format"], format="AWQ INT4")
    title = capitalized(words)
    assert str(title) == "Weights in AWQ INT4"
    assert engine_text(title) == "Weights in AWQ INT4"


def test_the_training_planner_says_why_it_switched_in_chinese(qtbot, preferences, chinese) -> None:  # type: ignore[no-untyped-def]
    """An inference scenario (vLLM) planned as training: the planner's notes say what it changed (runtime hf) in
    the window's language, with the runtime named."""
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.document.set_scenario(SCENARIOS["vllm"], "walk")
    window.tools.training_action.trigger()
    dialog = window.tools.dialogs["training"]
    dialog.data.amount.setText("15T")
    dialog.data.amount.editingFinished.emit()
    notes = dialog.notes.text()
    assert "vllm" in notes and re.search(r"[\u4e00-\u9fff]", notes), notes
    assert not english_words(notes, ("vllm",)), notes
    dialog.close()
    window.document.undo_stack.setClean()
