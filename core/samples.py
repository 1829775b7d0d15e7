"""What one sample of a model is: a token, an image or an audio frame. Every speed label, data field and chart
axis that names the unit reads it here (`sample_unit`), so a CNN's training speed is never printed as tokens/s."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from core.architecture import Architecture

UnitName = Literal["token", "image", "audio frame"]


class SampleUnit(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: UnitName
    plural: str
    why: str

    def count(self, n: float) -> str:
        """'1 image', '3 tokens'."""
        return f"{n:,.0f} {self.name if n == 1 else self.plural}"

    @property
    def per_second(self) -> str:
        return f"{self.plural}/s"


_PLURAL: dict[UnitName, str] = {"token": "tokens", "image": "images", "audio frame": "audio frames"}


def _unit(name: UnitName, why: str) -> SampleUnit:
    return SampleUnit(name=name, plural=_PLURAL[name], why=why)


def is_image_model(arch: Architecture) -> bool:
    """A CNN or a vision transformer with no language stack: it consumes whole images."""
    return arch.cnn is not None or (arch.decoder is None and arch.encoder is None and arch.vision is not None)


def sample_unit(arch: Architecture) -> SampleUnit:
    """The unit a model consumes: images for CNNs and image classifiers, audio frames for an audio encoder with no
    text stack, tokens for everything with a text decoder or encoder (a VLM's or Whisper's speed is its tokens)."""
    if is_image_model(arch):
        return _unit("image", "a CNN or vision transformer classifies whole images")
    if arch.audio is not None and arch.decoder is None and arch.encoder is None:
        return _unit("audio frame", "an audio encoder consumes log-mel frames")
    return _unit("token", "a language stack consumes and produces tokens")
