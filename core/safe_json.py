"""JSON from files the user hands us (config.json, safetensors headers and indexes, .sizing files), parsed with the
bounds a real file never reaches, so that no input can crash, hang or exhaust the reader.

- nesting: real configs nest 3-4 levels; `json.loads` recurses per level and raises RecursionError near 1,000, so
  the depth is measured first, without recursion, and anything deeper than MAX_DEPTH is refused by name;
- NaN / Infinity: Python's json accepts these non-standard constants; no size or count can be one, so they are
  refused where they are parsed (the message names the constant) — except in a model's config.json
  (`allow_constants=True`), where real configs use them for values that are not sizes (Nemotron-H's
  `time_step_limit: [0.0, Infinity]`) and the config reader validates every number it uses where it enters;
- integers: Python parses arbitrarily long integer literals (and limits their conversion at 4,300 digits with a
  ValueError); a literal longer than MAX_INT_DIGITS is refused up front.
Every refusal is a `ModelFormatError` naming the source."""

from __future__ import annotations

import json
import re
from typing import Any

from core.errors import ModelFormatError
from core.messages import Message

MAX_DEPTH = 64
MAX_INT_DIGITS = 40


# JSON strings (escapes included; an unterminated one runs to the end) and innermost bracket pairs: the depth is
# measured by deleting the innermost pairs level by level with the regex engine (a 9 MB safetensors header: 3
# passes, ~0.1 s), never character by character in Python, and at most MAX_DEPTH + 1 passes for any input
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?')
_INNERMOST = re.compile(r"\[[^\[\]{}]*\]|\{[^\[\]{}]*\}")
_BRACKET = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    """Deepest bracket nesting outside strings (MAX_DEPTH + 1 for anything deeper), without recursion."""
    rest = _STRING.sub("", text)
    depth = 0
    while _BRACKET.search(rest):
        rest, removed = _INNERMOST.subn("", rest)
        if not removed:  # unbalanced: what is left are unmatched openers and closers; bound the depth by the openers
            return depth + rest.count("[") + rest.count("{")
        depth += 1
        if depth > MAX_DEPTH:
            return depth
    return depth


class _BadNumber(ValueError):
    """A number token refused while parsing; `token` is its text, to find the key it belongs to."""

    def __init__(self, token: str, message: str) -> None:
        self.token = token
        super().__init__(message)


def _no_constant(name: str) -> Any:
    raise _BadNumber(name, Message("import.json_constant", "{name} is not a number JSON allows", name=name))


def _bounded_int(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _BadNumber(
            literal,
            Message(
                "import.json_digits",
                "an integer of {n} digits is out of range (at most {limit})",
                n=digits,
                limit=MAX_INT_DIGITS,
            ),
        )
    return int(literal)


def _where(text: str, token: str) -> str:
    """ "'key' (line L): " for the first `"key": token` in text, else the token's line, else ''."""
    first = -1
    for n, m in enumerate(re.finditer(re.escape(token) + r"(?![0-9A-Za-z.])", text)):
        if n == 100:
            break
        at = m.start()
        first = at if first < 0 else first
        key = re.search(r'"((?:[^"\\]|\\.){0,200})"\s*:\s*$', text[max(0, at - 300) : at])
        if key is not None:
            return Message(
                "import.json_key_line",
                "'{key}' (line {line}): ",
                key=key.group(1),
                line=text.count(chr(10), 0, at) + 1,
            )
    return Message("import.json_line", "line {line}: ", line=text.count(chr(10), 0, first) + 1) if first >= 0 else ""


# Python's JSON decoder's reasons (json.decoder, Modules/_json.c), each a Message so that the window can say it
_JSON_REASONS = {
    "Expecting value": Message("json.expecting_value", "Expecting value"),
    "Expecting ':' delimiter": Message("json.expecting_colon", "Expecting ':' delimiter"),
    "Expecting ',' delimiter": Message("json.expecting_comma", "Expecting ',' delimiter"),
    "Expecting property name enclosed in double quotes": Message(
        "json.expecting_name", "Expecting property name enclosed in double quotes"
    ),
    "Extra data": Message("json.extra_data", "Extra data"),
    "Unterminated string starting at": Message("json.unterminated", "Unterminated string starting at"),
    "Invalid control character at": Message("json.control_character", "Invalid control character at"),
    "Invalid \\escape": Message("json.bad_escape", "Invalid \\escape"),
    "Invalid \\uXXXX escape": Message("json.bad_unicode_escape", "Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": Message(
        "json.trailing_comma_object", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": Message(
        "json.trailing_comma_array", "Illegal trailing comma before end of array"
    ),
}


def loads(text: str, source: str, what: str = "JSON", allow_constants: bool = False) -> Any:
    """Parse `text` (the content of `source`) or raise ModelFormatError saying what is wrong with it."""
    if _depth(text) > MAX_DEPTH:
        raise ModelFormatError(
            source, Message("import.json_deep", "{what} nested deeper than {n} levels; refused", what=what, n=MAX_DEPTH)
        )
    try:
        if allow_constants:
            return json.loads(text, parse_int=_bounded_int)
        return json.loads(text, parse_constant=_no_constant, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise ModelFormatError(
                source, Message("import.empty_file", "the file is empty; expected {what}", what=what)
            ) from None
        raise ModelFormatError(
            source,
            Message(
                "import.invalid_json",
                "{what} is not valid JSON (line {line}, column {column}: {detail})",
                what=what,
                line=exc.lineno,
                column=exc.colno,
                detail=_JSON_REASONS.get(exc.msg, exc.msg),
            ),
        ) from None
    except _BadNumber as exc:
        raise ModelFormatError(
            source,
            Message(
                "import.json_number",
                "{what}: {where}{problem}",
                what=what,
                where=_where(text, exc.token),
                problem=exc.args[0],
            ),
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ModelFormatError(
            source, Message("import.json_refused", "{what}: {detail}", what=what, detail=str(exc))
        ) from None
