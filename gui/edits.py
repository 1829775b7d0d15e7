"""How one user edit becomes a new, valid Scenario (pure Python, no Qt).

The engine rejects contradictions (QLoRA on bf16 weights, training on llama.cpp, ...). A GUI that rejected
every such edit would force users to change fields in exactly the right order, so an edit may also move
*dependent* fields to the nearest valid value. Policy:

- the user's own fields are never changed; only other fields are adjusted;
- every adjustment is returned so the window can say what else changed (nothing is silently altered);
- if no adjustment makes the edit valid, the engine's message is raised and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from core import quant
from core.memory.towers import has_audio_tower, takes_images
from core.messages import Message, join
from core.reasons import located, validation_problem
from core.runtimes import training_engine
from core.scenario import ModelRef, Scenario
from core.stacks import STACKS

Changes = dict[str, Any]


def get_field(scenario: Scenario, path: str) -> Any:
    """The value at a dotted path, e.g. get_field(s, "workload.context")."""
    node: Any = scenario
    for key in path.split("."):
        node = getattr(node, key)
    return node


def error_message(exc: Exception) -> str:
    """The engine's message, naming the field, without pydantic's decoration (the engine's own Message when it
    raised one, so the window can say it in its language)."""
    if isinstance(exc, ValidationError):
        parts: list[str] = []
        for err in exc.errors()[:2]:
            loc = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
            msg = validation_problem(err)  # the engine's own Message when it raised one; pydantic's, with an id
            parts.append(located(loc, msg) if loc and not msg.startswith(loc) else msg)
        return join(parts, "; ")
    return exc.args[0] if isinstance(exc, ValueError) and exc.args and isinstance(exc.args[0], Message) else str(exc)


def with_changes(scenario: Scenario, changes: Mapping[str, Any]) -> Scenario:
    """A validated copy with several fields changed at once (one validation, so order does not matter): the engine's
    `Scenario.with_changes`, as the fit explorer's suggestions are applied (core.fit.apply_edits)."""
    return scenario.with_changes(changes)


def _weight_candidates(bits: float, finetune: str | None) -> list[str]:
    """Replacement weight formats, nearest in size first."""
    out = ["nf4"] if finetune == "qlora" else []
    if bits <= 4.5:
        out += ["nf4", "q4_k_m", "awq-int4"]
    elif bits <= 8.5:
        out += ["int8", "q8_0", "fp8"]
    return [*out, "bf16"]


def _repairs(scenario: Scenario, changes: Changes) -> Iterator[Changes]:
    """Adjustments of fields the user did not touch, most conservative first."""
    mode = changes.get("workload.mode", scenario.workload.mode)
    finetune = changes.get("training.finetune", scenario.training.finetune)
    weights = changes.get("precision.weights", scenario.precision.weights)
    extra: Changes = {}
    if mode == "training" and "runtime.name" not in changes and not scenario.runtime.spec.trains:
        # training runs on PyTorch; llama.cpp and vLLM serve inference only
        extra["runtime.name"] = training_engine().id
    context = changes.get("workload.context", scenario.workload.context)
    output = scenario.workload.output_tokens
    if mode == "inference" and "workload.output_tokens" not in changes and output > context:  # training: no output
        extra["workload.output_tokens"] = context
    model = changes.get("model")
    if model is not None:
        # images or audio a new model has no tower for would stay in the scenario, hidden, and the answer would warn
        # they are not costed: cleared with the change of model (one undo step brings both back)
        arch = ModelRef.model_validate(model).architecture
        if scenario.workload.images and "workload.images" not in changes and not takes_images(arch):
            extra["workload.images"] = 0
        if scenario.workload.audio_seconds and "workload.audio_seconds" not in changes and not has_audio_tower(arch):
            extra["workload.audio_seconds"] = 0.0
    stack = changes.get("training.stack")
    if stack is not None and STACKS[stack].sharding != "zero" and "parallelism.zero" not in changes:
        # FSDP2, torchtune and Megatron shard by themselves: a ZeRO stage left behind would be ignored (and warned
        # about) while its row is hidden
        extra["parallelism.zero"] = 0
    yield extra
    degrees = {"parallelism.tp", "parallelism.pp", "parallelism.ep"} & changes.keys()
    if degrees and "parallelism.gpus" not in changes:
        # a tensor, pipeline or expert degree raised: round the GPU count up to fit it (EP ranks are data-parallel
        # ranks, so the data-parallel degree becomes a multiple of EP)
        group = (
            changes.get("parallelism.tp", scenario.parallelism.tp)
            * changes.get("parallelism.pp", scenario.parallelism.pp)
            * changes.get("parallelism.ep", scenario.parallelism.ep)
        )
        yield {**extra, "parallelism.gpus": -(-scenario.parallelism.gpus // group) * group}
    ep = scenario.parallelism.ep
    if ep > 1 and "parallelism.ep" not in changes:  # fewer GPUs, or a model with other experts: the largest EP left
        for d in range(ep - 1, 0, -1):
            if ep % d == 0:
                yield {**extra, "parallelism.ep": d}
    if "precision.weights" not in changes:
        for w in _weight_candidates(quant.get(weights).bits, finetune if mode == "training" else None):
            if w != weights:
                yield {**extra, "precision.weights": w}
    if "training.finetune" not in changes and mode == "training":
        for method in ("qlora", "lora", "full"):  # a 4-bit base → QLoRA, another quantized base → LoRA
            if method != finetune:
                yield {**extra, "training.finetune": method}
        yield {**extra, "training.finetune": "full", "precision.weights": "bf16"}
    if not degrees:
        yield {**extra, "parallelism.tp": 1, "parallelism.pp": 1, "parallelism.ep": 1}


def plan_edit(scenario: Scenario, changes: Mapping[str, Any]) -> tuple[Scenario, Changes]:
    """(new scenario, adjusted other fields). Raises ValueError with the engine's message when impossible."""
    changes = dict(changes)
    if isinstance(changes.get("model"), Mapping):
        # another model, validated once: the repairs read it and each try takes it as it is (it was validated for
        # the repairs, then again with the whole scenario on every try)
        changes["model"] = ModelRef.model_validate(changes["model"])
    last_error: Exception | None = None
    for extra in _repairs(scenario, changes):
        if extra.keys() & changes.keys():
            continue  # never override what the user asked for
        try:
            new = with_changes(scenario, {**changes, **extra})
        except (ValidationError, ValueError) as exc:
            last_error = exc  # the last attempt's reason: past the contradictions the repairs could resolve
            continue
        adjusted = {k: v for k, v in extra.items() if get_field(scenario, k) != v}
        return new, adjusted
    assert last_error is not None
    raise ValueError(error_message(last_error)) from None


def invalid_values(scenario: Scenario, path: str, values: list[Any]) -> dict[Any, str]:
    """{value: the engine's reason} for the values of one field that no adjustment makes valid (for greying out
    choices, with the reason as their tooltip)."""
    out: dict[Any, str] = {}
    for v in values:
        try:
            plan_edit(scenario, {path: v})
        except ValueError as exc:
            out[v] = str(exc)
    return out
