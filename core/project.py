"""`.sizing` project files: UTF-8 JSON holding one scenario (or several, for comparisons).

    {"format": "gpu-sizer", "schema_version": 1, "scenarios": [ {Scenario}, ... ], "active": 0}

Loading: a bounded read of a regular file → bounded JSON (core.safe_json) → check the format → run the
migrators N → N+1 up to SCHEMA_VERSION → validate with pydantic → errors that name the line (bad JSON) or the
field (bad content). Saving is atomic: a temporary file in the same folder, flushed and fsynced, then renamed
over the target; a temporary file left by an interrupted save (a kill, a power cut) is removed by the next save
in that folder once it is a minute old.

Versioning policy: bump SCHEMA_VERSION whenever the saved form changes at all: a field added (even an optional
one with a default: every default is written, so an older reader meets the new key and must say why it
cannot open the file), removed, renamed or re-meant. With the bump, add the step MIGRATIONS[N] turning a
version-N document into a version-(N+1) one (for an added field: usually nothing, or write its default) and a
fixture tests/data/sizing/v<N+1>.sizing saved by the new version; every fixture must keep loading.
A file whose schema_version is newer than SCHEMA_VERSION is refused with "written by a newer GPU Sizer", naming
the fields this version does not know; an unknown field in a file of this or an older version is refused by
name (a typo or a hand edit: nothing is silently dropped).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from core import safe_json
from core.errors import ModelFormatError, SizingError
from core.messages import Message
from core.reasons import location, validation_problem
from core.safe_file import read_text
from core.scenario import Scenario

FORMAT = "gpu-sizer"
SCHEMA_VERSION = 9
SUFFIX = ".sizing"
MAX_FILE_BYTES = 16 * 1024 * 1024  # a scenario with a 500-layer CNN is ~200 KB; refuse absurd files
STALE_TEMP_SECONDS = 60  # a save takes milliseconds: an older temporary file was left by an interrupted one
_TOP_LEVEL = {"format", "schema_version", "active", "scenarios"}


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 added, all with defaults that mean "as before": per-layer kinds and the fixed-state mixers of a
    stack (mixers, ffns, linear_attention, mamba, short_conv), attention chunk_size / sinks / gated_output /
    indexer / values_from_keys, a stack's full_attention, MoE latent_size / beside_dense / router_scales, MLP
    act_params, a projector's deepstack and `layers`, a vision tower's position_rows and rotary_2d, the
    architecture's `unverified` list, the model's keep_16bit, a GPU's price fields. Nothing to rewrite."""
    return doc


def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 added CNN layer kinds (sigmoid, hardsigmoid, hardswish, silu, gelu, mul, layernorm, scale, split,
    shuffle, attention, space_to_depth) and layer fields with defaults that mean "as before" (kernel_w, padding_w,
    ceil_mode, channel_offset, heads, window): the torchvision families of core/cnn_zoo.py; and `training.stack`
    (default "hf": the Trainer/accelerate stack every earlier file meant), `parallelism.ep` (default 1: no expert
    parallelism) and the checkpointing value "selective". Nothing to rewrite: missing fields read as before."""
    return doc


def _v3_to_v4(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 4 added the runtimes "sglang" and "ollama" and runtime fields with defaults that mean "as before":
    mem_fraction_static and chunked_prefill_size (SGLang; None = its default rule), n_gpu_layers (llama.cpp/Ollama;
    None = every layer and the output on the GPU, as before), num_ctx (Ollama; None = its default) and parallel
    (Ollama's slots, 1). Nothing to rewrite."""
    return doc


def _v4_to_v5(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 5 added stack fields with defaults that mean "as before": parallel_mamba (Falcon-H1: a Mamba-2 mixer
    beside every attention layer; False) and kv_shared_layers (Gemma 3n: the last layers reuse earlier layers'
    keys and values; 0), a Mamba-2 mixer's out_bias (None: as in_proj's bias), and parallelism.sequence_parallel
    (None: the training stack's default, as before; Megatron runs with or without --sequence-parallel). Nothing to
    rewrite."""
    return doc


def _v5_to_v6(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 6 added attention fields with defaults that mean "as before": v_head_dim (MiMo-V2's value heads
    narrower than its keys; None = head_dim), q_lora_rank, o_groups and o_lora_rank (DeepSeek-V4's low-rank queries
    and grouped low-rank output; None/0 = one q_proj, one o_proj); the architecture's `mtp` (multi-token-prediction
    layers beside the model; None = none declared), the runtime's `speculative` ("none": no draft, as before) and
    `speculative_tokens` (1), and runtime.cuda_context_mib (the CUDA context and libraries per GPU process; None =
    the runtime's typical value, as before). Nothing to rewrite."""
    return doc


def _v6_to_v7(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 7 added fields with defaults that mean "as before": what a model's transformers code keeps that
    today's does not — attention.eager_mask_clamp (False: eager attention keeps no masked-score copy; True:
    transformers v4.28 OPT's torch.max clamp keeps it) and the architecture's loss_upcast (True: the loss upcasts the
    logits to fp32, as transformers' ForCausalLMLoss does; False: cross-entropy on the 16-bit logits, as v4.28
    OPTForCausalLM did) —; training.compile ("off") and training.float8 ("off") — torchtitan's torch.compile and
    Float8 options for the fsdp2 stack —; parallelism.cp (1: no context parallelism) and
    parallelism.pp_virtual_stages (1: the 1F1B schedule). Nothing to rewrite."""
    return doc


def _v7_to_v8(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 8 added, with defaults that mean "as before": a Mamba-2 mixer's chunk_size (tokens per chunk of its
    scan; transformers' torch path pads the sequence to a multiple and keeps per-chunk tensors; 128, the value older
    files' models were costed with), a stack's altup (Gemma 3n's AltUp streams, LAuReL rank, per-layer input width and
    sparse layers; None) and the architecture's final_logit_softcap (None); and peft's fine-tuning variants:
    training.finetune gained "prefix" and "ptuning", training.dora (False: plain LoRA), training.lora_modules_to_save
    ("none": no trainable embedding or lm_head copies) and training.num_virtual_tokens (20, peft's default; read only
    by prefix tuning and P-tuning); SGLang's runtime.dp_attention (1: off; N = --enable-dp-attention --dp N) and
    runtime.cuda_graph_max_bs (None: SGLang's default by GPU memory and TP). Nothing to rewrite: an older Gemma 3n
    file keeps its parameter count and is costed without the AltUp terms."""
    return doc


# DeepSeek-V4 as schema 8 costed it (core/memory/dsv4.py's constants then, the published Flash and Pro configs'
# values): 4 residual streams, 20 Sinkhorn steps, CSA entries of 4 tokens, an indexer of 64 heads of 128, a 64-wide
# rotary slice, FP4 experts. index_topk was not saved and changes no figure: the preset's (Pro's config.json says 1024,
# tests/data/param_oracle/configs/deepseek-ai__DeepSeek-V4-Pro), else Flash's 512.
_V8_DSV4_MIXERS = {"full": "compressed_sparse", "chunked": "heavily_compressed"}
_V8_DSV4_TOPK = {"deepseek-v4-pro": 1024}


def _v8_dsv4(model: dict[str, Any]) -> None:
    arch = model.get("architecture")
    st = arch.get("decoder") if isinstance(arch, dict) and arch.get("family") == "deepseek_v4" else None
    if not isinstance(st, dict) or not isinstance(st.get("attention"), dict):
        return
    att = st["attention"]
    st["mixers"] = [_V8_DSV4_MIXERS.get(m, m) for m in st.get("mixers") or ()]
    topk = _V8_DSV4_TOPK.get(str(model.get("preset")), 512)
    att["compressed"] = {
        "sparse_rate": 4,
        "heavy_rate": att.get("chunk_size") or 128,
        "indexer": {"num_heads": 64, "head_dim": 128, "topk": topk},
        "rope_dim": 64,
    }
    att["chunk_size"] = None
    st["hyper_connections"] = {"streams": 4, "sinkhorn_iters": 20}
    if isinstance(st.get("moe"), dict):
        st["moe"]["checkpoint_dtype"] = "fp4"
    extra = model["architecture"].get("extra_params")
    if isinstance(extra, int) and not isinstance(extra, bool):
        model["architecture"]["extra_params"] = max(0, extra - _v9_dsv4_params(st))


def _v9_dsv4_params(st: dict[str, Any]) -> int:
    """The parameters schema 9 counts from a DeepSeek-V4 stack's fields (core/params.py: the kv_norm of every
    attention layer, the compressors and the CSA indexer per compressed layer, the hyper-connections), which schema 8
    held in the architecture's extra_params. Written out here, on the saved form, so that the step stays what it was
    whatever later schemas do to those functions. A stack without layer kinds (a schema-6 file) has no compressed
    layer: its compressors stay in extra_params, and the total is unchanged either way."""
    att, hc = st["attention"], st["hyper_connections"]
    h, layers, d = int(st.get("hidden_size") or 0), int(st.get("num_layers") or 0), int(att.get("head_dim") or 0)
    spec, mixers = att["compressed"], list(st.get("mixers") or ())
    ix, q = spec["indexer"], int(att.get("q_lora_rank") or h)
    i, n, r_c, r_h = int(ix["head_dim"]), int(ix["num_heads"]), int(spec["sparse_rate"]), int(spec["heavy_rate"])
    attending = sum(m in ("full", "sliding", "chunked", "compressed_sparse", "heavily_compressed") for m in mixers)
    total = d * (attending if mixers else layers)  # self_attn.kv_norm
    total += mixers.count("heavily_compressed") * (2 * d * h + r_h * d + d)
    total += mixers.count("compressed_sparse") * (2 * 2 * d * h + r_c * 2 * d + d)
    total += mixers.count("compressed_sparse") * (2 * 2 * i * h + r_c * 2 * i + i + n * i * q + n * h)
    m = int(hc["streams"])
    return total + layers * 2 * ((2 + m) * m * (m * h + 1) + 3) + m * m * h + m + 1


# What schema 8's engine read from the family's name (core/memory/activations.py's FP32_WEIGHT_NORM_FAMILIES and
# GLU_EXTRA then), now the architecture's norm_weight_fp32 and glu_saved_extra
_V8_FP32_WEIGHT_NORM = frozenset(
    {"qwen3_next", "qwen3_5_text", "qwen3_5_moe_text", "nemotron_h", "gpt_oss", "olmo2", "olmo3", "gemma3n_text",
     "gemma3n", "deepseek_v4"}
)  # fmt: skip
_V8_GLU_EXTRA = {"gpt_oss": 3, "deepseek_v4": 2}
# and the other tables it keyed by family name (core/memory/activations.py's FP32_ROUTER_FAMILIES,
# L2_QK_NORM_FAMILIES, SCALED_BRANCH_INPUT_FAMILIES, FUSED_QKVZ_FAMILIES, EAGER_SCORE_COPIES, DENSE_EXPERT_FAMILIES and
# core/memory/weights.py's HF_TP_SHARDED_EMBEDDING then), now fields of the architecture of the same names
_V8_FAMILY_TRAITS: dict[str, tuple[frozenset[str], object]] = {
    "fp32_router": (
        frozenset({"deepseek_v2", "deepseek_v3", "deepseek_v32", "kimi_k2", "glm4_moe", "glm_moe_dsa", "nemotron_h"}),
        True,
    ),
    "l2_qk_norm": (frozenset({"llama4_text", "llama4"}), True),
    "scaled_branch_inputs": (frozenset({"falcon_h1"}), True),
    "fused_qkvz": (frozenset({"qwen3_next"}), True),
    "eager_score_copies": (frozenset({"mimo_v2_flash"}), 2),
    "dense_experts": (frozenset({"llama4_text", "llama4"}), True),
    "tp_plan_shards_embedding": (
        frozenset(
            {"codegen", "diffllama", "dory", "emu3_text_model", "falcon_h1", "gpt_neox", "gpt_oss", "gptj",
             "hunyuan_v1_dense", "hunyuan_vl_text", "lfm2", "lfm3", "nemotron_h", "neomme", "qwen3_vl_text"}
        ),
        True,
    ),
}  # fmt: skip


def _v8_code_traits(model: dict[str, Any]) -> None:
    arch = model.get("architecture")
    if not isinstance(arch, dict):
        return
    family = arch.get("family")
    if family in _V8_FP32_WEIGHT_NORM:
        arch["norm_weight_fp32"] = True
    if family in _V8_GLU_EXTRA:
        arch["glu_saved_extra"] = _V8_GLU_EXTRA[family]
    for trait, (families, value) in _V8_FAMILY_TRAITS.items():
        if family in families:
            arch[trait] = value


# --- Gemma 3n (schema 9's `towers`) ---
# Schema 8 counted a Gemma 3n's towers into extra_params beside the text model's own extra parameters (its per-layer
# embeddings), and did not say which towers they were; schema 9's engine costed images and audio for every family
# "gemma3n" model as the released towers: timm's mobilenetv5_300m_enc (294,126,912 parameters, 768 × 768 images,
# 16 × 16 = 256 soft tokens; timm 1.0.31's build, tests/data/param_oracle/default_configs.json timm_towers) and
# transformers' default USM conformer (681,348,640 parameters, 188 soft tokens per clip; Gemma3nAudioConfig()), each
# with a Gemma3nMultimodalEmbedder of vocab 128 (vocab × width + 2 × width + width × the text model's width).
# `_v8_gemma3n` moves exactly those out of extra_params into `towers`: the total is unchanged, nothing counted twice.
# A v8 model imported from a config naming other towers (mobilenetv5_base, another conformer) cannot be told apart
# (schema 8 saved neither the config nor the text model's share of extra_params): it gets the released towers too,
# its total exact, its split between the towers and "other" as the released model's.
_V8_TIMM: tuple[str, int, int, int, int] = (
    "mobilenetv5_300m_enc",
    294_126_912,
    2048,
    768,
    256,
)  # name, params, output width, image side, tokens
_V8_USM: tuple[int, int, int] = (681_348_640, 1536, 188)  # params, width, soft tokens per clip


def _v8_embedder(width: int, text_h: int) -> int:
    return 128 * width + 2 * width + width * text_h


def _v8_gemma3n(model: dict[str, Any]) -> None:
    arch = model.get("architecture")
    if not isinstance(arch, dict) or arch.get("family") != "gemma3n" or arch.get("towers"):
        return
    st = arch.get("decoder")
    if not isinstance(st, dict) or not isinstance(st.get("hidden_size"), int):
        return
    name, vision, vision_w, side, tokens = _V8_TIMM
    audio, audio_w, clip_tokens = _V8_USM
    text_h = st["hidden_size"]
    specs = [
        {"kind": "timm_vision", "params": vision, "embedder_params": _v8_embedder(vision_w, text_h),
         "soft_tokens": tokens, "timm_architecture": name, "image_size": side},
        {"kind": "conformer_audio", "params": audio, "embedder_params": _v8_embedder(audio_w, text_h),
         "soft_tokens": clip_tokens, "conformer": {}},
    ]  # fmt: skip
    moved = vision + audio + _v8_embedder(vision_w, text_h) + _v8_embedder(audio_w, text_h)
    extra = arch.get("extra_params", 0)
    if not isinstance(extra, int) or extra < moved:
        return  # not what schema 8's importer wrote: left as it is (counted in "other", no towers)
    arch["extra_params"] = extra - moved
    arch["towers"] = specs


def _v8_to_v9(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 9 added, with defaults that mean "as before": the workload's audio_seconds (seconds of audio per
    sequence for an audio-language model such as Gemma 3n; 0 = no audio, what every older file meant); a stack's
    hyper_connections (residual streams and Sinkhorn steps; None = one plain residual), the attention's `compressed`
    spec (compressed attention's rates, indexer and rotary slice; None) and the mixer kinds "compressed_sparse" and
    "heavily_compressed", and an MoE's checkpoint_dtype (None). Rewritten: a DeepSeek-V4 model (family deepseek_v4),
    which schema 8 kept as "full" (CSA) and "chunked" (HCA, attention.chunk_size its rate) layers with its other
    constants in the code, gets those as fields (_v8_dsv4): costed exactly as before. Its hyper-connections, kv_norm,
    compressors and indexer, which schema 8 counted in architecture.extra_params, are counted from those fields now:
    their count (_v9_dsv4_params) leaves extra_params, so the total stays the same. And the architecture's
    norm_weight_fp32 and glu_saved_extra (what the model's code keeps for backward: RMSNorms multiplying the weight in
    fp32, a clamped gated activation's extra tensors) and its fp32_router, l2_qk_norm, scaled_branch_inputs,
    fused_qkvz, eager_score_copies, dense_experts and tp_plan_shards_embedding, which schema 8 read from the family's
    name, are set from it (_v8_code_traits): a saved model is costed as before, and carries them if renamed.

    Gemma 3n (a separate step): the architecture's `towers` (encoder towers beside the language model that are not a
    layer kind: a timm vision tower, a USM conformer, their multimodal embedders; () = none). A Gemma 3n model (family
    gemma3n), whose towers schema 8 counted in extra_params and costed by family name, gets them as `towers`, their
    parameters moved out of extra_params exactly (_v8_gemma3n): same total, costed exactly as before."""
    for scenario in doc.get("scenarios") or ():
        if isinstance(scenario, dict) and isinstance(scenario.get("model"), dict):
            _v8_dsv4(scenario["model"])
            _v8_code_traits(scenario["model"])
            _v8_gemma3n(scenario["model"])  # Gemma 3n's towers (schema 9's `towers`), above
    return doc


# version N -> function turning a version-N document into a version-(N+1) document (see the policy above).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
    7: _v7_to_v8,
    8: _v8_to_v9,
}


class ProjectError(SizingError):
    """A .sizing file that cannot be read; the message (a `Message`: the window says it in its language) names the
    line or field."""


def scenario_source(source: str, i: int, path: str = "") -> str:
    """Where in a file a value is ("plan.sizing: scenarios[0].workload.batch"; the window writes the joint its way)."""
    return Message(
        "project.scenario_at", "{source}: scenarios[{i}]{path}", source=source, i=i, path="." + path if path else ""
    )


def not_estimable(source: str, problem: str) -> ProjectError:
    """A scenario read from `source` that the engine refuses to estimate (`problem`: the engine's words)."""
    return ProjectError(Message("project.not_estimable", "{source}: {problem}", source=source, problem=problem))


def dumps(scenarios: list[Scenario], active: int = 0) -> str:
    doc = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "active": active,
        "scenarios": [s.model_dump(mode="json", exclude_defaults=False) for s in scenarios],
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def _migrate(doc: dict[str, Any], source: str) -> dict[str, Any]:
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectError(
            Message(
                "project.version_type",
                "{source}: 'schema_version' must be an integer, not {value}",
                source=source,
                value=repr(version),
            )
        )
    if version > SCHEMA_VERSION:
        unknown = _unknown_fields(doc)
        if unknown:
            raise ProjectError(
                Message(
                    "project.newer_fields",
                    "{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}; "
                    "fields it does not know: {fields}. Update GPU Sizer to open it.",
                    source=source,
                    version=version,
                    supported=SCHEMA_VERSION,
                    fields=", ".join(unknown[:3]),
                )
            )
        raise ProjectError(
            Message(
                "project.newer",
                "{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}. "
                "Update GPU Sizer to open it.",
                source=source,
                version=version,
                supported=SCHEMA_VERSION,
            )
        )
    if version < 1:
        raise ProjectError(
            Message(
                "project.no_such_version",
                "{source}: schema_version {version} does not exist",
                source=source,
                version=version,
            )
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(
                Message(
                    "project.no_migration",
                    "{source}: no migration from schema {version} to {next} (a GPU Sizer bug)",
                    source=source,
                    version=version,
                    next=version + 1,
                )
            )
        doc = step(doc)
        version += 1
        doc["schema_version"] = version
    return doc


def _unknown_fields(doc: dict[str, Any]) -> list[str]:
    """Dotted paths of the keys in `doc` that this version's models do not define (as pydantic finds them)."""
    found = [k for k in doc if k not in _TOP_LEVEL]
    raw = doc.get("scenarios")
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        try:
            Scenario.model_validate(item)
        except ValidationError as exc:
            found += [
                f"scenarios[{i}]." + ".".join(str(p) for p in e["loc"])
                for e in exc.errors()
                if e["type"] == "extra_forbidden"
            ]
        except (SizingError, ValueError, TypeError):
            pass
    return found


def loads(text: str, source: str = "project") -> tuple[list[Scenario], int]:
    try:
        doc = safe_json.loads(text, source, Message("project.content", "content"))
    except ModelFormatError as exc:
        raise ProjectError(*exc.args) from None
    if not isinstance(doc, dict):
        raise ProjectError(
            Message("project.not_object", "{source}: expected a JSON object at the top level", source=source)
        )
    if doc.get("format") != FORMAT:
        raise ProjectError(
            Message(
                "project.not_project",
                '{source}: not a GPU Sizer project ("format" is {found}, expected "{expected}")',
                source=source,
                found=repr(doc.get("format")),
                expected=FORMAT,
            )
        )
    doc = _migrate(doc, source)
    extra = sorted(k for k in doc if k not in _TOP_LEVEL)
    if extra:
        raise ProjectError(
            Message(
                "project.unknown_field",
                "{source}: unknown field '{field}' (not part of schema {schema})",
                source=source,
                field=extra[0],
                schema=SCHEMA_VERSION,
            )
        )
    raw = doc.get("scenarios")
    if not isinstance(raw, list) or not raw:
        raise ProjectError(
            Message("project.no_scenarios", "{source}: 'scenarios' must be a non-empty list", source=source)
        )
    scenarios: list[Scenario] = []
    for i, item in enumerate(raw):
        try:
            scenarios.append(Scenario.model_validate(item))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = location(err)
            where = scenario_source(source, i, loc)
            if err["type"] == "extra_forbidden":
                raise ProjectError(
                    Message(
                        "project.unknown_field",
                        "{source}: unknown field '{field}' (not part of schema {schema})",
                        source=where,
                        field=err["loc"][-1],
                        schema=SCHEMA_VERSION,
                    )
                ) from None
            raise ProjectError(
                Message("project.invalid_value", "{where}: {problem}", where=where, problem=validation_problem(err))
            ) from None
        except SizingError as exc:
            problem = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)
            raise ProjectError(
                Message(
                    "project.invalid_scenario",
                    "{source}: scenarios[{i}]: {problem}",
                    source=source,
                    i=i,
                    problem=problem,
                )
            ) from None
    active = doc.get("active", 0)
    if not isinstance(active, int) or isinstance(active, bool) or not 0 <= active < len(scenarios):
        active = 0
    return scenarios, active


def read(path: str | Path) -> tuple[list[Scenario], int]:
    p = Path(path)
    try:
        text = read_text(p, MAX_FILE_BYTES, Message("project.a_sizing_file", "a .sizing file"))
    except ModelFormatError as exc:
        raise ProjectError(*exc.args) from None
    return loads(text, p.name)


def remove_stale_temporaries(target: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete `.<name>.*.tmp` files beside `target` that an interrupted `write` left behind: only regular files
    this user owns, untouched for `older_than` seconds (a save in progress is never that old)."""
    removed: list[Path] = []
    now = time.time()
    me = os.getuid() if hasattr(os, "getuid") else None
    pattern = os.path.join(glob.escape(str(target.parent)), f".{glob.escape(target.name)}.*.tmp")
    for name in glob.glob(pattern):
        with contextlib.suppress(OSError):
            st = os.lstat(name)
            if (
                os.path.isfile(name)
                and not os.path.islink(name)
                and (me is None or st.st_uid == me)
                and now - st.st_mtime > older_than
            ):
                os.unlink(name)
                removed.append(Path(name))
    return removed


def _create_temporary(target: Path, mode: int | None) -> tuple[int, str]:
    """A new file `.<name>.<random>.tmp` beside `target`, open for writing. A new target's (`mode` None) is created
    0666 less the umask, as any new file, by the system itself: reading the umask means setting it, for every thread
    of the process at once (the window's workers write files too). An existing target's is created 0600 and given
    `mode` when it is written."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, flags, 0o666 if mode is None else 0o600), str(tmp)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(target.parent))


def write(path: str | Path, scenarios: list[Scenario], active: int = 0) -> None:
    """Atomic save: the old file stays intact until the new one is complete on disk. A link is saved through
    (its target is replaced), the file keeps its mode, a file this user may not write is refused, and every
    error names the file and keeps the system's errno (the window says the reason by it)."""
    p = Path(path)
    data = dumps(scenarios, active).encode("utf-8")
    try:
        if p.is_symlink():
            p = Path(os.path.realpath(p))
        try:
            mode: int | None = stat.S_IMODE(os.stat(p).st_mode)
            if not os.access(p, os.W_OK):
                raise PermissionError(errno.EACCES, "the file is read-only for this user; not replaced")
        except FileNotFoundError:
            mode = None
        remove_stale_temporaries(p)
        fd, tmp = _create_temporary(p, mode)
    except OSError as exc:
        raise OSError(exc.errno, f"{p}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if mode is not None and hasattr(os, "fchmod"):  # (Windows keeps only a read-only flag: not read-only)
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, f"{p}: {exc.strerror or exc}") from None
        raise
