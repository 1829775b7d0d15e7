"""Builders for audio-language configs: a Whisper-style audio encoder beside a text model. One function per family,
registered in BUILDERS (merged with the other builders by the config reader)."""

from __future__ import annotations

from collections.abc import Callable

from core.architecture import Architecture, AttentionSpec, AudioSpec, MlpSpec, Norm, StackSpec
from core.importers.hf_decoder import decoder_lm
from core.importers.hf_families import code_traits
from core.importers.hf_models import _text_family
from core.importers.hf_reader import ConfigReader

# audio_config keys that change no count: dropouts, init, the encoder's unused Whisper vocabulary, the embedding scale
# flag, and head_dim / num_key_value_heads (transformers' VoxtralEncoder builds full multi-head attention over
# hidden_size / num_attention_heads whatever they say: the same count on meta with head_dim 32 and 5 kv heads)
_INERT_AUDIO = (
    "activation_dropout", "activation_function", "attention_dropout", "dropout", "initializer_range", "layerdrop",
    "scale_embedding", "vocab_size", "model_type", "head_dim", "num_key_value_heads",
)  # fmt: skip


def _voxtral(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Voxtral (transformers' VoxtralForConditionalGeneration, 5.25). The audio tower is Whisper's encoder
    (VoxtralEncoder: conv1 num_mel_bins → h and conv2 h → h, kernel 3, with biases; a learned position table of
    max_source_positions rows; pre-LayerNorm blocks of q/k/v/o with k_proj unbiased and a GELU MLP of
    intermediate_size; a final LayerNorm). The projector (VoxtralMultiModalProjector) is linear_1 (the audio
    intermediate_size — four encoder frames stacked — → text hidden) and linear_2 (text hidden → text hidden), both
    without bias: counted as the architecture's extra parameters. The text model is a table family. No cross
    attention: the projected audio frames are spliced into the text sequence."""
    t = c.sub("text_config")
    a = c.sub("audio_config")
    text_mt = t.str("model_type", default="llama")
    text = decoder_lm(t, _text_family(t, text_mt), text_mt, name, top=c)
    assert text.decoder is not None
    h = a.int("hidden_size", "d_model")
    heads = a.int("num_attention_heads", "encoder_attention_heads")
    ff = a.int("intermediate_size", "encoder_ffn_dim")
    for k in _INERT_AUDIO:
        a.get(k, default=None, note=False)
    for k in ("audio_token_id", "projector_hidden_act", "hidden_size", "vocab_size"):
        c.get(k, default=None, note=False)
    encoder = StackSpec(
        num_layers=a.int("num_hidden_layers", "encoder_layers"),
        hidden_size=h,
        attention=AttentionSpec.mha(heads, h, k_bias=False),
        mlp=MlpSpec(intermediate_size=ff, gated=False, activation="gelu", bias=True),
        norm=Norm.LAYER,
        norms_per_layer=2,
        causal=False,
    )
    src = a.int("max_source_positions", default=1500, note=False)
    text_h = text.decoder.hidden_size
    return text.model_copy(
        update={
            "family": mt,
            **code_traits(text_mt),  # the text model's code runs it (hf_config._wrapped_text_type)
            "kind": "encoder-decoder",
            "encoder": encoder,
            "audio": AudioSpec(num_mel_bins=a.int("num_mel_bins", default=128, note=False), max_source_positions=src),
            "encoder_learned_position_rows": src,
            "extra_params": text.extra_params + ff * text_h + text_h * text_h,
        }
    )


BUILDERS: dict[str, Callable[[ConfigReader, str, str], Architecture]] = {"voxtral": _voxtral}
