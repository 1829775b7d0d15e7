"""Errors the engine raises for bad input. Each message names the input and the rule it broke."""

from __future__ import annotations

from typing import ClassVar

from core.messages import Message


class SizingError(ValueError):
    """Base class: a problem with the user's input, shown to them verbatim."""


class ModelFormatError(SizingError):
    """A model file (config.json, safetensors, GGUF) is malformed, truncated or unsupported. The message is a
    `Message` (the same English, the file named first) so that the window can say a `problem` given as a Message
    in its own language; `str(error)` is the English."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(Message("error.model_format", "{source}: {problem}", source=source, problem=problem))


class UnknownIdError(SizingError):
    """A catalogue id (GPU, model preset, quantization format) that does not exist."""

    LISTS: ClassVar[dict[str, str]] = {
        "gpu": "see `sizing gpus` for the list",
        "model": "see `sizing models` for the list",
    }

    def __init__(self, what: str, given: str, known: list[str]) -> None:
        g = given.lower().replace("_", "-")
        close = [k for k in known if g and (g in k or k in g)][:5]
        if close:
            hint = Message("error.did_you_mean", "; did you mean {close}?", close=", ".join(close))
        elif what == "gpu":  # (the window says "pick one from the GPU list": gui.fields.in_window_words)
            hint = Message("error.see_gpus", "; see `sizing gpus` for the list")
        elif what == "model":
            hint = Message("error.see_models", "; see `sizing models` for the list")
        else:
            hint = Message("error.known_ids", "; known: {ids}", ids=", ".join(sorted(known)[:40]))
        if what == "gpu":
            said = Message("error.unknown_gpu", "unknown gpu '{given}'{hint}", given=given, hint=hint)
        elif what == "model":
            said = Message("error.unknown_model", "unknown model '{given}'{hint}", given=given, hint=hint)
        elif what == "weight format":
            said = Message("error.unknown_format", "unknown weight format '{given}'{hint}", given=given, hint=hint)
        elif what == "KV-cache type":
            said = Message("error.unknown_kv_type", "unknown KV-cache type '{given}'{hint}", given=given, hint=hint)
        else:
            said = Message("error.unknown_id", "unknown {what} '{given}'{hint}", what=what, given=given, hint=hint)
        super().__init__(said)
