"""Issue 9 in the window: the training stack, activation checkpointing (none / selective / full), expert parallelism,
SGLang's and vLLM's and Ollama's own settings, and the other scenario fields the editor lacked. Each control: set it,
the scenario field changes in one undo step, the answer moves as a hand calculation says; a file with those values
shows them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core import project
from core.estimate import estimate, resolve_gpu
from core.importers.hf_config import from_dict
from core.scenario import ModelRef, Scenario
from core.stacks import STACKS
from gui.document import preset_ref
from gui.edits import with_changes
from gui.i18n_engine import item_label
from gui.main_window import MainWindow
from gui.summary import markdown_summary
from tests.gui.helpers import pick_combo, settle
from tests.gui.test_gui_input import wheel

MIB = 2**20

# Llama 3.1 8B (meta-llama/Llama-3.1-8B config.json): hidden 4096, 32 layers, 8 KV heads of 128, MLP 14336
LLAMA_KV_BYTES_PER_TOKEN = 32 * 2 * 8 * 128 * 2  # layers · (K and V) · kv heads · head dim · 2 bytes (f16) = 131,072
LLAMA_LARGEST_LINEAR = 4096 * 14336  # gate/up/down projection: 58,720,256 weights
# PEFT's print_trainable_parameters for Llama 3 8B, r = 16 on all 7 linear layers: "trainable params: 41,943,040".
# By hand, per layer r · (d_in + d_out): q 16·8192 + k 16·5120 + v 16·5120 + o 16·8192 + gate, up, down 3 · 16·18432
LORA_R16_ALL_LINEAR = 32 * (16 * (8192 + 5120 + 5120 + 8192) + 3 * 16 * (4096 + 14336))


def item_bytes(window: MainWindow, key: str) -> int:
    return next((i.bytes for i in window.presenter.view.estimate.memory.items if i.key == key), 0)


def training(window: MainWindow) -> None:
    window.editor.workload.training.click()
    assert window.document.scenario.workload.mode == "training"


def one_step(window: MainWindow, before: int, text: str) -> None:
    stack = window.document.undo_stack
    assert stack.index() == before + 1 and stack.undoText() == text


def test_stack_combo_sets_the_stack_in_one_step_and_drops_the_foreach_temporary(qtbot, window: MainWindow) -> None:
    p = window.editor.precision
    assert not p.form.isRowVisible(p.stack)  # inference: no training stack
    training(window)
    assert p.form.isRowVisible(p.stack) and p.stack.currentData() == "hf"
    assert [p.stack.itemData(i) for i in range(p.stack.count())] == list(STACKS)
    # each option says what it allocates and where that was read
    tip = p.stack.itemData(p.stack.findData("deepspeed"), Qt.ItemDataRole.ToolTipRole)
    assert "fused Adam" in tip and "deepspeed/ops/adam FusedAdam" in tip
    settle(qtbot, window)
    # torch's foreach AdamW step: one fp32 temporary per parameter (Llama 3.1 8B: 8,030,261,248 parameters,
    # Meta's model card) — the optimizer-step peak carries 4 bytes × 8,030,261,248
    assert item_bytes(window, "optimizer_temporaries") == 4 * 8_030_261_248
    before = window.document.undo_stack.index()
    pick_combo(p.stack, "deepspeed")
    one_step(window, before, "Set training stack to deepspeed")
    assert window.document.scenario.training.stack == "deepspeed"
    settle(qtbot, window)
    # DeepSpeed's FusedAdam updates in place: no foreach temporary, and no foreach choice to offer
    assert item_bytes(window, "optimizer_temporaries") == 0
    assert not p.form.isRowVisible(p.optimizer_foreach)
    assert "DeepSpeed ZeRO" in window.answer.values["stack"].text()
    window.document.undo_stack.undo()
    assert p.stack.currentData() == "hf"


def test_foreach_step_off_removes_the_temporary(qtbot, window: MainWindow) -> None:
    p = window.editor.precision
    training(window)
    assert p.form.isRowVisible(p.optimizer_foreach) and p.optimizer_foreach.isChecked()
    before = window.document.undo_stack.index()
    p.optimizer_foreach.click()
    one_step(window, before, "Set multi-tensor optimizer step to off")
    assert window.document.scenario.training.optimizer_foreach is False
    settle(qtbot, window)
    assert item_bytes(window, "optimizer_temporaries") < 4 * 8_030_261_248
    pick_combo(p.optimizer, "sgd")  # only torch's Adam and AdamW have a foreach temporary to choose
    assert not p.form.isRowVisible(p.optimizer_foreach)


def test_self_sharding_stack_hides_zero_and_says_so(qtbot, window: MainWindow) -> None:
    par, doc = window.editor.parallelism, window.document
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    pick_combo(par.zero, 3)
    assert par.form.isRowVisible(par.zero) and not par.form.isRowVisible(par.sharding)
    pick_combo(window.editor.precision.stack, "fsdp2")
    # FSDP2 shards by itself: the ZeRO stage would be ignored, so it goes back to 0 and the window says so
    assert doc.scenario.training.stack == "fsdp2" and doc.scenario.parallelism.zero == 0
    assert "ZeRO stage → 0" in window.message_bar.text()
    assert not par.form.isRowVisible(par.zero) and par.form.isRowVisible(par.sharding)
    assert "PyTorch FSDP2 (torchtitan) shards" in par.sharding.text()
    settle(qtbot, window)
    assert not any("is ignored" in w for w in window.presenter.view.estimate.warnings)
    pick_combo(window.editor.precision.stack, "megatron")
    assert "Megatron-LM (distributed optimizer) shards the fp32 master weights" in par.sharding.text()
    pick_combo(window.editor.precision.stack, "deepspeed")
    assert par.form.isRowVisible(par.zero) and not par.form.isRowVisible(par.sharding)


def test_checkpointing_has_three_policies_and_they_order_the_activations(qtbot, window: MainWindow) -> None:
    p = window.editor.precision
    training(window)
    assert [p.checkpointing.itemData(i) for i in range(p.checkpointing.count())] == ["none", "selective", "full"]
    # the selective policy is the stack's own: Megatron's for hf (drops the attention core only), torchtitan's for
    # FSDP2 (keeps every second matmul output)
    assert "Megatron" in p.checkpointing.itemData(1, Qt.ItemDataRole.ToolTipRole)
    pick_combo(p.stack, "fsdp2")
    assert "torchtitan" in p.checkpointing.itemData(1, Qt.ItemDataRole.ToolTipRole)
    saved = {}
    for policy in ("none", "selective", "full"):
        pick_combo(p.checkpointing, policy)
        assert window.document.scenario.training.grad_checkpointing == policy
        settle(qtbot, window)
        saved[policy] = window.presenter.view.estimate.memory.phase_totals["forward"]
    assert saved["full"] < saved["selective"] < saved["none"]
    assert window.document.undo_stack.undoText() == "Set activation checkpointing to full"


def test_a_file_with_deepspeed_and_selective_checkpointing_shows_them(window: MainWindow, tmp_path: Path) -> None:
    s = with_changes(
        Scenario(model=preset_ref("llama-3.1-8b")),
        {
            "workload.mode": "training",
            "training.stack": "deepspeed",
            "training.grad_checkpointing": "selective",
            "parallelism.gpus": 8,
            "parallelism.zero": 2,
        },
    )
    path = tmp_path / "ds.sizing"
    project.write(path, [s])
    assert window.files.load(str(path))
    p, par = window.editor.precision, window.editor.parallelism
    assert p.stack.currentData() == "deepspeed" and p.stack.currentText() == "DeepSpeed ZeRO"
    assert p.checkpointing.currentData() == "selective"  # a checkbox showed "off" here
    assert par.zero.currentData() == 2 and par.form.isRowVisible(par.zero)


def test_expert_parallel_divides_the_experts_weights(qtbot, window: MainWindow) -> None:
    par, doc = window.editor.parallelism, window.document
    assert not par.form.isRowVisible(par.ep)  # Llama 3.1 8B has no experts
    doc.set_preset("mixtral-8x7b")
    assert par.form.isRowVisible(par.ep)
    window.editor.gpu_picker.count.setValue(8)
    settle(qtbot, window)
    one_rank = item_bytes(window, "weights")
    before = doc.undo_stack.index()
    par.ep.setValue(8)
    par.ep.editingFinished.emit()
    one_step(window, before, "Set expert parallelism to 8")
    assert doc.scenario.parallelism.ep == 8
    assert par.dp.text() == "8 (= 8 GPUs ÷ tensor 1 ÷ pipeline 1)\nexperts split over 8 of them"
    settle(qtbot, window)
    # Mixtral 8x7B (mistralai/Mixtral-8x7B-v0.1 config.json): 32 layers × 8 experts × 3 matrices of 4096 × 14336,
    # bf16. EP 8: each GPU keeps 1 of the 8 experts per layer, so 7/8 of the experts' bytes leave it.
    experts = 32 * 8 * 3 * 4096 * 14336 * 2
    assert one_rank - item_bytes(window, "weights") == experts * 7 // 8 == 78_920_024_064
    # back to a dense model: EP goes back to 1, said in the message bar
    doc.set_preset("llama-3.1-8b")
    assert doc.scenario.parallelism.ep == 1 and "expert parallelism → 1" in window.message_bar.text()


def test_expert_parallel_beyond_the_gpus_raises_the_gpu_count(window: MainWindow) -> None:
    par, doc = window.editor.parallelism, window.document
    doc.set_preset("mixtral-8x7b")
    par.ep.setValue(4)
    par.ep.editingFinished.emit()
    # EP ranks are data-parallel ranks: 4 of them need 4 GPUs
    assert (doc.scenario.parallelism.ep, doc.scenario.parallelism.gpus) == (4, 4)
    assert "GPU count → 4" in window.message_bar.text()
    window.editor.gpu_picker.count.setValue(2)  # fewer GPUs: the largest EP that still divides them
    assert (doc.scenario.parallelism.ep, doc.scenario.parallelism.gpus) == (2, 2)


def test_sglang_settings(qtbot, window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    assert not w.form.isRowVisible(w.mem_fraction)
    pick_combo(w.runtime, "sglang")
    assert w.form.isRowVisible(w.mem_fraction) and w.form.isRowVisible(w.chunked_prefill)
    assert not w.form.isRowVisible(w.num_ctx) and not w.form.isRowVisible(w.batched_tokens)
    # SGLang's default chunk for an 80 GB H100 (server_args.py: 8192 below 90 GiB of GPU memory)
    assert w.chunked_prefill.text() == "default (8,192)"
    w.mem_fraction.setValue(0.7)
    w.mem_fraction.editingFinished.emit()
    settle(qtbot, window)
    pool_07 = window.presenter.view.estimate.engine.kv_pool_bytes
    before = doc.undo_stack.index()
    w.mem_fraction.setValue(0.8)
    w.mem_fraction.editingFinished.emit()
    one_step(window, before, "Set SGLang static memory share to 0.8")
    assert doc.scenario.runtime.mem_fraction_static == pytest.approx(0.8)
    settle(qtbot, window)
    # the static share is a fraction of the memory free at start (usable − 500 MiB CUDA context); the weights
    # take the same bytes either way, so 0.1 more share is 0.1 × free more KV pool
    free = resolve_gpu(doc.scenario).usable_bytes - 500 * MIB
    assert window.presenter.view.estimate.engine.kv_pool_bytes - pool_07 == pytest.approx(0.1 * free, abs=2)
    w.chunked_prefill.setValue(4096)
    w.chunked_prefill.editingFinished.emit()
    assert doc.scenario.runtime.chunked_prefill_size == 4096
    w.chunked_prefill.setValue(0)
    w.chunked_prefill.editingFinished.emit()
    assert doc.scenario.runtime.chunked_prefill_size is None  # "default"
    assert doc.undo_stack.undoText() == "Set SGLang prefill chunk to default"


def test_ollama_num_ctx_sizes_the_kv_cache(qtbot, window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    pick_combo(w.runtime, "ollama")
    assert w.form.isRowVisible(w.num_ctx) and not w.form.isRowVisible(w.mem_fraction)
    # Ollama's default context for a GPU with ≥ 48 GiB (docs/context-length.mdx), capped by the model's 131,072
    assert w.num_ctx.text() == "default (131,072)"
    before = doc.undo_stack.index()
    w.num_ctx.setValue(8192)
    w.num_ctx.editingFinished.emit()
    one_step(window, before, "Set Ollama context to 8,192")
    settle(qtbot, window)
    # one slot of 8,192 tokens × 131,072 bytes per token (f16 K and V) = 1 GiB
    assert item_bytes(window, "kv_cache") == 8192 * LLAMA_KV_BYTES_PER_TOKEN == 2**30


def test_the_engine_defaults_follow_the_gpu_and_the_context(window: MainWindow) -> None:
    """The workload panel shows the engine's defaults again only when what they follow changes (a batch edit leaves
    them): Ollama's context follows the GPU's memory ("< 24 GiB VRAM: 4k context - 24-48 GiB VRAM: 32k context -
    >= 48 GiB VRAM: 256k context", ollama docs/context-length.mdx, capped by Llama 3.1's 131,072), vLLM's prefill
    chunk the context (max(context, 2048) without chunked prefill)."""
    w, doc = window.editor.workload, window.document
    pick_combo(w.runtime, "ollama")
    assert w.num_ctx.text() == "default (131,072)"  # an H100 80GB
    for gpu, default in (("rtx-4090-24gb", "4,096"), ("a100-sxm4-40gb", "32,768"), ("h100-sxm-80gb", "131,072")):
        window.editor.gpu_picker.tree.picked.emit(gpu)
        assert w.num_ctx.text() == f"default ({default})", gpu
        w.batch.setValue(w.batch.value() + 1)
        assert w.num_ctx.text() == f"default ({default})", gpu
    pick_combo(w.runtime, "vllm")
    assert w.batched_tokens.text() == "default (4,096)"
    for context, default in ((8192, "8,192"), (1024, "2,048")):
        w.context.setValue(context)
        assert doc.scenario.workload.context == context
        assert w.batched_tokens.text() == f"default ({default})", context


def test_vllm_prefill_chunk(window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    pick_combo(w.runtime, "vllm")
    # vLLM profiles max(max_model_len, 2048) tokens without chunked prefill: the 4,096-token context here
    assert w.form.isRowVisible(w.batched_tokens) and w.batched_tokens.text() == "default (4,096)"
    w.batched_tokens.setValue(2048)
    w.batched_tokens.editingFinished.emit()
    assert doc.scenario.runtime.max_num_batched_tokens == 2048
    assert doc.undo_stack.undoText() == "Set vLLM prefill chunk to 2,048"


def test_adapter_dtype_bf16_halves_the_adapters(qtbot, window: MainWindow) -> None:
    p, doc = window.editor.precision, window.document
    training(window)
    assert not p.form.isRowVisible(p.adapter_dtype)
    pick_combo(p.finetune, "lora")
    assert p.form.isRowVisible(p.adapter_dtype)
    settle(qtbot, window)
    assert item_bytes(window, "adapter_weights") == 4 * LORA_R16_ALL_LINEAR == 167_772_160
    before = doc.undo_stack.index()
    pick_combo(p.adapter_dtype, "bf16")
    one_step(window, before, "Set adapter dtype to bf16")
    settle(qtbot, window)
    assert item_bytes(window, "adapter_weights") == 2 * LORA_R16_ALL_LINEAR


def test_images_per_sequence_only_for_vision_language_models(window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    assert not w.form.isRowVisible(w.images)
    doc.set_preset("qwen2.5-vl-7b-instruct")
    assert w.form.isRowVisible(w.images)
    w.images.setValue(2)
    w.images.editingFinished.emit()
    assert doc.scenario.workload.images == 2 and doc.undo_stack.undoText() == "Set images per sequence to 2"


def test_audio_seconds_only_for_models_with_an_audio_tower(qtbot, window: MainWindow) -> None:
    """Gemma 3n's USM conformer takes audio: its editor shows the seconds per sequence (and images, for its MobileNet
    tower); the tower's measured activations (45 s = two 30-second clips of 320,881,152 B each at the prefill,
    tests/data/calibration/gemma3n_towers.json) then set the prefill's activations at a short context."""
    w, doc = window.editor.workload, window.document
    assert not w.form.isRowVisible(w.audio_seconds)
    doc.set_preset("gemma-3n-e4b")
    assert w.form.isRowVisible(w.audio_seconds) and w.form.isRowVisible(w.images)
    w.context.setValue(16)
    w.context.editingFinished.emit()
    w.output_tokens.setValue(0)
    w.output_tokens.editingFinished.emit()
    w.audio_seconds.setValue(45)
    w.audio_seconds.editingFinished.emit()
    assert doc.scenario.workload.audio_seconds == 45 and doc.undo_stack.undoText() == "Set audio per sequence to 45"
    settle(qtbot, window)
    assert item_bytes(window, "activations") == pytest.approx(2 * 320_881_152, rel=0.025)


def test_audio_seconds_for_voxtral(qtbot, window: MainWindow) -> None:
    """Voxtral's Whisper encoder takes audio too: the row shows, and 60 s (two 30-second chunks of 46,080,000 B each at
    the prefill, tests/data/calibration/voxtral_audio.json) set the prefill's activations at a 16-token prompt."""
    cfg = Path(__file__).resolve().parents[1] / "data/param_oracle/configs/Abc7347__this/config.json"
    cfg_keys = json.loads(cfg.read_text())
    cfg_keys["text_config"]["num_hidden_layers"] = 2
    w, doc = window.editor.workload, window.document
    doc.set_model(ModelRef(architecture=from_dict(cfg_keys, "config.json", "voxtral").architecture))
    assert w.form.isRowVisible(w.audio_seconds) and not w.form.isRowVisible(w.images)
    w.context.setValue(16)
    w.context.editingFinished.emit()
    w.output_tokens.setValue(0)
    w.output_tokens.editingFinished.emit()
    w.audio_seconds.setValue(60)
    w.audio_seconds.editingFinished.emit()
    assert doc.scenario.workload.audio_seconds == 60
    settle(qtbot, window)
    assert item_bytes(window, "activations") == pytest.approx(2 * 46_080_000, rel=0.025)


def test_qlora_training_names_no_prefill() -> None:
    """Issue 11 leftover: QLoRA training showed "Dequantized weight (prefill)" — the inference item's words, by a
    shared id. Training's buffer is a different thing (every matmul, forward and backward) with its own id."""
    s = with_changes(
        Scenario(model=preset_ref("llama-3.1-8b")),
        {"workload.mode": "training", "training.finetune": "qlora", "precision.weights": "nf4"},
    )
    items = estimate(s).memory.items
    assert not [i.label for i in items if "prefill" in i.label or "prefill" in item_label(i)]
    deq = next(i for i in items if i.key == "dequant_transient")
    assert item_label(deq) == "Dequantized weight (per matmul)"
    # bitsandbytes dequantizes the largest 4-bit weight to bf16 for its matmul: 2 bytes × 4096 × 14336
    assert deq.bytes == 2 * LLAMA_LARGEST_LINEAR == 117_440_512
    # inference keeps its prefill-only buffer under its own id
    served = estimate(s.changed("workload.mode", "inference")).memory.items
    assert any(i.key == "dequant_buffer" and "prefill" in item_label(i) for i in served)


def test_answer_names_the_stack_and_what_it_sets(qtbot, window: MainWindow) -> None:
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    pick_combo(window.editor.precision.stack, "megatron")
    settle(qtbot, window)
    text, tip = window.answer.values["stack"].text(), window.answer.values["stack"].toolTip()
    assert re.fullmatch(r"Megatron-LM \(distributed optimizer\) — sets \d of the \d components", text)
    assert "Gradients (fp32)" in tip  # Megatron's fp32 main_grad buffer, named in the tooltip with its size
    assert "dist_optimizer.md" in tip  # where the stack was read
    pick_combo(window.editor.workload.runtime, "hf")
    window.editor.workload.inference.click()
    settle(qtbot, window)
    assert not window.answer.values["stack"].isVisibleTo(window.answer)


def test_sglang_overhead_is_not_called_vllm() -> None:
    """SGLang's reserved metadata and communication memory had vLLM's item id, so the window named it "vLLM
    non-torch memory". 512 MiB + tp · pp / 8 GiB (server_args.py reserved_mem): TP 1 → 512 + 128 MiB."""
    s = with_changes(Scenario(model=preset_ref("llama-3.1-8b")), {"runtime.name": "sglang"})
    items = estimate(s).memory.items
    assert not [i for i in items if "vLLM" in item_label(i)]
    meta = next(i for i in items if i.key == "sglang_overhead")
    assert item_label(meta) == "SGLang metadata and communication" and meta.bytes == 640 * MIB


def test_target_load_shows_the_copies_it_needs(qtbot, window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    assert w.form.isRowVisible(w.target_load) and w.target_load.text() == "not set"
    settle(qtbot, window)
    total = window.presenter.view.estimate.compute.aggregate_tokens_per_second
    assert total is not None
    # 3.5 times what one copy serves: ⌈3.5⌉ = 4 copies of this one-GPU setup
    w.target_load.setValue(round(3.5 * total))
    w.target_load.editingFinished.emit()
    assert doc.scenario.workload.target_tokens_per_second == round(3.5 * total)
    settle(qtbot, window)
    assert "needs 4 × this setup (4 GPUs)" in window.answer.values["speed"].text()
    w.training.click()
    assert not w.form.isRowVisible(w.target_load)


def test_summary_names_the_stack_and_expert_parallelism(qtbot, window: MainWindow) -> None:
    doc = window.document
    doc.set_preset("mixtral-8x7b")
    training(window)
    window.editor.parallelism.ep.setValue(8)  # 8 GPUs follow (EP ranks are data-parallel ranks)
    window.editor.parallelism.ep.editingFinished.emit()
    pick_combo(window.editor.precision.stack, "megatron")
    settle(qtbot, window)
    text = markdown_summary(window.presenter.view, "GiB")
    assert "| Training stack | Megatron-LM (distributed optimizer) |" in text
    assert "| Expert parallel | 8 |" in text


def test_new_fields_take_the_wheel_only_when_focused(qtbot, window: MainWindow) -> None:
    window.resize(1280, 600)
    window.show()
    qtbot.waitExposed(window)
    doc, editor = window.document, window.editor
    doc.set_preset("mixtral-8x7b")
    pick_combo(editor.workload.runtime, "sglang")
    start = doc.scenario
    for field in (editor.parallelism.ep, editor.workload.mem_fraction, editor.workload.chunked_prefill):
        assert editor.parallelism.form.isRowVisible(editor.parallelism.ep)
        wheel(field, +1)  # would step each up
        assert doc.scenario == start, type(field).__name__
        assert field.keyboardTracking() is False  # a typed number commits once, on Enter or focus out
    training(window)
    start = doc.scenario
    for field in (editor.precision.stack, editor.precision.checkpointing):
        wheel(field, -1)  # would pick the next entry
        assert doc.scenario == start, type(field).__name__


def test_a_step_up_from_default_starts_at_the_default(qtbot, window: MainWindow) -> None:
    """Not at the minimum plus one step (0.01 of the GPU, 1 token)."""
    w, doc = window.editor.workload, window.document
    pick_combo(w.runtime, "sglang")
    # SGLang on an H100 (TP 1): reserved = max(512 + 1.5 · 8192 (chunk) + 2 · 256 (CUDA-graph batch) + 1/8 · 1024,
    # 10 GiB) = 13,440 MiB; mem_fraction_static = round((M − 13,440) / M, 3) with M the GPU's memory in MiB
    m = resolve_gpu(doc.scenario).usable_bytes / MIB
    assert w.mem_fraction.text() == f"default ({round((m - 13_440) / m, 3):.3f})" == "default (0.835)"
    assert "13,440 MiB" in w.mem_fraction.toolTip()
    w.mem_fraction.stepBy(1)
    assert doc.scenario.runtime.mem_fraction_static == pytest.approx(0.835)
    w.chunked_prefill.stepBy(1)
    assert doc.scenario.runtime.chunked_prefill_size == 8192
    pick_combo(w.runtime, "ollama")
    w.num_ctx.stepBy(1)
    assert doc.scenario.runtime.num_ctx == 131_072


def test_sequence_parallel_control(qtbot, window: MainWindow) -> None:
    par, doc = window.editor.parallelism, window.document
    assert not par.form.isRowVisible(par.sp)  # inference: sequence parallelism changes nothing
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    assert not par.form.isRowVisible(par.sp)  # no tensor parallelism: nothing to split along the sequence
    par.tp.setValue(2)
    assert par.form.isRowVisible(par.sp) and par.sp.currentData() == "stack"
    # the Hugging Face stack has no sequence parallelism: "On" cannot be chosen (the engine would ignore it)
    model = par.sp.model()
    assert not model.item(par.sp.findData("on")).isEnabled()
    pick_combo(window.editor.precision.stack, "megatron")
    assert model.item(par.sp.findData("on")).isEnabled()
    settle(qtbot, window)
    with_sp = item_bytes(window, "activations")
    before = doc.undo_stack.index()
    pick_combo(par.sp, "off")
    assert doc.scenario.parallelism.sequence_parallel is False
    one_step(window, before, "Set sequence parallelism to off")
    settle(qtbot, window)
    # Korthikanti et al. 2022: without sequence parallelism the norm inputs (and dropout masks) stay whole on every
    # tensor-parallel rank, so the activations kept grow (held by hand in tests/core/test_stacks.py)
    assert item_bytes(window, "activations") > with_sp
    doc.undo_stack.undo()
    assert doc.scenario.parallelism.sequence_parallel is None and par.sp.currentData() == "stack"


def test_cuda_context_figure(qtbot, window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    assert w.form.isRowVisible(w.cuda_context)
    # unset: the runtime's typical value (core/memory/overhead.py: 500 MiB for a PyTorch process)
    assert w.cuda_context.text() == "default (500 MiB)" and doc.scenario.runtime.cuda_context_mib is None
    settle(qtbot, window)
    assert item_bytes(window, "cuda_context") == 500 * MIB
    total_default = window.presenter.view.estimate.memory.total
    before = doc.undo_stack.index()
    w.cuda_context.setValue(800)
    w.cuda_context.editingFinished.emit()
    one_step(window, before, "Set CUDA context to 800")
    assert doc.scenario.runtime.cuda_context_mib == 800
    settle(qtbot, window)
    # 800 MiB = 838,860,800 bytes; the total moves by 300 MiB = 314,572,800 bytes
    assert item_bytes(window, "cuda_context") == 838_860_800
    assert window.presenter.view.estimate.memory.total - total_default == 314_572_800
    w.cuda_context.setValue(0)
    w.cuda_context.editingFinished.emit()
    assert doc.scenario.runtime.cuda_context_mib is None  # back to "default"
    pick_combo(w.runtime, "llama.cpp")
    assert w.cuda_context.text() == "default (300 MiB)"  # llama.cpp's own typical value
    pick_combo(w.runtime, "vllm")  # its measured non-torch memory holds the context: no field
    assert not w.form.isRowVisible(w.cuda_context)


# torchtitan's options (issue 9); the figures by hand as in tests/core/test_stacks.py: Llama 3.1 8B, 4096 tokens
LLAMA_LAYER_PARAMS = 2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 2 * 4096
LLAMA_VOCAB = 128_256


def test_torch_compile_and_float8_controls(qtbot, window: MainWindow) -> None:
    p, doc = window.editor.precision, window.document
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    assert not p.form.isRowVisible(p.compile) and not p.form.isRowVisible(p.float8)  # the hf stack: not modelled
    pick_combo(p.stack, "fsdp2")
    assert p.form.isRowVisible(p.compile) and p.compile.currentData() == "off"
    assert p.form.isRowVisible(p.float8) and p.float8.currentData() == "off"
    pick_combo(p.checkpointing, "selective")
    settle(qtbot, window)
    eager = item_bytes(window, "activations")
    before = doc.undo_stack.index()
    pick_combo(p.compile, "blocks")
    assert doc.scenario.training.compile == "blocks"
    one_step(window, before, "Set torch.compile to blocks")
    settle(qtbot, window)
    # the compiled block does not keep w2's output: 2 bytes · 4096 tokens · 4096 per layer, 32 layers
    assert eager - item_bytes(window, "activations") == 32 * 2 * 4096 * 4096
    gathered = item_bytes(window, "gathered_params")
    pick_combo(p.float8, "all-gather")
    assert doc.scenario.training.float8 == "all-gather"
    settle(qtbot, window)
    # at the peak (the loss's backward) the last block is the one gathered (torchtitan leaves it gathered after
    # forward), in 1 byte instead of 2
    assert gathered - item_bytes(window, "gathered_params") == 1 * LLAMA_LAYER_PARAMS
    doc.undo_stack.undo()
    assert doc.scenario.training.float8 == "off" and p.float8.currentData() == "off"


def test_context_parallel_and_interleaved_pipeline_controls(qtbot, window: MainWindow) -> None:
    par, doc = window.editor.parallelism, window.document
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    assert not par.form.isRowVisible(par.cp)  # the hf stack has no context parallelism
    pick_combo(window.editor.precision.stack, "fsdp2")
    assert par.form.isRowVisible(par.cp) and par.cp.value() == 1
    assert not par.form.isRowVisible(par.virtual_stages)  # no pipeline
    settle(qtbot, window)
    # the eager loss at the start of backward: fp32 log-softmax and two fp32 gradients, 12 bytes · T · V
    assert item_bytes(window, "logits") == 12 * 4096 * LLAMA_VOCAB
    before = doc.undo_stack.index()
    par.cp.setValue(2)
    assert doc.scenario.parallelism.cp == 2
    one_step(window, before, "Set context parallelism to 2")
    assert "each sequence split over 2 of them" in par.dp.text()
    settle(qtbot, window)
    assert item_bytes(window, "logits") == 12 * 2048 * LLAMA_VOCAB  # half of each sequence per rank
    par.pp.setValue(2)
    assert par.form.isRowVisible(par.virtual_stages) and par.virtual_stages.value() == 1
    par.virtual_stages.setValue(2)
    assert doc.scenario.parallelism.pp_virtual_stages == 2


def test_peak_names_the_backward_moment_that_wins(qtbot, window: MainWindow) -> None:
    """FSDP2's backward has two moments (the loss's backward and a block's backward; core/memory/peak.py
    resolve_moments) and the answer names the one its figures are from. Llama 2 7B (vocabulary 32,000), 8 GPUs, batch
    1, no checkpointing: at 2,048 tokens a block's backward wins, as in the fake-process-group run with two of its
    layers (tools/calibration train-fsdp2-w8-llama2-7b-2l-mixed-adamw-b1s2048: 3,725.9 MiB against 3,383.6 MiB at the
    loss's backward); at 4,096 the logits double and the loss's backward wins again."""
    doc = window.document
    doc.set_preset("llama-2-7b")
    training(window)
    window.editor.gpu_picker.count.setValue(8)
    pick_combo(window.editor.precision.stack, "fsdp2")
    window.editor.workload.context.setValue(2048)
    settle(qtbot, window)
    assert doc.scenario.training.grad_checkpointing == "none" and doc.scenario.workload.batch == 1
    assert window.presenter.view.estimate.memory.backward_moment == "block_backward"
    assert window.answer.values["phase"].text().startswith("a block's backward")
    assert "a block's backward" in markdown_summary(window.presenter.view, "GiB")
    window.editor.workload.context.setValue(4096)
    settle(qtbot, window)
    assert window.presenter.view.estimate.memory.backward_moment == "loss_backward"
    assert window.answer.values["phase"].text().startswith("start of backward")


def test_a_model_without_the_towers_clears_their_inputs_in_one_undo_step(qtbot, window: MainWindow) -> None:
    """Issue 11: from Gemma 3n (images and audio per sequence shown) to Llama 3.1 8B (no tower takes either), the two
    rows hid but their values stayed in the scenario, and the answer warned "2 images per sequence are not costed"
    about a field the user could no longer see. A change of model now clears what the new model cannot take, says so
    beside the edit, and is one undo step: Undo brings Gemma 3n back with its images and audio."""
    w, doc = window.editor.workload, window.document
    notices: list[str] = []
    doc.notice.connect(notices.append)
    doc.set_preset("gemma-3n-e4b")
    doc.set_field("workload.images", 2)
    doc.set_field("workload.audio_seconds", 30.0)
    settle(qtbot, window)
    assert w.form.isRowVisible(w.images) and w.form.isRowVisible(w.audio_seconds)
    before = doc.undo_stack.index()
    doc.set_preset("llama-3.1-8b")
    settle(qtbot, window)
    assert (doc.scenario.workload.images, doc.scenario.workload.audio_seconds) == (0, 0.0)
    assert not w.form.isRowVisible(w.images) and not w.form.isRowVisible(w.audio_seconds)
    assert "not costed" not in window.answer.warnings.text()
    assert "images per sequence → 0, audio per sequence → 0" in notices[-1], notices
    assert doc.undo_stack.index() == before + 1
    doc.undo_stack.undo()
    settle(qtbot, window)
    assert doc.scenario.model.architecture.name.startswith("Gemma 3n")
    assert (doc.scenario.workload.images, doc.scenario.workload.audio_seconds) == (2, 30.0)
    # a model that takes images keeps them: Gemma 3n E4B to E2B (both have the MobileNet and conformer towers)
    doc.set_preset("gemma-3n-e2b")
    assert (doc.scenario.workload.images, doc.scenario.workload.audio_seconds) == (2, 30.0)


def test_a_file_with_images_for_a_text_model_shows_them(qtbot, window: MainWindow) -> None:
    """A file (the CLI's `--images 2`, or one saved before the change above) may give images and audio to a model
    that takes neither: the rows stay shown while they hold a value, so the answer's "not costed" warning names a
    field the user can see and clear; cleared, they hide."""
    w, doc = window.editor.workload, window.document
    doc.new(
        with_changes(Scenario(model=preset_ref("llama-3.1-8b")), {"workload.images": 2, "workload.audio_seconds": 30.0})
    )
    settle(qtbot, window)
    assert w.form.isRowVisible(w.images) and w.form.isRowVisible(w.audio_seconds)
    assert "not costed" in window.answer.warnings.text()
    doc.set_field("workload.images", 0)
    doc.set_field("workload.audio_seconds", 0.0)
    settle(qtbot, window)
    assert not w.form.isRowVisible(w.images) and not w.form.isRowVisible(w.audio_seconds)
    assert "not costed" not in window.answer.warnings.text()
