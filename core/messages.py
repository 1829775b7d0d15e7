"""Text the engine composes from figures, with a stable id.

The CLI prints English and must keep printing exactly what it prints (docs/cli-contract.md); the GUI speaks the
window's language. A `Message` is both: it *is* the English string (a `str`, so every consumer of the engine's text
— the CLI, JSON output, logs — is unchanged), and it carries the id of its template and the figures it was made
from, so the GUI can look the template up in its own language (gui/i18n_engine.py) and fill in the same figures,
formatted its way (a `Bytes` figure in the window's unit).

    Message("scenario.zero_single_rank", "ZeRO-{zero} with a single data-parallel rank shards nothing", zero=3)

The id is the contract with the GUI's catalogue: change the English template and the GUI shows the English until
its catalogue (and the translation) follow; never reuse an id for a different sentence. Parameters are numbers,
`Bytes`, other Messages (a clause), or proper nouns and identifiers (a runtime, a format, a model's name) — never an
English word that the GUI could not translate.

Fields of the engine's result models that may hold a Message are annotated `Text` (pydantic would otherwise copy
the value into a plain `str` and drop the id)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import InstanceOf


class Bytes(float):
    """A byte count in a message: English writes it like the engine's explanations ('14.96 GiB'); the GUI in the
    window's unit."""

    def __format__(self, spec: str) -> str:
        if spec:
            return float.__format__(float(self), spec)
        return english_bytes(float(self))


def english_bytes(n: float) -> str:
    """Binary sizes with two decimals, as every explanation of the engine writes them (core.memory.context)."""
    for unit, div in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if abs(n) >= div:
            return f"{n / div:,.2f} {unit}"
    return f"{n:,.0f} B"


class Size(int):
    """A byte count written as core.units.format_bytes writes it ('15.0 GiB'): the fit explorer's figures."""

    def __format__(self, spec: str) -> str:
        if spec:
            return int.__format__(int(self), spec)
        from core.units import format_bytes

        return format_bytes(int(self))


Param = Any  # int | float | str | Bytes | Message (Any: str.format takes anything, and so does the GUI)


class Message(str):
    """English text (the str itself) that remembers its template id and figures."""

    id: str
    template: str
    params: dict[str, Param]

    def __new__(cls, id: str, template: str, /, **params: Param) -> Message:
        return cls._make(template.format(**params), id, template, params)

    @classmethod
    def _make(cls, english: str, id: str, template: str, params: dict[str, Param]) -> Message:
        self = super().__new__(cls, english)
        self.id = id
        self.template = template
        self.params = params
        return self

    def __reduce_ex__(self, protocol: Any) -> Any:  # copy and pickle keep the id
        return (Message._make, (str(self), self.id, self.template, self.params))


def unnested(name: str) -> str:
    """A name as a label's parentheses can hold it: its own parenthesis opened into clauses ('FP8 (E4M3, per-tensor
    scale)' → 'FP8, E4M3, per-tensor scale'), so that "Weights ({format})" never nests parentheses."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", name)


def capitalized(text: str) -> str:
    """A clause opening a sentence: capitalized in English (a language without case shows the clause as it is)."""
    return Message._make(text[:1].upper() + text[1:], "capitalized", "{text}", {"text": text})


def worded(english: str, said: Message) -> Message:
    """`said` (its id and figures) written as `english`: a text another program wrote — the system's reason for a
    failed open, pydantic's or the Hub client's words — which the CLI prints exactly as that program wrote it and the
    window says by the id of its kind (core.reasons)."""
    return Message._make(english, said.id, said.template, said.params)


SEPARATORS = {", ": "comma", "; ": "semicolon", " and ": "and", "": "concat"}


def join(parts: list[str], sep: str = ", ") -> str:
    """Clauses joined as English joins them ('a, b, c'); each join is a Message, so the GUI joins its way."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return Message("join." + SEPARATORS[sep], "{first}" + sep + "{rest}", first=parts[0], rest=join(parts[1:], sep))


# A result field that may hold a Message: kept as the instance given (str subclasses are otherwise copied to str).
Text = InstanceOf[str]


def concat(*parts: str) -> str:
    """Sentences (or clauses) one after another, each said in the window's language."""
    return join([p for p in parts if p], "")
