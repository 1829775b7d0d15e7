"""How much data is that in tokens? Text given as bytes (GB), words or characters (Chinese characters included),
images, image–text pairs or hours of audio, converted to the tokens (or images) a model trains on, and back.

Every ratio comes from `resources/data/token_ratios.json`, which names the tokenizer, the language and the
published source with a quote. A conversion carries its formula and the source it used.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import SizingError
from core.messages import Message, Text

DataUnit = Literal["tokens", "gb", "words", "chars", "images", "image-text-pairs", "audio-hours"]
DATA_UNITS: tuple[DataUnit, ...] = ("tokens", "gb", "words", "chars", "images", "image-text-pairs", "audio-hours")
UNIT_WORDS: dict[DataUnit, str] = {
    "tokens": Message("data.unit_tokens", "tokens"),
    "gb": Message("data.unit_gb", "GB of UTF-8 text (10^9 bytes)"),
    "words": Message("data.unit_words", "words"),
    "chars": Message("data.unit_chars", "characters (for Chinese: 汉字)"),
    "images": Message("data.unit_images", "images"),
    "image-text-pairs": Message("data.unit_pairs", "image–text pairs"),
    "audio-hours": Message("data.unit_audio_hours", "hours of audio"),
}
DEFAULT_RATIO = "llama-3-en"


class DataUnitError(SizingError):
    pass


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextRatio(_Frozen):
    id: str
    tokenizer: str
    language: Literal["en", "zh"]
    chars_per_token: float = Field(gt=0)
    words_per_token: float | None = Field(None, gt=0)
    source: str
    quote: str


class SourcedValue(_Frozen):
    value: float = Field(gt=0)
    source: str
    note: str = ""


class _WordsBasis(_Frozen):
    chars_per_word: float = Field(gt=0)
    source: str


class RatioTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str
    text: tuple[TextRatio, ...]
    utf8_bytes_per_char: dict[str, SourcedValue]
    words_per_token_basis: _WordsBasis
    image_tokens: SourcedValue
    audio_tokens_per_second: SourcedValue

    def ratio(self, ratio_id: str) -> TextRatio:
        for r in self.text:
            if r.id == ratio_id:
                return r
        raise DataUnitError(
            Message(
                "data.unknown_ratio",
                "--ratio: unknown ratio '{ratio}' (known: {known})",
                ratio=ratio_id,
                known=", ".join(r.id for r in self.text),
            )
        )


@cache
def ratios() -> RatioTable:
    path = resources.files("resources").joinpath("data", "token_ratios.json")
    try:
        return RatioTable.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise DataUnitError(
            Message("data.broken_table", "resources/data/token_ratios.json is broken: {detail}", detail=str(exc))
        ) from None


class Conversion(_Frozen):
    """An amount of data in its unit and in tokens (or images, for a model that consumes images)."""

    amount: float
    unit: DataUnit
    tokens: float = Field(description="tokens; for an image model, images (samples)")
    sample_unit: Literal["token", "image"] = "token"
    ratio_id: str | None = None
    per_unit: float = Field(description="tokens per one of `unit`")
    formula: str
    explanation: Text
    source: Text


def _words_per_token(r: TextRatio) -> tuple[float, str]:
    if r.words_per_token is not None:
        return r.words_per_token, r.source
    basis = ratios().words_per_token_basis
    return r.chars_per_token / basis.chars_per_word, f"{r.source}; words: {basis.source}"


def tokens_per_unit(
    unit: DataUnit,
    ratio_id: str = DEFAULT_RATIO,
    *,
    tokens_per_image: float | None = None,
    caption_tokens: float | None = None,
) -> tuple[float, str, str]:
    """(tokens per one unit, the formula in words, its source)."""
    t = ratios()
    if unit == "tokens":
        return 1.0, Message("data.tokens_as_given", "tokens as given"), "—"
    if unit in ("gb", "words", "chars"):
        r = t.ratio(ratio_id)
        if unit == "chars":
            return (
                1 / r.chars_per_token,
                Message(
                    "data.per_char",
                    "1 / {chars:g} characters per token ({tokenizer}, {language})",
                    chars=r.chars_per_token,
                    tokenizer=r.tokenizer,
                    language=r.language,
                ),
                r.source,
            )
        if unit == "words":
            if r.language == "zh":
                raise DataUnitError(
                    Message(
                        "data.no_chinese_words",
                        "--unit words: Chinese text is not counted in words; use --unit chars with --ratio {ratio}",
                        ratio=r.id,
                    )
                )
            wpt, src = _words_per_token(r)
            return (
                1 / wpt,
                Message(
                    "data.per_word", "1 / {words:.3g} words per token ({tokenizer})", words=wpt, tokenizer=r.tokenizer
                ),
                src,
            )
        b = t.utf8_bytes_per_char[r.language]
        per = 1e9 / b.value / r.chars_per_token
        return (
            per,
            Message(
                "data.per_gb",
                "10^9 bytes / {bytes:g} UTF-8 bytes per {language} character / {chars:g} characters per token "
                "({tokenizer})",
                bytes=b.value,
                language=r.language,
                chars=r.chars_per_token,
                tokenizer=r.tokenizer,
            ),
            f"{r.source}; bytes: {b.source}",
        )
    img = tokens_per_image if tokens_per_image is not None else t.image_tokens.value
    img_src = (
        Message("data.as_given", "as given (--tokens-per-image)")
        if tokens_per_image is not None
        else t.image_tokens.source
    )
    if unit == "images":
        return img, Message("data.per_image", "{tokens:g} tokens per image", tokens=img), img_src
    if unit == "image-text-pairs":
        if caption_tokens is None:
            raise DataUnitError(
                Message(
                    "data.needs_captions",
                    "--unit image-text-pairs needs --caption-tokens (the mean caption length in tokens)",
                )
            )
        return (
            img + caption_tokens,
            Message(
                "data.per_pair",
                "{image:g} image tokens + {caption:g} caption tokens per pair",
                image=img,
                caption=caption_tokens,
            ),
            img_src,
        )
    a = t.audio_tokens_per_second
    return (
        a.value * 3600,
        Message("data.per_audio_hour", "3,600 s × {rate:g} audio tokens per second (Whisper's encoder)", rate=a.value),
        a.source,
    )


def to_tokens(
    amount: float,
    unit: DataUnit,
    ratio_id: str = DEFAULT_RATIO,
    *,
    image_model: bool = False,
    tokens_per_image: float | None = None,
    caption_tokens: float | None = None,
) -> Conversion:
    """`amount` of `unit` as tokens. For a model that consumes whole images (a CNN, a ViT classifier) the sample is
    the image itself: images (or pairs) count one each and text units are refused."""
    if not amount >= 0 or amount == float("inf"):
        raise DataUnitError(
            Message("data.bad_amount", "--data: the amount must be a finite number ≥ 0, not {amount}", amount=amount)
        )
    if image_model:
        if unit not in ("images", "image-text-pairs"):
            raise DataUnitError(
                Message(
                    "data.images_only",
                    "this model consumes images; give the data in images, not {unit}",
                    unit=UNIT_WORDS[unit],
                )
            )
        return Conversion(
            amount=amount,
            unit=unit,
            tokens=amount,
            sample_unit="image",
            per_unit=1.0,
            formula=f"{amount:,.0f} images",
            explanation=Message("data.image_sample", "an image model's sample is one image"),
            source="—",
        )
    per, words, src = tokens_per_unit(unit, ratio_id, tokens_per_image=tokens_per_image, caption_tokens=caption_tokens)
    tokens = amount * per
    return Conversion(
        amount=amount,
        unit=unit,
        tokens=tokens,
        ratio_id=ratio_id if unit in ("gb", "words", "chars") else None,
        per_unit=per,
        formula=f"{amount:,.6g} × {per:,.6g} = {tokens:,.4g} tokens",
        explanation=Message(
            "data.to_tokens", "{amount:,.6g} {unit} × ({words})", amount=amount, unit=UNIT_WORDS[unit], words=words
        ),
        source=src,
    )


def from_tokens(tokens: float, unit: DataUnit, ratio_id: str = DEFAULT_RATIO, **kw: float | None) -> Conversion:
    """`tokens` expressed in `unit` (the inverse of `to_tokens`): `amount` holds the result."""
    if not tokens >= 0 or tokens == float("inf"):
        raise DataUnitError(
            Message("data.bad_tokens", "--tokens must be a finite number ≥ 0, not {tokens}", tokens=tokens)
        )
    per, words, src = tokens_per_unit(
        unit, ratio_id, tokens_per_image=kw.get("tokens_per_image"), caption_tokens=kw.get("caption_tokens")
    )
    amount = tokens / per
    return Conversion(
        amount=amount,
        unit=unit,
        tokens=tokens,
        ratio_id=ratio_id if unit in ("gb", "words", "chars") else None,
        per_unit=per,
        formula=f"{tokens:,.6g} tokens / {per:,.6g} = {amount:,.4g} {UNIT_WORDS[unit]}",
        explanation=Message("data.from_tokens", "tokens ÷ ({words})", words=words),
        source=src,
    )


def convert(
    amount: float,
    from_unit: DataUnit,
    to_unit: DataUnit,
    ratio_id: str = DEFAULT_RATIO,
    *,
    tokens_per_image: float | None = None,
    caption_tokens: float | None = None,
) -> tuple[Conversion, Conversion]:
    """`amount` of `from_unit` in `to_unit`, through tokens: (amount → tokens, tokens → `to_unit`); the second
    conversion's `amount` is the answer. `sizing convert` and the GUI's converter."""
    there = to_tokens(amount, from_unit, ratio_id, tokens_per_image=tokens_per_image, caption_tokens=caption_tokens)
    back = from_tokens(
        there.tokens, to_unit, ratio_id, tokens_per_image=tokens_per_image, caption_tokens=caption_tokens
    )
    return there, back


_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9, "g": 1e9, "t": 1e12, "p": 1e15}


def format_amount(value: float) -> str:
    """An amount the way parse_amount reads it and model cards write it: '200M', '15T', '1.28M'; with thousands
    separators where no suffix writes it in three significant decimals ('123,456,789'). parse_amount gives the value
    back."""
    for suffix in "ptbmk":  # parse_amount's scales, largest first (G, the same as B, is not written)
        scale = _SCALE[suffix]
        mantissa = value / scale
        if mantissa >= 1 and (mantissa < 1000 or suffix == "p") and round(mantissa, 3) * scale == value:
            return f"{round(mantissa, 3):.3f}".rstrip("0").rstrip(".") + suffix.upper()
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}"


def parse_amount(text: str) -> float:
    """An amount as people write data sizes: '15T' (15 × 10^12), '1.4B', '300 M', '2.5e12', '1,000,000'.
    K, M, B/G, T and P are powers of 1,000 (the way model cards count tokens)."""
    t = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    scale = 1.0
    if t and t[-1].lower() in _SCALE:
        scale = _SCALE[t[-1].lower()]
        t = t[:-1]
    try:
        value = float(t) * scale
    except ValueError:
        raise DataUnitError(
            Message(
                "data.not_an_amount",
                "'{text}' is not an amount (write e.g. 15T, 1.4B, 2.5e12 or 1,000,000)",
                text=text,
            )
        ) from None
    if not value >= 0 or value == float("inf"):
        raise DataUnitError(
            Message("data.negative_amount", "'{text}': the amount must be a finite number ≥ 0", text=text)
        )
    return value
