"""The engine's words in the window's language. `core` speaks English (the CLI's output is English and stays so)
and gives its user-visible results stable ids: memory items' `key`, phases, parameter components, fit-explorer
format badges — and every text it composes from figures (an item's label, a warning, a note, an explanation, the
expected error, a suggestion) is a `core.messages.Message`: the English string that also carries its template's id
and its figures. `engine_text` says such a text in the window's language: the template by its id from the catalogue
(gui/engine_messages.py, translated in resources/i18n), the same figures filled in, byte counts in the window's
unit. A text whose id is not in the catalogue, or whose English template has moved on since the catalogue was
written, shows the engine's English: never a blank, never a stale sentence."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from core import stacks
from core.fit import Layout, Suggestion
from core.messages import Bytes, Message, Size, unnested
from core.result import Estimate, Item
from core.scenario import Scenario
from core.units import format_bytes
from gui.engine_messages import SOURCES

translate = QCoreApplication.translate


class _WindowBytes(float):
    """A `Bytes` or `Size` figure written in the window's unit (GiB or GB), as gui.format.fmt_bytes writes it."""

    unit = "GiB"

    def __format__(self, spec: str) -> str:
        return float.__format__(float(self), spec) if spec else format_bytes(float(self), self.unit)


def _param(name: str, value: Any, unit: str) -> Any:
    if name.startswith("field") and isinstance(value, str):  # a scenario field's path: its name in the window
        from gui.fields import field_label

        return field_label("runtime.name" if value == "runtime" else value)
    if name == "components" and isinstance(value, str):  # parameter groups by id ('attention, mlp'): their names
        return list_separator().join(component_text(c) for c in value.split(", "))
    if isinstance(value, Message):
        return engine_text(value, unit)
    if name in ("format", "stack") and isinstance(value, str):  # a weight format's or a training stack's name
        return name_text(value)
    if name in ("gpu", "model") and isinstance(value, str):  # a GPU's or a preset's catalogue name
        return catalogue_name(value)
    if isinstance(value, Bytes | Size):
        shown = _WindowBytes(value)
        shown.unit = unit
        return shown
    return value


@functools.lru_cache(maxsize=2048)
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None)


_FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_OPEN, _CLOSE = "\x02", "\x03"  # around a value put into a template (control characters no text holds)
# the space between a Chinese word and a value that begins or ends with one (the markers stay; dropped after)
_SPACED = re.compile(f"(?<={_HAN.pattern}) (?={_OPEN}{_HAN.pattern})|(?<={_HAN.pattern}{_CLOSE}) (?={_HAN.pattern})")


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each catalogue template as a pattern that matches the English it makes, its figures captured."""
    out: list[tuple[int, str, re.Pattern[str]]] = []
    for id_, template in SOURCES.items():
        regex, seen = "", set()
        for part in re.split(r"(\{\w+(?:![rsa])?(?::[^{}]*)?\})", template.replace("{{", "{").replace("}}", "}")):
            field = _FIELD.fullmatch(part)
            if field is None:
                regex += re.escape(part)
            elif field[1] in seen:
                regex += f"(?P={field[1]})"
            else:
                seen.add(field[1])
                regex += f"(?P<{field[1]}>.*?)"
        if len(re.findall(r"[A-Za-z]", _FIELD.sub("", template))) >= 10:  # not a bare clause joint ('{a}; {b}')
            out.append((len(_FIELD.sub("", template)), id_, re.compile(regex, re.S)))
    return [(id_, pattern) for _n, id_, pattern in sorted(out, key=lambda row: -row[0])]  # the most specific first


def recognized(text: str) -> str:
    """The engine's English read back (from a saved file, where a text has lost its id): the template it was made
    from, when one makes exactly this text, with the figures as the English wrote them."""
    if isinstance(text, Message) or not text:
        return text
    for id_, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match:
            return Message._make(text, id_, SOURCES[id_], match.groupdict())
    return text


_SHOWN: dict[tuple[str, str, str, str], str] = {}  # (id, English, unit, language) → the text as shown


def engine_text(text: str, unit: str = "GiB") -> str:
    """A text from the engine in the window's language (the English as the engine wrote it when it has no id, or
    none in the catalogue). Each edit re-estimates and re-labels everything, mostly with the same texts: a text
    already said in this language and unit is looked up, not formatted again."""
    if not isinstance(text, Message):
        return text
    key = (text.id, str(text), unit, translate("Engine", "Weights"))  # the last: which language is installed
    shown = _SHOWN.get(key)
    if shown is None:
        if len(_SHOWN) > 4096:
            _SHOWN.clear()
        shown = _SHOWN[key] = _say(text, unit)
    return shown


def _say(text: Message, unit: str) -> str:
    source = SOURCES.get(text.id)
    if source != text.template:
        return str(text)
    translated = translate("Engine", source)
    if not _fields(translated) <= _fields(source):  # a translation that invents a figure: the English
        translated = source
    if text.params and all(type(v) is str for v in text.params.values()):
        translated = _FIELD.sub(lambda m: "{" + m[1] + "}", translated)  # figures read back as text: no format spec
    params = {k: _param(k, v, unit) for k, v in text.params.items()}
    if _HAN.search(translated) and "{{" not in translated and "}}" not in translated:
        # a Chinese template spaces a figure or a Latin name off its words ('config.json 不是有效的 JSON');
        # a value that is itself a Chinese word takes no space there ('内容不是', not '内容 不是')
        marked = _FIELD.sub(lambda m: _OPEN + m[0] + _CLOSE, translated).format(**params)
        shown = _SPACED.sub("", marked).replace(_OPEN, "").replace(_CLOSE, "")
    else:
        shown = translated.format(**params)
    if text.id == "capitalized" and translate("Engine", "Weights") == "Weights":  # English, as the CLI writes it
        return shown[:1].upper() + shown[1:]
    return shown  # a language without capitals says the clause as it is ("fp8 KV 缓存", not "Fp8 KV 缓存")


def name_text(name: str) -> str:
    """A weight format's or a training stack's name in the window's language ('FP8 (E4M3, per-tensor scale)' →
    'FP8（E4M3，逐张量缩放）'): its proper names kept, its descriptive words translated (context "Names", listed in
    gui/format_names.py). The form a label's parentheses hold ('FP8, E4M3, per-tensor scale', core.messages.unnested)
    is said the same way; a name with no translation (a GGUF file type, a custom format) stays as it is."""
    if isinstance(name, Message):
        return engine_text(name)
    said = translate("Names", name)
    if said != name:
        return str(said)
    whole = _unnested_names().get(name)
    if whole is None:
        return name
    return name_text(whole) if name == str(whole) else _opened(name_text(whole))


def catalogue_name(name: str) -> str:
    """A model preset's or a GPU's catalogue name in the window's language: the product's name kept, the descriptive
    words in parentheses at its end said in the window's language (context "Names", listed in gui/name_descriptors.py):
    'NVIDIA B200 (HGX/DGX, per GPU)' → 'NVIDIA B200（HGX/DGX，每 GPU）'. A name without them stays as it is."""
    m = _DESCRIPTOR.search(name)
    if m is None:
        return name
    said = translate("Names", m[1])
    return name if said == m[1] else f"{name[: m.start()]}（{said}）"


_DESCRIPTOR = re.compile(r" \(([^()]*)\)$")  # as tools/i18n/names_catalogue.py finds them


def _opened(name: str) -> str:
    """core.messages.unnested for a translated name, whose parentheses may be full-width ('FP8（E4M3，逐张量缩放）' →
    'FP8，E4M3，逐张量缩放')."""
    return re.sub(r"（([^（）]*)）", r"，\1", unnested(name))


@functools.lru_cache(maxsize=1)
def _unnested_names() -> dict[str, str]:
    from core.stacks import STACKS
    from gui.format_names import NAMES

    whole = [*NAMES, *(s.name for s in STACKS.values())]  # a stack's Message name: said through the Engine context
    out = {unnested(n): n for n in whole if unnested(n) != n}
    out.update({str(n): n for n in whole if isinstance(n, Message)})  # its English, read back as plain text
    return out


def list_separator() -> str:
    """What separates the items of a list in the window's language (', ' in English): the engine's own joint."""
    return str(translate("Engine", SOURCES["join.comma"]).format(first="", rest=""))


def is_image_model(scenario: Scenario) -> bool:
    """Images in, no token axis: CNNs and image classifiers (the engine's `fit._image_model`)."""
    arch = scenario.model.architecture
    return arch.cnn is not None or (arch.decoder is None and arch.encoder is None and arch.vision is not None)


# an item's name by its key, each translated only when asked for (a label is one lookup, not the 33 of a table
# built on every call: the answer and the breakdown's legend ask for a dozen labels an edit)
_ITEM_NAMES: dict[str, Callable[[], str]] = {
    "weights": lambda: translate("Engine", "Weights"),
    "kv_cache": lambda: translate("Engine", "KV cache"),
    "recurrent_state": lambda: translate("Engine", "Recurrent state"),
    "activations": lambda: translate("Engine", "Transient activations"),
    "gradients": lambda: translate("Engine", "Gradients"),
    "optimizer_states": lambda: translate("Engine", "Optimizer states"),
    "optimizer_temporaries": lambda: translate("Engine", "Optimizer-step temporaries"),
    "cuda_context": lambda: translate("Engine", "CUDA context & libraries"),
    "allocator_slack": lambda: translate("Engine", "Allocator slack (fragmentation)"),
    "dequant_buffer": lambda: translate("Engine", "Dequantized weight (prefill)"),
    "dequant_transient": lambda: translate("Engine", "Dequantized weight (per matmul)"),
    "master_weights": lambda: translate("Engine", "fp32 master weights"),
    "autocast_weights": lambda: translate("Engine", "16-bit weight copies (autocast)"),
    "adapter_weights": lambda: translate("Engine", "LoRA adapters"),
    "logits": lambda: translate("Engine", "Logits and loss"),
    "gathered_params": lambda: translate("Engine", "Gathered parameters (ZeRO-3/FSDP)"),
    "zero_buckets": lambda: translate("Engine", "ZeRO reduce buckets"),
    "ddp_buckets": lambda: translate("Engine", "DDP all-reduce buckets"),
    "runtime_overhead": lambda: translate("Engine", "vLLM non-torch memory"),
    "sglang_overhead": lambda: translate("Engine", "SGLang metadata and communication"),
    # the stacks' and engines' own buffers (core/stacks.py, core/memory/engines.py): each names its framework
    "fp32_grad_partition": lambda: translate("Engine", "fp32 gradient partition (DeepSpeed step)"),
    "stream_pool": lambda: translate("Engine", "Cached in the reduce-scatter stream's pool (FSDP2)"),
    "fsdp_unsharded_grads": lambda: translate("Engine", "Unsharded fp32 gradients across micro-batches (FSDP2 + PP)"),
    "fsdp_reduce_scatter": lambda: translate("Engine", "Reduce-scatter of one layer's gradients (FSDP2)"),
    "expert_all_to_all": lambda: translate("Engine", "Expert-parallel all-to-all buffers"),
    "cuda_graphs": lambda: translate("Engine", "CUDA graphs (SGLang)"),
    "dp_gathered_buffer": lambda: translate("Engine", "DP attention gathered buffer (SGLang)"),
    # speculative decoding with the model's multi-token-prediction layers (core/memory/speculative.py)
    "mtp_weights": lambda: translate("Engine", "MTP draft weights"),
    "mtp_kv_cache": lambda: translate("Engine", "MTP draft KV cache"),
    "mtp_verify": lambda: translate("Engine", "Draft verification logits"),
}


DETAIL_KEYS = (  # the engine's detail in parentheses is a format, a dtype or a rank: kept as it is
    "weights",
    "kv_cache",
    "mtp_kv_cache",
    "gradients",
    "optimizer_states",
    "recurrent_state",
    "adapter_weights",
    "logits",
)  # "(BF16)", "(adamw)"
_DETAIL = re.compile(r"^(?P<lead>[^(]+?)\s*(?P<detail>\([^()]*\))$")


def item_label(item: Item) -> str:
    """'Weights (BF16)' → '权重 (BF16)': the engine's label by its id (its figures — a format, a rank — kept); a
    label without one (an Item read back from elsewhere) by its key, the engine's detail kept."""
    return label_text(item.key, item.label)


def label_text(key: str, label: str) -> str:
    """A breakdown line's label (an Item's, a Sweep's) in the window's language."""
    if isinstance(label, Message) and label.id in SOURCES:
        return engine_text(label)
    name = _ITEM_NAMES[key]() if key in _ITEM_NAMES else None
    if label.startswith("Compute buffer"):
        return translate("Engine", "Compute buffer (llama.cpp)")
    if name is None:
        return engine_text(label)
    match = _DETAIL.match(label)
    if match and key in DETAIL_KEYS:
        return f"{name} {match['detail']}"
    return name


def phase_text(phase: str, scenario: Scenario, moment: str | None = None) -> str:
    """A phase by its id. A CNN or image classifier has no prefill and decode: it runs one forward pass. `moment`: the
    estimate's backward_moment, naming which moment of a two-moment backward (FSDP2) the backward figures are from."""
    if is_image_model(scenario) and phase in ("prefill", "decode", "serving"):
        return translate("Engine", "forward pass")
    if phase == "backward" and moment == "block_backward":
        return translate("Engine", "a block's backward")
    word = _PHASE_WORDS.get(phase)
    return word() if word is not None else phase.replace("_", " ")


# a phase's word, translated only when asked for (the answer, both charts and the summary ask for one at a time, a
# dozen times an edit: the whole table was translated for each)
_PHASE_WORDS: dict[str, Callable[[], str]] = {
    "prefill": lambda: translate("Engine", "prefill"),
    "decode": lambda: translate("Engine", "decode"),
    "forward": lambda: translate("Engine", "end of forward"),
    "backward": lambda: translate("Engine", "start of backward"),
    "backward_end": lambda: translate("Engine", "end of backward"),
    "optimizer_step": lambda: translate("Engine", "optimizer step"),
    "serving": lambda: translate("Engine", "serving"),
}


def phase_totals(estimate: Estimate, scenario: Scenario) -> dict[str, int]:
    """The phases worth naming: an image model's inference is one forward pass (its 'decode' is a token
    model's step that does not exist for it)."""
    totals = dict(estimate.memory.phase_totals)
    if is_image_model(scenario) and "prefill" in totals:
        return {"prefill": totals["prefill"]}
    return totals


# a parameter count's component by its id, translated only when asked for (as _ITEM_NAMES)
_COMPONENTS: dict[str, Callable[[], str]] = {
    "embeddings": lambda: translate("Engine", "embeddings"),
    "attention": lambda: translate("Engine", "attention"),
    "audio_tower": lambda: translate("Engine", "audio tower"),
    "mlp": lambda: translate("Engine", "MLP"),
    "norms": lambda: translate("Engine", "norms"),
    "lm_head": lambda: translate("Engine", "LM head"),
    "experts": lambda: translate("Engine", "experts"),
    "router": lambda: translate("Engine", "router"),
    "conv": lambda: translate("Engine", "convolutions"),
    "batchnorm": lambda: translate("Engine", "batch norm"),
    "classifier": lambda: translate("Engine", "classifier"),
    "compressors": lambda: translate("Engine", "compressors"),
    "vision": lambda: translate("Engine", "vision encoder"),
    "ssm": lambda: translate("Engine", "state-space layers"),
    "cross_attention": lambda: translate("Engine", "cross-attention"),
    "encoder": lambda: translate("Engine", "encoder"),
    "layer_scale": lambda: translate("Engine", "layer scale"),
    "hyper_connections": lambda: translate("Engine", "hyper-connections"),
    "indexer": lambda: translate("Engine", "indexer"),
    "layernorm": lambda: translate("Engine", "layer norm"),
    "linear_attention": lambda: translate("Engine", "linear attention"),
    "mamba": lambda: translate("Engine", "Mamba layers"),
    "other": lambda: translate("Engine", "other"),
    "pooler": lambda: translate("Engine", "pooler"),
    "projections": lambda: translate("Engine", "projections"),
    "shared_experts": lambda: translate("Engine", "shared experts"),
    "short_conv": lambda: translate("Engine", "short convolutions"),
    "vision_tower": lambda: translate("Engine", "vision tower"),
}


def component_text(name: str) -> str:
    return _COMPONENTS[name]() if name in _COMPONENTS else name.replace("_", " ")


def expected_error_text(estimate: Estimate, scenario: Scenario) -> str:
    """How far off the answer is expected to be: the engine's statement in the window's language. An image model's
    inference has no KV cache to be exact about, so the window says what holds for it instead."""
    if estimate.mode != "training" and is_image_model(scenario):
        memory = translate(
            "Engine",
            "weights exact for the format; the forward pass's activations from the layer graph; runtime "
            "overhead ±0.5 GiB",
        )
        # a CNN's statement also carries its speed's accuracy (core.cnn_speed): keep that part
        speed = speed_error_text(estimate)
        return translate("Engine", "{speed}; {memory}").format(memory=memory, speed=speed) if speed else memory
    return engine_text(estimate.expected_error)


def error_headline(statement: str) -> str:
    """The expected error as the answer's one line says it (as much as its width holds, the whole in its tooltip): the
    statement with its long asides in parentheses (a source, a list of runs: over 12 characters) left to the
    tooltip, so that its figures come early: 'weights and KV cache exact for the format; allocated peak within 0.7 %
    (median) and 4 % (max) of 36 published GPU measurements …'. Its first clause alone ('weights and KV cache exact
    for the format …') read as if the answer were exact, the figures only in the tooltip (issue 11, real-display
    review)."""
    short = statement
    while True:  # innermost first: an aside inside a long one goes with it
        shorter = re.sub(r" ?[(（][^()（）]{13,}[)）]", "", short)
        if shorter == short:
            return short
        short = shorter


def speed_error_text(estimate: Estimate) -> str:
    """The accuracy of a CNN's images/s (core.cnn_speed.expected_error, the second half of the engine's statement)
    in the window's language; empty for other models."""
    err = estimate.expected_error
    speed = err.params.get("speed") if isinstance(err, Message) and err.id == "error.with_speed" else None
    return engine_text(speed) if isinstance(speed, Message) else ""


def suggestion_title(s: Suggestion) -> str:
    """A suggestion in the window's language: the engine's title by its id; a title without one (read back from
    elsewhere) after its kind in the window's language."""
    if isinstance(s.title, Message) and s.title.id in SOURCES:
        return engine_text(s.title)
    kinds = {
        "smaller_batch": translate("Engine", "Smaller batch"),
        "fewer_requests": translate("Engine", "Fewer concurrent requests"),
        "checkpointing": translate("Engine", "Activation checkpointing"),
        "offload": translate("Engine", "Offload to CPU"),
        "more_gpus": translate("Engine", "More GPUs"),
        "kv_cache": translate("Engine", "Quantized KV cache"),
        "smaller_format": translate("Engine", "Smaller weight format"),
        "shorter_context": translate("Engine", "Shorter context"),
    }
    lead = kinds.get(s.kind) if len(s.changes) <= 1 else translate("Engine", "Several changes")
    if (
        lead is None or lead == KINDS_ENGLISH.get(s.kind) or lead == "Several changes"
    ):  # English: the engine's title says it all
        return s.title
    return translate("Format", "{0}: {1}").format(lead, s.title)  # gui.format.pair (which imports this module)


KINDS_ENGLISH = {
    "smaller_batch": "Smaller batch",
    "fewer_requests": "Fewer concurrent requests",
    "checkpointing": "Activation checkpointing",
    "offload": "Offload to CPU",
    "more_gpus": "More GPUs",
    "kv_cache": "Quantized KV cache",
    "smaller_format": "Smaller weight format",
    "shorter_context": "Shorter context",
}


def badge_text(badge: str) -> str:
    """LM Studio's per-quantization badge (core.fit.Badge)."""
    words = {
        "fits": translate("Engine", "fits fully"),
        "partial": translate("Engine", "fits partially (offload)"),
        "too_large": translate("Engine", "too large"),
    }
    return words.get(badge, badge)


def speed_unit(images: bool) -> str:
    return translate("Engine", "images/s") if images else translate("Engine", "tokens/s")


def layout_text(layout: Layout, scenario: Scenario) -> str:
    """A parallelism layout in words, from its counts (core.fit.describe_layout's wording, translated)."""
    if scenario.runtime.spec.layer_split and scenario.workload.mode == "inference":
        split = layout.tp * layout.pp
        if split > 1:
            return translate("Engine", "layers split over {0} GPUs (llama.cpp)").format(split)
        return translate("Engine", "one GPU")
    training = scenario.workload.mode == "training"
    # FSDP2 and Megatron's distributed optimizer shard over the data-parallel ranks by themselves: no ZeRO stage to
    # name (core.fit.describe_layout; the fit panel's fewest GPUs said 'with ZeRO-1' on a Megatron scenario)
    sharding = stacks.get(scenario.training.stack).sharding if training else "zero"
    zero = translate("Engine", " with ZeRO-{0}").format(layout.zero) if layout.zero and sharding == "zero" else ""
    parts = []
    if layout.dp > 1 and sharding == "fsdp":
        parts.append(translate("Engine", "fully sharded data parallel × {dp}").format(dp=layout.dp))
    elif layout.dp > 1:
        parts.append(translate("Engine", "data parallel × {0}").format(layout.dp) + zero)
    elif zero and layout.tp * layout.pp == 1:
        parts.append(translate("Engine", "one GPU") + zero)
    if layout.tp > 1:
        parts.append(translate("Engine", "tensor parallel × {0}").format(layout.tp))
    if layout.pp > 1:
        parts.append(translate("Engine", "pipeline × {0}").format(layout.pp))
    return translate("Engine", ", ").join(parts) or translate("Engine", "one GPU, no parallelism")
