"""JSON from files the user hands us (config.json, safetensors headers and indexes, .sizing files), parsed with the
bounds a real file never reaches, so that no input can crash, hang or exhaust the reader.

- nesting: real configs nest 3-4 levels; `json.loads` recurses per level and raises RecursionError near 1,000, so
  the depth is measured first, without recursion, and anything deeper than MAX_DEPTH is refused by name;
- NaN / Infinity: Python's json accepts these non-standard constants and real configs use them (Nemotron-H's
  `time_step_limit: [0.0, Infinity]`), so they parse as floats; every reader validates the numbers it uses where
  they enter (finite, integral, in range) and names the key;
- integers: Python parses arbitrarily long integer literals (and limits their conversion at 4,300 digits with a
  ValueError); a literal longer than MAX_INT_DIGITS is refused up front.
Every refusal is a `ModelFormatError` naming the source."""

from __future__ import annotations

import json
from typing import Any

from core.errors import ModelFormatError

MAX_DEPTH = 64
MAX_INT_DIGITS = 40


def _depth(text: str) -> int:
    """Deepest bracket nesting outside strings, in one pass with no recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _bounded_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"an integer of {len(literal.lstrip('-'))} digits is out of range")
    return int(literal)


def loads(text: str, source: str, what: str = "JSON") -> Any:
    """Parse `text` (the content of `source`) or raise ModelFormatError saying what is wrong with it."""
    if _depth(text) > MAX_DEPTH:
        raise ModelFormatError(source, f"{what} nested deeper than {MAX_DEPTH} levels; refused")
    try:
        return json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise ModelFormatError(source, f"the file is empty; expected {what}") from None
        raise ModelFormatError(
            source, f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ModelFormatError(source, f"{what}: {exc}") from None
