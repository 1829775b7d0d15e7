"""The largest context reserves the workload's image and audio tokens (core.tower_flops.media_tokens): each takes a
context position, as the memory estimate counts them (the KV cache and the text model's activations run over the
whole context), so the largest context that fits holds them, and the text's room is that context less them. A
context below them is no workload at all: the solver then says none fits."""

import pytest

from core.estimate import estimate
from core.fit import explore
from core.sweep import largest_context
from core.tower_flops import media_kind, media_tokens
from tests.core.helpers import scenario


def _voxtral(**workload: object) -> object:
    return scenario("voxtral-mini-3b-2507", workload=workload, gpu={"id": "h100-sxm-80gb"})


def test_media_tokens_by_hand() -> None:
    """Voxtral, 300 s: padded to 10 chunks of 30 s, 1,500 encoder positions × 1,280 regrouped by 5,120 = 375 each →
    3,750. Qwen3-VL-32B, 4 images of 768²: (768 / 16)² = 2,304 patches, merged 2 × 2 → 576 each → 2,304. Gemma 3n,
    one image (256 soft tokens) and 45 s of audio (2 clips of up to 30 s, 188 soft tokens each) → 256 + 376."""
    assert media_tokens(_voxtral(audio_seconds=300)) == (0, 3750)
    assert media_tokens(scenario("qwen3-vl-32b", workload={"images": 4, "image_size": 768})) == (2304, 0)
    assert media_tokens(scenario("gemma-3n-e4b", workload={"images": 1, "audio_seconds": 45})) == (256, 376)
    assert media_tokens(_voxtral()) == (0, 0)
    # named by the kinds the workload holds (the answer's and fit report's words)
    assert media_kind(_voxtral(audio_seconds=300)) == "audio"
    assert media_kind(scenario("qwen3-vl-32b", workload={"images": 4, "image_size": 768})) == "image"
    assert media_kind(scenario("gemma-3n-e4b", workload={"images": 1, "audio_seconds": 45})) == "image and audio"
    assert media_kind(_voxtral()) is None


@pytest.mark.parametrize("preset", ["llama-4-scout-17b-16e", "llama-4-maverick-17b-128e", "internvl3.5-8b"])
def test_pixel_shuffle_tokens_by_hand(preset: str) -> None:
    """A pixel shuffle by a ratio r puts (1/r)² patches in one token. Llama 4 (transformers' Llama4VisionModel drops
    the class token, `hidden_state[:, :-1, :]`, then `pixel_shuffle(…, pixel_shuffle_ratio)` with the default 0.5):
    (448 / 14)² = 1,024 patches a tile → 1,024 × 0.5² = 256 tokens, not 1,024. InternVL3.5 (downsample_ratio 0.5):
    (448 / 14)² = 1,024 → 256. Two images: 512."""
    assert media_tokens(scenario(preset, workload={"images": 2})) == (512, 0)


def test_largest_context_holds_the_audio_tokens() -> None:
    """48 sequences of 300 s each on an H100: the largest context N is the memory's boundary (N fits, N + 1 does
    not; the solver counts the whole context as prompt: output_tokens 0), it holds the 3,750 audio tokens, and the fit
    report says N − 3,750 are left for text."""
    s = _voxtral(audio_seconds=300, context=8192, batch=48, output_tokens=0)
    n = largest_context(s)
    assert n is not None and n > 3750
    assert estimate(s.changed("workload.context", n)).fit.fits
    assert not estimate(s.changed("workload.context", n + 1)).fit.fits
    lim = explore(s).limits
    assert lim.context == n and lim.media_tokens == 3750 and lim.media_kind == "audio"
    assert "3,750" in str(lim.explanations["context_media"])


def test_no_context_fits_when_the_audio_tokens_do_not() -> None:
    """96 sequences of 300 s: the memory allows contexts only below the 3,750 positions the audio takes, so no
    context holding the audio fits — none, not the few thousand tokens a text-only sweep would offer."""
    s = _voxtral(audio_seconds=300, context=8192, batch=96, output_tokens=0)
    assert not estimate(s.changed("workload.context", 3750)).fit.fits
    assert estimate(s.changed("workload.context", 2000)).fit.fits  # memory alone would allow this much
    assert largest_context(s) is None
    assert largest_context(s.changed("workload.audio_seconds", 0)) is not None


@pytest.mark.parametrize("images", [1, 4])
def test_vlm_image_tokens_warned_over_the_context(images: int) -> None:
    """Qwen3-VL's 576 tokens per 768² image in a 1,024-token context: 4 images (2,304) do not fit in it, 1 does."""
    s = scenario("qwen3-vl-32b", workload={"images": images, "image_size": 768, "context": 1024})
    warned = any("2,304" in str(w) for w in estimate(s).warnings)
    assert warned == (images == 4)


def test_pixtral_row_breaks_by_hand() -> None:
    """Mistral Small 3.1 (Pixtral, patch 14, spatial merge 2, image 1,540²): (1,540 / 14 / 2)² = 55 × 55 image tokens,
    and PixtralProcessor ends each of the 55 rows with [IMG_BREAK] (the last with [IMG_END]) — 55 × 56 = 3,080
    context positions an image; at 896²: 32 rows of 32 → 32 × 33 = 1,056."""
    s = scenario("mistral-small-3.1-24b-instruct", workload={"images": 1})
    assert media_tokens(s) == (3080, 0)
    assert media_tokens(s.changed("workload.image_size", 896)) == (1056, 0)


def test_tokens_over_the_context_named_by_the_kinds_the_workload_holds() -> None:
    """Mistral Small 3.1 (Pixtral: image_size 1540, patch_size 14, spatial_merge_size 2 in its config.json):
    (1540 / 14)² = 12,100 patches merged 2 × 2 → 55 rows of 55, each ended by a break token → 3,080 tokens an image, 2
    images 6,160 > a 4,096-token context; the
    warning named "the images' and the audio's soft tokens (6,050 + 0)" for a workload without audio (seen on Xvfb).
    Voxtral's 300 s (3,750 tokens, above) in 2,048: the audio's alone. Gemma 3n's 256 + 376 in 600: both."""

    def said(s: object) -> list[str]:
        return [str(w) for w in estimate(s).warnings if "do not fit in the context" in str(w)]

    images = said(scenario("mistral-small-3.1-24b-instruct", workload={"images": 2, "context": 4096}))
    assert images == [
        "the images' 6,160 soft tokens do not fit in the context of 4,096 tokens: the prompt holds every one of them"
    ]
    audio = said(_voxtral(audio_seconds=300, context=2048))
    assert audio == [
        "the audio's 3,750 soft tokens do not fit in the context of 2,048 tokens: the prompt holds every one of them"
    ]
    both = said(scenario("gemma-3n-e4b", workload={"images": 1, "audio_seconds": 45, "context": 600}))
    assert both == [
        "the images' and the audio's soft tokens (256 + 376) do not fit in the context of 600 tokens: the prompt "
        "holds every one of them"
    ]
