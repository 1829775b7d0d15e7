"""Applying edits to a Scenario: all at once and validated as a whole, the edits between two scenarios, and a
trial estimate of an edited scenario (None when the edits make it invalid)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from core.estimate import estimate
from core.fit.answers import Edit
from core.result import Estimate
from core.scenario import Scenario


def apply_edits(scenario: Scenario, edits: Iterable[Edit]) -> Scenario:
    """The scenario with all `edits` applied at once and validated as a whole (several fields may have to change
    together, e.g. gpus with tp: an intermediate state could be invalid). As in Scenario.changed, only the edited
    sections are re-validated (the model is not, unless it is edited), then the cross-section rules."""
    edits = list(edits)
    sections: dict[str, dict[str, Any]] = {}
    whole = False
    for e in edits:
        keys = e.path.split(".")
        if len(keys) != 2 or keys[0] == "model" or keys[0] not in type(scenario).model_fields:
            whole = True
            break
        section = getattr(scenario, keys[0])
        if not isinstance(section, BaseModel) or keys[1] not in type(section).model_fields:
            raise ValueError(f"'{e.path}' is not a scenario field")
        sections.setdefault(keys[0], section.model_dump())[keys[1]] = e.value
    if not whole:
        update = {k: type(getattr(scenario, k)).model_validate(v) for k, v in sections.items()}
        return scenario.model_copy(update=update)._check_rules()
    data: dict[str, Any] = scenario.model_dump()
    for e in edits:
        keys = e.path.split(".")
        node = data
        for k in keys[:-1]:
            if not isinstance(node.get(k), dict):
                raise ValueError(f"'{e.path}' is not a scenario field")
            node = node[k]
        if keys[-1] not in node:
            raise ValueError(f"'{e.path}' is not a scenario field")
        node[keys[-1]] = e.value
    return Scenario.model_validate(data)


def changed_fields(before: Scenario, after: Scenario, paths: Sequence[str]) -> tuple[Edit, ...]:
    """The edits among `paths` whose value differs between the two scenarios."""
    out = []
    for path in paths:
        a, b = field_value(before, path), field_value(after, path)
        if a != b:
            out.append(Edit(path=path, value=b))
    return tuple(out)


def field_value(scenario: Scenario, path: str) -> Any:
    node: Any = scenario
    for k in path.split("."):
        node = getattr(node, k)
    return node


def try_edits(scenario: Scenario, edits: Sequence[Edit]) -> tuple[Scenario, Estimate] | None:
    try:
        s = apply_edits(scenario, edits)
    except (ValidationError, ValueError):
        return None
    return s, estimate(s)
