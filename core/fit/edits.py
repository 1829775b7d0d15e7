"""Applying edits to a Scenario: all at once and validated as a whole, the edits between two scenarios, and a
trial estimate of an edited scenario (None when the edits make it invalid)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from core.estimate import estimate
from core.fit.answers import Edit
from core.result import Estimate
from core.scenario import Scenario


def apply_edits(scenario: Scenario, edits: Iterable[Edit]) -> Scenario:
    """The scenario with all `edits` applied at once and validated as a whole (several fields may have to change
    together, e.g. gpus with tp: an intermediate state could be invalid): `Scenario.with_changes`, which re-validates
    only the edited sections (the model is not, unless it is edited), then the cross-section rules."""
    return scenario.with_changes({e.path: e.value for e in edits})


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
