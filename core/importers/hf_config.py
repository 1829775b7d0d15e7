"""Hugging Face `config.json` → `Architecture`, read from the config's structure and never from code (`auto_map`
entries are ignored).

How a config is placed:
1. its `model_type` names a decoder family in the family table (core/importers/hf_families.py) → the generic
   structure readers (core/importers/hf_decoder.py) build it: exact, `verified`;
2. … or a family with a builder of its own (core/importers/hf_models.py: GPT-2, BERT, T5, Whisper, ViT, CLIP,
   Mamba …; core/importers/hf_vlm.py: Qwen-VL, LLaVA, Llama 4, Gemma 4, Mistral 3, Kimi-K2.5, Hunyuan-VL …) →
   exact, `verified`;
3. … or a wrapper whose `text_config` holds a table family (multimodal configs): the text model is read from it,
   with the top-level `tie_word_embeddings` applied; a vision or audio tower it cannot build is refused by name;
4. an unknown `model_type` whose config holds every key of a family's `signature` (DeepSeek-V4's hyper-connection,
   grouped-output and indexer keys) is read with that family's entry, under its name, and marked unverified;
5. any other unknown `model_type` is read by the same generic readers (experts, hybrid layers, head_dim all
   understood) but the answer is marked unverified, with a warning naming the type and every key that was not read.
In every case, keys that describe structure (experts, hybrid layers, towers, per-layer widths …) which no reader
consumed make the import fail with a message naming them: such a config is never answered as if they were not there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from core import safe_json
from core.architecture import Architecture
from core.errors import ModelFormatError
from core.importers import hf_audio, hf_gemma3n, hf_models, hf_mtp, hf_quant, hf_vlm
from core.importers.hf_decoder import decoder_lm
from core.importers.hf_families import FAMILIES, DecoderFamily, code_traits
from core.importers.hf_reader import ALIASES, ConfigReader, class_defaults, with_defaults
from core.messages import Message, join
from core.reasons import location, validation_problem

BUILDERS = {**hf_models.BUILDERS, **hf_vlm.BUILDERS, **hf_audio.BUILDERS, **hf_gemma3n.BUILDERS}
MAX_CONFIG_BYTES = 4 * 1024 * 1024  # real configs are a few KB; refuse anything absurd

# Keys that never change a parameter count or a memory figure (training-time coefficients, token ids, rope
# settings, initialisation, generation flags …). Anything else a config holds must be read, or it is reported.
_INERT = re.compile(
    r"^(_.*|architectures|auto_map|model_type|transformers_version|torch_dtype|dtype|\w*token_id|\w*_token|"
    r"rope_\w*|rotary_\w*|partial_rotary_factor|\w*_eps|\w*epsilon|initializer_\w*|init_std|use_cache|"
    r"\w*dropout\w*|\w*_pdrop|attention_probs_dropout_prob|hidden_dropout_prob|"
    r"router_aux_loss_coef|output_router_logits|norm_topk_prob|router_jitter_noise|routed_scaling_factor|"
    r"scoring_func|topk_method|n_group|topk_group|aux_loss_alpha|seq_aux|ep_size|moe_aux_loss_coeff|"
    r"router_z_loss_coef|moe_router_\w*|use_expert_bias|"
    r"tie_word_embeddings|pretraining_tp|quantization_config|compression_config|pad_token|unk_token|"
    r"\w*_multiplier|\w*_scale|\w*_scaling|\w*_factor|\w*_temperature\w*|attn_scale|floor_scale|"
    r"attention_bias|mlp_bias|hidden_act|hidden_activation|activation_function|max_position_embeddings|"
    r"use_sliding_window|max_window_layers|sliding_window|no_rope_layers|no_rope_layer_interval|use_qk_norm|"
    r"output_\w*|return_dict|chunk_size_feed_forward|is_encoder_decoder|problem_type|id2label|label2id|"
    r"use_bfloat16|tokenizer_class|task_specific_params|torchscript|bad_words_ids|num_beams|temperature|top_p|"
    r"top_k_sampling|finetuning_task|prefix|is_decoder|add_cross_attention|cross_attention_hidden_size|"
    r"tie_encoder_decoder|pruned_heads|vocab_size|swiglu_\w*|layer_norm_eps|rms_norm_eps|use_flash_attn\w*|"
    r"attn_implementation|_attn_implementation\w*|fp32_\w*|bf16|fp16|use_kernels|mlp_layer_types|"
    r"layer_types|head_dim|num_key_value_heads|attn_logit_softcapping|final_logit_softcapping|query_pre_attn_scalar|"
    r"embedding_multiplier|logits_scaling|residual_multiplier|attention_multiplier|model_name|name_or_path|"
    r"\w*layerdrop|forced_decoder_ids|suppress_tokens|begin_suppress_tokens|\w*_dict|\w*_token_index|"
    r"vision_feature_\w*|\w*no_repeat_ngram_size|dense_act_fn|fullatt_block_indexes|"
    r"mamba_hidden_act|use_mamba_kernels|mamba_ssm_cache_dtype|mlp_hidden_act|chunk_size|time_step_\w*|"
    r"residual_in_fp32|rescale_prenorm_residual|num_logits_to_keep|moe_shared_expert_overlap|"
    r"indexer_rope_interleave|qk_norm_type|use_routing_bias|conv_use_xavier_init|block_\w*_init_scale|"
    r"block_use_xavier_init|block_norm_eps|norm_eps|use_pos_enc|block_use_swiglu|block_dim|num_heads|"
    r"use_mtp|mtp_\w*|mamba_ssm_dtype|index_share_for_mtp_iteration|num_mtp_modules|mtp_hybrid_override_pattern|expand)$"
)
# Keys that describe structure: if no reader consumed one, the config has a part this version does not build.
_STRUCTURAL = re.compile(
    r"expert|moe|mamba|ssm|^linear_|conv_|pattern|nextn|mtp|indexer|^index_|per_layer|altup|laurel|"
    r"layer_types|layers_block_type|block_config|hybrid|^vision_config$|^audio_config$|^speech_config$|"
    r"^text_config$|kv_lora|q_lora|intermediate_size|attn_layer_|full_attn"
)


@dataclass
class ImportedModel:
    architecture: Architecture
    model_type: str
    notes: list[str] = field(default_factory=list)  # exact assumptions (transformers' own defaults) — informational
    warnings: list[str] = field(default_factory=list)  # anything not verified: the answer must say so
    format_hint: str | None = None  # the weight format the checkpoint declares (quantization_config)
    keep_16bit: tuple[str, ...] = ()  # components it keeps unquantized

    @property
    def verified(self) -> bool:
        return not self.warnings


_ARCH_PREFIXES = {
    "GPT2": "gpt2",
    "GPTBigCode": "gpt_bigcode",
    "GPTNeoX": "gpt_neox",
    "GPTJ": "gptj",
    "Llama": "llama",
    "Mistral": "mistral",
    "Mixtral": "mixtral",
    "Qwen2": "qwen2",
    "Qwen3": "qwen3",
    "Gemma": "gemma",
    "Falcon": "falcon",
    "Bloom": "bloom",
    "OPT": "opt",
    "Bert": "bert",
    "Roberta": "roberta",
    "T5": "t5",
    "Bart": "bart",
    "Whisper": "whisper",
    "ViT": "vit",
    "CLIP": "clip",
    "Phi3": "phi3",
    "Phi": "phi",
    "Mamba": "mamba",
}


def _infer_model_type(config: Mapping[str, Any], notes: list[str], source: str) -> str:
    """model_type for configs that omit it (old uploads): from `architectures`, else from the key vocabulary."""
    archs = config.get("architectures")
    if archs is not None and (not isinstance(archs, list) or not all(isinstance(a, str) for a in archs)):
        raise ModelFormatError(
            source,
            Message(
                "import.architectures_list",
                "'architectures' must be a list of class names, not {value}",
                value=str(archs)[:40],
            ),
        )
    for arch in archs or []:
        for prefix, mt in sorted(_ARCH_PREFIXES.items(), key=lambda kv: -len(kv[0])):
            if arch.startswith(prefix):
                notes.append(
                    Message(
                        "config.type_from_architectures",
                        "model_type missing; '{model_type}' inferred from architectures {arch}",
                        model_type=mt,
                        arch=arch,
                    )
                )
                return mt
    if all(k in config for k in ("n_embd", "n_layer", "n_head")):
        notes.append(
            Message("config.type_gpt2", "model_type missing; 'gpt2' inferred from the n_embd/n_layer/n_head keys")
        )
        return "gpt2"
    if all(k in config for k in ("d_model", "num_heads", "d_kv")):
        notes.append(
            Message("config.type_t5", "model_type missing; 't5' inferred from the d_model/num_heads/d_kv keys")
        )
        return "t5"
    return ""


def _unread(c: ConfigReader, data: Mapping[str, Any], prefix: str = "") -> list[str]:
    """Keys of `data` (recursing into nested configs the readers entered) that no reader consumed."""
    out: list[str] = []
    for k, v in data.items():
        name = prefix + k
        if name in c.used:
            if isinstance(v, Mapping):
                out += _unread(c, v, name + ".")
            continue
        if v is None or v is False or v == [] or v == {} or _INERT.match(k):
            continue
        if any(k in group and {prefix + g for g in group} & c.used for group in ALIASES):
            continue  # another spelling of a key that was read (GPT-2's n_embd beside hidden_size)
        out.append(name)
    return out


def _unknown_family(mt: str) -> DecoderFamily:
    """The common structure, with transformers' tie default for the type if it knows one (else untied)."""
    return DecoderFamily(tie=bool(class_defaults().get(mt, {}).get("tie_word_embeddings", False)))


def _build(config: Mapping[str, Any], mt: str, c: ConfigReader, label: str, warnings: list[str]) -> Architecture:
    if mt in FAMILIES:
        if FAMILIES[mt].unverified:
            warnings.append(FAMILIES[mt].unverified)
        if FAMILIES[mt].checks is not None:
            warnings.extend(FAMILIES[mt].checks(c))  # type: ignore[misc]
        return decoder_lm(c, FAMILIES[mt], mt, label)
    if mt in BUILDERS:
        built = BUILDERS[mt](c, mt, label)
        warnings.extend(built.unverified)  # what the builder could not verify (Gemma 3n: towers never measured)
        return built
    if isinstance(config.get("text_config"), Mapping):
        t = c.sub("text_config")
        text_mt = str(t.d.get("model_type") or "")
        towers = [k for k in ("vision_config", "audio_config", "speech_config") if config.get(k)]
        if towers:
            raise hf_vlm.unbuilt_tower(c.source, mt, join(towers, " and "))
        fam = FAMILIES.get(text_mt)
        if fam is None:
            fam = _unknown_family(text_mt)
            warnings.append(
                Message(
                    "import.unknown_text_family",
                    "text_config.model_type '{model_type}' is not a known family",
                    model_type=text_mt or "(none)",
                )
            )
        warnings.append(
            Message(
                "import.text_config_only",
                "model_type '{model_type}' wraps its text model in text_config: only the text model was read; a tower "
                "that transformers builds by default (when the config names none) is not counted",
                model_type=mt,
            )
        )
        return decoder_lm(t, fam, text_mt or mt, label, top=c)
    known = next((k for k, f in FAMILIES.items() if f.signature and all(c.raw_has(x) for x in f.signature)), None)
    if known is not None:
        # the structure its keys spell is one family's alone (DeepSeek-V4's hyper-connections, grouped low-rank output
        # and indexer): read with that entry, under its name, and flagged as an unknown type
        fam = FAMILIES[known]
        warnings.append(
            Message(
                "import.signature_family",
                "model_type '{model_type}' is not a known family; its keys ({keys}) are those of '{family}': read as "
                "that family (the count is not verified against transformers for this type)",
                model_type=mt or "(none)",
                keys=", ".join(fam.signature),
                family=known,
            )
        )
        if fam.checks is not None:
            warnings.extend(fam.checks(c))
        return decoder_lm(c, fam, known, label)
    warnings.append(
        Message(
            "import.unknown_family",
            "model_type '{model_type}' is not a known family: read as a decoder from its standard keys (attention, "
            "experts and layer kinds are read generically; the count is not verified against transformers)",
            model_type=mt or "(none)",
        )
    )
    return decoder_lm(c, _unknown_family(mt), mt or "unknown", label)


def _wrapped_text_type(config: Mapping[str, Any], mt: str, arch: Architecture) -> str | None:
    """The text_config's model_type when `arch` is a wrapper built under its own model_type around it (not a table
    family, which is its own text model); None otherwise."""
    text = config.get("text_config")
    if mt in FAMILIES or arch.family != mt or not isinstance(text, Mapping):
        return None
    text_mt = text.get("model_type")
    return text_mt if isinstance(text_mt, str) and text_mt else None


def from_dict(config: Mapping[str, Any], source: str = "config.json", name: str | None = None) -> ImportedModel:
    """Convert a parsed config.json into an Architecture, with notes on every assumption made and warnings for
    anything that is not verified."""
    if not isinstance(config, Mapping):
        raise ModelFormatError(source, Message("import.config_not_object", "a config.json must hold a JSON object"))
    notes: list[str] = []
    warnings: list[str] = []
    raw_mt = config.get("model_type")
    if raw_mt is not None and not isinstance(raw_mt, str):
        raise ModelFormatError(
            source,
            Message("import.model_type_str", "'model_type' must be a string, not {value}", value=str(raw_mt)[:40]),
        )
    mt = raw_mt or _infer_model_type(config, notes, source)
    c = ConfigReader(with_defaults(config, mt), source, notes, raw=config)
    c.used.update({"model_type", "name_or_path"})
    label = name or str(config.get("_name_or_path") or "") or mt or "imported model"
    try:
        arch = _build(config, mt, c, label, warnings)
        mtp_spec, mtp = hf_mtp.read(c, mt, arch.family)
        if mtp is None and isinstance(config.get("text_config"), Mapping):
            t = c.sub("text_config")
            mtp_spec, mtp = hf_mtp.read(t, str(t.d.get("model_type") or ""), mt, arch.family)
        if mtp_spec is not None and arch.decoder is not None:
            arch = arch.model_copy(update={"mtp": mtp_spec})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc, problem = location(err), validation_problem(err, keep_prefix=True)
        raise ModelFormatError(
            source, Message("import.invalid_value", "{loc}: {problem}", loc=loc, problem=problem) if loc else problem
        ) from None
    except (TypeError, KeyError, ZeroDivisionError, ArithmeticError) as exc:
        raise ModelFormatError(
            source,
            Message(
                "import.unexpected_value",
                "unexpected value ({error}: {detail})",
                error=type(exc).__name__,
                detail=str(exc),
            ),
        ) from None
    if mtp:
        notes.append(mtp)
    checkpoint = hf_quant.read(config)
    notes += checkpoint.notes
    warnings += checkpoint.warnings
    unread = _unread(c, config)
    structural = [k for k in unread if _STRUCTURAL.search(k.rsplit(".", 1)[-1])]
    if structural:
        raise ModelFormatError(
            source,
            Message(
                "import.structural_keys",
                "keys describing structure this version does not read: {keys}; refused rather than answered "
                "without them",
                keys=", ".join(structural[:12]) + (" …" if len(structural) > 12 else ""),
            ),
        )
    if unread and warnings:
        warnings.append(
            Message(
                "import.keys_not_read",
                "keys not read: {keys}{more}",
                keys=", ".join(unread[:20]),
                more=" …" if len(unread) > 20 else "",
            )
        )
    # what the model_type's own code does (hf_families.code_traits), as the engine read it from the family's name
    # before schema 9; decoder_lm set the first two from the entry it read. A wrapper built under its own name (a VLM
    # or audio model whose text model sits in text_config) runs its text model's code — Qwen3_5Model.language_model is
    # AutoModel.from_config(config.text_config), a Qwen3_5TextModel of Qwen3_5RMSNorms (transformers 5.25,
    # models/qwen3_5/modeling_qwen3_5.py) — so it keeps what that model_type's code keeps, every trait
    text_mt = _wrapped_text_type(config, mt, arch)
    if text_mt is not None:
        traits = code_traits(text_mt)
    else:
        traits = {k: v for k, v in code_traits(arch.family).items() if k not in ("norm_weight_fp32", "glu_saved_extra")}
    arch = arch.model_copy(update={"source": source, "unverified": tuple(warnings), **traits})
    return ImportedModel(
        architecture=arch,
        model_type=mt,
        notes=notes,
        warnings=warnings,
        format_hint=checkpoint.format_id,
        keep_16bit=checkpoint.keep_16bit,
    )


def load(path: str | Path) -> ImportedModel:
    """Read a config.json file, or the config.json inside a model folder."""
    p = Path(path)
    try:
        if p.is_dir():
            p = p / "config.json"
        st = p.stat()
    except OSError as exc:
        raise ModelFormatError(
            str(path), Message("import.no_config", "no config.json found ({reason})", reason=str(exc.strerror or exc))
        ) from None
    if not p.is_file():
        raise ModelFormatError(str(p), Message("import.not_regular", "not a regular file"))
    if st.st_size > MAX_CONFIG_BYTES:
        raise ModelFormatError(
            str(p),
            Message("import.config_too_large", "{n:,} bytes is far too large for a config.json; refused", n=st.st_size),
        )
    try:
        with p.open("rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ModelFormatError(
            str(p), Message("import.unreadable", "cannot be read ({reason})", reason=str(exc.strerror or exc))
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ModelFormatError(
            str(p), Message("import.config_too_large_read", "far too large for a config.json; refused")
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ModelFormatError(str(p), Message("import.not_utf8", "not UTF-8 text")) from None
    data = safe_json.loads(text, str(p), "config.json", allow_constants=True)
    name = p.parent.name.replace("__", "/") if p.parent.name else None
    return from_dict(data, str(p), name)
