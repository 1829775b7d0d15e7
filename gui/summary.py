"""'Copy summary': the answer as a Markdown table (pastes into an issue, a chat or a purchase request)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.memory.engines import stopped_at_start
from core.result import EnginePool
from core.runtimes import ServingEngine
from core.stacks import STACKS
from core.tower_flops import media_tokens
from gui.fields import mode_words
from gui.format import fmt_bytes, fmt_duration, fmt_int, fmt_money, fmt_number, fmt_params
from gui.i18n_engine import catalogue_name, engine_text, expected_error_text, item_label, name_text, phase_text
from gui.media_words import media_words
from gui.presenter import ViewData

translate = QCoreApplication.translate


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def engine_refusal(e: EnginePool, spec: ServingEngine) -> str:
    """The engine's own error where the model leaves its KV pool nothing ("" where it starts): core's runtime table
    (runtimes.ServingEngine.stops_at_start, quoted from each engine's source)."""
    return "".join(stopped_at_start(spec, e.kv_tokens))


def kv_log_quote(e: EnginePool, spec: ServingEngine) -> tuple[str, str]:
    """The engine's KV-capacity log line as core wrote it (the runtime's kv_log filled in), and the part of it worth
    quoting in one line: its capacity clause, '…' for the rest (SGLang's goes on with the K and V sizes)."""
    head = spec.kv_log.split("{", 1)[0]
    line = next((x for x in e.log_lines if head and x.startswith(head)), "")
    said = spec.kv_log.format(tokens=e.kv_tokens)
    return line, (said + ", …" if line.startswith(said) and line != said else line)


def _labels() -> dict[str, str]:
    return {
        "fits": translate("Summary", "fits"),
        "no_fit": translate("Summary", "does not fit"),
        "of": translate("Summary", "of"),
        "usable_per_gpu": translate("Summary", "usable per GPU"),
        "headroom": translate("Summary", "headroom"),
        "peak": translate("Summary", "peak during"),
        "component": translate("Summary", "Component"),
        "memory": translate("Summary", "Memory"),
        "formula": translate("Summary", "Formula"),
        "total": translate("Summary", "Total"),
        "usable": translate("Summary", "Usable"),
        "setting": translate("Summary", "Setting"),
        "value": translate("Summary", "Value"),
        "params": translate("Summary", "Parameters"),
        "trainable": translate("Summary", "Trainable"),
        "mtp": translate("Summary", "MTP layers (not in the total)"),
        "speculative": translate("Summary", "Speculative decoding"),
        "finetune": translate("Summary", "Fine-tuning"),
        "stack": translate("Summary", "Training stack"),
        "ep": translate("Summary", "Expert parallel"),
        "training_precision": translate("Summary", "Training precision"),
        "optimizer": translate("Summary", "Optimizer"),
        "checkpointing": translate("Summary", "Gradient checkpointing"),
        "weights": translate("Summary", "Weights"),
        "kv": translate("Summary", "KV cache"),
        "runtime": translate("Summary", "Runtime"),
        "concurrency": translate("Summary", "Concurrency"),
        "batch": translate("Summary", "Batch"),
        "context": translate("Summary", "Context"),
        "tokens": translate("Summary", "{0} tokens"),
        "largest": translate("Summary", "Largest context that fits"),
        "largest_all": translate("Summary", "{0} tokens (the model's maximum)"),
        "largest_past": translate("Summary", "{0} tokens (the context set, past the model's {1}-token maximum)"),
        "largest_batch": translate("Summary", "Largest batch that fits"),
        "media": translate("Summary", ", of which {0} {1} ({2} for text)"),
        "images": translate("Summary", "{0} images"),
        "image_size": translate("Summary", "Image size"),
        "model_default": translate("Summary", "model default"),
        "none": translate("Summary", "none"),
        "smi": translate("Summary", "nvidia-smi will show"),
        "model_uses": translate("Summary", "The model uses"),
        "kv_pool": translate("Summary", "KV pool"),
        "decode": translate("Summary", "Decode"),
        "per_seq": translate("Summary", "{0} tokens/s per sequence"),
        "ttft": translate("Summary", "Time to first token"),
        "step": translate("Summary", "Step time"),
        "training_time": translate("Summary", "Training time"),
        "cost": translate("Summary", "Cost"),
        "error": translate("Summary", "Expected error"),
        "made_with": translate("Summary", "Estimated with GPU Sizer"),
    }


def markdown_summary(view: ViewData, unit: str) -> str:
    L = _labels()
    s, est = view.scenario, view.estimate
    mem, fit, c = est.memory, est.fit, est.compute
    gpus = s.parallelism.gpus
    gpu = catalogue_name(fit.gpu_name)
    where = f"{gpus} × {gpu}" if gpus > 1 else gpu
    title = translate("Summary", "{0} — {1} on {2}").format(
        catalogue_name(s.model.architecture.name), mode_words(s.workload.mode), where
    )
    lines = [f"### {title}", ""]
    verdict = L["fits"] if fit.fits else L["no_fit"]
    lines.append(
        f"**{fmt_bytes(mem.total, unit)}** {L['of']} {fmt_bytes(fit.usable_bytes, unit)} "
        f"{L['usable_per_gpu']}: **{verdict}** ({L['headroom']} {fmt_bytes(fit.headroom_bytes, unit)}, "
        f"{L['peak']} {phase_text(mem.phase, s, mem.backward_moment)})"
    )
    lines += ["", f"| {L['component']} | {L['memory']} | {L['formula']} |", "|---|---:|---|"]
    for item in mem.items:
        if item.bytes:
            lines.append(f"| {_cell(item_label(item))} | {fmt_bytes(item.bytes, unit)} | `{_cell(item.formula)}` |")
    lines.append(f"| **{L['total']}** | **{fmt_bytes(mem.total, unit)}** | |")
    lines.append(f"| {L['usable']} | {fmt_bytes(fit.usable_bytes, unit)} | |")
    lines += ["", f"| {L['setting']} | {L['value']} |", "|---|---|"]
    rows = [(L["params"], f"{fmt_int(est.params.total)} ({fmt_params(est.params.total)})")]
    if est.params.mtp is not None:
        rows.append((L["mtp"], f"{fmt_int(est.params.mtp)} ({fmt_params(est.params.mtp)})"))
    if s.mtp_draft:
        rows.append(
            (L["speculative"], translate("Summary", "MTP, {0} draft token(s)").format(s.runtime.speculative_tokens))
        )
    if s.workload.mode == "training":
        rows += [
            (
                L["trainable"],
                fmt_int(est.params.trainable)
                + (", " + engine_text(est.params.trainable_note, unit) if est.params.trainable_idle else ""),
            ),
            (L["stack"], name_text(STACKS[s.training.stack].name)),
            (L["finetune"], s.training.finetune),
            (L["training_precision"], s.precision.training),
            (L["optimizer"], s.training.optimizer),
            (L["checkpointing"], s.training.grad_checkpointing),
        ]
    else:
        rows += [(L["weights"], s.precision.weights), (L["kv"], s.precision.kv_cache), (L["runtime"], s.runtime.name)]
        if view.sweep is not None or s.workload.concurrency != 1:
            rows.append((L["concurrency"], fmt_int(s.workload.concurrency)))
        e = est.engine
        if e is not None:  # a serving engine's own view (vLLM, SGLang, llama.cpp, Ollama)
            line, _ = kv_log_quote(e, s.runtime.spec)
            pool = translate("Summary", "{0} = {1} tokens").format(
                fmt_bytes(e.kv_pool_bytes, unit), fmt_int(e.kv_tokens)
            )
            refusal = engine_refusal(e, s.runtime.spec)
            if refusal:  # it stops at start: nothing for nvidia-smi to show
                pool = translate("Summary", "none: {0} stops at start").format(s.runtime.spec.name)
                line = refusal
            else:
                rows.append((L["smi"], fmt_bytes(e.claimed_bytes, unit)))
            rows += [
                (L["model_uses"], fmt_bytes(e.model_bytes, unit)),
                (L["kv_pool"], pool + (f" ('{line}')" if line else "")),
            ]
    if s.parallelism.ep > 1:
        rows.append((L["ep"], fmt_int(s.parallelism.ep)))
    rows.append((L["batch"], fmt_int(s.workload.batch)))
    if view.sweep is not None:  # token models: context; CNNs and image classifiers: image size, largest batch
        rows.append((L["context"], L["tokens"].format(fmt_int(s.workload.context))))
        largest = view.largest_context
        # as the answer says it: where all that was searched fits, where the search ended (the model's maximum, or the
        # context set where that is longer: "32,768 tokens" alone read as if the model took them)
        end = view.largest_context_end
        if largest is None:
            text = L["none"]
        elif end == "context set":
            text = L["largest_past"].format(fmt_int(largest), fmt_int(s.model.architecture.max_positions))
        elif end == "model maximum":
            text = L["largest_all"].format(fmt_int(largest))
        else:
            text = L["tokens"].format(fmt_int(largest))
        media = sum(media_tokens(view.scenario))  # the context holds the images' and audio's tokens
        if largest is not None and media:
            text += L["media"].format(fmt_int(media), media_words(view.scenario), fmt_int(largest - media))
        rows.append((L["largest"], text))
    else:
        size = s.workload.image_size
        rows.append((L["image_size"], f"{size} px" if size else L["model_default"]))
        if view.batch_sweep is not None:
            largest = view.largest_batch
            rows.append(
                (L["largest_batch"], L["images"].format(fmt_int(largest)) if largest is not None else L["none"])
            )
    # a setup that does not fit runs at these speeds only if it fit (the answer and Compare say so; What fits gives it
    # none)
    said = (lambda text: text) if fit.fits else translate("Summary", "if it fit: {0}").format
    if c.decode_tokens_per_second is not None:
        rows.append((L["decode"], said(L["per_seq"].format(fmt_number(c.decode_tokens_per_second)))))
    if c.time_to_first_token is not None:
        rows.append((L["ttft"], said(fmt_duration(c.time_to_first_token))))
    if c.step_seconds is not None:
        rows.append((L["step"], said(fmt_duration(c.step_seconds))))
    if c.training_seconds is not None:
        rows.append((L["training_time"], fmt_duration(c.training_seconds)))
    if c.cost_usd is not None:
        rows.append((L["cost"], fmt_money(c.cost_usd)))
    lines += [f"| {_cell(k)} | {_cell(v)} |" for k, v in rows]
    lines += [f"\n> ⚠ {engine_text(w, unit)}" for w in est.warnings]
    lines.append(f"\n_{L['error']}: {expected_error_text(est, s)}_")
    lines.append(f"_{L['made_with']}_")
    return "\n".join(lines) + "\n"
