"""Tokens ↔ text size, images and audio (core.data_units, `sizing convert`): each ratio against its source."""

import json

import pytest

from core import cli, data_units


def test_every_ratio_has_a_source_and_a_quote_holding_its_number() -> None:
    t = data_units.ratios()
    assert len(t.text) >= 6
    for r in t.text:
        assert r.source and r.quote
        written = {
            "llama-3-en": "3.94",
            "llama-2-en": "3.17",
            "openai-en": "4 chars",
            "deepseek-en": "0.3 token",
            "deepseek-zh": "0.6 token",
            "qwen-zh": "1.5-1.8",
            "cohere-multilingual-en": "4.8",
            "cohere-multilingual-zh": "1.1",
        }[r.id]
        assert written in r.quote


def test_openai_rule_of_thumb() -> None:
    # OpenAI: 1 token ≈ 4 characters ≈ ¾ of a word; 100 tokens ≈ 75 words. 10 GB of ASCII English = 10e9
    # characters = 2.5e9 tokens.
    assert data_units.to_tokens(75, "words", "openai-en").tokens == pytest.approx(100)
    assert data_units.to_tokens(10, "gb", "openai-en").tokens == pytest.approx(2.5e9)
    assert data_units.from_tokens(2.5e9, "gb", "openai-en").amount == pytest.approx(10)


def test_chinese_characters_and_bytes() -> None:
    # DeepSeek: 1 Chinese character ≈ 0.6 token → 1e6 characters = 6e5 tokens. UTF-8 stores a CJK ideograph in
    # 3 bytes, so 3 GB of Chinese text is 1e9 characters; at Qwen's 1.65 characters per token, 6.06e8 tokens.
    assert data_units.to_tokens(1e6, "chars", "deepseek-zh").tokens == pytest.approx(6e5)
    assert data_units.to_tokens(3, "gb", "qwen-zh").tokens == pytest.approx(1e9 / 1.65)
    with pytest.raises(data_units.DataUnitError, match="not counted in words"):
        data_units.to_tokens(1, "words", "qwen-zh")


def test_llama3_tokenizer_is_more_compact_than_llama2() -> None:
    # Llama 3 paper: 3.17 → 3.94 characters per token on English: the same text is 3.17 / 3.94 = 0.805 as many tokens
    a = data_units.to_tokens(1, "gb", "llama-3-en").tokens
    b = data_units.to_tokens(1, "gb", "llama-2-en").tokens
    assert a / b == pytest.approx(3.17 / 3.94)


def test_images_pairs_and_audio() -> None:
    # LLaVA-1.5: (336 / 14)² = 576 tokens per image; Whisper: 16,000 Hz / (2 × 160 samples) = 50 tokens per second,
    # 180,000 per hour
    assert data_units.to_tokens(1000, "images").tokens == pytest.approx(576_000)
    assert data_units.to_tokens(10, "image-text-pairs", caption_tokens=24).tokens == pytest.approx(6000)
    assert data_units.to_tokens(2, "audio-hours").tokens == pytest.approx(360_000)
    with pytest.raises(data_units.DataUnitError, match="caption-tokens"):
        data_units.to_tokens(10, "image-text-pairs")
    img = data_units.to_tokens(1.28e6, "images", image_model=True)
    assert img.tokens == 1.28e6 and img.sample_unit == "image"


def test_cli_convert(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["convert", "2.5e9", "--from", "tokens", "--ratio", "openai-en", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["to"]["unit"] == "gb"
    assert data["to"]["amount"] == pytest.approx(10)
    assert cli.main(["convert", "--list"]) == 0
    out = capsys.readouterr().out
    assert "qwen-zh" in out and "arXiv:2407.21783" in out
    assert cli.main(["convert", "-5", "--from", "gb"]) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [("15T", 15e12), ("1.4 B", 1.4e9), ("300M", 3e8), ("2.5e12", 2.5e12), ("1,000,000", 1e6), ("7k", 7000)],
)
def test_amounts_as_model_cards_write_them(text: str, value: float) -> None:
    # Llama 3: "pretrained on over 15T tokens" = 15 × 10^12
    assert data_units.parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2e8, "200M"),  # the training planner showed the scenario's 200 M training tokens as "2e+08"
        (15e12, "15T"),  # Llama 3's 15T tokens
        (1.28e6, "1.28M"),  # an ImageNet epoch
        (1.4e9, "1.4B"),
        (7000, "7K"),
        (123_456_789, "123,456,789"),  # no suffix writes it in three decimals
        (1234.5, "1,234.5"),
        (999, "999"),
        (0, "0"),
    ],
)
def test_amounts_are_written_as_model_cards_write_them_and_read_back(value: float, text: str) -> None:
    assert data_units.format_amount(value) == text
    assert data_units.parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "lots", "-3", "inf"])
def test_bad_amounts_are_named(text: str) -> None:
    with pytest.raises(data_units.DataUnitError):
        data_units.parse_amount(text)


def test_convert_goes_through_tokens() -> None:
    # OpenAI's rule of thumb: 10 GB of English text = 10e9 characters = 2.5e9 tokens = 2.5e9 × 3/4 words
    there, back = data_units.convert(10, "gb", "words", "openai-en")
    assert there.tokens == pytest.approx(2.5e9)
    assert back.amount == pytest.approx(1.875e9)
