"""Reading values out of a Hugging Face `config.json`: every number validated where it enters, every key that was
read remembered (so that the importer can tell which keys of a config it did not understand), and transformers'
own config-class defaults filled in for keys a config omits.

A number is accepted only if it is finite, integral where it must be, and within a bound no real model reaches;
the refusal names the key and the bound."""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from core.architecture import MAX_LAYERS, MAX_POSITIONS, MAX_VOCAB, MAX_WIDTH
from core.errors import ModelFormatError
from core.messages import Message

_MISSING = object()

# Upper bounds per key (a value above is a corrupt or hostile file, refused by name); other integers: MAX_OTHER.
_LIMITS: dict[str, int] = {
    **dict.fromkeys(
        ("num_hidden_layers", "n_layer", "num_layers", "n_layers", "depth", "num_decoder_layers", "encoder_layers",
         "decoder_layers", "first_k_dense_replace", "num_nextn_predict_layers"),
        MAX_LAYERS,
    ),
    **dict.fromkeys(("vocab_size", "padded_vocab_size"), MAX_VOCAB),
    **dict.fromkeys(
        ("max_position_embeddings", "n_positions", "seq_length", "model_max_length", "max_sequence_length",
         "sliding_window", "attention_chunk_size", "n_ctx", "max_source_positions", "max_target_positions"),
        MAX_POSITIONS,
    ),
}  # fmt: skip
MAX_OTHER = MAX_WIDTH
# Keys that are sizes or counts a model cannot have zero of (every builder divides by or multiplies with them)
_POSITIVE = frozenset(
    (
        "hidden_size", "n_embd", "n_embed", "d_model", "embed_dim", "num_hidden_layers", "n_layer", "num_layers",
        "n_layers", "depth", "num_attention_heads", "n_head", "num_heads", "num_key_value_heads", "n_head_kv",
        "num_kv_heads", "multi_query_group_num", "head_dim", "kv_channels", "d_kv", "intermediate_size", "n_inner",
        "ffn_hidden_size", "d_ff", "ffn_dim", "encoder_layers", "decoder_layers", "encoder_attention_heads",
        "decoder_attention_heads", "encoder_ffn_dim", "decoder_ffn_dim", "patch_size", "image_size",
        "num_experts_per_tok", "moe_intermediate_size", "linear_num_key_heads", "linear_num_value_heads",
        "linear_key_head_dim", "linear_value_head_dim", "mamba_num_heads", "mamba_head_dim", "ssm_state_size",
        "state_size", "conv_kernel", "conv_L_cache", "kv_lora_rank", "qk_nope_head_dim", "qk_rope_head_dim",
        "v_head_dim", "index_n_heads", "index_head_dim", "spatial_merge_size", "num_mel_bins",
    )
)  # fmt: skip


@cache
def class_defaults() -> dict[str, dict[str, Any]]:
    """transformers' config-class defaults (resources/hf_config_defaults.json, generated from transformers)."""
    text = resources.files("resources").joinpath("hf_config_defaults.json").read_text(encoding="utf-8")
    table: dict[str, dict[str, Any]] = json.loads(text)["defaults"]
    return table


# Keys that name the same thing in different families; a default never overrides an alias the config uses.
ALIASES = [
    {"hidden_size", "n_embd", "n_embed", "d_model", "embed_dim"},
    {"num_hidden_layers", "n_layer", "num_layers", "n_layers", "depth"},
    {"num_attention_heads", "n_head", "num_heads"},
    {"intermediate_size", "n_inner", "ffn_hidden_size", "d_ff", "ffn_dim"},
    {"max_position_embeddings", "n_positions", "n_ctx", "seq_length"},
    {"vocab_size", "padded_vocab_size"},
]
# Defaults that transformers derives from other keys (head_dim = hidden / heads ...): never injected.
_DERIVED = {
    "head_dim",
    "num_key_value_heads",
    "num_kv_heads",
    "num_decoder_layers",
    "ffn_hidden_size",
    "n_inner",
    "kv_channels",
    "multi_query_group_num",
    "time_step_rank",
    "layer_types",
    "sliding_window_pattern",
    "mamba_d_head",  # "auto" in Granite 4's and Falcon-H1's classes: the Mamba width over its heads
}


def _is_derived(key: str, value: Any, defaults: Mapping[str, Any]) -> bool:
    """A default that transformers computes from other keys, rather than a value of its own (Gemma's head_dim=256
    is its own; Llama's head_dim=128 is hidden_size / heads)."""
    hidden, heads = defaults.get("hidden_size"), defaults.get("num_attention_heads")
    if key == "head_dim" and isinstance(hidden, int) and isinstance(heads, int) and heads:
        return bool(value == hidden // heads)
    if key in ("num_key_value_heads", "num_kv_heads"):
        return value is None or value == heads
    return True


def with_defaults(data: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """The config with the keys its transformers config class would fill in (the first table found)."""
    present = {k for k, v in data.items() if v is not None}
    for key in keys:
        if key in class_defaults():
            merged: dict[str, Any] = {}
            defaults = class_defaults()[key]
            for k, v in defaults.items():
                if k in data or (k in _DERIVED and _is_derived(k, v, defaults)):
                    continue
                if any(k in group and group & present for group in ALIASES):
                    continue
                merged[k] = v
            merged.update(data)
            return merged
    return dict(data)


def _show(v: Any) -> str:
    if isinstance(v, float) and not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")  # as the JSON file spells it
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "…"


class ConfigReader:
    """Key lookup over one (sub-)config that validates values, records assumptions in `notes`, remembers which keys
    were read (`used`, shared with sub-readers, keys prefixed with their path) and names missing keys in errors."""

    def __init__(
        self,
        data: Mapping[str, Any],
        source: str,
        notes: list[str],
        prefix: str = "",
        used: set[str] | None = None,
        raw: Mapping[str, Any] | None = None,
    ) -> None:
        self.d = data
        self.raw = data if raw is None else raw  # the keys the file itself holds (before defaults were added)
        self.source = source
        self.notes = notes
        self.prefix = prefix
        self.used: set[str] = set() if used is None else used

    def sub(self, key: str) -> ConfigReader:
        val = self.d.get(key)
        if not isinstance(val, Mapping):
            raise ModelFormatError(
                self.source, Message("import.not_object", "'{key}' must be an object", key=self.prefix + key)
            )
        self.used.add(self.prefix + key)
        parent = str(self.d.get("model_type") or "")
        merged = with_defaults(val, str(val.get("model_type") or ""), f"{parent}.{key}")
        return ConfigReader(merged, self.source, self.notes, f"{self.prefix}{key}.", self.used, raw=val)

    def sub_or_default(self, key: str) -> ConfigReader:
        """A nested config, or, where the file names none, the one transformers' config class builds by default
        (Llama 4's published configs have no vision_config, yet transformers builds a vision tower)."""
        if self.d.get(key) is not None:
            return self.sub(key)
        table = f"{self.d.get('model_type') or ''}.{key}"
        if table not in class_defaults():
            raise ModelFormatError(self.source, Message("import.missing_key", "missing '{key}'", key=self.prefix + key))
        self.notes.append(
            Message(
                "config.sub_default",
                "{key} not given; transformers' default ({table}) assumed",
                key=self.prefix + key,
                table=table,
            )
        )
        return ConfigReader(with_defaults({}, table), self.source, self.notes, f"{self.prefix}{key}.", self.used, {})

    def has(self, *keys: str) -> builtins.bool:
        return any(self.d.get(k) is not None for k in keys)

    def raw_has(self, *keys: str) -> builtins.bool:
        """The file itself sets one of `keys` (not a default filled in from transformers)."""
        return any(self.raw.get(k) is not None for k in keys)

    def get(self, *keys: str, default: Any = _MISSING, note: builtins.bool = True) -> Any:
        for k in keys:
            v = self.d.get(k)
            if v is not None:
                self.used.add(self.prefix + k)
                return v
        if default is _MISSING:
            names = " / ".join(f"'{self.prefix}{k}'" for k in keys)
            raise ModelFormatError(self.source, Message("import.missing_keys", "missing {keys}", keys=names))
        if note and default is not None:
            self.notes.append(
                Message(
                    "config.default", "{key} not given; assumed {default}", key=self.prefix + keys[0], default=default
                )
            )
        return default

    def _key_of(self, keys: tuple[str, ...]) -> str:
        for k in keys:
            if self.d.get(k) is not None:
                return k
        return keys[0]

    def int(self, *keys: str, default: Any = _MISSING, note: builtins.bool = True) -> builtins.int:
        v = self.get(*keys, default=default, note=note)
        key = self.prefix + self._key_of(keys)
        if (
            isinstance(v, bool)
            or not isinstance(v, int | float)
            or (isinstance(v, float) and (not math.isfinite(v) or not v.is_integer()))
        ):
            raise ModelFormatError(
                self.source,
                Message("import.not_integer", "'{key}' must be an integer, not {value}", key=key, value=_show(v)),
            )
        n = int(v)
        name = self._key_of(keys)
        limit = _LIMITS.get(name, MAX_OTHER)
        if n < 0 or n > limit:
            raise ModelFormatError(
                self.source,
                Message(
                    "import.out_of_range", "'{key}' {n:,} is out of range (0 to {limit:,})", key=key, n=n, limit=limit
                ),
            )
        if n == 0 and name in _POSITIVE:
            raise ModelFormatError(
                self.source, Message("import.not_positive", "'{key}' must be a positive integer, not 0", key=key)
            )
        return n

    def opt_int(self, *keys: str) -> builtins.int | None:
        v = self.get(*keys, default=None)
        return None if v is None else self.int(*keys)

    def float(self, *keys: str, default: builtins.float | None = None) -> builtins.float | None:
        """A finite number (rates, scales); `default` when absent."""
        v = self.get(*keys, default=default, note=False)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_number",
                    "'{key}' must be a number, not {value}",
                    key=self.prefix + self._key_of(keys),
                    value=_show(v),
                ),
            )
        return builtins.float(v)

    def rate(self, *keys: str, default: builtins.float = 0.0) -> builtins.float:
        """A probability such as a dropout rate: a number in [0, 1)."""
        v = self.float(*keys, default=default)
        assert v is not None
        if not 0.0 <= v < 1.0:
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_rate",
                    "'{key}' must be in [0, 1), not {value:g}",
                    key=self.prefix + self._key_of(keys),
                    value=v,
                ),
            )
        return v

    def bool(self, *keys: str, default: builtins.bool = False, note: builtins.bool = False) -> builtins.bool:
        v = self.get(*keys, default=default, note=note)
        if not isinstance(v, bool):
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_bool",
                    "'{key}' must be true or false, not {value}",
                    key=self.prefix + self._key_of(keys),
                    value=_show(v),
                ),
            )
        return v

    def str(self, *keys: str, default: builtins.str = "") -> builtins.str:
        v = self.get(*keys, default=default, note=False)
        if not isinstance(v, builtins.str):
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_string",
                    "'{key}' must be a string, not {value}",
                    key=self.prefix + self._key_of(keys),
                    value=_show(v),
                ),
            )
        return v

    def int_list(self, key: builtins.str, length: builtins.int | None = None) -> list[builtins.int]:
        """A list of integers (layer indices and the like), each validated, at most MAX_LAYERS long."""
        v = self.get(key)
        name = self.prefix + key
        if not isinstance(v, list) or len(v) > MAX_LAYERS:
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_int_list", "'{key}' must be a list of at most {n:,} integers", key=name, n=MAX_LAYERS
                ),
            )
        out = []
        for x in v:
            if isinstance(x, bool) or not isinstance(x, int) or not 0 <= x <= MAX_OTHER:
                raise ModelFormatError(
                    self.source,
                    Message(
                        "import.list_item",
                        "'{key}' holds {value}, not a non-negative integer",
                        key=name,
                        value=_show(x),
                    ),
                )
            out.append(x)
        if length is not None and len(out) != length:
            raise ModelFormatError(
                self.source,
                Message(
                    "import.list_length",
                    "'{key}' lists {n} values for {layers} layers",
                    key=name,
                    n=len(out),
                    layers=length,
                ),
            )
        return out

    def str_list(self, key: builtins.str, length: builtins.int | None = None) -> list[builtins.str]:
        v = self.get(key)
        name = self.prefix + key
        if not isinstance(v, list) or len(v) > MAX_LAYERS or not all(isinstance(x, builtins.str) for x in v):
            raise ModelFormatError(
                self.source,
                Message(
                    "import.not_str_list", "'{key}' must be a list of at most {n:,} strings", key=name, n=MAX_LAYERS
                ),
            )
        if length is not None and len(v) != length:
            raise ModelFormatError(
                self.source,
                Message(
                    "import.layer_list_length",
                    "'{key}' lists {n} layers but the model has {layers}",
                    key=name,
                    n=len(v),
                    layers=length,
                ),
            )
        return list(v)
