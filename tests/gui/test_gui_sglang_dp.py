"""SGLang's DP attention and CUDA-graph batch in the workload panel: shown only for SGLang, the DP choices are the
divisors of tp, and the default CUDA-graph batch is SGLang's for the GPU (server_args.py: 256 below TP 4 on an
80 GB H100)."""

from __future__ import annotations

from gui.main_window import MainWindow
from tests.gui.helpers import pick_combo, settle


def test_sglang_dp_attention_row(qtbot, window: MainWindow) -> None:
    w, doc = window.editor.workload, window.document
    assert not w.form.isRowVisible(w.dp_attention) and not w.form.isRowVisible(w.cuda_graph_bs)
    pick_combo(w.runtime, "sglang")
    assert w.form.isRowVisible(w.cuda_graph_bs)
    assert not w.form.isRowVisible(w.dp_attention)  # tp 1: nothing to split
    assert w.cuda_graph_bs.text() == "default (256)"
    doc.set_field("parallelism.gpus", 8)
    doc.set_field("parallelism.tp", 8)
    doc.set_field("workload.concurrency", 1)
    settle(qtbot, window)
    assert w.form.isRowVisible(w.dp_attention)
    assert [w.dp_attention.itemData(i) for i in range(w.dp_attention.count())] == [1, 2, 4, 8]
    assert w.cuda_graph_bs.text() == "default (512)"  # TP >= 4
    kv_tp = next(i.bytes for i in window.presenter.view.estimate.memory.items if i.key == "kv_cache")
    pick_combo(w.dp_attention, 8)
    settle(qtbot, window)
    assert doc.scenario.runtime.dp_attention == 8
    # Llama-3.1-8B: 8 KV heads, one per rank at TP 8; at attention TP 1 the rank serving the one request holds all 8
    kv_dp = next(i.bytes for i in window.presenter.view.estimate.memory.items if i.key == "kv_cache")
    assert kv_dp == 8 * kv_tp
    w.cuda_graph_bs.setValue(64)
    w.cuda_graph_bs.editingFinished.emit()
    assert doc.scenario.runtime.cuda_graph_max_bs == 64
    pick_combo(w.runtime, "vllm")
    assert not w.form.isRowVisible(w.dp_attention) and not w.form.isRowVisible(w.cuda_graph_bs)
