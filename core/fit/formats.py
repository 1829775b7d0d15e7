"""4. Every weight format this runtime loads: fits fully / partially (llama.cpp only: some layers' weights in
system RAM) / too large, as LM Studio's per-quantization badge."""

from __future__ import annotations

from core import quant
from core.estimate import resolve_gpu
from core.fit.answers import Badge, Edit, FormatOption
from core.fit.edits import try_edits
from core.memory import weights as weights_mod
from core.memory.context import make_ctx
from core.messages import Message, Size
from core.params import count
from core.result import Estimate
from core.scenario import Scenario


def candidate_formats(scenario: Scenario) -> tuple[list[str], str]:
    """Weight formats to badge, and a note when the question does not apply."""
    w = scenario.workload
    if w.mode == "training" and scenario.training.finetune == "full":
        return (
            [],
            Message(
                "formats.full_training",
                "full training keeps the weights at the training precision; weight formats apply to inference and LoRA",
            ),
        )
    ids = list(quant.formats())
    if scenario.runtime.gguf and w.mode == "inference":
        ids = [f for f in ids if quant.get(f).gguf or f in ("fp32", "fp16", "bf16")]
    else:
        ids = [f for f in ids if not quant.get(f).gguf]
        if quant.get(scenario.precision.weights).family not in ("exl2", "exl3"):
            # EXL2 and EXL3 are ExLlama's own formats: neither transformers nor vLLM loads them
            ids = [f for f in ids if quant.get(f).family not in ("exl2", "exl3")]
    return ids, ""


def _format_edits(scenario: Scenario, fmt_id: str) -> list[Edit]:
    edits = [Edit(path="precision.weights", value=fmt_id)]
    m = scenario.model
    if (m.stored_weight_bytes or m.stored_gpu_weight_bytes) and m.format_hint != fmt_id:
        # the imported file's exact bytes describe its own format only
        edits += [
            Edit(path="model.stored_weight_bytes", value=None),
            Edit(path="model.stored_gpu_weight_bytes", value=None),
        ]
    return edits


def model_weight_bytes(scenario: Scenario) -> int:
    """Bytes of every weight of the model in the scenario's format, on no particular GPU (the whole checkpoint as
    the engine sizes it; an imported file's exact bytes where it has them)."""
    if scenario.model.stored_weight_bytes and scenario.model.format_hint in (None, scenario.precision.weights):
        return scenario.model.stored_weight_bytes
    one = scenario.model_copy(
        update={"parallelism": scenario.parallelism.model_copy(update={"gpus": 1, "tp": 1, "pp": 1})}
    )
    ctx = make_ctx(one, resolve_gpu(one))
    return round(weights_mod.format_bytes(ctx, ctx.weights_fmt, list(ctx.pc.groups)))


def _layers(scenario: Scenario) -> int:
    arch = scenario.model.architecture
    st = arch.decoder or arch.encoder
    return st.num_layers if st is not None else (arch.ssm.num_layers if arch.ssm else 1)


def _most_gpu_layers(scenario: Scenario, n_layers: int) -> tuple[int, Estimate] | None:
    """The largest -ngl ≤ n_layers that fits (the output layer then stays in system RAM, as llama.cpp does for
    n_gpu_layers ≤ n_layer), found by bisection on the engine's own split (core.memory.engines.gpu_layers):
    fewer layers on the GPU never need more memory."""
    best: tuple[int, Estimate] | None = None
    lo, hi = 1, n_layers
    while lo <= hi:
        k = (lo + hi) // 2
        tried = try_edits(scenario, [Edit(path="runtime.n_gpu_layers", value=k)])
        if tried is not None and tried[1].fit.fits:
            best, lo = (k, tried[1]), k + 1
        else:
            hi = k - 1
    return best


def format_scan(scenario: Scenario) -> tuple[tuple[FormatOption, ...], str]:
    """Every weight format this runtime loads, largest first, with LM Studio's badge. "partial" (llama.cpp and
    Ollama) means the model does not fit whole but fits with some layers in system RAM: the largest `--n-gpu-layers`
    that fits, each layer's weights and K/V on the device that holds it and the output layer in RAM (llama.cpp's
    split, core.memory.engines.gpu_layers)."""
    ids, note = candidate_formats(scenario)
    rows = []
    llama = scenario.runtime.gguf and scenario.workload.mode == "inference"
    n_layers = _layers(scenario)
    for fid in ids:
        edits = _format_edits(scenario, fid)
        tried = try_edits(scenario, edits)
        if tried is None:
            continue  # this runtime or fine-tuning method cannot load it (the Scenario's rules say why)
        est = tried[1]
        fmt = quant.get(fid)
        params = count(scenario.model.architecture).total
        bpw = model_weight_bytes(tried[0]) * 8 / params if params else fmt.effective_bits
        weights = sum(i.bytes for i in est.memory.items if i.category == "weights")
        total, usable = est.memory.total, est.fit.usable_bytes
        badge: Badge = "fits" if est.fit.fits else "too_large"
        gpu_layers = cpu_bytes = None
        expl = Message("formats.fits", "{total} of {usable} usable", total=Size(total), usable=Size(usable))
        partial = (
            _most_gpu_layers(tried[0], n_layers)
            if not est.fit.fits and llama and weights > 0 and tried[0].runtime.n_gpu_layers is None
            else None
        )
        if partial is not None:
            gpu_layers, part = partial
            badge = "partial"
            w_item = part.memory.item("weights")
            cpu_bytes = round(float(w_item.inputs.get("cpu_bytes", 0))) if w_item else None
            edits = [*edits, Edit(path="runtime.n_gpu_layers", value=gpu_layers)]
            expl = Message(
                "formats.partial",
                "does not fit whole ({total} of {usable}); with --n-gpu-layers {gpu_layers} ({gpu_layers} of {layers} "
                "layers and their K/V on the GPU, the output layer in RAM) it takes {part_total}; {cpu} of weights "
                "stay in system RAM and run on the CPU ({host} of RAM with their K/V)",
                total=Size(total),
                usable=Size(usable),
                gpu_layers=gpu_layers,
                layers=n_layers,
                part_total=Size(part.memory.total),
                cpu=Size(cpu_bytes or 0),
                host=Size(part.host_ram_bytes),
            )
        elif not est.fit.fits:
            expl = Message(
                "formats.too_large",
                "{total} > {usable} usable (short by {short})",
                total=Size(total),
                usable=Size(usable),
                short=Size(-est.fit.headroom_bytes),
            )
        rows.append(
            FormatOption(
                format_id=fid,
                name=fmt.name,
                bits_per_weight=round(bpw, 3),
                badge=badge,
                weights_bytes=weights,
                total_bytes=total,
                usable_bytes=usable,
                headroom_bytes=est.fit.headroom_bytes,
                gpu_layers=gpu_layers,
                layers=n_layers if badge == "partial" else None,
                cpu_weights_bytes=cpu_bytes,
                explanation=expl,
                edits=tuple(edits),
            )
        )
    rows.sort(key=lambda r: -r.weights_bytes)
    return tuple(rows), note
